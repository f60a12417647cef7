/* test-store-exchange.c — what an exchange file does to a database
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * exchange.md "Import semantics": one transaction per file; the same
 * file twice writes nothing; an older file is refused unless forced; a
 * gap is reported; a record changed on both sides becomes a conflict
 * that keeps both versions until someone chooses; a refused file, a dry
 * run and a file already imported leave the database byte for byte as it
 * was. Bundles are built by hand from core objects: no XML here.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-exchange.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"
#include "store-test-util.h"

#define PRODUCER    "5a0c3e1e-7a4b-4f1e-9a5b-2c1d0e9f8a71"
#define INSTITUTION "0b7f1f52-5f3a-4a8e-9f51-3f1e2a6c0d11"
#define GRANT       "6f1d2e3c-4b5a-4697-8a8b-9c0d1e2f3a4b"
#define VISIT       "7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
#define FOLLOW_UP   "8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"
#define WARNING     "9c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f"

/* ---- building files --------------------------------------------------------- */

static RiayaExchangeHeader *
make_header (gint64 sequence)
{
  RiayaExchangeHeader *header = riaya_exchange_header_new ();

  header->database_uuid = g_strdup (PRODUCER);
  header->profile = RIAYA_PROFILE_DELEGATE;
  header->province_code = g_strdup ("01.511");
  header->software = g_strdup ("Riaya 0.5.0");
  header->sequence = sequence;
  header->created_at = g_strdup ("2026-01-10T09:00:00Z");
  header->period_from = g_strdup ("2025-01-01");
  header->period_to = g_strdup ("2025-12-31");
  /* A file's digest is of its body: here, of its sequence, so that each
   * file of a test is another file unless said otherwise. */
  header->digest = g_strdup_printf ("sha256:%064" G_GINT64_MODIFIER "x", sequence);
  header->file_name = g_strdup_printf ("riaya-01.511-2025-%" G_GINT64_FORMAT ".xml", sequence);
  return header;
}

static RiayaInspection *
make_visit (const char *uuid,
            const char *done_on,
            RiayaVisitKind kind)
{
  RiayaInspection *visit = riaya_inspection_new (INSTITUTION, done_on, kind);

  riaya_inspection_set_uuid (visit, uuid);
  riaya_inspection_set_done_on (visit, done_on);
  riaya_inspection_set_members_invited (visit, 5);
  riaya_inspection_set_members_present (visit, 4);
  return visit;
}

/* A student house of Tanger-Assilah with its licence's history (granted,
 * then a warning from a visit), a grant of 2025 in two tranches, the
 * visit and its follow-up (the follow-up first, as a file may order
 * them), people present at the end of 2025 and the year's movements. */
static RiayaInstitutionBundle *
make_bundle (void)
{
  RiayaInstitutionBundle *bundle = riaya_institution_bundle_new ();
  g_autoptr(RiayaLicenceEvent) granted = riaya_licence_event_new (RIAYA_LICENCE_EVENT_GRANTED, "2020-01-15", NULL, NULL);
  g_autoptr(RiayaLicenceEvent) warning = NULL;
  g_autoptr(RiayaGrantTranche) first = riaya_grant_tranche_new ("2025-03-01", 6000000);
  g_autoptr(RiayaGrantTranche) second = riaya_grant_tranche_new ("2025-09-01", 6000000);
  g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new ("Clear the fire exit", "2025-07-15");
  RiayaInspection *visit, *follow_up;
  RiayaGrant *grant;
  RiayaCountLine count = { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, 31 };
  RiayaMovementLine in = { TRUE, RIAYA_REFERRAL_FAMILY, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 9 };
  RiayaMovementLine out = { FALSE, RIAYA_EXIT_REASON_AUTONOMY, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 4 };

  bundle->institution = make_institution ("EPS-TA-2020-014", "Dar Talib Assilah");
  riaya_institution_set_uuid (bundle->institution, INSTITUTION);
  riaya_institution_add_event (bundle->institution, granted);

  /* Law 65.15 art. 34: the visit's warning is an event of the licence,
   * carried in its history; the visit names it. */
  visit = make_visit (VISIT, "2025-06-10", RIAYA_VISIT_KIND_PROGRAMMED);
  riaya_inspection_set_decision (visit, RIAYA_DECISION_WARNING);
  riaya_inspection_set_decision_deadline (visit, "2025-09-10");
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_SAFETY, RIAYA_CHECK_NOT_COMPLIANT, "Fire exit blocked");
  riaya_corrective_action_set_uuid (action, "ab000000-0000-4000-8000-000000000001");
  riaya_inspection_add_action (visit, action);
  warning = riaya_inspection_make_licence_event (visit);
  riaya_licence_event_set_uuid (warning, WARNING);
  riaya_inspection_set_licence_event (visit, WARNING);
  riaya_institution_add_event (bundle->institution, warning);

  follow_up = make_visit (FOLLOW_UP, "2025-09-20", RIAYA_VISIT_KIND_FOLLOW_UP);
  riaya_inspection_set_follows (follow_up, VISIT);
  g_ptr_array_add (bundle->inspections, follow_up);
  g_ptr_array_add (bundle->inspections, visit);

  grant = riaya_grant_new (INSTITUTION, 2025, 12000000);
  riaya_grant_set_uuid (grant, GRANT);
  riaya_grant_set_decided_on (grant, "2025-02-01");
  riaya_grant_set_convention_ref (grant, "CONV-2025/014");
  riaya_grant_set_convention_date (grant, "2025-02-10");
  riaya_grant_tranche_set_uuid (first, "ac000000-0000-4000-8000-000000000001");
  riaya_grant_tranche_set_uuid (second, "ac000000-0000-4000-8000-000000000002");
  riaya_grant_tranche_set_paid_on (first, "2025-03-05");
  riaya_grant_add_tranche (grant, first);
  riaya_grant_add_tranche (grant, second);
  g_ptr_array_add (bundle->grants, grant);

  bundle->counted_on = g_strdup ("2025-12-31");
  g_array_append_val (bundle->count_lines, count);
  bundle->period_from = g_strdup ("2025-01-01");
  bundle->period_to = g_strdup ("2025-12-31");
  g_array_append_val (bundle->movements, in);
  g_array_append_val (bundle->movements, out);

  return bundle;
}

