/* riaya-visit-report.c — the report of a control committee's visit on paper
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decree 2.19.693 art. 8: the members present sign the report of the
 * visit. Its blocks (riaya-visit-report-content.c) flow down A4 portrait
 * pages: a section heading never ends a page, a table's column titles
 * are repeated at the top of each page it runs onto, and every page is
 * numbered "page N of M" beside the licence number and the visit's date,
 * so that a page cannot be slipped in or lost unnoticed. Measured and
 * drawn with Pango on any cairo context, in points: the same code writes
 * the PDF (riaya_visit_report_write_pdf) and draws the pages the GUI
 * prints, in the document's direction (right to left in Arabic).
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "riaya-document-layout-private.h"
#include "riaya-visit-report.h"
#include "riaya-visit-report-private.h"

/* Noto covers both scripts; fontconfig falls back to whatever font has
 * the glyphs when Noto is not installed. */
#define FONT_FAMILIES "Noto Sans, Noto Naskh Arabic, Noto Sans Arabic"

#define CELL_PAD_X     3.0
#define CELL_PAD_Y     2.5
#define GRID_LINE      0.5
#define GAP            6.0
#define HEADING_SPACE  12.0 /* above a section heading */
#define SIGNATURE_ROW  34.0 /* room for a signature by hand */
#define LABEL_WIDTH    150.0

typedef enum
{
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_HEADING,
  FONT_LABEL,
  FONT_VALUE,
  FONT_NOTE,
  FONT_COLUMN_HEADER,
  FONT_CELL,
  FONT_RUNNING_HEAD,
  FONT_FOOTER,
  N_FONTS
} Font;

static const struct
{
  double   size;
  gboolean bold;
} font_specs[N_FONTS] = {
  [FONT_TITLE] = { 15.0, TRUE },
  [FONT_SUBTITLE] = { 8.5, FALSE },
  [FONT_HEADING] = { 11.0, TRUE },
  [FONT_LABEL] = { 9.0, TRUE },
  [FONT_VALUE] = { 9.0, FALSE },
  [FONT_NOTE] = { 8.0, FALSE },
  [FONT_COLUMN_HEADER] = { 8.0, TRUE },
  [FONT_CELL] = { 8.5, FALSE },
  [FONT_RUNNING_HEAD] = { 7.5, TRUE },
  [FONT_FOOTER] = { 7.0, FALSE },
};

typedef enum
{
  ALIGN_START = RIAYA_DOCUMENT_ALIGN_START,
  ALIGN_CENTER = RIAYA_DOCUMENT_ALIGN_CENTER,
  ALIGN_END = RIAYA_DOCUMENT_ALIGN_END,
} Align;

/* Each table's columns, as shares of the page's width, from the start
 * edge: the left in French, the right in Arabic. */
#define MAX_COLUMNS 5

static const struct
{
  guint  n_columns;
  double shares[MAX_COLUMNS];
  Align  aligns[MAX_COLUMNS];
} tables[RIAYA_VISIT_N_TABLES] = {
  [RIAYA_VISIT_TABLE_NONE] = { 0, { 0 }, { 0 } },
  [RIAYA_VISIT_TABLE_CHECKLIST] = { 3, { 4.2, 2.0, 5.0 }, { ALIGN_START, ALIGN_START, ALIGN_START } },
  [RIAYA_VISIT_TABLE_STAFFING] = { 5, { 3.0, 4.6, 1.7, 1.7, 1.2 },
                                   { ALIGN_START, ALIGN_START, ALIGN_CENTER, ALIGN_CENTER, ALIGN_CENTER } },
  [RIAYA_VISIT_TABLE_ACTIONS] = { 3, { 6.4, 1.8, 1.8 }, { ALIGN_START, ALIGN_CENTER, ALIGN_CENTER } },
  [RIAYA_VISIT_TABLE_SIGNATURES] = { 3, { 0.7, 5.6, 4.0 }, { ALIGN_CENTER, ALIGN_START, ALIGN_START } },
};

/* Where a block is drawn: a block may be drawn twice, a table's header
 * row at the top of each page the table runs onto. */
typedef struct
{
  guint  block;
  guint  page;
  double y;
} Placement;

struct _RiayaVisitReport
{
  GObject                parent_instance;

  RiayaRegisterLanguage  language;
  GPtrArray             *blocks;          /* RiayaVisitBlock */
  char                  *title;           /* the PDF's: title — institution */
  char                  *running_head;
  char                  *footer_licence;
  char                  *footer_visit;
  PangoFontDescription  *fonts[N_FONTS];

