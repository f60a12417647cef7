/* riaya-grant-editor-tranches.c — the tranches of a grant, in its editor
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A grant is paid in one or several tranches (domain brief §5): each has
 * a due date, an amount and, once paid, the day it was paid. The section
 * says what is scheduled against what was granted, what remains to
 * schedule and what is paid, so that a schedule over the grant is seen
 * as it is typed.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-grant-editor-private.h"
#include "riaya-ui-util.h"

#define TRANCHE_KEY "riaya-tranche-rows"

static TrancheRows *
rows_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), TRANCHE_KEY);
}

static guint
index_of (RiayaGrantEditor *self,
          TrancheRows      *rows)
{
  guint index;

  if (g_ptr_array_find (self->tranches, rows, &index))
    return index;

  g_return_val_if_reached (G_MAXUINT);
}

/* "Tranche 2", and under it what it is: "Due 2025-03-31 · 75,000.00 DH ·
 * paid on 2025-04-02". */
static void
update_expander (RiayaGrantEditor *self,
                 TrancheRows      *rows)
{
  const char *due = riaya_grant_tranche_get_due_on (rows->tranche);
  const char *paid = riaya_grant_tranche_get_paid_on (rows->tranche);
  g_autofree char *title = NULL;
  g_autofree char *amount = riaya_ui_format_money (riaya_grant_tranche_get_amount (rows->tranche));
  g_autofree char *subtitle = NULL;
  g_autofree char *state = NULL;

  /* Translators: the title of a tranche of a grant in its editor; %u is
   * its number */
  title = g_strdup_printf (_("Tranche %u"), index_of (self, rows) + 1);
  if (paid != NULL)
    /* Translators: %s is a date */
    state = g_strdup_printf (_("paid on %s"), paid);
  else if (due != NULL && riaya_grant_tranche_is_overdue (rows->tranche, self->today))
    state = g_strdup (_("past due, not paid"));
  else
    state = g_strdup (_("not paid"));
  /* Translators: under a tranche's title: its due date, its amount, and
   * whether it is paid */
  subtitle = g_strdup_printf (_("Due %1$s · %2$s · %3$s"), due != NULL ? due : "—", amount, state);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (rows->expander), subtitle);
}

static void
on_tranche_changed (GtkEditable      *editable,
                    RiayaGrantEditor *self)
{
  TrancheRows *rows = rows_of (GTK_WIDGET (editable));
  RiayaFieldState *state;
  const char *text = gtk_editable_get_text (editable);

  if (self->filling || rows == NULL)
    return;

  state = GTK_WIDGET (editable) == rows->due.row ? &rows->due
          : GTK_WIDGET (editable) == rows->amount.row ? &rows->amount : &rows->paid;
  state->edited = TRUE;
  if (state != &rows->amount && strlen (text) >= 10)
    state->touched = TRUE;
  self->dirty = TRUE;
  _riaya_grant_editor_validate (self);
}

static void
on_tranche_touched (gpointer data)
{
  _riaya_grant_editor_validate (data);
}

static void
on_remove_clicked (GtkButton        *button,
                   RiayaGrantEditor *self)
{
  TrancheRows *rows = rows_of (GTK_WIDGET (button));

  if (rows != NULL)
    _riaya_grant_editor_remove_tranche (self, index_of (self, rows));
}

static GtkWidget *
entry_row_new (const char *title,
               gboolean    date)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  if (date)
    _riaya_date_row_add_calendar (ADW_ENTRY_ROW (row));
  /* Dates and amounts read left to right in an Arabic interface. */
  riaya_ui_set_text_direction (row, "ltr");

  return row;
}

static void
tranche_rows_free (TrancheRows *rows)
{
  _riaya_field_state_clear (&rows->due);
  _riaya_field_state_clear (&rows->amount);
  _riaya_field_state_clear (&rows->paid);
  g_clear_object (&rows->tranche);
  g_free (rows);
}

