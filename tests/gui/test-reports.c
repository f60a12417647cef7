/* test-reports.c — the reports page, as a user reads and saves the tables
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-reports en|ar: on a small known registry (gui_test_seed_small_registry,
 * plus a home licensed in 2020), a user opens the reports page, finds
 * every report of the registry, reads the institutions by region on a
 * day (the cells and the total row), moves the day back before the
 * later licence and sees it leave the counts, types a day that is not
 * one and reads why beside it, breaks a region down by province, sees
 * the chart drawn and mirrored right to left, and saves the table as
 * CSV (the same bytes as riaya-cli's CSV), as a spreadsheet and as PDF,
 * and prints it to a file. The file choosers are the only steps skipped:
 * riaya_reports_page_save_async is what their Save does.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "exchange-test-util.h"
#include "pdf-test-util.h"
#include "riaya-report.h"
#include "riaya-reports-page-private.h"
#include "riaya-store.h"
#include "riaya-ui-util.h"

#define TODAY "2026-11-24"

static const char *language;

/* Opening the page */

static char *
new_registry (void)
{
  g_autofree char *path = gui_test_new_database (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) later = NULL;
  g_autoptr(RiayaCapacityLine) line = NULL;

  gui_test_seed_small_registry (path);

  /* A women's centre in Rabat (region 04) licensed on 1 June 2020. */
  later = riaya_institution_new ();
  riaya_institution_set_licence_number (later, "EPS-T-007");
  riaya_institution_set_licence_date (later, "2020-06-01");
  riaya_institution_set_legal_basis (later, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_name_fr (later, "Centre Nour Rabat");
  riaya_institution_set_name_ar (later, "مركز النور الرباط");
  riaya_institution_set_institution_type (later, RIAYA_INSTITUTION_TYPE_WOMEN);
  riaya_institution_set_province_code (later, "04.421");
  line = riaya_capacity_line_new (RIAYA_CATEGORY_WOMAN, RIAYA_SEX_ANY, 35, "2020-06-01");
  riaya_institution_add_capacity_line (later, line);

  store = riaya_store_open (path, &error);
  g_assert_no_error (error);
  riaya_store_add_institution (store, later, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static gboolean
computed (gpointer data)
{
  return !riaya_reports_page_is_computing (data);
}

static void
wait_computed (RiayaReportsPage *page)
{
  g_assert_true (gui_test_wait_until (computed, page));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (page), 2));
}

static RiayaReportsPage *
open_reports (RiayaApplication **app,
              RiayaWindow      **window,
              const char        *db_path)
{
  RiayaReportsPage *page;

  *window = gui_test_open_window (app, db_path);
  gtk_window_set_default_size (GTK_WINDOW (*window), 1280, 800);
  page = riaya_window_get_reports_page (*window);
  riaya_reports_page_set_today (page, TODAY);

  /* Ctrl+4, as the view switcher's button does. */
  gtk_widget_activate_action (GTK_WIDGET (*window), "win.page", "s", "reports");
  g_assert_cmpstr (riaya_window_get_view (*window), ==, "reports");
  g_assert_cmpstr (riaya_window_get_heading (*window), ==, _("Reports"));
  wait_computed (page);

  return page;
}

static char *
cell (RiayaReportsPage *page,
      guint             row,
      const char       *key)
{
  return _riaya_reports_page_dup_cell_text (page, row, key);
}

static const char *
region_name (RiayaWindow *window,
             const char  *code)
{
  RiayaTerritory *region = riaya_context_lookup_territory (riaya_window_get_context (window), code);

  g_assert_nonnull (region);
  return riaya_territory_get_display_name (region);
}

/* The table's cell that shows @text inside @widget, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      gtk_widget_has_css_class (widget, "report-cell") &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Every report */

static void
test_lists_every_report (void)
{
  g_autofree char *db_path = new_registry ();
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaReportsPage *page = open_reports (&app, &window, db_path);
  guint n_reports;
  const RiayaReport *reports = riaya_report_get_all (&n_reports);

  /* The six tables of reports.md, at least. */
  g_assert_cmpuint (n_reports, >=, 6);
  for (guint i = 0; i < n_reports; i++)
    {
      g_assert_true (gui_test_shows_text (GTK_WIDGET (page), _(reports[i].title)));
      g_assert_true (riaya_reports_page_select (page, reports[i].name));
      wait_computed (page);
      g_assert_cmpstr (riaya_reports_page_get_report (page), ==, reports[i].name);
      /* Its title and its description head the table, translated. */
      g_assert_true (gui_test_shows_text (GTK_WIDGET (page), _(reports[i].description)));
      g_assert_nonnull (riaya_reports_page_get_table (page));
      g_assert_cmpstr (riaya_table_get_name (riaya_reports_page_get_table (page)), ==, reports[i].name);
      g_assert_null (riaya_reports_page_get_message (page));
    }
  g_assert_false (riaya_reports_page_select (page, "no-such-report"));

  gui_test_close_app (app);
}

/* The window closed while a report is computed: the worker keeps the
 * page alive until it ends, its table arrives for no one, and nothing
 * breaks. */
static gboolean
time_is_up (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
worker_runs (gpointer data)
{
  return ((RiayaReportsPage *) data)->computing;
}

static void
test_close_while_computing (void)
{
  g_autofree char *db_path = new_registry ();
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaReportsPage *page = open_reports (&app, &window, db_path);
  gboolean done = FALSE;

  g_object_ref (page);
  g_assert_true (riaya_reports_page_select (page, "compliance"));
  /* Its worker started, not merely asked for. */
  g_assert_true (gui_test_wait_until (worker_runs, page));
  gui_test_close_app (app);
  /* The worker's end comes after the window's. */
  g_timeout_add (500, time_is_up, &done);
  g_assert_true (gui_test_wait_until (is_true, &done));
  g_assert_false (riaya_reports_page_is_computing (page));
  g_assert_cmpstr (riaya_table_get_name (riaya_reports_page_get_table (page)), ==, "compliance");
  g_object_unref (page);
}

/* Institutions by region */

static void
test_institutions_by_region (void)
{
  g_autofree char *db_path = new_registry ();
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaReportsPage *page = open_reports (&app, &window, db_path);
  GtkColumnView *view = _riaya_reports_page_get_column_view (page);
  RiayaTable *table;
  GtkWidget *total_label;
  g_autofree char *tanger_houses = NULL, *tanger_total = NULL, *oriental_total = NULL;
  g_autofree char *rabat_women = NULL, *all = NULL, *all_houses = NULL, *share = NULL;
  g_autofree char *total_name = NULL, *share_name = NULL, *code = NULL;

  g_assert_true (riaya_reports_page_select (page, "institutions-by-region"));
  wait_computed (page);
  table = riaya_reports_page_get_table (page);
  g_assert_nonnull (table);
  /* A row per region, in code order, then the total and percentage rows. */
  g_assert_cmpuint (riaya_table_get_n_rows (table), ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 14);

  /* The region's name stands for its code on screen. */
  code = cell (page, 0, "region_code");
  g_assert_null (code);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (view), region_name (window, "01")));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (view), region_name (window, "04")));

  tanger_houses = cell (page, 0, "student-house");
  tanger_total = cell (page, 0, "total");
  oriental_total = cell (page, 1, "total");
  rabat_women = cell (page, 3, "women");
  all = cell (page, RIAYA_TABLE_TOTAL, "total");
  all_houses = cell (page, RIAYA_TABLE_TOTAL, "student-house");
  share = cell (page, RIAYA_TABLE_SHARE, "student-house");
  total_name = cell (page, RIAYA_TABLE_TOTAL, "region");
  share_name = cell (page, RIAYA_TABLE_SHARE, "region");
  g_assert_cmpstr (tanger_houses, ==, "2");
  g_assert_cmpstr (tanger_total, ==, "2");
  g_assert_cmpstr (oriental_total, ==, "2");
  g_assert_cmpstr (rabat_women, ==, "1");
  g_assert_cmpstr (all, ==, "7");
  g_assert_cmpstr (all_houses, ==, "2");
  /* Two student houses of seven institutions. */
  g_assert_nonnull (share);
  g_assert_nonnull (strstr (share, "28"));
  g_assert_cmpstr (total_name, ==, _("Total"));
  g_assert_nonnull (share_name);

  /* What a person sees: the total row named and set in bold. */
  total_label = find_label (GTK_WIDGET (view), _("Total"));
  g_assert_nonnull (total_label);
  g_assert_true (gtk_widget_has_css_class (total_label, "report-total"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (view), "7"));
  {
    GtkWidget *name = find_label (GTK_WIDGET (view), region_name (window, "01"));

    g_assert_nonnull (name);
    g_assert_false (gtk_widget_has_css_class (name, "report-total"));
  }

  gui_test_close_app (app);
}