  /* The layout, from paginate(). */
  PangoContext          *context;
  double                 width;
  double                 height;
  double                 head_height;     /* the running head of pages after the first */
  double                 footer_height;
  GArray                *placements;      /* Placement, in page order */
  guint                  n_pages;
};

G_DEFINE_FINAL_TYPE (RiayaVisitReport, riaya_visit_report, G_TYPE_OBJECT)

/* --- Laying out ------------------------------------------------------ */

/* In the document's direction (riaya-document-layout-private.h). */
static PangoLayout *
new_layout (RiayaVisitReport *self,
            const char       *str,
            Font              font,
            double            width,
            Align             align)
{
  return _riaya_document_new_layout (self->context, self->fonts[font], self->language == RIAYA_REGISTER_ARABIC,
                                     str, width, (RiayaDocumentAlign) align);
}

static double
measure (RiayaVisitReport *self,
         const char       *str,
         Font              font,
         double            width)
{
  return _riaya_document_measure (self->context, self->fonts[font], self->language == RIAYA_REGISTER_ARABIC,
                                  str, width);
}

/* The page's x of a box @width wide at @x from the start edge. */
static double
mirror (RiayaVisitReport *self,
        double            x,
        double            width)
{
  return _riaya_document_mirror (self->language == RIAYA_REGISTER_ARABIC, self->width, x, width);
}

static double
column_width (RiayaVisitReport *self,
              RiayaVisitTable   table,
              guint             column,
              double           *x)
{
  double total = 0, before = 0;

  for (guint c = 0; c < tables[table].n_columns; c++)
    {
      total += tables[table].shares[c];
      if (c < column)
        before += tables[table].shares[c];
    }

  if (x != NULL)
    *x = self->width * before / total;
  return self->width * tables[table].shares[column] / total;
}

static Font
block_font (const RiayaVisitBlock *block)
{
  switch (block->kind)
    {
    case RIAYA_VISIT_BLOCK_TITLE:
      return FONT_TITLE;
    case RIAYA_VISIT_BLOCK_SUBTITLE:
      return FONT_SUBTITLE;
    case RIAYA_VISIT_BLOCK_HEADING:
      return FONT_HEADING;
    case RIAYA_VISIT_BLOCK_NOTE:
      return FONT_NOTE;
    case RIAYA_VISIT_BLOCK_HEADER_ROW:
      return FONT_COLUMN_HEADER;
    case RIAYA_VISIT_BLOCK_ROW:
      return FONT_CELL;
    case RIAYA_VISIT_BLOCK_FORM:
    case RIAYA_VISIT_BLOCK_PARAGRAPH:
    default:
      return FONT_VALUE;
    }
}

/* The room a block takes, space below it included. */
static double
measure_block (RiayaVisitReport *self,
               RiayaVisitBlock  *block)
{
  Font font = block_font (block);
  double height = 0;

  switch (block->kind)
    {
    case RIAYA_VISIT_BLOCK_FORM:
      {
        double label_width = MIN (LABEL_WIDTH, self->width / 3);

        height = MAX (measure (self, block->cells[0], FONT_LABEL, label_width),
                      measure (self, block->cells[1], FONT_VALUE, self->width - label_width - GAP));
        return height + 4;
      }

    case RIAYA_VISIT_BLOCK_HEADER_ROW:
    case RIAYA_VISIT_BLOCK_ROW:
      for (guint c = 0; c < tables[block->table].n_columns && block->cells[c] != NULL; c++)
        if (block->cells[c][0] != '\0')
          height = MAX (height, measure (self, block->cells[c], font,
                                         column_width (self, block->table, c, NULL) - 2 * CELL_PAD_X));
      if (height == 0)
        height = measure (self, "0", font, -1);
      height += 2 * CELL_PAD_Y;
      if (block->kind == RIAYA_VISIT_BLOCK_ROW && block->table == RIAYA_VISIT_TABLE_SIGNATURES)
        height = MAX (height, SIGNATURE_ROW);
      return height;

    case RIAYA_VISIT_BLOCK_TITLE:
      return measure (self, block->cells[0], font, self->width) + 4;
    case RIAYA_VISIT_BLOCK_SUBTITLE:
      return measure (self, block->cells[0], font, self->width) + 8;
    case RIAYA_VISIT_BLOCK_HEADING:
      return measure (self, block->cells[0], font, self->width) + 5;
    case RIAYA_VISIT_BLOCK_NOTE:
    case RIAYA_VISIT_BLOCK_PARAGRAPH:
    default:
      return measure (self, block->cells[0], font, self->width) + 4;
    }
}

