/* test-store-residents.c — the register: admissions, exits, transfers, refusals
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test works in a director's database (the only one that keeps a
 * register) holding one student house licensed on 2020-01-15 with 40
 * places for boys, as a director would see it.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "riaya-store-private.h"
#include "riaya-store-residents.h"
#include "store-test-util.h"

/* A refused write changed nothing at all. */
#define ASSERT_UNCHANGED(store, digest_before)                               \
  G_STMT_START {                                                             \
    g_autofree char *digest_after_ = riaya_store_dup_content_digest (store); \
    g_assert_cmpstr (digest_before, ==, digest_after_);                      \
  } G_STMT_END

#define ASSERT_MESSAGE_HAS(error, text) \
  g_assert_nonnull (strstr ((error)->message, (text)))

typedef struct
{
  StoreFixture      base;
  RiayaInstitution *house;   /* the student house, boys, 40 places */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  store_fixture_set_up (&fixture->base, data);
  g_assert_true (riaya_store_set_profile (fixture->base.store, RIAYA_PROFILE_DIRECTOR, NULL, &error));
  g_assert_no_error (error);

  fixture->house = make_institution ("TNG/2020/001", "Dar Talib Tanger");
  g_assert_true (riaya_store_add_institution (fixture->base.store, fixture->house, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->house);
  store_fixture_tear_down (&fixture->base, data);
}

static RiayaResident *
make_resident (const char *first,
               const char *last,
               RiayaSex    sex,
               const char *birth_date)
{
  RiayaResident *resident = riaya_resident_new ();

  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, first);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, last);
  riaya_resident_set_sex (resident, sex);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, birth_date);

  return resident;
}

static RiayaStay *
make_stay (RiayaResident    *resident,
           RiayaInstitution *institution,
           RiayaCategory     category,
           const char       *admitted_on)
{
  RiayaStay *stay = riaya_stay_new (resident);

  riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (institution));
  riaya_stay_set_category (stay, category);
  riaya_stay_set_admitted_on (stay, admitted_on);
  riaya_stay_set_referral (stay, RIAYA_REFERRAL_FAMILY);

  return stay;
}

/* Admits a new boy pupil born on @birth_date; returns the stay. */
static RiayaStay *
admit_pupil (RiayaStore       *store,
             RiayaInstitution *institution,
             const char       *first,
             const char       *birth_date,
             const char       *admitted_on)
{
  g_autoptr(RiayaResident) resident = make_resident (first, "Alaoui", RIAYA_SEX_MALE, birth_date);
  g_autoptr(GError) error = NULL;
  RiayaStay *stay = make_stay (resident, institution, RIAYA_CATEGORY_PUPIL, admitted_on);

  g_assert_true (riaya_store_admit (store, stay, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_no_error (error);

  return stay;
}

static void
record_exit (RiayaStore      *store,
             RiayaStay       *stay,
             const char      *date,
             RiayaExitReason  reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_record_exit (store, riaya_stay_get_uuid (stay), date, reason, NULL,
                                          RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_no_error (error);
}

/* People present in @institution on @on according to the counts, or -1
 * when no count covers the date. */
static int
present_on (RiayaStore       *store,
            RiayaInstitution *institution,
            const char       *on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) table = riaya_store_presence_on (store, on, riaya_institution_get_uuid (institution), &error);
  RiayaPresence *presence;

  g_assert_no_error (error);
  presence = g_hash_table_lookup (table, riaya_institution_get_uuid (institution));

  return presence != NULL ? (int) riaya_presence_total (presence) : -1;
}

/* The only group of places of @institution on @on (boys, pupils). */
static RiayaOccupancyGroup
boys_group_on (RiayaStore       *store,
               RiayaInstitution *institution,
               const char       *on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaInstitution) loaded = riaya_store_get_institution (store, riaya_institution_get_uuid (institution),
                                                                    &error);
  g_autoptr(GHashTable) table = riaya_store_presence_on (store, on, riaya_institution_get_uuid (institution), &error);
  g_autoptr(GArray) groups = NULL;

  g_assert_no_error (error);
  groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (loaded), on,
                                   g_hash_table_lookup (table, riaya_institution_get_uuid (institution)));
  g_assert_cmpuint (groups->len, ==, 1);

  return g_array_index (groups, RiayaOccupancyGroup, 0);
}

static RiayaJournalEntry *
latest_journal (RiayaStore *store,
                const char *record_uuid,
                GPtrArray **keep)
{
  *keep = riaya_store_list_journal (store, record_uuid, 0);
  g_assert_cmpuint ((*keep)->len, >, 0);

  return g_ptr_array_index (*keep, 0);
}

/* ---- admissions and the register ----------------------------------------- */

