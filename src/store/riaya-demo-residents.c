/* riaya-demo-residents.c — the people of the demo: counts or registers
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
 * stand out among the others. A director holds the register of
 * Law 65.15 art. 28: their demo is a few institutions of one province,
 * each with five years of admissions and exits made through the store's
 * register API, so that the counts are the store's own recomputation.
 *
 * Everything comes from fixed seeds: the same profile gives the same
 * demo. Each institution's counts come from a generator seeded with its
 * UUID, so an institution has the same counts in a delegate's demo as in
 * the national one. The people are assembled from common names
 * (riaya-demo-people.h) and belong to nobody.
 */

#include "config.h"

#include <string.h>

#include "riaya-demo-people.h"
#include "riaya-demo-private.h"
#include "riaya-store-private.h"
#include "riaya-store-residents.h"

#define HISTORY_YEARS  5
#define N_QUARTERS     (4 * HISTORY_YEARS)

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

static guint32
parse_day (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!riaya_date_parse (iso, &date, NULL))
    g_assert_not_reached ();
  return g_date_get_julian (&date);
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
  guint32 licence_day = parse_day (riaya_institution_get_licence_date (institution));
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

/* --- Registers (a director) ------------------------------------------- */

/* The director's association runs four houses in the prefecture of
 * Marrakech, each of its own category (Law 65.15 art. 3): a mixed student
 * house in a rural commune, a child protection home that also takes
 * abandoned children until a kafala, a kafala home, and a home for
 * elderly people, enlarged in 2023. */
#define DIRECTOR_PROVINCE "07.351"

typedef enum
{
  SITE_STUDENTS,
  SITE_CHILDREN,
  SITE_KAFALA,
  SITE_ELDERLY,
  N_SITES
} Site;

static const struct
{
  RiayaInstitutionType type;
  HouseKind            house;
  guint                commune;     /* in the demo's table of the province */
  GDateYear            licensed;    /* licensed within three years from */
} sites[N_SITES] = {
  [SITE_STUDENTS] = { RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, HOUSE_MIXED, 2, 2011 },
  [SITE_CHILDREN] = { RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION, HOUSE_MIXED, 0, 2009 },
  [SITE_KAFALA] = { RIAYA_INSTITUTION_TYPE_KAFALA, HOUSE_MIXED, 0, 2013 },
  [SITE_ELDERLY] = { RIAYA_INSTITUTION_TYPE_ELDERLY, HOUSE_MIXED, 1, 2014 },
};

