/* riaya-grant-editor-validate.c — the grant editor's messages and its Save
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each field is read as it is typed and written into the draft as far as
 * it parses; its message goes right under it. Then the rules of src/core
 * are asked section by section — the grant alone, with its tranches,
 * with its justification, against its institution's licence — so that
 * each refusal is shown where it belongs. Save stays off until none is
 * left; the store checks the same rules again on saving.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-grant-editor-private.h"
#include "riaya-store-grants.h"
#include "riaya-ui-util.h"

void
_riaya_grant_editor_set_form_error (RiayaGrantEditor *self,
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
set_error (RiayaGrantEditor *self,
           GrantField        field,
           const char       *message,
           gboolean          show_now)
{
  _riaya_field_state_set_error (&self->fields[field], message, show_now);
}

/* The hint under the convention's reference: said as soon as the amount
 * is above the threshold, before anyone presses Save. */
static void
set_hint (RiayaGrantEditor *self,
          GrantField        field,
          const char       *hint)
{
  RiayaFieldState *state = &self->fields[field];

  if (g_strcmp0 (state->hint, hint) == 0)
    return;

  g_free (state->hint);
  state->hint = g_strdup (hint);
  _riaya_field_state_set_error (state, state->error, state->show_now);
}

/* A date field: empty is NULL; else a real day, not in the future when
 * @past. Returns the date (transfer full) or NULL, and shows the error. */
static char *
read_date (RiayaGrantEditor *self,
           GrantField        field,
           const char       *label,
           gboolean          past)
{
  g_autofree char *text = _riaya_grant_editor_dup_text (self->fields[field].row);
  g_autoptr(GError) error = NULL;
  GDate today;

  if (text == NULL)
    {
      set_error (self, field, NULL, FALSE);
      return NULL;
    }

  riaya_date_parse (self->today, &today, NULL);
  if (past ? !riaya_validate_past_date (text, label, &today, &error)
           : !riaya_date_parse (text, NULL, &error))
    {
      set_error (self, field, error->message,
                 g_error_matches (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE));
      return NULL;
    }

  set_error (self, field, NULL, FALSE);
  return g_steal_pointer (&text);
}

static void
read_year (RiayaGrantEditor *self)
{
  g_autofree char *text = _riaya_grant_editor_dup_text (self->year_row);
  gboolean digits = text != NULL;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    digits &= g_ascii_isdigit (*p);

  if (text == NULL)
    set_error (self, GRANT_FIELD_YEAR, _("Give the year of the grant, for example 2025."), FALSE);
  else if (!digits || strlen (text) != 4)
    set_error (self, GRANT_FIELD_YEAR, _("Write the year in four digits, for example 2025."), !digits);
  else
    {
      g_autoptr(RiayaGrant) probe = riaya_grant_new ("probe", (guint) g_ascii_strtoull (text, NULL, 10), 100);
      g_autoptr(GError) error = NULL;

      /* A grant of one dirham to some institution fails only on its year:
       * core says which years are accepted. */
      riaya_grant_set_year (self->draft, riaya_grant_get_year (probe));
      set_error (self, GRANT_FIELD_YEAR,
                 riaya_grant_validate (probe, self->today, &error) ? NULL : error->message, TRUE);
      return;
    }

  riaya_grant_set_year (self->draft, 0);
}

static void
read_amount (RiayaGrantEditor *self)
{
  g_autofree char *text = _riaya_grant_editor_dup_text (self->amount_row);
  g_autoptr(GError) error = NULL;
  gint64 amount = 0;

  if (text == NULL)
    set_error (self, GRANT_FIELD_AMOUNT, _("Give the amount granted, in dirhams."), FALSE);
  else if (!riaya_money_parse (text, TRUE, &amount, &error))
    {
      /* Letters or a third decimal are wrong at once; zero too. */
      set_error (self, GRANT_FIELD_AMOUNT, error->message, TRUE);
      amount = 0;
    }
  else
    set_error (self, GRANT_FIELD_AMOUNT, NULL, FALSE);

  riaya_grant_set_amount (self->draft, amount);
}

