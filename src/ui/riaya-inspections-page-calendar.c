/* riaya-inspections-page-calendar.c — a month of visits, and their agenda
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkCalendar marks the days of the month shown that have a visit; the
 * agenda beside it lists that month's visits in date order with where
 * each stands — planned, overdue (its day passed and nothing recorded),
 * done, or not valid (recorded without a majority of the committee,
 * decree 2.19.693 art. 8) — in words and colours. "All Upcoming Visits"
 * lists every visit still to do instead. GtkCalendar keeps its marks
 * across months: they are cleared and set again each time the month
 * changes, once the month's visits are read.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-inspections-page-private.h"
#include "riaya-ui-util.h"

/* Dates and statuses */

char *
_riaya_inspections_isolate_date (const char *date)
{
  /* An ISO date after Arabic letters: its digits are Arabic numbers,
   * which the bidi algorithm does not join across "-", so "2027-03-31"
   * would read "31-03-2027". A left-to-right isolate keeps it whole. */
  if (date == NULL)
    return g_strdup ("");

  return g_strdup_printf ("\u2066%s\u2069", date);
}

const char *
_riaya_inspections_visit_date (RiayaInspection *visit)
{
  const char *done_on = riaya_inspection_get_done_on (visit);

  return done_on != NULL ? done_on : riaya_inspection_get_planned_on (visit);
}

void
_riaya_inspections_set_status_badge (GtkLabel         *label,
                                     RiayaVisitStatus  status)
{
  static const char * const classes[RIAYA_N_VISIT_STATUSES] = {
    "visit-planned", "visit-overdue", "visit-done", "visit-not-valid",
  };

  g_assert (status < RIAYA_N_VISIT_STATUSES);

  gtk_label_set_text (label, riaya_visit_status_to_label (status));
  /* The class changes only when the status does: restyling costs. */
  for (guint i = 0; i < RIAYA_N_VISIT_STATUSES; i++)
    {
      if (i != status && gtk_widget_has_css_class (GTK_WIDGET (label), classes[i]))
        gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
    }
  if (!gtk_widget_has_css_class (GTK_WIDGET (label), classes[status]))
    gtk_widget_add_css_class (GTK_WIDGET (label), classes[status]);
}

static char *
month_name (guint month)
{
  static const char * const months[12] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };

  g_assert (month >= 1 && month <= 12);
  return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "month", months[month - 1]));
}

/* The agenda's cells */

static char *
date_text (gpointer              item,
           RiayaInspectionsPage *page,
           gboolean             *alert)
{
  return _riaya_inspections_isolate_date (_riaya_inspections_visit_date (item));
}

static char *
institution_text (gpointer              item,
                  RiayaInspectionsPage *page,
                  gboolean             *alert)
{
  return g_strdup (riaya_inspection_get_institution_name (item));
}

static char *
kind_text (gpointer              item,
           RiayaInspectionsPage *page,
           gboolean             *alert)
{
  return g_strdup (riaya_visit_kind_to_label (riaya_inspection_get_kind (item)));
}

static const RiayaInspectionsColumn agenda_columns[] = {
  { date_text, TRUE },
  { institution_text, FALSE },
  { kind_text, FALSE },
};

static void
setup_status_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "status-badge");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_status_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  RiayaInspectionsPage     *self)
{
  RiayaInspection *visit = gtk_list_item_get_item (list_item);

  if (visit != NULL)
    _riaya_inspections_set_status_badge (GTK_LABEL (gtk_list_item_get_child (list_item)),
                                         riaya_inspection_get_status (visit, self->today));
}

/* The month */

/* GTK 4.8 keeps a calendar's marks but draws nothing for them: the day
 * labels of the month shown — the calendar's "day-number" labels not of
 * another month, day 1 first — are given the class visit-day, which
 * style.css underlines, and a tooltip naming the day's visits. */
static void
show_marks (RiayaInspectionsPage *self,
            GPtrArray            *names)
{
  guint day = 0;

  for (GtkWidget *part = gtk_widget_get_first_child (GTK_WIDGET (self->calendar)); part != NULL;
       part = gtk_widget_get_next_sibling (part))
    {
      for (GtkWidget *label = gtk_widget_get_first_child (part); label != NULL;
           label = gtk_widget_get_next_sibling (label))
        {
          gboolean marked = FALSE;

          if (!GTK_IS_LABEL (label) || !gtk_widget_has_css_class (label, "day-number"))
            continue;
          if (!gtk_widget_has_css_class (label, "other-month"))
            marked = gtk_calendar_get_day_is_marked (self->calendar, ++day);

          if (marked)
            gtk_widget_add_css_class (label, "visit-day");
          else
            gtk_widget_remove_css_class (label, "visit-day");
          gtk_widget_set_tooltip_text (label, marked && names != NULL && day <= names->len
                                              ? g_ptr_array_index (names, day - 1) : NULL);
        }
    }
}