void
_riaya_grant_editor_add_tranche_rows (RiayaGrantEditor  *self,
                                      RiayaGrantTranche *tranche,
                                      gboolean           expanded)
{
  TrancheRows *rows = g_new0 (TrancheRows, 1);
  GtkWidget *due = entry_row_new (_("Due on (year-month-day)"), TRUE);
  GtkWidget *amount = entry_row_new (_("Amount of the tranche"), FALSE);
  GtkWidget *paid = entry_row_new (_("Paid on (year-month-day), once paid"), TRUE);
  GtkWidget *unit = gtk_label_new (C_("money unit", "DH"));
  gboolean filling = self->filling;
  RiayaFieldState *states[] = { &rows->due, &rows->amount, &rows->paid };
  GtkWidget *entries[] = { due, amount, paid };

  rows->tranche = g_object_ref (tranche);
  rows->expander = adw_expander_row_new ();
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (rows->expander), expanded);
  rows->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (rows->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (rows->remove_button, _("Remove This Tranche"));
  gtk_widget_add_css_class (rows->remove_button, "flat");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (rows->expander), rows->remove_button);
  gtk_widget_add_css_class (unit, "dim-label");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (amount), unit);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (amount), GTK_INPUT_PURPOSE_NUMBER);

  g_ptr_array_add (self->tranches, rows);
  adw_preferences_group_add (self->tranches_group, rows->expander);

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      adw_expander_row_add_row (ADW_EXPANDER_ROW (rows->expander), entries[i]);
      _riaya_field_state_attach (states[i], entries[i], NULL);
      g_object_set_data (G_OBJECT (entries[i]), TRANCHE_KEY, rows);
      g_signal_connect (entries[i], "changed", G_CALLBACK (on_tranche_changed), self);
      _riaya_field_state_watch_entry (states[i], on_tranche_touched, self);
    }
  g_object_set_data (G_OBJECT (rows->remove_button), TRANCHE_KEY, rows);
  g_signal_connect (rows->remove_button, "clicked", G_CALLBACK (on_remove_clicked), self);

  gtk_editable_set_text (GTK_EDITABLE (due), riaya_grant_tranche_get_due_on (tranche) != NULL
                                             ? riaya_grant_tranche_get_due_on (tranche) : "");
  if (riaya_grant_tranche_get_amount (tranche) > 0)
    {
      g_autofree char *text = _riaya_grant_editor_money_for_entry (riaya_grant_tranche_get_amount (tranche));

      gtk_editable_set_text (GTK_EDITABLE (amount), text);
    }
  gtk_editable_set_text (GTK_EDITABLE (paid), riaya_grant_tranche_get_paid_on (tranche) != NULL
                                              ? riaya_grant_tranche_get_paid_on (tranche) : "");
  self->filling = filling;

  /* A recorded tranche shows its problems at once. */
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    states[i]->touched = !self->is_new && !expanded;

  update_expander (self, rows);
  if (expanded)
    gtk_widget_grab_focus (due);
}

void
_riaya_grant_editor_remove_tranche (RiayaGrantEditor *self,
                                    guint             index)
{
  TrancheRows *rows;

  g_return_if_fail (index < self->tranches->len);

  rows = g_ptr_array_steal_index (self->tranches, index);
  riaya_grant_remove_tranche (self->draft, riaya_grant_tranche_get_uuid (rows->tranche));
  adw_preferences_group_remove (self->tranches_group, rows->expander);
  tranche_rows_free (rows);

  /* The ones after it take its number. */
  for (guint i = index; i < self->tranches->len; i++)
    update_expander (self, g_ptr_array_index (self->tranches, i));

  self->dirty = TRUE;
  _riaya_grant_editor_validate (self);
}

void
_riaya_grant_editor_clear_tranches (RiayaGrantEditor *self)
{
  /* The rows themselves go with the window. */
  for (guint i = 0; i < self->tranches->len; i++)
    tranche_rows_free (g_ptr_array_index (self->tranches, i));
  g_ptr_array_set_size (self->tranches, 0);
}

/* A date typed in a tranche: its error, or NULL when it is empty or a
 * real day (and not in the future when @past). */
static void
check_date (RiayaFieldState *state,
            const char      *label,
            gboolean         past,
            const char      *today,
            char           **out)
{
  g_autofree char *text = _riaya_grant_editor_dup_text (state->row);
  g_autoptr(GError) error = NULL;
  GDate today_date;

  *out = NULL;
  if (text == NULL)
    {
      _riaya_field_state_set_error (state, NULL, FALSE);
      return;
    }

  riaya_date_parse (today, &today_date, NULL);
  if (past ? !riaya_validate_past_date (text, label, &today_date, &error)
           : !riaya_date_parse (text, NULL, &error))
    {
      _riaya_field_state_set_error (state, error->message,
                                    g_error_matches (error, RIAYA_VALIDATION_ERROR,
                                                     RIAYA_VALIDATION_ERROR_FUTURE_DATE));
      return;
    }

  _riaya_field_state_set_error (state, NULL, FALSE);
  *out = g_steal_pointer (&text);
}

