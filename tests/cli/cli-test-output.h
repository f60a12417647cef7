/* cli-test-output.h — reading back what riaya-cli prints
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "riaya-csv.h"

G_BEGIN_DECLS

/* A small strict JSON reader, so that the tests prove the output parses. */
typedef enum
{
  TEST_JSON_NULL,
  TEST_JSON_BOOLEAN,
  TEST_JSON_NUMBER,
  TEST_JSON_STRING,
  TEST_JSON_ARRAY,
  TEST_JSON_OBJECT,
} TestJsonType;

typedef struct _TestJson TestJson;

TestJson     *test_json_parse   (const char *text,
                                 GError    **error);
void          test_json_free    (TestJson   *node);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestJson, test_json_free)
TestJsonType  test_json_type    (TestJson   *node);
/* A member of an object, or NULL. */
TestJson     *test_json_get     (TestJson   *object,
                                 const char *name);
TestJson     *test_json_index   (TestJson   *array,
                                 guint       index);
guint         test_json_length  (TestJson   *array_or_object);
/* The member names of an object, in order. */
GPtrArray    *test_json_keys    (TestJson   *object);
const char   *test_json_string  (TestJson   *node);
/* A whole number (asserted so). */
gint64        test_json_int     (TestJson   *node);
/* Any number, decimals included. */
double        test_json_double  (TestJson   *node);
gboolean      test_json_boolean (TestJson   *node);
/* Shortcuts: the string or integer member @name of @object. */
const char   *test_json_get_string (TestJson   *object,
                                    const char *name);
gint64        test_json_get_int    (TestJson   *object,
                                    const char *name);

/* CSV output parsed back: the header must be the documented columns. */
typedef struct
{
  GPtrArray *records; /* RiayaCsvRecord, header first */
} Csv;

/* Parses @text (RFC 4180, CRLF line ends) and asserts that its header is
 * @expected_header (NULL-terminated). */
Csv          *csv_parse_output      (const char         *text,
                                     const char * const *expected_header);
void          csv_free              (Csv                *csv);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Csv, csv_free)
guint         csv_n_rows            (Csv                *csv);
const char   *csv_cell              (Csv                *csv,
                                     guint               row,
                                     const char         *column);
/* The row whose @column holds @value; fails the test when none does. */
guint         csv_find_row          (Csv                *csv,
                                     const char         *column,
                                     const char         *value);
/* The licence numbers of an institution listing, sorted, joined by spaces. */
char         *csv_licences          (const char         *text);

/* Parses @text as JSON, asserting that it is valid. */
TestJson     *json_parse_output     (const char         *text);
gboolean      json_array_has_string (TestJson           *array,
                                     const char         *value);

G_END_DECLS
