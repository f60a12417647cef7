/* riaya-grants-page-private.h — shared between the grants page's files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-grants-page.h"
#include "riaya-store-grants.h"

G_BEGIN_DECLS

struct _RiayaGrantsPage
{
  AdwBin              parent_instance;

  RiayaContext       *context;
  GListModel         *institutions;     /* for the editor's chooser, or NULL */
  GListStore         *grants;           /* RiayaGrant, as loaded */
  GtkSortListModel   *sorted;
  GtkFilterListModel *filtered;         /* by status */
  GtkCustomFilter    *status_filter;
  GtkSingleSelection *selection;
  GArray             *totals;           /* RiayaGrantYearTotals, newest first */
  GHashTable         *total_labels;     /* "YEAR/column" → GtkLabel, unowned */
  char               *today;
  int                 status;           /* RiayaGrantStatus shown, or -1 */
  GCancellable       *load_cancellable;
  gboolean            loading;
  gboolean            loaded_once;
  gboolean            load_pending;     /* wanted before the page was shown */
  char               *select_after_load;
  RiayaGrantEditor   *editor;           /* weak */

  /* Filters: the codes behind the drop-downs' entries ([0] = "All"). */
  GArray             *years;            /* guint, [0] = 0 */
  guint               oldest_year;      /* the oldest year offered */
  char               *region_code;
  GPtrArray          *region_codes;
  GPtrArray          *province_codes;
  gboolean            filling_filters;

  char               *summary;

  /* Template widgets */
  GtkDropDown        *year_dropdown;
  GtkDropDown        *region_dropdown;
  GtkDropDown        *province_dropdown;
  GtkDropDown        *type_dropdown;
  GtkDropDown        *status_dropdown;
  GtkWidget          *totals_box;
  GtkLabel           *totals_caption;
  GtkGrid            *totals_grid;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkLabel           *summary_label;
  GtkSpinner         *loading_spinner;
};

/* riaya-grants-page-filters.c: the sidebar, the footer and the totals */
void  _riaya_grants_page_setup_filters  (RiayaGrantsPage        *self);
void  _riaya_grants_page_fill_filters   (RiayaGrantsPage        *self);
/* Offers the years down to @oldest_year (kept if older than before). */
void  _riaya_grants_page_offer_years    (RiayaGrantsPage        *self,
                                         guint                   oldest_year);
/* The store's filter the drop-downs describe; its strings are the page's. */
void  _riaya_grants_page_get_filter     (RiayaGrantsPage        *self,
                                         RiayaGrantFilter       *filter);
void  _riaya_grants_page_update_summary (RiayaGrantsPage        *self);
void  _riaya_grants_page_update_view    (RiayaGrantsPage        *self);
void  _riaya_grants_page_fill_totals    (RiayaGrantsPage        *self);

/* riaya-grants-columns.c: the list's columns, cells and sorters; the
 * cells judge lateness on @today. */
void  _riaya_grants_columns_add         (GtkColumnView          *view,
                                         RiayaContext           *context,
                                         const char             *today);
/* The day lateness is judged on, from the next rows drawn. */
void  _riaya_grants_columns_set_today   (GtkColumnView          *view,
                                         const char             *today);

G_END_DECLS
