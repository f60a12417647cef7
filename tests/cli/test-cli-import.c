/* test-cli-import.c — riaya-cli import, validate and conflicts
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sender's database exports files that a receiver's imports, both
 * through the built riaya-cli, as a delegation and the Entraide Nationale
 * would (exchange.md "Import semantics"). What “nothing written” means is
 * checked on the file itself: its SHA-256 after a checkpoint, its
 * journal's rows and its content digest.
 */

#include "config.h"

#include <string.h>

#include "cli-test-output.h"
#include "import-test-util.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

static const char * const import_columns[] = {
  "file", "outcome", "new", "changed", "unchanged", "conflicts", "missing_from", "missing_to",
  "error_code", "message", "records", "ignored", NULL,
};

/* The sender's database in the fixture's folder. */
static char *
sender_db (Fixture *fixture)
{
  return cli_fixture_path (fixture, "sender.db");
}

/* The number before @label (“ new”, “ unchanged”…) in a summary line. */
static guint
count_before (const char *line,
              const char *label)
{
  const char *at = strstr (line, label);
  const char *start;

  g_assert_nonnull (at);
  start = at;
  while (start > line && g_ascii_isdigit (start[-1]))
    start--;
  g_assert_true (start < at);

  return (guint) g_ascii_strtoull (start, NULL, 10);
}

static void
test_reimport_same_file (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *sender = sender_db (fixture);
  g_autofree char *file = cli_fixture_path (fixture, "riaya-national-2025-1.xml");
  g_autofree char *init = NULL;
  g_autofree char *first = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *state = NULL;
  g_autofree char *state_after = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *licences = NULL;
  g_autofree char *json_text = NULL;
  g_autoptr(CliResult) again = NULL;
  g_autoptr(TestJson) json = NULL;
  TestJson *entry;
  guint n_new;

  import_make_sender (sender);
  import_export (sender, file);

  init = cli_ok (fixture, "init", "--profile", "national", NULL);
  first = cli_ok (fixture, "import", file, NULL);
  g_assert_true (g_str_has_prefix (first, file));
  g_assert_nonnull (strstr (first, ": "));
  g_assert_nonnull (strstr (first, " new, 0 changed, 0 unchanged, 0 conflicts\n"));
  n_new = count_before (first, " new");
  /* Three institutions, their licence events and capacity lines, two
   * grants and their tranches at least. */
  g_assert_cmpuint (n_new, >=, 3 + 3 + 3 + 2 + 4);

  listing = cli_ok (fixture, "institution", "list", "--format", "csv", NULL);
  licences = csv_licences (listing);
  g_assert_cmpstr (licences, ==, "T-1 T-2 T-3");

  /* The same file again: every record unchanged, exit 0, and not a byte
   * of the database written, its journal included. */
  state = import_db_state (fixture->db);
  again = import_run (fixture->db, "import", file, NULL);
  g_assert_cmpint (again->status, ==, 0);
  g_assert_cmpstr (again->err, ==, "");
  expected = g_strdup_printf ("%s: 0 new, 0 changed, %u unchanged, 0 conflicts: already imported, nothing changed\n",
                              file, n_new);
  g_assert_cmpstr (again->out, ==, expected);
  state_after = import_db_state (fixture->db);
  g_assert_cmpstr (state_after, ==, state);

  /* Scripts read the same in JSON. */
  json_text = cli_ok (fixture, "import", "--format", "json", file, NULL);
  json = json_parse_output (json_text);
  g_assert_cmpint (test_json_get_int (json, "refused"), ==, 0);
  g_assert_cmpuint (test_json_length (test_json_get (json, "files")), ==, 1);
  entry = test_json_index (test_json_get (json, "files"), 0);
  g_assert_cmpstr (test_json_get_string (entry, "file"), ==, file);
  g_assert_cmpstr (test_json_get_string (entry, "outcome"), ==, "unchanged");
  g_assert_cmpint (test_json_get_int (entry, "new"), ==, 0);
  g_assert_cmpint (test_json_get_int (entry, "unchanged"), ==, n_new);
  g_assert_cmpint (test_json_type (test_json_get (entry, "error_code")), ==, TEST_JSON_NULL);
  g_clear_pointer (&state_after, g_free);
  state_after = import_db_state (fixture->db);
  g_assert_cmpstr (state_after, ==, state);
}

