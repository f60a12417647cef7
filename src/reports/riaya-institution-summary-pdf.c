/* riaya-institution-summary-pdf.c — the institution's summary saved as a PDF file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What riaya-cli writes and the GUI saves: the page of
 * riaya-institution-summary.c on A4 portrait, all or nothing
 * (riaya-pdf.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "riaya-institution-summary.h"
#include "riaya-pdf-private.h"

static guint
paginate_document (gpointer  document,
                   cairo_t  *cr,
                   double    width,
                   double    height)
{
  return riaya_institution_summary_paginate (document, cr, width, height);
}

static void
draw_document_page (gpointer  document,
                    cairo_t  *cr,
                    guint     page_index)
{
  riaya_institution_summary_draw_page (document, cr, page_index);
}

gboolean
riaya_institution_summary_write_pdf (RiayaInstitutionSummary  *self,
                                     const char               *path,
                                     GError                  **error)
{
  g_autofree char *reason = NULL;
  int saved_errno;

  g_return_val_if_fail (RIAYA_IS_INSTITUTION_SUMMARY (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A4 portrait. Readable by its owner only, as the database it comes
   * from: it is for the person who printed it to hand on. */
  if (_riaya_pdf_write (path, 0600, RIAYA_PDF_A4_SHORT_SIDE, RIAYA_PDF_A4_LONG_SIDE, riaya_institution_summary_get_title (self),
                        paginate_document, draw_document_page, self, &saved_errno, &reason))
    return TRUE;

  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second the system's reason */
               _("Cannot save the institution’s summary as “%1$s” (%2$s): choose another name, or a folder you may write to on a disk with room left."),
               path, reason);
  return FALSE;
}
