/* test-licence.c — a licence's history and the status that follows from it
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Law 65.15 arts 17, 31, 32 and 34: granted once, then modified, warned,
 * reprimanded, suspended, withdrawn or closed; only a closed, suspended or
 * withdrawn institution is reopened.
 */

#include "config.h"

#include <string.h>

#include "riaya-core.h"

#define LICENCE_DATE "2015-03-10"

static GDate today;

static GListStore *
history (const char *first,
         ...) G_GNUC_NULL_TERMINATED;

/* A history from (kind code, date) pairs. */
static GListStore *
history (const char *first,
         ...)
{
  GListStore *events = g_list_store_new (RIAYA_TYPE_LICENCE_EVENT);
  const char *code = first;
  va_list args;

  va_start (args, first);
  while (code != NULL)
    {
      const char *date = va_arg (args, const char *);
      RiayaLicenceEventKind kind;
      g_autoptr(RiayaLicenceEvent) event = NULL;

      g_assert_true (riaya_licence_event_kind_from_code (code, &kind));
      event = riaya_licence_event_new (kind, date, NULL, NULL);
      g_list_store_append (events, event);
      code = va_arg (args, const char *);
    }
  va_end (args);

  return events;
}

/* Checks @kind on @date against @events the way an editor would. */
static gboolean
check (GListStore            *events,
       RiayaLicenceEventKind  kind,
       const char            *date,
       const char            *deadline,
       GError               **error)
{
  g_autoptr(RiayaLicenceEvent) event = riaya_licence_event_new (kind, date, deadline, "note");

  return riaya_licence_check_event (G_LIST_MODEL (events), event, LICENCE_DATE, &today, error);
}

static void
append (GListStore            *events,
        RiayaLicenceEventKind  kind,
        const char            *date)
{
  g_autoptr(RiayaLicenceEvent) event = riaya_licence_event_new (kind, date, NULL, NULL);

  g_list_store_append (events, event);
}

static void
test_event_object (void)
{
  g_autoptr(RiayaLicenceEvent) event = NULL;
  g_autoptr(RiayaLicenceEvent) other = NULL;
  g_autoptr(RiayaLicenceEvent) bare = NULL;

  event = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WARNING, "2020-01-02", "2020-03-01",
                                   "Hygiene of the kitchen");
  other = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WARNING, "2020-01-02", NULL, NULL);
  g_assert_cmpint (riaya_licence_event_get_kind (event), ==, RIAYA_LICENCE_EVENT_WARNING);
  g_assert_cmpstr (riaya_licence_event_get_date (event), ==, "2020-01-02");
  g_assert_cmpstr (riaya_licence_event_get_deadline (event), ==, "2020-03-01");
  g_assert_cmpstr (riaya_licence_event_get_note (event), ==, "Hygiene of the kitchen");
  g_assert_true (g_uuid_string_is_valid (riaya_licence_event_get_uuid (event)));
  g_assert_cmpstr (riaya_licence_event_get_uuid (event), !=, riaya_licence_event_get_uuid (other));

  /* The store gives back the saved UUID. */
  riaya_licence_event_set_uuid (other, "0b6f3c5e-2f3a-4a41-9a51-1d2d8e1b7a10");
  g_assert_cmpstr (riaya_licence_event_get_uuid (other), ==, "0b6f3c5e-2f3a-4a41-9a51-1d2d8e1b7a10");

  /* Empty optional text is no text. */
  bare = riaya_licence_event_new (RIAYA_LICENCE_EVENT_GRANTED, "2020-01-02", "", "");
  g_assert_null (riaya_licence_event_get_deadline (bare));
  g_assert_null (riaya_licence_event_get_note (bare));
}

