/* riaya-report-document.c — a national table on paper: its layout
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report printed for a meeting or sent to the ministry is read away
 * from Riaya, so every page says what it is: the report's title, what it
 * is computed for, the database it comes from, the day it was printed,
 * and "page N of M". The chart comes first, on the first page, as in the
 * published reports; then the table, its column headers repeated on
 * every page, the numbers aligned to the end edge, the total and
 * percentage rows in bold under a rule, kept together on one page.
 *
 * Tables of regions fit on one page; the compliance report of the whole
 * country holds thousands of lines (23,000 at ten times national scale),
 * so the layout measures only what it must: the columns' widths from
 * their longest texts, and one line's height from the texts that may
 * wrap, each text measured once. This file lays the pages out;
 * riaya-report-document-draw.c draws them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-register-document-private.h"
#include "riaya-report-chart.h"
#include "riaya-report-document-private.h"

/* Noto covers both scripts; fontconfig falls back to whatever font has
 * the glyphs when Noto is not installed. */
#define FONT_FAMILIES "Noto Sans, Noto Naskh Arabic, Noto Sans Arabic"

/* A table of more columns than this is printed on landscape pages: the
 * tables of regions by type of institution have eleven. */
#define MAX_PORTRAIT_COLUMNS 6
/* The longest texts of a column, by their number of characters, measured
 * for its width. */
#define N_LONGEST 8

static const struct
{
  double   size;
  gboolean bold;
} font_specs[RIAYA_REPORT_N_FONTS] = {
  [RIAYA_REPORT_FONT_TITLE] = { 13.0, TRUE },
  [RIAYA_REPORT_FONT_SUBTITLE] = { 9.5, FALSE },
  [RIAYA_REPORT_FONT_META] = { 7.5, FALSE },
  [RIAYA_REPORT_FONT_COLUMN_HEADER] = { 7.5, TRUE },
  [RIAYA_REPORT_FONT_CELL] = { 8.0, FALSE },
  [RIAYA_REPORT_FONT_CELL_BOLD] = { 8.0, TRUE },
  [RIAYA_REPORT_FONT_CHART] = { 8.5, FALSE },
};

G_DEFINE_FINAL_TYPE (RiayaReportDocument, riaya_report_document, G_TYPE_OBJECT)

static void
line_free (RiayaReportLine *line)
{
  g_strfreev (line->cells);
  g_free (line);
}

/* --- What the table is for (shared with riaya-report-xlsx.c) ---------- */

char *
_riaya_report_dup_period (RiayaTable *table)
{
  const char *on = riaya_table_get_parameter (table, "on");
  const char *from_year = riaya_table_get_parameter (table, "from_year");
  const char *to_year = riaya_table_get_parameter (table, "to_year");
  const char *from = riaya_table_get_parameter (table, "from");
  const char *to = riaya_table_get_parameter (table, "to");
  const char *region = riaya_table_get_parameter (table, "region_name");
  g_autofree char *period = NULL;

  if (region == NULL)
    region = riaya_table_get_parameter (table, "region");

  if (from_year != NULL && to_year != NULL && g_str_equal (from_year, to_year))
    /* Translators: what a report is computed for: %s is a year */
    period = g_strdup_printf (_("Year %s"), from_year);
  else if (from_year != NULL && to_year != NULL)
    /* Translators: what a report is computed for: %1$s and %2$s are the first and last years */
    period = g_strdup_printf (_("From %1$s to %2$s"), from_year, to_year);
  else if (from != NULL && to != NULL)
    {
      g_autofree char *first = _riaya_register_document_format_date (from);
      g_autofree char *last = _riaya_register_document_format_date (to);

      /* Translators: what a report is computed for: %1$s and %2$s are the first and last days */
      period = g_strdup_printf (_("From %1$s to %2$s"), first, last);
    }
  else if (on != NULL)
    {
      g_autofree char *date = _riaya_register_document_format_date (on);

      /* Translators: what a report is computed for: %s is a date */
      period = g_strdup_printf (_("On %s"), date);
    }

  if (region != NULL)
    {
      g_autofree char *area = NULL;

      /* Translators: a report's rows are the provinces of one region: %s is the region's name */
      area = g_strdup_printf (_("Provinces of the region %s"), region);
      if (period == NULL)
        return g_steal_pointer (&area);
      return g_strconcat (period, " · ", area, NULL);
    }

  return period != NULL ? g_steal_pointer (&period) : g_strdup ("");
}

