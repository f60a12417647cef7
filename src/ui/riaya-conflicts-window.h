/* riaya-conflicts-window.h — records changed on both sides, to decide
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_CONFLICTS_WINDOW (riaya_conflicts_window_get_type ())

G_DECLARE_FINAL_TYPE (RiayaConflictsWindow, riaya_conflicts_window, RIAYA, CONFLICTS_WINDOW, AdwWindow)

/* A window over @parent listing the conflicts an import left open
 * (riaya_store_list_conflicts): each record changed here and in a file
 * since they were last exchanged. For the one selected, both versions
 * side by side, field by field, the fields that differ marked; keeping
 * one closes the conflict (journaled by the store) and the list moves on.
 * The context's pages reload after each decision. */
RiayaConflictsWindow *riaya_conflicts_window_new    (GtkWindow            *parent,
                                                     RiayaContext         *context);
/* Reads the conflicts again. */
void                  riaya_conflicts_window_reload (RiayaConflictsWindow *self);

G_END_DECLS
