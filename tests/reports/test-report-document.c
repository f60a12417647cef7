/* test-report-document.c — a national table as a PDF and as a spreadsheet
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The published tables (reports.md) made by hand, then saved as riaya-cli
 * and the GUI save them: the PDF read back with poppler-utils (its text,
 * where its words stand, its pages, a page rendered), the workbook read
 * back with Python's openpyxl against the CSV of the same table. Refusals
 * leave nothing behind.
 *
 * Set RIAYA_REPORT_PNG_DIR to a folder to keep a rendered page of each
 * document, to look at.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pdf-test-util.h"
#include "report-test-tables.h"
#include "riaya-report-document.h"
#include "riaya-report-xlsx.h"

#define PRINTED_ON "2025-06-01"
#define SOURCE     "national.db"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("riaya-report-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* The names in @dir, sorted, joined by spaces: what a refusal must not
 * change. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
write_pdf (Fixture          *fixture,
           RiayaTable       *table,
           RiayaReportChart  chart,
           gboolean          rtl,
           const char       *name)
{
  g_autoptr(RiayaReportDocument) document = riaya_report_document_new (table, chart, SOURCE, PRINTED_ON, rtl);
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (riaya_report_document_write_pdf (document, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  return g_steal_pointer (&path);
}

/* "Page size: 841.89 x 595.28 pts (A4)" says landscape. */
static gboolean
is_landscape (const char *path)
{
  g_autofree char *info = run_poppler ("pdfinfo", NULL, path);
  const char *size = strstr (info, "Page size:");
  double width, height;

  g_assert_nonnull (size);
  width = g_ascii_strtod (size + strlen ("Page size:"), (char **) &size);
  g_assert_nonnull (strstr (size, " x "));
  height = g_ascii_strtod (strstr (size, " x ") + 3, NULL);
  g_assert_true (strstr (info, "(A4)") != NULL);

  return width > height;
}

/* The table of regions on one landscape page: its header, the chart,
 * every region with its figures, the total and percentage rows; the
 * numbers against the end edge of their column. */
static void
test_regions (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RiayaTable) table = report_test_regions_table (FALSE, FALSE);
  g_autofree char *path = NULL;
  g_autofree char *share = riaya_table_dup_cell_label (table, RIAYA_TABLE_SHARE, 4);
  g_auto(GStrv) pages = NULL;
  g_autoptr(GArray) words = NULL;
  const WordBox *total, *marrakech, *code, *page;

  if (!have_poppler ())
    return;

  path = write_pdf (fixture, table, RIAYA_REPORT_CHART_BARS, FALSE, "regions-fr.pdf");
  g_assert_cmpuint (pdf_page_count (path), ==, 1);
  g_assert_true (is_landscape (path));
  render_pdf_page (path, 0, "report-regions-fr.png");

  pages = pdf_pages (path, 1, FALSE);
  assert_contains (pages[0], "Institutions by region");
  assert_contains (pages[0], "On 02/07/2021");
  assert_contains (pages[0], "Source: " SOURCE);
  assert_contains (pages[0], "Printed on 01/06/2025");
  assert_contains (pages[0], "Page 1 of 1");
  for (guint r = 0; r < N_REGIONS; r++)
    assert_contains (pages[0], report_test_regions_fr[r]);
  assert_contains (pages[0], "1,204");
  assert_contains (pages[0], "Percentage");
  /* Student houses: 899 of 1,204. */
  g_assert_cmpstr (share, ==, "74.7%");
  assert_contains (pages[0], share);
  assert_contains (pages[0], "100.0%");

  /* The region code in the first column, at the left; Marrakech-Safi's
   * total (184, which is also a bar's value above the table) and the
   * national total line up at the right edge of the total column. */
  words = pdf_word_boxes (path, 0);
  total = find_word (words, "1,204", 0);
  marrakech = find_word (words, "184", 1);
  code = find_word (words, "07", 0);
  page = find_word (words, "Page", 0);
  g_assert_cmpfloat (code->x_max, <, marrakech->x_min);
  g_assert_cmpfloat_with_epsilon (total->x_max, marrakech->x_max, 0.5);
  g_assert_cmpfloat (total->y_min, >, marrakech->y_max);
  g_assert_cmpfloat (page->x_min, >, 841.89 / 2);
}

/* The same in Arabic, right to left: the columns mirrored, the numbers
 * against the left edge of theirs, the page number at the left. */
