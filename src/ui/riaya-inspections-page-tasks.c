/* riaya-inspections-page-tasks.c — the inspections page's reading, in worker threads
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The programme assesses every institution of the territory (the store
 * promises under 100 ms at ten times the national registry, but the
 * interface never waits for it): each part of the page is read by a job
 * with a store of its own, as riaya-tasks.c does, and handed back whole
 * for one splice. The store filters by province; a region alone is
 * filtered here, by the province code's region part ("RR.PPP").
 */

#include "config.h"

#include <string.h>

#include "riaya-inspections-page-private.h"

void
_riaya_inspections_job_free (RiayaInspectionsJob *job)
{
  g_free (job->db_path);
  g_free (job->region_code);
  g_free (job->province_code);
  g_free (job->today);
  g_free (job->from);
  g_free (job->to);
  g_free (job);
}

static gboolean
in_region (const char *province_code,
           const char *region_code)
{
  gsize n;

  if (region_code == NULL)
    return TRUE;
  if (province_code == NULL)
    return FALSE;

  n = strlen (region_code);
  return strncmp (province_code, region_code, n) == 0 && province_code[n] == '.';
}

static GPtrArray *
load_programme (RiayaStore           *store,
                RiayaInspectionsJob  *job,
                GError              **error)
{
  g_autoptr(GPtrArray) items = NULL;
  GPtrArray *entries;

  items = riaya_store_inspection_programme (store, job->province_code, job->year, job->today, error);
  if (items == NULL)
    return NULL;

  /* The entries take the items: the array lets go of them first. */
  g_ptr_array_set_free_func (items, NULL);
  entries = g_ptr_array_new_full (items->len, g_object_unref);
  for (guint i = 0; i < items->len; i++)
    {
      RiayaProgrammeItem *item = g_ptr_array_index (items, i);

      if (in_region (item->province_code, job->region_code))
        g_ptr_array_add (entries, riaya_programme_entry_new (item));
      else
        riaya_programme_item_free (item);
    }

  return entries;
}

static void
append_visits (GPtrArray  *visits,
               GListModel *model,
               const char *region_code)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      RiayaInspection *visit = g_list_model_get_item (model, i);

      if (in_region (riaya_inspection_get_province_code (visit), region_code))
        g_ptr_array_add (visits, visit);
      else
        g_object_unref (visit);
    }
}

static GPtrArray *
load_follow_ups (RiayaStore           *store,
                 RiayaInspectionsJob  *job,
                 GError              **error)
{
  g_autoptr(GListModel) due = NULL;
  GPtrArray *visits;

  due = riaya_store_list_follow_ups_due (store, job->province_code, job->today, error);
  if (due == NULL)
    return NULL;

  visits = g_ptr_array_new_with_free_func (g_object_unref);
  append_visits (visits, due, job->region_code);
  return visits;
}

/* The day before @date, or NULL when @date does not parse. */
static char *
day_before (const char *date)
{
  GDate day;

  if (!riaya_date_parse (date, &day, NULL))
    return NULL;
  g_date_subtract_days (&day, 1);
  return riaya_date_to_iso (&day);
}

static GPtrArray *
load_agenda (RiayaStore           *store,
             RiayaInspectionsJob  *job,
             GError              **error)
{
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) listed = NULL;

  filter.region_code = job->region_code;
  filter.province_code = job->province_code;
  filter.status_on = job->today;

  if (job->upcoming)
    {
      g_autofree char *yesterday = day_before (job->today);
      g_autoptr(GListModel) overdue = NULL;

      /* Still to do: those whose day passed without a record (overdue,
       * the oldest first), then those planned from today on. */
      filter.to = yesterday;
      filter.status = RIAYA_VISIT_STATUS_OVERDUE;
      overdue = riaya_store_list_inspections (store, &filter, error);
      if (overdue == NULL)
        return NULL;
      append_visits (visits, overdue, NULL);

      filter.from = job->today;
      filter.to = NULL;
      filter.status = RIAYA_VISIT_STATUS_PLANNED;
    }
  else
    {
      filter.from = job->from;
      filter.to = job->to;
    }

  listed = riaya_store_list_inspections (store, &filter, error);
  if (listed == NULL)
    return NULL;
  append_visits (visits, listed, NULL);

  return g_steal_pointer (&visits);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  RiayaInspectionsJob *job = task_data;
  g_autoptr(RiayaStore) store = NULL;
  GPtrArray *result = NULL;
  GError *error = NULL;

  store = riaya_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  switch (job->load)
    {
    case RIAYA_INSPECTIONS_LOAD_PROGRAMME:
      result = load_programme (store, job, &error);
      break;
    case RIAYA_INSPECTIONS_LOAD_FOLLOW_UPS:
      result = load_follow_ups (store, job, &error);
      break;
    case RIAYA_INSPECTIONS_LOAD_AGENDA:
      result = load_agenda (store, job, &error);
      break;
    case RIAYA_INSPECTIONS_N_LOADS:
    default:
      g_assert_not_reached ();
    }

  if (result == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    {
      g_ptr_array_unref (result);
      return;
    }

  g_task_return_pointer (task, result, (GDestroyNotify) g_ptr_array_unref);
}

void
_riaya_inspections_load_async (RiayaInspectionsJob *job,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_assert (job != NULL && job->db_path != NULL && job->today != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, _riaya_inspections_load_async);
  g_task_set_task_data (task, job, (GDestroyNotify) _riaya_inspections_job_free);
  g_task_run_in_thread (task, load_thread);
}

GPtrArray *
_riaya_inspections_load_finish (GAsyncResult          *result,
                                RiayaInspectionsLoad  *load,
                                GError               **error)
{
  RiayaInspectionsJob *job;

  g_assert (g_task_is_valid (result, NULL));
  g_assert (g_task_get_source_tag (G_TASK (result)) == _riaya_inspections_load_async);

  job = g_task_get_task_data (G_TASK (result));
  *load = job->load;

  return g_task_propagate_pointer (G_TASK (result), error);
}
