/* test-record-fields.c — records as lists of fields, and their digests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exchange files are compared with the database field by field and by
 * digest (exchange.md "Import semantics"): two versions with the same
 * fields have the same digest whatever their order of parts or their
 * history, any field that differs changes it, and a version kept as its
 * fields comes back whole.
 */

#include "config.h"

#include <string.h>

#include "riaya-core.h"

#define INSTITUTION "0b7f1f52-5f3a-4a8e-9f51-3f1e2a6c0d11"

static RiayaInstitution *
make_institution (void)
{
  RiayaInstitution *self = riaya_institution_new ();

  riaya_institution_set_uuid (self, INSTITUTION);
  riaya_institution_set_licence_number (self, "EPS-TA-2020-014");
  riaya_institution_set_licence_date (self, "2020-01-15");
  riaya_institution_set_legal_basis (self, RIAYA_LEGAL_BASIS_65_15);
  riaya_institution_set_institution_type (self, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_set_province_code (self, "01.511");
  riaya_institution_set_name_ar (self, "دار الطالبة");
  riaya_institution_set_name_fr (self, "Dar Taliba Assilah");
  riaya_institution_set_commune (self, "Assilah");
  riaya_institution_set_services (self, (1u << RIAYA_SERVICE_ACCOMMODATION) | (1u << RIAYA_SERVICE_MEALS));
  riaya_institution_set_staff (self, RIAYA_STAFF_EDUCATOR, 3);
  return self;
}

static RiayaGrant *
make_grant (void)
{
  RiayaGrant *grant = riaya_grant_new (INSTITUTION, 2025, 12000000);
  g_autoptr(RiayaGrantTranche) first = riaya_grant_tranche_new ("2025-04-01", 6000000);
  g_autoptr(RiayaGrantTranche) second = riaya_grant_tranche_new ("2025-10-01", 6000000);

  riaya_grant_set_decided_on (grant, "2025-03-10");
  riaya_grant_set_convention_ref (grant, "CONV-2025/77");
  riaya_grant_tranche_set_uuid (first, "11111111-1111-4111-8111-111111111111");
  riaya_grant_tranche_set_uuid (second, "22222222-2222-4222-8222-222222222222");
  riaya_grant_tranche_set_paid_on (first, "2025-04-20");
  riaya_grant_add_tranche (grant, second);
  riaya_grant_add_tranche (grant, first);
  return grant;
}

static RiayaInspection *
make_visit (void)
{
  RiayaInspection *visit = riaya_inspection_new (INSTITUTION, "2026-03-02", RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new ("Fix the fire exit", "2026-05-01");

  riaya_inspection_set_done_on (visit, "2026-03-04");
  riaya_inspection_set_members_invited (visit, 5);
  riaya_inspection_set_members_present (visit, 4);
  riaya_inspection_set_committee (visit, "A. Official — Province\nB. Official — Health");
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_SAFETY, RIAYA_CHECK_NOT_COMPLIANT, "No extinguisher");
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_LICENCE, RIAYA_CHECK_COMPLIANT, NULL);
  riaya_inspection_set_findings (visit, "Rooms clean.\n\nFire exit blocked.");
  riaya_corrective_action_set_uuid (action, "33333333-3333-4333-8333-333333333333");
  riaya_inspection_add_action (visit, action);
  return visit;
}

static void
assert_same_digest (const char *a,
                    const char *b)
{
  g_assert_cmpuint (strlen (a), ==, 64);
  g_assert_cmpstr (a, ==, b);
}

/* The digest made from the list is the one made without it. */
static void
assert_list_digest (const char *kind,
                    GVariant   *fields,
                    const char *digest)
{
  g_autofree char *from_list = riaya_record_fields_digest (kind, fields);

  g_assert_cmpstr (from_list, ==, digest);
}

