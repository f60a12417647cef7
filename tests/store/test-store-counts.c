/* test-store-counts.c — counts of people present and movements
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a director's database the counts come from the register: here they
 * are compared with counts worked out by hand from the same people. In a
 * delegate's or national database they are put by import: here they are
 * read back as occupancy for several institutions.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-private.h"
#include "riaya-store-residents.h"
#include "store-test-util.h"

#define ASSERT_UNCHANGED(store, digest_before)                               \
  G_STMT_START {                                                             \
    g_autofree char *digest_after_ = riaya_store_dup_content_digest (store); \
    g_assert_cmpstr (digest_before, ==, digest_after_);                      \
  } G_STMT_END

/* A student house licensed on 2020-01-15 for 40 boys and 40 girls. */
static RiayaInstitution *
add_house (RiayaStore *store,
           const char *licence_number,
           const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaCapacityLine) girls = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 40,
                                                                "2020-01-15");
  RiayaInstitution *house = make_institution (licence_number, "Dar Talib Tanger");

  if (uuid != NULL)
    riaya_institution_set_uuid (house, uuid);
  riaya_institution_add_capacity_line (house, girls);
  g_assert_true (riaya_store_add_institution (store, house, &error));
  g_assert_no_error (error);

  return house;
}

static void
set_profile (RiayaStore   *store,
             RiayaProfile  profile)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_set_profile (store, profile, profile == RIAYA_PROFILE_DELEGATE ? "01.511" : NULL,
                                          &error));
  g_assert_no_error (error);
}

/* One person of the register as the test follows them by hand. */
typedef struct
{
  RiayaSex        sex;
  const char     *birth_date;
  RiayaReferral   referral;
  const char     *admitted_on;
  const char     *exited_on;     /* NULL: still present */
  RiayaExitReason exit_reason;
  const char     *destination;
} Person;

/* A boy of 9 who leaves in 2023; a girl who turns 18 a month after
 * coming; a boy of 5 who turns 6, then is transferred elsewhere; a girl
 * born on 29 February, who turns 18 on 1 March 2022. */
static const Person people[] = {
  { RIAYA_SEX_MALE, "2012-03-15", RIAYA_REFERRAL_FAMILY, "2021-09-01", "2023-06-30", RIAYA_EXIT_REASON_FAMILY, NULL },
  { RIAYA_SEX_FEMALE, "2003-10-10", RIAYA_REFERRAL_LOCAL_AUTHORITY, "2021-09-01", "2022-07-01",
    RIAYA_EXIT_REASON_AUTONOMY, NULL },
  { RIAYA_SEX_MALE, "2015-11-20", RIAYA_REFERRAL_COURT_ORDER, "2021-10-05", "2022-01-10",
    RIAYA_EXIT_REASON_TRANSFER, "RBT/2019/044" },
  { RIAYA_SEX_FEMALE, "2004-02-29", RIAYA_REFERRAL_ENTRAIDE_NATIONALE, "2021-10-05", NULL, 0, NULL },
};

/* Admits everyone, then records the exits, in date order. */
static void
fill_register (RiayaStore       *store,
               RiayaInstitution *house)
{
  g_autoptr(GPtrArray) stays = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(RiayaResident) resident = riaya_resident_new ();
      g_autofree char *first = g_strdup_printf ("Person%u", i);
      RiayaStay *stay;

      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, first);
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, "Idrissi");
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, people[i].birth_date);
      riaya_resident_set_sex (resident, people[i].sex);

      stay = riaya_stay_new (resident);
      riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (house));
      riaya_stay_set_category (stay, RIAYA_CATEGORY_PUPIL);
      riaya_stay_set_admitted_on (stay, people[i].admitted_on);
      riaya_stay_set_referral (stay, people[i].referral);
      g_assert_true (riaya_store_admit (store, stay, RIAYA_ADMIT_DEFAULT, &error));
      g_assert_no_error (error);
      g_ptr_array_add (stays, stay);
    }

  /* Exits in date order: 2022-01-10, 2022-07-01, 2023-06-30. */
  for (guint i = 0; i < 3; i++)
    {
      static const guint order[] = { 2, 1, 0 };
      const Person *person = &people[order[i]];

      g_assert_true (riaya_store_record_exit (store, riaya_stay_get_uuid (g_ptr_array_index (stays, order[i])),
                                              person->exited_on, person->exit_reason, person->destination,
                                              RIAYA_ADMIT_DEFAULT, NULL, &error));
      g_assert_no_error (error);
    }
}

