/* test-store-inspections.c — visits: plan, record, decide, cancel, list
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The programme and the figures of the reports are tested in
 * test-store-programme.c.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-private.h"
#include "store-test-util.h"

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

/* A visit done on @done_on with 5 members invited and @present present. */
static RiayaInspection *
make_recorded (RiayaInstitution *institution,
               const char       *done_on,
               guint             present)
{
  RiayaInspection *visit = riaya_inspection_new (riaya_institution_get_uuid (institution), done_on,
                                                 RIAYA_VISIT_KIND_PROGRAMMED);

  riaya_inspection_set_done_on (visit, done_on);
  riaya_inspection_set_members_invited (visit, 5);
  riaya_inspection_set_members_present (visit, present);
  riaya_inspection_set_committee (visit, "Karim Bennani — Province\nSalma Idrissi — Santé");

  return visit;
}

static void
save (StoreFixture    *fixture,
      RiayaInspection *visit)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_add_inspection (fixture->store, visit, &error));
  g_assert_no_error (error);
}

static void
assert_refused (StoreFixture    *fixture,
                RiayaInspection *visit,
                gboolean         update,
                GQuark           domain,
                int              code,
                const char      *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  gboolean saved = update ? riaya_store_update_inspection (fixture->store, visit, &error)
                          : riaya_store_add_inspection (fixture->store, visit, &error);

  g_assert_false (saved);
  g_assert_error (error, domain, code);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” is not in the message “%s”", words, error->message);
  ASSERT_UNCHANGED (fixture->store, before);
}

/* ---- planning and recording ---------------------------------------------- */

static void
test_plan (StoreFixture  *fixture,
           gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) visit = riaya_inspection_new (riaya_institution_get_uuid (house), "2026-12-10",
                                                           RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(RiayaInspection) got = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  RiayaJournalEntry *entry;

  /* A planned visit may lie in the future. */
  save (fixture, visit);
  g_assert_cmpstr (riaya_inspection_get_institution_name (visit), ==, "Dar Talib Tanger");
  g_assert_cmpstr (riaya_inspection_get_licence_number (visit), ==, "TNG/2020/001");
  g_assert_cmpstr (riaya_inspection_get_province_code (visit), ==, "01.511");
  g_assert_cmpuint (riaya_inspection_get_revision (visit), ==, 0);

  got = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (visit), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_inspection_get_planned_on (got), ==, "2026-12-10");
  g_assert_null (riaya_inspection_get_done_on (got));
  g_assert_cmpint (riaya_inspection_get_kind (got), ==, RIAYA_VISIT_KIND_PROGRAMMED);
  g_assert_cmpint (riaya_inspection_get_status (got, "2026-11-23"), ==, RIAYA_VISIT_STATUS_PLANNED);
  g_assert_cmpint (riaya_inspection_get_status (got, "2027-01-01"), ==, RIAYA_VISIT_STATUS_OVERDUE);
  g_assert_cmpstr (riaya_inspection_get_institution_name (got), ==, "Dar Talib Tanger");
  g_assert_cmpint (riaya_inspection_get_legal_basis (got), ==, RIAYA_LEGAL_BASIS_14_05);

  journal = riaya_store_list_journal (fixture->store, riaya_inspection_get_uuid (visit), 0);
  g_assert_cmpuint (journal->len, ==, 1);
  entry = g_ptr_array_index (journal, 0);
  g_assert_cmpstr (entry->entity, ==, "inspection");
  g_assert_cmpstr (entry->action, ==, "create");
  g_assert_nonnull (strstr (entry->summary, "planned"));
  g_assert_nonnull (strstr (entry->summary, "TNG/2020/001"));
}

