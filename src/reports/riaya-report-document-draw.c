/* riaya-report-document-draw.c — a national table on paper: its pages
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws the pages riaya-report-document.c laid out, for the GUI's print
 * dialog and for the PDF that riaya-cli and the GUI save (riaya-pdf.c,
 * the one PDF engine of Riaya). Right to left, everything is mirrored:
 * the first column at the right, the numbers against the left edge of
 * their cells, the page number at the left.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-pdf-private.h"
#include "riaya-report-chart.h"
#include "riaya-report-document-private.h"

#define RULE_GREY   0.80
#define HEADER_FILL 0.92
#define META_GREY   0.35

/* The page's x of a box @width wide at @x from the start edge. */
static double
mirror (RiayaReportDocument *self,
        double               x,
        double               width)
{
  return _riaya_document_mirror (self->rtl, self->width, x, width);
}

static double
show (RiayaReportDocument *self,
      cairo_t             *cr,
      const char          *str,
      RiayaReportFont      font,
      double               x,
      double               y,
      double               width,
      RiayaDocumentAlign   align)
{
  g_autoptr(PangoLayout) layout = _riaya_report_document_new_layout (self, str, font, width, align);

  _riaya_document_show_layout (cr, layout, mirror (self, x, width), y);
  return _riaya_document_layout_height (layout);
}

static void
rule (RiayaReportDocument *self,
      cairo_t             *cr,
      double               y,
      double               grey,
      double               line_width)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, self->width, y);
  cairo_stroke (cr);
}

/* The title and the page number on one line; what the table is for; its
 * source and the day printed; a rule. */
static void
draw_head (RiayaReportDocument *self,
           cairo_t             *cr,
           guint                page_index)
{
  g_autofree char *page = _riaya_report_document_dup_page_number (self, page_index);
  g_autofree char *printed = NULL;
  g_autofree char *meta = NULL;
  double y = 0;

  /* Translators: on every page of a printed report: %s is a date */
  printed = g_strdup_printf (_("Printed on %s"), self->printed_on);
  if (self->source != NULL)
    {
      g_autofree char *source = NULL;

      /* Translators: on every page of a printed report: %s is the name of the database file it was computed from */
      source = g_strdup_printf (_("Source: %s"), self->source);
      meta = g_strconcat (source, " · ", printed, NULL);
    }
  else
    meta = g_steal_pointer (&printed);

  cairo_set_source_rgb (cr, 0, 0, 0);
  y += show (self, cr, _riaya_report_document_get_title (self), RIAYA_REPORT_FONT_TITLE,
             0, y, self->width * 0.75, RIAYA_DOCUMENT_ALIGN_START);
  show (self, cr, page, RIAYA_REPORT_FONT_META, self->width * 0.75, 2, self->width * 0.25, RIAYA_DOCUMENT_ALIGN_END);
  y += 2;
  y += show (self, cr, self->period, RIAYA_REPORT_FONT_SUBTITLE, 0, y, self->width, RIAYA_DOCUMENT_ALIGN_START);
  y += 2;
  cairo_set_source_rgb (cr, META_GREY, META_GREY, META_GREY);
  y += show (self, cr, meta, RIAYA_REPORT_FONT_META, 0, y, self->width, RIAYA_DOCUMENT_ALIGN_START);
  rule (self, cr, y + RIAYA_REPORT_GAP / 2, 0, 0.6);
}

/* Numbers against the end edge of their cells, text from the start. */
static RiayaDocumentAlign
column_align (RiayaReportDocument *self,
              guint                column)
{
  return self->numeric[column] ? RIAYA_DOCUMENT_ALIGN_END : RIAYA_DOCUMENT_ALIGN_START;
}

static void
draw_column_headers (RiayaReportDocument *self,
                     cairo_t             *cr,
                     double               y)
{
  double height = self->column_header_height;

  cairo_set_source_rgb (cr, HEADER_FILL, HEADER_FILL, HEADER_FILL);
  cairo_rectangle (cr, 0, y, self->width, height);
  cairo_fill (cr);

  for (guint c = 0; c < self->n_columns; c++)
    {
      double inner = self->column_width[c] - 2 * RIAYA_REPORT_CELL_PAD_X;
      g_autoptr(PangoLayout) layout = _riaya_report_document_new_layout (self, riaya_table_get_column_title (self->table, c),
                                                                         RIAYA_REPORT_FONT_COLUMN_HEADER, inner,
                                                                         column_align (self, c));
      /* Headers of different heights line up at their foot, above the
       * figures they name. */
      double top = y + height - RIAYA_REPORT_CELL_PAD_Y - _riaya_document_layout_height (layout);

      cairo_set_source_rgb (cr, 0, 0, 0);
      _riaya_document_show_layout (cr, layout, mirror (self, self->column_x[c] + RIAYA_REPORT_CELL_PAD_X, inner), top);
    }

  rule (self, cr, y + height, 0, 0.8);
}

