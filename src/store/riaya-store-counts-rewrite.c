/* riaya-store-counts-rewrite.c — the register's counts written over the stored ones
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After a change to the register, the counts from the day it touches on
 * are those the register gives (riaya-store-counts-recompute.c). An
 * admission backdated by ten years changes every snapshot since by one
 * person in one cell: deleting and writing again a decade of snapshots,
 * tens of thousands of rows, took half a second in a register of 10,000
 * stays. The counts stored are read first, and only what differs is
 * written: a line updated per snapshot, a snapshot added on a new day, one
 * removed where nothing changes any more; the movements likewise. What is
 * stored afterwards is exactly what deleting and writing it all again
 * gave, and riaya_store_check() compares it with the register.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-private.h"
#include "riaya-store-residents.h"

/* A count stored on or after the first day rewritten. */
typedef struct
{
  char                *date;
  gboolean             from_register;  /* source 'register' */
  gboolean             exact;          /* every line is in @cells */
  RiayaRegisterCells   cells;
} Stored;

struct _RiayaCountsRewrite
{
  RiayaStore *store;
  char       *institution_uuid;
  GArray     *stored;   /* Stored, in date order */
  guint       next;     /* the first not compared yet */
};

static void
clear_stored (gpointer data)
{
  Stored *stored = data;

  g_free (stored->date);
}

static const char *
sex_code (guint s)
{
  return riaya_sex_to_code (s == 1 ? RIAYA_SEX_FEMALE : RIAYA_SEX_MALE);
}

/* ---- reading what is stored ---------------------------------------------- */

/* The last code read in a column and what it means: the lines of a count
 * repeat a few codes over and over. */
typedef struct
{
  char     text[32];
  gboolean known;
  int      value;
} LastCode;

typedef gboolean (*FromCode) (const char *code,
                              int        *value);

static gboolean
category_from_code (const char *code,
                    int        *value)
{
  RiayaCategory category;

  if (!riaya_category_from_code (code, &category))
    return FALSE;
  *value = (int) category;
  return TRUE;
}

static gboolean
sex_from_code (const char *code,
               int        *value)
{
  RiayaSex sex;

  if (!riaya_sex_from_code (code, &sex) || sex == RIAYA_SEX_ANY)
    return FALSE;
  *value = sex == RIAYA_SEX_FEMALE;
  return TRUE;
}

static gboolean
band_from_code (const char *code,
                int        *value)
{
  RiayaAgeBand band;

  if (!riaya_age_band_from_code (code, &band))
    return FALSE;
  *value = (int) band;
  return TRUE;
}

static gboolean
decode (LastCode   *last,
        const char *code,
        FromCode    from_code,
        int        *value)
{
  if (code == NULL)
    return FALSE;

  if (strcmp (code, last->text) != 0)
    {
      if (g_strlcpy (last->text, code, sizeof last->text) >= sizeof last->text)
        {
          last->text[0] = '\0';
          return FALSE;
        }
      last->known = from_code (code, &last->value);
    }

  *value = last->value;
  return last->known;
}

