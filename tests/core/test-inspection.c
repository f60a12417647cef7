/* test-inspection.c — the rules of a visit of the control committee
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Domain.md §4: a visit is valid only with a majority of the members
 * invited (decree 2.19.693 art. 8); its decision (Law 65.15 arts 31, 34)
 * becomes an event of the licence; its corrective actions have due dates
 * and call for a follow-up visit.
 */

#include "config.h"

#include <string.h>

#include "riaya-core.h"

#define TODAY       "2026-11-23"
#define INSTITUTION "0b7f1f52-5f3a-4a8e-9f51-3f1e2a6c0d11"

/* A visit done on 2026-03-04, 4 of 5 members present, nothing decided. */
static RiayaInspection *
make_visit (void)
{
  RiayaInspection *visit = riaya_inspection_new (INSTITUTION, "2026-03-02", RIAYA_VISIT_KIND_PROGRAMMED);

  riaya_inspection_set_done_on (visit, "2026-03-04");
  riaya_inspection_set_members_invited (visit, 5);
  riaya_inspection_set_members_present (visit, 4);
  return visit;
}

static void
add_action (RiayaInspection *visit,
            const char      *description,
            const char      *due_on,
            const char      *done_on)
{
  g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new (description, due_on);

  riaya_corrective_action_set_done_on (action, done_on);
  riaya_inspection_add_action (visit, action);
}

