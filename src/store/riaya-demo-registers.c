/* riaya-demo-registers.c — the registers of a director's demo
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A director holds the register of Law 65.15 art. 28: their demo is a few
 * institutions of one province, each with five years of admissions and
 * exits made through the store's register API, so that the counts are
 * the store's own recomputation. The stays are planned first, house by
 * house and month by month, then recorded in the order they happened.
 * National staff and delegates get counts instead (riaya-demo-counts.c).
 *
 * Everything comes from fixed seeds: the same profile gives the same
 * demo.
 */

#include "config.h"

#include "riaya-demo-people.h"
#include "riaya-demo-private.h"
#include "riaya-store-private.h"
#include "riaya-store-residents.h"

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
    birth = _riaya_demo_parse_day (riaya_resident_get_birth_date (resident));
  else
    resident = _riaya_demo_make_person (reg->demo, reg->cnies, category, sex, birth, admitted);

  return add_planned (reg, site, category, resident, birth, admitted, _riaya_demo_pick_referral (demo, category));
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
  guint32 licence_day = _riaya_demo_parse_day (riaya_institution_get_licence_date (institution));
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

              if (before->exited + 90 <= admitted && _riaya_demo_age_on (before->birth, admitted) < 17)
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
          resident = _riaya_demo_make_person (reg->demo, reg->cnies, RIAYA_CATEGORY_PUPIL, sex, birth, admitted);
          planned = add_planned (reg, SITE_STUDENTS, RIAYA_CATEGORY_PUPIL, resident, birth, admitted,
                                 _riaya_demo_pick_referral (demo, RIAYA_CATEGORY_PUPIL));
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
    .start = years_after (demo->last_day + 1, -DEMO_HISTORY_YEARS),
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
