/* test-cli-report-documents.c — riaya-cli report NAME --format pdf|xlsx -o FILE
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The national tables saved as documents by the built riaya-cli, on a
 * registry of sixty institutions in the twelve regions: the PDF read back
 * with poppler-utils in French and in Arabic (its text, where its columns
 * stand, its pages, a page rendered), the spreadsheet read back with
 * Python's openpyxl against the CSV of the same report, and the refusals
 * (no file named, a folder that is not there), which leave nothing
 * behind and the database as it was.
 *
 * Set RIAYA_REPORT_PNG_DIR to a folder to keep a rendered page of each
 * document, to look at.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "../reports/pdf-test-util.h"
#include "cli-test-util.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define N_INSTITUTIONS 60
#define ON             "2025-06-01"

/* A province of each region, in region code order. */
static const char * const provinces[] = {
  "01.511", "02.411", "03.231", "04.421", "05.091", "06.141",
  "07.351", "08.201", "09.001", "10.261", "11.321", "12.391",
};

static const char * const regions_fr[] = {
  "Tanger-Tétouan-Al Hoceima", "Oriental", "Fès-Meknès", "Rabat-Salé-Kénitra",
  "Béni Mellal-Khénifra", "Casablanca-Settat", "Marrakech-Safi", "Drâa-Tafilalet",
  "Souss-Massa", "Guelmim-Oued Noun", "Laâyoune-Sakia El Hamra", "Dakhla-Oued Ed-Dahab",
};

/* Words of the regions' Arabic names, without the lam-alef ligature
 * that pdftotext gives back to front. */
static const char * const regions_ar_words[] = {
  "طنجة", "تطوان", "الشرق", "فاس", "مكناس", "الرباط", "القنيطرة", "مراكش", "آسفي",
  "سوس", "ماسة", "كلميم", "العيون", "الداخلة",
};

/* Sixty institutions licensed in 2015 under Law 14.05, five a region,
 * none with a director and none ever inspected: two problems each on
 * ON for the compliance report. R-001 is a student house of Tanger. */
static void
make_registry (Fixture *fixture)
{
  g_autofree char *init = cli_ok (fixture, "init", "--profile", "national", NULL);
  g_autofree char *path = cli_fixture_path (fixture, "institutions.csv");
  g_autofree char *ids = NULL;
  g_autoptr(GString) csv = g_string_new ("licence_number,licence_date,legal_basis,type,name_ar,name_fr,"
                                         "province_code,commune,founder,director,address,phone,services,"
                                         "staff,capacity,effective_date\r\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_INSTITUTIONS; i++)
    {
      gboolean elderly = i % 4 == 3;

      g_string_append_printf (csv, "R-%03u,2015-01-01,14.05,%s,,%s %u,%s,,,,,,,,%s,\r\n",
                              i + 1, elderly ? "elderly" : "student-house",
                              elderly ? "Maison des aînés" : "Dar Taliba", i + 1,
                              provinces[i % G_N_ELEMENTS (provinces)],
                              elderly ? "elderly:f:20" : "pupil:f:40");
    }
  g_file_set_contents (path, csv->str, -1, &error);
  g_assert_no_error (error);
  ids = cli_ok (fixture, "institution", "import-csv", path, NULL);

  g_free (cli_ok (fixture, "grant", "add", "R-001", "--year", "2023", "--amount", "30000", NULL));
  g_free (cli_ok (fixture, "grant", "add", "R-002", "--year", "2024", "--amount", "45000.50", NULL));
}

/* Runs riaya-cli report with @args (NULL-terminated) in @language, and
 * asserts that it said nothing and succeeded. */
static void
report_ok (Fixture    *fixture,
           const char *language,
           const char *first_arg,
           ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(CliResult) result = NULL;
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, fixture->db);
  g_ptr_array_add (args, "report");
  va_start (ap, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  result = cli_runv (language, (const char * const *) args->pdata);
  if (result->status != 0)
    g_error ("riaya-cli report failed (%d): %s", result->status, result->err);
  /* A document goes to its file, never to the terminal. */
  g_assert_cmpstr (result->out, ==, "");
  g_assert_cmpstr (result->err, ==, "");
}

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

/* institutions-by-region as a PDF: in French, every region and its
 * count, the total, the page header with the database's name; in
 * Arabic, the regions' Arabic names and the columns mirrored. */
static void
test_regions_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *fr = cli_fixture_path (fixture, "regions-fr.pdf");
  g_autofree char *ar = cli_fixture_path (fixture, "regions-ar.pdf");
  g_autofree char *source = NULL;
  g_autofree char *base = g_path_get_basename (fixture->db);
  g_auto(GStrv) pages = NULL;
  g_autoptr(GArray) words = NULL;

  if (!have_poppler ())
    return;

  make_registry (fixture);
  report_ok (fixture, "fr", "institutions-by-region", "--on", ON, "--format", "pdf", "-o", fr, NULL);
  report_ok (fixture, "ar", "institutions-by-region", "--on", ON, "--format", "pdf", "-o", ar, NULL);

  g_assert_cmpuint (pdf_page_count (fr), ==, 1);
  render_pdf_page (fr, 0, "cli-regions-fr.png");
  pages = pdf_pages (fr, 1, FALSE);
  assert_contains (pages[0], "01/06/2025");
  source = g_strdup_printf ("%s", base);
  assert_contains (pages[0], source);
  for (guint r = 0; r < G_N_ELEMENTS (regions_fr); r++)
    assert_contains (pages[0], regions_fr[r]);
  assert_contains (pages[0], "60");
  /* The first column, the region's code, at the left. */
  words = pdf_word_boxes (fr, 0);
  g_assert_cmpfloat (find_word (words, "07", 0)->x_max, <, 841.89 / 4);
  g_clear_pointer (&words, g_array_unref);
  g_clear_pointer (&pages, g_strfreev);

  g_assert_cmpuint (pdf_page_count (ar), ==, 1);
  render_pdf_page (ar, 0, "cli-regions-ar.png");
  pages = pdf_pages (ar, 1, FALSE);
  assert_contains (pages[0], source);
  for (guint w = 0; w < G_N_ELEMENTS (regions_ar_words); w++)
    assert_contains (pages[0], regions_ar_words[w]);
  /* Right to left: the region's code at the right. */
  words = pdf_word_boxes (ar, 0);
  g_assert_cmpfloat (find_word (words, "07", 0)->x_min, >, 841.89 * 3 / 4);
}

