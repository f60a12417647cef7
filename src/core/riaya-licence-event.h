/* riaya-licence-event.h — one dated event in a licence's history
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "riaya-enums.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_LICENCE_EVENT (riaya_licence_event_get_type ())

G_DECLARE_FINAL_TYPE (RiayaLicenceEvent, riaya_licence_event, RIAYA, LICENCE_EVENT, GObject)

/* @deadline and @note may be NULL. A new UUID is made for the event. */
RiayaLicenceEvent     *riaya_licence_event_new          (RiayaLicenceEventKind kind,
                                                         const char           *date,
                                                         const char           *deadline,
                                                         const char           *note);
const char            *riaya_licence_event_get_uuid     (RiayaLicenceEvent    *self);
void                   riaya_licence_event_set_uuid     (RiayaLicenceEvent    *self,
                                                         const char           *uuid);
RiayaLicenceEventKind  riaya_licence_event_get_kind     (RiayaLicenceEvent    *self);
const char            *riaya_licence_event_get_date     (RiayaLicenceEvent    *self);
const char            *riaya_licence_event_get_deadline (RiayaLicenceEvent    *self);
const char            *riaya_licence_event_get_note     (RiayaLicenceEvent    *self);

G_END_DECLS