static void
test_state_machine (void)
{
  g_autoptr(GListStore) events = g_list_store_new (RIAYA_TYPE_LICENCE_EVENT);
  const struct { RiayaLicenceEventKind kind; const char *date; RiayaLicenceStatus status; } steps[] = {
    { RIAYA_LICENCE_EVENT_GRANTED, LICENCE_DATE, RIAYA_LICENCE_STATUS_ACTIVE },
    { RIAYA_LICENCE_EVENT_MODIFIED, "2016-01-04", RIAYA_LICENCE_STATUS_ACTIVE },
    { RIAYA_LICENCE_EVENT_WARNING, "2017-05-02", RIAYA_LICENCE_STATUS_WARNED },
    { RIAYA_LICENCE_EVENT_REPRIMAND, "2017-09-12", RIAYA_LICENCE_STATUS_REPRIMANDED },
    /* A warning does not soften a reprimand in force. */
    { RIAYA_LICENCE_EVENT_WARNING, "2017-10-01", RIAYA_LICENCE_STATUS_REPRIMANDED },
    { RIAYA_LICENCE_EVENT_SUSPENDED, "2018-02-20", RIAYA_LICENCE_STATUS_SUSPENDED },
    { RIAYA_LICENCE_EVENT_REOPENED, "2018-06-30", RIAYA_LICENCE_STATUS_ACTIVE },
    { RIAYA_LICENCE_EVENT_CLOSED, "2021-07-01", RIAYA_LICENCE_STATUS_CLOSED },
    { RIAYA_LICENCE_EVENT_REOPENED, "2022-09-01", RIAYA_LICENCE_STATUS_ACTIVE },
    { RIAYA_LICENCE_EVENT_WITHDRAWN, "2024-01-15", RIAYA_LICENCE_STATUS_WITHDRAWN },
  };

  g_assert_cmpint (riaya_licence_status_on (G_LIST_MODEL (events), NULL), ==,
                   RIAYA_LICENCE_STATUS_NONE);
  g_assert_cmpint (riaya_licence_status_on (NULL, NULL), ==, RIAYA_LICENCE_STATUS_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(GError) error = NULL;
      /* The step the store takes row by row gives the same status. */
      RiayaLicenceStatus before = riaya_licence_status_on (G_LIST_MODEL (events), NULL);

      g_assert_cmpint (riaya_licence_status_after (before, steps[i].kind), ==, steps[i].status);

      if (!check (events, steps[i].kind, steps[i].date, NULL, &error))
        g_error ("step %u (%s on %s) refused: %s", i,
                 riaya_licence_event_kind_to_code (steps[i].kind), steps[i].date, error->message);
      append (events, steps[i].kind, steps[i].date);
      g_assert_cmpstr (riaya_licence_status_to_code (riaya_licence_status_on (G_LIST_MODEL (events), NULL)),
                       ==, riaya_licence_status_to_code (steps[i].status));
    }

  g_assert_true (riaya_licence_check_history (G_LIST_MODEL (events), LICENCE_DATE, &today, NULL));
}

static void
test_status_on_past_dates (void)
{
  /* Stored in any order: the status follows the dates, not the rows. */
  g_autoptr(GListStore) events = history ("closed", "2020-06-30",
                                          "warning", "2018-04-01",
                                          "granted", LICENCE_DATE,
                                          NULL);
  GListModel *model = G_LIST_MODEL (events);

  g_assert_cmpint (riaya_licence_status_on (model, "2015-03-09"), ==, RIAYA_LICENCE_STATUS_NONE);
  /* An event counts from its own day. */
  g_assert_cmpint (riaya_licence_status_on (model, LICENCE_DATE), ==, RIAYA_LICENCE_STATUS_ACTIVE);
  g_assert_cmpint (riaya_licence_status_on (model, "2018-03-31"), ==, RIAYA_LICENCE_STATUS_ACTIVE);
  g_assert_cmpint (riaya_licence_status_on (model, "2018-04-01"), ==, RIAYA_LICENCE_STATUS_WARNED);
  g_assert_cmpint (riaya_licence_status_on (model, "2020-06-29"), ==, RIAYA_LICENCE_STATUS_WARNED);
  g_assert_cmpint (riaya_licence_status_on (model, "2020-06-30"), ==, RIAYA_LICENCE_STATUS_CLOSED);
  g_assert_cmpint (riaya_licence_status_on (model, NULL), ==, RIAYA_LICENCE_STATUS_CLOSED);
}

