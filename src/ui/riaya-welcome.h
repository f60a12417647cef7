/* riaya-welcome.h — first start: who is using Riaya, and demo data or not
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_WELCOME (riaya_welcome_get_type ())

G_DECLARE_FINAL_TYPE (RiayaWelcome, riaya_welcome, RIAYA, WELCOME, AdwBin)

/* Emits RiayaWelcome::chosen (profile, province code or NULL, demo) when
 * the user presses one of the two start buttons. */
RiayaWelcome *riaya_welcome_new          (RiayaContext *context);

/* What a user does with the page, for tests: choose a profile (and the
 * province, by code, for a delegate), then start. */
void          riaya_welcome_set_profile  (RiayaWelcome *self,
                                          RiayaProfile  profile,
                                          const char   *province_code);
void          riaya_welcome_start        (RiayaWelcome *self,
                                          gboolean      demo);

G_END_DECLS
