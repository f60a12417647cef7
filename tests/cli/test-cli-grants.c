/* test-cli-grants.c — the Entraide Nationale's grants through riaya-cli
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built riaya-cli on a national database of three institutions
 * (cli_make_registry: T-1, a student house licensed 2019-09-01; T-2, a
 * home for the elderly licensed 2010-03-15; T-3, a kafala home licensed
 * 2021-06-01): records grants with tranches and justification, lists and
 * shows them, and checks every refusal of the issue — exit status, a
 * message naming the problem, the database unchanged. Every date is fixed
 * and in the past.
 */

#include "config.h"

#include <string.h>

#include "cli-test-output.h"
#include "cli-test-util.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define refuse(fixture, status, needles, ...) \
  g_free (cli_refuse_lang (fixture, NULL, status, needles, __VA_ARGS__))

static const char * const list_columns[] = {
  "uuid", "institution_uuid", "licence", "institution", "province_code", "year", "kind",
  "amount", "paid", "remaining", "justification", "justification_due", "status", NULL,
};

static const char * const tranche_columns[] = {
  "uuid", "due_on", "amount", "paid_on", "overdue", NULL,
};

/* Runs riaya-cli and returns the UUID it printed alone on its line. */
static char *
cli_uuid (Fixture    *fixture,
          const char *first_arg,
          ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(CliResult) result = NULL;
  va_list ap;

  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, fixture->db);
  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  result = cli_runv (NULL, (const char * const *) args->pdata);
  if (result->status != 0)
    g_error ("riaya-cli %s failed (%d): %s", first_arg, result->status, result->err);
  g_assert_cmpstr (result->err, ==, "");

  return g_strdup (cli_take_uuid (result->out));
}

static void
test_help (void)
{
  static const struct
  {
    const char *command;
    const char *texts[6];
  } helps[] = {
    { "add", { "riaya-cli grant add", "INSTITUTION", "--amount", "--tranche", "50,000 DH", "--convention" } },
    { "tranche", { "riaya-cli grant tranche", "--due", "--amount", "--paid", "INSTITUTION:YEAR", "TRANCHE" } },
    { "justify", { "riaya-cli grant justify", "--due", "--received", "--approved", "--rejected", "--reason" } },
    { "list", { "riaya-cli grant list", "--year", "--region", "--province", "--late", "--format" } },
    { "show", { "riaya-cli grant show", "GRANT", "tranche", "--format", "INSTITUTION:YEAR", "json" } },
  };
  g_autoptr(CliResult) top = cli_run ("--help", NULL);
  g_autoptr(CliResult) group = cli_run ("grant", "--help", NULL);

  g_assert_cmpint (top->status, ==, 0);
  g_assert_nonnull (strstr (top->out, "grant"));

  g_assert_cmpint (group->status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (helps); i++)
    g_assert_nonnull (strstr (group->out, helps[i].command));

  for (guint i = 0; i < G_N_ELEMENTS (helps); i++)
    {
      g_autoptr(CliResult) help = cli_run ("grant", helps[i].command, "--help", NULL);

      g_assert_cmpint (help->status, ==, 0);
      for (guint t = 0; t < G_N_ELEMENTS (helps[i].texts); t++)
        if (strstr (help->out, helps[i].texts[t]) == NULL)
          g_error ("grant %s --help does not say “%s”:\n%s", helps[i].command, helps[i].texts[t], help->out);
    }
}

/* add with tranches, list, show; then a tranche added and one paid, and
 * the justification through to approval. */
