/* riaya-inspections-page-actions.c — what the inspections page's buttons do
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Schedule… plans a programmed visit to an institution of the programme
 * on a day of its year; Plan Follow-up… a follow-up of a visit whose
 * deadline passed (Law 65.15 art. 34); a visit of the agenda or the
 * follow-ups opens in the visit editor. One editor at a time: the one
 * open comes back to the front. A day proposed is a working day, within
 * the programme's year and not before the day judged on.
 */

#include "config.h"

#include "riaya-inspections-page-private.h"

/* Editing */

static void
on_editor_saved (RiayaVisitEditor     *editor,
                 const char           *uuid,
                 RiayaInspectionsPage *self)
{
  /* The editor told the context (inspections-changed), which reloads
   * every part: then the agenda shows the visit saved, if it lists it. */
  g_free (self->select_after_load);
  self->select_after_load = g_strdup (uuid);
}

static void
open_editor (RiayaInspectionsPage *self,
             RiayaInspection      *visit,
             const char           *institution_uuid,
             const char           *date,
             RiayaVisitKind        kind,
             const char           *follows)
{
  GtkRoot *root;

  /* One visit at a time: the one being edited comes back to the front. */
  if (self->editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor));
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->editor = riaya_visit_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context,
                                         visit, institution_uuid, date, kind, follows);
  g_object_add_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
  g_signal_connect_object (self->editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  gtk_window_present (GTK_WINDOW (self->editor));
}

/* The item of @store with @uuid (an institution's in the programme, a
 * visit's in the others), or NULL. (transfer full) */
static gpointer
find_item (GListStore *store,
           const char *uuid,
           gboolean    programme)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *item_uuid = programme
                              ? riaya_programme_entry_get_item (RIAYA_PROGRAMME_ENTRY (item))->institution_uuid
                              : riaya_inspection_get_uuid (RIAYA_INSPECTION (item));

      if (g_strcmp0 (item_uuid, uuid) == 0)
        return g_steal_pointer (&item);
    }

  return NULL;
}

static gboolean
is_weekend (const GDate *day)
{
  GDateWeekday weekday = g_date_get_weekday (day);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

/* A follow-up is due already: proposed for the first working day from
 * today. */
static char *
propose_follow_up_date (const char *today)
{
  GDate day;

  if (!riaya_date_parse (today, &day, NULL))
    return NULL;
  while (is_weekend (&day))
    g_date_add_days (&day, 1);

  return riaya_date_to_iso (&day);
}

/* Actions */

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RiayaInspectionsPage *self = RIAYA_INSPECTIONS_PAGE (widget);
  g_autoptr(GDateTime) chosen = NULL;
  g_autofree char *date = NULL;

  /* From the calendar, on the day chosen there if it is still to come. */
  if (g_strcmp0 (riaya_inspections_page_get_view (self), "calendar") == 0)
    {
      chosen = gtk_calendar_get_date (self->calendar);
      date = g_date_time_format (chosen, "%Y-%m-%d");
      if (riaya_date_compare (date, self->today) < 0)
        g_clear_pointer (&date, g_free);
    }

  open_editor (self, NULL, NULL, date, RIAYA_VISIT_KIND_PROGRAMMED, NULL);
}

static void
schedule_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RiayaInspectionsPage *self = RIAYA_INSPECTIONS_PAGE (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autoptr(RiayaProgrammeEntry) entry = find_item (self->programme, uuid, TRUE);
  g_autofree char *date = NULL;

  if (entry == NULL)
    return;

  date = riaya_inspections_page_propose_date (riaya_programme_entry_get_item (entry),
                                              riaya_inspections_page_get_year (self), self->today);
  open_editor (self, NULL, uuid, date, RIAYA_VISIT_KIND_PROGRAMMED, NULL);
}

static void
plan_follow_up_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RiayaInspectionsPage *self = RIAYA_INSPECTIONS_PAGE (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autoptr(RiayaInspection) visit = find_item (self->follow_ups, uuid, FALSE);
  g_autofree char *date = NULL;

  if (visit == NULL)
    return;

  date = propose_follow_up_date (self->today);
  open_editor (self, NULL, riaya_inspection_get_institution_uuid (visit), date,
               RIAYA_VISIT_KIND_FOLLOW_UP, uuid);
}

