/* riaya-resident-window.c — one person of the register and their history
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The person's own fields and the family's (decree 2.19.693 art. 11),
 * editable, saved with a journal that names the fields changed and never
 * their values; every stay in every institution of the database; and the
 * next step: record the exit of the stay that is open, or admit again.
 * The person's rows are shared with the admission dialog
 * (riaya-resident-form.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-admission-dialog.h"
#include "riaya-exit-dialog.h"
#include "riaya-resident-form-private.h"
#include "riaya-resident-window-private.h"
#include "riaya-store-residents.h"
#include "riaya-ui-util.h"

struct _RiayaResidentWindow
{
  AdwWindow          parent_instance;

  RiayaContext      *context;
  RiayaResidentForm  form;
  GListModel        *stays;              /* RiayaStay, oldest first */
  RiayaStay         *open_stay;          /* the stay not yet closed, if any */
  GPtrArray         *stay_rows;
  GPtrArray         *again_uuids;        /* parallel to again_institution_row */
  char              *form_error;
  GtkWidget         *discard_dialog;     /* weak */
  GtkWidget         *dialog;             /* weak: exit or admission */

  /* Template widgets */
  GtkWidget         *save_button;
  GtkLabel          *summary_name;
  GtkLabel          *summary_status;
  GtkRevealer       *form_revealer;
  GtkLabel          *form_message;
  AdwToastOverlay   *toast_overlay;
  AdwPreferencesGroup *history_group;
  GtkWidget         *exit_button;
  GtkWidget         *again_group;
  GtkWidget         *again_institution_row;
  GtkWidget         *rows[RIAYA_N_RESIDENT_FIELDS];
};

G_DEFINE_FINAL_TYPE (RiayaResidentWindow, riaya_resident_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_form_error (RiayaResidentWindow *self,
                const char          *message)
{
  g_free (self->form_error);
  self->form_error = g_strdup (message);
  gtk_label_set_text (self->form_message, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->form_revealer, message != NULL);
}

static void
validate (RiayaResidentWindow *self)
{
  const char *first_error;
  gboolean valid;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  first_error = _riaya_resident_form_validate (&self->form, NULL);
  valid = first_error == NULL && self->form.dirty;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resident.save", valid);
  gtk_widget_set_tooltip_text (self->save_button, first_error);
}

static void
on_form_changed (gpointer owner)
{
  validate (owner);
}

/* History */

static RiayaStay *
find_stay (RiayaResidentWindow *self,
           const char          *uuid)
{
  guint n = g_list_model_get_n_items (self->stays);

  for (guint i = 0; uuid != NULL && i < n; i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (self->stays, i);

      if (g_strcmp0 (riaya_stay_get_uuid (stay), uuid) == 0)
        return stay;   /* the list keeps its reference */
    }

  return NULL;
}

static const char *
institution_name (RiayaStay *stay)
{
  const char *name = riaya_stay_get_institution_name (stay);

  return name != NULL ? name : _("Unknown institution");
}

static GtkWidget *
stay_row_new (RiayaResidentWindow *self,
              RiayaStay           *stay)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  RiayaStay *linked;

  /* Translators: a stay in the history: the institution and the register number */
  title = g_strdup_printf (_("%1$s · No. %2$u"), institution_name (stay), riaya_stay_get_register_number (stay));

  /* Translators: a stay's category and admission: "Schoolchildren · admitted
   * 2024-09-01 (court order)" */
  g_string_append_printf (subtitle, _("%1$s · admitted %2$s (%3$s)"),
                          riaya_category_to_label (riaya_stay_get_category (stay)),
                          riaya_stay_get_admitted_on (stay),
                          riaya_referral_to_label (riaya_stay_get_referral (stay)));
  /* An open stay says "Present" in a badge instead. */
  if (riaya_stay_get_exited_on (stay) != NULL)
    {
      g_string_append_c (subtitle, '\n');
      /* Translators: a stay's exit: the date and the reason */
      g_string_append_printf (subtitle, _("Left %1$s (%2$s)"), riaya_stay_get_exited_on (stay),
                              riaya_exit_reason_to_label (riaya_stay_get_exit_reason (stay)));
    }

  linked = find_stay (self, riaya_stay_get_transfer_from_uuid (stay));
  if (linked != NULL)
    {
      g_string_append_c (subtitle, '\n');
      /* Translators: %s is an institution's name */
      g_string_append_printf (subtitle, _("Transferred from %s"), institution_name (linked));
    }
  linked = find_stay (self, riaya_stay_get_transfer_to_uuid (stay));
  if (linked != NULL)
    {
      g_string_append_c (subtitle, '\n');
      /* Translators: %s is an institution's name */
      g_string_append_printf (subtitle, _("Transferred to %s"), institution_name (linked));
    }
  else if (riaya_stay_get_destination_licence (stay) != NULL)
    {
      g_string_append_c (subtitle, '\n');
      /* Translators: %s is a licence number */
      g_string_append_printf (subtitle, _("Transferred to the institution of licence %s"),
                              riaya_stay_get_destination_licence (stay));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (riaya_stay_get_exited_on (stay) == NULL)
    {
      GtkWidget *badge = gtk_label_new (C_("badge", "Present"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "status-badge");
      gtk_widget_add_css_class (badge, "status-active");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }

  return row;
}

static void
fill_again_institutions (RiayaResidentWindow *self,
                         RiayaStay           *latest)
{
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (riaya_context_get_store (self->context), NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = riaya_ui_label_factory_new (36);
  g_autoptr(GtkListItemFactory) list_factory = riaya_ui_label_factory_new (0);
  guint n = institutions != NULL ? g_list_model_get_n_items (institutions) : 0;
  guint selected = 0;

  g_ptr_array_set_size (self->again_uuids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      g_autofree char *label = NULL;

      /* Translators: an institution in a list: its name, then its licence number */
      label = g_strdup_printf (_("%1$s · %2$s"), riaya_institution_get_display_name (institution),
                               riaya_institution_get_licence_number (institution));
      /* The last institution they stayed in, by default. */
      if (latest != NULL &&
          g_strcmp0 (riaya_institution_get_uuid (institution), riaya_stay_get_institution_uuid (latest)) == 0)
        selected = self->again_uuids->len;
      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->again_uuids, g_strdup (riaya_institution_get_uuid (institution)));
    }

  adw_combo_row_set_factory (ADW_COMBO_ROW (self->again_institution_row), factory);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (self->again_institution_row), list_factory);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->again_institution_row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->again_institution_row), selected);
}

