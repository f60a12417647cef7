/* cli-test-output.c — reading back what riaya-cli prints
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cli-test-output.h"
#include "riaya-institution-csv.h"

Csv *
csv_parse_output (const char         *text,
                  const char * const *expected_header)
{
  g_autoptr(GError) error = NULL;
  Csv *csv = g_new0 (Csv, 1);
  RiayaCsvRecord *header;

  /* RFC 4180 line ends. */
  g_assert_true (g_str_has_suffix (text, "\r\n"));

  csv->records = riaya_csv_parse (text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (csv->records->len, >=, 1);

  header = g_ptr_array_index (csv->records, 0);
  g_assert_cmpuint (header->fields->len, ==, g_strv_length ((char **) expected_header));
  for (guint i = 0; expected_header[i] != NULL; i++)
    g_assert_cmpstr (g_ptr_array_index (header->fields, i), ==, expected_header[i]);

  return csv;
}

void
csv_free (Csv *csv)
{
  g_ptr_array_unref (csv->records);
  g_free (csv);
}

guint
csv_n_rows (Csv *csv)
{
  return csv->records->len - 1;
}

const char *
csv_cell (Csv        *csv,
          guint       row,
          const char *column)
{
  RiayaCsvRecord *header = g_ptr_array_index (csv->records, 0);
  RiayaCsvRecord *record = g_ptr_array_index (csv->records, row + 1);

  for (guint i = 0; i < header->fields->len; i++)
    if (g_str_equal (g_ptr_array_index (header->fields, i), column))
      return g_ptr_array_index (record->fields, i);

  g_error ("no column “%s”", column);
  return NULL;
}

guint
csv_find_row (Csv        *csv,
              const char *column,
              const char *value)
{
  for (guint i = 0; i < csv_n_rows (csv); i++)
    if (g_strcmp0 (csv_cell (csv, i, column), value) == 0)
      return i;

  g_error ("no row with %s = %s", column, value);
  return 0;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The licence numbers of a CSV listing, sorted and joined by spaces. */
char *
csv_licences (const char *text)
{
  g_autoptr(Csv) csv = csv_parse_output (text, riaya_institution_csv_export_columns ());
  g_autoptr(GPtrArray) numbers = g_ptr_array_new ();

  for (guint i = 0; i < csv_n_rows (csv); i++)
    g_ptr_array_add (numbers, (gpointer) csv_cell (csv, i, "licence_number"));
  g_ptr_array_sort (numbers, compare_strings);
  g_ptr_array_add (numbers, NULL);

  return g_strjoinv (" ", (char **) numbers->pdata);
}

TestJson *
json_parse_output (const char *text)
{
  g_autoptr(GError) error = NULL;
  TestJson *json = test_json_parse (text, &error);

  g_assert_no_error (error);
  return json;
}

gboolean
json_array_has_string (TestJson   *array,
                       const char *value)
{
  for (guint i = 0; i < test_json_length (array); i++)
    if (g_strcmp0 (test_json_string (test_json_index (array, i)), value) == 0)
      return TRUE;

  return FALSE;
}


/* The JSON reader. */

struct _TestJson
{
  TestJsonType  type;
  gboolean      boolean;
  gint64        number;
  double        real;   /* the number, with its decimals */
  gboolean      integer;
  char         *string;
  GPtrArray    *items; /* TestJson, for arrays and object values */
  GPtrArray    *keys;  /* char *, for objects */
};

typedef struct
{
  const char *p;
} Reader;

static TestJson *read_value (Reader *reader, GError **error);

static TestJson *
json_node_new (TestJsonType type)
{
  TestJson *node = g_new0 (TestJson, 1);

  node->type = type;
  if (type == TEST_JSON_ARRAY || type == TEST_JSON_OBJECT)
    node->items = g_ptr_array_new_with_free_func ((GDestroyNotify) test_json_free);
  if (type == TEST_JSON_OBJECT)
    node->keys = g_ptr_array_new_with_free_func (g_free);

  return node;
}

void
test_json_free (TestJson *node)
{
  if (node == NULL)
    return;

  g_free (node->string);
  g_clear_pointer (&node->items, g_ptr_array_unref);
  g_clear_pointer (&node->keys, g_ptr_array_unref);
  g_free (node);
}

static void
skip_space (Reader *reader)
{
  while (*reader->p == ' ' || *reader->p == '\t' || *reader->p == '\n' || *reader->p == '\r')
    reader->p++;
}

static gboolean
fail (GError     **error,
      Reader      *reader,
      const char  *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "JSON: %s at “%.20s”", what, reader->p);
  return FALSE;
}

