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
#include <locale.h>

#include "gui-test-util.h"

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
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 6);

  for (guint i = 0; i < 6; i++)
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
  g_test_add ("/window/search", Fixture, NULL, fixture_set_up, test_window_search, fixture_tear_down);
  g_test_add ("/window/delete-and-undo", Fixture, NULL, fixture_set_up, test_window_delete_and_undo, fixture_tear_down);
  g_test_add ("/window/sort", Fixture, NULL, fixture_set_up, test_window_sort, fixture_tear_down);
  g_test_add_func ("/window/first-start-empty", test_window_first_start_empty);
  g_test_add_func ("/window/first-start-demo", test_window_first_start_demo);

  return g_test_run ();
}
