/* test-table.c — a report's table, written as CSV, JSON and for people
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renderers every report shares: RFC 4180 CSV with the column keys as
 * header, JSON with money as exact strings, and numbers for people in the
 * interface language.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "riaya-core.h"
#include "riaya-table.h"

/* A table like grants-by-year, with a text column that needs quoting. */
static RiayaTable *
make_table (void)
{
  RiayaTable *table = riaya_table_new ("test-report", "Test report");
  guint row;

  riaya_table_add_parameter_int (table, "from_year", 2015);
  riaya_table_add_parameter (table, "on", "2024-12-31");
  riaya_table_add_column (table, "year", "Year", RIAYA_TABLE_YEAR);
  riaya_table_add_column (table, "name", "Name", RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "institutions", "Institutions", RIAYA_TABLE_INTEGER);
  riaya_table_add_column (table, "amount", "Amount", RIAYA_TABLE_MONEY);
  riaya_table_add_column (table, "rate", "Rate", RIAYA_TABLE_PERCENT);

  row = riaya_table_add_row (table);
  riaya_table_set_integer (table, row, 0, 2015);
  riaya_table_set_text (table, row, 1, "Dar \"Taliba\", Assilah");
  riaya_table_set_integer (table, row, 2, 1075);
  riaya_table_set_integer (table, row, 3, G_GINT64_CONSTANT (14600200000));
  riaya_table_set_percent (table, row, 4, 87.5);

  row = riaya_table_add_row (table);
  riaya_table_set_integer (table, row, 0, 2016);
  riaya_table_set_text (table, row, 1, " two\nlines");
  riaya_table_set_integer (table, row, 3, 5);

  riaya_table_add_total (table);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, 3, G_GINT64_CONSTANT (14600200005));

  return table;
}

static void
test_csv (void)
{
  g_autoptr(RiayaTable) table = make_table ();
  g_autofree char *csv = riaya_table_to_csv (table);

  g_assert_cmpstr (csv, ==,
                   "year,name,institutions,amount,rate\r\n"
                   "2015,\"Dar \"\"Taliba\"\", Assilah\",1075,146002000.00,87.5\r\n"
                   "2016,\" two\nlines\",,0.05,\r\n"
                   "total,,,146002000.05,\r\n");
}

static void
test_json (void)
{
  g_autoptr(RiayaTable) table = make_table ();
  g_autofree char *json = riaya_table_to_json (table);

  g_assert_cmpstr (json, ==,
                   "{\n"
                   "  \"report\": \"test-report\",\n"
                   "  \"parameters\": {\n"
                   "    \"from_year\": 2015,\n"
                   "    \"on\": \"2024-12-31\"\n"
                   "  },\n"
                   "  \"rows\": [\n"
                   "    {\n"
                   "      \"year\": 2015,\n"
                   "      \"name\": \"Dar \\\"Taliba\\\", Assilah\",\n"
                   "      \"institutions\": 1075,\n"
                   "      \"amount\": \"146002000.00\",\n"
                   "      \"rate\": 87.5\n"
                   "    },\n"
                   "    {\n"
                   "      \"year\": 2016,\n"
                   "      \"name\": \" two\\nlines\",\n"
                   "      \"institutions\": null,\n"
                   "      \"amount\": \"0.05\",\n"
                   "      \"rate\": null\n"
                   "    }\n"
                   "  ],\n"
                   "  \"total\": {\n"
                   "    \"name\": null,\n"
                   "    \"institutions\": null,\n"
                   "    \"amount\": \"146002000.05\",\n"
                   "    \"rate\": null\n"
                   "  }\n"
                   "}\n");
}

