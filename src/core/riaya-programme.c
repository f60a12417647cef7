/* riaya-programme.c — which institutions are due a visit, most urgent first
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Law 65.15 art. 27: at least one visit a year; Law 14.05: two. Decree
 * 2.19.693 art. 7: an annual programme, adopted before the year starts.
 * The Cour des comptes found 56% of institutions never inspected
 * (domain.md §4): they come first.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-programme.h"
#include "riaya-validation.h"

guint
riaya_inspection_period_months (RiayaLegalBasis basis)
{
  g_return_val_if_fail ((guint) basis < RIAYA_N_LEGAL_BASES, 12);

  /* Twice a year under Law 14.05, once under Law 65.15 art. 27. */
  return basis == RIAYA_LEGAL_BASIS_14_05 ? 6 : 12;
}

guint
riaya_inspection_visits_per_year (RiayaLegalBasis basis)
{
  g_return_val_if_fail ((guint) basis < RIAYA_N_LEGAL_BASES, 1);

  return basis == RIAYA_LEGAL_BASIS_14_05 ? 2 : 1;
}

char *
riaya_inspection_dup_next_due (RiayaLegalBasis  basis,
                               const char      *licence_date,
                               const char      *last_valid_visit)
{
  const char *from = last_valid_visit != NULL ? last_valid_visit : licence_date;
  GDate date;

  g_return_val_if_fail ((guint) basis < RIAYA_N_LEGAL_BASES, NULL);

  if (from == NULL || !riaya_date_parse (from, &date, NULL))
    return NULL;

  /* g_date_add_months() keeps the day when the month has it and clamps to
   * the month's last day otherwise: 31 August + 6 months is 28 February,
   * or 29 in a leap year. */
  g_date_add_months (&date, riaya_inspection_period_months (basis));

  return riaya_date_to_iso (&date);
}

gboolean
riaya_inspection_is_overdue_on (RiayaLegalBasis  basis,
                                const char      *licence_date,
                                const char      *last_valid_visit,
                                const char      *on)
{
  g_autofree char *next_due = NULL;

  g_return_val_if_fail (on != NULL, FALSE);

  next_due = riaya_inspection_dup_next_due (basis, licence_date, last_valid_visit);

  return next_due != NULL && riaya_date_compare (next_due, on) < 0;
}

void
riaya_programme_assessment_clear (RiayaProgrammeAssessment *assessment)
{
  g_return_if_fail (assessment != NULL);

  g_clear_pointer (&assessment->next_due, g_free);
  assessment->reasons = 0;
  assessment->visits_needed = 0;
}

/* A licence the committee still has something to visit under: in force,
 * or suspended (art. 34: the institution may reopen). */
static gboolean
licence_standing (RiayaLicenceStatus status)
{
  return riaya_licence_status_in_force (status) || status == RIAYA_LICENCE_STATUS_SUSPENDED;
}

