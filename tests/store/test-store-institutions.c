/* test-store-institutions.c — institutions, licence events, capacity, journal
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "store-test-util.h"

/* Asserts that a refused write changed nothing: same digest, same
 * number of journal rows. */
#define ASSERT_UNCHANGED(store, digest_before)                         \
  G_STMT_START {                                                       \
    g_autofree char *digest_after_ = riaya_store_dup_content_digest (store); \
    g_assert_cmpstr (digest_before, ==, digest_after_);                \
  } G_STMT_END

static RiayaInstitution *
add_institution (StoreFixture *fixture,
                 const char   *licence_number,
                 const char   *name_fr)
{
  g_autoptr(GError) error = NULL;
  RiayaInstitution *institution = make_institution (licence_number, name_fr);

  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_no_error (error);

  return institution;
}

static void
test_add_get_list (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = make_institution ("TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInstitution) second = NULL;
  g_autoptr(RiayaInstitution) loaded = NULL;
  g_autoptr(RiayaInstitution) by_number = NULL;
  g_autoptr(RiayaLicenceEvent) event = NULL;
  g_autoptr(RiayaCapacityLine) line = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  const char *uuid = riaya_institution_get_uuid (institution);

  riaya_institution_set_founder (institution, "Association Al Amal");
  riaya_institution_set_director (institution, "Directrice");
  riaya_institution_set_address (institution, "12 rue de Fès");
  riaya_institution_set_phone (institution, "0539 123456");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_65_15);
  riaya_institution_set_services (institution, (1u << RIAYA_SERVICE_ACCOMMODATION) |
                                               (1u << RIAYA_SERVICE_MEALS) |
                                               (1u << RIAYA_SERVICE_LEISURE));
  riaya_institution_set_staff (institution, RIAYA_STAFF_EDUCATOR, 3);
  riaya_institution_set_staff (institution, RIAYA_STAFF_DOCTOR_HOURS, 240);

  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_no_error (error);

  /* With no event given, the licence starts its history with a grant on
   * the licence date, in the store and in the object. */
  g_assert_cmpuint (g_list_model_get_n_items (riaya_institution_get_events (institution)), ==, 1);
  event = g_list_model_get_item (riaya_institution_get_events (institution), 0);
  g_assert_cmpint (riaya_licence_event_get_kind (event), ==, RIAYA_LICENCE_EVENT_GRANTED);
  g_assert_cmpstr (riaya_licence_event_get_date (event), ==, "2020-01-15");

  loaded = riaya_store_get_institution (fixture->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_institution_get_uuid (loaded), ==, uuid);
  g_assert_cmpstr (riaya_institution_get_licence_number (loaded), ==, "TNG/2020/001");
  g_assert_cmpstr (riaya_institution_get_licence_date (loaded), ==, "2020-01-15");
  g_assert_cmpint (riaya_institution_get_legal_basis (loaded), ==, RIAYA_LEGAL_BASIS_65_15);
  g_assert_cmpint (riaya_institution_get_institution_type (loaded), ==, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  g_assert_cmpstr (riaya_institution_get_name_fr (loaded), ==, "Dar Talib Tanger");
  g_assert_cmpstr (riaya_institution_get_name_ar (loaded), ==, "دار الطالب");
  g_assert_cmpstr (riaya_institution_get_founder (loaded), ==, "Association Al Amal");
  g_assert_cmpstr (riaya_institution_get_director (loaded), ==, "Directrice");
  g_assert_cmpstr (riaya_institution_get_province_code (loaded), ==, "01.511");
  g_assert_cmpstr (riaya_institution_get_commune (loaded), ==, "Tanger");
  g_assert_cmpstr (riaya_institution_get_address (loaded), ==, "12 rue de Fès");
  g_assert_cmpstr (riaya_institution_get_phone (loaded), ==, "0539 123456");
  g_assert_cmpuint (riaya_institution_get_services (loaded), ==, riaya_institution_get_services (institution));
  g_assert_cmpuint (riaya_institution_get_staff (loaded, RIAYA_STAFF_EDUCATOR), ==, 3);
  g_assert_cmpuint (riaya_institution_get_staff (loaded, RIAYA_STAFF_DOCTOR_HOURS), ==, 240);
  g_assert_cmpuint (riaya_institution_get_staff (loaded, RIAYA_STAFF_NURSE), ==, 0);
  g_assert_cmpint (riaya_institution_get_status (loaded), ==, RIAYA_LICENCE_STATUS_ACTIVE);
  g_assert_cmpuint (riaya_institution_get_places (loaded), ==, 40);

  line = g_list_model_get_item (riaya_institution_get_capacity_lines (loaded), 0);
  g_assert_cmpint (riaya_capacity_line_get_category (line), ==, RIAYA_CATEGORY_PUPIL);
  g_assert_cmpint (riaya_capacity_line_get_sex (line), ==, RIAYA_SEX_MALE);

  /* Found by licence number too, and readable in the sqlite3 shell. */
  by_number = riaya_store_get_institution (fixture->store, "TNG/2020/001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_institution_get_uuid (by_number), ==, uuid);
  g_assert_cmpint (raw_query_int (fixture->path,
                                  "SELECT count(*) FROM institutions WHERE type = 'student-house'"
                                  " AND legal_basis = '65.15'"), ==, 1);

  second = add_institution (fixture, "AAA/2019/007", "Dar Taliba Assilah");
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 2);
  g_assert_true (riaya_store_licence_number_exists (fixture->store, "AAA/2019/007", NULL));
  g_assert_false (riaya_store_licence_number_exists (fixture->store, "AAA/2019/007",
                                                      riaya_institution_get_uuid (second)));
  g_assert_false (riaya_store_licence_number_exists (fixture->store, "ZZZ", NULL));

  /* The list is in licence-number order, complete with history. */
  list = riaya_store_list_institutions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(RiayaInstitution) first = g_list_model_get_item (list, 0);
    g_autoptr(RiayaInstitution) last = g_list_model_get_item (list, 1);

    g_assert_cmpstr (riaya_institution_get_licence_number (first), ==, "AAA/2019/007");
    g_assert_cmpstr (riaya_institution_get_licence_number (last), ==, "TNG/2020/001");
    g_assert_cmpuint (g_list_model_get_n_items (riaya_institution_get_events (last)), ==, 1);
    g_assert_cmpuint (riaya_institution_get_places (last), ==, 40);
    g_assert_cmpuint (riaya_institution_get_services (last), ==, riaya_institution_get_services (institution));
  }

  g_assert_null (riaya_store_get_institution (fixture->store, "NOPE/1", &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "NOPE/1"));
}

