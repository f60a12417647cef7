/* test-editor.c — creating and editing institutions through the real editor
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tests type into the editor's entry rows, choose in its combo rows,
 * press its buttons through their actions, and check the messages shown
 * next to the fields, the Save button, the list and the database.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "gui-test-util.h"

typedef struct
{
  char                  *db_path;
  RiayaApplication      *app;
  RiayaWindow           *window;
  RiayaInstitutionsPage *page;
  RiayaStore            *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db_path = gui_test_new_database (TRUE);
  gui_test_seed_small_registry (fixture->db_path);
  fixture->window = gui_test_open_window (&fixture->app, fixture->db_path);
  fixture->page = riaya_window_get_institutions_page (fixture->window);
  fixture->store = riaya_context_get_store (riaya_window_get_context (fixture->window));
  g_assert_true (gui_test_wait_for_list (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_close_app (fixture->app);
  g_free (fixture->db_path);
}

static GtkWidget *
field (RiayaInstitutionEditor *editor,
       const char             *name)
{
  GtkWidget *widget = riaya_institution_editor_get_field (editor, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
type_into (RiayaInstitutionEditor *editor,
           const char             *name,
           const char             *text)
{
  gui_test_type (field (editor, name), text);
}

/* Types into a field and leaves it, as Tab would. */
static void
type_and_leave (RiayaInstitutionEditor *editor,
                const char             *name,
                const char             *text)
{
  GtkWidget *widget = field (editor, name);

  g_assert_true (gtk_widget_grab_focus (widget));
  gui_test_type (widget, text);
  gtk_window_set_focus (GTK_WINDOW (editor), NULL);
}

static void
choose (RiayaInstitutionEditor *editor,
        const char             *name,
        const char             *label)
{
  g_assert_true (gui_test_choose (field (editor, name), label));
}

static void
assert_message_contains (RiayaInstitutionEditor *editor,
                         const char             *name,
                         const char             *part)
{
  const char *message = riaya_institution_editor_get_message (editor, name);

  if (message == NULL || strstr (message, part) == NULL)
    g_error ("the message of “%s” is “%s”, not one about “%s”", name, message, part);
}

static RiayaInstitutionEditor *
open_new_editor (Fixture *fixture)
{
  RiayaInstitutionEditor *editor;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new", NULL);
  editor = riaya_institutions_page_get_editor (fixture->page);
  g_assert_nonnull (editor);
  g_assert_true (riaya_institution_editor_is_new (editor));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));

  return editor;
}

/* Opens the editor as a double click on the row of @licence does. */
static RiayaInstitutionEditor *
open_editor_on (Fixture    *fixture,
                const char *licence)
{
  GtkWidget *view = gui_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  RiayaInstitutionEditor *editor;

  riaya_institutions_page_set_search_text (fixture->page, licence);
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 1);
  g_signal_emit_by_name (view, "activate", 0);
  riaya_institutions_page_set_search_text (fixture->page, "");

  editor = riaya_institutions_page_get_editor (fixture->page);
  g_assert_nonnull (editor);
  g_assert_false (riaya_institution_editor_is_new (editor));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));

  return editor;
}

static void
fill_valid_form (RiayaInstitutionEditor *editor,
                 const char             *licence)
{
  type_into (editor, "name-fr", "Dar Taliba Chefchaouen");
  type_into (editor, "name-ar", "دار الطالبة شفشاون");
  choose (editor, "type", "Student boarding house (Dar Talib / Dar Taliba)");
  type_into (editor, "founder", "Association Nour");
  type_into (editor, "licence-number", licence);
  type_into (editor, "licence-date", "2020-09-01");
  choose (editor, "legal-basis", "Law 65.15");
  choose (editor, "region", "Tanger-Tétouan-Al Hoceima");
  choose (editor, "province", "Chefchaouen");
  type_into (editor, "commune", "Chefchaouen");
  type_into (editor, "phone", "0539 123456");
}

