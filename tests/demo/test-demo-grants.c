/* test-demo-grants.c — the demo's grants: ten years at the published scale
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a national user checks first on the grants page of the demo (issue
 * 4): every year of the last ten and the year in progress, the totals of
 * the published table "institutions that received the annual grant"
 * (reports.md) within reach, the fall of 2020, and something late to
 * look at — unpaid tranches, justifications never received or rejected —
 * more of it in recent years. Every grant keeps the rules a user's own
 * grant must keep. A delegate sees the same grants for their province,
 * and a director's few houses have theirs.
 *
 * Apart from test-demo.c, which holds the registry and the counts of the
 * same demo: each file stays readable.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "riaya-demo.h"
#include "riaya-store.h"
#include "riaya-store-grants.h"

/* The demo's last full year, and the year in progress after it. */
#define LAST_YEAR  2025
#define FIRST_YEAR (LAST_YEAR - 9)

static char *tmp_dir;
static RiayaStore *national;  /* loaded once at scale 1, shared */
static char *today;

/* The published table (reports.md), in dirhams. */
static const struct
{
  guint  year;
  guint  institutions;
  gint64 dirhams;
} published[] = {
  { 2016, 957, 148778000 },
  { 2017, 985, 146603800 },
  { 2018, 1023, 155636200 },
  { 2019, 1059, 155840000 },
  { 2020, 1075, 124400000 },
};

#define DH(amount) ((amount) / 100)

static RiayaStore *
open_store_as (const char   *name,
               RiayaProfile  profile,
               const char   *province_code)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (path, &error);

  g_assert_no_error (error);
  riaya_store_set_actor (store, "demo-test");
  riaya_store_set_profile (store, profile, province_code, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&store);
}

static RiayaStore *
load_demo (const char   *name,
           RiayaProfile  profile,
           const char   *province_code)
{
  g_autoptr(RiayaStore) store = open_store_as (name, profile, province_code);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_true (riaya_demo_load (store, 1, &error));
  g_assert_no_error (error);
  g_test_message ("%s loaded in %.2f s", name, (g_get_monotonic_time () - start) / 1e6);

  return g_steal_pointer (&store);
}

static RiayaStore *
national_store (void)
{
  if (national == NULL)
    national = load_demo ("national.db", RIAYA_PROFILE_NATIONAL, NULL);
  return national;
}

static GListModel *
list_grants (RiayaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) grants = riaya_store_list_grants (store, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (grants);
  return g_steal_pointer (&grants);
}

/* Institutions by UUID, as the store lists them. */
static GHashTable *
institutions_by_uuid (RiayaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  GHashTable *by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      RiayaInstitution *institution = g_list_model_get_item (institutions, i);

      g_hash_table_insert (by_uuid, (gpointer) riaya_institution_get_uuid (institution), institution);
    }

  return by_uuid;
}

static guint
year_of (const char *iso)
{
  return (guint) g_ascii_strtoull (iso, NULL, 10);
}

static guint
month_of (const char *iso)
{
  return (guint) g_ascii_strtoull (iso + 5, NULL, 10);
}

/* The year totals a national user reads: every year has grants, about
 * 1,000 institutions and 150 million DH, near the published figures for
 * 2016–2020, with the fall of 2020 and growth over the ten years. */
