/* riaya-store-residents-write.c — admissions and changes of a person
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exits and transfers are in riaya-store-residents-exit.c; they share the
 * checks and writes of an admission (riaya-store-private.h).
 *
 * Every change to the register is checked whole first — the rules of
 * core, then what only the database knows: the register number, a person
 * who looks like one already recorded, the places left — and then
 * written in one transaction with its journal rows and the recomputed
 * counts. A refused change leaves the database exactly as it was.
 *
 * The journal names fields, never their values, and nothing here logs:
 * the register is the most sensitive data of the program (Law 09-08
 * arts 12-1 and 24; penal code art. 446 via Law 65.15 art. 28).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-store-private.h"
#include "riaya-store-residents.h"

static const char insert_resident_sql[] =
  "INSERT INTO residents (uuid, first_name, last_name, sex, birth_date, birth_place, cnie, family_status,"
  " health_status, guardian_name, guardian_cnie, guardian_address, guardian_phone, guardian_occupation,"
  " guardian_situation, created_at, updated_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)";

static const char update_resident_sql[] =
  "UPDATE residents SET first_name = ?2, last_name = ?3, sex = ?4, birth_date = ?5, birth_place = ?6,"
  " cnie = ?7, family_status = ?8, health_status = ?9, guardian_name = ?10, guardian_cnie = ?11,"
  " guardian_address = ?12, guardian_phone = ?13, guardian_occupation = ?14, guardian_situation = ?15,"
  " updated_at = ?16 WHERE uuid = ?1";

/* ---- rows ----------------------------------------------------------------- */

/* Parameter ?1 is the uuid, ?(2 + N) RiayaResidentField N, ?16 now. */
static gboolean
write_resident_row (RiayaStore     *self,
                    const char     *sql,
                    RiayaResident  *resident,
                    const char     *now,
                    GError        **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, riaya_resident_get_uuid (resident), -1, SQLITE_TRANSIENT);
  for (guint f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
    {
      if (f == RIAYA_RESIDENT_FIELD_SEX)
        sqlite3_bind_text (stmt, 2 + (int) f, riaya_sex_to_code (riaya_resident_get_sex (resident)), -1,
                           SQLITE_STATIC);
      else
        _riaya_store_bind_text (stmt, 2 + (int) f, riaya_resident_get_field (resident, f));
    }
  sqlite3_bind_text (stmt, 16, now, -1, SQLITE_TRANSIENT);

  return _riaya_store_step_done (self, stmt, error);
}

