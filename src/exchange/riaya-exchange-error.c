/* riaya-exchange-error.c — the error domain of the exchange layer
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "riaya-exchange-error.h"

G_DEFINE_QUARK (riaya-exchange-error-quark, riaya_exchange_error)
