/* test-register-document.c — the printed register, read back from its PDF
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Law 65.15 art. 28 and decree 2.19.693 art. 11: a numbered register, a
 * title page for the court, the entries in register-number order, every
 * page numbered "page N of M". The PDF is read back with poppler-utils
 * (pdfinfo, pdftotext) as a reader would see it.
 *
 * Set RIAYA_REGISTER_PNG_DIR to a folder to get its first three pages in
 * both languages as PNG files, to look at.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "pdf-test-util.h"
#include "riaya-register-document.h"

#define N_ENTRIES   60
#define LONG_ENTRY  7
#define PRINTED_ON  "2025-06-01"

/* A4 landscape with margins of 10 mm, as riaya_register_document_write_pdf()
 * prints. */
#define PAGE_WIDTH  (841.89 - 2 * 28.35)
#define PAGE_HEIGHT (595.28 - 2 * 28.35)

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("riaya-register-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static RiayaInstitution *
make_institution (void)
{
  RiayaInstitution *institution = riaya_institution_new ();

  riaya_institution_set_licence_number (institution, "PS/12/2019");
  riaya_institution_set_licence_date (institution, "2019-05-02");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION);
  riaya_institution_set_name_fr (institution, "Centre Al Amal de protection de l’enfance");
  riaya_institution_set_name_ar (institution, "مركز الأمل لحماية الطفولة");
  riaya_institution_set_founder (institution, "Association Al Amal");
  riaya_institution_set_director (institution, "Samira Tazi");
  riaya_institution_set_province_code (institution, "01.511");
  riaya_institution_set_commune (institution, "Tanger");
  riaya_institution_set_address (institution, "12, rue Ibn Khaldoun");

  return institution;
}

/* The token that names entry @number alone in the PDF's text: its
 * guardian's name. */
static char *
entry_token (guint number)
{
  return g_strdup_printf ("Tuteur%03u", number);
}

/* @n entries in register-number order: every fourth person's name typed
 * in Arabic, one entry with a health note long enough to fill a good part
 * of a page, one transferred to an institution elsewhere. */
static GListModel *
make_stays (guint n)
{
  GListStore *stays = g_list_store_new (RIAYA_TYPE_STAY);

  for (guint i = 1; i <= n; i++)
    {
      g_autoptr(RiayaResident) resident = riaya_resident_new ();
      g_autoptr(RiayaStay) stay = NULL;
      g_autofree char *last = g_strdup_printf ("Nom%03u", i);
      g_autofree char *guardian = entry_token (i);
      g_autofree char *birth = g_strdup_printf ("2012-%02u-%02u", 1 + i % 12, 1 + i % 28);

      if (i % 4 == 0)
        {
          riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, "يوسف");
          riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, "العلوي");
          riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_PLACE, "فاس");
        }
      else
        {
          riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, "Karim");
          riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, last);
          riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_PLACE, "Tanger");
        }
      riaya_resident_set_sex (resident, i % 3 == 0 ? RIAYA_SEX_FEMALE : RIAYA_SEX_MALE);
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, birth);
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FAMILY_STATUS, "Orphelin de père");
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_HEALTH_STATUS, "Bonne santé");
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_NAME, guardian);
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE, "K123456");
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS,
                                "Douar Ouled Ali, commune de Gueznaia, province de Tanger-Assilah");
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE, "0612345678");
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION, "Agriculteur");
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION, "Précaire");

      if (i == LONG_ENTRY)
        {
          GString *note = g_string_new ("Debutnote ");

          for (guint j = 0; j < 6; j++)
            g_string_append (note, "suivi par le médecin de la délégation, traitement quotidien ; ");
          g_string_append (note, "Finnote");
          riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_HEALTH_STATUS, note->str);
          g_string_free (note, TRUE);
        }

      stay = riaya_stay_new (resident);
      riaya_stay_set_register_number (stay, i);
      riaya_stay_set_category (stay, RIAYA_CATEGORY_CHILD);
      riaya_stay_set_admitted_on (stay, "2020-02-03");
      riaya_stay_set_referral (stay, i % 2 ? RIAYA_REFERRAL_COURT_ORDER : RIAYA_REFERRAL_FAMILY);
      if (i == 5)
        {
          riaya_stay_set_exited_on (stay, "2024-03-01");
          riaya_stay_set_exit_reason (stay, RIAYA_EXIT_REASON_TRANSFER);
          riaya_stay_set_destination_licence (stay, "TA/33/2018");
        }
      g_list_store_append (stays, stay);
    }

  return G_LIST_MODEL (stays);
}

