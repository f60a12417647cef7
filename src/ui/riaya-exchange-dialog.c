/* riaya-exchange-dialog.c — exporting an exchange file: the form
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a database may export follows from who keeps it (exchange.md): a
 * director sends their institutions to the provincial delegation, a
 * delegate their province (or one institution) to the Entraide
 * Nationale, national staff any part of the registry. The nominative
 * register leaves a director's machine only when asked for, and only
 * once the user has read what it holds: names, CNIE numbers, birth
 * places, health and guardians are personal data that Law 09-08 (arts 3,
 * 12-1, 23–24) protects. The file itself is written by
 * riaya-exchange-dialog-job.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-exchange-dialog-private.h"
#include "riaya-resident-form-private.h"
#include "riaya-store-exchange.h"
#include "riaya-store-residents.h"
#include "riaya-ui-util.h"

G_DEFINE_FINAL_TYPE (RiayaExchangeDialog, riaya_exchange_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PERIOD_YEAR,
  PERIOD_DATES,
};

/* The period */

gboolean
_riaya_exchange_dialog_get_period (RiayaExchangeDialog  *self,
                                   char                **from,
                                   char                **to)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (adw_combo_row_get_selected (self->period_row) == PERIOD_YEAR)
    {
      int year = gtk_spin_button_get_value_as_int (self->year_spin);

      first = g_strdup_printf ("%04d-01-01", year);
      last = g_strdup_printf ("%04d-12-31", year);
    }
  else
    {
      first = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->from_row))));
      last = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->to_row))));
      if (!riaya_date_parse (first, NULL, NULL) || !riaya_date_parse (last, NULL, NULL) ||
          riaya_date_compare (first, last) > 0 ||
          /* What an exchange file may carry (docs/exchange-format.md). */
          g_strcmp0 (first, "1900-01-01") < 0 || g_strcmp0 (last, "2100-12-31") > 0)
        return FALSE;
    }

  if (from != NULL)
    *from = g_steal_pointer (&first);
  if (to != NULL)
    *to = g_steal_pointer (&last);
  return TRUE;
}

/* Why the dates typed cannot be a period, or NULL. */
static char *
dup_period_problem (RiayaExchangeDialog *self)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (adw_combo_row_get_selected (self->period_row) == PERIOD_YEAR)
    return NULL;

  first = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->from_row))));
  last = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->to_row))));
  if (*first == '\0' || *last == '\0')
    return g_strdup (_("Write the first and the last day of the period, as year-month-day: 2026-01-01."));
  if (!riaya_date_parse (first, NULL, NULL))
    /* Translators: %s is what was typed */
    return g_strdup_printf (_("“%s” is not a date: write the first day as year-month-day, for example 2026-01-01."),
                            first);
  if (!riaya_date_parse (last, NULL, NULL))
    /* Translators: %s is what was typed */
    return g_strdup_printf (_("“%s” is not a date: write the last day as year-month-day, for example 2026-12-31."),
                            last);
  if (riaya_date_compare (first, last) > 0)
    return g_strdup (_("The period ends before it starts: put the earlier day first."));
  if (g_strcmp0 (first, "1900-01-01") < 0 || g_strcmp0 (last, "2100-12-31") > 0)
    return g_strdup (_("An exchange file covers days from 1900 to 2100: choose a period within them."));

  return NULL;
}

/* The register */

/* Whether @stay was in the institution on one day of @from … @to: the
 * stays the file's register holds (riaya-exchange-writer-register.c). */
static gboolean
stay_in_period (RiayaStay  *stay,
                const char *from,
                const char *to)
{
  const char *exited = riaya_stay_get_exited_on (stay);

  return g_strcmp0 (riaya_stay_get_admitted_on (stay), to) <= 0 &&
         (exited == NULL || g_strcmp0 (exited, from) >= 0);
}

static void
count_people (RiayaStore       *store,
              RiayaInstitution *institution,
              const char       *from,
              const char       *to,
              GHashTable       *people)
{
  g_autoptr(GListModel) stays = riaya_store_list_stays (store, riaya_institution_get_uuid (institution), NULL, NULL);
  guint n = stays != NULL ? g_list_model_get_n_items (stays) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, i);
      RiayaResident *resident = riaya_stay_get_resident (stay);

      if (resident != NULL && stay_in_period (stay, from, to))
        g_hash_table_add (people, g_strdup (riaya_resident_get_uuid (resident)));
    }
}

/* How many people the file's register would name: a director's register
 * is hundreds of lines, read here at once. */
