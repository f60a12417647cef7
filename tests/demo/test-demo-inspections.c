/* test-demo-inspections.c — the demo's visits: what the audit court found
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a national user checks first on the inspections page of the demo
 * (issue 5): visits in every province over the five years up to the
 * demo's last day, a third of the institutions never visited and about
 * one in six visited as often as the law asks (the Cour des comptes
 * found 56 % and 17 % over 2012–2016, domain.md §4), delegations that
 * differ, visits without a majority that do not count, decisions that are
 * events of the licence, and on the demo's last day corrective actions
 * overdue and follow-ups due; visits planned for the months to come.
 * Every visit keeps the rules a user's visit keeps. A delegate sees the
 * same visits for their province; a director's houses have theirs.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "riaya-demo.h"
#include "riaya-store.h"
#include "riaya-store-inspections.h"

/* The demo's last day, and the five years up to it. */
#define LAST_DAY  "2025-12-31"
#define FIRST_DAY "2021-01-01"
#define FIRST_YEAR 2021
#define LAST_YEAR  2025
/* The year in progress is seen up to this day at most (as the grants). */
#define AS_OF_MAX "2026-10-31"

static char *tmp_dir;
static RiayaStore *national;  /* loaded once at scale 1, shared */
static char *today;

static RiayaStore *
load_demo (const char   *name,
           RiayaProfile  profile,
           const char   *province_code)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (path, &error);
  gint64 start;

  g_assert_no_error (error);
  riaya_store_set_actor (store, "demo-test");
  riaya_store_set_profile (store, profile, province_code, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  g_assert_true (riaya_demo_load (store, 1, &error));
  g_assert_no_error (error);
  g_test_message ("%s loaded in %.2f s", name, (g_get_monotonic_time () - start) / 1e6);

  return g_steal_pointer (&store);
}

static RiayaStore *
national_store (void)
{
  if (national == NULL)
    national = load_demo ("national.db", RIAYA_PROFILE_NATIONAL, NULL);
  return national;
}

static GListModel *
list_visits (RiayaStore *store,
             const char *province_code)
{
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  g_autoptr(GError) error = NULL;
  GListModel *visits;

  filter.province_code = province_code;
  visits = riaya_store_list_inspections (store, &filter, &error);
  g_assert_no_error (error);
  g_assert_nonnull (visits);
  return visits;
}

static GHashTable *
institutions_by_uuid (RiayaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  GHashTable *by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      RiayaInstitution *institution = g_list_model_get_item (institutions, i);

      g_hash_table_insert (by_uuid, (gpointer) riaya_institution_get_uuid (institution), institution);
    }
  return by_uuid;
}

static const char *
visit_day (RiayaInspection *visit)
{
  const char *done_on = riaya_inspection_get_done_on (visit);

  return done_on != NULL ? done_on : riaya_inspection_get_planned_on (visit);
}

static gint
days_between (const char *from,
              const char *to)
{
  GDate a, b;

  g_assert_true (riaya_date_parse (from, &a, NULL));
  g_assert_true (riaya_date_parse (to, &b, NULL));
  return g_date_days_between (&a, &b);
}

static guint
count_lines (const char *text)
{
  guint n = 1;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static RiayaLicenceEvent *
find_event (RiayaInstitution *institution,
            const char       *uuid)
{
  GListModel *events = riaya_institution_get_events (institution);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (riaya_licence_event_get_uuid (event), uuid) == 0)
        return event;
    }
  return NULL;
}

/* Each visit keeps the rules of a user's visit and looks like the
 * committee's: five to seven members, mostly programmed, a decision only
 * with a majority, and that decision an event of the licence, dated on
 * the visit with its deadline. */
