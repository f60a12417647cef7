/* test-visit-report.c — the visit report, read back from its PDF
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decree 2.19.693 art. 8: the members present sign the report of the
 * visit. The PDF is read back with poppler-utils (pdfinfo, pdftotext) as
 * a reader would see it: the institution, the visit and its quorum, the
 * checklist, the staffing norms, the decision, the actions, a numbered
 * line per member to sign, "page N of M" on every page, in French and in
 * Arabic whatever the interface's language.
 *
 * Set RIAYA_VISIT_REPORT_PNG_DIR to a folder to get its pages in both
 * languages as PNG files, to look at.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "pdf-test-util.h"
#include "riaya-visit-report.h"

/* A4 portrait with margins of 10 mm, as riaya_visit_report_write_pdf()
 * prints. */
#define PAGE_WIDTH  (595.28 - 2 * 28.35)
#define PAGE_HEIGHT (841.89 - 2 * 28.35)

#define INSTITUTION_FR "Maison des personnes âgées Al Amal"
#define INSTITUTION_AR "دار المسنين السعادة"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("riaya-visit-report-XXXXXX", &error);
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

  riaya_institution_set_licence_number (institution, "ELD/2019/042");
  riaya_institution_set_licence_date (institution, "2019-05-02");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_65_15);
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_ELDERLY);
  riaya_institution_set_name_fr (institution, INSTITUTION_FR);
  riaya_institution_set_name_ar (institution, INSTITUTION_AR);
  riaya_institution_set_province_code (institution, "04.441");
  riaya_institution_set_address (institution, "12, rue Ibn Sina");
  riaya_institution_set_staff (institution, RIAYA_STAFF_CARER, 2);

  return institution;
}

/* A visit of 4 March 2025: @invited members invited, @present present,
 * the committee's lines as given, a warning with its deadline when the
 * quorum allows one, two corrective actions, one done. */
static RiayaInspection *
make_visit (guint       invited,
            guint       present,
            const char *committee,
            const char *findings)
{
  RiayaInspection *visit = riaya_inspection_new ("institution", "2025-03-01", RIAYA_VISIT_KIND_UNANNOUNCED);
  g_autoptr(RiayaCorrectiveAction) hire = riaya_corrective_action_new ("Recruter un aide-soignant", "2025-05-31");
  g_autoptr(RiayaCorrectiveAction) display = riaya_corrective_action_new ("Afficher le règlement intérieur",
                                                                          "2025-04-15");

  riaya_inspection_set_done_on (visit, "2025-03-04");
  riaya_inspection_set_members_invited (visit, invited);
  riaya_inspection_set_members_present (visit, present);
  riaya_inspection_set_committee (visit, committee);
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_LICENCE, RIAYA_CHECK_COMPLIANT, NULL);
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_STAFFING, RIAYA_CHECK_NOT_COMPLIANT,
                              "Deux aides-soignants pour vingt-cinq résidents");
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_EDUCATION, RIAYA_CHECK_NOT_APPLICABLE, NULL);
  riaya_inspection_set_findings (visit, findings);
  if (2 * present > invited)
    {
      riaya_inspection_set_decision (visit, RIAYA_DECISION_WARNING);
      riaya_inspection_set_decision_deadline (visit, "2025-06-30");
    }
  riaya_corrective_action_set_done_on (display, "2025-04-10");
  riaya_inspection_add_action (visit, hire);
  riaya_inspection_add_action (visit, display);

  return visit;
}

/* What the visit editor passes: the norms for 25 residents present. */
static GArray *
make_needs (RiayaInstitution *institution)
{
  RiayaPresence presence = { { { 0 } } };

  riaya_presence_add (&presence, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, 15);
  riaya_presence_add (&presence, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_MALE, 10);
  return riaya_staffing_needs_for_institution (institution, &presence, 0);
}

static const char committee_text[] =
  "Ahmed Alaoui — Province de Salé\n"
  "Salma Idrissi — Délégation de la santé\n"
  "\n"
  "Karim Bennani — Éducation nationale\n"
  "Nadia Tazi — Entraide Nationale\n"
  "Youssef Amrani — Officier de police judiciaire";

static char *
write_report (Fixture          *fixture,
              RiayaInspection  *visit,
              RiayaInstitution *institution,
              GArray           *needs,
              guint             present,
              const char       *language,
              const char       *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_visit_report_write_pdf (visit, institution, needs, present, language, path, &error));
  g_assert_no_error (error);
  assert_is_pdf (path);

  return g_steal_pointer (&path);
}

/* The numbers of the signature lines, in the order found on the pages
 * after @heading: each line of the table starts with its number. */
