/* riaya-institution-editor.c — the form that creates or edits an institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor works on a copy (the draft): nothing reaches the list or the
 * database until Save, and a refused save keeps everything typed. Every
 * field is checked as it changes with the rules of src/core, and the
 * message is shown right under the field; Save stays off until all pass.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-institution-editor-private.h"
#include "riaya-summary-print.h"
#include "riaya-ui-util.h"

G_DEFINE_FINAL_TYPE (RiayaInstitutionEditor, riaya_institution_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_section_changed (RiayaInstitutionEditor *self)
{
  self->dirty = TRUE;
  _riaya_institution_editor_validate (self);
}

/* Late grants are said above every page of the editor, beside the
 * licence's status: the Capacity page lists them. */
static void
update_grants_badge (RiayaInstitutionEditor *self)
{
  guint late = riaya_editor_grants_get_n_late (self->grants);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->summary_late), late > 0);
  if (late == 0)
    return;

  /* Translators: a badge above the institution editor; %u is a number of
   * grants with a tranche or the justification past due */
  text = g_strdup_printf (ngettext ("%u late grant", "%u late grants", late), late);
  gtk_label_set_text (self->summary_late, text);
}

static void
on_grants_changed (RiayaContext           *context,
                   RiayaInstitutionEditor *self)
{
  update_grants_badge (self);
}

static gboolean
close_idle (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (AdwMessageDialog       *dialog,
                     const char             *response,
                     RiayaInstitutionEditor *self)
{
  if (g_str_equal (response, "discard"))
    {
      self->dirty = FALSE;
      /* Once the dialog, which is the editor's transient child, is gone. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle, g_object_ref (self), g_object_unref);
    }
}

/* Actions */

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RiayaInstitutionEditor *self = RIAYA_INSTITUTION_EDITOR (widget);
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autoptr(RiayaInstitution) saved = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  _riaya_institution_editor_validate (self);
  if (!self->valid)
    return;

  ok = self->is_new ? riaya_store_add_institution (store, self->draft, &error)
                    : riaya_store_update_institution (store, self->draft, &error);
  if (!ok)
    {
      /* Refused: everything typed stays, and the reason is shown where it
       * belongs as well as on top of the form. */
      if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE))
        {
          self->fields[FIELD_LICENCE_NUMBER].touched = TRUE;
          _riaya_institution_editor_set_error (self, FIELD_LICENCE_NUMBER, error->message, TRUE);
          adw_view_stack_set_visible_child_name (self->view_stack, "licence");
        }
      else if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_UNKNOWN_TERRITORY))
        {
          self->fields[FIELD_PROVINCE].touched = TRUE;
          _riaya_institution_editor_set_error (self, FIELD_PROVINCE, error->message, TRUE);
          adw_view_stack_set_visible_child_name (self->view_stack, "general");
        }
      _riaya_institution_editor_set_form_error (self, error->message);
      return;
    }

  /* The list shows what the store holds (with the grant event it adds to
   * a new licence). */
  saved = riaya_store_get_institution (store, riaya_institution_get_uuid (self->draft), NULL);
  if (saved == NULL)
    saved = riaya_institution_copy (self->draft);

  self->dirty = FALSE;
  g_signal_emit (self, signals[SAVED], 0, saved, self->is_new);
  gtk_window_close (GTK_WINDOW (self));
}

/* The summary of the institution as stored: a new one has none yet. */
static void
print_summary_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RiayaInstitutionEditor *self = RIAYA_INSTITUTION_EDITOR (widget);

  if (!self->is_new)
    riaya_summary_print (GTK_WINDOW (self), self->context, riaya_institution_get_uuid (self->draft));
}

