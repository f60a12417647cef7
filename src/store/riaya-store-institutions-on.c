/* riaya-store-institutions-on.c — the registry as it stood on a date
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The institutions and, beside each, its state after its latest record
 * (institution_now, 0006-registry-now.sql): for a date on or after that
 * record — today, nearly always — that is the state on the date, read
 * with the row. The others are computed from their histories by passes
 * over each table, in the order of an index that holds every column
 * read, and no object: at ten times the national registry (13,100
 * institutions) the compliance report has 100 ms for everything, and
 * these passes alone took 250 ms of instructions for all of them. What
 * the institutions' own load skips — an unknown code, a negative count —
 * this skips too (riaya_store_check() names the row).
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "riaya-store-cache-private.h"
#include "riaya-store-institutions-on-private.h"
#include "riaya-store-residents.h"

void
riaya_institution_on_free (RiayaInstitutionOn *item)
{
  /* Its strings live in the same block (new_item). */
  g_free (item);
}

const char *
riaya_institution_on_get_display_name (const RiayaInstitutionOn *item)
{
  const char *ar, *fr;

  g_return_val_if_fail (item != NULL, NULL);

  ar = item->name_ar;
  fr = item->name_fr;
  if (g_str_equal (riaya_interface_language (), "ar"))
    return ar ? ar : (fr ? fr : "");

  return fr ? fr : (ar ? ar : "");
}

/* The texts of a row that a record keeps, in the order of STRINGS. */
enum
{
  TEXT_UUID,
  TEXT_LICENCE_NUMBER,
  TEXT_LICENCE_DATE,
  TEXT_NAME_AR,
  TEXT_NAME_FR,
  TEXT_PROVINCE_CODE,
  TEXT_DIRECTOR,
  N_TEXTS
};

/* One record and its strings in one block: thirteen thousand records
 * of seven strings each were a hundred thousand allocations to make and
 * free. An empty text is kept as NULL, as the objects keep it
 * (riaya_institution_set_*). */
