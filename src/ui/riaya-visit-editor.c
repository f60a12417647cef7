/* riaya-visit-editor.c — plan a visit of the control committee, or record it
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A visit is first planned — the institution, the day, why, and the
 * committee members invited (decree 2.19.693 art. 7: the annual
 * programme) — then recorded: the day it was done, who came (art. 8: a
 * majority of the members invited, or the visit is not valid), the
 * checklist, the findings, the decision (Law 65.15 art. 34) and the
 * corrective actions. The editor works on a copy: nothing reaches the
 * database until Save, Save stays off until every rule of src/core
 * passes, and a refused save keeps everything typed.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-ui-util.h"
#include "riaya-visit-editor-private.h"

G_DEFINE_FINAL_TYPE (RiayaVisitEditor, riaya_visit_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const field_names[VISIT_N_FIELDS] = {
  "institution", "date", "kind", "invited", "done-on", "present", "decision", "deadline",
};

/* Helpers */

char *
_riaya_visit_editor_dup_text (GtkWidget *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

char *
_riaya_visit_editor_dup_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void
set_entry (GtkWidget  *row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/* The committee is typed one member per line: the lines that hold a
 * name are the members invited. */
static guint
count_committee_lines (const char *committee)
{
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  if (committee == NULL)
    return 0;

  lines = g_strsplit (committee, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (*g_strstrip (lines[i]) != '\0')
        n++;
    }

  return n;
}

void
_riaya_visit_editor_update_summary (RiayaVisitEditor *self)
{
  const char *date = riaya_inspection_get_done_on (self->draft);
  g_autofree char *detail = NULL;

  gtk_label_set_text (self->summary_title,
                      self->institution != NULL ? riaya_institution_get_display_name (self->institution)
                                                : _("New Visit"));
  if (date == NULL)
    date = riaya_inspection_get_planned_on (self->draft);
  if (date != NULL)
    {
      /* An ISO date is a left-to-right island: isolated, it stays whole
       * in an Arabic line instead of reading 04-01-2027. */
      g_autofree char *isolated = g_strdup_printf ("\u2066%s\u2069", date);

      /* Translators: above the visit form: the kind of visit, then its date */
      detail = g_strdup_printf (C_("visit summary", "%1$s · %2$s"),
                                riaya_visit_kind_to_label (riaya_inspection_get_kind (self->draft)), isolated);
    }
  gtk_label_set_text (self->summary_detail, detail != NULL ? detail : "");

  /* Where a visit in the store stands today. */
  gtk_widget_set_visible (GTK_WIDGET (self->summary_status), self->original != NULL);
  if (self->original != NULL)
    gtk_label_set_text (self->summary_status,
                        riaya_visit_status_to_label (riaya_inspection_get_status (self->original, self->today)));
}

static void
update_institution_row (RiayaVisitEditor *self)
{
  g_autofree char *subtitle = NULL;

  if (self->institution != NULL)
    /* Translators: an institution in a list: its name, then its licence number */
    subtitle = g_strdup_printf (_("%1$s · %2$s"), riaya_institution_get_display_name (self->institution),
                                riaya_institution_get_licence_number (self->institution));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->institution_row),
                               subtitle != NULL ? subtitle : _("None chosen yet"));
  _riaya_visit_editor_update_summary (self);
}

static void
set_invited (RiayaVisitEditor *self,
             guint             count)
{
  gboolean filling = self->filling;

  self->filling = TRUE;
  gtk_spin_button_set_value (self->invited_spin, count);
  self->filling = filling;
}

static void
fill_from_draft (RiayaVisitEditor *self)
{
  RiayaInspection *draft = self->draft;
  GListModel *actions = riaya_inspection_get_actions (draft);
  guint n = g_list_model_get_n_items (actions);

  self->filling = TRUE;
  set_entry (self->date_row, riaya_inspection_get_planned_on (draft));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row), riaya_inspection_get_kind (draft));
  set_view_text (self->committee_view, riaya_inspection_get_committee (draft));
  set_invited (self, riaya_inspection_get_members_invited (draft));
  self->invited_set = riaya_inspection_get_members_invited (draft) > 0;
  set_view_text (self->findings_view, riaya_inspection_get_findings (draft));
  _riaya_visit_editor_fill_record (self);
  _riaya_visit_editor_fill_checklist (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);

      _riaya_visit_editor_add_action_rows (self, action, FALSE);
    }
  self->filling = FALSE;

  update_institution_row (self);
}