static void
test_every_visit (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GListModel) visits = list_visits (store, NULL);
  g_autoptr(GHashTable) institutions = institutions_by_uuid (store);
  g_autoptr(GHashTable) by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  guint n = g_list_model_get_n_items (visits);
  guint kinds[RIAYA_N_VISIT_KINDS] = { 0 }, decisions[RIAYA_N_DECISIONS] = { 0 };
  guint recorded = 0, not_valid = 0, valid = 0, all_compliant = 0, areas_wrong[RIAYA_N_CHECK_AREAS] = { 0 };
  guint actions = 0, done_in_time = 0, done_late = 0, open = 0;

  for (guint i = 0; i < n; i++)
    {
      RiayaInspection *visit = g_list_model_get_item (visits, i);

      g_hash_table_insert (by_uuid, (gpointer) riaya_inspection_get_uuid (visit), visit);
    }

  g_test_message ("%u visits", n);
  g_assert_cmpuint (n, >, 2000);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);
      g_autoptr(GError) error = NULL;
      RiayaInstitution *institution = g_hash_table_lookup (institutions, riaya_inspection_get_institution_uuid (visit));
      RiayaDecision decision = riaya_inspection_get_decision (visit);
      const char *done_on = riaya_inspection_get_done_on (visit);
      const char *follows = riaya_inspection_get_follows (visit);
      GListModel *list = riaya_inspection_get_actions (visit);

      g_assert_nonnull (institution);
      g_assert_true (riaya_inspection_validate (visit, today, &error));
      g_assert_no_error (error);
      g_assert_true (riaya_inspection_check_institution (visit, institution, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (riaya_inspection_get_licence_number (visit), ==, riaya_institution_get_licence_number (institution));
      g_assert_nonnull (riaya_inspection_get_committee (visit));
      kinds[riaya_inspection_get_kind (visit)]++;

      if (follows != NULL)
        {
          RiayaInspection *followed = g_hash_table_lookup (by_uuid, follows);

          /* A follow-up checks an earlier visit of the same house. */
          g_assert_nonnull (followed);
          g_assert_true (riaya_inspection_is_done (followed));
          g_assert_cmpstr (riaya_inspection_get_institution_uuid (followed), ==, riaya_inspection_get_institution_uuid (visit));
          g_assert_cmpstr (riaya_inspection_get_done_on (followed), <, visit_day (visit));
        }

      if (done_on == NULL)
        {
          g_assert_cmpint (decision, ==, RIAYA_DECISION_NONE);
          continue;
        }

      recorded++;
      g_assert_cmpstr (done_on, >=, FIRST_DAY);
      g_assert_cmpstr (done_on, <=, AS_OF_MAX);
      g_assert_cmpuint (riaya_inspection_get_members_invited (visit), >=, 5);
      g_assert_cmpuint (riaya_inspection_get_members_invited (visit), <=, 7);
      g_assert_nonnull (riaya_inspection_get_findings (visit));
      /* One line per member invited: roles, not persons. */
      g_assert_cmpuint (count_lines (riaya_inspection_get_committee (visit)), ==,
                        riaya_inspection_get_members_invited (visit));

      if (!riaya_inspection_has_quorum (visit))
        {
          /* Decree 2.19.693 art. 8: not valid, no decision, no action. */
          not_valid++;
          g_assert_cmpint (decision, ==, RIAYA_DECISION_NONE);
          g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
          continue;
        }

      valid++;
      decisions[decision]++;
      all_compliant += riaya_inspection_count_not_compliant (visit) == 0;
      for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
        areas_wrong[a] += riaya_inspection_get_check (visit, a) == RIAYA_CHECK_NOT_COMPLIANT;

      if (decision != RIAYA_DECISION_NONE)
        {
          RiayaLicenceEvent *event = find_event (institution, riaya_inspection_get_licence_event (visit));
          RiayaLicenceEventKind kind;

          /* Art. 34: the decision is an event of the licence, dated on the
           * visit, with the deadline to regularise. */
          g_assert_nonnull (event);
          g_assert_true (riaya_decision_to_licence_event (decision, &kind));
          g_assert_cmpint (riaya_licence_event_get_kind (event), ==, kind);
          g_assert_cmpstr (riaya_licence_event_get_date (event), ==, done_on);
          g_assert_cmpstr (riaya_licence_event_get_deadline (event), ==, riaya_inspection_get_decision_deadline (visit));
          if (riaya_decision_needs_deadline (decision))
            {
              gint days = days_between (done_on, riaya_inspection_get_decision_deadline (visit));

              g_assert_cmpint (days, >=, 28);
              g_assert_cmpint (days, <=, 185);
            }
        }
      else
        g_assert_null (riaya_inspection_get_licence_event (visit));

      for (guint a = 0; a < g_list_model_get_n_items (list); a++)
        {
          g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (list, a);
          const char *due = riaya_corrective_action_get_due_on (action);
          const char *done = riaya_corrective_action_get_done_on (action);

          actions++;
          g_assert_cmpint (days_between (done_on, due), >=, 28);
          g_assert_cmpint (days_between (done_on, due), <=, 185);
          if (done == NULL)
            open++;
          else if (g_strcmp0 (done, due) <= 0)
            done_in_time++;
          else
            done_late++;
        }
    }

  g_test_message ("kinds: %u programmed, %u unannounced, %u follow-ups, %u on complaint",
                  kinds[RIAYA_VISIT_KIND_PROGRAMMED], kinds[RIAYA_VISIT_KIND_UNANNOUNCED],
                  kinds[RIAYA_VISIT_KIND_FOLLOW_UP], kinds[RIAYA_VISIT_KIND_COMPLAINT]);
  g_test_message ("%u recorded: %u valid, %u without a majority; %u with every area in order",
                  recorded, valid, not_valid, all_compliant);
  g_test_message ("not compliant: licence %u, register %u, regulations %u, staffing %u, safety %u, health %u, "
                  "education %u, accounts %u, rights %u", areas_wrong[0], areas_wrong[1], areas_wrong[2],
                  areas_wrong[3], areas_wrong[4], areas_wrong[5], areas_wrong[6], areas_wrong[7], areas_wrong[8]);
  g_test_message ("decisions: %u none, %u warnings, %u reprimands, %u suspensions, %u withdrawals, %u closures",
                  decisions[RIAYA_DECISION_NONE], decisions[RIAYA_DECISION_WARNING],
                  decisions[RIAYA_DECISION_REPRIMAND], decisions[RIAYA_DECISION_SUSPENSION],
                  decisions[RIAYA_DECISION_WITHDRAWAL], decisions[RIAYA_DECISION_CLOSURE]);
  g_test_message ("%u actions: %u done in time, %u late, %u not done", actions, done_in_time, done_late, open);

  /* Mostly programmed; some unannounced, on complaint, follow-ups. */
  g_assert_cmpuint (kinds[RIAYA_VISIT_KIND_PROGRAMMED] * 100, >=, n * 60);
  for (guint k = 0; k < RIAYA_N_VISIT_KINDS; k++)
    g_assert_cmpuint (kinds[k], >, 0);
  /* About 8 % without a majority. */
  g_assert_cmpuint (not_valid * 100, >=, recorded * 5);
  g_assert_cmpuint (not_valid * 100, <=, recorded * 11);
  /* Mostly in order; the registers, the staffing and the accounts are
   * what is most often not. */
  g_assert_cmpuint (all_compliant * 100, >=, valid * 45);
  g_assert_cmpuint (all_compliant * 100, <=, valid * 85);
  g_assert_cmpuint (areas_wrong[RIAYA_CHECK_AREA_REGISTER], >, areas_wrong[RIAYA_CHECK_AREA_LICENCE]);
  g_assert_cmpuint (areas_wrong[RIAYA_CHECK_AREA_ACCOUNTS], >, areas_wrong[RIAYA_CHECK_AREA_RIGHTS]);
  g_assert_cmpuint (areas_wrong[RIAYA_CHECK_AREA_STAFFING], >, 0);
  /* Most decide nothing; warnings before reprimands, a few
   * suspensions, withdrawals and closures very rare. */
  g_assert_cmpuint (decisions[RIAYA_DECISION_NONE] * 100, >=, valid * 93);
  g_assert_cmpuint (decisions[RIAYA_DECISION_WARNING], >, decisions[RIAYA_DECISION_REPRIMAND]);
  g_assert_cmpuint (decisions[RIAYA_DECISION_REPRIMAND], >, 0);
  g_assert_cmpuint (decisions[RIAYA_DECISION_SUSPENSION], >, 0);
  g_assert_cmpuint (decisions[RIAYA_DECISION_SUSPENSION], <, decisions[RIAYA_DECISION_REPRIMAND]);
  g_assert_cmpuint ((decisions[RIAYA_DECISION_WITHDRAWAL] + decisions[RIAYA_DECISION_CLOSURE]) * 1000, <, valid * 3);
  /* Most actions done, some late, some never. */
  g_assert_cmpuint (done_in_time * 100, >=, actions * 55);
  g_assert_cmpuint (done_late, >, 0);
  g_assert_cmpuint (open, >, 0);
}