static GArray *
signature_numbers (GStrv       pages,
                   guint       n_pages,
                   const char *heading)
{
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (guint64));
  gboolean after = FALSE;

  for (guint p = 0; p < n_pages; p++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          const char *line = lines[i];
          char *end;
          guint64 number;

          if (!after)
            {
              after = contains (line, heading);
              continue;
            }
          while (g_ascii_isspace (*line))
            line++;
          if (!g_ascii_isdigit (*line))
            continue;
          number = g_ascii_strtoull (line, &end, 10);
          /* "page 2 sur 2" and dates start otherwise; a line's number
           * stands alone before the name. */
          if (*end != '\0' && !g_ascii_isspace (*end))
            continue;
          g_array_append_val (numbers, number);
        }
    }

  g_assert_true (after);
  return numbers;
}

static void
assert_signature_lines (GStrv       pages,
                        guint       n_pages,
                        const char *heading,
                        guint       expected)
{
  g_autoptr(GArray) numbers = signature_numbers (pages, n_pages, heading);

  if (numbers->len != expected)
    g_error ("%u signature lines after “%s”, expected %u", numbers->len, heading, expected);
  for (guint i = 0; i < numbers->len; i++)
    g_assert_cmpuint (g_array_index (numbers, guint64, i), ==, i + 1);
}

static void
save_pngs (const char *path,
           const char *prefix)
{
  const char *dir = g_getenv ("RIAYA_VISIT_REPORT_PNG_DIR");
  g_autofree char *root = NULL;
  const char *argv[] = { "pdftoppm", "-png", "-r", "70", path, NULL, NULL };
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    return;
  root = g_build_filename (dir, prefix, NULL);
  argv[5] = root;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
test_french (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  g_autoptr(RiayaInspection) visit = make_visit (5, 4, committee_text,
                                                 "Le registre est tenu à jour.\n\nLes chambres du premier étage sont humides.");
  g_autoptr(GArray) needs = make_needs (institution);
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_auto(GStrv) pages = NULL;
  g_auto(GStrv) layout = NULL;
  g_autofree char *all = NULL;
  g_autofree char *carers = NULL;
  guint n_pages;

  if (!have_poppler ())
    return;

  path = write_report (fixture, visit, institution, needs, 25, "fr", "visite.pdf");
  save_pngs (path, "visit-fr");

  /* A4 portrait. */
  info = run_poppler ("pdfinfo", NULL, path);
  g_assert_nonnull (strstr (info, "595.28 x 841.89 pts (A4)"));
  g_assert_nonnull (strstr (info, "Procès-verbal de visite de la commission de contrôle — " INSTITUTION_FR));

  n_pages = pdf_page_count (path);
  g_assert_cmpuint (n_pages, >=, 2);
  pages = pdf_pages (path, n_pages, FALSE);
  layout = pdf_pages (path, n_pages, TRUE);
  all = g_strjoinv ("\n", pages);

  /* Every page numbered N of M, in the document's language. */
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *numbering = g_strdup_printf ("page %u sur %u", p + 1, n_pages);

      assert_contains (pages[p], numbering);
      assert_contains (pages[p], "Autorisation n° ELD/2019/042");
      assert_contains (pages[p], "Visite du 04/03/2025");
    }

  /* The institution, in both scripts. */
  for (const char * const *needle = (const char *[]) {
         "Procès-verbal de visite de la commission de contrôle",
         "Loi 65-15 relative aux établissements de protection sociale, art. 26 à 29",
         "décret 2-19-693, art. 7 à 9", INSTITUTION_FR, "Numéro d’autorisation", "ELD/2019/042",
         "Date de l’autorisation", "02/05/2019", "Loi 65-15", "Établissement pour personnes âgées",
         "04.441", "12, rue Ibn Sina",
         /* The visit and its quorum: 4 of 5 is a majority. */
         "Visite inopinée", "01/03/2025", "04/03/2025", "convoqués : 5 ; présents : 4",
         "la visite est valable",
         /* The checklist, the norms, the findings. */
         "Autorisation affichée et en vigueur", "Conforme", "Non conforme", "Sans objet", "Non évalué",
         "Deux aides-soignants pour vingt-cinq résidents", "Bénéficiaires présents : 25",
         "1 pour 10 bénéficiaires", "Les chambres du premier étage sont humides.",
         /* The decision and the actions, in due-date order. */
         "Avertissement", "Échéance de mise en conformité", "30/06/2025",
         "Afficher le règlement intérieur", "15/04/2025", "10/04/2025", "Recruter un aide-soignant", "31/05/2025",
         "Signatures des membres présents", "Membre de la commission", "Signature",
         "Youssef Amrani — Officier de police judiciaire", NULL };
       *needle != NULL; needle++)
    assert_contains (all, *needle);
  g_assert_true (contains (all, INSTITUTION_AR) || contains (all, reverse_words (INSTITUTION_AR)));

  /* Carers: 3 required for 25, 2 employed, not met. */
  for (guint p = 0; p < n_pages && carers == NULL; p++)
    if (strstr (layout[p], "Aides-soignants") != NULL)
      carers = line_of (layout[p], "Aides-soignants");
  g_assert_nonnull (carers);
  if (!g_regex_match_simple ("Aides-soignants +1 pour 10 bénéficiaires +3 +2 +Non$", carers, 0, 0))
    g_error ("the carers' line reads “%s”", carers);

  /* Five members named (the blank line of the text is no member), each
   * on a numbered line, more than the four present. */
  assert_signature_lines (layout, n_pages, "Signatures des membres présents", 5);
  g_assert_false (contains (all, "Pas encore effectuée"));
}

