/* riaya-grant-editor.c — the form that records or edits an annual grant
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An annual grant of the Entraide Nationale (domain brief §5): its
 * institution, year, amount, kind and purpose, the partnership convention
 * it needs above 50,000 DH (Prime Minister's circular 7/2003), its
 * tranches and the justification the association owes. The editor works
 * on a copy: nothing reaches the database until Save, Save stays off
 * until every rule of src/core passes, and a refused save keeps
 * everything typed.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-grant-editor-private.h"
#include "riaya-store-grants.h"
#include "riaya-ui-util.h"
#include "riaya-window.h"

G_DEFINE_FINAL_TYPE (RiayaGrantEditor, riaya_grant_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const field_names[GRANT_N_FIELDS] = {
  "institution", "year", "amount", "kind", "basis", "decided-on", "convention-ref",
  "convention-date", "schedule", "justification-due", "justification-received", "outcome",
  "outcome-date", "rejection-reason",
};

/* Helpers */

char *
_riaya_grant_editor_money_for_entry (gint64 centimes)
{
  const char *mark = g_dpgettext2 (GETTEXT_PACKAGE, "decimal mark", ".");

  /* Grouped only where the decimal mark is not a comma's neighbour:
   * riaya_money_parse() reads "1 500,50" but would take the "," of
   * "1,500.50" for a decimal mark. */
  return riaya_money_format (centimes, g_str_equal (mark, ",") ? "\xe2\x80\xaf" : NULL, mark);
}

char *
_riaya_grant_editor_dup_text (GtkWidget *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

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

void
_riaya_grant_editor_update_summary (RiayaGrantEditor *self)
{
  g_autofree char *amount = NULL;
  g_autofree char *detail = NULL;

  gtk_label_set_text (self->summary_title,
                      self->institution != NULL ? riaya_institution_get_display_name (self->institution)
                                                : _("New Grant"));
  if (riaya_grant_get_amount (self->draft) > 0 && riaya_grant_get_year (self->draft) > 0)
    {
      amount = riaya_ui_format_money (riaya_grant_get_amount (self->draft));
      /* Translators: above the grant form: the year, then the amount */
      detail = g_strdup_printf (C_("grant summary", "%u · %s"), riaya_grant_get_year (self->draft), amount);
    }
  gtk_label_set_text (self->summary_detail, detail != NULL ? detail : "");
}

static void
update_institution_row (RiayaGrantEditor *self)
{
  g_autofree char *subtitle = NULL;

  if (self->institution != NULL)
    /* Translators: an institution in a list: its name, then its licence number */
    subtitle = g_strdup_printf (_("%1$s · %2$s"), riaya_institution_get_display_name (self->institution),
                                riaya_institution_get_licence_number (self->institution));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->institution_row),
                               subtitle != NULL ? subtitle : _("None chosen yet"));
  _riaya_grant_editor_update_summary (self);
}

static void
fill_from_draft (RiayaGrantEditor *self)
{
  RiayaGrant *draft = self->draft;
  const char *approved = riaya_grant_get_justification_approved (draft);
  const char *rejected = riaya_grant_get_justification_rejected (draft);
  GListModel *tranches = riaya_grant_get_tranches (draft);
  guint n = g_list_model_get_n_items (tranches);

  self->filling = TRUE;

  if (riaya_grant_get_year (draft) > 0)
    {
      g_autofree char *year = g_strdup_printf ("%u", riaya_grant_get_year (draft));

      set_entry (self->year_row, year);
    }
  if (riaya_grant_get_amount (draft) > 0)
    {
      g_autofree char *amount = _riaya_grant_editor_money_for_entry (riaya_grant_get_amount (draft));

      set_entry (self->amount_row, amount);
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row), riaya_grant_get_kind (draft));
  set_entry (self->basis_row, riaya_grant_get_basis (draft));
  set_entry (self->decided_row, riaya_grant_get_decided_on (draft));
  set_entry (self->convention_ref_row, riaya_grant_get_convention_ref (draft));
  set_entry (self->convention_date_row, riaya_grant_get_convention_date (draft));
  set_entry (self->justification_due_row, riaya_grant_get_justification_due (draft));
  set_entry (self->justification_received_row, riaya_grant_get_justification_received (draft));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->outcome_row),
                              approved != NULL ? OUTCOME_APPROVED
                              : rejected != NULL ? OUTCOME_REJECTED : OUTCOME_NONE);
  set_entry (self->outcome_date_row, approved != NULL ? approved : rejected);
  set_entry (self->rejection_reason_row, riaya_grant_get_rejection_reason (draft));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, i);

      _riaya_grant_editor_add_tranche_rows (self, tranche, FALSE);
    }

  self->filling = FALSE;
  update_institution_row (self);
}