/* The valid visits (a majority present) of each institution in the five
 * years, by year. */
static GHashTable *
valid_visits_by_year (GListModel *visits)
{
  GHashTable *by_institution = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);
      const char *done_on = riaya_inspection_get_done_on (visit);
      guint *years;

      if (!riaya_inspection_has_quorum (visit) || strcmp (done_on, FIRST_DAY) < 0 || strcmp (done_on, LAST_DAY) > 0)
        continue;
      years = g_hash_table_lookup (by_institution, riaya_inspection_get_institution_uuid (visit));
      if (years == NULL)
        {
          years = g_new0 (guint, LAST_YEAR - FIRST_YEAR + 1);
          g_hash_table_insert (by_institution, (gpointer) riaya_inspection_get_institution_uuid (visit), years);
        }
      years[g_ascii_strtoull (done_on, NULL, 10) - FIRST_YEAR]++;
    }

  return by_institution;
}

/* Over the five years, of the institutions licensed before them and in
 * force at their end: about a third never visited (56 % in 2012–2016),
 * about one in six as often as the law asks every year (17 %). */
static void
test_shares (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GListModel) visits = list_visits (store, NULL);
  g_autoptr(GHashTable) institutions = institutions_by_uuid (store);
  g_autoptr(GHashTable) by_year = valid_visits_by_year (visits);
  GHashTableIter iter;
  RiayaInstitution *institution;
  guint counted = 0, never = 0, kept = 0;

  g_hash_table_iter_init (&iter, institutions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &institution))
    {
      const guint *years = g_hash_table_lookup (by_year, riaya_institution_get_uuid (institution));
      guint needed = riaya_inspection_visits_per_year (riaya_institution_get_legal_basis (institution));
      gboolean every_year = years != NULL;

      if (strcmp (riaya_institution_get_licence_date (institution), FIRST_DAY) >= 0 ||
          !riaya_licence_status_in_force (riaya_institution_get_status_on (institution, LAST_DAY)))
        continue;

      counted++;
      never += years == NULL;
      for (guint y = 0; years != NULL && y <= LAST_YEAR - FIRST_YEAR; y++)
        every_year &= years[y] >= needed;
      kept += every_year;
    }

  g_test_message ("of %u institutions: %u never visited, %u visited as often as the law asks", counted, never, kept);
  g_assert_cmpuint (counted, >, 1000);
  g_assert_cmpuint (never * 100, >=, counted * 30);
  g_assert_cmpuint (never * 100, <=, counted * 40);
  g_assert_cmpuint (kept * 100, >=, counted * 12);
  g_assert_cmpuint (kept * 100, <=, counted * 22);
}