static void
test_grant_lifecycle (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *grant = NULL;
  g_autofree char *tranche = NULL;
  g_autofree char *first_tranche = NULL;
  g_autofree char *csv_text = NULL;
  g_autofree char *show_csv_text = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *table = NULL;
  g_autofree char *show = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Csv) csv = NULL;
  g_autoptr(Csv) tranches = NULL;
  g_autoptr(TestJson) json = NULL;
  TestJson *list;

  cli_make_registry (fixture);

  grant = cli_uuid (fixture, "grant", "add", "T-1", "--year", "2023", "--amount", "150000.00",
                    "--kind", "running-costs", "--basis", "Annual running costs, 40 pupils",
                    "--decided", "2023-02-15", "--convention", "CONV-2023-017", "--convention-date", "2023-02-20",
                    "--tranche", "2023-03-31:75000:2023-04-03", "--tranche", "2023-09-30:50000", NULL);

  /* One line per grant, amounts with two decimals. */
  csv_text = cli_ok (fixture, "grant", "list", "--format", "csv", NULL);
  csv = csv_parse_output (csv_text, list_columns);
  g_assert_cmpuint (csv_n_rows (csv), ==, 1);
  g_assert_cmpstr (csv_cell (csv, 0, "uuid"), ==, grant);
  g_assert_cmpstr (csv_cell (csv, 0, "licence"), ==, "T-1");
  g_assert_cmpstr (csv_cell (csv, 0, "province_code"), ==, "01.511");
  g_assert_cmpstr (csv_cell (csv, 0, "year"), ==, "2023");
  g_assert_cmpstr (csv_cell (csv, 0, "kind"), ==, "running-costs");
  g_assert_cmpstr (csv_cell (csv, 0, "amount"), ==, "150000.00");
  g_assert_cmpstr (csv_cell (csv, 0, "paid"), ==, "75000.00");
  g_assert_cmpstr (csv_cell (csv, 0, "remaining"), ==, "75000.00");
  g_assert_cmpstr (csv_cell (csv, 0, "justification"), ==, "not-asked");
  /* The second tranche was due on 2023-09-30 and is unpaid: late. */
  g_assert_cmpstr (csv_cell (csv, 0, "status"), ==, "late");

  /* The tranches, each with its id. */
  show_csv_text = cli_ok (fixture, "grant", "show", grant, "--format", "csv", NULL);
  tranches = csv_parse_output (show_csv_text, tranche_columns);
  g_assert_cmpuint (csv_n_rows (tranches), ==, 2);
  g_assert_cmpstr (csv_cell (tranches, 0, "due_on"), ==, "2023-03-31");
  g_assert_cmpstr (csv_cell (tranches, 0, "amount"), ==, "75000.00");
  g_assert_cmpstr (csv_cell (tranches, 0, "paid_on"), ==, "2023-04-03");
  g_assert_cmpstr (csv_cell (tranches, 0, "overdue"), ==, "no");
  g_assert_cmpstr (csv_cell (tranches, 1, "paid_on"), ==, "");
  g_assert_cmpstr (csv_cell (tranches, 1, "overdue"), ==, "yes");
  first_tranche = g_strdup (csv_cell (tranches, 1, "uuid"));
  g_assert_true (g_uuid_string_is_valid (first_tranche));

  /* A third tranche, named by INSTITUTION:YEAR; then the second paid. */
  tranche = cli_uuid (fixture, "grant", "tranche", "T-1:2023", "--due", "2023-12-31", "--amount", "25000", NULL);
  g_assert_cmpstr (tranche, !=, first_tranche);
  out = cli_ok (fixture, "grant", "tranche", first_tranche, "--paid", "2023-10-05", NULL);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  /* The same payment again changes nothing. */
  out = cli_ok (fixture, "grant", "tranche", first_tranche, "--paid", "2023-10-05", NULL);
  g_clear_pointer (&out, g_free);
  out = cli_ok (fixture, "grant", "tranche", tranche, "--paid", "2024-01-10", NULL);
  g_clear_pointer (&out, g_free);

  /* The justification: due, received, approved. */
  out = cli_ok (fixture, "grant", "justify", grant, "--due", "2024-03-31", NULL);
  g_clear_pointer (&out, g_free);
  out = cli_ok (fixture, "grant", "justify", "T-1:2023", "--received", "2024-03-20", NULL);
  g_clear_pointer (&out, g_free);

  json_text = cli_ok (fixture, "grant", "show", "T-1:2023", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (json, "uuid"), ==, grant);
  g_assert_cmpstr (test_json_get_string (json, "amount"), ==, "150000.00");
  g_assert_cmpstr (test_json_get_string (json, "paid"), ==, "150000.00");
  g_assert_cmpstr (test_json_get_string (json, "remaining"), ==, "0.00");
  g_assert_cmpstr (test_json_get_string (json, "scheduled"), ==, "150000.00");
  g_assert_cmpstr (test_json_get_string (json, "convention_ref"), ==, "CONV-2023-017");
  g_assert_cmpstr (test_json_get_string (json, "convention_date"), ==, "2023-02-20");
  g_assert_cmpstr (test_json_get_string (json, "decided_on"), ==, "2023-02-15");
  g_assert_cmpstr (test_json_get_string (json, "basis"), ==, "Annual running costs, 40 pupils");
  g_assert_cmpstr (test_json_get_string (json, "justification"), ==, "received");
  g_assert_cmpstr (test_json_get_string (json, "justification_received"), ==, "2024-03-20");
  g_assert_cmpstr (test_json_get_string (json, "status"), ==, "open");
  g_assert_cmpuint (test_json_length (test_json_get (json, "tranches")), ==, 3);
  g_clear_pointer (&json, test_json_free);
  g_clear_pointer (&json_text, g_free);

  out = cli_ok (fixture, "grant", "justify", grant, "--approved", "2024-04-02", NULL);
  g_clear_pointer (&out, g_free);

  json_text = cli_ok (fixture, "grant", "list", "--format", "json", NULL);
  json = json_parse_output (json_text);
  list = test_json_get (json, "grants");
  g_assert_cmpuint (test_json_length (list), ==, 1);
  g_assert_cmpstr (test_json_get_string (test_json_index (list, 0), "justification"), ==, "approved");
  g_assert_cmpstr (test_json_get_string (test_json_index (list, 0), "status"), ==, "closed");
  g_assert_cmpstr (test_json_get_string (test_json_get (json, "total"), "amount"), ==, "150000.00");
  g_assert_cmpint (test_json_get_int (test_json_get (json, "total"), "late"), ==, 0);

  /* For people: names and labels, digit groups, the totals line. */
  table = cli_ok (fixture, "grant", "list", NULL);
  for (const char * const *text = (const char *[]) {
         "Dar Taliba Assilah", "T-1", "2023", "150,000.00", "0.00", "Approved", "Closed",
         "1 grant: 150,000.00 DH granted, 150,000.00 DH paid, 0.00 DH still to pay.", NULL };
       *text; text++)
    if (strstr (table, *text) == NULL)
      g_error ("grant list does not show “%s”:\n%s", *text, table);

  show = cli_ok (fixture, "grant", "show", grant, NULL);
  for (const char * const *text = (const char *[]) {
         grant, "CONV-2023-017", "150,000.00 DH", "2024-04-02", "2023-04-03", "2023-10-05", "25,000.00",
         tranche, NULL };
       *text; text++)
    if (strstr (show, *text) == NULL)
      g_error ("grant show does not show “%s”:\n%s", *text, show);
}

