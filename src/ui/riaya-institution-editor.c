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

#include "riaya-institution-editor.h"
#include "riaya-ui-util.h"

typedef enum
{
  FIELD_NAME_AR,
  FIELD_NAME_FR,
  FIELD_TYPE,
  FIELD_FOUNDER,
  FIELD_DIRECTOR,
  FIELD_REGION,
  FIELD_PROVINCE,
  FIELD_COMMUNE,
  FIELD_ADDRESS,
  FIELD_PHONE,
  FIELD_LICENCE_NUMBER,
  FIELD_LICENCE_DATE,
  FIELD_LEGAL_BASIS,
  N_FIELDS
} Field;

/* name: the field's public name; property: the draft's text property it
 * edits (entry rows only); page: where it is shown. */
static const struct
{
  const char *name;
  const char *property;
  const char *page;
} field_info[N_FIELDS] = {
  { "name-ar", "name-ar", "general" },
  { "name-fr", "name-fr", "general" },
  { "type", NULL, "general" },
  { "founder", "founder", "general" },
  { "director", "director", "general" },
  { "region", NULL, "general" },
  { "province", NULL, "general" },
  { "commune", "commune", "general" },
  { "address", "address", "general" },
  { "phone", "phone", "general" },
  { "licence-number", "licence-number", "licence" },
  { "licence-date", "licence-date", "licence" },
  { "legal-basis", NULL, "licence" },
};

typedef struct
{
  GtkWidget *row;
  GtkWidget *message_row;
  GtkLabel  *message;
  char      *error;
  gboolean   show_now;  /* the error is definite, not a field half-filled */
  gboolean   edited;
  gboolean   touched;   /* the user has left the field, or finished a date */
} FieldState;

struct _RiayaInstitutionEditor
{
  AdwWindow             parent_instance;

  RiayaContext         *context;
  RiayaInstitution     *draft;
  gboolean              is_new;
  gboolean              dirty;
  gboolean              filling;
  gboolean              valid;
  FieldState            fields[N_FIELDS];
  GPtrArray            *region_codes;    /* parallel to region_row, [0] = none */
  GPtrArray            *province_codes;  /* parallel to province_row, [0] = none */
  GtkCheckButton       *service_checks[RIAYA_N_SERVICES];
  GtkSpinButton        *staff_spins[RIAYA_N_STAFF_ROLES];
  RiayaEditorHistory   *history;
  RiayaEditorCapacity  *capacity;
  char                 *form_error;

  /* Template widgets */
  GtkWidget            *save_button;
  GtkWidget            *delete_button;
  GtkLabel             *summary_title;
  GtkLabel             *summary_licence;
  GtkLabel             *summary_status;
  GtkRevealer          *form_revealer;
  GtkLabel             *form_message;
  AdwViewStack         *view_stack;
  AdwViewStackPage     *general_page;
  AdwViewStackPage     *licence_page;
  GtkBox               *licence_box;
  GtkBox               *capacity_box;
  AdwPreferencesGroup  *services_group;
  AdwPreferencesGroup  *staff_group;
  GtkWidget            *name_ar_row;
  GtkWidget            *name_fr_row;
  GtkWidget            *type_row;
  GtkWidget            *founder_row;
  GtkWidget            *director_row;
  GtkWidget            *region_row;
  GtkWidget            *province_row;
  GtkWidget            *commune_row;
  GtkWidget            *address_row;
  GtkWidget            *phone_row;
  GtkWidget            *licence_number_row;
  GtkWidget            *licence_date_row;
  GtkWidget            *legal_basis_row;
};