static guint
n_lines (RiayaInstitutionEditor *editor)
{
  return g_list_model_get_n_items (riaya_institution_get_capacity_lines (riaya_institution_editor_get_draft (editor)));
}

static guint
n_events (RiayaInstitutionEditor *editor)
{
  return g_list_model_get_n_items (riaya_institution_get_events (riaya_institution_editor_get_draft (editor)));
}

/* Tests */

static void
test_editor_creates (Fixture       *fixture,
                     gconstpointer  data)
{
  RiayaInstitutionEditor *editor = open_new_editor (fixture);
  g_autoptr(RiayaInstitution) stored = NULL;
  g_autoptr(GError) error = NULL;

  /* An empty form cannot be saved, and scolds nobody yet. */
  g_assert_false (riaya_institution_editor_can_save (editor));
  g_assert_null (riaya_institution_editor_get_message (editor, "licence-number"));

  fill_valid_form (editor, "EPS-T-100");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (editor, "service:accommodation")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (editor, "service:meals")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (editor, "staff:educator")), 3);

  riaya_institution_editor_show_page (editor, "capacity");
  choose (editor, "capacity-category", "Schoolchildren");
  choose (editor, "capacity-sex", "Female");
  type_into (editor, "capacity-places", "48");
  type_into (editor, "capacity-date", "2020-09-01");
  g_assert_null (riaya_institution_editor_get_message (editor, "capacity"));
  gtk_widget_activate_action (field (editor, "capacity-places"), "capacity.add", NULL);
  g_assert_cmpuint (n_lines (editor), ==, 1);
  g_assert_cmpuint (riaya_editor_capacity_get_total_today (riaya_institution_editor_get_capacity (editor)), ==, 48);

  g_assert_true (riaya_institution_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  /* Saved and closed; the list shows it with its places. */
  g_assert_null (riaya_institutions_page_get_editor (fixture->page));
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 7);
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "7 institutions · 333 places");
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "Dar Taliba Chefchaouen"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "48"));

  stored = riaya_store_get_institution (fixture->store, "EPS-T-100", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_institution_get_name_ar (stored), ==, "دار الطالبة شفشاون");
  g_assert_cmpstr (riaya_institution_get_province_code (stored), ==, "01.151");
  g_assert_cmpint (riaya_institution_get_legal_basis (stored), ==, RIAYA_LEGAL_BASIS_65_15);
  g_assert_cmpstr (riaya_institution_get_phone (stored), ==, "0539 123456");
  g_assert_true (riaya_institution_has_service (stored, RIAYA_SERVICE_ACCOMMODATION));
  g_assert_true (riaya_institution_has_service (stored, RIAYA_SERVICE_MEALS));
  g_assert_false (riaya_institution_has_service (stored, RIAYA_SERVICE_LEISURE));
  g_assert_cmpuint (riaya_institution_get_staff (stored, RIAYA_STAFF_EDUCATOR), ==, 3);
  g_assert_cmpuint (riaya_institution_get_places (stored), ==, 48);
  /* The licence's history starts with its grant. */
  g_assert_cmpint (riaya_institution_get_status (stored), ==, RIAYA_LICENCE_STATUS_ACTIVE);
}

