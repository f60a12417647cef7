/* riaya-store-exchange-figures.c — counts, movements and register from a file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The people present on a date and the admissions and exits of a period
 * are the producer's own figures (exchange.md "Content"): they replace
 * those of the same date or period, through riaya_store_put_counts() and
 * riaya_store_put_movements(), and are new, changed or unchanged as a
 * whole (each movement line counted with its period).
 *
 * A director's database computes its figures from its register (Law 65.15
 * art. 28): figures from a file are ignored there, and counted as such in
 * the summary. The register itself is riaya-store-exchange-register.c's.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-exchange-private.h"

#define N_CELLS (RIAYA_N_CATEGORIES * 2 * RIAYA_N_AGE_BANDS)

static guint
cell_of (RiayaCategory category,
         RiayaSex      sex,
         RiayaAgeBand  band)
{
  return ((guint) category * 2 + (sex == RIAYA_SEX_FEMALE)) * RIAYA_N_AGE_BANDS + (guint) band;
}

/* Whether the count of @uuid on @on is stored; *@cells its people present. */
static gboolean
read_count (RiayaStore *self,
            const char *uuid,
            const char *on,
            guint      *cells)
{
  sqlite3_stmt *stmt;
  gboolean exists;

  stmt = _riaya_store_prepare (self, "SELECT 1 FROM resident_counts WHERE institution_uuid = ?1 AND counted_on = ?2",
                               NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, on, -1, SQLITE_TRANSIENT);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (!exists)
    return FALSE;

  stmt = _riaya_store_prepare (self,
                               "SELECT category, sex, age_band, present FROM resident_count_lines"
                               " WHERE institution_uuid = ?1 AND counted_on = ?2",
                               NULL);
  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, on, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      RiayaCategory category;
      RiayaSex sex;
      RiayaAgeBand band;

      if (riaya_category_from_code (_riaya_store_column_text (stmt, 0), &category) &&
          riaya_sex_from_code (_riaya_store_column_text (stmt, 1), &sex) &&
          riaya_age_band_from_code (_riaya_store_column_text (stmt, 2), &band))
        cells[cell_of (category, sex, band)] += (guint) sqlite3_column_int64 (stmt, 3);
    }
  sqlite3_reset (stmt);

  return TRUE;
}

static RiayaMergeClass
judge_count (RiayaStore             *self,
             RiayaInstitutionBundle *bundle,
             const char             *uuid)
{
  g_autofree guint *stored = g_new0 (guint, N_CELLS);
  g_autofree guint *incoming = g_new0 (guint, N_CELLS);

  if (!read_count (self, uuid, bundle->counted_on, stored))
    return RIAYA_MERGE_NEW;

  for (guint i = 0; bundle->count_lines != NULL && i < bundle->count_lines->len; i++)
    {
      const RiayaCountLine *line = &g_array_index (bundle->count_lines, RiayaCountLine, i);

      /* A line the store would refuse: let riaya_store_put_counts() say so. */
      if ((guint) line->category >= RIAYA_N_CATEGORIES || (guint) line->age_band >= RIAYA_N_AGE_BANDS ||
          (line->sex != RIAYA_SEX_MALE && line->sex != RIAYA_SEX_FEMALE))
        return RIAYA_MERGE_CHANGED;
      incoming[cell_of (line->category, line->sex, line->age_band)] += line->present;
    }

  return memcmp (stored, incoming, N_CELLS * sizeof (guint)) == 0 ? RIAYA_MERGE_UNCHANGED : RIAYA_MERGE_CHANGED;
}

/* The key of a movement line as resident_movements holds it, or NULL for
 * a line the store would refuse. */
static char *
movement_key (const char *movement,
              const char *reason,
              const char *category,
              const char *sex)
{
  return g_strjoin ("\n", movement, reason, category, sex, NULL);
}

