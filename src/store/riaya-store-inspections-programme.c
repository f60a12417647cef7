/* riaya-store-inspections-programme.c — the year's programme of visits
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decree 2.19.693 art. 7 asks for an annual programme of visits; the
 * programme proposes the institutions that need one, most urgent first
 * (riaya-programme.h). It must answer in under 100 ms for the whole
 * country at ten times the national registry (13,100 institutions, some
 * 65,000 visits), so it builds no RiayaInstitution: it reads the few
 * columns it needs in a handful of passes, one per table, each in the
 * order of an index that holds what it reads — the institutions, their
 * licence events (replayed with riaya_licence_status_after), their places
 * in force, their latest count, their valid and planned visits, and the
 * corrective actions overdue. One province reads only its own rows.
 *
 * What the reports read of the visits is in
 * riaya-store-inspections-figures.c.
 */

#include "config.h"

#include <string.h>

#include "riaya-store-private.h"

/* What the programme learns of one institution. Strings live in the
 * programme's string chunk. */
typedef struct
{
  const char           *uuid;
  const char           *licence_number;
  const char           *licence_date;
  const char           *name;            /* riaya_institution_get_display_name */
  const char           *province_code;
  const char           *last_valid_visit;
  RiayaLegalBasis       basis;
  RiayaInstitutionType  type;
  RiayaLicenceStatus    status;
  guint                 places[RIAYA_N_CATEGORIES][RIAYA_N_SEXES];
  guint                 valid_visits_in_year;
  guint                 planned_in_year;
  guint                 overdue_actions;
  gboolean              over_capacity;
} Facts;

typedef struct
{
  GStringChunk *strings;
  GArray       *facts;     /* Facts, as read */
  GPtrArray    *order;     /* Facts *, in UUID order */
  /* The rows of each pass come in UUID order: each finds its institution
   * by walking forward from the one before; a row out of that order is
   * looked for by bisection. */
  guint         cursor;
} Programme;

/* Each pass in two forms: every province (?9 unused) and one (?9). Each
 * returns plain rows that C sums up: at this scale SQLite's sorts and
 * aggregates cost three or four times the reading itself (measured: the
 * licence events in the index's order 5 ms, sorted by kind and rowid
 * 25 ms; the recorded visits 7 ms, grouped 21 ms). */
#define IN_PROVINCE(column) " AND " column " IN (SELECT uuid FROM institutions WHERE province_code = ?9)"
#define BOTH(sql_head, column, sql_tail) { sql_head sql_tail, sql_head IN_PROVINCE (column) sql_tail }

/* In the table's order, sorted by UUID in C (8 ms instead of 23). */
static const char * const institutions_sql[] = {
  "SELECT uuid, licence_number, licence_date, legal_basis, type, name_ar, name_fr, province_code"
  " FROM institutions WHERE deleted_at IS NULL",
  "SELECT uuid, licence_number, licence_date, legal_basis, type, name_ar, name_fr, province_code"
  " FROM institutions WHERE deleted_at IS NULL AND province_code = ?9",
};

/* In the order of the index licence_events_by_date (rowid is in every
 * index); the events of one day are put in order in C. */
static const char * const events_sql[] = BOTH (
  "SELECT institution_uuid, date, kind, rowid FROM licence_events WHERE date <= ?1", "institution_uuid",
  " ORDER BY institution_uuid, date");

/* The index capacity_lines_by_date holds every column read. */
static const char * const places_sql[] = BOTH (
  "SELECT institution_uuid, category, sex, effective_date, places, rowid FROM capacity_lines"
  " WHERE effective_date <= ?1", "institution_uuid",
  " ORDER BY institution_uuid, category, sex, effective_date");

/* The last valid visit of each institution (any day), kept by the
 * triggers of migration 0004: one narrow row per institution. */
static const char * const last_valid_sql[] = BOTH (
  "SELECT institution_uuid, last_valid_on FROM institution_last_visits WHERE last_valid_on IS NOT NULL",
  "institution_uuid", " ORDER BY institution_uuid");

/* Its last valid visit on or before ?2, when the summary's is later (a
 * programme judged on a past day), from the index inspections_done. */
