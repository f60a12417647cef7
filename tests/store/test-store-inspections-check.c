/* test-store-inspections-check.c — visits: consistency, backup, migration
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "riaya-store-private.h"
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

/* A visit done on @done_on with 5 members invited and @present present. */
static RiayaInspection *
make_recorded (RiayaInstitution *institution,
               const char       *done_on,
               guint             present)
{
  RiayaInspection *visit = riaya_inspection_new (riaya_institution_get_uuid (institution), done_on,
                                                 RIAYA_VISIT_KIND_PROGRAMMED);

  riaya_inspection_set_done_on (visit, done_on);
  riaya_inspection_set_members_invited (visit, 5);
  riaya_inspection_set_members_present (visit, present);

  return visit;
}

static void
save (StoreFixture    *fixture,
      RiayaInspection *visit)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_add_inspection (fixture->store, visit, &error));
  g_assert_no_error (error);
}

static void
test_check (StoreFixture  *fixture,
            gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) visit = make_recorded (house, "2025-05-06", 3);
  g_autoptr(RiayaInspection) follow = riaya_inspection_new (riaya_institution_get_uuid (house), "2025-09-01",
                                                            RIAYA_VISIT_KIND_FOLLOW_UP);
  g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new ("Afficher l’autorisation", "2025-06-30");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  riaya_inspection_set_decision (visit, RIAYA_DECISION_WARNING);
  riaya_inspection_set_decision_deadline (visit, "2025-08-31");
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_LICENCE, RIAYA_CHECK_NOT_COMPLIANT, NULL);
  riaya_inspection_add_action (visit, action);
  save (fixture, visit);
  save (fixture, follow);

  g_assert_true (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *words)
{
  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), words) != NULL)
      return TRUE;

  g_test_message ("No problem says “%s”", words);
  return FALSE;
}

/* What the store refuses to write, written by hand, is named. */
static void
test_check_finds (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInstitution) other = add_institution (fixture, "TNG/2020/002", "Dar Taliba Tanger");
  g_autoptr(RiayaInspection) warned = make_recorded (house, "2025-05-06", 3);
  g_autoptr(RiayaInspection) elsewhere = make_recorded (other, "2025-04-01", 3);
  g_autoptr(RiayaInspection) follow = riaya_inspection_new (riaya_institution_get_uuid (house), "2025-09-01",
                                                            RIAYA_VISIT_KIND_FOLLOW_UP);
  g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new ("Afficher l’autorisation", "2025-06-30");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  riaya_inspection_set_decision (warned, RIAYA_DECISION_WARNING);
  riaya_inspection_set_decision_deadline (warned, "2025-08-31");
  riaya_inspection_add_action (warned, action);
  save (fixture, warned);
  save (fixture, elsewhere);
  save (fixture, follow);
  g_clear_object (&fixture->store);

  sql = g_strdup_printf ("UPDATE licence_events SET kind = 'reprimand' WHERE uuid = '%s';"
                         "UPDATE inspections SET follows_uuid = '%s' WHERE uuid = '%s';"
                         "UPDATE corrective_actions SET due_on = '2025-05-01' WHERE uuid = '%s';"
                         "INSERT INTO inspection_checks (inspection_uuid, area, result) VALUES ('%s', 'kitchen', 'compliant');"
                         "UPDATE institution_last_visits SET last_valid_on = '2025-01-01';",
                         riaya_inspection_get_licence_event (warned), riaya_inspection_get_uuid (elsewhere),
                         riaya_inspection_get_uuid (follow), riaya_corrective_action_get_uuid (action),
                         riaya_inspection_get_uuid (warned));
  raw_exec (fixture->path, sql);
  fixture->store = riaya_store_open (fixture->path, &error);
  g_assert_no_error (error);

  g_assert_false (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_true (has_problem (problems, "The decision of the visit of 2025-05-06 to the institution with licence "
                                        "TNG/2020/001 does not match"));
  g_assert_true (has_problem (problems, "The visit of 2025-09-01 to the institution with licence TNG/2020/001 "
                                        "follows a visit that is not"));
  g_assert_true (has_problem (problems, "A corrective action of the visit of 2025-05-06"));
  g_assert_true (has_problem (problems, "unknown checklist area code “kitchen”"));
  g_assert_true (has_problem (problems, "last valid visit kept for the institution with licence TNG/2020/001"));
  g_assert_true (has_problem (problems, "last valid visit kept for the institution with licence TNG/2020/002"));
  g_assert_cmpuint (problems->len, ==, 6);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* More present than invited is a CHECK of the table: SQLite's
   * integrity check finds it. */
  g_clear_object (&fixture->store);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("PRAGMA ignore_check_constraints = ON;"
                         "UPDATE inspections SET members_present = 9 WHERE uuid = '%s';",
                         riaya_inspection_get_uuid (elsewhere));
  raw_exec (fixture->path, sql);
  fixture->store = riaya_store_open (fixture->path, &error);
  g_assert_false (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_true (has_problem (problems, "CHECK constraint failed in inspections"));
}

/* A backup holds the visits as they were; restoring it brings them back
 * (the file is copied whole: nothing is special to visits). */
static void
test_backup_restore (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) kept = make_recorded (house, "2025-05-06", 3);
  g_autoptr(RiayaInspection) later = make_recorded (house, "2025-06-06", 3);
  g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new ("Afficher l’autorisation", "2025-06-30");
  g_autoptr(RiayaInspection) got = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);

  riaya_inspection_set_check (kept, RIAYA_CHECK_AREA_SAFETY, RIAYA_CHECK_NOT_COMPLIANT, "Pas d’extincteur");
  riaya_inspection_add_action (kept, action);
  save (fixture, kept);
  g_assert_true (riaya_store_backup (fixture->store, backup, &error));
  g_assert_no_error (error);
  save (fixture, later);

  g_assert_true (riaya_store_restore (fixture->store, backup, &error));
  g_assert_no_error (error);
  listed = riaya_store_list_inspections (fixture->store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
  got = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (kept), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_inspection_get_check_note (got, RIAYA_CHECK_AREA_SAFETY), ==, "Pas d’extincteur");
  g_assert_cmpuint (g_list_model_get_n_items (riaya_inspection_get_actions (got)), ==, 1);
  g_assert_true (riaya_store_check (fixture->store, NULL, &error));
}