static void
test_year_totals (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) totals = riaya_store_grant_year_totals (store, FIRST_YEAR, LAST_YEAR + 1, NULL, today, &error);
  const RiayaGrantYearTotals *first, *last, *y2019, *y2020, *now;

  g_assert_no_error (error);
  g_assert_nonnull (totals);
  g_assert_cmpuint (totals->len, ==, 11);

  for (guint i = 0; i < totals->len; i++)
    {
      const RiayaGrantYearTotals *year = &g_array_index (totals, RiayaGrantYearTotals, i);

      g_test_message ("%u: %u institutions, %u places, %u grants, %" G_GINT64_FORMAT " DH granted, %"
                      G_GINT64_FORMAT " DH paid, %u late",
                      year->year, year->institutions, year->capacity, year->grants,
                      DH (year->amount), DH (year->paid), year->late);
      g_assert_cmpuint (year->year, ==, FIRST_YEAR + i);
      g_assert_cmpuint (year->institutions, >=, 850);
      g_assert_cmpuint (year->institutions, <=, 1300);
      /* Some institutions have a second grant (equipment, staff). */
      g_assert_cmpuint (year->grants, >, year->institutions);
      g_assert_cmpuint (year->capacity, >=, year->institutions * 60);
      g_assert_cmpuint (year->capacity, <=, year->institutions * 110);
      g_assert_cmpint (DH (year->amount), >=, 110000000);
      g_assert_cmpint (DH (year->amount), <=, 200000000);
      g_assert_cmpint (year->paid + year->remaining, ==, year->amount);
    }

  for (guint p = 0; p < G_N_ELEMENTS (published); p++)
    {
      const RiayaGrantYearTotals *year =
        &g_array_index (totals, RiayaGrantYearTotals, published[p].year - FIRST_YEAR);

      /* Within 10 % of the published figures. */
      g_assert_cmpint (DH (year->amount) * 10, >=, published[p].dirhams * 9);
      g_assert_cmpint (DH (year->amount) * 10, <=, published[p].dirhams * 11);
      g_assert_cmpuint (year->institutions * 10, >=, published[p].institutions * 9);
      g_assert_cmpuint (year->institutions * 10, <=, published[p].institutions * 11);
    }

  /* The fall of 2020: about 20 % below 2019. */
  y2019 = &g_array_index (totals, RiayaGrantYearTotals, 2019 - FIRST_YEAR);
  y2020 = &g_array_index (totals, RiayaGrantYearTotals, 2020 - FIRST_YEAR);
  g_assert_cmpint (y2020->amount * 100, >=, y2019->amount * 70);
  g_assert_cmpint (y2020->amount * 100, <=, y2019->amount * 88);

  /* Growth: more institutions and more money in the last year than in
   * the first. */
  first = &g_array_index (totals, RiayaGrantYearTotals, 0);
  last = &g_array_index (totals, RiayaGrantYearTotals, LAST_YEAR - FIRST_YEAR);
  g_assert_cmpuint (last->institutions, >, first->institutions);
  g_assert_cmpint (last->amount, >, first->amount);

  /* The year in progress: granted, mostly not paid yet. */
  now = &g_array_index (totals, RiayaGrantYearTotals, totals->len - 1);
  g_assert_cmpuint (now->year, ==, LAST_YEAR + 1);
  g_assert_cmpint (now->paid * 2, <, now->amount);

  /* Older years are paid but for a few tranches. */
  g_assert_cmpint (first->paid * 100, >=, first->amount * 97);
  g_assert_cmpint (first->paid, <, first->amount);
}

/* Every grant keeps the rules a user's grant must keep, and looks like
 * the Entraide Nationale's: a convention above 50,000 DH, a decision in
 * the spring (the next spring for most of 2019's), one to three
 * tranches that add up to the grant, a justification due by 31 March of
 * the year after the decision. */
