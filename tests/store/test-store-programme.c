/* test-store-programme.c — the programme of visits and the figures of reports
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small datasets built by hand, where each institution stands for one
 * case of riaya-programme.h, judged on fixed days.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-private.h"
#include "store-test-util.h"

static RiayaInstitution *
add_house (StoreFixture    *fixture,
           const char      *licence_number,
           RiayaLegalBasis  basis,
           const char      *province_code)
{
  g_autoptr(GError) error = NULL;
  RiayaInstitution *institution = make_institution (licence_number, licence_number);

  riaya_institution_set_legal_basis (institution, basis);
  riaya_institution_set_province_code (institution, province_code);
  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_no_error (error);

  return institution;
}

/* A visit done on @done_on, 5 members invited and @present present. */
static RiayaInspection *
make_visit (RiayaInstitution *institution,
            const char       *done_on,
            guint             present)
{
  RiayaInspection *visit = riaya_inspection_new (riaya_institution_get_uuid (institution), done_on,
                                                 RIAYA_VISIT_KIND_PROGRAMMED);

  riaya_inspection_set_done_on (visit, done_on);
  riaya_inspection_set_members_invited (visit, 5);
  riaya_inspection_set_members_present (visit, present);

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

static RiayaInspection *
record (StoreFixture     *fixture,
        RiayaInstitution *institution,
        const char       *done_on,
        guint             present)
{
  RiayaInspection *visit = make_visit (institution, done_on, present);

  save (fixture, visit);
  return visit;
}

static void
plan (StoreFixture     *fixture,
      RiayaInstitution *institution,
      const char       *planned_on)
{
  g_autoptr(RiayaInspection) visit = riaya_inspection_new (riaya_institution_get_uuid (institution), planned_on,
                                                           RIAYA_VISIT_KIND_PROGRAMMED);

  save (fixture, visit);
}

static void
put_count (StoreFixture     *fixture,
           RiayaInstitution *institution,
           const char       *counted_on,
           RiayaCategory     category,
           RiayaSex          sex,
           RiayaAgeBand      band,
           guint             present)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  g_autoptr(GError) error = NULL;
  RiayaCountLine line = { category, sex, band, present };

  g_array_append_val (lines, line);
  g_assert_true (riaya_store_put_counts (fixture->store, riaya_institution_get_uuid (institution), counted_on,
                                         lines, &error));
  g_assert_no_error (error);
}

static void
set_national (StoreFixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_set_profile (fixture->store, RIAYA_PROFILE_NATIONAL, NULL, &error));
  g_assert_no_error (error);
}

static const RiayaProgrammeItem *
find_item (GPtrArray  *items,
           const char *licence_number)
{
  for (guint i = 0; i < items->len; i++)
    {
      const RiayaProgrammeItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (item->licence_number, licence_number) == 0)
        return item;
    }

  return NULL;
}

static char *
dup_order (GPtrArray *items)
{
  g_autoptr(GString) order = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const RiayaProgrammeItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (order, "%s%s", i > 0 ? " " : "", item->licence_number);
    }

  return g_string_free (g_steal_pointer (&order), FALSE);
}

/* ---- the programme ---------------------------------------------------------- */

