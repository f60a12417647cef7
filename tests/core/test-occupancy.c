/* test-occupancy.c — people present against licensed capacity
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Occupancy on dates around admissions, exits and capacity changes: the
 * day before, the day of and the day after each.
 */

#include "config.h"

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

static RiayaStay *
make_stay (RiayaSex    sex,
           const char *admitted_on,
           const char *exited_on)
{
  g_autoptr(RiayaResident) resident = riaya_resident_new ();
  RiayaStay *stay;

  riaya_resident_set_sex (resident, sex);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, "2010-03-04");
  stay = riaya_stay_new (resident);
  riaya_stay_set_category (stay, RIAYA_CATEGORY_PUPIL);
  riaya_stay_set_admitted_on (stay, admitted_on);
  if (exited_on != NULL)
    {
      riaya_stay_set_exited_on (stay, exited_on);
      riaya_stay_set_exit_reason (stay, RIAYA_EXIT_REASON_FAMILY);
    }

  return stay;
}

/* What the store does from the register: count the stays present. */
static RiayaPresence
presence_on (GPtrArray  *stays,
             const char *on)
{
  RiayaPresence presence = { { { 0 } } };

  for (guint i = 0; i < stays->len; i++)
    {
      RiayaStay *stay = g_ptr_array_index (stays, i);

      if (riaya_stay_is_present_on (stay, on))
        riaya_presence_add (&presence, riaya_stay_get_category (stay),
                            riaya_resident_get_sex (riaya_stay_get_resident (stay)), 1);
    }

  return presence;
}

static RiayaOccupancyGroup
group_of (GArray   *groups,
          RiayaSex  sex)
{
  for (guint i = 0; i < groups->len; i++)
    {
      RiayaOccupancyGroup *group = &g_array_index (groups, RiayaOccupancyGroup, i);
      if (group->sex == sex)
        return *group;
    }

  g_assert_not_reached ();
}

static void
test_presence_around_admission_and_exit (void)
{
  g_autoptr(RiayaStay) stay = make_stay (RIAYA_SEX_MALE, "2024-09-15", "2025-06-30");

  g_assert_false (riaya_stay_is_present_on (stay, "2024-09-14"));
  g_assert_true (riaya_stay_is_present_on (stay, "2024-09-15"));
  g_assert_true (riaya_stay_is_present_on (stay, "2024-09-16"));
  g_assert_true (riaya_stay_is_present_on (stay, "2025-06-29"));
  /* The exit date is the first day away. */
  g_assert_false (riaya_stay_is_present_on (stay, "2025-06-30"));
  g_assert_false (riaya_stay_is_present_on (stay, "2025-07-01"));
}

static void
test_groups_per_sex_around_capacity_change (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (RIAYA_TYPE_CAPACITY_LINE);
  g_autoptr(GPtrArray) stays = g_ptr_array_new_with_free_func (g_object_unref);
  const char *dates[] = { "2024-09-14", "2024-09-15", "2024-09-16",
                          "2025-01-09", "2025-01-10", "2025-01-11" };
  /* Expected boys present, boys' places, over? on each date. */
  const guint present[] = { 0, 2, 3, 3, 3, 2 };
  const guint places[] = { 2, 2, 2, 2, 4, 4 };

  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 2, "2020-09-01");
  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 3, "2020-09-01");
  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 4, "2025-01-10");

  g_ptr_array_add (stays, make_stay (RIAYA_SEX_MALE, "2024-09-15", NULL));
  g_ptr_array_add (stays, make_stay (RIAYA_SEX_MALE, "2024-09-15", "2025-01-11"));
  g_ptr_array_add (stays, make_stay (RIAYA_SEX_MALE, "2024-09-16", NULL));
  g_ptr_array_add (stays, make_stay (RIAYA_SEX_FEMALE, "2024-09-16", NULL));

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    {
      RiayaPresence presence = presence_on (stays, dates[d]);
      g_autoptr(GArray) groups = riaya_occupancy_groups (G_LIST_MODEL (lines), dates[d], &presence);
      RiayaOccupancyGroup boys = group_of (groups, RIAYA_SEX_MALE);
      RiayaOccupancyGroup girls = group_of (groups, RIAYA_SEX_FEMALE);

      g_test_message ("on %s", dates[d]);
      g_assert_cmpuint (groups->len, ==, 2);
      g_assert_cmpuint (boys.present, ==, present[d]);
      g_assert_cmpuint (boys.places, ==, places[d]);
      g_assert_cmpuint (girls.places, ==, 3);
      g_assert_cmpuint (girls.present, ==, d >= 2 ? 1 : 0);
      g_assert_cmpint (riaya_occupancy_group_is_over (&boys), ==, present[d] > places[d]);
      g_assert_cmpint (riaya_occupancy_any_over (groups), ==, present[d] > places[d]);
      g_assert_cmpint (riaya_occupancy_group_is_full (&boys), ==, present[d] == places[d]);
    }
}