static guint
count_residents (RiayaExchangeDialog *self)
{
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!_riaya_exchange_dialog_get_period (self, &from, &to))
    return 0;

  if (_riaya_exchange_dialog_get_scope (self) == RIAYA_EXPORT_SCOPE_INSTITUTION)
    {
      if (self->institution != NULL)
        count_people (store, self->institution, from, to, people);
    }
  else if (self->institutions != NULL)
    {
      guint n = g_list_model_get_n_items (self->institutions);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RiayaInstitution) institution = g_list_model_get_item (self->institutions, i);

          count_people (store, institution, from, to, people);
        }
    }

  return g_hash_table_size (people);
}

/* The form's state */

static void
update_state (RiayaExchangeDialog *self)
{
  RiayaExportScope scope = _riaya_exchange_dialog_get_scope (self);
  gboolean dates = adw_combo_row_get_selected (self->period_row) == PERIOD_DATES;
  gboolean with_register = self->keeps_registers && gtk_switch_get_active (self->register_switch);
  g_autofree char *period_problem = dup_period_problem (self);
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->institution_row), scope == RIAYA_EXPORT_SCOPE_INSTITUTION);
  gtk_widget_set_visible (GTK_WIDGET (self->province_row), scope == RIAYA_EXPORT_SCOPE_PROVINCE);
  gtk_widget_set_visible (self->year_row, !dates);
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), dates);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), dates);

  if (self->institution != NULL)
    /* Translators: an institution in a list: its name, then its licence number */
    subtitle = g_strdup_printf (_("%1$s · %2$s"), riaya_institution_get_display_name (self->institution),
                                riaya_institution_get_licence_number (self->institution));
  adw_action_row_set_subtitle (self->institution_row, subtitle != NULL ? subtitle : _("None chosen yet"));

  /* Said before the file is saved, with the number of people it names:
   * what leaves the machine is plain to see (exchange.md "Content"). */
  gtk_revealer_set_reveal_child (self->warning_revealer, with_register);
  if (with_register)
    {
      g_autofree char *count = NULL;
      g_autofree char *warning = NULL;

      self->n_residents = count_residents (self);
      count = riaya_ui_format_count (self->n_residents);
      warning = g_strdup_printf (/* Translators: %s is a number of residents */
                                 ngettext ("The file will hold the names, identity card numbers, birth places, health and guardians of %s resident, as the register holds them. "
                                           "This personal data, protected by Law 09-08, leaves this computer with the file: send it only to whom the law allows, and keep it as safe as the register.",
                                           "The file will hold the names, identity card numbers, birth places, health and guardians of %s residents, as the register holds them. "
                                           "This personal data, protected by Law 09-08, leaves this computer with the file: send it only to whom the law allows, and keep it as safe as the register.",
                                           self->n_residents),
                                 count);
      gtk_label_set_text (self->warning_label, warning);
    }
  else if (gtk_check_button_get_active (self->confirm_check))
    /* Turned off and on again, the warning is read again. */
    gtk_check_button_set_active (self->confirm_check, FALSE);

  g_clear_pointer (&self->problem, g_free);
  if (scope == RIAYA_EXPORT_SCOPE_INSTITUTION && self->institution == NULL)
    self->problem = g_strdup (_("Choose the institution to export."));
  else if (scope == RIAYA_EXPORT_SCOPE_PROVINCE &&
           g_ptr_array_index (self->province_codes, adw_combo_row_get_selected (self->province_row)) == NULL)
    self->problem = g_strdup (_("Choose the province or prefecture to export."));
  else if (period_problem != NULL)
    self->problem = g_steal_pointer (&period_problem);
  else if (with_register && !gtk_check_button_get_active (self->confirm_check))
    self->problem = g_strdup (_("The file would hold the register: read what it holds, and confirm that this personal data may leave this computer."));

  /* A date being typed is not yet a mistake: only a message shown
   * already follows what is typed. */
  if (gtk_revealer_get_reveal_child (self->form_revealer))
    _riaya_exchange_dialog_show_message (self, self->problem);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exchange.export",
                                 self->problem == NULL && self->cancellable == NULL);
}

/* Callbacks */

static void
on_form_changed (RiayaExchangeDialog *self)
{
  update_state (self);
}

static void
on_institution_chosen (RiayaInstitutionChooser *chooser,
                       RiayaInstitution        *institution,
                       RiayaExchangeDialog     *self)
{
  _riaya_exchange_dialog_choose_institution (self, institution);
}

/* Actions */

