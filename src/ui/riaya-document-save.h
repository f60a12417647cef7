/* riaya-document-save.h — printing a document, or saving it as PDF in a worker
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

/* What is one kind of document's own (the summary, the register, a visit
 * report); the rest of printing and saving is the same for all. */
typedef struct
{
  /* On the main thread: lays @document out on pages of @width × @height
   * points and returns how many; draws the page @page_index. */
  guint    (*paginate)         (gpointer       document,
                                cairo_t       *cr,
                                double         width,
                                double         height);
  void     (*draw_page)        (gpointer       document,
                                cairo_t       *cr,
                                guint          page_index);
  /* In a worker thread: makes the document @job describes from @store,
   * opened for this job alone, and writes it to @path as PDF, all or
   * nothing. @job was copied on the main thread and is freed with
   * @free_job. */
  gboolean (*write_pdf)        (RiayaStore    *store,
                                gpointer       job,
                                const char    *path,
                                GError       **error);
  GDestroyNotify free_job;
  /* On the main thread, over @parent: says that the file @name was
   * saved, or why not when @error is set. */
  void     (*say_saved)        (GtkWindow     *parent,
                                const char    *name,
                                const GError  *error);
  /* On the main thread, over @parent: says why printing failed. */
  void     (*say_print_failed) (GtkWindow     *parent,
                                const GError  *error);
} RiayaDocumentKind;

/* A print operation for @document's pages on A4 paper in @orientation,
 * in points, named @job_name. */
GtkPrintOperation *riaya_document_print_operation_new (const RiayaDocumentKind  *kind,
                                                       GObject                  *document,
                                                       GtkPageOrientation        orientation,
                                                       const char               *job_name);
/* Opens the print dialog (printers and "Print to File") over @parent; a
 * failure, then or when the job is done, goes to the kind's
 * say_print_failed. */
void               riaya_document_print               (const RiayaDocumentKind  *kind,
                                                       GtkPrintOperation        *operation,
                                                       GtkWindow                *parent);
/* Exports the pages the print dialog would send to @path, for the tests. */
gboolean           riaya_document_print_to_file       (GtkPrintOperation        *operation,
                                                       GtkWindow                *parent,
                                                       const char               *path,
                                                       GError                  **error);

/* Writes @job's document to @path in a worker thread with a store of its
 * own, on @context's database. Takes @job. */
void               riaya_document_save_pdf_async      (const RiayaDocumentKind  *kind,
                                                       gpointer                  source_object,
                                                       RiayaContext             *context,
                                                       gpointer                  job,
                                                       const char               *path,
                                                       GCancellable             *cancellable,
                                                       GAsyncReadyCallback       callback,
                                                       gpointer                  user_data);
gboolean           riaya_document_save_pdf_finish     (GAsyncResult             *result,
                                                       gpointer                  source_object,
                                                       GError                  **error);
/* Asks for a file with a chooser titled @title that offers @file_name,
 * then saves there as riaya_document_save_pdf_to() does. Takes @job. */
void               riaya_document_save_pdf            (const RiayaDocumentKind  *kind,
                                                       GtkWindow                *parent,
                                                       RiayaContext             *context,
                                                       gpointer                  job,
                                                       const char               *title,
                                                       const char               *file_name);
/* Saves to @path without asking, as the chooser's Save does, and says
 * how it went with the kind's say_saved. Takes @job. */
void               riaya_document_save_pdf_to         (const RiayaDocumentKind  *kind,
                                                       GtkWindow                *parent,
                                                       RiayaContext             *context,
                                                       gpointer                  job,
                                                       const char               *path);

/* @text (a licence number such as "12/2019") made fit for a file's name. */
char              *riaya_document_file_name_part      (const char               *text);

G_END_DECLS