static const char last_valid_on_sql[] =
  "SELECT max (done_on) FROM inspections WHERE institution_uuid = ?1 AND done_on IS NOT NULL"
  " AND done_on <= ?2 AND 2 * members_present > members_invited";

/* The visits done in the year (?2 … ?3), from the index
 * inspections_done_by_date alone. */
static const char * const done_in_year_sql[] = BOTH (
  "SELECT institution_uuid, done_on, members_present, members_invited FROM inspections"
  " WHERE done_on IS NOT NULL AND done_on >= ?2 AND done_on <= ?3", "institution_uuid", "");

/* Planned in the year, neither recorded nor cancelled, from the index
 * inspections_planned alone. */
static const char * const planned_sql[] = BOTH (
  "SELECT institution_uuid FROM inspections"
  " WHERE done_on IS NULL AND deleted_at IS NULL AND planned_on >= ?2 AND planned_on <= ?3", "institution_uuid", "");

/* Actions not done on ?1 (open, or done after it) and due before it, from
 * the indexes of open and done actions alone. An action is due after its
 * visit (riaya_inspection_validate; riaya_store_check() says so of the
 * file), so its visit was done by ?1 too. */
static const char * const overdue_sql[] = {
  "SELECT institution_uuid FROM corrective_actions WHERE done_on IS NULL AND due_on < ?1"
  " UNION ALL"
  " SELECT institution_uuid FROM corrective_actions WHERE done_on > ?1 AND due_on < ?1",
  "SELECT institution_uuid FROM corrective_actions WHERE done_on IS NULL AND due_on < ?1" IN_PROVINCE ("institution_uuid")
  " UNION ALL"
  " SELECT institution_uuid FROM corrective_actions WHERE done_on > ?1 AND due_on < ?1" IN_PROVINCE ("institution_uuid"),
};

/* The summary of presence of the latest count (riaya_store_presence_on):
 * columns category by category in RiayaCategory order, men then women. */
static const char presence_sql[] =
  "SELECT p_abandoned_child_m, p_abandoned_child_f, p_child_m, p_child_f,"
  " p_pupil_m, p_pupil_f, p_disabled_m, p_disabled_f,"
  " p_homeless_m, p_homeless_f, p_woman_m, p_woman_f,"
  " p_elderly_m, p_elderly_f"
  " FROM resident_counts WHERE institution_uuid = ?1 AND counted_on <= ?2"
  " ORDER BY counted_on DESC LIMIT 1";

G_STATIC_ASSERT (RIAYA_N_CATEGORIES == 7);

void
riaya_programme_item_free (RiayaProgrammeItem *item)
{
  if (item == NULL)
    return;

  /* Its strings are stored after it, in the same block (make_item). */
  riaya_programme_assessment_clear (&item->assessment);
  g_free (item);
}

/* ---- passes ---------------------------------------------------------------- */

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

static const char *
keep (Programme  *programme,
      const char *text)
{
  return text != NULL && *text != '\0' ? g_string_chunk_insert (programme->strings, text) : NULL;
}

/* In the order of SQLite's BINARY collation, which is strcmp's. */
static int
compare_facts (gconstpointer a,
               gconstpointer b)
{
  return strcmp ((*(Facts * const *) a)->uuid, (*(Facts * const *) b)->uuid);
}

