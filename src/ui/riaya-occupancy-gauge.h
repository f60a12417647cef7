/* riaya-occupancy-gauge.h — people present against places, per group
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "riaya-core.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_OCCUPANCY_GAUGE (riaya_occupancy_gauge_get_type ())

G_DECLARE_FINAL_TYPE (RiayaOccupancyGauge, riaya_occupancy_gauge, RIAYA, OCCUPANCY_GAUGE, GtkWidget)

/* One row per group of places (riaya_occupancy_groups): the category and
 * sex, a level bar, and "present / places"; styled "full" at capacity and
 * "over" (warning colour, with words, not colour alone) beyond it. */
GtkWidget *riaya_occupancy_gauge_new        (void);
/* @groups: GArray of RiayaOccupancyGroup, or NULL for "no count". */
void       riaya_occupancy_gauge_set_groups (RiayaOccupancyGauge *self,
                                             GArray              *groups);
/* Whether a group is over capacity (for tests and the window's banner). */
gboolean   riaya_occupancy_gauge_is_over    (RiayaOccupancyGauge *self);

/* The name of a group of places: its category, and the sex its places
 * are for ("Schoolchildren · male"). */
char      *riaya_occupancy_group_dup_label  (const RiayaOccupancyGroup *group);

G_END_DECLS
