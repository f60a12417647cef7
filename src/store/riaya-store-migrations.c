/* riaya-store-migrations.c — numbered schema migrations
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Migration N is the resource sql/NNNN-*.sql; it ends with
 * “PRAGMA user_version = N”. Opening a database at version V < N copies
 * the file aside to <path>.before-migration-V, then applies V+1 … N in one
 * transaction: a failure anywhere leaves the database as it was.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-private.h"

/* In order; entry N-1 is migration N. Adding a migration: add the file to
 * sql/ and to riaya-store.gresource.xml, add it here, and raise
 * RIAYA_STORE_SCHEMA_VERSION. */
static const char * const migrations[] = {
  "sql/0001-initial.sql",
  "sql/0002-residents.sql",
  "sql/0003-grants.sql",
  "sql/0004-inspections.sql",
  "sql/0005-exchange.sql",
  "sql/0006-registry-now.sql",
  "sql/0007-count-summary-by-writer.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RIAYA_STORE_SCHEMA_VERSION);

guint
_riaya_store_n_migrations (void)
{
  return G_N_ELEMENTS (migrations);
}

GBytes *
_riaya_store_dup_migration_sql (guint version)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (version >= 1 && version <= G_N_ELEMENTS (migrations), NULL);

  path = g_strconcat (RIAYA_STORE_RESOURCE_PATH, migrations[version - 1], NULL);
  return g_resource_lookup_data (riaya_store_get_resource (), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

static gboolean
has_tables (sqlite3 *db)
{
  return _riaya_store_query_int (db, "SELECT count(*) FROM sqlite_schema", 0) > 0;
}

static gboolean
apply_migration (RiayaStore  *self,
                 guint        version,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = _riaya_store_dup_migration_sql (version);
  g_autofree char *sql = NULL;

  if (bytes == NULL)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   /* Translators: %u is a schema version number */
                   _("Database migration %u is missing from this build of Riaya: reinstall Riaya."),
                   version);
      return FALSE;
    }

  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (!_riaya_store_exec (self, sql, error))
    return FALSE;

  /* The file must say which version it makes. */
  if (_riaya_store_query_int (self->db, "PRAGMA user_version", -1) != (int) version)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   /* Translators: %u is a schema version number */
                   _("Database migration %u did not complete: reinstall Riaya. The database was left as it was."),
                   version);
      return FALSE;
    }

  return TRUE;
}

gboolean
_riaya_store_migrate (RiayaStore  *self,
                      GError     **error)
{
  g_autofree char *summary = NULL;
  int from = _riaya_store_query_int (self->db, "PRAGMA user_version", -1);
  int app_id = _riaya_store_query_int (self->db, "PRAGMA application_id", -1);

  if (from < 0 || app_id < 0)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  /* Checked again now that SQLite reads the file: a WAL file that was not
   * yet checkpointed may hold a newer header than the main file. */
  if (from > RIAYA_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NEWER,
                   /* Translators: the first %d is the version of the database, the second the newest this program knows */
                   _("This database was written by a newer version of Riaya (schema %d; this version knows up to %d). "
                     "It was left untouched: install a newer Riaya to open it."),
                   from, RIAYA_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  if ((from == 0 && has_tables (self->db)) ||
      (app_id != 0 && (guint32) app_id != RIAYA_STORE_APPLICATION_ID))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_RIAYA,
                   /* Translators: %s is a file name */
                   _("“%s” is not a Riaya database: choose the riaya.db file or a backup made by Riaya."),
                   self->path);
      return FALSE;
    }

  self->schema_version = from;
  if (from == RIAYA_STORE_SCHEMA_VERSION)
    return TRUE;

  /* A copy of the data as it was, in case a migration turns out wrong. A
   * brand-new file holds nothing to save. */
  if (from > 0)
    {
      g_autofree char *suffix = g_strdup_printf (".before-migration-%d", from);
      g_autofree char *copy = g_strconcat (self->path, suffix, NULL);

      if (!_riaya_store_copy_database (self->db, copy, error))
        return FALSE;
    }

  if (!_riaya_store_begin (self, error))
    return FALSE;

  for (int version = from + 1; version <= RIAYA_STORE_SCHEMA_VERSION; version++)
    {
      if (!apply_migration (self, (guint) version, error))
        {
          _riaya_store_rollback (self);
          return FALSE;
        }
    }

  /* The reference territories come with the first schema; a database
   * whose table is empty (made by hand, or by a tool that ran only the
   * SQL) gets them too, since no institution can be recorded without. */
  if ((from == 0 || _riaya_store_query_int (self->db, "SELECT count(*) FROM provinces", 0) == 0) &&
      !_riaya_store_import_territories (self, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  /* Statements prepared against the old schema are stale; and the commit
   * computes each institution's state in the new summary
   * (institution_now, schema 6) within the migration's transaction. */
  _riaya_store_clear_statements (self);
  self->schema_version = RIAYA_STORE_SCHEMA_VERSION;

  summary = g_strdup_printf ("Database schema %d upgraded to %d", from, RIAYA_STORE_SCHEMA_VERSION);
  if (!_riaya_store_journal (self, "database", NULL, from == 0 ? "create" : "migrate", summary, error) ||
      !_riaya_store_commit (self, error))
    {
      if (self->transaction_depth > 0)
        _riaya_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}
