/* test-store-registry-cache.c — the histories a store keeps in memory
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A store that keeps the histories (riaya_store_set_keep_histories, the
 * reports page's) computes the registry, the last valid visits and the
 * corrective actions overdue on any date from what it read once
 * (riaya_store_warm_histories). On every date it must give what a store
 * that reads the database gives, and a change of the database — by
 * another connection or by itself — must show in the very next answer,
 * read from the database until the histories are read again.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-inspections.h"
#include "riaya-store-institutions-on.h"
#include "riaya-store-residents.h"
#include "store-test-util.h"

static const char *dates[] = {
  "2019-12-31", "2020-01-15", "2023-06-30", "2024-01-01", "2024-02-29", "2024-03-01",
  "2024-04-01", "2024-06-30", "2024-09-30", "2025-01-01", "2031-01-01",
};

/* A visit done on @done_on, 5 members invited and @present present, with
 * an action due on @due (none if NULL). */
static void
add_visit (RiayaStore       *store,
           RiayaInstitution *institution,
           const char       *done_on,
           guint             present,
           const char       *due)
{
  g_autoptr(RiayaInspection) visit = riaya_inspection_new (riaya_institution_get_uuid (institution), done_on,
                                                           RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(GError) error = NULL;

  riaya_inspection_set_done_on (visit, done_on);
  riaya_inspection_set_members_invited (visit, 5);
  riaya_inspection_set_members_present (visit, present);
  riaya_inspection_set_committee (visit, "Karim Bennani — Province\nSalma Idrissi — Santé");
  if (due != NULL)
    {
      g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new ("Installer des extincteurs", due);

      riaya_inspection_add_action (visit, action);
    }
  g_assert_true (riaya_store_add_inspection (store, visit, &error));
  g_assert_no_error (error);
}

/* What @kept answers on @on is what @plain reads: the registry field by
 * field, the last valid visits and the actions overdue. */
static void
assert_same (RiayaStore *kept,
             RiayaStore *plain,
             const char *on)
{
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GHashTable) visits_a = NULL;
  g_autoptr(GHashTable) visits_b = NULL;
  g_autoptr(GPtrArray) actions_a = NULL;
  g_autoptr(GPtrArray) actions_b = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer uuid, date;

  /* The lists of the visits where compliance reads them. */
  RiayaStore *visits_store = riaya_store_get_sibling (kept);

  g_assert_nonnull (visits_store);
  g_test_message ("on %s", on);
  a = riaya_store_list_institutions_on (kept, on, &error);
  g_assert_no_error (error);
  b = riaya_store_list_institutions_on (plain, on, &error);
  g_assert_no_error (error);
  assert_same_registry (a, b);

  visits_a = riaya_store_last_valid_visits (visits_store, on, &error);
  g_assert_no_error (error);
  visits_b = riaya_store_last_valid_visits (plain, on, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (visits_a), ==, g_hash_table_size (visits_b));
  g_hash_table_iter_init (&iter, visits_b);
  while (g_hash_table_iter_next (&iter, &uuid, &date))
    g_assert_cmpstr (g_hash_table_lookup (visits_a, uuid), ==, date);

  actions_a = riaya_store_list_overdue_actions (visits_store, on, &error);
  g_assert_no_error (error);
  actions_b = riaya_store_list_overdue_actions (plain, on, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions_a->len, ==, actions_b->len);
  for (guint i = 0; i < actions_a->len; i++)
    {
      const RiayaOverdueAction *x = g_ptr_array_index (actions_a, i);
      const RiayaOverdueAction *y = g_ptr_array_index (actions_b, i);

      g_assert_cmpstr (x->action_uuid, ==, y->action_uuid);
      g_assert_cmpstr (x->institution_uuid, ==, y->institution_uuid);
      g_assert_cmpstr (x->inspection_uuid, ==, y->inspection_uuid);
      g_assert_cmpstr (x->visit_done_on, ==, y->visit_done_on);
      g_assert_cmpstr (x->description, ==, y->description);
      g_assert_cmpstr (x->due_on, ==, y->due_on);
    }
}

