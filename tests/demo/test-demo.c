/* test-demo.c — the demo data: national scale, realistic, deterministic
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a newcomer sees after "load demo data" must look like the national
 * registry (reports.md): these tests check the shape a national staff
 * member would check first — counts, places, the spread over provinces and
 * types, licence histories that make sense — and that the same scale
 * always gives the same registry.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "riaya-demo.h"
#include "riaya-store.h"
#include "riaya-store-residents.h"

static char *tmp_dir;
static RiayaStore *national;  /* loaded once at scale 1, shared */
static RiayaStore *director;  /* a director's demo, loaded once, shared */

/* The demo's last day: its "today", after which nothing happens. */
#define LAST_DAY "2025-12-31"

static RiayaStore *
open_store_as (const char   *name,
               RiayaProfile  profile,
               const char   *province_code)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (path, &error);

  g_assert_no_error (error);
  riaya_store_set_actor (store, "demo-test");
  riaya_store_set_profile (store, profile, province_code, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&store);
}

static RiayaStore *
open_store (const char *name)
{
  return open_store_as (name, RIAYA_PROFILE_NATIONAL, NULL);
}

static RiayaStore *
national_store (void)
{
  if (national == NULL)
    {
      g_autoptr(GError) error = NULL;
      gint64 start;

      national = open_store ("national.db");
      start = g_get_monotonic_time ();
      g_assert_true (riaya_demo_load (national, 1, &error));
      g_assert_no_error (error);
      g_test_message ("scale 1 loaded in %.2f s", (g_get_monotonic_time () - start) / 1e6);
    }

  return national;
}

/* Everything a person sees of the registry, institution by institution,
 * identifiers included; timestamps left out. */
static char *
describe_registry (RiayaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      GListModel *events = riaya_institution_get_events (institution);
      GListModel *lines = riaya_institution_get_capacity_lines (institution);

      g_string_append_printf (text, "%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%u|%u|%u\n",
                              riaya_institution_get_uuid (institution),
                              riaya_institution_get_licence_number (institution),
                              riaya_institution_get_licence_date (institution),
                              riaya_legal_basis_to_code (riaya_institution_get_legal_basis (institution)),
                              riaya_institution_type_to_code (riaya_institution_get_institution_type (institution)),
                              riaya_institution_get_name_ar (institution),
                              riaya_institution_get_name_fr (institution),
                              riaya_institution_get_founder (institution),
                              riaya_institution_get_director (institution),
                              riaya_institution_get_province_code (institution),
                              riaya_institution_get_commune (institution),
                              riaya_institution_get_address (institution),
                              riaya_institution_get_phone (institution),
                              riaya_institution_get_services (institution),
                              riaya_institution_get_staff (institution, RIAYA_STAFF_EDUCATOR),
                              riaya_institution_get_places (institution));
      for (guint e = 0; e < g_list_model_get_n_items (events); e++)
        {
          g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, e);

          g_string_append_printf (text, "  event %s %s %s %s %s\n",
                                  riaya_licence_event_get_uuid (event),
                                  riaya_licence_event_kind_to_code (riaya_licence_event_get_kind (event)),
                                  riaya_licence_event_get_date (event),
                                  riaya_licence_event_get_deadline (event),
                                  riaya_licence_event_get_note (event));
        }
      for (guint l = 0; l < g_list_model_get_n_items (lines); l++)
        {
          g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, l);

          g_string_append_printf (text, "  capacity %s %s %s %u %s\n",
                                  riaya_capacity_line_get_uuid (line),
                                  riaya_category_to_code (riaya_capacity_line_get_category (line)),
                                  riaya_sex_to_code (riaya_capacity_line_get_sex (line)),
                                  riaya_capacity_line_get_places (line),
                                  riaya_capacity_line_get_effective_date (line));
        }
    }

  return g_string_free (text, FALSE);
}

/* The counts of the last day and the year's admissions and exits of
 * every institution, as a national user reads them. */
