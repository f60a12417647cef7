/* test-cli-files.c — riaya-cli with files: CSV, backups, demo data
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test runs the built riaya-cli on a database of its own and checks
 * its output as a person or a script would read it.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "cli-test-output.h"
#include "cli-test-util.h"
#include "riaya-csv.h"
#include "riaya-institution-csv.h"
#include "riaya-store.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

static void
test_import_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *init = cli_ok (fixture, "init", "--profile", "national", NULL);
  g_autofree char *path = cli_fixture_path (fixture, "institutions.csv");
  g_autofree char *out = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *licences = NULL;
  g_autofree char *show_text = NULL;
  g_autoptr(TestJson) show = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  TestJson *lines;
  /* What a spreadsheet saves: a byte-order mark, CRLF, quotes. */
  const char *content =
    "\xEF\xBB\xBF" "licence_number,licence_date,legal_basis,type,name_ar,name_fr,province_code,commune,founder,director,address,phone,services,staff,capacity,effective_date\r\n"
    "CSV-1,2016-09-01,14.05,student-house,دار الطالب فاس,Dar Talib Fès,03.231,Fès,\"Association \"\"Nour\"\", Fès\",,\"Derb 5\nBab Ftouh\",0535 112233,meals;accommodation,educator:2;director:1,pupil:m:60;pupil:m:80:2020-09-01,\r\n"
    "CSV-2,2012-01-10,14.05,elderly,,Foyer des aînés,01.511,,,,,,,,elderly:f:20;elderly:m:20,2013-01-01\r\n"
    "CSV-3,2022-03-01,65.15,samu-social,الإسعاف الاجتماعي,,04.441,,,,,,,,homeless:any:15;woman:f:5,\r\n";

  g_file_set_contents (path, content, -1, &error);
  g_assert_no_error (error);

  out = cli_ok (fixture, "institution", "import-csv", path, NULL);
  ids = g_strsplit (g_strstrip (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (ids), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (g_uuid_string_is_valid (ids[i]));

  listing = cli_ok (fixture, "institution", "list", "--format", "csv", NULL);
  licences = csv_licences (listing);
  g_assert_cmpstr (licences, ==, "CSV-1 CSV-2 CSV-3");

  show_text = cli_ok (fixture, "institution", "show", "CSV-1", "--format", "json", NULL);
  show = json_parse_output (show_text);
  g_assert_cmpstr (test_json_get_string (show, "uuid"), ==, ids[0]);
  g_assert_cmpstr (test_json_get_string (show, "name_ar"), ==, "دار الطالب فاس");
  g_assert_cmpstr (test_json_get_string (show, "founder"), ==, "Association \"Nour\", Fès");
  g_assert_cmpstr (test_json_get_string (show, "address"), ==, "Derb 5\nBab Ftouh");
  g_assert_null (test_json_get_string (show, "director"));
  g_assert_cmpint (test_json_get_int (test_json_get (show, "staff"), "educator"), ==, 2);
  g_assert_cmpuint (test_json_length (test_json_get (show, "services")), ==, 2);
  /* 60 places from the licence, 80 from the dated line. */
  g_assert_cmpint (test_json_get_int (show, "places"), ==, 80);
  lines = test_json_get (show, "capacity_lines");
  g_assert_cmpuint (test_json_length (lines), ==, 2);
  g_assert_cmpstr (test_json_get_string (test_json_index (lines, 0), "effective_date"), ==, "2016-09-01");
  g_assert_cmpstr (test_json_get_string (test_json_index (lines, 1), "effective_date"), ==, "2020-09-01");

  g_clear_pointer (&show_text, g_free);
  g_clear_pointer (&show, test_json_free);
  show_text = cli_ok (fixture, "institution", "show", "CSV-2", "--format", "json", NULL);
  show = json_parse_output (show_text);
  g_assert_cmpstr (test_json_get_string (test_json_index (test_json_get (show, "capacity_lines"), 0),
                                         "effective_date"), ==, "2013-01-01");
  g_assert_cmpint (test_json_get_int (show, "places"), ==, 40);
}

static void
test_csv_round_trip (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *other_db = cli_fixture_path (fixture, "other.db");
  g_autofree char *export_path = cli_fixture_path (fixture, "export.csv");
  g_autofree char *capacity = NULL;
  g_autofree char *first = NULL;
  g_autoptr(CliResult) init = NULL;
  g_autoptr(CliResult) import = NULL;
  g_autoptr(CliResult) second = NULL;
  g_autoptr(Csv) a = NULL;
  g_autoptr(Csv) b = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *columns = riaya_institution_csv_export_columns ();

  cli_make_registry (fixture);
  capacity = cli_ok (fixture, "capacity", "set", "T-2", "elderly:f:35", "--effective", "2015-01-01", NULL);
  first = cli_ok (fixture, "institution", "list", "--format", "csv", NULL);
  g_file_set_contents (export_path, first, -1, &error);
  g_assert_no_error (error);

  /* A listing is an import file for another database. */
  init = cli_run ("--db", other_db, "init", "--profile", "director", NULL);
  g_assert_cmpint (init->status, ==, 0);
  import = cli_run ("--db", other_db, "institution", "import-csv", export_path, NULL);
  g_assert_cmpint (import->status, ==, 0);
  second = cli_run ("--db", other_db, "institution", "list", "--format", "csv", NULL);
  g_assert_cmpint (second->status, ==, 0);

  a = csv_parse_output (first, columns);
  b = csv_parse_output (second->out, columns);
  g_assert_cmpuint (csv_n_rows (a), ==, 3);
  g_assert_cmpuint (csv_n_rows (b), ==, 3);

  for (guint r = 0; r < 3; r++)
    for (guint c = 0; columns[c] != NULL; c++)
      {
        if (g_str_equal (columns[c], "uuid"))
          g_assert_cmpstr (csv_cell (a, r, "uuid"), !=, csv_cell (b, r, "uuid"));
        else
          g_assert_cmpstr (csv_cell (a, r, columns[c]), ==, csv_cell (b, r, columns[c]));
      }
}

static void
test_backup_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *backup = cli_fixture_path (fixture, "backup.db");
  g_autofree char *fresh_db = cli_fixture_path (fixture, "fresh.db");
  g_autofree char *out = NULL;
  g_autofree char *before = NULL;
  g_autofree char *added = NULL;
  g_autofree char *restored_out = NULL;
  g_autofree char *with_added = NULL;
  g_autofree char *licences = NULL;
  g_autofree char *after = NULL;
  g_autoptr(CliResult) fresh = NULL;
  g_autoptr(CliResult) fresh_list = NULL;
  GStatBuf st;

  cli_make_registry (fixture);
  before = cli_ok (fixture, "institution", "list", "--format", "csv", NULL);

  out = cli_ok (fixture, "backup", "-o", backup, NULL);
  g_assert_nonnull (strstr (out, backup));
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  added = cli_ok (fixture, "institution", "add", "--licence", "T-9", "--licence-date", "2020-01-01",
                  "--legal-basis", "65.15", "--type", "women", "--name-fr", "Centre Amal",
                  "--province", "01.511", NULL);
  with_added = cli_ok (fixture, "institution", "list", "--format", "csv", NULL);
  licences = csv_licences (with_added);
  g_assert_cmpstr (licences, ==, "T-1 T-2 T-3 T-9");

  restored_out = cli_ok (fixture, "restore", backup, NULL);
  g_assert_nonnull (strstr (restored_out, "3 institutions"));
  after = cli_ok (fixture, "institution", "list", "--format", "csv", NULL);
  g_assert_cmpstr (after, ==, before);

  /* A backup brought to a new computer. */
  fresh = cli_run ("--db", fresh_db, "restore", backup, NULL);
  g_assert_cmpint (fresh->status, ==, 0);
  fresh_list = cli_run ("--db", fresh_db, "institution", "list", "--format", "csv", NULL);
  g_assert_cmpstr (fresh_list->out, ==, before);
}

