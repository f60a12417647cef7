/* riaya-report-institutions-by-region.c — institutions by region and type (reports.md)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ministry's published table "licensed institutions (Law 14.05) by
 * region and category cared for" — 1,204 in all, 899 of them student
 * houses (75%) — and its twin of places, capacity-by-region
 * (riaya-report-capacity-by-region.c): one row per region in code order,
 * every region even with nothing, one column per type of institution
 * (Law 65.15 art. 3), a total column, the total row, then the percentage
 * row the published tables print under it: each column's total as a
 * share of the kingdom's (student houses 75%, the total column 100%).
 *
 * An institution counts on a date when its licence is in force then
 * (riaya_licence_status_in_force): granted on or before the date, not
 * suspended, withdrawn or closed by an event dated on or before it. A
 * withdrawal or closure takes effect on the day it is dated (Law 65.15
 * arts 31, 34): an institution withdrawn on 1 March is counted on 28
 * February, not on 1 March. A deleted institution never counts. The
 * registry is read as it stood on the date, as plain records with their
 * status and places alone (riaya_store_list_institutions_on_parts), in
 * one pass, and counted in an array: no query per region or type.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-report-private.h"
#include "riaya-store-institutions-on.h"

/* Short column titles: the types' own labels (riaya-enums.c) are
 * sentences, too wide for twelve rows of figures. */
static const char * const type_titles[RIAYA_N_INSTITUTION_TYPES] = {
  [RIAYA_INSTITUTION_TYPE_KAFALA] = NC_("report column", "Kafala"),
  [RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION] = NC_("report column", "Child protection"),
  [RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE] = NC_("report column", "Student houses"),
  [RIAYA_INSTITUTION_TYPE_DISABILITY] = NC_("report column", "Disability"),
  [RIAYA_INSTITUTION_TYPE_HOMELESS] = NC_("report column", "Homeless"),
  [RIAYA_INSTITUTION_TYPE_WOMEN] = NC_("report column", "Women"),
  [RIAYA_INSTITUTION_TYPE_ELDERLY] = NC_("report column", "Elderly"),
  [RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL] = NC_("report column", "SAMU social"),
};

guint
_riaya_report_places (const RiayaInstitutionOn *institution)
{
  guint places = 0;

  /* Every line in force, per category and sex: the places the licence
   * allows (riaya_capacity_lines_on). */
  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (guint s = 0; s < RIAYA_N_SEXES; s++)
      places += institution->places[c][s];

  return places;
}

RiayaTable *
_riaya_report_by_type (RiayaStore               *store,
                       const RiayaReportParams  *params,
                       const char               *name,
                       const char               *title,
                       const char               *region_title,
                       gboolean                  count_places,
                       GError                  **error)
{
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(GPtrArray) institutions = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autofree char *on = NULL;
  g_autofree guint64 *counts = NULL;
  guint64 totals[RIAYA_N_INSTITUTION_TYPES + 1] = { 0 };
  guint first_type, column_total, n_rows;

  on = _riaya_report_dup_on (params, error);
  if (on == NULL || !_riaya_report_check_region (store, params, error))
    return NULL;

  institutions = riaya_store_list_institutions_on_parts (store, on, 0, error);
  if (institutions == NULL)
    return NULL;

  if (params->region != NULL)
    {
      RiayaTerritory *region = riaya_store_lookup_territory (store, params->region);
      g_autofree char *full_title = g_strdup_printf (region_title, riaya_territory_get_display_name (region));

      table = riaya_table_new (name, full_title);
    }
  else
    table = riaya_table_new (name, title);
  riaya_table_add_parameter (table, "on", on);
  _riaya_report_add_area_columns (table, params);
  first_type = riaya_table_get_n_columns (table);
  for (guint t = 0; t < RIAYA_N_INSTITUTION_TYPES; t++)
    riaya_table_add_column (table, riaya_institution_type_to_code (t),
                            g_dpgettext2 (GETTEXT_PACKAGE, "report column", type_titles[t]),
                            RIAYA_TABLE_INTEGER);
  /* Translators: a column title: the sum of a row */
  column_total = riaya_table_add_column (table, "total", _("Total"), RIAYA_TABLE_INTEGER);

  rows = _riaya_report_add_areas (table, store, params, 0);
  n_rows = riaya_table_get_n_rows (table);
  counts = g_new0 (guint64, (gsize) n_rows * RIAYA_N_INSTITUTION_TYPES + 1);

  for (guint i = 0; i < institutions->len; i++)
    {
      const RiayaInstitutionOn *institution = g_ptr_array_index (institutions, i);
      guint row;

      if (!riaya_licence_status_in_force (institution->status))
        continue;
      /* Outside the region asked for, or in no province of the
       * reference (riaya_store_check() names such a row). */
      row = _riaya_report_area_row (rows, institution->province_code);
      if (row >= n_rows)
        continue;

      counts[row * RIAYA_N_INSTITUTION_TYPES + institution->type] +=
        count_places ? _riaya_report_places (institution) : 1;
    }

  for (guint row = 0; row < n_rows; row++)
    {
      guint64 sum = 0;

      for (guint t = 0; t < RIAYA_N_INSTITUTION_TYPES; t++)
        {
          guint64 count = counts[row * RIAYA_N_INSTITUTION_TYPES + t];

          riaya_table_set_integer (table, row, first_type + t, (gint64) count);
          totals[t] += count;
          sum += count;
        }
      riaya_table_set_integer (table, row, column_total, (gint64) sum);
      totals[RIAYA_N_INSTITUTION_TYPES] += sum;
    }

  riaya_table_add_total (table);
  for (guint t = 0; t <= RIAYA_N_INSTITUTION_TYPES; t++)
    riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, first_type + t, (gint64) totals[t]);
  /* Each type's share of all the institutions (or places) of the table:
   * what the published tables print under their total row. With nothing
   * to count, the row stays empty rather than dividing by zero. */
  riaya_table_fill_share (table, column_total);

  return g_steal_pointer (&table);
}

RiayaTable *
riaya_report_institutions_by_region (RiayaStore               *store,
                                     const RiayaReportParams  *params,
                                     GError                  **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  return _riaya_report_by_type (store, params, "institutions-by-region", _("Institutions by region"),
                                /* Translators: the title of a report; %s is a region's name */
                                _("Institutions by province, %s"),
                                FALSE, error);
}
