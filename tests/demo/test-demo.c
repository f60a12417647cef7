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
#include <string.h>

#include "riaya-demo.h"
#include "riaya-store.h"

static char *tmp_dir;
static RiayaStore *national;  /* loaded once at scale 1, shared */

static RiayaStore *
open_store (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (path, &error);

  g_assert_no_error (error);
  riaya_store_set_actor (store, "demo-test");
  riaya_store_set_profile (store, RIAYA_PROFILE_NATIONAL, NULL, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&store);
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

  digest_first = riaya_store_dup_content_digest (national_store ());
  digest_second = riaya_store_dup_content_digest (again);
  g_test_message ("content digests %s (they cover timestamps)",
                  g_strcmp0 (digest_first, digest_second) == 0 ? "equal" : "differ");
}

/* --scale N multiplies the registry: N times the institutions and the
 * places, every licence number still unique (the store refuses
 * duplicates, so the load itself proves it), every province used. */
static void
test_scale_two (void)
{
  g_autoptr(RiayaStore) store = open_store ("scale-two.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) twice = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GListModel) once = riaya_store_list_institutions (national_store (), &error);
  guint64 places_once = 0, places_twice = 0;
  guint n_once, n_twice;

  g_assert_no_error (error);
  g_assert_true (riaya_demo_load (store, 2, &error));
  g_assert_no_error (error);
  twice = riaya_store_list_institutions (store, &error);
  g_assert_no_error (error);

  n_once = g_list_model_get_n_items (once);
  n_twice = g_list_model_get_n_items (twice);
  g_assert_cmpuint (n_twice, ==, 2 * n_once);
  for (guint i = 0; i < n_once; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (once, i);

      places_once += riaya_institution_get_places (institution);
    }
  for (guint i = 0; i < n_twice; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (twice, i);

      places_twice += riaya_institution_get_places (institution);
    }
  g_test_message ("scale 2: %u institutions, %" G_GUINT64_FORMAT " places", n_twice, places_twice);
  g_assert_cmpuint (places_twice, >=, places_once * 18 / 10);
  g_assert_cmpuint (places_twice, <=, places_once * 22 / 10);
  g_assert_true (riaya_store_check (store, &problems, &error));
  g_assert_no_error (error);
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

  status = g_test_run ();

  g_clear_object (&national);
  remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