/* A step that makes no sense changes nothing, as riaya_licence_status_on()
 * skips it in a history read from an old import. */
static void
test_status_after_impossible_step (void)
{
  g_assert_cmpint (riaya_licence_status_after (RIAYA_LICENCE_STATUS_NONE, RIAYA_LICENCE_EVENT_WARNING), ==,
                   RIAYA_LICENCE_STATUS_NONE);
  g_assert_cmpint (riaya_licence_status_after (RIAYA_LICENCE_STATUS_ACTIVE, RIAYA_LICENCE_EVENT_GRANTED), ==,
                   RIAYA_LICENCE_STATUS_ACTIVE);
  g_assert_cmpint (riaya_licence_status_after (RIAYA_LICENCE_STATUS_WITHDRAWN, RIAYA_LICENCE_EVENT_SUSPENDED), ==,
                   RIAYA_LICENCE_STATUS_WITHDRAWN);
  g_assert_cmpint (riaya_licence_status_after (RIAYA_LICENCE_STATUS_ACTIVE, RIAYA_LICENCE_EVENT_REOPENED), ==,
                   RIAYA_LICENCE_STATUS_ACTIVE);
}

static void
test_same_day_grant_first (void)
{
  /* A warning recorded on the day of the grant, listed before it. */
  g_autoptr(GListStore) events = history ("warning", LICENCE_DATE,
                                          "granted", LICENCE_DATE,
                                          NULL);

  g_assert_cmpint (riaya_licence_status_on (G_LIST_MODEL (events), NULL), ==,
                   RIAYA_LICENCE_STATUS_WARNED);
  g_assert_true (riaya_licence_check_history (G_LIST_MODEL (events), LICENCE_DATE, &today, NULL));
}

