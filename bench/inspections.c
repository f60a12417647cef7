/* inspections.c — how long the inspection programme and the compliance report take
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * inspections [--runs N] [--year Y] [--province CODE] DB times, on DB's
 * institutions and visits, what a delegate and national staff ask of the
 * inspections (issue 5):
 *
 *   province  riaya_store_inspection_programme (store, CODE, year, today):
 *             the institutions of one province due a visit in the year,
 *             most urgent first (by default the province with the most
 *             institutions);
 *   country   the same for every province at once;
 *   compliance riaya_report_build() of the report "compliance" on
 *             today: every institution not inspected within the legal
 *             period, over capacity, without a director, with corrective
 *             actions overdue…, as riaya-cli and the reports page ask;
 *   ics       the iCalendar text of the province's visits, as an export
 *             makes it: the visits listed (riaya_store_list_inspections)
 *             with those cancelled, their places
 *             (riaya_ics_dup_locations) and the calendar
 *             (riaya_ics_dup_calendar), in memory: no file is written.
 *
 * For reference, side by side in the same runs and on the same
 * connection, it times SELECT count(*), max(planned_on), max(done_on)
 * FROM inspections and SELECT count(*), max(licence_date) FROM
 * institutions: SQLite reading every visit and every institution once,
 * with no work of ours. It follows the machine and the size of both
 * tables; the ratio says what the programme or the report costs beyond
 * one plain pass over what they read.
 *
 * The measures are taken in turn, N times each (default 20) after one
 * unmeasured round, and printed as medians and 90th percentiles in µs,
 * one "name value" per line, with the figures found. Goal: under 100 ms
 * each.
 */

#include "config.h"

#include <string.h>

#include "riaya-ics.h"
#include "riaya-report.h"
#include "riaya-store.h"
#include "riaya-store-inspections.h"
#include "riaya-store-private.h"

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

static int
fail (GError *error)
{
  g_printerr ("inspections: %s\n", error->message);
  return 1;
}

/* One statement's single row; the count in its first column. */
static gboolean
step_count (RiayaStore    *store,
            sqlite3_stmt  *stmt,
            gint64        *count,
            GError       **error)
{
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

/* The reference: every visit and every institution read by SQLite. */
static gboolean
scan_tables (RiayaStore  *store,
             gint64      *visits,
             gint64      *institutions,
             GError     **error)
{
  return step_count (store,
                     _riaya_store_prepare (store, "SELECT count(*), max(planned_on), max(done_on) FROM inspections",
                                           error),
                     visits, error) &&
         step_count (store,
                     _riaya_store_prepare (store, "SELECT count(*), max(licence_date) FROM institutions", error),
                     institutions, error);
}

/* The province with the most institutions: the largest programme a
 * delegate builds. */
static char *
largest_province (RiayaStore  *store,
                  GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (store,
                                             "SELECT province_code FROM institutions WHERE deleted_at IS NULL"
                                             " GROUP BY province_code ORDER BY count(*) DESC, province_code LIMIT 1",
                                             error);
  char *code = NULL;

  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else
    _riaya_store_set_error (store, error);
  sqlite3_reset (stmt);
  return code;
}

/* A province's visits as an .ics export makes them; its size. */
static gboolean
export_calendar (RiayaStore  *store,
                 const char  *province,
                 const char  *today,
                 guint       *n_visits,
                 gsize       *size,
                 GError     **error)
{
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  RiayaIcsOptions options = RIAYA_ICS_OPTIONS_INIT;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GListModel) cancelled = NULL;
  g_autoptr(GHashTable) locations = NULL;
  g_autofree char *calendar = NULL;

  filter.province_code = province;
  visits = riaya_store_list_inspections (store, &filter, error);
  if (visits == NULL)
    return FALSE;
  cancelled = riaya_store_list_cancelled_inspections (store, &filter, error);
  if (cancelled == NULL)
    return FALSE;
  locations = riaya_ics_dup_locations (store, visits, cancelled, error);
  if (locations == NULL)
    return FALSE;

  options.today = today;
  options.locations = locations;
  calendar = riaya_ics_dup_calendar (visits, cancelled, &options);
  *n_visits = g_list_model_get_n_items (visits) + g_list_model_get_n_items (cancelled);
  *size = strlen (calendar);
  return TRUE;
}