static void
show_outcome_rows (RiayaGrantEditor *self)
{
  guint outcome = adw_combo_row_get_selected (ADW_COMBO_ROW (self->outcome_row));

  /* A date only for a decision taken, a reason only for a rejection. */
  gtk_widget_set_sensitive (self->outcome_date_row, outcome == OUTCOME_APPROVED || outcome == OUTCOME_REJECTED);
  gtk_widget_set_visible (self->rejection_reason_row, outcome == OUTCOME_REJECTED);
  gtk_widget_set_visible (self->fields[GRANT_FIELD_REJECTION_REASON].message_row,
                          outcome == OUTCOME_REJECTED &&
                          gtk_widget_get_visible (self->fields[GRANT_FIELD_REJECTION_REASON].message_row));
}

/* Callbacks */

static GrantField
field_of_row (RiayaGrantEditor *self,
              GtkWidget        *row)
{
  for (GrantField f = 0; f < GRANT_N_FIELDS; f++)
    {
      if (self->fields[f].row == row)
        return f;
    }

  g_return_val_if_reached (GRANT_N_FIELDS);
}

static void
on_entry_changed (GtkEditable      *editable,
                  RiayaGrantEditor *self)
{
  GrantField field = field_of_row (self, GTK_WIDGET (editable));

  if (self->filling || field == GRANT_N_FIELDS)
    return;

  self->fields[field].edited = TRUE;
  /* A date is finished once it has the length of one, a year once it
   * has four digits: say what is wrong then, without waiting. */
  if ((strstr (field_names[field], "date") != NULL || field == GRANT_FIELD_DECIDED_ON ||
       field == GRANT_FIELD_JUSTIFICATION_DUE || field == GRANT_FIELD_JUSTIFICATION_RECEIVED)
      ? strlen (gtk_editable_get_text (editable)) >= 10
      : field == GRANT_FIELD_YEAR && strlen (gtk_editable_get_text (editable)) >= 4)
    self->fields[field].touched = TRUE;
  self->dirty = TRUE;
  _riaya_grant_editor_validate (self);
}

static void
on_touched (gpointer data)
{
  _riaya_grant_editor_validate (data);
}

static void
on_combo_selected (AdwComboRow      *row,
                   GParamSpec       *pspec,
                   RiayaGrantEditor *self)
{
  if (self->filling)
    return;

  if (GTK_WIDGET (row) == self->outcome_row)
    {
      self->fields[GRANT_FIELD_OUTCOME].touched = TRUE;
      show_outcome_rows (self);
    }
  self->dirty = TRUE;
  _riaya_grant_editor_validate (self);
}

static void
on_institution_chosen (RiayaInstitutionChooser *chooser,
                       RiayaInstitution        *institution,
                       RiayaGrantEditor        *self)
{
  g_set_object (&self->institution, institution);
  riaya_grant_set_institution_uuid (self->draft, riaya_institution_get_uuid (institution));
  self->fields[GRANT_FIELD_INSTITUTION].touched = TRUE;
  self->dirty = TRUE;
  update_institution_row (self);
  _riaya_grant_editor_validate (self);
}

