/* riaya-visit-editor-validate.c — the visit editor's messages and its Save
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each field is read as it is typed and written into the draft as far as
 * it parses. Then core's rules are asked part by part — the plan, the
 * record, the decision, each corrective action, the licence on the day —
 * so that each refusal is shown under the field it is about, in core's
 * own words. Save stays off until none is left; the store checks the
 * same rules again on saving.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-visit-editor-private.h"

void
_riaya_visit_editor_set_form_error (RiayaVisitEditor *self,
                                    const char       *message)
{
  if (g_strcmp0 (self->form_error, message) != 0)
    {
      g_free (self->form_error);
      self->form_error = g_strdup (message);
    }
  gtk_label_set_text (self->form_message, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->form_revealer, message != NULL);
}

static void
set_error (RiayaVisitEditor *self,
           VisitField        field,
           const char       *message,
           gboolean          show_now)
{
  _riaya_field_state_set_error (&self->fields[field], message, show_now);
}

/* A date field: empty gives @missing (NULL: may be empty), else a real
 * day. Returns the date (transfer full) or NULL, and shows the error. */
static char *
read_date (RiayaVisitEditor *self,
           VisitField        field,
           const char       *missing)
{
  g_autofree char *text = _riaya_visit_editor_dup_text (self->fields[field].row);
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    {
      set_error (self, field, missing, FALSE);
      return NULL;
    }

  if (!riaya_date_parse (text, NULL, &error))
    {
      set_error (self, field, error->message, FALSE);
      return NULL;
    }

  set_error (self, field, NULL, FALSE);
  return g_steal_pointer (&text);
}

static void
read_plan (RiayaVisitEditor *self)
{
  RiayaInspection *draft = self->draft;
  g_autofree char *planned = read_date (self, VISIT_FIELD_DATE, _("Give the day the visit is planned for."));
  g_autofree char *committee = _riaya_visit_editor_dup_view_text (self->committee_view);
  guint kind = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row));

  set_error (self, VISIT_FIELD_INSTITUTION,
             self->institution == NULL ? _("Choose the institution to visit.") : NULL, FALSE);
  riaya_inspection_set_planned_on (draft, planned);
  riaya_inspection_set_kind (draft, MIN (kind, RIAYA_N_VISIT_KINDS - 1));
  set_error (self, VISIT_FIELD_KIND, NULL, FALSE);
  riaya_inspection_set_committee (draft, committee);
  riaya_inspection_set_members_invited (draft, (guint) gtk_spin_button_get_value_as_int (self->invited_spin));
  set_error (self, VISIT_FIELD_INVITED, NULL, FALSE);
}

static const char *
read_record (RiayaVisitEditor *self)
{
  RiayaInspection *draft = self->draft;
  g_autofree char *done_on = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *findings = NULL;
  RiayaDecision decision;

  set_error (self, VISIT_FIELD_PRESENT, NULL, FALSE);
  set_error (self, VISIT_FIELD_DECISION, NULL, FALSE);
  set_error (self, VISIT_FIELD_DEADLINE, NULL, FALSE);
  if (!self->recording)
    {
      set_error (self, VISIT_FIELD_DONE_ON, NULL, FALSE);
      return NULL;
    }

  done_on = read_date (self, VISIT_FIELD_DONE_ON, _("Give the day the visit was done."));
  riaya_inspection_set_done_on (draft, done_on);
  riaya_inspection_set_members_present (draft, (guint) gtk_spin_button_get_value_as_int (self->present_spin));

  /* The norms of the day propose the staffing area before it is read. */
  _riaya_visit_editor_update_staffing (self);
  _riaya_visit_editor_read_checklist (self);
  findings = _riaya_visit_editor_dup_view_text (self->findings_view);
  riaya_inspection_set_findings (draft, findings);

  /* A decision recorded stays as the store holds it. */
  if (!self->decision_kept)
    {
      decision = adw_combo_row_get_selected (ADW_COMBO_ROW (self->decision_row));
      if (decision >= RIAYA_N_DECISIONS)
        decision = RIAYA_DECISION_NONE;
      riaya_inspection_set_decision (draft, decision);
      if (riaya_decision_takes_deadline (decision))
        deadline = read_date (self, VISIT_FIELD_DEADLINE, NULL);
      riaya_inspection_set_decision_deadline (draft, deadline);
    }

  return self->fields[VISIT_FIELD_DONE_ON].error != NULL ? self->fields[VISIT_FIELD_DONE_ON].error
                                                         : self->fields[VISIT_FIELD_DEADLINE].error;
}

