/* riaya-codes.c — codes typed by people (command line, CSV files)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-codes.h"

/* The largest staff count or number of hours a year one role may hold:
 * a year has 8,760 hours, and no institution employs more people. */
#define MAX_STAFF 8760

static char *
normalise (const char *text)
{
  g_autofree char *copy = g_strdup (text ? text : "");

  return g_ascii_strdown (g_strstrip (copy), -1);
}

static void
append_code (GString    *list,
             const char *code)
{
  if (list->len > 0)
    g_string_append (list, ", ");
  g_string_append (list, code);
}

/* Each function below keeps its own sentence, so that translators see
 * what kind of code is meant. */

gboolean
riaya_codes_parse_legal_basis (const char       *text,
                               RiayaLegalBasis  *out,
                               GError          **error)
{
  g_autofree char *code = normalise (text);
  g_autoptr(GString) list = g_string_new (NULL);

  if (!riaya_validate_required (code, _("The legal basis"), error))
    return FALSE;
  if (riaya_legal_basis_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_LEGAL_BASES; i++)
    append_code (list, riaya_legal_basis_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a legal basis: use %s (the number of the law)."),
               text, list->str);
  return FALSE;
}

gboolean
riaya_codes_parse_institution_type (const char            *text,
                                    RiayaInstitutionType  *out,
                                    GError               **error)
{
  g_autofree char *code = normalise (text);
  g_autoptr(GString) list = g_string_new (NULL);

  if (!riaya_validate_required (code, _("The type of institution"), error))
    return FALSE;
  if (riaya_institution_type_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_INSTITUTION_TYPES; i++)
    append_code (list, riaya_institution_type_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a type of institution: use one of %s."),
               text, list->str);
  return FALSE;
}

gboolean
riaya_codes_parse_category (const char     *text,
                            RiayaCategory  *out,
                            GError        **error)
{
  g_autofree char *code = normalise (text);
  g_autoptr(GString) list = g_string_new (NULL);

  if (!riaya_validate_required (code, _("The category of beneficiaries"), error))
    return FALSE;
  if (riaya_category_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_CATEGORIES; i++)
    append_code (list, riaya_category_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a category of beneficiaries: use one of %s."),
               text, list->str);
  return FALSE;
}

gboolean
riaya_codes_parse_sex (const char  *text,
                       RiayaSex    *out,
                       GError     **error)
{
  g_autofree char *code = normalise (text);

  if (!riaya_validate_required (code, _("The sex"), error))
    return FALSE;
  if (riaya_sex_from_code (code, out))
    return TRUE;

  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: %s is what was typed; keep m, f and any as they are */
               _("“%s” is not a sex: use m (male), f (female) or any."),
               text);
  return FALSE;
}

gboolean
riaya_codes_parse_licence_event_kind (const char             *text,
                                      RiayaLicenceEventKind  *out,
                                      GError                **error)
{
  g_autofree char *code = normalise (text);
  g_autoptr(GString) list = g_string_new (NULL);

  if (!riaya_validate_required (code, _("The kind of event"), error))
    return FALSE;
  if (riaya_licence_event_kind_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_LICENCE_EVENT_KINDS; i++)
    append_code (list, riaya_licence_event_kind_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a licence event: use one of %s."),
               text, list->str);
  return FALSE;
}

gboolean
riaya_codes_parse_licence_status (const char          *text,
                                  RiayaLicenceStatus  *out,
                                  GError             **error)
{
  g_autofree char *code = normalise (text);
  g_autoptr(GString) list = g_string_new (NULL);

  if (!riaya_validate_required (code, _("The licence status"), error))
    return FALSE;
  if (riaya_licence_status_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_LICENCE_STATUSES; i++)
    append_code (list, riaya_licence_status_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a licence status: use one of %s."),
               text, list->str);
  return FALSE;
}

gboolean
riaya_codes_parse_profile (const char    *text,
                           RiayaProfile  *out,
                           GError       **error)
{
  g_autofree char *code = normalise (text);
  g_autoptr(GString) list = g_string_new (NULL);

  if (!riaya_validate_required (code, _("The profile"), error))
    return FALSE;
  if (riaya_profile_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_PROFILES; i++)
    append_code (list, riaya_profile_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a profile: use one of %s."),
               text, list->str);
  return FALSE;
}

