/* riaya-institution-editor-validate.c — the editor's checks and messages
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field is checked as it changes with the rules of src/core, and
 * the message is shown in a row right under the field; Save stays off
 * until all pass. A message waits until the user has left the field (or
 * finished typing a date), unless it is certain: a licence number already
 * used, a date in the future, a category the type does not serve.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-institution-editor-private.h"
#include "riaya-ui-util.h"

/* Field messages */

void
_riaya_institution_editor_attach_message (RiayaInstitutionEditor *self,
                                          Field                   field)
{
  FieldState *state = &self->fields[field];
  GtkWidget *list = gtk_widget_get_parent (state->row);
  GtkWidget *label = gtk_label_new (NULL);

  /* The message goes in a row of its own right under the field, inside
   * the same boxed list, so that it reads as part of the field. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "field-message");

  state->message = GTK_LABEL (label);
  state->message_row = adw_preferences_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (state->message_row), FALSE);
  gtk_widget_set_focusable (state->message_row, FALSE);
  gtk_widget_add_css_class (state->message_row, "field-message-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (state->message_row), label);
  gtk_widget_set_visible (state->message_row, FALSE);

  gtk_list_box_insert (GTK_LIST_BOX (list), state->message_row,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (state->row)) + 1);
}

void
_riaya_institution_editor_set_error (RiayaInstitutionEditor *self,
                                     Field                   field,
                                     const char             *error,
                                     gboolean                show_now)
{
  FieldState *state = &self->fields[field];
  gboolean shown;

  g_free (state->error);
  state->error = g_strdup (error);
  state->show_now = show_now;

  shown = error != NULL && (show_now || state->touched);
  gtk_label_set_text (state->message, shown ? error : "");
  gtk_widget_set_visible (state->message_row, shown);
  if (shown)
    gtk_widget_add_css_class (state->row, "error");
  else
    gtk_widget_remove_css_class (state->row, "error");
}

gboolean
_riaya_institution_editor_message_shown (RiayaInstitutionEditor *self,
                                         Field                   field)
{
  return gtk_widget_get_visible (self->fields[field].message_row);
}

/* Validation */

static char *
check_names (RiayaInstitutionEditor *self)
{
  if (riaya_institution_get_name_ar (self->draft) == NULL &&
      riaya_institution_get_name_fr (self->draft) == NULL)
    return g_strdup (_("The institution needs a name: enter it in Arabic, in French, or both."));

  return NULL;
}

static char *
check_licence_number (RiayaInstitutionEditor *self,
                      gboolean               *show_now)
{
  const char *number = riaya_institution_get_licence_number (self->draft);
  g_autoptr(GError) error = NULL;

  if (!riaya_validate_licence_number (number, &error))
    return g_strdup (error->message);

  /* Unique nationally: the number identifies the institution on every
   * document (Law 65.15 art. 16). */
  if (riaya_store_licence_number_exists (riaya_context_get_store (self->context), number,
                                         riaya_institution_get_uuid (self->draft)))
    {
      *show_now = TRUE;
      /* Translators: %s is a licence number */
      return g_strdup_printf (_("Licence number %s is already used by another institution: "
                                "check the number on the licence."), number);
    }

  return NULL;
}

static char *
check_licence_date (RiayaInstitutionEditor *self,
                    gboolean               *show_now)
{
  const char *date = riaya_institution_get_licence_date (self->draft);
  GListModel *lines = riaya_institution_get_capacity_lines (self->draft);
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (lines);

  if (!riaya_validate_past_date (date, _("The licence date"), NULL, &error))
    {
      *show_now = g_error_matches (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE);
      return g_strdup (error->message);
    }

  /* Capacity and events cannot predate the licence they belong to. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, i);

      if (!riaya_capacity_check_line (riaya_institution_get_institution_type (self->draft), date, line, &error))
        {
          if (g_error_matches (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER))
            {
              *show_now = TRUE;
              return g_strdup (error->message);
            }
          g_clear_error (&error);
        }
    }

  if (!riaya_licence_check_history (riaya_institution_get_events (self->draft), date, NULL, &error))
    {
      *show_now = TRUE;
      return g_strdup (error->message);
    }

  return NULL;
}

static char *
check_type (RiayaInstitutionEditor *self)
{
  GListModel *lines = riaya_institution_get_capacity_lines (self->draft);
  guint n = g_list_model_get_n_items (lines);

  /* Law 65.15 art. 3: the places already licensed must fit the type. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, i);
      g_autoptr(GError) error = NULL;

      if (!riaya_capacity_check_line (riaya_institution_get_institution_type (self->draft),
                                      NULL, line, &error) &&
          g_error_matches (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_SPECIALISATION))
        return g_strdup (error->message);
    }

  return NULL;
}

static char *
check_province (RiayaInstitutionEditor *self)
{
  const char *code = riaya_institution_get_province_code (self->draft);
  g_autoptr(GError) error = NULL;

  if (!riaya_validate_province_code (code, &error))
    return g_strdup (error->message);

  if (riaya_context_lookup_territory (self->context, code) == NULL)
    /* Translators: %s is a province code */
    return g_strdup_printf (_("There is no province with the code %s: choose one from the list."), code);

  return NULL;
}

static char *
check_phone (RiayaInstitutionEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!riaya_validate_phone (riaya_institution_get_phone (self->draft), &error))
    return g_strdup (error->message);

  return NULL;
}