static void
test_date_changes_counts (void)
{
  g_autofree char *db_path = new_registry ();
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaReportsPage *page = open_reports (&app, &window, db_path);
  GtkWidget *on = _riaya_reports_page_get_option (page, "on");
  g_autofree char *today_total = NULL, *before_total = NULL, *before_rabat = NULL;
  g_autofree char *caption_before = NULL;

  g_assert_true (riaya_reports_page_select (page, "institutions-by-region"));
  wait_computed (page);
  /* The day counted is shown, the CLI's default: today. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (on)), ==, TODAY);
  today_total = cell (page, RIAYA_TABLE_TOTAL, "total");
  g_assert_cmpstr (today_total, ==, "7");

  /* Before the Rabat centre's licence: it is not counted. */
  gui_test_type (on, "2020-05-31");
  g_assert_true (riaya_reports_page_is_computing (page));
  wait_computed (page);
  before_total = cell (page, RIAYA_TABLE_TOTAL, "total");
  before_rabat = cell (page, 3, "total");
  g_assert_cmpstr (before_total, ==, "6");
  g_assert_cmpstr (before_rabat, ==, "0");
  g_assert_cmpstr (riaya_table_get_parameter (riaya_reports_page_get_table (page), "on"), ==, "2020-05-31");
  caption_before = _riaya_reports_page_dup_caption (page);
  g_assert_nonnull (strstr (caption_before, "2020"));

  gui_test_close_app (app);
}