static guint
summary_total (const RiayaImportSummary *summary)
{
  return summary->new_records + summary->changed + summary->unchanged + summary->conflicts + summary->ignored;
}

/* Imports @bundle as the file of @sequence: TRUE when committed. */
static gboolean
import_file (RiayaStore             *store,
             gint64                  sequence,
             RiayaInstitutionBundle *bundle,
             gboolean                dry_run,
             gboolean                force,
             RiayaImportSummary     *summary,
             GError                **error)
{
  g_autoptr(RiayaExchangeHeader) header = make_header (sequence);
  g_autoptr(RiayaStoreImport) import = NULL;

  memset (summary, 0, sizeof *summary);
  import = riaya_store_import_begin (store, header, dry_run, force, error);
  if (import == NULL || !riaya_store_import_add (import, bundle, error))
    return FALSE;

  return riaya_store_import_commit (import, summary, error);
}

/* The tranches and actions of the bundle's grants and visits in conflict:
 * part of their record's conflict, not counted apart. */
static guint
parts_in_conflict (RiayaStore             *store,
                   RiayaInstitutionBundle *bundle)
{
  g_autoptr(GPtrArray) conflicts = riaya_store_list_conflicts (store, NULL);
  guint parts = 0;

  for (guint i = 0; i < conflicts->len; i++)
    {
      RiayaConflict *conflict = g_ptr_array_index (conflicts, i);

      for (guint j = 0; j < bundle->grants->len; j++)
        if (g_str_equal (conflict->record_uuid, riaya_grant_get_uuid (g_ptr_array_index (bundle->grants, j))))
          parts += g_list_model_get_n_items (riaya_grant_get_tranches (g_ptr_array_index (bundle->grants, j)));
      for (guint j = 0; j < bundle->inspections->len; j++)
        if (g_str_equal (conflict->record_uuid,
                         riaya_inspection_get_uuid (g_ptr_array_index (bundle->inspections, j))))
          parts += g_list_model_get_n_items (riaya_inspection_get_actions (g_ptr_array_index (bundle->inspections, j)));
    }

  return parts;
}

static void
import_ok (RiayaStore             *store,
           gint64                  sequence,
           RiayaInstitutionBundle *bundle,
           RiayaImportSummary     *summary)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = import_file (store, sequence, bundle, FALSE, FALSE, summary, &error);
  guint parts = summary->conflicts > 0 ? parts_in_conflict (store, bundle) : 0;

  g_assert_no_error (error);
  g_assert_true (ok);
  /* Every record of the file is counted once, as its header counts it,
   * but the parts of a record in conflict, which are part of it. */
  g_assert_cmpuint (summary_total (summary) + parts, ==, riaya_institution_bundle_count_records (bundle));
}

static void
set_national (RiayaStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_set_profile (store, RIAYA_PROFILE_NATIONAL, NULL, &error));
  g_assert_no_error (error);
}

static char *
dup_institution_digest (RiayaStore *store,
                        const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaInstitution) institution = riaya_store_get_institution (store, uuid, &error);

  g_assert_no_error (error);
  return riaya_institution_dup_content_digest (institution);
}

static guint
journal_rows (RiayaStore *store,
              const char *record_uuid,
              const char *action,
              const char *words)
{
  g_autoptr(GPtrArray) entries = riaya_store_list_journal (store, record_uuid, 0);
  guint n = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      RiayaJournalEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (entry->action, action) && (words == NULL || strstr (entry->summary, words) != NULL))
        n++;
    }

  return n;
}

/* ---- identity ----------------------------------------------------------------- */

static gboolean
is_uuid_v4 (const char *text)
{
  return g_regex_match_simple ("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
                               text, 0, 0);
}

static void
test_database_uuid (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autofree char *uuid = g_strdup (riaya_store_get_database_uuid (fixture->store));
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(RiayaStore) other = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (is_uuid_v4 (uuid));
  g_assert_cmpstr (riaya_store_get_database_uuid (fixture->store), ==, uuid);

  /* Stable for life: the same after reopening. */
  g_clear_object (&fixture->store);
  fixture->store = riaya_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_store_get_database_uuid (fixture->store), ==, uuid);

  /* Another database is another producer. */
  other = riaya_store_open (other_path, &error);
  g_assert_no_error (error);
  g_assert_true (is_uuid_v4 (riaya_store_get_database_uuid (other)));
  g_assert_cmpstr (riaya_store_get_database_uuid (other), !=, uuid);
}