static void
test_editor_edits (Fixture       *fixture,
                   gconstpointer  data)
{
  RiayaInstitutionEditor *editor = open_editor_on (fixture, "EPS-T-001");
  g_autoptr(RiayaInstitution) stored = NULL;

  /* The form shows the institution as stored. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "name-fr"))), ==, "Dar Taliba Assilah");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "licence-date"))), ==, "2015-03-01");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (editor, "type"))), ==,
                    RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), "Tanger-Assilah"));
  g_assert_true (riaya_institution_editor_can_save (editor));
  g_assert_false (riaya_institution_editor_is_dirty (editor));
  /* The Arabic name is written right to left whatever the interface. */
  g_assert_cmpint (gtk_widget_get_direction (gui_test_find_widget (field (editor, "name-ar"), GTK_TYPE_TEXT)),
                   ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (gui_test_find_widget (field (editor, "name-fr"), GTK_TYPE_TEXT)),
                   ==, GTK_TEXT_DIR_LTR);

  type_into (editor, "name-fr", "Dar Taliba Assilah Centre");
  type_into (editor, "director", "Fatima Zahra Idrissi");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_null (riaya_institutions_page_get_editor (fixture->page));

  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "Dar Taliba Assilah Centre"));
  g_assert_false (gui_test_shows_text (GTK_WIDGET (fixture->window), "Dar Taliba Assilah"));
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 6);
  riaya_institutions_page_set_search_text (fixture->page, "centre assilah");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 1);

  stored = riaya_store_get_institution (fixture->store, "EPS-T-001", NULL);
  g_assert_cmpstr (riaya_institution_get_name_fr (stored), ==, "Dar Taliba Assilah Centre");
  g_assert_cmpstr (riaya_institution_get_director (stored), ==, "Fatima Zahra Idrissi");
}

static guint
count_dialogs (void)
{
  guint n = 0;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    {
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        n++;
    }

  return n;
}

static gboolean
editor_closed (gpointer page)
{
  return riaya_institutions_page_get_editor (page) == NULL;
}

