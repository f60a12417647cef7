/* riaya-store-inspections.c — the visits' tables: columns, load, rows, lists
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns of the inspections table are written once, here, next to
 * the code that reads and writes them (as for grants). The rules deciding
 * whether a write may happen are in riaya-store-inspections-write.c; the
 * programme and the figures of the reports in
 * riaya-store-inspections-programme.c.
 *
 * A list reads its visits, their checklists and their actions with three
 * statements that share one WHERE clause, each in a single pass, rather
 * than two more queries per visit: the country's visits of a year at ten
 * times national scale are tens of thousands.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-store-private.h"

/* A visit and its institution's name, licence number, province and law. */
#define VISIT_SELECT \
  "SELECT v.uuid, v.institution_uuid, v.kind, v.planned_on, v.follows_uuid, v.committee," \
  " v.members_invited, v.members_present, v.done_on, v.findings, v.decision, v.decision_deadline," \
  " v.licence_event_uuid, v.revision, i.name_ar, i.name_fr, i.licence_number, i.province_code," \
  " i.legal_basis" \
  " FROM inspections v JOIN institutions i ON i.uuid = v.institution_uuid "

#define CHECK_SELECT \
  "SELECT c.inspection_uuid, c.area, c.result, c.note FROM inspection_checks c" \
  " JOIN inspections v ON v.uuid = c.inspection_uuid JOIN institutions i ON i.uuid = v.institution_uuid "

#define ACTION_SELECT \
  "SELECT a.inspection_uuid, a.uuid, a.description, a.due_on, a.done_on FROM corrective_actions a" \
  " JOIN inspections v ON v.uuid = a.inspection_uuid JOIN institutions i ON i.uuid = v.institution_uuid "

/* The three statements that load the visits a WHERE clause selects, with
 * the same parameters. Static: the store keeps its prepared statements
 * keyed by their text's address. */
typedef struct
{
  const char *visits;
  const char *checks;
  const char *actions;
} VisitQuery;

#define VISIT_QUERY(where) { VISIT_SELECT where, CHECK_SELECT where, ACTION_SELECT where }

/* One visit, deleted or not (?1). */
static const VisitQuery by_uuid = VISIT_QUERY ("WHERE v.uuid = ?1");

/* The lists: ?1 region, ?2 province, ?3 institution, ?4 from, ?5 to. The
 * dates as a range the indexes of visits by date can use (an "?4 IS NULL
 * OR" would make SQLite read every visit), and one query per scope, each
 * led by its own index: one institution's visits, one province's
 * institutions, or every visit of the period. */
#define LIST_DATES \
  " AND i.deleted_at IS NULL" \
  " AND v.visit_on >= coalesce (?4, '') AND v.visit_on <= coalesce (?5, '9999-12-31')" \
  " AND (?1 IS NULL OR i.province_code IN (SELECT code FROM provinces WHERE region_code = ?1))"
#define LIST_OF_INSTITUTION \
  " AND v.institution_uuid = ?3 AND (?2 IS NULL OR i.province_code = ?2)" LIST_DATES
#define LIST_OF_PROVINCE " AND i.province_code = ?2" LIST_DATES

typedef enum
{
  SCOPE_ALL,
  SCOPE_PROVINCE,
  SCOPE_INSTITUTION,
  N_SCOPES
} Scope;

static const VisitQuery listed[N_SCOPES] = {
  VISIT_QUERY ("WHERE v.deleted_at IS NULL" LIST_DATES),
  VISIT_QUERY ("WHERE v.deleted_at IS NULL" LIST_OF_PROVINCE),
  VISIT_QUERY ("WHERE v.deleted_at IS NULL" LIST_OF_INSTITUTION),
};
static const VisitQuery cancelled[N_SCOPES] = {
  VISIT_QUERY ("WHERE v.deleted_at IS NOT NULL" LIST_DATES),
  VISIT_QUERY ("WHERE v.deleted_at IS NOT NULL" LIST_OF_PROVINCE),
  VISIT_QUERY ("WHERE v.deleted_at IS NOT NULL" LIST_OF_INSTITUTION),
};