static void
test_bad_date (void)
{
  g_autofree char *db_path = new_registry ();
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaReportsPage *page = open_reports (&app, &window, db_path);
  GtkWidget *on = _riaya_reports_page_get_option (page, "on");
  RiayaTable *before;
  g_autofree char *total = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_reports_page_select (page, "capacity-by-region"));
  wait_computed (page);
  before = riaya_reports_page_get_table (page);
  g_assert_nonnull (before);

  /* Half typed: nothing said yet, the table stays. */
  gui_test_type (on, "2024-02");
  wait_computed (page);
  g_assert_null (riaya_reports_page_get_message (page));
  g_assert_true (riaya_reports_page_get_table (page) == before);

  /* Typed in full, and not a day of the calendar: said beside it, in the
   * user's language, with what to do; the table before stays. */
  gui_test_type (on, "2024-02-30");
  wait_computed (page);
  g_assert_false (riaya_date_parse ("2024-02-30", NULL, &error));
  g_assert_cmpstr (riaya_reports_page_get_message (page), ==, error->message);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (page), error->message));
  g_assert_true (gtk_widget_has_css_class (on, "error"));
  g_assert_true (riaya_reports_page_get_table (page) == before);
  total = cell (page, RIAYA_TABLE_TOTAL, "total");
  g_assert_cmpstr (total, ==, "320");
  g_clear_error (&error);

  /* Not a date at all, left with Enter. */
  gui_test_type (on, "tomorrow");
  g_signal_emit_by_name (on, "activate");
  wait_computed (page);
  g_assert_false (riaya_date_parse ("tomorrow", NULL, &error));
  g_assert_cmpstr (riaya_reports_page_get_message (page), ==, error->message);

  /* Fixed: the message goes, the table is computed again. */
  gui_test_type (on, "2024-02-29");
  wait_computed (page);
  g_assert_null (riaya_reports_page_get_message (page));
  g_assert_false (gtk_widget_has_css_class (on, "error"));
  g_assert_true (riaya_reports_page_get_table (page) != before);

  gui_test_close_app (app);
}

