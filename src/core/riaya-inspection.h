/* riaya-inspection.h — a visit of the control committee to an institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The control committee chaired by the governor inspects each institution
 * at least once a year under Law 65.15 (arts 26–27), twice a year under
 * Law 14.05 (domain.md §4). Decree 2.19.693 (arts 7–9) asks for an annual
 * programme, and makes a visit valid only when a majority of the members
 * invited are present, who sign the report. A visit may end in a decision
 * (art. 34: warning or reprimand with a deadline to put things right,
 * temporary suspension, withdrawal; art. 31: closure), which becomes an
 * event of the licence, and in corrective actions with due dates.
 *
 * A visit is planned (a date and a kind) and later recorded (the day it
 * was done, who came, the checklist, findings, decision and actions). The
 * same object carries both: done_on is NULL while it is only planned.
 */

#pragma once

#include <glib-object.h>

#include "riaya-enums.h"
#include "riaya-institution.h"

G_BEGIN_DECLS

/* Why a visit takes place. Announced vs unannounced visits are not
 * regulated (domain.md §4); the delegation records which it was. */
typedef enum
{
  RIAYA_VISIT_KIND_PROGRAMMED,  /* from the annual programme (decree art. 7) */
  RIAYA_VISIT_KIND_UNANNOUNCED,
  RIAYA_VISIT_KIND_FOLLOW_UP,   /* checks what a previous visit asked for */
  RIAYA_VISIT_KIND_COMPLAINT,   /* on a complaint or a report */
  RIAYA_N_VISIT_KINDS
} RiayaVisitKind;

const char *riaya_visit_kind_to_code   (RiayaVisitKind kind);   /* "programmed", "unannounced", "follow-up", "complaint" */
gboolean    riaya_visit_kind_from_code (const char *code, RiayaVisitKind *out);
const char *riaya_visit_kind_to_label  (RiayaVisitKind kind);

/* What the committee decides after a visit (Law 65.15 arts 31, 34). */
typedef enum
{
  RIAYA_DECISION_NONE,
  RIAYA_DECISION_WARNING,     /* إنذار, with a deadline to regularise */
  RIAYA_DECISION_REPRIMAND,   /* توبيخ, with a deadline to regularise */
  RIAYA_DECISION_SUSPENSION,  /* temporary withdrawal; an end date may be given */
  RIAYA_DECISION_WITHDRAWAL,
  RIAYA_DECISION_CLOSURE,
  RIAYA_N_DECISIONS
} RiayaDecision;

const char *riaya_decision_to_code   (RiayaDecision decision);  /* "none", "warning", "reprimand", "suspension", "withdrawal", "closure" */
gboolean    riaya_decision_from_code (const char *code, RiayaDecision *out);
const char *riaya_decision_to_label  (RiayaDecision decision);
/* Whether the decision must carry a deadline (warning, reprimand: art. 34). */
gboolean    riaya_decision_needs_deadline (RiayaDecision decision);
/* Whether it may carry one (those two, and a suspension's end). */
gboolean    riaya_decision_takes_deadline (RiayaDecision decision);
/* The licence event a decision becomes; FALSE for RIAYA_DECISION_NONE. */
gboolean    riaya_decision_to_licence_event (RiayaDecision          decision,
                                             RiayaLicenceEventKind *out);

/* The areas of the checklist: what Law 65.15 and the 2007 model
 * specification ask of an institution (domain.md §§2–3), in this order. */
typedef enum
{
  RIAYA_CHECK_AREA_LICENCE,      /* licence shown and in force (art. 16) */
  RIAYA_CHECK_AREA_REGISTER,     /* beneficiary register kept and signed (art. 28) */
  RIAYA_CHECK_AREA_REGULATIONS,  /* internal regulations (model spec. art. 24) */
  RIAYA_CHECK_AREA_STAFFING,     /* staffing ratios (model spec.) */
  RIAYA_CHECK_AREA_SAFETY,       /* hygiene, safety and insurance */
  RIAYA_CHECK_AREA_HEALTH,       /* health care */
  RIAYA_CHECK_AREA_EDUCATION,    /* education and activities */
  RIAYA_CHECK_AREA_ACCOUNTS,     /* accounts, budget and single bank account (arts 23; spec. 25–29) */
  RIAYA_CHECK_AREA_RIGHTS,       /* residents' rights and confidentiality (art. 4) */
  RIAYA_N_CHECK_AREAS
} RiayaCheckArea;