static void
clear_marks (RiayaInspectionsPage *self)
{
  gtk_calendar_clear_marks (self->calendar);
  show_marks (self, NULL);
}

static void
mark_days (RiayaInspectionsPage *self)
{
  g_autofree char *prefix = g_strdup_printf ("%04u-%02u-", self->shown_year, self->shown_month);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));

  g_ptr_array_set_size (names, 31);
  gtk_calendar_clear_marks (self->calendar);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);
      const char *date = _riaya_inspections_visit_date (visit);
      const char *name = riaya_inspection_get_institution_name (visit) != NULL
                         ? riaya_inspection_get_institution_name (visit) : "";
      guint day;
      char *names_of_day;

      /* The agenda of upcoming visits spans other months. */
      if (!g_str_has_prefix (date, prefix))
        continue;

      day = (guint) g_ascii_strtoull (date + 8, NULL, 10);
      gtk_calendar_mark_day (self->calendar, day);
      /* One institution a line, in the agenda's order. */
      names_of_day = g_ptr_array_index (names, day - 1);
      g_ptr_array_index (names, day - 1) = names_of_day != NULL
                                           ? g_strconcat (names_of_day, "\n", name, NULL) : g_strdup (name);
      g_free (names_of_day);
    }

  show_marks (self, names);
}

void
_riaya_inspections_page_agenda_range (RiayaInspectionsPage  *self,
                                      char                 **from,
                                      char                 **to)
{
  GDate last;

  if (self->upcoming)
    {
      *from = g_strdup (self->today);
      *to = NULL;
      return;
    }

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, g_date_get_days_in_month (self->shown_month, self->shown_year),
                  self->shown_month, self->shown_year);
  *from = g_strdup_printf ("%04u-%02u-01", self->shown_year, self->shown_month);
  *to = riaya_date_to_iso (&last);
}

void
_riaya_inspections_page_update_agenda (RiayaInspectionsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));
  g_autofree char *month = month_name (self->shown_month);

  g_free (self->agenda_heading);
  if (self->upcoming)
    self->agenda_heading = g_strdup (_("Upcoming Visits"));
  else
    /* Translators: the heading of the agenda: a month's name and its year */
    self->agenda_heading = g_strdup_printf (_("Visits in %1$s %2$u"), month, self->shown_year);
  gtk_label_set_text (self->agenda_label, self->agenda_heading);

  adw_status_page_set_title (self->agenda_empty,
                             self->upcoming ? _("No Visit to Come") : _("No Visit This Month"));
  gtk_stack_set_visible_child_name (self->agenda_stack, n > 0 ? "list" : "empty");

  /* Only marks of the month read: none while another month loads. */
  if (self->cancellables[RIAYA_INSPECTIONS_LOAD_AGENDA] == NULL)
    mark_days (self);
}

/* Moving through months */

static void
on_calendar_moved (GtkCalendar          *calendar,
                   RiayaInspectionsPage *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  guint year = (guint) g_date_time_get_year (date);
  guint month = (guint) g_date_time_get_month (date);

  if (year == self->shown_year && month == self->shown_month)
    return;

  self->shown_year = year;
  self->shown_month = month;
  /* Another month's marks would show on this one's days until it is read. */
  clear_marks (self);
  if (self->moving_calendar)
    return;

  _riaya_inspections_page_update_agenda (self);
  _riaya_inspections_page_load (self, RIAYA_INSPECTIONS_LOAD_AGENDA);
}

static void
on_calendar_notify (GtkCalendar          *calendar,
                    GParamSpec           *pspec,
                    RiayaInspectionsPage *self)
{
  on_calendar_moved (calendar, self);
}

