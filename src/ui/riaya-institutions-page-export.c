/* riaya-institutions-page-export.c — the list as shown, saved as CSV
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * “Export List as CSV…” saves the rows the user sees, filtered and in
 * their order, through the exchange layer's writer: the same columns and
 * text as “riaya-cli institution list --format csv”, which
 * “riaya-cli institution import-csv” reads back. The list holds
 * institutions (licences, places, directors), never a resident. The rows
 * are taken when the user chooses the file; the file is written in a
 * worker thread.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-institution-csv.h"
#include "riaya-institutions-page-private.h"
#include "riaya-ui-util.h"

static guint exported_signal;

typedef struct
{
  GListModel *institutions;   /* a snapshot: the page may reload meanwhile */
  GFile      *file;
  char       *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->institutions);
  g_clear_object (&job->file);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (!riaya_institution_csv_write (job->institutions, job->file, NULL, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
emit_exported (RiayaInstitutionsPage *self,
               const char            *path,
               const char            *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  /* A toast's title is markup in libadwaita 1.2: a file called “A&B”
   * must show as it is. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));

  g_signal_emit (self, exported_signal, 0, path, message);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RiayaInstitutionsPage) self = user_data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  guint n = g_list_model_get_n_items (job->institutions);
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  g_autofree char *where = NULL;
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      emit_exported (self, NULL, error->message);
      return;
    }

  count = riaya_ui_format_count (n);
  /* The path whole, isolated: it says where the file went, and reads
   * left to right inside an Arabic sentence. */
  where = riaya_ui_isolate (job->path);
  /* Translators: after the list of institutions was saved as CSV; %1$s
   * is a number of institutions, %2$s the file's path */
  message = g_strdup_printf (ngettext ("%1$s institution saved in %2$s", "%1$s institutions saved in %2$s", n),
                             count, where);
  emit_exported (self, job->path, message);
}

void
riaya_institutions_page_export_csv_to (RiayaInstitutionsPage *self,
                                       const char            *path)
{
  g_autoptr(GTask) task = NULL;
  GListModel *visible;
  GListStore *snapshot;
  ExportJob *job;

  g_return_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self));
  g_return_if_fail (path != NULL);

  /* The rows as they are now, in the order shown; institutions are not
   * changed in place (the editor works on a copy), so the worker may
   * read them. */
  visible = riaya_institutions_page_get_visible (self);
  snapshot = g_list_store_new (RIAYA_TYPE_INSTITUTION);
  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (visible, i);

      g_list_store_append (snapshot, institution);
    }

  job = g_new0 (ExportJob, 1);
  job->institutions = G_LIST_MODEL (snapshot);
  job->file = g_file_new_for_path (path);
  job->path = g_strdup (path);

  task = g_task_new (NULL, NULL, on_exported, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_chooser_response (GtkNativeDialog       *chooser,
                     int                    response,
                     RiayaInstitutionsPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        riaya_institutions_page_export_csv_to (self, path);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_csv_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RiayaInstitutionsPage *self = RIAYA_INSTITUTIONS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export the List of Institutions"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* Translators: the file name proposed for the list of institutions;
   * %s is today's date, 2026-03-14. Keep the .csv */
  name = g_strdup_printf (_("institutions-%s.csv"), today);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_riaya_institutions_page_class_init_export (GtkWidgetClass *widget_class)
{
  /**
   * RiayaInstitutionsPage::exported:
   * @path: the file written, or NULL when it failed
   * @message: what the toast said
   *
   * An export of the list as CSV finished.
   */
  exported_signal =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "page.export-csv", NULL, export_csv_activated);
}
