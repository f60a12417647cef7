/* riaya-occupancy.h — people present against licensed capacity
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Occupancy compares the people present on a date, by category and sex,
 * with the capacity lines in force on that date (riaya-capacity.h). The
 * places of a category form one group per sex when licensed per sex, or
 * one group for the whole category when any of its lines is for either
 * sex ("any"). People of a category or sex with no places at all form a
 * group of 0 places: they are over capacity.
 */

#pragma once

#include <gio/gio.h>

#include "riaya-enums.h"

G_BEGIN_DECLS

/* People present by category and sex (index 0 male, 1 female). */
typedef struct
{
  guint present[RIAYA_N_CATEGORIES][2];
} RiayaPresence;

/* One group of places. @sex is RIAYA_SEX_ANY for a whole category. */
typedef struct
{
  RiayaCategory category;
  RiayaSex      sex;
  guint         places;
  guint         present;
} RiayaOccupancyGroup;

/* Adds @count people of @category and @sex (m or f) to @presence. */
void      riaya_presence_add               (RiayaPresence             *presence,
                                            RiayaCategory              category,
                                            RiayaSex                   sex,
                                            guint                      count);
guint     riaya_presence_total             (const RiayaPresence       *presence);

/* The groups on @on, in category then sex order: one per group of places
 * in force, plus one of 0 places for people present outside them.
 * (transfer full) a GArray of RiayaOccupancyGroup. */
GArray   *riaya_occupancy_groups           (GListModel                *capacity_lines,
                                            const char                *on,
                                            const RiayaPresence       *presence);
/* The same groups from the places in force on the day, per category and
 * sex (riaya_capacity_lines_on summed; 0 where no line is in force), for
 * the store and the reports, which read capacity as rows rather than
 * objects. (transfer full) */
GArray   *riaya_occupancy_groups_for_places (const guint                places[RIAYA_N_CATEGORIES][RIAYA_N_SEXES],
                                             const RiayaPresence       *presence);
gboolean  riaya_occupancy_group_is_full    (const RiayaOccupancyGroup *group);
gboolean  riaya_occupancy_group_is_over    (const RiayaOccupancyGroup *group);
/* Whether any group of @groups is over capacity. */
gboolean  riaya_occupancy_any_over         (GArray                    *groups);

/* Whether one more person of @category and @sex fits on @on. Either way
 * @group (nullable) receives the group they would join, its present
 * count not yet including them — the numbers a confirmation names. */
gboolean  riaya_occupancy_admission_fits   (GListModel                *capacity_lines,
                                            const char                *on,
                                            const RiayaPresence       *presence,
                                            RiayaCategory              category,
                                            RiayaSex                   sex,
                                            RiayaOccupancyGroup       *group);

G_END_DECLS
