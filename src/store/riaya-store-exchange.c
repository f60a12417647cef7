/* riaya-store-exchange.c — the database's identity, and one import's life
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import is one transaction (BEGIN IMMEDIATE) from
 * riaya_store_import_begin() to riaya_store_import_commit(): the reader
 * hands over the file's institutions one by one and the transaction is
 * committed only when the reader found the whole file sound (exchange.md:
 * "all of the file or nothing"). A dry run and a file already imported
 * are rolled back, a refused file too: the database stays byte for byte
 * as it was, the journal included.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-exchange-private.h"

#define SETTING_DATABASE_UUID   "database-uuid"
#define SETTING_EXPORT_SEQUENCE "export-sequence"

/* ---- identity and sequence ------------------------------------------------ */

const char *
riaya_store_get_database_uuid (RiayaStore *self)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);

  if (self->database_uuid != NULL)
    return self->database_uuid;

  /* Made by migration 0005 for every database, new or old. */
  stmt = _riaya_store_prepare (self, "SELECT value FROM settings WHERE key = '" SETTING_DATABASE_UUID "'", NULL);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    self->database_uuid = g_intern_string (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return self->database_uuid;
}

gint64
riaya_store_next_export_sequence (RiayaStore  *self,
                                  GError     **error)
{
  g_autofree char *summary = NULL;
  sqlite3_stmt *stmt;
  gint64 sequence = 0;

  g_return_val_if_fail (RIAYA_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_riaya_store_begin (self, error))
    return 0;

  stmt = _riaya_store_prepare (self,
                               "UPDATE settings SET value = CAST (value AS INTEGER) + 1"
                               " WHERE key = '" SETTING_EXPORT_SEQUENCE "' RETURNING value",
                               error);
  if (stmt == NULL)
    goto failed;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    sequence = sqlite3_column_int64 (stmt, 0);
  if (sqlite3_step (stmt) != SQLITE_DONE || sequence <= 0)
    {
      sqlite3_reset (stmt);
      if (sequence <= 0)
        g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_CORRUPT,
                     _("The database has lost the number of its last export: run a check, and restore a backup."));
      else
        _riaya_store_set_error (self, error);
      goto failed;
    }
  sqlite3_reset (stmt);

  /* A file's number is the database's: a reader can tell which came
   * first, and the journal which file went out when. */
  summary = g_strdup_printf ("Export sequence %" G_GINT64_FORMAT " taken", sequence);
  if (!_riaya_store_journal (self, "settings", NULL, "update", summary, error))
    goto failed;

  /* A failed commit has rolled back. */
  return _riaya_store_commit (self, error) ? sequence : 0;

failed:
  _riaya_store_rollback (self);
  return 0;
}

/* ---- classification ----------------------------------------------------- */

RiayaMergeClass
_riaya_merge_classify (const char *incoming,
                       const char *local,
                       const char *baseline,
                       const char *waiting)
{
  if (local == NULL)
    return RIAYA_MERGE_NEW;
  /* The same, or what was already taken in (the file is behind), or the
   * version already waiting in a conflict: nothing new. */
  if (g_str_equal (incoming, local) ||
      g_strcmp0 (incoming, baseline) == 0 ||
      g_strcmp0 (incoming, waiting) == 0)
    return RIAYA_MERGE_UNCHANGED;
  /* Not changed here since it was exchanged: the file's replaces it. */
  if (g_strcmp0 (local, baseline) == 0)
    return RIAYA_MERGE_CHANGED;
  return RIAYA_MERGE_CONFLICT;
}

void
_riaya_import_count (RiayaStoreImport *import,
                     RiayaMergeClass   what)
{
  switch (what)
    {
    case RIAYA_MERGE_NEW:
      import->summary.new_records++;
      break;
    case RIAYA_MERGE_UNCHANGED:
      import->summary.unchanged++;
      break;
    case RIAYA_MERGE_CHANGED:
      import->summary.changed++;
      break;
    case RIAYA_MERGE_CONFLICT:
      import->summary.conflicts++;
      break;
    default:
      g_assert_not_reached ();
    }
}

/* ---- begin, commit, free ------------------------------------------------ */

