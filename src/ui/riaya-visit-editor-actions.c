/* riaya-visit-editor-actions.c — the corrective actions a visit asks for
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A visit may ask the institution to put things right by a date (Law
 * 65.15 art. 34; domain.md §4): each action says what, by when, and, once
 * it is done, the day. When a deadline passes with actions still open, a
 * follow-up visit is proposed.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-ui-util.h"
#include "riaya-visit-editor-private.h"

#define ACTION_KEY "riaya-action-rows"

static ActionRows *
rows_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), ACTION_KEY);
}

static guint
index_of (RiayaVisitEditor *self,
          ActionRows       *rows)
{
  guint index;

  if (g_ptr_array_find (self->actions, rows, &index))
    return index;

  g_return_val_if_reached (G_MAXUINT);
}

/* "Action 2", and under it what it is: "Repair the fire exit · due
 * 2025-03-31 · not done". */
static void
update_expander (RiayaVisitEditor *self,
                 ActionRows       *rows)
{
  RiayaCorrectiveAction *action = rows->action;
  const char *description = riaya_corrective_action_get_description (action);
  const char *due = riaya_corrective_action_get_due_on (action);
  const char *done = riaya_corrective_action_get_done_on (action);
  g_autofree char *title = NULL;
  g_autofree char *state = NULL;
  g_autofree char *subtitle = NULL;
  /* Dates isolated, so that they stay whole in an Arabic line. */
  g_autofree char *isolated_due = due != NULL ? g_strdup_printf ("\u2066%s\u2069", due) : g_strdup ("—");
  g_autofree char *isolated_done = done != NULL ? g_strdup_printf ("\u2066%s\u2069", done) : NULL;

  /* Translators: the title of a corrective action in the visit form; %u
   * is its number */
  title = g_strdup_printf (_("Action %u"), index_of (self, rows) + 1);
  if (done != NULL)
    /* Translators: %s is a date */
    state = g_strdup_printf (_("done on %s"), isolated_done);
  else if (due != NULL && riaya_corrective_action_is_overdue (action, self->today))
    state = g_strdup (_("past due, not done"));
  else
    state = g_strdup (_("not done"));
  /* Translators: under a corrective action's title: what it asks, its
   * due date, and whether it is done */
  subtitle = g_strdup_printf (_("%1$s · due %2$s · %3$s"), description != NULL ? description : "—",
                              isolated_due, state);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (rows->expander), subtitle);
}

static void
update_empty_row (RiayaVisitEditor *self)
{
  gtk_widget_set_visible (self->no_action_row, self->actions->len == 0);
}

static void
on_action_changed (GtkEditable      *editable,
                   RiayaVisitEditor *self)
{
  ActionRows *rows = rows_of (GTK_WIDGET (editable));
  RiayaFieldState *state;

  if (self->filling || rows == NULL)
    return;

  state = GTK_WIDGET (editable) == rows->description.row ? &rows->description
          : GTK_WIDGET (editable) == rows->due.row ? &rows->due : &rows->done;
  state->edited = TRUE;
  if (state != &rows->description && strlen (gtk_editable_get_text (editable)) >= 10)
    state->touched = TRUE;
  _riaya_visit_editor_changed (self);
}

static void
on_action_touched (gpointer data)
{
  _riaya_visit_editor_validate (data);
}

static void
on_remove_clicked (GtkButton        *button,
                   RiayaVisitEditor *self)
{
  ActionRows *rows = rows_of (GTK_WIDGET (button));

  if (rows != NULL)
    _riaya_visit_editor_remove_action (self, index_of (self, rows));
}

static GtkWidget *
entry_row_new (const char *title,
               gboolean    date)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  if (date)
    {
      _riaya_date_row_add_calendar (ADW_ENTRY_ROW (row));
      /* Dates read left to right in an Arabic interface. */
      riaya_ui_set_text_direction (row, "ltr");
    }

  return row;
}

static void
action_rows_free (ActionRows *rows)
{
  _riaya_field_state_clear (&rows->description);
  _riaya_field_state_clear (&rows->due);
  _riaya_field_state_clear (&rows->done);
  g_clear_object (&rows->action);
  g_free (rows);
}

void
_riaya_visit_editor_add_action_rows (RiayaVisitEditor      *self,
                                     RiayaCorrectiveAction *action,
                                     gboolean               expanded)
{
  ActionRows *rows = g_new0 (ActionRows, 1);
  GtkWidget *description = entry_row_new (_("What must be put right"), FALSE);
  GtkWidget *due = entry_row_new (_("Due on (year-month-day)"), TRUE);
  GtkWidget *done = entry_row_new (_("Done on (year-month-day), once done"), TRUE);
  RiayaFieldState *states[] = { &rows->description, &rows->due, &rows->done };
  GtkWidget *entries[] = { description, due, done };
  const char *texts[] = {
    riaya_corrective_action_get_description (action),
    riaya_corrective_action_get_due_on (action),
    riaya_corrective_action_get_done_on (action),
  };
  gboolean filling = self->filling;

  rows->action = g_object_ref (action);
  rows->expander = adw_expander_row_new ();
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (rows->expander), expanded);
  rows->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (rows->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (rows->remove_button, _("Remove This Action"));
  gtk_widget_add_css_class (rows->remove_button, "flat");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (rows->expander), rows->remove_button);

  g_ptr_array_add (self->actions, rows);
  adw_preferences_group_add (self->actions_group, rows->expander);

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      adw_expander_row_add_row (ADW_EXPANDER_ROW (rows->expander), entries[i]);
      _riaya_field_state_attach (states[i], entries[i], NULL);
      g_object_set_data (G_OBJECT (entries[i]), ACTION_KEY, rows);
      gtk_editable_set_text (GTK_EDITABLE (entries[i]), texts[i] != NULL ? texts[i] : "");
      g_signal_connect (entries[i], "changed", G_CALLBACK (on_action_changed), self);
      _riaya_field_state_watch_entry (states[i], on_action_touched, self);
      /* A saved action shows its problems at once. */
      states[i]->touched = !expanded;
    }
  g_object_set_data (G_OBJECT (rows->remove_button), ACTION_KEY, rows);
  g_signal_connect (rows->remove_button, "clicked", G_CALLBACK (on_remove_clicked), self);
  self->filling = filling;

  update_expander (self, rows);
  update_empty_row (self);
  if (expanded)
    gtk_widget_grab_focus (description);
}