static void
assert_refused (RiayaInspection *visit,
                int              code,
                const char      *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (riaya_inspection_validate (visit, TODAY, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, code);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
assert_valid (RiayaInspection *visit)
{
  g_autoptr(GError) error = NULL;

  riaya_inspection_validate (visit, TODAY, &error);
  g_assert_no_error (error);
}

static void
test_codes (void)
{
  static const char *kinds[] = { "programmed", "unannounced", "follow-up", "complaint" };
  static const char *decisions[] = { "none", "warning", "reprimand", "suspension", "withdrawal", "closure" };
  static const char *areas[] = { "licence", "register", "regulations", "staffing", "safety",
                                 "health", "education", "accounts", "rights" };
  static const char *results[] = { "not-assessed", "compliant", "not-compliant", "not-applicable" };
  static const char *statuses[] = { "planned", "overdue", "done", "not-valid" };

  G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == RIAYA_N_VISIT_KINDS);
  G_STATIC_ASSERT (G_N_ELEMENTS (decisions) == RIAYA_N_DECISIONS);
  G_STATIC_ASSERT (G_N_ELEMENTS (areas) == RIAYA_N_CHECK_AREAS);
  G_STATIC_ASSERT (G_N_ELEMENTS (results) == RIAYA_N_CHECK_RESULTS);
  G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == RIAYA_N_VISIT_STATUSES);

  /* Published codes never change: each is pinned, goes both ways and has
   * a label. */
#define ROUND_TRIP(prefix, Type, table)                                 \
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)                      \
    {                                                                   \
      Type back;                                                        \
      g_assert_cmpstr (prefix##_to_code (i), ==, table[i]);             \
      g_assert_true (prefix##_from_code (table[i], &back));             \
      g_assert_cmpint (back, ==, i);                                    \
      g_assert_true (strlen (prefix##_to_label (i)) > 0);               \
    }                                                                   \
  g_assert_false (prefix##_from_code ("Warning", NULL));                \
  g_assert_false (prefix##_from_code ("", NULL));                       \
  g_assert_false (prefix##_from_code (NULL, NULL));

  ROUND_TRIP (riaya_visit_kind, RiayaVisitKind, kinds);
  ROUND_TRIP (riaya_decision, RiayaDecision, decisions);
  ROUND_TRIP (riaya_check_area, RiayaCheckArea, areas);
  ROUND_TRIP (riaya_check_result, RiayaCheckResult, results);
  ROUND_TRIP (riaya_visit_status, RiayaVisitStatus, statuses);
#undef ROUND_TRIP

  g_assert_cmpstr (riaya_decision_to_label (RIAYA_DECISION_REPRIMAND), ==, "Reprimand");
  g_assert_cmpstr (riaya_visit_status_to_label (RIAYA_VISIT_STATUS_NOT_VALID), ==, "Not valid");
}

static void
test_decision_to_licence_event (void)
{
  struct { RiayaDecision decision; RiayaLicenceEventKind kind; gboolean needs, takes; } cases[] = {
    { RIAYA_DECISION_WARNING, RIAYA_LICENCE_EVENT_WARNING, TRUE, TRUE },
    { RIAYA_DECISION_REPRIMAND, RIAYA_LICENCE_EVENT_REPRIMAND, TRUE, TRUE },
    { RIAYA_DECISION_SUSPENSION, RIAYA_LICENCE_EVENT_SUSPENDED, FALSE, TRUE },
    { RIAYA_DECISION_WITHDRAWAL, RIAYA_LICENCE_EVENT_WITHDRAWN, FALSE, FALSE },
    { RIAYA_DECISION_CLOSURE, RIAYA_LICENCE_EVENT_CLOSED, FALSE, FALSE },
  };
  RiayaLicenceEventKind kind = RIAYA_LICENCE_EVENT_MODIFIED;

  g_assert_false (riaya_decision_to_licence_event (RIAYA_DECISION_NONE, &kind));
  g_assert_cmpint (kind, ==, RIAYA_LICENCE_EVENT_MODIFIED);
  g_assert_false (riaya_decision_needs_deadline (RIAYA_DECISION_NONE));
  g_assert_false (riaya_decision_takes_deadline (RIAYA_DECISION_NONE));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RiayaInspection) visit = make_visit ();
      g_autoptr(RiayaLicenceEvent) event = NULL;
      const char *deadline = cases[i].takes ? "2026-06-30" : NULL;

      g_assert_true (riaya_decision_to_licence_event (cases[i].decision, &kind));
      g_assert_cmpint (kind, ==, cases[i].kind);
      g_assert_cmpint (riaya_decision_needs_deadline (cases[i].decision), ==, cases[i].needs);
      g_assert_cmpint (riaya_decision_takes_deadline (cases[i].decision), ==, cases[i].takes);

      /* The event is dated on the visit, with its deadline and a note
       * naming the visit. */
      riaya_inspection_set_decision (visit, cases[i].decision);
      riaya_inspection_set_decision_deadline (visit, deadline);
      assert_valid (visit);
      event = riaya_inspection_make_licence_event (visit);
      g_assert_nonnull (event);
      g_assert_cmpint (riaya_licence_event_get_kind (event), ==, cases[i].kind);
      g_assert_cmpstr (riaya_licence_event_get_date (event), ==, "2026-03-04");
      g_assert_cmpstr (riaya_licence_event_get_deadline (event), ==, deadline);
      g_assert_cmpstr (riaya_licence_event_get_note (event), ==, "Decision of the visit of 2026-03-04");
    }

  {
    g_autoptr(RiayaInspection) visit = make_visit ();
    g_autoptr(RiayaInspection) planned = riaya_inspection_new (INSTITUTION, "2026-12-01", RIAYA_VISIT_KIND_PROGRAMMED);

    g_assert_null (riaya_inspection_make_licence_event (visit));
    riaya_inspection_set_decision (planned, RIAYA_DECISION_WARNING);
    g_assert_null (riaya_inspection_make_licence_event (planned));
  }
}

static void
test_quorum (void)
{
  g_autoptr(RiayaInspection) visit = make_visit ();
  g_autoptr(RiayaInspection) planned = riaya_inspection_new (INSTITUTION, "2026-12-01", RIAYA_VISIT_KIND_UNANNOUNCED);

  /* Decree 2.19.693 art. 8: more than half of the members invited. */
  riaya_inspection_set_members_present (visit, 3);
  g_assert_true (riaya_inspection_has_quorum (visit));
  g_assert_cmpint (riaya_inspection_get_status (visit, TODAY), ==, RIAYA_VISIT_STATUS_DONE);

  riaya_inspection_set_members_invited (visit, 4);
  riaya_inspection_set_members_present (visit, 2);
  g_assert_false (riaya_inspection_has_quorum (visit));
  g_assert_cmpint (riaya_inspection_get_status (visit, TODAY), ==, RIAYA_VISIT_STATUS_NOT_VALID);
  /* Recorded without a majority: kept as a visit, but not valid. */
  assert_valid (visit);

  riaya_inspection_set_members_present (visit, 3);
  g_assert_true (riaya_inspection_has_quorum (visit));

  /* Nobody invited: no majority, and the record is refused. */
  riaya_inspection_set_members_invited (visit, 0);
  riaya_inspection_set_members_present (visit, 0);
  g_assert_false (riaya_inspection_has_quorum (visit));
  assert_refused (visit, RIAYA_VALIDATION_ERROR_REQUIRED, "invited");

  /* A planned visit has no quorum yet, even with its members counted. */
  riaya_inspection_set_members_invited (planned, 5);
  g_assert_false (riaya_inspection_has_quorum (planned));
  g_assert_false (riaya_inspection_is_done (planned));
  assert_valid (planned);
}

static void
test_planned_and_recorded (void)
{
  g_autoptr(RiayaInspection) visit = riaya_inspection_new (INSTITUTION, NULL, RIAYA_VISIT_KIND_PROGRAMMED);

  assert_refused (visit, RIAYA_VALIDATION_ERROR_REQUIRED, "planned date");
  riaya_inspection_set_planned_on (visit, "2026-02-30");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_FORMAT, "2026-02-30");
  riaya_inspection_set_planned_on (visit, "4 March");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_FORMAT, NULL);
  /* A visit may be planned ahead. */
  riaya_inspection_set_planned_on (visit, "2027-03-04");
  assert_valid (visit);

  riaya_inspection_set_institution_uuid (visit, NULL);
  assert_refused (visit, RIAYA_VALIDATION_ERROR_REQUIRED, "institution");
  riaya_inspection_set_institution_uuid (visit, INSTITUTION);

  /* Recorded: not done in the future. */
  riaya_inspection_set_planned_on (visit, "2026-11-20");
  riaya_inspection_set_members_invited (visit, 6);
  riaya_inspection_set_members_present (visit, 4);
  riaya_inspection_set_done_on (visit, "2026-11-24");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_FUTURE_DATE, "2026-11-24");
  riaya_inspection_set_done_on (visit, "2026-11-31");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_FORMAT, NULL);
  riaya_inspection_set_done_on (visit, TODAY);
  assert_valid (visit);

  /* More present than invited. */
  riaya_inspection_set_members_present (visit, 7);
  assert_refused (visit, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "7");
  riaya_inspection_set_members_present (visit, 6);
  assert_valid (visit);

  /* A visit does not follow itself. */
  riaya_inspection_set_follows (visit, riaya_inspection_get_uuid (visit));
  assert_refused (visit, RIAYA_VALIDATION_ERROR_DATE_ORDER, "itself");
  riaya_inspection_set_follows (visit, "5d2b0c5e-8d3c-4c59-a1b1-2a8e0f1c3d44");
  assert_valid (visit);
}