static void
test_export_sequence (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 first, second;

  first = riaya_store_next_export_sequence (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, ==, 1);
  second = riaya_store_next_export_sequence (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (second, ==, first + 1);

  /* Kept: the next after a reopening is the next number. */
  g_clear_object (&fixture->store);
  fixture->store = riaya_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (riaya_store_next_export_sequence (fixture->store, &error), ==, second + 1);
  g_assert_no_error (error);
  g_assert_cmpuint (journal_rows (fixture->store, NULL, "update", "Export sequence 3"), ==, 1);
}

/* ---- new, unchanged, changed ---------------------------------------------------- */

static void
test_new_then_unchanged (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(RiayaInstitution) saved = NULL;
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(RiayaInspection) follow_up = NULL;
  g_autoptr(RiayaGrant) grant = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *counted_on = NULL;
  g_autofree char *expected = riaya_institution_dup_content_digest (bundle->institution);
  g_autofree char *stored = NULL;
  RiayaImportLogEntry *entry;
  RiayaImportSummary summary;
  guint records = riaya_institution_bundle_count_records (bundle);

  set_national (fixture->store);

  import_ok (fixture->store, 1, bundle, &summary);
  g_assert_cmpuint (summary.new_records, ==, records);
  g_assert_cmpuint (summary.changed + summary.unchanged + summary.conflicts + summary.ignored, ==, 0);
  g_assert_false (summary.already_imported);
  g_assert_cmpint (summary.missing_from, ==, 0);

  /* Everything is there as the file says. */
  saved = riaya_store_get_institution (fixture->store, INSTITUTION, &error);
  g_assert_no_error (error);
  stored = riaya_institution_dup_content_digest (saved);
  g_assert_cmpstr (stored, ==, expected);
  /* The warning came once, with the history: not made again by the visit. */
  g_assert_cmpuint (g_list_model_get_n_items (riaya_institution_get_events (saved)), ==, 2);
  g_assert_cmpint (riaya_institution_get_status_on (saved, "2025-07-01"), ==, RIAYA_LICENCE_STATUS_WARNED);
  visit = riaya_store_get_inspection (fixture->store, VISIT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_inspection_get_licence_event (visit), ==, WARNING);
  follow_up = riaya_store_get_inspection (fixture->store, FOLLOW_UP, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_inspection_get_follows (follow_up), ==, VISIT);
  grant = riaya_store_get_grant (fixture->store, GRANT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (riaya_grant_get_paid (grant), ==, 6000000);
  counts = riaya_store_get_counts (fixture->store, INSTITUTION, "2025-12-31", &counted_on, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (counted_on, ==, "2025-12-31");
  g_assert_cmpuint (counts->len, ==, 1);
  g_assert_cmpuint (g_array_index (counts, RiayaCountLine, 0).present, ==, 31);

  /* The journal says which records came by import, and the file. */
  g_assert_cmpuint (journal_rows (fixture->store, INSTITUTION, "import", "New: "), >=, 1);
  g_assert_cmpuint (journal_rows (fixture->store, GRANT, "import", "New: "), ==, 1);
  g_assert_cmpuint (journal_rows (fixture->store, VISIT, "import", "New: "), ==, 1);
  g_assert_cmpuint (journal_rows (fixture->store, NULL, "create", NULL), ==, 1);  /* the database's own */
  g_assert_cmpuint (journal_rows (fixture->store, NULL, "import", "riaya-01.511-2025-1.xml"), ==, 1);

  imports = riaya_store_list_imports (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imports->len, ==, 1);
  entry = g_ptr_array_index (imports, 0);
  g_assert_cmpstr (entry->producer, ==, PRODUCER);
  g_assert_cmpstr (entry->file_name, ==, "riaya-01.511-2025-1.xml");
  g_assert_cmpstr (entry->outcome, ==, "imported");
  g_assert_cmpint (entry->sequence, ==, 1);
  g_assert_cmpuint (entry->summary.new_records, ==, records);

  /* The same file again: nothing written at all, everything unchanged. */
  before = riaya_store_dup_content_digest (fixture->store);
  import_ok (fixture->store, 1, bundle, &summary);
  g_assert_true (summary.already_imported);
  g_assert_cmpuint (summary.unchanged, ==, records);
  g_assert_cmpuint (summary.new_records + summary.changed + summary.conflicts, ==, 0);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);

  /* The next export of the same records: unchanged, and logged. */
  import_ok (fixture->store, 2, bundle, &summary);
  g_assert_false (summary.already_imported);
  g_assert_cmpuint (summary.unchanged, ==, records);
  g_clear_pointer (&imports, g_ptr_array_unref);
  imports = riaya_store_list_imports (fixture->store, &error);
  g_assert_cmpuint (imports->len, ==, 2);
  g_assert_cmpint (((RiayaImportLogEntry *) g_ptr_array_index (imports, 0))->sequence, ==, 2);
}

static void
test_changed_upstream (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(RiayaGrant) grant = NULL;
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(RiayaGrantTranche) third = riaya_grant_tranche_new ("2025-11-01", 1000000);
  RiayaGrant *changed_grant;
  RiayaImportSummary summary;

  set_national (fixture->store);
  import_ok (fixture->store, 1, bundle, &summary);

  /* The producer corrected a phone, paid a tranche and added one, and
   * recorded the action done. */
  riaya_institution_set_phone (bundle->institution, "0539000000");
  changed_grant = g_ptr_array_index (bundle->grants, 0);
  riaya_grant_set_amount (changed_grant, 13000000);
  riaya_grant_add_tranche (changed_grant, third);
  riaya_grant_tranche_set_paid_on (riaya_grant_find_tranche (changed_grant, "ac000000-0000-4000-8000-000000000002"),
                                   "2025-09-03");
  riaya_corrective_action_set_done_on (riaya_inspection_find_action (g_ptr_array_index (bundle->inspections, 1),
                                                                      "ab000000-0000-4000-8000-000000000001"),
                                       "2025-07-10");

  import_ok (fixture->store, 2, bundle, &summary);
  /* The institution, the grant and the visit changed; of the grant's
   * tranches one is new and one changed, the visit's action changed. */
  g_assert_cmpuint (summary.changed, ==, 3 + 1 + 1);
  g_assert_cmpuint (summary.new_records, ==, 1);
  g_assert_cmpuint (summary.conflicts, ==, 0);

  expected = riaya_institution_dup_content_digest (bundle->institution);
  stored = dup_institution_digest (fixture->store, INSTITUTION);
  g_assert_cmpstr (stored, ==, expected);
  grant = riaya_store_get_grant (fixture->store, GRANT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (riaya_grant_get_tranches (grant)), ==, 3);
  g_assert_cmpint (riaya_grant_get_amount (grant), ==, 13000000);
  g_assert_cmpint (riaya_grant_get_paid (grant), ==, 12000000);
  visit = riaya_store_get_inspection (fixture->store, VISIT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_inspection_count_open_actions (visit), ==, 0);
  /* Changes journaled as imports, naming the fields, not the values. */
  g_assert_cmpuint (journal_rows (fixture->store, GRANT, "import", "Changed fields: amount, tranches"), ==, 1);
  g_assert_cmpuint (journal_rows (fixture->store, INSTITUTION, "import", "0539000000"), ==, 0);
  g_assert_cmpuint (journal_rows (fixture->store, INSTITUTION, "import", "phone"), ==, 1);
}

static void
test_changed_locally (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(RiayaInstitution) local = NULL;
  g_autoptr(RiayaInstitution) after = NULL;
  g_autoptr(GError) error = NULL;
  RiayaImportSummary summary;

  set_national (fixture->store);
  import_ok (fixture->store, 1, bundle, &summary);

  local = riaya_store_get_institution (fixture->store, INSTITUTION, &error);
  riaya_institution_set_director (local, "Mme Directrice");
  g_assert_true (riaya_store_update_institution (fixture->store, local, &error));
  g_assert_no_error (error);

  /* The producer's next file has the version already taken in: the
   * local change stays. */
  import_ok (fixture->store, 2, bundle, &summary);
  g_assert_cmpuint (summary.changed + summary.conflicts + summary.new_records, ==, 0);
  after = riaya_store_get_institution (fixture->store, INSTITUTION, &error);
  g_assert_cmpstr (riaya_institution_get_director (after), ==, "Mme Directrice");
}

/* The history only grows (Law 65.15 art. 34): a licence event or a
 * capacity line the file adds joins it, whatever else is unchanged. */
static void
test_history_grows (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 55, "2025-09-01");
  g_autoptr(RiayaInstitution) saved = NULL;
  g_autoptr(GError) error = NULL;
  RiayaImportSummary summary;

  set_national (fixture->store);
  import_ok (fixture->store, 1, bundle, &summary);

  riaya_institution_add_capacity_line (bundle->institution, line);
  import_ok (fixture->store, 2, bundle, &summary);
  g_assert_cmpuint (summary.new_records, ==, 1);
  g_assert_cmpuint (summary.changed + summary.conflicts, ==, 0);

  saved = riaya_store_get_institution (fixture->store, INSTITUTION, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_institution_get_places_on (saved, "2025-10-01"), ==, 55);
  g_assert_cmpuint (journal_rows (fixture->store, INSTITUTION, "import", "Capacity pupil/m: 55 places"), ==, 1);
}

/* An institution deleted here is not written to: what the file changes in
 * it waits as a conflict, what it adds to it is ignored. */
static void
test_deleted_here (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(RiayaGrant) late = riaya_grant_new (INSTITUTION, 2024, 4000000);
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  RiayaImportSummary summary;

  set_national (fixture->store);
  import_ok (fixture->store, 1, bundle, &summary);
  g_assert_true (riaya_store_delete_institution (fixture->store, INSTITUTION, &error));
  g_assert_no_error (error);

  riaya_institution_set_phone (bundle->institution, "0539444444");
  riaya_grant_set_decided_on (late, "2024-02-01");
  g_ptr_array_add (bundle->grants, g_object_ref (late));
  import_ok (fixture->store, 2, bundle, &summary);
  g_assert_cmpuint (summary.conflicts, ==, 1);
  g_assert_cmpuint (summary.ignored, ==, 1);
  g_assert_cmpuint (summary.new_records + summary.changed, ==, 0);

  g_assert_false (riaya_store_get_grant (fixture->store, riaya_grant_get_uuid (late), NULL));
  conflicts = riaya_store_list_conflicts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  /* Still deleted. */
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 0);
}

