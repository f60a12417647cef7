/* riaya-demo-counts.c — the counts of the demo for national staff and delegates
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo follows the profile (issue 3). National staff and delegates
 * never hold names: their demo institutions get counts, on the last day
 * of each quarter of the last five years, with the admissions and exits
 * between that explain each change. Occupancy stays between about 70 %
 * and 100 % of the places, and some institutions are over capacity on
 * the last count, as the Cour des comptes found in 2018 (23 % of those it
 * examined, domain.md §5): about one in ten in the demo, so that they
 * stand out among the others. A director's demo holds registers instead
 * (riaya-demo-registers.c).
 *
 * Each institution's counts come from a generator seeded with its UUID,
 * so an institution has the same counts in a delegate's demo as in the
 * national one.
 */

#include "config.h"

#include <string.h>

#include "riaya-demo-private.h"
#include "riaya-store-residents.h"

#define N_QUARTERS (4 * DEMO_HISTORY_YEARS)

/* How the people of a category come and go: the share of each age band,
 * of each referral and of each exit reason (weights), and the share of
 * the people present who leave in a quarter (per thousand). */
typedef struct
{
  guint bands[RIAYA_N_AGE_BANDS];      /* 0-5 6-11 12-17 18-24 25-59 60-74 75+ */
  guint referrals[RIAYA_N_REFERRALS];  /* court family local EN self transfer other */
  guint exits[RIAYA_N_EXIT_REASONS];   /* family transfer adulthood autonomy death other */
  guint turnover;
} Life;

static const Life lives[RIAYA_N_CATEGORIES] = {
  /* Abandoned children are placed by a judge and leave for a kafala
   * family (Law 15.01), or for a kafala home. */
  [RIAYA_CATEGORY_ABANDONED_CHILD] = { { 900, 100 }, { 80, 0, 12, 0, 0, 8, 0 }, { 70, 25, 0, 0, 1, 4 }, 300 },
  /* Children in protection: mostly court orders, back to their family. */
  [RIAYA_CATEGORY_CHILD] = { { 60, 330, 590, 20 }, { 65, 10, 15, 3, 0, 5, 2 }, { 55, 20, 12, 0, 0, 13 }, 200 },
  /* Boarding pupils, 12 to 17 mostly: few leave during the school year;
   * the end of the year in June shows in the counts. */
  [RIAYA_CATEGORY_PUPIL] = { { 0, 80, 820, 100 }, { 0, 55, 30, 10, 0, 0, 5 }, { 45, 2, 3, 40, 0, 10 }, 20 },
  [RIAYA_CATEGORY_DISABLED] = { { 30, 120, 200, 200, 370, 70, 10 }, { 5, 60, 15, 15, 0, 3, 2 }, { 60, 15, 5, 5, 5, 10 }, 40 },
  [RIAYA_CATEGORY_HOMELESS] = { { 0, 0, 30, 120, 550, 220, 80 }, { 10, 5, 45, 5, 25, 3, 7 }, { 35, 15, 0, 20, 5, 25 }, 450 },
  [RIAYA_CATEGORY_WOMAN] = { { 0, 0, 0, 350, 650 }, { 15, 10, 25, 5, 35, 2, 8 }, { 40, 5, 0, 45, 0, 10 }, 400 },
  [RIAYA_CATEGORY_ELDERLY] = { { 0, 0, 0, 0, 0, 550, 450 }, { 0, 40, 30, 15, 10, 3, 2 }, { 30, 8, 0, 0, 55, 7 }, 70 },
};

/* When an institution closes or loses its licence, its people are placed
 * elsewhere or go home (art. 31). */
static const guint closure_exits[RIAYA_N_EXIT_REASONS] = { 30, 70 };

/* The last day of each quarter of the five years up to the demo's last
 * day, and of the quarter before them: N_QUARTERS + 1 days, oldest
 * first. */
static void
quarter_ends (Demo    *demo,
              guint32 *ends)
{
  GDate date;
  GDateYear year;
  int month;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, demo->last_day);
  year = g_date_get_year (&date);
  month = g_date_get_month (&date);

  for (int q = N_QUARTERS; q >= 0; q--)
    {
      ends[q] = _riaya_demo_julian (year, month, g_date_get_days_in_month (month, year));
      month -= 3;
      if (month < 1)
        {
          month += 12;
          year--;
        }
    }
}

static guint
sum (const guint *values,
     guint        n)
{
  guint total = 0;

  for (guint i = 0; i < n; i++)
    total += values[i];
  return total;
}

/* Shares @n out in proportion to @weights: each gets its whole part, and
 * what is left goes one by one by weighted draw. */
