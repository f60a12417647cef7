/* riaya-institutions-page.h — the registry: every institution, filtered and sorted
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"
#include "riaya-institution-editor.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_INSTITUTIONS_PAGE (riaya_institutions_page_get_type ())

G_DECLARE_FINAL_TYPE (RiayaInstitutionsPage, riaya_institutions_page, RIAYA, INSTITUTIONS_PAGE, AdwBin)

/* The filters of the sidebar, in their order. */
typedef enum
{
  RIAYA_FILTER_REGION,
  RIAYA_FILTER_PROVINCE,
  RIAYA_FILTER_TYPE,
  RIAYA_FILTER_LEGAL_BASIS,
  RIAYA_FILTER_STATUS,
  RIAYA_N_FILTERS
} RiayaFilterKind;

RiayaInstitutionsPage  *riaya_institutions_page_new             (RiayaContext          *context);

/* Loads every institution in a worker thread; RiayaInstitutionsPage::loaded
 * is emitted when the list is filled. */
void                    riaya_institutions_page_reload          (RiayaInstitutionsPage *self);
gboolean                riaya_institutions_page_is_loading      (RiayaInstitutionsPage *self);
/* Every institution loaded, unfiltered, in the order loaded (GListModel
 * of RiayaInstitution): for choosers elsewhere. */
GListModel             *riaya_institutions_page_get_institutions (RiayaInstitutionsPage *self);

/* Search as the search entry does (the bench and the tests drive it):
 * the list updates before this returns. */
void                    riaya_institutions_page_set_search_text (RiayaInstitutionsPage *self,
                                                                 const char            *text);
guint                   riaya_institutions_page_get_n_visible   (RiayaInstitutionsPage *self);
guint64                 riaya_institutions_page_get_visible_places (RiayaInstitutionsPage *self);
/* The footer line, e.g. "1,312 institutions · 115,040 places". */
const char             *riaya_institutions_page_get_summary     (RiayaInstitutionsPage *self);
/* The filtered, sorted list as shown (GListModel of RiayaInstitution). */
GListModel             *riaya_institutions_page_get_visible     (RiayaInstitutionsPage *self);
/* The sidebar's drop-down for @kind; entry 0 is "All". */
GtkDropDown            *riaya_institutions_page_get_filter      (RiayaInstitutionsPage *self,
                                                                 RiayaFilterKind        kind);
void                    riaya_institutions_page_clear_filters   (RiayaInstitutionsPage *self);
/* Saves the visible rows, in their order, as a CSV file at @path, as
 * “Export List as CSV…” does once a file is chosen; then
 * RiayaInstitutionsPage::exported (the path, or NULL and the message). */
void                    riaya_institutions_page_export_csv_to   (RiayaInstitutionsPage *self,
                                                                 const char            *path);

/* Opens the editor on @institution, or on a new one when NULL. */
void                    riaya_institutions_page_open_editor     (RiayaInstitutionsPage *self,
                                                                 RiayaInstitution      *institution);
/* The editor currently open, or NULL. */
RiayaInstitutionEditor *riaya_institutions_page_get_editor      (RiayaInstitutionsPage *self);

void                    riaya_institutions_page_select          (RiayaInstitutionsPage *self,
                                                                 RiayaInstitution      *institution);
RiayaInstitution       *riaya_institutions_page_get_selected    (RiayaInstitutionsPage *self);
/* Deletes with an undo toast. */
gboolean                riaya_institutions_page_delete          (RiayaInstitutionsPage *self,
                                                                 RiayaInstitution      *institution,
                                                                 GError               **error);
void                    riaya_institutions_page_delete_selected (RiayaInstitutionsPage *self);
gboolean                riaya_institutions_page_undelete        (RiayaInstitutionsPage *self,
                                                                 const char            *uuid,
                                                                 GError               **error);

G_END_DECLS
