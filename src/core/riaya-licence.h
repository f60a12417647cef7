/* riaya-licence.h — what a licence's history means
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A licence has no validity period under either law (domain.md §2): it is
 * in force from its grant until withdrawn or closed. Its status is never
 * stored on its own; it follows from the dated events.
 */

#pragma once

#include <gio/gio.h>

#include "riaya-enums.h"
#include "riaya-licence-event.h"

G_BEGIN_DECLS

/* The status after the events of @events (a GListModel of
 * RiayaLicenceEvent, in any order) dated on or before @on (ISO date; NULL
 * means every event). */
RiayaLicenceStatus riaya_licence_status_on   (GListModel        *events,
                                              const char        *on);

/* The status after one more event of @kind, as riaya_licence_status_on()
 * applies them one by one in date order (a grant first on its day): for
 * the store, which reads the events of thousands of institutions as rows
 * rather than objects. A step that makes no sense leaves @status. */
RiayaLicenceStatus riaya_licence_status_after (RiayaLicenceStatus     status,
                                               RiayaLicenceEventKind  kind);

/* Whether @event may be added to @events of a licence dated @licence_date:
 * its date is a real past day not before the licence, its deadline (only
 * for a warning or a reprimand) after its date, and the whole history
 * still makes sense in date order — a licence is granted once and first,
 * only a closed, suspended or withdrawn institution is reopened, and
 * nothing but a reopening follows a withdrawal or a closure. */
gboolean           riaya_licence_check_event (GListModel        *events,
                                              RiayaLicenceEvent *event,
                                              const char        *licence_date,
                                              const GDate       *today,
                                              GError           **error);

/* Whether a whole history makes sense: each event, in date order, checked
 * as riaya_licence_check_event() against the ones before it, so that an
 * impossible history is named by its first wrong step. */
gboolean           riaya_licence_check_history (GListModel      *events,
                                                const char      *licence_date,
                                                const GDate     *today,
                                                GError         **error);

G_END_DECLS
