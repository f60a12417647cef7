/* reports.c — how long every national table takes
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * reports [--runs N] [--on DATE] [--past DATE] [--read-each-time] DB builds, on DB, every
 * report of the registry (riaya_report_get_all) with riaya_report_build(),
 * as riaya-cli report and the reports page do:
 *
 *   NAME             the report with its defaults: on --on (default
 *                    today), the ten years up to this one, the calendar
 *                    year of today;
 *   NAME@region      the reports by region for one region's provinces
 *                    (Marrakech-Safi, the largest);
 *   NAME@past        the reports on a date: --past (default two years
 *                    before --on), before most institutions' latest
 *                    record, where the registry is computed from the
 *                    histories instead of read from the state the store
 *                    keeps (riaya_store_list_institutions_on).
 *
 * The store keeps the histories in memory from one report to the next
 * (riaya_store_set_keep_histories), read again after each report when
 * the database changed (riaya_store_warm_histories, not measured), as
 * the reports page's store does: each measure is what the page waits
 * for after a change of option. --read-each-time measures what
 * riaya-cli does instead, the database read for each report.
 *
 *   NAME@refill      occupancy and compliance right after the database
 *                    changed (the histories forgotten): the page's first
 *                    table after a change, computed from the database.
 *   histories-read   reading the histories again after that, which the
 *                    page does in its worker once the table is shown (a
 *                    change of option meanwhile waits for it).
 *
 * For reference, side by side in the same runs and on the same
 * connection, it times SELECT count(*), sum(length(name_fr)) FROM
 * institutions: SQLite reading every institution's row, with no work of
 * ours. It follows the machine and the size of the registry.
 *
 * The measures are taken in turn, N times each (default 10) after one
 * unmeasured round, and printed as medians and 90th percentiles in µs,
 * one "name value" per line, with the rows each report found and its
 * total. Goals (reports.md): under 50 ms at national scale, under 500 ms
 * at ten times.
 */

#include "config.h"

#include "riaya-report.h"
#include "riaya-store.h"
#include "riaya-store-institutions-on.h"
#include "riaya-store-private.h"

#define REGION "07"

typedef struct
{
  char                    *name;
  const RiayaReport       *report;
  RiayaReportParams        params;
  GArray                  *times;
  gboolean                 refill;   /* the histories forgotten first */
} Measure;

static void
measure_clear (gpointer data)
{
  Measure *measure = data;

  g_free (measure->name);
  g_array_unref (measure->times);
}

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