static void
test_record_with_checklist (StoreFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) visit = riaya_inspection_new (riaya_institution_get_uuid (house), "2025-03-10",
                                                           RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(RiayaInspection) got = NULL;
  g_autoptr(RiayaCorrectiveAction) fire = riaya_corrective_action_new ("Installer des extincteurs", "2025-06-30");
  g_autoptr(RiayaCorrectiveAction) register_ = riaya_corrective_action_new ("Faire coter le registre", "2025-04-30");
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *actions;
  RiayaJournalEntry *entry;

  save (fixture, visit);

  /* Recording a planned visit is an update. */
  riaya_inspection_set_done_on (visit, "2025-03-12");
  riaya_inspection_set_members_invited (visit, 6);
  riaya_inspection_set_members_present (visit, 4);
  riaya_inspection_set_committee (visit, "Karim Bennani — Province");
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_LICENCE, RIAYA_CHECK_COMPLIANT, NULL);
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_SAFETY, RIAYA_CHECK_NOT_COMPLIANT, "Pas d’extincteur au dortoir");
  riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_REGISTER, RIAYA_CHECK_NOT_COMPLIANT, NULL);
  riaya_inspection_set_findings (visit, "Dortoir du premier étage sans extincteur.\n\nRegistre non coté.");
  riaya_inspection_add_action (visit, fire);
  riaya_inspection_add_action (visit, register_);
  g_assert_true (riaya_store_update_inspection (fixture->store, visit, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (riaya_inspection_get_revision (visit), ==, 1);

  got = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (visit), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_inspection_get_done_on (got), ==, "2025-03-12");
  g_assert_cmpuint (riaya_inspection_get_members_invited (got), ==, 6);
  g_assert_cmpuint (riaya_inspection_get_members_present (got), ==, 4);
  g_assert_true (riaya_inspection_has_quorum (got));
  g_assert_cmpint (riaya_inspection_get_status (got, "2025-04-01"), ==, RIAYA_VISIT_STATUS_DONE);
  g_assert_cmpint (riaya_inspection_get_check (got, RIAYA_CHECK_AREA_LICENCE), ==, RIAYA_CHECK_COMPLIANT);
  g_assert_cmpint (riaya_inspection_get_check (got, RIAYA_CHECK_AREA_SAFETY), ==, RIAYA_CHECK_NOT_COMPLIANT);
  g_assert_cmpstr (riaya_inspection_get_check_note (got, RIAYA_CHECK_AREA_SAFETY), ==, "Pas d’extincteur au dortoir");
  g_assert_cmpint (riaya_inspection_get_check (got, RIAYA_CHECK_AREA_HEALTH), ==, RIAYA_CHECK_NOT_ASSESSED);
  g_assert_cmpuint (riaya_inspection_count_not_compliant (got), ==, 2);
  g_assert_cmpstr (riaya_inspection_get_findings (got), ==,
                   "Dortoir du premier étage sans extincteur.\n\nRegistre non coté.");
  g_assert_cmpuint (riaya_inspection_get_revision (got), ==, 1);

  /* The actions, in due-date order. */
  actions = riaya_inspection_get_actions (got);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  {
    g_autoptr(RiayaCorrectiveAction) first = g_list_model_get_item (actions, 0);

    g_assert_cmpstr (riaya_corrective_action_get_uuid (first), ==, riaya_corrective_action_get_uuid (register_));
    g_assert_cmpstr (riaya_corrective_action_get_due_on (first), ==, "2025-04-30");
    g_assert_null (riaya_corrective_action_get_done_on (first));
  }

  /* The journal names the fields, never what they hold. */
  journal = riaya_store_list_journal (fixture->store, riaya_inspection_get_uuid (visit), 0);
  g_assert_cmpuint (journal->len, ==, 2);
  entry = g_ptr_array_index (journal, 0);
  g_assert_cmpstr (entry->action, ==, "update");
  g_assert_nonnull (strstr (entry->summary, "done-on"));
  g_assert_nonnull (strstr (entry->summary, "checklist"));
  g_assert_nonnull (strstr (entry->summary, "findings"));
  g_assert_nonnull (strstr (entry->summary, "actions"));
  g_assert_nonnull (strstr (entry->summary, "committee"));
  g_assert_null (strstr (entry->summary, "2025"));
  g_assert_null (strstr (entry->summary, "extincteur"));
  g_assert_null (strstr (entry->summary, "Bennani"));
  g_assert_null (strstr (entry->summary, "Registre"));

  /* Saving it unchanged writes nothing, journals nothing. */
  {
    g_autofree char *before = riaya_store_dup_content_digest (fixture->store);

    g_assert_true (riaya_store_update_inspection (fixture->store, got, &error));
    g_assert_no_error (error);
    ASSERT_UNCHANGED (fixture->store, before);
  }

  /* An action removed is removed. */
  g_assert_true (riaya_inspection_remove_action (got, riaya_corrective_action_get_uuid (fire)));
  g_assert_true (riaya_store_update_inspection (fixture->store, got, &error));
  g_assert_no_error (error);
  g_clear_object (&got);
  got = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (visit), &error);
  g_assert_cmpuint (g_list_model_get_n_items (riaya_inspection_get_actions (got)), ==, 1);
  g_assert_cmpuint (riaya_inspection_get_revision (got), ==, 2);
}

