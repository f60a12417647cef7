/* riaya-grant-editor.h — the form that records or edits an annual grant
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"
#include "riaya-institution-chooser.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_GRANT_EDITOR (riaya_grant_editor_get_type ())

G_DECLARE_FINAL_TYPE (RiayaGrantEditor, riaya_grant_editor, RIAYA, GRANT_EDITOR, AdwWindow)

/* A modal editor over @parent of a copy of @grant, or of a new grant (to
 * @institution when not NULL; else the user chooses one among
 * @institutions, or, when that is NULL, among those of the database).
 * Every field is checked as it is typed, with its message under it; Save
 * stays off until all pass, and the store checks again. On a successful
 * save emits RiayaGrantEditor::saved with the grant's UUID, tells the
 * context (riaya_context_grants_changed) and closes. */
RiayaGrantEditor *riaya_grant_editor_new             (GtkWindow        *parent,
                                                      RiayaContext     *context,
                                                      RiayaGrant       *grant,
                                                      RiayaInstitution *institution,
                                                      GListModel       *institutions);
gboolean          riaya_grant_editor_is_new          (RiayaGrantEditor *self);
gboolean          riaya_grant_editor_is_dirty        (RiayaGrantEditor *self);
/* Whether Save is on: every field is valid. */
gboolean          riaya_grant_editor_can_save        (RiayaGrantEditor *self);

/* The form's rows by name, as a user finds them: "institution" (its
 * chooser button), "year", "amount", "kind", "basis", "decided-on",
 * "convention-ref", "convention-date", "justification-due",
 * "justification-received", "outcome", "outcome-date",
 * "rejection-reason"; and "add-tranche", the button. */
GtkWidget        *riaya_grant_editor_get_field       (RiayaGrantEditor *self,
                                                      const char       *name);
/* The message shown under a field (same names, "schedule" for the
 * tranches as a whole, "form" for the banner on top), or NULL. */
const char       *riaya_grant_editor_get_message     (RiayaGrantEditor *self,
                                                      const char       *name);
/* The searchable list of institutions behind the "institution" button. */
RiayaInstitutionChooser *riaya_grant_editor_get_chooser (RiayaGrantEditor *self);

guint             riaya_grant_editor_get_n_tranches  (RiayaGrantEditor *self);
/* A field of tranche @index, in the order shown: "due", "amount", "paid",
 * or "remove" (its button). */
GtkWidget        *riaya_grant_editor_get_tranche_field (RiayaGrantEditor *self,
                                                        guint             index,
                                                        const char       *name);
/* The message under a field of tranche @index, or NULL. */
const char       *riaya_grant_editor_get_tranche_message (RiayaGrantEditor *self,
                                                          guint             index,
                                                          const char       *name);
/* What the tranches section says of the schedule, e.g. "Scheduled
 * 100,000.00 DH of 150,000.00 DH · 50,000.00 DH left to schedule". */
const char       *riaya_grant_editor_get_schedule_text (RiayaGrantEditor *self);

/* Deletes grant @uuid (hidden, kept for the journal), tells the context,
 * and offers to undo it in a toast of the main window that @from belongs
 * to (the undo is the window's action win.undo-delete-grant). */
gboolean          riaya_grant_delete_with_undo       (RiayaContext     *context,
                                                      GtkWidget        *from,
                                                      const char       *uuid,
                                                      GError          **error);

G_END_DECLS
