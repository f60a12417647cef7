/* riaya-tasks.c — long jobs run in worker threads
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "riaya-demo.h"
#include "riaya-institutions-page-private.h"
#include "riaya-store.h"
#include "riaya-tasks.h"

typedef struct
{
  char  *db_path;
  char  *other_path;
  guint  scale;
} Job;

static void
job_free (Job *job)
{
  g_free (job->db_path);
  g_free (job->other_path);
  g_free (job);
}

static GTask *
job_task_new (gpointer             source_tag,
              const char          *db_path,
              const char          *other_path,
              guint                scale,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  Job *job = g_new0 (Job, 1);

  job->db_path = g_strdup (db_path);
  job->other_path = g_strdup (other_path);
  job->scale = scale;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);

  return task;
}

/* Load institutions */

static void
load_institutions_thread (GTask        *task,
                          gpointer      source_object,
                          gpointer      task_data,
                          GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GError *error = NULL;
  guint n;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  list = riaya_store_list_institutions (store, &error);
  if (list == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  n = g_list_model_get_n_items (list);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      RiayaInstitution *institution = g_list_model_get_item (list, i);

      /* Computed here, once, so that the first search keystroke and the
       * first paint of the list cost the main thread nothing. */
      riaya_institution_get_search_key (institution);
      riaya_institution_get_status (institution);
      riaya_institution_get_places (institution);
      _riaya_institutions_name_key (institution);
      g_ptr_array_add (items, institution);

      if (g_task_return_error_if_cancelled (task))
        return;
    }

  g_task_return_pointer (task, g_steal_pointer (&items), (GDestroyNotify) g_ptr_array_unref);
}

void
riaya_load_institutions_async (const char          *db_path,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (db_path != NULL);

  task = job_task_new (riaya_load_institutions_async, db_path, NULL, 0,
                       cancellable, callback, user_data);
  g_task_run_in_thread (task, load_institutions_thread);
}

GPtrArray *
riaya_load_institutions_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Demo data */

static void
load_demo_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL || !riaya_demo_load (store, job->scale, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
riaya_load_demo_async (const char          *db_path,
                       guint                scale,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (db_path != NULL);

  task = job_task_new (riaya_load_demo_async, db_path, NULL, scale,
                       cancellable, callback, user_data);
  g_task_run_in_thread (task, load_demo_thread);
}

gboolean
riaya_load_demo_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Backup and restore */

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL || !riaya_store_backup (store, job->other_path, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
riaya_backup_async (const char          *db_path,
                    const char          *dest_path,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (dest_path != NULL);

  task = job_task_new (riaya_backup_async, db_path, dest_path, 0,
                       cancellable, callback, user_data);
  g_task_run_in_thread (task, backup_thread);
}

gboolean
riaya_backup_finish (GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL || !riaya_store_restore (store, job->other_path, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
riaya_restore_async (const char          *db_path,
                     const char          *backup_path,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (backup_path != NULL);

  task = job_task_new (riaya_restore_async, db_path, backup_path, 0,
                       cancellable, callback, user_data);
  g_task_run_in_thread (task, restore_thread);
}

gboolean
riaya_restore_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Automatic backup */

static void
auto_backup_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  GError *error = NULL;
  gboolean made = FALSE;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL || !riaya_store_auto_backup (store, NULL, &made, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Carried as an int: TRUE means a copy was made today. */
  g_task_return_int (task, made ? 1 : 0);
}

void
riaya_auto_backup_async (const char          *db_path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (db_path != NULL);

  task = job_task_new (riaya_auto_backup_async, db_path, NULL, 0,
                       cancellable, callback, user_data);
  g_task_run_in_thread (task, auto_backup_thread);
}

gboolean
riaya_auto_backup_finish (GAsyncResult  *result,
                          gboolean      *made,
                          GError       **error)
{
  gssize value;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  value = g_task_propagate_int (G_TASK (result), error);
  if (value < 0)
    return FALSE;

  if (made != NULL)
    *made = value == 1;

  return TRUE;
}