static RiayaInstitutionOn *
new_item (const char *texts[N_TEXTS])
{
  gsize lengths[N_TEXTS];
  gsize size = sizeof (RiayaInstitutionOn);
  RiayaInstitutionOn *item;
  char **fields[N_TEXTS];
  char *tail;

  for (guint i = 0; i < N_TEXTS; i++)
    {
      lengths[i] = texts[i] != NULL && *texts[i] != '\0' ? strlen (texts[i]) + 1 : 0;
      size += lengths[i];
    }

  item = g_malloc0 (size);
  fields[TEXT_UUID] = &item->uuid;
  fields[TEXT_LICENCE_NUMBER] = &item->licence_number;
  fields[TEXT_LICENCE_DATE] = &item->licence_date;
  fields[TEXT_NAME_AR] = &item->name_ar;
  fields[TEXT_NAME_FR] = &item->name_fr;
  fields[TEXT_PROVINCE_CODE] = &item->province_code;
  fields[TEXT_DIRECTOR] = &item->director;

  tail = (char *) (item + 1);
  for (guint i = 0; i < N_TEXTS; i++)
    if (lengths[i] > 0)
      {
        memcpy (tail, texts[i], lengths[i]);
        *fields[i] = tail;
        tail += lengths[i];
      }

  return item;
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

/* The passes below read their rows in institution UUID order, the order
 * of their indexes: a cursor walks the records sorted the same way
 * alongside, with no hashing (which took a sixth of the time). */
typedef struct
{
  GPtrArray *by_uuid; /* RiayaInstitutionOn, UUID order */
  guint      next;
} Cursor;

int
_riaya_institution_on_compare_uuids (gconstpointer a,
                                     gconstpointer b)
{
  const RiayaInstitutionOn *x = *(const RiayaInstitutionOn * const *) a;
  const RiayaInstitutionOn *y = *(const RiayaInstitutionOn * const *) b;

  return strcmp (x->uuid, y->uuid);
}

int
_riaya_institution_on_compare_licences (gconstpointer a,
                                        gconstpointer b)
{
  const RiayaInstitutionOn *x = *(const RiayaInstitutionOn * const *) a;
  const RiayaInstitutionOn *y = *(const RiayaInstitutionOn * const *) b;
  int c = g_strcmp0 (x->licence_number, y->licence_number);

  return c != 0 ? c : strcmp (x->uuid, y->uuid);
}

/* The record of @uuid, or NULL (a deleted institution's rows); @uuid
 * never comes before the one asked last. */
static RiayaInstitutionOn *
seek (Cursor     *cursor,
      const char *uuid)
{
  if (uuid == NULL)
    return NULL;

  while (cursor->next < cursor->by_uuid->len)
    {
      RiayaInstitutionOn *item = g_ptr_array_index (cursor->by_uuid, cursor->next);
      int c = strcmp (item->uuid, uuid);

      if (c == 0)
        return item;
      if (c > 0)
        return NULL;
      cursor->next++;
    }

  return NULL;
}

/* The state before any history is read: no licence, no places, no
 * staff, nobody counted. */
static void
clear_state (RiayaInstitutionOn *item)
{
  item->status = RIAYA_LICENCE_STATUS_NONE;
  memset (item->places, 0, sizeof item->places);
  memset (item->staff, 0, sizeof item->staff);
  item->counted = FALSE;
  memset (&item->present, 0, sizeof item->present);
  item->under_six = 0;
}

RiayaInstitutionOn *
_riaya_institution_on_new_bare (const char *uuid)
{
  const char *texts[N_TEXTS] = { [TEXT_UUID] = uuid };
  RiayaInstitutionOn *item = new_item (texts);

  clear_state (item);
  return item;
}

RiayaInstitutionOn *
_riaya_institution_on_copy (const RiayaInstitutionOn *item)
{
  const char *texts[N_TEXTS] = {
    [TEXT_UUID] = item->uuid,
    [TEXT_LICENCE_NUMBER] = item->licence_number,
    [TEXT_LICENCE_DATE] = item->licence_date,
    [TEXT_NAME_AR] = item->name_ar,
    [TEXT_NAME_FR] = item->name_fr,
    [TEXT_PROVINCE_CODE] = item->province_code,
    [TEXT_DIRECTOR] = item->director,
  };
  RiayaInstitutionOn *copy = new_item (texts);
  RiayaInstitutionOn strings = *copy;

  /* Everything but the strings, which point into the copy's own block. */
  *copy = *item;
  copy->uuid = strings.uuid;
  copy->licence_number = strings.licence_number;
  copy->licence_date = strings.licence_date;
  copy->name_ar = strings.name_ar;
  copy->name_fr = strings.name_fr;
  copy->province_code = strings.province_code;
  copy->director = strings.director;

  return copy;
}

/* Reads @count numbers separated by commas, as institution_now keeps
 * them; FALSE for anything else (the histories then decide). */
static gboolean
parse_numbers (const char *text,
               guint      *numbers,
               guint       count)
{
  const unsigned char *p = (const unsigned char *) text;

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < count; i++)
    {
      const unsigned char *start = p;
      guint value = 0;

      /* Nine digits at most: no count or place comes near a billion. */
      while ((guint) (*p - '0') < 10 && p - start < 9)
        value = value * 10 + (guint) (*p++ - '0');
      if (p == start)
        return FALSE;
      numbers[i] = value;
      if (*p != (i + 1 < count ? ',' : '\0'))
        return FALSE;
      p++;
    }

  return TRUE;
}

/* Takes the state kept in institution_now (the row of load_now's
 * query) when it holds on @on. */
static gboolean
take_state_now (RiayaStore         *self,
                RiayaInstitutionOn *item,
                sqlite3_stmt       *stmt,
                const char         *on)
{
  const char *valid_from = _riaya_store_column_text (stmt, 2);
  const char *status = _riaya_store_column_text (stmt, 3);

  if (sqlite3_column_int (stmt, 1) != 0)
    return FALSE;
  if (valid_from != NULL && strcmp (valid_from, on) > 0)
    return FALSE;

  if (status == NULL || !riaya_licence_status_from_code (status, &item->status) ||
      !parse_numbers (_riaya_store_column_text (stmt, 4), &item->places[0][0],
                      RIAYA_N_CATEGORIES * RIAYA_N_SEXES) ||
      !parse_numbers (_riaya_store_column_text (stmt, 5), item->staff, RIAYA_N_STAFF_ROLES))
    return FALSE;

  item->counted = sqlite3_column_type (stmt, 6) != SQLITE_NULL;
  if (item->counted &&
      !parse_numbers (_riaya_store_column_text (stmt, 6), &item->present.present[0][0],
                      G_N_ELEMENTS (item->present.present) * G_N_ELEMENTS (item->present.present[0])))
    return FALSE;
  item->under_six = (guint) CLAMP (sqlite3_column_int64 (stmt, 7), 0, G_MAXUINT);

  return TRUE;
}

