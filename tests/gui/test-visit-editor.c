/* test-visit-editor.c — plan and record visits through the real form
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-visit-editor ar|fr: on the small registry of gui-test-util.c,
 * plans a visit through the visit editor as a user would (the
 * institution found by typing in the chooser, Save on only once the form
 * is valid), then records one: a done date in the future, more members
 * present than invited, a warning without its deadline and an action
 * without its due date each show core's own message at their field,
 * keep Save off and write nothing; the quorum line follows the spins.
 * Saved, the warning is an event of the licence (the store says the
 * institution is warned) and the decision reopens read-only; the report
 * is written as PDF and names the institution. The staffing norms of an
 * elderly home with too few carers propose "not compliant". A planned
 * visit is cancelled after a question, and a visit gone meanwhile is
 * refused in the banner.
 *
 * With RIAYA_GUI_SHOTS=DIR, also saves the editor as PNGs in DIR, for
 * people to look at.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "gui-test-util.h"
#include "pdf-test-util.h"
#include "riaya-store-inspections.h"
#include "riaya-store-residents.h"
#include "riaya-visit-editor-private.h"

typedef struct
{
  const char       *language;
  GtkTextDirection  direction;
} Language;

static const Language languages[] = {
  { "ar", GTK_TEXT_DIR_RTL },
  { "fr", GTK_TEXT_DIR_LTR },
};

static const Language *language;

typedef struct
{
  char             *db_path;
  RiayaApplication *app;
  RiayaWindow      *window;
  RiayaContext     *context;
  RiayaStore       *store;
  RiayaInstitution *house;     /* EPS-T-001, a student house licensed in 2015 */
  RiayaInstitution *elderly;   /* EPS-T-003, an elderly home with no staff recorded */
  char             *today;
} Fixture;

/* Dates */

static char *
days_from_today (Fixture *fixture,
                 int      days)
{
  GDate date;

  g_assert_true (riaya_date_parse (fixture->today, &date, NULL));
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);

  return riaya_date_to_iso (&date);
}

/* Setting up */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->db_path = gui_test_new_database (TRUE);
  gui_test_seed_small_registry (fixture->db_path);
  fixture->window = gui_test_open_window (&fixture->app, fixture->db_path);
  fixture->context = riaya_window_get_context (fixture->window);
  fixture->store = riaya_context_get_store (fixture->context);
  fixture->house = riaya_store_get_institution (fixture->store, "EPS-T-001", &error);
  g_assert_no_error (error);
  fixture->elderly = riaya_store_get_institution (fixture->store, "EPS-T-003", &error);
  g_assert_no_error (error);
  fixture->today = riaya_date_today_iso ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->house);
  g_clear_object (&fixture->elderly);
  gui_test_close_app (fixture->app);
  g_free (fixture->today);
  g_free (fixture->db_path);
}

/* Looking and acting */

static void
save_shot (RiayaVisitEditor *editor,
           const char       *name,
           const char       *scroll_to)
{
  const char *dir = g_getenv ("RIAYA_GUI_SHOTS");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL || *dir == '\0')
    return;

  /* The part of the form to look at, at the top of the window. */
  if (scroll_to != NULL)
    {
      GtkWidget *target = riaya_visit_editor_get_field (editor, scroll_to);
      GtkWidget *scrolled = gtk_widget_get_ancestor (target, GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      graphene_point_t point;

      g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));
      g_assert_true (gtk_widget_compute_point (target, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                               &GRAPHENE_POINT_INIT (0, 0), &point));
      gtk_adjustment_set_value (adjustment, point.y - 48);
    }
  /* No row caught half-way through an animation. */
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 30));
  file = g_strdup_printf ("%s-%s.png", name, language->language);
  path = g_build_filename (dir, file, NULL);
  gui_test_save_png (GTK_WINDOW (editor), path, &error);
  g_assert_no_error (error);
  g_test_message ("saved %s", path);
}

static GtkWidget *
field (RiayaVisitEditor *editor,
       const char       *name)
{
  GtkWidget *widget = riaya_visit_editor_get_field (editor, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
type_into (RiayaVisitEditor *editor,
           const char       *name,
           const char       *text)
{
  gui_test_type (field (editor, name), text);
}

static void
type_view (RiayaVisitEditor *editor,
           const char       *name,
           const char       *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field (editor, name))), text, -1);
}

