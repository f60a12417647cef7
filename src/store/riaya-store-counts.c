/* riaya-store-counts.c — people present and movements, per institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every database holds counts: people present per institution, date,
 * category, sex and age band, and admissions and exits per month. A count
 * holds from its date until the next one. Occupancy, lists and reports
 * read only the counts, so a national user sees occupancy without ever
 * seeing a name (Law 09-08 art. 3: no more data than the purpose needs).
 *
 * In a director's database the counts are computed from the register
 * (riaya-store-counts-recompute.c). Elsewhere counts are put by import or
 * demo data (riaya_store_put_counts), here.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-store-private.h"
#include "riaya-store-residents.h"

/* ---- reading the counts --------------------------------------------------- */

static void
free_presence (gpointer presence)
{
  g_free (presence);
}

GHashTable *
riaya_store_presence_on (RiayaStore  *self,
                         const char  *on,
                         const char  *institution_uuid,
                         GError     **error)
{
  g_autoptr(GHashTable) table = NULL;
  g_autofree char *current = NULL;
  g_autofree char *last_category_code = NULL;
  g_autofree char *last_sex_code = NULL;
  RiayaPresence *presence = NULL;
  RiayaCategory category = 0;
  RiayaSex sex = RIAYA_SEX_MALE;
  gboolean category_known = FALSE, sex_known = FALSE;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One statement: for each institution, the date of its latest count on
   * or before @on (one seek in the primary key), then that count's lines.
   * An institution with a count but no line has nobody present. Walking
   * the institutions in UUID order (the covering index of their key, no
   * row read) makes the seeks into the counts, keyed by that UUID too,
   * land page after page: at 13,000 institutions that halves the time.
   * Deleted institutions come along; nobody asks for them. */
  if (institution_uuid == NULL)
    stmt = _riaya_store_prepare (self,
                                 "WITH latest AS MATERIALIZED (SELECT i.uuid AS institution_uuid,"
                                 " (SELECT max (c.counted_on) FROM resident_counts c"
                                 "  WHERE c.institution_uuid = i.uuid AND c.counted_on <= ?1) AS counted_on"
                                 " FROM institutions i ORDER BY i.uuid)"
                                 " SELECT t.institution_uuid, l.category, l.sex, l.present FROM latest t"
                                 " LEFT JOIN resident_count_lines l ON l.institution_uuid = t.institution_uuid"
                                 " AND l.counted_on = t.counted_on WHERE t.counted_on IS NOT NULL",
                                 error);
  else
    stmt = _riaya_store_prepare (self,
                                 "WITH latest AS MATERIALIZED (SELECT ?2 AS institution_uuid,"
                                 " (SELECT max (c.counted_on) FROM resident_counts c"
                                 "  WHERE c.institution_uuid = ?2 AND c.counted_on <= ?1) AS counted_on)"
                                 " SELECT t.institution_uuid, l.category, l.sex, l.present FROM latest t"
                                 " LEFT JOIN resident_count_lines l ON l.institution_uuid = t.institution_uuid"
                                 " AND l.counted_on = t.counted_on WHERE t.counted_on IS NOT NULL",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, on, -1, SQLITE_TRANSIENT);
  if (institution_uuid != NULL)
    sqlite3_bind_text (stmt, 2, institution_uuid, -1, SQLITE_TRANSIENT);

  table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_presence);

  /* The rows of one institution come together, and the same few codes
   * over and over: each is looked up once per run of equal values. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = _riaya_store_column_text (stmt, 0);
      const char *category_code, *sex_code;

      if (presence == NULL || strcmp (uuid, current) != 0)
        {
          g_free (current);
          current = g_strdup (uuid);
          presence = g_new0 (RiayaPresence, 1);
          g_hash_table_replace (table, g_strdup (uuid), presence);
        }

      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        continue;

      category_code = _riaya_store_column_text (stmt, 1);
      if (g_strcmp0 (category_code, last_category_code) != 0)
        {
          g_free (last_category_code);
          last_category_code = g_strdup (category_code);
          category_known = riaya_category_from_code (category_code, &category);
        }
      sex_code = _riaya_store_column_text (stmt, 2);
      if (g_strcmp0 (sex_code, last_sex_code) != 0)
        {
          g_free (last_sex_code);
          last_sex_code = g_strdup (sex_code);
          sex_known = riaya_sex_from_code (sex_code, &sex) && sex != RIAYA_SEX_ANY;
        }

      if (category_known && sex_known)
        presence->present[category][sex == RIAYA_SEX_FEMALE] += (guint) MAX (0, sqlite3_column_int64 (stmt, 3));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&table);
}

static int
compare_count_lines (gconstpointer a,
                     gconstpointer b)
{
  const RiayaCountLine *la = a, *lb = b;

  if (la->category != lb->category)
    return (int) la->category - (int) lb->category;
  if (la->sex != lb->sex)
    return (int) la->sex - (int) lb->sex;
  return (int) la->age_band - (int) lb->age_band;
}

GArray *
riaya_store_get_counts (RiayaStore  *self,
                        const char  *institution_uuid,
                        const char  *on,
                        char       **counted_on,
                        GError     **error)
{
  g_autoptr(GArray) lines = NULL;
  g_autofree char *date = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (institution_uuid != NULL && on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (counted_on != NULL)
    *counted_on = NULL;

  lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));

  stmt = _riaya_store_prepare (self,
                               "SELECT max (counted_on) FROM resident_counts WHERE institution_uuid = ?"
                               " AND counted_on <= ?",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, on, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    date = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (date == NULL)
    return g_steal_pointer (&lines);

  stmt = _riaya_store_prepare (self,
                               "SELECT category, sex, age_band, present FROM resident_count_lines"
                               " WHERE institution_uuid = ? AND counted_on = ?",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaCountLine line = { 0 };

      if (riaya_category_from_code (_riaya_store_column_text (stmt, 0), &line.category) &&
          riaya_sex_from_code (_riaya_store_column_text (stmt, 1), &line.sex) &&
          riaya_age_band_from_code (_riaya_store_column_text (stmt, 2), &line.age_band))
        {
          line.present = (guint) MAX (0, sqlite3_column_int64 (stmt, 3));
          g_array_append_val (lines, line);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return NULL;
    }

  g_array_sort (lines, compare_count_lines);
  if (counted_on != NULL)
    *counted_on = g_steal_pointer (&date);

  return g_steal_pointer (&lines);
}

static int
compare_movement_lines (gconstpointer a,
                        gconstpointer b)
{
  const RiayaMovementLine *la = a, *lb = b;

  if (la->admission != lb->admission)
    return la->admission ? -1 : 1;
  if (la->reason != lb->reason)
    return la->reason - lb->reason;
  if (la->category != lb->category)
    return (int) la->category - (int) lb->category;
  return (int) la->sex - (int) lb->sex;
}

GArray *
riaya_store_get_movements (RiayaStore  *self,
                           const char  *institution_uuid,
                           const char  *from,
                           const char  *to,
                           GError     **error)
{
  g_autoptr(GArray) lines = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (institution_uuid != NULL && from != NULL && to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self,
                               "SELECT movement, reason, category, sex, sum (count) FROM resident_movements"
                               " WHERE institution_uuid = ? AND period_start >= ? AND period_end <= ?"
                               " GROUP BY movement, reason, category, sex",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_TRANSIENT);

  lines = g_array_new (FALSE, TRUE, sizeof (RiayaMovementLine));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaMovementLine line = { 0 };
      const char *reason = _riaya_store_column_text (stmt, 1);
      gboolean known;

      line.admission = g_strcmp0 (_riaya_store_column_text (stmt, 0), "admission") == 0;
      if (line.admission)
        {
          RiayaReferral referral;

          known = riaya_referral_from_code (reason, &referral);
          line.reason = (int) referral;
        }
      else
        {
          RiayaExitReason exit_reason;

          known = riaya_exit_reason_from_code (reason, &exit_reason);
          line.reason = (int) exit_reason;
        }

      if (known &&
          riaya_category_from_code (_riaya_store_column_text (stmt, 2), &line.category) &&
          riaya_sex_from_code (_riaya_store_column_text (stmt, 3), &line.sex))
        {
          line.count = (guint) MAX (0, sqlite3_column_int64 (stmt, 4));
          g_array_append_val (lines, line);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return NULL;
    }

  g_array_sort (lines, compare_movement_lines);

  return g_steal_pointer (&lines);
}

/* ---- counts put by import or demo data ------------------------------------ */

