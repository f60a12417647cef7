/* test-cli-inspections-files.c — what riaya-cli inspection writes for others
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar file, read back by Python's icalendar through
 * tests/data/check-ics.py (RIAYA_TEST_PYTHON_ICALENDAR names the Python
 * that has it; empty when none does, and the check says it is skipped);
 * the annual programme and the follow-ups due; the signed report as PDF.
 * The same national database as test-cli-inspections.c, with two more
 * institutions whose names calendars find hard: a long Arabic one and a
 * French one with commas, a semicolon and a line break.
 */

#include "config.h"

#include <string.h>

#include "cli-test-output.h"
#include "cli-test-util.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define refuse(fixture, status, needles, ...) \
  g_free (cli_refuse_lang (fixture, NULL, status, needles, __VA_ARGS__))

#define NAME_AR "دار الأطفال للرعاية الاجتماعية والتربوية لفائدة الأطفال المهملين بعمالة سلا، الجماعة الحضرية"
#define NAME_FR "Centre «Al Amal», Fès; annexe\nHay Saada"

/* SOURCE_DATE_EPOCH of the exports: 2024-06-01 08:30:05 UTC. */
#define EPOCH "1717230605"

static const char * const programme_columns[] = {
  "institution_uuid", "licence", "institution", "province_code", "type", "legal_basis",
  "licence_date", "last_valid_visit", "next_due", "valid_visits_in_year", "planned_in_year",
  "visits_needed", "over_capacity", "overdue_actions", "reasons", NULL,
};

static const char * const follow_up_columns[] = {
  "uuid", "institution_uuid", "licence", "institution", "province_code", "kind", "planned_on",
  "done_on", "status", "members_invited", "members_present", "decision", "decision_deadline",
  "actions_open", "actions_overdue", "follows", "revision", "follow_up_due", NULL,
};

static void
make_registry (Fixture *fixture)
{
  g_autofree char *t4 = NULL;
  g_autofree char *t5 = NULL;

  cli_make_registry (fixture);
  t4 = cli_ok (fixture, "institution", "add", "--licence", "T-4", "--licence-date", "2018-01-01",
               "--legal-basis", "65.15", "--type", "child-protection", "--name-ar", NAME_AR,
               "--province", "04.441", "--commune", "Salé", "--capacity", "child:any:30", NULL);
  t5 = cli_ok (fixture, "institution", "add", "--licence", "T-5", "--licence-date", "2018-01-01",
               "--legal-basis", "65.15", "--type", "women", "--name-fr", NAME_FR,
               "--province", "03.231", "--capacity", "woman:f:20", NULL);
}