static RiayaVisitBlock *
block_at (RiayaVisitReport *self,
          guint             index)
{
  return g_ptr_array_index (self->blocks, index);
}

static void
place (RiayaVisitReport *self,
       guint             block,
       guint             page,
       double            y)
{
  Placement placement = { block, page, y };

  g_array_append_val (self->placements, placement);
}

static gboolean
keeps_with_next (RiayaVisitReport *self,
                 guint             index)
{
  RiayaVisitBlock *block = block_at (self, index);

  if (block->kind == RIAYA_VISIT_BLOCK_HEADING || block->kind == RIAYA_VISIT_BLOCK_HEADER_ROW)
    return TRUE;
  return block->kind == RIAYA_VISIT_BLOCK_NOTE && index + 1 < self->blocks->len &&
         block_at (self, index + 1)->kind == RIAYA_VISIT_BLOCK_HEADER_ROW;
}

/* The blocks down the pages. A heading takes the block after it along,
 * and a table header its first row; a row that starts a page gets its
 * table's header again above it. */
static void
flow (RiayaVisitReport *self)
{
  double bottom = self->height - self->footer_height - GAP;
  double top = 0;
  double y = 0;
  guint page = 0;
  guint header = G_MAXUINT; /* the header row of the table being laid out */

  g_array_set_size (self->placements, 0);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      RiayaVisitBlock *block = block_at (self, i);
      gboolean at_top = y <= top;
      double space = block->kind == RIAYA_VISIT_BLOCK_HEADING && !at_top ? HEADING_SPACE : 0;
      double needed = space + block->height;

      if (block->kind == RIAYA_VISIT_BLOCK_HEADER_ROW)
        header = i;
      else if (block->kind != RIAYA_VISIT_BLOCK_ROW)
        header = G_MAXUINT;

      /* A heading, a table's titles and the note that introduces a
       * table go with what follows them: the chain up to the first
       * block of content. */
      for (guint next = i; keeps_with_next (self, next) && next + 1 < self->blocks->len; next++)
        needed += block_at (self, next + 1)->height;

      if (!at_top && y + needed > bottom)
        {
          page++;
          top = self->head_height;
          y = top;
          space = 0;
          if (block->kind == RIAYA_VISIT_BLOCK_ROW && header != G_MAXUINT)
            {
              place (self, header, page, y);
              y += block_at (self, header)->height;
            }
        }

      y += space;
      place (self, i, page, y);
      y += block->height;
      /* A table ends with a little room below it. */
      if ((block->kind == RIAYA_VISIT_BLOCK_ROW || block->kind == RIAYA_VISIT_BLOCK_HEADER_ROW) &&
          (i + 1 == self->blocks->len || block_at (self, i + 1)->kind != RIAYA_VISIT_BLOCK_ROW))
        y += GAP;
    }

  self->n_pages = page + 1;
}

