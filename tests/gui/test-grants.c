/* test-grants.c — record grants through the real forms and see what is late
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-grants ar|fr: on the small registry of gui-test-util.c, opens the
 * grants page with its shortcut, records a grant of last year through the
 * grant editor as a user would — the institution found by typing in the
 * chooser, amounts typed with spaces and a decimal comma, two tranches (one
 * past due and unpaid), a justification past due — and sees the late flag
 * on the grants page, on the institution in the registry list and in the
 * institution's editor, and the totals of the year change. The refusals
 * of the issue (zero, a third decimal, no convention above 50,000 DH,
 * tranches over the grant, paid before the decision, a licence not yet in
 * force, approval before receipt) each show core's message at their field
 * and write nothing. A deleted grant comes back with Undo.
 *
 * With RIAYA_GUI_SHOTS=DIR, also saves the page and the editor as PNGs in
 * DIR, for people to look at ("en" renders them in English).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "gui-test-util.h"
#include "riaya-grant-editor-private.h"
#include "riaya-grants-page.h"
#include "riaya-resident-form-private.h"
#include "riaya-status-cell.h"
#include "riaya-store-grants.h"
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
  char             *db_path;
  RiayaApplication *app;
  RiayaWindow      *window;
  RiayaContext     *context;
  RiayaStore       *store;
  RiayaGrantsPage  *page;
  RiayaInstitution *house;     /* EPS-T-001, 60 places, licensed 2015 */
  RiayaInstitution *other;     /* EPS-T-002, 80 places */
  char             *today;
  guint             year;      /* last year: every date of it has passed */
} Fixture;

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
  fixture->page = riaya_window_get_grants_page (fixture->window);
  g_assert_true (gui_test_wait_for_list (riaya_window_get_institutions_page (fixture->window)));
  fixture->house = riaya_store_get_institution (fixture->store, "EPS-T-001", &error);
  g_assert_no_error (error);
  fixture->other = riaya_store_get_institution (fixture->store, "EPS-T-002", &error);
  g_assert_no_error (error);
  fixture->today = riaya_date_today_iso ();
  fixture->year = (guint) g_ascii_strtoull (fixture->today, NULL, 10) - 1;
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

  /* No row caught half-way through an animation (a title shrinking as
   * its entry is filled takes a quarter of a second). */
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
                   const char *context,
                   const char *msgid)
{
  const char *translated = context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, context, msgid)
                                           : g_dgettext (GETTEXT_PACKAGE, msgid);

  if (g_strcmp0 (translated, msgid) == 0 && !g_str_equal (language->language, "en"))
    {
      g_test_message ("“%s” is not in the %s catalogue yet: not checked", msgid, language->language);
      return;
    }
  g_assert_cmpstr (shown, ==, translated);
}

/* "2024-03-31" for @month_day "03-31" of the fixture's year. */
static char *
day (Fixture    *fixture,
     const char *month_day)
{
  return g_strdup_printf ("%u-%s", fixture->year, month_day);
}

