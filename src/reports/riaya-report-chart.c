/* riaya-report-chart.c — a national table drawn as a chart
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The published tables are read at a glance from their chart: which
 * region holds the most institutions, how the grant moved from year to
 * year. One chart is drawn per table, from the column that matters
 * (riaya-report-chart-series.c), in the same way on screen, on paper and
 * in the PDF: an axis of a few round values, grey grid lines, one accent
 * colour that stays dark enough on a black-and-white printer, the names
 * and the numbers in the interface language. Right to left, the whole
 * picture is mirrored: the first region stands at the right, the axis
 * values at the right edge, and the labels read from the right.
 *
 * Sizes are in @cr's units, at 72 units an inch: a 9 pt font is 9 units
 * high, a point on paper, a pixel on screen unless the caller scales.
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "riaya-document-layout-private.h"
#include "riaya-report-chart.h"
#include "riaya-report-chart-private.h"

/* Noto covers both scripts; fontconfig falls back to whatever font has
 * the glyphs when Noto is not installed. */
#define FONT_FAMILIES "Noto Sans, Noto Naskh Arabic, Noto Sans Arabic"
#define DEFAULT_SIZE  9.0

/* A blue that reads as a dark grey once printed without colour. */
#define ACCENT_R 0.12
#define ACCENT_G 0.36
#define ACCENT_B 0.66
#define GRID_GREY 0.82
#define TEXT_GREY 0.13

/* A label broken over more lines than this under its bar is written at
 * an angle instead. */
#define MAX_LABEL_LINES 4
/* The share of the chart's height the labels under the bars may take. */
#define MAX_LABEL_SHARE 0.38

typedef struct
{
  cairo_t              *cr;
  PangoContext         *context;
  gboolean              rtl;
  double                width;
  double                height;
  PangoFontDescription *caption_font;
  PangoFontDescription *small_font;
  PangoFontDescription *value_font;
  double                size;      /* the base font's, in units */
  double                pad;
  /* The plot area, from the start edge. */
  double                plot_start;
  double                plot_end;
  double                plot_top;
  double                plot_bottom;
  double                slot;      /* the width given to each row */
  double                top_value; /* the axis' highest value */
} Chart;

