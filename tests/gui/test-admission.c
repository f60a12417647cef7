/* test-admission.c — admit, transfer and discharge through the real dialogs
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-admission ar|fr: in a director's database with two student houses
 * (the first licensed for 2 boys), types into the admission dialog's
 * rows, chooses in its combo rows and saves through its action, as a user
 * would, in that language; answers the questions about places and about a
 * probable duplicate; transfers a pupil to the other house and sends
 * another home through the exit dialog; and reads the history in the
 * resident window. Each step checks the register and the counts that the
 * gauge shows.
 *
 * With RIAYA_GUI_SHOTS=DIR, also saves each dialog as a PNG in DIR, for
 * people to look at.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "gui-test-util.h"
#include "riaya-admission-dialog-private.h"
#include "riaya-exit-dialog-private.h"
#include "riaya-resident-form-private.h"
#include "riaya-resident-window-private.h"
#include "riaya-store-residents.h"

typedef struct
{
  const char       *language;
  GtkTextDirection  direction;
} Language;

static const Language languages[] = {
  { "ar", GTK_TEXT_DIR_RTL },
  { "fr", GTK_TEXT_DIR_LTR },
  { "en", GTK_TEXT_DIR_LTR },   /* by hand, for screenshots */
};

static const Language *language;

typedef struct
{
  char             *db_path;
  RiayaApplication *app;
  RiayaWindow      *window;
  RiayaContext     *context;
  RiayaStore       *store;
  RiayaInstitution *house;     /* EPS-A-001: 2 places, boys */
  RiayaInstitution *other;     /* EPS-A-002: 40 places */
  char             *today;
} Fixture;

/* Setting up */

static RiayaInstitution *
student_house_new (const char *licence,
                   const char *name_fr,
                   const char *name_ar,
                   RiayaSex    sex,
                   guint       places)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, sex, places, "2015-03-01");

  riaya_institution_set_licence_number (institution, licence);
  riaya_institution_set_licence_date (institution, "2015-03-01");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_65_15);
  riaya_institution_set_name_fr (institution, name_fr);
  riaya_institution_set_name_ar (institution, name_ar);
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_set_province_code (institution, "01.511");
  riaya_institution_add_capacity_line (institution, line);

  return institution;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->db_path = gui_test_new_database (FALSE);
  {
    g_autoptr(RiayaStore) store = riaya_store_open (fixture->db_path, &error);
    g_autoptr(RiayaInstitution) house = NULL;
    g_autoptr(RiayaInstitution) other = NULL;

    g_assert_no_error (error);
    riaya_store_set_profile (store, RIAYA_PROFILE_DIRECTOR, NULL, &error);
    g_assert_no_error (error);
    house = student_house_new ("EPS-A-001", "Dar Talib Assilah", "دار الطالب أصيلة", RIAYA_SEX_MALE, 2);
    other = student_house_new ("EPS-A-002", "Dar Talib Larache", "دار الطالب العرائش", RIAYA_SEX_ANY, 40);
    riaya_store_add_institution (store, house, &error);
    g_assert_no_error (error);
    riaya_store_add_institution (store, other, &error);
    g_assert_no_error (error);
  }

  fixture->window = gui_test_open_window (&fixture->app, fixture->db_path);
  fixture->context = riaya_window_get_context (fixture->window);
  fixture->store = riaya_context_get_store (fixture->context);
  g_assert_true (riaya_store_keeps_registers (fixture->store));
  fixture->house = riaya_store_get_institution (fixture->store, "EPS-A-001", &error);
  g_assert_no_error (error);
  fixture->other = riaya_store_get_institution (fixture->store, "EPS-A-002", &error);
  g_assert_no_error (error);
  fixture->today = riaya_date_today_iso ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->house);
  g_clear_object (&fixture->other);
  gui_test_close_app (fixture->app);
  g_free (fixture->today);
  g_free (fixture->db_path);
}

/* Looking and acting */

static void
save_shot (GtkWidget  *window,
           const char *name)
{
  const char *dir = g_getenv ("RIAYA_GUI_SHOTS");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL || *dir == '\0')
    return;

  g_assert_true (gui_test_wait_for_frames (window, 3));
  file = g_strdup_printf ("%s-%s.png", name, language->language);
  path = g_build_filename (dir, file, NULL);
  gui_test_save_png (GTK_WINDOW (window), path, &error);
  g_assert_no_error (error);
  g_test_message ("saved %s", path);
}

/* The title a speaker sees: translated once the catalogue has it. */
static void
assert_translated (const char *shown,
                   const char *msgid)
{
  const char *translated = g_dgettext (GETTEXT_PACKAGE, msgid);

  if (g_strcmp0 (translated, msgid) == 0)
    {
      g_test_message ("“%s” is not in the %s catalogue yet: not checked", msgid, language->language);
      return;
    }
  g_assert_cmpstr (shown, ==, translated);
}