/* Counts may be put only where no register computes them, into a known
 * institution. */
static gboolean
check_put (RiayaStore  *self,
           const char  *institution_uuid,
           GError     **error)
{
  if (riaya_store_keeps_registers (self))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_HAS_REGISTER,
                   _("This is a director’s database: its counts are computed from the register. "
                     "Record admissions and exits instead."));
      return FALSE;
    }

  if (!_riaya_store_institution_state (self, institution_uuid, NULL))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is an identifier */
                   _("No institution has the identifier “%s”: import the institutions before their counts."),
                   institution_uuid ? institution_uuid : "");
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_sex (RiayaSex   sex,
           GError   **error)
{
  if (sex == RIAYA_SEX_MALE || sex == RIAYA_SEX_FEMALE)
    return TRUE;

  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               _("A count is of men or of women: give the sex of each line as male or female."));
  return FALSE;
}

static const char *
put_source (RiayaStore *self)
{
  return riaya_store_is_demo (self) ? "demo" : "import";
}

gboolean
riaya_store_put_counts (RiayaStore  *self,
                        const char  *institution_uuid,
                        const char  *counted_on,
                        GArray      *lines,
                        GError     **error)
{
  g_autofree guint *cells = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (lines != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_put (self, institution_uuid, error) ||
      !riaya_validate_past_date (counted_on, _("Date of the count"), NULL, error))
    return FALSE;

  /* Lines of the same category, sex and band add up. */
  cells = g_new0 (guint, RIAYA_N_CATEGORIES * 2 * RIAYA_N_AGE_BANDS);
  for (guint i = 0; i < lines->len; i++)
    {
      const RiayaCountLine *line = &g_array_index (lines, RiayaCountLine, i);

      if ((guint) line->category >= RIAYA_N_CATEGORIES || (guint) line->age_band >= RIAYA_N_AGE_BANDS)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
                       _("A line of the count has an unknown category or age band: check the file."));
          return FALSE;
        }
      if (!check_sex (line->sex, error))
        return FALSE;

      cells[(line->category * 2 + (line->sex == RIAYA_SEX_FEMALE)) * RIAYA_N_AGE_BANDS + line->age_band] +=
        line->present;
    }

  if (!_riaya_store_begin (self, error))
    return FALSE;

  if (!_riaya_store_run_with_two (self,
                                  "DELETE FROM resident_count_lines WHERE institution_uuid = ? AND counted_on = ?",
                                  institution_uuid, counted_on, error) ||
      !_riaya_store_run_with_two (self, "DELETE FROM resident_counts WHERE institution_uuid = ? AND counted_on = ?",
                                  institution_uuid, counted_on, error))
    goto failed;

  stmt = _riaya_store_prepare (self,
                               "INSERT INTO resident_counts (institution_uuid, counted_on, source) VALUES (?, ?, ?)",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, counted_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, put_source (self), -1, SQLITE_STATIC);
  if (!_riaya_store_step_done (self, stmt, error))
    goto failed;

  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (guint s = 0; s < 2; s++)
      for (guint b = 0; b < RIAYA_N_AGE_BANDS; b++)
        {
          guint present = cells[(c * 2 + s) * RIAYA_N_AGE_BANDS + b];

          if (present == 0)
            continue;
          stmt = _riaya_store_prepare (self,
                                       "INSERT INTO resident_count_lines (institution_uuid, counted_on, category,"
                                       " sex, age_band, present) VALUES (?, ?, ?, ?, ?, ?)",
                                       error);
          if (stmt == NULL)
            goto failed;
          sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, counted_on, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, riaya_category_to_code (c), -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, riaya_sex_to_code (s == 1 ? RIAYA_SEX_FEMALE : RIAYA_SEX_MALE), -1,
                             SQLITE_STATIC);
          sqlite3_bind_text (stmt, 5, riaya_age_band_to_code (b), -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 6, present);
          if (!_riaya_store_step_done (self, stmt, error))
            goto failed;
        }

  return _riaya_store_commit (self, error);

