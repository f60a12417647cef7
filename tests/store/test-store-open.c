/* test-store-open.c — opening, migrations, territories, settings
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "riaya-store-private.h"
#include "store-test-util.h"

static void
test_open_new (StoreFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(GListModel) regions = riaya_store_list_regions (fixture->store);
  g_autoptr(GListModel) provinces = riaya_store_list_provinces (fixture->store, NULL);
  g_autoptr(GListModel) tanger = riaya_store_list_provinces (fixture->store, "01");
  g_autoptr(GPtrArray) journal = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  RiayaTerritory *territory;
  RiayaJournalEntry *entry;

  /* Owner-only, the database and its WAL companions. */
  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_cmpuint (file_mode (shm), ==, 0600);

  g_assert_cmpint (riaya_store_get_schema_version (fixture->store), ==, RIAYA_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==, RIAYA_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (riaya_store_get_path (fixture->store), ==, fixture->path);

  /* The reference: 12 regions, 75 prefectures and provinces. */
  g_assert_cmpuint (g_list_model_get_n_items (regions), ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (provinces), ==, 75);
  g_assert_cmpuint (g_list_model_get_n_items (tanger), ==, 8);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM provinces"), ==, 75);

  territory = riaya_store_lookup_territory (fixture->store, "01.511");
  g_assert_nonnull (territory);
  g_assert_cmpint (riaya_territory_get_kind (territory), ==, RIAYA_TERRITORY_PREFECTURE);
  g_assert_cmpstr (riaya_territory_get_name_fr (territory), ==, "Tanger-Assilah");
  g_assert_cmpstr (riaya_territory_get_name_ar (territory), ==, "طنجة-أصيلة");
  g_assert_cmpstr (riaya_territory_get_region_code (territory), ==, "01");

  territory = riaya_store_lookup_territory (fixture->store, "12");
  g_assert_nonnull (territory);
  g_assert_cmpint (riaya_territory_get_kind (territory), ==, RIAYA_TERRITORY_REGION);
  g_assert_null (riaya_store_lookup_territory (fixture->store, "99.999"));

  /* The creation itself is journaled. */
  journal = riaya_store_list_journal (fixture->store, NULL, 0);
  g_assert_cmpuint (journal->len, ==, 1);
  entry = g_ptr_array_index (journal, 0);
  g_assert_cmpstr (entry->entity, ==, "database");
  g_assert_cmpstr (entry->action, ==, "create");
  g_assert_cmpstr (entry->os_user, ==, g_get_user_name ());

  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 0);
}

static void
test_reopen (StoreFixture  *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  g_autoptr(GListModel) provinces = NULL;

  g_clear_object (&fixture->store);
  fixture->store = riaya_store_open (fixture->path, &error);
  g_assert_no_error (error);

  /* Opening a current database changes nothing, and loads no second
   * copy of the territories. */
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);
  provinces = riaya_store_list_provinces (fixture->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (provinces), ==, 75);
}

/* Gives the file a version from the future, as a newer Riaya would. */
static void
make_newer (const char *path,
            gboolean    wal)
{
  raw_exec (path, wal ? "PRAGMA journal_mode = WAL; PRAGMA user_version = 99"
                      : "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99");
}

static void
check_newer_refused (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));

  store = riaya_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NEWER);
  /* The message names both versions and says what to do. */
  g_assert_nonnull (strstr (error->message, "99"));
  g_assert_nonnull (strstr (error->message, "newer"));

  /* Byte for byte untouched, and no WAL files made. */
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_newer_refused (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_clear_object (&fixture->store);

  make_newer (fixture->path, FALSE);
  check_newer_refused (fixture->path);

  /* A file in WAL mode is the harder case: any read by SQLite would make
   * a -wal and a -shm. */
  make_newer (fixture->path, TRUE);
  check_newer_refused (fixture->path);
}