static void
on_chooser_show (GtkWidget        *popover,
                 RiayaGrantEditor *self)
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
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RiayaGrantEditor *self = RIAYA_GRANT_EDITOR (widget);
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->save_tried = TRUE;
  _riaya_grant_editor_validate (self);
  if (!self->valid || self->question != NULL)
    return;

  ok = self->is_new ? riaya_store_add_grant (store, self->draft, &error)
                    : riaya_store_update_grant (store, self->draft, &error);
  if (!ok)
    {
      /* Refused: everything typed stays, and the reason is shown where it
       * belongs. */
      _riaya_grant_editor_show_refusal (self, error);
      return;
    }

  self->dirty = FALSE;
  g_signal_emit (self, signals[SAVED], 0, riaya_grant_get_uuid (self->draft));
  riaya_context_grants_changed (self->context);
  gtk_window_close (GTK_WINDOW (self));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RiayaGrantEditor *self = RIAYA_GRANT_EDITOR (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  if (self->is_new)
    return;

  /* The toast that offers to undo goes to the main window, which stays. */
  if (!riaya_grant_delete_with_undo (self->context, parent != NULL ? GTK_WIDGET (parent) : widget,
                                     riaya_grant_get_uuid (self->draft), &error))
    {
      _riaya_grant_editor_set_form_error (self, error->message);
      return;
    }

  self->dirty = FALSE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
add_tranche_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RiayaGrantEditor *self = RIAYA_GRANT_EDITOR (widget);
  gint64 left = riaya_grant_get_amount (self->draft) - riaya_grant_get_scheduled (self->draft);
  g_autoptr(RiayaGrantTranche) tranche = NULL;

  /* A new tranche proposes what remains to schedule; its due date is
   * the user's to give. */
  tranche = riaya_grant_tranche_new (NULL, MAX (left, 0));
  riaya_grant_add_tranche (self->draft, tranche);
  _riaya_grant_editor_add_tranche_rows (self, tranche, TRUE);
  self->dirty = TRUE;
  _riaya_grant_editor_validate (self);
}

/* Closing */

static gboolean
close_idle (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
forget_question (RiayaGrantEditor *self)
{
  if (self->question != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->question), (gpointer *) &self->question);
  self->question = NULL;
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     RiayaGrantEditor *self)
{
  forget_question (self);
  if (g_str_equal (response, RIAYA_RESPONSE_DISCARD))
    {
      self->dirty = FALSE;
      /* Once the question, which is this editor's transient child, is gone. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle, g_object_ref (self), g_object_unref);
    }
}

static gboolean
riaya_grant_editor_close_request (GtkWindow *window)
{
  RiayaGrantEditor *self = RIAYA_GRANT_EDITOR (window);

  if (self->question != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->question));
      return TRUE;
    }

  if (!self->dirty)
    return GTK_WINDOW_CLASS (riaya_grant_editor_parent_class)->close_request (window);

  /* Never lose typed work silently. */
  self->question = _riaya_discard_dialog_new (window, _("The changes to this grant have not been saved."));
  g_object_add_weak_pointer (G_OBJECT (self->question), (gpointer *) &self->question);
  g_signal_connect_object (self->question, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (self->question));

  return TRUE;
}

/* Overrides */

static void
riaya_grant_editor_dispose (GObject *object)
{
  RiayaGrantEditor *self = RIAYA_GRANT_EDITOR (object);

  forget_question (self);
  g_clear_object (&self->institution);
  g_clear_object (&self->institutions);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_grant_editor_parent_class)->dispose (object);
}

static void
riaya_grant_editor_finalize (GObject *object)
{
  RiayaGrantEditor *self = RIAYA_GRANT_EDITOR (object);

  _riaya_grant_editor_clear_tranches (self);
  g_ptr_array_unref (self->tranches);
  for (GrantField f = 0; f < GRANT_N_FIELDS; f++)
    _riaya_field_state_clear (&self->fields[f]);
  g_clear_object (&self->draft);
  g_free (self->today);
  g_free (self->form_error);
  g_free (self->schedule_text);

  G_OBJECT_CLASS (riaya_grant_editor_parent_class)->finalize (object);
}

