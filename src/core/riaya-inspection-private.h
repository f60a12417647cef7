/* riaya-inspection-private.h — what riaya-inspection.c and
 * riaya-inspection-rules.c share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-inspection.h"

G_BEGIN_DECLS

/* The text fields of a visit, stored in one array. */
typedef enum
{
  INSPECTION_TEXT_UUID,
  INSPECTION_TEXT_INSTITUTION_UUID,
  INSPECTION_TEXT_PLANNED_ON,
  INSPECTION_TEXT_FOLLOWS,
  INSPECTION_TEXT_COMMITTEE,
  INSPECTION_TEXT_DONE_ON,
  INSPECTION_TEXT_FINDINGS,
  INSPECTION_TEXT_DECISION_DEADLINE,
  INSPECTION_TEXT_LICENCE_EVENT,
  /* Filled by the store for lists; not saved with the visit. */
  INSPECTION_TEXT_INSTITUTION_NAME,
  INSPECTION_TEXT_LICENCE_NUMBER,
  INSPECTION_TEXT_PROVINCE_CODE,
  N_INSPECTION_TEXTS
} InspectionText;

/* The fields saved with a visit end before the institution's name. */
#define N_INSPECTION_SAVED_TEXTS INSPECTION_TEXT_INSTITUTION_NAME

struct _RiayaInspection
{
  GObject parent_instance;

  char             *texts[N_INSPECTION_TEXTS];
  RiayaVisitKind    kind;
  guint             members_invited;
  guint             members_present;
  RiayaDecision     decision;
  guint             revision;
  RiayaLegalBasis   legal_basis;  /* filled by the store, not saved */
  RiayaCheckResult  checks[RIAYA_N_CHECK_AREAS];
  char             *check_notes[RIAYA_N_CHECK_AREAS];
  GListStore       *actions;
};

/* Property names, also the field names the journal records. */
extern const char * const _riaya_inspection_text_names[];

G_END_DECLS