static void
test_every_grant (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GListModel) grants = list_grants (store);
  g_autoptr(GHashTable) institutions = institutions_by_uuid (store);
  g_autoptr(GHashTable) references = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRegex) reference_form = g_regex_new ("^EN/CONV/20[0-9]{2}/[0-9]{3}-[0-9]{4}$", 0, 0, NULL);
  guint n = g_list_model_get_n_items (grants);
  guint by_kind[RIAYA_N_GRANT_KINDS] = { 0 };
  guint conventions = 0, spring = 0, next_year = 0, of_2019 = 0, of_2019_next_year = 0;
  guint tranches_by_count[4] = { 0 };

  g_test_message ("%u grants", n);
  g_assert_cmpuint (n, >, 10000);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (grants, i);
      g_autoptr(GError) error = NULL;
      RiayaInstitution *institution = g_hash_table_lookup (institutions, riaya_grant_get_institution_uuid (grant));
      GListModel *tranches = riaya_grant_get_tranches (grant);
      guint n_tranches = g_list_model_get_n_items (tranches);
      const char *decided = riaya_grant_get_decided_on (grant);
      const char *reference = riaya_grant_get_convention_ref (grant);
      const char *due = riaya_grant_get_justification_due (grant);
      guint year = riaya_grant_get_year (grant);
      g_autofree char *expected_due = NULL;

      g_assert_nonnull (institution);
      g_assert_true (riaya_grant_validate (grant, today, &error));
      g_assert_no_error (error);
      g_assert_true (riaya_grant_check_institution (grant, institution, &error));
      g_assert_no_error (error);
      /* The list names the institution. */
      g_assert_cmpstr (riaya_grant_get_licence_number (grant), ==, riaya_institution_get_licence_number (institution));

      g_assert_cmpuint (year, >=, FIRST_YEAR);
      g_assert_cmpuint (year, <=, LAST_YEAR + 1);
      by_kind[riaya_grant_get_kind (grant)]++;
      /* Whole dirhams, in thousands for the running costs. */
      g_assert_cmpint (riaya_grant_get_amount (grant) % 100, ==, 0);

      /* Circular 7/2003: a convention above 50,000 DH, numbered per
       * delegation and year, never twice. */
      if (riaya_grant_get_amount (grant) > RIAYA_MONEY_CONVENTION_THRESHOLD)
        {
          conventions++;
          g_assert_nonnull (reference);
          g_assert_nonnull (riaya_grant_get_convention_date (grant));
          g_assert_true (g_regex_match (reference_form, reference, 0, NULL));
          g_assert_true (g_hash_table_add (references, g_strdup (reference)));
          g_assert_cmpstr (riaya_grant_get_convention_date (grant), >=, decided);
        }

      g_assert_nonnull (decided);
      if (year_of (decided) == year && month_of (decided) >= 3 && month_of (decided) <= 6)
        spring++;
      else if (year_of (decided) == year + 1)
        next_year++;
      if (year == 2019)
        {
          of_2019++;
          of_2019_next_year += year_of (decided) == 2020;
        }

      g_assert_cmpuint (n_tranches, >=, 1);
      g_assert_cmpuint (n_tranches, <=, 3);
      tranches_by_count[n_tranches]++;
      g_assert_cmpint (riaya_grant_get_scheduled (grant), ==, riaya_grant_get_amount (grant));

      expected_due = g_strdup_printf ("%04u-03-31", year_of (decided) + 1);
      g_assert_cmpstr (due, ==, expected_due);
      if (riaya_grant_get_justification_rejected (grant) != NULL)
        g_assert_nonnull (riaya_grant_get_rejection_reason (grant));
    }

  g_test_message ("kinds: %u running costs, %u equipment, %u staff; %u conventions; "
                  "decided in the spring %u, the next year %u (2019: %u of %u); tranches: %u × 1, %u × 2, %u × 3",
                  by_kind[RIAYA_GRANT_KIND_RUNNING_COSTS], by_kind[RIAYA_GRANT_KIND_EQUIPMENT],
                  by_kind[RIAYA_GRANT_KIND_STAFF], conventions, spring, next_year, of_2019_next_year, of_2019,
                  tranches_by_count[1], tranches_by_count[2], tranches_by_count[3]);

  g_assert_cmpuint (by_kind[RIAYA_GRANT_KIND_RUNNING_COSTS] * 100, >=, n * 85);
  g_assert_cmpuint (by_kind[RIAYA_GRANT_KIND_EQUIPMENT], >, 0);
  g_assert_cmpuint (by_kind[RIAYA_GRANT_KIND_STAFF], >, 0);
  g_assert_cmpuint (conventions * 100, >=, n * 50);
  g_assert_cmpuint (conventions, <, n);
  g_assert_cmpuint (spring * 100, >=, n * 70);
  g_assert_cmpuint (of_2019_next_year * 100, >=, of_2019 * 70);
  for (guint t = 1; t <= 3; t++)
    g_assert_cmpuint (tranches_by_count[t], >, 0);
}

