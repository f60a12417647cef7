/* riaya-store-counts-recompute.c — counts computed from the register
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a director's database the counts are computed from the register, in
 * the transaction of each change to it: a snapshot on every date where
 * presence changes and on the first of every month (age bands move with
 * birthdays), from the earliest date the change touches — a change today
 * rewrites today's snapshot, not five years. The same walk through the
 * register gives riaya_store_check() what the counts should be.
 * Reading the counts, and putting them where no register computes them,
 * is in riaya-store-counts.c.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "riaya-store-private.h"
#include "riaya-store-residents.h"

/* An ISO date in a fixed buffer: the sweep below handles many. */
typedef char IsoDate[11];

typedef enum
{
  EVENT_ADMIT,
  EVENT_MOVE,   /* a birthday that enters the next age band */
  EVENT_EXIT,
} EventKind;

typedef struct
{
  IsoDate date;
  guint8  kind;
  guint8  band;  /* EVENT_MOVE: the band entered */
  guint   stay;
} Event;

typedef struct
{
  guint8 category;
  guint8 sex;
  guint8 band;
} StayState;

/* People present, by category, sex (m, f) and age band. */
typedef guint Cells[RIAYA_N_CATEGORIES][2][RIAYA_N_AGE_BANDS];

/* Called for each snapshot date in order, with the people present then. */
typedef gboolean (*SnapshotFunc) (RiayaStore   *self,
                                  const char   *date,
                                  const Cells  *cells,
                                  gpointer      data,
                                  GError      **error);

/* The lowest age of each band after the first (riaya_age_band_for_age). */
static const guint band_starts[] = { 6, 12, 18, 25, 60, 75 };

G_STATIC_ASSERT (G_N_ELEMENTS (band_starts) == RIAYA_N_AGE_BANDS - 1);

/* Admissions and exits per calendar month from ?2 (a first of the month),
 * per reason, category and sex: what the register says, to write or to
 * compare with what is stored. */
#define REGISTER_MOVEMENTS \
  "SELECT p, date (p, '+1 month', '-1 day'), movement, reason, category, sex, count (*) FROM (" \
  " SELECT strftime ('%Y-%m-01', s.admitted_on) AS p, 'admission' AS movement, s.referral AS reason," \
  "  s.category AS category, r.sex AS sex FROM stays s JOIN residents r ON r.uuid = s.resident_uuid" \
  "  WHERE s.institution_uuid = ?1 AND s.admitted_on >= ?2" \
  " UNION ALL" \
  " SELECT strftime ('%Y-%m-01', s.exited_on), 'exit', s.exit_reason, s.category, r.sex" \
  "  FROM stays s JOIN residents r ON r.uuid = s.resident_uuid" \
  "  WHERE s.institution_uuid = ?1 AND s.exited_on IS NOT NULL AND s.exited_on >= ?2)" \
  " GROUP BY p, movement, reason, category, sex"

const char _riaya_store_register_movements_sql[] = REGISTER_MOVEMENTS;

void
_riaya_store_set_counts_deferred (RiayaStore *self,
                                  gboolean    deferred)
{
  g_return_if_fail (RIAYA_IS_STORE (self));

  self->counts_deferred = deferred;
}

/* ---- the register, read for counting -------------------------------------- */