/* Codes: "licence", "register", "regulations", "staffing", "safety",
 * "health", "education", "accounts", "rights". */
const char *riaya_check_area_to_code   (RiayaCheckArea area);
gboolean    riaya_check_area_from_code (const char *code, RiayaCheckArea *out);
const char *riaya_check_area_to_label  (RiayaCheckArea area);

typedef enum
{
  RIAYA_CHECK_NOT_ASSESSED,    /* nothing recorded for the area */
  RIAYA_CHECK_COMPLIANT,
  RIAYA_CHECK_NOT_COMPLIANT,
  RIAYA_CHECK_NOT_APPLICABLE,
  RIAYA_N_CHECK_RESULTS
} RiayaCheckResult;

/* Codes: "not-assessed", "compliant", "not-compliant", "not-applicable". */
const char *riaya_check_result_to_code   (RiayaCheckResult result);
gboolean    riaya_check_result_from_code (const char *code, RiayaCheckResult *out);
const char *riaya_check_result_to_label  (RiayaCheckResult result);

/* Where a visit stands on a date. */
typedef enum
{
  RIAYA_VISIT_STATUS_PLANNED,   /* planned, its date today or later */
  RIAYA_VISIT_STATUS_OVERDUE,   /* planned, its date passed, not recorded */
  RIAYA_VISIT_STATUS_DONE,      /* recorded, a majority present: valid */
  RIAYA_VISIT_STATUS_NOT_VALID, /* recorded without a majority (decree art. 8) */
  RIAYA_N_VISIT_STATUSES
} RiayaVisitStatus;

const char *riaya_visit_status_to_code  (RiayaVisitStatus status);  /* "planned", "overdue", "done", "not-valid" */
gboolean    riaya_visit_status_from_code (const char *code, RiayaVisitStatus *out);
const char *riaya_visit_status_to_label (RiayaVisitStatus status);

/* --- Corrective actions ------------------------------------------------ */

#define RIAYA_TYPE_CORRECTIVE_ACTION (riaya_corrective_action_get_type ())
G_DECLARE_FINAL_TYPE (RiayaCorrectiveAction, riaya_corrective_action, RIAYA, CORRECTIVE_ACTION, GObject)

/* An action with a fresh UUID, not done. */
RiayaCorrectiveAction *riaya_corrective_action_new          (const char *description,
                                                             const char *due_on);
RiayaCorrectiveAction *riaya_corrective_action_copy         (RiayaCorrectiveAction *self);
const char            *riaya_corrective_action_get_uuid     (RiayaCorrectiveAction *self);
void                   riaya_corrective_action_set_uuid     (RiayaCorrectiveAction *self,
                                                             const char            *uuid);
const char            *riaya_corrective_action_get_description (RiayaCorrectiveAction *self);
void                   riaya_corrective_action_set_description (RiayaCorrectiveAction *self,
                                                                const char            *text);
const char            *riaya_corrective_action_get_due_on   (RiayaCorrectiveAction *self);
void                   riaya_corrective_action_set_due_on   (RiayaCorrectiveAction *self,
                                                             const char            *date);
/* NULL while not done. */
const char            *riaya_corrective_action_get_done_on  (RiayaCorrectiveAction *self);
void                   riaya_corrective_action_set_done_on  (RiayaCorrectiveAction *self,
                                                             const char            *date);
/* Not done and its due date before @today. */
gboolean               riaya_corrective_action_is_overdue   (RiayaCorrectiveAction *self,
                                                             const char            *today);

/* --- Visits ------------------------------------------------------------ */

#define RIAYA_TYPE_INSPECTION (riaya_inspection_get_type ())
G_DECLARE_FINAL_TYPE (RiayaInspection, riaya_inspection, RIAYA, INSPECTION, GObject)

/* A planned visit with a fresh UUID: no members, every area not assessed,
 * no decision. */
RiayaInspection  *riaya_inspection_new                  (const char      *institution_uuid,
                                                         const char      *planned_on,
                                                         RiayaVisitKind   kind);
/* A deep copy (actions too), for an editor to change and save or drop. */
RiayaInspection  *riaya_inspection_copy                 (RiayaInspection *self);

