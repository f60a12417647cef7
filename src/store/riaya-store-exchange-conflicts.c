/* riaya-store-exchange-conflicts.c — baselines, and records changed on both sides
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record changed here since it was last exchanged and changed in a file
 * too is not overwritten (exchange.md "Import semantics"): the file's
 * version waits in exchange_conflicts, as its list of fields
 * (riaya-record-fields.h, GVariant text), until someone keeps one of the
 * two. Keeping the file's writes it through the editors' functions;
 * keeping the local one only moves the baseline to the file's version, so
 * that the same version does not come back as a conflict with the next
 * file. Either choice is journaled.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-exchange-private.h"

/* ---- baselines ------------------------------------------------------------ */

static char *
dup_text (RiayaStore *self,
          const char *sql,
          const char *first,
          const char *second)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, sql, NULL);
  char *text = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  if (second != NULL)
    sqlite3_bind_text (stmt, 2, second, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return text;
}

char *
_riaya_store_dup_baseline (RiayaStore *self,
                           const char *kind,
                           const char *uuid)
{
  return dup_text (self, "SELECT digest FROM exchange_baselines WHERE record_kind = ?1 AND record_uuid = ?2",
                   kind, uuid);
}

char *
_riaya_store_dup_matched_uuid (RiayaStore *self,
                               const char *producer_uuid)
{
  return dup_text (self,
                   "SELECT record_uuid FROM exchange_baselines WHERE producer_uuid = ?1"
                   " AND record_kind = 'institution'",
                   producer_uuid, NULL);
}

char *
_riaya_store_dup_waiting_digest (RiayaStore *self,
                                 const char *kind,
                                 const char *uuid)
{
  return dup_text (self,
                   "SELECT incoming_digest FROM exchange_conflicts WHERE record_kind = ?1 AND record_uuid = ?2"
                   " AND resolved_at IS NULL",
                   kind, uuid);
}

gboolean
_riaya_store_set_baseline (RiayaStore  *self,
                           const char  *kind,
                           const char  *uuid,
                           const char  *producer,
                           const char  *digest,
                           const char  *producer_uuid,
                           GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self,
                               "INSERT INTO exchange_baselines (record_kind, record_uuid, producer, digest, producer_uuid)"
                               " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (record_kind, record_uuid) DO UPDATE SET"
                               " producer = excluded.producer, digest = excluded.digest,"
                               " producer_uuid = coalesce (excluded.producer_uuid, producer_uuid)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, producer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, digest, -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 5, producer_uuid);

  return _riaya_store_step_done (self, stmt, error);
}

gboolean
_riaya_store_put_conflict (RiayaStore  *self,
                           const char  *kind,
                           const char  *uuid,
                           const char  *producer,
                           GVariant    *incoming,
                           const char  *local_digest,
                           const char  *incoming_digest,
                           GError     **error)
{
  g_autofree char *text = g_variant_print (incoming, FALSE);
  g_autofree char *now = _riaya_store_now ();
  sqlite3_stmt *stmt;

  /* One open conflict per record (exchange_conflicts_open): a newer
   * version from a file replaces the one that waited. */
  stmt = _riaya_store_prepare (self,
                               "INSERT INTO exchange_conflicts (record_kind, record_uuid, producer, incoming,"
                               " local_digest, incoming_digest, detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                               " ON CONFLICT (record_kind, record_uuid) WHERE resolved_at IS NULL DO UPDATE SET"
                               " producer = excluded.producer, incoming = excluded.incoming,"
                               " local_digest = excluded.local_digest, incoming_digest = excluded.incoming_digest,"
                               " detected_at = excluded.detected_at",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, producer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, local_digest, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, incoming_digest, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);

  return _riaya_store_step_done (self, stmt, error);
}

/* ---- the local version ----------------------------------------------------- */

/* The local record of a conflict as its fields, with a label for people.
 * Every kind is loaded deleted or not. */