void
_riaya_visit_editor_emit_saved (RiayaVisitEditor *self)
{
  g_signal_emit (self, signals[SAVED], 0, riaya_inspection_get_uuid (self->draft));
}

void
_riaya_visit_editor_changed (RiayaVisitEditor *self)
{
  if (self->filling)
    return;

  self->dirty = TRUE;
  _riaya_visit_editor_validate (self);
}

/* Callbacks */

static VisitField
field_of_row (RiayaVisitEditor *self,
              GtkWidget        *row)
{
  for (VisitField f = 0; f < VISIT_N_FIELDS; f++)
    {
      if (self->fields[f].row == row)
        return f;
    }

  g_return_val_if_reached (VISIT_N_FIELDS);
}

static void
on_entry_changed (GtkEditable      *editable,
                  RiayaVisitEditor *self)
{
  VisitField field = field_of_row (self, GTK_WIDGET (editable));

  if (self->filling || field == VISIT_N_FIELDS)
    return;

  self->fields[field].edited = TRUE;
  /* Every entry of the form is a date: finished once it has the length
   * of one, and then said wrong without waiting. */
  if (strlen (gtk_editable_get_text (editable)) >= 10)
    self->fields[field].touched = TRUE;
  _riaya_visit_editor_changed (self);
}

static void
on_touched (gpointer data)
{
  _riaya_visit_editor_validate (data);
}

static void
on_kind_selected (AdwComboRow      *row,
                  GParamSpec       *pspec,
                  RiayaVisitEditor *self)
{
  _riaya_visit_editor_changed (self);
}

static void
on_committee_changed (GtkTextBuffer    *buffer,
                      RiayaVisitEditor *self)
{
  g_autofree char *committee = NULL;

  if (self->filling)
    return;

  /* Until the user sets the number invited, it is the number of members
   * named. */
  committee = _riaya_visit_editor_dup_view_text (self->committee_view);
  if (!self->invited_set)
    set_invited (self, count_committee_lines (committee));
  _riaya_visit_editor_changed (self);
}

static void
on_findings_changed (GtkTextBuffer    *buffer,
                     RiayaVisitEditor *self)
{
  _riaya_visit_editor_changed (self);
}

static void
on_invited_changed (GtkSpinButton    *spin,
                    RiayaVisitEditor *self)
{
  if (self->filling)
    return;

  self->invited_set = TRUE;
  self->fields[VISIT_FIELD_INVITED].touched = TRUE;
  _riaya_visit_editor_changed (self);
}

static void
on_institution_chosen (RiayaInstitutionChooser *chooser,
                       RiayaInstitution        *institution,
                       RiayaVisitEditor        *self)
{
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autoptr(RiayaInstitution) full = NULL;

  /* As the store holds it, with its licence's history and its staff:
   * the visit's date is checked against the one, the norms against the
   * other. */
  full = riaya_store_get_institution (store, riaya_institution_get_uuid (institution), NULL);
  if (full == NULL)
    full = g_object_ref (institution);
  g_set_object (&self->institution, full);
  riaya_inspection_set_institution_uuid (self->draft, riaya_institution_get_uuid (institution));
  self->fields[VISIT_FIELD_INSTITUTION].touched = TRUE;
  update_institution_row (self);
  _riaya_visit_editor_changed (self);
}

static void
on_chooser_show (GtkWidget        *popover,
                 RiayaVisitEditor *self)
{
  /* Read from the database only when the list is first wanted. */
  if (self->institutions == NULL)
    {
      self->institutions = riaya_store_list_institutions (riaya_context_get_store (self->context), NULL);
      riaya_institution_chooser_set_institutions (self->chooser, self->institutions);
    }
}

/* Actions */

static void
record_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  riaya_visit_editor_show_record (RIAYA_VISIT_EDITOR (widget));
}