/* A database of schema 3 holding an institution and its licence takes
 * visits once opened. */
static void
test_migration_from_3 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("riaya-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "riaya.db", NULL);
  g_autofree char *copy = g_strdup_printf ("%s.before-migration-3", path);
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) house = NULL;
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  for (guint v = 1; v <= 3; v++)
    {
      g_autoptr(GBytes) bytes = _riaya_store_dup_migration_sql (v);
      g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      raw_exec (path, sql);
    }
  raw_exec (path,
            "INSERT INTO institutions (uuid, licence_number, licence_date, legal_basis, type, name_fr,"
            " province_code, created_at, updated_at) VALUES ('inst-1', 'TNG/2020/001', '2020-01-15', '65.15',"
            " 'student-house', 'Dar Talib Tanger', '01.511', '2020-01-15T00:00:00Z', '2020-01-15T00:00:00Z');"
            "INSERT INTO licence_events (uuid, institution_uuid, kind, date, recorded_at) VALUES"
            " ('ev-1', 'inst-1', 'granted', '2020-01-15', '2020-01-15T00:00:00Z');"
            "INSERT INTO capacity_lines (uuid, institution_uuid, category, sex, places, effective_date, recorded_at)"
            " VALUES ('line-1', 'inst-1', 'pupil', 'm', 40, '2020-01-15', '2020-01-15T00:00:00Z');"
            "INSERT INTO grants (uuid, institution_uuid, year, amount, kind, created_at, updated_at) VALUES"
            " ('grant-1', 'inst-1', 2021, 4500000, 'running-costs', '2021-03-01T00:00:00Z', '2021-03-01T00:00:00Z');"
            "INSERT INTO settings (key, value) VALUES ('profile', 'national');");
  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, 3);

  store = riaya_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (riaya_store_get_schema_version (store), ==, RIAYA_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_query_int (copy, "PRAGMA user_version"), ==, 3);

  /* The data survived, and takes visits. */
  house = riaya_store_get_institution (store, "TNG/2020/001", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_institution_get_places (house), ==, 40);
  g_assert_cmpint (raw_query_int (path, "SELECT amount FROM grants WHERE uuid = 'grant-1'"), ==, 4500000);

  visit = make_recorded (house, "2025-05-06", 3);
  g_assert_true (riaya_store_add_inspection (store, visit, &error));
  g_assert_no_error (error);
  listed = riaya_store_list_inspections (store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
  g_assert_true (riaya_store_check (store, &problems, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  {
    const char *suffixes[] = { "", "-wal", "-shm", ".before-migration-3" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
        g_unlink (file);
      }
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  ADD ("/store/inspections/check", test_check);
  ADD ("/store/inspections/check-finds", test_check_finds);
  ADD ("/store/inspections/backup-restore", test_backup_restore);
  g_test_add_func ("/store/inspections/migration-from-3", test_migration_from_3);

  return g_test_run ();
}