/* The institutions not deleted into @items. */
gboolean
_riaya_store_load_institution_rows (RiayaStore  *self,
                                    GPtrArray   *items,
                                    GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _riaya_store_prepare (self,
                               "SELECT uuid, licence_number, licence_date, legal_basis, type, name_ar,"
                               " name_fr, province_code, director FROM institutions"
                               " WHERE deleted_at IS NULL",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitutionOn *item;
      const char *basis = _riaya_store_column_text (stmt, 3);
      const char *type = _riaya_store_column_text (stmt, 4);
      const char *texts[N_TEXTS] = {
        [TEXT_UUID] = _riaya_store_column_text (stmt, 0),
        [TEXT_LICENCE_NUMBER] = _riaya_store_column_text (stmt, 1),
        [TEXT_LICENCE_DATE] = _riaya_store_column_text (stmt, 2),
        [TEXT_NAME_AR] = _riaya_store_column_text (stmt, 5),
        [TEXT_NAME_FR] = _riaya_store_column_text (stmt, 6),
        [TEXT_PROVINCE_CODE] = _riaya_store_column_text (stmt, 7),
        [TEXT_DIRECTOR] = _riaya_store_column_text (stmt, 8),
      };

      /* The primary key: never empty but in a damaged file. */
      if (texts[TEXT_UUID] == NULL || *texts[TEXT_UUID] == '\0')
        continue;

      item = new_item (texts);
      clear_state (item);
      /* An unknown code keeps the objects' default. */
      if (basis == NULL || !riaya_legal_basis_from_code (basis, &item->legal_basis))
        item->legal_basis = RIAYA_LEGAL_BASIS_14_05;
      if (type == NULL || !riaya_institution_type_from_code (type, &item->type))
        item->type = RIAYA_INSTITUTION_TYPE_KAFALA;

      g_ptr_array_add (items, item);
    }

  return finish (self, stmt, rc, error);
}

/* The state kept for each of @by_uuid (sorted by UUID) that holds on
 * @on; the others go into @from_histories. One pass over
 * institution_now in the order of its key, alongside: joining it to each
 * institution instead cost twice as much. */
static gboolean
load_now (RiayaStore  *self,
          GPtrArray   *by_uuid,
          const char  *on,
          GPtrArray   *from_histories,
          GError     **error)
{
  g_autofree gboolean *taken = g_new0 (gboolean, by_uuid->len + 1);
  Cursor cursor = { by_uuid, 0 };
  sqlite3_stmt *stmt;
  int rc = SQLITE_DONE;

  if (!self->registry_now_ignored)
    {
      stmt = _riaya_store_prepare (self,
                                   "SELECT institution_uuid, stale, valid_from, status, places, staff, present, under_six"
                                   " FROM institution_now ORDER BY institution_uuid",
                                   error);
      if (stmt == NULL)
        return FALSE;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          RiayaInstitutionOn *item = seek (&cursor, _riaya_store_column_text (stmt, 0));

          if (item == NULL)
            continue;
          taken[cursor.next] = take_state_now (self, item, stmt, on);
          if (!taken[cursor.next])
            clear_state (item);
        }
      if (!finish (self, stmt, rc, error))
        return FALSE;
    }

  for (guint i = 0; i < by_uuid->len; i++)
    if (!taken[i])
      g_ptr_array_add (from_histories, g_ptr_array_index (by_uuid, i));

  return TRUE;
}

/* An event of one day, held until the day is complete. */
typedef struct
{
  RiayaLicenceEventKind kind;
  gint64                rowid;
} DayEvent;

