/* test-cli-refusals.c — riaya-cli refuses bad input and changes nothing
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each refusal is checked as cli.md promises it: the exit status (1 for a
 * refusal, 2 for a usage error), a sentence on stderr that names the
 * problem, nothing on stdout, and a database whose every table has the
 * same contents as before (riaya_store_dup_content_digest).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <string.h>

#include "cli-test-util.h"
#include "riaya-store.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define refuse(fixture, status, needles, ...) \
  g_free (cli_refuse_lang (fixture, NULL, status, needles, __VA_ARGS__))

/* The arguments of a valid “institution add”, before the one under test. */
#define ADD_T5 "institution", "add", "--licence", "T-5", "--licence-date", "2019-09-01", \
               "--legal-basis", "65.15", "--name-fr", "Dar Taliba Test"

static void
test_duplicate_licence (Fixture       *fixture,
                        gconstpointer  data)
{
  cli_make_registry (fixture);
  refuse (fixture, 1, "T-1|already|unique",
          "institution", "add", "--licence", "T-1", "--licence-date", "2019-09-01",
          "--legal-basis", "65.15", "--type", "student-house", "--name-fr", "Doublon",
          "--province", "01.511", NULL);
}

static void
test_unknown_province (Fixture       *fixture,
                       gconstpointer  data)
{
  cli_make_registry (fixture);
  refuse (fixture, 1, "99.999|riaya-cli territory list",
          ADD_T5, "--type", "student-house", "--province", "99.999", NULL);
  /* A region is not a province. */
  refuse (fixture, 1, "01", ADD_T5, "--type", "student-house", "--province", "01", NULL);
  refuse (fixture, 1, "Fès|RR.PPP", ADD_T5, "--type", "student-house", "--province", "Fès", NULL);
}

static void
test_unknown_type_and_basis (Fixture       *fixture,
                             gconstpointer  data)
{
  cli_make_registry (fixture);
  refuse (fixture, 1, "orphanage|student-house|samu-social",
          ADD_T5, "--type", "orphanage", "--province", "01.511", NULL);
  refuse (fixture, 1, "12.34|14.05|65.15",
          "institution", "add", "--licence", "T-5", "--licence-date", "2019-09-01",
          "--legal-basis", "12.34", "--type", "elderly", "--name-fr", "X", "--province", "01.511", NULL);
}

static void
test_bad_capacity (Fixture       *fixture,
                   gconstpointer  data)
{
  cli_make_registry (fixture);

  refuse (fixture, 1, "-5|whole number",
          ADD_T5, "--type", "student-house", "--province", "01.511", "--capacity", "pupil:f:-5", NULL);
  refuse (fixture, 1, "many|whole number",
          ADD_T5, "--type", "student-house", "--province", "01.511", "--capacity", "pupil:f:many", NULL);
  refuse (fixture, 1, "99999|5000",
          ADD_T5, "--type", "student-house", "--province", "01.511", "--capacity", "pupil:f:99999", NULL);
  refuse (fixture, 1, "pupil:f|CATEGORY:SEX:PLACES",
          ADD_T5, "--type", "student-house", "--province", "01.511", "--capacity", "pupil:f", NULL);
  refuse (fixture, 1, "girls|pupil",
          ADD_T5, "--type", "student-house", "--province", "01.511", "--capacity", "girls:f:5", NULL);

  refuse (fixture, 1, "-5", "capacity", "set", "T-1", "pupil:f:-5", "--effective", "2022-01-01", NULL);
  refuse (fixture, 1, "many", "capacity", "set", "T-1", "pupil:f:many", "--effective", "2022-01-01", NULL);
  /* One bad line refuses the others given with it. */
  refuse (fixture, 1, "x7", "capacity", "set", "T-1", "pupil:f:50", "pupil:m:x7",
          "--effective", "2022-01-01", NULL);
  refuse (fixture, 1, "twice", "capacity", "set", "T-1", "pupil:f:50", "pupil:f:60",
          "--effective", "2022-01-01", NULL);
}

