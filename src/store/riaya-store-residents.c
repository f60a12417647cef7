/* riaya-store-residents.c — reading the register of beneficiaries
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register (Law 65.15 art. 28, decree 2.19.693 art. 11) is read here:
 * stays with their residents, a person's history, the look-alikes of a
 * new person. The columns of the residents table follow the order of
 * RiayaResidentField, so that one table below maps both. What may be
 * written, and how, is in riaya-store-residents-write.c and
 * riaya-store-residents-exit.c.
 *
 * Nothing here logs: every value read is personal data (Law 09-08).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-private.h"
#include "riaya-store-residents.h"

/* Column N of RESIDENT_COLUMNS after the uuid is RiayaResidentField N. */
#define RESIDENT_COLUMNS \
  "r.uuid, r.first_name, r.last_name, r.sex, r.birth_date, r.birth_place, r.cnie," \
  " r.family_status, r.health_status, r.guardian_name, r.guardian_cnie, r.guardian_address," \
  " r.guardian_phone, r.guardian_occupation, r.guardian_situation"
#define N_RESIDENT_COLUMNS (1 + RIAYA_N_RESIDENT_FIELDS)

#define STAY_COLUMNS \
  "s.uuid, s.institution_uuid, s.register_number, s.category, s.admitted_on, s.referral," \
  " s.exited_on, s.exit_reason, s.transfer_to_uuid, s.transfer_from_uuid, s.destination_licence," \
  " i.name_ar, i.name_fr"
#define N_STAY_COLUMNS 13

/* A stay row: the stay's columns, then the resident's. */
#define SELECT_STAYS \
  "SELECT " STAY_COLUMNS ", " RESIDENT_COLUMNS " FROM stays s" \
  " JOIN residents r ON r.uuid = s.resident_uuid" \
  " JOIN institutions i ON i.uuid = s.institution_uuid"

G_STATIC_ASSERT (RIAYA_RESIDENT_FIELD_FIRST_NAME == 0 && RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION == 13);

/* ---- shared helpers ------------------------------------------------------- */

static const char *
pick_name (const char *name_ar,
           const char *name_fr)
{
  if (g_str_equal (riaya_interface_language (), "ar"))
    return name_ar != NULL ? name_ar : name_fr;

  return name_fr != NULL ? name_fr : name_ar;
}

char *
_riaya_store_dup_institution_name (RiayaStore *self,
                                   const char *uuid)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, "SELECT name_ar, name_fr FROM institutions WHERE uuid = ?",
                                             NULL);
  char *name = NULL;

  if (stmt == NULL || uuid == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (pick_name (_riaya_store_column_text (stmt, 0), _riaya_store_column_text (stmt, 1)));
  sqlite3_reset (stmt);

  return name;
}

gboolean
riaya_store_keeps_registers (RiayaStore *self)
{
  RiayaProfile profile;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);

  return riaya_store_get_profile (self, &profile, NULL) && profile == RIAYA_PROFILE_DIRECTOR;
}

gboolean
_riaya_store_require_register (RiayaStore  *self,
                               GError     **error)
{
  if (!riaya_store_require_profile (self, error))
    return FALSE;

  /* Law 65.15 art. 28: the register is the director's, kept at the
   * institution; delegates and national staff hold counts, not names. */
  if (!riaya_store_keeps_registers (self))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NO_REGISTER,
                   _("This database is a delegate’s or national one: it holds counts, not names. "
                     "The register of beneficiaries is kept in the director’s database of each institution."));
      return FALSE;
    }

  return TRUE;
}