static GtkWidget *
field (RiayaGrantEditor *editor,
       const char       *name)
{
  GtkWidget *widget = riaya_grant_editor_get_field (editor, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
type_into (RiayaGrantEditor *editor,
           const char       *name,
           const char       *text)
{
  gui_test_type (field (editor, name), text);
}

static void
type_day (Fixture          *fixture,
          RiayaGrantEditor *editor,
          const char       *name,
          const char       *month_day)
{
  g_autofree char *date = day (fixture, month_day);

  type_into (editor, name, date);
}

static void
type_tranche (Fixture          *fixture,
              RiayaGrantEditor *editor,
              guint             index,
              const char       *due,
              const char       *amount,
              const char       *paid)
{
  g_autofree char *due_date = day (fixture, due);
  g_autofree char *paid_date = paid != NULL ? day (fixture, paid) : NULL;

  g_assert_cmpuint (index, <, riaya_grant_editor_get_n_tranches (editor));
  gui_test_type (riaya_grant_editor_get_tranche_field (editor, index, "due"), due_date);
  gui_test_type (riaya_grant_editor_get_tranche_field (editor, index, "amount"), amount);
  gui_test_type (riaya_grant_editor_get_tranche_field (editor, index, "paid"), paid_date != NULL ? paid_date : "");
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
grants_loaded (gpointer data)
{
  return !riaya_grants_page_is_loading (data);
}

static void
wait_for_grants (Fixture *fixture)
{
  g_assert_true (gui_test_wait_until (grants_loaded, fixture->page));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
}

static gboolean
chooser_narrowed (gpointer data)
{
  return g_list_model_get_n_items (riaya_institution_chooser_get_visible (data)) == 1;
}

/* Opens the chooser with its button, types the licence number into its
 * search, and takes the one institution it leaves. */
static void
choose_institution (RiayaGrantEditor *editor,
                    const char       *licence)
{
  RiayaInstitutionChooser *chooser = riaya_grant_editor_get_chooser (editor);
  g_autoptr(RiayaInstitution) found = NULL;

  gtk_menu_button_popup (GTK_MENU_BUTTON (field (editor, "institution")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chooser)));
  gui_test_type (GTK_WIDGET (riaya_institution_chooser_get_entry (chooser)), licence);
  g_assert_true (gui_test_wait_until (chooser_narrowed, chooser));
  found = g_list_model_get_item (riaya_institution_chooser_get_visible (chooser), 0);
  g_assert_cmpstr (riaya_institution_get_licence_number (found), ==, licence);
  riaya_institution_chooser_activate (chooser, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chooser)));
}

static RiayaGrantEditor *
open_new_grant (Fixture *fixture)
{
  RiayaGrantEditor *editor;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new", NULL);
  editor = riaya_grants_page_get_editor (fixture->page);
  g_assert_nonnull (editor);
  g_assert_true (riaya_grant_editor_is_new (editor));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));

  return editor;
}

/* Saves through the editor's action and waits until it has closed and
 * the page has read the grants again. */
static void
save_grant (Fixture          *fixture,
            RiayaGrantEditor *editor)
{
  g_assert_true (riaya_grant_editor_can_save (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "grant.save", NULL);
  g_assert_true (gui_test_wait_until (is_null, &editor));
  wait_for_grants (fixture);
}

/* What core says of @grant: the message the form must show. */
static char *
core_refusal (Fixture    *fixture,
              RiayaGrant *grant)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (riaya_grant_validate (grant, fixture->today, &error));
  return g_strdup (error->message);
}

/* Institutions of the registry list whose status cell, on screen, bears
 * the mark of a late grant. */
static guint
count_late_marks (GtkWidget *widget)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (RIAYA_IS_STATUS_CELL (widget) && riaya_status_cell_get_late (RIAYA_STATUS_CELL (widget)) > 0)
    n++;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_late_marks (child);

  return n;
}

static gboolean
institutions_loaded (gpointer data)
{
  return !riaya_institutions_page_is_loading (data);
}

/* The tests */