static void
test_decision_rules (void)
{
  g_autoptr(RiayaInspection) visit = make_visit ();
  g_autoptr(RiayaInspection) planned = riaya_inspection_new (INSTITUTION, "2026-12-01", RIAYA_VISIT_KIND_PROGRAMMED);

  /* A decision only on a recorded visit. */
  riaya_inspection_set_decision (planned, RIAYA_DECISION_WITHDRAWAL);
  assert_refused (planned, RIAYA_VALIDATION_ERROR_REQUIRED, "record the visit first");

  /* Art. 34: a warning or a reprimand needs its deadline. */
  riaya_inspection_set_decision (visit, RIAYA_DECISION_WARNING);
  assert_refused (visit, RIAYA_VALIDATION_ERROR_REQUIRED, "deadline");
  riaya_inspection_set_decision (visit, RIAYA_DECISION_REPRIMAND);
  assert_refused (visit, RIAYA_VALIDATION_ERROR_REQUIRED, "deadline");

  /* The deadline comes after the visit: not before, not the same day. */
  riaya_inspection_set_decision_deadline (visit, "2026-03-01");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2026-03-01");
  riaya_inspection_set_decision_deadline (visit, "2026-03-04");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_DATE_ORDER, NULL);
  riaya_inspection_set_decision_deadline (visit, "30/06/2026");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_FORMAT, NULL);
  riaya_inspection_set_decision_deadline (visit, "2026-06-30");
  assert_valid (visit);

  /* A deadline only for a warning, a reprimand or a suspension. */
  riaya_inspection_set_decision (visit, RIAYA_DECISION_SUSPENSION);
  assert_valid (visit);
  riaya_inspection_set_decision (visit, RIAYA_DECISION_WITHDRAWAL);
  assert_refused (visit, RIAYA_VALIDATION_ERROR_FORMAT, "deadline");
  riaya_inspection_set_decision (visit, RIAYA_DECISION_NONE);
  assert_refused (visit, RIAYA_VALIDATION_ERROR_FORMAT, "deadline");
  riaya_inspection_set_decision_deadline (visit, NULL);
  assert_valid (visit);
  /* A suspension may leave its end open. */
  riaya_inspection_set_decision (visit, RIAYA_DECISION_SUSPENSION);
  assert_valid (visit);

  /* No sanction from a visit without a majority. */
  riaya_inspection_set_members_present (visit, 2);
  assert_refused (visit, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE, "majority");
  riaya_inspection_set_decision (visit, RIAYA_DECISION_NONE);
  assert_valid (visit);
}

