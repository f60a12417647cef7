/* riaya-cli-output.c — tables for people, CSV and JSON for scripts
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdio.h>
#include <string.h>

#include "riaya-cli-output.h"
#include "riaya-text.h"

typedef struct
{
  char     *title;
  gboolean  numeric;
  guint     max_width;
} TableColumn;

struct _RiayaCliTable
{
  guint        n_columns;
  TableColumn *columns;
  GPtrArray   *rows; /* GStrv, n_columns each */
};

typedef struct
{
  char *label;
  char *value;
} FieldLine;

struct _RiayaCliFields
{
  GArray *lines; /* FieldLine */
};

/* One level of nesting: whether anything was written in it yet. */
struct _RiayaCliJson
{
  GString *out;
  GArray  *first; /* gboolean per open container */
};

gboolean
riaya_cli_format_parse (const char     *text,
                        RiayaCliFormat *out)
{
  if (text == NULL || g_str_equal (text, "table"))
    *out = RIAYA_CLI_FORMAT_TABLE;
  else if (g_str_equal (text, "csv"))
    *out = RIAYA_CLI_FORMAT_CSV;
  else if (g_str_equal (text, "json"))
    *out = RIAYA_CLI_FORMAT_JSON;
  else
    return FALSE;

  return TRUE;
}

void
riaya_cli_write (const GString *text)
{
  g_return_if_fail (text != NULL);

  fwrite (text->str, 1, text->len, stdout);
  fflush (stdout);
}

static guint
char_width (gunichar c)
{
  if (g_unichar_iszerowidth (c) || c == 0x200E || c == 0x200F ||
      (c >= 0x2066 && c <= 0x2069))
    return 0;
  if (g_unichar_iswide (c))
    return 2;
  return 1;
}

guint
riaya_cli_text_width (const char *text)
{
  guint width = 0;

  if (text == NULL)
    return 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    width += char_width (g_utf8_get_char (p));

  return width;
}