static gboolean
insert_stay_row (RiayaStore  *self,
                 RiayaStay   *stay,
                 guint        number,
                 const char  *now,
                 GError     **error)
{
  const char *institution_uuid = riaya_stay_get_institution_uuid (stay);
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self,
                               "INSERT INTO stays (uuid, resident_uuid, institution_uuid, register_number, category,"
                               " admitted_on, referral, transfer_from_uuid, recorded_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, riaya_stay_get_uuid (stay), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, riaya_resident_get_uuid (riaya_stay_get_resident (stay)), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, number);
  sqlite3_bind_text (stmt, 5, riaya_category_to_code (riaya_stay_get_category (stay)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, riaya_stay_get_admitted_on (stay), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, riaya_referral_to_code (riaya_stay_get_referral (stay)), -1, SQLITE_STATIC);
  _riaya_store_bind_text (stmt, 8, riaya_stay_get_transfer_from_uuid (stay));
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_TRANSIENT);
  if (!_riaya_store_step_done (self, stmt, error))
    return FALSE;

  /* Law 65.15 art. 28: a numbered register; a number is never given
   * twice, so the sequence only rises. */
  stmt = _riaya_store_prepare (self,
                               "INSERT INTO register_sequences (institution_uuid, last_number) VALUES (?1, ?2)"
                               " ON CONFLICT (institution_uuid) DO UPDATE"
                               " SET last_number = max (last_number, excluded.last_number)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, number);

  return _riaya_store_step_done (self, stmt, error);
}

/* Fields of @resident that hold a value, as the journal names them. */
static char *
dup_filled_fields (RiayaResident *resident)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
    if (f == RIAYA_RESIDENT_FIELD_SEX || riaya_resident_get_field (resident, f) != NULL)
      g_ptr_array_add (names, (gpointer) riaya_resident_field_to_name (f));
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

/* The earliest admission of @resident_uuid per institution: where a
 * change of birth date or sex moves the counts from. */
static GHashTable *
first_admissions (RiayaStore  *self,
                  const char  *resident_uuid,
                  GError     **error)
{
  g_autoptr(GHashTable) firsts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _riaya_store_prepare (self,
                               "SELECT institution_uuid, min (admitted_on) FROM stays WHERE resident_uuid = ?"
                               " GROUP BY institution_uuid",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, resident_uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (firsts, g_strdup (_riaya_store_column_text (stmt, 0)),
                         g_strdup (_riaya_store_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&firsts);
}

/* Decree 2.19.693 art. 11: nobody is admitted before being born. */
static gboolean
check_birth_before_stays (const char  *birth_date,
                          GHashTable  *firsts,
                          GError     **error)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, firsts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (riaya_date_compare (birth_date, value) > 0)
      {
        g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                     /* Translators: the two %s are dates */
                     _("The date of birth (%s) is after an admission of this person (%s): check the date of birth."),
                     birth_date, (const char *) value);
        return FALSE;
      }

  return TRUE;
}

/* Saves the changes of a known person (in the caller's transaction): the
 * row, and the counts of every institution of their stays when their age
 * bands or sex change. *@changed receives the names of the fields. */
static gboolean
save_resident_changes (RiayaStore     *self,
                       RiayaResident  *stored,
                       RiayaResident  *resident,
                       GHashTable     *firsts,
                       const char     *now,
                       char         ***changed,
                       GError        **error)
{
  g_auto(GStrv) fields = riaya_resident_changed_fields (stored, resident);
  GHashTableIter iter;
  gpointer key, value;

  if (fields[0] == NULL)
    {
      *changed = g_steal_pointer (&fields);
      return TRUE;
    }

  if (!write_resident_row (self, update_resident_sql, resident, now, error))
    return FALSE;

  if (g_strv_contains ((const char * const *) fields, riaya_resident_field_to_name (RIAYA_RESIDENT_FIELD_BIRTH_DATE)) ||
      g_strv_contains ((const char * const *) fields, riaya_resident_field_to_name (RIAYA_RESIDENT_FIELD_SEX)))
    {
      g_hash_table_iter_init (&iter, firsts);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (!_riaya_store_register_changed (self, key, value, error))
          return FALSE;
    }

  *changed = g_steal_pointer (&fields);
  return TRUE;
}

/* ---- checks that need the database ---------------------------------------- */

static char *
dup_group_label (const RiayaOccupancyGroup *group)
{
  if (group->sex == RIAYA_SEX_ANY)
    return g_strdup (riaya_category_to_label (group->category));

  /* Translators: a category of beneficiaries and a sex, as “Schoolchildren (Male)” */
  return g_strdup_printf (_("%1$s (%2$s)"), riaya_category_to_label (group->category),
                          riaya_sex_to_label (group->sex));
}

/* Refuses one more person in the group of @stay on @date, with
 * @presence the people present then: the message names the numbers. */
static gboolean
check_fits_on (RiayaInstitution     *institution,
               RiayaStay            *stay,
               const char           *date,
               const RiayaPresence  *presence,
               GError              **error)
{
  RiayaOccupancyGroup group;
  g_autofree char *label = NULL;
  g_autofree char *places = NULL;
  g_autofree char *present = NULL;

  if (riaya_occupancy_admission_fits (riaya_institution_get_capacity_lines (institution), date, presence,
                                      riaya_stay_get_category (stay),
                                      riaya_resident_get_sex (riaya_stay_get_resident (stay)), &group))
    return TRUE;

  label = dup_group_label (&group);
  /* Translators: part of “%s licensed on DATE and N people present” */
  places = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place licensed", "%u places licensed", group.places),
                            group.places);
  /* Translators: part of “N places licensed on DATE and %s” */
  present = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person present", "%u people present", group.present),
                             group.present);

  g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OVER_CAPACITY,
               /* Translators: %1$s is a group of places such as “Schoolchildren (Male)”, %2$s “40 places
                * licensed”, %3$s a date, %4$s “40 people present” */
               _("%1$s: %2$s on %3$s and %4$s. Confirm to admit over capacity."),
               label, places, date, present);
  return FALSE;
}