static void
test_dates (Fixture       *fixture,
            gconstpointer  data)
{
  cli_make_registry (fixture);

  refuse (fixture, 1, "future|2999-01-01",
          "institution", "add", "--licence", "T-5", "--licence-date", "2999-01-01",
          "--legal-basis", "65.15", "--type", "elderly", "--name-fr", "X", "--province", "01.511", NULL);
  refuse (fixture, 1, "2021-02-30",
          "institution", "add", "--licence", "T-5", "--licence-date", "2021-02-30",
          "--legal-basis", "65.15", "--type", "elderly", "--name-fr", "X", "--province", "01.511", NULL);
  refuse (fixture, 1, "01/02/2021|year-month-day",
          "institution", "add", "--licence", "T-5", "--licence-date", "01/02/2021",
          "--legal-basis", "65.15", "--type", "elderly", "--name-fr", "X", "--province", "01.511", NULL);

  /* Capacity cannot take effect before the licence. */
  refuse (fixture, 1, "2018-01-01|2019-09-01|before",
          ADD_T5, "--type", "student-house", "--province", "01.511",
          "--capacity", "pupil:f:10", "--effective", "2018-01-01", NULL);
  refuse (fixture, 1, "2010-01-01|before",
          "capacity", "set", "T-1", "pupil:f:10", "--effective", "2010-01-01", NULL);
}

static void
test_category_not_served (Fixture       *fixture,
                          gconstpointer  data)
{
  cli_make_registry (fixture);

  refuse (fixture, 1, "65.15|art. 3|Elderly persons",
          ADD_T5, "--type", "student-house", "--province", "01.511", "--capacity", "elderly:f:10", NULL);
  refuse (fixture, 1, "art. 3|Schoolchildren",
          "capacity", "set", "T-3", "pupil:m:5", "--effective", "2022-01-01", NULL);
}

static void
test_licence_events (Fixture       *fixture,
                     gconstpointer  data)
{
  cli_make_registry (fixture);

  /* Reopening makes sense only for a closed, suspended or withdrawn one. */
  refuse (fixture, 1, "reopened|Active",
          "licence", "event", "T-1", "--kind", "reopened", "--date", "2023-01-01", NULL);
  refuse (fixture, 1, "already been granted",
          "licence", "event", "T-1", "--kind", "granted", "--date", "2023-01-01", NULL);
  refuse (fixture, 1, "2018-01-01|before",
          "licence", "event", "T-1", "--kind", "warning", "--date", "2018-01-01", NULL);
  refuse (fixture, 1, "future",
          "licence", "event", "T-1", "--kind", "warning", "--date", "2999-01-01", NULL);
  refuse (fixture, 1, "deadline",
          "licence", "event", "T-1", "--kind", "closed", "--date", "2023-01-01",
          "--deadline", "2023-06-01", NULL);
  refuse (fixture, 1, "expired|granted, modified",
          "licence", "event", "T-1", "--kind", "expired", "--date", "2023-01-01", NULL);
  refuse (fixture, 1, "NOPE-1|institution list",
          "licence", "event", "NOPE-1", "--kind", "warning", "--date", "2023-01-01", NULL);
}

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *content,
            char      **path)
{
  g_autoptr(GError) error = NULL;

  *path = cli_fixture_path (fixture, name);
  g_file_set_contents (*path, content, -1, &error);
  g_assert_no_error (error);
}

