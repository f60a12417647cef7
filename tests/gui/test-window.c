/* test-window.c — the registry window, driven as a user would
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens the real application on its own database under a
 * private X server, waits for real frames, acts through the window's
 * actions and widgets, and checks what is on screen and in the store.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "gui-test-util.h"
#include "riaya-preferences-window.h"
#include "riaya-store-residents.h"

typedef struct
{
  char             *db_path;
  RiayaApplication *app;
  RiayaWindow      *window;
  RiayaInstitutionsPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db_path = gui_test_new_database (TRUE);
  gui_test_seed_small_registry (fixture->db_path);
  fixture->window = gui_test_open_window (&fixture->app, fixture->db_path);
  fixture->page = riaya_window_get_institutions_page (fixture->window);
  g_assert_true (gui_test_wait_for_list (fixture->page));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_close_app (fixture->app);
  g_free (fixture->db_path);
}

static guint
count_in_store (Fixture *fixture)
{
  return riaya_store_count_institutions (riaya_context_get_store (riaya_window_get_context (fixture->window)));
}

static GtkWidget *
filter (Fixture         *fixture,
        RiayaFilterKind  kind)
{
  return GTK_WIDGET (riaya_institutions_page_get_filter (fixture->page, kind));
}

static void
put_count (RiayaStore    *store,
           const char    *licence,
           RiayaCategory  category,
           guint          men,
           guint          women)
{
  g_autoptr(RiayaInstitution) institution = riaya_store_get_institution (store, licence, NULL);
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  RiayaCountLine men_line = { category, RIAYA_SEX_MALE, RIAYA_AGE_BAND_60_74, men };
  RiayaCountLine women_line = { category, RIAYA_SEX_FEMALE, RIAYA_AGE_BAND_75_PLUS, women };
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (institution);
  g_array_append_val (lines, men_line);
  g_array_append_val (lines, women_line);
  riaya_store_put_counts (store, riaya_institution_get_uuid (institution), "2025-01-01", lines, &error);
  g_assert_no_error (error);
}

/* A national database holds counts, not names: the list shows occupancy
 * per institution, and the summary per province or region as filtered. */
static void
fixture_set_up_counts (Fixture       *fixture,
                       gconstpointer  data)
{
  fixture->db_path = gui_test_new_database (TRUE);
  gui_test_seed_small_registry (fixture->db_path);
  {
    g_autoptr(RiayaStore) store = riaya_store_open (fixture->db_path, NULL);

    put_count (store, "EPS-T-003", RIAYA_CATEGORY_ELDERLY, 24, 20);
    put_count (store, "EPS-T-005", RIAYA_CATEGORY_CHILD, 8, 7);
  }
  fixture->window = gui_test_open_window (&fixture->app, fixture->db_path);
  fixture->page = riaya_window_get_institutions_page (fixture->window);
  g_assert_true (gui_test_wait_for_list (fixture->page));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
}

static void
test_window_occupancy_from_counts (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);

  /* 59 present in the 70 places of the two institutions counted. */
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==,
                   "6 institutions · 285 places · 59 present (84%)");
  g_assert_true (gui_test_shows_text (window, "44 / 40"));
  g_assert_true (gui_test_shows_text (window, "15 / 30"));

  g_assert_true (gui_test_choose (filter (fixture, RIAYA_FILTER_REGION), "Oriental"));
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==,
                   "2 institutions · 70 places · 59 present (84%)");
  g_assert_true (gui_test_choose (filter (fixture, RIAYA_FILTER_PROVINCE), "Nador"));
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==,
                   "1 institution · 30 places · 15 present (50%)");

  /* Where nothing was counted, nothing is claimed. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "page.clear-filters", NULL);
  g_assert_true (gui_test_choose (filter (fixture, RIAYA_FILTER_REGION), "Fès-Meknès"));
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "2 institutions · 75 places");
}

/* The list */

static void
test_window_shows_registry (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (fixture->window);

  g_assert_cmpstr (riaya_window_get_view (fixture->window), ==, "institutions");
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Riaya");
  g_assert_cmpstr (riaya_window_get_heading (fixture->window), ==, "Institutions");

  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 6);
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "6 institutions · 285 places");
  /* Types go by their short names in the list. */
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "Student house"));
  g_assert_false (gui_test_shows_text (GTK_WIDGET (fixture->window), "Student boarding house (Dar Talib / Dar Taliba)"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "6 institutions · 285 places"));

  /* Names in the interface language (French in an English interface,
   * the Arabic one when there is no French), licence and province. */
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "Dar Taliba Assilah"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "دار الأطفال مكناس"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "EPS-T-003"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "Oujda-Angad"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "Under warning"));
  g_assert_false (gui_test_shows_text (GTK_WIDGET (window), "Demo data"));
}