static void
test_update (StoreFixture  *fixture,
             gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInstitution) edited = NULL;
  g_autoptr(RiayaInstitution) loaded = NULL;
  g_autoptr(RiayaLicenceEvent) warning = NULL;
  g_autoptr(RiayaCapacityLine) line = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const char *uuid = riaya_institution_get_uuid (institution);
  RiayaJournalEntry *entry;
  guint n_journal;

  /* Saving what is stored writes nothing, not even a journal row. */
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_true (riaya_store_update_institution (fixture->store, institution, &error));
  g_assert_no_error (error);
  ASSERT_UNCHANGED (fixture->store, before);

  n_journal = journal_count (fixture->store);
  edited = riaya_institution_copy (institution);
  riaya_institution_set_name_fr (edited, "Dar Talib Tanger-Medina");
  riaya_institution_set_director (edited, "Nouveau directeur");
  riaya_institution_set_services (edited, 1u << RIAYA_SERVICE_RECEPTION);
  warning = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WARNING, "2023-03-01", "2023-06-01", "Sécurité");
  riaya_institution_add_event (edited, warning);
  line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 25, "2022-09-01");
  riaya_institution_add_capacity_line (edited, line);

  g_assert_true (riaya_store_update_institution (fixture->store, edited, &error));
  g_assert_no_error (error);

  loaded = riaya_store_get_institution (fixture->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_institution_get_name_fr (loaded), ==, "Dar Talib Tanger-Medina");
  g_assert_cmpstr (riaya_institution_get_director (loaded), ==, "Nouveau directeur");
  g_assert_cmpuint (riaya_institution_get_services (loaded), ==, 1u << RIAYA_SERVICE_RECEPTION);
  g_assert_cmpuint (g_list_model_get_n_items (riaya_institution_get_events (loaded)), ==, 2);
  g_assert_cmpint (riaya_institution_get_status (loaded), ==, RIAYA_LICENCE_STATUS_WARNED);
  g_assert_cmpuint (riaya_institution_get_places (loaded), ==, 65);

  /* One row for the fields, one for the event, one for the line; the
   * summary names fields, not the director's name. */
  g_assert_cmpuint (journal_count (fixture->store), ==, n_journal + 3);
  journal = riaya_store_list_journal (fixture->store, uuid, 0);
  entry = g_ptr_array_index (journal, 2);
  g_assert_cmpstr (entry->entity, ==, "institution");
  g_assert_cmpstr (entry->action, ==, "update");
  g_assert_nonnull (strstr (entry->summary, "director"));
  g_assert_null (strstr (entry->summary, "Nouveau directeur"));
  entry = g_ptr_array_index (journal, 1);
  g_assert_cmpstr (entry->entity, ==, "licence-event");
  entry = g_ptr_array_index (journal, 0);
  g_assert_cmpstr (entry->entity, ==, "capacity-line");

  /* A change that breaks the rules is refused whole. */
  before = (g_free (before), riaya_store_dup_content_digest (fixture->store));
  riaya_institution_set_name_fr (edited, "Autre nom");
  riaya_institution_set_institution_type (edited, RIAYA_INSTITUTION_TYPE_ELDERLY);
  g_assert_false (riaya_store_update_institution (fixture->store, edited, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_SPECIALISATION);
  ASSERT_UNCHANGED (fixture->store, before);
}