void
_riaya_visit_editor_remove_action (RiayaVisitEditor *self,
                                   guint             index)
{
  ActionRows *rows;

  g_return_if_fail (index < self->actions->len);

  rows = g_ptr_array_steal_index (self->actions, index);
  riaya_inspection_remove_action (self->draft, riaya_corrective_action_get_uuid (rows->action));
  adw_preferences_group_remove (self->actions_group, rows->expander);
  action_rows_free (rows);

  /* The ones after it take its number. */
  for (guint i = index; i < self->actions->len; i++)
    update_expander (self, g_ptr_array_index (self->actions, i));
  update_empty_row (self);

  _riaya_visit_editor_changed (self);
}

void
_riaya_visit_editor_clear_actions (RiayaVisitEditor *self)
{
  /* The rows themselves go with the window. */
  for (guint i = 0; i < self->actions->len; i++)
    action_rows_free (g_ptr_array_index (self->actions, i));
  g_ptr_array_set_size (self->actions, 0);
}

RiayaFieldState *
_riaya_visit_editor_action_field (RiayaVisitEditor *self,
                                  guint             index,
                                  const char       *name)
{
  ActionRows *rows;

  if (index >= self->actions->len)
    return NULL;

  rows = g_ptr_array_index (self->actions, index);
  if (g_str_equal (name, "description"))
    return &rows->description;
  if (g_str_equal (name, "due"))
    return &rows->due;
  if (g_str_equal (name, "done"))
    return &rows->done;

  return NULL;
}

/* A date typed in an action: NULL when empty or not a real day (the
 * error then shown). */
static char *
read_date (RiayaFieldState *state)
{
  g_autofree char *text = _riaya_visit_editor_dup_text (state->row);
  g_autoptr(GError) error = NULL;

  if (text != NULL && !riaya_date_parse (text, NULL, &error))
    {
      _riaya_field_state_set_error (state, error->message, FALSE);
      return NULL;
    }

  _riaya_field_state_set_error (state, NULL, FALSE);
  return g_steal_pointer (&text);
}

const char *
_riaya_visit_editor_check_actions (RiayaVisitEditor *self)
{
  const char *first_error = NULL;

  for (guint i = 0; i < self->actions->len; i++)
    {
      ActionRows *rows = g_ptr_array_index (self->actions, i);
      g_autofree char *description = _riaya_visit_editor_dup_text (rows->description.row);
      g_autofree char *due = NULL;
      g_autofree char *done = NULL;

      if (self->save_tried)
        rows->description.touched = rows->due.touched = rows->done.touched = TRUE;

      _riaya_field_state_set_error (&rows->description, NULL, FALSE);
      due = read_date (&rows->due);
      done = read_date (&rows->done);

      /* What parses goes into the draft; core judges the rest. */
      riaya_corrective_action_set_description (rows->action, description);
      riaya_corrective_action_set_due_on (rows->action, due);
      riaya_corrective_action_set_done_on (rows->action, done);
      update_expander (self, rows);

      if (first_error == NULL)
        first_error = rows->due.error != NULL ? rows->due.error : rows->done.error;
    }
  riaya_inspection_sort_actions (self->draft);

  return first_error;
}

void
_riaya_visit_editor_show_action_error (RiayaVisitEditor      *self,
                                       RiayaCorrectiveAction *action,
                                       const GError          *error)
{
  ActionRows *rows = NULL;
  RiayaFieldState *state;
  const char *done_on = riaya_inspection_get_done_on (self->draft);
  const char *due = riaya_corrective_action_get_due_on (action);

  for (guint i = 0; i < self->actions->len && rows == NULL; i++)
    {
      ActionRows *candidate = g_ptr_array_index (self->actions, i);

      if (candidate->action == action)
        rows = candidate;
    }
  g_return_if_fail (rows != NULL);

  /* Core's one message, at the field it is about: nothing said, no due
   * date, a due date not after the visit, a day done in the future or
   * before the visit. */
  if (g_error_matches (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED))
    state = riaya_corrective_action_get_description (action) == NULL ? &rows->description : &rows->due;
  else if (g_error_matches (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER))
    state = due != NULL && done_on != NULL && riaya_date_compare (due, done_on) <= 0 ? &rows->due : &rows->done;
  else if (g_error_matches (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE))
    state = &rows->done;
  else
    state = &rows->due;

  /* What is missing waits for the user to leave the field (or for Save);
   * a date in the wrong order is certain at once. */
  _riaya_field_state_set_error (state, error->message,
                                !g_error_matches (error, RIAYA_VALIDATION_ERROR,
                                                  RIAYA_VALIDATION_ERROR_REQUIRED));
  /* An action with a problem opens, so that it is seen. */
  if (_riaya_field_state_get_shown (state) != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (rows->expander), TRUE);
}
