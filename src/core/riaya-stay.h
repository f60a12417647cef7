/* riaya-stay.h — one entry of an institution's register of beneficiaries
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stay is one person's time in one institution, from admission to exit:
 * a numbered line of the register of Law 65.15 art. 28 (entry date,
 * registration number and exit date, decree 2.19.693 art. 11). A person
 * is present on a date D when admitted on or before D and not yet gone:
 * the exit date is the first day away.
 */

#pragma once

#include <glib-object.h>

#include "riaya-enums.h"
#include "riaya-institution.h"
#include "riaya-resident.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_STAY (riaya_stay_get_type ())

G_DECLARE_FINAL_TYPE (RiayaStay, riaya_stay, RIAYA, STAY, GObject)

/* A new stay of @resident (a reference is kept) with a fresh UUID, no
 * register number yet (0), referral "other" and no exit. */
RiayaStay       *riaya_stay_new                     (RiayaResident   *resident);

const char      *riaya_stay_get_uuid                (RiayaStay       *self);
void             riaya_stay_set_uuid                (RiayaStay       *self,
                                                     const char      *uuid);
RiayaResident   *riaya_stay_get_resident            (RiayaStay       *self);
void             riaya_stay_set_resident            (RiayaStay       *self,
                                                     RiayaResident   *resident);
const char      *riaya_stay_get_institution_uuid    (RiayaStay       *self);
void             riaya_stay_set_institution_uuid    (RiayaStay       *self,
                                                     const char      *uuid);
/* The institution's display name, filled by the store when it lists a
 * person's stays across institutions; NULL otherwise. */
const char      *riaya_stay_get_institution_name    (RiayaStay       *self);
void             riaya_stay_set_institution_name    (RiayaStay       *self,
                                                     const char      *name);
/* Given by the store in sequence per institution, never reused; 0 until
 * the stay is saved (or a number asked for, when a paper register is
 * copied in). */
guint            riaya_stay_get_register_number     (RiayaStay       *self);
void             riaya_stay_set_register_number     (RiayaStay       *self,
                                                     guint            number);
RiayaCategory    riaya_stay_get_category            (RiayaStay       *self);
void             riaya_stay_set_category            (RiayaStay       *self,
                                                     RiayaCategory    category);
const char      *riaya_stay_get_admitted_on         (RiayaStay       *self);
void             riaya_stay_set_admitted_on         (RiayaStay       *self,
                                                     const char      *date);
RiayaReferral    riaya_stay_get_referral            (RiayaStay       *self);
void             riaya_stay_set_referral            (RiayaStay       *self,
                                                     RiayaReferral    referral);
/* NULL while present. */
const char      *riaya_stay_get_exited_on           (RiayaStay       *self);
void             riaya_stay_set_exited_on           (RiayaStay       *self,
                                                     const char      *date);
RiayaExitReason  riaya_stay_get_exit_reason         (RiayaStay       *self);
void             riaya_stay_set_exit_reason         (RiayaStay       *self,
                                                     RiayaExitReason  reason);
/* A transfer within the database links the two stays both ways: the stay
 * left points to the stay begun, and the stay begun to the stay left. */
const char      *riaya_stay_get_transfer_to_uuid    (RiayaStay       *self);
void             riaya_stay_set_transfer_to_uuid    (RiayaStay       *self,
                                                     const char      *uuid);
const char      *riaya_stay_get_transfer_from_uuid  (RiayaStay       *self);
void             riaya_stay_set_transfer_from_uuid  (RiayaStay       *self,
                                                     const char      *uuid);
/* A transfer to an institution outside the database: its licence number. */
const char      *riaya_stay_get_destination_licence (RiayaStay       *self);
void             riaya_stay_set_destination_licence (RiayaStay       *self,
                                                     const char      *licence_number);

/* Whether the person was present on @on (ISO date). */
gboolean         riaya_stay_is_present_on           (RiayaStay       *self,
                                                     const char      *on);

/* The rules of an admission that need no database (RIAYA_VALIDATION_ERROR):
 * the person's own fields (riaya_resident_validate); admission date
 * given, real, not after @today and not before the birth date; a
 * category that @institution's type serves (Law 65.15 art. 3); and a
 * licence in force on the admission date — not before it was granted,
 * not while suspended, withdrawn or closed (arts 17, 34). */
gboolean         riaya_stay_check_admission         (RiayaStay        *self,
                                                     RiayaInstitution *institution,
                                                     const GDate      *today,
                                                     GError          **error);
/* The rules of an exit on @date: the stay is still open, @date is real,
 * not after @today and not before the admission; a transfer elsewhere
 * names a well-formed licence number (@destination_licence may be NULL
 * otherwise). */
gboolean         riaya_stay_check_exit              (RiayaStay        *self,
                                                     const char       *date,
                                                     RiayaExitReason   reason,
                                                     const GDate      *today,
                                                     GError          **error);

G_END_DECLS