static void
share_out (Demo        *demo,
           guint        n,
           const guint *weights,
           guint        n_weights,
           guint       *out)
{
  guint total = sum (weights, n_weights), given = 0;

  g_assert (total > 0);
  for (guint i = 0; i < n_weights; i++)
    {
      out[i] = n * weights[i] / total;
      given += out[i];
    }
  for (; given < n; given++)
    out[_riaya_demo_pick_share (demo, weights, n_weights)]++;
}

/* A referral as in the counts, but "transfer", which only the store
 * gives, to the stay a transfer begins. */
RiayaReferral
_riaya_demo_pick_referral (Demo          *demo,
                           RiayaCategory  category)
{
  guint weights[RIAYA_N_REFERRALS];

  memcpy (weights, lives[category].referrals, sizeof weights);
  weights[RIAYA_REFERRAL_TRANSFER] = 0;
  return _riaya_demo_pick_share (demo, weights, RIAYA_N_REFERRALS);
}

/* --- Counts (national staff and delegates) ---------------------------- */

/* What stays the same for one institution from quarter to quarter. */
typedef struct
{
  Demo     demo;            /* with the institution's own generator */
  guint    level;           /* usual occupancy, per thousand places */
  gboolean over;            /* over capacity in its last quarters */
  guint    over_quarters;
  guint    over_line;
  guint    boys;            /* per cent of boys on a line for either sex */
  guint    bands[RIAYA_N_CATEGORIES][RIAYA_N_AGE_BANDS];
} Habits;

static void
make_habits (Habits           *habits,
             GRand            *rand,
             RiayaInstitution *institution)
{
  const char *uuid = riaya_institution_get_uuid (institution);
  guint32 seed = 2166136261u;

  /* FNV-1a of the UUID: the same institution, the same counts. */
  for (const char *p = uuid; *p; p++)
    seed = (seed ^ (guchar) *p) * 16777619u;
  g_rand_set_seed (rand, seed);

  habits->demo = (Demo) { .rand = rand };
  habits->level = between (&habits->demo, 760, 950);
  habits->over = chance (&habits->demo, 0.10);
  habits->over_quarters = between (&habits->demo, 1, 4);
  habits->over_line = pick (&habits->demo, 4);
  habits->boys = between (&habits->demo, 42, 58);
  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (guint b = 0; b < RIAYA_N_AGE_BANDS; b++)
      habits->bands[c][b] = lives[c].bands[b] * between (&habits->demo, 70, 130);
}

/* People present on day @q by category and sex (0 male, 1 female). */
static void
count_present (Habits           *habits,
               RiayaInstitution *institution,
               const char       *on,
               guint             q,
               gboolean          opening,
               gboolean          june,
               guint             present[RIAYA_N_CATEGORIES][2])
{
  Demo *demo = &habits->demo;
  g_autoptr(GPtrArray) lines = NULL;

  memset (present, 0, sizeof (guint) * RIAYA_N_CATEGORIES * 2);
  if (!riaya_licence_status_in_force (riaya_institution_get_status_on (institution, on)))
    return;

  lines = riaya_capacity_lines_on (riaya_institution_get_capacity_lines (institution), on);
  for (guint i = 0; i < lines->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (lines, i);
      RiayaCategory category = riaya_capacity_line_get_category (line);
      RiayaSex sex = riaya_capacity_line_get_sex (line);
      guint places = riaya_capacity_line_get_places (line);
      guint level = habits->level + between (demo, 0, 80) - 40, n, boys;

      /* A new or reopened house fills up over its first months; pupils
       * who finished their school year have left by the end of June. */
      if (opening)
        level = level * between (demo, 40, 85) / 100;
      if (june && category == RIAYA_CATEGORY_PUPIL)
        level = level * between (demo, 55, 75) / 100;
      n = MIN (places, (places * level + 500) / 1000);
      if (habits->over && i == habits->over_line % lines->len && q + habits->over_quarters > N_QUARTERS)
        {
          guint extra = places * between (demo, 2, 12) / 100;

          n = places + MAX (1, extra);
        }

      if (sex == RIAYA_SEX_ANY)
        {
          boys = (n * (habits->boys + between (demo, 0, 10) - 5) + 50) / 100;
          present[category][0] += MIN (boys, n);
          present[category][1] += n - MIN (boys, n);
        }
      else
        present[category][sex == RIAYA_SEX_FEMALE] += n;
    }
}

static void
add_count_lines (Habits *habits,
                 guint   present[RIAYA_N_CATEGORIES][2],
                 GArray *lines)
{
  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (guint s = 0; s < 2; s++)
      {
        guint by_band[RIAYA_N_AGE_BANDS];

        if (present[c][s] == 0)
          continue;
        share_out (&habits->demo, present[c][s], habits->bands[c], RIAYA_N_AGE_BANDS, by_band);
        for (guint b = 0; b < RIAYA_N_AGE_BANDS; b++)
          if (by_band[b] > 0)
            {
              RiayaCountLine line = { c, s == 0 ? RIAYA_SEX_MALE : RIAYA_SEX_FEMALE, b, by_band[b] };

              g_array_append_val (lines, line);
            }
      }
}

