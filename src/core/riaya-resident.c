/* riaya-resident.c — a person in the register of beneficiaries
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every value here is personal data (Law 09-08): this file never logs
 * one, and its error messages name fields, never their contents.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-resident.h"
#include "riaya-text.h"
#include "riaya-validation.h"

struct _RiayaResident
{
  GObject parent_instance;

  char     *uuid;
  RiayaSex  sex;
  char     *fields[RIAYA_N_RESIDENT_FIELDS]; /* fields[SEX] unused */
  char     *search_key;                      /* cached, NULL when stale */
};

G_DEFINE_FINAL_TYPE (RiayaResident, riaya_resident, G_TYPE_OBJECT)

/* Property ids: PROP_UUID, then one per field in RiayaResidentField order. */
enum {
  PROP_0,
  PROP_UUID,
  PROP_FIRST_FIELD,
  N_PROPS = PROP_FIRST_FIELD + RIAYA_N_RESIDENT_FIELDS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *name;   /* property and journal name */
  const char *label;  /* N_(): translated at display time */
} FieldInfo;

static const FieldInfo field_info[] = {
  { "first-name", N_("First name") },
  { "last-name", N_("Last name") },
  { "sex", N_("Sex") },
  { "birth-date", N_("Date of birth") },
  { "birth-place", N_("Place of birth") },
  { "cnie", N_("National identity card (CNIE)") },
  { "family-status", N_("Family status") },
  { "health-status", N_("Health status") },
  { "guardian-name", N_("Name of the parent or legal representative") },
  { "guardian-cnie", N_("Their identity card (CNIE)") },
  { "guardian-address", N_("Their address") },
  { "guardian-phone", N_("Their phone") },
  { "guardian-occupation", N_("Their occupation") },
  { "guardian-situation", N_("Their social situation") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_info) == RIAYA_N_RESIDENT_FIELDS);

static char *
normalise_text (const char *value)
{
  g_autofree char *trimmed = NULL;

  if (value == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (value));
  if (*trimmed == '\0')
    return NULL;

  return g_steal_pointer (&trimmed);
}

