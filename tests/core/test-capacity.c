/* test-capacity.c — licensed capacity on a date
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A change of capacity is a new dated line, never an edit, so the
 * capacity on any past date is known.
 */

#include "config.h"

#include <string.h>

#include "riaya-core.h"

static void
add_line (GListStore    *lines,
          RiayaCategory  category,
          RiayaSex       sex,
          guint          places,
          const char    *effective)
{
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (category, sex, places, effective);

  g_list_store_append (lines, line);
}

static void
test_line_object (void)
{
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE,
                                                               120, "2019-09-01");
  g_autoptr(RiayaCapacityLine) other = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE,
                                                                120, "2019-09-01");

  g_assert_cmpint (riaya_capacity_line_get_category (line), ==, RIAYA_CATEGORY_PUPIL);
  g_assert_cmpint (riaya_capacity_line_get_sex (line), ==, RIAYA_SEX_FEMALE);
  g_assert_cmpuint (riaya_capacity_line_get_places (line), ==, 120);
  g_assert_cmpstr (riaya_capacity_line_get_effective_date (line), ==, "2019-09-01");
  g_assert_true (g_uuid_string_is_valid (riaya_capacity_line_get_uuid (line)));
  g_assert_cmpstr (riaya_capacity_line_get_uuid (line), !=, riaya_capacity_line_get_uuid (other));

  riaya_capacity_line_set_uuid (line, "6a1e7a56-8a52-4c53-a7e4-8f5f2f0e7c11");
  g_assert_cmpstr (riaya_capacity_line_get_uuid (line), ==, "6a1e7a56-8a52-4c53-a7e4-8f5f2f0e7c11");
}

static void
test_lines_over_time (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (RIAYA_TYPE_CAPACITY_LINE);
  GListModel *model = G_LIST_MODEL (lines);

  /* A Dar Talib / Dar Taliba: boys and girls, growing, then the boys'
   * wing closed. Added out of date order on purpose. */
  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 60, "2019-09-01");
  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 40, "2015-09-01");
  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 30, "2015-09-01");
  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 50, "2021-01-15");
  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 0, "2023-09-01");

  g_assert_cmpuint (riaya_capacity_on (model, "2015-08-31", -1), ==, 0);
  g_assert_cmpuint (riaya_capacity_on (model, "2015-09-01", -1), ==, 70);
  g_assert_cmpuint (riaya_capacity_on (model, "2019-08-31", -1), ==, 70);
  g_assert_cmpuint (riaya_capacity_on (model, "2019-09-01", -1), ==, 90);
  g_assert_cmpuint (riaya_capacity_on (model, "2021-01-15", -1), ==, 110);
  /* A line of 0 places ends that category and sex. */
  g_assert_cmpuint (riaya_capacity_on (model, "2023-09-01", -1), ==, 50);
  g_assert_cmpuint (riaya_capacity_on (model, NULL, -1), ==, 50);

  {
    g_autoptr(GPtrArray) on_2020 = riaya_capacity_lines_on (model, "2020-06-01");
    g_autoptr(GPtrArray) latest = riaya_capacity_lines_on (model, NULL);
    RiayaCapacityLine *boys, *girls;

    g_assert_cmpuint (on_2020->len, ==, 2);
    boys = g_ptr_array_index (on_2020, 0);
    girls = g_ptr_array_index (on_2020, 1);
    g_assert_cmpint (riaya_capacity_line_get_sex (boys), ==, RIAYA_SEX_MALE);
    g_assert_cmpuint (riaya_capacity_line_get_places (boys), ==, 60);
    g_assert_cmpint (riaya_capacity_line_get_sex (girls), ==, RIAYA_SEX_FEMALE);
    g_assert_cmpuint (riaya_capacity_line_get_places (girls), ==, 30);

    /* The ended line is not "in effect". */
    g_assert_cmpuint (latest->len, ==, 1);
    g_assert_cmpint (riaya_capacity_line_get_sex (g_ptr_array_index (latest, 0)), ==, RIAYA_SEX_FEMALE);
  }
}

