/* test-institution.c — the institution object, its derived values and its
 * validation
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "riaya-core.h"

static GDate today;

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  riaya_interface_language_reset ();
}

/* A valid student house, licensed in 2015, with its grant and capacity. */
static RiayaInstitution *
student_house (void)
{
  RiayaInstitution *self = riaya_institution_new ();
  g_autoptr(RiayaLicenceEvent) granted = NULL;
  g_autoptr(RiayaCapacityLine) boys = NULL;
  g_autoptr(RiayaCapacityLine) girls = NULL;

  riaya_institution_set_licence_number (self, "EPS-12/2015");
  riaya_institution_set_licence_date (self, "2015-09-01");
  riaya_institution_set_legal_basis (self, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_institution_type (self, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_set_name_ar (self, "دار الطالبة تاونات");
  riaya_institution_set_name_fr (self, "Dar Taliba Taounate");
  riaya_institution_set_province_code (self, "05.531");
  riaya_institution_set_commune (self, "Taounate");
  riaya_institution_set_founder (self, "Association Al Amal");
  riaya_institution_set_phone (self, "0535 123456");

  granted = riaya_licence_event_new (RIAYA_LICENCE_EVENT_GRANTED, "2015-09-01", NULL, NULL);
  riaya_institution_add_event (self, granted);
  boys = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 40, "2015-09-01");
  girls = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 60, "2015-09-01");
  riaya_institution_add_capacity_line (self, boys);
  riaya_institution_add_capacity_line (self, girls);

  return self;
}

static void
assert_invalid (RiayaInstitution *self,
                int               code,
                const char       *mentions)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (riaya_institution_validate (self, &today, &error));
  if (!g_error_matches (error, RIAYA_VALIDATION_ERROR, code))
    g_error ("expected validation error %d, got %s", code, error ? error->message : "none");
  if (mentions != NULL)
    g_assert_nonnull (strstr (error->message, mentions));
}

static void
test_new_is_empty (void)
{
  g_autoptr(RiayaInstitution) self = riaya_institution_new ();
  g_autoptr(RiayaInstitution) other = riaya_institution_new ();

  g_assert_true (g_uuid_string_is_valid (riaya_institution_get_uuid (self)));
  g_assert_cmpstr (riaya_institution_get_uuid (self), !=, riaya_institution_get_uuid (other));
  g_assert_null (riaya_institution_get_licence_number (self));
  g_assert_null (riaya_institution_get_name_ar (self));
  g_assert_cmpstr (riaya_institution_get_display_name (self), ==, "");
  g_assert_cmpint (riaya_institution_get_status (self), ==, RIAYA_LICENCE_STATUS_NONE);
  g_assert_cmpuint (riaya_institution_get_places (self), ==, 0);
  g_assert_cmpuint (riaya_institution_get_services (self), ==, 0);
  g_assert_null (riaya_institution_dup_region_code (self));
  g_assert_cmpuint (g_list_model_get_n_items (riaya_institution_get_events (self)), ==, 0);
}

static void
test_fields (void)
{
  g_autoptr(RiayaInstitution) self = student_house ();
  g_autofree char *region = riaya_institution_dup_region_code (self);
  g_autofree char *uuid = NULL;
  g_autofree char *commune = NULL;

  g_assert_cmpstr (region, ==, "05");
  g_assert_cmpstr (riaya_institution_get_commune (self), ==, "Taounate");

  /* Empty text is no text: a cleared field reads as NULL. */
  riaya_institution_set_address (self, "");
  g_assert_null (riaya_institution_get_address (self));

  /* Properties and accessors agree. */
  g_object_get (self, "uuid", &uuid, "commune", &commune, NULL);
  g_assert_cmpstr (uuid, ==, riaya_institution_get_uuid (self));
  g_assert_cmpstr (commune, ==, "Taounate");
}

