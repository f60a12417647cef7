/* riaya-grant-rules.c — what the law and the Entraide Nationale ask of a grant
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of domain brief §5: a grant goes to a licensed institution
 * (Law 65.15 art. 17), under a partnership convention above 50,000 DH
 * (Prime Minister's circular 7/2003), paid in tranches that cannot exceed
 * it, and justified by the association afterwards.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-grant.h"
#include "riaya-grant-private.h"
#include "riaya-licence-event.h"
#include "riaya-money.h"
#include "riaya-validation.h"

#define FIRST_GRANT_YEAR 1990  /* before the Entraide Nationale's registers were kept */

typedef struct
{
  const char *code;
  const char *label;
} CodedLabel;

static const CodedLabel grant_statuses[] = {
  { "open", NC_("grant status", "Open") },
  { "late", NC_("grant status", "Late") },
  { "closed", NC_("grant status", "Closed") },
};

static const CodedLabel justification_states[] = {
  { "not-asked", NC_("justification", "Not asked") },
  { "awaited", NC_("justification", "Awaited") },
  { "received", NC_("justification", "Received") },
  { "approved", NC_("justification", "Approved") },
  { "rejected", NC_("justification", "Rejected") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (grant_statuses) == RIAYA_N_GRANT_STATUSES);
G_STATIC_ASSERT (G_N_ELEMENTS (justification_states) == RIAYA_N_JUSTIFICATION_STATES);

const char *
riaya_grant_status_to_code (RiayaGrantStatus status)
{
  g_return_val_if_fail ((guint) status < RIAYA_N_GRANT_STATUSES, NULL);
  return grant_statuses[status].code;
}

gboolean
riaya_grant_status_from_code (const char       *code,
                              RiayaGrantStatus *out)
{
  for (guint i = 0; code != NULL && i < RIAYA_N_GRANT_STATUSES; i++)
    {
      if (g_str_equal (code, grant_statuses[i].code))
        {
          if (out != NULL)
            *out = (RiayaGrantStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
riaya_grant_status_to_label (RiayaGrantStatus status)
{
  g_return_val_if_fail ((guint) status < RIAYA_N_GRANT_STATUSES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "grant status", grant_statuses[status].label);
}

const char *
riaya_justification_state_to_code (RiayaJustificationState state)
{
  g_return_val_if_fail ((guint) state < RIAYA_N_JUSTIFICATION_STATES, NULL);
  return justification_states[state].code;
}

const char *
riaya_justification_state_to_label (RiayaJustificationState state)
{
  g_return_val_if_fail ((guint) state < RIAYA_N_JUSTIFICATION_STATES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "justification", justification_states[state].label);
}

RiayaJustificationState
riaya_grant_get_justification_state (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), RIAYA_JUSTIFICATION_NOT_ASKED);

  if (self->texts[GRANT_TEXT_JUSTIFICATION_APPROVED] != NULL)
    return RIAYA_JUSTIFICATION_APPROVED;
  if (self->texts[GRANT_TEXT_JUSTIFICATION_REJECTED] != NULL)
    return RIAYA_JUSTIFICATION_REJECTED;
  if (self->texts[GRANT_TEXT_JUSTIFICATION_RECEIVED] != NULL)
    return RIAYA_JUSTIFICATION_RECEIVED;
  if (self->texts[GRANT_TEXT_JUSTIFICATION_DUE] != NULL)
    return RIAYA_JUSTIFICATION_AWAITED;

  return RIAYA_JUSTIFICATION_NOT_ASKED;
}

gboolean
riaya_grant_is_justification_overdue (RiayaGrant *self,
                                      const char *today)
{
  RiayaJustificationState state;
  const char *due;

  g_return_val_if_fail (RIAYA_IS_GRANT (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  /* A rejected justification justifies nothing: the association still
   * owes one, and it is late once the due date has passed. */
  due = self->texts[GRANT_TEXT_JUSTIFICATION_DUE];
  state = riaya_grant_get_justification_state (self);

  return due != NULL && riaya_date_compare (due, today) < 0 &&
         (state == RIAYA_JUSTIFICATION_AWAITED || state == RIAYA_JUSTIFICATION_REJECTED);
}

RiayaGrantStatus
riaya_grant_get_status (RiayaGrant *self,
                        const char *today)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), RIAYA_GRANT_STATUS_OPEN);
  g_return_val_if_fail (today != NULL, RIAYA_GRANT_STATUS_OPEN);

  if (riaya_grant_count_overdue_tranches (self, today) > 0 ||
      riaya_grant_is_justification_overdue (self, today))
    return RIAYA_GRANT_STATUS_LATE;

  if (riaya_grant_get_remaining (self) <= 0 &&
      riaya_grant_get_justification_state (self) == RIAYA_JUSTIFICATION_APPROVED)
    return RIAYA_GRANT_STATUS_CLOSED;

  return RIAYA_GRANT_STATUS_OPEN;
}

/* --- Validation -------------------------------------------------------- */

/* A well-formed date, not after @today when @today is given. */
static gboolean
check_date (const char  *date,
            const char  *field_label,
            const char  *today,
            GError     **error)
{
  GDate parsed;
  g_autoptr(GError) local_error = NULL;

  if (date == NULL)
    return TRUE;

  if (!riaya_date_parse (date, &parsed, &local_error))
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
validate_tranches (RiayaGrant  *self,
                   const char  *today,
                   GError     **error)
{
  GListModel *tranches = G_LIST_MODEL (self->tranches);
  guint n = g_list_model_get_n_items (tranches);
  const char *decided_on = self->texts[GRANT_TEXT_DECIDED_ON];
  gint64 sum = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, i);
      gint64 amount = riaya_grant_tranche_get_amount (tranche);
      const char *due_on = riaya_grant_tranche_get_due_on (tranche);
      const char *paid_on = riaya_grant_tranche_get_paid_on (tranche);

      if (due_on == NULL)
        {
          g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                               _("A tranche has no due date: give the date it is to be paid."));
          return FALSE;
        }
      if (!check_date (due_on, _("The due date of a tranche"), NULL, error) ||
          !check_date (paid_on, _("The date a tranche was paid"), today, error))
        return FALSE;

      if (amount <= 0 || amount > RIAYA_MONEY_MAX)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                       /* Translators: %s is a date */
                       _("The tranche due on %s has no amount above zero: give the amount "
                         "to be paid, in dirhams."),
                       due_on);
          return FALSE;
        }

      /* Money goes out only once the grant has been decided. */
      if (paid_on != NULL && decided_on != NULL && riaya_date_compare (paid_on, decided_on) < 0)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                       /* Translators: the first %s is the payment date, the second the
                        * date of the grant decision */
                       _("A tranche is recorded as paid on %s, before the grant was decided "
                         "(%s): check the payment date or the decision date."),
                       paid_on, decided_on);
          return FALSE;
        }

      if (!riaya_money_add (sum, amount, &sum))
        sum = G_MAXINT64;
    }

  if (sum > self->amount)
    {
      g_autofree char *scheduled = riaya_money_format_for_people (sum);
      g_autofree char *granted = riaya_money_format_for_people (self->amount);

      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                   /* Translators: both %s are amounts of dirhams */
                   _("The tranches add up to %s DH, more than the %s DH granted: lower a "
                     "tranche or correct the amount of the grant."),
                   scheduled, granted);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_justification (RiayaGrant  *self,
                        const char  *today,
                        GError     **error)
{
  const char *due = self->texts[GRANT_TEXT_JUSTIFICATION_DUE];
  const char *received = self->texts[GRANT_TEXT_JUSTIFICATION_RECEIVED];
  const char *approved = self->texts[GRANT_TEXT_JUSTIFICATION_APPROVED];
  const char *rejected = self->texts[GRANT_TEXT_JUSTIFICATION_REJECTED];

  if (!check_date (due, _("The date the justification is due"), NULL, error) ||
      !check_date (received, _("The date the justification was received"), today, error) ||
      !check_date (approved, _("The date the justification was approved"), today, error) ||
      !check_date (rejected, _("The date the justification was rejected"), today, error))
    return FALSE;

  if (received != NULL && due == NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("A justification is recorded as received but has no due date: "
                             "give the date it was due."));
      return FALSE;
    }

  if ((approved != NULL || rejected != NULL) && received == NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                           _("A justification can be approved or rejected only once received: "
                             "give the date it was received."));
      return FALSE;
    }

  if (approved != NULL && rejected != NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                           _("A justification is either approved or rejected, not both: "
                             "keep one of the two dates."));
      return FALSE;
    }

  if (approved != NULL && riaya_date_compare (approved, received) < 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: the first %s is the approval date, the second the
                    * date of receipt */
                   _("The justification is approved on %s, before it was received (%s): "
                     "check both dates."),
                   approved, received);
      return FALSE;
    }

  if (rejected != NULL && riaya_date_compare (rejected, received) < 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: the first %s is the rejection date, the second the
                    * date of receipt */
                   _("The justification is rejected on %s, before it was received (%s): "
                     "check both dates."),
                   rejected, received);
      return FALSE;
    }

  if (rejected != NULL && self->texts[GRANT_TEXT_REJECTION_REASON] == NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("A rejected justification needs its reason: say what was missing "
                             "or wrong, so that the association can answer."));
      return FALSE;
    }

  return TRUE;
}

