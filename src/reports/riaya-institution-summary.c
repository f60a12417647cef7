/* riaya-institution-summary.c — one institution on one page
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The blocks of riaya-institution-summary-content.c go down one A4
 * portrait page under a header (the title and the date described) and
 * above a footer (the date printed, the database the figures come from,
 * the licence number). A summary is one page by design: when an
 * institution's histories would not fit, fewer lines of each are shown
 * ("and 4 earlier visits"), and in the last resort — names and addresses
 * of unusual length — the page is drawn smaller, never spilled onto a
 * second one. Measured and drawn with Pango on any cairo context, in
 * points and in the interface's direction: the same code writes the PDF
 * and draws the page the GUI prints.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-document-layout-private.h"
#include "riaya-institution-summary-private.h"
#include "riaya-register-document-private.h"

/* Noto covers both scripts; fontconfig falls back to whatever font has
 * the glyphs when Noto is not installed. */
#define FONT_FAMILIES "Noto Sans, Noto Naskh Arabic, Noto Sans Arabic"

#define CELL_PAD_X    3.0
#define CELL_PAD_Y    1.8
#define GRID_LINE     0.5
#define GAP           5.0
#define HEADING_SPACE 9.0  /* above a section heading */
#define FIELD_GAP     8.0  /* between a pair of fields and the next */

/* The most lines of each history shown, before any is cut to fit. */
#define MAX_ITEMS 5

typedef enum
{
  FONT_TITLE,
  FONT_SITUATION,
  FONT_NAME,
  FONT_HEADING,
  FONT_LABEL,
  FONT_VALUE,
  FONT_COLUMN_HEADER,
  FONT_CELL,
  FONT_TOTAL,
  FONT_NOTE,
  FONT_FOOTER,
  N_FONTS
} Font;

static const struct
{
  double   size;
  gboolean bold;
} font_specs[N_FONTS] = {
  [FONT_TITLE] = { 15.0, TRUE },
  [FONT_SITUATION] = { 9.0, FALSE },
  [FONT_NAME] = { 12.5, TRUE },
  [FONT_HEADING] = { 10.5, TRUE },
  [FONT_LABEL] = { 8.0, TRUE },
  [FONT_VALUE] = { 8.5, FALSE },
  [FONT_COLUMN_HEADER] = { 7.5, TRUE },
  [FONT_CELL] = { 8.0, FALSE },
  [FONT_TOTAL] = { 8.0, TRUE },
  [FONT_NOTE] = { 7.5, FALSE },
  [FONT_FOOTER] = { 7.0, FALSE },
};

typedef enum
{
  ALIGN_START = RIAYA_DOCUMENT_ALIGN_START,
  ALIGN_CENTER = RIAYA_DOCUMENT_ALIGN_CENTER,
  ALIGN_END = RIAYA_DOCUMENT_ALIGN_END,
} Align;

/* Each table's columns, as shares of the page's width, from the start
 * edge: the left in French, the right in Arabic. Numbers end at the end
 * edge of their cell. */
#define MAX_COLUMNS 5

static const struct
{
  guint  n_columns;
  double shares[MAX_COLUMNS];
  Align  aligns[MAX_COLUMNS];
} tables[RIAYA_SUMMARY_N_TABLES] = {
  [RIAYA_SUMMARY_TABLE_NONE] = { 0, { 0 }, { 0 } },
  [RIAYA_SUMMARY_TABLE_EVENTS] = { 3, { 1.3, 4.0, 1.3 }, { ALIGN_START, ALIGN_START, ALIGN_START } },
  [RIAYA_SUMMARY_TABLE_CAPACITY] = { 5, { 3.4, 1.4, 1.2, 1.2, 1.3 },
                                     { ALIGN_START, ALIGN_START, ALIGN_END, ALIGN_END, ALIGN_END } },
  [RIAYA_SUMMARY_TABLE_STAFF] = { 3, { 3.6, 1.6, 2.2 }, { ALIGN_START, ALIGN_END, ALIGN_END } },
  [RIAYA_SUMMARY_TABLE_GRANTS] = { 5, { 0.8, 1.9, 1.3, 1.9, 2.6 },
                                   { ALIGN_START, ALIGN_END, ALIGN_CENTER, ALIGN_END, ALIGN_START } },
  [RIAYA_SUMMARY_TABLE_VISITS] = { 4, { 1.3, 2.6, 2.6, 2.0 }, { ALIGN_START, ALIGN_START, ALIGN_START, ALIGN_END } },
};

