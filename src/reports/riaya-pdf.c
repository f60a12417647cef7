/* riaya-pdf.c — a paged document saved as a PDF file, all or nothing
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <cairo-pdf.h>

#include "riaya-pdf-private.h"

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

static gboolean
fail (int    number,
      char **reason,
      int   *saved_errno)
{
  *saved_errno = number;
  *reason = g_strdup (g_strerror (number));
  return FALSE;
}

gboolean
_riaya_pdf_write (const char            *path,
                  int                    mode,
                  double                 page_width,
                  double                 page_height,
                  const char            *title,
                  RiayaPdfPaginateFunc   paginate,
                  RiayaPdfDrawPageFunc   draw_page,
                  gpointer               document,
                  int                   *saved_errno,
                  char                 **reason)
{
  g_autofree char *partial = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Sink sink = { -1, 0 };
  guint n_pages;

  g_assert (path != NULL && paginate != NULL && draw_page != NULL);
  g_assert (saved_errno != NULL && reason != NULL);

  *saved_errno = 0;
  *reason = NULL;

  /* Written beside @path, then renamed over it: an interrupted or failed
   * save never leaves half a document, nor takes the place of a good
   * one. */
  partial = g_strconcat (path, ".XXXXXX", NULL);
  sink.fd = g_mkstemp_full (partial, O_WRONLY, mode);
  if (sink.fd < 0)
    return fail (errno, reason, saved_errno);

  surface = cairo_pdf_surface_create_for_stream (write_to_fd, &sink, page_width, page_height);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Riaya " PACKAGE_VERSION);

  cr = cairo_create (surface);
  cairo_translate (cr, RIAYA_PDF_MARGIN, RIAYA_PDF_MARGIN);
  n_pages = paginate (document, cr, page_width - 2 * RIAYA_PDF_MARGIN, page_height - 2 * RIAYA_PDF_MARGIN);
  for (guint i = 0; i < n_pages; i++)
    {
      draw_page (document, cr, i);
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
      g_unlink (partial);
      *saved_errno = sink.saved_errno;
      *reason = g_strdup (sink.saved_errno != 0 ? g_strerror (sink.saved_errno)
                                                : cairo_status_to_string (status));
      return FALSE;
    }

  if (g_rename (partial, path) != 0)
    {
      int number = errno;

      g_unlink (partial);
      return fail (number, reason, saved_errno);
    }

  return TRUE;
}