static RiayaRegisterDocument *
make_document (guint       n,
               const char *language)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  g_autoptr(GListModel) stays = make_stays (n);

  return riaya_register_document_new (institution, stays, language, PRINTED_ON);
}

typedef struct
{
  const char *language;
  const char *title;
  const char *institution;  /* the name in the document's language */
  const char *court;
  const char *column_name;
  const char *column_guardian;
  const char *page_n_of_m;  /* "page 2 sur 9": "page %u sur %u" */
  const char *transfer;
  const char *page_count;   /* "comporte 9 pages": "comporte %u pages" */
} Language;

static const Language french = {
  "fr", "Registre des bénéficiaires", "Centre Al Amal de protection de l’enfance",
  "Coté et paraphé par le président du tribunal de première instance",
  "Nom et prénom", "Famille ou représentant légal", "page %u sur %u",
  "Transfert vers un autre établissement", "comporte %u pages",
};

static const Language arabic = {
  "ar", "سجل المستفيدين", "لحماية الطفولة",
  "رئيس المحكمة",
  "الجنس", "النائب الشرعي", "الصفحة %u من %u",
  "تحويل إلى مؤسسة أخرى", "يتضمن هذا السجل %u",
};

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  const Language *lang = data;
  g_autoptr(RiayaRegisterDocument) document = make_document (N_ENTRIES, lang->language);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "registre.pdf", NULL);
  g_autofree char *page_count = NULL;
  g_auto(GStrv) pages = NULL;
  g_auto(GStrv) laid_out = NULL;
  guint n_pages, last_page = 1;

  if (!have_poppler ())
    return;

  g_assert_true (riaya_register_document_write_pdf (document, path, &error));
  g_assert_no_error (error);
  assert_is_pdf (path);

  /* A title page, then several pages of entries. */
  n_pages = pdf_page_count (path);
  g_assert_cmpuint (n_pages, >=, 4);
  pages = pdf_pages (path, n_pages, FALSE);
  laid_out = pdf_pages (path, n_pages, TRUE);

  /* The title page: the register, the institution in both scripts, its
   * licence, the court's box and the number of pages it certifies. */
  assert_contains (pages[0], lang->title);
  assert_contains (pages[0], "Centre Al Amal de protection de l’enfance");
  assert_contains (pages[0], "لحماية الطفولة");
  assert_contains (pages[0], "PS/12/2019");
  assert_contains (pages[0], "02/05/2019");
  assert_contains (pages[0], "Samira Tazi");
  assert_contains (pages[0], lang->court);
  page_count = g_strdup_printf (lang->page_count, n_pages);
  assert_contains (pages[0], page_count);

  /* Every page: the footer with the licence, "page N of M" and the date
   * printed; every page of entries: the running head and the column
   * headers again. */
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *page_n_of_m = g_strdup_printf (lang->page_n_of_m, p + 1, n_pages);

      assert_contains_either_order (pages[p], page_n_of_m);
      assert_contains (pages[p], "PS/12/2019");
      assert_contains (pages[p], "01/06/2025");
      if (p > 0)
        {
          assert_contains (pages[p], lang->title);
          assert_contains (pages[p], lang->institution);
          assert_contains (pages[p], lang->column_name);
          assert_contains (pages[p], lang->column_guardian);
        }
    }

  /* Every entry on one page only, in register-number order, its number
   * on its line; entries on every page after the title. */
  for (guint i = 1; i <= N_ENTRIES; i++)
    {
      g_autofree char *token = entry_token (i);
      g_autofree char *number = g_strdup_printf ("%u", i);
      guint page = page_of (laid_out, n_pages, token);
      g_autofree char *line = line_of (laid_out[page], token);
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (line), " ", -1);

      g_assert_cmpuint (page, >=, last_page);
      g_assert_cmpuint (page, <=, last_page + 1);
      last_page = page;
      /* The number column is at the start edge: the left in French, the
       * right (the end of pdftotext's line) in Arabic. */
      if (g_str_equal (lang->language, "ar"))
        g_assert_cmpstr (words[g_strv_length (words) - 1], ==, number);
      else
        g_assert_cmpstr (words[0], ==, number);
    }
  g_assert_cmpuint (page_of (pages, n_pages, "Tuteur001"), ==, 1);
  g_assert_cmpuint (last_page, ==, n_pages - 1);

  /* Names typed in Arabic show as typed, in either language. */
  assert_contains (pages[1], "يوسف");
  assert_contains (pages[1], "العلوي");
  assert_contains (pages[1], "Nom001");

  /* A long note wraps within its cell and its entry stays on one page. */
  g_assert_cmpuint (page_of (pages, n_pages, "Debutnote"), ==, page_of (pages, n_pages, "Finnote"));

  /* An exit names its reason and the destination's licence. */
  assert_contains (pages[1], lang->transfer);
  assert_contains (pages[1], "TA/33/2018");
  assert_contains (pages[1], "01/03/2024");
}

