/* riaya-reports-page-options.c — the options of the report chosen
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The options are riaya-cli report's (cli.md): a day for the counts
 * (--on), a period of days (--from, --to), a span of years (--from-year,
 * --to-year) and a region whose provinces make the rows (--region). Only
 * those the report chosen takes are shown. A date is typed as the CLI
 * takes it, year-month-day, or picked in a calendar; one that is not a
 * date is said beside it, in the user's language, once it is typed in
 * full or left, and the table computed before stays meanwhile.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-register-window-private.h"
#include "riaya-reports-page-private.h"
#include "riaya-ui-util.h"

/* An ISO date is ten characters: a shorter one may still be typed. */
#define ISO_DATE_LENGTH 10

static char *
dup_today (RiayaReportsPage *self)
{
  return self->today != NULL ? g_strdup (self->today) : riaya_date_today_iso ();
}

/* A date option */

static GtkLabel *
message_of (RiayaReportsPage *self,
            GtkEntry         *entry)
{
  if (entry == self->on_entry)
    return self->on_message;
  if (entry == self->from_entry)
    return self->from_message;
  return self->to_message;
}

static void
set_entry_message (RiayaReportsPage *self,
                   GtkEntry         *entry,
                   const char       *message)
{
  GtkLabel *label = message_of (self, entry);

  if (message != NULL)
    {
      gtk_label_set_text (label, message);
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/* Reads the date typed in @entry into @out (NULL when empty: the
 * report's default). FALSE when it is not a date; its sentence is shown
 * once the date is typed in full or the entry left. */
static gboolean
read_date (RiayaReportsPage  *self,
           GtkEntry          *entry,
           char             **out)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(GError) error = NULL;
  gboolean touched = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "riaya-touched"));

  *out = NULL;
  if (*text == '\0')
    {
      set_entry_message (self, entry, NULL);
      return TRUE;
    }

  if (!riaya_date_parse (text, NULL, &error))
    {
      set_entry_message (self, entry,
                         touched || strlen (text) >= ISO_DATE_LENGTH ? error->message : NULL);
      return FALSE;
    }

  set_entry_message (self, entry, NULL);
  *out = g_steal_pointer (&text);
  return TRUE;
}

static gboolean
read_year (GtkSpinButton *spin,
           guint         *year)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    return FALSE;

  *year = (guint) value;
  return TRUE;
}

gboolean
_riaya_reports_page_read_options (RiayaReportsPage    *self,
                                  RiayaReportsOptions *options)
{
  RiayaReportOptions takes = self->report != NULL ? self->report->options : 0;
  guint selected;
  gboolean ok = TRUE;

  _riaya_reports_options_clear (options);
  options->today = g_strdup (self->today);
  _riaya_reports_page_show_message (self, NULL);

  if (takes & RIAYA_REPORT_TAKES_ON)
    ok = read_date (self, self->on_entry, &options->on) && ok;
  if (takes & RIAYA_REPORT_TAKES_PERIOD)
    {
      ok = read_date (self, self->from_entry, &options->from) && ok;
      ok = read_date (self, self->to_entry, &options->to) && ok;
    }
  if (takes & RIAYA_REPORT_TAKES_YEARS)
    {
      if (!read_year (self->from_year_spin, &options->from_year) ||
          !read_year (self->to_year_spin, &options->to_year))
        {
          /* The report checks the range and the order; the digits are ours. */
          _riaya_reports_page_show_message (self, _("Write each year in four digits, for example 2025."));
          return FALSE;
        }
    }
  if (takes & RIAYA_REPORT_TAKES_REGION)
    {
      selected = gtk_drop_down_get_selected (self->region_dropdown);
      if (selected < self->region_codes->len)
        options->region = g_strdup (g_ptr_array_index (self->region_codes, selected));
    }

  return ok;
}

/* Callbacks */

static void
on_option_entry_changed (GtkEditable      *editable,
                         RiayaReportsPage *self)
{
  if (!self->filling)
    _riaya_reports_page_schedule (self);
}

static void
on_region_dropdown_selected (GtkDropDown      *dropdown,
                             GParamSpec       *pspec,
                             RiayaReportsPage *self)
{
  if (!self->filling)
    _riaya_reports_page_schedule (self);
}

