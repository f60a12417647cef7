/* riaya-store-counts-recompute.c — counts computed from the register
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a director's database the counts are computed from the register, in
 * the transaction of each change to it: a snapshot on every date where
 * presence changes and on the first of every month (age bands move with
 * birthdays), from the earliest date the change touches — a change today
 * rewrites today's snapshot, not five years — and written over the stored
 * ones where they differ (riaya-store-counts-rewrite.c). The same walk
 * through the register gives riaya_store_check() what the counts should
 * be.
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

/* Called for each snapshot date in order, with the people present then. */
typedef gboolean (*SnapshotFunc) (RiayaStore                *self,
                                  const char                *date,
                                  const RiayaRegisterCells  *cells,
                                  gpointer                   data,
                                  GError                   **error);

/* The lowest age of each band after the first (riaya_age_band_for_age). */
static const guint band_starts[] = { 6, 12, 18, 25, 60, 75 };

G_STATIC_ASSERT (G_N_ELEMENTS (band_starts) == RIAYA_N_AGE_BANDS - 1);

/* Shared with riaya_store_check(). */
const char _riaya_store_register_movements_sql[] = RIAYA_STORE_REGISTER_MOVEMENTS_SQL;

void
_riaya_store_set_counts_deferred (RiayaStore *self,
                                  gboolean    deferred)
{
  g_return_if_fail (RIAYA_IS_STORE (self));

  self->counts_deferred = deferred;
}

/* ---- the register, walked through time ------------------------------------ */

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

/* Adds one to the movements of the month of @date (a valid ISO date), as
 * RIAYA_STORE_REGISTER_MOVEMENTS_SQL groups them. */
static void
add_movement (GHashTable *movements,
              const char *date,
              const char *movement,
              const char *reason,
              const char *category,
              const char *sex)
{
  int year = atoi (date), month = atoi (date + 5);
  char key[256];
  guint *count;

  if (reason == NULL || category == NULL || sex == NULL)
    return;

  /* Codes are short: a longer key is a damaged row, left to
   * riaya_store_check(). */
  if (g_snprintf (key, sizeof key, "%04d-%02d-01\n%04d-%02d-%02d\n%s\n%s\n%s\n%s", year, month, year, month,
                  g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year),
                  movement, reason, category, sex) >= (int) sizeof key)
    return;

  count = g_hash_table_lookup (movements, key);
  if (count == NULL)
    {
      count = g_new0 (guint, 1);
      g_hash_table_insert (movements, g_strdup (key), count);
    }
  (*count)++;
}

/* Walks the register of @institution_uuid through time and calls @func on
 * every snapshot date from @from (NULL: the first admission): each date
 * of an admission or exit, and the first of each month up to
 * @months_until. The stays present on @from are counted in first.
 *
 * With @movements, it also counts in it the admissions and exits from
 * @movements_from (the first of a month, not after @from) as
 * RIAYA_STORE_REGISTER_MOVEMENTS_SQL does, keyed by the text of their row
 * (period start and end, movement, reason, category, sex, joined by
 * newlines): one reading of the register for both. */
static gboolean
walk_register (RiayaStore    *self,
               const char    *institution_uuid,
               const char    *from,
               const char    *months_until,
               SnapshotFunc   func,
               gpointer       data,
               const char    *movements_from,
               GHashTable    *movements,
               GError       **error)
{
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (Event));
  g_autoptr(GArray) states = g_array_new (FALSE, FALSE, sizeof (StayState));
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (IsoDate));
  g_autofree char *first_admission = NULL;
  g_autofree RiayaRegisterCells *cells = g_new0 (RiayaRegisterCells, 1);
  const char *bound;
  sqlite3_stmt *stmt;
  guint next_event = 0;
  int rc;

  if (from == NULL)
    from = "";
  bound = from;

  first_admission = dup_first_admission (self, institution_uuid, error);
  if (first_admission == NULL)
    return TRUE;  /* an empty register: no count at all */

  /* The stays still present on @from or after it (or gone since the
   * first day of the movements: their admission and exit both come
   * before the first snapshot, and count for nothing there). */
  if (movements != NULL && strcmp (movements_from, from) < 0)
    bound = movements_from;
  stmt = _riaya_store_prepare (self,
                               "SELECT s.category, r.sex, r.birth_date, s.admitted_on, s.exited_on, s.referral,"
                               " s.exit_reason FROM stays s"
                               " JOIN residents r ON r.uuid = s.resident_uuid WHERE s.institution_uuid = ?1"
                               " AND (s.exited_on IS NULL OR s.exited_on >= ?2)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, bound, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *birth = _riaya_store_column_text (stmt, 2);
      const char *admitted = _riaya_store_column_text (stmt, 3);
      const char *exited = _riaya_store_column_text (stmt, 4);
      StayState state = { 0 };
      RiayaCategory category;
      RiayaSex sex;
      guint stay = states->len;

      /* Movements group the codes as they are; a date that is not one
       * has no month (riaya_store_check() reports it). */
      if (movements != NULL)
        {
          const char *category_code = _riaya_store_column_text (stmt, 0);
          const char *sex_code = _riaya_store_column_text (stmt, 1);

          if (is_iso_date (admitted) && strcmp (admitted, movements_from) >= 0)
            add_movement (movements, admitted, "admission", _riaya_store_column_text (stmt, 5), category_code,
                          sex_code);
          if (exited != NULL && is_iso_date (exited) && strcmp (exited, movements_from) >= 0)
            add_movement (movements, exited, "exit", _riaya_store_column_text (stmt, 6), category_code, sex_code);
        }

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
rewrite_snapshot (RiayaStore                *self,
                  const char                *date,
                  const RiayaRegisterCells  *cells,
                  gpointer                   data,
                  GError                   **error)
{
  return _riaya_counts_rewrite_snapshot (data, date, cells, error);
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
  g_autoptr(RiayaCountsRewrite) rewrite = NULL;
  g_autoptr(GHashTable) movements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (from == NULL)
    from = "";

  /* Whatever counts the institution had from @from (any source) give way
   * to the register's, rewritten where they differ. */
  rewrite = _riaya_counts_rewrite_new (self, institution_uuid, from, error);
  if (rewrite == NULL ||
      !walk_register (self, institution_uuid, from, today, rewrite_snapshot, rewrite, month, movements, error) ||
      !_riaya_counts_rewrite_finish (rewrite, error))
    return FALSE;

  /* Movements, month by month, from the month of @from. */
  return _riaya_store_rewrite_movements (self, institution_uuid, month, movements, error);
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
list_snapshot (RiayaStore                *self,
               const char                *date,
               const RiayaRegisterCells  *cells,
               gpointer                   data,
               GError                   **error)
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
                        list_snapshot, lines, NULL, NULL, error);
}