static void
test_same_date_later_line_wins (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (RIAYA_TYPE_CAPACITY_LINE);

  /* The second line of the same day corrects the first one. */
  add_line (lines, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 80, "2018-01-01");
  add_line (lines, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 120, "2020-01-01");
  add_line (lines, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 100, "2020-01-01");

  g_assert_cmpuint (riaya_capacity_on (G_LIST_MODEL (lines), "2019-12-31", -1), ==, 80);
  g_assert_cmpuint (riaya_capacity_on (G_LIST_MODEL (lines), "2020-01-01", -1), ==, 100);
  g_assert_cmpuint (riaya_capacity_on (G_LIST_MODEL (lines), NULL, -1), ==, 100);
}

static void
test_per_category (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (RIAYA_TYPE_CAPACITY_LINE);
  GListModel *model = G_LIST_MODEL (lines);
  g_autoptr(GPtrArray) in_effect = NULL;

  /* A SAMU social serves every category (group care, art. 3). */
  add_line (lines, RIAYA_CATEGORY_WOMAN, RIAYA_SEX_FEMALE, 12, "2020-01-01");
  add_line (lines, RIAYA_CATEGORY_HOMELESS, RIAYA_SEX_MALE, 25, "2020-01-01");
  add_line (lines, RIAYA_CATEGORY_HOMELESS, RIAYA_SEX_FEMALE, 8, "2021-01-01");
  add_line (lines, RIAYA_CATEGORY_CHILD, RIAYA_SEX_ANY, 6, "2022-01-01");
  /* One category's change leaves the others alone. */
  add_line (lines, RIAYA_CATEGORY_HOMELESS, RIAYA_SEX_MALE, 30, "2023-01-01");

  g_assert_cmpuint (riaya_capacity_on (model, NULL, RIAYA_CATEGORY_WOMAN), ==, 12);
  g_assert_cmpuint (riaya_capacity_on (model, NULL, RIAYA_CATEGORY_HOMELESS), ==, 38);
  g_assert_cmpuint (riaya_capacity_on (model, "2022-06-01", RIAYA_CATEGORY_HOMELESS), ==, 33);
  g_assert_cmpuint (riaya_capacity_on (model, "2020-06-01", RIAYA_CATEGORY_HOMELESS), ==, 25);
  g_assert_cmpuint (riaya_capacity_on (model, NULL, RIAYA_CATEGORY_CHILD), ==, 6);
  g_assert_cmpuint (riaya_capacity_on (model, "2021-12-31", RIAYA_CATEGORY_CHILD), ==, 0);
  g_assert_cmpuint (riaya_capacity_on (model, NULL, RIAYA_CATEGORY_PUPIL), ==, 0);
  g_assert_cmpuint (riaya_capacity_on (model, NULL, -1), ==, 56);

  /* Sorted by category, then sex: child, homeless m, homeless f, woman. */
  in_effect = riaya_capacity_lines_on (model, NULL);
  g_assert_cmpuint (in_effect->len, ==, 4);
  g_assert_cmpint (riaya_capacity_line_get_category (g_ptr_array_index (in_effect, 0)), ==, RIAYA_CATEGORY_CHILD);
  g_assert_cmpint (riaya_capacity_line_get_category (g_ptr_array_index (in_effect, 1)), ==, RIAYA_CATEGORY_HOMELESS);
  g_assert_cmpint (riaya_capacity_line_get_sex (g_ptr_array_index (in_effect, 1)), ==, RIAYA_SEX_MALE);
  g_assert_cmpint (riaya_capacity_line_get_category (g_ptr_array_index (in_effect, 2)), ==, RIAYA_CATEGORY_HOMELESS);
  g_assert_cmpint (riaya_capacity_line_get_sex (g_ptr_array_index (in_effect, 2)), ==, RIAYA_SEX_FEMALE);
  g_assert_cmpint (riaya_capacity_line_get_category (g_ptr_array_index (in_effect, 3)), ==, RIAYA_CATEGORY_WOMAN);
}

