/* screenshot.c — renders Riaya's windows offscreen to PNG files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: a tool to look at the interface as a user sees it, and to
 * make the screenshots of the README and the metainfo. Run it under a
 * display (tests/xvfb-wrap.sh) from a build directory's devenv:
 *
 *   screenshot [--demo] [--search TEXT] [--editor LICENCE] [--page NAME]
 *              [--dialog ACTION] [--view grants|inspections] [--grant-editor]
 *              [--size WxH] DB WINDOW.png [SECOND.png]
 *
 * --demo loads the demo data into DB first if it holds no institution.
 * SECOND.png is the editor (--editor) or the window that the application
 * action ACTION opens (--dialog preferences, shortcuts or about), or the
 * grant editor on the first grant listed (--grant-editor, with --view
 * grants, which shows the grants page instead of the registry). A new
 * DB without --demo shows the welcome page of a first start.
 * LANGUAGE=ar gives the Arabic, right-to-left interface.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "gui-test-util.h"
#include "riaya-demo.h"

static gboolean opt_demo;
static char *opt_search;
static char *opt_editor;
static char *opt_page;
static char *opt_size;
static char *opt_dialog;
static char *opt_view;
static gboolean opt_grant_editor;

static const GOptionEntry entries[] = {
  { "demo", 0, 0, G_OPTION_ARG_NONE, &opt_demo, "Load the demo data into an empty DB", NULL },
  { "search", 0, 0, G_OPTION_ARG_STRING, &opt_search, "Type TEXT in the search bar", "TEXT" },
  { "editor", 0, 0, G_OPTION_ARG_STRING, &opt_editor, "Open the editor on this licence number", "LICENCE" },
  { "page", 0, 0, G_OPTION_ARG_STRING, &opt_page, "Editor page: general, licence, capacity, services", "NAME" },
  { "size", 0, 0, G_OPTION_ARG_STRING, &opt_size, "Window size, e.g. 1280x800", "WxH" },
  { "dialog", 0, 0, G_OPTION_ARG_STRING, &opt_dialog, "Open app.ACTION: preferences, shortcuts, about", "ACTION" },
  { "view", 0, 0, G_OPTION_ARG_STRING, &opt_view, "Show this page of the window: grants, inspections", "NAME" },
  { "grant-editor", 0, 0, G_OPTION_ARG_NONE, &opt_grant_editor, "Open the editor on the first grant listed", NULL },
  { NULL }
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = g_option_context_new ("DB WINDOW.png [EDITOR.png]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  RiayaApplication *app = NULL;
  RiayaWindow *window;
  RiayaInstitutionsPage *page;
  const char *localedir = g_getenv ("RIAYA_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc < 3)
    {
      g_printerr ("screenshot: %s\n", error ? error->message : "give a database and an output file");
      return 2;
    }

  gtk_init ();
  if (gdk_display_get_default () == NULL)
    {
      g_printerr ("screenshot: no display: run it under tests/xvfb-wrap.sh\n");
      return 1;
    }

  if (opt_demo)
    {
      g_autoptr(RiayaStore) store = riaya_store_open (argv[1], &error);

      if (store == NULL)
        {
          g_printerr ("screenshot: %s\n", error->message);
          return 1;
        }
      if (!riaya_store_get_profile (store, NULL, NULL))
        riaya_store_set_profile (store, RIAYA_PROFILE_NATIONAL, NULL, NULL);
      if (riaya_store_count_institutions (store) == 0 && !riaya_demo_load (store, 1, &error))
        {
          g_printerr ("screenshot: %s\n", error->message);
          return 1;
        }
    }

  settings = g_settings_new (APPLICATION_ID);
  if (opt_size != NULL)
    {
      int width = 0, height = 0;

      if (sscanf (opt_size, "%dx%d", &width, &height) == 2)
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
    }

  window = gui_test_open_window (&app, argv[1]);
  page = riaya_window_get_institutions_page (window);
  /* On a first start the welcome page shows, and no list loads. */
  if (g_strcmp0 (riaya_window_get_view (window), "welcome") != 0 && !gui_test_wait_for_list (page))
    {
      g_printerr ("screenshot: the list did not load\n");
      return 1;
    }
  if (opt_search != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
      riaya_institutions_page_set_search_text (page, opt_search);
    }
  if (g_strcmp0 (opt_view, "grants") == 0)
    {
      RiayaGrantsPage *grants = riaya_window_get_grants_page (window);
      gint64 start = g_get_monotonic_time ();

      gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "grants");
      while (riaya_grants_page_is_loading (grants))
        g_main_context_iteration (NULL, TRUE);
      gui_test_wait_for_frames (GTK_WIDGET (window), 1);
      g_printerr ("grants page: %u grants shown %.0f ms after it was asked for\n",
                  g_list_model_get_n_items (riaya_grants_page_get_visible (grants)),
                  (g_get_monotonic_time () - start) / 1000.0);
    }
  if (g_strcmp0 (opt_view, "inspections") == 0)
    {
      RiayaInspectionsPage *inspections = riaya_window_get_inspections_page (window);
      gint64 start = g_get_monotonic_time ();

      gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "inspections");
      while (riaya_inspections_page_is_loading (inspections))
        g_main_context_iteration (NULL, TRUE);
      gui_test_wait_for_frames (GTK_WIDGET (window), 1);
      g_printerr ("inspections page: %u institutions in the %u programme, %u follow-ups, %u visits in the "
                  "agenda, shown %.0f ms after it was asked for\n",
                  g_list_model_get_n_items (riaya_inspections_page_get_programme (inspections)),
                  riaya_inspections_page_get_year (inspections),
                  g_list_model_get_n_items (riaya_inspections_page_get_follow_ups (inspections)),
                  g_list_model_get_n_items (riaya_inspections_page_get_agenda (inspections)),
                  (g_get_monotonic_time () - start) / 1000.0);
    }
  /* The search bar slides in: long enough for it to finish. */
  gui_test_wait_for_frames (GTK_WIDGET (window), opt_search != NULL || opt_view != NULL ? 30 : 3);

  if (!gui_test_save_png (GTK_WINDOW (window), argv[2], &error))
    {
      g_printerr ("screenshot: %s\n", error->message);
      return 1;
    }
  g_print ("%s\n", argv[2]);

  if (opt_editor != NULL && argc > 3)
    {
      g_autoptr(RiayaInstitution) institution = NULL;
      RiayaInstitutionEditor *editor;

      institution = riaya_store_get_institution (riaya_context_get_store (riaya_window_get_context (window)),
                                                 opt_editor, &error);
      if (institution == NULL)
        {
          g_printerr ("screenshot: %s\n", error->message);
          return 1;
        }
      riaya_institutions_page_open_editor (page, institution);
      editor = riaya_institutions_page_get_editor (page);
      if (opt_page != NULL)
        riaya_institution_editor_show_page (editor, opt_page);
      /* Long enough for the header's switcher to finish its transition. */
      gui_test_wait_for_frames (GTK_WIDGET (editor), 30);
      if (!gui_test_save_png (GTK_WINDOW (editor), argv[3], &error))
        {
          g_printerr ("screenshot: %s\n", error->message);
          return 1;
        }
      g_print ("%s\n", argv[3]);
    }

  if (opt_grant_editor && argc > 3)
    {
      RiayaGrantsPage *grants = riaya_window_get_grants_page (window);
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (riaya_grants_page_get_visible (grants), 0);
      RiayaGrantEditor *editor;

      if (grant == NULL)
        {
          g_printerr ("screenshot: no grant to open: use --view grants on a database with grants\n");
          return 1;
        }
      riaya_grants_page_open_editor (grants, grant, NULL);
      editor = riaya_grants_page_get_editor (grants);
      gui_test_wait_for_frames (GTK_WIDGET (editor), 30);
      if (!gui_test_save_png (GTK_WINDOW (editor), argv[3], &error))
        {
          g_printerr ("screenshot: %s\n", error->message);
          return 1;
        }
      g_print ("%s\n", argv[3]);
    }

  if (opt_dialog != NULL && argc > 3)
    {
      GtkWindow *dialog = NULL;

      g_action_group_activate_action (G_ACTION_GROUP (app), opt_dialog, NULL);
      for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
        {
          if (l->data != (gpointer) window && gtk_widget_get_visible (l->data))
            dialog = l->data;
        }
      if (dialog == NULL)
        {
          g_printerr ("screenshot: app.%s opened no window\n", opt_dialog);
          return 1;
        }
      gui_test_wait_for_frames (GTK_WIDGET (dialog), 30);
      if (!gui_test_save_png (dialog, argv[3], &error))
        {
          g_printerr ("screenshot: %s\n", error->message);
          return 1;
        }
      g_print ("%s\n", argv[3]);
    }

  gui_test_close_app (app);

  return 0;
}