static GVariant *
dup_local_fields (RiayaStore  *self,
                  const char  *kind,
                  const char  *uuid,
                  char       **label,
                  GError     **error)
{
  if (g_str_equal (kind, RIAYA_RECORD_INSTITUTION))
    {
      g_autoptr(GPtrArray) found = _riaya_store_load_institutions (self, uuid, error);
      RiayaInstitution *institution;

      if (found == NULL)
        return NULL;
      if (found->len == 0)
        goto not_found;
      institution = g_ptr_array_index (found, 0);
      if (label != NULL)
        /* Translators: a conflict's record; %1$s is an institution's name, %2$s its licence number */
        *label = g_strdup_printf (_("%1$s, licence %2$s"), riaya_institution_get_display_name (institution),
                                  riaya_institution_get_licence_number (institution));
      return riaya_institution_dup_fields (institution);
    }

  if (g_str_equal (kind, RIAYA_RECORD_GRANT))
    {
      g_autoptr(RiayaGrant) grant = _riaya_store_load_grant (self, uuid, error);

      if (grant == NULL)
        return NULL;
      if (label != NULL)
        /* Translators: a conflict's record; %1$u is a year, %2$s an institution's name, %3$s its licence number */
        *label = g_strdup_printf (_("Grant %1$u to %2$s, licence %3$s"), riaya_grant_get_year (grant),
                                  riaya_grant_get_institution_name (grant), riaya_grant_get_licence_number (grant));
      return riaya_grant_dup_fields (grant);
    }

  if (g_str_equal (kind, RIAYA_RECORD_INSPECTION))
    {
      g_autoptr(RiayaInspection) visit = _riaya_store_load_inspection (self, uuid, error);
      const char *date;

      if (visit == NULL)
        return NULL;
      date = riaya_inspection_get_done_on (visit);
      if (label != NULL)
        /* Translators: a conflict's record; %1$s is a date, %2$s an institution's name, %3$s its licence number */
        *label = g_strdup_printf (_("Visit of %1$s to %2$s, licence %3$s"),
                                  date != NULL ? date : riaya_inspection_get_planned_on (visit),
                                  riaya_inspection_get_institution_name (visit),
                                  riaya_inspection_get_licence_number (visit));
      return riaya_inspection_dup_fields (visit);
    }

not_found:
  g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
               /* Translators: %s is an identifier */
               _("The record “%s” of a conflict is not in the database: run a check."),
               uuid);
  return NULL;
}

static GVariant *
parse_incoming (const char  *text,
                GError     **error)
{
  g_autoptr(GError) parse_error = NULL;
  GVariant *fields = g_variant_parse (RIAYA_RECORD_FIELDS_TYPE, text, NULL, NULL, &parse_error);

  if (fields == NULL)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_CORRUPT,
                   /* Translators: %s is GLib's description of the problem */
                   _("The version kept for a conflict cannot be read (%s): run a check, and keep the local "
                     "version."),
                   parse_error->message);
      return NULL;
    }

  /* Not floating: g_variant_parse() hands over its reference. */
  return fields;
}

/* ---- listing ----------------------------------------------------------------- */

static void
field_clear (gpointer data)
{
  RiayaConflictField *field = data;

  g_free (field->name);
  g_free (field->local_value);
  g_free (field->incoming_value);
}

void
riaya_conflict_free (RiayaConflict *conflict)
{
  if (conflict == NULL)
    return;

  g_free (conflict->record_kind);
  g_free (conflict->record_uuid);
  g_free (conflict->record_label);
  g_free (conflict->producer);
  g_free (conflict->detected_at);
  g_clear_pointer (&conflict->fields, g_array_unref);
  g_free (conflict);
}

static char *
dup_value (const char *value)
{
  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

/* Both versions side by side: every field of the local one in its order,
 * then those only the file's has (a tranche or an action more). */
static GArray *
pair_fields (GVariant *local,
             GVariant *incoming)
{
  GArray *fields = g_array_new (FALSE, TRUE, sizeof (RiayaConflictField));
  GVariantIter iter;
  const char *code, *value;

  g_array_set_clear_func (fields, field_clear);

  g_variant_iter_init (&iter, local);
  while (g_variant_iter_next (&iter, "(&s&s)", &code, &value))
    {
      RiayaConflictField field = { 0, };

      field.name = g_strdup (code);
      field.local_value = dup_value (value);
      field.incoming_value = dup_value (riaya_record_fields_lookup (incoming, code));
      field.differs = g_strcmp0 (field.local_value, field.incoming_value) != 0;
      g_array_append_val (fields, field);
    }

  g_variant_iter_init (&iter, incoming);
  while (g_variant_iter_next (&iter, "(&s&s)", &code, &value))
    {
      RiayaConflictField field = { 0, };

      if (riaya_record_fields_lookup (local, code) != NULL)
        continue;
      field.name = g_strdup (code);
      field.incoming_value = dup_value (value);
      field.differs = field.incoming_value != NULL;
      g_array_append_val (fields, field);
    }

  return fields;
}

GPtrArray *
riaya_store_list_conflicts (RiayaStore  *self,
                            GError     **error)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  sqlite3_stmt *stmt;
  gboolean own;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_conflict_free);
  if (!_riaya_store_begin_read (self, &own, error))
    return NULL;

  stmt = _riaya_store_prepare (self,
                               "SELECT id, record_kind, record_uuid, producer, incoming, detected_at"
                               " FROM exchange_conflicts WHERE resolved_at IS NULL ORDER BY id",
                               error);
  if (stmt == NULL)
    {
      _riaya_store_end_read (self, own);
      return NULL;
    }

  /* The records are read in between: the rows first, then the records. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaConflict *conflict = g_new0 (RiayaConflict, 1);

      conflict->id = sqlite3_column_int64 (stmt, 0);
      conflict->record_kind = g_strdup (_riaya_store_column_text (stmt, 1));
      conflict->record_uuid = g_strdup (_riaya_store_column_text (stmt, 2));
      conflict->producer = g_strdup (_riaya_store_column_text (stmt, 3));
      /* Kept in record_label until the fields are paired, below. */
      conflict->record_label = g_strdup (_riaya_store_column_text (stmt, 4));
      conflict->detected_at = g_strdup (_riaya_store_column_text (stmt, 5));
      g_ptr_array_add (conflicts, conflict);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      _riaya_store_end_read (self, own);
      return NULL;
    }

  for (guint i = 0; i < conflicts->len; i++)
    {
      RiayaConflict *conflict = g_ptr_array_index (conflicts, i);
      g_autofree char *text = g_steal_pointer (&conflict->record_label);
      g_autoptr(GVariant) incoming = parse_incoming (text, error);
      g_autoptr(GVariant) local = NULL;

      if (incoming != NULL)
        local = dup_local_fields (self, conflict->record_kind, conflict->record_uuid, &conflict->record_label,
                                  error);
      if (local == NULL)
        {
          _riaya_store_end_read (self, own);
          return NULL;
        }
      conflict->fields = pair_fields (local, incoming);
    }

  _riaya_store_end_read (self, own);
  return g_steal_pointer (&conflicts);
}

