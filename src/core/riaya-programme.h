/* riaya-programme.h — which institutions are due a visit, most urgent first
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decree 2.19.693 art. 7 asks for an annual inspection programme. The
 * legal frequency depends on the licence's law: at least once a year under
 * Law 65.15 (art. 27), twice a year under Law 14.05 — a visit at most 12,
 * or 6, months after the last valid one, the first within that period of
 * the licence. The audit court found 56% of institutions never inspected
 * (domain.md §4): the programme puts them first, then those past their
 * period, over capacity, under a sanction or with corrective actions
 * overdue. Only valid visits (a majority present) count.
 */

#pragma once

#include <glib.h>

#include "riaya-enums.h"

G_BEGIN_DECLS

/* Months between two visits the law asks for: 6 (14.05) or 12 (65.15). */
guint     riaya_inspection_period_months   (RiayaLegalBasis basis);
/* Visits a calendar year the law asks for: 2 (14.05) or 1 (65.15). */
guint     riaya_inspection_visits_per_year (RiayaLegalBasis basis);
/* The day by which the next visit is due: the last valid visit (or, never
 * inspected, the licence date) plus the period, clamped to the month's
 * last day (31 August + 6 months = 28 or 29 February). */
char     *riaya_inspection_dup_next_due    (RiayaLegalBasis basis,
                                            const char     *licence_date,
                                            const char     *last_valid_visit);
/* Not inspected within the legal period on @on: the next visit was due
 * before @on (compliance report: not-inspected). */
gboolean  riaya_inspection_is_overdue_on   (RiayaLegalBasis basis,
                                            const char     *licence_date,
                                            const char     *last_valid_visit,
                                            const char     *on);

/* Why an institution is proposed. */
typedef enum
{
  RIAYA_DUE_NEVER_INSPECTED  = 1 << 0, /* no valid visit ever */
  RIAYA_DUE_PERIOD_PASSED    = 1 << 1, /* next visit due before the reference date */
  RIAYA_DUE_OVER_CAPACITY    = 1 << 2,
  RIAYA_DUE_OPEN_SANCTION    = 1 << 3, /* warned, reprimanded or suspended */
  RIAYA_DUE_ACTIONS_OVERDUE  = 1 << 4, /* corrective actions past due, not done */
  RIAYA_DUE_FREQUENCY        = 1 << 5, /* the year still needs visits by law */
} RiayaDueReasons;

/* What the store knows of an institution for its programme. Strings are
 * borrowed. */
typedef struct
{
  RiayaLegalBasis     basis;
  const char         *licence_date;
  RiayaLicenceStatus  status;             /* on the reference date */
  const char         *last_valid_visit;   /* NULL: never inspected */
  guint               valid_visits_in_year;
  guint               planned_in_year;    /* planned, not recorded, in the year */
  gboolean            over_capacity;      /* on the reference date */
  guint               overdue_actions;
} RiayaInspectionFacts;

/* How an institution stands for the programme of @year. */
typedef struct
{
  RiayaDueReasons reasons;
  char           *next_due;       /* riaya_inspection_dup_next_due() */
  guint           visits_needed;  /* visits still to plan in the year: what
                                   * the law asks, less valid visits done and
                                   * visits planned, at least one when the
                                   * period has passed */
} RiayaProgrammeAssessment;

void      riaya_programme_assessment_clear (RiayaProgrammeAssessment *assessment);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RiayaProgrammeAssessment, riaya_programme_assessment_clear)

/* Assesses @facts for the programme of @year, judged on @today or on 1
 * January of @year when that is later (a programme adopted before the
 * year starts, decree art. 7). Returns TRUE when the institution is
 * proposed: its licence is in force, and a visit is still needed in the
 * year. */
gboolean  riaya_programme_assess           (const RiayaInspectionFacts *facts,
                                            guint                       year,
                                            const char                 *today,
                                            RiayaProgrammeAssessment   *out);
/* Most urgent first: never inspected, then past the period (longest
 * overdue first), then over capacity, open sanctions, overdue actions,
 * then by next due date. A qsort-style comparison. */
int       riaya_programme_compare          (const RiayaProgrammeAssessment *a,
                                            const RiayaProgrammeAssessment *b);
/* The reasons in words, translated, joined by ", ". */
char     *riaya_due_reasons_dup_label      (RiayaDueReasons reasons);
/* The stable codes of @reasons ("never-inspected", "period-passed",
 * "over-capacity", "open-sanction", "actions-overdue", "frequency"), in
 * that order, joined by @separator: what scripts read (riaya-cli
 * inspection programme --format csv|json). */
char     *riaya_due_reasons_dup_codes      (RiayaDueReasons reasons,
                                            const char     *separator);

G_END_DECLS
