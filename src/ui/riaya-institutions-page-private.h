/* riaya-institutions-page-private.h — shared between the page's files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-institution-filter-model.h"
#include "riaya-institution-list.h"
#include "riaya-institution-rows.h"
#include "riaya-institutions-page.h"

G_BEGIN_DECLS

typedef struct
{
  RiayaInstitution *institution;
  guint             position;
} Deleted;

struct _RiayaInstitutionsPage
{
  AdwBin                  parent_instance;

  RiayaContext           *context;
  RiayaInstitutionList   *institutions;
  GtkSortListModel       *sorted;
  RiayaInstitutionFilterModel *filtered;
  RiayaInstitutionRows   *rows;
  GtkSingleSelection     *selection;
  RiayaInstitution       *selected;         /* follows the selection */
  gboolean                filtering;        /* the rows are changing */
  GCancellable           *load_cancellable;
  gboolean                loading;
  GHashTable             *deleted;          /* uuid → Deleted, for undo */
  RiayaInstitutionEditor *editor;           /* weak */
  guint                   save_sort_source;
  gboolean                painted;          /* a first frame was shown */
  gboolean                load_pending;
  GdkFrameClock          *frame_clock;
  gulong                  after_paint_handler;

  /* The region chosen, which limits the province drop-down (NULL: all). */
  char                   *region_code;
  GPtrArray              *region_codes;     /* parallel to the drop-down, [0] = NULL */
  GPtrArray              *province_codes;
  gboolean                filling_filters;

  guint                   n_visible;
  char                   *summary;

  /* Template widgets */
  GtkDropDown            *region_dropdown;
  GtkDropDown            *province_dropdown;
  GtkDropDown            *type_dropdown;
  GtkDropDown            *legal_basis_dropdown;
  GtkDropDown            *status_dropdown;
  GtkStack               *list_stack;
  GtkColumnView          *column_view;
  GtkLabel               *summary_label;
  GtkSpinner             *loading_spinner;
};

/* riaya-institutions-page-filters.c */
void        _riaya_institutions_page_setup_filters   (RiayaInstitutionsPage *self);
void        _riaya_institutions_page_fill_filters    (RiayaInstitutionsPage *self);
void        _riaya_institutions_page_update_view     (RiayaInstitutionsPage *self);
void        _riaya_institutions_page_update_summary  (RiayaInstitutionsPage *self);

/* Adds the columns (name, licence, type, province, places, status) with
 * their cell factories and sorters (riaya-institutions-columns.c). */
void        _riaya_institutions_columns_add          (GtkColumnView *view,
                                                      RiayaContext  *context);
/* The column's stable id ("name", "licence"…), saved in sort-column. */
const char *_riaya_institutions_column_get_id        (GtkColumnViewColumn *column);
/* The primary sort column's id (NULL: unsorted) and order, read by
 * comparing rows of @items; FALSE when @items is empty. */
gboolean    _riaya_institutions_columns_probe        (GtkColumnView *view,
                                                      GListModel    *items,
                                                      const char   **id,
                                                      gboolean      *descending);
/* The collation key of the display name, kept with the institution;
 * made in the loading thread. Forget it when the names change. */
const char *_riaya_institutions_name_key             (RiayaInstitution *institution);
void        _riaya_institutions_name_key_forget      (RiayaInstitution *institution);
GtkColumnViewColumn *_riaya_institutions_column_find (GtkColumnView *view,
                                                      const char    *id);

/* The signal “exported” and the action page.export-csv
 * (riaya-institutions-page-export.c). */
void        _riaya_institutions_page_class_init_export (GtkWidgetClass *widget_class);

G_END_DECLS
