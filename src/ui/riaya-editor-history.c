/* riaya-editor-history.c — the licence's history in the institution editor
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events are only ever added: a licence's history is a record of what
 * happened (Law 65.15 arts 17, 31, 32, 34), and the status shown
 * everywhere is derived from it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-editor-history.h"
#include "riaya-ui-util.h"

struct _RiayaEditorHistory
{
  AdwBin            parent_instance;

  RiayaInstitution *draft;
  gboolean          saved;
  GHashTable       *stored_events;   /* uuids of events already in the store */
  GtkSortListModel *sorted_events;
  gboolean          touched;

  GtkLabel         *status_badge;
  GtkListBox       *events_list;
  AdwPreferencesGroup *form_group;
  AdwComboRow      *kind_row;
  AdwEntryRow      *date_row;
  AdwEntryRow      *deadline_row;
  AdwEntryRow      *note_row;
  GtkLabel         *message;
  char             *message_text;
};

G_DEFINE_FINAL_TYPE (RiayaEditorHistory, riaya_editor_history, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  int order = g_strcmp0 (riaya_licence_event_get_date ((gpointer) b),
                         riaya_licence_event_get_date ((gpointer) a));

  return order < 0 ? GTK_ORDERING_SMALLER : (order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL);
}

static GtkWidget *
create_event_row (gpointer item,
                  gpointer user_data)
{
  RiayaEditorHistory *self = user_data;
  RiayaLicenceEvent *event = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *date = gtk_label_new (riaya_licence_event_get_date (event));
  GString *subtitle = g_string_new (NULL);
  const char *deadline = riaya_licence_event_get_deadline (event);
  const char *note = riaya_licence_event_get_note (event);

  gtk_widget_add_css_class (date, "numeric");
  gtk_widget_add_css_class (date, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), date);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 riaya_licence_event_kind_to_label (riaya_licence_event_get_kind (event)));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  if (deadline != NULL)
    /* Translators: %s is a date by which the institution must regularise */
    g_string_append_printf (subtitle, _("Deadline: %s"), deadline);
  if (note != NULL)
    {
      if (subtitle->len > 0)
        g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, note);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  g_string_free (subtitle, TRUE);

  if (!g_hash_table_contains (self->stored_events, riaya_licence_event_get_uuid (event)))
    {
      GtkWidget *pending = gtk_label_new (_("Not saved yet"));

      gtk_widget_add_css_class (pending, "dim-label");
      gtk_widget_add_css_class (pending, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), pending);
    }

  return row;
}

static const char *
entry_text (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return (text != NULL && *text != '\0') ? text : NULL;
}

static RiayaLicenceEvent *
event_from_form (RiayaEditorHistory *self)
{
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  g_autofree char *deadline = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->deadline_row))));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (kind >= RIAYA_N_LICENCE_EVENT_KINDS)
    kind = RIAYA_LICENCE_EVENT_MODIFIED;

  return riaya_licence_event_new (kind, date,
                                  *deadline != '\0' ? deadline : NULL,
                                  *note != '\0' ? note : NULL);
}

static gboolean
form_is_empty (RiayaEditorHistory *self)
{
  return entry_text (self->date_row) == NULL &&
         entry_text (self->deadline_row) == NULL &&
         entry_text (self->note_row) == NULL;
}

static void
set_message (RiayaEditorHistory *self,
             const char         *text)
{
  g_free (self->message_text);
  self->message_text = g_strdup (text);
  gtk_label_set_text (self->message, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL);
}

void
riaya_editor_history_revalidate (RiayaEditorHistory *self)
{
  g_autoptr(RiayaLicenceEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  gboolean valid;

  g_return_if_fail (RIAYA_IS_EDITOR_HISTORY (self));

  riaya_ui_set_status_badge (self->status_badge, riaya_institution_get_status (self->draft));

  if (!self->saved || form_is_empty (self))
    {
      set_message (self, NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.add", FALSE);
      return;
    }

  event = event_from_form (self);
  valid = riaya_licence_check_event (riaya_institution_get_events (self->draft), event,
                                     riaya_institution_get_licence_date (self->draft),
                                     NULL, &error);

  /* A date still being typed is not an error yet: wait until it has the
   * length of a date before saying what is wrong with it. */
  if (!valid && (self->touched || g_error_matches (error, RIAYA_VALIDATION_ERROR,
                                                   RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE)))
    set_message (self, error->message);
  else
    set_message (self, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.add", valid);
}

static void
on_form_changed (RiayaEditorHistory *self)
{
  const char *date = entry_text (self->date_row);

  if (date != NULL && strlen (date) >= 10)
    self->touched = TRUE;

  riaya_editor_history_revalidate (self);
}

static void
on_date_row_apply (RiayaEditorHistory *self)
{
  self->touched = TRUE;
  riaya_editor_history_revalidate (self);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RiayaEditorHistory *self = RIAYA_EDITOR_HISTORY (widget);
  g_autoptr(RiayaLicenceEvent) event = event_from_form (self);
  g_autoptr(GError) error = NULL;

  self->touched = TRUE;
  if (!riaya_licence_check_event (riaya_institution_get_events (self->draft), event,
                                  riaya_institution_get_licence_date (self->draft),
                                  NULL, &error))
    {
      set_message (self, error->message);
      return;
    }

  riaya_institution_add_event (self->draft, event);

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  self->touched = FALSE;
  riaya_editor_history_revalidate (self);

  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
build_form (RiayaEditorHistory *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *button;

  self->form_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->form_group, _("Record an Event"));
  adw_preferences_group_set_description (self->form_group,
                                         _("A warning or a reprimand gives a deadline to regularise "
                                           "(Law 65.15 art. 34). Events are added to the history and "
                                           "saved with the institution."));

  for (guint k = 0; k < RIAYA_N_LICENCE_EVENT_KINDS; k++)
    gtk_string_list_append (kinds, riaya_licence_event_kind_to_label (k));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Event"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, RIAYA_LICENCE_EVENT_WARNING);
  adw_preferences_group_add (self->form_group, GTK_WIDGET (self->kind_row));

  self->date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date (year-month-day)"));
  adw_preferences_group_add (self->form_group, GTK_WIDGET (self->date_row));

  self->deadline_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row),
                                 _("Deadline to regularise (year-month-day, optional)"));
  adw_preferences_group_add (self->form_group, GTK_WIDGET (self->deadline_row));

  self->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("Note (optional)"));
  adw_preferences_group_add (self->form_group, GTK_WIDGET (self->note_row));

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0.0f);
  gtk_widget_set_margin_top (GTK_WIDGET (self->message), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "field-message");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  adw_preferences_group_add (self->form_group, GTK_WIDGET (self->message));

  button = gtk_button_new_with_mnemonic (_("_Add Event"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "history.add");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  adw_preferences_group_add (self->form_group, button);

  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (riaya_editor_history_revalidate), self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (on_form_changed), self);
  g_signal_connect_swapped (self->date_row, "entry-activated", G_CALLBACK (on_date_row_apply), self);
  g_signal_connect_swapped (self->deadline_row, "changed", G_CALLBACK (on_form_changed), self);
  g_signal_connect_swapped (self->note_row, "changed", G_CALLBACK (on_form_changed), self);

  return GTK_WIDGET (self->form_group);
}