static void
test_programme_order (StoreFixture  *fixture,
                      gconstpointer  data)
{
  RiayaLegalBasis old = RIAYA_LEGAL_BASIS_14_05, new = RIAYA_LEGAL_BASIS_65_15;
  g_autoptr(RiayaInstitution) a = add_house (fixture, "A", old, "01.511");
  g_autoptr(RiayaInstitution) b = add_house (fixture, "B", new, "01.511");
  g_autoptr(RiayaInstitution) c = add_house (fixture, "C", old, "01.511");
  g_autoptr(RiayaInstitution) d = add_house (fixture, "D", new, "01.511");
  g_autoptr(RiayaInstitution) e = add_house (fixture, "E", old, "01.511");
  g_autoptr(RiayaInstitution) f = add_house (fixture, "F", old, "01.511");
  g_autoptr(RiayaInstitution) g = add_house (fixture, "G", new, "01.511");
  g_autoptr(RiayaInstitution) h = add_house (fixture, "H", new, "01.511");
  g_autoptr(RiayaInstitution) i = add_house (fixture, "I", new, "01.511");
  g_autoptr(RiayaInstitution) o = add_house (fixture, "O", old, "02.411");
  g_autoptr(RiayaLicenceEvent) withdrawn = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WITHDRAWN, "2024-02-01",
                                                                   NULL, NULL);
  g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new ("Afficher l’autorisation", "2026-08-01");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) province = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  const RiayaProgrammeItem *item;

  set_national (fixture);

  /* A (14.05) and E (14.05, only a visit without a majority) were never
   * validly inspected; B (65.15) is past its twelve months; C (14.05) is
   * within its six months and has one visit of 2027 planned; D (65.15) is
   * within its twelve and has its one planned: not proposed; F was
   * withdrawn: not proposed; G is over capacity; H was warned; I has a
   * corrective action overdue. O is in another province. */
  g_object_unref (record (fixture, b, "2025-03-01", 3));
  g_object_unref (record (fixture, c, "2026-10-01", 4));
  plan (fixture, c, "2027-02-15");
  g_object_unref (record (fixture, d, "2026-10-15", 3));
  plan (fixture, d, "2027-09-01");
  {
    /* Half is not a majority: 2 of 4 (decree art. 8). */
    g_autoptr(RiayaInspection) half = make_visit (e, "2026-10-20", 2);

    riaya_inspection_set_members_invited (half, 4);
    save (fixture, half);
  }
  g_assert_true (riaya_store_add_licence_event (fixture->store, riaya_institution_get_uuid (f), withdrawn, &error));
  g_assert_no_error (error);
  g_object_unref (record (fixture, g, "2026-09-01", 5));
  put_count (fixture, g, "2026-11-01", RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, 41);
  put_count (fixture, i, "2026-11-01", RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, 40);
  {
    g_autoptr(RiayaInspection) warned = make_visit (h, "2026-06-01", 3);

    riaya_inspection_set_decision (warned, RIAYA_DECISION_WARNING);
    riaya_inspection_set_decision_deadline (warned, "2026-12-31");
    save (fixture, warned);
  }
  {
    g_autoptr(RiayaInspection) asked = make_visit (i, "2026-05-01", 3);

    riaya_inspection_add_action (asked, action);
    save (fixture, asked);
  }
  g_object_unref (record (fixture, o, "2026-10-01", 3));

  /* The programme of 2027 drawn up on 1 December 2026 is judged on
   * 1 January 2027 (decree art. 7). */
  items = riaya_store_inspection_programme (fixture->store, "01.511", 2027, "2026-12-01", &error);
  g_assert_no_error (error);
  order = dup_order (items);
  g_assert_cmpstr (order, ==, "A E B G H I C");

  item = find_item (items, "A");
  g_assert_cmpuint (item->assessment.visits_needed, ==, 2);
  g_assert_cmpuint (item->assessment.reasons & (RIAYA_DUE_NEVER_INSPECTED | RIAYA_DUE_PERIOD_PASSED), ==,
                    RIAYA_DUE_NEVER_INSPECTED | RIAYA_DUE_PERIOD_PASSED);
  g_assert_cmpstr (item->assessment.next_due, ==, "2020-07-15");
  g_assert_null (item->facts.last_valid_visit);
  g_assert_cmpstr (item->facts.licence_date, ==, "2020-01-15");
  g_assert_cmpstr (item->name, ==, "A");
  g_assert_cmpstr (item->province_code, ==, "01.511");
  g_assert_cmpint (item->type, ==, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  g_assert_cmpint (item->facts.status, ==, RIAYA_LICENCE_STATUS_ACTIVE);

  /* A visit without a majority does not count (decree art. 8). */
  item = find_item (items, "E");
  g_assert_true (item->assessment.reasons & RIAYA_DUE_NEVER_INSPECTED);
  g_assert_cmpuint (item->assessment.visits_needed, ==, 2);

  item = find_item (items, "B");
  g_assert_cmpstr (item->facts.last_valid_visit, ==, "2025-03-01");
  g_assert_cmpstr (item->assessment.next_due, ==, "2026-03-01");
  g_assert_true (item->assessment.reasons & RIAYA_DUE_PERIOD_PASSED);
  g_assert_cmpuint (item->assessment.visits_needed, ==, 1);

  item = find_item (items, "G");
  g_assert_true (item->facts.over_capacity);
  g_assert_true (item->assessment.reasons & RIAYA_DUE_OVER_CAPACITY);
  g_assert_false (find_item (items, "I")->facts.over_capacity);   /* 40 for 40 places */

  item = find_item (items, "H");
  g_assert_cmpint (item->facts.status, ==, RIAYA_LICENCE_STATUS_WARNED);
  g_assert_true (item->assessment.reasons & RIAYA_DUE_OPEN_SANCTION);

  item = find_item (items, "I");
  g_assert_cmpuint (item->facts.overdue_actions, ==, 1);
  g_assert_true (item->assessment.reasons & RIAYA_DUE_ACTIONS_OVERDUE);

  /* Law 14.05: two visits a year; one is planned already. */
  item = find_item (items, "C");
  g_assert_cmpuint (item->facts.planned_in_year, ==, 1);
  g_assert_cmpuint (item->assessment.visits_needed, ==, 1);
  g_assert_cmpstr (item->assessment.next_due, ==, "2027-04-01");

  g_assert_null (find_item (items, "D"));
  g_assert_null (find_item (items, "F"));
  g_assert_null (find_item (items, "O"));

  /* The whole country has O too, which under 14.05 needs its two. */
  province = riaya_store_inspection_programme (fixture->store, NULL, 2027, "2026-12-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (province->len, ==, items->len + 1);
  item = find_item (province, "O");
  g_assert_nonnull (item);
  g_assert_cmpuint (item->assessment.visits_needed, ==, 2);
}

static void
test_programme_both_laws (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(RiayaInstitution) old = add_house (fixture, "OLD", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(RiayaInstitution) new = add_house (fixture, "NEW", RIAYA_LEGAL_BASIS_65_15, "01.511");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(GError) error = NULL;
  const RiayaProgrammeItem *item;

  /* One valid visit each in September 2026. */
  g_object_unref (record (fixture, old, "2026-09-01", 3));
  g_object_unref (record (fixture, new, "2026-09-01", 3));

  /* On 23 November: Law 14.05 asks one more this year (twice a year),
   * Law 65.15 nothing more (once a year, art. 27). */
  items = riaya_store_inspection_programme (fixture->store, NULL, 2026, "2026-11-23", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  item = find_item (items, "OLD");
  g_assert_cmpuint (item->facts.valid_visits_in_year, ==, 1);
  g_assert_cmpuint (item->assessment.visits_needed, ==, 1);
  g_assert_cmpstr (item->assessment.next_due, ==, "2027-03-01");
  g_assert_false (item->assessment.reasons & RIAYA_DUE_PERIOD_PASSED);

  /* On 2 March 2027, the 14.05 one is past its six months. */
  later = riaya_store_inspection_programme (fixture->store, NULL, 2027, "2027-03-02", &error);
  g_assert_no_error (error);
  item = find_item (later, "OLD");
  g_assert_true (item->assessment.reasons & RIAYA_DUE_PERIOD_PASSED);
  g_assert_cmpuint (item->assessment.visits_needed, ==, 2);
  item = find_item (later, "NEW");
  g_assert_false (item->assessment.reasons & RIAYA_DUE_PERIOD_PASSED);
  g_assert_cmpuint (item->assessment.visits_needed, ==, 1);
  g_assert_cmpuint (later->len, ==, 2);
  g_assert_true (g_ptr_array_index (later, 0) == find_item (later, "OLD"));
}

/* The facts of one institution on @on, from complete objects and core
 * alone: what the programme's light reading must agree with. */
static void
reference_facts (StoreFixture         *fixture,
                 RiayaInstitution     *institution,
                 GHashTable           *presence,
                 guint                 year,
                 const char           *on,
                 RiayaInspectionFacts *facts,
                 char                **last_valid)
{
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_day = g_strdup_printf ("%u-01-01", year);
  g_autofree char *last_day = g_strdup_printf ("%u-12-31", year);

  memset (facts, 0, sizeof *facts);
  facts->basis = riaya_institution_get_legal_basis (institution);
  facts->licence_date = riaya_institution_get_licence_date (institution);
  facts->status = riaya_licence_status_on (riaya_institution_get_events (institution), on);

  groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (institution), on,
                                   g_hash_table_lookup (presence, riaya_institution_get_uuid (institution)));
  facts->over_capacity = g_hash_table_contains (presence, riaya_institution_get_uuid (institution)) &&
                         riaya_occupancy_any_over (groups);

  *last_valid = NULL;
  filter.institution_uuid = riaya_institution_get_uuid (institution);
  visits = riaya_store_list_inspections (fixture->store, &filter, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);
      const char *done_on = riaya_inspection_get_done_on (visit);
      const char *planned_on = riaya_inspection_get_planned_on (visit);
      GListModel *actions = riaya_inspection_get_actions (visit);

      if (done_on == NULL)
        {
          facts->planned_in_year += strcmp (planned_on, first_day) >= 0 && strcmp (planned_on, last_day) <= 0;
          continue;
        }
      if (strcmp (done_on, on) > 0)
        continue;
      if (riaya_inspection_has_quorum (visit))
        {
          if (*last_valid == NULL || strcmp (done_on, *last_valid) > 0)
            {
              g_free (*last_valid);
              *last_valid = g_strdup (done_on);
            }
          facts->valid_visits_in_year += strcmp (done_on, first_day) >= 0 && strcmp (done_on, last_day) <= 0;
        }
      for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, a);
          const char *action_done = riaya_corrective_action_get_done_on (action);

          facts->overdue_actions += strcmp (riaya_corrective_action_get_due_on (action), on) < 0 &&
                                    (action_done == NULL || strcmp (action_done, on) > 0);
        }
    }
  facts->last_valid_visit = *last_valid;
}

