/* riaya-store-registry-cache.c — the histories of the registry, kept in memory
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reports page computes the registry on one date after another as a
 * user types them. On a date before an institution's latest record the
 * registry comes from the histories (riaya-store-institutions-on.c): at
 * national scale 10 ms of SQLite, two thirds of it seeking each
 * institution's latest count, for a compliance report that must be
 * drawn in the frame after the change. Nothing of it depends on the date
 * but the choice of the events, lines and count in force: a store that
 * keeps the histories (riaya_store_set_keep_histories) reads them once,
 * in one snapshot, and then answers any date by walking arrays, with the
 * same rules as the passes over the tables — the events of a day grant
 * first then in the order recorded, the capacity line of the latest
 * date recorded last, the latest count on or before the date.
 *
 * The memory is dropped as soon as the database changed: PRAGMA
 * data_version tells of a commit by any other connection, the
 * connection's own count of changed rows of its own. A change not yet
 * committed is never kept: the histories are read only in a read
 * transaction of their own.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-cache-private.h"
#include "riaya-store-institutions-on-private.h"

/* ISO dates, as the tables hold them (one byte more for a longer text,
 * compared in full). */
#define DATE_SIZE 16

typedef struct
{
  char                  date[DATE_SIZE];
  gint64                rowid;
  RiayaLicenceEventKind kind;
} Event;

typedef struct
{
  char          date[DATE_SIZE];
  gint64        rowid;
  RiayaCategory category;
  RiayaSex      sex;
  guint         places;
} Line;

typedef struct
{
  char          date[DATE_SIZE];
  RiayaPresence present;
  guint         under_six;
} Count;

/* Where each institution's histories start in the arrays below; each
 * runs up to the next one's start. */
typedef struct
{
  guint events;
  guint lines;
  guint counts;
} Start;

/* What a store keeps, attached to it (riaya_store_set_keep_histories). */
typedef struct
{
  gboolean          valid;
  RiayaStoreStamp   stamp;      /* when it was read */
  RiayaVisitsCache *visits;     /* riaya-store-visits-cache.c */
  GPtrArray        *by_licence; /* RiayaInstitutionOn: texts, codes and staff */
  GPtrArray        *by_uuid;    /* the same, borrowed, in UUID order */
  guint            *order;      /* by licence number: each one's position by UUID */
  GArray           *starts;     /* Start, in UUID order, one more at the end */
  GArray           *events;     /* Event, each institution's in the order applied */
  GArray           *lines;      /* Line, each institution's by date, then recorded */
  GArray           *counts;     /* Count, each institution's by date */
} Cache;

G_DEFINE_QUARK (riaya-store-registry-cache, registry_cache)

static void
cache_clear (Cache *cache)
{
  cache->valid = FALSE;
  g_clear_pointer (&cache->by_uuid, g_ptr_array_unref);
  g_clear_pointer (&cache->by_licence, g_ptr_array_unref);
  g_clear_pointer (&cache->order, g_free);
  g_clear_pointer (&cache->starts, g_array_unref);
  g_clear_pointer (&cache->events, g_array_unref);
  g_clear_pointer (&cache->lines, g_array_unref);
  g_clear_pointer (&cache->counts, g_array_unref);
}