static void
test_delete_undelete (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInstitution) successor = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const char *uuid = riaya_institution_get_uuid (institution);
  RiayaJournalEntry *entry;

  g_assert_true (riaya_store_delete_institution (fixture->store, uuid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 0);
  list = riaya_store_list_institutions (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_null (riaya_store_get_institution (fixture->store, uuid, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  journal = riaya_store_list_journal (fixture->store, uuid, 1);
  entry = g_ptr_array_index (journal, 0);
  g_assert_cmpstr (entry->action, ==, "delete");

  /* Deleting twice is refused; undo brings it back whole. */
  g_assert_false (riaya_store_delete_institution (fixture->store, uuid, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (riaya_store_undelete_institution (fixture->store, uuid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 1);
  {
    g_autoptr(RiayaInstitution) back = riaya_store_get_institution (fixture->store, uuid, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (riaya_institution_get_places (back), ==, 40);
  }

  /* A deleted institution's number may go to a new one; the old one then
   * cannot come back with the same number. */
  g_assert_true (riaya_store_delete_institution (fixture->store, uuid, &error));
  successor = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger II");
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_undelete_institution (fixture->store, uuid, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Dar Talib Tanger II"));
  ASSERT_UNCHANGED (fixture->store, before);
}

static void
test_duplicate_refused (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(RiayaInstitution) first = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInstitution) copy = make_institution ("TNG/2020/001", "Dar Taliba Tanger");
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  guint failed = 99;

  g_assert_false (riaya_store_add_institution (fixture->store, copy, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE);
  /* The sentence names the number and who holds it. */
  g_assert_nonnull (strstr (error->message, "TNG/2020/001"));
  g_assert_nonnull (strstr (error->message, "Dar Talib Tanger"));
  g_clear_error (&error);
  ASSERT_UNCHANGED (fixture->store, before);

  /* The same number twice in one batch: all or nothing. */
  g_ptr_array_add (batch, make_institution ("B/1", "Un"));
  g_ptr_array_add (batch, make_institution ("B/2", "Deux"));
  g_ptr_array_add (batch, make_institution ("B/1", "Trois"));
  g_assert_false (riaya_store_add_institutions (fixture->store, batch, &failed, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE);
  g_assert_cmpuint (failed, ==, 2);
  g_clear_error (&error);
  ASSERT_UNCHANGED (fixture->store, before);

  /* An invalid one late in a batch: the first ones are not written. */
  riaya_institution_set_licence_number (g_ptr_array_index (batch, 2), "B/3");
  riaya_institution_set_province_code (g_ptr_array_index (batch, 2), "42.000");
  g_assert_false (riaya_store_add_institutions (fixture->store, batch, &failed, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_UNKNOWN_TERRITORY);
  g_assert_cmpuint (failed, ==, 2);
  g_clear_error (&error);
  ASSERT_UNCHANGED (fixture->store, before);

  riaya_institution_set_province_code (g_ptr_array_index (batch, 2), "03.231");
  g_assert_true (riaya_store_add_institutions (fixture->store, batch, &failed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 4);
}

static void
test_bad_input_refused (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  guint n_journal = journal_count (fixture->store);

  {
    /* A province that does not exist: named, with how to find codes. */
    g_autoptr(RiayaInstitution) institution = make_institution ("X/1", "Nulle part");
    riaya_institution_set_province_code (institution, "99.999");
    g_assert_false (riaya_store_add_institution (fixture->store, institution, &error));
    g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_UNKNOWN_TERRITORY);
    g_assert_nonnull (strstr (error->message, "99.999"));
    g_assert_nonnull (strstr (error->message, "RR.PPP"));
    g_clear_error (&error);
  }
  {
    /* A region is not a province. */
    g_autoptr(RiayaInstitution) institution = make_institution ("X/2", "Région");
    riaya_institution_set_province_code (institution, "01");
    g_assert_false (riaya_store_add_institution (fixture->store, institution, &error));
    g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE);
    g_clear_error (&error);
  }
  {
    g_autoptr(RiayaInstitution) institution = make_institution ("X/3", "Futur");
    riaya_institution_set_licence_date (institution, "2999-01-01");
    g_assert_false (riaya_store_add_institution (fixture->store, institution, &error));
    g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE);
    g_clear_error (&error);
  }
  {
    /* Law 65.15 art. 3: a student house holds no places for the elderly. */
    g_autoptr(RiayaInstitution) institution = make_institution ("X/4", "Mélange");
    g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY,
                                                                 10, "2020-01-15");
    riaya_institution_add_capacity_line (institution, line);
    g_assert_false (riaya_store_add_institution (fixture->store, institution, &error));
    g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_SPECIALISATION);
    g_clear_error (&error);
  }
  {
    g_autoptr(RiayaInstitution) institution = make_institution ("X/5", "Trop tôt");
    g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE,
                                                                 10, "2019-12-31");
    riaya_institution_add_capacity_line (institution, line);
    g_assert_false (riaya_store_add_institution (fixture->store, institution, &error));
    g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);
    g_clear_error (&error);
  }
  {
    g_autoptr(RiayaInstitution) institution = make_institution ("X/6", NULL);
    riaya_institution_set_name_ar (institution, NULL);
    g_assert_false (riaya_store_add_institution (fixture->store, institution, &error));
    g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED);
    g_clear_error (&error);
  }

  ASSERT_UNCHANGED (fixture->store, before);
  g_assert_cmpuint (journal_count (fixture->store), ==, n_journal);
}

static void
test_journal (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaInstitution) refused = make_institution ("J/1", "Refusée");
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) mine = NULL;
  g_autoptr(GError) error = NULL;
  RiayaJournalEntry *entry;
  guint n;

  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_NATIONAL, NULL, &error));
  riaya_store_set_actor (fixture->store, "agent-en");
  institution = add_institution (fixture, "J/1", "Dar Talib Journal");

  mine = riaya_store_list_journal (fixture->store, riaya_institution_get_uuid (institution), 0);
  g_assert_cmpuint (mine->len, ==, 1);
  entry = g_ptr_array_index (mine, 0);
  g_assert_cmpstr (entry->os_user, ==, "agent-en");
  g_assert_cmpstr (entry->profile, ==, "national");
  g_assert_cmpstr (entry->entity, ==, "institution");
  g_assert_cmpstr (entry->action, ==, "create");
  g_assert_cmpstr (entry->record_uuid, ==, riaya_institution_get_uuid (institution));
  g_assert_nonnull (strstr (entry->summary, "J/1"));
  /* UTC, ISO 8601, to the second. */
  g_assert_cmpuint (strlen (entry->at), ==, strlen ("2026-01-01T00:00:00Z"));
  g_assert_true (g_str_has_suffix (entry->at, "Z"));

  /* A refused change leaves no trace. */
  n = journal_count (fixture->store);
  g_assert_false (riaya_store_add_institution (fixture->store, refused, &error));
  g_clear_error (&error);
  g_assert_cmpuint (journal_count (fixture->store), ==, n);

  /* Newest first, and the limit is honoured. */
  g_assert_true (riaya_store_delete_institution (fixture->store, riaya_institution_get_uuid (institution), &error));
  all = riaya_store_list_journal (fixture->store, NULL, 2);
  g_assert_cmpuint (all->len, ==, 2);
  entry = g_ptr_array_index (all, 0);
  g_assert_cmpstr (entry->action, ==, "delete");
  entry = g_ptr_array_index (all, 1);
  g_assert_cmpstr (entry->action, ==, "create");
}