/* The compliance report of the sixty over several pages, numbered, in
 * licence order, in English, French and Arabic. */
static void
test_compliance_pdf (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const languages[] = { "en", "fr", "ar" };

  if (!have_poppler ())
    return;

  make_registry (fixture);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *name = g_strdup_printf ("compliance-%s.pdf", languages[l]);
      g_autofree char *path = cli_fixture_path (fixture, name);
      g_autofree char *first_png = g_strdup_printf ("cli-compliance-%s-1.png", languages[l]);
      g_autofree char *last_png = g_strdup_printf ("cli-compliance-%s-last.png", languages[l]);
      g_auto(GStrv) pages = NULL;
      guint n_pages;

      report_ok (fixture, languages[l], "compliance", "--on", ON, "--format", "pdf", "-o", path, NULL);
      n_pages = pdf_page_count (path);
      g_assert_cmpuint (n_pages, >=, 3);
      pages = pdf_pages (path, n_pages, FALSE);
      g_assert_cmpuint (page_of (pages, n_pages, "R-001"), ==, 0);
      g_assert_cmpuint (page_of (pages, n_pages, "R-060"), ==, n_pages - 1);
      for (guint p = 0; p < n_pages; p++)
        {
          assert_contains (pages[p], "01/06/2025");
          assert_contains (pages[p], "R-");
          if (g_str_equal (languages[l], "en"))
            {
              g_autofree char *numbering = g_strdup_printf ("Page %u of %u", p + 1, n_pages);

              assert_contains (pages[p], numbering);
            }
        }
      render_pdf_page (path, 0, first_png);
      render_pdf_page (path, n_pages - 1, last_png);
    }
}

/* Runs check-xlsx.py on @xlsx against @csv and @expected. */
static void
check_xlsx (Fixture    *fixture,
            const char *xlsx,
            const char *csv,
            const char *expected)
{
  const char *python = g_getenv ("RIAYA_TEST_PYTHON_OPENPYXL");
  const char *script = g_getenv ("RIAYA_TEST_CHECK_XLSX");
  g_autofree char *json = g_strconcat (xlsx, "-check.json", NULL);
  const char *argv[] = { python, script, xlsx, csv, json, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_file_set_contents (json, expected, -1, NULL));
  g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl does not find the table in %s:\n%s%s", xlsx, out, err);
}

/* The spreadsheet holds the numbers of the CSV of the same report: the
 * regions' counts, the amounts granted with their centimes; its sheet
 * runs right to left in Arabic. */
