/* test-inspections.c — plan, record and follow up a visit from the inspections page
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-inspections ar|fr: on the small registry of gui-test-util.c, with
 * valid visits recorded by hand for five of the six institutions, opens
 * the inspections page with its shortcut and checks that the programme
 * puts the one never inspected first, flagged, with the count line and
 * the dates kept whole right to left. From that row's Schedule button it
 * plans a visit through the real visit editor, sees it leave the
 * programme, appear in the agenda of its month and as a marked day of
 * the calendar; opens it from the agenda, records it — a committee with
 * a majority, a checklist area not compliant, a warning with a deadline
 * and one corrective action — and, once the page's day is moved past the
 * action's due date, finds the follow-up proposed, and plans it. A
 * delegate's database opens on the delegate's province.
 *
 * With RIAYA_GUI_SHOTS=DIR, also saves the page's views as PNGs in DIR,
 * for people to look at ("en" renders them in English).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "gui-test-util.h"
#include "inspections-test-util.h"
#include "riaya-inspections-page.h"
#include "riaya-store-inspections.h"
#include "riaya-ui-util.h"

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
  char                 *db_path;
  RiayaApplication     *app;
  RiayaWindow          *window;
  RiayaContext         *context;
  RiayaStore           *store;
  RiayaInspectionsPage *page;
  char                 *today;
  guint                 year;
} Fixture;

/* Setting up */

static gboolean
page_loaded (gpointer data)
{
  return !riaya_inspections_page_is_loading (data);
}

static void
wait_for_page (Fixture *fixture)
{
  g_assert_true (gui_test_wait_until (page_loaded, fixture->page));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
}

static void
open_fixture (Fixture *fixture)
{
  fixture->window = gui_test_open_window (&fixture->app, fixture->db_path);
  fixture->context = riaya_window_get_context (fixture->window);
  fixture->store = riaya_context_get_store (fixture->context);
  fixture->page = riaya_window_get_inspections_page (fixture->window);
  g_assert_true (gui_test_wait_for_list (riaya_window_get_institutions_page (fixture->window)));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->today = riaya_date_today_iso ();
  fixture->year = (guint) g_ascii_strtoull (fixture->today, NULL, 10);
  fixture->db_path = gui_test_new_database (TRUE);
  gui_test_seed_small_registry (fixture->db_path);
  inspections_test_seed_visits (fixture->db_path, fixture->today);
  open_fixture (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
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

  g_assert_true (gui_test_wait_for_frames (window, 30));
  file = g_strdup_printf ("%s-%s.png", name, language->language);
  path = g_build_filename (dir, file, NULL);
  gui_test_save_png (GTK_WINDOW (window), path, &error);
  g_assert_no_error (error);
  g_test_message ("saved %s", path);
}

/* The text a speaker sees: translated once the catalogue has it. */
static void
assert_translated (const char *shown,
                   const char *msgid)
{
  const char *translated = g_dgettext (GETTEXT_PACKAGE, msgid);

  if (g_strcmp0 (translated, msgid) == 0 && !g_str_equal (language->language, "en"))
    {
      g_test_message ("“%s” is not in the %s catalogue yet: not checked", msgid, language->language);
      return;
    }
  g_assert_cmpstr (shown, ==, translated);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static const RiayaProgrammeItem *
programme_item (Fixture *fixture,
                guint    position)
{
  g_autoptr(RiayaProgrammeEntry) entry = g_list_model_get_item (riaya_inspections_page_get_programme (fixture->page),
                                                                position);

  g_assert_nonnull (entry);
  return riaya_programme_entry_get_item (entry);
}

static gboolean
editor_open (gpointer data)
{
  return riaya_inspections_page_get_editor (data) != NULL;
}

static RiayaVisitEditor *
wait_for_editor (Fixture *fixture)
{
  RiayaVisitEditor *editor;

  g_assert_true (gui_test_wait_until (editor_open, fixture->page));
  editor = riaya_inspections_page_get_editor (fixture->page);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (editor)), ==, language->direction);

  return editor;
}

static GtkWidget *
field (RiayaVisitEditor *editor,
       const char       *name)
{
  GtkWidget *widget = riaya_visit_editor_get_field (editor, name);

  if (widget == NULL)
    g_error ("the visit editor has no field “%s”", name);
  return widget;
}

static void
choose (GtkWidget  *combo,
        const char *label)
{
  if (!gui_test_choose (combo, label))
    g_error ("“%s” is not offered", label);
}

