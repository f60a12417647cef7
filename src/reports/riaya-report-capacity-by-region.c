/* riaya-report-capacity-by-region.c — places by region and type (reports.md)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ministry's published table "capacity of those institutions by
 * region and category" — 106,262 places, 71,556 of them in student
 * houses (67%): the table of institutions-by-region
 * (riaya-report-institutions-by-region.c) with, in each cell, the places
 * licensed on the date rather than the institutions. An institution's
 * places are the sum of its capacity lines in force on the date, one per
 * category and sex, the latest dated on or before it (a change dated 1
 * July counts from 1 July: riaya_capacity_lines_on); those of an
 * institution whose licence is not in force that day (suspended,
 * withdrawn, closed, not yet granted) count for nothing, as it may
 * receive nobody (Law 65.15 art. 34).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-report-private.h"

RiayaTable *
riaya_report_capacity_by_region (RiayaStore               *store,
                                 const RiayaReportParams  *params,
                                 GError                  **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  return _riaya_report_by_type (store, params, "capacity-by-region", _("Capacity by region"),
                                /* Translators: the title of a report; %s is a region's name */
                                _("Capacity by province, %s"),
                                TRUE, error);
}