static char *
describe_counts (RiayaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      const char *uuid = riaya_institution_get_uuid (institution);
      g_autofree char *counted_on = NULL;
      g_autoptr(GArray) counts = riaya_store_get_counts (store, uuid, "2025-12-31", &counted_on, &error);
      g_autoptr(GArray) movements = NULL;

      g_assert_no_error (error);
      movements = riaya_store_get_movements (store, uuid, "2025-01-01", "2025-12-31", &error);
      g_assert_no_error (error);

      g_string_append_printf (text, "%s %s:", uuid, counted_on);
      for (guint c = 0; c < counts->len; c++)
        {
          RiayaCountLine *line = &g_array_index (counts, RiayaCountLine, c);

          g_string_append_printf (text, " %s/%s/%s=%u", riaya_category_to_code (line->category),
                                  riaya_sex_to_code (line->sex), riaya_age_band_to_code (line->age_band),
                                  line->present);
        }
      for (guint m = 0; m < movements->len; m++)
        {
          RiayaMovementLine *line = &g_array_index (movements, RiayaMovementLine, m);

          g_string_append_printf (text, " %s/%s/%s/%s=%u", line->admission ? "in" : "out",
                                  line->admission ? riaya_referral_to_code (line->reason)
                                                  : riaya_exit_reason_to_code (line->reason),
                                  riaya_category_to_code (line->category), riaya_sex_to_code (line->sex),
                                  line->count);
        }
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
test_national_scale (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  g_autoptr(GListModel) all_provinces = riaya_store_list_provinces (store, NULL);
  g_autoptr(GHashTable) provinces_used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) licences = g_hash_table_new (g_str_hash, g_str_equal);
  guint n, places = 0, student_houses = 0, student_house_places = 0;
  guint by_basis[RIAYA_N_LEGAL_BASES] = { 0 }, by_status[RIAYA_N_LICENCE_STATUSES] = { 0 };
  guint by_type[RIAYA_N_INSTITUTION_TYPES] = { 0 };
  guint without_director = 0, enlarged = 0, bilingual = 0, late_65_15 = 0;

  g_assert_no_error (error);
  g_assert_true (riaya_store_is_demo (store));

  n = g_list_model_get_n_items (institutions);
  g_test_message ("%u institutions", n);
  g_assert_cmpuint (n, >=, 1200);
  g_assert_cmpuint (n, <=, 1400);
  g_assert_cmpuint (riaya_store_count_institutions (store), ==, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      RiayaInstitutionType type = riaya_institution_get_institution_type (institution);
      const char *licence_date = riaya_institution_get_licence_date (institution);
      guint here = riaya_institution_get_places (institution);

      places += here;
      by_type[type]++;
      if (type == RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE)
        {
          student_houses++;
          student_house_places += here;
        }
      by_basis[riaya_institution_get_legal_basis (institution)]++;
      by_status[riaya_institution_get_status (institution)]++;
      g_hash_table_add (provinces_used, (gpointer) riaya_institution_get_province_code (institution));
      g_assert_true (g_hash_table_add (licences, (gpointer) riaya_institution_get_licence_number (institution)));

      /* Law 65.15 applies only since its decree of 24 February 2021. */
      if (riaya_institution_get_legal_basis (institution) == RIAYA_LEGAL_BASIS_65_15)
        {
          g_assert_cmpstr (licence_date, >=, "2021-02-24");
          late_65_15++;
        }
      g_assert_cmpstr (licence_date, <=, "2025-12-31");

      if (riaya_institution_get_director (institution) == NULL)
        {
          without_director++;
          g_assert_cmpuint (riaya_institution_get_staff (institution, RIAYA_STAFF_DIRECTOR), ==, 0);
        }
      if (riaya_institution_get_places_on (institution, licence_date) < here)
        enlarged++;
      if (riaya_institution_get_name_ar (institution) != NULL && riaya_institution_get_name_fr (institution) != NULL)
        bilingual++;

      /* Each history and each capacity line passes the rules of core, as
       * the store's own check will say again below. */
      g_assert_true (riaya_licence_check_history (riaya_institution_get_events (institution),
                                                  licence_date, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (riaya_institution_validate (institution, NULL, &error));
      g_assert_no_error (error);
    }

  g_test_message ("%u places, %u student houses (%u places), %u under Law 65.15",
                  places, student_houses, student_house_places, by_basis[RIAYA_LEGAL_BASIS_65_15]);
  g_test_message ("statuses: %u active, %u warned, %u reprimanded, %u suspended, %u withdrawn, %u closed",
                  by_status[RIAYA_LICENCE_STATUS_ACTIVE], by_status[RIAYA_LICENCE_STATUS_WARNED],
                  by_status[RIAYA_LICENCE_STATUS_REPRIMANDED], by_status[RIAYA_LICENCE_STATUS_SUSPENDED],
                  by_status[RIAYA_LICENCE_STATUS_WITHDRAWN], by_status[RIAYA_LICENCE_STATUS_CLOSED]);
  g_test_message ("%u without a director, %u enlarged since their licence", without_director, enlarged);

  g_assert_cmpuint (places, >=, 100000);
  g_assert_cmpuint (places, <=, 130000);
  g_assert_cmpuint (student_houses * 100, >=, n * 70);
  g_assert_cmpuint (student_houses * 100, <=, n * 80);
  /* Student houses are bigger than most: about 80 places each. */
  g_assert_cmpuint (student_house_places / student_houses, >=, 70);
  g_assert_cmpuint (student_house_places / student_houses, <=, 95);

  /* Every prefecture and province of the reference has institutions. */
  g_assert_cmpuint (g_list_model_get_n_items (all_provinces), ==, 75);
  g_assert_cmpuint (g_hash_table_size (provinces_used), ==, 75);

  /* Every type exists, the others far fewer than student houses. */
  for (guint t = 0; t < RIAYA_N_INSTITUTION_TYPES; t++)
    g_assert_cmpuint (by_type[t], >, 0);

  g_assert_cmpuint (by_basis[RIAYA_LEGAL_BASIS_14_05], >, by_basis[RIAYA_LEGAL_BASIS_65_15]);
  g_assert_cmpuint (late_65_15, >, 0);
  g_assert_cmpuint (by_status[RIAYA_LICENCE_STATUS_WARNED], >, 0);
  g_assert_cmpuint (by_status[RIAYA_LICENCE_STATUS_REPRIMANDED], >, 0);
  g_assert_cmpuint (by_status[RIAYA_LICENCE_STATUS_SUSPENDED] + by_status[RIAYA_LICENCE_STATUS_WITHDRAWN], >, 0);
  g_assert_cmpuint (by_status[RIAYA_LICENCE_STATUS_ACTIVE], >, n * 8 / 10);
  g_assert_cmpuint (without_director, >, 0);
  g_assert_cmpuint (without_director, <, n / 10);
  g_assert_cmpuint (enlarged, >, 0);
  g_assert_cmpuint (bilingual, ==, n);
}

static void
test_events_and_capacity (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  guint by_kind[RIAYA_N_LICENCE_EVENT_KINDS] = { 0 };
  guint girls = 0, boys = 0, mixed = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      GListModel *events = riaya_institution_get_events (institution);
      g_autoptr(GPtrArray) lines = riaya_capacity_lines_on (riaya_institution_get_capacity_lines (institution), NULL);
      RiayaInstitutionType type = riaya_institution_get_institution_type (institution);
      gboolean has_m = FALSE, has_f = FALSE;

      for (guint e = 0; e < g_list_model_get_n_items (events); e++)
        {
          g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, e);
          RiayaLicenceEventKind kind = riaya_licence_event_get_kind (event);

          by_kind[kind]++;
          /* Art. 34: a warning or a reprimand gives a deadline. */
          if (kind == RIAYA_LICENCE_EVENT_WARNING || kind == RIAYA_LICENCE_EVENT_REPRIMAND)
            g_assert_nonnull (riaya_licence_event_get_deadline (event));
        }

      for (guint l = 0; l < lines->len; l++)
        {
          RiayaCapacityLine *line = g_ptr_array_index (lines, l);

          /* Specialisation, Law 65.15 art. 3. */
          g_assert_true (riaya_institution_type_serves (type, riaya_capacity_line_get_category (line)));
          g_assert_cmpuint (riaya_capacity_line_get_places (line), >, 0);
          has_m |= riaya_capacity_line_get_sex (line) == RIAYA_SEX_MALE;
          has_f |= riaya_capacity_line_get_sex (line) == RIAYA_SEX_FEMALE;
        }

      if (type == RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE)
        {
          const char *name = riaya_institution_get_name_fr (institution);

          if (has_m && has_f)
            mixed++;
          else if (has_f)
            girls++;
          else
            boys++;
          /* Dar Taliba takes girls, Dar Talib boys. */
          if (g_str_has_prefix (name, "Dar Taliba "))
            g_assert_true (has_f && !has_m);
          else if (g_str_has_prefix (name, "Dar Talib et Taliba "))
            g_assert_true (has_f && has_m);
          else
            g_assert_true (g_str_has_prefix (name, "Dar Talib ") && has_m && !has_f);
        }
    }

  g_test_message ("student houses: %u boys, %u girls, %u mixed", boys, girls, mixed);
  g_test_message ("events: %u granted, %u modified, %u warnings, %u reprimands, %u suspensions, "
                  "%u withdrawals, %u closures, %u reopenings",
                  by_kind[RIAYA_LICENCE_EVENT_GRANTED], by_kind[RIAYA_LICENCE_EVENT_MODIFIED],
                  by_kind[RIAYA_LICENCE_EVENT_WARNING], by_kind[RIAYA_LICENCE_EVENT_REPRIMAND],
                  by_kind[RIAYA_LICENCE_EVENT_SUSPENDED], by_kind[RIAYA_LICENCE_EVENT_WITHDRAWN],
                  by_kind[RIAYA_LICENCE_EVENT_CLOSED], by_kind[RIAYA_LICENCE_EVENT_REOPENED]);

  g_assert_cmpuint (boys, >, 0);
  g_assert_cmpuint (girls, >, 0);
  g_assert_cmpuint (mixed, >, 0);
  g_assert_cmpuint (by_kind[RIAYA_LICENCE_EVENT_GRANTED], ==, g_list_model_get_n_items (institutions));
  for (guint k = 0; k < RIAYA_N_LICENCE_EVENT_KINDS; k++)
    g_assert_cmpuint (by_kind[k], >, 0);
}

