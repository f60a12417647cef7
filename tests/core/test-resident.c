/* test-resident.c — people of the register and the rules of their stays
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decree 2.19.693 art. 11 lists what the register holds; Law 65.15 arts
 * 3, 17 and 34 say who may be admitted and when.
 */

#include "config.h"

#include <string.h>

#include "riaya-core.h"

static GDate today;

static RiayaInstitution *
make_student_house (void)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autoptr(RiayaLicenceEvent) granted =
    riaya_licence_event_new (RIAYA_LICENCE_EVENT_GRANTED, "2015-09-01", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) withdrawn =
    riaya_licence_event_new (RIAYA_LICENCE_EVENT_WITHDRAWN, "2023-02-01", NULL, NULL);

  riaya_institution_set_licence_date (institution, "2015-09-01");
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_add_event (institution, granted);
  riaya_institution_add_event (institution, withdrawn);

  return institution;
}

static RiayaStay *
make_pupil (const char *birth_date,
            const char *admitted_on)
{
  g_autoptr(RiayaResident) resident = riaya_resident_new ();
  RiayaStay *stay;

  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, "Yassine");
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, "El Amrani");
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, birth_date);
  stay = riaya_stay_new (resident);
  riaya_stay_set_category (stay, RIAYA_CATEGORY_PUPIL);
  riaya_stay_set_admitted_on (stay, admitted_on);

  return stay;
}

static void
test_fields_are_trimmed_and_cnie_upper_case (void)
{
  g_autoptr(RiayaResident) resident = riaya_resident_new ();
  g_autoptr(RiayaResident) copy = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) changed = NULL;

  g_assert_true (g_uuid_string_is_valid (riaya_resident_get_uuid (resident)));
  name = riaya_resident_dup_display_name (resident);
  g_assert_cmpstr (name, ==, "Name not given");

  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, "  Salma ");
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, "بنعلي");
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_CNIE, " bk12345 ");
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_HEALTH_STATUS, "   ");
  g_assert_cmpstr (riaya_resident_get_first_name (resident), ==, "Salma");
  g_assert_cmpstr (riaya_resident_get_cnie (resident), ==, "BK12345");
  g_assert_null (riaya_resident_get_field (resident, RIAYA_RESIDENT_FIELD_HEALTH_STATUS));
  g_clear_pointer (&name, g_free);
  name = riaya_resident_dup_display_name (resident);
  g_assert_cmpstr (name, ==, "Salma بنعلي");
  g_assert_nonnull (strstr (riaya_resident_get_search_key (resident), "salma"));
  g_assert_nonnull (strstr (riaya_resident_get_search_key (resident), "bk12345"));

  /* The journal learns which fields changed, never their values. */
  copy = riaya_resident_copy (resident);
  g_assert_cmpstr (riaya_resident_get_uuid (copy), ==, riaya_resident_get_uuid (resident));
  riaya_resident_set_field (copy, RIAYA_RESIDENT_FIELD_HEALTH_STATUS, "Asthma");
  riaya_resident_set_field (copy, RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE, "0522 123456");
  riaya_resident_set_sex (copy, RIAYA_SEX_FEMALE);
  changed = riaya_resident_changed_fields (resident, copy);
  g_assert_cmpuint (g_strv_length (changed), ==, 3);
  g_assert_true (g_strv_contains ((const char * const *) changed, "sex"));
  g_assert_true (g_strv_contains ((const char * const *) changed, "health-status"));
  g_assert_true (g_strv_contains ((const char * const *) changed, "guardian-phone"));

  riaya_resident_update_from (resident, copy);
  g_clear_pointer (&changed, g_strfreev);
  changed = riaya_resident_changed_fields (resident, copy);
  g_assert_cmpuint (g_strv_length (changed), ==, 0);
}

static void
test_age_on_a_date (void)
{
  g_autoptr(RiayaResident) resident = riaya_resident_new ();

  g_assert_cmpint (riaya_resident_age_on (resident, "2024-01-01"), ==, -1);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, "2008-02-29");
  g_assert_cmpint (riaya_resident_age_on (resident, "2008-02-28"), ==, -1);
  g_assert_cmpint (riaya_resident_age_on (resident, "2008-02-29"), ==, 0);
  g_assert_cmpint (riaya_resident_age_on (resident, "2026-02-28"), ==, 17);
  g_assert_cmpint (riaya_resident_age_on (resident, "2026-03-01"), ==, 18);

  g_assert_cmpint (riaya_age_band_for_age (0), ==, RIAYA_AGE_BAND_0_5);
  g_assert_cmpint (riaya_age_band_for_age (5), ==, RIAYA_AGE_BAND_0_5);
  g_assert_cmpint (riaya_age_band_for_age (6), ==, RIAYA_AGE_BAND_6_11);
  g_assert_cmpint (riaya_age_band_for_age (17), ==, RIAYA_AGE_BAND_12_17);
  g_assert_cmpint (riaya_age_band_for_age (18), ==, RIAYA_AGE_BAND_18_24);
  g_assert_cmpint (riaya_age_band_for_age (59), ==, RIAYA_AGE_BAND_25_59);
  g_assert_cmpint (riaya_age_band_for_age (74), ==, RIAYA_AGE_BAND_60_74);
  g_assert_cmpint (riaya_age_band_for_age (75), ==, RIAYA_AGE_BAND_75_PLUS);
  g_assert_cmpstr (riaya_age_band_to_code (RIAYA_AGE_BAND_75_PLUS), ==, "75-plus");
}

