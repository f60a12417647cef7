/* riaya-visit-editor.h — plan a visit, or record what it found
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_VISIT_EDITOR (riaya_visit_editor_get_type ())
G_DECLARE_FINAL_TYPE (RiayaVisitEditor, riaya_visit_editor, RIAYA, VISIT_EDITOR, AdwWindow)

/* A modal editor over @parent of a copy of @inspection, or of a new visit
 * (to @institution_uuid when not NULL, on @date when not NULL, of @kind,
 * following @follows when not NULL — a proposed follow-up; else the user
 * chooses the institution). A planned visit shows the planning fields
 * (institution, date, kind, committee invited); "Record the visit" (or a
 * visit already recorded) shows the record: date done, members invited
 * and present with the quorum stated, the checklist of the nine areas
 * (each compliant / not compliant / not applicable, with a note), the
 * staffing norms computed for the visit date, findings, the decision and
 * its deadline, and the corrective actions. Fields are checked as typed;
 * Save stays off until all pass, and the store checks again. On a
 * successful save emits RiayaVisitEditor::saved with the visit's UUID,
 * tells the context (riaya_context_inspections_changed) and closes. */
RiayaVisitEditor *riaya_visit_editor_new          (GtkWindow        *parent,
                                                   RiayaContext     *context,
                                                   RiayaInspection  *inspection,
                                                   const char       *institution_uuid,
                                                   const char       *date,
                                                   int               kind,
                                                   const char       *follows);
gboolean          riaya_visit_editor_can_save     (RiayaVisitEditor *self);
/* Shows the record part (as the "Record the visit" button does). */
void              riaya_visit_editor_show_record  (RiayaVisitEditor *self);
/* The form's widgets by name, as a user finds them, for tests: "date",
 * "kind", "committee", "done-on", "invited", "present", "quorum" (the
 * label), "check-<area code>" and "check-note-<area code>", "staffing"
 * (the label), "findings", "decision", "deadline", "add-action", "save",
 * "record", "print", "cancel-visit" (the button that cancels a planned
 * visit). */
GtkWidget        *riaya_visit_editor_get_field    (RiayaVisitEditor *self,
                                                   const char       *name);
/* The message under a field (same names, "form" for the banner), or NULL. */
const char       *riaya_visit_editor_get_message  (RiayaVisitEditor *self,
                                                   const char       *name);
guint             riaya_visit_editor_get_n_actions (RiayaVisitEditor *self);
/* A field of action @index: "description", "due", "done", "remove". */
GtkWidget        *riaya_visit_editor_get_action_field (RiayaVisitEditor *self,
                                                       guint             index,
                                                       const char       *name);
/* The message under a field of action @index (same names), or NULL. */
const char       *riaya_visit_editor_get_action_message (RiayaVisitEditor *self,
                                                         guint             index,
                                                         const char       *name);

G_END_DECLS