static void
test_decision_warning (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) visit = make_recorded (house, "2025-05-06", 3);
  g_autoptr(RiayaInstitution) after = NULL;
  g_autoptr(RiayaInspection) changed = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *events;
  gboolean found = FALSE;

  riaya_inspection_set_decision (visit, RIAYA_DECISION_WARNING);
  riaya_inspection_set_decision_deadline (visit, "2025-08-31");
  save (fixture, visit);
  g_assert_nonnull (riaya_inspection_get_licence_event (visit));

  /* The decision is an event of the licence, dated on the visit, with its
   * deadline: the institution is warned from that day. */
  after = riaya_store_get_institution (fixture->store, riaya_institution_get_uuid (house), &error);
  g_assert_no_error (error);
  events = riaya_institution_get_events (after);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (riaya_licence_event_get_uuid (event), riaya_inspection_get_licence_event (visit)) != 0)
        continue;
      found = TRUE;
      g_assert_cmpint (riaya_licence_event_get_kind (event), ==, RIAYA_LICENCE_EVENT_WARNING);
      g_assert_cmpstr (riaya_licence_event_get_date (event), ==, "2025-05-06");
      g_assert_cmpstr (riaya_licence_event_get_deadline (event), ==, "2025-08-31");
    }
  g_assert_true (found);
  g_assert_cmpint (riaya_institution_get_status_on (after, "2025-05-05"), ==, RIAYA_LICENCE_STATUS_ACTIVE);
  g_assert_cmpint (riaya_institution_get_status_on (after, "2025-05-06"), ==, RIAYA_LICENCE_STATUS_WARNED);

  /* Journaled as the licence's event, through the same path as any. */
  journal = riaya_store_list_journal (fixture->store, riaya_institution_get_uuid (house), 0);
  g_assert_cmpstr (((RiayaJournalEntry *) g_ptr_array_index (journal, 0))->entity, ==, "licence-event");

  /* Art. 34: the decision cannot be changed nor removed afterwards, nor
   * its deadline, nor the visit's date. */
  changed = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (visit), &error);
  riaya_inspection_set_decision (changed, RIAYA_DECISION_REPRIMAND);
  assert_refused (fixture, changed, TRUE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT, "licence’s history");
  riaya_inspection_set_decision (changed, RIAYA_DECISION_NONE);
  riaya_inspection_set_decision_deadline (changed, NULL);
  assert_refused (fixture, changed, TRUE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT, "cannot be changed");
  riaya_inspection_set_decision (changed, RIAYA_DECISION_WARNING);
  riaya_inspection_set_decision_deadline (changed, "2025-09-30");
  assert_refused (fixture, changed, TRUE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT, NULL);
  riaya_inspection_set_decision_deadline (changed, "2025-08-31");
  riaya_inspection_set_done_on (changed, "2025-05-07");
  assert_refused (fixture, changed, TRUE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT, NULL);

  /* The rest of the visit can still be corrected. */
  riaya_inspection_set_done_on (changed, "2025-05-06");
  riaya_inspection_set_findings (changed, "Locaux humides.");
  g_assert_true (riaya_store_update_inspection (fixture->store, changed, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_inspection_get_licence_event (changed), ==, riaya_inspection_get_licence_event (visit));
}

static void
test_decision_closure_then_correct (StoreFixture  *fixture,
                                    gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) visit = make_recorded (house, "2025-05-06", 4);
  g_autoptr(RiayaInspection) later = make_recorded (house, "2025-06-01", 4);
  g_autoptr(GError) error = NULL;

  /* Art. 31: closure. The visit can still be corrected afterwards
   * (its own decision does not make the institution unvisitable that
   * day), but no later visit is possible. */
  riaya_inspection_set_decision (visit, RIAYA_DECISION_CLOSURE);
  save (fixture, visit);
  riaya_inspection_set_findings (visit, "Danger pour les bénéficiaires.");
  g_assert_true (riaya_store_update_inspection (fixture->store, visit, &error));
  g_assert_no_error (error);

  assert_refused (fixture, later, FALSE, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE, NULL);
}