static char *
read_string (Reader  *reader,
             GError **error)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (*reader->p != '"')
    {
      fail (error, reader, "string expected");
      return NULL;
    }
  reader->p++;

  while (*reader->p != '"')
    {
      unsigned char c = (unsigned char) *reader->p;

      if (c == '\0' || c < 0x20)
        {
          fail (error, reader, "unterminated string or raw control character");
          return NULL;
        }
      if (c != '\\')
        {
          g_string_append_c (out, (char) c);
          reader->p++;
          continue;
        }

      reader->p++;
      switch (*reader->p)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            char hex[5] = { 0 };
            gunichar code;

            for (int i = 0; i < 4; i++)
              {
                if (!g_ascii_isxdigit (reader->p[1 + i]))
                  {
                    fail (error, reader, "bad \\u escape");
                    return NULL;
                  }
                hex[i] = reader->p[1 + i];
              }
            code = (gunichar) g_ascii_strtoull (hex, NULL, 16);
            if (code >= 0xD800 && code <= 0xDFFF)
              {
                fail (error, reader, "surrogate escapes are not written by riaya-cli");
                return NULL;
              }
            g_string_append_unichar (out, code);
            reader->p += 4;
          }
          break;
        default:
          fail (error, reader, "bad escape");
          return NULL;
        }
      reader->p++;
    }
  reader->p++;

  if (!g_utf8_validate (out->str, out->len, NULL))
    {
      fail (error, reader, "string is not UTF-8");
      return NULL;
    }

  return g_strdup (out->str);
}

static TestJson *
read_container (Reader   *reader,
                gboolean  object,
                GError  **error)
{
  g_autoptr(TestJson) node = json_node_new (object ? TEST_JSON_OBJECT : TEST_JSON_ARRAY);
  char close = object ? '}' : ']';

  reader->p++;
  skip_space (reader);
  if (*reader->p == close)
    {
      reader->p++;
      return g_steal_pointer (&node);
    }

  for (;;)
    {
      TestJson *value;

      skip_space (reader);
      if (object)
        {
          char *key = read_string (reader, error);

          if (key == NULL)
            return NULL;
          for (guint i = 0; i < node->keys->len; i++)
            if (g_str_equal (g_ptr_array_index (node->keys, i), key))
              {
                g_free (key);
                fail (error, reader, "repeated member");
                return NULL;
              }
          g_ptr_array_add (node->keys, key);
          skip_space (reader);
          if (*reader->p != ':')
            {
              fail (error, reader, "“:” expected");
              return NULL;
            }
          reader->p++;
        }

      value = read_value (reader, error);
      if (value == NULL)
        return NULL;
      g_ptr_array_add (node->items, value);

      skip_space (reader);
      if (*reader->p == ',')
        {
          reader->p++;
          continue;
        }
      if (*reader->p == close)
        {
          reader->p++;
          return g_steal_pointer (&node);
        }
      fail (error, reader, "“,” or end of container expected");
      return NULL;
    }
}

