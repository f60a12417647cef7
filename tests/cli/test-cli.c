/* test-cli.c — what riaya-cli users see when things go right
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test runs the built riaya-cli on a database of its own and checks
 * its output as a person or a script would read it.
 */

#include "config.h"

#include <glib/gstdio.h>
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
test_version_and_help (void)
{
  g_autoptr(CliResult) version = cli_run ("--version", NULL);
  g_autoptr(CliResult) help = cli_run ("--help", NULL);
  g_autoptr(CliResult) group_help = cli_run ("institution", "--help", NULL);
  g_autoptr(CliResult) add_help = cli_run ("institution", "add", "--help", NULL);
  g_autoptr(CliResult) import_help = cli_run ("institution", "import-csv", "--help", NULL);

  g_assert_cmpint (version->status, ==, 0);
  g_assert_cmpstr (version->out, ==, "riaya-cli " PACKAGE_VERSION "\n");

  g_assert_cmpint (help->status, ==, 0);
  for (const char * const *name = (const char *[]) { "init", "demo", "institution", "capacity", "licence",
                                                     "backup", "restore", "check", NULL };
       *name; name++)
    g_assert_nonnull (strstr (help->out, *name));

  g_assert_cmpint (group_help->status, ==, 0);
  g_assert_nonnull (strstr (group_help->out, "import-csv"));
  g_assert_nonnull (strstr (group_help->out, "show"));

  g_assert_cmpint (add_help->status, ==, 0);
  g_assert_nonnull (strstr (add_help->out, "riaya-cli institution add"));
  g_assert_nonnull (strstr (add_help->out, "--licence-date"));
  g_assert_nonnull (strstr (add_help->out, "--capacity"));

  /* The columns of the import are documented where people look. */
  g_assert_cmpint (import_help->status, ==, 0);
  for (const char * const *column = riaya_institution_csv_import_columns (); *column; column++)
    g_assert_nonnull (strstr (import_help->out, *column));
}

