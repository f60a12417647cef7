/* test-cli-occupancy.c — occupancy through riaya-cli, in every profile
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built riaya-cli on a director's database, whose counts come
 * from the register, and on a national one, whose counts are imported,
 * and reads occupancy for every institution and for one, in every format.
 * Every date is fixed and in the past.
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

#define ADMIT_PUPIL(institution, sex, first, last, born) \
  "resident", "admit", institution, "--category", "pupil", "--sex", sex, \
  "--first-name", first, "--last-name", last, "--birth-date", born, "--admitted", "2024-09-01"

static const char * const all_columns[] = {
  "licence", "institution", "province_code", "places", "present", "rate", "over", NULL,
};

static const char * const group_columns[] = {
  "category", "sex", "places", "present", "rate", "state", NULL,
};

static void
test_help (void)
{
  g_autoptr(CliResult) top = cli_run ("--help", NULL);
  g_autoptr(CliResult) help = cli_run ("occupancy", "--help", NULL);

  g_assert_cmpint (top->status, ==, 0);
  g_assert_nonnull (strstr (top->out, "occupancy"));

  g_assert_cmpint (help->status, ==, 0);
  for (const char * const *text = (const char *[]) {
         "riaya-cli occupancy", "INSTITUTION", "--on", "--format", "over capacity", NULL };
       *text; text++)
    g_assert_nonnull (strstr (help->out, *text));
}

static void
test_occupancy_formats (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *all_csv_text = NULL;
  g_autofree char *all_json_text = NULL;
  g_autofree char *all_table = NULL;
  g_autofree char *one_csv_text = NULL;
  g_autofree char *one_json_text = NULL;
  g_autofree char *one_table = NULL;
  g_autofree char *empty_text = NULL;
  g_autoptr(Csv) all = NULL;
  g_autoptr(Csv) one = NULL;
  g_autoptr(Csv) empty = NULL;
  g_autoptr(TestJson) all_json = NULL;
  g_autoptr(TestJson) one_json = NULL;
  TestJson *institutions;
  TestJson *total;
  guint row;

  cli_make_director (fixture);
  g_free (cli_ok (fixture, ADMIT_PUPIL ("D-1", "f", "Amina", "El Idrissi", "2010-05-12"), NULL));
  g_free (cli_ok (fixture, ADMIT_PUPIL ("D-1", "f", "Salma", "Bennani", "2010-06-12"), NULL));
  g_free (cli_ok (fixture, ADMIT_PUPIL ("D-1", "m", "Omar", "Tazi", "2010-07-12"), NULL));
  g_free (cli_ok (fixture, ADMIT_PUPIL ("D-2", "m", "Said", "Alaoui", "2010-08-12"), NULL));

  /* Every institution. */
  all_csv_text = cli_ok (fixture, "occupancy", "--on", "2024-10-01", "--format", "csv", NULL);
  all = csv_parse_output (all_csv_text, all_columns);
  g_assert_cmpuint (csv_n_rows (all), ==, 4);
  g_assert_cmpstr (csv_cell (all, 0, "licence"), ==, "D-1");
  g_assert_cmpstr (csv_cell (all, 0, "institution"), ==, "Dar Taliba Assilah");
  g_assert_cmpstr (csv_cell (all, 0, "places"), ==, "4");
  g_assert_cmpstr (csv_cell (all, 0, "present"), ==, "3");
  g_assert_cmpstr (csv_cell (all, 0, "rate"), ==, "75.0");
  g_assert_cmpstr (csv_cell (all, 0, "over"), ==, "no");
  row = csv_find_row (all, "licence", "D-2");
  g_assert_cmpstr (csv_cell (all, row, "present"), ==, "1");
  g_assert_cmpstr (csv_cell (all, row, "rate"), ==, "10.0");
  /* A director's register is complete: nobody recorded is nobody. */
  row = csv_find_row (all, "licence", "D-3");
  g_assert_cmpstr (csv_cell (all, row, "present"), ==, "0");
  g_assert_cmpstr (csv_cell (all, row, "rate"), ==, "0.0");
  g_assert_cmpstr (csv_cell (all, 3, "licence"), ==, "total");
  g_assert_cmpstr (csv_cell (all, 3, "places"), ==, "24");
  g_assert_cmpstr (csv_cell (all, 3, "present"), ==, "4");
  g_assert_cmpstr (csv_cell (all, 3, "rate"), ==, "16.7");
  g_assert_cmpstr (csv_cell (all, 3, "over"), ==, "no");

  all_json_text = cli_ok (fixture, "occupancy", "--on", "2024-10-01", "--format", "json", NULL);
  all_json = json_parse_output (all_json_text);
  g_assert_cmpstr (test_json_get_string (all_json, "on"), ==, "2024-10-01");
  institutions = test_json_get (all_json, "institutions");
  g_assert_cmpuint (test_json_length (institutions), ==, 3);
  g_assert_cmpstr (test_json_get_string (test_json_index (institutions, 0), "licence"), ==, "D-1");
  g_assert_cmpint (test_json_get_int (test_json_index (institutions, 0), "places"), ==, 4);
  g_assert_cmpint (test_json_get_int (test_json_index (institutions, 0), "present"), ==, 3);
  g_assert_cmpfloat_with_epsilon (test_json_double (test_json_get (test_json_index (institutions, 0), "rate")),
                                  75.0, 0.001);
  g_assert_false (test_json_boolean (test_json_get (test_json_index (institutions, 0), "over")));
  total = test_json_get (all_json, "total");
  g_assert_cmpint (test_json_get_int (total, "institutions"), ==, 3);
  g_assert_cmpint (test_json_get_int (total, "institutions_over"), ==, 0);
  g_assert_cmpint (test_json_get_int (total, "places"), ==, 24);
  g_assert_cmpint (test_json_get_int (total, "present"), ==, 4);

  all_table = cli_ok (fixture, "occupancy", "--on", "2024-10-01", NULL);
  for (const char * const *text = (const char *[]) {
         "Occupancy on 2024-10-01", "Licence", "Places", "Present", "Rate", "D-1", "Dar Taliba Assilah",
         "75.0%", "Total", "16.7%", "0 institutions over capacity", NULL };
       *text; text++)
    if (strstr (all_table, *text) == NULL)
      g_error ("occupancy does not show “%s”:\n%s", *text, all_table);

  /* One institution, group by group. */
  one_csv_text = cli_ok (fixture, "occupancy", "D-1", "--on", "2024-10-01", "--format", "csv", NULL);
  one = csv_parse_output (one_csv_text, group_columns);
  g_assert_cmpuint (csv_n_rows (one), ==, 3);
  g_assert_cmpstr (csv_cell (one, 0, "category"), ==, "pupil");
  g_assert_cmpstr (csv_cell (one, 0, "sex"), ==, "m");
  g_assert_cmpstr (csv_cell (one, 0, "places"), ==, "2");
  g_assert_cmpstr (csv_cell (one, 0, "present"), ==, "1");
  g_assert_cmpstr (csv_cell (one, 0, "rate"), ==, "50.0");
  g_assert_cmpstr (csv_cell (one, 0, "state"), ==, "ok");
  g_assert_cmpstr (csv_cell (one, 1, "sex"), ==, "f");
  g_assert_cmpstr (csv_cell (one, 1, "present"), ==, "2");
  g_assert_cmpstr (csv_cell (one, 1, "rate"), ==, "100.0");
  g_assert_cmpstr (csv_cell (one, 1, "state"), ==, "full");
  g_assert_cmpstr (csv_cell (one, 2, "category"), ==, "total");
  g_assert_cmpstr (csv_cell (one, 2, "places"), ==, "4");
  g_assert_cmpstr (csv_cell (one, 2, "present"), ==, "3");
  g_assert_cmpstr (csv_cell (one, 2, "state"), ==, "ok");

  one_json_text = cli_ok (fixture, "occupancy", "D-1", "--on", "2024-10-01", "--format", "json", NULL);
  one_json = json_parse_output (one_json_text);
  g_assert_cmpstr (test_json_get_string (one_json, "licence"), ==, "D-1");
  g_assert_cmpuint (test_json_length (test_json_get (one_json, "groups")), ==, 2);
  g_assert_cmpstr (test_json_get_string (test_json_index (test_json_get (one_json, "groups"), 1), "state"),
                   ==, "full");
  g_assert_cmpint (test_json_get_int (test_json_get (one_json, "total"), "present"), ==, 3);

  one_table = cli_ok (fixture, "occupancy", "D-1", "--on", "2024-10-01", NULL);
  for (const char * const *text = (const char *[]) {
         "Dar Taliba Assilah", "Occupancy on 2024-10-01", "Schoolchildren", "Male", "Female", "50.0%",
         "100.0%", "Full", "Total", NULL };
       *text; text++)
    if (strstr (one_table, *text) == NULL)
      g_error ("occupancy D-1 does not show “%s”:\n%s", *text, one_table);

  /* Occupancy never shows a name. */
  for (const char * const *name = (const char *[]) { "Amina", "Salma", "Omar", "Said", "Idrissi", NULL };
       *name; name++)
    {
      g_assert_null (strstr (all_csv_text, *name));
      g_assert_null (strstr (all_json_text, *name));
      g_assert_null (strstr (all_table, *name));
      g_assert_null (strstr (one_csv_text, *name));
      g_assert_null (strstr (one_json_text, *name));
      g_assert_null (strstr (one_table, *name));
    }

  /* Before any licence: no institution, only the total. */
  empty_text = cli_ok (fixture, "occupancy", "--on", "2014-01-01", "--format", "csv", NULL);
  empty = csv_parse_output (empty_text, all_columns);
  g_assert_cmpuint (csv_n_rows (empty), ==, 1);
  g_assert_cmpstr (csv_cell (empty, 0, "licence"), ==, "total");
  g_assert_cmpstr (csv_cell (empty, 0, "places"), ==, "0");

  refuse (fixture, 1, "D-9", "occupancy", "D-9", NULL);
  refuse (fixture, 1, "2024-13-01", "occupancy", "--on", "2024-13-01", NULL);
  refuse (fixture, 2, "table, csv or json", "occupancy", "--format", "xml", NULL);
  refuse (fixture, 2, "D-2", "occupancy", "D-1", "D-2", NULL);
}

