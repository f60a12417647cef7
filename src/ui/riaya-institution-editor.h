/* riaya-institution-editor.h — the form that creates or edits an institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"
#include "riaya-editor-capacity.h"
#include "riaya-editor-grants.h"
#include "riaya-editor-history.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_INSTITUTION_EDITOR (riaya_institution_editor_get_type ())

G_DECLARE_FINAL_TYPE (RiayaInstitutionEditor, riaya_institution_editor, RIAYA, INSTITUTION_EDITOR, AdwWindow)

/* Edits a copy of @institution (NULL: a new institution). On a successful
 * save emits RiayaInstitutionEditor::saved with the institution as stored,
 * then closes; "delete-requested" carries the UUID to delete. */
RiayaInstitutionEditor *riaya_institution_editor_new          (RiayaContext           *context,
                                                               RiayaInstitution       *institution);
RiayaInstitution       *riaya_institution_editor_get_draft    (RiayaInstitutionEditor *self);
gboolean                riaya_institution_editor_is_new       (RiayaInstitutionEditor *self);
gboolean                riaya_institution_editor_is_dirty     (RiayaInstitutionEditor *self);

/* The form's widgets by name, as a user finds them: "name-ar", "name-fr",
 * "type", "founder", "director", "licence-number", "licence-date",
 * "legal-basis", "region", "province", "commune", "address", "phone",
 * "service:<code>" (a check button), "staff:<code>" (a spin button), and
 * the fields of the history and capacity sections. */
GtkWidget              *riaya_institution_editor_get_field    (RiayaInstitutionEditor *self,
                                                               const char             *name);
/* The message shown next to a field (same names; "form" for the whole
 * form, "event" and "capacity" for the sections), or NULL. */
const char             *riaya_institution_editor_get_message  (RiayaInstitutionEditor *self,
                                                               const char             *name);
/* Whether the Save button is on: every field is valid. */
gboolean                riaya_institution_editor_can_save     (RiayaInstitutionEditor *self);
RiayaEditorHistory     *riaya_institution_editor_get_history  (RiayaInstitutionEditor *self);
RiayaEditorCapacity    *riaya_institution_editor_get_capacity (RiayaInstitutionEditor *self);
/* The grants section, on the capacity page. */
RiayaEditorGrants      *riaya_institution_editor_get_grants   (RiayaInstitutionEditor *self);
/* The badge above the form that counts late grants; hidden when none. */
GtkLabel               *riaya_institution_editor_get_late_badge (RiayaInstitutionEditor *self);
/* "general", "licence", "capacity" (with the grants) or "services". */
void                    riaya_institution_editor_show_page    (RiayaInstitutionEditor *self,
                                                               const char             *name);

G_END_DECLS
