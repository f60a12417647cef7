/* riaya-store-export.c — the reads of the exchange writer
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each read here gathers the identifiers first and loads the records
 * after: a cached statement is never stepped while another load runs.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-export.h"
#include "riaya-store-private.h"

/* A deleted institution travels unless its licence number belongs to one
 * still there or deleted later: the importer then knows one institution
 * per licence number (exchange.md "Identity"). */
static const char list_institutions_sql[] =
  "SELECT i.uuid FROM institutions i"
  " WHERE (?1 IS NULL OR i.province_code = ?1)"
  " AND (i.deleted_at IS NULL"
  "  OR (i.deleted_at >= ?2 AND NOT EXISTS (SELECT 1 FROM institutions o"
  "   WHERE o.licence_number = i.licence_number AND o.uuid <> i.uuid"
  "   AND (o.deleted_at IS NULL OR o.deleted_at > i.deleted_at))))"
  " ORDER BY i.licence_number, i.uuid";

static const char institution_stamps_sql[] =
  "SELECT updated_at, deleted_at FROM institutions WHERE uuid = ?1";

static const char history_stamps_sql[] =
  "SELECT uuid, recorded_at FROM licence_events WHERE institution_uuid = ?1"
  " UNION ALL SELECT uuid, recorded_at FROM capacity_lines WHERE institution_uuid = ?1";

static const char list_grants_sql[] =
  "SELECT uuid, updated_at, deleted_at FROM grants"
  " WHERE institution_uuid = ?1 AND year BETWEEN ?2 AND ?3"
  " AND (deleted_at IS NULL OR deleted_at >= ?4)"
  " ORDER BY year, created_at, uuid";

/* Visits of the period and those whose actions are still open, then, up
 * the chain, the visits they follow (a follow-up names a recorded visit
 * of the same institution, which the importer must know first: date
 * order puts it before). */
static const char list_inspections_sql[] =
  "WITH RECURSIVE chosen (uuid) AS ("
  "  SELECT v.uuid FROM inspections v WHERE v.institution_uuid = ?1"
  "  AND (v.deleted_at IS NULL OR v.deleted_at >= ?2)"
  "  AND (v.visit_on BETWEEN ?2 AND ?3 OR EXISTS (SELECT 1 FROM corrective_actions a"
  "   WHERE a.inspection_uuid = v.uuid AND a.done_on IS NULL))"
  " UNION"
  "  SELECT f.follows_uuid FROM inspections f JOIN chosen c ON c.uuid = f.uuid"
  "  WHERE f.follows_uuid IS NOT NULL)"
  " SELECT v.uuid, v.updated_at, v.deleted_at FROM inspections v JOIN chosen c ON c.uuid = v.uuid"
  " ORDER BY v.visit_on, v.created_at, v.uuid";

void
riaya_export_record_free (RiayaExportRecord *record)
{
  if (record == NULL)
    return;

  g_clear_object (&record->record);
  g_free (record->updated_at);
  g_free (record->deleted_at);
  g_free (record);
}

/* Whether the export opened the read transaction (it does not when the
 * caller is inside one already). */
#define EXPORT_READ_KEY "riaya-export-read"

gboolean
riaya_store_export_begin (RiayaStore  *self,
                          GError     **error)
{
  gboolean own = FALSE;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_riaya_store_begin_read (self, &own, error))
    return FALSE;
  g_object_set_data (G_OBJECT (self), EXPORT_READ_KEY, GINT_TO_POINTER (own));

  return TRUE;
}

void
riaya_store_export_end (RiayaStore *self)
{
  g_return_if_fail (RIAYA_IS_STORE (self));

  _riaya_store_end_read (self, GPOINTER_TO_INT (g_object_steal_data (G_OBJECT (self), EXPORT_READ_KEY)));
}

/* Steps @stmt (bound) to its end, adding column 0 of each row to
 * @uuids and, when @stamps is not NULL, an empty record with the
 * instants of columns 1 and 2. */