static void
test_decision_refused_by_history (StoreFixture  *fixture,
                                  gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) visit = make_recorded (house, "2025-05-06", 4);
  g_autoptr(RiayaLicenceEvent) suspended = riaya_licence_event_new (RIAYA_LICENCE_EVENT_SUSPENDED, "2025-04-01",
                                                                   NULL, NULL);
  g_autoptr(GError) error = NULL;

  /* A suspended institution may be visited, but not warned: the
   * licence's history refuses the event, and the visit with it. */
  g_assert_true (riaya_store_add_licence_event (fixture->store, riaya_institution_get_uuid (house), suspended,
                                                &error));
  g_assert_no_error (error);
  riaya_inspection_set_decision (visit, RIAYA_DECISION_WARNING);
  riaya_inspection_set_decision_deadline (visit, "2025-08-31");
  assert_refused (fixture, visit, FALSE, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE, NULL);

  /* Without the decision it is recorded. */
  riaya_inspection_set_decision (visit, RIAYA_DECISION_NONE);
  riaya_inspection_set_decision_deadline (visit, NULL);
  save (fixture, visit);
}

/* ---- refusals ------------------------------------------------------------- */

static void
test_refusals (StoreFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(RiayaInspection) done = make_recorded (house, "2025-02-02", 3);
  g_autoptr(RiayaCorrectiveAction) shared = riaya_corrective_action_new ("Afficher l’autorisation", "2025-03-31");

  /* An unknown institution. */
  visit = riaya_inspection_new ("no-such-institution", "2025-01-10", RIAYA_VISIT_KIND_PROGRAMMED);
  assert_refused (fixture, visit, FALSE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND, "no-such-institution");
  g_clear_object (&visit);

  /* Done in the future. */
  visit = make_recorded (house, "2030-01-10", 3);
  assert_refused (fixture, visit, FALSE, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE, "2030-01-10");
  g_clear_object (&visit);

  /* More present than invited. */
  visit = make_recorded (house, "2025-01-10", 6);
  assert_refused (fixture, visit, FALSE, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, NULL);
  g_clear_object (&visit);

  /* Before the licence. */
  visit = make_recorded (house, "2019-06-01", 3);
  assert_refused (fixture, visit, FALSE, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER, NULL);
  g_clear_object (&visit);

  /* The same UUID twice; an action of another visit. */
  riaya_inspection_add_action (done, shared);
  save (fixture, done);
  assert_refused (fixture, done, FALSE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE, "Dar Talib Tanger");
  visit = make_recorded (house, "2025-02-20", 3);
  riaya_inspection_add_action (visit, shared);
  assert_refused (fixture, visit, FALSE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE, "2025-03-31");
  g_clear_object (&visit);

  /* Updating a visit that does not exist. */
  visit = make_recorded (house, "2025-02-20", 3);
  assert_refused (fixture, visit, TRUE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND, NULL);
}

static void
test_withdrawn_refused (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaLicenceEvent) withdrawn = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WITHDRAWN, "2024-09-01",
                                                                   NULL, NULL);
  g_autoptr(RiayaInspection) before = make_recorded (house, "2024-06-01", 3);
  g_autoptr(RiayaInspection) after = make_recorded (house, "2024-10-01", 3);
  g_autoptr(RiayaInspection) planned = riaya_inspection_new (riaya_institution_get_uuid (house), "2026-12-01",
                                                             RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_add_licence_event (fixture->store, riaya_institution_get_uuid (house), withdrawn,
                                                &error));
  g_assert_no_error (error);

  /* Law 65.15 art. 34: nothing left to visit after a withdrawal; a visit
   * from before it is still recorded. */
  assert_refused (fixture, after, FALSE, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                  "Dar Talib Tanger");
  assert_refused (fixture, planned, FALSE, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE, NULL);
  save (fixture, before);
}

static void
test_deleted_institution_refused (StoreFixture  *fixture,
                                  gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) visit = make_recorded (house, "2025-02-02", 3);
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GError) error = NULL;

  save (fixture, visit);
  g_assert_true (riaya_store_delete_institution (fixture->store, riaya_institution_get_uuid (house), &error));
  g_assert_no_error (error);
  g_clear_object (&visit);
  visit = make_recorded (house, "2025-03-02", 3);
  assert_refused (fixture, visit, FALSE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND, NULL);

  /* Its visits are in no list. */
  listed = riaya_store_list_inspections (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);
}