/* The pages counted on any cairo target are the pages drawn: a print
 * preview on an image counts as many pages as the PDF. */
static void
test_same_pages_on_any_target (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(RiayaRegisterDocument) document = make_document (N_ENTRIES, "fr");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "registre.pdf", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 100, 100);
  cairo_t *cr = cairo_create (surface);
  guint n_pages;

  if (!have_poppler ())
    goto out;

  n_pages = riaya_register_document_paginate (document, cr, PAGE_WIDTH, PAGE_HEIGHT);
  g_assert_true (riaya_register_document_write_pdf (document, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_page_count (path), ==, n_pages);

out:
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_empty_register (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RiayaRegisterDocument) document = make_document (0, "fr");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "vide.pdf", NULL);
  g_auto(GStrv) pages = NULL;

  if (!have_poppler ())
    return;

  g_assert_true (riaya_register_document_write_pdf (document, path, &error));
  g_assert_no_error (error);
  assert_is_pdf (path);
  g_assert_cmpuint (pdf_page_count (path), ==, 2);
  pages = pdf_pages (path, 2, FALSE);
  assert_contains (pages[1], "Nom et prénom");
  assert_contains (pages[1], "Aucun bénéficiaire n’est inscrit dans ce registre.");
  assert_contains (pages[1], "page 2 sur 2");
}

/* Saving again replaces the file whole. */
static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RiayaRegisterDocument) small = make_document (1, "fr");
  g_autoptr(RiayaRegisterDocument) large = make_document (N_ENTRIES, "ar");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "registre.pdf", NULL);
  g_autoptr(GDir) dir = NULL;

  if (!have_poppler ())
    return;

  g_assert_true (riaya_register_document_write_pdf (large, path, &error));
  g_assert_no_error (error);
  g_assert_true (riaya_register_document_write_pdf (small, path, &error));
  g_assert_no_error (error);
  assert_is_pdf (path);
  g_assert_cmpuint (pdf_page_count (path), ==, 2);

  /* No temporary file left beside it. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "registre.pdf");
  g_assert_null (g_dir_read_name (dir));
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* A refusal names the file and what to do, and leaves nothing behind. */
static void
assert_refused (GError     *error,
                const char *path)
{
  g_assert_error (error, G_IO_ERROR, error->code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "a folder you may write to"));
}