static void
update_summary (RiayaResidentWindow *self,
                RiayaStay           *latest)
{
  g_autofree char *name = riaya_resident_dup_display_name (self->form.draft);
  g_autofree char *status = NULL;

  if (self->open_stay != NULL)
    /* Translators: "Present in Dar Taliba Assilah since 2024-09-01, register number 12" */
    status = g_strdup_printf (_("Present in %1$s since %2$s, register number %3$u"),
                              institution_name (self->open_stay),
                              riaya_stay_get_admitted_on (self->open_stay),
                              riaya_stay_get_register_number (self->open_stay));
  else if (latest != NULL)
    /* Translators: "Left Dar Taliba Assilah on 2025-06-30" */
    status = g_strdup_printf (_("Left %1$s on %2$s"), institution_name (latest),
                              riaya_stay_get_exited_on (latest));

  gtk_label_set_text (self->summary_name, name);
  gtk_label_set_text (self->summary_status, status != NULL ? status : "");
  gtk_window_set_title (GTK_WINDOW (self), name);
}

static void
load_history (RiayaResidentWindow *self)
{
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStay) latest = NULL;
  guint n;

  for (guint i = 0; i < self->stay_rows->len; i++)
    adw_preferences_group_remove (self->history_group, g_ptr_array_index (self->stay_rows, i));
  g_ptr_array_set_size (self->stay_rows, 0);
  g_clear_object (&self->open_stay);
  g_clear_object (&self->stays);

  self->stays = riaya_store_list_resident_stays (store, riaya_resident_get_uuid (self->form.draft), &error);
  if (self->stays == NULL)
    {
      set_form_error (self, error->message);
      self->stays = G_LIST_MODEL (g_list_store_new (RIAYA_TYPE_STAY));
    }

  n = g_list_model_get_n_items (self->stays);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (self->stays, i);
      GtkWidget *row = stay_row_new (self, stay);

      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->stay_rows, row);
      if (riaya_stay_get_exited_on (stay) == NULL)
        g_set_object (&self->open_stay, stay);
      g_set_object (&latest, stay);
    }

  /* The next step: the exit of the stay that is open, or a new stay. */
  gtk_widget_set_visible (self->exit_button, self->open_stay != NULL);
  gtk_widget_set_visible (self->again_group, self->open_stay == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resident.exit", self->open_stay != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resident.admit-again", self->open_stay == NULL);
  if (self->open_stay == NULL)
    fill_again_institutions (self, latest);

  update_summary (self, latest);
}

/* Reads the person and their stays again, after a dialog saved. */
static void
reload (RiayaResidentWindow *self)
{
  g_autoptr(RiayaResident) stored = NULL;

  stored = riaya_store_get_resident (riaya_context_get_store (self->context),
                                     riaya_resident_get_uuid (self->form.draft), NULL);
  /* What the user typed here and has not saved stays on screen. */
  if (stored != NULL && !self->form.dirty)
    _riaya_resident_form_set_draft (&self->form, stored, TRUE);

  load_history (self);
  validate (self);
}

