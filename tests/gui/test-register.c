/* test-register.c — the register window and the occupancy, as a user sees them
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A director's database holds one student house of 2 places for boys,
 * and four pupils admitted through the store: one who left in 2024, then
 * three present since September 2024, the third over capacity. The tests
 * open the register from the registry list as a user does (select the
 * row, win.open-register), and check the rows, the gauge and its words,
 * the search, a past date, everyone who ever stayed, sorting, the list's
 * occupancy column, printing, and a national database, which shows no
 * name at all.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "gui-test-util.h"
#include "riaya-admission-dialog.h"
#include "riaya-exit-dialog.h"
#include "riaya-register-print.h"
#include "riaya-register-window-private.h"
#include "riaya-resident-window.h"
#include "riaya-store-residents.h"

/* The date the tests look at: everyone admitted, nobody gone since. */
#define ON "2025-01-15"

typedef struct
{
  char                  *db_path;
  RiayaApplication      *app;
  RiayaWindow           *window;
  RiayaInstitutionsPage *page;
  RiayaRegisterWindow   *register_window;
} Fixture;

static RiayaInstitution *
student_house_new (const char *licence)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 2,
                                                               "2015-03-01");

  riaya_institution_set_licence_number (institution, licence);
  riaya_institution_set_licence_date (institution, "2015-03-01");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_65_15);
  riaya_institution_set_name_fr (institution, "Dar Talib Ouezzane");
  riaya_institution_set_name_ar (institution, "دار الطالب وزان");
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_set_province_code (institution, "01.405");
  riaya_institution_add_capacity_line (institution, line);

  return institution;
}

static RiayaStay *
admit (RiayaStore       *store,
       RiayaInstitution *institution,
       const char       *first_name,
       const char       *last_name,
       const char       *birth_date,
       const char       *admitted_on,
       RiayaAdmitFlags   flags)
{
  g_autoptr(RiayaResident) resident = riaya_resident_new ();
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(GError) error = NULL;

  riaya_resident_set_sex (resident, RIAYA_SEX_MALE);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, first_name);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, last_name);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, birth_date);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_PLACE, "Ouezzane");
  stay = riaya_stay_new (resident);
  riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (institution));
  riaya_stay_set_category (stay, RIAYA_CATEGORY_PUPIL);
  riaya_stay_set_admitted_on (stay, admitted_on);
  riaya_stay_set_referral (stay, RIAYA_REFERRAL_FAMILY);

  riaya_store_admit (store, stay, flags, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&stay);
}

/*   No. 1 Karim Tazi, born 2008, 2023-09-01 → 2024-06-30 (back to his family)
 *   No. 2 Omar Bennani, born 2012-05-10, since 2024-09-01 (12 on ON)
 *   No. 3 يوسف العلوي, born 2010-01-15, since 2024-09-02 (15 on ON)
 *   No. 4 Amine Idrissi, born 2013-03-03, since 2024-09-03, over capacity (11 on ON) */
static void
seed_register (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (path, &error);
  g_autoptr(RiayaInstitution) house = student_house_new ("EPS-R-001");
  g_autoptr(RiayaStay) gone = NULL;
  g_autoptr(RiayaStay) second = NULL;
  g_autoptr(RiayaStay) third = NULL;
  g_autoptr(RiayaStay) over = NULL;

  g_assert_no_error (error);
  riaya_store_set_profile (store, RIAYA_PROFILE_DIRECTOR, NULL, &error);
  g_assert_no_error (error);
  riaya_store_add_institution (store, house, &error);
  g_assert_no_error (error);

  gone = admit (store, house, "Karim", "Tazi", "2008-02-02", "2023-09-01", RIAYA_ADMIT_DEFAULT);
  riaya_store_record_exit (store, riaya_stay_get_uuid (gone), "2024-06-30", RIAYA_EXIT_REASON_FAMILY,
                           NULL, RIAYA_ADMIT_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  second = admit (store, house, "Omar", "Bennani", "2012-05-10", "2024-09-01", RIAYA_ADMIT_DEFAULT);
  third = admit (store, house, "يوسف", "العلوي", "2010-01-15", "2024-09-02", RIAYA_ADMIT_DEFAULT);

  /* The third present needs the user's confirmation: 2 places. */
  {
    g_autoptr(RiayaResident) resident = riaya_resident_new ();
    g_autoptr(RiayaStay) refused = NULL;

    riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, "Amine");
    riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, "Idrissi");
    riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, "2013-03-03");
    refused = riaya_stay_new (resident);
    riaya_stay_set_institution_uuid (refused, riaya_institution_get_uuid (house));
    riaya_stay_set_category (refused, RIAYA_CATEGORY_PUPIL);
    riaya_stay_set_admitted_on (refused, "2024-09-03");
    g_assert_false (riaya_store_admit (store, refused, RIAYA_ADMIT_DEFAULT, &error));
    g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OVER_CAPACITY);
    g_clear_error (&error);
  }
  over = admit (store, house, "Amine", "Idrissi", "2013-03-03", "2024-09-03", RIAYA_ADMIT_ALLOW_OVER_CAPACITY);
}

