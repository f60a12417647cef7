/* test-institution-csv.c — the CSV reader and writer behind import-csv
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "riaya-codes.h"
#include "riaya-csv.h"
#include "riaya-exchange-error.h"
#include "riaya-institution-csv.h"

static const char *
field (GPtrArray *records,
       guint      record,
       guint      index)
{
  RiayaCsvRecord *r = g_ptr_array_index (records, record);

  g_assert_cmpuint (index, <, r->fields->len);
  return g_ptr_array_index (r->fields, index);
}

static void
test_parse_rfc4180 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  const char *text =
    "\xEF\xBB\xBF" "a,b,c\r\n"
    "1,\"two, with comma\",\"say \"\"hi\"\"\"\r\n"
    "\r\n"
    "x,\"multi\nline\",\n"
    "\"\",,last";

  records = riaya_csv_parse (text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 4);

  /* The byte-order mark is not part of the first column's name. */
  g_assert_cmpstr (field (records, 0, 0), ==, "a");
  g_assert_cmpstr (field (records, 1, 1), ==, "two, with comma");
  g_assert_cmpstr (field (records, 1, 2), ==, "say \"hi\"");
  g_assert_cmpstr (field (records, 2, 1), ==, "multi\nline");
  g_assert_cmpstr (field (records, 2, 2), ==, "");
  g_assert_cmpstr (field (records, 3, 0), ==, "");
  g_assert_cmpstr (field (records, 3, 2), ==, "last");

  /* Records are named by the line they start on; the empty line is skipped. */
  g_assert_cmpuint (((RiayaCsvRecord *) g_ptr_array_index (records, 0))->line, ==, 1);
  g_assert_cmpuint (((RiayaCsvRecord *) g_ptr_array_index (records, 1))->line, ==, 2);
  g_assert_cmpuint (((RiayaCsvRecord *) g_ptr_array_index (records, 2))->line, ==, 4);
  g_assert_cmpuint (((RiayaCsvRecord *) g_ptr_array_index (records, 3))->line, ==, 6);
}

static void
assert_parse_error (const char *text,
                    int         code,
                    const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = riaya_csv_parse (text, -1, &error);

  g_assert_null (records);
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, code);
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s” not in: %s", needle, error->message);
}

static void
test_parse_errors (void)
{
  assert_parse_error ("a,b\n1,\"open\n2,3\n", RIAYA_EXCHANGE_ERROR_SYNTAX, "Line 2");
  assert_parse_error ("a,b\n1,2\n3,x\"y\n", RIAYA_EXCHANGE_ERROR_SYNTAX, "Line 3");
  assert_parse_error ("a,b\n1,\"x\"y\n", RIAYA_EXCHANGE_ERROR_SYNTAX, "Line 2");
  assert_parse_error ("a,b\n1,2\n3,\xC3\x28\n", RIAYA_EXCHANGE_ERROR_ENCODING, "Line 3");
}

static void
test_write_field (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *row[] = { "plain", "with, comma", "with \"quote\"", "two\nlines", NULL, " padded", "عربي" };
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  riaya_csv_append_row (out, row, G_N_ELEMENTS (row));
  g_assert_cmpstr (out->str, ==,
                   "plain,\"with, comma\",\"with \"\"quote\"\"\",\"two\nlines\",,\" padded\",عربي\r\n");

  /* What is written reads back the same. */
  records = riaya_csv_parse (out->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (row); i++)
    g_assert_cmpstr (field (records, 0, i), ==, row[i] ? row[i] : "");
}