static void
riaya_grant_editor_class_init (RiayaGrantEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = riaya_grant_editor_dispose;
  object_class->finalize = riaya_grant_editor_finalize;
  window_class->close_request = riaya_grant_editor_close_request;

  /**
   * RiayaGrantEditor::saved:
   * @uuid: the grant saved
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/riaya/Riaya/riaya-grant-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, summary_title);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, summary_detail);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, summary_status);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, form_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, form_message);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, institution_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, institution_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, year_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, amount_unit);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, basis_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, decided_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, convention_ref_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, convention_date_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, tranches_group);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, add_tranche_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, schedule_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, justification_due_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, justification_received_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, outcome_date_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantEditor, rejection_reason_row);

  gtk_widget_class_install_action (widget_class, "grant.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "grant.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "grant.add-tranche", NULL, add_tranche_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "grant.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
riaya_grant_editor_init (RiayaGrantEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) outcomes = gtk_string_list_new (NULL);
  GtkWidget *rows[GRANT_N_FIELDS];

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  self->tranches = g_ptr_array_new ();
  self->today = riaya_date_today_iso ();

  rows[GRANT_FIELD_INSTITUTION] = self->institution_row;
  rows[GRANT_FIELD_YEAR] = self->year_row;
  rows[GRANT_FIELD_AMOUNT] = self->amount_row;
  rows[GRANT_FIELD_KIND] = self->kind_row;
  rows[GRANT_FIELD_BASIS] = self->basis_row;
  rows[GRANT_FIELD_DECIDED_ON] = self->decided_row;
  rows[GRANT_FIELD_CONVENTION_REF] = self->convention_ref_row;
  rows[GRANT_FIELD_CONVENTION_DATE] = self->convention_date_row;
  rows[GRANT_FIELD_SCHEDULE] = self->schedule_row;
  rows[GRANT_FIELD_JUSTIFICATION_DUE] = self->justification_due_row;
  rows[GRANT_FIELD_JUSTIFICATION_RECEIVED] = self->justification_received_row;
  rows[GRANT_FIELD_OUTCOME] = self->outcome_row;
  rows[GRANT_FIELD_OUTCOME_DATE] = self->outcome_date_row;
  rows[GRANT_FIELD_REJECTION_REASON] = self->rejection_reason_row;

  for (GrantField f = 0; f < GRANT_N_FIELDS; f++)
    {
      _riaya_field_state_attach (&self->fields[f], rows[f], NULL);
      if (!ADW_IS_ENTRY_ROW (rows[f]))
        continue;
      g_signal_connect (rows[f], "changed", G_CALLBACK (on_entry_changed), self);
      _riaya_field_state_watch_entry (&self->fields[f], on_touched, self);
      /* Numbers, dates and references read left to right in an Arabic
       * interface. */
      if (f != GRANT_FIELD_BASIS && f != GRANT_FIELD_REJECTION_REASON)
        riaya_ui_set_text_direction (rows[f], "ltr");
    }
  _riaya_date_row_add_calendar (ADW_ENTRY_ROW (self->decided_row));
  _riaya_date_row_add_calendar (ADW_ENTRY_ROW (self->convention_date_row));
  _riaya_date_row_add_calendar (ADW_ENTRY_ROW (self->justification_due_row));
  _riaya_date_row_add_calendar (ADW_ENTRY_ROW (self->justification_received_row));
  _riaya_date_row_add_calendar (ADW_ENTRY_ROW (self->outcome_date_row));
  /* Translators: the unit after an amount field: the dirham */
  gtk_label_set_text (self->amount_unit, C_("money unit", "DH"));

  self->filling = TRUE;
  for (guint k = 0; k < RIAYA_N_GRANT_KINDS; k++)
    gtk_string_list_append (kinds, riaya_grant_kind_to_label (k));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->kind_row), G_LIST_MODEL (kinds));
  gtk_string_list_append (outcomes, _("Not decided yet"));
  gtk_string_list_append (outcomes, riaya_justification_state_to_label (RIAYA_JUSTIFICATION_APPROVED));
  gtk_string_list_append (outcomes, riaya_justification_state_to_label (RIAYA_JUSTIFICATION_REJECTED));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->outcome_row), G_LIST_MODEL (outcomes));
  self->filling = FALSE;
  g_signal_connect (self->kind_row, "notify::selected", G_CALLBACK (on_combo_selected), self);
  g_signal_connect (self->outcome_row, "notify::selected", G_CALLBACK (on_combo_selected), self);

  self->chooser = RIAYA_INSTITUTION_CHOOSER (riaya_institution_chooser_new (NULL));
  gtk_menu_button_set_popover (self->institution_button, GTK_WIDGET (self->chooser));
  g_signal_connect (self->chooser, "chosen", G_CALLBACK (on_institution_chosen), self);
  g_signal_connect (self->chooser, "show", G_CALLBACK (on_chooser_show), self);
}

