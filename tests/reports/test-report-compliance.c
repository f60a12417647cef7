/* test-report-compliance.c — the compliance report on a hand-made database
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each check of the inspections fires on the case it is for and on no
 * other: never inspected; inspected seven months before the date, overdue
 * under Law 14.05 (6 months) but not under Law 65.15 (12 months); a visit
 * without a majority that does not count (decree 2.19.693 art. 8); a
 * corrective action overdue, one done, one not due yet; an elderly home
 * with 25 present and 2 carers (the norm is 1 per 10: 3) and one with 3;
 * a disability home whose children under six need their own educator.
 * Every date is fixed and in the past; the report changes nothing.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "pdf-test-util.h"
#include "riaya-report.h"
#include "riaya-store-inspections.h"
#include "riaya-store-institutions-on.h"
#include "riaya-store-residents.h"

#define ON "2025-06-30"

typedef struct
{
  char       *dir;
  RiayaStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("riaya-compliance-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "riaya.db", NULL);
  fixture->store = riaya_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* An institution with a director and one group of places. */
static RiayaInstitution *
add_institution (Fixture              *fixture,
                 const char           *licence,
                 RiayaLegalBasis       basis,
                 RiayaInstitutionType  type,
                 RiayaCategory         category,
                 guint                 places)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (category, RIAYA_SEX_ANY, places, "2020-01-15");
  g_autofree char *name = g_strdup_printf ("Établissement %s", licence);
  g_autoptr(GError) error = NULL;

  riaya_institution_set_licence_number (institution, licence);
  riaya_institution_set_licence_date (institution, "2020-01-15");
  riaya_institution_set_legal_basis (institution, basis);
  riaya_institution_set_institution_type (institution, type);
  riaya_institution_set_name_fr (institution, name);
  riaya_institution_set_province_code (institution, "04.441");
  riaya_institution_set_director (institution, "Nadia Berrada");
  riaya_institution_add_capacity_line (institution, line);

  g_assert_true (riaya_store_add_institution (fixture->store, institution, &error));
  g_assert_no_error (error);
  return institution;
}

static RiayaInstitution *
add_house (Fixture         *fixture,
           const char      *licence,
           RiayaLegalBasis  basis)
{
  return add_institution (fixture, licence, basis, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, RIAYA_CATEGORY_PUPIL, 40);
}

static void
set_staff (Fixture          *fixture,
           RiayaInstitution *institution,
           RiayaStaffRole    role,
           guint             count)
{
  g_autoptr(GError) error = NULL;

  riaya_institution_set_staff (institution, role, count);
  g_assert_true (riaya_store_update_institution (fixture->store, institution, &error));
  g_assert_no_error (error);
}

/* A visit done on @done_on, @present of 5 members present. */
static RiayaInspection *
add_visit (Fixture          *fixture,
           RiayaInstitution *institution,
           const char       *done_on,
           guint             present,
           ...) G_GNUC_NULL_TERMINATED;

/* The variable arguments: corrective actions as triples of description,
 * due date and date done (NULL: not done), NULL-terminated. */
static RiayaInspection *
add_visit (Fixture          *fixture,
           RiayaInstitution *institution,
           const char       *done_on,
           guint             present,
           ...)
{
  RiayaInspection *visit = riaya_inspection_new (riaya_institution_get_uuid (institution), done_on,
                                                 RIAYA_VISIT_KIND_PROGRAMMED);
  g_autoptr(GError) error = NULL;
  const char *description;
  va_list args;

  riaya_inspection_set_done_on (visit, done_on);
  riaya_inspection_set_members_invited (visit, 5);
  riaya_inspection_set_members_present (visit, present);
  riaya_inspection_set_committee (visit, "Karim Bennani — Province de Salé");

  va_start (args, present);
  while ((description = va_arg (args, const char *)) != NULL)
    {
      const char *due = va_arg (args, const char *);
      const char *done = va_arg (args, const char *);
      g_autoptr(RiayaCorrectiveAction) action = riaya_corrective_action_new (description, due);

      riaya_corrective_action_set_done_on (action, done);
      riaya_inspection_add_action (visit, action);
    }
  va_end (args);

  g_assert_true (riaya_store_add_inspection (fixture->store, visit, &error));
  g_assert_no_error (error);
  return visit;
}