static void
add_action_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RiayaVisitEditor *self = RIAYA_VISIT_EDITOR (widget);
  g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new (NULL, NULL);

  /* Its description and due date are the user's to give. */
  riaya_inspection_add_action (self->draft, action);
  _riaya_visit_editor_add_action_rows (self, action, TRUE);
  _riaya_visit_editor_changed (self);
}

/* Closing */

static gboolean
riaya_visit_editor_close_request (GtkWindow *window)
{
  /* Never lose typed work silently. */
  if (_riaya_visit_editor_ask_before_closing (RIAYA_VISIT_EDITOR (window)))
    return TRUE;

  return GTK_WINDOW_CLASS (riaya_visit_editor_parent_class)->close_request (window);
}

/* Overrides */

static void
riaya_visit_editor_dispose (GObject *object)
{
  RiayaVisitEditor *self = RIAYA_VISIT_EDITOR (object);

  _riaya_visit_editor_forget_question (self);
  g_clear_object (&self->institution);
  g_clear_object (&self->institutions);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_visit_editor_parent_class)->dispose (object);
}

static void
riaya_visit_editor_finalize (GObject *object)
{
  RiayaVisitEditor *self = RIAYA_VISIT_EDITOR (object);

  _riaya_visit_editor_clear_actions (self);
  g_ptr_array_unref (self->actions);
  for (VisitField f = 0; f < VISIT_N_FIELDS; f++)
    _riaya_field_state_clear (&self->fields[f]);
  g_clear_pointer (&self->staffing_needs, g_array_unref);
  g_clear_object (&self->draft);
  g_clear_object (&self->original);
  g_free (self->staffing_date);
  g_free (self->today);
  g_free (self->form_error);

  G_OBJECT_CLASS (riaya_visit_editor_parent_class)->finalize (object);
}

static void
riaya_visit_editor_class_init (RiayaVisitEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = riaya_visit_editor_dispose;
  object_class->finalize = riaya_visit_editor_finalize;
  window_class->close_request = riaya_visit_editor_close_request;

  /**
   * RiayaVisitEditor::saved:
   * @uuid: the visit saved
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/riaya/Riaya/riaya-visit-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, print_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, summary_title);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, summary_detail);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, summary_status);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, form_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, form_message);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, institution_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, institution_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, committee_view);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, invited_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, invited_spin);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, record_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, cancel_visit_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, record_box);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, done_on_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, present_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, present_spin);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, quorum_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, checklist_group);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, staffing_group);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, staffing_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, findings_view);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, decision_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, decision_kept_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, actions_group);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, add_action_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaVisitEditor, no_action_row);

  _riaya_visit_editor_class_init_save (widget_class);
  gtk_widget_class_install_action (widget_class, "visit.record", NULL, record_activated);
  gtk_widget_class_install_action (widget_class, "visit.add-action", NULL, add_action_activated);
  _riaya_visit_editor_class_init_print (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "visit.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "visit.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
riaya_visit_editor_init (RiayaVisitEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *rows[VISIT_N_FIELDS];

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  self->actions = g_ptr_array_new ();
  self->today = riaya_date_today_iso ();

  rows[VISIT_FIELD_INSTITUTION] = self->institution_row;
  rows[VISIT_FIELD_DATE] = self->date_row;
  rows[VISIT_FIELD_KIND] = self->kind_row;
  rows[VISIT_FIELD_INVITED] = self->invited_row;
  rows[VISIT_FIELD_DONE_ON] = self->done_on_row;
  rows[VISIT_FIELD_PRESENT] = self->present_row;
  rows[VISIT_FIELD_DECISION] = self->decision_row;
  rows[VISIT_FIELD_DEADLINE] = self->deadline_row;

  for (VisitField f = 0; f < VISIT_N_FIELDS; f++)
    {
      _riaya_field_state_attach (&self->fields[f], rows[f], NULL);
      if (!ADW_IS_ENTRY_ROW (rows[f]))
        continue;
      g_signal_connect (rows[f], "changed", G_CALLBACK (on_entry_changed), self);
      _riaya_field_state_watch_entry (&self->fields[f], on_touched, self);
      /* Dates read left to right in an Arabic interface. */
      riaya_ui_set_text_direction (rows[f], "ltr");
      _riaya_date_row_add_calendar (ADW_ENTRY_ROW (rows[f]));
    }

  self->filling = TRUE;
  for (guint k = 0; k < RIAYA_N_VISIT_KINDS; k++)
    gtk_string_list_append (kinds, riaya_visit_kind_to_label (k));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->kind_row), G_LIST_MODEL (kinds));
  _riaya_visit_editor_init_record (self);
  _riaya_visit_editor_init_checklist (self);
  self->filling = FALSE;

  g_signal_connect (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected), self);
  g_signal_connect (gtk_text_view_get_buffer (self->committee_view), "changed",
                    G_CALLBACK (on_committee_changed), self);
  g_signal_connect (gtk_text_view_get_buffer (self->findings_view), "changed",
                    G_CALLBACK (on_findings_changed), self);
  g_signal_connect (self->invited_spin, "value-changed", G_CALLBACK (on_invited_changed), self);

  self->chooser = RIAYA_INSTITUTION_CHOOSER (riaya_institution_chooser_new (NULL));
  gtk_menu_button_set_popover (self->institution_button, GTK_WIDGET (self->chooser));
  g_signal_connect (self->chooser, "chosen", G_CALLBACK (on_institution_chosen), self);
  g_signal_connect (self->chooser, "show", G_CALLBACK (on_chooser_show), self);
}