static void
test_grants_late (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  RiayaGrantEditor *editor;
  g_autoptr(GListModel) grants = NULL;
  g_autoptr(RiayaGrant) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *granted = NULL;
  g_autofree char *half = NULL;
  g_autofree char *second_uuid = NULL;
  RiayaGrantFilter filter = RIAYA_GRANT_FILTER_INIT;
  GtkWidget *text;

  /* 1. Ctrl+2 shows the grants page; empty, it says what to do. */
  gtk_widget_activate_action (window, "win.page", "s", "grants");
  g_assert_cmpstr (riaya_window_get_view (fixture->window), ==, "grants");
  assert_translated (riaya_window_get_heading (fixture->window), NULL, "Grants");
  wait_for_grants (fixture);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (fixture->page)), ==, language->direction);
  g_assert_true (gui_test_shows_text (window, _("No Grants Yet")));
  save_shot (window, "grants-empty");

  /* 2. New, on this page, is a new grant. The institution is found by
   * its licence number; a grant above 50,000 DH says it needs a
   * convention before anyone presses Save. */
  editor = open_new_grant (fixture);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (editor)), ==, language->direction);
  assert_translated (gtk_window_get_title (GTK_WINDOW (editor)), NULL, "New Grant");
  text = gui_test_find_widget (field (editor, "amount"), GTK_TYPE_TEXT);
  g_assert_cmpint (gtk_widget_get_direction (text), ==, GTK_TEXT_DIR_LTR);
  g_assert_false (riaya_grant_editor_can_save (editor));
  choose_institution (editor, "EPS-T-001");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), riaya_institution_get_display_name (fixture->house)));
  {
    g_autofree char *year = g_strdup_printf ("%u", fixture->year);

    type_into (editor, "year", year);
  }
  /* Typed as people write it: grouped digits, a decimal comma. */
  type_into (editor, "amount", "150 000,00");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor),
                                      _("Required: the amount is above 50,000 DH (Prime Minister’s circular 7/2003).")));
  choose (field (editor, "kind"), riaya_grant_kind_to_label (RIAYA_GRANT_KIND_RUNNING_COSTS));
  type_into (editor, "basis", "Fonctionnement de l’internat");
  type_day (fixture, editor, "decided-on", "01-15");
  type_into (editor, "convention-ref", "CONV-EN-17");
  type_day (fixture, editor, "convention-date", "01-20");

  /* 3. Two tranches: the first paid, the second past due and unpaid. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "grant.add-tranche", NULL);
  type_tranche (fixture, editor, 0, "03-31", "75000", "04-02");
  gtk_widget_activate_action (GTK_WIDGET (editor), "grant.add-tranche", NULL);
  /* The second proposes what is left to schedule. */
  g_assert_cmpuint (riaya_grant_editor_get_n_tranches (editor), ==, 2);
  half = _riaya_grant_editor_money_for_entry (7500000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (riaya_grant_editor_get_tranche_field (editor, 1, "amount"))),
                   ==, half);
  type_tranche (fixture, editor, 1, "09-30", "75000", NULL);
  g_assert_null (riaya_grant_editor_get_message (editor, "schedule"));
  {
    g_autofree char *left = riaya_ui_format_money (0);

    g_assert_nonnull (strstr (riaya_grant_editor_get_schedule_text (editor), left));
  }

  /* 4. A justification due at the end of the year, never received. */
  type_day (fixture, editor, "justification-due", "12-31");
  g_assert_null (riaya_grant_editor_get_message (editor, "form"));
  save_shot (GTK_WIDGET (editor), "grant-editor");
  if (g_getenv ("RIAYA_GUI_SHOTS") != NULL)
    {
      GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gui_test_find_widget (GTK_WIDGET (editor),
                                                                               GTK_TYPE_SCROLLED_WINDOW));
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      save_shot (GTK_WIDGET (editor), "grant-editor-tranches");
    }

  /* 5. Saved: the store has it as typed. */
  save_grant (fixture, editor);
  filter.institution_uuid = riaya_institution_get_uuid (fixture->house);
  grants = riaya_store_list_grants (fixture->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (grants), ==, 1);
  saved = g_list_model_get_item (grants, 0);
  g_assert_cmpuint (riaya_grant_get_year (saved), ==, fixture->year);
  g_assert_cmpint (riaya_grant_get_amount (saved), ==, 15000000);
  g_assert_cmpint (riaya_grant_get_paid (saved), ==, 7500000);
  g_assert_cmpstr (riaya_grant_get_convention_ref (saved), ==, "CONV-EN-17");
  g_assert_cmpuint (g_list_model_get_n_items (riaya_grant_get_tranches (saved)), ==, 2);
  g_assert_cmpuint (riaya_grant_count_overdue_tranches (saved, fixture->today), ==, 1);
  g_assert_true (riaya_grant_is_justification_overdue (saved, fixture->today));

  /* 6. The page flags it late, and the year's totals are those of the
   * published table: one institution, its 60 places on 31 December. */
  g_assert_cmpuint (g_list_model_get_n_items (riaya_grants_page_get_visible (fixture->page)), ==, 1);
  g_assert_true (gui_test_shows_text (window, riaya_grant_status_to_label (RIAYA_GRANT_STATUS_LATE)));
  granted = riaya_ui_format_money (15000000);
  g_free (half);
  half = riaya_ui_format_money (7500000);
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "amount"), ==, granted);
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "paid"), ==, half);
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "remaining"), ==, half);
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "institutions"), ==, "1");
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "capacity"), ==, "60");
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "late"), ==, "1");
  g_assert_true (gui_test_shows_text (window, granted));
  g_assert_nonnull (strstr (riaya_grants_page_get_summary (fixture->page), granted));
  /* The status filter: late ones only, then closed ones (none). */
  choose (GTK_WIDGET (riaya_grants_page_get_filter (fixture->page, RIAYA_GRANTS_FILTER_STATUS)),
          riaya_grant_status_to_label (RIAYA_GRANT_STATUS_LATE));
  g_assert_cmpuint (g_list_model_get_n_items (riaya_grants_page_get_visible (fixture->page)), ==, 1);
  save_shot (window, "grants");
  choose (GTK_WIDGET (riaya_grants_page_get_filter (fixture->page, RIAYA_GRANTS_FILTER_STATUS)),
          riaya_grant_status_to_label (RIAYA_GRANT_STATUS_CLOSED));
  g_assert_cmpuint (g_list_model_get_n_items (riaya_grants_page_get_visible (fixture->page)), ==, 0);
  g_assert_true (gui_test_wait_for_frames (window, 2));
  g_assert_true (gui_test_shows_text (window, _("No Grants Found")));
  riaya_grants_page_clear_filters (fixture->page);
  wait_for_grants (fixture);

  /* 7. A second grant, to the other house, below the threshold: no
   * convention needed. The totals follow: two institutions, 140 places. */
  editor = open_new_grant (fixture);
  choose_institution (editor, "EPS-T-002");
  {
    g_autofree char *year = g_strdup_printf ("%u", fixture->year);

    type_into (editor, "year", year);
  }
  type_into (editor, "amount", "40000.5");
  g_assert_false (gui_test_shows_text (GTK_WIDGET (editor),
                                       _("Required: the amount is above 50,000 DH (Prime Minister’s circular 7/2003).")));
  save_grant (fixture, editor);
  {
    g_autofree char *sum = riaya_ui_format_money (15000000 + 4000050);

    g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "amount"), ==, sum);
    g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "institutions"), ==, "2");
    g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "capacity"), ==, "140");
    g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "late"), ==, "1");
  }
  /* The page chose the grant just saved. */
  g_assert_nonnull (riaya_grants_page_get_selected (fixture->page));
  second_uuid = g_strdup (riaya_grant_get_uuid (riaya_grants_page_get_selected (fixture->page)));
  g_assert_cmpuint (riaya_grant_get_amount (riaya_grants_page_get_selected (fixture->page)), ==, 4000050);

  /* 8. Delete takes it out of the totals; Undo brings it back. */
  gtk_widget_activate_action (window, "win.delete", NULL);
  wait_for_grants (fixture);
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "amount"), ==, granted);
  gtk_widget_activate_action (window, "win.undo-delete-grant", "s", second_uuid);
  wait_for_grants (fixture);
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "institutions"), ==, "2");

  /* The totals follow the status chosen: of the two grants, only the first
   * house's is late — one institution, its 60 places, its amount. */
  choose (GTK_WIDGET (riaya_grants_page_get_filter (fixture->page, RIAYA_GRANTS_FILTER_STATUS)),
          riaya_grant_status_to_label (RIAYA_GRANT_STATUS_LATE));
  wait_for_grants (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (riaya_grants_page_get_visible (fixture->page)), ==, 1);
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "institutions"), ==, "1");
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "capacity"), ==, "60");
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "amount"), ==, granted);
  riaya_grants_page_clear_filters (fixture->page);
  wait_for_grants (fixture);
  g_assert_cmpstr (riaya_grants_page_get_total_text (fixture->page, fixture->year, "institutions"), ==, "2");

  /* 9. In the registry (Ctrl+1), the late house bears the mark, and only
   * it; its editor's Grants page flags the grant, beside its places. */
  gtk_widget_activate_action (window, "win.page", "s", "institutions");
  g_assert_cmpstr (riaya_window_get_view (fixture->window), ==, "institutions");
  g_assert_true (gui_test_wait_until (institutions_loaded, riaya_window_get_institutions_page (fixture->window)));
  g_assert_true (gui_test_wait_for_frames (window, 2));
  g_assert_cmpuint (count_late_marks (window), ==, 1);
  {
    GListModel *shown = riaya_institutions_page_get_visible (riaya_window_get_institutions_page (fixture->window));

    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(RiayaInstitution) institution = g_list_model_get_item (shown, i);
        gboolean is_house = g_str_equal (riaya_institution_get_licence_number (institution), "EPS-T-001");

        g_assert_cmpuint (riaya_ui_get_late_grants (institution), ==, is_house ? 1 : 0);
      }
  }
  save_shot (window, "institutions-late");

  {
    RiayaInstitutionsPage *institutions = riaya_window_get_institutions_page (fixture->window);
    RiayaInstitutionEditor *institution_editor;
    RiayaEditorGrants *section;
    g_autofree char *places = NULL;
    g_autofree char *badge = NULL;

    riaya_institutions_page_open_editor (institutions, fixture->house);
    institution_editor = riaya_institutions_page_get_editor (institutions);
    g_assert_nonnull (institution_editor);
    riaya_institution_editor_show_page (institution_editor, "capacity");
    g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (institution_editor), 2));
    section = riaya_institution_editor_get_grants (institution_editor);
    g_assert_cmpuint (g_list_model_get_n_items (riaya_editor_grants_get_grants (section)), ==, 1);
    g_assert_cmpuint (riaya_editor_grants_get_n_late (section), ==, 1);
    g_assert_true (gui_test_shows_text (GTK_WIDGET (section), riaya_grant_status_to_label (RIAYA_GRANT_STATUS_LATE)));
    places = g_strdup_printf (ngettext ("%s place", "%s places", 60), "60");
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (riaya_editor_grants_get_row (section, 0))),
                              places));
    /* Above every page: the badge counts it. */
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (riaya_institution_editor_get_late_badge (institution_editor))));
    badge = g_strdup_printf (ngettext ("%u late grant", "%u late grants", 1), 1);
    g_assert_cmpstr (gtk_label_get_text (riaya_institution_editor_get_late_badge (institution_editor)), ==, badge);
    if (g_getenv ("RIAYA_GUI_SHOTS") != NULL)
      {
        GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (section), GTK_TYPE_SCROLLED_WINDOW);
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

        g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (institution_editor), 2));
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        save_shot (GTK_WIDGET (institution_editor), "institution-grants");
      }
    gtk_window_destroy (GTK_WINDOW (institution_editor));
  }
}