/* The reference: every institution's row read by SQLite. */
static gboolean
scan_institutions (RiayaStore  *store,
                   gint64      *count,
                   GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (store, "SELECT count(*), sum(length(name_fr)) FROM institutions",
                                             error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _riaya_store_set_error (store, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return TRUE;
}

static void
add_measure (GArray                  *measures,
             const RiayaReport       *report,
             const char              *suffix,
             const RiayaReportParams *params)
{
  Measure measure = { NULL, report, *params, g_array_new (FALSE, FALSE, sizeof (gint64)), FALSE };

  measure.name = g_strconcat (report->name, suffix, NULL);
  measure.refill = g_str_equal (suffix, "@refill");
  g_array_append_val (measures, measure);
}

/* As after a change to the database: what the store and its sibling
 * kept is read again at the next report. */
static void
forget_histories (RiayaStore *store)
{
  RiayaStore *sibling = riaya_store_get_sibling (store);

  riaya_store_set_keep_histories (store, FALSE);
  riaya_store_set_keep_histories (store, TRUE);
  if (sibling != NULL && riaya_store_get_keep_histories (sibling))
    {
      riaya_store_set_keep_histories (sibling, FALSE);
      riaya_store_set_keep_histories (sibling, TRUE);
    }
}

/* What a report found, for the record: its rows and the last cell of
 * its total row. */
static void
print_found (const char *name,
             RiayaTable *table)
{
  guint last = riaya_table_get_n_columns (table) - 1;
  g_autofree char *total = NULL;

  if (riaya_table_has_total (table))
    total = riaya_table_dup_cell_code (table, RIAYA_TABLE_TOTAL, last);
  g_print ("%s-rows %u\n", name, riaya_table_get_n_rows (table));
  g_print ("%s-total %s\n", name, total != NULL ? total : "-");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = g_option_context_new ("DB");
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *on = NULL;
  g_autofree char *past = NULL;
  int runs = 10;
  gboolean read_each_time = FALSE;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Measured runs of each (default 10)", "N" },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, "The date of the reports (default: today)", "DATE" },
    { "past", 0, 0, G_OPTION_ARG_STRING, &past, "A past date (default: two years before --on)", "DATE" },
    { "read-each-time", 0, 0, G_OPTION_ARG_NONE, &read_each_time,
      "Read the database for each report, as riaya-cli does (default: keep the histories, as the reports page)", NULL },
    { NULL }
  };
  g_autoptr(GArray) measures = g_array_new (FALSE, FALSE, sizeof (Measure));
  g_autoptr(GArray) scan_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) warm_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  const RiayaReport *reports;
  guint n_reports;
  gint64 count = 0;

  g_array_set_clear_func (measures, measure_clear);
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("usage: reports [--runs N] [--on DATE] [--past DATE] [--read-each-time] DB (%s)\n",
                  error ? error->message : "a database");
      return 2;
    }
  if (on == NULL)
    on = g_strdup (today);
  if (past == NULL)
    past = g_strdup_printf ("%04u%s", (guint) g_ascii_strtoull (on, NULL, 10) - 2, on + 4);

  store = riaya_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("reports: %s\n", error->message);
      return 1;
    }
  riaya_store_set_keep_histories (store, !read_each_time);

  reports = riaya_report_get_all (&n_reports);
  for (guint i = 0; i < n_reports; i++)
    {
      RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;

      params.today = today;
      params.on = on;
      add_measure (measures, &reports[i], "", &params);
      if (reports[i].options & RIAYA_REPORT_TAKES_REGION)
        {
          params.region = REGION;
          add_measure (measures, &reports[i], "@region", &params);
          params.region = NULL;
        }
      /* Another day, as a user changes the date on the reports page:
       * compliance too, the largest table. */
      if (reports[i].options & RIAYA_REPORT_TAKES_ON)
        {
          params.on = past;
          add_measure (measures, &reports[i], "@past", &params);
          params.on = on;
          if (!read_each_time && (g_str_equal (reports[i].name, "compliance") ||
                                  g_str_equal (reports[i].name, "occupancy-by-region")))
            add_measure (measures, &reports[i], "@refill", &params);
        }
    }

  g_print ("on %s\npast %s\ntoday %s\nregion %s\n", on, past, today, REGION);
  g_print ("histories %s\n", read_each_time ? "read each time" : "kept");
  g_print ("institutions %u\n", riaya_store_count_institutions (store));

  /* Round 0 is not measured: the page cache and SQLite's then hold the
   * pages for every measure alike. The measures alternate, so that a
   * busy moment of the machine falls on each. */
  for (int run = 0; run <= runs; run++)
    {
      gint64 start;

      for (guint m = 0; m < measures->len; m++)
        {
          Measure *measure = &g_array_index (measures, Measure, m);
          g_autoptr(RiayaTable) table = NULL;
          gint64 elapsed;

          if (measure->refill)
            forget_histories (store);
          start = g_get_monotonic_time ();
          table = riaya_report_build (measure->report, store, &measure->params, &error);
          elapsed = g_get_monotonic_time () - start;
          if (table == NULL)
            {
              g_printerr ("reports: %s: %s\n", measure->name, error->message);
              return 1;
            }
          if (run > 0)
            g_array_append_val (measure->times, elapsed);
          else
            print_found (measure->name, table);

          /* As the page, once the table is shown. */
          if (!read_each_time)
            {
              start = g_get_monotonic_time ();
              if (!riaya_store_warm_histories (store, &error))
                {
                  g_printerr ("reports: %s\n", error->message);
                  return 1;
                }
              elapsed = g_get_monotonic_time () - start;
              if (run > 0 && measure->refill)
                g_array_append_val (warm_times, elapsed);
            }
        }

      start = g_get_monotonic_time ();
      if (!scan_institutions (store, &count, &error))
        {
          g_printerr ("reports: %s\n", error->message);
          return 1;
        }
      if (run > 0)
        {
          gint64 elapsed = g_get_monotonic_time () - start;

          g_array_append_val (scan_times, elapsed);
        }
    }

  g_print ("runs %d\n", runs);
  for (guint m = 0; m < measures->len; m++)
    {
      Measure *measure = &g_array_index (measures, Measure, m);

      print_measure (measure->name, measure->times);
    }
  print_measure ("scan", scan_times);
  if (warm_times->len > 0)
    print_measure ("histories-read", warm_times);

  return 0;
}
