/* test-report-regions.c — the tables by region on dates around events
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * institutions-by-region, capacity-by-region and occupancy-by-region
 * count the institutions whose licence is in force on the date. What the
 * law makes of the days around an event, checked on both sides:
 *
 *  - a withdrawal or a suspension takes effect on the day it is dated
 *    (Law 65.15 arts 31, 34): an institution withdrawn on 1 March is
 *    counted on 29 February, not on 1 March nor on 2 March; reopened, it
 *    counts again from the day of the reopening;
 *  - a change of capacity dated 1 July counts at its new value from 1
 *    July (the latest line on or before the date);
 *  - an institution licensed on 1 September counts from 1 September;
 *  - a deleted institution never counts, on any date.
 *
 * Each date is read twice: from the histories (a date before the latest
 * record) and from the state the store keeps (a date after everything).
 */

#include "config.h"

#include <string.h>

#include "pdf-test-util.h"
#include "riaya-report.h"
#include "riaya-store-residents.h"

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

  fixture->dir = g_dir_make_tmp ("riaya-regions-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "riaya.db", NULL);
  fixture->store = riaya_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_NATIONAL, NULL, &error));
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

static char *
add_institution (Fixture              *fixture,
                 const char           *licence,
                 const char           *licence_date,
                 RiayaInstitutionType  type,
                 RiayaCategory         category,
                 RiayaSex              sex,
                 guint                 places,
                 const char           *province)
{
  g_autoptr(RiayaInstitution) institution = riaya_institution_new ();
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (category, sex, places, licence_date);
  g_autoptr(GError) error = NULL;

  riaya_institution_set_licence_number (institution, licence);
  riaya_institution_set_licence_date (institution, licence_date);
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_institution_type (institution, type);
  riaya_institution_set_name_fr (institution, licence);
  riaya_institution_set_province_code (institution, province);
  riaya_institution_add_capacity_line (institution, line);

  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_no_error (error);
  return g_strdup (riaya_institution_get_uuid (institution));
}

static void
add_event (Fixture               *fixture,
           const char            *uuid,
           RiayaLicenceEventKind  kind,
           const char            *date)
{
  g_autoptr(RiayaLicenceEvent) event = riaya_licence_event_new (kind, date, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_add_licence_event (fixture->store, uuid, event, &error));
  g_assert_no_error (error);
}

static void
add_places (Fixture       *fixture,
            const char    *uuid,
            RiayaCategory  category,
            RiayaSex       sex,
            guint          places,
            const char    *date)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (lines, riaya_capacity_line_new (category, sex, places, date));
  g_assert_true (riaya_store_add_capacity_lines (fixture->store, uuid, lines, &error));
  g_assert_no_error (error);
}

static void
add_count (Fixture       *fixture,
           const char    *uuid,
           const char    *date,
           RiayaCategory  category,
           RiayaSex       sex,
           guint          present)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (RiayaCountLine));
  RiayaCountLine line = { category, sex, RIAYA_AGE_BAND_12_17, present };
  g_autoptr(GError) error = NULL;

  g_array_append_val (lines, line);
  g_assert_true (riaya_store_put_counts (fixture->store, uuid, date, lines, &error));
  g_assert_no_error (error);
}

