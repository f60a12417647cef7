/* riaya-grant.h — an annual grant of the Entraide Nationale to an institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Entraide Nationale pays licensed institutions a grant each year
 * (domain brief §5): decided for a year, with a kind and a purpose, under
 * a partnership convention when above 50,000 DH (Prime Minister's
 * circular 7/2003), paid in one or several tranches, and justified
 * afterwards by the association (due date, receipt, approval or
 * rejection). Amounts are gint64 centimes (riaya-money.h).
 */

#pragma once

#include <glib-object.h>

#include "riaya-enums.h"
#include "riaya-institution.h"

G_BEGIN_DECLS

/* Where a grant stands on a date, for lists and filters. */
typedef enum
{
  RIAYA_GRANT_STATUS_OPEN,   /* money or justification still to come, nothing late */
  RIAYA_GRANT_STATUS_LATE,   /* a tranche past due and unpaid, or a justification past due */
  RIAYA_GRANT_STATUS_CLOSED, /* paid in full and its justification approved */
  RIAYA_N_GRANT_STATUSES
} RiayaGrantStatus;

const char *riaya_grant_status_to_code   (RiayaGrantStatus status);
gboolean    riaya_grant_status_from_code (const char *code, RiayaGrantStatus *out);
const char *riaya_grant_status_to_label  (RiayaGrantStatus status);

/* Where the justification the association owes stands. */
typedef enum
{
  RIAYA_JUSTIFICATION_NOT_ASKED, /* no due date recorded */
  RIAYA_JUSTIFICATION_AWAITED,   /* due, not received yet (late once past due) */
  RIAYA_JUSTIFICATION_RECEIVED,  /* received, not yet approved or rejected */
  RIAYA_JUSTIFICATION_APPROVED,
  RIAYA_JUSTIFICATION_REJECTED,  /* rejected: still owed (late once past due) */
  RIAYA_N_JUSTIFICATION_STATES
} RiayaJustificationState;

const char *riaya_justification_state_to_code  (RiayaJustificationState state);
const char *riaya_justification_state_to_label (RiayaJustificationState state);

/* --- Tranches ---------------------------------------------------------- */

#define RIAYA_TYPE_GRANT_TRANCHE (riaya_grant_tranche_get_type ())

G_DECLARE_FINAL_TYPE (RiayaGrantTranche, riaya_grant_tranche, RIAYA, GRANT_TRANCHE, GObject)

/* A tranche with a fresh UUID, not paid. */
RiayaGrantTranche *riaya_grant_tranche_new          (const char        *due_on,
                                                     gint64             amount);
RiayaGrantTranche *riaya_grant_tranche_copy         (RiayaGrantTranche *self);
const char        *riaya_grant_tranche_get_uuid     (RiayaGrantTranche *self);
void               riaya_grant_tranche_set_uuid     (RiayaGrantTranche *self,
                                                     const char        *uuid);
const char        *riaya_grant_tranche_get_due_on   (RiayaGrantTranche *self);
void               riaya_grant_tranche_set_due_on   (RiayaGrantTranche *self,
                                                     const char        *date);
gint64             riaya_grant_tranche_get_amount   (RiayaGrantTranche *self);
void               riaya_grant_tranche_set_amount   (RiayaGrantTranche *self,
                                                     gint64             centimes);
/* NULL while unpaid. */
const char        *riaya_grant_tranche_get_paid_on  (RiayaGrantTranche *self);
void               riaya_grant_tranche_set_paid_on  (RiayaGrantTranche *self,
                                                     const char        *date);
/* Past due on @today (its due date before @today) and not paid. */
gboolean           riaya_grant_tranche_is_overdue   (RiayaGrantTranche *self,
                                                     const char        *today);

/* --- Grants ------------------------------------------------------------ */

#define RIAYA_TYPE_GRANT (riaya_grant_get_type ())

G_DECLARE_FINAL_TYPE (RiayaGrant, riaya_grant, RIAYA, GRANT, GObject)

/* A grant with a fresh UUID, kind "running-costs", no tranche. */
RiayaGrant      *riaya_grant_new                      (const char     *institution_uuid,
                                                       guint           year,
                                                       gint64          amount);
/* A deep copy (tranches too), for an editor to change and save or drop. */
RiayaGrant      *riaya_grant_copy                     (RiayaGrant     *self);

const char      *riaya_grant_get_uuid                 (RiayaGrant     *self);
void             riaya_grant_set_uuid                 (RiayaGrant     *self,
                                                       const char     *uuid);
const char      *riaya_grant_get_institution_uuid     (RiayaGrant     *self);
void             riaya_grant_set_institution_uuid     (RiayaGrant     *self,
                                                       const char     *uuid);
guint            riaya_grant_get_year                 (RiayaGrant     *self);
void             riaya_grant_set_year                 (RiayaGrant     *self,
                                                       guint           year);
/* Centimes. */
gint64           riaya_grant_get_amount               (RiayaGrant     *self);
void             riaya_grant_set_amount               (RiayaGrant     *self,
                                                       gint64          centimes);
RiayaGrantKind   riaya_grant_get_kind                 (RiayaGrant     *self);
void             riaya_grant_set_kind                 (RiayaGrant     *self,
                                                       RiayaGrantKind  kind);
/* The basis or purpose, free text (NULL when none). */
const char      *riaya_grant_get_basis                (RiayaGrant     *self);
void             riaya_grant_set_basis                (RiayaGrant     *self,
                                                       const char     *basis);
