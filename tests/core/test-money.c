/* test-money.c — amounts of dirhams typed, written and summed exactly
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "riaya-core.h"

static void
assert_parses (const char *text,
               gboolean    lenient,
               gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 centimes = -1;

  g_assert_true (riaya_money_parse (text, lenient, &centimes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (centimes, ==, expected);
}

static void
assert_refused (const char *text,
                gboolean    lenient,
                int         code)
{
  g_autoptr(GError) error = NULL;
  gint64 centimes = 42;

  g_assert_false (riaya_money_parse (text, lenient, &centimes, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, code);
  g_assert_cmpint (centimes, ==, 42);
  g_assert_nonnull (error->message);
}

static void
test_parse_strict (void)
{
  assert_parses ("146002000.00", FALSE, G_GINT64_CONSTANT (14600200000));
  assert_parses ("1500", FALSE, 150000);
  assert_parses ("1500.5", FALSE, 150050);
  assert_parses ("0.01", FALSE, 1);
  assert_parses (" 84000.00 ", FALSE, 8400000);
  assert_parses ("10000000000.00", FALSE, RIAYA_MONEY_MAX);

  /* What the command line and the files must refuse. */
  assert_refused ("", FALSE, RIAYA_VALIDATION_ERROR_REQUIRED);
  assert_refused ("0", FALSE, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
  assert_refused ("0.00", FALSE, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
  assert_refused ("-1500", FALSE, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
  assert_refused ("1500.255", FALSE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused ("1500,50", FALSE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused ("1 500", FALSE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused ("1500.", FALSE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused (".50", FALSE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused ("1e6", FALSE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused ("+1500", FALSE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused ("1500 DH", FALSE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused ("10000000000.01", FALSE, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
  assert_refused ("99999999999999999999999", FALSE, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE);
  assert_refused ("99999999999999999999999x", FALSE, RIAYA_VALIDATION_ERROR_FORMAT);
}

static void
test_parse_as_typed (void)
{
  /* As a French or Arabic user types in a form. */
  assert_parses ("1 500,50", TRUE, 150050);
  assert_parses ("1\u00a0500,5", TRUE, 150050);
  assert_parses ("146\u202f002\u202f000,00 DH", TRUE, G_GINT64_CONSTANT (14600200000));
  assert_parses ("١٥٠٠٫٢٥", TRUE, 150025);
  assert_parses ("84000 د.م.", TRUE, 8400000);
  assert_refused ("1,500.50", TRUE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused ("1500,505", TRUE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused ("DH", TRUE, RIAYA_VALIDATION_ERROR_FORMAT);
  assert_refused ("   ", TRUE, RIAYA_VALIDATION_ERROR_REQUIRED);
}

static void
test_write (void)
{
  g_autofree char *plain = riaya_money_to_string (G_GINT64_CONSTANT (14600200000));
  g_autofree char *cents = riaya_money_to_string (5);
  g_autofree char *negative = riaya_money_to_string (-150050);
  g_autofree char *grouped = riaya_money_format (G_GINT64_CONSTANT (14600200000), "\u202f", ",");
  g_autofree char *small = riaya_money_format (99, ",", ".");
  g_autofree char *thousand = riaya_money_format (100000, ",", ".");

  g_assert_cmpstr (plain, ==, "146002000.00");
  g_assert_cmpstr (cents, ==, "0.05");
  g_assert_cmpstr (negative, ==, "-1500.50");
  g_assert_cmpstr (grouped, ==, "146\u202f002\u202f000,00");
  g_assert_cmpstr (small, ==, "0.99");
  g_assert_cmpstr (thousand, ==, "1,000.00");
}

static void
test_sums_do_not_overflow (void)
{
  gint64 sum = 0;

  /* Ten billion dirhams, and a thousand times more, sum exactly. */
  for (guint i = 0; i < 1000; i++)
    g_assert_true (riaya_money_add (sum, RIAYA_MONEY_MAX, &sum));
  g_assert_cmpint (sum, ==, RIAYA_MONEY_MAX * 1000);

  g_assert_false (riaya_money_add (G_MAXINT64 - 1, 2, &sum));
  g_assert_cmpint (sum, ==, RIAYA_MONEY_MAX * 1000);
  g_assert_false (riaya_money_add (G_MININT64 + 1, -2, &sum));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/parse-strict", test_parse_strict);
  g_test_add_func ("/money/parse-as-typed", test_parse_as_typed);
  g_test_add_func ("/money/write", test_write);
  g_test_add_func ("/money/sums", test_sums_do_not_overflow);

  return g_test_run ();
}