static guint
site_places (Demo   *demo,
             Site    site,
             Places *places)
{
  guint n = 0;

#define LINE(category, sex, low, high) \
  places[n++] = (Places) { RIAYA_CATEGORY_##category, RIAYA_SEX_##sex, 2 * between (demo, low, high) }
  switch (site)
    {
    case SITE_STUDENTS:
      LINE (PUPIL, MALE, 20, 26);
      LINE (PUPIL, FEMALE, 16, 22);
      break;
    case SITE_CHILDREN:
      LINE (CHILD, MALE, 12, 16);
      LINE (CHILD, FEMALE, 9, 13);
      LINE (ABANDONED_CHILD, ANY, 4, 6);
      break;
    case SITE_KAFALA:
      LINE (ABANDONED_CHILD, ANY, 10, 13);
      break;
    case SITE_ELDERLY:
      LINE (ELDERLY, MALE, 10, 13);
      LINE (ELDERLY, FEMALE, 9, 12);
      break;
    case N_SITES:
    default:
      g_assert_not_reached ();
    }
#undef LINE

  return n;
}

static int
compare_licence_dates (gconstpointer a,
                       gconstpointer b)
{
  return g_strcmp0 (riaya_institution_get_licence_date (*(RiayaInstitution **) a),
                    riaya_institution_get_licence_date (*(RiayaInstitution **) b));
}

GPtrArray *
_riaya_demo_make_director_institutions (Demo *demo)
{
  g_autoptr(GPtrArray) by_date = g_ptr_array_new ();
  GPtrArray *institutions = g_ptr_array_new_with_free_func (g_object_unref);
  guint number;

  g_hash_table_remove_all (demo->names);
  for (Site site = 0; site < N_SITES; site++)
    {
      guint32 from = _riaya_demo_julian (sites[site].licensed, G_DATE_JANUARY, 10);
      guint32 licence_day = _riaya_demo_working_day (between (demo, from, from + 3 * 365));
      RiayaInstitution *institution;
      Places places[3];
      guint n = site_places (demo, site, places);

      institution = _riaya_demo_make_director_institution (demo, DIRECTOR_PROVINCE, sites[site].commune,
                                                           sites[site].type, sites[site].house,
                                                           licence_day, places, n);
      if (site == SITE_ELDERLY)
        _riaya_demo_enlarge (demo, institution,
                             _riaya_demo_working_day (between (demo, _riaya_demo_julian (2023, G_DATE_MARCH, 1),
                                                               _riaya_demo_julian (2023, G_DATE_JUNE, 30))),
                             places, n);
      g_ptr_array_add (institutions, institution);
      g_ptr_array_add (by_date, institution);
    }

  /* Numbers in the order of the licences, among the province's others. */
  g_ptr_array_sort (by_date, compare_licence_dates);
  number = between (demo, 3, 9);
  for (guint i = 0; i < by_date->len; i++)
    {
      g_autofree char *licence = g_strdup_printf ("EPS-%s-%04u", DIRECTOR_PROVINCE, number);

      riaya_institution_set_licence_number (g_ptr_array_index (by_date, i), licence);
      number += between (demo, 2, 9);
    }

  return institutions;
}

/* One stay as planned, before the store records it. */
typedef struct _Planned Planned;

struct _Planned
{
  Site             site;
  RiayaCategory    category;
  RiayaResident   *resident;      /* shared by the stays of one person */
  guint32          birth;
  guint32          admitted;
  guint32          exited;        /* 0: still there on the demo's last day */
  RiayaReferral    referral;
  RiayaExitReason  reason;
  Planned         *next;          /* the stay a transfer within the database begins */
  const char      *destination;   /* or the licence number of a house elsewhere */
  gboolean         by_transfer;   /* begun by the store, as the half of a transfer */
  char            *uuid;
};

typedef struct
{
  Demo             *demo;
  RiayaInstitution *sites[N_SITES];
  GPtrArray        *planned;      /* Planned, in the order made */
  GPtrArray        *incoming;     /* Planned begun by a transfer, for the kafala home */
  GHashTable       *cnies;        /* CNIE numbers given */
  guint32           start;        /* the first day of the five years */
  guint32           end;          /* the demo's last day */
} Register;

static void
planned_free (gpointer data)
{
  Planned *planned = data;

  g_clear_object (&planned->resident);
  g_free (planned->uuid);
  g_free (planned);
}

/* Full years of age on @day. */
static guint
age_on (guint32 birth,
        guint32 day)
{
  GDate b, d;
  guint years;

  g_date_clear (&b, 1);
  g_date_clear (&d, 1);
  g_date_set_julian (&b, birth);
  g_date_set_julian (&d, day);
  years = g_date_get_year (&d) - g_date_get_year (&b);
  if (g_date_get_month (&d) < g_date_get_month (&b) ||
      (g_date_get_month (&d) == g_date_get_month (&b) && g_date_get_day (&d) < g_date_get_day (&b)))
    years--;

  return years;
}

static guint32
years_after (guint32 day,
             int     years)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (years >= 0)
    g_date_add_years (&date, years);
  else
    g_date_subtract_years (&date, -years);

  return g_date_get_julian (&date);
}

/* A birth day for someone @years old on @day. */
static guint32
birth_for_age (Demo    *demo,
               guint32  day,
               guint    years)
{
  return years_after (day, -(int) years) - pick (demo, 365);
}

static guint
places_on (RiayaInstitution *institution,
           RiayaCategory     category,
           RiayaSex          sex,
           guint32           day)
{
  g_autofree char *on = _riaya_demo_iso_date (day);
  g_autoptr(GPtrArray) lines = riaya_capacity_lines_on (riaya_institution_get_capacity_lines (institution), on);

  for (guint i = 0; i < lines->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (lines, i);

      if (riaya_capacity_line_get_category (line) == category && riaya_capacity_line_get_sex (line) == sex)
        return riaya_capacity_line_get_places (line);
    }

  return 0;
}

static void
set_text (RiayaResident      *resident,
          RiayaResidentField  field,
          gboolean            arabic,
          const Pair         *words)
{
  riaya_resident_set_field (resident, field, arabic ? words->ar : words->fr);
}

/* "AB123456": letters of the town of issue, then a number never given
 * twice in the demo. */
