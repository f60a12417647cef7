/* riaya-store-inspections-write.c — planning, recording and cancelling visits
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write here first checks everything — the visit's own rules
 * (riaya_inspection_validate), its institution (known, not deleted, its
 * licence in force on the visit's date: riaya_inspection_check_institution),
 * the visit it follows, identifiers not used elsewhere, and what the law
 * keeps as it is — then writes the visit, its checklist, its actions, the
 * licence event of its decision and the journal rows in one transaction.
 * A refused write leaves the database exactly as it was.
 *
 * The journal names the institution (a public body), the kind of visit
 * and, for a change, the fields that changed: never a value. Findings and
 * notes may describe residents; the committee's names are officials', but
 * nothing needs them there.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-private.h"

/* The name the journal uses for an institution: public bodies' names are
 * not personal data. */
static const char *
journal_name (RiayaInstitution *institution)
{
  const char *name = riaya_institution_get_name_fr (institution);

  return name != NULL ? name : riaya_institution_get_name_ar (institution);
}

/* The institution of a visit, loaded with its history, when it exists and
 * is not deleted. */
static RiayaInstitution *
load_institution (RiayaStore  *self,
                  const char  *uuid,
                  GError     **error)
{
  gboolean deleted;

  if (!_riaya_store_institution_state (self, uuid, &deleted) || deleted)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is an identifier */
                   _("No institution has the identifier “%s” (it may have been deleted): choose the institution "
                     "to visit from the list."),
                   uuid != NULL ? uuid : "");
      return NULL;
    }

  return _riaya_store_load_institution (self, uuid, error);
}

/* The visit @inspection follows, checked: the one it names must be a
 * recorded visit of the same institution; a follow-up that names none
 * follows the latest visit of its institution recorded before its date.
 * *@follows receives it (NULL for a visit that follows none). */
static gboolean
resolve_follows (RiayaStore       *self,
                 RiayaInspection  *inspection,
                 char            **follows,
                 GError          **error)
{
  const char *named = riaya_inspection_get_follows (inspection);
  const char *institution = riaya_inspection_get_institution_uuid (inspection);
  const char *done_on = riaya_inspection_get_done_on (inspection);
  const char *date = done_on != NULL ? done_on : riaya_inspection_get_planned_on (inspection);
  sqlite3_stmt *stmt;

  *follows = NULL;

  if (named != NULL)
    {
      g_autofree char *of = NULL;
      gboolean exists = FALSE, recorded = FALSE;

      stmt = _riaya_store_prepare (self,
                                   "SELECT institution_uuid, done_on IS NOT NULL FROM inspections"
                                   " WHERE uuid = ?1 AND deleted_at IS NULL",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, named, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          exists = TRUE;
          of = g_strdup (_riaya_store_column_text (stmt, 0));
          recorded = sqlite3_column_int (stmt, 1) != 0;
        }
      sqlite3_reset (stmt);

      if (!exists || !recorded)
        {
          g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                       /* Translators: %s is an identifier */
                       _("The visit this one follows (“%s”) is not a recorded visit: choose a visit already "
                         "recorded, or leave it empty to follow the institution’s latest one."),
                       named);
          return FALSE;
        }
      if (g_strcmp0 (of, institution) != 0)
        {
          g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                       _("The visit this one follows was made to another institution: a follow-up checks a visit "
                         "of the same institution. Choose one of its visits, or leave it empty."));
          return FALSE;
        }

      *follows = g_strdup (named);
      return TRUE;
    }

  if (riaya_inspection_get_kind (inspection) != RIAYA_VISIT_KIND_FOLLOW_UP)
    return TRUE;

  /* The visit_on of a recorded visit is its done_on: the index of the
   * institution's visits by date finds the latest before @date. */
  stmt = _riaya_store_prepare (self,
                               "SELECT uuid FROM inspections WHERE institution_uuid = ?1 AND visit_on < ?2"
                               " AND done_on IS NOT NULL AND uuid IS NOT ?3"
                               " ORDER BY visit_on DESC, rowid DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  _riaya_store_bind_text (stmt, 1, institution);
  _riaya_store_bind_text (stmt, 2, date);
  sqlite3_bind_text (stmt, 3, riaya_inspection_get_uuid (inspection), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    *follows = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (*follows == NULL)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is a date */
                   _("No visit of this institution was recorded before %s, so there is nothing for a follow-up "
                     "to check: record the earlier visit first, or choose another kind of visit."),
                   date != NULL ? date : "");
      return FALSE;
    }

  return TRUE;
}