G_DEFINE_FINAL_TYPE (RiayaInstitutionEditor, riaya_institution_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void validate       (RiayaInstitutionEditor *self);
static void update_summary (RiayaInstitutionEditor *self);

/* Field messages */

static void
attach_message_row (RiayaInstitutionEditor *self,
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

static void
set_field_error (RiayaInstitutionEditor *self,
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

static gboolean
field_message_shown (RiayaInstitutionEditor *self,
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

static void
set_form_error (RiayaInstitutionEditor *self,
                const char             *message)
{
  g_free (self->form_error);
  self->form_error = g_strdup (message);
  gtk_label_set_text (self->form_message, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->form_revealer, message != NULL);
}

static void
validate (RiayaInstitutionEditor *self)
{
  gboolean show_now;
  const char *first_error = NULL;
  gboolean general_attention = FALSE;
  gboolean licence_attention = FALSE;

  set_field_error (self, FIELD_NAME_AR, NULL, FALSE);
  {
    g_autofree char *error = check_names (self);

    /* Either name will do: the message sits under the second one once
     * either has been touched. */
    self->fields[FIELD_NAME_FR].touched |= self->fields[FIELD_NAME_AR].touched;
    set_field_error (self, FIELD_NAME_FR, error, FALSE);
  }
  {
    g_autofree char *error = check_type (self);

    set_field_error (self, FIELD_TYPE, error, TRUE);
  }
  {
    g_autofree char *error = check_province (self);

    set_field_error (self, FIELD_PROVINCE, error, FALSE);
  }
  {
    g_autofree char *error = check_phone (self);

    set_field_error (self, FIELD_PHONE, error, FALSE);
  }
  {
    g_autofree char *error = NULL;

    show_now = FALSE;
    error = check_licence_number (self, &show_now);
    set_field_error (self, FIELD_LICENCE_NUMBER, error, show_now);
  }
  {
    g_autofree char *error = NULL;

    show_now = FALSE;
    error = check_licence_date (self, &show_now);
    set_field_error (self, FIELD_LICENCE_DATE, error, show_now);
  }

  for (Field f = 0; f < N_FIELDS; f++)
    {
      if (self->fields[f].error != NULL && first_error == NULL)
        first_error = self->fields[f].error;
      if (field_message_shown (self, f))
        {
          if (g_str_equal (field_info[f].page, "licence"))
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
          set_form_error (self, error->message);
          first_error = self->form_error;
        }
      else
        set_form_error (self, NULL);
    }
  else if (self->form_error != NULL)
    set_form_error (self, NULL);

  self->valid = first_error == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);
  /* Save is off until all is well; hovering it says what is missing. */
  gtk_widget_set_tooltip_text (self->save_button, first_error);

  adw_view_stack_page_set_needs_attention (self->general_page, general_attention);
  adw_view_stack_page_set_needs_attention (self->licence_page, licence_attention);

  update_summary (self);
}

static void
update_summary (RiayaInstitutionEditor *self)
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

/* Territories */

static int
compare_by_display_name (gconstpointer a,
                         gconstpointer b)
{
  return g_utf8_collate (riaya_territory_get_display_name (*(RiayaTerritory **) a),
                         riaya_territory_get_display_name (*(RiayaTerritory **) b));
}

static void
fill_provinces (RiayaInstitutionEditor *self,
                const char             *region_code,
                const char             *selected_code)
{
  GListModel *provinces = riaya_context_get_provinces (self->context);
  guint n = g_list_model_get_n_items (provinces);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (names, region_code != NULL ? _("Choose a province") : _("Choose a region first"));
  g_ptr_array_set_size (self->province_codes, 0);
  g_ptr_array_add (self->province_codes, NULL);

  for (guint i = 0; region_code != NULL && i < n; i++)
    {
      RiayaTerritory *province = g_list_model_get_item (provinces, i);

      if (g_strcmp0 (riaya_territory_get_region_code (province), region_code) == 0)
        g_ptr_array_add (shown, province);
      else
        g_object_unref (province);
    }
  g_ptr_array_sort (shown, compare_by_display_name);

  for (guint i = 0; i < shown->len; i++)
    {
      RiayaTerritory *province = g_ptr_array_index (shown, i);

      gtk_string_list_append (names, riaya_territory_get_display_name (province));
      g_ptr_array_add (self->province_codes, g_strdup (riaya_territory_get_code (province)));
      if (g_strcmp0 (riaya_territory_get_code (province), selected_code) == 0)
        selected = i + 1;
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (self->province_row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->province_row), selected);
}

static void
fill_combos (RiayaInstitutionEditor *self)
{
  GListModel *regions = riaya_context_get_regions (self->context);
  g_autoptr(GtkStringList) region_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) bases = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (regions);

  gtk_string_list_append (region_names, _("Choose a region"));
  g_ptr_array_add (self->region_codes, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaTerritory) region = g_list_model_get_item (regions, i);

      gtk_string_list_append (region_names, riaya_territory_get_display_name (region));
      g_ptr_array_add (self->region_codes, g_strdup (riaya_territory_get_code (region)));
    }
  for (guint t = 0; t < RIAYA_N_INSTITUTION_TYPES; t++)
    gtk_string_list_append (types, riaya_institution_type_to_label (t));
  for (guint b = 0; b < RIAYA_N_LEGAL_BASES; b++)
    gtk_string_list_append (bases, riaya_legal_basis_to_label (b));

  /* Setting a model selects its first entry: that is not the user's
   * choice, and must not reach the draft. */
  self->filling = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self->region_row), G_LIST_MODEL (region_names));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->type_row), G_LIST_MODEL (types));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->legal_basis_row), G_LIST_MODEL (bases));
  self->filling = FALSE;
}

