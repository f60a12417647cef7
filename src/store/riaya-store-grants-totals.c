/* riaya-store-grants-totals.c — the figures of a year, and what is late
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The published table "licensed institutions that received the Entraide
 * Nationale's annual grant" (reports.md) gives per year the institutions
 * granted, each once however many grants it had, their licensed capacity
 * on 31 December, and the sum granted. The grants page adds what was
 * paid, what remains and how many grants are late.
 *
 * At ten times the national registry (13,100 institutions, some 100,000
 * grants over ten years) a query per institution and year is far too
 * slow: correlated subqueries finding each one's capacity on each 31
 * December took 0.6 s. So each table is read once, in the order of an
 * index that starts with the institution's UUID and holds every column
 * read: the capacity lines and licence events of every institution give
 * its places and licence status on every 31 December of the range, then
 * the grants give the sums, each grant's tranches and justification
 * summed up on its own row by the triggers of migration 0003. The rows of
 * each table come in the institutions' order, so each finds its
 * institution by walking forward. Sums are of integer centimes, checked
 * against overflow (riaya_money_add).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-store-private.h"

/* Justifications still owed on ?N (riaya_grant_is_justification_overdue),
 * written for the partial index grants_justification_owed. */
#define JUSTIFICATION_OWED(N) \
  "g.deleted_at IS NULL AND g.justification_due IS NOT NULL AND g.justification_approved IS NULL" \
  " AND (g.justification_received IS NULL OR g.justification_rejected IS NOT NULL)" \
  " AND g.justification_due < ?" #N

enum
{
  IN_FORCE = 1 << 0,  /* the licence is in force on 31 December */
  COUNTED  = 1 << 1,  /* already counted among the year's institutions */
};

/* One institution the totals cover, with its places and flags for each
 * year of the range; its UUID after them. */
typedef struct
{
  guint  *places;
  guint8 *flags;
  char    uuid[];
} Granted;

static void
granted_free (gpointer data)
{
  Granted *granted = data;

  g_free (granted->places);
  g_free (granted);
}

/* The institutions covered, in UUID order, and the years of the range.
 * Every table below is read in the order of an index that starts with
 * the institution's UUID, so each row finds its institution by walking
 * forward, never by a lookup. */
typedef struct
{
  GPtrArray *granted;
  int        from;
  int        to;
  guint      cursor;
} Range;

/* The institution @uuid, or NULL when not covered; the rows asked for
 * come in UUID order (SQLite's BINARY collation is strcmp's order) since
 * range->cursor was last set to 0. */
static Granted *
find (Range      *range,
      const char *uuid)
{
  while (range->cursor < range->granted->len)
    {
      Granted *granted = g_ptr_array_index (range->granted, range->cursor);
      int c = strcmp (granted->uuid, uuid);

      if (c == 0)
        return granted;
      if (c > 0)
        return NULL;
      range->cursor++;
    }

  return NULL;
}

/* The year of an ISO date, or -1 when it does not start with one. */
static int
year_of (const char *date)
{
  int year = 0;

  if (date == NULL)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (date[i]))
        return -1;
      year = year * 10 + (date[i] - '0');
    }

  return year;
}