/* Action identifiers are unique in the database: none of @inspection's
 * may belong to another visit, nor appear twice in it. */
static gboolean
check_action_uuids (RiayaStore       *self,
                    RiayaInspection  *inspection,
                    GError          **error)
{
  GListModel *actions = riaya_inspection_get_actions (inspection);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;

  stmt = _riaya_store_prepare (self,
                               "SELECT 1 FROM corrective_actions WHERE uuid = ?1 AND inspection_uuid IS NOT ?2",
                               error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);
      const char *uuid = riaya_corrective_action_get_uuid (action);
      gboolean elsewhere;

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, riaya_inspection_get_uuid (inspection), -1, SQLITE_TRANSIENT);
      elsewhere = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);

      if (elsewhere || !g_hash_table_add (seen, (gpointer) uuid))
        {
          g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                       /* Translators: %s is a date */
                       _("The corrective action due on %s is already recorded with another visit: enter it again "
                         "as a new action."),
                       riaya_corrective_action_get_due_on (action));
          return FALSE;
        }
    }

  return TRUE;
}

/* Law 65.15 art. 34 and decree 2.19.693 art. 8: once recorded, a decision
 * is an event of the licence and the visit's report is signed. What an
 * update of @stored into @inspection may not change. */
static gboolean
check_kept (RiayaInspection  *stored,
            RiayaInspection  *inspection,
            GError          **error)
{
  RiayaDecision decision = riaya_inspection_get_decision (stored);

  if (!riaya_inspection_is_done (stored))
    return TRUE;

  if (g_strcmp0 (riaya_inspection_get_institution_uuid (stored),
                 riaya_inspection_get_institution_uuid (inspection)) != 0)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT,
                   _("This visit is recorded: it stays with the institution that was visited. To record a visit "
                     "of another institution, add a new visit."));
      return FALSE;
    }

  if (!riaya_inspection_is_done (inspection))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT,
                   _("This visit is recorded and its report was signed by the members present: it cannot go back "
                     "to being only planned. Correct its fields instead."));
      return FALSE;
    }

  if (decision != RIAYA_DECISION_NONE &&
      (riaya_inspection_get_decision (inspection) != decision ||
       g_strcmp0 (riaya_inspection_get_decision_deadline (stored),
                  riaya_inspection_get_decision_deadline (inspection)) != 0 ||
       g_strcmp0 (riaya_inspection_get_done_on (stored), riaya_inspection_get_done_on (inspection)) != 0))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT,
                   /* Translators: %s is a decision such as “Warning” */
                   _("The decision “%s” of this visit is recorded in the licence’s history, with its date and "
                     "deadline, and cannot be changed or removed. Record a new event in the licence’s history "
                     "instead (a reopening, or a further sanction after a new visit)."),
                   riaya_decision_to_label (decision));
      return FALSE;
    }

  return TRUE;
}

/* Whether @inspection names, as the licence event of its decision, an
 * event of its institution's history of that decision's kind: a visit
 * imported from an exchange file, whose decision's event came with the
 * institution's history in the same file. That event is the decision's,
 * and no other is made. */
