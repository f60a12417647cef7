/* test-cli-residents.c — the register and occupancy through riaya-cli
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built riaya-cli on a director's database of its own: admits,
 * lists, shows, discharges and transfers residents, and checks every
 * refusal as cli.md promises it — exit
 * status, a sentence naming the problem, nothing on stdout, and the
 * database unchanged (riaya_store_dup_content_digest).
 *
 * Every date is fixed and in the past, so that nothing depends on the
 * day the tests run.
 */

#include "config.h"

#include <string.h>

#include "cli-test-output.h"
#include "cli-test-util.h"
#include "riaya-store-residents.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define refuse(fixture, status, needles, ...) \
  g_free (cli_refuse_lang (fixture, NULL, status, needles, __VA_ARGS__))

/* The arguments of an admission to D-1 on 2024-09-01, for a pupil. */
#define ADMIT_PUPIL(institution, sex, first, last, born) \
  "resident", "admit", institution, "--category", "pupil", "--sex", sex, \
  "--first-name", first, "--last-name", last, "--birth-date", born, "--admitted", "2024-09-01"

static const char * const list_columns[] = {
  "register_number", "last_name", "first_name", "sex", "birth_date", "age", "category",
  "admitted_on", "referral", "exited_on", "exit_reason", "stay_uuid", "resident_uuid", NULL,
};

static const char * const history_columns[] = {
  "resident_uuid", "stay_uuid", "institution_uuid", "institution", "register_number", "category",
  "admitted_on", "referral", "exited_on", "exit_reason", "transfer_to_uuid", "transfer_from_uuid",
  "destination_licence", NULL,
};

static const char * const all_columns[] = {
  "licence", "institution", "province_code", "places", "present", "rate", "over", NULL,
};

static const char * const group_columns[] = {
  "category", "sex", "places", "present", "rate", "state", NULL,
};

static char *
resident_of_stay (Fixture    *fixture,
                  const char *stay_uuid)
{
  g_autofree char *out = cli_ok (fixture, "resident", "show", stay_uuid, "--format", "json", NULL);
  g_autoptr(TestJson) json = json_parse_output (out);

  return g_strdup (test_json_get_string (json, "uuid"));
}

/* --- Help ------------------------------------------------------------- */

static void
test_help (void)
{
  g_autoptr(CliResult) top = cli_run ("--help", NULL);
  g_autoptr(CliResult) group = cli_run ("resident", "--help", NULL);
  g_autoptr(CliResult) admit = cli_run ("resident", "admit", "--help", NULL);
  g_autoptr(CliResult) exit_help = cli_run ("resident", "exit", "--help", NULL);
  g_autoptr(CliResult) list = cli_run ("resident", "list", "--help", NULL);
  g_autoptr(CliResult) show = cli_run ("resident", "show", "--help", NULL);

  g_assert_cmpint (top->status, ==, 0);
  g_assert_nonnull (strstr (top->out, "resident"));
  g_assert_nonnull (strstr (top->out, "occupancy"));

  g_assert_cmpint (group->status, ==, 0);
  for (const char * const *name = (const char *[]) { "admit", "exit", "list", "show", NULL }; *name; name++)
    g_assert_nonnull (strstr (group->out, *name));

  g_assert_cmpint (admit->status, ==, 0);
  for (const char * const *option = (const char *[]) {
         "riaya-cli resident admit", "--category", "--sex", "--birth-date", "--admitted",
         "--register-number", "--first-name", "--last-name", "--referral", "--birth-place", "--cnie",
         "--family-status", "--health-status", "--guardian-name", "--guardian-cnie",
         "--guardian-address", "--guardian-phone", "--guardian-occupation", "--guardian-situation",
         "--allow-over-capacity", "--not-duplicate", "--person", "court-order", "entraide-nationale",
         NULL };
       *option; option++)
    if (strstr (admit->out, *option) == NULL)
      g_error ("resident admit --help does not name %s", *option);

  g_assert_cmpint (exit_help->status, ==, 0);
  for (const char * const *option = (const char *[]) {
         "riaya-cli resident exit", "--date", "--reason", "--to", "INSTITUTION:NUMBER", "adulthood", NULL };
       *option; option++)
    g_assert_nonnull (strstr (exit_help->out, *option));

  g_assert_cmpint (list->status, ==, 0);
  for (const char * const *option = (const char *[]) {
         "riaya-cli resident list", "--present-on", "--all", "--format", "pdf", "--language", NULL };
       *option; option++)
    g_assert_nonnull (strstr (list->out, *option));

  g_assert_cmpint (show->status, ==, 0);
  g_assert_nonnull (strstr (show->out, "riaya-cli resident show"));
  g_assert_nonnull (strstr (show->out, "history"));
}

/* --- Admission and the register ---------------------------------------- */