static void
riaya_resident_finalize (GObject *object)
{
  RiayaResident *self = (RiayaResident *) object;

  g_clear_pointer (&self->uuid, g_free);
  for (guint i = 0; i < RIAYA_N_RESIDENT_FIELDS; i++)
    g_clear_pointer (&self->fields[i], g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (riaya_resident_parent_class)->finalize (object);
}

static void
riaya_resident_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RiayaResident *self = RIAYA_RESIDENT (object);

  if (prop_id == PROP_UUID)
    g_value_set_string (value, self->uuid);
  else if (prop_id == PROP_FIRST_FIELD + RIAYA_RESIDENT_FIELD_SEX)
    g_value_set_int (value, self->sex);
  else if (prop_id > PROP_UUID && prop_id < N_PROPS)
    g_value_set_string (value, self->fields[prop_id - PROP_FIRST_FIELD]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
riaya_resident_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RiayaResident *self = RIAYA_RESIDENT (object);

  if (prop_id == PROP_UUID)
    riaya_resident_set_uuid (self, g_value_get_string (value));
  else if (prop_id == PROP_FIRST_FIELD + RIAYA_RESIDENT_FIELD_SEX)
    riaya_resident_set_sex (self, (RiayaSex) g_value_get_int (value));
  else if (prop_id > PROP_UUID && prop_id < N_PROPS)
    riaya_resident_set_field (self, prop_id - PROP_FIRST_FIELD, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
riaya_resident_class_init (RiayaResidentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = riaya_resident_finalize;
  object_class->get_property = riaya_resident_get_property;
  object_class->set_property = riaya_resident_set_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  for (guint i = 0; i < RIAYA_N_RESIDENT_FIELDS; i++)
    {
      if (i == RIAYA_RESIDENT_FIELD_SEX)
        properties[PROP_FIRST_FIELD + i] =
          g_param_spec_int (field_info[i].name, NULL, NULL,
                            0, RIAYA_SEX_FEMALE, RIAYA_SEX_MALE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
      else
        properties[PROP_FIRST_FIELD + i] =
          g_param_spec_string (field_info[i].name, NULL, NULL, NULL,
                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
    }

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
riaya_resident_init (RiayaResident *self)
{
  self->uuid = g_uuid_string_random ();
  self->sex = RIAYA_SEX_MALE;
}

RiayaResident *
riaya_resident_new (void)
{
  return g_object_new (RIAYA_TYPE_RESIDENT, NULL);
}

RiayaResident *
riaya_resident_copy (RiayaResident *self)
{
  RiayaResident *copy;

  g_return_val_if_fail (RIAYA_IS_RESIDENT (self), NULL);

  copy = riaya_resident_new ();
  g_free (copy->uuid);
  copy->uuid = g_strdup (self->uuid);
  copy->sex = self->sex;
  for (guint i = 0; i < RIAYA_N_RESIDENT_FIELDS; i++)
    copy->fields[i] = g_strdup (self->fields[i]);

  return copy;
}

const char *
riaya_resident_get_uuid (RiayaResident *self)
{
  g_return_val_if_fail (RIAYA_IS_RESIDENT (self), NULL);
  return self->uuid;
}

void
riaya_resident_set_uuid (RiayaResident *self,
                         const char    *uuid)
{
  g_return_if_fail (RIAYA_IS_RESIDENT (self));
  g_return_if_fail (uuid != NULL);

  if (g_strcmp0 (self->uuid, uuid) == 0)
    return;

  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

RiayaSex
riaya_resident_get_sex (RiayaResident *self)
{
  g_return_val_if_fail (RIAYA_IS_RESIDENT (self), RIAYA_SEX_MALE);
  return self->sex;
}

void
riaya_resident_set_sex (RiayaResident *self,
                        RiayaSex       sex)
{
  g_return_if_fail (RIAYA_IS_RESIDENT (self));

  if (self->sex == sex)
    return;

  self->sex = sex;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_FIELD + RIAYA_RESIDENT_FIELD_SEX]);
}

const char *
riaya_resident_get_field (RiayaResident      *self,
                          RiayaResidentField  field)
{
  g_return_val_if_fail (RIAYA_IS_RESIDENT (self), NULL);
  g_return_val_if_fail (field < RIAYA_N_RESIDENT_FIELDS && field != RIAYA_RESIDENT_FIELD_SEX, NULL);

  return self->fields[field];
}

void
riaya_resident_set_field (RiayaResident      *self,
                          RiayaResidentField  field,
                          const char         *value)
{
  g_autofree char *normalised = NULL;

  g_return_if_fail (RIAYA_IS_RESIDENT (self));
  g_return_if_fail (field < RIAYA_N_RESIDENT_FIELDS && field != RIAYA_RESIDENT_FIELD_SEX);

  normalised = normalise_text (value);

  /* A CNIE is written in capitals on the card (AB123456). */
  if (normalised != NULL &&
      (field == RIAYA_RESIDENT_FIELD_CNIE || field == RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE))
    {
      char *upper = g_ascii_strup (normalised, -1);
      g_free (normalised);
      normalised = upper;
    }

  if (g_strcmp0 (self->fields[field], normalised) == 0)
    return;

  g_free (self->fields[field]);
  self->fields[field] = g_steal_pointer (&normalised);
  g_clear_pointer (&self->search_key, g_free);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_FIELD + field]);
}

const char *
riaya_resident_get_first_name (RiayaResident *self)
{
  return riaya_resident_get_field (self, RIAYA_RESIDENT_FIELD_FIRST_NAME);
}

const char *
riaya_resident_get_last_name (RiayaResident *self)
{
  return riaya_resident_get_field (self, RIAYA_RESIDENT_FIELD_LAST_NAME);
}

const char *
riaya_resident_get_birth_date (RiayaResident *self)
{
  return riaya_resident_get_field (self, RIAYA_RESIDENT_FIELD_BIRTH_DATE);
}

const char *
riaya_resident_get_cnie (RiayaResident *self)
{
  return riaya_resident_get_field (self, RIAYA_RESIDENT_FIELD_CNIE);
}

const char *
riaya_resident_field_to_name (RiayaResidentField field)
{
  g_return_val_if_fail (field < RIAYA_N_RESIDENT_FIELDS, NULL);
  return field_info[field].name;
}

const char *
riaya_resident_field_to_label (RiayaResidentField field)
{
  g_return_val_if_fail (field < RIAYA_N_RESIDENT_FIELDS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, field_info[field].label);
}

char *
riaya_resident_dup_display_name (RiayaResident *self)
{
  const char *first, *last;

  g_return_val_if_fail (RIAYA_IS_RESIDENT (self), NULL);

  first = self->fields[RIAYA_RESIDENT_FIELD_FIRST_NAME];
  last = self->fields[RIAYA_RESIDENT_FIELD_LAST_NAME];

  if (first != NULL && last != NULL)
    return g_strconcat (first, " ", last, NULL);
  if (first != NULL || last != NULL)
    return g_strdup (first != NULL ? first : last);

  /* Someone in distress may refuse to give a name (SAMU social). */
  return g_strdup (_("Name not given"));
}

const char *
riaya_resident_get_search_key (RiayaResident *self)
{
  g_return_val_if_fail (RIAYA_IS_RESIDENT (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined =
        g_strjoin (" ",
                   self->fields[RIAYA_RESIDENT_FIELD_FIRST_NAME] ? self->fields[RIAYA_RESIDENT_FIELD_FIRST_NAME] : "",
                   self->fields[RIAYA_RESIDENT_FIELD_LAST_NAME] ? self->fields[RIAYA_RESIDENT_FIELD_LAST_NAME] : "",
                   self->fields[RIAYA_RESIDENT_FIELD_CNIE] ? self->fields[RIAYA_RESIDENT_FIELD_CNIE] : "",
                   NULL);
      self->search_key = riaya_text_fold (joined);
    }

  return self->search_key;
}

int
riaya_resident_age_on (RiayaResident *self,
                       const char    *on)
{
  GDate birth, date;
  int age;

  g_return_val_if_fail (RIAYA_IS_RESIDENT (self), -1);

  if (self->fields[RIAYA_RESIDENT_FIELD_BIRTH_DATE] == NULL || on == NULL ||
      !riaya_date_parse (self->fields[RIAYA_RESIDENT_FIELD_BIRTH_DATE], &birth, NULL) ||
      !riaya_date_parse (on, &date, NULL) ||
      g_date_compare (&birth, &date) > 0)
    return -1;

  age = g_date_get_year (&date) - g_date_get_year (&birth);
  if (g_date_get_month (&date) < g_date_get_month (&birth) ||
      (g_date_get_month (&date) == g_date_get_month (&birth) &&
       g_date_get_day (&date) < g_date_get_day (&birth)))
    age--;

  return age;
}

gboolean
riaya_resident_validate (RiayaResident  *self,
                         const GDate    *today,
                         GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RIAYA_IS_RESIDENT (self), FALSE);

  if (self->sex != RIAYA_SEX_MALE && self->sex != RIAYA_SEX_FEMALE)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                   _("Choose the sex of the beneficiary: male or female."));
      return FALSE;
    }

  if (!riaya_validate_past_date (self->fields[RIAYA_RESIDENT_FIELD_BIRTH_DATE],
                                 _("Date of birth"), today, error))
    return FALSE;

  if (!riaya_validate_cnie (self->fields[RIAYA_RESIDENT_FIELD_CNIE], error))
    return FALSE;

  if (!riaya_validate_cnie (self->fields[RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE], &local_error))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, local_error->code,
                   /* Translators: %s explains the form of an identity card number */
                   _("The representative's card number: %s"), local_error->message);
      return FALSE;
    }

  if (!riaya_validate_phone (self->fields[RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE], error))
    return FALSE;

  return TRUE;
}

