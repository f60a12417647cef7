/* riaya-editor-history.h — the licence's history in the institution editor
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-core.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_EDITOR_HISTORY (riaya_editor_history_get_type ())

G_DECLARE_FINAL_TYPE (RiayaEditorHistory, riaya_editor_history, RIAYA, EDITOR_HISTORY, AdwBin)

/* Shows the events of @draft and adds new ones to it (they are saved with
 * the institution). @saved is FALSE for an institution not saved yet: its
 * history starts with the grant, recorded on saving. Emits
 * RiayaEditorHistory::changed when an event is added. */
RiayaEditorHistory *riaya_editor_history_new         (RiayaInstitution   *draft,
                                                      gboolean            saved);
/* The licence date or the type changed: check the form again. */
void                riaya_editor_history_revalidate  (RiayaEditorHistory *self);
/* "event-kind", "event-date", "event-deadline" or "event-note". */
GtkWidget          *riaya_editor_history_get_field   (RiayaEditorHistory *self,
                                                      const char         *name);
/* What is wrong with the event being entered, or NULL. */
const char         *riaya_editor_history_get_message (RiayaEditorHistory *self);
/* The status badge: the licence's status today. */
GtkLabel           *riaya_editor_history_get_status  (RiayaEditorHistory *self);

G_END_DECLS