static void
test_admit_and_list (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *csv_text = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *table = NULL;
  g_autofree char *before = NULL;
  g_autofree char *all = NULL;
  g_autoptr(Csv) csv = NULL;
  g_autoptr(Csv) empty = NULL;
  g_autoptr(TestJson) json = NULL;
  TestJson *row;
  guint amina;

  cli_make_director (fixture);

  first = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"),
                             "--referral", "family", "--birth-place", "Assilah",
                             "--cnie", "AB123456", "--family-status", "Orpheline de père",
                             "--health-status", "Asthme", "--guardian-name", "Fatima El Idrissi",
                             "--guardian-cnie", "K765432", "--guardian-address", "Douar Sidi Ali",
                             "--guardian-phone", "0612345678", "--guardian-occupation", "Agricultrice",
                             "--guardian-situation", "Veuve", NULL));
  /* Found by its licence number or its id; the referral defaults to other. */
  second = cli_take_uuid (cli_ok (fixture, "resident", "admit", "D-1", "--category", "pupil", "--sex", "m",
                              "--first-name", "يوسف", "--last-name", "البقالي",
                              "--birth-date", "2011-01-20", "--admitted", "2024-09-15", NULL));
  g_assert_cmpstr (first, !=, second);

  csv_text = cli_ok (fixture, "resident", "list", "D-1", "--present-on", "2024-10-01", "--format", "csv", NULL);
  csv = csv_parse_output (csv_text, list_columns);
  g_assert_cmpuint (csv_n_rows (csv), ==, 2);
  amina = csv_find_row (csv, "first_name", "Amina");
  /* Register numbers are given in sequence, in register-number order. */
  g_assert_cmpstr (csv_cell (csv, 0, "register_number"), ==, "1");
  g_assert_cmpstr (csv_cell (csv, 1, "register_number"), ==, "2");
  g_assert_cmpuint (amina, ==, 0);
  g_assert_cmpstr (csv_cell (csv, 0, "last_name"), ==, "El Idrissi");
  g_assert_cmpstr (csv_cell (csv, 0, "sex"), ==, "f");
  g_assert_cmpstr (csv_cell (csv, 0, "birth_date"), ==, "2010-05-12");
  g_assert_cmpstr (csv_cell (csv, 0, "age"), ==, "14");
  g_assert_cmpstr (csv_cell (csv, 0, "category"), ==, "pupil");
  g_assert_cmpstr (csv_cell (csv, 0, "admitted_on"), ==, "2024-09-01");
  g_assert_cmpstr (csv_cell (csv, 0, "referral"), ==, "family");
  g_assert_cmpstr (csv_cell (csv, 0, "exited_on"), ==, "");
  g_assert_cmpstr (csv_cell (csv, 0, "exit_reason"), ==, "");
  g_assert_cmpstr (csv_cell (csv, 0, "stay_uuid"), ==, first);
  g_assert_true (g_uuid_string_is_valid (csv_cell (csv, 0, "resident_uuid")));
  g_assert_cmpstr (csv_cell (csv, 1, "first_name"), ==, "يوسف");
  g_assert_cmpstr (csv_cell (csv, 1, "sex"), ==, "m");
  g_assert_cmpstr (csv_cell (csv, 1, "age"), ==, "13");
  g_assert_cmpstr (csv_cell (csv, 1, "referral"), ==, "other");
  g_assert_cmpstr (csv_cell (csv, 1, "stay_uuid"), ==, second);

  /* On a date between the two admissions, one is present; before both,
   * nobody. */
  {
    g_autofree char *between = cli_ok (fixture, "resident", "list", "D-1", "--present-on", "2024-09-10",
                                       "--format", "csv", NULL);
    g_autoptr(Csv) one = csv_parse_output (between, list_columns);

    g_assert_cmpuint (csv_n_rows (one), ==, 1);
    g_assert_cmpstr (csv_cell (one, 0, "first_name"), ==, "Amina");
  }
  before = cli_ok (fixture, "resident", "list", "D-1", "--present-on", "2024-08-31", "--format", "csv", NULL);
  empty = csv_parse_output (before, list_columns);
  g_assert_cmpuint (csv_n_rows (empty), ==, 0);

  /* Without a date: those present today, which is after both admissions. */
  all = cli_ok (fixture, "resident", "list", "D-1", "--format", "csv", NULL);
  g_clear_pointer (&empty, csv_free);
  empty = csv_parse_output (all, list_columns);
  g_assert_cmpuint (csv_n_rows (empty), ==, 2);

  json_text = cli_ok (fixture, "resident", "list", "D-1", "--present-on", "2024-10-01", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpint (test_json_type (json), ==, TEST_JSON_ARRAY);
  g_assert_cmpuint (test_json_length (json), ==, 2);
  row = test_json_index (json, 0);
  g_assert_cmpint (test_json_get_int (row, "register_number"), ==, 1);
  g_assert_cmpstr (test_json_get_string (row, "first_name"), ==, "Amina");
  g_assert_cmpint (test_json_get_int (row, "age"), ==, 14);
  g_assert_cmpstr (test_json_get_string (row, "referral"), ==, "family");
  g_assert_null (test_json_get_string (row, "exited_on"));
  g_assert_null (test_json_get_string (row, "exit_reason"));

  /* The table speaks the interface's words, not codes. */
  table = cli_ok (fixture, "resident", "list", "D-1", "--present-on", "2024-10-01", NULL);
  g_assert_nonnull (strstr (table, "Dar Taliba Assilah"));
  g_assert_nonnull (strstr (table, "El Idrissi"));
  g_assert_nonnull (strstr (table, "البقالي"));
  g_assert_nonnull (strstr (table, "Schoolchildren"));
  g_assert_nonnull (strstr (table, "Female"));
  g_assert_nonnull (strstr (table, "2 people present on 2024-10-01"));
  g_assert_null (strstr (table, "pupil"));
}

