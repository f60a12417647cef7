/* riaya-store-grants.c — the grants tables: columns, load, rows
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns of the grants table are written once, in grant_columns[],
 * next to the code that reads and writes them (as for institutions). The
 * rules deciding whether a write may happen are in
 * riaya-store-grants-write.c; the totals of a year, the late and the
 * overdue are in riaya-store-grants-totals.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-store-private.h"

typedef struct
{
  const char  *name;
  const char *(*get) (RiayaGrant *self);
  void        (*set) (RiayaGrant *self,
                      const char *value);
} GrantColumn;

/* The text columns, parameters ?6 to ?14 of the statements below and
 * columns 5 to 13 of GRANT_SELECT. */
static const GrantColumn grant_columns[] = {
  { "basis",                  riaya_grant_get_basis,                  riaya_grant_set_basis },
  { "decided_on",             riaya_grant_get_decided_on,             riaya_grant_set_decided_on },
  { "convention_ref",         riaya_grant_get_convention_ref,         riaya_grant_set_convention_ref },
  { "convention_date",        riaya_grant_get_convention_date,        riaya_grant_set_convention_date },
  { "justification_due",      riaya_grant_get_justification_due,      riaya_grant_set_justification_due },
  { "justification_received", riaya_grant_get_justification_received, riaya_grant_set_justification_received },
  { "justification_approved", riaya_grant_get_justification_approved, riaya_grant_set_justification_approved },
  { "justification_rejected", riaya_grant_get_justification_rejected, riaya_grant_set_justification_rejected },
  { "rejection_reason",       riaya_grant_get_rejection_reason,       riaya_grant_set_rejection_reason },
};

#define N_TEXT_COLUMNS G_N_ELEMENTS (grant_columns)
#define FIRST_TEXT_COLUMN 5

/* A grant and its institution's name, licence number and province. */
#define GRANT_SELECT \
  "SELECT g.uuid, g.institution_uuid, g.year, g.amount, g.kind, g.basis, g.decided_on," \
  " g.convention_ref, g.convention_date, g.justification_due, g.justification_received," \
  " g.justification_approved, g.justification_rejected, g.rejection_reason," \
  " i.name_ar, i.name_fr, i.licence_number, i.province_code" \
  " FROM grants g JOIN institutions i ON i.uuid = g.institution_uuid"

static const char insert_sql[] =
  "INSERT INTO grants (uuid, institution_uuid, year, amount, kind, basis, decided_on, convention_ref,"
  " convention_date, justification_due, justification_received, justification_approved,"
  " justification_rejected, rejection_reason, created_at, updated_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)";

static const char update_sql[] =
  "UPDATE grants SET institution_uuid = ?2, year = ?3, amount = ?4, kind = ?5, basis = ?6,"
  " decided_on = ?7, convention_ref = ?8, convention_date = ?9, justification_due = ?10,"
  " justification_received = ?11, justification_approved = ?12, justification_rejected = ?13,"
  " rejection_reason = ?14, updated_at = ?15 WHERE uuid = ?1";

/* The lists: every year in a range (?1, ?2), or one institution's (?1). */
static const char list_by_year_sql[] =
  GRANT_SELECT " JOIN provinces p ON p.code = i.province_code"
  " WHERE g.deleted_at IS NULL AND g.year BETWEEN ?1 AND ?2 AND i.deleted_at IS NULL"
  " AND (?3 IS NULL OR p.region_code = ?3) AND (?4 IS NULL OR i.province_code = ?4)"
  " AND (?5 IS NULL OR i.type = ?5)";

static const char list_by_institution_sql[] =
  GRANT_SELECT " JOIN provinces p ON p.code = i.province_code"
  " WHERE g.institution_uuid = ?1 AND g.deleted_at IS NULL AND i.deleted_at IS NULL"
  " AND g.year BETWEEN ?2 AND ?3"
  " AND (?4 IS NULL OR p.region_code = ?4) AND (?5 IS NULL OR i.province_code = ?5)"
  " AND (?6 IS NULL OR i.type = ?6)";

G_STATIC_ASSERT (N_TEXT_COLUMNS == 9);

/* ---- columns ------------------------------------------------------------- */