static RiayaMergeClass
judge_movements (RiayaStore             *self,
                 RiayaInstitutionBundle *bundle,
                 const char             *uuid)
{
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) incoming = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self,
                               "SELECT movement, reason, category, sex, count FROM resident_movements"
                               " WHERE institution_uuid = ?1 AND period_start = ?2 AND period_end = ?3",
                               NULL);
  if (stmt == NULL)
    return RIAYA_MERGE_CHANGED;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, bundle->period_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, bundle->period_to, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (stored,
                         movement_key (_riaya_store_column_text (stmt, 0), _riaya_store_column_text (stmt, 1),
                                       _riaya_store_column_text (stmt, 2), _riaya_store_column_text (stmt, 3)),
                         GUINT_TO_POINTER ((guint) sqlite3_column_int64 (stmt, 4)));
  sqlite3_reset (stmt);

  for (guint i = 0; bundle->movements != NULL && i < bundle->movements->len; i++)
    {
      const RiayaMovementLine *line = &g_array_index (bundle->movements, RiayaMovementLine, i);
      const char *reason = NULL;
      char *row;

      if (line->admission && line->reason >= 0 && line->reason < RIAYA_N_REFERRALS)
        reason = riaya_referral_to_code (line->reason);
      else if (!line->admission && line->reason >= 0 && line->reason < RIAYA_N_EXIT_REASONS)
        reason = riaya_exit_reason_to_code (line->reason);
      if (reason == NULL || (guint) line->category >= RIAYA_N_CATEGORIES ||
          (line->sex != RIAYA_SEX_MALE && line->sex != RIAYA_SEX_FEMALE))
        return RIAYA_MERGE_CHANGED;
      if (line->count == 0)
        continue;

      row = movement_key (line->admission ? "admission" : "exit", reason, riaya_category_to_code (line->category),
                          riaya_sex_to_code (line->sex));
      value = g_hash_table_lookup (incoming, row);
      g_hash_table_replace (incoming, row, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) + line->count));
    }

  if (g_hash_table_size (stored) == 0)
    return g_hash_table_size (incoming) == 0 ? RIAYA_MERGE_UNCHANGED : RIAYA_MERGE_NEW;
  if (g_hash_table_size (stored) != g_hash_table_size (incoming))
    return RIAYA_MERGE_CHANGED;

  g_hash_table_iter_init (&iter, stored);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gpointer other;

      if (!g_hash_table_lookup_extended (incoming, key, NULL, &other) || other != value)
        return RIAYA_MERGE_CHANGED;
    }

  return RIAYA_MERGE_UNCHANGED;
}

gboolean
_riaya_import_add_figures (RiayaStoreImport        *import,
                           RiayaInstitutionBundle  *bundle,
                           const char              *institution_uuid,
                           GError                 **error)
{
  RiayaStore *self = import->store;
  guint n_movements = bundle->movements != NULL ? bundle->movements->len : 0;

  if (bundle->counted_on != NULL)
    {
      RiayaMergeClass what;

      if (import->keeps_registers)
        import->summary.ignored++;
      else
        {
          g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (RiayaCountLine));

          what = judge_count (self, bundle, institution_uuid);
          if (what != RIAYA_MERGE_UNCHANGED &&
              !riaya_store_put_counts (self, institution_uuid, bundle->counted_on,
                                      bundle->count_lines != NULL ? bundle->count_lines : none, error))
            return FALSE;
          _riaya_import_count (import, what);
        }
    }

  if (bundle->period_from != NULL && bundle->period_to != NULL)
    {
      RiayaMergeClass what;

      if (import->keeps_registers)
        import->summary.ignored += n_movements;
      else
        {
          g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (RiayaMovementLine));

          what = judge_movements (self, bundle, institution_uuid);
          if (what != RIAYA_MERGE_UNCHANGED &&
              !riaya_store_put_movements (self, institution_uuid, bundle->period_from, bundle->period_to,
                                          bundle->movements != NULL ? bundle->movements : none, error))
            return FALSE;
          for (guint i = 0; i < n_movements; i++)
            _riaya_import_count (import, what);
        }
    }

  return TRUE;
}
