/* riaya-demo.c — fictitious demo data at national scale
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo registry looks like the published national tables (reports.md):
 * about 1,310 institutions spread over the regions as in the ministry's
 * table of 1,204 licences, three quarters of them student houses, about
 * 115,000 places. Everything comes from one GRand with a fixed seed, UUIDs
 * included, so that the same scale always gives the same registry. Names
 * of associations and directors are assembled from common pieces and
 * belong to nobody; phone numbers are in the unallocated 0500 range.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-demo.h"
#include "riaya-demo-private.h"
#include "riaya-demo-tables.h"
#include "riaya-store-private.h"

#define DEMO_SEED       0x52696179u   /* "Riay" */
#define DEMO_MAX_SCALE  100

/* Demo, HouseKind and the generator helpers: riaya-demo-private.h. */

/* A version 4 UUID whose random bits come from the demo's generator, so
 * that two loads give the same identifiers. */
char *
_riaya_demo_make_uuid (Demo *demo)
{
  guint8 bytes[16];

  for (guint i = 0; i < 16; i += 4)
    {
      guint32 word = g_rand_int (demo->rand);

      bytes[i] = word >> 24;
      bytes[i + 1] = word >> 16;
      bytes[i + 2] = word >> 8;
      bytes[i + 3] = word;
    }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5],
                          bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11],
                          bytes[12], bytes[13], bytes[14], bytes[15]);
}

guint32
_riaya_demo_julian (GDateYear  year,
                    GDateMonth month,
                    GDateDay   day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* Administrations act on working days: a weekend moves to the Monday. */
guint32
_riaya_demo_working_day (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  switch (g_date_get_weekday (&date))
    {
    case G_DATE_SATURDAY:
      return day + 2;
    case G_DATE_SUNDAY:
      return day + 1;
    default:
      return day;
    }
}

char *
_riaya_demo_iso_date (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return riaya_date_to_iso (&date);
}

guint32
_riaya_demo_parse_day (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!riaya_date_parse (iso, &date, NULL))
    g_assert_not_reached ();
  return g_date_get_julian (&date);
}

guint
_riaya_demo_pick_share (Demo        *demo,
                        const guint *shares,
                        guint        n_shares)
{
  guint total = 0, roll;

  for (guint i = 0; i < n_shares; i++)
    total += shares[i];

  roll = pick (demo, total);
  for (guint i = 0; i < n_shares; i++)
    {
      if (roll < shares[i])
        return i;
      roll -= shares[i];
    }

  g_assert_not_reached ();
}

static guint32
pick_licence_day (Demo *demo)
{
  guint year_index = _riaya_demo_pick_share (demo, licences_per_year, G_N_ELEMENTS (licences_per_year));
  GDateYear year = FIRST_LICENCE_YEAR + year_index;
  guint32 first = MAX (_riaya_demo_julian (year, G_DATE_JANUARY, 1), demo->first_day);
  guint32 last = _riaya_demo_julian (year, G_DATE_DECEMBER, 31);

  /* Leave room at the end of the history for a first event or two. */
  if (year_index == G_N_ELEMENTS (licences_per_year) - 1)
    last = _riaya_demo_julian (year, G_DATE_OCTOBER, 31);

  return _riaya_demo_working_day (between (demo, first, last));
}

static guint
split_places (Demo  *demo,
              guint  total,
              guint  low_percent,
              guint  high_percent)
{
  return even (total * between (demo, low_percent, high_percent) / 100);
}

static void
add_places (Places        *places,
            guint         *n_places,
            RiayaCategory  category,
            RiayaSex       sex,
            guint          count)
{
  places[*n_places] = (Places) { category, sex, count };
  (*n_places)++;
}


/* Licensed places by category and sex, within what the type serves (Law
 * 65.15 art. 3). Sizes follow the published capacity table: student
 * houses about 80 places, shelters for homeless people the largest,
 * kafala homes and women's centres small. */