static int
compare_day_events (gconstpointer a,
                    gconstpointer b)
{
  const DayEvent *x = a;
  const DayEvent *y = b;
  gboolean x_later = x->kind != RIAYA_LICENCE_EVENT_GRANTED;
  gboolean y_later = y->kind != RIAYA_LICENCE_EVENT_GRANTED;

  if (x_later != y_later)
    return x_later - y_later;
  return (x->rowid > y->rowid) - (x->rowid < y->rowid);
}

/* Applies the events of one day to @item: a grant first, then the others
 * in the order they were recorded (riaya_licence_status_on). */
static void
apply_day (RiayaInstitutionOn *item,
           GArray             *day)
{
  if (item == NULL)
    return;
  if (day->len > 1)
    g_array_sort (day, compare_day_events);
  for (guint i = 0; i < day->len; i++)
    item->status = riaya_licence_status_after (item->status, g_array_index (day, DayEvent, i).kind);
}

/* The licence's state machine over the events up to @on, in date order.
 * The rows come in the order of the index licence_events_by_date, day by
 * day within each institution. */
static gboolean
load_status (RiayaStore  *self,
             GPtrArray   *by_uuid,
             const char  *on,
             const char  *only,
             GError     **error)
{
  Cursor cursor = { by_uuid, 0 };
  g_autoptr(GArray) day = g_array_new (FALSE, FALSE, sizeof (DayEvent));
  RiayaInstitutionOn *day_item = NULL;
  char day_date[16] = "";
  sqlite3_stmt *stmt;
  int rc;

  if (only == NULL)
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid, date, kind, rowid FROM licence_events WHERE date <= ?1"
                                 " ORDER BY institution_uuid, date",
                                 error);
  else
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid, date, kind, rowid FROM licence_events"
                                 " WHERE institution_uuid = ?2 AND date <= ?1 ORDER BY date",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, on, -1, SQLITE_TRANSIENT);
  if (only != NULL)
    sqlite3_bind_text (stmt, 2, only, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitutionOn *item = seek (&cursor, _riaya_store_column_text (stmt, 0));
      const char *date = _riaya_store_column_text (stmt, 1);
      const char *code = _riaya_store_column_text (stmt, 2);
      DayEvent event = { 0, sqlite3_column_int64 (stmt, 3) };

      if (item == NULL || date == NULL || code == NULL || !riaya_licence_event_kind_from_code (code, &event.kind))
        continue;

      if (item != day_item || strcmp (date, day_date) != 0)
        {
          apply_day (day_item, day);
          g_array_set_size (day, 0);
          day_item = item;
          g_strlcpy (day_date, date, sizeof day_date);
        }
      g_array_append_val (day, event);
    }
  apply_day (day_item, day);

  return finish (self, stmt, rc, error);
}

/* For each category and sex, the line with the latest effective date on
 * or before @on holds, and of two lines of that date the one recorded
 * last (riaya_capacity_lines_on). The rows come in the order of the index
 * capacity_lines_by_date, date by date within each group. */
static gboolean
load_places (RiayaStore  *self,
             GPtrArray   *by_uuid,
             const char  *on,
             const char  *only,
             GError     **error)
{
  Cursor cursor = { by_uuid, 0 };
  RiayaInstitutionOn *held_item = NULL;
  int held_category = -1, held_sex = -1;
  char held_date[16] = "";
  gint64 held_rowid = -1;
  sqlite3_stmt *stmt;
  int rc;

  if (only == NULL)
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid, category, sex, effective_date, places, rowid"
                                 " FROM capacity_lines WHERE effective_date <= ?1"
                                 " ORDER BY institution_uuid, category, sex, effective_date",
                                 error);
  else
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid, category, sex, effective_date, places, rowid"
                                 " FROM capacity_lines WHERE institution_uuid = ?2 AND effective_date <= ?1"
                                 " ORDER BY category, sex, effective_date",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, on, -1, SQLITE_TRANSIENT);
  if (only != NULL)
    sqlite3_bind_text (stmt, 2, only, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitutionOn *item = seek (&cursor, _riaya_store_column_text (stmt, 0));
      const char *date = _riaya_store_column_text (stmt, 3);
      gint64 places = sqlite3_column_int64 (stmt, 4);
      gint64 rowid = sqlite3_column_int64 (stmt, 5);
      RiayaCategory category;
      RiayaSex sex;
      gboolean same_date;

      if (item == NULL || date == NULL || places < 0 ||
          !riaya_category_from_code (_riaya_store_column_text (stmt, 1), &category) ||
          !riaya_sex_from_code (_riaya_store_column_text (stmt, 2), &sex))
        continue;

      same_date = item == held_item && (int) category == held_category && (int) sex == held_sex &&
                  strcmp (date, held_date) == 0;
      /* Of one day, the line recorded last. */
      if (same_date && rowid < held_rowid)
        continue;

      item->places[category][sex] = (guint) MIN (places, G_MAXUINT);
      held_item = item;
      held_category = (int) category;
      held_sex = (int) sex;
      g_strlcpy (held_date, date, sizeof held_date);
      held_rowid = rowid;
    }

  return finish (self, stmt, rc, error);
}

