/* riaya-stay.c — one entry of an institution's register of beneficiaries
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-licence.h"
#include "riaya-stay.h"
#include "riaya-validation.h"

/* The text fields of a stay, stored in one array. */
typedef enum
{
  TEXT_UUID,
  TEXT_INSTITUTION_UUID,
  TEXT_INSTITUTION_NAME,
  TEXT_ADMITTED_ON,
  TEXT_EXITED_ON,
  TEXT_TRANSFER_TO_UUID,
  TEXT_TRANSFER_FROM_UUID,
  TEXT_DESTINATION_LICENCE,
  N_TEXTS
} Text;

struct _RiayaStay
{
  GObject parent_instance;

  RiayaResident   *resident;
  char            *texts[N_TEXTS];
  guint            register_number;
  RiayaCategory    category;
  RiayaReferral    referral;
  RiayaExitReason  exit_reason;
};

G_DEFINE_FINAL_TYPE (RiayaStay, riaya_stay, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RESIDENT,
  PROP_REGISTER_NUMBER,
  PROP_CATEGORY,
  PROP_REFERRAL,
  PROP_EXIT_REASON,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + N_TEXTS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_names[] = {
  "uuid",
  "institution-uuid",
  "institution-name",
  "admitted-on",
  "exited-on",
  "transfer-to-uuid",
  "transfer-from-uuid",
  "destination-licence",
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_names) == N_TEXTS);

static void
set_text (RiayaStay  *self,
          Text        text,
          const char *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (self->texts[text], value) == 0)
    return;

  g_free (self->texts[text]);
  self->texts[text] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + text]);
}

static void
riaya_stay_finalize (GObject *object)
{
  RiayaStay *self = (RiayaStay *) object;

  g_clear_object (&self->resident);
  for (guint i = 0; i < N_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);

  G_OBJECT_CLASS (riaya_stay_parent_class)->finalize (object);
}

static void
riaya_stay_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RiayaStay *self = RIAYA_STAY (object);

  switch (prop_id)
    {
    case PROP_RESIDENT:
      g_value_set_object (value, self->resident);
      break;
    case PROP_REGISTER_NUMBER:
      g_value_set_uint (value, self->register_number);
      break;
    case PROP_CATEGORY:
      g_value_set_int (value, self->category);
      break;
    case PROP_REFERRAL:
      g_value_set_int (value, self->referral);
      break;
    case PROP_EXIT_REASON:
      g_value_set_int (value, self->exit_reason);
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_stay_class_init (RiayaStayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = riaya_stay_finalize;
  object_class->get_property = riaya_stay_get_property;

  properties[PROP_RESIDENT] =
    g_param_spec_object ("resident", NULL, NULL, RIAYA_TYPE_RESIDENT, flags);
  properties[PROP_REGISTER_NUMBER] =
    g_param_spec_uint ("register-number", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_CATEGORY] =
    g_param_spec_int ("category", NULL, NULL, 0, RIAYA_N_CATEGORIES - 1, 0, flags);
  properties[PROP_REFERRAL] =
    g_param_spec_int ("referral", NULL, NULL, 0, RIAYA_N_REFERRALS - 1, RIAYA_REFERRAL_OTHER, flags);
  properties[PROP_EXIT_REASON] =
    g_param_spec_int ("exit-reason", NULL, NULL, 0, RIAYA_N_EXIT_REASONS - 1, RIAYA_EXIT_REASON_OTHER, flags);

  for (guint i = 0; i < N_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] =
      g_param_spec_string (text_names[i], NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
riaya_stay_init (RiayaStay *self)
{
  self->texts[TEXT_UUID] = g_uuid_string_random ();
  self->referral = RIAYA_REFERRAL_OTHER;
  self->exit_reason = RIAYA_EXIT_REASON_OTHER;
}

RiayaStay *
riaya_stay_new (RiayaResident *resident)
{
  RiayaStay *self;

  g_return_val_if_fail (RIAYA_IS_RESIDENT (resident), NULL);

  self = g_object_new (RIAYA_TYPE_STAY, NULL);
  self->resident = g_object_ref (resident);

  return self;
}

#define TEXT_ACCESSORS(name, TEXT)                                  \
  const char *                                                      \
  riaya_stay_get_##name (RiayaStay *self)                           \
  {                                                                 \
    g_return_val_if_fail (RIAYA_IS_STAY (self), NULL);              \
    return self->texts[TEXT];                                       \
  }                                                                 \
  void                                                              \
  riaya_stay_set_##name (RiayaStay  *self,                          \
                         const char *value)                         \
  {                                                                 \
    g_return_if_fail (RIAYA_IS_STAY (self));                        \
    set_text (self, TEXT, value);                                   \
  }

TEXT_ACCESSORS (uuid, TEXT_UUID)
TEXT_ACCESSORS (institution_uuid, TEXT_INSTITUTION_UUID)
TEXT_ACCESSORS (institution_name, TEXT_INSTITUTION_NAME)
TEXT_ACCESSORS (admitted_on, TEXT_ADMITTED_ON)
TEXT_ACCESSORS (exited_on, TEXT_EXITED_ON)
TEXT_ACCESSORS (transfer_to_uuid, TEXT_TRANSFER_TO_UUID)
TEXT_ACCESSORS (transfer_from_uuid, TEXT_TRANSFER_FROM_UUID)
TEXT_ACCESSORS (destination_licence, TEXT_DESTINATION_LICENCE)

RiayaResident *
riaya_stay_get_resident (RiayaStay *self)
{
  g_return_val_if_fail (RIAYA_IS_STAY (self), NULL);
  return self->resident;
}

void
riaya_stay_set_resident (RiayaStay     *self,
                         RiayaResident *resident)
{
  g_return_if_fail (RIAYA_IS_STAY (self));
  g_return_if_fail (RIAYA_IS_RESIDENT (resident));

  if (g_set_object (&self->resident, resident))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESIDENT]);
}