char **
riaya_resident_changed_fields (RiayaResident *before,
                               RiayaResident *after)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (RIAYA_IS_RESIDENT (before), NULL);
  g_return_val_if_fail (RIAYA_IS_RESIDENT (after), NULL);

  for (guint i = 0; i < RIAYA_N_RESIDENT_FIELDS; i++)
    {
      gboolean differs;

      if (i == RIAYA_RESIDENT_FIELD_SEX)
        differs = before->sex != after->sex;
      else
        differs = g_strcmp0 (before->fields[i], after->fields[i]) != 0;

      if (differs)
        g_strv_builder_add (names, field_info[i].name);
    }

  return g_strv_builder_end (names);
}

void
riaya_resident_update_from (RiayaResident *self,
                            RiayaResident *other)
{
  g_return_if_fail (RIAYA_IS_RESIDENT (self));
  g_return_if_fail (RIAYA_IS_RESIDENT (other));

  g_object_freeze_notify (G_OBJECT (self));
  riaya_resident_set_sex (self, other->sex);
  for (guint i = 0; i < RIAYA_N_RESIDENT_FIELDS; i++)
    if (i != RIAYA_RESIDENT_FIELD_SEX)
      riaya_resident_set_field (self, i, other->fields[i]);
  g_object_thaw_notify (G_OBJECT (self));
}