static void
test_older_sequence (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *sender = sender_db (fixture);
  g_autofree char *older = cli_fixture_path (fixture, "older.xml");
  g_autofree char *newer = cli_fixture_path (fixture, "newer.xml");
  g_autofree char *init = NULL;
  g_autofree char *out = NULL;
  g_autofree char *forced = NULL;
  g_autofree char *state = NULL;
  g_autofree char *state_after = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(CliResult) refused = NULL;

  import_make_sender (sender);
  import_export (sender, older);
  import_add_institution (sender, "T-4");
  import_export (sender, newer);

  init = cli_ok (fixture, "init", "--profile", "national", NULL);
  out = cli_ok (fixture, "import", newer, NULL);
  g_assert_cmpuint (import_count_institutions (fixture->db), ==, 4);

  /* The older file comes late: refused, nothing written. */
  state = import_db_state (fixture->db);
  refused = import_run (fixture->db, "import", older, NULL);
  g_assert_cmpint (refused->status, ==, 1);
  prefix = g_strdup_printf ("%s: refused: ", older);
  g_assert_true (g_str_has_prefix (refused->out, prefix));
  g_assert_nonnull (strstr (refused->out, "older.xml"));
  g_assert_nonnull (strstr (refused->out, "--force"));
  g_assert_nonnull (strstr (refused->err, "1 file of 1 was refused"));
  state_after = import_db_state (fixture->db);
  g_assert_cmpstr (state_after, ==, state);

  /* Taken when asked: nothing in it is newer than what is here. */
  forced = cli_ok (fixture, "import", "--force", older, NULL);
  g_assert_true (g_str_has_prefix (forced, older));
  g_assert_null (strstr (forced, "refused"));
  g_assert_nonnull (strstr (forced, " 0 new, 0 changed, "));
  g_assert_cmpuint (import_count_institutions (fixture->db), ==, 4);
}

static void
test_gap (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *sender = sender_db (fixture);
  g_autofree char *other = cli_fixture_path (fixture, "other.db");
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *init = NULL;
  g_autofree char *init_other = NULL;
  g_autofree char *out = NULL;
  g_autofree char *out_other = NULL;
  g_autofree char *gap = NULL;
  g_autofree char *json_text = NULL;
  g_autoptr(TestJson) json = NULL;
  TestJson *entry;

  import_make_sender (sender);
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *licence = g_strdup_printf ("G-%u", i);
      char *file = g_strdup_printf ("%s/export-%u.xml", fixture->dir, i);

      import_add_institution (sender, licence);
      import_export (sender, file);
      g_ptr_array_add (files, file);
    }

  init = cli_ok (fixture, "init", "--profile", "national", NULL);
  out = cli_ok (fixture, "import", g_ptr_array_index (files, 0), NULL);
  /* Export 2 never came: said on the line of export 3, which is taken. */
  gap = cli_ok (fixture, "import", g_ptr_array_index (files, 2), NULL);
  g_assert_true (g_str_has_prefix (gap, g_ptr_array_index (files, 2)));
  g_assert_nonnull (strstr (gap, "file number 2 from the same sender is missing"));
  g_assert_cmpuint (import_count_institutions (fixture->db), ==, 6);

  /* Exports 2 and 3, for scripts. */
  init_other = import_ok (other, "init", "--profile", "national", NULL);
  out_other = import_ok (other, "import", g_ptr_array_index (files, 0), NULL);
  json_text = import_ok (other, "import", "--format", "json", g_ptr_array_index (files, 3), NULL);
  json = json_parse_output (json_text);
  entry = test_json_index (test_json_get (json, "files"), 0);
  g_assert_cmpstr (test_json_get_string (entry, "outcome"), ==, "imported");
  g_assert_cmpint (test_json_get_int (entry, "missing_from"), ==, 2);
  g_assert_cmpint (test_json_get_int (entry, "missing_to"), ==, 3);
}

/* A copy of @from with one byte of its body changed: what a disk or a
 * mail program does to a file. */