static void
test_counts_imported (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) t1 = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  g_autoptr(GError) error = NULL;
  g_autofree char *all_text = NULL;
  g_autofree char *one_text = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *table = NULL;
  g_autoptr(Csv) all = NULL;
  g_autoptr(Csv) one = NULL;
  g_autoptr(TestJson) json = NULL;
  RiayaCountLine line = { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, RIAYA_AGE_BAND_12_17, 30 };
  guint row;

  /* A national database: T-1 (40 places for girls), T-2, T-3. */
  cli_make_registry (fixture);

  /* Counts arrive by import there; they are what occupancy reads. */
  store = riaya_store_open (fixture->db, &error);
  g_assert_no_error (error);
  t1 = riaya_store_get_institution (store, "T-1", &error);
  g_assert_no_error (error);
  g_array_append_val (lines, line);
  g_assert_true (riaya_store_put_counts (store, riaya_institution_get_uuid (t1), "2024-10-01", lines, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  all_text = cli_ok (fixture, "occupancy", "--on", "2024-12-31", "--format", "csv", NULL);
  all = csv_parse_output (all_text, all_columns);
  /* The three institutions, then the total. */
  g_assert_cmpuint (csv_n_rows (all), ==, 4);
  row = csv_find_row (all, "licence", "T-1");
  g_assert_cmpstr (csv_cell (all, row, "province_code"), ==, "01.511");
  g_assert_cmpstr (csv_cell (all, row, "places"), ==, "40");
  g_assert_cmpstr (csv_cell (all, row, "present"), ==, "30");
  g_assert_cmpstr (csv_cell (all, row, "rate"), ==, "75.0");
  g_assert_cmpstr (csv_cell (all, row, "over"), ==, "no");
  /* Without a count, the people present are unknown, not zero. */
  row = csv_find_row (all, "licence", "T-2");
  g_assert_cmpstr (csv_cell (all, row, "places"), ==, "55");
  g_assert_cmpstr (csv_cell (all, row, "present"), ==, "");
  g_assert_cmpstr (csv_cell (all, row, "rate"), ==, "");
  g_assert_cmpstr (csv_cell (all, row, "over"), ==, "");
  row = csv_find_row (all, "licence", "total");
  g_assert_cmpuint (row, ==, 3);
  g_assert_cmpstr (csv_cell (all, row, "places"), ==, "107");
  g_assert_cmpstr (csv_cell (all, row, "present"), ==, "30");
  g_assert_cmpstr (csv_cell (all, row, "rate"), ==, "75.0");

  /* Before the count: unknown. */
  one_text = cli_ok (fixture, "occupancy", "T-1", "--on", "2024-09-30", "--format", "csv", NULL);
  one = csv_parse_output (one_text, group_columns);
  g_assert_cmpstr (csv_cell (one, 0, "category"), ==, "pupil");
  g_assert_cmpstr (csv_cell (one, 0, "places"), ==, "40");
  g_assert_cmpstr (csv_cell (one, 0, "present"), ==, "");
  g_assert_cmpstr (csv_cell (one, 0, "state"), ==, "");

  json_text = cli_ok (fixture, "occupancy", "T-1", "--on", "2025-03-01", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (json, "counted_on"), ==, "2024-10-01");
  g_assert_cmpint (test_json_get_int (test_json_index (test_json_get (json, "groups"), 0), "present"), ==, 30);
  g_assert_cmpstr (test_json_get_string (test_json_index (test_json_get (json, "groups"), 0), "state"), ==, "ok");

  table = cli_ok (fixture, "occupancy", "T-1", "--on", "2025-03-01", NULL);
  g_assert_nonnull (strstr (table, "as counted on 2024-10-01"));
  g_assert_nonnull (strstr (table, "75.0%"));
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

  g_test_add_func ("/cli/occupancy/help", test_help);
  FIXTURE_TEST ("/cli/occupancy/director", test_occupancy_formats);
  FIXTURE_TEST ("/cli/occupancy/counts-imported", test_counts_imported);

  status = g_test_run ();
  cli_clean_up ();

  return status;
}
