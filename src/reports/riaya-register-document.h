/* riaya-register-document.h — the register of beneficiaries on paper
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register in its legal layout (Law 65.15 art. 28, decree 2.19.693
 * art. 11): a title page naming the institution and its licence, then
 * numbered entries with the beneficiary's fields and the family's, in
 * Arabic (right to left) or French, on A4 landscape pages, each page
 * numbered "page N of M" for the court's initials. Drawn with Pango and
 * cairo only, so that riaya-cli writes the same PDF as the GUI prints.
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "riaya-store-residents.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_REGISTER_DOCUMENT (riaya_register_document_get_type ())

G_DECLARE_FINAL_TYPE (RiayaRegisterDocument, riaya_register_document, RIAYA, REGISTER_DOCUMENT, GObject)

/* The register of @institution: @stays (RiayaStay, each with its
 * resident, in register-number order) — every stay ever, or those
 * present on a date, as the caller chose; @language "ar" or "fr" (the
 * document's language, whatever the interface's); @printed_on the date
 * printed on every page. */
RiayaRegisterDocument *riaya_register_document_new        (RiayaInstitution      *institution,
                                                           GListModel            *stays,
                                                           const char            *language,
                                                           const char            *printed_on);

/* Lays the document out for pages of @width × @height points (the
 * printable area); returns the number of pages. Call before drawing, and
 * again when the page size changes. @cr is any context of the target
 * (for font metrics). */
guint                  riaya_register_document_paginate   (RiayaRegisterDocument *self,
                                                           cairo_t               *cr,
                                                           double                 width,
                                                           double                 height);
/* Draws page @page_index (0-based) at the origin of @cr. */
void                   riaya_register_document_draw_page  (RiayaRegisterDocument *self,
                                                           cairo_t               *cr,
                                                           guint                  page_index);

/* Writes the whole document as a PDF file at @path (A4 landscape), all or
 * nothing: a temporary file is renamed over @path only when complete. */
gboolean               riaya_register_document_write_pdf  (RiayaRegisterDocument *self,
                                                           const char            *path,
                                                           GError               **error);

G_END_DECLS
