/* test-report-chart.c — the reports' charts, looked at as a reader would
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts of the published tables (reports.md) drawn with cairo: the
 * bars measured on a picture (one a region, none for the total, heights
 * in proportion, the first region at the left, or at the right in a
 * right-to-left chart), and the names and numbers read back from a PDF
 * of the chart with poppler-utils, where they are found by their place.
 *
 * Set RIAYA_REPORT_PNG_DIR to a folder to keep the pictures, to look at.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pdf-test-util.h"
#include "report-test-tables.h"
#include "riaya-report-chart.h"

#define WIDTH  600
#define HEIGHT 300

/* A bar: its columns of pixels and the height of its highest one. */
typedef struct
{
  int first_x;
  int last_x;
  int height;
} Bar;

/* The chart's accent, as riaya-report-chart.c paints it, alone or at
 * least half covering the white under it (the line's edges). */
static gboolean
is_accent (guint32 pixel)
{
  double r = (255 - ((pixel >> 16) & 0xff)) / (255.0 - 31);
  double g = (255 - ((pixel >> 8) & 0xff)) / (255.0 - 92);
  double b = (255 - (pixel & 0xff)) / (255.0 - 168);

  return r >= 0.5 && ABS (r - g) < 0.15 && ABS (r - b) < 0.15 && ABS (g - b) < 0.15;
}

static void
keep_png (cairo_surface_t *surface,
          const char      *name)
{
  const char *dir = g_getenv ("RIAYA_REPORT_PNG_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
}

/* The chart drawn on white, @WIDTH × @HEIGHT pixels. */
static cairo_surface_t *
draw_picture (RiayaTable       *table,
              RiayaReportChart  kind,
              gboolean          rtl,
              const char       *keep_as)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  riaya_report_chart_draw (table, kind, cr, WIDTH, HEIGHT, NULL, rtl);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  keep_png (surface, keep_as);

  return surface;
}

/* The bars of the picture, from left to right: runs of columns of
 * pixels that hold the accent colour. */
static GArray *
find_bars (cairo_surface_t *surface)
{
  GArray *bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  Bar bar = { -1, -1, 0 };

  for (int x = 0; x < WIDTH; x++)
    {
      int top = -1, bottom = -1;

      for (int y = 0; y < HEIGHT; y++)
        if (is_accent (((guint32 *) (data + y * stride))[x]))
          {
            if (top < 0)
              top = y;
            bottom = y;
          }

      if (top >= 0 && bar.first_x < 0)
        bar.first_x = x;
      if (top >= 0)
        {
          bar.last_x = x;
          bar.height = MAX (bar.height, bottom - top + 1);
        }
      if ((top < 0 || x == WIDTH - 1) && bar.first_x >= 0)
        {
          g_array_append_val (bars, bar);
          bar.first_x = bar.last_x = -1;
          bar.height = 0;
        }
    }

  return bars;
}

static void
test_available (void)
{
  g_autoptr(RiayaTable) regions = report_test_regions_table (FALSE, FALSE);
  g_autoptr(RiayaTable) grants = report_test_grants_table ();
  g_autoptr(RiayaTable) problems = report_test_compliance_table (7);
  g_autoptr(RiayaTable) no_problem = report_test_compliance_table (0);

  g_assert_true (riaya_report_chart_available (regions, RIAYA_REPORT_CHART_BARS));
  g_assert_false (riaya_report_chart_available (regions, RIAYA_REPORT_CHART_NONE));
  g_assert_true (riaya_report_chart_available (grants, RIAYA_REPORT_CHART_LINE));
  g_assert_true (riaya_report_chart_available (problems, RIAYA_REPORT_CHART_BARS));
  /* Nothing to draw when nothing was found. */
  g_assert_false (riaya_report_chart_available (no_problem, RIAYA_REPORT_CHART_BARS));
}

/* One bar a region, none for the total, their heights in proportion to
 * the regions' institutions; the first region at the start edge. */