static gboolean
grant_live (RiayaStore *store,
            const char *uuid)
{
  g_autoptr(RiayaGrant) grant = riaya_store_get_grant (store, uuid, NULL);

  return grant != NULL;
}

/* A grant entered by mistake and deleted by its producer, a planned visit
 * cancelled there: hidden here too when not changed here since they were
 * last exchanged; kept when changed here; a record new and deleted
 * already comes hidden. The journal says the import did it. */
static void
test_deleted_there (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(RiayaGrant) mistake = riaya_grant_new (INSTITUTION, 2024, 4000000);
  g_autoptr(RiayaInspection) planned = riaya_inspection_new (INSTITUTION, "2026-03-10", RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(RiayaGrant) changed_here = NULL;
  g_autoptr(GError) error = NULL;
  RiayaGrant *grant = g_ptr_array_index (bundle->grants, 0);
  RiayaImportSummary summary;

  set_national (fixture->store);
  riaya_grant_set_decided_on (mistake, "2024-02-01");
  g_ptr_array_add (bundle->grants, g_object_ref (mistake));
  g_ptr_array_add (bundle->inspections, g_object_ref (planned));
  import_ok (fixture->store, 1, bundle, &summary);
  g_assert_true (grant_live (fixture->store, riaya_grant_get_uuid (mistake)));
  g_assert_true (grant_live (fixture->store, GRANT));

  /* Deleted there, unchanged here: hidden here, one record changed. */
  g_object_set_data_full (G_OBJECT (mistake), RIAYA_RECORD_DATA_DELETED, g_strdup ("2026-02-01T10:00:00Z"), g_free);
  g_object_set_data_full (G_OBJECT (planned), RIAYA_RECORD_DATA_DELETED, g_strdup ("2026-02-01T10:00:00Z"), g_free);
  import_ok (fixture->store, 2, bundle, &summary);
  g_assert_cmpuint (summary.changed, ==, 2);
  g_assert_cmpuint (summary.new_records + summary.conflicts, ==, 0);
  g_assert_false (grant_live (fixture->store, riaya_grant_get_uuid (mistake)));
  {
    g_autoptr(RiayaInspection) visit = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (planned), NULL);

    g_assert_null (visit);
  }
  {
    /* Newest first: the hiding, said to be the import's. */
    g_autoptr(GPtrArray) journal = riaya_store_list_journal (fixture->store, riaya_grant_get_uuid (mistake), 1);
    RiayaJournalEntry *entry = g_ptr_array_index (journal, 0);

    g_assert_cmpstr (entry->action, ==, "import");
    g_assert_true (g_str_has_prefix (entry->summary, "delete"));
  }

  /* The same again: nothing more to do. */
  import_ok (fixture->store, 3, bundle, &summary);
  g_assert_cmpuint (summary.changed + summary.new_records + summary.conflicts, ==, 0);

  /* Changed here since, then deleted there: the change made here stays. */
  changed_here = riaya_store_get_grant (fixture->store, GRANT, &error);
  g_assert_no_error (error);
  riaya_grant_set_convention_ref (changed_here, "CONV-2025/014-bis");
  g_assert_true (riaya_store_update_grant (fixture->store, changed_here, &error));
  g_assert_no_error (error);
  g_object_set_data_full (G_OBJECT (grant), RIAYA_RECORD_DATA_DELETED, g_strdup ("2026-03-01T10:00:00Z"), g_free);
  import_ok (fixture->store, 4, bundle, &summary);
  g_assert_true (grant_live (fixture->store, GRANT));

  /* The institution itself closed and deleted there: hidden here, with
   * what it holds; the next file changes nothing more. */
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 1);
  g_object_set_data_full (G_OBJECT (bundle->institution), RIAYA_RECORD_DATA_DELETED,
                          g_strdup ("2026-04-01T10:00:00Z"), g_free);
  import_ok (fixture->store, 5, bundle, &summary);
  g_assert_cmpuint (summary.changed, ==, 1);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 0);
  import_ok (fixture->store, 6, bundle, &summary);
  g_assert_cmpuint (summary.changed + summary.new_records, ==, 0);
}

/* ---- conflicts ------------------------------------------------------------------ */