/* The cell as people read it; the compliance report's issue codes in
 * words. */
char *
_riaya_report_dup_cell (RiayaTable *table,
                        guint       row,
                        guint       column)
{
  g_autofree char *label = riaya_table_dup_cell_label (table, row, column);

  if (label != NULL && g_str_equal (riaya_table_get_name (table), "compliance") &&
      g_str_equal (riaya_table_get_column_key (table, column), "issue") &&
      riaya_report_compliance_issue_label (label) != NULL)
    return g_strdup (riaya_report_compliance_issue_label (label));

  return label != NULL ? g_steal_pointer (&label) : g_strdup ("");
}

static void
add_line (RiayaReportDocument *self,
          guint                table_row,
          gboolean             set_apart,
          gboolean             rule)
{
  RiayaReportLine *line = g_new0 (RiayaReportLine, 1);

  line->table_row = table_row;
  line->set_apart = set_apart;
  line->rule = rule;
  line->cells = g_new0 (char *, self->n_columns + 1);
  for (guint c = 0; c < self->n_columns; c++)
    line->cells[c] = _riaya_report_dup_cell (self->table, table_row, c);
  g_ptr_array_add (self->lines, line);
}

/* --- Columns --------------------------------------------------------- */

/* Codes and numbers keep their width; names and sentences wrap. */
static gboolean
column_wraps (RiayaReportDocument *self,
              guint                column)
{
  const char *key = riaya_table_get_column_key (self->table, column);

  return !self->numeric[column] && !g_str_has_suffix (key, "code") && !g_str_equal (key, "licence");
}