static void
test_capacity_on_date (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = add_institution (fixture, "C/1", "Dar Talib Capacité");
  g_autoptr(RiayaInstitution) loaded = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) correction = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const char *uuid = riaya_institution_get_uuid (institution);

  /* 40 boys from 2020-01-15 (make_institution); from 2022-09-01, 60 boys
   * and 30 girls. */
  g_ptr_array_add (lines, riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 60, "2022-09-01"));
  g_ptr_array_add (lines, riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 30, "2022-09-01"));
  g_assert_true (riaya_store_add_capacity_lines (fixture->store, uuid, lines, &error));
  g_assert_no_error (error);

  loaded = riaya_store_get_institution (fixture->store, uuid, &error);
  g_assert_cmpuint (riaya_institution_get_places_on (loaded, "2019-06-01"), ==, 0);
  g_assert_cmpuint (riaya_institution_get_places_on (loaded, "2021-06-01"), ==, 40);
  g_assert_cmpuint (riaya_institution_get_places_on (loaded, "2022-09-01"), ==, 90);
  g_assert_cmpuint (riaya_institution_get_places (loaded), ==, 90);
  g_clear_object (&loaded);

  /* A correction on the same date, recorded later, wins. */
  g_ptr_array_add (correction, riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 55, "2022-09-01"));
  g_assert_true (riaya_store_add_capacity_lines (fixture->store, uuid, correction, &error));
  loaded = riaya_store_get_institution (fixture->store, uuid, &error);
  g_assert_cmpuint (riaya_institution_get_places_on (loaded, "2023-01-01"), ==, 85);
  g_assert_cmpuint (riaya_institution_get_places_on (loaded, "2021-06-01"), ==, 40);

  /* A bad line refuses the whole set. */
  before = riaya_store_dup_content_digest (fixture->store);
  g_ptr_array_add (bad, riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 70, "2024-09-01"));
  g_ptr_array_add (bad, riaya_capacity_line_new (RIAYA_CATEGORY_WOMAN, RIAYA_SEX_FEMALE, 10, "2024-09-01"));
  g_assert_false (riaya_store_add_capacity_lines (fixture->store, uuid, bad, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_SPECIALISATION);
  g_clear_error (&error);
  g_ptr_array_remove_index (bad, 1);
  g_ptr_array_add (bad, riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 10, "2010-09-01"));
  g_assert_false (riaya_store_add_capacity_lines (fixture->store, uuid, bad, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  /* Lines already recorded are not recorded twice. */
  g_assert_false (riaya_store_add_capacity_lines (fixture->store, uuid, lines, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (riaya_store_add_capacity_lines (fixture->store, "no-such-uuid", correction, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  ASSERT_UNCHANGED (fixture->store, before);
}

static void
test_licence_events (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = add_institution (fixture, "L/1", "Dar Talib Licence");
  g_autoptr(RiayaLicenceEvent) reopen = riaya_licence_event_new (RIAYA_LICENCE_EVENT_REOPENED, "2021-01-10", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) early = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WARNING, "2019-01-10", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) again = riaya_licence_event_new (RIAYA_LICENCE_EVENT_GRANTED, "2021-01-10", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) suspend = riaya_licence_event_new (RIAYA_LICENCE_EVENT_SUSPENDED, "2022-02-01",
                                                                  "2022-05-01", "Sécurité incendie");
  g_autoptr(RiayaLicenceEvent) reopen_later = riaya_licence_event_new (RIAYA_LICENCE_EVENT_REOPENED, "2022-06-01", NULL, NULL);
  g_autoptr(RiayaInstitution) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  const char *uuid = riaya_institution_get_uuid (institution);

  /* Reopening an institution that is active makes no sense. */
  g_assert_false (riaya_store_add_licence_event (fixture->store, uuid, reopen, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
  g_clear_error (&error);
  g_assert_false (riaya_store_add_licence_event (fixture->store, uuid, early, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_false (riaya_store_add_licence_event (fixture->store, uuid, again, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
  g_clear_error (&error);
  g_assert_false (riaya_store_add_licence_event (fixture->store, "no-such-uuid", suspend, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ASSERT_UNCHANGED (fixture->store, before);

  /* Suspended (art. 34), then reopened. */
  g_assert_true (riaya_store_add_licence_event (fixture->store, uuid, suspend, &error));
  g_assert_no_error (error);
  loaded = riaya_store_get_institution (fixture->store, uuid, &error);
  g_assert_cmpint (riaya_institution_get_status (loaded), ==, RIAYA_LICENCE_STATUS_SUSPENDED);
  g_assert_cmpint (riaya_institution_get_status_on (loaded, "2021-12-31"), ==, RIAYA_LICENCE_STATUS_ACTIVE);
  g_clear_object (&loaded);

  g_assert_true (riaya_store_add_licence_event (fixture->store, uuid, reopen_later, &error));
  g_assert_no_error (error);
  loaded = riaya_store_get_institution (fixture->store, uuid, &error);
  g_assert_cmpint (riaya_institution_get_status (loaded), ==, RIAYA_LICENCE_STATUS_ACTIVE);
  g_assert_cmpuint (g_list_model_get_n_items (riaya_institution_get_events (loaded)), ==, 3);
  {
    g_autoptr(RiayaLicenceEvent) stored = g_list_model_get_item (riaya_institution_get_events (loaded), 1);
    g_assert_cmpstr (riaya_licence_event_get_uuid (stored), ==, riaya_licence_event_get_uuid (suspend));
    g_assert_cmpstr (riaya_licence_event_get_deadline (stored), ==, "2022-05-01");
    g_assert_cmpstr (riaya_licence_event_get_note (stored), ==, "Sécurité incendie");
  }

  /* The same event cannot be recorded twice. */
  g_clear_pointer (&before, g_free);
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_add_licence_event (fixture->store, uuid, reopen_later, &error));
  g_assert_nonnull (error);
  ASSERT_UNCHANGED (fixture->store, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  ADD ("/store/institutions/add-get-list", test_add_get_list);
  ADD ("/store/institutions/update", test_update);
  ADD ("/store/institutions/delete-undelete", test_delete_undelete);
  ADD ("/store/institutions/duplicate-refused", test_duplicate_refused);
  ADD ("/store/institutions/bad-input-refused", test_bad_input_refused);
  ADD ("/store/journal/who-and-what", test_journal);
  ADD ("/store/capacity/on-date", test_capacity_on_date);
  ADD ("/store/licence/events", test_licence_events);

  return g_test_run ();
}