static const char *
random_date (GRand *rand,
             int    from_year,
             int    to_year)
{
  static char date[16];

  g_snprintf (date, sizeof date, "%04d-%02d-%02d", g_rand_int_range (rand, from_year, to_year + 1),
              g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
  return date;
}

/* Random institutions, licence histories, visits, actions and counts: the
 * programme agrees with core's own reading of the complete objects. */
static void
test_programme_agrees_with_core (StoreFixture  *fixture,
                                 gconstpointer  data)
{
  static const struct { guint year; const char *today; } cases[] = {
    { 2027, "2026-11-23" }, { 2026, "2026-06-15" }, { 2025, "2025-03-01" },
  };
  static const RiayaLicenceEventKind kinds[] = {
    RIAYA_LICENCE_EVENT_WARNING, RIAYA_LICENCE_EVENT_REPRIMAND, RIAYA_LICENCE_EVENT_SUSPENDED,
    RIAYA_LICENCE_EVENT_WITHDRAWN, RIAYA_LICENCE_EVENT_CLOSED, RIAYA_LICENCE_EVENT_REOPENED,
    RIAYA_LICENCE_EVENT_MODIFIED,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  g_autoptr(GListModel) institutions = NULL;
  g_autoptr(GError) error = NULL;
  guint proposed = 0, over = 0, sanctioned = 0, overdue = 0;

  set_national (fixture);
  for (guint n = 0; n < 40; n++)
    {
      g_autofree char *number = g_strdup_printf ("R/%02u", n);
      g_autoptr(RiayaInstitution) house = add_house (fixture, number,
                                                     g_rand_boolean (rand) ? RIAYA_LEGAL_BASIS_14_05
                                                                           : RIAYA_LEGAL_BASIS_65_15,
                                                     n % 3 == 0 ? "02.411" : "01.511");
      const char *uuid = riaya_institution_get_uuid (house);
      guint n_events = g_rand_int_range (rand, 0, 3);
      guint n_visits = g_rand_int_range (rand, 0, 6);

      for (guint e = 0; e < n_events; e++)
        {
          RiayaLicenceEventKind kind = kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))];
          g_autoptr(RiayaLicenceEvent) event = riaya_licence_event_new (kind, random_date (rand, 2021, 2025), NULL, NULL);

          /* Refused when it makes no sense after the history: skipped. */
          riaya_store_add_licence_event (fixture->store, uuid, event, NULL);
        }

      for (guint v = 0; v < n_visits; v++)
        {
          g_autoptr(RiayaInspection) visit = NULL;
          char done_on[16];

          g_strlcpy (done_on, random_date (rand, 2021, 2026), sizeof done_on);
          if (strcmp (done_on, "2026-11-01") > 0 || g_rand_int_range (rand, 0, 5) == 0)
            {
              visit = riaya_inspection_new (uuid, random_date (rand, 2025, 2027), RIAYA_VISIT_KIND_PROGRAMMED);
              riaya_store_add_inspection (fixture->store, visit, NULL);
              continue;
            }
          visit = make_visit (house, done_on, g_rand_int_range (rand, 1, 6));
          if (g_rand_boolean (rand))
            {
              g_autofree char *due = g_strdup (done_on);
              g_autoptr(RiayaCorrectiveAction) action = NULL;

              due[3] = (char) MIN (due[3] + 1, '9');
              action = riaya_corrective_action_new ("Afficher l’autorisation", due);
              if (g_rand_boolean (rand) && strcmp (due, "2026-11-01") < 0)
                riaya_corrective_action_set_done_on (action, due);
              riaya_inspection_add_action (visit, action);
            }
          /* Refused after a withdrawal or a closure: skipped. */
          riaya_store_add_inspection (fixture->store, visit, NULL);
        }

      if (g_rand_boolean (rand))
        put_count (fixture, house, random_date (rand, 2024, 2025), RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE,
                   RIAYA_AGE_BAND_12_17, g_rand_int_range (rand, 30, 46));
    }

  institutions = riaya_store_list_institutions (fixture->store, &error);
  g_assert_no_error (error);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *first_day = g_strdup_printf ("%u-01-01", cases[c].year);
      const char *on = strcmp (cases[c].today, first_day) > 0 ? cases[c].today : first_day;
      g_autoptr(GHashTable) presence = riaya_store_presence_on (fixture->store, on, NULL, &error);
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);

      g_assert_no_error (error);
      items = riaya_store_inspection_programme (fixture->store, NULL, cases[c].year, cases[c].today, &error);
      g_assert_no_error (error);

      for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
        {
          g_autoptr(RiayaInstitution) house = g_list_model_get_item (institutions, i);
          const RiayaProgrammeItem *item = find_item (items, riaya_institution_get_licence_number (house));
          RiayaInspectionFacts facts;
          RiayaProgrammeAssessment assessment = { 0 };
          g_autofree char *last_valid = NULL;
          gboolean wanted;

          reference_facts (fixture, house, presence, cases[c].year, on, &facts, &last_valid);
          wanted = riaya_programme_assess (&facts, cases[c].year, cases[c].today, &assessment);
          g_test_message ("%s %s: %s", cases[c].today, riaya_institution_get_licence_number (house),
                          wanted ? "proposed" : "not proposed");
          g_assert_cmpint (wanted, ==, item != NULL);
          if (item != NULL)
            {
              g_assert_cmpint (item->facts.status, ==, facts.status);
              g_assert_cmpstr (item->facts.last_valid_visit, ==, facts.last_valid_visit);
              g_assert_cmpuint (item->facts.valid_visits_in_year, ==, facts.valid_visits_in_year);
              g_assert_cmpuint (item->facts.planned_in_year, ==, facts.planned_in_year);
              g_assert_cmpint (item->facts.over_capacity, ==, facts.over_capacity);
              g_assert_cmpuint (item->facts.overdue_actions, ==, facts.overdue_actions);
              g_assert_cmpuint (item->assessment.reasons, ==, assessment.reasons);
              g_assert_cmpuint (item->assessment.visits_needed, ==, assessment.visits_needed);
              g_assert_cmpstr (item->assessment.next_due, ==, assessment.next_due);
              proposed++;
              over += facts.over_capacity;
              sanctioned += (assessment.reasons & RIAYA_DUE_OPEN_SANCTION) != 0;
              overdue += facts.overdue_actions > 0;
            }
          riaya_programme_assessment_clear (&assessment);
        }

      /* Most urgent first. */
      for (guint i = 1; i < items->len; i++)
        {
          const RiayaProgrammeItem *a = g_ptr_array_index (items, i - 1);
          const RiayaProgrammeItem *b = g_ptr_array_index (items, i);

          g_assert_cmpint (riaya_programme_compare (&a->assessment, &b->assessment), <=, 0);
        }
    }

  /* The random data reached the cases that matter. */
  g_test_message ("proposed %u, over capacity %u, under a sanction %u, actions overdue %u",
                  proposed, over, sanctioned, overdue);
  g_assert_cmpuint (proposed, >, 20);
  g_assert_cmpuint (over, >, 0);
  g_assert_cmpuint (sanctioned, >, 0);
  g_assert_cmpuint (overdue, >, 0);
}