/* A day on which someone of the register comes (+1) or goes (-1). */
typedef struct
{
  char          date[11];
  RiayaCategory category;
  guint8        female;
  gint8         delta;
} Change;

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Change *) a)->date, ((const Change *) b)->date);
}

static void
add_change (GArray        *changes,
            const char    *date,
            RiayaCategory  category,
            RiayaSex       sex,
            int            delta)
{
  Change change = { { 0 }, category, sex == RIAYA_SEX_FEMALE, (gint8) delta };

  g_strlcpy (change.date, date, sizeof change.date);
  g_array_append_val (changes, change);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The days that can fill the group of @stay while the person is there,
 * in order, up to today: the admission, each later admission to the
 * category, each later change of capacity. */
static GPtrArray *
list_check_dates (RiayaStore        *self,
                  RiayaInstitution  *institution,
                  RiayaStay         *stay,
                  GError           **error)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *today = riaya_date_today_iso ();
  const char *admitted_on = riaya_stay_get_admitted_on (stay);
  GListModel *lines = riaya_institution_get_capacity_lines (institution);
  sqlite3_stmt *stmt;
  int rc;

  g_ptr_array_add (dates, g_strdup (admitted_on));

  stmt = _riaya_store_prepare (self,
                               "SELECT DISTINCT admitted_on FROM stays WHERE institution_uuid = ? AND admitted_on > ?"
                               " AND category = ? ORDER BY admitted_on",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, riaya_institution_get_uuid (institution), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, admitted_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, riaya_category_to_code (riaya_stay_get_category (stay)), -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (dates, g_strdup (_riaya_store_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, i);
      const char *date = riaya_capacity_line_get_effective_date (line);

      if (date != NULL && riaya_date_compare (date, admitted_on) > 0)
        g_ptr_array_add (dates, g_strdup (date));
    }

  g_ptr_array_sort (dates, compare_dates);
  for (guint i = 0; i < dates->len; i++)
    {
      const char *date = g_ptr_array_index (dates, i);

      if (riaya_date_compare (date, today) > 0)
        break;
      if (kept->len == 0 || strcmp (date, g_ptr_array_index (kept, kept->len - 1)) != 0)
        g_ptr_array_add (kept, g_strdup (date));
    }

  return g_steal_pointer (&kept);
}

/* The places licensed (art. 17: the licence fixes the capacity). The
 * group can only fill up on the day of an admission or of a change of
 * capacity: a backdated admission is checked on its date and on each
 * such later day, while the person is still there. One pass through
 * time: the stays that overlap those days are read once, and the people
 * present are carried from one day to the next. */
static gboolean
check_capacity (RiayaStore        *self,
                RiayaInstitution  *institution,
                RiayaStay         *stay,
                GError           **error)
{
  g_autoptr(GPtrArray) dates = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  RiayaPresence presence = { { { 0 } } };
  sqlite3_stmt *stmt;
  guint next = 0;
  int rc;

  dates = list_check_dates (self, institution, stay, error);
  if (dates == NULL)
    return FALSE;
  if (dates->len == 0)
    return TRUE;

  /* The people of the category (a group of places is of one category:
   * riaya_occupancy_groups) present on some day from the first to the
   * last. */
  stmt = _riaya_store_prepare (self,
                               "SELECT s.category, r.sex, s.admitted_on, s.exited_on FROM stays s"
                               " JOIN residents r ON r.uuid = s.resident_uuid"
                               " WHERE s.institution_uuid = ?1 AND s.admitted_on <= ?3"
                               " AND (s.exited_on IS NULL OR s.exited_on > ?2) AND s.category = ?4",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, riaya_institution_get_uuid (institution), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, g_ptr_array_index (dates, 0), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, g_ptr_array_index (dates, dates->len - 1), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, riaya_category_to_code (riaya_stay_get_category (stay)), -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *admitted = _riaya_store_column_text (stmt, 2);
      const char *exited = _riaya_store_column_text (stmt, 3);
      RiayaCategory category;
      RiayaSex sex;

      /* A code or a sex this version does not know joins no group
       * (riaya_store_check() reports it). */
      if (!riaya_category_from_code (_riaya_store_column_text (stmt, 0), &category) ||
          !riaya_sex_from_code (_riaya_store_column_text (stmt, 1), &sex) || sex == RIAYA_SEX_ANY ||
          admitted == NULL)
        continue;

      add_change (changes, admitted, category, sex, +1);
      if (exited != NULL)
        add_change (changes, exited, category, sex, -1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  /* Present on a day: admitted on or before it, not gone on or before it. */
  g_array_sort (changes, compare_changes);
  for (guint d = 0; d < dates->len; d++)
    {
      const char *date = g_ptr_array_index (dates, d);

      for (; next < changes->len; next++)
        {
          const Change *change = &g_array_index (changes, Change, next);

          if (strcmp (change->date, date) > 0)
            break;
          presence.present[change->category][change->female] += change->delta;
        }

      if (!check_fits_on (institution, stay, date, &presence, error))
        return FALSE;
    }

  return TRUE;
}

/* One person is in one place at a time: refuses a stay of a known person
 * that would overlap another (@except_stay_uuid: the stay a transfer
 * closes on the same day). */
static gboolean
check_no_overlap (RiayaStore  *self,
                  RiayaStay   *stay,
                  const char  *except_stay_uuid,
                  GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *since = NULL;
  guint number = 0;
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self,
                               "SELECT institution_uuid, register_number, admitted_on FROM stays"
                               " WHERE resident_uuid = ?1 AND uuid IS NOT ?3"
                               " AND (exited_on IS NULL OR exited_on > ?2) ORDER BY admitted_on LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, riaya_resident_get_uuid (riaya_stay_get_resident (stay)), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, riaya_stay_get_admitted_on (stay), -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 3, except_stay_uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      name = _riaya_store_dup_institution_name (self, _riaya_store_column_text (stmt, 0));
      number = (guint) sqlite3_column_int64 (stmt, 1);
      since = g_strdup (_riaya_store_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);

  if (since == NULL)
    return TRUE;

  g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
               /* Translators: %1$s is an institution's name, %2$u a register number, %3$s a date */
               _("This person is in the register of “%1$s” (entry %2$u) from %3$s: record their exit or "
                 "transfer there first, or check the date of admission."),
               name ? name : "", number, since);
  return FALSE;
}

static gboolean
check_not_duplicate (RiayaStore     *self,
                     RiayaResident  *resident,
                     GError        **error)
{
  g_autoptr(GPtrArray) others = riaya_store_find_probable_duplicates (self, resident, error);
  g_autofree char *name = NULL;
  RiayaStay *other;
  RiayaResident *person;

  if (others == NULL)
    return FALSE;
  if (others->len == 0)
    return TRUE;

  other = g_ptr_array_index (others, 0);
  person = riaya_stay_get_resident (other);
  name = riaya_resident_dup_display_name (person);

  g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_PROBABLE_DUPLICATE,
               /* Translators: %1$s is a person's name, %2$s their birth date, %3$s an institution's name,
                * %4$u a register number */
               _("This may be a person already recorded: %1$s, born on %2$s, entry %4$u of the register of "
                 "“%3$s”. To admit the same person again, open their record and add a stay; if they are a "
                 "different person, confirm it."),
               name, riaya_resident_get_birth_date (person),
               riaya_stay_get_institution_name (other) ? riaya_stay_get_institution_name (other) : "",
               riaya_stay_get_register_number (other));
  return FALSE;
}

/* The register number @stay will get: its own, unused, or the next. */
static gboolean
choose_number (RiayaStore  *self,
               RiayaStay   *stay,
               guint       *number,
               GError     **error)
{
  const char *institution_uuid = riaya_stay_get_institution_uuid (stay);
  guint wanted = riaya_stay_get_register_number (stay);
  sqlite3_stmt *stmt;
  gboolean used;

  if (wanted == 0)
    {
      *number = riaya_store_next_register_number (self, institution_uuid);
      return TRUE;
    }

  stmt = _riaya_store_prepare (self, "SELECT 1 FROM stays WHERE institution_uuid = ? AND register_number = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, wanted);
  used = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  if (used)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                   /* Translators: %u is a register number */
                   _("Register number %u is already given in this institution: a number is never given twice. "
                     "Leave the number empty to take the next one."),
                   wanted);
      return FALSE;
    }

  *number = wanted;
  return TRUE;
}

