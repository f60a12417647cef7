/* riaya-store-institutions-on.c — the registry as it stood on a date
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four passes, one per table, each in the order of an index that holds
 * every column read, and no object: at ten times the national registry
 * (13,100 institutions) the compliance report has 100 ms for everything,
 * and building the complete institutions (riaya_store_list_institutions)
 * took 0.4–0.7 s of it. What the institutions' own load skips — an
 * unknown code, a negative count — this skips too (riaya_store_check()
 * names the row).
 */

#include "config.h"

#include <string.h>

#include "riaya-store-institutions-on.h"
#include "riaya-store-private.h"

void
riaya_institution_on_free (RiayaInstitutionOn *item)
{
  if (item == NULL)
    return;

  g_free (item->uuid);
  g_free (item->licence_number);
  g_free (item->licence_date);
  g_free (item->name_ar);
  g_free (item->name_fr);
  g_free (item->province_code);
  g_free (item->director);
  g_free (item);
}

const char *
riaya_institution_on_get_display_name (const RiayaInstitutionOn *item)
{
  const char *ar, *fr;

  g_return_val_if_fail (item != NULL, NULL);

  ar = item->name_ar;
  fr = item->name_fr;
  if (g_str_equal (riaya_interface_language (), "ar"))
    return ar ? ar : (fr ? fr : "");

  return fr ? fr : (ar ? ar : "");
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = _riaya_store_column_text (stmt, column);

  /* The objects keep no empty string either (riaya_institution_set_*). */
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
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

/* Rows of the passes below come grouped by institution: the same record
 * as the row before is found without hashing its UUID again. */
typedef struct
{
  GHashTable         *by_uuid;
  const char         *uuid;
  RiayaInstitutionOn *item;
} Finder;

static RiayaInstitutionOn *
find (Finder     *finder,
      const char *uuid)
{
  if (uuid == NULL)
    return NULL;
  if (finder->uuid == NULL || strcmp (finder->uuid, uuid) != 0)
    {
      finder->item = g_hash_table_lookup (finder->by_uuid, uuid);
      /* A deleted institution's rows find nothing. */
      finder->uuid = finder->item != NULL ? finder->item->uuid : NULL;
    }
  return finder->item;
}

static gboolean
load_rows (RiayaStore  *self,
           GPtrArray   *items,
           GHashTable  *by_uuid,
           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _riaya_store_prepare (self,
                               "SELECT uuid, licence_number, licence_date, legal_basis, type, name_ar,"
                               " name_fr, province_code, director FROM institutions"
                               " WHERE deleted_at IS NULL ORDER BY licence_number",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitutionOn *item = g_new0 (RiayaInstitutionOn, 1);
      const char *basis = _riaya_store_column_text (stmt, 3);
      const char *type = _riaya_store_column_text (stmt, 4);

      item->uuid = dup_column (stmt, 0);
      item->licence_number = dup_column (stmt, 1);
      item->licence_date = dup_column (stmt, 2);
      item->name_ar = dup_column (stmt, 5);
      item->name_fr = dup_column (stmt, 6);
      item->province_code = dup_column (stmt, 7);
      item->director = dup_column (stmt, 8);
      /* An unknown code keeps the objects' default. */
      if (basis == NULL || !riaya_legal_basis_from_code (basis, &item->legal_basis))
        item->legal_basis = RIAYA_LEGAL_BASIS_14_05;
      if (type == NULL || !riaya_institution_type_from_code (type, &item->type))
        item->type = RIAYA_INSTITUTION_TYPE_KAFALA;
      item->status = RIAYA_LICENCE_STATUS_NONE;

      g_ptr_array_add (items, item);
      if (item->uuid != NULL)
        g_hash_table_insert (by_uuid, item->uuid, item);
    }

  return finish (self, stmt, rc, error);
}

/* The licence's state machine over the events up to @on, in date order
 * and, on one day, a grant first, then the others in the order they were
 * recorded (riaya_licence_status_on). */
static gboolean
load_status (RiayaStore  *self,
             GHashTable  *by_uuid,
             const char  *on,
             GError     **error)
{
  Finder finder = { by_uuid, NULL, NULL };
  sqlite3_stmt *stmt;
  int rc;

  stmt = _riaya_store_prepare (self,
                               "SELECT institution_uuid, kind FROM licence_events WHERE date <= ?1"
                               " ORDER BY institution_uuid, date, kind <> 'granted', rowid",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, on, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitutionOn *item = find (&finder, _riaya_store_column_text (stmt, 0));
      const char *code = _riaya_store_column_text (stmt, 1);
      RiayaLicenceEventKind kind;

      if (item != NULL && code != NULL && riaya_licence_event_kind_from_code (code, &kind))
        item->status = riaya_licence_status_after (item->status, kind);
    }

  return finish (self, stmt, rc, error);
}

/* For each category and sex, the line with the latest effective date on
 * or before @on holds, and of two lines of that date the one recorded
 * last (riaya_capacity_lines_on). The rows come in the order of the index
 * capacity_lines_by_date, date by date within each group. */
static gboolean
load_places (RiayaStore  *self,
             GHashTable  *by_uuid,
             const char  *on,
             GError     **error)
{
  Finder finder = { by_uuid, NULL, NULL };
  RiayaInstitutionOn *held_item = NULL;
  int held_category = -1, held_sex = -1;
  char held_date[16] = "";
  gint64 held_rowid = -1;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _riaya_store_prepare (self,
                               "SELECT institution_uuid, category, sex, effective_date, places, rowid"
                               " FROM capacity_lines WHERE effective_date <= ?1"
                               " ORDER BY institution_uuid, category, sex, effective_date",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, on, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitutionOn *item = find (&finder, _riaya_store_column_text (stmt, 0));
      const char *date = _riaya_store_column_text (stmt, 3);
      gint64 places = sqlite3_column_int64 (stmt, 4);
      gint64 rowid = sqlite3_column_int64 (stmt, 5);
      RiayaCategory category;
      RiayaSex sex;
      gboolean same_date;

      if (item == NULL || date == NULL || places < 0 ||
          !riaya_category_from_code (_riaya_store_column_text (stmt, 1), &category) ||
          !riaya_sex_from_code (_riaya_store_column_text (stmt, 2), &sex))
        continue;

      same_date = item == held_item && (int) category == held_category && (int) sex == held_sex &&
                  strcmp (date, held_date) == 0;
      /* Of one day, the line recorded last. */
      if (same_date && rowid < held_rowid)
        continue;

      item->places[category][sex] = (guint) MIN (places, G_MAXUINT);
      held_item = item;
      held_category = (int) category;
      held_sex = (int) sex;
      g_strlcpy (held_date, date, sizeof held_date);
      held_rowid = rowid;
    }

  return finish (self, stmt, rc, error);
}

static gboolean
load_staff (RiayaStore  *self,
            GHashTable  *by_uuid,
            GError     **error)
{
  Finder finder = { by_uuid, NULL, NULL };
  sqlite3_stmt *stmt;
  int rc;

  stmt = _riaya_store_prepare (self, "SELECT institution_uuid, role, count FROM institution_staff", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitutionOn *item = find (&finder, _riaya_store_column_text (stmt, 0));
      const char *code = _riaya_store_column_text (stmt, 1);
      RiayaStaffRole role;

      if (item != NULL && code != NULL && riaya_staff_role_from_code (code, &role))
        item->staff[role] = (guint) CLAMP (sqlite3_column_int64 (stmt, 2), 0, G_MAXUINT);
    }

  return finish (self, stmt, rc, error);
}

GPtrArray *
riaya_store_list_institutions_on (RiayaStore  *self,
                                  const char  *on,
                                  GError     **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) by_uuid = NULL;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_institution_on_free);
  by_uuid = g_hash_table_new (g_str_hash, g_str_equal);

  if (!load_rows (self, items, by_uuid, error) ||
      !load_status (self, by_uuid, on, error) ||
      !load_places (self, by_uuid, on, error) ||
      !load_staff (self, by_uuid, error))
    return NULL;

  return g_steal_pointer (&items);
}