/* ---- follow-ups ---------------------------------------------------------------- */

static void
test_follow_ups_due (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_house (fixture, "TNG/1", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(RiayaInstitution) other = add_house (fixture, "OUJ/1", RIAYA_LEGAL_BASIS_14_05, "02.411");
  g_autoptr(RiayaInspection) open = make_visit (house, "2025-02-01", 3);
  g_autoptr(RiayaInspection) settled = make_visit (house, "2025-03-01", 3);
  g_autoptr(RiayaInspection) warned = make_visit (other, "2025-01-10", 3);
  g_autoptr(RiayaCorrectiveAction) first = riaya_corrective_action_new ("Afficher l’autorisation", "2025-04-30");
  g_autoptr(RiayaCorrectiveAction) second = riaya_corrective_action_new ("Coter le registre", "2025-06-30");
  g_autoptr(RiayaCorrectiveAction) done = riaya_corrective_action_new ("Installer des extincteurs", "2025-04-01");
  g_autoptr(GListModel) due = NULL;
  g_autoptr(RiayaInspection) follow = NULL;
  g_autoptr(GError) error = NULL;

  riaya_inspection_add_action (open, first);
  riaya_inspection_add_action (open, second);
  save (fixture, open);
  riaya_corrective_action_set_done_on (done, "2025-03-20");
  riaya_inspection_add_action (settled, done);
  save (fixture, settled);
  riaya_inspection_set_decision (warned, RIAYA_DECISION_WARNING);
  riaya_inspection_set_decision_deadline (warned, "2025-04-10");
  save (fixture, warned);

  /* On 20 April only the warning's deadline has passed. */
  due = riaya_store_list_follow_ups_due (fixture->store, NULL, "2025-04-20", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 1);
  g_clear_object (&due);

  /* On 1 May the open actions' first due date too; oldest due first, with
   * their institution. Every action of the other visit was done. */
  due = riaya_store_list_follow_ups_due (fixture->store, NULL, "2025-05-01", &error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 2);
  {
    g_autoptr(RiayaInspection) a = g_list_model_get_item (due, 0);
    g_autoptr(RiayaInspection) b = g_list_model_get_item (due, 1);

    g_assert_cmpstr (riaya_inspection_get_uuid (a), ==, riaya_inspection_get_uuid (warned));
    g_assert_cmpstr (riaya_inspection_get_uuid (b), ==, riaya_inspection_get_uuid (open));
    g_assert_cmpstr (riaya_inspection_get_licence_number (b), ==, "TNG/1");
    g_assert_cmpuint (g_list_model_get_n_items (riaya_inspection_get_actions (b)), ==, 2);
  }
  g_clear_object (&due);

  /* One province. */
  due = riaya_store_list_follow_ups_due (fixture->store, "01.511", "2025-05-01", &error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 1);
  g_clear_object (&due);

  /* A follow-up planned answers it. */
  follow = riaya_inspection_new (riaya_institution_get_uuid (house), "2025-05-15", RIAYA_VISIT_KIND_FOLLOW_UP);
  riaya_inspection_set_follows (follow, riaya_inspection_get_uuid (open));
  save (fixture, follow);
  due = riaya_store_list_follow_ups_due (fixture->store, NULL, "2025-05-01", &error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 1);
  g_clear_object (&due);

  /* Cancelled, it answers nothing any more. */
  g_assert_true (riaya_store_delete_inspection (fixture->store, riaya_inspection_get_uuid (follow), &error));
  g_assert_no_error (error);
  due = riaya_store_list_follow_ups_due (fixture->store, NULL, "2025-05-01", &error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 2);
}

/* ---- figures of the reports ---------------------------------------------------- */

static void
test_last_valid_visits (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(RiayaInstitution) a = add_house (fixture, "A", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(RiayaInstitution) b = add_house (fixture, "B", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(RiayaInstitution) c = add_house (fixture, "C", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(GHashTable) last = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (record (fixture, a, "2024-03-01", 3));
  g_object_unref (record (fixture, a, "2025-03-01", 3));
  g_object_unref (record (fixture, a, "2025-06-01", 2));   /* no majority: not valid */
  g_object_unref (record (fixture, b, "2025-01-01", 1));   /* no majority */
  plan (fixture, c, "2025-02-01");
  {
    /* Half is not a majority: 2 of 4 (decree art. 8). */
    g_autoptr(RiayaInspection) half = make_visit (a, "2025-09-01", 2);

    riaya_inspection_set_members_invited (half, 4);
    save (fixture, half);
  }

  last = riaya_store_last_valid_visits (fixture->store, "2025-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (last), ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (last, riaya_institution_get_uuid (a)), ==, "2025-03-01");
  g_clear_pointer (&last, g_hash_table_unref);

  /* As it stood on an earlier day. */
  last = riaya_store_last_valid_visits (fixture->store, "2025-02-28", &error);
  g_assert_cmpstr (g_hash_table_lookup (last, riaya_institution_get_uuid (a)), ==, "2024-03-01");
  g_clear_pointer (&last, g_hash_table_unref);
  last = riaya_store_last_valid_visits (fixture->store, "2024-01-01", &error);
  g_assert_cmpuint (g_hash_table_size (last), ==, 0);
}

static void
test_overdue_actions (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(RiayaInstitution) a = add_house (fixture, "A", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(RiayaInstitution) gone = add_house (fixture, "GONE", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(RiayaInspection) visit = make_visit (a, "2025-01-10", 3);
  g_autoptr(RiayaInspection) deleted = make_visit (gone, "2025-01-10", 3);
  g_autoptr(RiayaCorrectiveAction) late = riaya_corrective_action_new ("Coter le registre", "2025-03-31");
  g_autoptr(RiayaCorrectiveAction) later = riaya_corrective_action_new ("Afficher l’autorisation", "2025-02-28");
  g_autoptr(RiayaCorrectiveAction) done = riaya_corrective_action_new ("Installer des extincteurs", "2025-02-15");
  g_autoptr(RiayaCorrectiveAction) not_due = riaya_corrective_action_new ("Former le personnel", "2025-12-31");
  g_autoptr(RiayaCorrectiveAction) of_gone = riaya_corrective_action_new ("Coter le registre", "2025-02-01");
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GError) error = NULL;
  RiayaOverdueAction *first;

  riaya_corrective_action_set_done_on (later, "2025-04-20");
  riaya_corrective_action_set_done_on (done, "2025-02-10");
  riaya_inspection_add_action (visit, late);
  riaya_inspection_add_action (visit, later);
  riaya_inspection_add_action (visit, done);
  riaya_inspection_add_action (visit, not_due);
  save (fixture, visit);
  riaya_inspection_add_action (deleted, of_gone);
  save (fixture, deleted);
  g_assert_true (riaya_store_delete_institution (fixture->store, riaya_institution_get_uuid (gone), &error));

  /* On 10 April: the one still open, and the one done only on 20 April;
   * oldest due first. Not the one done in time, nor the one not due yet,
   * nor those of a deleted institution. */
  overdue = riaya_store_list_overdue_actions (fixture->store, "2025-04-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, ==, 2);
  first = g_ptr_array_index (overdue, 0);
  g_assert_cmpstr (first->action_uuid, ==, riaya_corrective_action_get_uuid (later));
  g_assert_cmpstr (first->due_on, ==, "2025-02-28");
  g_assert_cmpstr (first->institution_uuid, ==, riaya_institution_get_uuid (a));
  g_assert_cmpstr (first->inspection_uuid, ==, riaya_inspection_get_uuid (visit));
  g_assert_cmpstr (first->visit_done_on, ==, "2025-01-10");
  g_assert_cmpstr (first->description, ==, "Afficher l’autorisation");
  g_assert_cmpstr (((RiayaOverdueAction *) g_ptr_array_index (overdue, 1))->due_on, ==, "2025-03-31");
  g_clear_pointer (&overdue, g_ptr_array_unref);

  /* On 1 May the late one only. */
  overdue = riaya_store_list_overdue_actions (fixture->store, "2025-05-01", &error);
  g_assert_cmpuint (overdue->len, ==, 1);
}

static void
test_region_totals (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(RiayaInstitution) tanger = add_house (fixture, "TNG", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(RiayaInstitution) tetouan = add_house (fixture, "TET", RIAYA_LEGAL_BASIS_14_05, "01.571");
  g_autoptr(RiayaInstitution) tetouan2 = add_house (fixture, "TET2", RIAYA_LEGAL_BASIS_14_05, "01.571");
  g_autoptr(RiayaInstitution) oujda = add_house (fixture, "OUJ", RIAYA_LEGAL_BASIS_14_05, "02.411");
  g_autoptr(GArray) totals = NULL;
  g_autoptr(GError) error = NULL;
  RiayaInspectionRegionTotals *line;

  g_object_unref (record (fixture, tanger, "2025-02-01", 3));
  g_object_unref (record (fixture, tanger, "2025-08-01", 2));    /* not valid */
  g_object_unref (record (fixture, tetouan, "2025-05-01", 4));
  g_object_unref (record (fixture, tetouan2, "2024-12-31", 4));  /* before the period */
  g_object_unref (record (fixture, oujda, "2026-01-01", 4));     /* after it */
  plan (fixture, oujda, "2025-06-01");                            /* planned only */

  totals = riaya_store_inspection_region_totals (fixture->store, "2025-01-01", "2025-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (totals->len, ==, 12);

  line = &g_array_index (totals, RiayaInspectionRegionTotals, 0);
  g_assert_cmpstr (line->region_code, ==, "01");
  g_assert_cmpuint (line->provinces, ==, 2);
  g_assert_cmpuint (line->institutions, ==, 2);
  g_assert_cmpuint (line->visits, ==, 3);
  g_assert_cmpuint (line->valid_visits, ==, 2);

  line = &g_array_index (totals, RiayaInspectionRegionTotals, 1);
  g_assert_cmpstr (line->region_code, ==, "02");
  g_assert_cmpuint (line->visits, ==, 0);
  g_assert_cmpuint (line->institutions, ==, 0);
  g_assert_cmpuint (line->provinces, ==, 0);
  g_assert_cmpstr (g_array_index (totals, RiayaInspectionRegionTotals, 11).region_code, ==, "12");
}

static void
test_young_children (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(RiayaInstitution) a = add_house (fixture, "A", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(RiayaInstitution) b = add_house (fixture, "B", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(RiayaInstitution) c = add_house (fixture, "C", RIAYA_LEGAL_BASIS_14_05, "01.511");
  g_autoptr(GHashTable) young = NULL;
  g_autoptr(GError) error = NULL;

  set_national (fixture);
  {
    g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
    const RiayaCountLine counted[] = {
      { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_0_5, 3 },
      { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, RIAYA_AGE_BAND_0_5, 2 },
      { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_6_11, 20 },
    };

    g_array_append_vals (lines, counted, G_N_ELEMENTS (counted));
    g_assert_true (riaya_store_put_counts (fixture->store, riaya_institution_get_uuid (a), "2025-01-01", lines,
                                           &error));
    g_assert_no_error (error);
  }
  put_count (fixture, a, "2025-06-01", RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_0_5, 7);
  put_count (fixture, b, "2025-01-01", RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, 30);

  /* The latest count on the day; one with nobody under six says 0; an
   * institution without a count is absent. */
  young = riaya_store_young_children_on (fixture->store, "2025-03-01", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (young), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (young, riaya_institution_get_uuid (a))), ==, 5);
  g_assert_true (g_hash_table_contains (young, riaya_institution_get_uuid (b)));
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (young, riaya_institution_get_uuid (b))), ==, 0);
  g_assert_false (g_hash_table_contains (young, riaya_institution_get_uuid (c)));
  g_clear_pointer (&young, g_hash_table_unref);

  young = riaya_store_young_children_on (fixture->store, "2025-06-01", riaya_institution_get_uuid (a), &error);
  g_assert_cmpuint (g_hash_table_size (young), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (young, riaya_institution_get_uuid (a))), ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

  ADD ("/store/programme/order", test_programme_order);
  ADD ("/store/programme/both-laws", test_programme_both_laws);
  ADD ("/store/programme/agrees-with-core", test_programme_agrees_with_core);
  ADD ("/store/programme/follow-ups-due", test_follow_ups_due);
  ADD ("/store/programme/last-valid-visits", test_last_valid_visits);
  ADD ("/store/programme/overdue-actions", test_overdue_actions);
  ADD ("/store/programme/region-totals", test_region_totals);
  ADD ("/store/programme/young-children", test_young_children);

  return g_test_run ();
}
