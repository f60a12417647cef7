/* riaya-store.c — the connection: open, pragmas, settings and shared helpers
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "riaya-store-exchange.h"
#include "riaya-store-private.h"

G_DEFINE_FINAL_TYPE (RiayaStore, riaya_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (riaya-store-error-quark, riaya_store_error)

/* How long a writer waits for another connection (a worker thread, the
 * CLI next to the GUI) to finish its transaction. */
#define BUSY_TIMEOUT_MS 10000

/* Every table, in a fixed order, each read in a fixed order. */
const RiayaStoreDigestTable _riaya_store_digest_tables[] = {
  { "settings", "SELECT key, value FROM settings ORDER BY key" },
  { "regions", "SELECT code, name_ar, name_fr FROM regions ORDER BY code" },
  { "provinces", "SELECT code, region_code, name_ar, name_fr, kind FROM provinces ORDER BY code" },
  { "institutions",
    "SELECT uuid, licence_number, licence_date, legal_basis, type, name_ar, name_fr,"
    " founder, director, province_code, commune, address, phone, created_at, updated_at,"
    " deleted_at FROM institutions ORDER BY uuid" },
  { "institution_services",
    "SELECT institution_uuid, service FROM institution_services ORDER BY institution_uuid, service" },
  { "institution_staff",
    "SELECT institution_uuid, role, count FROM institution_staff ORDER BY institution_uuid, role" },
  { "licence_events",
    "SELECT uuid, institution_uuid, kind, date, deadline, note, recorded_at"
    " FROM licence_events ORDER BY uuid" },
  { "capacity_lines",
    "SELECT uuid, institution_uuid, category, sex, places, effective_date, recorded_at"
    " FROM capacity_lines ORDER BY uuid" },
  { "residents",
    "SELECT uuid, first_name, last_name, sex, birth_date, birth_place, cnie, family_status, health_status,"
    " guardian_name, guardian_cnie, guardian_address, guardian_phone, guardian_occupation, guardian_situation,"
    " created_at, updated_at FROM residents ORDER BY uuid" },
  { "stays",
    "SELECT uuid, resident_uuid, institution_uuid, register_number, category, admitted_on, referral, exited_on,"
    " exit_reason, transfer_to_uuid, transfer_from_uuid, destination_licence, recorded_at FROM stays ORDER BY uuid" },
  { "register_sequences",
    "SELECT institution_uuid, last_number FROM register_sequences ORDER BY institution_uuid" },
  { "resident_counts",
    "SELECT institution_uuid, counted_on, source FROM resident_counts ORDER BY institution_uuid, counted_on" },
  { "resident_count_lines",
    "SELECT institution_uuid, counted_on, category, sex, age_band, present FROM resident_count_lines"
    " ORDER BY institution_uuid, counted_on, category, sex, age_band" },
  { "resident_movements",
    "SELECT institution_uuid, period_start, period_end, movement, reason, category, sex, count, source"
    " FROM resident_movements ORDER BY institution_uuid, period_start, period_end, movement, reason, category, sex" },
  { "grants",
    "SELECT uuid, institution_uuid, year, amount, kind, basis, decided_on, convention_ref, convention_date,"
    " justification_due, justification_received, justification_approved, justification_rejected,"
    " rejection_reason, paid, first_unpaid_due, first_owed_due, created_at, updated_at, deleted_at"
    " FROM grants ORDER BY uuid" },
  { "grant_tranches",
    "SELECT uuid, grant_uuid, due_on, amount, paid_on FROM grant_tranches ORDER BY uuid" },
  { "inspections",
    "SELECT uuid, institution_uuid, kind, planned_on, follows_uuid, committee, members_invited, members_present,"
    " done_on, findings, decision, decision_deadline, licence_event_uuid, revision, created_at, updated_at,"
    " deleted_at FROM inspections ORDER BY uuid" },
  { "inspection_checks",
    "SELECT inspection_uuid, area, result, note FROM inspection_checks ORDER BY inspection_uuid, area" },
  { "corrective_actions",
    "SELECT uuid, inspection_uuid, institution_uuid, description, due_on, done_on FROM corrective_actions"
    " ORDER BY uuid" },
  { "institution_last_visits",
    "SELECT institution_uuid, last_valid_on FROM institution_last_visits ORDER BY institution_uuid" },
  { "institution_now",
    "SELECT institution_uuid, stale, valid_from, status, places, staff, counted_on, present, under_six"
    " FROM institution_now ORDER BY institution_uuid" },
  { "exchange_imports",
    "SELECT id, digest, file_name, producer, sequence, imported_at, outcome, new_records, changed, unchanged,"
    " conflicts, ignored, missing_from, missing_to FROM exchange_imports ORDER BY id" },
  { "exchange_producers",
    "SELECT database_uuid, profile, licence_number, province_code, last_sequence, last_imported_at"
    " FROM exchange_producers ORDER BY database_uuid" },
  { "exchange_baselines",
    "SELECT record_kind, record_uuid, producer, digest, producer_uuid FROM exchange_baselines"
    " ORDER BY record_kind, record_uuid" },
  { "exchange_conflicts",
    "SELECT id, record_kind, record_uuid, producer, incoming, local_digest, incoming_digest, detected_at,"
    " resolved_at, kept FROM exchange_conflicts ORDER BY id" },
  { "journal",
    "SELECT id, at, os_user, profile, entity, record_uuid, action, summary FROM journal ORDER BY id" },
  { NULL, NULL }
};