static guint
plan_places (Demo                 *demo,
             RiayaInstitutionType  type,
             HouseKind             house,
             Places               *places)
{
  guint n = 0, total, boys;

  switch (type)
    {
    case RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE:
      total = chance (demo, 0.04) ? between (demo, 150, 240)
                                  : 24 + between (demo, 0, 54) + between (demo, 0, 54);
      total = even (total);
      if (house == HOUSE_BOYS)
        add_places (places, &n, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, total);
      else if (house == HOUSE_GIRLS)
        add_places (places, &n, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, total);
      else
        {
          boys = split_places (demo, total, 45, 60);
          add_places (places, &n, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, boys);
          add_places (places, &n, RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, even (total - boys));
        }
      break;

    case RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION:
      total = 25 + between (demo, 0, 90) + between (demo, 0, 90);
      boys = split_places (demo, total, 40, 60);
      add_places (places, &n, RIAYA_CATEGORY_CHILD, RIAYA_SEX_MALE, boys);
      add_places (places, &n, RIAYA_CATEGORY_CHILD, RIAYA_SEX_FEMALE, even (total - boys));
      /* Judges place abandoned children here pending kafala (Law 15.01). */
      if (chance (demo, 0.3))
        add_places (places, &n, RIAYA_CATEGORY_ABANDONED_CHILD, RIAYA_SEX_ANY, even (between (demo, 6, 20)));
      break;

    case RIAYA_INSTITUTION_TYPE_KAFALA:
      total = 15 + between (demo, 0, 25) + between (demo, 0, 25);
      add_places (places, &n, RIAYA_CATEGORY_ABANDONED_CHILD, RIAYA_SEX_ANY, even (total));
      break;

    case RIAYA_INSTITUTION_TYPE_DISABILITY:
      total = 20 + between (demo, 0, 60) + between (demo, 0, 60);
      boys = split_places (demo, total, 45, 65);
      add_places (places, &n, RIAYA_CATEGORY_DISABLED, RIAYA_SEX_MALE, boys);
      add_places (places, &n, RIAYA_CATEGORY_DISABLED, RIAYA_SEX_FEMALE, even (total - boys));
      break;

    case RIAYA_INSTITUTION_TYPE_ELDERLY:
      total = 20 + between (demo, 0, 70) + between (demo, 0, 70);
      boys = split_places (demo, total, 40, 60);
      add_places (places, &n, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_MALE, boys);
      add_places (places, &n, RIAYA_CATEGORY_ELDERLY, RIAYA_SEX_FEMALE, even (total - boys));
      break;

    case RIAYA_INSTITUTION_TYPE_WOMEN:
      total = 15 + between (demo, 0, 30) + between (demo, 0, 30);
      add_places (places, &n, RIAYA_CATEGORY_WOMAN, RIAYA_SEX_FEMALE, even (total));
      break;

    case RIAYA_INSTITUTION_TYPE_HOMELESS:
      total = 60 + between (demo, 0, 150) + between (demo, 0, 150);
      boys = split_places (demo, total, 60, 80);
      add_places (places, &n, RIAYA_CATEGORY_HOMELESS, RIAYA_SEX_MALE, boys);
      add_places (places, &n, RIAYA_CATEGORY_HOMELESS, RIAYA_SEX_FEMALE, even (total - boys));
      break;

    case RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL:
      /* Group care takes anyone (art. 3): mostly people in the street. */
      add_places (places, &n, RIAYA_CATEGORY_HOMELESS, RIAYA_SEX_ANY,
                  even (10 + between (demo, 0, 20) + between (demo, 0, 20)));
      if (chance (demo, 0.5))
        add_places (places, &n, RIAYA_CATEGORY_CHILD, RIAYA_SEX_ANY, even (between (demo, 5, 15)));
      break;

    case RIAYA_N_INSTITUTION_TYPES:
    default:
      g_assert_not_reached ();
    }

  return n;
}

/* "Dar Taliba Tighdouine", and when the commune already has one, "Dar
 * Taliba Al Amal Tighdouine": names stay distinct within a province. */
