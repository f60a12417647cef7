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

#include "riaya-document-save.h"
#include "riaya-register-document.h"
#include "riaya-register-print.h"

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* What the register's printing and saving need of their own */

typedef struct
{
  char *institution_uuid;
  char *present_on;         /* NULL: everyone who ever stayed */
  char *language;
  char *printed_on;
} RegisterJob;

static void
register_job_free (RegisterJob *job)
{
  g_free (job->institution_uuid);
  g_free (job->present_on);
  g_free (job->language);
  g_free (job->printed_on);
  g_free (job);
}

static RegisterJob *
register_job_new (RiayaRegisterWindow *self,
                  const char          *language)
{
  RegisterJob *job = g_new0 (RegisterJob, 1);

  job->institution_uuid = g_strdup (riaya_institution_get_uuid (_riaya_register_window_get_institution (self)));
  if (!_riaya_register_window_get_everyone (self))
    job->present_on = g_strdup (riaya_register_window_get_date (self));
  job->language = g_strdup (language);
  job->printed_on = today_iso ();
  return job;
}

static guint
paginate (gpointer  document,
          cairo_t  *cr,
          double    width,
          double    height)
{
  return riaya_register_document_paginate (document, cr, width, height);
}

static void
draw_page (gpointer  document,
           cairo_t  *cr,
           guint     page_index)
{
  riaya_register_document_draw_page (document, cr, page_index);
}

static gboolean
write_pdf (RiayaStore  *store,
           gpointer     data,
           const char  *path,
           GError     **error)
{
  RegisterJob *job = data;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GListModel) stays = NULL;
  g_autoptr(RiayaRegisterDocument) document = NULL;

  institution = riaya_store_get_institution (store, job->institution_uuid, error);
  if (institution != NULL)
    stays = riaya_store_list_stays (store, job->institution_uuid, job->present_on, error);
  if (stays == NULL)
    return FALSE;

  document = riaya_register_document_new (institution, stays, job->language, job->printed_on);
  return riaya_register_document_write_pdf (document, path, error);
}

static void
say_saved (GtkWindow    *parent,
           const char   *name,
           const GError *error)
{
  g_autofree char *message = NULL;

  if (error == NULL)
    /* Translators: %s is a file's name */
    message = g_strdup_printf (_("Register saved as “%s”"), name);
  else
    /* Translators: the first %s is a file's name, the second the reason, a sentence */
    message = g_strdup_printf (_("The register could not be saved as “%s”: %s"), name, error->message);

  _riaya_register_window_show_toast (RIAYA_REGISTER_WINDOW (parent), message);
}

static void
say_print_failed (GtkWindow    *parent,
                  const GError *error)
{
  _riaya_register_window_show_toast (RIAYA_REGISTER_WINDOW (parent), error->message);
}

static const RiayaDocumentKind register_kind = {
  .paginate = paginate,
  .draw_page = draw_page,
  .write_pdf = write_pdf,
  .free_job = (GDestroyNotify) register_job_free,
  .say_saved = say_saved,
  .say_print_failed = say_print_failed,
};

/* Printing */

static GtkPrintOperation *
print_operation_new (RiayaRegisterWindow *self,
                     const char          *language)
{
  RiayaInstitution *institution = _riaya_register_window_get_institution (self);
  g_autoptr(GListModel) stays = _riaya_register_window_dup_stays (self);
  g_autofree char *today = today_iso ();
  g_autoptr(RiayaRegisterDocument) document = riaya_register_document_new (institution, stays, language, today);
  g_autofree char *job_name = NULL;

  /* Translators: the print job's name; %s is an institution's name */
  job_name = g_strdup_printf (_("Register of %s"), riaya_institution_get_display_name (institution));
  /* The register's legal layout is on A4 landscape pages. */
  return riaya_document_print_operation_new (&register_kind, G_OBJECT (document), GTK_PAGE_ORIENTATION_LANDSCAPE,
                                             job_name);
}

static void
print_in (RiayaRegisterWindow *self,
          const char          *language)
{
  g_autoptr(GtkPrintOperation) operation = print_operation_new (self, language);

  riaya_document_print (&register_kind, operation, GTK_WINDOW (self));
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
  return riaya_document_print_to_file (operation, GTK_WINDOW (self), path, error);
}

/* Saving as PDF, in a worker thread with a store of its own */

void
riaya_register_window_save_pdf_async (RiayaRegisterWindow *self,
                                      const char          *language,
                                      const char          *path,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (RIAYA_IS_REGISTER_WINDOW (self));
  g_return_if_fail (language != NULL && path != NULL);

  riaya_document_save_pdf_async (&register_kind, self, _riaya_register_window_get_context (self),
                                 register_job_new (self, language), path, NULL, callback, user_data);
}

gboolean
riaya_register_window_save_pdf_finish (RiayaRegisterWindow  *self,
                                       GAsyncResult         *result,
                                       GError              **error)
{
  return riaya_document_save_pdf_finish (result, self, error);
}

static void
save_pdf_in (RiayaRegisterWindow *self,
             const char          *language)
{
  RiayaInstitution *institution = _riaya_register_window_get_institution (self);
  g_autofree char *licence = riaya_document_file_name_part (riaya_institution_get_licence_number (institution));
  g_autofree char *name = NULL;

  /* Translators: the file name offered for a saved register: the
   * licence number, the language and the date */
  name = g_strdup_printf (_("register-%1$s-%2$s-%3$s.pdf"), licence, language,
                          riaya_register_window_get_date (self));
  riaya_document_save_pdf (&register_kind, GTK_WINDOW (self), _riaya_register_window_get_context (self),
                           register_job_new (self, language), _("Save the Register as PDF"), name);
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