static void
test_bars (void)
{
  g_autoptr(RiayaTable) table = report_test_regions_table (FALSE, FALSE);
  cairo_surface_t *ltr = draw_picture (table, RIAYA_REPORT_CHART_BARS, FALSE, "chart-bars-ltr.png");
  cairo_surface_t *rtl = draw_picture (table, RIAYA_REPORT_CHART_BARS, TRUE, "chart-bars-rtl.png");
  g_autoptr(GArray) bars = find_bars (ltr);
  g_autoptr(GArray) mirrored = find_bars (rtl);
  const Bar *tallest;

  /* Dakhla-Oued Ed-Dahab's 3 institutions still make a bar. */
  g_assert_cmpuint (bars->len, ==, N_REGIONS);
  g_assert_cmpuint (mirrored->len, ==, N_REGIONS);

  /* Marrakech-Safi (184), the seventh region, is the tallest bar and
   * reaches most of the chart's height: the total (1,204) is not drawn. */
  tallest = &g_array_index (bars, Bar, 6);
  g_assert_cmpint (tallest->height, >, HEIGHT / 2);
  for (guint i = 0; i < N_REGIONS; i++)
    {
      const Bar *bar = &g_array_index (bars, Bar, i);
      /* Right to left, the first region stands at the right. */
      const Bar *twin = &g_array_index (mirrored, Bar, N_REGIONS - 1 - i);
      double expected = (double) tallest->height * report_test_institutions[i] / report_test_institutions[6];

      g_assert_cmpint (bar->height, <=, tallest->height);
      g_assert_cmpfloat_with_epsilon (bar->height, expected, 2.5);
      g_assert_cmpint (ABS (bar->height - twin->height), <=, 1);
      if (i > 0)
        g_assert_cmpint (bar->first_x, >, g_array_index (bars, Bar, i - 1).last_x);
    }
  /* Mirrored, not shifted: the first bar as far from the left edge as
   * its twin from the right. */
  g_assert_cmpint (ABS (g_array_index (bars, Bar, 0).first_x - (WIDTH - 1 - g_array_index (mirrored, Bar, N_REGIONS - 1).last_x)),
                   <=, 60);
  g_assert_cmpint (g_array_index (bars, Bar, 0).first_x, <, WIDTH / 4);
  g_assert_cmpint (g_array_index (mirrored, Bar, 0).first_x, <, WIDTH / 4);

  cairo_surface_destroy (ltr);
  cairo_surface_destroy (rtl);
}

/* Asserts that @name is written under the bar whose value is @value:
 * every word of it in a word of the page centred within half a slot of
 * the value's centre, under the axis. Names wrap at spaces and hyphens. */
static void
assert_named (GArray     *words,
              const char *value,
              double      slot,
              double      axis,
              const char *name)
{
  const WordBox *box = find_word (words, value, 0);
  double centre = (box->x_min + box->x_max) / 2;
  g_autoptr(GString) under = g_string_new (NULL);
  g_autofree char *split = g_strdelimit (g_strdup (name), "-", ' ');
  g_auto(GStrv) parts = g_strsplit (split, " ", -1);

  for (guint i = 0; i < words->len; i++)
    {
      const WordBox *word = &g_array_index (words, WordBox, i);

      if (word->y_min > axis && ABS ((word->x_min + word->x_max) / 2 - centre) < slot / 2)
        g_string_append (under, word->text);
    }
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0' && strstr (under->str, parts[i]) == NULL)
      g_error ("“%s” of “%s” is not under its bar (%s): “%s”", parts[i], name, value, under->str);
}

/* The chart alone on a page of @width × @height points, read back. */
static char *
chart_pdf (RiayaTable       *table,
           RiayaReportChart  kind,
           gboolean          rtl,
           double            width,
           double            height,
           const char       *dir,
           const char       *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);

  riaya_report_chart_draw (table, kind, cr, width, height, NULL, rtl);
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  {
    g_autofree char *png = g_strconcat (name, ".png", NULL);

    render_pdf_page (path, 0, png);
  }

  return g_steal_pointer (&path);
}

/* Each bar is named and its value written above it, the numbers with
 * their digits grouped: at the GUI's size and at the width of an A4
 * page, in French and, mirrored, in Arabic. */
static void
test_bars_text (void)
{
  g_autofree char *dir = g_dir_make_tmp ("riaya-chart-XXXXXX", NULL);
  static const struct
  {
    double width;
    double height;
  } sizes[] = { { WIDTH, HEIGHT }, { 539, 300 } };

  if (!have_poppler ())
    return;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint arabic = 0; arabic < 2; arabic++)
      {
        g_autoptr(RiayaTable) table = report_test_regions_table (TRUE, arabic);
        g_autofree char *name = g_strdup_printf ("chart-places-%s-%u.pdf", arabic ? "ar" : "fr", (guint) sizes[s].width);
        g_autofree char *path = chart_pdf (table, RIAYA_REPORT_CHART_BARS, arabic, sizes[s].width, sizes[s].height,
                                           dir, name);
        g_auto(GStrv) pages = pdf_pages (path, 1, FALSE);
        g_autoptr(GArray) words = pdf_word_boxes (path, 0);
        const WordBox *first, *last;
        double slot, axis;

        /* Each region's places above its bar, its name under it. */
        slot = ABS ((find_word (words, "5,819", 0)->x_min + find_word (words, "5,819", 0)->x_max) / 2
                    - (find_word (words, "8,847", 0)->x_min + find_word (words, "8,847", 0)->x_max) / 2);
        /* The axis: the middle of its value 0. */
        axis = (find_word (words, "0", 0)->y_min + find_word (words, "0", 0)->y_max) / 2;
        for (guint r = 0; r < N_REGIONS; r++)
          {
            g_autofree char *value = riaya_table_dup_cell_label (table, r, 10);

            assert_contains (pages[0], value);
            if (!arabic)
              assert_named (words, value, slot, axis, report_test_regions_fr[r]);
            else
              {
                /* pdftotext gives Arabic words letter by letter in its
                 * boxes, and the lam-alef ligature back to front: the
                 * other words are looked for in the page's text. */
                g_autofree char *split = g_strdelimit (g_strdup (report_test_regions_ar[r]), "-", ' ');
                g_auto(GStrv) parts = g_strsplit (split, " ", -1);

                for (guint i = 0; parts[i] != NULL; i++)
                  if (strstr (parts[i], "لا") == NULL)
                    assert_contains (pages[0], parts[i]);
              }
          }
        /* The total is not a bar. */
        g_assert_false (contains (pages[0], "106,262"));

        /* Tanger-Tétouan-Al Hoceima's 8,847 places at the start edge,
         * Dakhla-Oued Ed-Dahab's 337 at the end. */
        first = find_word (words, "8,847", 0);
        last = find_word (words, "337", 0);
        if (arabic)
          g_assert_cmpfloat (first->x_min, >, last->x_max);
        else
          g_assert_cmpfloat (first->x_max, <, last->x_min);
      }

  remove_tree (dir);
}