static char *
make_cnie (Register *reg)
{
  for (;;)
    {
      const char *letters = *PICK (reg->demo, cnie_prefixes);
      char *cnie = g_strdup_printf ("%s%06u", letters, between (reg->demo, 10000, 999999));

      if (!g_hash_table_contains (reg->cnies, cnie))
        {
          g_hash_table_add (reg->cnies, cnie);
          return g_strdup (cnie);
        }
      g_free (cnie);
    }
}

static char *
make_phone (Demo *demo)
{
  /* The unallocated 0500 range, as the institutions' numbers. */
  return g_strdup_printf ("0500 %06u", between (demo, 0, 999999));
}

/* A first name for someone born in @year: grandparents' names for those
 * born before 1965, children's names after 1990, either in between. */
static const Pair *
first_name (Demo      *demo,
            gboolean   male,
            GDateYear  year)
{
  gboolean old = year < 1965 || (year < 1990 && chance (demo, 0.5));

  if (male)
    return old ? PICK (demo, old_boy_names) : PICK (demo, boy_names);
  return old ? PICK (demo, old_girl_names) : PICK (demo, girl_names);
}

static GDateYear
year_of (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}

/* A father or a mother for a minor born in @born: the register's family
 * fields (decree 2.19.693 art. 11). */
static void
set_parent (Register      *reg,
            RiayaResident *resident,
            RiayaCategory  category,
            GDateYear      born,
            gboolean       arabic,
            const Pair    *family)
{
  Demo *demo = reg->demo;
  gboolean father = chance (demo, 0.75);
  const Pair *first = first_name (demo, father, born - between (demo, 22, 40));
  const Pair *last = father ? family : PICK (demo, family_names_people);
  const Pair *situation = category == RIAYA_CATEGORY_PUPIL && chance (demo, 0.4) ? &far_from_school
                                                                                   : PICK (demo, situations);
  g_autofree char *name = NULL;
  g_autofree char *cnie = make_cnie (reg);
  g_autofree char *phone = make_phone (demo);
  g_autofree char *address = NULL;

  /* Not a father of the same first name as his child, to tell them apart. */
  if (g_strcmp0 (first->fr, riaya_resident_get_first_name (resident)) == 0 ||
      g_strcmp0 (first->ar, riaya_resident_get_first_name (resident)) == 0)
    first = father ? &old_boy_names[2] : &old_girl_names[2];
  name = g_strdup_printf ("%s %s", arabic ? first->ar : first->fr, arabic ? last->ar : last->fr);

  if (category == RIAYA_CATEGORY_PUPIL || chance (demo, 0.3))
    {
      const Pair *douar = PICK (demo, douars), *commune = PICK (demo, communes_near);

      address = arabic ? g_strdup_printf ("دوار %s، جماعة %s", douar->ar, commune->ar)
                       : g_strdup_printf ("Douar %s, commune %s", douar->fr, commune->fr);
    }
  else
    {
      const Pair *quarter = PICK (demo, city_quarters);
      guint number = between (demo, 1, 180);

      address = arabic ? g_strdup_printf ("%u، %s، مراكش", number, quarter->ar)
                       : g_strdup_printf ("%u, %s, Marrakech", number, quarter->fr);
    }

  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_NAME, name);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE, cnie);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS, address);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE, phone);
  set_text (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION, arabic,
            father ? PICK (demo, occupations) : PICK (demo, mother_occupations));
  set_text (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION, arabic, situation);
}

/* A son or a daughter to call, for about half the elderly people. */
static void
set_relative (Register      *reg,
              RiayaResident *resident,
              GDateYear      born,
              gboolean       arabic,
              const Pair    *family)
{
  Demo *demo = reg->demo;
  gboolean son = chance (demo, 0.5);
  const Pair *first = first_name (demo, son, born + between (demo, 22, 40));
  const Pair *quarter = PICK (demo, city_quarters);
  g_autofree char *name = g_strdup_printf ("%s %s", arabic ? first->ar : first->fr, arabic ? family->ar : family->fr);
  g_autofree char *phone = make_phone (demo);
  g_autofree char *address = arabic ? g_strdup_printf ("%s، مراكش", quarter->ar)
                                    : g_strdup_printf ("%s, Marrakech", quarter->fr);

  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_NAME, name);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS, address);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE, phone);
  set_text (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION, arabic,
            son ? PICK (demo, occupations) : PICK (demo, mother_occupations));
}

/* A person of @category born on @birth, admitted on @admitted, written
 * in Arabic or in French as registers are. */
