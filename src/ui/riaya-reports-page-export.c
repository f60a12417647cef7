/* riaya-reports-page-export.c — a report saved as CSV, XLSX or PDF, or printed
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table shown is the one saved: the CSV riaya-cli writes (RFC 4180,
 * the columns of reports.md), the spreadsheet (riaya-report-xlsx.h) and
 * the paged document (riaya-report-document.h), which is also what the
 * print dialog prints. Files are written in a worker thread, all or
 * nothing: beside the file chosen, then renamed over it. A report holds
 * no resident's name (riaya-report.h), so nothing here asks before
 * saving it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-report-document.h"
#include "riaya-report-xlsx.h"
#include "riaya-reports-page-private.h"
#include "riaya-ui-util.h"

static const struct
{
  const char *code;      /* the action's target */
  const char *extension;
  const char *mime_type;
  const char *filter;    /* N_() */
  const char *title;     /* N_() */
} formats[] = {
  [RIAYA_REPORTS_FORMAT_CSV] = { "csv", "csv", "text/csv",
                                 N_("CSV files"), N_("Save the Report as CSV") },
  [RIAYA_REPORTS_FORMAT_XLSX] = { "xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                  N_("Spreadsheets (XLSX)"), N_("Save the Report as a Spreadsheet") },
  [RIAYA_REPORTS_FORMAT_PDF] = { "pdf", "pdf", "application/pdf",
                                 N_("PDF documents"), N_("Save the Report as PDF") },
};

static char *
dup_printed_on (RiayaReportsPage *self)
{
  return self->today != NULL ? g_strdup (self->today) : riaya_date_today_iso ();
}

static gboolean
is_rtl (RiayaReportsPage *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

static RiayaReportDocument *
document_new (RiayaReportsPage *self)
{
  g_autofree char *source = g_path_get_basename (riaya_context_get_db_path (self->context));
  g_autofree char *printed_on = dup_printed_on (self);

  return riaya_report_document_new (self->table, self->table_report->chart, source, printed_on, is_rtl (self));
}

static void
show_toast (RiayaReportsPage *self,
            const char       *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
on_error_dialog_response (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
show_error (RiayaReportsPage *self,
            const char       *heading,
            const char       *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect (dialog, "response", G_CALLBACK (on_error_dialog_response), NULL);
  g_set_weak_pointer (&self->error_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving, in a worker thread */

typedef struct
{
  RiayaTable         *table;
  RiayaReportsFormat  format;
  RiayaReportChart    chart;
  char               *path;
  char               *source;
  char               *printed_on;
  gboolean            rtl;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->table);
  g_free (job->path);
  g_free (job->source);
  g_free (job->printed_on);
  g_free (job);
}

static gboolean
write_csv (RiayaTable  *table,
           const char  *path,
           GError     **error)
{
  g_autofree char *csv = riaya_table_to_csv (table);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  /* g_file_set_contents() writes beside the file and renames it over. */
  if (g_file_set_contents (path, csv, -1, &local_error))
    return TRUE;

  base = g_filename_display_basename (path);
  name = riaya_ui_isolate (base);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %1$s is a file's name, %2$s the system's reason */
               _("“%1$s” could not be written (%2$s): choose another folder, one you may write in, "
                 "and check that the disk is not full."),
               name, local_error->message);
  return FALSE;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;
  gboolean saved = FALSE;

  switch (job->format)
    {
    case RIAYA_REPORTS_FORMAT_CSV:
      saved = write_csv (job->table, job->path, &error);
      break;
    case RIAYA_REPORTS_FORMAT_XLSX:
      saved = riaya_report_write_xlsx (job->table, job->path, job->rtl, &error);
      break;
    case RIAYA_REPORTS_FORMAT_PDF:
      {
        g_autoptr(RiayaReportDocument) document = riaya_report_document_new (job->table, job->chart, job->source,
                                                                             job->printed_on, job->rtl);

        saved = riaya_report_document_write_pdf (document, job->path, &error);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  if (saved)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
riaya_reports_page_save_async (RiayaReportsPage   *self,
                               RiayaReportsFormat  format,
                               const char         *path,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (RIAYA_IS_REPORTS_PAGE (self));
  g_return_if_fail (format <= RIAYA_REPORTS_FORMAT_PDF);
  g_return_if_fail (path != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, riaya_reports_page_save_async);
  if (self->table == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s",
                               _("The report is not computed yet: wait until its table shows, then save it."));
      return;
    }

  /* The table is never changed once computed: the worker may read it. */
  job = g_new0 (SaveJob, 1);
  job->table = g_object_ref (self->table);
  job->format = format;
  job->chart = self->table_report->chart;
  job->path = g_strdup (path);
  job->source = g_path_get_basename (riaya_context_get_db_path (self->context));
  job->printed_on = dup_printed_on (self);
  job->rtl = is_rtl (self);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
riaya_reports_page_save_finish (RiayaReportsPage  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  RiayaReportsPage *self = RIAYA_REPORTS_PAGE (source);
  g_autofree char *path = user_data;
  g_autofree char *base = g_filename_display_basename (path);
  g_autofree char *name = riaya_ui_isolate (base);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (!riaya_reports_page_save_finish (self, result, &error))
    {
      if (!self->disposed)
        show_error (self, _("The Report Could Not Be Saved"), error->message);
      return;
    }

  /* Translators: after a report is saved; %s is the file's name */
  message = g_strdup_printf (_("Report saved as “%s”"), name);
  show_toast (self, message);
}

void
_riaya_reports_page_save_to (RiayaReportsPage   *self,
                             RiayaReportsFormat  format,
                             const char         *path)
{
  riaya_reports_page_save_async (self, format, path, on_saved, g_strdup (path));
}

static void
on_chooser_response (GtkNativeDialog  *chooser,
                     int               response,
                     RiayaReportsPage *self)
{
  RiayaReportsFormat format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "riaya-format"));
  g_autoptr(GFile) file = NULL;
  char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL)
    _riaya_reports_page_save_to (self, format, path);
  g_free (path);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

char *
riaya_reports_page_dup_file_name (RiayaReportsPage   *self,
                                  RiayaReportsFormat  format)
{
  const RiayaReport *report;
  RiayaReportsOptions *options;
  GString *name;

  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), NULL);
  g_return_val_if_fail (format <= RIAYA_REPORTS_FORMAT_PDF, NULL);

  report = self->table_report != NULL ? self->table_report : self->report;
  options = &self->table_options;
  /* The report's stable name, as riaya-cli knows it, then what it
   * counts: names that sort by report, then by date. */
  name = g_string_new (report != NULL ? report->name : "report");
  if (report != NULL && (report->options & RIAYA_REPORT_TAKES_REGION) && options->region != NULL)
    g_string_append_printf (name, "-%s", options->region);
  if (report != NULL && self->table != NULL)
    {
      const char *on = riaya_table_get_parameter (self->table, "on");
      const char *from = riaya_table_get_parameter (self->table, "from");
      const char *to = riaya_table_get_parameter (self->table, "to");
      const char *from_year = riaya_table_get_parameter (self->table, "from_year");
      const char *to_year = riaya_table_get_parameter (self->table, "to_year");

      if (on != NULL)
        g_string_append_printf (name, "-%s", on);
      else if (from != NULL && to != NULL)
        g_string_append_printf (name, "-%s-to-%s", from, to);
      else if (from_year != NULL && to_year != NULL)
        g_string_append_printf (name, "-%s-%s", from_year, to_year);
    }
  g_string_append_printf (name, ".%s", formats[format].extension);

  return g_string_free (name, FALSE);
}

void
riaya_reports_page_export (RiayaReportsPage   *self,
                           RiayaReportsFormat  format)
{
  GtkRoot *root;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  g_return_if_fail (RIAYA_IS_REPORTS_PAGE (self));
  g_return_if_fail (format <= RIAYA_REPORTS_FORMAT_PDF);

  if (self->table == NULL)
    {
      show_toast (self, _("The report is not computed yet: wait until its table shows, then save it."));
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  chooser = gtk_file_chooser_native_new (_(formats[format].title),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _(formats[format].filter));
  gtk_file_filter_add_mime_type (filter, formats[format].mime_type);
  gtk_file_filter_add_suffix (filter, formats[format].extension);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = riaya_reports_page_dup_file_name (self, format);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_object_set_data (G_OBJECT (chooser), "riaya-format", GUINT_TO_POINTER (format));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Printing */

static void
on_begin_print (GtkPrintOperation   *operation,
                GtkPrintContext     *context,
                RiayaReportDocument *document)
{
  guint n_pages = riaya_report_document_paginate (document, gtk_print_context_get_cairo_context (context),
                                                  gtk_print_context_get_width (context),
                                                  gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page (GtkPrintOperation   *operation,
              GtkPrintContext     *context,
              int                  page_nr,
              RiayaReportDocument *document)
{
  riaya_report_document_draw_page (document, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               RiayaReportsPage        *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    show_error (self, _("The Report Could Not Be Printed"), error->message);
}

static GtkPrintOperation *
print_operation_new (RiayaReportsPage *self)
{
  g_autoptr(RiayaReportDocument) document = document_new (self);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperation *operation = gtk_print_operation_new ();

  /* The pages of the PDF: A4, turned when the table is wide. */
  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, riaya_report_document_is_landscape (document)
                                              ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, riaya_table_get_title (self->table));

  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  return operation;
}

void
riaya_reports_page_print (RiayaReportsPage *self)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  g_return_if_fail (RIAYA_IS_REPORTS_PAGE (self));

  if (self->table == NULL)
    {
      show_toast (self, _("The report is not computed yet: wait until its table shows, then print it."));
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  operation = print_operation_new (self);
  /* The dialog offers the printers and "Print to File". */
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("The Report Could Not Be Printed"), error->message);
}

gboolean
riaya_reports_page_print_to_file (RiayaReportsPage  *self,
                                  const char        *path,
                                  GError           **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkRoot *root;

  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->table == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The report is not computed yet: wait until its table shows, then print it."));
      return FALSE;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  operation = print_operation_new (self);
  gtk_print_operation_set_export_filename (operation, path);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                  GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

GtkWidget *
_riaya_reports_page_get_error_dialog (RiayaReportsPage *self)
{
  return self->error_dialog;
}

/* Actions */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *code = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i].code, code))
      riaya_reports_page_export (RIAYA_REPORTS_PAGE (widget), i);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  riaya_reports_page_print (RIAYA_REPORTS_PAGE (widget));
}

void
_riaya_reports_page_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reports.export", "s", export_action);
  /* Ctrl+P is the window's (win.print-report), so that it works from
   * the view switcher too. */
  gtk_widget_class_install_action (widget_class, "reports.print", NULL, print_action);
}
