/* riaya-store-cache-private.h — what a store keeps in memory between reports
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A store that keeps the histories (riaya_store_set_keep_histories)
 * answers the registry on a date (riaya-store-registry-cache.c) and the
 * lists of the visits on a date (riaya-store-visits-cache.c) from what it
 * read once, until the database changes.
 */

#pragma once

#include "riaya-store-private.h"

G_BEGIN_DECLS

/* What tells that the database changed since: PRAGMA data_version, for a
 * commit by any other connection, and the rows this connection changed. */
typedef struct
{
  gint64 data_version;
  gint64 total_changes;
} RiayaStoreStamp;

/* Reads the stamp of the read transaction under way. */
gboolean   _riaya_store_read_stamp            (RiayaStore       *self,
                                               RiayaStoreStamp  *stamp,
                                               GError          **error);
/* Whether @a and @b were read with no change in between. */
gboolean   _riaya_store_stamp_equal           (const RiayaStoreStamp *a,
                                               const RiayaStoreStamp *b);

/* The part of the memory of riaya-store-visits-cache.c, NULL at first;
 * set and freed through these. */
typedef struct _RiayaVisitsCache RiayaVisitsCache;

void       _riaya_visits_cache_free           (RiayaVisitsCache *cache);
/* The slot of the store's visits part, or NULL when the store does not
 * keep the histories. */
RiayaVisitsCache **_riaya_store_get_visits_cache (RiayaStore    *self);

/* When the store keeps the histories, up to date, and the read
 * transaction is the caller's own (@own_transaction: a change of this
 * connection not yet committed is never kept), adds to @items the whole
 * registry on @on computed from them, sets @read to whether that worked,
 * and returns TRUE. FALSE: the caller reads the database itself (the
 * histories are not kept, or out of date: riaya_store_warm_histories()
 * reads them again). */
gboolean   _riaya_store_registry_cache_list   (RiayaStore       *self,
                                               const char       *on,
                                               gboolean          own_transaction,
                                               GPtrArray        *items,
                                               gboolean         *read,
                                               GError          **error);

/* As riaya_store_last_valid_visits() and
 * riaya_store_list_overdue_actions(), from the visits and actions kept
 * in memory: TRUE with *@result set (NULL and @error on failure) when
 * the store keeps them, up to date; FALSE: the caller reads the
 * database itself. */
/* Reads the visits and actions again if the database changed since, or
 * a first time (riaya_store_warm_histories()). */
gboolean   _riaya_store_visits_cache_warm            (RiayaStore  *self,
                                                      GError     **error);
gboolean   _riaya_store_visits_cache_last_valid      (RiayaStore  *self,
                                                      const char  *on,
                                                      GHashTable **result,
                                                      GError     **error);
gboolean   _riaya_store_visits_cache_overdue_actions (RiayaStore  *self,
                                                      const char  *on,
                                                      GPtrArray  **result,
                                                      GError     **error);

G_END_DECLS
