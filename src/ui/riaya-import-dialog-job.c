/* riaya-import-dialog-job.c — importing exchange files: the worker
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The check (a dry run) and the import run in a worker thread with a
 * connection of their own (the context's store is the main thread's), as
 * riaya-cli import does: riaya_exchange_import_paths() reads each file
 * whole before it writes, and writes all of it or nothing. The import
 * takes the files one after another, each with its own choice of "import
 * anyway", so Stop lands between two files or rolls back the one in
 * progress; the files before it stay imported (exchange.md "Import
 * semantics"). Results reach the main thread as the files are committed,
 * a few at a time; the bar moves as each file is read.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-exchange-error.h"
#include "riaya-import-dialog-private.h"

typedef struct
{
  RiayaImportDialog *dialog;     /* the task's source object */
  char              *db_path;
  gboolean           dry_run;
  char             **paths;      /* the dry run: as given; the import: the files wanted */
  gboolean          *force;      /* the import: per file */
  guint             *positions;  /* the import: each file's position in dialog->files */
  guint              n;
  guint              published;  /* results shown (main thread only) */

  GMutex             lock;
  GCond              cond;
  GPtrArray         *results;    /* RiayaImportFile, as each file ends */
  guint              done;
  double             within;     /* of the file in progress, 0 to 1 */
  guint              total;
  gboolean           queued;     /* an update waits for the main thread */
  guint              pause_before;
  gboolean           paused;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->db_path);
  g_strfreev (job->paths);
  g_free (job->force);
  g_free (job->positions);
  g_ptr_array_unref (job->results);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->cond);
  g_free (job);
}

static ImportJob *
import_job_new (RiayaImportDialog *self,
                gboolean           dry_run)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  job->dialog = self;
  job->db_path = g_strdup (riaya_context_get_db_path (self->context));
  job->dry_run = dry_run;
  job->results = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_init (&job->lock);
  g_cond_init (&job->cond);

  return job;
}

/* The main thread */

/* Shows what the worker has handed over since last time. */
static void
publish (ImportJob *job)
{
  RiayaImportDialog *self = job->dialog;
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  guint done, total;
  double within;

  g_mutex_lock (&job->lock);
  for (guint i = job->published; i < job->results->len; i++)
    g_ptr_array_add (fresh, g_object_ref (g_ptr_array_index (job->results, i)));
  done = job->done;
  within = job->within;
  total = job->total;
  job->queued = FALSE;
  g_mutex_unlock (&job->lock);

  for (guint i = 0; i < fresh->len; i++)
    {
      gpointer file = g_ptr_array_index (fresh, i);

      if (job->dry_run)
        g_list_store_append (self->files, file);
      else
        g_list_store_splice (self->files, job->positions[job->published + i], 1, &file, 1);
    }
  job->published += fresh->len;

  _riaya_import_dialog_show_progress (self, done, within, total);
}

static gboolean
publish_idle (gpointer data)
{
  GTask *task = data;

  publish (g_task_get_task_data (task));
  return G_SOURCE_REMOVE;
}

/* The worker, with job->lock held: one update at a time waits for the
 * main thread, which then shows the latest. */
static void
queue_publish (GTask *task)
{
  ImportJob *job = g_task_get_task_data (task);

  if (job->queued)
    return;
  job->queued = TRUE;
  /* Queued, never run here: the main thread owns the widgets. */
  g_idle_add_full (G_PRIORITY_DEFAULT, publish_idle, g_object_ref (task), g_object_unref);
}

