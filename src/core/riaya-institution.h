/* riaya-institution.h — a licensed social care institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "riaya-capacity-line.h"
#include "riaya-enums.h"
#include "riaya-licence-event.h"
#include "riaya-occupancy.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_INSTITUTION (riaya_institution_get_type ())

G_DECLARE_FINAL_TYPE (RiayaInstitution, riaya_institution, RIAYA, INSTITUTION, GObject)

/* A new institution with a fresh UUID and every field empty. */
RiayaInstitution     *riaya_institution_new                (void);
/* A deep copy (same UUID), for editing without touching the original. */
RiayaInstitution     *riaya_institution_copy               (RiayaInstitution     *self);
/* Makes @self equal to @other, notifying each property that changes. */
void                  riaya_institution_update_from        (RiayaInstitution     *self,
                                                            RiayaInstitution     *other);

const char           *riaya_institution_get_uuid           (RiayaInstitution     *self);
void                  riaya_institution_set_uuid           (RiayaInstitution     *self,
                                                            const char           *uuid);
const char           *riaya_institution_get_licence_number (RiayaInstitution     *self);
void                  riaya_institution_set_licence_number (RiayaInstitution     *self,
                                                            const char           *number);
const char           *riaya_institution_get_licence_date   (RiayaInstitution     *self);
void                  riaya_institution_set_licence_date   (RiayaInstitution     *self,
                                                            const char           *date);
RiayaLegalBasis       riaya_institution_get_legal_basis    (RiayaInstitution     *self);
void                  riaya_institution_set_legal_basis    (RiayaInstitution     *self,
                                                            RiayaLegalBasis       basis);
RiayaInstitutionType  riaya_institution_get_institution_type (RiayaInstitution   *self);
void                  riaya_institution_set_institution_type (RiayaInstitution   *self,
                                                            RiayaInstitutionType  type);
const char           *riaya_institution_get_name_ar        (RiayaInstitution     *self);
void                  riaya_institution_set_name_ar        (RiayaInstitution     *self,
                                                            const char           *name);
const char           *riaya_institution_get_name_fr        (RiayaInstitution     *self);
void                  riaya_institution_set_name_fr        (RiayaInstitution     *self,
                                                            const char           *name);
const char           *riaya_institution_get_founder        (RiayaInstitution     *self);
void                  riaya_institution_set_founder        (RiayaInstitution     *self,
                                                            const char           *founder);
const char           *riaya_institution_get_director       (RiayaInstitution     *self);
void                  riaya_institution_set_director       (RiayaInstitution     *self,
                                                            const char           *director);
const char           *riaya_institution_get_province_code  (RiayaInstitution     *self);
void                  riaya_institution_set_province_code  (RiayaInstitution     *self,
                                                            const char           *code);
const char           *riaya_institution_get_commune        (RiayaInstitution     *self);
void                  riaya_institution_set_commune        (RiayaInstitution     *self,
                                                            const char           *commune);
const char           *riaya_institution_get_address        (RiayaInstitution     *self);
void                  riaya_institution_set_address        (RiayaInstitution     *self,
                                                            const char           *address);
const char           *riaya_institution_get_phone          (RiayaInstitution     *self);
void                  riaya_institution_set_phone          (RiayaInstitution     *self,
                                                            const char           *phone);

/* Services of Law 65.15 art. 5, one bit per RiayaService. */
guint                 riaya_institution_get_services       (RiayaInstitution     *self);
void                  riaya_institution_set_services       (RiayaInstitution     *self,
                                                            guint                 services);
gboolean              riaya_institution_has_service        (RiayaInstitution     *self,
                                                            RiayaService          service);

/* Staff by role: persons, or hours a year for doctor and psychologist. */
guint                 riaya_institution_get_staff          (RiayaInstitution     *self,
                                                            RiayaStaffRole        role);
void                  riaya_institution_set_staff          (RiayaInstitution     *self,
                                                            RiayaStaffRole        role,
                                                            guint                 count);

/* The licence's history (RiayaLicenceEvent) and capacity lines
 * (RiayaCapacityLine). The models belong to the institution; the store
 * fills them, and editors add to them before saving — always through the
 * functions below, which keep the derived status and places up to date,
 * never by changing the models directly. */
GListModel           *riaya_institution_get_events         (RiayaInstitution     *self);
GListModel           *riaya_institution_get_capacity_lines (RiayaInstitution     *self);
void                  riaya_institution_add_event          (RiayaInstitution     *self,
                                                            RiayaLicenceEvent    *event);
void                  riaya_institution_add_capacity_line  (RiayaInstitution     *self,
                                                            RiayaCapacityLine    *line);
void                  riaya_institution_clear_history      (RiayaInstitution     *self);

/* Derived, never stored. */
const char           *riaya_institution_get_display_name   (RiayaInstitution     *self);
/* The two-digit region code, the first part of the province code. */
char                 *riaya_institution_dup_region_code    (RiayaInstitution     *self);
RiayaLicenceStatus    riaya_institution_get_status         (RiayaInstitution     *self);
RiayaLicenceStatus    riaya_institution_get_status_on      (RiayaInstitution     *self,
                                                            const char           *on);
/* Licensed places today, or on @on. */
guint                 riaya_institution_get_places         (RiayaInstitution     *self);
guint                 riaya_institution_get_places_on      (RiayaInstitution     *self,
                                                            const char           *on);
/* People present, from the store's counts: those of the register in a
 * director's database, those imported elsewhere. Not part of the
 * institution's record; the store sets it when it lists institutions
 * (today's counts). @presence NULL means unknown. Notifies "present" and
 * "over-capacity". */
void                  riaya_institution_set_presence       (RiayaInstitution     *self,
                                                            const char           *on,
                                                            const RiayaPresence  *presence);
/* NULL when unknown. (transfer none) */
const RiayaPresence  *riaya_institution_get_presence       (RiayaInstitution     *self);
/* The date of the presence, or NULL. */
const char           *riaya_institution_get_presence_date  (RiayaInstitution     *self);
/* People present in all, 0 when unknown. */
guint                 riaya_institution_get_present        (RiayaInstitution     *self);
/* Whether a group of places was over capacity on the presence date
 * (riaya_occupancy_groups); FALSE when unknown. */
gboolean              riaya_institution_is_over_capacity   (RiayaInstitution     *self);

/* Folded text of names, licence number, commune and founder (riaya_text_fold). */
const char           *riaya_institution_get_search_key     (RiayaInstitution     *self);

/* Everything core can check without the database: required fields and
 * their form, licence date not in the future, every capacity line (type,
 * range, dates) and the history of events. Uniqueness of the licence
 * number and the existence of the province are the store's checks. */
gboolean              riaya_institution_validate           (RiayaInstitution     *self,
                                                            const GDate          *today,
                                                            GError              **error);

G_END_DECLS
