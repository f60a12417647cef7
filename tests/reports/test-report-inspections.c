/* test-report-inspections.c — inspections by region, figures by hand
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The published table "institutions audited by region and period": per
 * region the provinces covered, the institutions visited (each once,
 * however many visits) and the visits made, valid or not, from the first
 * day to the last, both included. Visits only planned, visits outside the
 * period and visits of a deleted institution count for nothing. Every
 * date is fixed; the report changes nothing.
 */

#include "config.h"

#include <string.h>

#include "pdf-test-util.h"
#include "riaya-report.h"
#include "riaya-store-inspections.h"

typedef struct
{
  char       *dir;
  RiayaStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("riaya-inspections-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "riaya.db", NULL);
  fixture->store = riaya_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static RiayaInstitution *
add_house (Fixture    *fixture,
           const char *licence,
           const char *province)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 40,
                                                               "2020-01-15");
  g_autoptr(GError) error = NULL;

  riaya_institution_set_licence_number (institution, licence);
  riaya_institution_set_licence_date (institution, "2020-01-15");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_65_15);
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_set_name_fr (institution, licence);
  riaya_institution_set_province_code (institution, province);
  riaya_institution_add_capacity_line (institution, line);

  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_no_error (error);
  return institution;
}

/* A visit on @date: done with @present of 5 members present, or only
 * planned when @present is 0. */