static void
touch_entry (RiayaReportsPage *self,
             GtkEntry         *entry)
{
  g_object_set_data (G_OBJECT (entry), "riaya-touched", GINT_TO_POINTER (TRUE));
  /* Read again at once: its sentence, if any, shows now. */
  _riaya_reports_page_schedule (self);
}

static void
on_entry_activate (GtkEntry         *entry,
                   RiayaReportsPage *self)
{
  touch_entry (self, entry);
}

static void
on_entry_focus_leave (GtkEventControllerFocus *controller,
                      RiayaReportsPage        *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if (g_object_get_data (G_OBJECT (entry), "riaya-touched") == NULL)
    touch_entry (self, GTK_ENTRY (entry));
}

/* A date's calendar */

static int
month_index (GDateTime *date)
{
  return g_date_time_get_year (date) * 12 + g_date_time_get_month (date) - 1;
}

static void
on_calendar_day_selected (GtkCalendar *calendar,
                          GtkEntry    *entry)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  int shown = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (calendar), "riaya-month"));
  g_autofree char *iso = g_date_time_format (picked, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (entry), iso);
  g_object_set_data (G_OBJECT (calendar), "riaya-month", GINT_TO_POINTER (month_index (picked)));

  /* A day clicked in the month shown is the choice; the arrows, which
   * also select a day, only turn the page. */
  if (month_index (picked) == shown)
    gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
}

static void
on_calendar_popover_show (GtkPopover *popover,
                          GtkEntry   *entry)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  g_autoptr(GDateTime) date = NULL;
  GDate typed;

  /* Open on the day typed, if it is one; else on today. */
  if (riaya_date_parse (gtk_editable_get_text (GTK_EDITABLE (entry)), &typed, NULL))
    date = g_date_time_new_local (g_date_get_year (&typed), g_date_get_month (&typed),
                                  g_date_get_day (&typed), 0, 0, 0);
  else
    date = g_date_time_new_now_local ();

  g_signal_handlers_block_by_func (calendar, on_calendar_day_selected, entry);
  gtk_calendar_select_day (calendar, date);
  g_signal_handlers_unblock_by_func (calendar, on_calendar_day_selected, entry);
  g_object_set_data (G_OBJECT (calendar), "riaya-month", GINT_TO_POINTER (month_index (date)));
}

static void
setup_date (RiayaReportsPage *self,
            GtkEntry         *entry,
            GtkMenuButton    *button)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  /* Dates are typed as digits whatever the interface's direction. */
  riaya_ui_set_text_direction (GTK_WIDGET (entry), "ltr");
  /* Translators: what an empty date option shows: the format to type */
  gtk_entry_set_placeholder_text (entry, _("YYYY-MM-DD"));

  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (button, popover);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (on_calendar_day_selected), entry, 0);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_calendar_popover_show), entry, 0);

  g_signal_connect_object (entry, "activate", G_CALLBACK (on_entry_activate), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_entry_focus_leave), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
}

/* Shared with the page */

void
_riaya_reports_page_setup_options (RiayaReportsPage *self)
{
  g_autoptr(GtkStringList) regions = NULL;
  g_autoptr(GtkListItemFactory) factory = riaya_ui_ellipsizing_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = riaya_ui_label_factory_new (0);

  setup_date (self, self->on_entry, self->on_calendar_button);
  setup_date (self, self->from_entry, self->from_calendar_button);
  setup_date (self, self->to_entry, self->to_calendar_button);

  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  regions = riaya_ui_region_filter_names (riaya_context_get_regions (self->context),
                                          _("All regions"), self->region_codes);
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (regions));
  gtk_drop_down_set_factory (self->region_dropdown, factory);
  gtk_drop_down_set_list_factory (self->region_dropdown, list_factory);
  g_signal_connect_object (self->region_dropdown, "notify::selected",
                           G_CALLBACK (on_region_dropdown_selected), self, 0);

  _riaya_reports_page_reset_options (self);
}