gboolean
riaya_grant_validate (RiayaGrant  *self,
                      const char  *today,
                      GError     **error)
{
  const char *decided_on;
  guint this_year;

  g_return_val_if_fail (RIAYA_IS_GRANT (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->texts[GRANT_TEXT_INSTITUTION_UUID] == NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("The grant has no institution: choose the institution it goes to."));
      return FALSE;
    }

  this_year = (guint) g_ascii_strtoull (today, NULL, 10);
  if (self->year < FIRST_GRANT_YEAR || self->year > this_year + 1)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                   /* Translators: %u is a year, the other two %u the first and last years
                    * accepted */
                   _("%u is not a year of grants: give a year from %u to %u."),
                   self->year, FIRST_GRANT_YEAR, this_year + 1);
      return FALSE;
    }

  if (self->amount <= 0)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("The amount of a grant must be above zero: give the amount "
                             "granted, in dirhams."));
      return FALSE;
    }

  if (self->amount > RIAYA_MONEY_MAX)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("The amount is more than ten billion dirhams: check the number "
                             "of digits."));
      return FALSE;
    }

  if ((guint) self->kind >= RIAYA_N_GRANT_KINDS)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
                           _("The kind of grant is unknown: choose running costs, equipment, "
                             "staff or other."));
      return FALSE;
    }

  /* Prime Minister's circular 7/2003: a public contribution above
   * 50,000 DH is made under a partnership convention. */
  if (self->amount > RIAYA_MONEY_CONVENTION_THRESHOLD &&
      self->texts[GRANT_TEXT_CONVENTION_REF] == NULL)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("A grant above 50,000 DH needs the reference of its partnership "
                             "convention (Prime Minister’s circular 7/2003): give it."));
      return FALSE;
    }

  decided_on = self->texts[GRANT_TEXT_DECIDED_ON];
  if (!check_date (decided_on, _("The date of the grant decision"), today, error) ||
      !check_date (self->texts[GRANT_TEXT_CONVENTION_DATE], _("The date of the convention"),
                   today, error))
    return FALSE;

  if (decided_on != NULL && g_ascii_strtoull (decided_on, NULL, 10) + 1 < self->year)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: %s is a date, %u a year */
                   _("The grant for %2$u is decided on %1$s, more than a year before: "
                     "check the year or the decision date."),
                   decided_on, self->year);
      return FALSE;
    }

  return validate_tranches (self, today, error) &&
         validate_justification (self, today, error);
}