static RiayaResident *
make_person (Register      *reg,
             RiayaCategory  category,
             RiayaSex       sex,
             guint32        birth,
             guint32        admitted)
{
  Demo *demo = reg->demo;
  RiayaResident *resident = riaya_resident_new ();
  g_autofree char *uuid = _riaya_demo_make_uuid (demo);
  g_autofree char *birth_date = _riaya_demo_iso_date (birth);
  gboolean arabic = chance (demo, 0.5), male = sex == RIAYA_SEX_MALE;
  const Pair *family = PICK (demo, family_names_people);
  const Pair *place, *status, *health;
  guint age = age_on (birth, admitted);

  if (category == RIAYA_CATEGORY_ABANDONED_CHILD)
    place = &towns_near[0];
  else if (chance (demo, category == RIAYA_CATEGORY_PUPIL ? 0.92 : 0.7))
    place = PICK (demo, towns_near);
  else
    place = PICK (demo, towns_far);

  if (category == RIAYA_CATEGORY_ABANDONED_CHILD)
    status = PICK (demo, abandoned_family_status);
  else if (category == RIAYA_CATEGORY_ELDERLY)
    status = male ? PICK (demo, elderly_family_status_m) : PICK (demo, elderly_family_status_f);
  else
    status = PICK (demo, minor_family_status);

  if (category == RIAYA_CATEGORY_ABANDONED_CHILD)
    health = chance (demo, 0.7) ? &health_infant[0] : PICK (demo, health_infant);
  else if (category == RIAYA_CATEGORY_ELDERLY)
    health = chance (demo, 0.3) ? &health_elderly[0] : PICK (demo, health_elderly);
  else
    health = chance (demo, 0.75) ? &health_young[0] : PICK (demo, health_young);

  riaya_resident_set_uuid (resident, uuid);
  riaya_resident_set_sex (resident, sex);
  set_text (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, arabic, first_name (demo, male, year_of (birth)));
  set_text (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, arabic, family);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, birth_date);
  set_text (resident, RIAYA_RESIDENT_FIELD_BIRTH_PLACE, arabic, place);
  set_text (resident, RIAYA_RESIDENT_FIELD_FAMILY_STATUS, arabic, status);
  set_text (resident, RIAYA_RESIDENT_FIELD_HEALTH_STATUS, arabic, health);

  /* The CNIE is an adult's card: minors hold none. */
  if (age >= 18 && chance (demo, 0.95))
    {
      g_autofree char *cnie = make_cnie (reg);

      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_CNIE, cnie);
    }

  if (category == RIAYA_CATEGORY_ABANDONED_CHILD)
    {
      set_text (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_NAME, arabic, &judge_of_minors);
      set_text (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS, arabic, &court_address);
      set_text (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION, arabic, &unknown_parents);
    }
  else if (category == RIAYA_CATEGORY_ELDERLY)
    {
      if (chance (demo, 0.55))
        set_relative (reg, resident, year_of (birth), arabic, family);
    }
  else
    set_parent (reg, resident, category, year_of (birth), arabic, family);

  return resident;
}

/* A referral as in the counts, but "transfer", which only the store
 * gives, to the stay a transfer begins. */
static RiayaReferral
pick_referral (Demo          *demo,
               RiayaCategory  category)
{
  guint weights[RIAYA_N_REFERRALS];

  memcpy (weights, lives[category].referrals, sizeof weights);
  weights[RIAYA_REFERRAL_TRANSFER] = 0;
  return _riaya_demo_pick_share (demo, weights, RIAYA_N_REFERRALS);
}

static Planned *
add_planned (Register      *reg,
             Site           site,
             RiayaCategory  category,
             RiayaResident *resident,
             guint32        birth,
             guint32        admitted,
             RiayaReferral  referral)
{
  Planned *planned = g_new0 (Planned, 1);

  planned->site = site;
  planned->category = category;
  planned->resident = g_object_ref (resident);
  planned->birth = birth;
  planned->admitted = admitted;
  planned->referral = referral;
  planned->uuid = _riaya_demo_make_uuid (reg->demo);
  g_ptr_array_add (reg->planned, planned);

  return planned;
}

static void plan_natural_exit (Register *reg,
                               Planned  *planned,
                               guint32   not_before);

/* Transfers fill at most half the kafala home: its own admissions, made
 * after, fill the rest up to its usual occupancy and no further. */
