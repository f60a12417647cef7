/* riaya-inspections-page.h — the inspection programme, follow-ups and calendar of visits
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"
#include "riaya-store-inspections.h"
#include "riaya-visit-editor.h"

G_BEGIN_DECLS

/* One institution of the programme, as a list item. */
#define RIAYA_TYPE_PROGRAMME_ENTRY (riaya_programme_entry_get_type ())

G_DECLARE_FINAL_TYPE (RiayaProgrammeEntry, riaya_programme_entry, RIAYA, PROGRAMME_ENTRY, GObject)

/* Takes @item. */
RiayaProgrammeEntry      *riaya_programme_entry_new      (RiayaProgrammeItem  *item);
const RiayaProgrammeItem *riaya_programme_entry_get_item (RiayaProgrammeEntry *self);

#define RIAYA_TYPE_INSPECTIONS_PAGE (riaya_inspections_page_get_type ())

G_DECLARE_FINAL_TYPE (RiayaInspectionsPage, riaya_inspections_page, RIAYA, INSPECTIONS_PAGE, AdwBin)

/* The filters of the sidebar, in their order. */
typedef enum
{
  RIAYA_INSPECTIONS_FILTER_YEAR,      /* the programme's year: no "All" entry */
  RIAYA_INSPECTIONS_FILTER_REGION,
  RIAYA_INSPECTIONS_FILTER_PROVINCE,
  RIAYA_INSPECTIONS_N_FILTERS
} RiayaInspectionsFilterKind;

RiayaInspectionsPage *riaya_inspections_page_new           (RiayaContext         *context);

/* The day the page judges on — the programme, what is overdue, the
 * follow-ups due, the month first shown: today unless set (for tests, or
 * to look ahead); NULL goes back to today. Setting it chooses the
 * programme year of that day again and reloads. */
void                  riaya_inspections_page_set_today     (RiayaInspectionsPage *self,
                                                            const char           *today);
const char           *riaya_inspections_page_get_today     (RiayaInspectionsPage *self);
/* The programme year the page would choose on @today: the next year from
 * 1 October (the programme is adopted before the year starts, decree
 * 2.19.693 art. 7), else this year. */
guint                 riaya_inspections_page_default_year  (const char           *today);
guint                 riaya_inspections_page_get_year      (RiayaInspectionsPage *self);
/* Chooses @year in the year drop-down, if offered; FALSE otherwise. */
gboolean              riaya_inspections_page_set_year      (RiayaInspectionsPage *self,
                                                            guint                 year);

/* Reads the programme, the follow-ups due and the visits of the month
 * shown again, in worker threads; RiayaInspectionsPage::loaded is emitted
 * when all are shown. The first load waits until the page is shown. */
void                  riaya_inspections_page_reload        (RiayaInspectionsPage *self);
gboolean              riaya_inspections_page_is_loading    (RiayaInspectionsPage *self);

/* The sidebar's drop-down for @kind. */
GtkDropDown          *riaya_inspections_page_get_filter    (RiayaInspectionsPage *self,
                                                            RiayaInspectionsFilterKind kind);
/* Every region and province, the year the page would choose. */
void                  riaya_inspections_page_clear_filters (RiayaInspectionsPage *self);

/* The view shown: "programme", "follow-ups" or "calendar". */
void                  riaya_inspections_page_show_view     (RiayaInspectionsPage *self,
                                                            const char           *name);
const char           *riaya_inspections_page_get_view      (RiayaInspectionsPage *self);

/* The programme shown, most urgent first (GListModel of
 * RiayaProgrammeEntry), and its count line: "12 institutions to visit ·
 * 3 never inspected · 5 past their legal period". */
GListModel           *riaya_inspections_page_get_programme (RiayaInspectionsPage *self);
const char           *riaya_inspections_page_get_programme_summary (RiayaInspectionsPage *self);
/* The recorded visits whose follow-up is due (GListModel of
 * RiayaInspection), oldest due first. */
GListModel           *riaya_inspections_page_get_follow_ups (RiayaInspectionsPage *self);

/* The calendar: the month shown (1–12) and its visits, or every visit
 * still to do (planned or overdue) when "All Upcoming Visits" is on. */
GtkCalendar          *riaya_inspections_page_get_calendar  (RiayaInspectionsPage *self);
void                  riaya_inspections_page_show_month    (RiayaInspectionsPage *self,
                                                            guint                 year,
                                                            guint                 month);
void                  riaya_inspections_page_get_month     (RiayaInspectionsPage *self,
                                                            guint                *year,
                                                            guint                *month);
void                  riaya_inspections_page_set_upcoming  (RiayaInspectionsPage *self,
                                                            gboolean              upcoming);
/* The visits of the agenda, in date order (GListModel of RiayaInspection). */
GListModel           *riaya_inspections_page_get_agenda    (RiayaInspectionsPage *self);
/* The agenda's heading: "Visits in November 2026", "Upcoming Visits". */
const char           *riaya_inspections_page_get_agenda_heading (RiayaInspectionsPage *self);

/* Opens the visit editor on @visit (as activating it in the agenda does). */
void                  riaya_inspections_page_open_visit    (RiayaInspectionsPage *self,
                                                            RiayaInspection      *visit);
/* Opens the visit editor on a new visit: of @institution_uuid (NULL: the
 * user chooses), on @date (NULL: none yet), of @kind, following @follows
 * (NULL: none). */
void                  riaya_inspections_page_plan_visit    (RiayaInspectionsPage *self,
                                                            const char           *institution_uuid,
                                                            const char           *date,
                                                            RiayaVisitKind        kind,
                                                            const char           *follows);
/* The day "Schedule…" proposes for a visit to @item in @year: its next
 * due date when it falls in the year, else the first day of the year
 * still to come — a working day (not a Saturday or a Sunday) when the
 * year has one left. (transfer full) */
char                 *riaya_inspections_page_propose_date  (const RiayaProgrammeItem *item,
                                                            guint                 year,
                                                            const char           *today);
/* The visit editor open from this page, or NULL. */
RiayaVisitEditor     *riaya_inspections_page_get_editor    (RiayaInspectionsPage *self);

/* Writes the visits the filters cover, and those cancelled, to an
 * iCalendar file at @path, without asking where (the export action asks
 * with a file chooser). The result is told in a toast, and by
 * RiayaInspectionsPage::exported (the path, or NULL and the message). */
void                  riaya_inspections_page_export_ics_to (RiayaInspectionsPage *self,
                                                            const char           *path);

G_END_DECLS
