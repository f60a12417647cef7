/* riaya-report-xlsx.c — a national table as a spreadsheet
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The delegations rework the national tables in a spreadsheet, so the
 * sheet is a plain table a spreadsheet can sort and sum: one header row
 * of the column titles people read (the CSV keeps the keys for scripts),
 * then the rows, the total row and the percentage row in bold. Numbers
 * are numbers, never text: counts grouped, amounts in dirhams with two
 * decimals, rates and shares as percentages. The report's title and
 * what it is computed for go into the workbook's properties, where they
 * do not stand in the way of sorting. Arabic sheets run right to left.
 *
 * libxlsxwriter writes the file it is given when the workbook is closed;
 * it is given a temporary name beside @path, renamed over @path once
 * complete, so that a failed save leaves neither half a workbook nor the
 * loss of the previous one.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "riaya-report-document-private.h"
#include "riaya-report-xlsx.h"

/* Excel's limit on a sheet's name, in characters. */
#define MAX_SHEET_NAME 31
/* Column widths, in characters of the default font. */
#define MIN_COLUMN_WIDTH 6
#define MAX_COLUMN_WIDTH 60

typedef enum
{
  STYLE_BODY,
  STYLE_TOTAL,   /* bold, a rule above */
  STYLE_SHARE,   /* bold */
  N_STYLES
} Style;

typedef enum
{
  NUMBER_TEXT,
  NUMBER_WRAPPED_TEXT,
  NUMBER_INTEGER,
  NUMBER_YEAR,
  NUMBER_MONEY,
  NUMBER_PERCENT,
  N_NUMBERS
} Number;

static const char * const number_formats[N_NUMBERS] = {
  [NUMBER_TEXT] = NULL,
  [NUMBER_WRAPPED_TEXT] = NULL,
  [NUMBER_INTEGER] = "#,##0",
  [NUMBER_YEAR] = "0",
  [NUMBER_MONEY] = "#,##0.00",
  [NUMBER_PERCENT] = "0.0%",
};

typedef struct
{
  lxw_format *cell[N_STYLES][N_NUMBERS];
  lxw_format *header;
} Formats;

static void
make_formats (lxw_workbook *workbook,
              Formats      *formats)
{
  formats->header = workbook_add_format (workbook);
  format_set_bold (formats->header);
  format_set_text_wrap (formats->header);
  format_set_align (formats->header, LXW_ALIGN_VERTICAL_BOTTOM);
  format_set_bottom (formats->header, LXW_BORDER_THIN);
  format_set_bg_color (formats->header, 0xEBEBEB);

  for (guint s = 0; s < N_STYLES; s++)
    for (guint n = 0; n < N_NUMBERS; n++)
      {
        lxw_format *format = workbook_add_format (workbook);

        if (number_formats[n] != NULL)
          format_set_num_format (format, number_formats[n]);
        if (n == NUMBER_WRAPPED_TEXT)
          format_set_text_wrap (format);
        format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
        if (s != STYLE_BODY)
          format_set_bold (format);
        if (s == STYLE_TOTAL)
          format_set_top (format, LXW_BORDER_THIN);
        formats->cell[s][n] = format;
      }
}

/* Names and sentences wrap in their column; codes do not. */
static gboolean
column_wraps (RiayaTable *table,
              guint       column)
{
  const char *key = riaya_table_get_column_key (table, column);

  return riaya_table_get_column_kind (table, column) == RIAYA_TABLE_TEXT &&
         !g_str_has_suffix (key, "code") && !g_str_equal (key, "licence");
}

static Number
column_number (RiayaTable *table,
               guint       column)
{
  switch (riaya_table_get_column_kind (table, column))
    {
    case RIAYA_TABLE_INTEGER:
      return NUMBER_INTEGER;
    case RIAYA_TABLE_YEAR:
      return NUMBER_YEAR;
    case RIAYA_TABLE_MONEY:
      return NUMBER_MONEY;
    case RIAYA_TABLE_PERCENT:
      return NUMBER_PERCENT;
    case RIAYA_TABLE_TEXT:
    default:
      return column_wraps (table, column) ? NUMBER_WRAPPED_TEXT : NUMBER_TEXT;
    }
}

/* The report's title as a sheet's name: at most 31 characters, none of
 * those a sheet's name may not hold. */
static char *
dup_sheet_name (RiayaTable *table)
{
  const char *title = riaya_table_get_title (table);
  GString *name = g_string_new (NULL);
  guint n = 0;

  for (const char *p = title; *p != '\0' && n < MAX_SHEET_NAME; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\')
        c = ' ';
      g_string_append_unichar (name, c);
    }
  /* Nor may it start or end with an apostrophe. */
  g_strdelimit (name->str, "'", ' ');
  g_strstrip (name->str);
  if (name->str[0] == '\0')
    g_string_assign (name, riaya_table_get_name (table));

  return g_string_free (name, FALSE);
}

/* One cell: numbers as numbers, every cell of the percentage row as a
 * percentage. Returns its width in characters as people read it. */
