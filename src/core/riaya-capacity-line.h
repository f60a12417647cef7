/* riaya-capacity-line.h — licensed places for one category and sex from a date
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A change of capacity is a new dated line, never an edit of an old one, so
 * that the capacity on any past date is known (riaya-capacity.h).
 */

#pragma once

#include <glib-object.h>

#include "riaya-enums.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_CAPACITY_LINE (riaya_capacity_line_get_type ())

G_DECLARE_FINAL_TYPE (RiayaCapacityLine, riaya_capacity_line, RIAYA, CAPACITY_LINE, GObject)

RiayaCapacityLine *riaya_capacity_line_new                (RiayaCategory      category,
                                                           RiayaSex           sex,
                                                           guint              places,
                                                           const char        *effective_date);
const char        *riaya_capacity_line_get_uuid           (RiayaCapacityLine *self);
void               riaya_capacity_line_set_uuid           (RiayaCapacityLine *self,
                                                           const char        *uuid);
RiayaCategory      riaya_capacity_line_get_category       (RiayaCapacityLine *self);
RiayaSex           riaya_capacity_line_get_sex            (RiayaCapacityLine *self);
guint              riaya_capacity_line_get_places         (RiayaCapacityLine *self);
const char        *riaya_capacity_line_get_effective_date (RiayaCapacityLine *self);

G_END_DECLS