/* A count of @present people of @category on 2025-01-15, @under_six of
 * them younger than six. */
static void
put_count (Fixture          *fixture,
           RiayaInstitution *institution,
           RiayaCategory     category,
           guint             present,
           guint             under_six)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  g_autoptr(GError) error = NULL;
  RiayaCountLine older = { category, RIAYA_SEX_FEMALE, RIAYA_AGE_BAND_60_74, present - under_six };
  RiayaCountLine young = { category, RIAYA_SEX_MALE, RIAYA_AGE_BAND_0_5, under_six };

  if (category != RIAYA_CATEGORY_ELDERLY)
    older.age_band = RIAYA_AGE_BAND_12_17;
  g_array_append_val (lines, older);
  if (under_six > 0)
    g_array_append_val (lines, young);
  g_assert_true (riaya_store_put_counts (fixture->store, riaya_institution_get_uuid (institution), "2025-01-15",
                                         lines, &error));
  g_assert_no_error (error);
}

static RiayaTable *
compliance_on (Fixture    *fixture,
               const char *on)
{
  RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;
  g_autoptr(GError) error = NULL;
  RiayaTable *table;

  params.on = on;
  params.today = "2025-07-01";
  table = riaya_report_build (riaya_report_lookup ("compliance"), fixture->store, &params, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

/* The table as "licence issue" lines, for messages. */
static char *
dump (RiayaTable *table)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < riaya_table_get_n_rows (table); r++)
    g_string_append_printf (out, "%s %s: %s\n", riaya_table_get_text (table, r, 0),
                            riaya_table_get_text (table, r, 3), riaya_table_get_text (table, r, 4));
  return g_string_free (out, FALSE);
}

static void
assert_rows (RiayaTable               *table,
             const char * const (*expected)[2],
             guint                      n_expected)
{
  g_autofree char *text = dump (table);

  if (riaya_table_get_n_rows (table) != n_expected)
    g_error ("%u problems, expected %u:\n%s", riaya_table_get_n_rows (table), n_expected, text);
  for (guint i = 0; i < n_expected; i++)
    if (g_strcmp0 (riaya_table_get_text (table, i, 0), expected[i][0]) != 0 ||
        g_strcmp0 (riaya_table_get_text (table, i, 3), expected[i][1]) != 0)
      g_error ("row %u is not “%s %s”:\n%s", i, expected[i][0], expected[i][1], text);
}

static gboolean
has_issue (RiayaTable *table,
           const char *licence,
           const char *issue)
{
  for (guint r = 0; r < riaya_table_get_n_rows (table); r++)
    if (g_str_equal (riaya_table_get_text (table, r, 0), licence) &&
        g_str_equal (riaya_table_get_text (table, r, 3), issue))
      return TRUE;
  return FALSE;
}

/* The detail of the row of @licence and @issue. */
static const char *
detail_of (RiayaTable *table,
           const char *licence,
           const char *issue)
{
  for (guint r = 0; r < riaya_table_get_n_rows (table); r++)
    if (g_str_equal (riaya_table_get_text (table, r, 0), licence) &&
        g_str_equal (riaya_table_get_text (table, r, 3), issue))
      return riaya_table_get_text (table, r, 4);

  g_error ("no %s problem for %s", issue, licence);
  return NULL;
}

