/* riaya-store-exchange-sequence.c — the next export's number, and what it sent
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file name an export proposes carries the file's sequence number
 * (docs/exchange-format.md, "riaya-LICENCE-YYYY-SEQ.xml"), and the name
 * is chosen before the file is written: the GUI reads the number here
 * without taking it. riaya_store_next_export_sequence() takes it once the
 * body is whole, so a cancelled export leaves no gap; the two agree
 * unless another export of the same database runs in between.
 */

#include "config.h"

#include "riaya-store-exchange-private.h"

gint64
riaya_store_peek_export_sequence (RiayaStore *self)
{
  sqlite3_stmt *stmt;
  gint64 last = 0;

  g_return_val_if_fail (RIAYA_IS_STORE (self), 0);

  /* Made by migration 0005 for every database, new or old. */
  stmt = _riaya_store_prepare (self, "SELECT CAST (value AS INTEGER) FROM settings WHERE key = 'export-sequence'",
                               NULL);
  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return last >= 0 ? last + 1 : 0;
}

static void
clear_exported (gpointer data)
{
  RiayaExportedRecord *record = data;

  g_clear_pointer (&record->uuid, g_free);
  g_clear_pointer (&record->digest, g_free);
}

GArray *
riaya_exported_records_new (void)
{
  GArray *records = g_array_new (FALSE, TRUE, sizeof (RiayaExportedRecord));

  g_array_set_clear_func (records, clear_exported);
  return records;
}

gboolean
riaya_store_note_exported (RiayaStore  *self,
                           GArray      *records,
                           GError     **error)
{
  const char *producer;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (records->len == 0)
    return TRUE;

  /* Sent by this database: the next file that brings it back compares
   * with what left from here. */
  producer = riaya_store_get_database_uuid (self);
  if (producer == NULL)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  if (!_riaya_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      RiayaExportedRecord *record = &g_array_index (records, RiayaExportedRecord, i);

      if (!_riaya_store_set_baseline (self, record->kind, record->uuid, producer, record->digest, NULL, error))
        {
          _riaya_store_rollback (self);
          return FALSE;
        }
    }

  return _riaya_store_commit (self, error);
}