/* Everything an admission needs, before anything is written: *@stored
 * receives the person as saved, or NULL for a new person. */
gboolean
_riaya_store_check_admission (RiayaStore         *self,
                              RiayaStay          *stay,
                              RiayaInstitution   *institution,
                              RiayaAdmitFlags     flags,
                              const char         *except_stay_uuid,
                              guint              *number,
                              RiayaResident     **stored,
                              GHashTable        **firsts,
                              GError            **error)
{
  RiayaResident *resident = riaya_stay_get_resident (stay);
  g_autoptr(GError) local_error = NULL;

  *stored = NULL;
  *firsts = NULL;

  if (!riaya_stay_check_admission (stay, institution, NULL, error) ||
      !choose_number (self, stay, number, error))
    return FALSE;

  *stored = riaya_store_get_resident (self, riaya_resident_get_uuid (resident), &local_error);
  if (local_error != NULL && !g_error_matches (local_error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (*stored == NULL)
    {
      if (!(flags & RIAYA_ADMIT_NOT_DUPLICATE) && !check_not_duplicate (self, resident, error))
        return FALSE;
    }
  else
    {
      *firsts = first_admissions (self, riaya_resident_get_uuid (resident), error);
      if (*firsts == NULL ||
          !check_birth_before_stays (riaya_resident_get_birth_date (resident), *firsts, error) ||
          !check_no_overlap (self, stay, except_stay_uuid, error))
        return FALSE;
    }

  return (flags & RIAYA_ADMIT_ALLOW_OVER_CAPACITY) || check_capacity (self, institution, stay, error);
}

/* Writes a checked admission, in the caller's transaction. */
gboolean
_riaya_store_write_admission (RiayaStore        *self,
                              RiayaStay         *stay,
                              RiayaInstitution  *institution,
                              guint              number,
                              RiayaResident     *stored,
                              GHashTable        *firsts,
                              const char        *now,
                              GError           **error)
{
  RiayaResident *resident = riaya_stay_get_resident (stay);
  const char *resident_uuid = riaya_resident_get_uuid (resident);
  const char *licence = riaya_institution_get_licence_number (institution);
  g_autofree char *stay_summary = NULL;
  g_autofree char *resident_summary = NULL;

  if (stored == NULL)
    {
      g_autofree char *fields = dup_filled_fields (resident);

      if (!write_resident_row (self, insert_resident_sql, resident, now, error))
        return FALSE;
      resident_summary = g_strdup_printf ("Admitted to register number %u of licence %s; fields: %s",
                                          number, licence, fields);
    }
  else
    {
      g_auto(GStrv) changed = NULL;
      g_autofree char *fields = NULL;

      if (!save_resident_changes (self, stored, resident, firsts, now, &changed, error))
        return FALSE;
      fields = g_strjoinv (", ", changed);
      resident_summary = g_strdup_printf ("Admitted again to register number %u of licence %s; %s%s",
                                          number, licence,
                                          changed[0] != NULL ? "changed fields: " : "no field changed",
                                          fields);
    }

  if (!insert_stay_row (self, stay, number, now, error))
    return FALSE;

  stay_summary = g_strdup_printf ("Admitted to register number %u of licence %s%s;"
                                  " fields: category, admitted-on, referral",
                                  number, licence,
                                  riaya_stay_get_transfer_from_uuid (stay) != NULL ? " by transfer" : "");

  return _riaya_store_journal (self, "resident", resident_uuid, "admit", resident_summary, error) &&
         _riaya_store_journal (self, "stay", riaya_stay_get_uuid (stay), "admit", stay_summary, error) &&
         _riaya_store_register_changed (self, riaya_institution_get_uuid (institution),
                                        riaya_stay_get_admitted_on (stay), error);
}

/* ---- public writes -------------------------------------------------------- */

gboolean
riaya_store_admit (RiayaStore       *self,
                   RiayaStay        *stay,
                   RiayaAdmitFlags   flags,
                   GError          **error)
{
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaResident) stored = NULL;
  g_autoptr(GHashTable) firsts = NULL;
  g_autofree char *now = NULL;
  guint number = 0;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_STAY (stay), FALSE);
  g_return_val_if_fail (RIAYA_IS_RESIDENT (riaya_stay_get_resident (stay)), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_riaya_store_require_register (self, error))
    return FALSE;

  if (riaya_stay_get_institution_uuid (stay) == NULL ||
      !_riaya_store_institution_state (self, riaya_stay_get_institution_uuid (stay), NULL))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   _("The institution of this admission was not found (it may have been deleted): "
                     "reload the list and try again."));
      return FALSE;
    }

  institution = riaya_store_get_institution (self, riaya_stay_get_institution_uuid (stay), error);
  if (institution == NULL ||
      !_riaya_store_check_admission (self, stay, institution, flags, NULL, &number, &stored, &firsts, error))
    return FALSE;

  now = _riaya_store_now ();
  if (!_riaya_store_begin (self, error))
    return FALSE;
  if (!_riaya_store_write_admission (self, stay, institution, number, stored, firsts, now, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }
  if (!_riaya_store_commit (self, error))
    return FALSE;

  riaya_stay_set_register_number (stay, number);
  riaya_stay_set_institution_name (stay, riaya_institution_get_display_name (institution));

  return TRUE;
}

