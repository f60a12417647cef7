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
#include "riaya-store-exchange.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"
#include "riaya-text.h"

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

/* @reads_lists: the check reads lists of the store besides the registry
 * (run by the second thread, below). */
static const struct
{
  const char           *issue;
  const char           *label; /* N_() */
  RiayaComplianceCheck  run;
  gboolean              reads_lists;
} checks[] = {
  { "over-capacity", N_("Over capacity"), _riaya_compliance_check_over_capacity, FALSE },
  { "not-inspected", N_("Not inspected within the legal period"), _riaya_compliance_check_not_inspected, TRUE },
  { "justification-overdue", N_("Grant justification overdue"), _riaya_compliance_check_justification_overdue, TRUE },
  { "action-overdue", N_("Corrective action overdue"), _riaya_compliance_check_action_overdue, TRUE },
  { "staffing-below-norm", N_("Staffing below the norm"), _riaya_compliance_check_staffing_below_norm, FALSE },
  { "no-director", N_("No director"), _riaya_compliance_check_no_director, FALSE },
};

static const char *issue_codes[G_N_ELEMENTS (checks) + 1];

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_free (problem->detail);
}

/* Moves @from into @to in the order of @key, keeping the order of
 * problems of equal key: a counting sort. */
static void
sort_by (const Problem *from,
         Problem       *to,
         guint          n,
         guint          n_keys,
         guint        (*key) (const Problem *problem))
{
  g_autofree guint *start = g_new0 (guint, n_keys + 1);

  for (guint i = 0; i < n; i++)
    start[key (&from[i]) + 1]++;
  for (guint k = 1; k <= n_keys; k++)
    start[k] += start[k - 1];
  for (guint i = 0; i < n; i++)
    to[start[key (&from[i])]++] = from[i];
}

static guint
check_of (const Problem *problem)
{
  return problem->check;
}

static guint
institution_of (const Problem *problem)
{
  return problem->institution;
}

/* Institution by institution, check by check, each check's problems in
 * the order it found them: two counting sorts, rather than comparing
 * twenty thousand rows. @problems holds each check's problems in the
 * order found (every check runs in one thread). */