static void
test_not_inspected (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RiayaInstitution) never = add_house (fixture, "N-1", RIAYA_LEGAL_BASIS_14_05);
  g_autoptr(RiayaInstitution) old_law = add_house (fixture, "N-2", RIAYA_LEGAL_BASIS_14_05);
  g_autoptr(RiayaInstitution) new_law = add_house (fixture, "N-3", RIAYA_LEGAL_BASIS_65_15);
  g_autoptr(RiayaInstitution) no_quorum = add_house (fixture, "N-4", RIAYA_LEGAL_BASIS_65_15);
  g_autoptr(RiayaInstitution) withdrawn = add_house (fixture, "N-5", RIAYA_LEGAL_BASIS_65_15);
  g_autoptr(RiayaInspection) v1 = NULL, v2 = NULL, v3 = NULL, v4 = NULL, v5 = NULL;
  g_autoptr(RiayaLicenceEvent) withdrawal = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WITHDRAWN, "2024-12-01",
                                                                     NULL, NULL);
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(RiayaTable) earlier = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *text = NULL;
  static const char * const expected[][2] = {
    { "N-1", "not-inspected" },
    { "N-2", "not-inspected" },
    { "N-4", "not-inspected" },
  };

  /* Seven months before the date: overdue under 14.05, within the year
   * of 65.15. */
  v1 = add_visit (fixture, old_law, "2024-11-30", 3, NULL);
  v2 = add_visit (fixture, new_law, "2024-11-30", 3, NULL);
  /* A valid visit 16 months before, then one with 2 of 5 members: not
   * valid, not counted. A visit after the date does not count either. */
  v3 = add_visit (fixture, no_quorum, "2024-02-20", 3, NULL);
  v4 = add_visit (fixture, no_quorum, "2025-05-02", 2, NULL);
  v5 = add_visit (fixture, no_quorum, "2025-07-10", 4, NULL);
  /* Withdrawn: no longer operating, never listed. */
  g_assert_true (riaya_store_add_licence_event (fixture->store, riaya_institution_get_uuid (withdrawn),
                                                withdrawal, &error));
  g_assert_no_error (error);

  digest = riaya_store_dup_content_digest (fixture->store);
  table = compliance_on (fixture, ON);
  assert_rows (table, expected, G_N_ELEMENTS (expected));

  g_assert_cmpstr (detail_of (table, "N-1", "not-inspected"), ==,
                   "Never inspected since the licence of 2020-01-15; Law 14.05 asks for a visit every 6 months, "
                   "so the first was due on 2020-07-15.");
  g_assert_cmpstr (detail_of (table, "N-2", "not-inspected"), ==,
                   "Last valid visit on 2024-11-30; Law 14.05 asks for a visit every 6 months, "
                   "so the next was due on 2025-05-30.");
  g_assert_cmpstr (detail_of (table, "N-4", "not-inspected"), ==,
                   "Last valid visit on 2024-02-20; Law 65.15 asks for a visit every 12 months, "
                   "so the next was due on 2025-02-20.");
  g_assert_cmpstr (riaya_table_get_text (table, 0, 1), ==, "Établissement N-1");
  g_assert_cmpstr (riaya_table_get_text (table, 0, 2), ==, "04.441");

  /* On the day the period ends the visit is not late yet: on 2025-05-30
   * N-2 is in time, and on 2024-11-30, before the withdrawal, N-5 was
   * operating and never inspected. */
  earlier = compliance_on (fixture, "2025-05-30");
  text = dump (earlier);
  g_assert_null (strstr (text, "N-2"));
  g_clear_object (&earlier);
  earlier = compliance_on (fixture, "2024-11-30");
  g_assert_nonnull (detail_of (earlier, "N-5", "not-inspected"));

  /* The report writes nothing. */
  {
    g_autofree char *after = riaya_store_dup_content_digest (fixture->store);

    g_assert_cmpstr (after, ==, digest);
  }
}