static GtkWidget *
afield (RiayaAdmissionDialog *dialog,
        const char           *name)
{
  GtkWidget *widget = _riaya_admission_dialog_get_field (dialog, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
type_into (RiayaAdmissionDialog *dialog,
           const char           *name,
           const char           *text)
{
  gui_test_type (afield (dialog, name), text);
}

/* Types into a field and leaves it, as Tab would. */
static void
type_and_leave (GtkWindow  *window,
                GtkWidget  *row,
                const char *text)
{
  g_assert_true (gtk_widget_grab_focus (row));
  gui_test_type (row, text);
  gtk_window_set_focus (window, NULL);
}

static void
choose (GtkWidget  *combo,
        const char *label)
{
  if (!gui_test_choose (combo, label))
    g_error ("“%s” is not offered", label);
}

static const char *
combo_shows (GtkWidget *combo)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (combo));

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Waits until the window at *@pointer (a weak pointer) is gone. */
static void
wait_gone (gpointer *pointer)
{
  g_assert_true (gui_test_wait_until (is_null, pointer));
}

static AdwMessageDialog *
find_question (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static gboolean
question_shown (gpointer data)
{
  return find_question () != NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Answers the question on screen as a click on its button does, and
 * waits until it has gone from the screen. */
static void
answer (AdwMessageDialog *question,
        const char       *response)
{
  g_autoptr(AdwMessageDialog) held = g_object_ref (question);
  GtkWidget *button = find_button (GTK_WIDGET (question), adw_message_dialog_get_response_label (question, response));

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (gui_test_wait_until (is_hidden, question));
}

static void
on_saved (GObject  *dialog,
          char     *uuid,
          char    **out)
{
  g_free (*out);
  *out = g_strdup (uuid);
}

static RiayaAdmissionDialog *
open_admission (Fixture          *fixture,
                RiayaInstitution *institution,
                char            **admitted_uuid)
{
  RiayaAdmissionDialog *dialog;

  dialog = riaya_admission_dialog_new (GTK_WINDOW (fixture->window), fixture->context, institution);
  g_signal_connect (dialog, "admitted", G_CALLBACK (on_saved), admitted_uuid);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (dialog), 2));

  return dialog;
}

/* Fills the form with a valid pupil born on @birth. */
static void
fill_pupil (RiayaAdmissionDialog *dialog,
            const char           *first,
            const char           *last,
            const char           *birth)
{
  type_into (dialog, "first-name", first);
  type_into (dialog, "last-name", last);
  type_into (dialog, "birth-date", birth);
  type_into (dialog, "birth-place", "Assilah");
  type_into (dialog, "family-status", "Orphelin de père");
  type_into (dialog, "health-status", "Asthme léger");
  choose (afield (dialog, "referral"), riaya_referral_to_label (RIAYA_REFERRAL_FAMILY));
  type_into (dialog, "guardian-name", "Fatima Zahra");
  type_into (dialog, "guardian-address", "Derb Sidi Ahmed, Assilah");
  type_into (dialog, "guardian-phone", "0661 123456");
}

/* Saves, and waits until the dialog has closed; returns the stay. */
static RiayaStay *
save_admission (Fixture              *fixture,
                RiayaAdmissionDialog *dialog,
                char                **admitted_uuid)
{
  g_autoptr(GError) error = NULL;
  RiayaStay *stay;

  g_assert_true (_riaya_admission_dialog_can_save (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "admission.save", NULL);
  wait_gone ((gpointer *) &dialog);

  g_assert_nonnull (*admitted_uuid);
  stay = riaya_store_get_stay (fixture->store, *admitted_uuid, &error);
  g_assert_no_error (error);

  return stay;
}

static guint
present (Fixture          *fixture,
         RiayaInstitution *institution,
         RiayaSex          sex)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) presence = riaya_store_presence_on (fixture->store, fixture->today, NULL, &error);
  const RiayaPresence *counted;

  g_assert_no_error (error);
  counted = g_hash_table_lookup (presence, riaya_institution_get_uuid (institution));
  return counted != NULL ? counted->present[RIAYA_CATEGORY_PUPIL][sex] : 0;
}

static RiayaExitDialog *
open_exit (Fixture    *fixture,
           const char *stay_uuid,
           char      **exited_uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStay) stay = riaya_store_get_stay (fixture->store, stay_uuid, &error);
  RiayaExitDialog *dialog;

  g_assert_no_error (error);
  dialog = riaya_exit_dialog_new (GTK_WINDOW (fixture->window), fixture->context, stay);
  g_signal_connect (dialog, "exited", G_CALLBACK (on_saved), exited_uuid);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (dialog), 2));

  return dialog;
}

/* The test */

