/* search-keystroke.c — how long one keystroke in the search bar takes
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * search-keystroke DB builds the real institutions page on DB in a
 * window, waits until the list is filled, then types a few queries one
 * character at a time — Arabic and French name fragments, a commune, a
 * licence number — and clears them, as a person would. For each
 * keystroke it measures:
 *
 *   filter  riaya_institutions_page_set_search_text() alone (the list is
 *           updated when it returns);
 *   frame   the frame that follows, from the frame clock's before-paint
 *           to its after-paint (layout and drawing of the new rows);
 *   paint   from the keystroke to that after-paint: what the user waits,
 *           including the wait for the frame clock's next slot.
 *
 * Clearing the entry, which brings every row back, is also reported on
 * its own. For reference it also measures an idle frame: the same window redrawn
 * with nothing changed, which is what drawing alone costs here.
 *
 * Prints medians and the 90th percentile in µs, one "name value" per line.
 * The goal is filter + frame within one frame at 60 Hz (16 ms).
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "riaya-context.h"
#include "riaya-institutions-page.h"

#define ROUNDS 3
#define TIMEOUT_S 60

typedef struct
{
  GtkWidget *window;
  GMainLoop *loop;
  gboolean   painted;
  gboolean   loaded;
  gint64     before_paint_at;
  gint64     after_paint_at;
} Bench;

static const char * const queries[] = {
  "taliba",          /* French fragment of thousands of names */
  "الطالبة",          /* the same in Arabic */
  "تيغدوين",          /* an Arabic commune */
  "azilal",          /* a French commune */
  "EPS-07.161-00",   /* a licence number */
  "association al amal",
};

static void
on_before_paint (GdkFrameClock *clock,
                 Bench         *bench)
{
  if (bench->before_paint_at == 0)
    bench->before_paint_at = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Bench         *bench)
{
  if (bench->painted)
    return;
  bench->after_paint_at = g_get_monotonic_time ();
  bench->painted = TRUE;
  g_main_loop_quit (bench->loop);
}

static void
on_loaded (RiayaInstitutionsPage *page,
           Bench                 *bench)
{
  bench->loaded = TRUE;
  g_main_loop_quit (bench->loop);
}

