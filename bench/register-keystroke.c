/* register-keystroke.c — how long one keystroke in the register's search takes
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * register-keystroke [--without-frame-shadow] DB [QUERY…] opens the real register window on the
 * first institution of DB (a director's database: bench/make-register),
 * switched to everyone who ever stayed, and types a few queries one
 * character at a time — a Latin first name, a Latin family name, an
 * Arabic full name, a register number and a CNIE — clearing each, as a
 * person would. For each keystroke it measures, as search-keystroke does
 * for the institutions page:
 *
 *   filter  riaya_register_window_set_search_text() alone (the list is
 *           updated when it returns);
 *   frame   the frame that follows, from the frame clock's before-paint
 *           to its after-paint;
 *   paint   from the keystroke to that after-paint: what the user waits.
 *
 * The reference, typed in turn with the same keys in a second AdwWindow
 * of the same size and measured the same way, is stock GTK on the same
 * register: a GtkStringFilter over the same people's search texts in a
 * GtkFilterListModel, shown by a GtkColumnView with the register
 * window's columns as plain GtkLabels. It is what GTK's own list widgets
 * cost for this search on this machine and renderer, in the same run;
 * see bench/README.md for why this reference.
 *
 * For both windows it also measures an idle frame (redrawn with nothing
 * changed) and a label frame (one word of the footer changed: the least
 * any change costs to draw with the renderer).
 *
 * Keys are typed TYPING_INTERVAL_MS after the previous keystroke was
 * painted, as a quick typist does. Prints the renderer, then medians and
 * 90th percentiles in µs, one "name value" per line. The goal is
 * keystroke → painted within one frame at 60 Hz (16.7 ms).
 *
 * No name or CNIE of the register is printed: the CNIE typed is that of a
 * register entry read from DB, and is named by its register number.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "riaya-context.h"
#include "riaya-register-window-private.h"
#include "riaya-store-residents.h"

#define ROUNDS 3
#define TIMEOUT_S 60
#define TYPING_INTERVAL_MS 50
/* The entry whose CNIE is typed: the first with one from this number on. */
#define CNIE_FROM_NUMBER 5000
/* Replaced by the number of entries once the window is built. */
#define REFERENCE_FOOTER "Entries"

/* One window under test and the times of its last frame. */
typedef struct
{
  GtkWidget *window;
  GMainLoop *loop;
  gboolean   waiting;
  gboolean   painted;
  gint64     before_paint_at;
  gint64     after_paint_at;
  guint      frames;     /* painted since the window was watched */
} Target;

/* What is measured of one window. */
typedef struct
{
  GArray *filter;
  GArray *frame;
  GArray *paint;
  GArray *clear_filter;
  GArray *clear_paint;
  GArray *idle;
  GArray *label;
} Measures;

static const char * const default_queries[] = {
  "youssef",         /* a Latin first name */
  "bennani",         /* a Latin family name */
  "فاطمة الإدريسي",   /* an Arabic first and family name */
  "7342",            /* a register number */
  NULL,              /* a CNIE: filled from the database */
};

/* --- The reference: stock GTK on the same people ------------------- */

#define BENCH_TYPE_ROW (bench_row_get_type ())
G_DECLARE_FINAL_TYPE (BenchRow, bench_row, BENCH, ROW, GObject)

#define N_FIELDS 10

struct _BenchRow
{
  GObject  parent_instance;
  char    *key;
  char    *fields[N_FIELDS];
};

enum { PROP_0, PROP_KEY, N_PROPS };
static GParamSpec *row_properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BenchRow, bench_row, G_TYPE_OBJECT)

static void
bench_row_finalize (GObject *object)
{
  BenchRow *self = BENCH_ROW (object);

  g_free (self->key);
  for (guint i = 0; i < N_FIELDS; i++)
    g_free (self->fields[i]);

  G_OBJECT_CLASS (bench_row_parent_class)->finalize (object);
}

static void
bench_row_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BenchRow *self = BENCH_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bench_row_class_init (BenchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bench_row_finalize;
  object_class->get_property = bench_row_get_property;

  row_properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, row_properties);
}

static void
bench_row_init (BenchRow *self)
{
}

/* The row of @stay: the register window's columns, in its order, and the
 * text the stock filter searches (register number, names, CNIE and
 * category, folded as the register's own search folds them). */
