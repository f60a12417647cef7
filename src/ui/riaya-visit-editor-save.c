/* riaya-visit-editor-save.c — saving a visit, cancelling one, closing the form
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Save hands the draft to the store, which checks core's rules again and
 * turns a decision into an event of the licence in the same transaction
 * (Law 65.15 art. 34). A planned visit that will not take place is
 * cancelled, not erased: the store keeps it hidden and journaled, and
 * calendars are told. Closing a form with unsaved work asks first.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-visit-editor-private.h"

#define RESPONSE_KEEP_VISIT   "keep"
#define RESPONSE_CANCEL_VISIT "cancel-visit"

/* Saving */

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RiayaVisitEditor *self = RIAYA_VISIT_EDITOR (widget);
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->save_tried = TRUE;
  _riaya_visit_editor_validate (self);
  if (!self->valid || self->question != NULL)
    return;

  ok = self->is_new ? riaya_store_add_inspection (store, self->draft, &error)
                    : riaya_store_update_inspection (store, self->draft, &error);
  if (!ok)
    {
      /* Refused: everything typed stays, and the reason is shown. */
      _riaya_visit_editor_show_refusal (self, error);
      return;
    }

  self->dirty = FALSE;
  _riaya_visit_editor_emit_saved (self);
  riaya_context_inspections_changed (self->context);
  gtk_window_close (GTK_WINDOW (self));
}

/* Questions */

static gboolean
close_idle (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

void
_riaya_visit_editor_forget_question (RiayaVisitEditor *self)
{
  if (self->question != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->question), (gpointer *) &self->question);
  self->question = NULL;
}

static void
ask (RiayaVisitEditor *self,
     GtkWidget        *question,
     GCallback         on_response)
{
  self->question = question;
  g_object_add_weak_pointer (G_OBJECT (self->question), (gpointer *) &self->question);
  g_signal_connect_object (self->question, "response", on_response, self, 0);
  gtk_window_present (GTK_WINDOW (self->question));
}

static void
on_cancel_visit_response (AdwMessageDialog *dialog,
                          const char       *response,
                          RiayaVisitEditor *self)
{
  g_autoptr(GError) error = NULL;

  _riaya_visit_editor_forget_question (self);
  if (!g_str_equal (response, RESPONSE_CANCEL_VISIT))
    return;

  /* Kept and journaled: the calendars are told it is cancelled. */
  if (!riaya_store_delete_inspection (riaya_context_get_store (self->context),
                                      riaya_inspection_get_uuid (self->draft), &error))
    {
      _riaya_visit_editor_show_refusal (self, error);
      return;
    }

  self->dirty = FALSE;
  riaya_context_inspections_changed (self->context);
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle, g_object_ref (self), g_object_unref);
}

static void
cancel_visit_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RiayaVisitEditor *self = RIAYA_VISIT_EDITOR (widget);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Only a visit planned and not recorded: a recorded visit's report
   * was signed. */
  if (self->original == NULL || riaya_inspection_is_done (self->original) || self->question != NULL)
    return;

  /* Translators: the question before cancelling a planned visit; the
   * first %s is its date, the second an institution's name */
  body = g_strdup_printf (_("The visit planned for %1$s to “%2$s” will leave the programme, and "
                            "calendars that hold it will show it cancelled."),
                          riaya_inspection_get_planned_on (self->original),
                          self->institution != NULL ? riaya_institution_get_display_name (self->institution) : "");
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Cancel This Visit?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    RESPONSE_KEEP_VISIT, _("_Keep the Visit"),
                                    RESPONSE_CANCEL_VISIT, _("Cancel the _Visit"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), RESPONSE_CANCEL_VISIT,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), RESPONSE_KEEP_VISIT);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), RESPONSE_KEEP_VISIT);
  ask (self, dialog, G_CALLBACK (on_cancel_visit_response));
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     RiayaVisitEditor *self)
{
  _riaya_visit_editor_forget_question (self);
  if (g_str_equal (response, RIAYA_RESPONSE_DISCARD))
    {
      self->dirty = FALSE;
      /* Once the question, which is this editor's transient child, is gone. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle, g_object_ref (self), g_object_unref);
    }
}

gboolean
_riaya_visit_editor_ask_before_closing (RiayaVisitEditor *self)
{
  if (self->question != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->question));
      return TRUE;
    }

  if (!self->dirty)
    return FALSE;

  ask (self, _riaya_discard_dialog_new (GTK_WINDOW (self), _("The changes to this visit have not been saved.")),
       G_CALLBACK (on_discard_response));

  return TRUE;
}

void
_riaya_visit_editor_class_init_save (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "visit.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "visit.cancel-visit", NULL, cancel_visit_activated);
}
