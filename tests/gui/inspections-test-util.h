/* inspections-test-util.h — a registry with visits, and acting on the inspections page
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gui-test-util.h"
#include "riaya-inspections-page.h"
#include "riaya-store-inspections.h"

G_BEGIN_DECLS

/* @today moved by @days; 15 June of the year @years before @today's. */
char      *inspections_test_shift_day        (const char           *today,
                                              int                   days);
char      *inspections_test_years_ago        (const char           *today,
                                              guint                 years);
/* "\u2066@date\u2069": a date as the page shows it, whole right to left. */
char      *inspections_test_isolated         (const char           *date);

/* A valid visit (three of four members present) of @licence done on
 * @done_on, through the store. */
void       inspections_test_record_visit     (RiayaStore           *store,
                                              const char           *licence,
                                              const char           *done_on);
/* On gui_test_seed_small_registry(): valid visits to every institution
 * but EPS-T-004 (see inspections-test-util.c). */
void       inspections_test_seed_visits      (const char           *db_path,
                                              const char           *today);

/* The button on screen inside @root that activates @action with the
 * string @target (the data "riaya-action" and "riaya-target" of the
 * page's row buttons), or NULL. */
GtkWidget *inspections_test_find_row_button  (GtkWidget            *root,
                                              const char           *action,
                                              const char           *target);
/* The column view on screen inside @root, or NULL. */
GtkWidget *inspections_test_find_shown_list  (GtkWidget            *root);
/* Whether the label of @day of the month shown is drawn as marked: on
 * screen, with the class visit-day that style.css underlines. */
gboolean   inspections_test_day_is_shown_marked (GtkCalendar       *calendar,
                                                 guint              day);
/* What a click does: "clicked" at once (gtk_widget_activate presses the
 * button for a moment first). */
void       inspections_test_click            (GtkWidget            *button);

/* The result of an export, from RiayaInspectionsPage::exported. */
typedef struct
{
  gboolean  done;
  char     *path;
  char     *message;
} InspectionsExport;

/* Exports the visits to @path as the export action does once a file is
 * chosen, and waits for the result. */
void       inspections_test_export           (RiayaInspectionsPage *page,
                                              const char           *path,
                                              InspectionsExport    *export);

G_END_DECLS