/* The visits whose follow-up may be due on ?2 (?1 province or NULL):
 * recorded, with an action still open past its due date or a warning's or
 * a reprimand's deadline passed (each read from its own index), and
 * followed by no visit (a cancelled follow-up does not count). Core says which exactly
 * (riaya_inspection_dup_follow_up_due): a deadline counts only while an
 * action is open or when none was asked. */
static const VisitQuery follow_up_candidates = VISIT_QUERY (
  "WHERE v.uuid IN (SELECT inspection_uuid FROM corrective_actions WHERE done_on IS NULL AND due_on < ?2"
  "                  UNION SELECT uuid FROM inspections WHERE decision_deadline < ?2"
  "                  AND decision IN ('warning', 'reprimand'))"
  " AND v.done_on IS NOT NULL AND i.deleted_at IS NULL AND (?1 IS NULL OR i.province_code = ?1)"
  " AND NOT EXISTS (SELECT 1 FROM inspections f WHERE f.follows_uuid = v.uuid AND f.deleted_at IS NULL)");

static const char insert_sql[] =
  "INSERT INTO inspections (uuid, institution_uuid, kind, planned_on, follows_uuid, committee,"
  " members_invited, members_present, done_on, findings, decision, decision_deadline,"
  " licence_event_uuid, revision, created_at, updated_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)";

static const char update_sql[] =
  "UPDATE inspections SET institution_uuid = ?2, kind = ?3, planned_on = ?4, follows_uuid = ?5,"
  " committee = ?6, members_invited = ?7, members_present = ?8, done_on = ?9, findings = ?10,"
  " decision = ?11, decision_deadline = ?12, licence_event_uuid = ?13, revision = ?14,"
  " updated_at = ?15 WHERE uuid = ?1";

/* ---- columns ------------------------------------------------------------- */

static void
bind_columns (sqlite3_stmt    *stmt,
              RiayaInspection *inspection,
              const char      *now)
{
  sqlite3_bind_text (stmt, 1, riaya_inspection_get_uuid (inspection), -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 2, riaya_inspection_get_institution_uuid (inspection));
  sqlite3_bind_text (stmt, 3, riaya_visit_kind_to_code (riaya_inspection_get_kind (inspection)), -1,
                     SQLITE_STATIC);
  _riaya_store_bind_text (stmt, 4, riaya_inspection_get_planned_on (inspection));
  _riaya_store_bind_text (stmt, 5, riaya_inspection_get_follows (inspection));
  _riaya_store_bind_text (stmt, 6, riaya_inspection_get_committee (inspection));
  sqlite3_bind_int64 (stmt, 7, riaya_inspection_get_members_invited (inspection));
  sqlite3_bind_int64 (stmt, 8, riaya_inspection_get_members_present (inspection));
  _riaya_store_bind_text (stmt, 9, riaya_inspection_get_done_on (inspection));
  _riaya_store_bind_text (stmt, 10, riaya_inspection_get_findings (inspection));
  sqlite3_bind_text (stmt, 11, riaya_decision_to_code (riaya_inspection_get_decision (inspection)), -1,
                     SQLITE_STATIC);
  _riaya_store_bind_text (stmt, 12, riaya_inspection_get_decision_deadline (inspection));
  _riaya_store_bind_text (stmt, 13, riaya_inspection_get_licence_event (inspection));
  sqlite3_bind_int64 (stmt, 14, riaya_inspection_get_revision (inspection));
  sqlite3_bind_text (stmt, 15, now, -1, SQLITE_TRANSIENT);
}

static const char *
pick_name (const char *name_ar,
           const char *name_fr)
{
  if (g_str_equal (riaya_interface_language (), "ar"))
    return name_ar != NULL ? name_ar : name_fr;

  return name_fr != NULL ? name_fr : name_ar;
}

static guint
column_count (sqlite3_stmt *stmt,
              int           column)
{
  return (guint) CLAMP (sqlite3_column_int64 (stmt, column), 0, G_MAXUINT);
}