static void
mark_rest (RiayaImportDialog *self,
           ImportJob         *job,
           const GError      *error)
{
  gboolean cancelled = g_error_matches (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED);

  for (guint k = job->published; k < job->n; k++)
    {
      g_autoptr(RiayaImportFile) old = g_list_model_get_item (G_LIST_MODEL (self->files), job->positions[k]);
      g_autoptr(RiayaImportFile) file = NULL;

      /* The one in progress when stopped was rolled back. */
      file = riaya_import_file_copy_at (old, k == job->published && cancelled ? RIAYA_IMPORT_STAGE_ROLLED_BACK
                                                                               : RIAYA_IMPORT_STAGE_STOPPED);
      g_list_store_splice (self->files, job->positions[k], 1, (gpointer *) &file, 1);
    }
}

static char *
dup_stopped_sentence (RiayaImportDialog *self,
                      ImportJob         *job)
{
  g_autoptr(RiayaImportFile) current = g_list_model_get_item (G_LIST_MODEL (self->files),
                                                             job->positions[job->published]);
  g_autofree char *base = g_path_get_basename (current->path);
  g_autofree char *name = g_strconcat ("\u2068", base, "\u2069", NULL);
  guint after = job->n - job->published - 1;

  /* Translators: %1$s is a file's name, %2$u the number of files
   * after it that were not imported */
  return g_strdup_printf (ngettext ("The import was stopped. %1$s was not imported: nothing of it was kept. "
                                    "The files before it were imported; the %2$u file after it was not touched.",
                                    "The import was stopped. %1$s was not imported: nothing of it was kept. "
                                    "The files before it were imported; the %2$u files after it were not touched.",
                                    after),
                          name, after);
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  RiayaImportDialog *self = RIAYA_IMPORT_DIALOG (source);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean written = FALSE;

  g_task_propagate_boolean (G_TASK (result), &error);
  publish (job);
  self->job = NULL;
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->outcome, g_free);

  if (self->disposed)
    {
      /* Gone before the end: the pages still read what was written. */
      if (!job->dry_run && job->published > 0)
        riaya_context_reloaded (self->context);
      return;
    }

  if (job->dry_run)
    {
      if (error != NULL && !g_error_matches (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED))
        {
          self->outcome = g_strdup (error->message);
          self->state = RIAYA_IMPORT_STATE_DONE;
        }
      else if (error != NULL)
        {
          /* Cancel during the check closes: nothing was written. */
          gtk_window_destroy (GTK_WINDOW (self));
          return;
        }
      else
        self->state = RIAYA_IMPORT_STATE_CHECKED;
      _riaya_import_dialog_update (self);
      return;
    }

  for (guint k = 0; k < job->published; k++)
    written |= RIAYA_IMPORT_FILE (g_ptr_array_index (job->results, k))->outcome == RIAYA_IMPORT_FILE_IMPORTED;

  if (error != NULL && job->published < job->n)
    {
      self->stopped = g_error_matches (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED);
      self->outcome = self->stopped ? dup_stopped_sentence (self, job) : g_strdup (error->message);
      mark_rest (self, job, error);
    }
  self->state = RIAYA_IMPORT_STATE_DONE;
  _riaya_import_dialog_update (self);

  /* Institutions, grants and visits may all have changed: every page
   * reads them again, and the window counts the conflicts again. */
  if (written)
    riaya_context_reloaded (self->context);
}

/* The worker */

static void
on_file_done (const RiayaImportFileResult *result,
              gpointer                     user_data)
{
  GTask *task = user_data;
  ImportJob *job = g_task_get_task_data (task);
  RiayaImportFile *file = riaya_import_file_new_from_result (result);

  if (!job->dry_run)
    file->stage = RIAYA_IMPORT_STAGE_IMPORTED;

  g_mutex_lock (&job->lock);
  g_ptr_array_add (job->results, file);
  queue_publish (task);
  g_mutex_unlock (&job->lock);
}

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  GTask *task = user_data;
  ImportJob *job = g_task_get_task_data (task);

  g_mutex_lock (&job->lock);
  job->done = done;
  job->within = 0.0;
  job->total = total;
  /* Tests stop here, before a file, to press Stop at a known moment. */
  if (!job->dry_run && job->pause_before == done + 1)
    {
      job->paused = TRUE;
      queue_publish (task);
      while (job->paused)
        g_cond_wait (&job->cond, &job->lock);
    }
  queue_publish (task);
  g_mutex_unlock (&job->lock);
}