gboolean
_riaya_store_register_presence (RiayaStore     *self,
                                const char     *institution_uuid,
                                const char     *on,
                                const char     *except_stay_uuid,
                                RiayaPresence  *presence,
                                GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  memset (presence, 0, sizeof *presence);

  stmt = _riaya_store_prepare (self,
                               "SELECT s.category, r.sex, count (*) FROM stays s"
                               " JOIN residents r ON r.uuid = s.resident_uuid"
                               " WHERE s.institution_uuid = ?1 AND s.admitted_on <= ?2"
                               " AND (s.exited_on IS NULL OR s.exited_on > ?2) AND s.uuid IS NOT ?3"
                               " GROUP BY s.category, r.sex",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, on, -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 3, except_stay_uuid);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaCategory category;
      RiayaSex sex;

      if (riaya_category_from_code (_riaya_store_column_text (stmt, 0), &category) &&
          riaya_sex_from_code (_riaya_store_column_text (stmt, 1), &sex) && sex != RIAYA_SEX_ANY)
        riaya_presence_add (presence, category, sex, (guint) sqlite3_column_int64 (stmt, 2));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_iso_date (const char *text)
{
  return text != NULL && strlen (text) == 10 && riaya_date_parse (text, &(GDate) { 0 }, NULL);
}

/* Full years from @birth to @on, both valid ISO dates: the year
 * difference, less one before the birthday (riaya_resident_age_on). */
static int
age_on (const char *birth,
        const char *on)
{
  int age = atoi (on) - atoi (birth);

  if (strcmp (on + 5, birth + 5) < 0)
    age--;

  return age;
}

/* The day someone born on @birth turns @years: the birthday, or 1 March
 * for a 29 February in a common year (the day the age is reached). */
static void
birthday (const char *birth,
          guint       years,
          IsoDate     out)
{
  int year = atoi (birth) + (int) years;

  if (strcmp (birth + 5, "02-29") == 0 && !g_date_is_leap_year ((GDateYear) year))
    g_snprintf (out, sizeof (IsoDate), "%04d-03-01", year);
  else
    g_snprintf (out, sizeof (IsoDate), "%04d-%s", year, birth + 5);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *ea = a, *eb = b;
  int order = strcmp (ea->date, eb->date);

  /* On one day: admissions, then birthdays, then exits, so that a stay of
   * one day is counted in and out. */
  return order != 0 ? order : (int) ea->kind - (int) eb->kind;
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return strcmp (a, b);
}

static void
add_event (GArray     *events,
           const char *date,
           EventKind   kind,
           guint       band,
           guint       stay)
{
  Event event = { { 0 }, (guint8) kind, (guint8) band, stay };

  g_strlcpy (event.date, date, sizeof event.date);
  g_array_append_val (events, event);
}

static void
add_date (GArray     *dates,
          const char *date)
{
  IsoDate copy;

  g_strlcpy (copy, date, sizeof copy);
  g_array_append_val (dates, copy);
}

/* The first admission to @institution_uuid, or NULL. */
static char *
dup_first_admission (RiayaStore  *self,
                     const char  *institution_uuid,
                     GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, "SELECT min (admitted_on) FROM stays WHERE institution_uuid = ?",
                                             error);
  char *first = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    first = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return first;
}

/* Walks the register of @institution_uuid through time and calls @func on
 * every snapshot date from @from (NULL: the first admission): each date
 * of an admission or exit, and the first of each month up to
 * @months_until. The stays present on @from are counted in first. */