/* The years of the range from @first to @last (both included). */
static gboolean
clip (const Range *range,
      int          first,
      int          last,
      int         *from,
      int         *to)
{
  *from = MAX (first, range->from);
  *to = MIN (last, range->to);
  return first >= 0 && *from <= *to;
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

/* In the order of SQLite's BINARY collation, which is strcmp's. */
static int
compare_granted (gconstpointer a,
                 gconstpointer b)
{
  const Granted *x = *(const Granted * const *) a;
  const Granted *y = *(const Granted * const *) b;

  return strcmp (x->uuid, y->uuid);
}

/* The institutions @filter covers (none deleted), with zero places, in
 * UUID order. */
static gboolean
load_institutions (RiayaStore              *self,
                   const RiayaGrantFilter  *filter,
                   Range                   *range,
                   GError                 **error)
{
  const char *type = filter->institution_type >= 0 ? riaya_institution_type_to_code (filter->institution_type)
                                                   : NULL;
  guint n_years = (guint) (range->to - range->from + 1);
  sqlite3_stmt *stmt;
  int rc;

  /* The table in the order of its rows, sorted here: read in the order of
   * their UUIDs, rows scattered over the file took 13 ms instead of 4 at
   * ten times national scale. */
  stmt = _riaya_store_prepare (self,
                               "SELECT uuid FROM institutions WHERE deleted_at IS NULL"
                               " AND (?1 IS NULL OR province_code IN (SELECT code FROM provinces WHERE region_code = ?1))"
                               " AND (?2 IS NULL OR province_code = ?2) AND (?3 IS NULL OR type = ?3)"
                               " AND (?4 IS NULL OR uuid = ?4)",
                               error);
  if (stmt == NULL)
    return FALSE;
  _riaya_store_bind_text (stmt, 1, filter->region_code);
  _riaya_store_bind_text (stmt, 2, filter->province_code);
  _riaya_store_bind_text (stmt, 3, type);
  _riaya_store_bind_text (stmt, 4, filter->institution_uuid);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = _riaya_store_column_text (stmt, 0);
      size_t length = strlen (uuid);
      Granted *granted = g_malloc (sizeof (Granted) + length + 1);

      memcpy (granted->uuid, uuid, length + 1);
      granted->places = g_malloc0 (n_years * (sizeof (guint) + sizeof (guint8)));
      granted->flags = (guint8 *) (granted->places + n_years);
      g_ptr_array_add (range->granted, granted);
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;

  g_ptr_array_sort (range->granted, compare_granted);
  return TRUE;
}

/* A capacity line, or a licence event, held until the next row tells
 * how long it lasts. */
typedef struct
{
  Granted *granted;
  char    *uuid;       /* the institution */
  int      category;   /* of a line: RiayaCategory and RiayaSex */
  int      sex;
  char     date[32];   /* effective date, or date of the event */
  int      year;
  gint64   rowid;
  guint    places;     /* of a line */
  gboolean in_force;   /* after an event */
  gboolean granted_kind;
} Held;

static void
hold (Held        *held,
      Range       *range,
      const char  *uuid,
      const char  *date,
      gint64       rowid)
{
  if (held->uuid == NULL || strcmp (held->uuid, uuid) != 0)
    {
      g_free (held->uuid);
      held->uuid = g_strdup (uuid);
      held->granted = find (range, uuid);
    }
  g_strlcpy (held->date, date, sizeof held->date);
  held->year = year_of (date);
  held->rowid = rowid;
}

/* A line holds from its effective date until the next line of the same
 * category and sex: on 31 December of each year from its own to the one
 * before the next line's (riaya_capacity_lines_on). */
static void
spread_places (const Range *range,
               const Held  *held,
               int          last)
{
  int from, to;

  if (held->granted == NULL || !clip (range, held->year, last, &from, &to))
    return;
  for (int y = from; y <= to; y++)
    held->granted->places[y - range->from] += held->places;
}

static gboolean
load_places (RiayaStore  *self,
             const char  *institution_uuid,
             Range       *range,
             GError     **error)
{
  Held held = { 0 };
  gboolean holding = FALSE;
  sqlite3_stmt *stmt;
  int rc;

  /* In the order of the index capacity_lines_by_date, which holds every
   * column read; of two lines of one date, the one recorded last (the
   * greater rowid) holds. */
  if (institution_uuid != NULL)
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid, category, sex, effective_date, places, rowid"
                                 " FROM capacity_lines WHERE institution_uuid = ?1"
                                 " ORDER BY category, sex, effective_date",
                                 error);
  else
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid, category, sex, effective_date, places, rowid"
                                 " FROM capacity_lines ORDER BY institution_uuid, category, sex, effective_date",
                                 error);
  if (stmt == NULL)
    return FALSE;
  if (institution_uuid != NULL)
    sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  range->cursor = 0;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = _riaya_store_column_text (stmt, 0);
      const char *date = _riaya_store_column_text (stmt, 3);
      gint64 places = sqlite3_column_int64 (stmt, 4);
      gint64 rowid = sqlite3_column_int64 (stmt, 5);
      RiayaCategory category;
      RiayaSex sex;
      gboolean same;

      /* What the institution's own load skips (riaya_store_check()
       * reports it), this skips too. */
      if (uuid == NULL || date == NULL || year_of (date) < 0 || places < 0 ||
          !riaya_category_from_code (_riaya_store_column_text (stmt, 1), &category) ||
          !riaya_sex_from_code (_riaya_store_column_text (stmt, 2), &sex))
        continue;

      same = holding && held.category == (int) category && held.sex == (int) sex &&
             strcmp (held.uuid, uuid) == 0;
      if (same && strcmp (held.date, date) == 0)
        {
          if (rowid > held.rowid)
            {
              held.rowid = rowid;
              held.places = (guint) MIN (places, G_MAXUINT);
            }
          continue;
        }

      if (holding)
        spread_places (range, &held, same ? year_of (date) - 1 : G_MAXINT);
      hold (&held, range, uuid, date, rowid);
      held.category = (int) category;
      held.sex = (int) sex;
      held.places = (guint) MIN (places, G_MAXUINT);
      holding = TRUE;
    }
  if (holding)
    spread_places (range, &held, G_MAXINT);
  g_free (held.uuid);

  return finish (self, stmt, rc, error);
}