static void
test_admission_register (Fixture       *fixture,
                         gconstpointer  data)
{
  RiayaAdmissionDialog *dialog;
  RiayaExitDialog *exit_dialog;
  RiayaResidentWindow *resident_window;
  AdwMessageDialog *question;
  g_autofree char *admitted = NULL;
  g_autofree char *exited = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *first_stay = NULL;
  g_autofree char *second_stay = NULL;
  g_autofree char *third_stay = NULL;
  g_autofree char *namesake_stay = NULL;
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(GError) error = NULL;
  const char *message;
  GtkWidget *text;

  /* 1. The dialog, in the language and direction of the interface. */
  dialog = open_admission (fixture, fixture->house, &admitted);
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, language->direction);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (dialog)), ==, language->direction);
  assert_translated (gtk_window_get_title (GTK_WINDOW (dialog)), "New Admission");
  /* Dates read left to right, whatever the language. */
  text = gui_test_find_widget (afield (dialog, "admission-date"), GTK_TYPE_TEXT);
  g_assert_cmpint (gtk_widget_get_direction (text), ==, GTK_TEXT_DIR_LTR);
  g_assert_true (strstr (_riaya_admission_dialog_get_number (dialog), "1") != NULL);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (dialog), _riaya_admission_dialog_get_number (dialog)));
  /* Admission today by default; the only category a student house
   * serves is chosen, and the places, for boys only, choose the sex. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (afield (dialog, "admission-date"))), ==, fixture->today);
  g_assert_cmpstr (combo_shows (afield (dialog, "category")), ==, riaya_category_to_label (RIAYA_CATEGORY_PUPIL));
  g_assert_cmpstr (combo_shows (afield (dialog, "sex")), ==, riaya_sex_to_label (RIAYA_SEX_MALE));
  /* An empty form cannot be saved, and scolds nobody yet; the hints are
   * there. */
  g_assert_false (_riaya_admission_dialog_can_save (dialog));
  g_assert_null (_riaya_admission_dialog_get_message (dialog, "birth-date"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (dialog), _("Health data: seen only in this register")));

  /* The calendar of a date row: it opens on today when the row is
   * empty, and a day picked in it is written as year-month-day. */
  {
    GtkWidget *button = gui_test_find_widget (afield (dialog, "birth-date"), GTK_TYPE_MENU_BUTTON);
    GtkPopover *popover;
    GtkCalendar *calendar;
    g_autoptr(GDateTime) shown = NULL;
    g_autoptr(GDateTime) first_day = NULL;
    g_autofree char *expected = NULL;

    g_assert_nonnull (button);
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
    calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
    shown = gtk_calendar_get_date (calendar);
    g_assert_cmpint (g_date_time_get_year (shown) * 100 + g_date_time_get_month (shown), ==,
                     g_ascii_strtoll (fixture->today, NULL, 10) * 100 + g_ascii_strtoll (fixture->today + 5, NULL, 10));
    first_day = g_date_time_new_local (g_date_time_get_year (shown), g_date_time_get_month (shown), 1, 0, 0, 0);
    gtk_calendar_select_day (calendar, first_day);
    expected = g_strdup_printf ("%.8s01", fixture->today);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (afield (dialog, "birth-date"))), ==, expected);
    g_assert_true (gui_test_wait_until (is_hidden, popover));
  }

  /* 2. A CNIE that cannot be one is said at once; Save stays off. */
  fill_pupil (dialog, "Youssef", "Amrani", "2012-05-01");
  type_into (dialog, "cnie", "12AB");
  {
    g_autoptr(GError) cnie_error = NULL;

    g_assert_false (riaya_validate_cnie ("12AB", &cnie_error));
    g_assert_cmpstr (_riaya_admission_dialog_get_message (dialog, "cnie"), ==, cnie_error->message);
    g_assert_true (gui_test_shows_text (GTK_WIDGET (dialog), cnie_error->message));
  }
  g_assert_false (_riaya_admission_dialog_can_save (dialog));
  save_shot (GTK_WIDGET (dialog), "admission-invalid");
  /* Nor a birth date to come, nor a phone too short once left. */
  type_into (dialog, "cnie", "");
  g_assert_null (_riaya_admission_dialog_get_message (dialog, "cnie"));
  type_into (dialog, "birth-date", "2099-01-01");
  g_assert_nonnull (_riaya_admission_dialog_get_message (dialog, "birth-date"));
  g_assert_false (_riaya_admission_dialog_can_save (dialog));
  type_into (dialog, "birth-date", "2012-05-01");
  type_and_leave (GTK_WINDOW (dialog), afield (dialog, "guardian-phone"), "0661");
  g_assert_nonnull (_riaya_admission_dialog_get_message (dialog, "guardian-phone"));
  g_assert_false (_riaya_admission_dialog_can_save (dialog));
  type_into (dialog, "guardian-phone", "0661 123456");
  g_assert_null (_riaya_admission_dialog_get_message (dialog, "guardian-phone"));
  save_shot (GTK_WIDGET (dialog), "admission");

  /* 3. Admitted: register number 1, as typed. */
  stay = save_admission (fixture, dialog, &admitted);
  first_stay = g_strdup (admitted);
  g_assert_cmpuint (riaya_stay_get_register_number (stay), ==, 1);
  g_assert_cmpint (riaya_stay_get_category (stay), ==, RIAYA_CATEGORY_PUPIL);
  g_assert_cmpint (riaya_stay_get_referral (stay), ==, RIAYA_REFERRAL_FAMILY);
  g_assert_cmpstr (riaya_stay_get_admitted_on (stay), ==, fixture->today);
  g_assert_cmpstr (riaya_resident_get_first_name (riaya_stay_get_resident (stay)), ==, "Youssef");
  g_assert_cmpstr (riaya_resident_get_field (riaya_stay_get_resident (stay), RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE),
                   ==, "0661 123456");
  g_assert_cmpuint (present (fixture, fixture->house, RIAYA_SEX_MALE), ==, 1);
  g_clear_object (&stay);

  /* 4. The second boy fills the places; Enter in a field admits him. */
  dialog = open_admission (fixture, fixture->house, &admitted);
  g_assert_true (strstr (_riaya_admission_dialog_get_number (dialog), "2") != NULL);
  fill_pupil (dialog, "Karim", "Idrissi", "2011-02-03");
  g_clear_pointer (&admitted, g_free);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  text = gui_test_find_widget (afield (dialog, "guardian-phone"), GTK_TYPE_TEXT);
  g_assert_true (gtk_widget_grab_focus (text));
  g_signal_emit_by_name (text, "activate");
  wait_gone ((gpointer *) &dialog);
  g_assert_nonnull (admitted);
  stay = riaya_store_get_stay (fixture->store, admitted, &error);
  g_assert_no_error (error);
  second_stay = g_strdup (admitted);
  g_assert_cmpuint (riaya_stay_get_register_number (stay), ==, 2);
  g_assert_cmpuint (present (fixture, fixture->house, RIAYA_SEX_MALE), ==, 2);
  g_clear_object (&stay);

  /* 5. A third: the question names the 2 places. Cancel writes nothing
   * and keeps the form; then admit over capacity. */
  dialog = open_admission (fixture, fixture->house, &admitted);
  g_clear_pointer (&admitted, g_free);
  fill_pupil (dialog, "Omar", "Benali", "2012-09-09");
  before = riaya_store_dup_content_digest (fixture->store);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "admission.save", NULL);
  question = find_question ();
  g_assert_nonnull (question);
  g_assert_true (question == _riaya_admission_dialog_get_question (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "2"));
  assert_translated (adw_message_dialog_get_heading (question), "Admit Over Capacity?");
  save_shot (GTK_WIDGET (question), "over-capacity");
  answer (question, RIAYA_RESPONSE_CANCEL);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_null (admitted);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (afield (dialog, "first-name"))), ==, "Omar");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "admission.save", NULL);
  question = find_question ();
  g_assert_nonnull (question);
  answer (question, RIAYA_RESPONSE_ADMIT);
  wait_gone ((gpointer *) &dialog);
  g_assert_nonnull (admitted);
  third_stay = g_strdup (admitted);
  g_assert_cmpuint (present (fixture, fixture->house, RIAYA_SEX_MALE), ==, 3);

  /* 6. Someone with the names and birth date of the first boy, at the
   * other house: the question shows the other record. Cancel writes
   * nothing; "Different Person" admits a namesake. */
  dialog = open_admission (fixture, fixture->other, &admitted);
  g_clear_pointer (&admitted, g_free);
  choose (afield (dialog, "sex"), riaya_sex_to_label (RIAYA_SEX_MALE));
  fill_pupil (dialog, "Youssef", "Amrani", "2012-05-01");
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = riaya_store_dup_content_digest (fixture->store);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "admission.save", NULL);
  question = find_question ();
  g_assert_nonnull (question);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (question), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (question), "Youssef Amrani"));
  assert_translated (adw_message_dialog_get_heading (question), "Same Person?");
  save_shot (GTK_WIDGET (question), "duplicate");
  answer (question, RIAYA_RESPONSE_CANCEL);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "admission.save", NULL);
  question = find_question ();
  g_assert_nonnull (question);
  answer (question, RIAYA_RESPONSE_DIFFERENT);
  wait_gone ((gpointer *) &dialog);
  g_assert_nonnull (admitted);
  namesake_stay = g_strdup (admitted);
  stay = riaya_store_get_stay (fixture->store, namesake_stay, &error);
  g_assert_no_error (error);
  {
    g_autoptr(RiayaStay) first = riaya_store_get_stay (fixture->store, first_stay, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (riaya_resident_get_uuid (riaya_stay_get_resident (stay)), !=,
                     riaya_resident_get_uuid (riaya_stay_get_resident (first)));
  }
  g_clear_object (&stay);
  g_assert_cmpuint (present (fixture, fixture->other, RIAYA_SEX_MALE), ==, 1);

  /* 7. An exit before the admission is said under the date. */
  exit_dialog = open_exit (fixture, third_stay, &exited);
  assert_translated (gtk_window_get_title (GTK_WINDOW (exit_dialog)), "Record Exit");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (exit_dialog)), ==, language->direction);
  g_assert_false (_riaya_exit_dialog_can_save (exit_dialog));   /* no reason yet */
  choose (_riaya_exit_dialog_get_field (exit_dialog, "reason"),
          riaya_exit_reason_to_label (RIAYA_EXIT_REASON_TRANSFER));
  gui_test_type (_riaya_exit_dialog_get_field (exit_dialog, "date"), "2000-01-01");
  message = _riaya_exit_dialog_get_message (exit_dialog, "date");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "2000-01-01"));
  g_assert_false (_riaya_exit_dialog_can_save (exit_dialog));

  /* 8. The transfer to the other house, the only one that takes pupils:
   * chosen already. Both stays are linked; the counts move. */
  gui_test_type (_riaya_exit_dialog_get_field (exit_dialog, "date"), fixture->today);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (_riaya_exit_dialog_get_field (exit_dialog,
                                                                                              "to-database"))));
  g_assert_nonnull (strstr (combo_shows (_riaya_exit_dialog_get_field (exit_dialog, "destination")), "EPS-A-002"));
  save_shot (GTK_WIDGET (exit_dialog), "transfer");
  g_assert_true (_riaya_exit_dialog_can_save (exit_dialog));
  g_object_add_weak_pointer (G_OBJECT (exit_dialog), (gpointer *) &exit_dialog);
  gtk_widget_activate_action (GTK_WIDGET (exit_dialog), "exit.save", NULL);
  wait_gone ((gpointer *) &exit_dialog);
  g_assert_cmpstr (exited, ==, third_stay);
  stay = riaya_store_get_stay (fixture->store, third_stay, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_stay_get_exited_on (stay), ==, fixture->today);
  g_assert_cmpint (riaya_stay_get_exit_reason (stay), ==, RIAYA_EXIT_REASON_TRANSFER);
  g_assert_nonnull (riaya_stay_get_transfer_to_uuid (stay));
  {
    g_autoptr(RiayaStay) there = riaya_store_get_stay (fixture->store, riaya_stay_get_transfer_to_uuid (stay), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (riaya_stay_get_institution_uuid (there), ==, riaya_institution_get_uuid (fixture->other));
    g_assert_cmpstr (riaya_stay_get_transfer_from_uuid (there), ==, third_stay);
    g_assert_cmpint (riaya_stay_get_referral (there), ==, RIAYA_REFERRAL_TRANSFER);
    g_assert_null (riaya_stay_get_exited_on (there));
  }
  g_assert_cmpuint (present (fixture, fixture->house, RIAYA_SEX_MALE), ==, 2);
  g_assert_cmpuint (present (fixture, fixture->other, RIAYA_SEX_MALE), ==, 2);

  /* 9. The second boy goes home to his family. */
  g_clear_pointer (&exited, g_free);
  exit_dialog = open_exit (fixture, second_stay, &exited);
  choose (_riaya_exit_dialog_get_field (exit_dialog, "reason"),
          riaya_exit_reason_to_label (RIAYA_EXIT_REASON_FAMILY));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (_riaya_exit_dialog_get_field (exit_dialog,
                                                                                                  "destination"),
                                                                   ADW_TYPE_PREFERENCES_GROUP)));
  g_object_add_weak_pointer (G_OBJECT (exit_dialog), (gpointer *) &exit_dialog);
  gtk_widget_activate_action (GTK_WIDGET (exit_dialog), "exit.save", NULL);
  wait_gone ((gpointer *) &exit_dialog);
  g_clear_object (&stay);
  stay = riaya_store_get_stay (fixture->store, second_stay, &error);
  g_assert_no_error (error);
  g_assert_cmpint (riaya_stay_get_exit_reason (stay), ==, RIAYA_EXIT_REASON_FAMILY);
  g_assert_null (riaya_stay_get_transfer_to_uuid (stay));
  g_assert_cmpuint (present (fixture, fixture->house, RIAYA_SEX_MALE), ==, 1);

  /* 10. The transferred boy's history: two stays, linked, the second open. */
  g_clear_object (&stay);
  stay = riaya_store_get_stay (fixture->store, third_stay, &error);
  g_assert_no_error (error);
  resident_window = riaya_resident_window_new (GTK_WINDOW (fixture->window), fixture->context, stay);
  gtk_window_present (GTK_WINDOW (resident_window));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (resident_window), 2));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (resident_window)), ==, language->direction);
  g_assert_cmpuint (_riaya_resident_window_get_n_stays (resident_window), ==, 2);
  {
    /* Translators' text, as the window builds it. */
    g_autofree char *to = g_strdup_printf (_("Transferred to %s"),
                                           riaya_institution_get_display_name (fixture->other));
    AdwActionRow *row = ADW_ACTION_ROW (_riaya_resident_window_get_stay_row (resident_window, 0));

    g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), to));
  }
  g_assert_true (gui_test_shows_text (_riaya_resident_window_get_stay_row (resident_window, 1), C_("badge", "Present")));
  save_shot (GTK_WIDGET (resident_window), "resident");
  gtk_window_destroy (GTK_WINDOW (resident_window));

  /* 11. The boy who went home, admitted again from his window: the form
   * comes filled, the stay joins his record. */
  g_clear_object (&stay);
  stay = riaya_store_get_stay (fixture->store, second_stay, &error);
  g_assert_no_error (error);
  resident_window = riaya_resident_window_new (GTK_WINDOW (fixture->window), fixture->context, stay);
  gtk_window_present (GTK_WINDOW (resident_window));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (resident_window), 2));
  g_assert_cmpuint (_riaya_resident_window_get_n_stays (resident_window), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (resident_window), "resident.admit-again", NULL);
  dialog = RIAYA_ADMISSION_DIALOG (_riaya_resident_window_get_dialog (resident_window));
  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "admitted", G_CALLBACK (on_saved), &admitted);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (dialog), 2));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (afield (dialog, "first-name"))), ==, "Karim");
  choose (afield (dialog, "referral"), riaya_referral_to_label (RIAYA_REFERRAL_COURT_ORDER));
  g_clear_pointer (&admitted, g_free);
  g_clear_object (&stay);
  stay = save_admission (fixture, dialog, &admitted);
  g_assert_cmpuint (riaya_stay_get_register_number (stay), ==, 4);
  g_assert_cmpuint (_riaya_resident_window_get_n_stays (resident_window), ==, 2);

  /* 12. A change of the guardian's phone: the journal names the field,
   * never the number. */
  gui_test_type (_riaya_resident_window_get_field (resident_window, "guardian-phone"), "0662 765432");
  g_assert_true (_riaya_resident_window_can_save (resident_window));
  gtk_widget_activate_action (GTK_WIDGET (resident_window), "resident.save", NULL);
  g_assert_null (_riaya_resident_window_get_message (resident_window, "form"));
  g_assert_false (_riaya_resident_window_can_save (resident_window));
  {
    RiayaResident *person = riaya_stay_get_resident (stay);
    g_autoptr(RiayaResident) saved = riaya_store_get_resident (fixture->store, riaya_resident_get_uuid (person),
                                                               &error);
    g_autoptr(GPtrArray) journal = NULL;
    RiayaJournalEntry *entry;

    g_assert_no_error (error);
    g_assert_cmpstr (riaya_resident_get_field (saved, RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE), ==, "0662 765432");
    journal = riaya_store_list_journal (fixture->store, riaya_resident_get_uuid (person), 1);
    g_assert_cmpuint (journal->len, ==, 1);
    entry = g_ptr_array_index (journal, 0);
    g_assert_nonnull (strstr (entry->summary, "guardian-phone"));
    g_assert_null (strstr (entry->summary, "0662"));
    g_assert_null (strstr (entry->summary, "Karim"));
  }
  gtk_window_destroy (GTK_WINDOW (resident_window));
}