/* Reads the resident at column @first of the row. */
static RiayaResident *
resident_from_row (sqlite3_stmt *stmt,
                   int           first)
{
  RiayaResident *resident = riaya_resident_new ();
  RiayaSex sex;

  riaya_resident_set_uuid (resident, _riaya_store_column_text (stmt, first));
  for (guint f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
    {
      const char *value = _riaya_store_column_text (stmt, first + 1 + (int) f);

      if (f == RIAYA_RESIDENT_FIELD_SEX)
        {
          if (value != NULL && riaya_sex_from_code (value, &sex))
            riaya_resident_set_sex (resident, sex);
        }
      else
        riaya_resident_set_field (resident, f, value);
    }

  return resident;
}

/* A stay row of SELECT_STAYS. @residents (nullable) shares one object per
 * person among the stays of one read. */
static RiayaStay *
stay_from_row (sqlite3_stmt *stmt,
               GHashTable   *residents)
{
  g_autoptr(RiayaResident) resident = NULL;
  const char *resident_uuid = _riaya_store_column_text (stmt, N_STAY_COLUMNS);
  RiayaStay *stay;
  RiayaCategory category;
  RiayaReferral referral;
  RiayaExitReason reason;

  if (residents != NULL && (resident = g_hash_table_lookup (residents, resident_uuid)) != NULL)
    g_object_ref (resident);
  else
    {
      resident = resident_from_row (stmt, N_STAY_COLUMNS);
      if (residents != NULL)
        g_hash_table_insert (residents, g_strdup (resident_uuid), g_object_ref (resident));
    }

  stay = riaya_stay_new (resident);
  riaya_stay_set_uuid (stay, _riaya_store_column_text (stmt, 0));
  riaya_stay_set_institution_uuid (stay, _riaya_store_column_text (stmt, 1));
  riaya_stay_set_register_number (stay, (guint) MAX (0, sqlite3_column_int64 (stmt, 2)));
  if (riaya_category_from_code (_riaya_store_column_text (stmt, 3), &category))
    riaya_stay_set_category (stay, category);
  riaya_stay_set_admitted_on (stay, _riaya_store_column_text (stmt, 4));
  if (riaya_referral_from_code (_riaya_store_column_text (stmt, 5), &referral))
    riaya_stay_set_referral (stay, referral);
  riaya_stay_set_exited_on (stay, _riaya_store_column_text (stmt, 6));
  if (riaya_exit_reason_from_code (_riaya_store_column_text (stmt, 7), &reason))
    riaya_stay_set_exit_reason (stay, reason);
  riaya_stay_set_transfer_to_uuid (stay, _riaya_store_column_text (stmt, 8));
  riaya_stay_set_transfer_from_uuid (stay, _riaya_store_column_text (stmt, 9));
  riaya_stay_set_destination_licence (stay, _riaya_store_column_text (stmt, 10));
  riaya_stay_set_institution_name (stay, pick_name (_riaya_store_column_text (stmt, 11),
                                                    _riaya_store_column_text (stmt, 12)));

  return stay;
}

/* Steps @stmt (bound) to the end; the stays go into a new GListStore. */
static GListModel *
collect_stays (RiayaStore    *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GPtrArray) stays = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) residents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  GListStore *store;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (stays, stay_from_row (stmt, residents));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return NULL;
    }

  store = g_list_store_new (RIAYA_TYPE_STAY);
  g_list_store_splice (store, 0, 0, stays->pdata, stays->len);

  return G_LIST_MODEL (store);
}

/* Steps @stmt (bound) for one stay. */
static RiayaStay *
one_stay (RiayaStore    *self,
          sqlite3_stmt  *stmt,
          GError       **error)
{
  RiayaStay *stay = NULL;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    stay = stay_from_row (stmt, NULL);
  else if (rc != SQLITE_DONE)
    _riaya_store_set_error (self, error);
  sqlite3_reset (stmt);

  return stay;
}

static void
set_stay_not_found (GError **error)
{
  g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
               _("This entry of the register was not found: reload the register and try again."));
}

/* ---- public reads --------------------------------------------------------- */

GListModel *
riaya_store_list_stays (RiayaStore  *self,
                        const char  *institution_uuid,
                        const char  *present_on,
                        GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (institution_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The register-number index gives the order. */
  if (present_on == NULL)
    stmt = _riaya_store_prepare (self, SELECT_STAYS " WHERE s.institution_uuid = ?1 ORDER BY s.register_number",
                                 error);
  else
    stmt = _riaya_store_prepare (self,
                                 SELECT_STAYS " WHERE s.institution_uuid = ?1 AND s.admitted_on <= ?2"
                                 " AND (s.exited_on IS NULL OR s.exited_on > ?2) ORDER BY s.register_number",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  if (present_on != NULL)
    sqlite3_bind_text (stmt, 2, present_on, -1, SQLITE_TRANSIENT);

  return collect_stays (self, stmt, error);
}

RiayaStay *
riaya_store_get_stay (RiayaStore  *self,
                      const char  *stay_uuid,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  RiayaStay *stay;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self, SELECT_STAYS " WHERE s.uuid = ?", error);
  if (stmt == NULL)
    return NULL;
  _riaya_store_bind_text (stmt, 1, stay_uuid);

  stay = one_stay (self, stmt, &local_error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (stay == NULL)
    set_stay_not_found (error);

  return stay;
}

RiayaStay *
riaya_store_get_stay_by_number (RiayaStore  *self,
                                const char  *institution_uuid,
                                guint        number,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  RiayaStay *stay;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self, SELECT_STAYS " WHERE s.institution_uuid = ? AND s.register_number = ?",
                               error);
  if (stmt == NULL)
    return NULL;
  _riaya_store_bind_text (stmt, 1, institution_uuid);
  sqlite3_bind_int64 (stmt, 2, number);

  stay = one_stay (self, stmt, &local_error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (stay == NULL)
    g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                 /* Translators: %u is a register number */
                 _("The register has no entry number %u: check the number in the register."),
                 number);

  return stay;
}

RiayaResident *
riaya_store_get_resident (RiayaStore  *self,
                          const char  *resident_uuid,
                          GError     **error)
{
  sqlite3_stmt *stmt;
  RiayaResident *resident = NULL;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self, "SELECT " RESIDENT_COLUMNS " FROM residents r WHERE r.uuid = ?", error);
  if (stmt == NULL)
    return NULL;
  _riaya_store_bind_text (stmt, 1, resident_uuid);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    resident = resident_from_row (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _riaya_store_set_error (self, error);
  else if (resident == NULL)
    g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                 _("This person was not found in the register: reload the register and try again."));

  return resident;
}