static void
spread_status (const Range *range,
               const Held  *held,
               int          last)
{
  int from, to;

  if (held->granted == NULL || !held->in_force || !clip (range, held->year, last, &from, &to))
    return;
  for (int y = from; y <= to; y++)
    held->granted->flags[y - range->from] |= IN_FORCE;
}

/* Whether the licence is in force on each 31 December. Only grants,
 * reopenings, suspensions, withdrawals and closures change that
 * (riaya-licence.c): the last of them on or before the day decides — of
 * the events of one day, a grant first, then the others in the order of
 * their recording. A history the store would refuse (riaya_store_check()
 * reports it) is read the same way. */
static gboolean
load_status (RiayaStore  *self,
             const char  *institution_uuid,
             Range       *range,
             GError     **error)
{
  Held held = { 0 };
  gboolean holding = FALSE;
  sqlite3_stmt *stmt;
  int rc;

  /* In the order of the index licence_events_by_date. */
  if (institution_uuid != NULL)
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid, date, kind, rowid FROM licence_events"
                                 " WHERE institution_uuid = ?1"
                                 " AND kind IN ('granted', 'reopened', 'suspended', 'withdrawn', 'closed')"
                                 " ORDER BY date",
                                 error);
  else
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid, date, kind, rowid FROM licence_events"
                                 " WHERE kind IN ('granted', 'reopened', 'suspended', 'withdrawn', 'closed')"
                                 " ORDER BY institution_uuid, date",
                                 error);
  if (stmt == NULL)
    return FALSE;
  if (institution_uuid != NULL)
    sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  range->cursor = 0;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = _riaya_store_column_text (stmt, 0);
      const char *date = _riaya_store_column_text (stmt, 1);
      const char *kind = _riaya_store_column_text (stmt, 2);
      gint64 rowid = sqlite3_column_int64 (stmt, 3);
      gboolean granted_kind = g_strcmp0 (kind, "granted") == 0;
      gboolean in_force = granted_kind || g_strcmp0 (kind, "reopened") == 0;
      gboolean same;

      if (uuid == NULL || date == NULL || year_of (date) < 0)
        continue;

      same = holding && strcmp (held.uuid, uuid) == 0;
      if (same && strcmp (held.date, date) == 0)
        {
          /* The event of the day that comes last. */
          if ((held.granted_kind && !granted_kind) ||
              (held.granted_kind == granted_kind && rowid > held.rowid))
            {
              held.rowid = rowid;
              held.in_force = in_force;
              held.granted_kind = granted_kind;
            }
          continue;
        }

      if (holding)
        spread_status (range, &held, same ? year_of (date) - 1 : G_MAXINT);
      hold (&held, range, uuid, date, rowid);
      held.in_force = in_force;
      held.granted_kind = granted_kind;
      holding = TRUE;
    }
  if (holding)
    spread_status (range, &held, G_MAXINT);
  g_free (held.uuid);

  return finish (self, stmt, rc, error);
}

static void
set_overflow (GError **error,
              guint    year)
{
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
               /* Translators: %u is a year */
               _("The grants of %u add up to more than Riaya can count: an amount must be wrong. "
                 "Run a check of the database and correct the grants it names."),
               year);
}

/* Where a grant stands on ?3, per RiayaGrantStatus, as
 * riaya_grant_get_status() judges it: late when something it owes was due
 * before (first_owed_due, kept by the triggers of migration 0003); closed
 * when paid in full and its justification approved; open otherwise. */
#define LATE_SQL "coalesce (first_owed_due < ?3, 0)"
#define SETTLED_SQL "(paid >= amount AND justification_approved IS NOT NULL)"