static gboolean
kafala_has_room (Register *reg,
                 guint32   day)
{
  guint present = 0;

  for (guint i = 0; i < reg->incoming->len; i++)
    {
      Planned *planned = g_ptr_array_index (reg->incoming, i);

      present += planned->admitted <= day && (planned->exited == 0 || planned->exited > day);
    }

  return present * 2 < places_on (reg->sites[SITE_KAFALA], RIAYA_CATEGORY_ABANDONED_CHILD, RIAYA_SEX_ANY, day);
}

/* An exit on @day, unless after the demo's last day. An abandoned child
 * transferred from the child protection home goes to the kafala home of
 * the same database (one step, linked both ways); other transfers go to
 * a house elsewhere, named by its licence number. */
static void
plan_exit (Register        *reg,
           Planned         *planned,
           guint32          day,
           RiayaExitReason  reason)
{
  if (day > reg->end)
    return;

  planned->exited = day;
  planned->reason = reason;
  if (reason != RIAYA_EXIT_REASON_TRANSFER)
    return;

  if (planned->site == SITE_CHILDREN && planned->category == RIAYA_CATEGORY_ABANDONED_CHILD &&
      kafala_has_room (reg, day))
    {
      planned->next = add_planned (reg, SITE_KAFALA, planned->category, planned->resident,
                                   planned->birth, day, RIAYA_REFERRAL_TRANSFER);
      planned->next->by_transfer = TRUE;
      plan_natural_exit (reg, planned->next, 0);
      g_ptr_array_add (reg->incoming, planned->next);
    }
  else
    planned->destination = *PICK (reg->demo, elsewhere_licences);
}

/* How long people stay, in days, and why they leave, by house. */
static void
plan_natural_exit (Register *reg,
                   Planned  *planned,
                   guint32   not_before)
{
  /* family transfer adulthood autonomy death other */
  static const guint child_exits[] = { 65, 22, 0, 0, 0, 13 };
  static const guint waiting_exits[] = { 55, 35, 0, 0, 0, 10 };
  static const guint kafala_exits[] = { 88, 8, 0, 0, 0, 4 };
  static const guint elderly_exits[] = { 30, 8, 0, 0, 55, 7 };
  Demo *demo = reg->demo;
  const guint *exits;
  guint32 length, day, adult;

  switch (planned->category)
    {
    case RIAYA_CATEGORY_CHILD:
      length = chance (demo, 0.4) ? between (demo, 45, 270)
             : chance (demo, 0.67) ? between (demo, 270, 730) : between (demo, 730, 1600);
      exits = child_exits;
      break;
    case RIAYA_CATEGORY_ABANDONED_CHILD:
      /* A few months in the child protection home until a kafala or a
       * place in the kafala home; longer in the kafala home. */
      length = planned->site == SITE_KAFALA ? between (demo, 120, 700) : between (demo, 20, 240);
      exits = planned->site == SITE_KAFALA ? kafala_exits : waiting_exits;
      break;
    case RIAYA_CATEGORY_ELDERLY:
      length = chance (demo, 0.3) ? between (demo, 90, 700)
             : chance (demo, 0.7) ? between (demo, 700, 2200) : between (demo, 2200, 4000);
      exits = elderly_exits;
      break;
    case RIAYA_CATEGORY_PUPIL:
    case RIAYA_CATEGORY_DISABLED:
    case RIAYA_CATEGORY_HOMELESS:
    case RIAYA_CATEGORY_WOMAN:
    case RIAYA_N_CATEGORIES:
    default:
      g_assert_not_reached ();
    }

  day = MAX (planned->admitted + length, not_before);
  /* Child protection ends at 18 (adulthood). */
  adult = years_after (planned->birth, 18);
  if (planned->category == RIAYA_CATEGORY_CHILD && day >= adult)
    plan_exit (reg, planned, MAX (adult, MAX (planned->admitted + 1, not_before)), RIAYA_EXIT_REASON_ADULTHOOD);
  else
    plan_exit (reg, planned, day, _riaya_demo_pick_share (demo, exits, RIAYA_N_EXIT_REASONS));
}