static void
read_justification (RiayaGrantEditor *self)
{
  RiayaGrant *draft = self->draft;
  guint outcome = adw_combo_row_get_selected (ADW_COMBO_ROW (self->outcome_row));
  g_autofree char *due = read_date (self, GRANT_FIELD_JUSTIFICATION_DUE,
                                    _("The date the justification is due"), FALSE);
  g_autofree char *received = read_date (self, GRANT_FIELD_JUSTIFICATION_RECEIVED,
                                         _("The date the justification was received"), TRUE);
  g_autofree char *decided = NULL;
  g_autofree char *reason = _riaya_grant_editor_dup_text (self->rejection_reason_row);

  if (outcome == OUTCOME_APPROVED || outcome == OUTCOME_REJECTED)
    {
      decided = read_date (self, GRANT_FIELD_OUTCOME_DATE,
                           outcome == OUTCOME_APPROVED ? _("The date the justification was approved")
                                                       : _("The date the justification was rejected"),
                           TRUE);
      if (decided == NULL && self->fields[GRANT_FIELD_OUTCOME_DATE].error == NULL)
        set_error (self, GRANT_FIELD_OUTCOME_DATE,
                   outcome == OUTCOME_APPROVED ? _("Give the date the justification was approved.")
                                               : _("Give the date the justification was rejected."),
                   FALSE);
    }
  else
    set_error (self, GRANT_FIELD_OUTCOME_DATE, NULL, FALSE);

  riaya_grant_set_justification_due (draft, due);
  riaya_grant_set_justification_received (draft, received);
  riaya_grant_set_justification_approved (draft, outcome == OUTCOME_APPROVED ? decided : NULL);
  riaya_grant_set_justification_rejected (draft, outcome == OUTCOME_REJECTED ? decided : NULL);
  riaya_grant_set_rejection_reason (draft, outcome == OUTCOME_REJECTED ? reason : NULL);
  set_error (self, GRANT_FIELD_REJECTION_REASON, NULL, FALSE);
  set_error (self, GRANT_FIELD_OUTCOME, NULL, FALSE);
}

/* Copies of the draft without one of its sections, so that core's
 * answer on the rest tells which section a refusal is about. */
static RiayaGrant *
copy_without_tranches (RiayaGrant *draft)
{
  RiayaGrant *copy = riaya_grant_copy (draft);
  GListModel *tranches = riaya_grant_get_tranches (copy);

  while (g_list_model_get_n_items (tranches) > 0)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, 0);

      riaya_grant_remove_tranche (copy, riaya_grant_tranche_get_uuid (tranche));
    }

  return copy;
}

static void
drop_justification (RiayaGrant *grant)
{
  riaya_grant_set_justification_due (grant, NULL);
  riaya_grant_set_justification_received (grant, NULL);
  riaya_grant_set_justification_approved (grant, NULL);
  riaya_grant_set_justification_rejected (grant, NULL);
  riaya_grant_set_rejection_reason (grant, NULL);
}

/* The field a refusal of the grant alone is about. */
static GrantField
grant_field_of (RiayaGrantEditor *self,
                const GError     *error)
{
  if (error->domain != RIAYA_VALIDATION_ERROR)
    return GRANT_N_FIELDS;

  switch (error->code)
    {
    case RIAYA_VALIDATION_ERROR_REQUIRED:
      return self->institution == NULL ? GRANT_FIELD_INSTITUTION : GRANT_FIELD_CONVENTION_REF;
    case RIAYA_VALIDATION_ERROR_OUT_OF_RANGE:
      return riaya_grant_get_amount (self->draft) <= 0 ? GRANT_FIELD_AMOUNT : GRANT_FIELD_YEAR;
    case RIAYA_VALIDATION_ERROR_DATE_ORDER:
      return GRANT_FIELD_DECIDED_ON;
    case RIAYA_VALIDATION_ERROR_FUTURE_DATE:
      return riaya_grant_get_decided_on (self->draft) != NULL &&
             riaya_date_compare (riaya_grant_get_decided_on (self->draft), self->today) > 0
             ? GRANT_FIELD_DECIDED_ON : GRANT_FIELD_CONVENTION_DATE;
    default:
      return GRANT_N_FIELDS;
    }
}

