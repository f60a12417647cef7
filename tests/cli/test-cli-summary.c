/* test-cli-summary.c — riaya-cli institution summary, read back from its PDF
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one-page summary of an institution of a director's database, with
 * residents in its register, a capacity change, two grants, a visit with
 * a decision and an open corrective action: read back with poppler-utils
 * as a reader sees it, in French and in Arabic (the language of the
 * command line). One page; the licence, both names, the places, a grant's
 * amount and the visit's date are there; no resident's name is, nor
 * their birth date. pdftoppm renders it.
 *
 * Set RIAYA_SUMMARY_PNG_DIR to a folder to keep the pages as PNG files,
 * to look at.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cli-test-util.h"
#include "pdf-test-util.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define LICENCE  "ELD/2015/007"
#define NAME_FR  "Maison des aînées Al Amal"
#define NAME_AR  "دار المسنات السعادة"

/* Residents: their names and birth dates must appear nowhere. */
static const char * const residents[][3] = {
  { "Zineb", "Bennis", "1948-03-17" },
  { "Rkia", "Ouazzani", "1951-11-02" },
};

static void
seed (Fixture *fixture)
{
  g_autofree char *init = cli_ok (fixture, "init", "--profile", "director", NULL);
  g_autofree char *add = NULL;
  g_autofree char *capacity = NULL;
  g_autofree char *grant = NULL;
  g_autofree char *older = NULL;
  g_autofree char *visit = NULL;
  g_autofree char *record = NULL;
  g_autofree char *surprise = NULL;

  add = cli_ok (fixture, "institution", "add", "--licence", LICENCE, "--licence-date", "2015-01-01",
                "--legal-basis", "14.05", "--type", "elderly", "--name-fr", NAME_FR, "--name-ar", NAME_AR,
                "--province", "04.441", "--address", "12, rue Ibn Sina", "--staff", "director:1", "--staff", "carer:1",
                "--capacity", "elderly:f:10", "--capacity", "elderly:m:8", "--effective", "2015-01-01", NULL);
  /* Two more places for women from 1 July 2024: 20 in all from then. */
  capacity = cli_ok (fixture, "capacity", "set", LICENCE, "elderly:f:12", "--effective", "2024-07-01", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (residents); i++)
    {
      g_autofree char *stay = cli_ok (fixture, "resident", "admit", LICENCE, "--category", "elderly",
                                      "--sex", "f", "--first-name", residents[i][0],
                                      "--last-name", residents[i][1], "--birth-date", residents[i][2],
                                      "--admitted", "2024-09-01", NULL);
    }

  older = cli_ok (fixture, "grant", "add", LICENCE, "--year", "2023", "--amount", "140000.00", "--convention", "CONV-2023-012",
                  "--tranche", "2023-03-31:140000:2023-04-03", NULL);
  grant = cli_ok (fixture, "grant", "add", LICENCE, "--year", "2024", "--amount", "150000.00",
                  "--convention", "CONV-2024-031", "--tranche", "2024-03-31:75000:2024-04-02",
                  "--tranche", "2024-09-30:75000", NULL);

  visit = cli_ok_uuid (fixture, "inspection", "plan", LICENCE, "--date", "2024-10-01", "--kind", "programmed", NULL);
  record = cli_ok (fixture, "inspection", "record", visit, "--done", "2024-10-03", "--members", "5",
                   "--present", "3", "--decision", "warning", "--deadline", "2024-12-31",
                   "--action", "Recruter un aide-soignant:2024-11-30", NULL);
  /* An unannounced visit to come: no page may announce it. */
  surprise = cli_ok_uuid (fixture, "inspection", "plan", LICENCE, "--date", "2025-03-04", "--kind", "unannounced",
                          NULL);
}

/* Writes the summary in @language on @on, asserts it is one page, and
 * returns its text: in reading order, or laid out as on the page
 * (@layout), a line of a table on one line. */
static char *
summary_text (Fixture    *fixture,
              const char *language,
              const char *on,
              const char *name,
              gboolean    layout)
{
  g_autofree char *path = cli_fixture_path (fixture, name);
  g_autofree char *png_root = cli_fixture_path (fixture, "page");
  g_autofree char *png = g_strconcat (png_root, ".png", NULL);
  g_autoptr(CliResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  const char *keep = g_getenv ("RIAYA_SUMMARY_PNG_DIR");
  const char *args[] = { "--db", fixture->db, "institution", "summary", LICENCE, "--on", on, "-o", path, NULL };
  const char *render[] = { "pdftoppm", "-png", "-r", "80", "-singlefile", path, png_root, NULL };
  int status;

  result = cli_runv (language, args);
  if (result->status != 0)
    g_error ("institution summary failed (%d): %s", result->status, result->err);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_cmpstr (result->err, ==, "");
  assert_is_pdf (path);
  g_assert_cmpuint (pdf_page_count (path), ==, 1);

  /* pdftoppm draws the page: a picture of some size. */
  g_spawn_sync (NULL, (char **) render, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (png, &st), ==, 0);
    g_assert_cmpint (st.st_size, >, 10000);
  }
  if (keep != NULL)
    {
      g_autofree char *base = g_strdelimit (g_strdup (name), ".", '-');
      g_autofree char *kept_name = g_strconcat (base, ".png", NULL);
      g_autofree char *kept = g_build_filename (keep, kept_name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (kept, contents, (gssize) length, NULL));
    }

  pages = pdf_pages (path, 1, layout);
  return g_strdup (pages[0]);
}

