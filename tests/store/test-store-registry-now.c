/* test-store-registry-now.c — each institution's state after its latest record
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The registry on a date (riaya_store_list_institutions_on) reads the
 * state the store keeps after each institution's latest record when the
 * date is on or after it. Whatever writes the histories, and on whatever
 * date, what it gives must be exactly what the histories give.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-institutions-on.h"
#include "riaya-store-private.h"
#include "riaya-store-residents.h"
#include "store-test-util.h"

static void
set_national (StoreFixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_NATIONAL, NULL, &error));
  g_assert_no_error (error);
}

/* The registry on @on as kept and as the histories alone give it: equal,
 * field by field. */
static void
assert_same_as_histories (RiayaStore *store,
                          const char *on)
{
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GPtrArray) computed = NULL;
  g_autoptr(GError) error = NULL;

  kept = riaya_store_list_institutions_on (store, on, &error);
  g_assert_no_error (error);
  _riaya_store_ignore_registry_now (store, TRUE);
  computed = riaya_store_list_institutions_on (store, on, &error);
  _riaya_store_ignore_registry_now (store, FALSE);
  g_assert_no_error (error);

  g_test_message ("on %s", on);
  assert_same_registry (kept, computed);
}

/* The registry on @on computed from the histories with only some @parts:
 * the status and places of every record as with all of them, the parts
 * asked for too, the others empty. */
static void
assert_parts_as_histories (RiayaStore              *store,
                           const char              *on,
                           RiayaInstitutionOnParts  parts)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) some = NULL;
  g_autoptr(GError) error = NULL;
  guint no_staff[RIAYA_N_STAFF_ROLES] = { 0 };
  RiayaPresence nobody = { { { 0 } } };

  _riaya_store_ignore_registry_now (store, TRUE);
  all = riaya_store_list_institutions_on (store, on, &error);
  g_assert_no_error (error);
  some = riaya_store_list_institutions_on_parts (store, on, parts, &error);
  g_assert_no_error (error);
  _riaya_store_ignore_registry_now (store, FALSE);

  g_assert_cmpuint (all->len, ==, some->len);
  for (guint i = 0; i < all->len; i++)
    {
      const RiayaInstitutionOn *a = g_ptr_array_index (all, i);
      const RiayaInstitutionOn *b = g_ptr_array_index (some, i);
      gboolean presence = (parts & (RIAYA_INSTITUTION_ON_PRESENCE | RIAYA_INSTITUTION_ON_UNDER_SIX)) != 0;

      g_test_message ("%s on %s, parts %x", a->licence_number, on, parts);
      g_assert_cmpstr (a->uuid, ==, b->uuid);
      g_assert_cmpint (a->status, ==, b->status);
      g_assert_cmpmem (a->places, sizeof a->places, b->places, sizeof b->places);
      if (parts & RIAYA_INSTITUTION_ON_STAFF)
        g_assert_cmpmem (a->staff, sizeof a->staff, b->staff, sizeof b->staff);
      else
        g_assert_cmpmem (no_staff, sizeof no_staff, b->staff, sizeof b->staff);
      g_assert_cmpint (presence ? a->counted : FALSE, ==, b->counted);
      if (presence)
        g_assert_cmpmem (&a->present, sizeof a->present, &b->present, sizeof b->present);
      else
        g_assert_cmpmem (&nobody, sizeof nobody, &b->present, sizeof b->present);
      g_assert_cmpuint ((parts & RIAYA_INSTITUTION_ON_UNDER_SIX) ? a->under_six : 0, ==, b->under_six);
    }
}

/* Histories written through the store: on every date around their
 * records — before, on, after, and after a record dated in the future —
 * the registry is the histories'. */
