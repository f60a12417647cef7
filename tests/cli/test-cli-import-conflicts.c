/* test-cli-import-conflicts.c — riaya-cli conflicts list and resolve
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two grants are changed in the sender's database and, differently, in
 * the receiver's after a first exchange: the next file brings two
 * conflicts (exchange.md "Import semantics"). Neither side is
 * overwritten until someone keeps one version, one way for each grant.
 */

#include "config.h"

#include <string.h>

#include "cli-test-output.h"
#include "import-test-util.h"

typedef CliFixture Fixture;

static const char * const conflict_columns[] = {
  "id", "record_kind", "record_uuid", "record_label", "producer", "detected_at",
  "field", "local", "incoming", "differs", NULL,
};

static char *
grant_received (Fixture    *fixture,
                const char *grant)
{
  g_autofree char *text = cli_ok (fixture, "grant", "show", grant, "--format", "json", NULL);
  g_autoptr(TestJson) json = json_parse_output (text);

  return g_strdup (test_json_get_string (json, "justification_received"));
}

static char *
grant_uuid (Fixture    *fixture,
            const char *grant)
{
  g_autofree char *text = cli_ok (fixture, "grant", "show", grant, "--format", "json", NULL);
  g_autoptr(TestJson) json = json_parse_output (text);

  return g_strdup (test_json_get_string (json, "uuid"));
}

/* The id of the open conflict about the record @uuid, and checks that
 * some field of it holds @local here and @incoming in the file. */
static gint64
find_conflict (TestJson   *list,
               const char *uuid,
               const char *local,
               const char *incoming)
{
  TestJson *conflicts = test_json_get (list, "conflicts");

  for (guint i = 0; i < test_json_length (conflicts); i++)
    {
      TestJson *conflict = test_json_index (conflicts, i);
      TestJson *fields = test_json_get (conflict, "fields");
      gboolean seen = FALSE;

      if (g_strcmp0 (test_json_get_string (conflict, "record_uuid"), uuid) != 0)
        continue;
      g_assert_cmpstr (test_json_get_string (conflict, "record_kind"), ==, "grant");
      for (guint j = 0; j < test_json_length (fields); j++)
        {
          TestJson *field = test_json_index (fields, j);

          if (g_strcmp0 (test_json_get_string (field, "local"), local) == 0 &&
              g_strcmp0 (test_json_get_string (field, "incoming"), incoming) == 0)
            {
              g_assert_true (test_json_boolean (test_json_get (field, "differs")));
              seen = TRUE;
            }
        }
      g_assert_true (seen);
      return test_json_get_int (conflict, "id");
    }

  g_error ("no conflict about %s", uuid);
  return -1;
}