static void
test_empty (void)
{
  g_autoptr(RiayaTable) table = riaya_table_new ("empty", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;

  riaya_table_add_column (table, "licence", "Licence", RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "issue", "Issue", RIAYA_TABLE_TEXT);
  csv = riaya_table_to_csv (table);
  json = riaya_table_to_json (table);

  g_assert_cmpstr (riaya_table_get_title (table), ==, "empty");
  g_assert_cmpstr (csv, ==, "licence,issue\r\n");
  g_assert_cmpstr (json, ==, "{\n  \"report\": \"empty\",\n  \"parameters\": {},\n  \"rows\": []\n}\n");
  g_assert_false (riaya_table_has_total (table));
}

static void
test_cells (void)
{
  g_autoptr(RiayaTable) table = make_table ();

  g_assert_cmpuint (riaya_table_get_n_rows (table), ==, 2);
  g_assert_cmpuint (riaya_table_get_n_columns (table), ==, 5);
  g_assert_cmpstr (riaya_table_get_column_key (table, 3), ==, "amount");
  g_assert_cmpint (riaya_table_get_column_kind (table, 3), ==, RIAYA_TABLE_MONEY);
  g_assert_cmpstr (riaya_table_get_parameter (table, "from_year"), ==, "2015");
  g_assert_cmpstr (riaya_table_get_parameter (table, "on"), ==, "2024-12-31");
  g_assert_null (riaya_table_get_parameter (table, "to_year"));

  g_assert_false (riaya_table_is_empty (table, 0, 2));
  g_assert_true (riaya_table_is_empty (table, 1, 2));
  g_assert_cmpint (riaya_table_get_integer (table, 0, 3), ==, G_GINT64_CONSTANT (14600200000));
  g_assert_cmpint (riaya_table_get_integer (table, RIAYA_TABLE_TOTAL, 3), ==, G_GINT64_CONSTANT (14600200005));
  g_assert_cmpfloat (riaya_table_get_percent (table, 0, 4), ==, 87.5);
  g_assert_cmpstr (riaya_table_get_text (table, 0, 1), ==, "Dar \"Taliba\", Assilah");
  g_assert_null (riaya_table_get_text (table, RIAYA_TABLE_TOTAL, 1));
}

/* For people: digit groups, the language's decimal mark, years never
 * grouped, the total row named. */
static void
test_labels_english (void)
{
  g_autoptr(RiayaTable) table = make_table ();
  g_autofree char *year = riaya_table_dup_cell_label (table, 0, 0);
  g_autofree char *count = riaya_table_dup_cell_label (table, 0, 2);
  g_autofree char *amount = riaya_table_dup_cell_label (table, 0, 3);
  g_autofree char *rate = riaya_table_dup_cell_label (table, 0, 4);
  g_autofree char *total = riaya_table_dup_cell_label (table, RIAYA_TABLE_TOTAL, 0);
  g_autofree char *empty = riaya_table_dup_cell_label (table, 1, 2);
  g_autofree char *big = riaya_table_format_integer (G_GINT64_CONSTANT (-1234567));

  g_assert_cmpstr (year, ==, "2015");
  g_assert_cmpstr (count, ==, "1,075");
  g_assert_cmpstr (amount, ==, "146,002,000.00");
  g_assert_cmpstr (rate, ==, "87.5%");
  g_assert_cmpstr (total, ==, "Total");
  g_assert_null (empty);
  g_assert_cmpstr (big, ==, "-1,234,567");
}

/* In a child process started with LANGUAGE=fr: gettext reads the
 * language when it first translates. */
static void
test_labels_french (void)
{
  g_autoptr(RiayaTable) table = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *total = NULL;
  g_autofree char *csv = NULL;

  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "fr", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_setenv ("LANGUAGE", "en", TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  table = make_table ();
  amount = riaya_table_dup_cell_label (table, 0, 3);
  rate = riaya_table_dup_cell_label (table, 0, 4);
  total = riaya_table_dup_cell_label (table, RIAYA_TABLE_TOTAL, 0);
  csv = riaya_table_to_csv (table);

  /* The decimal mark is French, and the groups are never a plain comma,
   * which French reads as the decimal mark. This fails until po/fr.po
   * translates msgctxt "digit group separator" (a narrow no-break
   * space). */
  g_assert_true (g_str_has_suffix (amount, ",00"));
  g_assert_true (g_str_has_prefix (amount, "146"));
  g_assert_cmpint (strchr (amount, ',') - amount, ==, strlen (amount) - 3);
  g_assert_true (g_str_has_prefix (rate, "87,5"));
  g_assert_cmpstr (total, ==, "Total");
  /* Scripts read the same CSV whatever the language. */
  g_assert_nonnull (strstr (csv, "146002000.00,87.5\r\n"));
}

/* The percentage row of the published tables: each column's share of
 * the total column, under the total row; CSV leaves it out, JSON writes
 * it as "share", people read it with its percent sign. */
static void
test_share (void)
{
  g_autoptr(RiayaTable) table = riaya_table_new ("by-type", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *first = NULL;
  g_autofree char *houses = NULL;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  guint row;

  riaya_table_add_column (table, "region", "Region", RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "student-house", "Student houses", RIAYA_TABLE_INTEGER);
  riaya_table_add_column (table, "elderly", "Elderly", RIAYA_TABLE_INTEGER);
  riaya_table_add_column (table, "amount", "Amount", RIAYA_TABLE_MONEY);
  riaya_table_add_column (table, "year", "Year", RIAYA_TABLE_YEAR);
  riaya_table_add_column (table, "total", "Total", RIAYA_TABLE_INTEGER);
  row = riaya_table_add_row (table);
  riaya_table_set_text (table, row, 0, "Souss-Massa");
  riaya_table_set_integer (table, row, 1, 899);
  riaya_table_set_integer (table, row, 2, 305);
  riaya_table_set_integer (table, row, 3, 602);
  riaya_table_set_integer (table, row, 5, 1204);
  riaya_table_add_total (table);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, 1, 899);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, 2, 305);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, 3, 602);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, 5, 1204);

  g_assert_false (riaya_table_has_share (table));
  riaya_table_fill_share (table, 5);
  g_assert_true (riaya_table_has_share (table));

  /* 899 of 1,204: the published 75%; the year is no quantity. */
  g_assert_cmpfloat_with_epsilon (riaya_table_get_percent (table, RIAYA_TABLE_SHARE, 1), 74.668, 0.001);
  g_assert_cmpfloat_with_epsilon (riaya_table_get_percent (table, RIAYA_TABLE_SHARE, 5), 100.0, 1e-9);
  g_assert_true (riaya_table_is_empty (table, RIAYA_TABLE_SHARE, 4));
  g_assert_true (riaya_table_is_empty (table, RIAYA_TABLE_SHARE, 0));

  first = riaya_table_dup_cell_label (table, RIAYA_TABLE_SHARE, 0);
  houses = riaya_table_dup_cell_label (table, RIAYA_TABLE_SHARE, 1);
  code = riaya_table_dup_cell_code (table, RIAYA_TABLE_SHARE, 1);
  name = riaya_table_dup_cell_code (table, RIAYA_TABLE_SHARE, 0);
  g_assert_cmpstr (first, ==, "Percentage");
  g_assert_cmpstr (houses, ==, "74.7%");
  g_assert_cmpstr (code, ==, "74.7");
  g_assert_cmpstr (name, ==, "share");

  csv = riaya_table_to_csv (table);
  g_assert_cmpstr (csv, ==,
                   "region,student-house,elderly,amount,year,total\r\n"
                   "Souss-Massa,899,305,6.02,,1204\r\n"
                   "total,899,305,6.02,,1204\r\n");
  json = riaya_table_to_json (table);
  g_assert_true (g_str_has_suffix (json,
                                   "  \"share\": {\n"
                                   "    \"student-house\": 74.7,\n"
                                   "    \"elderly\": 25.3,\n"
                                   "    \"amount\": 50.0,\n"
                                   "    \"year\": null,\n"
                                   "    \"total\": 100.0\n"
                                   "  }\n"
                                   "}\n"));

  /* Another title, and a cell set by hand: a change, below zero. */
  riaya_table_set_share_title (table, "Change over the period");
  riaya_table_set_percent (table, RIAYA_TABLE_SHARE, 2, -14.8);
  g_free (first);
  first = riaya_table_dup_cell_label (table, RIAYA_TABLE_SHARE, 0);
  g_free (houses);
  houses = riaya_table_dup_cell_label (table, RIAYA_TABLE_SHARE, 2);
  g_assert_cmpstr (first, ==, "Change over the period");
  g_assert_cmpstr (houses, ==, "-14.8%");
}