static void
add_visit (Fixture          *fixture,
           RiayaInstitution *institution,
           const char       *date,
           guint             present)
{
  g_autoptr(RiayaInspection) visit = riaya_inspection_new (riaya_institution_get_uuid (institution), date,
                                                           RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(GError) error = NULL;

  if (present > 0)
    {
      riaya_inspection_set_done_on (visit, date);
      riaya_inspection_set_members_invited (visit, 5);
      riaya_inspection_set_members_present (visit, present);
    }
  g_assert_true (riaya_store_add_inspection (fixture->store, visit, &error));
  g_assert_no_error (error);
}

/* Region 01: three institutions in two prefectures and a province;
 * region 04: two. */
static void
make_visits (Fixture *fixture)
{
  g_autoptr(RiayaInstitution) tanger_a = add_house (fixture, "T-1", "01.511");
  g_autoptr(RiayaInstitution) tanger_b = add_house (fixture, "T-2", "01.511");
  g_autoptr(RiayaInstitution) tetouan = add_house (fixture, "T-3", "01.571");
  g_autoptr(RiayaInstitution) larache = add_house (fixture, "T-4", "01.331");
  g_autoptr(RiayaInstitution) sale = add_house (fixture, "S-1", "04.441");
  g_autoptr(RiayaInstitution) rabat = add_house (fixture, "S-2", "04.421");
  g_autoptr(RiayaInstitution) gone = add_house (fixture, "S-3", "04.281");
  g_autoptr(GError) error = NULL;

  /* T-1 twice, once without a majority: two visits, one institution. */
  add_visit (fixture, tanger_a, "2024-03-12", 4);
  add_visit (fixture, tanger_a, "2024-10-02", 2);
  /* T-2 visited in 2023 only, and a visit planned in 2024. */
  add_visit (fixture, tanger_b, "2023-12-31", 3);
  add_visit (fixture, tanger_b, "2024-11-20", 0);
  add_visit (fixture, tetouan, "2024-01-01", 3);
  /* T-4: nothing. S-1 on the last day; S-2 the day after the period. */
  add_visit (fixture, sale, "2024-12-31", 5);
  add_visit (fixture, rabat, "2025-01-01", 5);
  /* S-3 visited, then deleted: in no list. */
  add_visit (fixture, gone, "2024-06-01", 5);
  g_assert_true (riaya_store_delete_institution (fixture->store, riaya_institution_get_uuid (gone), &error));
  g_assert_no_error (error);
  (void) larache;
}

static RiayaTable *
build (Fixture     *fixture,
       const char  *from,
       const char  *to,
       const char  *today,
       GError     **error)
{
  RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;

  params.from = from;
  params.to = to;
  params.today = today;
  return riaya_report_build (riaya_report_lookup ("inspections-by-region"), fixture->store, &params, error);
}

/* The CSV of 2024, by hand: 01 covers Tanger-Assilah and Tétouan, T-1
 * and T-3, three visits; 04 covers Salé, S-1, one visit. */
static const char expected_2024[] =
  "region_code,region,provinces,institutions,visits\r\n"
  "01,Tanger-Tétouan-Al Hoceima,2,2,3\r\n"
  "02,Oriental,0,0,0\r\n"
  "03,Fès-Meknès,0,0,0\r\n"
  "04,Rabat-Salé-Kénitra,1,1,1\r\n"
  "05,Béni Mellal-Khénifra,0,0,0\r\n"
  "06,Casablanca-Settat,0,0,0\r\n"
  "07,Marrakech-Safi,0,0,0\r\n"
  "08,Drâa-Tafilalet,0,0,0\r\n"
  "09,Souss-Massa,0,0,0\r\n"
  "10,Guelmim-Oued Noun,0,0,0\r\n"
  "11,Laâyoune-Sakia El Hamra,0,0,0\r\n"
  "12,Dakhla-Oued Ed-Dahab,0,0,0\r\n"
  "total,,3,3,4\r\n";

static void
test_by_hand (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(RiayaTable) defaults = NULL;
  g_autoptr(RiayaTable) from_only = NULL;
  g_autoptr(RiayaTable) day = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *after = NULL;

  make_visits (fixture);
  digest = riaya_store_dup_content_digest (fixture->store);

  table = build (fixture, "2024-01-01", "2024-12-31", "2026-01-05", &error);
  g_assert_no_error (error);
  csv = riaya_table_to_csv (table);
  g_assert_cmpstr (csv, ==, expected_2024);
  g_assert_cmpstr (riaya_table_get_parameter (table, "from"), ==, "2024-01-01");
  g_assert_cmpstr (riaya_table_get_parameter (table, "to"), ==, "2024-12-31");

  /* JSON: counts as numbers, the total its own member. */
  json = riaya_table_to_json (table);
  g_assert_nonnull (strstr (json, "\"report\": \"inspections-by-region\""));
  g_assert_nonnull (strstr (json, "\"from\": \"2024-01-01\""));
  g_assert_nonnull (strstr (json, "\"visits\": 4"));

  /* By default the calendar year of today; with only the first day, to
   * the end of its year. */
  defaults = build (fixture, NULL, NULL, "2024-06-15", &error);
  g_assert_no_error (error);
  g_clear_pointer (&csv, g_free);
  csv = riaya_table_to_csv (defaults);
  g_assert_cmpstr (csv, ==, expected_2024);
  from_only = build (fixture, "2024-06-01", NULL, "2026-01-05", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_table_get_parameter (from_only, "to"), ==, "2024-12-31");
  /* T-1's October visit and S-1's: two regions, two visits. */
  g_assert_cmpint (riaya_table_get_integer (from_only, RIAYA_TABLE_TOTAL, 4), ==, 2);
  g_assert_cmpint (riaya_table_get_integer (from_only, 0, 4), ==, 1);
  g_assert_cmpint (riaya_table_get_integer (from_only, 3, 4), ==, 1);

  /* One day: the first and last days are both in. */
  day = build (fixture, "2025-01-01", "2025-01-01", "2026-01-05", &error);
  g_assert_no_error (error);
  g_assert_cmpint (riaya_table_get_integer (day, 3, 2), ==, 1);
  g_assert_cmpint (riaya_table_get_integer (day, RIAYA_TABLE_TOTAL, 4), ==, 1);

  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, digest);
}

/* Periods that are not one: refused with a sentence that says what to
 * do, nothing changed. */
static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const struct
  {
    const char *from;
    const char *to;
    int         code;
    const char *words;
  } cases[] = {
    { "2024-12-31", "2024-01-01", RIAYA_VALIDATION_ERROR_DATE_ORDER, "give the dates in order" },
    { "2024-02-30", NULL, RIAYA_VALIDATION_ERROR_FORMAT, "2024-02-30" },
    { NULL, "31/12/2024", RIAYA_VALIDATION_ERROR_FORMAT, "year-month-day" },
  };

  make_visits (fixture);
  before = riaya_store_dup_content_digest (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RiayaTable) table = build (fixture, cases[i].from, cases[i].to, "2024-06-15", &error);

      g_assert_null (table);
      g_assert_error (error, RIAYA_VALIDATION_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].words) == NULL)
        g_error ("“%s” is not in “%s”", cases[i].words, error->message);
    }

  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  FIXTURE_TEST ("/inspections-by-region/by-hand", test_by_hand);
  FIXTURE_TEST ("/inspections-by-region/refusals", test_refusals);

  return g_test_run ();
}
