/* riaya-store-exchange-merge.c — one institution of a file, merged
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each record of a bundle is classified against the database and the
 * baseline (riaya-store-exchange.h) and written, when it is new or
 * changed, through the editors' own functions: riaya_store_add_*() and
 * riaya_store_update_*() check the law's rules, the database's CHECKs and
 * triggers apply, and their journal rows say "import" (riaya-store-
 * journal.c). Their transactions nest in the import's (savepoints): a
 * record refused fails the whole file, and nothing of it stays.
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
 * has other UUIDs.
 *
 * Every record of the bundle is counted once in the summary, as the
 * file's header counts them: a grant's tranches and a visit's actions as
 * their record when it is new, in conflict or unchanged, each on its own
 * (new, changed or unchanged) when their record changed.
 *
 * An institution deleted here is not written to: what the file changes
 * in it is a conflict, what it adds to it is ignored.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-exchange-private.h"

/* ---- writes shared with the resolution of conflicts ---------------------- */

gboolean
_riaya_import_write_institution (RiayaStore        *self,
                                 RiayaInstitution  *local,
                                 GVariant          *fields,
                                 GError           **error)
{
  g_autoptr(RiayaInstitution) target = riaya_institution_copy (local);

  return riaya_institution_apply_fields (target, fields, error) &&
         riaya_store_update_institution (self, target, error);
}

gboolean
_riaya_import_write_grant (RiayaStore  *self,
                           RiayaGrant  *local,
                           GVariant    *fields,
                           GError     **error)
{
  g_autoptr(RiayaGrant) target = riaya_grant_copy (local);

  return riaya_grant_apply_fields (target, fields, error) &&
         riaya_store_update_grant (self, target, error);
}

gboolean
_riaya_import_write_inspection (RiayaStore       *self,
                                RiayaInspection  *local,
                                GVariant         *fields,
                                GError          **error)
{
  g_autoptr(RiayaInspection) target = riaya_inspection_copy (local);

  /* The visit keeps the licence event its decision became where the
   * file names it: the event came with the institution's history
   * (riaya-store-inspections-write.c). */
  return riaya_inspection_apply_fields (target, fields, error) &&
         riaya_store_update_inspection (self, target, error);
}

/* ---- counting ------------------------------------------------------------ */

static void
count_many (RiayaStoreImport *import,
            RiayaMergeClass   what,
            guint             n)
{
  for (guint i = 0; i < n; i++)
    _riaya_import_count (import, what);
}

typedef const char *(*UuidGetter) (gpointer item);
typedef gboolean (*PartsEqual) (gpointer a, gpointer b);

/* The parts of a record that changed: each new, changed or unchanged
 * against the local record's part of the same UUID. */
static void
count_parts (RiayaStoreImport *import,
             GListModel       *incoming,
             GListModel       *local,
             UuidGetter        get_uuid,
             PartsEqual        equal)
{
  guint n = g_list_model_get_n_items (incoming);
  guint n_local = g_list_model_get_n_items (local);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) part = g_list_model_get_item (incoming, i);
      RiayaMergeClass what = RIAYA_MERGE_NEW;

      for (guint j = 0; j < n_local; j++)
        {
          g_autoptr(GObject) mine = g_list_model_get_item (local, j);

          if (g_strcmp0 (get_uuid (part), get_uuid (mine)) == 0)
            {
              what = equal (part, mine) ? RIAYA_MERGE_UNCHANGED : RIAYA_MERGE_CHANGED;
              break;
            }
        }
      _riaya_import_count (import, what);
    }
}

static gboolean
tranches_equal (gpointer a,
                gpointer b)
{
  return g_strcmp0 (riaya_grant_tranche_get_due_on (a), riaya_grant_tranche_get_due_on (b)) == 0 &&
         g_strcmp0 (riaya_grant_tranche_get_paid_on (a), riaya_grant_tranche_get_paid_on (b)) == 0 &&
         riaya_grant_tranche_get_amount (a) == riaya_grant_tranche_get_amount (b);
}

