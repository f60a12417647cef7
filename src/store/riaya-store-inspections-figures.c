/* riaya-store-inspections-figures.c — what the reports read of the visits
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compliance report and the national tables (reports.md) read here
 * the last valid visit of each institution, the corrective actions
 * overdue, the young children of the counts (the disability staffing
 * norm) and the visits by region. Like the programme, each reads a few
 * columns from indexes that hold them, and no object is built; the
 * compliance report has 500 ms at ten times national scale for all of
 * its checks.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-cache-private.h"

/* The summary kept by the triggers of migration 0004, and an
 * institution's last valid visit on or before ?2 read from its visits
 * (index inspections_done) when the summary's came later. */
static const char last_valid_sql[] =
  "SELECT institution_uuid, last_valid_on FROM institution_last_visits WHERE last_valid_on IS NOT NULL"
  " ORDER BY institution_uuid";
static const char last_valid_on_sql[] =
  "SELECT max (done_on) FROM inspections WHERE institution_uuid = ?1 AND done_on IS NOT NULL"
  " AND done_on <= ?2 AND 2 * members_present > members_invited";

static gboolean
finish (RiayaStore    *self,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

void
riaya_overdue_action_free (RiayaOverdueAction *item)
{
  if (item == NULL)
    return;

  g_free (item->institution_uuid);
  g_free (item->inspection_uuid);
  g_free (item->visit_done_on);
  g_free (item->action_uuid);
  g_free (item->description);
  g_free (item->due_on);
  g_free (item);
}

GHashTable *
riaya_store_last_valid_visits (RiayaStore  *self,
                               const char  *on,
                               GError     **error)
{
  g_autoptr(GHashTable) visits = NULL;
  g_autoptr(GPtrArray) later = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gboolean own_transaction, read;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A store that keeps the histories answers from memory. */
  if (_riaya_store_visits_cache_last_valid (self, on, &visits, error))
    return g_steal_pointer (&visits);

  if (!_riaya_store_begin_read (self, &own_transaction, error))
    return NULL;

  /* The summary kept by the triggers of migration 0004; an institution
   * whose last valid visit came after @on is read from its visits. */
  visits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  stmt = _riaya_store_prepare (self, last_valid_sql, error);
  read = stmt != NULL;
  while (read && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = _riaya_store_column_text (stmt, 0);
      const char *last = _riaya_store_column_text (stmt, 1);

      if (uuid == NULL || last == NULL)
        continue;
      if (strcmp (last, on) <= 0)
        g_hash_table_insert (visits, g_strdup (uuid), g_strdup (last));
      else
        g_ptr_array_add (later, g_strdup (uuid));
    }
  read = read && finish (self, stmt, rc, error);

  for (guint i = 0; read && i < later->len; i++)
    {
      const char *uuid = g_ptr_array_index (later, i);

      stmt = _riaya_store_prepare (self, last_valid_on_sql, error);
      read = stmt != NULL;
      if (!read)
        break;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, on, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && _riaya_store_column_text (stmt, 0) != NULL)
        g_hash_table_insert (visits, g_strdup (uuid), g_strdup (_riaya_store_column_text (stmt, 0)));
      read = finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error);
    }
  _riaya_store_end_read (self, own_transaction);

  return read ? g_steal_pointer (&visits) : NULL;
}

GPtrArray *
riaya_store_list_overdue_actions (RiayaStore  *self,
                                  const char  *on,
                                  GError     **error)
{
  g_autoptr(GPtrArray) actions = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A store that keeps the histories answers from memory. */
  if (_riaya_store_visits_cache_overdue_actions (self, on, &actions, error))
    return g_steal_pointer (&actions);

  /* The open ones from the index corrective_actions_open, those done
   * since @on from corrective_actions_done; an institution deleted has
   * none (the few UUIDs deleted, rather than a join to each action's
   * institution: each action keeps its visit's institution). */
  stmt = _riaya_store_prepare (self,
                               "SELECT a.institution_uuid, v.uuid, v.done_on, a.uuid, a.description, a.due_on FROM ("
                               " SELECT uuid, inspection_uuid, institution_uuid, description, due_on FROM corrective_actions"
                               "  WHERE done_on IS NULL AND due_on < ?1"
                               " UNION ALL"
                               " SELECT uuid, inspection_uuid, institution_uuid, description, due_on FROM corrective_actions"
                               "  WHERE done_on > ?1 AND due_on < ?1) a"
                               " JOIN inspections v ON v.uuid = a.inspection_uuid"
                               " WHERE v.done_on <= ?1"
                               " AND a.institution_uuid NOT IN (SELECT uuid FROM institutions WHERE deleted_at IS NOT NULL)"
                               " ORDER BY a.due_on, a.uuid",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, on, -1, SQLITE_TRANSIENT);

  actions = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_overdue_action_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaOverdueAction *action = g_new0 (RiayaOverdueAction, 1);

      action->institution_uuid = g_strdup (_riaya_store_column_text (stmt, 0));
      action->inspection_uuid = g_strdup (_riaya_store_column_text (stmt, 1));
      action->visit_done_on = g_strdup (_riaya_store_column_text (stmt, 2));
      action->action_uuid = g_strdup (_riaya_store_column_text (stmt, 3));
      action->description = g_strdup (_riaya_store_column_text (stmt, 4));
      action->due_on = g_strdup (_riaya_store_column_text (stmt, 5));
      g_ptr_array_add (actions, action);
    }
  if (!finish (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&actions);
}