static void
set_spin (RiayaVisitEditor *editor,
          const char       *name,
          guint             value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (editor, name)), value);
}

static void
choose (GtkWidget  *combo,
        const char *label)
{
  if (!gui_test_choose (combo, label))
    g_error ("“%s” is not offered", label);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
chooser_narrowed (gpointer data)
{
  return g_list_model_get_n_items (riaya_institution_chooser_get_visible (data)) == 1;
}

/* Opens the chooser with its button, types the licence number into its
 * search, and takes the one institution it leaves. */
static void
choose_institution (RiayaVisitEditor *editor,
                    const char       *licence)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (field (editor, "institution"));
  RiayaInstitutionChooser *chooser = RIAYA_INSTITUTION_CHOOSER (gtk_menu_button_get_popover (button));

  gtk_menu_button_popup (button);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chooser)));
  gui_test_type (GTK_WIDGET (riaya_institution_chooser_get_entry (chooser)), licence);
  g_assert_true (gui_test_wait_until (chooser_narrowed, chooser));
  riaya_institution_chooser_activate (chooser, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chooser)));
}

static RiayaVisitEditor *
open_editor (Fixture         *fixture,
             RiayaInspection *visit,
             const char      *institution_uuid,
             const char      *date)
{
  RiayaVisitEditor *editor = riaya_visit_editor_new (GTK_WINDOW (fixture->window), fixture->context, visit,
                                                     institution_uuid, date, RIAYA_VISIT_KIND_PROGRAMMED, NULL);

  gtk_window_present (GTK_WINDOW (editor));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (editor)), ==, language->direction);

  return editor;
}

/* Saves through the editor's action and waits until it has closed. */
static void
save_visit (RiayaVisitEditor *editor)
{
  g_assert_true (riaya_visit_editor_can_save (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "visit.save", NULL);
  g_assert_true (gui_test_wait_until (is_null, &editor));
}

/* What core says of @visit: the message the form must show. */
static char *
core_refusal (Fixture         *fixture,
              RiayaInspection *visit)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (riaya_inspection_validate (visit, fixture->today, &error));
  return g_strdup (error->message);
}

static RiayaInspection *
only_visit (Fixture          *fixture,
            RiayaInstitution *institution)
{
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GError) error = NULL;

  filter.institution_uuid = riaya_institution_get_uuid (institution);
  visits = riaya_store_list_inspections (fixture->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (visits), ==, 1);

  return g_list_model_get_item (visits, 0);
}

/* A visit of the house planned a week ago, five members invited. */
static RiayaInspection *
plan_in_store (Fixture *fixture)
{
  g_autofree char *planned = days_from_today (fixture, -7);
  g_autoptr(RiayaInspection) visit = riaya_inspection_new (riaya_institution_get_uuid (fixture->house), planned,
                                                           RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(GError) error = NULL;

  riaya_inspection_set_committee (visit, "Gouverneur — président\nSanté\nÉducation\nEntraide Nationale\nOPJ");
  riaya_inspection_set_members_invited (visit, 5);
  riaya_store_add_inspection (fixture->store, visit, &error);
  g_assert_no_error (error);

  return riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (visit), &error);
}

static char *
quorum_text (guint present,
             guint invited,
             gboolean valid)
{
  if (valid)
    return g_strdup_printf (ngettext ("%1$u of %2$u member present: the visit is valid",
                                      "%1$u of %2$u members present: the visit is valid", invited),
                            present, invited);

  return g_strdup_printf (ngettext ("%1$u of %2$u present: without a majority the visit is recorded "
                                    "but not valid (decree 2.19.693 art. 8)",
                                    "%1$u of %2$u present: without a majority the visit is recorded "
                                    "but not valid (decree 2.19.693 art. 8)", invited),
                          present, invited);
}

