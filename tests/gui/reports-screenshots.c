/* reports-screenshots.c — renders the reports page to PNG files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a tool to look at the reports page as a user sees it, on a
 * national registry (the demo data, or a copy of a real one). Run it
 * under a display from a build directory's devenv, LANGUAGE=ar for the
 * Arabic interface:
 *
 *   reports-screenshots en|ar OUTDIR [DATABASE [TODAY]]
 *
 * copies DATABASE (default: a small known registry) and writes
 * OUTDIR/reports-NAME-LANG.png for every report, and
 * reports-institutions-by-region-02-LANG.png for one region broken down
 * by province. TODAY (default: the real today) fixes the day counted.
 * It prints how long each report took from its choice to its table
 * shown.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "exchange-test-util.h"
#include "riaya-report.h"
#include "riaya-reports-page-private.h"

static gint64 computed_at;
static gint64 computed_frame;

static void
on_computed (RiayaReportsPage *page,
             gpointer          user_data)
{
  computed_at = g_get_monotonic_time ();
  computed_frame = gdk_frame_clock_get_frame_counter (gtk_widget_get_frame_clock (GTK_WIDGET (page)));
}

static gboolean
computed (gpointer data)
{
  return !riaya_reports_page_is_computing (data);
}

static void
save (RiayaWindow *window,
      const char  *dir,
      const char  *name,
      const char  *language)
{
  g_autofree char *file = g_strdup_printf ("reports-%s-%s.png", name, language);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GError) error = NULL;
  RiayaReportsPage *page = riaya_window_get_reports_page (window);

  if (!gui_test_wait_until (computed, page))
    g_error ("the report %s was not computed in time", name);
  /* Past the revealers' transitions. */
  if (!gui_test_wait_for_frames (GTK_WIDGET (window), 30))
    g_error ("the window was not painted");
  if (!gui_test_save_png (GTK_WINDOW (window), path, &error))
    g_error ("%s", error->message);
  g_print ("%s\n", path);
}

static char *
copy_database (const char *source)
{
  g_autofree char *dir = g_dir_make_tmp ("riaya-shots-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "riaya.db", NULL);
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;
  g_autoptr(GError) error = NULL;

  if (source == NULL)
    {
      g_autofree char *seeded = gui_test_new_database (TRUE);

      gui_test_seed_small_registry (seeded);
      return g_steal_pointer (&seeded);
    }

  /* The copy is the tool's: a real registry is never written. */
  from = g_file_new_for_path (source);
  to = g_file_new_for_path (path);
  if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);

  return g_steal_pointer (&path);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = exchange_test_set_language (argc, argv, "reports-screenshots");
  g_autofree char *db_path = NULL;
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaReportsPage *page;
  guint n_reports;
  const RiayaReport *reports = riaya_report_get_all (&n_reports);

  if (language == NULL || argc < 3)
    {
      g_printerr ("usage: reports-screenshots en|ar OUTDIR [DATABASE [TODAY]]\n");
      return 2;
    }

  gtk_init ();
  if (gdk_display_get_default () == NULL)
    {
      g_printerr ("reports-screenshots: no display: run it under tests/xvfb-wrap.sh\n");
      return 1;
    }

  db_path = copy_database (argc > 3 ? argv[3] : NULL);
  window = gui_test_open_window (&app, db_path);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = riaya_window_get_reports_page (window);
  if (argc > 4)
    riaya_reports_page_set_today (page, argv[4]);
  g_signal_connect (page, "computed", G_CALLBACK (on_computed), NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "reports");

  if (!gui_test_wait_until (computed, page))
    g_error ("the first report was not computed in time");
  for (guint i = 0; i < n_reports; i++)
    {
      gint64 start = g_get_monotonic_time ();

      riaya_reports_page_select (page, reports[i].name);
      if (!gui_test_wait_until (computed, page))
        g_error ("the report %s was not computed in time", reports[i].name);
      /* From the choice to the table and chart shown, the worker's
       * warm store included: what a user waits. */
      if (computed_at >= start)
        g_print ("%s shown in %.1f ms\n", reports[i].name, (computed_at - start) / 1000.0);
      save (window, argv[2], reports[i].name, language);
    }

  /* Another day: the same columns, new numbers; for a table by region
   * and for the largest, compliance. */
  for (guint r = 0; r < 2; r++)
    {
      const char *name = r == 0 ? "institutions-by-region" : "compliance";

      riaya_reports_page_select (page, name);
      if (!gui_test_wait_until (computed, page))
        g_error ("the report was not computed in time");
      for (guint i = 0; i < 3; i++)
        {
          const char *days[] = { "2020-01-01", "2023-06-30", "2026-11-24" };
          GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
          gint64 start = g_get_monotonic_time ();
          gint64 frame = gdk_frame_clock_get_frame_counter (clock);

          gtk_editable_set_text (GTK_EDITABLE (_riaya_reports_page_get_option (page, "on")), days[i]);
          if (!gui_test_wait_until (computed, page))
            g_error ("the report was not computed in time");
          /* The frame counter when the new table came: it is drawn in
           * the next frame. */
          g_print ("%s on %s shown in %.1f ms, drawn in frame +%" G_GINT64_FORMAT "\n", name, days[i],
                   (computed_at - start) / 1000.0, computed_frame - frame + 1);
        }
    }

  /* One region, by province. */
  riaya_reports_page_select (page, "institutions-by-region");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (_riaya_reports_page_get_option (page, "region")), 2);
  save (window, argv[2], "institutions-by-region-02", language);

  gui_test_close_app (app);
  g_remove (db_path);

  return 0;
}
