/* test-programme.c — which institutions are due a visit, most urgent first
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Law 14.05: a visit every six months; Law 65.15 art. 27: every twelve.
 * Decree 2.19.693 art. 7: an annual programme. Never inspected first.
 */

#include "config.h"

#include <stdlib.h>

#include "riaya-core.h"

#define TODAY "2026-11-23"

static void
assert_next_due (RiayaLegalBasis  basis,
                 const char      *licence_date,
                 const char      *last_valid_visit,
                 const char      *expected)
{
  g_autofree char *due = riaya_inspection_dup_next_due (basis, licence_date, last_valid_visit);

  g_assert_cmpstr (due, ==, expected);
}

static void
test_period (void)
{
  g_assert_cmpuint (riaya_inspection_period_months (RIAYA_LEGAL_BASIS_14_05), ==, 6);
  g_assert_cmpuint (riaya_inspection_period_months (RIAYA_LEGAL_BASIS_65_15), ==, 12);
  g_assert_cmpuint (riaya_inspection_visits_per_year (RIAYA_LEGAL_BASIS_14_05), ==, 2);
  g_assert_cmpuint (riaya_inspection_visits_per_year (RIAYA_LEGAL_BASIS_65_15), ==, 1);
}

static void
test_next_due (void)
{
  /* From the last valid visit. */
  assert_next_due (RIAYA_LEGAL_BASIS_14_05, "2010-01-05", "2025-03-10", "2025-09-10");
  assert_next_due (RIAYA_LEGAL_BASIS_65_15, "2010-01-05", "2025-03-10", "2026-03-10");
  /* Never inspected: from the licence date. */
  assert_next_due (RIAYA_LEGAL_BASIS_14_05, "2024-05-20", NULL, "2024-11-20");
  assert_next_due (RIAYA_LEGAL_BASIS_65_15, "2024-05-20", NULL, "2025-05-20");
  /* 31 August + 6 months: the last day of February, leap year or not. */
  assert_next_due (RIAYA_LEGAL_BASIS_14_05, "2010-01-05", "2023-08-31", "2024-02-29");
  assert_next_due (RIAYA_LEGAL_BASIS_14_05, "2010-01-05", "2024-08-31", "2025-02-28");
  assert_next_due (RIAYA_LEGAL_BASIS_14_05, "2010-01-05", "2025-08-30", "2026-02-28");
  /* 29 February + 12 months. */
  assert_next_due (RIAYA_LEGAL_BASIS_65_15, "2010-01-05", "2024-02-29", "2025-02-28");
  /* Across the year, and a 31st into a month of 30 days. */
  assert_next_due (RIAYA_LEGAL_BASIS_14_05, "2010-01-05", "2025-12-31", "2026-06-30");
  /* Nothing to count from. */
  assert_next_due (RIAYA_LEGAL_BASIS_65_15, NULL, NULL, NULL);

  /* Overdue the day after the due date, not on it. */
  g_assert_false (riaya_inspection_is_overdue_on (RIAYA_LEGAL_BASIS_14_05, "2010-01-05", "2025-03-10", "2025-09-10"));
  g_assert_true (riaya_inspection_is_overdue_on (RIAYA_LEGAL_BASIS_14_05, "2010-01-05", "2025-03-10", "2025-09-11"));
  g_assert_false (riaya_inspection_is_overdue_on (RIAYA_LEGAL_BASIS_65_15, "2010-01-05", "2025-03-10", "2025-09-11"));
  g_assert_true (riaya_inspection_is_overdue_on (RIAYA_LEGAL_BASIS_65_15, "2024-05-20", NULL, "2025-05-21"));
  g_assert_false (riaya_inspection_is_overdue_on (RIAYA_LEGAL_BASIS_65_15, NULL, NULL, TODAY));
}

/* An institution under Law 65.15, licensed in 2015, in force, last
 * visited validly on 2026-02-10. */