static void
test_store_check_clean (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean clean = riaya_store_check (store, &problems, &error);

  g_assert_no_error (error);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_test_message ("problem: %s", (const char *) g_ptr_array_index (problems, i));
  g_assert_true (clean);
  g_assert_true (problems == NULL || problems->len == 0);
}

/* Two loads into two databases give the same registry, UUIDs included.
 * The content digest cannot prove it: it covers the creation and
 * journal timestamps, which differ from one load to the next; the
 * listing of everything a person sees does. */
static void
test_deterministic (void)
{
  g_autoptr(RiayaStore) again = open_store ("again.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL;
  g_autofree char *digest_first = NULL, *digest_second = NULL;

  g_assert_true (riaya_demo_load (again, 1, &error));
  g_assert_no_error (error);

  first = describe_registry (national_store ());
  second = describe_registry (again);
  g_assert_cmpuint (strlen (first), >, 100000);
  g_assert_cmpstr (first, ==, second);
  g_clear_pointer (&first, g_free);
  g_clear_pointer (&second, g_free);

  first = describe_counts (national_store ());
  second = describe_counts (again);
  g_assert_cmpuint (strlen (first), >, 100000);
  g_assert_cmpstr (first, ==, second);

  digest_first = riaya_store_dup_content_digest (national_store ());
  digest_second = riaya_store_dup_content_digest (again);
  g_test_message ("content digests %s (they cover timestamps)",
                  g_strcmp0 (digest_first, digest_second) == 0 ? "equal" : "differ");
}

static guint64
sum_places (GListModel *institutions)
{
  guint64 places = 0;

  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);

      places += riaya_institution_get_places (institution);
    }

  return places;
}

/* --scale N multiplies the registry: N times the institutions and the
 * places of each province, every licence number still unique (the store
 * refuses duplicates, so the load itself proves it). Checked on one
 * province, a delegate's demo: the whole registry is made at that scale
 * either way (riaya-demo.c, make_registry), and loading twice the nation
 * took two minutes of the suite under the sanitizers. */