static Facts *
find (Programme  *programme,
      const char *uuid)
{
  GPtrArray *order = programme->order;
  guint low = 0, high = order->len;

  if (uuid == NULL)
    return NULL;

  while (programme->cursor < order->len)
    {
      Facts *here = g_ptr_array_index (order, programme->cursor);
      int c = strcmp (here->uuid, uuid);

      if (c == 0)
        return here;
      if (c > 0)
        break;
      programme->cursor++;
    }

  /* Out of order; or a deleted institution's, or another province's,
   * which find nothing. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      Facts *here = g_ptr_array_index (order, middle);
      int c = strcmp (here->uuid, uuid);

      if (c == 0)
        return here;
      if (c < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return NULL;
}

/* Prepares @sql for a pass of @programme, binds ?1 @on, ?2 and ?3 the year's first and last days
 * and ?9 @province_code when given. */
static sqlite3_stmt *
prepare_pass (RiayaStore         *self,
              Programme          *programme,
              const char * const *sql,
              const char         *on,
              const char         *first_day,
              const char         *last_day,
              const char         *province_code,
              GError            **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, sql[province_code != NULL], error);

  programme->cursor = 0;
  if (stmt == NULL)
    return NULL;
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    {
      const char *name = sqlite3_bind_parameter_name (stmt, i);

      if (g_strcmp0 (name, "?1") == 0)
        sqlite3_bind_text (stmt, i, on, -1, SQLITE_TRANSIENT);
      else if (g_strcmp0 (name, "?2") == 0)
        sqlite3_bind_text (stmt, i, first_day, -1, SQLITE_TRANSIENT);
      else if (g_strcmp0 (name, "?3") == 0)
        sqlite3_bind_text (stmt, i, last_day, -1, SQLITE_TRANSIENT);
      else if (g_strcmp0 (name, "?9") == 0)
        sqlite3_bind_text (stmt, i, province_code, -1, SQLITE_TRANSIENT);
    }

  return stmt;
}

/* The name in the interface language, else the other one, as
 * riaya_institution_get_display_name(). */
static const char *
pick_name (const char *ar,
           const char *fr)
{
  if (g_str_equal (riaya_interface_language (), "ar"))
    return ar != NULL ? ar : (fr != NULL ? fr : "");

  return fr != NULL ? fr : (ar != NULL ? ar : "");
}

static gboolean
load_institutions (RiayaStore    *self,
                   Programme     *programme,
                   const char    *province_code,
                   GError       **error)
{
  sqlite3_stmt *stmt = prepare_pass (self, programme, institutions_sql, NULL, NULL, NULL, province_code, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Facts facts = { 0 };

      facts.uuid = keep (programme, _riaya_store_column_text (stmt, 0));
      if (facts.uuid == NULL)
        continue;
      facts.licence_number = keep (programme, _riaya_store_column_text (stmt, 1));
      facts.licence_date = keep (programme, _riaya_store_column_text (stmt, 2));
      /* An unknown code keeps the objects' default; riaya_store_check()
       * names the institution. */
      if (!riaya_legal_basis_from_code (_riaya_store_column_text (stmt, 3), &facts.basis))
        facts.basis = RIAYA_LEGAL_BASIS_14_05;
      if (!riaya_institution_type_from_code (_riaya_store_column_text (stmt, 4), &facts.type))
        facts.type = RIAYA_INSTITUTION_TYPE_KAFALA;
      facts.name = keep (programme, pick_name (_riaya_store_column_text (stmt, 5),
                                               _riaya_store_column_text (stmt, 6)));
      facts.province_code = keep (programme, _riaya_store_column_text (stmt, 7));
      facts.status = RIAYA_LICENCE_STATUS_NONE;

      g_array_append_val (programme->facts, facts);
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;

  /* In UUID order, the order of the counts' primary key that
   * check_presence() seeks into page after page. */
  for (guint i = 0; i < programme->facts->len; i++)
    g_ptr_array_add (programme->order, &g_array_index (programme->facts, Facts, i));
  g_ptr_array_sort (programme->order, compare_facts);

  return TRUE;
}

/* The events of one institution and one day, held until the day is
 * over: riaya_licence_status_on() applies a grant first, then the others
 * in the order they were recorded. */
typedef struct
{
  RiayaLicenceEventKind kind;
  gint64                rowid;
} DayEvent;

static int
compare_day_events (gconstpointer a,
                    gconstpointer b)
{
  const DayEvent *x = a, *y = b;
  gboolean x_grant = x->kind == RIAYA_LICENCE_EVENT_GRANTED;
  gboolean y_grant = y->kind == RIAYA_LICENCE_EVENT_GRANTED;

  if (x_grant != y_grant)
    return x_grant ? -1 : 1;
  return x->rowid < y->rowid ? -1 : x->rowid > y->rowid;
}

static void
apply_day (Facts  *facts,
           GArray *day)
{
  if (facts == NULL || day->len == 0)
    return;
  if (day->len > 1)
    g_array_sort (day, compare_day_events);
  for (guint i = 0; i < day->len; i++)
    facts->status = riaya_licence_status_after (facts->status, g_array_index (day, DayEvent, i).kind);
  g_array_set_size (day, 0);
}

static gboolean
load_status (RiayaStore  *self,
             Programme   *programme,
             const char  *on,
             const char  *province_code,
             GError     **error)
{
  sqlite3_stmt *stmt = prepare_pass (self, programme, events_sql, on, NULL, NULL, province_code, error);
  g_autoptr(GArray) day = g_array_new (FALSE, FALSE, sizeof (DayEvent));
  Facts *held = NULL;
  char held_date[16] = "";
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Facts *facts = find (programme, _riaya_store_column_text (stmt, 0));
      const char *date = _riaya_store_column_text (stmt, 1);
      DayEvent event = { 0, sqlite3_column_int64 (stmt, 3) };

      if (facts == NULL || date == NULL ||
          !riaya_licence_event_kind_from_code (_riaya_store_column_text (stmt, 2), &event.kind))
        continue;

      if (facts != held || strcmp (date, held_date) != 0)
        {
          apply_day (held, day);
          held = facts;
          g_strlcpy (held_date, date, sizeof held_date);
        }
      g_array_append_val (day, event);
    }
  apply_day (held, day);

  return finish (self, stmt, rc, error);
}

