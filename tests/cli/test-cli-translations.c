/* test-cli-translations.c — riaya-cli refuses in the user's language
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cli-test-util.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define ADD_T5 "institution", "add", "--licence", "T-5", "--licence-date", "2019-09-01", \
               "--legal-basis", "65.15", "--name-fr", "Dar Taliba Test"

/* The refusals are translated where they are made (the riaya-cli sentence
 * for an unknown type, the core's sentence for a future date). These two
 * fail until po/fr.po and po/ar.po translate:
 *   “%s” is not a type of institution: use one of %s.
 *   %s cannot be in the future (%s): enter the day it actually happened. */
static void
assert_translated (Fixture    *fixture,
                   const char *language,
                   const char *type_word,
                   const char *future_word)
{
  g_autofree char *english_type = NULL;
  g_autofree char *translated_type = NULL;
  g_autofree char *english_future = NULL;
  g_autofree char *translated_future = NULL;

  cli_make_registry (fixture);

  english_type = cli_refuse_lang (fixture, NULL, 1, "orphanage",
                                  ADD_T5, "--type", "orphanage", "--province", "01.511", NULL);
  translated_type = cli_refuse_lang (fixture, language, 1, "orphanage",
                                     ADD_T5, "--type", "orphanage", "--province", "01.511", NULL);
  g_assert_cmpstr (translated_type, !=, english_type);
  if (strstr (translated_type, type_word) == NULL)
    g_test_fail_printf ("LANGUAGE=%s: “%s” missing from: %s", language, type_word, translated_type);

  english_future = cli_refuse_lang (fixture, NULL, 1, "2999-01-01",
                                    "institution", "add", "--licence", "T-5", "--licence-date", "2999-01-01",
                                    "--legal-basis", "65.15", "--type", "elderly", "--name-fr", "X",
                                    "--province", "01.511", NULL);
  translated_future = cli_refuse_lang (fixture, language, 1, "2999-01-01",
                                       "institution", "add", "--licence", "T-5", "--licence-date", "2999-01-01",
                                       "--legal-basis", "65.15", "--type", "elderly", "--name-fr", "X",
                                       "--province", "01.511", NULL);
  g_assert_cmpstr (translated_future, !=, english_future);
  if (strstr (translated_future, future_word) == NULL)
    g_test_fail_printf ("LANGUAGE=%s: “%s” missing from: %s", language, future_word, translated_future);
}

static void
test_translated_fr (Fixture       *fixture,
                    gconstpointer  data)
{
  assert_translated (fixture, "fr", "établissement", "futur");
}

static void
test_translated_ar (Fixture       *fixture,
                    gconstpointer  data)
{
  /* مؤسس: the stem of مؤسسة and المؤسسات (institution, institutions). */
  assert_translated (fixture, "ar", "مؤسس", "المستقبل");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* A missing translation fails the test without stopping the others,
   * and the temporary folders are still removed. */
  g_test_set_nonfatal_assertions ();

  if (argc < 2)
    g_error ("usage: %s PATH-TO-riaya-cli", argv[0]);
  cli_set_program (argv[1]);

  FIXTURE_TEST ("/cli/translated/fr", test_translated_fr);
  FIXTURE_TEST ("/cli/translated/ar", test_translated_ar);

  status = g_test_run ();
  cli_clean_up ();

  return status;
}
