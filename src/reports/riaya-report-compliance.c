/* riaya-report-compliance.c — what is wrong, institution by institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compliance report (reports.md) lists one row per problem found on a
 * date: the audit court found institutions over capacity, without a
 * director, never inspected, short of staff, and grants never justified,
 * and nobody was looking at all of it at once. Each problem is a check
 * (riaya-report-compliance-checks.c) with its stable issue code, in the
 * order reports.md gives: over-capacity, not-inspected,
 * justification-overdue, action-overdue, staffing-below-norm,
 * no-director. The rows come out in licence number order, then in the
 * order of the checks.
 *
 * At ten times the national registry (13,100 institutions) the report
 * has 100 ms: it reads the registry as plain records on the date, the
 * people present with them (riaya_store_list_institutions_on), not as
 * objects.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-report-compliance-private.h"

enum
{
  COLUMN_LICENCE,
  COLUMN_INSTITUTION,
  COLUMN_PROVINCE,
  COLUMN_ISSUE,
  COLUMN_DETAIL,
};

typedef struct
{
  guint  institution; /* index in RiayaCompliance.institutions */
  guint  check;       /* index in checks[] */
  guint  sequence;    /* the order found, to keep sorting stable */
  char  *detail;
} Problem;

static const struct
{
  const char           *issue;
  const char           *label; /* N_() */
  RiayaComplianceCheck  run;
} checks[] = {
  { "over-capacity", N_("Over capacity"), _riaya_compliance_check_over_capacity },
  { "not-inspected", N_("Not inspected within the legal period"), _riaya_compliance_check_not_inspected },
  { "justification-overdue", N_("Grant justification overdue"), _riaya_compliance_check_justification_overdue },
  { "action-overdue", N_("Corrective action overdue"), _riaya_compliance_check_action_overdue },
  { "staffing-below-norm", N_("Staffing below the norm"), _riaya_compliance_check_staffing_below_norm },
  { "no-director", N_("No director"), _riaya_compliance_check_no_director },
};

static const char *issue_codes[G_N_ELEMENTS (checks) + 1];

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_free (problem->detail);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const Problem *pa = a;
  const Problem *pb = b;

  if (pa->institution != pb->institution)
    return pa->institution < pb->institution ? -1 : 1;
  if (pa->check != pb->check)
    return pa->check < pb->check ? -1 : 1;
  return pa->sequence < pb->sequence ? -1 : pa->sequence > pb->sequence;
}

void
_riaya_compliance_add_problem (RiayaCompliance *self,
                               guint            institution,
                               guint            check,
                               char            *detail)
{
  Problem problem = { institution, check, self->problems->len, detail };

  g_assert (institution < self->institutions->len);
  g_array_append_val (self->problems, problem);
}

guint
_riaya_compliance_lookup (RiayaCompliance *self,
                          const char      *uuid)
{
  return uuid != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->index, uuid)) : 0;
}

gboolean
_riaya_compliance_in_force (const RiayaInstitutionOn *institution)
{
  return riaya_licence_status_in_force (institution->status);
}

/* --- The report ------------------------------------------------------------ */

const char * const *
riaya_report_compliance_issues (void)
{
  static gsize initialised = 0;

  /* The GUI computes reports in worker threads. */
  if (g_once_init_enter (&initialised))
    {
      for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
        issue_codes[i] = checks[i].issue;
      g_once_init_leave (&initialised, 1);
    }

  return issue_codes;
}

const char *
riaya_report_compliance_issue_label (const char *issue)
{
  g_return_val_if_fail (issue != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    if (g_str_equal (checks[i].issue, issue))
      return _(checks[i].label);

  return NULL;
}

RiayaTable *
riaya_report_compliance (RiayaStore              *store,
                         const RiayaReportParams *params,
                         GError                 **error)
{
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(GPtrArray) institutions = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) problems = g_array_new (FALSE, FALSE, sizeof (Problem));
  g_autofree char *on = NULL;
  RiayaCompliance compliance;

  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  on = _riaya_report_dup_on (params, error);
  if (on == NULL)
    return NULL;

  institutions = riaya_store_list_institutions_on (store, on, error);
  if (institutions == NULL)
    return NULL;
  for (guint i = 0; i < institutions->len; i++)
    {
      RiayaInstitutionOn *institution = g_ptr_array_index (institutions, i);

      g_hash_table_insert (index, institution->uuid, GUINT_TO_POINTER (i + 1));
    }

  g_array_set_clear_func (problems, problem_clear);
  compliance = (RiayaCompliance) { store, on, institutions, index, problems };
  for (guint c = 0; c < G_N_ELEMENTS (checks); c++)
    if (!checks[c].run (&compliance, c, error))
      return NULL;
  g_array_sort (problems, compare_problems);

  table = riaya_table_new ("compliance", _("Compliance"));
  riaya_table_add_parameter (table, "on", on);
  riaya_table_add_column (table, "licence", _("Licence"), RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "institution", _("Institution"), RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "province_code", _("Province"), RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "issue", _("Issue"), RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "detail", _("Detail"), RIAYA_TABLE_TEXT);

  for (guint i = 0; i < problems->len; i++)
    {
      const Problem *problem = &g_array_index (problems, Problem, i);
      RiayaInstitutionOn *institution = g_ptr_array_index (institutions, problem->institution);
      guint row = riaya_table_add_row (table);

      riaya_table_set_text (table, row, COLUMN_LICENCE, institution->licence_number);
      riaya_table_set_text (table, row, COLUMN_INSTITUTION, riaya_institution_on_get_display_name (institution));
      riaya_table_set_text (table, row, COLUMN_PROVINCE, institution->province_code);
      riaya_table_set_text (table, row, COLUMN_ISSUE, checks[problem->check].issue);
      riaya_table_set_text (table, row, COLUMN_DETAIL, problem->detail);
    }

  return g_steal_pointer (&table);
}