/* A visit from a row of VISIT_SELECT, without its checklist and actions. */
static RiayaInspection *
visit_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(RiayaInspection) visit = NULL;
  RiayaVisitKind kind = RIAYA_VISIT_KIND_PROGRAMMED;
  RiayaDecision decision;
  RiayaLegalBasis basis;

  /* An unknown code (a damaged file) keeps the default; riaya_store_check()
   * names the visit. */
  riaya_visit_kind_from_code (_riaya_store_column_text (stmt, 2), &kind);
  visit = riaya_inspection_new (_riaya_store_column_text (stmt, 1), _riaya_store_column_text (stmt, 3), kind);
  riaya_inspection_set_uuid (visit, _riaya_store_column_text (stmt, 0));
  riaya_inspection_set_follows (visit, _riaya_store_column_text (stmt, 4));
  riaya_inspection_set_committee (visit, _riaya_store_column_text (stmt, 5));
  riaya_inspection_set_members_invited (visit, column_count (stmt, 6));
  riaya_inspection_set_members_present (visit, column_count (stmt, 7));
  riaya_inspection_set_done_on (visit, _riaya_store_column_text (stmt, 8));
  riaya_inspection_set_findings (visit, _riaya_store_column_text (stmt, 9));
  if (riaya_decision_from_code (_riaya_store_column_text (stmt, 10), &decision))
    riaya_inspection_set_decision (visit, decision);
  riaya_inspection_set_decision_deadline (visit, _riaya_store_column_text (stmt, 11));
  riaya_inspection_set_licence_event (visit, _riaya_store_column_text (stmt, 12));
  riaya_inspection_set_revision (visit, column_count (stmt, 13));

  riaya_inspection_set_institution_info (visit,
                                         pick_name (_riaya_store_column_text (stmt, 14),
                                                    _riaya_store_column_text (stmt, 15)),
                                         _riaya_store_column_text (stmt, 16),
                                         _riaya_store_column_text (stmt, 17));
  if (riaya_legal_basis_from_code (_riaya_store_column_text (stmt, 18), &basis))
    riaya_inspection_set_legal_basis (visit, basis);

  return g_steal_pointer (&visit);
}

/* ---- load ---------------------------------------------------------------- */

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

static sqlite3_stmt *
prepare_bound (RiayaStore          *self,
               const char          *sql,
               const char * const  *params,
               guint                n_params,
               GError             **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < n_params; i++)
    _riaya_store_bind_text (stmt, (int) i + 1, params[i]);

  return stmt;
}

/* Appends to @visits (RiayaInspection) every visit @query selects with
 * @params (text, NULL for NULL), complete. */
static gboolean
load_visits (RiayaStore          *self,
             const VisitQuery    *query,
             const char * const  *params,
             guint                n_params,
             GPtrArray           *visits,
             GError             **error)
{
  g_autoptr(GHashTable) by_uuid_table = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;
  guint first = visits->len;
  int rc;

  stmt = prepare_bound (self, query->visits, params, n_params, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInspection *visit = visit_from_row (stmt);

      g_ptr_array_add (visits, visit);
      g_hash_table_insert (by_uuid_table, (gpointer) riaya_inspection_get_uuid (visit), visit);
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;
  if (visits->len == first)
    return TRUE;

  stmt = prepare_bound (self, query->checks, params, n_params, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInspection *visit = g_hash_table_lookup (by_uuid_table, _riaya_store_column_text (stmt, 0));
      RiayaCheckArea area;
      RiayaCheckResult result;

      if (visit == NULL ||
          !riaya_check_area_from_code (_riaya_store_column_text (stmt, 1), &area) ||
          !riaya_check_result_from_code (_riaya_store_column_text (stmt, 2), &result))
        continue;
      riaya_inspection_set_check (visit, area, result, _riaya_store_column_text (stmt, 3));
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;

  stmt = prepare_bound (self, query->actions, params, n_params, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInspection *visit = g_hash_table_lookup (by_uuid_table, _riaya_store_column_text (stmt, 0));
      g_autoptr(RiayaCorrectiveAction) action = NULL;

      if (visit == NULL)
        continue;
      action = riaya_corrective_action_new (_riaya_store_column_text (stmt, 2), _riaya_store_column_text (stmt, 3));
      riaya_corrective_action_set_uuid (action, _riaya_store_column_text (stmt, 1));
      riaya_corrective_action_set_done_on (action, _riaya_store_column_text (stmt, 4));
      riaya_inspection_add_action (visit, action);
    }

  return finish (self, stmt, rc, error);
}

gboolean
_riaya_store_inspection_state (RiayaStore *self,
                               const char *uuid,
                               gboolean   *deleted,
                               gboolean   *done)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                             "SELECT deleted_at IS NOT NULL, done_on IS NOT NULL"
                                             " FROM inspections WHERE uuid = ?",
                                             NULL);
  gboolean found = FALSE;

  if (deleted != NULL)
    *deleted = FALSE;
  if (done != NULL)
    *done = FALSE;
  if (stmt == NULL || uuid == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (deleted != NULL)
        *deleted = sqlite3_column_int (stmt, 0) != 0;
      if (done != NULL)
        *done = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_reset (stmt);

  return found;
}

static void
set_not_found (GError     **error,
               const char  *uuid)
{
  g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
               /* Translators: %s is an identifier */
               _("No visit has the identifier “%s” (it may have been cancelled): reload the list and try again."),
               uuid != NULL ? uuid : "");
}