static PangoLayout *
new_layout (Chart                      *chart,
            const PangoFontDescription *font,
            const char                 *str,
            double                      width,
            RiayaDocumentAlign          align)
{
  return _riaya_document_new_layout (chart->context, font, chart->rtl, str, width, align);
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/* The page's x of a box @width wide at @x from the start edge. */
static double
mirror (Chart  *chart,
        double  x,
        double  width)
{
  return _riaya_document_mirror (chart->rtl, chart->width, x, width);
}

static void
show (Chart       *chart,
      PangoLayout *layout,
      double       x,
      double       y)
{
  cairo_move_to (chart->cr, x, y);
  pango_cairo_show_layout (chart->cr, layout);
  /* No current point left for the next arc to draw a line from. */
  cairo_new_path (chart->cr);
}

static PangoFontDescription *
sized_font (const PangoFontDescription *base,
            double                      size,
            gboolean                    bold)
{
  PangoFontDescription *font = pango_font_description_copy (base);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

/* Where @value stands on the axis. */
static double
value_y (Chart  *chart,
         double  value)
{
  double share = chart->top_value > 0 ? MAX (value, 0) / chart->top_value : 0;

  return chart->plot_bottom - share * (chart->plot_bottom - chart->plot_top);
}

/* The centre of row @i's slot, on the page. */
static double
slot_centre (Chart *chart,
             guint  i)
{
  double start = chart->plot_start + (i + 0.5) * chart->slot;

  return chart->rtl ? chart->width - start : start;
}

/* The caption above the axis (what the values are) and the axis' values
 * at the start edge, right-aligned against the plot, with their grid
 * lines. */
static void
draw_axis (Chart                        *chart,
           const RiayaReportChartSeries *series)
{
  g_autoptr(PangoLayout) caption = NULL;
  guint n_ticks = (guint) llround (chart->top_value / series->step);
  double room = chart->plot_start - chart->pad;

  caption = new_layout (chart, chart->caption_font, series->caption, chart->width, RIAYA_DOCUMENT_ALIGN_START);
  cairo_set_source_rgb (chart->cr, TEXT_GREY, TEXT_GREY, TEXT_GREY);
  show (chart, caption, 0, 0);

  for (guint t = 0; t <= n_ticks; t++)
    {
      g_autofree char *text = _riaya_report_chart_dup_tick (series, t * series->step);
      g_autoptr(PangoLayout) layout = new_layout (chart, chart->small_font, text, room, RIAYA_DOCUMENT_ALIGN_END);
      double y = value_y (chart, t * series->step);
      double h;

      layout_size (layout, NULL, &h);
      cairo_set_source_rgb (chart->cr, TEXT_GREY, TEXT_GREY, TEXT_GREY);
      show (chart, layout, mirror (chart, 0, room), y - h / 2);

      /* The grid, lighter than anything drawn on it; the baseline is
       * drawn last, over the bars' feet. */
      if (t > 0)
        {
          cairo_set_source_rgb (chart->cr, GRID_GREY, GRID_GREY, GRID_GREY);
          cairo_set_line_width (chart->cr, 0.5);
          cairo_move_to (chart->cr, mirror (chart, chart->plot_start, 0), y);
          cairo_line_to (chart->cr, mirror (chart, chart->plot_end, 0), y);
          cairo_stroke (chart->cr);
        }
    }
}

static void
draw_baseline (Chart *chart)
{
  cairo_set_source_rgb (chart->cr, TEXT_GREY, TEXT_GREY, TEXT_GREY);
  cairo_set_line_width (chart->cr, 0.8);
  cairo_move_to (chart->cr, mirror (chart, chart->plot_start, 0), chart->plot_bottom);
  cairo_line_to (chart->cr, mirror (chart, chart->plot_end, 0), chart->plot_bottom);
  cairo_stroke (chart->cr);
}

/* The value of a row, centred above @y in its slot. */
static void
draw_value (Chart      *chart,
            guint       i,
            const char *text,
            double      y)
{
  g_autoptr(PangoLayout) layout = NULL;
  double h;

  if (text == NULL)
    return;

  layout = new_layout (chart, chart->value_font, text, -1, RIAYA_DOCUMENT_ALIGN_CENTER);
  pango_layout_set_width (layout, (int) (chart->slot * 1.6 * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_CHAR);
  layout_size (layout, NULL, &h);
  cairo_set_source_rgb (chart->cr, TEXT_GREY, TEXT_GREY, TEXT_GREY);
  show (chart, layout, slot_centre (chart, i) - chart->slot * 0.8, y - h - chart->pad * 0.25);
}

/* The value labels in a font small enough that the widest fits its slot. */
static double
fit_value_font (Chart                        *chart,
                const RiayaReportChartSeries *series,
                double                        room)
{
  double widest = 0, size = chart->size * 0.85, h = 0;

  for (guint i = 0; i < series->points->len; i++)
    {
      const RiayaReportChartPoint *point = &g_array_index (series->points, RiayaReportChartPoint, i);
      g_autoptr(PangoLayout) layout = NULL;
      double w;

      if (point->value_label == NULL)
        continue;
      layout = new_layout (chart, chart->small_font, point->value_label, -1, RIAYA_DOCUMENT_ALIGN_CENTER);
      layout_size (layout, &w, &h);
      widest = MAX (widest, w);
    }

  if (widest > room && widest > 0)
    size = MAX (chart->size * 0.5, size * room / widest);
  g_clear_pointer (&chart->value_font, pango_font_description_free);
  chart->value_font = sized_font (chart->small_font, size, FALSE);

  return h * size / (chart->size * 0.85);
}

/* --- Bars ------------------------------------------------------------- */

typedef struct
{
  PangoLayout *layout;
  double       width;
  double       height;
} Label;

static void
label_clear (Label *label)
{
  g_clear_object (&label->layout);
}

/* The names in @font wrapped to their slots, in @labels; FALSE when one
 * does not fit: a word wider than its slot, or too many lines. */
static gboolean
wrap_names (Chart                        *chart,
            const RiayaReportChartSeries *series,
            const PangoFontDescription   *font,
            GArray                       *labels,
            double                       *tallest)
{
  double room = chart->slot - 2;
  gboolean fits = TRUE;

  g_array_set_size (labels, 0);
  *tallest = 0;
  for (guint i = 0; i < series->points->len; i++)
    {
      const RiayaReportChartPoint *point = &g_array_index (series->points, RiayaReportChartPoint, i);
      Label label = { NULL, 0, 0 };

      label.layout = new_layout (chart, font, point->label, room, RIAYA_DOCUMENT_ALIGN_CENTER);
      pango_layout_set_wrap (label.layout, PANGO_WRAP_WORD);
      layout_size (label.layout, &label.width, &label.height);
      g_array_append_val (labels, label);
      if (label.width > room + 0.5 || pango_layout_get_line_count (label.layout) > MAX_LABEL_LINES)
        fits = FALSE;
      *tallest = MAX (*tallest, label.height);
    }

  return fits && *tallest <= chart->height * MAX_LABEL_SHARE;
}

/* The names under the bars: wrapped to their slot, in a smaller font if
 * need be (the twelve regions on a chart 600 points wide), so that they
 * read level; when even that is not enough (more bars, longer names),
 * at 45°, cut short with an ellipsis if they would take too much of the
 * chart. Returns their height; @rotated says which. */
static double
lay_out_names (Chart                        *chart,
               const RiayaReportChartSeries *series,
               GArray                       *labels,
               gboolean                     *rotated)
{
  static const double scales[] = { 1.0, 0.9, 0.8, 0.72 };
  double tallest = 0, cap = chart->height * MAX_LABEL_SHARE;

  *rotated = FALSE;
  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      g_autoptr(PangoFontDescription) font = sized_font (chart->small_font, chart->size * 0.85 * scales[s], FALSE);

      if (wrap_names (chart, series, font, labels, &tallest))
        return tallest;
    }
  wrap_names (chart, series, chart->small_font, labels, &tallest);

  *rotated = TRUE;
  tallest = 0;
  for (guint i = 0; i < labels->len; i++)
    {
      Label *label = &g_array_index (labels, Label, i);
      double line_height, diagonal;

      pango_layout_set_width (label->layout, -1);
      layout_size (label->layout, &label->width, &line_height);
      diagonal = (label->width + line_height) * G_SQRT2 / 2;
      if (diagonal > cap)
        {
          /* A name longer than the room keeps its start and loses its
           * end. */
          pango_layout_set_ellipsize (label->layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_width (label->layout, (int) ((cap * G_SQRT2 - line_height) * PANGO_SCALE));
          layout_size (label->layout, &label->width, &line_height);
          diagonal = (label->width + line_height) * G_SQRT2 / 2;
        }
      label->height = line_height;
      tallest = MAX (tallest, diagonal);
    }

  return tallest;
}

static void
draw_names (Chart  *chart,
            GArray *labels,
            gboolean rotated)
{
  cairo_set_source_rgb (chart->cr, TEXT_GREY, TEXT_GREY, TEXT_GREY);
  for (guint i = 0; i < labels->len; i++)
    {
      Label *label = &g_array_index (labels, Label, i);
      double centre = slot_centre (chart, i);

      if (!rotated)
        {
          show (chart, label->layout, centre - (chart->slot - 2) / 2, chart->plot_bottom + chart->pad * 0.4);
          continue;
        }

      /* The name ends at its bar, running down and away from it: to the
       * left in a left-to-right chart, to the right (mirrored) in a
       * right-to-left one, so that both read upwards towards the bar. */
      cairo_save (chart->cr);
      cairo_translate (chart->cr, centre, chart->plot_bottom + chart->pad * 0.4 + label->height * 0.35);
      if (chart->rtl)
        {
          cairo_rotate (chart->cr, G_PI / 4);
          cairo_move_to (chart->cr, 0, -label->height / 2);
        }
      else
        {
          cairo_rotate (chart->cr, -G_PI / 4);
          cairo_move_to (chart->cr, -label->width, -label->height / 2);
        }
      pango_cairo_show_layout (chart->cr, label->layout);
      cairo_new_path (chart->cr);
      cairo_restore (chart->cr);
    }
}

static void
draw_bars (Chart                        *chart,
           const RiayaReportChartSeries *series,
           double                        caption_height)
{
  g_autoptr(GArray) labels = g_array_new (FALSE, TRUE, sizeof (Label));
  double names_height, value_height;
  gboolean rotated;

  g_array_set_clear_func (labels, (GDestroyNotify) label_clear);

  /* The axis' values set where the plot starts; its width sets each
   * slot's, which sets how the names break, which sets where the plot
   * ends at the bottom. */
  chart->plot_start = _riaya_report_chart_widest_tick (series, chart->context, chart->small_font, chart->rtl) + chart->pad;
  chart->slot = (chart->plot_end - chart->plot_start) / series->points->len;

  names_height = lay_out_names (chart, series, labels, &rotated);
  value_height = fit_value_font (chart, series, chart->slot - 2);
  chart->plot_top = caption_height + chart->pad + value_height;
  chart->plot_bottom = chart->height - names_height - chart->pad * 0.8;
  if (chart->plot_bottom <= chart->plot_top + chart->size)
    chart->plot_bottom = chart->plot_top + chart->size;

  draw_axis (chart, series);

  cairo_set_source_rgb (chart->cr, ACCENT_R, ACCENT_G, ACCENT_B);
  for (guint i = 0; i < series->points->len; i++)
    {
      const RiayaReportChartPoint *point = &g_array_index (series->points, RiayaReportChartPoint, i);
      double bar = chart->slot * 0.62;
      double top = value_y (chart, point->value);

      if (!point->set || point->value <= 0)
        continue;
      cairo_rectangle (chart->cr, slot_centre (chart, i) - bar / 2, top, bar, chart->plot_bottom - top);
    }
  cairo_fill (chart->cr);

  for (guint i = 0; i < series->points->len; i++)
    {
      const RiayaReportChartPoint *point = &g_array_index (series->points, RiayaReportChartPoint, i);

      draw_value (chart, i, point->value_label, value_y (chart, point->value));
    }

  draw_baseline (chart);
  draw_names (chart, labels, rotated);
}

/* --- Line ------------------------------------------------------------- */

static void
draw_line (Chart                        *chart,
           const RiayaReportChartSeries *series,
           double                        caption_height)
{
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_object_unref);
  double widest = 0, year_height = 0, value_height, dot = chart->size * 0.32;
  guint every = 1;
  gboolean drawing = FALSE;

  chart->plot_start = _riaya_report_chart_widest_tick (series, chart->context, chart->small_font, chart->rtl) + chart->pad;
  chart->slot = (chart->plot_end - chart->plot_start) / series->points->len;

  for (guint i = 0; i < series->points->len; i++)
    {
      const RiayaReportChartPoint *point = &g_array_index (series->points, RiayaReportChartPoint, i);
      PangoLayout *layout = new_layout (chart, chart->small_font, point->label, -1, RIAYA_DOCUMENT_ALIGN_CENTER);
      double w;

      layout_size (layout, &w, &year_height);
      widest = MAX (widest, w);
      g_ptr_array_add (years, layout);
    }
  /* Twenty years on a narrow chart: every other year named. */
  every = MAX (1, (guint) ceil (widest * 1.3 / chart->slot));

  value_height = fit_value_font (chart, series, chart->slot * 1.6);
  chart->plot_top = caption_height + chart->pad + value_height + dot;
  chart->plot_bottom = chart->height - year_height - chart->pad;
  if (chart->plot_bottom <= chart->plot_top + chart->size)
    chart->plot_bottom = chart->plot_top + chart->size;

  draw_axis (chart, series);

  cairo_set_source_rgb (chart->cr, ACCENT_R, ACCENT_G, ACCENT_B);
  cairo_set_line_width (chart->cr, MAX (1.2, chart->size * 0.2));
  cairo_set_line_join (chart->cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < series->points->len; i++)
    {
      const RiayaReportChartPoint *point = &g_array_index (series->points, RiayaReportChartPoint, i);
      double x = slot_centre (chart, i), y = value_y (chart, point->value);

      /* A year without a figure breaks the line rather than bridging it. */
      if (!point->set)
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        cairo_line_to (chart->cr, x, y);
      else
        cairo_move_to (chart->cr, x, y);
      drawing = TRUE;
    }
  cairo_stroke (chart->cr);

  for (guint i = 0; i < series->points->len; i++)
    {
      const RiayaReportChartPoint *point = &g_array_index (series->points, RiayaReportChartPoint, i);
      double x = slot_centre (chart, i), y = value_y (chart, point->value);

      if (!point->set)
        continue;
      cairo_set_source_rgb (chart->cr, ACCENT_R, ACCENT_G, ACCENT_B);
      cairo_arc (chart->cr, x, y, dot, 0, 2 * G_PI);
      cairo_fill (chart->cr);
      draw_value (chart, i, point->value_label, y - dot);
    }

  draw_baseline (chart);

  cairo_set_source_rgb (chart->cr, TEXT_GREY, TEXT_GREY, TEXT_GREY);
  for (guint i = 0; i < years->len; i += every)
    {
      PangoLayout *layout = g_ptr_array_index (years, i);
      double w;

      layout_size (layout, &w, NULL);
      show (chart, layout, slot_centre (chart, i) - w / 2, chart->plot_bottom + chart->pad * 0.5);
    }
}

/* --- Public API ------------------------------------------------------- */

gboolean
riaya_report_chart_available (RiayaTable       *table,
                              RiayaReportChart  kind)
{
  g_autoptr(RiayaReportChartSeries) series = NULL;

  g_return_val_if_fail (RIAYA_IS_TABLE (table), FALSE);

  series = _riaya_report_chart_series_new (table, kind);
  return series != NULL;
}

void
riaya_report_chart_draw (RiayaTable                 *table,
                         RiayaReportChart            kind,
                         cairo_t                    *cr,
                         double                      width,
                         double                      height,
                         const PangoFontDescription *font,
                         gboolean                    rtl)
{
  g_autoptr(RiayaReportChartSeries) series = NULL;
  g_autoptr(PangoFontDescription) base = NULL;
  g_autoptr(PangoLayout) caption = NULL;
  const char *const *languages = g_get_language_names ();
  double caption_height;
  Chart chart = { 0, };

  g_return_if_fail (RIAYA_IS_TABLE (table));
  g_return_if_fail (cr != NULL);

  series = _riaya_report_chart_series_new (table, kind);
  if (series == NULL || width <= 0 || height <= 0)
    return;

  base = font != NULL ? pango_font_description_copy (font) : pango_font_description_from_string (FONT_FAMILIES);
  if (pango_font_description_get_size (base) <= 0)
    pango_font_description_set_size (base, (int) (DEFAULT_SIZE * PANGO_SCALE));

  cairo_save (cr);
  chart.cr = cr;
  chart.rtl = rtl;
  chart.width = width;
  chart.height = height;
  chart.size = (double) pango_font_description_get_size (base) / PANGO_SCALE;
  chart.pad = chart.size * 0.6;
  chart.context = _riaya_document_new_context (cr, rtl, languages[0]);
  chart.caption_font = sized_font (base, chart.size, TRUE);
  chart.small_font = sized_font (base, chart.size * 0.85, FALSE);
  chart.plot_end = width - chart.pad;

  caption = new_layout (&chart, chart.caption_font, series->caption, width, RIAYA_DOCUMENT_ALIGN_START);
  layout_size (caption, NULL, &caption_height);
  chart.top_value = series->top;

  if (kind == RIAYA_REPORT_CHART_LINE)
    draw_line (&chart, series, caption_height);
  else
    draw_bars (&chart, series, caption_height);

  g_clear_pointer (&chart.caption_font, pango_font_description_free);
  g_clear_pointer (&chart.small_font, pango_font_description_free);
  g_clear_pointer (&chart.value_font, pango_font_description_free);
  g_clear_object (&chart.context);
  cairo_restore (cr);
}
