/* riaya-store-institutions.c — the institutions tables: columns, load, rows
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns of the institutions table are written once, in
 * institution_columns[], next to the code that reads and writes them (as
 * GnuCash does in gnc-account-sql.cpp). The SQL below lists them in the
 * same order, and the first load checks that it does. The rules deciding
 * whether a write may happen are in riaya-store-institutions-write.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-store-private.h"
#include "riaya-store-residents.h"

typedef enum
{
  COLUMN_TEXT,
  COLUMN_LEGAL_BASIS,
  COLUMN_TYPE,
} ColumnKind;

typedef struct
{
  const char  *name;
  ColumnKind   kind;
  const char *(*get) (RiayaInstitution *self);
  void        (*set) (RiayaInstitution *self,
                      const char       *value);
} InstitutionColumn;

/* Parameter ?N of the statements below is column N-1 of this table. */
static const InstitutionColumn institution_columns[] = {
  { "uuid",           COLUMN_TEXT,        riaya_institution_get_uuid,           riaya_institution_set_uuid },
  { "licence_number", COLUMN_TEXT,        riaya_institution_get_licence_number, riaya_institution_set_licence_number },
  { "licence_date",   COLUMN_TEXT,        riaya_institution_get_licence_date,   riaya_institution_set_licence_date },
  { "legal_basis",    COLUMN_LEGAL_BASIS, NULL,                                 NULL },
  { "type",           COLUMN_TYPE,        NULL,                                 NULL },
  { "name_ar",        COLUMN_TEXT,        riaya_institution_get_name_ar,        riaya_institution_set_name_ar },
  { "name_fr",        COLUMN_TEXT,        riaya_institution_get_name_fr,        riaya_institution_set_name_fr },
  { "founder",        COLUMN_TEXT,        riaya_institution_get_founder,        riaya_institution_set_founder },
  { "director",       COLUMN_TEXT,        riaya_institution_get_director,       riaya_institution_set_director },
  { "province_code",  COLUMN_TEXT,        riaya_institution_get_province_code,  riaya_institution_set_province_code },
  { "commune",        COLUMN_TEXT,        riaya_institution_get_commune,        riaya_institution_set_commune },
  { "address",        COLUMN_TEXT,        riaya_institution_get_address,        riaya_institution_set_address },
  { "phone",          COLUMN_TEXT,        riaya_institution_get_phone,          riaya_institution_set_phone },
};

#define N_COLUMNS G_N_ELEMENTS (institution_columns)

#define SELECT_COLUMNS \
  "SELECT uuid, licence_number, licence_date, legal_basis, type, name_ar, name_fr," \
  " founder, director, province_code, commune, address, phone FROM institutions"

static const char insert_sql[] =
  "INSERT INTO institutions (uuid, licence_number, licence_date, legal_basis, type, name_ar,"
  " name_fr, founder, director, province_code, commune, address, phone, created_at, updated_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)";

static const char update_sql[] =
  "UPDATE institutions SET licence_number = ?2, licence_date = ?3, legal_basis = ?4, type = ?5,"
  " name_ar = ?6, name_fr = ?7, founder = ?8, director = ?9, province_code = ?10, commune = ?11,"
  " address = ?12, phone = ?13, updated_at = ?14 WHERE uuid = ?1";

/* The queries of one load: every institution not deleted, or one by uuid. */
typedef struct
{
  const char *institutions;
  const char *services;
  const char *staff;
  const char *events;
  const char *lines;
} LoadQueries;

static const LoadQueries load_all = {
  SELECT_COLUMNS " WHERE deleted_at IS NULL ORDER BY licence_number",
  "SELECT institution_uuid, service FROM institution_services",
  "SELECT institution_uuid, role, count FROM institution_staff",
  /* rowid order is the order of recording: on one date, the line
   * recorded last wins (riaya-capacity.h). */
  "SELECT institution_uuid, uuid, kind, date, deadline, note FROM licence_events ORDER BY rowid",
  "SELECT institution_uuid, uuid, category, sex, places, effective_date FROM capacity_lines ORDER BY rowid",
};