static void
test_regions_rtl (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RiayaTable) table = report_test_regions_table (FALSE, TRUE);
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(GArray) words = NULL;
  const WordBox *total, *marrakech, *code, *page;

  if (!have_poppler ())
    return;

  path = write_pdf (fixture, table, RIAYA_REPORT_CHART_BARS, TRUE, "regions-ar.pdf");
  g_assert_cmpuint (pdf_page_count (path), ==, 1);
  render_pdf_page (path, 0, "report-regions-ar.png");

  pages = pdf_pages (path, 1, FALSE);
  assert_contains (pages[0], "مراكش");
  assert_contains (pages[0], "الشرق");
  assert_contains (pages[0], "كلميم");
  assert_contains (pages[0], "1,204");

  words = pdf_word_boxes (path, 0);
  total = find_word (words, "1,204", 0);
  marrakech = find_word (words, "184", 1);
  code = find_word (words, "07", 0);
  page = find_word (words, "Page", 0);
  g_assert_cmpfloat (code->x_min, >, marrakech->x_max);
  g_assert_cmpfloat_with_epsilon (total->x_min, marrakech->x_min, 0.5);
  g_assert_cmpfloat (page->x_max, <, 841.89 / 2);
}

/* A long report over many portrait pages: the header and the column
 * titles on every page, "page N of M", every line once, in order; the
 * chart on the first page only. The pages counted for a print dialog
 * are the pages written. */
static void
test_long (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(RiayaTable) table = report_test_compliance_table (240);
  g_autoptr(RiayaReportDocument) document = riaya_report_document_new (table, RIAYA_REPORT_CHART_BARS, SOURCE,
                                                                       PRINTED_ON, FALSE);
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages, counted, previous = 0;

  if (!have_poppler ())
    return;

  path = write_pdf (fixture, table, RIAYA_REPORT_CHART_BARS, FALSE, "compliance.pdf");
  n_pages = pdf_page_count (path);
  g_assert_cmpuint (n_pages, >=, 6);
  g_assert_false (is_landscape (path));
  g_assert_false (riaya_report_document_is_landscape (document));

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  counted = riaya_report_document_paginate (document, cr, 595.28 - 2 * 28.35, 841.89 - 2 * 28.35);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (counted, ==, n_pages);

  pages = pdf_pages (path, n_pages, FALSE);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *numbering = g_strdup_printf ("Page %u of %u", p + 1, n_pages);

      assert_contains (pages[p], numbering);
      assert_contains (pages[p], "Compliance");
      assert_contains (pages[p], "On 01/06/2025");
      assert_contains (pages[p], "Licence");
      assert_contains (pages[p], "Detail");
    }
  g_assert_cmpuint (page_of (pages, n_pages, "Problems found, by issue"), ==, 0);

  /* Each line once, on a page no earlier than the line before it. */
  for (guint i = 0; i < 240; i++)
    {
      g_autofree char *licence = g_strdup_printf ("L-%04u", i + 1);
      guint page = page_of (pages, n_pages, licence);

      g_assert_cmpuint (page, >=, previous);
      previous = page;
    }
  g_assert_cmpuint (page_of (pages, n_pages, "L-0001"), ==, 0);
  g_assert_cmpuint (page_of (pages, n_pages, "L-0240"), ==, n_pages - 1);
  /* The issues in words, the detail whole. */
  assert_contains (pages[0], riaya_report_compliance_issue_label ("over-capacity"));
  assert_contains (pages[0], "Never inspected since the licence of 2019-01-01; Law 14.05 asks for a visit every 6 months, so the first was due on 2019-07-01.");
  render_pdf_page (path, 1, "report-compliance-2.png");
}

/* The total and the percentage under it are never parted by a page's
 * end, however many lines come before them. */