static gboolean
walk_register (RiayaStore    *self,
               const char    *institution_uuid,
               const char    *from,
               const char    *months_until,
               SnapshotFunc   func,
               gpointer       data,
               GError       **error)
{
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (Event));
  g_autoptr(GArray) states = g_array_new (FALSE, FALSE, sizeof (StayState));
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (IsoDate));
  g_autofree char *first_admission = NULL;
  g_autofree Cells *cells = g_new0 (Cells, 1);
  sqlite3_stmt *stmt;
  guint next_event = 0;
  int rc;

  if (from == NULL)
    from = "";

  first_admission = dup_first_admission (self, institution_uuid, error);
  if (first_admission == NULL)
    return TRUE;  /* an empty register: no count at all */

  /* The stays still present on @from or after it. */
  stmt = _riaya_store_prepare (self,
                               "SELECT s.category, r.sex, r.birth_date, s.admitted_on, s.exited_on FROM stays s"
                               " JOIN residents r ON r.uuid = s.resident_uuid WHERE s.institution_uuid = ?1"
                               " AND (s.exited_on IS NULL OR s.exited_on >= ?2)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *birth = _riaya_store_column_text (stmt, 2);
      const char *admitted = _riaya_store_column_text (stmt, 3);
      const char *exited = _riaya_store_column_text (stmt, 4);
      StayState state = { 0 };
      RiayaCategory category;
      RiayaSex sex;
      guint stay = states->len;

      /* What riaya_store_check() reports; counting skips it. */
      if (!riaya_category_from_code (_riaya_store_column_text (stmt, 0), &category) ||
          !riaya_sex_from_code (_riaya_store_column_text (stmt, 1), &sex) || sex == RIAYA_SEX_ANY ||
          !is_iso_date (admitted) || (exited != NULL && !is_iso_date (exited)))
        continue;

      state.category = (guint8) category;
      state.sex = sex == RIAYA_SEX_FEMALE ? 1 : 0;
      g_array_append_val (states, state);

      add_event (events, admitted, EVENT_ADMIT, 0, stay);
      if (exited != NULL)
        add_event (events, exited, EVENT_EXIT, 0, stay);

      if (strcmp (admitted, from) >= 0)
        add_date (dates, admitted);
      if (exited != NULL && strcmp (exited, from) >= 0)
        add_date (dates, exited);

      /* The band on admission, then each birthday that enters the next
       * band while the person is present. */
      if (is_iso_date (birth))
        {
          guint band = riaya_age_band_for_age ((guint) MAX (0, age_on (birth, admitted)));

          g_array_index (states, StayState, stay).band = (guint8) band;
          for (guint b = band; b < G_N_ELEMENTS (band_starts); b++)
            {
              IsoDate day;

              birthday (birth, band_starts[b], day);
              if (exited != NULL && strcmp (day, exited) >= 0)
                break;
              add_event (events, day, EVENT_MOVE, b + 1, stay);
            }
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  /* The first of each month from the first admission. */
  {
    const char *start = strcmp (first_admission, from) > 0 ? first_admission : from;
    int year = atoi (start), month = atoi (start + 5);

    if (strcmp (start + 8, "01") != 0)
      month++;
    for (;; month++)
      {
        IsoDate day;

        if (month > 12)
          {
            month = 1;
            year++;
          }
        g_snprintf (day, sizeof day, "%04d-%02d-01", year, month);
        if (strcmp (day, months_until) > 0)
          break;
        add_date (dates, day);
      }
  }

  g_array_sort (events, compare_events);
  g_array_sort (dates, compare_dates);

  for (guint d = 0; d < dates->len; d++)
    {
      const char *date = g_array_index (dates, IsoDate, d);

      if (d > 0 && strcmp (date, g_array_index (dates, IsoDate, d - 1)) == 0)
        continue;

      for (; next_event < events->len; next_event++)
        {
          Event *event = &g_array_index (events, Event, next_event);
          StayState *state = &g_array_index (states, StayState, event->stay);

          if (strcmp (event->date, date) > 0)
            break;

          switch (event->kind)
            {
            case EVENT_ADMIT:
              (*cells)[state->category][state->sex][state->band]++;
              break;
            case EVENT_MOVE:
              (*cells)[state->category][state->sex][state->band]--;
              state->band = event->band;
              (*cells)[state->category][state->sex][state->band]++;
              break;
            case EVENT_EXIT:
            default:
              (*cells)[state->category][state->sex][state->band]--;
              break;
            }
        }

      if (!func (self, date, cells, data, error))
        return FALSE;
    }

  return TRUE;
}

/* ---- recomputation -------------------------------------------------------- */

static gboolean
write_snapshot (RiayaStore   *self,
                const char   *date,
                const Cells  *cells,
                gpointer      data,
                GError      **error)
{
  const char *institution_uuid = data;
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self,
                               "INSERT INTO resident_counts (institution_uuid, counted_on, source)"
                               " VALUES (?, ?, 'register')",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  if (!_riaya_store_step_done (self, stmt, error))
    return FALSE;

  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (guint s = 0; s < 2; s++)
      for (guint b = 0; b < RIAYA_N_AGE_BANDS; b++)
        {
          if ((*cells)[c][s][b] == 0)
            continue;

          stmt = _riaya_store_prepare (self,
                                       "INSERT INTO resident_count_lines (institution_uuid, counted_on, category,"
                                       " sex, age_band, present) VALUES (?, ?, ?, ?, ?, ?)",
                                       error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, riaya_category_to_code (c), -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, riaya_sex_to_code (s == 1 ? RIAYA_SEX_FEMALE : RIAYA_SEX_MALE), -1,
                             SQLITE_STATIC);
          sqlite3_bind_text (stmt, 5, riaya_age_band_to_code (b), -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 6, (*cells)[c][s][b]);
          if (!_riaya_store_step_done (self, stmt, error))
            return FALSE;
        }

  return TRUE;
}

static char *
dup_month_start (const char *date)
{
  return g_strdup_printf ("%.8s01", date);
}

static gboolean
recompute_one (RiayaStore  *self,
               const char  *institution_uuid,
               const char  *from,
               GError     **error)
{
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *month = dup_month_start (from != NULL ? from : "0000-01-01");

  if (from == NULL)
    from = "";

  /* Whatever counts the institution had from @from (any source) give way
   * to the register's. */
  if (!_riaya_store_run_with_two (self,
                                  "DELETE FROM resident_count_lines WHERE institution_uuid = ? AND counted_on >= ?",
                                  institution_uuid, from, error) ||
      !_riaya_store_run_with_two (self, "DELETE FROM resident_counts WHERE institution_uuid = ? AND counted_on >= ?",
                                  institution_uuid, from, error) ||
      !walk_register (self, institution_uuid, from, today, write_snapshot, (gpointer) institution_uuid, error))
    return FALSE;

  /* Movements, month by month, from the month of @from. */
  return _riaya_store_run_with_two (self,
                                    "DELETE FROM resident_movements WHERE institution_uuid = ? AND period_start >= ?",
                                    institution_uuid, month, error) &&
         _riaya_store_run_with_two (self,
                                    "INSERT INTO resident_movements (period_start, period_end, movement, reason,"
                                    " category, sex, count, institution_uuid, source)"
                                    " SELECT *, ?1, 'register' FROM (" REGISTER_MOVEMENTS ")",
                                    institution_uuid, month, error);
}

gboolean
_riaya_store_recompute_counts (RiayaStore  *self,
                               const char  *institution_uuid,
                               const char  *from_date,
                               GError     **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_riaya_store_require_register (self, error))
    return FALSE;

  if (institution_uuid != NULL)
    g_ptr_array_add (uuids, g_strdup (institution_uuid));
  else
    {
      sqlite3_stmt *stmt = _riaya_store_prepare (self, "SELECT DISTINCT institution_uuid FROM stays", error);

      if (stmt == NULL)
        return FALSE;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (uuids, g_strdup (_riaya_store_column_text (stmt, 0)));
      sqlite3_reset (stmt);
    }

  if (!_riaya_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < uuids->len; i++)
    if (!recompute_one (self, g_ptr_array_index (uuids, i), from_date, error))
      {
        _riaya_store_rollback (self);
        return FALSE;
      }

  return _riaya_store_commit (self, error);
}