static void
test_actions_and_staffing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(RiayaInstitution) short_staffed = add_institution (fixture, "S-1", RIAYA_LEGAL_BASIS_65_15,
                                                               RIAYA_INSTITUTION_TYPE_ELDERLY,
                                                               RIAYA_CATEGORY_ELDERLY, 30);
  g_autoptr(RiayaInstitution) staffed = add_institution (fixture, "S-2", RIAYA_LEGAL_BASIS_65_15,
                                                         RIAYA_INSTITUTION_TYPE_ELDERLY, RIAYA_CATEGORY_ELDERLY, 30);
  g_autoptr(RiayaInstitution) disability = add_institution (fixture, "S-3", RIAYA_LEGAL_BASIS_65_15,
                                                            RIAYA_INSTITUTION_TYPE_DISABILITY,
                                                            RIAYA_CATEGORY_DISABLED, 30);
  g_autoptr(RiayaInstitution) closed = add_institution (fixture, "S-4", RIAYA_LEGAL_BASIS_65_15,
                                                        RIAYA_INSTITUTION_TYPE_ELDERLY, RIAYA_CATEGORY_ELDERLY, 30);
  g_autoptr(RiayaInspection) v1 = NULL, v2 = NULL, v3 = NULL, v4 = NULL;
  g_autoptr(RiayaLicenceEvent) closure = riaya_licence_event_new (RIAYA_LICENCE_EVENT_CLOSED, "2025-04-01",
                                                                  NULL, NULL);
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(RiayaTable) before = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const expected[][2] = {
    { "S-1", "action-overdue" },
    { "S-1", "staffing-below-norm" },
    { "S-3", "staffing-below-norm" },
  };

  /* S-1: one action overdue, one done in time, one not due yet. */
  v1 = add_visit (fixture, short_staffed, "2025-01-10", 3,
                  "Recruter un aide-soignant", "2025-03-31", NULL,
                  "Afficher le règlement intérieur", "2025-02-28", "2025-02-20",
                  "Repeindre le réfectoire", "2025-08-31", NULL,
                  NULL);
  /* S-2: its action done, late but done. */
  v2 = add_visit (fixture, staffed, "2025-01-10", 4,
                  "Réparer l’ascenseur", "2025-02-28", "2025-03-15",
                  NULL);
  v3 = add_visit (fixture, disability, "2025-01-10", 4, NULL);
  /* S-4: an action overdue, but the institution has closed since. */
  v4 = add_visit (fixture, closed, "2025-01-10", 4, "Changer les extincteurs", "2025-02-28", NULL, NULL);
  g_assert_true (riaya_store_add_licence_event (fixture->store, riaya_institution_get_uuid (closed),
                                                closure, &error));
  g_assert_no_error (error);

  /* 25 elderly people with 2 carers, and with 3; 20 children, 10 of them
   * under six, with one educator: 1 per 14 under six plus 1 per 20
   * others, so 2. */
  set_staff (fixture, short_staffed, RIAYA_STAFF_CARER, 2);
  set_staff (fixture, staffed, RIAYA_STAFF_CARER, 3);
  set_staff (fixture, disability, RIAYA_STAFF_EDUCATOR, 1);
  set_staff (fixture, closed, RIAYA_STAFF_CARER, 1);
  put_count (fixture, short_staffed, RIAYA_CATEGORY_ELDERLY, 25, 0);
  put_count (fixture, staffed, RIAYA_CATEGORY_ELDERLY, 25, 0);
  put_count (fixture, disability, RIAYA_CATEGORY_DISABLED, 20, 10);
  put_count (fixture, closed, RIAYA_CATEGORY_ELDERLY, 25, 0);

  table = compliance_on (fixture, ON);
  assert_rows (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (detail_of (table, "S-1", "action-overdue"), ==,
                   "“Recruter un aide-soignant”, asked at the visit of 2025-01-10, was due on 2025-03-31 and is not done.");
  g_assert_cmpstr (detail_of (table, "S-1", "staffing-below-norm"), ==,
                   "Carers: 2 for 25 residents; the norm is 1 per 10, so 3.");
  if (strstr (detail_of (table, "S-3", "staffing-below-norm"), "under six") == NULL)
    g_error ("the disability norm does not count the children under six: %s",
             detail_of (table, "S-3", "staffing-below-norm"));

  /* Before the count of 15 January nobody is known present, and no
   * action is due yet: nothing. */
  before = compliance_on (fixture, "2025-01-14");
  g_assert_cmpuint (riaya_table_get_n_rows (before), ==, 0);
  g_clear_object (&before);

  /* On its due date an action is not late yet (S-1); S-4 was still open
   * then, its action late. */
  before = compliance_on (fixture, "2025-03-31");
  g_assert_false (has_issue (before, "S-1", "action-overdue"));
  g_assert_false (has_issue (before, "S-2", "action-overdue"));
  g_assert_true (has_issue (before, "S-4", "action-overdue"));
  g_assert_true (has_issue (before, "S-4", "staffing-below-norm"));
  g_clear_object (&before);

  /* S-2's action, done on 15 March, was late on the 10th. */
  before = compliance_on (fixture, "2025-03-10");
  g_assert_cmpstr (detail_of (before, "S-2", "action-overdue"), ==,
                   "“Réparer l’ascenseur”, asked at the visit of 2025-01-10, was due on 2025-02-28 and is not done.");
}