static gboolean
register_loaded (gpointer data)
{
  return !riaya_register_window_is_loading (data);
}

static void
wait_for_register (RiayaRegisterWindow *window)
{
  g_assert_true (gui_test_wait_until (register_loaded, window));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (window), 2));
}

static RiayaRegisterWindow *
find_register_window (RiayaApplication *app,
                      guint            *n_found)
{
  RiayaRegisterWindow *found = NULL;

  *n_found = 0;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (RIAYA_IS_REGISTER_WINDOW (l->data))
        {
          found = l->data;
          (*n_found)++;
        }
    }

  return found;
}

/* Selects the institution's row and opens its register as the header
 * bar's button does. */
static RiayaRegisterWindow *
open_register (Fixture    *fixture,
               const char *licence)
{
  g_autoptr(RiayaInstitution) institution = NULL;
  RiayaRegisterWindow *window;
  guint n;

  /* Nothing selected, nothing to open. */
  g_assert_null (riaya_institutions_page_get_selected (fixture->page));
  g_assert_null (find_register_window (fixture->app, &n));

  riaya_institutions_page_set_search_text (fixture->page, licence);
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 1);
  institution = g_list_model_get_item (riaya_institutions_page_get_visible (fixture->page), 0);
  riaya_institutions_page_select (fixture->page, institution);
  g_assert_nonnull (riaya_institutions_page_get_selected (fixture->page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-register", NULL));
  window = find_register_window (fixture->app, &n);
  g_assert_nonnull (window);
  g_assert_cmpuint (n, ==, 1);
  wait_for_register (window);

  return window;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db_path = gui_test_new_database (FALSE);
  seed_register (fixture->db_path);
  fixture->window = gui_test_open_window (&fixture->app, fixture->db_path);
  fixture->page = riaya_window_get_institutions_page (fixture->window);
  g_assert_true (gui_test_wait_for_list (fixture->page));
  fixture->register_window = open_register (fixture, "EPS-R-001");
  riaya_register_window_set_date (fixture->register_window, ON);
  wait_for_register (fixture->register_window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_close_app (fixture->app);
  g_free (fixture->db_path);
}

static const char *
last_name_at (RiayaRegisterWindow *window,
              guint                position)
{
  RiayaStay *stay = riaya_register_window_get_visible_stay (window, position);

  g_assert_nonnull (stay);
  return riaya_resident_get_last_name (riaya_stay_get_resident (stay));
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Tests */

static void
test_register_shows_present (Fixture       *fixture,
                             gconstpointer  data)
{
  RiayaRegisterWindow *window = fixture->register_window;
  RiayaOccupancyGauge *gauge = riaya_register_window_get_gauge (window);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Dar Talib Ouezzane");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "EPS-R-001"));

  /* The three present, in register order; not the one who left. */
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 3);
  g_assert_cmpstr (riaya_register_window_get_count_text (window), ==, "3 present on 15 January 2025");
  g_assert_cmpstr (last_name_at (window, 0), ==, "Bennani");
  g_assert_cmpstr (last_name_at (window, 1), ==, "العلوي");
  g_assert_cmpstr (last_name_at (window, 2), ==, "Idrissi");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "Bennani"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "يوسف"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "Schoolchildren"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "2024-09-03"));
  g_assert_false (gui_test_shows_text (GTK_WIDGET (window), "Tazi"));

  /* Over capacity, in colour and in words, and in a banner. */
  g_assert_true (riaya_occupancy_gauge_is_over (gauge));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (gauge), "Schoolchildren · male"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (gauge), "3 / 2 — over capacity"));
  g_assert_cmpstr (riaya_register_window_get_over_text (window), ==,
                   "Over capacity: 3 people present for 2 places (Schoolchildren · male)");
}

