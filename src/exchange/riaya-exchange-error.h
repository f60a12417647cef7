/* riaya-exchange-error.h — the error domain of the exchange layer
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RIAYA_EXCHANGE_ERROR (riaya_exchange_error_quark ())

typedef enum
{
  RIAYA_EXCHANGE_ERROR_READ,      /* the file cannot be read */
  RIAYA_EXCHANGE_ERROR_TOO_LARGE, /* larger than any real file of its kind */
  RIAYA_EXCHANGE_ERROR_ENCODING,  /* not UTF-8 text */
  RIAYA_EXCHANGE_ERROR_SYNTAX,    /* malformed file (quotes, field counts) */
  RIAYA_EXCHANGE_ERROR_HEADER,    /* missing, unknown or repeated columns */
  RIAYA_EXCHANGE_ERROR_EMPTY,     /* nothing to import */
  RIAYA_EXCHANGE_ERROR_INVALID,   /* one or more records refused */
  RIAYA_EXCHANGE_ERROR_WRITE,     /* the file cannot be written */
} RiayaExchangeError;

GQuark riaya_exchange_error_quark (void);

G_END_DECLS