guint
riaya_stay_get_register_number (RiayaStay *self)
{
  g_return_val_if_fail (RIAYA_IS_STAY (self), 0);
  return self->register_number;
}

void
riaya_stay_set_register_number (RiayaStay *self,
                                guint      number)
{
  g_return_if_fail (RIAYA_IS_STAY (self));

  if (self->register_number == number)
    return;

  self->register_number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTER_NUMBER]);
}

RiayaCategory
riaya_stay_get_category (RiayaStay *self)
{
  g_return_val_if_fail (RIAYA_IS_STAY (self), 0);
  return self->category;
}

void
riaya_stay_set_category (RiayaStay     *self,
                         RiayaCategory  category)
{
  g_return_if_fail (RIAYA_IS_STAY (self));
  g_return_if_fail ((guint) category < RIAYA_N_CATEGORIES);

  if (self->category == category)
    return;

  self->category = category;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

RiayaReferral
riaya_stay_get_referral (RiayaStay *self)
{
  g_return_val_if_fail (RIAYA_IS_STAY (self), RIAYA_REFERRAL_OTHER);
  return self->referral;
}

void
riaya_stay_set_referral (RiayaStay     *self,
                         RiayaReferral  referral)
{
  g_return_if_fail (RIAYA_IS_STAY (self));
  g_return_if_fail ((guint) referral < RIAYA_N_REFERRALS);

  if (self->referral == referral)
    return;

  self->referral = referral;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL]);
}

RiayaExitReason
riaya_stay_get_exit_reason (RiayaStay *self)
{
  g_return_val_if_fail (RIAYA_IS_STAY (self), RIAYA_EXIT_REASON_OTHER);
  return self->exit_reason;
}

void
riaya_stay_set_exit_reason (RiayaStay       *self,
                            RiayaExitReason  reason)
{
  g_return_if_fail (RIAYA_IS_STAY (self));
  g_return_if_fail ((guint) reason < RIAYA_N_EXIT_REASONS);

  if (self->exit_reason == reason)
    return;

  self->exit_reason = reason;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXIT_REASON]);
}