/* What the programme holds, once: how many are proposed and why. */
static void
print_programme (const char *name,
                 GPtrArray  *items)
{
  guint never = 0, passed = 0, needed = 0;

  for (guint i = 0; i < items->len; i++)
    {
      RiayaProgrammeItem *item = g_ptr_array_index (items, i);

      never += (item->assessment.reasons & RIAYA_DUE_NEVER_INSPECTED) != 0;
      passed += (item->assessment.reasons & RIAYA_DUE_PERIOD_PASSED) != 0;
      needed += item->assessment.visits_needed;
    }
  g_print ("%s-proposed %u\n%s-never-inspected %u\n%s-period-passed %u\n%s-visits-needed %u\n", name, items->len,
           name, never, name, passed, name, needed);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = g_option_context_new ("DB");
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *province = NULL;
  int runs = 20, year = 0;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Measured runs of each (default 20)", "N" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, "Year of the programme (default: this year)", "Y" },
    { "province", 0, 0, G_OPTION_ARG_STRING, &province, "Province (default: the one with the most institutions)",
      "CODE" },
    { NULL }
  };
  g_autoptr(GArray) province_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) country_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) compliance_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) ics_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) scan_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint ics_visits = 0;
  gsize ics_size = 0;
  RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;
  const RiayaReport *compliance = riaya_report_lookup ("compliance");
  gint64 visits = 0, institutions = 0, start;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("usage: inspections [--runs N] [--year Y] [--province CODE] DB (%s)\n",
                  error ? error->message : "a database");
      return 2;
    }
  if (year <= 0)
    year = (int) g_ascii_strtoull (today, NULL, 10);
  if (compliance == NULL)
    {
      g_printerr ("inspections: this build has no compliance report\n");
      return 1;
    }

  store = riaya_store_open (argv[1], &error);
  if (store == NULL)
    return fail (error);
  if (province == NULL && (province = largest_province (store, &error)) == NULL)
    return fail (error);

  params.on = today;
  params.today = today;

  g_print ("year %d\ntoday %s\nprovince %s\n", year, today, province);
  g_print ("institutions %u\n", riaya_store_count_institutions (store));

  /* Round 0 is not measured: the page cache and SQLite's then hold the
   * pages for every measure alike. The measures alternate, so that a
   * busy moment of the machine falls on each. */
  for (int run = 0; run <= runs; run++)
    {
      g_autoptr(GPtrArray) here = NULL;
      g_autoptr(GPtrArray) everywhere = NULL;
      g_autoptr(RiayaTable) table = NULL;

      start = g_get_monotonic_time ();
      here = riaya_store_inspection_programme (store, province, (guint) year, today, &error);
      if (here == NULL)
        return fail (error);
      if (run > 0)
        add_time (province_times, start);

      start = g_get_monotonic_time ();
      everywhere = riaya_store_inspection_programme (store, NULL, (guint) year, today, &error);
      if (everywhere == NULL)
        return fail (error);
      if (run > 0)
        add_time (country_times, start);

      start = g_get_monotonic_time ();
      table = riaya_report_build (compliance, store, &params, &error);
      if (table == NULL)
        return fail (error);
      if (run > 0)
        add_time (compliance_times, start);


      start = g_get_monotonic_time ();
      if (!export_calendar (store, province, today, &ics_visits, &ics_size, &error))
        return fail (error);
      if (run > 0)
        add_time (ics_times, start);

      start = g_get_monotonic_time ();
      if (!scan_tables (store, &visits, &institutions, &error))
        return fail (error);
      if (run > 0)
        add_time (scan_times, start);

      if (run == 0)
        {
          print_programme ("province", here);
          print_programme ("country", everywhere);
          g_print ("compliance-rows %u\n", riaya_table_get_n_rows (table));
          g_print ("visits %" G_GINT64_FORMAT "\n", visits);
          g_print ("ics-visits %u\nics-bytes %" G_GSIZE_FORMAT "\n", ics_visits, ics_size);
        }
    }

  g_print ("runs %d\n", runs);
  print_measure ("province", province_times);
  print_measure ("country", country_times);
  print_measure ("compliance", compliance_times);
  print_measure ("ics", ics_times);
  print_measure ("scan", scan_times);

  return 0;
}