static void
end_transaction (RiayaStoreImport *import,
                 gboolean          commit,
                 GError          **error,
                 gboolean         *ok)
{
  RiayaStore *store = import->store;

  if (!import->open)
    return;

  import->open = FALSE;
  store->importing = FALSE;
  if (commit)
    *ok = _riaya_store_commit (store, error);
  else
    _riaya_store_rollback (store);
  if (import->own_cache)
    _riaya_store_import_settings (store, FALSE);
}

void
riaya_store_import_free (RiayaStoreImport *import)
{
  if (import == NULL)
    return;

  end_transaction (import, FALSE, NULL, NULL);
  g_clear_object (&import->store);
  g_free (import->producer);
  g_free (import->file_name);
  g_free (import->digest);
  g_free (import->licence_number);
  g_free (import->province_code);
  g_free (import);
}

/* What the log knows of @producer: FALSE when it never sent a file. */
static gboolean
last_sequence_of (RiayaStore *self,
                  const char *producer,
                  gint64     *last)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                             "SELECT last_sequence FROM exchange_producers WHERE database_uuid = ?",
                                             NULL);
  gboolean known = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, producer, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      known = TRUE;
      *last = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_reset (stmt);

  return known;
}

static gboolean
digest_imported (RiayaStore *self,
                 const char *digest)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, "SELECT 1 FROM exchange_imports WHERE digest = ?", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, digest, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return found;
}

RiayaStoreImport *
riaya_store_import_begin (RiayaStore                *self,
                          const RiayaExchangeHeader *header,
                          gboolean                   dry_run,
                          gboolean                   force,
                          GError                   **error)
{
  g_autoptr(RiayaStoreImport) import = NULL;
  gint64 last = 0;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (header != NULL, NULL);
  g_return_val_if_fail (header->database_uuid != NULL && header->digest != NULL, NULL);
  g_return_val_if_fail (!self->importing, NULL);
  g_return_val_if_fail (!self->import_run_dry || dry_run, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  import = g_new0 (RiayaStoreImport, 1);
  import->store = g_object_ref (self);
  import->producer = g_strdup (header->database_uuid);
  import->file_name = g_strdup (header->file_name);
  import->digest = g_strdup (header->digest);
  import->sequence = header->sequence;
  import->profile = header->profile;
  import->licence_number = g_strdup (header->licence_number);
  import->province_code = g_strdup (header->province_code);
  import->dry_run = dry_run;

  /* An import's cache and map (riaya-store-exchange-run.c); in a run,
   * the run has set them. */
  if (self->transaction_depth == 0)
    {
      _riaya_store_import_settings (self, TRUE);
      import->own_cache = TRUE;
    }

  /* One writer from here to the end: what is read below cannot change
   * before the file is written. */
  if (!_riaya_store_begin (self, error))
    {
      if (import->own_cache)
        _riaya_store_import_settings (self, FALSE);
      return NULL;
    }
  import->open = TRUE;
  self->importing = TRUE;
  self->import_depth = self->transaction_depth;
  self->import_failed = FALSE;
  import->keeps_registers = riaya_store_keeps_registers (self);

  /* The same file again writes nothing: importing it is a dry run whose
   * records are all unchanged (exchange.md). */
  if (digest_imported (self, header->digest))
    {
      import->summary.already_imported = TRUE;
      return g_steal_pointer (&import);
    }

  if (last_sequence_of (self, header->database_uuid, &last))
    {
      if (header->sequence <= last && !force)
        {
          g_autofree char *sequence = g_strdup_printf ("%" G_GINT64_FORMAT, header->sequence);
          g_autofree char *newest = g_strdup_printf ("%" G_GINT64_FORMAT, last);

          g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_SUPERSEDED,
                       /* Translators: %1$s is a file name, %2$s and %3$s are export numbers */
                       _("The file “%1$s” is export %2$s of its database, but export %3$s of that database was "
                         "already imported: this file is not newer, and nothing was imported. To import it "
                         "anyway, use --force (in Riaya, “Import anyway”)."),
                       header->file_name != NULL ? header->file_name : "", sequence, newest);
          return NULL;
        }
      import->forced = header->sequence <= last;

      /* Exports in between never came here. */
      if (header->sequence > last + 1)
        {
          import->summary.missing_from = last + 1;
          import->summary.missing_to = header->sequence - 1;
        }
    }

  return g_steal_pointer (&import);
}