static void
test_read_institutions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) institutions = NULL;
  g_autoptr(GArray) lines = NULL;
  RiayaInstitution *first;
  GDate today;
  const char *text =
    "type,licence_number,licence_date,legal_basis,name_ar,province_code,capacity,effective_date,services,staff\n"
    "student-house,A-1,2020-01-01,65.15,دار الطالب,01.511,pupil:m:40;pupil:f:30:2021-09-01,2020-09-01,meals; accommodation,educator:2\n"
    "\n"
    "kafala,A-2,2010-05-05,14.05,دار الكفالة,04.441,,,,\n";

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 1, 2024);

  institutions = riaya_institution_csv_read (text, -1, NULL, &today, &lines, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (institutions->len, ==, 2);
  g_assert_cmpuint (g_array_index (lines, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (lines, guint, 1), ==, 4);

  first = g_ptr_array_index (institutions, 0);
  g_assert_cmpstr (riaya_institution_get_licence_number (first), ==, "A-1");
  g_assert_cmpint (riaya_institution_get_institution_type (first), ==, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  g_assert_true (riaya_institution_has_service (first, RIAYA_SERVICE_MEALS));
  g_assert_true (riaya_institution_has_service (first, RIAYA_SERVICE_ACCOMMODATION));
  g_assert_cmpuint (riaya_institution_get_staff (first, RIAYA_STAFF_EDUCATOR), ==, 2);
  /* 40 boys from the effective date, 30 girls from their own date. */
  g_assert_cmpuint (riaya_institution_get_places_on (first, "2020-08-31"), ==, 0);
  g_assert_cmpuint (riaya_institution_get_places_on (first, "2020-09-01"), ==, 40);
  g_assert_cmpuint (riaya_institution_get_places_on (first, "2021-09-01"), ==, 70);
}

static void
test_read_refuses_every_bad_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) institutions = NULL;
  GString *text = g_string_new ("licence_number,licence_date,legal_basis,type,name_fr,province_code\n");
  g_autofree char *data = NULL;

  /* 25 bad lines: the message names the first 20 and counts the rest. */
  for (guint i = 0; i < 25; i++)
    g_string_append_printf (text, "B-%u,2020-01-01,65.15,castle,X,01.511\n", i);
  data = g_string_free (text, FALSE);

  institutions = riaya_institution_csv_read (data, -1, NULL, NULL, NULL, &problems, &error);
  g_assert_null (institutions);
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 25);
  g_assert_nonnull (strstr (error->message, "25 lines"));
  g_assert_nonnull (strstr (error->message, "Line 21:"));
  g_assert_null (strstr (error->message, "Line 22:"));
  g_assert_nonnull (strstr (error->message, "5 more lines"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 24), "Line 26:"));
}

static void
test_header_problems (void)
{
  struct
  {
    const char *text;
    const char *needle;
  } cases[] = {
    { "", "empty" },
    { "licence_number,licence_date,legal_basis,type,province_code\nA,2020-01-01,65.15,elderly,01.511\n", "name_ar" },
    { "licence_number,licence_date,legal_basis,name_fr,province_code\nA,2020-01-01,65.15,X,01.511\n", "“type”" },
    { "licence_number,licence_number,licence_date,legal_basis,type,name_fr,province_code\n", "twice" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) institutions = riaya_institution_csv_read (cases[i].text, -1, NULL, NULL,
                                                                      NULL, NULL, &error);

      g_assert_null (institutions);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].needle) == NULL)
        g_error ("case %u: “%s” not in: %s", i, cases[i].needle, error->message);
    }
}

static void
test_codes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaCapacityLine) line = NULL;
  g_autofree char *text = NULL;
  RiayaInstitutionType type;
  RiayaStaffRole role;
  guint count;

  /* People type codes with spaces and capitals. */
  g_assert_true (riaya_codes_parse_institution_type (" Student-House ", &type, &error));
  g_assert_no_error (error);
  g_assert_cmpint (type, ==, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);

  line = riaya_codes_parse_capacity ("woman:f:12", "2020-01-01", &error);
  g_assert_no_error (error);
  text = riaya_codes_format_capacity (line);
  g_assert_cmpstr (text, ==, "woman:f:12:2020-01-01");

  g_assert_true (riaya_codes_parse_staff ("doctor-hours:240", &role, &count, &error));
  g_assert_cmpint (role, ==, RIAYA_STAFF_DOCTOR_HOURS);
  g_assert_cmpuint (count, ==, 240);

  g_assert_false (riaya_codes_parse_staff ("educator:-1", &role, &count, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange/csv/parse-rfc4180", test_parse_rfc4180);
  g_test_add_func ("/exchange/csv/parse-errors", test_parse_errors);
  g_test_add_func ("/exchange/csv/write-field", test_write_field);
  g_test_add_func ("/exchange/institution-csv/read", test_read_institutions);
  g_test_add_func ("/exchange/institution-csv/refuses-every-bad-line", test_read_refuses_every_bad_line);
  g_test_add_func ("/exchange/institution-csv/header-problems", test_header_problems);
  g_test_add_func ("/exchange/codes", test_codes);

  return g_test_run ();
}
