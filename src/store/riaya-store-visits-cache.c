/* riaya-store-visits-cache.c — the visits and corrective actions, kept in memory
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compliance report reads, besides the registry, each institution's
 * last valid visit on its date and the corrective actions overdue on it
 * (riaya-store-inspections-figures.c). On a date in the past the first
 * is a query per institution whose last valid visit came later: a
 * millisecond at national scale, most of what the report's second
 * thread did once the registry was kept in memory. A store that keeps the
 * histories (riaya_store_set_keep_histories) reads the valid visits and
 * the actions once, with the summary the triggers keep, and answers any
 * date from them with the same rules as the queries, until the database
 * changes (riaya-store-registry-cache.c tells how that is seen).
 */

#include "config.h"

#include <string.h>

#include "riaya-store-cache-private.h"

/* An institution of the summary institution_last_visits, and where its
 * valid visits are in RiayaVisitsCache.visits. */
typedef struct
{
  const char *uuid;
  const char *last_valid_on;
  guint       first;
  guint       end;
} Summary;

/* A corrective action of a visit done, of an institution not deleted, with
 * a due date: overdue on the dates after it until it is done. */
typedef struct
{
  const char *institution_uuid;
  const char *inspection_uuid;
  const char *visit_done_on;
  const char *action_uuid;
  const char *description;
  const char *due_on;
  const char *done_on;        /* NULL while not done */
} Action;

struct _RiayaVisitsCache
{
  RiayaStoreStamp  stamp;
  GStringChunk    *texts;
  GArray          *summaries; /* Summary, in UUID order */
  GPtrArray       *visits;    /* the dates of valid visits, by institution then date */
  GArray          *actions;   /* Action, oldest due first, as the query orders them */
};

void
_riaya_visits_cache_free (RiayaVisitsCache *cache)
{
  if (cache == NULL)
    return;

  g_clear_pointer (&cache->texts, g_string_chunk_free);
  g_clear_pointer (&cache->summaries, g_array_unref);
  g_clear_pointer (&cache->visits, g_ptr_array_unref);
  g_clear_pointer (&cache->actions, g_array_unref);
  g_free (cache);
}

static const char *
keep (RiayaVisitsCache *cache,
      sqlite3_stmt     *stmt,
      int               column)
{
  const char *text = _riaya_store_column_text (stmt, column);

  return text != NULL ? g_string_chunk_insert_const (cache->texts, text) : NULL;
}

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

/* The summary, and beside it the valid visits (a majority of the members
 * invited present) of the same institutions: both in UUID order. */