static void
test_action_rules (void)
{
  g_autoptr(RiayaInspection) visit = make_visit ();
  g_autoptr(RiayaInspection) planned = riaya_inspection_new (INSTITUTION, "2026-12-01", RIAYA_VISIT_KIND_PROGRAMMED);
  RiayaCorrectiveAction *action;

  /* Actions only on a recorded visit. */
  add_action (planned, "Display the licence at the entrance", "2027-01-15", NULL);
  assert_refused (planned, RIAYA_VALIDATION_ERROR_REQUIRED, "record the visit first");

  add_action (visit, "Have the register signed by the court", NULL, NULL);
  assert_refused (visit, RIAYA_VALIDATION_ERROR_REQUIRED, "due date");
  action = g_list_model_get_item (riaya_inspection_get_actions (visit), 0);
  g_object_unref (action);  /* the visit keeps its own reference */

  /* Due before the visit, or the same day. */
  riaya_corrective_action_set_due_on (action, "2026-02-28");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2026-02-28");
  riaya_corrective_action_set_due_on (action, "2026-03-04");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_DATE_ORDER, NULL);
  riaya_corrective_action_set_due_on (action, "2026-04-30");
  assert_valid (visit);

  /* A description that says something. */
  riaya_corrective_action_set_description (action, "   ");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_REQUIRED, "description");
  riaya_corrective_action_set_description (action, NULL);
  assert_refused (visit, RIAYA_VALIDATION_ERROR_REQUIRED, "description");
  riaya_corrective_action_set_description (action, "Have the register signed by the court");

  /* Done neither in the future nor before the visit. */
  riaya_corrective_action_set_done_on (action, "2026-12-01");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_FUTURE_DATE, "2026-12-01");
  riaya_corrective_action_set_done_on (action, "2026-03-01");
  assert_refused (visit, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2026-03-01");
  riaya_corrective_action_set_done_on (action, "2026-03-04");
  assert_valid (visit);
  riaya_corrective_action_set_done_on (action, "2026-05-10");  /* late, but done */
  assert_valid (visit);
}

static void
test_actions_in_order (void)
{
  g_autoptr(RiayaInspection) visit = make_visit ();
  GListModel *actions = riaya_inspection_get_actions (visit);
  RiayaCorrectiveAction *found;
  const char *expected[] = { "2026-04-01", "2026-05-15", "2026-09-01" };

  add_action (visit, "Insure every resident", "2026-09-01", NULL);
  add_action (visit, "Have the register signed", "2026-04-01", "2026-03-20");
  add_action (visit, "Hire a second educator", "2026-05-15", NULL);

  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);
      g_assert_cmpstr (riaya_corrective_action_get_due_on (action), ==, expected[i]);
    }

  g_assert_cmpuint (riaya_inspection_count_open_actions (visit), ==, 2);
  g_assert_cmpuint (riaya_inspection_count_overdue_actions (visit, "2026-05-15"), ==, 0);
  g_assert_cmpuint (riaya_inspection_count_overdue_actions (visit, "2026-05-16"), ==, 1);
  g_assert_cmpuint (riaya_inspection_count_overdue_actions (visit, TODAY), ==, 2);

  /* A due date changed in place: sorting puts the list back in order. */
  {
    g_autoptr(RiayaCorrectiveAction) first = g_list_model_get_item (actions, 0);
    g_autoptr(RiayaCorrectiveAction) last = NULL;

    riaya_corrective_action_set_due_on (first, "2026-10-01");
    riaya_inspection_sort_actions (visit);
    last = g_list_model_get_item (actions, 2);
    g_assert_true (last == first);
    found = riaya_inspection_find_action (visit, riaya_corrective_action_get_uuid (first));
    g_assert_true (found == first);
    g_assert_true (riaya_inspection_remove_action (visit, riaya_corrective_action_get_uuid (first)));
  }

  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  g_assert_null (riaya_inspection_find_action (visit, "no-such-action"));
  g_assert_false (riaya_inspection_remove_action (visit, "no-such-action"));
}

