/* riaya-exit-dialog-private.h — the exit dialog's fields, for tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-exit-dialog.h"

G_BEGIN_DECLS

/* The row of a field: "date", "reason", "to-database" (the check of the
 * choice "To an institution in this database"), "destination",
 * "elsewhere" (its check), "licence". */
GtkWidget  *_riaya_exit_dialog_get_field   (RiayaExitDialog *self,
                                            const char      *name);
/* The message shown under a field, "form" for the one on top; NULL when
 * none is shown. */
const char *_riaya_exit_dialog_get_message (RiayaExitDialog *self,
                                            const char      *name);
gboolean    _riaya_exit_dialog_can_save    (RiayaExitDialog *self);

G_END_DECLS
