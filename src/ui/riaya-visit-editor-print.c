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

#include "riaya-document-save.h"
#include "riaya-visit-editor-private.h"
#include "riaya-visit-report.h"

#define PDF_KEY "riaya-pdf"

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

/* What the report's printing and saving need of their own */

typedef struct
{
  char *uuid;
  char *language;
} VisitJob;

static void
visit_job_free (VisitJob *job)
{
  g_free (job->uuid);
  g_free (job->language);
  g_free (job);
}

static VisitJob *
visit_job_new (RiayaVisitEditor *self,
               const char       *language)
{
  VisitJob *job = g_new0 (VisitJob, 1);

  job->uuid = g_strdup (riaya_inspection_get_uuid (self->original));
  job->language = g_strdup (language);
  return job;
}

static guint
paginate (gpointer  document,
          cairo_t  *cr,
          double    width,
          double    height)
{
  return riaya_visit_report_paginate (document, cr, width, height);
}

static void
draw_page (gpointer  document,
           cairo_t  *cr,
           guint     page_index)
{
  riaya_visit_report_draw_page (document, cr, page_index);
}

static gboolean
write_pdf (RiayaStore  *store,
           gpointer     data,
           const char  *path,
           GError     **error)
{
  VisitJob *job = data;
  g_auto(ReportData) report = { NULL, };

  return report_data_load (&report, store, job->uuid, error) &&
         riaya_visit_report_write_pdf (report.visit, report.institution, report.needs, report.present,
                                       job->language, path, error);
}

static void
say_saved (GtkWindow    *parent,
           const char   *name,
           const GError *error)
{
  g_autofree char *message = NULL;

  if (error == NULL)
    /* Translators: %s is a file's name */
    message = g_strdup_printf (_("Visit report saved as “%s”"), name);
  else
    /* Translators: the first %s is a file's name, the second the reason, a sentence */
    message = g_strdup_printf (_("The visit report could not be saved as “%1$s”: %2$s"), name, error->message);

  show_toast (RIAYA_VISIT_EDITOR (parent), message);
}

static void
say_print_failed (GtkWindow    *parent,
                  const GError *error)
{
  show_toast (RIAYA_VISIT_EDITOR (parent), error->message);
}

static const RiayaDocumentKind visit_kind = {
  .paginate = paginate,
  .draw_page = draw_page,
  .write_pdf = write_pdf,
  .free_job = (GDestroyNotify) visit_job_free,
  .say_saved = say_saved,
  .say_print_failed = say_print_failed,
};

/* Printing */

static GtkPrintOperation *
print_operation_new (RiayaVisitEditor  *self,
                     const char        *language,
                     GError           **error)
{
  g_auto(ReportData) data = { NULL, };
  g_autoptr(RiayaVisitReport) report = NULL;
  g_autofree char *job_name = NULL;

  if (!report_data_load (&data, riaya_context_get_store (self->context),
                         riaya_inspection_get_uuid (self->original), error))
    return NULL;

  report = riaya_visit_report_new (data.visit, data.institution, data.needs, data.present, language);
  /* Translators: the print job's name; the first %s is an institution's
   * name, the second the date of the visit */
  job_name = g_strdup_printf (_("Visit of %1$s on %2$s"), riaya_institution_get_display_name (data.institution),
                              riaya_inspection_get_done_on (data.visit));
  /* The report is on A4 portrait pages. */
  return riaya_document_print_operation_new (&visit_kind, G_OBJECT (report), GTK_PAGE_ORIENTATION_PORTRAIT,
                                             job_name);
}

static void
print_in (RiayaVisitEditor *self,
          const char       *language)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  operation = print_operation_new (self, language, &error);
  if (operation == NULL)
    show_toast (self, error->message);
  else
    riaya_document_print (&visit_kind, operation, GTK_WINDOW (self));
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
  return operation != NULL && riaya_document_print_to_file (operation, GTK_WINDOW (self), path, error);
}

/* Saving as PDF, in a worker thread with a store of its own */

void
riaya_visit_editor_save_pdf_async (RiayaVisitEditor    *self,
                                   const char          *language,
                                   const char          *path,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (RIAYA_IS_VISIT_EDITOR (self));
  g_return_if_fail (self->original != NULL);
  g_return_if_fail (language != NULL && path != NULL);

  riaya_document_save_pdf_async (&visit_kind, self, self->context, visit_job_new (self, language), path, NULL,
                                 callback, user_data);
}

gboolean
riaya_visit_editor_save_pdf_finish (RiayaVisitEditor  *self,
                                    GAsyncResult      *result,
                                    GError           **error)
{
  return riaya_document_save_pdf_finish (result, self, error);
}

static void
save_pdf_in (RiayaVisitEditor *self,
             const char       *language)
{
  g_autofree char *licence = NULL;
  g_autofree char *name = NULL;

  licence = riaya_document_file_name_part (self->institution != NULL
                                           ? riaya_institution_get_licence_number (self->institution) : NULL);
  /* Translators: the file name offered for a saved visit report: the
   * licence number, the date of the visit and the language */
  name = g_strdup_printf (_("visit-%1$s-%2$s-%3$s.pdf"), licence,
                          riaya_inspection_get_done_on (self->original), language);
  riaya_document_save_pdf (&visit_kind, GTK_WINDOW (self), self->context, visit_job_new (self, language),
                           _("Save the Visit Report as PDF"), name);
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
