/* riaya-inspection-rules.c — what the law asks of a visit and what follows
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decree 2.19.693 arts 7–9: a visit is valid only when a majority of the
 * members invited are present, who sign the report. Law 65.15 art. 34: a
 * warning or a reprimand gives a deadline to regularise; a suspension or
 * a withdrawal follows if the infringement persists; art. 31: closure.
 * The decision becomes an event of the licence (riaya-licence.h).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-inspection.h"
#include "riaya-inspection-private.h"
#include "riaya-licence.h"
#include "riaya-validation.h"

/* --- What follows from a visit --------------------------------------- */

gboolean
riaya_inspection_is_done (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), FALSE);
  return self->texts[INSPECTION_TEXT_DONE_ON] != NULL;
}

gboolean
riaya_inspection_has_quorum (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), FALSE);

  /* Decree 2.19.693 art. 8: a majority of the members invited, that is
   * more than half; 3 of 5 are a majority, 2 of 4 are not. Compared as
   * 2 × present > invited so that no division rounds anything. */
  return riaya_inspection_is_done (self) && self->members_invited > 0 &&
         (guint64) self->members_present * 2 > (guint64) self->members_invited;
}

RiayaVisitStatus
riaya_inspection_get_status (RiayaInspection *self,
                             const char      *today)
{
  const char *planned_on;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), RIAYA_VISIT_STATUS_PLANNED);
  g_return_val_if_fail (today != NULL, RIAYA_VISIT_STATUS_PLANNED);

  if (riaya_inspection_is_done (self))
    return riaya_inspection_has_quorum (self) ? RIAYA_VISIT_STATUS_DONE
                                              : RIAYA_VISIT_STATUS_NOT_VALID;

  planned_on = self->texts[INSPECTION_TEXT_PLANNED_ON];
  if (planned_on != NULL && riaya_date_compare (planned_on, today) < 0)
    return RIAYA_VISIT_STATUS_OVERDUE;

  return RIAYA_VISIT_STATUS_PLANNED;
}

char *
riaya_inspection_dup_follow_up_due (RiayaInspection *self)
{
  GListModel *actions;
  const char *deadline = NULL;
  const char *earliest = NULL;
  guint n;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);

  if (!riaya_inspection_is_done (self))
    return NULL;

  /* Art. 34: the deadline to regularise is when the committee comes back
   * to see; a suspension's end date is not such a deadline. */
  if (riaya_decision_needs_deadline (self->decision))
    deadline = self->texts[INSPECTION_TEXT_DECISION_DEADLINE];

  actions = G_LIST_MODEL (self->actions);
  n = g_list_model_get_n_items (actions);
  if (n == 0)
    return g_strdup (deadline);

  if (riaya_inspection_count_open_actions (self) == 0)
    return NULL;

  earliest = deadline;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);
      const char *due_on = riaya_corrective_action_get_due_on (action);

      if (riaya_corrective_action_get_done_on (action) != NULL || due_on == NULL)
        continue;
      if (earliest == NULL || riaya_date_compare (due_on, earliest) < 0)
        earliest = due_on;
    }

  return g_strdup (earliest);
}

/* --- Validation -------------------------------------------------------- */

