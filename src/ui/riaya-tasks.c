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
#include "riaya-ui-util.h"

typedef struct _Job Job;

/* One job on the database, run by store_job_thread() with a store of its
 * own: the worker never shares the main thread's connection. */
typedef gboolean (*JobRun) (RiayaStore  *store,
                            Job         *job,
                            GError     **error);

struct _Job
{
  char     *db_path;
  char     *other_path;
  guint     scale;
  JobRun    run;
  gboolean  made;       /* automatic backup: whether a copy was made */
};

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
  g_autoptr(GHashTable) late = NULL;
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

  /* The list flags institutions with a late grant: a tranche or a
   * justification past due today. */
  {
    g_autofree char *today = riaya_date_today_iso ();

    late = riaya_store_count_late_grants (store, today, &error);
    if (late == NULL)
      {
        g_task_return_error (task, error);
        return;
      }
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
      riaya_ui_set_late_grants (institution,
                                GPOINTER_TO_UINT (g_hash_table_lookup (late, riaya_institution_get_uuid (institution))));
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

/* Load grants */

typedef struct
{
  char             *db_path;
  char             *today;
  RiayaGrantFilter  filter;    /* its strings owned */
  GArray           *totals;    /* the result's second half */
} GrantsJob;

static void
grants_job_free (GrantsJob *job)
{
  g_free (job->db_path);
  g_free (job->today);
  g_free ((char *) job->filter.region_code);
  g_free ((char *) job->filter.province_code);
  g_free ((char *) job->filter.institution_uuid);
  g_clear_pointer (&job->totals, g_array_unref);
  g_free (job);
}

static void
load_grants_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GrantsJob *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) totals = NULL;
  GError *error = NULL;
  guint first_year = G_MAXUINT, last_year = 0;
  guint n;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  list = riaya_store_list_grants (store, &job->filter, &error);
  if (list == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  n = g_list_model_get_n_items (list);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      RiayaGrant *grant = g_list_model_get_item (list, i);
      guint year = riaya_grant_get_year (grant);

      first_year = MIN (first_year, year);
      last_year = MAX (last_year, year);
      g_ptr_array_add (items, grant);
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  /* The published figures of each year the list spans (reports.md,
   * grants-by-year), computed by the store with the same filter. */
  if (job->filter.year != 0)
    first_year = last_year = job->filter.year;
  if (n > 0 || job->filter.year != 0)
    {
      totals = riaya_store_grant_year_totals (store, first_year, last_year, &job->filter,
                                              job->today, &error);
      if (totals == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  else
    totals = g_array_new (FALSE, TRUE, sizeof (RiayaGrantYearTotals));

  /* Newest year first, as the list. */
  for (guint i = 0, j = totals->len; i + 1 < j; i++, j--)
    {
      RiayaGrantYearTotals swap = g_array_index (totals, RiayaGrantYearTotals, i);

      g_array_index (totals, RiayaGrantYearTotals, i) = g_array_index (totals, RiayaGrantYearTotals, j - 1);
      g_array_index (totals, RiayaGrantYearTotals, j - 1) = swap;
    }
  job->totals = g_steal_pointer (&totals);

  g_task_return_pointer (task, g_steal_pointer (&items), (GDestroyNotify) g_ptr_array_unref);
}

void
riaya_load_grants_async (const char             *db_path,
                         const RiayaGrantFilter *filter,
                         const char             *today,
                         GCancellable           *cancellable,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  GrantsJob *job;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (filter != NULL);
  g_return_if_fail (today != NULL);

  job = g_new0 (GrantsJob, 1);
  job->db_path = g_strdup (db_path);
  job->today = g_strdup (today);
  job->filter = *filter;
  job->filter.region_code = g_strdup (filter->region_code);
  job->filter.province_code = g_strdup (filter->province_code);
  job->filter.institution_uuid = g_strdup (filter->institution_uuid);
  /* The status is judged on the same day as lateness, the job's own. */
  job->filter.status_on = job->today;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, riaya_load_grants_async);
  g_task_set_task_data (task, job, (GDestroyNotify) grants_job_free);
  g_task_run_in_thread (task, load_grants_thread);
}

GPtrArray *
riaya_load_grants_finish (GAsyncResult  *result,
                          GArray       **totals,
                          GError       **error)
{
  GPtrArray *items;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == riaya_load_grants_async, NULL);

  items = g_task_propagate_pointer (G_TASK (result), error);
  if (items != NULL && totals != NULL)
    {
      GrantsJob *job = g_task_get_task_data (G_TASK (result));

      *totals = g_steal_pointer (&job->totals);
    }

  return items;
}

