/* riaya-summary-print.c — printing an institution's summary, or saving it as PDF
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one-page summary (licence, places and occupancy, staff, grants,
 * last visits) is drawn by src/reports (riaya-institution-summary.h) in
 * the interface's language and direction, from the institution as
 * stored: changes not saved yet in its window are not on it. Here it
 * goes to GtkPrintOperation, on A4 portrait, or to a PDF file written by
 * a worker thread with a store of its own.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-institution-summary.h"
#include "riaya-summary-print.h"
#include "riaya-window.h"

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
interface_is_rtl (void)
{
  return gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The main window's toasts: @parent's, or those of the window it is
 * over (an institution's window is over the main window). */
static void
show_toast (GtkWindow  *parent,
            const char *message)
{
  GtkWindow *window = parent;

  while (window != NULL && !RIAYA_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  if (window != NULL)
    riaya_window_show_toast (RIAYA_WINDOW (window), message);
}

/* Printing */

static void
on_begin_print (GtkPrintOperation       *operation,
                GtkPrintContext         *context,
                RiayaInstitutionSummary *summary)
{
  guint n_pages = riaya_institution_summary_paginate (summary, gtk_print_context_get_cairo_context (context),
                                                      gtk_print_context_get_width (context),
                                                      gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page (GtkPrintOperation       *operation,
              GtkPrintContext         *context,
              int                      page_nr,
              RiayaInstitutionSummary *summary)
{
  riaya_institution_summary_draw_page (summary, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    show_error (parent, _("The Summary Could Not Be Printed"), error->message);
}

static GtkPrintOperation *
print_operation_new (RiayaContext  *context,
                     const char    *uuid,
                     GError       **error)
{
  g_autofree char *today = today_iso ();
  g_autoptr(RiayaInstitutionSummary) summary = NULL;
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperation *operation;

  /* One institution's records: read at once, on this thread. */
  summary = riaya_institution_summary_new (riaya_context_get_store (context), uuid, today, today,
                                           interface_is_rtl (), error);
  if (summary == NULL)
    return NULL;

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, riaya_institution_summary_get_title (summary));

  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print),
                         g_object_ref (summary), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page),
                         g_object_ref (summary), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  return operation;
}

void
riaya_summary_print (GtkWindow    *parent,
                     RiayaContext *context,
                     const char   *uuid)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (RIAYA_IS_CONTEXT (context));
  g_return_if_fail (uuid != NULL);

  operation = print_operation_new (context, uuid, &error);
  if (operation == NULL)
    {
      show_error (parent, _("The Summary Could Not Be Printed"), error->message);
      return;
    }

  /* The dialog offers printers and "Print to File" (PDF). */
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), parent, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (parent, _("The Summary Could Not Be Printed"), error->message);
}

gboolean
riaya_summary_print_to_file (GtkWindow     *parent,
                             RiayaContext  *context,
                             const char    *uuid,
                             const char    *path,
                             GError       **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (uuid != NULL && path != NULL, FALSE);

  operation = print_operation_new (context, uuid, error);
  if (operation == NULL)
    return FALSE;
  gtk_print_operation_set_export_filename (operation, path);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, error) !=
         GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* Saving as PDF, in a worker thread with a store of its own */

typedef struct
{
  char     *db_path;
  char     *uuid;
  char     *path;
  char     *today;
  gboolean  rtl;
} PdfJob;

static void
pdf_job_free (PdfJob *job)
{
  g_free (job->db_path);
  g_free (job->uuid);
  g_free (job->path);
  g_free (job->today);
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
  g_autoptr(RiayaInstitutionSummary) summary = NULL;
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store != NULL)
    summary = riaya_institution_summary_new (store, job->uuid, job->today, job->today, job->rtl, &error);
  if (summary != NULL && riaya_institution_summary_write_pdf (summary, job->path, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_task_return_error (task, error);
}

void
riaya_summary_save_pdf_async (RiayaContext        *context,
                              const char          *uuid,
                              const char          *path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PdfJob *job;

  g_return_if_fail (RIAYA_IS_CONTEXT (context));
  g_return_if_fail (uuid != NULL && path != NULL);

  job = g_new0 (PdfJob, 1);
  job->db_path = g_strdup (riaya_context_get_db_path (context));
  job->uuid = g_strdup (uuid);
  job->path = g_strdup (path);
  job->today = today_iso ();
  job->rtl = interface_is_rtl ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, riaya_summary_save_pdf_async);
  g_task_set_task_data (task, job, (GDestroyNotify) pdf_job_free);
  g_task_run_in_thread (task, pdf_thread);
}

gboolean
riaya_summary_save_pdf_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_pdf_saved (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  PdfJob *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_path_get_basename (job->path);
  g_autoptr(GError) error = NULL;

  if (riaya_summary_save_pdf_finish (result, &error))
    {
      /* Translators: %s is a file's name */
      g_autofree char *message = g_strdup_printf (_("Summary saved as “%s”"), name);

      show_toast (parent, message);
    }
  else
    show_error (parent, _("The Summary Could Not Be Saved"), error->message);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                RiayaContext    *context)
{
  const char *uuid = g_object_get_data (G_OBJECT (chooser), "riaya-uuid");
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL)
    riaya_summary_save_pdf_async (context, uuid, path, NULL, on_pdf_saved,
                                  parent != NULL ? g_object_ref (parent) : NULL);

  g_object_unref (chooser);
}

void
riaya_summary_save_pdf (GtkWindow    *parent,
                        RiayaContext *context,
                        const char   *uuid)
{
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *today = today_iso ();
  g_autofree char *licence = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (RIAYA_IS_CONTEXT (context));
  g_return_if_fail (uuid != NULL);

  institution = riaya_store_get_institution (riaya_context_get_store (context), uuid, &error);
  if (institution == NULL)
    {
      show_error (parent, _("The Summary Could Not Be Saved"), error->message);
      return;
    }

  /* A licence number such as "12/2019" would be taken for a folder. */
  licence = g_strdup (riaya_institution_get_licence_number (institution));
  g_strdelimit (licence, "/\\:", '-');
  /* Translators: the file name offered for a saved summary: the licence
   * number, then the date. Keep the .pdf */
  name = g_strdup_printf (_("summary-%1$s-%2$s.pdf"), licence != NULL ? licence : "", today);

  chooser = gtk_file_chooser_native_new (_("Save the Summary as PDF"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "riaya-uuid", g_strdup (uuid), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen), context, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
