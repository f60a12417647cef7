/* exchange-screenshots.c — renders the exchange dialogs to PNG files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a tool to look at the export dialog (a director's, the
 * register's warning shown), the check of dropped files (new, changed,
 * conflicting, already imported, older and broken files) and the
 * conflicts window, as a user sees them. Run it under a display from a
 * build directory's devenv, LANGUAGE=ar for the Arabic interface:
 *
 *   exchange-screenshots en|ar OUTDIR
 *
 * writes OUTDIR/export-LANG.png, drop-hint-LANG.png, dry-run-LANG.png,
 * import-done-LANG.png, window-banner-LANG.png and conflicts-LANG.png.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "exchange-test-util.h"
#include "riaya-exchange-dialog-private.h"
#include "riaya-import-dialog-private.h"
#include "riaya-store-residents.h"
#include "riaya-window-private.h"

static gboolean
checked (gpointer data)
{
  return _riaya_import_dialog_get_state (data) == RIAYA_IMPORT_STATE_CHECKED;
}

static void
save (GtkWidget  *window,
      const char *dir,
      const char *name,
      const char *language)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, language);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GError) error = NULL;

  /* Past the revealers' transitions. */
  g_assert_true (gui_test_wait_for_frames (window, 30));
  if (!gui_test_save_png (GTK_WINDOW (window), path, &error))
    g_error ("%s", error->message);
  g_print ("%s\n", path);
}

static void
admit (RiayaStore       *store,
       RiayaInstitution *house,
       const char       *first,
       const char       *last,
       const char       *cnie)
{
  g_autoptr(RiayaResident) resident = riaya_resident_new ();
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(GError) error = NULL;

  riaya_resident_set_sex (resident, RIAYA_SEX_FEMALE);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, first);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, last);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, "2009-04-12");
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_CNIE, cnie);
  stay = riaya_stay_new (resident);
  riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (house));
  riaya_stay_set_category (stay, RIAYA_CATEGORY_PUPIL);
  riaya_stay_set_admitted_on (stay, "2025-09-01");
  riaya_stay_set_referral (stay, RIAYA_REFERRAL_FAMILY);
  if (!riaya_store_admit (store, stay, RIAYA_ADMIT_DEFAULT, &error))
    g_error ("%s", error->message);
}

static void
shoot_export (const char *dir,
              const char *language)
{
  g_autofree char *db_path = gui_test_new_database (FALSE);
  g_autoptr(RiayaStore) store = riaya_store_open (db_path, NULL);
  g_autoptr(RiayaInstitution) house = gui_test_institution_new ("EPS-01.405-0012", "Dar Taliba Ouezzane",
                                                                "دار الطالبة وزان",
                                                                RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "01.405",
                                                                RIAYA_CATEGORY_PUPIL, 60);
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaExchangeDialog *dialog;

  riaya_store_set_profile (store, RIAYA_PROFILE_DIRECTOR, NULL, NULL);
  riaya_store_add_institution (store, house, NULL);
  admit (store, house, "Salma", "Berrada", "GK201234");
  admit (store, house, "فاطمة", "الزهراء", "GK205678");
  admit (store, house, "Nora", "Amrani", "GK209012");
  g_clear_object (&store);

  window = gui_test_open_window (&app, db_path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  dialog = RIAYA_EXCHANGE_DIALOG (_riaya_window_get_exchange_dialog (window));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (_riaya_exchange_dialog_get_field (dialog, "year")), 2025);
  gtk_switch_set_active (GTK_SWITCH (_riaya_exchange_dialog_get_field (dialog, "register")), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 600, 820);
  save (GTK_WIDGET (dialog), dir, "export", language);
  gui_test_close_app (app);
}

static void
shoot_import (const char *dir,
              const char *language)
{
  g_autofree char *source = gui_test_new_database (TRUE);
  g_autofree char *target = gui_test_new_database (TRUE);
  g_autofree char *files = g_dir_make_tmp ("riaya-shots-XXXXXX", NULL);
  g_autofree char *first = g_build_filename (files, "riaya-EPS-T-001-2025-1.xml", NULL);
  g_autofree char *all = g_build_filename (files, "riaya-national-2025-2.xml", NULL);
  g_autofree char *later = g_build_filename (files, "riaya-national-2025-3.xml", NULL);
  g_autofree char *broken = g_build_filename (files, "riaya-01.571-2025-7.xml", NULL);
  g_autofree char *other_source = gui_test_new_database (TRUE);
  g_autofree char *other = g_build_filename (files, "riaya-02.411-2025-1.xml", NULL);
  const char *paths[] = { files, NULL };
  RiayaApplication *app;
  RiayaWindow *window;
  GtkWidget *dialog;

  gui_test_seed_small_registry (source);
  gui_test_seed_small_registry (other_source);
  exchange_test_export (source, "EPS-T-001", first);
  exchange_test_export (source, NULL, all);
  exchange_test_import (target, all);
  /* Changed there; and here too for one of them: a conflict. */
  exchange_test_set_phone (source, "EPS-T-002", "0539 71 22 40");
  exchange_test_set_phone (source, "EPS-T-003", "0536 68 10 10");
  exchange_test_set_phone (target, "EPS-T-003", "0536 68 99 99");
  exchange_test_export (source, NULL, later);
  exchange_test_export (other_source, "EPS-T-004", other);
  g_file_set_contents (broken, "<riaya-exchange xmlns=\"urn:riaya:exchange:1\" version=\"1.0\">\n<header>\n", -1, NULL);

  window = gui_test_open_window (&app, target);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  {
    GdkDragAction action;

    /* Files dragged over the window. */
    g_signal_emit_by_name (_riaya_window_get_drop_target (window), "enter", 10.0, 10.0, &action);
    save (GTK_WIDGET (window), dir, "drop-hint", language);
    g_signal_emit_by_name (_riaya_window_get_drop_target (window), "leave");
  }
  riaya_window_import_paths (window, paths);
  dialog = _riaya_window_get_import_dialog (window);
  g_assert_true (gui_test_wait_until (checked, dialog));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 760, 700);
  save (dialog, dir, "dry-run", language);

  /* Imported: the conflict waits in its window. */
  gtk_widget_activate_action (dialog, "import.import", NULL);
  while (_riaya_import_dialog_get_state (RIAYA_IMPORT_DIALOG (dialog)) != RIAYA_IMPORT_STATE_DONE)
    g_main_context_iteration (NULL, TRUE);
  save (dialog, dir, "import-done", language);
  gtk_widget_activate_action (dialog, "window.close", NULL);
  save (GTK_WIDGET (window), dir, "window-banner", language);
  dialog = NULL;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.review-conflicts", NULL);
  save (_riaya_window_get_conflicts_window (window), dir, "conflicts", language);
  gui_test_close_app (app);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = exchange_test_set_language (argc, argv, "exchange-screenshots");

  if (language == NULL || argc < 3)
    return 2;

  gtk_init ();
  if (gdk_display_get_default () == NULL)
    {
      g_printerr ("exchange-screenshots: no display: run it under tests/xvfb-wrap.sh\n");
      return 1;
    }

  shoot_export (argv[2], language);
  shoot_import (argv[2], language);

  return 0;
}
