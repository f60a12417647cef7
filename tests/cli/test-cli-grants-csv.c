/* test-cli-grants-csv.c — riaya-cli grant import-csv
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A year's grants from a spreadsheet: all of them, each checked as
 * "grant add" checks one, or none, the problems named by line; a listing
 * of "grant list --format csv" reads back into another database.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-util.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define refuse(fixture, status, needles, ...) \
  g_free (cli_refuse_lang (fixture, NULL, status, needles, __VA_ARGS__))

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  char *path = cli_fixture_path (fixture, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *report = NULL;
  g_auto(GStrv) lines = NULL;

  cli_make_registry (fixture);
  /* Quoted fields, a column of grant list ignored, columns in any order,
   * the licence number under the institutions' CSV's name. */
  path = write_file (fixture, "grants.csv",
                     "year,licence_number,amount,kind,convention,basis,status\r\n"
                     "2021,T-1,30000,,,,late\r\n"
                     "2021,T-1,20000.50,equipment,,\"Beds, tables\",\r\n"
                     "2021,T-2,45000,,C-21-2,,\r\n"
                     "2022,T-3,30000.00,running-costs,,,\r\n");
  out = cli_ok (fixture, "grant", "import-csv", path, NULL);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  for (guint i = 0; i < 4; i++)
    g_assert_true (g_uuid_string_is_valid (lines[i]));

  /* The same sums as four "grant add". */
  report = cli_ok (fixture, "report", "grants-by-year", "--from-year", "2021", "--to-year", "2022",
                   "--format", "csv", NULL);
  g_assert_true (g_str_has_prefix (report, "year,institutions,capacity,amount\r\n2021,2,"));
  g_assert_nonnull (strstr (report, ",95000.50\r\n2022,1,"));
  g_assert_nonnull (strstr (report, "total,,,125000.50\r\n"));

  /* A listing reads back into another database with the same registry:
   * its institutions' UUIDs are not known there, their licence numbers
   * are. (It has no convention column: a grant above 50,000 DH would
   * need one.) */
  listing = cli_ok (fixture, "grant", "list", "--format", "csv", NULL);
  g_assert_cmpuint (count_lines (listing), ==, 5);
  {
    g_autofree char *listed = write_file (fixture, "listing.csv", listing);
    g_autofree char *other = cli_fixture_path (fixture, "other.db");
    g_autofree char *again = NULL;
    g_autofree char *report_again = NULL;
    CliFixture second = { fixture->dir, other };

    cli_make_registry (&second);
    again = cli_ok (&second, "grant", "import-csv", listed, NULL);
    g_assert_cmpuint (count_lines (again), ==, 4);
    report_again = cli_ok (&second, "report", "grants-by-year", "--from-year", "2021", "--to-year", "2022",
                           "--format", "csv", NULL);
    g_assert_cmpstr (report_again, ==, report);
  }
}

/* Every refusal leaves the database as it was (cli_refuse_lang checks the
 * digest) and names the line. */
static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *unknown = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *late = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *missing = cli_fixture_path (fixture, "missing.csv");

  cli_make_registry (fixture);

  unknown = write_file (fixture, "unknown.csv", "licence,year,amount,colour\nT-1,2021,10,red\n");
  refuse (fixture, 1, "colour|--help", "grant", "import-csv", unknown, NULL);

  columns = write_file (fixture, "columns.csv", "licence,amount\nT-1,10\n");
  refuse (fixture, 1, "year, amount", "grant", "import-csv", columns, NULL);

  empty = write_file (fixture, "empty.csv", "licence,year,amount\n");
  refuse (fixture, 1, "no grant", "grant", "import-csv", empty, NULL);

  /* Several lines wrong: each named, nothing written, not even the good
   * first line. */
  bad = write_file (fixture, "bad.csv",
                    "licence,year,amount,convention\n"
                    "T-1,2021,1000,\n"
                    "T-1,2021,150000,\n"
                    "X-9,2021,1000,\n"
                    "T-2,20x1,1000,\n"
                    "T-2,2021,-5,\n"
                    "T-2,2021\n");
  refuse (fixture, 1, "nothing was changed|5 lines|Line 3: |convention|Line 4: |X-9|Line 5: |20x1|Line 6: |negative|Line 7: |2 fields",
          "grant", "import-csv", bad, NULL);

  /* What only the store knows — the licence in force during the year —
   * stops it too, after the lines before it were written in the same
   * transaction: rolled back. */
  late = write_file (fixture, "late.csv",
                     "licence,year,amount\n"
                     "T-1,2021,1000\n"
                     "T-1,1995,1000\n");
  refuse (fixture, 1, "Line 3: |1995", "grant", "import-csv", late, NULL);

  refuse (fixture, 1, "missing.csv", "grant", "import-csv", missing, NULL);
  refuse (fixture, 2, "CSV", "grant", "import-csv", NULL);

  {
    g_autofree char *listing = cli_ok (fixture, "grant", "list", "--format", "csv", NULL);

    g_assert_cmpuint (count_lines (listing), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_set_program (argv[1]);

  FIXTURE_TEST ("/cli/grants-csv/import", test_import);
  FIXTURE_TEST ("/cli/grants-csv/refusals", test_refusals);

  status = g_test_run ();
  cli_clean_up ();
  return status;
}
