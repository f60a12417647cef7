/* riaya-store-check-inspections.c — are the visits consistent?
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * riaya_store_check()'s part for the control committee's visits: what the
 * store refuses to write must not be in the file either (an old version,
 * a hand edit, a damaged disk). The table's CHECKs are verified by
 * SQLite's integrity check already; these are the rules that join a visit
 * to other rows. Each problem is one translated sentence naming the
 * institution's licence and the visit's date, and saying what to do.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-private.h"

typedef enum
{
  CODE_VISIT_KIND,
  CODE_DECISION,
  CODE_CHECK_AREA,
  CODE_CHECK_RESULT,
} CodeKind;

static gboolean
code_is_known (CodeKind    kind,
               const char *code)
{
  RiayaVisitKind visit_kind;
  RiayaDecision decision;
  RiayaCheckArea area;
  RiayaCheckResult result;

  if (code == NULL)
    return FALSE;

  switch (kind)
    {
    case CODE_VISIT_KIND:   return riaya_visit_kind_from_code (code, &visit_kind);
    case CODE_DECISION:     return riaya_decision_from_code (code, &decision);
    case CODE_CHECK_AREA:   return riaya_check_area_from_code (code, &area);
    case CODE_CHECK_RESULT: return riaya_check_result_from_code (code, &result);
    default:                return FALSE;
    }
}

/* Each query returns (licence number, visit date, code). */
typedef struct
{
  const char *sql;
  CodeKind    kind;
  const char *what;
} CodeQuery;

#define VISIT_OF \
  " JOIN institutions i ON i.uuid = v.institution_uuid"

static const CodeQuery code_queries[] = {
  { "SELECT i.licence_number, v.visit_on, v.kind FROM inspections v" VISIT_OF
    " ORDER BY i.licence_number, v.visit_on",
    CODE_VISIT_KIND, N_("kind of visit") },
  { "SELECT i.licence_number, v.visit_on, v.decision FROM inspections v" VISIT_OF
    " ORDER BY i.licence_number, v.visit_on",
    CODE_DECISION, N_("decision") },
  { "SELECT i.licence_number, v.visit_on, c.area FROM inspection_checks c"
    " JOIN inspections v ON v.uuid = c.inspection_uuid" VISIT_OF
    " ORDER BY i.licence_number, v.visit_on",
    CODE_CHECK_AREA, N_("checklist area") },
  { "SELECT i.licence_number, v.visit_on, c.result FROM inspection_checks c"
    " JOIN inspections v ON v.uuid = c.inspection_uuid" VISIT_OF
    " ORDER BY i.licence_number, v.visit_on",
    CODE_CHECK_RESULT, N_("checklist result") },
};

/* Each query returns (licence number, visit date) of the visits with a
 * problem. */
typedef struct
{
  const char *sql;
  const char *problem;  /* two arguments: the licence number, the visit's date */
} VisitQuery;

