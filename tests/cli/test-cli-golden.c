/* test-cli-golden.c — the golden exchange files import, and export again
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/exchange/valid/ keeps files written by Riaya 0.5 for ever
 * (exchange.md "Compatibility"; README.md there). Each is imported into
 * an empty database of the profile that receives such a file, then
 * exported again for the same period and institutions, and the two
 * files must be equal.
 *
 * Equal means: the bodies are the same bytes once the values of the
 * updated and recorded attributes are set aside, and the headers' period
 * and counts are the same. Those two instants say, by the format's own
 * definition (docs/exchange-format.md), when a record last changed or
 * was recorded "in the producer's database": the database that exports
 * again is the producer of the new file, and the store stamps what it
 * takes in with its own time. The header's producer, sequence, created
 * and digest differ for the same reason (the digest covers the
 * instants). Everything else must come back as it was written:
 * byte-equal bodies rather than equal sets of records, because the body
 * is what other programs parse — the order of records and attributes,
 * text with its line breaks, what is left out when empty are all part of
 * what a file of version 1.0 is, and an import that lost or reshaped
 * anything shows here as the line where the files part.
 */

#include "config.h"

#include <string.h>

#include "import-test-util.h"

typedef struct
{
  const char *file;
  const char *profile;     /* of the database that receives it */
  const char *province;    /* a delegate's */
  const char *export_args; /* what to export again, space-separated */
} Golden;

static const Golden goldens[] = {
  /* A director's file goes to the delegate of its province. */
  { "director.xml", "delegate", "03.531", "--province 03.531" },
  /* With its register, only another director's database keeps it. */
  { "director-register.xml", "director", NULL, "--institution GOLD-1 --with-register" },
  { "delegate.xml", "national", NULL, "--province 03.531" },
  { "national.xml", "national", NULL, "--all" },
};

static char *
golden_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "exchange", "valid", name, NULL);
}

/* The text between @open (included) and @close (included), or NULL. */
static char *
dup_between (const char *text,
             const char *open,
             const char *close)
{
  const char *start = strstr (text, open);
  const char *end = start != NULL ? strstr (start, close) : NULL;

  if (end == NULL)
    return NULL;

  return g_strndup (start, end + strlen (close) - start);
}

static char *
dup_attribute (const char *element,
               const char *name)
{
  g_autofree char *key = g_strdup_printf (" %s=\"", name);
  const char *start = strstr (element, key);
  const char *end;

  g_assert_nonnull (start);
  start += strlen (key);
  end = strchr (start, '"');
  g_assert_nonnull (end);

  return g_strndup (start, end - start);
}

/* @body with the value of every updated="…" and recorded="…" replaced
 * by "*". */
static char *
set_instants_aside (const char *body)
{
  g_autoptr(GRegex) regex = g_regex_new (" (updated|recorded)=\"[^\"]*\"", 0, 0, NULL);

  return g_regex_replace (regex, body, -1, 0, " \\1=\"*\"", 0, NULL);
}

/* Fails with the first line where @expected and @actual part. */
static void
assert_same_text (const char *what,
                  const char *expected,
                  const char *actual)
{
  g_auto(GStrv) a = NULL;
  g_auto(GStrv) b = NULL;

  if (g_strcmp0 (expected, actual) == 0)
    return;

  a = g_strsplit (expected, "\n", -1);
  b = g_strsplit (actual, "\n", -1);
  for (guint i = 0; a[i] != NULL || b[i] != NULL; i++)
    if (a[i] == NULL || b[i] == NULL || !g_str_equal (a[i], b[i]))
      {
        /* One line: TAP reads the message. */
        g_test_fail_printf ("%s: the files part at line %u of the body: golden “%s”, exported again “%s”",
                            what, i + 1, a[i] != NULL ? g_strstrip (a[i]) : "(end)",
                            b[i] != NULL ? g_strstrip (b[i]) : "(end)");
        return;
      }
}

static void
test_round_trip (CliFixture    *fixture,
                 gconstpointer  data)
{
  const Golden *golden = data;
  g_autofree char *path = golden_path (golden->file);
  g_autofree char *again = cli_fixture_path (fixture, golden->file);
  const char *db = fixture->db;
  g_autofree char *original = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *body = NULL;
  g_autofree char *body_again = NULL;
  g_autofree char *period = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *init = NULL;
  g_autofree char *out = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_again = NULL;
  g_autofree char *producer = NULL;
  g_autofree char *producer_again = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(CliResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) export_args = g_strsplit (golden->export_args, " ", -1);

  /* Kept for ever: a missing one is a failure, never a skip. */
  g_file_get_contents (path, &original, NULL, &error);
  g_assert_no_error (error);

  if (golden->province != NULL)
    init = import_ok (db, "init", "--profile", golden->profile, "--province", golden->province, NULL);
  else
    init = import_ok (db, "init", "--profile", golden->profile, NULL);
  out = import_ok (db, "import", path, NULL);
  g_assert_nonnull (strstr (out, " 0 changed, 0 unchanged, 0 conflicts"));

  period = dup_between (original, "<period ", "/>");
  g_assert_nonnull (period);
  from = dup_attribute (period, "from");
  to = dup_attribute (period, "to");

  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, (gpointer) db);
  g_ptr_array_add (args, "export");
  for (guint i = 0; export_args[i] != NULL; i++)
    g_ptr_array_add (args, export_args[i]);
  g_ptr_array_add (args, "--from");
  g_ptr_array_add (args, from);
  g_ptr_array_add (args, "--to");
  g_ptr_array_add (args, to);
  g_ptr_array_add (args, "-o");
  g_ptr_array_add (args, again);
  g_ptr_array_add (args, NULL);
  result = cli_runv (NULL, (const char * const *) args->pdata);
  if (result->status != 0)
    g_error ("export of %s failed: %s", golden->file, result->err);

  g_file_get_contents (again, &exported, NULL, &error);
  g_assert_no_error (error);

  body = dup_between (original, "<body", "</body>");
  body_again = dup_between (exported, "<body", "</body>");
  g_assert_nonnull (body);
  g_assert_nonnull (body_again);
  {
    g_autofree char *expected = set_instants_aside (body);
    g_autofree char *actual = set_instants_aside (body_again);

    g_assert_nonnull (strstr (expected, " updated=\"*\""));
    assert_same_text (golden->file, expected, actual);
  }

  {
    g_autofree char *counts = dup_between (original, "<counts ", "/>");
    g_autofree char *counts_again = dup_between (exported, "<counts ", "/>");
    g_autofree char *period_again = dup_between (exported, "<period ", "/>");

    g_assert_cmpstr (counts_again, ==, counts);
    g_assert_cmpstr (period_again, ==, period);
  }

  /* Made by another database: the header says so. */
  producer = dup_between (original, "<producer ", "/>");
  producer_again = dup_between (exported, "<producer ", "/>");
  uuid = dup_attribute (producer, "database");
  uuid_again = dup_attribute (producer_again, "database");
  g_assert_cmpstr (uuid_again, !=, uuid);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_set_program (argv[1]);

  for (guint i = 0; i < G_N_ELEMENTS (goldens); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/golden/%s", goldens[i].file);

      g_test_add (name, CliFixture, &goldens[i], cli_fixture_set_up, test_round_trip,
                  cli_fixture_tear_down);
    }

  status = g_test_run ();
  cli_clean_up ();
  return status;
}
