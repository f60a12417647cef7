/* test-store-backup.c — backup, restore, automatic backups and the check
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "store-test-util.h"

static RiayaInstitution *
add_institution (StoreFixture *fixture,
                 const char   *licence_number,
                 const char   *name_fr)
{
  g_autoptr(GError) error = NULL;
  RiayaInstitution *institution = make_institution (licence_number, name_fr);

  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_no_error (error);

  return institution;
}

/* The files in @dir whose names start with @prefix. */
static guint
count_files (const char *dir,
             const char *prefix)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;

  return n;
}

static char *
find_file (const char *dir,
           const char *prefix)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return g_build_filename (dir, name, NULL);

  return NULL;
}

static void
test_backup_restore (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(RiayaInstitution) kept = add_institution (fixture, "B/1", "Dar Talib Gardée");
  g_autoptr(RiayaInstitution) later = NULL;
  g_autoptr(RiayaInstitution) after_restore = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *backup_wal = g_strconcat (backup, "-wal", NULL);
  g_autofree char *at_backup = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *aside = NULL;
  RiayaJournalEntry *entry;

  g_assert_true (riaya_store_backup (fixture->store, backup, &error));
  g_assert_no_error (error);
  at_backup = riaya_store_dup_content_digest (fixture->store);

  /* A self-contained, owner-only file that is a sound Riaya database. */
  g_assert_cmpuint (file_mode (backup), ==, 0600);
  g_assert_false (g_file_test (backup_wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (raw_query_int (backup, "PRAGMA user_version"), ==, RIAYA_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_query_int (backup, "SELECT count(*) FROM institutions"), ==, 1);

  later = add_institution (fixture, "B/2", "Dar Talib Ajoutée");
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 2);

  g_assert_true (riaya_store_restore (fixture->store, backup, &error));
  g_assert_no_error (error);

  /* The contents are those of the backup, plus the journal row of the
   * restore itself. */
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 1);
  g_assert_null (riaya_store_get_institution (fixture->store, "B/2", NULL));
  journal = riaya_store_list_journal (fixture->store, NULL, 0);
  entry = g_ptr_array_index (journal, 0);
  g_assert_cmpstr (entry->entity, ==, "database");
  g_assert_cmpstr (entry->action, ==, "restore");
  g_assert_nonnull (strstr (entry->summary, "copy.db"));
  g_assert_cmpuint (journal->len, ==, 3);  /* create, institution B/1, restore */

  /* What was replaced is kept beside the database, owner-only. */
  aside = find_file (fixture->dir, "riaya.db.before-restore-");
  g_assert_nonnull (aside);
  g_assert_cmpuint (file_mode (aside), ==, 0600);
  g_assert_cmpint (raw_query_int (aside, "SELECT count(*) FROM institutions"), ==, 2);

  /* The store works on, and the restored data is on disk. */
  after_restore = add_institution (fixture, "B/3", "Dar Talib Après");
  g_clear_object (&fixture->store);
  fixture->store = riaya_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 2);
  /* Still in WAL mode, still owner-only. */
  {
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (file_mode (wal), ==, 0600);
  }
  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
  {
    g_autoptr(GPtrArray) problems = NULL;
    g_assert_true (riaya_store_check (fixture->store, &problems, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (problems->len, ==, 0);
  }
}

static void
test_restore_refused (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = add_institution (fixture, "R/1", "Dar Talib Refus");
  g_autoptr(GError) error = NULL;
  g_autofree char *newer = g_build_filename (fixture->dir, "newer.db", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "notes.db", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;

  /* A backup from a newer Riaya. */
  g_assert_true (riaya_store_backup (fixture->store, newer, &error));
  raw_exec (newer, "PRAGMA user_version = 99");
  g_assert_false (riaya_store_restore (fixture->store, newer, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NEWER);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (text, "These are notes, not a database. They are long enough for"
                                            " a header to be read from them, a hundred bytes or more.", -1, NULL));
  g_assert_false (riaya_store_restore (fixture->store, text, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_RIAYA);
  g_clear_error (&error);

  g_assert_false (riaya_store_restore (fixture->store, missing, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OPEN);
  g_clear_error (&error);

  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_files (fixture->dir, "riaya.db.before-restore-"), ==, 0);
}

static void
test_auto_backup (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *notes = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *today_name = NULL;
  g_autofree char *today_path = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gboolean made = FALSE;

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (notes, "not a backup", -1, NULL));

  /* Nine earlier days of backups. */
  for (int days = 1; days <= 9; days++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -days);
      g_autofree char *name = g_date_time_format (day, "riaya-%Y-%m-%d.db");
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (g_file_set_contents (path, "old", -1, NULL));
    }

  g_assert_true (riaya_store_auto_backup (fixture->store, dir, &made, &error));
  g_assert_no_error (error);
  g_assert_true (made);

  /* Today's copy and the six newest before it are kept; other files
   * are left alone. */
  g_assert_cmpuint (count_files (dir, "riaya-"), ==, 7);
  g_assert_true (g_file_test (notes, G_FILE_TEST_EXISTS));
  for (int days = 0; days <= 9; days++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -days);
      g_autofree char *name = g_date_time_format (day, "riaya-%Y-%m-%d.db");
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_file_test (path, G_FILE_TEST_EXISTS), ==, days <= 6);
    }

  today_name = g_date_time_format (now, "riaya-%Y-%m-%d.db");
  today_path = g_build_filename (dir, today_name, NULL);
  g_assert_cmpuint (file_mode (today_path), ==, 0600);
  g_assert_cmpuint (file_mode (dir), ==, 0700);
  g_assert_cmpint (raw_query_int (today_path, "SELECT count(*) FROM provinces"), ==, 75);

  /* Once a day is enough. */
  g_assert_true (riaya_store_auto_backup (fixture->store, dir, &made, &error));
  g_assert_false (made);
  g_assert_cmpuint (count_files (dir, "riaya-"), ==, 7);
}