static void
test_places_for_either_sex_form_one_group (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (RIAYA_TYPE_CAPACITY_LINE);
  RiayaPresence presence = { { { 0 } } };
  RiayaOccupancyGroup group;
  g_autoptr(GArray) groups = NULL;

  add_line (lines, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 10, "2020-01-01");
  riaya_presence_add (&presence, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_MALE, 6);
  riaya_presence_add (&presence, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, 3);

  groups = riaya_occupancy_groups (G_LIST_MODEL (lines), "2024-01-01", &presence);
  g_assert_cmpuint (groups->len, ==, 1);
  group = g_array_index (groups, RiayaOccupancyGroup, 0);
  g_assert_cmpint (group.sex, ==, RIAYA_SEX_ANY);
  g_assert_cmpuint (group.places, ==, 10);
  g_assert_cmpuint (group.present, ==, 9);

  /* The tenth person fits, whatever their sex; the eleventh does not. */
  g_assert_true (riaya_occupancy_admission_fits (G_LIST_MODEL (lines), "2024-01-01", &presence,
                                                 RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, &group));
  g_assert_cmpuint (group.present, ==, 9);
  riaya_presence_add (&presence, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, 1);
  g_assert_false (riaya_occupancy_admission_fits (G_LIST_MODEL (lines), "2024-01-01", &presence,
                                                  RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_MALE, &group));
  g_assert_cmpuint (group.places, ==, 10);
  g_assert_cmpuint (group.present, ==, 10);
  g_assert_cmpuint (riaya_presence_total (&presence), ==, 10);
}

static void
test_people_without_places_are_over (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (RIAYA_TYPE_CAPACITY_LINE);
  RiayaPresence presence = { { { 0 } } };
  RiayaOccupancyGroup group;
  g_autoptr(GArray) groups = NULL;

  /* A boys' house: no places for girls at all, and none before it opened. */
  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 40, "2020-09-01");

  g_assert_false (riaya_occupancy_admission_fits (G_LIST_MODEL (lines), "2021-01-01", &presence,
                                                  RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, &group));
  g_assert_cmpuint (group.places, ==, 0);
  g_assert_false (riaya_occupancy_admission_fits (G_LIST_MODEL (lines), "2020-08-31", &presence,
                                                  RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, NULL));
  g_assert_true (riaya_occupancy_admission_fits (G_LIST_MODEL (lines), "2020-09-01", &presence,
                                                 RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, NULL));

  riaya_presence_add (&presence, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 2);
  groups = riaya_occupancy_groups (G_LIST_MODEL (lines), "2021-01-01", &presence);
  g_assert_cmpuint (groups->len, ==, 2);
  group = g_array_index (groups, RiayaOccupancyGroup, 1);
  g_assert_cmpint (group.sex, ==, RIAYA_SEX_FEMALE);
  g_assert_cmpuint (group.places, ==, 0);
  g_assert_true (riaya_occupancy_group_is_over (&group));
  g_assert_false (riaya_occupancy_group_is_full (&group));
}

/* The groups from a table of places, as the reports read capacity, are
 * those from the lines in force. */
