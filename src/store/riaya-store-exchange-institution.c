/* riaya-store-exchange-institution.c — an institution of a file, merged
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Matching (exchange.md "Identity"): an institution is known by its UUID,
 * or by the UUID the producer gave it when it was first matched, or else
 * by its licence number (unique nationally among institutions not
 * deleted, Law 65.15 art. 16). Matched by licence number, the local
 * record keeps its own UUID; the baseline remembers the producer's
 * (exchange_baselines.producer_uuid), and the file's grants and visits go
 * to the local record. Licence events and capacity lines are known by
 * their UUID, or by what they say (kind and date; category, sex, places
 * and date): recorded on both sides before the match, the same history
 * has other UUIDs. They only grow (Law 65.15 art. 34): new or unchanged.
 */

#include "config.h"

#include "riaya-store-exchange-private.h"

/* The UUID here of the institution the file's @incoming is, or NULL when
 * it is new. */
static char *
match_institution (RiayaStore       *self,
                   RiayaInstitution *incoming)
{
  const char *uuid = riaya_institution_get_uuid (incoming);
  char *matched = NULL;
  sqlite3_stmt *stmt;

  if (_riaya_store_institution_state (self, uuid, NULL))
    return g_strdup (uuid);

  matched = _riaya_store_dup_matched_uuid (self, uuid);
  if (matched != NULL)
    return matched;

  stmt = _riaya_store_prepare (self,
                               "SELECT uuid FROM institutions WHERE licence_number = ? AND deleted_at IS NULL",
                               NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, riaya_institution_get_licence_number (incoming), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    matched = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return matched;
}

static char *
event_key (RiayaLicenceEvent *event)
{
  return g_strdup_printf ("event %s %s", riaya_licence_event_kind_to_code (riaya_licence_event_get_kind (event)),
                          riaya_licence_event_get_date (event));
}

static char *
line_key (RiayaCapacityLine *line)
{
  return g_strdup_printf ("line %s %s %u %s", riaya_category_to_code (riaya_capacity_line_get_category (line)),
                          riaya_sex_to_code (riaya_capacity_line_get_sex (line)),
                          riaya_capacity_line_get_places (line), riaya_capacity_line_get_effective_date (line));
}

/* Whether @target holds @uuid, or an item that says the same (@key): an
 * institution recorded here and there before it was matched by its
 * licence number has the same history under other UUIDs. */
static gboolean
known (GHashTable *uuids,
       GHashTable *keys,
       const char *uuid,
       char       *key)
{
  g_autofree char *owned = key;

  return g_hash_table_contains (uuids, uuid) || g_hash_table_contains (keys, owned);
}

/* Adds to @target the licence events and capacity lines of @incoming it
 * lacks; counts them new (or ignored, @frozen), the others unchanged.
 * Returns how many were added. */
static guint
add_history (RiayaStoreImport *import,
             RiayaInstitution *target,
             RiayaInstitution *incoming,
             gboolean          frozen)
{
  GListModel *events = riaya_institution_get_events (incoming);
  GListModel *lines = riaya_institution_get_capacity_lines (incoming);
  GListModel *own_events = riaya_institution_get_events (target);
  GListModel *own_lines = riaya_institution_get_capacity_lines (target);
  /* The UUIDs @target's own items hold (they live as long as it does),
   * and what they say. */
  g_autoptr(GHashTable) uuids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint added = 0;

  for (guint i = 0; i < g_list_model_get_n_items (own_events); i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (own_events, i);

      g_hash_table_add (uuids, (gpointer) riaya_licence_event_get_uuid (event));
      g_hash_table_add (keys, event_key (event));
    }
  for (guint i = 0; i < g_list_model_get_n_items (own_lines); i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (own_lines, i);

      g_hash_table_add (uuids, (gpointer) riaya_capacity_line_get_uuid (line));
      g_hash_table_add (keys, line_key (line));
    }

  /* Law 65.15 art. 34: the history only grows; what the file holds that
   * the database lacks joins it, checked with it. */
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);

      if (known (uuids, keys, riaya_licence_event_get_uuid (event), event_key (event)))
        _riaya_import_count (import, RIAYA_MERGE_UNCHANGED);
      else if (frozen)
        import->summary.ignored++;
      else
        {
          riaya_institution_add_event (target, event);
          _riaya_import_count (import, RIAYA_MERGE_NEW);
          added++;
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, i);

      if (known (uuids, keys, riaya_capacity_line_get_uuid (line), line_key (line)))
        _riaya_import_count (import, RIAYA_MERGE_UNCHANGED);
      else if (frozen)
        import->summary.ignored++;
      else
        {
          riaya_institution_add_capacity_line (target, line);
          _riaya_import_count (import, RIAYA_MERGE_NEW);
          added++;
        }
    }

  return added;
}

/* Whether every licence event and capacity line of @incoming is already
 * in the history of institution @uuid, by UUID: then nothing of it is
 * new, and the history need not be loaded. */
