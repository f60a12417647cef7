/* riaya-editor-grants.h — an institution's grants, in the institution editor
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_EDITOR_GRANTS (riaya_editor_grants_get_type ())

G_DECLARE_FINAL_TYPE (RiayaEditorGrants, riaya_editor_grants, RIAYA, EDITOR_GRANTS, AdwBin)

/* The grants of @institution over the years, newest first, each beside
 * the places licensed and the people present on 31 December of its year
 * (today for this year's): amount, paid, still due and where it stands,
 * late ones flagged. A row opens the grant editor; "Add Grant" records a
 * new one. @saved is FALSE for an institution not saved yet, which has
 * none. Follows RiayaContext::grants-changed. */
RiayaEditorGrants *riaya_editor_grants_new          (RiayaContext      *context,
                                                     RiayaInstitution  *institution,
                                                     gboolean           saved);
/* Reads the grants again. */
void               riaya_editor_grants_reload       (RiayaEditorGrants *self);
/* The grants shown (RiayaGrant), newest first. */
GListModel        *riaya_editor_grants_get_grants   (RiayaEditorGrants *self);
/* The row of grant @index, as shown. */
GtkWidget         *riaya_editor_grants_get_row      (RiayaEditorGrants *self,
                                                     guint              index);
/* How many are late today. */
guint              riaya_editor_grants_get_n_late   (RiayaEditorGrants *self);

G_END_DECLS
