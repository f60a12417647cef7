/* riaya-table-scripts.c — a report's table as CSV and JSON
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What scripts read: the cells as codes (riaya_table_dup_cell_code),
 * never in the interface language, so that a script written once reads
 * every database's reports.
 */

#include "config.h"

#include <string.h>

#include "riaya-table-private.h"
#include "riaya-text.h"

/* --- CSV --------------------------------------------------------------- */

/* RFC 4180: a field is quoted when it holds a comma, a quote or a line
 * break, and also when it starts or ends with a space, which spreadsheet
 * programs would otherwise trim. Quotes inside are doubled. */
static void
append_csv_field (GString    *out,
                  const char *value)
{
  gsize len;

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

static void
append_csv_row (RiayaTable *self,
                GString    *out,
                guint       row)
{
  for (guint c = 0; c < self->columns->len; c++)
    {
      g_autofree char *code = riaya_table_dup_cell_code (self, row, c);

      if (c > 0)
        g_string_append_c (out, ',');
      append_csv_field (out, code);
    }
  g_string_append (out, "\r\n");
}

char *
riaya_table_to_csv (RiayaTable *self)
{
  GString *out;

  g_return_val_if_fail (RIAYA_IS_TABLE (self), NULL);

  out = g_string_new (NULL);
  for (guint c = 0; c < self->columns->len; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_csv_field (out, riaya_table_get_column_key (self, c));
    }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < self->n_rows; r++)
    append_csv_row (self, out, r);
  if (self->total != NULL)
    append_csv_row (self, out, RIAYA_TABLE_TOTAL);
  /* No percentage row: reports.md fixes the records (one per region,
   * then the total), and a script computes a share from them exactly. */

  return g_string_free (out, FALSE);
}

/* --- JSON -------------------------------------------------------------- */

static void
append_json_cell (RiayaTable *self,
                  GString    *out,
                  guint       row,
                  guint       column)
{
  RiayaTableCell *cell = _riaya_table_get_cell (self, row, column);
  g_autofree char *code = NULL;

  if (!cell->set)
    {
      g_string_append (out, "null");
      return;
    }

  code = riaya_table_dup_cell_code (self, row, column);
  switch (_riaya_table_get_cell_kind (self, row, column))
    {
    case RIAYA_TABLE_TEXT:
    case RIAYA_TABLE_MONEY:
      /* Money stays a string: a JSON reader turns numbers into binary
       * floating point, and 0.10 + 0.20 is not 0.30 there. */
      riaya_text_append_json_string (out, code);
      break;
    case RIAYA_TABLE_INTEGER:
    case RIAYA_TABLE_YEAR:
    case RIAYA_TABLE_PERCENT:
    default:
      g_string_append (out, code);
      break;
    }
}

static void
append_json_row (RiayaTable *self,
                 GString    *out,
                 guint       row,
                 const char *indent)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  for (guint c = 0; c < self->columns->len; c++)
    {
      /* The total and percentage rows' first cell only names them:
       * their member says so. */
      if ((row == RIAYA_TABLE_TOTAL || row == RIAYA_TABLE_SHARE) && c == 0)
        continue;
      g_string_append (out, first ? "\n" : ",\n");
      g_string_append (out, indent);
      g_string_append (out, "  ");
      riaya_text_append_json_string (out, riaya_table_get_column_key (self, c));
      g_string_append (out, ": ");
      append_json_cell (self, out, row, c);
      first = FALSE;
    }
  if (!first)
    {
      g_string_append_c (out, '\n');
      g_string_append (out, indent);
    }
  g_string_append_c (out, '}');
}

char *
riaya_table_to_json (RiayaTable *self)
{
  GString *out;

  g_return_val_if_fail (RIAYA_IS_TABLE (self), NULL);

  out = g_string_new ("{\n  \"report\": ");
  riaya_text_append_json_string (out, self->name);
  g_string_append (out, ",\n  \"parameters\": {");
  for (guint i = 0; i < self->parameters->len; i++)
    {
      RiayaTableParameter *parameter = &g_array_index (self->parameters, RiayaTableParameter, i);

      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      riaya_text_append_json_string (out, parameter->key);
      g_string_append (out, ": ");
      if (parameter->value == NULL)
        g_string_append (out, "null");
      else if (parameter->is_number)
        g_string_append (out, parameter->value);
      else
        riaya_text_append_json_string (out, parameter->value);
    }
  g_string_append (out, self->parameters->len > 0 ? "\n  },\n" : "},\n");

  g_string_append (out, "  \"rows\": [");
  for (guint r = 0; r < self->n_rows; r++)
    {
      g_string_append (out, r > 0 ? ",\n    " : "\n    ");
      append_json_row (self, out, r, "    ");
    }
  g_string_append (out, self->n_rows > 0 ? "\n  ]" : "]");

  if (self->total != NULL)
    {
      g_string_append (out, ",\n  \"total\": ");
      append_json_row (self, out, RIAYA_TABLE_TOTAL, "  ");
    }
  if (self->share != NULL)
    {
      g_string_append (out, ",\n  \"share\": ");
      append_json_row (self, out, RIAYA_TABLE_SHARE, "  ");
    }
  g_string_append (out, "\n}\n");

  return g_string_free (out, FALSE);
}