static void
test_window_filters (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkDropDown *province = GTK_DROP_DOWN (filter (fixture, RIAYA_FILTER_PROVINCE));

  g_assert_true (gui_test_choose (filter (fixture, RIAYA_FILTER_REGION), "Oriental"));
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 2);
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "2 institutions · 70 places");
  /* The province list follows the region: the eight of the Oriental. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (province)), ==, 1 + 8);
  g_assert_false (gui_test_choose (GTK_WIDGET (province), "Tanger-Assilah"));

  g_assert_true (gui_test_choose (GTK_WIDGET (province), "Nador"));
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "1 institution · 30 places");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "page.clear-filters", NULL);
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 6);

  g_assert_true (gui_test_choose (filter (fixture, RIAYA_FILTER_TYPE),
                                  "Student boarding house (Dar Talib / Dar Taliba)"));
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "2 institutions · 140 places");
  g_assert_true (gui_test_choose (filter (fixture, RIAYA_FILTER_REGION), "Fès-Meknès"));
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 0);
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "0 institutions · 0 places");
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 1));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "No Institutions Found"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "page.clear-filters", NULL);
  g_assert_true (gui_test_choose (filter (fixture, RIAYA_FILTER_LEGAL_BASIS), "Law 65.15"));
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "2 institutions · 75 places");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "page.clear-filters", NULL);
  g_assert_true (gui_test_choose (filter (fixture, RIAYA_FILTER_STATUS), "Under warning"));
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "1 institution · 40 places");
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 1));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "Maison des personnes âgées Oujda"));
  g_assert_false (gui_test_shows_text (GTK_WIDGET (fixture->window), "Dar Taliba Assilah"));
}

static gboolean
visible_is (gpointer data)
{
  gpointer *args = data;

  return riaya_institutions_page_get_n_visible (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
test_window_search (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *entry;
  gpointer args[2] = { fixture->page, GUINT_TO_POINTER (1) };

  /* Ctrl+F opens the search bar with the entry focused: type there. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  entry = gtk_root_get_focus (GTK_ROOT (fixture->window));
  while (entry != NULL && !GTK_IS_SEARCH_ENTRY (entry))
    entry = gtk_widget_get_parent (entry);
  g_assert_nonnull (entry);

  gui_test_type (entry, "taliba");
  g_assert_true (gui_test_wait_until (visible_is, args));
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "1 institution · 60 places");

  /* Arabic, without the teh marbuta: both student houses. */
  args[1] = GUINT_TO_POINTER (2);
  gui_test_type (entry, "الطالب");
  g_assert_true (gui_test_wait_until (visible_is, args));

  /* Accents and case do not matter; licence numbers are found too. */
  riaya_institutions_page_set_search_text (fixture->page, "FES");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 1);
  riaya_institutions_page_set_search_text (fixture->page, "eps-t-00");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 6);
  riaya_institutions_page_set_search_text (fixture->page, "eps-t-005");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 1);
  /* Every word must match. */
  riaya_institutions_page_set_search_text (fixture->page, "dar tetouan");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 1);
  riaya_institutions_page_set_search_text (fixture->page, "nowhere");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 0);

  args[1] = GUINT_TO_POINTER (6);
  gui_test_type (entry, "");
  g_assert_true (gui_test_wait_until (visible_is, args));
}

