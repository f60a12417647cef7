/* riaya-report-chart.h — a national table drawn as a chart
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The published tables come with a chart: bars by region (or by province
 * for one region), a line of the grants over the years. Drawn with cairo
 * and Pango only, so that the GUI's reports page, the printed report and
 * the PDF of riaya-cli show the same picture. The names and numbers are
 * the table's labels, in the interface language and its digits.
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "riaya-report.h"
#include "riaya-table.h"

G_BEGIN_DECLS

/* Whether @table has something to draw as @kind: a column that matters
 * (the total of institutions or places, the occupancy rate, the visits,
 * the amount granted; a count per issue for compliance) and at least one
 * row. The total and percentage rows are never drawn. */
gboolean riaya_report_chart_available (RiayaTable                 *table,
                                       RiayaReportChart            kind);

/* Draws @table as @kind in the rectangle (0, 0, @width, @height) of @cr,
 * in points (or pixels): an axis with round ticks, one bar a row labelled
 * with its name and value (BARS), or a dot a year joined by a line
 * (LINE). With @rtl the first row is at the right and the labels read
 * from the right. @font is the base font (NULL: the documents' sans at
 * 9 pt), in @cr's units at 72 an inch (a pixel on screen: pass the
 * widget's font in points, or scale @cr); titles and values are sized
 * from it. Draws nothing when the chart is not available. */
void     riaya_report_chart_draw      (RiayaTable                 *table,
                                       RiayaReportChart            kind,
                                       cairo_t                    *cr,
                                       double                      width,
                                       double                      height,
                                       const PangoFontDescription *font,
                                       gboolean                    rtl);

G_END_DECLS
