/* riaya-pdf-private.h — a paged document saved as a PDF file, all or nothing
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register (riaya-register-pdf.c) and the visit report
 * (riaya-visit-report.c) lay their pages out with Pango on any cairo
 * context; this writes them to a PDF file the way every document of Riaya
 * is saved: beside the file, then renamed over it when complete.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* ISO 216 A4 in points, and a margin every printer can reach (10 mm). */
#define RIAYA_PDF_A4_LONG_SIDE  841.89
#define RIAYA_PDF_A4_SHORT_SIDE 595.28
#define RIAYA_PDF_MARGIN        28.35

typedef guint (*RiayaPdfPaginateFunc) (gpointer  document,
                                       cairo_t  *cr,
                                       double    width,
                                       double    height);
typedef void  (*RiayaPdfDrawPageFunc) (gpointer  document,
                                       cairo_t  *cr,
                                       guint     page_index);

/* Lays @document out for pages of @page_width × @page_height points less
 * the margins, draws every page into a temporary file beside @path
 * (created with @mode), and renames it over @path. Returns FALSE, with
 * nothing left behind, the system's error number in @saved_errno (0 when
 * cairo failed otherwise) and the reason in words in @reason (transfer
 * full), for the caller's own message. */
gboolean _riaya_pdf_write (const char            *path,
                           int                    mode,
                           double                 page_width,
                           double                 page_height,
                           const char            *title,
                           RiayaPdfPaginateFunc   paginate,
                           RiayaPdfDrawPageFunc   draw_page,
                           gpointer               document,
                           int                   *saved_errno,
                           char                 **reason);

G_END_DECLS
