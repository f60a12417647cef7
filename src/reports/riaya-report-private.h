/* riaya-report-private.h — what the report files share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-report.h"
#include "riaya-store-institutions-on.h"

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

/* --- Tables by region (riaya-report-areas.c) ------------------------- */

/* FALSE with a translated error when @params->region is given and is not
 * a region's code. */
gboolean    _riaya_report_check_region     (RiayaStore               *store,
                                            const RiayaReportParams  *params,
                                            GError                  **error);
/* The two first columns: region_code,region, or province_code,province
 * with @params->region (also added as the parameter "region"). */
void        _riaya_report_add_area_columns (RiayaTable               *table,
                                            const RiayaReportParams  *params);
/* One row per region, or per province of @params->region, in code
 * order, their code and name (in the interface language) in
 * @first_column and the next. Returns which row each province of the
 * kingdom falls in, for _riaya_report_area_row(). (transfer full) */
GHashTable *_riaya_report_add_areas        (RiayaTable               *table,
                                            RiayaStore               *store,
                                            const RiayaReportParams  *params,
                                            guint                     first_column);
/* The row of an institution of @province_code, or G_MAXUINT when it
 * falls in none (another region, or a code outside the reference). */
guint       _riaya_report_area_row         (GHashTable               *rows,
                                            const char               *province_code);

/* --- Tables by type (riaya-report-institutions-by-region.c) ---------- */

/* The places licensed to @institution on its date: every capacity line
 * in force, per category and sex. */
guint       _riaya_report_places           (const RiayaInstitutionOn *institution);

/* The table by area and type of institution on @params->on, counting
 * institutions in force, or their places when @count_places; titled
 * @title, or @region_title (a format taking the region's name) for one
 * region's provinces. */
RiayaTable *_riaya_report_by_type          (RiayaStore               *store,
                                            const RiayaReportParams  *params,
                                            const char               *name,
                                            const char               *title,
                                            const char               *region_title,
                                            gboolean                  count_places,
                                            GError                  **error);

G_END_DECLS
