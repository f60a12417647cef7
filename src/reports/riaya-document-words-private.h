/* riaya-document-words-private.h — long tables of text, shaped word by word
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A Pango layout shapes and breaks its whole text each time it is
 * measured or drawn: right for a page of prose, too slow for the
 * compliance report of the whole country, thousands of lines whose cells
 * say the same words again and again ("Last valid visit on", "Law 14.05
 * asks for a visit every 6 months"). This shapes each word once, with
 * Pango, breaks lines between words, and draws a line's glyphs in one
 * call. It takes the texts whose words all run in the document's
 * direction: a text that mixes directions (a French name in an Arabic
 * sentence), holds a word wider than its cell, or a glyph its fonts lack,
 * is refused, and the caller lays it out with Pango as usual.
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "riaya-document-layout-private.h"

G_BEGIN_DECLS

typedef struct _RiayaDocumentWords RiayaDocumentWords;

/* The words of @font in @context, for a document of direction @rtl. */
RiayaDocumentWords *_riaya_document_words_new         (PangoContext               *context,
                                                       const PangoFontDescription *font,
                                                       gboolean                    rtl);
void                _riaya_document_words_free        (RiayaDocumentWords         *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaDocumentWords, _riaya_document_words_free)

/* Makes the words of @text known, to be shaped with all those added
 * before any is measured or drawn: many at once cost Pango less. */
void                _riaya_document_words_add         (RiayaDocumentWords         *self,
                                                       const char                 *text);

/* The height of each line of text, in points. */
double              _riaya_document_words_line_height (RiayaDocumentWords         *self);

/* The number of lines @text takes broken between words at @width points
 * (1 for ""), or 0 when @text is not for this (see above). */
guint               _riaya_document_words_count_lines (RiayaDocumentWords         *self,
                                                       const char                 *text,
                                                       double                      width);

/* Draws @text broken at @width, in the box at (@x, @y) of the page,
 * @width wide, aligned to @align (start and end of the document's
 * direction); FALSE, drawing nothing, when
 * _riaya_document_words_count_lines() would refuse it. The glyphs are
 * kept to be shown together, in @cr's source at the time, by
 * _riaya_document_words_flush(): call it before changing the source and
 * at the end of each page. */
gboolean              _riaya_document_words_draw        (RiayaDocumentWords         *self,
                                                       cairo_t                    *cr,
                                                       const char                 *text,
                                                       double                      x,
                                                       double                      y,
                                                       double                      width,
                                                       RiayaDocumentAlign          align);

/* Shows the glyphs drawn since the last flush. */
void                _riaya_document_words_flush       (RiayaDocumentWords         *self,
                                                       cairo_t                    *cr);

G_END_DECLS
