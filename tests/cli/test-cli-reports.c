/* test-cli-reports.c — the national tables through riaya-cli report
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * grants-by-year against figures computed by hand (an institution with two
 * grants counted once; capacity on 31 December after changes of
 * capacity), inspections-by-region over a period, and compliance on a
 * date with a late justification, a rejected one, a group over capacity,
 * institutions never inspected, short of staff or without a director.
 * Every date is fixed and in the past. The checks of the inspections are
 * tested one by one in tests/reports/test-report-compliance.c.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-output.h"
#include "cli-test-util.h"
#include "riaya-store-inspections.h"
#include "riaya-store-residents.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define refuse(fixture, status, needles, ...) \
  g_free (cli_refuse_lang (fixture, NULL, status, needles, __VA_ARGS__))

#define ok(fixture, ...) g_free (cli_ok (fixture, __VA_ARGS__))

static const char * const grants_columns[] = {
  "year", "institutions", "capacity", "amount", NULL,
};

static const char * const compliance_columns[] = {
  "licence", "institution", "province_code", "issue", "detail", NULL,
};

static const char * const inspections_columns[] = {
  "region_code", "region", "provinces", "institutions", "visits", NULL,
};

#define REPORT_NAMES "institutions-by-region, capacity-by-region, occupancy-by-region, grants-by-year, inspections-by-region, compliance"

/* The figures of grants-by-year for 2021 to 2024, computed by hand from
 * make_grants(). */
static const char expected_grants_csv[] =
  "year,institutions,capacity,amount\r\n"
  /* T-1 twice (40 places) and T-2 (30 + 25): two institutions, 95 places. */
  "2021,2,95,95000.00\r\n"
  /* T-1, 60 places since 2022-09-01, and T-3, 12 places. */
  "2022,2,72,180000.00\r\n"
  /* T-2: 30 + 35 places from 31 December 2023 itself; the change of
   * 1 January 2024 does not count. */
  "2023,1,65,60000.00\r\n"
  "2024,0,0,0.00\r\n"
  "total,,,335000.00\r\n";

/* cli_make_registry's T-1, T-2 and T-3, two more changes of capacity,
 * and grants over three years with their justifications. */
static void
make_grants (Fixture *fixture)
{
  cli_make_registry (fixture);

  ok (fixture, "capacity", "set", "T-1", "pupil:f:60", "--effective", "2022-09-01", NULL);
  ok (fixture, "capacity", "set", "T-2", "elderly:f:35", "--effective", "2023-12-31", NULL);
  ok (fixture, "capacity", "set", "T-2", "elderly:f:45", "--effective", "2024-01-01", NULL);

  ok (fixture, "grant", "add", "T-1", "--year", "2021", "--amount", "30000", NULL);
  ok (fixture, "grant", "add", "T-1", "--year", "2021", "--amount", "20000", "--kind", "equipment", NULL);
  ok (fixture, "grant", "add", "T-2", "--year", "2021", "--amount", "45000", NULL);
  ok (fixture, "grant", "add", "T-1", "--year", "2022", "--amount", "150000", "--convention", "C-22-1", NULL);
  ok (fixture, "grant", "add", "T-3", "--year", "2022", "--amount", "30000", NULL);
  ok (fixture, "grant", "add", "T-2", "--year", "2023", "--amount", "60000", "--convention", "C-23-4", NULL);

  /* T-1's 2022 justification never came; T-2's 2023 one was rejected;
   * T-3's is due at the end of 2024. */
  ok (fixture, "grant", "justify", "T-1:2022", "--due", "2023-03-31", NULL);
  ok (fixture, "grant", "justify", "T-2:2023", "--due", "2024-03-31", "--received", "2024-03-15",
      "--rejected", "2024-04-01", "--reason", "Bank statements missing", NULL);
  ok (fixture, "grant", "justify", "T-3:2022", "--due", "2024-12-31", NULL);
  ok (fixture, "grant", "justify", "T-2:2021", "--due", "2022-03-31", "--received", "2022-03-01",
      "--approved", "2022-03-20", NULL);
}