static gboolean
is_not_null (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
on_pdf_saved (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

/* Saves the report in @lang as the "Save as PDF…" item does (or prints
 * it to a file when @printed), and finds @name in the text pdftotext
 * reads from it. */
static void
assert_pdf_names (RiayaVisitEditor *editor,
                  gboolean          printed,
                  const char       *lang,
                  const char       *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("riaya-visit-pdf-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "visit.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  g_assert_no_error (error);
  if (printed)
    {
      /* The pages the print dialog sends, as "Print to File" does. */
      g_assert_true (riaya_visit_editor_print_to_file (editor, lang, path, &error));
      g_assert_no_error (error);
    }
  else
    {
      riaya_visit_editor_save_pdf_async (editor, lang, path, on_pdf_saved, &result);
      g_assert_true (gui_test_wait_until (is_not_null, &result));
      g_assert_true (riaya_visit_editor_save_pdf_finish (editor, result, &error));
      g_assert_no_error (error);
      assert_is_pdf (path);
    }
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (have_poppler ())
    {
      text = run_poppler ("pdftotext", "-q", path);
      assert_contains (text, name);
      assert_contains (text, "EPS-T-001");
    }
  remove_tree (dir);
}

static RiayaVisitEditor *shown_editor;
static const char *shown_text;

/* The banner slides in: what is on screen once it has. */
static gboolean
shows_text (gpointer data)
{
  return gui_test_shows_text (GTK_WIDGET (shown_editor), shown_text);
}

static AdwMessageDialog *
find_question (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* The tests */

/* A new visit: Save is on only once the institution, a real day and the
 * committee are there; a day before the licence is refused at the date. */
static void
test_visit_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *planned = days_from_today (fixture, 30);
  g_autoptr(RiayaInspection) saved = NULL;
  g_autoptr(RiayaInspection) probe = NULL;
  g_autoptr(GError) error = NULL;
  RiayaVisitEditor *editor;
  GtkWidget *text;

  editor = open_editor (fixture, NULL, NULL, NULL);
  g_assert_false (riaya_visit_editor_can_save (editor));
  g_assert_true (gtk_widget_get_visible (field (editor, "record")));
  g_assert_false (gtk_widget_get_visible (field (editor, "cancel-visit")));
  g_assert_false (gtk_widget_get_sensitive (field (editor, "print")));
  /* Dates read left to right, whatever the language. */
  text = gui_test_find_widget (field (editor, "date"), GTK_TYPE_TEXT);
  g_assert_cmpint (gtk_widget_get_direction (text), ==, GTK_TEXT_DIR_LTR);

  choose_institution (editor, "EPS-T-001");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), riaya_institution_get_display_name (fixture->house)));
  g_assert_false (riaya_visit_editor_can_save (editor));

  /* Not a day of the calendar: said under the date. */
  type_into (editor, "date", "2026-02-30");
  g_assert_false (riaya_date_parse ("2026-02-30", NULL, &error));
  g_assert_cmpstr (riaya_visit_editor_get_message (editor, "date"), ==, error->message);
  g_clear_error (&error);
  g_assert_false (riaya_visit_editor_can_save (editor));

  /* Before the licence was granted (2015): core's check of the licence. */
  type_into (editor, "date", "2014-06-02");
  probe = riaya_inspection_new (riaya_institution_get_uuid (fixture->house), "2014-06-02",
                                RIAYA_VISIT_KIND_UNANNOUNCED);
  g_assert_false (riaya_inspection_check_institution (probe, fixture->house, &error));
  g_assert_cmpstr (riaya_visit_editor_get_message (editor, "date"), ==, error->message);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), error->message));
  g_clear_error (&error);
  g_assert_false (riaya_visit_editor_can_save (editor));

  type_into (editor, "date", planned);
  g_assert_null (riaya_visit_editor_get_message (editor, "date"));
  choose (field (editor, "kind"), riaya_visit_kind_to_label (RIAYA_VISIT_KIND_UNANNOUNCED));
  /* The members invited follow the committee typed, one per line. */
  type_view (editor, "committee", "Gouverneur — président\nDélégation de la santé\n\nOPJ\n");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (editor, "invited"))), ==, 3);
  g_assert_true (riaya_visit_editor_can_save (editor));
  save_shot (editor, "visit-plan", NULL);
  save_visit (editor);

  saved = only_visit (fixture, fixture->house);
  g_assert_cmpstr (riaya_inspection_get_planned_on (saved), ==, planned);
  g_assert_null (riaya_inspection_get_done_on (saved));
  g_assert_cmpint (riaya_inspection_get_kind (saved), ==, RIAYA_VISIT_KIND_UNANNOUNCED);
  g_assert_cmpuint (riaya_inspection_get_members_invited (saved), ==, 3);
  g_assert_nonnull (strstr (riaya_inspection_get_committee (saved), "OPJ"));
  g_assert_cmpint (riaya_inspection_get_status (saved, fixture->today), ==, RIAYA_VISIT_STATUS_PLANNED);
}

