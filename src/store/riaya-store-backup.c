/* riaya-store-backup.c — backups, restore and the automatic daily copy
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copies go through the SQLite backup API, which gives a consistent image
 * even while the database is in use. A copy is written beside its
 * destination and renamed into place, so a crash never leaves half a
 * backup under the real name; it is owner-only (mode 0600) like the
 * database itself.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "riaya-store-private.h"

/* Automatic backups kept in the folder (issue 2: the last 7 days). */
#define AUTO_BACKUPS_KEPT 7

static gboolean
copy_pages (sqlite3  *dest,
            sqlite3  *source,
            GError  **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int rc;

  if (backup == NULL)
    {
      _riaya_store_set_db_error (dest, error);
      return FALSE;
    }

  /* Another connection may be writing: wait for it rather than fail. */
  while ((rc = sqlite3_backup_step (backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED)
    sqlite3_sleep (50);

  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_db_error (dest, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
_riaya_store_copy_database (sqlite3     *db,
                            const char  *dest,
                            GError     **error)
{
  g_autofree char *partial = g_strconcat (dest, ".partial", NULL);
  sqlite3 *copy = NULL;
  mode_t old_umask;
  gboolean ok;
  int rc;

  g_unlink (partial);

  old_umask = umask (0077);
  rc = sqlite3_open_v2 (partial, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  umask (old_umask);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   /* Translators: the first %s is a file name, the second SQLite's reason */
                   _("Cannot write the copy “%s” (%s): check that the folder exists and that you may write to it."),
                   dest, copy ? sqlite3_errmsg (copy) : sqlite3_errstr (rc));
      sqlite3_close (copy);
      g_unlink (partial);
      return FALSE;
    }

  /* A backup is one self-contained file: no -wal beside it. */
  ok = copy_pages (copy, db, error) &&
       sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK;
  if (!ok && error != NULL && *error == NULL)
    _riaya_store_set_db_error (copy, error);
  sqlite3_close (copy);

  if (ok && g_chmod (partial, 0600) == 0 && g_rename (partial, dest) == 0)
    return TRUE;

  if (ok)
    {
      int saved = errno;

      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Cannot write the copy “%s” (%s): check that you may write to its folder."),
                   dest, g_strerror (saved));
    }
  g_unlink (partial);
  return FALSE;
}

gboolean
riaya_store_backup (RiayaStore  *self,
                    const char  *dest,
                    GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_strcmp0 (dest, self->path) == 0)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   _("A backup cannot replace the database itself: choose another file name."));
      return FALSE;
    }

  return _riaya_store_copy_database (self->db, dest, error);
}

/* ---- restore ------------------------------------------------------------- */

static gboolean
integrity_ok (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  return ok;
}

/* Opens @path read-only after checking, from its header, that it is a
 * Riaya database this program can read, and that it is sound. */
static sqlite3 *
open_backup (const char  *path,
             GError     **error)
{
  RiayaStoreFileHeader header;
  sqlite3 *db = NULL;

  if (!_riaya_store_read_header (path, &header, error))
    return NULL;

  if (!header.exists)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OPEN,
                   /* Translators: %s is a file name */
                   _("There is no backup at “%s”: choose an existing backup file."),
                   path);
      return NULL;
    }

  if (!_riaya_store_check_header (path, &header, error))
    return NULL;

  if (header.user_version == 0 || header.application_id != RIAYA_STORE_APPLICATION_ID)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_RIAYA,
                   /* Translators: %s is a file name */
                   _("“%s” is not a Riaya database: choose the riaya.db file or a backup made by Riaya."),
                   path);
      return NULL;
    }

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OPEN,
                   /* Translators: the first %s is a file name, the second SQLite's reason */
                   _("Cannot open the backup “%s” (%s): check that you may read it."),
                   path, db ? sqlite3_errmsg (db) : "");
      sqlite3_close (db);
      return NULL;
    }

  if (!integrity_ok (db))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_CORRUPT,
                   /* Translators: %s is a file name */
                   _("The backup “%s” is damaged: choose another backup. The database was not changed."),
                   path);
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

static char *
before_restore_path (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *candidate = g_strdup_printf ("%s.before-restore-%s", path, stamp);

  /* Two restores within one second keep both copies. */
  for (guint n = 2; g_file_test (candidate, G_FILE_TEST_EXISTS); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s.before-restore-%s-%u", path, stamp, n);
    }

  return candidate;
}