static gboolean
load_staff (RiayaStore  *self,
            GPtrArray   *by_uuid,
            const char  *only,
            GError     **error)
{
  Cursor cursor = { by_uuid, 0 };
  sqlite3_stmt *stmt;
  int rc;

  /* In the order of its primary key. */
  if (only == NULL)
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid, role, count FROM institution_staff ORDER BY institution_uuid",
                                 error);
  else
    stmt = _riaya_store_prepare (self,
                                 "SELECT institution_uuid, role, count FROM institution_staff WHERE institution_uuid = ?1",
                                 error);
  if (stmt == NULL)
    return FALSE;
  if (only != NULL)
    sqlite3_bind_text (stmt, 1, only, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitutionOn *item = seek (&cursor, _riaya_store_column_text (stmt, 0));
      const char *code = _riaya_store_column_text (stmt, 1);
      RiayaStaffRole role;

      if (item != NULL && code != NULL && riaya_staff_role_from_code (code, &role))
        item->staff[role] = (guint) CLAMP (sqlite3_column_int64 (stmt, 2), 0, G_MAXUINT);
    }

  return finish (self, stmt, rc, error);
}

gboolean
_riaya_store_load_institution_staff (RiayaStore  *self,
                                     GPtrArray   *by_uuid,
                                     GError     **error)
{
  return load_staff (self, by_uuid, NULL, error);
}

/* The people present on @on in each of @by_uuid, and those under six:
 * one seek each for a few, the whole tables' latest counts for many. */
static gboolean
load_presence (RiayaStore  *self,
               GPtrArray   *by_uuid,
               const char  *on,
               const char  *only,
               gboolean     under_six,
               GError     **error)
{
  g_autoptr(GHashTable) presence = _riaya_store_presence_on_full (self, on, only, under_six, error);

  if (presence == NULL)
    return FALSE;

  for (guint i = 0; i < by_uuid->len; i++)
    {
      RiayaInstitutionOn *item = g_ptr_array_index (by_uuid, i);
      const RiayaStorePresent *present = g_hash_table_lookup (presence, item->uuid);

      item->counted = present != NULL;
      item->under_six = 0;
      if (present != NULL)
        {
          item->present = present->presence;
          item->under_six = present->under_six;
        }
    }

  return TRUE;
}

/* Above this many, and above this share of the database's institutions,
 * one pass over each whole table costs less than a seek per institution
 * into it. The share matters for an import, which refreshes the state of
 * a few hundred institutions at each commit: at ten times national scale
 * (13,100 institutions) whole passes made a commit cost ten times the
 * seeks. */
#define FEW_FROM_HISTORIES 64
#define WHOLE_TABLES_SHARE 4  /* one in four */

static gint64
count_all_institutions (RiayaStore *self)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, "SELECT count(*) FROM institutions", NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return n;
}