static void
test_window_delete_and_undo (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(RiayaInstitution) victim = NULL;
  g_autofree char *uuid = NULL;

  riaya_institutions_page_set_search_text (fixture->page, "EPS-T-002");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 1);
  victim = g_list_model_get_item (riaya_institutions_page_get_visible (fixture->page), 0);
  uuid = g_strdup (riaya_institution_get_uuid (victim));
  riaya_institutions_page_select (fixture->page, victim);
  riaya_institutions_page_set_search_text (fixture->page, "");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete", NULL);
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 5);
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "5 institutions · 205 places");
  g_assert_cmpuint (count_in_store (fixture), ==, 5);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "“Dar Talib Tétouan” deleted"));

  /* The toast's Undo button runs this action. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-delete", "s", uuid);
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 6);
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "6 institutions · 285 places");
  g_assert_cmpuint (count_in_store (fixture), ==, 6);
}

static void
test_window_sort (Fixture       *fixture,
                  gconstpointer  data)
{
  GListModel *visible = riaya_institutions_page_get_visible (fixture->page);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(RiayaInstitution) first = NULL;
  g_autoptr(RiayaInstitution) last = NULL;
  GtkColumnView *view;
  GListModel *columns;

  /* Find the column view and sort by places, largest first, as a click
   * on the "Places" header twice would. */
  view = GTK_COLUMN_VIEW (gui_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (view);
  columns = gtk_column_view_get_columns (view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 7);

  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Places") == 0)
        gtk_column_view_sort_by_column (view, column, GTK_SORT_DESCENDING);
    }

  first = g_list_model_get_item (visible, 0);
  last = g_list_model_get_item (visible, 5);
  g_assert_cmpuint (riaya_institution_get_places (first), ==, 80);
  g_assert_cmpuint (riaya_institution_get_places (last), ==, 25);

  /* Remembered for the next start. */
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  {
    g_autofree char *column = g_settings_get_string (settings, "sort-column");

    g_assert_cmpstr (column, ==, "places");
    g_assert_true (g_settings_get_boolean (settings, "sort-descending"));
  }
}

/* The list's rows stay while the search changes the institutions they
 * show: the selection must follow the institution, and each row show the
 * one now at its place. */
static void
test_window_search_keeps_selection (Fixture       *fixture,
                                    gconstpointer  data)
{
  GListModel *visible = riaya_institutions_page_get_visible (fixture->page);
  GtkColumnView *view = GTK_COLUMN_VIEW (gui_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW));
  GtkSelectionModel *selection = gtk_column_view_get_model (view);
  g_autoptr(RiayaInstitution) fes = NULL;
  guint position = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (visible, i);

      if (g_strcmp0 (riaya_institution_get_licence_number (institution), "EPS-T-004") == 0)
        {
          fes = g_object_ref (institution);
          position = i;
        }
    }
  g_assert_nonnull (fes);
  g_assert_cmpuint (position, >, 0);
  riaya_institutions_page_select (fixture->page, fes);
  g_assert_true (gtk_selection_model_is_selected (selection, position));

  /* Alone in the list: first row, still selected, shown there. */
  riaya_institutions_page_set_search_text (fixture->page, "fes");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 1);
  g_assert_true (riaya_institutions_page_get_selected (fixture->page) == fes);
  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (view), "Centre Al Amal Fès"));
  g_assert_false (gui_test_shows_text (GTK_WIDGET (view), "Dar Talib Tétouan"));

  /* Hidden by the search: no longer selected, and the row shows the
   * institution now there. */
  riaya_institutions_page_set_search_text (fixture->page, "nador");
  g_assert_null (riaya_institutions_page_get_selected (fixture->page));
  g_assert_false (gtk_selection_model_is_selected (selection, 0));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (view), "Foyer d’enfants Nador"));
  g_assert_false (gui_test_shows_text (GTK_WIDGET (view), "Centre Al Amal Fès"));

  /* Everything back, in order, nothing selected. */
  riaya_institutions_page_set_search_text (fixture->page, "");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 6);
  g_assert_null (riaya_institutions_page_get_selected (fixture->page));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (view), "Centre Al Amal Fès"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (view), "Dar Talib Tétouan"));
}

/* Dialogs, backup and restore */

static GtkWindow *
find_toplevel (GType type)
{
  GtkWindow *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
        found = l->data;
    }

  return found;
}

static void
test_window_dialogs (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWindow *preferences, *shortcuts, *about;
  GtkWidget *backup_switch;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  preferences = find_toplevel (RIAYA_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (preferences), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (preferences), fixture->db_path));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (preferences), "National staff"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (preferences), "6 institutions"));
  /* The switch is the setting. */
  backup_switch = gui_test_find_widget (GTK_WIDGET (preferences), GTK_TYPE_SWITCH);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (backup_switch)));
  gtk_switch_set_active (GTK_SWITCH (backup_switch), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "automatic-backups"));
  gtk_window_destroy (preferences);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "shortcuts", NULL);
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (shortcuts), 1));
  gtk_window_destroy (shortcuts);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (about), 1));
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Riaya");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  gtk_window_destroy (about);
}

typedef struct
{
  Fixture    *fixture;
  const char *text;
  guint       n_visible;
} Expect;