static void
riaya_store_finalize (GObject *object)
{
  RiayaStore *self = (RiayaStore *) object;

  g_clear_object (&self->sibling);
  g_clear_object (&self->import_institution);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  self->db = NULL;

  g_clear_object (&self->regions);
  g_clear_object (&self->provinces);
  g_clear_pointer (&self->territories, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->os_user, g_free);

  G_OBJECT_CLASS (riaya_store_parent_class)->finalize (object);
}

static void
riaya_store_class_init (RiayaStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = riaya_store_finalize;
}

static void
riaya_store_init (RiayaStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) sqlite3_finalize);
  self->regions = g_list_store_new (RIAYA_TYPE_TERRITORY);
  self->provinces = g_list_store_new (RIAYA_TYPE_TERRITORY);
  self->territories = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->os_user = g_strdup (g_get_user_name ());
}

/* ---- helpers shared by the layer ---------------------------------------- */

void
_riaya_store_set_db_error (sqlite3  *db,
                           GError  **error)
{
  int rc = db ? sqlite3_extended_errcode (db) : SQLITE_NOMEM;
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_CORRUPT,
                   /* Translators: %s is SQLite's own description of the problem */
                   _("The database is damaged (%s): restore a backup."),
                   detail);
      break;

    case SQLITE_FULL:
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   _("The disk is full: free some space and try again. Nothing was changed."));
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   _("The database is busy with another task: wait until it ends and try again. Nothing was changed."));
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   /* Translators: %s is SQLite's own description of the problem */
                   _("The database cannot be written (%s): check that you may write to its folder. Nothing was changed."),
                   detail);
      break;

    default:
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   /* Translators: %s is SQLite's own description of the problem */
                   _("The database reported an error (%s): try again, and run a check if it happens again. Nothing was changed."),
                   detail);
      break;
    }
}

void
_riaya_store_set_error (RiayaStore  *self,
                        GError     **error)
{
  _riaya_store_set_db_error (self->db, error);
}

sqlite3_stmt *
_riaya_store_prepare (RiayaStore  *self,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      g_debug ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->db));
      _riaya_store_set_error (self, error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);

  return stmt;
}

void
_riaya_store_clear_statements (RiayaStore *self)
{
  g_hash_table_remove_all (self->statements);
  /* A restore or a migration may bring another identity. */
  self->database_uuid = NULL;
}

gboolean
_riaya_store_step_done (RiayaStore    *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;

  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
_riaya_store_run_with_two (RiayaStore  *self,
                           const char  *sql,
                           const char  *first,
                           const char  *second,
                           GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, second, -1, SQLITE_TRANSIENT);
  return _riaya_store_step_done (self, stmt, error);
}