static void
fill_from_draft (RiayaInstitutionEditor *self)
{
  const char *province = riaya_institution_get_province_code (self->draft);
  g_autofree char *region = riaya_institution_dup_region_code (self->draft);
  guint region_index = 0;

  self->filling = TRUE;

  for (Field f = 0; f < N_FIELDS; f++)
    {
      g_autofree char *text = NULL;

      if (field_info[f].property == NULL)
        continue;
      g_object_get (self->draft, field_info[f].property, &text, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->fields[f].row), text != NULL ? text : "");
    }

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->type_row),
                              riaya_institution_get_institution_type (self->draft));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->legal_basis_row),
                              riaya_institution_get_legal_basis (self->draft));

  for (guint i = 1; region != NULL && i < self->region_codes->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->region_codes, i), region))
        region_index = i;
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->region_row), region_index);
  fill_provinces (self, region_index > 0 ? region : NULL, province);

  for (guint s = 0; s < RIAYA_N_SERVICES; s++)
    gtk_check_button_set_active (self->service_checks[s], riaya_institution_has_service (self->draft, s));
  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    gtk_spin_button_set_value (self->staff_spins[r], riaya_institution_get_staff (self->draft, r));

  self->filling = FALSE;
}

/* Callbacks */

static Field
field_of (gpointer widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "riaya-field"));
}

static void
on_entry_changed (GtkEditable            *editable,
                  RiayaInstitutionEditor *self)
{
  Field field = field_of (editable);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (self->filling)
    return;

  g_object_set (self->draft, field_info[field].property, text, NULL);
  self->dirty = TRUE;
  self->fields[field].edited = TRUE;

  /* A date is finished once it has the length of one: say what is wrong
   * with it then, without waiting for the user to leave the field. */
  if (field == FIELD_LICENCE_DATE && strlen (text) >= 10)
    self->fields[field].touched = TRUE;

  if (field == FIELD_LICENCE_DATE)
    {
      riaya_editor_history_revalidate (self->history);
      riaya_editor_capacity_revalidate (self->capacity);
    }

  validate (self);
}

static void
on_field_left (GtkEventControllerFocus *controller,
               RiayaInstitutionEditor  *self)
{
  Field field = field_of (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  if (!self->fields[field].edited || self->fields[field].touched)
    return;

  self->fields[field].touched = TRUE;
  validate (self);
}

static void
on_entry_activated (AdwEntryRow            *row,
                    RiayaInstitutionEditor *self)
{
  self->fields[field_of (row)].touched = TRUE;
  validate (self);
}

static void
on_combo_selected (AdwComboRow            *row,
                   GParamSpec             *pspec,
                   RiayaInstitutionEditor *self)
{
  Field field = field_of (row);
  guint selected = adw_combo_row_get_selected (row);

  if (self->filling)
    return;

  switch (field)
    {
    case FIELD_TYPE:
      if (selected < RIAYA_N_INSTITUTION_TYPES)
        riaya_institution_set_institution_type (self->draft, selected);
      riaya_editor_capacity_revalidate (self->capacity);
      break;
    case FIELD_LEGAL_BASIS:
      if (selected < RIAYA_N_LEGAL_BASES)
        riaya_institution_set_legal_basis (self->draft, selected);
      break;
    case FIELD_REGION:
      self->filling = TRUE;
      fill_provinces (self, selected < self->region_codes->len ? g_ptr_array_index (self->region_codes, selected) : NULL,
                      NULL);
      self->filling = FALSE;
      riaya_institution_set_province_code (self->draft, NULL);
      break;
    case FIELD_PROVINCE:
      riaya_institution_set_province_code (self->draft,
                                           selected < self->province_codes->len
                                           ? g_ptr_array_index (self->province_codes, selected) : NULL);
      self->fields[FIELD_PROVINCE].touched = TRUE;
      break;
    case FIELD_NAME_AR:
    case FIELD_NAME_FR:
    case FIELD_FOUNDER:
    case FIELD_DIRECTOR:
    case FIELD_COMMUNE:
    case FIELD_ADDRESS:
    case FIELD_PHONE:
    case FIELD_LICENCE_NUMBER:
    case FIELD_LICENCE_DATE:
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }

  self->dirty = TRUE;
  validate (self);
}

static void
on_service_toggled (GtkCheckButton         *check,
                    RiayaInstitutionEditor *self)
{
  guint services = 0;

  if (self->filling)
    return;

  for (guint s = 0; s < RIAYA_N_SERVICES; s++)
    {
      if (gtk_check_button_get_active (self->service_checks[s]))
        services |= 1u << s;
    }
  riaya_institution_set_services (self->draft, services);
  self->dirty = TRUE;
}

static void
on_staff_changed (GtkSpinButton          *spin,
                  RiayaInstitutionEditor *self)
{
  if (self->filling)
    return;

  riaya_institution_set_staff (self->draft,
                               GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "riaya-role")),
                               (guint) gtk_spin_button_get_value_as_int (spin));
  self->dirty = TRUE;
}