/* A well-formed date, not after @today when @today is given. */
static gboolean
check_date (const char  *date,
            const char  *field_label,
            const char  *today,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (date == NULL)
    return TRUE;

  if (!riaya_date_parse (date, NULL, &local_error))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: the first %s names a date field, the second is the
                    * error about its value */
                   _("%s: %s"), field_label, local_error->message);
      return FALSE;
    }

  if (today != NULL && riaya_date_compare (date, today) > 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE,
                   /* Translators: the first %s names a date field, the second is a date */
                   _("%s (%s) is in the future: record it once it has happened."),
                   field_label, date);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_record (RiayaInspection  *self,
                 const char       *today,
                 GError          **error)
{
  const char *done_on = self->texts[INSPECTION_TEXT_DONE_ON];

  if (!check_date (done_on, _("The date of the visit"), today, error))
    return FALSE;

  if (done_on != NULL && self->members_invited == 0)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("No committee member is recorded as invited: give how many "
                             "members were invited to the visit."));
      return FALSE;
    }

  if (self->members_present > self->members_invited)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                   /* Translators: both %u are numbers of committee members */
                   _("%1$u members are recorded as present but only %2$u were invited: "
                     "check both numbers."),
                   self->members_present, self->members_invited);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_decision (RiayaInspection  *self,
                   GError          **error)
{
  const char *done_on = self->texts[INSPECTION_TEXT_DONE_ON];
  const char *deadline = self->texts[INSPECTION_TEXT_DECISION_DEADLINE];

  if ((guint) self->decision >= RIAYA_N_DECISIONS)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
                           _("The decision is unknown: choose no decision, a warning, a "
                             "reprimand, a suspension, a withdrawal or a closure."));
      return FALSE;
    }

  if (self->decision != RIAYA_DECISION_NONE && done_on == NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("A decision follows a visit: record the visit first (its date "
                             "and the members present), then the decision."));
      return FALSE;
    }

  /* Decree 2.19.693 art. 8: without a majority the visit is not valid,
   * and what is not valid cannot ground a sanction. */
  if (self->decision != RIAYA_DECISION_NONE && !riaya_inspection_has_quorum (self))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                   /* Translators: both %u are numbers of committee members */
                   _("Only %1$u of the %2$u members invited were present: without a "
                     "majority the visit is not valid (decree 2.19.693 art. 8) and cannot "
                     "lead to a decision. Plan a new visit."),
                   self->members_present, self->members_invited);
      return FALSE;
    }

  /* Law 65.15 art. 34: a warning or a reprimand with a deadline. */
  if (riaya_decision_needs_deadline (self->decision) && deadline == NULL)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                   /* Translators: %s is a decision such as “Warning” */
                   _("“%s” gives the institution a deadline to put things right (Law "
                     "65.15 art. 34): give the deadline."),
                   riaya_decision_to_label (self->decision));
      return FALSE;
    }

  if (deadline != NULL && !riaya_decision_takes_deadline (self->decision))
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                           _("Only a warning, a reprimand or a suspension has a deadline: "
                             "leave the deadline empty."));
      return FALSE;
    }

  if (!check_date (deadline, _("The deadline of the decision"), NULL, error))
    return FALSE;

  if (deadline != NULL && riaya_date_compare (deadline, done_on) <= 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: the first %s is a deadline, the second the date of a visit */
                   _("The deadline (%1$s) must come after the visit (%2$s): check the "
                     "deadline."),
                   deadline, done_on);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_actions (RiayaInspection  *self,
                  const char       *today,
                  GError          **error)
{
  GListModel *actions = G_LIST_MODEL (self->actions);
  const char *done_on = self->texts[INSPECTION_TEXT_DONE_ON];
  guint n = g_list_model_get_n_items (actions);

  if (n > 0 && done_on == NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("Corrective actions follow a visit: record the visit first (its "
                             "date and the members present), then the actions."));
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);
      const char *description = riaya_corrective_action_get_description (action);
      const char *due_on = riaya_corrective_action_get_due_on (action);
      const char *action_done_on = riaya_corrective_action_get_done_on (action);

      if (description == NULL || !riaya_validate_required (description, "", NULL))
        {
          g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                               _("A corrective action has no description: say what the "
                                 "institution must put right."));
          return FALSE;
        }

      if (due_on == NULL)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                       /* Translators: %s is what a corrective action asks, as typed */
                       _("The corrective action “%s” has no due date: give the date by "
                         "which it must be done."),
                       description);
          return FALSE;
        }

      if (!check_date (due_on, _("The due date of a corrective action"), NULL, error) ||
          !check_date (action_done_on, _("The date a corrective action was done"), today, error))
        return FALSE;

      if (riaya_date_compare (due_on, done_on) <= 0)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                       /* Translators: the first %s is what a corrective action asks, the
                        * second its due date, the third the date of the visit */
                       _("The corrective action “%1$s” is due on %2$s, not after the visit "
                         "(%3$s): give a due date after the visit."),
                       description, due_on, done_on);
          return FALSE;
        }

      if (action_done_on != NULL && riaya_date_compare (action_done_on, done_on) < 0)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                       /* Translators: the first %s is what a corrective action asks, the
                        * second the date it was done, the third the date of the visit */
                       _("The corrective action “%1$s” is recorded as done on %2$s, before "
                         "the visit that asked for it (%3$s): check the date."),
                       description, action_done_on, done_on);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