static const LoadQueries load_one = {
  SELECT_COLUMNS " WHERE uuid = ?1",
  "SELECT institution_uuid, service FROM institution_services WHERE institution_uuid = ?1",
  "SELECT institution_uuid, role, count FROM institution_staff WHERE institution_uuid = ?1",
  "SELECT institution_uuid, uuid, kind, date, deadline, note FROM licence_events"
  " WHERE institution_uuid = ?1 ORDER BY rowid",
  "SELECT institution_uuid, uuid, category, sex, places, effective_date FROM capacity_lines"
  " WHERE institution_uuid = ?1 ORDER BY rowid",
};

/* ---- columns ------------------------------------------------------------- */

static const char *
column_value (const InstitutionColumn *column,
              RiayaInstitution        *institution)
{
  switch (column->kind)
    {
    case COLUMN_LEGAL_BASIS:
      return riaya_legal_basis_to_code (riaya_institution_get_legal_basis (institution));
    case COLUMN_TYPE:
      return riaya_institution_type_to_code (riaya_institution_get_institution_type (institution));
    case COLUMN_TEXT:
    default:
      return column->get (institution);
    }
}

static void
set_column_value (const InstitutionColumn *column,
                  RiayaInstitution        *institution,
                  const char              *value)
{
  RiayaLegalBasis basis;
  RiayaInstitutionType type;

  /* An unknown code (a damaged file) keeps the default; riaya_store_check()
   * names the row. */
  switch (column->kind)
    {
    case COLUMN_LEGAL_BASIS:
      if (value != NULL && riaya_legal_basis_from_code (value, &basis))
        riaya_institution_set_legal_basis (institution, basis);
      break;
    case COLUMN_TYPE:
      if (value != NULL && riaya_institution_type_from_code (value, &type))
        riaya_institution_set_institution_type (institution, type);
      break;
    case COLUMN_TEXT:
    default:
      column->set (institution, value);
      break;
    }
}

static void
bind_columns (sqlite3_stmt     *stmt,
              RiayaInstitution *institution)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    _riaya_store_bind_text (stmt, (int) i + 1, column_value (&institution_columns[i], institution));
}

GPtrArray *
_riaya_store_changed_columns (RiayaInstitution *before,
                              RiayaInstitution *after)
{
  GPtrArray *changed = g_ptr_array_new ();

  for (guint i = 0; i < N_COLUMNS; i++)
    if (g_strcmp0 (column_value (&institution_columns[i], before),
                   column_value (&institution_columns[i], after)) != 0)
      g_ptr_array_add (changed, (gpointer) institution_columns[i].name);

  return changed;
}

/* ---- load ---------------------------------------------------------------- */

