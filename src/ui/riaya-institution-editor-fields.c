/* riaya-institution-editor-fields.c — the editor's fields
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fields are filled from the draft and written back to it as the user
 * types; nothing reaches the database before Save.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-institution-editor-private.h"
#include "riaya-ui-util.h"

const FieldInfo _riaya_editor_field_info[N_FIELDS] = {
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

void
_riaya_institution_editor_fill_combos (RiayaInstitutionEditor *self)
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
  /* The full names of Law 65.15 art. 3 are long: let the row show as
   * much as it has room for (libadwaita cuts at 20 letters), and the
   * popup show them whole. */
  {
    g_autoptr(GtkListItemFactory) factory = riaya_ui_label_factory_new (48);
    g_autoptr(GtkListItemFactory) list_factory = riaya_ui_label_factory_new (0);

    adw_combo_row_set_factory (ADW_COMBO_ROW (self->type_row), factory);
    adw_combo_row_set_list_factory (ADW_COMBO_ROW (self->type_row), list_factory);
  }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->legal_basis_row), G_LIST_MODEL (bases));
  self->filling = FALSE;
}

void
_riaya_institution_editor_fill_from_draft (RiayaInstitutionEditor *self)
{
  const char *province = riaya_institution_get_province_code (self->draft);
  g_autofree char *region = riaya_institution_dup_region_code (self->draft);
  guint region_index = 0;

  self->filling = TRUE;

  for (Field f = 0; f < N_FIELDS; f++)
    {
      g_autofree char *text = NULL;

      if (_riaya_editor_field_info[f].property == NULL)
        continue;
      g_object_get (self->draft, _riaya_editor_field_info[f].property, &text, NULL);
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

  g_object_set (self->draft, _riaya_editor_field_info[field].property, text, NULL);
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

  _riaya_institution_editor_validate (self);
}

static void
on_field_left (GtkEventControllerFocus *controller,
               RiayaInstitutionEditor  *self)
{
  Field field = field_of (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  if (!self->fields[field].edited || self->fields[field].touched)
    return;

  self->fields[field].touched = TRUE;
  _riaya_institution_editor_validate (self);
}

static void
on_entry_activated (AdwEntryRow            *row,
                    RiayaInstitutionEditor *self)
{
  self->fields[field_of (row)].touched = TRUE;
  _riaya_institution_editor_validate (self);
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
  _riaya_institution_editor_validate (self);
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


/* Construction */

void
_riaya_institution_editor_build_services_and_staff (RiayaInstitutionEditor *self)
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

void
_riaya_institution_editor_setup_fields (RiayaInstitutionEditor *self)
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
      _riaya_institution_editor_attach_message (self, f);

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
  riaya_ui_set_text_direction (self->phone_row, "ltr");
  riaya_ui_set_text_direction (self->licence_number_row, "ltr");
}
