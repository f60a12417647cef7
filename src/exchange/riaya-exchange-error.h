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
  /* The XML exchange file (docs/exchange-format.md). Every refusal names
   * the file and, when there is one, the line. */
  RIAYA_EXCHANGE_ERROR_NOT_XML,       /* not well-formed XML, truncated files too */
  RIAYA_EXCHANGE_ERROR_NOT_EXCHANGE,  /* another root element or namespace */
  RIAYA_EXCHANGE_ERROR_VERSION,       /* a major version this reader does not know */
  RIAYA_EXCHANGE_ERROR_DTD,           /* a DOCTYPE, entity declaration or entity reference */
  RIAYA_EXCHANGE_ERROR_TOO_DEEP,      /* nested deeper than the format ever nests */
  RIAYA_EXCHANGE_ERROR_SCHEMA,        /* does not follow riaya-exchange-1.xsd */
  RIAYA_EXCHANGE_ERROR_UNSAFE_TEXT,   /* bidi overrides or control characters in a text */
  RIAYA_EXCHANGE_ERROR_DIGEST,        /* altered or truncated after export */
  RIAYA_EXCHANGE_ERROR_COUNTS,        /* the header's counts differ from the body */
  RIAYA_EXCHANGE_ERROR_RANGE,         /* a number or a date out of range */
  RIAYA_EXCHANGE_ERROR_UNKNOWN_CODE,  /* a type, category, province… code unknown */
  RIAYA_EXCHANGE_ERROR_DUPLICATE,     /* one UUID or licence number twice in a file */
  RIAYA_EXCHANGE_ERROR_OVER_CAPACITY, /* more present than places, without the flag */
  RIAYA_EXCHANGE_ERROR_SEQUENCE,      /* older than, or replaying, a file already imported */
  RIAYA_EXCHANGE_ERROR_REFUSED,       /* the database refused a record (store message kept) */
  RIAYA_EXCHANGE_ERROR_CANCELLED,     /* the user stopped it: nothing of the file was kept */
} RiayaExchangeError;

GQuark riaya_exchange_error_quark (void);

G_END_DECLS
