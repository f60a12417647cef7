/* test-store-grants.c — grants, tranches, justifications, year totals
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "riaya-store-grants.h"
#include "riaya-store-private.h"
#include "store-test-util.h"

/* 1,000.00 DH in centimes. */
#define KDH(n) ((gint64) (n) * 100000)

/* Asserts that a refused write changed nothing. */
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

/* A home for the elderly of Casablanca licensed on 2018-03-01, 25 places
 * for women and 20 for men. */
static RiayaInstitution *
add_elderly_home (StoreFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaCapacityLine) women = riaya_capacity_line_new (RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, 25, "2018-03-01");
  g_autoptr(RiayaCapacityLine) men = riaya_capacity_line_new (RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_MALE, 20, "2018-03-01");
  RiayaInstitution *home = riaya_institution_new ();

  riaya_institution_set_licence_number (home, "CAS/2018/004");
  riaya_institution_set_licence_date (home, "2018-03-01");
  riaya_institution_set_legal_basis (home, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_institution_type (home, RIAYA_INSTITUTION_TYPE_ELDERLY);
  riaya_institution_set_name_fr (home, "Maison des Aînés Casablanca");
  riaya_institution_set_province_code (home, "06.141");
  riaya_institution_add_capacity_line (home, women);
  riaya_institution_add_capacity_line (home, men);

  g_assert_true (riaya_store_add_institution (fixture->store, home, &error));
  g_assert_no_error (error);

  return home;
}

/* A grant valid under every rule: decided in March of its year, under a
 * convention when above 50,000 DH. */
static RiayaGrant *
make_grant (RiayaInstitution *institution,
            guint             year,
            gint64            amount)
{
  RiayaGrant *grant = riaya_grant_new (riaya_institution_get_uuid (institution), year, amount);
  g_autofree char *decided = g_strdup_printf ("%u-03-10", year);

  riaya_grant_set_decided_on (grant, decided);
  riaya_grant_set_basis (grant, "Subvention de fonctionnement");
  if (amount > RIAYA_MONEY_CONVENTION_THRESHOLD)
    {
      g_autofree char *reference = g_strdup_printf ("EN/%u/%" G_GINT64_FORMAT, year, amount);

      riaya_grant_set_convention_ref (grant, reference);
      riaya_grant_set_convention_date (grant, decided);
    }

  return grant;
}

static void
add_tranche (RiayaGrant *grant,
             const char *due_on,
             gint64      amount,
             const char *paid_on)
{
  g_autoptr(RiayaGrantTranche) tranche = riaya_grant_tranche_new (due_on, amount);

  riaya_grant_tranche_set_paid_on (tranche, paid_on);
  riaya_grant_add_tranche (grant, tranche);
}

static void
save (StoreFixture *fixture,
      RiayaGrant   *grant)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_add_grant (fixture->store, grant, &error));
  g_assert_no_error (error);
}

static RiayaJournalEntry *
last_journal_entry (StoreFixture *fixture,
                    GPtrArray   **keep)
{
  *keep = riaya_store_list_journal (fixture->store, NULL, 1);
  g_assert_cmpuint ((*keep)->len, ==, 1);
  return g_ptr_array_index (*keep, 0);
}

/* ---- writing ------------------------------------------------------------- */