static void
bind_columns (sqlite3_stmt *stmt,
              RiayaGrant   *grant,
              const char   *now)
{
  sqlite3_bind_text (stmt, 1, riaya_grant_get_uuid (grant), -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 2, riaya_grant_get_institution_uuid (grant));
  sqlite3_bind_int64 (stmt, 3, riaya_grant_get_year (grant));
  sqlite3_bind_int64 (stmt, 4, riaya_grant_get_amount (grant));
  sqlite3_bind_text (stmt, 5, riaya_grant_kind_to_code (riaya_grant_get_kind (grant)), -1, SQLITE_STATIC);
  for (guint i = 0; i < N_TEXT_COLUMNS; i++)
    _riaya_store_bind_text (stmt, FIRST_TEXT_COLUMN + 1 + (int) i, grant_columns[i].get (grant));
  sqlite3_bind_text (stmt, FIRST_TEXT_COLUMN + 1 + N_TEXT_COLUMNS, now, -1, SQLITE_TRANSIENT);
}

static const char *
pick_name (const char *name_ar,
           const char *name_fr)
{
  if (g_str_equal (riaya_interface_language (), "ar"))
    return name_ar != NULL ? name_ar : name_fr;

  return name_fr != NULL ? name_fr : name_ar;
}

/* A grant from a row of GRANT_SELECT, without its tranches. */
static RiayaGrant *
grant_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(RiayaGrant) grant = NULL;
  RiayaGrantKind kind;
  gint64 year = sqlite3_column_int64 (stmt, 2);

  grant = riaya_grant_new (_riaya_store_column_text (stmt, 1),
                           (guint) CLAMP (year, 0, G_MAXUINT),
                           sqlite3_column_int64 (stmt, 3));
  riaya_grant_set_uuid (grant, _riaya_store_column_text (stmt, 0));

  /* An unknown code (a damaged file) keeps the default; riaya_store_check()
   * names the grant. */
  if (riaya_grant_kind_from_code (_riaya_store_column_text (stmt, 4), &kind))
    riaya_grant_set_kind (grant, kind);

  for (guint i = 0; i < N_TEXT_COLUMNS; i++)
    grant_columns[i].set (grant, _riaya_store_column_text (stmt, FIRST_TEXT_COLUMN + (int) i));

  riaya_grant_set_institution_info (grant,
                                    pick_name (_riaya_store_column_text (stmt, 14),
                                               _riaya_store_column_text (stmt, 15)),
                                    _riaya_store_column_text (stmt, 16),
                                    _riaya_store_column_text (stmt, 17));

  return g_steal_pointer (&grant);
}

/* ---- load ---------------------------------------------------------------- */

static gboolean
load_tranches (RiayaStore  *self,
               RiayaGrant  *grant,
               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* rowid order among tranches due the same day: the order of recording. */
  stmt = _riaya_store_prepare (self,
                               "SELECT uuid, due_on, amount, paid_on FROM grant_tranches"
                               " WHERE grant_uuid = ?1 ORDER BY due_on, rowid",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, riaya_grant_get_uuid (grant), -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(RiayaGrantTranche) tranche =
        riaya_grant_tranche_new (_riaya_store_column_text (stmt, 1), sqlite3_column_int64 (stmt, 2));

      riaya_grant_tranche_set_uuid (tranche, _riaya_store_column_text (stmt, 0));
      riaya_grant_tranche_set_paid_on (tranche, _riaya_store_column_text (stmt, 3));
      riaya_grant_add_tranche (grant, tranche);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* Steps @stmt (bound) to its end, each row a complete grant appended to
 * @grants. */
static gboolean
collect_grants (RiayaStore    *self,
                sqlite3_stmt  *stmt,
                GPtrArray     *grants,
                GError       **error)
{
  guint first = grants->len;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (grants, grant_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  /* The statement is reset before the tranches' one runs: a statement of
   * the cache is never stepped twice at once. */
  for (guint i = first; i < grants->len; i++)
    if (!load_tranches (self, g_ptr_array_index (grants, i), error))
      return FALSE;

  return TRUE;
}

gboolean
_riaya_store_grant_state (RiayaStore *self,
                          const char *uuid,
                          gboolean   *deleted)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, "SELECT deleted_at IS NOT NULL FROM grants WHERE uuid = ?",
                                             NULL);
  gboolean found = FALSE;

  if (deleted != NULL)
    *deleted = FALSE;
  if (stmt == NULL || uuid == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (deleted != NULL)
        *deleted = sqlite3_column_int (stmt, 0) != 0;
    }
  sqlite3_reset (stmt);

  return found;
}

RiayaGrant *
_riaya_store_load_grant (RiayaStore  *self,
                         const char  *uuid,
                         GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self, GRANT_SELECT " WHERE g.uuid = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);

  if (!collect_grants (self, stmt, found, error))
    return NULL;

  if (found->len == 0)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is an identifier */
                   _("No grant has the identifier “%s” (it may have been deleted): reload the list and try again."),
                   uuid);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/* ---- row writes (in the caller's transaction) ---------------------------- */

gboolean
_riaya_store_insert_grant_row (RiayaStore  *self,
                               RiayaGrant  *grant,
                               const char  *now,
                               GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, insert_sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_columns (stmt, grant, now);
  return _riaya_store_step_done (self, stmt, error);
}

gboolean
_riaya_store_update_grant_row (RiayaStore  *self,
                               RiayaGrant  *grant,
                               const char  *now,
                               GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, update_sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_columns (stmt, grant, now);
  return _riaya_store_step_done (self, stmt, error);
}

gboolean
_riaya_store_set_grant_deleted (RiayaStore  *self,
                                const char  *uuid,
                                const char  *deleted_at,
                                const char  *now,
                                GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                             "UPDATE grants SET deleted_at = ?1, updated_at = ?2 WHERE uuid = ?3",
                                             error);

  if (stmt == NULL)
    return FALSE;
  _riaya_store_bind_text (stmt, 1, deleted_at);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, uuid, -1, SQLITE_TRANSIENT);
  return _riaya_store_step_done (self, stmt, error);
}