static void
test_malformed_csv (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *rows = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *semicolons = NULL;
  g_autofree char *column = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *err = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *listing = NULL;

  cli_make_registry (fixture);

  write_file (fixture, "rows.csv",
              "licence_number,licence_date,legal_basis,type,name_fr,province_code,capacity\n"
              "OK-1,2020-01-01,65.15,elderly,Bon,01.511,elderly:f:10\n"
              "BAD-3,2020-01-01,65.15,elderly,Mauvais,01.511,elderly:f:lots\n"
              "OK-2,2020-01-01,65.15,elderly,Bon aussi,01.511,elderly:m:10\n"
              "BAD-5,2020-01-01,65.15,elderly,\"Virgule, oubliée\",01.511\n"
              "T-1,2020-01-01,65.15,elderly,Déjà là,01.511,\n"
              "OK-2,2020-01-01,65.15,elderly,Deux fois,01.511,\n",
              &rows);
  err = cli_refuse_lang (fixture, NULL, 1, "Line 3|lots|Line 5|Line 6|T-1|Line 7|line 4|nothing was changed",
                     "institution", "import-csv", rows, NULL);
  g_assert_null (strstr (err, "Line 2:"));
  g_assert_null (strstr (err, "Line 4:"));

  /* The good lines were not imported either. */
  listing = cli_ok (fixture, "institution", "list", "--search", "OK", NULL);
  g_assert_null (strstr (listing, "OK-1"));

  write_file (fixture, "quote.csv",
              "licence_number,licence_date,legal_basis,type,name_fr,province_code\n"
              "OK-1,2020-01-01,65.15,elderly,Bon,01.511\n"
              "OK-2,2020-01-01,65.15,elderly,Bon,01.511\n"
              "BAD-4,2020-01-01,65.15,elderly,\"Guillemet ouvert,01.511\n",
              &quote);
  refuse (fixture, 1, "Line 4|quotation mark", "institution", "import-csv", quote, NULL);

  write_file (fixture, "encoding.csv",
              "licence_number,licence_date,legal_basis,type,name_fr,province_code\n"
              "OK-1,2020-01-01,65.15,elderly,Bon,01.511\n"
              "BAD-3,2020-01-01,65.15,elderly,F\xE8s,01.511\n",
              &encoding);
  refuse (fixture, 1, "Line 3|UTF-8", "institution", "import-csv", encoding, NULL);

  write_file (fixture, "semicolons.csv",
              "licence_number;licence_date;legal_basis;type;name_fr;province_code\n"
              "OK-1;2020-01-01;65.15;elderly;Bon;01.511\n",
              &semicolons);
  refuse (fixture, 1, "semicolons", "institution", "import-csv", semicolons, NULL);

  write_file (fixture, "column.csv",
              "licence_numbr,licence_date,legal_basis,type,name_fr,province_code\n"
              "OK-1,2020-01-01,65.15,elderly,Bon,01.511\n",
              &column);
  refuse (fixture, 1, "licence_numbr", "institution", "import-csv", column, NULL);

  write_file (fixture, "empty.csv",
              "licence_number,licence_date,legal_basis,type,name_fr,province_code\n",
              &empty);
  refuse (fixture, 1, "no institution", "institution", "import-csv", empty, NULL);

  missing = cli_fixture_path (fixture, "missing.csv");
  refuse (fixture, 1, "missing.csv", "institution", "import-csv", missing, NULL);
}

static void
test_unknown_command (Fixture       *fixture,
                      gconstpointer  data)
{
  cli_make_registry (fixture);

  refuse (fixture, 2, "frobnicate|riaya-cli --help", "frobnicate", NULL);
  refuse (fixture, 2, "frobnicate|institution", "institution", "frobnicate", NULL);
  refuse (fixture, 2, "needs a command", "institution", NULL);
  refuse (fixture, 2, "Name a command", NULL, NULL);
  refuse (fixture, 2, "--colour", "institution", "list", "--colour", NULL);
}