static void
test_editor_refuses_bad_input (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  RiayaInstitutionEditor *editor = open_new_editor (fixture);
  AdwMessageDialog *dialog = NULL;

  fill_valid_form (editor, "EPS-T-101");
  g_assert_true (riaya_institution_editor_can_save (editor));

  /* A licence date in the future. */
  type_into (editor, "licence-date", "2999-01-01");
  assert_message_contains (editor, "licence-date", "future");
  g_assert_false (riaya_institution_editor_can_save (editor));
  type_into (editor, "licence-date", "2020-09-01");
  g_assert_null (riaya_institution_editor_get_message (editor, "licence-date"));
  g_assert_true (riaya_institution_editor_can_save (editor));

  /* A licence number another institution holds. */
  type_into (editor, "licence-number", "EPS-T-002");
  assert_message_contains (editor, "licence-number", "already used");
  g_assert_false (riaya_institution_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_true (riaya_institutions_page_get_editor (fixture->page) == editor);
  type_into (editor, "licence-number", "EPS-T-101");
  g_assert_true (riaya_institution_editor_can_save (editor));

  /* A phone number that is not one. */
  type_into (editor, "phone", "05 39 AB");
  g_assert_false (riaya_institution_editor_can_save (editor));
  /* Said once the user leaves the field, not while typing. */
  g_assert_null (riaya_institution_editor_get_message (editor, "phone"));
  type_and_leave (editor, "phone", "05 39 AB");
  assert_message_contains (editor, "phone", "digits");
  type_and_leave (editor, "phone", "");
  g_assert_null (riaya_institution_editor_get_message (editor, "phone"));

  /* No name at all. */
  type_and_leave (editor, "name-fr", "");
  type_and_leave (editor, "name-ar", "");
  assert_message_contains (editor, "name-fr", "needs a name");
  g_assert_false (riaya_institution_editor_can_save (editor));
  type_into (editor, "name-fr", "Dar Taliba Chefchaouen");
  g_assert_true (riaya_institution_editor_can_save (editor));

  /* Negative and non-numeric places: said at once, and nothing added. */
  choose (editor, "capacity-category", "Schoolchildren");
  type_into (editor, "capacity-date", "2020-09-01");
  type_into (editor, "capacity-places", "-3");
  assert_message_contains (editor, "capacity", "not a number of places");
  gtk_widget_activate_action (field (editor, "capacity-places"), "capacity.add", NULL);
  g_assert_cmpuint (n_lines (editor), ==, 0);
  type_into (editor, "capacity-places", "forty");
  assert_message_contains (editor, "capacity", "“forty”");
  gtk_widget_activate_action (field (editor, "capacity-places"), "capacity.add", NULL);
  g_assert_cmpuint (n_lines (editor), ==, 0);

  /* A category the type does not serve (Law 65.15 art. 3). */
  type_into (editor, "capacity-places", "10");
  choose (editor, "capacity-category", "Elderly persons");
  assert_message_contains (editor, "capacity", "65.15");
  gtk_widget_activate_action (field (editor, "capacity-places"), "capacity.add", NULL);
  g_assert_cmpuint (n_lines (editor), ==, 0);

  /* Capacity before the licence. */
  choose (editor, "capacity-category", "Schoolchildren");
  type_into (editor, "capacity-date", "2019-01-01");
  assert_message_contains (editor, "capacity", "before the licence");
  gtk_widget_activate_action (field (editor, "capacity-places"), "capacity.add", NULL);
  g_assert_cmpuint (n_lines (editor), ==, 0);

  /* Closing the main window, or the editor, with unsaved work asks
   * first; discarding leaves the database as it was. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (riaya_institutions_page_get_editor (fixture->page) == editor);
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (riaya_institutions_page_get_editor (fixture->page) == editor);
  /* One question, however many times the user tries to close. */
  g_assert_cmpuint (count_dialogs (), ==, 1);
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    {
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        dialog = l->data;
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Changes?");
  adw_message_dialog_response (dialog, "discard");
  g_assert_true (gui_test_wait_until (editor_closed, fixture->page));

  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 6);
}

static void
test_editor_licence_events (Fixture       *fixture,
                            gconstpointer  data)
{
  RiayaInstitutionEditor *editor = open_editor_on (fixture, "EPS-T-001");
  GtkLabel *badge = riaya_editor_history_get_status (riaya_institution_editor_get_history (editor));
  g_autoptr(RiayaInstitution) stored = NULL;

  riaya_institution_editor_show_page (editor, "licence");
  g_assert_cmpuint (n_events (editor), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (badge), ==, "Active");

  /* Reopening an institution that is not closed makes no sense. */
  choose (editor, "event-kind", "Reopened");
  type_into (editor, "event-date", "2024-01-10");
  assert_message_contains (editor, "event", "Only a closed, suspended or withdrawn institution can be reopened");
  gtk_widget_activate_action (field (editor, "event-date"), "history.add", NULL);
  g_assert_cmpuint (n_events (editor), ==, 1);

  /* Nor does an event before the licence. */
  choose (editor, "event-kind", "Warning");
  type_into (editor, "event-date", "2010-01-01");
  assert_message_contains (editor, "event", "before the licence");

  /* A warning with a deadline to regularise (art. 34). */
  type_into (editor, "event-date", "2024-01-10");
  type_into (editor, "event-deadline", "2024-03-10");
  type_into (editor, "event-note", "Hygiène de la cuisine");
  g_assert_null (riaya_institution_editor_get_message (editor, "event"));
  gtk_widget_activate_action (field (editor, "event-date"), "history.add", NULL);
  g_assert_cmpuint (n_events (editor), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (badge), ==, "Under warning");
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 1));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), "Deadline: 2024-03-10\nHygiène de la cuisine"));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_null (riaya_institutions_page_get_editor (fixture->page));

  stored = riaya_store_get_institution (fixture->store, "EPS-T-001", NULL);
  g_assert_cmpint (riaya_institution_get_status (stored), ==, RIAYA_LICENCE_STATUS_WARNED);
  /* The status follows into the list and its filter. */
  g_assert_true (gui_test_choose (GTK_WIDGET (riaya_institutions_page_get_filter (fixture->page, RIAYA_FILTER_STATUS)),
                                  "Under warning"));
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 2);
}

