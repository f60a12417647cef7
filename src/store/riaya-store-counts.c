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

/* One institution's people present, its UUID after them: the table's key
 * points into its value, one allocation per institution. */
typedef struct
{
  RiayaPresence presence;
  char          uuid[];
} Present;

/* The last code read in a column and what it means: the lines repeat a
 * few codes over and over. */
typedef struct
{
  char     text[32];
  gboolean known;
  int      value;
} LastCode;

static gboolean
decode_category (LastCode   *last,
                 const char *code)
{
  if (code == NULL)
    return FALSE;
  if (strcmp (code, last->text) != 0)
    {
      RiayaCategory category = 0;

      g_strlcpy (last->text, code, sizeof last->text);
      last->known = strlen (code) < sizeof last->text && riaya_category_from_code (code, &category);
      last->value = (int) category;
    }
  return last->known;
}

static gboolean
decode_sex (LastCode   *last,
            const char *code)
{
  if (code == NULL)
    return FALSE;
  if (strcmp (code, last->text) != 0)
    {
      RiayaSex sex = RIAYA_SEX_ANY;

      g_strlcpy (last->text, code, sizeof last->text);
      last->known = strlen (code) < sizeof last->text && riaya_sex_from_code (code, &sex) &&
                    sex != RIAYA_SEX_ANY;
      last->value = sex == RIAYA_SEX_FEMALE;
    }
  return last->known;
}

GHashTable *
riaya_store_presence_on (RiayaStore  *self,
                         const char  *on,
                         const char  *institution_uuid,
                         GError     **error)
{
  g_autoptr(GHashTable) table = NULL;
  LastCode category = { { 0 } }, sex = { { 0 } };
  Present *present = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One statement: for each institution, the date of its latest count on
   * or before @on (one seek in the primary key), then that count's lines
   * (a second seek). An institution with a count but no line has nobody
   * present. Walking the institutions in UUID order (the covering index
   * of their key, no row read) makes the seeks into the counts, keyed by
   * that UUID too, land page after page: at 13,000 institutions that
   * halves the time. Deleted institutions come along; nobody asks for
   * them.
   *
   * Measured at ten times national scale (13,100 institutions, 1.08
   * million lines), the two seeks take nearly all the time. Finding the
   * dates by scanning the counts grouped by institution with
   * max (counted_on) took three times as long as the seeks (every count
   * of every institution is read); no other form of the query tried
   * (the latest date in the join's ON, a join on the counts, no
   * materialised table) did better. */
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

  table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  /* The rows of one institution come together: a new UUID begins the
   * next institution. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = _riaya_store_column_text (stmt, 0);

      if (uuid == NULL)
        continue;
      if (present == NULL || strcmp (uuid, present->uuid) != 0)
        {
          size_t length = strlen (uuid);

          present = g_malloc0 (sizeof (Present) + length + 1);
          memcpy (present->uuid, uuid, length);
          g_hash_table_replace (table, present->uuid, present);
        }

      /* No line: nobody present. */
      if (decode_category (&category, _riaya_store_column_text (stmt, 1)) &&
          decode_sex (&sex, _riaya_store_column_text (stmt, 2)))
        present->presence.present[category.value][sex.value] += (guint) MAX (0, sqlite3_column_int64 (stmt, 3));
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

/* Whether @sql (with two or three text parameters) finds a row. Asked
 * before deleting what a put replaces: with foreign keys on, a DELETE
 * sets up a temporary table even when nothing matches, and the demo
 * loader puts hundreds of thousands of counts where none was. An error
 * answers TRUE: the DELETE then reports it. */
static gboolean
exists (RiayaStore *self,
        const char *sql,
        const char *first,
        const char *second,
        const char *third)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, sql, NULL);
  int rc;

  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, second, -1, SQLITE_TRANSIENT);
  if (third != NULL)
    sqlite3_bind_text (stmt, 3, third, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  return rc != SQLITE_DONE;
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

  if (exists (self, "SELECT 1 FROM resident_counts WHERE institution_uuid = ? AND counted_on = ?",
              institution_uuid, counted_on, NULL) &&
      (!_riaya_store_run_with_two (self,
                                   "DELETE FROM resident_count_lines WHERE institution_uuid = ? AND counted_on = ?",
                                   institution_uuid, counted_on, error) ||
       !_riaya_store_run_with_two (self, "DELETE FROM resident_counts WHERE institution_uuid = ? AND counted_on = ?",
                                   institution_uuid, counted_on, error)))
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

  if (exists (self, "SELECT 1 FROM resident_movements WHERE institution_uuid = ? AND period_start = ?"
              " AND period_end = ?", institution_uuid, from, to))
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