static gboolean
collect_rows (RiayaStore    *self,
              sqlite3_stmt  *stmt,
              GPtrArray     *uuids,
              GPtrArray     *stamps,
              GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (uuids, g_strdup (_riaya_store_column_text (stmt, 0)));
      if (stamps != NULL)
        {
          RiayaExportRecord *record = g_new0 (RiayaExportRecord, 1);

          record->updated_at = g_strdup (_riaya_store_column_text (stmt, 1));
          record->deleted_at = g_strdup (_riaya_store_column_text (stmt, 2));
          g_ptr_array_add (stamps, record);
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

GPtrArray *
riaya_store_export_list_institutions (RiayaStore  *self,
                                      const char  *province_code,
                                      const char  *deleted_since,
                                      GError     **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (deleted_since != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self, list_institutions_sql, error);
  if (stmt == NULL)
    return NULL;
  _riaya_store_bind_text (stmt, 1, province_code);
  sqlite3_bind_text (stmt, 2, deleted_since, -1, SQLITE_TRANSIENT);

  if (!collect_rows (self, stmt, uuids, NULL, error))
    return NULL;

  return g_steal_pointer (&uuids);
}

RiayaInstitution *
riaya_store_export_get_institution (RiayaStore   *self,
                                    const char   *uuid,
                                    char        **updated_at,
                                    char        **deleted_at,
                                    GHashTable  **recorded,
                                    GError      **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GHashTable) stamps = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *deleted = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self, institution_stamps_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      updated = g_strdup (_riaya_store_column_text (stmt, 0));
      deleted = g_strdup (_riaya_store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return NULL;
    }

  if (rc == SQLITE_ROW)
    found = _riaya_store_load_institutions (self, uuid, error);
  if (rc == SQLITE_ROW && found == NULL)
    return NULL;
  if (found == NULL || found->len == 0)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is an identifier */
                   _("No institution has the identifier “%s”: check it against the list of institutions."),
                   uuid);
      return NULL;
    }

  stamps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  stmt = _riaya_store_prepare (self, history_stamps_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (stamps,
                         g_strdup (_riaya_store_column_text (stmt, 0)),
                         g_strdup (_riaya_store_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return NULL;
    }

  if (updated_at != NULL)
    *updated_at = g_steal_pointer (&updated);
  if (deleted_at != NULL)
    *deleted_at = g_steal_pointer (&deleted);
  if (recorded != NULL)
    *recorded = g_steal_pointer (&stamps);

  return g_object_ref (g_ptr_array_index (found, 0));
}

GPtrArray *
riaya_store_export_list_grants (RiayaStore  *self,
                                const char  *uuid,
                                guint        from_year,
                                guint        to_year,
                                const char  *deleted_since,
                                GError     **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_export_record_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL && deleted_since != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self, list_grants_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, from_year);
  sqlite3_bind_int64 (stmt, 3, to_year);
  sqlite3_bind_text (stmt, 4, deleted_since, -1, SQLITE_TRANSIENT);
  if (!collect_rows (self, stmt, uuids, records, error))
    return NULL;

  for (guint i = 0; i < uuids->len; i++)
    {
      RiayaExportRecord *record = g_ptr_array_index (records, i);
      RiayaGrant *grant = _riaya_store_load_grant (self, g_ptr_array_index (uuids, i), error);

      if (grant == NULL)
        return NULL;
      record->record = G_OBJECT (grant);
    }

  return g_steal_pointer (&records);
}

GPtrArray *
riaya_store_export_list_inspections (RiayaStore  *self,
                                     const char  *uuid,
                                     const char  *from,
                                     const char  *to,
                                     GError     **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_export_record_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL && from != NULL && to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self, list_inspections_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_TRANSIENT);
  if (!collect_rows (self, stmt, uuids, records, error))
    return NULL;

  for (guint i = 0; i < uuids->len; i++)
    {
      RiayaExportRecord *record = g_ptr_array_index (records, i);
      RiayaInspection *visit = _riaya_store_load_inspection (self, g_ptr_array_index (uuids, i), error);

      if (visit == NULL)
        return NULL;
      record->record = G_OBJECT (visit);
    }

  return g_steal_pointer (&records);
}