static void
test_add_get (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaGrant) grant = make_grant (house, 2021, KDH (120));
  g_autoptr(RiayaGrant) loaded = NULL;
  g_autoptr(RiayaGrant) owner = NULL;
  g_autoptr(RiayaGrantTranche) first = NULL;
  g_autoptr(RiayaGrantTranche) second = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  RiayaJournalEntry *entry;

  riaya_grant_set_kind (grant, RIAYA_GRANT_KIND_EQUIPMENT);
  add_tranche (grant, "2021-09-01", KDH (50), NULL);
  add_tranche (grant, "2021-04-01", KDH (70), "2021-04-20");
  riaya_grant_set_justification_due (grant, "2022-03-31");
  riaya_grant_set_justification_received (grant, "2022-03-15");
  save (fixture, grant);

  /* The object says where it went, as a listed grant does. */
  g_assert_cmpstr (riaya_grant_get_institution_name (grant), ==, "Dar Talib Tanger");
  g_assert_cmpstr (riaya_grant_get_licence_number (grant), ==, "TNG/2020/001");

  loaded = riaya_store_get_grant (fixture->store, riaya_grant_get_uuid (grant), &error);
  g_assert_no_error (error);
  g_assert_null (riaya_grant_dup_changed_fields (grant, loaded));
  g_assert_cmpuint (riaya_grant_get_year (loaded), ==, 2021);
  g_assert_cmpint (riaya_grant_get_amount (loaded), ==, KDH (120));
  g_assert_cmpint (riaya_grant_get_kind (loaded), ==, RIAYA_GRANT_KIND_EQUIPMENT);
  g_assert_cmpstr (riaya_grant_get_basis (loaded), ==, "Subvention de fonctionnement");
  g_assert_cmpstr (riaya_grant_get_convention_ref (loaded), ==, "EN/2021/12000000");
  g_assert_cmpstr (riaya_grant_get_justification_received (loaded), ==, "2022-03-15");
  g_assert_cmpstr (riaya_grant_get_province_code (loaded), ==, "01.511");
  g_assert_cmpint (riaya_grant_get_paid (loaded), ==, KDH (70));
  g_assert_cmpint (riaya_grant_get_remaining (loaded), ==, KDH (50));

  /* Tranches in due-date order, whatever the order they were added in. */
  g_assert_cmpuint (g_list_model_get_n_items (riaya_grant_get_tranches (loaded)), ==, 2);
  first = g_list_model_get_item (riaya_grant_get_tranches (loaded), 0);
  second = g_list_model_get_item (riaya_grant_get_tranches (loaded), 1);
  g_assert_cmpstr (riaya_grant_tranche_get_due_on (first), ==, "2021-04-01");
  g_assert_cmpstr (riaya_grant_tranche_get_paid_on (first), ==, "2021-04-20");
  g_assert_cmpstr (riaya_grant_tranche_get_due_on (second), ==, "2021-09-01");
  g_assert_null (riaya_grant_tranche_get_paid_on (second));

  owner = riaya_store_get_grant_of_tranche (fixture->store, riaya_grant_tranche_get_uuid (second), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_grant_get_uuid (owner), ==, riaya_grant_get_uuid (grant));
  g_assert_null (riaya_store_get_grant_of_tranche (fixture->store, "no-such-tranche", &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  entry = last_journal_entry (fixture, &journal);
  g_assert_cmpstr (entry->entity, ==, "grant");
  g_assert_cmpstr (entry->record_uuid, ==, riaya_grant_get_uuid (grant));
  g_assert_cmpstr (entry->action, ==, "create");
  g_assert_nonnull (strstr (entry->summary, "TNG/2020/001"));

  g_assert_null (riaya_store_get_grant (fixture->store, "no-such-grant", &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
}

static void
test_update (StoreFixture  *fixture,
             gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaGrant) grant = make_grant (house, 2021, KDH (100));
  g_autoptr(RiayaGrant) edited = NULL;
  g_autoptr(RiayaGrant) loaded = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *dropped = NULL;
  g_autoptr(RiayaGrantTranche) tranche = NULL;
  RiayaJournalEntry *entry;
  guint rows;

  add_tranche (grant, "2021-04-01", KDH (60), "2021-04-15");
  add_tranche (grant, "2021-09-01", KDH (40), NULL);
  save (fixture, grant);

  /* Saving what is stored writes nothing, not even a journal row. */
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_true (riaya_store_update_grant (fixture->store, grant, &error));
  g_assert_no_error (error);
  ASSERT_UNCHANGED (fixture->store, before);

  /* A larger amount, the second tranche paid, the first one dropped. */
  edited = riaya_grant_copy (grant);
  riaya_grant_set_amount (edited, KDH (110));
  {
    g_autoptr(RiayaGrantTranche) last = g_list_model_get_item (riaya_grant_get_tranches (edited), 1);
    g_autoptr(RiayaGrantTranche) gone = g_list_model_get_item (riaya_grant_get_tranches (edited), 0);

    riaya_grant_tranche_set_paid_on (last, "2021-09-20");
    dropped = g_strdup (riaya_grant_tranche_get_uuid (gone));
    g_assert_true (riaya_grant_remove_tranche (edited, dropped));
  }
  rows = journal_count (fixture->store);
  g_assert_true (riaya_store_update_grant (fixture->store, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (journal_count (fixture->store), ==, rows + 1);

  loaded = riaya_store_get_grant (fixture->store, riaya_grant_get_uuid (grant), &error);
  g_assert_no_error (error);
  g_assert_cmpint (riaya_grant_get_amount (loaded), ==, KDH (110));
  g_assert_cmpuint (g_list_model_get_n_items (riaya_grant_get_tranches (loaded)), ==, 1);
  g_assert_null (riaya_grant_find_tranche (loaded, dropped));
  g_assert_null (riaya_store_get_grant_of_tranche (fixture->store, dropped, NULL));
  tranche = g_list_model_get_item (riaya_grant_get_tranches (loaded), 0);
  g_assert_cmpstr (riaya_grant_tranche_get_paid_on (tranche), ==, "2021-09-20");
  g_assert_cmpint (riaya_grant_get_paid (loaded), ==, KDH (40));

  /* The journal names the fields, never the amounts or dates. */
  entry = last_journal_entry (fixture, &journal);
  g_assert_cmpstr (entry->entity, ==, "grant");
  g_assert_cmpstr (entry->action, ==, "update");
  g_assert_cmpstr (entry->summary, ==, "Changed fields: amount, tranches");
}

static void
test_delete_undelete (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaGrant) grant = make_grant (house, 2021, KDH (40));
  g_autoptr(GListModel) hidden = NULL;
  g_autoptr(GListModel) shown = NULL;
  g_autoptr(GArray) totals = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const char *uuid = riaya_grant_get_uuid (grant);

  save (fixture, grant);

  g_assert_true (riaya_store_delete_grant (fixture->store, uuid, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (last_journal_entry (fixture, &journal)->action, ==, "delete");
  g_clear_pointer (&journal, g_ptr_array_unref);

  /* Hidden: in no list, no total, not found. */
  hidden = riaya_store_list_grants (fixture->store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (hidden), ==, 0);
  totals = riaya_store_grant_year_totals (fixture->store, 2021, 2021, NULL, "2022-01-01", &error);
  g_assert_cmpuint (g_array_index (totals, RiayaGrantYearTotals, 0).grants, ==, 0);
  g_assert_null (riaya_store_get_grant (fixture->store, uuid, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Deleting twice, or bringing back what is not deleted, is refused. */
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_delete_grant (fixture->store, uuid, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ASSERT_UNCHANGED (fixture->store, before);

  g_assert_true (riaya_store_undelete_grant (fixture->store, uuid, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (last_journal_entry (fixture, &journal)->action, ==, "undelete");
  shown = riaya_store_list_grants (fixture->store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  g_clear_pointer (&before, g_free);
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_undelete_grant (fixture->store, uuid, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  ASSERT_UNCHANGED (fixture->store, before);
}

/* Tries to add @grant: refused with @domain/@code, a message holding
 * @needle, and the database unchanged. */
static void
assert_add_refused (StoreFixture *fixture,
                    RiayaGrant   *grant,
                    GQuark        domain,
                    int           code,
                    const char   *needle)
{
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autoptr(GError) error = NULL;

  g_assert_false (riaya_store_add_grant (fixture->store, grant, &error));
  g_assert_error (error, domain, code);
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s” not in the message “%s”", needle, error->message);
  ASSERT_UNCHANGED (fixture->store, before);
}

static void
test_refusals (StoreFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInstitution) gone = add_institution (fixture, "TNG/2020/002", "Dar Taliba Supprimée");
  g_autoptr(RiayaInstitution) closed = add_institution (fixture, "TNG/2020/003", "Dar Talib Retirée");
  g_autoptr(RiayaLicenceEvent) withdrawal = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WITHDRAWN, "2020-06-30", NULL, NULL);
  g_autoptr(RiayaGrant) saved = make_grant (house, 2021, KDH (30));
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_delete_institution (fixture->store, riaya_institution_get_uuid (gone), &error));
  g_assert_true (riaya_store_add_licence_event (fixture->store, riaya_institution_get_uuid (closed), withdrawal, &error));
  g_assert_no_error (error);
  add_tranche (saved, "2021-04-01", KDH (30), NULL);
  save (fixture, saved);

  {
    g_autoptr(RiayaGrant) grant = make_grant (house, 2021, KDH (30));
    riaya_grant_set_institution_uuid (grant, "no-such-institution");
    assert_add_refused (fixture, grant, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND, "no-such-institution");
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (gone, 2021, KDH (30));
    assert_add_refused (fixture, grant, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND, "deleted");
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (house, 2021, 0);
    assert_add_refused (fixture, grant, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "above zero");
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (house, 2021, -KDH (5));
    assert_add_refused (fixture, grant, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "above zero");
  }
  {
    /* Circular 7/2003: 50,000.01 DH needs a convention, 50,000.00 not. */
    g_autoptr(RiayaGrant) grant = make_grant (house, 2021, KDH (50));
    riaya_grant_set_amount (grant, KDH (50) + 1);
    assert_add_refused (fixture, grant, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED, "7/2003");
    riaya_grant_set_amount (grant, KDH (50));
    save (fixture, grant);
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (house, 2021, KDH (100));
    add_tranche (grant, "2021-04-01", KDH (60), NULL);
    add_tranche (grant, "2021-09-01", KDH (40) + 1, NULL);
    assert_add_refused (fixture, grant, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "100");
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (house, 2021, KDH (20));
    riaya_grant_set_justification_due (grant, "2022-03-31");
    riaya_grant_set_justification_received (grant, "2022-03-20");
    riaya_grant_set_justification_approved (grant, "2022-03-19");
    assert_add_refused (fixture, grant, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2022-03-19");
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (house, 2021, KDH (20));
    add_tranche (grant, "2021-04-01", KDH (20), "2021-03-01");
    assert_add_refused (fixture, grant, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2021-03-01");
  }
  {
    /* Licensed on 2020-01-15: nothing for 2019. */
    g_autoptr(RiayaGrant) grant = make_grant (house, 2019, KDH (20));
    assert_add_refused (fixture, grant, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER, "2020-01-15");
  }
  {
    /* Withdrawn on 2020-06-30: something for 2020, nothing for 2021. */
    g_autoptr(RiayaGrant) grant = make_grant (closed, 2021, KDH (20));
    assert_add_refused (fixture, grant, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE, "2021");
    riaya_grant_set_year (grant, 2020);
    riaya_grant_set_decided_on (grant, "2020-03-10");
    save (fixture, grant);
  }
  {
    g_autoptr(RiayaGrant) grant = riaya_grant_copy (saved);
    assert_add_refused (fixture, grant, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE, "already recorded");
  }
  {
    /* A tranche belongs to one grant. */
    g_autoptr(RiayaGrant) grant = make_grant (house, 2022, KDH (30));
    g_autoptr(RiayaGrantTranche) stolen = g_list_model_get_item (riaya_grant_get_tranches (saved), 0);
    g_autoptr(RiayaGrantTranche) copy = riaya_grant_tranche_copy (stolen);

    riaya_grant_add_tranche (grant, copy);
    assert_add_refused (fixture, grant, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE, "2021-04-01");
  }

  /* The same rules hold when a saved grant is changed. */
  {
    g_autoptr(RiayaGrant) edited = riaya_grant_copy (saved);
    g_autofree char *before = riaya_store_dup_content_digest (fixture->store);

    riaya_grant_set_amount (edited, KDH (20));
    g_assert_false (riaya_store_update_grant (fixture->store, edited, &error));
    g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
    g_clear_error (&error);

    riaya_grant_set_amount (edited, KDH (30));
    riaya_grant_set_institution_uuid (edited, riaya_institution_get_uuid (gone));
    g_assert_false (riaya_store_update_grant (fixture->store, edited, &error));
    g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);

    riaya_grant_set_institution_uuid (edited, riaya_institution_get_uuid (house));
    riaya_grant_set_uuid (edited, "no-such-grant");
    g_assert_false (riaya_store_update_grant (fixture->store, edited, &error));
    g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
    ASSERT_UNCHANGED (fixture->store, before);
  }
}

/* ---- totals, late and overdue --------------------------------------------- */

/* Three institutions and their grants, with figures worked out by hand:
 *
 *  A  Dar Talib Tanger (01.511, student house), licensed 2020-01-15: 40
 *     places for boys; from 2021-07-01, 50 for boys and 30 for girls,
 *     corrected the same day to 35 (the line recorded last holds).
 *     On 31 December: 40 in 2020, 85 from 2021.
 *  B  Dar Al Atfal Tanger (01.511, student house), licensed 2020-01-15: 40
 *     places for boys, licence withdrawn on 2021-10-01. On 31 December: 40
 *     in 2020; in 2021 its licence is no longer in force and it has no
 *     licensed places, as capacity-by-region counts it.
 *  C  an elderly home of Casablanca (06.141), licensed 2018-03-01: 45
 *     places.
 *
 *  2019  C 10,000.00 (outside the years asked below)
 *  2020  A 100,000.00 in two tranches: 60,000.00 paid, 40,000.00 due
 *        2020-09-01 and unpaid; A 20,000.00; B 60,000.00, justification
 *        due 2021-03-31, never received
 *        → 2 institutions, 80 places, 3 grants, 180,000.00, paid 60,000.00
 *  2021  A 80,000.00, justification due 2022-03-31, received, rejected;
 *        B 50,000.00 → 2 institutions, 85 places, 2 grants, 130,000.00
 *  2022  nothing → zeros
 *  2023  C three times 9,000,000,000.00, justified and approved
 *        → 1 institution, 45 places, 3 grants, 27,000,000,000.00 */
typedef struct
{
  RiayaInstitution *a;
  RiayaInstitution *b;
  RiayaInstitution *c;
  char             *a_2020;
  char             *b_2020;
  char             *a_2021;
} Scenario;

static void
scenario_clear (Scenario *s)
{
  g_clear_object (&s->a);
  g_clear_object (&s->b);
  g_clear_object (&s->c);
  g_clear_pointer (&s->a_2020, g_free);
  g_clear_pointer (&s->b_2020, g_free);
  g_clear_pointer (&s->a_2021, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scenario, scenario_clear)

static void
build_scenario (StoreFixture *fixture,
                Scenario     *s)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RiayaLicenceEvent) withdrawal = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WITHDRAWN, "2021-10-01", NULL, NULL);
  g_autoptr(GError) error = NULL;

  s->a = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  s->b = add_institution (fixture, "TNG/2020/002", "Dar Al Atfal Tanger");
  s->c = add_elderly_home (fixture);

  g_ptr_array_add (lines, riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 50, "2021-07-01"));
  g_ptr_array_add (lines, riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 30, "2021-07-01"));
  g_ptr_array_add (lines, riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 35, "2021-07-01"));
  g_assert_true (riaya_store_add_capacity_lines (fixture->store, riaya_institution_get_uuid (s->a), lines, &error));
  g_assert_true (riaya_store_add_licence_event (fixture->store, riaya_institution_get_uuid (s->b), withdrawal, &error));
  g_assert_no_error (error);

  {
    g_autoptr(RiayaGrant) grant = make_grant (s->c, 2019, KDH (10));
    save (fixture, grant);
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (s->a, 2020, KDH (100));
    add_tranche (grant, "2020-04-01", KDH (60), "2020-04-15");
    add_tranche (grant, "2020-09-01", KDH (40), NULL);
    save (fixture, grant);
    s->a_2020 = g_strdup (riaya_grant_get_uuid (grant));
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (s->a, 2020, KDH (20));
    riaya_grant_set_kind (grant, RIAYA_GRANT_KIND_EQUIPMENT);
    save (fixture, grant);
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (s->b, 2020, KDH (60));
    riaya_grant_set_justification_due (grant, "2021-03-31");
    save (fixture, grant);
    s->b_2020 = g_strdup (riaya_grant_get_uuid (grant));
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (s->a, 2021, KDH (80));
    riaya_grant_set_justification_due (grant, "2022-03-31");
    riaya_grant_set_justification_received (grant, "2022-03-20");
    riaya_grant_set_justification_rejected (grant, "2022-04-10");
    riaya_grant_set_rejection_reason (grant, "Pièces comptables manquantes");
    save (fixture, grant);
    s->a_2021 = g_strdup (riaya_grant_get_uuid (grant));
  }
  {
    g_autoptr(RiayaGrant) grant = make_grant (s->b, 2021, KDH (50));
    save (fixture, grant);
  }
  for (guint i = 0; i < 3; i++)
    {
      /* 9,000,000,000.00 DH. */
      g_autoptr(RiayaGrant) grant = make_grant (s->c, 2023, KDH (9000000));
      riaya_grant_set_justification_due (grant, "2024-03-31");
      riaya_grant_set_justification_received (grant, "2024-03-01");
      riaya_grant_set_justification_approved (grant, "2024-03-15");
      save (fixture, grant);
    }
}

static void
assert_year (GArray     *totals,
             guint       index,
             guint       year,
             guint       institutions,
             guint       capacity,
             guint       grants,
             gint64      amount,
             gint64      paid)
{
  const RiayaGrantYearTotals *t = &g_array_index (totals, RiayaGrantYearTotals, index);

  g_assert_cmpuint (t->year, ==, year);
  g_assert_cmpuint (t->institutions, ==, institutions);
  g_assert_cmpuint (t->capacity, ==, capacity);
  g_assert_cmpuint (t->grants, ==, grants);
  g_assert_cmpint (t->amount, ==, amount);
  g_assert_cmpint (t->paid, ==, paid);
  g_assert_cmpint (t->remaining, ==, amount - paid);
}

static GArray *
totals_for (StoreFixture           *fixture,
            const RiayaGrantFilter *filter,
            const char             *today)
{
  g_autoptr(GError) error = NULL;
  GArray *totals = riaya_store_grant_year_totals (fixture->store, 2020, 2023, filter, today, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (totals->len, ==, 4);
  return totals;
}

static void
test_year_totals (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_auto(Scenario) s = { 0 };
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) region = NULL;
  g_autoptr(GArray) province = NULL;
  g_autoptr(GArray) elderly = NULL;
  g_autoptr(GArray) one = NULL;
  g_autoptr(GArray) deleted = NULL;
  g_autoptr(RiayaInstitution) a = NULL;
  g_autoptr(GError) error = NULL;
  RiayaGrantFilter filter = RIAYA_GRANT_FILTER_INIT;

  build_scenario (fixture, &s);

  all = totals_for (fixture, NULL, "2024-06-01");
  assert_year (all, 0, 2020, 2, 80, 3, KDH (180), KDH (60));
  assert_year (all, 1, 2021, 2, 85, 2, KDH (130), 0);
  assert_year (all, 2, 2022, 0, 0, 0, 0, 0);
  /* Twenty-seven billion dirhams, to the centime. */
  assert_year (all, 3, 2023, 1, 45, 3, G_GINT64_CONSTANT (2700000000000), 0);

  /* The places counted are those core gives for the same day. */
  a = riaya_store_get_institution (fixture->store, riaya_institution_get_uuid (s.a), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_institution_get_places_on (a, "2020-12-31"), ==, 40);
  g_assert_cmpuint (riaya_institution_get_places_on (a, "2021-06-30"), ==, 40);
  g_assert_cmpuint (riaya_institution_get_places_on (a, "2021-12-31"), ==, 85);

  /* By region, province, type and institution. */
  filter.region_code = "06";
  region = totals_for (fixture, &filter, "2024-06-01");
  assert_year (region, 0, 2020, 0, 0, 0, 0, 0);
  assert_year (region, 3, 2023, 1, 45, 3, G_GINT64_CONSTANT (2700000000000), 0);

  filter.region_code = NULL;
  filter.province_code = "01.511";
  province = totals_for (fixture, &filter, "2024-06-01");
  assert_year (province, 0, 2020, 2, 80, 3, KDH (180), KDH (60));
  assert_year (province, 1, 2021, 2, 85, 2, KDH (130), 0);
  assert_year (province, 3, 2023, 0, 0, 0, 0, 0);

  filter.province_code = NULL;
  filter.institution_type = RIAYA_INSTITUTION_TYPE_ELDERLY;
  elderly = totals_for (fixture, &filter, "2024-06-01");
  assert_year (elderly, 1, 2021, 0, 0, 0, 0, 0);
  assert_year (elderly, 3, 2023, 1, 45, 3, G_GINT64_CONSTANT (2700000000000), 0);

  filter.institution_type = -1;
  filter.institution_uuid = riaya_institution_get_uuid (s.a);
  one = totals_for (fixture, &filter, "2024-06-01");
  assert_year (one, 0, 2020, 1, 40, 2, KDH (120), KDH (60));
  assert_year (one, 1, 2021, 1, 85, 1, KDH (80), 0);
  assert_year (one, 3, 2023, 0, 0, 0, 0, 0);

  /* The grants of a deleted institution are in no total. */
  g_assert_true (riaya_store_delete_institution (fixture->store, riaya_institution_get_uuid (s.c), &error));
  g_assert_no_error (error);
  deleted = totals_for (fixture, NULL, "2024-06-01");
  assert_year (deleted, 3, 2023, 0, 0, 0, 0, 0);
  assert_year (deleted, 0, 2020, 2, 80, 3, KDH (180), KDH (60));
}

static guint
late_in (StoreFixture *fixture,
         guint         year,
         const char   *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) totals = riaya_store_grant_year_totals (fixture->store, year, year, NULL, today, &error);

  g_assert_no_error (error);
  return g_array_index (totals, RiayaGrantYearTotals, 0).late;
}

static void
test_late (StoreFixture  *fixture,
           gconstpointer  data)
{
  g_auto(Scenario) s = { 0 };
  g_autoptr(GHashTable) before_due = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;

  build_scenario (fixture, &s);

  /* The tranche due 2020-09-01 is late from the day after. */
  g_assert_cmpuint (late_in (fixture, 2020, "2020-09-01"), ==, 0);
  g_assert_cmpuint (late_in (fixture, 2020, "2020-09-02"), ==, 1);
  /* The justification due 2021-03-31 too. */
  g_assert_cmpuint (late_in (fixture, 2020, "2021-03-31"), ==, 1);
  g_assert_cmpuint (late_in (fixture, 2020, "2021-04-01"), ==, 2);
  /* A rejected justification is still owed; an approved one is not. */
  g_assert_cmpuint (late_in (fixture, 2021, "2022-04-11"), ==, 1);
  g_assert_cmpuint (late_in (fixture, 2023, "2025-01-01"), ==, 0);

  before_due = riaya_store_count_late_grants (fixture->store, "2020-09-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (before_due), ==, 0);

  after = riaya_store_count_late_grants (fixture->store, "2022-04-11", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (after), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (after, riaya_institution_get_uuid (s.a))), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (after, riaya_institution_get_uuid (s.b))), ==, 1);
  g_assert_false (g_hash_table_contains (after, riaya_institution_get_uuid (s.c)));

  /* Paying the tranche takes A's first grant off the list. */
  {
    g_autoptr(RiayaGrant) grant = riaya_store_get_grant (fixture->store, s.a_2020, &error);
    g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (riaya_grant_get_tranches (grant), 1);
    g_autoptr(GHashTable) paid = NULL;

    riaya_grant_tranche_set_paid_on (tranche, "2020-10-05");
    g_assert_true (riaya_store_update_grant (fixture->store, grant, &error));
    g_assert_no_error (error);
    paid = riaya_store_count_late_grants (fixture->store, "2022-04-11", &error);
    g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (paid, riaya_institution_get_uuid (s.a))), ==, 1);
    g_assert_cmpuint (late_in (fixture, 2020, "2022-04-11"), ==, 1);
  }
}

static void
test_overdue_justifications (StoreFixture  *fixture,
                             gconstpointer  data)
{
  g_auto(Scenario) s = { 0 };
  g_autoptr(GPtrArray) on_due = NULL;
  g_autoptr(GPtrArray) day_after = NULL;
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(GPtrArray) deleted = NULL;
  g_autoptr(GError) error = NULL;
  RiayaOverdueJustification *item;

  build_scenario (fixture, &s);

  on_due = riaya_store_list_overdue_justifications (fixture->store, "2021-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (on_due->len, ==, 0);

  day_after = riaya_store_list_overdue_justifications (fixture->store, "2021-04-01", &error);
  g_assert_cmpuint (day_after->len, ==, 1);
  item = g_ptr_array_index (day_after, 0);
  g_assert_cmpstr (item->grant_uuid, ==, s.b_2020);
  g_assert_cmpstr (item->institution_uuid, ==, riaya_institution_get_uuid (s.b));
  g_assert_cmpuint (item->year, ==, 2020);
  g_assert_cmpint (item->amount, ==, KDH (60));
  g_assert_cmpstr (item->justification_due, ==, "2021-03-31");
  g_assert_false (item->rejected);

  /* Oldest due first; the rejected one is owed again; approved ones and
   * received ones awaiting a decision are not. */
  later = riaya_store_list_overdue_justifications (fixture->store, "2025-01-01", &error);
  g_assert_cmpuint (later->len, ==, 2);
  g_assert_cmpstr (((RiayaOverdueJustification *) g_ptr_array_index (later, 0))->grant_uuid, ==, s.b_2020);
  item = g_ptr_array_index (later, 1);
  g_assert_cmpstr (item->grant_uuid, ==, s.a_2021);
  g_assert_true (item->rejected);

  /* A grant deleted as a mistake owes nothing. */
  g_assert_true (riaya_store_delete_grant (fixture->store, s.b_2020, &error));
  deleted = riaya_store_list_overdue_justifications (fixture->store, "2025-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deleted->len, ==, 1);
}

static void
test_list (StoreFixture  *fixture,
           gconstpointer  data)
{
  g_auto(Scenario) s = { 0 };
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) year = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  RiayaGrantFilter filter = RIAYA_GRANT_FILTER_INIT;
  static const struct { guint year; const char *licence; } expected[] = {
    { 2023, "CAS/2018/004" }, { 2023, "CAS/2018/004" }, { 2023, "CAS/2018/004" },
    /* Dar Al Atfal before Dar Talib: by name, not by order of entry. */
    { 2021, "TNG/2020/002" }, { 2021, "TNG/2020/001" },
    { 2020, "TNG/2020/002" }, { 2020, "TNG/2020/001" }, { 2020, "TNG/2020/001" },
    { 2019, "CAS/2018/004" },
  };

  build_scenario (fixture, &s);

  all = riaya_store_list_grants (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (all, i);

      g_assert_cmpuint (riaya_grant_get_year (grant), ==, expected[i].year);
      g_assert_cmpstr (riaya_grant_get_licence_number (grant), ==, expected[i].licence);
    }

  filter.year = 2020;
  year = riaya_store_list_grants (fixture->store, &filter, &error);
  g_assert_cmpuint (g_list_model_get_n_items (year), ==, 3);

  /* An institution's history, with its tranches. */
  filter.year = 0;
  filter.institution_uuid = riaya_institution_get_uuid (s.a);
  history = riaya_store_list_grants (fixture->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (history, i);

      g_assert_cmpstr (riaya_grant_get_institution_name (grant), ==, "Dar Talib Tanger");
      if (g_strcmp0 (riaya_grant_get_uuid (grant), s.a_2020) == 0)
        g_assert_cmpuint (g_list_model_get_n_items (riaya_grant_get_tranches (grant)), ==, 2);
    }
}

/* A database whose checks were bypassed (a hand edit, another tool) may
 * hold sums that no gint64 holds: the totals say so, they do not wrap. */
static void
test_overflow (StoreFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autofree char *sql = NULL;
  g_autoptr(GArray) totals = NULL;
  g_autoptr(GError) error = NULL;

  sql = g_strdup_printf ("PRAGMA ignore_check_constraints = ON;"
                         "INSERT INTO grants (uuid, institution_uuid, year, amount, kind, convention_ref,"
                         " created_at, updated_at) VALUES"
                         " ('huge-1', '%1$s', 2021, 5000000000000000000, 'running-costs', 'C', 'x', 'x'),"
                         " ('huge-2', '%1$s', 2021, 5000000000000000000, 'running-costs', 'C', 'x', 'x')",
                         riaya_institution_get_uuid (house));
  raw_exec (fixture->path, sql);

  totals = riaya_store_grant_year_totals (fixture->store, 2020, 2022, NULL, "2024-01-01", &error);
  g_assert_null (totals);
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "2021"));
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *needle)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_check (StoreFixture  *fixture,
            gconstpointer  data)
{
  g_auto(Scenario) s = { 0 };
  g_autoptr(GPtrArray) sound = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  build_scenario (fixture, &s);
  g_assert_true (riaya_store_check (fixture->store, &sound, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sound->len, ==, 0);

  /* What the store refuses to write, written behind its back. */
  sql = g_strdup_printf ("UPDATE grant_tranches SET amount = amount + 1 WHERE grant_uuid = '%s' AND paid_on IS NULL;"
                         "UPDATE grants SET paid = 1 WHERE uuid = '%s';"
                         "UPDATE grants SET kind = 'bonus' WHERE year = 2019;",
                         s.a_2020, s.a_2021);
  raw_exec (fixture->path, sql);

  g_assert_false (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_true (has_problem (problems, "The tranches of the grant of 100,000.00 DH for 2020 to the institution with licence TNG/2020/001"));
  g_assert_true (has_problem (problems, "The summary of what was paid on the grant of 80,000.00 DH for 2021"));
  g_assert_true (has_problem (problems, "grant kind code “bonus”"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Circular 7/2003 is a CHECK of the table: SQLite's integrity check
   * finds a grant above 50,000 DH without a convention. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("PRAGMA ignore_check_constraints = ON;"
                         "UPDATE grants SET convention_ref = NULL WHERE uuid = '%s';", s.b_2020);
  raw_exec (fixture->path, sql);
  g_assert_false (riaya_store_check (fixture->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_true (has_problem (problems, "CHECK constraint failed in grants"));
}

/* A database of schema 2 holding an institution takes grants once
 * opened, after a copy of it as it was. */
static void
test_migration_from_2 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("riaya-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "riaya.db", NULL);
  g_autofree char *copy = g_strdup_printf ("%s.before-migration-2", path);
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) house = NULL;
  g_autoptr(RiayaGrant) grant = NULL;
  g_autoptr(GArray) totals = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  for (guint v = 1; v <= 2; v++)
    {
      g_autoptr(GBytes) bytes = _riaya_store_dup_migration_sql (v);
      g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      raw_exec (path, sql);
    }
  raw_exec (path,
            "INSERT INTO institutions (uuid, licence_number, licence_date, legal_basis, type, name_fr,"
            " province_code, created_at, updated_at) VALUES ('inst-1', 'TNG/2020/001', '2020-01-15', '14.05',"
            " 'student-house', 'Dar Talib Tanger', '01.511', '2020-01-15T00:00:00Z', '2020-01-15T00:00:00Z');"
            "INSERT INTO licence_events (uuid, institution_uuid, kind, date, recorded_at) VALUES"
            " ('ev-1', 'inst-1', 'granted', '2020-01-15', '2020-01-15T00:00:00Z');"
            "INSERT INTO capacity_lines (uuid, institution_uuid, category, sex, places, effective_date, recorded_at)"
            " VALUES ('line-1', 'inst-1', 'pupil', 'm', 40, '2020-01-15', '2020-01-15T00:00:00Z');"
            "INSERT INTO settings (key, value) VALUES ('profile', 'national');");
  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, 2);

  store = riaya_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (riaya_store_get_schema_version (store), ==, RIAYA_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_query_int (copy, "PRAGMA user_version"), ==, 2);
  g_assert_cmpuint (file_mode (copy), ==, 0600);

  house = riaya_store_get_institution (store, "TNG/2020/001", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_institution_get_places (house), ==, 40);

  grant = make_grant (house, 2021, KDH (45));
  g_assert_true (riaya_store_add_grant (store, grant, &error));
  g_assert_no_error (error);
  totals = riaya_store_grant_year_totals (store, 2021, 2021, NULL, "2022-01-01", &error);
  g_assert_no_error (error);
  assert_year (totals, 0, 2021, 1, 40, 1, KDH (45), 0);

  g_clear_object (&store);
  {
    const char *suffixes[] = { "", "-wal", "-shm", ".before-migration-2" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
        g_unlink (file);
      }
  }
  g_rmdir (dir);
}

/* The status filter of totals and lists judges each grant as core does
 * (riaya_grant_get_status): the totals of each status, summed by SQL, are
 * those of the grants core puts in that status, on dates around the due
 * dates of the scenario. */
static void
test_status_filter (StoreFixture  *fixture,
                    gconstpointer  data)
{
  static const char * const dates[] = { "2020-09-01", "2020-09-02", "2021-04-01", "2022-04-11", "2025-01-01" };
  g_auto(Scenario) s = { 0 };
  g_autoptr(GListModel) every = NULL;
  g_autoptr(GError) error = NULL;
  guint seen_closed = 0, seen_late = 0;

  build_scenario (fixture, &s);
  {
    /* Paid in full and its justification approved: closed from then on. */
    g_autoptr(RiayaGrant) grant = make_grant (s.c, 2020, KDH (30));

    add_tranche (grant, "2020-05-01", KDH (30), "2020-05-04");
    riaya_grant_set_justification_due (grant, "2021-03-31");
    riaya_grant_set_justification_received (grant, "2021-02-15");
    riaya_grant_set_justification_approved (grant, "2021-03-01");
    save (fixture, grant);
  }
  every = riaya_store_list_grants (fixture->store, NULL, &error);
  g_assert_no_error (error);

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    for (int status = 0; status < RIAYA_N_GRANT_STATUSES; status++)
      {
        RiayaGrantFilter filter = RIAYA_GRANT_FILTER_INIT;
        g_autoptr(GArray) totals = NULL;
        g_autoptr(GListModel) listed = NULL;
        guint expected_grants = 0, total_grants = 0;
        gint64 expected_amount = 0, total_amount = 0, expected_paid = 0, total_paid = 0;

        for (guint i = 0; i < g_list_model_get_n_items (every); i++)
          {
            g_autoptr(RiayaGrant) grant = g_list_model_get_item (every, i);

            if ((int) riaya_grant_get_status (grant, dates[d]) != status)
              continue;
            expected_grants++;
            expected_amount += riaya_grant_get_amount (grant);
            expected_paid += riaya_grant_get_paid (grant);
          }

        filter.status = status;
        filter.status_on = dates[d];
        totals = riaya_store_grant_year_totals (fixture->store, 2015, 2026, &filter, dates[d], &error);
        g_assert_no_error (error);
        for (guint y = 0; y < totals->len; y++)
          {
            const RiayaGrantYearTotals *t = &g_array_index (totals, RiayaGrantYearTotals, y);

            total_grants += t->grants;
            total_amount += t->amount;
            total_paid += t->paid;
            /* Late ones are all late, the others none. */
            g_assert_cmpuint (t->late, ==, status == RIAYA_GRANT_STATUS_LATE ? t->grants : 0);
          }
        g_assert_cmpuint (total_grants, ==, expected_grants);
        g_assert_cmpint (total_amount, ==, expected_amount);
        g_assert_cmpint (total_paid, ==, expected_paid);

        listed = riaya_store_list_grants (fixture->store, &filter, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (g_list_model_get_n_items (listed), ==, expected_grants);

        if (status == RIAYA_GRANT_STATUS_CLOSED)
          seen_closed += expected_grants;
        if (status == RIAYA_GRANT_STATUS_LATE)
          seen_late += expected_grants;
      }

  /* The scenario has grants of each kind, so the test can fail. */
  g_assert_cmpuint (seen_closed, >, 0);
  g_assert_cmpuint (seen_late, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  ADD ("/store/grants/add-get", test_add_get);
  ADD ("/store/grants/update", test_update);
  ADD ("/store/grants/delete-undelete", test_delete_undelete);
  ADD ("/store/grants/refusals", test_refusals);
  ADD ("/store/grants/year-totals", test_year_totals);
  ADD ("/store/grants/late", test_late);
  ADD ("/store/grants/status-filter", test_status_filter);
  ADD ("/store/grants/overdue-justifications", test_overdue_justifications);
  ADD ("/store/grants/list", test_list);
  ADD ("/store/grants/overflow", test_overflow);
  ADD ("/store/grants/check", test_check);
  g_test_add_func ("/store/grants/migration-from-2", test_migration_from_2);

#undef ADD

  return g_test_run ();
}
