/* riaya-resident-window.h — one person of the register and their history
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_RESIDENT_WINDOW (riaya_resident_window_get_type ())

G_DECLARE_FINAL_TYPE (RiayaResidentWindow, riaya_resident_window, RIAYA, RESIDENT_WINDOW, AdwWindow)

/* A window over @parent showing the person of @stay: their fields and the
 * family's, editable and saved with the journal; every stay in every
 * institution of the database; and "Record Exit" for an open stay (the
 * exit dialog). Emits "changed" after anything is saved. */
RiayaResidentWindow *riaya_resident_window_new (GtkWindow    *parent,
                                                RiayaContext *context,
                                                RiayaStay    *stay);

G_END_DECLS
