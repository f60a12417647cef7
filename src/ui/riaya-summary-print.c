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

#include "riaya-document-save.h"
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

/* What the summary's printing and saving need of their own */

typedef struct
{
  char     *uuid;
  char     *today;
  gboolean  rtl;
} SummaryJob;

static void
summary_job_free (SummaryJob *job)
{
  g_free (job->uuid);
  g_free (job->today);
  g_free (job);
}

static SummaryJob *
summary_job_new (const char *uuid)
{
  SummaryJob *job = g_new0 (SummaryJob, 1);

  job->uuid = g_strdup (uuid);
  job->today = today_iso ();
  job->rtl = interface_is_rtl ();
  return job;
}

static guint
paginate (gpointer  document,
          cairo_t  *cr,
          double    width,
          double    height)
{
  return riaya_institution_summary_paginate (document, cr, width, height);
}

static void
draw_page (gpointer  document,
           cairo_t  *cr,
           guint     page_index)
{
  riaya_institution_summary_draw_page (document, cr, page_index);
}

static gboolean
write_pdf (RiayaStore  *store,
           gpointer     data,
           const char  *path,
           GError     **error)
{
  SummaryJob *job = data;
  g_autoptr(RiayaInstitutionSummary) summary = NULL;

  summary = riaya_institution_summary_new (store, job->uuid, job->today, job->today, job->rtl, error);
  return summary != NULL && riaya_institution_summary_write_pdf (summary, path, error);
}

static void
say_saved (GtkWindow    *parent,
           const char   *name,
           const GError *error)
{
  if (error == NULL)
    {
      /* Translators: %s is a file's name */
      g_autofree char *message = g_strdup_printf (_("Summary saved as “%s”"), name);

      show_toast (parent, message);
    }
  else
    show_error (parent, _("The Summary Could Not Be Saved"), error->message);
}

static void
say_print_failed (GtkWindow    *parent,
                  const GError *error)
{
  show_error (parent, _("The Summary Could Not Be Printed"), error->message);
}

static const RiayaDocumentKind summary_kind = {
  .paginate = paginate,
  .draw_page = draw_page,
  .write_pdf = write_pdf,
  .free_job = (GDestroyNotify) summary_job_free,
  .say_saved = say_saved,
  .say_print_failed = say_print_failed,
};

/* Printing */

static GtkPrintOperation *
print_operation_new (RiayaContext  *context,
                     const char    *uuid,
                     GError       **error)
{
  g_autofree char *today = today_iso ();
  g_autoptr(RiayaInstitutionSummary) summary = NULL;

  /* One institution's records: read at once, on this thread. */
  summary = riaya_institution_summary_new (riaya_context_get_store (context), uuid, today, today,
                                           interface_is_rtl (), error);
  if (summary == NULL)
    return NULL;

  return riaya_document_print_operation_new (&summary_kind, G_OBJECT (summary), GTK_PAGE_ORIENTATION_PORTRAIT,
                                             riaya_institution_summary_get_title (summary));
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
    say_print_failed (parent, error);
  else
    riaya_document_print (&summary_kind, operation, parent);
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
  return operation != NULL && riaya_document_print_to_file (operation, parent, path, error);
}

/* Saving as PDF, in a worker thread with a store of its own */

void
riaya_summary_save_pdf_async (RiayaContext        *context,
                              const char          *uuid,
                              const char          *path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (RIAYA_IS_CONTEXT (context));
  g_return_if_fail (uuid != NULL && path != NULL);

  riaya_document_save_pdf_async (&summary_kind, NULL, context, summary_job_new (uuid), path, cancellable,
                                 callback, user_data);
}

gboolean
riaya_summary_save_pdf_finish (GAsyncResult  *result,
                               GError       **error)
{
  return riaya_document_save_pdf_finish (result, NULL, error);
}

void
riaya_summary_save_pdf_to (GtkWindow    *parent,
                           RiayaContext *context,
                           const char   *uuid,
                           const char   *path)
{
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (RIAYA_IS_CONTEXT (context));
  g_return_if_fail (uuid != NULL && path != NULL);

  riaya_document_save_pdf_to (&summary_kind, parent, context, summary_job_new (uuid), path);
}

void
riaya_summary_save_pdf (GtkWindow    *parent,
                        RiayaContext *context,
                        const char   *uuid)
{
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GError) error = NULL;
  SummaryJob *job;
  g_autofree char *licence = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (RIAYA_IS_CONTEXT (context));
  g_return_if_fail (uuid != NULL);

  institution = riaya_store_get_institution (riaya_context_get_store (context), uuid, &error);
  if (institution == NULL)
    {
      show_error (parent, _("The Summary Could Not Be Saved"), error->message);
      return;
    }

  job = summary_job_new (uuid);
  licence = riaya_document_file_name_part (riaya_institution_get_licence_number (institution));
  /* Translators: the file name offered for a saved summary: the licence
   * number, then the date. Keep the .pdf */
  name = g_strdup_printf (_("summary-%1$s-%2$s.pdf"), licence, job->today);
  riaya_document_save_pdf (&summary_kind, parent, context, job, _("Save the Summary as PDF"), name);
}