static RiayaInstitution *
make_institution (gboolean closed)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autoptr(RiayaLicenceEvent) granted =
    riaya_licence_event_new (RIAYA_LICENCE_EVENT_GRANTED, "2016-06-15", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) warned =
    riaya_licence_event_new (RIAYA_LICENCE_EVENT_WARNING, "2018-03-01", "2018-06-01", NULL);
  g_autoptr(RiayaLicenceEvent) suspended =
    riaya_licence_event_new (RIAYA_LICENCE_EVENT_SUSPENDED, "2019-11-04", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) reopened =
    riaya_licence_event_new (RIAYA_LICENCE_EVENT_REOPENED, "2021-02-01", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) ended =
    riaya_licence_event_new (closed ? RIAYA_LICENCE_EVENT_CLOSED : RIAYA_LICENCE_EVENT_WITHDRAWN,
                             "2023-07-01", NULL, NULL);

  riaya_institution_set_name_fr (institution, "Dar Taliba Test");
  riaya_institution_set_licence_date (institution, "2016-06-15");
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_add_event (institution, granted);
  riaya_institution_add_event (institution, warned);
  riaya_institution_add_event (institution, suspended);
  riaya_institution_add_event (institution, reopened);
  riaya_institution_add_event (institution, ended);

  return institution;
}