static void
cache_free (Cache *cache)
{
  cache_clear (cache);
  g_clear_pointer (&cache->visits, _riaya_visits_cache_free);
  g_free (cache);
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

/* The position in @by_uuid of @uuid, or -1 (a deleted institution's
 * rows); @uuid never comes before the one asked last (*@next). */
static int
seek (GPtrArray  *by_uuid,
      guint      *next,
      const char *uuid)
{
  if (uuid == NULL)
    return -1;

  while (*next < by_uuid->len)
    {
      RiayaInstitutionOn *item = g_ptr_array_index (by_uuid, *next);
      int c = strcmp (item->uuid, uuid);

      if (c == 0)
        return (int) *next;
      if (c > 0)
        return -1;
      (*next)++;
    }

  return -1;
}

/* The counters read in the snapshot: any commit since by another
 * connection changes the first, any row changed by this one the
 * second. */
gboolean
_riaya_store_read_stamp (RiayaStore       *self,
                         RiayaStoreStamp  *stamp,
                         GError          **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, "PRAGMA data_version", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    stamp->data_version = sqlite3_column_int64 (stmt, 0);
  if (!finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;
  stamp->total_changes = sqlite3_total_changes64 (self->db);

  return TRUE;
}

gboolean
_riaya_store_stamp_equal (const RiayaStoreStamp *a,
                          const RiayaStoreStamp *b)
{
  return a->data_version == b->data_version && a->total_changes == b->total_changes;
}

RiayaVisitsCache **
_riaya_store_get_visits_cache (RiayaStore *self)
{
  Cache *cache = g_object_get_qdata (G_OBJECT (self), registry_cache_quark ());

  return cache != NULL ? &cache->visits : NULL;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a;
  const Event *y = b;
  int c = strcmp (x->date, y->date);
  gboolean x_later = x->kind != RIAYA_LICENCE_EVENT_GRANTED;
  gboolean y_later = y->kind != RIAYA_LICENCE_EVENT_GRANTED;

  /* riaya_licence_status_on: of one day, a grant first, then the others
   * in the order they were recorded. */
  if (c != 0)
    return c;
  if (x_later != y_later)
    return x_later - y_later;
  return (x->rowid > y->rowid) - (x->rowid < y->rowid);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const Line *x = a;
  const Line *y = b;
  int c = strcmp (x->date, y->date);

  /* riaya_capacity_lines_on: the latest date wins, and of one date the
   * line recorded last. Applied in this order, the last one applied for
   * each category and sex is that line. */
  if (c != 0)
    return c;
  return (x->rowid > y->rowid) - (x->rowid < y->rowid);
}

/* Reads the rows of @sql (institution UUID first, in UUID order) into
 * @array through @take, which skips what the passes over the tables
 * skip, and records where each institution's start (the member of Start
 * at @start_offset). */
typedef void (*TakeRow) (sqlite3_stmt *stmt,
                         GArray       *array);

static gboolean
read_history (RiayaStore  *self,
              Cache       *cache,
              const char  *sql,
              GArray      *array,
              gsize        start_offset,
              TakeRow      take,
              GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, sql, error);
  guint next = 0;
  int current = -1;
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int position = seek (cache->by_uuid, &next, _riaya_store_column_text (stmt, 0));

      if (position < 0)
        continue;
      /* The institutions between the last one with rows and this one
       * have none: they start here too. */
      for (int p = current + 1; p <= position; p++)
        G_STRUCT_MEMBER (guint, &g_array_index (cache->starts, Start, p), start_offset) = array->len;
      current = position;
      take (stmt, array);
    }
  for (int p = current + 1; p <= (int) cache->by_uuid->len; p++)
    G_STRUCT_MEMBER (guint, &g_array_index (cache->starts, Start, p), start_offset) = array->len;

  return finish (self, stmt, rc, error);
}

static void
take_event (sqlite3_stmt *stmt,
            GArray       *array)
{
  const char *date = _riaya_store_column_text (stmt, 1);
  const char *code = _riaya_store_column_text (stmt, 2);
  Event event = { .rowid = sqlite3_column_int64 (stmt, 3) };

  /* As the pass over the table skips them. */
  if (date == NULL || code == NULL || !riaya_licence_event_kind_from_code (code, &event.kind))
    return;
  g_strlcpy (event.date, date, sizeof event.date);
  g_array_append_val (array, event);
}

static void
take_line (sqlite3_stmt *stmt,
           GArray       *array)
{
  const char *date = _riaya_store_column_text (stmt, 3);
  gint64 places = sqlite3_column_int64 (stmt, 4);
  Line line = { .rowid = sqlite3_column_int64 (stmt, 5) };

  if (date == NULL || places < 0 ||
      !riaya_category_from_code (_riaya_store_column_text (stmt, 1), &line.category) ||
      !riaya_sex_from_code (_riaya_store_column_text (stmt, 2), &line.sex))
    return;
  line.places = (guint) MIN (places, G_MAXUINT);
  g_strlcpy (line.date, date, sizeof line.date);
  g_array_append_val (array, line);
}

static void
take_count (sqlite3_stmt *stmt,
            GArray       *array)
{
  const char *date = _riaya_store_column_text (stmt, 1);
  Count count = { 0 };

  if (date == NULL)
    return;
  g_strlcpy (count.date, date, sizeof count.date);
  for (int c = 0; c < RIAYA_N_CATEGORIES; c++)
    for (int s = 0; s < 2; s++)
      count.present.present[c][s] = (guint) MAX (0, sqlite3_column_int64 (stmt, 2 + 2 * c + s));
  g_array_append_val (array, count);
}

/* The persons under six of each count: the lines of the youngest band,
 * summed per count in one pass (rather than a query per count), walked
 * alongside the counts, both in the order of their keys. */
