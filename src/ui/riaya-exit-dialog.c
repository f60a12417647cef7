/* riaya-exit-dialog.c — recording a beneficiary's exit or transfer
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exit date and its reason close a line of the register (decree
 * 2.19.693 art. 11). A transfer to an institution of the same database is
 * one step: the store closes this stay and opens the other, linked both
 * ways; to an institution elsewhere, its licence number is recorded.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-exit-dialog-private.h"
#include "riaya-resident-form-private.h"
#include "riaya-store-residents.h"
#include "riaya-ui-util.h"

typedef enum
{
  FIELD_DATE,
  FIELD_REASON,
  FIELD_DESTINATION,
  FIELD_LICENCE,
  N_FIELDS
} Field;

struct _RiayaExitDialog
{
  AdwWindow          parent_instance;

  RiayaContext      *context;
  RiayaStay         *stay;               /* the store's copy, checked here */
  GPtrArray         *destination_uuids;  /* parallel to destination_row; NULL: "choose" */
  RiayaFieldState    fields[N_FIELDS];
  RiayaAdmitFlags    flags;
  gboolean           filling;
  gboolean           valid;
  char              *form_error;
  GtkWidget         *confirm_dialog;     /* weak */

  /* Template widgets */
  GtkWidget         *save_button;
  GtkLabel          *summary_name;
  GtkLabel          *summary_stay;
  GtkRevealer       *form_revealer;
  GtkLabel          *form_message;
  GtkWidget         *date_row;
  GtkWidget         *reason_row;
  GtkWidget         *transfer_group;
  GtkWidget         *here_row;
  GtkWidget         *here_check;
  GtkWidget         *destination_row;
  GtkWidget         *elsewhere_check;
  GtkWidget         *licence_row;
};

G_DEFINE_FINAL_TYPE (RiayaExitDialog, riaya_exit_dialog, ADW_TYPE_WINDOW)

enum {
  EXITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const field_names[N_FIELDS] = { "date", "reason", "destination", "licence" };

/* The reason chosen, or -1 while the row still says "Choose a reason". */
static int
chosen_reason (RiayaExitDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->reason_row));

  return selected >= 1 && selected <= RIAYA_N_EXIT_REASONS ? (int) selected - 1 : -1;
}

static const char *
chosen_destination (RiayaExitDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->destination_row));

  return selected < self->destination_uuids->len ? g_ptr_array_index (self->destination_uuids, selected) : NULL;
}

static gboolean
to_database (RiayaExitDialog *self)
{
  return gtk_check_button_get_active (GTK_CHECK_BUTTON (self->here_check));
}

