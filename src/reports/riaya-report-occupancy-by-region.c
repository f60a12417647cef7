/* riaya-report-occupancy-by-region.c — people present against places (reports.md)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per region (or per province of one region), on a date: the places
 * licensed in the institutions whose licence is in force, the people
 * present there by each one's latest count on or before the date, and
 * the rate present / places. Like for like: an institution that has sent
 * no count yet (unknown, not nobody) adds neither its places nor anyone
 * present, so that it does not make its region look empty; the capacity
 * column is therefore at most capacity-by-region's total.
 *
 * The total row sums the places and the people, and its rate is the
 * kingdom's — everyone present over every place — not an average of
 * the regions' rates, which would weigh Dakhla's 337 places as much as
 * Marrakech-Safi's 17,420. The rate column is itself the percentage of
 * this table: a percentage row under the total (each column's share of
 * the kingdom) would give 100% and the national rate again, so there is
 * none.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-report-private.h"

enum
{
  COLUMN_CODE,
  COLUMN_NAME,
  COLUMN_CAPACITY,
  COLUMN_PRESENT,
  COLUMN_RATE,
};

static void
set_figures (RiayaTable *table,
             guint       row,
             guint64     capacity,
             guint64     present)
{
  riaya_table_set_integer (table, row, COLUMN_CAPACITY, (gint64) capacity);
  riaya_table_set_integer (table, row, COLUMN_PRESENT, (gint64) present);
  /* No places, no rate: an empty cell, not 0% nor a division by zero. */
  if (capacity > 0)
    riaya_table_set_percent (table, row, COLUMN_RATE, 100.0 * (double) present / (double) capacity);
}

RiayaTable *
riaya_report_occupancy_by_region (RiayaStore               *store,
                                  const RiayaReportParams  *params,
                                  GError                  **error)
{
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(GPtrArray) institutions = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autofree char *on = NULL;
  g_autofree guint64 *capacity = NULL;
  g_autofree guint64 *present = NULL;
  guint64 total_capacity = 0, total_present = 0;
  guint n_rows;

  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  on = _riaya_report_dup_on (params, error);
  if (on == NULL || !_riaya_report_check_region (store, params, error))
    return NULL;

  institutions = riaya_store_list_institutions_on_parts (store, on, RIAYA_INSTITUTION_ON_PRESENCE, error);
  if (institutions == NULL)
    return NULL;

  if (params->region != NULL)
    {
      RiayaTerritory *region = riaya_store_lookup_territory (store, params->region);
      /* Translators: the title of a report; %s is a region's name */
      g_autofree char *title = g_strdup_printf (_("Occupancy by province, %s"),
                                                riaya_territory_get_display_name (region));

      table = riaya_table_new ("occupancy-by-region", title);
    }
  else
    table = riaya_table_new ("occupancy-by-region", _("Occupancy by region"));
  riaya_table_add_parameter (table, "on", on);
  _riaya_report_add_area_columns (table, params);
  /* Translators: a column title: places licensed */
  riaya_table_add_column (table, "capacity", _("Capacity"), RIAYA_TABLE_INTEGER);
  /* Translators: a column title: people present by the latest count */
  riaya_table_add_column (table, "present", _("Present"), RIAYA_TABLE_INTEGER);
  /* Translators: a column title: people present over places, in percent */
  riaya_table_add_column (table, "rate", _("Occupancy"), RIAYA_TABLE_PERCENT);

  rows = _riaya_report_add_areas (table, store, params, COLUMN_CODE);
  n_rows = riaya_table_get_n_rows (table);
  capacity = g_new0 (guint64, n_rows + 1);
  present = g_new0 (guint64, n_rows + 1);

  for (guint i = 0; i < institutions->len; i++)
    {
      const RiayaInstitutionOn *institution = g_ptr_array_index (institutions, i);
      guint row;

      if (!institution->counted || !riaya_licence_status_in_force (institution->status))
        continue;
      row = _riaya_report_area_row (rows, institution->province_code);
      if (row >= n_rows)
        continue;

      capacity[row] += _riaya_report_places (institution);
      present[row] += riaya_presence_total (&institution->present);
    }

  for (guint row = 0; row < n_rows; row++)
    {
      set_figures (table, row, capacity[row], present[row]);
      total_capacity += capacity[row];
      total_present += present[row];
    }

  riaya_table_add_total (table);
  set_figures (table, RIAYA_TABLE_TOTAL, total_capacity, total_present);

  return g_steal_pointer (&table);
}