static void
test_groups_for_places (void)
{
  g_autoptr(GListStore) lines = g_list_store_new (RIAYA_TYPE_CAPACITY_LINE);
  guint places[RIAYA_N_CATEGORIES][RIAYA_N_SEXES] = { { 0 } };
  RiayaPresence presence = { { { 0 } } };
  g_autoptr(GArray) from_lines = NULL;
  g_autoptr(GArray) from_places = NULL;

  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 40, "2020-09-01");
  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 30, "2020-09-01");
  /* Closed since: in force with no place, no group. */
  add_line (lines, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 0, "2022-09-01");
  add_line (lines, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 10, "2020-01-01");
  add_line (lines, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, 2, "2020-01-01");
  riaya_presence_add (&presence, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 41);
  riaya_presence_add (&presence, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 3);
  riaya_presence_add (&presence, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_MALE, 7);
  riaya_presence_add (&presence, RIAYA_CATEGORY_CHILD, RIAYA_SEX_FEMALE, 1);

  places[RIAYA_CATEGORY_PUPIL][RIAYA_SEX_MALE] = 40;
  places[RIAYA_CATEGORY_ELDERLY][RIAYA_SEX_ANY] = 10;
  places[RIAYA_CATEGORY_ELDERLY][RIAYA_SEX_FEMALE] = 2;

  from_lines = riaya_occupancy_groups (G_LIST_MODEL (lines), "2024-01-01", &presence);
  from_places = riaya_occupancy_groups_for_places ((const guint (*)[RIAYA_N_SEXES]) places, &presence);

  /* In category order: a child without a place, boys 41 for 40, girls 3
   * for none, the elderly one group of 12. */
  g_assert_cmpuint (from_places->len, ==, 4);
  g_assert_cmpuint (from_lines->len, ==, from_places->len);
  for (guint i = 0; i < from_lines->len; i++)
    {
      RiayaOccupancyGroup *a = &g_array_index (from_lines, RiayaOccupancyGroup, i);
      RiayaOccupancyGroup *b = &g_array_index (from_places, RiayaOccupancyGroup, i);

      g_assert_cmpint (a->category, ==, b->category);
      g_assert_cmpint (a->sex, ==, b->sex);
      g_assert_cmpuint (a->places, ==, b->places);
      g_assert_cmpuint (a->present, ==, b->present);
    }
  g_assert_cmpuint (g_array_index (from_places, RiayaOccupancyGroup, 3).places, ==, 12);
  g_assert_true (riaya_occupancy_any_over (from_places));
}

static void
test_institution_shows_over_capacity (void)
{
  g_autoptr(RiayaInstitution) institution = riaya_institution_new ();
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE,
                                                               2, "2020-09-01");
  g_autoptr(RiayaCapacityLine) more = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE,
                                                               5, "2021-09-01");
  RiayaPresence presence = { { { 0 } } };

  riaya_institution_add_capacity_line (institution, line);
  g_assert_null (riaya_institution_get_presence (institution));
  g_assert_cmpuint (riaya_institution_get_present (institution), ==, 0);
  g_assert_false (riaya_institution_is_over_capacity (institution));

  riaya_presence_add (&presence, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 3);
  riaya_institution_set_presence (institution, "2021-01-01", &presence);
  g_assert_cmpuint (riaya_institution_get_present (institution), ==, 3);
  g_assert_cmpstr (riaya_institution_get_presence_date (institution), ==, "2021-01-01");
  g_assert_true (riaya_institution_is_over_capacity (institution));

  /* Until it is not: more places licensed from a date before the count
   * do not help that count, but a count after them does. */
  riaya_institution_add_capacity_line (institution, more);
  g_assert_true (riaya_institution_is_over_capacity (institution));
  riaya_institution_set_presence (institution, "2021-09-01", &presence);
  g_assert_false (riaya_institution_is_over_capacity (institution));

  riaya_institution_set_presence (institution, NULL, NULL);
  g_assert_cmpuint (riaya_institution_get_present (institution), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/occupancy/presence-around-admission-and-exit", test_presence_around_admission_and_exit);
  g_test_add_func ("/occupancy/groups-per-sex-around-capacity-change", test_groups_per_sex_around_capacity_change);
  g_test_add_func ("/occupancy/either-sex-one-group", test_places_for_either_sex_form_one_group);
  g_test_add_func ("/occupancy/people-without-places-are-over", test_people_without_places_are_over);
  g_test_add_func ("/occupancy/groups-for-places", test_groups_for_places);
  g_test_add_func ("/occupancy/institution-over-capacity", test_institution_shows_over_capacity);

  return g_test_run ();
}