/* Public API */

RiayaVisitEditor *
riaya_visit_editor_new (GtkWindow        *parent,
                        RiayaContext     *context,
                        RiayaInspection  *inspection,
                        const char       *institution_uuid,
                        const char       *date,
                        int               kind,
                        const char       *follows)
{
  RiayaVisitEditor *self;
  RiayaStore *store;
  const char *uuid;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (inspection == NULL || RIAYA_IS_INSPECTION (inspection), NULL);
  g_return_val_if_fail (inspection != NULL || (kind >= 0 && kind < RIAYA_N_VISIT_KINDS), NULL);

  self = g_object_new (RIAYA_TYPE_VISIT_EDITOR, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->is_new = inspection == NULL;
  store = riaya_context_get_store (context);

  if (inspection != NULL)
    {
      self->original = riaya_inspection_copy (inspection);
      self->draft = riaya_inspection_copy (inspection);
    }
  else
    {
      self->draft = riaya_inspection_new (institution_uuid, date, kind);
      riaya_inspection_set_follows (self->draft, follows);
    }

  /* The institution as the store holds it, with its licence's history
   * and its staff. */
  uuid = riaya_inspection_get_institution_uuid (self->draft);
  if (uuid != NULL)
    self->institution = riaya_store_get_institution (store, uuid, NULL);
  /* A visit recorded, or one proposed for an institution, stays with it:
   * a recorded visit cannot move (the store keeps it where it was). */
  gtk_widget_set_sensitive (GTK_WIDGET (self->institution_button),
                            self->institution == NULL ||
                            (self->is_new ? institution_uuid == NULL
                                          : !riaya_inspection_is_done (self->original)));

  self->recording = riaya_inspection_is_done (self->draft);
  self->decision_kept = self->original != NULL &&
                        (riaya_inspection_get_licence_event (self->original) != NULL ||
                         riaya_inspection_get_decision (self->original) != RIAYA_DECISION_NONE);
  fill_from_draft (self);

  /* A visit already in the store shows all its problems at once; a new
   * form waits until each field has been filled in. */
  for (VisitField f = 0; !self->is_new && f < VISIT_N_FIELDS; f++)
    self->fields[f].touched = TRUE;
  self->fields[VISIT_FIELD_INSTITUTION].touched |= self->institution != NULL;
  self->fields[VISIT_FIELD_DATE].touched |= date != NULL;

  gtk_widget_set_visible (self->record_box, self->recording);
  gtk_widget_set_visible (self->record_button, !self->recording);
  gtk_widget_set_visible (self->cancel_visit_button,
                          self->original != NULL && !riaya_inspection_is_done (self->original));
  gtk_window_set_title (GTK_WINDOW (self),
                        self->is_new ? _("New Visit") : self->recording ? _("Visit Report") : _("Planned Visit"));

  _riaya_visit_editor_update_decision (self);
  _riaya_visit_editor_validate (self);

  return self;
}

gboolean
riaya_visit_editor_can_save (RiayaVisitEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_VISIT_EDITOR (self), FALSE);
  return gtk_widget_get_sensitive (self->save_button);
}