static char *
dup_text (GtkWidget *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_form_error (RiayaExitDialog *self,
                const char      *message)
{
  g_free (self->form_error);
  self->form_error = g_strdup (message);
  gtk_label_set_text (self->form_message, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->form_revealer, message != NULL);
}

static void
validate (RiayaExitDialog *self)
{
  g_autofree char *date = dup_text (self->date_row);
  g_autofree char *licence = dup_text (self->licence_row);
  int reason = chosen_reason (self);
  gboolean transfer = reason == RIAYA_EXIT_REASON_TRANSFER;
  gboolean here = to_database (self);
  const char *first_error = NULL;
  g_autoptr(GError) error = NULL;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  gtk_widget_set_visible (self->transfer_group, transfer);
  gtk_widget_set_sensitive (self->destination_row, here);
  gtk_widget_set_sensitive (self->licence_row, !here);

  if (!riaya_validate_past_date (date, _("Date of exit"), NULL, &error))
    _riaya_field_state_set_error (&self->fields[FIELD_DATE], error->message,
                                  g_error_matches (error, RIAYA_VALIDATION_ERROR,
                                                   RIAYA_VALIDATION_ERROR_FUTURE_DATE));
  else
    _riaya_field_state_set_error (&self->fields[FIELD_DATE], NULL, FALSE);
  g_clear_error (&error);

  _riaya_field_state_set_error (&self->fields[FIELD_REASON],
                                reason < 0 ? _("Choose why the beneficiary left.") : NULL, FALSE);

  _riaya_field_state_set_error (&self->fields[FIELD_DESTINATION],
                                transfer && here && chosen_destination (self) == NULL
                                ? _("Choose the institution that takes the beneficiary in.") : NULL,
                                FALSE);

  if (transfer && !here && !riaya_validate_licence_number (licence, &error))
    _riaya_field_state_set_error (&self->fields[FIELD_LICENCE], error->message, FALSE);
  else
    _riaya_field_state_set_error (&self->fields[FIELD_LICENCE], NULL, FALSE);
  g_clear_error (&error);

  for (Field f = 0; f < N_FIELDS && first_error == NULL; f++)
    first_error = self->fields[f].error;

  /* What core checks of the stay as a whole once each field passes: not
   * before the admission, not gone already. */
  if (first_error == NULL)
    {
      riaya_stay_set_destination_licence (self->stay, transfer && !here ? licence : NULL);
      if (!riaya_stay_check_exit (self->stay, date, reason, NULL, &error))
        {
          if (g_error_matches (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE))
            set_form_error (self, error->message);
          else
            _riaya_field_state_set_error (&self->fields[FIELD_DATE], error->message, TRUE);
          first_error = error->message;
        }
      else
        set_form_error (self, NULL);
    }
  else if (self->form_error != NULL)
    set_form_error (self, NULL);

  self->valid = first_error == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exit.save", self->valid);
  /* Save is off until all is well; hovering it says what is missing. */
  gtk_widget_set_tooltip_text (self->save_button, first_error);
}

static void
on_touched (gpointer data)
{
  validate (data);
}

static void
on_date_changed (GtkEditable     *editable,
                 RiayaExitDialog *self)
{
  if (self->filling)
    return;

  self->fields[FIELD_DATE].edited = TRUE;
  /* A date is finished once it has the length of one. */
  if (strlen (gtk_editable_get_text (editable)) >= 10)
    self->fields[FIELD_DATE].touched = TRUE;
  validate (self);
}

static void
on_licence_changed (GtkEditable     *editable,
                    RiayaExitDialog *self)
{
  self->fields[FIELD_LICENCE].edited = TRUE;
  validate (self);
}

static void
on_combo_selected (AdwComboRow     *row,
                   GParamSpec      *pspec,
                   RiayaExitDialog *self)
{
  if (self->filling)
    return;

  if (GTK_WIDGET (row) == self->reason_row)
    self->fields[FIELD_REASON].touched = TRUE;
  else
    self->fields[FIELD_DESTINATION].touched = TRUE;
  validate (self);
}

static void
on_destination_toggled (GtkCheckButton  *check,
                        RiayaExitDialog *self)
{
  validate (self);
}

/* Saving */

static void try_save (RiayaExitDialog *self);

static gboolean
retry_idle (gpointer user_data)
{
  RiayaExitDialog *self = user_data;

  /* Once the question, which is this dialog's transient child, is gone. */
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    try_save (self);
  return G_SOURCE_REMOVE;
}

static void
on_confirm_response (AdwMessageDialog *dialog,
                     const char       *response,
                     RiayaExitDialog  *self)
{
  /* Answered: the question closes itself and no longer holds the save. */
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->confirm_dialog);
  self->confirm_dialog = NULL;
  if (g_str_equal (response, RIAYA_RESPONSE_ADMIT))
    {
      self->flags |= RIAYA_ADMIT_ALLOW_OVER_CAPACITY;
      g_idle_add_full (G_PRIORITY_DEFAULT, retry_idle, g_object_ref (self), g_object_unref);
    }
  else
    self->flags = RIAYA_ADMIT_DEFAULT;
}

static void
try_save (RiayaExitDialog *self)
{
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autofree char *date = dup_text (self->date_row);
  g_autofree char *licence = dup_text (self->licence_row);
  g_autofree char *new_stay_uuid = NULL;
  g_autoptr(GError) error = NULL;
  int reason = chosen_reason (self);
  const char *destination = NULL;

  if (reason == RIAYA_EXIT_REASON_TRANSFER)
    destination = to_database (self) ? chosen_destination (self) : licence;

  if (!riaya_store_record_exit (store, riaya_stay_get_uuid (self->stay), date, reason, destination,
                                self->flags, &new_stay_uuid, &error))
    {
      /* The institution that takes the person in is full: ask, naming
       * the numbers, then try again with the answer. */
      if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OVER_CAPACITY) &&
          !(self->flags & RIAYA_ADMIT_ALLOW_OVER_CAPACITY))
        {
          GtkWidget *dialog = _riaya_over_capacity_dialog_new (GTK_WINDOW (self), error->message);

          g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response), self, 0);
          self->confirm_dialog = dialog;
          g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->confirm_dialog);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }

      /* Refused: everything chosen stays, and the reason is on top. */
      self->flags = RIAYA_ADMIT_DEFAULT;
      set_form_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[EXITED], 0, riaya_stay_get_uuid (self->stay));
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RiayaExitDialog *self = RIAYA_EXIT_DIALOG (widget);

  for (Field f = 0; f < N_FIELDS; f++)
    self->fields[f].touched = TRUE;
  validate (self);
  if (!self->valid || self->confirm_dialog != NULL)
    return;

  self->flags = RIAYA_ADMIT_DEFAULT;
  try_save (self);
}

/* Construction */