/* A pupil admitted through the store, as the register already holds them. */
static char *
admit_directly (Fixture         *fixture,
                const char      *first,
                const char      *last,
                const char      *birth,
                const char      *admitted_on,
                RiayaAdmitFlags  flags)
{
  g_autoptr(RiayaResident) resident = riaya_resident_new ();
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(GError) error = NULL;

  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, first);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, last);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, birth);
  riaya_resident_set_sex (resident, RIAYA_SEX_MALE);
  stay = riaya_stay_new (resident);
  riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (fixture->house));
  riaya_stay_set_category (stay, RIAYA_CATEGORY_PUPIL);
  riaya_stay_set_admitted_on (stay, admitted_on);
  riaya_stay_set_referral (stay, RIAYA_REFERRAL_FAMILY);
  riaya_store_admit (fixture->store, stay, flags, &error);
  g_assert_no_error (error);

  return g_strdup (riaya_stay_get_uuid (stay));
}

/* A boy who went home comes back to a full house: "Same Person", then
 * "Admit Over Capacity", in one save; the stay joins his record. */
static void
test_admission_same_person (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *first = admit_directly (fixture, "Youssef", "Amrani", "2012-05-01", "2024-09-02",
                                           RIAYA_ADMIT_DEFAULT);
  g_autofree char *second = admit_directly (fixture, "Karim", "Idrissi", "2011-02-03", "2024-09-02",
                                            RIAYA_ADMIT_DEFAULT);
  g_autofree char *third = NULL;
  g_autofree char *admitted = NULL;
  g_autoptr(RiayaStay) before = NULL;
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  RiayaAdmissionDialog *dialog;
  AdwMessageDialog *question;

  riaya_store_record_exit (fixture->store, first, "2025-06-30", RIAYA_EXIT_REASON_FAMILY, NULL,
                           RIAYA_ADMIT_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  third = admit_directly (fixture, "Omar", "Benali", "2012-09-09", "2025-09-01", RIAYA_ADMIT_DEFAULT);
  g_assert_cmpuint (present (fixture, fixture->house, RIAYA_SEX_MALE), ==, 2);
  before = riaya_store_get_stay (fixture->store, first, &error);
  g_assert_no_error (error);

  dialog = open_admission (fixture, fixture->house, &admitted);
  fill_pupil (dialog, "Youssef", "Amrani", "2012-05-01");
  type_into (dialog, "birth-place", "Tanger");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "admission.save", NULL);

  question = find_question ();
  g_assert_nonnull (question);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (question), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (question), "Youssef Amrani"));
  answer (question, RIAYA_RESPONSE_SAME_PERSON);

  /* The same save goes on, and meets the places. */
  g_assert_true (gui_test_wait_until (question_shown, NULL));
  question = find_question ();
  g_assert_true (question == _riaya_admission_dialog_get_question (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "2"));
  answer (question, RIAYA_RESPONSE_ADMIT);
  wait_gone ((gpointer *) &dialog);

  g_assert_nonnull (admitted);
  stay = riaya_store_get_stay (fixture->store, admitted, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_resident_get_uuid (riaya_stay_get_resident (stay)), ==,
                   riaya_resident_get_uuid (riaya_stay_get_resident (before)));
  /* His record, updated from the form. */
  g_assert_cmpstr (riaya_resident_get_field (riaya_stay_get_resident (stay), RIAYA_RESIDENT_FIELD_BIRTH_PLACE),
                   ==, "Tanger");
  history = riaya_store_list_resident_stays (fixture->store, riaya_resident_get_uuid (riaya_stay_get_resident (stay)),
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  g_assert_cmpuint (present (fixture, fixture->house, RIAYA_SEX_MALE), ==, 3);

  /* A transfer into the full house asks the same question, naming its
   * numbers; the answer moves the boy in one step. */
  {
    g_autoptr(RiayaResident) resident = riaya_resident_new ();
    g_autoptr(RiayaStay) elsewhere = NULL;
    g_autofree char *exited = NULL;
    g_autofree char *digest = NULL;
    g_autofree char *digest_after = NULL;
    RiayaExitDialog *exit_dialog;

    riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, "Anas");
    riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, "2013-01-15");
    riaya_resident_set_sex (resident, RIAYA_SEX_MALE);
    elsewhere = riaya_stay_new (resident);
    riaya_stay_set_institution_uuid (elsewhere, riaya_institution_get_uuid (fixture->other));
    riaya_stay_set_category (elsewhere, RIAYA_CATEGORY_PUPIL);
    riaya_stay_set_admitted_on (elsewhere, "2025-09-01");
    riaya_store_admit (fixture->store, elsewhere, RIAYA_ADMIT_DEFAULT, &error);
    g_assert_no_error (error);

    exit_dialog = open_exit (fixture, riaya_stay_get_uuid (elsewhere), &exited);
    choose (_riaya_exit_dialog_get_field (exit_dialog, "reason"),
            riaya_exit_reason_to_label (RIAYA_EXIT_REASON_TRANSFER));
    g_assert_nonnull (strstr (combo_shows (_riaya_exit_dialog_get_field (exit_dialog, "destination")), "EPS-A-001"));
    digest = riaya_store_dup_content_digest (fixture->store);
    gtk_widget_activate_action (GTK_WIDGET (exit_dialog), "exit.save", NULL);
    question = find_question ();
    g_assert_nonnull (question);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "3"));
    answer (question, RIAYA_RESPONSE_CANCEL);
    digest_after = riaya_store_dup_content_digest (fixture->store);
    g_assert_cmpstr (digest, ==, digest_after);
    g_assert_null (exited);

    g_object_add_weak_pointer (G_OBJECT (exit_dialog), (gpointer *) &exit_dialog);
    gtk_widget_activate_action (GTK_WIDGET (exit_dialog), "exit.save", NULL);
    question = find_question ();
    g_assert_nonnull (question);
    answer (question, RIAYA_RESPONSE_ADMIT);
    wait_gone ((gpointer *) &exit_dialog);
    g_assert_cmpstr (exited, ==, riaya_stay_get_uuid (elsewhere));
    g_assert_cmpuint (present (fixture, fixture->house, RIAYA_SEX_MALE), ==, 4);
    g_assert_cmpuint (present (fixture, fixture->other, RIAYA_SEX_MALE), ==, 0);
  }
}

