/* riaya-tasks.h — long jobs run in worker threads
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each job opens its own RiayaStore on @db_path (a store is used from one
 * thread only) so that the interface never waits for the database.
 */

#pragma once

#include <gio/gio.h>

#include "riaya-store-grants.h"

G_BEGIN_DECLS

/* Every institution, with its search key, status and places already
 * computed so that the main thread only splices them in. */
void        riaya_load_institutions_async  (const char           *db_path,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GPtrArray  *riaya_load_institutions_finish (GAsyncResult         *result,
                                            GError              **error);

/* Grants matching @filter (complete, with their institution's name) and
 * the totals of each year they span — every year of @filter's, or from
 * the oldest grant listed to the newest — lateness judged on @today.
 * @totals receives a GArray of RiayaGrantYearTotals, newest year first
 * (empty when no grant matches). */
void        riaya_load_grants_async        (const char             *db_path,
                                            const RiayaGrantFilter *filter,
                                            const char             *today,
                                            GCancellable           *cancellable,
                                            GAsyncReadyCallback     callback,
                                            gpointer                user_data);
GPtrArray  *riaya_load_grants_finish       (GAsyncResult           *result,
                                            GArray                **totals,
                                            GError                **error);

void        riaya_load_demo_async          (const char           *db_path,
                                            guint                 scale,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean    riaya_load_demo_finish         (GAsyncResult         *result,
                                            GError              **error);

void        riaya_backup_async             (const char           *db_path,
                                            const char           *dest_path,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean    riaya_backup_finish            (GAsyncResult         *result,
                                            GError              **error);

void        riaya_restore_async            (const char           *db_path,
                                            const char           *backup_path,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean    riaya_restore_finish           (GAsyncResult         *result,
                                            GError              **error);

/* Today's automatic backup in the default folder, if none was made today. */
void        riaya_auto_backup_async        (const char           *db_path,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean    riaya_auto_backup_finish       (GAsyncResult         *result,
                                            gboolean             *made,
                                            GError              **error);

G_END_DECLS