gboolean
riaya_codes_parse_service (const char    *text,
                           RiayaService  *out,
                           GError       **error)
{
  g_autofree char *code = normalise (text);
  g_autoptr(GString) list = g_string_new (NULL);

  if (!riaya_validate_required (code, _("The service"), error))
    return FALSE;
  if (riaya_service_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_SERVICES; i++)
    append_code (list, riaya_service_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes (Law 65.15 art. 5) */
               _("“%s” is not a service of Law 65.15 (art. 5): use one of %s."),
               text, list->str);
  return FALSE;
}

gboolean
riaya_codes_parse_staff_role (const char      *text,
                              RiayaStaffRole  *out,
                              GError         **error)
{
  g_autofree char *code = normalise (text);
  g_autoptr(GString) list = g_string_new (NULL);

  if (!riaya_validate_required (code, _("The staff role"), error))
    return FALSE;
  if (riaya_staff_role_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_STAFF_ROLES; i++)
    append_code (list, riaya_staff_role_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a staff role: use one of %s."),
               text, list->str);
  return FALSE;
}

RiayaCapacityLine *
riaya_codes_parse_capacity (const char  *text,
                            const char  *default_date,
                            GError     **error)
{
  g_auto(GStrv) parts = NULL;
  RiayaCategory category;
  RiayaSex sex;
  guint places;
  const char *date;
  guint n;

  g_return_val_if_fail (text != NULL, NULL);

  parts = g_strsplit (text, ":", -1);
  n = g_strv_length (parts);
  if (n != 3 && n != 4)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %s is what was typed; keep CATEGORY:SEX:PLACES and pupil:f:40 as they are */
                   _("“%s” is not a capacity: write CATEGORY:SEX:PLACES, for example pupil:f:40."),
                   text);
      return NULL;
    }

  for (guint i = 0; i < n; i++)
    g_strstrip (parts[i]);

  if (!riaya_codes_parse_category (parts[0], &category, error) ||
      !riaya_codes_parse_sex (parts[1], &sex, error) ||
      !riaya_validate_places_text (parts[2], &places, error))
    return NULL;

  date = n == 4 ? parts[3] : default_date;
  if (!riaya_validate_required (date, _("The effective date"), error) ||
      !riaya_date_parse (date, NULL, error))
    return NULL;

  return riaya_capacity_line_new (category, sex, places, date);
}

char *
riaya_codes_format_capacity (RiayaCapacityLine *line)
{
  g_return_val_if_fail (RIAYA_IS_CAPACITY_LINE (line), NULL);

  return g_strdup_printf ("%s:%s:%u:%s",
                          riaya_category_to_code (riaya_capacity_line_get_category (line)),
                          riaya_sex_to_code (riaya_capacity_line_get_sex (line)),
                          riaya_capacity_line_get_places (line),
                          riaya_capacity_line_get_effective_date (line));
}

gboolean
riaya_codes_parse_staff (const char      *text,
                         RiayaStaffRole  *role,
                         guint           *count,
                         GError         **error)
{
  g_auto(GStrv) parts = NULL;
  guint64 value;

  g_return_val_if_fail (text != NULL, FALSE);

  parts = g_strsplit (text, ":", -1);
  if (g_strv_length (parts) != 2)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %s is what was typed; keep ROLE:COUNT and educator:4 as they are */
                   _("“%s” is not a staff line: write ROLE:COUNT, for example educator:4."),
                   text);
      return FALSE;
    }

  g_strstrip (parts[1]);
  if (!riaya_codes_parse_staff_role (parts[0], role, error))
    return FALSE;

  if (!g_ascii_string_to_unsigned (parts[1], 10, 0, MAX_STAFF, &value, NULL))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR,
                   parts[1][0] == '-' ? RIAYA_VALIDATION_ERROR_OUT_OF_RANGE : RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %s is what was typed, %d the maximum */
                   _("“%s” is not a staff count: enter a whole number from 0 to %d (persons, or hours a year for a doctor or a psychologist)."),
                   parts[1], MAX_STAFF);
      return FALSE;
    }

  *count = (guint) value;
  return TRUE;
}
