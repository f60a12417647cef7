/* riaya-resident-window-private.h — the resident window's parts, for tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-resident-window.h"

G_BEGIN_DECLS

/* The row of a person's field, by name (riaya_resident_field_to_name),
 * or "again-institution" (the institution of a new stay). */
GtkWidget  *_riaya_resident_window_get_field      (RiayaResidentWindow *self,
                                                   const char          *name);
/* The message under a field, "form" for the one on top; NULL if none. */
const char *_riaya_resident_window_get_message    (RiayaResidentWindow *self,
                                                   const char          *name);
gboolean    _riaya_resident_window_can_save       (RiayaResidentWindow *self);
/* The rows of the History group, one per stay, oldest first. */
guint       _riaya_resident_window_get_n_stays    (RiayaResidentWindow *self);
GtkWidget  *_riaya_resident_window_get_stay_row   (RiayaResidentWindow *self,
                                                   guint                index);
/* The dialog opened by "Record Exit…" or "Admit Again…", while it is
 * open. (transfer none) */
GtkWindow  *_riaya_resident_window_get_dialog     (RiayaResidentWindow *self);

G_END_DECLS