static gboolean
prepare_load (RiayaStore     *self,
              const char     *sql,
              const char     *uuid,
              sqlite3_stmt  **stmt,
              GError        **error)
{
  *stmt = _riaya_store_prepare (self, sql, error);
  if (*stmt == NULL)
    return FALSE;
  if (uuid != NULL)
    sqlite3_bind_text (*stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  return TRUE;
}

static gboolean
finish_load (RiayaStore    *self,
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

GPtrArray *
_riaya_store_load_institutions (RiayaStore  *self,
                                const char  *uuid,
                                GError     **error)
{
  const LoadQueries *q = uuid != NULL ? &load_one : &load_all;
  g_autoptr(GPtrArray) institutions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) services = g_hash_table_new (NULL, NULL);
  sqlite3_stmt *stmt;
  int rc;

  /* Institutions. */
  if (!prepare_load (self, q->institutions, uuid, &stmt, error))
    return NULL;
  g_assert (sqlite3_column_count (stmt) == (int) N_COLUMNS);
  for (guint i = 0; i < N_COLUMNS; i++)
    g_assert (strcmp (sqlite3_column_name (stmt, (int) i), institution_columns[i].name) == 0);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitution *institution = riaya_institution_new ();

      for (guint i = 0; i < N_COLUMNS; i++)
        set_column_value (&institution_columns[i], institution,
                          _riaya_store_column_text (stmt, (int) i));
      g_ptr_array_add (institutions, institution);
      g_hash_table_insert (by_uuid, (gpointer) riaya_institution_get_uuid (institution), institution);
    }
  if (!finish_load (self, stmt, rc, error))
    return NULL;

  /* Services, gathered into each institution's bit mask. */
  if (!prepare_load (self, q->services, uuid, &stmt, error))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitution *institution = g_hash_table_lookup (by_uuid, _riaya_store_column_text (stmt, 0));
      RiayaService service;

      if (institution != NULL && riaya_service_from_code (_riaya_store_column_text (stmt, 1), &service))
        {
          guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (services, institution));
          g_hash_table_insert (services, institution, GUINT_TO_POINTER (mask | (1u << service)));
        }
    }
  if (!finish_load (self, stmt, rc, error))
    return NULL;
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, services);
    while (g_hash_table_iter_next (&iter, &key, &value))
      riaya_institution_set_services (key, GPOINTER_TO_UINT (value));
  }

  /* Staff. */
  if (!prepare_load (self, q->staff, uuid, &stmt, error))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitution *institution = g_hash_table_lookup (by_uuid, _riaya_store_column_text (stmt, 0));
      RiayaStaffRole role;

      if (institution != NULL && riaya_staff_role_from_code (_riaya_store_column_text (stmt, 1), &role))
        riaya_institution_set_staff (institution, role, (guint) MAX (0, sqlite3_column_int (stmt, 2)));
    }
  if (!finish_load (self, stmt, rc, error))
    return NULL;

  /* The licence's history. */
  if (!prepare_load (self, q->events, uuid, &stmt, error))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitution *institution = g_hash_table_lookup (by_uuid, _riaya_store_column_text (stmt, 0));
      g_autoptr(RiayaLicenceEvent) event = NULL;
      RiayaLicenceEventKind kind;

      if (institution == NULL ||
          !riaya_licence_event_kind_from_code (_riaya_store_column_text (stmt, 2), &kind))
        continue;

      event = riaya_licence_event_new (kind,
                                       _riaya_store_column_text (stmt, 3),
                                       _riaya_store_column_text (stmt, 4),
                                       _riaya_store_column_text (stmt, 5));
      riaya_licence_event_set_uuid (event, _riaya_store_column_text (stmt, 1));
      riaya_institution_add_event (institution, event);
    }
  if (!finish_load (self, stmt, rc, error))
    return NULL;

  /* Capacity lines. */
  if (!prepare_load (self, q->lines, uuid, &stmt, error))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RiayaInstitution *institution = g_hash_table_lookup (by_uuid, _riaya_store_column_text (stmt, 0));
      g_autoptr(RiayaCapacityLine) line = NULL;
      RiayaCategory category;
      RiayaSex sex;
      int places = sqlite3_column_int (stmt, 4);

      if (institution == NULL || places < 0 ||
          !riaya_category_from_code (_riaya_store_column_text (stmt, 2), &category) ||
          !riaya_sex_from_code (_riaya_store_column_text (stmt, 3), &sex))
        continue;

      line = riaya_capacity_line_new (category, sex, (guint) places, _riaya_store_column_text (stmt, 5));
      riaya_capacity_line_set_uuid (line, _riaya_store_column_text (stmt, 1));
      riaya_institution_add_capacity_line (institution, line);
    }
  if (!finish_load (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&institutions);
}

gboolean
_riaya_store_institution_state (RiayaStore *self,
                                const char *uuid,
                                gboolean   *deleted)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                             "SELECT deleted_at IS NOT NULL FROM institutions WHERE uuid = ?",
                                             NULL);
  gboolean found = FALSE;

  if (deleted != NULL)
    *deleted = FALSE;
  if (stmt == NULL || uuid == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (deleted != NULL)
        *deleted = sqlite3_column_int (stmt, 0) != 0;
    }
  sqlite3_reset (stmt);

  return found;
}

/* ---- row writes (in the caller's transaction) ---------------------------- */