static void
test_arabic (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  g_autoptr(RiayaInspection) visit = make_visit (5, 4, committee_text, "سجل المستفيدين ممسوك.");
  g_autoptr(GArray) needs = make_needs (institution);
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *all = NULL;
  guint n_pages;

  if (!have_poppler ())
    return;

  /* The interface speaks English: the document speaks Arabic. */
  path = write_report (fixture, visit, institution, needs, 25, "ar", "زيارة.pdf");
  save_pngs (path, "visit-ar");

  info = run_poppler ("pdfinfo", NULL, path);
  g_assert_nonnull (strstr (info, "محضر زيارة لجنة المراقبة — " INSTITUTION_AR));

  n_pages = pdf_page_count (path);
  g_assert_cmpuint (n_pages, >=, 2);
  pages = pdf_pages (path, n_pages, FALSE);
  all = g_strjoinv ("\n", pages);

  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *numbering = g_strdup_printf ("الصفحة %u من %u", p + 1, n_pages);

      assert_contains_either_order (pages[p], numbering);
    }

  /* Needles without the lam-alef ligature, which pdftotext gives back in
   * the wrong order. */
  for (const char * const *needle = (const char *[]) {
         "محضر زيارة لجنة المراقبة", INSTITUTION_AR, "رقم الرخصة", "ELD/2019/042", "زيارة مفاجئة",
         "عناصر المراقبة", "مطابق", "التصحيحية", "توقيعات", "الحاضرين", "عضو اللجنة", "التوقيع",
         "إنذار", "أجل التسوية", "Ahmed Alaoui — Province de Salé", "Recruter un aide-soignant", NULL };
       *needle != NULL; needle++)
    assert_contains_either_order (all, *needle);

  /* No French label slipped in. */
  g_assert_false (contains (all, "Signature"));
  g_assert_false (contains (all, "Procès-verbal"));
}

/* Fewer names than members present: blank numbered lines make up the
 * difference, for names written by hand. A visit without a majority is
 * said not valid, and carries no decision. */
static void
test_blank_signature_lines (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  g_autoptr(RiayaInspection) few = make_visit (7, 3, "Ahmed Alaoui — Province de Salé", NULL);
  g_autoptr(RiayaInspection) planned = riaya_inspection_new ("institution", "2025-09-15",
                                                             RIAYA_VISIT_KIND_PROGRAMMED);
  g_autofree char *few_path = NULL;
  g_autofree char *planned_path = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *all = NULL;
  guint n_pages;

  if (!have_poppler ())
    return;

  few_path = write_report (fixture, few, institution, NULL, 0, "fr", "few.pdf");
  n_pages = pdf_page_count (few_path);
  pages = pdf_pages (few_path, n_pages, TRUE);
  all = g_strjoinv ("\n", pages);
  assert_signature_lines (pages, n_pages, "Signatures des membres présents", 3);
  assert_contains (all, "la visite n’est pas valable");
  assert_contains (all, "Aucune sanction");
  assert_contains (all, "Aucune constatation n’a été consignée.");
  /* Nobody known present: no norm computed. */
  assert_contains (all, "Le nombre de bénéficiaires présents à cette date n’est pas connu");
  g_clear_pointer (&pages, g_strfreev);
  g_clear_pointer (&all, g_free);

  /* Still planned: no date done, a line for the one member invited. */
  riaya_inspection_set_members_invited (planned, 1);
  planned_path = write_report (fixture, planned, institution, NULL, 0, "fr", "planned.pdf");
  n_pages = pdf_page_count (planned_path);
  pages = pdf_pages (planned_path, n_pages, TRUE);
  all = g_strjoinv ("\n", pages);
  assert_contains (all, "Pas encore effectuée");
  assert_contains (all, "Visite du 15/09/2025");
  assert_contains (all, "Aucune mesure corrective n’a été demandée.");
  assert_signature_lines (pages, n_pages, "Signatures des membres présents", 1);
}