/* A line of fields: a label and its value, twice. */
#define FIELDS_PER_LINE 2

struct _RiayaInstitutionSummary
{
  GObject               parent_instance;

  gboolean              rtl;
  char                 *language;      /* the interface's, for shaping */
  RiayaSummaryData      data;
  char                 *title;         /* the PDF's: title — institution */
  char                 *situation;     /* "Situation on <date>" */
  char                 *footer_start;  /* printed on, source */
  char                 *footer_end;    /* the licence number */
  PangoFontDescription *fonts[N_FONTS];

  /* The layout, from paginate(). */
  PangoContext         *context;
  GPtrArray            *blocks;        /* RiayaSummaryBlock */
  double                width;         /* of the page */
  double                height;
  double                body_width;    /* of the blocks, before scaling */
  double                header_height;
  double                footer_height;
  double                scale;         /* < 1 when even the shortest lists did not fit */
};

G_DEFINE_FINAL_TYPE (RiayaInstitutionSummary, riaya_institution_summary, G_TYPE_OBJECT)

/* --- Laying out ------------------------------------------------------ */

static PangoLayout *
new_layout (RiayaInstitutionSummary *self,
            const char              *str,
            Font                     font,
            double                   width,
            Align                    align)
{
  return _riaya_document_new_layout (self->context, self->fonts[font], self->rtl, str, width,
                                     (RiayaDocumentAlign) align);
}

static double
measure (RiayaInstitutionSummary *self,
         const char              *str,
         Font                     font,
         double                   width)
{
  return _riaya_document_measure (self->context, self->fonts[font], self->rtl, str, width);
}

/* The page's x of a box @width wide at @x from the start edge of the
 * blocks. */
static double
mirror (RiayaInstitutionSummary *self,
        double                   x,
        double                   width)
{
  return _riaya_document_mirror (self->rtl, self->body_width, x, width);
}

static double
column_width (RiayaInstitutionSummary *self,
              RiayaSummaryTable        table,
              guint                    column,
              double                  *x)
{
  double total = 0, before = 0;

  for (guint c = 0; c < tables[table].n_columns; c++)
    {
      total += tables[table].shares[c];
      if (c < column)
        before += tables[table].shares[c];
    }

  if (x != NULL)
    *x = self->body_width * before / total;
  return self->body_width * tables[table].shares[column] / total;
}

/* Where the fields of a line go: a label, its value, a label, its value. */
static double
field_width (RiayaInstitutionSummary *self,
             guint                    index,
             double                  *x)
{
  static const double shares[2 * FIELDS_PER_LINE] = { 1.3, 3.2, 1.3, 3.2 };
  double unit = (self->body_width - (2 * FIELDS_PER_LINE - 1) * FIELD_GAP) / 9.0;
  double start = 0;

  for (guint i = 0; i < index; i++)
    start += shares[i] * unit + FIELD_GAP;
  if (x != NULL)
    *x = start;
  return shares[index] * unit;
}

static Font
cell_font (const RiayaSummaryBlock *block)
{
  switch (block->kind)
    {
    case RIAYA_SUMMARY_BLOCK_HEADER_ROW:
      return FONT_COLUMN_HEADER;
    case RIAYA_SUMMARY_BLOCK_TOTAL_ROW:
      return FONT_TOTAL;
    case RIAYA_SUMMARY_BLOCK_NAME:
      return FONT_NAME;
    case RIAYA_SUMMARY_BLOCK_HEADING:
      return FONT_HEADING;
    case RIAYA_SUMMARY_BLOCK_NOTE:
      return FONT_NOTE;
    case RIAYA_SUMMARY_BLOCK_ROW:
    case RIAYA_SUMMARY_BLOCK_FIELDS:
    default:
      return FONT_CELL;
    }
}

static gboolean
is_row (const RiayaSummaryBlock *block)
{
  return block->kind == RIAYA_SUMMARY_BLOCK_HEADER_ROW || block->kind == RIAYA_SUMMARY_BLOCK_ROW ||
         block->kind == RIAYA_SUMMARY_BLOCK_TOTAL_ROW;
}

/* The height of the line of fields starting at cells[@first]. */
static double
fields_line_height (RiayaInstitutionSummary *self,
                    const RiayaSummaryBlock *block,
                    guint                    first)
{
  double height = 0;

  for (guint i = 0; i < 2 * FIELDS_PER_LINE && block->cells[first + i] != NULL; i++)
    height = MAX (height, measure (self, block->cells[first + i], i % 2 == 0 ? FONT_LABEL : FONT_VALUE,
                                   field_width (self, i, NULL)));
  return height + 2;
}

