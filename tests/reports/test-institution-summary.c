/* test-institution-summary.c — the summary stays on one page
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An institution with a long past — twelve grants, nine visits, eight
 * events of its licence — still has a one-page summary: the latest lines
 * of each history, and how many earlier ones there are. Names and an
 * address of unusual length, or a page much smaller than A4, shrink the
 * page's content rather than spill it: everything drawn stays inside the
 * page. Set RIAYA_SUMMARY_PNG_DIR to a folder to keep the pages as PNG
 * files, to look at. (riaya-cli's tests read the summary of a director's database in
 * French and Arabic, residents and all: tests/cli/test-cli-summary.c.)
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pdf-test-util.h"
#include "riaya-institution-summary.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"

#define ON "2025-06-30"

/* A4 portrait with margins of 10 mm, as riaya_institution_summary_write_pdf()
 * prints. */
#define PAGE_WIDTH  (595.28 - 2 * 28.35)
#define PAGE_HEIGHT (841.89 - 2 * 28.35)

typedef struct
{
  char       *dir;
  RiayaStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("riaya-summary-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "riaya.db", NULL);
  fixture->store = riaya_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static RiayaInstitution *
add_institution (Fixture    *fixture,
                 const char *name_fr,
                 const char *address)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 60,
                                                               "2010-09-01");
  g_autoptr(GError) error = NULL;

  riaya_institution_set_licence_number (institution, "STU/2010/015");
  riaya_institution_set_licence_date (institution, "2010-09-01");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_set_name_fr (institution, name_fr);
  riaya_institution_set_name_ar (institution, "دار الطالبة تاونات");
  riaya_institution_set_province_code (institution, "03.531");
  riaya_institution_set_address (institution, address);
  riaya_institution_set_staff (institution, RIAYA_STAFF_DIRECTOR, 1);
  riaya_institution_set_staff (institution, RIAYA_STAFF_EDUCATOR, 2);
  riaya_institution_add_capacity_line (institution, line);

  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_no_error (error);
  return institution;
}

/* Twelve grants, 2013 to 2024, of 40,0YY.00 DH in year 20YY; nine visits
 * from 2016 to 2024; a modification of the licence a year from 2017. */
static void
add_history (Fixture          *fixture,
             RiayaInstitution *institution)
{
  const char *uuid = riaya_institution_get_uuid (institution);
  g_autoptr(GError) error = NULL;

  for (guint year = 2013; year <= 2024; year++)
    {
      g_autoptr(RiayaGrant) grant = riaya_grant_new (uuid, year, (40000 + year - 2000) * (gint64) 100);

      g_assert_true (riaya_store_add_grant (fixture->store, grant, &error));
      g_assert_no_error (error);
    }

  for (guint year = 2016; year <= 2024; year++)
    {
      g_autofree char *date = g_strdup_printf ("%u-05-%02u", year, year - 2000);
      g_autoptr(RiayaInspection) visit = riaya_inspection_new (uuid, date, RIAYA_VISIT_KIND_PROGRAMMED);

      riaya_inspection_set_done_on (visit, date);
      riaya_inspection_set_members_invited (visit, 5);
      riaya_inspection_set_members_present (visit, 4);
      riaya_inspection_set_committee (visit, "Karim Bennani — Province de Taounate");
      g_assert_true (riaya_store_add_inspection (fixture->store, visit, &error));
      g_assert_no_error (error);
    }

  for (guint year = 2017; year <= 2023; year++)
    {
      g_autofree char *date = g_strdup_printf ("%u-02-01", year);
      g_autoptr(RiayaLicenceEvent) event = riaya_licence_event_new (RIAYA_LICENCE_EVENT_MODIFIED, date, NULL, NULL);

      g_assert_true (riaya_store_add_licence_event (fixture->store, uuid, event, &error));
      g_assert_no_error (error);
    }
}

static RiayaInstitutionSummary *
new_summary (Fixture          *fixture,
             RiayaInstitution *institution)
{
  g_autoptr(GError) error = NULL;
  RiayaInstitutionSummary *summary = riaya_institution_summary_new (fixture->store,
                                                                    riaya_institution_get_licence_number (institution),
                                                                    ON, ON, FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (summary);
  return summary;
}

static char *
write_text (Fixture                 *fixture,
            RiayaInstitutionSummary *summary,
            gboolean                 layout)
{
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;

  g_assert_true (riaya_institution_summary_write_pdf (summary, path, &error));
  g_assert_no_error (error);
  assert_is_pdf (path);
  g_assert_cmpuint (pdf_page_count (path), ==, 1);
  pages = pdf_pages (path, 1, layout);

  /* To look at: RIAYA_SUMMARY_PNG_DIR keeps the page as a PNG file. */
  if (g_getenv ("RIAYA_SUMMARY_PNG_DIR") != NULL)
    {
      g_autofree char *base = g_path_get_basename (g_test_get_path ());
      g_autofree char *root = g_build_filename (g_getenv ("RIAYA_SUMMARY_PNG_DIR"), base, NULL);
      const char *argv[] = { "pdftoppm", "-png", "-r", "80", "-singlefile", path, root, NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                                   NULL));
    }

  return g_strdup (pages[0]);
}