static BenchRow *
bench_row_new (RiayaStay  *stay,
               const char *today)
{
  BenchRow *self = g_object_new (BENCH_TYPE_ROW, NULL);
  RiayaResident *resident = riaya_stay_get_resident (stay);
  int age = riaya_resident_age_on (resident, today);
  g_autofree char *key = NULL;

  self->fields[0] = g_strdup_printf ("%u", riaya_stay_get_register_number (stay));
  self->fields[1] = g_strdup (riaya_resident_get_last_name (resident));
  self->fields[2] = g_strdup (riaya_resident_get_first_name (resident));
  self->fields[3] = g_strdup (riaya_sex_to_label (riaya_resident_get_sex (resident)));
  self->fields[4] = age >= 0 ? g_strdup_printf ("%d", age) : g_strdup ("");
  self->fields[5] = g_strdup (riaya_category_to_label (riaya_stay_get_category (stay)));
  self->fields[6] = g_strdup (riaya_stay_get_admitted_on (stay));
  self->fields[7] = g_strdup (riaya_referral_to_label (riaya_stay_get_referral (stay)));
  self->fields[8] = g_strdup (riaya_stay_get_exited_on (stay));
  self->fields[9] = riaya_stay_get_exited_on (stay) != NULL
    ? g_strdup (riaya_exit_reason_to_label (riaya_stay_get_exit_reason (stay))) : NULL;

  key = g_strjoin (" ", self->fields[0],
                   self->fields[2] ? self->fields[2] : "",
                   self->fields[1] ? self->fields[1] : "",
                   riaya_resident_get_cnie (resident) ? riaya_resident_get_cnie (resident) : "",
                   self->fields[5], NULL);
  self->key = riaya_text_fold (key);

  return self;
}

static void
on_reference_cell_setup (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_reference_cell_bind (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        gpointer                  user_data)
{
  BenchRow *row = gtk_list_item_get_item (item);
  guint field = GPOINTER_TO_UINT (user_data);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      field < N_FIELDS && row->fields[field] ? row->fields[field] : "");
}

/* The register window's column view, to give the reference its columns. */
static GtkColumnView *
find_column_view (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    return GTK_COLUMN_VIEW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkColumnView *view = find_column_view (child);

      if (view != NULL)
        return view;
    }

  return NULL;
}

/* A window of the same kind and size as the register's, listing @stays
 * through stock GTK: GtkStringFilter, GtkFilterListModel, GtkColumnView
 * with the same columns (titles, widths, visibility) as @like. */
static GtkWidget *
reference_window_new (GListModel    *stays,
                      GtkColumnView *like,
                      int            width,
                      int            height,
                      GtkFilter    **filter_out,
                      GListModel   **model_out)
{
  g_autoptr(GListStore) rows = g_list_store_new (BENCH_TYPE_ROW);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GListModel *like_columns = gtk_column_view_get_columns (like);
  GtkStringFilter *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkWidget *window, *box, *scrolled, *view;

  for (guint i = 0; i < g_list_model_get_n_items (stays); i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, i);
      g_autoptr(BenchRow) row = bench_row_new (stay, today);

      g_list_store_append (rows, row);
    }

  filter = gtk_string_filter_new (gtk_property_expression_new (BENCH_TYPE_ROW, NULL, "key"));
  gtk_string_filter_set_ignore_case (filter, TRUE);
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (rows)),
                                        GTK_FILTER (g_object_ref (filter)));
  *filter_out = GTK_FILTER (filter);
  *model_out = G_LIST_MODEL (filtered);

  /* A single selection, none at first, as the register window's. */
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (filtered)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  view = gtk_column_view_new (GTK_SELECTION_MODEL (selection));
  for (guint i = 0; i < g_list_model_get_n_items (like_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) model = g_list_model_get_item (like_columns, i);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (on_reference_cell_setup), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_reference_cell_bind), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new (gtk_column_view_column_get_title (model), factory);
      gtk_column_view_column_set_fixed_width (column, gtk_column_view_column_get_fixed_width (model));
      gtk_column_view_column_set_expand (column, gtk_column_view_column_get_expand (model));
      gtk_column_view_column_set_resizable (column, gtk_column_view_column_get_resizable (model));
      gtk_column_view_column_set_visible (column, gtk_column_view_column_get_visible (model));
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);

  /* A footer, as the register's, for the frame of one label changed. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), gtk_label_new (REFERENCE_FOOTER));

  /* An AdwWindow, as the register's: the window's own frame is drawn
   * alike, and only the contents differ (bench/README.md). */
  window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  adw_window_set_content (ADW_WINDOW (window), box);

  return window;
}

