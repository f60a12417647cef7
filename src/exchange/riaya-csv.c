/* riaya-csv.c — RFC 4180 comma-separated values, read and written
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-csv.h"
#include "riaya-exchange-error.h"

void
riaya_csv_record_free (RiayaCsvRecord *record)
{
  if (record == NULL)
    return;

  g_clear_pointer (&record->fields, g_ptr_array_unref);
  g_free (record);
}

static guint
line_of_offset (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;

  return line;
}

static RiayaCsvRecord *
record_new (guint line)
{
  RiayaCsvRecord *record = g_new0 (RiayaCsvRecord, 1);

  record->line = line;
  record->fields = g_ptr_array_new_with_free_func (g_free);

  return record;
}

/* A record made of one empty field is an empty line: spreadsheets leave
 * them at the end of files, and they hold nothing to import. */
static gboolean
record_is_empty (RiayaCsvRecord *record)
{
  return record->fields->len == 1 &&
         *(const char *) g_ptr_array_index (record->fields, 0) == '\0';
}

GPtrArray *
riaya_csv_parse (const char  *data,
                 gssize       length,
                 GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(RiayaCsvRecord) record = NULL;
  g_autoptr(GString) field = NULL;
  const char *invalid = NULL;
  gsize len, i = 0;
  guint line = 1;
  gboolean quoted = FALSE;
  gboolean after_quote = FALSE;
  guint quote_line = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  len = length < 0 ? strlen (data) : (gsize) length;

  if (!g_utf8_validate_len (data, len, &invalid))
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_ENCODING,
                   /* Translators: %u is a line number */
                   _("Line %u is not UTF-8 text: save the file again as “CSV UTF-8” and import it again."),
                   line_of_offset (data, (gsize) (invalid - data)));
      return NULL;
    }

  /* A byte-order mark is how some spreadsheets say “UTF-8”. */
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_csv_record_free);
  field = g_string_new (NULL);

  for (; i <= len; i++)
    {
      char c = i < len ? data[i] : '\0';
      gboolean at_end = i == len;

      if (record == NULL)
        {
          if (at_end)
            break;
          record = record_new (line);
        }

      if (quoted)
        {
          if (at_end)
            {
              g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_SYNTAX,
                           /* Translators: %u is a line number */
                           _("Line %u opens a quoted field that is never closed: add the missing quotation mark."),
                           quote_line);
              return NULL;
            }
          if (c == '"')
            {
              if (i + 1 < len && data[i + 1] == '"')
                {
                  g_string_append_c (field, '"');
                  i++;
                }
              else
                {
                  quoted = FALSE;
                  after_quote = TRUE;
                }
            }
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (at_end || c == ',' || c == '\n' || c == '\r')
        {
          g_ptr_array_add (record->fields, g_strndup (field->str, field->len));
          g_string_truncate (field, 0);
          after_quote = FALSE;

          if (c == ',')
            continue;

          if (c == '\r' && i + 1 < len && data[i + 1] == '\n')
            i++;
          if (!at_end)
            line++;

          if (record_is_empty (record))
            g_clear_pointer (&record, riaya_csv_record_free);
          else
            g_ptr_array_add (records, g_steal_pointer (&record));
          continue;
        }

      if (after_quote)
        {
          g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_SYNTAX,
                       /* Translators: %u is a line number */
                       _("Line %u has text after the closing quotation mark of a field: put the whole field in quotes, and double any quotation mark inside it."),
                       line);
          return NULL;
        }

      if (c == '"')
        {
          if (field->len > 0)
            {
              g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_SYNTAX,
                           /* Translators: %u is a line number */
                           _("Line %u has a quotation mark inside a field that is not quoted: put the whole field in quotes, and double the quotation mark."),
                           line);
              return NULL;
            }
          quoted = TRUE;
          quote_line = line;
          continue;
        }

      g_string_append_c (field, c);
    }

  return g_steal_pointer (&records);
}

void
riaya_csv_append_field (GString    *out,
                        const char *value)
{
  gsize len;

  g_return_if_fail (out != NULL);

  if (value == NULL || *value == '\0')
    return;

  len = strlen (value);
  if (strpbrk (value, ",\"\r\n") == NULL && value[0] != ' ' && value[len - 1] != ' ')
    {
      g_string_append_len (out, value, len);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
riaya_csv_append_row (GString            *out,
                      const char * const *fields,
                      guint               n_fields)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL || n_fields == 0);

  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      riaya_csv_append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}