static const VisitQuery visit_queries[] = {
  /* Decree 2.19.693 art. 8 (also a CHECK of the table). */
  { "SELECT i.licence_number, v.visit_on FROM inspections v" VISIT_OF
    " WHERE v.members_present > v.members_invited ORDER BY i.licence_number, v.visit_on",
    /* Translators: %1$s is a licence number, %2$s the date of a visit */
    N_("The visit of %2$s to the institution with licence %1$s has more members present than invited: "
       "open the visit and correct both numbers.") },
  /* Law 65.15 art. 34: the decision is the licence's event, of the same
   * institution, kind, date and deadline. */
  { "SELECT i.licence_number, v.visit_on FROM inspections v" VISIT_OF
    " LEFT JOIN licence_events e ON e.uuid = v.licence_event_uuid"
    " WHERE v.decision <> 'none' AND (e.uuid IS NULL OR e.institution_uuid IS NOT v.institution_uuid"
    "  OR e.date IS NOT v.done_on OR e.deadline IS NOT v.decision_deadline"
    "  OR e.kind IS NOT (CASE v.decision WHEN 'warning' THEN 'warning' WHEN 'reprimand' THEN 'reprimand'"
    "                    WHEN 'suspension' THEN 'suspended' WHEN 'withdrawal' THEN 'withdrawn'"
    "                    WHEN 'closure' THEN 'closed' END))"
    " ORDER BY i.licence_number, v.visit_on",
    /* Translators: %1$s is a licence number, %2$s the date of a visit */
    N_("The decision of the visit of %2$s to the institution with licence %1$s does not match the event of "
       "its licence’s history: restore a recent backup.") },
  /* A follow-up checks a recorded visit of the same institution. */
  { "SELECT i.licence_number, v.visit_on FROM inspections v" VISIT_OF
    " LEFT JOIN inspections f ON f.uuid = v.follows_uuid"
    " WHERE v.follows_uuid IS NOT NULL AND (f.uuid IS NULL OR f.institution_uuid IS NOT v.institution_uuid"
    "  OR f.done_on IS NULL)"
    " ORDER BY i.licence_number, v.visit_on",
    /* Translators: %1$s is a licence number, %2$s the date of a visit */
    N_("The visit of %2$s to the institution with licence %1$s follows a visit that is not a recorded visit "
       "of the same institution: open it and choose the visit it follows.") },
  /* riaya_inspection_validate(): actions of a recorded visit, due after
   * it and done neither before it; the programme counts the overdue ones
   * on this. */
  { "SELECT DISTINCT i.licence_number, v.visit_on FROM corrective_actions a"
    " JOIN inspections v ON v.uuid = a.inspection_uuid" VISIT_OF
    " WHERE v.done_on IS NULL OR a.due_on <= v.done_on OR a.done_on < v.done_on"
    " ORDER BY i.licence_number, v.visit_on",
    /* Translators: %1$s is a licence number, %2$s the date of a visit */
    N_("A corrective action of the visit of %2$s to the institution with licence %1$s is dated before the "
       "visit: open the visit and correct the action’s dates.") },
};

/* The summary of last valid visits kept by the triggers of migration 0004,
 * which the programme reads: (licence number) of each institution whose
 * summary is not what its visits say. */
static const char summary_sql[] =
  "SELECT i.licence_number FROM institutions i"
  " LEFT JOIN institution_last_visits s ON s.institution_uuid = i.uuid"
  " WHERE s.last_valid_on IS NOT (SELECT max (v.done_on) FROM inspections v WHERE v.institution_uuid = i.uuid"
  "                               AND v.done_on IS NOT NULL AND 2 * v.members_present > v.members_invited)"
  " ORDER BY i.licence_number";

static gboolean
check_summary (RiayaStore  *self,
               GPtrArray   *problems,
               GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, summary_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (problems,
                     g_strdup_printf (/* Translators: %s is a licence number */
                                      _("The date of the last valid visit kept for the institution with licence %s "
                                        "does not match its visits: restore a recent backup."),
                                      _riaya_store_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
_riaya_store_check_inspections (RiayaStore  *self,
                                GPtrArray   *problems,
                                GError     **error)
{
  for (guint q = 0; q < G_N_ELEMENTS (code_queries); q++)
    {
      sqlite3_stmt *stmt = _riaya_store_prepare (self, code_queries[q].sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *code = _riaya_store_column_text (stmt, 2);

          if (code_is_known (code_queries[q].kind, code))
            continue;
          g_ptr_array_add (problems,
                           g_strdup_printf (/* Translators: %1$s is a licence number, %2$s the date of a visit, %3$s a code, %4$s what the code is (“decision”, “checklist area”…) */
                                            _("The visit of %2$s to the institution with licence %1$s has an unknown "
                                              "%4$s code “%3$s”: open the visit and choose the right value."),
                                            _riaya_store_column_text (stmt, 0), _riaya_store_column_text (stmt, 1),
                                            code != NULL ? code : "", _(code_queries[q].what)));
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _riaya_store_set_error (self, error);
          return FALSE;
        }
    }

  for (guint q = 0; q < G_N_ELEMENTS (visit_queries); q++)
    {
      sqlite3_stmt *stmt = _riaya_store_prepare (self, visit_queries[q].sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (problems,
                         g_strdup_printf (_(visit_queries[q].problem),
                                          _riaya_store_column_text (stmt, 0), _riaya_store_column_text (stmt, 1)));
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _riaya_store_set_error (self, error);
          return FALSE;
        }
    }

  return check_summary (self, problems, error);
}