/* Long findings flow onto more pages; the checklist's column titles come
 * back at the top of a page it runs onto, and the pages counted are the
 * pages drawn. */
static void
test_long_report (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  g_autoptr(GString) findings = g_string_new (NULL);
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(RiayaVisitReport) report = NULL;
  g_autoptr(GArray) needs = make_needs (institution);
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  if (!have_poppler ())
    return;

  for (guint i = 1; i <= 40; i++)
    g_string_append_printf (findings, "Constat numéro %u : la commission a relevé un point à corriger "
                            "dans l’établissement, décrit ici en quelques lignes pour remplir la page.\n", i);
  visit = make_visit (5, 4, committee_text, findings->str);
  for (guint i = 1; i <= 30; i++)
    {
      g_autofree char *description = g_strdup_printf ("Mesure corrective numéro %u", i);
      g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new (description, "2025-12-31");

      riaya_inspection_add_action (visit, action);
    }

  path = write_report (fixture, visit, institution, needs, 25, "fr", "long.pdf");
  n_pages = pdf_page_count (path);
  g_assert_cmpuint (n_pages, >=, 3);
  pages = pdf_pages (path, n_pages, FALSE);
  assert_contains (pages[0], "Procès-verbal de visite de la commission de contrôle");
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *numbering = g_strdup_printf ("page %u sur %u", p + 1, n_pages);

      assert_contains (pages[p], numbering);
    }
  /* Every finding and action once, none lost at a page break. */
  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *needle = g_strdup_printf ("Constat numéro %u :", i);

      page_of (pages, n_pages, needle);
    }
  for (guint i = 1; i <= 30; i++)
    {
      g_autofree char *needle = g_strdup_printf ("Mesure corrective numéro %u", i);

      page_of (pages, n_pages, needle);
    }
  /* The actions' table runs onto a page of its own titles. */
  {
    guint first = page_of (pages, n_pages, "Mesure corrective numéro 1");
    guint last = page_of (pages, n_pages, "Mesure corrective numéro 30");

    for (guint p = first; p <= last; p++)
      assert_contains (pages[p], "Mesure demandée");
  }

  /* The same layout on another target: a recording surface. */
  report = riaya_visit_report_new (visit, institution, needs, 25, "fr");
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  g_assert_cmpuint (riaya_visit_report_paginate (report, cr, PAGE_WIDTH, PAGE_HEIGHT), ==, n_pages);
  for (guint p = 0; p < n_pages; p++)
    riaya_visit_report_draw_page (report, cr, p);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A folder that does not exist: refused, with the file named and what to
 * do, and nothing left behind; a good file is never half replaced. */
static void
test_refuse_missing_folder (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  g_autoptr(RiayaInspection) visit = make_visit (5, 4, committee_text, NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "visite.pdf", NULL);
  g_autofree char *locked_dir = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *locked = g_build_filename (locked_dir, "visite.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n = 0;

  g_assert_false (riaya_visit_report_write_pdf (visit, institution, NULL, 0, "fr", missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_nonnull (strstr (error->message, "choose another name"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A folder one may not write to keeps its file as it was. */
  g_assert_cmpint (g_mkdir (locked_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (locked, "good", -1, NULL));
  g_assert_cmpint (g_chmod (locked_dir, 0500), ==, 0);
  if (access (locked_dir, W_OK) == 0)
    {
      /* Root writes anywhere: the permission cannot refuse. */
      g_chmod (locked_dir, 0700);
      g_test_message ("running as root: the read-only folder case is not checked");
    }
  else
    {
      g_assert_false (riaya_visit_report_write_pdf (visit, institution, NULL, 0, "ar", locked, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_true (g_file_get_contents (locked, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, "good");
      g_chmod (locked_dir, 0700);
    }

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n++;
  /* Only the folder made above. */
  g_assert_cmpuint (n, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  FIXTURE_TEST ("/visit-report/french", test_french);
  FIXTURE_TEST ("/visit-report/arabic", test_arabic);
  FIXTURE_TEST ("/visit-report/blank-signature-lines", test_blank_signature_lines);
  FIXTURE_TEST ("/visit-report/long", test_long_report);
  FIXTURE_TEST ("/visit-report/refuse/missing-folder", test_refuse_missing_folder);

  return g_test_run ();
}