gboolean
riaya_stay_is_present_on (RiayaStay  *self,
                          const char *on)
{
  g_return_val_if_fail (RIAYA_IS_STAY (self), FALSE);
  g_return_val_if_fail (on != NULL, FALSE);

  /* The exit date is the first day away. */
  return self->texts[TEXT_ADMITTED_ON] != NULL &&
         riaya_date_compare (self->texts[TEXT_ADMITTED_ON], on) <= 0 &&
         (self->texts[TEXT_EXITED_ON] == NULL ||
          riaya_date_compare (self->texts[TEXT_EXITED_ON], on) > 0);
}

gboolean
riaya_stay_check_admission (RiayaStay         *self,
                            RiayaInstitution  *institution,
                            const GDate       *today,
                            GError           **error)
{
  const char *admitted_on, *birth_date;
  RiayaLicenceStatus status;

  g_return_val_if_fail (RIAYA_IS_STAY (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), FALSE);

  if (!riaya_resident_validate (self->resident, today, error))
    return FALSE;

  admitted_on = self->texts[TEXT_ADMITTED_ON];
  if (!riaya_validate_past_date (admitted_on, _("Date of admission"), today, error))
    return FALSE;

  birth_date = riaya_resident_get_birth_date (self->resident);
  if (riaya_date_compare (birth_date, admitted_on) > 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: the two %s are dates */
                   _("The date of birth (%s) is after the date of admission (%s): "
                     "check both dates."),
                   birth_date, admitted_on);
      return FALSE;
    }

  /* Law 65.15 art. 3: an institution takes only the category it
   * specialises in; judges' placements too must respect it. */
  if (!riaya_institution_type_serves (riaya_institution_get_institution_type (institution),
                                      self->category))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_SPECIALISATION,
                   /* Translators: the first %s is a category of beneficiaries, the
                    * second a type of institution */
                   _("“%s” cannot be admitted to a “%s” (Law 65.15 art. 3): choose a category "
                     "this institution serves."),
                   riaya_category_to_label (self->category),
                   riaya_institution_type_to_label (riaya_institution_get_institution_type (institution)));
      return FALSE;
    }

  /* Arts 17 and 34: nobody is taken in before the licence is granted, nor
   * while it is suspended, withdrawn or the institution closed. */
  status = riaya_institution_get_status_on (institution, admitted_on);
  if (!riaya_licence_status_in_force (status))
    {
      if (status == RIAYA_LICENCE_STATUS_NONE)
        g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                     /* Translators: the first %s is a date, the second the licence date */
                     _("On %s the institution had no licence yet (granted on %s): "
                       "an admission must come after the licence."),
                     admitted_on, riaya_institution_get_licence_date (institution));
      else
        g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                     /* Translators: %s is a date, the second %s a licence status such as
                      * “Withdrawn” */
                     _("On %s the licence was not in force (%s): nobody can be admitted "
                       "then. Check the date of admission."),
                     admitted_on, riaya_licence_status_to_label (status));
      return FALSE;
    }

  return TRUE;
}

gboolean
riaya_stay_check_exit (RiayaStay        *self,
                       const char       *date,
                       RiayaExitReason   reason,
                       const GDate      *today,
                       GError          **error)
{
  g_return_val_if_fail (RIAYA_IS_STAY (self), FALSE);

  if (self->texts[TEXT_EXITED_ON] != NULL)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                   /* Translators: %u is a register number, %s the exit date */
                   _("Register number %u already left on %s: there is no stay to close."),
                   self->register_number, self->texts[TEXT_EXITED_ON]);
      return FALSE;
    }

  if (!riaya_validate_past_date (date, _("Date of exit"), today, error))
    return FALSE;

  if (riaya_date_compare (date, self->texts[TEXT_ADMITTED_ON]) < 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: the two %s are dates */
                   _("The date of exit (%s) is before the date of admission (%s): "
                     "check the date of exit."),
                   date, self->texts[TEXT_ADMITTED_ON]);
      return FALSE;
    }

  if ((guint) reason >= RIAYA_N_EXIT_REASONS)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
                   _("Choose why the beneficiary left."));
      return FALSE;
    }

  return TRUE;
}