void
_riaya_reports_page_show_options (RiayaReportsPage *self)
{
  RiayaReportOptions takes = self->report != NULL ? self->report->options : 0;

  gtk_widget_set_visible (self->on_box, (takes & RIAYA_REPORT_TAKES_ON) != 0);
  gtk_widget_set_visible (self->period_box, (takes & RIAYA_REPORT_TAKES_PERIOD) != 0);
  gtk_widget_set_visible (self->years_box, (takes & RIAYA_REPORT_TAKES_YEARS) != 0);
  gtk_widget_set_visible (self->region_box, (takes & RIAYA_REPORT_TAKES_REGION) != 0);
  gtk_widget_set_visible (self->options_heading, takes != 0);
}

void
_riaya_reports_page_reset_options (RiayaReportsPage *self)
{
  g_autofree char *today = dup_today (self);
  g_autofree char *first = g_strdup_printf ("%.4s-01-01", today);
  g_autofree char *last = g_strdup_printf ("%.4s-12-31", today);
  guint year = (guint) g_ascii_strtoull (today, NULL, 10);
  GtkEntry *entries[] = { self->on_entry, self->from_entry, self->to_entry };

  /* The CLI's defaults (riaya-report.h), shown so that the user sees
   * what the table counts. */
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->on_entry), today);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), first);
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), last);
  gtk_spin_button_set_value (self->to_year_spin, year);
  gtk_spin_button_set_value (self->from_year_spin, year >= 1909 ? year - 9 : 1900);
  gtk_drop_down_set_selected (self->region_dropdown, 0);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_object_set_data (G_OBJECT (entries[i]), "riaya-touched", NULL);
      set_entry_message (self, entries[i], NULL);
    }
  self->filling = FALSE;

  if (self->shown_once)
    _riaya_reports_page_schedule (self);
}

static char *
dup_long_date (const char *iso)
{
  return _riaya_register_format_date (iso);
}

char *
_riaya_reports_page_dup_caption (RiayaReportsPage *self)
{
  const RiayaReport *report = self->table_report;
  RiayaReportsOptions *options = &self->table_options;
  g_autofree char *today = NULL;
  g_autofree char *when = NULL;
  g_autofree char *region = NULL;

  if (report == NULL)
    return g_strdup ("");

  today = options->today != NULL ? g_strdup (options->today) : riaya_date_today_iso ();
  if (report->options & RIAYA_REPORT_TAKES_ON)
    {
      g_autofree char *day = dup_long_date (options->on != NULL ? options->on : today);

      /* Translators: what a report counts: %s is a date in words */
      when = g_strdup_printf (_("On %s"), day);
    }
  else if (report->options & RIAYA_REPORT_TAKES_PERIOD)
    {
      const char *from = riaya_table_get_parameter (self->table, "from");
      const char *to = riaya_table_get_parameter (self->table, "to");
      g_autofree char *first = dup_long_date (from != NULL ? from : options->from);
      g_autofree char *last = dup_long_date (to != NULL ? to : options->to);

      /* Translators: the period or the years a report covers: two
       * dates in words, or two years */
      when = g_strdup_printf (_("From %1$s to %2$s"), first, last);
    }
  else if (report->options & RIAYA_REPORT_TAKES_YEARS)
    {
      const char *from = riaya_table_get_parameter (self->table, "from_year");
      const char *to = riaya_table_get_parameter (self->table, "to_year");

      /* Translators: the period or the years a report covers: two
       * dates in words, or two years */
      when = g_strdup_printf (_("From %1$s to %2$s"), from != NULL ? from : "", to != NULL ? to : "");
    }

  if ((report->options & RIAYA_REPORT_TAKES_REGION) && options->region != NULL)
    {
      RiayaTerritory *territory = riaya_context_lookup_territory (self->context, options->region);

      if (territory != NULL)
        /* Translators: a report limited to one region: its name */
        region = g_strdup_printf (_("%s, by province"), riaya_territory_get_display_name (territory));
    }

  if (when != NULL && region != NULL)
    /* Translators: what a report covers: when, then where */
    return g_strdup_printf (C_("report caption", "%1$s · %2$s"), when, region);

  return g_strdup (when != NULL ? when : region != NULL ? region : "");
}

void
_riaya_reports_page_class_init_options (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_option_entry_changed);
}