static void
test_xlsx (Fixture       *fixture,
           gconstpointer  data)
{
  const char *python = g_getenv ("RIAYA_TEST_PYTHON_OPENPYXL");
  g_autofree char *regions_csv = cli_fixture_path (fixture, "regions.csv");
  g_autofree char *regions_csv_ar = cli_fixture_path (fixture, "regions-ar.csv");
  g_autofree char *grants_csv = cli_fixture_path (fixture, "grants.csv");
  static const char regions_kinds[] =
    "\"kinds\": [\"text\", \"text\", \"integer\", \"integer\", \"integer\", \"integer\", \"integer\", "
    "\"integer\", \"integer\", \"integer\", \"integer\"]";

  if (python == NULL || python[0] == '\0')
    {
      g_test_skip ("Python's openpyxl (python3-openpyxl) is needed to read the spreadsheet back: "
                   "build-aux/deps installs it");
      return;
    }

  make_registry (fixture);
  /* The CSV names the regions in the language of the command line too. */
  report_ok (fixture, NULL, "institutions-by-region", "--on", ON, "--format", "csv", "-o", regions_csv, NULL);
  report_ok (fixture, "ar", "institutions-by-region", "--on", ON, "--format", "csv", "-o", regions_csv_ar, NULL);
  report_ok (fixture, NULL, "grants-by-year", "--from-year", "2023", "--to-year", "2024",
             "--format", "csv", "-o", grants_csv, NULL);

  for (guint arabic = 0; arabic < 2; arabic++)
    {
      g_autofree char *regions = cli_fixture_path (fixture, arabic ? "regions-ar.xlsx" : "regions.xlsx");
      g_autofree char *grants = cli_fixture_path (fixture, arabic ? "grants-ar.xlsx" : "grants.xlsx");
      g_autofree char *expected = NULL;
      g_autofree char *listing = NULL;
      const char *language = arabic ? "ar" : NULL;

      report_ok (fixture, language, "institutions-by-region", "--on", ON, "--format", "xlsx", "-o", regions, NULL);
      report_ok (fixture, language, "grants-by-year", "--from-year", "2023", "--to-year", "2024",
                 "--format", "xlsx", "-o", grants, NULL);

      /* The names are those of the language; the figures are the CSV's. */
      expected = g_strdup_printf ("{\"sheet\": %s, \"title\": %s, \"rtl\": %s, "
                                  "\"headers\": [%s, %s, null, null, null, null, null, null, null, null, %s], %s, "
                                  "\"total\": %s, "
                                  "\"share\": [%s, null, 0.0, 0.0, 75.0, 0.0, 0.0, 0.0, 25.0, 0.0, 100.0]}",
                                  arabic ? "null" : "\"Institutions by region\"",
                                  arabic ? "null" : "\"Institutions by region\"",
                                  arabic ? "true" : "false",
                                  arabic ? "null" : "\"Code\"", arabic ? "null" : "\"Region\"",
                                  arabic ? "null" : "\"Total\"", regions_kinds,
                                  arabic ? "\"المجموع\"" : "\"Total\"",
                                  arabic ? "null" : "\"Percentage\"");
      listing = list_dir (fixture->dir);
      g_assert_null (strstr (listing, ".xlsx."));
      if (!arabic)
        {
          check_xlsx (fixture, regions, regions_csv, expected);
          check_xlsx (fixture, grants, grants_csv,
                      "{\"sheet\": \"Grants by year\", \"title\": \"Grants by year\", \"rtl\": false, "
                      "\"headers\": [\"Year\", \"Institutions\", \"Capacity\", \"Granted (DH)\"], "
                      "\"kinds\": [\"year\", \"integer\", \"integer\", \"money\"], \"total\": \"Total\", "
                      "\"share\": \"any\"}");
        }
      else
        {
          check_xlsx (fixture, regions, regions_csv_ar, expected);
          check_xlsx (fixture, grants, grants_csv,
                      "{\"sheet\": null, \"title\": null, \"rtl\": true, "
                      "\"headers\": [null, null, null, null], "
                      "\"kinds\": [\"year\", \"integer\", \"integer\", \"money\"], \"total\": \"المجموع\", "
                      "\"share\": \"any\"}");
        }
    }
}

/* A document needs a file: without -o, or with a folder that is not
 * there, riaya-cli says so, writes nothing and leaves the database as it
 * was. */
static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *missing = cli_fixture_path (fixture, "missing/regions.pdf");
  g_autofree char *notes = cli_fixture_path (fixture, "notes.txt");
  g_autofree char *under_file = g_build_filename (notes, "regions.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_registry (fixture);
  g_assert_true (g_file_set_contents (notes, "notes", -1, NULL));
  before = list_dir (fixture->dir);

  for (guint i = 0; i < 2; i++)
    {
      const char *format = i == 0 ? "pdf" : "xlsx";

      g_free (cli_refuse_lang (fixture, NULL, 2, "-o FILE", "report", "compliance", "--format", format, NULL));
      g_free (cli_refuse_lang (fixture, "fr", 2, "-o", "report", "compliance", "--format", format, NULL));
    }
  g_free (cli_refuse_lang (fixture, NULL, 1, "regions.pdf|choose another name", "report", "institutions-by-region",
                           "--format", "pdf", "-o", missing, NULL));
  g_free (cli_refuse_lang (fixture, NULL, 1, "regions.xlsx|choose another name", "report", "institutions-by-region",
                           "--format", "xlsx", "-o", under_file, NULL));

  after = list_dir (fixture->dir);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  cli_set_program (argv[1]);

  FIXTURE_TEST ("/cli/report-documents/regions-pdf", test_regions_pdf);
  FIXTURE_TEST ("/cli/report-documents/compliance-pdf", test_compliance_pdf);
  FIXTURE_TEST ("/cli/report-documents/xlsx", test_xlsx);
  FIXTURE_TEST ("/cli/report-documents/refusals", test_refusals);

  status = g_test_run ();
  cli_clean_up ();
  return status;
}