static void
set_names (Demo             *demo,
           RiayaInstitution *institution,
           const Pair       *stem,
           const Pair       *commune)
{
  g_autofree char *fr = g_strdup_printf ("%s %s", stem->fr, commune->fr);
  g_autofree char *ar = g_strdup_printf ("%s %s", stem->ar, commune->ar);

  for (guint attempt = 0; g_hash_table_contains (demo->names, fr); attempt++)
    {
      const Pair *word = PICK (demo, association_words);

      g_free (fr);
      g_free (ar);
      if (attempt < 4)
        {
          fr = g_strdup_printf ("%s %s %s", stem->fr, word->fr, commune->fr);
          ar = g_strdup_printf ("%s %s %s", stem->ar, word->ar, commune->ar);
        }
      else
        {
          fr = g_strdup_printf ("%s %s %s %u", stem->fr, word->fr, commune->fr, attempt - 2);
          ar = g_strdup_printf ("%s %s %s %u", stem->ar, word->ar, commune->ar, attempt - 2);
        }
    }

  riaya_institution_set_name_fr (institution, fr);
  riaya_institution_set_name_ar (institution, ar);
  g_hash_table_add (demo->names, g_steal_pointer (&fr));
}

/* The founder, director and address are single fields that people fill
 * in one language or the other: about half the demo writes them in
 * Arabic. */
static void
set_people_and_address (Demo                 *demo,
                        RiayaInstitution     *institution,
                        const DemoProvince   *province,
                        RiayaInstitutionType  type,
                        HouseKind             house,
                        const Pair           *commune,
                        gboolean              has_director)
{
  gboolean arabic = chance (demo, 0.45);
  const Pair *word = PICK (demo, association_words);
  const Pair *purpose = &type_words[type].purpose;
  static const Pair girls_purpose = { "pour la scolarisation de la fille rurale", "لتمدرس الفتاة القروية" };
  gboolean woman_director;
  g_autofree char *founder = NULL, *address = NULL;

  if (type == RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE && house == HOUSE_GIRLS)
    purpose = &girls_purpose;
  founder = arabic ? g_strdup_printf ("جمعية %s %s", word->ar, purpose->ar)
                   : g_strdup_printf ("Association %s %s", word->fr, purpose->fr);
  riaya_institution_set_founder (institution, founder);

  woman_director = chance (demo, (house == HOUSE_GIRLS || type == RIAYA_INSTITUTION_TYPE_WOMEN) ? 0.9 :
                                 type == RIAYA_INSTITUTION_TYPE_KAFALA ? 0.7 : 0.35);
  if (has_director)
    {
      const Pair *first = woman_director ? PICK (demo, first_names_f) : PICK (demo, first_names_m);
      const Pair *family = PICK (demo, family_names);
      g_autofree char *director = g_strdup_printf ("%s %s", arabic ? first->ar : first->fr,
                                                   arabic ? family->ar : family->fr);

      riaya_institution_set_director (institution, director);
    }

  if (province->urban)
    {
      guint number = between (demo, 1, 240);
      const Pair *street = PICK (demo, streets);
      const Pair *quarter = PICK (demo, quarters);

      address = arabic ? g_strdup_printf ("%u، زنقة %s، %s، %s", number, street->ar, quarter->ar, commune->ar)
                       : g_strdup_printf ("%u, rue %s, %s, %s", number, street->fr, quarter->fr, commune->fr);
    }
  else if (type == RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE)
    {
      /* Student houses board rural pupils next to their school. */
      address = arabic ? g_strdup_printf ("مركز %s، قرب الإعدادية", commune->ar)
                       : g_strdup_printf ("%s centre, près du collège", commune->fr);
    }
  else
    {
      address = arabic ? g_strdup_printf ("مركز %s", commune->ar)
                       : g_strdup_printf ("%s centre", commune->fr);
    }
  riaya_institution_set_address (institution, address);

  if (chance (demo, 0.9))
    {
      g_autofree char *phone = g_strdup_printf ("0500 %06u", between (demo, 0, 999999));

      riaya_institution_set_phone (institution, phone);
    }
}

static const Pair *
house_stem (RiayaInstitutionType type,
            HouseKind            house)
{
  if (type == RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE && house == HOUSE_GIRLS)
    return &student_house_girls;
  if (type == RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE && house == HOUSE_MIXED)
    return &student_house_mixed;
  return &type_words[type].stem;
}

