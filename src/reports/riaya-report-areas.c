/* riaya-report-areas.c — the rows of a table by region, or by province
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The published tables give one row per region (the twelve of the 2015
 * division, HCP codes, domain.md §6), every one of them even when it
 * counts nothing, so that two years' tables line up row by row. A
 * delegate or a national user asking about one region gets its provinces
 * and prefectures instead, the same way. This file lays out those rows
 * and says in which one each institution falls, by its province.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-report-private.h"

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  RiayaTerritory *x = *(RiayaTerritory * const *) a;
  RiayaTerritory *y = *(RiayaTerritory * const *) b;

  return strcmp (riaya_territory_get_code (x), riaya_territory_get_code (y));
}

/* The territories of @model in code order: the reference file lists a
 * region's prefectures before its provinces. (transfer full) */
static GPtrArray *
sorted (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_ptr_array_sort (items, compare_codes);

  return items;
}

gboolean
_riaya_report_check_region (RiayaStore               *store,
                            const RiayaReportParams  *params,
                            GError                  **error)
{
  RiayaTerritory *region;

  if (params->region == NULL)
    return TRUE;

  region = riaya_store_lookup_territory (store, params->region);
  if (region == NULL || riaya_territory_get_kind (region) != RIAYA_TERRITORY_REGION)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
                   /* Translators: %s is what was given as a region's code */
                   _("“%s” is not the code of a region: give one from 01 to 12 (“riaya-cli territory list” shows them)."),
                   params->region);
      return FALSE;
    }

  return TRUE;
}

GHashTable *
_riaya_report_add_areas (RiayaTable               *table,
                         RiayaStore               *store,
                         const RiayaReportParams  *params,
                         guint                     first_column)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  GHashTable *rows = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (riaya_table_get_n_rows (table) == 0, rows);

  model = params->region != NULL ? riaya_store_list_provinces (store, params->region)
                                 : riaya_store_list_regions (store);
  areas = sorted (model);

  for (guint i = 0; i < areas->len; i++)
    {
      RiayaTerritory *area = g_ptr_array_index (areas, i);
      guint row = riaya_table_add_row (table);

      riaya_table_set_text (table, row, first_column, riaya_territory_get_code (area));
      riaya_table_set_text (table, row, first_column + 1, riaya_territory_get_display_name (area));
    }

  /* Every province of the kingdom, mapped to its region's row, or to its
   * own row when the table is of one region's provinces. The codes are
   * the territories' own: they live as long as the store. */
  {
    g_autoptr(GListModel) provinces = riaya_store_list_provinces (store, NULL);
    guint n = g_list_model_get_n_items (provinces);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(RiayaTerritory) province = g_list_model_get_item (provinces, i);
        const char *key = params->region != NULL ? riaya_territory_get_code (province)
                                                 : riaya_territory_get_region_code (province);

        for (guint r = 0; r < areas->len; r++)
          if (g_str_equal (key, riaya_territory_get_code (g_ptr_array_index (areas, r))))
            {
              g_hash_table_insert (rows, (gpointer) riaya_territory_get_code (province), GUINT_TO_POINTER (r + 1));
              break;
            }
      }
  }

  return rows;
}

void
_riaya_report_add_area_columns (RiayaTable              *table,
                                const RiayaReportParams *params)
{
  if (params->region != NULL)
    {
      riaya_table_add_parameter (table, "region", params->region);
      riaya_table_add_column (table, "province_code", _("Code"), RIAYA_TABLE_TEXT);
      /* Translators: a column title: a province or prefecture */
      riaya_table_add_column (table, "province", _("Province"), RIAYA_TABLE_TEXT);
    }
  else
    {
      riaya_table_add_column (table, "region_code", _("Code"), RIAYA_TABLE_TEXT);
      riaya_table_add_column (table, "region", _("Region"), RIAYA_TABLE_TEXT);
    }
}

guint
_riaya_report_area_row (GHashTable *rows,
                        const char *province_code)
{
  if (province_code == NULL)
    return G_MAXUINT;

  return GPOINTER_TO_UINT (g_hash_table_lookup (rows, province_code)) - 1;
}
