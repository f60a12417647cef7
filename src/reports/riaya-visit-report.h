/* riaya-visit-report.h — the report of a control committee's visit
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the members present sign after a visit (Law 65.15 arts 26–29,
 * decree 2.19.693 arts 7–9): the institution and its licence, the visit
 * and its quorum, the checklist, the staffing norms on the day, the
 * findings, the decision and its deadline, the corrective actions, then
 * one line per member of the committee to sign. In Arabic (right to left)
 * or French whatever the interface's language, on A4 portrait pages
 * numbered "page N of M". Drawn with Pango and cairo only, so that
 * riaya-cli writes the same PDF as the GUI prints.
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "riaya-inspection.h"
#include "riaya-staffing.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_VISIT_REPORT (riaya_visit_report_get_type ())

G_DECLARE_FINAL_TYPE (RiayaVisitReport, riaya_visit_report, RIAYA, VISIT_REPORT, GObject)

/* The report of @visit (recorded or only planned) to @institution:
 * @staffing_needs (RiayaStaffingNeed, nullable: none known) computed for
 * @present people on the visit's date; @language "ar" or "fr" (the
 * document's language, whatever the interface's). Copies of what it is
 * given: a later change does not move what was counted. */
RiayaVisitReport *riaya_visit_report_new        (RiayaInspection  *visit,
                                                 RiayaInstitution *institution,
                                                 GArray           *staffing_needs,
                                                 guint             present,
                                                 const char       *language);

/* Lays the report out for pages of @width × @height points (the
 * printable area); returns the number of pages. Call before drawing, and
 * again when the page size changes. @cr is any context of the target
 * (for font metrics). */
guint             riaya_visit_report_paginate   (RiayaVisitReport *self,
                                                 cairo_t          *cr,
                                                 double            width,
                                                 double            height);
/* Draws page @page_index (0-based) at the origin of @cr. */
void              riaya_visit_report_draw_page  (RiayaVisitReport *self,
                                                 cairo_t          *cr,
                                                 guint             page_index);

/* Writes the report of @visit as a PDF file at @path (A4 portrait), all
 * or nothing: a temporary file is renamed over @path only when complete.
 * The arguments are those of riaya_visit_report_new(). */
gboolean          riaya_visit_report_write_pdf  (RiayaInspection  *visit,
                                                 RiayaInstitution *institution,
                                                 GArray           *staffing_needs,
                                                 guint             present,
                                                 const char       *language,
                                                 const char       *path,
                                                 GError          **error);

G_END_DECLS