static gboolean
toast_and_list (gpointer data)
{
  Expect *expect = data;

  return gui_test_shows_text (GTK_WIDGET (expect->fixture->window), expect->text) &&
         !riaya_institutions_page_is_loading (expect->fixture->page) &&
         riaya_institutions_page_get_n_visible (expect->fixture->page) == expect->n_visible;
}

static void
test_window_backup_and_restore (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (fixture->db_path);
  g_autofree char *backup = g_build_filename (dir, "copy.db", NULL);
  Expect saved = { fixture, "Backup saved", 6 };
  Expect restored = { fixture, "Backup restored", 6 };
  AdwMessageDialog *confirm;
  GStatBuf st;

  riaya_window_backup_to (fixture->window, backup);
  g_assert_true (gui_test_wait_until (toast_and_list, &saved));
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  riaya_institutions_page_select (fixture->page,
                                  g_list_model_get_item (riaya_institutions_page_get_visible (fixture->page), 0));
  g_object_unref (riaya_institutions_page_get_selected (fixture->page));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete", NULL);
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 5);

  /* Restoring asks first; cancelling changes nothing. */
  riaya_window_restore_from (fixture->window, backup, FALSE);
  confirm = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (confirm);
  g_assert_cmpstr (adw_message_dialog_get_heading (confirm), ==, "Restore This Backup?");
  adw_message_dialog_response (confirm, "cancel");
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 1));
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 5);

  riaya_window_restore_from (fixture->window, backup, FALSE);
  confirm = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "restore");
  g_assert_true (gui_test_wait_until (toast_and_list, &restored));
  g_assert_cmpuint (count_in_store (fixture), ==, 6);
}

/* A database from a newer Riaya */

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_window_refuses_newer_database (void)
{
  g_autofree char *db_path = gui_test_new_database (TRUE);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GError) error = NULL;
  RiayaApplication *app;
  AdwMessageDialog *dialog;
  FILE *file;
  const guchar version[4] = { 0, 0, 0, 99 };

  /* Schema version 99 in the SQLite header (PRAGMA user_version, a
   * big-endian integer at byte 60): what a newer Riaya would write. */
  file = fopen (db_path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 60, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (version, 1, 4, file), ==, 4);
  fclose (file);
  before = file_digest (db_path);

  g_settings_set_boolean (settings, "automatic-backups", FALSE);
  g_setenv ("RIAYA_DB", db_path, TRUE);
  app = riaya_application_new (g_get_monotonic_time ());
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  /* A clear message, no window on the data, and the file untouched. */
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (dialog), 1));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Riaya Cannot Open the Database");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "newer"));
  g_assert_null (find_toplevel (RIAYA_TYPE_WINDOW));
  g_assert_null (riaya_application_get_context (app));
  after = file_digest (db_path);
  g_assert_cmpstr (before, ==, after);

  adw_message_dialog_response (dialog, "close");
  gui_test_close_app (app);
}

static gboolean
backup_made (gpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (data, 0, NULL);

  return dir != NULL && g_dir_read_name (dir) != NULL;
}

static gboolean
backup_done (gpointer app)
{
  return !riaya_application_is_backing_up (app);
}

static void
test_window_automatic_backup (void)
{
  g_autofree char *db_path = gui_test_new_database (TRUE);
  g_autofree char *backups = riaya_store_default_backup_dir (db_path);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GError) error = NULL;
  RiayaApplication *app;

  /* With the setting on (its default), starting makes today's copy in
   * the background. */
  g_settings_set_boolean (settings, "automatic-backups", TRUE);
  g_setenv ("RIAYA_DB", db_path, TRUE);
  app = riaya_application_new (g_get_monotonic_time ());
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  g_assert_true (gui_test_wait_until (backup_done, app));
  g_assert_true (backup_made (backups));

  gui_test_close_app (app);
}

/* First start */

static gboolean
view_is_institutions (gpointer data)
{
  RiayaWindow *window = data;

  return g_strcmp0 (riaya_window_get_view (window), "institutions") == 0 &&
         !riaya_institutions_page_is_loading (riaya_window_get_institutions_page (window));
}