/* The log row, the producer's row and the file's journal row. */
static gboolean
log_file (RiayaStoreImport  *import,
          GError           **error)
{
  RiayaStore *self = import->store;
  const RiayaImportSummary *s = &import->summary;
  g_autofree char *now = _riaya_store_now ();
  g_autofree char *summary = NULL;
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self,
                               "INSERT INTO exchange_imports (digest, file_name, producer, sequence, imported_at,"
                               " outcome, new_records, changed, unchanged, conflicts, ignored, missing_from,"
                               " missing_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, import->digest, -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 2, import->file_name);
  sqlite3_bind_text (stmt, 3, import->producer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, import->sequence);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, import->forced ? "forced" : "imported", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, s->new_records);
  sqlite3_bind_int64 (stmt, 8, s->changed);
  sqlite3_bind_int64 (stmt, 9, s->unchanged);
  sqlite3_bind_int64 (stmt, 10, s->conflicts);
  sqlite3_bind_int64 (stmt, 11, s->ignored);
  if (s->missing_from > 0)
    {
      sqlite3_bind_int64 (stmt, 12, s->missing_from);
      sqlite3_bind_int64 (stmt, 13, s->missing_to);
    }
  if (!_riaya_store_step_done (self, stmt, error))
    return FALSE;

  /* A forced older file does not take the producer back in time. */
  stmt = _riaya_store_prepare (self,
                               "INSERT INTO exchange_producers (database_uuid, profile, licence_number, province_code,"
                               " last_sequence, last_imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                               " ON CONFLICT (database_uuid) DO UPDATE SET profile = excluded.profile,"
                               " licence_number = excluded.licence_number, province_code = excluded.province_code,"
                               " last_sequence = max (last_sequence, excluded.last_sequence),"
                               " last_imported_at = excluded.last_imported_at",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, import->producer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, riaya_profile_to_code (import->profile), -1, SQLITE_STATIC);
  _riaya_store_bind_text (stmt, 3, import->licence_number);
  _riaya_store_bind_text (stmt, 4, import->province_code);
  sqlite3_bind_int64 (stmt, 5, import->sequence);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  if (!_riaya_store_step_done (self, stmt, error))
    return FALSE;

  summary = g_strdup_printf ("%s file %s from database %s, export %" G_GINT64_FORMAT ": %u new, %u changed, "
                             "%u unchanged, %u conflicts, %u ignored",
                             import->forced ? "Forced import of the" : "Imported the",
                             import->file_name != NULL ? import->file_name : "(unnamed)",
                             import->producer, import->sequence,
                             s->new_records, s->changed, s->unchanged, s->conflicts, s->ignored);
  return _riaya_store_journal (self, "exchange-file", NULL, "import", summary, error);
}

gboolean
riaya_store_import_commit (RiayaStoreImport    *import,
                           RiayaImportSummary  *summary,
                           GError             **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (import->open, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A caller that goes on after a refusal, or a write that failed inside
   * the file, whose savepoint is the only one (_riaya_store_begin): all
   * of the file or nothing. */
  if (import->refused || import->store->import_failed)
    {
      end_transaction (import, FALSE, NULL, NULL);
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   _("Part of this file was refused, so none of it was imported: correct the file and import "
                     "it again."));
      return FALSE;
    }

  /* In a dry run of several files, each file's changes stay until the
   * run ends, so that the next is checked against them; the run rolls
   * everything back. */
  if (import->summary.already_imported ||
      (import->dry_run && !import->store->import_run_dry))
    end_transaction (import, FALSE, NULL, NULL);
  else if (!log_file (import, error))
    {
      end_transaction (import, FALSE, NULL, NULL);
      ok = FALSE;
    }
  else
    end_transaction (import, TRUE, error, &ok);

  if (ok && summary != NULL)
    *summary = import->summary;

  return ok;
}