static double
text_width (RiayaReportDocument *self,
            const char          *str,
            RiayaReportFont      font)
{
  g_autoptr(PangoLayout) layout = _riaya_report_document_new_layout (self, str, font, -1,
                                                                     RIAYA_DOCUMENT_ALIGN_START);
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* The width @column's texts take on one line: its longest texts by
 * their number of characters, measured, and every line set apart. */
static double
natural_width (RiayaReportDocument *self,
               guint                column)
{
  const char *longest[N_LONGEST] = { NULL, };
  glong lengths[N_LONGEST] = { 0, };
  double widest = 0;

  for (guint i = 0; i < self->lines->len; i++)
    {
      RiayaReportLine *line = g_ptr_array_index (self->lines, i);
      const char *text = line->cells[column];
      glong length;
      guint slot = N_LONGEST - 1;

      if (line->set_apart)
        {
          widest = MAX (widest, text_width (self, text, RIAYA_REPORT_FONT_CELL_BOLD));
          continue;
        }
      length = g_utf8_strlen (text, -1);
      if (length <= lengths[slot])
        continue;
      while (slot > 0 && lengths[slot - 1] < length)
        {
          lengths[slot] = lengths[slot - 1];
          longest[slot] = longest[slot - 1];
          slot--;
        }
      lengths[slot] = length;
      longest[slot] = text;
    }

  for (guint i = 0; i < N_LONGEST && longest[i] != NULL; i++)
    widest = MAX (widest, text_width (self, longest[i], RIAYA_REPORT_FONT_CELL));

  return widest;
}

/* The widest word of the column's title: headers wrap between words,
 * never inside one. */
static double
header_min_width (RiayaReportDocument *self,
                  guint                column)
{
  g_auto(GStrv) words = g_strsplit (riaya_table_get_column_title (self->table, column), " ", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    widest = MAX (widest, text_width (self, words[i], RIAYA_REPORT_FONT_COLUMN_HEADER));

  return widest;
}

/* Codes and numbers get the width of their longest text; names and
 * sentences share what is left, in proportion to their length; what is
 * still left widens every column alike, so the table spans the page. */
static void
lay_out_columns (RiayaReportDocument *self)
{
  g_autofree double *want = g_new0 (double, self->n_columns);
  g_autofree double *least = g_new0 (double, self->n_columns);
  double fixed = 0, wanted = 0, least_sum = 0, room, total = 0, x = 0;

  for (guint c = 0; c < self->n_columns; c++)
    {
      double header = header_min_width (self, c) + 2 * RIAYA_REPORT_CELL_PAD_X;

      want[c] = MAX (natural_width (self, c) + 2 * RIAYA_REPORT_CELL_PAD_X, header);
      least[c] = column_wraps (self, c) ? MAX (header, MIN (want[c], 60.0)) : want[c];
      if (column_wraps (self, c))
        {
          wanted += want[c];
          least_sum += least[c];
        }
      else
        fixed += want[c];
    }

  room = self->width - fixed;
  for (guint c = 0; c < self->n_columns; c++)
    {
      if (!column_wraps (self, c))
        self->column_width[c] = want[c];
      else if (wanted <= room)
        self->column_width[c] = want[c];
      else if (least_sum <= room && wanted > least_sum)
        self->column_width[c] = least[c] + (room - least_sum) * (want[c] - least[c]) / (wanted - least_sum);
      else
        self->column_width[c] = least[c];
      total += self->column_width[c];
    }

  for (guint c = 0; c < self->n_columns; c++)
    {
      /* Widened to the page, or narrowed to it when even the least
       * does not fit (the text then wraps inside its cells). */
      self->column_width[c] *= self->width / total;
      self->column_x[c] = x;
      x += self->column_width[c];
    }
}

/* --- Lines ----------------------------------------------------------- */

/* The height of a line: its tallest cell. Most cells are laid out word
 * by word (riaya-document-words-private.h); the others are measured
 * with Pango, each text once a column: the compliance report repeats
 * its issues and its institutions' names. */
static double
line_height (RiayaReportDocument *self,
             RiayaReportLine     *line,
             GHashTable         **heights,
             double               one_line[2])
{
  RiayaDocumentWords *words = self->words[line->set_apart];
  double height = one_line[line->set_apart];

  for (guint c = 0; c < self->n_columns; c++)
    {
      double inner = self->column_width[c] - 2 * RIAYA_REPORT_CELL_PAD_X;
      const char *text = line->cells[c];
      guint n_lines;
      double *known;

      if (text[0] == '\0')
        continue;

      n_lines = _riaya_document_words_count_lines (words, text, inner);
      if (n_lines > 0)
        {
          height = MAX (height, n_lines * _riaya_document_words_line_height (words));
          continue;
        }

      known = g_hash_table_lookup (heights[line->set_apart], text);
      if (known == NULL)
        {
          known = g_new (double, 1);
          *known = _riaya_document_measure (self->context,
                                            self->fonts[line->set_apart ? RIAYA_REPORT_FONT_CELL_BOLD : RIAYA_REPORT_FONT_CELL],
                                            self->rtl, text, inner);
          g_hash_table_insert (heights[line->set_apart], g_strdup_printf ("%u\n%s", c, text), known);
        }
      height = MAX (height, *known);
    }

  return height + 2 * RIAYA_REPORT_CELL_PAD_Y;
}

static void
measure_lines (RiayaReportDocument *self)
{
  GHashTable *heights[2];
  double one_line[2];

  one_line[0] = _riaya_document_measure (self->context, self->fonts[RIAYA_REPORT_FONT_CELL], self->rtl, "0", -1);
  one_line[1] = _riaya_document_measure (self->context, self->fonts[RIAYA_REPORT_FONT_CELL_BOLD], self->rtl, "0", -1);
  for (guint b = 0; b < 2; b++)
    heights[b] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* Every word first, shaped together, then the lines. */
  for (guint i = 0; i < self->lines->len; i++)
    {
      RiayaReportLine *line = g_ptr_array_index (self->lines, i);

      for (guint c = 0; c < self->n_columns; c++)
        _riaya_document_words_add (self->words[line->set_apart], line->cells[c]);
    }

  for (guint i = 0; i < self->lines->len; i++)
    {
      RiayaReportLine *line = g_ptr_array_index (self->lines, i);

      line->height = line_height (self, line, heights, one_line);
    }

  for (guint b = 0; b < 2; b++)
    g_hash_table_unref (heights[b]);
}

static double
measure_column_headers (RiayaReportDocument *self)
{
  double tallest = 0;

  for (guint c = 0; c < self->n_columns; c++)
    tallest = MAX (tallest, _riaya_document_measure (self->context, self->fonts[RIAYA_REPORT_FONT_COLUMN_HEADER], self->rtl,
                                                     riaya_table_get_column_title (self->table, c),
                                                     self->column_width[c] - 2 * RIAYA_REPORT_CELL_PAD_X));

  return tallest + 2 * RIAYA_REPORT_CELL_PAD_Y;
}

/* The page header: the title line, what the table is for, its source
 * and date, and a rule. */
static double
measure_head (RiayaReportDocument *self)
{
  PangoContext *context = self->context;

  return _riaya_document_measure (context, self->fonts[RIAYA_REPORT_FONT_TITLE], self->rtl,
                                  _riaya_report_document_get_title (self), self->width * 0.75)
         + 2 + _riaya_document_measure (context, self->fonts[RIAYA_REPORT_FONT_SUBTITLE], self->rtl, "0", -1)
         + 2 + _riaya_document_measure (context, self->fonts[RIAYA_REPORT_FONT_META], self->rtl, "0", -1)
         + RIAYA_REPORT_GAP;
}

/* --- GObject --------------------------------------------------------- */

static void
riaya_report_document_finalize (GObject *object)
{
  RiayaReportDocument *self = (RiayaReportDocument *) object;

  g_clear_object (&self->table);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->printed_on, g_free);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->numeric, g_free);
  g_clear_pointer (&self->column_x, g_free);
  g_clear_pointer (&self->column_width, g_free);
  for (guint i = 0; i < RIAYA_REPORT_N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->words[0], _riaya_document_words_free);
  g_clear_pointer (&self->words[1], _riaya_document_words_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pages, g_array_unref);

  G_OBJECT_CLASS (riaya_report_document_parent_class)->finalize (object);
}