static void
build (RiayaEditorHistory *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  AdwPreferencesGroup *events_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *placeholder;
  GtkCustomSorter *sorter;
  GListModel *events = riaya_institution_get_events (self->draft);
  guint n = g_list_model_get_n_items (events);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);

      if (self->saved)
        g_hash_table_add (self->stored_events, g_strdup (riaya_licence_event_get_uuid (event)));
    }

  adw_preferences_group_set_title (events_group, _("Licence History"));
  self->status_badge = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->status_badge), GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (events_group, GTK_WIDGET (self->status_badge));

  self->events_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->events_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->events_list), "boxed-list");
  placeholder = gtk_label_new (self->saved
                               ? _("No events recorded.")
                               : _("The history starts with the grant of the licence, "
                                   "recorded on the licence date when you save."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->events_list, placeholder);

  sorter = gtk_custom_sorter_new (compare_newest_first, NULL, NULL);
  self->sorted_events = gtk_sort_list_model_new (g_object_ref (events), GTK_SORTER (sorter));
  gtk_list_box_bind_model (self->events_list, G_LIST_MODEL (self->sorted_events),
                           create_event_row, self, NULL);
  adw_preferences_group_add (events_group, GTK_WIDGET (self->events_list));

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (events_group));
  gtk_box_append (GTK_BOX (box), build_form (self));
  /* An institution not saved yet has no licence history to add to. */
  gtk_widget_set_visible (GTK_WIDGET (self->form_group), self->saved);

  adw_bin_set_child (ADW_BIN (self), box);
}

static void
riaya_editor_history_dispose (GObject *object)
{
  RiayaEditorHistory *self = RIAYA_EDITOR_HISTORY (object);

  if (self->events_list != NULL)
    gtk_list_box_bind_model (self->events_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->sorted_events);
  g_clear_object (&self->draft);
  g_clear_pointer (&self->stored_events, g_hash_table_unref);
  g_clear_pointer (&self->message_text, g_free);

  G_OBJECT_CLASS (riaya_editor_history_parent_class)->dispose (object);
}

static void
riaya_editor_history_class_init (RiayaEditorHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = riaya_editor_history_dispose;

  /**
   * RiayaEditorHistory::changed:
   *
   * An event was added to the draft's history.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "history.add", NULL, add_activated);
}

static void
riaya_editor_history_init (RiayaEditorHistory *self)
{
  self->stored_events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

RiayaEditorHistory *
riaya_editor_history_new (RiayaInstitution *draft,
                          gboolean          saved)
{
  RiayaEditorHistory *self;

  g_return_val_if_fail (RIAYA_IS_INSTITUTION (draft), NULL);

  self = g_object_new (RIAYA_TYPE_EDITOR_HISTORY, NULL);
  self->draft = g_object_ref (draft);
  self->saved = saved;
  build (self);
  riaya_editor_history_revalidate (self);

  return self;
}

GtkWidget *
riaya_editor_history_get_field (RiayaEditorHistory *self,
                                const char         *name)
{
  g_return_val_if_fail (RIAYA_IS_EDITOR_HISTORY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "event-kind"))
    return GTK_WIDGET (self->kind_row);
  if (g_str_equal (name, "event-date"))
    return GTK_WIDGET (self->date_row);
  if (g_str_equal (name, "event-deadline"))
    return GTK_WIDGET (self->deadline_row);
  if (g_str_equal (name, "event-note"))
    return GTK_WIDGET (self->note_row);

  return NULL;
}

const char *
riaya_editor_history_get_message (RiayaEditorHistory *self)
{
  g_return_val_if_fail (RIAYA_IS_EDITOR_HISTORY (self), NULL);
  return self->message_text;
}

GtkLabel *
riaya_editor_history_get_status (RiayaEditorHistory *self)
{
  g_return_val_if_fail (RIAYA_IS_EDITOR_HISTORY (self), NULL);
  return self->status_badge;
}
