/* riaya-register-print.c — printing the register and saving it as PDF
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register in its legal layout (Law 65.15 art. 28, decree 2.19.693
 * art. 11) is drawn by RiayaRegisterDocument (src/reports), in Arabic or
 * French whatever the interface's language: the court that numbers and
 * signs the register reads either. Here it goes to GtkPrintOperation, on
 * A4 landscape, or to a PDF file written by a worker thread.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-register-document.h"
#include "riaya-register-print.h"

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Printing */

static void
on_begin_print (GtkPrintOperation     *operation,
                GtkPrintContext       *context,
                RiayaRegisterDocument *document)
{
  guint n_pages = riaya_register_document_paginate (document, gtk_print_context_get_cairo_context (context),
                                                    gtk_print_context_get_width (context),
                                                    gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page (GtkPrintOperation     *operation,
              GtkPrintContext       *context,
              int                    page_nr,
              RiayaRegisterDocument *document)
{
  riaya_register_document_draw_page (document, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               RiayaRegisterWindow     *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    _riaya_register_window_show_toast (self, error->message);
}

static GtkPrintOperation *
print_operation_new (RiayaRegisterWindow *self,
                     const char          *language)
{
  RiayaInstitution *institution = _riaya_register_window_get_institution (self);
  g_autoptr(GListModel) stays = _riaya_register_window_dup_stays (self);
  g_autofree char *today = today_iso ();
  g_autoptr(RiayaRegisterDocument) document = riaya_register_document_new (institution, stays, language, today);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *job_name = NULL;
  GtkPrintOperation *operation = gtk_print_operation_new ();

  /* The register's legal layout is on A4 landscape pages. */
  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  /* Translators: the print job's name; %s is an institution's name */
  job_name = g_strdup_printf (_("Register of %s"), riaya_institution_get_display_name (institution));
  gtk_print_operation_set_job_name (operation, job_name);

  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  return operation;
}

static void
print_in (RiayaRegisterWindow *self,
          const char          *language)
{
  g_autoptr(GtkPrintOperation) operation = print_operation_new (self, language);
  g_autoptr(GError) error = NULL;

  /* The dialog offers printers and "Print to File" (PDF). */
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    _riaya_register_window_show_toast (self, error->message);
}

gboolean
riaya_register_window_print_to_file (RiayaRegisterWindow  *self,
                                     const char           *language,
                                     const char           *path,
                                     GError              **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (RIAYA_IS_REGISTER_WINDOW (self), FALSE);
  g_return_val_if_fail (language != NULL && path != NULL, FALSE);

  operation = print_operation_new (self, language);
  gtk_print_operation_set_export_filename (operation, path);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                  GTK_WINDOW (self), error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* Saving as PDF, in a worker thread with a store of its own */

typedef struct
{
  char *db_path;
  char *institution_uuid;
  char *present_on;         /* NULL: everyone who ever stayed */
  char *language;
  char *path;
  char *printed_on;
} PdfJob;

static void
pdf_job_free (PdfJob *job)
{
  g_free (job->db_path);
  g_free (job->institution_uuid);
  g_free (job->present_on);
  g_free (job->language);
  g_free (job->path);
  g_free (job->printed_on);
  g_free (job);
}

static void
pdf_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  PdfJob *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GListModel) stays = NULL;
  g_autoptr(RiayaRegisterDocument) document = NULL;
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store != NULL)
    institution = riaya_store_get_institution (store, job->institution_uuid, &error);
  if (institution != NULL)
    stays = riaya_store_list_stays (store, job->institution_uuid, job->present_on, &error);
  if (stays != NULL)
    {
      document = riaya_register_document_new (institution, stays, job->language, job->printed_on);
      if (riaya_register_document_write_pdf (document, job->path, &error))
        {
          g_task_return_boolean (task, TRUE);
          return;
        }
    }

  g_task_return_error (task, error);
}

void
riaya_register_window_save_pdf_async (RiayaRegisterWindow *self,
                                      const char          *language,
                                      const char          *path,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RiayaContext *context;
  PdfJob *job;

  g_return_if_fail (RIAYA_IS_REGISTER_WINDOW (self));
  g_return_if_fail (language != NULL && path != NULL);

  context = _riaya_register_window_get_context (self);
  job = g_new0 (PdfJob, 1);
  job->db_path = g_strdup (riaya_context_get_db_path (context));
  job->institution_uuid = g_strdup (riaya_institution_get_uuid (_riaya_register_window_get_institution (self)));
  if (!_riaya_register_window_get_everyone (self))
    job->present_on = g_strdup (riaya_register_window_get_date (self));
  job->language = g_strdup (language);
  job->path = g_strdup (path);
  job->printed_on = today_iso ();

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, riaya_register_window_save_pdf_async);
  g_task_set_task_data (task, job, (GDestroyNotify) pdf_job_free);
  g_task_run_in_thread (task, pdf_thread);
}