static void
riaya_report_document_class_init (RiayaReportDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = riaya_report_document_finalize;
}

static void
riaya_report_document_init (RiayaReportDocument *self)
{
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  self->pages = g_array_new (FALSE, TRUE, sizeof (RiayaReportPage));

  for (guint i = 0; i < RIAYA_REPORT_N_FONTS; i++)
    {
      self->fonts[i] = pango_font_description_from_string (FONT_FAMILIES);
      pango_font_description_set_size (self->fonts[i], (int) (font_specs[i].size * PANGO_SCALE));
      if (font_specs[i].bold)
        pango_font_description_set_weight (self->fonts[i], PANGO_WEIGHT_BOLD);
    }
}

/* --- Shared with riaya-report-document-draw.c ------------------------ */

const char *
_riaya_report_document_get_title (RiayaReportDocument *self)
{
  return riaya_table_get_title (self->table);
}

PangoLayout *
_riaya_report_document_new_layout (RiayaReportDocument *self,
                                   const char          *str,
                                   RiayaReportFont      font,
                                   double               width,
                                   RiayaDocumentAlign   align)
{
  return _riaya_document_new_layout (self->context, self->fonts[font], self->rtl, str, width, align);
}

/* The direction of @text's first letter, as the Unicode bidirectional
 * algorithm finds a paragraph's. */
static PangoDirection
first_strong_direction (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeScript script = g_unichar_get_script (c);

      if (script == G_UNICODE_SCRIPT_ARABIC || script == G_UNICODE_SCRIPT_HEBREW)
        return PANGO_DIRECTION_RTL;
      if (g_unichar_isalpha (c))
        return PANGO_DIRECTION_LTR;
    }

  return PANGO_DIRECTION_NEUTRAL;
}