/* Jobs that open the database, do one thing and say whether it worked */

static void
store_job_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL || !job->run (store, job, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
run_store_job (gpointer             source_tag,
               JobRun               run,
               const char          *db_path,
               const char          *other_path,
               guint                scale,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = job_task_new (source_tag, db_path, other_path, scale,
                                        cancellable, callback, user_data);
  Job *job = g_task_get_task_data (task);

  job->run = run;
  g_task_run_in_thread (task, store_job_thread);
}

static gboolean
store_job_finish (GAsyncResult  *result,
                  gpointer       source_tag,
                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Demo data */

static gboolean
load_demo (RiayaStore  *store,
           Job         *job,
           GError     **error)
{
  return riaya_demo_load (store, job->scale, error);
}

void
riaya_load_demo_async (const char          *db_path,
                       guint                scale,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_return_if_fail (db_path != NULL);

  run_store_job (riaya_load_demo_async, load_demo, db_path, NULL, scale,
                 cancellable, callback, user_data);
}

gboolean
riaya_load_demo_finish (GAsyncResult  *result,
                        GError       **error)
{
  return store_job_finish (result, riaya_load_demo_async, error);
}

/* Backup and restore */

static gboolean
backup (RiayaStore  *store,
        Job         *job,
        GError     **error)
{
  return riaya_store_backup (store, job->other_path, error);
}

void
riaya_backup_async (const char          *db_path,
                    const char          *dest_path,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_return_if_fail (db_path != NULL);
  g_return_if_fail (dest_path != NULL);

  run_store_job (riaya_backup_async, backup, db_path, dest_path, 0,
                 cancellable, callback, user_data);
}

gboolean
riaya_backup_finish (GAsyncResult  *result,
                     GError       **error)
{
  return store_job_finish (result, riaya_backup_async, error);
}

static gboolean
restore (RiayaStore  *store,
         Job         *job,
         GError     **error)
{
  return riaya_store_restore (store, job->other_path, error);
}

void
riaya_restore_async (const char          *db_path,
                     const char          *backup_path,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_return_if_fail (db_path != NULL);
  g_return_if_fail (backup_path != NULL);

  run_store_job (riaya_restore_async, restore, db_path, backup_path, 0,
                 cancellable, callback, user_data);
}

gboolean
riaya_restore_finish (GAsyncResult  *result,
                      GError       **error)
{
  return store_job_finish (result, riaya_restore_async, error);
}

/* Automatic backup */

static gboolean
auto_backup (RiayaStore  *store,
             Job         *job,
             GError     **error)
{
  return riaya_store_auto_backup (store, NULL, &job->made, error);
}

void
riaya_auto_backup_async (const char          *db_path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (db_path != NULL);

  run_store_job (riaya_auto_backup_async, auto_backup, db_path, NULL, 0,
                 cancellable, callback, user_data);
}

gboolean
riaya_auto_backup_finish (GAsyncResult  *result,
                          gboolean      *made,
                          GError       **error)
{
  if (!store_job_finish (result, riaya_auto_backup_async, error))
    return FALSE;

  if (made != NULL)
    {
      Job *job = g_task_get_task_data (G_TASK (result));

      *made = job->made;
    }

  return TRUE;
}