/* Whether @tranche as stored (@stored, NULL when new) must be written. */
static gboolean
tranche_differs (RiayaGrantTranche *stored,
                 RiayaGrantTranche *tranche)
{
  return stored == NULL ||
         g_strcmp0 (riaya_grant_tranche_get_due_on (stored), riaya_grant_tranche_get_due_on (tranche)) != 0 ||
         g_strcmp0 (riaya_grant_tranche_get_paid_on (stored), riaya_grant_tranche_get_paid_on (tranche)) != 0 ||
         riaya_grant_tranche_get_amount (stored) != riaya_grant_tranche_get_amount (tranche);
}

gboolean
_riaya_store_write_tranches (RiayaStore  *self,
                             RiayaGrant  *stored,
                             RiayaGrant  *grant,
                             GError     **error)
{
  GListModel *tranches = riaya_grant_get_tranches (grant);
  const char *grant_uuid = riaya_grant_get_uuid (grant);
  sqlite3_stmt *stmt;

  /* Those the grant no longer has go first. */
  if (stored != NULL)
    {
      GListModel *before = riaya_grant_get_tranches (stored);

      for (guint i = 0; i < g_list_model_get_n_items (before); i++)
        {
          g_autoptr(RiayaGrantTranche) old = g_list_model_get_item (before, i);
          const char *uuid = riaya_grant_tranche_get_uuid (old);

          if (riaya_grant_find_tranche (grant, uuid) != NULL)
            continue;
          if (!_riaya_store_run_with_two (self, "DELETE FROM grant_tranches WHERE uuid = ?1 AND grant_uuid = ?2",
                                          uuid, grant_uuid, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (tranches); i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, i);
      RiayaGrantTranche *old = NULL;

      if (stored != NULL)
        old = riaya_grant_find_tranche (stored, riaya_grant_tranche_get_uuid (tranche));
      if (!tranche_differs (old, tranche))
        continue;

      stmt = _riaya_store_prepare (self,
                                   old == NULL
                                   ? "INSERT INTO grant_tranches (uuid, grant_uuid, due_on, amount, paid_on)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5)"
                                   : "UPDATE grant_tranches SET due_on = ?3, amount = ?4, paid_on = ?5"
                                     " WHERE uuid = ?1 AND grant_uuid = ?2",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, riaya_grant_tranche_get_uuid (tranche), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, grant_uuid, -1, SQLITE_TRANSIENT);
      _riaya_store_bind_text (stmt, 3, riaya_grant_tranche_get_due_on (tranche));
      sqlite3_bind_int64 (stmt, 4, riaya_grant_tranche_get_amount (tranche));
      _riaya_store_bind_text (stmt, 5, riaya_grant_tranche_get_paid_on (tranche));
      if (!_riaya_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* ---- public API: reading --------------------------------------------------- */

RiayaGrant *
riaya_store_get_grant (RiayaStore  *self,
                       const char  *uuid,
                       GError     **error)
{
  gboolean deleted;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_riaya_store_grant_state (self, uuid, &deleted) || deleted)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is an identifier */
                   _("No grant has the identifier “%s” (it may have been deleted): reload the list and try again."),
                   uuid);
      return NULL;
    }

  return _riaya_store_load_grant (self, uuid, error);
}

RiayaGrant *
riaya_store_get_grant_of_tranche (RiayaStore  *self,
                                  const char  *tranche_uuid,
                                  GError     **error)
{
  g_autofree char *grant_uuid = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (tranche_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self,
                               "SELECT t.grant_uuid FROM grant_tranches t JOIN grants g ON g.uuid = t.grant_uuid"
                               " WHERE t.uuid = ?1 AND g.deleted_at IS NULL",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, tranche_uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    grant_uuid = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (grant_uuid == NULL)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is an identifier */
                   _("No tranche of a grant has the identifier “%s”: list the grant’s tranches and use one of theirs."),
                   tranche_uuid);
      return NULL;
    }

  return _riaya_store_load_grant (self, grant_uuid, error);
}

typedef struct
{
  RiayaGrant *grant;
  const char *key;    /* the institution's name, folded for sorting */
} SortedGrant;

static int
compare_sorted (gconstpointer a,
                gconstpointer b)
{
  const SortedGrant *x = a, *y = b;
  guint year_x = riaya_grant_get_year (x->grant);
  guint year_y = riaya_grant_get_year (y->grant);
  int c;

  if (year_x != year_y)
    return year_x > year_y ? -1 : 1;
  c = strcmp (x->key, y->key);
  if (c != 0)
    return c;
  c = g_strcmp0 (riaya_grant_get_licence_number (x->grant), riaya_grant_get_licence_number (y->grant));
  if (c != 0)
    return c;
  return g_strcmp0 (riaya_grant_get_uuid (x->grant), riaya_grant_get_uuid (y->grant));
}

/* Newest year first, then by the institution's name as the interface's
 * language sorts it (the collation key of each institution made once). */
static GListStore *
sort_grants (GPtrArray *grants)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (SortedGrant), grants->len);
  GListStore *store = g_list_store_new (RIAYA_TYPE_GRANT);

  for (guint i = 0; i < grants->len; i++)
    {
      RiayaGrant *grant = g_ptr_array_index (grants, i);
      const char *institution = riaya_grant_get_institution_uuid (grant);
      SortedGrant item = { grant, NULL };

      item.key = g_hash_table_lookup (keys, institution);
      if (item.key == NULL)
        {
          const char *name = riaya_grant_get_institution_name (grant);
          char *key = g_utf8_collate_key (name != NULL ? name : "", -1);

          g_hash_table_insert (keys, (gpointer) institution, key);
          item.key = key;
        }
      g_array_append_val (sorted, item);
    }

  g_array_sort (sorted, compare_sorted);
  for (guint i = 0; i < sorted->len; i++)
    g_ptr_array_index (grants, i) = g_array_index (sorted, SortedGrant, i).grant;
  g_list_store_splice (store, 0, 0, grants->pdata, grants->len);

  return store;
}