static RiayaConflictField *
find_field (RiayaConflict *conflict,
            const char    *name)
{
  for (guint i = 0; i < conflict->fields->len; i++)
    {
      RiayaConflictField *field = &g_array_index (conflict->fields, RiayaConflictField, i);

      if (g_str_equal (field->name, name))
        return field;
    }

  return NULL;
}

static void
test_conflicts (StoreFixture  *fixture,
                gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(RiayaInstitution) local = NULL;
  g_autoptr(RiayaInstitution) kept = NULL;
  g_autoptr(RiayaGrant) local_grant = NULL;
  g_autoptr(RiayaGrant) kept_grant = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RiayaConflict *conflict, *grant_conflict;
  gint64 grant_conflict_id;
  RiayaConflictField *field;
  RiayaImportSummary summary;
  guint differing = 0;

  set_national (fixture->store);
  import_ok (fixture->store, 1, bundle, &summary);

  /* Here: the phone of the institution and the grant's basis. */
  local = riaya_store_get_institution (fixture->store, INSTITUTION, &error);
  riaya_institution_set_phone (local, "0539111111");
  g_assert_true (riaya_store_update_institution (fixture->store, local, &error));
  local_grant = riaya_store_get_grant (fixture->store, GRANT, &error);
  riaya_grant_set_basis (local_grant, "Running costs 2025");
  g_assert_true (riaya_store_update_grant (fixture->store, local_grant, &error));
  g_assert_no_error (error);

  /* There: the same phone otherwise, and the grant's amount. */
  riaya_institution_set_phone (bundle->institution, "0539222222");
  riaya_grant_set_amount (g_ptr_array_index (bundle->grants, 0), 13000000);
  import_ok (fixture->store, 2, bundle, &summary);
  /* Two records to review: the grant's tranches are part of its conflict. */
  g_assert_cmpuint (summary.conflicts, ==, 2);
  g_assert_cmpuint (summary.changed, ==, 0);

  /* Nothing local was touched. */
  g_clear_object (&local);
  local = riaya_store_get_institution (fixture->store, INSTITUTION, &error);
  g_assert_cmpstr (riaya_institution_get_phone (local), ==, "0539111111");
  g_clear_object (&local_grant);
  local_grant = riaya_store_get_grant (fixture->store, GRANT, &error);
  g_assert_cmpint (riaya_grant_get_amount (local_grant), ==, 12000000);

  /* Both versions, field by field. */
  conflicts = riaya_store_list_conflicts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 2);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (conflict->record_kind, ==, "institution");
  g_assert_cmpstr (conflict->record_uuid, ==, INSTITUTION);
  g_assert_cmpstr (conflict->producer, ==, PRODUCER);
  g_assert_nonnull (strstr (conflict->record_label, "EPS-TA-2020-014"));
  g_assert_nonnull (conflict->detected_at);
  field = find_field (conflict, "phone");
  g_assert_nonnull (field);
  g_assert_cmpstr (field->local_value, ==, "0539111111");
  g_assert_cmpstr (field->incoming_value, ==, "0539222222");
  g_assert_true (field->differs);
  for (guint i = 0; i < conflict->fields->len; i++)
    differing += g_array_index (conflict->fields, RiayaConflictField, i).differs;
  g_assert_cmpuint (differing, ==, 1);
  field = find_field (conflict, "founder");
  g_assert_null (field->local_value);
  g_assert_false (field->differs);

  grant_conflict = g_ptr_array_index (conflicts, 1);
  g_assert_cmpstr (grant_conflict->record_kind, ==, "grant");
  g_assert_nonnull (strstr (grant_conflict->record_label, "2025"));
  g_assert_cmpstr (find_field (grant_conflict, "amount")->incoming_value, ==, "130000.00");
  g_assert_cmpstr (find_field (grant_conflict, "basis")->local_value, ==, "Running costs 2025");
  g_assert_null (find_field (grant_conflict, "basis")->incoming_value);
  grant_conflict_id = grant_conflict->id;

  /* The same file again changes nothing, and the same version from a
   * newer file is the one already waiting. */
  before = riaya_store_dup_content_digest (fixture->store);
  import_ok (fixture->store, 2, bundle, &summary);
  g_assert_true (summary.already_imported);
  g_assert_cmpuint (summary.conflicts, ==, 0);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);
  import_ok (fixture->store, 3, bundle, &summary);
  g_assert_cmpuint (summary.conflicts, ==, 0);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  conflicts = riaya_store_list_conflicts (fixture->store, &error);
  g_assert_cmpuint (conflicts->len, ==, 2);

  /* Keep the file's institution, and our grant. */
  g_assert_true (riaya_store_resolve_conflict (fixture->store, ((RiayaConflict *) g_ptr_array_index (conflicts, 0))->id,
                                               TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (riaya_store_resolve_conflict (fixture->store, ((RiayaConflict *) g_ptr_array_index (conflicts, 1))->id,
                                               FALSE, &error));
  g_assert_no_error (error);

  kept = riaya_store_get_institution (fixture->store, INSTITUTION, &error);
  g_assert_cmpstr (riaya_institution_get_phone (kept), ==, "0539222222");
  kept_grant = riaya_store_get_grant (fixture->store, GRANT, &error);
  g_assert_cmpint (riaya_grant_get_amount (kept_grant), ==, 12000000);
  g_assert_cmpstr (riaya_grant_get_basis (kept_grant), ==, "Running costs 2025");
  g_assert_cmpuint (journal_rows (fixture->store, INSTITUTION, "resolve", "kept the incoming version"), ==, 1);
  g_assert_cmpuint (journal_rows (fixture->store, GRANT, "resolve", "kept the local version"), ==, 1);
  g_assert_cmpuint (journal_rows (fixture->store, INSTITUTION, "update", "phone"), ==, 2);

  g_clear_pointer (&conflicts, g_ptr_array_unref);
  conflicts = riaya_store_list_conflicts (fixture->store, &error);
  g_assert_cmpuint (conflicts->len, ==, 0);

  /* Decided: the same versions again are unchanged, not conflicts. */
  import_ok (fixture->store, 4, bundle, &summary);
  g_assert_cmpuint (summary.conflicts + summary.changed, ==, 0);

  /* A conflict decided is not decided again. */
  g_free (before);
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_resolve_conflict (fixture->store, grant_conflict_id, TRUE, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "conflicts list"));
  g_free (after);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);
}