static void
test_services_and_staff (void)
{
  g_autoptr(RiayaInstitution) self = riaya_institution_new ();

  riaya_institution_set_services (self, (1u << RIAYA_SERVICE_ACCOMMODATION) | (1u << RIAYA_SERVICE_MEALS));
  g_assert_true (riaya_institution_has_service (self, RIAYA_SERVICE_MEALS));
  g_assert_true (riaya_institution_has_service (self, RIAYA_SERVICE_ACCOMMODATION));
  g_assert_false (riaya_institution_has_service (self, RIAYA_SERVICE_LEISURE));

  /* Bits beyond the 15 services of art. 5 mean nothing and are dropped. */
  riaya_institution_set_services (self, G_MAXUINT);
  g_assert_cmpuint (riaya_institution_get_services (self), ==, (1u << RIAYA_N_SERVICES) - 1);

  riaya_institution_set_staff (self, RIAYA_STAFF_EDUCATOR, 4);
  riaya_institution_set_staff (self, RIAYA_STAFF_DOCTOR_HOURS, 120);
  g_assert_cmpuint (riaya_institution_get_staff (self, RIAYA_STAFF_EDUCATOR), ==, 4);
  g_assert_cmpuint (riaya_institution_get_staff (self, RIAYA_STAFF_DOCTOR_HOURS), ==, 120);
  g_assert_cmpuint (riaya_institution_get_staff (self, RIAYA_STAFF_NURSE), ==, 0);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(RiayaInstitution) self = riaya_institution_new ();
  guint name_notified = 0, display_notified = 0, status_notified = 0, places_notified = 0;
  g_autoptr(RiayaLicenceEvent) granted = NULL;
  g_autoptr(RiayaCapacityLine) line = NULL;

  g_signal_connect (self, "notify::name-fr", G_CALLBACK (count_notify), &name_notified);
  g_signal_connect (self, "notify::display-name", G_CALLBACK (count_notify), &display_notified);
  g_signal_connect (self, "notify::status", G_CALLBACK (count_notify), &status_notified);
  g_signal_connect (self, "notify::places", G_CALLBACK (count_notify), &places_notified);

  riaya_institution_set_name_fr (self, "Dar Al Atfal");
  riaya_institution_set_name_fr (self, "Dar Al Atfal");
  g_assert_cmpuint (name_notified, ==, 1);
  g_assert_cmpuint (display_notified, ==, 1);

  /* The list shows status and places: they follow the history. */
  granted = riaya_licence_event_new (RIAYA_LICENCE_EVENT_GRANTED, "2010-01-01", NULL, NULL);
  riaya_institution_add_event (self, granted);
  g_assert_cmpuint (status_notified, ==, 1);
  g_assert_cmpint (riaya_institution_get_status (self), ==, RIAYA_LICENCE_STATUS_ACTIVE);

  line = riaya_capacity_line_new (RIAYA_CATEGORY_CHILD, RIAYA_SEX_ANY, 35, "2010-01-01");
  riaya_institution_add_capacity_line (self, line);
  g_assert_cmpuint (places_notified, ==, 1);
  g_assert_cmpuint (riaya_institution_get_places (self), ==, 35);

  riaya_institution_clear_history (self);
  g_assert_cmpint (riaya_institution_get_status (self), ==, RIAYA_LICENCE_STATUS_NONE);
  g_assert_cmpuint (riaya_institution_get_places (self), ==, 0);
  g_assert_cmpuint (status_notified, ==, 2);
  g_assert_cmpuint (places_notified, ==, 2);
}