failed:
  _riaya_store_rollback (self);
  return FALSE;
}

gboolean
riaya_store_put_movements (RiayaStore  *self,
                           const char  *institution_uuid,
                           const char  *from,
                           const char  *to,
                           GArray      *lines,
                           GError     **error)
{
  g_autoptr(GHashTable) sums = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (lines != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_put (self, institution_uuid, error) ||
      !riaya_validate_past_date (from, _("Start of the period"), NULL, error) ||
      !riaya_date_parse (to, &(GDate) { 0 }, error))
    return FALSE;

  if (riaya_date_compare (to, from) < 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: the two %s are dates */
                   _("The period ends (%s) before it starts (%s): check both dates."),
                   to, from);
      return FALSE;
    }

  /* Lines of the same movement, reason, category and sex add up; the key
   * is their row of the table. */
  sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      const RiayaMovementLine *line = &g_array_index (lines, RiayaMovementLine, i);
      const char *reason;
      char *row;

      if (line->admission)
        reason = line->reason >= 0 && line->reason < RIAYA_N_REFERRALS ? riaya_referral_to_code (line->reason) : NULL;
      else
        reason = line->reason >= 0 && line->reason < RIAYA_N_EXIT_REASONS ?
                 riaya_exit_reason_to_code (line->reason) : NULL;

      if (reason == NULL || (guint) line->category >= RIAYA_N_CATEGORIES)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
                       _("A line of the movements has an unknown reason or category: check the file."));
          return FALSE;
        }
      if (!check_sex (line->sex, error))
        return FALSE;
      if (line->count == 0)
        continue;

      row = g_strjoin ("\n", line->admission ? "admission" : "exit", reason,
                       riaya_category_to_code (line->category), riaya_sex_to_code (line->sex), NULL);
      value = g_hash_table_lookup (sums, row);
      g_hash_table_replace (sums, row, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) + line->count));
    }

  if (!_riaya_store_begin (self, error))
    return FALSE;

  {
    sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                               "DELETE FROM resident_movements WHERE institution_uuid = ?"
                                               " AND period_start = ? AND period_end = ?",
                                               error);
    if (stmt == NULL)
      goto failed;
    sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 3, to, -1, SQLITE_TRANSIENT);
    if (!_riaya_store_step_done (self, stmt, error))
      goto failed;
  }

  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, "\n", 4);
      sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                                 "INSERT INTO resident_movements (institution_uuid, period_start,"
                                                 " period_end, movement, reason, category, sex, count, source)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                                 error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, to, -1, SQLITE_TRANSIENT);
      for (int i = 0; i < 4; i++)
        sqlite3_bind_text (stmt, 4 + i, parts[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 8, GPOINTER_TO_UINT (value));
      sqlite3_bind_text (stmt, 9, put_source (self), -1, SQLITE_STATIC);
      if (!_riaya_store_step_done (self, stmt, error))
        goto failed;
    }

  return _riaya_store_commit (self, error);

failed:
  _riaya_store_rollback (self);
  return FALSE;
}
