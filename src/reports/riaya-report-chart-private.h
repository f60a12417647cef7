/* riaya-report-chart-private.h — what a chart shows, taken from its table
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "riaya-report-chart.h"

G_BEGIN_DECLS

/* One bar, or one dot of the line. */
typedef struct
{
  char     *label;       /* the row's name: a region, a province, a year, an issue */
  char     *value_label; /* its value for people, NULL when the cell is empty */
  double    value;       /* in the axis' unit */
  gboolean  set;
} RiayaReportChartPoint;

typedef struct
{
  GArray         *points;   /* RiayaReportChartPoint, in the table's order */
  char           *caption;  /* what the values are, for people */
  RiayaTableKind  kind;     /* INTEGER, MONEY or PERCENT */
  gboolean        millions; /* money shown in millions of dirhams */
  double          step;     /* between two values of the axis */
  double          top;      /* the axis' highest value, a multiple of @step */
} RiayaReportChartSeries;

/* What @table shows as @kind, or NULL when there is nothing to draw: no
 * row, no column that matters, or RIAYA_REPORT_CHART_NONE. */
RiayaReportChartSeries *_riaya_report_chart_series_new  (RiayaTable                   *table,
                                                         RiayaReportChart              kind);
void                    _riaya_report_chart_series_free (RiayaReportChartSeries       *series);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaReportChartSeries, _riaya_report_chart_series_free)

/* A value of the axis for people: "50", "50%", "150" (millions). */
char                   *_riaya_report_chart_dup_tick    (const RiayaReportChartSeries *series,
                                                         double                        value);
/* The width of the widest value of the axis in @font. */
double                  _riaya_report_chart_widest_tick (const RiayaReportChartSeries *series,
                                                         PangoContext                 *context,
                                                         const PangoFontDescription   *font,
                                                         gboolean                      rtl);

G_END_DECLS