/* The register place of @stay_uuid, as the same-person question shows it. */
static char *
dup_place (Fixture    *fixture,
           const char *stay_uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStay) stay = riaya_store_get_stay (fixture->store, stay_uuid, &error);

  g_assert_no_error (error);
  return g_strdup_printf (_("%1$s, No. %2$u"), riaya_stay_get_institution_name (stay),
                          riaya_stay_get_register_number (stay));
}

/* Two boys of the same name and birth date went home; one comes back:
 * the question lists both, and the one the user ticks gets the stay. */
static void
test_admission_same_person_choice (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *first = admit_directly (fixture, "Youssef", "Amrani", "2012-05-01", "2024-09-02",
                                           RIAYA_ADMIT_DEFAULT);
  g_autofree char *second = admit_directly (fixture, "Youssef", "Amrani", "2012-05-01", "2024-09-03",
                                            RIAYA_ADMIT_NOT_DUPLICATE);
  g_autofree char *first_place = dup_place (fixture, first);
  g_autofree char *second_place = dup_place (fixture, second);
  g_autofree char *admitted = NULL;
  const char *chosen = NULL;
  const char *other = NULL;
  g_autoptr(RiayaStay) chosen_stay = NULL;
  g_autoptr(RiayaStay) other_stay = NULL;
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  RiayaAdmissionDialog *dialog;
  AdwMessageDialog *question;
  GtkWidget *list;
  guint n_rows = 0;

  riaya_store_record_exit (fixture->store, first, "2025-06-30", RIAYA_EXIT_REASON_FAMILY, NULL,
                           RIAYA_ADMIT_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  riaya_store_record_exit (fixture->store, second, "2025-06-30", RIAYA_EXIT_REASON_FAMILY, NULL,
                           RIAYA_ADMIT_DEFAULT, NULL, &error);
  g_assert_no_error (error);

  dialog = open_admission (fixture, fixture->house, &admitted);
  fill_pupil (dialog, "Youssef", "Amrani", "2012-05-01");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "admission.save", NULL);
  question = find_question ();
  g_assert_nonnull (question);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (question), 2));

  /* One row per record, each with its tick; the first is ticked. Tick
   * the other one, as a user would. */
  list = adw_message_dialog_get_extra_child (question);
  g_assert_true (GTK_IS_LIST_BOX (list));
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gui_test_find_widget (row, GTK_TYPE_CHECK_BUTTON);
      const char *subtitle;

      if (!ADW_IS_ACTION_ROW (row))
        continue;
      n_rows++;
      g_assert_nonnull (check);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Youssef Amrani");
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        continue;
      g_assert_true (gtk_widget_activate (check));
      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
      subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
      g_assert_true ((strstr (subtitle, first_place) != NULL) != (strstr (subtitle, second_place) != NULL));
      chosen = strstr (subtitle, first_place) != NULL ? first : second;
      other = chosen == first ? second : first;
    }
  g_assert_cmpuint (n_rows, ==, 2);
  g_assert_nonnull (chosen);

  answer (question, RIAYA_RESPONSE_SAME_PERSON);
  wait_gone ((gpointer *) &dialog);

  g_assert_nonnull (admitted);
  stay = riaya_store_get_stay (fixture->store, admitted, &error);
  g_assert_no_error (error);
  chosen_stay = riaya_store_get_stay (fixture->store, chosen, &error);
  g_assert_no_error (error);
  other_stay = riaya_store_get_stay (fixture->store, other, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_resident_get_uuid (riaya_stay_get_resident (stay)), ==,
                   riaya_resident_get_uuid (riaya_stay_get_resident (chosen_stay)));
  history = riaya_store_list_resident_stays (fixture->store,
                                             riaya_resident_get_uuid (riaya_stay_get_resident (other_stay)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  g_clear_object (&history);
  history = riaya_store_list_resident_stays (fixture->store,
                                             riaya_resident_get_uuid (riaya_stay_get_resident (chosen_stay)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
}

/* Closing a form with typed work asks first; discarding writes nothing. */
static void
test_admission_discard (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *admitted = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  RiayaAdmissionDialog *dialog = open_admission (fixture, fixture->house, &admitted);
  AdwMessageDialog *question;

  type_into (dialog, "first-name", "Hamza");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  question = find_question ();
  g_assert_nonnull (question);
  assert_translated (adw_message_dialog_get_heading (question), "Discard Changes?");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  answer (question, RIAYA_RESPONSE_DISCARD);
  wait_gone ((gpointer *) &dialog);
  g_assert_null (admitted);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);
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
      g_printerr ("usage: test-admission ar|fr|en\n");
      return 2;
    }

  /* Before anything reads the language list. */
  g_setenv ("LANGUAGE", language->language, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RIAYA_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  riaya_interface_language_reset ();

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  if (gui_test_skip_without_display ())
    return 0;

  g_test_add ("/admission/register", Fixture, NULL, fixture_set_up, test_admission_register, fixture_tear_down);
  g_test_add ("/admission/same-person", Fixture, NULL, fixture_set_up, test_admission_same_person,
              fixture_tear_down);
  g_test_add ("/admission/same-person-choice", Fixture, NULL, fixture_set_up, test_admission_same_person_choice,
              fixture_tear_down);
  g_test_add ("/admission/discard", Fixture, NULL, fixture_set_up, test_admission_discard, fixture_tear_down);

  return g_test_run ();
}