static void
test_long_history (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaInstitutionSummary) summary = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  institution = add_institution (fixture, "Dar Taliba Taounate", "Quartier Al Massira, Taounate");
  add_history (fixture, institution);
  summary = new_summary (fixture, institution);
  g_assert_cmpstr (riaya_institution_summary_get_title (summary), ==, "Institution Summary — Dar Taliba Taounate");
  text = write_text (fixture, summary, TRUE);

  /* The five latest grants, newest first; the seven before are counted. */
  assert_contains (text, "40,024.00");
  assert_contains (text, "40,020.00");
  g_assert_false (contains (text, "40,019.00"));
  assert_contains (text, "and 7 earlier grants");
  g_assert_cmpint (strstr (text, "40,024.00") - text, <, strstr (text, "40,020.00") - text);
  /* Nine visits: five shown, the latest first. */
  assert_contains (text, "24/05/2024");
  assert_contains (text, "20/05/2020");
  g_assert_false (contains (text, "19/05/2019"));
  assert_contains (text, "and 4 earlier visits");
  /* Seven modifications and the grant of the licence. */
  assert_contains (text, "01/02/2023");
  g_assert_false (contains (text, "01/02/2018"));
  assert_contains (text, "earlier events");
  /* 60 places, nobody counted: the occupancy is unknown. */
  assert_contains (text, "Total 60");
  assert_contains (text, "occupancy is unknown");
}

/* Everything drawn on a page of @width × @height lies inside it. */
static void
assert_drawn_inside (RiayaInstitutionSummary *summary,
                     double                   width,
                     double                   height)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double x, y, ink_width, ink_height;

  g_assert_cmpuint (riaya_institution_summary_paginate (summary, cr, width, height), ==, 1);
  riaya_institution_summary_draw_page (summary, cr, 0);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, &x, &y, &ink_width, &ink_height);
  cairo_surface_destroy (surface);

  /* The recording surface rounds its extents out to whole points, and
   * a rule's ends stand out by half its width. */
  g_assert_cmpfloat (x, >=, -2);
  g_assert_cmpfloat (y, >=, -2);
  g_assert_cmpfloat (x + ink_width, <=, width + 2);
  g_assert_cmpfloat (y + ink_height, <=, height + 2);
  /* And it is not an empty page. */
  g_assert_cmpfloat (ink_height, >, height / 2);
}

static void
test_too_long_shrinks (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaInstitutionSummary) summary = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) address = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < 12; i++)
    g_string_append (name, "Association de bienfaisance pour l’hébergement des élèves ");
  g_string_append (name, "de Taounate");
  for (guint i = 0; i < 60; i++)
    g_string_append_printf (address, "Bloc %u, ", i + 1);
  g_string_append (address, "Taounate");

  institution = add_institution (fixture, name->str, address->str);
  add_history (fixture, institution);
  summary = new_summary (fixture, institution);

  /* On A4, and on A6 (105 × 148 mm less the margins). */
  assert_drawn_inside (summary, PAGE_WIDTH, PAGE_HEIGHT);
  assert_drawn_inside (summary, 297.64 - 2 * 28.35, 419.53 - 2 * 28.35);

  if (!have_poppler ())
    return;
  text = write_text (fixture, summary, FALSE);
  assert_contains (text, "Bloc 60, Taounate");
  assert_contains (text, "STU/2010/015");
}

static void
test_not_found (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaInstitutionSummary) summary = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;

  summary = riaya_institution_summary_new (fixture->store, "NOPE/1", ON, ON, FALSE, &error);
  g_assert_null (summary);
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "NOPE/1"));
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);
}

/* A failed save leaves the file that was there as it was. */
static void
test_failed_save_keeps_file (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = add_institution (fixture, "Dar Taliba Taounate", NULL);
  g_autoptr(RiayaInstitutionSummary) summary = new_summary (fixture, institution);
  g_autofree char *folder = g_build_filename (fixture->dir, "no-such-folder", NULL);
  g_autofree char *path = g_build_filename (folder, "summary.pdf", NULL);
  g_autofree char *kept = g_build_filename (fixture->dir, "kept.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (riaya_institution_summary_write_pdf (summary, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A folder where the file should go: the rename fails, the folder
   * stays, and no temporary file is left beside it. */
  g_assert_cmpint (g_mkdir (kept, 0700), ==, 0);
  g_assert_false (riaya_institution_summary_write_pdf (summary, kept, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_DIR));
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, "kept.pdf."));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/summary/long-history", Fixture, NULL, fixture_set_up, test_long_history, fixture_tear_down);
  g_test_add ("/summary/too-long-shrinks", Fixture, NULL, fixture_set_up, test_too_long_shrinks, fixture_tear_down);
  g_test_add ("/summary/not-found", Fixture, NULL, fixture_set_up, test_not_found, fixture_tear_down);
  g_test_add ("/summary/failed-save-keeps-file", Fixture, NULL, fixture_set_up, test_failed_save_keeps_file,
              fixture_tear_down);

  return g_test_run ();
}