gboolean
riaya_programme_assess (const RiayaInspectionFacts *facts,
                        guint                       year,
                        const char                 *today,
                        RiayaProgrammeAssessment   *out)
{
  g_autofree char *real_today = NULL;
  g_autofree char *first_day = NULL;
  const char *on;
  guint required, counted;

  g_return_val_if_fail (facts != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (year >= 1900 && year <= 9999, FALSE);

  if (today == NULL)
    today = real_today = riaya_date_today_iso ();

  /* Decree art. 7: the programme is adopted before the year starts, so a
   * programme drawn up in December is judged on 1 January. */
  first_day = g_strdup_printf ("%04u-01-01", year);
  on = riaya_date_compare (today, first_day) > 0 ? today : first_day;

  out->reasons = 0;
  out->next_due = riaya_inspection_dup_next_due (facts->basis, facts->licence_date,
                                                 facts->last_valid_visit);

  if (facts->last_valid_visit == NULL)
    out->reasons |= RIAYA_DUE_NEVER_INSPECTED;
  if (out->next_due != NULL && riaya_date_compare (out->next_due, on) < 0)
    out->reasons |= RIAYA_DUE_PERIOD_PASSED;
  if (facts->over_capacity)
    out->reasons |= RIAYA_DUE_OVER_CAPACITY;
  if (facts->status == RIAYA_LICENCE_STATUS_WARNED ||
      facts->status == RIAYA_LICENCE_STATUS_REPRIMANDED ||
      facts->status == RIAYA_LICENCE_STATUS_SUSPENDED)
    out->reasons |= RIAYA_DUE_OPEN_SANCTION;
  if (facts->overdue_actions > 0)
    out->reasons |= RIAYA_DUE_ACTIONS_OVERDUE;

  /* What the law asks of the year, less what is done or already planned. */
  required = riaya_inspection_visits_per_year (facts->basis);
  counted = facts->valid_visits_in_year + facts->planned_in_year;
  out->visits_needed = required > counted ? required - counted : 0;
  if (out->visits_needed > 0)
    out->reasons |= RIAYA_DUE_FREQUENCY;

  /* The year's count may be met while the last visit is older than the
   * period (two visits in January under 14.05): one more is due — unless
   * one is planned already, which is the answer to it. */
  if ((out->reasons & RIAYA_DUE_PERIOD_PASSED) != 0 && out->visits_needed == 0 &&
      facts->planned_in_year == 0)
    out->visits_needed = 1;

  return licence_standing (facts->status) && out->visits_needed > 0;
}

/* -1 when only @a has @flag, 1 when only @b has it, 0 otherwise. */
static int
compare_flag (const RiayaProgrammeAssessment *a,
              const RiayaProgrammeAssessment *b,
              RiayaDueReasons                 flag)
{
  gboolean in_a = (a->reasons & flag) != 0;
  gboolean in_b = (b->reasons & flag) != 0;

  return in_a == in_b ? 0 : (in_a ? -1 : 1);
}

/* Earlier first; an unknown date (no licence date) last. */
static int
compare_next_due (const RiayaProgrammeAssessment *a,
                  const RiayaProgrammeAssessment *b)
{
  if (a->next_due == NULL || b->next_due == NULL)
    return (a->next_due == NULL) - (b->next_due == NULL);

  return riaya_date_compare (a->next_due, b->next_due);
}

int
riaya_programme_compare (const RiayaProgrammeAssessment *a,
                         const RiayaProgrammeAssessment *b)
{
  static const RiayaDueReasons after_period[] = {
    RIAYA_DUE_OVER_CAPACITY,
    RIAYA_DUE_OPEN_SANCTION,
    RIAYA_DUE_ACTIONS_OVERDUE,
  };
  int order;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if ((order = compare_flag (a, b, RIAYA_DUE_NEVER_INSPECTED)) != 0 ||
      (order = compare_flag (a, b, RIAYA_DUE_PERIOD_PASSED)) != 0)
    return order;

  /* Both past the period: the one due the longest ago first. */
  if ((a->reasons & RIAYA_DUE_PERIOD_PASSED) != 0 &&
      (order = compare_next_due (a, b)) != 0)
    return order;

  for (guint i = 0; i < G_N_ELEMENTS (after_period); i++)
    if ((order = compare_flag (a, b, after_period[i])) != 0)
      return order;

  return compare_next_due (a, b);
}

char *
riaya_due_reasons_dup_label (RiayaDueReasons reasons)
{
  static const struct
  {
    RiayaDueReasons  reason;
    const char      *label;
  } labels[] = {
    { RIAYA_DUE_NEVER_INSPECTED, NC_("due reason", "never inspected") },
    { RIAYA_DUE_PERIOD_PASSED, NC_("due reason", "legal period passed") },
    { RIAYA_DUE_OVER_CAPACITY, NC_("due reason", "over capacity") },
    { RIAYA_DUE_OPEN_SANCTION, NC_("due reason", "under a sanction") },
    { RIAYA_DUE_ACTIONS_OVERDUE, NC_("due reason", "corrective actions overdue") },
    { RIAYA_DUE_FREQUENCY, NC_("due reason", "visits the law asks for this year") },
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if ((reasons & labels[i].reason) == 0)
        continue;
      if (text->len > 0)
        /* Translators: the separator between two reasons to visit an institution */
        g_string_append (text, C_("due reason", ", "));
      g_string_append (text, g_dpgettext2 (GETTEXT_PACKAGE, "due reason", labels[i].label));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
riaya_due_reasons_dup_codes (RiayaDueReasons  reasons,
                             const char      *separator)
{
  static const struct
  {
    RiayaDueReasons  reason;
    const char      *code;
  } codes[] = {
    { RIAYA_DUE_NEVER_INSPECTED, "never-inspected" },
    { RIAYA_DUE_PERIOD_PASSED, "period-passed" },
    { RIAYA_DUE_OVER_CAPACITY, "over-capacity" },
    { RIAYA_DUE_OPEN_SANCTION, "open-sanction" },
    { RIAYA_DUE_ACTIONS_OVERDUE, "actions-overdue" },
    { RIAYA_DUE_FREQUENCY, "frequency" },
  };
  GString *joined = g_string_new (NULL);

  g_return_val_if_fail (separator != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (reasons & codes[i].reason)
      {
        if (joined->len > 0)
          g_string_append (joined, separator);
        g_string_append (joined, codes[i].code);
      }

  return g_string_free (joined, FALSE);
}