static void
open_visit_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RiayaInspectionsPage *self = RIAYA_INSPECTIONS_PAGE (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autoptr(RiayaInspection) visit = find_item (self->follow_ups, uuid, FALSE);

  if (visit == NULL)
    visit = find_item (self->agenda, uuid, FALSE);
  if (visit != NULL)
    open_editor (self, visit, NULL, NULL, riaya_inspection_get_kind (visit), NULL);
}

static void
export_ics_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _riaya_inspections_page_export_ics (RIAYA_INSPECTIONS_PAGE (widget));
}

static void
clear_filters_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  riaya_inspections_page_clear_filters (RIAYA_INSPECTIONS_PAGE (widget));
}

static void
show_view_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  riaya_inspections_page_show_view (RIAYA_INSPECTIONS_PAGE (widget), g_variant_get_string (parameter, NULL));
}

/* Class */

void
_riaya_inspections_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "inspections.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "inspections.schedule", "s", schedule_activated);
  gtk_widget_class_install_action (widget_class, "inspections.plan-follow-up", "s", plan_follow_up_activated);
  gtk_widget_class_install_action (widget_class, "inspections.open-visit", "s", open_visit_activated);
  gtk_widget_class_install_action (widget_class, "inspections.export-ics", NULL, export_ics_activated);
  gtk_widget_class_install_action (widget_class, "inspections.clear-filters", NULL, clear_filters_activated);
  gtk_widget_class_install_action (widget_class, "inspections.show-view", "s", show_view_activated);
}

/* Public API */

void
riaya_inspections_page_open_visit (RiayaInspectionsPage *self,
                                   RiayaInspection      *visit)
{
  g_return_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self));
  g_return_if_fail (RIAYA_IS_INSPECTION (visit));

  open_editor (self, visit, NULL, NULL, riaya_inspection_get_kind (visit), NULL);
}

void
riaya_inspections_page_plan_visit (RiayaInspectionsPage *self,
                                   const char           *institution_uuid,
                                   const char           *date,
                                   RiayaVisitKind        kind,
                                   const char           *follows)
{
  g_return_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self));
  g_return_if_fail (kind < RIAYA_N_VISIT_KINDS);

  open_editor (self, NULL, institution_uuid, date, kind, follows);
}

char *
riaya_inspections_page_propose_date (const RiayaProgrammeItem *item,
                                     guint                     year,
                                     const char               *today)
{
  g_autofree char *first = NULL;
  g_autofree char *last = g_strdup_printf ("%04u-12-31", year);
  const char *proposed;
  GDate day, end;

  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (today != NULL, NULL);

  /* Not before today, nor before the year starts. */
  first = riaya_date_compare (today, last) > 0 ? NULL
          : g_strdup_printf ("%04u-01-01", year);
  if (first == NULL)
    return g_strdup (last);
  if (riaya_date_compare (first, today) < 0)
    {
      g_free (first);
      first = g_strdup (today);
    }

  /* The day the law wants the visit by, when the year still has it. */
  proposed = first;
  if (item->assessment.next_due != NULL && riaya_date_compare (item->assessment.next_due, first) > 0 &&
      riaya_date_compare (item->assessment.next_due, last) <= 0)
    proposed = item->assessment.next_due;

  if (!riaya_date_parse (proposed, &day, NULL) || !riaya_date_parse (last, &end, NULL))
    return g_strdup (proposed);

  /* A committee meets on working days: not on New Year's Day, and the
   * next Monday instead of a weekend, when the year has one; the Friday
   * before when the law wants the visit by that weekend. */
  if (proposed == item->assessment.next_due)
    {
      while (is_weekend (&day))
        g_date_subtract_days (&day, 1);
    }
  else
    {
      if (g_date_get_month (&day) == G_DATE_JANUARY && g_date_get_day (&day) == 1)
        g_date_add_days (&day, 1);
      while (is_weekend (&day) && g_date_compare (&day, &end) < 0)
        g_date_add_days (&day, 1);
    }

  {
    g_autofree char *iso = riaya_date_to_iso (&day);

    /* Stepping back never goes before the first day allowed. */
    if (riaya_date_compare (iso, first) < 0)
      return g_strdup (proposed);
    return g_steal_pointer (&iso);
  }
}

RiayaVisitEditor *
riaya_inspections_page_get_editor (RiayaInspectionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), NULL);
  return self->editor;
}