static void
test_window_first_start_empty (void)
{
  g_autofree char *db_path = gui_test_new_database (FALSE);
  RiayaApplication *app;
  RiayaWindow *window = gui_test_open_window (&app, db_path);
  g_autoptr(RiayaStore) store = NULL;
  g_autofree char *province = NULL;
  RiayaProfile profile;

  /* No profile yet: Riaya asks who the user is. */
  g_assert_cmpstr (riaya_window_get_view (window), ==, "welcome");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "Welcome to Riaya"));

  riaya_welcome_set_profile (riaya_window_get_welcome (window), RIAYA_PROFILE_DELEGATE, "02.381");
  gtk_widget_activate_action (GTK_WIDGET (riaya_window_get_welcome (window)), "welcome.start", "b", FALSE);
  g_assert_true (gui_test_wait_until (view_is_institutions, window));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "No Institutions Yet"));
  g_assert_cmpstr (riaya_institutions_page_get_summary (riaya_window_get_institutions_page (window)), ==,
                   "0 institutions · 0 places");

  store = riaya_store_open (db_path, NULL);
  g_assert_true (riaya_store_get_profile (store, &profile, &province));
  g_assert_cmpint (profile, ==, RIAYA_PROFILE_DELEGATE);
  g_assert_cmpstr (province, ==, "02.381");
  g_assert_false (riaya_store_is_demo (store));

  gui_test_close_app (app);
}

static void
test_window_first_start_demo (void)
{
  g_autofree char *db_path = gui_test_new_database (FALSE);
  RiayaApplication *app;
  RiayaWindow *window = gui_test_open_window (&app, db_path);
  RiayaInstitutionsPage *page = riaya_window_get_institutions_page (window);

  riaya_welcome_set_profile (riaya_window_get_welcome (window), RIAYA_PROFILE_NATIONAL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (riaya_window_get_welcome (window)), "welcome.start", "b", TRUE);
  g_assert_cmpstr (riaya_window_get_view (window), ==, "loading");
  g_assert_true (gui_test_wait_until (view_is_institutions, window));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (window), 2));

  /* A living national registry at once, marked as demo data. */
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (page), >, 1000);
  g_assert_cmpuint (riaya_institutions_page_get_visible_places (page), >, 100000);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "Demo data"));

  gui_test_close_app (app);
}


/* Read by LeakSanitizer at exit (sanitizer/lsan_interface.h), when the
 * test runs under ASan (build-aux/test --sanitize). This program opens
 * every page and dialog in one process and so registers more than 2,048
 * quarks: GLib 2.74 then moves its quark table to a larger block and
 * drops the first without freeing it, on purpose (glib/gquark.c: another
 * thread may still be reading it). ASan's fast unwinder cannot tell that
 * block from a leak of ours — Debian's GLib has no frame pointers, every
 * stack stops at g_malloc — so leaks are not checked in this program;
 * ASan's other checks and UBSan are, and the other GUI tests, which open
 * the same pages, check for leaks. */
int __lsan_is_turned_off (void);

int
__lsan_is_turned_off (void)
{
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RIAYA_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  if (gui_test_skip_without_display ())
    return 0;

  g_test_add ("/window/shows-registry", Fixture, NULL, fixture_set_up, test_window_shows_registry, fixture_tear_down);
  g_test_add ("/window/filters", Fixture, NULL, fixture_set_up, test_window_filters, fixture_tear_down);
  g_test_add ("/window/occupancy-from-counts", Fixture, NULL, fixture_set_up_counts,
              test_window_occupancy_from_counts, fixture_tear_down);
  g_test_add ("/window/search", Fixture, NULL, fixture_set_up, test_window_search, fixture_tear_down);
  g_test_add ("/window/delete-and-undo", Fixture, NULL, fixture_set_up, test_window_delete_and_undo, fixture_tear_down);
  g_test_add ("/window/sort", Fixture, NULL, fixture_set_up, test_window_sort, fixture_tear_down);
  g_test_add ("/window/search-keeps-selection", Fixture, NULL, fixture_set_up,
              test_window_search_keeps_selection, fixture_tear_down);
  g_test_add ("/window/dialogs", Fixture, NULL, fixture_set_up, test_window_dialogs, fixture_tear_down);
  g_test_add ("/window/backup-and-restore", Fixture, NULL, fixture_set_up, test_window_backup_and_restore, fixture_tear_down);
  g_test_add_func ("/window/refuses-newer-database", test_window_refuses_newer_database);
  g_test_add_func ("/window/automatic-backup", test_window_automatic_backup);
  g_test_add_func ("/window/first-start-empty", test_window_first_start_empty);
  g_test_add_func ("/window/first-start-demo", test_window_first_start_demo);

  return g_test_run ();
}