/* Every refusal of the issue shows core's own message at its field, keeps
 * Save off, and writes nothing. */
static void
test_grants_refusals (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  g_autofree char *year = g_strdup_printf ("%u", fixture->year);
  RiayaGrantEditor *editor;
  g_autoptr(RiayaGrant) probe = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  AdwMessageDialog *question = NULL;
  gint64 centimes;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.page", "s", "grants");
  wait_for_grants (fixture);
  editor = open_new_grant (fixture);
  choose_institution (editor, "EPS-T-001");
  type_into (editor, "year", year);

  /* Zero, and a third decimal: said at once under the amount. */
  type_into (editor, "amount", "0");
  g_assert_false (riaya_money_parse ("0", TRUE, &centimes, &error));
  g_assert_cmpstr (riaya_grant_editor_get_message (editor, "amount"), ==, error->message);
  g_clear_error (&error);
  type_into (editor, "amount", "1500,555");
  g_assert_false (riaya_money_parse ("1500,555", TRUE, &centimes, &error));
  g_assert_cmpstr (riaya_grant_editor_get_message (editor, "amount"), ==, error->message);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), error->message));
  g_clear_error (&error);
  g_assert_false (riaya_grant_editor_can_save (editor));

  /* Above 50,000 DH without a convention: the form says it under the
   * reference before Save, which stays off; once the user has been in
   * the field and left it empty, core's own message. */
  type_into (editor, "amount", "60000");
  g_assert_null (riaya_grant_editor_get_message (editor, "amount"));
  type_day (fixture, editor, "decided-on", "02-01");
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor),
                                      _("Required: the amount is above 50,000 DH (Prime Minister’s circular 7/2003).")));
  g_assert_false (riaya_grant_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "grant.save", NULL);
  g_assert_true (gtk_widget_grab_focus (field (editor, "convention-ref")));
  type_into (editor, "convention-ref", "C");
  type_into (editor, "convention-ref", "");
  gtk_window_set_focus (GTK_WINDOW (editor), NULL);
  probe = riaya_grant_new (riaya_institution_get_uuid (fixture->house), fixture->year, 6000000);
  expected = core_refusal (fixture, probe);
  g_assert_cmpstr (riaya_grant_editor_get_message (editor, "convention-ref"), ==, expected);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), expected));
  save_shot (GTK_WIDGET (editor), "grant-refused");
  type_into (editor, "convention-ref", "CONV-EN-18");
  g_assert_null (riaya_grant_editor_get_message (editor, "convention-ref"));
  g_assert_true (riaya_grant_editor_can_save (editor));

  /* Tranches over the grant. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "grant.add-tranche", NULL);
  type_tranche (fixture, editor, 0, "06-30", "70000", NULL);
  riaya_grant_set_convention_ref (probe, "CONV-EN-18");
  {
    g_autofree char *due = day (fixture, "06-30");
    g_autoptr(RiayaGrantTranche) tranche = riaya_grant_tranche_new (due, 7000000);

    riaya_grant_add_tranche (probe, tranche);
    g_free (expected);
    expected = core_refusal (fixture, probe);
  }
  g_assert_cmpstr (riaya_grant_editor_get_message (editor, "schedule"), ==, expected);
  g_assert_true (gui_test_shows_text (GTK_WIDGET (editor), expected));
  g_assert_false (riaya_grant_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "grant.save", NULL);

  /* Paid before the grant was decided. */
  type_tranche (fixture, editor, 0, "06-30", "60000", "01-20");
  g_assert_nonnull (riaya_grant_editor_get_message (editor, "schedule"));
  {
    g_autofree char *paid = day (fixture, "01-20");
    g_autofree char *decided = day (fixture, "02-01");

    g_assert_nonnull (strstr (riaya_grant_editor_get_message (editor, "schedule"), paid));
    g_assert_nonnull (strstr (riaya_grant_editor_get_message (editor, "schedule"), decided));
  }
  g_assert_false (riaya_grant_editor_can_save (editor));
  type_tranche (fixture, editor, 0, "06-30", "60000", "07-02");
  g_assert_null (riaya_grant_editor_get_message (editor, "schedule"));
  g_assert_true (riaya_grant_editor_can_save (editor));

  /* Approved before it was received. */
  type_day (fixture, editor, "justification-due", "12-31");
  type_day (fixture, editor, "justification-received", "11-20");
  choose (field (editor, "outcome"), riaya_justification_state_to_label (RIAYA_JUSTIFICATION_APPROVED));
  type_day (fixture, editor, "outcome-date", "11-02");
  g_assert_nonnull (riaya_grant_editor_get_message (editor, "outcome-date"));
  {
    g_autofree char *received = day (fixture, "11-20");

    g_assert_nonnull (strstr (riaya_grant_editor_get_message (editor, "outcome-date"), received));
  }
  g_assert_false (riaya_grant_editor_can_save (editor));
  type_day (fixture, editor, "outcome-date", "11-25");
  g_assert_null (riaya_grant_editor_get_message (editor, "outcome-date"));
  g_assert_true (riaya_grant_editor_can_save (editor));

  /* A year before the licence (granted in 2015): not in force. */
  type_into (editor, "year", "2012");
  g_assert_nonnull (riaya_grant_editor_get_message (editor, "year"));
  g_assert_true (riaya_grant_check_institution (probe, fixture->house, NULL));
  riaya_grant_set_year (probe, 2012);
  g_assert_false (riaya_grant_check_institution (probe, fixture->house, &error));
  g_assert_cmpstr (riaya_grant_editor_get_message (editor, "year"), ==, error->message);
  g_assert_false (riaya_grant_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "grant.save", NULL);

  /* Nothing was written by any of it; closing asks before losing the
   * form, and discarding writes nothing either. */
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && question == NULL; i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
          question = ADW_MESSAGE_DIALOG (toplevel);
      }
  }
  g_assert_nonnull (question);
  assert_translated (adw_message_dialog_get_heading (question), NULL, "Discard Changes?");
  adw_message_dialog_response (question, RIAYA_RESPONSE_DISCARD);
  g_assert_true (gui_test_wait_until (is_null, &editor));
  g_free (after);
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
      g_printerr ("usage: test-grants ar|fr|en\n");
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

  g_test_add ("/grants/late", Fixture, NULL, fixture_set_up, test_grants_late, fixture_tear_down);
  g_test_add ("/grants/refusals", Fixture, NULL, fixture_set_up, test_grants_refusals, fixture_tear_down);

  return g_test_run ();
}
