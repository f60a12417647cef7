/* riaya-table.h — a report as a table: columns, rows, a total row
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every national table (reports.md) is computed from the store into a
 * RiayaTable, and each way of showing it — CSV and JSON for scripts, an
 * aligned table for people on the command line, the GUI's reports page,
 * later XLSX, PDF and charts — renders the same table. A column has a
 * stable key (the CSV header, never translated), a title for people (in
 * the interface language) and a kind that says how its cells are written.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  RIAYA_TABLE_TEXT,    /* a string: a code, a name, a sentence */
  RIAYA_TABLE_INTEGER, /* a count: digits grouped for people */
  RIAYA_TABLE_YEAR,    /* an integer never grouped: 2015, not 2,015 */
  RIAYA_TABLE_MONEY,   /* gint64 centimes: two decimals, summed exactly */
  RIAYA_TABLE_PERCENT, /* a percentage, written with one decimal */
} RiayaTableKind;

/* The row index of the total row, for the setters and getters. */
#define RIAYA_TABLE_TOTAL G_MAXUINT
/* The row index of the percentage row, printed under the total row. */
#define RIAYA_TABLE_SHARE (G_MAXUINT - 1)

#define RIAYA_TYPE_TABLE (riaya_table_get_type ())

G_DECLARE_FINAL_TYPE (RiayaTable, riaya_table, RIAYA, TABLE, GObject)

/* An empty table for the report @name ("grants-by-year"), titled @title
 * for people (translated). */
RiayaTable     *riaya_table_new               (const char     *name,
                                               const char     *title);
const char     *riaya_table_get_name          (RiayaTable     *self);
const char     *riaya_table_get_title         (RiayaTable     *self);

/* What the table was computed for, as scripts read it back from the JSON
 * ("on": "2024-12-31", "from_year": 2015). Kept in the order added. */
void            riaya_table_add_parameter     (RiayaTable     *self,
                                               const char     *key,
                                               const char     *value);
void            riaya_table_add_parameter_int (RiayaTable     *self,
                                               const char     *key,
                                               gint64          value);

/* The value of the parameter @key as text ("2015"), or NULL. */
const char     *riaya_table_get_parameter     (RiayaTable     *self,
                                               const char     *key);

/* Appends a column; returns its index. @key is ASCII, stable, and is the
 * CSV header and the JSON member name; @title is for people. */
guint           riaya_table_add_column        (RiayaTable     *self,
                                               const char     *key,
                                               const char     *title,
                                               RiayaTableKind  kind);
guint           riaya_table_get_n_columns     (RiayaTable     *self);
const char     *riaya_table_get_column_key    (RiayaTable     *self,
                                               guint           column);
const char     *riaya_table_get_column_title  (RiayaTable     *self,
                                               guint           column);
RiayaTableKind  riaya_table_get_column_kind   (RiayaTable     *self,
                                               guint           column);

/* Appends a row of empty cells; returns its index. */
guint           riaya_table_add_row           (RiayaTable     *self);
/* The rows, not counting the total row. */
guint           riaya_table_get_n_rows        (RiayaTable     *self);

/* Gives the table a total row of empty cells (once), addressed as
 * RIAYA_TABLE_TOTAL. The first column names the rows: in the total row it
 * reads “total” in CSV and “Total” (translated) for people, and JSON
 * writes the total row as its own member without it — so the first
 * column's cell of the total row stays empty. */
void            riaya_table_add_total         (RiayaTable     *self);
gboolean        riaya_table_has_total         (RiayaTable     *self);

/* Gives the table a percentage row of empty cells (once), addressed as
 * RIAYA_TABLE_SHARE: the published tables print it under their total
 * row, the share of the national total of each column (student houses:
 * 899 institutions, 75%). Each numeric cell of it holds a percentage,
 * whatever its column's kind, set with riaya_table_set_percent() and
 * read with riaya_table_get_percent(); its first cell names it,
 * “Percentage” (translated) for people, and stays empty as the total
 * row's does. CSV leaves the row out (the columns of reports.md are
 * fixed, one record per region); JSON writes it as the member "share". */