static void
save_summary_pdf_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  RiayaInstitutionEditor *self = RIAYA_INSTITUTION_EDITOR (widget);

  if (!self->is_new)
    riaya_summary_save_pdf (GTK_WINDOW (self), self->context, riaya_institution_get_uuid (self->draft));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RiayaInstitutionEditor *self = RIAYA_INSTITUTION_EDITOR (widget);

  if (self->is_new)
    return;

  /* The list deletes it and offers to undo; unsaved edits go with it. */
  self->dirty = FALSE;
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, riaya_institution_get_uuid (self->draft));
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
riaya_institution_editor_close_request (GtkWindow *window)
{
  RiayaInstitutionEditor *self = RIAYA_INSTITUTION_EDITOR (window);
  GtkWidget *dialog;

  if (!self->dirty)
    return GTK_WINDOW_CLASS (riaya_institution_editor_parent_class)->close_request (window);

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return TRUE;
    }

  /* Never lose typed work silently. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes?"),
                                   _("The changes to this institution have not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  self->discard_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
riaya_institution_editor_dispose (GObject *object)
{
  RiayaInstitutionEditor *self = RIAYA_INSTITUTION_EDITOR (object);

  if (self->discard_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->discard_dialog), (gpointer *) &self->discard_dialog);
  self->discard_dialog = NULL;
  g_clear_object (&self->draft);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_institution_editor_parent_class)->dispose (object);
}

static void
riaya_institution_editor_finalize (GObject *object)
{
  RiayaInstitutionEditor *self = RIAYA_INSTITUTION_EDITOR (object);

  for (Field f = 0; f < N_FIELDS; f++)
    g_free (self->fields[f].error);
  g_free (self->form_error);
  g_ptr_array_unref (self->region_codes);
  g_ptr_array_unref (self->province_codes);

  G_OBJECT_CLASS (riaya_institution_editor_parent_class)->finalize (object);
}

static void
riaya_institution_editor_class_init (RiayaInstitutionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = riaya_institution_editor_dispose;
  object_class->finalize = riaya_institution_editor_finalize;
  window_class->close_request = riaya_institution_editor_close_request;

  /**
   * RiayaInstitutionEditor::saved:
   * @institution: the institution as stored
   * @created: whether it was new
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, RIAYA_TYPE_INSTITUTION, G_TYPE_BOOLEAN);
  /**
   * RiayaInstitutionEditor::delete-requested:
   * @uuid: the institution to delete
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/riaya/Riaya/riaya-institution-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, summary_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, summary_title);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, summary_licence);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, summary_status);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, summary_late);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, form_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, form_message);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, general_page);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, licence_page);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, licence_box);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, capacity_box);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, services_group);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, staff_group);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, name_ar_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, name_fr_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, founder_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, director_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, region_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, province_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, commune_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, licence_number_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, licence_date_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, legal_basis_row);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "editor.print-summary", NULL, print_summary_activated);
  gtk_widget_class_install_action (widget_class, "editor.save-summary-pdf", NULL, save_summary_pdf_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "editor.print-summary", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
riaya_institution_editor_init (RiayaInstitutionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->province_codes = g_ptr_array_new_with_free_func (g_free);

  _riaya_institution_editor_setup_fields (self);
  _riaya_institution_editor_build_services_and_staff (self);
}

RiayaInstitutionEditor *
riaya_institution_editor_new (RiayaContext     *context,
                              RiayaInstitution *institution)
{
  RiayaInstitutionEditor *self;

  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (institution == NULL || RIAYA_IS_INSTITUTION (institution), NULL);

  self = g_object_new (RIAYA_TYPE_INSTITUTION_EDITOR, NULL);
  self->context = g_object_ref (context);
  self->is_new = institution == NULL;

  if (institution != NULL)
    self->draft = riaya_institution_copy (institution);
  else
    {
      RiayaProfile profile;
      g_autofree char *province = NULL;

      self->draft = riaya_institution_new ();
      /* A delegate registers institutions of their own province. */
      if (riaya_context_get_profile (context, &profile, &province) && profile == RIAYA_PROFILE_DELEGATE)
        riaya_institution_set_province_code (self->draft, province);
    }

  self->history = riaya_editor_history_new (self->draft, !self->is_new);
  gtk_box_append (self->licence_box, GTK_WIDGET (self->history));
  g_signal_connect_swapped (self->history, "changed", G_CALLBACK (on_section_changed), self);

  self->capacity = riaya_editor_capacity_new (self->draft);
  gtk_box_append (self->capacity_box, GTK_WIDGET (self->capacity));
  g_signal_connect_swapped (self->capacity, "changed", G_CALLBACK (on_section_changed), self);

  /* The grants, beside the places they pay for. Connected after the
   * section's own handler: it has read the grants again when the badge
   * is updated. */
  self->grants = riaya_editor_grants_new (context, self->draft, !self->is_new);
  gtk_box_append (self->capacity_box, GTK_WIDGET (self->grants));
  g_signal_connect_object (context, "grants-changed", G_CALLBACK (on_grants_changed), self, 0);
  update_grants_badge (self);

  _riaya_institution_editor_fill_combos (self);
  _riaya_institution_editor_fill_from_draft (self);

  /* An institution already in the register shows all its problems at
   * once; a new form waits until each field has been filled in. */
  for (Field f = 0; !self->is_new && f < N_FIELDS; f++)
    self->fields[f].touched = TRUE;

  gtk_widget_set_visible (self->delete_button, !self->is_new);
  gtk_widget_set_visible (self->summary_button, !self->is_new);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.print-summary", !self->is_new);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save-summary-pdf", !self->is_new);
  gtk_window_set_title (GTK_WINDOW (self),
                        self->is_new ? _("New Institution") : riaya_institution_get_display_name (self->draft));

  _riaya_institution_editor_validate (self);

  return self;
}