static void
test_recorded_kept (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInstitution) other = add_institution (fixture, "TNG/2020/002", "Dar Taliba Tanger");
  g_autoptr(RiayaInspection) visit = make_recorded (house, "2025-02-02", 3);
  g_autoptr(RiayaInspection) moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  save (fixture, visit);

  /* Decree 2.19.693 art. 8: the report was signed. */
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_delete_inspection (fixture->store, riaya_inspection_get_uuid (visit), &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT);
  g_assert_nonnull (strstr (error->message, "signed"));
  g_clear_error (&error);
  ASSERT_UNCHANGED (fixture->store, before);

  /* It stays with its institution, and recorded. */
  moved = riaya_inspection_copy (visit);
  riaya_inspection_set_institution_uuid (moved, riaya_institution_get_uuid (other));
  assert_refused (fixture, moved, TRUE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT, NULL);
  g_clear_object (&moved);
  moved = riaya_inspection_copy (visit);
  riaya_inspection_set_done_on (moved, NULL);
  riaya_inspection_set_members_present (moved, 0);
  assert_refused (fixture, moved, TRUE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT, NULL);
}

static void
test_delete_undelete (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) visit = riaya_inspection_new (riaya_institution_get_uuid (house), "2026-12-10",
                                                           RIAYA_VISIT_KIND_UNANNOUNCED);
  g_autoptr(RiayaInspection) got = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GListModel) cancelled = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const char *uuid;

  save (fixture, visit);
  uuid = riaya_inspection_get_uuid (visit);

  /* Nothing to bring back yet. */
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_undelete_inspection (fixture->store, uuid, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ASSERT_UNCHANGED (fixture->store, before);

  g_assert_true (riaya_store_delete_inspection (fixture->store, uuid, &error));
  g_assert_no_error (error);

  /* Hidden: not got, not listed, nor deleted twice, nor updated. */
  g_assert_null (riaya_store_get_inspection (fixture->store, uuid, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  listed = riaya_store_list_inspections (fixture->store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);
  g_clear_pointer (&before, g_free);
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_delete_inspection (fixture->store, uuid, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_refused (fixture, visit, TRUE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND, NULL);
  ASSERT_UNCHANGED (fixture->store, before);

  /* For the calendars to cancel it: listed as cancelled, its revision
   * grown. */
  cancelled = riaya_store_list_cancelled_inspections (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cancelled), ==, 1);
  got = g_list_model_get_item (cancelled, 0);
  g_assert_cmpstr (riaya_inspection_get_uuid (got), ==, uuid);
  g_assert_cmpuint (riaya_inspection_get_revision (got), ==, 1);
  g_assert_cmpstr (riaya_inspection_get_institution_name (got), ==, "Dar Talib Tanger");
  g_clear_object (&got);

  g_assert_true (riaya_store_undelete_inspection (fixture->store, uuid, &error));
  g_assert_no_error (error);
  got = riaya_store_get_inspection (fixture->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (riaya_inspection_get_planned_on (got), ==, "2026-12-10");
  g_assert_cmpuint (riaya_inspection_get_revision (got), ==, 2);

  journal = riaya_store_list_journal (fixture->store, uuid, 0);
  g_assert_cmpuint (journal->len, ==, 3);
  g_assert_cmpstr (((RiayaJournalEntry *) g_ptr_array_index (journal, 0))->action, ==, "undelete");
  g_assert_cmpstr (((RiayaJournalEntry *) g_ptr_array_index (journal, 1))->action, ==, "delete");
}

/* ---- follow-ups ------------------------------------------------------------ */

static void
test_follow_up (StoreFixture  *fixture,
                gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInstitution) other = add_institution (fixture, "TNG/2020/002", "Dar Taliba Tanger");
  g_autoptr(RiayaInspection) follow = riaya_inspection_new (riaya_institution_get_uuid (house), "2025-04-01",
                                                            RIAYA_VISIT_KIND_FOLLOW_UP);
  g_autoptr(RiayaInspection) first = make_recorded (house, "2024-11-05", 3);
  g_autoptr(RiayaInspection) second = make_recorded (house, "2025-02-10", 2);
  g_autoptr(RiayaInspection) planned = riaya_inspection_new (riaya_institution_get_uuid (house), "2025-03-01",
                                                             RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(RiayaInspection) elsewhere = make_recorded (other, "2025-01-15", 3);
  g_autoptr(GError) error = NULL;

  /* Nothing recorded yet to follow. */
  assert_refused (fixture, follow, FALSE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND, "2025-04-01");

  save (fixture, first);
  save (fixture, second);
  save (fixture, planned);
  save (fixture, elsewhere);

  /* A visit of another institution, or one only planned, is not one to
   * follow. */
  riaya_inspection_set_follows (follow, riaya_inspection_get_uuid (elsewhere));
  assert_refused (fixture, follow, FALSE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND, "another institution");
  riaya_inspection_set_follows (follow, riaya_inspection_get_uuid (planned));
  assert_refused (fixture, follow, FALSE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND, NULL);
  riaya_inspection_set_follows (follow, "no-such-visit");
  assert_refused (fixture, follow, FALSE, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND, "no-such-visit");

  /* Named none: it follows the latest visit recorded before its date
   * (valid or not), not the planned one. */
  riaya_inspection_set_follows (follow, NULL);
  save (fixture, follow);
  g_assert_cmpstr (riaya_inspection_get_follows (follow), ==, riaya_inspection_get_uuid (second));

  /* Named, it follows that one. */
  {
    g_autoptr(RiayaInspection) again = riaya_inspection_new (riaya_institution_get_uuid (house), "2025-05-01",
                                                             RIAYA_VISIT_KIND_FOLLOW_UP);
    g_autoptr(RiayaInspection) got = NULL;

    riaya_inspection_set_follows (again, riaya_inspection_get_uuid (first));
    save (fixture, again);
    got = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (again), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (riaya_inspection_get_follows (got), ==, riaya_inspection_get_uuid (first));
  }
}

static void
test_set_action_done (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_institution (fixture, "TNG/2020/001", "Dar Talib Tanger");
  g_autoptr(RiayaInspection) visit = make_recorded (house, "2025-02-02", 3);
  g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new ("Afficher l’autorisation", "2025-03-31");
  g_autoptr(RiayaInspection) got = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const char *uuid = riaya_corrective_action_get_uuid (action);

  riaya_inspection_add_action (visit, action);
  save (fixture, visit);

  /* Refused: unknown, before the visit, in the future. */
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_false (riaya_store_set_action_done (fixture->store, "no-such-action", "2025-03-01", &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (riaya_store_set_action_done (fixture->store, uuid, "2025-01-01", &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_false (riaya_store_set_action_done (fixture->store, uuid, "2031-01-01", &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE);
  g_clear_error (&error);
  ASSERT_UNCHANGED (fixture->store, before);

  g_assert_true (riaya_store_set_action_done (fixture->store, uuid, "2025-03-20", &error));
  g_assert_no_error (error);
  got = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (visit), &error);
  g_assert_cmpstr (riaya_corrective_action_get_done_on (riaya_inspection_find_action (got, uuid)), ==, "2025-03-20");
  g_assert_cmpuint (riaya_inspection_count_open_actions (got), ==, 0);
  g_assert_cmpuint (riaya_inspection_get_revision (got), ==, 1);
  journal = riaya_store_list_journal (fixture->store, riaya_inspection_get_uuid (visit), 1);
  g_assert_cmpstr (((RiayaJournalEntry *) g_ptr_array_index (journal, 0))->summary, ==, "Changed fields: actions");

  /* The same again changes nothing; NULL makes it open again. */
  g_clear_pointer (&before, g_free);
  before = riaya_store_dup_content_digest (fixture->store);
  g_assert_true (riaya_store_set_action_done (fixture->store, uuid, "2025-03-20", &error));
  ASSERT_UNCHANGED (fixture->store, before);
  g_assert_true (riaya_store_set_action_done (fixture->store, uuid, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&got);
  got = riaya_store_get_inspection (fixture->store, riaya_inspection_get_uuid (visit), &error);
  g_assert_cmpuint (riaya_inspection_count_open_actions (got), ==, 1);
}

/* ---- lists ------------------------------------------------------------------- */

static RiayaInstitution *
add_in (StoreFixture *fixture,
        const char   *licence_number,
        const char   *name_fr,
        const char   *province_code)
{
  g_autoptr(GError) error = NULL;
  RiayaInstitution *institution = make_institution (licence_number, name_fr);

  riaya_institution_set_province_code (institution, province_code);
  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_no_error (error);

  return institution;
}

static guint
count_listed (StoreFixture                *fixture,
              const RiayaInspectionFilter *filter)
{
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GError) error = NULL;

  listed = riaya_store_list_inspections (fixture->store, filter, &error);
  g_assert_no_error (error);

  return g_list_model_get_n_items (listed);
}

static void
test_list_filters (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(RiayaInstitution) tanger = add_in (fixture, "TNG/2020/001", "Dar Talib Tanger", "01.511");
  g_autoptr(RiayaInstitution) tetouan = add_in (fixture, "TET/2020/001", "Dar Taliba Tétouan", "01.571");
  g_autoptr(RiayaInstitution) oujda = add_in (fixture, "OUJ/2020/001", "Dar Al Atfal Oujda", "02.411");
  g_autoptr(RiayaInspection) a = make_recorded (tanger, "2025-02-10", 3);
  g_autoptr(RiayaInspection) b = make_recorded (tetouan, "2025-02-10", 2);
  g_autoptr(RiayaInspection) c = make_recorded (oujda, "2025-01-05", 3);
  g_autoptr(RiayaInspection) d = riaya_inspection_new (riaya_institution_get_uuid (oujda), "2026-12-15",
                                                       RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(RiayaInspection) e = riaya_inspection_new (riaya_institution_get_uuid (tanger), "2026-10-01",
                                                       RIAYA_VISIT_KIND_COMPLAINT);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;

  save (fixture, a);
  save (fixture, b);
  save (fixture, c);
  save (fixture, d);
  save (fixture, e);

  /* Date order, then by name: Oujda (01-05), Tanger then Tétouan (02-10),
   * Tanger (2026-10-01), Oujda (2026-12-15). */
  all = riaya_store_list_inspections (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 5);
  {
    RiayaInspection *expected[] = { c, a, b, e, d };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(RiayaInspection) got = g_list_model_get_item (all, i);

        g_assert_cmpstr (riaya_inspection_get_uuid (got), ==, riaya_inspection_get_uuid (expected[i]));
      }
  }

  filter.region_code = "01";
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 3);
  filter.region_code = NULL;
  filter.province_code = "02.411";
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 2);
  filter.province_code = NULL;
  filter.institution_uuid = riaya_institution_get_uuid (tanger);
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 2);
  filter.institution_uuid = NULL;

  /* From and to are inclusive, on the visit's date. */
  filter.from = "2025-02-10";
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 4);
  filter.to = "2025-12-31";
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 2);
  filter.from = NULL;
  filter.to = "2025-01-05";
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 1);
  filter.to = NULL;

  /* Statuses, judged on the day given. */
  filter.status_on = "2026-11-01";
  filter.status = RIAYA_VISIT_STATUS_DONE;
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 2);
  filter.status = RIAYA_VISIT_STATUS_NOT_VALID;
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 1);
  filter.status = RIAYA_VISIT_STATUS_OVERDUE;
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 1);
  filter.status = RIAYA_VISIT_STATUS_PLANNED;
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 1);
  filter.region_code = "01";
  g_assert_cmpuint (count_listed (fixture, &filter), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  ADD ("/store/inspections/plan", test_plan);
  ADD ("/store/inspections/record-with-checklist", test_record_with_checklist);
  ADD ("/store/inspections/decision/warning", test_decision_warning);
  ADD ("/store/inspections/decision/closure", test_decision_closure_then_correct);
  ADD ("/store/inspections/decision/refused-by-history", test_decision_refused_by_history);
  ADD ("/store/inspections/refusals", test_refusals);
  ADD ("/store/inspections/withdrawn-refused", test_withdrawn_refused);
  ADD ("/store/inspections/deleted-institution", test_deleted_institution_refused);
  ADD ("/store/inspections/recorded-kept", test_recorded_kept);
  ADD ("/store/inspections/delete-undelete", test_delete_undelete);
  ADD ("/store/inspections/follow-up", test_follow_up);
  ADD ("/store/inspections/set-action-done", test_set_action_done);
  ADD ("/store/inspections/list-filters", test_list_filters);

  return g_test_run ();
}