static void
test_register_opens_once (Fixture       *fixture,
                          gconstpointer  data)
{
  guint n;

  /* A second time presents the same window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-register", NULL));
  g_assert_true (find_register_window (fixture->app, &n) == fixture->register_window);
  g_assert_cmpuint (n, ==, 1);
}

static void
test_register_searches (Fixture       *fixture,
                        gconstpointer  data)
{
  RiayaRegisterWindow *window = fixture->register_window;

  riaya_register_window_set_search_text (window, "bennani");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 1);
  g_assert_cmpstr (last_name_at (window, 0), ==, "Bennani");
  g_assert_cmpstr (riaya_register_window_get_count_text (window), ==, "1 of 3 present on 15 January 2025");

  /* Arabic names, as the folded keys hold them. */
  riaya_register_window_set_search_text (window, "العلوي");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 1);
  g_assert_cmpstr (last_name_at (window, 0), ==, "العلوي");

  /* A number is a register number or an age, never a part of one. */
  riaya_register_window_set_search_text (window, "4");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 1);
  g_assert_cmpstr (last_name_at (window, 0), ==, "Idrissi");
  riaya_register_window_set_search_text (window, "15");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 1);
  g_assert_cmpstr (last_name_at (window, 0), ==, "العلوي");
  riaya_register_window_set_search_text (window, "1");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 0);

  /* The category's label, and words that must all match. */
  riaya_register_window_set_search_text (window, "schoolchildren");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 3);
  riaya_register_window_set_search_text (window, "omar 12");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 1);
  riaya_register_window_set_search_text (window, "omar 11");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 0);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "No One Found"));

  riaya_register_window_set_search_text (window, "");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 3);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "Idrissi"));
}

static void
test_register_past_date (Fixture       *fixture,
                         gconstpointer  data)
{
  RiayaRegisterWindow *window = fixture->register_window;
  RiayaOccupancyGauge *gauge = riaya_register_window_get_gauge (window);

  /* Before the first admission: nobody, and room for two. */
  riaya_register_window_set_date (window, "2023-01-01");
  wait_for_register (window);
  g_assert_cmpstr (riaya_register_window_get_date (window), ==, "2023-01-01");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 0);
  g_assert_cmpstr (riaya_register_window_get_count_text (window), ==, "0 present on 1 January 2023");
  g_assert_false (riaya_occupancy_gauge_is_over (gauge));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (gauge), "0 / 2"));
  g_assert_null (riaya_register_window_get_over_text (window));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "No One Present"));

  /* In the school year 2023-24 the first pupil was there, alone. */
  riaya_register_window_set_date (window, "2024-01-10");
  wait_for_register (window);
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 1);
  g_assert_cmpstr (last_name_at (window, 0), ==, "Tazi");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (gauge), "1 / 2"));

  /* Two present: full, in words too. */
  riaya_register_window_set_date (window, "2024-09-02");
  wait_for_register (window);
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 2);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (gauge), "2 / 2 — full"));
  g_assert_false (riaya_occupancy_gauge_is_over (gauge));
}

static void
test_register_everyone (Fixture       *fixture,
                        gconstpointer  data)
{
  RiayaRegisterWindow *window = fixture->register_window;
  GtkWidget *exit_button = find_action_button (GTK_WIDGET (window), "register.exit");

  g_assert_nonnull (exit_button);

  riaya_register_window_set_everyone (window, TRUE);
  wait_for_register (window);
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 4);
  g_assert_cmpstr (riaya_register_window_get_count_text (window), ==, "4 entries in the register");
  g_assert_cmpstr (last_name_at (window, 0), ==, "Tazi");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "2024-06-30"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), "Return to the family"));

  /* Record Exit… is for someone still present. */
  g_assert_false (gtk_widget_get_sensitive (exit_button));
  riaya_register_window_select (window, 0);
  g_assert_false (gtk_widget_get_sensitive (exit_button));
  riaya_register_window_select (window, 1);
  g_assert_true (gtk_widget_get_sensitive (exit_button));

  /* The selection follows the person through a search. */
  riaya_register_window_set_search_text (window, "bennani");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 1);
  g_assert_true (gtk_widget_get_sensitive (exit_button));
  riaya_register_window_set_search_text (window, "tazi");
  g_assert_false (gtk_widget_get_sensitive (exit_button));
  riaya_register_window_set_search_text (window, "");

  riaya_register_window_set_everyone (window, FALSE);
  wait_for_register (window);
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 3);
}

