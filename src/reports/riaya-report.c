/* riaya-report.c — the national tables, found by name
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-report-private.h"

/* The earliest and latest years a report may cover: the store keeps dates
 * from 1900 (riaya_date_parse), and no grant is decided for a year after
 * 9999. */
#define FIRST_YEAR 1900
#define LAST_YEAR 9999

/* In the order of reports.md. */
static const RiayaReport reports[] = {
  {
    "institutions-by-region",
    N_("Institutions by region"),
    N_("Per region and type of institution: the institutions whose licence is in force on the date, with the share of each type."),
    RIAYA_REPORT_TAKES_ON | RIAYA_REPORT_TAKES_REGION,
    riaya_report_institutions_by_region,
    RIAYA_REPORT_CHART_BARS,
  },
  {
    "capacity-by-region",
    N_("Capacity by region"),
    N_("Per region and type of institution: the places licensed on the date in the institutions whose licence is in force, with the share of each type."),
    RIAYA_REPORT_TAKES_ON | RIAYA_REPORT_TAKES_REGION,
    riaya_report_capacity_by_region,
    RIAYA_REPORT_CHART_BARS,
  },
  {
    "occupancy-by-region",
    N_("Occupancy by region"),
    N_("Per region: the places licensed on the date, the people present by the latest counts and the rate of occupancy, in the institutions in force that have sent a count."),
    RIAYA_REPORT_TAKES_ON | RIAYA_REPORT_TAKES_REGION,
    riaya_report_occupancy_by_region,
    RIAYA_REPORT_CHART_BARS,
  },
  {
    "grants-by-year",
    N_("Grants by year"),
    N_("Per year: the institutions that received the Entraide Nationale's grant, their licensed capacity on 31 December and the sum granted."),
    RIAYA_REPORT_TAKES_YEARS,
    riaya_report_grants_by_year,
    RIAYA_REPORT_CHART_LINE,
  },
  {
    "inspections-by-region",
    N_("Inspections by region"),
    N_("Per region: the provinces and institutions where the control committee made at least one visit in the period, and the visits made."),
    RIAYA_REPORT_TAKES_PERIOD,
    riaya_report_inspections_by_region,
    RIAYA_REPORT_CHART_BARS,
  },
  {
    "compliance",
    N_("Compliance"),
    N_("One line per problem found on a date, institution by institution."),
    RIAYA_REPORT_TAKES_ON,
    riaya_report_compliance,
    /* A bar per issue: how many institutions have each problem. */
    RIAYA_REPORT_CHART_BARS,
  },
};

const RiayaReport *
riaya_report_get_all (guint *n_reports)
{
  if (n_reports != NULL)
    *n_reports = G_N_ELEMENTS (reports);

  return reports;
}

const RiayaReport *
riaya_report_lookup (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    if (g_str_equal (reports[i].name, name))
      return &reports[i];

  return NULL;
}

char *
riaya_report_dup_names (void)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, reports[i].name);
    }

  return g_string_free (out, FALSE);
}

RiayaTable *
riaya_report_build (const RiayaReport       *report,
                    RiayaStore              *store,
                    const RiayaReportParams *params,
                    GError                 **error)
{
  RiayaReportParams defaults = RIAYA_REPORT_PARAMS_INIT;

  g_return_val_if_fail (report != NULL && report->build != NULL, NULL);
  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return report->build (store, params != NULL ? params : &defaults, error);
}

char *
_riaya_report_dup_today (const RiayaReportParams *params)
{
  if (params->today != NULL)
    return g_strdup (params->today);

  return riaya_date_today_iso ();
}

char *
_riaya_report_dup_on (const RiayaReportParams  *params,
                      GError                  **error)
{
  if (params->on == NULL)
    return _riaya_report_dup_today (params);

  if (!riaya_date_parse (params->on, NULL, error))
    return NULL;

  return g_strdup (params->on);
}

gboolean
_riaya_report_years (const RiayaReportParams  *params,
                     guint                    *from_year,
                     guint                    *to_year,
                     GError                  **error)
{
  g_autofree char *today = _riaya_report_dup_today (params);
  guint this_year = (guint) g_ascii_strtoull (today, NULL, 10);
  guint to = params->to_year != 0 ? params->to_year : this_year;
  guint from = params->from_year != 0 ? params->from_year : (to >= FIRST_YEAR + 9 ? to - 9 : FIRST_YEAR);

  for (guint i = 0; i < 2; i++)
    {
      guint year = i == 0 ? from : to;

      if (year < FIRST_YEAR || year > LAST_YEAR)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                       /* Translators: %1$u is a year as typed, %2$u and %3$u the first and last years accepted */
                       _("%1$u is not a year a report can cover: give a year from %2$u to %3$u."),
                       year, FIRST_YEAR, LAST_YEAR);
          return FALSE;
        }
    }

  if (from > to)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: %1$u is the first year asked for, %2$u the last */
                   _("The first year (%1$u) comes after the last (%2$u): give the years in order."),
                   from, to);
      return FALSE;
    }

  *from_year = from;
  *to_year = to;
  return TRUE;
}

gboolean
_riaya_report_period (const RiayaReportParams  *params,
                      char                    **from,
                      char                    **to,
                      GError                  **error)
{
  g_autofree char *today = _riaya_report_dup_today (params);
  g_autofree char *last = NULL;
  g_autofree char *first = NULL;

  if (params->to != NULL && !riaya_date_parse (params->to, NULL, error))
    return FALSE;
  if (params->from != NULL && !riaya_date_parse (params->from, NULL, error))
    return FALSE;

  /* By default the calendar year: of today, or of the day given. The
   * programme of visits is adopted year by year (decree 2.19.693 art. 7). */
  if (params->to != NULL)
    last = g_strdup (params->to);
  else if (params->from != NULL)
    last = g_strdup_printf ("%.4s-12-31", params->from);
  else
    last = g_strdup_printf ("%.4s-12-31", today);
  first = params->from != NULL ? g_strdup (params->from) : g_strdup_printf ("%.4s-01-01", last);

  if (strcmp (first, last) > 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: %1$s is the first day asked for, %2$s the last */
                   _("The first day (%1$s) comes after the last (%2$s): give the dates in order."),
                   first, last);
      return FALSE;
    }

  *from = g_steal_pointer (&first);
  *to = g_steal_pointer (&last);
  return TRUE;
}
