/* inspections-test-util.c — a registry with visits, and acting on the inspections page
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "inspections-test-util.h"

/* Dates */

/* @today moved by @days. */
char *
inspections_test_shift_day (const char *today,
                            int         days)
{
  GDate date;

  g_assert_true (riaya_date_parse (today, &date, NULL));
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);

  return riaya_date_to_iso (&date);
}

/* @today moved back by @years, on 15 June. */
char *
inspections_test_years_ago (const char *today,
                            guint       years)
{
  return g_strdup_printf ("%04u-06-15", (guint) g_ascii_strtoull (today, NULL, 10) - years);
}

/* A valid visit (three of four members present) of @licence, done on
 * @done_on. */
void
inspections_test_record_visit (RiayaStore *store,
                               const char *licence,
                               const char *done_on)
{
  g_autoptr(RiayaInstitution) institution = riaya_store_get_institution (store, licence, NULL);
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (institution);
  visit = riaya_inspection_new (riaya_institution_get_uuid (institution), done_on, RIAYA_VISIT_KIND_PROGRAMMED);
  riaya_inspection_set_done_on (visit, done_on);
  riaya_inspection_set_members_invited (visit, 4);
  riaya_inspection_set_members_present (visit, 3);
  riaya_store_add_inspection (store, visit, &error);
  g_assert_no_error (error);
}

/* Five institutions visited, one never (EPS-T-004, 65.15, in 03.231):
 *   EPS-T-001 four years ago, EPS-T-003 three, EPS-T-005 two: past the
 *     six months of Law 14.05;
 *   EPS-T-002 today: within its period, but 14.05 asks for two a year;
 *   EPS-T-006 today: 65.15 asks for one a year, done — not proposed. */
void
inspections_test_seed_visits (const char *db_path,
                              const char *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (db_path, &error);
  g_autofree char *four = inspections_test_years_ago (today, 4);
  g_autofree char *three = inspections_test_years_ago (today, 3);
  g_autofree char *two = inspections_test_years_ago (today, 2);

  g_assert_no_error (error);
  inspections_test_record_visit (store, "EPS-T-001", four);
  inspections_test_record_visit (store, "EPS-T-003", three);
  inspections_test_record_visit (store, "EPS-T-005", two);
  inspections_test_record_visit (store, "EPS-T-002", today);
  inspections_test_record_visit (store, "EPS-T-006", today);
}

char *
inspections_test_isolated (const char *date)
{
  return g_strdup_printf ("\u2066%s\u2069", date);
}

/* The button on screen inside @root that activates @action for @target:
 * what a user clicks in a row. */
GtkWidget *
inspections_test_find_row_button (GtkWidget  *root,
                                  const char *action,
                                  const char *target)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  /* The page's row buttons carry their action and the row's UUID. */
  if (GTK_IS_BUTTON (root) && g_strcmp0 (g_object_get_data (G_OBJECT (root), "riaya-action"), action) == 0 &&
      g_strcmp0 (g_object_get_data (G_OBJECT (root), "riaya-target"), target) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = inspections_test_find_row_button (child, action, target);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The column view on screen inside @root. */
GtkWidget *
inspections_test_find_shown_list (GtkWidget *root)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;
  if (GTK_IS_COLUMN_VIEW (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = inspections_test_find_shown_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* What a click does: "clicked" at once (gtk_widget_activate presses the
 * button for a moment first). */
void
inspections_test_click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* The result of an export: set by RiayaInspectionsPage::exported. */
static void
on_exported (RiayaInspectionsPage *page,
             const char           *path,
             const char           *message,
             InspectionsExport    *export)
{
  export->done = TRUE;
  export->path = g_strdup (path);
  export->message = g_strdup (message);
}

static gboolean
export_done (gpointer data)
{
  return ((InspectionsExport *) data)->done;
}

/* Exports the visits to @path as the export action does once a file is
 * chosen, and waits for the result. */
void
inspections_test_export (RiayaInspectionsPage *page,
                         const char           *path,
                         InspectionsExport    *export)
{
  gulong handler = g_signal_connect (page, "exported", G_CALLBACK (on_exported), export);

  riaya_inspections_page_export_ics_to (page, path);
  g_assert_true (gui_test_wait_until (export_done, export));
  g_signal_handler_disconnect (page, handler);
}

gboolean
inspections_test_day_is_shown_marked (GtkCalendar *calendar,
                                      guint        day)
{
  guint n = 0;

  /* The day labels of the month, day 1 first (those of the months
   * around it are "other-month"). */
  for (GtkWidget *part = gtk_widget_get_first_child (GTK_WIDGET (calendar)); part != NULL;
       part = gtk_widget_get_next_sibling (part))
    for (GtkWidget *label = gtk_widget_get_first_child (part); label != NULL;
         label = gtk_widget_get_next_sibling (label))
      {
        if (GTK_IS_LABEL (label) && gtk_widget_has_css_class (label, "day-number") &&
            !gtk_widget_has_css_class (label, "other-month") && ++n == day)
          return gtk_widget_has_css_class (label, "visit-day") && gtk_widget_get_mapped (label);
      }

  return FALSE;
}
