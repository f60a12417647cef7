/* riaya-store-grants-write.c — adding, changing and deleting grants
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write here first checks everything — the grant's own rules
 * (riaya_grant_validate), its institution (known, not deleted, its licence
 * in force during the year: riaya_grant_check_institution), identifiers
 * not used elsewhere — then writes the grant, its tranches and its journal
 * row in one transaction. A refused write leaves the database exactly as
 * it was. Grants hold no personal data: the journal may name the
 * institution and the year; for a change it names the fields.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-private.h"

/* The name the journal uses for an institution: public bodies' names are
 * not personal data. */
static char *
dup_journal_name (RiayaInstitution *institution)
{
  const char *name = riaya_institution_get_name_fr (institution);

  return g_strdup (name != NULL ? name : riaya_institution_get_name_ar (institution));
}

/* The same for an institution known only by its UUID. */
static char *
dup_journal_name_of (RiayaStore *self,
                     const char *uuid)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, "SELECT coalesce (name_fr, name_ar) FROM institutions WHERE uuid = ?",
                                             NULL);
  char *name = NULL;

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return name != NULL ? name : g_strdup ("");
}

/* The institution @grant goes to, loaded, when it exists and is not
 * deleted; and @grant checked against its licence. */
static RiayaInstitution *
check_institution (RiayaStore  *self,
                   RiayaGrant  *grant,
                   GError     **error)
{
  const char *uuid = riaya_grant_get_institution_uuid (grant);
  g_autoptr(RiayaInstitution) institution = NULL;
  gboolean deleted;

  if (!_riaya_store_institution_state (self, uuid, &deleted) || deleted)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is an identifier */
                   _("No institution has the identifier “%s” (it may have been deleted): choose the institution "
                     "the grant goes to from the list."),
                   uuid != NULL ? uuid : "");
      return NULL;
    }

  institution = _riaya_store_load_institution (self, uuid, error);
  if (institution == NULL)
    return NULL;

  /* Law 65.15 art. 17: only a licensed institution is funded. */
  if (!riaya_grant_check_institution (grant, institution, error))
    return NULL;

  return g_steal_pointer (&institution);
}

/* Tranche identifiers are unique in the database: one of @grant's must
 * belong to no other grant, nor appear twice in it. */
static gboolean
check_tranche_uuids (RiayaStore  *self,
                     RiayaGrant  *grant,
                     GError     **error)
{
  GListModel *tranches = riaya_grant_get_tranches (grant);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self, "SELECT 1 FROM grant_tranches WHERE uuid = ?1 AND grant_uuid IS NOT ?2", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (tranches); i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, i);
      const char *uuid = riaya_grant_tranche_get_uuid (tranche);
      gboolean elsewhere;

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, riaya_grant_get_uuid (grant), -1, SQLITE_TRANSIENT);
      elsewhere = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);

      if (elsewhere || !g_hash_table_add (seen, (gpointer) uuid))
        {
          g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                       /* Translators: %s is a date */
                       _("The tranche due on %s is already recorded with another grant: enter it again as a new tranche."),
                       riaya_grant_tranche_get_due_on (tranche));
          return FALSE;
        }
    }

  return TRUE;
}

/* What every write of @grant checks first. */
static RiayaInstitution *
check_grant (RiayaStore  *self,
             RiayaGrant  *grant,
             GError     **error)
{
  g_autofree char *today = riaya_date_today_iso ();

  if (!riaya_grant_validate (grant, today, error))
    return NULL;

  return check_institution (self, grant, error);
}