static gboolean
actions_equal (gpointer a,
               gpointer b)
{
  return g_strcmp0 (riaya_corrective_action_get_description (a), riaya_corrective_action_get_description (b)) == 0 &&
         g_strcmp0 (riaya_corrective_action_get_due_on (a), riaya_corrective_action_get_due_on (b)) == 0 &&
         g_strcmp0 (riaya_corrective_action_get_done_on (a), riaya_corrective_action_get_done_on (b)) == 0;
}

/* ---- classification against the database --------------------------------- */

typedef struct
{
  RiayaMergeClass  what;
  char            *local_digest;
  char            *incoming_digest;
  char            *baseline;
} Verdict;

static void
verdict_clear (Verdict *verdict)
{
  g_clear_pointer (&verdict->local_digest, g_free);
  g_clear_pointer (&verdict->incoming_digest, g_free);
  g_clear_pointer (&verdict->baseline, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Verdict, verdict_clear)

/* @local_digest NULL: not in the database. @frozen: the local record may
 * not be written (deleted here), so a change becomes a conflict. */
static void
judge (RiayaStoreImport *import,
       const char       *kind,
       const char       *uuid,
       char             *incoming_digest,
       char             *local_digest,
       gboolean          frozen,
       Verdict          *verdict)
{
  g_autofree char *waiting = NULL;

  verdict->incoming_digest = incoming_digest;
  verdict->local_digest = local_digest;
  if (local_digest != NULL)
    {
      verdict->baseline = _riaya_store_dup_baseline (import->store, kind, uuid);
      waiting = _riaya_store_dup_waiting_digest (import->store, kind, uuid);
    }

  verdict->what = _riaya_merge_classify (incoming_digest, local_digest, verdict->baseline, waiting);
  if (frozen && verdict->what == RIAYA_MERGE_CHANGED)
    verdict->what = RIAYA_MERGE_CONFLICT;
}

/* What follows a verdict in the exchange tables: the baseline of what was
 * written or found equal, the conflict of what was not. */
static gboolean
record_verdict (RiayaStoreImport  *import,
                const char        *kind,
                const char        *uuid,
                const Verdict     *verdict,
                GVariant          *incoming,
                const char        *producer_uuid,
                GError           **error)
{
  RiayaStore *self = import->store;

  switch (verdict->what)
    {
    case RIAYA_MERGE_CONFLICT:
      return _riaya_store_put_conflict (self, kind, uuid, import->producer, incoming,
                                        verdict->local_digest, verdict->incoming_digest, error);

    case RIAYA_MERGE_UNCHANGED:
      /* Equal to the local version: that version is now the one
       * exchanged. Behind it, or waiting in a conflict: nothing moves. */
      if (!g_str_equal (verdict->incoming_digest, verdict->local_digest) ||
          (g_strcmp0 (verdict->baseline, verdict->incoming_digest) == 0 && producer_uuid == NULL))
        return TRUE;
      G_GNUC_FALLTHROUGH;

    case RIAYA_MERGE_NEW:
    case RIAYA_MERGE_CHANGED:
      return _riaya_store_set_baseline (self, kind, uuid, import->producer, verdict->incoming_digest,
                                        producer_uuid, error);

    default:
      g_assert_not_reached ();
    }
}

/* ---- institutions --------------------------------------------------------- */

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

static gboolean
merge_institution (RiayaStoreImport  *import,
                   RiayaInstitution  *incoming,
                   char             **local_uuid,
                   gboolean          *frozen,
                   GError           **error)
{
  RiayaStore *self = import->store;
  const char *uuid = riaya_institution_get_uuid (incoming);
  g_autofree char *matched = match_institution (self, incoming);
  g_autoptr(GVariant) fields = riaya_institution_dup_fields (incoming);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(RiayaInstitution) target = NULL;
  g_auto(Verdict) verdict = { 0, };
  const char *producer_uuid;
  RiayaInstitution *local;
  gboolean deleted = FALSE;
  guint added;

  if (matched == NULL)
    {
      g_autoptr(RiayaInstitution) copy = riaya_institution_copy (incoming);

      judge (import, RIAYA_RECORD_INSTITUTION, uuid, riaya_record_fields_digest (RIAYA_RECORD_INSTITUTION, fields),
             NULL, FALSE, &verdict);
      if (!riaya_store_add_institution (self, copy, error) ||
          !record_verdict (import, RIAYA_RECORD_INSTITUTION, uuid, &verdict, fields, NULL, error))
        return FALSE;

      count_many (import, RIAYA_MERGE_NEW,
                  1 + g_list_model_get_n_items (riaya_institution_get_events (incoming)) +
                  g_list_model_get_n_items (riaya_institution_get_capacity_lines (incoming)));
      *local_uuid = g_strdup (uuid);
      *frozen = FALSE;
      return TRUE;
    }

  _riaya_store_institution_state (self, matched, &deleted);
  found = _riaya_store_load_institutions (self, matched, error);
  if (found == NULL)
    return FALSE;
  local = g_ptr_array_index (found, 0);
  producer_uuid = g_str_equal (matched, uuid) ? NULL : uuid;

  judge (import, RIAYA_RECORD_INSTITUTION, matched, riaya_record_fields_digest (RIAYA_RECORD_INSTITUTION, fields),
         riaya_institution_dup_content_digest (local), deleted, &verdict);
  _riaya_import_count (import, verdict.what);

  target = riaya_institution_copy (local);
  if (verdict.what == RIAYA_MERGE_CHANGED && !riaya_institution_apply_fields (target, fields, error))
    return FALSE;
  added = add_history (import, target, incoming, deleted);

  if ((verdict.what == RIAYA_MERGE_CHANGED || added > 0) &&
      !riaya_store_update_institution (self, target, error))
    return FALSE;

  if (!record_verdict (import, RIAYA_RECORD_INSTITUTION, matched, &verdict, fields, producer_uuid, error))
    return FALSE;

  *local_uuid = g_steal_pointer (&matched);
  *frozen = deleted;
  return TRUE;
}

/* ---- grants and visits ---------------------------------------------------- */

static gboolean
merge_grant (RiayaStoreImport  *import,
             RiayaGrant        *incoming,
             const char        *institution_uuid,
             gboolean           frozen,
             GError           **error)
{
  RiayaStore *self = import->store;
  const char *uuid = riaya_grant_get_uuid (incoming);
  g_autoptr(GVariant) fields = riaya_grant_dup_fields (incoming);
  g_autoptr(RiayaGrant) local = NULL;
  g_auto(Verdict) verdict = { 0, };
  guint n_parts = g_list_model_get_n_items (riaya_grant_get_tranches (incoming));
  gboolean deleted = FALSE;

  if (_riaya_store_grant_state (self, uuid, &deleted))
    {
      local = _riaya_store_load_grant (self, uuid, error);
      if (local == NULL)
        return FALSE;
    }

  judge (import, RIAYA_RECORD_GRANT, uuid, riaya_record_fields_digest (RIAYA_RECORD_GRANT, fields),
         local != NULL ? riaya_grant_dup_content_digest (local) : NULL, frozen || deleted, &verdict);

  if (verdict.what == RIAYA_MERGE_NEW && frozen)
    {
      import->summary.ignored += 1 + n_parts;
      return TRUE;
    }

  if (verdict.what == RIAYA_MERGE_NEW)
    {
      g_autoptr(RiayaGrant) copy = riaya_grant_copy (incoming);

      riaya_grant_set_institution_uuid (copy, institution_uuid);
      if (!riaya_store_add_grant (self, copy, error))
        return FALSE;
    }
  else if (verdict.what == RIAYA_MERGE_CHANGED && !_riaya_import_write_grant (self, local, fields, error))
    return FALSE;

  _riaya_import_count (import, verdict.what);
  if (verdict.what == RIAYA_MERGE_CHANGED)
    count_parts (import, riaya_grant_get_tranches (incoming), riaya_grant_get_tranches (local),
                 (UuidGetter) riaya_grant_tranche_get_uuid, tranches_equal);
  else
    count_many (import, verdict.what, n_parts);

  return record_verdict (import, RIAYA_RECORD_GRANT, uuid, &verdict, fields, NULL, error);
}

static gboolean
merge_inspection (RiayaStoreImport  *import,
                  RiayaInspection   *incoming,
                  const char        *institution_uuid,
                  gboolean           frozen,
                  GError           **error)
{
  RiayaStore *self = import->store;
  const char *uuid = riaya_inspection_get_uuid (incoming);
  g_autoptr(GVariant) fields = riaya_inspection_dup_fields (incoming);
  g_autoptr(RiayaInspection) local = NULL;
  g_auto(Verdict) verdict = { 0, };
  guint n_parts = g_list_model_get_n_items (riaya_inspection_get_actions (incoming));
  gboolean deleted = FALSE;

  if (_riaya_store_inspection_state (self, uuid, &deleted, NULL))
    {
      local = _riaya_store_load_inspection (self, uuid, error);
      if (local == NULL)
        return FALSE;
    }

  judge (import, RIAYA_RECORD_INSPECTION, uuid, riaya_record_fields_digest (RIAYA_RECORD_INSPECTION, fields),
         local != NULL ? riaya_inspection_dup_content_digest (local) : NULL, frozen || deleted, &verdict);

  if (verdict.what == RIAYA_MERGE_NEW && frozen)
    {
      import->summary.ignored += 1 + n_parts;
      return TRUE;
    }

  if (verdict.what == RIAYA_MERGE_NEW)
    {
      g_autoptr(RiayaInspection) copy = riaya_inspection_copy (incoming);

      riaya_inspection_set_institution_uuid (copy, institution_uuid);
      if (!riaya_store_add_inspection (self, copy, error))
        return FALSE;
    }
  else if (verdict.what == RIAYA_MERGE_CHANGED && !_riaya_import_write_inspection (self, local, fields, error))
    return FALSE;

  _riaya_import_count (import, verdict.what);
  if (verdict.what == RIAYA_MERGE_CHANGED)
    count_parts (import, riaya_inspection_get_actions (incoming), riaya_inspection_get_actions (local),
                 (UuidGetter) riaya_corrective_action_get_uuid, actions_equal);
  else
    count_many (import, verdict.what, n_parts);

  return record_verdict (import, RIAYA_RECORD_INSPECTION, uuid, &verdict, fields, NULL, error);
}

/* A follow-up comes after the visit it follows: visits are merged in the
 * order of their date (done, else planned), so that the visit a follow-up
 * names is there when it is written. */
static int
compare_visits (gconstpointer a,
                gconstpointer b)
{
  RiayaInspection *x = *(RiayaInspection **) a;
  RiayaInspection *y = *(RiayaInspection **) b;
  const char *date_x = riaya_inspection_get_done_on (x);
  const char *date_y = riaya_inspection_get_done_on (y);
  int by_date;

  by_date = g_strcmp0 (date_x != NULL ? date_x : riaya_inspection_get_planned_on (x),
                       date_y != NULL ? date_y : riaya_inspection_get_planned_on (y));
  return by_date != 0 ? by_date : g_strcmp0 (riaya_inspection_get_uuid (x), riaya_inspection_get_uuid (y));
}

gboolean
riaya_store_import_add (RiayaStoreImport        *import,
                        RiayaInstitutionBundle  *bundle,
                        GError                 **error)
{
  g_autofree char *institution_uuid = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  gboolean frozen = FALSE;

  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (import->open, FALSE);
  g_return_val_if_fail (bundle != NULL && RIAYA_IS_INSTITUTION (bundle->institution), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!merge_institution (import, bundle->institution, &institution_uuid, &frozen, error))
    return FALSE;

  for (guint i = 0; bundle->grants != NULL && i < bundle->grants->len; i++)
    if (!merge_grant (import, g_ptr_array_index (bundle->grants, i), institution_uuid, frozen, error))
      return FALSE;

  if (bundle->inspections != NULL)
    {
      /* Borrowed: g_ptr_array_copy() would take the free function too. */
      visits = g_ptr_array_sized_new (bundle->inspections->len);
      for (guint i = 0; i < bundle->inspections->len; i++)
        g_ptr_array_add (visits, g_ptr_array_index (bundle->inspections, i));
      g_ptr_array_sort (visits, compare_visits);
      for (guint i = 0; i < visits->len; i++)
        if (!merge_inspection (import, g_ptr_array_index (visits, i), institution_uuid, frozen, error))
          return FALSE;
    }

  return _riaya_import_add_figures (import, bundle, institution_uuid, error);
}