static void
on_section_changed (RiayaInstitutionEditor *self)
{
  self->dirty = TRUE;
  validate (self);
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

  validate (self);
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
          set_field_error (self, FIELD_LICENCE_NUMBER, error->message, TRUE);
          adw_view_stack_set_visible_child_name (self->view_stack, "licence");
        }
      else if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_UNKNOWN_TERRITORY))
        {
          self->fields[FIELD_PROVINCE].touched = TRUE;
          set_field_error (self, FIELD_PROVINCE, error->message, TRUE);
          adw_view_stack_set_visible_child_name (self->view_stack, "general");
        }
      set_form_error (self, error->message);
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

/* Construction */

static void
build_services_and_staff (RiayaInstitutionEditor *self)
{
  for (guint s = 0; s < RIAYA_N_SERVICES; s++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), riaya_service_to_label (s));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->services_group, row);
      self->service_checks[s] = GTK_CHECK_BUTTON (check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_service_toggled), self);
    }

  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    {
      gboolean hours = riaya_staff_role_is_hours (r);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0, hours ? 10000 : 1000, hours ? 10 : 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), riaya_staff_role_to_label (r));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (self->staff_group, row);
      self->staff_spins[r] = GTK_SPIN_BUTTON (spin);
      g_object_set_data (G_OBJECT (spin), "riaya-role", GUINT_TO_POINTER (r));
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_staff_changed), self);
    }
}

static void
setup_fields (RiayaInstitutionEditor *self)
{
  GtkWidget *rows[N_FIELDS] = {
    self->name_ar_row, self->name_fr_row, self->type_row, self->founder_row,
    self->director_row, self->region_row, self->province_row, self->commune_row,
    self->address_row, self->phone_row, self->licence_number_row,
    self->licence_date_row, self->legal_basis_row,
  };

  for (Field f = 0; f < N_FIELDS; f++)
    {
      self->fields[f].row = rows[f];
      g_object_set_data (G_OBJECT (rows[f]), "riaya-field", GUINT_TO_POINTER (f));
      attach_message_row (self, f);

      if (ADW_IS_ENTRY_ROW (rows[f]))
        {
          GtkEventController *focus = gtk_event_controller_focus_new ();

          g_signal_connect (rows[f], "changed", G_CALLBACK (on_entry_changed), self);
          g_signal_connect (rows[f], "entry-activated", G_CALLBACK (on_entry_activated), self);
          g_signal_connect (focus, "leave", G_CALLBACK (on_field_left), self);
          gtk_widget_add_controller (rows[f], focus);
        }
      else
        g_signal_connect (rows[f], "notify::selected", G_CALLBACK (on_combo_selected), self);
    }

  /* Names keep their own direction whatever the interface language. */
  riaya_ui_set_text_direction (self->name_ar_row, "ar");
  riaya_ui_set_text_direction (self->name_fr_row, "fr");
}

static gboolean
riaya_institution_editor_close_request (GtkWindow *window)
{
  RiayaInstitutionEditor *self = RIAYA_INSTITUTION_EDITOR (window);
  GtkWidget *dialog;

  if (!self->dirty)
    return GTK_WINDOW_CLASS (riaya_institution_editor_parent_class)->close_request (window);

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
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
riaya_institution_editor_dispose (GObject *object)
{
  RiayaInstitutionEditor *self = RIAYA_INSTITUTION_EDITOR (object);

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
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, summary_title);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, summary_licence);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionEditor, summary_status);
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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
riaya_institution_editor_init (RiayaInstitutionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->province_codes = g_ptr_array_new_with_free_func (g_free);

  setup_fields (self);
  build_services_and_staff (self);
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

  fill_combos (self);
  fill_from_draft (self);

  /* An institution already in the register shows all its problems at
   * once; a new form waits until each field has been filled in. */
  for (Field f = 0; !self->is_new && f < N_FIELDS; f++)
    self->fields[f].touched = TRUE;

  gtk_widget_set_visible (self->delete_button, !self->is_new);
  gtk_window_set_title (GTK_WINDOW (self),
                        self->is_new ? _("New Institution") : riaya_institution_get_display_name (self->draft));

  validate (self);

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
      if (g_str_equal (field_info[f].name, name))
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
      if (g_str_equal (field_info[f].name, name))
        return field_message_shown (self, f) ? gtk_label_get_text (self->fields[f].message) : NULL;
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

void
riaya_institution_editor_show_page (RiayaInstitutionEditor *self,
                                    const char             *name)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_EDITOR (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}