static void
test_register_number_given (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *copied = NULL;
  g_autofree char *next = NULL;
  g_autofree char *csv_text = NULL;
  g_autoptr(Csv) csv = NULL;

  cli_make_director (fixture);

  /* A paper register copied in keeps its numbers; the sequence goes on
   * after them. */
  copied = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-2", "m", "Omar", "Tazi", "2009-03-03"),
                              "--register-number", "41", NULL));
  next = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-2", "m", "Said", "Alaoui", "2009-04-04"), NULL));

  csv_text = cli_ok (fixture, "resident", "list", "D-2", "--all", "--format", "csv", NULL);
  csv = csv_parse_output (csv_text, list_columns);
  g_assert_cmpuint (csv_n_rows (csv), ==, 2);
  g_assert_cmpstr (csv_cell (csv, csv_find_row (csv, "stay_uuid", copied), "register_number"), ==, "41");
  g_assert_cmpstr (csv_cell (csv, csv_find_row (csv, "stay_uuid", next), "register_number"), ==, "42");

  /* A number already given is refused. */
  refuse (fixture, 1, "41",
          ADMIT_PUPIL ("D-2", "m", "Karim", "Bennani", "2009-05-05"), "--register-number", "41", NULL);
  refuse (fixture, 1, "x7|whole number",
          ADMIT_PUPIL ("D-2", "m", "Karim", "Bennani", "2009-05-05"), "--register-number", "x7", NULL);
}

/* --- Exits and transfers ------------------------------------------------ */

static void
test_exit (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *amina = NULL;
  g_autofree char *youssef = NULL;
  g_autofree char *out = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *present = NULL;
  g_autofree char *all = NULL;
  g_autoptr(Csv) present_csv = NULL;
  g_autoptr(Csv) all_csv = NULL;
  guint row;

  cli_make_director (fixture);
  amina = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"), NULL));
  youssef = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-1", "m", "Youssef", "Bakkali", "2011-01-20"), NULL));

  /* By licence number and register number; nothing to print. */
  out = cli_ok (fixture, "resident", "exit", "D-1:1", "--date", "2025-06-30", "--reason", "family", NULL);
  g_assert_cmpstr (out, ==, "");
  /* By the stay's id. */
  out2 = cli_ok (fixture, "resident", "exit", youssef, "--date", "2025-07-01", "--reason", "adulthood", NULL);
  g_assert_cmpstr (out2, ==, "");

  /* The exit date is the first day away. */
  present = cli_ok (fixture, "resident", "list", "D-1", "--present-on", "2025-06-30", "--format", "csv", NULL);
  present_csv = csv_parse_output (present, list_columns);
  g_assert_cmpuint (csv_n_rows (present_csv), ==, 1);
  g_assert_cmpstr (csv_cell (present_csv, 0, "stay_uuid"), ==, youssef);

  all = cli_ok (fixture, "resident", "list", "D-1", "--all", "--format", "csv", NULL);
  all_csv = csv_parse_output (all, list_columns);
  g_assert_cmpuint (csv_n_rows (all_csv), ==, 2);
  row = csv_find_row (all_csv, "stay_uuid", amina);
  g_assert_cmpstr (csv_cell (all_csv, row, "exited_on"), ==, "2025-06-30");
  g_assert_cmpstr (csv_cell (all_csv, row, "exit_reason"), ==, "family");
  row = csv_find_row (all_csv, "stay_uuid", youssef);
  g_assert_cmpstr (csv_cell (all_csv, row, "exit_reason"), ==, "adulthood");

  /* Nobody is left today. */
  {
    g_autofree char *today = cli_ok (fixture, "resident", "list", "D-1", NULL);

    g_assert_nonnull (strstr (today, "No one was present on"));
  }
}