static void
test_institution_fields (void)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  g_autoptr(GVariant) fields = riaya_institution_dup_fields (institution);
  static const char *codes[] = {
    "licence-number", "licence-date", "legal-basis", "type", "province", "name-ar", "name-fr",
    "founder", "director", "commune", "address", "phone", "services",
  };

  g_assert_true (g_variant_is_of_type (fields, RIAYA_RECORD_FIELDS_TYPE));
  g_assert_false (g_variant_is_floating (fields));
  g_assert_cmpuint (g_variant_n_children (fields), ==, G_N_ELEMENTS (codes) + RIAYA_N_STAFF_ROLES);

  /* Always the same codes in the same order, empty ones included. */
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      const char *code;

      g_variant_get_child (fields, i, "(&s&s)", &code, NULL);
      g_assert_cmpstr (code, ==, codes[i]);
    }

  g_assert_cmpstr (riaya_record_fields_lookup (fields, "legal-basis"), ==, "65.15");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "type"), ==, "student-house");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "founder"), ==, "");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "services"), ==, "accommodation meals");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "staff-educator"), ==, "3");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "staff-director"), ==, "");
  g_assert_null (riaya_record_fields_lookup (fields, "uuid"));

  {
    g_autofree char *digest = riaya_institution_dup_content_digest (institution);
    assert_list_digest ("institution", fields, digest);
  }
}

static void
test_institution_digest (void)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  g_autoptr(RiayaInstitution) copy = riaya_institution_copy (institution);
  g_autoptr(RiayaCapacityLine) line =
    riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 40, "2020-01-15");
  g_autofree char *digest = riaya_institution_dup_content_digest (institution);
  g_autofree char *same = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *other_uuid = NULL;

  /* Pinned: a digest stored by this version is compared by every later
   * one, so the canonical list may never change. */
  g_assert_cmpstr (digest, ==, "b77519185698251cd04daf7e695c9dc9db049fa4a3e6294ea93cef618afe2323");

  /* The history and the identity are not content. */
  riaya_institution_add_capacity_line (copy, line);
  same = riaya_institution_dup_content_digest (copy);
  assert_same_digest (digest, same);
  riaya_institution_set_uuid (copy, "44444444-4444-4444-8444-444444444444");
  other_uuid = riaya_institution_dup_content_digest (copy);
  assert_same_digest (digest, other_uuid);

  riaya_institution_set_phone (copy, "0539000000");
  changed = riaya_institution_dup_content_digest (copy);
  g_assert_cmpstr (changed, !=, digest);
}

/* Moving text from one field to the next changes the digest. */
static void
test_digest_boundaries (void)
{
  g_autoptr(RiayaInstitution) a = make_institution ();
  g_autoptr(RiayaInstitution) b = make_institution ();
  g_autofree char *digest_a = NULL;
  g_autofree char *digest_b = NULL;
  g_autofree char *as_grant = NULL;
  g_autoptr(GVariant) fields = NULL;

  riaya_institution_set_founder (a, "ab");
  riaya_institution_set_director (a, "c");
  riaya_institution_set_founder (b, "a");
  riaya_institution_set_director (b, "bc");
  digest_a = riaya_institution_dup_content_digest (a);
  digest_b = riaya_institution_dup_content_digest (b);
  g_assert_cmpstr (digest_a, !=, digest_b);

  /* The kind is part of it. */
  fields = riaya_institution_dup_fields (a);
  as_grant = riaya_record_fields_digest ("grant", fields);
  g_assert_cmpstr (as_grant, !=, digest_a);
}

static void
test_institution_round_trip (void)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  g_autoptr(RiayaInstitution) other = riaya_institution_new ();
  g_autoptr(GVariant) fields = riaya_institution_dup_fields (institution);
  g_autoptr(GVariant) parsed = NULL;
  g_autofree char *text = g_variant_print (fields, FALSE);
  g_autofree char *digest = riaya_institution_dup_content_digest (institution);
  g_autofree char *applied = NULL;
  g_autoptr(GError) error = NULL;

  /* As the conflicts table keeps it: GVariant text. */
  parsed = g_variant_parse (RIAYA_RECORD_FIELDS_TYPE, text, NULL, NULL, &error);
  g_assert_no_error (error);

  riaya_institution_set_phone (other, "0500000000");
  riaya_institution_set_staff (other, RIAYA_STAFF_KITCHEN, 2);
  g_assert_true (riaya_institution_apply_fields (other, parsed, &error));
  g_assert_no_error (error);

  applied = riaya_institution_dup_content_digest (other);
  assert_same_digest (digest, applied);
  g_assert_null (riaya_institution_get_phone (other));
  g_assert_cmpuint (riaya_institution_get_staff (other, RIAYA_STAFF_KITCHEN), ==, 0);
  g_assert_cmpstr (riaya_institution_get_uuid (other), !=, INSTITUTION);
}