static gboolean
on_timeout (gpointer user_data)
{
  Bench *bench = user_data;

  g_main_loop_quit (bench->loop);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *@flag is set or the time is up. */
static gboolean
wait_for (Bench    *bench,
          gboolean *flag)
{
  guint timeout = g_timeout_add_seconds (TIMEOUT_S, on_timeout, bench);

  while (!*flag)
    {
      g_main_loop_run (bench->loop);
      if (!*flag)
        break;
    }
  if (*flag)
    g_source_remove (timeout);

  return *flag;
}

static gboolean
wait_for_frame (Bench *bench)
{
  bench->painted = FALSE;
  bench->before_paint_at = 0;
  gtk_widget_queue_draw (bench->window);
  return wait_for (bench, &bench->painted);
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(RiayaContext) context = NULL;
  g_autoptr(GArray) filter = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) paint = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) idle = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) clear_filter = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) clear_paint = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  RiayaInstitutionsPage *page;
  GdkFrameClock *clock;
  Bench bench = { 0 };
  gint64 created_at, loaded_at;
  guint n_all;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: search-keystroke DB\n");
      return 2;
    }

  adw_init ();
  store = riaya_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("search-keystroke: %s\n", error->message);
      return 1;
    }
  settings = g_settings_new (APPLICATION_ID);
  context = riaya_context_new (store, settings);

  loop = g_main_loop_new (NULL, FALSE);
  bench.loop = loop;
  bench.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1100, 720);

  created_at = g_get_monotonic_time ();
  page = riaya_institutions_page_new (context);
  g_signal_connect (page, "loaded", G_CALLBACK (on_loaded), &bench);
  gtk_window_set_child (GTK_WINDOW (bench.window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (bench.window));

  if (!riaya_institutions_page_is_loading (page) && riaya_institutions_page_get_n_visible (page) == 0)
    riaya_institutions_page_reload (page);
  if (riaya_institutions_page_is_loading (page) && !wait_for (&bench, &bench.loaded))
    {
      g_printerr ("search-keystroke: the list was not filled within %d s\n", TIMEOUT_S);
      return 1;
    }
  loaded_at = g_get_monotonic_time ();

  clock = gtk_widget_get_frame_clock (bench.window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &bench);
  if (!wait_for_frame (&bench))
    {
      g_printerr ("search-keystroke: no frame was painted within %d s\n", TIMEOUT_S);
      return 1;
    }
  n_all = riaya_institutions_page_get_n_visible (page);

  g_print ("institutions %u\n", n_all);
  g_print ("list-filled-us %" G_GINT64_FORMAT "\n", loaded_at - created_at);
  g_print ("list-painted-us %" G_GINT64_FORMAT "\n", bench.after_paint_at - created_at);

  for (guint i = 0; i < 30; i++)
    {
      if (!wait_for_frame (&bench))
        {
          g_printerr ("search-keystroke: no frame was painted within %d s\n", TIMEOUT_S);
          return 1;
        }
      g_array_append_vals (idle, &(gint64) { bench.after_paint_at - bench.before_paint_at }, 1);
    }

  for (guint round = 0; round < ROUNDS; round++)
    {
      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          glong length = g_utf8_strlen (queries[q], -1);

          /* Each prefix is one keystroke; the last one clears the entry. */
          for (glong typed = 1; typed <= length + 1; typed++)
            {
              g_autofree char *text = typed <= length ? g_utf8_substring (queries[q], 0, typed)
                                                      : g_strdup ("");
              gint64 start, filtered;

              start = g_get_monotonic_time ();
              riaya_institutions_page_set_search_text (page, text);
              filtered = g_get_monotonic_time ();
              if (!wait_for_frame (&bench))
                {
                  g_printerr ("search-keystroke: no frame after typing “%s”\n", text);
                  return 1;
                }
              g_array_append_vals (filter, &(gint64) { filtered - start }, 1);
              g_array_append_vals (frame, &(gint64) { bench.after_paint_at - bench.before_paint_at }, 1);
              g_array_append_vals (paint, &(gint64) { bench.after_paint_at - start }, 1);
              /* Clearing brings back every row: the widest change. */
              if (typed > length)
                {
                  g_array_append_vals (clear_filter, &(gint64) { filtered - start }, 1);
                  g_array_append_vals (clear_paint, &(gint64) { bench.after_paint_at - start }, 1);
                }

              if (round == 0 && typed == length)
                g_printerr ("“%s”: %u of %u shown\n", text,
                            riaya_institutions_page_get_n_visible (page), n_all);
            }
          if (riaya_institutions_page_get_n_visible (page) != n_all)
            {
              g_printerr ("search-keystroke: clearing the search did not show every institution again\n");
              return 1;
            }
        }
    }

  g_print ("keystrokes %u\n", filter->len);
  g_print ("filter-median-us %" G_GINT64_FORMAT "\n", percentile (filter, 50));
  g_print ("filter-p90-us %" G_GINT64_FORMAT "\n", percentile (filter, 90));
  g_print ("frame-median-us %" G_GINT64_FORMAT "\n", percentile (frame, 50));
  g_print ("frame-p90-us %" G_GINT64_FORMAT "\n", percentile (frame, 90));
  g_print ("clear-filter-median-us %" G_GINT64_FORMAT "\n", percentile (clear_filter, 50));
  g_print ("clear-paint-median-us %" G_GINT64_FORMAT "\n", percentile (clear_paint, 50));
  g_print ("idle-frame-median-us %" G_GINT64_FORMAT "\n", percentile (idle, 50));
  g_print ("paint-median-us %" G_GINT64_FORMAT "\n", percentile (paint, 50));
  g_print ("paint-p90-us %" G_GINT64_FORMAT "\n", percentile (paint, 90));

  gtk_window_destroy (GTK_WINDOW (bench.window));

  return 0;
}