static void
on_day_selected (GtkCalendar          *calendar,
                 RiayaInspectionsPage *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));

  on_calendar_moved (calendar, self);

  /* The first visit of the day chosen, in the agenda. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);

      if (riaya_date_compare (_riaya_inspections_visit_date (visit), day) >= 0)
        {
          gtk_single_selection_set_selected (self->agenda_selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->agenda_view), "list.scroll-to-item", "u", i);
          return;
        }
    }
}

gboolean
_riaya_inspections_page_select_visit (RiayaInspectionsPage *self,
                                      const char           *uuid)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);

      if (g_strcmp0 (riaya_inspection_get_uuid (visit), uuid) == 0)
        {
          gtk_single_selection_set_selected (self->agenda_selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->agenda_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

static void
on_upcoming_toggled (GtkToggleButton      *button,
                     RiayaInspectionsPage *self)
{
  riaya_inspections_page_set_upcoming (self, gtk_toggle_button_get_active (button));
}

static void
on_agenda_activate (GtkColumnView        *view,
                    guint                 position,
                    RiayaInspectionsPage *self)
{
  g_autoptr(RiayaInspection) visit = g_list_model_get_item (G_LIST_MODEL (self->agenda), position);

  if (visit != NULL)
    riaya_inspections_page_open_visit (self, visit);
}

void
_riaya_inspections_page_setup_calendar (RiayaInspectionsPage *self)
{
  const char *titles[] = {
    C_("agenda column", "Date"),
    C_("agenda column", "Institution"),
    C_("agenda column", "Kind"),
  };
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) status = NULL;
  const char *samples[G_N_ELEMENTS (agenda_columns)] = { NULL };
  g_autofree char *date_sample = NULL;
  GDate today;

  G_STATIC_ASSERT (G_N_ELEMENTS (titles) == G_N_ELEMENTS (agenda_columns));

  /* The widest of what the columns show; the institution takes the
   * room left. */
  date_sample = _riaya_inspections_isolate_date ("2026-12-31");
  samples[0] = date_sample;
  for (RiayaVisitKind k = 0; k < RIAYA_N_VISIT_KINDS; k++)
    if (samples[2] == NULL || g_utf8_strlen (riaya_visit_kind_to_label (k), -1) > g_utf8_strlen (samples[2], -1))
      samples[2] = riaya_visit_kind_to_label (k);
  for (guint c = 0; c < G_N_ELEMENTS (agenda_columns); c++)
    _riaya_inspections_add_column (self->agenda_view, self, titles[c], &agenda_columns[c], samples[c]);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_status_cell), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_status_cell), self);
  status = gtk_column_view_column_new (C_("agenda column", "Status"), g_object_ref (factory));
  gtk_column_view_insert_column (self->agenda_view, 1, status);

  self->agenda_selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->agenda)));
  gtk_single_selection_set_autoselect (self->agenda_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->agenda_selection, TRUE);
  gtk_column_view_set_model (self->agenda_view, GTK_SELECTION_MODEL (self->agenda_selection));
  g_signal_connect_object (self->agenda_view, "activate", G_CALLBACK (on_agenda_activate), self, 0);

  /* The month of the day judged on. */
  if (riaya_date_parse (self->today, &today, NULL))
    {
      self->moving_calendar = TRUE;
      riaya_inspections_page_show_month (self, g_date_get_year (&today), g_date_get_month (&today));
      self->moving_calendar = FALSE;
    }

  g_signal_connect_object (self->calendar, "notify::month", G_CALLBACK (on_calendar_notify), self, 0);
  g_signal_connect_object (self->calendar, "notify::year", G_CALLBACK (on_calendar_notify), self, 0);
  g_signal_connect_object (self->calendar, "next-month", G_CALLBACK (on_calendar_moved), self, 0);
  g_signal_connect_object (self->calendar, "prev-month", G_CALLBACK (on_calendar_moved), self, 0);
  g_signal_connect_object (self->calendar, "next-year", G_CALLBACK (on_calendar_moved), self, 0);
  g_signal_connect_object (self->calendar, "prev-year", G_CALLBACK (on_calendar_moved), self, 0);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self, 0);
  g_signal_connect_object (self->upcoming_toggle, "toggled", G_CALLBACK (on_upcoming_toggled), self, 0);
}

/* Public API */

void
riaya_inspections_page_show_month (RiayaInspectionsPage *self,
                                   guint                 year,
                                   guint                 month)
{
  g_autoptr(GDateTime) date = NULL;
  guint day = 1;
  GDate today;

  g_return_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self));
  g_return_if_fail (month >= 1 && month <= 12);
  g_return_if_fail (year >= 1900 && year < 10000);

  if (year == self->shown_year && month == self->shown_month)
    return;

  /* The day judged on in its month, else the first: a day every month
   * has. "Plan a Visit" proposes the day chosen. */
  if (riaya_date_parse (self->today, &today, NULL) && g_date_get_year (&today) == year &&
      g_date_get_month (&today) == month)
    day = g_date_get_day (&today);
  date = g_date_time_new_local (year, month, day, 0, 0, 0);
  gtk_calendar_select_day (self->calendar, date);
  /* Whether or not the calendar said it moved. */
  on_calendar_moved (self->calendar, self);
}

void
riaya_inspections_page_get_month (RiayaInspectionsPage *self,
                                  guint                *year,
                                  guint                *month)
{
  g_return_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self));

  if (year != NULL)
    *year = self->shown_year;
  if (month != NULL)
    *month = self->shown_month;
}

void
riaya_inspections_page_set_upcoming (RiayaInspectionsPage *self,
                                     gboolean              upcoming)
{
  g_return_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self));

  upcoming = !!upcoming;
  if (gtk_toggle_button_get_active (self->upcoming_toggle) != upcoming)
    gtk_toggle_button_set_active (self->upcoming_toggle, upcoming);
  if (self->upcoming == upcoming)
    return;

  self->upcoming = upcoming;
  _riaya_inspections_page_update_agenda (self);
  _riaya_inspections_page_load (self, RIAYA_INSPECTIONS_LOAD_AGENDA);
}
