/* riaya-store-institutions-on-private.h — the registry on a date, inside the store
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What riaya-store-registry-now.c shares with the lean read of the
 * registry: the same computation from the histories keeps
 * institution_now and answers for the dates it does not hold.
 */

#pragma once

#include "riaya-store-institutions-on.h"

G_BEGIN_DECLS

/* A record with its UUID alone and nothing known yet. */
RiayaInstitutionOn *_riaya_institution_on_new_bare   (const char  *uuid);

/* Fills the status, places, staff and people present on @on of each
 * record of @by_uuid (sorted by UUID) from the histories. */
gboolean            _riaya_store_fill_from_histories (RiayaStore  *self,
                                                      GPtrArray   *by_uuid,
                                                      const char  *on,
                                                      GError     **error);

/* A copy of @item, with strings of its own. */
RiayaInstitutionOn *_riaya_institution_on_copy       (const RiayaInstitutionOn *item);
/* Orders records by UUID, and by licence number then UUID (the order of
 * riaya_store_list_institutions_on); for g_ptr_array_sort(). */
int                 _riaya_institution_on_compare_uuids    (gconstpointer a,
                                                            gconstpointer b);
int                 _riaya_institution_on_compare_licences (gconstpointer a,
                                                            gconstpointer b);

/* The institutions not deleted, as records with nothing known on any
 * date yet, into @items; and the staff of each of @by_uuid (sorted by
 * UUID). */
gboolean            _riaya_store_load_institution_rows  (RiayaStore  *self,
                                                         GPtrArray   *items,
                                                         GError     **error);
gboolean            _riaya_store_load_institution_staff (RiayaStore  *self,
                                                         GPtrArray   *by_uuid,
                                                         GError     **error);

G_END_DECLS
