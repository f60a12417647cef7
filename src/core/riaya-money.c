/* riaya-money.c — amounts of dirhams as integer centimes
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-money.h"
#include "riaya-validation.h"

/* The value of an ASCII or Arabic-Indic (U+0660…U+0669) or Eastern
 * Arabic-Indic (U+06F0…U+06F9) digit, or -1. */
static int
digit_value (gunichar c,
             gboolean lenient)
{
  if (c >= '0' && c <= '9')
    return (int) (c - '0');
  if (lenient && c >= 0x0660 && c <= 0x0669)
    return (int) (c - 0x0660);
  if (lenient && c >= 0x06F0 && c <= 0x06F9)
    return (int) (c - 0x06F0);

  return -1;
}

static gboolean
is_group_space (gunichar c)
{
  /* Space, no-break space, narrow no-break space, thin space: what French
   * and Arabic typists and spreadsheets put between thousands. */
  return c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

/* The text without a trailing currency unit, spaces trimmed. */
static char *
strip_unit (const char *text)
{
  static const char * const units[] = { "DH", "Dh", "dh", "MAD", "د.م.", "درهم" };
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize len = strlen (copy);

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      gsize unit_len = strlen (units[i]);

      if (len > unit_len && g_str_has_suffix (copy, units[i]))
        {
          copy[len - unit_len] = '\0';
          g_strstrip (copy);
          break;
        }
    }

  return g_steal_pointer (&copy);
}

static gboolean
set_format_error (GError    **error,
                  const char *text)
{
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
               /* Translators: %s is what was typed as an amount of dirhams */
               _("“%s” is not an amount: write dirhams with at most two decimals, "
                 "for example 146002000.00."),
               text);
  return FALSE;
}

gboolean
riaya_money_parse (const char  *text,
                   gboolean     lenient,
                   gint64      *out_centimes,
                   GError     **error)
{
  g_autofree char *trimmed = NULL;
  gint64 units = 0;
  gint64 centimes;
  guint n_digits = 0;
  int n_decimals = -1;  /* -1: no decimal mark seen */
  int decimals = 0;
  gboolean too_large = FALSE;

  g_return_val_if_fail (out_centimes != NULL, FALSE);

  if (text == NULL || *g_strstrip (trimmed = g_strdup (text)) == '\0')
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                           _("The amount is missing: write it in dirhams, for example 146002000.00."));
      return FALSE;
    }

  if (lenient)
    {
      g_autofree char *without_unit = strip_unit (trimmed);

      g_free (trimmed);
      trimmed = g_steal_pointer (&without_unit);
    }

  if (!g_utf8_validate (trimmed, -1, NULL))
    return set_format_error (error, "?");

  if (trimmed[0] == '-')
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                   /* Translators: %s is the amount typed */
                   _("The amount %s is negative: a grant, a tranche or a payment is "
                     "written as a positive number of dirhams."),
                   trimmed);
      return FALSE;
    }

  for (const char *p = trimmed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int value = digit_value (c, lenient);

      if (value >= 0)
        {
          n_digits++;
          if (n_decimals >= 0)
            {
              n_decimals++;
              if (n_decimals > 2)
                {
                  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                               /* Translators: %s is the amount typed */
                               _("The amount %s has more than two decimals: dirhams are "
                                 "counted to the centime, for example 1500.25."),
                               trimmed);
                  return FALSE;
                }
              decimals = decimals * 10 + value;
            }
          else if (units > RIAYA_MONEY_MAX / 100)
            too_large = TRUE;  /* keep reading: a malformed text says so first */
          else
            units = units * 10 + value;
        }
      else if ((c == '.' || (lenient && (c == ',' || c == 0x066B))) && n_decimals < 0 && n_digits > 0)
        n_decimals = 0;
      else if (lenient && is_group_space (c) && n_decimals < 0 && n_digits > 0)
        continue;
      else
        return set_format_error (error, trimmed);
    }

  if (n_digits == 0 || n_decimals == 0)
    return set_format_error (error, trimmed);

  if (n_decimals == 1)
    decimals *= 10;

  centimes = too_large ? RIAYA_MONEY_MAX + 1 : units * 100 + decimals;

  if (centimes == 0)
    {
      g_set_error_literal (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("The amount is zero: write the amount granted or paid, in dirhams."));
      return FALSE;
    }

  if (centimes > RIAYA_MONEY_MAX)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                   /* Translators: %s is the amount typed */
                   _("The amount %s is more than ten billion dirhams: check the number of "
                     "digits."),
                   trimmed);
      return FALSE;
    }

  *out_centimes = centimes;
  return TRUE;
}

char *
riaya_money_to_string (gint64 centimes)
{
  guint64 magnitude = centimes < 0 ? (guint64) 0 - (guint64) centimes : (guint64) centimes;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u",
                          centimes < 0 ? "-" : "",
                          magnitude / 100, (guint) (magnitude % 100));
}

char *
riaya_money_format (gint64      centimes,
                    const char *group_separator,
                    const char *decimal_mark)
{
  guint64 magnitude = centimes < 0 ? (guint64) 0 - (guint64) centimes : (guint64) centimes;
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / 100);
  GString *out = g_string_new (centimes < 0 ? "-" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0 && group_separator != NULL)
        g_string_append (out, group_separator);
      g_string_append_c (out, digits[i]);
    }

  g_string_append_printf (out, "%s%02u", decimal_mark != NULL ? decimal_mark : ".",
                          (guint) (magnitude % 100));

  return g_string_free (out, FALSE);
}

char *
riaya_money_format_for_people (gint64 centimes)
{
  /* Translators: the separator of groups of three digits in amounts shown
   * to people: "," in English, a narrow no-break space (U+202F) in French */
  const char *group = C_("digit group separator", ",");
  /* Translators: the decimal mark of numbers shown to people: “,” in French */
  const char *mark = C_("decimal mark", ".");

  return riaya_money_format (centimes, group, mark);
}

gboolean
riaya_money_add (gint64  a,
                 gint64  b,
                 gint64 *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if ((b > 0 && a > G_MAXINT64 - b) || (b < 0 && a < G_MININT64 - b))
    return FALSE;

  *out = a + b;
  return TRUE;
}