/* A visit without a majority is not a visit in the eyes of the law: the
 * store's last valid visits leave it out, and some institutions'
 * latest visit is one. */
static void
test_not_valid_do_not_count (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GListModel) visits = list_visits (store, NULL);
  g_autoptr(GHashTable) mine = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) any = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) last_valid = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer uuid, day;
  guint later_not_valid = 0, only_not_valid = 0;

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);
      const char *done_on = riaya_inspection_get_done_on (visit);
      const char *institution = riaya_inspection_get_institution_uuid (visit);
      GHashTable *into = riaya_inspection_has_quorum (visit) ? mine : any;
      const char *before;

      if (done_on == NULL || strcmp (done_on, LAST_DAY) > 0)
        continue;
      /* The visits come in date order: the last one wins. Listed visits
       * live as long as the model. */
      before = g_hash_table_lookup (into, institution);
      if (before == NULL || strcmp (before, done_on) <= 0)
        g_hash_table_insert (into, (gpointer) institution, (gpointer) riaya_inspection_get_done_on (visit));
    }

  last_valid = riaya_store_last_valid_visits (store, LAST_DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (last_valid), ==, g_hash_table_size (mine));
  g_hash_table_iter_init (&iter, mine);
  while (g_hash_table_iter_next (&iter, &uuid, &day))
    g_assert_cmpstr (g_hash_table_lookup (last_valid, uuid), ==, day);

  g_hash_table_iter_init (&iter, any);
  while (g_hash_table_iter_next (&iter, &uuid, &day))
    {
      const char *valid = g_hash_table_lookup (mine, uuid);

      only_not_valid += valid == NULL;
      later_not_valid += valid != NULL && strcmp (day, valid) > 0;
    }
  g_test_message ("%u institutions whose last visit was not valid, %u whose only visits were not", later_not_valid,
                  only_not_valid);
  g_assert_cmpuint (later_not_valid + only_not_valid, >, 0);
}

/* Every province has visits; delegations differ a lot: some visited most
 * of their institutions, others almost none. */
