/* riaya-table-private.h — what the table's files share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * riaya-table.c keeps the cells; riaya-table-scripts.c writes them as
 * CSV and JSON for scripts.
 */

#pragma once

#include "riaya-table.h"

G_BEGIN_DECLS

typedef struct
{
  char           *key;
  char           *title;
  RiayaTableKind  kind;
} RiayaTableColumn;

typedef struct
{
  gboolean  set;
  char     *text;    /* TEXT */
  gint64    number;  /* INTEGER, YEAR, MONEY */
  double    percent; /* PERCENT, and every cell of the percentage row */
} RiayaTableCell;

typedef struct
{
  char     *key;
  char     *value;
  gboolean  is_number;
} RiayaTableParameter;

struct _RiayaTable
{
  GObject         parent_instance;

  char           *name;
  char           *title;
  GArray         *parameters; /* RiayaTableParameter */
  GArray         *columns;    /* RiayaTableColumn */
  /* Cells row by row, n_columns each; the columns are all added before
   * the first row. */
  GArray         *cells;      /* RiayaTableCell */
  guint           n_rows;
  RiayaTableCell *total;      /* n_columns cells, or NULL without a total row */
  RiayaTableCell *share;      /* n_columns cells, or NULL without a percentage row */
  char           *share_title;
};

/* The cell, or NULL when @row or @column is not one of the table. */
RiayaTableCell *_riaya_table_get_cell        (RiayaTable *self,
                                              guint       row,
                                              guint       column);
/* How the cell is written: its column's kind, PERCENT in the percentage
 * row but for a TEXT column. */
RiayaTableKind  _riaya_table_get_cell_kind   (RiayaTable *self,
                                              guint       row,
                                              guint       column);

G_END_DECLS