/* Runs check-ics.py on @ics against @expected (JSON text). */
static void
check_ics (Fixture    *fixture,
           const char *ics,
           const char *expected)
{
  const char *python = g_getenv ("RIAYA_TEST_PYTHON_ICALENDAR");
  const char *script = g_getenv ("RIAYA_TEST_CHECK_ICS");
  g_autofree char *json_path = cli_fixture_path (fixture, "expected.json");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;

  if (python == NULL || *python == '\0' || script == NULL)
    {
      g_test_skip ("Python's icalendar module (python3-icalendar) is not installed: "
                   "the calendar is not read back by a second parser");
      return;
    }

  g_assert_true (g_file_set_contents (json_path, expected, -1, NULL));
  g_spawn_sync (NULL, (char *[]) { (char *) python, (char *) script, (char *) ics, json_path, NULL }, NULL,
                G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    g_error ("check-ics.py refuses %s:\n%s%s", ics, out, err);
}

/* The calendar of visits planned, done and cancelled, read back by
 * icalendar; UIDs stable across exports, SEQUENCE following revisions. */
static void
test_ics (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *arabic = NULL;
  g_autofree char *punct = NULL;
  g_autofree char *done = NULL;
  g_autofree char *gone = NULL;
  g_autofree char *out = NULL;
  g_autofree char *ics = cli_fixture_path (fixture, "visits.ics");
  g_autofree char *again = cli_fixture_path (fixture, "again.ics");
  g_autofree char *province_ics = cli_fixture_path (fixture, "fes.ics");
  g_autofree char *missing = cli_fixture_path (fixture, "no-such-folder/visits.ics");
  g_autofree char *first_text = NULL;
  g_autofree char *again_text = NULL;
  g_autofree char *province_text = NULL;
  g_autofree char *expected = NULL;

  make_registry (fixture);
  g_setenv ("SOURCE_DATE_EPOCH", EPOCH, TRUE);

  arabic = cli_ok_uuid (fixture, "inspection", "plan", "T-4", "--date", "2099-09-15", "--kind", "programmed",
                        "--committee", "Mohammed Alaoui — Wilaya", "--committee", "سعاد بنعلي — الصحة",
                        "--invited", "5", NULL);
  punct = cli_ok_uuid (fixture, "inspection", "plan", "T-5", "--date", "2099-12-31", "--kind", "unannounced", NULL);
  done = cli_ok_uuid (fixture, "inspection", "plan", "T-1", "--date", "2024-03-05", "--kind", "complaint", NULL);
  out = cli_ok (fixture, "inspection", "record", done, "--done", "2024-03-10", "--members", "6", "--present", "4",
                "--decision", "warning", "--deadline", "2024-06-30",
                "--finding", "Fatima Zahra B. sleeps in the corridor.", NULL);
  g_clear_pointer (&out, g_free);
  gone = cli_ok_uuid (fixture, "inspection", "plan", "T-2", "--date", "2099-02-28", "--kind", "programmed", NULL);
  out = cli_ok (fixture, "inspection", "cancel", gone, NULL);
  g_clear_pointer (&out, g_free);

  out = cli_ok (fixture, "inspection", "ics", "-o", ics, NULL);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_assert_true (g_file_get_contents (ics, &first_text, NULL, NULL));
  /* The findings name a resident: they stay out of the calendar. */
  g_assert_null (strstr (first_text, "Fatima"));
  g_assert_null (strstr (first_text, "corridor"));

  expected = g_strdup_printf (
    "["
    "{\"UID\": \"%s@riaya\", \"SUMMARY\": \"Programmed: " NAME_AR "\", \"DTSTART\": \"2099-09-15\","
    " \"DTSTAMP\": \"20240601T083005Z\", \"SEQUENCE\": 0, \"STATUS\": \"CONFIRMED\", \"LOCATION\": \"Salé, Salé\","
    " \"DESCRIPTION\": \"Licence: T-4\\nKind of visit: Programmed\\nStatus: Planned\\nCommittee: 5 members invited\\n"
    "Committee invited:\\nMohammed Alaoui — Wilaya\\nسعاد بنعلي — الصحة\","
    " \"CATEGORIES\": [\"Inspection\", \"Programmed\"]},"
    "{\"UID\": \"%s@riaya\", \"SUMMARY\": \"Unannounced: Centre «Al Amal», Fès; annexe\\nHay Saada\","
    " \"DTSTART\": \"2099-12-31\", \"SEQUENCE\": 0, \"STATUS\": \"CONFIRMED\", \"LOCATION\": \"Fès\"},"
    "{\"UID\": \"%s@riaya\", \"SUMMARY\": \"On a complaint: Dar Taliba Assilah\", \"DTSTART\": \"2024-03-10\","
    " \"SEQUENCE\": 1, \"STATUS\": \"CONFIRMED\", \"LOCATION\": \"Assilah, Tanger-Assilah\","
    " \"DESCRIPTION\": {\"contains\": [\"Licence: T-1\", \"Status: Done\", \"4 of 6 invited\","
    " \"Decision: Warning, deadline 2024-06-30\"], \"absent\": [\"Fatima\", \"corridor\"]}},"
    "{\"UID\": \"%s@riaya\", \"SUMMARY\": \"Programmed: Maison des personnes âgées de Fès\","
    " \"DTSTART\": \"2099-02-28\", \"SEQUENCE\": 1, \"STATUS\": \"CANCELLED\", \"LOCATION\": \"Fès-Médina, Fès\","
    " \"DESCRIPTION\": {\"contains\": [\"Status: Cancelled\"]}}"
    "]", arabic, punct, done, gone);
  check_ics (fixture, ics, expected);

  /* The same visits again: the same file, DTSTAMP aside. */
  g_setenv ("SOURCE_DATE_EPOCH", "1720000000", TRUE);
  out = cli_ok (fixture, "inspection", "ics", "-o", again, NULL);
  g_clear_pointer (&out, g_free);
  g_assert_true (g_file_get_contents (again, &again_text, NULL, NULL));
  g_assert_cmpstr (first_text, !=, again_text);
  {
    g_autoptr(GString) restamped = g_string_new (again_text);

    g_assert_cmpuint (g_string_replace (restamped, "DTSTAMP:20240703T094640Z", "DTSTAMP:20240601T083005Z", 0), ==, 4);
    g_assert_cmpstr (restamped->str, ==, first_text);
  }
  g_setenv ("SOURCE_DATE_EPOCH", EPOCH, TRUE);

  /* One province, and a period: Fès holds T-2 (cancelled) and T-5. */
  out = cli_ok (fixture, "inspection", "ics", "--province", "03.231", "--from", "2099-06-01", "-o", province_ics, NULL);
  g_assert_true (g_file_get_contents (province_ics, &province_text, NULL, NULL));
  g_assert_nonnull (strstr (province_text, punct));
  g_assert_null (strstr (province_text, gone));
  g_assert_null (strstr (province_text, arabic));
  g_assert_null (strstr (province_text, done));

  /* Refused: nothing written. */
  refuse (fixture, 2, "-o", "inspection", "ics", NULL);
  refuse (fixture, 1, "no-such-folder|choose another name", "inspection", "ics", "-o", missing, NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  refuse (fixture, 1, "2099-13-01", "inspection", "ics", "--from", "2099-13-01", "-o", ics, NULL);
  refuse (fixture, 1, "09.999", "inspection", "ics", "--province", "09.999", "-o", ics, NULL);
  g_unsetenv ("SOURCE_DATE_EPOCH");
}

/* The institutions due a visit in a year, most urgent first; a
 * delegate's database defaults to the delegate's province. */
static void
test_programme (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *visit = NULL;
  g_autofree char *out = NULL;
  g_autofree char *csv_text = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *table = NULL;
  g_autofree char *province_text = NULL;
  g_autoptr(Csv) csv = NULL;
  g_autoptr(Csv) province = NULL;
  g_autoptr(TestJson) json = NULL;
  guint row;

  make_registry (fixture);
  visit = cli_ok_uuid (fixture, "inspection", "plan", "T-1", "--date", "2024-03-05", "--kind", "programmed", NULL);
  out = cli_ok (fixture, "inspection", "record", visit, "--done", "2024-03-05", "--members", "5", "--present", "3",
                NULL);

  csv_text = cli_ok (fixture, "inspection", "programme", "--year", "2099", "--format", "csv", NULL);
  csv = csv_parse_output (csv_text, programme_columns);
  g_assert_cmpuint (csv_n_rows (csv), ==, 5);
  /* Never inspected first; T-1's valid visit of 2024 puts it last. */
  g_assert_nonnull (strstr (csv_cell (csv, 0, "reasons"), "never-inspected"));
  g_assert_cmpstr (csv_cell (csv, 4, "licence"), ==, "T-1");
  row = csv_find_row (csv, "licence", "T-1");
  g_assert_cmpstr (csv_cell (csv, row, "last_valid_visit"), ==, "2024-03-05");
  g_assert_cmpstr (csv_cell (csv, row, "next_due"), ==, "2025-03-05");
  g_assert_null (strstr (csv_cell (csv, row, "reasons"), "never-inspected"));
  g_assert_nonnull (strstr (csv_cell (csv, row, "reasons"), "period-passed"));
  row = csv_find_row (csv, "licence", "T-2");
  g_assert_cmpstr (csv_cell (csv, row, "legal_basis"), ==, "14.05");
  /* Law 14.05: twice a year. */
  g_assert_cmpstr (csv_cell (csv, row, "visits_needed"), ==, "2");
  g_assert_cmpstr (csv_cell (csv, row, "type"), ==, "elderly");

  province_text = cli_ok (fixture, "inspection", "programme", "--year", "2099", "--province", "03.231",
                          "--format", "csv", NULL);
  province = csv_parse_output (province_text, programme_columns);
  g_assert_cmpuint (csv_n_rows (province), ==, 2);
  g_assert_cmpstr (csv_cell (province, 0, "province_code"), ==, "03.231");

  json_text = cli_ok (fixture, "inspection", "programme", "--year", "2099", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpint (test_json_get_int (json, "year"), ==, 2099);
  g_assert_cmpuint (test_json_length (test_json_get (json, "institutions")), ==, 5);
  g_assert_true (json_array_has_string (test_json_get (test_json_index (test_json_get (json, "institutions"), 0),
                                                       "reasons"), "never-inspected"));

  table = cli_ok (fixture, "inspection", "programme", "--year", "2099", NULL);
  g_assert_nonnull (strstr (table, "never inspected"));
  g_assert_nonnull (strstr (table, "5 institutions are due a visit in 2099. 6 visits are still to plan."));

  refuse (fixture, 1, "soon", "inspection", "programme", "--year", "soon", NULL);
  refuse (fixture, 1, "09.999", "inspection", "programme", "--province", "09.999", NULL);
  refuse (fixture, 2, "table, csv or json", "inspection", "programme", "--format", "pdf", NULL);
}

static void
test_programme_delegate (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *init = cli_ok (fixture, "init", "--profile", "delegate", "--province", "03.231", NULL);
  g_autofree char *added = cli_ok (fixture, "institution", "add", "--licence", "F-1", "--licence-date", "2019-01-01",
                                   "--legal-basis", "65.15", "--type", "elderly", "--name-fr", "Dar Al Ajaza Fès",
                                   "--province", "03.231", "--capacity", "elderly:f:10", NULL);
  g_autofree char *json_text = cli_ok (fixture, "inspection", "programme", "--year", "2099", "--format", "json", NULL);
  g_autoptr(TestJson) json = json_parse_output (json_text);

  g_assert_cmpstr (test_json_get_string (json, "province_code"), ==, "03.231");
  g_assert_cmpuint (test_json_length (test_json_get (json, "institutions")), ==, 1);
}

/* A deadline passed with an action open: a follow-up is due, until one
 * is planned. */
static void
test_follow_ups (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *visit = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *out = NULL;
  g_autofree char *csv_text = NULL;
  g_autofree char *table = NULL;
  g_autofree char *none = NULL;
  g_autofree char *json_text = NULL;
  g_autoptr(Csv) csv = NULL;
  g_autoptr(TestJson) json = NULL;

  make_registry (fixture);
  visit = cli_ok_uuid (fixture, "inspection", "plan", "T-2", "--date", "2024-03-10", "--kind", "programmed", NULL);
  out = cli_ok (fixture, "inspection", "record", visit, "--done", "2024-03-10", "--members", "5", "--present", "4",
                "--decision", "warning", "--deadline", "2024-06-30", "--action", "Repair the lift:2024-05-31", NULL);

  csv_text = cli_ok (fixture, "inspection", "follow-ups", "--format", "csv", NULL);
  csv = csv_parse_output (csv_text, follow_up_columns);
  g_assert_cmpuint (csv_n_rows (csv), ==, 1);
  g_assert_cmpstr (csv_cell (csv, 0, "uuid"), ==, visit);
  g_assert_cmpstr (csv_cell (csv, 0, "follow_up_due"), ==, "2024-05-31");
  g_assert_cmpstr (csv_cell (csv, 0, "decision"), ==, "warning");
  g_assert_cmpstr (csv_cell (csv, 0, "actions_open"), ==, "1");
  g_assert_cmpstr (csv_cell (csv, 0, "actions_overdue"), ==, "1");

  json_text = cli_ok (fixture, "inspection", "follow-ups", "--province", "03.231", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpuint (test_json_length (test_json_get (json, "visits")), ==, 1);
  g_assert_cmpstr (test_json_get_string (test_json_index (test_json_get (json, "visits"), 0), "follow_up_due"), ==,
                   "2024-05-31");

  table = cli_ok (fixture, "inspection", "follow-ups", NULL);
  g_assert_nonnull (strstr (table, "Maison des personnes âgées de Fès"));
  g_assert_nonnull (strstr (table, "1 visit is due a follow-up."));
  none = cli_ok (fixture, "inspection", "follow-ups", "--province", "01.511", NULL);
  g_assert_cmpstr (none, ==, "No visit is due a follow-up.\n");

  /* A follow-up planned, naming the visit as INSTITUTION:DATE. */
  follow_up = cli_ok_uuid (fixture, "inspection", "plan", "T-2", "--date", "2024-07-15", "--kind", "follow-up",
                           "--follows", "T-2:2024-03-10", NULL);
  g_clear_pointer (&json, test_json_free);
  g_clear_pointer (&json_text, g_free);
  json_text = cli_ok (fixture, "inspection", "show", follow_up, "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (json, "follows"), ==, visit);
  g_assert_cmpstr (test_json_get_string (json, "kind"), ==, "follow-up");
  g_clear_pointer (&table, g_free);
  table = cli_ok (fixture, "inspection", "follow-ups", "--format", "csv", NULL);
  g_clear_pointer (&csv, csv_free);
  csv = csv_parse_output (table, follow_up_columns);
  g_assert_cmpuint (csv_n_rows (csv), ==, 0);

  refuse (fixture, 1, "09.999", "inspection", "follow-ups", "--province", "09.999", NULL);
}

/* The signed report as a PDF, in both languages of the law. */
static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *visit = NULL;
  g_autofree char *out = NULL;
  g_autofree char *fr = cli_fixture_path (fixture, "visit-fr.pdf");
  g_autofree char *ar = cli_fixture_path (fixture, "visit-ar.pdf");
  g_autofree char *missing = cli_fixture_path (fixture, "no-such-folder/visit.pdf");

  make_registry (fixture);
  visit = cli_ok_uuid (fixture, "inspection", "plan", "T-1", "--date", "2024-03-05", "--kind", "programmed",
                       "--committee", "Mohammed Alaoui — Wilaya", NULL);
  out = cli_ok (fixture, "inspection", "record", visit, "--done", "2024-03-05", "--members", "5", "--present", "4",
                "--check", "licence:compliant", NULL);

  for (guint i = 0; i < 2; i++)
    {
      const char *path = i == 0 ? fr : ar;
      g_autofree char *written = cli_ok (fixture, "inspection", "report", i == 0 ? visit : "T-1:2024-03-05",
                                         "--language", i == 0 ? "fr" : "ar", "-o", path, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_cmpstr (written, ==, "");
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    }

  refuse (fixture, 2, "en|ar|fr", "inspection", "report", visit, "--language", "en", "-o", fr, NULL);
  refuse (fixture, 2, "--language", "inspection", "report", visit, "-o", fr, NULL);
  refuse (fixture, 2, "-o", "inspection", "report", visit, "--language", "fr", NULL);
  refuse (fixture, 1, "no visit on 2020-01-01", "inspection", "report", "T-1:2020-01-01", "--language", "fr", "-o", fr, NULL);
  {
    g_autoptr(CliResult) result = cli_run ("--db", fixture->db, "inspection", "report", visit, "--language", "fr",
                                           "-o", missing, NULL);

    g_assert_cmpint (result->status, ==, 1);
    g_assert_cmpstr (result->err, !=, "");
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
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

  FIXTURE_TEST ("/cli/inspections/ics", test_ics);
  FIXTURE_TEST ("/cli/inspections/programme", test_programme);
  FIXTURE_TEST ("/cli/inspections/programme-delegate", test_programme_delegate);
  FIXTURE_TEST ("/cli/inspections/follow-ups", test_follow_ups);
  FIXTURE_TEST ("/cli/inspections/report", test_report);

  status = g_test_run ();
  cli_clean_up ();

  return status;
}