riaya_inspection_validate (RiayaInspection  *self,
                           const char       *today,
                           GError          **error)
{
  const char *planned_on;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->texts[INSPECTION_TEXT_INSTITUTION_UUID] == NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("The visit has no institution: choose the institution to visit."));
      return FALSE;
    }

  if ((guint) self->kind >= RIAYA_N_VISIT_KINDS)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
                           _("The kind of visit is unknown: choose programmed, unannounced, "
                             "follow-up or on a complaint."));
      return FALSE;
    }

  planned_on = self->texts[INSPECTION_TEXT_PLANNED_ON];
  if (planned_on == NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("The visit has no planned date: give the day it is planned for."));
      return FALSE;
    }

  if (!check_date (planned_on, _("The planned date of the visit"), NULL, error) ||
      !validate_record (self, today, error) ||
      !validate_decision (self, error) ||
      !validate_actions (self, today, error))
    return FALSE;

  if (self->texts[INSPECTION_TEXT_FOLLOWS] != NULL &&
      g_str_equal (self->texts[INSPECTION_TEXT_FOLLOWS], self->texts[INSPECTION_TEXT_UUID]))
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                           _("A visit cannot follow itself: choose an earlier visit of the "
                             "institution."));
      return FALSE;
    }

  return TRUE;
}

/* The institution's status on @on, leaving out the event this visit's
 * own decision became: re-saving a visit that closed an institution
 * checks the institution as it was when the committee came. */
static RiayaLicenceStatus
status_before_own_decision (RiayaInspection  *self,
                            RiayaInstitution *institution,
                            const char       *on)
{
  const char *own_event = self->texts[INSPECTION_TEXT_LICENCE_EVENT];
  g_autoptr(GListStore) others = NULL;
  GListModel *events;
  guint n;

  if (own_event == NULL)
    return riaya_institution_get_status_on (institution, on);

  events = riaya_institution_get_events (institution);
  others = g_list_store_new (RIAYA_TYPE_LICENCE_EVENT);
  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (riaya_licence_event_get_uuid (event), own_event) != 0)
        g_list_store_append (others, event);
    }

  return riaya_licence_status_on (G_LIST_MODEL (others), on);
}

gboolean
riaya_inspection_check_institution (RiayaInspection   *self,
                                    RiayaInstitution  *institution,
                                    GError           **error)
{
  RiayaLicenceStatus status;
  const char *on;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), FALSE);

  on = self->texts[INSPECTION_TEXT_DONE_ON];
  if (on == NULL)
    on = self->texts[INSPECTION_TEXT_PLANNED_ON];
  if (on == NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("The visit has no planned date: give the day it is planned for."));
      return FALSE;
    }

  status = status_before_own_decision (self, institution, on);
  switch (status)
    {
    case RIAYA_LICENCE_STATUS_ACTIVE:
    case RIAYA_LICENCE_STATUS_WARNED:
    case RIAYA_LICENCE_STATUS_REPRIMANDED:
    /* Art. 34: a suspended institution is still licensed, and the
     * committee comes to see whether it may reopen. */
    case RIAYA_LICENCE_STATUS_SUSPENDED:
      return TRUE;

    case RIAYA_LICENCE_STATUS_NONE:
      /* Law 65.15 art. 26: the committee controls licensed institutions. */
      if (riaya_institution_get_licence_date (institution) != NULL)
        g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                     /* Translators: the first %s is an institution's name, the second the
                      * date of its licence, the third the date of a visit */
                     _("“%1$s” was licensed only on %2$s: the control committee cannot "
                       "visit it on %3$s. Check the date of the visit."),
                     riaya_institution_get_display_name (institution),
                     riaya_institution_get_licence_date (institution), on);
      else
        g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                     /* Translators: the first %s is an institution's name, the second the
                      * date of a visit */
                     _("“%1$s” had no licence on %2$s: the control committee visits "
                       "licensed institutions. Record its licence first."),
                     riaya_institution_get_display_name (institution), on);
      return FALSE;

    case RIAYA_LICENCE_STATUS_WITHDRAWN:
    case RIAYA_LICENCE_STATUS_CLOSED:
    case RIAYA_N_LICENCE_STATUSES:
    default:
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                   /* Translators: the first %s is an institution's name, the second a
                    * licence status such as “Closed”, the third the date of a visit */
                   _("“%1$s” is “%2$s” on %3$s: there is no institution left to visit. "
                     "Check the date, or record its reopening first."),
                   riaya_institution_get_display_name (institution),
                   riaya_licence_status_to_label (status), on);
      return FALSE;
    }
}