/* The field a refusal of the justification is about. */
static GrantField
justification_field_of (RiayaGrantEditor *self,
                        const GError     *error)
{
  RiayaGrant *draft = self->draft;

  if (error->domain != RIAYA_VALIDATION_ERROR)
    return GRANT_FIELD_OUTCOME;

  if (error->code == RIAYA_VALIDATION_ERROR_REQUIRED)
    return riaya_grant_get_justification_due (draft) == NULL
           ? GRANT_FIELD_JUSTIFICATION_DUE : GRANT_FIELD_REJECTION_REASON;
  if (error->code == RIAYA_VALIDATION_ERROR_DATE_ORDER)
    return riaya_grant_get_justification_received (draft) == NULL
           ? GRANT_FIELD_JUSTIFICATION_RECEIVED : GRANT_FIELD_OUTCOME_DATE;

  return GRANT_FIELD_OUTCOME;
}

/* What core says of the whole grant, section by section, once each field
 * reads well. Returns the first refusal's message, shown at its field. */
static const char *
check_sections (RiayaGrantEditor *self)
{
  g_autoptr(RiayaGrant) alone = copy_without_tranches (self->draft);
  g_autoptr(RiayaGrant) with_tranches = riaya_grant_copy (self->draft);
  g_autoptr(RiayaGrant) with_justification = copy_without_tranches (self->draft);
  g_autoptr(GError) error = NULL;
  GrantField field;

  /* Law 65.15 art. 17: a grant goes to an institution licensed in that
   * year; the message asks to check the year. */
  if (self->institution != NULL &&
      !riaya_grant_check_institution (self->draft, self->institution, &error))
    {
      set_error (self, GRANT_FIELD_YEAR, error->message, TRUE);
      return self->fields[GRANT_FIELD_YEAR].error;
    }

  drop_justification (alone);
  if (!riaya_grant_validate (alone, self->today, &error))
    {
      field = grant_field_of (self, error);
      if (field == GRANT_N_FIELDS)
        {
          _riaya_grant_editor_set_form_error (self, error->message);
          return self->form_error;
        }
      set_error (self, field, error->message, field != GRANT_FIELD_CONVENTION_REF);
      return self->fields[field].error;
    }

  /* The tranches: over the grant, or paid before its decision. */
  drop_justification (with_tranches);
  if (!riaya_grant_validate (with_tranches, self->today, &error))
    {
      set_error (self, GRANT_FIELD_SCHEDULE, error->message, TRUE);
      return self->fields[GRANT_FIELD_SCHEDULE].error;
    }

  if (!riaya_grant_validate (with_justification, self->today, &error))
    {
      field = justification_field_of (self, error);
      set_error (self, field, error->message, TRUE);
      return self->fields[field].error;
    }

  return NULL;
}

static void
update_status_badge (RiayaGrantEditor *self)
{
  /* Where a recorded grant stands today: the late flag of the list. */
  gtk_widget_set_visible (GTK_WIDGET (self->summary_status), !self->is_new);
  if (!self->is_new)
    riaya_ui_set_grant_status_badge (self->summary_status,
                                     riaya_grant_get_status (self->draft, self->today));
}