static void
test_transfer_within (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *left = NULL;
  g_autofree char *begun = NULL;
  g_autofree char *person = NULL;
  g_autofree char *d1 = NULL;
  g_autofree char *d2 = NULL;
  g_autofree char *show = NULL;
  g_autofree char *history_text = NULL;
  g_autofree char *occupancy_before = NULL;
  g_autofree char *occupancy_after = NULL;
  g_autoptr(Csv) d1_csv = NULL;
  g_autoptr(Csv) d2_csv = NULL;
  g_autoptr(Csv) history = NULL;
  g_autoptr(Csv) on_day_before = NULL;
  g_autoptr(Csv) on_day_after = NULL;
  g_autoptr(TestJson) json = NULL;
  TestJson *stays;

  cli_make_director (fixture);
  left = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"), NULL));

  /* A transfer within the database prints the id of the stay begun. */
  begun = cli_take_uuid (cli_ok (fixture, "resident", "exit", "D-1:1", "--date", "2025-01-15",
                             "--reason", "transfer", "--to", "D-2", NULL));
  g_assert_cmpstr (begun, !=, left);

  /* The person left D-1 and is present in D-2 from the same day. */
  d1 = cli_ok (fixture, "resident", "list", "D-1", "--present-on", "2025-01-15", "--format", "csv", NULL);
  d1_csv = csv_parse_output (d1, list_columns);
  g_assert_cmpuint (csv_n_rows (d1_csv), ==, 0);
  d2 = cli_ok (fixture, "resident", "list", "D-2", "--present-on", "2025-01-15", "--format", "csv", NULL);
  d2_csv = csv_parse_output (d2, list_columns);
  g_assert_cmpuint (csv_n_rows (d2_csv), ==, 1);
  g_assert_cmpstr (csv_cell (d2_csv, 0, "stay_uuid"), ==, begun);
  g_assert_cmpstr (csv_cell (d2_csv, 0, "first_name"), ==, "Amina");
  g_assert_cmpstr (csv_cell (d2_csv, 0, "category"), ==, "pupil");
  g_assert_cmpstr (csv_cell (d2_csv, 0, "admitted_on"), ==, "2025-01-15");
  g_assert_cmpstr (csv_cell (d2_csv, 0, "referral"), ==, "transfer");
  g_assert_cmpstr (csv_cell (d2_csv, 0, "register_number"), ==, "1");

  /* One person, two stays linked both ways. */
  person = resident_of_stay (fixture, left);
  g_assert_cmpstr (csv_cell (d2_csv, 0, "resident_uuid"), ==, person);
  show = cli_ok (fixture, "resident", "show", person, "--format", "json", NULL);
  json = json_parse_output (show);
  g_assert_cmpstr (test_json_get_string (json, "first_name"), ==, "Amina");
  stays = test_json_get (json, "stays");
  g_assert_cmpuint (test_json_length (stays), ==, 2);
  g_assert_cmpstr (test_json_get_string (test_json_index (stays, 0), "uuid"), ==, left);
  g_assert_cmpstr (test_json_get_string (test_json_index (stays, 0), "exit_reason"), ==, "transfer");
  g_assert_cmpstr (test_json_get_string (test_json_index (stays, 0), "transfer_to_uuid"), ==, begun);
  g_assert_cmpstr (test_json_get_string (test_json_index (stays, 1), "uuid"), ==, begun);
  g_assert_cmpstr (test_json_get_string (test_json_index (stays, 1), "transfer_from_uuid"), ==, left);
  g_assert_cmpstr (test_json_get_string (test_json_index (stays, 1), "institution"), ==, "Dar Talib Fès");

  history_text = cli_ok (fixture, "resident", "show", "D-2:1", "--format", "csv", NULL);
  history = csv_parse_output (history_text, history_columns);
  g_assert_cmpuint (csv_n_rows (history), ==, 2);
  g_assert_cmpstr (csv_cell (history, 0, "institution"), ==, "Dar Taliba Assilah");
  g_assert_cmpstr (csv_cell (history, 0, "transfer_to_uuid"), ==, begun);
  g_assert_cmpstr (csv_cell (history, 1, "transfer_from_uuid"), ==, left);
  g_assert_cmpstr (csv_cell (history, 1, "resident_uuid"), ==, person);

  /* The presence moved with her. */
  occupancy_before = cli_ok (fixture, "occupancy", "--on", "2025-01-14", "--format", "csv", NULL);
  on_day_before = csv_parse_output (occupancy_before, all_columns);
  g_assert_cmpstr (csv_cell (on_day_before, csv_find_row (on_day_before, "licence", "D-1"), "present"), ==, "1");
  g_assert_cmpstr (csv_cell (on_day_before, csv_find_row (on_day_before, "licence", "D-2"), "present"), ==, "0");
  occupancy_after = cli_ok (fixture, "occupancy", "--on", "2025-01-15", "--format", "csv", NULL);
  on_day_after = csv_parse_output (occupancy_after, all_columns);
  g_assert_cmpstr (csv_cell (on_day_after, csv_find_row (on_day_after, "licence", "D-1"), "present"), ==, "0");
  g_assert_cmpstr (csv_cell (on_day_after, csv_find_row (on_day_after, "licence", "D-2"), "present"), ==, "1");
}