/* --- Drawing --------------------------------------------------------- */

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_row (RiayaVisitReport *self,
          cairo_t          *cr,
          RiayaVisitBlock  *block,
          double            y)
{
  gboolean header = block->kind == RIAYA_VISIT_BLOCK_HEADER_ROW;
  Font font = block_font (block);

  for (guint c = 0; c < tables[block->table].n_columns && block->cells[c] != NULL; c++)
    {
      double x;
      double width = column_width (self, block->table, c, &x);
      double left = mirror (self, x, width);

      cairo_rectangle (cr, left, y, width, block->height);
      if (header)
        {
          cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
          cairo_fill_preserve (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, GRID_LINE);
      cairo_stroke (cr);

      if (block->cells[c][0] != '\0')
        {
          g_autoptr(PangoLayout) layout = new_layout (self, block->cells[c], font, width - 2 * CELL_PAD_X,
                                                      header ? ALIGN_CENTER : tables[block->table].aligns[c]);

          show_layout (cr, layout, left + CELL_PAD_X, y + CELL_PAD_Y);
        }
    }
}

static void
draw_block (RiayaVisitReport *self,
            cairo_t          *cr,
            RiayaVisitBlock  *block,
            double            y)
{
  Font font = block_font (block);

  cairo_set_source_rgb (cr, 0, 0, 0);

  switch (block->kind)
    {
    case RIAYA_VISIT_BLOCK_FORM:
      {
        double label_width = MIN (LABEL_WIDTH, self->width / 3);
        double value_width = self->width - label_width - GAP;
        g_autoptr(PangoLayout) label = new_layout (self, block->cells[0], FONT_LABEL, label_width, ALIGN_START);
        g_autoptr(PangoLayout) value = new_layout (self, block->cells[1], FONT_VALUE, value_width, ALIGN_START);

        show_layout (cr, label, mirror (self, 0, label_width), y);
        show_layout (cr, value, mirror (self, label_width + GAP, value_width), y);
        break;
      }

    case RIAYA_VISIT_BLOCK_HEADER_ROW:
    case RIAYA_VISIT_BLOCK_ROW:
      draw_row (self, cr, block, y);
      break;

    case RIAYA_VISIT_BLOCK_HEADING:
      {
        g_autoptr(PangoLayout) layout = new_layout (self, block->cells[0], font, self->width, ALIGN_START);
        double below = y + _riaya_document_layout_height (layout) + 1.5;

        show_layout (cr, layout, 0, y);
        /* A rule under the heading, across the page. */
        cairo_set_line_width (cr, GRID_LINE);
        cairo_move_to (cr, 0, below);
        cairo_line_to (cr, self->width, below);
        cairo_stroke (cr);
        break;
      }

    case RIAYA_VISIT_BLOCK_TITLE:
    case RIAYA_VISIT_BLOCK_SUBTITLE:
      {
        g_autoptr(PangoLayout) layout = new_layout (self, block->cells[0], font, self->width, ALIGN_CENTER);

        show_layout (cr, layout, 0, y);
        break;
      }

    case RIAYA_VISIT_BLOCK_NOTE:
    case RIAYA_VISIT_BLOCK_PARAGRAPH:
    default:
      {
        g_autoptr(PangoLayout) layout = new_layout (self, block->cells[0], font, self->width, ALIGN_START);

        show_layout (cr, layout, 0, y);
        break;
      }
    }
}

static void
draw_running_head (RiayaVisitReport *self,
                   cairo_t          *cr)
{
  g_autoptr(PangoLayout) layout = new_layout (self, self->running_head, FONT_RUNNING_HEAD, self->width,
                                              ALIGN_START);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_layout (cr, layout, 0, 0);
}

/* The footer of every page: the licence at the start, "page N of M" in
 * the middle, the visit's date at the end — three pieces rather than one
 * line, so that no number reads as part of its neighbour when the line
 * runs from the right. */
static void
draw_footer (RiayaVisitReport *self,
             cairo_t          *cr,
             guint             page_index)
{
  g_autofree char *page = g_strdup_printf ("%u", page_index + 1);
  g_autofree char *pages = g_strdup_printf ("%u", self->n_pages);
  g_autofree char *numbering = _riaya_register_document_fill (_riaya_register_document_text (self->language,
                                                                                             RIAYA_REGISTER_TEXT_FOOTER_PAGE),
                                                              "page", page, "pages", pages, NULL);
  double third = self->width / 3;
  g_autoptr(PangoLayout) start = new_layout (self, self->footer_licence, FONT_FOOTER, third, ALIGN_START);
  g_autoptr(PangoLayout) middle = new_layout (self, numbering, FONT_FOOTER, third, ALIGN_CENTER);
  g_autoptr(PangoLayout) end = new_layout (self, self->footer_visit, FONT_FOOTER, third, ALIGN_END);
  double y = self->height - self->footer_height;

  cairo_set_source_rgb (cr, 0, 0, 0);
  show_layout (cr, start, mirror (self, 0, third), y);
  show_layout (cr, middle, third, y);
  show_layout (cr, end, mirror (self, 2 * third, third), y);
}

/* --- GObject --------------------------------------------------------- */

static void
riaya_visit_report_finalize (GObject *object)
{
  RiayaVisitReport *self = (RiayaVisitReport *) object;

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->running_head, g_free);
  g_clear_pointer (&self->footer_licence, g_free);
  g_clear_pointer (&self->footer_visit, g_free);
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->placements, g_array_unref);

  G_OBJECT_CLASS (riaya_visit_report_parent_class)->finalize (object);
}

static void
riaya_visit_report_class_init (RiayaVisitReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = riaya_visit_report_finalize;
}

static void
riaya_visit_report_init (RiayaVisitReport *self)
{
  self->placements = g_array_new (FALSE, TRUE, sizeof (Placement));

  for (guint i = 0; i < N_FONTS; i++)
    {
      self->fonts[i] = pango_font_description_from_string (FONT_FAMILIES);
      pango_font_description_set_size (self->fonts[i], (int) (font_specs[i].size * PANGO_SCALE));
      if (font_specs[i].bold)
        pango_font_description_set_weight (self->fonts[i], PANGO_WEIGHT_BOLD);
    }
}

