/* riaya-status-cell.h — a licence status as a coloured badge in a list cell
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "riaya-core.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_STATUS_CELL (riaya_status_cell_get_type ())

G_DECLARE_FINAL_TYPE (RiayaStatusCell, riaya_status_cell, RIAYA, STATUS_CELL, GtkWidget)

/* The badge of riaya_ui_set_status_badge() (style.css), drawn by the cell
 * itself: a label would be measured again, and lay the whole list out
 * again, each time a row shows another status — some 70 rows on each
 * keystroke of a search. This cell is as tall as a line of the list
 * whatever it shows, and only redraws. */
GtkWidget          *riaya_status_cell_new        (void);
/* -1: no badge (an empty row). */
void                riaya_status_cell_set_status (RiayaStatusCell *self,
                                                  int              status);
/* The label shown, or NULL. */
const char         *riaya_status_cell_get_text   (RiayaStatusCell *self);
/* @n_late > 0 draws a round mark "!" after the badge: the institution
 * has late grants (a tranche or a justification past due). */
void                riaya_status_cell_set_late   (RiayaStatusCell *self,
                                                  guint            n_late);
guint               riaya_status_cell_get_late   (RiayaStatusCell *self);
/* What the mark means, in words (tooltip, screen readers); NULL for 0. */
char               *riaya_status_cell_dup_late_text (guint         n_late);

G_END_DECLS