/* Public API */

RiayaGrantEditor *
riaya_grant_editor_new (GtkWindow        *parent,
                        RiayaContext     *context,
                        RiayaGrant       *grant,
                        RiayaInstitution *institution,
                        GListModel       *institutions)
{
  RiayaGrantEditor *self;
  RiayaStore *store;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (grant == NULL || RIAYA_IS_GRANT (grant), NULL);
  g_return_val_if_fail (institution == NULL || RIAYA_IS_INSTITUTION (institution), NULL);
  g_return_val_if_fail (institutions == NULL || G_IS_LIST_MODEL (institutions), NULL);

  self = g_object_new (RIAYA_TYPE_GRANT_EDITOR, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->is_new = grant == NULL;
  store = riaya_context_get_store (context);

  if (institutions != NULL)
    {
      self->institutions = g_object_ref (institutions);
      riaya_institution_chooser_set_institutions (self->chooser, institutions);
    }

  if (grant != NULL)
    {
      const char *uuid = riaya_grant_get_institution_uuid (grant);

      self->draft = riaya_grant_copy (grant);
      /* The institution as the store holds it, with its licence's
       * history: the grant's year is checked against it. */
      self->institution = riaya_store_get_institution (store, uuid, NULL);
    }
  else
    {
      g_autofree char *year = g_strndup (self->today, 4);

      /* This year's grant, by default: the usual case. */
      self->draft = riaya_grant_new (institution != NULL ? riaya_institution_get_uuid (institution) : NULL,
                                     (guint) g_ascii_strtoull (year, NULL, 10), 0);
      if (institution != NULL)
        self->institution = g_object_ref (institution);
    }

  fill_from_draft (self);
  show_outcome_rows (self);

  /* A grant already recorded shows all its problems at once; a new form
   * waits until each field has been filled in. */
  for (GrantField f = 0; !self->is_new && f < GRANT_N_FIELDS; f++)
    self->fields[f].touched = TRUE;
  /* The institution is settled when the form opens on one. */
  self->fields[GRANT_FIELD_INSTITUTION].touched |= self->institution != NULL;

  gtk_widget_set_visible (self->delete_button, !self->is_new);
  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _("New Grant") : _("Grant"));

  _riaya_grant_editor_validate (self);

  return self;
}

gboolean
riaya_grant_editor_is_new (RiayaGrantEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_EDITOR (self), FALSE);
  return self->is_new;
}

gboolean
riaya_grant_editor_is_dirty (RiayaGrantEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_EDITOR (self), FALSE);
  return self->dirty;
}

gboolean
riaya_grant_editor_can_save (RiayaGrantEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_EDITOR (self), FALSE);
  return gtk_widget_get_sensitive (self->save_button);
}