static void
test_not_riaya (StoreFixture  *fixture,
                gconstpointer  data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = NULL;

  g_assert_true (g_file_set_contents (text, "Just some notes, not a database at all.\n"
                                            "More than a hundred bytes of them, so that the header can be read.\n",
                                      -1, NULL));
  before = file_checksum (text);
  store = riaya_store_open (text, &error);
  g_assert_null (store);
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_RIAYA);
  after = file_checksum (text);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  /* Another program's SQLite database is not migrated into ours. */
  raw_exec (other, "PRAGMA journal_mode = DELETE; CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)");
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = file_checksum (other);
  store = riaya_store_open (other, &error);
  g_assert_null (store);
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_RIAYA);
  after = file_checksum (other);
  g_assert_cmpstr (before, ==, after);
}

/* The schema a database has, as SQL text, sorted: to compare a migrated
 * database with a new one. */
static char *
dup_schema (const char *path)
{
  g_autoptr(GString) schema = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (schema, "%s %s %s\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (g_steal_pointer (&schema), FALSE);
}

/* Builds a database at @version by applying the shipped migrations 1 …
 * @version, as the Riaya of that version made it. Version 0 is an empty
 * file (a first start). */
static void
make_database_at (const char *path,
                  guint       version)
{
  g_unlink (path);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));

  for (guint v = 1; v <= version; v++)
    {
      g_autoptr(GBytes) bytes = _riaya_store_dup_migration_sql (v);
      g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      raw_exec (path, sql);
    }
}

static void
test_migrations (StoreFixture  *fixture,
                 gconstpointer  data)
{
  g_autofree char *reference = dup_schema (fixture->path);

  g_assert_cmpuint (_riaya_store_n_migrations (), ==, RIAYA_STORE_SCHEMA_VERSION);
  g_clear_object (&fixture->store);

  /* From every earlier version to the current one. */
  for (guint from = 0; from < RIAYA_STORE_SCHEMA_VERSION; from++)
    {
      g_autofree char *name = g_strdup_printf ("at-%u.db", from);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *copy = g_strdup_printf ("%s.before-migration-%u", path, from);
      g_autofree char *schema = NULL;
      g_autoptr(RiayaStore) store = NULL;
      g_autoptr(GListModel) provinces = NULL;
      g_autoptr(GPtrArray) journal = NULL;
      g_autoptr(GError) error = NULL;
      RiayaJournalEntry *entry;

      g_test_message ("Migrating from schema %u", from);
      make_database_at (path, from);

      store = riaya_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (riaya_store_get_schema_version (store), ==, RIAYA_STORE_SCHEMA_VERSION);

      schema = dup_schema (path);
      g_assert_cmpstr (schema, ==, reference);

      provinces = riaya_store_list_provinces (store, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (provinces), ==, 75);

      journal = riaya_store_list_journal (store, NULL, 1);
      g_assert_cmpuint (journal->len, ==, 1);
      entry = g_ptr_array_index (journal, 0);
      g_assert_cmpstr (entry->entity, ==, "database");
      g_assert_cmpstr (entry->action, ==, from == 0 ? "create" : "migrate");

      /* A copy of the data as it was, owner-only; an empty file has none. */
      if (from == 0)
        g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
      else
        {
          g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));
          g_assert_cmpuint (file_mode (copy), ==, 0600);
          g_assert_cmpint (raw_query_int (copy, "PRAGMA user_version"), ==, (int) from);
        }
    }
}