/* The date of the grant decision (NULL when not known). */
const char      *riaya_grant_get_decided_on           (RiayaGrant     *self);
void             riaya_grant_set_decided_on           (RiayaGrant     *self,
                                                       const char     *date);
/* The partnership convention: its reference and date (NULL when none). */
const char      *riaya_grant_get_convention_ref       (RiayaGrant     *self);
void             riaya_grant_set_convention_ref       (RiayaGrant     *self,
                                                       const char     *reference);
const char      *riaya_grant_get_convention_date      (RiayaGrant     *self);
void             riaya_grant_set_convention_date      (RiayaGrant     *self,
                                                       const char     *date);

/* The justification: the date it is due, received, approved or rejected
 * (with the reason). NULL when not (yet) so. */
const char      *riaya_grant_get_justification_due      (RiayaGrant   *self);
void             riaya_grant_set_justification_due      (RiayaGrant   *self,
                                                         const char   *date);
const char      *riaya_grant_get_justification_received (RiayaGrant   *self);
void             riaya_grant_set_justification_received (RiayaGrant   *self,
                                                         const char   *date);
const char      *riaya_grant_get_justification_approved (RiayaGrant   *self);
void             riaya_grant_set_justification_approved (RiayaGrant   *self,
                                                         const char   *date);
const char      *riaya_grant_get_justification_rejected (RiayaGrant   *self);
void             riaya_grant_set_justification_rejected (RiayaGrant   *self,
                                                         const char   *date);
const char      *riaya_grant_get_rejection_reason       (RiayaGrant   *self);
void             riaya_grant_set_rejection_reason       (RiayaGrant   *self,
                                                         const char   *reason);

/* The tranches (RiayaGrantTranche), in due-date order. (transfer none) */
GListModel      *riaya_grant_get_tranches             (RiayaGrant        *self);
/* Inserts @tranche in due-date order (a reference is taken). */
void             riaya_grant_add_tranche              (RiayaGrant        *self,
                                                       RiayaGrantTranche *tranche);
/* The tranche of that UUID, or NULL. (transfer none) */
RiayaGrantTranche *riaya_grant_find_tranche           (RiayaGrant        *self,
                                                       const char        *uuid);
gboolean         riaya_grant_remove_tranche           (RiayaGrant        *self,
                                                       const char        *uuid);

/* The institution's name, licence number and province, filled by the store
 * when it lists grants; NULL otherwise. Not saved with the grant. */
const char      *riaya_grant_get_institution_name     (RiayaGrant     *self);
const char      *riaya_grant_get_licence_number       (RiayaGrant     *self);
const char      *riaya_grant_get_province_code        (RiayaGrant     *self);
void             riaya_grant_set_institution_info     (RiayaGrant     *self,
                                                       const char     *name,
                                                       const char     *licence_number,
                                                       const char     *province_code);

/* Sums in centimes: of every tranche, of the tranches paid, and what is
 * still due (the amount less what is paid). */
gint64           riaya_grant_get_scheduled            (RiayaGrant     *self);
gint64           riaya_grant_get_paid                 (RiayaGrant     *self);
gint64           riaya_grant_get_remaining            (RiayaGrant     *self);
/* Tranches past due and unpaid on @today. */
guint            riaya_grant_count_overdue_tranches   (RiayaGrant     *self,
                                                       const char     *today);
RiayaJustificationState riaya_grant_get_justification_state (RiayaGrant *self);
/* The justification is past due on @today (due date before @today) and
 * not received, or received and rejected. */
gboolean         riaya_grant_is_justification_overdue (RiayaGrant     *self,
                                                       const char     *today);
RiayaGrantStatus riaya_grant_get_status               (RiayaGrant     *self,
                                                       const char     *today);

/* The grant's own rules (RIAYA_VALIDATION_ERROR, a translated message that
 * says what to do), with @today for dates that cannot be in the future:
 *  - year between 1990 and next year; amount above zero and at most
 *    RIAYA_MONEY_MAX (OUT_OF_RANGE);
 *  - a convention reference above 50,000 DH (REQUIRED; circular 7/2003);
 *    a convention date, decision date, payment, receipt, approval or
 *    rejection date not in the future (FUTURE_DATE);
 *  - a decision no earlier than 1 January of the year before the grant's
 *    (DATE_ORDER);
 *  - tranches of more than zero, summing to no more than the grant
 *    (OUT_OF_RANGE); none paid before the decision (DATE_ORDER);
 *  - an approval or rejection only after receipt and not before it, not
 *    both, a rejection with its reason (DATE_ORDER, REQUIRED); a receipt
 *    only with a due date (REQUIRED). */
gboolean         riaya_grant_validate                 (RiayaGrant     *self,
                                                       const char     *today,
                                                       GError        **error);
/* A grant goes to a licensed institution (Law 65.15 art. 17): its licence
 * must have been in force on at least one day of the grant's year
 * (EVENT_SEQUENCE, or DATE_ORDER when it was granted only later). */
gboolean         riaya_grant_check_institution        (RiayaGrant       *self,
                                                       RiayaInstitution *institution,
                                                       GError          **error);

/* The names of the fields that differ between @before and @after, for the
 * journal ("amount, tranches, justification-received"); NULL when none. */
char            *riaya_grant_dup_changed_fields       (RiayaGrant     *before,
                                                       RiayaGrant     *after);

G_END_DECLS
