/* riaya-window-private.h — shared between the window's files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-window.h"

G_BEGIN_DECLS

/* A job is running (backup, restore, demo): the window refuses another. */
gboolean _riaya_window_begin_job (RiayaWindow *self);
void     _riaya_window_end_job   (RiayaWindow *self);
/* An error sentence in a dialog over the window. */
void     _riaya_window_show_error (RiayaWindow *self,
                                   const char  *heading,
                                   const char  *message);

G_END_DECLS