static gboolean
fill_from_histories (RiayaStore               *self,
                     GPtrArray                *by_uuid,
                     const char               *on,
                     RiayaInstitutionOnParts   parts,
                     GError                  **error)
{
  gboolean staff = (parts & RIAYA_INSTITUTION_ON_STAFF) != 0;
  gboolean presence = (parts & (RIAYA_INSTITUTION_ON_PRESENCE | RIAYA_INSTITUTION_ON_UNDER_SIX)) != 0;
  gboolean under_six = (parts & RIAYA_INSTITUTION_ON_UNDER_SIX) != 0;

  if (by_uuid->len == 0)
    return TRUE;

  if (by_uuid->len > FEW_FROM_HISTORIES &&
      (gint64) by_uuid->len * WHOLE_TABLES_SHARE >= count_all_institutions (self))
    return load_status (self, by_uuid, on, NULL, error) &&
           load_places (self, by_uuid, on, NULL, error) &&
           (!staff || load_staff (self, by_uuid, NULL, error)) &&
           (!presence || load_presence (self, by_uuid, on, NULL, under_six, error));

  for (guint i = 0; i < by_uuid->len; i++)
    {
      RiayaInstitutionOn *item = g_ptr_array_index (by_uuid, i);
      g_autoptr(GPtrArray) one = g_ptr_array_new ();

      g_ptr_array_add (one, item);
      if (!load_status (self, one, on, item->uuid, error) ||
          !load_places (self, one, on, item->uuid, error) ||
          (staff && !load_staff (self, one, item->uuid, error)) ||
          (presence && !load_presence (self, one, on, item->uuid, under_six, error)))
        return FALSE;
    }

  return TRUE;
}

gboolean
_riaya_store_fill_from_histories (RiayaStore  *self,
                                  GPtrArray   *by_uuid,
                                  const char  *on,
                                  GError     **error)
{
  return fill_from_histories (self, by_uuid, on, RIAYA_INSTITUTION_ON_ALL, error);
}

GPtrArray *
riaya_store_list_institutions_on (RiayaStore  *self,
                                  const char  *on,
                                  GError     **error)
{
  return riaya_store_list_institutions_on_parts (self, on, RIAYA_INSTITUTION_ON_ALL, error);
}

GPtrArray *
riaya_store_list_institutions_on_parts (RiayaStore               *self,
                                        const char               *on,
                                        RiayaInstitutionOnParts   parts,
                                        GError                  **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) from_histories = g_ptr_array_new ();
  gboolean own_transaction, read;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_institution_on_free);

  /* One snapshot of the database for the rows and the histories. */
  if (!_riaya_store_begin_read (self, &own_transaction, error))
    return NULL;
  /* The histories kept in memory, when the store keeps them (the
   * reports page's): the whole registry on any date, none of it read
   * again until the database changes. */
  if (_riaya_store_registry_cache_list (self, on, own_transaction, items, &read, error))
    {
      _riaya_store_end_read (self, own_transaction);
      return read ? g_steal_pointer (&items) : NULL;
    }
  read = _riaya_store_load_institution_rows (self, items, error);
  if (read)
    {
      /* Borrowed pointers: the copy keeps the free function, drop it. */
      g_autoptr(GPtrArray) by_uuid = g_ptr_array_copy (items, NULL, NULL);

      g_ptr_array_set_free_func (by_uuid, NULL);
      g_ptr_array_sort (by_uuid, _riaya_institution_on_compare_uuids);
      read = load_now (self, by_uuid, on, from_histories, error) &&
             fill_from_histories (self, from_histories, on, parts, error);
    }
  _riaya_store_end_read (self, own_transaction);
  if (!read)
    return NULL;

  g_ptr_array_sort (items, _riaya_institution_on_compare_licences);

  return g_steal_pointer (&items);
}

gboolean
riaya_store_get_institution_location (RiayaStore  *self,
                                      const char  *uuid,
                                      char       **commune,
                                      char       **province_code,
                                      GError     **error)
{
  sqlite3_stmt *stmt;
  const char *text;
  int rc;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (commune != NULL && province_code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = _riaya_store_prepare (self, "SELECT commune, province_code FROM institutions WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _riaya_store_set_error (self, error);
          return FALSE;
        }
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   _("No institution has the identifier or licence number “%s”: check it against the list of institutions."),
                   uuid);
      return FALSE;
    }

  text = _riaya_store_column_text (stmt, 0);
  *commune = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  *province_code = g_strdup (_riaya_store_column_text (stmt, 1));
  sqlite3_reset (stmt);

  return TRUE;
}
