/* national-tables-plan.c — a registry that gives the published tables
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each region's institutions and places as reports.md publishes them, the
 * student houses shared among the regions in proportion (largest
 * remainders), the other types in turn. For the grants, the institutions
 * granted in year Y are the first G(Y) of a fixed shuffle of the
 * registry, with the published count; their capacity on 31 December of Y
 * adds up to the published capacity: each has a capacity line dated 1
 * July of Y (from 2016; the licence date for 2015) giving its share, and
 * every one a line of 1 January 2021 giving its places of 2021. The
 * published capacity of 2020 (113,158 places for 1,075 institutions) is
 * above the 106,262 places of all 1,204 in 2021: places were cut in
 * between, which those lines of 2021 do. Beside them, institutions that
 * must not count on 2 July 2021: four withdrawn on 1 March 2021 and one
 * suspended on 1 May 2021 (both granted in earlier years, which they
 * count in), one licensed only on 1 September 2021.
 */

#include "config.h"

#include <string.h>

#include "national-tables-plan.h"

const PublishedRegion published_regions[N_REGIONS] = {
  { "01", "Tanger-Tétouan-Al Hoceima", 119, 8847 },
  { "02", "Oriental", 68, 5819 },
  { "03", "Fès-Meknès", 167, 14001 },
  { "04", "Rabat-Salé-Kénitra", 102, 9234 },
  { "05", "Béni Mellal-Khénifra", 116, 8322 },
  { "06", "Casablanca-Settat", 120, 13341 },
  { "07", "Marrakech-Safi", 184, 17420 },
  { "08", "Drâa-Tafilalet", 126, 10223 },
  { "09", "Souss-Massa", 137, 13288 },
  { "10", "Guelmim-Oued Noun", 50, 4446 },
  { "11", "Laâyoune-Sakia El Hamra", 12, 984 },
  { "12", "Dakhla-Oued Ed-Dahab", 3, 337 },
};

const PublishedYear published_years[N_YEARS] = {
  { 930, 79012, G_GINT64_CONSTANT (14600200000), "146002000.00" },
  { 957, 81203, G_GINT64_CONSTANT (14877800000), "148778000.00" },
  { 985, 83086, G_GINT64_CONSTANT (14660380000), "146603800.00" },
  { 1023, 88525, G_GINT64_CONSTANT (15563620000), "155636200.00" },
  { 1059, 90356, G_GINT64_CONSTANT (15584000000), "155840000.00" },
  { 1075, 113158, G_GINT64_CONSTANT (12440000000), "124400000.00" },
};

const PlannedType planned_types[N_TYPES] = {
  { "kafala", "abandoned-child" },
  { "child-protection", "child" },
  { "student-house", "pupil" },
  { "disability", "disabled" },
  { "homeless", "homeless" },
  { "women", "woman" },
  { "elderly", "elderly" },
  { "samu-social", "homeless" },
};



void
plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->institutions, g_ptr_array_unref);
  g_clear_pointer (&plan->granting, g_ptr_array_unref);
}

/* @total shared among @n parts in proportion to @weights (largest
 * remainders), into @shares. */
static void
apportion (guint        total,
           const guint *weights,
           guint        n,
           guint       *shares)
{
  guint64 sum = 0, given = 0;
  g_autofree guint64 *remainders = g_new0 (guint64, n);

  for (guint i = 0; i < n; i++)
    sum += weights[i];
  for (guint i = 0; i < n; i++)
    {
      shares[i] = (guint) ((guint64) total * weights[i] / sum);
      remainders[i] = (guint64) total * weights[i] % sum;
      given += shares[i];
    }
  while (given < total)
    {
      guint best = 0;

      for (guint i = 1; i < n; i++)
        if (remainders[i] > remainders[best])
          best = i;
      shares[best]++;
      remainders[best] = 0;
      given++;
    }
}

/* Provinces of each region, from "riaya-cli territory list". */
static GPtrArray **
read_provinces (CliFixture *fixture)
{
  g_autofree char *csv = cli_ok (fixture, "territory", "list", "--format", "csv", NULL);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  GPtrArray **provinces = g_new0 (GPtrArray *, N_REGIONS);

  g_assert_true (g_str_has_prefix (lines[0], "code,kind,region_code,"));
  for (guint r = 0; r < N_REGIONS; r++)
    provinces[r] = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", 4);
      guint region = (guint) g_ascii_strtoull (fields[2], NULL, 10);

      g_assert_true (region >= 1 && region <= N_REGIONS);
      if (!g_str_equal (fields[1], "region"))
        g_ptr_array_add (provinces[region - 1], g_strdup (fields[0]));
    }

  return provinces;
}

static Planned *
planned_new (const char *licence,
             const char *licence_date,
             const char *province,
             guint       region,
             guint       type,
             guint       places)
{
  Planned *planned = g_new0 (Planned, 1);

  g_strlcpy (planned->licence, licence, sizeof planned->licence);
  g_strlcpy (planned->licence_date, licence_date, sizeof planned->licence_date);
  g_strlcpy (planned->province, province, sizeof planned->province);
  planned->region = region;
  planned->type = type;
  planned->places = places;
  for (guint y = 0; y < N_YEARS; y++)
    planned->year_places[y] = places;
  return planned;
}