GtkWidget *
riaya_grant_editor_get_field (RiayaGrantEditor *self,
                              const char       *name)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_EDITOR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "institution"))
    return GTK_WIDGET (self->institution_button);
  if (g_str_equal (name, "add-tranche"))
    return self->add_tranche_button;

  for (GrantField f = 0; f < GRANT_N_FIELDS; f++)
    {
      if (g_str_equal (field_names[f], name))
        return self->fields[f].row;
    }

  return NULL;
}

const char *
riaya_grant_editor_get_message (RiayaGrantEditor *self,
                                const char       *name)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_EDITOR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "form"))
    return self->form_error;

  for (GrantField f = 0; f < GRANT_N_FIELDS; f++)
    {
      if (g_str_equal (field_names[f], name))
        return _riaya_field_state_get_shown (&self->fields[f]);
    }

  return NULL;
}

RiayaInstitutionChooser *
riaya_grant_editor_get_chooser (RiayaGrantEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_EDITOR (self), NULL);
  return self->chooser;
}

guint
riaya_grant_editor_get_n_tranches (RiayaGrantEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_EDITOR (self), 0);
  return self->tranches->len;
}

static RiayaFieldState *
tranche_field (RiayaGrantEditor *self,
               guint             index,
               const char       *name)
{
  TrancheRows *rows;

  if (index >= self->tranches->len)
    return NULL;

  rows = g_ptr_array_index (self->tranches, index);
  if (g_str_equal (name, "due"))
    return &rows->due;
  if (g_str_equal (name, "amount"))
    return &rows->amount;
  if (g_str_equal (name, "paid"))
    return &rows->paid;

  return NULL;
}

GtkWidget *
riaya_grant_editor_get_tranche_field (RiayaGrantEditor *self,
                                      guint             index,
                                      const char       *name)
{
  RiayaFieldState *state;

  g_return_val_if_fail (RIAYA_IS_GRANT_EDITOR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "remove") && index < self->tranches->len)
    return ((TrancheRows *) g_ptr_array_index (self->tranches, index))->remove_button;

  state = tranche_field (self, index, name);
  return state != NULL ? state->row : NULL;
}

const char *
riaya_grant_editor_get_tranche_message (RiayaGrantEditor *self,
                                        guint             index,
                                        const char       *name)
{
  RiayaFieldState *state;

  g_return_val_if_fail (RIAYA_IS_GRANT_EDITOR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  state = tranche_field (self, index, name);
  return state != NULL ? _riaya_field_state_get_shown (state) : NULL;
}

const char *
riaya_grant_editor_get_schedule_text (RiayaGrantEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT_EDITOR (self), NULL);
  return self->schedule_text;
}

/* Deleting, with undo */

static RiayaWindow *
main_window_of (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

  /* Up through the dialogs: an institution's editor, then the window. */
  while (window != NULL && !RIAYA_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);

  return window != NULL ? RIAYA_WINDOW (window) : NULL;
}

gboolean
riaya_grant_delete_with_undo (RiayaContext  *context,
                              GtkWidget     *from,
                              const char    *uuid,
                              GError       **error)
{
  RiayaStore *store;
  g_autoptr(RiayaGrant) grant = NULL;
  RiayaWindow *window;

  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (from == NULL || GTK_IS_WIDGET (from), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  store = riaya_context_get_store (context);
  grant = riaya_store_get_grant (store, uuid, error);
  if (grant == NULL || !riaya_store_delete_grant (store, uuid, error))
    return FALSE;

  riaya_context_grants_changed (context);

  window = main_window_of (from);
  if (window != NULL)
    {
      const char *name = riaya_grant_get_institution_name (grant);
      g_autofree char *title = NULL;
      AdwToast *toast;

      /* Translators: a toast; %u is a year, %s an institution's name */
      title = g_strdup_printf (_("Grant of %u to “%s” deleted"), riaya_grant_get_year (grant),
                               name != NULL ? name : "");
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo-delete-grant");
      adw_toast_set_action_target (toast, "s", uuid);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      riaya_window_add_toast (window, toast);
    }

  return TRUE;
}