/* The grants over the years: a dot a year, the years under them from
 * the start edge, the amounts in millions of dirhams. */
static void
test_line (void)
{
  g_autoptr(RiayaTable) table = report_test_grants_table ();
  g_autofree char *dir = g_dir_make_tmp ("riaya-chart-XXXXXX", NULL);
  cairo_surface_t *picture = draw_picture (table, RIAYA_REPORT_CHART_LINE, FALSE, "chart-line-ltr.png");
  g_autoptr(GArray) marks = find_bars (picture);

  /* The line joins the dots: one run of accent from the first year to
   * the last, across most of the width. */
  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpint (g_array_index (marks, Bar, 0).last_x - g_array_index (marks, Bar, 0).first_x, >, WIDTH * 2 / 3);
  cairo_surface_destroy (picture);

  if (!have_poppler ())
    {
      remove_tree (dir);
      return;
    }

  for (guint rtl = 0; rtl < 2; rtl++)
    {
      g_autofree char *path = chart_pdf (table, RIAYA_REPORT_CHART_LINE, rtl, WIDTH, HEIGHT, dir,
                                         rtl ? "chart-line-rtl.pdf" : "chart-line-ltr.pdf");
      g_auto(GStrv) pages = pdf_pages (path, 1, FALSE);
      g_autoptr(GArray) words = pdf_word_boxes (path, 0);
      const WordBox *first = find_word (words, "2015", 0);
      const WordBox *last = find_word (words, "2020", 0);

      assert_contains (pages[0], "Granted (DH), in millions");
      /* 146,002,000.00 DH in 2015; 124,400,000.00 in 2020. */
      assert_contains (pages[0], "146.0");
      assert_contains (pages[0], "155.8");
      assert_contains (pages[0], "124.4");
      for (guint year = 2015; year <= 2020; year++)
        {
          g_autofree char *text = g_strdup_printf ("%u", year);

          assert_contains (pages[0], text);
        }
      if (rtl)
        g_assert_cmpfloat (first->x_min, >, last->x_max);
      else
        g_assert_cmpfloat (first->x_max, <, last->x_min);
      /* The years stand under the values. */
      g_assert_cmpfloat (first->y_min, >, find_word (words, "146.0", 0)->y_max);
    }

  remove_tree (dir);
}

/* The compliance report counts its problems by issue: a bar an issue,
 * in the order of the checks, named in words. */
static void
test_issues (void)
{
  /* 13 problems over 6 issues: 3 of the first, 2 of each other. */
  g_autoptr(RiayaTable) table = report_test_compliance_table (13);
  const char * const *issues = riaya_report_compliance_issues ();
  guint n_issues = g_strv_length ((char **) issues);
  cairo_surface_t *picture = draw_picture (table, RIAYA_REPORT_CHART_BARS, FALSE, "chart-issues.png");
  g_autoptr(GArray) bars = find_bars (picture);
  g_autofree char *dir = g_dir_make_tmp ("riaya-chart-XXXXXX", NULL);

  g_assert_cmpuint (bars->len, ==, n_issues);
  for (guint i = 1; i < n_issues; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (bars, Bar, i).height,
                                    g_array_index (bars, Bar, 0).height * 2.0 / 3.0, 2.5);
  cairo_surface_destroy (picture);

  if (have_poppler ())
    {
      g_autofree char *path = chart_pdf (table, RIAYA_REPORT_CHART_BARS, FALSE, WIDTH, HEIGHT, dir, "chart-issues.pdf");
      g_auto(GStrv) pages = pdf_pages (path, 1, FALSE);

      assert_contains (pages[0], "Problems found, by issue");
      for (guint i = 0; i < n_issues; i++)
        assert_contains (pages[0], riaya_report_compliance_issue_label (issues[i]));
    }

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reports/chart/available", test_available);
  g_test_add_func ("/reports/chart/bars", test_bars);
  g_test_add_func ("/reports/chart/bars-text", test_bars_text);
  g_test_add_func ("/reports/chart/line", test_line);
  g_test_add_func ("/reports/chart/issues", test_issues);

  return g_test_run ();
}