static void
sort_problems (GArray *problems,
               guint   n_institutions)
{
  g_autofree Problem *by_check = g_new (Problem, MAX (problems->len, 1));

  sort_by ((Problem *) problems->data, by_check, problems->len, G_N_ELEMENTS (checks), check_of);
  sort_by (by_check, (Problem *) problems->data, problems->len, n_institutions, institution_of);
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

/* --- The second thread ---------------------------------------------------- */

/* At ten times the national registry the report has 100 ms. Half of its
 * work reads lists of the store (the last valid visits, the
 * justifications and actions overdue) and the checks that use them; the
 * other half reads the registry on the date and the checks that use
 * only it. The first half runs in a second thread, on the store's
 * sibling connection to the database (a RiayaStore serves one thread;
 * riaya_store_get_sibling keeps it, its cache warm, from one report to
 * the next): it reads its lists while the first thread reads the
 * registry, waits for it, then runs its checks while the first runs the
 * others. Without a sibling the first thread does it all. */
typedef struct
{
  RiayaStore      *store;   /* the sibling connection, or NULL */
  GMutex           mutex;
  GCond            cond;
  gboolean         registry_ready;
  gboolean         registry_failed;
  RiayaCompliance  compliance;
  gboolean         opened;
  gboolean         ok;
  GError          *error;
} Half;

static gboolean
read_lists (RiayaCompliance  *compliance,
            GError          **error)
{
  compliance->last_visits = riaya_store_last_valid_visits (compliance->store, compliance->on, error);
  if (compliance->last_visits == NULL)
    return FALSE;
  compliance->justifications = riaya_store_list_overdue_justifications (compliance->store, compliance->on, error);
  if (compliance->justifications == NULL)
    return FALSE;
  compliance->actions = riaya_store_list_overdue_actions (compliance->store, compliance->on, error);
  if (compliance->actions == NULL)
    return FALSE;

  /* Their sentences need no registry: made while it is being read. */
  compliance->justification_details = g_ptr_array_new_full (compliance->justifications->len, g_free);
  for (guint i = 0; i < compliance->justifications->len; i++)
    g_ptr_array_add (compliance->justification_details,
                     _riaya_compliance_dup_justification_detail (g_ptr_array_index (compliance->justifications, i)));
  compliance->action_details = g_ptr_array_new_full (compliance->actions->len, g_free);
  for (guint i = 0; i < compliance->actions->len; i++)
    g_ptr_array_add (compliance->action_details,
                     _riaya_compliance_dup_action_detail (g_ptr_array_index (compliance->actions, i)));

  return TRUE;
}

static gboolean
run_checks (RiayaCompliance  *compliance,
            gboolean          reading_lists,
            GError          **error)
{
  for (guint c = 0; c < G_N_ELEMENTS (checks); c++)
    if (checks[c].reads_lists == reading_lists && !checks[c].run (compliance, c, error))
      return FALSE;

  return TRUE;
}

static gpointer
run_half (gpointer data)
{
  Half *half = data;
  RiayaStore *store = half->store;
  gboolean read;

  half->opened = store != NULL;
  half->compliance.store = store;
  read = store != NULL && read_lists (&half->compliance, &half->error);

  g_mutex_lock (&half->mutex);
  while (!half->registry_ready)
    g_cond_wait (&half->cond, &half->mutex);
  g_mutex_unlock (&half->mutex);

  if (read && !half->registry_failed)
    half->ok = run_checks (&half->compliance, TRUE, &half->error);
  half->compliance.store = NULL;

  return NULL;
}

static void
registry_ready (Half            *half,
                RiayaCompliance *registry,
                gboolean         failed)
{
  g_mutex_lock (&half->mutex);
  if (registry != NULL)
    {
      half->compliance.institutions = registry->institutions;
      half->compliance.index = registry->index;
    }
  half->registry_failed = failed;
  half->registry_ready = TRUE;
  g_cond_signal (&half->cond);
  g_mutex_unlock (&half->mutex);
}

static void
half_clear (Half *half)
{
  g_clear_pointer (&half->compliance.problems, g_array_unref);
  g_clear_pointer (&half->compliance.last_visits, g_hash_table_unref);
  g_clear_pointer (&half->compliance.justifications, g_ptr_array_unref);
  g_clear_pointer (&half->compliance.actions, g_ptr_array_unref);
  g_clear_pointer (&half->compliance.justification_details, g_ptr_array_unref);
  g_clear_pointer (&half->compliance.action_details, g_ptr_array_unref);
  g_clear_error (&half->error);
  g_mutex_clear (&half->mutex);
  g_cond_clear (&half->cond);
}

/* Rows @from to @to of the table, from the problems at the same
 * positions; their details go to the table. */
typedef struct
{
  RiayaTable *table;
  GArray     *problems;
  GPtrArray  *institutions;
  guint       from;
  guint       to;
} Rows;

static void
fill_rows (Rows *rows)
{
  for (guint i = rows->from; i < rows->to; i++)
    {
      Problem *problem = &g_array_index (rows->problems, Problem, i);
      RiayaInstitutionOn *institution = g_ptr_array_index (rows->institutions, problem->institution);

      riaya_table_set_text (rows->table, i, COLUMN_LICENCE, institution->licence_number);
      riaya_table_set_text (rows->table, i, COLUMN_INSTITUTION, riaya_institution_on_get_display_name (institution));
      riaya_table_set_text (rows->table, i, COLUMN_PROVINCE, institution->province_code);
      riaya_table_set_text (rows->table, i, COLUMN_ISSUE, checks[problem->check].issue);
      riaya_table_take_text (rows->table, i, COLUMN_DETAIL, g_steal_pointer (&problem->detail));
    }
}

static gpointer
fill_rows_in_thread (gpointer data)
{
  fill_rows (data);
  return NULL;
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
  Half half;
  GThread *worker;
  gboolean checked;

  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  on = _riaya_report_dup_on (params, error);
  if (on == NULL)
    return NULL;

  /* Both threads format sentences: the language is settled first. */
  riaya_interface_language ();
  half = (Half) { .store = riaya_store_get_sibling (store) };
  /* The second connection keeps its lists in memory as the first keeps
   * the registry (the reports page's store: date after date). */
  if (half.store != NULL && riaya_store_get_keep_histories (store))
    riaya_store_set_keep_histories (half.store, TRUE);
  g_mutex_init (&half.mutex);
  g_cond_init (&half.cond);
  half.compliance = (RiayaCompliance) { .on = on, .problems = g_array_new (FALSE, FALSE, sizeof (Problem)) };
  g_array_set_clear_func (half.compliance.problems, problem_clear);
  worker = g_thread_new ("riaya-compliance", run_half, &half);

  institutions = riaya_store_list_institutions_on (store, on, error);
  if (institutions == NULL)
    {
      registry_ready (&half, NULL, TRUE);
      g_thread_join (worker);
      half_clear (&half);
      return NULL;
    }
  for (guint i = 0; i < institutions->len; i++)
    {
      RiayaInstitutionOn *institution = g_ptr_array_index (institutions, i);

      g_hash_table_insert (index, institution->uuid, GUINT_TO_POINTER (i + 1));
    }

  g_array_set_clear_func (problems, problem_clear);
  compliance = (RiayaCompliance) { store, on, institutions, index, problems };
  registry_ready (&half, &compliance, FALSE);
  checked = run_checks (&compliance, FALSE, error);
  g_thread_join (worker);

  if (checked && !half.opened)
    /* No second connection: this thread does it all. */
    checked = run_checks (&compliance, TRUE, error);
  else if (checked && !half.ok)
    {
      g_propagate_error (error, g_steal_pointer (&half.error));
      checked = FALSE;
    }
  if (!checked)
    {
      half_clear (&half);
      return NULL;
    }

  /* The second thread's problems join the first's; their details are
   * now this array's to free. */
  g_array_set_clear_func (half.compliance.problems, NULL);
  g_array_append_vals (problems, half.compliance.problems->data, half.compliance.problems->len);
  half_clear (&half);
  sort_problems (problems, institutions->len);

  table = riaya_table_new ("compliance", _("Compliance"));
  riaya_table_add_parameter (table, "on", on);
  riaya_table_add_column (table, "licence", _("Licence"), RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "institution", _("Institution"), RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "province_code", _("Province"), RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "issue", _("Issue"), RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "detail", _("Detail"), RIAYA_TABLE_TEXT);

  /* The rows first, then their cells from two threads, half each. */
  for (guint i = 0; i < problems->len; i++)
    riaya_table_add_row (table);
  {
    Rows second = { table, problems, institutions, problems->len / 2, problems->len };
    Rows first = { table, problems, institutions, 0, problems->len / 2 };
    GThread *filler = g_thread_new ("riaya-compliance-rows", fill_rows_in_thread, &second);

    fill_rows (&first);
    g_thread_join (filler);
  }

  return g_steal_pointer (&table);
}