/* Clicks Save, then waits until the editor has closed and the page has
 * read everything again. */
static void
save_visit (Fixture          *fixture,
            RiayaVisitEditor *editor)
{
  g_assert_null (riaya_visit_editor_get_message (editor, "form"));
  g_assert_true (riaya_visit_editor_can_save (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  inspections_test_click (field (editor, "save"));
  g_assert_true (gui_test_wait_until (is_null, &editor));
  wait_for_page (fixture);
}

static void
set_text_view (GtkWidget  *view,
               const char *text)
{
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static RiayaInspection *
only_visit_of (Fixture    *fixture,
               const char *licence)
{
  g_autoptr(RiayaInstitution) institution = riaya_store_get_institution (fixture->store, licence, NULL);
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (institution);
  filter.institution_uuid = riaya_institution_get_uuid (institution);
  visits = riaya_store_list_inspections (fixture->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (visits), ==, 1);

  return g_list_model_get_item (visits, 0);
}

static gboolean
agenda_has (Fixture    *fixture,
            const char *uuid)
{
  GListModel *agenda = riaya_inspections_page_get_agenda (fixture->page);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (agenda, i);

      if (g_str_equal (riaya_inspection_get_uuid (visit), uuid))
        return TRUE;
    }

  return FALSE;
}

/* Shows the month of @date in the calendar, and waits for its visits. */
static void
show_month_of (Fixture    *fixture,
               const char *date)
{
  riaya_inspections_page_show_month (fixture->page, (guint) g_ascii_strtoull (date, NULL, 10),
                                     (guint) g_ascii_strtoull (date + 5, NULL, 10));
  wait_for_page (fixture);
}

/* The tests */

static void
test_default_year (void)
{
  /* Decree art. 7: from October, next year's programme is prepared. */
  g_assert_cmpuint (riaya_inspections_page_default_year ("2026-09-30"), ==, 2026);
  g_assert_cmpuint (riaya_inspections_page_default_year ("2026-10-01"), ==, 2027);
  g_assert_cmpuint (riaya_inspections_page_default_year ("2026-12-31"), ==, 2027);
  g_assert_cmpuint (riaya_inspections_page_default_year ("2027-01-01"), ==, 2027);
}

static void
test_propose_date (void)
{
  RiayaProgrammeItem item = { 0 };
  g_autofree char *date = NULL;

  /* Never inspected, due long ago: the first working day still to come —
   * Monday 2026-11-23 itself; from Saturday 2026-11-21, that Monday. */
  item.assessment.next_due = g_strdup ("2015-09-01");
  date = riaya_inspections_page_propose_date (&item, 2026, "2026-11-23");
  g_assert_cmpstr (date, ==, "2026-11-23");
  g_free (date);
  date = riaya_inspections_page_propose_date (&item, 2026, "2026-11-21");
  g_assert_cmpstr (date, ==, "2026-11-23");
  g_free (date);
  /* Next year's programme: from its first working day, not New Year's
   * Day (Friday 2027-01-01) — Monday 2027-01-04. */
  date = riaya_inspections_page_propose_date (&item, 2027, "2026-11-23");
  g_assert_cmpstr (date, ==, "2027-01-04");
  g_free (date);
  /* Due within the year: on that day, or the Friday before a weekend. */
  g_free (item.assessment.next_due);
  item.assessment.next_due = g_strdup ("2027-03-15");
  date = riaya_inspections_page_propose_date (&item, 2027, "2026-11-23");
  g_assert_cmpstr (date, ==, "2027-03-15");
  g_free (date);
  g_free (item.assessment.next_due);
  item.assessment.next_due = g_strdup ("2027-03-14");
  date = riaya_inspections_page_propose_date (&item, 2027, "2026-11-23");
  g_assert_cmpstr (date, ==, "2027-03-12");
  g_free (item.assessment.next_due);
}

static void
test_inspections_workflow (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  RiayaVisitEditor *editor;
  g_autoptr(RiayaInstitution) never = riaya_store_get_institution (fixture->store, "EPS-T-004", NULL);
  g_autoptr(RiayaInspection) planned = NULL;
  g_autoptr(RiayaInspection) recorded = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autofree char *year = g_strdup_printf ("%u", fixture->year);
  g_autofree char *date = NULL;
  g_autofree char *deadline = inspections_test_shift_day (fixture->today, 30);
  g_autofree char *action_due = inspections_test_shift_day (fixture->today, 20);
  g_autofree char *later = inspections_test_shift_day (fixture->today, 21);
  g_autofree char *text = NULL;
  const RiayaProgrammeItem *first;
  GtkWidget *button;

  /* 1. Ctrl+3 shows the inspections page, in the interface's direction,
   * on the programme of the year the page chooses for today. */
  gtk_widget_activate_action (window, "win.page", "s", "inspections");
  g_assert_cmpstr (riaya_window_get_view (fixture->window), ==, "inspections");
  assert_translated (riaya_window_get_heading (fixture->window), "Inspections");
  riaya_inspections_page_set_today (fixture->page, fixture->today);
  wait_for_page (fixture);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (fixture->page)), ==, language->direction);
  g_assert_cmpuint (riaya_inspections_page_get_year (fixture->page), ==,
                    riaya_inspections_page_default_year (fixture->today));

  /* 2. This year's programme: the house never inspected first, flagged in
   * words; then those past their period, the longest overdue first; then
   * the one that needs its second visit of the year under 14.05. */
  choose (GTK_WIDGET (riaya_inspections_page_get_filter (fixture->page, RIAYA_INSPECTIONS_FILTER_YEAR)), year);
  wait_for_page (fixture);
  g_assert_cmpstr (riaya_inspections_page_get_view (fixture->page), ==, "programme");
  g_assert_cmpuint (g_list_model_get_n_items (riaya_inspections_page_get_programme (fixture->page)), ==, 5);
  first = programme_item (fixture, 0);
  g_assert_cmpstr (first->licence_number, ==, "EPS-T-004");
  g_assert_true (first->assessment.reasons & RIAYA_DUE_NEVER_INSPECTED);
  g_assert_cmpstr (programme_item (fixture, 1)->licence_number, ==, "EPS-T-001");
  g_assert_cmpstr (programme_item (fixture, 2)->licence_number, ==, "EPS-T-003");
  g_assert_cmpstr (programme_item (fixture, 3)->licence_number, ==, "EPS-T-005");
  g_assert_cmpstr (programme_item (fixture, 4)->licence_number, ==, "EPS-T-002");
  g_assert_true (gui_test_shows_text (window, _("Never inspected")));
  {
    g_autofree char *reasons = riaya_due_reasons_dup_label (first->assessment.reasons);
    g_autofree char *four = inspections_test_years_ago (fixture->today, 4);
    g_autofree char *last = inspections_test_isolated (four);

    g_assert_true (gui_test_shows_text (window, reasons));
    /* Dates stay whole right to left: each in a left-to-right isolate. */
    g_assert_true (gui_test_shows_text (window, last));
  }
  /* Five to visit, one never inspected, three (visited once) past the
   * six months of Law 14.05. */
  {
    g_autofree char *to_visit = g_strdup_printf (ngettext ("%s institution to visit",
                                                           "%s institutions to visit", 5), "5");
    g_autofree char *never_text = g_strdup_printf (ngettext ("%s never inspected", "%s never inspected", 1), "1");
    g_autofree char *past = g_strdup_printf (ngettext ("%s past its legal period", "%s past their legal period", 3),
                                             "3");
    g_autofree char *expected = g_strdup_printf (C_("programme summary", "%1$s · %2$s · %3$s"),
                                                 to_visit, never_text, past);

    g_assert_cmpstr (riaya_inspections_page_get_programme_summary (fixture->page), ==, expected);
    g_assert_true (gui_test_shows_text (window, expected));
  }
  save_shot (window, "inspections-programme");

  /* 3. Schedule… on the first row opens the visit editor on it, a
   * programmed visit on a day of the year. */
  button = inspections_test_find_row_button (window, "inspections.schedule", riaya_institution_get_uuid (never));
  g_assert_nonnull (button);
  inspections_test_click (button);
  editor = wait_for_editor (fixture);
  date = g_strdup (gtk_editable_get_text (GTK_EDITABLE (field (editor, "date"))));
  g_assert_true (g_str_has_prefix (date, year));
  g_assert_cmpint (riaya_date_compare (date, fixture->today), >=, 0);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), riaya_institution_get_display_name (never)));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), riaya_visit_kind_to_label (RIAYA_VISIT_KIND_PROGRAMMED)));
  set_text_view (field (editor, "committee"),
                 "Le gouverneur (président)\nDélégué de la santé\nDélégué de l’éducation\n"
                 "Officier de police judiciaire\nExperte du handicap");
  save_visit (fixture, editor);

  /* Planned: it leaves the programme, and the store has it as typed. */
  planned = only_visit_of (fixture, "EPS-T-004");
  g_assert_cmpstr (riaya_inspection_get_planned_on (planned), ==, date);
  g_assert_cmpint (riaya_inspection_get_kind (planned), ==, RIAYA_VISIT_KIND_PROGRAMMED);
  g_assert_false (riaya_inspection_is_done (planned));
  g_assert_cmpuint (g_list_model_get_n_items (riaya_inspections_page_get_programme (fixture->page)), ==, 4);
  g_assert_cmpstr (programme_item (fixture, 0)->licence_number, !=, "EPS-T-004");

  /* 4. The calendar: the visit in the agenda of its month, its day
   * marked, planned. */
  riaya_inspections_page_show_view (fixture->page, "calendar");
  show_month_of (fixture, date);
  g_assert_true (agenda_has (fixture, riaya_inspection_get_uuid (planned)));
  g_assert_true (gtk_calendar_get_day_is_marked (riaya_inspections_page_get_calendar (fixture->page),
                                                 (guint) g_ascii_strtoull (date + 8, NULL, 10)));
  g_assert_true (inspections_test_day_is_shown_marked (riaya_inspections_page_get_calendar (fixture->page),
                                                       (guint) g_ascii_strtoull (date + 8, NULL, 10)));
  g_assert_true (gui_test_shows_text (window, riaya_visit_status_to_label (RIAYA_VISIT_STATUS_PLANNED)));
  text = inspections_test_isolated (date);
  g_assert_true (gui_test_shows_text (window, text));
  save_shot (window, "inspections-calendar");

  /* Another month has other marks: none of this visit's. */
  {
    guint month = (guint) g_ascii_strtoull (date + 5, NULL, 10);
    guint y = (guint) g_ascii_strtoull (date, NULL, 10);

    riaya_inspections_page_show_month (fixture->page, month == 12 ? y + 1 : y, month == 12 ? 1 : month + 1);
    wait_for_page (fixture);
    g_assert_false (agenda_has (fixture, riaya_inspection_get_uuid (planned)));
    g_assert_false (gtk_calendar_get_day_is_marked (riaya_inspections_page_get_calendar (fixture->page),
                                                    (guint) g_ascii_strtoull (date + 8, NULL, 10)));
    g_assert_false (inspections_test_day_is_shown_marked (riaya_inspections_page_get_calendar (fixture->page),
                                                          (guint) g_ascii_strtoull (date + 8, NULL, 10)));
    /* Every visit to come lists it whatever the month. */
    riaya_inspections_page_set_upcoming (fixture->page, TRUE);
    wait_for_page (fixture);
    g_assert_true (agenda_has (fixture, riaya_inspection_get_uuid (planned)));
    riaya_inspections_page_set_upcoming (fixture->page, FALSE);
  }

  /* 5. Activated in the agenda, the visit opens; recorded done today: a
   * majority present, the register not compliant, a warning with its
   * deadline, one corrective action. */
  show_month_of (fixture, date);
  {
    GtkWidget *agenda = inspections_test_find_shown_list (window);
    GListModel *shown = riaya_inspections_page_get_agenda (fixture->page);
    guint position = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(RiayaInspection) visit = g_list_model_get_item (shown, i);

        if (g_str_equal (riaya_inspection_get_uuid (visit), riaya_inspection_get_uuid (planned)))
          position = i;
      }
    g_assert_nonnull (agenda);
    g_assert_cmpuint (position, !=, G_MAXUINT);
    g_signal_emit_by_name (agenda, "activate", position);
  }
  editor = wait_for_editor (fixture);
  inspections_test_click (field (editor, "record"));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));
  gui_test_type (field (editor, "done-on"), fixture->today);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (editor, "invited")), 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (editor, "present")), 3);
  choose (field (editor, "check-register"), riaya_check_result_to_label (RIAYA_CHECK_NOT_COMPLIANT));
  gui_test_type (field (editor, "check-note-register"), "Registre non signé depuis mars");
  choose (field (editor, "decision"), riaya_decision_to_label (RIAYA_DECISION_WARNING));
  gui_test_type (field (editor, "deadline"), deadline);
  inspections_test_click (field (editor, "add-action"));
  g_assert_cmpuint (riaya_visit_editor_get_n_actions (editor), ==, 1);
  gui_test_type (riaya_visit_editor_get_action_field (editor, 0, "description"), "Tenir et signer le registre");
  gui_test_type (riaya_visit_editor_get_action_field (editor, 0, "due"), action_due);
  save_shot (GTK_WIDGET (editor), "inspections-record");
  save_visit (fixture, editor);

  recorded = only_visit_of (fixture, "EPS-T-004");
  g_assert_cmpstr (riaya_inspection_get_uuid (recorded), ==, riaya_inspection_get_uuid (planned));
  g_assert_cmpstr (riaya_inspection_get_done_on (recorded), ==, fixture->today);
  g_assert_true (riaya_inspection_has_quorum (recorded));
  g_assert_cmpint (riaya_inspection_get_check (recorded, RIAYA_CHECK_AREA_REGISTER), ==, RIAYA_CHECK_NOT_COMPLIANT);
  g_assert_cmpint (riaya_inspection_get_decision (recorded), ==, RIAYA_DECISION_WARNING);
  g_assert_cmpstr (riaya_inspection_get_decision_deadline (recorded), ==, deadline);
  actions = g_object_ref (riaya_inspection_get_actions (recorded));
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);

  /* Done, in the agenda of today's month. */
  show_month_of (fixture, fixture->today);
  g_assert_true (agenda_has (fixture, riaya_inspection_get_uuid (recorded)));
  g_assert_true (gtk_calendar_get_day_is_marked (riaya_inspections_page_get_calendar (fixture->page),
                                                 (guint) g_ascii_strtoull (fixture->today + 8, NULL, 10)));
  g_assert_true (gui_test_shows_text (window, riaya_visit_status_to_label (RIAYA_VISIT_STATUS_DONE)));

  /* 6. To a calendar file: the visit, done today, under its UUID so that
   * a later export updates it; a folder that does not exist is refused in
   * words, and nothing is written. */
  {
    g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
    g_autofree char *after = NULL;
    g_autofree char *dir = g_dir_make_tmp ("riaya-ics-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "visites.ics", NULL);
    g_autofree char *nowhere = g_build_filename (dir, "missing", "visites.ics", NULL);
    g_autofree char *contents = NULL;
    g_autofree char *uid = g_strdup_printf ("UID:%s@riaya\r\n", riaya_inspection_get_uuid (recorded));
    g_autofree char *start = g_strdup_printf ("DTSTART;VALUE=DATE:%.4s%.2s%.2s\r\n",
                                              fixture->today, fixture->today + 5, fixture->today + 8);
    InspectionsExport done = { FALSE, NULL, NULL };
    InspectionsExport refused = { FALSE, NULL, NULL };

    inspections_test_export (fixture->page, path, &done);
    g_assert_cmpstr (done.path, ==, path);
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
    g_assert_nonnull (strstr (contents, uid));
    g_assert_nonnull (strstr (contents, start));
    g_assert_nonnull (strstr (done.message, "visites.ics"));

    inspections_test_export (fixture->page, nowhere, &refused);
    g_assert_null (refused.path);
    g_assert_nonnull (refused.message);
    g_assert_cmpstr (refused.message, !=, "");
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
    after = riaya_store_dup_content_digest (fixture->store);
    g_assert_cmpstr (before, ==, after);

    g_remove (path);
    g_rmdir (dir);
    g_free (done.path);
    g_free (done.message);
    g_free (refused.message);
  }

  /* 7. Nothing to follow up before the action is due. */
  riaya_inspections_page_show_view (fixture->page, "follow-ups");
  wait_for_page (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (riaya_inspections_page_get_follow_ups (fixture->page)), ==, 0);
  g_assert_true (gui_test_shows_text (window, _("No Follow-up Due")));

  /* 8. The day after the action's due date, with it still open: the
   * follow-up is proposed, and planned from its row. */
  riaya_inspections_page_set_today (fixture->page, later);
  wait_for_page (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (riaya_inspections_page_get_follow_ups (fixture->page)), ==, 1);
  {
    g_autoptr(RiayaInspection) due = g_list_model_get_item (riaya_inspections_page_get_follow_ups (fixture->page), 0);
    g_autofree char *since = inspections_test_isolated (action_due);

    g_assert_cmpstr (riaya_inspection_get_uuid (due), ==, riaya_inspection_get_uuid (recorded));
    g_assert_true (gui_test_shows_text (window, since));
  }
  save_shot (window, "inspections-follow-ups");
  button = inspections_test_find_row_button (window, "inspections.plan-follow-up", riaya_inspection_get_uuid (recorded));
  g_assert_nonnull (button);
  inspections_test_click (button);
  editor = wait_for_editor (fixture);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), riaya_visit_kind_to_label (RIAYA_VISIT_KIND_FOLLOW_UP)));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), riaya_institution_get_display_name (never)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "date"))), >=, later);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (gui_test_wait_until (is_null, &editor));
}