/* Copies of the draft without its later parts, so that core's answer on
 * the rest tells which part a refusal is about. */
static void
drop_actions (RiayaInspection *visit)
{
  GListModel *actions = riaya_inspection_get_actions (visit);

  while (g_list_model_get_n_items (actions) > 0)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, 0);

      riaya_inspection_remove_action (visit, riaya_corrective_action_get_uuid (action));
    }
}

static void
drop_decision (RiayaInspection *visit)
{
  riaya_inspection_set_decision (visit, RIAYA_DECISION_NONE);
  riaya_inspection_set_decision_deadline (visit, NULL);
  drop_actions (visit);
}

static void
drop_record (RiayaInspection *visit)
{
  riaya_inspection_set_done_on (visit, NULL);
  riaya_inspection_set_members_present (visit, 0);
  drop_decision (visit);
}

/* Shows @error at @field (or on top of the form) and returns the message
 * kept by the editor. */
static const char *
refuse_at (RiayaVisitEditor *self,
           VisitField        field,
           const GError     *error)
{
  if (field == VISIT_N_FIELDS)
    {
      _riaya_visit_editor_set_form_error (self, error->message);
      return self->form_error;
    }

  /* Core's refusals are certain: said at once. */
  set_error (self, field, error->message, TRUE);
  return self->fields[field].error;
}

static VisitField
plan_field_of (RiayaVisitEditor *self,
               const GError     *error)
{
  if (error->domain != RIAYA_VALIDATION_ERROR)
    return VISIT_N_FIELDS;

  switch (error->code)
    {
    case RIAYA_VALIDATION_ERROR_REQUIRED:
      return self->institution == NULL ? VISIT_FIELD_INSTITUTION : VISIT_FIELD_DATE;
    case RIAYA_VALIDATION_ERROR_FORMAT:
      return VISIT_FIELD_DATE;
    case RIAYA_VALIDATION_ERROR_UNKNOWN_CODE:
      return VISIT_FIELD_KIND;
    default:
      return VISIT_N_FIELDS;
    }
}

static VisitField
record_field_of (const GError *error)
{
  if (error->domain != RIAYA_VALIDATION_ERROR)
    return VISIT_N_FIELDS;

  switch (error->code)
    {
    case RIAYA_VALIDATION_ERROR_FUTURE_DATE:
    case RIAYA_VALIDATION_ERROR_FORMAT:
      return VISIT_FIELD_DONE_ON;
    case RIAYA_VALIDATION_ERROR_REQUIRED:
      return VISIT_FIELD_INVITED;
    case RIAYA_VALIDATION_ERROR_OUT_OF_RANGE:
      return VISIT_FIELD_PRESENT;
    default:
      return VISIT_N_FIELDS;
    }
}

static VisitField
decision_field_of (RiayaVisitEditor *self,
                   const GError     *error)
{
  RiayaDecision decision = riaya_inspection_get_decision (self->draft);

  if (error->domain != RIAYA_VALIDATION_ERROR)
    return VISIT_N_FIELDS;

  switch (error->code)
    {
    case RIAYA_VALIDATION_ERROR_REQUIRED:
      return riaya_decision_needs_deadline (decision) &&
             riaya_inspection_get_decision_deadline (self->draft) == NULL
             ? VISIT_FIELD_DEADLINE : VISIT_FIELD_DECISION;
    case RIAYA_VALIDATION_ERROR_FORMAT:
    case RIAYA_VALIDATION_ERROR_DATE_ORDER:
      return VISIT_FIELD_DEADLINE;
    default:
      return VISIT_FIELD_DECISION;
    }
}

/* What core says of the visit, part by part, once each field reads
 * well. Returns the first refusal's message, shown at its field. */
