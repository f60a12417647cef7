/* riaya-store-territories.c — regions, prefectures and provinces
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference (domain.md §6: 12 regions, 75 prefectures and provinces,
 * HCP codes) ships as data/morocco-territories.csv, compiled into the
 * store's resource and written into a new database. After open it is read
 * once and kept in memory: it changes only with a new release.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-store-private.h"

/* Columns of the CSV, by header name. */
enum
{
  COL_REGION_CODE,
  COL_REGION_FR,
  COL_REGION_AR,
  COL_PROVINCE_CODE,
  COL_PROVINCE_FR,
  COL_PROVINCE_AR,
  COL_KIND,
  N_COLS
};

static const char * const csv_header[N_COLS] = {
  "region_code", "region_fr", "region_ar", "province_code", "province_fr", "province_ar", "kind",
};

/* Splits one RFC 4180 record (no line breaks inside fields, which the
 * reference never has). */
static GPtrArray *
split_csv_line (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; ; p++)
    {
      if (quoted)
        {
          if (*p == '\0')
            break;
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',' || *p == '\0' || *p == '\r')
        {
          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          if (*p != ',')
            break;
        }
      else
        g_string_append_c (field, *p);
    }

  g_string_free (field, TRUE);
  return fields;
}

static gboolean
reference_error (guint    line_number,
                 GError **error)
{
  g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
               /* Translators: %u is a line number */
               _("The territories reference shipped with Riaya is damaged at line %u: reinstall Riaya."),
               line_number);
  return FALSE;
}

gboolean
_riaya_store_import_territories (RiayaStore  *self,
                                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GHashTable) regions_done = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  sqlite3_stmt *region_stmt, *province_stmt;

  bytes = g_resource_lookup_data (riaya_store_get_resource (),
                                  RIAYA_STORE_RESOURCE_PATH "territories.csv",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    return reference_error (0, error);

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);
  regions_done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) fields = NULL;
      char **f;

      if (lines[i][0] == '\0' || (lines[i][0] == '\r' && lines[i][1] == '\0'))
        continue;

      fields = split_csv_line (lines[i]);
      if (fields->len != N_COLS)
        return reference_error (i + 1, error);
      f = (char **) fields->pdata;

      if (i == 0)
        {
          for (guint c = 0; c < N_COLS; c++)
            if (strcmp (f[c], csv_header[c]) != 0)
              return reference_error (1, error);
          continue;
        }

      if (!g_hash_table_contains (regions_done, f[COL_REGION_CODE]))
        {
          region_stmt = _riaya_store_prepare (self,
                                              "INSERT INTO regions (code, name_ar, name_fr)"
                                              " VALUES (?, ?, ?)",
                                              error);
          if (region_stmt == NULL)
            return FALSE;
          sqlite3_bind_text (region_stmt, 1, f[COL_REGION_CODE], -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (region_stmt, 2, f[COL_REGION_AR], -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (region_stmt, 3, f[COL_REGION_FR], -1, SQLITE_TRANSIENT);
          if (!_riaya_store_step_done (self, region_stmt, error))
            return FALSE;
          g_hash_table_add (regions_done, g_strdup (f[COL_REGION_CODE]));
        }

      province_stmt = _riaya_store_prepare (self,
                                            "INSERT INTO provinces (code, region_code, name_ar, name_fr, kind)"
                                            " VALUES (?, ?, ?, ?, ?)",
                                            error);
      if (province_stmt == NULL)
        return FALSE;
      sqlite3_bind_text (province_stmt, 1, f[COL_PROVINCE_CODE], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (province_stmt, 2, f[COL_REGION_CODE], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (province_stmt, 3, f[COL_PROVINCE_AR], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (province_stmt, 4, f[COL_PROVINCE_FR], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (province_stmt, 5, f[COL_KIND], -1, SQLITE_TRANSIENT);
      if (!_riaya_store_step_done (self, province_stmt, error))
        return reference_error (i + 1, error);
    }

  return TRUE;
}

gboolean
_riaya_store_load_territories (RiayaStore  *self,
                               GError     **error)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) provinces = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_hash_table_remove_all (self->territories);

  stmt = _riaya_store_prepare (self, "SELECT code, name_ar, name_fr FROM regions ORDER BY code", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = _riaya_store_column_text (stmt, 0);
      RiayaTerritory *region = riaya_territory_new (RIAYA_TERRITORY_REGION, code, code,
                                                    _riaya_store_column_text (stmt, 1),
                                                    _riaya_store_column_text (stmt, 2));

      g_ptr_array_add (regions, region);
      g_hash_table_insert (self->territories,
                           (gpointer) riaya_territory_get_code (region), g_object_ref (region));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  stmt = _riaya_store_prepare (self,
                               "SELECT code, region_code, name_ar, name_fr, kind FROM provinces ORDER BY code",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = _riaya_store_column_text (stmt, 4);
      RiayaTerritory *province;

      province = riaya_territory_new (g_strcmp0 (kind, "prefecture") == 0 ? RIAYA_TERRITORY_PREFECTURE
                                                                           : RIAYA_TERRITORY_PROVINCE,
                                      _riaya_store_column_text (stmt, 0),
                                      _riaya_store_column_text (stmt, 1),
                                      _riaya_store_column_text (stmt, 2),
                                      _riaya_store_column_text (stmt, 3));
      g_ptr_array_add (provinces, province);
      g_hash_table_insert (self->territories,
                           (gpointer) riaya_territory_get_code (province), g_object_ref (province));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  g_list_store_splice (self->regions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->regions)),
                       regions->pdata, regions->len);
  g_list_store_splice (self->provinces, 0, g_list_model_get_n_items (G_LIST_MODEL (self->provinces)),
                       provinces->pdata, provinces->len);

  return TRUE;
}

gboolean
_riaya_store_check_province (RiayaStore  *self,
                             const char  *code,
                             GError     **error)
{
  RiayaTerritory *territory = code ? g_hash_table_lookup (self->territories, code) : NULL;

  if (territory != NULL && riaya_territory_get_kind (territory) != RIAYA_TERRITORY_REGION)
    return TRUE;

  g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_UNKNOWN_TERRITORY,
               /* Translators: %s is the code typed; keep RR.PPP and 01.511 as they are */
               _("There is no province or prefecture with code “%s”: use its official code RR.PPP, "
                 "for example 01.511 for Tanger-Assilah, as the Province list of the institution editor "
                 "or “riaya-cli territory list” shows."),
               code ? code : "");
  return FALSE;
}

/* ---- public API ---------------------------------------------------------- */

GListModel *
riaya_store_list_regions (RiayaStore *self)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);

  return g_object_ref (G_LIST_MODEL (self->regions));
}

GListModel *
riaya_store_list_provinces (RiayaStore *self,
                            const char *region_code)
{
  GListStore *store;
  guint n;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);

  if (region_code == NULL)
    return g_object_ref (G_LIST_MODEL (self->provinces));

  store = g_list_store_new (RIAYA_TYPE_TERRITORY);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->provinces));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaTerritory) province = g_list_model_get_item (G_LIST_MODEL (self->provinces), i);

      if (g_strcmp0 (riaya_territory_get_region_code (province), region_code) == 0)
        g_list_store_append (store, province);
    }

  return G_LIST_MODEL (store);
}

RiayaTerritory *
riaya_store_lookup_territory (RiayaStore *self,
                              const char *code)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);

  if (code == NULL)
    return NULL;

  return g_hash_table_lookup (self->territories, code);
}