gboolean
_riaya_store_register_changed (RiayaStore  *self,
                               const char  *institution_uuid,
                               const char  *from_date,
                               GError     **error)
{
  g_assert (self->transaction_depth > 0);

  if (self->counts_deferred)
    return TRUE;

  return recompute_one (self, institution_uuid, from_date, error);
}

/* ---- consistency ---------------------------------------------------------- */

static gboolean
list_snapshot (RiayaStore   *self,
               const char   *date,
               const Cells  *cells,
               gpointer      data,
               GError      **error)
{
  GPtrArray *lines = data;

  g_ptr_array_add (lines, g_strdup (date));
  for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (guint s = 0; s < 2; s++)
      for (guint b = 0; b < RIAYA_N_AGE_BANDS; b++)
        if ((*cells)[c][s][b] > 0)
          g_ptr_array_add (lines, g_strdup_printf ("%s %s %s %s %u", date, riaya_category_to_code (c),
                                                   riaya_sex_to_code (s == 1 ? RIAYA_SEX_FEMALE : RIAYA_SEX_MALE),
                                                   riaya_age_band_to_code (b), (*cells)[c][s][b]));

  return TRUE;
}

gboolean
_riaya_store_list_register_counts (RiayaStore  *self,
                                   const char  *institution_uuid,
                                   const char  *months_until,
                                   GPtrArray   *lines,
                                   GError     **error)
{
  return walk_register (self, institution_uuid, NULL, months_until != NULL ? months_until : "",
                        list_snapshot, lines, error);
}