/* A child, an abandoned child or an elderly person admitted on @admitted. */
static Planned *
plan_admission (Register      *reg,
                Site           site,
                RiayaCategory  category,
                RiayaSex       sex,
                guint32        admitted,
                RiayaResident *returning)
{
  Demo *demo = reg->demo;
  g_autoptr(RiayaResident) resident = returning ? g_object_ref (returning) : NULL;
  guint32 birth;

  if (sex == RIAYA_SEX_ANY)
    sex = chance (demo, 0.5) ? RIAYA_SEX_MALE : RIAYA_SEX_FEMALE;

  switch (category)
    {
    case RIAYA_CATEGORY_CHILD:
      birth = birth_for_age (demo, admitted, chance (demo, 0.35) ? between (demo, 6, 11) : between (demo, 12, 16));
      break;
    case RIAYA_CATEGORY_ABANDONED_CHILD:
      /* Most are found or left at birth; a few are older. */
      birth = admitted - (chance (demo, 0.7) ? between (demo, 2, 180)
                          : chance (demo, 0.85) ? between (demo, 181, 1095) : between (demo, 1096, 2000));
      break;
    case RIAYA_CATEGORY_ELDERLY:
      birth = birth_for_age (demo, admitted, chance (demo, 0.55) ? between (demo, 60, 74) : between (demo, 75, 90));
      break;
    case RIAYA_CATEGORY_PUPIL:
    case RIAYA_CATEGORY_DISABLED:
    case RIAYA_CATEGORY_HOMELESS:
    case RIAYA_CATEGORY_WOMAN:
    case RIAYA_N_CATEGORIES:
    default:
      g_assert_not_reached ();
    }

  if (resident != NULL)
    birth = parse_day (riaya_resident_get_birth_date (resident));
  else
    resident = make_person (reg, category, sex, birth, admitted);

  return add_planned (reg, site, category, resident, birth, admitted, pick_referral (demo, category));
}

static guint
count_staying (GArray  *exits,
               guint32  day)
{
  guint n = 0;

  for (guint i = 0; i < exits->len; i++)
    {
      guint32 exit = g_array_index (exits, guint32, i);

      n += exit == 0 || exit > day;
    }
  return n;
}

/* Month by month, the house admits enough people to stay at its usual
 * occupancy: its people leave by the length of their stays. @over_at_end
 * takes the group just over its places in the last two months. */
static void
simulate_group (Register      *reg,
                Site           site,
                RiayaCategory  category,
                RiayaSex       sex,
                gboolean       over_at_end)
{
  Demo *demo = reg->demo;
  RiayaInstitution *institution = reg->sites[site];
  guint32 licence_day = parse_day (riaya_institution_get_licence_date (institution));
  g_autoptr(GArray) exits = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GPtrArray) gone_home = g_ptr_array_new ();
  guint level = between (demo, 820, 940), n;
  GDate month;

  /* Those present on the first day of the five years came before it. */
  n = places_on (institution, category, sex, reg->start) * level / 1000;
  for (guint i = 0; i < n; i++)
    {
      guint span = category == RIAYA_CATEGORY_ELDERLY ? 1500 : category == RIAYA_CATEGORY_CHILD ? 400 : 150;
      guint32 admitted = reg->start - 1 - pick (demo, span);
      Planned *planned;

      planned = plan_admission (reg, site, category, sex, MAX (admitted, licence_day + 30), NULL);
      plan_natural_exit (reg, planned, reg->start + between (demo, 1, 60));
      g_array_append_val (exits, planned->exited);
    }

  g_date_clear (&month, 1);
  g_date_set_julian (&month, reg->start);
  while (g_date_get_julian (&month) <= reg->end)
    {
      guint32 first = g_date_get_julian (&month);
      guint32 last = MIN (first + g_date_get_days_in_month (g_date_get_month (&month), g_date_get_year (&month)) - 1,
                          reg->end);
      guint target, present;

      level += between (demo, 0, 40);
      level = CLAMP (level, 800, 990) - 20;
      target = places_on (institution, category, sex, last) * level / 1000;
      if (over_at_end && last + 62 > reg->end)
        target = places_on (institution, category, sex, last) + between (demo, 1, 2);

      /* Children transferred here by the store count among the arrivals. */
      for (guint i = 0; i < reg->incoming->len; i++)
        {
          Planned *planned = g_ptr_array_index (reg->incoming, i);

          if (planned->site == site && planned->admitted >= first && planned->admitted <= last)
            g_array_append_val (exits, planned->exited);
        }

      for (present = count_staying (exits, last); present < target; present++)
        {
          guint32 admitted = between (demo, first, last);
          RiayaResident *returning = NULL;
          Planned *planned;

          /* Some children who went home come back within a year. */
          for (guint i = 0; i < gone_home->len && returning == NULL; i++)
            {
              Planned *before = g_ptr_array_index (gone_home, i);

              if (before->exited + 90 <= admitted && age_on (before->birth, admitted) < 17)
                {
                  returning = before->resident;
                  g_ptr_array_remove_index (gone_home, i);
                }
            }

          planned = plan_admission (reg, site, category, sex, admitted, returning);
          plan_natural_exit (reg, planned, 0);
          g_array_append_val (exits, planned->exited);
          if (category == RIAYA_CATEGORY_CHILD && planned->reason == RIAYA_EXIT_REASON_FAMILY &&
              planned->exited != 0 && chance (demo, 0.12))
            g_ptr_array_add (gone_home, planned);
        }

      for (guint i = exits->len; i > 0; i--)
        {
          guint32 exit = g_array_index (exits, guint32, i - 1);

          if (exit != 0 && exit <= last)
            g_array_remove_index_fast (exits, i - 1);
        }
      g_date_add_months (&month, 1);
    }
}

