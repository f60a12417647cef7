/* test-text.c — search folding and script detection
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People search names the way they type them: without accents, without
 * harakat, with or without hamza, and teh marbuta as heh.
 */

#include "config.h"

#include <string.h>

#include "riaya-core.h"

static void
assert_same_fold (const char *a,
                  const char *b)
{
  g_autofree char *fa = riaya_text_fold (a);
  g_autofree char *fb = riaya_text_fold (b);

  if (g_strcmp0 (fa, fb) != 0)
    g_error ("“%s” folds to “%s” but “%s” to “%s”", a, fa, b, fb);
}

static void
assert_different_fold (const char *a,
                       const char *b)
{
  g_autofree char *fa = riaya_text_fold (a);
  g_autofree char *fb = riaya_text_fold (b);

  g_assert_cmpstr (fa, !=, fb);
}

static void
test_fold_latin (void)
{
  g_autofree char *fes = riaya_text_fold ("Fès");

  g_assert_cmpstr (fes, ==, "fes");
  assert_same_fold ("FÈS", "fes");
  assert_same_fold ("Meknès", "MEKNES");
  assert_same_fold ("Kénitra", "kenitra");
  assert_same_fold ("Protection de l'Enfance", "protection de l'enfance");
  assert_same_fold ("Â Ç Ë Î Ô Ù", "a c e i o u");
  /* Folding does not make different names equal. */
  assert_different_fold ("Fès", "Fas");
}

static void
test_fold_arabic (void)
{
  /* فاس with and without a fatha, and stretched with a tatweel. */
  assert_same_fold ("فَاس", "فاس");
  assert_same_fold ("فـــاس", "فاس");
  /* Full harakat, shadda and sukun. */
  assert_same_fold ("دَارُ الطَّالِبَةِ", "دار الطالبة");
  /* Teh marbuta and heh. */
  assert_same_fold ("الطالبة", "الطالبه");
  /* Alef forms: hamza above and below, madda, wasla. */
  assert_same_fold ("أحمد", "احمد");
  assert_same_fold ("إدماج", "ادماج");
  assert_same_fold ("آسفي", "اسفي");
  assert_same_fold ("ٱلرباط", "الرباط");
  /* Alef maksura and yeh. */
  assert_same_fold ("مصطفى", "مصطفي");
  /* Different letters stay different. */
  assert_different_fold ("فاس", "قاس");
}

static void
test_fold_substring (void)
{
  /* The list filter looks for the folded query inside the folded key. */
  g_autofree char *key = riaya_text_fold ("Dar Taliba Fès — دار الطَّالِبَة فاس");
  g_autofree char *latin = riaya_text_fold ("FES");
  g_autofree char *arabic = riaya_text_fold ("الطالبه");

  g_assert_nonnull (strstr (key, latin));
  g_assert_nonnull (strstr (key, arabic));
}

static void
test_fold_edges (void)
{
  g_autofree char *null_text = riaya_text_fold (NULL);
  g_autofree char *empty = riaya_text_fold ("");
  g_autofree char *digits = riaya_text_fold ("EPS-12/2015");

  g_assert_cmpstr (null_text, ==, "");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (digits, ==, "eps-12/2015");
}

static void
test_is_arabic (void)
{
  g_assert_true (riaya_text_is_arabic ("دار الطالب"));
  g_assert_true (riaya_text_is_arabic ("Dar دار"));
  g_assert_false (riaya_text_is_arabic ("Dar Talib"));
  g_assert_false (riaya_text_is_arabic ("Fès"));
  g_assert_false (riaya_text_is_arabic (""));
  g_assert_false (riaya_text_is_arabic (NULL));
  /* Arabic-Indic digits and harakat alone are not words. */
  g_assert_false (riaya_text_is_arabic ("١٢٣"));
  g_assert_false (riaya_text_is_arabic ("\xd9\x8e"));
}

/* What a script reading `--format json` gets for awkward names. */
static void
test_json_string (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  riaya_text_append_json_string (out, "Dar \"Al Amal\"\\\n\t\x01 دار");
  g_assert_cmpstr (out->str, ==, "\"Dar \\\"Al Amal\\\"\\\\\\n\\t\\u0001 دار\"");
}

/* A translation reorders the arguments of a sentence: the Arabic of the
 * compliance report puts the date before the law. */
static void
test_fill (void)
{
  const char *args[] = { "2024-03-01", "Law 65.15", "12", "2025-03-01" };
  char buffer[21];
  g_autofree char *plain = riaya_text_fill ("Last visit on %1$s; %2$s asks for a visit every %3$u months, due %4$s.", args, 4);
  g_autofree char *reordered = riaya_text_fill ("%4$s — %2$s (%3$u) — %1$s", args, 4);
  g_autofree char *sequential = riaya_text_fill ("%s and %s: 100%%", args, 2);
  g_autofree char *none = riaya_text_fill ("No director is recorded.", NULL, 0);
  g_autofree char *arabic = riaya_text_fill ("آخر زيارة في %1$s؛ %2$s", args, 2);

  g_assert_cmpstr (plain, ==, "Last visit on 2024-03-01; Law 65.15 asks for a visit every 12 months, due 2025-03-01.");
  g_assert_cmpstr (reordered, ==, "2025-03-01 — Law 65.15 (12) — 2024-03-01");
  g_assert_cmpstr (sequential, ==, "2024-03-01 and Law 65.15: 100%");
  g_assert_cmpstr (none, ==, "No director is recorded.");
  g_assert_cmpstr (arabic, ==, "آخر زيارة في 2024-03-01؛ Law 65.15");

  /* It fills as printf() would, for every number. */
  for (guint64 value = 0; value < 100000; value += 7)
    {
      g_autofree char *expected = g_strdup_printf ("%" G_GUINT64_FORMAT, value);

      g_assert_cmpstr (riaya_text_from_uint (value, buffer), ==, expected);
    }
  g_assert_cmpstr (riaya_text_from_uint (G_MAXUINT64, buffer), ==, "18446744073709551615");
}

/* A translation asking for an argument the code does not give is a bug
 * found here, not a crash in front of a delegate. */
static void
test_fill_bad_format (void)
{
  const char *args[] = { "a" };

  if (g_test_subprocess ())
    {
      g_autofree char *text = riaya_text_fill ("%2$s", args, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*argument 2 of 1*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold/latin", test_fold_latin);
  g_test_add_func ("/text/fold/arabic", test_fold_arabic);
  g_test_add_func ("/text/fold/substring", test_fold_substring);
  g_test_add_func ("/text/fold/edges", test_fold_edges);
  g_test_add_func ("/text/is-arabic", test_is_arabic);
  g_test_add_func ("/text/json-string", test_json_string);
  g_test_add_func ("/text/fill", test_fill);
  g_test_add_func ("/text/fill/bad-format", test_fill_bad_format);

  return g_test_run ();
}
