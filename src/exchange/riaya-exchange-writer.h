/* riaya-exchange-writer.h — an institution's year, or a province's, as
 * one exchange file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Streams the file with xmlTextWriter (docs/exchange-format.md): memory
 * does not grow with the number of institutions. The file appears under
 * its name only when whole (written beside it, then renamed), so a
 * cancelled or failed export leaves nothing half-written.
 */

#pragma once

#include <gio/gio.h>

#include "riaya-store.h"

G_BEGIN_DECLS

/* The version of the format this writer writes (docs/exchange-format.md
 * "Versions"): a reader of 1.y reads every 1.x. */
#define RIAYA_EXCHANGE_VERSION "1.0"

typedef struct
{
  /* What to export: these institutions (UUIDs or licence numbers), or all
   * of one province, or all (the three are exclusive; none given: all). */
  const char * const *institutions;
  const char         *province_code;
  /* The period: counts are taken on @to, admissions, exits, grants of the
   * years and visits within [@from, @to]. */
  const char         *from;
  const char         *to;
  /* Also the nominative register (names, CNIE, birth places, health,
   * guardians): only when the user asked for it, knowing it leaves the
   * machine (exchange.md "Content"). */
  gboolean            with_register;
  /* The instant the header gives as the file's creation (NULL: now), so
   * that a test or a reproducible build gets the same file twice. */
  GDateTime          *created;
} RiayaExportOptions;

/* Called now and then from the thread that exports: @done institutions
 * of @total written. */
typedef void (*RiayaExchangeProgressFunc) (guint    done,
                                           guint    total,
                                           gpointer user_data);

/* Writes @file. On success *@records_written (if not NULL) receives the
 * number of records, as the header counts them. Fails with
 * RIAYA_EXCHANGE_ERROR_WRITE, or RIAYA_STORE_ERROR_NOT_FOUND for an
 * institution unknown, or RIAYA_EXCHANGE_ERROR_CANCELLED. */
gboolean riaya_exchange_export (RiayaStore                 *store,
                                const RiayaExportOptions   *options,
                                GFile                      *file,
                                RiayaExchangeProgressFunc   progress,
                                gpointer                    user_data,
                                guint                      *records_written,
                                GCancellable               *cancellable,
                                GError                    **error);

/* The name Riaya proposes for the file of @options (docs/exchange-format.md
 * "File names"), whose export takes the sequence number @sequence
 * (riaya_store_peek_export_sequence() before it runs):
 * riaya-LICENCE-YYYY-SEQ.xml for one institution's file (one named, or a
 * director's only house), riaya-PROVINCE-YYYY-SEQ.xml for a province's (a
 * delegate's), riaya-director-YYYY-SEQ.xml for a director's several
 * houses, riaya-national-YYYY-SEQ.xml otherwise; YYYY is the year the
 * period starts in (the year in progress when none is given). */
char    *riaya_exchange_dup_file_name (RiayaStore                 *store,
                                       const RiayaExportOptions   *options,
                                       gint64                      sequence);

G_END_DECLS