static void
on_dialog_saved (RiayaResidentWindow *self)
{
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
show_dialog (RiayaResidentWindow *self,
             GtkWidget           *dialog,
             const char          *signal)
{
  g_signal_connect_object (dialog, signal, G_CALLBACK (on_dialog_saved), self, G_CONNECT_SWAPPED);
  if (self->dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
  self->dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RiayaResidentWindow *self = RIAYA_RESIDENT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (_riaya_resident_form_validate (&self->form, NULL) != NULL)
    return;

  /* The journal names the fields that changed, never their values. */
  if (!riaya_store_update_resident (riaya_context_get_store (self->context), self->form.draft, &error))
    {
      set_form_error (self, error->message);
      return;
    }

  set_form_error (self, NULL);
  self->form.dirty = FALSE;
  load_history (self);
  validate (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Saved")));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
exit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RiayaResidentWindow *self = RIAYA_RESIDENT_WINDOW (widget);

  if (self->open_stay == NULL)
    return;

  show_dialog (self, GTK_WIDGET (riaya_exit_dialog_new (GTK_WINDOW (self), self->context, self->open_stay)),
               "exited");
}

static void
admit_again_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RiayaResidentWindow *self = RIAYA_RESIDENT_WINDOW (widget);
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->again_institution_row));
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaResident) person = NULL;
  g_autoptr(GError) error = NULL;
  RiayaAdmissionDialog *dialog;

  if (self->open_stay != NULL || selected >= self->again_uuids->len)
    return;

  institution = riaya_store_get_institution (riaya_context_get_store (self->context),
                                             g_ptr_array_index (self->again_uuids, selected), &error);
  if (institution == NULL)
    {
      set_form_error (self, error->message);
      return;
    }

  /* The person as shown here, edits included: a new stay of theirs. */
  person = riaya_resident_copy (self->form.draft);
  dialog = riaya_admission_dialog_new (GTK_WINDOW (self), self->context, institution);
  riaya_admission_dialog_set_resident (dialog, person);
  show_dialog (self, GTK_WIDGET (dialog), "admitted");
}