static void
test_refuse_grant_twice (void)
{
  g_autoptr(GListStore) events = history ("granted", LICENCE_DATE, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (check (events, RIAYA_LICENCE_EVENT_GRANTED, "2019-01-01", NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
  /* It says what to do instead. */
  g_assert_nonnull (strstr (error->message, "modification"));
}

static void
test_refuse_before_grant (void)
{
  g_autoptr(GListStore) empty = g_list_store_new (RIAYA_TYPE_LICENCE_EVENT);
  g_autoptr(GListStore) granted = history ("granted", "2019-01-01", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) earlier_error = NULL;
  g_autoptr(RiayaLicenceEvent) warning = NULL;

  /* A warning for a licence that was never granted. */
  g_assert_false (check (empty, RIAYA_LICENCE_EVENT_WARNING, "2018-02-01", NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
  g_assert_nonnull (strstr (error->message, "2018-02-01"));

  /* A warning dated before the grant, with no licence date to compare
   * with: the history itself refuses it. */
  warning = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WARNING, "2018-02-01", NULL, NULL);
  g_assert_false (riaya_licence_check_event (G_LIST_MODEL (granted), warning, NULL, &today,
                                             &earlier_error));
  g_assert_error (earlier_error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
}

static void
test_refuse_reopen_active (void)
{
  g_autoptr(GListStore) events = history ("granted", LICENCE_DATE, NULL);
  g_autoptr(GListStore) warned = history ("granted", LICENCE_DATE, "warning", "2019-01-01", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) warned_error = NULL;

  g_assert_false (check (events, RIAYA_LICENCE_EVENT_REOPENED, "2020-01-01", NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
  /* It names the status the institution is in. */
  g_assert_nonnull (strstr (error->message, "Active"));
  g_assert_nonnull (strstr (error->message, "2020-01-01"));

  /* A warning is no closure either. */
  g_assert_false (check (warned, RIAYA_LICENCE_EVENT_REOPENED, "2020-01-01", NULL, &warned_error));
  g_assert_error (warned_error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
}

static void
test_only_reopening_after_end (void)
{
  const char *ends[] = { "closed", "withdrawn", "suspended" };

  for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
    {
      g_autoptr(GListStore) events = history ("granted", LICENCE_DATE, ends[e], "2020-01-01", NULL);

      for (guint k = 0; k < RIAYA_N_LICENCE_EVENT_KINDS; k++)
        {
          g_autoptr(GError) error = NULL;
          gboolean accepted = check (events, k, "2021-01-01", NULL, &error);

          if (k == RIAYA_LICENCE_EVENT_REOPENED ||
              /* A suspended licence may still end for good (art. 34). */
              (g_str_equal (ends[e], "suspended") &&
               (k == RIAYA_LICENCE_EVENT_WITHDRAWN || k == RIAYA_LICENCE_EVENT_CLOSED)))
            {
              g_assert_no_error (error);
              g_assert_true (accepted);
            }
          else
            {
              if (accepted)
                g_error ("“%s” accepted after “%s”",
                         riaya_licence_event_kind_to_code (k), ends[e]);
              g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
            }
        }
    }
}

static void
test_refuse_event_breaking_later_history (void)
{
  /* A closure slipped in before a recorded warning would make the warning
   * impossible: the refusal names the warning and its date. */
  g_autoptr(GListStore) events = history ("granted", LICENCE_DATE, "warning", "2020-05-05", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (check (events, RIAYA_LICENCE_EVENT_CLOSED, "2019-01-01", NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
  g_assert_nonnull (strstr (error->message, "2020-05-05"));
  g_assert_nonnull (strstr (error->message, "Warning"));
}

static void
test_deadlines (void)
{
  g_autoptr(GListStore) events = history ("granted", LICENCE_DATE, NULL);
  g_autoptr(GError) before = NULL;
  g_autoptr(GError) same_day = NULL;
  g_autoptr(GError) not_a_day = NULL;
  g_autoptr(GError) on_grant = NULL;

  /* Art. 34: a warning or a reprimand gives time to put things right. */
  g_assert_true (check (events, RIAYA_LICENCE_EVENT_WARNING, "2020-01-10", "2020-04-10", NULL));
  g_assert_true (check (events, RIAYA_LICENCE_EVENT_REPRIMAND, "2020-01-10", "2020-02-10", NULL));
  g_assert_true (check (events, RIAYA_LICENCE_EVENT_SUSPENDED, "2020-01-10", "2020-07-10", NULL));
  /* A deadline may lie in the future even though the event may not. */
  g_assert_true (check (events, RIAYA_LICENCE_EVENT_WARNING, "2025-05-10", "2025-09-10", NULL));

  g_assert_false (check (events, RIAYA_LICENCE_EVENT_WARNING, "2020-01-10", "2019-12-01", &before));
  g_assert_error (before, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);
  g_assert_nonnull (strstr (before->message, "2019-12-01"));
  g_assert_nonnull (strstr (before->message, "2020-01-10"));

  g_assert_false (check (events, RIAYA_LICENCE_EVENT_WARNING, "2020-01-10", "2020-01-10", &same_day));
  g_assert_error (same_day, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);

  g_assert_false (check (events, RIAYA_LICENCE_EVENT_WARNING, "2020-01-10", "2020-02-30", &not_a_day));
  g_assert_error (not_a_day, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT);

  g_assert_false (check (events, RIAYA_LICENCE_EVENT_MODIFIED, "2020-01-10", "2020-02-10", &on_grant));
  g_assert_error (on_grant, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT);
}

static void
test_refuse_before_licence_date (void)
{
  g_autoptr(GListStore) events = g_list_store_new (RIAYA_TYPE_LICENCE_EVENT);
  g_autoptr(GError) error = NULL;

  g_assert_false (check (events, RIAYA_LICENCE_EVENT_GRANTED, "2015-03-09", NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);
  g_assert_nonnull (strstr (error->message, "2015-03-09"));
  g_assert_nonnull (strstr (error->message, LICENCE_DATE));
}

static void
test_refuse_future_event (void)
{
  g_autoptr(GListStore) events = history ("granted", LICENCE_DATE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) bad_date = NULL;
  g_autoptr(GError) no_date = NULL;

  /* today is 2025-06-01 in these tests */
  g_assert_true (check (events, RIAYA_LICENCE_EVENT_WARNING, "2025-06-01", NULL, NULL));
  g_assert_false (check (events, RIAYA_LICENCE_EVENT_WARNING, "2025-06-02", NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE);

  g_assert_false (check (events, RIAYA_LICENCE_EVENT_WARNING, "2025-13-01", NULL, &bad_date));
  g_assert_error (bad_date, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT);

  g_assert_false (check (events, RIAYA_LICENCE_EVENT_WARNING, NULL, NULL, &no_date));
  g_assert_error (no_date, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED);
}

static void
test_check_history (void)
{
  g_autoptr(GListStore) good = history ("granted", LICENCE_DATE,
                                        "suspended", "2019-02-02",
                                        "reopened", "2019-08-01",
                                        NULL);
  g_autoptr(GListStore) no_grant = history ("warning", "2019-02-02", NULL);
  g_autoptr(GListStore) after_closure = history ("granted", LICENCE_DATE,
                                                 "closed", "2019-02-02",
                                                 "reprimand", "2019-03-03",
                                                 "modified", "2019-04-04",
                                                 NULL);
  g_autoptr(GListStore) empty = g_list_store_new (RIAYA_TYPE_LICENCE_EVENT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) closure_error = NULL;

  g_assert_true (riaya_licence_check_history (G_LIST_MODEL (good), LICENCE_DATE, &today, NULL));
  g_assert_true (riaya_licence_check_history (G_LIST_MODEL (empty), LICENCE_DATE, &today, NULL));

  g_assert_false (riaya_licence_check_history (G_LIST_MODEL (no_grant), LICENCE_DATE, &today, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);

  /* The first wrong step is the one named. */
  g_assert_false (riaya_licence_check_history (G_LIST_MODEL (after_closure), LICENCE_DATE,
                                               &today, &closure_error));
  g_assert_error (closure_error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
  g_assert_nonnull (strstr (closure_error->message, "2019-03-03"));
  g_assert_nonnull (strstr (closure_error->message, "Reprimand"));
}

static void
test_impossible_step_skipped_in_status (void)
{
  /* An old import may hold a step that makes no sense; the status skips
   * it rather than guessing. */
  g_autoptr(GListStore) events = history ("granted", LICENCE_DATE,
                                          "closed", "2019-02-02",
                                          "warning", "2019-03-03",
                                          NULL);

  g_assert_cmpint (riaya_licence_status_on (G_LIST_MODEL (events), NULL), ==,
                   RIAYA_LICENCE_STATUS_CLOSED);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_JUNE, 2025);

  g_test_add_func ("/licence/event-object", test_event_object);
  g_test_add_func ("/licence/state-machine", test_state_machine);
  g_test_add_func ("/licence/status-on-past-dates", test_status_on_past_dates);
  g_test_add_func ("/licence/status-after-impossible-step", test_status_after_impossible_step);
  g_test_add_func ("/licence/same-day-grant-first", test_same_day_grant_first);
  g_test_add_func ("/licence/refuse/grant-twice", test_refuse_grant_twice);
  g_test_add_func ("/licence/refuse/before-grant", test_refuse_before_grant);
  g_test_add_func ("/licence/refuse/reopen-active", test_refuse_reopen_active);
  g_test_add_func ("/licence/refuse/only-reopening-after-end", test_only_reopening_after_end);
  g_test_add_func ("/licence/refuse/breaks-later-history", test_refuse_event_breaking_later_history);
  g_test_add_func ("/licence/refuse/deadlines", test_deadlines);
  g_test_add_func ("/licence/refuse/before-licence-date", test_refuse_before_licence_date);
  g_test_add_func ("/licence/refuse/future", test_refuse_future_event);
  g_test_add_func ("/licence/check-history", test_check_history);
  g_test_add_func ("/licence/impossible-step-skipped", test_impossible_step_skipped_in_status);

  return g_test_run ();
}
