/* riaya-validation.c — rules of the law as plain functions
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-validation.h"

G_DEFINE_QUARK (riaya-validation-error-quark, riaya_validation_error)

gboolean
riaya_date_parse (const char  *iso,
                  GDate       *out,
                  GError     **error)
{
  guint year, month, day;

  if (iso == NULL || strlen (iso) != 10 ||
      !g_ascii_isdigit (iso[0]) || !g_ascii_isdigit (iso[1]) ||
      !g_ascii_isdigit (iso[2]) || !g_ascii_isdigit (iso[3]) || iso[4] != '-' ||
      !g_ascii_isdigit (iso[5]) || !g_ascii_isdigit (iso[6]) || iso[7] != '-' ||
      !g_ascii_isdigit (iso[8]) || !g_ascii_isdigit (iso[9]))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %s is what the user typed */
                   _("“%s” is not a date: write it as year-month-day, for example 2024-09-01."),
                   iso ? iso : "");
      return FALSE;
    }

  year = (guint) g_ascii_strtoull (iso, NULL, 10);
  month = (guint) g_ascii_strtoull (iso + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (iso + 8, NULL, 10);

  if (year < 1900 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %s is what the user typed */
                   _("%s is not a day of the calendar: check the month and the day."),
                   iso);
      return FALSE;
    }

  if (out != NULL)
    g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

char *
riaya_date_to_iso (const GDate *date)
{
  guint year, month, day;
  char *iso;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  year = g_date_get_year (date);
  month = g_date_get_month (date);
  day = g_date_get_day (date);

  /* Outside the years riaya_date_parse() takes, printf says what it is. */
  if (year > 9999)
    return g_strdup_printf ("%04u-%02u-%02u", year, month, day);

  /* Digit by digit: the reports write this date for each of thirteen
   * thousand institutions, and printf cost ten times as much. */
  iso = g_malloc (11);
  iso[0] = '0' + year / 1000;
  iso[1] = '0' + year / 100 % 10;
  iso[2] = '0' + year / 10 % 10;
  iso[3] = '0' + year % 10;
  iso[4] = '-';
  iso[5] = '0' + month / 10;
  iso[6] = '0' + month % 10;
  iso[7] = '-';
  iso[8] = '0' + day / 10;
  iso[9] = '0' + day % 10;
  iso[10] = '\0';

  return iso;
}

/* The local time zone, kept while $TZ stays the same. GLib 2.74's
 * g_time_zone_new_local() reads /etc/localtime again at every call when
 * TZ is unset (fixed in 2.76), and the store asks for today once per
 * licence event and capacity line it loads: at ten times the national
 * registry that was a quarter of the time riaya_store_list_institutions()
 * took. */
static GTimeZone *
ref_local_zone (void)
{
  static GMutex lock;
  static GTimeZone *zone;
  static char *zone_tz;
  const char *tz = g_getenv ("TZ");
  GTimeZone *result;

  g_mutex_lock (&lock);
  if (zone == NULL || g_strcmp0 (zone_tz, tz) != 0)
    {
      g_clear_pointer (&zone, g_time_zone_unref);
      g_free (zone_tz);
      zone = g_time_zone_new_local ();
      zone_tz = g_strdup (tz);
    }
  result = g_time_zone_ref (zone);
  g_mutex_unlock (&lock);

  return result;
}

char *
riaya_date_today_iso (void)
{
  g_autoptr(GTimeZone) zone = ref_local_zone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);

  return g_date_time_format (now, "%Y-%m-%d");
}

int
riaya_date_compare (const char *a,
                    const char *b)
{
  return g_strcmp0 (a, b);
}

gboolean
riaya_validate_required (const char  *value,
                         const char  *field_label,
                         GError     **error)
{
  if (value != NULL)
    {
      g_autofree char *copy = g_strstrip (g_strdup (value));

      if (*copy != '\0')
        return TRUE;
    }

  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
               /* Translators: %s is the name of a field, such as “Licence number” */
               _("%s is required: fill it in."), field_label);
  return FALSE;
}

gboolean
riaya_validate_past_date (const char   *iso,
                          const char   *field_label,
                          const GDate  *today,
                          GError      **error)
{
  GDate date, now;

  if (!riaya_validate_required (iso, field_label, error))
    return FALSE;

  if (!riaya_date_parse (iso, &date, error))
    return FALSE;

  if (today != NULL)
    now = *today;
  else
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
    }

  if (g_date_compare (&date, &now) > 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE,
                   /* Translators: %s is the name of a date field, %s the date */
                   _("%s cannot be in the future (%s): enter the day it actually happened."),
                   field_label, iso);
      return FALSE;
    }

  return TRUE;
}