/* Something late to see, more in recent years: tranches past due and
 * unpaid, justifications past due, a few rejected; most justifications
 * of past years received and approved. */
static void
test_late (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GListModel) grants = list_grants (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GHashTable) late_per_institution = NULL;
  guint n = g_list_model_get_n_items (grants);
  guint old = 0, old_unpaid = 0, old_missing = 0, recent = 0, recent_unpaid = 0, recent_missing = 0;
  guint rejected = 0, approved = 0, justified_due = 0, late = 0, overdue_count = 0;
  guint in_progress = 0, in_progress_paid = 0, in_progress_tranches = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (grants, i);
      GListModel *tranches = riaya_grant_get_tranches (grant);
      guint year = riaya_grant_get_year (grant);
      gboolean unpaid = riaya_grant_count_overdue_tranches (grant, today) > 0;
      gboolean missing = riaya_grant_is_justification_overdue (grant, today);

      late += riaya_grant_get_status (grant, today) == RIAYA_GRANT_STATUS_LATE;
      overdue_count += missing;
      if (year <= 2019)
        {
          old++;
          old_unpaid += unpaid;
          old_missing += missing;
        }
      else if (year >= LAST_YEAR - 1 && year <= LAST_YEAR)
        {
          recent++;
          recent_unpaid += unpaid;
          recent_missing += missing;
        }
      if (year == LAST_YEAR + 1)
        {
          in_progress++;
          for (guint t = 0; t < g_list_model_get_n_items (tranches); t++)
            {
              g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, t);

              in_progress_tranches++;
              in_progress_paid += riaya_grant_tranche_get_paid_on (tranche) != NULL;
            }
          /* Its justification is due next March: not late before then. */
          if (g_strcmp0 (today, riaya_grant_get_justification_due (grant)) <= 0)
            g_assert_false (missing);
        }

      if (riaya_grant_get_justification_due (grant) != NULL &&
          g_strcmp0 (riaya_grant_get_justification_due (grant), today) < 0)
        {
          justified_due++;
          approved += riaya_grant_get_justification_state (grant) == RIAYA_JUSTIFICATION_APPROVED;
          rejected += riaya_grant_get_justification_state (grant) == RIAYA_JUSTIFICATION_REJECTED;
        }
    }

  g_test_message ("%u late grants; up to 2019: %u of %u with an unpaid tranche, %u with a missing "
                  "justification; %u–%u: %u and %u of %u; justifications due: %u, %u approved, %u rejected; "
                  "year in progress: %u of %u tranches paid",
                  late, old_unpaid, old, old_missing, LAST_YEAR - 1, LAST_YEAR, recent_unpaid, recent_missing,
                  recent, justified_due, approved, rejected, in_progress_paid, in_progress_tranches);

  /* A few per cent, more in recent years. */
  g_assert_cmpuint (old_unpaid, >, 0);
  g_assert_cmpuint (old_missing, >, 0);
  g_assert_cmpuint (old_unpaid * 100, <, old * 3);
  g_assert_cmpuint (old_missing * 100, <, old * 5);
  g_assert_cmpuint (recent_unpaid * 100, >, recent * 2);
  g_assert_cmpuint (recent_unpaid * 100, <, recent * 20);
  g_assert_cmpuint (recent_missing * 100, <, recent * 25);
  g_assert_cmpuint (recent_unpaid * old, >, old_unpaid * recent);
  g_assert_cmpuint (recent_missing * old, >, old_missing * recent);
  /* Most justifications received and approved; a few rejected. */
  g_assert_cmpuint (approved * 100, >=, justified_due * 85);
  g_assert_cmpuint (rejected, >, 0);
  g_assert_cmpuint (rejected * 100, <, justified_due * 5);
  /* The year in progress: mostly unpaid. */
  g_assert_cmpuint (in_progress, >, 800);
  g_assert_cmpuint (in_progress_paid * 2, <, in_progress_tranches);

  /* The store finds the same: the compliance report's overdue
   * justifications, and the late flag on institutions. */
  overdue = riaya_store_list_overdue_justifications (store, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, ==, overdue_count);
  late_per_institution = riaya_store_count_late_grants (store, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (late_per_institution), >, 0);
  g_assert_cmpuint (g_hash_table_size (late_per_institution), <=, late);
}

