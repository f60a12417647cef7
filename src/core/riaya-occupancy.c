/* riaya-occupancy.c — people present against licensed capacity
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Law 65.15 art. 3: judicial placements must respect the institution's
 * capacity; the Cour des comptes found institutions over it. Occupancy
 * makes that visible per group of places.
 */

#include "config.h"

#include "riaya-capacity.h"
#include "riaya-occupancy.h"

static guint
sex_index (RiayaSex sex)
{
  return sex == RIAYA_SEX_FEMALE ? 1 : 0;
}

void
riaya_presence_add (RiayaPresence *presence,
                    RiayaCategory  category,
                    RiayaSex       sex,
                    guint          count)
{
  g_return_if_fail (presence != NULL);
  g_return_if_fail ((guint) category < RIAYA_N_CATEGORIES);
  g_return_if_fail (sex == RIAYA_SEX_MALE || sex == RIAYA_SEX_FEMALE);

  presence->present[category][sex_index (sex)] += count;
}

guint
riaya_presence_total (const RiayaPresence *presence)
{
  guint total = 0;

  g_return_val_if_fail (presence != NULL, 0);

  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    total += presence->present[c][0] + presence->present[c][1];

  return total;
}

static void
append_group (GArray        *groups,
              RiayaCategory  category,
              RiayaSex       sex,
              guint          places,
              guint          present)
{
  RiayaOccupancyGroup group = { category, sex, places, present };

  g_array_append_val (groups, group);
}

GArray *
riaya_occupancy_groups (GListModel          *capacity_lines,
                        const char          *on,
                        const RiayaPresence *presence)
{
  g_autoptr(GPtrArray) lines = riaya_capacity_lines_on (capacity_lines, on);
  guint places[RIAYA_N_CATEGORIES][RIAYA_N_SEXES] = { { 0 } };

  /* Lines in force hold at least one place (riaya_capacity_lines_on). */
  for (guint i = 0; i < lines->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (lines, i);

      places[riaya_capacity_line_get_category (line)][riaya_capacity_line_get_sex (line)] +=
        riaya_capacity_line_get_places (line);
    }

  return riaya_occupancy_groups_for_places (places, presence);
}

GArray *
riaya_occupancy_groups_for_places (const guint          places[RIAYA_N_CATEGORIES][RIAYA_N_SEXES],
                                   const RiayaPresence *presence)
{
  static const RiayaPresence nobody;
  GArray *groups = g_array_new (FALSE, TRUE, sizeof (RiayaOccupancyGroup));

  g_return_val_if_fail (places != NULL, groups);

  if (presence == NULL)
    presence = &nobody;

  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    {
      const guint *licensed = places[c];
      guint present_m = presence->present[c][0];
      guint present_f = presence->present[c][1];

      if (licensed[RIAYA_SEX_ANY] > 0)
        {
          /* Places for either sex: the category is one group, and any
           * places kept for one sex add to it. */
          append_group (groups, c, RIAYA_SEX_ANY,
                        licensed[RIAYA_SEX_ANY] + licensed[RIAYA_SEX_MALE] + licensed[RIAYA_SEX_FEMALE],
                        present_m + present_f);
          continue;
        }

      if (licensed[RIAYA_SEX_MALE] > 0 || present_m > 0)
        append_group (groups, c, RIAYA_SEX_MALE, licensed[RIAYA_SEX_MALE], present_m);
      if (licensed[RIAYA_SEX_FEMALE] > 0 || present_f > 0)
        append_group (groups, c, RIAYA_SEX_FEMALE, licensed[RIAYA_SEX_FEMALE], present_f);
    }

  return groups;
}

gboolean
riaya_occupancy_group_is_full (const RiayaOccupancyGroup *group)
{
  g_return_val_if_fail (group != NULL, FALSE);
  return group->places > 0 && group->present == group->places;
}

gboolean
riaya_occupancy_group_is_over (const RiayaOccupancyGroup *group)
{
  g_return_val_if_fail (group != NULL, FALSE);
  return group->present > group->places;
}

gboolean
riaya_occupancy_any_over (GArray *groups)
{
  g_return_val_if_fail (groups != NULL, FALSE);

  for (guint i = 0; i < groups->len; i++)
    if (riaya_occupancy_group_is_over (&g_array_index (groups, RiayaOccupancyGroup, i)))
      return TRUE;

  return FALSE;
}

gboolean
riaya_occupancy_admission_fits (GListModel          *capacity_lines,
                                const char          *on,
                                const RiayaPresence *presence,
                                RiayaCategory        category,
                                RiayaSex             sex,
                                RiayaOccupancyGroup *group)
{
  g_autoptr(GArray) groups = NULL;
  RiayaOccupancyGroup joined = { category, sex, 0, 0 };

  g_return_val_if_fail ((guint) category < RIAYA_N_CATEGORIES, FALSE);
  g_return_val_if_fail (sex == RIAYA_SEX_MALE || sex == RIAYA_SEX_FEMALE, FALSE);

  groups = riaya_occupancy_groups (capacity_lines, on, presence);

  for (guint i = 0; i < groups->len; i++)
    {
      RiayaOccupancyGroup *candidate = &g_array_index (groups, RiayaOccupancyGroup, i);

      if (candidate->category == category &&
          (candidate->sex == RIAYA_SEX_ANY || candidate->sex == sex))
        {
          joined = *candidate;
          break;
        }
    }

  if (group != NULL)
    *group = joined;

  return joined.present + 1 <= joined.places;
}