const char       *riaya_inspection_get_uuid             (RiayaInspection *self);
void              riaya_inspection_set_uuid             (RiayaInspection *self,
                                                         const char      *uuid);
const char       *riaya_inspection_get_institution_uuid (RiayaInspection *self);
void              riaya_inspection_set_institution_uuid (RiayaInspection *self,
                                                         const char      *uuid);
const char       *riaya_inspection_get_planned_on       (RiayaInspection *self);
void              riaya_inspection_set_planned_on       (RiayaInspection *self,
                                                         const char      *date);
RiayaVisitKind    riaya_inspection_get_kind             (RiayaInspection *self);
void              riaya_inspection_set_kind             (RiayaInspection *self,
                                                         RiayaVisitKind   kind);
/* The visit a follow-up checks (NULL for none). */
const char       *riaya_inspection_get_follows          (RiayaInspection *self);
void              riaya_inspection_set_follows          (RiayaInspection *self,
                                                         const char      *inspection_uuid);
/* The committee members invited, one per line ("name — body"), for the
 * notice and the signatures of the report; free text, may be NULL. These
 * are officials of the committee, not residents. */
const char       *riaya_inspection_get_committee        (RiayaInspection *self);
void              riaya_inspection_set_committee        (RiayaInspection *self,
                                                         const char      *committee);
/* How many members were invited and how many came (0 while planned). */
guint             riaya_inspection_get_members_invited  (RiayaInspection *self);
void              riaya_inspection_set_members_invited  (RiayaInspection *self,
                                                         guint            count);
guint             riaya_inspection_get_members_present  (RiayaInspection *self);
void              riaya_inspection_set_members_present  (RiayaInspection *self,
                                                         guint            count);
/* The day the visit was done; NULL while only planned. */
const char       *riaya_inspection_get_done_on          (RiayaInspection *self);
void              riaya_inspection_set_done_on          (RiayaInspection *self,
                                                         const char      *date);
/* The checklist: one result and note (NULL when none) per area. */
RiayaCheckResult  riaya_inspection_get_check            (RiayaInspection *self,
                                                         RiayaCheckArea   area);
const char       *riaya_inspection_get_check_note       (RiayaInspection *self,
                                                         RiayaCheckArea   area);
void              riaya_inspection_set_check            (RiayaInspection *self,
                                                         RiayaCheckArea   area,
                                                         RiayaCheckResult result,
                                                         const char      *note);
/* Free findings, several paragraphs (NULL when none). */
const char       *riaya_inspection_get_findings         (RiayaInspection *self);
void              riaya_inspection_set_findings         (RiayaInspection *self,
                                                         const char      *findings);
RiayaDecision     riaya_inspection_get_decision         (RiayaInspection *self);
void              riaya_inspection_set_decision         (RiayaInspection *self,
                                                         RiayaDecision    decision);
/* The deadline to put things right (warning, reprimand) or the end of a
 * suspension; NULL when none. */
const char       *riaya_inspection_get_decision_deadline (RiayaInspection *self);
void              riaya_inspection_set_decision_deadline (RiayaInspection *self,
                                                          const char      *date);
/* The licence event the decision became (set by the store), or NULL. */
const char       *riaya_inspection_get_licence_event    (RiayaInspection *self);
void              riaya_inspection_set_licence_event    (RiayaInspection *self,
                                                         const char      *event_uuid);
/* Grows by one each time the visit is saved changed, so that calendars
 * update their copy (iCalendar SEQUENCE, RFC 5545 §3.8.7.4). */
guint             riaya_inspection_get_revision         (RiayaInspection *self);
void              riaya_inspection_set_revision         (RiayaInspection *self,
                                                         guint            revision);

/* The corrective actions (RiayaCorrectiveAction), in due-date order.
 * (transfer none) */
GListModel       *riaya_inspection_get_actions          (RiayaInspection *self);
/* Inserts @action in due-date order (a reference is taken). */
void              riaya_inspection_add_action           (RiayaInspection       *self,
                                                         RiayaCorrectiveAction *action);
/* Puts the actions back in due-date order after the due date of one
 * already added was changed (the visit does not watch its actions). */
void              riaya_inspection_sort_actions         (RiayaInspection *self);
RiayaCorrectiveAction *riaya_inspection_find_action     (RiayaInspection *self,
                                                         const char      *uuid);
