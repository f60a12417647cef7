/* riaya-store-journal.c — who changed what, and when
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Law 09-08 art. 24 asks for an after-the-fact record of who entered what
 * and when. Every write of the store adds its rows here inside its own
 * transaction, so a change and its record exist together or not at all.
 * Summaries are plain English words naming fields and codes, never the
 * values of personal data.
 */

#include "config.h"

#include "riaya-store-private.h"

gboolean
_riaya_store_journal (RiayaStore  *self,
                      const char  *entity,
                      const char  *record_uuid,
                      const char  *action,
                      const char  *summary,
                      GError     **error)
{
  g_autofree char *at = _riaya_store_now ();
  g_autofree char *profile = _riaya_store_dup_profile_code (self);
  g_autofree char *imported = NULL;
  sqlite3_stmt *stmt;

  g_assert (self->transaction_depth > 0);

  /* A write made by an import is the import's: the row says so, and what
   * the write itself would have said (a change says it already). */
  if (self->importing && !g_str_equal (action, "import"))
    {
      if (!g_str_equal (action, "update"))
        summary = imported = g_strdup_printf ("%s: %s", g_str_equal (action, "create") ? "New" : action,
                                              summary ? summary : "");
      action = "import";
    }

  stmt = _riaya_store_prepare (self,
                               "INSERT INTO journal (at, os_user, profile, entity, record_uuid, action, summary)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, _riaya_store_get_os_user (self), -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 3, profile);
  sqlite3_bind_text (stmt, 4, entity, -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 5, record_uuid);
  sqlite3_bind_text (stmt, 6, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, summary ? summary : "", -1, SQLITE_TRANSIENT);

  return _riaya_store_step_done (self, stmt, error);
}

void
riaya_journal_entry_free (RiayaJournalEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->at);
  g_free (entry->os_user);
  g_free (entry->profile);
  g_free (entry->entity);
  g_free (entry->record_uuid);
  g_free (entry->action);
  g_free (entry->summary);
  g_free (entry);
}

GPtrArray *
riaya_store_list_journal (RiayaStore *self,
                          const char *record_uuid,
                          guint       limit)
{
  GPtrArray *entries;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_journal_entry_free);

  if (record_uuid != NULL)
    {
      stmt = _riaya_store_prepare (self,
                                   "SELECT at, os_user, profile, entity, record_uuid, action, summary"
                                   " FROM journal WHERE record_uuid = ? ORDER BY id DESC LIMIT ?",
                                   NULL);
      if (stmt == NULL)
        return entries;
      sqlite3_bind_text (stmt, 1, record_uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
    }
  else
    {
      stmt = _riaya_store_prepare (self,
                                   "SELECT at, os_user, profile, entity, record_uuid, action, summary"
                                   " FROM journal ORDER BY id DESC LIMIT ?",
                                   NULL);
      if (stmt == NULL)
        return entries;
      sqlite3_bind_int64 (stmt, 1, limit > 0 ? (gint64) limit : -1);
    }

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      RiayaJournalEntry *entry = g_new0 (RiayaJournalEntry, 1);

      entry->at = g_strdup (_riaya_store_column_text (stmt, 0));
      entry->os_user = g_strdup (_riaya_store_column_text (stmt, 1));
      entry->profile = g_strdup (_riaya_store_column_text (stmt, 2));
      entry->entity = g_strdup (_riaya_store_column_text (stmt, 3));
      entry->record_uuid = g_strdup (_riaya_store_column_text (stmt, 4));
      entry->action = g_strdup (_riaya_store_column_text (stmt, 5));
      entry->summary = g_strdup (_riaya_store_column_text (stmt, 6));
      g_ptr_array_add (entries, entry);
    }
  sqlite3_reset (stmt);

  return entries;
}
