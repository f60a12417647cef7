/* riaya-document-layout-private.h — text on the pages of Riaya's documents
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register and the visit report (and every document after them) lay
 * their text out the same way: Pango layouts in the document's direction,
 * whatever the interface's, and boxes placed from the start edge — the
 * left in French, the right in Arabic.
 */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef enum
{
  RIAYA_DOCUMENT_ALIGN_START,
  RIAYA_DOCUMENT_ALIGN_CENTER,
  RIAYA_DOCUMENT_ALIGN_END,
} RiayaDocumentAlign;

/* A Pango context to lay a document out on @cr with: sizes in points
 * whatever the target, and metrics that do not depend on its hinting, so
 * that the pages counted are the pages drawn; @rtl's base direction and
 * @language ("ar", "fr", "en") for shaping and line breaking. (transfer
 * full) */
PangoContext *_riaya_document_new_context   (cairo_t                    *cr,
                                             gboolean                    rtl,
                                             const char                 *language);
/* A layout of @str in @font, wrapped at @width points (none when <= 0).
 * In a right-to-left document (@rtl) paragraphs run from the right
 * whatever their first letter: a French name in an Arabic register stays
 * in its column's place. (transfer full) */
PangoLayout *_riaya_document_new_layout     (PangoContext               *context,
                                             const PangoFontDescription *font,
                                             gboolean                    rtl,
                                             const char                 *str,
                                             double                      width,
                                             RiayaDocumentAlign          align);
/* Its height in points. */
double       _riaya_document_layout_height  (PangoLayout                *layout);
/* The height @str takes in @font wrapped at @width. */
double       _riaya_document_measure        (PangoContext               *context,
                                             const PangoFontDescription *font,
                                             gboolean                    rtl,
                                             const char                 *str,
                                             double                      width);
/* Draws @layout with its top start corner at (@x, @y) of @cr. */
void         _riaya_document_show_layout    (cairo_t                    *cr,
                                             PangoLayout                *layout,
                                             double                      x,
                                             double                      y);
/* The page's x of a box @width wide at @x from the start edge of a page
 * @page_width wide. */
double       _riaya_document_mirror         (gboolean                    rtl,
                                             double                      page_width,
                                             double                      x,
                                             double                      width);

G_END_DECLS
