/* riaya-preferences-window.h — the preferences
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_PREFERENCES_WINDOW (riaya_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RiayaPreferencesWindow, riaya_preferences_window, RIAYA, PREFERENCES_WINDOW, AdwPreferencesWindow)

RiayaPreferencesWindow *riaya_preferences_window_new (RiayaContext *context);

G_END_DECLS