static void
test_provinces (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GListModel) visits = list_visits (store, NULL);
  g_autoptr(GHashTable) institutions = institutions_by_uuid (store);
  g_autoptr(GHashTable) by_year = valid_visits_by_year (visits);
  g_autoptr(GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) with_visits = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  RiayaInstitution *institution;
  guint *pair, most = 0, few = 0;
  const char *code;

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);

      if (riaya_inspection_is_done (visit))
        g_hash_table_add (with_visits, (gpointer) riaya_institution_get_province_code (
          g_hash_table_lookup (institutions, riaya_inspection_get_institution_uuid (visit))));
    }
  g_assert_cmpuint (g_hash_table_size (with_visits), ==, 75);

  g_hash_table_iter_init (&iter, institutions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &institution))
    {
      code = riaya_institution_get_province_code (institution);
      pair = g_hash_table_lookup (totals, code);
      if (pair == NULL)
        g_hash_table_insert (totals, (gpointer) code, pair = g_new0 (guint, 2));
      pair[0]++;
      pair[1] += g_hash_table_contains (by_year, riaya_institution_get_uuid (institution));
    }

  g_hash_table_iter_init (&iter, totals);
  while (g_hash_table_iter_next (&iter, (gpointer *) &code, (gpointer *) &pair))
    {
      if (pair[0] < 8)
        continue;
      most += pair[1] * 100 >= pair[0] * 80;
      few += pair[1] * 100 <= pair[0] * 30;
    }
  g_test_message ("provinces that visited 80 %% of their institutions or more: %u; 30 %% or fewer: %u", most, few);
  g_assert_cmpuint (most, >=, 5);
  g_assert_cmpuint (few, >=, 5);
}

/* On the demo's last day the delegations have work: actions overdue and
 * follow-ups due; and visits are planned for the months after it, in the
 * year in progress and the next, a few of them cancelled, a few
 * programmed and never held. */
static void
test_work_to_do (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GListModel) visits = list_visits (store, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) overdue = riaya_store_list_overdue_actions (store, LAST_DAY, &error);
  g_autoptr(GListModel) follow_ups = NULL;
  g_autoptr(GListModel) cancelled = NULL;
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  guint this_year = 0, next_year = 0, not_held = 0;
  guint year = g_ascii_strtoull (today, NULL, 10);

  g_assert_no_error (error);
  follow_ups = riaya_store_list_follow_ups_due (store, NULL, LAST_DAY, &error);
  g_assert_no_error (error);
  g_test_message ("on %s: %u actions overdue, %u follow-ups due", LAST_DAY, overdue->len,
                  g_list_model_get_n_items (follow_ups));
  g_assert_cmpuint (overdue->len, >, 20);
  g_assert_cmpuint (g_list_model_get_n_items (follow_ups), >, 20);
  for (guint i = 0; i < overdue->len; i++)
    {
      RiayaOverdueAction *action = g_ptr_array_index (overdue, i);

      g_assert_cmpstr (action->due_on, <, LAST_DAY);
      g_assert_cmpstr (action->visit_done_on, <=, LAST_DAY);
    }

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);
      const char *planned = riaya_inspection_get_planned_on (visit);

      if (riaya_inspection_is_done (visit))
        continue;
      if (strcmp (planned, today) < 0)
        not_held++;
      else if (g_ascii_strtoull (planned, NULL, 10) == year)
        this_year++;
      else if (g_ascii_strtoull (planned, NULL, 10) == year + 1)
        next_year++;
    }

  filter.from = today;
  cancelled = riaya_store_list_cancelled_inspections (store, &filter, &error);
  g_assert_no_error (error);
  g_test_message ("planned: %u in %u from today, %u in %u; %u not held; %u cancelled", this_year, year, next_year,
                  year + 1, not_held, g_list_model_get_n_items (cancelled));
  /* Seen from the end of October at the latest, the year in progress
   * still has visits to come; the next year's programme has more. */
  if (strcmp (today + 5, "12-15") < 0)
    g_assert_cmpuint (this_year, >, 0);
  g_assert_cmpuint (next_year, >, 100);
  g_assert_cmpuint (not_held, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cancelled), >, 0);
}

static void
assert_store_clean (RiayaStore *store)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean clean = riaya_store_check (store, &problems, &error);

  g_assert_no_error (error);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_test_message ("problem: %s", (const char *) g_ptr_array_index (problems, i));
  g_assert_true (clean);
  g_assert_true (problems == NULL || problems->len == 0);
}

static void
test_store_check_clean (void)
{
  assert_store_clean (national_store ());
}