gboolean
riaya_store_restore (RiayaStore  *self,
                     const char  *backup_path,
                     GError     **error)
{
  g_autofree char *aside = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *name = NULL;
  g_autofree char *aside_name = NULL;
  sqlite3 *source;
  gboolean ok;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (self->transaction_depth == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  source = open_backup (backup_path, error);
  if (source == NULL)
    return FALSE;

  /* What is replaced stays on disk beside the database. */
  aside = before_restore_path (self->path);
  if (!_riaya_store_copy_database (self->db, aside, error))
    {
      sqlite3_close (source);
      return FALSE;
    }

  _riaya_store_clear_statements (self);
  ok = copy_pages (self->db, source, error);
  sqlite3_close (source);
  if (!ok)
    return FALSE;

  /* The copy carries the backup's journal mode; this connection's
   * settings stay as they were. */
  if (!_riaya_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;
  _riaya_store_restrict_mode (self->path);

  /* A backup from an older Riaya is brought up to date like any file. */
  if (!_riaya_store_migrate (self, error) ||
      !_riaya_store_load_territories (self, error))
    return FALSE;

  name = g_path_get_basename (backup_path);
  aside_name = g_path_get_basename (aside);
  summary = g_strdup_printf ("Restored from the backup %s; the previous contents were kept in %s",
                             name, aside_name);

  if (!_riaya_store_begin (self, error))
    return FALSE;
  if (!_riaya_store_journal (self, "database", NULL, "restore", summary, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  return _riaya_store_commit (self, error);
}

static char *
damaged_path (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *candidate = g_strdup_printf ("%s.damaged-%s", path, stamp);

  for (guint n = 2; g_file_test (candidate, G_FILE_TEST_EXISTS); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
    }

  return candidate;
}

gboolean
riaya_store_restore_file (const char  *db_path,
                          const char  *backup_path,
                          GError     **error)
{
  static const char * const companions[] = { "", "-wal", "-shm" };
  g_autoptr(RiayaStore) store = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *name = NULL;
  g_autofree char *aside_name = NULL;
  sqlite3 *source;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  source = open_backup (backup_path, error);
  if (source == NULL)
    return FALSE;

  /* The copy is made first, beside the database: if it fails, the old
   * file is still where it was. */
  partial = g_strconcat (db_path, ".restoring", NULL);
  ok = _riaya_store_copy_database (source, partial, error);
  sqlite3_close (source);
  if (!ok)
    return FALSE;

  /* The damaged file and its companions are moved aside, never deleted. */
  aside = damaged_path (db_path);
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *from = g_strconcat (db_path, companions[i], NULL);
      g_autofree char *to = g_strconcat (aside, companions[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        {
          int saved = errno;

          g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                       /* Translators: the first %s is a file name, the second the system's reason */
                       _("Cannot move the database “%s” aside (%s): check that you may write to its folder."),
                       from, g_strerror (saved));
          g_unlink (partial);
          return FALSE;
        }
    }

  if (g_rename (partial, db_path) != 0)
    {
      int saved = errno;

      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Cannot put the backup in place of “%s” (%s): check that you may write to its folder."),
                   db_path, g_strerror (saved));
      return FALSE;
    }

  /* Opening migrates an older backup; the restore is then journaled. */
  store = riaya_store_open (db_path, error);
  if (store == NULL)
    return FALSE;

  name = g_path_get_basename (backup_path);
  aside_name = g_path_get_basename (aside);
  summary = g_strdup_printf ("Restored from the backup %s; the damaged file was kept as %s",
                             name, aside_name);

  if (!_riaya_store_begin (store, error))
    return FALSE;
  if (!_riaya_store_journal (store, "database", NULL, "restore", summary, error))
    {
      _riaya_store_rollback (store);
      return FALSE;
    }

  return _riaya_store_commit (store, error);
}

/* ---- automatic backups --------------------------------------------------- */

/* Whether @name is riaya-YYYY-MM-DD.db; *@date gets YYYY-MM-DD. */
static gboolean
parse_auto_name (const char  *name,
                 char       **date)
{
  g_autofree char *day = NULL;

  if (strlen (name) != strlen ("riaya-YYYY-MM-DD.db") ||
      !g_str_has_prefix (name, "riaya-") || !g_str_has_suffix (name, ".db"))
    return FALSE;

  day = g_strndup (name + strlen ("riaya-"), 10);
  if (!riaya_date_parse (day, NULL, NULL))
    return FALSE;

  *date = g_steal_pointer (&day);
  return TRUE;
}

static int
compare_names_newest_first (gconstpointer a,
                            gconstpointer b)
{
  return -g_strcmp0 (*(const char **) a, *(const char **) b);
}

gboolean
riaya_store_auto_backup (RiayaStore  *self,
                         const char  *dir,
                         gboolean    *made,
                         GError     **error)
{
  g_autofree char *default_dir = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GDir) folder = NULL;
  const char *entry;
  gboolean have_today = FALSE;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (made != NULL)
    *made = FALSE;

  if (dir == NULL)
    dir = default_dir = riaya_store_default_backup_dir (self->path);

  if (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED,
                   /* Translators: the first %s is a folder, the second the system's reason */
                   _("Cannot use the backup folder “%s” (%s): check that you may write there."),
                   dir, g_strerror (saved));
      return FALSE;
    }

  folder = g_dir_open (dir, 0, error);
  if (folder == NULL)
    return FALSE;

  today = riaya_date_today_iso ();
  names = g_ptr_array_new_with_free_func (g_free);

  while ((entry = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *date = NULL;

      if (!parse_auto_name (entry, &date))
        continue;
      /* A copy from today (or, with a wrong clock, later) is recent enough. */
      if (g_strcmp0 (date, today) >= 0)
        have_today = TRUE;
      g_ptr_array_add (names, g_strdup (entry));
    }

  if (!have_today)
    {
      g_autofree char *name = g_strdup_printf ("riaya-%s.db", today);
      g_autofree char *dest = g_build_filename (dir, name, NULL);

      if (!_riaya_store_copy_database (self->db, dest, error))
        return FALSE;
      g_ptr_array_add (names, g_steal_pointer (&name));
      if (made != NULL)
        *made = TRUE;
    }

  /* Keep the newest; dated names sort by date. */
  g_ptr_array_sort (names, compare_names_newest_first);
  for (guint i = AUTO_BACKUPS_KEPT; i < names->len; i++)
    {
      g_autofree char *old = g_build_filename (dir, g_ptr_array_index (names, i), NULL);

      if (g_unlink (old) != 0)
        g_debug ("Cannot remove the old backup %s: %s", old, g_strerror (errno));
    }

  return TRUE;
}