static void
test_automatic_backup (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *name = g_strdup_printf ("riaya-%s.db", today);
  g_autofree char *folder = riaya_store_default_backup_dir (fixture->db);
  g_autofree char *copy = g_build_filename (folder, name, NULL);
  g_autofree char *event = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  /* The first write of the day leaves a copy beside the database. */
  cli_make_registry (fixture);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The copy is today's first state: an empty registry, still readable. */
  event = cli_ok (fixture, "licence", "event", "T-1", "--kind", "warning", "--date", "2023-01-01", NULL);
  store = riaya_store_open (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_store_count_institutions (store), ==, 0);
}

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *table = NULL;
  g_autofree char *json_text = NULL;
  g_autoptr(TestJson) json = NULL;

  cli_make_registry (fixture);

  table = cli_ok (fixture, "check", NULL);
  g_assert_nonnull (strstr (table, "sound"));
  g_assert_nonnull (strstr (table, "3 institutions"));

  json_text = cli_ok (fixture, "check", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_true (test_json_boolean (test_json_get (json, "sound")));
  g_assert_cmpuint (test_json_length (test_json_get (json, "problems")), ==, 0);
}

static void
test_check_finds_problems (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CliResult) table = NULL;
  g_autoptr(CliResult) json_result = NULL;
  g_autoptr(TestJson) json = NULL;
  sqlite3 *db = NULL;

  cli_make_registry (fixture);

  /* What a faulty program or a hand edit could leave behind. */
  g_assert_cmpint (sqlite3_open (fixture->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE institutions SET type = 'castle' WHERE licence_number = 'T-2'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  table = cli_run ("--db", fixture->db, "check", NULL);
  g_assert_cmpint (table->status, ==, 1);
  g_assert_nonnull (strstr (table->out, "T-2"));
  g_assert_nonnull (strstr (table->out, "castle"));
  g_assert_nonnull (strstr (table->err, "problem"));

  json_result = cli_run ("--db", fixture->db, "check", "--format", "json", NULL);
  g_assert_cmpint (json_result->status, ==, 1);
  json = json_parse_output (json_result->out);
  g_assert_false (test_json_boolean (test_json_get (json, "sound")));
  g_assert_cmpuint (test_json_length (test_json_get (json, "problems")), >=, 1);
}

static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *out = cli_ok (fixture, "demo", NULL);
  g_autofree char *json_text = NULL;
  g_autofree char *scaled_db = cli_fixture_path (fixture, "scaled.db");
  g_autoptr(CliResult) scaled = NULL;
  g_autoptr(TestJson) json = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaStore) scaled_store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) provinces = g_hash_table_new (g_str_hash, g_str_equal);
  RiayaProfile profile;
  gint64 places = 0;
  guint n;

  store = riaya_store_open (fixture->db, &error);
  g_assert_no_error (error);
  n = riaya_store_count_institutions (store);
  g_assert_cmpuint (n, >=, 1200);
  g_assert_cmpuint (n, <=, 1400);
  g_assert_true (riaya_store_is_demo (store));
  /* A database without a profile is set up as national staff see it. */
  g_assert_true (riaya_store_get_profile (store, &profile, NULL));
  g_assert_cmpint (profile, ==, RIAYA_PROFILE_NATIONAL);

  json_text = cli_ok (fixture, "institution", "list", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpuint (test_json_length (json), ==, n);
  for (guint i = 0; i < n; i++)
    {
      TestJson *institution = test_json_index (json, i);

      places += test_json_get_int (institution, "places");
      g_hash_table_add (provinces, (gpointer) test_json_get_string (institution, "province_code"));
    }
  g_assert_cmpint (places, >=, 100000);
  g_assert_cmpint (places, <=, 130000);
  g_assert_cmpuint (g_hash_table_size (provinces), ==, 75);

  /* The summary tells the same numbers. */
  {
    g_autofree char *count = g_strdup_printf ("%u demo institutions", n);
    g_autofree char *total = g_strdup_printf ("%" G_GINT64_FORMAT " places", places);

    g_assert_nonnull (strstr (out, count));
    g_assert_nonnull (strstr (out, total));
  }

  /* --scale multiplies each province's institutions; checked in a
   * delegate's database (the province's part of the registry), as
   * loading twice the nation takes a minute under the sanitizers. */
  {
    g_autoptr(CliResult) init = cli_run ("--db", scaled_db, "init", "--profile", "delegate",
                                         "--province", "07.351", NULL);
    guint in_province = 0;

    g_assert_cmpint (init->status, ==, 0);
    for (guint i = 0; i < n; i++)
      if (g_strcmp0 (test_json_get_string (test_json_index (json, i), "province_code"), "07.351") == 0)
        in_province++;
    g_assert_cmpuint (in_province, >=, 5);

    scaled = cli_run ("--db", scaled_db, "demo", "--scale", "2", NULL);
    g_assert_cmpint (scaled->status, ==, 0);
    scaled_store = riaya_store_open (scaled_db, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (riaya_store_count_institutions (scaled_store), ==, 2 * in_province);
  }
}

static void
test_territory_list (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *init = cli_ok (fixture, "init", "--profile", "national", NULL);
  g_autofree char *csv_text = cli_ok (fixture, "territory", "list", "--format", "csv", NULL);
  g_autofree char *json_text = cli_ok (fixture, "territory", "list", "--region", "03", "--format", "json", NULL);
  g_autofree char *table = cli_ok (fixture, "territory", "list", NULL);
  const char *header[] = { "code", "kind", "region_code", "name_ar", "name_fr", NULL };
  g_autoptr(Csv) csv = csv_parse_output (csv_text, header);
  g_autoptr(TestJson) json = json_parse_output (json_text);
  guint regions = 0;

  for (guint i = 0; i < csv_n_rows (csv); i++)
    if (g_str_equal (csv_cell (csv, i, "kind"), "region"))
      regions++;
  g_assert_cmpuint (regions, ==, 12);
  g_assert_cmpuint (csv_n_rows (csv), ==, 12 + 75);

  g_assert_cmpstr (test_json_get_string (test_json_index (json, 0), "code"), ==, "03");
  for (guint i = 0; i < test_json_length (json); i++)
    g_assert_cmpstr (test_json_get_string (test_json_index (json, i), "region_code"), ==, "03");

  g_assert_nonnull (strstr (table, "03.231"));
  g_assert_nonnull (strstr (table, "فاس"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    g_error ("usage: %s PATH-TO-riaya-cli", argv[0]);
  cli_set_program (argv[1]);

  FIXTURE_TEST ("/cli/institution/import-csv", test_import_csv);
  FIXTURE_TEST ("/cli/institution/csv-round-trip", test_csv_round_trip);
  FIXTURE_TEST ("/cli/backup-restore", test_backup_restore);
  FIXTURE_TEST ("/cli/automatic-backup", test_automatic_backup);
  FIXTURE_TEST ("/cli/check", test_check);
  FIXTURE_TEST ("/cli/check-finds-problems", test_check_finds_problems);
  FIXTURE_TEST ("/cli/demo", test_demo);
  FIXTURE_TEST ("/cli/territory/list", test_territory_list);

  status = g_test_run ();
  cli_clean_up ();

  return status;
}