/* For each category and sex the line with the latest effective date on or
 * before @on holds, and of two lines of that day the one recorded last
 * (riaya_capacity_lines_on). */
static gboolean
load_places (RiayaStore  *self,
             Programme   *programme,
             const char  *on,
             const char  *province_code,
             GError     **error)
{
  sqlite3_stmt *stmt = prepare_pass (self, programme, places_sql, on, NULL, NULL, province_code, error);
  Facts *held = NULL;
  int held_category = -1, held_sex = -1;
  char held_date[16] = "";
  gint64 held_rowid = -1;
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Facts *facts = find (programme, _riaya_store_column_text (stmt, 0));
      const char *date = _riaya_store_column_text (stmt, 3);
      gint64 places = sqlite3_column_int64 (stmt, 4);
      gint64 rowid = sqlite3_column_int64 (stmt, 5);
      RiayaCategory category;
      RiayaSex sex;

      if (facts == NULL || date == NULL || places < 0 ||
          !riaya_category_from_code (_riaya_store_column_text (stmt, 1), &category) ||
          !riaya_sex_from_code (_riaya_store_column_text (stmt, 2), &sex))
        continue;

      if (facts == held && (int) category == held_category && (int) sex == held_sex &&
          strcmp (date, held_date) == 0 && rowid < held_rowid)
        continue;

      facts->places[category][sex] = (guint) MIN (places, G_MAXUINT);
      held = facts;
      held_category = (int) category;
      held_sex = (int) sex;
      g_strlcpy (held_date, date, sizeof held_date);
      held_rowid = rowid;
    }

  return finish (self, stmt, rc, error);
}

/* Whether @facts's institution is over capacity on the day @stmt
 * (presence_sql) was given: its latest count then against its places then
 * (riaya_occupancy_groups_for_places). No count: not known to be over.
 * One seek into the counts' primary key, reading the count's summary
 * rather than its lines. */
static gboolean
check_presence (RiayaStore    *self,
                sqlite3_stmt  *stmt,
                Facts         *facts,
                GError       **error)
{
  g_autoptr(GArray) groups = NULL;
  RiayaPresence presence;
  int rc;

  sqlite3_bind_text (stmt, 1, facts->uuid, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    for (int c = 0; c < RIAYA_N_CATEGORIES; c++)
      for (int s = 0; s < 2; s++)
        presence.present[c][s] = (guint) CLAMP (sqlite3_column_int64 (stmt, 2 * c + s), 0, G_MAXUINT);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  groups = riaya_occupancy_groups_for_places ((const guint (*)[RIAYA_N_SEXES]) facts->places, &presence);
  facts->over_capacity = riaya_occupancy_any_over (groups);
  return TRUE;
}

/* The last valid visit of @facts's institution on or before @on, when the
 * summary's came later. */
static gboolean
last_valid_on (RiayaStore  *self,
               Programme   *programme,
               Facts       *facts,
               const char  *on,
               GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, last_valid_on_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, facts->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, on, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  facts->last_valid_visit = rc == SQLITE_ROW ? keep (programme, _riaya_store_column_text (stmt, 0)) : NULL;
  return finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error);
}

