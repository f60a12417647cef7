/* bare-window.c — the reference for the start-up bench
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bare libadwaita window with a header bar, the size of Riaya's main
 * window: the least any libadwaita application can take to show its first
 * frame on this machine. Prints "first-frame <µs>" — the time from main()
 * to the first after-paint of the window's frame clock, measured exactly as
 * Riaya does under RIAYA_BENCH_FIRST_FRAME=1 — and quits.
 */

#include <adwaita.h>

static gint64 started_at;

static void
on_after_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", now - started_at);
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
on_realize (GtkWidget *window,
            gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), window);
}

static void
on_activate (GtkApplication *app,
             gpointer        user_data)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Bare window", NULL));
  gtk_box_append (GTK_BOX (box), header);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  /* Riaya's default size (the window-width/height settings). */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);

  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  started_at = g_get_monotonic_time ();

  app = adw_application_new ("io.github.riaya.BenchBareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