/* A rejected justification is still owed, and late once past due. */
static void
test_justification_rejected (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *grant = NULL;
  g_autofree char *out = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *late_text = NULL;
  g_autoptr(TestJson) json = NULL;
  g_autoptr(Csv) late = NULL;

  cli_make_registry (fixture);
  grant = cli_uuid (fixture, "grant", "add", "T-2", "--year", "2022", "--amount", "40000", "--kind", "equipment", NULL);
  out = cli_ok (fixture, "grant", "justify", grant, "--due", "2023-03-31", "--received", "2023-03-01",
                "--rejected", "2023-03-15", "--reason", "Invoices missing", NULL);

  json_text = cli_ok (fixture, "grant", "show", grant, "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (json, "kind"), ==, "equipment");
  g_assert_cmpstr (test_json_get_string (json, "justification"), ==, "rejected");
  g_assert_cmpstr (test_json_get_string (json, "rejection_reason"), ==, "Invoices missing");
  g_assert_cmpstr (test_json_get_string (json, "status"), ==, "late");

  /* --late lists it; after approval it is no longer late. */
  late_text = cli_ok (fixture, "grant", "list", "--late", "--format", "csv", NULL);
  late = csv_parse_output (late_text, list_columns);
  g_assert_cmpuint (csv_n_rows (late), ==, 1);
  g_assert_cmpstr (csv_cell (late, 0, "justification"), ==, "rejected");
  g_clear_pointer (&late, csv_free);
  g_clear_pointer (&late_text, g_free);

  g_clear_pointer (&out, g_free);
  out = cli_ok (fixture, "grant", "justify", grant, "--received", "2023-05-02", "--approved", "2023-05-10", NULL);
  late_text = cli_ok (fixture, "grant", "list", "--late", "--format", "csv", NULL);
  late = csv_parse_output (late_text, list_columns);
  g_assert_cmpuint (csv_n_rows (late), ==, 0);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Filters by year, region, province, type and institution. */
static void
test_list_filters (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct
  {
    const char *args[3];
    const char *licences;
  } filters[] = {
    { { NULL }, "T-1 T-1 T-2 T-3" },
    { { "--year", "2022", NULL }, "T-1 T-2" },
    { { "--region", "03", NULL }, "T-2" },
    { { "--province", "04.441", NULL }, "T-3" },
    { { "--type", "student-house", NULL }, "T-1 T-1" },
    { { "--institution", "T-2", NULL }, "T-2" },
    { { "--late", NULL }, "T-3" },
    { { "--year", "2019", NULL }, "" },
  };
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *json_text = NULL;
  g_autoptr(TestJson) json = NULL;

  cli_make_registry (fixture);
  a = cli_uuid (fixture, "grant", "add", "T-1", "--year", "2022", "--amount", "30000", NULL);
  b = cli_uuid (fixture, "grant", "add", "T-1", "--year", "2023", "--amount", "35000", NULL);
  c = cli_uuid (fixture, "grant", "add", "T-2", "--year", "2022", "--amount", "20000.50", NULL);
  d = cli_uuid (fixture, "grant", "add", "T-3", "--year", "2023", "--amount", "10000",
                "--tranche", "2023-06-30:10000", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autoptr(CliResult) result = NULL;
      g_autofree char *licences = NULL;

      g_ptr_array_add (args, "--db");
      g_ptr_array_add (args, fixture->db);
      g_ptr_array_add (args, "grant");
      g_ptr_array_add (args, "list");
      for (guint a_ = 0; filters[i].args[a_] != NULL; a_++)
        g_ptr_array_add (args, (gpointer) filters[i].args[a_]);
      g_ptr_array_add (args, "--format");
      g_ptr_array_add (args, "csv");
      g_ptr_array_add (args, NULL);

      result = cli_runv (NULL, (const char * const *) args->pdata);
      g_assert_cmpint (result->status, ==, 0);
      {
        g_autoptr(Csv) csv = csv_parse_output (result->out, list_columns);
        g_autoptr(GPtrArray) found = g_ptr_array_new ();

        for (guint r = 0; r < csv_n_rows (csv); r++)
          g_ptr_array_add (found, (gpointer) csv_cell (csv, r, "licence"));
        g_ptr_array_sort (found, compare_strings);
        g_ptr_array_add (found, NULL);
        licences = g_strjoinv (" ", (char **) found->pdata);
      }
      if (g_strcmp0 (licences, filters[i].licences) != 0)
        g_error ("grant list %s: “%s”, expected “%s”", filters[i].args[0] ? filters[i].args[0] : "",
                 licences, filters[i].licences);
    }

  /* Totals are exact: 95,000.50 granted. */
  json_text = cli_ok (fixture, "grant", "list", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (test_json_get (json, "total"), "amount"), ==, "95000.50");
  g_assert_cmpstr (test_json_get_string (test_json_get (json, "total"), "paid"), ==, "0.00");
  g_assert_cmpint (test_json_get_int (test_json_get (json, "total"), "grants"), ==, 4);
  g_assert_cmpint (test_json_get_int (test_json_get (json, "total"), "late"), ==, 1);

  empty = cli_ok (fixture, "grant", "list", "--year", "2019", NULL);
  g_assert_cmpstr (empty, ==, "No grant matches.\n");

  refuse (fixture, 1, "99", "grant", "list", "--region", "99", NULL);
  refuse (fixture, 1, "09.999", "grant", "list", "--province", "09.999", NULL);
  refuse (fixture, 1, "orphanage", "grant", "list", "--type", "orphanage", NULL);
  refuse (fixture, 1, "T-9", "grant", "list", "--institution", "T-9", NULL);
  refuse (fixture, 1, "twenty", "grant", "list", "--year", "twenty", NULL);
  refuse (fixture, 2, "table, csv or json", "grant", "list", "--format", "xlsx", NULL);
}

/* Amounts up to ten billion dirhams each, summed without overflow nor
 * rounding: three grants of 9,000,000,000.00 DH. */
static void
test_large_sums (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *json_text = NULL;
  g_autofree char *table = NULL;
  g_autoptr(TestJson) json = NULL;

  cli_make_registry (fixture);
  for (guint i = 0; i < 3; i++)
    {
      const char *licence = (const char *[]) { "T-1", "T-2", "T-3" }[i];
      g_autofree char *grant = cli_uuid (fixture, "grant", "add", licence, "--year", "2024",
                                         "--amount", "9000000000.00", "--convention", "CONV-BIG", NULL);
    }

  json_text = cli_ok (fixture, "grant", "list", "--year", "2024", "--format", "json", NULL);
  json = json_parse_output (json_text);
  g_assert_cmpstr (test_json_get_string (test_json_get (json, "total"), "amount"), ==, "27000000000.00");
  g_assert_cmpstr (test_json_get_string (test_json_get (json, "total"), "remaining"), ==, "27000000000.00");

  table = cli_ok (fixture, "grant", "list", "--year", "2024", NULL);
  g_assert_nonnull (strstr (table, "3 grants: 27,000,000,000.00 DH granted"));

  /* More than ten billion in one grant is refused. */
  refuse (fixture, 1, "10000000000.01", "grant", "add", "T-1", "--year", "2024",
          "--amount", "10000000000.01", "--convention", "CONV-BIG", NULL);
}

/* The issue's “Bad input” list, and the command line's own: each refused
 * with its exit status and a sentence naming the problem, nothing
 * written. */
static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *grant = NULL;
  g_autofree char *paid_tranche = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Csv) tranches = NULL;
  g_autofree char *tranches_text = NULL;

  cli_make_registry (fixture);
  /* T-2 withdrawn in 2016, reopened in 2018: not in force in 2017. */
  out = cli_ok (fixture, "licence", "event", "T-2", "--kind", "withdrawn", "--date", "2016-05-01", NULL);
  g_clear_pointer (&out, g_free);
  out = cli_ok (fixture, "licence", "event", "T-2", "--kind", "reopened", "--date", "2018-02-01", NULL);
  g_clear_pointer (&out, g_free);

  grant = cli_uuid (fixture, "grant", "add", "T-1", "--year", "2023", "--amount", "40000",
                    "--decided", "2023-02-01", "--tranche", "2023-03-31:30000:2023-04-02", NULL);

  /* Amounts. */
  refuse (fixture, 1, "zero", "grant", "add", "T-1", "--year", "2024", "--amount", "0", NULL);
  refuse (fixture, 1, "zero", "grant", "add", "T-1", "--year", "2024", "--amount", "0.00", NULL);
  refuse (fixture, 1, "-500|negative", "grant", "add", "T-1", "--year", "2024", "--amount", "-500", NULL);
  refuse (fixture, 1, "1500.255|two decimals", "grant", "add", "T-1", "--year", "2024", "--amount", "1500.255", NULL);
  refuse (fixture, 1, "1 500,25", "grant", "add", "T-1", "--year", "2024", "--amount", "1 500,25", NULL);
  refuse (fixture, 1, "two decimals", "grant", "tranche", grant, "--due", "2023-12-31", "--amount", "10.001", NULL);
  refuse (fixture, 1, "zero", "grant", "add", "T-1", "--year", "2024", "--amount", "100",
          "--tranche", "2024-03-31:0", NULL);

  /* Tranches summing to more than the grant, at creation and later. */
  refuse (fixture, 1, "more than the|40,000.00 DH|50,000.00 DH", "grant", "add", "T-1", "--year", "2024",
          "--amount", "40000", "--tranche", "2024-03-31:30000", "--tranche", "2024-09-30:20000", NULL);
  refuse (fixture, 1, "more than the|40,000.00 DH", "grant", "tranche", grant,
          "--due", "2023-12-31", "--amount", "10000.01", NULL);
  refuse (fixture, 1, "DUE:AMOUNT", "grant", "add", "T-1", "--year", "2024", "--amount", "100",
          "--tranche", "2024-03-31", NULL);

  /* A licence not in force that year: before it was granted, and while
   * withdrawn (Law 65.15 art. 17). */
  refuse (fixture, 1, "2021-06-01|2020", "grant", "add", "T-3", "--year", "2020", "--amount", "10000", NULL);
  refuse (fixture, 1, "not in force|2017", "grant", "add", "T-2", "--year", "2017", "--amount", "10000", NULL);

  /* Above 50,000 DH, a convention (circular 7/2003). */
  refuse (fixture, 1, "50,000 DH|convention", "grant", "add", "T-1", "--year", "2024", "--amount", "50000.01", NULL);

  /* An approval before receipt; a rejection without its reason. */
  refuse (fixture, 1, "2024-04-01|before it was received|2024-04-10", "grant", "justify", grant,
          "--due", "2024-03-31", "--received", "2024-04-10", "--approved", "2024-04-01", NULL);
  refuse (fixture, 1, "approved or rejected only once received", "grant", "justify", grant,
          "--due", "2024-03-31", "--approved", "2024-04-01", NULL);
  refuse (fixture, 1, "reason", "grant", "justify", grant,
          "--due", "2024-03-31", "--received", "2024-03-10", "--rejected", "2024-04-01", NULL);

  /* A payment before the decision: at creation, on a new tranche, on an
   * existing one. */
  refuse (fixture, 1, "2024-01-15|before the grant was decided|2024-02-01", "grant", "add", "T-1", "--year", "2024",
          "--amount", "10000", "--decided", "2024-02-01", "--tranche", "2024-03-01:1000:2024-01-15", NULL);
  refuse (fixture, 1, "2023-01-20|before the grant was decided", "grant", "tranche", grant,
          "--due", "2023-12-31", "--amount", "1000", "--paid", "2023-01-20", NULL);
  tranches_text = cli_ok (fixture, "grant", "show", grant, "--format", "csv", NULL);
  tranches = csv_parse_output (tranches_text, tranche_columns);
  paid_tranche = g_strdup (csv_cell (tranches, 0, "uuid"));
  refuse (fixture, 1, "already recorded as paid on 2023-04-02", "grant", "tranche", paid_tranche,
          "--paid", "2023-05-01", NULL);

  /* Dates in the future, malformed dates and years. */
  refuse (fixture, 1, "2999-01-01|future", "grant", "add", "T-1", "--year", "2024", "--amount", "100",
          "--decided", "2999-01-01", NULL);
  refuse (fixture, 1, "2024-02-30", "grant", "add", "T-1", "--year", "2024", "--amount", "100",
          "--decided", "2024-02-30", NULL);
  refuse (fixture, 1, "2999", "grant", "add", "T-1", "--year", "2999", "--amount", "100", NULL);
  refuse (fixture, 1, "24x", "grant", "add", "T-1", "--year", "24x", "--amount", "100", NULL);
  refuse (fixture, 1, "donation|running-costs", "grant", "add", "T-1", "--year", "2024", "--amount", "100",
          "--kind", "donation", NULL);

  /* What the grant or institution names does not exist. */
  refuse (fixture, 1, "T-9", "grant", "add", "T-9", "--year", "2024", "--amount", "100", NULL);
  refuse (fixture, 1, "T-2|no grant for 2023", "grant", "justify", "T-2:2023", "--due", "2024-03-31", NULL);
  refuse (fixture, 1, "00000000-0000-4000-8000-000000000000", "grant", "show",
          "00000000-0000-4000-8000-000000000000", NULL);
  refuse (fixture, 1, "00000000-0000-4000-8000-000000000000|--due", "grant", "tranche",
          "00000000-0000-4000-8000-000000000000", "--paid", "2024-01-01", NULL);
  refuse (fixture, 1, "INSTITUTION:YEAR", "grant", "show", "something", NULL);

  /* Usage errors: exit status 2. */
  refuse (fixture, 2, "--year", "grant", "add", "T-1", "--amount", "100", NULL);
  refuse (fixture, 2, "--amount", "grant", "add", "T-1", "--year", "2024", NULL);
  refuse (fixture, 2, "institution", "grant", "add", "--year", "2024", "--amount", "100", NULL);
  refuse (fixture, 2, "--approved|--rejected", "grant", "justify", grant,
          "--approved", "2024-04-01", "--rejected", "2024-04-01", NULL);
  refuse (fixture, 2, "--reason", "grant", "justify", grant, "--due", "2024-03-31", "--reason", "x", NULL);
  refuse (fixture, 2, "--due", "grant", "justify", grant, "--received", "2024-03-10", NULL);
  refuse (fixture, 2, "--amount", "grant", "tranche", grant, "--due", "2024-03-31", NULL);
  refuse (fixture, 2, "--paid", "grant", "tranche", grant, NULL);
  refuse (fixture, 2, "cancel", "grant", "cancel", grant, NULL);

  /* In a database that does not exist, nothing is created. */
  {
    g_autofree char *missing = cli_fixture_path (fixture, "missing.db");
    g_autoptr(CliResult) result = cli_run ("--db", missing, "grant", "add", "T-1", "--year", "2024",
                                           "--amount", "100", NULL);

    g_assert_cmpint (result->status, ==, 1);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

/* The refusals are translated where they are made: the core's sentence
 * (a convention above 50,000 DH) and the command line's (an unknown kind).
 * These fail until po/fr.po and po/ar.po translate them. */
static void
assert_translated (Fixture    *fixture,
                   const char *language,
                   const char *convention_word,
                   const char *kind_word)
{
  g_autofree char *english = NULL;
  g_autofree char *translated = NULL;
  g_autofree char *english_kind = NULL;
  g_autofree char *translated_kind = NULL;

  cli_make_registry (fixture);

  english = cli_refuse_lang (fixture, NULL, 1, "7/2003",
                             "grant", "add", "T-1", "--year", "2024", "--amount", "60000", NULL);
  translated = cli_refuse_lang (fixture, language, 1, "7/2003",
                                "grant", "add", "T-1", "--year", "2024", "--amount", "60000", NULL);
  if (strstr (translated, convention_word) == NULL || g_str_equal (translated, english))
    g_test_fail_printf ("LANGUAGE=%s: “%s” missing from: %s", language, convention_word, translated);

  english_kind = cli_refuse_lang (fixture, NULL, 1, "donation|running-costs",
                                  "grant", "add", "T-1", "--year", "2024", "--amount", "100", "--kind", "donation", NULL);
  translated_kind = cli_refuse_lang (fixture, language, 1, "donation|running-costs",
                                     "grant", "add", "T-1", "--year", "2024", "--amount", "100", "--kind", "donation", NULL);
  if (strstr (translated_kind, kind_word) == NULL || g_str_equal (translated_kind, english_kind))
    g_test_fail_printf ("LANGUAGE=%s: “%s” missing from: %s", language, kind_word, translated_kind);
}

static void
test_translated_fr (Fixture       *fixture,
                    gconstpointer  data)
{
  assert_translated (fixture, "fr", "convention", "subvention");
}

static void
test_translated_ar (Fixture       *fixture,
                    gconstpointer  data)
{
  /* اتفاقية: convention; منح: the stem of منحة (grant). */
  assert_translated (fixture, "ar", "اتفاقية", "منح");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    g_error ("usage: %s PATH-TO-riaya-cli", argv[0]);
  cli_set_program (argv[1]);

  g_test_add_func ("/cli/grants/help", test_help);
  FIXTURE_TEST ("/cli/grants/lifecycle", test_grant_lifecycle);
  FIXTURE_TEST ("/cli/grants/justification-rejected", test_justification_rejected);
  FIXTURE_TEST ("/cli/grants/list-filters", test_list_filters);
  FIXTURE_TEST ("/cli/grants/large-sums", test_large_sums);
  FIXTURE_TEST ("/cli/grants/refusals", test_refusals);
  FIXTURE_TEST ("/cli/grants/translated/fr", test_translated_fr);
  FIXTURE_TEST ("/cli/grants/translated/ar", test_translated_ar);

  status = g_test_run ();
  cli_clean_up ();

  return status;
}
