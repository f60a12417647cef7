/* riaya-report.h — the national tables, found by name
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each report of reports.md is a function from the store to a
 * RiayaTable. `riaya-cli report NAME` and the GUI's reports page find
 * them here by their stable name, so that both offer the same reports
 * with the same columns. A report reads the counts and the registry, never
 * the register of beneficiaries: it holds no name of a person.
 */

#pragma once

#include "riaya-store.h"
#include "riaya-table.h"

G_BEGIN_DECLS

/* Which options a report takes. */
typedef enum
{
  RIAYA_REPORT_TAKES_ON    = 1 << 0, /* a date: --on */
  RIAYA_REPORT_TAKES_YEARS = 1 << 1, /* a span of years: --from-year, --to-year */
  RIAYA_REPORT_TAKES_PERIOD = 1 << 2, /* a span of days: --from, --to */
  RIAYA_REPORT_TAKES_REGION = 1 << 3, /* a region's provinces: --region */
} RiayaReportOptions;

/* How a report is drawn as a chart (riaya-report-chart.h). */
typedef enum
{
  RIAYA_REPORT_CHART_NONE,
  RIAYA_REPORT_CHART_BARS, /* a bar per row: per region, or per issue */
  RIAYA_REPORT_CHART_LINE, /* a line over the years */
} RiayaReportChart;

/* What a report is computed for. Fields a report does not take are
 * ignored; zero or NULL means the default the report documents. */
typedef struct
{
  const char *on;        /* ISO date (default: @today) */
  guint       from_year; /* default: nine years before @to_year */
  guint       to_year;   /* default: the year of @today */
  const char *today;     /* ISO date, NULL for the real today: tests fix it */
  const char *from;      /* ISO date, the first day (default: 1 January of @to's year) */
  const char *to;        /* ISO date, the last day (default: 31 December of the year
                          * of @from, or of @today) */
  const char *region;    /* a region's code ("01".."12"): one row per province
                          * of it, in code order, with the columns
                          * province_code,province instead of
                          * region_code,region (default: one row per region) */
} RiayaReportParams;

#define RIAYA_REPORT_PARAMS_INIT { NULL, 0, 0, NULL, NULL, NULL, NULL }

typedef RiayaTable *(*RiayaReportBuildFunc) (RiayaStore              *store,
                                             const RiayaReportParams *params,
                                             GError                 **error);

typedef struct
{
  const char           *name;        /* stable: "grants-by-year" */
  const char           *title;       /* N_(): translate with _() */
  const char           *description; /* N_(): what the rows are */
  RiayaReportOptions    options;
  RiayaReportBuildFunc  build;
  RiayaReportChart      chart;       /* how it is drawn */
} RiayaReport;

/* Every report this version computes, in the order reports.md lists
 * them. (transfer none) */
const RiayaReport *riaya_report_get_all               (guint                   *n_reports);
/* The report of that name, or NULL. (transfer none) */
const RiayaReport *riaya_report_lookup                (const char              *name);
/* The names of every report, joined by ", ", for messages. */
char              *riaya_report_dup_names             (void);

/* Computes @report. Refused with RIAYA_VALIDATION_ERROR (a translated
 * sentence) for parameters that make no sense — a malformed date, a first
 * year after the last — or with the store's error. */
RiayaTable        *riaya_report_build                 (const RiayaReport       *report,
                                                       RiayaStore              *store,
                                                       const RiayaReportParams *params,
                                                       GError                 **error);

/* institutions-by-region: `region_code,region,kafala,child-protection,
 * student-house,disability,homeless,women,elderly,samu-social,total`, one
 * row per region in code order (or per province of @region), the
 * institutions of each type whose licence is in force on @on; then the
 * total row and the percentage row (each column's share of all
 * institutions). */
RiayaTable        *riaya_report_institutions_by_region (RiayaStore             *store,
                                                        const RiayaReportParams *params,
                                                        GError                 **error);
/* capacity-by-region: the same rows and columns, the places licensed on
 * @on in those institutions. */
RiayaTable        *riaya_report_capacity_by_region    (RiayaStore              *store,
                                                       const RiayaReportParams *params,
                                                       GError                 **error);
/* occupancy-by-region: `region_code,region,capacity,present,rate`: the
 * places licensed on @on in the institutions in force, the people
 * present by their latest count on or before @on, and the rate present
 * / capacity in percent; the total row gives the national rate. */
RiayaTable        *riaya_report_occupancy_by_region   (RiayaStore              *store,
                                                       const RiayaReportParams *params,
                                                       GError                 **error);

/* grants-by-year: `year,institutions,capacity,amount`, one row per year
 * from @from_year to @to_year, then the total row. */
RiayaTable        *riaya_report_grants_by_year        (RiayaStore              *store,
                                                       const RiayaReportParams *params,
                                                       GError                 **error);

/* inspections-by-region: `region_code,region,provinces,institutions,visits`,
 * one row per region in code order, then the total row: the provinces
 * and institutions where at least one visit was done from @from to @to,
 * and the visits done. */
RiayaTable        *riaya_report_inspections_by_region (RiayaStore              *store,
                                                       const RiayaReportParams *params,
                                                       GError                 **error);

/* compliance: `licence,institution,province_code,issue,detail`, one row
 * per problem found on @on, in licence number order. */
RiayaTable        *riaya_report_compliance            (RiayaStore              *store,
                                                       const RiayaReportParams *params,
                                                       GError                 **error);
/* The issue codes the compliance report checks in this version, in the
 * order of its rows: NULL-terminated. (transfer none) */
const char * const *riaya_report_compliance_issues    (void);
/* What an issue code means, for people (translated), or NULL. */
const char        *riaya_report_compliance_issue_label (const char             *issue);

G_END_DECLS