/* The licence was in force on at least one day of @year: on 1 January, or
 * on one of the days of the year an event changed it. */
gboolean
riaya_grant_check_institution (RiayaGrant        *self,
                               RiayaInstitution  *institution,
                               GError           **error)
{
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  GListModel *events;
  const char *licence_date;
  guint n;

  g_return_val_if_fail (RIAYA_IS_GRANT (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), FALSE);

  first_day = g_strdup_printf ("%04u-01-01", self->year);
  last_day = g_strdup_printf ("%04u-12-31", self->year);

  if (riaya_licence_status_in_force (riaya_institution_get_status_on (institution, first_day)))
    return TRUE;

  events = riaya_institution_get_events (institution);
  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);
      const char *date = riaya_licence_event_get_date (event);

      if (date != NULL &&
          riaya_date_compare (date, first_day) >= 0 && riaya_date_compare (date, last_day) <= 0 &&
          riaya_licence_status_in_force (riaya_institution_get_status_on (institution, date)))
        return TRUE;
    }

  /* Law 65.15 art. 17: only a licensed institution operates, and the
   * Entraide Nationale funds licensed institutions only. */
  licence_date = riaya_institution_get_licence_date (institution);
  if (licence_date != NULL && riaya_date_compare (licence_date, last_day) > 0)
    g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                 /* Translators: %s is an institution's name, the second %s the date of its
                  * licence, %u a year */
                 _("“%s” was licensed only on %s: it cannot receive a grant for %u. Check the "
                   "year of the grant."),
                 riaya_institution_get_display_name (institution), licence_date, self->year);
  else
    g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                 /* Translators: %s is an institution's name, %u a year */
                 _("The licence of “%s” was not in force at any time in %u (suspended, "
                   "withdrawn or closed): it cannot receive a grant for that year."),
                 riaya_institution_get_display_name (institution), self->year);

  return FALSE;
}

