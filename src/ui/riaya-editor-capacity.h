/* riaya-editor-capacity.h — licensed capacity in the institution editor
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-core.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_EDITOR_CAPACITY (riaya_editor_capacity_get_type ())

G_DECLARE_FINAL_TYPE (RiayaEditorCapacity, riaya_editor_capacity, RIAYA, EDITOR_CAPACITY, AdwBin)

/* Shows the capacity of @draft today, on any date and over time, and adds
 * new dated lines to it (saved with the institution). Emits
 * RiayaEditorCapacity::changed when lines are added. */
RiayaEditorCapacity *riaya_editor_capacity_new         (RiayaInstitution    *draft);
/* The licence date or the type changed: check the form again. */
void                 riaya_editor_capacity_revalidate  (RiayaEditorCapacity *self);
/* "capacity-category", "capacity-sex", "capacity-places",
 * "capacity-date" (effective date) or "capacity-on" (capacity on a date). */
GtkWidget           *riaya_editor_capacity_get_field   (RiayaEditorCapacity *self,
                                                        const char          *name);
/* What is wrong with the line being entered, or NULL. */
const char          *riaya_editor_capacity_get_message (RiayaEditorCapacity *self);
/* The answer of "capacity on a date": a number of places, or a sentence. */
const char          *riaya_editor_capacity_get_on_date_text (RiayaEditorCapacity *self);
/* The total shown for today. */
guint                riaya_editor_capacity_get_total_today (RiayaEditorCapacity *self);

G_END_DECLS