/* The count read on @on as text: "DATE: category sex band n, …". */
static char *
dup_counts (RiayaStore *store,
            const char *institution_uuid,
            const char *on)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *counted_on = NULL;
  g_autoptr(GArray) lines = riaya_store_get_counts (store, institution_uuid, on, &counted_on, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  g_string_append_printf (text, "%s:", counted_on ? counted_on : "none");
  for (guint i = 0; i < lines->len; i++)
    {
      RiayaCountLine *line = &g_array_index (lines, RiayaCountLine, i);

      g_string_append_printf (text, "%s %s %s %s %u", i > 0 ? "," : "", riaya_category_to_code (line->category),
                              riaya_sex_to_code (line->sex), riaya_age_band_to_code (line->age_band), line->present);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define ASSERT_COUNTS(store, uuid, on, expected)                \
  G_STMT_START {                                                \
    g_autofree char *counts_ = dup_counts (store, uuid, on);    \
    g_assert_cmpstr (counts_, ==, expected);                    \
  } G_STMT_END

static void
test_counts_from_register (StoreFixture  *fixture,
                           gconstpointer  data)
{
  RiayaStore *store = fixture->store;
  g_autoptr(RiayaInstitution) house = NULL;
  const char *uuid;

  set_profile (store, RIAYA_PROFILE_DIRECTOR);
  house = add_house (store, "TNG/2020/001", NULL);
  uuid = riaya_institution_get_uuid (house);
  fill_register (store, house);

  /* Worked out by hand, person by person (ages in full years). */
  ASSERT_COUNTS (store, uuid, "2021-08-31", "none:");
  /* A is 9 (6-11), B is 17 (12-17). */
  ASSERT_COUNTS (store, uuid, "2021-09-01", "2021-09-01: pupil m 6-11 1, pupil f 12-17 1");
  ASSERT_COUNTS (store, uuid, "2021-09-30", "2021-09-01: pupil m 6-11 1, pupil f 12-17 1");
  /* C comes at 5 (0-5), D at 17. */
  ASSERT_COUNTS (store, uuid, "2021-10-05", "2021-10-05: pupil m 0-5 1, pupil m 6-11 1, pupil f 12-17 2");
  /* B's 18th birthday on 10 October shows on the count of 1 November. */
  ASSERT_COUNTS (store, uuid, "2021-10-31", "2021-10-05: pupil m 0-5 1, pupil m 6-11 1, pupil f 12-17 2");
  ASSERT_COUNTS (store, uuid, "2021-11-01",
                 "2021-11-01: pupil m 0-5 1, pupil m 6-11 1, pupil f 12-17 1, pupil f 18-24 1");
  /* C turned 6 on 20 November. */
  ASSERT_COUNTS (store, uuid, "2021-12-01", "2021-12-01: pupil m 6-11 2, pupil f 12-17 1, pupil f 18-24 1");
  /* C leaves on 10 January: the exit date is the first day away. */
  ASSERT_COUNTS (store, uuid, "2022-01-09", "2022-01-01: pupil m 6-11 2, pupil f 12-17 1, pupil f 18-24 1");
  ASSERT_COUNTS (store, uuid, "2022-01-10", "2022-01-10: pupil m 6-11 1, pupil f 12-17 1, pupil f 18-24 1");
  /* Born on 29 February 2004: 18 on 1 March 2022, not on 28 February. */
  ASSERT_COUNTS (store, uuid, "2022-02-28", "2022-02-01: pupil m 6-11 1, pupil f 12-17 1, pupil f 18-24 1");
  ASSERT_COUNTS (store, uuid, "2022-03-01", "2022-03-01: pupil m 6-11 1, pupil f 18-24 2");
  /* B leaves on 1 July 2022, A on 30 June 2023. */
  ASSERT_COUNTS (store, uuid, "2022-07-01", "2022-07-01: pupil m 6-11 1, pupil f 18-24 1");
  ASSERT_COUNTS (store, uuid, "2023-06-29", "2023-06-01: pupil m 6-11 1, pupil f 18-24 1");
  ASSERT_COUNTS (store, uuid, "2023-06-30", "2023-06-30: pupil f 18-24 1");
}

/* The same counts from another angle: on every snapshot date, the people
 * the register lists as present, banded with the core's age rule. */
static void
test_counts_match_list_of_present (StoreFixture  *fixture,
                                   gconstpointer  data)
{
  RiayaStore *store = fixture->store;
  static const char * const dates[] = {
    "2021-09-01", "2021-10-05", "2021-11-01", "2021-12-01", "2022-01-10", "2022-03-01", "2022-07-01",
    "2023-01-01", "2023-06-30", "2024-02-01",
  };
  g_autoptr(RiayaInstitution) house = NULL;
  const char *uuid;

  set_profile (store, RIAYA_PROFILE_DIRECTOR);
  house = add_house (store, "TNG/2020/001", NULL);
  uuid = riaya_institution_get_uuid (house);
  fill_register (store, house);

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) present = riaya_store_list_stays (store, uuid, dates[d], &error);
      g_autofree char *counted_on = NULL;
      g_autoptr(GArray) lines = riaya_store_get_counts (store, uuid, dates[d], &counted_on, &error);
      guint by_hand[RIAYA_N_CATEGORIES][2][RIAYA_N_AGE_BANDS] = { { { 0 } } };
      guint total = 0;

      g_assert_no_error (error);
      g_assert_cmpstr (counted_on, ==, dates[d]);

      for (guint i = 0; i < g_list_model_get_n_items (present); i++)
        {
          g_autoptr(RiayaStay) stay = g_list_model_get_item (present, i);
          RiayaResident *resident = riaya_stay_get_resident (stay);
          int age = riaya_resident_age_on (resident, dates[d]);

          g_assert_cmpint (age, >=, 0);
          by_hand[riaya_stay_get_category (stay)][riaya_resident_get_sex (resident)]
                 [riaya_age_band_for_age ((guint) age)]++;
        }

      for (guint i = 0; i < lines->len; i++)
        {
          RiayaCountLine *line = &g_array_index (lines, RiayaCountLine, i);

          g_assert_cmpuint (line->present, ==, by_hand[line->category][line->sex][line->age_band]);
          total += line->present;
        }
      g_assert_cmpuint (total, ==, g_list_model_get_n_items (present));
    }
}

