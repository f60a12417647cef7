/* riaya-text-cell.h — one line of text in a list cell, cheap to make and to measure
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RIAYA_TYPE_TEXT_CELL (riaya_text_cell_get_type ())

G_DECLARE_FINAL_TYPE (RiayaTextCell, riaya_text_cell, RIAYA, TEXT_CELL, GtkWidget)

/* A single line of text, ellipsized at its end, for the cells of a long
 * list. Unlike GtkInscription, it lays its text out only when it is drawn
 * (GTK 4.8's list view keeps about 200 rows alive, of which some 25 are
 * on screen), and it is as tall as a line of the list's font, measured
 * once for the whole list instead of once per cell. Its width is the
 * column's: it asks for none. */
GtkWidget  *riaya_text_cell_new         (void);
void        riaya_text_cell_set_text    (RiayaTextCell *self,
                                         const char    *text);
const char *riaya_text_cell_get_text    (RiayaTextCell *self);
/* Whether the text was cut, as last drawn. */
gboolean    riaya_text_cell_is_ellipsized (RiayaTextCell *self);
/* 0: at the start (the default), 1: at the end; mirrored right to left. */
void        riaya_text_cell_set_xalign  (RiayaTextCell *self,
                                         float          xalign);
/* Digits of one width, so that numbers line up (font feature tnum). */
void        riaya_text_cell_set_tabular (RiayaTextCell *self,
                                         gboolean       tabular);

/* The height of a line of the font of @widget's column view (or of
 * @widget), measured once per font for the whole list. */
int         riaya_text_cell_line_height (GtkWidget     *widget);

G_END_DECLS
