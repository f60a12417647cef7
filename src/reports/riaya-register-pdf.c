/* riaya-register-pdf.c — the register saved as a PDF file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What riaya-cli writes and the GUI saves: the pages of
 * riaya-register-document.c on A4 landscape, all or nothing
 * (riaya-pdf.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "riaya-pdf-private.h"
#include "riaya-register-document-private.h"

static guint
paginate (gpointer  document,
          cairo_t  *cr,
          double    width,
          double    height)
{
  return riaya_register_document_paginate (document, cr, width, height);
}

static void
draw_page (gpointer  document,
           cairo_t  *cr,
           guint     page_index)
{
  riaya_register_document_draw_page (document, cr, page_index);
}

gboolean
riaya_register_document_write_pdf (RiayaRegisterDocument *self,
                                   const char            *path,
                                   GError               **error)
{
  g_autofree char *title = NULL;
  g_autofree char *reason = NULL;
  int saved_errno;

  g_return_val_if_fail (RIAYA_IS_REGISTER_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The register is a wide table: A4 landscape. Readable by its owner
   * only, like the database: it holds health data and identity card
   * numbers (Law 09-08 arts 12-1, 23). */
  title = _riaya_register_document_dup_title (self);
  if (_riaya_pdf_write (path, 0600, RIAYA_PDF_A4_LONG_SIDE, RIAYA_PDF_A4_SHORT_SIDE, title,
                        paginate, draw_page, self, &saved_errno, &reason))
    return TRUE;

  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second the system's reason */
               _("Cannot save the register as “%s” (%s): choose another name, or a folder you may write to on a disk with room left."),
               path, reason);
  return FALSE;
}