static void
test_region_and_years (void)
{
  g_autofree char *db_path = new_registry ();
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaReportsPage *page = open_reports (&app, &window, db_path);
  GtkWidget *region = _riaya_reports_page_get_option (page, "region");
  GtkWidget *from_year = _riaya_reports_page_get_option (page, "from-year");
  RiayaTable *table;
  g_autofree char *total = NULL;

  /* A region broken down by province: its provinces are the rows. */
  g_assert_true (riaya_reports_page_select (page, "institutions-by-region"));
  wait_computed (page);
  g_assert_true (gtk_widget_get_mapped (region));
  g_assert_true (gui_test_choose (region, region_name (window, "02")));
  wait_computed (page);
  table = riaya_reports_page_get_table (page);
  g_assert_cmpstr (riaya_table_get_column_key (table, 1), ==, "province");
  total = cell (page, RIAYA_TABLE_TOTAL, "total");
  g_assert_cmpstr (total, ==, "2");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (page), "Oujda-Angad") ||
                 gui_test_shows_text (GTK_WIDGET (page), "وجدة-أنجاد"));
  {
    g_autofree char *name = riaya_reports_page_dup_file_name (page, RIAYA_REPORTS_FORMAT_CSV);

    g_assert_cmpstr (name, ==, "institutions-by-region-02-" TODAY ".csv");
  }

  /* Grants by year: the years, not a day; the region is not offered. */
  g_assert_true (riaya_reports_page_select (page, "grants-by-year"));
  wait_computed (page);
  g_assert_false (gtk_widget_get_mapped (region));
  g_assert_false (gtk_widget_get_mapped (_riaya_reports_page_get_option (page, "on")));
  g_assert_true (gtk_widget_get_mapped (from_year));
  table = riaya_reports_page_get_table (page);
  g_assert_cmpuint (riaya_table_get_n_rows (table), ==, 10);
  g_assert_cmpstr (riaya_table_get_parameter (table, "from_year"), ==, "2017");

  /* The first year after the last: the report's sentence, the table before. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (_riaya_reports_page_get_option (page, "to-year")), 2016);
  wait_computed (page);
  g_assert_nonnull (riaya_reports_page_get_message (page));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (page), riaya_reports_page_get_message (page)));
  g_assert_true (riaya_reports_page_get_table (page) == table);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (from_year), 2015);
  wait_computed (page);
  g_assert_null (riaya_reports_page_get_message (page));
  g_assert_cmpuint (riaya_table_get_n_rows (riaya_reports_page_get_table (page)), ==, 2);

  gui_test_close_app (app);
}

/* The chart */

typedef struct
{
  double   centroid;  /* the mean x of the bars' coloured pixels, 0..1 */
  guint64  coloured;  /* how many */
  guint64  inked;     /* pixels not white */
} Ink;

static Ink
render_chart (RiayaReportsPage *page,
              GtkTextDirection  direction)
{
  GtkWidget *area = _riaya_reports_page_get_chart (page);
  const int width = 800, height = 300;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  Ink ink = { 0.0, 0, 0 };
  double sum = 0.0;
  const guchar *data;
  int stride;

  gtk_widget_set_direction (area, direction);
  _riaya_reports_page_draw_chart (page, area, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;
        int high = MAX (r, MAX (g, b)), low = MIN (r, MIN (g, b));

        if (high < 250 || low < 250)
          ink.inked++;
        /* The bars are in a colour; the text and the axes in greys. */
        if (high - low > 60)
          {
            ink.coloured++;
            sum += x;
          }
      }
  cairo_surface_destroy (surface);

  if (ink.coloured > 0)
    ink.centroid = sum / ink.coloured / width;
  return ink;
}