static void
test_profile (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *province = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  RiayaProfile profile;
  RiayaJournalEntry *entry;

  g_assert_false (riaya_store_get_profile (fixture->store, &profile, &province));
  g_assert_null (province);
  g_assert_false (riaya_store_require_profile (fixture->store, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_INITIALISED);
  g_assert_nonnull (strstr (error->message, "riaya-cli init"));
  g_clear_error (&error);

  /* Refusals change nothing. */
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_DELEGATE, NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_false (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_DELEGATE, "99.999", &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_UNKNOWN_TERRITORY);
  g_assert_nonnull (strstr (error->message, "99.999"));
  g_clear_error (&error);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);

  riaya_store_set_actor (fixture->store, "delegue");
  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_DELEGATE, "01.511", &error));
  g_assert_no_error (error);
  g_assert_true (riaya_store_get_profile (fixture->store, &profile, &province));
  g_assert_cmpint (profile, ==, RIAYA_PROFILE_DELEGATE);
  g_assert_cmpstr (province, ==, "01.511");
  g_assert_true (riaya_store_require_profile (fixture->store, NULL));

  journal = riaya_store_list_journal (fixture->store, NULL, 0);
  entry = g_ptr_array_index (journal, 0);
  g_assert_cmpstr (entry->entity, ==, "settings");
  g_assert_cmpstr (entry->os_user, ==, "delegue");
  g_assert_cmpstr (entry->profile, ==, "delegate");

  /* National staff have no province. */
  g_clear_pointer (&province, g_free);
  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_NATIONAL, NULL, &error));
  g_assert_true (riaya_store_get_profile (fixture->store, &profile, &province));
  g_assert_cmpint (profile, ==, RIAYA_PROFILE_NATIONAL);
  g_assert_null (province);

  /* The demo flag. */
  g_assert_false (riaya_store_is_demo (fixture->store));
  g_assert_true (riaya_store_set_demo (fixture->store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (riaya_store_is_demo (fixture->store));
  g_assert_true (riaya_store_set_demo (fixture->store, FALSE, &error));
  g_assert_false (riaya_store_is_demo (fixture->store));
}

static void
test_digest_covers_every_table (StoreFixture  *fixture,
                                gconstpointer  data)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n_tables = 0;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%'", -1, &stmt, NULL), ==, SQLITE_OK);

  /* A table added by a migration must be added to the digest too, or
   * “nothing changed” would prove nothing about it. */
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      gboolean listed = FALSE;

      for (const RiayaStoreDigestTable *t = _riaya_store_digest_tables; t->table != NULL; t++)
        listed |= g_str_equal (t->table, table);
      if (!listed)
        g_test_message ("Table %s is missing from the content digest", table);
      g_assert_true (listed);
      n_tables++;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_cmpuint (n_tables, >, 0);
}

static void
test_digest_sees_changes (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autofree char *first = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *second = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *third = NULL;

  g_assert_cmpuint (strlen (first), ==, 64);
  g_assert_cmpstr (first, ==, second);

  /* Any change to any row shows. */
  g_clear_object (&fixture->store);
  raw_exec (fixture->path, "UPDATE provinces SET name_fr = 'Tanger' WHERE code = '01.511'");
  fixture->store = riaya_store_open (fixture->path, NULL);
  third = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (first, !=, third);
}

static void
test_nested_transaction (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = make_institution ("N/1", "Dar Talib Imbriquée");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;

  /* A caller may group public writes in one transaction (the demo
   * loader, an import): rolled back, none of them stays. */
  g_assert_true (_riaya_store_begin (fixture->store, &error));
  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_true (riaya_store_set_demo (fixture->store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 1);
  _riaya_store_rollback (fixture->store);

  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 0);
  g_assert_false (riaya_store_is_demo (fixture->store));
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);

  /* Committed, both stay. */
  g_assert_true (_riaya_store_begin (fixture->store, &error));
  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_true (riaya_store_set_demo (fixture->store, TRUE, &error));
  g_assert_true (_riaya_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->store);
  fixture->store = riaya_store_open (fixture->path, &error);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 1);
  g_assert_true (riaya_store_is_demo (fixture->store));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  ADD ("/store/open/new", test_open_new);
  ADD ("/store/open/reopen", test_reopen);
  ADD ("/store/open/newer-refused", test_newer_refused);
  ADD ("/store/open/not-riaya", test_not_riaya);
  ADD ("/store/open/migrations", test_migrations);
  ADD ("/store/settings/profile", test_profile);
  ADD ("/store/transactions/nested", test_nested_transaction);
  ADD ("/store/digest/covers-every-table", test_digest_covers_every_table);
  ADD ("/store/digest/sees-changes", test_digest_sees_changes);

  return g_test_run ();
}
