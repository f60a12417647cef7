/* riaya-inspection-enums.c — the coded vocabularies of a visit
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Visit kinds, committee decisions, checklist areas and results, and the
 * status of a visit on a date. As in riaya-enums.c, a code is what the
 * database, the exchange files and the command line carry and never
 * changes once published; labels are translated at display time.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-inspection.h"

typedef struct
{
  const char *code;
  const char *label;   /* NC_(): translated at display time */
} CodedLabel;

static const CodedLabel visit_kinds[] = {
  { "programmed", NC_("visit kind", "Programmed") },
  { "unannounced", NC_("visit kind", "Unannounced") },
  { "follow-up", NC_("visit kind", "Follow-up") },
  { "complaint", NC_("visit kind", "On a complaint") },
};

static const CodedLabel decisions[] = {
  { "none", NC_("decision", "No decision") },
  { "warning", NC_("decision", "Warning") },
  { "reprimand", NC_("decision", "Reprimand") },
  { "suspension", NC_("decision", "Temporary suspension") },
  { "withdrawal", NC_("decision", "Withdrawal of the licence") },
  { "closure", NC_("decision", "Closure") },
};

static const CodedLabel check_areas[] = {
  { "licence", NC_("check area", "Licence shown and in force") },
  { "register", NC_("check area", "Beneficiary register") },
  { "regulations", NC_("check area", "Internal regulations") },
  { "staffing", NC_("check area", "Staffing") },
  { "safety", NC_("check area", "Hygiene, safety and insurance") },
  { "health", NC_("check area", "Health care") },
  { "education", NC_("check area", "Education and activities") },
  { "accounts", NC_("check area", "Accounts and budget") },
  { "rights", NC_("check area", "Residents’ rights and confidentiality") },
};

static const CodedLabel check_results[] = {
  { "not-assessed", NC_("check result", "Not assessed") },
  { "compliant", NC_("check result", "Compliant") },
  { "not-compliant", NC_("check result", "Not compliant") },
  { "not-applicable", NC_("check result", "Not applicable") },
};

static const CodedLabel visit_statuses[] = {
  { "planned", NC_("visit status", "Planned") },
  { "overdue", NC_("visit status", "Overdue") },
  { "done", NC_("visit status", "Done") },
  { "not-valid", NC_("visit status", "Not valid") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (visit_kinds) == RIAYA_N_VISIT_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (decisions) == RIAYA_N_DECISIONS);
G_STATIC_ASSERT (G_N_ELEMENTS (check_areas) == RIAYA_N_CHECK_AREAS);
G_STATIC_ASSERT (G_N_ELEMENTS (check_results) == RIAYA_N_CHECK_RESULTS);
G_STATIC_ASSERT (G_N_ELEMENTS (visit_statuses) == RIAYA_N_VISIT_STATUSES);

static gboolean
find_code (const CodedLabel *table,
           guint             n,
           const char       *code,
           guint            *out)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (table[i].code, code))
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* One to_code/from_code/to_label trio per vocabulary; the msgctxt of each
 * label is the @context given here, the same as in the table. */
#define DEFINE_CODED_ENUM(prefix, Type, table, count, context)              \
  const char *                                                              \
  prefix##_to_code (Type value)                                             \
  {                                                                         \
    g_return_val_if_fail ((guint) value < count, NULL);                     \
    return table[value].code;                                               \
  }                                                                         \
  gboolean                                                                  \
  prefix##_from_code (const char *code,                                     \
                      Type       *out)                                      \
  {                                                                         \
    guint index;                                                            \
    if (!find_code (table, count, code, &index))                            \
      return FALSE;                                                         \
    if (out != NULL)                                                        \
      *out = (Type) index;                                                  \
    return TRUE;                                                            \
  }                                                                         \
  const char *                                                              \
  prefix##_to_label (Type value)                                            \
  {                                                                         \
    g_return_val_if_fail ((guint) value < count, NULL);                     \
    return g_dpgettext2 (GETTEXT_PACKAGE, context, table[value].label);     \
  }

DEFINE_CODED_ENUM (riaya_visit_kind, RiayaVisitKind, visit_kinds, RIAYA_N_VISIT_KINDS, "visit kind")
DEFINE_CODED_ENUM (riaya_decision, RiayaDecision, decisions, RIAYA_N_DECISIONS, "decision")
DEFINE_CODED_ENUM (riaya_check_area, RiayaCheckArea, check_areas, RIAYA_N_CHECK_AREAS, "check area")
DEFINE_CODED_ENUM (riaya_check_result, RiayaCheckResult, check_results, RIAYA_N_CHECK_RESULTS, "check result")
DEFINE_CODED_ENUM (riaya_visit_status, RiayaVisitStatus, visit_statuses, RIAYA_N_VISIT_STATUSES, "visit status")

gboolean
riaya_decision_needs_deadline (RiayaDecision decision)
{
  /* Law 65.15 art. 34: a warning or a reprimand gives the institution a
   * deadline to put things right. */
  return decision == RIAYA_DECISION_WARNING || decision == RIAYA_DECISION_REPRIMAND;
}

gboolean
riaya_decision_takes_deadline (RiayaDecision decision)
{
  /* Art. 34 again: a temporary withdrawal may say when it ends. */
  return riaya_decision_needs_deadline (decision) || decision == RIAYA_DECISION_SUSPENSION;
}

gboolean
riaya_decision_to_licence_event (RiayaDecision          decision,
                                 RiayaLicenceEventKind *out)
{
  RiayaLicenceEventKind kind;

  switch (decision)
    {
    case RIAYA_DECISION_WARNING:
      kind = RIAYA_LICENCE_EVENT_WARNING;
      break;
    case RIAYA_DECISION_REPRIMAND:
      kind = RIAYA_LICENCE_EVENT_REPRIMAND;
      break;
    case RIAYA_DECISION_SUSPENSION:
      kind = RIAYA_LICENCE_EVENT_SUSPENDED;
      break;
    case RIAYA_DECISION_WITHDRAWAL:
      kind = RIAYA_LICENCE_EVENT_WITHDRAWN;
      break;
    case RIAYA_DECISION_CLOSURE:  /* art. 31 */
      kind = RIAYA_LICENCE_EVENT_CLOSED;
      break;
    case RIAYA_DECISION_NONE:
    case RIAYA_N_DECISIONS:
    default:
      return FALSE;
    }

  if (out != NULL)
    *out = kind;
  return TRUE;
}
