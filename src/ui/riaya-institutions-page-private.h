/* riaya-institutions-page-private.h — shared between the page's files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-institutions-page.h"

G_BEGIN_DECLS

/* Adds the columns (name, licence, type, province, places, status) with
 * their cell factories and sorters (riaya-institutions-columns.c). */
void        _riaya_institutions_columns_add          (GtkColumnView *view,
                                                      RiayaContext  *context);
/* The column's stable id ("name", "licence"…), saved in sort-column. */
const char *_riaya_institutions_column_get_id        (GtkColumnViewColumn *column);
/* The primary sort column's id (NULL: unsorted) and order, read by
 * comparing rows of @items; FALSE when @items is empty. */
gboolean    _riaya_institutions_columns_probe        (GtkColumnView *view,
                                                      GListModel    *items,
                                                      const char   **id,
                                                      gboolean      *descending);
/* The collation key of the display name, kept with the institution;
 * made in the loading thread. Forget it when the names change. */
const char *_riaya_institutions_name_key             (RiayaInstitution *institution);
void        _riaya_institutions_name_key_forget      (RiayaInstitution *institution);
GtkColumnViewColumn *_riaya_institutions_column_find (GtkColumnView *view,
                                                      const char    *id);

G_END_DECLS