static RiayaInstitution *
make_institution (Demo               *demo,
                  const DemoProvince *province)
{
  g_autoptr(RiayaInstitution) institution = riaya_institution_new ();
  g_autofree char *uuid = _riaya_demo_make_uuid (demo);
  g_autofree char *licence_date = NULL;
  RiayaInstitutionType type;
  HouseKind house = HOUSE_BOYS;
  const Pair *commune;
  Places places[4];
  guint n_communes = 0, n_places, total;
  guint32 licence_day;
  gboolean has_director;

  while (n_communes < G_N_ELEMENTS (province->communes) && province->communes[n_communes].fr != NULL)
    n_communes++;

  type = _riaya_demo_pick_share (demo, province->urban ? type_share_urban : type_share_rural, RIAYA_N_INSTITUTION_TYPES);
  commune = &province->communes[pick (demo, n_communes)];
  if (type == RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE)
    {
      guint roll = pick (demo, 100);

      house = roll < 50 ? HOUSE_BOYS : roll < 85 ? HOUSE_GIRLS : HOUSE_MIXED;
    }

  licence_day = pick_licence_day (demo);
  licence_date = _riaya_demo_iso_date (licence_day);
  has_director = !chance (demo, 0.06);

  riaya_institution_set_uuid (institution, uuid);
  riaya_institution_set_institution_type (institution, type);
  riaya_institution_set_licence_date (institution, licence_date);
  /* Law 65.15 applies only since its decree of February 2021 (art. 44);
   * about half the licences granted since fall under it. */
  riaya_institution_set_legal_basis (institution,
                                     licence_day >= demo->law_65_15_day && chance (demo, 0.5)
                                       ? RIAYA_LEGAL_BASIS_65_15 : RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_province_code (institution, province->code);
  riaya_institution_set_commune (institution, commune->fr);
  set_names (demo, institution, house_stem (type, house), commune);
  set_people_and_address (demo, institution, province, type, house, commune, has_director);
  riaya_institution_set_services (institution, _riaya_demo_services_for (demo, type));

  n_places = plan_places (demo, type, house, places);
  total = _riaya_demo_make_history (demo, institution, licence_day, places, n_places);
  _riaya_demo_set_staff (demo, institution, type, total, has_director);

  return g_steal_pointer (&institution);
}

RiayaInstitution *
_riaya_demo_make_director_institution (Demo                 *demo,
                                       const char           *province_code,
                                       guint                 commune_index,
                                       RiayaInstitutionType  type,
                                       HouseKind             house,
                                       guint32               licence_day,
                                       const Places         *places,
                                       guint                 n_places)
{
  g_autoptr(RiayaInstitution) institution = riaya_institution_new ();
  g_autofree char *uuid = _riaya_demo_make_uuid (demo);
  g_autofree char *licence_date = _riaya_demo_iso_date (licence_day);
  const DemoProvince *province = NULL;
  const Pair *commune;
  guint total = 0;

  for (guint p = 0; p < G_N_ELEMENTS (provinces) && province == NULL; p++)
    if (g_str_equal (provinces[p].code, province_code))
      province = &provinces[p];
  g_assert (province != NULL && commune_index < G_N_ELEMENTS (province->communes));
  commune = &province->communes[commune_index];
  g_assert (commune->fr != NULL);

  riaya_institution_set_uuid (institution, uuid);
  riaya_institution_set_institution_type (institution, type);
  riaya_institution_set_licence_date (institution, licence_date);
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_province_code (institution, province->code);
  riaya_institution_set_commune (institution, commune->fr);
  set_names (demo, institution, house_stem (type, house), commune);
  set_people_and_address (demo, institution, province, type, house, commune, TRUE);
  riaya_institution_set_services (institution, _riaya_demo_services_for (demo, type));

  _riaya_demo_grant (demo, institution, licence_day, places, n_places);
  for (guint i = 0; i < n_places; i++)
    total += places[i].places;
  _riaya_demo_set_staff (demo, institution, type, total, TRUE);

  return g_steal_pointer (&institution);
}

static int
compare_by_licence_date (gconstpointer a,
                         gconstpointer b)
{
  RiayaInstitution *ia = *(RiayaInstitution **) a;
  RiayaInstitution *ib = *(RiayaInstitution **) b;
  int by_date = g_strcmp0 (riaya_institution_get_licence_date (ia), riaya_institution_get_licence_date (ib));

  /* UUIDs break ties: the order must not depend on the sort's stability. */
  return by_date != 0 ? by_date
                      : g_strcmp0 (riaya_institution_get_uuid (ia), riaya_institution_get_uuid (ib));
}

/* Institutions per province at scale 1: one each at least, the rest of
 * the region's count shared by weight (largest remainders). */
static void
share_out_regions (guint *counts)
{
  for (guint region = 0; region < G_N_ELEMENTS (region_counts); region++)
    {
      guint first = G_N_ELEMENTS (provinces), last = 0, weights = 0, rest, given = 0;
      guint remainders[G_N_ELEMENTS (provinces)];

      for (guint p = 0; p < G_N_ELEMENTS (provinces); p++)
        {
          if ((guint) g_ascii_strtoull (provinces[p].code, NULL, 10) != region + 1)
            continue;
          first = MIN (first, p);
          last = p;
          weights += provinces[p].weight;
        }
      g_assert (first <= last && region_counts[region] >= last - first + 1);

      rest = region_counts[region] - (last - first + 1);
      for (guint p = first; p <= last; p++)
        {
          counts[p] = 1 + rest * provinces[p].weight / weights;
          remainders[p] = rest * provinces[p].weight % weights;
          given += counts[p] - 1;
        }
      for (; given < rest; given++)
        {
          guint best = first;

          for (guint p = first; p <= last; p++)
            if (remainders[p] > remainders[best])
              best = p;
          counts[best]++;
          remainders[best] = 0;
        }
    }
}

/* The national registry at @scale; for a delegate, only the institutions
 * of @province_code. The whole registry is made either way, so that an
 * institution is the same, down to its UUID and its counts, in a
 * delegate's demo and in the national one. */
static GPtrArray *
make_registry (Demo       *demo,
               guint       scale,
               const char *province_code)
{
  g_autoptr(GPtrArray) institutions = g_ptr_array_new_full (1311 * scale, g_object_unref);
  guint counts[G_N_ELEMENTS (provinces)];
  GPtrArray *kept;

  share_out_regions (counts);

  for (guint p = 0; p < G_N_ELEMENTS (provinces); p++)
    {
      guint start = institutions->len;
      guint n = counts[p] * scale;

      g_hash_table_remove_all (demo->names);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (institutions, make_institution (demo, &provinces[p]));

      /* Licence numbers follow the order of the licences in the province. */
      qsort (institutions->pdata + start, n, sizeof (gpointer), compare_by_licence_date);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *number = g_strdup_printf ("EPS-%s-%04u", provinces[p].code, i + 1);

          riaya_institution_set_licence_number (g_ptr_array_index (institutions, start + i), number);
        }
    }

  if (province_code == NULL)
    return g_steal_pointer (&institutions);

  kept = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < institutions->len; i++)
    {
      RiayaInstitution *institution = g_ptr_array_index (institutions, i);

      if (g_strcmp0 (riaya_institution_get_province_code (institution), province_code) == 0)
        g_ptr_array_add (kept, g_object_ref (institution));
    }

  /* Every province of the reference has institutions; a code outside
   * the demo's table (not possible once the store checked it) would get
   * the whole registry rather than nothing. */
  if (kept->len == 0)
    {
      g_ptr_array_unref (kept);
      return g_steal_pointer (&institutions);
    }

  return kept;
}

