/* test-validation.c — dates, numbers and codes as people type them
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "riaya-core.h"

/* Every refusal must say what to do: the message names what was typed
 * (when there is something to name) and is a sentence. */
static void
assert_refusal (GError     *error,
                int         code,
                const char *mentions)
{
  g_assert_error (error, RIAYA_VALIDATION_ERROR, code);
  g_assert_cmpuint (strlen (error->message), >, 20);
  if (mentions != NULL && *mentions != '\0')
    g_assert_nonnull (strstr (error->message, mentions));
}

static void
test_date_parse_valid (void)
{
  const struct { const char *iso; guint y, m, d; } valid[] = {
    { "2024-09-01", 2024, 9, 1 },
    { "2024-02-29", 2024, 2, 29 },  /* leap year */
    { "2000-02-29", 2000, 2, 29 },  /* divisible by 400: leap */
    { "1900-01-01", 1900, 1, 1 },
    { "2023-12-31", 2023, 12, 31 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *back = NULL;
      GDate date;

      g_date_clear (&date, 1);
      g_assert_true (riaya_date_parse (valid[i].iso, &date, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_date_get_year (&date), ==, valid[i].y);
      g_assert_cmpuint (g_date_get_month (&date), ==, valid[i].m);
      g_assert_cmpuint (g_date_get_day (&date), ==, valid[i].d);

      back = riaya_date_to_iso (&date);
      g_assert_cmpstr (back, ==, valid[i].iso);

      /* The output is optional: validating only. */
      g_assert_true (riaya_date_parse (valid[i].iso, NULL, NULL));
    }
}

static void
test_date_parse_not_a_day (void)
{
  const char *not_a_day[] = {
    "2023-02-29",  /* not a leap year */
    "1900-02-29",  /* divisible by 100 but not 400 */
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-01-00",
    "2024-01-32",
    "1899-12-31",  /* before any licence could exist */
  };

  for (guint i = 0; i < G_N_ELEMENTS (not_a_day); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (riaya_date_parse (not_a_day[i], NULL, &error));
      assert_refusal (error, RIAYA_VALIDATION_ERROR_FORMAT, not_a_day[i]);
    }
}

static void
test_date_parse_bad_format (void)
{
  const char *bad[] = {
    "", "2024-1-1", "24-01-01", "2024/01/01", "01-09-2024", "2024-01-01x",
    " 2024-01-01", "2024-01-1 ", "2024-0a-01", "today", "2024–01–01" /* en dashes */,
    "٢٠٢٤-٠١-٠١" /* Arabic-Indic digits: the field takes ASCII digits */,
  };
  g_autoptr(GError) null_error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (riaya_date_parse (bad[i], NULL, &error));
      assert_refusal (error, RIAYA_VALIDATION_ERROR_FORMAT, bad[i]);
      /* The message shows the expected form. */
      g_assert_nonnull (strstr (error->message, "2024-09-01"));
    }

  g_assert_false (riaya_date_parse (NULL, NULL, &null_error));
  g_assert_error (null_error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT);
}

static void
test_date_compare_and_today (void)
{
  g_autofree char *today = riaya_date_today_iso ();

  g_assert_cmpint (riaya_date_compare ("2024-01-31", "2024-02-01"), <, 0);
  g_assert_cmpint (riaya_date_compare ("2024-02-01", "2024-01-31"), >, 0);
  g_assert_cmpint (riaya_date_compare ("2024-02-01", "2024-02-01"), ==, 0);

  g_assert_true (riaya_date_parse (today, NULL, NULL));
}

static void
test_past_date (void)
{
  GDate today;
  struct { const char *iso; int code; } cases[] = {
    { "2025-06-02", RIAYA_VALIDATION_ERROR_FUTURE_DATE },
    { "2031-01-01", RIAYA_VALIDATION_ERROR_FUTURE_DATE },
    { "2025-02-30", RIAYA_VALIDATION_ERROR_FORMAT },
    { "1-6-2025", RIAYA_VALIDATION_ERROR_FORMAT },
    { "", RIAYA_VALIDATION_ERROR_REQUIRED },
    { "   ", RIAYA_VALIDATION_ERROR_REQUIRED },
  };

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_JUNE, 2025);

  /* Today and any earlier day are in the past. */
  g_assert_true (riaya_validate_past_date ("2025-06-01", "Licence date", &today, NULL));
  g_assert_true (riaya_validate_past_date ("2025-05-31", "Licence date", &today, NULL));
  g_assert_true (riaya_validate_past_date ("1990-01-01", "Licence date", &today, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (riaya_validate_past_date (cases[i].iso, "Licence date", &today, &error));
      assert_refusal (error, cases[i].code, NULL);
      if (cases[i].code != RIAYA_VALIDATION_ERROR_FORMAT)
        g_assert_nonnull (strstr (error->message, "Licence date"));
      if (cases[i].code == RIAYA_VALIDATION_ERROR_FUTURE_DATE)
        g_assert_nonnull (strstr (error->message, cases[i].iso));
    }
}

static void
test_past_date_real_today (void)
{
  g_autofree char *today = riaya_date_today_iso ();
  g_autoptr(GError) error = NULL;

  /* NULL means the real today: today passes, far in the future does not. */
  g_assert_true (riaya_validate_past_date (today, "Date", NULL, NULL));
  g_assert_false (riaya_validate_past_date ("9999-12-31", "Date", NULL, &error));
  g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FUTURE_DATE);
}

static void
test_required (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) blank_error = NULL;

  g_assert_true (riaya_validate_required ("x", "Name", NULL));
  g_assert_false (riaya_validate_required (NULL, "Name", &error));
  assert_refusal (error, RIAYA_VALIDATION_ERROR_REQUIRED, "Name");
  g_assert_false (riaya_validate_required (" \t", "Name", &blank_error));
  assert_refusal (blank_error, RIAYA_VALIDATION_ERROR_REQUIRED, "Name");
}

