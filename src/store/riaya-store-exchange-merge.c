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
 * Institutions are matched in riaya-store-exchange-institution.c; grants
 * and visits by their UUID, and go to their institution as matched here.
 *
 * Every record of the bundle is counted once in the summary, as the
 * file's header counts them: a grant's tranches and a visit's actions as
 * their record when it is new or unchanged, each on its own (new, changed
 * or unchanged) when their record changed. A conflict is one record to
 * review, its tranches or actions with it: they are not counted apart, so
 * that the summary's conflicts are those riaya_store_list_conflicts()
 * lists.
 *
 * An institution deleted here is not written to: what the file changes
 * in it is a conflict, what it adds to it is ignored.
 *
 * A grant or a visit the file marks deleted at its producer (a grant
 * entered by mistake, a planned visit cancelled) is hidden here too —
 * kept and journaled, as the editors hide one — when it comes new, when
 * the file's version is taken in, or when both sides hold the same
 * version. Changed here since it was last exchanged, it stays: the
 * change made here wins over the deletion, as it would over a change
 * (the file's version then becomes a conflict, or is behind).
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

void
_riaya_import_count_many (RiayaStoreImport *import,
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

void
_riaya_verdict_clear (RiayaVerdict *verdict)
{
  g_clear_pointer (&verdict->local_digest, g_free);
  g_clear_pointer (&verdict->incoming_digest, g_free);
  g_clear_pointer (&verdict->baseline, g_free);
}

/* Takes the digests (and the baseline, read already or NULL). @local_digest
 * NULL: not in the database. @frozen: the local record may not be written
 * (deleted here), so a change becomes a conflict. */
void
_riaya_import_judge (RiayaStoreImport *import,
       const char       *kind,
       const char       *uuid,
       char             *incoming_digest,
       char             *local_digest,
       char             *baseline,
       gboolean          frozen,
       RiayaVerdict     *verdict)
{
  g_autofree char *waiting = NULL;

  verdict->incoming_digest = incoming_digest;
  verdict->local_digest = local_digest;
  verdict->baseline = baseline;
  if (local_digest != NULL)
    waiting = _riaya_store_dup_waiting_digest (import->store, kind, uuid);

  verdict->what = _riaya_merge_classify (incoming_digest, local_digest, verdict->baseline, waiting);
  if (frozen && verdict->what == RIAYA_MERGE_CHANGED)
    verdict->what = RIAYA_MERGE_CONFLICT;
}

/* What follows a verdict in the exchange tables: the baseline of what was
 * written or found equal, the conflict (the fields of @incoming) of what
 * was not. */
gboolean
_riaya_import_record_verdict (RiayaStoreImport  *import,
                const char        *kind,
                const char        *uuid,
                const RiayaVerdict *verdict,
                RiayaFieldsFunc    dup_fields,
                gpointer           incoming,
                const char        *producer_uuid,
                GError           **error)
{
  RiayaStore *self = import->store;

  switch (verdict->what)
    {
    case RIAYA_MERGE_CONFLICT:
      {
        g_autoptr(GVariant) fields = dup_fields (incoming);

        return _riaya_store_put_conflict (self, kind, uuid, import->producer, fields,
                                          verdict->local_digest, verdict->incoming_digest, error);
      }

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

/* The record's baseline when the file brings that version again: the
 * version already taken in, unchanged whatever the database holds now
 * (most records of most files). NULL otherwise, *@baseline then the
 * baseline (or NULL) for judge(). */
gboolean
_riaya_import_is_baseline (RiayaStoreImport  *import,
             const char        *kind,
             const char        *uuid,
             const char        *incoming_digest,
             char             **baseline)
{
  *baseline = _riaya_store_dup_baseline (import->store, kind, uuid);
  if (g_strcmp0 (*baseline, incoming_digest) != 0)
    return FALSE;

  g_clear_pointer (baseline, g_free);
  return TRUE;
}

/* ---- grants and visits ---------------------------------------------------- */

typedef gboolean (*HideFunc) (RiayaStore *self, const char *uuid, GError **error);

gboolean
_riaya_import_deleted_there (gpointer record)
{
  return g_object_get_data (G_OBJECT (record), RIAYA_RECORD_DATA_DELETED) != NULL;
}

/* Hides @uuid as its producer did. A visit recorded here since is kept
 * (its report was signed): not an error of the file. */
static gboolean
follow_deletion (RiayaStoreImport  *import,
                 HideFunc           hide,
                 const char        *uuid,
                 GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  if (hide (import->store, uuid, &local_error))
    return TRUE;
  if (g_error_matches (local_error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
_riaya_import_deletion_follows (const RiayaVerdict *verdict)
{
  return verdict->what == RIAYA_MERGE_NEW || verdict->what == RIAYA_MERGE_CHANGED ||
         (verdict->what == RIAYA_MERGE_UNCHANGED &&
          g_strcmp0 (verdict->incoming_digest, verdict->local_digest) == 0);
}

static gboolean
merge_grant (RiayaStoreImport  *import,
             RiayaGrant        *incoming,
             const char        *institution_uuid,
             gboolean           frozen,
             GError           **error)
{
  RiayaStore *self = import->store;
  const char *uuid = riaya_grant_get_uuid (incoming);
  g_autoptr(RiayaGrant) local = NULL;
  g_autofree char *baseline = NULL;
  g_auto(RiayaVerdict) verdict = { 0, };
  char *incoming_digest = riaya_grant_dup_content_digest (incoming);
  guint n_parts = g_list_model_get_n_items (riaya_grant_get_tranches (incoming));
  gboolean deleted = FALSE;

  if (_riaya_store_grant_state (self, uuid, &deleted))
    {
      /* The version taken in last, again: nothing moves, unless its
       * producer deleted it since (judged below, against this one). */
      if (_riaya_import_is_baseline (import, RIAYA_RECORD_GRANT, uuid, incoming_digest, &baseline) &&
          (deleted || frozen || !_riaya_import_deleted_there (incoming)))
        {
          g_free (incoming_digest);
          _riaya_import_count_many (import, RIAYA_MERGE_UNCHANGED, 1 + n_parts);
          return TRUE;
        }
      local = _riaya_store_load_grant (self, uuid, error);
      if (local == NULL)
        {
          g_free (incoming_digest);
          return FALSE;
        }
    }

  _riaya_import_judge (import, RIAYA_RECORD_GRANT, uuid, incoming_digest, local != NULL ? riaya_grant_dup_content_digest (local) : NULL,
         g_steal_pointer (&baseline), frozen || deleted, &verdict);

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
  else if (verdict.what == RIAYA_MERGE_CHANGED)
    {
      g_autoptr(GVariant) fields = riaya_grant_dup_fields (incoming);

      if (!_riaya_import_write_grant (self, local, fields, error))
        return FALSE;
    }

  if (_riaya_import_deleted_there (incoming) && !deleted && !frozen && _riaya_import_deletion_follows (&verdict))
    {
      if (!follow_deletion (import, riaya_store_delete_grant, uuid, error))
        return FALSE;
      /* Its tranches as the file has them; the grant itself changed. */
      if (verdict.what == RIAYA_MERGE_UNCHANGED)
        {
          _riaya_import_count (import, RIAYA_MERGE_CHANGED);
          _riaya_import_count_many (import, RIAYA_MERGE_UNCHANGED, n_parts);
          return _riaya_import_record_verdict (import, RIAYA_RECORD_GRANT, uuid, &verdict,
                                               (RiayaFieldsFunc) riaya_grant_dup_fields, incoming, NULL, error);
        }
    }

  _riaya_import_count (import, verdict.what);
  if (verdict.what == RIAYA_MERGE_CHANGED)
    count_parts (import, riaya_grant_get_tranches (incoming), riaya_grant_get_tranches (local),
                 (UuidGetter) riaya_grant_tranche_get_uuid, tranches_equal);
  else if (verdict.what != RIAYA_MERGE_CONFLICT)
    _riaya_import_count_many (import, verdict.what, n_parts);

  return _riaya_import_record_verdict (import, RIAYA_RECORD_GRANT, uuid, &verdict, (RiayaFieldsFunc) riaya_grant_dup_fields, incoming,
                         NULL, error);
}

/* A visit taken in keeps the revision its producer gave it: the
 * calendars' SEQUENCE (RFC 5545) of one visit, wherever it is exported
 * from, and a re-export equal to the file (tests/data/exchange/valid). */
static gboolean
keep_revision (RiayaStore  *self,
               const char  *uuid,
               guint        revision,
               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (revision == 0)
    return TRUE;

  stmt = _riaya_store_prepare (self, "UPDATE inspections SET revision = ?2 WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, revision);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
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
  g_autoptr(RiayaInspection) local = NULL;
  g_autofree char *baseline = NULL;
  g_auto(RiayaVerdict) verdict = { 0, };
  char *incoming_digest = riaya_inspection_dup_content_digest (incoming);
  guint n_parts = g_list_model_get_n_items (riaya_inspection_get_actions (incoming));
  gboolean deleted = FALSE;

  if (_riaya_store_inspection_state (self, uuid, &deleted, NULL))
    {
      if (_riaya_import_is_baseline (import, RIAYA_RECORD_INSPECTION, uuid, incoming_digest, &baseline) &&
          (deleted || frozen || !_riaya_import_deleted_there (incoming)))
        {
          g_free (incoming_digest);
          _riaya_import_count_many (import, RIAYA_MERGE_UNCHANGED, 1 + n_parts);
          return TRUE;
        }
      local = _riaya_store_load_inspection (self, uuid, error);
      if (local == NULL)
        {
          g_free (incoming_digest);
          return FALSE;
        }
    }

  _riaya_import_judge (import, RIAYA_RECORD_INSPECTION, uuid, incoming_digest,
         local != NULL ? riaya_inspection_dup_content_digest (local) : NULL, g_steal_pointer (&baseline),
         frozen || deleted, &verdict);

  if (verdict.what == RIAYA_MERGE_NEW && frozen)
    {
      import->summary.ignored += 1 + n_parts;
      return TRUE;
    }

  if (verdict.what == RIAYA_MERGE_NEW)
    {
      g_autoptr(RiayaInspection) copy = riaya_inspection_copy (incoming);

      riaya_inspection_set_institution_uuid (copy, institution_uuid);
      if (!riaya_store_add_inspection (self, copy, error) ||
          !keep_revision (self, uuid, riaya_inspection_get_revision (incoming), error))
        return FALSE;
    }
  else if (verdict.what == RIAYA_MERGE_CHANGED)
    {
      g_autoptr(GVariant) fields = riaya_inspection_dup_fields (incoming);

      if (!_riaya_import_write_inspection (self, local, fields, error))
        return FALSE;
    }

  if (_riaya_import_deleted_there (incoming) && !deleted && !frozen && _riaya_import_deletion_follows (&verdict))
    {
      if (!follow_deletion (import, riaya_store_delete_inspection, uuid, error))
        return FALSE;
      if (verdict.what == RIAYA_MERGE_UNCHANGED)
        {
          _riaya_import_count (import, RIAYA_MERGE_CHANGED);
          _riaya_import_count_many (import, RIAYA_MERGE_UNCHANGED, n_parts);
          return _riaya_import_record_verdict (import, RIAYA_RECORD_INSPECTION, uuid, &verdict,
                                               (RiayaFieldsFunc) riaya_inspection_dup_fields, incoming, NULL,
                                               error);
        }
    }

  _riaya_import_count (import, verdict.what);
  if (verdict.what == RIAYA_MERGE_CHANGED)
    count_parts (import, riaya_inspection_get_actions (incoming), riaya_inspection_get_actions (local),
                 (UuidGetter) riaya_corrective_action_get_uuid, actions_equal);
  else if (verdict.what != RIAYA_MERGE_CONFLICT)
    _riaya_import_count_many (import, verdict.what, n_parts);

  return _riaya_import_record_verdict (import, RIAYA_RECORD_INSPECTION, uuid, &verdict, (RiayaFieldsFunc) riaya_inspection_dup_fields,
                         incoming, NULL, error);
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

static gboolean
merge_bundle (RiayaStoreImport        *import,
              RiayaInstitutionBundle  *bundle,
              GError                 **error)
{
  g_autofree char *institution_uuid = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  gboolean frozen = FALSE;
  gboolean hide = FALSE;

  /* Whatever fails, the file's other bundles are not to be committed. */
  import->refused = TRUE;

  if (!_riaya_import_merge_institution (import, bundle->institution, &institution_uuid, &frozen, &hide, error))
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

  if (!_riaya_import_add_figures (import, bundle, institution_uuid, error) ||
      !_riaya_import_add_register (import, bundle, institution_uuid, frozen, error))
    return FALSE;

  /* Deleted at its producer: hidden last, once all it carries is in, as
   * the producer keeps it (hidden, with its history). */
  if (hide && !riaya_store_delete_institution (import->store, institution_uuid, error))
    return FALSE;

  import->refused = FALSE;
  return TRUE;
}

gboolean
riaya_store_import_add (RiayaStoreImport        *import,
                        RiayaInstitutionBundle  *bundle,
                        GError                 **error)
{
  gboolean ok;

  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (import->open, FALSE);
  g_return_val_if_fail (bundle != NULL && RIAYA_IS_INSTITUTION (bundle->institution), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ok = merge_bundle (import, bundle, error);

  /* Held for this bundle's grants and visits only. */
  _riaya_store_forget_written_institution (import->store);
  return ok;
}
