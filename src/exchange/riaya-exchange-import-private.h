/* riaya-exchange-import-private.h — what the import's files share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "riaya-store-exchange.h"

G_BEGIN_DECLS

/* Puts the files of each sender (@files, paths; @forced, a gboolean per
 * file, moved with it) in the order of their export numbers, in the
 * places their names gave them: riaya-exchange-import-order.c. */
void _riaya_exchange_order_by_sender (GPtrArray *files,
                                      GArray    *forced);

/* The files read ahead, in a thread of their own, while the import's
 * thread writes: riaya-exchange-import-ahead.c. */
typedef struct _RiayaImportAhead RiayaImportAhead;

typedef enum
{
  RIAYA_IMPORT_AHEAD_HEADER,   /* a file's header, read whole */
  RIAYA_IMPORT_AHEAD_BUNDLE,   /* one of its institutions, with all it carries */
  RIAYA_IMPORT_AHEAD_PROGRESS, /* how far the reader is in it */
  RIAYA_IMPORT_AHEAD_END,      /* the file read whole (ok), or why not */
} RiayaImportAheadKind;

typedef struct
{
  RiayaImportAheadKind     kind;
  guint                    file;        /* its index in the paths */
  RiayaExchangeHeader     *header;      /* HEADER */
  RiayaInstitutionBundle  *bundle;      /* BUNDLE */
  goffset                  bytes_read;  /* PROGRESS */
  goffset                  size;
  gboolean                 ok;          /* END */
  GError                  *error;
} RiayaImportAheadEvent;

/* Starts reading @paths, in their order (the array is kept, and must not
 * change until freed); @with_progress queues PROGRESS events.
 * @cancellable, the caller's, also stops the reader. */
RiayaImportAhead      *_riaya_import_ahead_start      (GPtrArray             *paths,
                                                       gboolean               with_progress,
                                                       GCancellable          *cancellable);
/* The next event, waiting for it; NULL after the last file's END. The
 * caller owns it (steal its header, bundle or error as it needs). */
RiayaImportAheadEvent *_riaya_import_ahead_next       (RiayaImportAhead      *self);
/* The writer refused @file: its reading may stop (its END still comes). */
void                   _riaya_import_ahead_skip_file  (RiayaImportAhead      *self,
                                                       guint                  file);
void                   _riaya_import_ahead_event_free (RiayaImportAheadEvent *event);
/* Stops the reader where it is and frees what it had read ahead. */
void                   _riaya_import_ahead_free       (RiayaImportAhead      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaImportAhead, _riaya_import_ahead_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaImportAheadEvent, _riaya_import_ahead_event_free)

G_END_DECLS