/* The year totals count each institution once, whatever its number of
 * grants, with its places on 31 December: the same as summing the list
 * by hand. */
static void
test_totals_match_list (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GListModel) grants = list_grants (store);
  g_autoptr(GHashTable) institutions = institutions_by_uuid (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) totals = riaya_store_grant_year_totals (store, FIRST_YEAR, LAST_YEAR + 1, NULL, today, &error);
  GHashTable *seen[LAST_YEAR + 2 - FIRST_YEAR];
  gint64 amounts[LAST_YEAR + 2 - FIRST_YEAR] = { 0 };
  guint capacity[LAST_YEAR + 2 - FIRST_YEAR] = { 0 };
  guint counted[LAST_YEAR + 2 - FIRST_YEAR] = { 0 };

  g_assert_no_error (error);
  for (guint y = 0; y < G_N_ELEMENTS (seen); y++)
    seen[y] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (grants); i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (grants, i);
      guint y = riaya_grant_get_year (grant) - FIRST_YEAR;
      const char *uuid = riaya_grant_get_institution_uuid (grant);

      counted[y]++;
      amounts[y] += riaya_grant_get_amount (grant);
      /* Places of a licence still in force on 31 December, as the
       * capacity table counts them. */
      if (g_hash_table_add (seen[y], g_strdup (uuid)))
        {
          g_autofree char *year_end = g_strdup_printf ("%04u-12-31", riaya_grant_get_year (grant));
          RiayaInstitution *institution = g_hash_table_lookup (institutions, uuid);

          if (riaya_licence_status_in_force (riaya_institution_get_status_on (institution, year_end)))
            capacity[y] += riaya_institution_get_places_on (institution, year_end);
        }
    }

  for (guint y = 0; y < G_N_ELEMENTS (seen); y++)
    {
      const RiayaGrantYearTotals *year = &g_array_index (totals, RiayaGrantYearTotals, y);

      g_assert_cmpuint (year->grants, ==, counted[y]);
      g_assert_cmpuint (year->institutions, ==, g_hash_table_size (seen[y]));
      g_assert_cmpint (year->amount, ==, amounts[y]);
      g_assert_cmpuint (year->capacity, ==, capacity[y]);
      g_hash_table_unref (seen[y]);
    }
}

static void
test_store_check_clean (void)
{
  RiayaStore *store = national_store ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean clean = riaya_store_check (store, &problems, &error);

  g_assert_no_error (error);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_test_message ("problem: %s", (const char *) g_ptr_array_index (problems, i));
  g_assert_true (clean);
  g_assert_true (problems == NULL || problems->len == 0);
}