static void
test_conflicts (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *sender = cli_fixture_path (fixture, "sender.db");
  g_autofree char *first = cli_fixture_path (fixture, "first.xml");
  g_autofree char *second = cli_fixture_path (fixture, "second.xml");
  g_autofree char *init = NULL;
  g_autofree char *out = NULL;
  g_autofree char *g1 = NULL;
  g_autofree char *g2 = NULL;
  g_autofree char *table = NULL;
  g_autofree char *csv_text = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *state = NULL;
  g_autofree char *state_after = NULL;
  g_autofree char *id1_text = NULL;
  g_autofree char *id2_text = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *received = NULL;
  g_autofree char *none = NULL;
  g_autofree char *python = NULL;
  g_autoptr(TestJson) json = NULL;
  g_autoptr(Csv) csv = NULL;
  g_autoptr(CliResult) again = NULL;
  g_autoptr(CliResult) usage = NULL;
  gint64 id1, id2;
  guint differing = 0;

  import_make_sender (sender);
  import_export (sender, first);
  init = cli_ok (fixture, "init", "--profile", "national", NULL);
  out = cli_ok (fixture, "import", first, NULL);
  g1 = grant_uuid (fixture, "T-1:2025");
  g2 = grant_uuid (fixture, "T-2:2025");

  /* Both sides record the justification as received, on other days. */
  for (guint i = 0; i < 2; i++)
    {
      const char *grant = i == 0 ? "T-1:2025" : "T-2:2025";
      g_autofree char *there = import_ok (sender, "grant", "justify", grant, "--received", "2026-02-01", NULL);
      g_autofree char *here = cli_ok (fixture, "grant", "justify", grant, "--received", "2026-02-15", NULL);
    }
  import_export (sender, second);

  g_clear_pointer (&out, g_free);
  out = cli_ok (fixture, "import", second, NULL);
  g_assert_nonnull (strstr (out, ", 2 conflicts"));
  g_assert_nonnull (strstr (out, "riaya-cli conflicts"));
  /* Nothing overwritten. */
  received = grant_received (fixture, "T-1:2025");
  g_assert_cmpstr (received, ==, "2026-02-15");

  /* For people: both versions, field by field. */
  table = cli_ok (fixture, "conflicts", NULL);
  g_assert_nonnull (strstr (table, "Conflict "));
  g_assert_nonnull (strstr (table, "2026-02-01"));
  g_assert_nonnull (strstr (table, "2026-02-15"));
  g_assert_nonnull (strstr (table, "≠"));
  g_assert_nonnull (strstr (table, "riaya-cli conflicts resolve"));

  /* For scripts. */
  csv_text = cli_ok (fixture, "conflicts", "list", "--format", "csv", NULL);
  csv = csv_parse_output (csv_text, conflict_columns);
  for (guint i = 0; i < csv_n_rows (csv); i++)
    if (g_str_equal (csv_cell (csv, i, "differs"), "true"))
      {
        differing++;
        g_assert_cmpstr (csv_cell (csv, i, "record_kind"), ==, "grant");
      }
  g_assert_cmpuint (differing, >=, 2);
  python = import_python ("import csv, sys\n"
                          "rows = list(csv.DictReader(sys.stdin))\n"
                          "print(len({r['id'] for r in rows}))\n",
                          csv_text);
  g_assert_cmpstr (python, ==, "2\n");

  json_text = cli_ok (fixture, "conflicts", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpuint (test_json_length (test_json_get (json, "conflicts")), ==, 2);
  id1 = find_conflict (json, g1, "2026-02-15", "2026-02-01");
  id2 = find_conflict (json, g2, "2026-02-15", "2026-02-01");
  g_assert_cmpint (id1, !=, id2);
  id1_text = g_strdup_printf ("%" G_GINT64_FORMAT, id1);
  id2_text = g_strdup_printf ("%" G_GINT64_FORMAT, id2);

  /* A wrong choice is a usage error and changes nothing. */
  state = import_db_state (fixture->db);
  usage = cli_run ("--db", fixture->db, "conflicts", "resolve", id1_text, "--keep", "both", NULL);
  g_assert_cmpint (usage->status, ==, 2);
  g_assert_cmpstr (usage->out, ==, "");
  g_assert_nonnull (strstr (usage->err, "“both” is not a version"));
  state_after = import_db_state (fixture->db);
  g_assert_cmpstr (state_after, ==, state);

  /* Ours for the first grant, theirs for the second. */
  kept = cli_ok (fixture, "conflicts", "resolve", id1_text, "--keep", "local", NULL);
  g_assert_nonnull (strstr (kept, "this database's version was kept"));
  g_clear_pointer (&received, g_free);
  received = grant_received (fixture, "T-1:2025");
  g_assert_cmpstr (received, ==, "2026-02-15");

  g_clear_pointer (&kept, g_free);
  kept = cli_ok (fixture, "conflicts", "resolve", id2_text, "--keep", "incoming", NULL);
  g_assert_nonnull (strstr (kept, "the file's version was kept"));
  g_clear_pointer (&received, g_free);
  received = grant_received (fixture, "T-2:2025");
  g_assert_cmpstr (received, ==, "2026-02-01");

  none = cli_ok (fixture, "conflicts", "list", NULL);
  g_assert_cmpstr (none, ==, "No conflict is waiting for a decision.\n");

  /* A conflict closed is closed: refused, nothing written. */
  g_clear_pointer (&state, g_free);
  state = import_db_state (fixture->db);
  again = cli_run ("--db", fixture->db, "conflicts", "resolve", id1_text, "--keep", "incoming", NULL);
  g_assert_cmpint (again->status, ==, 1);
  g_assert_cmpstr (again->out, ==, "");
  g_assert_cmpstr (again->err, !=, "");
  g_clear_pointer (&state_after, g_free);
  state_after = import_db_state (fixture->db);
  g_assert_cmpstr (state_after, ==, state);
  g_clear_pointer (&received, g_free);
  received = grant_received (fixture, "T-1:2025");
  g_assert_cmpstr (received, ==, "2026-02-15");
}

/* A record made here, sent away, changed there and sent back is taken in
 * as a change: what left in the export is the version last exchanged. A
 * record changed on both sides since is still a conflict. */
static void
test_sent_and_back (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *sender = cli_fixture_path (fixture, "sender.db");
  g_autofree char *there = cli_fixture_path (fixture, "there.xml");
  g_autofree char *back = cli_fixture_path (fixture, "back.xml");
  g_autofree char *init = NULL;
  g_autofree char *out = NULL;
  g_autofree char *back_out = NULL;
  g_autofree char *received = NULL;
  g_autofree char *received_2 = NULL;

  /* The grants are made in the sender's database. */
  import_make_sender (sender);
  import_export (sender, there);
  init = cli_ok (fixture, "init", "--profile", "national", NULL);
  out = cli_ok (fixture, "import", there, NULL);

  /* Changed there only, then both there and at the sender. */
  {
    g_autofree char *one = cli_ok (fixture, "grant", "justify", "T-1:2025", "--received", "2026-02-01", NULL);
    g_autofree char *two = cli_ok (fixture, "grant", "justify", "T-2:2025", "--received", "2026-02-01", NULL);
    g_autofree char *mine = import_ok (sender, "grant", "justify", "T-2:2025", "--received", "2026-02-20", NULL);
    g_autofree char *export = cli_ok (fixture, "export", "--all", "--year", "2025", "-o", back, NULL);
  }

  back_out = import_ok (sender, "import", back, NULL);
  g_test_message ("%s", back_out);
  g_assert_nonnull (strstr (back_out, ": 0 new, 1 changed, "));
  g_assert_nonnull (strstr (back_out, " unchanged, 1 conflict;"));
  received = import_ok (sender, "grant", "show", "T-1:2025", "--format", "json", NULL);
  g_assert_nonnull (strstr (received, "\"justification_received\": \"2026-02-01\""));
  received_2 = import_ok (sender, "grant", "show", "T-2:2025", "--format", "json", NULL);
  g_assert_nonnull (strstr (received_2, "\"justification_received\": \"2026-02-20\""));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_set_program (argv[1]);

  g_test_add ("/cli/conflicts/sent-and-back", Fixture, NULL,
              cli_fixture_set_up, test_sent_and_back, cli_fixture_tear_down);
  g_test_add ("/cli/conflicts/list-and-resolve", Fixture, NULL,
              cli_fixture_set_up, test_conflicts, cli_fixture_tear_down);

  status = g_test_run ();
  cli_clean_up ();
  return status;
}