/* The institutions, their counts or registers, their grants and the demo
 * mark go in together: a database is never left holding demo data that
 * does not say so, nor institutions without their people. */
static gboolean
load_in_transaction (RiayaStore    *store,
                     Demo          *demo,
                     RiayaProfile   profile,
                     GPtrArray     *institutions,
                     GError       **error)
{
  guint failed = G_MAXUINT;
  gboolean filled;

  if (!_riaya_store_begin (store, error))
    return FALSE;

  if (!riaya_store_add_institutions (store, institutions, &failed, error))
    {
      _riaya_store_rollback (store);
      if (failed < institutions->len)
        g_prefix_error (error, "%s: ",
                        riaya_institution_get_licence_number (g_ptr_array_index (institutions, failed)));
      return FALSE;
    }

  /* Marked first: the store then marks the counts put as demo data. */
  if (!riaya_store_set_demo (store, TRUE, error))
    {
      _riaya_store_rollback (store);
      return FALSE;
    }

  /* Visits in every profile (issue 5), before the people and the
   * grants: a suspension or a withdrawal they decide empties the counts
   * and stops the grants, as the licence's history then says. */
  filled = _riaya_demo_put_inspections (store, demo, institutions, profile == RIAYA_PROFILE_DIRECTOR, error);

  if (filled && profile == RIAYA_PROFILE_DIRECTOR)
    filled = _riaya_demo_fill_registers (store, demo, institutions, error);
  else if (filled)
    filled = _riaya_demo_put_counts (store, demo, institutions, error);

  /* Grants in every profile: they hold no personal data (issue 4). */
  filled = filled && _riaya_demo_put_grants (store, demo, institutions, error);

  if (!filled)
    {
      _riaya_store_rollback (store);
      return FALSE;
    }

  return _riaya_store_commit (store, error);
}