static void
test_check_institution (void)
{
  g_autoptr(RiayaInstitution) withdrawn = make_institution (FALSE);
  g_autoptr(RiayaInstitution) closed = make_institution (TRUE);
  struct { const char *planned_on, *done_on; gboolean accepted; int code; } cases[] = {
    { "2016-06-14", NULL, FALSE, RIAYA_VALIDATION_ERROR_DATE_ORDER },     /* not yet granted */
    { "2016-06-15", NULL, TRUE, 0 },                                      /* the day of the licence */
    { "2018-04-10", NULL, TRUE, 0 },                                      /* under a warning */
    { "2020-05-01", NULL, TRUE, 0 },                                      /* suspended */
    { "2022-01-10", NULL, TRUE, 0 },                                      /* reopened */
    { "2023-07-01", NULL, FALSE, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE }, /* ended that day */
    { "2024-01-10", NULL, FALSE, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE },
    /* The day it was done counts, not the day it was planned. */
    { "2023-06-20", "2023-07-03", FALSE, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE },
    { "2016-06-10", "2016-06-20", TRUE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RiayaInstitution *institutions[] = { withdrawn, closed };

      for (guint j = 0; j < G_N_ELEMENTS (institutions); j++)
        {
          g_autoptr(RiayaInspection) visit =
            riaya_inspection_new (INSTITUTION, cases[i].planned_on, RIAYA_VISIT_KIND_PROGRAMMED);
          g_autoptr(GError) error = NULL;

          riaya_inspection_set_done_on (visit, cases[i].done_on);
          g_assert_cmpint (riaya_inspection_check_institution (visit, institutions[j], &error), ==,
                           cases[i].accepted);
          if (cases[i].accepted)
            g_assert_no_error (error);
          else
            g_assert_error (error, RIAYA_VALIDATION_ERROR, cases[i].code);
          if (error != NULL && strstr (error->message, "Dar Taliba Test") == NULL)
            g_error ("“%s” does not name the institution", error->message);
        }
    }

  /* A visit whose own decision withdrew the licence is checked against
   * the licence as it stood when the committee came, so it can be saved
   * again. */
  {
    g_autoptr(RiayaInspection) visit = riaya_inspection_new (INSTITUTION, "2023-07-01", RIAYA_VISIT_KIND_PROGRAMMED);
    g_autoptr(GError) error = NULL;
    GListModel *events = riaya_institution_get_events (withdrawn);
    g_autoptr(RiayaLicenceEvent) own = g_list_model_get_item (events, g_list_model_get_n_items (events) - 1);

    g_assert_cmpint (riaya_licence_event_get_kind (own), ==, RIAYA_LICENCE_EVENT_WITHDRAWN);
    riaya_inspection_set_done_on (visit, "2023-07-01");
    riaya_inspection_set_licence_event (visit, riaya_licence_event_get_uuid (own));
    g_assert_true (riaya_inspection_check_institution (visit, withdrawn, &error));
    g_assert_no_error (error);
  }
}

/* The event of a decision fits the licence's history as the store will
 * check it (riaya_licence_check_event). */
static void
test_event_fits_the_licence (void)
{
  g_autoptr(RiayaInstitution) institution = make_institution (FALSE);
  g_autoptr(RiayaInspection) visit = riaya_inspection_new (INSTITUTION, "2022-05-02", RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(RiayaLicenceEvent) event = NULL;
  g_autoptr(GListStore) before = g_list_store_new (RIAYA_TYPE_LICENCE_EVENT);
  g_autoptr(GError) error = NULL;
  GListModel *events = riaya_institution_get_events (institution);
  GDate today;

  /* The history up to the reopening, without the withdrawal. */
  for (guint i = 0; i + 1 < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RiayaLicenceEvent) step = g_list_model_get_item (events, i);
      g_list_store_append (before, step);
    }

  riaya_inspection_set_done_on (visit, "2022-05-03");
  riaya_inspection_set_members_invited (visit, 7);
  riaya_inspection_set_members_present (visit, 4);
  riaya_inspection_set_decision (visit, RIAYA_DECISION_REPRIMAND);
  riaya_inspection_set_decision_deadline (visit, "2022-08-31");
  assert_valid (visit);
  g_assert_true (riaya_inspection_check_institution (visit, institution, NULL));

  event = riaya_inspection_make_licence_event (visit);
  g_date_set_dmy (&today, 23, G_DATE_NOVEMBER, 2026);
  g_assert_true (riaya_licence_check_event (G_LIST_MODEL (before), event, "2016-06-15", &today, &error));
  g_assert_no_error (error);
}

static void
test_follow_up_due (void)
{
  g_autoptr(RiayaInspection) planned = riaya_inspection_new (INSTITUTION, "2026-12-01", RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(RiayaInspection) visit = make_visit ();
  g_autofree char *due = NULL;
  GListModel *actions = riaya_inspection_get_actions (visit);

  g_assert_null (riaya_inspection_dup_follow_up_due (planned));
  /* Nothing asked. */
  g_assert_null (riaya_inspection_dup_follow_up_due (visit));

  /* A warning, no action: its deadline. */
  riaya_inspection_set_decision (visit, RIAYA_DECISION_WARNING);
  riaya_inspection_set_decision_deadline (visit, "2026-06-30");
  due = riaya_inspection_dup_follow_up_due (visit);
  g_assert_cmpstr (due, ==, "2026-06-30");
  g_clear_pointer (&due, g_free);

  /* A suspension's end is no deadline to put things right. */
  riaya_inspection_set_decision (visit, RIAYA_DECISION_SUSPENSION);
  g_assert_null (riaya_inspection_dup_follow_up_due (visit));
  riaya_inspection_set_decision (visit, RIAYA_DECISION_WARNING);

  /* Open actions: the earliest of their due dates and the deadline. */
  add_action (visit, "Insure every resident", "2026-09-01", NULL);
  due = riaya_inspection_dup_follow_up_due (visit);
  g_assert_cmpstr (due, ==, "2026-06-30");
  g_clear_pointer (&due, g_free);

  add_action (visit, "Hire a second educator", "2026-05-15", NULL);
  due = riaya_inspection_dup_follow_up_due (visit);
  g_assert_cmpstr (due, ==, "2026-05-15");
  g_clear_pointer (&due, g_free);

  /* The earliest action done: the deadline comes next. */
  {
    g_autoptr(RiayaCorrectiveAction) first = g_list_model_get_item (actions, 0);
    riaya_corrective_action_set_done_on (first, "2026-05-10");
  }
  due = riaya_inspection_dup_follow_up_due (visit);
  g_assert_cmpstr (due, ==, "2026-06-30");
  g_clear_pointer (&due, g_free);

  /* Without the warning, the open action alone. */
  riaya_inspection_set_decision (visit, RIAYA_DECISION_NONE);
  riaya_inspection_set_decision_deadline (visit, NULL);
  due = riaya_inspection_dup_follow_up_due (visit);
  g_assert_cmpstr (due, ==, "2026-09-01");
  g_clear_pointer (&due, g_free);

  /* Every action done: nothing to follow, deadline or not. */
  riaya_inspection_set_decision (visit, RIAYA_DECISION_REPRIMAND);
  riaya_inspection_set_decision_deadline (visit, "2026-06-30");
  {
    g_autoptr(RiayaCorrectiveAction) second = g_list_model_get_item (actions, 1);
    riaya_corrective_action_set_done_on (second, "2026-08-20");
  }
  g_assert_null (riaya_inspection_dup_follow_up_due (visit));
}

static void
test_status (void)
{
  g_autoptr(RiayaInspection) visit = riaya_inspection_new (INSTITUTION, "2026-11-23", RIAYA_VISIT_KIND_FOLLOW_UP);

  /* Planned for today or later. */
  g_assert_cmpint (riaya_inspection_get_status (visit, TODAY), ==, RIAYA_VISIT_STATUS_PLANNED);
  g_assert_cmpint (riaya_inspection_get_status (visit, "2026-11-01"), ==, RIAYA_VISIT_STATUS_PLANNED);
  /* Its day passed, not recorded. */
  g_assert_cmpint (riaya_inspection_get_status (visit, "2026-11-24"), ==, RIAYA_VISIT_STATUS_OVERDUE);

  riaya_inspection_set_done_on (visit, "2026-11-23");
  riaya_inspection_set_members_invited (visit, 5);
  riaya_inspection_set_members_present (visit, 3);
  g_assert_true (riaya_inspection_is_done (visit));
  g_assert_cmpint (riaya_inspection_get_status (visit, "2026-11-24"), ==, RIAYA_VISIT_STATUS_DONE);
  riaya_inspection_set_members_present (visit, 2);
  g_assert_cmpint (riaya_inspection_get_status (visit, "2026-11-24"), ==, RIAYA_VISIT_STATUS_NOT_VALID);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  GString *names = user_data;

  g_string_append_printf (names, "%s%s", names->len > 0 ? " " : "", pspec->name);
}

static void
test_properties_notify_on_change (void)
{
  g_autoptr(RiayaInspection) visit = make_visit ();
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *uuid = NULL;
  guint not_compliant = 99;

  g_signal_connect (visit, "notify", G_CALLBACK (on_notify), names);

  riaya_inspection_set_done_on (visit, "2026-03-04");
  riaya_inspection_set_members_present (visit, 4);
  riaya_inspection_set_kind (visit, RIAYA_VISIT_KIND_PROGRAMMED);
  riaya_inspection_set_committee (visit, NULL);
  riaya_inspection_set_committee (visit, "");  /* empty is none */
  g_assert_cmpstr (names->str, ==, "");

  riaya_inspection_set_committee (visit, "Governor of Taounate — chair\nDelegate of health");
  riaya_inspection_set_members_present (visit, 5);
  riaya_inspection_set_decision (visit, RIAYA_DECISION_CLOSURE);
  g_assert_cmpstr (names->str, ==, "committee members-present decision");
  g_string_truncate (names, 0);

  /* The checklist notifies "not-compliant" when the count moves. */
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_SAFETY, RIAYA_CHECK_COMPLIANT, "Extinguishers checked");
  g_assert_cmpstr (names->str, ==, "");
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_REGISTER, RIAYA_CHECK_NOT_COMPLIANT, "Not signed");
  g_assert_cmpstr (names->str, ==, "not-compliant");
  g_object_get (visit, "not-compliant", &not_compliant, "uuid", &uuid, NULL);
  g_assert_cmpuint (not_compliant, ==, 1);
  g_assert_cmpstr (uuid, ==, riaya_inspection_get_uuid (visit));
  g_assert_cmpint (riaya_inspection_get_check (visit, RIAYA_CHECK_AREA_REGISTER), ==, RIAYA_CHECK_NOT_COMPLIANT);
  g_assert_cmpstr (riaya_inspection_get_check_note (visit, RIAYA_CHECK_AREA_REGISTER), ==, "Not signed");
  g_assert_cmpint (riaya_inspection_get_check (visit, RIAYA_CHECK_AREA_HEALTH), ==, RIAYA_CHECK_NOT_ASSESSED);
  g_assert_null (riaya_inspection_get_check_note (visit, RIAYA_CHECK_AREA_HEALTH));

  g_signal_handlers_disconnect_by_func (visit, on_notify, names);
}

