/* riaya-exchange-reader.h — reading an exchange file, distrusting it
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Streams the file with xmlTextReader, validating it against
 * riaya-exchange-1.xsd (compiled into the program) as it goes: no network
 * (XML_PARSE_NONET), no DTD, no entity of any kind, a size cap, a depth
 * cap, UTF-8 only, no bidi override or control character in a text. The
 * header is handed over first, then one bundle per institution; the
 * digest and the counts of the header are checked at the end, so a
 * caller writes into a transaction it commits only when the reader
 * returned TRUE (riaya-store-exchange.h).
 *
 * Every error is RIAYA_EXCHANGE_ERROR_*, its message translated and
 * naming the file, the line and what is wrong.
 */

#pragma once

#include <gio/gio.h>

#include "riaya-store-exchange.h"

G_BEGIN_DECLS

/* No exchange file is near this: a province's year is a few megabytes. */
#define RIAYA_EXCHANGE_MAX_BYTES (512 * 1024 * 1024)
/* The format nests six deep; anything far deeper is an attack. */
#define RIAYA_EXCHANGE_MAX_DEPTH 32

/* The major version this reader reads (any 1.y). */
#define RIAYA_EXCHANGE_MAJOR_VERSION 1
#define RIAYA_EXCHANGE_NAMESPACE "urn:riaya:exchange:1"

/* What a file says of a record beyond its content, kept on the record's
 * object for whoever needs it (g_object_get_data (): a string, or NULL):
 * the UTC instant it was last changed at its producer (institutions,
 * grants, visits), or recorded there (licence events, capacity lines),
 * and the instant it was deleted there (institutions, grants, visits). */
#define RIAYA_EXCHANGE_DATA_UPDATED  "riaya-exchange-updated"
#define RIAYA_EXCHANGE_DATA_RECORDED "riaya-exchange-recorded"
#define RIAYA_EXCHANGE_DATA_DELETED  RIAYA_RECORD_DATA_DELETED

typedef gboolean (*RiayaExchangeHeaderFunc) (const RiayaExchangeHeader *header,
                                             gpointer                   user_data,
                                             GError                   **error);
/* @bundle is the caller's to keep (transfer full). */
typedef gboolean (*RiayaExchangeBundleFunc) (RiayaInstitutionBundle    *bundle,
                                             gpointer                   user_data,
                                             GError                   **error);

/* After each institution: the bytes of the file read so far, of its
 * size (0 when the size is not known). */
typedef void     (*RiayaExchangeReadProgressFunc) (goffset   bytes_read,
                                                   goffset   size,
                                                   gpointer  user_data);

/* Reads @file. A callback returning FALSE stops the reading with its
 * error. */
gboolean riaya_exchange_read      (GFile                          *file,
                                   RiayaExchangeHeaderFunc         header_func,
                                   RiayaExchangeBundleFunc         bundle_func,
                                   gpointer                        user_data,
                                   GCancellable                   *cancellable,
                                   GError                        **error);
/* The same, saying how far it got (@progress may be NULL): a national
 * file takes seconds. */
gboolean riaya_exchange_read_full (GFile                          *file,
                                   RiayaExchangeHeaderFunc         header_func,
                                   RiayaExchangeBundleFunc         bundle_func,
                                   RiayaExchangeReadProgressFunc   progress,
                                   gpointer                        user_data,
                                   GCancellable                   *cancellable,
                                   GError                        **error);

G_END_DECLS
