/* riaya-register-window-private.h — the register window, for its own files, the tests and the bench
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-occupancy-gauge.h"
#include "riaya-register-window.h"

G_BEGIN_DECLS

/* Search as the search entry does: the list is filtered before this
 * returns. Words of digits match a register number or an age exactly;
 * other words must occur in the folded names, CNIE or category. */
void                 riaya_register_window_set_search_text (RiayaRegisterWindow *self,
                                                            const char          *text);
/* The rows the search lets through. */
guint                riaya_register_window_get_n_visible   (RiayaRegisterWindow *self);
/* The stay shown at @position of the list as sorted and searched, or
 * NULL. (transfer none) */
RiayaStay           *riaya_register_window_get_visible_stay (RiayaRegisterWindow *self,
                                                             guint                position);
/* Whether the register is being read in a worker thread. */
gboolean             riaya_register_window_is_loading      (RiayaRegisterWindow *self);
/* Everyone who ever stayed (TRUE), or those present on the date. */
void                 riaya_register_window_set_everyone    (RiayaRegisterWindow *self,
                                                            gboolean             everyone);
/* Sorts as a click on a column's header does: @column is "number",
 * "last-name", "first-name", "sex", "age", "category", "admitted",
 * "referral", "exited" or "exit-reason". */
void                 riaya_register_window_sort_by         (RiayaRegisterWindow *self,
                                                            const char          *column,
                                                            gboolean             descending);
/* Selects the row at @position (GTK_INVALID_LIST_POSITION: none). */
void                 riaya_register_window_select          (RiayaRegisterWindow *self,
                                                            guint                position);
/* The footer line, e.g. "12 present on 23 November 2026". */
const char          *riaya_register_window_get_count_text  (RiayaRegisterWindow *self);
/* The over-capacity banner's text, or NULL when it is hidden. */
const char          *riaya_register_window_get_over_text   (RiayaRegisterWindow *self);
RiayaOccupancyGauge *riaya_register_window_get_gauge       (RiayaRegisterWindow *self);
/* Whether names are shown: FALSE in a database without registers. */
gboolean             riaya_register_window_shows_names     (RiayaRegisterWindow *self);

/* What the printing file needs (riaya-register-print.c). */
RiayaContext        *_riaya_register_window_get_context    (RiayaRegisterWindow *self);
RiayaInstitution    *_riaya_register_window_get_institution (RiayaRegisterWindow *self);
/* The stays loaded, in register-number order, whatever the search.
 * (transfer full) GListModel of RiayaStay. */
GListModel          *_riaya_register_window_dup_stays      (RiayaRegisterWindow *self);
gboolean             _riaya_register_window_get_everyone   (RiayaRegisterWindow *self);
void                 _riaya_register_window_show_toast     (RiayaRegisterWindow *self,
                                                            const char          *message);
/* The stay of the row selected, or NULL. (transfer none) */
RiayaStay           *_riaya_register_window_get_selected_stay (RiayaRegisterWindow *self);
/* A dialog saved something: reads the register and the occupancy again
 * and tells whoever shows the institution's presence. */
void                 _riaya_register_window_changed        (RiayaRegisterWindow *self);

/* riaya-register-window-actions.c: admit, exit, print and save as PDF,
 * with their shortcuts. */
void                 _riaya_register_window_class_add_actions (GtkWidgetClass   *widget_class);
/* riaya-register-window-columns.c: the list's columns, their cells and
 * sorters, for a view of RiayaRegisterRow sorting RiayaRegisterEntry. */
void                 _riaya_register_columns_add           (GtkColumnView       *view);
/* The column of id @id (see riaya_register_window_sort_by()), or NULL. */
GtkColumnViewColumn *_riaya_register_column_find           (GtkColumnView       *view,
                                                            const char          *id);

/* riaya-register-window-counts.c: a date in words ("23 November 2026",
 * in the interface language); the banner's words for the groups over
 * capacity (NULL when none); and the counts of a database without
 * registers, filled into @box. */
char                *_riaya_register_format_date           (const char          *iso_date);
char                *_riaya_register_over_text             (GArray              *groups);
void                 _riaya_register_counts_fill           (GtkBox              *box,
                                                            RiayaStore          *store,
                                                            const char          *institution_uuid,
                                                            const char          *date);

G_END_DECLS