static void
test_changed_fields_and_copy (void)
{
  g_autoptr(RiayaInspection) before = riaya_inspection_new (INSTITUTION, "2026-03-02", RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(RiayaInspection) after = NULL;
  g_autofree char *none = NULL;
  g_autofree char *changed = NULL;

  riaya_inspection_set_institution_info (before, "Dar Taliba Test", "EPS-1", "07.161");
  riaya_inspection_set_legal_basis (before, RIAYA_LEGAL_BASIS_65_15);
  riaya_inspection_set_members_invited (before, 5);
  riaya_inspection_set_revision (before, 3);

  after = riaya_inspection_copy (before);
  g_assert_cmpstr (riaya_inspection_get_uuid (after), ==, riaya_inspection_get_uuid (before));
  g_assert_cmpstr (riaya_inspection_get_institution_name (after), ==, "Dar Taliba Test");
  g_assert_cmpstr (riaya_inspection_get_licence_number (after), ==, "EPS-1");
  g_assert_cmpstr (riaya_inspection_get_province_code (after), ==, "07.161");
  g_assert_cmpint (riaya_inspection_get_legal_basis (after), ==, RIAYA_LEGAL_BASIS_65_15);
  g_assert_cmpuint (riaya_inspection_get_revision (after), ==, 3);
  none = riaya_inspection_dup_changed_fields (before, after);
  g_assert_null (none);

  /* Recording the visit. */
  riaya_inspection_set_members_present (after, 4);
  riaya_inspection_set_done_on (after, "2026-03-04");
  riaya_inspection_set_check (after, RIAYA_CHECK_AREA_ACCOUNTS, RIAYA_CHECK_NOT_COMPLIANT, NULL);
  riaya_inspection_set_decision (after, RIAYA_DECISION_WARNING);
  riaya_inspection_set_decision_deadline (after, "2026-06-30");
  add_action (after, "Open a single bank account", "2026-05-31", NULL);
  /* The store's bookkeeping is not a change someone made. */
  riaya_inspection_set_revision (after, 4);
  riaya_inspection_set_licence_event (after, "9f0e3a66-6a2b-4d0e-9a57-8f0c2b7d1e20");
  changed = riaya_inspection_dup_changed_fields (before, after);
  g_assert_cmpstr (changed, ==, "members-present, done-on, checklist, decision, decision-deadline, actions");
  g_clear_pointer (&changed, g_free);

  /* The copy's actions are its own; an action changed is a change. */
  g_clear_object (&before);
  before = riaya_inspection_copy (after);
  {
    g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (riaya_inspection_get_actions (after), 0);
    g_autoptr(RiayaCorrectiveAction) original = g_list_model_get_item (riaya_inspection_get_actions (before), 0);

    g_assert_true (action != original);
    g_assert_cmpstr (riaya_corrective_action_get_uuid (action), ==, riaya_corrective_action_get_uuid (original));
    riaya_corrective_action_set_done_on (action, "2026-05-20");
    g_assert_null (riaya_corrective_action_get_done_on (original));
  }
  riaya_inspection_set_findings (after, "The register was signed during the visit.");
  riaya_inspection_set_kind (after, RIAYA_VISIT_KIND_UNANNOUNCED);
  changed = riaya_inspection_dup_changed_fields (before, after);
  g_assert_cmpstr (changed, ==, "kind, findings, actions");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inspection/codes", test_codes);
  g_test_add_func ("/inspection/decision-to-licence-event", test_decision_to_licence_event);
  g_test_add_func ("/inspection/quorum", test_quorum);
  g_test_add_func ("/inspection/planned-and-recorded", test_planned_and_recorded);
  g_test_add_func ("/inspection/decision-rules", test_decision_rules);
  g_test_add_func ("/inspection/action-rules", test_action_rules);
  g_test_add_func ("/inspection/actions-in-order", test_actions_in_order);
  g_test_add_func ("/inspection/check-institution", test_check_institution);
  g_test_add_func ("/inspection/event-fits-the-licence", test_event_fits_the_licence);
  g_test_add_func ("/inspection/follow-up-due", test_follow_up_due);
  g_test_add_func ("/inspection/status", test_status);
  g_test_add_func ("/inspection/notify-on-change", test_properties_notify_on_change);
  g_test_add_func ("/inspection/changed-fields", test_changed_fields_and_copy);

  return g_test_run ();
}