GHashTable *
riaya_store_young_children_on (RiayaStore  *self,
                               const char  *on,
                               const char  *institution_uuid,
                               GError     **error)
{
  g_autoptr(GHashTable) presence = NULL;
  GHashTable *children;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The same pass as the people present (riaya-store-counts.c): one seek
   * per institution into its latest count, and that count's lines of the
   * youngest age band. */
  presence = _riaya_store_presence_on_full (self, on, institution_uuid, TRUE, error);
  if (presence == NULL)
    return NULL;

  children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, presence);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const RiayaStorePresent *present = value;

      g_hash_table_insert (children, g_strdup (present->uuid), GUINT_TO_POINTER (present->under_six));
    }

  return children;
}

static void
clear_region_totals (gpointer data)
{
  RiayaInspectionRegionTotals *totals = data;

  g_clear_pointer (&totals->region_code, g_free);
}

GArray *
riaya_store_inspection_region_totals (RiayaStore  *self,
                                      const char  *from,
                                      const char  *to,
                                      GError     **error)
{
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GListModel) regions = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Every region, zeros included, in code order. */
  regions = riaya_store_list_regions (self);
  lines = g_array_new (FALSE, TRUE, sizeof (RiayaInspectionRegionTotals));
  g_array_set_clear_func (lines, clear_region_totals);
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(RiayaTerritory) region = g_list_model_get_item (regions, i);
      RiayaInspectionRegionTotals line = { g_strdup (riaya_territory_get_code (region)), 0, 0, 0, 0 };

      g_array_append_val (lines, line);
    }

  /* The visits done in the period, from the index of visits done by
   * date. */
  stmt = _riaya_store_prepare (self,
                               "SELECT p.region_code, count (DISTINCT i.province_code),"
                               " count (DISTINCT v.institution_uuid), count (*),"
                               " sum (2 * v.members_present > v.members_invited)"
                               " FROM inspections v JOIN institutions i ON i.uuid = v.institution_uuid"
                               " JOIN provinces p ON p.code = i.province_code"
                               " WHERE v.done_on IS NOT NULL AND v.done_on >= coalesce (?1, '')"
                               " AND v.done_on <= coalesce (?2, '9999-12-31') AND i.deleted_at IS NULL"
                               " GROUP BY p.region_code",
                               error);
  if (stmt == NULL)
    return NULL;
  _riaya_store_bind_text (stmt, 1, from);
  _riaya_store_bind_text (stmt, 2, to);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = _riaya_store_column_text (stmt, 0);

      for (guint i = 0; i < lines->len; i++)
        {
          RiayaInspectionRegionTotals *line = &g_array_index (lines, RiayaInspectionRegionTotals, i);

          if (g_strcmp0 (line->region_code, code) != 0)
            continue;
          line->provinces = (guint) CLAMP (sqlite3_column_int64 (stmt, 1), 0, G_MAXUINT);
          line->institutions = (guint) CLAMP (sqlite3_column_int64 (stmt, 2), 0, G_MAXUINT);
          line->visits = (guint) CLAMP (sqlite3_column_int64 (stmt, 3), 0, G_MAXUINT);
          line->valid_visits = (guint) CLAMP (sqlite3_column_int64 (stmt, 4), 0, G_MAXUINT);
        }
    }
  if (!finish (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&lines);
}
