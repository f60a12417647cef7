/* test-staffing.c — the staffing norms of the 2007 model specification
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Domain.md §3: boarding institutions one educator and one kitchen aide
 * per 25, a social worker, a nurse, a doctor 240 or 320 hours a year, a
 * psychologist above 100; elderly one carer per 10; kafala one nanny per
 * 10; disability one educator per 14 under six, per 20 above.
 */

#include "config.h"

#include "riaya-core.h"

/* The need for @role in @needs, or NULL. */
static const RiayaStaffingNeed *
find_need (GArray         *needs,
           RiayaStaffRole  role)
{
  for (guint i = 0; i < needs->len; i++)
    if (g_array_index (needs, RiayaStaffingNeed, i).role == role)
      return &g_array_index (needs, RiayaStaffingNeed, i);

  return NULL;
}

static void
assert_need (GArray         *needs,
             RiayaStaffRole  role,
             guint           required,
             guint           per)
{
  const RiayaStaffingNeed *need = find_need (needs, role);

  if (need == NULL)
    g_error ("no need for %s", riaya_staff_role_to_code (role));
  g_assert_cmpuint (need->required, ==, required);
  g_assert_cmpuint (need->per, ==, per);
}

static void
test_boarding (void)
{
  static const RiayaInstitutionType boarding[] = {
    RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE,
    RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION,
    RIAYA_INSTITUTION_TYPE_HOMELESS,
    RIAYA_INSTITUTION_TYPE_WOMEN,
  };
  static const RiayaStaffRole in_order[] = {
    RIAYA_STAFF_EDUCATOR, RIAYA_STAFF_SOCIAL_WORKER, RIAYA_STAFF_NURSE,
    RIAYA_STAFF_DOCTOR_HOURS, RIAYA_STAFF_KITCHEN,
  };

  for (guint t = 0; t < G_N_ELEMENTS (boarding); t++)
    {
      g_autoptr(GArray) needs = riaya_staffing_needs (boarding[t], 60, 0, NULL);

      /* In RiayaStaffRole order, no psychologist at 60. */
      g_assert_cmpuint (needs->len, ==, G_N_ELEMENTS (in_order));
      for (guint i = 0; i < needs->len; i++)
        g_assert_cmpint (g_array_index (needs, RiayaStaffingNeed, i).role, ==, in_order[i]);

      assert_need (needs, RIAYA_STAFF_EDUCATOR, 3, 25);
      assert_need (needs, RIAYA_STAFF_KITCHEN, 3, 25);
      assert_need (needs, RIAYA_STAFF_SOCIAL_WORKER, 1, 0);
      assert_need (needs, RIAYA_STAFF_NURSE, 1, 0);
      assert_need (needs, RIAYA_STAFF_DOCTOR_HOURS, 240, 0);
      g_assert_null (find_need (needs, RIAYA_STAFF_PSYCHOLOGIST_HOURS));
      /* Not in a boarding house's norms. */
      g_assert_null (find_need (needs, RIAYA_STAFF_CARER));
      g_assert_null (find_need (needs, RIAYA_STAFF_DIRECTOR));
    }
}

static void
test_rounding_up (void)
{
  struct { guint present, educators; } cases[] = {
    { 1, 1 }, { 25, 1 }, { 26, 2 }, { 50, 2 }, { 51, 3 }, { 250, 10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) needs =
        riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, cases[i].present, 0, NULL);

      assert_need (needs, RIAYA_STAFF_EDUCATOR, cases[i].educators, 25);
      assert_need (needs, RIAYA_STAFF_KITCHEN, cases[i].educators, 25);
    }
}

static void
test_doctor_and_psychologist (void)
{
  g_autoptr(GArray) hundred = riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION, 100, 0, NULL);
  g_autoptr(GArray) above = riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION, 101, 0, NULL);
  g_autoptr(GArray) one = riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION, 1, 0, NULL);

  assert_need (one, RIAYA_STAFF_DOCTOR_HOURS, 240, 0);
  assert_need (hundred, RIAYA_STAFF_DOCTOR_HOURS, 240, 0);
  g_assert_null (find_need (hundred, RIAYA_STAFF_PSYCHOLOGIST_HOURS));
  assert_need (above, RIAYA_STAFF_DOCTOR_HOURS, 320, 0);
  assert_need (above, RIAYA_STAFF_PSYCHOLOGIST_HOURS, 240, 0);
}