static void
on_chooser_response (GtkNativeDialog     *chooser,
                     int                  response,
                     RiayaExchangeDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        riaya_exchange_dialog_export_to (self, path);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RiayaExchangeDialog *self = RIAYA_EXCHANGE_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  update_state (self);
  if (self->problem != NULL)
    {
      _riaya_exchange_dialog_show_message (self, self->problem);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Save the Exchange File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Exchange files"));
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = _riaya_exchange_dialog_dup_file_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RiayaExchangeDialog *self = RIAYA_EXCHANGE_DIALOG (widget);

  /* Stop stops the export and keeps the form, to try again. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Overrides */

static gboolean
riaya_exchange_dialog_close_request (GtkWindow *window)
{
  RiayaExchangeDialog *self = RIAYA_EXCHANGE_DIALOG (window);

  /* Closing stops the export; the dialog goes once the worker has let go
   * of the file (nothing is left half-written). */
  if (self->cancellable != NULL)
    {
      self->close_when_done = TRUE;
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (riaya_exchange_dialog_parent_class)->close_request (window);
}

static void
riaya_exchange_dialog_dispose (GObject *object)
{
  RiayaExchangeDialog *self = RIAYA_EXCHANGE_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  _riaya_exchange_dialog_release (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RIAYA_TYPE_EXCHANGE_DIALOG);

  G_OBJECT_CLASS (riaya_exchange_dialog_parent_class)->dispose (object);
}

static void
riaya_exchange_dialog_finalize (GObject *object)
{
  RiayaExchangeDialog *self = RIAYA_EXCHANGE_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_object (&self->institutions);
  g_clear_object (&self->institution);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->scopes, g_array_unref);
  g_clear_pointer (&self->province_codes, g_ptr_array_unref);
  g_free (self->own_province);
  g_free (self->problem);

  G_OBJECT_CLASS (riaya_exchange_dialog_parent_class)->finalize (object);
}

static void
riaya_exchange_dialog_class_init (RiayaExchangeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = riaya_exchange_dialog_dispose;
  object_class->finalize = riaya_exchange_dialog_finalize;
  window_class->close_request = riaya_exchange_dialog_close_request;

  /**
   * RiayaExchangeDialog::exported:
   * @path: the file written
   * @message: a sentence saying how much went where, for a toast
   */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/riaya/Riaya/riaya-exchange-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, form_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, form_message);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, institution_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, institution_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, province_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, register_group);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, register_switch);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, warning_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, confirm_check);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaExchangeDialog, progress_bar);

  gtk_widget_class_install_action (widget_class, "exchange.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "exchange.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
riaya_exchange_dialog_init (RiayaExchangeDialog *self)
{
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);
  g_autofree char *today = riaya_date_today_iso ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->scopes = g_array_new (FALSE, FALSE, sizeof (RiayaExportScope));
  self->province_codes = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (periods, _("A calendar year"));
  gtk_string_list_append (periods, _("From one day to another"));
  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (periods));
  gtk_spin_button_set_value (self->year_spin, g_ascii_strtod (today, NULL));
  _riaya_date_row_add_calendar (self->from_row);
  _riaya_date_row_add_calendar (self->to_row);
  /* Dates and file names read left to right in Arabic too. */
  riaya_ui_set_text_direction (GTK_WIDGET (self->from_row), "ltr");
  riaya_ui_set_text_direction (GTK_WIDGET (self->to_row), "ltr");

  self->chooser = RIAYA_INSTITUTION_CHOOSER (riaya_institution_chooser_new (NULL));
  gtk_menu_button_set_popover (self->institution_button, GTK_WIDGET (self->chooser));
  g_signal_connect (self->chooser, "chosen", G_CALLBACK (on_institution_chosen), self);

  g_signal_connect_swapped (self->scope_row, "notify::selected", G_CALLBACK (on_form_changed), self);
  g_signal_connect_swapped (self->province_row, "notify::selected", G_CALLBACK (on_form_changed), self);
  g_signal_connect_swapped (self->period_row, "notify::selected", G_CALLBACK (on_form_changed), self);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (on_form_changed), self);
  g_signal_connect_swapped (self->from_row, "changed", G_CALLBACK (on_form_changed), self);
  g_signal_connect_swapped (self->to_row, "changed", G_CALLBACK (on_form_changed), self);
  g_signal_connect_swapped (self->register_switch, "notify::active", G_CALLBACK (on_form_changed), self);
  g_signal_connect_swapped (self->confirm_check, "notify::active", G_CALLBACK (on_form_changed), self);
}

/* Private API */