static void
test_scale_two (void)
{
  g_autoptr(RiayaStore) once = open_store_as ("scale-one-province.db", RIAYA_PROFILE_DELEGATE, "07.351");
  g_autoptr(RiayaStore) twice = open_store_as ("scale-two-province.db", RIAYA_PROFILE_DELEGATE, "07.351");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) listed_once = NULL;
  g_autoptr(GListModel) listed_twice = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  guint64 places_once, places_twice;
  guint n_once, n_twice;

  g_assert_true (riaya_demo_load (once, 1, &error));
  g_assert_no_error (error);
  g_assert_true (riaya_demo_load (twice, 2, &error));
  g_assert_no_error (error);
  listed_once = riaya_store_list_institutions (once, &error);
  g_assert_no_error (error);
  listed_twice = riaya_store_list_institutions (twice, &error);
  g_assert_no_error (error);

  n_once = g_list_model_get_n_items (listed_once);
  n_twice = g_list_model_get_n_items (listed_twice);
  g_assert_cmpuint (n_once, >=, 5);
  g_assert_cmpuint (n_twice, ==, 2 * n_once);
  places_once = sum_places (listed_once);
  places_twice = sum_places (listed_twice);
  g_test_message ("scale 2 in the prefecture of Marrakech: %u institutions (%u at scale 1), %"
                  G_GUINT64_FORMAT " places (%" G_GUINT64_FORMAT ")",
                  n_twice, n_once, places_twice, places_once);
  g_assert_cmpuint (places_twice, >=, places_once * 15 / 10);
  g_assert_cmpuint (places_twice, <=, places_once * 25 / 10);
  g_assert_true (riaya_store_check (twice, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
assert_refused_unchanged (RiayaStore *store,
                          guint       scale,
                          GQuark      domain,
                          int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (store);
  g_autofree char *after = NULL;
  guint count = riaya_store_count_institutions (store);

  g_assert_false (riaya_demo_load (store, scale, &error));
  g_assert_error (error, domain, code);
  g_test_message ("refused: %s", error->message);

  after = riaya_store_dup_content_digest (store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (riaya_store_count_institutions (store), ==, count);
}

static void
test_refuses_non_empty (void)
{
  g_autoptr(RiayaStore) store = open_store ("one.db");
  g_autoptr(RiayaInstitution) institution = riaya_institution_new ();
  g_autoptr(GError) error = NULL;

  riaya_institution_set_licence_number (institution, "EPS-07.161-0001");
  riaya_institution_set_licence_date (institution, "2015-03-02");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_set_name_fr (institution, "Dar Taliba Chichaoua");
  riaya_institution_set_province_code (institution, "07.161");
  g_assert_true (riaya_store_add_institution (store, institution, &error));
  g_assert_no_error (error);

  /* A real registry, even of one institution, is never mixed with demo
   * data; neither is a demo registry loaded twice. */
  assert_refused_unchanged (store, 1, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_EMPTY);
  g_assert_false (riaya_store_is_demo (store));
  assert_refused_unchanged (national_store (), 1, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_EMPTY);
}

static void
test_refuses_bad_scale (void)
{
  g_autoptr(RiayaStore) store = open_store ("scale.db");

  assert_refused_unchanged (store, 0, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
  assert_refused_unchanged (store, 1000, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpuint (riaya_store_count_institutions (store), ==, 0);
  g_assert_false (riaya_store_is_demo (store));
}

/* --- People: counts for national staff and delegates ---------------- */

/* Rows of @table, read straight from the file: what the database holds,
 * whatever the store's API shows. */
static gint64
count_rows (RiayaStore *store,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 rows;

  g_assert_cmpint (sqlite3_open_v2 (riaya_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  rows = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return rows;
}

/* The last day of each quarter from the end of 2020 to the demo's last
 * day: the dates of the demo's counts. */
static GPtrArray *
quarter_ends (void)
{
  GPtrArray *ends = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (ends, g_strdup ("2020-12-31"));
  for (guint year = 2021; year <= 2025; year++)
    {
      g_ptr_array_add (ends, g_strdup_printf ("%u-03-31", year));
      g_ptr_array_add (ends, g_strdup_printf ("%u-06-30", year));
      g_ptr_array_add (ends, g_strdup_printf ("%u-09-30", year));
      g_ptr_array_add (ends, g_strdup_printf ("%u-12-31", year));
    }

  return ends;
}

static char *
day_after (const char *iso)
{
  GDate date;

  g_assert_true (riaya_date_parse (iso, &date, NULL));
  g_date_add_days (&date, 1);
  return riaya_date_to_iso (&date);
}

static void
totals_of (GArray *lines,
           guint   totals[RIAYA_N_CATEGORIES][2])
{
  memset (totals, 0, sizeof (guint) * RIAYA_N_CATEGORIES * 2);
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      RiayaCountLine *line = &g_array_index (lines, RiayaCountLine, i);

      g_assert_true (line->sex == RIAYA_SEX_MALE || line->sex == RIAYA_SEX_FEMALE);
      totals[line->category][line->sex == RIAYA_SEX_FEMALE] += line->present;
    }
}

/* What a national user sees first: every institution has a count, most
 * are between 70 % and 110 % full, and about one in ten is over capacity,
 * as the Cour des comptes found. No name anywhere. */
static void
test_national_occupancy (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  g_autoptr(GHashTable) presence = NULL;
  guint n, in_force = 0, in_range = 0, over = 0;
  guint64 present = 0, places = 0;

  g_assert_no_error (error);
  presence = riaya_store_presence_on (store, LAST_DAY, NULL, &error);
  g_assert_no_error (error);

  n = g_list_model_get_n_items (institutions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      const RiayaPresence *here = g_hash_table_lookup (presence, riaya_institution_get_uuid (institution));
      guint total, licensed = riaya_institution_get_places_on (institution, LAST_DAY);
      g_autoptr(GArray) groups = NULL;
      gboolean any_over;

      /* Every institution has a count: none is "unknown". */
      g_assert_nonnull (here);
      total = riaya_presence_total (here);
      if (!riaya_licence_status_in_force (riaya_institution_get_status_on (institution, LAST_DAY)))
        {
          /* Closed or withdrawn: its people were placed elsewhere. */
          g_assert_cmpuint (total, ==, 0);
          continue;
        }

      in_force++;
      present += total;
      places += licensed;
      if (total * 100 >= licensed * 70 && total * 100 <= licensed * 110)
        in_range++;

      groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (institution), LAST_DAY, here);
      for (guint g = 0; g < groups->len; g++)
        {
          /* People only where the licence has places for them. */
          g_assert_cmpuint (g_array_index (groups, RiayaOccupancyGroup, g).places, >, 0);
        }
      any_over = riaya_occupancy_any_over (groups);
      over += any_over;
      /* The list shows the same as the counts. */
      g_assert_cmpint (riaya_institution_is_over_capacity (institution), ==, any_over);
    }

  g_test_message ("%u institutions in force: %" G_GUINT64_FORMAT " present for %" G_GUINT64_FORMAT
                  " places, %u between 70 %% and 110 %%, %u over capacity",
                  in_force, present, places, in_range, over);
  g_assert_cmpuint (in_range * 100, >=, in_force * 90);
  g_assert_cmpuint (present * 100, >=, places * 75);
  g_assert_cmpuint (present * 100, <=, places * 100);
  g_assert_cmpuint (over * 100, >=, in_force * 8);
  g_assert_cmpuint (over * 100, <=, in_force * 12);

  /* Counts, never names: a national database holds no register. */
  g_assert_false (riaya_store_keeps_registers (store));
  g_assert_cmpint (count_rows (store, "residents"), ==, 0);
  g_assert_cmpint (count_rows (store, "stays"), ==, 0);
}

/* Each category in its age bands, each sex where the licence has places
 * for it: a boys' house counts boys. */
static void
test_national_ages_and_sexes (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  guint by_band[RIAYA_N_CATEGORIES][RIAYA_N_AGE_BANDS] = { { 0 } };
  guint by_category[RIAYA_N_CATEGORIES] = { 0 };

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      g_autoptr(GPtrArray) lines = riaya_capacity_lines_on (riaya_institution_get_capacity_lines (institution),
                                                            LAST_DAY);
      g_autofree char *counted_on = NULL;
      g_autoptr(GArray) counts = riaya_store_get_counts (store, riaya_institution_get_uuid (institution),
                                                         LAST_DAY, &counted_on, &error);
      gboolean places_for[RIAYA_N_CATEGORIES][2] = { { FALSE } };

      g_assert_no_error (error);
      g_assert_cmpstr (counted_on, ==, LAST_DAY);
      for (guint l = 0; l < lines->len; l++)
        {
          RiayaCapacityLine *line = g_ptr_array_index (lines, l);
          RiayaSex sex = riaya_capacity_line_get_sex (line);

          places_for[riaya_capacity_line_get_category (line)][0] |= sex != RIAYA_SEX_FEMALE;
          places_for[riaya_capacity_line_get_category (line)][1] |= sex != RIAYA_SEX_MALE;
        }

      for (guint c = 0; c < counts->len; c++)
        {
          RiayaCountLine *line = &g_array_index (counts, RiayaCountLine, c);

          g_assert_cmpuint (line->present, >, 0);
          g_assert_true (places_for[line->category][line->sex == RIAYA_SEX_FEMALE]);
          by_band[line->category][line->age_band] += line->present;
          by_category[line->category] += line->present;
        }
    }

#define BAND(category, band) by_band[RIAYA_CATEGORY_##category][RIAYA_AGE_BAND_##band]
  g_test_message ("pupils %u (12-17: %u), abandoned children %u (0-5: %u), elderly %u (75+: %u)",
                  by_category[RIAYA_CATEGORY_PUPIL], BAND (PUPIL, 12_17),
                  by_category[RIAYA_CATEGORY_ABANDONED_CHILD], BAND (ABANDONED_CHILD, 0_5),
                  by_category[RIAYA_CATEGORY_ELDERLY], BAND (ELDERLY, 75_PLUS));

  /* Pupils 12 to 17 mostly, some younger and older; never adults past 24. */
  g_assert_cmpuint (BAND (PUPIL, 12_17) * 100, >=, by_category[RIAYA_CATEGORY_PUPIL] * 70);
  g_assert_cmpuint (BAND (PUPIL, 6_11), >, 0);
  g_assert_cmpuint (BAND (PUPIL, 18_24), >, 0);
  g_assert_cmpuint (BAND (PUPIL, 6_11) + BAND (PUPIL, 12_17) + BAND (PUPIL, 18_24), ==,
                    by_category[RIAYA_CATEGORY_PUPIL]);
  /* Elderly people are 60 and over. */
  g_assert_cmpuint (BAND (ELDERLY, 60_74) + BAND (ELDERLY, 75_PLUS), ==, by_category[RIAYA_CATEGORY_ELDERLY]);
  g_assert_cmpuint (BAND (ELDERLY, 75_PLUS), >, 0);
  /* Abandoned children are small children mostly. */
  g_assert_cmpuint (BAND (ABANDONED_CHILD, 0_5) * 100, >=, by_category[RIAYA_CATEGORY_ABANDONED_CHILD] * 75);
  g_assert_cmpuint (BAND (ABANDONED_CHILD, 0_5) + BAND (ABANDONED_CHILD, 6_11), ==,
                    by_category[RIAYA_CATEGORY_ABANDONED_CHILD]);
  /* Women are adults. */
  g_assert_cmpuint (BAND (WOMAN, 18_24) + BAND (WOMAN, 25_59), ==, by_category[RIAYA_CATEGORY_WOMAN]);
  /* Children in protection are minors, a few young adults at most. */
  g_assert_cmpuint (BAND (CHILD, 25_59) + BAND (CHILD, 60_74) + BAND (CHILD, 75_PLUS), ==, 0);
  /* People with disabilities are of every age. */
  g_assert_cmpuint (BAND (DISABLED, 6_11), >, 0);
  g_assert_cmpuint (BAND (DISABLED, 25_59), >, 0);
#undef BAND
}

/* Five years of quarterly counts, and between two counts the admissions
 * and exits that explain the change, per category and sex. */
static void
test_national_movements (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  g_autoptr(GPtrArray) ends = quarter_ends ();
  guint64 admissions = 0, exits = 0, periods = 0;
  guint by_reason[RIAYA_N_EXIT_REASONS] = { 0 };

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      const char *uuid = riaya_institution_get_uuid (institution);
      const char *licensed = riaya_institution_get_licence_date (institution);
      guint before[RIAYA_N_CATEGORIES][2] = { { 0 } };

      for (guint q = 0; q < ends->len; q++)
        {
          const char *end = g_ptr_array_index (ends, q);
          g_autofree char *counted_on = NULL, *from = NULL;
          g_autoptr(GArray) counts = NULL;
          g_autoptr(GArray) movements = NULL;
          int change[RIAYA_N_CATEGORIES][2] = { { 0 } };
          guint after[RIAYA_N_CATEGORIES][2];

          if (g_strcmp0 (end, licensed) < 0)
            continue;

          /* A count on the last day of each quarter since the licence. */
          counts = riaya_store_get_counts (store, uuid, end, &counted_on, &error);
          g_assert_no_error (error);
          g_assert_cmpstr (counted_on, ==, end);
          totals_of (counts, after);

          if (q > 0)
            {
              from = day_after (g_ptr_array_index (ends, q - 1));
              movements = riaya_store_get_movements (store, uuid, from, end, &error);
              g_assert_no_error (error);
              periods++;
              for (guint m = 0; m < movements->len; m++)
                {
                  RiayaMovementLine *line = &g_array_index (movements, RiayaMovementLine, m);

                  change[line->category][line->sex == RIAYA_SEX_FEMALE] +=
                    line->admission ? (int) line->count : -(int) line->count;
                  if (line->admission)
                    admissions += line->count;
                  else
                    {
                      exits += line->count;
                      by_reason[line->reason] += line->count;
                    }
                }
              for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
                for (guint sex = 0; sex < 2; sex++)
                  g_assert_cmpint ((int) after[c][sex] - (int) before[c][sex], ==, change[c][sex]);
            }
          memcpy (before, after, sizeof before);
        }
    }

  g_test_message ("%" G_GUINT64_FORMAT " periods: %" G_GUINT64_FORMAT " admissions, %" G_GUINT64_FORMAT
                  " exits (%u to the family, %u transfers, %u deaths)",
                  periods, admissions, exits, by_reason[RIAYA_EXIT_REASON_FAMILY],
                  by_reason[RIAYA_EXIT_REASON_TRANSFER], by_reason[RIAYA_EXIT_REASON_DEATH]);
  g_assert_cmpuint (periods, >, 20 * 1200);
  g_assert_cmpuint (admissions, >, 0);
  g_assert_cmpuint (exits, >, 0);
  for (guint r = 0; r < RIAYA_N_EXIT_REASONS; r++)
    g_assert_cmpuint (by_reason[r], >, 0);
}

/* A delegate's demo is their province's part of the national one: the
 * same institutions, with the same counts. */
static void
test_delegate (void)
{
  g_autoptr(RiayaStore) store = open_store_as ("delegate.db", RIAYA_PROFILE_DELEGATE, "07.351");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = NULL;
  guint n;

  g_assert_true (riaya_demo_load (store, 1, &error));
  g_assert_no_error (error);
  g_assert_true (riaya_store_is_demo (store));
  institutions = riaya_store_list_institutions (store, &error);
  g_assert_no_error (error);

  n = g_list_model_get_n_items (institutions);
  g_test_message ("%u institutions in the prefecture of Marrakech", n);
  g_assert_cmpuint (n, >=, 5);
  g_assert_cmpuint (n, <, 100);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      const char *uuid = riaya_institution_get_uuid (institution);
      g_autoptr(RiayaInstitution) same = riaya_store_get_institution (national_store (), uuid, &error);
      g_autoptr(GArray) here = NULL, there = NULL;
      g_autoptr(GArray) moved_here = NULL, moved_there = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (riaya_institution_get_province_code (institution), ==, "07.351");
      g_assert_cmpstr (riaya_institution_get_licence_number (institution), ==,
                       riaya_institution_get_licence_number (same));

      here = riaya_store_get_counts (store, uuid, LAST_DAY, NULL, &error);
      g_assert_no_error (error);
      there = riaya_store_get_counts (national_store (), uuid, LAST_DAY, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (here->len, >, 0);
      g_assert_cmpuint (here->len, ==, there->len);
      g_assert_cmpmem (here->data, here->len * sizeof (RiayaCountLine),
                       there->data, there->len * sizeof (RiayaCountLine));

      moved_here = riaya_store_get_movements (store, uuid, "2021-01-01", LAST_DAY, &error);
      g_assert_no_error (error);
      moved_there = riaya_store_get_movements (national_store (), uuid, "2021-01-01", LAST_DAY, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (moved_here->len, ==, moved_there->len);
      g_assert_cmpmem (moved_here->data, moved_here->len * sizeof (RiayaMovementLine),
                       moved_there->data, moved_there->len * sizeof (RiayaMovementLine));
    }

  g_assert_cmpint (count_rows (store, "residents"), ==, 0);
}

/* --- People: registers for a director ------------------------------- */

static RiayaStore *
director_store (void)
{
  if (director == NULL)
    {
      g_autoptr(GError) error = NULL;
      gint64 start;

      director = open_store_as ("director.db", RIAYA_PROFILE_DIRECTOR, NULL);
      start = g_get_monotonic_time ();
      g_assert_true (riaya_demo_load (director, 1, &error));
      g_assert_no_error (error);
      g_test_message ("director's demo loaded in %.2f s", (g_get_monotonic_time () - start) / 1e6);
    }

  return director;
}

/* The whole register of every institution, as a reader of the printed
 * register would compare two of them. The UUIDs the store gives to the
 * stays that transfers begin are left out: they are the store's own. */
static char *
describe_registers (RiayaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      g_autoptr(GListModel) stays = riaya_store_list_stays (store, riaya_institution_get_uuid (institution),
                                                           NULL, &error);

      g_assert_no_error (error);
      g_string_append_printf (text, "%s %s\n", riaya_institution_get_licence_number (institution),
                              riaya_institution_get_name_fr (institution));
      for (guint s = 0; s < g_list_model_get_n_items (stays); s++)
        {
          g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, s);
          RiayaResident *resident = riaya_stay_get_resident (stay);

          g_string_append_printf (text, "  %u %s %s %s %s %s %s %s", riaya_stay_get_register_number (stay),
                                  riaya_resident_get_uuid (resident),
                                  riaya_category_to_code (riaya_stay_get_category (stay)),
                                  riaya_stay_get_admitted_on (stay),
                                  riaya_referral_to_code (riaya_stay_get_referral (stay)),
                                  riaya_stay_get_exited_on (stay),
                                  riaya_stay_get_exited_on (stay) != NULL
                                    ? riaya_exit_reason_to_code (riaya_stay_get_exit_reason (stay)) : "-",
                                  riaya_stay_get_destination_licence (stay));
          for (RiayaResidentField f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
            if (f != RIAYA_RESIDENT_FIELD_SEX)
              g_string_append_printf (text, "|%s", riaya_resident_get_field (resident, f));
          g_string_append_c (text, '\n');
        }
    }

  return g_string_free (text, FALSE);
}

static guint
year_of (const char *iso)
{
  return (guint) g_ascii_strtoull (iso, NULL, 10);
}

static guint
month_of (const char *iso)
{
  return (guint) g_ascii_strtoull (iso + 5, NULL, 10);
}

/* A few houses of different types in one province, each with a register
 * of five years: numbered entries in order, every field of decree
 * 2.19.693 art. 11 that applies filled, ages and reasons that fit the
 * category. */
static void
test_director_registers (void)
{
  RiayaStore *store = director_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  guint n, types = 0, stays_in_all = 0;
  guint pupil_exits = 0, pupil_exits_june = 0, elderly_exits = 0, elderly_death_or_family = 0;
  guint child_referrals = 0, child_court = 0, pupil_referrals = 0, pupil_family_or_local = 0;
  guint adults = 0, minors = 0, came_back = 0;
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_no_error (error);
  g_assert_true (riaya_store_is_demo (store));
  g_assert_true (riaya_store_keeps_registers (store));

  n = g_list_model_get_n_items (institutions);
  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpuint (n, <=, 4);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      g_autoptr(RiayaInstitution) first = g_list_model_get_item (institutions, 0);
      g_autoptr(GListModel) stays = riaya_store_list_stays (store, riaya_institution_get_uuid (institution),
                                                           NULL, &error);
      RiayaInstitutionType type = riaya_institution_get_institution_type (institution);
      guint admitted_in[2026 - 2020] = { 0 }, exited_in[2026 - 2020] = { 0 };
      const char *previous = "";
      guint m;

      g_assert_no_error (error);
      /* Different types, one province. */
      g_assert_false (types & (1u << type));
      types |= 1u << type;
      g_assert_cmpstr (riaya_institution_get_province_code (institution), ==,
                       riaya_institution_get_province_code (first));

      m = g_list_model_get_n_items (stays);
      g_test_message ("%s: %u entries", riaya_institution_get_name_fr (institution), m);
      g_assert_cmpuint (m, >=, 50);
      stays_in_all += m;

      for (guint s = 0; s < m; s++)
        {
          g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, s);
          RiayaResident *resident = riaya_stay_get_resident (stay);
          RiayaCategory category = riaya_stay_get_category (stay);
          const char *admitted = riaya_stay_get_admitted_on (stay);
          const char *exited = riaya_stay_get_exited_on (stay);
          const char *cnie = riaya_resident_get_cnie (resident);
          int age = riaya_resident_age_on (resident, admitted);

          /* Numbered in sequence, in the order of admission (art. 28). */
          g_assert_cmpuint (riaya_stay_get_register_number (stay), ==, s + 1);
          g_assert_cmpstr (admitted, >=, previous);
          previous = admitted;
          g_assert_true (riaya_institution_type_serves (type, category));
          g_assert_cmpstr (admitted, <=, LAST_DAY);
          if (year_of (admitted) >= 2021)
            admitted_in[year_of (admitted) - 2020]++;
          if (exited != NULL)
            {
              g_assert_cmpstr (exited, >, "2020-12-31");
              g_assert_cmpstr (exited, <=, LAST_DAY);
              g_assert_cmpstr (exited, >=, admitted);
              exited_in[year_of (exited) - 2020]++;
            }

          g_assert_nonnull (riaya_resident_get_first_name (resident));
          g_assert_nonnull (riaya_resident_get_last_name (resident));
          g_assert_nonnull (riaya_resident_get_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_PLACE));
          g_assert_nonnull (riaya_resident_get_field (resident, RIAYA_RESIDENT_FIELD_FAMILY_STATUS));
          g_assert_nonnull (riaya_resident_get_field (resident, RIAYA_RESIDENT_FIELD_HEALTH_STATUS));
          g_assert_true (riaya_resident_validate (resident, NULL, &error));
          g_assert_no_error (error);

          /* The CNIE is for adults only; minors have a guardian. */
          g_assert_cmpint (age, >=, 0);
          if (age < 18)
            {
              minors++;
              g_assert_null (cnie);
              g_assert_nonnull (riaya_resident_get_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_NAME));
            }
          else if (cnie != NULL)
            {
              adults++;
              g_assert_true (riaya_validate_cnie (cnie, NULL));
              g_assert_true (g_ascii_isdigit (cnie[strlen (cnie) - 1]));
            }

          switch (category)
            {
            case RIAYA_CATEGORY_PUPIL:
              g_assert_cmpint (age, >=, 6);
              g_assert_cmpint (age, <=, 24);
              pupil_referrals++;
              pupil_family_or_local += riaya_stay_get_referral (stay) == RIAYA_REFERRAL_FAMILY ||
                                       riaya_stay_get_referral (stay) == RIAYA_REFERRAL_LOCAL_AUTHORITY;
              if (exited != NULL)
                {
                  RiayaExitReason reason = riaya_stay_get_exit_reason (stay);

                  pupil_exits++;
                  pupil_exits_june += month_of (exited) == 6 && (reason == RIAYA_EXIT_REASON_FAMILY ||
                                                                 reason == RIAYA_EXIT_REASON_AUTONOMY);
                }
              break;
            case RIAYA_CATEGORY_CHILD:
              g_assert_cmpint (age, <, 18);
              child_referrals++;
              child_court += riaya_stay_get_referral (stay) == RIAYA_REFERRAL_COURT_ORDER;
              break;
            case RIAYA_CATEGORY_ABANDONED_CHILD:
              g_assert_cmpint (age, <=, 5);
              break;
            case RIAYA_CATEGORY_ELDERLY:
              g_assert_cmpint (age, >=, 60);
              if (exited != NULL)
                {
                  RiayaExitReason reason = riaya_stay_get_exit_reason (stay);

                  elderly_exits++;
                  elderly_death_or_family += reason == RIAYA_EXIT_REASON_DEATH || reason == RIAYA_EXIT_REASON_FAMILY;
                }
              break;
            case RIAYA_CATEGORY_DISABLED:
            case RIAYA_CATEGORY_HOMELESS:
            case RIAYA_CATEGORY_WOMAN:
            case RIAYA_N_CATEGORIES:
            default:
              g_assert_not_reached ();
            }

          if (!g_hash_table_add (people, (gpointer) g_intern_string (riaya_resident_get_uuid (resident))))
            came_back++;
        }

      /* Five years of history: admissions and exits every year. */
      for (guint year = 2021; year <= 2025; year++)
        {
          g_assert_cmpuint (admitted_in[year - 2020], >, 0);
          g_assert_cmpuint (exited_in[year - 2020], >, 0);
        }
    }

  g_test_message ("%u entries for %u people (%u minors, %u adults with a CNIE); "
                  "pupils: %u of %u exits in June; elderly: %u of %u exits by death or to the family",
                  stays_in_all, g_hash_table_size (people), minors, adults,
                  pupil_exits_june, pupil_exits, elderly_death_or_family, elderly_exits);
  g_assert_cmpuint (pupil_exits_june * 100, >=, pupil_exits * 75);
  g_assert_cmpuint (elderly_death_or_family * 100, >=, elderly_exits * 75);
  g_assert_cmpuint (child_court * 100, >=, child_referrals * 50);
  g_assert_cmpuint (pupil_family_or_local * 100, >=, pupil_referrals * 80);
  g_assert_cmpuint (adults, >, 0);
  /* Some people have more than one stay: transfers and returns. */
  g_assert_cmpuint (came_back, >, 0);
}

