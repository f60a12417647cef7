/* grants-by-year.c — how long the table of grants by year takes
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * grants-by-year [--runs N] [--from-year Y] [--to-year Y] DB computes, on
 * DB's grants, the figures of the published table "institutions that
 * received the annual grant" (reports.md) over ten years (by default the
 * ten years up to last year), as the grants page and the report do:
 *
 *   totals   riaya_store_grant_year_totals (store, from, to, NULL, today):
 *            per year the institutions granted (each once), their
 *            licensed places on 31 December, the amounts granted, paid
 *            and due, and the grants late today;
 *   region   the same for one region (Marrakech-Safi, the largest), as
 *            the grants page filtered by region asks;
 *   report   riaya_report_grants_by_year(): the table riaya-cli and the
 *            reports page show, built from those totals.
 *
 * For reference, side by side in the same runs and on the same
 * connection, it times SELECT count(*), sum(amount) FROM grants: SQLite
 * reading the amount of every grant, with no work of ours. It follows
 * the machine and the size of the table; the ratio says what the year
 * totals cost beyond one plain pass over the grants (they also find
 * each institution's places on 31 December and what is late).
 *
 * The measures are taken in turn, N times each (default 20) after one
 * unmeasured round, and printed as medians and 90th percentiles in µs,
 * one "name value" per line, with the figures found. Goal: under 50 ms.
 */

#include "config.h"

#include "riaya-report.h"
#include "riaya-store.h"
#include "riaya-store-grants.h"
#include "riaya-store-private.h"

#define REGION "07"

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static gint64
percentile (GArray *values,
            guint   percent)
{
  g_array_sort (values, compare_gint64);
  return g_array_index (values, gint64, MIN (values->len - 1, values->len * percent / 100));
}

static void
print_measure (const char *name,
               GArray     *values)
{
  g_print ("%s-median-us %" G_GINT64_FORMAT "\n", name, percentile (values, 50));
  g_print ("%s-p90-us %" G_GINT64_FORMAT "\n", name, percentile (values, 90));
}

static void
add_time (GArray *values,
          gint64  start)
{
  gint64 elapsed = g_get_monotonic_time () - start;

  g_array_append_val (values, elapsed);
}

/* The reference: the amount of every grant read by SQLite. */
static gboolean
scan_grants (RiayaStore  *store,
             gint64      *grants,
             gint64      *amount,
             GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (store, "SELECT count(*), sum(amount) FROM grants", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _riaya_store_set_error (store, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *grants = sqlite3_column_int64 (stmt, 0);
  *amount = sqlite3_column_int64 (stmt, 1);
  sqlite3_reset (stmt);

  return TRUE;
}

static void
print_totals (GArray *totals)
{
  for (guint i = 0; i < totals->len; i++)
    {
      const RiayaGrantYearTotals *year = &g_array_index (totals, RiayaGrantYearTotals, i);
      g_autofree char *amount = riaya_money_to_string (year->amount);
      g_autofree char *paid = riaya_money_to_string (year->paid);

      g_print ("year-%u %u %u %u %s %s %u\n", year->year, year->institutions, year->capacity,
               year->grants, amount, paid, year->late);
    }
}

static int
fail (GError *error)
{
  g_printerr ("grants-by-year: %s\n", error->message);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = g_option_context_new ("DB");
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  int runs = 20, from_year = 0, to_year = 0;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Measured runs of each (default 20)", "N" },
    { "from-year", 0, 0, G_OPTION_ARG_INT, &from_year, "First year (default: nine years before the last)", "Y" },
    { "to-year", 0, 0, G_OPTION_ARG_INT, &to_year, "Last year (default: last year)", "Y" },
    { NULL }
  };
  g_autoptr(GArray) totals_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) region_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) report_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) scan_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  RiayaGrantFilter region = RIAYA_GRANT_FILTER_INIT;
  RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;
  gint64 grants = 0, amount = 0, start;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("usage: grants-by-year [--runs N] [--from-year Y] [--to-year Y] DB (%s)\n",
                  error ? error->message : "a database");
      return 2;
    }
  if (to_year <= 0)
    to_year = (int) g_ascii_strtoull (today, NULL, 10) - 1;
  if (from_year <= 0)
    from_year = to_year - 9;
  if (from_year > to_year)
    {
      g_printerr ("grants-by-year: the first year comes after the last\n");
      return 2;
    }

  store = riaya_store_open (argv[1], &error);
  if (store == NULL)
    return fail (error);

  region.region_code = REGION;
  params.from_year = (guint) from_year;
  params.to_year = (guint) to_year;
  params.today = today;

  g_print ("from-year %d\nto-year %d\ntoday %s\nregion %s\n", from_year, to_year, today, REGION);
  g_print ("institutions %u\n", riaya_store_count_institutions (store));

  /* Round 0 is not measured: the page cache and SQLite's then hold the
   * pages for every measure alike. The measures alternate, so that a
   * busy moment of the machine falls on each. */
  for (int run = 0; run <= runs; run++)
    {
      g_autoptr(GArray) totals = NULL;
      g_autoptr(GArray) region_totals = NULL;
      g_autoptr(RiayaTable) table = NULL;

      start = g_get_monotonic_time ();
      totals = riaya_store_grant_year_totals (store, from_year, to_year, NULL, today, &error);
      if (totals == NULL)
        return fail (error);
      if (run > 0)
        add_time (totals_times, start);

      start = g_get_monotonic_time ();
      region_totals = riaya_store_grant_year_totals (store, from_year, to_year, &region, today, &error);
      if (region_totals == NULL)
        return fail (error);
      if (run > 0)
        add_time (region_times, start);

      start = g_get_monotonic_time ();
      table = riaya_report_grants_by_year (store, &params, &error);
      if (table == NULL)
        return fail (error);
      if (run > 0)
        add_time (report_times, start);

      start = g_get_monotonic_time ();
      if (!scan_grants (store, &grants, &amount, &error))
        return fail (error);
      if (run > 0)
        add_time (scan_times, start);

      if (run == 0)
        {
          g_autofree char *all = riaya_money_to_string (amount);

          /* year institutions capacity grants amount paid late */
          print_totals (totals);
          g_print ("grants %" G_GINT64_FORMAT "\n", grants);
          g_print ("grants-amount %s\n", all);
        }
    }

  g_print ("runs %d\n", runs);
  print_measure ("totals", totals_times);
  print_measure ("region", region_times);
  print_measure ("report", report_times);
  print_measure ("scan", scan_times);

  return 0;
}
