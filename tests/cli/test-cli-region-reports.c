/* test-cli-region-reports.c — the tables by region through riaya-cli report
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * institutions-by-region, capacity-by-region and occupancy-by-region on
 * cli_make_registry's three institutions: the table for people with its
 * total and percentage lines, CSV without the percentages, JSON with
 * them as "share", --region for a region's provinces, and what is
 * refused. The published figures themselves are reproduced in
 * test-cli-national-tables.c; the days around licence events in
 * tests/reports/test-report-regions.c.
 */

#include "config.h"

#include <string.h>

#include "cli-test-util.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define refuse(fixture, status, needles, ...) \
  g_free (cli_refuse_lang (fixture, NULL, status, needles, __VA_ARGS__))

/* The line of @text that starts with @prefix (free it), or NULL. */
static char *
line_starting (const char *text,
               const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strdup (lines[i]);
  return NULL;
}

static void
test_by_region (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *table = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *total = NULL;
  g_autofree char *percentage = NULL;

  /* T-1 (student house, Tanger-Assilah, 2019-09-01), T-2 (elderly, Fès,
   * 2010-03-15), T-3 (kafala, Salé, 2021-06-01). */
  cli_make_registry (fixture);

  table = cli_ok (fixture, "report", "institutions-by-region", "--on", "2021-12-31", NULL);
  g_assert_true (g_str_has_prefix (table, "Institutions by region on 2021-12-31\n\n"));
  g_assert_nonnull (strstr (table, "Student houses"));
  g_free (total);
  total = line_starting (table, "12 ");
  g_assert_nonnull (total);
  g_clear_pointer (&total, g_free);
  total = line_starting (table, "Total");
  percentage = line_starting (table, "Percentage");
  g_assert_nonnull (total);
  g_assert_nonnull (percentage);
  g_assert_true (g_str_has_suffix (total, " 3"));
  /* Each type one of three; the total column all of them. */
  g_assert_nonnull (strstr (percentage, "33.3%"));
  g_assert_true (g_str_has_suffix (percentage, "100.0%"));

  /* T-3 licensed on 1 June 2021: not yet on 31 May. */
  csv = cli_ok (fixture, "report", "institutions-by-region", "--on", "2021-05-31", "--format", "csv", NULL);
  g_assert_true (g_str_has_prefix (csv, "region_code,region,kafala,child-protection,student-house,disability,"
                                        "homeless,women,elderly,samu-social,total\r\n"
                                        "01,Tanger-Tétouan-Al Hoceima,0,0,1,0,0,0,0,0,1\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n04,Rabat-Salé-Kénitra,0,0,0,0,0,0,0,0,0\r\n"));
  g_assert_true (g_str_has_suffix (csv, "\r\n12,Dakhla-Oued Ed-Dahab,0,0,0,0,0,0,0,0,0\r\n"
                                        "total,,0,0,1,0,0,0,1,0,2\r\n"));
  g_assert_null (strstr (csv, "share"));

  json = cli_ok (fixture, "report", "institutions-by-region", "--on", "2021-05-31", "--format", "json", NULL);
  g_assert_nonnull (strstr (json, "\"share\": {\n    \"region\": null,\n    \"kafala\": 0.0,\n"));
  g_assert_nonnull (strstr (json, "\"student-house\": 50.0,"));

  /* By province, of one region. */
  g_free (csv);
  csv = cli_ok (fixture, "report", "capacity-by-region", "--on", "2021-12-31", "--region", "04",
                "--format", "csv", NULL);
  g_assert_true (g_str_has_prefix (csv, "province_code,province,kafala,"));
  g_assert_nonnull (strstr (csv, "\r\n04.441,Salé,"));
  g_free (table);
  table = cli_ok (fixture, "report", "capacity-by-region", "--on", "2021-12-31", "--region", "04", NULL);
  g_assert_true (g_str_has_prefix (table, "Capacity by province, Rabat-Salé-Kénitra on 2021-12-31\n"));

  /* No count sent yet: the places and nobody, no rate. */
  g_free (csv);
  csv = cli_ok (fixture, "report", "occupancy-by-region", "--on", "2021-12-31", "--format", "csv", NULL);
  g_assert_true (g_str_has_prefix (csv, "region_code,region,capacity,present,rate\r\n01,Tanger-Tétouan-Al Hoceima,0,0,\r\n"));
  g_assert_true (g_str_has_suffix (csv, "total,,0,0,\r\n"));
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  cli_make_registry (fixture);

  refuse (fixture, 1, "“13”|01 to 12|territory list", "report", "institutions-by-region", "--region", "13", NULL);
  refuse (fixture, 1, "“04.441”|01 to 12", "report", "occupancy-by-region", "--region", "04.441", NULL);
  refuse (fixture, 2, "--region|inspections-by-region", "report", "inspections-by-region", "--region", "04", NULL);
  refuse (fixture, 2, "--from|capacity-by-region", "report", "capacity-by-region", "--from", "2021-01-01", NULL);
  refuse (fixture, 1, "2021-02-30", "report", "capacity-by-region", "--on", "2021-02-30", NULL);
}

/* The help names every report and how the tables by region count. */
static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(CliResult) help = cli_run ("report", "--help", NULL);
  g_autoptr(CliResult) top = cli_run ("--help", NULL);

  g_assert_cmpint (help->status, ==, 0);
  g_assert_nonnull (strstr (help->out, "  institutions-by-region [--on DATE] [--region CODE]\n"));
  g_assert_nonnull (strstr (help->out, "  occupancy-by-region [--on DATE] [--region CODE]\n"));
  g_assert_nonnull (strstr (help->out, "a withdrawal counts from the day it is dated"));
  g_assert_nonnull (strstr (help->out, "the change from the first year to the last"));
  g_assert_nonnull (strstr (top->out, "institutions, capacity and occupancy by region"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_set_program (argv[1]);

  FIXTURE_TEST ("/cli/region-reports/by-region", test_by_region);
  FIXTURE_TEST ("/cli/region-reports/refusals", test_refusals);
  FIXTURE_TEST ("/cli/region-reports/help", test_help);

  status = g_test_run ();
  cli_clean_up ();
  return status;
}
