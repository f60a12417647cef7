/* test-grant.c — the rules of the Entraide Nationale's annual grants
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Domain brief §5: a grant to a licensed institution (Law 65.15 art. 17),
 * a convention above 50,000 DH (circular 7/2003), tranches that cannot
 * exceed it, a justification received before it is judged.
 */

#include "config.h"

#include <string.h>

#include "riaya-core.h"

#define TODAY "2026-11-23"

static RiayaGrant *
make_grant (gint64 amount)
{
  RiayaGrant *grant = riaya_grant_new ("0b7f1f52-5f3a-4a8e-9f51-3f1e2a6c0d11", 2025, amount);

  riaya_grant_set_decided_on (grant, "2025-03-10");
  return grant;
}

static void
add_tranche (RiayaGrant *grant,
             const char *due_on,
             gint64      amount,
             const char *paid_on)
{
  g_autoptr(RiayaGrantTranche) tranche = riaya_grant_tranche_new (due_on, amount);

  riaya_grant_tranche_set_paid_on (tranche, paid_on);
  riaya_grant_add_tranche (grant, tranche);
}

static void
assert_refused (RiayaGrant *grant,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (riaya_grant_validate (grant, TODAY, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, code);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
test_amount_and_convention (void)
{
  g_autoptr(RiayaGrant) grant = make_grant (5000000);  /* 50,000.00 DH */
  g_autoptr(GError) error = NULL;

  /* Exactly 50,000 DH needs no convention; a centime more does. */
  g_assert_true (riaya_grant_validate (grant, TODAY, &error));
  g_assert_no_error (error);

  riaya_grant_set_amount (grant, 5000001);
  assert_refused (grant, RIAYA_VALIDATION_ERROR_REQUIRED, "7/2003");
  riaya_grant_set_convention_ref (grant, "EN/CONV/2025/0412");
  g_assert_true (riaya_grant_validate (grant, TODAY, &error));

  riaya_grant_set_amount (grant, 0);
  assert_refused (grant, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "above zero");
  riaya_grant_set_amount (grant, -100);
  assert_refused (grant, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, NULL);
  riaya_grant_set_amount (grant, RIAYA_MONEY_MAX + 1);
  assert_refused (grant, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "ten billion");

  riaya_grant_set_amount (grant, 8400000);
  riaya_grant_set_year (grant, 1989);
  assert_refused (grant, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "1989");
  riaya_grant_set_year (grant, 2028);
  assert_refused (grant, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "2027");
}

static void
test_dates_of_the_decision (void)
{
  g_autoptr(RiayaGrant) grant = make_grant (8400000);
  g_autoptr(GError) error = NULL;

  riaya_grant_set_convention_ref (grant, "EN/CONV/2025/0001");

  /* The 2019 grants were paid from March 2020: a decision in the next
   * year is normal; two years before the grant's year is not. */
  riaya_grant_set_decided_on (grant, "2026-03-02");
  g_assert_true (riaya_grant_validate (grant, TODAY, &error));
  riaya_grant_set_decided_on (grant, "2023-12-31");
  assert_refused (grant, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2025");
  riaya_grant_set_decided_on (grant, "2026-12-01");
  assert_refused (grant, RIAYA_VALIDATION_ERROR_FUTURE_DATE, "2026-12-01");
  riaya_grant_set_decided_on (grant, "2025-02-30");
  assert_refused (grant, RIAYA_VALIDATION_ERROR_FORMAT, NULL);
}

static void
test_tranches (void)
{
  g_autoptr(RiayaGrant) grant = make_grant (5000000);
  g_autoptr(GError) error = NULL;

  add_tranche (grant, "2025-09-30", 2000000, "2025-10-02");
  add_tranche (grant, "2025-04-30", 2500000, "2025-05-05");
  g_assert_true (riaya_grant_validate (grant, TODAY, &error));

  /* Kept in due-date order whatever the order they were added. */
  {
    g_autoptr(RiayaGrantTranche) first = g_list_model_get_item (riaya_grant_get_tranches (grant), 0);
    g_assert_cmpstr (riaya_grant_tranche_get_due_on (first), ==, "2025-04-30");
  }

  g_assert_cmpint (riaya_grant_get_scheduled (grant), ==, 4500000);
  g_assert_cmpint (riaya_grant_get_paid (grant), ==, 4500000);
  g_assert_cmpint (riaya_grant_get_remaining (grant), ==, 500000);

  /* Up to the grant exactly, not a centime more. */
  add_tranche (grant, "2026-01-31", 500000, NULL);
  g_assert_true (riaya_grant_validate (grant, TODAY, &error));
  g_assert_cmpint (riaya_grant_get_remaining (grant), ==, 500000);
  add_tranche (grant, "2026-02-28", 1, NULL);
  assert_refused (grant, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "50,000.00");
}

static void
test_tranche_paid_before_decision (void)
{
  g_autoptr(RiayaGrant) grant = make_grant (3000000);

  add_tranche (grant, "2025-04-30", 3000000, "2025-03-09");
  assert_refused (grant, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2025-03-10");
}

static void
test_tranche_amounts (void)
{
  g_autoptr(RiayaGrant) grant = make_grant (3000000);
  g_autoptr(RiayaGrant) future = make_grant (3000000);

  add_tranche (grant, "2025-04-30", 0, NULL);
  assert_refused (grant, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "2025-04-30");

  add_tranche (future, "2025-04-30", 1000000, "2026-12-24");
  assert_refused (future, RIAYA_VALIDATION_ERROR_FUTURE_DATE, "2026-12-24");
}

static void
test_justification (void)
{
  g_autoptr(RiayaGrant) grant = make_grant (3000000);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (riaya_grant_get_justification_state (grant), ==, RIAYA_JUSTIFICATION_NOT_ASKED);
  riaya_grant_set_justification_due (grant, "2026-03-31");
  g_assert_cmpint (riaya_grant_get_justification_state (grant), ==, RIAYA_JUSTIFICATION_AWAITED);

  /* Late from the day after the due date, until received. */
  g_assert_false (riaya_grant_is_justification_overdue (grant, "2026-03-31"));
  g_assert_true (riaya_grant_is_justification_overdue (grant, "2026-04-01"));

  riaya_grant_set_justification_received (grant, "2026-04-10");
  g_assert_true (riaya_grant_validate (grant, TODAY, &error));
  g_assert_false (riaya_grant_is_justification_overdue (grant, TODAY));

  /* Approval before receipt: refused. */
  riaya_grant_set_justification_approved (grant, "2026-04-09");
  assert_refused (grant, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2026-04-09");
  riaya_grant_set_justification_approved (grant, "2026-04-10");
  g_assert_true (riaya_grant_validate (grant, TODAY, &error));
  g_assert_cmpint (riaya_grant_get_justification_state (grant), ==, RIAYA_JUSTIFICATION_APPROVED);

  /* Approved and rejected at once: refused. */
  riaya_grant_set_justification_rejected (grant, "2026-05-01");
  riaya_grant_set_rejection_reason (grant, "Invoices missing");
  assert_refused (grant, RIAYA_VALIDATION_ERROR_DATE_ORDER, "not both");

  /* A rejection needs its reason, and is still owed: late. */
  riaya_grant_set_justification_approved (grant, NULL);
  riaya_grant_set_rejection_reason (grant, NULL);
  assert_refused (grant, RIAYA_VALIDATION_ERROR_REQUIRED, "reason");
  riaya_grant_set_rejection_reason (grant, "Invoices missing");
  g_assert_true (riaya_grant_validate (grant, TODAY, &error));
  g_assert_true (riaya_grant_is_justification_overdue (grant, TODAY));

  /* Received without a due date; judged without receipt. */
  {
    g_autoptr(RiayaGrant) other = make_grant (3000000);

    riaya_grant_set_justification_received (other, "2026-01-10");
    assert_refused (other, RIAYA_VALIDATION_ERROR_REQUIRED, "due date");
    riaya_grant_set_justification_due (other, "2026-03-31");
    riaya_grant_set_justification_received (other, NULL);
    riaya_grant_set_justification_approved (other, "2026-01-10");
    assert_refused (other, RIAYA_VALIDATION_ERROR_DATE_ORDER, "received");
  }
}

static void
test_status (void)
{
  g_autoptr(RiayaGrant) grant = make_grant (3000000);

  add_tranche (grant, "2025-04-30", 1000000, "2025-05-02");
  add_tranche (grant, "2025-12-31", 2000000, NULL);
  riaya_grant_set_justification_due (grant, "2026-03-31");

  g_assert_cmpint (riaya_grant_get_status (grant, "2025-12-31"), ==, RIAYA_GRANT_STATUS_OPEN);
  /* The second tranche is late from 1 January. */
  g_assert_cmpint (riaya_grant_count_overdue_tranches (grant, "2026-01-01"), ==, 1);
  g_assert_cmpint (riaya_grant_get_status (grant, "2026-01-01"), ==, RIAYA_GRANT_STATUS_LATE);

  {
    g_autoptr(RiayaGrantTranche) second = g_list_model_get_item (riaya_grant_get_tranches (grant), 1);
    riaya_grant_tranche_set_paid_on (second, "2026-01-15");
  }
  g_assert_cmpint (riaya_grant_get_status (grant, "2026-02-01"), ==, RIAYA_GRANT_STATUS_OPEN);
  /* Paid in full, but the justification is late. */
  g_assert_cmpint (riaya_grant_get_status (grant, "2026-04-01"), ==, RIAYA_GRANT_STATUS_LATE);

  riaya_grant_set_justification_received (grant, "2026-03-20");
  riaya_grant_set_justification_approved (grant, "2026-04-15");
  g_assert_cmpint (riaya_grant_get_status (grant, TODAY), ==, RIAYA_GRANT_STATUS_CLOSED);
  g_assert_cmpstr (riaya_grant_status_to_code (RIAYA_GRANT_STATUS_LATE), ==, "late");
}

static RiayaInstitution *
make_institution (void)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autoptr(RiayaLicenceEvent) granted =
    riaya_licence_event_new (RIAYA_LICENCE_EVENT_GRANTED, "2016-06-15", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) suspended =
    riaya_licence_event_new (RIAYA_LICENCE_EVENT_SUSPENDED, "2019-11-04", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) reopened =
    riaya_licence_event_new (RIAYA_LICENCE_EVENT_REOPENED, "2021-02-01", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) withdrawn =
    riaya_licence_event_new (RIAYA_LICENCE_EVENT_WITHDRAWN, "2023-07-01", NULL, NULL);

  riaya_institution_set_name_fr (institution, "Dar Taliba Test");
  riaya_institution_set_licence_date (institution, "2016-06-15");
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_add_event (institution, granted);
  riaya_institution_add_event (institution, suspended);
  riaya_institution_add_event (institution, reopened);
  riaya_institution_add_event (institution, withdrawn);

  return institution;
}

static void
test_licence_in_force_during_the_year (void)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  struct { guint year; gboolean granted; int code; } cases[] = {
    { 2015, FALSE, RIAYA_VALIDATION_ERROR_DATE_ORDER },     /* before the licence */
    { 2016, TRUE, 0 },                                      /* licensed in June */
    { 2019, TRUE, 0 },                                      /* suspended in November */
    { 2020, FALSE, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE }, /* suspended all year */
    { 2021, TRUE, 0 },                                      /* reopened in February */
    { 2023, TRUE, 0 },                                      /* withdrawn in July */
    { 2024, FALSE, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE }, /* withdrawn */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RiayaGrant) grant = make_grant (3000000);
      g_autoptr(GError) error = NULL;

      riaya_grant_set_year (grant, cases[i].year);
      g_assert_cmpint (riaya_grant_check_institution (grant, institution, &error), ==, cases[i].granted);
      if (cases[i].granted)
        g_assert_no_error (error);
      else
        {
          g_autofree char *year = g_strdup_printf ("%u", cases[i].year);

          g_assert_error (error, RIAYA_VALIDATION_ERROR, cases[i].code);
          g_assert_nonnull (strstr (error->message, "Dar Taliba Test"));
          g_assert_nonnull (strstr (error->message, year));
        }
    }
}

static void
test_changed_fields_and_copy (void)
{
  g_autoptr(RiayaGrant) before = make_grant (3000000);
  g_autoptr(RiayaGrant) after = NULL;
  g_autofree char *none = NULL;
  g_autofree char *changed = NULL;

  add_tranche (before, "2025-04-30", 1000000, NULL);
  riaya_grant_set_institution_info (before, "Dar Taliba Test", "EPS-1", "07.161");
  after = riaya_grant_copy (before);
  g_assert_cmpstr (riaya_grant_get_uuid (after), ==, riaya_grant_get_uuid (before));
  g_assert_cmpstr (riaya_grant_get_institution_name (after), ==, "Dar Taliba Test");
  none = riaya_grant_dup_changed_fields (before, after);
  g_assert_null (none);

  riaya_grant_set_amount (after, 3500000);
  riaya_grant_set_justification_due (after, "2026-03-31");
  {
    g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (riaya_grant_get_tranches (after), 0);
    riaya_grant_tranche_set_paid_on (tranche, "2025-05-01");
  }
  changed = riaya_grant_dup_changed_fields (before, after);
  g_assert_cmpstr (changed, ==, "amount, justification-due, tranches");

  /* The copy's tranches are its own. */
  {
    g_autoptr(RiayaGrantTranche) original = g_list_model_get_item (riaya_grant_get_tranches (before), 0);
    g_assert_null (riaya_grant_tranche_get_paid_on (original));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/grant/amount-and-convention", test_amount_and_convention);
  g_test_add_func ("/grant/decision-dates", test_dates_of_the_decision);
  g_test_add_func ("/grant/tranches", test_tranches);
  g_test_add_func ("/grant/tranche-paid-before-decision", test_tranche_paid_before_decision);
  g_test_add_func ("/grant/tranche-amounts", test_tranche_amounts);
  g_test_add_func ("/grant/justification", test_justification);
  g_test_add_func ("/grant/status", test_status);
  g_test_add_func ("/grant/licence-in-force", test_licence_in_force_during_the_year);
  g_test_add_func ("/grant/changed-fields", test_changed_fields_and_copy);

  return g_test_run ();
}
