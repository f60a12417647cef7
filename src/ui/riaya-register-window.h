/* riaya-register-window.h — an institution's register and occupancy
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_REGISTER_WINDOW (riaya_register_window_get_type ())

G_DECLARE_FINAL_TYPE (RiayaRegisterWindow, riaya_register_window, RIAYA, REGISTER_WINDOW, AdwWindow)

/* The register of @institution (director's database) — people present on
 * a date, or everyone who ever stayed; searchable, sortable — with the
 * occupancy per category and sex beside the capacity licensed on that
 * date. In a database without registers it shows the occupancy alone
 * (from the counts), never names. */
RiayaRegisterWindow *riaya_register_window_new      (GtkWindow           *parent,
                                                     RiayaContext        *context,
                                                     RiayaInstitution    *institution);
/* The date shown (ISO), today by default. */
void                 riaya_register_window_set_date (RiayaRegisterWindow *self,
                                                     const char          *date);
const char          *riaya_register_window_get_date (RiayaRegisterWindow *self);
/* Reloads the register and occupancy from the store. */
void                 riaya_register_window_reload   (RiayaRegisterWindow *self);

G_END_DECLS