#define TOTALS_BY_STATUS_SQL(condition)                                                   \
  "SELECT year, institution_uuid, amount, paid, first_owed_due < ?3 FROM grants"          \
  " WHERE deleted_at IS NULL AND year BETWEEN ?1 AND ?2"                                  \
  " AND (?4 IS NULL OR institution_uuid = ?4) AND " condition                             \
  " ORDER BY year, institution_uuid"

/* Static: the store keeps its prepared statements keyed by their text. */
static const char * const totals_by_status_sql[] = {
  TOTALS_BY_STATUS_SQL ("NOT " LATE_SQL " AND NOT " SETTLED_SQL),
  TOTALS_BY_STATUS_SQL (LATE_SQL),
  TOTALS_BY_STATUS_SQL ("NOT " LATE_SQL " AND " SETTLED_SQL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (totals_by_status_sql) == RIAYA_N_GRANT_STATUSES);

GArray *
riaya_store_grant_year_totals (RiayaStore              *self,
                               guint                    from_year,
                               guint                    to_year,
                               const RiayaGrantFilter  *filter,
                               const char              *today,
                               GError                 **error)
{
  static const RiayaGrantFilter every = RIAYA_GRANT_FILTER_INIT;
  g_autoptr(GPtrArray) granted = NULL;
  g_autoptr(GArray) totals = NULL;
  g_autofree guint64 *capacity = NULL;
  Range range;
  sqlite3_stmt *stmt;
  guint n_years;
  gint64 year_read = -1;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (from_year >= 1900 && from_year <= to_year && to_year <= 9999, NULL);
  g_return_val_if_fail (today != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filter == NULL)
    filter = &every;
  g_return_val_if_fail (filter->institution_type < 0 ||
                        riaya_institution_type_to_code (filter->institution_type) != NULL, NULL);
  g_return_val_if_fail (filter->status < RIAYA_N_GRANT_STATUSES, NULL);

  n_years = to_year - from_year + 1;
  totals = g_array_sized_new (FALSE, TRUE, sizeof (RiayaGrantYearTotals), n_years);
  g_array_set_size (totals, n_years);
  for (guint i = 0; i < n_years; i++)
    g_array_index (totals, RiayaGrantYearTotals, i).year = from_year + i;
  capacity = g_new0 (guint64, n_years);

  granted = g_ptr_array_new_with_free_func (granted_free);
  range = (Range) { granted, (int) from_year, (int) to_year, 0 };

  if (!load_institutions (self, filter, &range, error) ||
      !load_places (self, filter->institution_uuid, &range, error) ||
      !load_status (self, filter->institution_uuid, &range, error))
    return NULL;

  /* The grants of the range, year by year and each year's in the order of
   * their institutions: the index grants_by_year holds every column read,
   * so the table itself is not read. A grant is late on @today when
   * something it owes was due before (first_owed_due, migration 0003). */
  if (filter->status >= 0)
    /* Only when asked: closed grants need a column the index lacks. */
    stmt = _riaya_store_prepare (self, totals_by_status_sql[filter->status], error);
  else if (filter->institution_uuid != NULL)
    stmt = _riaya_store_prepare (self,
                                 "SELECT year, institution_uuid, amount, paid, first_owed_due < ?3 FROM grants"
                                 " WHERE deleted_at IS NULL AND year BETWEEN ?1 AND ?2 AND institution_uuid = ?4"
                                 " ORDER BY year",
                                 error);
  else
    stmt = _riaya_store_prepare (self,
                                 "SELECT year, institution_uuid, amount, paid, first_owed_due < ?3 FROM grants"
                                 " WHERE deleted_at IS NULL AND year BETWEEN ?1 AND ?2"
                                 " ORDER BY year, institution_uuid",
                                 error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from_year);
  sqlite3_bind_int64 (stmt, 2, to_year);
  sqlite3_bind_text (stmt, 3, today, -1, SQLITE_TRANSIENT);
  if (filter->institution_uuid != NULL)
    sqlite3_bind_text (stmt, 4, filter->institution_uuid, -1, SQLITE_TRANSIENT);
  else if (filter->status >= 0)
    sqlite3_bind_null (stmt, 4);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 year = sqlite3_column_int64 (stmt, 0);
      const char *uuid = _riaya_store_column_text (stmt, 1);
      RiayaGrantYearTotals *t;
      Granted *institution;
      guint y;

      if (uuid == NULL || year < from_year || year > to_year)
        continue;
      if (year != year_read)
        {
          year_read = year;
          range.cursor = 0;
        }

      /* Not covered by the filter, or its institution deleted. */
      institution = find (&range, uuid);
      if (institution == NULL)
        continue;

      y = (guint) (year - from_year);
      t = &g_array_index (totals, RiayaGrantYearTotals, y);

      /* Each institution once, with its places on 31 December, none if
       * its licence was no longer in force then (suspended, withdrawn or
       * closed), as capacity-by-region counts them (reports.md). */
      if (!(institution->flags[y] & COUNTED))
        {
          institution->flags[y] |= COUNTED;
          t->institutions++;
          if (institution->flags[y] & IN_FORCE)
            capacity[y] += institution->places[y];
        }

      t->grants++;
      if (!riaya_money_add (t->amount, sqlite3_column_int64 (stmt, 2), &t->amount) ||
          !riaya_money_add (t->paid, sqlite3_column_int64 (stmt, 3), &t->paid))
        {
          sqlite3_reset (stmt);
          set_overflow (error, t->year);
          return NULL;
        }
      if (sqlite3_column_int (stmt, 4) != 0)
        t->late++;
    }
  if (!finish (self, stmt, rc, error))
    return NULL;

  for (guint i = 0; i < n_years; i++)
    {
      RiayaGrantYearTotals *t = &g_array_index (totals, RiayaGrantYearTotals, i);

      t->capacity = (guint) MIN (capacity[i], G_MAXUINT);
      t->remaining = t->amount - t->paid;
    }

  return g_steal_pointer (&totals);
}