static void
test_register_sorts (Fixture       *fixture,
                     gconstpointer  data)
{
  RiayaRegisterWindow *window = fixture->register_window;

  /* Ages on 15 January 2025: Idrissi 11, Bennani 12, العلوي 15. */
  riaya_register_window_sort_by (window, "age", FALSE);
  g_assert_cmpstr (last_name_at (window, 0), ==, "Idrissi");
  g_assert_cmpstr (last_name_at (window, 1), ==, "Bennani");
  g_assert_cmpstr (last_name_at (window, 2), ==, "العلوي");
  riaya_register_window_sort_by (window, "age", TRUE);
  g_assert_cmpstr (last_name_at (window, 0), ==, "العلوي");
  g_assert_cmpstr (last_name_at (window, 2), ==, "Idrissi");

  /* Numbers as numbers, names by their folded collation. */
  riaya_register_window_sort_by (window, "number", TRUE);
  g_assert_cmpstr (last_name_at (window, 0), ==, "Idrissi");
  riaya_register_window_sort_by (window, "last-name", FALSE);
  g_assert_cmpstr (last_name_at (window, 0), ==, "Bennani");
  g_assert_cmpstr (last_name_at (window, 1), ==, "Idrissi");

  /* A search keeps the order. */
  riaya_register_window_set_search_text (window, "a");
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 2);
  g_assert_cmpstr (last_name_at (window, 0), ==, "Bennani");
  g_assert_cmpstr (last_name_at (window, 1), ==, "Idrissi");
}

static GtkWindow *
find_window_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window; /* GTK keeps it */
    }

  return NULL;
}

static gboolean
list_shows_four (gpointer data)
{
  Fixture *fixture = data;

  return !riaya_institutions_page_is_loading (fixture->page) &&
         gui_test_shows_text (GTK_WIDGET (fixture->window), "4 / 2");
}

/* The register's buttons open the dialogs over it, and what they save
 * reaches the register, its gauge and the registry's list. */
static void
test_register_dialogs (Fixture       *fixture,
                       gconstpointer  data)
{
  RiayaRegisterWindow *window = fixture->register_window;
  GtkWindow *dialog;
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(RiayaInstitution) house = NULL;
  RiayaStore *store = riaya_context_get_store (riaya_window_get_context (fixture->window));

  gtk_widget_activate_action (GTK_WIDGET (window), "register.admit", NULL);
  dialog = find_window_of_type (RIAYA_TYPE_ADMISSION_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));

  /* What the dialog does once saved: the person in the store, then
   * "admitted" with the new stay. */
  house = riaya_store_get_institution (store, "EPS-R-001", NULL);
  stay = admit (store, house, "Nabil", "Saidi", "2012-11-02", "2025-01-10", RIAYA_ADMIT_ALLOW_OVER_CAPACITY);
  g_signal_emit_by_name (dialog, "admitted", riaya_stay_get_uuid (stay));
  gtk_window_destroy (dialog);
  wait_for_register (window);
  g_assert_cmpuint (riaya_register_window_get_n_visible (window), ==, 4);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (riaya_register_window_get_gauge (window)),
                                      "4 / 2 — over capacity"));
  g_assert_true (gui_test_wait_until (list_shows_four, fixture));

  /* Record Exit… for the person selected. */
  riaya_register_window_select (window, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "register.exit", NULL);
  dialog = find_window_of_type (RIAYA_TYPE_EXIT_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);

  /* A row opened: the person's window. */
  g_signal_emit_by_name (gui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW), "activate", 0);
  dialog = find_window_of_type (RIAYA_TYPE_RESIDENT_WINDOW);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
}

static void
test_register_list_column (Fixture       *fixture,
                           gconstpointer  data)
{
  /* Today all three are still there: the registry shows it, over. */
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "3 / 2"));
}

static void
test_register_prints (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("riaya-print-XXXXXX", &error);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_no_error (error);

  /* The pages the print dialog sends, exported to a file. */
  g_assert_true (riaya_register_window_print_to_file (fixture->register_window, "fr", printed, &error));
  g_assert_no_error (error);
  g_file_get_contents (printed, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  g_unlink (printed);
  g_rmdir (dir);
}

typedef struct
{
  RiayaRegisterWindow *window;
  gboolean             done;
  gboolean             saved;
  GError              *error;
} Saving;

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Saving *saving = user_data;

  saving->saved = riaya_register_window_save_pdf_finish (saving->window, result, &saving->error);
  saving->done = TRUE;
}

static gboolean
saving_done (gpointer data)
{
  return ((Saving *) data)->done;
}