RiayaLicenceEvent *
riaya_inspection_make_licence_event (RiayaInspection *self)
{
  RiayaLicenceEventKind kind;
  const char *done_on;
  const char *deadline = NULL;
  g_autofree char *note = NULL;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);

  done_on = self->texts[INSPECTION_TEXT_DONE_ON];
  if (done_on == NULL || !riaya_decision_to_licence_event (self->decision, &kind))
    return NULL;

  if (riaya_decision_takes_deadline (self->decision))
    deadline = self->texts[INSPECTION_TEXT_DECISION_DEADLINE];

  /* Translators: %s is the date of a visit of the control committee; this
   * note is kept with the licence event the committee's decision became */
  note = g_strdup_printf (_("Decision of the visit of %s"), done_on);

  return riaya_licence_event_new (kind, done_on, deadline, note);
}

/* Whether two visits hold the same actions, matched by UUID: the order
 * of two actions due the same day carries no meaning. */
static gboolean
actions_equal (RiayaInspection *a,
               RiayaInspection *b)
{
  GListModel *la = G_LIST_MODEL (a->actions);
  guint n = g_list_model_get_n_items (la);

  if (n != g_list_model_get_n_items (G_LIST_MODEL (b->actions)))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCorrectiveAction) x = g_list_model_get_item (la, i);
      RiayaCorrectiveAction *y = riaya_inspection_find_action (b, riaya_corrective_action_get_uuid (x));

      if (y == NULL ||
          g_strcmp0 (riaya_corrective_action_get_description (x), riaya_corrective_action_get_description (y)) != 0 ||
          g_strcmp0 (riaya_corrective_action_get_due_on (x), riaya_corrective_action_get_due_on (y)) != 0 ||
          g_strcmp0 (riaya_corrective_action_get_done_on (x), riaya_corrective_action_get_done_on (y)) != 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
checklist_equal (RiayaInspection *a,
                 RiayaInspection *b)
{
  for (guint i = 0; i < RIAYA_N_CHECK_AREAS; i++)
    if (a->checks[i] != b->checks[i] || g_strcmp0 (a->check_notes[i], b->check_notes[i]) != 0)
      return FALSE;

  return TRUE;
}

char *
riaya_inspection_dup_changed_fields (RiayaInspection *before,
                                     RiayaInspection *after)
{
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (RIAYA_IS_INSPECTION (before), NULL);
  g_return_val_if_fail (RIAYA_IS_INSPECTION (after), NULL);

#define NOTE(name) G_STMT_START {                   \
    if (names->len > 0)                             \
      g_string_append (names, ", ");                \
    g_string_append (names, name);                  \
  } G_STMT_END

  /* In the order of the form. The UUID is the visit's identity, the
   * licence event and the revision the store's own bookkeeping: none is a
   * change someone made. */
#define NOTE_TEXT(TEXT) G_STMT_START {                                      \
    if (g_strcmp0 (before->texts[TEXT], after->texts[TEXT]) != 0)           \
      NOTE (_riaya_inspection_text_names[TEXT]);                            \
  } G_STMT_END

  NOTE_TEXT (INSPECTION_TEXT_INSTITUTION_UUID);
  NOTE_TEXT (INSPECTION_TEXT_PLANNED_ON);
  if (before->kind != after->kind)
    NOTE ("kind");
  NOTE_TEXT (INSPECTION_TEXT_FOLLOWS);
  NOTE_TEXT (INSPECTION_TEXT_COMMITTEE);
  if (before->members_invited != after->members_invited)
    NOTE ("members-invited");
  if (before->members_present != after->members_present)
    NOTE ("members-present");
  NOTE_TEXT (INSPECTION_TEXT_DONE_ON);
  if (!checklist_equal (before, after))
    NOTE ("checklist");
  NOTE_TEXT (INSPECTION_TEXT_FINDINGS);
  if (before->decision != after->decision)
    NOTE ("decision");
  NOTE_TEXT (INSPECTION_TEXT_DECISION_DEADLINE);
  if (!actions_equal (before, after))
    NOTE ("actions");

#undef NOTE_TEXT
#undef NOTE

  return names->len > 0 ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}
