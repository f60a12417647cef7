/* riaya-context.h — what every page needs, handed down instead of globals
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "riaya-store.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_CONTEXT (riaya_context_get_type ())

G_DECLARE_FINAL_TYPE (RiayaContext, riaya_context, RIAYA, CONTEXT, GObject)

/* The database the GUI opens: $RIAYA_DB, else the database-path setting,
 * else riaya_store_default_path(). */
char           *riaya_context_resolve_db_path    (GSettings     *settings);

RiayaContext   *riaya_context_new                (RiayaStore    *store,
                                                  GSettings     *settings);
RiayaStore     *riaya_context_get_store          (RiayaContext  *self);
GSettings      *riaya_context_get_settings       (RiayaContext  *self);
const char     *riaya_context_get_db_path        (RiayaContext  *self);

/* The profile chosen at first start; FALSE before that. */
gboolean        riaya_context_get_profile        (RiayaContext  *self,
                                                  RiayaProfile  *profile,
                                                  char         **province_code);
gboolean        riaya_context_set_profile        (RiayaContext  *self,
                                                  RiayaProfile   profile,
                                                  const char    *province_code,
                                                  GError       **error);
gboolean        riaya_context_is_demo            (RiayaContext  *self);

/* The reference territories, loaded once (GListModel of RiayaTerritory). */
GListModel     *riaya_context_get_regions        (RiayaContext  *self);
GListModel     *riaya_context_get_provinces      (RiayaContext  *self);
RiayaTerritory *riaya_context_lookup_territory   (RiayaContext  *self,
                                                  const char    *code);

/* Tells every page that the database changed under them (a restore, demo
 * data loaded): emits RiayaContext::reloaded. */
void            riaya_context_reloaded           (RiayaContext  *self);
/* Tells every page that grants changed (emits RiayaContext::grants-changed). */
void            riaya_context_grants_changed     (RiayaContext  *self);
/* Tells every page that visits changed (emits
 * RiayaContext::inspections-changed). */
void            riaya_context_inspections_changed (RiayaContext *self);

G_END_DECLS