static TestJson *
read_value (Reader  *reader,
            GError **error)
{
  TestJson *node;

  skip_space (reader);

  switch (*reader->p)
    {
    case '{':
      return read_container (reader, TRUE, error);
    case '[':
      return read_container (reader, FALSE, error);
    case '"':
      {
        char *text = read_string (reader, error);

        if (text == NULL)
          return NULL;
        node = json_node_new (TEST_JSON_STRING);
        node->string = text;
        return node;
      }
    default:
      break;
    }

  if (g_str_has_prefix (reader->p, "null"))
    {
      reader->p += 4;
      return json_node_new (TEST_JSON_NULL);
    }
  if (g_str_has_prefix (reader->p, "true") || g_str_has_prefix (reader->p, "false"))
    {
      node = json_node_new (TEST_JSON_BOOLEAN);
      node->boolean = reader->p[0] == 't';
      reader->p += node->boolean ? 4 : 5;
      return node;
    }
  if (*reader->p == '-' || g_ascii_isdigit (*reader->p))
    {
      char *end = NULL;
      gint64 value = g_ascii_strtoll (reader->p, &end, 10);
      double real = (double) value;
      gboolean integer = TRUE;

      /* riaya-cli writes whole numbers, and decimals (rates) with a “.”
       * and digits after it; no exponent, no leading zeros. */
      if (end != reader->p && *end == '.' && g_ascii_isdigit (end[1]))
        {
          real = g_ascii_strtod (reader->p, &end);
          integer = FALSE;
        }
      if (end == reader->p || *end == '.' || *end == 'e' || *end == 'E' ||
          (reader->p[0] == '0' && g_ascii_isdigit (reader->p[1])) ||
          (reader->p[0] == '-' && reader->p[1] == '0' && g_ascii_isdigit (reader->p[2])))
        {
          fail (error, reader, "bad number");
          return NULL;
        }
      reader->p = end;
      node = json_node_new (TEST_JSON_NUMBER);
      node->number = value;
      node->real = real;
      node->integer = integer;
      return node;
    }

  fail (error, reader, "value expected");
  return NULL;
}

TestJson *
test_json_parse (const char  *text,
                 GError     **error)
{
  Reader reader = { text };
  g_autoptr(TestJson) node = read_value (&reader, error);

  if (node == NULL)
    return NULL;

  skip_space (&reader);
  if (*reader.p != '\0')
    {
      fail (error, &reader, "text after the value");
      return NULL;
    }

  return g_steal_pointer (&node);
}

TestJsonType
test_json_type (TestJson *node)
{
  g_assert_nonnull (node);
  return node->type;
}

TestJson *
test_json_get (TestJson   *object,
               const char *name)
{
  g_assert_nonnull (object);
  g_assert_cmpint (object->type, ==, TEST_JSON_OBJECT);

  for (guint i = 0; i < object->keys->len; i++)
    if (g_str_equal (g_ptr_array_index (object->keys, i), name))
      return g_ptr_array_index (object->items, i);

  return NULL;
}

TestJson *
test_json_index (TestJson *array,
                 guint     index)
{
  g_assert_nonnull (array);
  g_assert_cmpint (array->type, ==, TEST_JSON_ARRAY);
  g_assert_cmpuint (index, <, array->items->len);

  return g_ptr_array_index (array->items, index);
}

guint
test_json_length (TestJson *node)
{
  g_assert_nonnull (node);
  g_assert_true (node->type == TEST_JSON_ARRAY || node->type == TEST_JSON_OBJECT);

  return node->items->len;
}

GPtrArray *
test_json_keys (TestJson *object)
{
  g_assert_nonnull (object);
  g_assert_cmpint (object->type, ==, TEST_JSON_OBJECT);

  return object->keys;
}

const char *
test_json_string (TestJson *node)
{
  g_assert_nonnull (node);
  if (node->type == TEST_JSON_NULL)
    return NULL;
  g_assert_cmpint (node->type, ==, TEST_JSON_STRING);

  return node->string;
}

gint64
test_json_int (TestJson *node)
{
  g_assert_nonnull (node);
  g_assert_cmpint (node->type, ==, TEST_JSON_NUMBER);
  g_assert_true (node->integer);

  return node->number;
}

double
test_json_double (TestJson *node)
{
  g_assert_nonnull (node);
  g_assert_cmpint (node->type, ==, TEST_JSON_NUMBER);

  return node->real;
}

gboolean
test_json_boolean (TestJson *node)
{
  g_assert_nonnull (node);
  g_assert_cmpint (node->type, ==, TEST_JSON_BOOLEAN);

  return node->boolean;
}

const char *
test_json_get_string (TestJson   *object,
                      const char *name)
{
  TestJson *member = test_json_get (object, name);

  if (member == NULL)
    g_error ("JSON object has no member “%s”", name);

  return test_json_string (member);
}

gint64
test_json_get_int (TestJson   *object,
                   const char *name)
{
  TestJson *member = test_json_get (object, name);

  if (member == NULL)
    g_error ("JSON object has no member “%s”", name);

  return test_json_int (member);
}