static void
test_admit_and_list (Fixture       *fixture,
                     gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  const char *house_uuid = riaya_institution_get_uuid (fixture->house);
  g_autoptr(RiayaStay) first = NULL;
  g_autoptr(RiayaStay) second = NULL;
  g_autoptr(RiayaStay) third = NULL;
  g_autoptr(RiayaStay) loaded = NULL;
  g_autoptr(RiayaStay) by_number = NULL;
  g_autoptr(RiayaResident) person = NULL;
  g_autoptr(GListModel) present = NULL;
  g_autoptr(GListModel) everyone = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  RiayaJournalEntry *entry;

  g_assert_true (riaya_store_keeps_registers (store));
  g_assert_cmpuint (riaya_store_next_register_number (store, house_uuid), ==, 1);

  first = admit_pupil (store, fixture->house, "Youssef", "2010-03-04", "2023-09-01");
  second = admit_pupil (store, fixture->house, "Omar", "2011-05-06", "2023-09-02");
  third = admit_pupil (store, fixture->house, "Karim", "2012-07-08", "2024-09-01");

  /* Numbers in sequence per institution (Law 65.15 art. 28). */
  g_assert_cmpuint (riaya_stay_get_register_number (first), ==, 1);
  g_assert_cmpuint (riaya_stay_get_register_number (second), ==, 2);
  g_assert_cmpuint (riaya_stay_get_register_number (third), ==, 3);
  g_assert_cmpuint (riaya_store_next_register_number (store, house_uuid), ==, 4);

  record_exit (store, second, "2024-06-30", RIAYA_EXIT_REASON_FAMILY);

  present = riaya_store_list_stays (store, house_uuid, "2024-07-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (present), ==, 1);
  loaded = g_list_model_get_item (present, 0);
  g_assert_cmpuint (riaya_stay_get_register_number (loaded), ==, 1);
  g_assert_cmpstr (riaya_resident_get_first_name (riaya_stay_get_resident (loaded)), ==, "Youssef");
  g_assert_cmpstr (riaya_stay_get_institution_name (loaded), ==, "Dar Talib Tanger");
  g_clear_object (&loaded);

  everyone = riaya_store_list_stays (store, house_uuid, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (everyone), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (everyone, i);
      g_assert_cmpuint (riaya_stay_get_register_number (stay), ==, i + 1);
    }

  loaded = riaya_store_get_stay (store, riaya_stay_get_uuid (second), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_stay_get_admitted_on (loaded), ==, "2023-09-02");
  g_assert_cmpstr (riaya_stay_get_exited_on (loaded), ==, "2024-06-30");
  g_assert_cmpint (riaya_stay_get_exit_reason (loaded), ==, RIAYA_EXIT_REASON_FAMILY);
  g_assert_cmpint (riaya_stay_get_referral (loaded), ==, RIAYA_REFERRAL_FAMILY);
  g_assert_cmpint (riaya_stay_get_category (loaded), ==, RIAYA_CATEGORY_PUPIL);
  g_assert_false (riaya_stay_is_present_on (loaded, "2024-06-30"));
  g_assert_true (riaya_stay_is_present_on (loaded, "2024-06-29"));

  by_number = riaya_store_get_stay_by_number (store, house_uuid, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_stay_get_uuid (by_number), ==, riaya_stay_get_uuid (third));
  g_assert_null (riaya_store_get_stay_by_number (store, house_uuid, 9, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  ASSERT_MESSAGE_HAS (error, "9");
  g_clear_error (&error);

  person = riaya_store_get_resident (store, riaya_resident_get_uuid (riaya_stay_get_resident (third)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_resident_get_birth_date (person), ==, "2012-07-08");
  g_assert_cmpint (riaya_resident_get_sex (person), ==, RIAYA_SEX_MALE);

  /* The journal: the stay and the person, fields named, no values. */
  entry = latest_journal (store, riaya_stay_get_uuid (third), &journal);
  g_assert_cmpstr (entry->entity, ==, "stay");
  g_assert_cmpstr (entry->action, ==, "admit");
  g_assert_nonnull (strstr (entry->summary, "register number 3"));
  g_clear_pointer (&journal, g_ptr_array_unref);

  entry = latest_journal (store, riaya_resident_get_uuid (riaya_stay_get_resident (third)), &journal);
  g_assert_cmpstr (entry->entity, ==, "resident");
  g_assert_cmpstr (entry->action, ==, "admit");
  g_assert_nonnull (strstr (entry->summary, "first-name"));
  g_assert_nonnull (strstr (entry->summary, "birth-date"));
  g_assert_null (strstr (entry->summary, "Karim"));
  g_assert_null (strstr (entry->summary, "2012"));
  g_clear_pointer (&journal, g_ptr_array_unref);

  entry = latest_journal (store, riaya_stay_get_uuid (second), &journal);
  g_assert_cmpstr (entry->action, ==, "exit");
  g_assert_null (strstr (entry->summary, "2024"));
}

static void
test_occupancy_on_dates (Fixture       *fixture,
                         gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  g_autoptr(RiayaStay) a = NULL;
  g_autoptr(RiayaStay) b = NULL;
  g_autoptr(RiayaStay) c = NULL;
  g_autoptr(RiayaStay) d = NULL;
  g_autoptr(RiayaStay) e = NULL;
  g_autoptr(RiayaStay) late = NULL;
  g_autoptr(RiayaResident) person = NULL;
  g_autoptr(RiayaCapacityLine) fewer = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(RiayaInstitution) listed = NULL;
  g_autoptr(GListModel) institutions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  RiayaOccupancyGroup group;

  /* Two admitted on 10 January, one on 5 February, one leaves on
   * 20 February (the exit date is the first day away). */
  a = admit_pupil (store, fixture->house, "Amine", "2010-01-01", "2024-01-10");
  b = admit_pupil (store, fixture->house, "Badr", "2010-02-01", "2024-01-10");
  c = admit_pupil (store, fixture->house, "Chakib", "2010-03-01", "2024-02-05");
  record_exit (store, b, "2024-02-20", RIAYA_EXIT_REASON_AUTONOMY);

  g_assert_cmpint (present_on (store, fixture->house, "2024-01-09"), ==, -1);  /* unknown, not zero */
  g_assert_cmpint (present_on (store, fixture->house, "2024-01-10"), ==, 2);
  g_assert_cmpint (present_on (store, fixture->house, "2024-01-11"), ==, 2);
  g_assert_cmpint (present_on (store, fixture->house, "2024-02-04"), ==, 2);
  g_assert_cmpint (present_on (store, fixture->house, "2024-02-05"), ==, 3);
  g_assert_cmpint (present_on (store, fixture->house, "2024-02-06"), ==, 3);
  g_assert_cmpint (present_on (store, fixture->house, "2024-02-19"), ==, 3);
  g_assert_cmpint (present_on (store, fixture->house, "2024-02-20"), ==, 2);
  g_assert_cmpint (present_on (store, fixture->house, "2024-02-21"), ==, 2);

  /* The capacity falls to 3 places on 1 March. */
  fewer = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 3, "2024-03-01");
  g_ptr_array_add (lines, fewer);
  g_assert_true (riaya_store_add_capacity_lines (store, riaya_institution_get_uuid (fixture->house), lines, &error));
  g_assert_no_error (error);

  group = boys_group_on (store, fixture->house, "2024-02-29");
  g_assert_cmpuint (group.places, ==, 40);
  g_assert_cmpuint (group.present, ==, 2);
  group = boys_group_on (store, fixture->house, "2024-03-01");
  g_assert_cmpuint (group.places, ==, 3);
  g_assert_cmpuint (group.present, ==, 2);
  group = boys_group_on (store, fixture->house, "2024-03-02");
  g_assert_cmpuint (group.places, ==, 3);
  g_assert_false (riaya_occupancy_group_is_full (&group));

  /* The third place fills it. */
  d = admit_pupil (store, fixture->house, "Driss", "2010-04-01", "2024-03-05");
  group = boys_group_on (store, fixture->house, "2024-03-04");
  g_assert_cmpuint (group.present, ==, 2);
  group = boys_group_on (store, fixture->house, "2024-03-05");
  g_assert_cmpuint (group.present, ==, 3);
  g_assert_true (riaya_occupancy_group_is_full (&group));

  /* A fourth is refused without confirmation, naming the numbers. */
  person = make_resident ("Elias", "Bennani", RIAYA_SEX_MALE, "2010-05-01");
  e = make_stay (person, fixture->house, RIAYA_CATEGORY_PUPIL, "2024-03-06");
  before = riaya_store_dup_content_digest (store);
  g_assert_false (riaya_store_admit (store, e, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OVER_CAPACITY);
  ASSERT_MESSAGE_HAS (error, "3 places licensed on 2024-03-06 and 3 people present");
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);
  g_assert_cmpuint (riaya_stay_get_register_number (e), ==, 0);

  /* Confirmed, it is admitted and the group is over. */
  g_assert_true (riaya_store_admit (store, e, RIAYA_ADMIT_ALLOW_OVER_CAPACITY, &error));
  g_assert_no_error (error);
  group = boys_group_on (store, fixture->house, "2024-03-06");
  g_assert_cmpuint (group.present, ==, 4);
  g_assert_true (riaya_occupancy_group_is_over (&group));

  /* The list of institutions shows it over capacity today. */
  institutions = riaya_store_list_institutions (store, &error);
  g_assert_no_error (error);
  listed = g_list_model_get_item (institutions, 0);
  g_assert_cmpuint (riaya_institution_get_present (listed), ==, 4);
  g_assert_true (riaya_institution_is_over_capacity (listed));
  g_clear_object (&listed);
  listed = riaya_store_get_institution (store, "TNG/2020/001", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_institution_get_present (listed), ==, 4);
  g_assert_nonnull (riaya_institution_get_presence_date (listed));

  /* A backdated admission is checked on its date and on the later days
   * the group filled: on 10 February it fits (40 places), but on
   * 5 March it would have made 4 for 3 places. */
  g_clear_object (&person);
  person = make_resident ("Fouad", "Chraibi", RIAYA_SEX_MALE, "2010-06-01");
  late = make_stay (person, fixture->house, RIAYA_CATEGORY_PUPIL, "2024-02-10");
  g_clear_pointer (&before, g_free);
  before = riaya_store_dup_content_digest (store);
  g_assert_false (riaya_store_admit (store, late, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OVER_CAPACITY);
  ASSERT_MESSAGE_HAS (error, "on 2024-03-05");
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);
}

/* ---- refusals ------------------------------------------------------------- */

typedef struct
{
  const char *what;
  const char *first;
  const char *birth_date;
  const char *cnie;
  RiayaCategory category;
  const char *admitted_on;
  GQuark domain;
  int code;
  const char *key;
} AdmissionRefusal;

static void
test_admission_refusals (Fixture       *fixture,
                         gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  g_autoptr(RiayaLicenceEvent) withdrawn = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const AdmissionRefusal refusals[] = {
    { "birth after admission", "Hamza", "2024-05-01", NULL, RIAYA_CATEGORY_PUPIL, "2024-04-01",
      RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2024-05-01" },
    { "category not served", "Ilyas", "2010-01-01", NULL, RIAYA_CATEGORY_ELDERLY, "2022-04-01",
      RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_SPECIALISATION, "65.15" },
    { "malformed CNIE", "Jalil", "2000-01-01", "123ABC", RIAYA_CATEGORY_PUPIL, "2022-04-01",
      RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT, "CNIE" },
    { "before the licence", "Khalid", "2010-01-01", NULL, RIAYA_CATEGORY_PUPIL, "2019-12-01",
      RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2020-01-15" },
    { "after the withdrawal", "Larbi", "2010-01-01", NULL, RIAYA_CATEGORY_PUPIL, "2023-07-01",
      RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE, "2023-07-01" },
    { "in the future", "Mehdi", "2010-01-01", NULL, RIAYA_CATEGORY_PUPIL, "2999-01-01",
      RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE, "2999-01-01" },
  };

  withdrawn = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WITHDRAWN, "2023-06-01", NULL, NULL);
  g_assert_true (riaya_store_add_licence_event (store, riaya_institution_get_uuid (fixture->house), withdrawn,
                                                &error));
  g_assert_no_error (error);

  before = riaya_store_dup_content_digest (store);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      const AdmissionRefusal *r = &refusals[i];
      g_autoptr(RiayaResident) person = make_resident (r->first, "Tazi", RIAYA_SEX_MALE, r->birth_date);
      g_autoptr(RiayaStay) stay = NULL;

      g_test_message ("Refusal: %s", r->what);
      riaya_resident_set_field (person, RIAYA_RESIDENT_FIELD_CNIE, r->cnie);
      stay = make_stay (person, fixture->house, r->category, r->admitted_on);

      g_assert_false (riaya_store_admit (store, stay, RIAYA_ADMIT_DEFAULT, &error));
      g_assert_error (error, r->domain, r->code);
      ASSERT_MESSAGE_HAS (error, r->key);
      g_clear_error (&error);
      ASSERT_UNCHANGED (store, before);
    }

  /* An institution that does not exist. */
  {
    g_autoptr(RiayaResident) person = make_resident ("Nabil", "Tazi", RIAYA_SEX_MALE, "2010-01-01");
    g_autoptr(RiayaStay) stay = riaya_stay_new (person);

    riaya_stay_set_institution_uuid (stay, "no-such-institution");
    riaya_stay_set_admitted_on (stay, "2022-01-01");
    g_assert_false (riaya_store_admit (store, stay, RIAYA_ADMIT_DEFAULT, &error));
    g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    ASSERT_UNCHANGED (store, before);
  }
}

static void
test_exit_refusals (Fixture       *fixture,
                    gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  g_autoptr(RiayaStay) stay = admit_pupil (store, fixture->house, "Nabil", "2010-01-01", "2023-09-01");
  const char *uuid = riaya_stay_get_uuid (stay);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (store);

  /* Before the admission. */
  g_assert_false (riaya_store_record_exit (store, uuid, "2023-08-31", RIAYA_EXIT_REASON_FAMILY, NULL,
                                           RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);
  ASSERT_MESSAGE_HAS (error, "2023-08-31");
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  /* A stay that does not exist. */
  g_assert_false (riaya_store_record_exit (store, "no-such-stay", "2024-01-01", RIAYA_EXIT_REASON_FAMILY, NULL,
                                           RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A destination for a reason that is not a transfer; a transfer with
   * no destination; one to a malformed licence number. */
  g_assert_false (riaya_store_record_exit (store, uuid, "2024-01-01", RIAYA_EXIT_REASON_FAMILY, "TNG/2020/002",
                                           RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (riaya_store_record_exit (store, uuid, "2024-01-01", RIAYA_EXIT_REASON_TRANSFER, NULL,
                                           RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_false (riaya_store_record_exit (store, uuid, "2024-01-01", RIAYA_EXIT_REASON_TRANSFER, "not a licence!",
                                           RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  /* Someone already gone. */
  record_exit (store, stay, "2024-01-01", RIAYA_EXIT_REASON_FAMILY);
  g_clear_pointer (&before, g_free);
  before = riaya_store_dup_content_digest (store);
  g_assert_false (riaya_store_record_exit (store, uuid, "2024-02-01", RIAYA_EXIT_REASON_ADULTHOOD, NULL,
                                           RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
  ASSERT_MESSAGE_HAS (error, "2024-01-01");
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);
}

static void
test_register_numbers (Fixture       *fixture,
                       gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  const char *house_uuid = riaya_institution_get_uuid (fixture->house);
  g_autoptr(RiayaStay) first = admit_pupil (store, fixture->house, "Othmane", "2010-01-01", "2023-09-01");
  g_autoptr(RiayaResident) person = make_resident ("Rachid", "Tazi", RIAYA_SEX_MALE, "2010-01-01");
  g_autoptr(RiayaStay) copied = make_stay (person, fixture->house, RIAYA_CATEGORY_PUPIL, "2023-09-02");
  g_autoptr(RiayaResident) other = make_resident ("Said", "Tazi", RIAYA_SEX_MALE, "2011-01-01");
  g_autoptr(RiayaStay) reused = make_stay (other, fixture->house, RIAYA_CATEGORY_PUPIL, "2023-09-03");
  g_autoptr(RiayaStay) next = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  /* A number asked for (a paper register copied in) raises the sequence. */
  riaya_stay_set_register_number (copied, 17);
  g_assert_true (riaya_store_admit (store, copied, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_stay_get_register_number (copied), ==, 17);
  g_assert_cmpuint (riaya_store_next_register_number (store, house_uuid), ==, 18);

  /* A number already given is refused. */
  before = riaya_store_dup_content_digest (store);
  riaya_stay_set_register_number (reused, 1);
  g_assert_false (riaya_store_admit (store, reused, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE);
  ASSERT_MESSAGE_HAS (error, "1");
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  /* A lower number never given is accepted and leaves the sequence. */
  riaya_stay_set_register_number (reused, 5);
  g_assert_true (riaya_store_admit (store, reused, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_store_next_register_number (store, house_uuid), ==, 18);

  next = admit_pupil (store, fixture->house, "Tarik", "2012-01-01", "2023-09-04");
  g_assert_cmpuint (riaya_stay_get_register_number (next), ==, 18);
  g_assert_cmpuint (riaya_stay_get_register_number (first), ==, 1);
}

static void
test_probable_duplicates (Fixture       *fixture,
                          gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  g_autoptr(RiayaResident) known = make_resident ("Zakaria", "El Fassi", RIAYA_SEX_MALE, "2008-02-03");
  g_autoptr(RiayaStay) known_stay = make_stay (known, fixture->house, RIAYA_CATEGORY_PUPIL, "2023-09-01");
  g_autoptr(RiayaResident) same_card = make_resident ("Zak", "Fassi", RIAYA_SEX_MALE, "2008-02-04");
  g_autoptr(RiayaStay) same_card_stay = NULL;
  g_autoptr(RiayaResident) same_names = make_resident ("ZAKARIA", "el fâssi", RIAYA_SEX_MALE, "2008-02-03");
  g_autoptr(RiayaStay) same_names_stay = NULL;
  g_autoptr(RiayaStay) again = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  riaya_resident_set_field (known, RIAYA_RESIDENT_FIELD_CNIE, "ab123456");
  g_assert_true (riaya_store_admit (store, known_stay, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_no_error (error);
  record_exit (store, known_stay, "2024-06-30", RIAYA_EXIT_REASON_FAMILY);

  before = riaya_store_dup_content_digest (store);

  /* The same card, in other case. */
  riaya_resident_set_field (same_card, RIAYA_RESIDENT_FIELD_CNIE, "AB123456");
  same_card_stay = make_stay (same_card, fixture->house, RIAYA_CATEGORY_PUPIL, "2024-09-01");
  g_assert_false (riaya_store_admit (store, same_card_stay, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_PROBABLE_DUPLICATE);
  ASSERT_MESSAGE_HAS (error, "Zakaria El Fassi");
  ASSERT_MESSAGE_HAS (error, "2008-02-03");
  ASSERT_MESSAGE_HAS (error, "Dar Talib Tanger");
  ASSERT_MESSAGE_HAS (error, "entry 1");
  ASSERT_MESSAGE_HAS (error, "add a stay");
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  /* The same names however written, and the same birth date. */
  same_names_stay = make_stay (same_names, fixture->house, RIAYA_CATEGORY_PUPIL, "2024-09-01");
  g_assert_false (riaya_store_admit (store, same_names_stay, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_PROBABLE_DUPLICATE);
  ASSERT_MESSAGE_HAS (error, "Zakaria El Fassi");
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  found = riaya_store_find_probable_duplicates (store, same_names, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (riaya_resident_get_uuid (riaya_stay_get_resident (g_ptr_array_index (found, 0))), ==,
                   riaya_resident_get_uuid (known));

  /* Confirmed as a different person, admitted. */
  g_assert_true (riaya_store_admit (store, same_names_stay, RIAYA_ADMIT_NOT_DUPLICATE, &error));
  g_assert_no_error (error);

  /* The known person comes back: a new stay of the same record, with no
   * warning, and their history holds both stays. */
  again = make_stay (known, fixture->house, RIAYA_CATEGORY_PUPIL, "2024-09-02");
  g_assert_true (riaya_store_admit (store, again, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_no_error (error);
  history = riaya_store_list_resident_stays (store, riaya_resident_get_uuid (known), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);

  /* While present, they cannot be admitted a second time. */
  g_clear_object (&again);
  g_clear_pointer (&before, g_free);
  before = riaya_store_dup_content_digest (store);
  again = make_stay (known, fixture->house, RIAYA_CATEGORY_PUPIL, "2024-09-03");
  g_assert_false (riaya_store_admit (store, again, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE);
  ASSERT_MESSAGE_HAS (error, "2024-09-02");
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);
}

/* ---- transfers ------------------------------------------------------------ */

static RiayaInstitution *
add_other (RiayaStore           *store,
           const char           *licence_number,
           const char           *name_fr,
           RiayaInstitutionType  type,
           RiayaCategory         category)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (category, RIAYA_SEX_ANY, 30, "2021-01-01");
  RiayaInstitution *institution = riaya_institution_new ();

  riaya_institution_set_licence_number (institution, licence_number);
  riaya_institution_set_licence_date (institution, "2021-01-01");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_65_15);
  riaya_institution_set_institution_type (institution, type);
  riaya_institution_set_name_fr (institution, name_fr);
  riaya_institution_set_province_code (institution, "01.511");
  riaya_institution_add_capacity_line (institution, line);

  g_assert_true (riaya_store_add_institution (store, institution, &error));
  g_assert_no_error (error);

  return institution;
}

static void
test_transfer_within (Fixture       *fixture,
                      gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  g_autoptr(RiayaInstitution) other = add_other (store, "TNG/2021/002", "Dar Talib Asilah",
                                                 RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, RIAYA_CATEGORY_PUPIL);
  g_autoptr(RiayaStay) stay = admit_pupil (store, fixture->house, "Walid", "2010-01-01", "2023-09-01");
  g_autoptr(RiayaStay) left = NULL;
  g_autoptr(RiayaStay) begun = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GHashTable) presence = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *new_uuid = NULL;
  RiayaJournalEntry *entry;

  /* By licence number. */
  g_assert_true (riaya_store_record_exit (store, riaya_stay_get_uuid (stay), "2024-02-01",
                                          RIAYA_EXIT_REASON_TRANSFER, "TNG/2021/002", RIAYA_ADMIT_DEFAULT,
                                          &new_uuid, &error));
  g_assert_no_error (error);
  g_assert_nonnull (new_uuid);

  /* Linked both ways. */
  left = riaya_store_get_stay (store, riaya_stay_get_uuid (stay), &error);
  begun = riaya_store_get_stay (store, new_uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_stay_get_exited_on (left), ==, "2024-02-01");
  g_assert_cmpint (riaya_stay_get_exit_reason (left), ==, RIAYA_EXIT_REASON_TRANSFER);
  g_assert_cmpstr (riaya_stay_get_transfer_to_uuid (left), ==, new_uuid);
  /* The stay left names where the person went, as the printed register
   * and `resident show` say it. */
  g_assert_cmpstr (riaya_stay_get_destination_licence (left), ==, "TNG/2021/002");
  g_assert_null (riaya_stay_get_destination_licence (begun));
  g_assert_cmpstr (riaya_stay_get_transfer_from_uuid (begun), ==, riaya_stay_get_uuid (left));
  g_assert_cmpstr (riaya_stay_get_institution_uuid (begun), ==, riaya_institution_get_uuid (other));
  g_assert_cmpstr (riaya_stay_get_admitted_on (begun), ==, "2024-02-01");
  g_assert_cmpint (riaya_stay_get_referral (begun), ==, RIAYA_REFERRAL_TRANSFER);
  g_assert_cmpint (riaya_stay_get_category (begun), ==, RIAYA_CATEGORY_PUPIL);
  g_assert_cmpuint (riaya_stay_get_register_number (begun), ==, 1);
  g_assert_cmpstr (riaya_resident_get_uuid (riaya_stay_get_resident (begun)), ==,
                   riaya_resident_get_uuid (riaya_stay_get_resident (stay)));

  /* Presence moves with the person, for every institution at once. */
  presence = riaya_store_presence_on (store, "2024-01-31", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_presence_total (g_hash_table_lookup (presence, riaya_institution_get_uuid (fixture->house))),
                    ==, 1);
  g_assert_false (g_hash_table_contains (presence, riaya_institution_get_uuid (other)));
  g_clear_pointer (&presence, g_hash_table_unref);
  presence = riaya_store_presence_on (store, "2024-02-01", NULL, &error);
  g_assert_cmpuint (riaya_presence_total (g_hash_table_lookup (presence, riaya_institution_get_uuid (fixture->house))),
                    ==, 0);
  g_assert_cmpuint (riaya_presence_total (g_hash_table_lookup (presence, riaya_institution_get_uuid (other))), ==, 1);

  /* The person's history, across institutions, oldest first. */
  history = riaya_store_list_resident_stays (store, riaya_resident_get_uuid (riaya_stay_get_resident (stay)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  {
    g_autoptr(RiayaStay) first = g_list_model_get_item (history, 0);
    g_autoptr(RiayaStay) second = g_list_model_get_item (history, 1);

    g_assert_cmpstr (riaya_stay_get_institution_name (first), ==, "Dar Talib Tanger");
    g_assert_cmpstr (riaya_stay_get_institution_name (second), ==, "Dar Talib Asilah");
    g_assert_true (riaya_stay_get_resident (first) == riaya_stay_get_resident (second));
  }

  entry = latest_journal (store, riaya_stay_get_uuid (stay), &journal);
  g_assert_cmpstr (entry->entity, ==, "stay");
  g_assert_cmpstr (entry->action, ==, "transfer");
  g_assert_nonnull (strstr (entry->summary, "TNG/2021/002"));
  g_assert_nonnull (strstr (entry->summary, "destination-licence"));
  g_clear_pointer (&journal, g_ptr_array_unref);

  /* Back again, the destination named by its UUID: the licence number is
   * recorded all the same. */
  g_clear_pointer (&new_uuid, g_free);
  g_assert_true (riaya_store_record_exit (store, riaya_stay_get_uuid (begun), "2024-06-01",
                                          RIAYA_EXIT_REASON_TRANSFER, riaya_institution_get_uuid (fixture->house),
                                          RIAYA_ADMIT_DEFAULT, &new_uuid, &error));
  g_assert_no_error (error);
  g_clear_object (&left);
  left = riaya_store_get_stay (store, riaya_stay_get_uuid (begun), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_stay_get_transfer_to_uuid (left), ==, new_uuid);
  g_assert_cmpstr (riaya_stay_get_destination_licence (left),
                   ==, riaya_institution_get_licence_number (fixture->house));
}

static void
test_transfer_elsewhere_and_refusals (Fixture       *fixture,
                                      gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  g_autoptr(RiayaInstitution) elderly = add_other (store, "TNG/2021/003", "Dar Al Ajaza Tanger",
                                                   RIAYA_INSTITUTION_TYPE_ELDERLY, RIAYA_CATEGORY_ELDERLY);
  g_autoptr(RiayaInstitution) closed = add_other (store, "TNG/2021/004", "Dar Talib Fermée",
                                                  RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, RIAYA_CATEGORY_PUPIL);
  g_autoptr(RiayaLicenceEvent) closing = riaya_licence_event_new (RIAYA_LICENCE_EVENT_CLOSED, "2023-01-01", NULL, NULL);
  g_autoptr(RiayaStay) stay = admit_pupil (store, fixture->house, "Yassine", "2010-01-01", "2023-09-01");
  g_autoptr(RiayaStay) left = NULL;
  const char *uuid = riaya_stay_get_uuid (stay);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *new_uuid = NULL;

  g_assert_true (riaya_store_add_licence_event (store, riaya_institution_get_uuid (closed), closing, &error));
  g_assert_no_error (error);
  before = riaya_store_dup_content_digest (store);

  /* An institution that cannot take pupils (Law 65.15 art. 3). */
  g_assert_false (riaya_store_record_exit (store, uuid, "2024-02-01", RIAYA_EXIT_REASON_TRANSFER,
                                           riaya_institution_get_uuid (elderly), RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_SPECIALISATION);
  ASSERT_MESSAGE_HAS (error, "Dar Al Ajaza Tanger");
  ASSERT_MESSAGE_HAS (error, riaya_category_to_label (RIAYA_CATEGORY_PUPIL));
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  /* One whose licence is not in force then. */
  g_assert_false (riaya_store_record_exit (store, uuid, "2024-02-01", RIAYA_EXIT_REASON_TRANSFER, "TNG/2021/004",
                                           RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE);
  ASSERT_MESSAGE_HAS (error, "Dar Talib Fermée");
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  /* The same institution. */
  g_assert_false (riaya_store_record_exit (store, uuid, "2024-02-01", RIAYA_EXIT_REASON_TRANSFER, "TNG/2020/001",
                                           RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  /* Elsewhere: the licence number is kept, nobody is admitted here. */
  g_assert_true (riaya_store_record_exit (store, uuid, "2024-02-01", RIAYA_EXIT_REASON_TRANSFER, "RBT/2019/044",
                                          RIAYA_ADMIT_DEFAULT, &new_uuid, &error));
  g_assert_no_error (error);
  g_assert_null (new_uuid);
  left = riaya_store_get_stay (store, uuid, &error);
  g_assert_cmpstr (riaya_stay_get_destination_licence (left), ==, "RBT/2019/044");
  g_assert_null (riaya_stay_get_transfer_to_uuid (left));
  g_assert_cmpint (present_on (store, fixture->house, "2024-02-01"), ==, 0);
}

/* ---- profiles ------------------------------------------------------------- */

static void
test_no_register_elsewhere (Fixture       *fixture,
                            gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  g_autoptr(RiayaStay) stay = admit_pupil (store, fixture->house, "Adil", "2010-01-01", "2023-09-01");
  g_autoptr(RiayaResident) person = make_resident ("Bilal", "Tazi", RIAYA_SEX_MALE, "2010-01-01");
  g_autoptr(RiayaStay) other = make_stay (person, fixture->house, RIAYA_CATEGORY_PUPIL, "2023-09-02");
  g_autoptr(RiayaResident) edited = riaya_resident_copy (riaya_stay_get_resident (stay));
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  g_assert_true (riaya_store_set_profile (store, RIAYA_PROFILE_NATIONAL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (riaya_store_keeps_registers (store));
  before = riaya_store_dup_content_digest (store);

  g_assert_false (riaya_store_admit (store, other, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NO_REGISTER);
  ASSERT_MESSAGE_HAS (error, "counts");
  g_clear_error (&error);

  g_assert_false (riaya_store_record_exit (store, riaya_stay_get_uuid (stay), "2024-01-01",
                                           RIAYA_EXIT_REASON_FAMILY, NULL, RIAYA_ADMIT_DEFAULT, NULL, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NO_REGISTER);
  g_clear_error (&error);

  riaya_resident_set_field (edited, RIAYA_RESIDENT_FIELD_HEALTH_STATUS, "Bonne");
  g_assert_false (riaya_store_update_resident (store, edited, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NO_REGISTER);
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);
}

static void
test_no_profile (void)
{
  g_autofree char *dir = g_dir_make_tmp ("riaya-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "riaya.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (path, &error);
  g_autoptr(RiayaInstitution) house = make_institution ("TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaResident) person = make_resident ("Adil", "Tazi", RIAYA_SEX_MALE, "2010-01-01");
  g_autoptr(RiayaStay) stay = NULL;
  g_autofree char *before = NULL;

  g_assert_no_error (error);
  g_assert_true (riaya_store_add_institution (store, house, &error));
  stay = make_stay (person, house, RIAYA_CATEGORY_PUPIL, "2023-09-01");
  before = riaya_store_dup_content_digest (store);

  g_assert_false (riaya_store_admit (store, stay, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_INITIALISED);
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
}

/* ---- changes and the journal ---------------------------------------------- */

static void
test_update_resident (Fixture       *fixture,
                      gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  g_autoptr(RiayaStay) stay = admit_pupil (store, fixture->house, "Chafik", "2010-01-01", "2023-09-01");
  g_autoptr(RiayaResident) edited = riaya_resident_copy (riaya_stay_get_resident (stay));
  g_autoptr(RiayaResident) loaded = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const char *uuid = riaya_resident_get_uuid (edited);
  RiayaJournalEntry *entry;
  guint rows;

  /* Nothing changed: nothing written. */
  before = riaya_store_dup_content_digest (store);
  g_assert_true (riaya_store_update_resident (store, edited, &error));
  g_assert_no_error (error);
  ASSERT_UNCHANGED (store, before);

  riaya_resident_set_field (edited, RIAYA_RESIDENT_FIELD_HEALTH_STATUS, "Asthme");
  riaya_resident_set_field (edited, RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE, "0612345678");
  rows = journal_count (store);
  g_assert_true (riaya_store_update_resident (store, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (journal_count (store), ==, rows + 1);

  loaded = riaya_store_get_resident (store, uuid, &error);
  g_assert_cmpstr (riaya_resident_get_field (loaded, RIAYA_RESIDENT_FIELD_HEALTH_STATUS), ==, "Asthme");
  g_assert_cmpstr (riaya_resident_get_field (loaded, RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE), ==, "0612345678");

  entry = latest_journal (store, uuid, &journal);
  g_assert_cmpstr (entry->entity, ==, "resident");
  g_assert_cmpstr (entry->action, ==, "update");
  g_assert_cmpstr (entry->summary, ==, "Changed fields: health-status, guardian-phone");

  /* A birth date after the admission is refused. */
  g_clear_pointer (&before, g_free);
  before = riaya_store_dup_content_digest (store);
  riaya_resident_set_field (edited, RIAYA_RESIDENT_FIELD_BIRTH_DATE, "2023-10-01");
  g_assert_false (riaya_store_update_resident (store, edited, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);
  ASSERT_MESSAGE_HAS (error, "2023-10-01");
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);

  /* Someone unknown. */
  g_clear_object (&edited);
  edited = make_resident ("Nobody", "Tazi", RIAYA_SEX_MALE, "2010-01-01");
  g_assert_false (riaya_store_update_resident (store, edited, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ASSERT_UNCHANGED (store, before);
}

/* Everything logged while a test runs. */
static GString *captured_log;

static GLogWriterOutput
capture_writer (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         data)
{
  for (gsize i = 0; captured_log != NULL && i < n_fields; i++)
    {
      if (fields[i].length < 0)
        g_string_append_printf (captured_log, "%s=%s\n", fields[i].key, (const char *) fields[i].value);
      else
        g_string_append_printf (captured_log, "%s=%.*s\n", fields[i].key, (int) fields[i].length,
                                (const char *) fields[i].value);
    }

  return g_log_writer_default (level, fields, n_fields, data);
}

static gboolean
never_fatal (const char     *domain,
             GLogLevelFlags  level,
             const char     *message,
             gpointer        data)
{
  if (captured_log != NULL)
    g_string_append_printf (captured_log, "%s\n", message);
  return TRUE;
}

static void
test_no_personal_data_in_journal_or_log (Fixture       *fixture,
                                         gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  static const char * const secrets[] = {
    "Quetzalcoatl", "Xylophonia", "2009-12-31", "Ouarzazate-Nord", "ZZ765432", "Tuberculose latente",
    "Orpheline de mère", "Mme Uzumaki", "QQ123987", "17 derb Zitoune", "0698765432", "Ferronnier",
    "Chômage de longue durée",
  };
  g_autoptr(RiayaResident) person = make_resident ("Quetzalcoatl", "Xylophonia", RIAYA_SEX_MALE, "2009-12-31");
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(RiayaResident) edited = NULL;
  g_autoptr(RiayaResident) look_alike = NULL;
  g_autoptr(RiayaStay) look_alike_stay = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  captured_log = g_string_new (NULL);
  g_test_log_set_fatal_handler (never_fatal, NULL);

  riaya_resident_set_field (person, RIAYA_RESIDENT_FIELD_BIRTH_PLACE, "Ouarzazate-Nord");
  riaya_resident_set_field (person, RIAYA_RESIDENT_FIELD_CNIE, "ZZ765432");
  riaya_resident_set_field (person, RIAYA_RESIDENT_FIELD_HEALTH_STATUS, "Tuberculose latente");
  riaya_resident_set_field (person, RIAYA_RESIDENT_FIELD_FAMILY_STATUS, "Orpheline de mère");
  riaya_resident_set_field (person, RIAYA_RESIDENT_FIELD_GUARDIAN_NAME, "Mme Uzumaki");
  stay = make_stay (person, fixture->house, RIAYA_CATEGORY_PUPIL, "2021-09-01");
  g_assert_true (riaya_store_admit (store, stay, RIAYA_ADMIT_DEFAULT, &error));
  g_assert_no_error (error);

  edited = riaya_resident_copy (person);
  riaya_resident_set_field (edited, RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE, "QQ123987");
  riaya_resident_set_field (edited, RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS, "17 derb Zitoune");
  riaya_resident_set_field (edited, RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE, "0698765432");
  riaya_resident_set_field (edited, RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION, "Ferronnier");
  riaya_resident_set_field (edited, RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION, "Chômage de longue durée");
  g_assert_true (riaya_store_update_resident (store, edited, &error));
  g_assert_no_error (error);

  /* A refused look-alike, an exit and a check go through the same code. */
  look_alike = make_resident ("quetzalcoatl", "XYLOPHONIA", RIAYA_SEX_MALE, "2009-12-31");
  look_alike_stay = make_stay (look_alike, fixture->house, RIAYA_CATEGORY_PUPIL, "2021-10-01");
  g_assert_false (riaya_store_admit (store, look_alike_stay, RIAYA_ADMIT_DEFAULT, &error));
  g_clear_error (&error);
  record_exit (store, stay, "2022-06-30", RIAYA_EXIT_REASON_ADULTHOOD);
  g_assert_true (riaya_store_check (store, &problems, &error));

  journal = riaya_store_list_journal (store, NULL, 0);
  for (guint i = 0; i < journal->len; i++)
    {
      RiayaJournalEntry *entry = g_ptr_array_index (journal, i);
      g_autofree char *row = g_strjoin ("|", entry->entity, entry->action, entry->summary,
                                        entry->record_uuid ? entry->record_uuid : "", NULL);
      g_autofree char *lower = g_ascii_strdown (row, -1);

      for (guint s = 0; s < G_N_ELEMENTS (secrets); s++)
        if (strstr (row, secrets[s]) != NULL || strstr (lower, "quetzal") != NULL)
          g_error ("journal row %u holds personal data: %s", i, entry->summary);
    }

  for (guint s = 0; s < G_N_ELEMENTS (secrets); s++)
    g_assert_null (strstr (captured_log->str, secrets[s]));

  g_test_log_set_fatal_handler (NULL, NULL);
  g_string_free (g_steal_pointer (&captured_log), TRUE);
  g_unsetenv ("G_MESSAGES_DEBUG");
}

/* ---- the database --------------------------------------------------------- */

static void
test_migration_from_1 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("riaya-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "riaya.db", NULL);
  g_autofree char *copy = g_strdup_printf ("%s.before-migration-1", path);
  g_autoptr(GBytes) v1 = _riaya_store_dup_migration_sql (1);
  g_autofree char *sql = g_strndup (g_bytes_get_data (v1, NULL), g_bytes_get_size (v1));
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) house = NULL;
  g_autoptr(RiayaStay) stay = NULL;

  /* A database as the Riaya of schema 1 made it, holding an institution. */
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  raw_exec (path, sql);
  raw_exec (path,
            "INSERT INTO institutions (uuid, licence_number, licence_date, legal_basis, type, name_fr,"
            " province_code, created_at, updated_at) VALUES ('inst-1', 'TNG/2020/001', '2020-01-15', '14.05',"
            " 'student-house', 'Dar Talib Tanger', '01.511', '2020-01-15T00:00:00Z', '2020-01-15T00:00:00Z');"
            "INSERT INTO licence_events (uuid, institution_uuid, kind, date, recorded_at) VALUES"
            " ('ev-1', 'inst-1', 'granted', '2020-01-15', '2020-01-15T00:00:00Z');"
            "INSERT INTO capacity_lines (uuid, institution_uuid, category, sex, places, effective_date, recorded_at)"
            " VALUES ('line-1', 'inst-1', 'pupil', 'm', 40, '2020-01-15', '2020-01-15T00:00:00Z');"
            "INSERT INTO settings (key, value) VALUES ('profile', 'director');");
  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, 1);

  store = riaya_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (riaya_store_get_schema_version (store), ==, RIAYA_STORE_SCHEMA_VERSION);
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));

  house = riaya_store_get_institution (store, "TNG/2020/001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_institution_get_uuid (house), ==, "inst-1");
  g_assert_cmpuint (riaya_institution_get_places (house), ==, 40);
  g_assert_null (riaya_institution_get_presence (house));  /* no count yet: unknown */

  /* And the register works in it. */
  stay = admit_pupil (store, house, "Mounir", "2010-01-01", "2023-09-01");
  g_assert_cmpuint (riaya_stay_get_register_number (stay), ==, 1);

  g_clear_object (&store);
  g_unlink (copy);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
}

static void
test_check_register (Fixture       *fixture,
                     gconstpointer  data)
{
  RiayaStore *store = fixture->base.store;
  g_autoptr(RiayaStay) a = admit_pupil (store, fixture->house, "Hicham", "2010-01-01", "2023-09-01");
  g_autoptr(RiayaStay) b = admit_pupil (store, fixture->house, "Ismail", "2011-01-01", "2023-10-01");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found_counts = FALSE, found_dates = FALSE;

  record_exit (store, b, "2024-01-15", RIAYA_EXIT_REASON_FAMILY);
  g_assert_true (riaya_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A count changed by hand, and a birth after the admission. */
  g_clear_object (&fixture->base.store);
  raw_exec (fixture->base.path,
            "UPDATE resident_count_lines SET present = 7 WHERE counted_on = '2023-10-01';"
            "UPDATE residents SET birth_date = '2023-12-01' WHERE first_name = 'Ismail';");
  fixture->base.store = riaya_store_open (fixture->base.path, &error);
  g_assert_no_error (error);

  g_assert_false (riaya_store_check (fixture->base.store, &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      g_test_message ("%s", problem);
      found_counts |= strstr (problem, "counts") != NULL && strstr (problem, "TNG/2020/001") != NULL;
      found_dates |= strstr (problem, "Entry 2") != NULL && strstr (problem, "birth") != NULL;
    }
  g_assert_true (found_counts);
  g_assert_true (found_dates);
  g_assert_null (strstr (g_ptr_array_index (problems, 0), "Ismail"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/residents/admit-and-list", test_admit_and_list);
  ADD ("/store/residents/occupancy-on-dates", test_occupancy_on_dates);
  ADD ("/store/residents/admission-refusals", test_admission_refusals);
  ADD ("/store/residents/exit-refusals", test_exit_refusals);
  ADD ("/store/residents/register-numbers", test_register_numbers);
  ADD ("/store/residents/probable-duplicates", test_probable_duplicates);
  ADD ("/store/residents/transfer-within", test_transfer_within);
  ADD ("/store/residents/transfer-elsewhere-and-refusals", test_transfer_elsewhere_and_refusals);
  ADD ("/store/residents/no-register-elsewhere", test_no_register_elsewhere);
  ADD ("/store/residents/update-resident", test_update_resident);
  ADD ("/store/residents/no-personal-data", test_no_personal_data_in_journal_or_log);
  ADD ("/store/residents/check-register", test_check_register);
  g_test_add_func ("/store/residents/no-profile", test_no_profile);
  g_test_add_func ("/store/residents/migration-from-1", test_migration_from_1);

  return g_test_run ();
}
