/* riaya-text.c — language-aware text helpers
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "riaya-text.h"

static const char *cached_language;

const char *
riaya_interface_language (void)
{
  const char * const *names;

  if (cached_language != NULL)
    return cached_language;

  /* The first language of the list that we translate to decides;
   * English is the source language. */
  names = g_get_language_names ();
  cached_language = "en";
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "ar"))
        {
          cached_language = "ar";
          break;
        }
      if (g_str_has_prefix (names[i], "fr"))
        {
          cached_language = "fr";
          break;
        }
      if (g_str_has_prefix (names[i], "en"))
        break;
    }

  return cached_language;
}

void
riaya_interface_language_reset (void)
{
  cached_language = NULL;
}

gboolean
riaya_text_is_arabic (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_ARABIC && g_unichar_isalpha (c))
        return TRUE;
    }

  return FALSE;
}

char *
riaya_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      /* Accents, harakat and hamza marks decompose to non-spacing marks. */
      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK)
        continue;
      if (c == 0x0640) /* tatweel */
        continue;
      if (c == 0x0629) /* teh marbuta → heh */
        c = 0x0647;
      else if (c == 0x0649) /* alef maksura → yeh */
        c = 0x064A;
      else if (c == 0x0671) /* alef wasla → alef */
        c = 0x0627;

      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

void
riaya_text_append_json_string (GString    *out,
                               const char *text)
{
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

const char *
riaya_text_from_uint (guint64  value,
                      char    *buffer)
{
  char digits[21];
  guint n = 0;

  g_return_val_if_fail (buffer != NULL, NULL);

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0);

  for (guint i = 0; i < n; i++)
    buffer[i] = digits[n - 1 - i];
  buffer[n] = '\0';

  return buffer;
}

char *
riaya_text_fill (const char         *format,
                 const char * const *args,
                 guint               n_args)
{
  GString *out;
  guint next = 0;

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (args != NULL || n_args == 0, NULL);

  out = g_string_sized_new (strlen (format) + 64 * n_args);
  for (const char *p = format; *p != '\0';)
    {
      const char *percent = strchr (p, '%');
      guint position = 0;
      const char *q;

      if (percent == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, percent - p);

      q = percent + 1;
      if (*q == '%')
        {
          g_string_append_c (out, '%');
          p = q + 1;
          continue;
        }

      /* %N$ numbers the argument; without it, the next one. */
      if (g_ascii_isdigit (*q))
        {
          const char *digits = q;

          while (g_ascii_isdigit (*q))
            position = position * 10 + (guint) (*q++ - '0');
          if (*q != '$')
            {
              q = digits;
              position = 0;
            }
          else
            q++;
        }

      if (*q != 's' && *q != 'u' && *q != 'd')
        {
          g_critical ("riaya_text_fill: unsupported conversion in “%s”", format);
          g_string_append (out, percent);
          break;
        }

      if (position == 0)
        position = ++next;
      if (position > n_args)
        {
          g_critical ("riaya_text_fill: “%s” asks for argument %u of %u", format, position, n_args);
          break;
        }
      if (args[position - 1] != NULL)
        g_string_append (out, args[position - 1]);
      p = q + 1;
    }

  return g_string_free (out, FALSE);
}