/* ---- what is late ---------------------------------------------------------- */

void
riaya_overdue_justification_free (RiayaOverdueJustification *item)
{
  if (item == NULL)
    return;

  g_free (item->institution_uuid);
  g_free (item->grant_uuid);
  g_free (item->justification_due);
  g_free (item);
}

GPtrArray *
riaya_store_list_overdue_justifications (RiayaStore  *self,
                                         const char  *on,
                                         GError     **error)
{
  g_autoptr(GPtrArray) overdue = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  overdue = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_overdue_justification_free);

  /* From the covering index grants_justification_owed, in its order; a
   * deleted institution's grants left out by the few UUIDs deleted
   * rather than by a join to each grant's institution. */
  stmt = _riaya_store_prepare (self,
                               "SELECT g.institution_uuid, g.uuid, g.year, g.amount, g.justification_due,"
                               " g.justification_rejected IS NOT NULL"
                               " FROM grants g"
                               " WHERE " JUSTIFICATION_OWED (1)
                               " AND g.institution_uuid NOT IN (SELECT uuid FROM institutions WHERE deleted_at IS NOT NULL)"
                               " ORDER BY g.justification_due, g.institution_uuid, g.year, g.uuid",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, on, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaOverdueJustification *item = g_new0 (RiayaOverdueJustification, 1);

      item->institution_uuid = g_strdup (_riaya_store_column_text (stmt, 0));
      item->grant_uuid = g_strdup (_riaya_store_column_text (stmt, 1));
      item->year = (guint) CLAMP (sqlite3_column_int64 (stmt, 2), 0, G_MAXUINT);
      item->amount = sqlite3_column_int64 (stmt, 3);
      item->justification_due = g_strdup (_riaya_store_column_text (stmt, 4));
      item->rejected = sqlite3_column_int (stmt, 5) != 0;
      g_ptr_array_add (overdue, item);
    }
  if (!finish (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&overdue);
}

GHashTable *
riaya_store_count_late_grants (RiayaStore  *self,
                               const char  *today,
                               GError     **error)
{
  g_autoptr(GHashTable) late = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The partial index grants_owed holds only the grants that still owe
   * something, with their institution: it is all this reads, with the
   * few institutions deleted. */
  stmt = _riaya_store_prepare (self,
                               "SELECT g.institution_uuid, count (*) FROM grants g"
                               " WHERE g.deleted_at IS NULL AND g.first_owed_due IS NOT NULL"
                               " AND g.first_owed_due < ?1"
                               " AND g.institution_uuid NOT IN (SELECT uuid FROM institutions WHERE deleted_at IS NOT NULL)"
                               " GROUP BY g.institution_uuid",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);

  late = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_replace (late, g_strdup (_riaya_store_column_text (stmt, 0)),
                          GUINT_TO_POINTER ((guint) sqlite3_column_int64 (stmt, 1)));
  if (!finish (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&late);
}