void
_riaya_institution_editor_set_form_error (RiayaInstitutionEditor *self,
                                          const char             *message)
{
  g_free (self->form_error);
  self->form_error = g_strdup (message);
  gtk_label_set_text (self->form_message, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->form_revealer, message != NULL);
}

void
_riaya_institution_editor_validate (RiayaInstitutionEditor *self)
{
  gboolean show_now;
  const char *first_error = NULL;
  gboolean general_attention = FALSE;
  gboolean licence_attention = FALSE;

  _riaya_institution_editor_set_error (self, FIELD_NAME_AR, NULL, FALSE);
  {
    g_autofree char *error = check_names (self);

    /* Either name will do: the message sits under the second one once
     * either has been touched. */
    self->fields[FIELD_NAME_FR].touched |= self->fields[FIELD_NAME_AR].touched;
    _riaya_institution_editor_set_error (self, FIELD_NAME_FR, error, FALSE);
  }
  {
    g_autofree char *error = check_type (self);

    _riaya_institution_editor_set_error (self, FIELD_TYPE, error, TRUE);
  }
  {
    g_autofree char *error = check_province (self);

    _riaya_institution_editor_set_error (self, FIELD_PROVINCE, error, FALSE);
  }
  {
    g_autofree char *error = check_phone (self);

    _riaya_institution_editor_set_error (self, FIELD_PHONE, error, FALSE);
  }
  {
    g_autofree char *error = NULL;

    show_now = FALSE;
    error = check_licence_number (self, &show_now);
    _riaya_institution_editor_set_error (self, FIELD_LICENCE_NUMBER, error, show_now);
  }
  {
    g_autofree char *error = NULL;

    show_now = FALSE;
    error = check_licence_date (self, &show_now);
    _riaya_institution_editor_set_error (self, FIELD_LICENCE_DATE, error, show_now);
  }

  for (Field f = 0; f < N_FIELDS; f++)
    {
      if (self->fields[f].error != NULL && first_error == NULL)
        first_error = self->fields[f].error;
      if (_riaya_institution_editor_message_shown (self, f))
        {
          if (g_str_equal (_riaya_editor_field_info[f].page, "licence"))
            licence_attention = TRUE;
          else
            general_attention = TRUE;
        }
    }

  /* What core checks as a whole (history, capacity lines) once every
   * field passes on its own. */
  if (first_error == NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!riaya_institution_validate (self->draft, NULL, &error))
        {
          _riaya_institution_editor_set_form_error (self, error->message);
          first_error = self->form_error;
        }
      else
        _riaya_institution_editor_set_form_error (self, NULL);
    }
  else if (self->form_error != NULL)
    _riaya_institution_editor_set_form_error (self, NULL);

  self->valid = first_error == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);
  /* Save is off until all is well; hovering it says what is missing. */
  gtk_widget_set_tooltip_text (self->save_button, first_error);

  adw_view_stack_page_set_needs_attention (self->general_page, general_attention);
  adw_view_stack_page_set_needs_attention (self->licence_page, licence_attention);

  _riaya_institution_editor_update_summary (self);
}

void
_riaya_institution_editor_update_summary (RiayaInstitutionEditor *self)
{
  const char *name = riaya_institution_get_display_name (self->draft);
  const char *licence = riaya_institution_get_licence_number (self->draft);

  /* Which institution this is, whatever page is shown. */
  gtk_label_set_text (self->summary_title,
                      name != NULL && *name != '\0' ? name
                      : (self->is_new ? _("New Institution") : ""));
  gtk_label_set_text (self->summary_licence, licence != NULL ? licence : "");
  riaya_ui_set_status_badge (self->summary_status, riaya_institution_get_status (self->draft));
  gtk_widget_set_visible (GTK_WIDGET (self->summary_status), !self->is_new);
}