/* With nothing to count, no share: the cells stay empty rather than
 * divide by zero. */
static void
test_share_of_nothing (void)
{
  g_autoptr(RiayaTable) table = riaya_table_new ("by-type", NULL);
  g_autofree char *json = NULL;

  riaya_table_add_column (table, "region", "Region", RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "kafala", "Kafala", RIAYA_TABLE_INTEGER);
  riaya_table_add_column (table, "total", "Total", RIAYA_TABLE_INTEGER);
  riaya_table_add_total (table);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, 1, 0);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, 2, 0);
  riaya_table_fill_share (table, 2);

  g_assert_true (riaya_table_has_share (table));
  g_assert_true (riaya_table_is_empty (table, RIAYA_TABLE_SHARE, 1));
  g_assert_true (riaya_table_is_empty (table, RIAYA_TABLE_SHARE, 2));
  json = riaya_table_to_json (table);
  g_assert_nonnull (strstr (json, "\"share\": {\n    \"kafala\": null,\n    \"total\": null\n  }"));
}

/* A sentence taken by the table is its own; rows filled from two
 * threads at once each get theirs. */
static gpointer
fill_odd_rows (gpointer data)
{
  RiayaTable *table = data;

  for (guint r = 1; r < riaya_table_get_n_rows (table); r += 2)
    riaya_table_take_text (table, r, 0, g_strdup_printf ("row %u", r));
  return NULL;
}

static void
test_take_text (void)
{
  g_autoptr(RiayaTable) table = riaya_table_new ("t", "T");
  GThread *other;

  riaya_table_add_column (table, "detail", "Detail", RIAYA_TABLE_TEXT);
  for (guint r = 0; r < 1000; r++)
    riaya_table_add_row (table);

  other = g_thread_new ("odd", fill_odd_rows, table);
  for (guint r = 0; r < 1000; r += 2)
    riaya_table_take_text (table, r, 0, g_strdup_printf ("row %u", r));
  g_thread_join (other);

  for (guint r = 0; r < 1000; r++)
    {
      g_autofree char *expected = g_strdup_printf ("row %u", r);

      g_assert_cmpstr (riaya_table_get_text (table, r, 0), ==, expected);
    }

  /* Taking nothing leaves the cell empty, as setting nothing does. */
  riaya_table_take_text (table, 3, 0, NULL);
  g_assert_true (riaya_table_is_empty (table, 3, 0));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("RIAYA_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  /* English, but for the child that checks French. */
  if (!g_test_subprocess ())
    g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/table/csv", test_csv);
  g_test_add_func ("/table/json", test_json);
  g_test_add_func ("/table/empty", test_empty);
  g_test_add_func ("/table/cells", test_cells);
  g_test_add_func ("/table/take-text", test_take_text);
  g_test_add_func ("/table/share", test_share);
  g_test_add_func ("/table/share-of-nothing", test_share_of_nothing);
  g_test_add_func ("/table/labels/english", test_labels_english);
  g_test_add_func ("/table/labels/french", test_labels_french);

  return g_test_run ();
}