static gboolean
names_decision_event (RiayaStore      *self,
                      RiayaInspection *inspection)
{
  const char *event = riaya_inspection_get_licence_event (inspection);
  RiayaLicenceEventKind kind;
  sqlite3_stmt *stmt;
  gboolean found;

  if (event == NULL || !riaya_decision_to_licence_event (riaya_inspection_get_decision (inspection), &kind))
    return FALSE;

  stmt = _riaya_store_prepare (self,
                               "SELECT 1 FROM licence_events WHERE uuid = ?1 AND institution_uuid = ?2 AND kind = ?3",
                               NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, event, -1, SQLITE_TRANSIENT);
  _riaya_store_bind_text (stmt, 2, riaya_inspection_get_institution_uuid (inspection));
  sqlite3_bind_text (stmt, 3, riaya_licence_event_kind_to_code (kind), -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return found;
}

/* Everything a write of @inspection (as @stored was, NULL for a new
 * visit) checks before anything is written. On success *@saved is the
 * visit as it will be saved — the visit it follows resolved, its licence
 * event set — and *@event the licence event its decision becomes now
 * (NULL for none); *@institution its institution. */
static gboolean
check_visit (RiayaStore         *self,
             RiayaInspection    *stored,
             RiayaInspection    *inspection,
             RiayaInspection   **saved,
             RiayaLicenceEvent **event,
             RiayaInstitution  **institution,
             GError            **error)
{
  g_autoptr(RiayaInspection) copy = NULL;
  g_autoptr(RiayaInstitution) place = NULL;
  g_autoptr(RiayaLicenceEvent) made = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *follows = NULL;

  if (stored != NULL && !check_kept (stored, inspection, error))
    return FALSE;

  if (!riaya_inspection_validate (inspection, today, error))
    return FALSE;

  place = load_institution (self, riaya_inspection_get_institution_uuid (inspection), error);
  if (place == NULL)
    return FALSE;

  if (!resolve_follows (self, inspection, &follows, error) ||
      !check_action_uuids (self, inspection, error))
    return FALSE;

  copy = riaya_inspection_copy (inspection);
  riaya_inspection_set_follows (copy, follows);
  riaya_inspection_set_revision (copy, stored != NULL ? riaya_inspection_get_revision (stored) : 0);
  if ((stored == NULL || riaya_inspection_get_licence_event (stored) == NULL) &&
      names_decision_event (self, inspection))
    riaya_inspection_set_licence_event (copy, riaya_inspection_get_licence_event (inspection));
  else
    riaya_inspection_set_licence_event (copy, stored != NULL ? riaya_inspection_get_licence_event (stored) : NULL);

  /* The licence in force on the visit's date; a decision this visit
   * already made (a withdrawal, a closure) is left out, so that the visit
   * can still be corrected. */
  if (!riaya_inspection_check_institution (copy, place, error))
    return FALSE;

  /* Art. 34: a decision becomes an event of the licence, checked against
   * its history as any other event is; one already recorded stays. */
  if (riaya_inspection_get_licence_event (copy) == NULL &&
      riaya_inspection_get_decision (copy) != RIAYA_DECISION_NONE)
    {
      made = riaya_inspection_make_licence_event (copy);
      if (!_riaya_store_check_licence_event (self, place, made, error))
        return FALSE;
      riaya_inspection_set_licence_event (copy, riaya_licence_event_get_uuid (made));
    }

  *saved = g_steal_pointer (&copy);
  *event = g_steal_pointer (&made);
  *institution = g_steal_pointer (&place);
  return TRUE;
}

/* After a commit: @inspection says what was saved, as a listed visit does. */
static void
update_object (RiayaInspection  *inspection,
               RiayaInspection  *saved,
               RiayaInstitution *institution)
{
  riaya_inspection_set_follows (inspection, riaya_inspection_get_follows (saved));
  riaya_inspection_set_licence_event (inspection, riaya_inspection_get_licence_event (saved));
  riaya_inspection_set_revision (inspection, riaya_inspection_get_revision (saved));
  riaya_inspection_set_institution_info (inspection, riaya_institution_get_display_name (institution),
                                         riaya_institution_get_licence_number (institution),
                                         riaya_institution_get_province_code (institution));
  riaya_inspection_set_legal_basis (inspection, riaya_institution_get_legal_basis (institution));
}

/* Writes @saved (checked by check_visit()) over @stored, with the licence
 * event of its decision and the journal rows, in one transaction. */
static gboolean
write_visit (RiayaStore         *self,
             RiayaInspection    *stored,
             RiayaInspection    *saved,
             RiayaLicenceEvent  *event,
             const char         *action,
             const char         *summary,
             GError            **error)
{
  g_autofree char *now = _riaya_store_now ();
  const char *institution = riaya_inspection_get_institution_uuid (saved);

  if (!_riaya_store_begin (self, error))
    return FALSE;

  /* The event first: the visit's row refers to it. */
  if ((event != NULL && !_riaya_store_write_licence_event (self, institution, event, now, error)) ||
      !_riaya_store_write_inspection (self, stored, saved, now, error) ||
      !_riaya_store_journal (self, "inspection", riaya_inspection_get_uuid (saved), action, summary, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  return _riaya_store_commit (self, error);
}

gboolean
riaya_store_add_inspection (RiayaStore       *self,
                            RiayaInspection  *inspection,
                            GError          **error)
{
  g_autoptr(RiayaInspection) saved = NULL;
  g_autoptr(RiayaLicenceEvent) event = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_INSPECTION (inspection), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_visit (self, NULL, inspection, &saved, &event, &institution, error))
    return FALSE;

  if (_riaya_store_inspection_state (self, riaya_inspection_get_uuid (inspection), NULL, NULL))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                   /* Translators: %s is an institution's name */
                   _("This visit to “%s” is already recorded: open it and edit it instead of adding it again."),
                   riaya_institution_get_display_name (institution));
      return FALSE;
    }

  summary = g_strdup_printf ("Visit %s (%s) to “%s”, licence %s",
                             riaya_inspection_is_done (saved) ? "recorded" : "planned",
                             riaya_visit_kind_to_code (riaya_inspection_get_kind (saved)),
                             journal_name (institution), riaya_institution_get_licence_number (institution));

  if (!write_visit (self, NULL, saved, event, "create", summary, error))
    return FALSE;

  update_object (inspection, saved, institution);
  return TRUE;
}

