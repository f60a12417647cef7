/* riaya-report-compliance.c — what is wrong, institution by institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compliance report (reports.md) lists one row per problem found on a
 * date: the audit court found institutions over capacity, without a
 * director, never inspected, and grants never justified, and nobody was
 * looking at all of it at once. Each problem is a check below with its
 * stable issue code; the rows come out in licence number order, then in
 * the order of the checks, which is the order reports.md gives.
 *
 * The inspections issue adds not-inspected, action-overdue and
 * staffing-below-norm: each is one more CheckFunc in checks[], in its
 * place in that order, and nothing else here changes.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-money.h"
#include "riaya-report-private.h"
#include "riaya-store-grants.h"
#include "riaya-store-residents.h"

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
  guint  institution; /* index in Compliance.institutions */
  guint  check;       /* index in checks[] */
  guint  sequence;    /* the order found, to keep sorting stable */
  char  *detail;
} Problem;

typedef struct
{
  RiayaStore *store;
  const char *on;
  GPtrArray  *institutions; /* RiayaInstitution, licence number order */
  GHashTable *index;        /* UUID → position + 1 */
  GArray     *problems;     /* Problem */
} Compliance;

typedef gboolean (*CheckFunc) (Compliance  *self,
                               guint        check,
                               GError     **error);

static gboolean check_over_capacity          (Compliance *self, guint check, GError **error);
static gboolean check_justification_overdue  (Compliance *self, guint check, GError **error);
static gboolean check_no_director            (Compliance *self, guint check, GError **error);

static const struct
{
  const char *issue;
  const char *label; /* N_() */
  CheckFunc   run;
} checks[] = {
  { "over-capacity", N_("Over capacity"), check_over_capacity },
  /* not-inspected: with the inspections */
  { "justification-overdue", N_("Grant justification overdue"), check_justification_overdue },
  /* action-overdue, staffing-below-norm: with the inspections */
  { "no-director", N_("No director"), check_no_director },
};

static const char *issue_codes[G_N_ELEMENTS (checks) + 1];

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_free (problem->detail);
}

static void
add_problem (Compliance *self,
             guint       institution,
             guint       check,
             char       *detail)
{
  Problem problem = { institution, check, self->problems->len, detail };

  g_array_append_val (self->problems, problem);
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

static gboolean
in_force_on (RiayaInstitution *institution,
             const char       *on)
{
  return riaya_licence_status_in_force (riaya_institution_get_status_on (institution, on));
}

/* --- The checks ---------------------------------------------------------- */

/* Law 65.15 art. 28 and the licence fix the places per category and sex;
 * a group with more people present than places is over capacity (the
 * audit court found 23% of institutions so). Only institutions in force on
 * the date, and only where the people present are known: a missing count
 * is not an empty institution. */
static gboolean
check_over_capacity (Compliance  *self,
                     guint        check,
                     GError     **error)
{
  g_autoptr(GHashTable) presence = riaya_store_presence_on (self->store, self->on, NULL, error);

  if (presence == NULL)
    return FALSE;

  for (guint i = 0; i < self->institutions->len; i++)
    {
      RiayaInstitution *institution = g_ptr_array_index (self->institutions, i);
      const RiayaPresence *present = g_hash_table_lookup (presence, riaya_institution_get_uuid (institution));
      g_autoptr(GArray) groups = NULL;
      g_autoptr(GString) detail = NULL;

      if (present == NULL || !in_force_on (institution, self->on))
        continue;

      groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (institution), self->on, present);
      for (guint g = 0; g < groups->len; g++)
        {
          const RiayaOccupancyGroup *group = &g_array_index (groups, RiayaOccupancyGroup, g);
          g_autofree char *name = NULL;

          if (!riaya_occupancy_group_is_over (group))
            continue;

          if (group->sex == RIAYA_SEX_ANY)
            name = g_strdup (riaya_category_to_label (group->category));
          else
            /* Translators: a group of places: a category, then a sex, such as “Schoolchildren, female” */
            name = g_strdup_printf (_("%1$s, %2$s"), riaya_category_to_label (group->category),
                                    riaya_sex_to_label (group->sex));

          if (detail == NULL)
            detail = g_string_new (NULL);
          else
            /* Translators: what separates two groups over capacity in one sentence */
            g_string_append (detail, _("; "));
          g_string_append_printf (detail,
                                  /* Translators: %1$s is a group of places such as “Schoolchildren, female”, %2$u the people present, %3$u the places licensed */
                                  ngettext ("%1$s: %2$u present for %3$u place",
                                            "%1$s: %2$u present for %3$u places", group->places),
                                  name, group->present, group->places);
        }

      if (detail != NULL)
        add_problem (self, i, check,
                     g_strdup_printf (/* Translators: %s lists the groups over capacity, such as “Schoolchildren, female: 45 present for 40 places” */
                                      _("More people present than places: %s."), detail->str));
    }

  return TRUE;
}