/* Pupils come in September for the years left of their cycle (collège
 * from 12, lycée from 15, a few primary pupils) and leave at the end of
 * the school year in June; a few leave during the year. Cohorts from
 * three years before the register's first day are present on it. */
static void
simulate_pupils (Register *reg,
                 RiayaSex  sex)
{
  /* family transfer adulthood autonomy death other */
  static const guint after_college[] = { 55, 0, 0, 45, 0, 0 };
  static const guint after_lycee[] = { 20, 0, 0, 80, 0, 0 };
  static const guint dropped_out[] = { 80, 0, 0, 0, 0, 20 };
  Demo *demo = reg->demo;
  RiayaInstitution *institution = reg->sites[SITE_STUDENTS];
  g_autoptr(GArray) exits = g_array_new (FALSE, FALSE, sizeof (guint32));
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, reg->start);

  for (GDateYear year = g_date_get_year (&date) - 3; ; year++)
    {
      guint32 opening = _riaya_demo_julian (year, G_DATE_SEPTEMBER, 8);
      guint target, present;

      if (opening > reg->end)
        break;
      target = places_on (institution, RIAYA_CATEGORY_PUPIL, sex, opening) * between (demo, 870, 975) / 1000;

      for (present = count_staying (exits, opening); present < target; present++)
        {
          guint roll = pick (demo, 100), age, years;
          guint32 admitted = _riaya_demo_working_day (between (demo, opening, opening + 14));
          guint32 exit, birth;
          const guint *reasons = after_college;
          RiayaResident *resident;
          Planned *planned;

          if (roll < 60)
            {
              age = between (demo, 11, 12);
              years = 3;
            }
          else if (roll < 90)
            {
              age = between (demo, 15, 16);
              years = 3;
              reasons = after_lycee;
            }
          else if (roll < 95)
            {
              age = between (demo, 8, 10);
              years = between (demo, 1, 3);
            }
          else
            {
              age = between (demo, 13, 16);
              years = between (demo, 1, 2);
            }

          exit = _riaya_demo_julian (year + years, G_DATE_JUNE, between (demo, 24, 30));
          if (chance (demo, 0.05 * years))
            {
              guint32 from = _riaya_demo_julian (year + pick (demo, years), G_DATE_OCTOBER, 15);

              exit = between (demo, from, from + 220);
              reasons = dropped_out;
            }
          g_array_append_val (exits, exit);

          /* Gone before the register's five years: not in it. */
          if (exit <= reg->start)
            continue;

          birth = birth_for_age (demo, admitted, age);
          resident = make_person (reg, RIAYA_CATEGORY_PUPIL, sex, birth, admitted);
          planned = add_planned (reg, SITE_STUDENTS, RIAYA_CATEGORY_PUPIL, resident, birth, admitted,
                                 pick_referral (demo, RIAYA_CATEGORY_PUPIL));
          plan_exit (reg, planned, exit, _riaya_demo_pick_share (demo, reasons, RIAYA_N_EXIT_REASONS));
          g_object_unref (resident);
        }
    }
}

/* The register's events in the order they happened, so that register
 * numbers follow the admission dates. */
typedef struct
{
  guint32  day;
  guint    order;
  gboolean exit;
  Planned *planned;
} Event;

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *ea = a, *eb = b;

  if (ea->day != eb->day)
    return ea->day < eb->day ? -1 : 1;
  if (ea->exit != eb->exit)
    return ea->exit ? -1 : 1;
  return ea->order < eb->order ? -1 : ea->order > eb->order;
}