gboolean
riaya_store_update_resident (RiayaStore     *self,
                             RiayaResident  *resident,
                             GError        **error)
{
  g_autoptr(RiayaResident) stored = NULL;
  g_autoptr(GHashTable) firsts = NULL;
  g_auto(GStrv) changed = NULL;
  g_autofree char *now = NULL;
  g_autofree char *fields = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_RESIDENT (resident), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_riaya_store_require_register (self, error))
    return FALSE;

  stored = riaya_store_get_resident (self, riaya_resident_get_uuid (resident), error);
  if (stored == NULL || !riaya_resident_validate (resident, NULL, error))
    return FALSE;

  firsts = first_admissions (self, riaya_resident_get_uuid (resident), error);
  if (firsts == NULL || !check_birth_before_stays (riaya_resident_get_birth_date (resident), firsts, error))
    return FALSE;

  changed = riaya_resident_changed_fields (stored, resident);
  if (changed[0] == NULL)
    return TRUE;
  g_clear_pointer (&changed, g_strfreev);

  now = _riaya_store_now ();
  if (!_riaya_store_begin (self, error))
    return FALSE;

  if (!save_resident_changes (self, stored, resident, firsts, now, &changed, error))
    goto failed;

  fields = g_strjoinv (", ", changed);
  summary = g_strdup_printf ("Changed fields: %s", fields);
  if (!_riaya_store_journal (self, "resident", riaya_resident_get_uuid (resident), "update", summary, error))
    goto failed;

  return _riaya_store_commit (self, error);

failed:
  _riaya_store_rollback (self);
  return FALSE;
}