/* Everything of a grant a person sees, tranches included. */
static char *
describe_grant (RiayaGrant *grant)
{
  GListModel *tranches = riaya_grant_get_tranches (grant);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s %s %u %" G_GINT64_FORMAT " %s %s %s %s %s %s %s %s %s %s %s",
                          riaya_grant_get_uuid (grant), riaya_grant_get_institution_uuid (grant),
                          riaya_grant_get_year (grant), riaya_grant_get_amount (grant),
                          riaya_grant_kind_to_code (riaya_grant_get_kind (grant)), riaya_grant_get_basis (grant),
                          riaya_grant_get_decided_on (grant), riaya_grant_get_convention_ref (grant),
                          riaya_grant_get_convention_date (grant), riaya_grant_get_justification_due (grant),
                          riaya_grant_get_justification_received (grant),
                          riaya_grant_get_justification_approved (grant),
                          riaya_grant_get_justification_rejected (grant),
                          riaya_grant_get_rejection_reason (grant), riaya_grant_get_licence_number (grant));
  for (guint t = 0; t < g_list_model_get_n_items (tranches); t++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, t);

      g_string_append_printf (text, " [%s %s %" G_GINT64_FORMAT " %s]", riaya_grant_tranche_get_uuid (tranche),
                              riaya_grant_tranche_get_due_on (tranche), riaya_grant_tranche_get_amount (tranche),
                              riaya_grant_tranche_get_paid_on (tranche));
    }

  return g_string_free (text, FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A delegate's demo holds the grants of their province, the same as the
 * national demo's down to the UUIDs and convention numbers. */
static void
test_delegate (void)
{
  g_autoptr(RiayaStore) store = load_demo ("delegate.db", RIAYA_PROFILE_DELEGATE, "07.351");
  g_autoptr(GListModel) grants = list_grants (store);
  g_autoptr(GError) error = NULL;
  RiayaGrantFilter filter = RIAYA_GRANT_FILTER_INIT;
  g_autoptr(GListModel) national_grants = NULL;
  g_autoptr(GPtrArray) here_texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) there_texts = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (grants);

  filter.province_code = "07.351";
  national_grants = riaya_store_list_grants (national_store (), &filter, &error);
  g_assert_no_error (error);

  g_test_message ("%u grants in the prefecture of Marrakech", n);
  g_assert_cmpuint (n, >, 50);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (national_grants));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrant) here = g_list_model_get_item (grants, i);
      g_autoptr(RiayaGrant) there = g_list_model_get_item (national_grants, i);

      g_assert_cmpstr (riaya_grant_get_province_code (here), ==, "07.351");
      g_ptr_array_add (here_texts, describe_grant (here));
      g_ptr_array_add (there_texts, describe_grant (there));
    }

  /* In UUID order: the lists' order leaves ties (two grants of a year to
   * one institution) to the database. */
  g_ptr_array_sort (here_texts, compare_strings);
  g_ptr_array_sort (there_texts, compare_strings);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (g_ptr_array_index (here_texts, i), ==, g_ptr_array_index (there_texts, i));
}

/* A director's few houses have their grants every year since their
 * licence, and the database stays clean. */
static void
test_director (void)
{
  g_autoptr(RiayaStore) store = load_demo ("director.db", RIAYA_PROFILE_DIRECTOR, NULL);
  g_autoptr(GListModel) grants = list_grants (store);
  g_autoptr(GHashTable) institutions = institutions_by_uuid (store);
  g_autoptr(GHashTable) granted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (grants);

  g_test_message ("%u grants to %u houses", n, g_hash_table_size (institutions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (grants, i);
      RiayaInstitution *institution = g_hash_table_lookup (institutions, riaya_grant_get_institution_uuid (grant));

      g_assert_nonnull (institution);
      g_assert_true (riaya_grant_validate (grant, today, &error));
      g_assert_no_error (error);
      g_assert_true (riaya_grant_check_institution (grant, institution, &error));
      g_assert_no_error (error);
      g_hash_table_add (granted, (gpointer) riaya_grant_get_institution_uuid (grant));
    }
  g_assert_cmpuint (g_hash_table_size (granted), ==, g_hash_table_size (institutions));
  g_assert_cmpuint (n, >=, g_hash_table_size (institutions) * 3);

  g_assert_true (riaya_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_true (problems == NULL || problems->len == 0);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("riaya-demo-grants-XXXXXX", &error);
  g_assert_no_error (error);
  today = riaya_date_today_iso ();

  g_test_add_func ("/demo/grants/year-totals", test_year_totals);
  g_test_add_func ("/demo/grants/every-grant", test_every_grant);
  g_test_add_func ("/demo/grants/late", test_late);
  g_test_add_func ("/demo/grants/totals-match-list", test_totals_match_list);
  g_test_add_func ("/demo/grants/store-check-clean", test_store_check_clean);
  g_test_add_func ("/demo/grants/delegate", test_delegate);
  g_test_add_func ("/demo/grants/director", test_director);

  status = g_test_run ();

  g_clear_object (&national);
  g_free (today);
  remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