/* A transfer between two of the houses moves the person in one step:
 * the stay left and the stay begun point at each other. */
static void
test_director_transfers (void)
{
  RiayaStore *store = director_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  guint within = 0, elsewhere = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      g_autoptr(GListModel) stays = riaya_store_list_stays (store, riaya_institution_get_uuid (institution),
                                                           NULL, &error);

      g_assert_no_error (error);
      for (guint s = 0; s < g_list_model_get_n_items (stays); s++)
        {
          g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, s);
          g_autoptr(RiayaStay) begun = NULL;
          g_autoptr(GListModel) history = NULL;
          const char *to = riaya_stay_get_transfer_to_uuid (stay);

          if (riaya_stay_get_exited_on (stay) == NULL ||
              riaya_stay_get_exit_reason (stay) != RIAYA_EXIT_REASON_TRANSFER)
            continue;
          if (to == NULL)
            {
              /* Elsewhere: the destination's licence number. */
              g_assert_nonnull (riaya_stay_get_destination_licence (stay));
              elsewhere++;
              continue;
            }

          within++;
          begun = riaya_store_get_stay (store, to, &error);
          g_assert_no_error (error);
          g_assert_cmpstr (riaya_stay_get_transfer_from_uuid (begun), ==, riaya_stay_get_uuid (stay));
          g_assert_cmpstr (riaya_stay_get_institution_uuid (begun), !=, riaya_stay_get_institution_uuid (stay));
          /* The stay left names the destination by its licence number. */
          {
            g_autoptr(RiayaInstitution) destination =
              riaya_store_get_institution (store, riaya_stay_get_institution_uuid (begun), &error);

            g_assert_no_error (error);
            g_assert_cmpstr (riaya_stay_get_destination_licence (stay), ==,
                             riaya_institution_get_licence_number (destination));
          }
          g_assert_cmpstr (riaya_stay_get_admitted_on (begun), ==, riaya_stay_get_exited_on (stay));
          g_assert_cmpint (riaya_stay_get_category (begun), ==, riaya_stay_get_category (stay));
          g_assert_cmpint (riaya_stay_get_referral (begun), ==, RIAYA_REFERRAL_TRANSFER);
          g_assert_cmpstr (riaya_resident_get_uuid (riaya_stay_get_resident (begun)), ==,
                           riaya_resident_get_uuid (riaya_stay_get_resident (stay)));

          /* The person's history shows both stays, oldest first. */
          history = riaya_store_list_resident_stays (store,
                                                     riaya_resident_get_uuid (riaya_stay_get_resident (stay)),
                                                     &error);
          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (history), >=, 2);
        }
    }

  g_test_message ("%u transfers between the houses, %u elsewhere", within, elsewhere);
  g_assert_cmpuint (within, >=, 1);
  g_assert_cmpuint (elsewhere, >=, 1);
}