static void
test_refuse_missing_folder (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(RiayaRegisterDocument) document = make_document (3, "fr");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "absent", "registre.pdf", NULL);

  g_assert_false (riaya_register_document_write_pdf (document, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  assert_refused (error, path);
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
}

static void
test_refuse_read_only_folder (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(RiayaRegisterDocument) document = make_document (3, "fr");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (fixture->dir, "lecture-seule", NULL);
  g_autofree char *path = g_build_filename (folder, "registre.pdf", NULL);

  g_assert_cmpint (g_mkdir (folder, 0500), ==, 0);
  if (access (folder, W_OK) == 0)
    {
      g_test_skip ("running as root, who may write in a read-only folder: "
                   "/register-document/refuse/rename-over-folder covers the refusal");
      return;
    }

  g_assert_false (riaya_register_document_write_pdf (document, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  assert_refused (error, path);
  g_assert_cmpuint (count_files (folder), ==, 0);
}

/* The PDF is written in full, then cannot take the place of a folder: the
 * temporary file is removed and the folder left as it was. */
static void
test_refuse_rename_over_folder (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(RiayaRegisterDocument) document = make_document (3, "fr");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "registre.pdf", NULL);
  g_autofree char *inside = g_build_filename (path, "garder.txt", NULL);

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "à garder", -1, NULL));

  g_assert_false (riaya_register_document_write_pdf (document, path, &error));
  assert_refused (error, path);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_files (path), ==, 1);
}

/* Pages on an image, as a print preview draws them: ink on the page, and
 * the files to look at when RIAYA_REGISTER_PNG_DIR is set. */
static void
test_draw_on_image (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *out_dir = g_getenv ("RIAYA_REGISTER_PNG_DIR");
  const char *languages[] = { "fr", "ar" };
  const double scale = 2.0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(RiayaRegisterDocument) document = make_document (N_ENTRIES, languages[l]);

      for (guint page = 0; page < 3; page++)
        {
          int width = (int) (841.89 * scale), height = (int) (595.28 * scale);
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
          cairo_t *cr = cairo_create (surface);
          guint dark = 0;

          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          cairo_scale (cr, scale, scale);
          cairo_translate (cr, 28.35, 28.35);
          g_assert_cmpuint (riaya_register_document_paginate (document, cr, PAGE_WIDTH, PAGE_HEIGHT), >=, 4);
          riaya_register_document_draw_page (document, cr, page);
          cairo_surface_flush (surface);

          for (int y = 0; y < height; y++)
            {
              const guint32 *pixels = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                                         y * cairo_image_surface_get_stride (surface));

              for (int x = 0; x < width; x++)
                if ((pixels[x] & 0xff) < 0x80)
                  dark++;
            }
          g_assert_cmpuint (dark, >, 10000);

          if (out_dir != NULL)
            {
              g_autofree char *name = g_strdup_printf ("register-%s-%u.png", languages[l], page + 1);
              g_autofree char *png = g_build_filename (out_dir, name, NULL);

              g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
            }

          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/register-document/french", Fixture, &french,
              fixture_set_up, test_register, fixture_tear_down);
  g_test_add ("/register-document/arabic", Fixture, &arabic,
              fixture_set_up, test_register, fixture_tear_down);
  g_test_add ("/register-document/same-pages-on-any-target", Fixture, NULL,
              fixture_set_up, test_same_pages_on_any_target, fixture_tear_down);
  g_test_add ("/register-document/empty", Fixture, NULL,
              fixture_set_up, test_empty_register, fixture_tear_down);
  g_test_add ("/register-document/replace", Fixture, NULL,
              fixture_set_up, test_replace, fixture_tear_down);
  g_test_add ("/register-document/draw-on-image", Fixture, NULL,
              fixture_set_up, test_draw_on_image, fixture_tear_down);
  g_test_add ("/register-document/refuse/missing-folder", Fixture, NULL,
              fixture_set_up, test_refuse_missing_folder, fixture_tear_down);
  g_test_add ("/register-document/refuse/read-only-folder", Fixture, NULL,
              fixture_set_up, test_refuse_read_only_folder, fixture_tear_down);
  g_test_add ("/register-document/refuse/rename-over-folder", Fixture, NULL,
              fixture_set_up, test_refuse_rename_over_folder, fixture_tear_down);

  return g_test_run ();
}
