/* report-test-tables.h — national tables made by hand for the documents' tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-report.h"

G_BEGIN_DECLS

#define N_REGIONS 12

/* The published figures of reports.md, by region in code order. */
extern const guint report_test_institutions[N_REGIONS];
extern const guint report_test_places[N_REGIONS];
extern const char * const report_test_regions_fr[N_REGIONS];
extern const char * const report_test_regions_ar[N_REGIONS];

/* institutions-by-region on 2021-07-02 as published: 1,204 institutions,
 * 899 of them student houses, the rest elderly people's homes; the total
 * and percentage rows. @places: capacity-by-region's 106,262 places
 * instead, all in the total column. Region names in Arabic with @arabic. */
RiayaTable *report_test_regions_table    (gboolean places,
                                          gboolean arabic);
/* grants-by-year, 2015 to 2020, as published, with its total row. */
RiayaTable *report_test_grants_table     (void);
/* compliance on 2025-06-01 with @n_rows problems, their issues in turn;
 * the licence of row i is "L-%04u" (i + 1). */
RiayaTable *report_test_compliance_table (guint    n_rows);

G_END_DECLS