static void
draw_line (RiayaReportDocument *self,
           cairo_t             *cr,
           RiayaReportLine     *line,
           double               y)
{
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint c = 0; c < self->n_columns; c++)
    {
      double inner = self->column_width[c] - 2 * RIAYA_REPORT_CELL_PAD_X;

      if (line->cells[c][0] == '\0')
        continue;
      _riaya_report_document_show_cell (self, cr, line->cells[c], line->set_apart,
                                        mirror (self, self->column_x[c] + RIAYA_REPORT_CELL_PAD_X, inner),
                                        y + RIAYA_REPORT_CELL_PAD_Y, inner, column_align (self, c));
    }

}

/* --- Public API ------------------------------------------------------ */

void
riaya_report_document_draw_page (RiayaReportDocument *self,
                                 cairo_t             *cr,
                                 guint                page_index)
{
  const RiayaReportPage *page;
  double y, top;

  g_return_if_fail (RIAYA_IS_REPORT_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->context != NULL);
  g_return_if_fail (page_index < self->pages->len);

  page = &g_array_index (self->pages, RiayaReportPage, page_index);

  cairo_save (cr);
  pango_cairo_update_context (cr, self->context);
  draw_head (self, cr, page_index);
  y = self->head_height;

  if (page_index == 0 && self->chart_height > 0)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, y);
      riaya_report_chart_draw (self->table, self->chart, cr, self->width, self->chart_height,
                               self->fonts[RIAYA_REPORT_FONT_CHART], self->rtl);
      cairo_restore (cr);
      y += self->chart_height + RIAYA_REPORT_GAP;
    }

  if (self->lines->len == 0)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      show (self, cr, _("Nothing to report."), RIAYA_REPORT_FONT_SUBTITLE, 0, y, self->width,
            RIAYA_DOCUMENT_ALIGN_START);
      cairo_restore (cr);
      return;
    }

  draw_column_headers (self, cr, y);
  y += self->column_header_height;

  /* A single line taller than a page is cut at the page's foot. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, y, self->width, self->height - y + 1);
  cairo_clip (cr);
  top = y;
  for (guint i = page->first; i < page->first + page->n_lines; i++)
    {
      RiayaReportLine *line = g_ptr_array_index (self->lines, i);

      draw_line (self, cr, line, y);
      y += line->height;
    }
  _riaya_document_words_flush (self->words[0], cr);
  _riaya_document_words_flush (self->words[1], cr);

  /* The lines parted by light rules, one path a page; the total and the
   * percentage under a rule as dark as the header's. */
  y = top;
  cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
  cairo_set_line_width (cr, 0.4);
  for (guint i = page->first; i < page->first + page->n_lines; i++)
    {
      RiayaReportLine *line = g_ptr_array_index (self->lines, i);

      y += line->height;
      cairo_move_to (cr, 0, y);
      cairo_line_to (cr, self->width, y);
    }
  cairo_stroke (cr);
  y = top;
  for (guint i = page->first; i < page->first + page->n_lines; i++)
    {
      RiayaReportLine *line = g_ptr_array_index (self->lines, i);

      if (line->rule)
        rule (self, cr, y, 0, 0.8);
      y += line->height;
    }
  cairo_restore (cr);

  cairo_restore (cr);
}

static guint
paginate (gpointer  document,
          cairo_t  *cr,
          double    width,
          double    height)
{
  return riaya_report_document_paginate (document, cr, width, height);
}

static void
draw_page (gpointer  document,
           cairo_t  *cr,
           guint     page_index)
{
  riaya_report_document_draw_page (document, cr, page_index);
}

gboolean
riaya_report_document_write_pdf (RiayaReportDocument *self,
                                 const char          *path,
                                 GError             **error)
{
  g_autofree char *reason = NULL;
  int saved_errno;
  double long_side = RIAYA_PDF_A4_LONG_SIDE, short_side = RIAYA_PDF_A4_SHORT_SIDE;

  g_return_val_if_fail (RIAYA_IS_REPORT_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Counts and institutions, no person's name: readable like the CSV. */
  if (_riaya_pdf_write (path, 0644,
                        self->landscape ? long_side : short_side,
                        self->landscape ? short_side : long_side,
                        _riaya_report_document_get_title (self),
                        paginate, draw_page, self, &saved_errno, &reason))
    return TRUE;

  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second the system's reason */
               _("Cannot save the report as “%s” (%s): choose another name, or a folder you may write to on a disk with room left."),
               path, reason);
  return FALSE;
}
