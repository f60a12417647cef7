/* test-cli-import-refusals.c — every bad file refused, nothing written
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file of tests/data/exchange/invalid/ (the reader's corpus of
 * hostile and broken files) is imported through riaya-cli into a
 * database that already holds an exchange: exit status 1, a line that
 * names the file and says why, and the database byte for byte as it was
 * (exchange.md "Hostile input").
 */

#include "config.h"

#include <string.h>

#include "cli-test-output.h"
#include "import-test-util.h"

typedef CliFixture Fixture;

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
corpus_files (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "exchange", "invalid", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (files, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (files, compare_paths);

  return files;
}

static void
test_invalid_corpus (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *sender = cli_fixture_path (fixture, "sender.db");
  g_autofree char *good = cli_fixture_path (fixture, "good.xml");
  g_autoptr(GPtrArray) files = corpus_files ();
  g_autofree char *init = NULL;
  g_autofree char *out = NULL;
  g_autofree char *state = NULL;

  if (files->len == 0)
    {
      g_test_skip ("tests/data/exchange/invalid/ holds no file: the reader's corpus is missing");
      return;
    }

  import_make_sender (sender);
  import_export (sender, good);
  init = cli_ok (fixture, "init", "--profile", "national", NULL);
  out = cli_ok (fixture, "import", good, NULL);
  state = import_db_state (fixture->db);

  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);
      g_autofree char *base = g_path_get_basename (file);
      g_autofree char *prefix = g_strdup_printf ("%s: refused: ", file);
      g_autofree char *state_after = NULL;
      g_autofree char *json_text = NULL;
      g_autoptr(TestJson) json = NULL;
      g_autoptr(CliResult) result = NULL;
      const char *message;

      result = cli_run ("--db", fixture->db, "import", file, NULL);
      g_test_message ("%s: %s", base, result->out);
      if (result->status != 1)
        g_error ("%s: exit status %d, expected 1: %s%s", base, result->status, result->out, result->err);
      /* One line, naming the file, saying why; and on stderr what to do. */
      g_assert_true (g_str_has_prefix (result->out, prefix));
      g_assert_true (g_str_has_suffix (result->out, "\n"));
      g_assert_true (strchr (result->out, '\n') == result->out + strlen (result->out) - 1);
      message = result->out + strlen (prefix);
      g_assert_nonnull (strstr (message, base));
      g_assert_nonnull (strstr (result->err, "1 file of 1 was refused"));

      state_after = import_db_state (fixture->db);
      if (g_strcmp0 (state_after, state) != 0)
        g_error ("%s changed the database: %s → %s", base, state, state_after);

      /* And for scripts: a code, never empty. */
      g_clear_pointer (&result, cli_result_free);
      result = cli_run ("--db", fixture->db, "import", "--format", "json", file, NULL);
      g_assert_cmpint (result->status, ==, 1);
      json = json_parse_output (result->out);
      g_assert_cmpstr (test_json_get_string (test_json_index (test_json_get (json, "files"), 0), "outcome"), ==, "refused");
      g_assert_nonnull (test_json_get_string (test_json_index (test_json_get (json, "files"), 0), "error_code"));

      /* validate says the same without a database. */
      g_clear_pointer (&result, cli_result_free);
      result = cli_run ("validate", file, NULL);
      g_assert_cmpint (result->status, ==, 1);
      g_assert_true (g_str_has_prefix (result->out, prefix));
    }

  g_test_message ("%u files of the corpus refused, the database unchanged each time", files->len);
}

static void
test_missing_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *missing = cli_fixture_path (fixture, "not-there.xml");
  g_autofree char *init = cli_ok (fixture, "init", "--profile", "national", NULL);
  g_autofree char *state = import_db_state (fixture->db);
  g_autofree char *state_after = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s: refused: ", missing);
  g_autoptr(CliResult) result = NULL;
  g_autoptr(CliResult) usage = NULL;

  result = cli_run ("--db", fixture->db, "import", missing, NULL);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_true (g_str_has_prefix (result->out, prefix));
  state_after = import_db_state (fixture->db);
  g_assert_cmpstr (state_after, ==, state);

  usage = cli_run ("--db", fixture->db, "import", NULL);
  g_assert_cmpint (usage->status, ==, 2);
  g_assert_cmpstr (usage->out, ==, "");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_set_program (argv[1]);

  g_test_add ("/cli/import/invalid-corpus", Fixture, NULL,
              cli_fixture_set_up, test_invalid_corpus, cli_fixture_tear_down);
  g_test_add ("/cli/import/missing-file", Fixture, NULL,
              cli_fixture_set_up, test_missing_file, cli_fixture_tear_down);

  status = g_test_run ();
  cli_clean_up ();
  return status;
}