static void
test_same_as_histories (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(RiayaInstitution) a = NULL;
  g_autoptr(RiayaInstitution) b = NULL;
  g_autoptr(RiayaInstitution) c = NULL;
  g_autoptr(GPtrArray) today = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  const char *dates[] = {
    "2019-12-31", "2020-01-15", "2023-06-30", "2024-01-01", "2024-02-29", "2024-03-01",
    "2024-06-30", "2025-01-01", "2031-01-01", "2031-06-30",
  };

  set_national (fixture);
  a = add_institution_named (fixture->store, "TNG/2020/001");
  b = add_institution_named (fixture->store, "TNG/2020/002");
  c = add_institution_named (fixture->store, "TNG/2020/003");

  put_pupil_count (fixture->store, a, "2024-01-01", 30, 0);
  put_pupil_count (fixture->store, a, "2024-03-01", 35, 2);
  add_pupil_places (fixture->store, a, 50, "2024-03-01");
  add_licence_event (fixture->store, a, RIAYA_LICENCE_EVENT_WARNING, "2024-02-29");
  riaya_institution_set_staff (a, RIAYA_STAFF_EDUCATOR, 2);
  g_assert_true (riaya_store_update_institution (fixture->store, a, &error));
  g_assert_no_error (error);

  add_licence_event (fixture->store, b, RIAYA_LICENCE_EVENT_SUSPENDED, "2024-06-30");
  put_pupil_count (fixture->store, b, "2024-06-30", 12, 0);
  /* Places licensed from a date to come (written by another program:
   * the editors refuse a future date): the state after them is not the
   * state today. */
  sql = g_strdup_printf ("INSERT INTO capacity_lines (uuid, institution_uuid, category, sex, places, effective_date,"
                         " recorded_at) VALUES ('22222222-2222-4222-8222-222222222222', '%s', 'pupil', 'm', 80,"
                         " '2031-01-01', '2025-01-01T10:00:00Z')",
                         riaya_institution_get_uuid (c));
  raw_exec (fixture->path, sql);
  add_licence_event (fixture->store, c, RIAYA_LICENCE_EVENT_WARNING, "2024-12-01");

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    {
      assert_same_as_histories (fixture->store, dates[d]);
      assert_parts_as_histories (fixture->store, dates[d], 0);
      assert_parts_as_histories (fixture->store, dates[d], RIAYA_INSTITUTION_ON_PRESENCE);
      assert_parts_as_histories (fixture->store, dates[d], RIAYA_INSTITUTION_ON_STAFF | RIAYA_INSTITUTION_ON_UNDER_SIX);
    }

  today = riaya_store_list_institutions_on (fixture->store, "2025-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (find_on_registry (today, "TNG/2020/001")->places[RIAYA_CATEGORY_PUPIL][RIAYA_SEX_MALE], ==, 50);
  g_assert_cmpuint (find_on_registry (today, "TNG/2020/001")->under_six, ==, 2);
  g_assert_cmpuint (find_on_registry (today, "TNG/2020/001")->staff[RIAYA_STAFF_EDUCATOR], ==, 2);
  g_assert_cmpint (find_on_registry (today, "TNG/2020/002")->status, ==, RIAYA_LICENCE_STATUS_SUSPENDED);
  g_assert_true (find_on_registry (today, "TNG/2020/002")->counted);
  g_assert_false (find_on_registry (today, "TNG/2020/003")->counted);
  g_assert_cmpuint (find_on_registry (today, "TNG/2020/003")->places[RIAYA_CATEGORY_PUPIL][RIAYA_SEX_MALE], ==, 40);

  /* After every commit nothing waits to be recomputed, and the check
   * finds the summary equal to the histories. */
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM institution_now WHERE stale"), ==, 0);
  g_assert_true (riaya_store_check (fixture->store, NULL, &error));
  g_assert_no_error (error);
}

/* Another program writes a history behind the store's back: the row
 * goes stale by the triggers alone, and is never read as current. */
static void
test_written_elsewhere (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(RiayaInstitution) a = NULL;
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  set_national (fixture);
  a = add_institution_named (fixture->store, "TNG/2020/001");

  sql = g_strdup_printf ("INSERT INTO licence_events (uuid, institution_uuid, kind, date, recorded_at)"
                         " VALUES ('11111111-1111-4111-8111-111111111111', '%s', 'withdrawn', '2024-05-02',"
                         " '2024-05-02T10:00:00Z')",
                         riaya_institution_get_uuid (a));
  raw_exec (fixture->path, sql);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM institution_now WHERE stale"), ==, 1);

  on = riaya_store_list_institutions_on (fixture->store, "2025-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (((RiayaInstitutionOn *) g_ptr_array_index (on, 0))->status, ==, RIAYA_LICENCE_STATUS_WITHDRAWN);
  assert_same_as_histories (fixture->store, "2025-01-01");

  /* The next write through the store brings it up to date. */
  g_object_unref (add_institution_named (fixture->store, "TNG/2020/002"));
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM institution_now WHERE stale"), ==, 0);
  assert_same_as_histories (fixture->store, "2025-01-01");
}

/* A summary altered by hand is found by the check, which names the
 * institution. */
static void
test_check_finds_a_wrong_summary (StoreFixture  *fixture,
                                  gconstpointer  data)
{
  g_autoptr(RiayaInstitution) a = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  set_national (fixture);
  a = add_institution_named (fixture->store, "TNG/2020/001");
  g_assert_true (riaya_store_check (fixture->store, NULL, &error));

  raw_exec (fixture->path, "UPDATE institution_now SET places = '0,0,0,0,0,0,99,0,0,0,0,0,0,0,0,0,0,0,0,0,0'");
  g_assert_false (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "TNG/2020/001"));
}

/* A database of the version before (5), with an institution in it:
 * opening it computes the institution's state in the migration's own
 * transaction, and nothing waits to be recomputed. */
static void
test_migration (StoreFixture  *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "at-5.db", NULL);
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GError) error = NULL;
  const RiayaInstitutionOn *item;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  for (guint v = 1; v <= 5; v++)
    {
      g_autoptr(GBytes) bytes = _riaya_store_dup_migration_sql (v);
      g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      raw_exec (path, sql);
    }
  raw_exec (path,
            "INSERT INTO regions (code, name_ar, name_fr) VALUES ('01', 'طنجة', 'Tanger');"
            "INSERT INTO provinces (code, region_code, name_ar, name_fr, kind)"
            " VALUES ('01.511', '01', 'طنجة أصيلة', 'Tanger-Assilah', 'prefecture');"
            "INSERT INTO institutions (uuid, licence_number, licence_date, legal_basis, type, name_fr,"
            " province_code, created_at, updated_at) VALUES ('33333333-3333-4333-8333-333333333333',"
            " 'TNG/2019/001', '2019-05-01', '65.15', 'student-house', 'Dar Taliba', '01.511',"
            " '2019-05-01T09:00:00Z', '2019-05-01T09:00:00Z');"
            "INSERT INTO licence_events (uuid, institution_uuid, kind, date, recorded_at)"
            " VALUES ('44444444-4444-4444-8444-444444444444', '33333333-3333-4333-8333-333333333333',"
            " 'granted', '2019-05-01', '2019-05-01T09:00:00Z');"
            "INSERT INTO licence_events (uuid, institution_uuid, kind, date, recorded_at)"
            " VALUES ('55555555-5555-4555-8555-555555555555', '33333333-3333-4333-8333-333333333333',"
            " 'warning', '2023-03-01', '2023-03-01T09:00:00Z');"
            "INSERT INTO capacity_lines (uuid, institution_uuid, category, sex, places, effective_date,"
            " recorded_at) VALUES ('66666666-6666-4666-8666-666666666666',"
            " '33333333-3333-4333-8333-333333333333', 'pupil', 'f', 60, '2019-05-01', '2019-05-01T09:00:00Z');");
  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, 5);

  store = riaya_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_query_int (path, "SELECT count(*) FROM institution_now WHERE NOT stale"), ==, 1);

  on = riaya_store_list_institutions_on (store, "2025-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (on->len, ==, 1);
  item = g_ptr_array_index (on, 0);
  g_assert_cmpint (item->status, ==, RIAYA_LICENCE_STATUS_WARNED);
  g_assert_cmpuint (item->places[RIAYA_CATEGORY_PUPIL][RIAYA_SEX_FEMALE], ==, 60);
  g_assert_false (item->counted);
  assert_same_as_histories (store, "2020-01-01");
  assert_same_as_histories (store, "2025-01-01");
  g_assert_true (riaya_store_check (store, NULL, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define FIXTURE_TEST(path, func) \
  g_test_add (path, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  FIXTURE_TEST ("/registry-now/same-as-histories", test_same_as_histories);
  FIXTURE_TEST ("/registry-now/written-elsewhere", test_written_elsewhere);
  FIXTURE_TEST ("/registry-now/check", test_check_finds_a_wrong_summary);
  FIXTURE_TEST ("/registry-now/migration", test_migration);

  return g_test_run ();
}
