/* riaya-register-pdf.c — the register saved as a PDF file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What riaya-cli writes and the GUI saves: the pages of
 * riaya-register-document.c on A4 landscape, all or nothing.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>

#include "riaya-register-document-private.h"

/* ISO 216 A4, landscape: the register is a wide table. */
#define A4_LONG_SIDE  841.89
#define A4_SHORT_SIDE 595.28
#define PDF_MARGIN    28.35 /* 10 mm, which every printer can reach */

/* Where the PDF goes while it is written: the temporary file. */
typedef struct
{
  int fd;
  int saved_errno;
} Sink;

static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          sink->saved_errno = written < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno,
                 const char  *reason)
{
  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second the system's reason */
               _("Cannot save the register as “%s” (%s): choose another name, or a folder you may write to on a disk with room left."),
               path, reason);
}

gboolean
riaya_register_document_write_pdf (RiayaRegisterDocument *self,
                                   const char            *path,
                                   GError               **error)
{
  g_autofree char *partial = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Sink sink = { -1, 0 };
  guint n_pages;

  g_return_val_if_fail (RIAYA_IS_REGISTER_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Written beside @path, then renamed over it: an interrupted or failed
   * save never leaves half a register, nor takes the place of a good
   * one. Readable by its owner only, like the database: the register
   * holds health data and identity card numbers (Law 09-08 arts 12-1,
   * 23). */
  partial = g_strconcat (path, ".XXXXXX", NULL);
  sink.fd = g_mkstemp_full (partial, O_WRONLY, 0600);
  if (sink.fd < 0)
    {
      int saved_errno = errno;

      set_write_error (error, path, saved_errno, g_strerror (saved_errno));
      return FALSE;
    }

  surface = cairo_pdf_surface_create_for_stream (write_to_fd, &sink, A4_LONG_SIDE, A4_SHORT_SIDE);
  title = _riaya_register_document_dup_title (self);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Riaya " PACKAGE_VERSION);

  cr = cairo_create (surface);
  cairo_translate (cr, PDF_MARGIN, PDF_MARGIN);
  n_pages = riaya_register_document_paginate (self, cr, A4_LONG_SIDE - 2 * PDF_MARGIN,
                                              A4_SHORT_SIDE - 2 * PDF_MARGIN);
  for (guint i = 0; i < n_pages; i++)
    {
      riaya_register_document_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0)
    sink.saved_errno = errno;
  if (close (sink.fd) != 0 && sink.saved_errno == 0)
    sink.saved_errno = errno;

  if (status != CAIRO_STATUS_SUCCESS || sink.saved_errno != 0)
    {
      set_write_error (error, path, sink.saved_errno,
                       sink.saved_errno != 0 ? g_strerror (sink.saved_errno)
                                             : cairo_status_to_string (status));
      g_unlink (partial);
      return FALSE;
    }

  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      set_write_error (error, path, saved_errno, g_strerror (saved_errno));
      g_unlink (partial);
      return FALSE;
    }

  return TRUE;
}
