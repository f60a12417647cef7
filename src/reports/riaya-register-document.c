/* riaya-register-document.c — the register of beneficiaries on paper
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Law 65.15 art. 28 asks every institution for a numbered register that
 * the president of the court of first instance signs; decree 2.19.693
 * art. 11 lists what each entry holds. The joint arrêté that will fix its
 * form is not published (domain.md §3), so the layout follows the paper
 * registers in use: a title page for the court's signature and stamp,
 * then one line per entry in register-number order, each page numbered
 * "page N of M" so that the court can initial every page.
 *
 * Everything is measured and drawn with Pango on a cairo context, in
 * points: the same code writes the PDF of riaya-cli (riaya-register-pdf.c)
 * and draws the pages the GUI prints. The cells' text comes from
 * riaya-register-cells.c, the words from riaya-register-labels.c.
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "riaya-document-layout-private.h"
#include "riaya-register-document.h"
#include "riaya-register-document-private.h"

/* Noto covers both scripts; fontconfig falls back to whatever font has
 * the glyphs when Noto is not installed. */
#define FONT_FAMILIES "Noto Sans, Noto Naskh Arabic, Noto Sans Arabic"

#define CELL_PAD_X 2.5
#define CELL_PAD_Y 2.0
#define GRID_LINE  0.4
#define GAP        6.0

typedef enum
{
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_FORM_LABEL,
  FONT_FORM_VALUE,
  FONT_RUNNING_HEAD,
  FONT_COLUMN_HEADER,
  FONT_CELL,
  FONT_FOOTER,
  N_FONTS
} Font;

static const struct
{
  double   size;
  gboolean bold;
} font_specs[N_FONTS] = {
  [FONT_TITLE] = { 22.0, TRUE },
  [FONT_SUBTITLE] = { 10.0, FALSE },
  [FONT_FORM_LABEL] = { 10.5, TRUE },
  [FONT_FORM_VALUE] = { 10.5, FALSE },
  [FONT_RUNNING_HEAD] = { 8.0, TRUE },
  [FONT_COLUMN_HEADER] = { 6.5, TRUE },
  [FONT_CELL] = { 7.0, FALSE },
  [FONT_FOOTER] = { 7.0, FALSE },
};

/* The family's columns come last, under one heading. */
#define FIRST_GUARDIAN_COLUMN RIAYA_REGISTER_COLUMN_GUARDIAN_NAME

/* Each column's heading and width, as a share of the page's. */
static const struct
{
  RiayaRegisterText header;
  double            share;
} column_specs[RIAYA_REGISTER_N_COLUMNS] = {
  [RIAYA_REGISTER_COLUMN_NUMBER] = { RIAYA_REGISTER_TEXT_COLUMN_NUMBER, 3.2 },
  [RIAYA_REGISTER_COLUMN_NAME] = { RIAYA_REGISTER_TEXT_COLUMN_NAME, 8.0 },
  [RIAYA_REGISTER_COLUMN_SEX] = { RIAYA_REGISTER_TEXT_COLUMN_SEX, 5.2 },
  [RIAYA_REGISTER_COLUMN_BIRTH] = { RIAYA_REGISTER_TEXT_COLUMN_BIRTH, 7.0 },
  [RIAYA_REGISTER_COLUMN_CNIE] = { RIAYA_REGISTER_TEXT_COLUMN_CNIE, 5.4 },
  [RIAYA_REGISTER_COLUMN_FAMILY_STATUS] = { RIAYA_REGISTER_TEXT_COLUMN_FAMILY_STATUS, 6.0 },
  [RIAYA_REGISTER_COLUMN_HEALTH_STATUS] = { RIAYA_REGISTER_TEXT_COLUMN_HEALTH_STATUS, 7.2 },
  [RIAYA_REGISTER_COLUMN_CATEGORY] = { RIAYA_REGISTER_TEXT_COLUMN_CATEGORY, 6.4 },
  [RIAYA_REGISTER_COLUMN_ADMISSION] = { RIAYA_REGISTER_TEXT_COLUMN_ADMISSION, 7.2 },
  [RIAYA_REGISTER_COLUMN_EXIT] = { RIAYA_REGISTER_TEXT_COLUMN_EXIT, 7.8 },
  [RIAYA_REGISTER_COLUMN_GUARDIAN_NAME] = { RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_NAME, 7.0 },
  [RIAYA_REGISTER_COLUMN_GUARDIAN_CNIE] = { RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_CNIE, 5.4 },
  [RIAYA_REGISTER_COLUMN_GUARDIAN_ADDRESS] = { RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_ADDRESS, 8.6 },
  [RIAYA_REGISTER_COLUMN_GUARDIAN_PHONE] = { RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_PHONE, 6.6 },
  [RIAYA_REGISTER_COLUMN_GUARDIAN_OCCUPATION] = { RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_OCCUPATION, 5.8 },
  [RIAYA_REGISTER_COLUMN_GUARDIAN_SITUATION] = { RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_SITUATION, 6.2 },
};