static RiayaStore *
open_kept (StoreFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  RiayaStore *store = riaya_store_open (fixture->path, &error);

  g_assert_no_error (error);
  riaya_store_set_keep_histories (store, TRUE);
  g_assert_true (riaya_store_get_keep_histories (store));
  /* As the compliance report does: its second connection keeps the
   * visits. */
  g_assert_nonnull (riaya_store_get_sibling (store));
  riaya_store_set_keep_histories (riaya_store_get_sibling (store), TRUE);
  return store;
}

/* Reads the histories (again), as the reports page does once a table is
 * shown: from then on they answer. */
static void
warm (RiayaStore *kept)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_warm_histories (kept, &error));
  g_assert_no_error (error);
  g_assert_true (riaya_store_histories_are_warm (kept));
}

/* Histories of every kind, with records of one day: on every date around
 * them, the store that keeps them answers as the database does. */
static void
test_same_as_database (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(RiayaStore) kept = NULL;
  g_autoptr(RiayaInstitution) a = NULL;
  g_autoptr(RiayaInstitution) b = NULL;
  g_autoptr(RiayaInstitution) c = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_NATIONAL, NULL, &error));
  g_assert_no_error (error);
  a = add_institution_named (fixture->store, "TNG/2020/001");
  b = add_institution_named (fixture->store, "TNG/2020/002");
  c = add_institution_named (fixture->store, "TNG/2020/003");

  put_pupil_count (fixture->store, a, "2024-01-01", 30, 0);
  put_pupil_count (fixture->store, a, "2024-03-01", 35, 2);
  add_pupil_places (fixture->store, a, 50, "2024-03-01");
  /* Two lines of one day: the one recorded last holds. */
  add_pupil_places (fixture->store, a, 45, "2024-03-01");
  add_licence_event (fixture->store, a, RIAYA_LICENCE_EVENT_WARNING, "2024-02-29");
  add_licence_event (fixture->store, a, RIAYA_LICENCE_EVENT_REPRIMAND, "2024-02-29");
  riaya_institution_set_staff (a, RIAYA_STAFF_EDUCATOR, 2);
  g_assert_true (riaya_store_update_institution (fixture->store, a, &error));
  g_assert_no_error (error);

  add_licence_event (fixture->store, b, RIAYA_LICENCE_EVENT_SUSPENDED, "2024-06-30");
  put_pupil_count (fixture->store, b, "2024-06-30", 12, 0);
  add_visit (fixture->store, b, "2024-01-15", 4, "2024-03-31");
  add_visit (fixture->store, b, "2024-09-15", 4, NULL);
  /* Not valid: two members of five. */
  add_visit (fixture->store, c, "2024-02-01", 2, NULL);
  add_visit (fixture->store, c, "2023-06-01", 3, "2023-12-31");

  kept = open_kept (fixture);
  /* Not read yet: the database answers, and a computation does not read
   * them all. */
  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    assert_same (kept, fixture->store, dates[d]);
  g_assert_false (riaya_store_histories_are_warm (kept));
  /* Answered from memory, the same, and still up to date after. */
  warm (kept);
  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    assert_same (kept, fixture->store, dates[d]);
  g_assert_true (riaya_store_histories_are_warm (kept));
}

/* What another connection commits after a computation shows in the next
 * one: a licence withdrawn, places, a count, a visit and an action. */
