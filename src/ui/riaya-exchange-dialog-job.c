/* riaya-exchange-dialog-job.c — exporting an exchange file: the worker
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A province's file holds hundreds of institutions with years of visits
 * and grants: it is written in a worker thread with a connection of its
 * own (the context's store belongs to the main thread), while the dialog
 * shows how far it is and can stop it. The writer leaves nothing behind
 * when stopped or when it fails (riaya-exchange-writer.h).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-exchange-dialog-private.h"
#include "riaya-exchange-error.h"
#include "riaya-exchange-writer.h"
#include "riaya-ui-util.h"

typedef struct
{
  char     *db_path;
  char     *path;
  char    **institutions;
  char     *province_code;
  char     *from;
  char     *to;
  gboolean  with_register;
  guint     records;
  /* Written by the worker, read by the main thread. */
  gint      done;
  gint      total;
  gint      progress_queued;
  /* Tests: the worker waits after this many institutions (0: never). */
  GMutex    lock;
  GCond     cond;
  guint     pause_after;
  gboolean  paused;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->db_path);
  g_free (job->path);
  g_strfreev (job->institutions);
  g_free (job->province_code);
  g_free (job->from);
  g_free (job->to);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->cond);
  g_free (job);
}

/* The main thread */

static void
show_progress (RiayaExchangeDialog *self,
               guint                done,
               guint                total)
{
  g_autofree char *text = NULL;
  g_autofree char *n_done = riaya_ui_format_count (done);
  g_autofree char *n_total = riaya_ui_format_count (total);

  if (total == 0)
    {
      gtk_progress_bar_pulse (self->progress_bar);
      gtk_label_set_text (self->progress_label, _("Reading the database…"));
      return;
    }

  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
  /* Translators: %1$s institutions of %2$s were written to the file so far */
  text = g_strdup_printf (ngettext ("Writing: %1$s of %2$s institution…", "Writing: %1$s of %2$s institutions…", total),
                          n_done, n_total);
  gtk_label_set_text (self->progress_label, text);
}

static gboolean
progress_idle (gpointer data)
{
  GTask *task = data;
  RiayaExchangeDialog *self = g_task_get_source_object (task);
  ExportJob *job = g_task_get_task_data (task);

  g_atomic_int_set (&job->progress_queued, 0);
  if (self->cancellable != NULL && !self->disposed)
    show_progress (self, (guint) g_atomic_int_get (&job->done), (guint) g_atomic_int_get (&job->total));

  return G_SOURCE_REMOVE;
}

void
_riaya_exchange_dialog_show_message (RiayaExchangeDialog *self,
                                     const char          *message)
{
  if (message != NULL)
    gtk_label_set_text (self->form_message, message);
  gtk_revealer_set_reveal_child (self->form_revealer, message != NULL);
}