/* The demo follows the profile (issue 3): national staff and delegates
 * hold counts, never names, so their demo is the national registry (a
 * delegate's: their province's part of it) with five years of quarterly
 * counts; a director holds the registers of the few institutions they
 * run, so their demo is a few institutions of one province with five
 * years of admissions and exits. */
gboolean
riaya_demo_load (RiayaStore  *store,
                 guint        scale,
                 GError     **error)
{
  g_autoptr(GPtrArray) institutions = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autofree char *province_code = NULL;
  RiayaProfile profile = RIAYA_PROFILE_NATIONAL;
  guint existing;
  gboolean loaded;
  Demo demo;

  g_return_val_if_fail (RIAYA_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (scale < 1 || scale > DEMO_MAX_SCALE)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                   /* Translators: %u is the largest scale allowed */
                   _("The scale of the demo data is a whole number from 1 (national scale) to %u."),
                   DEMO_MAX_SCALE);
      return FALSE;
    }

  existing = riaya_store_count_institutions (store);
  if (existing > 0)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_EMPTY,
                   /* Translators: %u is a number of institutions */
                   ngettext ("This database already holds %u institution: demo data goes only into an empty database. Create a new database for the demo.",
                             "This database already holds %u institutions: demo data goes only into an empty database. Create a new database for the demo.",
                             existing),
                   existing);
      return FALSE;
    }

  /* Without a profile yet, the demo is what national staff see. */
  if (!riaya_store_get_profile (store, &profile, &province_code))
    profile = RIAYA_PROFILE_NATIONAL;

  rand = g_rand_new_with_seed (DEMO_SEED);
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  demo = (Demo) {
    .rand = rand,
    .names = names,
    .first_day = _riaya_demo_julian (2007, G_DATE_SEPTEMBER, 3),
    .law_65_15_day = _riaya_demo_julian (2021, G_DATE_MARCH, 1),
    .last_day = _riaya_demo_julian (2025, G_DATE_DECEMBER, 31),
  };

  if (profile == RIAYA_PROFILE_DIRECTOR)
    institutions = _riaya_demo_make_director_institutions (&demo);
  else
    institutions = make_registry (&demo, scale,
                                  profile == RIAYA_PROFILE_DELEGATE ? province_code : NULL);

  /* A load writes hundreds of thousands of rows (a million count lines
   * and 130,000 grants at scale 10) at places of their tables that UUID
   * keys scatter, all in one transaction. With SQLite's default cache of
   * 2 MB the pages go back and forth to the WAL file, and each count's
   * savepoint keeps its undo pages in a temporary file. For the load,
   * both stay in memory (64 MB of cache at most); then back to SQLite's
   * defaults, which the store does not change. Only faster: a failure
   * (temp_store cannot change inside a caller's transaction) is no
   * reason to refuse. */
  _riaya_store_exec (store, "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY", NULL);
  loaded = load_in_transaction (store, &demo, profile, institutions, error);
  _riaya_store_exec (store, "PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT", NULL);

  return loaded;
}