gboolean
riaya_store_add_grant (RiayaStore  *self,
                       RiayaGrant  *grant,
                       GError     **error)
{
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autofree char *now = NULL;
  g_autofree char *name = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *summary = NULL;
  const char *uuid;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_GRANT (grant), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  uuid = riaya_grant_get_uuid (grant);
  institution = check_grant (self, grant, error);
  if (institution == NULL)
    return FALSE;

  if (_riaya_store_grant_state (self, uuid, NULL))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                   /* Translators: %u is a year, %s an institution's name */
                   _("This grant for %u to “%s” is already recorded: open it and edit it instead of adding it again."),
                   riaya_grant_get_year (grant), riaya_institution_get_display_name (institution));
      return FALSE;
    }
  if (!check_tranche_uuids (self, grant, error))
    return FALSE;

  now = _riaya_store_now ();
  name = dup_journal_name (institution);
  amount = riaya_money_to_string (riaya_grant_get_amount (grant));
  summary = g_strdup_printf ("Grant %u of %s DH (%s) to “%s”, licence %s; tranches: %u",
                             riaya_grant_get_year (grant), amount,
                             riaya_grant_kind_to_code (riaya_grant_get_kind (grant)), name,
                             riaya_institution_get_licence_number (institution),
                             g_list_model_get_n_items (riaya_grant_get_tranches (grant)));

  if (!_riaya_store_begin (self, error))
    return FALSE;

  if (!_riaya_store_insert_grant_row (self, grant, now, error) ||
      !_riaya_store_write_tranches (self, NULL, grant, error) ||
      !_riaya_store_journal (self, "grant", uuid, "create", summary, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  if (!_riaya_store_commit (self, error))
    return FALSE;

  /* The object now says where it went, as a listed grant does. */
  riaya_grant_set_institution_info (grant, riaya_institution_get_display_name (institution),
                                    riaya_institution_get_licence_number (institution),
                                    riaya_institution_get_province_code (institution));
  return TRUE;
}

gboolean
riaya_store_add_grants (RiayaStore  *self,
                        GPtrArray   *grants,
                        guint       *refused,
                        GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (grants != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Each grant's own write is a savepoint inside this transaction. */
  if (!_riaya_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < grants->len; i++)
    if (!riaya_store_add_grant (self, g_ptr_array_index (grants, i), error))
      {
        _riaya_store_rollback (self);
        if (refused != NULL)
          *refused = i;
        return FALSE;
      }

  return _riaya_store_commit (self, error);
}

gboolean
riaya_store_update_grant (RiayaStore  *self,
                          RiayaGrant  *grant,
                          GError     **error)
{
  g_autoptr(RiayaGrant) stored = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *now = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_GRANT (grant), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = riaya_store_get_grant (self, riaya_grant_get_uuid (grant), error);
  if (stored == NULL)
    return FALSE;

  institution = check_grant (self, grant, error);
  if (institution == NULL || !check_tranche_uuids (self, grant, error))
    return FALSE;

  /* Field names only: amounts and dates stay out of the journal, which
   * says who changed what, not to what. */
  changed = riaya_grant_dup_changed_fields (stored, grant);
  if (changed == NULL)
    return TRUE;  /* nothing to save, nothing to journal */

  now = _riaya_store_now ();
  summary = g_strdup_printf ("Changed fields: %s", changed);

  if (!_riaya_store_begin (self, error))
    return FALSE;

  if (!_riaya_store_update_grant_row (self, grant, now, error) ||
      !_riaya_store_write_tranches (self, stored, grant, error) ||
      !_riaya_store_journal (self, "grant", riaya_grant_get_uuid (grant), "update", summary, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  if (!_riaya_store_commit (self, error))
    return FALSE;

  riaya_grant_set_institution_info (grant, riaya_institution_get_display_name (institution),
                                    riaya_institution_get_licence_number (institution),
                                    riaya_institution_get_province_code (institution));
  return TRUE;
}

static gboolean
set_deleted (RiayaStore  *self,
             const char  *uuid,
             gboolean     deleted,
             GError     **error)
{
  g_autoptr(RiayaGrant) grant = NULL;
  g_autofree char *now = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *name = NULL;
  gboolean is_deleted;

  if (!_riaya_store_grant_state (self, uuid, &is_deleted) || is_deleted == deleted)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   deleted
                   /* Translators: %s is an identifier */
                   ? _("No grant with the identifier “%s” is in the list: reload the list and try again.")
                   /* Translators: %s is an identifier */
                   : _("No deleted grant has the identifier “%s”: it may already have been restored."),
                   uuid);
      return FALSE;
    }

  grant = _riaya_store_load_grant (self, uuid, error);
  if (grant == NULL)
    return FALSE;

  now = _riaya_store_now ();
  name = dup_journal_name_of (self, riaya_grant_get_institution_uuid (grant));
  summary = g_strdup_printf (deleted ? "Deleted the grant %u to “%s”, licence %s"
                                     : "Restored the grant %u to “%s”, licence %s",
                             riaya_grant_get_year (grant), name,
                             riaya_grant_get_licence_number (grant));

  if (!_riaya_store_begin (self, error))
    return FALSE;

  if (!_riaya_store_set_grant_deleted (self, uuid, deleted ? now : NULL, now, error) ||
      !_riaya_store_journal (self, "grant", uuid, deleted ? "delete" : "undelete", summary, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  return _riaya_store_commit (self, error);
}

gboolean
riaya_store_delete_grant (RiayaStore  *self,
                          const char  *uuid,
                          GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_deleted (self, uuid, TRUE, error);
}

gboolean
riaya_store_undelete_grant (RiayaStore  *self,
                            const char  *uuid,
                            GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_deleted (self, uuid, FALSE, error);
}