static glong
write_cell (lxw_worksheet *sheet,
            RiayaTable    *table,
            Formats       *formats,
            lxw_row_t      sheet_row,
            guint          row,
            guint          column,
            Style          style)
{
  Number number = column_number (table, column);
  g_autofree char *label = _riaya_report_dup_cell (table, row, column);

  if (label[0] == '\0')
    return 0;

  if (row == RIAYA_TABLE_SHARE && column > 0 && number != NUMBER_TEXT && number != NUMBER_WRAPPED_TEXT)
    worksheet_write_number (sheet, sheet_row, column, riaya_table_get_percent (table, row, column) / 100.0,
                            formats->cell[style][NUMBER_PERCENT]);
  else if ((row == RIAYA_TABLE_TOTAL || row == RIAYA_TABLE_SHARE) && column == 0)
    worksheet_write_string (sheet, sheet_row, column, label, formats->cell[style][NUMBER_TEXT]);
  else if (number == NUMBER_INTEGER || number == NUMBER_YEAR)
    worksheet_write_number (sheet, sheet_row, column, (double) riaya_table_get_integer (table, row, column),
                            formats->cell[style][number]);
  else if (number == NUMBER_MONEY)
    /* Centimes to dirhams: exact in a double up to 2^53 centimes. */
    worksheet_write_number (sheet, sheet_row, column, riaya_table_get_integer (table, row, column) / 100.0,
                            formats->cell[style][number]);
  else if (number == NUMBER_PERCENT)
    worksheet_write_number (sheet, sheet_row, column, riaya_table_get_percent (table, row, column) / 100.0,
                            formats->cell[style][number]);
  else
    worksheet_write_string (sheet, sheet_row, column, label, formats->cell[style][number]);

  return g_utf8_strlen (label, -1);
}

static void
write_sheet (lxw_workbook *workbook,
             RiayaTable   *table,
             gboolean      rtl)
{
  g_autofree char *sheet_name = dup_sheet_name (table);
  guint n_columns = riaya_table_get_n_columns (table);
  guint n_rows = riaya_table_get_n_rows (table);
  g_autofree glong *widths = g_new0 (glong, n_columns);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, sheet_name);
  lxw_row_t sheet_row = 1;
  Formats formats;

  make_formats (workbook, &formats);
  if (rtl)
    worksheet_right_to_left (sheet);

  for (guint c = 0; c < n_columns; c++)
    {
      g_auto(GStrv) words = g_strsplit (riaya_table_get_column_title (table, c), " ", -1);

      worksheet_write_string (sheet, 0, c, riaya_table_get_column_title (table, c), formats.header);
      /* The header wraps between words: its longest word sets the least
       * width. */
      for (guint w = 0; words[w] != NULL; w++)
        widths[c] = MAX (widths[c], g_utf8_strlen (words[w], -1));
    }
  worksheet_freeze_panes (sheet, 1, 0);

  for (guint r = 0; r < n_rows; r++, sheet_row++)
    for (guint c = 0; c < n_columns; c++)
      widths[c] = MAX (widths[c], write_cell (sheet, table, &formats, sheet_row, r, c, STYLE_BODY));
  if (riaya_table_has_total (table))
    {
      for (guint c = 0; c < n_columns; c++)
        widths[c] = MAX (widths[c], write_cell (sheet, table, &formats, sheet_row, RIAYA_TABLE_TOTAL, c, STYLE_TOTAL));
      sheet_row++;
    }
  if (riaya_table_has_share (table))
    for (guint c = 0; c < n_columns; c++)
      widths[c] = MAX (widths[c], write_cell (sheet, table, &formats, sheet_row, RIAYA_TABLE_SHARE, c,
                                              riaya_table_has_total (table) ? STYLE_SHARE : STYLE_TOTAL));

  for (guint c = 0; c < n_columns; c++)
    worksheet_set_column (sheet, c, c, CLAMP (widths[c] + 2, MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH), NULL);
}

gboolean
riaya_report_write_xlsx (RiayaTable  *table,
                         const char  *path,
                         gboolean     rtl,
                         GError     **error)
{
  g_autofree char *partial = NULL;
  g_autofree char *period = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *title = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_FALSE };
  lxw_doc_properties properties = { NULL, };
  lxw_workbook *workbook;
  lxw_error status;
  int saved_errno = 0;
  int fd;

  g_return_val_if_fail (RIAYA_IS_TABLE (table), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The temporary name is taken first: a folder that does not exist or
   * may not be written to is found before any work, with the system's
   * reason. */
  partial = g_strconcat (path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (partial, O_WRONLY, 0644);
  if (fd < 0)
    {
      saved_errno = errno;
      reason = g_strdup (g_strerror (saved_errno));
      goto failed;
    }
  close (fd);

  workbook = workbook_new_opt (partial, &options);
  if (workbook == NULL)
    {
      saved_errno = errno;
      reason = g_strdup (saved_errno != 0 ? g_strerror (saved_errno) : lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED));
      g_unlink (partial);
      goto failed;
    }

  title = g_strdup (riaya_table_get_title (table));
  period = _riaya_report_dup_period (table);
  properties.title = title;
  properties.subject = period;
  properties.comments = (char *) riaya_table_get_name (table);
  workbook_set_properties (workbook, &properties);

  write_sheet (workbook, table, rtl);

  errno = 0;
  status = workbook_close (workbook);
  if (status != LXW_NO_ERROR)
    {
      saved_errno = errno;
      reason = g_strdup (saved_errno != 0 ? g_strerror (saved_errno) : lxw_strerror (status));
      g_unlink (partial);
      goto failed;
    }

  /* On the disk before it takes the place of the previous file. */
  fd = g_open (partial, O_RDONLY, 0);
  if (fd < 0 || fsync (fd) != 0)
    {
      saved_errno = errno;
      reason = g_strdup (g_strerror (saved_errno));
      if (fd >= 0)
        close (fd);
      g_unlink (partial);
      goto failed;
    }
  close (fd);

  if (g_rename (partial, path) != 0)
    {
      saved_errno = errno;
      reason = g_strdup (g_strerror (saved_errno));
      g_unlink (partial);
      goto failed;
    }

  return TRUE;

failed:
  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second the system's reason */
               _("Cannot save the report as “%s” (%s): choose another name, or a folder you may write to on a disk with room left."),
               path, reason);
  return FALSE;
}