static void
test_cnie_form (void)
{
  const char *good[] = { "A123456", "AB123456", "bk1", "Z1234567" };
  const char *bad[] = { "123456", "ABC12345", "AB 123456", "AB", "AB12345678", "A1B2", "أب123" };

  g_assert_true (riaya_validate_cnie (NULL, NULL));
  g_assert_true (riaya_validate_cnie ("", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (riaya_validate_cnie (good[i], NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i]);
      g_assert_false (riaya_validate_cnie (bad[i], &error));
      g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT);
      g_assert_nonnull (strstr (error->message, "AB123456"));
    }
}

static void
test_admission_rules (void)
{
  g_autoptr(RiayaInstitution) house = make_student_house ();
  struct
  {
    const char *birth_date;
    const char *admitted_on;
    RiayaCategory category;
    const char *cnie;
    int code; /* -1: accepted */
    const char *words;
  } cases[] = {
    { "2008-01-01", "2020-09-15", RIAYA_CATEGORY_PUPIL, NULL, -1, NULL },
    { "2008-01-01", "2020-09-15", RIAYA_CATEGORY_PUPIL, "AB123456", -1, NULL },
    { "2021-01-01", "2020-09-15", RIAYA_CATEGORY_PUPIL, NULL, RIAYA_VALIDATION_ERROR_DATE_ORDER, "after the date of admission" },
    { "2008-01-01", "2020-09-15", RIAYA_CATEGORY_ELDERLY, NULL, RIAYA_VALIDATION_ERROR_SPECIALISATION, "art. 3" },
    { "2008-01-01", "2020-09-15", RIAYA_CATEGORY_PUPIL, "12-AB", RIAYA_VALIDATION_ERROR_FORMAT, "CNIE" },
    { "2008-01-01", "2015-08-31", RIAYA_CATEGORY_PUPIL, NULL, RIAYA_VALIDATION_ERROR_DATE_ORDER, "no licence yet" },
    { "2008-01-01", "2023-02-01", RIAYA_CATEGORY_PUPIL, NULL, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE, "not in force" },
    { "2008-01-01", "2099-01-01", RIAYA_CATEGORY_PUPIL, NULL, RIAYA_VALIDATION_ERROR_FUTURE_DATE, "future" },
    { "2008-01-01", NULL, RIAYA_CATEGORY_PUPIL, NULL, RIAYA_VALIDATION_ERROR_REQUIRED, "admission" },
    { NULL, "2020-09-15", RIAYA_CATEGORY_PUPIL, NULL, RIAYA_VALIDATION_ERROR_REQUIRED, "birth" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RiayaStay) stay = make_pupil (cases[i].birth_date, cases[i].admitted_on);
      g_autoptr(GError) error = NULL;
      gboolean ok;

      riaya_stay_set_category (stay, cases[i].category);
      riaya_resident_set_field (riaya_stay_get_resident (stay), RIAYA_RESIDENT_FIELD_CNIE, cases[i].cnie);

      g_test_message ("case %u", i);
      ok = riaya_stay_check_admission (stay, house, &today, &error);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          continue;
        }

      g_assert_false (ok);
      g_assert_error (error, RIAYA_VALIDATION_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].words));
    }
}

static void
test_exit_rules (void)
{
  g_autoptr(RiayaStay) stay = make_pupil ("2008-01-01", "2020-09-15");
  g_autoptr(GError) error = NULL;

  g_assert_false (riaya_stay_check_exit (stay, "2020-09-14", RIAYA_EXIT_REASON_FAMILY, &today, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);
  g_assert_nonnull (strstr (error->message, "before the date of admission"));
  g_clear_error (&error);

  g_assert_false (riaya_stay_check_exit (stay, "2099-01-01", RIAYA_EXIT_REASON_FAMILY, &today, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE);
  g_clear_error (&error);

  /* Leaving on the day of admission is possible (an emergency night). */
  g_assert_true (riaya_stay_check_exit (stay, "2020-09-15", RIAYA_EXIT_REASON_FAMILY, &today, &error));
  g_assert_no_error (error);

  riaya_stay_set_register_number (stay, 7);
  riaya_stay_set_exited_on (stay, "2021-06-30");
  g_assert_false (riaya_stay_check_exit (stay, "2021-07-01", RIAYA_EXIT_REASON_FAMILY, &today, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
  g_assert_nonnull (strstr (error->message, "already left"));
  g_assert_nonnull (strstr (error->message, "7"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 23, G_DATE_NOVEMBER, 2026);

  g_test_add_func ("/resident/fields", test_fields_are_trimmed_and_cnie_upper_case);
  g_test_add_func ("/resident/age", test_age_on_a_date);
  g_test_add_func ("/resident/cnie", test_cnie_form);
  g_test_add_func ("/stay/admission-rules", test_admission_rules);
  g_test_add_func ("/stay/exit-rules", test_exit_rules);

  return g_test_run ();
}
