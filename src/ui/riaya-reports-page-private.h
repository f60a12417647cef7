/* riaya-reports-page-private.h — shared between the reports page's files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-report.h"
#include "riaya-reports-page.h"

G_BEGIN_DECLS

/* What a report was asked for: the options of the page, copied. */
typedef struct
{
  char  *on;
  char  *from;
  char  *to;
  guint  from_year;
  guint  to_year;
  char  *region;   /* a region code, or NULL for the whole country */
  char  *today;    /* NULL: the real today */
} RiayaReportsOptions;

void  _riaya_reports_options_clear (RiayaReportsOptions *options);
void  _riaya_reports_options_copy  (const RiayaReportsOptions *from,
                                    RiayaReportsOptions       *to);

struct _RiayaReportsPage
{
  AdwBin               parent_instance;

  RiayaContext        *context;
  const RiayaReport   *report;         /* the one chosen */
  char                *today;          /* fixed by the tests, or NULL */

  /* The table shown, and what it was computed for. */
  RiayaTable          *table;
  const RiayaReport   *table_report;
  RiayaReportsOptions  table_options;
  GListStore          *rows;           /* RiayaReportsRow */
  GHashTable          *bound_cells;    /* GtkLabel → RiayaReportsRow: the cells bound */
  RiayaTable          *previous_table; /* shown until now, freed after the frame */
  guint                drop_idle;
  GPtrArray           *column_keys;    /* the keys of the columns shown */
  gboolean             scroll_to_start; /* columns made: show the first */

  /* Computing: one worker at a time, on a store of its own kept open so
   * that its page cache stays warm from one option to the next. */
  RiayaStore          *worker_store;
  guint                compute_idle;
  guint                spinner_timeout;
  gboolean             computing;      /* a worker runs (a table, or warming) */
  gboolean             warming;        /* it reads the histories again */
  gboolean             compute_again;  /* options changed meanwhile */
  gboolean             store_stale;    /* the database was replaced */
  gboolean             shown_once;
  gboolean             disposed;       /* a worker may still end after */
  guint                generation;     /* bumped at each change of option */
  char                *message;        /* the sentence shown, or NULL */
  GtkWidget           *error_dialog;   /* weak: a failed save's */

  /* Options */
  GPtrArray           *region_codes;   /* [0] NULL: the whole country */
  gboolean             filling;        /* setting options: no recompute */

  /* Template widgets */
  GtkListBox          *report_list;
  GtkWidget           *options_heading;
  GtkWidget           *on_box;
  GtkEntry            *on_entry;
  GtkMenuButton       *on_calendar_button;
  GtkLabel            *on_message;
  GtkWidget           *period_box;
  GtkEntry            *from_entry;
  GtkMenuButton       *from_calendar_button;
  GtkLabel            *from_message;
  GtkEntry            *to_entry;
  GtkMenuButton       *to_calendar_button;
  GtkLabel            *to_message;
  GtkWidget           *years_box;
  GtkSpinButton       *from_year_spin;
  GtkSpinButton       *to_year_spin;
  GtkWidget           *region_box;
  GtkDropDown         *region_dropdown;
  GtkLabel            *title_label;
  GtkLabel            *caption_label;
  GtkLabel            *description_label;
  GtkSpinner          *spinner;
  GtkWidget           *print_button;
  GtkWidget           *export_button;
  GtkRevealer         *message_revealer;
  GtkLabel            *message_label;
  GtkPaned            *paned;
  GtkDrawingArea      *chart_area;
  GtkStack            *table_stack;
  GtkColumnView       *column_view;
  AdwStatusPage       *empty_page;
};

/* riaya-reports-page-options.c: the options of the report chosen */
void  _riaya_reports_page_class_init_options (GtkWidgetClass *widget_class);
void  _riaya_reports_page_setup_options (RiayaReportsPage    *self);
/* Shows the options the report chosen takes. */
void  _riaya_reports_page_show_options  (RiayaReportsPage    *self);
/* Sets the options to their defaults for the day of the page. */
void  _riaya_reports_page_reset_options (RiayaReportsPage    *self);
/* Reads the options shown into @options; FALSE when one of them is not
 * what it should be, its message then shown beside it. */
gboolean _riaya_reports_page_read_options (RiayaReportsPage    *self,
                                           RiayaReportsOptions *options);
/* Says what the table shown was computed for: "On 24 November 2026 ·
 * Oriental". (transfer full) */
char *_riaya_reports_page_dup_caption   (RiayaReportsPage    *self);
/* Asks for a computation at the next idle (riaya-reports-page.c). */
void  _riaya_reports_page_schedule      (RiayaReportsPage    *self);
/* Shows @message (a sentence that says what to do) above the table, or
 * hides it when NULL. */
void  _riaya_reports_page_show_message  (RiayaReportsPage    *self,
                                         const char          *message);

/* riaya-reports-page-table.c: the table and the chart */
#define RIAYA_TYPE_REPORTS_ROW (riaya_reports_row_get_type ())
G_DECLARE_FINAL_TYPE (RiayaReportsRow, riaya_reports_row, RIAYA, REPORTS_ROW, GObject)

RiayaTable *riaya_reports_row_get_table (RiayaReportsRow *self);
/* A row index of the table, RIAYA_TABLE_TOTAL or RIAYA_TABLE_SHARE. */
guint       riaya_reports_row_get_index (RiayaReportsRow *self);

void  _riaya_reports_page_setup_table   (RiayaReportsPage    *self);
/* Lets go of self->table: it is freed after the next frame is drawn, not
 * before (a compliance table's ten thousand cells took a millisecond of
 * the frame that shows the next one). */
void  _riaya_reports_page_retire_table  (RiayaReportsPage    *self);
/* Shows self->table: its columns (made again when they change), rows
 * and chart. */
void  _riaya_reports_page_show_table    (RiayaReportsPage    *self);
/* The text of the cell of row @row (as riaya_table's) and column @key
 * as shown on the page, or NULL when that column is not shown: for the
 * total and percentage rows, the first column shown names the row. */
char *_riaya_reports_page_dup_cell_text (RiayaReportsPage    *self,
                                         guint                row,
                                         const char          *key);
/* Draws the chart of the table shown as the page does, in @widget's
 * direction and font. */
void  _riaya_reports_page_draw_chart    (RiayaReportsPage    *self,
                                         GtkWidget           *widget,
                                         cairo_t             *cr,
                                         int                  width,
                                         int                  height);

/* riaya-reports-page-export.c: files and printing */
void  _riaya_reports_page_class_init_export (GtkWidgetClass *widget_class);
/* What the file chooser's Save does with the file chosen: saves the
 * table shown there, then says so in a toast, or why not in a dialog. */
void  _riaya_reports_page_save_to (RiayaReportsPage   *self,
                                   RiayaReportsFormat  format,
                                   const char         *path);
/* The error shown after a failed save (for the tests), or NULL. */
GtkWidget *_riaya_reports_page_get_error_dialog (RiayaReportsPage *self);

/* For tests: the option widget of @name ("on", "from", "to",
 * "from-year", "to-year", "region"), the column view, the chart. */
GtkWidget *_riaya_reports_page_get_option (RiayaReportsPage *self,
                                           const char       *name);
GtkColumnView *_riaya_reports_page_get_column_view (RiayaReportsPage *self);
GtkWidget *_riaya_reports_page_get_chart (RiayaReportsPage *self);

G_END_DECLS
