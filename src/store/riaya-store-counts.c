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

GHashTable *
riaya_store_presence_on (RiayaStore  *self,
                         const char  *on,
                         const char  *institution_uuid,
                         GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _riaya_store_presence_on_full (self, on, institution_uuid, FALSE, error);
}

GHashTable *
_riaya_store_presence_on_full (RiayaStore  *self,
                               const char  *on,
                               const char  *institution_uuid,
                               gboolean     under_six,
                               GError     **error)
{
  g_autoptr(GHashTable) table = NULL;
  sqlite3_stmt *institutions;
  sqlite3_stmt *stmt;
  int rc;

  /* For each institution, its latest count on or before @on and that
   * count's summary of presence per category and sex (the p_* columns,
   * kept equal to the sum of its lines by the triggers of migration
   * 0002): one seek into the counts' primary key per institution, no line
   * read. Deleted institutions come along; nobody asks for them.
   *
   * Measured with bench/occupancy-on at ten times national scale (13,100
   * institutions, 251,207 counts, 1.08 million lines; median of 20 runs,
   * same database): reading the lines of the count in force took 90-97 ms,
   * the summary 39-46 ms. The same summary read by one statement joining
   * the institutions to their latest count took about 50 ms. */
  /* The institutions in UUID order (the covering index of their key):
   * the seeks into the counts, keyed by that UUID too, land page after
   * page. */
  if (institution_uuid == NULL)
    institutions = _riaya_store_prepare (self, "SELECT uuid FROM institutions ORDER BY uuid", error);
  else
    institutions = _riaya_store_prepare (self, "SELECT uuid FROM institutions WHERE uuid = ?1", error);
  if (institutions == NULL)
    return NULL;
  if (institution_uuid != NULL)
    sqlite3_bind_text (institutions, 1, institution_uuid, -1, SQLITE_TRANSIENT);

  /* Columns 0 to 13: category by category in the order of RiayaCategory,
   * men then women (index 0 male, 1 female, as RiayaStorePresent keeps
   * them); column 14, if asked, the persons under six, from the same
   * count's lines of the youngest band. One pass for both: the
   * compliance report on a past date read the latest counts twice. */
  if (under_six)
    stmt = _riaya_store_prepare (self,
                                 "SELECT p_abandoned_child_m, p_abandoned_child_f, p_child_m, p_child_f,"
                                 " p_pupil_m, p_pupil_f, p_disabled_m, p_disabled_f,"
                                 " p_homeless_m, p_homeless_f, p_woman_m, p_woman_f,"
                                 " p_elderly_m, p_elderly_f,"
                                 " (SELECT coalesce (sum (l.present), 0) FROM resident_count_lines l"
                                 "  WHERE l.institution_uuid = c.institution_uuid AND l.counted_on = c.counted_on"
                                 "  AND l.age_band = '0-5')"
                                 " FROM resident_counts c WHERE c.institution_uuid = ?1 AND c.counted_on <= ?2"
                                 " ORDER BY c.counted_on DESC LIMIT 1",
                                 error);
  else
    stmt = _riaya_store_prepare (self,
                                 "SELECT p_abandoned_child_m, p_abandoned_child_f, p_child_m, p_child_f,"
                                 " p_pupil_m, p_pupil_f, p_disabled_m, p_disabled_f,"
                                 " p_homeless_m, p_homeless_f, p_woman_m, p_woman_f,"
                                 " p_elderly_m, p_elderly_f"
                                 " FROM resident_counts WHERE institution_uuid = ?1 AND counted_on <= ?2"
                                 " ORDER BY counted_on DESC LIMIT 1",
                                 error);
  if (stmt == NULL)
    {
      sqlite3_reset (institutions);
      return NULL;
    }
  sqlite3_bind_text (stmt, 2, on, -1, SQLITE_TRANSIENT);

  table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  while ((rc = sqlite3_step (institutions)) == SQLITE_ROW)
    {
      const char *uuid = _riaya_store_column_text (institutions, 0);
      RiayaStorePresent *present;
      size_t length;

      if (uuid == NULL)
        continue;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          length = strlen (uuid);
          present = g_malloc0 (sizeof (RiayaStorePresent) + length + 1);
          memcpy (present->uuid, uuid, length);
          for (int c = 0; c < RIAYA_N_CATEGORIES; c++)
            for (int s = 0; s < 2; s++)
              present->presence.present[c][s] = (guint) MAX (0, sqlite3_column_int64 (stmt, 2 * c + s));
          if (under_six)
            present->under_six = (guint) CLAMP (sqlite3_column_int64 (stmt, 2 * RIAYA_N_CATEGORIES), 0, G_MAXUINT);
          g_hash_table_replace (table, present->uuid, present);
        }
      sqlite3_reset (stmt);
      /* No count on or before @on: not in the table. */
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        break;
    }
  sqlite3_reset (institutions);

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

  /* The count comes whole, with the sum of its lines as its summary
   * (0007-count-summary-by-writer.sql: the triggers sum only the
   * register's counts). The p_* columns are in the order of
   * RiayaCategory, men then women, as riaya_store_presence_on() reads
   * them. */
  stmt = _riaya_store_prepare (self,
                               "INSERT INTO resident_counts (institution_uuid, counted_on, source,"
                               " p_abandoned_child_m, p_abandoned_child_f, p_child_m, p_child_f,"
                               " p_pupil_m, p_pupil_f, p_disabled_m, p_disabled_f,"
                               " p_homeless_m, p_homeless_f, p_woman_m, p_woman_f,"
                               " p_elderly_m, p_elderly_f)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, counted_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, put_source (self), -1, SQLITE_STATIC);
  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (guint s = 0; s < 2; s++)
      {
        gint64 sum = 0;

        for (guint b = 0; b < RIAYA_N_AGE_BANDS; b++)
          sum += cells[(c * 2 + s) * RIAYA_N_AGE_BANDS + b];
        sqlite3_bind_int64 (stmt, 4 + c * 2 + s, sum);
      }
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
  /* Admissions then exits, by reason, category and sex. */
  guint64 sums[2][MAX ((guint) RIAYA_N_REFERRALS, (guint) RIAYA_N_EXIT_REASONS)][RIAYA_N_CATEGORIES][2] = { 0 };
  sqlite3_stmt *stmt;

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

  /* Lines of the same movement, reason, category and sex add up, in a
   * cell of @sums each. */
  for (guint i = 0; i < lines->len; i++)
    {
      const RiayaMovementLine *line = &g_array_index (lines, RiayaMovementLine, i);
      gboolean known;

      if (line->admission)
        known = line->reason >= 0 && line->reason < RIAYA_N_REFERRALS;
      else
        known = line->reason >= 0 && line->reason < RIAYA_N_EXIT_REASONS;

      if (!known || (guint) line->category >= RIAYA_N_CATEGORIES)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
                       _("A line of the movements has an unknown reason or category: check the file."));
          return FALSE;
        }
      if (!check_sex (line->sex, error))
        return FALSE;

      sums[line->admission ? 0 : 1][line->reason][line->category][line->sex == RIAYA_SEX_FEMALE] += line->count;
    }

  if (!_riaya_store_begin (self, error))
    return FALSE;

  if (exists (self, "SELECT 1 FROM resident_movements WHERE institution_uuid = ? AND period_start = ?"
              " AND period_end = ?", institution_uuid, from, to))
    {
      stmt = _riaya_store_prepare (self,
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

  for (guint m = 0; m < 2; m++)
    for (guint r = 0; r < (m == 0 ? RIAYA_N_REFERRALS : RIAYA_N_EXIT_REASONS); r++)
      for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
        for (guint s = 0; s < 2; s++)
          {
            if (sums[m][r][c][s] == 0)
              continue;
            stmt = _riaya_store_prepare (self,
                                         "INSERT INTO resident_movements (institution_uuid, period_start,"
                                         " period_end, movement, reason, category, sex, count, source)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                         error);
            if (stmt == NULL)
              goto failed;
            sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text (stmt, 3, to, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text (stmt, 4, m == 0 ? "admission" : "exit", -1, SQLITE_STATIC);
            sqlite3_bind_text (stmt, 5, m == 0 ? riaya_referral_to_code (r) : riaya_exit_reason_to_code (r), -1,
                               SQLITE_STATIC);
            sqlite3_bind_text (stmt, 6, riaya_category_to_code (c), -1, SQLITE_STATIC);
            sqlite3_bind_text (stmt, 7, riaya_sex_to_code (s == 1 ? RIAYA_SEX_FEMALE : RIAYA_SEX_MALE), -1,
                               SQLITE_STATIC);
            sqlite3_bind_int64 (stmt, 8, sums[m][r][c][s]);
            sqlite3_bind_text (stmt, 9, put_source (self), -1, SQLITE_STATIC);
            if (!_riaya_store_step_done (self, stmt, error))
              goto failed;
          }

  return _riaya_store_commit (self, error);

failed:
  _riaya_store_rollback (self);
  return FALSE;
}