static double
measure_block (RiayaInstitutionSummary *self,
               const RiayaSummaryBlock *block)
{
  Font font = cell_font (block);

  if (is_row (block))
    {
      double height = 0;

      for (guint c = 0; c < tables[block->table].n_columns && block->cells[c] != NULL; c++)
        height = MAX (height, measure (self, block->cells[c], font,
                                       column_width (self, block->table, c, NULL) - 2 * CELL_PAD_X));
      return height + 2 * CELL_PAD_Y;
    }

  switch (block->kind)
    {
    case RIAYA_SUMMARY_BLOCK_FIELDS:
      {
        guint n = g_strv_length (block->cells);
        double height = 0;

        for (guint first = 0; first < n; first += 2 * FIELDS_PER_LINE)
          height += fields_line_height (self, block, first);
        return height;
      }

    case RIAYA_SUMMARY_BLOCK_HEADING:
      return measure (self, block->cells[0], font, self->body_width) + 4;

    case RIAYA_SUMMARY_BLOCK_NAME:
    case RIAYA_SUMMARY_BLOCK_NOTE:
    default:
      return measure (self, block->cells[0], font, self->body_width) + 1;
    }
}

static double
space_above (GPtrArray *blocks,
             guint      index)
{
  RiayaSummaryBlock *block = g_ptr_array_index (blocks, index);
  RiayaSummaryBlock *before;

  if (index == 0)
    return 0;
  before = g_ptr_array_index (blocks, index - 1);
  if (block->kind == RIAYA_SUMMARY_BLOCK_HEADING)
    return HEADING_SPACE;
  /* A little room between a table and what follows it, and under the
   * names. */
  if (is_row (before) && !is_row (block))
    return 2;
  if (before->kind == RIAYA_SUMMARY_BLOCK_NAME && block->kind != RIAYA_SUMMARY_BLOCK_NAME)
    return GAP;
  if (before->kind == RIAYA_SUMMARY_BLOCK_FIELDS && block->kind != RIAYA_SUMMARY_BLOCK_NOTE)
    return 3;
  return 0;
}

/* Measures every block at the width of the blocks; returns their total
 * height. */
static double
measure_blocks (RiayaInstitutionSummary *self)
{
  double total = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      RiayaSummaryBlock *block = g_ptr_array_index (self->blocks, i);

      block->height = measure_block (self, block);
      total += space_above (self->blocks, i) + block->height;
    }

  return total;
}

/* --- Drawing --------------------------------------------------------- */