static void
test_missing_option (Fixture       *fixture,
                     gconstpointer  data)
{
  cli_make_registry (fixture);

  refuse (fixture, 2, "--licence|institution add --help",
          "institution", "add", "--licence-date", "2019-09-01", "--legal-basis", "65.15",
          "--type", "elderly", "--name-fr", "X", "--province", "01.511", NULL);
  refuse (fixture, 2, "--name",
          "institution", "add", "--licence", "T-5", "--licence-date", "2019-09-01",
          "--legal-basis", "65.15", "--type", "elderly", "--province", "01.511", NULL);
  refuse (fixture, 2, "--province",
          "institution", "add", "--licence", "T-5", "--licence-date", "2019-09-01",
          "--legal-basis", "65.15", "--type", "elderly", "--name-fr", "X", NULL);
  refuse (fixture, 2, "--effective", "capacity", "set", "T-1", "pupil:f:10", NULL);
  refuse (fixture, 2, "CATEGORY:SEX:PLACES", "capacity", "set", "T-1", "--effective", "2022-01-01", NULL);
  refuse (fixture, 2, "--kind", "licence", "event", "T-1", "--date", "2023-01-01", NULL);
  refuse (fixture, 2, "--date", "licence", "event", "T-1", "--kind", "warning", NULL);
  refuse (fixture, 2, "-o", "backup", NULL);
  refuse (fixture, 2, "--profile", "init", NULL);
  refuse (fixture, 2, "--province", "init", "--profile", "delegate", NULL);
  refuse (fixture, 2, "table, csv or json", "institution", "list", "--format", "xml", NULL);
  refuse (fixture, 2, "1 to 100", "demo", "--scale", "0", NULL);
  refuse (fixture, 2, "one institution", "institution", "show", NULL);
}

static void
make_plain_sqlite (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_not_a_riaya_database (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *plain = cli_fixture_path (fixture, "plain.db");
  g_autofree char *absent = cli_fixture_path (fixture, "absent.db");
  g_autofree char *new_db = cli_fixture_path (fixture, "new.db");
  g_autoptr(CliResult) into_new = NULL;

  cli_make_registry (fixture);
  write_file (fixture, "notes.txt", "These are not the records you are looking for.\n", &text);
  make_plain_sqlite (plain);

  refuse (fixture, 1, "notes.txt|not a Riaya database", "restore", text, NULL);
  refuse (fixture, 1, "plain.db|not a Riaya database", "restore", plain, NULL);
  refuse (fixture, 1, "absent.db", "restore", absent, NULL);

  /* Restoring into a database that did not exist leaves nothing behind. */
  into_new = cli_run ("--db", new_db, "restore", text, NULL);
  g_assert_cmpint (into_new->status, ==, 1);
  g_assert_false (g_file_test (new_db, G_FILE_TEST_EXISTS));
}

static void
test_before_init (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  /* No database at all: nothing is created. */
  refuse (fixture, 1, "riaya-cli init",
          "institution", "add", "--licence", "T-5", "--licence-date", "2019-09-01",
          "--legal-basis", "65.15", "--type", "elderly", "--name-fr", "X", "--province", "01.511", NULL);
  refuse (fixture, 1, "riaya-cli init", "institution", "list", NULL);
  refuse (fixture, 1, "riaya-cli init", "capacity", "set", "T-1", "pupil:f:1", "--effective", "2022-01-01", NULL);
  refuse (fixture, 1, "riaya-cli init", "check", NULL);
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));

  /* A database without a profile, as a first start left it. */
  store = riaya_store_open (fixture->db, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  refuse (fixture, 1, "no profile|riaya-cli init",
          "institution", "add", "--licence", "T-5", "--licence-date", "2019-09-01",
          "--legal-basis", "65.15", "--type", "elderly", "--name-fr", "X", "--province", "01.511", NULL);
  write_file (fixture, "one.csv",
              "licence_number,licence_date,legal_basis,type,name_fr,province_code\n"
              "OK-1,2020-01-01,65.15,elderly,Bon,01.511\n",
              &csv);
  refuse (fixture, 1, "no profile", "institution", "import-csv", csv, NULL);
}

static char *
file_checksum (const char *path)
{
  g_autofree char *content = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &content, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) content, length);
}