const char *
_riaya_grant_editor_check_tranches (RiayaGrantEditor *self)
{
  const char *first_error = NULL;

  for (guint i = 0; i < self->tranches->len; i++)
    {
      TrancheRows *rows = g_ptr_array_index (self->tranches, i);
      g_autofree char *due = NULL;
      g_autofree char *paid = NULL;
      g_autofree char *amount_text = _riaya_grant_editor_dup_text (rows->amount.row);
      g_autoptr(GError) error = NULL;
      gint64 amount = 0;

      if (self->save_tried)
        rows->due.touched = rows->amount.touched = rows->paid.touched = TRUE;

      check_date (&rows->due, _("The due date of a tranche"), FALSE, self->today, &due);
      if (due == NULL && rows->due.error == NULL)
        _riaya_field_state_set_error (&rows->due, _("Give the date this tranche is to be paid."), FALSE);
      check_date (&rows->paid, _("The date a tranche was paid"), TRUE, self->today, &paid);

      if (amount_text == NULL)
        _riaya_field_state_set_error (&rows->amount, _("Give the amount of this tranche, in dirhams."), FALSE);
      else if (!riaya_money_parse (amount_text, TRUE, &amount, &error))
        _riaya_field_state_set_error (&rows->amount, error->message,
                                      g_error_matches (error, RIAYA_VALIDATION_ERROR,
                                                       RIAYA_VALIDATION_ERROR_FORMAT));
      else
        _riaya_field_state_set_error (&rows->amount, NULL, FALSE);

      /* What parses goes into the draft: the schedule follows the typing. */
      riaya_grant_tranche_set_due_on (rows->tranche, due);
      riaya_grant_tranche_set_paid_on (rows->tranche, paid);
      riaya_grant_tranche_set_amount (rows->tranche, rows->amount.error == NULL ? amount : 0);
      update_expander (self, rows);

      if (first_error == NULL)
        first_error = rows->due.error != NULL ? rows->due.error
                      : rows->amount.error != NULL ? rows->amount.error : rows->paid.error;
      /* A tranche with a problem opens, so that it is seen. */
      if ((_riaya_field_state_get_shown (&rows->due) != NULL ||
           _riaya_field_state_get_shown (&rows->amount) != NULL ||
           _riaya_field_state_get_shown (&rows->paid) != NULL))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (rows->expander), TRUE);
    }

  return first_error;
}

void
_riaya_grant_editor_update_schedule (RiayaGrantEditor *self)
{
  gint64 granted = riaya_grant_get_amount (self->draft);
  gint64 scheduled = riaya_grant_get_scheduled (self->draft);
  gint64 paid = riaya_grant_get_paid (self->draft);
  g_autofree char *granted_text = riaya_ui_format_money (granted);
  g_autofree char *scheduled_text = riaya_ui_format_money (scheduled);
  g_autofree char *paid_text = riaya_ui_format_money (paid);
  g_autofree char *due_text = riaya_ui_format_money (MAX (granted - paid, 0));
  g_autofree char *left_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->tranches->len == 0)
    title = g_strdup (_("No tranche yet: add the first one."));
  else
    /* Translators: the tranches of a grant: what they add up to, then the
     * amount granted; both %s are amounts with their unit */
    title = g_strdup_printf (_("Scheduled %1$s of %2$s"), scheduled_text, granted_text);

  if (scheduled > granted)
    {
      left_text = riaya_ui_format_money (scheduled - granted);
      /* Translators: under the schedule of a grant whose tranches add up
       * to more than was granted; each %s is an amount with its unit */
      subtitle = g_strdup_printf (_("%1$s more than granted · paid %2$s · still due %3$s"), left_text,
                                  paid_text, due_text);
    }
  else
    {
      left_text = riaya_ui_format_money (granted - scheduled);
      /* Translators: under the schedule of a grant; each %s is an amount
       * with its unit */
      subtitle = g_strdup_printf (_("%1$s left to schedule · paid %2$s · still due %3$s"), left_text,
                                  paid_text, due_text);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->schedule_row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->schedule_row), subtitle);

  g_free (self->schedule_text);
  self->schedule_text = g_strconcat (title, " · ", subtitle, NULL);
}