/* Today every house is between 70 % and 105 % full, one of them just over
 * its places in one group; the counts are those the register gives. */
static void
test_director_occupancy (void)
{
  RiayaStore *store = director_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  g_autofree char *today = riaya_date_today_iso ();
  g_autoptr(GHashTable) presence = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  guint over = 0;

  g_assert_no_error (error);
  presence = riaya_store_presence_on (store, today, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      const char *uuid = riaya_institution_get_uuid (institution);
      const RiayaPresence *here = g_hash_table_lookup (presence, uuid);
      g_autoptr(GListModel) present = riaya_store_list_stays (store, uuid, today, &error);
      guint places = riaya_institution_get_places_on (institution, today);
      g_autoptr(GArray) groups = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (here);
      /* The count is the register's: the people present today. */
      g_assert_cmpuint (riaya_presence_total (here), ==, g_list_model_get_n_items (present));
      g_test_message ("%s: %u present for %u places", riaya_institution_get_name_fr (institution),
                      riaya_presence_total (here), places);
      g_assert_cmpuint (riaya_presence_total (here) * 100, >=, places * 70);
      g_assert_cmpuint (riaya_presence_total (here) * 100, <=, places * 105);

      groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (institution), today, here);
      if (riaya_occupancy_any_over (groups))
        {
          over++;
          for (guint g = 0; g < groups->len; g++)
            {
              RiayaOccupancyGroup *group = &g_array_index (groups, RiayaOccupancyGroup, g);

              /* Slightly: a place or two. */
              g_assert_cmpuint (group->present, <=, group->places + 2);
            }
        }
    }
  g_assert_cmpuint (over, ==, 1);

  /* The stored counts are a recomputation from the register. */
  g_assert_true (riaya_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_true (problems == NULL || problems->len == 0);
}