static void
test_other_types (void)
{
  g_autoptr(GArray) elderly = riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_ELDERLY, 31, 0, NULL);
  g_autoptr(GArray) kafala = riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_KAFALA, 11, 4, NULL);
  g_autoptr(GArray) kafala_ten = riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_KAFALA, 10, 10, NULL);
  g_autoptr(GArray) samu = riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL, 80, 0, NULL);

  g_assert_cmpuint (elderly->len, ==, 1);
  assert_need (elderly, RIAYA_STAFF_CARER, 4, 10);
  g_assert_cmpuint (kafala->len, ==, 1);
  assert_need (kafala, RIAYA_STAFF_NANNY, 2, 10);
  assert_need (kafala_ten, RIAYA_STAFF_NANNY, 1, 10);
  /* SAMU social: no norm. */
  g_assert_cmpuint (samu->len, ==, 0);
}

static void
test_disability (void)
{
  struct { guint present, under_six, educators; } cases[] = {
    { 40, 0, 2 },    /* 40/20 */
    { 41, 0, 3 },
    { 40, 10, 3 },   /* ⌈10/14⌉ + ⌈30/20⌉ */
    { 28, 28, 2 },   /* all under six: 28/14 */
    { 29, 28, 3 },   /* one older person needs an educator of their own */
    { 15, 14, 2 },
    { 15, 15, 2 },   /* ⌈15/14⌉: one per 20 would be one */
    { 29, 29, 3 },
    { 10, 25, 1 },   /* more under six than present: all of them are */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) needs =
        riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_DISABILITY, cases[i].present, cases[i].under_six, NULL);
      const RiayaStaffingNeed *need;

      g_assert_cmpuint (needs->len, ==, 1);
      need = find_need (needs, RIAYA_STAFF_EDUCATOR);
      g_assert_nonnull (need);
      g_assert_cmpuint (need->required, ==, cases[i].educators);
      g_assert_cmpuint (need->per, ==, 20);
      g_assert_cmpuint (need->per_under_six, ==, 14);
      g_assert_cmpuint (need->under_six, ==, MIN (cases[i].under_six, cases[i].present));
    }
}

static void
test_nobody_present (void)
{
  guint staff[RIAYA_N_STAFF_ROLES] = { 0 };

  for (guint t = 0; t < RIAYA_N_INSTITUTION_TYPES; t++)
    {
      g_autoptr(GArray) needs = riaya_staffing_needs (t, 0, 0, staff);

      g_assert_cmpuint (needs->len, ==, 0);
      g_assert_cmpuint (riaya_staffing_count_shortfalls (needs), ==, 0);
      g_assert_null (riaya_staffing_dup_shortfalls (needs, 0));
    }
}

static void
test_actual_staff_and_shortfalls (void)
{
  guint staff[RIAYA_N_STAFF_ROLES] = { 0 };
  g_autoptr(GArray) needs = NULL;
  g_autoptr(GArray) met = NULL;
  g_autofree char *shortfalls = NULL;

  staff[RIAYA_STAFF_EDUCATOR] = 2;
  staff[RIAYA_STAFF_NURSE] = 1;
  staff[RIAYA_STAFF_DOCTOR_HOURS] = 100;
  staff[RIAYA_STAFF_KITCHEN] = 3;
  needs = riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, 60, 0, staff);

  g_assert_cmpuint (find_need (needs, RIAYA_STAFF_EDUCATOR)->actual, ==, 2);
  g_assert_false (riaya_staffing_need_is_met (find_need (needs, RIAYA_STAFF_EDUCATOR)));
  g_assert_true (riaya_staffing_need_is_met (find_need (needs, RIAYA_STAFF_NURSE)));
  g_assert_true (riaya_staffing_need_is_met (find_need (needs, RIAYA_STAFF_KITCHEN)));
  g_assert_cmpuint (riaya_staffing_count_shortfalls (needs), ==, 3);

  shortfalls = riaya_staffing_dup_shortfalls (needs, 60);
  g_assert_cmpstr (shortfalls, ==,
                   "Educators: 2 for 60 residents; the norm is 1 per 25, so 3; "
                   "Social workers: 0; the norm is 1; "
                   "Doctor: 100 hours a year; the norm is 240 hours a year.");

  staff[RIAYA_STAFF_EDUCATOR] = 3;
  staff[RIAYA_STAFF_SOCIAL_WORKER] = 1;
  staff[RIAYA_STAFF_DOCTOR_HOURS] = 240;
  met = riaya_staffing_needs (RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, 60, 0, staff);
  g_assert_cmpuint (riaya_staffing_count_shortfalls (met), ==, 0);
  g_assert_null (riaya_staffing_dup_shortfalls (met, 60));
}