/* ---- matching -------------------------------------------------------------------- */

static void
test_licence_number_match (StoreFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(RiayaInstitution) here = make_institution ("EPS-TA-2020-014", "Dar Talib Assilah");
  g_autoptr(RiayaInstitution) after = NULL;
  g_autoptr(RiayaGrant) grant = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  RiayaImportSummary summary;
  const char *here_uuid;

  set_national (fixture->store);

  /* Recorded here before any file came, with the same fields but its own
   * UUID and history. */
  riaya_institution_set_phone (here, riaya_institution_get_phone (bundle->institution));
  g_assert_true (riaya_store_add_institution (fixture->store, here, &error));
  g_assert_no_error (error);
  here_uuid = riaya_institution_get_uuid (here);
  g_assert_cmpstr (here_uuid, !=, INSTITUTION);

  import_ok (fixture->store, 1, bundle, &summary);
  g_assert_cmpuint (summary.conflicts, ==, 0);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 1);

  /* The local record keeps its UUID; the file's grant goes to it. */
  grant = riaya_store_get_grant (fixture->store, GRANT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_grant_get_institution_uuid (grant), ==, here_uuid);

  /* The next file finds it by the producer's UUID, even with another
   * licence number. */
  riaya_institution_set_licence_number (bundle->institution, "EPS-TA-2020-014B");
  import_ok (fixture->store, 2, bundle, &summary);
  g_assert_cmpuint (summary.changed, ==, 1);
  all = riaya_store_list_institutions (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  after = riaya_store_get_institution (fixture->store, here_uuid, &error);
  g_assert_cmpstr (riaya_institution_get_licence_number (after), ==, "EPS-TA-2020-014B");
}

/* ---- runs that write nothing ---------------------------------------------------- */

static void
test_dry_run (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RiayaImportSummary dry, real;

  set_national (fixture->store);
  before = riaya_store_dup_content_digest (fixture->store);

  g_assert_true (import_file (fixture->store, 1, bundle, TRUE, FALSE, &dry, &error));
  g_assert_no_error (error);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 0);

  /* It said what the import then does. */
  import_ok (fixture->store, 1, bundle, &real);
  g_assert_cmpuint (dry.new_records, ==, real.new_records);
  g_assert_cmpuint (dry.unchanged, ==, real.unchanged);
}

static void
test_superseded (StoreFixture  *fixture,
                 gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(RiayaExchangeHeader) header = make_header (5);
  g_autoptr(RiayaStoreImport) import = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RiayaImportSummary summary;

  set_national (fixture->store);
  import_ok (fixture->store, 5, bundle, &summary);
  riaya_institution_set_phone (bundle->institution, "0539333333");

  /* Another file, not newer: refused, nothing written. */
  before = riaya_store_dup_content_digest (fixture->store);
  g_free (header->digest);
  header->digest = g_strdup ("sha256:another-file");
  import = riaya_store_import_begin (fixture->store, header, FALSE, FALSE, &error);
  g_assert_null (import);
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_SUPERSEDED);
  g_assert_nonnull (strstr (error->message, "riaya-01.511-2025-5.xml"));
  g_assert_nonnull (strstr (error->message, "--force"));
  g_clear_error (&error);
  g_assert_false (import_file (fixture->store, 4, bundle, TRUE, FALSE, &summary, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_SUPERSEDED);
  g_assert_nonnull (strstr (error->message, " 4 "));
  g_assert_nonnull (strstr (error->message, " 5 "));
  g_clear_error (&error);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);

  /* Forced: taken, and logged as such; the producer stays at 5. */
  g_assert_true (import_file (fixture->store, 4, bundle, FALSE, TRUE, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.changed, ==, 1);
  imports = riaya_store_list_imports (fixture->store, &error);
  g_assert_cmpstr (((RiayaImportLogEntry *) g_ptr_array_index (imports, 0))->outcome, ==, "forced");
  g_assert_true (import_file (fixture->store, 5, bundle, FALSE, FALSE, &summary, &error));
  g_assert_no_error (error);
  g_assert_true (summary.already_imported);
}

static void
test_gap (StoreFixture  *fixture,
          gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GError) error = NULL;
  RiayaImportLogEntry *entry;
  RiayaImportSummary summary;

  set_national (fixture->store);
  import_ok (fixture->store, 1, bundle, &summary);
  g_assert_cmpint (summary.missing_from, ==, 0);

  import_ok (fixture->store, 4, bundle, &summary);
  g_assert_cmpint (summary.missing_from, ==, 2);
  g_assert_cmpint (summary.missing_to, ==, 3);

  imports = riaya_store_list_imports (fixture->store, &error);
  g_assert_no_error (error);
  entry = g_ptr_array_index (imports, 0);
  g_assert_cmpint (entry->summary.missing_from, ==, 2);
  g_assert_cmpint (entry->summary.missing_to, ==, 3);

  import_ok (fixture->store, 5, bundle, &summary);
  g_assert_cmpint (summary.missing_from, ==, 0);
}

/* ---- refusals --------------------------------------------------------------------- */

