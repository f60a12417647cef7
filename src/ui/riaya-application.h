/* riaya-application.h — the Riaya application
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_APPLICATION (riaya_application_get_type ())

G_DECLARE_FINAL_TYPE (RiayaApplication, riaya_application, RIAYA, APPLICATION, AdwApplication)

/* @started_at: g_get_monotonic_time() at main() entry, for the start-up
 * bench (RIAYA_BENCH_FIRST_FRAME). */
RiayaApplication *riaya_application_new            (gint64            started_at);
gint64            riaya_application_get_started_at (RiayaApplication *self);
/* The context of the open database, or NULL before activation or when
 * the database could not be opened. */
RiayaContext     *riaya_application_get_context    (RiayaApplication *self);

/* Whether the automatic backup of this start is still being made. */
gboolean          riaya_application_is_backing_up  (RiayaApplication *self);

G_END_DECLS