static void
test_auto_backup_default_dir (StoreFixture  *fixture,
                              gconstpointer  data)
{
  g_autofree char *dir = riaya_store_default_backup_dir (fixture->path);
  g_autofree char *expected = g_build_filename (fixture->dir, "backups", NULL);
  g_autoptr(GError) error = NULL;
  gboolean made = FALSE;

  g_assert_cmpstr (dir, ==, expected);
  g_assert_true (riaya_store_auto_backup (fixture->store, NULL, &made, &error));
  g_assert_no_error (error);
  g_assert_true (made);
  g_assert_cmpuint (count_files (dir, "riaya-"), ==, 1);
}

static void
test_check (StoreFixture  *fixture,
            gconstpointer  data)
{
  g_autoptr(RiayaInstitution) a = add_institution (fixture, "K/1", "Dar Talib Un");
  g_autoptr(RiayaInstitution) b = add_institution (fixture, "K/2", "Dar Talib Deux");
  g_autoptr(RiayaInstitution) c = add_institution (fixture, "K/3", "Dar Talib Trois");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *sql = NULL;

  g_assert_true (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_object (&fixture->store);

  /* Damage the file behind the store's back, as an old version, a hand
   * edit or a bad disk could. */
  sql = g_strdup_printf (
    /* K/1: places for the elderly in a student house (art. 3). */
    "INSERT INTO capacity_lines VALUES ('bad-line', '%s', 'elderly', 'any', 10, '2021-01-01', '2021-01-01T00:00:00Z');"
    /* K/2: its grant is gone. */
    "DELETE FROM licence_events WHERE institution_uuid = '%s';"
    /* K/3: a type nobody knows. */
    "UPDATE institutions SET type = 'castle' WHERE uuid = '%s';"
    /* An event of an institution that does not exist. */
    "INSERT INTO licence_events VALUES ('orphan', 'no-such-institution', 'granted', '2020-01-01', NULL, NULL, '2020-01-01T00:00:00Z');",
    riaya_institution_get_uuid (a), riaya_institution_get_uuid (b), riaya_institution_get_uuid (c));
  raw_exec (fixture->path, sql);

  fixture->store = riaya_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < problems->len; i++)
    {
      g_test_message ("problem: %s", (char *) g_ptr_array_index (problems, i));
      g_string_append_printf (all, "%s\n", (char *) g_ptr_array_index (problems, i));
    }
  g_assert_cmpuint (problems->len, >=, 4);
  g_assert_nonnull (strstr (all->str, "licence_events"));      /* foreign key */
  g_assert_nonnull (strstr (all->str, "K/1"));                 /* specialisation */
  g_assert_nonnull (strstr (all->str, "K/2"));                 /* no grant */
  g_assert_nonnull (strstr (all->str, "castle"));              /* unknown code */
}

/* Fills the page where @object (a table or an index) starts with
 * garbage, as a failing disk would. The store must be closed. */
static void
damage_page_of (const char *path,
                const char *object)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rootpage FROM sqlite_schema WHERE name = '%s'", object);
  g_autofree char *contents = NULL;
  int page = raw_query_int (path, sql);
  int page_size = raw_query_int (path, "PRAGMA page_size");
  gsize length;

  g_assert_cmpint (page, >, 1);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, (gsize) page * page_size);
  memset (contents + (gsize) (page - 1) * page_size, 0x5a, page_size);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
add_many (StoreFixture *fixture,
          guint         n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *number = g_strdup_printf ("D/%u", i);
      g_autoptr(RiayaInstitution) institution = add_institution (fixture, number, "Dar Talib Abîmée");
    }
  g_clear_object (&fixture->store);
}

static void
test_check_damaged_index (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  add_many (fixture, 30);
  damage_page_of (fixture->path, "institutions_by_province");

  /* The data opens, but the check sees the damage and says what to do. */
  fixture->store = riaya_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, >, 0);
  g_test_message ("problem: %s", (char *) g_ptr_array_index (problems, 0));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "backup"));
}

static void
test_open_damaged_table (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autofree char *backup = g_build_filename (fixture->dir, "good.db", NULL);
  g_autofree char *damaged = NULL;
  RiayaJournalEntry *entry;

  g_assert_true (riaya_store_backup (fixture->store, backup, &error));
  add_many (fixture, 3);
  damage_page_of (fixture->path, "provinces");

  store = riaya_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "backup"));
  g_clear_error (&error);

  /* A file that cannot be opened can still be replaced by a backup; the
   * damaged one is kept aside. */
  g_assert_true (riaya_store_restore_file (fixture->path, backup, &error));
  g_assert_no_error (error);
  damaged = find_file (fixture->dir, "riaya.db.damaged-");
  g_assert_nonnull (damaged);

  store = riaya_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_store_count_institutions (store), ==, 0);
  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
  journal = riaya_store_list_journal (store, NULL, 1);
  entry = g_ptr_array_index (journal, 0);
  g_assert_cmpstr (entry->action, ==, "restore");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  ADD ("/store/backup/round-trip", test_backup_restore);
  ADD ("/store/backup/restore-refused", test_restore_refused);
  ADD ("/store/backup/auto-rotation", test_auto_backup);
  ADD ("/store/backup/auto-default-folder", test_auto_backup_default_dir);
  ADD ("/store/check/inconsistent", test_check);
  ADD ("/store/check/damaged-index", test_check_damaged_index);
  ADD ("/store/check/damaged-table-refused", test_open_damaged_table);

  return g_test_run ();
}
