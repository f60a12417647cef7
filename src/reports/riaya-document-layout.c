/* riaya-document-layout.c — text on the pages of Riaya's documents
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "riaya-document-layout-private.h"

PangoContext *
_riaya_document_new_context (cairo_t    *cr,
                             gboolean    rtl,
                             const char *language)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options;

  pango_cairo_context_set_resolution (context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_base_dir (context, rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  pango_context_set_language (context, pango_language_from_string (language));

  return context;
}

PangoLayout *
_riaya_document_new_layout (PangoContext               *context,
                            const PangoFontDescription *font,
                            gboolean                    rtl,
                            const char                 *str,
                            double                      width,
                            RiayaDocumentAlign          align)
{
  PangoLayout *layout = pango_layout_new (context);

  /* The document's direction, not each paragraph's first letter. */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (align == RIAYA_DOCUMENT_ALIGN_CENTER)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  else if ((align == RIAYA_DOCUMENT_ALIGN_START) != rtl)
    pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
  else
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_text (layout, str, -1);

  return layout;
}

double
_riaya_document_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

double
_riaya_document_measure (PangoContext               *context,
                         const PangoFontDescription *font,
                         gboolean                    rtl,
                         const char                 *str,
                         double                      width)
{
  g_autoptr(PangoLayout) layout = _riaya_document_new_layout (context, font, rtl, str, width,
                                                              RIAYA_DOCUMENT_ALIGN_START);

  return _riaya_document_layout_height (layout);
}

void
_riaya_document_show_layout (cairo_t     *cr,
                             PangoLayout *layout,
                             double       x,
                             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

double
_riaya_document_mirror (gboolean rtl,
                        double   page_width,
                        double   x,
                        double   width)
{
  return rtl ? page_width - x - width : x;
}