static void
test_chart (void)
{
  g_autofree char *db_path = new_registry ();
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaReportsPage *page = open_reports (&app, &window, db_path);
  GtkWidget *area = _riaya_reports_page_get_chart (page);
  Ink ltr, rtl;

  g_assert_true (riaya_reports_page_select (page, "institutions-by-region"));
  wait_computed (page);
  /* Shown above the table, in the interface's direction. */
  g_assert_true (gtk_widget_get_mapped (area));
  g_assert_cmpint (gtk_widget_get_direction (area), ==,
                   g_str_equal (language, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  g_assert_cmpint (gtk_widget_get_width (area), >, 100);
  g_assert_cmpint (gtk_widget_get_height (area), >, 100);

  /* The seven institutions are in regions 01 to 04, the first four of
   * twelve bars: at the start of the chart, the left in English, the
   * right in Arabic. */
  ltr = render_chart (page, GTK_TEXT_DIR_LTR);
  rtl = render_chart (page, GTK_TEXT_DIR_RTL);
  gtk_widget_set_direction (area, GTK_TEXT_DIR_NONE);
  g_assert_cmpuint (ltr.inked, >, 1000);
  g_assert_cmpuint (ltr.coloured, >, 100);
  g_assert_cmpuint (rtl.coloured, >, 100);
  g_assert_cmpfloat (ltr.centroid, <, 0.5);
  g_assert_cmpfloat (rtl.centroid, >, 0.5);
  /* Mirrored, not merely moved. */
  g_assert_cmpfloat (fabs (ltr.centroid - (1.0 - rtl.centroid)), <, 0.05);

  /* Compliance has no bar to draw when nothing is wrong: no chart, no
   * error either. */
  g_assert_true (riaya_reports_page_select (page, "grants-by-year"));
  wait_computed (page);
  ltr = render_chart (page, GTK_TEXT_DIR_LTR);
  g_assert_cmpint (ltr.inked, >=, 0);

  gui_test_close_app (app);
}

/* Saving and printing */

typedef struct
{
  gboolean  done;
  gboolean  saved;
  GError   *error;
} Saved;

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Saved *saved = user_data;

  saved->saved = riaya_reports_page_save_finish (RIAYA_REPORTS_PAGE (source), result, &saved->error);
  saved->done = TRUE;
}

static gboolean
is_saved (gpointer data)
{
  return ((Saved *) data)->done;
}

static gboolean
save (RiayaReportsPage   *page,
      RiayaReportsFormat  format,
      const char         *path,
      GError            **error)
{
  Saved saved = { FALSE, FALSE, NULL };

  riaya_reports_page_save_async (page, format, path, on_saved, &saved);
  g_assert_true (gui_test_wait_until (is_saved, &saved));
  if (saved.error != NULL)
    g_propagate_error (error, saved.error);
  return saved.saved;
}

static gboolean
has_error_dialog (gpointer data)
{
  return _riaya_reports_page_get_error_dialog (data) != NULL;
}

static RiayaWindow *shown_window;

static gboolean
shows_toast (gpointer data)
{
  return gui_test_shows_text (GTK_WIDGET (shown_window), data);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (listing != NULL && g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* Whether the first sheet of the workbook @path runs right to left, as
 * a spreadsheet program reads its XML. */
static gboolean
sheet_is_rtl (const char *path)
{
  const char *argv[] = { "unzip", "-p", path, "xl/worksheets/sheet1.xml", NULL };
  g_autofree char *sheet = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &sheet, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (sheet, "<sheetData"));

  return strstr (sheet, "rightToLeft=\"1\"") != NULL;
}

/* What a reader of the PDF @path finds on its first page. */
static void
check_pdf (RiayaWindow *window,
           const char  *path,
           const char  *keep_as)
{
  g_auto(GStrv) pages = NULL;
  g_autofree char *png = g_strdup_printf ("%s-%s.png", keep_as, language);
  guint n_pages;

  /* Counts and names of institutions, no resident's: no need for the
   * register's owner-only mode (assert_is_pdf). */
  g_assert_true (exchange_test_file_has (path, "%PDF-"));
  if (!have_poppler ())
    return;

  n_pages = pdf_page_count (path);
  g_assert_cmpuint (n_pages, >=, 1);
  pages = pdf_pages (path, n_pages, FALSE);
  /* The report, the database it comes from, a region and the total. */
  assert_contains_either_order (pages[0], _("Institutions by region"));
  assert_contains (pages[0], "riaya.db");
  assert_contains_either_order (pages[0], region_name (window, "03"));
  assert_contains (pages[0], _("Total"));
  /* It renders, silently; kept to look at with RIAYA_REPORT_PNG_DIR. */
  render_pdf_page (path, 0, png);
}

static void
test_save (void)
{
  g_autofree char *db_path = new_registry ();
  g_autofree char *dir = g_dir_make_tmp ("riaya-reports-XXXXXX", NULL);
  g_autofree char *csv_path = NULL, *xlsx_path = NULL, *pdf_path = NULL, *printed = NULL;
  g_autofree char *csv = NULL, *expected = NULL, *pdf = NULL, *name = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *unzip = NULL;
  g_autoptr(GError) error = NULL;
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaReportsPage *page = open_reports (&app, &window, db_path);
  gsize length = 0;

  shown_window = window;
  g_assert_true (riaya_reports_page_select (page, "institutions-by-region"));
  wait_computed (page);

  /* The name offered: the report's, then the day counted. */
  name = riaya_reports_page_dup_file_name (page, RIAYA_REPORTS_FORMAT_CSV);
  g_assert_cmpstr (name, ==, "institutions-by-region-" TODAY ".csv");
  csv_path = g_build_filename (dir, name, NULL);

  /* CSV: the bytes riaya-cli writes for the same table. */
  g_assert_true (save (page, RIAYA_REPORTS_FORMAT_CSV, csv_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, &length, NULL));
  expected = riaya_table_to_csv (riaya_reports_page_get_table (page));
  g_assert_cmpuint (length, ==, strlen (expected));
  g_assert_cmpstr (csv, ==, expected);
  g_assert_true (g_str_has_prefix (csv, "region_code,region,"));

  xlsx_path = g_build_filename (dir, "institutions.xlsx", NULL);
  g_assert_true (save (page, RIAYA_REPORTS_FORMAT_XLSX, xlsx_path, &error));
  g_assert_no_error (error);
  g_assert_true (exchange_test_file_has (xlsx_path, "PK"));
  /* The sheet runs as the interface does. */
  unzip = g_find_program_in_path ("unzip");
  if (unzip != NULL)
    g_assert_true (sheet_is_rtl (xlsx_path) == g_str_equal (language, "ar"));
  else
    g_test_message ("unzip is not installed: the sheet's direction is not read");

  pdf_path = g_build_filename (dir, "institutions.pdf", NULL);
  g_assert_true (save (page, RIAYA_REPORTS_FORMAT_PDF, pdf_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  check_pdf (window, pdf_path, "reports-page-saved");

  /* Printing draws the same document through GtkPrintOperation. */
  printed = g_build_filename (dir, "printed.pdf", NULL);
  g_assert_true (riaya_reports_page_print_to_file (page, printed, &error));
  g_assert_no_error (error);
  g_assert_true (exchange_test_file_has (printed, "%PDF-"));
  check_pdf (window, printed, "reports-page-printed");
  g_assert_cmpuint (count_entries (dir), ==, 4);

  /* A folder that is not there: a sentence, and nothing written. */
  missing = g_build_filename (dir, "gone", "report.csv", NULL);
  for (RiayaReportsFormat format = RIAYA_REPORTS_FORMAT_CSV; format <= RIAYA_REPORTS_FORMAT_PDF; format++)
    {
      g_assert_false (save (page, format, missing, &error));
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, !=, "");
      g_clear_error (&error);
    }
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, 4);

  /* As the file chooser's Save does it: a dialog says why, and what to
   * do; a save that works says where the file went. */
  _riaya_reports_page_save_to (page, RIAYA_REPORTS_FORMAT_CSV, missing);
  g_assert_true (gui_test_wait_until (has_error_dialog, page));
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (_riaya_reports_page_get_error_dialog (page));

    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("The Report Could Not Be Saved"));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "report.csv"));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  {
    g_autofree char *again = g_build_filename (dir, "again.csv", NULL);
    g_autofree char *name = riaya_ui_isolate ("again.csv");
    g_autofree char *toast = NULL;

    _riaya_reports_page_save_to (page, RIAYA_REPORTS_FORMAT_CSV, again);
    /* The page's sentence, the file's name isolated in it, as the user
     * reads it. */
    toast = g_strdup_printf (_("Report saved as “%s”"), name);
    g_assert_true (gui_test_wait_until (shows_toast, toast));
    g_assert_true (g_file_test (again, G_FILE_TEST_IS_REGULAR));
  }

  gui_test_close_app (app);
}

int
main (int   argc,
      char *argv[])
{
  language = exchange_test_set_language (argc, argv, "test-reports");
  if (language == NULL)
    return 2;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  if (gui_test_skip_without_display ())
    return 0;

  g_test_add_func ("/reports/list", test_lists_every_report);
  g_test_add_func ("/reports/close-while-computing", test_close_while_computing);
  g_test_add_func ("/reports/institutions-by-region", test_institutions_by_region);
  g_test_add_func ("/reports/date", test_date_changes_counts);
  g_test_add_func ("/reports/bad-date", test_bad_date);
  g_test_add_func ("/reports/region-and-years", test_region_and_years);
  g_test_add_func ("/reports/chart", test_chart);
  g_test_add_func ("/reports/save", test_save);

  return g_test_run ();
}
