/* riaya-exit-dialog.h — recording a beneficiary's exit or transfer
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_EXIT_DIALOG (riaya_exit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RiayaExitDialog, riaya_exit_dialog, RIAYA, EXIT_DIALOG, AdwWindow)

/* A modal dialog over @parent recording the exit of @stay: date and
 * reason; for a transfer, the institution of this database that takes the
 * person (chosen from a searchable list of those that serve the
 * category), or the licence number of one elsewhere. Emits "exited" with
 * the stay's UUID once saved, then closes. */
RiayaExitDialog *riaya_exit_dialog_new (GtkWindow    *parent,
                                        RiayaContext *context,
                                        RiayaStay    *stay);

G_END_DECLS
