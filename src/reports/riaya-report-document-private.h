/* riaya-report-document-private.h — the report's pages, between their files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * riaya-report-document.c lays the pages out (columns, rows, pages);
 * riaya-report-document-draw.c draws them and writes the PDF.
 */

#pragma once

#include <pango/pangocairo.h>

#include "riaya-document-layout-private.h"
#include "riaya-document-words-private.h"
#include "riaya-report-document.h"

G_BEGIN_DECLS

typedef enum
{
  RIAYA_REPORT_FONT_TITLE,
  RIAYA_REPORT_FONT_SUBTITLE,
  RIAYA_REPORT_FONT_META,
  RIAYA_REPORT_FONT_COLUMN_HEADER,
  RIAYA_REPORT_FONT_CELL,
  RIAYA_REPORT_FONT_CELL_BOLD,
  RIAYA_REPORT_FONT_CHART,
  RIAYA_REPORT_N_FONTS
} RiayaReportFont;

/* One line of the table: a row, the total row or the percentage row. */
typedef struct
{
  guint     table_row; /* an index, RIAYA_TABLE_TOTAL or RIAYA_TABLE_SHARE */
  char    **cells;     /* one a column, as people read them ("" when empty) */
  double    height;    /* from paginate() */
  gboolean  set_apart; /* the total and percentage rows: bold */
  gboolean  rule;      /* a rule above it: the first of them */
} RiayaReportLine;

/* The lines on one page. */
typedef struct
{
  guint first;
  guint n_lines;
} RiayaReportPage;

struct _RiayaReportDocument
{
  GObject               parent_instance;

  RiayaTable           *table;
  RiayaReportChart      chart;
  char                 *source;     /* the database's name, or NULL */
  char                 *printed_on; /* as printed: dd/mm/yyyy */
  char                 *period;     /* what the table is for, in words */
  gboolean              rtl;
  gboolean              landscape;
  PangoFontDescription *fonts[RIAYA_REPORT_N_FONTS];
  GPtrArray            *lines;      /* RiayaReportLine */
  guint                 n_columns;
  gboolean             *numeric;    /* numbers: aligned to the end edge */

  /* The layout, from paginate(). */
  PangoContext         *context;
  RiayaDocumentWords   *words[2];   /* the cells' words: regular, bold */
  double                width;
  double                height;
  double               *column_x;   /* from the start edge */
  double               *column_width;
  double                head_height;   /* the page header with its rule */
  double                chart_height;  /* 0 without a chart */
  double                column_header_height;
  GArray               *pages;         /* RiayaReportPage */
};

#define RIAYA_REPORT_CELL_PAD_X 3.0
#define RIAYA_REPORT_CELL_PAD_Y 2.2
#define RIAYA_REPORT_GAP        8.0

/* What @table is computed for, in words: "On 02/07/2021", "From 2015
 * to 2020"; "" when it does not say. The spreadsheet's subject too. */
char       *_riaya_report_dup_period             (RiayaTable          *table);
/* A cell as people read it, "" when empty; the compliance report's issue
 * codes in words. The spreadsheet's cells too. */
char       *_riaya_report_dup_cell               (RiayaTable          *table,
                                                  guint                row,
                                                  guint                column);

/* The table's title, for the PDF's metadata and the page header. */
const char *_riaya_report_document_get_title (RiayaReportDocument *self);

/* A layout of @str in the document's direction. */
PangoLayout *_riaya_report_document_new_layout (RiayaReportDocument *self,
                                                const char          *str,
                                                RiayaReportFont      font,
                                                double               width,
                                                RiayaDocumentAlign   align);

/* Draws a cell's text in the box at (@x, @y) of the page, @width wide:
 * word by word when it can (riaya-document-words-private.h), or with a
 * Pango layout. */
void        _riaya_report_document_show_cell     (RiayaReportDocument *self,
                                                  cairo_t             *cr,
                                                  const char          *text,
                                                  gboolean             bold,
                                                  double               x,
                                                  double               y,
                                                  double               width,
                                                  RiayaDocumentAlign   align);

/* "Page 2 of 9", in the interface language. */
char       *_riaya_report_document_dup_page_number (RiayaReportDocument *self,
                                                    guint                page_index);

G_END_DECLS