static gboolean
close_idle (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (AdwMessageDialog    *dialog,
                     const char          *response,
                     RiayaResidentWindow *self)
{
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
  self->discard_dialog = NULL;
  if (g_str_equal (response, RIAYA_RESPONSE_DISCARD))
    {
      self->form.dirty = FALSE;
      /* Once the question, which is this window's transient child, is gone. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle, g_object_ref (self), g_object_unref);
    }
}

static gboolean
riaya_resident_window_close_request (GtkWindow *window)
{
  RiayaResidentWindow *self = RIAYA_RESIDENT_WINDOW (window);
  GtkWidget *dialog;

  if (!self->form.dirty)
    return GTK_WINDOW_CLASS (riaya_resident_window_parent_class)->close_request (window);

  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return TRUE;
    }

  dialog = _riaya_discard_dialog_new (window, _("The changes to this beneficiary’s record have not been saved."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  self->discard_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
riaya_resident_window_dispose (GObject *object)
{
  RiayaResidentWindow *self = RIAYA_RESIDENT_WINDOW (object);

  if (self->discard_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->discard_dialog), (gpointer *) &self->discard_dialog);
  self->discard_dialog = NULL;
  if (self->dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
  self->dialog = NULL;
  g_clear_object (&self->open_stay);
  g_clear_object (&self->stays);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_resident_window_parent_class)->dispose (object);
}

static void
riaya_resident_window_finalize (GObject *object)
{
  RiayaResidentWindow *self = RIAYA_RESIDENT_WINDOW (object);

  _riaya_resident_form_clear (&self->form);
  g_ptr_array_unref (self->stay_rows);
  g_ptr_array_unref (self->again_uuids);
  g_free (self->form_error);

  G_OBJECT_CLASS (riaya_resident_window_parent_class)->finalize (object);
}

#define BIND_PERSON_ROW(id, field) \
  gtk_widget_class_bind_template_child_full (widget_class, id, FALSE, \
                                             G_STRUCT_OFFSET (RiayaResidentWindow, rows[field]))

static void
riaya_resident_window_class_init (RiayaResidentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = riaya_resident_window_dispose;
  object_class->finalize = riaya_resident_window_finalize;
  window_class->close_request = riaya_resident_window_close_request;

  /**
   * RiayaResidentWindow::changed:
   *
   * The person or their stays were saved: the register shows them anew.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/riaya/Riaya/riaya-resident-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaResidentWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaResidentWindow, summary_name);
  gtk_widget_class_bind_template_child (widget_class, RiayaResidentWindow, summary_status);
  gtk_widget_class_bind_template_child (widget_class, RiayaResidentWindow, form_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaResidentWindow, form_message);
  gtk_widget_class_bind_template_child (widget_class, RiayaResidentWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RiayaResidentWindow, history_group);
  gtk_widget_class_bind_template_child (widget_class, RiayaResidentWindow, exit_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaResidentWindow, again_group);
  gtk_widget_class_bind_template_child (widget_class, RiayaResidentWindow, again_institution_row);
  BIND_PERSON_ROW ("first_name_row", RIAYA_RESIDENT_FIELD_FIRST_NAME);
  BIND_PERSON_ROW ("last_name_row", RIAYA_RESIDENT_FIELD_LAST_NAME);
  BIND_PERSON_ROW ("sex_row", RIAYA_RESIDENT_FIELD_SEX);
  BIND_PERSON_ROW ("birth_date_row", RIAYA_RESIDENT_FIELD_BIRTH_DATE);
  BIND_PERSON_ROW ("birth_place_row", RIAYA_RESIDENT_FIELD_BIRTH_PLACE);
  BIND_PERSON_ROW ("cnie_row", RIAYA_RESIDENT_FIELD_CNIE);
  BIND_PERSON_ROW ("family_status_row", RIAYA_RESIDENT_FIELD_FAMILY_STATUS);
  BIND_PERSON_ROW ("health_status_row", RIAYA_RESIDENT_FIELD_HEALTH_STATUS);
  BIND_PERSON_ROW ("guardian_name_row", RIAYA_RESIDENT_FIELD_GUARDIAN_NAME);
  BIND_PERSON_ROW ("guardian_cnie_row", RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE);
  BIND_PERSON_ROW ("guardian_address_row", RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS);
  BIND_PERSON_ROW ("guardian_phone_row", RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE);
  BIND_PERSON_ROW ("guardian_occupation_row", RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION);
  BIND_PERSON_ROW ("guardian_situation_row", RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION);

  gtk_widget_class_install_action (widget_class, "resident.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "resident.exit", NULL, exit_activated);
  gtk_widget_class_install_action (widget_class, "resident.admit-again", NULL, admit_again_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "resident.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
riaya_resident_window_init (RiayaResidentWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->stay_rows = g_ptr_array_new ();
  self->again_uuids = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  _riaya_resident_form_init (&self->form, self->rows, FALSE, on_form_changed, self);
}

RiayaResidentWindow *
riaya_resident_window_new (GtkWindow    *parent,
                           RiayaContext *context,
                           RiayaStay    *stay)
{
  RiayaResidentWindow *self;
  RiayaResident *resident;
  g_autoptr(RiayaResident) stored = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (RIAYA_IS_STAY (stay), NULL);

  self = g_object_new (RIAYA_TYPE_RESIDENT_WINDOW, "transient-for", parent, NULL);
  self->context = g_object_ref (context);

  /* The person as the store holds them, edited on a copy: nothing
   * reaches the register before Save. */
  resident = riaya_stay_get_resident (stay);
  stored = riaya_store_get_resident (riaya_context_get_store (context), riaya_resident_get_uuid (resident), NULL);
  if (stored == NULL)
    stored = riaya_resident_copy (resident);
  _riaya_resident_form_set_draft (&self->form, stored, TRUE);

  load_history (self);
  validate (self);

  return self;
}

GtkWidget *
_riaya_resident_window_get_field (RiayaResidentWindow *self,
                                  const char          *name)
{
  g_return_val_if_fail (RIAYA_IS_RESIDENT_WINDOW (self), NULL);

  if (g_str_equal (name, "again-institution"))
    return self->again_institution_row;
  return _riaya_resident_form_get_row (&self->form, name);
}

const char *
_riaya_resident_window_get_message (RiayaResidentWindow *self,
                                    const char          *name)
{
  g_return_val_if_fail (RIAYA_IS_RESIDENT_WINDOW (self), NULL);

  if (g_str_equal (name, "form"))
    return self->form_error;
  return _riaya_resident_form_get_message (&self->form, name);
}

gboolean
_riaya_resident_window_can_save (RiayaResidentWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_RESIDENT_WINDOW (self), FALSE);
  return gtk_widget_get_sensitive (self->save_button);
}

guint
_riaya_resident_window_get_n_stays (RiayaResidentWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_RESIDENT_WINDOW (self), 0);
  return self->stay_rows->len;
}

GtkWidget *
_riaya_resident_window_get_stay_row (RiayaResidentWindow *self,
                                     guint                index)
{
  g_return_val_if_fail (RIAYA_IS_RESIDENT_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->stay_rows->len, NULL);
  return g_ptr_array_index (self->stay_rows, index);
}

GtkWindow *
_riaya_resident_window_get_dialog (RiayaResidentWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_RESIDENT_WINDOW (self), NULL);
  return self->dialog != NULL ? GTK_WINDOW (self->dialog) : NULL;
}
