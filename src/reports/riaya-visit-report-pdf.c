/* riaya-visit-report-pdf.c — the visit report saved as a PDF file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What riaya-cli writes and the GUI saves: the pages of
 * riaya-visit-report.c on A4 portrait, all or nothing (riaya-pdf.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "riaya-pdf-private.h"
#include "riaya-visit-report.h"
#include "riaya-visit-report-private.h"

static guint
paginate_document (gpointer  document,
                   cairo_t  *cr,
                   double    width,
                   double    height)
{
  return riaya_visit_report_paginate (document, cr, width, height);
}

static void
draw_document_page (gpointer  document,
                    cairo_t  *cr,
                    guint     page_index)
{
  riaya_visit_report_draw_page (document, cr, page_index);
}

gboolean
riaya_visit_report_write_pdf (RiayaInspection  *visit,
                              RiayaInstitution *institution,
                              GArray           *staffing_needs,
                              guint             present,
                              const char       *language,
                              const char       *path,
                              GError          **error)
{
  g_autoptr(RiayaVisitReport) self = NULL;
  g_autofree char *reason = NULL;
  int saved_errno;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (visit), FALSE);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), FALSE);
  g_return_val_if_fail (_riaya_register_document_language_from_code (language, NULL), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self = riaya_visit_report_new (visit, institution, staffing_needs, present, language);

  /* A4 portrait. Readable by its owner only until it is sent: the
   * committee is bound by secrecy (Law 65.15 art. 27). */
  if (_riaya_pdf_write (path, 0600, RIAYA_PDF_A4_SHORT_SIDE, RIAYA_PDF_A4_LONG_SIDE, _riaya_visit_report_get_title (self),
                        paginate_document, draw_document_page, self, &saved_errno, &reason))
    return TRUE;

  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second the system's reason */
               _("Cannot save the visit report as “%s” (%s): choose another name, or a folder you may write to on a disk with room left."),
               path, reason);
  return FALSE;
}