/* One entry: the text of each cell, ready to lay out. */
typedef struct
{
  char   **cells;  /* one a column */
  double   height; /* measured by paginate() */
} Row;

/* The entries on one page of the table. */
typedef struct
{
  guint first;
  guint n_rows;
} Page;

typedef enum
{
  ALIGN_START = RIAYA_DOCUMENT_ALIGN_START,
  ALIGN_CENTER = RIAYA_DOCUMENT_ALIGN_CENTER,
  ALIGN_END = RIAYA_DOCUMENT_ALIGN_END,
} Align;

struct _RiayaRegisterDocument
{
  GObject                parent_instance;

  RiayaRegisterLanguage  language;
  RiayaInstitution      *institution; /* a copy, as it was when asked */
  char                  *printed_on;  /* as printed: dd/mm/yyyy */
  GPtrArray             *rows;        /* Row */
  PangoFontDescription  *fonts[N_FONTS];

  /* The layout, from paginate(). */
  PangoContext          *context;
  double                 width;
  double                 height;
  double                 column_x[RIAYA_REGISTER_N_COLUMNS]; /* from the start edge */
  double                 column_width[RIAYA_REGISTER_N_COLUMNS];
  double                 group_header_height;  /* "Family or legal representative" */
  double                 header_height;        /* both rows of column headers */
  double                 footer_height;
  double                 table_top;
  double                 rows_top;
  double                 rows_bottom;
  GArray                *pages;                /* Page, the title page first */
};

G_DEFINE_FINAL_TYPE (RiayaRegisterDocument, riaya_register_document, G_TYPE_OBJECT)