static void
write_altered_copy (const char *from,
                    const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *at;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  at = strstr (contents, "T-2");
  g_assert_nonnull (at);
  at[2] = '9';
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

static void
test_folder (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *sender = sender_db (fixture);
  g_autofree char *inbox = cli_fixture_path (fixture, "inbox");
  g_autofree char *sub = g_build_filename (inbox, "old", NULL);
  g_autofree char *first = g_build_filename (inbox, "riaya-a-1.xml", NULL);
  g_autofree char *second = g_build_filename (inbox, "riaya-a-2.xml", NULL);
  g_autofree char *bad = g_build_filename (inbox, "riaya-a-3-altered.xml", NULL);
  g_autofree char *ignored = g_build_filename (sub, "riaya-a-3.xml", NULL);
  g_autofree char *notes = g_build_filename (inbox, "notes.txt", NULL);
  g_autofree char *init = NULL;
  g_autofree char *csv_text = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *python = NULL;
  g_autoptr(CliResult) result = NULL;
  g_autoptr(CliResult) csv_result = NULL;
  g_autoptr(CliResult) json_result = NULL;
  g_autoptr(Csv) csv = NULL;
  g_autoptr(TestJson) json = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *line0 = NULL;

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  import_make_sender (sender);
  import_export (sender, first);
  import_add_institution (sender, "T-4");
  import_export (sender, second);
  write_altered_copy (second, bad);
  import_add_institution (sender, "T-5");
  import_export (sender, ignored);
  g_assert_true (g_file_set_contents (notes, "not an exchange file", -1, NULL));

  init = cli_ok (fixture, "init", "--profile", "national", NULL);
  result = cli_run ("--db", fixture->db, "import", inbox, NULL);
  g_assert_cmpint (result->status, ==, 1);
  lines = g_strsplit (result->out, "\n", -1);
  /* One line per file, in the order of their names (a sender's files
   * oldest first: test-exchange-import); the subfolder and the text file
   * are not read. */
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[3], ==, "");
  g_assert_true (g_str_has_prefix (lines[0], first));
  g_assert_nonnull (strstr (lines[0], " 0 changed, 0 unchanged, 0 conflicts"));
  g_assert_true (g_str_has_prefix (lines[1], second));
  g_assert_nonnull (strstr (lines[1], "0 conflicts"));
  line0 = g_strdup_printf ("%s: refused: ", bad);
  g_assert_true (g_str_has_prefix (lines[2], line0));
  g_assert_nonnull (strstr (lines[2], "riaya-a-3-altered.xml"));
  g_assert_nonnull (strstr (result->err, "1 file of 3 was refused"));
  /* The good ones are in, the one of the subfolder is not. */
  g_assert_cmpuint (import_count_institutions (fixture->db), ==, 4);

  /* Again, for scripts: the two good files are now already imported. */
  csv_result = cli_run ("--db", fixture->db, "import", "--format", "csv", inbox, NULL);
  g_assert_cmpint (csv_result->status, ==, 1);
  csv = csv_parse_output (csv_result->out, import_columns);
  g_assert_cmpuint (csv_n_rows (csv), ==, 3);
  g_assert_cmpstr (csv_cell (csv, 2, "outcome"), ==, "refused");
  g_assert_cmpstr (csv_cell (csv, 2, "error_code"), ==, "digest");
  g_assert_cmpstr (csv_cell (csv, 2, "new"), ==, "");
  g_assert_cmpstr (csv_cell (csv, 0, "outcome"), ==, "unchanged");
  g_assert_cmpstr (csv_cell (csv, 0, "new"), ==, "0");
  g_assert_cmpstr (csv_cell (csv, 1, "file"), ==, second);
  g_assert_cmpstr (csv_cell (csv, 1, "missing_from"), ==, "");
  python = import_python ("import csv, sys\n"
                          "rows = list(csv.reader(sys.stdin))\n"
                          "assert rows[0][0] == 'file' and len(rows) == 4, rows\n"
                          "assert all(len(r) == len(rows[0]) for r in rows)\n"
                          "print(','.join(r[1] for r in rows[1:]))\n",
                          csv_result->out);
  g_assert_cmpstr (python, ==, "unchanged,unchanged,refused\n");

  json_result = cli_run ("--db", fixture->db, "import", "--format", "json", inbox, NULL);
  g_assert_cmpint (json_result->status, ==, 1);
  json = json_parse_output (json_result->out);
  g_assert_cmpint (test_json_get_int (json, "refused"), ==, 1);
  g_assert_cmpstr (test_json_get_string (test_json_index (test_json_get (json, "files"), 2), "error_code"), ==, "digest");
  g_clear_pointer (&python, g_free);
  python = import_python ("import json, sys\n"
                          "d = json.load(sys.stdin)\n"
                          "print(d['refused'], ' '.join(f['outcome'] for f in d['files']), d['dry_run'])\n",
                          json_result->out);
  g_assert_cmpstr (python, ==, "1 unchanged unchanged refused False\n");
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *sender = sender_db (fixture);
  g_autofree char *file = cli_fixture_path (fixture, "file.xml");
  g_autofree char *init = NULL;
  g_autofree char *dry = NULL;
  g_autofree char *real = NULL;
  g_autofree char *state = NULL;
  g_autofree char *state_after = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *trimmed = NULL;

  import_make_sender (sender);
  import_export (sender, file);
  init = cli_ok (fixture, "init", "--profile", "national", NULL);

  state = import_db_state (fixture->db);
  dry = cli_ok (fixture, "import", "--dry-run", file, NULL);
  g_assert_true (g_str_has_suffix (dry, " (dry run: nothing was written)\n"));
  state_after = import_db_state (fixture->db);
  g_assert_cmpstr (state_after, ==, state);
  g_assert_cmpuint (import_count_institutions (fixture->db), ==, 0);

  /* The real import does what the dry run said. */
  real = cli_ok (fixture, "import", file, NULL);
  g_assert_true (g_str_has_suffix (real, " 0 conflicts\n"));
  trimmed = g_strndup (real, strlen (real) - 1);
  expected = g_strconcat (trimmed, " (dry run: nothing was written)\n", NULL);
  g_assert_cmpstr (dry, ==, expected);
  g_assert_cmpuint (import_count_institutions (fixture->db), ==, 3);
}

