/* gui-test-util.h — opening the real window on a test database
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-application.h"
#include "riaya-window.h"

G_BEGIN_DECLS

/* Prints the TAP skip line and returns TRUE when there is no display. */
gboolean          gui_test_skip_without_display (void);

/* A new database in a fresh temporary folder, its profile chosen
 * (national staff) unless @profile is FALSE. Returns its path. */
char             *gui_test_new_database         (gboolean          profile);
/* Seeds @path with a small, known registry (see gui-test-util.c). */
void              gui_test_seed_small_registry  (const char       *path);
RiayaInstitution *gui_test_institution_new      (const char       *licence,
                                                 const char       *name_fr,
                                                 const char       *name_ar,
                                                 RiayaInstitutionType type,
                                                 const char       *province,
                                                 RiayaCategory     category,
                                                 guint             places);

/* Registers and activates the real application on @db_path (automatic
 * backups off) and returns its window, shown and painted. */
RiayaWindow      *gui_test_open_window          (RiayaApplication **app,
                                                 const char        *db_path);
/* Closes every window of @app and drops it. */
void              gui_test_close_app            (RiayaApplication  *app);

/* Waits for @n frames of @widget's window to be painted (after-paint),
 * with a time limit; FALSE on time out. Never sleeps. */
gboolean          gui_test_wait_for_frames      (GtkWidget         *widget,
                                                 guint              n);
/* Waits until the page has loaded its list. */
gboolean          gui_test_wait_for_list        (RiayaInstitutionsPage *page);
/* Spins the main loop until @condition (checked after each iteration)
 * holds or the time is up. */
gboolean          gui_test_wait_until           (gboolean         (*condition) (gpointer),
                                                 gpointer           data);

/* Types @text into an editable as a user does: replaces its content. */
void              gui_test_type                 (GtkWidget         *editable,
                                                 const char        *text);
/* Chooses the entry labelled @label in a combo row or drop-down. */
gboolean          gui_test_choose               (GtkWidget         *combo,
                                                 const char        *label);

/* Whether a label or a list cell that is on screen inside @widget shows
 * exactly @text: what a person would see. */
gboolean          gui_test_shows_text           (GtkWidget         *widget,
                                                 const char        *text);

/* The first widget of @type inside @root (depth first), or NULL. */
GtkWidget        *gui_test_find_widget          (GtkWidget         *root,
                                                 GType              type);

/* Renders @window's content offscreen to a PNG (toolchain.md §6). */
gboolean          gui_test_save_png             (GtkWindow         *window,
                                                 const char        *path,
                                                 GError           **error);

G_END_DECLS