static void
test_changed_elsewhere (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(RiayaStore) kept = NULL;
  g_autoptr(RiayaInstitution) a = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GHashTable) visits = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_NATIONAL, NULL, &error));
  g_assert_no_error (error);
  a = add_institution_named (fixture->store, "TNG/2020/001");
  kept = open_kept (fixture);
  warm (kept);

  before = riaya_store_list_institutions_on (kept, "2024-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (find_on_registry (before, "TNG/2020/001")->status, ==, RIAYA_LICENCE_STATUS_ACTIVE);
  g_assert_false (find_on_registry (before, "TNG/2020/001")->counted);
  visits = riaya_store_last_valid_visits (riaya_store_get_sibling (kept), "2024-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (visits), ==, 0);
  actions = riaya_store_list_overdue_actions (riaya_store_get_sibling (kept), "2024-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 0);
  g_clear_pointer (&visits, g_hash_table_unref);
  g_clear_pointer (&actions, g_ptr_array_unref);

  /* fixture->store is another connection to the same file. */
  add_licence_event (fixture->store, a, RIAYA_LICENCE_EVENT_WITHDRAWN, "2024-05-02");
  add_pupil_places (fixture->store, a, 70, "2024-01-01");
  put_pupil_count (fixture->store, a, "2024-06-30", 20, 3);
  add_visit (fixture->store, a, "2024-02-01", 4, "2024-04-30");

  /* Found out of date, the database answers; then what was read again. */
  for (int pass = 0; pass < 2; pass++)
    {
      g_autoptr(GPtrArray) after_pass = NULL;

      if (pass == 1)
        warm (kept);
      after_pass = riaya_store_list_institutions_on (kept, "2024-12-31", &error);
      g_assert_no_error (error);
      g_assert_cmpint (find_on_registry (after_pass, "TNG/2020/001")->status, ==, RIAYA_LICENCE_STATUS_WITHDRAWN);
      g_assert_cmpuint (find_on_registry (after_pass, "TNG/2020/001")->places[RIAYA_CATEGORY_PUPIL][RIAYA_SEX_MALE], ==, 70);
      g_assert_true (find_on_registry (after_pass, "TNG/2020/001")->counted);
      g_assert_cmpuint (find_on_registry (after_pass, "TNG/2020/001")->under_six, ==, 3);
      visits = riaya_store_last_valid_visits (riaya_store_get_sibling (kept), "2024-12-31", &error);
      g_assert_no_error (error);
      g_assert_cmpstr (g_hash_table_lookup (visits, riaya_institution_get_uuid (a)), ==, "2024-02-01");
      actions = riaya_store_list_overdue_actions (riaya_store_get_sibling (kept), "2024-12-31", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (actions->len, ==, 1);
      g_clear_pointer (&visits, g_hash_table_unref);
      g_clear_pointer (&actions, g_ptr_array_unref);
      assert_same (kept, fixture->store, "2024-12-31");
      g_assert_cmpint (riaya_store_histories_are_warm (kept), ==, pass == 1);
    }

  /* Written by a program that is not Riaya at all. */
  raw_exec (fixture->path, "UPDATE institutions SET director = 'Nadia Alaoui'");
  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        warm (kept);
      g_clear_pointer (&after, g_ptr_array_unref);
      after = riaya_store_list_institutions_on (kept, "2024-12-31", &error);
      g_assert_no_error (error);
      g_assert_cmpstr (find_on_registry (after, "TNG/2020/001")->director, ==, "Nadia Alaoui");
    }
}

/* What the store that keeps the histories writes itself shows in its
 * next answer too. */
static void
test_changed_by_itself (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(RiayaStore) kept = NULL;
  g_autoptr(RiayaInstitution) a = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_NATIONAL, NULL, &error));
  g_assert_no_error (error);
  a = add_institution_named (fixture->store, "TNG/2020/001");
  kept = open_kept (fixture);
  warm (kept);

  before = riaya_store_list_institutions_on (kept, "2024-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (find_on_registry (before, "TNG/2020/001")->status, ==, RIAYA_LICENCE_STATUS_ACTIVE);

  add_licence_event (kept, a, RIAYA_LICENCE_EVENT_SUSPENDED, "2024-05-02");
  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        warm (kept);
      g_clear_pointer (&after, g_ptr_array_unref);
      after = riaya_store_list_institutions_on (kept, "2024-12-31", &error);
      g_assert_no_error (error);
      g_assert_cmpint (find_on_registry (after, "TNG/2020/001")->status, ==, RIAYA_LICENCE_STATUS_SUSPENDED);
      assert_same (kept, fixture->store, "2024-12-31");
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define FIXTURE_TEST(path, func) \
  g_test_add (path, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  FIXTURE_TEST ("/registry-cache/same-as-database", test_same_as_database);
  FIXTURE_TEST ("/registry-cache/changed-elsewhere", test_changed_elsewhere);
  FIXTURE_TEST ("/registry-cache/changed-by-itself", test_changed_by_itself);

  return g_test_run ();
}