static void
assert_no_resident (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (residents); i++)
    {
      g_autofree char *born = NULL;
      guint year, month, day;

      g_assert_null (strstr (text, residents[i][0]));
      g_assert_null (strstr (text, residents[i][1]));
      g_assert_cmpint (sscanf (residents[i][2], "%u-%u-%u", &year, &month, &day), ==, 3);
      born = g_strdup_printf ("%02u/%02u/%04u", day, month, year);
      g_assert_null (strstr (text, born));
      g_assert_null (strstr (text, residents[i][2]));
    }
}

static void
test_summary_french (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;
  seed (fixture);
  text = summary_text (fixture, "fr", "2025-01-15", "summary-fr.pdf", FALSE);

  assert_contains (text, LICENCE);
  assert_contains (text, NAME_FR);
  assert_contains (text, NAME_AR);
  assert_contains (text, "12, rue Ibn Sina");
  assert_contains (text, "Salé");
  /* 12 places for women and 8 for men since 1 July 2024; the two women
   * admitted are present. */
  assert_contains (text, "20");
  /* The 2024 grant, French digits: 150 000,00; its first tranche paid. */
  assert_contains (text, "150 000,00");
  assert_contains (text, "75 000,00");
  assert_contains (text, "140 000,00");
  /* The visit done on 3 October 2024, its warning and its open action. */
  assert_contains (text, "03/10/2024");
  assert_contains (text, "Avertissement");
  assert_contains (text, "31/12/2024");
  assert_no_resident (text);
}

static void
test_summary_arabic (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;
  seed (fixture);
  text = summary_text (fixture, "ar", "2025-01-15", "summary-ar.pdf", FALSE);

  assert_contains (text, LICENCE);
  assert_contains (text, NAME_FR);
  assert_contains (text, NAME_AR);
  assert_contains (text, "20");
  assert_contains (text, "150,000.00");
  assert_contains (text, "03/10/2024");
  /* The decision in the interface's words: a warning. */
  assert_contains (text, "إنذار");
  assert_no_resident (text);
}

/* Law 65.15: what the summary says follows the date asked. On 30 June
 * 2024 the 18 places of then, no visit yet, the visit planned after it. */
static void
test_summary_on_date (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!have_poppler ())
    return;
  seed (fixture);

  before = summary_text (fixture, NULL, "2024-06-30", "before.pdf", TRUE);
  assert_contains (before, "Total 18");
  assert_contains (before, "No visit recorded.");
  assert_contains (before, "Next visit planned on 01/10/2024.");
  g_assert_null (strstr (before, "03/10/2024"));
  /* No count before the admissions of September. */
  assert_contains (before, "occupancy is unknown");

  after = summary_text (fixture, NULL, "2025-01-15", "after.pdf", TRUE);
  assert_contains (after, "Total 20 2 10.0%");
  assert_contains (after, "03/10/2024");
  assert_contains (after, "Programmed");
  assert_contains (after, "Warning");
  g_assert_null (strstr (after, "No visit recorded."));
  g_assert_null (strstr (after, "Next visit planned"));
  g_assert_null (strstr (after, "04/03/2025"));
  /* The second tranche of 2024 is not paid: one of two. */
  assert_contains (after, "1 of 2");
  assert_no_resident (after);
}

static void
test_summary_refusals (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = cli_fixture_path (fixture, "summary.pdf");
  g_autofree char *locked = cli_fixture_path (fixture, "locked");
  g_autofree char *inside = g_build_filename (locked, "summary.pdf", NULL);
  g_autofree char *err = NULL;
  g_autoptr(GDir) dir = NULL;

  seed (fixture);

  err = cli_refuse_lang (fixture, NULL, 1, "No institution has the id or licence number “NOPE-1”",
                         "institution", "summary", "NOPE-1", "-o", path, NULL);
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  err = cli_refuse_lang (fixture, NULL, 2, "-o", "institution", "summary", LICENCE, NULL);
  g_clear_pointer (&err, g_free);

  err = cli_refuse_lang (fixture, NULL, 2, "Name one institution", "institution", "summary", "-o", path, NULL);
  g_clear_pointer (&err, g_free);

  err = cli_refuse_lang (fixture, NULL, 1, "2025-02-30", "institution", "summary", LICENCE, "--on", "2025-02-30",
                         "-o", path, NULL);
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* A folder that does not exist: said in words, nothing made. */
  {
    g_autofree char *missing = cli_fixture_path (fixture, "missing");
    g_autofree char *in_missing = g_build_filename (missing, "summary.pdf", NULL);

    err = cli_refuse_lang (fixture, NULL, 1, "Cannot save the institution’s summary|choose another name",
                           "institution", "summary", LICENCE, "-o", in_missing, NULL);
    g_clear_pointer (&err, g_free);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  /* A folder it may not write to: said in words, nothing left behind. */
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (access (locked, W_OK) == 0)
    {
      g_test_message ("running as a user who may write anywhere: the unwritable folder case is not tried");
    }
  else
    {
      err = cli_refuse_lang (fixture, NULL, 1, "Cannot save the institution’s summary|choose another name",
                             "institution", "summary", LICENCE, "-o", inside, NULL);
      dir = g_dir_open (locked, 0, NULL);
      g_assert_nonnull (dir);
      g_assert_null (g_dir_read_name (dir));
    }
  g_chmod (locked, 0700);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  cli_set_program (argv[1]);

  FIXTURE_TEST ("/cli/summary/french", test_summary_french);
  FIXTURE_TEST ("/cli/summary/arabic", test_summary_arabic);
  FIXTURE_TEST ("/cli/summary/on-date", test_summary_on_date);
  FIXTURE_TEST ("/cli/summary/refusals", test_summary_refusals);

  status = g_test_run ();
  cli_clean_up ();
  return status;
}