static RiayaInspectionFacts
make_facts (void)
{
  RiayaInspectionFacts facts = {
    .basis = RIAYA_LEGAL_BASIS_65_15,
    .licence_date = "2015-04-01",
    .status = RIAYA_LICENCE_STATUS_ACTIVE,
    .last_valid_visit = "2026-02-10",
  };

  return facts;
}

static void
test_assess_never_inspected (void)
{
  RiayaInspectionFacts facts = make_facts ();
  g_auto(RiayaProgrammeAssessment) out = { 0 };
  g_autofree char *label = NULL;

  facts.basis = RIAYA_LEGAL_BASIS_14_05;
  facts.last_valid_visit = NULL;
  g_assert_true (riaya_programme_assess (&facts, 2027, TODAY, &out));
  g_assert_cmpuint (out.reasons, ==, RIAYA_DUE_NEVER_INSPECTED | RIAYA_DUE_PERIOD_PASSED | RIAYA_DUE_FREQUENCY);
  g_assert_cmpstr (out.next_due, ==, "2015-10-01");
  g_assert_cmpuint (out.visits_needed, ==, 2);
  label = riaya_due_reasons_dup_label (out.reasons);
  g_assert_cmpstr (label, ==, "never inspected, legal period passed, visits the law asks for this year");
  riaya_programme_assessment_clear (&out);
  g_assert_null (out.next_due);

  /* Licensed lately: never inspected, yet within its first period. */
  facts.licence_date = "2026-10-01";
  g_assert_true (riaya_programme_assess (&facts, 2027, TODAY, &out));
  g_assert_cmpuint (out.reasons, ==, RIAYA_DUE_NEVER_INSPECTED | RIAYA_DUE_FREQUENCY);
  g_assert_cmpstr (out.next_due, ==, "2027-04-01");
}

static void
test_assess_frequency (void)
{
  RiayaInspectionFacts facts = make_facts ();
  g_auto(RiayaProgrammeAssessment) out = { 0 };

  /* 65.15, a visit in February 2026: the programme of 2026 is complete. */
  facts.valid_visits_in_year = 1;
  g_assert_false (riaya_programme_assess (&facts, 2026, "2026-03-01", &out));
  g_assert_cmpuint (out.visits_needed, ==, 0);
  g_assert_cmpuint (out.reasons, ==, 0);
  riaya_programme_assessment_clear (&out);

  /* Under 14.05 the same year still needs one more. */
  facts.basis = RIAYA_LEGAL_BASIS_14_05;
  g_assert_true (riaya_programme_assess (&facts, 2026, "2026-03-01", &out));
  g_assert_cmpuint (out.visits_needed, ==, 1);
  g_assert_cmpuint (out.reasons, ==, RIAYA_DUE_FREQUENCY);
  riaya_programme_assessment_clear (&out);

  /* … unless it is planned already. */
  facts.planned_in_year = 1;
  g_assert_false (riaya_programme_assess (&facts, 2026, "2026-03-01", &out));
  g_assert_cmpuint (out.visits_needed, ==, 0);
  riaya_programme_assessment_clear (&out);

  /* Two planned for the new year under 14.05: nothing left to plan. */
  facts.valid_visits_in_year = 0;
  facts.planned_in_year = 2;
  g_assert_false (riaya_programme_assess (&facts, 2027, TODAY, &out));
  riaya_programme_assessment_clear (&out);

  /* Two visits in January, then none: in September the period has
   * passed though the year's count is met. */
  facts.last_valid_visit = "2026-01-28";
  facts.valid_visits_in_year = 2;
  facts.planned_in_year = 0;
  g_assert_true (riaya_programme_assess (&facts, 2026, "2026-09-01", &out));
  g_assert_cmpuint (out.reasons, ==, RIAYA_DUE_PERIOD_PASSED);
  g_assert_cmpuint (out.visits_needed, ==, 1);
}