static void
draw_row (RiayaInstitutionSummary *self,
          cairo_t                 *cr,
          RiayaSummaryBlock       *block,
          double                   y)
{
  gboolean header = block->kind == RIAYA_SUMMARY_BLOCK_HEADER_ROW;
  Font font = cell_font (block);

  for (guint c = 0; c < tables[block->table].n_columns && block->cells[c] != NULL; c++)
    {
      double x;
      double width = column_width (self, block->table, c, &x);
      double left = mirror (self, x, width);

      cairo_rectangle (cr, left, y, width, block->height);
      if (header || block->kind == RIAYA_SUMMARY_BLOCK_TOTAL_ROW)
        {
          cairo_set_source_rgb (cr, header ? 0.88 : 0.95, header ? 0.88 : 0.95, header ? 0.88 : 0.95);
          cairo_fill_preserve (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, GRID_LINE);
      cairo_stroke (cr);

      if (block->cells[c][0] != '\0')
        {
          g_autoptr(PangoLayout) layout = new_layout (self, block->cells[c], font, width - 2 * CELL_PAD_X,
                                                      header ? ALIGN_CENTER : tables[block->table].aligns[c]);

          _riaya_document_show_layout (cr, layout, left + CELL_PAD_X, y + CELL_PAD_Y);
        }
    }
}

static void
draw_fields (RiayaInstitutionSummary *self,
             cairo_t                 *cr,
             RiayaSummaryBlock       *block,
             double                   y)
{
  guint n = g_strv_length (block->cells);

  for (guint first = 0; first < n; first += 2 * FIELDS_PER_LINE)
    {
      for (guint i = 0; i < 2 * FIELDS_PER_LINE && first + i < n; i++)
        {
          double x;
          double width = field_width (self, i, &x);
          gboolean label = i % 2 == 0;
          g_autoptr(PangoLayout) layout = new_layout (self, block->cells[first + i],
                                                      label ? FONT_LABEL : FONT_VALUE, width, ALIGN_START);

          cairo_set_source_rgb (cr, label ? 0.3 : 0, label ? 0.3 : 0, label ? 0.3 : 0);
          _riaya_document_show_layout (cr, layout, mirror (self, x, width), y);
        }
      y += fields_line_height (self, block, first);
    }
}

static void
draw_block (RiayaInstitutionSummary *self,
            cairo_t                 *cr,
            RiayaSummaryBlock       *block,
            double                   y)
{
  cairo_set_source_rgb (cr, 0, 0, 0);

  if (is_row (block))
    {
      draw_row (self, cr, block, y);
      return;
    }

  switch (block->kind)
    {
    case RIAYA_SUMMARY_BLOCK_FIELDS:
      draw_fields (self, cr, block, y);
      break;

    case RIAYA_SUMMARY_BLOCK_HEADING:
      {
        g_autoptr(PangoLayout) layout = new_layout (self, block->cells[0], FONT_HEADING, self->body_width,
                                                    ALIGN_START);
        double below = y + _riaya_document_layout_height (layout) + 1.5;

        _riaya_document_show_layout (cr, layout, 0, y);
        /* A rule under the heading, across the page. */
        cairo_set_line_width (cr, GRID_LINE);
        cairo_move_to (cr, 0, below);
        cairo_line_to (cr, self->body_width, below);
        cairo_stroke (cr);
        break;
      }

    case RIAYA_SUMMARY_BLOCK_NAME:
    case RIAYA_SUMMARY_BLOCK_NOTE:
    default:
      {
        g_autoptr(PangoLayout) layout = new_layout (self, block->cells[0], cell_font (block), self->body_width,
                                                    ALIGN_START);

        _riaya_document_show_layout (cr, layout, 0, y);
        break;
      }
    }
}

/* The title at the start, the date described at the end, a rule below. */
static void
draw_header (RiayaInstitutionSummary *self,
             cairo_t                 *cr)
{
  double title_width = self->width * 0.6;
  double situation_width = self->width - title_width;
  g_autoptr(PangoLayout) title = new_layout (self, _riaya_summary_title (), FONT_TITLE, title_width, ALIGN_START);
  g_autoptr(PangoLayout) situation = new_layout (self, self->situation, FONT_SITUATION, situation_width, ALIGN_END);
  double title_height = _riaya_document_layout_height (title);
  double x = _riaya_document_mirror (self->rtl, self->width, title_width, situation_width);

  cairo_set_source_rgb (cr, 0, 0, 0);
  _riaya_document_show_layout (cr, title, _riaya_document_mirror (self->rtl, self->width, 0, title_width), 0);
  /* The date on the title's baseline, roughly: at the foot of its line. */
  _riaya_document_show_layout (cr, situation, x, title_height - _riaya_document_layout_height (situation) - 1);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, 0, title_height + 2);
  cairo_line_to (cr, self->width, title_height + 2);
  cairo_stroke (cr);
}

/* The date printed and the database at the start, the licence at the
 * end (Law 65.15 art. 16: its number is on every document of the
 * institution): two pieces rather than one line, so that no number reads as part
 * of its neighbour when the line runs from the right. */
static void
draw_footer (RiayaInstitutionSummary *self,
             cairo_t                 *cr)
{
  double y = self->height - self->footer_height;
  double part = self->width * 2 / 3;
  g_autoptr(PangoLayout) start = new_layout (self, self->footer_start, FONT_FOOTER, part, ALIGN_START);
  g_autoptr(PangoLayout) end = new_layout (self, self->footer_end, FONT_FOOTER, self->width - part, ALIGN_END);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, GRID_LINE);
  cairo_move_to (cr, 0, y - 3);
  cairo_line_to (cr, self->width, y - 3);
  cairo_stroke (cr);
  _riaya_document_show_layout (cr, start, _riaya_document_mirror (self->rtl, self->width, 0, part), y);
  _riaya_document_show_layout (cr, end, _riaya_document_mirror (self->rtl, self->width, part, self->width - part),
                               y);
}

/* --- GObject --------------------------------------------------------- */

static void
riaya_institution_summary_finalize (GObject *object)
{
  RiayaInstitutionSummary *self = (RiayaInstitutionSummary *) object;

  _riaya_summary_data_clear (&self->data);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->situation, g_free);
  g_clear_pointer (&self->footer_start, g_free);
  g_clear_pointer (&self->footer_end, g_free);
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);

  G_OBJECT_CLASS (riaya_institution_summary_parent_class)->finalize (object);
}

static void
riaya_institution_summary_class_init (RiayaInstitutionSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = riaya_institution_summary_finalize;
}

