/* riaya-conflicts-window-private.h — the conflicts window's insides, for
 * its files and for tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-conflicts-window.h"
#include "riaya-store-exchange.h"

G_BEGIN_DECLS

/* riaya-conflicts-window-fields.c: a field's name and value in words.
 * (transfer full; the value is NULL when empty) */
char       *_riaya_conflicts_dup_field_label (const char   *kind,
                                              const char   *code);
char       *_riaya_conflicts_dup_field_value (RiayaContext *context,
                                              const char   *kind,
                                              const char   *code,
                                              const char   *value);
/* "Institution", "Grant", "Visit" */
const char *_riaya_conflicts_kind_label      (const char   *kind);

/* For tests: the conflicts listed (GPtrArray of RiayaConflict, transfer
 * none), the one selected, and choosing one by its position. */
GPtrArray     *_riaya_conflicts_window_get_conflicts (RiayaConflictsWindow *self);
RiayaConflict *_riaya_conflicts_window_get_selected  (RiayaConflictsWindow *self);
void           _riaya_conflicts_window_select        (RiayaConflictsWindow *self,
                                                      guint                 index);
/* The message on top of the comparison, when shown; NULL otherwise. */
const char    *_riaya_conflicts_window_get_message   (RiayaConflictsWindow *self);

G_END_DECLS
