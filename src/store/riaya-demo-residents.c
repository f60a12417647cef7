/* riaya-demo-residents.c — the people of the demo's registers
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A director's demo holds registers (riaya-demo-registers.c) of people
 * assembled from common names (riaya-demo-people.h) who belong to nobody:
 * the fields of decree 2.19.693 art. 11, in Arabic or in French as
 * registers are written, with a family or legal representative fitting
 * the category. Everything comes from the demo's generator: the same
 * calls in the same order give the same people.
 */

#include "config.h"

#include "riaya-demo-people.h"
#include "riaya-demo-private.h"

/* Full years of age on @day. */
guint
_riaya_demo_age_on (guint32 birth,
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
make_cnie (Demo       *demo,
           GHashTable *cnies)
{
  for (;;)
    {
      const char *letters = *PICK (demo, cnie_prefixes);
      char *cnie = g_strdup_printf ("%s%06u", letters, between (demo, 10000, 999999));

      if (!g_hash_table_contains (cnies, cnie))
        {
          g_hash_table_add (cnies, cnie);
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
set_parent (Demo          *demo,
            GHashTable    *cnies,
            RiayaResident *resident,
            RiayaCategory  category,
            GDateYear      born,
            gboolean       arabic,
            const Pair    *family)
{
  gboolean father = chance (demo, 0.75);
  const Pair *first = first_name (demo, father, born - between (demo, 22, 40));
  const Pair *last = father ? family : PICK (demo, family_names_people);
  const Pair *situation = category == RIAYA_CATEGORY_PUPIL && chance (demo, 0.4) ? &far_from_school
                                                                                   : PICK (demo, situations);
  g_autofree char *name = NULL;
  g_autofree char *cnie = make_cnie (demo, cnies);
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
set_relative (Demo          *demo,
              RiayaResident *resident,
              GDateYear      born,
              gboolean       arabic,
              const Pair    *family)
{
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
RiayaResident *
_riaya_demo_make_person (Demo          *demo,
                         GHashTable    *cnies,
                         RiayaCategory  category,
                         RiayaSex       sex,
                         guint32        birth,
                         guint32        admitted)
{
  RiayaResident *resident = riaya_resident_new ();
  g_autofree char *uuid = _riaya_demo_make_uuid (demo);
  g_autofree char *birth_date = _riaya_demo_iso_date (birth);
  gboolean arabic = chance (demo, 0.5), male = sex == RIAYA_SEX_MALE;
  const Pair *family = PICK (demo, family_names_people);
  const Pair *place, *status, *health;
  guint age = _riaya_demo_age_on (birth, admitted);

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
      g_autofree char *cnie = make_cnie (demo, cnies);

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
        set_relative (demo, resident, year_of (birth), arabic, family);
    }
  else
    set_parent (demo, cnies, resident, category, year_of (birth), arabic, family);

  return resident;
}