static gboolean
record (RiayaStore  *store,
        Register    *reg,
        Event       *event,
        GError     **error)
{
  RiayaAdmitFlags flags = RIAYA_ADMIT_ALLOW_OVER_CAPACITY | RIAYA_ADMIT_NOT_DUPLICATE;
  Planned *planned = event->planned;
  g_autofree char *on = _riaya_demo_iso_date (event->day);
  g_autofree char *new_uuid = NULL;
  const char *destination = planned->destination;

  if (!event->exit)
    {
      g_autoptr(RiayaStay) stay = riaya_stay_new (planned->resident);

      riaya_stay_set_uuid (stay, planned->uuid);
      riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (reg->sites[planned->site]));
      riaya_stay_set_category (stay, planned->category);
      riaya_stay_set_admitted_on (stay, on);
      riaya_stay_set_referral (stay, planned->referral);
      return riaya_store_admit (store, stay, flags, error);
    }

  if (planned->next != NULL)
    destination = riaya_institution_get_uuid (reg->sites[planned->next->site]);
  if (!riaya_store_record_exit (store, planned->uuid, on, planned->reason, destination, flags,
                                planned->next != NULL ? &new_uuid : NULL, error))
    return FALSE;

  /* The store gives the stay begun by the transfer its own UUID. */
  if (planned->next != NULL)
    {
      g_free (planned->next->uuid);
      planned->next->uuid = g_steal_pointer (&new_uuid);
    }

  return TRUE;
}

static gboolean
record_all (RiayaStore  *store,
            Register    *reg,
            GError     **error)
{
  g_autoptr(GArray) events = g_array_sized_new (FALSE, FALSE, sizeof (Event), 2 * reg->planned->len);

  for (guint i = 0; i < reg->planned->len; i++)
    {
      Planned *planned = g_ptr_array_index (reg->planned, i);

      if (!planned->by_transfer)
        g_array_append_val (events, ((Event) { planned->admitted, i, FALSE, planned }));
      if (planned->exited != 0)
        g_array_append_val (events, ((Event) { planned->exited, i, TRUE, planned }));
    }
  g_array_sort (events, compare_events);

  for (guint i = 0; i < events->len; i++)
    if (!record (store, reg, &g_array_index (events, Event, i), error))
      return FALSE;

  return TRUE;
}

gboolean
_riaya_demo_fill_registers (RiayaStore  *store,
                            Demo        *demo,
                            GPtrArray   *institutions,
                            GError     **error)
{
  g_autoptr(GPtrArray) planned = g_ptr_array_new_with_free_func (planned_free);
  g_autoptr(GPtrArray) incoming = g_ptr_array_new ();
  g_autoptr(GHashTable) cnies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Register reg = {
    .demo = demo,
    .planned = planned,
    .incoming = incoming,
    .cnies = cnies,
    .start = years_after (demo->last_day + 1, -HISTORY_YEARS),
    .end = demo->last_day,
  };
  gboolean done;

  for (guint i = 0; i < institutions->len; i++)
    {
      RiayaInstitution *institution = g_ptr_array_index (institutions, i);

      for (Site site = 0; site < N_SITES; site++)
        if (riaya_institution_get_institution_type (institution) == sites[site].type)
          reg.sites[site] = institution;
    }
  for (Site site = 0; site < N_SITES; site++)
    g_assert (reg.sites[site] != NULL);

  /* The child protection home before the kafala home, which receives
   * its transfers. */
  simulate_pupils (&reg, RIAYA_SEX_MALE);
  simulate_pupils (&reg, RIAYA_SEX_FEMALE);
  simulate_group (&reg, SITE_CHILDREN, RIAYA_CATEGORY_CHILD, RIAYA_SEX_MALE, TRUE);
  simulate_group (&reg, SITE_CHILDREN, RIAYA_CATEGORY_CHILD, RIAYA_SEX_FEMALE, FALSE);
  simulate_group (&reg, SITE_CHILDREN, RIAYA_CATEGORY_ABANDONED_CHILD, RIAYA_SEX_ANY, FALSE);
  simulate_group (&reg, SITE_KAFALA, RIAYA_CATEGORY_ABANDONED_CHILD, RIAYA_SEX_ANY, FALSE);
  simulate_group (&reg, SITE_ELDERLY, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_MALE, FALSE);
  simulate_group (&reg, SITE_ELDERLY, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, FALSE);

  /* Years of admissions, then the counts computed once from the whole
   * register, all in the caller's transaction. */
  _riaya_store_set_counts_deferred (store, TRUE);
  done = record_all (store, &reg, error) && _riaya_store_recompute_counts (store, NULL, NULL, error);
  _riaya_store_set_counts_deferred (store, FALSE);

  return done;
}