GListModel *
riaya_store_list_resident_stays (RiayaStore  *self,
                                 const char  *resident_uuid,
                                 GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (resident_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* On one day, a transfer's exit comes before its admission: rowid is
   * the order of recording. */
  stmt = _riaya_store_prepare (self,
                               SELECT_STAYS " WHERE s.resident_uuid = ? ORDER BY s.admitted_on, s.rowid",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, resident_uuid, -1, SQLITE_TRANSIENT);

  return collect_stays (self, stmt, error);
}

guint
riaya_store_next_register_number (RiayaStore *self,
                                  const char *institution_uuid)
{
  sqlite3_stmt *stmt;
  guint last = 0;

  g_return_val_if_fail (RIAYA_IS_STORE (self), 0);

  stmt = _riaya_store_prepare (self, "SELECT last_number FROM register_sequences WHERE institution_uuid = ?",
                               NULL);
  if (stmt == NULL)
    return 0;
  _riaya_store_bind_text (stmt, 1, institution_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    last = (guint) MAX (0, sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);

  return last + 1;
}

/* ---- look-alikes ---------------------------------------------------------- */

static gboolean
add_uuids (RiayaStore    *self,
           sqlite3_stmt  *stmt,
           RiayaResident *resident,
           GPtrArray     *uuids,
           GError       **error)
{
  g_autofree char *first = riaya_text_fold (riaya_resident_get_first_name (resident));
  g_autofree char *last = riaya_text_fold (riaya_resident_get_last_name (resident));
  gboolean by_names = sqlite3_column_count (stmt) > 1;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = _riaya_store_column_text (stmt, 0);

      if (by_names)
        {
          g_autofree char *other_first = riaya_text_fold (_riaya_store_column_text (stmt, 1));
          g_autofree char *other_last = riaya_text_fold (_riaya_store_column_text (stmt, 2));

          if (g_strcmp0 (first, other_first) != 0 || g_strcmp0 (last, other_last) != 0)
            continue;
        }

      if (!g_ptr_array_find_with_equal_func (uuids, uuid, g_str_equal, NULL))
        g_ptr_array_add (uuids, g_strdup (uuid));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

GPtrArray *
riaya_store_find_probable_duplicates (RiayaStore     *self,
                                      RiayaResident  *resident,
                                      GError        **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  const char *cnie, *first, *last, *birth_date;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (RIAYA_IS_RESIDENT (resident), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cnie = riaya_resident_get_cnie (resident);
  first = riaya_resident_get_first_name (resident);
  last = riaya_resident_get_last_name (resident);
  birth_date = riaya_resident_get_birth_date (resident);

  /* The same identity card is the same person (stored in capitals). */
  if (cnie != NULL)
    {
      g_autofree char *upper = g_ascii_strup (cnie, -1);

      stmt = _riaya_store_prepare (self, "SELECT uuid FROM residents WHERE cnie = ? AND uuid <> ?", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, upper, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, riaya_resident_get_uuid (resident), -1, SQLITE_TRANSIENT);
      if (!add_uuids (self, stmt, resident, uuids, error))
        return NULL;
    }

  /* The same names, however spelt (accents, case, Arabic diacritics), and
   * the same birth date: the birth date index narrows, folding decides. */
  if (first != NULL && last != NULL && birth_date != NULL)
    {
      stmt = _riaya_store_prepare (self,
                                   "SELECT uuid, first_name, last_name FROM residents"
                                   " WHERE birth_date = ? AND uuid <> ?",
                                   error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, birth_date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, riaya_resident_get_uuid (resident), -1, SQLITE_TRANSIENT);
      if (!add_uuids (self, stmt, resident, uuids, error))
        return NULL;
    }

  for (guint i = 0; i < uuids->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      RiayaStay *stay;

      stmt = _riaya_store_prepare (self,
                                   SELECT_STAYS " WHERE s.resident_uuid = ?"
                                   " ORDER BY s.admitted_on DESC, s.rowid DESC LIMIT 1",
                                   error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, g_ptr_array_index (uuids, i), -1, SQLITE_TRANSIENT);
      stay = one_stay (self, stmt, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (stay != NULL)
        g_ptr_array_add (found, stay);
    }

  return g_steal_pointer (&found);
}
