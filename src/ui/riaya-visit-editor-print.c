/* riaya-visit-editor-print.c — printing the visit report and saving it as PDF
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report the members present sign (decree 2.19.693 art. 8) is drawn
 * by src/reports (riaya-visit-report.h), in Arabic or French whatever the
 * interface's language: the governor's committee and the ministry read
 * either. It is the report of the visit as saved — a form with unsaved
 * changes is saved first — printed through GtkPrintOperation or written
 * to a PDF file by a worker thread with a store of its own.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-visit-editor-private.h"
#include "riaya-visit-report.h"

#define LANGUAGE_KEY "riaya-language"
#define PDF_KEY      "riaya-pdf"

static void
show_toast (RiayaVisitEditor *self,
            const char       *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

const char *
riaya_visit_editor_default_language (void)
{
  /* The interface's language when it is one of the two, else French. */
  return g_strcmp0 (riaya_interface_language (), "ar") == 0 ? "ar" : "fr";
}

/* What the report needs, read from one store: the visit as saved, its
 * institution with its staff, and the staffing norms on the day. */
typedef struct
{
  RiayaInspection  *visit;
  RiayaInstitution *institution;
  GArray           *needs;     /* NULL: nobody known present */
  guint             present;
} ReportData;

static void
report_data_clear (ReportData *data)
{
  g_clear_object (&data->visit);
  g_clear_object (&data->institution);
  g_clear_pointer (&data->needs, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportData, report_data_clear)

static gboolean
report_data_load (ReportData  *data,
                  RiayaStore  *store,
                  const char  *uuid,
                  GError     **error)
{
  data->visit = riaya_store_get_inspection (store, uuid, error);
  if (data->visit == NULL)
    return FALSE;

  data->institution = riaya_store_get_institution (store, riaya_inspection_get_institution_uuid (data->visit),
                                                   error);
  if (data->institution == NULL)
    return FALSE;

  data->needs = _riaya_visit_staffing_needs (store, data->institution, riaya_inspection_get_done_on (data->visit),
                                             &data->present, error);

  return data->needs != NULL || error == NULL || *error == NULL;
}

/* Printing */

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               RiayaVisitEditor        *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    show_toast (self, error->message);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                RiayaVisitReport  *report)
{
  guint n_pages = riaya_visit_report_paginate (report, gtk_print_context_get_cairo_context (context),
                                               gtk_print_context_get_width (context),
                                               gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              RiayaVisitReport  *report)
{
  riaya_visit_report_draw_page (report, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

static GtkPrintOperation *
print_operation_new (RiayaVisitEditor  *self,
                     const char        *language,
                     GError           **error)
{
  g_auto(ReportData) data = { NULL, };
  g_autoptr(RiayaVisitReport) report = NULL;
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *job_name = NULL;
  GtkPrintOperation *operation;

  if (!report_data_load (&data, riaya_context_get_store (self->context),
                         riaya_inspection_get_uuid (self->original), error))
    return NULL;

  report = riaya_visit_report_new (data.visit, data.institution, data.needs, data.present, language);
  operation = gtk_print_operation_new ();
  /* The report is on A4 portrait pages. */
  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  /* Translators: the print job's name; the first %s is an institution's
   * name, the second the date of the visit */
  job_name = g_strdup_printf (_("Visit of %1$s on %2$s"), riaya_institution_get_display_name (data.institution),
                              riaya_inspection_get_done_on (data.visit));
  gtk_print_operation_set_job_name (operation, job_name);

  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print),
                         g_object_ref (report), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page),
                         g_object_ref (report), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  return operation;
}

static void
print_in (RiayaVisitEditor *self,
          const char       *language)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  operation = print_operation_new (self, language, &error);
  if (operation == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  /* The dialog offers printers and "Print to File" (PDF). */
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_toast (self, error->message);
}

gboolean
riaya_visit_editor_print_to_file (RiayaVisitEditor  *self,
                                  const char        *language,
                                  const char        *path,
                                  GError           **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (RIAYA_IS_VISIT_EDITOR (self), FALSE);
  g_return_val_if_fail (self->original != NULL, FALSE);
  g_return_val_if_fail (language != NULL && path != NULL, FALSE);

  operation = print_operation_new (self, language, error);
  if (operation == NULL)
    return FALSE;
  gtk_print_operation_set_export_filename (operation, path);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                  GTK_WINDOW (self), error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* Saving as PDF, in a worker thread with a store of its own */

typedef struct
{
  char *db_path;
  char *uuid;
  char *language;
  char *path;
} PdfJob;

static void
pdf_job_free (PdfJob *job)
{
  g_free (job->db_path);
  g_free (job->uuid);
  g_free (job->language);
  g_free (job->path);
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
  g_auto(ReportData) data = { NULL, };
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store != NULL &&
      report_data_load (&data, store, job->uuid, &error) &&
      riaya_visit_report_write_pdf (data.visit, data.institution, data.needs, data.present,
                                    job->language, job->path, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_task_return_error (task, error);
}

void
riaya_visit_editor_save_pdf_async (RiayaVisitEditor    *self,
                                   const char          *language,
                                   const char          *path,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PdfJob *job;

  g_return_if_fail (RIAYA_IS_VISIT_EDITOR (self));
  g_return_if_fail (self->original != NULL);
  g_return_if_fail (language != NULL && path != NULL);

  job = g_new0 (PdfJob, 1);
  job->db_path = g_strdup (riaya_context_get_db_path (self->context));
  job->uuid = g_strdup (riaya_inspection_get_uuid (self->original));
  job->language = g_strdup (language);
  job->path = g_strdup (path);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, riaya_visit_editor_save_pdf_async);
  g_task_set_task_data (task, job, (GDestroyNotify) pdf_job_free);
  g_task_run_in_thread (task, pdf_thread);
}

gboolean
riaya_visit_editor_save_pdf_finish (RiayaVisitEditor  *self,
                                    GAsyncResult      *result,
                                    GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_pdf_saved (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  RiayaVisitEditor *self = RIAYA_VISIT_EDITOR (source);
  g_autofree char *path = user_data;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (riaya_visit_editor_save_pdf_finish (self, result, &error))
    /* Translators: %s is a file's name */
    message = g_strdup_printf (_("Visit report saved as “%s”"), name);
  else
    /* Translators: the first %s is a file's name, the second the reason, a sentence */
    message = g_strdup_printf (_("The visit report could not be saved as “%1$s”: %2$s"), name, error->message);

  show_toast (self, message);
}

static void
on_file_chosen (GtkNativeDialog  *chooser,
                int               response,
                RiayaVisitEditor *self)
{
  const char *language = g_object_get_data (G_OBJECT (chooser), LANGUAGE_KEY);
  g_autoptr(GFile) file = NULL;
  char *path;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path != NULL)
    riaya_visit_editor_save_pdf_async (self, language, path, on_pdf_saved, path);

  g_object_unref (chooser);
}

static void
save_pdf_in (RiayaVisitEditor *self,
             const char       *language)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *licence = NULL;
  g_autofree char *name = NULL;

  licence = g_strdup (self->institution != NULL ? riaya_institution_get_licence_number (self->institution) : "");
  /* A licence number such as "12/2019" would be taken for a folder. */
  g_strdelimit (licence, "/\\:", '-');
  /* Translators: the file name offered for a saved visit report: the
   * licence number, the date of the visit and the language */
  name = g_strdup_printf (_("visit-%1$s-%2$s-%3$s.pdf"), licence,
                          riaya_inspection_get_done_on (self->original), language);

  chooser = gtk_file_chooser_native_new (_("Save the Visit Report as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), LANGUAGE_KEY, g_strdup (language), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The language */

static void
on_language_response (AdwMessageDialog *dialog,
                      const char       *response,
                      RiayaVisitEditor *self)
{
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), PDF_KEY));

  if (!g_str_equal (response, "ar") && !g_str_equal (response, "fr"))
    return;

  if (pdf)
    save_pdf_in (self, response);
  else
    print_in (self, response);
}

static void
ask_language (RiayaVisitEditor *self,
              gboolean          pdf)
{
  GtkWidget *dialog;

  if (self->original == NULL || !riaya_inspection_is_done (self->original))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   pdf ? _("Save the Visit Report as PDF") : _("Print the Visit Report"),
                                   _("The report is written in Arabic or in French. Choose the language "
                                     "of this copy."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "ar", _("_Arabic"),
                                    "fr", _("_French"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), riaya_visit_editor_default_language ());
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), PDF_KEY, GINT_TO_POINTER (pdf));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_language_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ask_language (RIAYA_VISIT_EDITOR (widget), FALSE);
}

static void
save_pdf_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ask_language (RIAYA_VISIT_EDITOR (widget), TRUE);
}

void
_riaya_visit_editor_class_init_print (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "visit.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "visit.save-pdf", NULL, save_pdf_activated);
}

void
_riaya_visit_editor_update_print (RiayaVisitEditor *self)
{
  gboolean can_print = self->original != NULL && riaya_inspection_is_done (self->original) && !self->dirty;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.print", can_print);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.save-pdf", can_print);
  gtk_widget_set_sensitive (self->print_button, can_print);
  gtk_widget_set_tooltip_text (self->print_button,
                               can_print ? _("Print the Visit Report")
                               : self->original != NULL && riaya_inspection_is_done (self->original)
                               ? _("Save the changes first: the report is that of the visit as saved.")
                               : _("Record the visit and save it to print its report."));
}