static gboolean
write_services_and_staff (RiayaStore        *self,
                          RiayaInstitution  *institution,
                          GError           **error)
{
  const char *uuid = riaya_institution_get_uuid (institution);
  sqlite3_stmt *stmt;

  for (guint s = 0; s < RIAYA_N_SERVICES; s++)
    {
      if (!riaya_institution_has_service (institution, s))
        continue;
      stmt = _riaya_store_prepare (self,
                                   "INSERT INTO institution_services (institution_uuid, service) VALUES (?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, riaya_service_to_code (s), -1, SQLITE_STATIC);
      if (!_riaya_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    {
      guint count = riaya_institution_get_staff (institution, r);

      if (count == 0)
        continue;
      stmt = _riaya_store_prepare (self,
                                   "INSERT INTO institution_staff (institution_uuid, role, count) VALUES (?, ?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, riaya_staff_role_to_code (r), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, count);
      if (!_riaya_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_riaya_store_insert_institution_row (RiayaStore        *self,
                                     RiayaInstitution  *institution,
                                     const char        *now,
                                     GError           **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, insert_sql, error);

  _riaya_store_forget_written_institution (self);
  if (stmt == NULL)
    return FALSE;

  bind_columns (stmt, institution);
  sqlite3_bind_text (stmt, N_COLUMNS + 1, now, -1, SQLITE_TRANSIENT);
  if (!_riaya_store_step_done (self, stmt, error))
    return FALSE;

  return write_services_and_staff (self, institution, error);
}

gboolean
_riaya_store_update_institution_row (RiayaStore        *self,
                                     RiayaInstitution  *institution,
                                     const char        *now,
                                     GError           **error)
{
  const char *uuid = riaya_institution_get_uuid (institution);
  sqlite3_stmt *stmt = _riaya_store_prepare (self, update_sql, error);

  _riaya_store_forget_written_institution (self);
  if (stmt == NULL)
    return FALSE;

  bind_columns (stmt, institution);
  sqlite3_bind_text (stmt, N_COLUMNS + 1, now, -1, SQLITE_TRANSIENT);
  if (!_riaya_store_step_done (self, stmt, error))
    return FALSE;

  /* Services and staff are small sets: replace them whole. */
  stmt = _riaya_store_prepare (self, "DELETE FROM institution_services WHERE institution_uuid = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (!_riaya_store_step_done (self, stmt, error))
    return FALSE;

  stmt = _riaya_store_prepare (self, "DELETE FROM institution_staff WHERE institution_uuid = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (!_riaya_store_step_done (self, stmt, error))
    return FALSE;

  return write_services_and_staff (self, institution, error);
}

RiayaInstitution *
_riaya_store_load_institution (RiayaStore  *self,
                               const char  *uuid,
                               GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;

  if (self->importing && self->import_institution != NULL &&
      g_strcmp0 (riaya_institution_get_uuid (self->import_institution), uuid) == 0)
    return g_object_ref (self->import_institution);

  found = _riaya_store_load_institutions (self, uuid, error);
  if (found == NULL)
    return NULL;
  g_assert (found->len == 1);

  return g_object_ref (g_ptr_array_index (found, 0));
}

void
_riaya_store_forget_written_institution (RiayaStore *self)
{
  g_clear_object (&self->import_institution);
}

gboolean
_riaya_store_touch_institution (RiayaStore  *self,
                                const char  *uuid,
                                const char  *now,
                                GError     **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self, "UPDATE institutions SET updated_at = ? WHERE uuid = ?", error);

  _riaya_store_forget_written_institution (self);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  return _riaya_store_step_done (self, stmt, error);
}

gboolean
_riaya_store_insert_event_row (RiayaStore         *self,
                               const char         *institution_uuid,
                               RiayaLicenceEvent  *event,
                               const char         *now,
                               GError            **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                             "INSERT INTO licence_events (uuid, institution_uuid, kind, date,"
                                             " deadline, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                             error);

  _riaya_store_forget_written_institution (self);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, riaya_licence_event_get_uuid (event), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, riaya_licence_event_kind_to_code (riaya_licence_event_get_kind (event)), -1,
                     SQLITE_STATIC);
  _riaya_store_bind_text (stmt, 4, riaya_licence_event_get_date (event));
  _riaya_store_bind_text (stmt, 5, riaya_licence_event_get_deadline (event));
  _riaya_store_bind_text (stmt, 6, riaya_licence_event_get_note (event));
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);

  return _riaya_store_step_done (self, stmt, error);
}

gboolean
_riaya_store_insert_line_row (RiayaStore         *self,
                              const char         *institution_uuid,
                              RiayaCapacityLine  *line,
                              const char         *now,
                              GError            **error)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                             "INSERT INTO capacity_lines (uuid, institution_uuid, category, sex,"
                                             " places, effective_date, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                             error);

  _riaya_store_forget_written_institution (self);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, riaya_capacity_line_get_uuid (line), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, riaya_category_to_code (riaya_capacity_line_get_category (line)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, riaya_sex_to_code (riaya_capacity_line_get_sex (line)), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, riaya_capacity_line_get_places (line));
  _riaya_store_bind_text (stmt, 6, riaya_capacity_line_get_effective_date (line));
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);

  return _riaya_store_step_done (self, stmt, error);
}

/* Whether a licence event or capacity line with @uuid is recorded. */
gboolean
_riaya_store_history_uuid_exists (RiayaStore *self,
                                  const char *uuid)
{
  sqlite3_stmt *stmt = _riaya_store_prepare (self,
                                             "SELECT 1 FROM licence_events WHERE uuid = ?1"
                                             " UNION ALL SELECT 1 FROM capacity_lines WHERE uuid = ?1",
                                             NULL);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return exists;
}

/* ---- public reads -------------------------------------------------------- */

/* People present today, from the counts (riaya-store-counts.c): one query
 * for every institution of @institutions, or for the one @uuid. */
static gboolean
set_presence_today (RiayaStore  *self,
                    GPtrArray   *institutions,
                    const char  *uuid,
                    GError     **error)
{
  g_autofree char *today = riaya_date_today_iso ();
  g_autoptr(GHashTable) presence = riaya_store_presence_on (self, today, uuid, error);

  if (presence == NULL)
    return FALSE;

  for (guint i = 0; i < institutions->len; i++)
    {
      RiayaInstitution *institution = g_ptr_array_index (institutions, i);
      const RiayaPresence *found = g_hash_table_lookup (presence, riaya_institution_get_uuid (institution));

      riaya_institution_set_presence (institution, found != NULL ? today : NULL, found);
    }

  return TRUE;
}

GListModel *
riaya_store_list_institutions (RiayaStore  *self,
                               GError     **error)
{
  g_autoptr(GPtrArray) institutions = NULL;
  GListStore *store;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  institutions = _riaya_store_load_institutions (self, NULL, error);
  if (institutions == NULL || !set_presence_today (self, institutions, NULL, error))
    return NULL;

  store = g_list_store_new (RIAYA_TYPE_INSTITUTION);
  g_list_store_splice (store, 0, 0, institutions->pdata, institutions->len);

  return G_LIST_MODEL (store);
}

guint
riaya_store_count_institutions (RiayaStore *self)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (RIAYA_IS_STORE (self), 0);

  stmt = _riaya_store_prepare (self, "SELECT count(*) FROM institutions WHERE deleted_at IS NULL", NULL);
  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return count;
}

RiayaInstitution *
riaya_store_get_institution (RiayaStore  *self,
                             const char  *uuid_or_licence,
                             GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *uuid = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid_or_licence != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _riaya_store_prepare (self,
                               "SELECT uuid FROM institutions WHERE deleted_at IS NULL"
                               " AND (uuid = ?1 OR licence_number = ?1) ORDER BY uuid = ?1 DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid_or_licence, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    uuid = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (uuid != NULL)
    found = _riaya_store_load_institutions (self, uuid, error);
  else
    found = NULL;

  if (uuid != NULL && (found == NULL || !set_presence_today (self, found, uuid, error)))
    return NULL;  /* a database error, already set */

  if (found == NULL || found->len == 0)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is the identifier or licence number typed */
                   _("No institution has the identifier or licence number “%s”: check it against the list of institutions."),
                   uuid_or_licence);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

gboolean
riaya_store_licence_number_exists (RiayaStore *self,
                                   const char *licence_number,
                                   const char *except_uuid)
{
  sqlite3_stmt *stmt;
  gboolean exists;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);

  if (licence_number == NULL)
    return FALSE;

  stmt = _riaya_store_prepare (self,
                               "SELECT 1 FROM institutions WHERE licence_number = ? AND deleted_at IS NULL"
                               " AND uuid IS NOT ?",
                               NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, licence_number, -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 2, except_uuid);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return exists;
}
