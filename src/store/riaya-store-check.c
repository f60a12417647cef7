/* riaya-store-check.c — is the database sound and consistent?
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's own checks first (the file, the foreign keys), then the
 * program's: what the store refuses to write must not be in the file
 * either — it could come from an old version, a hand edit or a damaged
 * disk. Each problem is one translated sentence that says what to do.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "riaya-store-private.h"
#include "riaya-store-residents.h"

static void
add_problem (GPtrArray  *problems,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
add_problem (GPtrArray  *problems,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (problems, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
check_integrity (RiayaStore  *self,
                 GPtrArray   *problems,
                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      _riaya_store_set_error (self, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (result, "ok") != 0)
        add_problem (problems,
                     /* Translators: %s is SQLite's description of the damage (in English) */
                     _("The database file is damaged (%s): restore a recent backup."),
                     result);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    add_problem (problems, _("The database file is damaged and cannot be checked: restore a recent backup."));

  return TRUE;
}

static gboolean
check_foreign_keys (RiayaStore  *self,
                    GPtrArray   *problems,
                    GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      _riaya_store_set_error (self, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  while (sqlite3_step (stmt) == SQLITE_ROW)
    add_problem (problems,
                 /* Translators: both %s are names of database tables, %lld a row number */
                 _("Row %lld of table “%s” refers to a row of “%s” that does not exist: restore a recent backup."),
                 (long long) sqlite3_column_int64 (stmt, 1),
                 (const char *) sqlite3_column_text (stmt, 0),
                 (const char *) sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);

  return TRUE;
}

typedef enum
{
  CODE_LEGAL_BASIS,
  CODE_TYPE,
  CODE_SERVICE,
  CODE_STAFF_ROLE,
  CODE_EVENT_KIND,
  CODE_CATEGORY,
  CODE_SEX,
  CODE_REFERRAL,
  CODE_EXIT_REASON,
  CODE_GRANT_KIND,
} CodeKind;

static gboolean
code_is_known (CodeKind    kind,
               const char *code)
{
  RiayaLegalBasis basis;
  RiayaInstitutionType type;
  RiayaService service;
  RiayaStaffRole role;
  RiayaLicenceEventKind event;
  RiayaCategory category;
  RiayaSex sex;
  RiayaReferral referral;
  RiayaExitReason reason;
  RiayaGrantKind grant_kind;

  if (code == NULL)
    return FALSE;

  switch (kind)
    {
    case CODE_LEGAL_BASIS: return riaya_legal_basis_from_code (code, &basis);
    case CODE_TYPE:        return riaya_institution_type_from_code (code, &type);
    case CODE_SERVICE:     return riaya_service_from_code (code, &service);
    case CODE_STAFF_ROLE:  return riaya_staff_role_from_code (code, &role);
    case CODE_EVENT_KIND:  return riaya_licence_event_kind_from_code (code, &event);
    case CODE_CATEGORY:    return riaya_category_from_code (code, &category);
    case CODE_SEX:         return riaya_sex_from_code (code, &sex);
    case CODE_REFERRAL:    return riaya_referral_from_code (code, &referral);
    case CODE_EXIT_REASON: return riaya_exit_reason_from_code (code, &reason);
    case CODE_GRANT_KIND:  return riaya_grant_kind_from_code (code, &grant_kind);
    default:               return FALSE;
    }
}

/* Each query returns (licence number, code); the code must be known. */
typedef struct
{
  const char *sql;
  CodeKind    kind;
  const char *what;
} CodeQuery;

static const CodeQuery code_queries[] = {
  { "SELECT licence_number, legal_basis FROM institutions WHERE deleted_at IS NULL",
    CODE_LEGAL_BASIS, N_("legal basis") },
  { "SELECT licence_number, type FROM institutions WHERE deleted_at IS NULL",
    CODE_TYPE, N_("institution type") },
  { "SELECT i.licence_number, s.service FROM institution_services s"
    " JOIN institutions i ON i.uuid = s.institution_uuid WHERE i.deleted_at IS NULL",
    CODE_SERVICE, N_("service") },
  { "SELECT i.licence_number, s.role FROM institution_staff s"
    " JOIN institutions i ON i.uuid = s.institution_uuid WHERE i.deleted_at IS NULL",
    CODE_STAFF_ROLE, N_("staff role") },
  { "SELECT i.licence_number, e.kind FROM licence_events e"
    " JOIN institutions i ON i.uuid = e.institution_uuid WHERE i.deleted_at IS NULL",
    CODE_EVENT_KIND, N_("licence event") },
  { "SELECT i.licence_number, c.category FROM capacity_lines c"
    " JOIN institutions i ON i.uuid = c.institution_uuid WHERE i.deleted_at IS NULL",
    CODE_CATEGORY, N_("beneficiary category") },
  { "SELECT i.licence_number, c.sex FROM capacity_lines c"
    " JOIN institutions i ON i.uuid = c.institution_uuid WHERE i.deleted_at IS NULL",
    CODE_SEX, N_("sex") },
  /* The register (a director's database). */
  { "SELECT i.licence_number, s.category FROM stays s JOIN institutions i ON i.uuid = s.institution_uuid",
    CODE_CATEGORY, N_("beneficiary category") },
  { "SELECT i.licence_number, s.referral FROM stays s JOIN institutions i ON i.uuid = s.institution_uuid",
    CODE_REFERRAL, N_("referral") },
  { "SELECT i.licence_number, s.exit_reason FROM stays s JOIN institutions i ON i.uuid = s.institution_uuid"
    " WHERE s.exit_reason IS NOT NULL",
    CODE_EXIT_REASON, N_("exit reason") },
  /* Grants. */
  { "SELECT i.licence_number, g.kind FROM grants g JOIN institutions i ON i.uuid = g.institution_uuid"
    " WHERE g.deleted_at IS NULL",
    CODE_GRANT_KIND, N_("grant kind") },
};

static gboolean
check_codes (RiayaStore  *self,
             GPtrArray   *problems,
             GError     **error)
{
  for (guint q = 0; q < G_N_ELEMENTS (code_queries); q++)
    {
      sqlite3_stmt *stmt = _riaya_store_prepare (self, code_queries[q].sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *code = _riaya_store_column_text (stmt, 1);

          if (!code_is_known (code_queries[q].kind, code))
            add_problem (problems,
                         /* Translators: the first %s is a licence number, the second a code, the third what the code is (“legal basis”, “service”…) */
                         _("The institution with licence %1$s has an unknown %3$s code “%2$s”: open it and choose the right value."),
                         _riaya_store_column_text (stmt, 0), code ? code : "",
                         _(code_queries[q].what));
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _riaya_store_set_error (self, error);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_references (RiayaStore  *self,
                  GPtrArray   *problems,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  /* Law 65.15 art. 16: one number, one institution. */
  stmt = _riaya_store_prepare (self,
                               "SELECT licence_number, count(*) FROM institutions WHERE deleted_at IS NULL"
                               " GROUP BY licence_number HAVING count(*) > 1 ORDER BY licence_number",
                               error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    add_problem (problems,
                 /* Translators: %s is a licence number, %d how many institutions hold it */
                 _("Licence number %s is held by %d institutions: give each its own number."),
                 _riaya_store_column_text (stmt, 0), sqlite3_column_int (stmt, 1));
  sqlite3_reset (stmt);

  stmt = _riaya_store_prepare (self,
                               "SELECT licence_number, province_code FROM institutions WHERE deleted_at IS NULL"
                               " AND province_code NOT IN (SELECT code FROM provinces) ORDER BY licence_number",
                               error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    add_problem (problems,
                 /* Translators: the first %s is a licence number, the second a province code */
                 _("The institution with licence %s is in an unknown province “%s”: open it and choose its province."),
                 _riaya_store_column_text (stmt, 0), _riaya_store_column_text (stmt, 1));
  sqlite3_reset (stmt);

  return TRUE;
}

static gboolean
check_histories (RiayaStore  *self,
                 GPtrArray   *problems,
                 GError     **error)
{
  g_autoptr(GPtrArray) institutions = _riaya_store_load_institutions (self, NULL, error);

  if (institutions == NULL)
    return FALSE;

  for (guint i = 0; i < institutions->len; i++)
    {
      RiayaInstitution *institution = g_ptr_array_index (institutions, i);
      const char *number = riaya_institution_get_licence_number (institution);
      const char *licence_date = riaya_institution_get_licence_date (institution);
      GListModel *events = riaya_institution_get_events (institution);
      GListModel *lines = riaya_institution_get_capacity_lines (institution);
      g_autoptr(GError) local_error = NULL;

      /* A licence's history starts with its grant (Law 65.15 art. 10);
       * with events, riaya_licence_check_history() says so too. */
      if (g_list_model_get_n_items (events) == 0)
        add_problem (problems,
                     /* Translators: %s is a licence number */
                     _("The licence %s has no grant at the start of its history: record the grant on the licence date."),
                     number);
      else if (!riaya_licence_check_history (events, licence_date, NULL, &local_error))
        add_problem (problems,
                     /* Translators: %s is a licence number, the second %s a sentence that says what is wrong */
                     _("Licence %s: %s"),
                     number, local_error->message);
      g_clear_error (&local_error);

      for (guint l = 0; l < g_list_model_get_n_items (lines); l++)
        {
          g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, l);

          if (!riaya_capacity_check_line (riaya_institution_get_institution_type (institution),
                                          licence_date, line, &local_error))
            add_problem (problems,
                         /* Translators: %s is a licence number, the second %s a sentence that says what is wrong */
                         _("Licence %s: %s"),
                         number, local_error->message);
          g_clear_error (&local_error);
        }
    }

  return TRUE;
}

/* ---- the register --------------------------------------------------------- */

/* Decree 2.19.693 art. 11: the dates of the register make sense. */
static gboolean
check_stays (RiayaStore  *self,
             GPtrArray   *problems,
             GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _riaya_store_prepare (self,
                               "SELECT i.licence_number, s.register_number, s.admitted_on, s.exited_on,"
                               " r.birth_date, s.register_number > coalesce (q.last_number, 0)"
                               " FROM stays s JOIN institutions i ON i.uuid = s.institution_uuid"
                               " JOIN residents r ON r.uuid = s.resident_uuid"
                               " LEFT JOIN register_sequences q ON q.institution_uuid = s.institution_uuid"
                               " ORDER BY i.licence_number, s.register_number",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *licence = _riaya_store_column_text (stmt, 0);
      guint number = (guint) sqlite3_column_int64 (stmt, 1);
      const char *admitted = _riaya_store_column_text (stmt, 2);
      const char *exited = _riaya_store_column_text (stmt, 3);
      const char *birth = _riaya_store_column_text (stmt, 4);

      if (!riaya_date_parse (admitted, &(GDate) { 0 }, NULL) ||
          (exited != NULL && !riaya_date_parse (exited, &(GDate) { 0 }, NULL)) ||
          !riaya_date_parse (birth, &(GDate) { 0 }, NULL))
        add_problem (problems,
                     /* Translators: %u is a register number, %s a licence number */
                     _("Entry %u of the register of licence %s has a date that is not a real day: open it and correct it."),
                     number, licence);
      else if (riaya_date_compare (birth, admitted) > 0)
        add_problem (problems,
                     /* Translators: %u is a register number, %s a licence number */
                     _("Entry %u of the register of licence %s was admitted before the person’s birth: correct the date of birth."),
                     number, licence);
      else if (exited != NULL && riaya_date_compare (exited, admitted) < 0)
        add_problem (problems,
                     /* Translators: %u is a register number, %s a licence number */
                     _("Entry %u of the register of licence %s left before being admitted: correct the date of exit."),
                     number, licence);

      /* Art. 28: numbers are given in sequence and never reused. */
      if (sqlite3_column_int (stmt, 5))
        add_problem (problems,
                     /* Translators: %u is a register number, %s a licence number */
                     _("Entry %u of the register of licence %s is beyond the last number given: restore a recent backup."),
                     number, licence);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  /* One person is in one place at a time. */
  stmt = _riaya_store_prepare (self,
                               "SELECT ia.licence_number, a.register_number, ib.licence_number, b.register_number"
                               " FROM stays a JOIN stays b ON b.resident_uuid = a.resident_uuid AND b.rowid > a.rowid"
                               " JOIN institutions ia ON ia.uuid = a.institution_uuid"
                               " JOIN institutions ib ON ib.uuid = b.institution_uuid"
                               " WHERE a.admitted_on < coalesce (b.exited_on, '9999-12-31')"
                               " AND b.admitted_on < coalesce (a.exited_on, '9999-12-31')"
                               " ORDER BY ia.licence_number, a.register_number",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_problem (problems,
                 /* Translators: %1$u and %3$u are register numbers, %2$s and %4$s licence numbers */
                 _("Entry %1$u of the register of licence %2$s and entry %3$u of licence %4$s are the same person "
                   "at the same time: correct the dates of admission and exit."),
                 (guint) sqlite3_column_int64 (stmt, 1), _riaya_store_column_text (stmt, 0),
                 (guint) sqlite3_column_int64 (stmt, 3), _riaya_store_column_text (stmt, 2));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* Each row of @stmt (bound) as one line of its columns. */
static gboolean
list_rows (RiayaStore    *self,
           sqlite3_stmt  *stmt,
           GPtrArray     *lines,
           GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        if (sqlite3_column_type (stmt, i) != SQLITE_NULL)
          g_string_append_printf (line, "%s%s", i > 0 ? " " : "", _riaya_store_column_text (stmt, i));
      g_ptr_array_add (lines, g_string_free (g_steal_pointer (&line), FALSE));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
same_lines (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  g_ptr_array_sort (a, compare_lines);
  g_ptr_array_sort (b, compare_lines);
  for (guint i = 0; i < a->len; i++)
    if (strcmp (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;

  return TRUE;
}

/* Whether the stored counts and movements of @institution_uuid are what
 * its register gives, up to the last count stored (the first of a month
 * since then gets its count at the next change). */
static gboolean
counts_match_register (RiayaStore  *self,
                       const char  *institution_uuid,
                       gboolean    *match,
                       GError     **error)
{
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) computed = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *last = NULL;
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self, "SELECT max (counted_on) FROM resident_counts WHERE institution_uuid = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    last = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (!_riaya_store_list_register_counts (self, institution_uuid, last, computed, error))
    return FALSE;

  stmt = _riaya_store_prepare (self, "SELECT counted_on FROM resident_counts WHERE institution_uuid = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  if (!list_rows (self, stmt, stored, error))
    return FALSE;

  stmt = _riaya_store_prepare (self,
                               "SELECT counted_on, category, sex, age_band, present FROM resident_count_lines"
                               " WHERE institution_uuid = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  if (!list_rows (self, stmt, stored, error))
    return FALSE;

  if (!same_lines (stored, computed))
    {
      *match = FALSE;
      return TRUE;
    }

  g_ptr_array_set_size (stored, 0);
  g_ptr_array_set_size (computed, 0);

  stmt = _riaya_store_prepare (self,
                               "SELECT period_start, period_end, movement, reason, category, sex, count"
                               " FROM resident_movements WHERE institution_uuid = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  if (!list_rows (self, stmt, stored, error))
    return FALSE;

  stmt = _riaya_store_prepare (self, _riaya_store_register_movements_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, institution_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, "", -1, SQLITE_STATIC);
  if (!list_rows (self, stmt, computed, error))
    return FALSE;

  *match = same_lines (stored, computed);
  return TRUE;
}

static gboolean
check_counts (RiayaStore  *self,
              GPtrArray   *problems,
              GError     **error)
{
  g_autoptr(GPtrArray) institutions = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  if (!riaya_store_keeps_registers (self))
    return TRUE;

  /* Every institution with a register or with counts. */
  stmt = _riaya_store_prepare (self,
                               "SELECT uuid, licence_number FROM institutions WHERE uuid IN"
                               " (SELECT institution_uuid FROM stays UNION SELECT institution_uuid FROM resident_counts"
                               " UNION SELECT institution_uuid FROM resident_movements) ORDER BY licence_number",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (institutions, g_strdup (_riaya_store_column_text (stmt, 0)));
      g_ptr_array_add (institutions, g_strdup (_riaya_store_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  for (guint i = 0; i < institutions->len; i += 2)
    {
      gboolean match = TRUE;

      if (!counts_match_register (self, g_ptr_array_index (institutions, i), &match, error))
        return FALSE;
      if (!match)
        add_problem (problems,
                     /* Translators: %s is a licence number */
                     _("The counts of the institution with licence %s do not match its register: "
                       "they are recomputed at its next admission or exit; if this comes back, "
                       "restore a recent backup."),
                     (const char *) g_ptr_array_index (institutions, i + 1));
    }

  return TRUE;
}

/* Whether the summary of presence on each count (its p_CATEGORY_SEX
 * columns, which occupancy reads) equals the sum of the count's lines.
 * The triggers of migration 0002 keep them equal; an edit by hand or a
 * damaged file may not. */
static gboolean
check_count_summaries (RiayaStore  *self,
                       GPtrArray   *problems,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _riaya_store_prepare (self,
                               "SELECT DISTINCT i.licence_number FROM resident_counts c"
                               " JOIN institutions i ON i.uuid = c.institution_uuid"
                               " LEFT JOIN (SELECT institution_uuid, counted_on,"
                               " sum (CASE WHEN category = 'abandoned-child' AND sex = 'm' THEN present ELSE 0 END) AS p_abandoned_child_m,"
                               " sum (CASE WHEN category = 'abandoned-child' AND sex = 'f' THEN present ELSE 0 END) AS p_abandoned_child_f,"
                               " sum (CASE WHEN category = 'child' AND sex = 'm' THEN present ELSE 0 END) AS p_child_m,"
                               " sum (CASE WHEN category = 'child' AND sex = 'f' THEN present ELSE 0 END) AS p_child_f,"
                               " sum (CASE WHEN category = 'pupil' AND sex = 'm' THEN present ELSE 0 END) AS p_pupil_m,"
                               " sum (CASE WHEN category = 'pupil' AND sex = 'f' THEN present ELSE 0 END) AS p_pupil_f,"
                               " sum (CASE WHEN category = 'disabled' AND sex = 'm' THEN present ELSE 0 END) AS p_disabled_m,"
                               " sum (CASE WHEN category = 'disabled' AND sex = 'f' THEN present ELSE 0 END) AS p_disabled_f,"
                               " sum (CASE WHEN category = 'homeless' AND sex = 'm' THEN present ELSE 0 END) AS p_homeless_m,"
                               " sum (CASE WHEN category = 'homeless' AND sex = 'f' THEN present ELSE 0 END) AS p_homeless_f,"
                               " sum (CASE WHEN category = 'woman' AND sex = 'm' THEN present ELSE 0 END) AS p_woman_m,"
                               " sum (CASE WHEN category = 'woman' AND sex = 'f' THEN present ELSE 0 END) AS p_woman_f,"
                               " sum (CASE WHEN category = 'elderly' AND sex = 'm' THEN present ELSE 0 END) AS p_elderly_m,"
                               " sum (CASE WHEN category = 'elderly' AND sex = 'f' THEN present ELSE 0 END) AS p_elderly_f"
                               " FROM resident_count_lines GROUP BY institution_uuid, counted_on) l"
                               " ON l.institution_uuid = c.institution_uuid AND l.counted_on = c.counted_on"
                               " WHERE"
                               " coalesce (l.p_abandoned_child_m, 0) != c.p_abandoned_child_m OR"
                               " coalesce (l.p_abandoned_child_f, 0) != c.p_abandoned_child_f OR"
                               " coalesce (l.p_child_m, 0) != c.p_child_m OR"
                               " coalesce (l.p_child_f, 0) != c.p_child_f OR"
                               " coalesce (l.p_pupil_m, 0) != c.p_pupil_m OR"
                               " coalesce (l.p_pupil_f, 0) != c.p_pupil_f OR"
                               " coalesce (l.p_disabled_m, 0) != c.p_disabled_m OR"
                               " coalesce (l.p_disabled_f, 0) != c.p_disabled_f OR"
                               " coalesce (l.p_homeless_m, 0) != c.p_homeless_m OR"
                               " coalesce (l.p_homeless_f, 0) != c.p_homeless_f OR"
                               " coalesce (l.p_woman_m, 0) != c.p_woman_m OR"
                               " coalesce (l.p_woman_f, 0) != c.p_woman_f OR"
                               " coalesce (l.p_elderly_m, 0) != c.p_elderly_m OR"
                               " coalesce (l.p_elderly_f, 0) != c.p_elderly_f"
                               " ORDER BY i.licence_number",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_problem (problems,
                 /* Translators: %s is a licence number */
                 _("The occupancy summary of the counts of the institution with licence %s does not "
                   "match their lines: restore a recent backup."),
                 _riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _riaya_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* ---- grants ---------------------------------------------------------------- */

/* Each query returns (licence number, year, amount) of the grants with a
 * problem. A grant above 50,000 DH without a convention (Prime Minister's
 * circular 7/2003), like every rule the table's CHECKs state, is found by
 * the integrity check already. */
typedef struct
{
  const char *sql;
  const char *problem;  /* three arguments: the amount, the year, the licence */
} GrantQuery;

static const GrantQuery grant_queries[] = {
  /* riaya_grant_validate(): the tranches cannot pay more than the grant. */
  { "SELECT i.licence_number, g.year, g.amount FROM grants g"
    " JOIN institutions i ON i.uuid = g.institution_uuid"
    " WHERE g.deleted_at IS NULL"
    " AND g.amount < (SELECT sum (t.amount) FROM grant_tranches t WHERE t.grant_uuid = g.uuid)"
    " ORDER BY i.licence_number, g.year, g.uuid",
    /* Translators: %1$s is an amount of dirhams, %2$u a year, %3$s a licence number */
    N_("The tranches of the grant of %1$s DH for %2$u to the institution with licence %3$s add up to more "
       "than the grant: open the grant and correct its tranches or its amount.") },
  /* The summary the totals read, kept by the triggers of migration 0003. */
  { "SELECT i.licence_number, g.year, g.amount FROM grants g"
    " JOIN institutions i ON i.uuid = g.institution_uuid"
    " WHERE g.paid IS NOT (SELECT coalesce (sum (t.amount), 0) FROM grant_tranches t"
    "                      WHERE t.grant_uuid = g.uuid AND t.paid_on IS NOT NULL)"
    " OR g.first_unpaid_due IS NOT (SELECT min (t.due_on) FROM grant_tranches t"
    "                               WHERE t.grant_uuid = g.uuid AND t.paid_on IS NULL)"
    " OR g.first_owed_due IS NOT"
    "  (CASE WHEN g.justification_due IS NOT NULL AND g.justification_approved IS NULL"
    "         AND (g.justification_received IS NULL OR g.justification_rejected IS NOT NULL)"
    "         AND (g.first_unpaid_due IS NULL OR g.justification_due < g.first_unpaid_due)"
    "    THEN g.justification_due ELSE g.first_unpaid_due END)"
    " ORDER BY i.licence_number, g.year, g.uuid",
    /* Translators: %1$s is an amount of dirhams, %2$u a year, %3$s a licence number */
    N_("The summary of what was paid on the grant of %1$s DH for %2$u to the institution with licence %3$s "
       "does not match its tranches: restore a recent backup.") },
};

static gboolean
check_grants (RiayaStore  *self,
              GPtrArray   *problems,
              GError     **error)
{
  for (guint q = 0; q < G_N_ELEMENTS (grant_queries); q++)
    {
      sqlite3_stmt *stmt = _riaya_store_prepare (self, grant_queries[q].sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree char *amount = riaya_money_format_for_people (sqlite3_column_int64 (stmt, 2));

          add_problem (problems, _(grant_queries[q].problem),
                       amount, (guint) CLAMP (sqlite3_column_int64 (stmt, 1), 0, G_MAXUINT),
                       _riaya_store_column_text (stmt, 0));
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _riaya_store_set_error (self, error);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
riaya_store_check (RiayaStore  *self,
                   GPtrArray  **problems,
                   GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (problems != NULL)
    *problems = NULL;

  found = g_ptr_array_new_with_free_func (g_free);

  if (!check_integrity (self, found, error))
    return FALSE;

  /* A damaged file can make the next queries lie or fail: stop here. */
  if (found->len == 0)
    {
      if (!check_foreign_keys (self, found, error) ||
          !check_codes (self, found, error) ||
          !check_references (self, found, error) ||
          !check_histories (self, found, error) ||
          !check_stays (self, found, error) ||
          !check_count_summaries (self, found, error) ||
          !check_grants (self, found, error) ||
          !_riaya_store_check_inspections (self, found, error) ||
          !_riaya_store_check_registry_now (self, found, error) ||
          !check_counts (self, found, error))
        return FALSE;
    }

  if (problems != NULL)
    *problems = g_ptr_array_ref (found);

  return found->len == 0;
}