static const char *
check_parts (RiayaVisitEditor *self)
{
  g_autoptr(RiayaInspection) plan = riaya_inspection_copy (self->draft);
  g_autoptr(RiayaInspection) record = riaya_inspection_copy (self->draft);
  g_autoptr(RiayaInspection) decided = riaya_inspection_copy (self->draft);
  g_autoptr(GError) error = NULL;
  GListModel *actions = riaya_inspection_get_actions (self->draft);
  guint n = g_list_model_get_n_items (actions);

  drop_record (plan);
  if (!riaya_inspection_validate (plan, self->today, &error))
    return refuse_at (self, plan_field_of (self, error), error);

  /* Law 65.15 art. 16: the committee visits a licensed institution; the
   * licence is judged on the day of the visit — done, else planned. */
  if (self->institution != NULL &&
      !riaya_inspection_check_institution (self->recording ? self->draft : plan, self->institution, &error))
    return refuse_at (self, self->recording ? VISIT_FIELD_DONE_ON : VISIT_FIELD_DATE, error);

  if (!self->recording)
    return NULL;

  drop_decision (record);
  if (!riaya_inspection_validate (record, self->today, &error))
    return refuse_at (self, record_field_of (error), error);

  drop_actions (decided);
  if (!riaya_inspection_validate (decided, self->today, &error))
    {
      VisitField field = decision_field_of (self, error);

      /* Shown with the row, which is hidden without a deadline to give. */
      refuse_at (self, field, error);
      _riaya_visit_editor_update_decision (self);
      return self->fields[field].error;
    }

  /* Each action alone on the visit, so that its refusal is its own. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);
      g_autoptr(RiayaCorrectiveAction) copy = riaya_corrective_action_copy (action);
      g_autoptr(RiayaInspection) alone = riaya_inspection_copy (decided);

      riaya_inspection_add_action (alone, copy);
      if (!riaya_inspection_validate (alone, self->today, &error))
        {
          _riaya_visit_editor_show_action_error (self, action, error);
          return _("A corrective action is not complete: see the message under it.");
        }
    }

  /* Anything core finds in the whole that no part showed. */
  if (!riaya_inspection_validate (self->draft, self->today, &error))
    return refuse_at (self, VISIT_N_FIELDS, error);

  return NULL;
}

void
_riaya_visit_editor_validate (RiayaVisitEditor *self)
{
  const char *first_error = NULL;
  const char *record_error;
  const char *action_error = NULL;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->draft == NULL)
    return;

  if (self->save_tried)
    for (VisitField f = 0; f < VISIT_N_FIELDS; f++)
      self->fields[f].touched = TRUE;

  read_plan (self);
  record_error = read_record (self);
  if (self->recording)
    action_error = _riaya_visit_editor_check_actions (self);

  for (VisitField f = 0; f < VISIT_N_FIELDS && first_error == NULL; f++)
    first_error = self->fields[f].error;
  if (first_error == NULL)
    first_error = record_error != NULL ? record_error : action_error;

  if (first_error == NULL)
    {
      first_error = check_parts (self);
      if (first_error == NULL || self->form_error != first_error)
        _riaya_visit_editor_set_form_error (self, NULL);
    }
  else if (self->form_error != NULL)
    _riaya_visit_editor_set_form_error (self, NULL);

  _riaya_visit_editor_update_quorum (self);
  _riaya_visit_editor_update_decision (self);
  _riaya_visit_editor_update_summary (self);

  self->valid = first_error == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.save", self->valid);
  /* Save is off until all is well; hovering it says what is missing. */
  gtk_widget_set_tooltip_text (self->save_button, first_error);
  _riaya_visit_editor_update_print (self);
}

void
_riaya_visit_editor_show_refusal (RiayaVisitEditor *self,
                                  const GError     *error)
{
  /* The store's own refusals — a decision already recorded (KEPT), a
   * visit or institution gone meanwhile, a follow-up with nothing to
   * follow (NOT_FOUND) — and a rule of core met only now (a licence
   * changed since the form opened) go on top of the form. */
  _riaya_visit_editor_set_form_error (self, error->message);
}