void
riaya_visit_editor_show_record (RiayaVisitEditor *self)
{
  g_return_if_fail (RIAYA_IS_VISIT_EDITOR (self));

  if (self->recording)
    return;

  /* Usually recorded on the day, or soon after. */
  self->recording = TRUE;
  self->filling = TRUE;
  if (riaya_inspection_get_done_on (self->draft) == NULL)
    set_entry (self->done_on_row, self->today);
  self->filling = FALSE;
  gtk_widget_set_visible (self->record_box, TRUE);
  gtk_widget_set_visible (self->record_button, FALSE);
  gtk_widget_set_visible (self->cancel_visit_button, FALSE);
  gtk_window_set_title (GTK_WINDOW (self), _("Visit Report"));
  _riaya_visit_editor_changed (self);
  gtk_widget_grab_focus (self->done_on_row);
}

GtkWidget *
riaya_visit_editor_get_field (RiayaVisitEditor *self,
                              const char       *name)
{
  g_return_val_if_fail (RIAYA_IS_VISIT_EDITOR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "institution"))
    return GTK_WIDGET (self->institution_button);
  if (g_str_equal (name, "committee"))
    return GTK_WIDGET (self->committee_view);
  if (g_str_equal (name, "invited"))
    return GTK_WIDGET (self->invited_spin);
  if (g_str_equal (name, "present"))
    return GTK_WIDGET (self->present_spin);
  if (g_str_equal (name, "quorum"))
    return GTK_WIDGET (self->quorum_label);
  if (g_str_equal (name, "staffing"))
    return GTK_WIDGET (self->staffing_label);
  if (g_str_equal (name, "findings"))
    return GTK_WIDGET (self->findings_view);
  if (g_str_equal (name, "add-action"))
    return self->add_action_button;
  if (g_str_equal (name, "save"))
    return self->save_button;
  if (g_str_equal (name, "record"))
    return self->record_button;
  if (g_str_equal (name, "print"))
    return self->print_button;
  if (g_str_equal (name, "cancel-visit"))
    return self->cancel_visit_button;
  if (g_str_has_prefix (name, "check-"))
    return _riaya_visit_editor_get_check_widget (self, name);

  for (VisitField f = 0; f < VISIT_N_FIELDS; f++)
    {
      if (g_str_equal (field_names[f], name))
        return self->fields[f].row;
    }

  return NULL;
}

const char *
riaya_visit_editor_get_message (RiayaVisitEditor *self,
                                const char       *name)
{
  g_return_val_if_fail (RIAYA_IS_VISIT_EDITOR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "form"))
    return self->form_error;

  for (VisitField f = 0; f < VISIT_N_FIELDS; f++)
    {
      if (g_str_equal (field_names[f], name))
        return _riaya_field_state_get_shown (&self->fields[f]);
    }

  return NULL;
}

guint
riaya_visit_editor_get_n_actions (RiayaVisitEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_VISIT_EDITOR (self), 0);
  return self->actions->len;
}

GtkWidget *
riaya_visit_editor_get_action_field (RiayaVisitEditor *self,
                                     guint             index,
                                     const char       *name)
{
  RiayaFieldState *state;

  g_return_val_if_fail (RIAYA_IS_VISIT_EDITOR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "remove") && index < self->actions->len)
    return ((ActionRows *) g_ptr_array_index (self->actions, index))->remove_button;

  state = _riaya_visit_editor_action_field (self, index, name);
  return state != NULL ? state->row : NULL;
}

const char *
riaya_visit_editor_get_action_message (RiayaVisitEditor *self,
                                       guint             index,
                                       const char       *name)
{
  RiayaFieldState *state;

  g_return_val_if_fail (RIAYA_IS_VISIT_EDITOR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  state = _riaya_visit_editor_action_field (self, index, name);
  return state != NULL ? _riaya_field_state_get_shown (state) : NULL;
}