static void
test_apply_refuses_unknown_codes (void)
{
  g_autoptr(RiayaInstitution) institution = make_institution ();
  g_autoptr(GVariant) bad = g_variant_ref_sink (g_variant_new_parsed ("[('legal-basis', '99.99'), ('type', 'kafala')]"));
  g_autoptr(GVariant) bad_services =
    g_variant_ref_sink (g_variant_new_parsed ("[('legal-basis', '65.15'), ('type', 'kafala'), ('services', 'meals teleport')]"));
  g_autoptr(RiayaGrant) grant = make_grant ();
  g_autoptr(GVariant) bad_amount =
    g_variant_ref_sink (g_variant_new_parsed ("[('year', '2025'), ('amount', 'lots'), ('kind', 'running-costs')]"));
  g_autoptr(GError) error = NULL;

  g_assert_false (riaya_institution_apply_fields (institution, bad, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE);
  g_assert_nonnull (strstr (error->message, "99.99"));
  g_assert_nonnull (strstr (error->message, "legal-basis"));
  g_clear_error (&error);
  /* Nothing was changed before the refusal. */
  g_assert_cmpint (riaya_institution_get_legal_basis (institution), ==, RIAYA_LEGAL_BASIS_65_15);

  g_assert_false (riaya_institution_apply_fields (institution, bad_services, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE);
  g_assert_nonnull (strstr (error->message, "teleport"));
  g_clear_error (&error);

  g_assert_false (riaya_grant_apply_fields (grant, bad_amount, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE);
  g_assert_cmpint (riaya_grant_get_amount (grant), ==, 12000000);
}

static void
test_grant (void)
{
  g_autoptr(RiayaGrant) grant = make_grant ();
  g_autoptr(RiayaGrant) reordered = riaya_grant_new (INSTITUTION, 2025, 12000000);
  g_autoptr(RiayaGrant) other = riaya_grant_new ("55555555-5555-4555-8555-555555555555", 2019, 100);
  g_autoptr(GVariant) fields = riaya_grant_dup_fields (grant);
  g_autofree char *digest = riaya_grant_dup_content_digest (grant);
  g_autofree char *digest_reordered = NULL;
  g_autofree char *digest_other = NULL;
  g_autofree char *digest_paid = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *tranches = riaya_grant_get_tranches (grant);
  g_autoptr(RiayaGrantTranche) second = NULL;

  g_assert_cmpstr (riaya_record_fields_lookup (fields, "amount"), ==, "120000.00");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "kind"), ==, "running-costs");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "tranche-1-uuid"), ==, "11111111-1111-4111-8111-111111111111");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "tranche-1-paid"), ==, "2025-04-20");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "tranche-2-due"), ==, "2025-10-01");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "tranche-2-paid"), ==, "");
  g_assert_null (riaya_record_fields_lookup (fields, "tranche-3-uuid"));
  g_assert_cmpstr (digest, ==, "be97a2e15aadb6938f3c292945069c46d2f367bc7727be39e2573a5611203ec6");
  assert_list_digest ("grant", fields, digest);

  /* The same tranches added in another order: the same grant. */
  for (int i = (int) g_list_model_get_n_items (tranches) - 1; i >= 0; i--)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, (guint) i);
      g_autoptr(RiayaGrantTranche) copy = riaya_grant_tranche_copy (tranche);

      riaya_grant_add_tranche (reordered, copy);
    }
  riaya_grant_set_decided_on (reordered, "2025-03-10");
  riaya_grant_set_convention_ref (reordered, "CONV-2025/77");
  digest_reordered = riaya_grant_dup_content_digest (reordered);
  assert_same_digest (digest, digest_reordered);

  /* Back from its fields, tranches replaced, owner kept. */
  g_assert_true (riaya_grant_apply_fields (other, fields, &error));
  g_assert_no_error (error);
  digest_other = riaya_grant_dup_content_digest (other);
  assert_same_digest (digest, digest_other);
  g_assert_cmpuint (g_list_model_get_n_items (riaya_grant_get_tranches (other)), ==, 2);
  g_assert_cmpstr (riaya_grant_get_institution_uuid (other), ==, "55555555-5555-4555-8555-555555555555");

  /* A tranche paid is a change. */
  second = g_list_model_get_item (tranches, 1);
  riaya_grant_tranche_set_paid_on (second, "2025-10-05");
  digest_paid = riaya_grant_dup_content_digest (grant);
  g_assert_cmpstr (digest_paid, !=, digest);
}