static gboolean
tranches_equal (RiayaGrant *a,
                RiayaGrant *b)
{
  GListModel *ta = G_LIST_MODEL (a->tranches);
  GListModel *tb = G_LIST_MODEL (b->tranches);
  guint n = g_list_model_get_n_items (ta);

  if (n != g_list_model_get_n_items (tb))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaGrantTranche) x = g_list_model_get_item (ta, i);
      g_autoptr(RiayaGrantTranche) y = g_list_model_get_item (tb, i);

      if (g_strcmp0 (riaya_grant_tranche_get_uuid (x), riaya_grant_tranche_get_uuid (y)) != 0 ||
          g_strcmp0 (riaya_grant_tranche_get_due_on (x), riaya_grant_tranche_get_due_on (y)) != 0 ||
          g_strcmp0 (riaya_grant_tranche_get_paid_on (x), riaya_grant_tranche_get_paid_on (y)) != 0 ||
          riaya_grant_tranche_get_amount (x) != riaya_grant_tranche_get_amount (y))
        return FALSE;
    }

  return TRUE;
}

char *
riaya_grant_dup_changed_fields (RiayaGrant *before,
                                RiayaGrant *after)
{
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (RIAYA_IS_GRANT (before), NULL);
  g_return_val_if_fail (RIAYA_IS_GRANT (after), NULL);

#define NOTE(name) G_STMT_START {                   \
    if (names->len > 0)                             \
      g_string_append (names, ", ");                \
    g_string_append (names, name);                  \
  } G_STMT_END

  if (before->year != after->year)
    NOTE ("year");
  if (before->amount != after->amount)
    NOTE ("amount");
  if (before->kind != after->kind)
    NOTE ("kind");
  for (guint i = 0; i < N_GRANT_SAVED_TEXTS; i++)
    if (i != GRANT_TEXT_UUID && g_strcmp0 (before->texts[i], after->texts[i]) != 0)
      NOTE (_riaya_grant_text_names[i]);
  if (!tranches_equal (before, after))
    NOTE ("tranches");

#undef NOTE

  return names->len > 0 ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}
