/* riaya-demo.h — fictitious demo data at national scale
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-store.h"

G_BEGIN_DECLS

/* Loads about 1,300 × @scale fictitious institutions (deterministic: the
 * same @scale always gives the same data), marked as demo, in one
 * transaction. Refused if the database already holds institutions. */
gboolean riaya_demo_load (RiayaStore  *store,
                          guint        scale,
                          GError     **error);

G_END_DECLS
