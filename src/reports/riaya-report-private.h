/* riaya-report-private.h — what the report files share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-report.h"

G_BEGIN_DECLS

/* @params->today, or the real today when NULL. (transfer full) */
char     *_riaya_report_dup_today (const RiayaReportParams  *params);
/* @params->on checked (a real date), or today when NULL. (transfer full) */
char     *_riaya_report_dup_on    (const RiayaReportParams  *params,
                                   GError                  **error);
/* The span of years of @params with its defaults (the ten years up to
 * this one), checked: FALSE with a translated error when it makes no
 * sense. */
gboolean  _riaya_report_years     (const RiayaReportParams  *params,
                                   guint                    *from_year,
                                   guint                    *to_year,
                                   GError                  **error);

/* The period of @params with its defaults (the calendar year of today,
 * or of the day given), checked: FALSE with a translated error when a
 * date is not one or the first comes after the last. (transfer full) */
gboolean  _riaya_report_period    (const RiayaReportParams  *params,
                                   char                    **from,
                                   char                    **to,
                                   GError                  **error);

G_END_DECLS