static void
test_total_kept_with_share (Fixture       *fixture,
                            gconstpointer  data)
{
  if (!have_poppler ())
    return;

  for (guint n = 34; n <= 48; n++)
    {
      g_autoptr(RiayaTable) table = riaya_table_new ("institutions-by-region", "Institutions by province");
      g_autofree char *name = g_strdup_printf ("provinces-%u.pdf", n);
      g_autofree char *path = NULL;
      g_auto(GStrv) pages = NULL;
      guint n_pages;

      riaya_table_add_parameter (table, "on", "2021-07-02");
      riaya_table_add_column (table, "province_code", "Code", RIAYA_TABLE_TEXT);
      riaya_table_add_column (table, "province", "Province", RIAYA_TABLE_TEXT);
      riaya_table_add_column (table, "total", "Institutions", RIAYA_TABLE_INTEGER);
      riaya_table_add_total (table);
      for (guint i = 0; i < n; i++)
        {
          guint row = riaya_table_add_row (table);
          g_autofree char *code = g_strdup_printf ("01.%03u", i);

          riaya_table_set_text (table, row, 0, code);
          riaya_table_set_text (table, row, 1, "Tanger-Assilah");
          riaya_table_set_integer (table, row, 2, 1);
        }
      riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, 2, n);
      riaya_table_fill_share (table, 2);

      path = write_pdf (fixture, table, RIAYA_REPORT_CHART_BARS, FALSE, name);
      n_pages = pdf_page_count (path);
      pages = pdf_pages (path, n_pages, FALSE);
      g_assert_cmpuint (page_of (pages, n_pages, "Percentage"), ==, page_of (pages, n_pages, "Total"));
      /* Some of these end a page with the last province. */
      g_assert_cmpuint (n_pages, >=, 1);
    }
}

/* A report that found nothing says so, on one page, without a chart. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(RiayaTable) table = report_test_compliance_table (0);
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;

  if (!have_poppler ())
    return;

  path = write_pdf (fixture, table, RIAYA_REPORT_CHART_BARS, FALSE, "empty.pdf");
  g_assert_cmpuint (pdf_page_count (path), ==, 1);
  pages = pdf_pages (path, 1, FALSE);
  assert_contains (pages[0], "Nothing to report.");
  assert_contains (pages[0], "Page 1 of 1");
  g_assert_false (contains (pages[0], "Problems found"));
}

/* A folder that does not exist, or a file where a folder should be: a
 * sentence that names the file and says what to do, nothing written. */
static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(RiayaTable) table = report_test_grants_table ();
  g_autoptr(RiayaReportDocument) document = riaya_report_document_new (table, RIAYA_REPORT_CHART_LINE, SOURCE,
                                                                       PRINTED_ON, FALSE);
  g_autofree char *file = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "grants.pdf", NULL);
  g_autofree char *under_file = g_build_filename (file, "grants.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const struct
  {
    const char *path;
    int         code;
  } cases[] = {
    { missing, G_IO_ERROR_NOT_FOUND },
    { under_file, G_IO_ERROR_NOT_DIRECTORY },
  };

  g_assert_true (g_file_set_contents (file, "notes", -1, NULL));
  before = list_dir (fixture->dir);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint xlsx = 0; xlsx < 2; xlsx++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *path = xlsx ? g_strconcat (cases[i].path, ".xlsx", NULL) : g_strdup (cases[i].path);
        gboolean saved = xlsx ? riaya_report_write_xlsx (table, path, FALSE, &error)
                              : riaya_report_document_write_pdf (document, path, &error);

        g_assert_false (saved);
        g_assert_error (error, G_IO_ERROR, cases[i].code);
        g_assert_nonnull (strstr (error->message, path));
        g_assert_nonnull (strstr (error->message, "choose another name"));
      }

  after = list_dir (fixture->dir);
  g_assert_cmpstr (after, ==, before);
}

/* Runs check-xlsx.py on @xlsx against @table's CSV and @expected. */
static void
check_xlsx (Fixture    *fixture,
            RiayaTable *table,
            const char *xlsx,
            const char *expected)
{
  const char *python = g_getenv ("RIAYA_TEST_PYTHON_OPENPYXL");
  const char *script = g_getenv ("RIAYA_TEST_CHECK_XLSX");
  g_autofree char *csv_path = g_strconcat (xlsx, "-check.csv", NULL);
  g_autofree char *json_path = g_strconcat (xlsx, "-check.json", NULL);
  g_autofree char *csv = riaya_table_to_csv (table);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_file_set_contents (csv_path, csv, -1, NULL));
  g_assert_true (g_file_set_contents (json_path, expected, -1, NULL));
  {
    const char *argv[] = { python, script, xlsx, csv_path, json_path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl does not find the table in %s:\n%s%s", xlsx, out, err);
  g_assert_true (g_str_has_prefix (out, "ok: "));
}

static gboolean
have_openpyxl (void)
{
  const char *python = g_getenv ("RIAYA_TEST_PYTHON_OPENPYXL");

  if (python != NULL && python[0] != '\0' && g_getenv ("RIAYA_TEST_CHECK_XLSX") != NULL)
    return TRUE;
  g_test_skip ("Python's openpyxl (python3-openpyxl) is needed to read the spreadsheet back: "
               "build-aux/deps installs it");
  return FALSE;
}

static char *
write_xlsx (Fixture    *fixture,
            RiayaTable *table,
            gboolean    rtl,
            const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_report_write_xlsx (table, path, rtl, &error));
  g_assert_no_error (error);
  /* Written beside, renamed: no temporary file left. */
  listing = list_dir (fixture->dir);
  g_assert_null (strstr (listing, ".xlsx."));

  return g_steal_pointer (&path);
}