void            riaya_table_add_share         (RiayaTable     *self);
gboolean        riaya_table_has_share         (RiayaTable     *self);
/* What the first cell of the percentage row says to people, when it is
 * not the share of the total: grants-by-year's is the change over the
 * period. Default: “Percentage” (translated). */
void            riaya_table_set_share_title   (RiayaTable     *self,
                                               const char     *title);
/* Adds the percentage row if needed and fills it from the total row:
 * each INTEGER or MONEY column's total as a percentage of the total of
 * @column_total (the "total" column: 100.0 there). Cells stay empty
 * where a total is empty or @column_total's is 0. */
void            riaya_table_fill_share        (RiayaTable     *self,
                                               guint           column_total);

/* Setters for a cell of the kind of its column. A cell never set stays
 * empty: an empty CSV field, null in JSON, blank for people. */
void            riaya_table_set_text          (RiayaTable     *self,
                                               guint           row,
                                               guint           column,
                                               const char     *text);
/* As riaya_table_set_text(), taking @text (a report's own sentences:
 * not copied again). Setting cells of different rows from two threads
 * at once is safe once the rows are added. */
void            riaya_table_take_text         (RiayaTable     *self,
                                               guint           row,
                                               guint           column,
                                               char           *text);
/* For INTEGER, YEAR and MONEY (centimes) columns. */
void            riaya_table_set_integer       (RiayaTable     *self,
                                               guint           row,
                                               guint           column,
                                               gint64          value);
void            riaya_table_set_percent       (RiayaTable     *self,
                                               guint           row,
                                               guint           column,
                                               double          percent);

gboolean        riaya_table_is_empty          (RiayaTable     *self,
                                               guint           row,
                                               guint           column);
/* NULL when empty. (transfer none) */
const char     *riaya_table_get_text          (RiayaTable     *self,
                                               guint           row,
                                               guint           column);
/* 0 when empty. */
gint64          riaya_table_get_integer       (RiayaTable     *self,
                                               guint           row,
                                               guint           column);
double          riaya_table_get_percent       (RiayaTable     *self,
                                               guint           row,
                                               guint           column);

/* The cell as scripts read it: text as is, integers as digits, money as
 * "146002000.00", percentages (and every cell of the percentage row) as
 * "87.5" — '.' whatever the language. NULL when empty; the first cell of
 * the total row is "total", of the percentage row "share". */
char           *riaya_table_dup_cell_code     (RiayaTable     *self,
                                               guint           row,
                                               guint           column);
/* The cell as people read it, in the interface language: digits grouped,
 * its decimal mark, “87.5%”. NULL when empty. The first cell of the
 * total row is “Total”, of the percentage row “Percentage” (or its
 * title). */
char           *riaya_table_dup_cell_label    (RiayaTable     *self,
                                               guint           row,
                                               guint           column);

/* RFC 4180: UTF-8, a header line of the column keys, fields quoted when
 * needed, CRLF line ends; the rows, then the total row whose first field
 * is "total". Money has two decimals and '.' as decimal mark. */
char           *riaya_table_to_csv            (RiayaTable     *self);
/* JSON (RFC 8259): an object with "report", "parameters", "rows" (one
 * object per row, members named by the column keys), with a total row
 * "total", and with a percentage row "share" (numbers, one decimal).
 * Integers and percentages are numbers; money is a string
 * with two decimals ("146002000.00"), exact whatever the reader's
 * floating point; an empty cell is null. */
char           *riaya_table_to_json           (RiayaTable     *self);

/* Numbers for people in the interface language: digits grouped, the
 * language's decimal mark. */
char           *riaya_table_format_integer    (gint64          value);
char           *riaya_table_format_money      (gint64          centimes);
char           *riaya_table_format_percent    (double          percent);

G_END_DECLS
