/* riaya-document-save.c — printing a document, or saving it as PDF in a worker
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The summary, the register and the visit report are printed and saved
 * the same way: GtkPrintOperation on A4 pages for the print dialog, and
 * a PDF written by a worker thread with a store of its own, so that a
 * long register never blocks the window. What differs (which document,
 * what is said, where) comes in a RiayaDocumentKind.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-document-save.h"
#include "riaya-ui-util.h"

#define DOCUMENT_KEY "riaya-document"
#define KIND_KEY     "riaya-document-kind"
#define JOB_KEY      "riaya-document-job"

/* Printing */

static void
on_begin_print (GtkPrintOperation       *operation,
                GtkPrintContext         *context,
                const RiayaDocumentKind *kind)
{
  gpointer document = g_object_get_data (G_OBJECT (operation), DOCUMENT_KEY);
  guint n_pages = kind->paginate (document, gtk_print_context_get_cairo_context (context),
                                  gtk_print_context_get_width (context),
                                  gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page (GtkPrintOperation       *operation,
              GtkPrintContext         *context,
              int                      page_nr,
              const RiayaDocumentKind *kind)
{
  gpointer document = g_object_get_data (G_OBJECT (operation), DOCUMENT_KEY);

  kind->draw_page (document, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  const RiayaDocumentKind *kind = g_object_get_data (G_OBJECT (operation), KIND_KEY);
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    kind->say_print_failed (parent, error);
}

GtkPrintOperation *
riaya_document_print_operation_new (const RiayaDocumentKind *kind,
                                    GObject                 *document,
                                    GtkPageOrientation       orientation,
                                    const char              *job_name)
{
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperation *operation;

  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (G_IS_OBJECT (document), NULL);

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, orientation);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job_name);

  /* The document lives as long as the operation, which may outlive the
   * dialog that started it. */
  g_object_set_data_full (G_OBJECT (operation), DOCUMENT_KEY, g_object_ref (document), g_object_unref);
  g_object_set_data (G_OBJECT (operation), KIND_KEY, (gpointer) kind);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), (gpointer) kind);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), (gpointer) kind);

  return operation;
}

void
riaya_document_print (const RiayaDocumentKind *kind,
                      GtkPrintOperation       *operation,
                      GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (kind != NULL);
  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (GTK_IS_WINDOW (parent));

  /* The dialog offers printers and "Print to File" (PDF). */
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), parent, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    kind->say_print_failed (parent, error);
}

gboolean
riaya_document_print_to_file (GtkPrintOperation  *operation,
                              GtkWindow          *parent,
                              const char         *path,
                              GError            **error)
{
  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, error) !=
         GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* Saving as PDF, in a worker thread with a store of its own */

typedef struct
{
  const RiayaDocumentKind *kind;
  gpointer                 job;
  char                    *db_path;
  char                    *path;
} SaveJob;

static void
save_job_free (SaveJob *save)
{
  if (save->job != NULL)
    save->kind->free_job (save->job);
  g_free (save->db_path);
  g_free (save->path);
  g_free (save);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *save = task_data;
  g_autoptr(RiayaStore) store = NULL;
  GError *error = NULL;

  store = riaya_store_open (save->db_path, &error);
  if (store != NULL && save->kind->write_pdf (store, save->job, save->path, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_task_return_error (task, error);
}

void
riaya_document_save_pdf_async (const RiayaDocumentKind *kind,
                               gpointer                 source_object,
                               RiayaContext            *context,
                               gpointer                 job,
                               const char              *path,
                               GCancellable            *cancellable,
                               GAsyncReadyCallback      callback,
                               gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *save;

  g_return_if_fail (kind != NULL);
  g_return_if_fail (source_object == NULL || G_IS_OBJECT (source_object));
  g_return_if_fail (RIAYA_IS_CONTEXT (context));
  g_return_if_fail (path != NULL);

  save = g_new0 (SaveJob, 1);
  save->kind = kind;
  save->job = job;
  save->db_path = g_strdup (riaya_context_get_db_path (context));
  save->path = g_strdup (path);

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, riaya_document_save_pdf_async);
  g_task_set_task_data (task, save, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
riaya_document_save_pdf_finish (GAsyncResult  *result,
                                gpointer       source_object,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source_object), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == riaya_document_save_pdf_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  SaveJob *save = g_task_get_task_data (G_TASK (result));
  g_autofree char *base = g_path_get_basename (save->path);
  /* Isolated: a Latin name with its dots and dashes keeps its order
   * inside an Arabic sentence, as the reports page's toasts do. */
  g_autofree char *name = riaya_ui_isolate (base);
  g_autoptr(GError) error = NULL;

  riaya_document_save_pdf_finish (result, NULL, &error);
  save->kind->say_saved (parent, name, error);
}

void
riaya_document_save_pdf_to (const RiayaDocumentKind *kind,
                            GtkWindow               *parent,
                            RiayaContext            *context,
                            gpointer                 job,
                            const char              *path)
{
  g_return_if_fail (kind != NULL);
  g_return_if_fail (GTK_IS_WINDOW (parent));

  /* The window that hears the outcome stays until it is told. */
  riaya_document_save_pdf_async (kind, NULL, context, job, path, NULL, on_saved, g_object_ref (parent));
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                RiayaContext    *context)
{
  const RiayaDocumentKind *kind = g_object_get_data (G_OBJECT (chooser), KIND_KEY);
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  /* Without a path the job is freed with the chooser. */
  if (path != NULL)
    riaya_document_save_pdf_to (kind, parent, context, g_object_steal_data (G_OBJECT (chooser), JOB_KEY), path);

  g_object_unref (chooser);
}

void
riaya_document_save_pdf (const RiayaDocumentKind *kind,
                         GtkWindow               *parent,
                         RiayaContext            *context,
                         gpointer                 job,
                         const char              *title,
                         const char              *file_name)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  g_return_if_fail (kind != NULL);
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (RIAYA_IS_CONTEXT (context));
  g_return_if_fail (title != NULL && file_name != NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data (G_OBJECT (chooser), KIND_KEY, (gpointer) kind);
  g_object_set_data_full (G_OBJECT (chooser), JOB_KEY, job, kind->free_job);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen), context, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

char *
riaya_document_file_name_part (const char *text)
{
  char *part = g_strdup (text != NULL ? text : "");

  /* A licence number such as "12/2019" would be taken for a folder. */
  return g_strdelimit (part, "/\\:", '-');
}