static void
assert_refused (StoreFixture           *fixture,
                RiayaInstitutionBundle *bad,
                GQuark                  domain,
                int                     code,
                const char             *words)
{
  g_autoptr(RiayaInstitutionBundle) good = make_bundle ();
  g_autoptr(RiayaExchangeHeader) header = make_header (7);
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 20, "2020-01-15");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  RiayaStoreImport *import;
  guint journal = journal_count (fixture->store);

  /* A first institution goes in; the second is refused: the whole file
   * goes, the first with it. */
  riaya_institution_set_uuid (good->institution, "cd000000-0000-4000-8000-000000000001");
  riaya_institution_set_licence_number (good->institution, "EPS-TA-2020-099");
  g_ptr_array_set_size (good->grants, 0);
  g_ptr_array_set_size (good->inspections, 0);
  riaya_institution_clear_history (good->institution);
  riaya_institution_add_capacity_line (good->institution, line);

  import = riaya_store_import_begin (fixture->store, header, FALSE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (riaya_store_import_add (import, good, &error));
  g_assert_no_error (error);
  g_assert_false (riaya_store_import_add (import, bad, &error));
  g_assert_error (error, domain, code);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
  g_clear_error (&error);
  /* A caller that would commit anyway commits nothing. */
  g_assert_false (riaya_store_import_commit (import, NULL, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_FAILED);
  riaya_store_import_free (import);

  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (journal_count (fixture->store), ==, journal);
  g_assert_false (riaya_store_licence_number_exists (fixture->store, "EPS-TA-2020-099", NULL));
}

static void
test_refusals (StoreFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) unknown_province = make_bundle ();
  g_autoptr(RiayaInstitutionBundle) wrong_category = make_bundle ();
  g_autoptr(RiayaInstitutionBundle) early_grant = make_bundle ();
  g_autoptr(RiayaInstitutionBundle) sound = make_bundle ();
  g_autoptr(RiayaCapacityLine) line =
    riaya_capacity_line_new (RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, 10, "2021-01-01");
  RiayaImportSummary summary;

  set_national (fixture->store);

  riaya_institution_set_province_code (unknown_province->institution, "99.999");
  assert_refused (fixture, unknown_province, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_UNKNOWN_TERRITORY, "99.999");

  /* Law 65.15 art. 3: a student house has no places for the elderly. */
  riaya_institution_add_capacity_line (wrong_category->institution, line);
  assert_refused (fixture, wrong_category, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_SPECIALISATION, NULL);

  /* Art. 17: no grant for a year before the licence. */
  riaya_grant_set_year (g_ptr_array_index (early_grant->grants, 0), 2018);
  riaya_grant_set_decided_on (g_ptr_array_index (early_grant->grants, 0), "2018-02-01");
  riaya_grant_set_convention_date (g_ptr_array_index (early_grant->grants, 0), "2018-02-10");
  assert_refused (fixture, early_grant, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER, NULL);

  /* After refusals, the same file is still to import. */
  import_ok (fixture->store, 7, sound, &summary);
  g_assert_cmpuint (summary.new_records, ==, riaya_institution_bundle_count_records (sound));
}

/* ---- a director's database ---------------------------------------------------------- */

static void
test_director_ignores_figures (StoreFixture  *fixture,
                               gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *counted_on = NULL;
  RiayaImportSummary summary;

  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_DIRECTOR, NULL, &error));
  g_assert_no_error (error);

  /* The register makes the figures here: those of the file are ignored,
   * and said to be. */
  import_ok (fixture->store, 1, bundle, &summary);
  g_assert_cmpuint (summary.ignored, ==, 1 + bundle->movements->len);
  counts = riaya_store_get_counts (fixture->store, INSTITUTION, "2025-12-31", &counted_on, &error);
  g_assert_no_error (error);
  g_assert_null (counted_on);
}

static RiayaStay *
make_stay (const char    *resident_uuid,
           const char    *first_name,
           const char    *stay_uuid,
           guint          number,
           const char    *admitted_on,
           RiayaInstitutionBundle *bundle)
{
  g_autoptr(RiayaResident) person = riaya_resident_new ();
  RiayaStay *stay;

  riaya_resident_set_uuid (person, resident_uuid);
  riaya_resident_set_sex (person, RIAYA_SEX_MALE);
  riaya_resident_set_field (person, RIAYA_RESIDENT_FIELD_FIRST_NAME, first_name);
  riaya_resident_set_field (person, RIAYA_RESIDENT_FIELD_LAST_NAME, "Zerhouni");
  riaya_resident_set_field (person, RIAYA_RESIDENT_FIELD_BIRTH_DATE, "2010-03-01");
  g_ptr_array_add (bundle->residents, g_object_ref (person));

  stay = riaya_stay_new (person);
  riaya_stay_set_uuid (stay, stay_uuid);
  riaya_stay_set_institution_uuid (stay, INSTITUTION);
  riaya_stay_set_register_number (stay, number);
  riaya_stay_set_category (stay, RIAYA_CATEGORY_PUPIL);
  riaya_stay_set_admitted_on (stay, admitted_on);
  riaya_stay_set_referral (stay, RIAYA_REFERRAL_FAMILY);
  g_ptr_array_add (bundle->stays, stay);
  return stay;
}

/* Law 65.15 art. 28: the register goes into a director's database only,
 * where it only grows; the counts then come from it. */
static void
test_register (StoreFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(RiayaInstitutionBundle) bundle = make_bundle ();
  g_autoptr(RiayaStay) first = NULL;
  g_autoptr(RiayaStay) second = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *national_path = g_build_filename (fixture->dir, "national.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(RiayaStore) national = NULL;
  RiayaStay *left, *staying;
  RiayaImportSummary summary;

  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_DIRECTOR, NULL, &error));
  g_assert_no_error (error);

  left = make_stay ("d1000000-0000-4000-8000-000000000001", "Karim", "e1000000-0000-4000-8000-000000000001", 1,
                    "2024-09-01", bundle);
  riaya_stay_set_exited_on (left, "2025-06-30");
  riaya_stay_set_exit_reason (left, RIAYA_EXIT_REASON_AUTONOMY);
  staying = make_stay ("d1000000-0000-4000-8000-000000000002", "Yassine", "e1000000-0000-4000-8000-000000000002", 2,
                       "2025-09-01", bundle);

  import_ok (fixture->store, 1, bundle, &summary);
  /* The file's count and movements: the register makes them here. */
  g_assert_cmpuint (summary.ignored, ==, 1 + bundle->movements->len);
  g_assert_cmpuint (summary.new_records, ==, riaya_institution_bundle_count_records (bundle) - summary.ignored);

  first = riaya_store_get_stay (fixture->store, "e1000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_stay_get_register_number (first), ==, 1);
  g_assert_cmpstr (riaya_stay_get_exited_on (first), ==, "2025-06-30");
  second = riaya_store_get_stay (fixture->store, "e1000000-0000-4000-8000-000000000002", &error);
  g_assert_no_error (error);
  g_assert_null (riaya_stay_get_exited_on (second));
  counts = riaya_store_get_counts (fixture->store, INSTITUTION, "2025-12-31", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts->len, ==, 1);
  g_assert_cmpuint (g_array_index (counts, RiayaCountLine, 0).present, ==, 1);

  /* Journaled as imports, with no name. */
  g_assert_cmpuint (journal_rows (fixture->store, "e1000000-0000-4000-8000-000000000001", "import", NULL), >=, 1);
  journal = riaya_store_list_journal (fixture->store, NULL, 0);
  for (guint i = 0; i < journal->len; i++)
    {
      RiayaJournalEntry *entry = g_ptr_array_index (journal, i);

      g_assert_null (strstr (entry->summary, "Karim"));
      g_assert_null (strstr (entry->summary, "Zerhouni"));
    }

  /* The next file: the second left; the register grows by that exit. */
  riaya_stay_set_exited_on (staying, "2025-12-20");
  riaya_stay_set_exit_reason (staying, RIAYA_EXIT_REASON_FAMILY);
  import_ok (fixture->store, 2, bundle, &summary);
  g_assert_cmpuint (summary.changed, ==, 1);
  g_assert_cmpuint (summary.new_records, ==, 0);
  g_clear_pointer (&counts, g_array_unref);
  counts = riaya_store_get_counts (fixture->store, INSTITUTION, "2025-12-31", NULL, &error);
  g_assert_cmpuint (counts->len, ==, 0);

  /* Nothing recorded here is overwritten: another exit date is ignored. */
  riaya_stay_set_exited_on (staying, "2025-12-21");
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_true (import_file (fixture->store, 3, bundle, TRUE, FALSE, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.ignored, ==, 1 + bundle->movements->len + 1);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);

  /* Elsewhere the register is ignored: no person is written. */
  national = riaya_store_open (national_path, &error);
  g_assert_no_error (error);
  set_national (national);
  import_ok (national, 1, bundle, &summary);
  g_assert_cmpuint (summary.ignored, ==, bundle->residents->len + bundle->stays->len);
  g_assert_cmpint (raw_query_int (national_path, "SELECT count(*) FROM residents"), ==, 0);
  g_assert_cmpint (raw_query_int (national_path, "SELECT count(*) FROM stays"), ==, 0);
}