static void
test_validate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *sender = sender_db (fixture);
  g_autofree char *file = cli_fixture_path (fixture, "file.xml");
  g_autofree char *bad = cli_fixture_path (fixture, "bad.xml");
  g_autofree char *nowhere = cli_fixture_path (fixture, "nowhere.db");
  g_autofree char *expected = NULL;
  g_autoptr(CliResult) good = NULL;
  g_autoptr(CliResult) refused = NULL;
  const char *args[] = { "validate", file, NULL };

  import_make_sender (sender);
  import_export (sender, file);
  write_altered_copy (file, bad);

  /* No database needed, none made. */
  good = cli_runv_full (NULL, nowhere, args);
  g_assert_cmpint (good->status, ==, 0);
  g_assert_true (g_str_has_prefix (good->out, file));
  g_assert_nonnull (strstr (good->out, ": valid, "));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  refused = cli_run ("--db", nowhere, "validate", bad, file, NULL);
  g_assert_cmpint (refused->status, ==, 1);
  expected = g_strdup_printf ("%s: refused: ", bad);
  g_assert_true (g_str_has_prefix (refused->out, expected));
  g_assert_nonnull (strstr (refused->err, "1 file of 2 is not a valid exchange file"));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
}

static void
test_help (void)
{
  /* The columns for scripts, in --help as in the man page. */
  for (guint i = 0; i < 2; i++)
    {
      const char *command = i == 0 ? "import" : "validate";
      g_autoptr(CliResult) help = cli_run (command, "--help", NULL);

      g_assert_cmpint (help->status, ==, 0);
      g_assert_nonnull (strstr (help->out, "the columns file,outcome,new,changed,unchanged,conflicts,"
                                "missing_from,missing_to,error_code,message,records,ignored;"));
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_set_program (argv[1]);

  FIXTURE_TEST ("/cli/import/reimport-same-file", test_reimport_same_file);
  FIXTURE_TEST ("/cli/import/older-sequence", test_older_sequence);
  FIXTURE_TEST ("/cli/import/gap", test_gap);
  FIXTURE_TEST ("/cli/import/folder", test_folder);
  FIXTURE_TEST ("/cli/import/dry-run", test_dry_run);
  FIXTURE_TEST ("/cli/import/validate", test_validate);
  g_test_add_func ("/cli/import/help", test_help);

  status = g_test_run ();
  cli_clean_up ();
  return status;
}