void
plan_registry (CliFixture *fixture,
               Plan       *plan)
{
  GPtrArray **provinces = read_provinces (fixture);
  guint counts[N_REGIONS], places[N_REGIONS], houses[N_REGIONS], house_places[N_REGIONS];
  g_autoptr(GPtrArray) registry = g_ptr_array_new ();
  guint number = 0, other_type = 0;

  plan->institutions = g_ptr_array_new_with_free_func (g_free);
  plan->granting = g_ptr_array_new ();

  for (guint r = 0; r < N_REGIONS; r++)
    {
      counts[r] = published_regions[r].institutions;
      places[r] = published_regions[r].places;
    }
  apportion (STUDENT_HOUSES, counts, N_REGIONS, houses);
  apportion (STUDENT_PLACES, places, N_REGIONS, house_places);

  for (guint r = 0; r < N_REGIONS; r++)
    {
      guint others = counts[r] - houses[r];
      guint other_places = places[r] - house_places[r];

      /* Each institution has a place at least. */
      g_assert_cmpuint (house_places[r], >=, houses[r]);
      g_assert_cmpuint (other_places, >=, others);

      for (guint i = 0; i < counts[r]; i++)
        {
          gboolean house = i < houses[r];
          guint n = house ? houses[r] : others;
          guint k = house ? i : i - houses[r];
          guint pool = house ? house_places[r] : other_places;
          guint type = house ? STUDENT_HOUSE : (other_type++ % (N_TYPES - 1));
          g_autofree char *licence = g_strdup_printf ("N-%04u", ++number);
          g_autofree char *date = g_strdup_printf ("%u-%02u-%02u", 2008 + number % 6, 1 + number % 12, 1 + number % 28);
          GPtrArray *region_provinces = provinces[r];

          if (!house && type >= STUDENT_HOUSE)
            type++;
          g_ptr_array_add (registry,
                           planned_new (licence, date,
                                        g_ptr_array_index (region_provinces, number % region_provinces->len),
                                        r, type, pool / n + (k < pool % n ? 1 : 0)));
        }
    }
  g_assert_cmpuint (registry->len, ==, INSTITUTIONS);

  /* Those that do not count on 2 July 2021, granted first. */
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *licence = g_strdup_printf ("W-%u", i + 1);
      Planned *withdrawn = planned_new (licence, "2012-02-01", g_ptr_array_index (provinces[6], i), 6,
                                        i % 2 == 0 ? STUDENT_HOUSE : 6, 40 + i);

      withdrawn->event = "withdrawn";
      g_ptr_array_add (plan->institutions, withdrawn);
      g_ptr_array_add (plan->granting, withdrawn);
    }
  {
    Planned *suspended = planned_new ("S-1", "2011-05-10", g_ptr_array_index (provinces[8], 0), 8, 1, 60);

    suspended->event = "suspended";
    g_ptr_array_add (plan->institutions, suspended);
    g_ptr_array_add (plan->granting, suspended);
    g_ptr_array_add (plan->institutions,
                     planned_new ("L-1", "2021-09-01", g_ptr_array_index (provinces[2], 0), 2, STUDENT_HOUSE, 80));
  }

  /* The registry in a fixed shuffle: 487 is prime to 1,204. */
  for (guint j = 0; j < INSTITUTIONS; j++)
    g_ptr_array_add (plan->granting, g_ptr_array_index (registry, (j * 487) % INSTITUTIONS));
  for (guint i = 0; i < registry->len; i++)
    g_ptr_array_add (plan->institutions, g_ptr_array_index (registry, i));
  for (guint i = 0; i < plan->institutions->len; i++)
    ((Planned *) g_ptr_array_index (plan->institutions, i))->part = i % N_PARTS;
  g_ptr_array_set_free_func (registry, NULL);

  /* The capacity of the first G(Y) on 31 December of Y: the published
   * figure shared among them. */
  for (guint y = 0; y < N_YEARS; y++)
    for (guint j = 0; j < published_years[y].institutions; j++)
      {
        Planned *granted = g_ptr_array_index (plan->granting, j);
        guint n = published_years[y].institutions;

        granted->year_places[y] = published_years[y].capacity / n + (j < published_years[y].capacity % n ? 1 : 0);
      }

  for (guint r = 0; r < N_REGIONS; r++)
    g_ptr_array_unref (provinces[r]);
  g_free (provinces);
}

void
plan_append_capacity (GString       *out,
                      const Planned *planned)
{
  const char *category = planned_types[planned->type].category;
  /* Student houses are for boys or for girls (Dar Talib, Dar Taliba). */
  const char *sex = planned->type == STUDENT_HOUSE ? (planned->licence[strlen (planned->licence) - 1] % 2 ? "m" : "f")
                    : g_str_equal (planned_types[planned->type].code, "women") ? "f" : "any";
  guint previous = planned->year_places[0];

  /* From the licence date: the places of 2015. */
  g_string_append_printf (out, "%s:%s:%u", category, sex, previous);
  /* A change dated 1 July counts from that day: on 31 December. */
  for (guint y = 1; y < N_YEARS; y++)
    if (planned->year_places[y] != previous)
      {
        previous = planned->year_places[y];
        g_string_append_printf (out, ";%s:%s:%u:%u-07-01", category, sex, previous, FIRST_YEAR + y);
      }
  if (planned->places != previous)
    g_string_append_printf (out, ";%s:%s:%u:2021-01-01", category, sex, planned->places);
}