/* --- Frames and waiting ------------------------------------------- */

static void
on_before_paint (GdkFrameClock *clock,
                 Target        *target)
{
  if (target->before_paint_at == 0)
    target->before_paint_at = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Target        *target)
{
  target->frames++;
  if (target->painted)
    return;
  target->after_paint_at = g_get_monotonic_time ();
  target->painted = TRUE;
  g_main_loop_quit (target->loop);
}

static gboolean
on_timeout (gpointer user_data)
{
  GMainLoop *loop = user_data;

  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *@flag is set or the time is up. */
static gboolean
wait_for (GMainLoop *loop,
          gboolean  *flag)
{
  guint timeout = g_timeout_add_seconds (TIMEOUT_S, on_timeout, loop);

  while (!*flag)
    {
      g_main_loop_run (loop);
      if (!*flag)
        break;
    }
  if (*flag)
    g_source_remove (timeout);

  return *flag;
}

static gboolean
on_wake (gpointer user_data)
{
  gboolean *woken = user_data;

  *woken = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the main loop run until the register is read, or the time is up. */
static gboolean
wait_loaded (RiayaRegisterWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_S * G_USEC_PER_SEC;

  while (riaya_register_window_is_loading (window))
    {
      gboolean woken = FALSE;
      guint wake;

      if (g_get_monotonic_time () > deadline)
        return FALSE;
      /* Never blocks for more than a second, whatever wakes the loop. */
      wake = g_timeout_add_seconds (1, on_wake, &woken);
      g_main_context_iteration (NULL, TRUE);
      if (!woken)
        g_source_remove (wake);
    }

  return TRUE;
}

static gboolean
on_typing_interval (gpointer user_data)
{
  Target *target = user_data;

  target->waiting = FALSE;
  g_main_loop_quit (target->loop);
  return G_SOURCE_REMOVE;
}

/* Lets the main loop run for the time between two keys. */
static void
wait_typing_interval (Target *target)
{
  target->waiting = TRUE;
  g_timeout_add (TYPING_INTERVAL_MS, on_typing_interval, target);
  while (target->waiting)
    g_main_loop_run (target->loop);
}

/* Lets the window finish what it does after a frame by itself (rows
 * added in steps, for instance): returns when a typing interval went by
 * without a frame, or after TIMEOUT_S. */
static void
wait_settled (Target *target)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_S * G_USEC_PER_SEC;
  guint frames;

  do
    {
      frames = target->frames;
      wait_typing_interval (target);
    }
  while (target->frames != frames && g_get_monotonic_time () < deadline);
}

static gboolean
wait_for_frame (Target *target)
{
  target->painted = FALSE;
  target->before_paint_at = 0;
  gtk_widget_queue_draw (target->window);
  return wait_for (target->loop, &target->painted);
}

static void
watch_frames (Target *target)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (target->window);

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), target);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), target);
}

/* With no compositing window manager (Xvfb), GTK draws the frame of a
 * window with client-side decorations (every AdwWindow) as "solid-csd":
 * three inset shadows the size of the window. The GL renderer on
 * llvmpipe shades them pixel by pixel at each frame that changes
 * anything; a desktop has a compositor, and no such frame. This takes
 * them away, to see the windows' own share (bench/README.md). */