static void
fill_destinations (RiayaExitDialog *self)
{
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) shown = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = riaya_ui_label_factory_new (36);
  g_autoptr(GtkListItemFactory) list_factory = riaya_ui_label_factory_new (0);
  RiayaCategory category = riaya_stay_get_category (self->stay);
  guint n = institutions != NULL ? g_list_model_get_n_items (institutions) : 0;

  g_ptr_array_set_size (self->destination_uuids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      g_autofree char *label = NULL;

      /* Law 65.15 art. 3: only an institution that serves the person's
       * category can take them in. */
      if (g_strcmp0 (riaya_institution_get_uuid (institution), riaya_stay_get_institution_uuid (self->stay)) == 0 ||
          !riaya_institution_type_serves (riaya_institution_get_institution_type (institution), category))
        continue;

      /* Translators: an institution in a list: its name, then its licence number */
      label = g_strdup_printf (_("%1$s · %2$s"), riaya_institution_get_display_name (institution),
                               riaya_institution_get_licence_number (institution));
      gtk_string_list_append (shown, label);
      g_ptr_array_add (self->destination_uuids, g_strdup (riaya_institution_get_uuid (institution)));
    }

  /* One is the answer; several need a choice, which is not the first by
   * default. */
  if (self->destination_uuids->len != 1)
    {
      gtk_string_list_append (labels, self->destination_uuids->len > 0
                              ? _("Choose an institution") : _("None takes this category"));
      g_ptr_array_insert (self->destination_uuids, 0, NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (shown)); i++)
    gtk_string_list_append (labels, gtk_string_list_get_string (shown, i));

  adw_combo_row_set_factory (ADW_COMBO_ROW (self->destination_row), factory);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (self->destination_row), list_factory);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->destination_row), G_LIST_MODEL (labels));

  if (self->destination_uuids->len == 1 && g_ptr_array_index (self->destination_uuids, 0) == NULL)
    {
      /* Nowhere in this database: the licence of one elsewhere. */
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->here_row),
                                   _("No other institution of this database takes this category."));
      gtk_widget_set_sensitive (self->here_row, FALSE);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->elsewhere_check), TRUE);
    }
}

static void
fill_summary (RiayaExitDialog *self)
{
  RiayaResident *resident = riaya_stay_get_resident (self->stay);
  g_autofree char *name = resident != NULL ? riaya_resident_dup_display_name (resident) : NULL;
  g_autofree char *line = NULL;
  const char *institution = riaya_stay_get_institution_name (self->stay);

  /* Translators: under a person's name: their register number, category,
   * admission date and institution, as "No. 12 · Schoolchildren · admitted
   * 2024-09-01 · Dar Taliba Assilah" */
  line = g_strdup_printf (_("No. %1$u · %2$s · admitted %3$s · %4$s"),
                          riaya_stay_get_register_number (self->stay),
                          riaya_category_to_label (riaya_stay_get_category (self->stay)),
                          riaya_stay_get_admitted_on (self->stay),
                          institution != NULL ? institution : "");
  gtk_label_set_text (self->summary_name, name != NULL ? name : "");
  gtk_label_set_text (self->summary_stay, line);
}

static gboolean
riaya_exit_dialog_close_request (GtkWindow *window)
{
  RiayaExitDialog *self = RIAYA_EXIT_DIALOG (window);

  /* Not while the question about places is open: it belongs to this
   * dialog's save. */
  if (self->confirm_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->confirm_dialog));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (riaya_exit_dialog_parent_class)->close_request (window);
}

static void
riaya_exit_dialog_dispose (GObject *object)
{
  RiayaExitDialog *self = RIAYA_EXIT_DIALOG (object);

  if (self->confirm_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->confirm_dialog), (gpointer *) &self->confirm_dialog);
  self->confirm_dialog = NULL;
  g_clear_object (&self->stay);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_exit_dialog_parent_class)->dispose (object);
}

static void
riaya_exit_dialog_finalize (GObject *object)
{
  RiayaExitDialog *self = RIAYA_EXIT_DIALOG (object);

  for (Field f = 0; f < N_FIELDS; f++)
    _riaya_field_state_clear (&self->fields[f]);
  g_free (self->form_error);
  g_ptr_array_unref (self->destination_uuids);

  G_OBJECT_CLASS (riaya_exit_dialog_parent_class)->finalize (object);
}