static void
test_help (void)
{
  g_autoptr(CliResult) top = cli_run ("--help", NULL);
  g_autoptr(CliResult) help = cli_run ("report", "--help", NULL);

  g_assert_cmpint (top->status, ==, 0);
  g_assert_nonnull (strstr (top->out, "report"));

  g_assert_cmpint (help->status, ==, 0);
  for (const char * const *text = (const char *[]) {
         "riaya-cli report", "NAME", "grants-by-year", "compliance", "--from-year", "--to-year", "--year",
         "--on", "--format", "-o, --output", "inspections-by-region [--from DATE] [--to DATE]",
         "over-capacity, not-inspected, justification-overdue, action-overdue, staffing-below-norm, no-director",
         "6 months after the last under Law 14.05, 12 months under Law 65.15",
         "\"146002000.00\"", NULL };
       *text; text++)
    if (strstr (help->out, *text) == NULL)
      g_error ("report --help does not say “%s”:\n%s", *text, help->out);
}

static void
test_grants_by_year (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *csv_text = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *table = NULL;
  g_autofree char *one_text = NULL;
  g_autofree char *default_text = NULL;
  g_autofree char *this_year = NULL;
  g_autoptr(TestJson) json = NULL;
  g_autoptr(Csv) one = NULL;
  g_autoptr(Csv) ten = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TestJson *rows;
  TestJson *total;

  make_grants (fixture);

  csv_text = cli_ok (fixture, "report", "grants-by-year", "--from-year", "2021", "--to-year", "2024",
                     "--format", "csv", NULL);
  g_assert_cmpstr (csv_text, ==, expected_grants_csv);

  /* JSON: counts are numbers, money exact strings, the total its own
   * member, with nothing for the counts that do not add up. */
  json_text = cli_ok (fixture, "report", "grants-by-year", "--from-year", "2021", "--to-year", "2024",
                      "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (json, "report"), ==, "grants-by-year");
  g_assert_cmpint (test_json_get_int (test_json_get (json, "parameters"), "from_year"), ==, 2021);
  g_assert_cmpint (test_json_get_int (test_json_get (json, "parameters"), "to_year"), ==, 2024);
  rows = test_json_get (json, "rows");
  g_assert_cmpuint (test_json_length (rows), ==, 4);
  g_assert_cmpint (test_json_get_int (test_json_index (rows, 0), "year"), ==, 2021);
  g_assert_cmpint (test_json_get_int (test_json_index (rows, 0), "institutions"), ==, 2);
  g_assert_cmpint (test_json_get_int (test_json_index (rows, 0), "capacity"), ==, 95);
  g_assert_cmpstr (test_json_get_string (test_json_index (rows, 0), "amount"), ==, "95000.00");
  total = test_json_get (json, "total");
  g_assert_cmpstr (test_json_get_string (total, "amount"), ==, "335000.00");
  g_assert_cmpint (test_json_type (test_json_get (total, "institutions")), ==, TEST_JSON_NULL);
  g_assert_cmpint (test_json_type (test_json_get (total, "capacity")), ==, TEST_JSON_NULL);
  g_assert_null (test_json_get (total, "year"));

  /* For people: a heading, digit groups, the total. */
  table = cli_ok (fixture, "report", "grants-by-year", "--from-year", "2021", "--to-year", "2024", NULL);
  for (const char * const *text = (const char *[]) {
         "Grants by year, 2021 to 2024", "Year", "Institutions", "Capacity", "Granted (DH)",
         "180,000.00", "335,000.00", "Total", NULL };
       *text; text++)
    if (strstr (table, *text) == NULL)
      g_error ("report grants-by-year does not show “%s”:\n%s", *text, table);

  /* --year: one year and the total. */
  one_text = cli_ok (fixture, "report", "grants-by-year", "--year", "2022", "--format", "csv", NULL);
  one = csv_parse_output (one_text, grants_columns);
  g_assert_cmpuint (csv_n_rows (one), ==, 2);
  g_assert_cmpstr (csv_cell (one, 0, "capacity"), ==, "72");
  g_assert_cmpstr (csv_cell (one, 1, "year"), ==, "total");
  g_assert_cmpstr (csv_cell (one, 1, "amount"), ==, "180000.00");

  /* By default, the ten years up to this one. */
  default_text = cli_ok (fixture, "report", "grants-by-year", "--format", "csv", NULL);
  ten = csv_parse_output (default_text, grants_columns);
  this_year = g_strdup_printf ("%d", g_date_time_get_year (now));
  g_assert_cmpuint (csv_n_rows (ten), ==, 11);
  g_assert_cmpstr (csv_cell (ten, 9, "year"), ==, this_year);
  g_assert_cmpstr (csv_cell (ten, 10, "amount"), ==, "335000.00");
}

/* Three grants of nine billion dirhams: 27,000,000,000.00 exactly. */
static void
test_grants_by_year_large (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *csv_text = NULL;

  cli_make_registry (fixture);
  ok (fixture, "grant", "add", "T-1", "--year", "2023", "--amount", "9000000000.00", "--convention", "C-1", NULL);
  ok (fixture, "grant", "add", "T-2", "--year", "2023", "--amount", "9000000000.00", "--convention", "C-2", NULL);
  ok (fixture, "grant", "add", "T-2", "--year", "2024", "--amount", "9000000000.00", "--convention", "C-3", NULL);

  csv_text = cli_ok (fixture, "report", "grants-by-year", "--from-year", "2023", "--to-year", "2024",
                     "--format", "csv", NULL);
  g_assert_cmpstr (csv_text, ==,
                   "year,institutions,capacity,amount\r\n"
                   "2023,2,95,18000000000.00\r\n"
                   "2024,1,55,9000000000.00\r\n"
                   "total,,,27000000000.00\r\n");
}

/* Counts of people present arrive by import in a national database: put
 * them as an import would. */
static void
put_count (Fixture       *fixture,
           const char    *licence,
           const char    *on,
           RiayaCategory  category,
           RiayaSex       sex,
           guint          present)
{
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  g_autoptr(GError) error = NULL;
  RiayaCountLine line = { category, sex, RIAYA_AGE_BAND_12_17, present };

  store = riaya_store_open (fixture->db, &error);
  g_assert_no_error (error);
  institution = riaya_store_get_institution (store, licence, &error);
  g_assert_no_error (error);
  g_array_append_val (lines, line);
  riaya_store_put_counts (store, riaya_institution_get_uuid (institution), on, lines, &error);
  g_assert_no_error (error);
}

static void
test_compliance (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *csv_text = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *table = NULL;
  g_autofree char *before_text = NULL;
  g_autoptr(Csv) csv = NULL;
  g_autoptr(Csv) before = NULL;
  g_autoptr(TestJson) json = NULL;
  /* Nobody was ever inspected, and nobody has any staff recorded: every
   * institution with people counted is short of them. */
  static const char * const expected[][2] = {
    { "T-1", "over-capacity" },
    { "T-1", "not-inspected" },
    { "T-1", "justification-overdue" },
    { "T-1", "staffing-below-norm" },
    { "T-1", "no-director" },
    { "T-2", "not-inspected" },
    { "T-2", "justification-overdue" },
    { "T-2", "no-director" },
    { "T-3", "not-inspected" },
    { "T-3", "staffing-below-norm" },
    { "T-3", "no-director" },
    { "T-4", "not-inspected" },
    { "T-4", "staffing-below-norm" },
  };

  make_grants (fixture);
  /* T-4 has a director; T-5 has none but was withdrawn: neither is
   * listed for it. */
  ok (fixture, "institution", "add", "--licence", "T-4", "--licence-date", "2015-01-01", "--legal-basis", "14.05",
      "--type", "women", "--name-fr", "Centre Nisae Salé", "--province", "04.441", "--director", "Nadia Berrada",
      "--capacity", "woman:f:20", NULL);
  ok (fixture, "institution", "add", "--licence", "T-5", "--licence-date", "2012-01-01", "--legal-basis", "14.05",
      "--type", "elderly", "--name-fr", "Maison fermée", "--province", "04.441",
      "--capacity", "elderly:m:10", NULL);
  ok (fixture, "licence", "event", "T-5", "--kind", "withdrawn", "--date", "2020-01-10", NULL);

  /* T-1: 65 girls for 60 places; T-3: 5 children for 12; T-4: 20 for 20. */
  put_count (fixture, "T-1", "2024-01-15", RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 65);
  put_count (fixture, "T-3", "2024-01-15", RIAYA_CATEGORY_ABANDONED_CHILD, RIAYA_SEX_MALE, 5);
  put_count (fixture, "T-4", "2024-01-15", RIAYA_CATEGORY_WOMAN, RIAYA_SEX_FEMALE, 20);

  csv_text = cli_ok (fixture, "report", "compliance", "--on", "2024-06-30", "--format", "csv", NULL);
  csv = csv_parse_output (csv_text, compliance_columns);
  if (csv_n_rows (csv) != G_N_ELEMENTS (expected))
    g_error ("compliance: %u rows, expected %u:\n%s", csv_n_rows (csv), (guint) G_N_ELEMENTS (expected), csv_text);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (csv_cell (csv, i, "licence"), ==, expected[i][0]);
      g_assert_cmpstr (csv_cell (csv, i, "issue"), ==, expected[i][1]);
    }
  g_assert_cmpstr (csv_cell (csv, 0, "province_code"), ==, "01.511");
  g_assert_cmpstr (csv_cell (csv, 0, "institution"), ==, "Dar Taliba Assilah");
  g_assert_cmpstr (csv_cell (csv, 0, "detail"), ==,
                   "More people present than places: Schoolchildren, Female: 65 present for 60 places.");
  g_assert_cmpstr (csv_cell (csv, 1, "detail"), ==,
                   "Never inspected since the licence of 2019-09-01; Law 65.15 asks for a visit every 12 months, "
                   "so the first was due on 2020-09-01.");
  g_assert_cmpstr (csv_cell (csv, 2, "detail"), ==,
                   "The justification of the 2022 grant (150,000.00 DH) was due on 2023-03-31 and has not been received.");
  g_assert_cmpstr (csv_cell (csv, 3, "detail"), ==,
                   "Educators: 0 for 65 residents; the norm is 1 per 25, so 3; Social workers: 0; the norm is 1; "
                   "Nurses: 0; the norm is 1; Doctor: 0 hours a year; the norm is 240 hours a year; "
                   "Kitchen staff: 0 for 65 residents; the norm is 1 per 25, so 3.");
  g_assert_cmpstr (csv_cell (csv, 4, "detail"), ==, "No director is recorded for this institution.");
  g_assert_cmpstr (csv_cell (csv, 6, "detail"), ==,
                   "The justification of the 2023 grant (60,000.00 DH), due on 2024-03-31, was rejected and is still owed.");

  /* On the due date itself nothing is late yet, and before the count of
   * 15 January nobody is known to be present: neither over capacity nor
   * short of staff. */
  before_text = cli_ok (fixture, "report", "compliance", "--on", "2023-03-31", "--format", "csv", NULL);
  before = csv_parse_output (before_text, compliance_columns);
  g_assert_cmpuint (csv_n_rows (before), ==, 7);
  for (guint i = 0; i < csv_n_rows (before); i++)
    if (!g_str_equal (csv_cell (before, i, "issue"), "no-director") &&
        !g_str_equal (csv_cell (before, i, "issue"), "not-inspected"))
      g_error ("compliance on 2023-03-31 finds %s for %s", csv_cell (before, i, "issue"), csv_cell (before, i, "licence"));

  json_text = cli_ok (fixture, "report", "compliance", "--on", "2024-06-30", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (json, "report"), ==, "compliance");
  g_assert_cmpstr (test_json_get_string (test_json_get (json, "parameters"), "on"), ==, "2024-06-30");
  g_assert_cmpuint (test_json_length (test_json_get (json, "rows")), ==, G_N_ELEMENTS (expected));
  g_assert_cmpstr (test_json_get_string (test_json_index (test_json_get (json, "rows"), 2), "issue"), ==,
                   "justification-overdue");
  g_assert_null (test_json_get (json, "total"));

  table = cli_ok (fixture, "report", "compliance", "--on", "2024-06-30", NULL);
  for (const char * const *text = (const char *[]) {
         "Compliance on 2024-06-30", "Licence", "Issue", "Detail", "over-capacity", "rejected",
         "13 problems on 2024-06-30.", NULL };
       *text; text++)
    if (strstr (table, *text) == NULL)
      g_error ("report compliance does not show “%s”:\n%s", *text, table);
}