/* The report reads half its lists on a second connection to the same
 * database. When there is none to be had (the file moved away while
 * open), the first does it all, with the same rows, and no empty
 * database is made where the file was. */
static void
test_without_second_connection (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_house (fixture, "W-1", RIAYA_LEGAL_BASIS_65_15);
  g_autoptr(RiayaInstitution) elderly = add_institution (fixture, "W-2", RIAYA_LEGAL_BASIS_65_15,
                                                         RIAYA_INSTITUTION_TYPE_ELDERLY,
                                                         RIAYA_CATEGORY_ELDERLY, 30);
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(RiayaTable) two = NULL;
  g_autoptr(RiayaTable) one = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "riaya.db", NULL);
  g_autofree char *moved = g_build_filename (fixture->dir, "moved.db", NULL);
  g_autofree char *with_two = NULL;
  g_autofree char *with_one = NULL;

  visit = add_visit (fixture, elderly, "2025-01-10", 4, "Changer les extincteurs", "2025-02-28", NULL, NULL);
  set_staff (fixture, elderly, RIAYA_STAFF_CARER, 1);
  put_count (fixture, elderly, RIAYA_CATEGORY_ELDERLY, 25, 0);

  two = compliance_on (fixture, ON);
  with_two = dump (two);
  g_assert_nonnull (strstr (with_two, "W-1 not-inspected"));
  g_assert_nonnull (strstr (with_two, "W-2 action-overdue"));
  g_assert_nonnull (strstr (with_two, "W-2 staffing-below-norm"));

  /* A store opened afresh, whose file then moves away: it has no
   * sibling to open. */
  {
    g_autoptr(GError) error = NULL;

    g_clear_object (&fixture->store);
    fixture->store = riaya_store_open (path, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpint (g_rename (path, moved), ==, 0);
  g_assert_null (riaya_store_get_sibling (fixture->store));
  one = compliance_on (fixture, ON);
  with_one = dump (one);
  g_assert_cmpstr (with_one, ==, with_two);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rename (moved, path), ==, 0);

  /* Its sibling, once there, is kept: the same object report after
   * report. */
  g_assert_nonnull (riaya_store_get_sibling (fixture->store));
  g_assert_true (riaya_store_get_sibling (fixture->store) == riaya_store_get_sibling (fixture->store));
  (void) house;
}