static void
test_transfer_elsewhere (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *stay = NULL;
  g_autofree char *out = NULL;
  g_autofree char *show = NULL;
  g_autofree char *table = NULL;
  g_autoptr(TestJson) json = NULL;
  TestJson *stays;

  cli_make_director (fixture);
  stay = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-1", "m", "Omar", "Tazi", "2010-02-02"), NULL));

  /* To a licence this database does not hold: recorded, no new stay. */
  out = cli_ok (fixture, "resident", "exit", stay, "--date", "2025-02-01",
                "--reason", "transfer", "--to", "07.111/2018/3", NULL);
  g_assert_cmpstr (out, ==, "");

  show = cli_ok (fixture, "resident", "show", stay, "--format", "json", NULL);
  json = json_parse_output (show);
  stays = test_json_get (json, "stays");
  g_assert_cmpuint (test_json_length (stays), ==, 1);
  g_assert_cmpstr (test_json_get_string (test_json_index (stays, 0), "destination_licence"), ==, "07.111/2018/3");
  g_assert_cmpstr (test_json_get_string (test_json_index (stays, 0), "exited_on"), ==, "2025-02-01");
  g_assert_null (test_json_get_string (test_json_index (stays, 0), "transfer_to_uuid"));

  table = cli_ok (fixture, "resident", "show", "D-1:1", NULL);
  g_assert_nonnull (strstr (table, "07.111/2018/3"));
  g_assert_nonnull (strstr (table, "Transfer to another institution"));
}

static void
test_show (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *stay = NULL;
  g_autofree char *person = NULL;
  g_autofree char *table = NULL;
  g_autofree char *by_number = NULL;
  g_autofree char *by_stay = NULL;
  g_autofree char *json_text = NULL;
  g_autoptr(TestJson) json = NULL;

  cli_make_director (fixture);
  stay = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"),
                            "--birth-place", "Assilah", "--cnie", "ab123456", "--health-status", "Asthme",
                            "--guardian-name", "Fatima El Idrissi", "--guardian-phone", "0612345678",
                            "--referral", "court-order", NULL));
  person = resident_of_stay (fixture, stay);

  table = cli_ok (fixture, "resident", "show", person, NULL);
  for (const char * const *text = (const char *[]) {
         "Amina El Idrissi", "First name", "Amina", "Date of birth", "2010-05-12", "Place of birth",
         "Assilah", "Health status", "Asthme", "Fatima El Idrissi", "0612345678", "Female", person,
         "Dar Taliba Assilah", "2024-09-01", "Court order", "Schoolchildren", NULL };
       *text; text++)
    if (strstr (table, *text) == NULL)
      g_error ("resident show does not show “%s”:\n%s", *text, table);

  /* The same person by the stay's id, or by institution and number. */
  by_number = cli_ok (fixture, "resident", "show", "D-1:1", NULL);
  by_stay = cli_ok (fixture, "resident", "show", stay, NULL);
  g_assert_cmpstr (by_number, ==, table);
  g_assert_cmpstr (by_stay, ==, table);

  json_text = cli_ok (fixture, "resident", "show", person, "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (json, "uuid"), ==, person);
  g_assert_cmpstr (test_json_get_string (json, "last_name"), ==, "El Idrissi");
  g_assert_cmpstr (test_json_get_string (json, "sex"), ==, "f");
  g_assert_cmpstr (test_json_get_string (json, "guardian_phone"), ==, "0612345678");
  g_assert_null (test_json_get_string (json, "guardian_occupation"));
  g_assert_cmpstr (test_json_get_string (test_json_index (test_json_get (json, "stays"), 0), "referral"),
                   ==, "court-order");
}

/* --- Capacity and duplicates ------------------------------------------- */