/* Two director's demos are the same registers, names and dates included. */
static void
test_director_deterministic (void)
{
  g_autoptr(RiayaStore) again = open_store_as ("director-again.db", RIAYA_PROFILE_DIRECTOR, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL;

  g_assert_true (riaya_demo_load (again, 1, &error));
  g_assert_no_error (error);

  first = describe_registers (director_store ());
  second = describe_registers (again);
  g_assert_cmpuint (strlen (first), >, 50000);
  g_assert_cmpstr (first, ==, second);
  assert_refused_unchanged (again, 1, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_EMPTY);
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

  tmp_dir = g_dir_make_tmp ("riaya-demo-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/demo/national-scale", test_national_scale);
  g_test_add_func ("/demo/events-and-capacity", test_events_and_capacity);
  g_test_add_func ("/demo/store-check-clean", test_store_check_clean);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/scale-two", test_scale_two);
  g_test_add_func ("/demo/refuses-non-empty", test_refuses_non_empty);
  g_test_add_func ("/demo/refuses-bad-scale", test_refuses_bad_scale);
  g_test_add_func ("/demo/national/occupancy", test_national_occupancy);
  g_test_add_func ("/demo/national/ages-and-sexes", test_national_ages_and_sexes);
  g_test_add_func ("/demo/national/movements", test_national_movements);
  g_test_add_func ("/demo/delegate", test_delegate);
  g_test_add_func ("/demo/director/registers", test_director_registers);
  g_test_add_func ("/demo/director/transfers", test_director_transfers);
  g_test_add_func ("/demo/director/occupancy", test_director_occupancy);
  g_test_add_func ("/demo/director/deterministic", test_director_deterministic);

  status = g_test_run ();

  g_clear_object (&national);
  g_clear_object (&director);
  remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