static void
test_no_lines (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (RIAYA_TYPE_CAPACITY_LINE);
  g_autoptr(GPtrArray) none = riaya_capacity_lines_on (NULL, NULL);

  g_assert_cmpuint (riaya_capacity_on (G_LIST_MODEL (lines), NULL, -1), ==, 0);
  g_assert_cmpuint (riaya_capacity_on (NULL, "2020-01-01", -1), ==, 0);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_check_line (void)
{
  g_autoptr(RiayaCapacityLine) good = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE,
                                                               80, "2015-09-01");
  g_autoptr(RiayaCapacityLine) top = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE,
                                                              RIAYA_MAX_PLACES, "2015-09-01");
  g_autoptr(RiayaCapacityLine) zero = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE,
                                                               0, "2020-09-01");

  g_assert_true (riaya_capacity_check_line (RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "2015-09-01", good, NULL));
  g_assert_true (riaya_capacity_check_line (RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "2015-09-01", top, NULL));
  /* Closing a category is a line of 0 places. */
  g_assert_true (riaya_capacity_check_line (RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "2015-09-01", zero, NULL));
  /* Group care takes any category. */
  g_assert_true (riaya_capacity_check_line (RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL, "2015-09-01", good, NULL));
  /* No licence date yet: nothing to compare with. */
  g_assert_true (riaya_capacity_check_line (RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, NULL, good, NULL));
}

static void
test_check_line_refusals (void)
{
  const struct
  {
    RiayaInstitutionType type;
    RiayaCategory        category;
    guint                places;
    const char          *effective;
    int                  code;
    const char          *mentions;
  } cases[] = {
    { RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, RIAYA_CATEGORY_PUPIL, RIAYA_MAX_PLACES + 1, "2016-01-01",
      RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "5000" },
    { RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, RIAYA_CATEGORY_PUPIL, 40, "2015-08-31",
      RIAYA_VALIDATION_ERROR_DATE_ORDER, "2015-08-31" },
    { RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, RIAYA_CATEGORY_PUPIL, 40, "2016-02-30",
      RIAYA_VALIDATION_ERROR_FORMAT, "2016-02-30" },
    { RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, RIAYA_CATEGORY_PUPIL, 40, NULL,
      RIAYA_VALIDATION_ERROR_REQUIRED, NULL },
    /* Law 65.15 art. 3: specialisation. */
    { RIAYA_INSTITUTION_TYPE_KAFALA, RIAYA_CATEGORY_CHILD, 20, "2016-01-01",
      RIAYA_VALIDATION_ERROR_SPECIALISATION, "65.15" },
    { RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, RIAYA_CATEGORY_ELDERLY, 20, "2016-01-01",
      RIAYA_VALIDATION_ERROR_SPECIALISATION, "Elderly persons" },
    { RIAYA_INSTITUTION_TYPE_ELDERLY, RIAYA_CATEGORY_WOMAN, 20, "2016-01-01",
      RIAYA_VALIDATION_ERROR_SPECIALISATION, "Home for elderly persons" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RiayaCapacityLine) line = NULL;
      g_autoptr(GError) error = NULL;

      line = riaya_capacity_line_new (cases[i].category, RIAYA_SEX_ANY, cases[i].places, cases[i].effective);
      g_assert_false (riaya_capacity_check_line (cases[i].type, "2015-09-01", line, &error));
      if (!g_error_matches (error, RIAYA_VALIDATION_ERROR, cases[i].code))
        g_error ("case %u: expected error %d, got %s", i, cases[i].code,
                 error ? error->message : "none");
      if (cases[i].mentions != NULL)
        g_assert_nonnull (strstr (error->message, cases[i].mentions));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/capacity/line-object", test_line_object);
  g_test_add_func ("/capacity/over-time", test_lines_over_time);
  g_test_add_func ("/capacity/same-date-later-wins", test_same_date_later_line_wins);
  g_test_add_func ("/capacity/per-category", test_per_category);
  g_test_add_func ("/capacity/no-lines", test_no_lines);
  g_test_add_func ("/capacity/check-line", test_check_line);
  g_test_add_func ("/capacity/check-line/refusals", test_check_line_refusals);

  return g_test_run ();
}