static gboolean
load_counts (RiayaCountsRewrite  *rewrite,
             const char          *from,
             GError             **error)
{
  RiayaStore *self = rewrite->store;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _riaya_store_prepare (self,
                               "SELECT counted_on, source FROM resident_counts"
                               " WHERE institution_uuid = ?1 AND counted_on >= ?2 ORDER BY counted_on",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, rewrite->institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Stored stored = { 0 };

      stored.date = g_strdup (_riaya_store_column_text (stmt, 0));
      stored.from_register = g_strcmp0 (_riaya_store_column_text (stmt, 1), "register") == 0;
      stored.exact = TRUE;
      g_array_append_val (rewrite->stored, stored);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  /* The lines come in the same order as their counts. A line this
   * version cannot read makes its count rewritten whole. */
  stmt = _riaya_store_prepare (self,
                               "SELECT counted_on, category, sex, age_band, present FROM resident_count_lines"
                               " WHERE institution_uuid = ?1 AND counted_on >= ?2 ORDER BY counted_on",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, rewrite->institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
  {
    LastCode last_category = { { 0 } }, last_sex = { { 0 } }, last_band = { { 0 } };
    guint at = 0;

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        const char *date = _riaya_store_column_text (stmt, 0);
        gint64 present = sqlite3_column_int64 (stmt, 4);
        Stored *stored;
        int category, sex, band;

        while (at < rewrite->stored->len && g_strcmp0 (g_array_index (rewrite->stored, Stored, at).date, date) < 0)
          at++;
        if (at == rewrite->stored->len || g_strcmp0 (g_array_index (rewrite->stored, Stored, at).date, date) != 0)
          continue;  /* no count of that day: foreign keys forbid it */

        stored = &g_array_index (rewrite->stored, Stored, at);
        if (decode (&last_category, _riaya_store_column_text (stmt, 1), category_from_code, &category) &&
            decode (&last_sex, _riaya_store_column_text (stmt, 2), sex_from_code, &sex) &&
            decode (&last_band, _riaya_store_column_text (stmt, 3), band_from_code, &band) &&
            present > 0 && present <= G_MAXUINT)
          stored->cells[category][sex][band] = (guint) present;
        else
          stored->exact = FALSE;
      }
  }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* ---- writing the differences --------------------------------------------- */

static gboolean
run_with_date (RiayaCountsRewrite  *rewrite,
               const char          *sql,
               const char          *date,
               GError             **error)
{
  return _riaya_store_run_with_two (rewrite->store, sql, rewrite->institution_uuid, date, error);
}

/* Inserts, updates or deletes the line of one cell: @present 0 means no
 * line (nobody). */
static gboolean
write_line (RiayaCountsRewrite  *rewrite,
            const char          *date,
            guint                c,
            guint                s,
            guint                b,
            guint                before,
            guint                present,
            GError             **error)
{
  sqlite3_stmt *stmt;

  if (before == 0)
    stmt = _riaya_store_prepare (rewrite->store,
                                 "INSERT INTO resident_count_lines (institution_uuid, counted_on, category, sex,"
                                 " age_band, present) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                 error);
  else if (present == 0)
    stmt = _riaya_store_prepare (rewrite->store,
                                 "DELETE FROM resident_count_lines WHERE institution_uuid = ?1 AND counted_on = ?2"
                                 " AND category = ?3 AND sex = ?4 AND age_band = ?5",
                                 error);
  else
    stmt = _riaya_store_prepare (rewrite->store,
                                 "UPDATE resident_count_lines SET present = ?6 WHERE institution_uuid = ?1"
                                 " AND counted_on = ?2 AND category = ?3 AND sex = ?4 AND age_band = ?5",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, rewrite->institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, riaya_category_to_code (c), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, sex_code (s), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, riaya_age_band_to_code (b), -1, SQLITE_STATIC);
  if (present > 0)
    sqlite3_bind_int64 (stmt, 6, present);

  return _riaya_store_step_done (rewrite->store, stmt, error);
}

/* Writes the lines of @cells where they differ from @before (NULL: no
 * line yet). */
static gboolean
write_cells (RiayaCountsRewrite        *rewrite,
             const char                *date,
             const RiayaRegisterCells  *before,
             const RiayaRegisterCells  *cells,
             GError                   **error)
{
  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (guint s = 0; s < 2; s++)
      for (guint b = 0; b < RIAYA_N_AGE_BANDS; b++)
        {
          guint old = before != NULL ? (*before)[c][s][b] : 0;

          if (old != (*cells)[c][s][b] &&
              !write_line (rewrite, date, c, s, b, old, (*cells)[c][s][b], error))
            return FALSE;
        }

  return TRUE;
}

static gboolean
delete_count (RiayaCountsRewrite  *rewrite,
              const char          *date,
              GError             **error)
{
  return run_with_date (rewrite, "DELETE FROM resident_count_lines WHERE institution_uuid = ? AND counted_on = ?",
                        date, error) &&
         run_with_date (rewrite, "DELETE FROM resident_counts WHERE institution_uuid = ? AND counted_on = ?",
                        date, error);
}

/* Removes the stored counts before @date (NULL: all that are left) that
 * the register no longer gives. */
static gboolean
delete_stored_before (RiayaCountsRewrite  *rewrite,
                      const char          *date,
                      GError             **error)
{
  for (; rewrite->next < rewrite->stored->len; rewrite->next++)
    {
      const Stored *stored = &g_array_index (rewrite->stored, Stored, rewrite->next);

      if (date != NULL && g_strcmp0 (stored->date, date) >= 0)
        break;
      if (!delete_count (rewrite, stored->date, error))
        return FALSE;
    }

  return TRUE;
}

RiayaCountsRewrite *
_riaya_counts_rewrite_new (RiayaStore  *self,
                           const char  *institution_uuid,
                           const char  *from,
                           GError     **error)
{
  g_autoptr(RiayaCountsRewrite) rewrite = g_new0 (RiayaCountsRewrite, 1);

  rewrite->store = self;
  rewrite->institution_uuid = g_strdup (institution_uuid);
  rewrite->stored = g_array_new (FALSE, FALSE, sizeof (Stored));
  g_array_set_clear_func (rewrite->stored, clear_stored);

  if (!load_counts (rewrite, from != NULL ? from : "", error))
    return NULL;

  return g_steal_pointer (&rewrite);
}

gboolean
_riaya_counts_rewrite_snapshot (RiayaCountsRewrite        *rewrite,
                                const char                *date,
                                const RiayaRegisterCells  *cells,
                                GError                   **error)
{
  RiayaStore *self = rewrite->store;
  Stored *stored;
  sqlite3_stmt *stmt;

  if (!delete_stored_before (rewrite, date, error))
    return FALSE;

  stored = rewrite->next < rewrite->stored->len ? &g_array_index (rewrite->stored, Stored, rewrite->next) : NULL;
  if (stored != NULL && g_strcmp0 (stored->date, date) == 0)
    {
      rewrite->next++;

      /* A count of any source gives way to the register's. */
      if (!stored->from_register &&
          !run_with_date (rewrite,
                          "UPDATE resident_counts SET source = 'register' WHERE institution_uuid = ? AND counted_on = ?",
                          date, error))
        return FALSE;

      if (stored->exact)
        return write_cells (rewrite, date, &stored->cells, cells, error);

      return run_with_date (rewrite, "DELETE FROM resident_count_lines WHERE institution_uuid = ? AND counted_on = ?",
                            date, error) &&
             write_cells (rewrite, date, NULL, cells, error);
    }

  /* A new day. */
  stmt = _riaya_store_prepare (self,
                               "INSERT INTO resident_counts (institution_uuid, counted_on, source)"
                               " VALUES (?, ?, 'register')",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, rewrite->institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);

  return _riaya_store_step_done (self, stmt, error) &&
         write_cells (rewrite, date, NULL, cells, error);
}

gboolean
_riaya_counts_rewrite_finish (RiayaCountsRewrite  *rewrite,
                              GError             **error)
{
  return delete_stored_before (rewrite, NULL, error);
}

void
_riaya_counts_rewrite_free (RiayaCountsRewrite *rewrite)
{
  if (rewrite == NULL)
    return;

  g_free (rewrite->institution_uuid);
  g_array_unref (rewrite->stored);
  g_free (rewrite);
}

/* ---- movements ------------------------------------------------------------ */

/* One row of resident_movements, as stored or as the register gives it. */
typedef struct
{
  char  *key;     /* period_start, period_end, movement, reason, category, sex, joined by '\n' */
  gint64 count;
  gboolean from_register;
} Movement;

static void
clear_movement (gpointer data)
{
  g_free (((Movement *) data)->key);
}

static char *
dup_movement_key (sqlite3_stmt *stmt)
{
  const char *parts[7] = { NULL };

  for (int i = 0; i < 6; i++)
    {
      parts[i] = _riaya_store_column_text (stmt, i);
      if (parts[i] == NULL)
        return NULL;
    }

  return g_strjoinv ("\n", (char **) parts);
}

/* Sorts as SQLite orders the text of the key's columns (BINARY), one
 * column after the other. */
static int
compare_keys (const char *a,
              const char *b)
{
  for (;; a++, b++)
    {
      guchar x = (guchar) *a == '\n' ? 1 : (guchar) *a;
      guchar y = (guchar) *b == '\n' ? 1 : (guchar) *b;

      if (x != y || x == '\0')
        return (int) x - (int) y;
    }
}

static gboolean
write_movement (RiayaStore      *self,
                const char      *institution_uuid,
                const char      *sql,
                const Movement  *movement,
                GError         **error)
{
  g_auto(GStrv) parts = g_strsplit (movement->key, "\n", 6);
  sqlite3_stmt *stmt = _riaya_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  for (int i = 0; i < 6; i++)
    sqlite3_bind_text (stmt, 2 + i, parts[i], -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 8, movement->count);

  return _riaya_store_step_done (self, stmt, error);
}

static gboolean
read_movements (RiayaStore   *self,
                const char   *sql,
                const char   *institution_uuid,
                const char   *month,
                GArray       *movements,
                GError      **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Movement movement = { dup_movement_key (stmt), sqlite3_column_int64 (stmt, 6),
                            g_strcmp0 (_riaya_store_column_text (stmt, 7), "register") == 0 };

      /* A NULL in a key column: only a damaged row has one. */
      if (movement.key == NULL)
        movement.key = g_strdup ("");
      g_array_append_val (movements, movement);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

static int
compare_movements (gconstpointer a,
                   gconstpointer b)
{
  return compare_keys (((const Movement *) a)->key, ((const Movement *) b)->key);
}

gboolean
_riaya_store_rewrite_movements (RiayaStore  *self,
                                const char  *institution_uuid,
                                const char  *month,
                                GHashTable  *movements,
                                GError     **error)
{
  g_autoptr(GArray) stored = g_array_new (FALSE, FALSE, sizeof (Movement));
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (Movement));
  GHashTableIter iter;
  gpointer key, value;
  guint i = 0, j = 0;

  g_array_set_clear_func (stored, clear_movement);
  g_array_set_clear_func (wanted, clear_movement);

  if (!read_movements (self,
                       "SELECT period_start, period_end, movement, reason, category, sex, count, source"
                       " FROM resident_movements WHERE institution_uuid = ?1 AND period_start >= ?2"
                       " ORDER BY period_start, period_end, movement, reason, category, sex",
                       institution_uuid, month, stored, error))
    return FALSE;

  g_hash_table_iter_init (&iter, movements);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Movement movement = { g_strdup (key), *(const guint *) value, TRUE };

      g_array_append_val (wanted, movement);
    }
  g_array_sort (wanted, compare_movements);

  /* Both in key order: a merge. */
  while (i < stored->len || j < wanted->len)
    {
      const Movement *old = i < stored->len ? &g_array_index (stored, Movement, i) : NULL;
      const Movement *new = j < wanted->len ? &g_array_index (wanted, Movement, j) : NULL;
      int order = old == NULL ? 1 : new == NULL ? -1 : compare_keys (old->key, new->key);
      gboolean done;

      if (order < 0)
        {
          g_auto(GStrv) parts = g_strsplit (old->key, "\n", 6);
          sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                                     "DELETE FROM resident_movements WHERE institution_uuid = ?1"
                                                     " AND period_start = ?2 AND period_end = ?3 AND movement = ?4"
                                                     " AND reason = ?5 AND category = ?6 AND sex = ?7",
                                                     error);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
          for (int k = 0; k < 6 && parts[k] != NULL; k++)
            sqlite3_bind_text (stmt, 2 + k, parts[k], -1, SQLITE_TRANSIENT);
          done = _riaya_store_step_done (self, stmt, error);
          i++;
        }
      else if (order > 0)
        {
          done = write_movement (self, institution_uuid,
                                 "INSERT INTO resident_movements (institution_uuid, period_start, period_end,"
                                 " movement, reason, category, sex, count, source)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'register')",
                                 new, error);
          j++;
        }
      else
        {
          done = (old->count == new->count && old->from_register) ||
                 write_movement (self, institution_uuid,
                                 "UPDATE resident_movements SET count = ?8, source = 'register'"
                                 " WHERE institution_uuid = ?1 AND period_start = ?2 AND period_end = ?3"
                                 " AND movement = ?4 AND reason = ?5 AND category = ?6 AND sex = ?7",
                                 new, error);
          i++;
          j++;
        }

      if (!done)
        return FALSE;
    }

  return TRUE;
}