static gboolean
history_known (RiayaStore       *self,
               const char       *uuid,
               RiayaInstitution *incoming)
{
  GListModel *events = riaya_institution_get_events (incoming);
  GListModel *lines = riaya_institution_get_capacity_lines (incoming);
  sqlite3_stmt *stmt;
  gboolean known = TRUE;

  stmt = _riaya_store_prepare (self, "SELECT 1 FROM licence_events WHERE uuid = ?1 AND institution_uuid = ?2", NULL);
  for (guint i = 0; known && stmt != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);

      sqlite3_bind_text (stmt, 1, riaya_licence_event_get_uuid (event), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
      known = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
    }

  stmt = _riaya_store_prepare (self, "SELECT 1 FROM capacity_lines WHERE uuid = ?1 AND institution_uuid = ?2", NULL);
  for (guint i = 0; known && stmt != NULL && i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, i);

      sqlite3_bind_text (stmt, 1, riaya_capacity_line_get_uuid (line), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
      known = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
    }

  return known && stmt != NULL;
}

gboolean
_riaya_import_merge_institution (RiayaStoreImport  *import,
                                 RiayaInstitution  *incoming,
                                 char             **local_uuid,
                                 gboolean          *frozen,
                                 gboolean          *hide,
                                 GError           **error)
{
  RiayaStore *self = import->store;
  const char *uuid = riaya_institution_get_uuid (incoming);
  g_autofree char *matched = match_institution (self, incoming);
  g_autofree char *baseline = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(RiayaInstitution) target = NULL;
  g_auto(RiayaVerdict) verdict = { 0, };
  char *incoming_digest = riaya_institution_dup_content_digest (incoming);
  guint n_history = g_list_model_get_n_items (riaya_institution_get_events (incoming)) +
                    g_list_model_get_n_items (riaya_institution_get_capacity_lines (incoming));
  const char *producer_uuid;
  RiayaInstitution *local;
  gboolean deleted = FALSE;
  gboolean deleted_there = _riaya_import_deleted_there (incoming);
  guint added;

  *hide = FALSE;
  if (matched == NULL)
    {
      g_autoptr(RiayaInstitution) copy = riaya_institution_copy (incoming);

      _riaya_import_judge (import, RIAYA_RECORD_INSTITUTION, uuid, incoming_digest, NULL, NULL, FALSE, &verdict);
      if (!riaya_store_add_institution (self, copy, error) ||
          !_riaya_import_record_verdict (import, RIAYA_RECORD_INSTITUTION, uuid, &verdict,
                           (RiayaFieldsFunc) riaya_institution_dup_fields, incoming, NULL, error))
        return FALSE;

      _riaya_import_count_many (import, RIAYA_MERGE_NEW, 1 + n_history);
      g_set_object (&self->import_institution, copy);
      *local_uuid = g_strdup (uuid);
      *frozen = FALSE;
      *hide = deleted_there;
      return TRUE;
    }

  _riaya_store_institution_state (self, matched, &deleted);
  producer_uuid = g_str_equal (matched, uuid) ? NULL : uuid;

  /* The version taken in last, again: nothing moves, unless its producer
   * deleted it since (judged below, against the version here). */
  if (_riaya_import_is_baseline (import, RIAYA_RECORD_INSTITUTION, matched, incoming_digest, &baseline) &&
      history_known (self, matched, incoming) && (deleted || !deleted_there))
    {
      g_free (incoming_digest);
      _riaya_import_count_many (import, RIAYA_MERGE_UNCHANGED, 1 + n_history);
      *local_uuid = g_steal_pointer (&matched);
      *frozen = deleted;
      return TRUE;
    }

  found = _riaya_store_load_institutions (self, matched, error);
  if (found == NULL)
    {
      g_free (incoming_digest);
      return FALSE;
    }
  local = g_ptr_array_index (found, 0);

  _riaya_import_judge (import, RIAYA_RECORD_INSTITUTION, matched, incoming_digest, riaya_institution_dup_content_digest (local),
         g_steal_pointer (&baseline), deleted, &verdict);
  *hide = deleted_there && !deleted && _riaya_import_deletion_follows (&verdict);
  /* Hidden here as there: a change, whatever its fields. */
  _riaya_import_count (import, *hide && verdict.what == RIAYA_MERGE_UNCHANGED ? RIAYA_MERGE_CHANGED : verdict.what);

  target = riaya_institution_copy (local);
  if (verdict.what == RIAYA_MERGE_CHANGED)
    {
      g_autoptr(GVariant) fields = riaya_institution_dup_fields (incoming);

      if (!riaya_institution_apply_fields (target, fields, error))
        return FALSE;
    }
  added = add_history (import, target, incoming, deleted);

  if ((verdict.what == RIAYA_MERGE_CHANGED || added > 0) &&
      !riaya_store_update_institution (self, target, error))
    return FALSE;
  g_set_object (&self->import_institution, target);

  if (!_riaya_import_record_verdict (import, RIAYA_RECORD_INSTITUTION, matched, &verdict,
                       (RiayaFieldsFunc) riaya_institution_dup_fields, incoming, producer_uuid, error))
    return FALSE;

  *local_uuid = g_steal_pointer (&matched);
  *frozen = deleted;
  return TRUE;
}