static char *
dup_movements (RiayaStore *store,
               const char *uuid,
               const char *from,
               const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = riaya_store_get_movements (store, uuid, from, to, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      RiayaMovementLine *line = &g_array_index (lines, RiayaMovementLine, i);

      g_string_append_printf (text, "%s%s %s %s %s %u", i > 0 ? ", " : "", line->admission ? "in" : "out",
                              line->admission ? riaya_referral_to_code (line->reason)
                                              : riaya_exit_reason_to_code (line->reason),
                              riaya_category_to_code (line->category), riaya_sex_to_code (line->sex), line->count);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define ASSERT_MOVEMENTS(store, uuid, from, to, expected)              \
  G_STMT_START {                                                       \
    g_autofree char *movements_ = dup_movements (store, uuid, from, to); \
    g_assert_cmpstr (movements_, ==, expected);                        \
  } G_STMT_END

static void
test_movements_from_register (StoreFixture  *fixture,
                              gconstpointer  data)
{
  RiayaStore *store = fixture->store;
  g_autoptr(RiayaInstitution) house = NULL;
  const char *uuid;

  set_profile (store, RIAYA_PROFILE_DIRECTOR);
  house = add_house (store, "TNG/2020/001", NULL);
  uuid = riaya_institution_get_uuid (house);
  fill_register (store, house);

  /* Month by month, per reason, category and sex. */
  ASSERT_MOVEMENTS (store, uuid, "2021-09-01", "2021-09-30", "in family pupil m 1, in local-authority pupil f 1");
  ASSERT_MOVEMENTS (store, uuid, "2021-10-01", "2021-10-31",
                    "in court-order pupil m 1, in entraide-nationale pupil f 1");
  ASSERT_MOVEMENTS (store, uuid, "2021-11-01", "2021-12-31", "");
  ASSERT_MOVEMENTS (store, uuid, "2022-01-01", "2022-01-31", "out transfer pupil m 1");
  ASSERT_MOVEMENTS (store, uuid, "2022-07-01", "2022-07-31", "out autonomy pupil f 1");
  ASSERT_MOVEMENTS (store, uuid, "2023-06-01", "2023-06-30", "out family pupil m 1");

  /* A year sums the months that lie within it. */
  ASSERT_MOVEMENTS (store, uuid, "2021-01-01", "2021-12-31",
                    "in court-order pupil m 1, in family pupil m 1, in local-authority pupil f 1, "
                    "in entraide-nationale pupil f 1");
  ASSERT_MOVEMENTS (store, uuid, "2022-01-01", "2022-12-31", "out transfer pupil m 1, out autonomy pupil f 1");
  /* A month cut in two is not within. */
  ASSERT_MOVEMENTS (store, uuid, "2021-09-15", "2021-10-31",
                    "in court-order pupil m 1, in entraide-nationale pupil f 1");

  /* Each period is one calendar month. */
  g_assert_cmpint (raw_query_int (fixture->path,
                                  "SELECT count (*) FROM resident_movements WHERE period_start = '2021-09-01'"
                                  " AND period_end = '2021-09-30'"), ==, 2);
  g_assert_cmpint (raw_query_int (fixture->path,
                                  "SELECT count (*) FROM resident_movements WHERE period_end <>"
                                  " date (period_start, '+1 month', '-1 day')"), ==, 0);
  g_assert_cmpint (raw_query_int (fixture->path,
                                  "SELECT count (*) FROM resident_movements WHERE source <> 'register'"), ==, 0);
}

/* A change today recomputes from today: the counts of past dates are
 * left as they are (here, one altered by hand stays altered). */
static void
test_recompute_from_the_change (StoreFixture  *fixture,
                                gconstpointer  data)
{
  RiayaStore *store = fixture->store;
  g_autoptr(RiayaInstitution) house = NULL;
  g_autoptr(RiayaResident) resident = riaya_resident_new ();
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *expected = NULL;
  g_autofree char *path = g_strdup (fixture->path);
  const char *uuid;

  set_profile (store, RIAYA_PROFILE_DIRECTOR);
  house = add_house (store, "TNG/2020/001", NULL);
  uuid = riaya_institution_get_uuid (house);
  fill_register (store, house);

  g_clear_object (&fixture->store);
  raw_exec (path, "UPDATE resident_count_lines SET present = 9 WHERE counted_on = '2021-09-01' AND sex = 'm'");
  fixture->store = riaya_store_open (path, &error);
  g_assert_no_error (error);
  store = fixture->store;

  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, "Today");
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, "2010-01-01");
  stay = riaya_stay_new (resident);
  riaya_stay_set_institution_uuid (stay, uuid);
  riaya_stay_set_category (stay, RIAYA_CATEGORY_PUPIL);
  riaya_stay_set_admitted_on (stay, today);
  g_assert_true (riaya_store_admit (store, stay, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_no_error (error);

  ASSERT_COUNTS (store, uuid, "2021-09-01", "2021-09-01: pupil m 6-11 9, pupil f 12-17 1");
  g_assert_cmpint (raw_query_int (path, "SELECT sum (present) FROM resident_count_lines WHERE counted_on ="
                                        " (SELECT max (counted_on) FROM resident_counts)"), ==, 2);
  {
    g_autoptr(GHashTable) presence = riaya_store_presence_on (store, today, NULL, &error);
    g_assert_cmpuint (riaya_presence_total (g_hash_table_lookup (presence, uuid)), ==, 2);
  }
}

static char *
dup_counts_tables (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *dump = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT institution_uuid || counted_on || source FROM resident_counts"
                                       " UNION ALL SELECT institution_uuid || counted_on || category || sex"
                                       " || age_band || present FROM resident_count_lines UNION ALL SELECT"
                                       " institution_uuid || period_start || period_end || movement || reason"
                                       " || category || sex || count || source FROM resident_movements ORDER BY 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (dump, "%s\n", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (dump, FALSE);
}

/* The demo admits years of stays in one transaction and recomputes once:
 * the counts are the same as when each change recomputes them. */
static void
test_deferred_recompute (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(RiayaStore) other = NULL;
  g_autoptr(RiayaInstitution) house = NULL;
  g_autoptr(RiayaInstitution) same = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *each = NULL;
  g_autofree char *once = NULL;

  set_profile (fixture->store, RIAYA_PROFILE_DIRECTOR);
  house = add_house (fixture->store, "TNG/2020/001", "house-uuid");
  fill_register (fixture->store, house);

  other = riaya_store_open (other_path, &error);
  g_assert_no_error (error);
  set_profile (other, RIAYA_PROFILE_DIRECTOR);
  same = add_house (other, "TNG/2020/001", "house-uuid");

  g_assert_true (_riaya_store_begin (other, &error));
  _riaya_store_set_counts_deferred (other, TRUE);
  fill_register (other, same);
  g_assert_cmpint (raw_query_int (other_path, "SELECT count (*) FROM resident_counts"), ==, 0);
  g_assert_true (_riaya_store_recompute_counts (other, "house-uuid", NULL, &error));
  g_assert_no_error (error);
  _riaya_store_set_counts_deferred (other, FALSE);
  g_assert_true (_riaya_store_commit (other, &error));

  each = dup_counts_tables (fixture->path);
  once = dup_counts_tables (other_path);
  g_assert_cmpstr (each, ==, once);
  g_assert_cmpuint (strlen (each), >, 0);

  /* And the check finds them consistent. */
  g_assert_true (riaya_store_check (other, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Admits one more pupil, a girl of 12, on @admitted_on. */
static void
admit_late (RiayaStore *store,
            const char *institution_uuid,
            const char *admitted_on)
{
  g_autoptr(RiayaResident) resident = riaya_resident_new ();
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(GError) error = NULL;

  riaya_resident_set_uuid (resident, "late-person");
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, "Late");
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, "Alaoui");
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, "2009-12-15");
  riaya_resident_set_sex (resident, RIAYA_SEX_FEMALE);
  stay = riaya_stay_new (resident);
  riaya_stay_set_uuid (stay, "late-stay");
  riaya_stay_set_institution_uuid (stay, institution_uuid);
  riaya_stay_set_category (stay, RIAYA_CATEGORY_PUPIL);
  riaya_stay_set_admitted_on (stay, admitted_on);
  riaya_stay_set_referral (stay, RIAYA_REFERRAL_FAMILY);
  g_assert_true (riaya_store_admit (store, stay, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_no_error (error);
}

/* A change rewrites only what differs from the stored counts: whatever
 * they held from its date on — a line altered, one missing, one of a
 * code unknown, a count of another source, of a day with no change or
 * after today, movements altered or extra — the result is exactly the
 * counts of the register recomputed whole, and the check finds nothing;
 * what lies before the date is left alone. */
static void
test_rewrite_matches_recompute (StoreFixture  *fixture,
                                gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *path = g_strdup (fixture->path);
  g_autoptr(RiayaStore) other = NULL;
  g_autoptr(RiayaInstitution) house = NULL;
  g_autoptr(RiayaInstitution) same = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rewritten = NULL;
  g_autofree char *recomputed = NULL;

  set_profile (fixture->store, RIAYA_PROFILE_DIRECTOR);
  house = add_house (fixture->store, "TNG/2020/001", "house-uuid");
  fill_register (fixture->store, house);

  /* Counts and movements altered by hand, from 2021-12-01 on. */
  g_clear_object (&fixture->store);
  raw_exec (path, "UPDATE resident_counts SET source = 'import' WHERE counted_on = '2022-07-01'");
  raw_exec (path, "UPDATE resident_count_lines SET present = present + 5 WHERE counted_on = '2022-01-10'");
  raw_exec (path, "DELETE FROM resident_count_lines WHERE counted_on = '2022-03-01' AND sex = 'f'");
  raw_exec (path, "INSERT INTO resident_count_lines VALUES ('house-uuid', '2022-05-01', 'pupil', 'm', 'x', 2)");
  raw_exec (path, "INSERT INTO resident_counts (institution_uuid, counted_on, source)"
                  " VALUES ('house-uuid', '2022-02-15', 'import')");
  raw_exec (path, "INSERT INTO resident_count_lines VALUES ('house-uuid', '2022-02-15', 'pupil', 'm', '6-11', 4)");
  raw_exec (path, "INSERT INTO resident_counts (institution_uuid, counted_on, source)"
                  " VALUES ('house-uuid', '2099-01-01', 'import')");
  raw_exec (path, "UPDATE resident_movements SET count = 7 WHERE period_start = '2022-01-01' AND movement = 'exit'");
  raw_exec (path, "UPDATE resident_movements SET source = 'import' WHERE period_start = '2022-07-01'");
  raw_exec (path, "INSERT INTO resident_movements VALUES ('house-uuid', '2022-04-01', '2022-04-30', 'admission',"
                  " 'family', 'pupil', 'f', 3, 'import')");
  /* Before the date: left as it is. */
  raw_exec (path, "UPDATE resident_count_lines SET present = 9 WHERE counted_on = '2021-10-01' AND sex = 'm'");
  fixture->store = riaya_store_open (path, &error);
  g_assert_no_error (error);

  /* Backdated: every snapshot from 2021-12-01 changes by one girl. */
  admit_late (fixture->store, "house-uuid", "2021-12-01");
  ASSERT_COUNTS (fixture->store, "house-uuid", "2021-10-01", "2021-10-01: pupil m 6-11 9, pupil f 12-17 1");
  raw_exec (path, "UPDATE resident_count_lines SET present = 1 WHERE counted_on = '2021-10-01' AND sex = 'm'");

  /* The same register, its counts computed once. */
  other = riaya_store_open (other_path, &error);
  g_assert_no_error (error);
  set_profile (other, RIAYA_PROFILE_DIRECTOR);
  same = add_house (other, "TNG/2020/001", "house-uuid");
  g_assert_true (_riaya_store_begin (other, &error));
  _riaya_store_set_counts_deferred (other, TRUE);
  fill_register (other, same);
  admit_late (other, "house-uuid", "2021-12-01");
  g_assert_true (_riaya_store_recompute_counts (other, "house-uuid", NULL, &error));
  g_assert_no_error (error);
  _riaya_store_set_counts_deferred (other, FALSE);
  g_assert_true (_riaya_store_commit (other, &error));

  rewritten = dup_counts_tables (path);
  recomputed = dup_counts_tables (other_path);
  g_assert_cmpstr (rewritten, ==, recomputed);
  g_assert_null (strstr (rewritten, "import"));

  g_assert_true (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* ---- counts put by import ------------------------------------------------- */

static GArray *
count_lines (const RiayaCountLine *lines,
             guint                 n)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));

  g_array_append_vals (array, lines, n);
  return array;
}

static guint
total_in (GHashTable *table,
          const char *uuid)
{
  RiayaPresence *presence = g_hash_table_lookup (table, uuid);

  g_assert_nonnull (presence);
  return riaya_presence_total (presence);
}

static void
test_put_counts_national (StoreFixture  *fixture,
                          gconstpointer  data)
{
  RiayaStore *store = fixture->store;
  g_autoptr(RiayaInstitution) first = NULL;
  g_autoptr(RiayaInstitution) second = NULL;
  g_autoptr(RiayaInstitution) third = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const RiayaCountLine january[] = {
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, 30 },
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, 5 },   /* adds up */
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, RIAYA_AGE_BAND_18_24, 3 },
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, RIAYA_AGE_BAND_6_11, 0 },  /* nobody: no line */
  };
  const RiayaCountLine february[] = {
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, 44 },
  };
  const RiayaCountLine other[] = {
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, RIAYA_AGE_BAND_12_17, 12 },
  };
  const RiayaCountLine any_sex[] = {
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_ANY, RIAYA_AGE_BAND_12_17, 12 },
  };
  g_autoptr(GArray) lines = NULL;

  set_profile (store, RIAYA_PROFILE_NATIONAL);
  first = add_house (store, "TNG/2020/001", NULL);
  second = add_house (store, "TNG/2020/002", NULL);
  third = add_house (store, "TNG/2020/003", NULL);

  lines = count_lines (january, G_N_ELEMENTS (january));
  g_assert_true (riaya_store_put_counts (store, riaya_institution_get_uuid (first), "2024-01-01", lines, &error));
  g_assert_no_error (error);
  g_clear_pointer (&lines, g_array_unref);
  lines = count_lines (february, G_N_ELEMENTS (february));
  g_assert_true (riaya_store_put_counts (store, riaya_institution_get_uuid (first), "2024-02-01", lines, &error));
  g_clear_pointer (&lines, g_array_unref);
  lines = count_lines (other, G_N_ELEMENTS (other));
  g_assert_true (riaya_store_put_counts (store, riaya_institution_get_uuid (second), "2024-01-15", lines, &error));
  g_assert_no_error (error);
  g_clear_pointer (&lines, g_array_unref);
  /* The third has a count of nobody: known, and zero. */
  lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  g_assert_true (riaya_store_put_counts (store, riaya_institution_get_uuid (third), "2024-01-20", lines, &error));
  g_assert_no_error (error);

  ASSERT_COUNTS (store, riaya_institution_get_uuid (first), "2024-01-31",
                 "2024-01-01: pupil m 12-17 35, pupil f 18-24 3");
  ASSERT_COUNTS (store, riaya_institution_get_uuid (first), "2024-02-01", "2024-02-01: pupil m 12-17 44");
  ASSERT_COUNTS (store, riaya_institution_get_uuid (third), "2024-03-01", "2024-01-20:");

  /* Occupancy for every institution in one call, each from its latest
   * count on or before the date; none before the first count. */
  {
    g_autoptr(GHashTable) presence = riaya_store_presence_on (store, "2023-12-31", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_hash_table_size (presence), ==, 0);
  }
  {
    g_autoptr(GHashTable) presence = riaya_store_presence_on (store, "2024-01-16", NULL, &error);
    g_assert_cmpuint (g_hash_table_size (presence), ==, 2);
    g_assert_cmpuint (total_in (presence, riaya_institution_get_uuid (first)), ==, 38);
    g_assert_cmpuint (total_in (presence, riaya_institution_get_uuid (second)), ==, 12);
  }
  {
    g_autoptr(GHashTable) presence = riaya_store_presence_on (store, "2024-02-01", NULL, &error);
    RiayaPresence *one = g_hash_table_lookup (presence, riaya_institution_get_uuid (first));

    g_assert_cmpuint (g_hash_table_size (presence), ==, 3);
    g_assert_cmpuint (one->present[RIAYA_CATEGORY_PUPIL][0], ==, 44);
    g_assert_cmpuint (one->present[RIAYA_CATEGORY_PUPIL][1], ==, 0);
    g_assert_cmpuint (total_in (presence, riaya_institution_get_uuid (third)), ==, 0);
  }

  /* The list of institutions shows it: 44 boys for 40 places is over. */
  listed = riaya_store_list_institutions (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (listed, i);
      const char *number = riaya_institution_get_licence_number (institution);

      g_assert_nonnull (riaya_institution_get_presence (institution));
      if (g_str_equal (number, "TNG/2020/001"))
        {
          g_assert_cmpuint (riaya_institution_get_present (institution), ==, 44);
          g_assert_true (riaya_institution_is_over_capacity (institution));
        }
      else
        g_assert_false (riaya_institution_is_over_capacity (institution));
    }

  /* A count of the same date replaces the earlier one. */
  g_clear_pointer (&lines, g_array_unref);
  lines = count_lines (other, G_N_ELEMENTS (other));
  g_assert_true (riaya_store_put_counts (store, riaya_institution_get_uuid (first), "2024-02-01", lines, &error));
  ASSERT_COUNTS (store, riaya_institution_get_uuid (first), "2024-02-01", "2024-02-01: pupil f 12-17 12");
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count (*) FROM resident_counts WHERE source = 'import'"),
                   ==, 4);

  /* Refusals change nothing. */
  before = riaya_store_dup_content_digest (store);
  g_clear_pointer (&lines, g_array_unref);
  lines = count_lines (any_sex, G_N_ELEMENTS (any_sex));
  g_assert_false (riaya_store_put_counts (store, riaya_institution_get_uuid (first), "2024-03-01", lines, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE);
  g_clear_error (&error);
  g_assert_false (riaya_store_put_counts (store, "no-such-institution", "2024-03-01", lines, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&lines, g_array_unref);
  lines = count_lines (other, G_N_ELEMENTS (other));
  g_assert_false (riaya_store_put_counts (store, riaya_institution_get_uuid (first), "2999-01-01", lines, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE);
  g_clear_error (&error);
  g_assert_false (riaya_store_put_counts (store, riaya_institution_get_uuid (first), "2024-02-30", lines, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);
}

static void
test_put_movements (StoreFixture  *fixture,
                    gconstpointer  data)
{
  RiayaStore *store = fixture->store;
  g_autoptr(RiayaInstitution) house = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const RiayaMovementLine march[] = {
    { TRUE, RIAYA_REFERRAL_COURT_ORDER, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 2 },
    { TRUE, RIAYA_REFERRAL_COURT_ORDER, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 1 },
    { FALSE, RIAYA_EXIT_REASON_FAMILY, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 4 },
  };
  const RiayaMovementLine april[] = {
    { FALSE, RIAYA_EXIT_REASON_DEATH, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 1 },
  };
  const RiayaMovementLine bad[] = {
    { FALSE, RIAYA_N_EXIT_REASONS, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 1 },
  };
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (RiayaMovementLine));
  const char *uuid;

  set_profile (store, RIAYA_PROFILE_DELEGATE);
  house = add_house (store, "TNG/2020/001", NULL);
  uuid = riaya_institution_get_uuid (house);

  g_array_append_vals (lines, march, G_N_ELEMENTS (march));
  g_assert_true (riaya_store_put_movements (store, uuid, "2024-03-01", "2024-03-31", lines, &error));
  g_assert_no_error (error);
  g_array_set_size (lines, 0);
  g_array_append_vals (lines, april, G_N_ELEMENTS (april));
  g_assert_true (riaya_store_put_movements (store, uuid, "2024-04-01", "2024-04-30", lines, &error));
  g_assert_no_error (error);

  ASSERT_MOVEMENTS (store, uuid, "2024-03-01", "2024-03-31", "in court-order pupil m 3, out family pupil f 4");
  ASSERT_MOVEMENTS (store, uuid, "2024-01-01", "2024-12-31",
                    "in court-order pupil m 3, out family pupil f 4, out death pupil m 1");

  /* The same period again replaces it. */
  g_assert_true (riaya_store_put_movements (store, uuid, "2024-03-01", "2024-03-31", lines, &error));
  ASSERT_MOVEMENTS (store, uuid, "2024-01-01", "2024-12-31", "out death pupil m 2");

  before = riaya_store_dup_content_digest (store);
  g_assert_false (riaya_store_put_movements (store, uuid, "2024-05-31", "2024-05-01", lines, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_array_set_size (lines, 0);
  g_array_append_vals (lines, bad, G_N_ELEMENTS (bad));
  g_assert_false (riaya_store_put_movements (store, uuid, "2024-05-01", "2024-05-31", lines, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE);
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);
}

/* A director's counts come from the register only. */
static void
test_has_register (StoreFixture  *fixture,
                   gconstpointer  data)
{
  RiayaStore *store = fixture->store;
  g_autoptr(RiayaInstitution) house = NULL;
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  g_autoptr(GArray) movements = g_array_new (FALSE, TRUE, sizeof (RiayaMovementLine));
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const RiayaCountLine line = { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, 3 };
  const RiayaMovementLine movement = { TRUE, RIAYA_REFERRAL_FAMILY, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 3 };

  set_profile (store, RIAYA_PROFILE_DIRECTOR);
  house = add_house (store, "TNG/2020/001", NULL);
  g_array_append_val (counts, line);
  g_array_append_val (movements, movement);
  before = riaya_store_dup_content_digest (store);

  g_assert_false (riaya_store_put_counts (store, riaya_institution_get_uuid (house), "2024-01-01", counts, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_HAS_REGISTER);
  g_assert_nonnull (strstr (error->message, "register"));
  g_clear_error (&error);

  g_assert_false (riaya_store_put_movements (store, riaya_institution_get_uuid (house), "2024-01-01", "2024-01-31",
                                             movements, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_HAS_REGISTER);
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  /* Nor can the register's recomputation run elsewhere. */
  set_profile (store, RIAYA_PROFILE_NATIONAL);
  g_assert_false (_riaya_store_recompute_counts (store, NULL, NULL, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NO_REGISTER);
}

/* Whether presence_on (every institution, and each one alone) on @on gives
 * what the lines of each institution's latest count on or before @on add
 * up to, category by category and sex by sex: it reads a summary of the
 * lines kept on the count, which must never drift from them. */
static void
assert_presence_is_sum_of_lines (RiayaStore *store,
                                 const char *path,
                                 const char *on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) presence = riaya_store_presence_on (store, on, NULL, &error);
  g_autofree char *counted = g_strdup_printf ("SELECT count (DISTINCT institution_uuid) FROM resident_counts"
                                              " WHERE counted_on <= '%s'", on);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_no_error (error);
  g_assert_cmpint (g_hash_table_size (presence), ==, raw_query_int (path, counted));
  g_hash_table_iter_init (&iter, presence);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const RiayaPresence *all = value;
      g_autoptr(GHashTable) one = riaya_store_presence_on (store, on, key, &error);
      const RiayaPresence *alone;

      g_assert_no_error (error);
      alone = g_hash_table_lookup (one, key);
      g_assert_nonnull (alone);
      for (int c = 0; c < RIAYA_N_CATEGORIES; c++)
        for (int s = 0; s < 2; s++)
          {
            g_autofree char *sql = g_strdup_printf ("SELECT coalesce (sum (present), 0) FROM resident_count_lines"
                                                    " WHERE institution_uuid = '%s' AND category = '%s'"
                                                    " AND sex = '%s' AND counted_on = (SELECT max (counted_on)"
                                                    " FROM resident_counts WHERE institution_uuid = '%s'"
                                                    " AND counted_on <= '%s')",
                                                    (const char *) key, riaya_category_to_code (c),
                                                    s == 0 ? "m" : "f", (const char *) key, on);
            int expected = raw_query_int (path, sql);

            g_assert_cmpint (all->present[c][s], ==, expected);
            g_assert_cmpint (alone->present[c][s], ==, expected);
          }
    }
}

/* After admissions and exits (director), after counts put and replaced
 * (national), occupancy is the sum of the lines on every date around the
 * changes; a summary corrupted by hand is found by the check. */
static void
test_presence_summary (StoreFixture  *fixture,
                       gconstpointer  data)
{
  const char *dates[] = { "2021-08-31", "2021-09-01", "2021-10-04", "2021-10-05", "2022-01-10",
                          "2022-03-01", "2022-07-01", "2023-06-30", "2023-07-01", "2030-01-01" };
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(RiayaStore) other = NULL;
  g_autoptr(RiayaInstitution) house = NULL;
  g_autoptr(RiayaInstitution) first = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  const RiayaCountLine january[] = {
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, 30 },
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_6_11, 5 },
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, RIAYA_AGE_BAND_18_24, 3 },
  };
  const RiayaCountLine replaced[] = {
    { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, RIAYA_AGE_BAND_12_17, 12 },
  };
  char *path = fixture->path;

  set_profile (fixture->store, RIAYA_PROFILE_DIRECTOR);
  house = add_house (fixture->store, "TNG/2020/001", NULL);
  fill_register (fixture->store, house);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    assert_presence_is_sum_of_lines (fixture->store, path, dates[i]);
  g_assert_true (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  other = riaya_store_open (other_path, &error);
  g_assert_no_error (error);
  set_profile (other, RIAYA_PROFILE_NATIONAL);
  first = add_house (other, "TNG/2020/001", NULL);
  lines = count_lines (january, G_N_ELEMENTS (january));
  g_assert_true (riaya_store_put_counts (other, riaya_institution_get_uuid (first), "2024-01-01", lines, &error));
  g_assert_no_error (error);
  assert_presence_is_sum_of_lines (other, other_path, "2024-01-01");
  {
    g_autoptr(GHashTable) presence = riaya_store_presence_on (other, "2024-01-01", NULL, &error);

    g_assert_cmpuint (total_in (presence, riaya_institution_get_uuid (first)), ==, 38);
  }
  g_clear_pointer (&lines, g_array_unref);
  lines = count_lines (replaced, G_N_ELEMENTS (replaced));
  g_assert_true (riaya_store_put_counts (other, riaya_institution_get_uuid (first), "2024-01-01", lines, &error));
  g_assert_no_error (error);
  assert_presence_is_sum_of_lines (other, other_path, "2024-01-01");
  {
    g_autoptr(GHashTable) presence = riaya_store_presence_on (other, "2024-01-01", NULL, &error);
    RiayaPresence *one = g_hash_table_lookup (presence, riaya_institution_get_uuid (first));

    g_assert_cmpuint (one->present[RIAYA_CATEGORY_PUPIL][0], ==, 0);
    g_assert_cmpuint (one->present[RIAYA_CATEGORY_PUPIL][1], ==, 12);
  }
  g_assert_true (riaya_store_check (other, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_object (&other);

  /* A summary changed by hand, its lines left alone. */
  raw_exec (other_path, "UPDATE resident_counts SET p_pupil_f = 13");
  other = riaya_store_open (other_path, &error);
  g_assert_no_error (error);
  g_assert_false (riaya_store_check (other, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "TNG/2020/001"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "summary"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  ADD ("/store/counts/from-register", test_counts_from_register);
  ADD ("/store/counts/match-list-of-present", test_counts_match_list_of_present);
  ADD ("/store/counts/movements-from-register", test_movements_from_register);
  ADD ("/store/counts/recompute-from-the-change", test_recompute_from_the_change);
  ADD ("/store/counts/deferred-recompute", test_deferred_recompute);
  ADD ("/store/counts/rewrite-matches-recompute", test_rewrite_matches_recompute);
  ADD ("/store/counts/put-counts-national", test_put_counts_national);
  ADD ("/store/counts/put-movements", test_put_movements);
  ADD ("/store/counts/has-register", test_has_register);
  ADD ("/store/counts/presence-summary", test_presence_summary);

  return g_test_run ();
}