static gboolean
read_under_six (RiayaStore  *self,
                Cache       *cache,
                GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                             "SELECT institution_uuid, counted_on, sum (present)"
                                             " FROM resident_count_lines WHERE age_band = '0-5'"
                                             " GROUP BY institution_uuid, counted_on"
                                             " ORDER BY institution_uuid, counted_on",
                                             error);
  guint next = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int position = seek (cache->by_uuid, &next, _riaya_store_column_text (stmt, 0));
      const char *date = _riaya_store_column_text (stmt, 1);
      const Start *start, *end;

      if (position < 0 || date == NULL)
        continue;
      start = &g_array_index (cache->starts, Start, position);
      end = &g_array_index (cache->starts, Start, position + 1);
      for (guint i = start->counts; i < end->counts; i++)
        {
          Count *count = &g_array_index (cache->counts, Count, i);

          if (strcmp (count->date, date) == 0)
            {
              count->under_six = (guint) CLAMP (sqlite3_column_int64 (stmt, 2), 0, G_MAXUINT);
              break;
            }
        }
    }

  return finish (self, stmt, rc, error);
}

/* Reads everything, in the caller's read transaction (one snapshot). */
static gboolean
cache_fill (RiayaStore  *self,
            Cache       *cache,
            GError     **error)
{
  cache_clear (cache);
  cache->by_licence = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_institution_on_free);
  cache->starts = g_array_new (FALSE, TRUE, sizeof (Start));
  cache->events = g_array_new (FALSE, FALSE, sizeof (Event));
  cache->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  cache->counts = g_array_new (FALSE, FALSE, sizeof (Count));

  if (!_riaya_store_read_stamp (self, &cache->stamp, error) ||
      !_riaya_store_load_institution_rows (self, cache->by_licence, error))
    return FALSE;

  cache->by_uuid = g_ptr_array_copy (cache->by_licence, NULL, NULL);
  g_ptr_array_set_free_func (cache->by_uuid, NULL);
  g_ptr_array_sort (cache->by_uuid, _riaya_institution_on_compare_uuids);
  g_ptr_array_sort (cache->by_licence, _riaya_institution_on_compare_licences);
  g_array_set_size (cache->starts, cache->by_uuid->len + 1);
  {
    g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);

    for (guint i = 0; i < cache->by_uuid->len; i++)
      g_hash_table_insert (positions, g_ptr_array_index (cache->by_uuid, i), GUINT_TO_POINTER (i));
    cache->order = g_new (guint, MAX (cache->by_licence->len, 1));
    for (guint i = 0; i < cache->by_licence->len; i++)
      cache->order[i] = GPOINTER_TO_UINT (g_hash_table_lookup (positions, g_ptr_array_index (cache->by_licence, i)));
  }

  if (!_riaya_store_load_institution_staff (self, cache->by_uuid, error) ||
      !read_history (self, cache,
                     "SELECT institution_uuid, date, kind, rowid FROM licence_events"
                     " ORDER BY institution_uuid, date",
                     cache->events, G_STRUCT_OFFSET (Start, events), take_event, error) ||
      !read_history (self, cache,
                     "SELECT institution_uuid, category, sex, effective_date, places, rowid"
                     " FROM capacity_lines ORDER BY institution_uuid, category, sex, effective_date",
                     cache->lines, G_STRUCT_OFFSET (Start, lines), take_line, error) ||
      !read_history (self, cache,
                     "SELECT institution_uuid, counted_on, p_abandoned_child_m, p_abandoned_child_f,"
                     " p_child_m, p_child_f, p_pupil_m, p_pupil_f, p_disabled_m, p_disabled_f,"
                     " p_homeless_m, p_homeless_f, p_woman_m, p_woman_f, p_elderly_m, p_elderly_f"
                     " FROM resident_counts ORDER BY institution_uuid, counted_on",
                     cache->counts, G_STRUCT_OFFSET (Start, counts), take_count, error) ||
      !read_under_six (self, cache, error))
    {
      cache_clear (cache);
      return FALSE;
    }

  /* Each institution's events and lines in the order they apply. */
  for (guint i = 0; i < cache->by_uuid->len; i++)
    {
      const Start *start = &g_array_index (cache->starts, Start, i);
      const Start *end = start + 1;

      if (end->events - start->events > 1)
        qsort (&g_array_index (cache->events, Event, start->events), end->events - start->events,
               sizeof (Event), compare_events);
      if (end->lines - start->lines > 1)
        qsort (&g_array_index (cache->lines, Line, start->lines), end->lines - start->lines,
               sizeof (Line), compare_lines);
    }

  cache->valid = TRUE;
  return TRUE;
}