RiayaInspection *
_riaya_store_load_inspection (RiayaStore  *self,
                              const char  *uuid,
                              GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  if (!load_visits (self, &by_uuid, &uuid, 1, found, error))
    return NULL;

  if (found->len == 0)
    {
      set_not_found (error, uuid);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/* ---- row writes (in the caller's transaction) ---------------------------- */

static gboolean
write_checks (RiayaStore       *self,
              RiayaInspection  *inspection,
              GError          **error)
{
  const char *uuid = riaya_inspection_get_uuid (inspection);
  sqlite3_stmt *stmt;

  /* The checklist is nine rows at most: written again whole. */
  stmt = _riaya_store_prepare (self, "DELETE FROM inspection_checks WHERE inspection_uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (!_riaya_store_step_done (self, stmt, error))
    return FALSE;

  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    {
      RiayaCheckResult result = riaya_inspection_get_check (inspection, a);
      const char *note = riaya_inspection_get_check_note (inspection, a);

      if (result == RIAYA_CHECK_NOT_ASSESSED && (note == NULL || *note == '\0'))
        continue;

      stmt = _riaya_store_prepare (self,
                                   "INSERT INTO inspection_checks (inspection_uuid, area, result, note)"
                                   " VALUES (?1, ?2, ?3, ?4)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, riaya_check_area_to_code (a), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, riaya_check_result_to_code (result), -1, SQLITE_STATIC);
      _riaya_store_bind_text (stmt, 4, note);
      if (!_riaya_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Whether @action as stored (@stored, NULL when new) must be written. */
static gboolean
action_differs (RiayaCorrectiveAction *stored,
                RiayaCorrectiveAction *action)
{
  return stored == NULL ||
         g_strcmp0 (riaya_corrective_action_get_description (stored),
                    riaya_corrective_action_get_description (action)) != 0 ||
         g_strcmp0 (riaya_corrective_action_get_due_on (stored), riaya_corrective_action_get_due_on (action)) != 0 ||
         g_strcmp0 (riaya_corrective_action_get_done_on (stored), riaya_corrective_action_get_done_on (action)) != 0;
}

/* Writes @inspection's actions over those of @stored (NULL for a new
 * visit): removes those it no longer has, inserts the new, updates the
 * changed. */
static gboolean
write_actions (RiayaStore       *self,
               RiayaInspection  *stored,
               RiayaInspection  *inspection,
               GError          **error)
{
  GListModel *actions = riaya_inspection_get_actions (inspection);
  const char *visit_uuid = riaya_inspection_get_uuid (inspection);
  sqlite3_stmt *stmt;

  if (stored != NULL)
    {
      GListModel *before = riaya_inspection_get_actions (stored);

      for (guint i = 0; i < g_list_model_get_n_items (before); i++)
        {
          g_autoptr(RiayaCorrectiveAction) old = g_list_model_get_item (before, i);
          const char *uuid = riaya_corrective_action_get_uuid (old);

          if (riaya_inspection_find_action (inspection, uuid) != NULL)
            continue;
          if (!_riaya_store_run_with_two (self,
                                          "DELETE FROM corrective_actions WHERE uuid = ?1 AND inspection_uuid = ?2",
                                          uuid, visit_uuid, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);
      RiayaCorrectiveAction *old = NULL;

      if (stored != NULL)
        old = riaya_inspection_find_action (stored, riaya_corrective_action_get_uuid (action));
      if (!action_differs (old, action))
        continue;

      stmt = _riaya_store_prepare (self,
                                   old == NULL
                                   ? "INSERT INTO corrective_actions (uuid, inspection_uuid, institution_uuid,"
                                     " description, due_on, done_on) VALUES (?1, ?2, ?6, ?3, ?4, ?5)"
                                   : "UPDATE corrective_actions SET description = ?3, due_on = ?4, done_on = ?5"
                                     " WHERE uuid = ?1 AND inspection_uuid = ?2 AND institution_uuid = ?6",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, riaya_corrective_action_get_uuid (action), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, visit_uuid, -1, SQLITE_TRANSIENT);
      _riaya_store_bind_text (stmt, 3, riaya_corrective_action_get_description (action));
      _riaya_store_bind_text (stmt, 4, riaya_corrective_action_get_due_on (action));
      _riaya_store_bind_text (stmt, 5, riaya_corrective_action_get_done_on (action));
      _riaya_store_bind_text (stmt, 6, riaya_inspection_get_institution_uuid (inspection));
      if (!_riaya_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_riaya_store_write_inspection (RiayaStore       *self,
                               RiayaInspection  *stored,
                               RiayaInspection  *inspection,
                               const char       *now,
                               GError          **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, stored == NULL ? insert_sql : update_sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_columns (stmt, inspection, now);

  return _riaya_store_step_done (self, stmt, error) &&
         write_checks (self, inspection, error) &&
         write_actions (self, stored, inspection, error);
}

gboolean
_riaya_store_set_inspection_deleted (RiayaStore  *self,
                                     const char  *uuid,
                                     const char  *deleted_at,
                                     const char  *now,
                                     GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                             "UPDATE inspections SET deleted_at = ?1, updated_at = ?2,"
                                             " revision = revision + 1 WHERE uuid = ?3",
                                             error);

  if (stmt == NULL)
    return FALSE;
  _riaya_store_bind_text (stmt, 1, deleted_at);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, uuid, -1, SQLITE_TRANSIENT);
  return _riaya_store_step_done (self, stmt, error);
}

/* ---- public API: reading --------------------------------------------------- */

RiayaInspection *
riaya_store_get_inspection (RiayaStore  *self,
                            const char  *uuid,
                            GError     **error)
{
  gboolean deleted;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_riaya_store_inspection_state (self, uuid, &deleted, NULL) || deleted)
    {
      set_not_found (error, uuid);
      return NULL;
    }

  return _riaya_store_load_inspection (self, uuid, error);
}

typedef struct
{
  RiayaInspection *visit;
  const char      *date;  /* done_on, else planned_on */
  const char      *key;   /* the institution's name, folded for sorting */
} SortedVisit;

static int
compare_sorted (gconstpointer a,
                gconstpointer b)
{
  const SortedVisit *x = a, *y = b;
  int c = g_strcmp0 (x->date, y->date);

  if (c != 0)
    return c;
  c = strcmp (x->key, y->key);
  if (c != 0)
    return c;
  return g_strcmp0 (riaya_inspection_get_uuid (x->visit), riaya_inspection_get_uuid (y->visit));
}

/* In date order, then by the institution's name as the interface's
 * language sorts it (each institution's collation key made once). */
static GListStore *
sort_visits (GPtrArray *visits)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (SortedVisit), visits->len);
  GListStore *store = g_list_store_new (RIAYA_TYPE_INSPECTION);

  for (guint i = 0; i < visits->len; i++)
    {
      RiayaInspection *visit = g_ptr_array_index (visits, i);
      const char *institution = riaya_inspection_get_institution_uuid (visit);
      const char *done_on = riaya_inspection_get_done_on (visit);
      SortedVisit item = { visit, done_on != NULL ? done_on : riaya_inspection_get_planned_on (visit), NULL };

      item.key = g_hash_table_lookup (keys, institution);
      if (item.key == NULL)
        {
          const char *name = riaya_inspection_get_institution_name (visit);
          char *key = g_utf8_collate_key (name != NULL ? name : "", -1);

          g_hash_table_insert (keys, (gpointer) institution, key);
          item.key = key;
        }
      g_array_append_val (sorted, item);
    }

  g_array_sort (sorted, compare_sorted);
  for (guint i = 0; i < sorted->len; i++)
    g_ptr_array_index (visits, i) = g_array_index (sorted, SortedVisit, i).visit;
  g_list_store_splice (store, 0, 0, visits->pdata, visits->len);

  return store;
}

static GListModel *
list_visits (RiayaStore                   *self,
             const VisitQuery             *queries,
             const RiayaInspectionFilter  *filter,
             gboolean                      by_status,
             GError                      **error)
{
  static const RiayaInspectionFilter every = RIAYA_INSPECTION_FILTER_INIT;
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func (g_object_unref);
  const char *params[5];
  Scope scope;

  if (filter == NULL)
    filter = &every;
  g_return_val_if_fail (filter->status < RIAYA_N_VISIT_STATUSES, NULL);

  params[0] = filter->region_code;
  params[1] = filter->province_code;
  params[2] = filter->institution_uuid;
  params[3] = filter->from;
  params[4] = filter->to;
  scope = filter->institution_uuid != NULL ? SCOPE_INSTITUTION
        : filter->province_code != NULL ? SCOPE_PROVINCE
        : SCOPE_ALL;
  if (!load_visits (self, &queries[scope], params, G_N_ELEMENTS (params), visits, error))
    return NULL;

  if (by_status && filter->status >= 0)
    {
      g_autofree char *today = filter->status_on != NULL ? g_strdup (filter->status_on)
                                                         : riaya_date_today_iso ();

      for (guint i = visits->len; i > 0; i--)
        if ((int) riaya_inspection_get_status (g_ptr_array_index (visits, i - 1), today) != filter->status)
          g_ptr_array_remove_index (visits, i - 1);
    }

  return G_LIST_MODEL (sort_visits (visits));
}

GListModel *
riaya_store_list_inspections (RiayaStore                   *self,
                              const RiayaInspectionFilter  *filter,
                              GError                      **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_visits (self, listed, filter, TRUE, error);
}

GListModel *
riaya_store_list_cancelled_inspections (RiayaStore                   *self,
                                        const RiayaInspectionFilter  *filter,
                                        GError                      **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A cancelled visit has no status of its own to filter on. */
  return list_visits (self, cancelled, filter, FALSE, error);
}

typedef struct
{
  RiayaInspection *visit;
  char            *due;
} DueVisit;

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const DueVisit *x = a, *y = b;
  int c = strcmp (x->due, y->due);

  if (c != 0)
    return c;
  return g_strcmp0 (riaya_inspection_get_uuid (x->visit), riaya_inspection_get_uuid (y->visit));
}

GListModel *
riaya_store_list_follow_ups_due (RiayaStore  *self,
                                 const char  *province_code,
                                 const char  *today,
                                 GError     **error)
{
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (DueVisit));
  g_autofree char *on = NULL;
  const char *params[2];
  GListStore *store;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  on = today != NULL ? g_strdup (today) : riaya_date_today_iso ();
  params[0] = province_code;
  params[1] = on;
  if (!load_visits (self, &follow_up_candidates, params, G_N_ELEMENTS (params), visits, error))
    return NULL;

  /* "When a deadline passes with actions open, a follow-up visit is
   * proposed" (riaya_inspection_dup_follow_up_due). */
  for (guint i = 0; i < visits->len; i++)
    {
      DueVisit item = { g_ptr_array_index (visits, i), riaya_inspection_dup_follow_up_due (g_ptr_array_index (visits, i)) };

      if (item.due != NULL && strcmp (item.due, on) < 0)
        g_array_append_val (due, item);
      else
        g_free (item.due);
    }

  g_array_sort (due, compare_due);
  store = g_list_store_new (RIAYA_TYPE_INSPECTION);
  for (guint i = 0; i < due->len; i++)
    {
      DueVisit *item = &g_array_index (due, DueVisit, i);

      g_list_store_append (store, item->visit);
      g_free (item->due);
    }

  return G_LIST_MODEL (store);
}