gboolean
riaya_store_update_inspection (RiayaStore       *self,
                               RiayaInspection  *inspection,
                               GError          **error)
{
  g_autoptr(RiayaInspection) stored = NULL;
  g_autoptr(RiayaInspection) saved = NULL;
  g_autoptr(RiayaLicenceEvent) event = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_INSPECTION (inspection), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = riaya_store_get_inspection (self, riaya_inspection_get_uuid (inspection), error);
  if (stored == NULL ||
      !check_visit (self, stored, inspection, &saved, &event, &institution, error))
    return FALSE;

  /* Field names only: dates, findings and notes stay out of the journal,
   * which says who changed what, not to what. */
  changed = riaya_inspection_dup_changed_fields (stored, saved);
  if (changed == NULL)
    return TRUE;  /* nothing to save, nothing to journal */

  riaya_inspection_set_revision (saved, riaya_inspection_get_revision (stored) + 1);
  summary = g_strdup_printf ("Changed fields: %s", changed);

  if (!write_visit (self, stored, saved, event, "update", summary, error))
    return FALSE;

  update_object (inspection, saved, institution);
  return TRUE;
}

static gboolean
set_deleted (RiayaStore  *self,
             const char  *uuid,
             gboolean     deleting,
             GError     **error)
{
  g_autoptr(RiayaInspection) visit = NULL;
  g_autofree char *now = NULL;
  g_autofree char *summary = NULL;
  gboolean deleted, done;

  if (!_riaya_store_inspection_state (self, uuid, &deleted, &done) || deleted == deleting)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   deleting
                   /* Translators: %s is an identifier */
                   ? _("No planned visit with the identifier “%s” is in the list: reload the list and try again.")
                   /* Translators: %s is an identifier */
                   : _("No cancelled visit has the identifier “%s”: it may already have been restored."),
                   uuid);
      return FALSE;
    }

  /* Decree 2.19.693 art. 8: the members present signed the report. */
  if (done)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_KEPT,
                   _("This visit is recorded and its report was signed by the members present: it is kept. "
                     "Only a visit still planned can be cancelled."));
      return FALSE;
    }

  visit = _riaya_store_load_inspection (self, uuid, error);
  if (visit == NULL)
    return FALSE;

  now = _riaya_store_now ();
  summary = g_strdup_printf (deleting ? "Cancelled the planned visit (%s) to the institution with licence %s"
                                      : "Restored the planned visit (%s) to the institution with licence %s",
                             riaya_visit_kind_to_code (riaya_inspection_get_kind (visit)),
                             riaya_inspection_get_licence_number (visit));

  if (!_riaya_store_begin (self, error))
    return FALSE;

  /* The revision grows: a calendar replaces its copy by the cancelled
   * one (RFC 5545 §3.8.7.4). */
  if (!_riaya_store_set_inspection_deleted (self, uuid, deleting ? now : NULL, now, error) ||
      !_riaya_store_journal (self, "inspection", uuid, deleting ? "delete" : "undelete", summary, error))
    {
      _riaya_store_rollback (self);
      return FALSE;
    }

  return _riaya_store_commit (self, error);
}

