/* riaya-store-exchange-sequence.c — the number the next export will take
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

#include "riaya-store-exchange.h"
#include "riaya-store-private.h"

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