static RiayaTable *
build (Fixture    *fixture,
       const char *name,
       const char *on,
       const char *region)
{
  RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;
  g_autoptr(GError) error = NULL;
  RiayaTable *table;

  params.on = on;
  params.region = region;
  params.today = "2026-01-15";
  table = riaya_report_build (riaya_report_lookup (name), fixture->store, &params, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static char *
csv_of (Fixture    *fixture,
        const char *name,
        const char *on,
        const char *region)
{
  g_autoptr(RiayaTable) table = build (fixture, name, on, region);

  return riaya_table_to_csv (table);
}

/* The total row's last cell: the kingdom's count. */
static gint64
total_of (Fixture    *fixture,
          const char *name,
          const char *on)
{
  g_autoptr(RiayaTable) table = build (fixture, name, on, NULL);

  return riaya_table_get_integer (table, RIAYA_TABLE_TOTAL, riaya_table_get_n_columns (table) - 1);
}

/* Souss-Massa (09): a student house for boys in Agadir, and one for
 * girls in Tiznit withdrawn on 1 March 2024; Tanger (01): a home for
 * elderly people suspended on 1 May 2024 and reopened on 1 June; Oriental
 * (02): a women's home licensed on 1 September 2024; Fès (03): a kafala
 * home deleted. The Agadir house grows from 40 to 60 places on 1 July
 * 2024. */
static void
make_registry (Fixture *fixture)
{
  g_autofree char *agadir = add_institution (fixture, "A-1", "2015-09-01", RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE,
                                             RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 40, "09.001");
  g_autofree char *tiznit = add_institution (fixture, "A-2", "2016-09-01", RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE,
                                             RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 30, "09.581");
  g_autofree char *tanger = add_institution (fixture, "B-1", "2012-03-15", RIAYA_INSTITUTION_TYPE_ELDERLY,
                                             RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 25, "01.511");
  g_autofree char *oujda = add_institution (fixture, "C-1", "2024-09-01", RIAYA_INSTITUTION_TYPE_WOMEN,
                                            RIAYA_CATEGORY_WOMAN, RIAYA_SEX_FEMALE, 12, "02.411");
  g_autofree char *fes = add_institution (fixture, "D-1", "2010-01-01", RIAYA_INSTITUTION_TYPE_KAFALA,
                                          RIAYA_CATEGORY_ABANDONED_CHILD, RIAYA_SEX_ANY, 20, "03.231");
  g_autoptr(GError) error = NULL;

  add_event (fixture, tiznit, RIAYA_LICENCE_EVENT_WITHDRAWN, "2024-03-01");
  add_event (fixture, tanger, RIAYA_LICENCE_EVENT_SUSPENDED, "2024-05-01");
  add_event (fixture, tanger, RIAYA_LICENCE_EVENT_REOPENED, "2024-06-01");
  add_places (fixture, agadir, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 60, "2024-07-01");
  g_assert_true (riaya_store_delete_institution (fixture->store, fes, &error));
  g_assert_no_error (error);
}

static void
test_licence_events (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct
  {
    const char *on;
    gint64      institutions;
    gint64      places;
  } days[] = {
    /* Agadir 40, Tiznit 30, Tanger 25. */
    { "2024-02-29", 3, 95 },
    /* Tiznit withdrawn that day. */
    { "2024-03-01", 2, 65 },
    { "2024-03-02", 2, 65 },
    { "2024-04-30", 2, 65 },
    /* Tanger suspended that day, reopened a month later. */
    { "2024-05-01", 1, 40 },
    { "2024-05-31", 1, 40 },
    { "2024-06-01", 2, 65 },
    /* Agadir's 60 places from 1 July. */
    { "2024-06-30", 2, 65 },
    { "2024-07-01", 2, 85 },
    /* Oujda licensed on 1 September. */
    { "2024-08-31", 2, 85 },
    { "2024-09-01", 3, 97 },
    /* After everything: the state the store keeps. */
    { "2025-12-31", 3, 97 },
    /* Before the Fès home was deleted, it counts for nothing either. */
    { "2014-01-01", 1, 25 },
  };

  make_registry (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_test_message ("on %s", days[i].on);
      g_assert_cmpint (total_of (fixture, "institutions-by-region", days[i].on), ==, days[i].institutions);
      g_assert_cmpint (total_of (fixture, "capacity-by-region", days[i].on), ==, days[i].places);
    }
}

/* Every region, in code order, with its name and zeros; the total row;
 * the percentage row of the published tables. */
static void
test_layout (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RiayaTable) table = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *label = NULL;
  g_autofree char *share = NULL;

  make_registry (fixture);
  csv = csv_of (fixture, "capacity-by-region", "2024-02-29", NULL);
  g_assert_cmpstr (csv, ==,
                   "region_code,region,kafala,child-protection,student-house,disability,homeless,women,elderly,samu-social,total\r\n"
                   "01,Tanger-Tétouan-Al Hoceima,0,0,0,0,0,0,25,0,25\r\n"
                   "02,Oriental,0,0,0,0,0,0,0,0,0\r\n"
                   "03,Fès-Meknès,0,0,0,0,0,0,0,0,0\r\n"
                   "04,Rabat-Salé-Kénitra,0,0,0,0,0,0,0,0,0\r\n"
                   "05,Béni Mellal-Khénifra,0,0,0,0,0,0,0,0,0\r\n"
                   "06,Casablanca-Settat,0,0,0,0,0,0,0,0,0\r\n"
                   "07,Marrakech-Safi,0,0,0,0,0,0,0,0,0\r\n"
                   "08,Drâa-Tafilalet,0,0,0,0,0,0,0,0,0\r\n"
                   "09,Souss-Massa,0,0,70,0,0,0,0,0,70\r\n"
                   "10,Guelmim-Oued Noun,0,0,0,0,0,0,0,0,0\r\n"
                   "11,Laâyoune-Sakia El Hamra,0,0,0,0,0,0,0,0,0\r\n"
                   "12,Dakhla-Oued Ed-Dahab,0,0,0,0,0,0,0,0,0\r\n"
                   "total,,0,0,70,0,0,0,25,0,95\r\n");

  table = build (fixture, "institutions-by-region", "2024-02-29", NULL);
  g_assert_cmpuint (riaya_table_get_n_rows (table), ==, 12);
  g_assert_true (riaya_table_has_share (table));
  /* Two student houses of three institutions. */
  label = riaya_table_dup_cell_label (table, RIAYA_TABLE_SHARE, 0);
  share = riaya_table_dup_cell_label (table, RIAYA_TABLE_SHARE, 4);
  g_assert_cmpstr (label, ==, "Percentage");
  g_assert_cmpstr (share, ==, "66.7%");
  json = riaya_table_to_json (table);
  g_assert_nonnull (strstr (json, "  \"share\": {\n    \"region\": null,\n    \"kafala\": 0.0,\n"));
  g_assert_nonnull (strstr (json, "    \"elderly\": 33.3,\n    \"samu-social\": 0.0,\n    \"total\": 100.0\n  }\n}\n"));
  g_assert_cmpstr (riaya_table_get_title (table), ==, "Institutions by region");
}

/* One region's provinces and prefectures, in code order, instead of the
 * regions; refused for a code that is not a region's. */
static void
test_region (Fixture       *fixture,
             gconstpointer  data)
{
  RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(RiayaTable) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;

  make_registry (fixture);
  csv = csv_of (fixture, "institutions-by-region", "2024-02-29", "09");
  g_assert_cmpstr (csv, ==,
                   "province_code,province,kafala,child-protection,student-house,disability,homeless,women,elderly,samu-social,total\r\n"
                   "09.001,Agadir-Ida-Ou-Tanane,0,0,1,0,0,0,0,0,1\r\n"
                   "09.163,Chtouka-Aït Baha,0,0,0,0,0,0,0,0,0\r\n"
                   "09.273,Inezgane-Aït Melloul,0,0,0,0,0,0,0,0,0\r\n"
                   "09.541,Taroudannt,0,0,0,0,0,0,0,0,0\r\n"
                   "09.551,Tata,0,0,0,0,0,0,0,0,0\r\n"
                   "09.581,Tiznit,0,0,1,0,0,0,0,0,1\r\n"
                   "total,,0,0,2,0,0,0,0,0,2\r\n");

  table = build (fixture, "capacity-by-region", "2024-07-01", "09");
  g_assert_cmpstr (riaya_table_get_title (table), ==, "Capacity by province, Souss-Massa");
  g_assert_cmpstr (riaya_table_get_parameter (table, "region"), ==, "09");
  json = riaya_table_to_json (table);
  g_assert_nonnull (strstr (json, "\"parameters\": {\n    \"on\": \"2024-07-01\",\n    \"region\": \"09\"\n  }"));
  g_assert_cmpint (riaya_table_get_integer (table, RIAYA_TABLE_TOTAL, 10), ==, 60);

  params.on = "2024-07-01";
  params.today = "2026-01-15";
  for (guint i = 0; i < 3; i++)
    {
      static const char * const codes[] = { "13", "09.001", "" };

      params.region = codes[i];
      refused = riaya_report_build (riaya_report_lookup ("occupancy-by-region"), fixture->store, &params, &error);
      g_assert_null (refused);
      g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE);
      g_assert_nonnull (strstr (error->message, "01 to 12"));
      g_clear_error (&error);
    }
}