/* Table cells are one line: a note with line breaks is flattened. */
static char *
flatten (const char *text)
{
  char *copy = g_strdup (text ? text : "");

  for (char *p = copy; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  return copy;
}

void
riaya_cli_append_padded (GString    *out,
                         const char *text,
                         guint       width,
                         gboolean    align_end)
{
  g_autofree char *flat = flatten (text);
  guint text_width = riaya_cli_text_width (flat);

  if (text_width > width)
    {
      /* Keep whole characters up to one cell short, then “…”. */
      guint used = 0;
      const char *p = flat;

      while (*p)
        {
          guint w = char_width (g_utf8_get_char (p));

          if (used + w + 1 > width)
            break;
          used += w;
          p = g_utf8_next_char (p);
        }
      /* Combining marks belong to the letter before them. */
      while (*p && char_width (g_utf8_get_char (p)) == 0)
        p = g_utf8_next_char (p);

      g_string_append_len (out, flat, p - flat);
      g_string_append (out, "…");
      for (guint i = used + 1; i < width; i++)
        g_string_append_c (out, ' ');
      return;
    }

  if (align_end)
    for (guint i = text_width; i < width; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, flat);
  if (!align_end)
    for (guint i = text_width; i < width; i++)
      g_string_append_c (out, ' ');
}

RiayaCliTable *
riaya_cli_table_new (guint n_columns)
{
  RiayaCliTable *table = g_new0 (RiayaCliTable, 1);

  table->n_columns = n_columns;
  table->columns = g_new0 (TableColumn, n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  return table;
}

void
riaya_cli_table_free (RiayaCliTable *table)
{
  if (table == NULL)
    return;

  for (guint i = 0; i < table->n_columns; i++)
    g_free (table->columns[i].title);
  g_free (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
riaya_cli_table_set_column (RiayaCliTable *table,
                            guint          column,
                            const char    *title,
                            gboolean       numeric,
                            guint          max_width)
{
  g_return_if_fail (table != NULL && column < table->n_columns);

  g_free (table->columns[column].title);
  table->columns[column].title = g_strdup (title);
  table->columns[column].numeric = numeric;
  table->columns[column].max_width = max_width;
}

void
riaya_cli_table_add_row (RiayaCliTable      *table,
                         const char * const *cells)
{
  char **row;

  g_return_if_fail (table != NULL && cells != NULL);

  row = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns; i++)
    row[i] = g_strdup (cells[i] ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

guint
riaya_cli_table_get_n_rows (RiayaCliTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

void
riaya_cli_table_render (RiayaCliTable *table,
                        const char    *indent,
                        GString       *out)
{
  g_autofree guint *widths = NULL;

  g_return_if_fail (table != NULL && out != NULL);

  widths = g_new0 (guint, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    {
      widths[c] = riaya_cli_text_width (table->columns[c].title);
      for (guint r = 0; r < table->rows->len; r++)
        {
          char **row = g_ptr_array_index (table->rows, r);

          widths[c] = MAX (widths[c], riaya_cli_text_width (row[c]));
        }
      if (table->columns[c].max_width > 0)
        widths[c] = MIN (widths[c], table->columns[c].max_width);
    }

  for (int r = -2; r < (int) table->rows->len; r++)
    {
      GString *line = g_string_new (indent);

      for (guint c = 0; c < table->n_columns; c++)
        {
          if (c > 0)
            g_string_append (line, "  ");

          if (r == -2)
            riaya_cli_append_padded (line, table->columns[c].title, widths[c],
                                     table->columns[c].numeric);
          else if (r == -1)
            for (guint i = 0; i < widths[c]; i++)
              g_string_append (line, "─");
          else
            {
              char **row = g_ptr_array_index (table->rows, r);

              riaya_cli_append_padded (line, row[c], widths[c], table->columns[c].numeric);
            }
        }

      /* No trailing blanks: they only get in the way of copy and paste. */
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_string_append_c (line, '\n');
      g_string_append_len (out, line->str, line->len);
      g_string_free (line, TRUE);
    }
}

RiayaCliFields *
riaya_cli_fields_new (void)
{
  RiayaCliFields *fields = g_new0 (RiayaCliFields, 1);

  fields->lines = g_array_new (FALSE, FALSE, sizeof (FieldLine));

  return fields;
}

void
riaya_cli_fields_free (RiayaCliFields *fields)
{
  if (fields == NULL)
    return;

  for (guint i = 0; i < fields->lines->len; i++)
    {
      FieldLine *line = &g_array_index (fields->lines, FieldLine, i);

      g_free (line->label);
      g_free (line->value);
    }
  g_array_unref (fields->lines);
  g_free (fields);
}

void
riaya_cli_fields_add (RiayaCliFields *fields,
                      const char     *label,
                      const char     *value)
{
  FieldLine line;

  g_return_if_fail (fields != NULL && label != NULL);

  line.label = g_strdup (label);
  line.value = (value != NULL && *value != '\0') ? flatten (value) : g_strdup ("—");
  g_array_append_val (fields->lines, line);
}

void
riaya_cli_fields_render (RiayaCliFields *fields,
                         GString        *out)
{
  guint width = 0;

  g_return_if_fail (fields != NULL && out != NULL);

  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  /* French puts a no-break space before the colon: the colon is the
   * translators'. */
  for (guint i = 0; i < fields->lines->len; i++)
    {
      /* Translators: a field's label followed by its value, as in
       * “Licence: EPS-01.511-0001”; French writes “%s :” with U+00A0 */
      char *label = g_strdup_printf (C_("field label", "%s:"),
                                     g_array_index (fields->lines, FieldLine, i).label);

      width = MAX (width, riaya_cli_text_width (label));
      g_ptr_array_add (labels, label);
    }

  for (guint i = 0; i < fields->lines->len; i++)
    {
      FieldLine *line = &g_array_index (fields->lines, FieldLine, i);
      const char *label = g_ptr_array_index (labels, i);

      riaya_cli_append_padded (out, label, width, FALSE);
      g_string_append (out, "  ");
      g_string_append (out, line->value);
      g_string_append_c (out, '\n');
    }
}

RiayaCliJson *
riaya_cli_json_new (GString *out)
{
  RiayaCliJson *json = g_new0 (RiayaCliJson, 1);

  json->out = out;
  json->first = g_array_new (FALSE, FALSE, sizeof (gboolean));

  return json;
}

void
riaya_cli_json_free (RiayaCliJson *json)
{
  if (json == NULL)
    return;

  g_array_unref (json->first);
  g_free (json);
}

/* Starts a value: the comma after the previous one, a new indented line,
 * and the member's name inside an object. */
static void
begin_value (RiayaCliJson *json,
             const char   *name)
{
  guint depth = json->first->len;

  if (depth > 0)
    {
      gboolean *first = &g_array_index (json->first, gboolean, depth - 1);

      if (!*first)
        g_string_append_c (json->out, ',');
      *first = FALSE;
      g_string_append_c (json->out, '\n');
      for (guint i = 0; i < depth; i++)
        g_string_append (json->out, "  ");
    }

  if (name != NULL)
    {
      riaya_text_append_json_string (json->out, name);
      g_string_append (json->out, ": ");
    }
}

static void
open_container (RiayaCliJson *json,
                const char   *name,
                char          bracket)
{
  gboolean first = TRUE;

  begin_value (json, name);
  g_string_append_c (json->out, bracket);
  g_array_append_val (json->first, first);
}

static void
close_container (RiayaCliJson *json,
                 char          bracket)
{
  gboolean was_empty;

  g_return_if_fail (json->first->len > 0);

  was_empty = g_array_index (json->first, gboolean, json->first->len - 1);
  g_array_set_size (json->first, json->first->len - 1);

  if (!was_empty)
    {
      g_string_append_c (json->out, '\n');
      for (guint i = 0; i < json->first->len; i++)
        g_string_append (json->out, "  ");
    }
  g_string_append_c (json->out, bracket);

  if (json->first->len == 0)
    g_string_append_c (json->out, '\n');
}

void
riaya_cli_json_begin_object (RiayaCliJson *json,
                             const char   *name)
{
  open_container (json, name, '{');
}

void
riaya_cli_json_end_object (RiayaCliJson *json)
{
  close_container (json, '}');
}

void
riaya_cli_json_begin_array (RiayaCliJson *json,
                            const char   *name)
{
  open_container (json, name, '[');
}

void
riaya_cli_json_end_array (RiayaCliJson *json)
{
  close_container (json, ']');
}

void
riaya_cli_json_string (RiayaCliJson *json,
                       const char   *name,
                       const char   *value)
{
  begin_value (json, name);
  if (value == NULL)
    g_string_append (json->out, "null");
  else
    riaya_text_append_json_string (json->out, value);
}

void
riaya_cli_json_int (RiayaCliJson *json,
                    const char   *name,
                    gint64        value)
{
  begin_value (json, name);
  g_string_append_printf (json->out, "%" G_GINT64_FORMAT, value);
}

void
riaya_cli_json_decimal (RiayaCliJson *json,
                        const char   *name,
                        double        value,
                        guint         decimals)
{
  char format[8];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (decimals <= 9);

  /* “.” whatever the locale: JSON has one decimal mark. */
  g_snprintf (format, sizeof format, "%%.%uf", decimals);
  begin_value (json, name);
  g_string_append (json->out, g_ascii_formatd (buffer, sizeof buffer, format, value));
}

void
riaya_cli_json_boolean (RiayaCliJson *json,
                        const char   *name,
                        gboolean      value)
{
  begin_value (json, name);
  g_string_append (json->out, value ? "true" : "false");
}
