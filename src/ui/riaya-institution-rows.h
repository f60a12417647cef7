/* riaya-institution-rows.h — the rows of the registry list, which keep their widgets
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "riaya-core.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_INSTITUTION_ROW (riaya_institution_row_get_type ())

G_DECLARE_FINAL_TYPE (RiayaInstitutionRow, riaya_institution_row, RIAYA, INSTITUTION_ROW, GObject)

/* The institution the row shows now; RiayaInstitutionRow:institution is
 * notified when another takes its place (NULL once the row is gone). */
RiayaInstitution     *riaya_institution_row_get_institution (RiayaInstitutionRow *self);

#define RIAYA_TYPE_INSTITUTION_ROWS (riaya_institution_rows_get_type ())

G_DECLARE_FINAL_TYPE (RiayaInstitutionRows, riaya_institution_rows, RIAYA, INSTITUTION_ROWS, GObject)

/* A GListModel of RiayaInstitutionRow, one per item of @institutions (a
 * GListModel of RiayaInstitution), for the list view only. The row at a
 * position stays the same object while the position exists: when the
 * institutions change, each row in use is given the institution now at
 * its position, and only a change in their number is told as
 * items-changed, at the end. The view thus keeps the widgets of its rows
 * and sets new text in them, instead of making rows anew on each
 * keystroke of a search (GTK 4.8 does not recycle rows). Rows past the
 * institutions' end, while the number of rows catches up, show nothing
 * (a NULL institution). */
RiayaInstitutionRows *riaya_institution_rows_new            (GListModel          *institutions);
/* The list's vertical adjustment: with it, rows beyond the screen are
 * made or destroyed in steps after the change is shown (see the .c);
 * without it, all at once. */
void                  riaya_institution_rows_set_adjustment (RiayaInstitutionRows *self,
                                                             GtkAdjustment        *adjustment);

/* Makes the row at @position exist now, if an institution is there, for
 * the selection to reach it while the rows catch up. */
void                  riaya_institution_rows_reach          (RiayaInstitutionRows *self,
                                                             guint                 position);

G_END_DECLS