static void
riaya_exit_dialog_class_init (RiayaExitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = riaya_exit_dialog_dispose;
  object_class->finalize = riaya_exit_dialog_finalize;
  window_class->close_request = riaya_exit_dialog_close_request;

  /**
   * RiayaExitDialog::exited:
   * @stay_uuid: the stay that was closed
   */
  signals[EXITED] =
    g_signal_new ("exited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/riaya/Riaya/riaya-exit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, summary_name);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, summary_stay);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, form_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, form_message);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, transfer_group);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, here_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, here_check);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, destination_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, elsewhere_check);
  gtk_widget_class_bind_template_child (widget_class, RiayaExitDialog, licence_row);

  gtk_widget_class_install_action (widget_class, "exit.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "exit.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
riaya_exit_dialog_init (RiayaExitDialog *self)
{
  g_autoptr(GtkStringList) reasons = gtk_string_list_new (NULL);
  GtkWidget *rows[N_FIELDS];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->destination_uuids = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);

  rows[FIELD_DATE] = self->date_row;
  rows[FIELD_REASON] = self->reason_row;
  rows[FIELD_DESTINATION] = self->destination_row;
  rows[FIELD_LICENCE] = self->licence_row;
  for (Field f = 0; f < N_FIELDS; f++)
    _riaya_field_state_attach (&self->fields[f], rows[f], NULL);

  _riaya_date_row_add_calendar (ADW_ENTRY_ROW (self->date_row));
  _riaya_field_state_watch_entry (&self->fields[FIELD_DATE], on_touched, self);
  _riaya_field_state_watch_entry (&self->fields[FIELD_LICENCE], on_touched, self);
  riaya_ui_set_text_direction (self->date_row, "ltr");
  riaya_ui_set_text_direction (self->licence_row, "ltr");

  gtk_string_list_append (reasons, _("Choose a reason"));
  for (guint r = 0; r < RIAYA_N_EXIT_REASONS; r++)
    gtk_string_list_append (reasons, riaya_exit_reason_to_label (r));
  self->filling = TRUE;
  /* "Transfer to another institution" is long: let the row show it. */
  {
    g_autoptr(GtkListItemFactory) factory = riaya_ui_label_factory_new (40);
    g_autoptr(GtkListItemFactory) list_factory = riaya_ui_label_factory_new (0);

    adw_combo_row_set_factory (ADW_COMBO_ROW (self->reason_row), factory);
    adw_combo_row_set_list_factory (ADW_COMBO_ROW (self->reason_row), list_factory);
  }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->reason_row), G_LIST_MODEL (reasons));
  self->filling = FALSE;

  g_signal_connect (self->date_row, "changed", G_CALLBACK (on_date_changed), self);
  g_signal_connect (self->licence_row, "changed", G_CALLBACK (on_licence_changed), self);
  g_signal_connect (self->reason_row, "notify::selected", G_CALLBACK (on_combo_selected), self);
  g_signal_connect (self->destination_row, "notify::selected", G_CALLBACK (on_combo_selected), self);
  g_signal_connect (self->here_check, "toggled", G_CALLBACK (on_destination_toggled), self);
}

RiayaExitDialog *
riaya_exit_dialog_new (GtkWindow    *parent,
                       RiayaContext *context,
                       RiayaStay    *stay)
{
  RiayaExitDialog *self;
  g_autofree char *today = riaya_date_today_iso ();
  g_autoptr(RiayaStay) stored = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (RIAYA_IS_STAY (stay), NULL);

  self = g_object_new (RIAYA_TYPE_EXIT_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);

  /* The stay as the store holds it now: another window may have closed
   * it since @stay was read. */
  stored = riaya_store_get_stay (riaya_context_get_store (context), riaya_stay_get_uuid (stay), NULL);
  self->stay = stored != NULL ? g_steal_pointer (&stored) : g_object_ref (stay);

  fill_summary (self);
  self->filling = TRUE;
  fill_destinations (self);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  self->filling = FALSE;

  validate (self);

  return self;
}

GtkWidget *
_riaya_exit_dialog_get_field (RiayaExitDialog *self,
                              const char      *name)
{
  g_return_val_if_fail (RIAYA_IS_EXIT_DIALOG (self), NULL);

  if (g_str_equal (name, "to-database"))
    return self->here_check;
  if (g_str_equal (name, "elsewhere"))
    return self->elsewhere_check;
  for (Field f = 0; f < N_FIELDS; f++)
    {
      if (g_str_equal (field_names[f], name))
        return self->fields[f].row;
    }

  return NULL;
}

const char *
_riaya_exit_dialog_get_message (RiayaExitDialog *self,
                                const char      *name)
{
  g_return_val_if_fail (RIAYA_IS_EXIT_DIALOG (self), NULL);

  if (g_str_equal (name, "form"))
    return self->form_error;
  for (Field f = 0; f < N_FIELDS; f++)
    {
      if (g_str_equal (field_names[f], name))
        return _riaya_field_state_get_shown (&self->fields[f]);
    }

  return NULL;
}

gboolean
_riaya_exit_dialog_can_save (RiayaExitDialog *self)
{
  g_return_val_if_fail (RIAYA_IS_EXIT_DIALOG (self), FALSE);
  return gtk_widget_get_sensitive (self->save_button);
}
