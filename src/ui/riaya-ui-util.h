/* riaya-ui-util.h — small helpers shared by the pages
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "riaya-core.h"

G_BEGIN_DECLS

/* A count with its digits grouped as the interface language writes them:
 * "115,214" in English and Arabic, "115 214" (narrow no-break space) in
 * French. */
char       *riaya_ui_format_count        (guint64             count);
/* The same into @buffer, of at least RIAYA_UI_COUNT_BUF_SIZE bytes, for
 * list cells, which format a number on each row. */
#define RIAYA_UI_COUNT_BUF_SIZE 48
void        riaya_ui_format_count_buf    (guint64             count,
                                          char               *buffer,
                                          gsize               size);

/* An amount of money for people: its digits grouped and the decimal mark
 * of the interface language, then the unit: "1,500.50 DH" in English,
 * "1 500,50 DH" in French, "1,500.50 د.م." in Arabic. */
char       *riaya_ui_format_money        (gint64              centimes);

/* The number of late grants of an institution (a tranche or a
 * justification past due), kept with it when the institutions list is
 * loaded (riaya_store_count_late_grants); 0 when none. */
guint       riaya_ui_get_late_grants     (RiayaInstitution   *institution);
void        riaya_ui_set_late_grants     (RiayaInstitution   *institution,
                                          guint               n_late);

/* Shows a licence status as a coloured badge: its label, and a CSS class
 * status-<code> that style.css colours. */
void        riaya_ui_set_status_badge    (GtkLabel           *label,
                                          RiayaLicenceStatus  status);

/* Shows where a grant stands as a coloured badge: its label ("Late" in
 * the error colours, "Open", "Closed"), and a CSS class grant-<code>. */
void        riaya_ui_set_grant_status_badge (GtkLabel        *label,
                                          RiayaGrantStatus    status);

/* Gives the text of an entry holding user text in @language ("ar", "fr",
 * or "ltr" for numbers and codes) its own base direction, whatever the
 * interface language. */
void        riaya_ui_set_text_direction  (GtkWidget          *widget,
                                          const char         *language);

/* @text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE
 * (U+2068, U+2069), to put a file name, a path or a name typed by someone
 * inside a sentence: its own direction then neither takes over nor
 * scrambles the sentence's ("/home/…/riaya-01.511.xml" in Arabic). */
char       *riaya_ui_isolate             (const char         *text);

/* A factory for drop-downs and combo rows whose labels ellipsize instead
 * of widening the sidebar; the popup list shows them whole. */
GtkListItemFactory *riaya_ui_ellipsizing_factory_new (void);

/* The entries of a filter drop-down: @all_label ("All regions") first,
 * then the display names of @territories — regions, or the provinces of
 * @region_code (NULL: all) sorted by name. @codes receives the code of each
 * entry, NULL for the first. (transfer full) */
GtkStringList *riaya_ui_filter_names      (const char         *all_label);
GtkStringList *riaya_ui_region_filter_names   (GListModel     *regions,
                                               const char     *all_label,
                                               GPtrArray      *codes);
GtkStringList *riaya_ui_province_filter_names (GListModel     *provinces,
                                               const char     *region_code,
                                               const char     *all_label,
                                               GPtrArray      *codes);
/* Labels for a GtkStringList cut at @max_chars (with the whole text on
 * hover), or never cut when @max_chars is 0 (for popup lists). */
GtkListItemFactory *riaya_ui_label_factory_new       (int                 max_chars);

G_END_DECLS