static void
test_assess_reference_day (void)
{
  RiayaInspectionFacts facts = make_facts ();
  g_auto(RiayaProgrammeAssessment) out = { 0 };

  /* Drawn up in November for next year: judged on 1 January 2027, when
   * the visit of 2026-02-10 is not yet twelve months old. */
  facts.valid_visits_in_year = 0;
  g_assert_true (riaya_programme_assess (&facts, 2027, TODAY, &out));
  g_assert_cmpstr (out.next_due, ==, "2027-02-10");
  g_assert_cmpuint (out.reasons, ==, RIAYA_DUE_FREQUENCY);
  g_assert_cmpuint (out.visits_needed, ==, 1);
  riaya_programme_assessment_clear (&out);

  /* Judged later in 2027, the period has passed. */
  g_assert_true (riaya_programme_assess (&facts, 2027, "2027-03-01", &out));
  g_assert_cmpuint (out.reasons, ==, RIAYA_DUE_PERIOD_PASSED | RIAYA_DUE_FREQUENCY);
}

static void
test_assess_licence_and_flags (void)
{
  RiayaInspectionFacts facts = make_facts ();
  g_auto(RiayaProgrammeAssessment) out = { 0 };
  struct { RiayaLicenceStatus status; gboolean proposed; gboolean sanction; } cases[] = {
    { RIAYA_LICENCE_STATUS_NONE, FALSE, FALSE },
    { RIAYA_LICENCE_STATUS_ACTIVE, TRUE, FALSE },
    { RIAYA_LICENCE_STATUS_WARNED, TRUE, TRUE },
    { RIAYA_LICENCE_STATUS_REPRIMANDED, TRUE, TRUE },
    { RIAYA_LICENCE_STATUS_SUSPENDED, TRUE, TRUE },
    { RIAYA_LICENCE_STATUS_WITHDRAWN, FALSE, FALSE },
    { RIAYA_LICENCE_STATUS_CLOSED, FALSE, FALSE },
  };

  facts.over_capacity = TRUE;
  facts.overdue_actions = 2;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      facts.status = cases[i].status;
      g_assert_cmpint (riaya_programme_assess (&facts, 2027, TODAY, &out), ==, cases[i].proposed);
      g_assert_true (out.reasons & RIAYA_DUE_OVER_CAPACITY);
      g_assert_true (out.reasons & RIAYA_DUE_ACTIONS_OVERDUE);
      g_assert_cmpint (!!(out.reasons & RIAYA_DUE_OPEN_SANCTION), ==, cases[i].sanction);
      riaya_programme_assessment_clear (&out);
    }

  /* A withdrawn licence is not proposed, never inspected or not. */
  facts.status = RIAYA_LICENCE_STATUS_WITHDRAWN;
  facts.last_valid_visit = NULL;
  g_assert_false (riaya_programme_assess (&facts, 2027, TODAY, &out));
  g_assert_true (out.reasons & RIAYA_DUE_NEVER_INSPECTED);
}

static int
compare_for_qsort (const void *a,
                   const void *b)
{
  return riaya_programme_compare (a, b);
}