/* Everything of a visit a person sees, checklist and actions included. */
static char *
describe_visit (RiayaInspection *visit)
{
  GListModel *actions = riaya_inspection_get_actions (visit);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s %s %s %s %s %s %u/%u %s %s %s %s %s %u |%s|",
                          riaya_inspection_get_uuid (visit), riaya_inspection_get_institution_uuid (visit),
                          riaya_inspection_get_planned_on (visit),
                          riaya_visit_kind_to_code (riaya_inspection_get_kind (visit)),
                          riaya_inspection_get_follows (visit), riaya_inspection_get_done_on (visit),
                          riaya_inspection_get_members_present (visit), riaya_inspection_get_members_invited (visit),
                          riaya_decision_to_code (riaya_inspection_get_decision (visit)),
                          riaya_inspection_get_decision_deadline (visit), riaya_inspection_get_licence_event (visit),
                          riaya_inspection_get_licence_number (visit), riaya_inspection_get_findings (visit),
                          riaya_inspection_get_revision (visit), riaya_inspection_get_committee (visit));
  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    g_string_append_printf (text, " %s:%s", riaya_check_result_to_code (riaya_inspection_get_check (visit, a)),
                            riaya_inspection_get_check_note (visit, a));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);

      g_string_append_printf (text, " [%s %s %s %s]", riaya_corrective_action_get_uuid (action),
                              riaya_corrective_action_get_description (action),
                              riaya_corrective_action_get_due_on (action),
                              riaya_corrective_action_get_done_on (action));
    }

  return g_string_free (text, FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A delegate's demo holds the visits of their province, the same as the
 * national demo's down to the UUIDs of the visits, actions and licence
 * events. */
static void
test_delegate (void)
{
  g_autoptr(RiayaStore) store = load_demo ("delegate.db", RIAYA_PROFILE_DELEGATE, "07.351");
  g_autoptr(GListModel) here = list_visits (store, NULL);
  g_autoptr(GListModel) there = list_visits (national_store (), "07.351");
  g_autoptr(GPtrArray) here_texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) there_texts = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (here);

  g_test_message ("%u visits in the prefecture of Marrakech", n);
  g_assert_cmpuint (n, >, 20);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (there));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInspection) a = g_list_model_get_item (here, i);
      g_autoptr(RiayaInspection) b = g_list_model_get_item (there, i);

      g_assert_cmpstr (riaya_inspection_get_province_code (a), ==, "07.351");
      g_ptr_array_add (here_texts, describe_visit (a));
      g_ptr_array_add (there_texts, describe_visit (b));
    }

  g_ptr_array_sort (here_texts, compare_strings);
  g_ptr_array_sort (there_texts, compare_strings);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (g_ptr_array_index (here_texts, i), ==, g_ptr_array_index (there_texts, i));
}

/* A director's four houses have all been visited, none suspended: their
 * registers go on. */
static void
test_director (void)
{
  g_autoptr(RiayaStore) store = load_demo ("director.db", RIAYA_PROFILE_DIRECTOR, NULL);
  g_autoptr(GListModel) visits = list_visits (store, NULL);
  g_autoptr(GHashTable) institutions = institutions_by_uuid (store);
  g_autoptr(GHashTable) visited = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (visits), planned = 0;

  g_test_message ("%u visits to %u houses", n, g_hash_table_size (institutions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);
      g_autoptr(GError) error = NULL;

      g_assert_true (riaya_inspection_validate (visit, today, &error));
      g_assert_no_error (error);
      g_assert_cmpint (riaya_inspection_get_decision (visit), <=, RIAYA_DECISION_REPRIMAND);
      if (riaya_inspection_is_done (visit))
        g_hash_table_add (visited, (gpointer) riaya_inspection_get_institution_uuid (visit));
      else
        planned++;
    }
  g_assert_cmpuint (g_hash_table_size (visited), ==, g_hash_table_size (institutions));
  g_assert_cmpuint (planned, >, 0);
  assert_store_clean (store);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("riaya-demo-inspections-XXXXXX", &error);
  g_assert_no_error (error);
  today = riaya_date_today_iso ();

  g_test_add_func ("/demo/inspections/every-visit", test_every_visit);
  g_test_add_func ("/demo/inspections/shares", test_shares);
  g_test_add_func ("/demo/inspections/not-valid-do-not-count", test_not_valid_do_not_count);
  g_test_add_func ("/demo/inspections/provinces", test_provinces);
  g_test_add_func ("/demo/inspections/work-to-do", test_work_to_do);
  g_test_add_func ("/demo/inspections/store-check-clean", test_store_check_clean);
  g_test_add_func ("/demo/inspections/delegate", test_delegate);
  g_test_add_func ("/demo/inspections/director", test_director);

  status = g_test_run ();

  g_clear_object (&national);
  g_free (today);
  remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