static void
test_status_and_places_on (void)
{
  g_autoptr(RiayaInstitution) self = student_house ();
  g_autoptr(RiayaLicenceEvent) suspended = NULL;
  g_autoptr(RiayaCapacityLine) more = NULL;

  suspended = riaya_licence_event_new (RIAYA_LICENCE_EVENT_SUSPENDED, "2020-03-01", "2020-09-01", NULL);
  riaya_institution_add_event (self, suspended);
  more = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 80, "2018-09-01");
  riaya_institution_add_capacity_line (self, more);

  g_assert_cmpint (riaya_institution_get_status_on (self, "2015-08-31"), ==, RIAYA_LICENCE_STATUS_NONE);
  g_assert_cmpint (riaya_institution_get_status_on (self, "2019-01-01"), ==, RIAYA_LICENCE_STATUS_ACTIVE);
  g_assert_cmpint (riaya_institution_get_status_on (self, "2020-03-01"), ==, RIAYA_LICENCE_STATUS_SUSPENDED);
  g_assert_cmpint (riaya_institution_get_status (self), ==, RIAYA_LICENCE_STATUS_SUSPENDED);

  g_assert_cmpuint (riaya_institution_get_places_on (self, "2016-01-01"), ==, 100);
  g_assert_cmpuint (riaya_institution_get_places_on (self, "2018-09-01"), ==, 120);
  g_assert_cmpuint (riaya_institution_get_places (self), ==, 120);
}

static void
test_copy_and_update (void)
{
  g_autoptr(RiayaInstitution) original = student_house ();
  g_autoptr(RiayaInstitution) copy = NULL;
  g_autoptr(RiayaLicenceEvent) warning = NULL;

  riaya_institution_set_services (original, 1u << RIAYA_SERVICE_RECEPTION);
  riaya_institution_set_staff (original, RIAYA_STAFF_EDUCATOR, 3);

  copy = riaya_institution_copy (original);
  g_assert_true (copy != original);
  g_assert_cmpstr (riaya_institution_get_uuid (copy), ==, riaya_institution_get_uuid (original));
  g_assert_cmpstr (riaya_institution_get_name_fr (copy), ==, "Dar Taliba Taounate");
  g_assert_cmpuint (riaya_institution_get_services (copy), ==, 1u << RIAYA_SERVICE_RECEPTION);
  g_assert_cmpuint (riaya_institution_get_staff (copy, RIAYA_STAFF_EDUCATOR), ==, 3);
  g_assert_cmpuint (riaya_institution_get_places (copy), ==, 100);

  /* Editing the copy leaves the original alone… */
  riaya_institution_set_name_fr (copy, "Dar Taliba de Taounate");
  warning = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WARNING, "2021-01-01", NULL, NULL);
  riaya_institution_add_event (copy, warning);
  g_assert_cmpstr (riaya_institution_get_name_fr (original), ==, "Dar Taliba Taounate");
  g_assert_cmpuint (g_list_model_get_n_items (riaya_institution_get_events (original)), ==, 1);
  g_assert_cmpint (riaya_institution_get_status (original), ==, RIAYA_LICENCE_STATUS_ACTIVE);

  /* …until it is saved back. */
  riaya_institution_update_from (original, copy);
  g_assert_cmpstr (riaya_institution_get_name_fr (original), ==, "Dar Taliba de Taounate");
  g_assert_cmpuint (g_list_model_get_n_items (riaya_institution_get_events (original)), ==, 2);
  g_assert_cmpint (riaya_institution_get_status (original), ==, RIAYA_LICENCE_STATUS_WARNED);
}