static void
test_compare (void)
{
  RiayaProgrammeAssessment items[] = {
    { RIAYA_DUE_FREQUENCY, (char *) "2027-05-01", 1 },
    { RIAYA_DUE_FREQUENCY | RIAYA_DUE_ACTIONS_OVERDUE, (char *) "2027-06-01", 1 },
    { RIAYA_DUE_PERIOD_PASSED | RIAYA_DUE_FREQUENCY, (char *) "2026-10-01", 1 },
    { RIAYA_DUE_FREQUENCY | RIAYA_DUE_OVER_CAPACITY | RIAYA_DUE_OPEN_SANCTION, (char *) "2027-08-01", 1 },
    { RIAYA_DUE_NEVER_INSPECTED | RIAYA_DUE_FREQUENCY, (char *) "2027-04-01", 1 },
    { RIAYA_DUE_PERIOD_PASSED | RIAYA_DUE_FREQUENCY | RIAYA_DUE_OVER_CAPACITY, (char *) "2026-12-15", 1 },
    { RIAYA_DUE_FREQUENCY | RIAYA_DUE_OPEN_SANCTION, (char *) "2027-03-01", 1 },
    { RIAYA_DUE_NEVER_INSPECTED | RIAYA_DUE_PERIOD_PASSED | RIAYA_DUE_FREQUENCY, (char *) "2016-01-01", 2 },
    { RIAYA_DUE_FREQUENCY, (char *) "2027-02-01", 1 },
    { RIAYA_DUE_FREQUENCY, NULL, 1 },
    { RIAYA_DUE_PERIOD_PASSED | RIAYA_DUE_FREQUENCY, (char *) "2025-06-30", 1 },
  };
  const char *expected[] = {
    "2016-01-01",  /* never inspected, and long past */
    "2027-04-01",  /* never inspected */
    "2025-06-30",  /* past the period, longest ago first */
    "2026-10-01",
    "2026-12-15",  /* past, over capacity: still after the older ones */
    "2027-08-01",  /* over capacity */
    "2027-03-01",  /* under a sanction */
    "2027-06-01",  /* actions overdue */
    "2027-02-01",  /* then by next due date */
    "2027-05-01",
    NULL,          /* no date to go by */
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (items) == G_N_ELEMENTS (expected));

  qsort (items, G_N_ELEMENTS (items), sizeof items[0], compare_for_qsort);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_assert_cmpstr (items[i].next_due, ==, expected[i]);

  g_assert_cmpint (riaya_programme_compare (&items[0], &items[0]), ==, 0);
  g_assert_cmpint (riaya_programme_compare (&items[0], &items[1]), <, 0);
  g_assert_cmpint (riaya_programme_compare (&items[1], &items[0]), >, 0);
}

static void
test_reasons_label (void)
{
  g_autofree char *all = riaya_due_reasons_dup_label (RIAYA_DUE_NEVER_INSPECTED | RIAYA_DUE_PERIOD_PASSED |
                                                      RIAYA_DUE_OVER_CAPACITY | RIAYA_DUE_OPEN_SANCTION |
                                                      RIAYA_DUE_ACTIONS_OVERDUE | RIAYA_DUE_FREQUENCY);
  g_autofree char *one = riaya_due_reasons_dup_label (RIAYA_DUE_OPEN_SANCTION);
  g_autofree char *none = riaya_due_reasons_dup_label (0);

  g_assert_cmpstr (all, ==, "never inspected, legal period passed, over capacity, under a sanction, "
                            "corrective actions overdue, visits the law asks for this year");
  g_assert_cmpstr (one, ==, "under a sanction");
  g_assert_cmpstr (none, ==, "");
}

/* Scripts read these codes: they never change, and come in one order. */
static void
test_reasons_codes (void)
{
  g_autofree char *none = riaya_due_reasons_dup_codes (0, ";");
  g_autofree char *one = riaya_due_reasons_dup_codes (RIAYA_DUE_FREQUENCY, ";");
  g_autofree char *all = riaya_due_reasons_dup_codes (RIAYA_DUE_FREQUENCY | RIAYA_DUE_NEVER_INSPECTED |
                                                      RIAYA_DUE_OVER_CAPACITY | RIAYA_DUE_PERIOD_PASSED |
                                                      RIAYA_DUE_ACTIONS_OVERDUE | RIAYA_DUE_OPEN_SANCTION, ";");

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (one, ==, "frequency");
  g_assert_cmpstr (all, ==, "never-inspected;period-passed;over-capacity;open-sanction;actions-overdue;frequency");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/programme/period", test_period);
  g_test_add_func ("/programme/next-due", test_next_due);
  g_test_add_func ("/programme/never-inspected", test_assess_never_inspected);
  g_test_add_func ("/programme/frequency", test_assess_frequency);
  g_test_add_func ("/programme/reference-day", test_assess_reference_day);
  g_test_add_func ("/programme/licence-and-flags", test_assess_licence_and_flags);
  g_test_add_func ("/programme/compare", test_compare);
  g_test_add_func ("/programme/reasons-label", test_reasons_label);
  g_test_add_func ("/programme/reasons-codes", test_reasons_codes);

  return g_test_run ();
}