void
_riaya_grant_editor_validate (RiayaGrantEditor *self)
{
  RiayaGrant *draft = self->draft;
  g_autofree char *basis = NULL;
  g_autofree char *decided = NULL;
  g_autofree char *convention_ref = NULL;
  g_autofree char *convention_date = NULL;
  const char *first_error = NULL;
  const char *tranche_error;
  gboolean needs_convention;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || draft == NULL)
    return;

  if (self->save_tried)
    for (GrantField f = 0; f < GRANT_N_FIELDS; f++)
      self->fields[f].touched = TRUE;

  set_error (self, GRANT_FIELD_INSTITUTION,
             self->institution == NULL ? _("Choose the institution the grant goes to.") : NULL, FALSE);
  read_year (self);
  read_amount (self);
  riaya_grant_set_kind (draft, MIN (adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row)),
                                    RIAYA_N_GRANT_KINDS - 1));
  basis = _riaya_grant_editor_dup_text (self->basis_row);
  riaya_grant_set_basis (draft, basis);
  decided = read_date (self, GRANT_FIELD_DECIDED_ON, _("The date of the grant decision"), TRUE);
  riaya_grant_set_decided_on (draft, decided);

  /* Prime Minister's circular 7/2003: above 50,000 DH, a partnership
   * convention. Said under the field as soon as the amount is typed. */
  convention_ref = _riaya_grant_editor_dup_text (self->convention_ref_row);
  riaya_grant_set_convention_ref (draft, convention_ref);
  needs_convention = riaya_grant_get_amount (draft) > RIAYA_MONEY_CONVENTION_THRESHOLD;
  set_hint (self, GRANT_FIELD_CONVENTION_REF,
            needs_convention && convention_ref == NULL
            ? _("Required: the amount is above 50,000 DH (Prime Minister’s circular 7/2003).") : NULL);
  set_error (self, GRANT_FIELD_CONVENTION_REF,
             needs_convention && convention_ref == NULL
             ? _("A grant above 50,000 DH needs the reference of its partnership convention "
                 "(Prime Minister’s circular 7/2003): give it.")
             : NULL,
             FALSE);
  convention_date = read_date (self, GRANT_FIELD_CONVENTION_DATE, _("The date of the convention"), TRUE);
  riaya_grant_set_convention_date (draft, convention_date);

  tranche_error = _riaya_grant_editor_check_tranches (self);
  set_error (self, GRANT_FIELD_SCHEDULE, NULL, FALSE);
  read_justification (self);

  for (GrantField f = 0; f < GRANT_N_FIELDS && first_error == NULL; f++)
    {
      first_error = self->fields[f].error;
      if (f == GRANT_FIELD_CONVENTION_DATE && first_error == NULL)
        first_error = tranche_error;
    }

  if (first_error == NULL)
    {
      first_error = check_sections (self);
      if (first_error == NULL)
        _riaya_grant_editor_set_form_error (self, NULL);
    }
  else if (self->form_error != NULL)
    _riaya_grant_editor_set_form_error (self, NULL);

  _riaya_grant_editor_update_schedule (self);
  _riaya_grant_editor_update_summary (self);
  update_status_badge (self);

  self->valid = first_error == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grant.save", self->valid);
  /* Save is off until all is well; hovering it says what is missing. */
  gtk_widget_set_tooltip_text (self->save_button, first_error);
}

void
_riaya_grant_editor_show_refusal (RiayaGrantEditor *self,
                                  const GError     *error)
{
  /* The store's own refusals: an institution gone meanwhile, or a rule
   * of core met only now (a licence changed since the form opened). */
  if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
    {
      self->fields[GRANT_FIELD_INSTITUTION].touched = TRUE;
      set_error (self, GRANT_FIELD_INSTITUTION, error->message, TRUE);
    }
  else if (g_error_matches (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE))
    {
      self->fields[GRANT_FIELD_YEAR].touched = TRUE;
      set_error (self, GRANT_FIELD_YEAR, error->message, TRUE);
    }

  _riaya_grant_editor_set_form_error (self, error->message);
}
