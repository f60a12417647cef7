/* riaya-report-document.h — a national table on paper
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report (riaya-report.h) as pages: every page headed with the report's
 * title, what it is computed for (a date, a period, years), the source
 * database, the date printed and "page N of M"; the chart on the first
 * page when the report has one; then the table, its column headers
 * repeated on every page, the total and percentage rows set apart. The
 * document follows the interface language (the table's titles are in
 * it) and its direction. Drawn with Pango and cairo only: the GUI prints
 * the same pages that riaya-cli writes as PDF.
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "riaya-report.h"
#include "riaya-table.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_REPORT_DOCUMENT (riaya_report_document_get_type ())

G_DECLARE_FINAL_TYPE (RiayaReportDocument, riaya_report_document, RIAYA, REPORT_DOCUMENT, GObject)

/* The document of @table (a reference is kept: do not change the table
 * afterwards); @chart the report's chart (RIAYA_REPORT_CHART_NONE for
 * none); @source the database's name for the page header (a file's base
 * name), or NULL; @printed_on the ISO date printed on every page; @rtl
 * for a right-to-left interface (Arabic). */
RiayaReportDocument *riaya_report_document_new       (RiayaTable          *table,
                                                      RiayaReportChart     chart,
                                                      const char          *source,
                                                      const char          *printed_on,
                                                      gboolean             rtl);

/* Whether the pages are A4 landscape (a wide table) rather than portrait:
 * what a print dialog's page setup should offer. */
gboolean             riaya_report_document_is_landscape (RiayaReportDocument *self);

/* Lays the document out for pages of @width × @height points (the
 * printable area); returns the number of pages. Call before drawing, and
 * again when the page size changes. @cr is any context of the target
 * (for font metrics). */
guint                riaya_report_document_paginate  (RiayaReportDocument *self,
                                                      cairo_t             *cr,
                                                      double               width,
                                                      double               height);
/* Draws page @page_index (0-based) at the origin of @cr. */
void                 riaya_report_document_draw_page (RiayaReportDocument *self,
                                                      cairo_t             *cr,
                                                      guint                page_index);

/* Writes the whole document as a PDF file at @path (A4, portrait or
 * landscape as riaya_report_document_is_landscape() says), all or
 * nothing: a temporary file is renamed over @path only when complete. */
gboolean             riaya_report_document_write_pdf (RiayaReportDocument *self,
                                                      const char          *path,
                                                      GError             **error);

G_END_DECLS