static void
test_newer_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autoptr(CliResult) add = NULL;
  sqlite3 *db = NULL;

  cli_make_registry (fixture);

  /* As a newer Riaya would leave it. */
  g_assert_cmpint (sqlite3_open (fixture->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = file_checksum (fixture->db);

  list = cli_run ("--db", fixture->db, "institution", "list", NULL);
  g_assert_cmpint (list->status, ==, 1);
  g_assert_cmpstr (list->out, ==, "");
  g_assert_nonnull (strstr (list->err, "newer"));

  add = cli_run ("--db", fixture->db, "licence", "event", "T-1", "--kind", "warning", "--date", "2023-01-01", NULL);
  g_assert_cmpint (add->status, ==, 1);

  after = file_checksum (fixture->db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_backup_over_a_file (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *precious = NULL;
  g_autofree char *content = NULL;

  cli_make_registry (fixture);
  write_file (fixture, "precious.txt", "do not overwrite\n", &precious);

  refuse (fixture, 1, "precious.txt|--force", "backup", "-o", precious, NULL);
  g_assert_true (g_file_get_contents (precious, &content, NULL, NULL));
  g_assert_cmpstr (content, ==, "do not overwrite\n");
}

static void
test_init (Fixture       *fixture,
           gconstpointer  data)
{
  /* A new database is not left behind by a refused init. */
  refuse (fixture, 1, "99.999", "init", "--profile", "delegate", "--province", "99.999", NULL);
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
  refuse (fixture, 2, "mayor|director, delegate, national", "init", "--profile", "mayor", NULL);
  refuse (fixture, 2, "--province", "init", "--profile", "national", "--province", "03.231", NULL);
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));

  /* Nor is an existing one changed. */
  cli_make_registry (fixture);
  refuse (fixture, 1, "99.999", "init", "--profile", "delegate", "--province", "99.999", NULL);
}

static void
test_demo_over_records (Fixture       *fixture,
                        gconstpointer  data)
{
  cli_make_registry (fixture);
  refuse (fixture, 1, "already holds institutions", "demo", NULL);
}

static void
test_show_unknown (Fixture       *fixture,
                   gconstpointer  data)
{
  cli_make_registry (fixture);
  refuse (fixture, 1, "NOPE-9", "institution", "show", "NOPE-9", NULL);
  refuse (fixture, 1, "2021-13-01", "institution", "show", "T-1", "--on", "2021-13-01", NULL);
  refuse (fixture, 1, "nowhere|01 to 12", "institution", "list", "--region", "nowhere", NULL);
  refuse (fixture, 1, "frozen|active", "institution", "list", "--status", "frozen", NULL);
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

  FIXTURE_TEST ("/cli/refused/duplicate-licence", test_duplicate_licence);
  FIXTURE_TEST ("/cli/refused/unknown-province", test_unknown_province);
  FIXTURE_TEST ("/cli/refused/unknown-type-and-basis", test_unknown_type_and_basis);
  FIXTURE_TEST ("/cli/refused/bad-capacity", test_bad_capacity);
  FIXTURE_TEST ("/cli/refused/dates", test_dates);
  FIXTURE_TEST ("/cli/refused/category-not-served", test_category_not_served);
  FIXTURE_TEST ("/cli/refused/licence-events", test_licence_events);
  FIXTURE_TEST ("/cli/refused/malformed-csv", test_malformed_csv);
  FIXTURE_TEST ("/cli/refused/unknown-command", test_unknown_command);
  FIXTURE_TEST ("/cli/refused/missing-option", test_missing_option);
  FIXTURE_TEST ("/cli/refused/not-a-riaya-database", test_not_a_riaya_database);
  FIXTURE_TEST ("/cli/refused/before-init", test_before_init);
  FIXTURE_TEST ("/cli/refused/newer-database", test_newer_database);
  FIXTURE_TEST ("/cli/refused/backup-over-a-file", test_backup_over_a_file);
  FIXTURE_TEST ("/cli/refused/init", test_init);
  FIXTURE_TEST ("/cli/refused/demo-over-records", test_demo_over_records);
  FIXTURE_TEST ("/cli/refused/show-unknown", test_show_unknown);

  status = g_test_run ();
  cli_clean_up ();

  return status;
}
