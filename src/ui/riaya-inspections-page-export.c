/* riaya-inspections-page-export.c — the visits as an iCalendar file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Visits export to calendars (product.md §4) through the exchange
 * layer's iCalendar writer. The file covers the visits of the territory
 * chosen from 1 January of this year (or of the programme's, if earlier)
 * to the end of the programme's year, and the visits cancelled in that
 * time, so that a calendar that imported an earlier file removes them.
 * It holds institutions and dates, never a resident's name. Written in a
 * worker thread with a store of its own.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-inspections-page-private.h"
#include "riaya-ics.h"

typedef struct
{
  char *db_path;
  char *path;
  char *region_code;
  char *province_code;
  char *from;
  char *to;
  char *today;
  guint n_visits;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->db_path);
  g_free (job->path);
  g_free (job->region_code);
  g_free (job->province_code);
  g_free (job->from);
  g_free (job->to);
  g_free (job->today);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GListModel) cancelled = NULL;
  g_autoptr(GHashTable) locations = NULL;
  RiayaIcsOptions options = RIAYA_ICS_OPTIONS_INIT;
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  filter.region_code = job->region_code;
  filter.province_code = job->province_code;
  filter.from = job->from;
  filter.to = job->to;
  filter.status_on = job->today;
  visits = riaya_store_list_inspections (store, &filter, &error);
  if (visits != NULL)
    cancelled = riaya_store_list_cancelled_inspections (store, &filter, &error);
  /* Each visit where it takes place: the commune and the province. */
  if (cancelled != NULL)
    locations = riaya_ics_dup_locations (store, visits, cancelled, &error);
  if (locations == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  options.today = job->today;
  options.locations = locations;
  if (!riaya_ics_write_file (job->path, visits, cancelled, &options, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  job->n_visits = g_list_model_get_n_items (visits);
  g_task_return_boolean (task, TRUE);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RiayaInspectionsPage) self = user_data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _riaya_inspections_page_emit_exported (self, NULL, error->message);
      return;
    }

  name = g_filename_display_basename (job->path);
  /* Translators: after an export to a calendar file; %1$u is a number of
   * visits, %2$s the file's name */
  message = g_strdup_printf (ngettext ("%1$u visit saved in %2$s", "%1$u visits saved in %2$s", job->n_visits),
                             job->n_visits, name);
  _riaya_inspections_page_emit_exported (self, job->path, message);
}

void
_riaya_inspections_page_write_ics (RiayaInspectionsPage *self,
                                   const char           *path)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job = g_new0 (ExportJob, 1);
  guint year = riaya_inspections_page_get_year (self);
  guint this_year = (guint) g_ascii_strtoull (self->today, NULL, 10);

  job->db_path = g_strdup (riaya_context_get_db_path (self->context));
  job->path = g_strdup (path);
  job->region_code = g_strdup (self->region_code);
  job->province_code = g_strdup (_riaya_inspections_page_get_province (self));
  job->from = g_strdup_printf ("%04u-01-01", MIN (year, this_year));
  job->to = g_strdup_printf ("%04u-12-31", MAX (year, this_year));
  job->today = g_strdup (self->today);

  task = g_task_new (NULL, NULL, on_exported, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_chooser_response (GtkNativeDialog      *chooser,
                     int                   response,
                     RiayaInspectionsPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        _riaya_inspections_page_write_ics (self, path);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
_riaya_inspections_page_export_ics (RiayaInspectionsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Visits to a Calendar"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* Translators: the file name proposed for an export of visits; %u is
   * the programme's year. Keep the .ics */
  name = g_strdup_printf (_("inspections-%u.ics"), riaya_inspections_page_get_year (self));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