/* Recording a planned visit: every refusal at its field and nothing
 * written; then a warning with its deadline, saved, becomes the
 * licence's, and reopens read-only; the report is written as PDF. */
static void
test_visit_record (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RiayaInspection) planned = plan_in_store (fixture);
  g_autoptr(RiayaInspection) probe = riaya_inspection_copy (planned);
  g_autoptr(RiayaInspection) saved = NULL;
  g_autoptr(RiayaInstitution) house = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  g_autofree char *tomorrow = days_from_today (fixture, 1);
  g_autofree char *deadline = days_from_today (fixture, 60);
  g_autofree char *due = days_from_today (fixture, 30);
  g_autofree char *expected = NULL;
  g_autofree char *quorum = NULL;
  RiayaVisitEditor *editor;

  editor = open_editor (fixture, planned, NULL, NULL);
  g_assert_true (gtk_widget_get_visible (field (editor, "cancel-visit")));
  g_assert_false (gtk_widget_get_mapped (field (editor, "done-on")));
  gtk_widget_activate_action (GTK_WIDGET (editor), "visit.record", NULL);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));
  g_assert_true (gtk_widget_get_mapped (field (editor, "done-on")));
  g_assert_false (gtk_widget_get_visible (field (editor, "record")));
  /* Recorded on the day, by default. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "done-on"))), ==, fixture->today);

  /* The quorum follows the spins: 0, then 3, then 2 of 5. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (editor, "invited"))), ==, 5);
  set_spin (editor, "present", 3);
  quorum = quorum_text (3, 5, TRUE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (field (editor, "quorum"))), ==, quorum);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), quorum));
  g_assert_true (riaya_visit_editor_can_save (editor));
  set_spin (editor, "present", 2);
  g_free (quorum);
  quorum = quorum_text (2, 5, FALSE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (field (editor, "quorum"))), ==, quorum);

  /* A visit done tomorrow: core's message under "done-on", Save off. */
  type_into (editor, "done-on", tomorrow);
  riaya_inspection_set_done_on (probe, tomorrow);
  riaya_inspection_set_members_present (probe, 2);
  expected = core_refusal (fixture, probe);
  g_assert_cmpstr (riaya_visit_editor_get_message (editor, "done-on"), ==, expected);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), expected));
  g_assert_false (riaya_visit_editor_can_save (editor));
  type_into (editor, "done-on", fixture->today);
  g_assert_null (riaya_visit_editor_get_message (editor, "done-on"));

  /* Six present of five invited. */
  set_spin (editor, "present", 6);
  riaya_inspection_set_done_on (probe, fixture->today);
  riaya_inspection_set_members_present (probe, 6);
  g_free (expected);
  expected = core_refusal (fixture, probe);
  g_assert_cmpstr (riaya_visit_editor_get_message (editor, "present"), ==, expected);
  g_assert_false (riaya_visit_editor_can_save (editor));
  set_spin (editor, "present", 4);
  g_assert_null (riaya_visit_editor_get_message (editor, "present"));
  riaya_inspection_set_members_present (probe, 4);

  /* A warning without its deadline (Law 65.15 art. 34). */
  g_assert_false (gtk_widget_get_visible (field (editor, "deadline")));
  choose (field (editor, "decision"), riaya_decision_to_label (RIAYA_DECISION_WARNING));
  g_assert_true (gtk_widget_get_visible (field (editor, "deadline")));
  riaya_inspection_set_decision (probe, RIAYA_DECISION_WARNING);
  g_free (expected);
  expected = core_refusal (fixture, probe);
  g_assert_cmpstr (riaya_visit_editor_get_message (editor, "deadline"), ==, expected);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), expected));
  g_assert_false (riaya_visit_editor_can_save (editor));
  type_into (editor, "deadline", deadline);
  g_assert_null (riaya_visit_editor_get_message (editor, "deadline"));
  g_assert_true (riaya_visit_editor_can_save (editor));

  /* An action without its due date: refused, said once the user has
   * been in the field and left it empty. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "visit.add-action", NULL);
  g_assert_cmpuint (riaya_visit_editor_get_n_actions (editor), ==, 1);
  gui_test_type (riaya_visit_editor_get_action_field (editor, 0, "description"),
                 "Tenir le registre des bénéficiaires à jour");
  g_assert_false (riaya_visit_editor_can_save (editor));
  g_assert_true (gtk_widget_grab_focus (riaya_visit_editor_get_action_field (editor, 0, "due")));
  gui_test_type (riaya_visit_editor_get_action_field (editor, 0, "due"), "2");
  gui_test_type (riaya_visit_editor_get_action_field (editor, 0, "due"), "");
  gtk_window_set_focus (GTK_WINDOW (editor), NULL);
  {
    g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new ("Tenir le registre des bénéficiaires à jour",
                                                                           NULL);

    riaya_inspection_set_decision_deadline (probe, deadline);
    riaya_inspection_add_action (probe, action);
    g_free (expected);
    expected = core_refusal (fixture, probe);
  }
  g_assert_cmpstr (riaya_visit_editor_get_action_message (editor, 0, "due"), ==, expected);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), expected));
  g_assert_false (riaya_visit_editor_can_save (editor));

  /* Nothing written by any of it. */
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);

  gui_test_type (riaya_visit_editor_get_action_field (editor, 0, "due"), due);
  g_assert_null (riaya_visit_editor_get_action_message (editor, 0, "due"));
  choose (field (editor, "check-licence"), riaya_check_result_to_label (RIAYA_CHECK_COMPLIANT));
  choose (field (editor, "check-register"), riaya_check_result_to_label (RIAYA_CHECK_NOT_COMPLIANT));
  type_into (editor, "check-note-register", "Registre non signé depuis mars");
  type_view (editor, "findings", "Le registre n’est plus tenu depuis trois mois.");
  save_shot (editor, "visit-record", "done-on");
  save_shot (editor, "visit-decision", "decision");
  save_visit (editor);

  /* Saved: the warning is an event of the licence, and the house warned. */
  saved = only_visit (fixture, fixture->house);
  g_assert_cmpstr (riaya_inspection_get_done_on (saved), ==, fixture->today);
  g_assert_cmpuint (riaya_inspection_get_members_present (saved), ==, 4);
  g_assert_cmpint (riaya_inspection_get_decision (saved), ==, RIAYA_DECISION_WARNING);
  g_assert_cmpstr (riaya_inspection_get_decision_deadline (saved), ==, deadline);
  g_assert_nonnull (riaya_inspection_get_licence_event (saved));
  g_assert_cmpint (riaya_inspection_get_check (saved, RIAYA_CHECK_AREA_LICENCE), ==, RIAYA_CHECK_COMPLIANT);
  g_assert_cmpint (riaya_inspection_get_check (saved, RIAYA_CHECK_AREA_REGISTER), ==, RIAYA_CHECK_NOT_COMPLIANT);
  g_assert_cmpstr (riaya_inspection_get_check_note (saved, RIAYA_CHECK_AREA_REGISTER), ==,
                   "Registre non signé depuis mars");
  g_assert_cmpuint (riaya_inspection_count_open_actions (saved), ==, 1);
  house = riaya_store_get_institution (fixture->store, riaya_institution_get_uuid (fixture->house), &error);
  g_assert_no_error (error);
  g_assert_cmpint (riaya_institution_get_status_on (house, fixture->today), ==, RIAYA_LICENCE_STATUS_WARNED);

  /* Reopened: the decision is the licence's now, shown, not offered. */
  editor = open_editor (fixture, saved, NULL, NULL);
  g_assert_true (gtk_widget_get_mapped (field (editor, "decision")));
  g_assert_false (gtk_widget_get_sensitive (field (editor, "decision")));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (field (editor, "deadline"))));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor),
                                      _("This decision became an event of the licence: it can no longer be "
                                        "changed (Law 65.15 art. 34).")));
  g_assert_false (gtk_widget_get_visible (field (editor, "cancel-visit")));
  g_assert_true (riaya_visit_editor_can_save (editor));

  /* Printed: the report of the visit as saved, named after the house,
   * in the language of the interface and in the other one. */
  g_assert_true (gtk_widget_get_sensitive (field (editor, "print")));
  g_assert_cmpstr (riaya_visit_editor_default_language (), ==, language->language);
  /* Print asks for the language first, the interface's proposed. */
  {
    AdwMessageDialog *question;

    gtk_widget_activate_action (GTK_WIDGET (editor), "visit.print", NULL);
    question = find_question ();
    g_assert_nonnull (question);
    g_assert_cmpstr (adw_message_dialog_get_default_response (question), ==, language->language);
    g_assert_true (adw_message_dialog_has_response (question, "ar"));
    g_assert_true (adw_message_dialog_has_response (question, "fr"));
    adw_message_dialog_response (question, "cancel");
    gtk_window_destroy (GTK_WINDOW (question));
  }
  assert_pdf_names (editor, FALSE, "fr", riaya_institution_get_name_fr (fixture->house));
  assert_pdf_names (editor, FALSE, "ar", riaya_institution_get_name_ar (fixture->house));
  assert_pdf_names (editor, TRUE, language->language,
                    g_str_equal (language->language, "ar") ? riaya_institution_get_name_ar (fixture->house)
                                                           : riaya_institution_get_name_fr (fixture->house));
  /* An unsaved change: the report would not be what was saved. */
  type_view (editor, "findings", "Autre constat");
  g_assert_false (gtk_widget_get_sensitive (field (editor, "print")));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_null (editor);
}