static void
test_descriptions (void)
{
  RiayaStaffingNeed educators = { RIAYA_STAFF_EDUCATOR, 3, 2, 25, 0, 0 };
  RiayaStaffingNeed doctor = { RIAYA_STAFF_DOCTOR_HOURS, 240, 100, 0, 0, 0 };
  RiayaStaffingNeed psychologist = { RIAYA_STAFF_PSYCHOLOGIST_HOURS, 240, 0, 0, 0, 0 };
  RiayaStaffingNeed nurse = { RIAYA_STAFF_NURSE, 1, 1, 0, 0, 0 };
  RiayaStaffingNeed nanny = { RIAYA_STAFF_NANNY, 1, 0, 10, 0, 0 };
  RiayaStaffingNeed disability = { RIAYA_STAFF_EDUCATOR, 3, 1, 20, 10, 14 };
  struct { const RiayaStaffingNeed *need; guint present; const char *text; } cases[] = {
    { &educators, 60, "Educators: 2 for 60 residents; the norm is 1 per 25, so 3." },
    { &doctor, 60, "Doctor: 100 hours a year; the norm is 240 hours a year." },
    { &psychologist, 120, "Psychologist: 0 hours a year; the norm is 240 hours a year." },
    { &nurse, 60, "Nurses: 1; the norm is 1." },
    { &nanny, 1, "Nannies: 0 for 1 resident; the norm is 1 per 10, so 1." },
    { &disability, 40, "Educators: 1 for 40 residents, 10 of them under six; the norm is 1 per "
                       "14 children under six and 1 per 20 others, so 3." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = riaya_staffing_need_dup_description (cases[i].need, cases[i].present);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_for_institution (void)
{
  g_autoptr(RiayaInstitution) institution = riaya_institution_new ();
  g_autoptr(GArray) unknown = NULL;
  g_autoptr(GArray) needs = NULL;
  RiayaPresence presence = { 0 };

  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_ELDERLY);
  riaya_institution_set_staff (institution, RIAYA_STAFF_CARER, 2);

  /* Nobody known present: nothing needed. */
  unknown = riaya_staffing_needs_for_institution (institution, NULL, 0);
  g_assert_cmpuint (unknown->len, ==, 0);

  riaya_presence_add (&presence, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_MALE, 14);
  riaya_presence_add (&presence, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, 17);
  needs = riaya_staffing_needs_for_institution (institution, &presence, 0);
  g_assert_cmpuint (needs->len, ==, 1);
  assert_need (needs, RIAYA_STAFF_CARER, 4, 10);
  g_assert_cmpuint (find_need (needs, RIAYA_STAFF_CARER)->actual, ==, 2);
  g_assert_cmpuint (riaya_staffing_count_shortfalls (needs), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/staffing/boarding", test_boarding);
  g_test_add_func ("/staffing/rounding-up", test_rounding_up);
  g_test_add_func ("/staffing/doctor-and-psychologist", test_doctor_and_psychologist);
  g_test_add_func ("/staffing/other-types", test_other_types);
  g_test_add_func ("/staffing/disability", test_disability);
  g_test_add_func ("/staffing/nobody-present", test_nobody_present);
  g_test_add_func ("/staffing/shortfalls", test_actual_staff_and_shortfalls);
  g_test_add_func ("/staffing/descriptions", test_descriptions);
  g_test_add_func ("/staffing/for-institution", test_for_institution);

  return g_test_run ();
}