static gboolean
load_visits (RiayaStore  *self,
             Programme   *programme,
             const char  *on,
             const char  *first_day,
             const char  *last_day,
             const char  *province_code,
             GError     **error)
{
  g_autoptr(GPtrArray) later = g_ptr_array_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare_pass (self, programme, last_valid_sql, on, first_day, last_day, province_code, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Facts *facts = find (programme, _riaya_store_column_text (stmt, 0));
      const char *last = _riaya_store_column_text (stmt, 1);

      if (facts == NULL || last == NULL)
        continue;
      if (strcmp (last, on) <= 0)
        facts->last_valid_visit = keep (programme, last);
      else
        g_ptr_array_add (later, facts);
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;
  for (guint i = 0; i < later->len; i++)
    if (!last_valid_on (self, programme, g_ptr_array_index (later, i), on, error))
      return FALSE;

  stmt = prepare_pass (self, programme, done_in_year_sql, on, first_day, last_day, province_code, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Facts *facts = find (programme, _riaya_store_column_text (stmt, 0));
      const char *done_on = _riaya_store_column_text (stmt, 1);
      gint64 present = sqlite3_column_int64 (stmt, 2);
      gint64 invited = sqlite3_column_int64 (stmt, 3);

      /* Decree 2.19.693 art. 8: only a visit with a majority present is
       * valid, and counts (riaya_inspection_has_quorum). */
      if (facts != NULL && done_on != NULL && strcmp (done_on, on) <= 0 && invited > 0 && 2 * present > invited)
        facts->valid_visits_in_year++;
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;

  stmt = prepare_pass (self, programme, planned_sql, on, first_day, last_day, province_code, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Facts *facts = find (programme, _riaya_store_column_text (stmt, 0));

      if (facts != NULL)
        facts->planned_in_year++;
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;

  stmt = prepare_pass (self, programme, overdue_sql, on, first_day, last_day, province_code, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Facts *facts = find (programme, _riaya_store_column_text (stmt, 0));

      if (facts != NULL)
        facts->overdue_actions++;
    }

  return finish (self, stmt, rc, error);
}

/* What core assesses of @facts; its strings are @facts's. */
static void
fill_inspection_facts (const Facts          *facts,
                       RiayaInspectionFacts *out)
{
  out->basis = facts->basis;
  out->licence_date = facts->licence_date;
  out->status = facts->status;
  out->last_valid_visit = facts->last_valid_visit;
  out->valid_visits_in_year = facts->valid_visits_in_year;
  out->planned_in_year = facts->planned_in_year;
  out->over_capacity = facts->over_capacity;
  out->overdue_actions = facts->overdue_actions;
}

/* Appends @text and its NUL at *@tail; returns where it went. */
static char *
put (char       **tail,
     const char  *text)
{
  gsize length = strlen (text) + 1;
  char *at = *tail;

  memcpy (at, text, length);
  *tail += length;
  return at;
}

static gsize
size_of (const char *text)
{
  return text != NULL ? strlen (text) + 1 : 0;
}

/* An item for @facts and @assessment (taken): one block, its strings and
 * those of its facts stored after it. */
static RiayaProgrammeItem *
make_item (const Facts              *facts,
           RiayaProgrammeAssessment *assessment)
{
  const char *name = facts->name != NULL ? facts->name : "";
  RiayaProgrammeItem *item = g_malloc0 (sizeof (RiayaProgrammeItem) + size_of (facts->uuid) +
                                        size_of (facts->licence_number) + size_of (name) +
                                        size_of (facts->province_code) + size_of (facts->licence_date) +
                                        size_of (facts->last_valid_visit));
  char *tail = (char *) (item + 1);

  fill_inspection_facts (facts, &item->facts);
  item->institution_uuid = put (&tail, facts->uuid);
  item->name = put (&tail, name);
  item->licence_number = facts->licence_number != NULL ? put (&tail, facts->licence_number) : NULL;
  item->province_code = facts->province_code != NULL ? put (&tail, facts->province_code) : NULL;
  item->facts.licence_date = facts->licence_date != NULL ? put (&tail, facts->licence_date) : NULL;
  item->facts.last_valid_visit = facts->last_valid_visit != NULL ? put (&tail, facts->last_valid_visit) : NULL;
  item->type = facts->type;

  item->assessment = *assessment;
  assessment->next_due = NULL;

  return item;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const RiayaProgrammeItem *x = *(const RiayaProgrammeItem * const *) a;
  const RiayaProgrammeItem *y = *(const RiayaProgrammeItem * const *) b;
  int c = riaya_programme_compare (&x->assessment, &y->assessment);

  if (c != 0)
    return c;
  c = g_strcmp0 (x->licence_number, y->licence_number);
  if (c != 0)
    return c;
  return g_strcmp0 (x->institution_uuid, y->institution_uuid);
}

GPtrArray *
riaya_store_inspection_programme (RiayaStore  *self,
                                  const char  *province_code,
                                  guint        year,
                                  const char  *today,
                                  GError     **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *real_today = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  Programme programme = { 0 };
  sqlite3_stmt *presence = NULL;
  const char *on;
  gboolean loaded, own_transaction;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (year >= 1900 && year <= 9999, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (today == NULL)
    today = real_today = riaya_date_today_iso ();

  /* Judged on the day riaya_programme_assess() judges: today, or the
   * year's first day for a programme adopted before it (decree art. 7). */
  first_day = g_strdup_printf ("%04u-01-01", year);
  last_day = g_strdup_printf ("%04u-12-31", year);
  on = strcmp (today, first_day) > 0 ? today : first_day;

  programme.strings = g_string_chunk_new (64 * 1024);
  programme.facts = g_array_new (FALSE, FALSE, sizeof (Facts));
  programme.order = g_ptr_array_new ();

  loaded = _riaya_store_begin_read (self, &own_transaction, error) &&
           load_institutions (self, &programme, province_code, error) &&
           load_status (self, &programme, on, province_code, error) &&
           load_places (self, &programme, on, province_code, error) &&
           load_visits (self, &programme, on, first_day, last_day, province_code, error);

  /* Being over capacity adds a reason and moves an institution up, but
   * never proposes one: only the institutions proposed are looked at,
   * with one statement prepared once (the store's cache hashes the text
   * of its statements: thousands of lookups cost more than the seeks). */
  if (loaded)
    {
      presence = _riaya_store_prepare (self, presence_sql, error);
      loaded = presence != NULL;
      if (loaded)
        sqlite3_bind_text (presence, 2, on, -1, SQLITE_TRANSIENT);
    }
  items = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_programme_item_free);
  for (guint i = 0; loaded && i < programme.order->len; i++)
    {
      Facts *facts = g_ptr_array_index (programme.order, i);
      RiayaInspectionFacts known;
      RiayaProgrammeAssessment assessment = { 0 };

      fill_inspection_facts (facts, &known);
      if (!riaya_programme_assess (&known, year, today, &assessment))
        {
          riaya_programme_assessment_clear (&assessment);
          continue;
        }

      loaded = check_presence (self, presence, facts, error);
      if (loaded && facts->over_capacity)
        {
          riaya_programme_assessment_clear (&assessment);
          fill_inspection_facts (facts, &known);
          riaya_programme_assess (&known, year, today, &assessment);
        }
      g_ptr_array_add (items, make_item (facts, &assessment));
      riaya_programme_assessment_clear (&assessment);
    }

  if (presence != NULL)
    sqlite3_reset (presence);
  _riaya_store_end_read (self, own_transaction);

  g_ptr_array_unref (programme.order);
  g_array_unref (programme.facts);
  g_string_chunk_free (programme.strings);

  if (!loaded)
    return NULL;

  g_ptr_array_sort (items, compare_items);
  return g_steal_pointer (&items);
}