/* The admissions and exits that take @before to @after: the usual
 * turnover leaves, and as many come as are needed. */
static void
add_movement_lines (Habits *habits,
                    guint   before[RIAYA_N_CATEGORIES][2],
                    guint   after[RIAYA_N_CATEGORIES][2],
                    GArray *lines)
{
  Demo *demo = &habits->demo;

  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (guint s = 0; s < 2; s++)
      {
        guint exits = (before[c][s] * lives[c].turnover + pick (demo, 1000)) / 1000, admissions;
        guint by_reason[MAX ((guint) RIAYA_N_REFERRALS, (guint) RIAYA_N_EXIT_REASONS)];
        const guint *exit_weights = lives[c].exits;
        RiayaSex sex = s == 0 ? RIAYA_SEX_MALE : RIAYA_SEX_FEMALE;

        exits = MIN (exits, before[c][s]);
        if (after[c][s] + exits < before[c][s])
          exits = before[c][s] - after[c][s];
        admissions = after[c][s] + exits - before[c][s];
        if (after[c][s] == 0 && before[c][s] > 0 && sum (&after[0][0], RIAYA_N_CATEGORIES * 2) == 0)
          exit_weights = closure_exits;

        share_out (demo, admissions, lives[c].referrals, RIAYA_N_REFERRALS, by_reason);
        for (guint r = 0; r < RIAYA_N_REFERRALS; r++)
          if (by_reason[r] > 0)
            g_array_append_val (lines, ((RiayaMovementLine) { TRUE, r, c, sex, by_reason[r] }));

        share_out (demo, exits, exit_weights, RIAYA_N_EXIT_REASONS, by_reason);
        for (guint r = 0; r < RIAYA_N_EXIT_REASONS; r++)
          if (by_reason[r] > 0)
            g_array_append_val (lines, ((RiayaMovementLine) { FALSE, r, c, sex, by_reason[r] }));
      }
}

static gboolean
put_institution_counts (RiayaStore       *store,
                        const guint32    *ends,
                        GRand            *rand,
                        RiayaInstitution *institution,
                        GError          **error)
{
  const char *uuid = riaya_institution_get_uuid (institution);
  guint32 licence_day = _riaya_demo_parse_day (riaya_institution_get_licence_date (institution));
  guint before[RIAYA_N_CATEGORIES][2] = { { 0 } }, after[RIAYA_N_CATEGORIES][2];
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (RiayaCountLine));
  g_autoptr(GArray) movements = g_array_new (FALSE, FALSE, sizeof (RiayaMovementLine));
  guint32 last_day = 0;
  Habits habits;

  make_habits (&habits, rand, institution);

  for (guint q = 0; q <= N_QUARTERS; q++)
    {
      g_autofree char *on = NULL, *from = NULL;
      gboolean opening = last_day == 0 ? q > 0 : sum (&before[0][0], RIAYA_N_CATEGORIES * 2) == 0;
      GDate date;

      if (ends[q] < licence_day)
        continue;

      on = _riaya_demo_iso_date (ends[q]);
      g_date_clear (&date, 1);
      g_date_set_julian (&date, ends[q]);
      count_present (&habits, institution, on, q, opening,
                     g_date_get_month (&date) == G_DATE_JUNE, after);

      g_array_set_size (lines, 0);
      add_count_lines (&habits, after, lines);
      if (!riaya_store_put_counts (store, uuid, on, lines, error))
        return FALSE;

      /* A period starts the day after the count before it, or on the
       * licence's day for a house opened since. */
      if (last_day != 0 || q > 0)
        {
          from = _riaya_demo_iso_date (last_day != 0 ? last_day + 1 : licence_day);
          g_array_set_size (movements, 0);
          add_movement_lines (&habits, before, after, movements);
          if (movements->len > 0 && !riaya_store_put_movements (store, uuid, from, on, movements, error))
            return FALSE;
        }

      memcpy (before, after, sizeof before);
      last_day = ends[q];
    }

  return TRUE;
}

gboolean
_riaya_demo_put_counts (RiayaStore  *store,
                        Demo        *demo,
                        GPtrArray   *institutions,
                        GError     **error)
{
  /* Reseeded for each institution (make_habits). */
  g_autoptr(GRand) rand = g_rand_new_with_seed (0);
  guint32 ends[N_QUARTERS + 1];

  quarter_ends (demo, ends);
  for (guint i = 0; i < institutions->len; i++)
    if (!put_institution_counts (store, ends, rand, g_ptr_array_index (institutions, i), error))
      return FALSE;

  return TRUE;
}