/* The record of the institution at @position (UUID order) on @on. */
static RiayaInstitutionOn *
item_on (Cache      *cache,
         guint       position,
         const char *on)
{
  RiayaInstitutionOn *item = _riaya_institution_on_copy (g_ptr_array_index (cache->by_uuid, position));
  const Start *start = &g_array_index (cache->starts, Start, position);
  const Start *end = start + 1;
  guint low, high;

  item->status = RIAYA_LICENCE_STATUS_NONE;
  for (guint i = start->events; i < end->events; i++)
    {
      const Event *event = &g_array_index (cache->events, Event, i);

      if (strcmp (event->date, on) > 0)
        break;
      item->status = riaya_licence_status_after (item->status, event->kind);
    }

  memset (item->places, 0, sizeof item->places);
  for (guint i = start->lines; i < end->lines; i++)
    {
      const Line *line = &g_array_index (cache->lines, Line, i);

      if (strcmp (line->date, on) > 0)
        break;
      item->places[line->category][line->sex] = line->places;
    }

  /* The latest count on or before @on: the first count after it, less
   * one. */
  low = start->counts;
  high = end->counts;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (strcmp (g_array_index (cache->counts, Count, middle).date, on) <= 0)
        low = middle + 1;
      else
        high = middle;
    }
  item->counted = low > start->counts;
  memset (&item->present, 0, sizeof item->present);
  item->under_six = 0;
  if (item->counted)
    {
      const Count *count = &g_array_index (cache->counts, Count, low - 1);

      item->present = count->present;
      item->under_six = count->under_six;
    }

  return item;
}

gboolean
_riaya_store_registry_cache_list (RiayaStore  *self,
                                  const char  *on,
                                  gboolean     own_transaction,
                                  GPtrArray   *items,
                                  gboolean    *read,
                                  GError     **error)
{
  Cache *cache = g_object_get_qdata (G_OBJECT (self), registry_cache_quark ());
  RiayaStoreStamp stamp;

  /* Tests that compare the registry kept with its histories ask for the
   * histories themselves. */
  if (cache == NULL || !own_transaction || self->registry_now_ignored)
    return FALSE;

  *read = FALSE;
  if (!cache->valid)
    return FALSE;
  if (!_riaya_store_read_stamp (self, &stamp, error))
    return TRUE;
  /* Out of date: the database answers this time, as quickly as without
   * the histories; riaya_store_warm_histories() reads them again. */
  if (!_riaya_store_stamp_equal (&stamp, &cache->stamp))
    {
      cache_clear (cache);
      return FALSE;
    }

  /* In licence number order, as the database gives them. */
  for (guint i = 0; i < cache->by_licence->len; i++)
    g_ptr_array_add (items, item_on (cache, cache->order[i], on));

  *read = TRUE;
  return TRUE;
}

gboolean
riaya_store_warm_histories (RiayaStore  *self,
                            GError     **error)
{
  Cache *cache;
  RiayaStoreStamp stamp;
  gboolean own_transaction;
  gboolean ok = TRUE;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cache = g_object_get_qdata (G_OBJECT (self), registry_cache_quark ());
  /* Only in a read transaction of its own: a change of this connection
   * not yet committed is never kept. */
  if (cache == NULL || !sqlite3_get_autocommit (self->db))
    return TRUE;

  if (!_riaya_store_begin_read (self, &own_transaction, error))
    return FALSE;
  if (cache->valid)
    {
      ok = _riaya_store_read_stamp (self, &stamp, error);
      if (ok && !_riaya_store_stamp_equal (&stamp, &cache->stamp))
        cache_clear (cache);
    }
  if (ok && !cache->valid)
    ok = cache_fill (self, cache, error);
  _riaya_store_end_read (self, own_transaction);

  /* The visits where compliance reads them: on the sibling, the second
   * connection of its second thread, once it has one. */
  if (ok && self->sibling != NULL && riaya_store_get_keep_histories (self->sibling))
    ok = _riaya_store_visits_cache_warm (self->sibling, error);

  return ok;
}

gboolean
riaya_store_histories_are_warm (RiayaStore *self)
{
  Cache *cache;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);

  cache = g_object_get_qdata (G_OBJECT (self), registry_cache_quark ());
  if (cache == NULL || !cache->valid)
    return FALSE;
  /* And the visits, where compliance reads them. */
  if (self->sibling != NULL)
    {
      RiayaVisitsCache **visits = _riaya_store_get_visits_cache (self->sibling);

      if (visits != NULL && *visits == NULL)
        return FALSE;
    }
  return TRUE;
}

gboolean
riaya_store_get_keep_histories (RiayaStore *self)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);

  return g_object_get_qdata (G_OBJECT (self), registry_cache_quark ()) != NULL;
}

void
riaya_store_set_keep_histories (RiayaStore *self,
                                gboolean    keep)
{
  g_return_if_fail (RIAYA_IS_STORE (self));

  if (!keep)
    g_object_set_qdata (G_OBJECT (self), registry_cache_quark (), NULL);
  else if (g_object_get_qdata (G_OBJECT (self), registry_cache_quark ()) == NULL)
    g_object_set_qdata_full (G_OBJECT (self), registry_cache_quark (), g_new0 (Cache, 1),
                             (GDestroyNotify) cache_free);
}