static void
test_init_profiles (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = cli_ok (fixture, "init", "--profile", "national", NULL);
  g_autofree char *delegate_db = cli_fixture_path (fixture, "delegate.db");
  g_autoptr(CliResult) delegate = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *province = NULL;
  RiayaProfile profile;
  GStatBuf st;

  g_assert_nonnull (strstr (out, fixture->db));
  g_assert_cmpint (g_stat (fixture->db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  store = riaya_store_open (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_true (riaya_store_get_profile (store, &profile, NULL));
  g_assert_cmpint (profile, ==, RIAYA_PROFILE_NATIONAL);
  g_clear_object (&store);

  delegate = cli_run ("--db", delegate_db, "init", "--profile", "delegate", "--province", "03.231", NULL);
  g_assert_cmpint (delegate->status, ==, 0);
  g_assert_nonnull (strstr (delegate->out, "Fès"));

  store = riaya_store_open (delegate_db, &error);
  g_assert_no_error (error);
  g_assert_true (riaya_store_get_profile (store, &profile, &province));
  g_assert_cmpint (profile, ==, RIAYA_PROFILE_DELEGATE);
  g_assert_cmpstr (province, ==, "03.231");
}

static void
test_which_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *default_db = g_build_filename (cli_home (), "DATA", "riaya", "riaya.db", NULL);
  g_autofree char *env_db = cli_fixture_path (fixture, "from-env.db");
  g_autofree char *option_db = cli_fixture_path (fixture, "from-option.db");
  const char *init[] = { "init", "--profile", "national", NULL };
  const char *init_with_db[] = { "--db", option_db, "init", "--profile", "national", NULL };
  const char *init_db_after[] = { "init", "--profile", "director", "--db", option_db, NULL };
  g_autoptr(CliResult) by_default = NULL;
  g_autoptr(CliResult) by_env = NULL;
  g_autoptr(CliResult) by_option = NULL;
  g_autoptr(CliResult) option_after = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  RiayaProfile profile;

  /* Without --db nor RIAYA_DB: the application's own database. */
  g_assert_false (g_file_test (default_db, G_FILE_TEST_EXISTS));
  by_default = cli_runv_full (NULL, NULL, init);
  g_assert_cmpint (by_default->status, ==, 0);
  g_assert_true (g_file_test (default_db, G_FILE_TEST_EXISTS));
  g_unlink (default_db);

  by_env = cli_runv_full (NULL, env_db, init);
  g_assert_cmpint (by_env->status, ==, 0);
  g_assert_true (g_file_test (env_db, G_FILE_TEST_EXISTS));

  /* --db wins over RIAYA_DB, before or after the command. */
  by_option = cli_runv_full (NULL, env_db, init_with_db);
  g_assert_cmpint (by_option->status, ==, 0);
  g_assert_true (g_file_test (option_db, G_FILE_TEST_EXISTS));
  option_after = cli_runv_full (NULL, env_db, init_db_after);
  g_assert_cmpint (option_after->status, ==, 0);

  store = riaya_store_open (option_db, &error);
  g_assert_no_error (error);
  g_assert_true (riaya_store_get_profile (store, &profile, NULL));
  g_assert_cmpint (profile, ==, RIAYA_PROFILE_DIRECTOR);
  g_assert_false (g_file_test (default_db, G_FILE_TEST_EXISTS));
}

static void
test_add_and_show (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *init = cli_ok (fixture, "init", "--profile", "national", NULL);
  g_autofree char *uuid_line = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *table = NULL;
  g_autofree char *table_by_licence = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *past_text = NULL;
  g_autofree char *csv_text = NULL;
  g_autoptr(TestJson) json = NULL;
  g_autoptr(TestJson) past = NULL;
  g_autoptr(Csv) csv = NULL;
  TestJson *lines, *events;

  uuid_line = cli_ok (fixture, "institution", "add",
                      "--licence", "65.15/TZ/0042", "--licence-date", "2020-01-15",
                      "--legal-basis", "65.15", "--type", "student-house",
                      "--name", "دار الطالبة تيزنيت", "--name-fr", "Dar Taliba Tiznit",
                      "--province", "01.511", "--commune", "Asilah",
                      "--founder", "Association Al Amal", "--director", "Directrice Test",
                      "--address", "12, rue de la Plage", "--phone", "0539 123456",
                      "--service", "meals", "--service", "accommodation",
                      "--staff", "educator:3", "--staff", "director:1",
                      "--capacity", "pupil:f:40", "--capacity", "pupil:m:20",
                      "--effective", "2020-09-01", NULL);

  /* A creating command prints the new id alone. */
  g_assert_true (cli_is_uuid_line (uuid_line));
  uuid = g_strstrip (g_strdup (uuid_line));

  table = cli_ok (fixture, "institution", "show", uuid, NULL);
  for (const char * const *seen = (const char *[]) {
         "65.15/TZ/0042", "2020-01-15", "Law 65.15", "Active", "Student boarding house",
         "دار الطالبة تيزنيت", "Dar Taliba Tiznit", "Tanger-Tétouan-Al Hoceima", "Tanger-Assilah",
         "Asilah", "12, rue de la Plage", "0539 123456", "Association Al Amal", "Directrice Test",
         "Meals", "Accommodation", "Educators", "Granted", "Schoolchildren", "Female", "Total",
         NULL };
       *seen; seen++)
    if (strstr (table, *seen) == NULL)
      g_error ("“%s” is not shown:\n%s", *seen, table);
  g_assert_nonnull (strstr (table, uuid));

  /* The licence number finds the same institution. */
  table_by_licence = cli_ok (fixture, "institution", "show", "65.15/TZ/0042", NULL);
  g_assert_cmpstr (table_by_licence, ==, table);

  json_text = cli_ok (fixture, "institution", "show", uuid, "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (json, "uuid"), ==, uuid);
  g_assert_cmpstr (test_json_get_string (json, "licence_number"), ==, "65.15/TZ/0042");
  g_assert_cmpstr (test_json_get_string (json, "licence_date"), ==, "2020-01-15");
  g_assert_cmpstr (test_json_get_string (json, "legal_basis"), ==, "65.15");
  g_assert_cmpstr (test_json_get_string (json, "type"), ==, "student-house");
  g_assert_cmpstr (test_json_get_string (json, "status"), ==, "active");
  g_assert_cmpstr (test_json_get_string (json, "name_ar"), ==, "دار الطالبة تيزنيت");
  g_assert_cmpstr (test_json_get_string (json, "name_fr"), ==, "Dar Taliba Tiznit");
  g_assert_cmpstr (test_json_get_string (json, "region_code"), ==, "01");
  g_assert_cmpstr (test_json_get_string (json, "province_code"), ==, "01.511");
  g_assert_cmpstr (test_json_get_string (json, "phone"), ==, "0539 123456");
  g_assert_cmpuint (test_json_length (test_json_get (json, "services")), ==, 2);
  g_assert_true (json_array_has_string (test_json_get (json, "services"), "meals"));
  g_assert_true (json_array_has_string (test_json_get (json, "services"), "accommodation"));
  g_assert_cmpint (test_json_get_int (test_json_get (json, "staff"), "educator"), ==, 3);
  g_assert_cmpint (test_json_get_int (test_json_get (json, "staff"), "director"), ==, 1);
  g_assert_cmpint (test_json_get_int (json, "places"), ==, 60);
  g_assert_cmpuint (test_json_length (test_json_get (json, "capacity")), ==, 2);

  lines = test_json_get (json, "capacity_lines");
  g_assert_cmpuint (test_json_length (lines), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpstr (test_json_get_string (test_json_index (lines, i), "effective_date"), ==, "2020-09-01");

  /* The history starts with the grant, on the licence date. */
  events = test_json_get (json, "events");
  g_assert_cmpuint (test_json_length (events), ==, 1);
  g_assert_cmpstr (test_json_get_string (test_json_index (events, 0), "kind"), ==, "granted");
  g_assert_cmpstr (test_json_get_string (test_json_index (events, 0), "date"), ==, "2020-01-15");

  /* Before the capacity took effect, no places were licensed. */
  past_text = cli_ok (fixture, "institution", "show", uuid, "--on", "2020-05-01", "--format", "json", NULL);
  past = json_parse_output (past_text);
  g_assert_cmpint (test_json_get_int (past, "places"), ==, 0);
  g_assert_cmpuint (test_json_length (test_json_get (past, "capacity")), ==, 0);

  csv_text = cli_ok (fixture, "institution", "show", "65.15/TZ/0042", "--format", "csv", NULL);
  csv = csv_parse_output (csv_text, riaya_institution_csv_export_columns ());
  g_assert_cmpuint (csv_n_rows (csv), ==, 1);
  g_assert_cmpstr (csv_cell (csv, 0, "uuid"), ==, uuid);
  g_assert_cmpstr (csv_cell (csv, 0, "name_ar"), ==, "دار الطالبة تيزنيت");
  g_assert_cmpstr (csv_cell (csv, 0, "address"), ==, "12, rue de la Plage");
  g_assert_cmpstr (csv_cell (csv, 0, "services"), ==, "accommodation;meals");
  g_assert_cmpstr (csv_cell (csv, 0, "places"), ==, "60");
  g_assert_cmpstr (csv_cell (csv, 0, "status"), ==, "active");
}

static void
test_name_goes_by_script (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *init = cli_ok (fixture, "init", "--profile", "national", NULL);
  g_autofree char *a = cli_ok (fixture, "institution", "add", "--licence", "N-AR", "--licence-date", "2015-01-01",
                               "--legal-basis", "14.05", "--type", "elderly", "--name", "دار المسنين",
                               "--province", "03.231", NULL);
  g_autofree char *f = cli_ok (fixture, "institution", "add", "--licence", "N-FR", "--licence-date", "2015-01-01",
                               "--legal-basis", "14.05", "--type", "elderly", "--name", "Maison des aînés",
                               "--province", "03.231", NULL);
  g_autofree char *ar_text = cli_ok (fixture, "institution", "show", "N-AR", "--format", "json", NULL);
  g_autofree char *fr_text = cli_ok (fixture, "institution", "show", "N-FR", "--format", "json", NULL);
  g_autoptr(TestJson) ar = json_parse_output (ar_text);
  g_autoptr(TestJson) fr = json_parse_output (fr_text);

  g_assert_cmpstr (test_json_get_string (ar, "name_ar"), ==, "دار المسنين");
  g_assert_null (test_json_get_string (ar, "name_fr"));
  g_assert_cmpstr (test_json_get_string (fr, "name_fr"), ==, "Maison des aînés");
  g_assert_null (test_json_get_string (fr, "name_ar"));
}

static void
assert_list (Fixture    *fixture,
             const char *expected,
             const char *first_filter,
             ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(CliResult) result = NULL;
  g_autofree char *licences = NULL;
  va_list ap;

  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, fixture->db);
  g_ptr_array_add (args, "institution");
  g_ptr_array_add (args, "list");
  g_ptr_array_add (args, "--format");
  g_ptr_array_add (args, "csv");
  va_start (ap, first_filter);
  for (const char *arg = first_filter; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  result = cli_runv (NULL, (const char * const *) args->pdata);
  g_assert_cmpint (result->status, ==, 0);
  licences = csv_licences (result->out);
  if (g_strcmp0 (licences, expected) != 0)
    g_error ("filter %s: listed “%s”, expected “%s”", first_filter, licences, expected);
}

static void
test_list_filters (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *table = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *event = NULL;
  g_autoptr(TestJson) json = NULL;

  cli_make_registry (fixture);

  table = cli_ok (fixture, "institution", "list", NULL);
  g_assert_nonnull (strstr (table, "T-1"));
  g_assert_nonnull (strstr (table, "T-2"));
  g_assert_nonnull (strstr (table, "T-3"));
  g_assert_nonnull (strstr (table, "Institutions: 3"));
  g_assert_nonnull (strstr (table, "Places: 107"));

  assert_list (fixture, "T-1 T-2 T-3", NULL, NULL);
  assert_list (fixture, "T-2", "--region", "03", NULL);
  assert_list (fixture, "T-1", "--province", "01.511", NULL);
  assert_list (fixture, "T-3", "--type", "kafala", NULL);
  assert_list (fixture, "T-2", "--legal-basis", "14.05", NULL);
  assert_list (fixture, "T-1 T-3", "--legal-basis", "65.15", NULL);
  /* Search folds accents and case, in French and in Arabic. */
  assert_list (fixture, "T-2", "--search", "FES medina", NULL);
  assert_list (fixture, "T-1", "--search", "أصيلة", NULL);
  assert_list (fixture, "T-3", "--search", "t-3", NULL);
  assert_list (fixture, "T-1", "--search", "dar assilah", NULL);
  assert_list (fixture, "T-1 T-3", "--search", "دار", NULL);
  assert_list (fixture, "", "--type", "kafala", "--region", "01", NULL);

  event = cli_ok (fixture, "licence", "event", "T-2", "--kind", "warning", "--date", "2023-02-01",
                  "--deadline", "2023-04-01", NULL);
  assert_list (fixture, "T-2", "--status", "warned", NULL);
  assert_list (fixture, "T-1 T-3", "--status", "active", NULL);
  /* Before the warning, T-2 was active. */
  assert_list (fixture, "T-1 T-2", "--status", "active", "--on", "2021-01-01", NULL);

  json_text = cli_ok (fixture, "institution", "list", "--format", "json", "--type", "elderly", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpuint (test_json_length (json), ==, 1);
  g_assert_cmpstr (test_json_get_string (test_json_index (json, 0), "licence_number"), ==, "T-2");
  g_assert_cmpstr (test_json_get_string (test_json_index (json, 0), "status"), ==, "warned");
  g_assert_cmpint (test_json_get_int (test_json_index (json, 0), "places"), ==, 55);

  empty = cli_ok (fixture, "institution", "list", "--search", "zzzz", NULL);
  g_assert_nonnull (strstr (empty, "No institution matches"));
}

static void
test_table_alignment (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *table = NULL;
  g_auto(GStrv) lines = NULL;
  guint width = 0;
  guint n_table_lines = 0;

  cli_make_registry (fixture);
  /* Harakat take no cell of their own on a terminal. */
  added = cli_ok (fixture, "institution", "add", "--licence", "T-4", "--licence-date", "2018-01-01",
                  "--legal-basis", "14.05", "--type", "child-protection",
                  "--name", "دَارُ الأَطْفَالِ", "--province", "01.511", "--capacity", "child:m:25", NULL);

  table = cli_ok (fixture, "institution", "list", NULL);
  lines = g_strsplit (table, "\n", -1);

  /* The places column is aligned to the end, so every line of the
   * table ends in the same cell, Arabic names or not. */
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      guint w = cli_display_width (lines[i]);

      if (width == 0)
        width = w;
      if (w != width)
        g_error ("line %u is %u cells wide, not %u:\n%s", i, w, width, table);
      n_table_lines++;
    }

  /* Header, rule and four institutions. */
  g_assert_cmpuint (n_table_lines, ==, 6);
}

static void
test_capacity_set (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *ended = NULL;
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  g_autofree char *last_text = NULL;
  g_autoptr(TestJson) before = NULL;
  g_autoptr(TestJson) after = NULL;
  g_autoptr(TestJson) last = NULL;
  g_auto(GStrv) ids = NULL;
  TestJson *lines;

  cli_make_registry (fixture);

  out = cli_ok (fixture, "capacity", "set", "T-1", "pupil:f:50", "pupil:m:10",
                "--effective", "2022-09-01", NULL);
  ids = g_strsplit (g_strstrip (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_true (g_uuid_string_is_valid (ids[0]));
  g_assert_true (g_uuid_string_is_valid (ids[1]));

  before_text = cli_ok (fixture, "institution", "show", "T-1", "--on", "2021-01-01", "--format", "json", NULL);
  after_text = cli_ok (fixture, "institution", "show", "T-1", "--format", "json", NULL);
  before = json_parse_output (before_text);
  after = json_parse_output (after_text);

  /* The old capacity is still known for its dates. */
  g_assert_cmpint (test_json_get_int (before, "places"), ==, 40);
  g_assert_cmpint (test_json_get_int (after, "places"), ==, 60);

  lines = test_json_get (after, "capacity_lines");
  g_assert_cmpuint (test_json_length (lines), ==, 3);
  for (guint i = 0; i < 2; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < test_json_length (lines); j++)
        if (g_strcmp0 (test_json_get_string (test_json_index (lines, j), "uuid"), ids[i]) == 0)
          found = TRUE;
      g_assert_true (found);
    }

  /* 0 places ends a category. */
  ended = cli_ok (fixture, "capacity", "set", "T-1", "pupil:m:0", "--effective", "2023-09-01", NULL);
  g_assert_true (cli_is_uuid_line (ended));
  last_text = cli_ok (fixture, "institution", "show", "T-1", "--format", "json", NULL);
  last = json_parse_output (last_text);
  g_assert_cmpint (test_json_get_int (last, "places"), ==, 50);
  g_assert_cmpuint (test_json_length (test_json_get (last, "capacity")), ==, 1);
}

static void
test_licence_events (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *warning = NULL;
  g_autofree char *closed = NULL;
  g_autofree char *reopened = NULL;
  g_autofree char *warned_text = NULL;
  g_autofree char *closed_text = NULL;
  g_autofree char *now_text = NULL;
  g_autofree char *table = NULL;
  g_autoptr(TestJson) warned = NULL;
  g_autoptr(TestJson) was_closed = NULL;
  g_autoptr(TestJson) now = NULL;
  TestJson *events, *event;

  cli_make_registry (fixture);

  warning = cli_ok (fixture, "licence", "event", "T-2", "--kind", "warning", "--date", "2023-02-01",
                    "--deadline", "2023-04-01", "--note", "Hygiène de la cuisine, décision n° 12", NULL);
  g_assert_true (cli_is_uuid_line (warning));

  warned_text = cli_ok (fixture, "institution", "show", "T-2", "--format", "json", NULL);
  warned = json_parse_output (warned_text);
  g_assert_cmpstr (test_json_get_string (warned, "status"), ==, "warned");
  events = test_json_get (warned, "events");
  g_assert_cmpuint (test_json_length (events), ==, 2);
  event = test_json_index (events, 1);
  g_assert_cmpstr (test_json_get_string (event, "kind"), ==, "warning");
  g_assert_cmpstr (test_json_get_string (event, "deadline"), ==, "2023-04-01");
  g_assert_cmpstr (test_json_get_string (event, "note"), ==, "Hygiène de la cuisine, décision n° 12");

  closed = cli_ok (fixture, "licence", "event", "T-2", "--kind", "closed", "--date", "2023-06-01", NULL);
  reopened = cli_ok (fixture, "licence", "event", "T-2", "--kind", "reopened", "--date", "2024-01-10", NULL);
  g_assert_true (cli_is_uuid_line (reopened));

  now_text = cli_ok (fixture, "institution", "show", "T-2", "--format", "json", NULL);
  now = json_parse_output (now_text);
  g_assert_cmpstr (test_json_get_string (now, "status"), ==, "active");
  g_assert_cmpuint (test_json_length (test_json_get (now, "events")), ==, 4);

  closed_text = cli_ok (fixture, "institution", "show", "T-2", "--on", "2023-07-01", "--format", "json", NULL);
  was_closed = json_parse_output (closed_text);
  g_assert_cmpstr (test_json_get_string (was_closed, "status"), ==, "closed");

  table = cli_ok (fixture, "institution", "show", "T-2", NULL);
  g_assert_nonnull (strstr (table, "Warning"));
  g_assert_nonnull (strstr (table, "Closed"));
  g_assert_nonnull (strstr (table, "Reopened"));
  g_assert_nonnull (strstr (table, "Hygiène de la cuisine"));
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

  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  FIXTURE_TEST ("/cli/init/profiles", test_init_profiles);
  FIXTURE_TEST ("/cli/which-database", test_which_database);
  FIXTURE_TEST ("/cli/institution/add-and-show", test_add_and_show);
  FIXTURE_TEST ("/cli/institution/name-goes-by-script", test_name_goes_by_script);
  FIXTURE_TEST ("/cli/institution/list-filters", test_list_filters);
  FIXTURE_TEST ("/cli/institution/table-alignment", test_table_alignment);
  FIXTURE_TEST ("/cli/capacity/set", test_capacity_set);
  FIXTURE_TEST ("/cli/licence/events", test_licence_events);

  status = g_test_run ();
  cli_clean_up ();

  return status;
}

