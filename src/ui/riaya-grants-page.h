/* riaya-grants-page.h — the Entraide Nationale's grants, by year, with their totals
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"
#include "riaya-grant-editor.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_GRANTS_PAGE (riaya_grants_page_get_type ())

G_DECLARE_FINAL_TYPE (RiayaGrantsPage, riaya_grants_page, RIAYA, GRANTS_PAGE, AdwBin)

/* The filters of the sidebar, in their order. */
typedef enum
{
  RIAYA_GRANTS_FILTER_YEAR,
  RIAYA_GRANTS_FILTER_REGION,
  RIAYA_GRANTS_FILTER_PROVINCE,
  RIAYA_GRANTS_FILTER_TYPE,
  RIAYA_GRANTS_FILTER_STATUS,
  RIAYA_GRANTS_N_FILTERS
} RiayaGrantsFilterKind;

RiayaGrantsPage  *riaya_grants_page_new              (RiayaContext    *context);

/* The institutions the grant editor offers to choose from (GListModel of
 * RiayaInstitution, the registry list's): none means the editor reads
 * them from the database. */
void              riaya_grants_page_set_institutions (RiayaGrantsPage *self,
                                                      GListModel      *institutions);

/* Reads the grants matching the filters, and their totals, in a worker
 * thread; RiayaGrantsPage::loaded is emitted when both are shown. The
 * first load waits until the page is shown. */
void              riaya_grants_page_reload           (RiayaGrantsPage *self);
gboolean          riaya_grants_page_is_loading       (RiayaGrantsPage *self);

/* The sidebar's drop-down for @kind; entry 0 is "All". */
GtkDropDown      *riaya_grants_page_get_filter       (RiayaGrantsPage *self,
                                                      RiayaGrantsFilterKind kind);
void              riaya_grants_page_clear_filters    (RiayaGrantsPage *self);

/* The grants shown, filtered and sorted (GListModel of RiayaGrant). */
GListModel       *riaya_grants_page_get_visible      (RiayaGrantsPage *self);
/* The footer line, e.g. "1,043 grants · 152,300,000.00 DH granted · …". */
const char       *riaya_grants_page_get_summary      (RiayaGrantsPage *self);
/* The totals of each year shown, newest first (RiayaGrantYearTotals), as
 * the table above the list shows them. (transfer none) */
GArray           *riaya_grants_page_get_totals       (RiayaGrantsPage *self);
/* The text of the totals table's cell of @year in @column ("institutions",
 * "capacity", "amount", "paid", "remaining", "late"), as shown; NULL when
 * the year is not shown. */
const char       *riaya_grants_page_get_total_text   (RiayaGrantsPage *self,
                                                      guint            year,
                                                      const char      *column);

/* Opens the grant editor on @grant, or on a new grant (of @institution
 * when not NULL). */
void              riaya_grants_page_open_editor      (RiayaGrantsPage  *self,
                                                      RiayaGrant       *grant,
                                                      RiayaInstitution *institution);
/* The editor currently open, or NULL. */
RiayaGrantEditor *riaya_grants_page_get_editor       (RiayaGrantsPage *self);

void              riaya_grants_page_select           (RiayaGrantsPage *self,
                                                      const char      *grant_uuid);
RiayaGrant       *riaya_grants_page_get_selected     (RiayaGrantsPage *self);
/* Deletes the selected grant, with an undo toast (win.undo-delete-grant). */
void              riaya_grants_page_delete_selected  (RiayaGrantsPage *self);

G_END_DECLS