static void
test_inspection (void)
{
  g_autoptr(RiayaInspection) visit = make_visit ();
  g_autoptr(RiayaInspection) other = riaya_inspection_new (INSTITUTION, "2020-01-01", RIAYA_VISIT_KIND_COMPLAINT);
  g_autoptr(GVariant) fields = riaya_inspection_dup_fields (visit);
  g_autoptr(RiayaCorrectiveAction) stray = riaya_corrective_action_new ("Stray", "2020-02-01");
  g_autofree char *digest = riaya_inspection_dup_content_digest (visit);
  g_autofree char *digest_other = NULL;
  g_autofree char *digest_revised = NULL;
  g_autofree char *digest_done = NULL;
  g_autoptr(GError) error = NULL;
  RiayaCorrectiveAction *action;

  g_assert_cmpstr (riaya_record_fields_lookup (fields, "members-present"), ==, "4");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "check-safety"), ==, "not-compliant");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "check-safety-note"), ==, "No extinguisher");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "check-health"), ==, "not-assessed");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "decision"), ==, "none");
  g_assert_cmpstr (riaya_record_fields_lookup (fields, "action-1-description"), ==, "Fix the fire exit");
  g_assert_cmpstr (digest, ==, "fc9da6d250122045ae255024225c30add0f1a856a941c72563504b6e98857b49");
  assert_list_digest ("inspection", fields, digest);

  /* The revision is the store's own counter, not a change. */
  riaya_inspection_set_revision (visit, 7);
  digest_revised = riaya_inspection_dup_content_digest (visit);
  assert_same_digest (digest, digest_revised);

  riaya_inspection_set_check (other, RIAYA_CHECK_AREA_RIGHTS, RIAYA_CHECK_NOT_APPLICABLE, "x");
  riaya_inspection_add_action (other, stray);
  g_assert_true (riaya_inspection_apply_fields (other, fields, &error));
  g_assert_no_error (error);
  digest_other = riaya_inspection_dup_content_digest (other);
  assert_same_digest (digest, digest_other);
  g_assert_cmpuint (g_list_model_get_n_items (riaya_inspection_get_actions (other)), ==, 1);
  g_assert_cmpint (riaya_inspection_get_check (other, RIAYA_CHECK_AREA_RIGHTS), ==, RIAYA_CHECK_NOT_ASSESSED);
  g_assert_null (riaya_inspection_get_check_note (other, RIAYA_CHECK_AREA_RIGHTS));

  action = riaya_inspection_find_action (visit, "33333333-3333-4333-8333-333333333333");
  riaya_corrective_action_set_done_on (action, "2026-04-10");
  digest_done = riaya_inspection_dup_content_digest (visit);
  g_assert_cmpstr (digest_done, !=, digest);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record-fields/institution/fields", test_institution_fields);
  g_test_add_func ("/record-fields/institution/digest", test_institution_digest);
  g_test_add_func ("/record-fields/institution/round-trip", test_institution_round_trip);
  g_test_add_func ("/record-fields/digest-boundaries", test_digest_boundaries);
  g_test_add_func ("/record-fields/apply-refuses-unknown-codes", test_apply_refuses_unknown_codes);
  g_test_add_func ("/record-fields/grant", test_grant);
  g_test_add_func ("/record-fields/inspection", test_inspection);

  return g_test_run ();
}