/* A transfer between two institutions of the database: both stays come,
 * linked both ways, whichever institution the file gives first. */
static void
import_transfer (RiayaStore *store,
                 gboolean    destination_first)
{
  g_autoptr(RiayaInstitutionBundle) origin = make_bundle ();
  g_autoptr(RiayaInstitutionBundle) destination = make_bundle ();
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 30, "2020-01-15");
  g_autoptr(RiayaExchangeHeader) header = make_header (1);
  g_autoptr(RiayaStoreImport) import = NULL;
  g_autoptr(RiayaStay) left = NULL;
  g_autoptr(RiayaStay) begun = NULL;
  g_autoptr(GError) error = NULL;
  RiayaImportSummary summary;
  RiayaStay *a, *b;

  g_assert_true (riaya_store_set_profile (store, RIAYA_PROFILE_DIRECTOR, NULL, &error));
  g_assert_no_error (error);

  riaya_institution_set_uuid (destination->institution, "cd000000-0000-4000-8000-000000000002");
  riaya_institution_set_licence_number (destination->institution, "EPS-TA-2020-015");
  riaya_institution_clear_history (destination->institution);
  riaya_institution_add_capacity_line (destination->institution, line);
  g_ptr_array_set_size (destination->grants, 0);
  g_ptr_array_set_size (destination->inspections, 0);

  a = make_stay ("d2000000-0000-4000-8000-000000000001", "Omar", "e2000000-0000-4000-8000-00000000000a", 1,
                 "2024-09-01", origin);
  riaya_stay_set_exited_on (a, "2025-03-01");
  riaya_stay_set_exit_reason (a, RIAYA_EXIT_REASON_TRANSFER);
  riaya_stay_set_transfer_to_uuid (a, "e2000000-0000-4000-8000-00000000000b");
  riaya_stay_set_destination_licence (a, "EPS-TA-2020-015");
  b = make_stay ("d2000000-0000-4000-8000-000000000001", "Omar", "e2000000-0000-4000-8000-00000000000b", 1,
                 "2025-03-01", destination);
  riaya_stay_set_institution_uuid (b, "cd000000-0000-4000-8000-000000000002");
  riaya_stay_set_referral (b, RIAYA_REFERRAL_TRANSFER);
  riaya_stay_set_transfer_from_uuid (b, "e2000000-0000-4000-8000-00000000000a");

  import = riaya_store_import_begin (store, header, FALSE, FALSE, &error);
  g_assert_no_error (error);
  if (destination_first)
    g_assert_true (riaya_store_import_add (import, destination, &error));
  g_assert_no_error (error);
  g_assert_true (riaya_store_import_add (import, origin, &error));
  g_assert_no_error (error);
  if (!destination_first)
    g_assert_true (riaya_store_import_add (import, destination, &error));
  g_assert_no_error (error);
  g_assert_true (riaya_store_import_commit (import, &summary, &error));
  g_assert_no_error (error);

  left = riaya_store_get_stay (store, "e2000000-0000-4000-8000-00000000000a", &error);
  g_assert_no_error (error);
  begun = riaya_store_get_stay (store, "e2000000-0000-4000-8000-00000000000b", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_stay_get_transfer_to_uuid (left), ==, "e2000000-0000-4000-8000-00000000000b");
  g_assert_cmpstr (riaya_stay_get_transfer_from_uuid (begun), ==, "e2000000-0000-4000-8000-00000000000a");
  g_assert_cmpstr (riaya_stay_get_destination_licence (left), ==, "EPS-TA-2020-015");
  g_assert_null (riaya_stay_get_exited_on (begun));
}

static void
test_register_transfer (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(RiayaStore) other = NULL;
  g_autoptr(GError) error = NULL;

  import_transfer (fixture->store, FALSE);
  other = riaya_store_open (other_path, &error);
  g_assert_no_error (error);
  import_transfer (other, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/exchange/" path, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  ADD ("database-uuid", test_database_uuid);
  ADD ("export-sequence", test_export_sequence);
  ADD ("new-then-unchanged", test_new_then_unchanged);
  ADD ("changed-upstream", test_changed_upstream);
  ADD ("changed-locally", test_changed_locally);
  ADD ("history-grows", test_history_grows);
  ADD ("deleted-here", test_deleted_here);
  ADD ("deleted-there", test_deleted_there);
  ADD ("conflicts", test_conflicts);
  ADD ("licence-number-match", test_licence_number_match);
  ADD ("dry-run", test_dry_run);
  ADD ("superseded", test_superseded);
  ADD ("gap", test_gap);
  ADD ("refusals", test_refusals);
  ADD ("director-ignores-figures", test_director_ignores_figures);
  ADD ("register", test_register);
  ADD ("register-transfer", test_register_transfer);

#undef ADD

  return g_test_run ();
}