static void
test_over_capacity (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autofree char *three = NULL;
  g_autofree char *girl = NULL;
  g_autofree char *groups_text = NULL;
  g_autofree char *all_text = NULL;
  g_autoptr(Csv) groups = NULL;
  g_autoptr(Csv) all = NULL;
  guint row;

  cli_make_director (fixture);
  one = cli_ok (fixture, ADMIT_PUPIL ("D-1", "m", "Omar", "Tazi", "2010-02-02"), NULL);
  two = cli_ok (fixture, ADMIT_PUPIL ("D-1", "m", "Said", "Alaoui", "2010-03-03"), NULL);

  /* Full: the third boy needs the confirmation, which names the numbers. */
  refuse (fixture, 1, "Dar Taliba Assilah|2 places|2 people are present|2024-09-01|--allow-over-capacity",
          ADMIT_PUPIL ("D-1", "m", "Karim", "Bennani", "2010-04-04"), NULL);
  /* Girls have places of their own. */
  girl = cli_ok (fixture, ADMIT_PUPIL ("D-1", "f", "Salma", "Bennani", "2010-04-04"), NULL);
  g_assert_true (cli_is_uuid_line (girl));

  three = cli_ok (fixture, ADMIT_PUPIL ("D-1", "m", "Karim", "Bennani", "2010-04-04"),
                  "--allow-over-capacity", NULL);
  g_assert_true (cli_is_uuid_line (three));

  /* The institution shows as over capacity, in its group. */
  groups_text = cli_ok (fixture, "occupancy", "D-1", "--on", "2024-10-01", "--format", "csv", NULL);
  groups = csv_parse_output (groups_text, group_columns);
  row = csv_find_row (groups, "sex", "m");
  g_assert_cmpstr (csv_cell (groups, row, "present"), ==, "3");
  g_assert_cmpstr (csv_cell (groups, row, "state"), ==, "over");
  row = csv_find_row (groups, "sex", "f");
  g_assert_cmpstr (csv_cell (groups, row, "present"), ==, "1");
  g_assert_cmpstr (csv_cell (groups, row, "state"), ==, "ok");

  all_text = cli_ok (fixture, "occupancy", "--on", "2024-10-01", "--format", "csv", NULL);
  all = csv_parse_output (all_text, all_columns);
  g_assert_cmpstr (csv_cell (all, csv_find_row (all, "licence", "D-1"), "over"), ==, "yes");
  g_assert_cmpstr (csv_cell (all, csv_find_row (all, "licence", "D-2"), "over"), ==, "no");

  /* A transfer into a full group needs the confirmation too. */
  {
    for (guint i = 0; i < 5; i++)
      {
        g_autofree char *first = g_strdup_printf ("Garçon %u", i);

        g_free (cli_ok (fixture, ADMIT_PUPIL ("D-2", "m", first, "Fassi", "2010-01-01"), NULL));
      }
    refuse (fixture, 1, "Dar Talib Fès|5 places|--allow-over-capacity",
            "resident", "exit", "D-1:1", "--date", "2025-01-15", "--reason", "transfer", "--to", "D-2", NULL);
    g_free (cli_ok (fixture, "resident", "exit", "D-1:1", "--date", "2025-01-15", "--reason", "transfer",
                    "--to", "D-2", "--allow-over-capacity", NULL));
  }
}

static void
test_duplicates (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *person = NULL;
  g_autofree char *err = NULL;
  g_autofree char *not_duplicate = NULL;
  g_autofree char *other_person = NULL;
  g_autofree char *again = NULL;
  g_autofree char *show = NULL;
  g_autofree char *needles = NULL;
  g_autoptr(TestJson) json = NULL;

  cli_make_director (fixture);
  first = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"),
                             "--cnie", "AB123456", NULL));
  person = resident_of_stay (fixture, first);
  needles = g_strdup_printf ("Amina El Idrissi|2010-05-12|Dar Taliba Assilah|%s|--person|--not-duplicate", person);

  /* Same CNIE, other names. */
  err = cli_refuse_lang (fixture, NULL, 1, needles,
                         ADMIT_PUPIL ("D-2", "f", "Aminata", "Drissi", "2010-06-01"), "--cnie", "ab123456", NULL);
  /* The CNIE itself is not repeated on the error output. */
  g_assert_null (strstr (err, "123456"));
  /* Same names and birth date, whatever the case and accents. */
  refuse (fixture, 1, needles, ADMIT_PUPIL ("D-2", "f", "amina", "EL IDRISSI", "2010-05-12"), NULL);

  /* Told they differ: a second person. */
  not_duplicate = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-2", "f", "Amina", "El Idrissi", "2010-05-12"),
                                     "--not-duplicate", NULL));
  other_person = resident_of_stay (fixture, not_duplicate);
  g_assert_cmpstr (other_person, !=, person);

  /* Or the same person again: a new stay after she left, her saved
   * fields kept and those given updated. */
  g_free (cli_ok (fixture, "resident", "exit", first, "--date", "2025-06-30", "--reason", "family", NULL));
  again = cli_take_uuid (cli_ok (fixture, "resident", "admit", "D-1", "--category", "pupil",
                             "--admitted", "2025-09-01", "--person", person,
                             "--family-status", "Orpheline", NULL));
  show = cli_ok (fixture, "resident", "show", person, "--format", "json", NULL);
  json = json_parse_output (show);
  g_assert_cmpuint (test_json_length (test_json_get (json, "stays")), ==, 2);
  g_assert_cmpstr (test_json_get_string (json, "cnie"), ==, "AB123456");
  g_assert_cmpstr (test_json_get_string (json, "family_status"), ==, "Orpheline");
  g_assert_cmpstr (test_json_get_string (test_json_index (test_json_get (json, "stays"), 1), "uuid"), ==, again);

  refuse (fixture, 1, "00000000-0000-4000-8000-000000000000|--person",
          "resident", "admit", "D-1", "--category", "pupil", "--admitted", "2025-09-01",
          "--person", "00000000-0000-4000-8000-000000000000", NULL);
}

/* --- Refusals ----------------------------------------------------------- */