void
_riaya_exchange_dialog_set_running (RiayaExchangeDialog *self,
                                    gboolean             running)
{
  gtk_widget_set_sensitive (self->form_box, !running);
  gtk_revealer_set_reveal_child (self->progress_revealer, running);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), running ? _("_Stop") : _("_Cancel"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exchange.export", !running && self->problem == NULL);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  RiayaExchangeDialog *self = RIAYA_EXCHANGE_DIALOG (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  g_autofree char *where = NULL;
  g_autofree char *message = NULL;

  g_clear_object (&self->cancellable);
  self->job = NULL;
  if (self->disposed)
    return;
  _riaya_exchange_dialog_set_running (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (self->close_when_done)
        gtk_window_destroy (GTK_WINDOW (self));
      else if (g_error_matches (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED) ||
               g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _riaya_exchange_dialog_show_message (self, _("The export was stopped: no file was written."));
      else
        _riaya_exchange_dialog_show_message (self, error->message);
      return;
    }

  count = riaya_ui_format_count (job->records);
  /* The path whole, isolated: it says where the file went, and reads
   * left to right inside an Arabic sentence. */
  where = riaya_ui_isolate (job->path);
  /* Translators: after an export; %1$s is a number of records, %2$s the
   * file's path */
  message = g_strdup_printf (ngettext ("%1$s record saved in %2$s", "%1$s records saved in %2$s", job->records),
                             count, where);
  _riaya_exchange_dialog_emit_exported (self, job->path, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The worker */

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  GTask *task = user_data;
  ExportJob *job = g_task_get_task_data (task);

  g_atomic_int_set (&job->done, (gint) done);
  g_atomic_int_set (&job->total, (gint) total);

  g_mutex_lock (&job->lock);
  if (job->pause_after > 0 && done == job->pause_after)
    {
      job->paused = TRUE;
      while (job->paused)
        g_cond_wait (&job->cond, &job->lock);
    }
  g_mutex_unlock (&job->lock);

  /* One update waiting at a time: the main thread shows the latest. */
  if (g_atomic_int_compare_and_exchange (&job->progress_queued, 0, 1))
    /* Queued, never run here: the main thread owns the widgets. */
    g_idle_add_full (G_PRIORITY_DEFAULT, progress_idle, g_object_ref (task), g_object_unref);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  RiayaExportOptions options = { NULL };
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (job->path);
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  options.institutions = (const char * const *) job->institutions;
  options.province_code = job->province_code;
  options.from = job->from;
  options.to = job->to;
  options.with_register = job->with_register;
  if (!riaya_exchange_export (store, &options, file, on_progress, task, &job->records, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
_riaya_exchange_dialog_start (RiayaExchangeDialog *self,
                              const char          *path)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job = g_new0 (ExportJob, 1);
  RiayaExportScope scope = _riaya_exchange_dialog_get_scope (self);
  gboolean period = _riaya_exchange_dialog_get_period (self, &job->from, &job->to);

  g_assert (period && self->cancellable == NULL);

  g_mutex_init (&job->lock);
  g_cond_init (&job->cond);
  job->pause_after = self->pause_after;
  job->db_path = g_strdup (riaya_context_get_db_path (self->context));
  job->path = g_strdup (path);
  job->with_register = self->keeps_registers && gtk_switch_get_active (self->register_switch);
  if (scope == RIAYA_EXPORT_SCOPE_INSTITUTION)
    {
      const char *uuids[] = { riaya_institution_get_uuid (self->institution), NULL };

      job->institutions = g_strdupv ((char **) uuids);
    }
  else if (scope == RIAYA_EXPORT_SCOPE_OWN_PROVINCE)
    job->province_code = g_strdup (self->own_province);
  else if (scope == RIAYA_EXPORT_SCOPE_PROVINCE)
    job->province_code = g_strdup (g_ptr_array_index (self->province_codes,
                                                      adw_combo_row_get_selected (self->province_row)));

  self->cancellable = g_cancellable_new ();
  _riaya_exchange_dialog_show_message (self, NULL);
  _riaya_exchange_dialog_set_running (self, TRUE);
  show_progress (self, 0, 0);

  self->job = job;
  task = g_task_new (self, self->cancellable, on_exported, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

void
_riaya_exchange_dialog_pause_after (RiayaExchangeDialog *self,
                                    guint                done)
{
  self->pause_after = done;
}

gboolean
_riaya_exchange_dialog_is_paused (RiayaExchangeDialog *self)
{
  ExportJob *job = self->job;
  gboolean paused;

  if (job == NULL)
    return FALSE;

  g_mutex_lock (&job->lock);
  paused = job->paused;
  g_mutex_unlock (&job->lock);

  return paused;
}

void
_riaya_exchange_dialog_release (RiayaExchangeDialog *self)
{
  ExportJob *job = self->job;

  if (job == NULL)
    return;

  g_mutex_lock (&job->lock);
  job->paused = FALSE;
  g_cond_signal (&job->cond);
  g_mutex_unlock (&job->lock);
}