static void
test_licence_number (void)
{
  g_autofree char *longest = g_strnfill (40, '7');
  g_autofree char *too_long = g_strnfill (41, '7');
  const char *valid[] = { "12/2020", "EPS-2019.04_A 7", "1", longest };
  const char *bad_form[] = { "رخصة 1", "N°12", "12;drop", "12\n3", too_long };
  g_autoptr(GError) empty_error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (riaya_validate_licence_number (valid[i], &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_form); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (riaya_validate_licence_number (bad_form[i], &error));
      assert_refusal (error, RIAYA_VALIDATION_ERROR_FORMAT, NULL);
    }

  g_assert_false (riaya_validate_licence_number ("", &empty_error));
  assert_refusal (empty_error, RIAYA_VALIDATION_ERROR_REQUIRED, NULL);
}

static void
test_province_code (void)
{
  const char *bad[] = { "1.511", "01-511", "01.51a", "01.5111", "01511", "RR.PPP", "٠١.٥١١" };
  g_autoptr(GError) empty_error = NULL;

  /* The form only: whether the province exists is the store's check. */
  g_assert_true (riaya_validate_province_code ("01.511", NULL));
  g_assert_true (riaya_validate_province_code ("12.999", NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (riaya_validate_province_code (bad[i], &error));
      assert_refusal (error, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE, bad[i]);
    }

  g_assert_false (riaya_validate_province_code (NULL, &empty_error));
  assert_refusal (empty_error, RIAYA_VALIDATION_ERROR_REQUIRED, NULL);
}

static void
test_phone (void)
{
  const char *valid[] = {
    NULL, "", "0522123456", "0522 123456", "+212 522-12-34-56", "(0522) 12.34.56",
    "+212 6 61 23 45 67",
  };
  const char *bad[] = {
    "12345678",          /* 8 digits: too short */
    "1234567890123456",  /* 16 digits: too long */
    "0522abc123",
    "0522/123456",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (riaya_validate_phone (valid[i], NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (riaya_validate_phone (bad[i], &error));
      assert_refusal (error, RIAYA_VALIDATION_ERROR_FORMAT, NULL);
    }
}

static void
test_places_text (void)
{
  struct { const char *text; int code; } bad[] = {
    { "-3", RIAYA_VALIDATION_ERROR_OUT_OF_RANGE },
    { "5001", RIAYA_VALIDATION_ERROR_OUT_OF_RANGE },
    { "99999999999", RIAYA_VALIDATION_ERROR_OUT_OF_RANGE },
    { "abc", RIAYA_VALIDATION_ERROR_FORMAT },
    { "", RIAYA_VALIDATION_ERROR_FORMAT },
    { "12.5", RIAYA_VALIDATION_ERROR_FORMAT },
    { "1e3", RIAYA_VALIDATION_ERROR_FORMAT },
    { " 12", RIAYA_VALIDATION_ERROR_FORMAT },
    { "+12", RIAYA_VALIDATION_ERROR_FORMAT },
    { "-abc", RIAYA_VALIDATION_ERROR_FORMAT },
  };
  guint places = 777;

  g_assert_true (riaya_validate_places_text ("0", &places, NULL));
  g_assert_cmpuint (places, ==, 0);
  g_assert_true (riaya_validate_places_text ("40", &places, NULL));
  g_assert_cmpuint (places, ==, 40);
  g_assert_true (riaya_validate_places_text ("5000", &places, NULL));
  g_assert_cmpuint (places, ==, RIAYA_MAX_PLACES);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      places = 777;
      g_assert_false (riaya_validate_places_text (bad[i].text, &places, &error));
      if (!g_error_matches (error, RIAYA_VALIDATION_ERROR, bad[i].code))
        g_error ("“%s”: expected error %d, got %d (%s)",
                 bad[i].text, bad[i].code, error->code, error->message);
      assert_refusal (error, bad[i].code, bad[i].text);
      /* The message gives the range to use. */
      g_assert_nonnull (strstr (error->message, "5000"));
      g_assert_cmpuint (places, ==, 777);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (riaya_validate_places_text (NULL, NULL, &error));
    g_assert_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT);
  }
}

static void
test_places_number (void)
{
  g_autoptr(GError) negative = NULL;
  g_autoptr(GError) huge = NULL;

  g_assert_true (riaya_validate_places (0, NULL));
  g_assert_true (riaya_validate_places (RIAYA_MAX_PLACES, NULL));
  g_assert_false (riaya_validate_places (-1, &negative));
  assert_refusal (negative, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "5000");
  g_assert_false (riaya_validate_places (RIAYA_MAX_PLACES + 1, &huge));
  assert_refusal (huge, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, "5000");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validation/date/valid", test_date_parse_valid);
  g_test_add_func ("/validation/date/not-a-day", test_date_parse_not_a_day);
  g_test_add_func ("/validation/date/bad-format", test_date_parse_bad_format);
  g_test_add_func ("/validation/date/compare-and-today", test_date_compare_and_today);
  g_test_add_func ("/validation/past-date/fixed-today", test_past_date);
  g_test_add_func ("/validation/past-date/real-today", test_past_date_real_today);
  g_test_add_func ("/validation/required", test_required);
  g_test_add_func ("/validation/licence-number", test_licence_number);
  g_test_add_func ("/validation/province-code", test_province_code);
  g_test_add_func ("/validation/phone", test_phone);
  g_test_add_func ("/validation/places/text", test_places_text);
  g_test_add_func ("/validation/places/number", test_places_number);

  return g_test_run ();
}