static void
drop_frame_shadow (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_data (provider, "window.solid-csd { box-shadow: none; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* --- Figures ------------------------------------------------------- */

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
print_measure (const char *prefix,
               const char *name,
               GArray     *values)
{
  g_print ("%s-%s-median-us %" G_GINT64_FORMAT "\n", prefix, name, percentile (values, 50));
  g_print ("%s-%s-p90-us %" G_GINT64_FORMAT "\n", prefix, name, percentile (values, 90));
}

static void
measures_init (Measures *measures)
{
  measures->filter = g_array_new (FALSE, FALSE, sizeof (gint64));
  measures->frame = g_array_new (FALSE, FALSE, sizeof (gint64));
  measures->paint = g_array_new (FALSE, FALSE, sizeof (gint64));
  measures->clear_filter = g_array_new (FALSE, FALSE, sizeof (gint64));
  measures->clear_paint = g_array_new (FALSE, FALSE, sizeof (gint64));
  measures->idle = g_array_new (FALSE, FALSE, sizeof (gint64));
  measures->label = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
measures_print (Measures   *measures,
                const char *prefix)
{
  print_measure (prefix, "filter", measures->filter);
  print_measure (prefix, "frame", measures->frame);
  print_measure (prefix, "paint", measures->paint);
  print_measure (prefix, "clear-filter", measures->clear_filter);
  print_measure (prefix, "clear-paint", measures->clear_paint);
  print_measure (prefix, "idle-frame", measures->idle);
  if (measures->label->len > 0)
    print_measure (prefix, "label-frame", measures->label);
  g_array_unref (measures->filter);
  g_array_unref (measures->frame);
  g_array_unref (measures->paint);
  g_array_unref (measures->clear_filter);
  g_array_unref (measures->clear_paint);
  g_array_unref (measures->idle);
  g_array_unref (measures->label);
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

/* Frames that change nothing of the list: the window redrawn with
 * nothing changed, then with its footer @label changed — the least any
 * change costs to draw with the renderer. */
static gboolean
measure_reference_frames (Target   *target,
                          Measures *measures,
                          GtkLabel *label)
{
  g_autofree char *text = label != NULL ? g_strdup (gtk_label_get_text (label)) : NULL;

  wait_settled (target);
  for (guint i = 0; i < 30; i++)
    {
      if (!wait_for_frame (target))
        return FALSE;
      g_array_append_vals (measures->idle, &(gint64) { target->after_paint_at - target->before_paint_at }, 1);
    }

  for (guint i = 0; label != NULL && i < 30; i++)
    {
      /* The footer's text replaced by a dash, then put back. */
      gtk_label_set_text (label, (i % 2) == 0 ? "—" : text);
      if (!wait_for_frame (target))
        return FALSE;
      g_array_append_vals (measures->label, &(gint64) { target->after_paint_at - target->before_paint_at }, 1);
    }

  return TRUE;
}

/* --- Typing --------------------------------------------------------- */

/* The search of the window under test: the register window's, or the
 * reference's stock filter and its footer. */
typedef struct
{
  RiayaRegisterWindow *window;
  GtkStringFilter     *filter;
  GListModel          *filtered;
  GtkLabel            *footer;
  guint                n_all;
} Search;

/* The reference's footer says how many entries are shown, as the
 * register's does: on this renderer, a changed label costs more to
 * draw than the list's rows (bench/README.md). */
static void
update_reference_footer (Search     *search,
                         const char *text)
{
  g_autofree char *footer = NULL;

  if (text != NULL && *text != '\0')
    footer = g_strdup_printf ("%u of %u entries in the register",
                              g_list_model_get_n_items (search->filtered), search->n_all);
  else
    footer = g_strdup_printf ("%u entries in the register", search->n_all);
  gtk_label_set_text (search->footer, footer);
}

static void
search_set_text (Search     *search,
                 const char *text)
{
  if (search->window != NULL)
    riaya_register_window_set_search_text (search->window, text);
  else
    {
      /* Folded as the register's keys are, so that both find the same. */
      g_autofree char *folded = riaya_text_fold (text);

      gtk_string_filter_set_search (search->filter, folded);
      update_reference_footer (search, text);
    }
}

static guint
search_get_n_visible (Search *search)
{
  if (search->window != NULL)
    return riaya_register_window_get_n_visible (search->window);
  return g_list_model_get_n_items (search->filtered);
}

/* Types @query one character at a time, then clears it. */
static gboolean
type_query (Target     *target,
            Search     *search,
            Measures   *measures,
            const char *query,
            const char *shown_as,
            guint       n_all,
            gboolean    tell)
{
  glong length = g_utf8_strlen (query, -1);

  for (glong typed = 1; typed <= length + 1; typed++)
    {
      g_autofree char *text = typed <= length ? g_utf8_substring (query, 0, typed) : g_strdup ("");
      gint64 start, filtered;

      wait_typing_interval (target);
      start = g_get_monotonic_time ();
      search_set_text (search, text);
      filtered = g_get_monotonic_time ();
      if (!wait_for_frame (target))
        {
          g_printerr ("register-keystroke: no frame after a keystroke of %s\n", shown_as);
          return FALSE;
        }
      g_array_append_vals (measures->filter, &(gint64) { filtered - start }, 1);
      g_array_append_vals (measures->frame, &(gint64) { target->after_paint_at - target->before_paint_at }, 1);
      g_array_append_vals (measures->paint, &(gint64) { target->after_paint_at - start }, 1);
      /* Clearing brings back every row: the widest change. */
      if (typed > length)
        {
          g_array_append_vals (measures->clear_filter, &(gint64) { filtered - start }, 1);
          g_array_append_vals (measures->clear_paint, &(gint64) { target->after_paint_at - start }, 1);
        }

      if (tell && typed == length)
        g_printerr ("%s, %s: %u of %u shown\n", shown_as,
                    search->window != NULL ? "register" : "reference",
                    search_get_n_visible (search), n_all);
    }

  if (search_get_n_visible (search) != n_all)
    {
      g_printerr ("register-keystroke: clearing the search did not show every entry again\n");
      return FALSE;
    }

  return TRUE;
}

/* The CNIE of the first entry from number @from on that has one. */
static char *
dup_some_cnie (RiayaStore  *store,
               const char  *institution_uuid,
               guint        from,
               guint       *number)
{
  for (guint n = from; n < from + 1000; n++)
    {
      g_autoptr(RiayaStay) stay = riaya_store_get_stay_by_number (store, institution_uuid, n, NULL);

      if (stay != NULL && riaya_resident_get_cnie (riaya_stay_get_resident (stay)) != NULL)
        {
          *number = n;
          return g_strdup (riaya_resident_get_cnie (riaya_stay_get_resident (stay)));
        }
    }

  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(RiayaContext) context = NULL;
  g_autoptr(GListModel) institutions = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GListModel) stays = NULL;
  g_autoptr(GtkFilter) reference_filter = NULL;
  g_autoptr(GListModel) reference_model = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) shown_as = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *cnie = NULL;
  RiayaRegisterWindow *window;
  GtkColumnView *column_view;
  Target real = { 0 }, reference = { 0 };
  Measures real_measures, reference_measures;
  Search real_search = { 0 }, reference_search = { 0 };
  gint64 created_at, present_at, everyone_asked_at, everyone_at;
  guint n_all, cnie_number = 0;
  int width, height;
  gboolean without_shadow = FALSE;
  g_autoptr(GOptionContext) options = g_option_context_new ("DB [QUERY…]");
  GOptionEntry entries[] = {
    { "without-frame-shadow", 0, 0, G_OPTION_ARG_NONE, &without_shadow,
      "Draw the windows' frames without the shadows GTK gives them when no compositor runs", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("usage: register-keystroke [--without-frame-shadow] DB [QUERY…]%s%s\n",
                  error ? ": " : "", error ? error->message : "");
      return 2;
    }

  adw_init ();
  if (without_shadow)
    drop_frame_shadow ();
  store = riaya_store_open (argv[1], &error);
  if (store == NULL || (institutions = riaya_store_list_institutions (store, &error)) == NULL)
    {
      g_printerr ("register-keystroke: %s\n", error->message);
      return 1;
    }
  if (!riaya_store_keeps_registers (store) || g_list_model_get_n_items (institutions) == 0)
    {
      g_printerr ("register-keystroke: %s is not a director's database with an institution "
                  "(make one with bench/make-register)\n", argv[1]);
      return 1;
    }
  institution = g_list_model_get_item (institutions, 0);

  /* Other queries may be given, to look at one case. */
  if (argc > 2)
    for (int i = 2; i < argc; i++)
      {
        g_ptr_array_add (queries, g_strdup (argv[i]));
        g_ptr_array_add (shown_as, g_strdup_printf ("query %d", i - 1));
      }
  else
    {
      for (guint i = 0; default_queries[i] != NULL; i++)
        {
          g_ptr_array_add (queries, g_strdup (default_queries[i]));
          g_ptr_array_add (shown_as, g_strdup_printf ("“%s”", default_queries[i]));
        }
      cnie = dup_some_cnie (store, riaya_institution_get_uuid (institution), CNIE_FROM_NUMBER, &cnie_number);
      if (cnie != NULL)
        {
          g_ptr_array_add (queries, g_strdup (cnie));
          g_ptr_array_add (shown_as, g_strdup_printf ("the CNIE of entry %u", cnie_number));
        }
    }

  settings = g_settings_new (APPLICATION_ID);
  context = riaya_context_new (store, settings);
  loop = g_main_loop_new (NULL, FALSE);

  /* The real window, as a director opens it, then everyone who ever
   * stayed. */
  created_at = g_get_monotonic_time ();
  window = riaya_register_window_new (NULL, context, institution);
  real.window = GTK_WIDGET (window);
  real.loop = loop;
  gtk_window_present (GTK_WINDOW (window));
  if (!wait_loaded (window))
    {
      g_printerr ("register-keystroke: the register was not read within %d s\n", TIMEOUT_S);
      return 1;
    }
  present_at = g_get_monotonic_time ();
  g_print ("present %u\n", riaya_register_window_get_n_visible (window));

  everyone_asked_at = g_get_monotonic_time ();
  riaya_register_window_set_everyone (window, TRUE);
  if (!wait_loaded (window))
    {
      g_printerr ("register-keystroke: the whole register was not read within %d s\n", TIMEOUT_S);
      return 1;
    }
  everyone_at = g_get_monotonic_time ();
  watch_frames (&real);
  if (!wait_for_frame (&real))
    {
      g_printerr ("register-keystroke: no frame was painted within %d s\n", TIMEOUT_S);
      return 1;
    }
  n_all = riaya_register_window_get_n_visible (window);
  real_search.window = window;

  g_print ("renderer %s\n", G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  g_print ("entries %u\n", n_all);
  g_print ("present-read-us %" G_GINT64_FORMAT "\n", present_at - created_at);
  g_print ("everyone-read-us %" G_GINT64_FORMAT "\n", everyone_at - everyone_asked_at);
  g_print ("everyone-painted-us %" G_GINT64_FORMAT "\n", real.after_paint_at - everyone_asked_at);

  /* The reference: the same stays, the same columns, the same size. */
  column_view = find_column_view (GTK_WIDGET (window));
  stays = riaya_store_list_stays (store, riaya_institution_get_uuid (institution), NULL, &error);
  if (column_view == NULL || stays == NULL)
    {
      g_printerr ("register-keystroke: %s\n", error ? error->message : "the register window has no column view");
      return 1;
    }
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  reference.window = reference_window_new (stays, column_view, width, height,
                                           &reference_filter, &reference_model);
  reference.loop = loop;
  reference_search.filter = GTK_STRING_FILTER (reference_filter);
  reference_search.filtered = reference_model;
  reference_search.footer = find_label (reference.window, REFERENCE_FOOTER);
  reference_search.n_all = n_all;
  update_reference_footer (&reference_search, "");
  gtk_window_present (GTK_WINDOW (reference.window));
  watch_frames (&reference);
  if (!wait_for_frame (&reference) || g_list_model_get_n_items (reference_model) != n_all)
    {
      g_printerr ("register-keystroke: the reference window shows %u entries, not %u\n",
                  g_list_model_get_n_items (reference_model), n_all);
      return 1;
    }

  measures_init (&real_measures);
  measures_init (&reference_measures);
  if (!measure_reference_frames (&real, &real_measures,
                                 find_label (GTK_WIDGET (window),
                                             riaya_register_window_get_count_text (window))) ||
      !measure_reference_frames (&reference, &reference_measures, reference_search.footer))
    {
      g_printerr ("register-keystroke: no frame was painted within %d s\n", TIMEOUT_S);
      return 1;
    }

  /* Each query in the register window, then in the reference: a busy
   * moment of the machine falls on both alike. */
  for (guint round = 0; round < ROUNDS; round++)
    for (guint q = 0; q < queries->len; q++)
      {
        if (!type_query (&real, &real_search, &real_measures, queries->pdata[q],
                         shown_as->pdata[q], n_all, round == 0) ||
            !type_query (&reference, &reference_search, &reference_measures, queries->pdata[q],
                         shown_as->pdata[q], n_all, round == 0))
          return 1;
      }

  g_print ("keystrokes %u\n", real_measures.filter->len);
  measures_print (&real_measures, "register");
  measures_print (&reference_measures, "reference");

  gtk_window_destroy (GTK_WINDOW (reference.window));
  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