static void
test_editor_capacity_over_time (Fixture       *fixture,
                                gconstpointer  data)
{
  RiayaInstitutionEditor *editor = open_editor_on (fixture, "EPS-T-002");
  RiayaEditorCapacity *capacity = riaya_institution_editor_get_capacity (editor);
  g_autoptr(RiayaInstitution) stored = NULL;

  riaya_institution_editor_show_page (editor, "capacity");
  g_assert_cmpuint (riaya_editor_capacity_get_total_today (capacity), ==, 80);
  /* The form starts on the category and sex of the existing line. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (editor, "capacity-sex"))), ==, RIAYA_SEX_ANY);

  /* A change of capacity is a new dated line. */
  choose (editor, "capacity-category", "Schoolchildren");
  choose (editor, "capacity-sex", "Any");
  type_into (editor, "capacity-places", "100");
  type_into (editor, "capacity-date", "2022-09-01");
  gtk_widget_activate_action (field (editor, "capacity-places"), "capacity.add", NULL);
  g_assert_cmpuint (n_lines (editor), ==, 2);
  g_assert_cmpuint (riaya_editor_capacity_get_total_today (capacity), ==, 100);

  /* The capacity on any past date stays known. */
  type_into (editor, "capacity-on", "2016-01-01");
  g_assert_cmpstr (riaya_editor_capacity_get_on_date_text (capacity), ==, "80 places");
  type_into (editor, "capacity-on", "2023-01-01");
  g_assert_cmpstr (riaya_editor_capacity_get_on_date_text (capacity), ==, "100 places");
  type_into (editor, "capacity-on", "2014-01-01");
  g_assert_cmpstr (riaya_editor_capacity_get_on_date_text (capacity), ==, "0 places");

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_null (riaya_institutions_page_get_editor (fixture->page));
  g_assert_cmpstr (riaya_institutions_page_get_summary (fixture->page), ==, "6 institutions · 305 places");

  stored = riaya_store_get_institution (fixture->store, "EPS-T-002", NULL);
  g_assert_cmpuint (riaya_institution_get_places (stored), ==, 100);
  g_assert_cmpuint (riaya_institution_get_places_on (stored, "2016-01-01"), ==, 80);
}

static void
test_editor_deletes (Fixture       *fixture,
                     gconstpointer  data)
{
  RiayaInstitutionEditor *editor = open_editor_on (fixture, "EPS-T-006");
  g_autoptr(RiayaInstitution) victim = riaya_store_get_institution (fixture->store, "EPS-T-006", NULL);

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  g_assert_null (riaya_institutions_page_get_editor (fixture->page));
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 5);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 5);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-delete", "s",
                              riaya_institution_get_uuid (victim));
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 6);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 6);
}

static void
test_editor_escape_closes (Fixture       *fixture,
                           gconstpointer  data)
{
  RiayaInstitutionEditor *editor = open_editor_on (fixture, "EPS-T-003");

  /* Escape is bound to window.close; nothing was changed, so it closes. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL);
  g_assert_null (riaya_institutions_page_get_editor (fixture->page));
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

  g_test_add ("/editor/creates", Fixture, NULL, fixture_set_up, test_editor_creates, fixture_tear_down);
  g_test_add ("/editor/edits", Fixture, NULL, fixture_set_up, test_editor_edits, fixture_tear_down);
  g_test_add ("/editor/refuses-bad-input", Fixture, NULL, fixture_set_up, test_editor_refuses_bad_input, fixture_tear_down);
  g_test_add ("/editor/licence-events", Fixture, NULL, fixture_set_up, test_editor_licence_events, fixture_tear_down);
  g_test_add ("/editor/capacity-over-time", Fixture, NULL, fixture_set_up, test_editor_capacity_over_time, fixture_tear_down);
  g_test_add ("/editor/deletes", Fixture, NULL, fixture_set_up, test_editor_deletes, fixture_tear_down);
  g_test_add ("/editor/escape-closes", Fixture, NULL, fixture_set_up, test_editor_escape_closes, fixture_tear_down);

  return g_test_run ();
}