/* The association justifies the use of each grant (domain brief §5); a
 * justification past due and not received, or received and rejected, is
 * still owed. Whatever the licence's status now: a withdrawn institution
 * still owes the justification of what it was paid. */
static gboolean
check_justification_overdue (Compliance  *self,
                             guint        check,
                             GError     **error)
{
  g_autoptr(GPtrArray) overdue = riaya_store_list_overdue_justifications (self->store, self->on, error);

  if (overdue == NULL)
    return FALSE;

  for (guint i = 0; i < overdue->len; i++)
    {
      RiayaOverdueJustification *item = g_ptr_array_index (overdue, i);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->index, item->institution_uuid));
      g_autofree char *amount = NULL;
      char *detail;

      /* A grant of an institution deleted since: not in any list. */
      if (position == 0)
        continue;

      amount = riaya_table_format_money (item->amount);
      if (item->rejected)
        detail = g_strdup_printf (/* Translators: %1$u is a year, %2$s an amount of dirhams, %3$s a date */
                                  _("The justification of the %1$u grant (%2$s DH), due on %3$s, was rejected and is still owed."),
                                  item->year, amount, item->justification_due);
      else
        detail = g_strdup_printf (/* Translators: %1$u is a year, %2$s an amount of dirhams, %3$s a date */
                                  _("The justification of the %1$u grant (%2$s DH) was due on %3$s and has not been received."),
                                  item->year, amount, item->justification_due);
      add_problem (self, position - 1, check, detail);
    }

  return TRUE;
}

/* Every institution has a director (2007 model specification; decree
 * 2.19.693 on the director): the audit court found 23% without one. */
static gboolean
check_no_director (Compliance  *self,
                   guint        check,
                   GError     **error)
{
  for (guint i = 0; i < self->institutions->len; i++)
    {
      RiayaInstitution *institution = g_ptr_array_index (self->institutions, i);
      g_autofree char *director = g_strdup (riaya_institution_get_director (institution));

      if (!in_force_on (institution, self->on))
        continue;
      if (director != NULL && *g_strstrip (director) != '\0')
        continue;

      add_problem (self, i, check, g_strdup (_("No director is recorded for this institution.")));
    }

  return TRUE;
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
  g_autoptr(GListModel) institutions = NULL;
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) problems = g_array_new (FALSE, FALSE, sizeof (Problem));
  g_autofree char *on = NULL;
  Compliance compliance;

  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  on = _riaya_report_dup_on (params, error);
  if (on == NULL)
    return NULL;

  institutions = riaya_store_list_institutions (store, error);
  if (institutions == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      RiayaInstitution *institution = g_list_model_get_item (institutions, i);

      g_ptr_array_add (listed, institution);
      g_hash_table_insert (index, (gpointer) riaya_institution_get_uuid (institution),
                           GUINT_TO_POINTER (listed->len));
    }

  g_array_set_clear_func (problems, problem_clear);
  compliance = (Compliance) { store, on, listed, index, problems };
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
      RiayaInstitution *institution = g_ptr_array_index (listed, problem->institution);
      guint row = riaya_table_add_row (table);

      riaya_table_set_text (table, row, COLUMN_LICENCE, riaya_institution_get_licence_number (institution));
      riaya_table_set_text (table, row, COLUMN_INSTITUTION, riaya_institution_get_display_name (institution));
      riaya_table_set_text (table, row, COLUMN_PROVINCE, riaya_institution_get_province_code (institution));
      riaya_table_set_text (table, row, COLUMN_ISSUE, checks[problem->check].issue);
      riaya_table_set_text (table, row, COLUMN_DETAIL, problem->detail);
    }

  return g_steal_pointer (&table);
}