gboolean
riaya_register_window_save_pdf_finish (RiayaRegisterWindow  *self,
                                       GAsyncResult         *result,
                                       GError              **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_pdf_saved (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  RiayaRegisterWindow *self = RIAYA_REGISTER_WINDOW (source);
  g_autofree char *path = user_data;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (riaya_register_window_save_pdf_finish (self, result, &error))
    /* Translators: %s is a file's name */
    message = g_strdup_printf (_("Register saved as “%s”"), name);
  else
    /* Translators: the first %s is a file's name, the second the reason, a sentence */
    message = g_strdup_printf (_("The register could not be saved as “%s”: %s"), name, error->message);

  _riaya_register_window_show_toast (self, message);
}

static void
on_file_chosen (GtkNativeDialog     *chooser,
                int                  response,
                RiayaRegisterWindow *self)
{
  const char *language = g_object_get_data (G_OBJECT (chooser), "riaya-language");
  g_autoptr(GFile) file = NULL;
  char *path;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path != NULL)
    riaya_register_window_save_pdf_async (self, language, path, on_pdf_saved, path);

  g_object_unref (chooser);
}

static void
save_pdf_in (RiayaRegisterWindow *self,
             const char          *language)
{
  RiayaInstitution *institution = _riaya_register_window_get_institution (self);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *licence = g_strdup (riaya_institution_get_licence_number (institution));
  g_autofree char *name = NULL;

  /* A licence number such as "12/2019" would be taken for a folder. */
  g_strdelimit (licence, "/\\:", '-');
  /* Translators: the file name offered for a saved register: the
   * licence number, the language and the date */
  name = g_strdup_printf (_("register-%1$s-%2$s-%3$s.pdf"), licence != NULL ? licence : "",
                          language, riaya_register_window_get_date (self));

  chooser = gtk_file_chooser_native_new (_("Save the Register as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "riaya-language", g_strdup (language), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The language */

static void
on_language_response (AdwMessageDialog    *dialog,
                      const char          *response,
                      RiayaRegisterWindow *self)
{
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "riaya-pdf"));

  if (!g_str_equal (response, "ar") && !g_str_equal (response, "fr"))
    return;

  if (pdf)
    save_pdf_in (self, response);
  else
    print_in (self, response);
}

static void
ask_language (RiayaRegisterWindow *self,
              gboolean             pdf)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   pdf ? _("Save the Register as PDF") : _("Print the Register"),
                                   _("The register is kept in Arabic or in French. Choose the language "
                                     "of this copy."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "ar", _("_Arabic"),
                                    "fr", _("_French"),
                                    NULL);
  /* The interface's language when it is one of the two. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog),
                                           g_strcmp0 (riaya_interface_language (), "ar") == 0 ? "ar" : "fr");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "riaya-pdf", GINT_TO_POINTER (pdf));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_language_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_riaya_register_print (RiayaRegisterWindow *self)
{
  ask_language (self, FALSE);
}

void
_riaya_register_export_pdf (RiayaRegisterWindow *self)
{
  ask_language (self, TRUE);
}