/* From the registry, the main menu's Plan a Visit opens the form on the
 * institution selected there, over the inspections page; on the page,
 * New (Ctrl+N) opens it with no institution chosen. Closing an
 * untouched form writes nothing. */
static void
test_plan_from_registry (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(RiayaInstitution) house = riaya_store_get_institution (fixture->store, "EPS-T-003", NULL);
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  RiayaVisitEditor *editor;

  riaya_institutions_page_select (riaya_window_get_institutions_page (fixture->window), house);
  gtk_widget_activate_action (window, "win.plan-visit", NULL);
  g_assert_cmpstr (riaya_window_get_view (fixture->window), ==, "inspections");
  editor = wait_for_editor (fixture);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), riaya_institution_get_display_name (house)));
  g_assert_false (gtk_widget_get_sensitive (field (editor, "institution")));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (gui_test_wait_until (is_null, &editor));

  wait_for_page (fixture);
  gtk_widget_activate_action (window, "win.new", NULL);
  editor = wait_for_editor (fixture);
  g_assert_true (gtk_widget_get_sensitive (field (editor, "institution")));
  g_assert_false (riaya_visit_editor_can_save (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (gui_test_wait_until (is_null, &editor));

  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);
}

/* A delegate plans the visits of a province: the page opens on it. */
static void
test_delegate_province (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  GtkDropDown *province;

  fixture.today = riaya_date_today_iso ();
  fixture.year = (guint) g_ascii_strtoull (fixture.today, NULL, 10);
  fixture.db_path = gui_test_new_database (FALSE);
  gui_test_seed_small_registry (fixture.db_path);
  inspections_test_seed_visits (fixture.db_path, fixture.today);
  {
    g_autoptr(RiayaStore) store = riaya_store_open (fixture.db_path, &error);

    g_assert_no_error (error);
    riaya_store_set_profile (store, RIAYA_PROFILE_DELEGATE, "03.231", &error);
    g_assert_no_error (error);
  }
  open_fixture (&fixture);

  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.page", "s", "inspections");
  riaya_inspections_page_set_today (fixture.page, fixture.today);
  g_assert_true (riaya_inspections_page_set_year (fixture.page, fixture.year));
  wait_for_page (&fixture);

  province = riaya_inspections_page_get_filter (fixture.page, RIAYA_INSPECTIONS_FILTER_PROVINCE);
  {
    g_autoptr(GtkStringObject) chosen = g_list_model_get_item (gtk_drop_down_get_model (province),
                                                               gtk_drop_down_get_selected (province));
    RiayaTerritory *fes = riaya_context_lookup_territory (fixture.context, "03.231");

    g_assert_cmpstr (gtk_string_object_get_string (chosen), ==, riaya_territory_get_display_name (fes));
  }
  /* Only the province's institution needing a visit: the other of the
   * region (03.061) had its visit of the year. */
  g_assert_cmpuint (g_list_model_get_n_items (riaya_inspections_page_get_programme (fixture.page)), ==, 1);
  g_assert_cmpstr (programme_item (&fixture, 0)->licence_number, ==, "EPS-T-004");

  /* National view: every province, all five again. */
  riaya_inspections_page_clear_filters (fixture.page);
  g_assert_true (riaya_inspections_page_set_year (fixture.page, fixture.year));
  wait_for_page (&fixture);
  g_assert_cmpuint (g_list_model_get_n_items (riaya_inspections_page_get_programme (fixture.page)), ==, 5);

  fixture_tear_down (&fixture, NULL);
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
      g_printerr ("usage: test-inspections ar|fr|en\n");
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

  g_test_add_func ("/inspections/default-year", test_default_year);
  g_test_add_func ("/inspections/propose-date", test_propose_date);
  g_test_add ("/inspections/workflow", Fixture, NULL, fixture_set_up, test_inspections_workflow, fixture_tear_down);
  g_test_add ("/inspections/plan-from-registry", Fixture, NULL, fixture_set_up, test_plan_from_registry,
              fixture_tear_down);
  g_test_add_func ("/inspections/delegate-province", test_delegate_province);

  return g_test_run ();
}