static void
row_free (Row *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static const char *
text (RiayaRegisterDocument *self,
      RiayaRegisterText      id)
{
  return _riaya_register_document_text (self->language, id);
}

/* The institution's name in the document's language first, then in the
 * other script when it is known. */
static char *
dup_institution_names (RiayaRegisterDocument *self,
                       gboolean               both)
{
  const char *ar = riaya_institution_get_name_ar (self->institution);
  const char *fr = riaya_institution_get_name_fr (self->institution);
  const char *first = self->language == RIAYA_REGISTER_ARABIC ? ar : fr;
  const char *second = self->language == RIAYA_REGISTER_ARABIC ? fr : ar;
  g_autofree char *first_isolated = _riaya_register_document_isolate (first);
  g_autofree char *second_isolated = _riaya_register_document_isolate (second);

  if (first == NULL)
    return g_steal_pointer (&second_isolated);
  if (!both || second == NULL)
    return g_steal_pointer (&first_isolated);
  return g_strconcat (first_isolated, "\n", second_isolated, NULL);
}

/* --- Laying out ------------------------------------------------------ */

/* In the document's direction (riaya-document-layout-private.h). */
static PangoLayout *
new_layout (RiayaRegisterDocument *self,
            const char            *str,
            Font                   font,
            double                 width,
            Align                  align)
{
  return _riaya_document_new_layout (self->context, self->fonts[font], self->language == RIAYA_REGISTER_ARABIC,
                                     str, width, (RiayaDocumentAlign) align);
}

static double
measure (RiayaRegisterDocument *self,
         const char            *str,
         Font                   font,
         double                 width)
{
  return _riaya_document_measure (self->context, self->fonts[font], self->language == RIAYA_REGISTER_ARABIC,
                                  str, width);
}

/* The page's x of a box @width wide at @x from the start edge. */
static double
mirror (RiayaRegisterDocument *self,
        double                 x,
        double                 width)
{
  return _riaya_document_mirror (self->language == RIAYA_REGISTER_ARABIC, self->width, x, width);
}

/* The height of a row: its tallest cell. Categories, dates, referrals
 * and sexes repeat from line to line, so each column remembers the
 * heights it measured in @heights (text → height): shaping is what a
 * register of thousands of entries spends its time on. */
static double
measure_row (RiayaRegisterDocument *self,
             Row                   *row,
             GHashTable            *heights[])
{
  double height = 0;

  for (guint c = 0; c < RIAYA_REGISTER_N_COLUMNS; c++)
    {
      double *known;

      if (row->cells[c][0] == '\0')
        continue;

      known = g_hash_table_lookup (heights[c], row->cells[c]);
      if (known == NULL)
        {
          known = g_new (double, 1);
          *known = measure (self, row->cells[c], FONT_CELL, self->column_width[c] - 2 * CELL_PAD_X);
          g_hash_table_insert (heights[c], g_strdup (row->cells[c]), known);
        }
      height = MAX (height, *known);
    }

  /* An empty line still has the height of one line of text. */
  if (height == 0)
    height = measure (self, "0", FONT_CELL, -1);

  return height + 2 * CELL_PAD_Y;
}

static void
lay_out_columns (RiayaRegisterDocument *self)
{
  double total_share = 0;
  double x = 0;
  double group_label, tallest_single = 0, tallest_sub = 0;

  for (guint c = 0; c < RIAYA_REGISTER_N_COLUMNS; c++)
    total_share += column_specs[c].share;

  for (guint c = 0; c < RIAYA_REGISTER_N_COLUMNS; c++)
    {
      self->column_x[c] = x;
      self->column_width[c] = self->width * column_specs[c].share / total_share;
      x += self->column_width[c];
    }

  /* Two rows of headers: the family's columns under one heading, the
   * others as tall as both rows. */
  group_label = measure (self, text (self, RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN), FONT_COLUMN_HEADER,
                         self->width - self->column_x[FIRST_GUARDIAN_COLUMN] - 2 * CELL_PAD_X);
  for (guint c = 0; c < RIAYA_REGISTER_N_COLUMNS; c++)
    {
      double h = measure (self, text (self, column_specs[c].header), FONT_COLUMN_HEADER,
                          self->column_width[c] - 2 * CELL_PAD_X) + 2 * CELL_PAD_Y;

      if (c >= FIRST_GUARDIAN_COLUMN)
        tallest_sub = MAX (tallest_sub, h);
      else
        tallest_single = MAX (tallest_single, h);
    }

  self->group_header_height = group_label + 2 * CELL_PAD_Y;
  self->header_height = MAX (tallest_single, self->group_header_height + tallest_sub);
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

/* A cell of the table: its frame, an optional grey fill, and @str inside,
 * from the top or centred vertically. */
static void
draw_cell (RiayaRegisterDocument *self,
           cairo_t               *cr,
           double                 x,
           double                 y,
           double                 width,
           double                 height,
           const char            *str,
           Font                   font,
           Align                  align,
           gboolean               header)
{
  double left = mirror (self, x, width);

  cairo_rectangle (cr, left, y, width, height);
  if (header)
    {
      cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
      cairo_fill_preserve (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, GRID_LINE);
  cairo_stroke (cr);

  if (str != NULL && *str != '\0')
    {
      g_autoptr(PangoLayout) layout = new_layout (self, str, font, width - 2 * CELL_PAD_X, align);
      double top = y + CELL_PAD_Y;

      if (header)
        top = y + MAX (CELL_PAD_Y, (height - _riaya_document_layout_height (layout)) / 2);
      show_layout (cr, layout, left + CELL_PAD_X, top);
    }
}

static void
draw_column_headers (RiayaRegisterDocument *self,
                     cairo_t               *cr)
{
  double y = self->table_top;
  double group_x = self->column_x[FIRST_GUARDIAN_COLUMN];

  for (guint c = 0; c < FIRST_GUARDIAN_COLUMN; c++)
    draw_cell (self, cr, self->column_x[c], y, self->column_width[c], self->header_height,
               text (self, column_specs[c].header), FONT_COLUMN_HEADER, ALIGN_CENTER, TRUE);

  draw_cell (self, cr, group_x, y, self->width - group_x, self->group_header_height,
             text (self, RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN), FONT_COLUMN_HEADER, ALIGN_CENTER, TRUE);
  for (guint c = FIRST_GUARDIAN_COLUMN; c < RIAYA_REGISTER_N_COLUMNS; c++)
    draw_cell (self, cr, self->column_x[c], y + self->group_header_height, self->column_width[c],
               self->header_height - self->group_header_height,
               text (self, column_specs[c].header), FONT_COLUMN_HEADER, ALIGN_CENTER, TRUE);
}

static void
draw_row (RiayaRegisterDocument *self,
          cairo_t               *cr,
          Row                   *row,
          double                 y)
{
  for (guint c = 0; c < RIAYA_REGISTER_N_COLUMNS; c++)
    draw_cell (self, cr, self->column_x[c], y, self->column_width[c], row->height,
               row->cells[c], FONT_CELL, c == RIAYA_REGISTER_COLUMN_NUMBER ? ALIGN_CENTER : ALIGN_START, FALSE);
}

static void
draw_running_head (RiayaRegisterDocument *self,
                   cairo_t               *cr)
{
  g_autofree char *name = dup_institution_names (self, FALSE);
  g_autofree char *head = g_strconcat (text (self, RIAYA_REGISTER_TEXT_TITLE), " — ", name, NULL);
  g_autoptr(PangoLayout) layout = new_layout (self, head, FONT_RUNNING_HEAD, self->width, ALIGN_START);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_layout (cr, layout, 0, 0);
}

/* The footer of every page: the licence at the start, "page N of M" in
 * the middle for the court's initials, the date printed at the end; three
 * pieces rather than one line, so that no number reads as part of its
 * neighbour when the line runs from the right. */
static void
draw_footer (RiayaRegisterDocument *self,
             cairo_t               *cr,
             guint                  page_index)
{
  g_autofree char *licence_number = _riaya_register_document_isolate (riaya_institution_get_licence_number (self->institution));
  g_autofree char *page = g_strdup_printf ("%u", page_index + 1);
  g_autofree char *pages = g_strdup_printf ("%u", self->pages->len);
  g_autofree char *licence = _riaya_register_document_fill (text (self, RIAYA_REGISTER_TEXT_FOOTER_LICENCE),
                                                            "licence", licence_number, NULL);
  g_autofree char *numbering = _riaya_register_document_fill (text (self, RIAYA_REGISTER_TEXT_FOOTER_PAGE),
                                                              "page", page, "pages", pages, NULL);
  g_autofree char *printed = _riaya_register_document_fill (text (self, RIAYA_REGISTER_TEXT_PRINTED_ON),
                                                            "date", self->printed_on, NULL);
  double third = self->width / 3;
  g_autoptr(PangoLayout) start = new_layout (self, licence, FONT_FOOTER, third, ALIGN_START);
  g_autoptr(PangoLayout) middle = new_layout (self, numbering, FONT_FOOTER, third, ALIGN_CENTER);
  g_autoptr(PangoLayout) end = new_layout (self, printed, FONT_FOOTER, third, ALIGN_END);
  double y = self->height - self->footer_height;

  cairo_set_source_rgb (cr, 0, 0, 0);
  show_layout (cr, start, mirror (self, 0, third), y);
  show_layout (cr, middle, third, y);
  show_layout (cr, end, mirror (self, 2 * third, third), y);
}

/* One line of the title page's form: the label at the start, the value
 * beside it. Returns the y below it. */
static double
draw_form_line (RiayaRegisterDocument *self,
                cairo_t               *cr,
                double                 y,
                double                 label_width,
                RiayaRegisterText      label,
                const char            *value)
{
  g_autoptr(PangoLayout) label_layout = NULL;
  g_autoptr(PangoLayout) value_layout = NULL;
  double value_width = self->width - label_width - GAP;

  label_layout = new_layout (self, text (self, label), FONT_FORM_LABEL, label_width, ALIGN_START);
  value_layout = new_layout (self, value != NULL ? value : "", FONT_FORM_VALUE, value_width, ALIGN_START);

  show_layout (cr, label_layout, mirror (self, 0, label_width), y);
  show_layout (cr, value_layout, mirror (self, label_width + GAP, value_width), y);

  return y + MAX (_riaya_document_layout_height (label_layout), _riaya_document_layout_height (value_layout)) + 5;
}

static void
draw_title_page (RiayaRegisterDocument *self,
                 cairo_t               *cr)
{
  RiayaInstitution *institution = self->institution;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) reference = NULL;
  g_autoptr(PangoLayout) court = NULL;
  g_autofree char *names = dup_institution_names (self, TRUE);
  g_autofree char *licence_number = _riaya_register_document_isolate (riaya_institution_get_licence_number (institution));
  g_autofree char *licence_date = _riaya_register_document_format_date (riaya_institution_get_licence_date (institution));
  g_autofree char *province = _riaya_register_document_isolate (riaya_institution_get_province_code (institution));
  g_autofree char *commune = _riaya_register_document_isolate (riaya_institution_get_commune (institution));
  g_autofree char *address = _riaya_register_document_isolate (riaya_institution_get_address (institution));
  g_autofree char *founder = _riaya_register_document_isolate (riaya_institution_get_founder (institution));
  g_autofree char *director = _riaya_register_document_isolate (riaya_institution_get_director (institution));
  g_autofree char *page_count = NULL;
  g_autofree char *court_text = NULL;
  double label_width = MIN (220.0, self->width / 3);
  double box_padding = 10;
  double signature_space = 70;
  double y = 0, box_height, box_y;

  cairo_set_source_rgb (cr, 0, 0, 0);

  title = new_layout (self, text (self, RIAYA_REGISTER_TEXT_TITLE), FONT_TITLE, self->width, ALIGN_CENTER);
  show_layout (cr, title, 0, y);
  y += _riaya_document_layout_height (title) + 4;
  reference = new_layout (self, text (self, RIAYA_REGISTER_TEXT_LEGAL_REFERENCE), FONT_SUBTITLE,
                          self->width, ALIGN_CENTER);
  show_layout (cr, reference, 0, y);
  y += _riaya_document_layout_height (reference) + 24;

  y = draw_form_line (self, cr, y, label_width, RIAYA_REGISTER_TEXT_INSTITUTION, names);
  y = draw_form_line (self, cr, y, label_width, RIAYA_REGISTER_TEXT_LICENCE_NUMBER, licence_number);
  y = draw_form_line (self, cr, y, label_width, RIAYA_REGISTER_TEXT_LICENCE_DATE, licence_date);
  y = draw_form_line (self, cr, y, label_width, RIAYA_REGISTER_TEXT_LEGAL_BASIS,
                      _riaya_register_document_legal_basis (self->language, riaya_institution_get_legal_basis (institution)));
  y = draw_form_line (self, cr, y, label_width, RIAYA_REGISTER_TEXT_TYPE,
                      _riaya_register_document_institution_type (self->language,
                                                                 riaya_institution_get_institution_type (institution)));
  y = draw_form_line (self, cr, y, label_width, RIAYA_REGISTER_TEXT_PROVINCE, province);
  y = draw_form_line (self, cr, y, label_width, RIAYA_REGISTER_TEXT_COMMUNE, commune);
  y = draw_form_line (self, cr, y, label_width, RIAYA_REGISTER_TEXT_ADDRESS, address);
  y = draw_form_line (self, cr, y, label_width, RIAYA_REGISTER_TEXT_FOUNDER, founder);
  y = draw_form_line (self, cr, y, label_width, RIAYA_REGISTER_TEXT_DIRECTOR, director);
  y += 16;

  /* The court's box (Law 65.15 art. 28): the president of the court of
   * first instance numbers and initials the register, and signs and
   * stamps this page. It sits at the foot of the page, above the
   * footer, unless the form above reaches that far. */
  page_count = _riaya_register_document_dup_page_count (self->language, self->pages->len);
  court_text = g_strconcat (text (self, RIAYA_REGISTER_TEXT_COURT),
                            " ……………………………………………………\n", page_count, "\n",
                            text (self, RIAYA_REGISTER_TEXT_COURT_SIGNATURE), NULL);
  court = new_layout (self, court_text, FONT_FORM_VALUE, self->width - 2 * box_padding, ALIGN_START);
  pango_layout_set_spacing (court, 4 * PANGO_SCALE);
  box_height = _riaya_document_layout_height (court) + signature_space + 2 * box_padding;
  box_y = MAX (y, self->height - self->footer_height - GAP * 2 - box_height);

  cairo_rectangle (cr, 0, box_y, self->width, box_height);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  show_layout (cr, court, box_padding, box_y + box_padding);
}

static void
draw_entries_page (RiayaRegisterDocument *self,
                   cairo_t               *cr,
                   const Page            *page)
{
  double y = self->rows_top;

  draw_running_head (self, cr);
  draw_column_headers (self, cr);

  if (page->n_rows == 0)
    {
      draw_cell (self, cr, 0, y, self->width, measure (self, "0", FONT_CELL, -1) + 4 * CELL_PAD_Y,
                 text (self, RIAYA_REGISTER_TEXT_NO_ENTRY), FONT_CELL, ALIGN_CENTER, FALSE);
      return;
    }

  /* A single entry taller than a page (pages of notes in one cell) is
   * cut at the foot of its page rather than drawn over the footer. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, self->rows_top, self->width, self->rows_bottom - self->rows_top + GRID_LINE);
  cairo_clip (cr);
  for (guint i = page->first; i < page->first + page->n_rows; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      draw_row (self, cr, row, y);
      y += row->height;
    }
  cairo_restore (cr);
}

/* --- GObject --------------------------------------------------------- */

static void
riaya_register_document_finalize (GObject *object)
{
  RiayaRegisterDocument *self = (RiayaRegisterDocument *) object;

  g_clear_object (&self->institution);
  g_clear_pointer (&self->printed_on, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pages, g_array_unref);

  G_OBJECT_CLASS (riaya_register_document_parent_class)->finalize (object);
}

static void
riaya_register_document_class_init (RiayaRegisterDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = riaya_register_document_finalize;
}

static void
riaya_register_document_init (RiayaRegisterDocument *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));

  for (guint i = 0; i < N_FONTS; i++)
    {
      self->fonts[i] = pango_font_description_from_string (FONT_FAMILIES);
      pango_font_description_set_size (self->fonts[i], (int) (font_specs[i].size * PANGO_SCALE));
      if (font_specs[i].bold)
        pango_font_description_set_weight (self->fonts[i], PANGO_WEIGHT_BOLD);
    }
}

/* --- Public API ------------------------------------------------------ */

RiayaRegisterDocument *
riaya_register_document_new (RiayaInstitution *institution,
                             GListModel       *stays,
                             const char       *language,
                             const char       *printed_on)
{
  RiayaRegisterDocument *self;
  RiayaRegisterLanguage document_language;
  guint n;

  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (stays), NULL);
  g_return_val_if_fail (_riaya_register_document_language_from_code (language, &document_language), NULL);
  g_return_val_if_fail (printed_on != NULL, NULL);

  self = g_object_new (RIAYA_TYPE_REGISTER_DOCUMENT, NULL);
  self->language = document_language;
  self->institution = riaya_institution_copy (institution);
  self->printed_on = _riaya_register_document_format_date (printed_on);

  /* The entries as they are now: a later change to the register does
   * not move lines between pages already counted for the court. */
  n = g_list_model_get_n_items (stays);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, i);

      Row *row = g_new0 (Row, 1);

      row->cells = _riaya_register_document_dup_cells (self->language, stay);
      g_ptr_array_add (self->rows, row);
    }

  return self;
}

