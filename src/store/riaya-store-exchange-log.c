/* riaya-store-exchange-log.c — the files imported
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per file imported (exchange_imports), written by
 * riaya_store_import_commit() with what the user was told. Dry runs,
 * refused files and files already imported leave none.
 */

#include "config.h"

#include "riaya-store-exchange-private.h"

void
riaya_import_log_entry_free (RiayaImportLogEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->digest);
  g_free (entry->file_name);
  g_free (entry->producer);
  g_free (entry->imported_at);
  g_free (entry->outcome);
  g_free (entry);
}

GPtrArray *
riaya_store_list_imports (RiayaStore  *self,
                          GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self,
                               "SELECT digest, file_name, producer, sequence, imported_at, outcome, new_records,"
                               " changed, unchanged, conflicts, ignored, missing_from, missing_to"
                               " FROM exchange_imports ORDER BY imported_at DESC, id DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_import_log_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaImportLogEntry *entry = g_new0 (RiayaImportLogEntry, 1);

      entry->digest = g_strdup (_riaya_store_column_text (stmt, 0));
      entry->file_name = g_strdup (_riaya_store_column_text (stmt, 1));
      entry->producer = g_strdup (_riaya_store_column_text (stmt, 2));
      entry->sequence = sqlite3_column_int64 (stmt, 3);
      entry->imported_at = g_strdup (_riaya_store_column_text (stmt, 4));
      entry->outcome = g_strdup (_riaya_store_column_text (stmt, 5));
      entry->summary.new_records = (guint) sqlite3_column_int64 (stmt, 6);
      entry->summary.changed = (guint) sqlite3_column_int64 (stmt, 7);
      entry->summary.unchanged = (guint) sqlite3_column_int64 (stmt, 8);
      entry->summary.conflicts = (guint) sqlite3_column_int64 (stmt, 9);
      entry->summary.ignored = (guint) sqlite3_column_int64 (stmt, 10);
      entry->summary.missing_from = sqlite3_column_int64 (stmt, 11);
      entry->summary.missing_to = sqlite3_column_int64 (stmt, 12);
      g_ptr_array_add (entries, entry);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}