/* A visit recorded as the visit editor or an import would: through the
 * store. */
static void
put_visit (Fixture    *fixture,
           const char *licence,
           const char *done_on,
           guint       present)
{
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(GError) error = NULL;

  store = riaya_store_open (fixture->db, &error);
  g_assert_no_error (error);
  institution = riaya_store_get_institution (store, licence, &error);
  g_assert_no_error (error);
  visit = riaya_inspection_new (riaya_institution_get_uuid (institution), done_on, RIAYA_VISIT_KIND_PROGRAMMED);
  riaya_inspection_set_done_on (visit, done_on);
  riaya_inspection_set_members_invited (visit, 5);
  riaya_inspection_set_members_present (visit, present);
  riaya_store_add_inspection (store, visit, &error);
  g_assert_no_error (error);
}

static void
test_inspections_by_region (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *csv_text = NULL;
  g_autofree char *table = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *compliance_text = NULL;
  g_autoptr(Csv) csv = NULL;
  g_autoptr(Csv) compliance = NULL;
  g_autoptr(TestJson) json = NULL;

  cli_make_registry (fixture);
  /* T-1 (Tanger-Assilah, region 01) twice, once without a majority; T-3
   * (Salé, region 04) once in the period and once after; T-2 (Fès,
   * region 03) the day before it. */
  put_visit (fixture, "T-1", "2024-02-10", 3);
  put_visit (fixture, "T-1", "2024-09-10", 2);
  put_visit (fixture, "T-3", "2024-12-31", 4);
  put_visit (fixture, "T-3", "2025-01-01", 4);
  put_visit (fixture, "T-2", "2023-12-31", 4);

  csv_text = cli_ok (fixture, "report", "inspections-by-region", "--from", "2024-01-01", "--to", "2024-12-31",
                     "--format", "csv", NULL);
  csv = csv_parse_output (csv_text, inspections_columns);
  g_assert_cmpuint (csv_n_rows (csv), ==, 13);
  g_assert_cmpstr (csv_cell (csv, 0, "region_code"), ==, "01");
  g_assert_cmpstr (csv_cell (csv, 0, "region"), ==, "Tanger-Tétouan-Al Hoceima");
  g_assert_cmpstr (csv_cell (csv, 0, "provinces"), ==, "1");
  g_assert_cmpstr (csv_cell (csv, 0, "institutions"), ==, "1");
  g_assert_cmpstr (csv_cell (csv, 0, "visits"), ==, "2");
  g_assert_cmpstr (csv_cell (csv, 2, "visits"), ==, "0");
  g_assert_cmpstr (csv_cell (csv, 3, "visits"), ==, "1");
  g_assert_cmpstr (csv_cell (csv, 12, "region_code"), ==, "total");
  g_assert_cmpstr (csv_cell (csv, 12, "provinces"), ==, "2");
  g_assert_cmpstr (csv_cell (csv, 12, "institutions"), ==, "2");
  g_assert_cmpstr (csv_cell (csv, 12, "visits"), ==, "3");

  json_text = cli_ok (fixture, "report", "inspections-by-region", "--from", "2024-01-01", "--to", "2024-12-31",
                      "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (test_json_get (json, "parameters"), "to"), ==, "2024-12-31");
  g_assert_cmpint (test_json_get_int (test_json_get (json, "total"), "visits"), ==, 3);

  table = cli_ok (fixture, "report", "inspections-by-region", "--to", "2024-12-31", NULL);
  for (const char * const *text = (const char *[]) {
         "Inspections by region, from 2024-01-01 to 2024-12-31", "Region", "Provinces", "Visits",
         "Rabat-Salé-Kénitra", "Total", NULL };
       *text; text++)
    if (strstr (table, *text) == NULL)
      g_error ("report inspections-by-region does not show “%s”:\n%s", *text, table);

  /* The valid visit of 10 February 2024 counts for T-1 on 30 June; the
   * one without a majority in September does not, and by 1 March 2025
   * T-1 is late again. */
  compliance_text = cli_ok (fixture, "report", "compliance", "--on", "2025-03-01", "--format", "csv", NULL);
  compliance = csv_parse_output (compliance_text, compliance_columns);
  g_assert_cmpstr (csv_cell (compliance, 0, "licence"), ==, "T-1");
  g_assert_cmpstr (csv_cell (compliance, 0, "issue"), ==, "not-inspected");
  g_assert_cmpstr (csv_cell (compliance, 0, "detail"), ==,
                   "Last valid visit on 2024-02-10; Law 65.15 asks for a visit every 12 months, "
                   "so the next was due on 2025-02-10.");
}

/* -o writes the file whole, by a rename, and nothing on stdout. */
static void
test_output_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = cli_fixture_path (fixture, "grants.csv");
  g_autofree char *contents = NULL;
  g_autofree char *missing = cli_fixture_path (fixture, "no-such-folder/grants.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  make_grants (fixture);

  {
    g_autofree char *out = cli_ok (fixture, "report", "grants-by-year", "--from-year", "2021", "--to-year", "2024",
                                   "--format", "csv", "-o", path, NULL);

    g_assert_cmpstr (out, ==, "");
  }
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected_grants_csv);

  /* Replaced whole the second time. */
  {
    g_autofree char *out = cli_ok (fixture, "report", "grants-by-year", "--year", "2023",
                                   "--format", "csv", "--output", path, NULL);
    g_clear_pointer (&contents, g_free);
    g_file_get_contents (path, &contents, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (contents, ==, "year,institutions,capacity,amount\r\n2023,1,65,60000.00\r\ntotal,,,60000.00\r\n");
  }

  /* A folder that does not exist: refused, nothing left behind. */
  refuse (fixture, 1, "no-such-folder", "report", "grants-by-year", "-o", missing, NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* No temporary file stays beside the report. */
  dir = g_dir_open (fixture->dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "riaya.db") && !g_str_equal (name, "grants.csv") && !g_str_equal (name, "backups"))
      g_error ("report -o left “%s” behind", name);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *missing = cli_fixture_path (fixture, "missing.db");

  make_grants (fixture);

  /* Unknown reports: usage errors naming the reports there are. */
  refuse (fixture, 2, "grants-per-year|" REPORT_NAMES, "report", "grants-per-year", NULL);
  refuse (fixture, 2, REPORT_NAMES, "report", NULL);

  /* Options a report does not take, formats not made yet. */
  refuse (fixture, 2, "--on|grants-by-year", "report", "grants-by-year", "--on", "2024-01-01", NULL);
  refuse (fixture, 2, "--year|compliance", "report", "compliance", "--year", "2024", NULL);
  refuse (fixture, 2, "--from-year|compliance", "report", "compliance", "--from-year", "2024", NULL);
  refuse (fixture, 2, "--from|compliance", "report", "compliance", "--from", "2024-01-01", NULL);
  refuse (fixture, 2, "--to|grants-by-year", "report", "grants-by-year", "--to", "2024-01-01", NULL);
  refuse (fixture, 2, "--on|inspections-by-region", "report", "inspections-by-region", "--on", "2024-01-01", NULL);
  refuse (fixture, 2, "--year|inspections-by-region", "report", "inspections-by-region", "--year", "2024", NULL);
  refuse (fixture, 2, "--year|--from-year", "report", "grants-by-year", "--year", "2023", "--from-year", "2021", NULL);
  refuse (fixture, 2, "ods|table, csv, json", "report", "grants-by-year", "--format", "ods", NULL);
  refuse (fixture, 2, "--region|grants-by-year", "report", "grants-by-year", "--region", "09", NULL);
  refuse (fixture, 2, "--region|compliance", "report", "compliance", "--region", "09", NULL);
  refuse (fixture, 2, "extra", "report", "compliance", "extra", NULL);

  /* Values that make no sense. */
  refuse (fixture, 1, "2024|2021|order", "report", "grants-by-year", "--from-year", "2024", "--to-year", "2021", NULL);
  refuse (fixture, 1, "1850|1900", "report", "grants-by-year", "--from-year", "1850", "--to-year", "1855", NULL);
  refuse (fixture, 1, "20x4", "report", "grants-by-year", "--year", "20x4", NULL);
  refuse (fixture, 1, "2024-02-30", "report", "compliance", "--on", "2024-02-30", NULL);
  /* A period that is not one is a mistake in the command. */
  refuse (fixture, 2, "--from|2024-02-30|check the month", "report", "inspections-by-region", "--from", "2024-02-30", NULL);
  refuse (fixture, 2, "--to|31/12/2024|year-month-day", "report", "inspections-by-region", "--to", "31/12/2024", NULL);
  refuse (fixture, 2, "2024-12-31|2024-01-01|--from before --to",
          "report", "inspections-by-region", "--from", "2024-12-31", "--to", "2024-01-01", NULL);

  /* No database: nothing created. */
  {
    g_autoptr(CliResult) result = cli_run ("--db", missing, "report", "compliance", NULL);

    g_assert_cmpint (result->status, ==, 1);
    g_assert_cmpstr (result->out, ==, "");
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

/* The tables speak the user's language; the CSV columns and the issue
 * codes never change. These fail until po/fr.po and po/ar.po translate
 * the reports. */
static void
assert_translated (Fixture    *fixture,
                   const char *language,
                   const char *heading_word,
                   const char *detail_word,
                   const char *total_amount)
{
  const char *args[] = { "--db", fixture->db, "report", "compliance", "--on", "2024-06-30", "--format", "csv", NULL };
  const char *table_args[] = { "--db", fixture->db, "report", "grants-by-year", "--from-year", "2021",
                               "--to-year", "2024", NULL };
  g_autoptr(CliResult) english = NULL;
  g_autoptr(CliResult) translated = NULL;
  g_autoptr(CliResult) table = NULL;
  g_autoptr(Csv) csv = NULL;
  g_autofree char *unknown = NULL;

  make_grants (fixture);

  english = cli_runv (NULL, args);
  translated = cli_runv (language, args);
  g_assert_cmpint (translated->status, ==, 0);
  csv = csv_parse_output (translated->out, compliance_columns);
  /* T-1: not-inspected, then its late justification. */
  g_assert_cmpstr (csv_cell (csv, 1, "issue"), ==, "justification-overdue");
  if (g_strcmp0 (translated->out, english->out) == 0)
    g_test_fail_printf ("LANGUAGE=%s: the details are not translated:\n%s", language, translated->out);
  else if (strstr (csv_cell (csv, 1, "detail"), detail_word) == NULL)
    g_test_fail_printf ("LANGUAGE=%s: “%s” missing from: %s", language, detail_word, csv_cell (csv, 1, "detail"));

  table = cli_runv (language, table_args);
  g_assert_cmpint (table->status, ==, 0);
  if (strstr (table->out, heading_word) == NULL)
    g_test_fail_printf ("LANGUAGE=%s: “%s” missing from:\n%s", language, heading_word, table->out);
  /* Amounts for people written the language's own way. */
  if (strstr (table->out, total_amount) == NULL)
    g_test_fail_printf ("LANGUAGE=%s: “%s” missing from:\n%s", language, total_amount, table->out);

  unknown = cli_refuse_lang (fixture, language, 2, "grants-per-year|" REPORT_NAMES,
                             "report", "grants-per-year", NULL);
}

static void
test_translated_fr (Fixture       *fixture,
                    gconstpointer  data)
{
  /* A narrow no-break space between groups, a comma before the
   * centimes. */
  assert_translated (fixture, "fr", "Subventions", "justificati", "335\xe2\x80\xaf" "000,00");
}

static void
test_translated_ar (Fixture       *fixture,
                    gconstpointer  data)
{
  /* منح: the stem of منحة, المنح (grant, grants). */
  /* Latin digits grouped by commas, a point before the centimes, as
   * Morocco writes them in Arabic. */
  assert_translated (fixture, "ar", "منح", "منح", "335,000.00");
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

  g_test_add_func ("/cli/reports/help", test_help);
  FIXTURE_TEST ("/cli/reports/grants-by-year", test_grants_by_year);
  FIXTURE_TEST ("/cli/reports/grants-by-year/large", test_grants_by_year_large);
  FIXTURE_TEST ("/cli/reports/inspections-by-region", test_inspections_by_region);
  FIXTURE_TEST ("/cli/reports/compliance", test_compliance);
  FIXTURE_TEST ("/cli/reports/output-file", test_output_file);
  FIXTURE_TEST ("/cli/reports/refusals", test_refusals);
  FIXTURE_TEST ("/cli/reports/translated/fr", test_translated_fr);
  FIXTURE_TEST ("/cli/reports/translated/ar", test_translated_ar);

  status = g_test_run ();
  cli_clean_up ();

  return status;
}