/* Places and people present in the institutions in force that sent a
 * count on or before the date; the rate of the total row is the
 * kingdom's, not an average of the regions'. */
static void
test_occupancy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(RiayaTable) provinces = NULL;
  g_autofree char *agadir = add_institution (fixture, "A-1", "2015-09-01", RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE,
                                             RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 40, "09.001");
  g_autofree char *tiznit = add_institution (fixture, "A-2", "2016-09-01", RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE,
                                             RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 30, "09.581");
  g_autofree char *tanger = add_institution (fixture, "B-1", "2012-03-15", RIAYA_INSTITUTION_TYPE_ELDERLY,
                                             RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 200, "01.511");
  g_autofree char *silent = add_institution (fixture, "B-2", "2012-03-15", RIAYA_INSTITUTION_TYPE_ELDERLY,
                                             RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 50, "01.511");
  g_autofree char *csv = NULL;
  g_autofree char *rate = NULL;

  /* Agadir 36 of 40 then 38; Tiznit 30 of 30, withdrawn on 1 March; Tanger
   * 100 of 200; B-2 never counted. */
  add_count (fixture, agadir, "2024-01-31", RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 36);
  add_count (fixture, agadir, "2024-03-31", RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 38);
  add_count (fixture, tiznit, "2024-01-31", RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 30);
  add_count (fixture, tanger, "2024-01-31", RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, 100);
  add_event (fixture, tiznit, RIAYA_LICENCE_EVENT_WITHDRAWN, "2024-03-01");
  (void) silent;

  table = build (fixture, "occupancy-by-region", "2024-02-29", NULL);
  g_assert_false (riaya_table_has_share (table));
  csv = riaya_table_to_csv (table);
  /* 166 present of 270 places: 61.5%; the average of the regions'
   * rates (50% and 94.3%) would be 72.1%. */
  g_assert_true (g_str_has_prefix (csv,
                                   "region_code,region,capacity,present,rate\r\n"
                                   "01,Tanger-Tétouan-Al Hoceima,200,100,50.0\r\n"
                                   "02,Oriental,0,0,\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n09,Souss-Massa,70,66,94.3\r\n"));
  g_assert_true (g_str_has_suffix (csv, "\r\ntotal,,270,166,61.5\r\n"));
  rate = riaya_table_dup_cell_label (table, RIAYA_TABLE_TOTAL, 4);
  g_assert_cmpstr (rate, ==, "61.5%");

  g_free (csv);
  csv = csv_of (fixture, "occupancy-by-region", "2024-04-01", NULL);
  g_assert_nonnull (strstr (csv, "\r\n09,Souss-Massa,40,38,95.0\r\n"));
  g_assert_true (g_str_has_suffix (csv, "\r\ntotal,,240,138,57.5\r\n"));

  provinces = build (fixture, "occupancy-by-region", "2024-04-01", "01");
  g_assert_cmpstr (riaya_table_get_column_key (provinces, 0), ==, "province_code");
  g_assert_cmpint (riaya_table_get_integer (provinces, RIAYA_TABLE_TOTAL, 2), ==, 200);
}

/* The registry's rows never name a person, and a report writes nothing. */
static void
test_changes_nothing (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n;
  const RiayaReport *reports = riaya_report_get_all (&n);

  make_registry (fixture);
  before = riaya_store_dup_content_digest (fixture->store);
  for (guint i = 0; i < n; i++)
    if (reports[i].options & RIAYA_REPORT_TAKES_REGION)
      {
        g_autoptr(RiayaTable) table = build (fixture, reports[i].name, "2024-07-01", NULL);

        g_assert_cmpint (reports[i].chart, ==, RIAYA_REPORT_CHART_BARS);
        g_assert_cmpuint (riaya_table_get_n_rows (table), ==, 12);
      }
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (riaya_report_lookup ("grants-by-year")->chart, ==, RIAYA_REPORT_CHART_LINE);
}

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/report/regions/licence-events", test_licence_events);
  FIXTURE_TEST ("/report/regions/layout", test_layout);
  FIXTURE_TEST ("/report/regions/region", test_region);
  FIXTURE_TEST ("/report/regions/occupancy", test_occupancy);
  FIXTURE_TEST ("/report/regions/changes-nothing", test_changes_nothing);

  return g_test_run ();
}