/* An elderly home with 30 residents counted and no carer: the norms of
 * the day say so, and propose "not compliant" for staffing — which the
 * committee may change. */
static void
test_visit_staffing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *counted_on = days_from_today (fixture, -10);
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  g_autoptr(GArray) needs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shortfalls = NULL;
  RiayaCountLine women = { RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, RIAYA_AGE_BAND_75_PLUS, 18 };
  RiayaCountLine men = { RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_MALE, RIAYA_AGE_BAND_60_74, 12 };
  RiayaPresence presence = { { { 0 } } };
  RiayaVisitEditor *editor;
  GtkDropDown *staffing;
  const char *shown;

  g_array_append_val (lines, women);
  g_array_append_val (lines, men);
  riaya_store_put_counts (fixture->store, riaya_institution_get_uuid (fixture->elderly), counted_on, lines, &error);
  g_assert_no_error (error);
  /* What core says of 30 residents and no carer. */
  riaya_presence_add (&presence, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, 18);
  riaya_presence_add (&presence, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_MALE, 12);
  needs = riaya_staffing_needs_for_institution (fixture->elderly, &presence, 0);
  g_assert_cmpuint (riaya_staffing_count_shortfalls (needs), >, 0);
  shortfalls = riaya_staffing_dup_shortfalls (needs, 30);

  editor = open_editor (fixture, NULL, riaya_institution_get_uuid (fixture->elderly), fixture->today);
  g_assert_false (gtk_widget_get_sensitive (field (editor, "institution")));
  type_view (editor, "committee", "Gouverneur\nSanté\nOPJ");
  riaya_visit_editor_show_record (editor);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));

  staffing = GTK_DROP_DOWN (field (editor, "check-staffing"));
  g_assert_cmpuint (gtk_drop_down_get_selected (staffing), ==, RIAYA_CHECK_NOT_COMPLIANT);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "check-note-staffing"))), ==, shortfalls);
  shown = gtk_label_get_text (GTK_LABEL (field (editor, "staffing")));
  for (guint i = 0; i < needs->len; i++)
    {
      g_autofree char *line = riaya_staffing_need_dup_description (&g_array_index (needs, RiayaStaffingNeed, i), 30);

      g_assert_nonnull (strstr (shown, line));
    }
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), shown));
  save_shot (editor, "visit-staffing", "check-licence");

  /* Before the count, nobody is known present: nothing is proposed, and
   * the form says why. */
  type_into (editor, "done-on", "2016-01-04");
  g_assert_cmpuint (gtk_drop_down_get_selected (staffing), ==, RIAYA_CHECK_NOT_ASSESSED);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "check-note-staffing"))), ==, "");
  type_into (editor, "done-on", fixture->today);
  g_assert_cmpuint (gtk_drop_down_get_selected (staffing), ==, RIAYA_CHECK_NOT_COMPLIANT);

  /* The committee has the last word, and keeps it. */
  choose (GTK_WIDGET (staffing), riaya_check_result_to_label (RIAYA_CHECK_NOT_APPLICABLE));
  type_into (editor, "done-on", "2016-01-04");
  type_into (editor, "done-on", fixture->today);
  g_assert_cmpuint (gtk_drop_down_get_selected (staffing), ==, RIAYA_CHECK_NOT_APPLICABLE);
  choose (GTK_WIDGET (staffing), riaya_check_result_to_label (RIAYA_CHECK_NOT_COMPLIANT));
  set_spin (editor, "present", 2);
  save_visit (editor);

  {
    g_autoptr(RiayaInspection) saved = only_visit (fixture, fixture->elderly);

    g_assert_cmpint (riaya_inspection_get_check (saved, RIAYA_CHECK_AREA_STAFFING), ==, RIAYA_CHECK_NOT_COMPLIANT);
    g_assert_cmpstr (riaya_inspection_get_check_note (saved, RIAYA_CHECK_AREA_STAFFING), ==, shortfalls);
    g_assert_true (riaya_inspection_has_quorum (saved));
  }
}