gboolean
riaya_store_delete_inspection (RiayaStore  *self,
                               const char  *uuid,
                               GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_deleted (self, uuid, TRUE, error);
}

gboolean
riaya_store_undelete_inspection (RiayaStore  *self,
                                 const char  *uuid,
                                 GError     **error)
{
  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_deleted (self, uuid, FALSE, error);
}

gboolean
riaya_store_set_action_done (RiayaStore  *self,
                             const char  *action_uuid,
                             const char  *done_on,
                             GError     **error)
{
  g_autoptr(RiayaInspection) stored = NULL;
  g_autoptr(RiayaInspection) saved = NULL;
  g_autofree char *visit_uuid = NULL;
  g_autofree char *today = NULL;
  RiayaCorrectiveAction *action;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RIAYA_IS_STORE (self), FALSE);
  g_return_val_if_fail (action_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = _riaya_store_prepare (self,
                               "SELECT a.inspection_uuid FROM corrective_actions a"
                               " JOIN inspections v ON v.uuid = a.inspection_uuid"
                               " WHERE a.uuid = ?1 AND v.deleted_at IS NULL",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, action_uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    visit_uuid = g_strdup (_riaya_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (visit_uuid == NULL)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is an identifier */
                   _("No corrective action has the identifier “%s”: open the visit and choose one of its actions."),
                   action_uuid);
      return FALSE;
    }

  stored = _riaya_store_load_inspection (self, visit_uuid, error);
  if (stored == NULL)
    return FALSE;

  saved = riaya_inspection_copy (stored);
  action = riaya_inspection_find_action (saved, action_uuid);
  g_assert (action != NULL);
  if (g_strcmp0 (riaya_corrective_action_get_done_on (action), done_on) == 0)
    return TRUE;  /* nothing to save, nothing to journal */
  riaya_corrective_action_set_done_on (action, done_on);

  /* Not done in the future, nor before the visit. */
  today = riaya_date_today_iso ();
  if (!riaya_inspection_validate (saved, today, error))
    return FALSE;

  riaya_inspection_set_revision (saved, riaya_inspection_get_revision (stored) + 1);
  return write_visit (self, stored, saved, NULL, "update", "Changed fields: actions", error);
}
