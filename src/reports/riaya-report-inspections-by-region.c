/* riaya-report-inspections-by-region.c — the inspections report (reports.md)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ministry's published table "institutions audited by region and
 * period" (511 institutions between 2015 and 2019, with the provinces
 * covered in each region): per region, the provinces where the control
 * committee (Law 65.15 arts 26–27) made at least one visit in the period,
 * the institutions visited, and the visits made — valid or not, as the
 * table counts them. The store counts each region in SQL
 * (riaya_store_inspection_region_totals); this file lays the counts out.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-report-private.h"
#include "riaya-store-inspections.h"

enum
{
  COLUMN_REGION_CODE,
  COLUMN_REGION,
  COLUMN_PROVINCES,
  COLUMN_INSTITUTIONS,
  COLUMN_VISITS,
};

RiayaTable *
riaya_report_inspections_by_region (RiayaStore              *store,
                                    const RiayaReportParams *params,
                                    GError                 **error)
{
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(GArray) regions = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint64 provinces = 0, institutions = 0, visits = 0;

  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  if (!_riaya_report_period (params, &from, &to, error))
    return NULL;

  regions = riaya_store_inspection_region_totals (store, from, to, error);
  if (regions == NULL)
    return NULL;

  table = riaya_table_new ("inspections-by-region", _("Inspections by region"));
  riaya_table_add_parameter (table, "from", from);
  riaya_table_add_parameter (table, "to", to);
  riaya_table_add_column (table, "region_code", _("Code"), RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "region", _("Region"), RIAYA_TABLE_TEXT);
  /* Translators: a column title: provinces with at least one visit */
  riaya_table_add_column (table, "provinces", _("Provinces"), RIAYA_TABLE_INTEGER);
  /* Translators: a column title: institutions visited at least once */
  riaya_table_add_column (table, "institutions", _("Institutions"), RIAYA_TABLE_INTEGER);
  /* Translators: a column title: visits of the control committee made */
  riaya_table_add_column (table, "visits", _("Visits"), RIAYA_TABLE_INTEGER);

  for (guint i = 0; i < regions->len; i++)
    {
      const RiayaInspectionRegionTotals *totals = &g_array_index (regions, RiayaInspectionRegionTotals, i);
      RiayaTerritory *region = riaya_store_lookup_territory (store, totals->region_code);
      guint row = riaya_table_add_row (table);

      riaya_table_set_text (table, row, COLUMN_REGION_CODE, totals->region_code);
      riaya_table_set_text (table, row, COLUMN_REGION,
                            region != NULL ? riaya_territory_get_display_name (region) : totals->region_code);
      riaya_table_set_integer (table, row, COLUMN_PROVINCES, totals->provinces);
      riaya_table_set_integer (table, row, COLUMN_INSTITUTIONS, totals->institutions);
      riaya_table_set_integer (table, row, COLUMN_VISITS, totals->visits);

      provinces += totals->provinces;
      institutions += totals->institutions;
      visits += totals->visits;
    }

  /* Every province and every institution lies in one region: the counts
   * of the regions add up to the kingdom's, as the published table's
   * total row does. */
  riaya_table_add_total (table);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, COLUMN_PROVINCES, (gint64) provinces);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, COLUMN_INSTITUTIONS, (gint64) institutions);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, COLUMN_VISITS, (gint64) visits);

  /* No percentage row: the published table gives none, and each
   * column's share of itself would read 100% everywhere. A region's
   * share of the visits is its row over the total row, which the chart
   * shows bar by bar. */
  return g_steal_pointer (&table);
}
