/* test-languages.c — the window in Arabic (right to left) and in French
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-languages ar|fr: runs the interface in that language, as
 * LANGUAGE=ar or LANGUAGE=fr would (with LC_ALL=C.UTF-8, no generated
 * locale needed: toolchain.md §6), and checks what a speaker would see:
 * the direction, translated headings, institution and territory names in
 * the interface language. A missing translation fails the test.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "gui-test-util.h"

typedef struct
{
  const char       *language;
  GtkTextDirection  direction;
  const char       *heading;         /* msgid "Institutions" */
  const char       *name_shown;      /* EPS-T-001's name in this language */
  const char       *fallback_shown;  /* an institution without a name in it */
  const char       *province_shown;  /* Tanger-Assilah */
  const char       *type_shown;      /* a student house's short type */
} Language;

static const Language languages[] = {
  { "ar", GTK_TEXT_DIR_RTL, "المؤسسات", "دار الطالبة أصيلة", "Foyer d’enfants Nador", "طنجة-أصيلة", "دار الطالب(ة)" },
  { "fr", GTK_TEXT_DIR_LTR, "Établissements", "Dar Taliba Assilah", "دار الأطفال مكناس", "Tanger-Assilah", "Dar Talib(a)" },
};

static const Language *language;

static void
test_languages_window (void)
{
  g_autofree char *db_path = gui_test_new_database (TRUE);
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaInstitutionsPage *page;
  RiayaInstitutionEditor *editor;
  GtkWidget *view;
  GtkWidget *name_ar, *name_fr;

  gui_test_seed_small_registry (db_path);
  window = gui_test_open_window (&app, db_path);
  page = riaya_window_get_institutions_page (window);
  g_assert_true (gui_test_wait_for_list (page));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (window), 2));

  /* The whole interface mirrors in Arabic. */
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, language->direction);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, language->direction);

  /* Translated, not the English text. */
  g_assert_cmpstr (riaya_window_get_heading (window), !=, "Institutions");
  g_assert_cmpstr (riaya_window_get_heading (window), ==, language->heading);
  g_assert_cmpstr (riaya_institutions_page_get_summary (page), !=, "6 institutions · 285 places");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), riaya_institutions_page_get_summary (page)));

  /* Names in the interface language, falling back to the other one. */
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), language->name_shown));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), language->fallback_shown));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), language->province_shown));
  /* The list's short type names are translated too. */
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), language->type_shown));

  /* The editor follows; each name keeps its own direction. */
  riaya_institutions_page_set_search_text (page, "EPS-T-001");
  view = gui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  g_signal_emit_by_name (view, "activate", 0);
  editor = riaya_institutions_page_get_editor (page);
  g_assert_nonnull (editor);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (editor)), ==, language->direction);
  name_ar = gui_test_find_widget (riaya_institution_editor_get_field (editor, "name-ar"), GTK_TYPE_TEXT);
  name_fr = gui_test_find_widget (riaya_institution_editor_get_field (editor, "name-fr"), GTK_TYPE_TEXT);
  g_assert_cmpint (gtk_widget_get_direction (name_ar), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (name_fr), ==, GTK_TEXT_DIR_LTR);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), language->name_shown));

  gui_test_close_app (app);
}

int
main (int   argc,
      char *argv[])
{
  for (guint i = 0; argc > 1 && i < G_N_ELEMENTS (languages); i++)
    {
      if (g_str_equal (argv[1], languages[i].language))
        language = &languages[i];
    }
  if (language == NULL)
    {
      g_printerr ("usage: test-languages ar|fr\n");
      return 2;
    }

  /* Before anything reads the language list. */
  g_setenv ("LANGUAGE", language->language, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RIAYA_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  if (gui_test_skip_without_display ())
    return 0;

  g_test_add_func ("/languages/window", test_languages_window);

  return g_test_run ();
}
