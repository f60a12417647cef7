/* report-documents.c — how long a report takes to become a PDF or a workbook
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * report-documents [--runs N] [--report NAME] [--on DATE] DB computes the
 * report NAME (default: compliance, the largest: one line per problem)
 * once, then times, N times each (default 10) after one unmeasured
 * round, what `riaya-cli report NAME --format pdf|xlsx -o FILE` does
 * after computing it:
 *
 *   pdf        riaya_report_document_new() and _write_pdf(): the layout,
 *              every page drawn with Pango and cairo, the file written
 *              and synced; also its CPU time (pdf-cpu), which a busy
 *              machine does not inflate as it does the wall clock;
 *   paginate   the layout alone (riaya_report_document_paginate on a
 *              PDF surface that writes nowhere), part of "pdf";
 *   xlsx       riaya_report_write_xlsx();
 *   csv        for reference, side by side: riaya_table_to_csv() of the
 *              same table written to a file with g_file_set_contents,
 *              what the text formats cost.
 *
 * It prints medians and 90th percentiles in µs, one "name value" per
 * line, with the table's lines and the PDF's pages. Goal: the PDF of
 * the largest report under 1 s, at ten times national scale too.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <time.h>

#include "riaya-report.h"
#include "riaya-report-document.h"
#include "riaya-report-xlsx.h"

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

/* The CPU time of the process, in µs: on a busy machine the wall clock
 * also counts the other programs' turns. */
static gint64
cpu_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static cairo_status_t
write_nowhere (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

static guint
paginate_only (RiayaTable        *table,
               const RiayaReport *report)
{
  g_autoptr(RiayaReportDocument) document = riaya_report_document_new (table, report->chart, "bench.db",
                                                                       "2026-01-01", FALSE);
  gboolean landscape = riaya_report_document_is_landscape (document);
  /* A4 less margins of 10 mm, as riaya-pdf.c writes it. */
  double width = (landscape ? 841.89 : 595.28) - 2 * 28.35;
  double height = (landscape ? 595.28 : 841.89) - 2 * 28.35;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_nowhere, NULL, width, height);
  cairo_t *cr = cairo_create (surface);
  guint pages = riaya_report_document_paginate (document, cr, width, height);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pages;
}

static int
fail (GError *error)
{
  g_printerr ("report-documents: %s\n", error->message);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = g_option_context_new ("DB");
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *name = NULL;
  g_autofree char *on = NULL;
  int runs = 10;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Measured runs of each (default 10)", "N" },
    { "report", 0, 0, G_OPTION_ARG_STRING, &name, "The report (default: compliance)", "NAME" },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, "The date of the report (default: today)", "DATE" },
    { NULL }
  };
  g_autoptr(GArray) pdf_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) pdf_cpu_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) paginate_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) xlsx_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) csv_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;
  const RiayaReport *report;
  guint pages = 0;
  gint64 start, cpu_start;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("usage: report-documents [--runs N] [--report NAME] [--on DATE] DB (%s)\n",
                  error ? error->message : "a database");
      return 2;
    }
  report = riaya_report_lookup (name != NULL ? name : "compliance");
  if (report == NULL)
    {
      g_printerr ("report-documents: no report “%s”\n", name);
      return 2;
    }

  store = riaya_store_open (argv[1], &error);
  if (store == NULL)
    return fail (error);
  params.on = on != NULL ? on : today;
  params.today = today;
  table = riaya_report_build (report, store, &params, &error);
  if (table == NULL)
    return fail (error);

  dir = g_dir_make_tmp ("riaya-bench-documents-XXXXXX", &error);
  if (dir == NULL)
    return fail (error);
  pdf = g_build_filename (dir, "report.pdf", NULL);
  xlsx = g_build_filename (dir, "report.xlsx", NULL);
  csv = g_build_filename (dir, "report.csv", NULL);

  for (int run = -1; run < runs; run++)
    {
      g_autoptr(RiayaReportDocument) document = NULL;
      g_autofree char *text = NULL;

      start = g_get_monotonic_time ();
      cpu_start = cpu_time ();
      document = riaya_report_document_new (table, report->chart, "bench.db", today, FALSE);
      if (!riaya_report_document_write_pdf (document, pdf, &error))
        return fail (error);
      if (run >= 0)
        {
          gint64 cpu = cpu_time () - cpu_start;

          add_time (pdf_times, start);
          g_array_append_val (pdf_cpu_times, cpu);
        }

      start = g_get_monotonic_time ();
      pages = paginate_only (table, report);
      if (run >= 0)
        add_time (paginate_times, start);

      start = g_get_monotonic_time ();
      if (!riaya_report_write_xlsx (table, xlsx, FALSE, &error))
        return fail (error);
      if (run >= 0)
        add_time (xlsx_times, start);

      start = g_get_monotonic_time ();
      text = riaya_table_to_csv (table);
      if (!g_file_set_contents_full (csv, text, -1, G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                     0644, &error))
        return fail (error);
      if (run >= 0)
        add_time (csv_times, start);
    }

  g_print ("report %s\n", report->name);
  g_print ("lines %u\n", riaya_table_get_n_rows (table));
  g_print ("pages %u\n", pages);
  print_measure ("pdf", pdf_times);
  print_measure ("pdf-cpu", pdf_cpu_times);
  print_measure ("paginate", paginate_times);
  print_measure ("xlsx", xlsx_times);
  print_measure ("csv", csv_times);

  g_unlink (pdf);
  g_unlink (xlsx);
  g_unlink (csv);
  g_rmdir (dir);
  return 0;
}