GListModel *
riaya_store_list_grants (RiayaStore              *self,
                         const RiayaGrantFilter  *filter,
                         GError                 **error)
{
  static const RiayaGrantFilter every = RIAYA_GRANT_FILTER_INIT;
  g_autoptr(GPtrArray) grants = g_ptr_array_new_with_free_func (g_object_unref);
  const char *type = NULL;
  sqlite3_stmt *stmt;
  int first = 1;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filter == NULL)
    filter = &every;
  g_return_val_if_fail (filter->status < RIAYA_N_GRANT_STATUSES, NULL);
  if (filter->institution_type >= 0)
    {
      type = riaya_institution_type_to_code (filter->institution_type);
      g_return_val_if_fail (type != NULL, NULL);
    }

  /* One institution's history reads its own grants through their index;
   * otherwise the grants of the years asked through theirs. */
  if (filter->institution_uuid != NULL)
    {
      stmt = _riaya_store_prepare (self, list_by_institution_sql, error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, filter->institution_uuid, -1, SQLITE_TRANSIENT);
      first = 2;
    }
  else
    {
      stmt = _riaya_store_prepare (self, list_by_year_sql, error);
      if (stmt == NULL)
        return NULL;
    }

  sqlite3_bind_int64 (stmt, first, filter->year != 0 ? filter->year : 0);
  sqlite3_bind_int64 (stmt, first + 1, filter->year != 0 ? filter->year : G_MAXINT32);
  _riaya_store_bind_text (stmt, first + 2, filter->region_code);
  _riaya_store_bind_text (stmt, first + 3, filter->province_code);
  _riaya_store_bind_text (stmt, first + 4, type);

  if (!collect_grants (self, stmt, grants, error))
    return NULL;

  if (filter->status >= 0)
    {
      g_autofree char *today = filter->status_on != NULL ? g_strdup (filter->status_on)
                                                         : riaya_date_today_iso ();

      for (guint i = grants->len; i > 0; i--)
        if ((int) riaya_grant_get_status (g_ptr_array_index (grants, i - 1), today) != filter->status)
          g_ptr_array_remove_index (grants, i - 1);
    }

  return G_LIST_MODEL (sort_grants (grants));
}
