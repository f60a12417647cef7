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

G_END_DECLS