guint
riaya_register_document_paginate (RiayaRegisterDocument *self,
                                  cairo_t               *cr,
                                  double                 width,
                                  double                 height)
{
  GHashTable *heights[RIAYA_REGISTER_N_COLUMNS];
  Page page = { 0, 0 };
  double used = 0;

  g_return_val_if_fail (RIAYA_IS_REGISTER_DOCUMENT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  self->width = width;
  self->height = height;

  /* Sizes in points whatever the target, and metrics that do not depend
   * on its hinting: the pages counted are the pages drawn. */
  g_clear_object (&self->context);
  self->context = _riaya_document_new_context (cr, self->language == RIAYA_REGISTER_ARABIC,
                                               self->language == RIAYA_REGISTER_ARABIC ? "ar" : "fr");

  lay_out_columns (self);
  self->table_top = measure (self, text (self, RIAYA_REGISTER_TEXT_TITLE), FONT_RUNNING_HEAD, -1) + GAP;
  self->rows_top = self->table_top + self->header_height;

  /* The footer: one line of the smallest text. */
  g_array_set_size (self->pages, 1);
  self->footer_height = measure (self, "0", FONT_FOOTER, -1);
  self->rows_bottom = height - self->footer_height - GAP;

  for (guint c = 0; c < RIAYA_REGISTER_N_COLUMNS; c++)
    heights[c] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* Whole entries only: a line of the register never runs onto the next
   * page, where the court's initials would not cover all of it. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      row->height = measure_row (self, row, heights);
      if (page.n_rows > 0 && self->rows_top + used + row->height > self->rows_bottom)
        {
          g_array_append_val (self->pages, page);
          page.first = i;
          page.n_rows = 0;
          used = 0;
        }
      page.n_rows++;
      used += row->height;
    }
  g_array_append_val (self->pages, page);

  for (guint c = 0; c < RIAYA_REGISTER_N_COLUMNS; c++)
    g_hash_table_unref (heights[c]);

  return self->pages->len;
}

void
riaya_register_document_draw_page (RiayaRegisterDocument *self,
                                   cairo_t               *cr,
                                   guint                  page_index)
{
  g_return_if_fail (RIAYA_IS_REGISTER_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->context != NULL);
  g_return_if_fail (page_index < self->pages->len);

  cairo_save (cr);
  pango_cairo_update_context (cr, self->context);
  cairo_set_source_rgb (cr, 0, 0, 0);

  if (page_index == 0)
    draw_title_page (self, cr);
  else
    draw_entries_page (self, cr, &g_array_index (self->pages, Page, page_index));

  draw_footer (self, cr, page_index);
  cairo_restore (cr);
}

char *
_riaya_register_document_dup_title (RiayaRegisterDocument *self)
{
  return g_strconcat (text (self, RIAYA_REGISTER_TEXT_TITLE), " — ",
                      riaya_institution_get_display_name (self->institution), NULL);
}