static void
test_register_saves_pdf (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("riaya-pdf-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "register.pdf", NULL);
  g_autofree char *contents = NULL;
  Saving saving = { fixture->register_window, FALSE, FALSE, NULL };
  gsize length = 0;

  g_assert_no_error (error);

  riaya_register_window_save_pdf_async (fixture->register_window, "ar", path, on_saved, &saving);
  g_assert_true (gui_test_wait_until (saving_done, &saving));
  g_assert_no_error (saving.error);
  g_assert_true (saving.saved);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  g_unlink (path);
  g_rmdir (dir);
}

/* A national database: counts, never names. */
static void
test_register_national (void)
{
  g_autofree char *db_path = gui_test_new_database (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaInstitution) house = student_house_new ("EPS-N-001");
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  g_autoptr(GArray) movements = g_array_new (FALSE, TRUE, sizeof (RiayaMovementLine));
  RiayaCountLine line = { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, 3 };
  RiayaMovementLine movement = { TRUE, RIAYA_REFERRAL_FAMILY, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 2 };
  RiayaApplication *app = NULL;
  RiayaWindow *window;
  Fixture fixture = { 0 };

  {
    g_autoptr(RiayaStore) store = riaya_store_open (db_path, &error);

    g_assert_no_error (error);
    riaya_store_add_institution (store, house, &error);
    g_assert_no_error (error);
    g_array_append_val (counts, line);
    line.age_band = RIAYA_AGE_BAND_6_11;
    line.present = 2;
    g_array_append_val (counts, line);
    riaya_store_put_counts (store, riaya_institution_get_uuid (house), "2025-01-01", counts, &error);
    g_assert_no_error (error);
    g_array_append_val (movements, movement);
    riaya_store_put_movements (store, riaya_institution_get_uuid (house), "2025-01-01", "2025-01-10",
                               movements, &error);
    g_assert_no_error (error);
  }

  window = gui_test_open_window (&app, db_path);
  fixture.app = app;
  fixture.window = window;
  fixture.page = riaya_window_get_institutions_page (window);
  g_assert_true (gui_test_wait_for_list (fixture.page));
  fixture.register_window = open_register (&fixture, "EPS-N-001");
  riaya_register_window_set_date (fixture.register_window, ON);
  wait_for_register (fixture.register_window);

  /* The gauge from the counts: 5 for 2 places. */
  g_assert_false (riaya_register_window_shows_names (fixture.register_window));
  g_assert_true (riaya_occupancy_gauge_is_over (riaya_register_window_get_gauge (fixture.register_window)));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture.register_window), "5 / 2 — over capacity"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture.register_window), "12–17 years"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture.register_window), "Counted on 1 January 2025"));

  /* No list, no names, nothing to admit or print. */
  g_assert_cmpuint (riaya_register_window_get_n_visible (fixture.register_window), ==, 0);
  g_assert_false (gui_test_shows_text (GTK_WIDGET (fixture.register_window), "Admit…"));
  g_assert_false (gtk_widget_get_mapped (find_action_button (GTK_WIDGET (fixture.register_window),
                                                             "register.print")));
  {
    GtkWidget *view = gui_test_find_widget (GTK_WIDGET (fixture.register_window), GTK_TYPE_COLUMN_VIEW);

    g_assert_false (view != NULL && gtk_widget_get_mapped (view));
  }

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

  g_test_add ("/register/shows-present", Fixture, NULL, fixture_set_up, test_register_shows_present, fixture_tear_down);
  g_test_add ("/register/opens-once", Fixture, NULL, fixture_set_up, test_register_opens_once, fixture_tear_down);
  g_test_add ("/register/searches", Fixture, NULL, fixture_set_up, test_register_searches, fixture_tear_down);
  g_test_add ("/register/past-date", Fixture, NULL, fixture_set_up, test_register_past_date, fixture_tear_down);
  g_test_add ("/register/everyone", Fixture, NULL, fixture_set_up, test_register_everyone, fixture_tear_down);
  g_test_add ("/register/sorts", Fixture, NULL, fixture_set_up, test_register_sorts, fixture_tear_down);
  g_test_add ("/register/dialogs", Fixture, NULL, fixture_set_up, test_register_dialogs, fixture_tear_down);
  g_test_add ("/register/list-column", Fixture, NULL, fixture_set_up, test_register_list_column, fixture_tear_down);
  g_test_add ("/register/prints", Fixture, NULL, fixture_set_up, test_register_prints, fixture_tear_down);
  g_test_add ("/register/saves-pdf", Fixture, NULL, fixture_set_up, test_register_saves_pdf, fixture_tear_down);
  g_test_add_func ("/register/national", test_register_national);

  return g_test_run ();
}