/* ---- resolving --------------------------------------------------------------- */

static gboolean
write_incoming (RiayaStore  *self,
                const char  *kind,
                const char  *uuid,
                GVariant    *fields,
                GError     **error)
{
  if (g_str_equal (kind, RIAYA_RECORD_INSTITUTION))
    {
      g_autoptr(GPtrArray) found = _riaya_store_load_institutions (self, uuid, error);

      return found != NULL && found->len == 1 &&
             _riaya_import_write_institution (self, g_ptr_array_index (found, 0), fields, error);
    }

  if (g_str_equal (kind, RIAYA_RECORD_GRANT))
    {
      g_autoptr(RiayaGrant) grant = _riaya_store_load_grant (self, uuid, error);

      return grant != NULL && _riaya_import_write_grant (self, grant, fields, error);
    }

  {
    g_autoptr(RiayaInspection) visit = _riaya_store_load_inspection (self, uuid, error);

    g_assert (g_str_equal (kind, RIAYA_RECORD_INSPECTION));
    return visit != NULL && _riaya_import_write_inspection (self, visit, fields, error);
  }
}

gboolean
riaya_store_resolve_conflict (RiayaStore  *self,
                              gint64       conflict_id,
                              gboolean     keep_incoming,
                              GError     **error)
{
  g_autofree char *kind = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *producer = NULL;
  g_autofree char *text = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *now = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GVariant) incoming = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->importing, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_riaya_store_begin (self, error))
    return FALSE;

  stmt = _riaya_store_prepare (self,
                               "SELECT record_kind, record_uuid, producer, incoming, incoming_digest"
                               " FROM exchange_conflicts WHERE id = ?1 AND resolved_at IS NULL",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, conflict_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      kind = g_strdup (_riaya_store_column_text (stmt, 0));
      uuid = g_strdup (_riaya_store_column_text (stmt, 1));
      producer = g_strdup (_riaya_store_column_text (stmt, 2));
      text = g_strdup (_riaya_store_column_text (stmt, 3));
      digest = g_strdup (_riaya_store_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);

  if (kind == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, conflict_id);

      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is a number */
                   _("No conflict numbered %s is waiting for a decision: list the conflicts again "
                     "(“riaya-cli conflicts list”) and choose one of them."),
                   number);
      goto failed;
    }

  if (keep_incoming)
    {
      incoming = parse_incoming (text, error);
      if (incoming == NULL || !write_incoming (self, kind, uuid, incoming, error))
        goto failed;
    }

  /* Either way the file's version is now the one exchanged: the same
   * version coming again is unchanged, not a conflict again. */
  now = _riaya_store_now ();
  summary = g_strdup_printf (keep_incoming
                             ? "Conflict %" G_GINT64_FORMAT " with a file from database %s: kept the incoming version"
                             : "Conflict %" G_GINT64_FORMAT " with a file from database %s: kept the local version",
                             conflict_id, producer);
  if (!_riaya_store_set_baseline (self, kind, uuid, producer, digest, NULL, error))
    goto failed;

  stmt = _riaya_store_prepare (self, "UPDATE exchange_conflicts SET resolved_at = ?2, kept = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, conflict_id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, keep_incoming ? "incoming" : "local", -1, SQLITE_STATIC);
  if (!_riaya_store_step_done (self, stmt, error) ||
      !_riaya_store_journal (self, kind, uuid, "resolve", summary, error))
    goto failed;

  return _riaya_store_commit (self, error);

failed:
  _riaya_store_rollback (self);
  return FALSE;
}
