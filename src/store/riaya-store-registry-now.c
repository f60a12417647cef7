/* riaya-store-registry-now.c — keeping each institution's state after its latest record
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * institution_now (0006-registry-now.sql) holds, per institution, the
 * licence status, places, staff and latest count after everything
 * recorded, and the date from which that holds. Triggers mark a row
 * stale when a history changes; before each commit this recomputes the
 * stale rows with the very code that computes the registry on any date
 * (riaya-store-institutions-on.c), on a date after every record. So the
 * state read for today is the state the histories give, by
 * construction; riaya_store_check() verifies it all the same.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "riaya-store-institutions-on-private.h"
#include "riaya-store-private.h"

/* After every date a record can carry (riaya_validate_date: 2100 at
 * most), so that the computation takes all of each history. */
#define AFTER_EVERYTHING "9999-12-31"

/* The records of the stale rows (or of every row, for the check), in
 * UUID order. */
static GPtrArray *
list_rows (RiayaStore  *self,
           gboolean     stale_only,
           GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_institution_on_free);
  sqlite3_stmt *stmt;
  int rc;

  if (stale_only)
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid FROM institution_now WHERE stale = 1"
                                 " ORDER BY institution_uuid",
                                 error);
  else
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid FROM institution_now WHERE stale = 0"
                                 " ORDER BY institution_uuid",
                                 error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = _riaya_store_column_text (stmt, 0);

      if (uuid != NULL)
        g_ptr_array_add (items, _riaya_institution_on_new_bare (uuid));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

static char *
dup_numbers (const guint *numbers,
             guint        count)
{
  GString *text = g_string_sized_new (4 * count);

  for (guint i = 0; i < count; i++)
    {
      char digits[21];

      if (i > 0)
        g_string_append_c (text, ',');
      g_string_append (text, riaya_text_from_uint (numbers[i], digits));
    }

  return g_string_free (text, FALSE);
}

/* The latest date of @uuid's licence events, capacity lines and counts,
 * and of its counts alone. */
static gboolean
read_dates (RiayaStore  *self,
            const char  *uuid,
            char       **valid_from,
            char       **counted_on,
            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _riaya_store_prepare (self,
                               "SELECT (SELECT max (date) FROM licence_events WHERE institution_uuid = ?1),"
                               " (SELECT max (effective_date) FROM capacity_lines WHERE institution_uuid = ?1),"
                               " (SELECT max (counted_on) FROM resident_counts WHERE institution_uuid = ?1)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *latest = NULL;

      for (int c = 0; c < 3; c++)
        {
          const char *date = _riaya_store_column_text (stmt, c);

          if (date != NULL && (latest == NULL || strcmp (date, latest) > 0))
            latest = date;
        }
      *valid_from = g_strdup (latest);
      *counted_on = g_strdup (_riaya_store_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_row (RiayaStore               *self,
           const RiayaInstitutionOn *item,
           GError                  **error)
{
  g_autofree char *valid_from = NULL;
  g_autofree char *counted_on = NULL;
  g_autofree char *places = dup_numbers (&item->places[0][0], RIAYA_N_CATEGORIES * RIAYA_N_SEXES);
  g_autofree char *staff = dup_numbers (item->staff, RIAYA_N_STAFF_ROLES);
  g_autofree char *present = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!read_dates (self, item->uuid, &valid_from, &counted_on, error))
    return FALSE;
  if (item->counted)
    present = dup_numbers (&item->present.present[0][0],
                           G_N_ELEMENTS (item->present.present) * G_N_ELEMENTS (item->present.present[0]));

  stmt = _riaya_store_prepare (self,
                               "UPDATE institution_now SET stale = 0, valid_from = ?2, status = ?3, places = ?4,"
                               " staff = ?5, counted_on = ?6, present = ?7, under_six = ?8"
                               " WHERE institution_uuid = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, item->uuid, -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 2, valid_from);
  sqlite3_bind_text (stmt, 3, riaya_licence_status_to_code (item->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, places, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, staff, -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 6, item->counted ? counted_on : NULL);
  _riaya_store_bind_text (stmt, 7, present);
  if (item->counted)
    sqlite3_bind_int64 (stmt, 8, item->under_six);
  else
    sqlite3_bind_null (stmt, 8);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
_riaya_store_refresh_registry_now (RiayaStore  *self,
                                   GError     **error)
{
  g_autoptr(GPtrArray) stale = NULL;

  /* A database not yet migrated this far has no such table (the
   * migration's own transaction commits through the same function). */
  if (self->schema_version < 6)
    return TRUE;

  stale = list_rows (self, TRUE, error);
  if (stale == NULL)
    return FALSE;
  if (stale->len == 0)
    return TRUE;

  if (!_riaya_store_fill_from_histories (self, stale, AFTER_EVERYTHING, error))
    return FALSE;
  for (guint i = 0; i < stale->len; i++)
    if (!write_row (self, g_ptr_array_index (stale, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
same_state (const RiayaInstitutionOn *kept,
            const RiayaInstitutionOn *computed)
{
  return kept->status == computed->status &&
         memcmp (kept->places, computed->places, sizeof kept->places) == 0 &&
         memcmp (kept->staff, computed->staff, sizeof kept->staff) == 0 &&
         kept->counted == computed->counted &&
         (!kept->counted ||
          (memcmp (&kept->present, &computed->present, sizeof kept->present) == 0 &&
           kept->under_six == computed->under_six));
}

gboolean
_riaya_store_check_registry_now (RiayaStore  *self,
                                 GPtrArray   *problems,
                                 GError     **error)
{
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GPtrArray) computed = NULL;
  g_autoptr(GHashTable) by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean ignored = self->registry_now_ignored;

  /* The state on a date after everything, as kept and as the histories
   * give it. */
  kept = riaya_store_list_institutions_on (self, AFTER_EVERYTHING, error);
  if (kept == NULL)
    return FALSE;
  self->registry_now_ignored = TRUE;
  computed = riaya_store_list_institutions_on (self, AFTER_EVERYTHING, error);
  self->registry_now_ignored = ignored;
  if (computed == NULL)
    return FALSE;

  for (guint i = 0; i < computed->len; i++)
    {
      RiayaInstitutionOn *item = g_ptr_array_index (computed, i);

      g_hash_table_insert (by_uuid, item->uuid, item);
    }

  for (guint i = 0; i < kept->len; i++)
    {
      const RiayaInstitutionOn *item = g_ptr_array_index (kept, i);
      const RiayaInstitutionOn *truth = g_hash_table_lookup (by_uuid, item->uuid);

      if (truth != NULL && !same_state (item, truth))
        g_ptr_array_add (problems,
                         g_strdup_printf (/* Translators: %s is a licence number */
                                          _("The summary of institution %s differs from its history: make a backup and report it; Riaya rebuilds the summary the next time the institution changes."),
                                          item->licence_number != NULL ? item->licence_number : item->uuid));
    }

  return TRUE;
}

void
_riaya_store_ignore_registry_now (RiayaStore *self,
                                  gboolean    ignore)
{
  self->registry_now_ignored = ignore;
}
