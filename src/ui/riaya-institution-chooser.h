/* riaya-institution-chooser.h — find an institution by typing, and choose it
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "riaya-core.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_INSTITUTION_CHOOSER (riaya_institution_chooser_get_type ())

G_DECLARE_FINAL_TYPE (RiayaInstitutionChooser, riaya_institution_chooser, RIAYA, INSTITUTION_CHOOSER, GtkPopover)

/* A popover with a search entry over the list of @institutions
 * (GListModel of RiayaInstitution; a reference is kept): words typed are
 * looked for in the names in both languages, the licence number, the
 * commune and the founder, whatever the accents or the case. Choosing a
 * row emits RiayaInstitutionChooser::chosen and closes the popover. */
GtkWidget        *riaya_institution_chooser_new             (GListModel              *institutions);
void              riaya_institution_chooser_set_institutions (RiayaInstitutionChooser *self,
                                                             GListModel              *institutions);
/* The search entry, as a user types into it. */
GtkEditable      *riaya_institution_chooser_get_entry       (RiayaInstitutionChooser *self);
/* The institutions the search lets through, in the order shown. */
GListModel       *riaya_institution_chooser_get_visible     (RiayaInstitutionChooser *self);
/* Chooses the row at @position of the visible list, as a click does. */
void              riaya_institution_chooser_activate        (RiayaInstitutionChooser *self,
                                                             guint                    position);

G_END_DECLS