RiayaInstitution *
riaya_institution_editor_get_draft (RiayaInstitutionEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self), NULL);
  return self->draft;
}

gboolean
riaya_institution_editor_is_new (RiayaInstitutionEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self), FALSE);
  return self->is_new;
}

gboolean
riaya_institution_editor_is_dirty (RiayaInstitutionEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self), FALSE);
  return self->dirty;
}

GtkWidget *
riaya_institution_editor_get_field (RiayaInstitutionEditor *self,
                                    const char             *name)
{
  GtkWidget *widget;

  g_return_val_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (Field f = 0; f < N_FIELDS; f++)
    {
      if (g_str_equal (_riaya_editor_field_info[f].name, name))
        return self->fields[f].row;
    }

  if (g_str_has_prefix (name, "service:"))
    {
      RiayaService service;

      return riaya_service_from_code (name + strlen ("service:"), &service)
             ? GTK_WIDGET (self->service_checks[service]) : NULL;
    }
  if (g_str_has_prefix (name, "staff:"))
    {
      RiayaStaffRole role;

      return riaya_staff_role_from_code (name + strlen ("staff:"), &role)
             ? GTK_WIDGET (self->staff_spins[role]) : NULL;
    }

  widget = riaya_editor_history_get_field (self->history, name);
  if (widget == NULL)
    widget = riaya_editor_capacity_get_field (self->capacity, name);

  return widget;
}

const char *
riaya_institution_editor_get_message (RiayaInstitutionEditor *self,
                                      const char             *name)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "form"))
    return self->form_error;
  if (g_str_equal (name, "event"))
    return riaya_editor_history_get_message (self->history);
  if (g_str_equal (name, "capacity"))
    return riaya_editor_capacity_get_message (self->capacity);

  for (Field f = 0; f < N_FIELDS; f++)
    {
      if (g_str_equal (_riaya_editor_field_info[f].name, name))
        return _riaya_institution_editor_message_shown (self, f) ? gtk_label_get_text (self->fields[f].message) : NULL;
    }

  return NULL;
}

gboolean
riaya_institution_editor_can_save (RiayaInstitutionEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self), FALSE);
  return gtk_widget_get_sensitive (self->save_button);
}

RiayaEditorHistory *
riaya_institution_editor_get_history (RiayaInstitutionEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self), NULL);
  return self->history;
}

RiayaEditorCapacity *
riaya_institution_editor_get_capacity (RiayaInstitutionEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self), NULL);
  return self->capacity;
}

RiayaEditorGrants *
riaya_institution_editor_get_grants (RiayaInstitutionEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self), NULL);
  return self->grants;
}

GtkLabel *
riaya_institution_editor_get_late_badge (RiayaInstitutionEditor *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self), NULL);
  return self->summary_late;
}

void
riaya_institution_editor_show_page (RiayaInstitutionEditor *self,
                                    const char             *name)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}