static void
test_admission_refusals (Fixture       *fixture,
                         gconstpointer  data)
{
  cli_make_director (fixture);
  g_free (cli_ok (fixture, "licence", "event", "D-2", "--kind", "withdrawn", "--date", "2023-06-01", NULL));

  refuse (fixture, 1, "CNIE|AB123456",
          ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"), "--cnie", "123-AB", NULL);
  refuse (fixture, 1, "CNIE",
          ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"), "--guardian-cnie", "ABC12", NULL);
  refuse (fixture, 1, "2024-10-01|2024-09-01|birth|admission",
          ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2024-10-01"), NULL);
  refuse (fixture, 1, "2019-01-01|2019-09-01|licence",
          "resident", "admit", "D-1", "--category", "pupil", "--sex", "f", "--birth-date", "2010-05-12",
          "--admitted", "2019-01-01", NULL);
  refuse (fixture, 1, "2024-09-01|Withdrawn",
          ADMIT_PUPIL ("D-2", "f", "Amina", "El Idrissi", "2010-05-12"), NULL);
  refuse (fixture, 1, "Elderly persons|art. 3",
          "resident", "admit", "D-1", "--category", "elderly", "--sex", "f", "--birth-date", "1940-01-01",
          "--admitted", "2024-09-01", NULL);
  refuse (fixture, 1, "D-9|riaya-cli institution list",
          ADMIT_PUPIL ("D-9", "f", "Amina", "El Idrissi", "2010-05-12"), NULL);
  refuse (fixture, 1, "2024-02-30|calendar",
          "resident", "admit", "D-1", "--category", "pupil", "--sex", "f", "--birth-date", "2010-05-12",
          "--admitted", "2024-02-30", NULL);
  refuse (fixture, 1, "01/09/2024|year-month-day",
          "resident", "admit", "D-1", "--category", "pupil", "--sex", "f", "--birth-date", "2010-05-12",
          "--admitted", "01/09/2024", NULL);
  refuse (fixture, 1, "future",
          "resident", "admit", "D-1", "--category", "pupil", "--sex", "f", "--birth-date", "2010-05-12",
          "--admitted", "2999-01-01", NULL);
  refuse (fixture, 1, "police|court-order|entraide-nationale",
          ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"), "--referral", "police", NULL);
  refuse (fixture, 1, "any|m or f",
          ADMIT_PUPIL ("D-1", "any", "Amina", "El Idrissi", "2010-05-12"), NULL);
  refuse (fixture, 1, "girls|pupil",
          "resident", "admit", "D-1", "--category", "girls", "--sex", "f", "--birth-date", "2010-05-12",
          "--admitted", "2024-09-01", NULL);

  /* Usage errors: exit status 2. */
  refuse (fixture, 2, "--category|required",
          "resident", "admit", "D-1", "--sex", "f", "--birth-date", "2010-05-12", "--admitted", "2024-09-01", NULL);
  refuse (fixture, 2, "--admitted|required",
          "resident", "admit", "D-1", "--category", "pupil", "--sex", "f", "--birth-date", "2010-05-12", NULL);
  refuse (fixture, 2, "--sex|--person",
          "resident", "admit", "D-1", "--category", "pupil", "--birth-date", "2010-05-12",
          "--admitted", "2024-09-01", NULL);
  refuse (fixture, 2, "--birth-date|--person",
          "resident", "admit", "D-1", "--category", "pupil", "--sex", "f", "--admitted", "2024-09-01", NULL);
  refuse (fixture, 2, "institution",
          "resident", "admit", "--category", "pupil", "--sex", "f", "--birth-date", "2010-05-12",
          "--admitted", "2024-09-01", NULL);
  refuse (fixture, 2, "--colour", "resident", "admit", "D-1", "--colour", NULL);
  refuse (fixture, 2, "frobnicate|resident", "resident", "frobnicate", NULL);
}

static void
test_exit_refusals (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *stay = NULL;

  cli_make_director (fixture);
  stay = cli_take_uuid (cli_ok (fixture, ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"), NULL));

  refuse (fixture, 1, "2024-08-01|2024-09-01|before",
          "resident", "exit", "D-1:1", "--date", "2024-08-01", "--reason", "family", NULL);
  refuse (fixture, 1, "art. 3",
          "resident", "exit", "D-1:1", "--date", "2025-01-15", "--reason", "transfer", "--to", "D-3", NULL);
  refuse (fixture, 1, "another institution",
          "resident", "exit", "D-1:1", "--date", "2025-01-15", "--reason", "transfer", "--to", "D-1", NULL);
  refuse (fixture, 1, "bad licence!|Latin letters",
          "resident", "exit", "D-1:1", "--date", "2025-01-15", "--reason", "transfer", "--to", "bad licence!", NULL);
  /* The other institution must be able to take them on that date. */
  g_free (cli_ok (fixture, "licence", "event", "D-2", "--kind", "suspended", "--date", "2024-12-01",
                  "--deadline", "2025-06-01", NULL));
  refuse (fixture, 1, "Dar Talib Fès|2025-01-15|Suspended",
          "resident", "exit", "D-1:1", "--date", "2025-01-15", "--reason", "transfer", "--to", "D-2", NULL);
  refuse (fixture, 1, "holiday|family|adulthood",
          "resident", "exit", "D-1:1", "--date", "2025-01-15", "--reason", "holiday", NULL);
  refuse (fixture, 1, "2025-02-30",
          "resident", "exit", "D-1:1", "--date", "2025-02-30", "--reason", "family", NULL);
  refuse (fixture, 1, "D-1|99|--all",
          "resident", "exit", "D-1:99", "--date", "2025-01-15", "--reason", "family", NULL);
  refuse (fixture, 1, "D-9",
          "resident", "exit", "D-9:1", "--date", "2025-01-15", "--reason", "family", NULL);
  refuse (fixture, 1, "nonsense|INSTITUTION:NUMBER",
          "resident", "exit", "nonsense", "--date", "2025-01-15", "--reason", "family", NULL);
  refuse (fixture, 1, "00000000-0000-4000-8000-000000000000",
          "resident", "exit", "00000000-0000-4000-8000-000000000000", "--date", "2025-01-15",
          "--reason", "family", NULL);
  refuse (fixture, 2, "--to|transfer",
          "resident", "exit", "D-1:1", "--date", "2025-01-15", "--reason", "transfer", NULL);
  refuse (fixture, 2, "--to|transfer",
          "resident", "exit", "D-1:1", "--date", "2025-01-15", "--reason", "family", "--to", "D-2", NULL);
  refuse (fixture, 2, "--date|required", "resident", "exit", "D-1:1", "--reason", "family", NULL);
  refuse (fixture, 2, "--reason|required", "resident", "exit", "D-1:1", "--date", "2025-01-15", NULL);

  /* Once gone, gone. */
  g_free (cli_ok (fixture, "resident", "exit", stay, "--date", "2025-01-15", "--reason", "autonomy", NULL));
  refuse (fixture, 1, "already left|2025-01-15",
          "resident", "exit", stay, "--date", "2025-02-01", "--reason", "family", NULL);
}

static void
test_other_profiles (Fixture       *fixture,
                     gconstpointer  data)
{
  /* A national database: T-1 (40 places for girls), T-2, T-3. */
  cli_make_registry (fixture);

  refuse (fixture, 1, "director|riaya-cli occupancy",
          ADMIT_PUPIL ("T-1", "f", "Amina", "El Idrissi", "2010-05-12"), NULL);
  refuse (fixture, 1, "director", "resident", "list", "T-1", NULL);
  refuse (fixture, 1, "director", "resident", "exit", "T-1:1", "--date", "2025-01-15", "--reason", "family", NULL);
  refuse (fixture, 1, "director", "resident", "show", "T-1:1", NULL);
}

/* --- The printed register ----------------------------------------------- */

static void
test_register_pdf (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *pdf = cli_fixture_path (fixture, "register.pdf");
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  cli_make_director (fixture);
  g_free (cli_ok (fixture, ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"), NULL));

  out = cli_ok (fixture, "resident", "list", "D-1", "--all", "--format", "pdf", "-o", pdf,
                "--language", "fr", NULL);
  g_assert_nonnull (strstr (out, pdf));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  refuse (fixture, 2, "-o|pdf", "resident", "list", "D-1", "--format", "pdf", NULL);
  refuse (fixture, 2, "-o|pdf", "resident", "list", "D-1", "-o", pdf, NULL);
  refuse (fixture, 2, "ar or fr", "resident", "list", "D-1", "--format", "pdf", "-o", pdf,
          "--language", "en", NULL);
  refuse (fixture, 2, "--all|--present-on", "resident", "list", "D-1", "--all", "--present-on", "2024-10-01", NULL);
  refuse (fixture, 2, "table, csv, json or pdf", "resident", "list", "D-1", "--format", "xml", NULL);
  refuse (fixture, 1, "2024-13-01", "resident", "list", "D-1", "--present-on", "2024-13-01", NULL);
  refuse (fixture, 1, "D-9", "resident", "list", "D-9", NULL);
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

  g_test_add_func ("/cli/resident/help", test_help);
  FIXTURE_TEST ("/cli/resident/admit-and-list", test_admit_and_list);
  FIXTURE_TEST ("/cli/resident/register-number", test_register_number_given);
  FIXTURE_TEST ("/cli/resident/exit", test_exit);
  FIXTURE_TEST ("/cli/resident/transfer-within", test_transfer_within);
  FIXTURE_TEST ("/cli/resident/transfer-elsewhere", test_transfer_elsewhere);
  FIXTURE_TEST ("/cli/resident/show", test_show);
  FIXTURE_TEST ("/cli/resident/over-capacity", test_over_capacity);
  FIXTURE_TEST ("/cli/resident/duplicates", test_duplicates);
  FIXTURE_TEST ("/cli/resident/refuse-admission", test_admission_refusals);
  FIXTURE_TEST ("/cli/resident/refuse-exit", test_exit_refusals);
  FIXTURE_TEST ("/cli/resident/other-profiles", test_other_profiles);
  FIXTURE_TEST ("/cli/resident/register-pdf", test_register_pdf);

  status = g_test_run ();
  cli_clean_up ();

  return status;
}