gboolean
_riaya_store_exec (RiayaStore  *self,
                   const char  *sql,
                   GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_debug ("Cannot run “%s”: %s", sql, sqlite3_errmsg (self->db));
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* Runs one statement with no parameter, prepared once: a nested
 * transaction begins and ends for each count the demo loader puts, and
 * sqlite3_exec() would compile it every time. */
static gboolean
run_cached (RiayaStore  *self,
            const char  *sql,
            GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, sql, error);

  return stmt != NULL && _riaya_store_step_done (self, stmt, error);
}

gboolean
_riaya_store_begin (RiayaStore  *self,
                    GError     **error)
{
  /* After some errors (disk full, out of memory, I/O) SQLite undoes the
   * whole transaction on its own. A savepoint begun then would open a
   * transaction of its own, committed at its release: what follows would
   * be kept while what came before it in the transaction was not. */
  if (_riaya_store_transaction_undone (self))
    {
      g_set_error_literal (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                           _("The database undid the changes not yet saved after an error (the disk may be full): "
                             "none of them was kept. Free some space, then try again."));
      return FALSE;
    }

  /* Within a file's import, the file's savepoint is the only one: the
   * file goes in whole or not at all (riaya_store_import_commit() refuses
   * it after any failure), so a savepoint per record would only copy, in
   * each, every page the record touches (a tenth of a large import). */
  if (self->importing && self->transaction_depth >= self->import_depth)
    {
      self->transaction_depth++;
      return TRUE;
    }

  if (!run_cached (self, self->transaction_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested", error))
    return FALSE;

  /* Settings read before may have been changed by another connection. */
  if (self->transaction_depth == 0)
    _riaya_store_forget_settings (self);
  self->transaction_depth++;
  return TRUE;
}

gboolean
_riaya_store_transaction_undone (RiayaStore *self)
{
  return self->transaction_depth > 0 && sqlite3_get_autocommit (self->db);
}

gboolean
_riaya_store_commit (RiayaStore  *self,
                     GError     **error)
{
  g_assert (self->transaction_depth > 0);

  if (self->importing && self->transaction_depth > self->import_depth)
    {
      self->transaction_depth--;
      return TRUE;
    }

  /* Whatever the transaction wrote, the registry's state after it is
   * kept up to date with it (0006-registry-now.sql). */
  if (self->transaction_depth == 1 && !_riaya_store_refresh_registry_now (self, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  if (!run_cached (self, self->transaction_depth == 1 ? "COMMIT" : "RELEASE nested", error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  self->transaction_depth--;
  return TRUE;
}

void
_riaya_store_rollback (RiayaStore *self)
{
  g_assert (self->transaction_depth > 0);

  /* Nothing to undo here (see _riaya_store_begin): the whole file will
   * be, as it can no longer be committed. */
  if (self->importing && self->transaction_depth > self->import_depth)
    {
      self->import_failed = TRUE;
      self->transaction_depth--;
      return;
    }

  if (self->transaction_depth == 1)
    {
      /* SQLite may already have rolled back on its own (disk full…). */
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  else
    sqlite3_exec (self->db, "ROLLBACK TO nested; RELEASE nested", NULL, NULL, NULL);

  /* What was rolled back may have changed a setting. */
  _riaya_store_forget_settings (self);
  self->transaction_depth--;
}

gboolean
_riaya_store_begin_read (RiayaStore  *self,
                         gboolean    *own,
                         GError     **error)
{
  *own = sqlite3_get_autocommit (self->db);
  return !*own || _riaya_store_exec (self, "BEGIN", error);
}

void
_riaya_store_end_read (RiayaStore *self,
                       gboolean    own)
{
  if (own && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
}

void
_riaya_store_bind_text (sqlite3_stmt *stmt,
                        int           index,
                        const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

const char *
_riaya_store_column_text (sqlite3_stmt *stmt,
                          int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

char *
_riaya_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

int
_riaya_store_query_int (sqlite3    *db,
                        const char *sql,
                        int         fallback)
{
  sqlite3_stmt *stmt = NULL;
  int value = fallback;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

const char *
_riaya_store_get_os_user (RiayaStore *self)
{
  return self->os_user;
}

/* ---- file header --------------------------------------------------------- */

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

gboolean
_riaya_store_read_header (const char            *path,
                          RiayaStoreFileHeader  *header,
                          GError               **error)
{
  static const char magic[16] = "SQLite format 3";
  guint8 bytes[100];
  FILE *file;
  size_t n;

  memset (header, 0, sizeof *header);

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved = errno;

      if (saved == ENOENT)
        return TRUE;

      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OPEN,
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Cannot open the database “%s” (%s): check that the file exists and that you may read it."),
                   path, g_strerror (saved));
      return FALSE;
    }

  n = fread (bytes, 1, sizeof bytes, file);
  fclose (file);

  if (n == 0)
    return TRUE;

  header->exists = TRUE;
  header->is_sqlite = n == sizeof bytes && memcmp (bytes, magic, sizeof magic) == 0;
  if (header->is_sqlite)
    {
      header->page_count = read_be32 (bytes + 28);
      header->user_version = read_be32 (bytes + 60);
      header->application_id = read_be32 (bytes + 68);
    }

  return TRUE;
}

/* Refuses, before SQLite touches the file, what is not a Riaya database
 * or what a newer Riaya wrote (GnuCash does the same with its features
 * table: an older program must not damage newer data). */
gboolean
_riaya_store_check_header (const char                 *path,
                           const RiayaStoreFileHeader *header,
                           GError                    **error)
{
  if (!header->exists)
    return TRUE;

  /* Version 0 with tables in it (more than the first page) is another
   * program's database: Riaya sets its version when it creates tables. */
  if (!header->is_sqlite ||
      (header->application_id != 0 && header->application_id != RIAYA_STORE_APPLICATION_ID) ||
      (header->user_version == 0 && header->page_count > 1))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_RIAYA,
                   /* Translators: %s is a file name */
                   _("“%s” is not a Riaya database: choose the riaya.db file or a backup made by Riaya."),
                   path);
      return FALSE;
    }

  if (header->user_version > RIAYA_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NEWER,
                   /* Translators: the first %u is the version of the database, the second the newest this program knows */
                   _("This database was written by a newer version of Riaya (schema %u; this version knows up to %u). "
                     "It was left untouched: install a newer Riaya to open it."),
                   (guint) header->user_version, (guint) RIAYA_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

void
_riaya_store_restrict_mode (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_chmod (file, 0600) != 0 && errno != ENOENT)
        g_debug ("Cannot restrict the mode of %s: %s", file, g_strerror (errno));
    }
}

/* ---- open ---------------------------------------------------------------- */

char *
riaya_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "riaya", "riaya.db", NULL);
}

char *
riaya_store_default_backup_dir (const char *db_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  dir = g_path_get_dirname (db_path);
  return g_build_filename (dir, "backups", NULL);
}

static gboolean
apply_pragmas (RiayaStore  *self,
               GError     **error)
{
  /* WAL lets a reader (the GUI) and a writer (a worker, the CLI) work at
   * once; synchronous=FULL makes a committed change survive a power cut,
   * which matters more here than a few milliseconds per save. The national
   * tables read whole tables in index order: through a memory map SQLite
   * reads the pages where they lie instead of copying each into its cache. */
  if (sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS) != SQLITE_OK ||
      !_riaya_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !_riaya_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !_riaya_store_exec (self, "PRAGMA synchronous = FULL", error) ||
      !_riaya_store_exec (self, "PRAGMA mmap_size = " RIAYA_STORE_MMAP_SIZE, error))
    return FALSE;

  if (_riaya_store_query_int (self->db, "PRAGMA foreign_keys", 0) != 1)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OPEN,
                   _("This SQLite library cannot enforce foreign keys: install SQLite from your distribution."));
      return FALSE;
    }

  return TRUE;
}

RiayaStore *
riaya_store_open (const char  *path,
                  GError     **error)
{
  g_autoptr(RiayaStore) self = NULL;
  g_autofree char *dir = NULL;
  RiayaStoreFileHeader header;
  mode_t old_umask;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_riaya_store_read_header (path, &header, error) ||
      !_riaya_store_check_header (path, &header, error))
    return NULL;

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OPEN,
                   /* Translators: the first %s is a folder, the second the system's reason */
                   _("Cannot create the folder “%s” (%s): check that you may write there."),
                   dir, g_strerror (saved));
      return NULL;
    }

  self = g_object_new (RIAYA_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  /* The database and its -wal and -shm files are the owner's only: they
   * hold the records of vulnerable people (Law 09-08 art. 24). */
  old_umask = umask (0077);
  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (self->db, 1);
      if (!apply_pragmas (self, error))
        {
          umask (old_umask);
          return NULL;
        }
    }
  umask (old_umask);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OPEN,
                   /* Translators: the first %s is a file name, the second SQLite's reason */
                   _("Cannot open the database “%s” (%s): check that the folder exists and that you may write to it."),
                   path, self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  _riaya_store_restrict_mode (path);

  if (!_riaya_store_migrate (self, error))
    return NULL;

  if (!_riaya_store_load_territories (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

RiayaStore *
riaya_store_get_sibling (RiayaStore *self)
{
  g_autoptr(RiayaStore) sibling = NULL;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);

  if (self->sibling != NULL)
    return self->sibling;

  /* The same database, never a new one made where it was. */
  if (self->path == NULL || !g_file_test (self->path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  sibling = riaya_store_open (self->path, NULL);
  if (sibling == NULL ||
      g_strcmp0 (riaya_store_get_database_uuid (sibling), riaya_store_get_database_uuid (self)) != 0)
    return NULL;

  self->sibling = g_steal_pointer (&sibling);
  return self->sibling;
}

const char *
riaya_store_get_path (RiayaStore *self)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);

  return self->path;
}

int
riaya_store_get_schema_version (RiayaStore *self)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), 0);

  return self->schema_version;
}