gboolean
riaya_validate_licence_number (const char  *number,
                               GError     **error)
{
  if (!riaya_validate_required (number, _("Licence number"), error))
    return FALSE;

  /* Licence numbers are printed on the façade and on every document
   * (Law 65.15 art. 16): keep them to characters that survive any form. */
  for (const char *p = number; *p; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("-/._ ", *p) == NULL)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                       /* Translators: %s is the licence number typed */
                       _("Licence number “%s” may contain only Latin letters, digits, spaces and - / . _"),
                       number);
          return FALSE;
        }
    }

  if (strlen (number) > 40)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   _("Licence number is too long: at most 40 characters."));
      return FALSE;
    }

  return TRUE;
}

gboolean
riaya_validate_province_code (const char  *code,
                              GError     **error)
{
  if (!riaya_validate_required (code, _("Province"), error))
    return FALSE;

  /* HCP geographic codes: RR.PPP (domain.md §6). Whether the province
   * exists is the store's question. */
  if (strlen (code) != 6 || code[2] != '.' ||
      !g_ascii_isdigit (code[0]) || !g_ascii_isdigit (code[1]) ||
      !g_ascii_isdigit (code[3]) || !g_ascii_isdigit (code[4]) || !g_ascii_isdigit (code[5]))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
                   /* Translators: %s is the code typed; keep RR.PPP and 01.511 as they are */
                   _("“%s” is not a province code: use the official code RR.PPP, for example 01.511."),
                   code);
      return FALSE;
    }

  return TRUE;
}

gboolean
riaya_validate_cnie (const char  *cnie,
                     GError     **error)
{
  guint letters = 0;
  guint digits = 0;
  const char *p = cnie;

  if (cnie == NULL || *cnie == '\0')
    return TRUE; /* optional: most residents are minors, who hold none */

  while (g_ascii_isalpha (*p))
    {
      letters++;
      p++;
    }
  while (g_ascii_isdigit (*p))
    {
      digits++;
      p++;
    }

  if (*p != '\0' || letters < 1 || letters > 2 || digits < 1 || digits > 7)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   _("A national identity card number (CNIE) is one or two letters then "
                     "digits, without spaces, for example AB123456."));
      return FALSE;
    }

  return TRUE;
}

gboolean
riaya_validate_phone (const char  *phone,
                      GError     **error)
{
  guint digits = 0;

  if (phone == NULL || *phone == '\0')
    return TRUE; /* optional */

  for (const char *p = phone; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr ("+ -.()", *p) == NULL)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                       _("A phone number may contain only digits, spaces and + - . ( )"));
          return FALSE;
        }
    }

  if (digits < 9 || digits > 15)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   _("A phone number has 9 to 15 digits, for example 0522 123456 or +212 522 123456."));
      return FALSE;
    }

  return TRUE;
}

gboolean
riaya_validate_places (gint64   places,
                       GError **error)
{
  if (places < 0 || places > RIAYA_MAX_PLACES)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                   /* Translators: %d is the maximum number of places */
                   _("A number of places is a whole number from 0 to %d."),
                   RIAYA_MAX_PLACES);
      return FALSE;
    }

  return TRUE;
}

gboolean
riaya_validate_places_text (const char  *text,
                            guint       *out_places,
                            GError     **error)
{
  guint64 value;

  if (text == NULL || *text == '\0' ||
      !g_ascii_string_to_unsigned (text, 10, 0, RIAYA_MAX_PLACES, &value, NULL))
    {
      /* A whole number, negative or too large, is out of range; anything
       * else is not a number at all. */
      const char *digits = (text != NULL && text[0] == '-') ? text + 1 : text;
      gboolean is_number = digits != NULL && *digits != '\0';

      for (const char *p = digits; is_number && *p; p++)
        is_number = g_ascii_isdigit (*p);

      g_set_error (error, RIAYA_VALIDATION_ERROR,
                   is_number ? RIAYA_VALIDATION_ERROR_OUT_OF_RANGE
                             : RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %s is what the user typed, %d the maximum */
                   _("“%s” is not a number of places: enter a whole number from 0 to %d."),
                   text ? text : "", RIAYA_MAX_PLACES);
      return FALSE;
    }

  if (out_places != NULL)
    *out_places = (guint) value;

  return TRUE;
}