/* --- Public API ------------------------------------------------------ */

RiayaVisitReport *
riaya_visit_report_new (RiayaInspection  *visit,
                        RiayaInstitution *institution,
                        GArray           *staffing_needs,
                        guint             present,
                        const char       *language)
{
  RiayaVisitReport *self;
  RiayaRegisterLanguage document_language;
  const char *date;
  g_autofree char *licence = NULL;
  g_autofree char *visit_date = NULL;
  const char *ar, *fr, *name;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (visit), NULL);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), NULL);
  g_return_val_if_fail (_riaya_register_document_language_from_code (language, &document_language), NULL);

  self = g_object_new (RIAYA_TYPE_VISIT_REPORT, NULL);
  self->language = document_language;
  self->blocks = _riaya_visit_report_build_blocks (document_language, visit, institution, staffing_needs, present);

  /* The institution's name in the document's language when it has one. */
  ar = riaya_institution_get_name_ar (institution);
  fr = riaya_institution_get_name_fr (institution);
  name = document_language == RIAYA_REGISTER_ARABIC ? (ar != NULL ? ar : fr) : (fr != NULL ? fr : ar);
  self->title = g_strconcat (_riaya_visit_report_text (document_language, RIAYA_VISIT_TEXT_TITLE), " — ",
                             name != NULL ? name : "", NULL);
  {
    g_autofree char *isolated = _riaya_register_document_isolate (name);

    self->running_head = g_strconcat (_riaya_visit_report_text (document_language, RIAYA_VISIT_TEXT_TITLE),
                                      " — ", isolated, NULL);
  }

  licence = _riaya_register_document_isolate (riaya_institution_get_licence_number (institution));
  self->footer_licence = _riaya_register_document_fill (_riaya_register_document_text (document_language,
                                                                                       RIAYA_REGISTER_TEXT_FOOTER_LICENCE),
                                                        "licence", licence, NULL);
  date = riaya_inspection_get_done_on (visit);
  visit_date = _riaya_register_document_format_date (date != NULL ? date : riaya_inspection_get_planned_on (visit));
  self->footer_visit = _riaya_register_document_fill (_riaya_visit_report_text (document_language,
                                                                                RIAYA_VISIT_TEXT_FOOTER_VISIT),
                                                      "date", visit_date, NULL);

  return self;
}

guint
riaya_visit_report_paginate (RiayaVisitReport *self,
                             cairo_t          *cr,
                             double            width,
                             double            height)
{
  g_return_val_if_fail (RIAYA_IS_VISIT_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  self->width = width;
  self->height = height;

  /* Sizes in points whatever the target, and metrics that do not depend
   * on its hinting: the pages counted are the pages drawn. */
  g_clear_object (&self->context);
  self->context = _riaya_document_new_context (cr, self->language == RIAYA_REGISTER_ARABIC,
                                               self->language == RIAYA_REGISTER_ARABIC ? "ar" : "fr");

  self->head_height = measure (self, self->running_head, FONT_RUNNING_HEAD, -1) + 2 * GAP;
  self->footer_height = measure (self, "0", FONT_FOOTER, -1);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      RiayaVisitBlock *block = block_at (self, i);

      block->height = measure_block (self, block);
    }
  flow (self);

  return self->n_pages;
}

void
riaya_visit_report_draw_page (RiayaVisitReport *self,
                              cairo_t          *cr,
                              guint             page_index)
{
  g_return_if_fail (RIAYA_IS_VISIT_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->context != NULL);
  g_return_if_fail (page_index < self->n_pages);

  cairo_save (cr);
  pango_cairo_update_context (cr, self->context);

  if (page_index > 0)
    draw_running_head (self, cr);

  /* A single block taller than a page (pages of findings in one
   * paragraph) is cut at the foot of its page rather than drawn over the
   * footer. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height - self->footer_height - GAP + GRID_LINE);
  cairo_clip (cr);
  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *placement = &g_array_index (self->placements, Placement, i);

      if (placement->page == page_index)
        draw_block (self, cr, block_at (self, placement->block), placement->y);
    }
  cairo_restore (cr);

  draw_footer (self, cr, page_index);
  cairo_restore (cr);
}

const char *
_riaya_visit_report_get_title (RiayaVisitReport *self)
{
  return self->title;
}
