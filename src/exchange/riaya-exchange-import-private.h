/* riaya-exchange-import-private.h — what the import's files share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Puts the files of each sender (@files, paths; @forced, a gboolean per
 * file, moved with it) in the order of their export numbers, in the
 * places their names gave them: riaya-exchange-import-order.c. */
void _riaya_exchange_order_by_sender (GPtrArray *files,
                                      GArray    *forced);

G_END_DECLS
