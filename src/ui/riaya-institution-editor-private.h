/* riaya-institution-editor-private.h — shared between the editor's files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-institution-editor.h"

G_BEGIN_DECLS

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
typedef struct
{
  const char *name;
  const char *property;
  const char *page;
} FieldInfo;

extern const FieldInfo _riaya_editor_field_info[N_FIELDS];


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
  RiayaEditorGrants    *grants;
  char                 *form_error;
  GtkWidget            *discard_dialog;   /* weak */

  /* Template widgets */
  GtkWidget            *save_button;
  GtkWidget            *delete_button;
  GtkWidget            *summary_button;
  GtkLabel             *summary_title;
  GtkLabel             *summary_licence;
  GtkLabel             *summary_status;
  GtkLabel             *summary_late;
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

/* riaya-institution-editor-validate.c: messages under the fields and the
 * checks that decide whether Save is on. */
void _riaya_institution_editor_attach_message     (RiayaInstitutionEditor *self,
                                                   Field                   field);
void _riaya_institution_editor_set_error          (RiayaInstitutionEditor *self,
                                                   Field                   field,
                                                   const char             *error,
                                                   gboolean                show_now);
gboolean _riaya_institution_editor_message_shown  (RiayaInstitutionEditor *self,
                                                   Field                   field);
void _riaya_institution_editor_set_form_error     (RiayaInstitutionEditor *self,
                                                   const char             *message);
void _riaya_institution_editor_validate           (RiayaInstitutionEditor *self);
void _riaya_institution_editor_update_summary     (RiayaInstitutionEditor *self);

/* riaya-institution-editor-fields.c: the fields, filled from the draft and
 * written back to it as the user types. */
void _riaya_institution_editor_setup_fields       (RiayaInstitutionEditor *self);
void _riaya_institution_editor_build_services_and_staff (RiayaInstitutionEditor *self);
void _riaya_institution_editor_fill_combos        (RiayaInstitutionEditor *self);
void _riaya_institution_editor_fill_from_draft    (RiayaInstitutionEditor *self);

G_END_DECLS