void
_riaya_exchange_dialog_choose_institution (RiayaExchangeDialog *self,
                                           RiayaInstitution    *institution)
{
  g_set_object (&self->institution, institution);
  update_state (self);
}

gboolean
_riaya_exchange_dialog_can_export (RiayaExchangeDialog *self)
{
  update_state (self);
  return self->problem == NULL && self->cancellable == NULL;
}

const char *
_riaya_exchange_dialog_get_warning (RiayaExchangeDialog *self)
{
  if (!gtk_revealer_get_reveal_child (self->warning_revealer) || !gtk_widget_get_visible (self->register_group))
    return NULL;
  return gtk_label_get_text (self->warning_label);
}

const char *
_riaya_exchange_dialog_get_message (RiayaExchangeDialog *self)
{
  if (!gtk_revealer_get_reveal_child (self->form_revealer))
    return NULL;
  return gtk_label_get_text (self->form_message);
}

gboolean
_riaya_exchange_dialog_is_running (RiayaExchangeDialog *self)
{
  return self->cancellable != NULL;
}

GtkWidget *
_riaya_exchange_dialog_get_field (RiayaExchangeDialog *self,
                                  const char          *name)
{
  static const struct
  {
    const char *name;
    gsize       offset;
  } fields[] = {
    { "scope", G_STRUCT_OFFSET (RiayaExchangeDialog, scope_row) },
    { "institution", G_STRUCT_OFFSET (RiayaExchangeDialog, institution_row) },
    { "province", G_STRUCT_OFFSET (RiayaExchangeDialog, province_row) },
    { "period", G_STRUCT_OFFSET (RiayaExchangeDialog, period_row) },
    { "year", G_STRUCT_OFFSET (RiayaExchangeDialog, year_spin) },
    { "from", G_STRUCT_OFFSET (RiayaExchangeDialog, from_row) },
    { "to", G_STRUCT_OFFSET (RiayaExchangeDialog, to_row) },
    { "register", G_STRUCT_OFFSET (RiayaExchangeDialog, register_switch) },
    { "confirm", G_STRUCT_OFFSET (RiayaExchangeDialog, confirm_check) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (g_str_equal (fields[i].name, name))
        return G_STRUCT_MEMBER (GtkWidget *, self, fields[i].offset);
    }

  g_return_val_if_reached (NULL);
}

/* Public API */

RiayaExchangeDialog *
riaya_exchange_dialog_new (GtkWindow    *parent,
                           RiayaContext *context,
                           GListModel   *institutions)
{
  RiayaExchangeDialog *self;
  RiayaStore *store;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GtkStringList) provinces = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (institutions == NULL || G_IS_LIST_MODEL (institutions), NULL);

  self = g_object_new (RIAYA_TYPE_EXCHANGE_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  store = riaya_context_get_store (context);

  self->profile = RIAYA_PROFILE_NATIONAL;
  riaya_context_get_profile (context, &self->profile, &self->own_province);
  self->keeps_registers = riaya_store_keeps_registers (store);

  if (institutions == NULL)
    institutions = all = riaya_store_list_institutions (store, NULL);
  if (institutions != NULL)
    self->institutions = _riaya_exchange_dialog_dup_choosable (self, institutions);
  riaya_institution_chooser_set_institutions (self->chooser, self->institutions);

  /* "Choose…" first: nothing is exported by surprise. */
  provinces = riaya_ui_province_filter_names (riaya_context_get_provinces (context), NULL,
                                              _("Choose…"), self->province_codes);
  adw_combo_row_set_model (self->province_row, G_LIST_MODEL (provinces));

  _riaya_exchange_dialog_fill_scopes (self);
  /* The register exists only in a director's database (Law 65.15
   * art. 28): elsewhere there is nothing to ask. */
  gtk_widget_set_visible (self->register_group, self->keeps_registers);
  update_state (self);

  return self;
}

void
riaya_exchange_dialog_export_to (RiayaExchangeDialog *self,
                                 const char          *path)
{
  g_return_if_fail (RIAYA_IS_EXCHANGE_DIALOG (self));
  g_return_if_fail (path != NULL);

  update_state (self);
  if (self->cancellable != NULL)
    return;
  if (self->problem != NULL)
    {
      _riaya_exchange_dialog_show_message (self, self->problem);
      return;
    }

  _riaya_exchange_dialog_start (self, path);
}

/* For riaya-exchange-dialog-job.c */

void
_riaya_exchange_dialog_emit_exported (RiayaExchangeDialog *self,
                                      const char          *path,
                                      const char          *message)
{
  g_signal_emit (self, signals[EXPORTED], 0, path, message);
}