static void
test_display_name_language (void)
{
  g_autoptr(RiayaInstitution) both = student_house ();
  g_autoptr(RiayaInstitution) arabic_only = riaya_institution_new ();
  g_autoptr(RiayaInstitution) french_only = riaya_institution_new ();

  riaya_institution_set_name_ar (arabic_only, "دار المسنين");
  riaya_institution_set_name_fr (french_only, "Maison des personnes âgées");

  use_language ("ar");
  g_assert_cmpstr (riaya_interface_language (), ==, "ar");
  g_assert_cmpstr (riaya_institution_get_display_name (both), ==, "دار الطالبة تاونات");
  g_assert_cmpstr (riaya_institution_get_display_name (arabic_only), ==, "دار المسنين");
  g_assert_cmpstr (riaya_institution_get_display_name (french_only), ==, "Maison des personnes âgées");

  use_language ("fr");
  g_assert_cmpstr (riaya_interface_language (), ==, "fr");
  g_assert_cmpstr (riaya_institution_get_display_name (both), ==, "Dar Taliba Taounate");
  g_assert_cmpstr (riaya_institution_get_display_name (arabic_only), ==, "دار المسنين");
  g_assert_cmpstr (riaya_institution_get_display_name (french_only), ==, "Maison des personnes âgées");

  /* Institutions have no English name: English shows the French one. */
  use_language ("en");
  g_assert_cmpstr (riaya_interface_language (), ==, "en");
  g_assert_cmpstr (riaya_institution_get_display_name (both), ==, "Dar Taliba Taounate");
  g_assert_cmpstr (riaya_institution_get_display_name (arabic_only), ==, "دار المسنين");

  /* The first language we translate to decides. */
  use_language ("de:ar:fr");
  g_assert_cmpstr (riaya_interface_language (), ==, "ar");
  use_language ("fr_MA:ar");
  g_assert_cmpstr (riaya_interface_language (), ==, "fr");
  use_language ("en_GB:ar");
  g_assert_cmpstr (riaya_interface_language (), ==, "en");

  use_language ("en");
}

static void
test_territory_display_name (void)
{
  g_autoptr(RiayaTerritory) province = riaya_territory_new (RIAYA_TERRITORY_PROVINCE, "05.531", "05",
                                                            "إقليم تاونات", "Province de Taounate");
  g_autoptr(RiayaTerritory) no_arabic = riaya_territory_new (RIAYA_TERRITORY_PROVINCE, "05.999", "05",
                                                             "", "Province X");
  g_autoptr(RiayaTerritory) region = riaya_territory_new (RIAYA_TERRITORY_REGION, "05", NULL,
                                                          "جهة فاس مكناس", "Fès-Meknès");

  g_assert_cmpstr (riaya_territory_get_code (province), ==, "05.531");
  g_assert_cmpstr (riaya_territory_get_region_code (province), ==, "05");
  /* A region is its own region. */
  g_assert_cmpstr (riaya_territory_get_region_code (region), ==, "05");
  g_assert_cmpint (riaya_territory_get_kind (region), ==, RIAYA_TERRITORY_REGION);

  use_language ("ar");
  g_assert_cmpstr (riaya_territory_get_display_name (province), ==, "إقليم تاونات");
  g_assert_cmpstr (riaya_territory_get_display_name (no_arabic), ==, "Province X");
  use_language ("fr");
  g_assert_cmpstr (riaya_territory_get_display_name (province), ==, "Province de Taounate");
  use_language ("en");
  g_assert_cmpstr (riaya_territory_get_display_name (region), ==, "Fès-Meknès");
}

static void
test_search_key (void)
{
  g_autoptr(RiayaInstitution) self = student_house ();
  const char *key = riaya_institution_get_search_key (self);
  g_autofree char *arabic_query = riaya_text_fold ("الطالبه");

  /* Names in both scripts, licence number, commune and founder. */
  g_assert_nonnull (strstr (key, "taounate"));
  g_assert_nonnull (strstr (key, "eps-12/2015"));
  g_assert_nonnull (strstr (key, "al amal"));
  g_assert_nonnull (strstr (key, arabic_query));

  /* The key follows the fields. */
  riaya_institution_set_commune (self, "Ghafsai");
  key = riaya_institution_get_search_key (self);
  g_assert_nonnull (strstr (key, "ghafsai"));
  riaya_institution_set_name_fr (self, "Maison Fès");
  key = riaya_institution_get_search_key (self);
  g_assert_nonnull (strstr (key, "maison fes"));
}

static void
test_validate_good (void)
{
  g_autoptr(RiayaInstitution) self = student_house ();
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_institution_validate (self, &today, &error));
  g_assert_no_error (error);

  /* One name is enough, in either language; the phone is optional. */
  riaya_institution_set_name_ar (self, NULL);
  riaya_institution_set_phone (self, NULL);
  g_assert_true (riaya_institution_validate (self, &today, NULL));
}