static void
on_within_file (double   fraction,
                gpointer user_data)
{
  GTask *task = user_data;
  ImportJob *job = g_task_get_task_data (task);

  g_mutex_lock (&job->lock);
  job->within = fraction;
  queue_publish (task);
  g_mutex_unlock (&job->lock);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  RiayaImportOptions options = { .within_file = on_within_file };
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (job->dry_run)
    {
      options.dry_run = TRUE;
      if (!riaya_exchange_import_paths (store, (const char * const *) job->paths, &options, on_file_done,
                                        on_progress, task, NULL, cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Stopped: the file's reading ends at once, and nothing of it stays;
   * the files before it are committed and handed over. */
  options.force_each = job->force;
  if (!riaya_exchange_import_paths (store, (const char * const *) job->paths, &options, on_file_done,
                                    on_progress, task, NULL, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
run (RiayaImportDialog *self,
     ImportJob         *job)
{
  g_autoptr(GTask) task = NULL;

  g_assert (self->job == NULL);

  self->cancellable = g_cancellable_new ();
  self->job = job;
  job->pause_before = self->pause_before;

  task = g_task_new (self, self->cancellable, on_job_done, NULL);
  /* The worker's error is the one to show, not GTask's own "cancelled". */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, job_thread);
}

void
_riaya_import_dialog_start_check (RiayaImportDialog *self)
{
  ImportJob *job = import_job_new (self, TRUE);

  job->paths = g_strdupv (self->paths);
  g_list_store_remove_all (self->files);
  self->state = RIAYA_IMPORT_STATE_CHECKING;
  _riaya_import_dialog_update (self);
  run (self, job);
}

void
_riaya_import_dialog_start_import (RiayaImportDialog *self)
{
  ImportJob *job = import_job_new (self, FALSE);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->files));
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  job->force = g_new0 (gboolean, n);
  job->positions = g_new0 (guint, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaImportFile) file = g_list_model_get_item (G_LIST_MODEL (self->files), i);

      if (riaya_import_file_is_wanted (file))
        {
          job->force[job->n] = file->force;
          job->positions[job->n++] = i;
          g_ptr_array_add (paths, g_strdup (file->path));
          g_ptr_array_add (rows, g_object_ref (file));
        }
      else
        g_ptr_array_add (rows, riaya_import_file_copy_at (file, RIAYA_IMPORT_STAGE_SKIPPED));
    }
  g_ptr_array_add (paths, NULL);
  job->paths = (char **) g_ptr_array_steal (paths, NULL);

  /* Every row shown again, as the import sees it: the choices made. */
  self->state = RIAYA_IMPORT_STATE_IMPORTING;
  g_list_store_splice (self->files, 0, n, rows->pdata, rows->len);
  _riaya_import_dialog_update (self);
  _riaya_import_dialog_show_progress (self, 0, 0.0, job->n);
  run (self, job);
}

void
_riaya_import_dialog_pause_before (RiayaImportDialog *self,
                                   guint              index)
{
  self->pause_before = index + 1;
}

gboolean
_riaya_import_dialog_is_paused (RiayaImportDialog *self)
{
  ImportJob *job = self->job;
  gboolean paused;

  if (job == NULL)
    return FALSE;

  g_mutex_lock (&job->lock);
  paused = job->paused;
  g_mutex_unlock (&job->lock);

  return paused;
}

void
_riaya_import_dialog_release (RiayaImportDialog *self)
{
  ImportJob *job = self->job;

  if (job == NULL)
    return;

  g_mutex_lock (&job->lock);
  job->paused = FALSE;
  g_cond_signal (&job->cond);
  g_mutex_unlock (&job->lock);
}
