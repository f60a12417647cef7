/* riaya-visit-report-private.h — the visit report's own vocabulary
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like the register (riaya-register-document-private.h), the visit report
 * speaks the language chosen for the document, not the interface's: its
 * words live in tables of their own (riaya-visit-report-labels.c), one
 * French and one Arabic text per label. The institution's own labels —
 * licence, legal basis, type, province — are the register's.
 */

#pragma once

#include <glib.h>

#include "riaya-inspection.h"
#include "riaya-staffing.h"
#include "riaya-visit-report.h"
#include "riaya-register-document-private.h"

G_BEGIN_DECLS

typedef enum
{
  RIAYA_VISIT_TEXT_TITLE,
  RIAYA_VISIT_TEXT_LEGAL_REFERENCE,
  /* Section headings */
  RIAYA_VISIT_TEXT_SECTION_INSTITUTION,
  RIAYA_VISIT_TEXT_SECTION_VISIT,
  RIAYA_VISIT_TEXT_SECTION_CHECKLIST,
  RIAYA_VISIT_TEXT_SECTION_STAFFING,
  RIAYA_VISIT_TEXT_SECTION_FINDINGS,
  RIAYA_VISIT_TEXT_SECTION_DECISION,
  RIAYA_VISIT_TEXT_SECTION_ACTIONS,
  RIAYA_VISIT_TEXT_SECTION_SIGNATURES,
  /* The visit */
  RIAYA_VISIT_TEXT_KIND,
  RIAYA_VISIT_TEXT_PLANNED_ON,
  RIAYA_VISIT_TEXT_DONE_ON,
  RIAYA_VISIT_TEXT_NOT_DONE,
  RIAYA_VISIT_TEXT_MEMBERS,
  RIAYA_VISIT_TEXT_MEMBERS_VALUE,        /* {invited} {present} */
  RIAYA_VISIT_TEXT_QUORUM,
  RIAYA_VISIT_TEXT_QUORUM_VALID,
  RIAYA_VISIT_TEXT_QUORUM_NOT_VALID,
  RIAYA_VISIT_TEXT_QUORUM_PLANNED,
  /* The checklist */
  RIAYA_VISIT_TEXT_COLUMN_AREA,
  RIAYA_VISIT_TEXT_COLUMN_RESULT,
  RIAYA_VISIT_TEXT_COLUMN_NOTE,
  /* Staffing */
  RIAYA_VISIT_TEXT_PRESENT,              /* {n} */
  RIAYA_VISIT_TEXT_NO_PRESENCE,
  RIAYA_VISIT_TEXT_NO_NORM,
  RIAYA_VISIT_TEXT_COLUMN_ROLE,
  RIAYA_VISIT_TEXT_COLUMN_NORM,
  RIAYA_VISIT_TEXT_COLUMN_REQUIRED,
  RIAYA_VISIT_TEXT_COLUMN_ACTUAL,
  RIAYA_VISIT_TEXT_COLUMN_MET,
  RIAYA_VISIT_TEXT_NORM_RATIO,           /* {per} */
  RIAYA_VISIT_TEXT_NORM_UNDER_SIX,       /* {per_under_six} {per} */
  RIAYA_VISIT_TEXT_NORM_FIXED,
  RIAYA_VISIT_TEXT_HOURS,                /* {n} */
  RIAYA_VISIT_TEXT_MET,
  RIAYA_VISIT_TEXT_NOT_MET,
  RIAYA_VISIT_TEXT_STAFFING_SOURCE,
  /* Findings, decision, actions */
  RIAYA_VISIT_TEXT_NO_FINDINGS,
  RIAYA_VISIT_TEXT_DECISION,
  RIAYA_VISIT_TEXT_DEADLINE,
  RIAYA_VISIT_TEXT_SUSPENSION_END,
  RIAYA_VISIT_TEXT_DECISION_BASIS,
  RIAYA_VISIT_TEXT_NO_ACTIONS,
  RIAYA_VISIT_TEXT_COLUMN_ACTION,
  RIAYA_VISIT_TEXT_COLUMN_DUE,
  RIAYA_VISIT_TEXT_COLUMN_DONE,
  /* Signatures */
  RIAYA_VISIT_TEXT_SIGNATURES_NOTE,
  RIAYA_VISIT_TEXT_COLUMN_MEMBER,
  RIAYA_VISIT_TEXT_COLUMN_SIGNATURE,
  /* Every page */
  RIAYA_VISIT_TEXT_FOOTER_VISIT,         /* {date} */
  RIAYA_N_VISIT_TEXTS
} RiayaVisitText;

/* A label in @language. Texts with {names} are templates: fill them with
 * _riaya_register_document_fill(). */
const char *_riaya_visit_report_text         (RiayaRegisterLanguage  language,
                                              RiayaVisitText         text);

/* The coded vocabularies of a visit, in @language. */
const char *_riaya_visit_report_kind         (RiayaRegisterLanguage  language,
                                              RiayaVisitKind         kind);
const char *_riaya_visit_report_decision     (RiayaRegisterLanguage  language,
                                              RiayaDecision          decision);
const char *_riaya_visit_report_check_area   (RiayaRegisterLanguage  language,
                                              RiayaCheckArea         area);
const char *_riaya_visit_report_check_result (RiayaRegisterLanguage  language,
                                              RiayaCheckResult       result);
const char *_riaya_visit_report_staff_role   (RiayaRegisterLanguage  language,
                                              RiayaStaffRole         role);

/* The report as a flow of blocks, laid out on pages by
 * riaya-visit-report.c and made from the visit by
 * riaya-visit-report-content.c. */
typedef enum
{
  RIAYA_VISIT_BLOCK_TITLE,      /* cells[0], large, centred */
  RIAYA_VISIT_BLOCK_SUBTITLE,   /* cells[0], small, centred */
  RIAYA_VISIT_BLOCK_HEADING,    /* cells[0]: a section; kept with what follows */
  RIAYA_VISIT_BLOCK_FORM,       /* cells[0] a label, cells[1] its value */
  RIAYA_VISIT_BLOCK_PARAGRAPH,  /* cells[0] */
  RIAYA_VISIT_BLOCK_NOTE,       /* cells[0], smaller */
  RIAYA_VISIT_BLOCK_HEADER_ROW, /* a table's column titles, repeated on each page */
  RIAYA_VISIT_BLOCK_ROW,        /* one cell per column of its table */
} RiayaVisitBlockKind;

typedef enum
{
  RIAYA_VISIT_TABLE_NONE,
  RIAYA_VISIT_TABLE_CHECKLIST,
  RIAYA_VISIT_TABLE_STAFFING,
  RIAYA_VISIT_TABLE_ACTIONS,
  RIAYA_VISIT_TABLE_SIGNATURES,
  RIAYA_VISIT_N_TABLES
} RiayaVisitTable;

typedef struct
{
  RiayaVisitBlockKind  kind;
  RiayaVisitTable      table;
  char               **cells;  /* NULL-terminated */
  double               height; /* measured by paginate */
} RiayaVisitBlock;

void       _riaya_visit_block_free          (RiayaVisitBlock       *block);

/* "Control committee visit report — <institution>", the PDF's title. */
const char *_riaya_visit_report_get_title   (RiayaVisitReport      *self);

/* The blocks of the report of @visit, in order. (transfer full) */
GPtrArray *_riaya_visit_report_build_blocks (RiayaRegisterLanguage  language,
                                             RiayaInspection       *visit,
                                             RiayaInstitution      *institution,
                                             GArray                *staffing_needs,
                                             guint                  present);

G_END_DECLS