static gboolean
read_visits (RiayaStore        *self,
             RiayaVisitsCache  *cache,
             GError           **error)
{
  sqlite3_stmt *stmt;
  guint next = 0;
  int rc;

  stmt = _riaya_store_prepare (self,
                               "SELECT institution_uuid, last_valid_on FROM institution_last_visits"
                               " WHERE last_valid_on IS NOT NULL ORDER BY institution_uuid",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Summary summary = { keep (cache, stmt, 0), keep (cache, stmt, 1), 0, 0 };

      if (summary.uuid != NULL && summary.last_valid_on != NULL)
        g_array_append_val (cache->summaries, summary);
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;

  stmt = _riaya_store_prepare (self,
                               "SELECT institution_uuid, done_on FROM inspections"
                               " WHERE done_on IS NOT NULL AND 2 * members_present > members_invited"
                               " ORDER BY institution_uuid, done_on",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = _riaya_store_column_text (stmt, 0);
      Summary *summary = NULL;

      if (uuid == NULL)
        continue;
      /* The summaries before this institution's have no visit left. */
      while (next < cache->summaries->len)
        {
          Summary *candidate = &g_array_index (cache->summaries, Summary, next);
          int c = strcmp (candidate->uuid, uuid);

          if (c == 0)
            summary = candidate;
          if (c >= 0)
            break;
          next++;
        }
      if (summary == NULL)
        continue;
      if (summary->end == summary->first)
        summary->first = summary->end = cache->visits->len;
      g_ptr_array_add (cache->visits, (gpointer) keep (cache, stmt, 1));
      summary->end = cache->visits->len;
    }

  return finish (self, stmt, rc, error);
}

static gboolean
read_actions (RiayaStore        *self,
              RiayaVisitsCache  *cache,
              GError           **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Every action that can be overdue on some date, in the order of
   * riaya_store_list_overdue_actions(); which are on a date is chosen
   * in memory. */
  stmt = _riaya_store_prepare (self,
                               "SELECT a.institution_uuid, v.uuid, v.done_on, a.uuid, a.description, a.due_on,"
                               " a.done_on FROM corrective_actions a"
                               " JOIN inspections v ON v.uuid = a.inspection_uuid"
                               " WHERE a.due_on IS NOT NULL AND v.done_on IS NOT NULL"
                               " AND a.institution_uuid NOT IN (SELECT uuid FROM institutions WHERE deleted_at IS NOT NULL)"
                               " ORDER BY a.due_on, a.uuid",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Action action = {
        keep (cache, stmt, 0), keep (cache, stmt, 1), keep (cache, stmt, 2), keep (cache, stmt, 3),
        keep (cache, stmt, 4), keep (cache, stmt, 5), keep (cache, stmt, 6),
      };

      g_array_append_val (cache->actions, action);
    }

  return finish (self, stmt, rc, error);
}

/* Whether the visits kept in *@slot are those of the read transaction
 * under way (one snapshot): forgotten when the database changed since.
 * FALSE with @error when reading failed. */
static gboolean
check_cache (RiayaStore        *self,
             RiayaVisitsCache **slot,
             GError           **error)
{
  RiayaStoreStamp stamp;

  if (*slot == NULL)
    return TRUE;
  if (!_riaya_store_read_stamp (self, &stamp, error))
    return FALSE;
  if (!_riaya_store_stamp_equal (&stamp, &(*slot)->stamp))
    g_clear_pointer (slot, _riaya_visits_cache_free);
  return TRUE;
}

/* Reads the visits again into *@slot, as of the read transaction under
 * way. FALSE with @error when reading failed. */
static gboolean
fill_cache (RiayaStore        *self,
            RiayaVisitsCache **slot,
            GError           **error)
{
  RiayaStoreStamp stamp;
  RiayaVisitsCache *cache;

  if (!_riaya_store_read_stamp (self, &stamp, error))
    return FALSE;

  g_clear_pointer (slot, _riaya_visits_cache_free);
  cache = g_new0 (RiayaVisitsCache, 1);
  cache->stamp = stamp;
  cache->texts = g_string_chunk_new (64 * 1024);
  cache->summaries = g_array_new (FALSE, FALSE, sizeof (Summary));
  cache->visits = g_ptr_array_new ();
  cache->actions = g_array_new (FALSE, FALSE, sizeof (Action));
  if (!read_visits (self, cache, error) || !read_actions (self, cache, error))
    {
      _riaya_visits_cache_free (cache);
      return FALSE;
    }

  *slot = cache;
  return TRUE;
}

/* The visits kept, up to date, for a read of the caller's, in a read
 * transaction of this function's own, so that a change of this
 * connection not yet committed is never kept. FALSE when the store keeps
 * none, or none up to date, or a transaction is open: the caller reads
 * the database. TRUE with *@cache NULL and @error when reading failed. */
static gboolean
get_cache (RiayaStore        *self,
           RiayaVisitsCache **cache,
           GError           **error)
{
  RiayaVisitsCache **slot = _riaya_store_get_visits_cache (self);
  gboolean own_transaction;
  gboolean ok;

  *cache = NULL;
  if (slot == NULL || *slot == NULL || !sqlite3_get_autocommit (self->db))
    return FALSE;

  if (!_riaya_store_begin_read (self, &own_transaction, error))
    return TRUE;
  ok = check_cache (self, slot, error);
  _riaya_store_end_read (self, own_transaction);
  if (!ok)
    return TRUE;
  if (*slot == NULL)
    return FALSE;

  *cache = *slot;
  return TRUE;
}

gboolean
_riaya_store_visits_cache_warm (RiayaStore  *self,
                                GError     **error)
{
  RiayaVisitsCache **slot = _riaya_store_get_visits_cache (self);
  gboolean own_transaction;
  gboolean ok;

  if (slot == NULL || !sqlite3_get_autocommit (self->db))
    return TRUE;

  if (!_riaya_store_begin_read (self, &own_transaction, error))
    return FALSE;
  ok = check_cache (self, slot, error) && (*slot != NULL || fill_cache (self, slot, error));
  _riaya_store_end_read (self, own_transaction);

  return ok;
}

gboolean
_riaya_store_visits_cache_last_valid (RiayaStore  *self,
                                      const char  *on,
                                      GHashTable **result,
                                      GError     **error)
{
  RiayaVisitsCache *cache;
  GHashTable *visits;

  *result = NULL;
  if (!get_cache (self, &cache, error))
    return FALSE;
  if (cache == NULL)
    return TRUE;

  /* The summary's date when it is on or before @on; else the latest
   * valid visit on or before @on, if any (the summary's came later). */
  visits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < cache->summaries->len; i++)
    {
      const Summary *summary = &g_array_index (cache->summaries, Summary, i);
      const char *last = NULL;

      if (strcmp (summary->last_valid_on, on) <= 0)
        last = summary->last_valid_on;
      else
        {
          guint low = summary->first, high = summary->end;

          while (low < high)
            {
              guint middle = low + (high - low) / 2;

              if (strcmp (g_ptr_array_index (cache->visits, middle), on) <= 0)
                low = middle + 1;
              else
                high = middle;
            }
          if (low > summary->first)
            last = g_ptr_array_index (cache->visits, low - 1);
        }

      if (last != NULL)
        g_hash_table_insert (visits, g_strdup (summary->uuid), g_strdup (last));
    }

  *result = visits;
  return TRUE;
}

gboolean
_riaya_store_visits_cache_overdue_actions (RiayaStore  *self,
                                           const char  *on,
                                           GPtrArray  **result,
                                           GError     **error)
{
  RiayaVisitsCache *cache;
  GPtrArray *actions;

  *result = NULL;
  if (!get_cache (self, &cache, error))
    return FALSE;
  if (cache == NULL)
    return TRUE;

  /* Not done on @on, due before it, of a visit done on or before it. */
  actions = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_overdue_action_free);
  for (guint i = 0; i < cache->actions->len; i++)
    {
      const Action *kept = &g_array_index (cache->actions, Action, i);
      RiayaOverdueAction *action;

      /* Oldest due first: none after this one is due before @on. */
      if (strcmp (kept->due_on, on) >= 0)
        break;
      if ((kept->done_on != NULL && strcmp (kept->done_on, on) <= 0) || strcmp (kept->visit_done_on, on) > 0)
        continue;

      action = g_new0 (RiayaOverdueAction, 1);
      action->institution_uuid = g_strdup (kept->institution_uuid);
      action->inspection_uuid = g_strdup (kept->inspection_uuid);
      action->visit_done_on = g_strdup (kept->visit_done_on);
      action->action_uuid = g_strdup (kept->action_uuid);
      action->description = g_strdup (kept->description);
      action->due_on = g_strdup (kept->due_on);
      g_ptr_array_add (actions, action);
    }

  *result = actions;
  return TRUE;
}