static void
test_validate_refusals (void)
{
  g_autoptr(RiayaInstitution) self = NULL;

  self = student_house ();
  riaya_institution_set_name_ar (self, NULL);
  riaya_institution_set_name_fr (self, "");
  assert_invalid (self, RIAYA_VALIDATION_ERROR_REQUIRED, "name");
  g_clear_object (&self);

  self = student_house ();
  riaya_institution_set_licence_number (self, NULL);
  assert_invalid (self, RIAYA_VALIDATION_ERROR_REQUIRED, "Licence number");
  g_clear_object (&self);

  self = student_house ();
  riaya_institution_set_licence_number (self, "رخصة ١٢");
  assert_invalid (self, RIAYA_VALIDATION_ERROR_FORMAT, "رخصة ١٢");
  g_clear_object (&self);

  self = student_house ();
  riaya_institution_set_province_code (self, "Taounate");
  assert_invalid (self, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE, "Taounate");
  g_clear_object (&self);

  self = student_house ();
  riaya_institution_set_province_code (self, NULL);
  assert_invalid (self, RIAYA_VALIDATION_ERROR_REQUIRED, "Province");
  g_clear_object (&self);

  self = student_house ();
  riaya_institution_set_phone (self, "05 35");
  assert_invalid (self, RIAYA_VALIDATION_ERROR_FORMAT, "phone");
  g_clear_object (&self);

  self = student_house ();
  riaya_institution_set_licence_date (self, "2025-06-02");
  assert_invalid (self, RIAYA_VALIDATION_ERROR_FUTURE_DATE, "2025-06-02");
  g_clear_object (&self);

  self = student_house ();
  riaya_institution_set_licence_date (self, NULL);
  assert_invalid (self, RIAYA_VALIDATION_ERROR_REQUIRED, NULL);
  g_clear_object (&self);
}

static void
test_validate_history_and_capacity (void)
{
  g_autoptr(RiayaInstitution) self = NULL;
  g_autoptr(RiayaCapacityLine) elderly = NULL;
  g_autoptr(RiayaCapacityLine) early = NULL;
  g_autoptr(RiayaLicenceEvent) reopened = NULL;

  /* Law 65.15 art. 3: a student house holds places for pupils only. */
  self = student_house ();
  elderly = riaya_capacity_line_new (RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 10, "2016-01-01");
  riaya_institution_add_capacity_line (self, elderly);
  assert_invalid (self, RIAYA_VALIDATION_ERROR_SPECIALISATION, NULL);
  /* …unless it is group care. */
  riaya_institution_set_institution_type (self, RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL);
  g_assert_true (riaya_institution_validate (self, &today, NULL));
  g_clear_object (&self);

  self = student_house ();
  early = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 10, "2015-08-01");
  riaya_institution_add_capacity_line (self, early);
  assert_invalid (self, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2015-08-01");
  g_clear_object (&self);

  self = student_house ();
  reopened = riaya_licence_event_new (RIAYA_LICENCE_EVENT_REOPENED, "2019-01-01", NULL, NULL);
  riaya_institution_add_event (self, reopened);
  assert_invalid (self, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE, NULL);
  g_clear_object (&self);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_JUNE, 2025);

  g_test_add_func ("/institution/new-is-empty", test_new_is_empty);
  g_test_add_func ("/institution/fields", test_fields);
  g_test_add_func ("/institution/services-and-staff", test_services_and_staff);
  g_test_add_func ("/institution/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/institution/status-and-places-on", test_status_and_places_on);
  g_test_add_func ("/institution/copy-and-update", test_copy_and_update);
  g_test_add_func ("/institution/display-name/language", test_display_name_language);
  g_test_add_func ("/institution/territory-display-name", test_territory_display_name);
  g_test_add_func ("/institution/search-key", test_search_key);
  g_test_add_func ("/institution/validate/good", test_validate_good);
  g_test_add_func ("/institution/validate/refusals", test_validate_refusals);
  g_test_add_func ("/institution/validate/history-and-capacity", test_validate_history_and_capacity);

  return g_test_run ();
}