gboolean          riaya_inspection_remove_action        (RiayaInspection *self,
                                                         const char      *uuid);

/* The institution's name, licence number, province and legal basis,
 * filled by the store when it lists visits; NULL (and 14.05) otherwise.
 * Not saved with the visit. */
const char       *riaya_inspection_get_institution_name (RiayaInspection *self);
const char       *riaya_inspection_get_licence_number   (RiayaInspection *self);
const char       *riaya_inspection_get_province_code    (RiayaInspection *self);
void              riaya_inspection_set_institution_info (RiayaInspection *self,
                                                         const char      *name,
                                                         const char      *licence_number,
                                                         const char      *province_code);
RiayaLegalBasis   riaya_inspection_get_legal_basis      (RiayaInspection *self);
void              riaya_inspection_set_legal_basis      (RiayaInspection *self,
                                                         RiayaLegalBasis  basis);

/* --- What follows from a visit --------------------------------------- */

/* Recorded as done (done_on set). */
gboolean          riaya_inspection_is_done              (RiayaInspection *self);
/* Decree 2.19.693 art. 8: valid only when a majority of the members
 * invited were present — more than half. FALSE while planned. */
gboolean          riaya_inspection_has_quorum           (RiayaInspection *self);
RiayaVisitStatus  riaya_inspection_get_status           (RiayaInspection *self,
                                                         const char      *today);
/* Actions not done whose due date is before @today. */
guint             riaya_inspection_count_overdue_actions (RiayaInspection *self,
                                                          const char      *today);
guint             riaya_inspection_count_open_actions   (RiayaInspection *self);
/* The day after which a follow-up visit is due: with actions still open,
 * the earliest of their due dates and the warning's or reprimand's
 * deadline; with no action at all, that deadline; NULL otherwise (every
 * action done, or nothing asked). "When a deadline passes with actions
 * open, a follow-up visit is proposed" — the store proposes it unless a
 * follow-up of this visit exists. */
char             *riaya_inspection_dup_follow_up_due    (RiayaInspection *self);
/* Areas marked not compliant. */
guint             riaya_inspection_count_not_compliant  (RiayaInspection *self);

/* The visit's own rules (RIAYA_VALIDATION_ERROR, a translated message that
 * says what to do), @today for dates that cannot be in the future:
 *  - a planned date (REQUIRED, FORMAT);
 *  - recorded: done_on not in the future (FUTURE_DATE); at least one
 *    member invited (REQUIRED); no more present than invited
 *    (OUT_OF_RANGE);
 *  - a decision only on a recorded visit (REQUIRED: record it first), and
 *    never on a visit without a majority, which is not valid and cannot
 *    ground a sanction (EVENT_SEQUENCE);
 *  - a warning or a reprimand with its deadline (REQUIRED); a deadline
 *    only for those and a suspension (FORMAT); a deadline after the visit
 *    (DATE_ORDER);
 *  - actions only on a recorded visit (REQUIRED), each with a
 *    description and a due date (REQUIRED) after the visit (DATE_ORDER);
 *    an action done neither in the future (FUTURE_DATE) nor before the
 *    visit (DATE_ORDER);
 *  - a visit does not follow itself (DATE_ORDER). Whether the visit it
 *    follows exists is the store's check. */
gboolean          riaya_inspection_validate             (RiayaInspection *self,
                                                         const char      *today,
                                                         GError         **error);
/* A visit to a licensed institution: its licence must be in force on the
 * visit's date (done_on, else planned_on) — not yet granted (DATE_ORDER),
 * withdrawn or closed (EVENT_SEQUENCE; a suspended institution may be
 * visited). */
gboolean          riaya_inspection_check_institution    (RiayaInspection  *self,
                                                         RiayaInstitution *institution,
                                                         GError          **error);
/* The licence event of the visit's decision, dated on the visit with its
 * deadline and a note naming the visit; NULL for no decision. */
RiayaLicenceEvent *riaya_inspection_make_licence_event  (RiayaInspection *self);
/* The names of the fields that differ, for the journal ("done-on,
 * checklist, decision"); NULL when none. */
char             *riaya_inspection_dup_changed_fields   (RiayaInspection *before,
                                                         RiayaInspection *after);

G_END_DECLS