/* A planned visit is cancelled after a question; one gone meanwhile is
 * refused in the banner, and nothing is written. */
static void
test_visit_cancel (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RiayaInspection) planned = plan_in_store (fixture);
  g_autoptr(RiayaInspection) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RiayaVisitEditor *editor;
  AdwMessageDialog *question;

  /* "Keep the visit" keeps it. */
  editor = open_editor (fixture, planned, NULL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "visit.cancel-visit", NULL);
  question = find_question ();
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "keep");
  gone = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (planned), &error);
  g_assert_no_error (error);
  g_clear_object (&gone);

  /* "Cancel the visit" hides it, and the editor closes. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "visit.cancel-visit", NULL);
  question = find_question ();
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "cancel-visit");
  g_assert_true (gui_test_wait_until (is_null, &editor));
  gone = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (planned), &error);
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);

  /* Saving a visit cancelled meanwhile: the store's refusal, on top. */
  editor = open_editor (fixture, planned, NULL, NULL);
  choose (field (editor, "kind"), riaya_visit_kind_to_label (RIAYA_VISIT_KIND_COMPLAINT));
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_update_inspection (fixture->store, planned, &expected));
  gtk_widget_activate_action (GTK_WIDGET (editor), "visit.save", NULL);
  g_assert_nonnull (riaya_visit_editor_get_message (editor, "form"));
  g_assert_cmpstr (riaya_visit_editor_get_message (editor, "form"), ==, expected->message);
  shown_editor = editor;
  shown_text = expected->message;
  g_assert_true (gui_test_wait_until (shows_text, NULL));
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);

  /* Closing asks before losing the form. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL);
  question = find_question ();
  g_assert_nonnull (question);
  adw_message_dialog_response (question, RIAYA_RESPONSE_DISCARD);
  g_assert_true (gui_test_wait_until (is_null, &editor));
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
      g_printerr ("usage: test-visit-editor ar|fr\n");
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

  g_test_add ("/visit-editor/plan", Fixture, NULL, fixture_set_up, test_visit_plan, fixture_tear_down);
  g_test_add ("/visit-editor/record", Fixture, NULL, fixture_set_up, test_visit_record, fixture_tear_down);
  g_test_add ("/visit-editor/staffing", Fixture, NULL, fixture_set_up, test_visit_staffing, fixture_tear_down);
  g_test_add ("/visit-editor/cancel", Fixture, NULL, fixture_set_up, test_visit_cancel, fixture_tear_down);

  return g_test_run ();
}