void
riaya_store_set_actor (RiayaStore *self,
                       const char *os_user)
{
  g_return_if_fail (RIAYA_IS_STORE (self));

  g_free (self->os_user);
  self->os_user = g_strdup (os_user != NULL && *os_user != '\0' ? os_user : g_get_user_name ());
}

/* ---- digest -------------------------------------------------------------- */

static void
digest_value (GChecksum    *checksum,
              sqlite3_stmt *stmt,
              int           column)
{
  guint8 type = (guint8) sqlite3_column_type (stmt, column);
  const void *bytes;
  guint64 length;

  /* Type and length first, so that NULL, "" and 0 differ, and so do
   * ("ab", "c") and ("a", "bc"). */
  g_checksum_update (checksum, &type, 1);
  if (type == SQLITE_NULL)
    return;

  bytes = sqlite3_column_blob (stmt, column);
  length = GUINT64_TO_LE ((guint64) sqlite3_column_bytes (stmt, column));
  g_checksum_update (checksum, (const guchar *) &length, sizeof length);
  if (bytes != NULL)
    g_checksum_update (checksum, bytes, sqlite3_column_bytes (stmt, column));
}

char *
riaya_store_dup_content_digest (RiayaStore *self)
{
  g_autoptr(GChecksum) checksum = NULL;
  guint32 version;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  version = GUINT32_TO_LE ((guint32) _riaya_store_query_int (self->db, "PRAGMA user_version", -1));
  g_checksum_update (checksum, (const guchar *) &version, sizeof version);

  for (const RiayaStoreDigestTable *t = _riaya_store_digest_tables; t->table != NULL; t++)
    {
      sqlite3_stmt *stmt = _riaya_store_prepare (self, t->sql, NULL);

      g_checksum_update (checksum, (const guchar *) t->table, strlen (t->table) + 1);
      if (stmt == NULL)
        continue;

      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          int n = sqlite3_column_count (stmt);

          for (int i = 0; i < n; i++)
            digest_value (checksum, stmt, i);
        }
      sqlite3_reset (stmt);
    }

  return g_strdup (g_checksum_get_string (checksum));
}