void
_riaya_report_document_show_cell (RiayaReportDocument *self,
                                  cairo_t             *cr,
                                  const char          *text,
                                  gboolean             bold,
                                  double               x,
                                  double               y,
                                  double               width,
                                  RiayaDocumentAlign   align)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoDirection direction;

  if (_riaya_document_words_draw (self->words[bold], cr, text, x, y, width, align))
    return;

  layout = _riaya_report_document_new_layout (self, text, bold ? RIAYA_REPORT_FONT_CELL_BOLD : RIAYA_REPORT_FONT_CELL,
                                              width, align);
  /* A sentence in the other script (a French action in an Arabic
   * report) runs in its own direction, its full stop at its end, and
   * stays against the cell's edge: Pango swaps the alignment of a
   * paragraph that runs against the context, so it is swapped back. */
  direction = first_strong_direction (text);
  if (direction != PANGO_DIRECTION_NEUTRAL && (direction == PANGO_DIRECTION_RTL) != self->rtl &&
      align != RIAYA_DOCUMENT_ALIGN_CENTER)
    {
      pango_layout_set_auto_dir (layout, TRUE);
      pango_layout_set_alignment (layout, pango_layout_get_alignment (layout) == PANGO_ALIGN_LEFT
                                          ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  _riaya_document_show_layout (cr, layout, x, y);
}

char *
_riaya_report_document_dup_page_number (RiayaReportDocument *self,
                                        guint                page_index)
{
  /* Translators: the number of a page of a printed report: %1$u of %2$u pages */
  return g_strdup_printf (_("Page %1$u of %2$u"), page_index + 1, self->pages->len);
}

/* --- Public API ------------------------------------------------------ */

RiayaReportDocument *
riaya_report_document_new (RiayaTable       *table,
                           RiayaReportChart  chart,
                           const char       *source,
                           const char       *printed_on,
                           gboolean          rtl)
{
  RiayaReportDocument *self;
  guint n_rows;

  g_return_val_if_fail (RIAYA_IS_TABLE (table), NULL);
  g_return_val_if_fail (printed_on != NULL, NULL);

  self = g_object_new (RIAYA_TYPE_REPORT_DOCUMENT, NULL);
  self->table = g_object_ref (table);
  self->chart = riaya_report_chart_available (table, chart) ? chart : RIAYA_REPORT_CHART_NONE;
  self->source = g_strdup (source);
  self->printed_on = _riaya_register_document_format_date (printed_on);
  self->period = _riaya_report_dup_period (table);
  self->rtl = rtl;
  self->n_columns = riaya_table_get_n_columns (table);
  self->landscape = self->n_columns > MAX_PORTRAIT_COLUMNS;
  self->numeric = g_new0 (gboolean, self->n_columns);
  self->column_x = g_new0 (double, self->n_columns);
  self->column_width = g_new0 (double, self->n_columns);

  for (guint c = 0; c < self->n_columns; c++)
    self->numeric[c] = riaya_table_get_column_kind (table, c) != RIAYA_TABLE_TEXT;

  /* The lines as they are now: the document does not follow later
   * changes of the table. */
  n_rows = riaya_table_get_n_rows (table);
  for (guint r = 0; r < n_rows; r++)
    add_line (self, r, FALSE, FALSE);
  if (riaya_table_has_total (table))
    add_line (self, RIAYA_TABLE_TOTAL, TRUE, TRUE);
  if (riaya_table_has_share (table))
    add_line (self, RIAYA_TABLE_SHARE, TRUE, !riaya_table_has_total (table));

  return self;
}

gboolean
riaya_report_document_is_landscape (RiayaReportDocument *self)
{
  g_return_val_if_fail (RIAYA_IS_REPORT_DOCUMENT (self), FALSE);

  return self->landscape;
}

guint
riaya_report_document_paginate (RiayaReportDocument *self,
                                cairo_t             *cr,
                                double               width,
                                double               height)
{
  const char *const *languages = g_get_language_names ();
  RiayaReportPage page = { 0, 0 };
  double top, used = 0;

  g_return_val_if_fail (RIAYA_IS_REPORT_DOCUMENT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  self->width = width;
  self->height = height;
  g_clear_object (&self->context);
  self->context = _riaya_document_new_context (cr, self->rtl, languages[0]);
  for (guint b = 0; b < 2; b++)
    {
      g_clear_pointer (&self->words[b], _riaya_document_words_free);
      self->words[b] = _riaya_document_words_new (self->context,
                                                  self->fonts[b ? RIAYA_REPORT_FONT_CELL_BOLD : RIAYA_REPORT_FONT_CELL],
                                                  self->rtl);
    }

  self->head_height = measure_head (self);
  self->chart_height = 0;
  if (self->chart != RIAYA_REPORT_CHART_NONE)
    self->chart_height = self->landscape ? MIN (height * 0.42, width * 0.4) : MIN (height * 0.36, width * 0.55);

  lay_out_columns (self);
  self->column_header_height = measure_column_headers (self);
  measure_lines (self);

  /* Whole lines only, and the total with the percentage row under it:
   * a page never ends between them. */
  g_array_set_size (self->pages, 0);
  top = self->head_height + (self->chart_height > 0 ? self->chart_height + RIAYA_REPORT_GAP : 0)
        + self->column_header_height;
  for (guint i = 0; i < self->lines->len; i++)
    {
      RiayaReportLine *line = g_ptr_array_index (self->lines, i);
      double needed = line->height;

      if (line->rule && i + 1 < self->lines->len)
        needed += ((RiayaReportLine *) g_ptr_array_index (self->lines, i + 1))->height;
      if (page.n_lines > 0 && top + used + needed > height)
        {
          g_array_append_val (self->pages, page);
          page.first = i;
          page.n_lines = 0;
          used = 0;
          top = self->head_height + self->column_header_height;
        }
      page.n_lines++;
      used += line->height;
    }
  g_array_append_val (self->pages, page);

  return self->pages->len;
}