/* The lean registry the report reads agrees with the objects. */
static void
test_institutions_on (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RiayaInstitution) a = add_house (fixture, "L-2", RIAYA_LEGAL_BASIS_14_05);
  g_autoptr(RiayaInstitution) b = add_institution (fixture, "L-1", RIAYA_LEGAL_BASIS_65_15,
                                                   RIAYA_INSTITUTION_TYPE_ELDERLY, RIAYA_CATEGORY_ELDERLY, 30);
  g_autoptr(RiayaCapacityLine) more = riaya_capacity_line_new (RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 45,
                                                               "2025-03-01");
  g_autoptr(RiayaCapacityLine) corrected = riaya_capacity_line_new (RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_ANY, 44,
                                                                    "2025-03-01");
  g_autoptr(RiayaLicenceEvent) suspension = riaya_licence_event_new (RIAYA_LICENCE_EVENT_SUSPENDED, "2025-05-01",
                                                                     NULL, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *dates[] = { "2020-01-14", "2020-01-15", "2025-02-28", "2025-03-01", "2025-04-30", ON };

  /* Two lines of one day: the one recorded last holds. */
  g_ptr_array_add (lines, more);
  g_ptr_array_add (lines, corrected);
  g_assert_true (riaya_store_add_capacity_lines (fixture->store, riaya_institution_get_uuid (b), lines, &error));
  g_assert_no_error (error);
  g_assert_true (riaya_store_add_licence_event (fixture->store, riaya_institution_get_uuid (b), suspension, &error));
  g_assert_no_error (error);
  set_staff (fixture, b, RIAYA_STAFF_CARER, 4);

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    {
      g_autoptr(GPtrArray) on = riaya_store_list_institutions_on (fixture->store, dates[d], &error);
      g_autoptr(GListModel) objects = riaya_store_list_institutions (fixture->store, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (on->len, ==, 2);
      for (guint i = 0; i < on->len; i++)
        {
          RiayaInstitutionOn *item = g_ptr_array_index (on, i);
          g_autoptr(RiayaInstitution) object = g_list_model_get_item (objects, i);
          guint places = 0;

          g_assert_cmpstr (item->uuid, ==, riaya_institution_get_uuid (object));
          g_assert_cmpstr (item->licence_number, ==, riaya_institution_get_licence_number (object));
          g_assert_cmpstr (riaya_institution_on_get_display_name (item), ==,
                           riaya_institution_get_display_name (object));
          g_assert_cmpint (item->status, ==, riaya_institution_get_status_on (object, dates[d]));
          for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
            for (guint s = 0; s < RIAYA_N_SEXES; s++)
              places += item->places[c][s];
          g_assert_cmpuint (places, ==, riaya_institution_get_places_on (object, dates[d]));
          for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
            g_assert_cmpuint (item->staff[r], ==, riaya_institution_get_staff (object, r));
        }
    }

  {
    g_autoptr(GPtrArray) on = riaya_store_list_institutions_on (fixture->store, ON, &error);
    RiayaInstitutionOn *first = g_ptr_array_index (on, 0);

    /* Licence order; suspended since May; 44 places, not 45. */
    g_assert_cmpstr (first->licence_number, ==, "L-1");
    g_assert_cmpint (first->status, ==, RIAYA_LICENCE_STATUS_SUSPENDED);
    g_assert_cmpuint (first->places[RIAYA_CATEGORY_ELDERLY][RIAYA_SEX_ANY], ==, 44);
    g_assert_cmpuint (first->staff[RIAYA_STAFF_CARER], ==, 4);
    g_assert_cmpstr (first->director, ==, "Nadia Berrada");
  }
  (void) a;
}

/* A date that is not one: refused with a sentence, nothing changed. */
static void
test_refuse_bad_date (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RiayaInstitution) house = add_house (fixture, "R-1", RIAYA_LEGAL_BASIS_14_05);
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(GError) error = NULL;

  params.on = "2025-02-30";
  table = riaya_report_build (riaya_report_lookup ("compliance"), fixture->store, &params, &error);
  g_assert_null (table);
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "2025-02-30"));
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);
  (void) house;
}

static void
test_issues (void)
{
  const char * const *issues = riaya_report_compliance_issues ();
  static const char * const expected[] = {
    "over-capacity", "not-inspected", "justification-overdue", "action-overdue", "staffing-below-norm",
    "no-director", NULL,
  };

  g_assert_cmpstrv (issues, expected);
  g_assert_cmpstr (riaya_report_compliance_issue_label ("staffing-below-norm"), ==, "Staffing below the norm");
  g_assert_null (riaya_report_compliance_issue_label ("late"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/compliance/issues", test_issues);
  FIXTURE_TEST ("/compliance/not-inspected", test_not_inspected);
  FIXTURE_TEST ("/compliance/actions-and-staffing", test_actions_and_staffing);
  FIXTURE_TEST ("/compliance/institutions-on", test_institutions_on);
  FIXTURE_TEST ("/compliance/without-second-connection", test_without_second_connection);
  FIXTURE_TEST ("/compliance/refuse/bad-date", test_refuse_bad_date);

  return g_test_run ();
}
