/* search-keystroke.c — how long one keystroke in the search bar takes
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * search-keystroke DB [QUERY…] builds the real institutions page on DB in a
 * window, waits until the list is filled, then types a few queries one
 * character at a time — Arabic and French name fragments, a commune, a
 * licence number — and clears them, as a person would. For each
 * keystroke it measures:
 *
 *   filter  riaya_institutions_page_set_search_text() alone (the list is
 *           updated when it returns);
 *   frame   the frame that follows, from the frame clock's before-paint
 *           to its after-paint (layout and drawing of the new rows);
 *   paint   from the keystroke to that after-paint: what the user waits.
 *
 * Keys are typed TYPING_INTERVAL_MS after the previous keystroke was
 * painted, as a quick typist does: the frame clock is then idle, and a
 * keystroke waits for no earlier frame. (Typed back to back, each would
 * also wait for the frame clock's next slot, 16.7 ms after the previous
 * frame began, whatever it cost.)
 *
 * Clearing the entry, which brings every row back, is also reported on
 * its own. For reference it also measures an idle frame (the window
 * redrawn with nothing changed), a label frame (one word of the footer
 * changed: the least any change costs to draw with this renderer) and a
 * scroll frame (the list moved by one row: every row drawn again, none
 * bound anew).
 *
 * Prints the renderer, then medians and 90th percentiles in µs, one
 * "name value" per line. The goal is keystroke → painted within one frame
 * at 60 Hz (16 ms).
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "riaya-context.h"
#include "riaya-institutions-page.h"

#define ROUNDS 3
#define TIMEOUT_S 60
#define TYPING_INTERVAL_MS 50

typedef struct
{
  GtkWidget *window;
  GMainLoop *loop;
  gboolean   painted;
  gboolean   loaded;
  gboolean   waited;
  gint64     before_paint_at;
  gint64     after_paint_at;
} Bench;

static const char * const default_queries[] = {
  "taliba",          /* French fragment of thousands of names */
  "الطالبة",          /* the same in Arabic */
  "تيغدوين",          /* an Arabic commune */
  "azilal",          /* a French commune */
  "EPS-07.161-00",   /* a licence number */
  "association al amal",
  NULL
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
on_typing_interval (gpointer user_data)
{
  Bench *bench = user_data;

  bench->waited = TRUE;
  g_main_loop_quit (bench->loop);
  return G_SOURCE_REMOVE;
}

/* Lets the main loop run for the time between two keys. */
static void
wait_typing_interval (Bench *bench)
{
  bench->waited = FALSE;
  g_timeout_add (TYPING_INTERVAL_MS, on_typing_interval, bench);
  wait_for (bench, &bench->waited);
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

/* The list's scrolled window, to scroll it by a row. */
static GtkAdjustment *
list_adjustment (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    {
      GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

      return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkAdjustment *adjustment = list_adjustment (child);

      if (adjustment != NULL)
        return adjustment;
    }

  return NULL;
}

/* The label showing @text, to change it alone. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = find_label (child, text);

      if (label != NULL)
        return label;
    }

  return NULL;
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
  g_autoptr(GArray) scroll = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) label_frame = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) clear_filter = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) clear_paint = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkAdjustment *adjustment;
  GtkLabel *summary;
  g_autofree char *summary_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  RiayaInstitutionsPage *page;
  GdkFrameClock *clock;
  Bench bench = { 0 };
  gint64 created_at, loaded_at;
  guint n_all;
  const char * const *queries;

  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      g_printerr ("usage: search-keystroke DB [QUERY…]\n");
      return 2;
    }
  /* Other queries may be given, to look at one case. */
  queries = argc > 2 ? (const char * const *) argv + 2 : default_queries;

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

  g_print ("renderer %s\n", G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (bench.window))));
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

  summary = find_label (GTK_WIDGET (page), riaya_institutions_page_get_summary (page));
  summary_text = summary != NULL ? g_strdup (gtk_label_get_text (summary)) : NULL;
  for (guint i = 0; summary != NULL && i < 30; i++)
    {
      /* The footer's text replaced by a dash, then put back. */
      gtk_label_set_text (summary, (i % 2) == 0 ? "—" : summary_text);
      if (!wait_for_frame (&bench))
        {
          g_printerr ("search-keystroke: no frame was painted within %d s\n", TIMEOUT_S);
          return 1;
        }
      g_array_append_vals (label_frame, &(gint64) { bench.after_paint_at - bench.before_paint_at }, 1);
    }

  adjustment = list_adjustment (GTK_WIDGET (page));
  for (guint i = 0; adjustment != NULL && i < 30; i++)
    {
      /* Down by about a row, then back up. */
      gtk_adjustment_set_value (adjustment, (i % 2) == 0 ? 30 : 0);
      if (!wait_for_frame (&bench))
        {
          g_printerr ("search-keystroke: no frame was painted within %d s\n", TIMEOUT_S);
          return 1;
        }
      g_array_append_vals (scroll, &(gint64) { bench.after_paint_at - bench.before_paint_at }, 1);
    }

  for (guint round = 0; round < ROUNDS; round++)
    {
      for (guint q = 0; queries[q] != NULL; q++)
        {
          glong length = g_utf8_strlen (queries[q], -1);

          /* Each prefix is one keystroke; the last one clears the entry. */
          for (glong typed = 1; typed <= length + 1; typed++)
            {
              g_autofree char *text = typed <= length ? g_utf8_substring (queries[q], 0, typed)
                                                      : g_strdup ("");
              gint64 start, filtered;

              wait_typing_interval (&bench);
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
  print_measure ("filter", filter);
  print_measure ("frame", frame);
  print_measure ("paint", paint);
  print_measure ("clear-filter", clear_filter);
  print_measure ("clear-paint", clear_paint);
  print_measure ("idle-frame", idle);
  if (label_frame->len > 0)
    print_measure ("label-frame", label_frame);
  if (scroll->len > 0)
    print_measure ("scroll-frame", scroll);

  gtk_window_destroy (GTK_WINDOW (bench.window));

  return 0;
}