/* The regions' table as a workbook: a sheet named after the report,
 * the column titles, every figure a number equal to the CSV's, the total
 * and percentage rows in bold; right to left in Arabic. */
static void
test_xlsx_regions (Fixture       *fixture,
                   gconstpointer  data)
{
  if (!have_openpyxl ())
    return;

  for (guint arabic = 0; arabic < 2; arabic++)
    {
      g_autoptr(RiayaTable) table = report_test_regions_table (FALSE, arabic);
      g_autofree char *path = write_xlsx (fixture, table, arabic, arabic ? "regions-ar.xlsx" : "regions-fr.xlsx");
      g_autofree char *expected = NULL;

      expected = g_strdup_printf ("{\"sheet\": \"Institutions by region\", \"title\": \"Institutions by region\", "
                                  "\"rtl\": %s, "
                                  "\"headers\": [\"Code\", \"Region\", \"kafala\", \"child-protection\", \"student-house\", "
                                  "\"disability\", \"homeless\", \"women\", \"elderly\", \"samu-social\", \"Total\"], "
                                  "\"kinds\": [\"text\", \"text\", \"integer\", \"integer\", \"integer\", \"integer\", "
                                  "\"integer\", \"integer\", \"integer\", \"integer\", \"integer\"], "
                                  "\"total\": \"Total\", "
                                  "\"share\": [\"Percentage\", null, 0.0, 0.0, 74.7, 0.0, 0.0, 0.0, 25.3, 0.0, 100.0]}",
                                  arabic ? "true" : "false");
      check_xlsx (fixture, table, path, expected);
    }
}

/* Amounts with two decimals, exact; the compliance issues in words. */
static void
test_xlsx_grants_and_issues (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(RiayaTable) grants = report_test_grants_table ();
  g_autoptr(RiayaTable) problems = report_test_compliance_table (8);
  const char * const *issues = riaya_report_compliance_issues ();
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *grants_path = NULL;
  g_autofree char *problems_path = NULL;
  g_autofree char *expected = NULL;

  if (!have_openpyxl ())
    return;

  grants_path = write_xlsx (fixture, grants, FALSE, "grants.xlsx");
  check_xlsx (fixture, grants, grants_path,
              "{\"sheet\": \"Grants by year\", \"title\": \"Grants by year\", \"rtl\": false, "
              "\"headers\": [\"Year\", \"Institutions\", \"Capacity\", \"Granted (DH)\"], "
              "\"kinds\": [\"year\", \"integer\", \"integer\", \"money\"], \"total\": \"Total\"}");

  for (guint i = 0; issues[i] != NULL; i++)
    g_string_append_printf (words, "%s\"%s\": \"%s\"", i > 0 ? ", " : "", issues[i],
                            riaya_report_compliance_issue_label (issues[i]));
  problems_path = write_xlsx (fixture, problems, FALSE, "compliance.xlsx");
  expected = g_strdup_printf ("{\"sheet\": \"Compliance\", \"title\": \"Compliance\", \"rtl\": false, "
                              "\"headers\": [\"Licence\", \"Institution\", \"Province\", \"Issue\", \"Detail\"], "
                              "\"kinds\": [\"text\", \"text\", \"text\", \"text\", \"text\"], "
                              "\"words\": {\"3\": {%s}}}", words->str);
  check_xlsx (fixture, problems, problems_path, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  FIXTURE_TEST ("/reports/document/regions", test_regions);
  FIXTURE_TEST ("/reports/document/regions-rtl", test_regions_rtl);
  FIXTURE_TEST ("/reports/document/long", test_long);
  FIXTURE_TEST ("/reports/document/total-kept-with-share", test_total_kept_with_share);
  FIXTURE_TEST ("/reports/document/empty", test_empty);
  FIXTURE_TEST ("/reports/document/refusals", test_refusals);
  FIXTURE_TEST ("/reports/xlsx/regions", test_xlsx_regions);
  FIXTURE_TEST ("/reports/xlsx/grants-and-issues", test_xlsx_grants_and_issues);

  return g_test_run ();
}