static void
riaya_institution_summary_init (RiayaInstitutionSummary *self)
{
  self->scale = 1.0;

  for (guint i = 0; i < N_FONTS; i++)
    {
      self->fonts[i] = pango_font_description_from_string (FONT_FAMILIES);
      pango_font_description_set_size (self->fonts[i], (int) (font_specs[i].size * PANGO_SCALE));
      if (font_specs[i].bold)
        pango_font_description_set_weight (self->fonts[i], PANGO_WEIGHT_BOLD);
    }
}

/* --- Public API ------------------------------------------------------ */

RiayaInstitutionSummary *
riaya_institution_summary_new (RiayaStore  *store,
                               const char  *id,
                               const char  *on,
                               const char  *printed_on,
                               gboolean     rtl,
                               GError     **error)
{
  g_autoptr(RiayaInstitutionSummary) self = NULL;
  g_autofree char *source = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *from = NULL;
  g_autofree char *licence = NULL;
  RiayaInstitution *institution;

  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (on != NULL && printed_on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (RIAYA_TYPE_INSTITUTION_SUMMARY, NULL);
  self->rtl = rtl;
  self->language = g_strdup (riaya_interface_language ());
  if (!_riaya_summary_data_load (&self->data, store, id, on, error))
    return NULL;

  institution = self->data.institution;
  self->title = g_strconcat (_riaya_summary_title (), " — ", riaya_institution_get_display_name (institution), NULL);
  self->situation = _riaya_summary_dup_situation_on (on);

  source = g_path_get_basename (riaya_store_get_path (store));
  printed = _riaya_summary_dup_printed_on (printed_on);
  from = _riaya_summary_dup_source (source);
  self->footer_start = g_strconcat (printed, "   ·   ", from, NULL);
  licence = _riaya_register_document_isolate (riaya_institution_get_licence_number (institution));
  /* Translators: in the footer of a document; %s is a licence number */
  self->footer_end = g_strdup_printf (_("Licence %s"), licence);

  return g_steal_pointer (&self);
}

const char *
riaya_institution_summary_get_title (RiayaInstitutionSummary *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_SUMMARY (self), NULL);
  return self->title;
}

guint
riaya_institution_summary_paginate (RiayaInstitutionSummary *self,
                                    cairo_t                 *cr,
                                    double                   width,
                                    double                   height)
{
  double available, total;

  g_return_val_if_fail (RIAYA_IS_INSTITUTION_SUMMARY (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  self->width = width;
  self->height = height;
  self->body_width = width;
  self->scale = 1.0;

  g_clear_object (&self->context);
  self->context = _riaya_document_new_context (cr, self->rtl, self->language);

  self->header_height = measure (self, _riaya_summary_title (), FONT_TITLE, -1) + 2 + GAP;
  self->footer_height = measure (self, "0", FONT_FOOTER, -1);
  available = height - self->header_height - self->footer_height - GAP;

  /* Fewer lines of each history until the page holds them all. */
  for (guint max_items = MAX_ITEMS; max_items > 0; max_items--)
    {
      g_clear_pointer (&self->blocks, g_ptr_array_unref);
      self->blocks = _riaya_summary_build_blocks (&self->data, max_items);
      total = measure_blocks (self);
      if (total <= available)
        return 1;
    }

  /* Even one line of each is too much: the blocks are drawn smaller, laid
   * out on a page as much wider as they shrink, so that they still span
   * its width. Less wrapping there can only make them shorter. */
  self->scale = available / total;
  self->body_width = width / self->scale;
  total = measure_blocks (self);
  self->scale = MIN (self->scale, available / total);

  return 1;
}

void
riaya_institution_summary_draw_page (RiayaInstitutionSummary *self,
                                     cairo_t                 *cr,
                                     guint                    page_index)
{
  double y = 0;

  g_return_if_fail (RIAYA_IS_INSTITUTION_SUMMARY (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->context != NULL);
  g_return_if_fail (page_index == 0);

  cairo_save (cr);
  pango_cairo_update_context (cr, self->context);

  draw_header (self, cr);
  draw_footer (self, cr);

  cairo_save (cr);
  cairo_translate (cr, 0, self->header_height);
  cairo_scale (cr, self->scale, self->scale);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      RiayaSummaryBlock *block = g_ptr_array_index (self->blocks, i);

      y += space_above (self->blocks, i);
      draw_block (self, cr, block, y);
      y += block->height;
    }
  cairo_restore (cr);

  cairo_restore (cr);
}
