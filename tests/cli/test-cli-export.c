/* test-cli-export.c — riaya-cli export
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exchange file written by the built riaya-cli from the demo data of
 * each profile, checked as another program would (export-check.h): the
 * published schema through xmllint, the digest, the counts. A director's
 * file holds no resident's name, CNIE, birth place, health or guardian
 * unless --with-register is given, and then all of those of the period.
 * Who may export what follows the profile; every refusal changes
 * nothing and writes no file.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-util.h"
#include "export-check.h"

typedef CliFixture Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, cli_fixture_set_up, func, cli_fixture_tear_down)

#define refuse(fixture, status, needles, ...) \
  g_free (cli_refuse_lang (fixture, NULL, status, needles, __VA_ARGS__))

/* Runs an export that must succeed quietly: exit 0, nothing on stdout,
 * nothing on stderr (not a terminal: no progress). */
static ExportFile *
export_ok (Fixture    *fixture,
           const char *name,
           ...)
{
  g_autofree char *path = cli_fixture_path (fixture, name);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(CliResult) result = NULL;
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, fixture->db);
  g_ptr_array_add (args, (gpointer) "export");
  va_start (ap, name);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, (gpointer) "-o");
  g_ptr_array_add (args, path);
  g_ptr_array_add (args, NULL);

  result = cli_runv (NULL, (const char * const *) args->pdata);
  if (result->status != 0)
    g_error ("riaya-cli export failed (%d): %s", result->status, result->err);
  g_assert_cmpstr (result->out, ==, "");

  return export_check_file (path);
}

static void
load_demo (Fixture    *fixture,
           const char *profile,
           const char *province)
{
  g_autofree char *init = NULL;
  g_autofree char *demo = NULL;

  if (province != NULL)
    init = cli_ok (fixture, "init", "--profile", profile, "--province", province, NULL);
  else
    init = cli_ok (fixture, "init", "--profile", profile, NULL);
  demo = cli_ok (fixture, "demo", NULL);
}

/* ---- the demo of each profile ----------------------------------------- */

static void
test_director (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(ExportFile) year = NULL;
  g_autoptr(ExportFile) all = NULL;
  g_autoptr(GPtrArray) personal = NULL;

  load_demo (fixture, "director", NULL);
  personal = export_personal_values (fixture->db, NULL, NULL);
  g_assert_cmpuint (personal->len, >, 500);

  /* By default: the director's houses, the year in progress. */
  year = export_ok (fixture, "year.xml", NULL);
  g_assert_cmpstr (year->profile, ==, "director");
  g_assert_cmpuint (year->institutions, ==, 4);
  g_assert_true (g_str_has_suffix (year->period_from, "-01-01"));
  g_assert_cmpuint (year->residents, ==, 0);
  export_assert_values (year->text, personal, FALSE);

  all = export_ok (fixture, "all.xml", "--from", "2000-01-01", "--to", "2099-12-31", NULL);
  g_assert_cmpint (all->sequence, ==, year->sequence + 1);
  g_assert_cmpuint (all->residents, ==, 0);
  export_assert_values (all->text, personal, FALSE);
}

static void
test_director_register (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = cli_fixture_path (fixture, "register.xml");
  g_autoptr(CliResult) result = NULL;
  g_autoptr(ExportFile) file = NULL;
  g_autoptr(GPtrArray) in_period = NULL;
  g_autoptr(GPtrArray) everyone = NULL;

  load_demo (fixture, "director", NULL);
  in_period = export_personal_values (fixture->db, "2023-01-01", "2023-12-31");
  everyone = export_personal_values (fixture->db, NULL, NULL);
  g_assert_cmpuint (in_period->len, >, 100);
  g_assert_cmpuint (in_period->len, <, everyone->len);

  result = cli_run ("--db", fixture->db, "export", "--year", "2023", "--with-register", "-o", path, NULL);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->out, ==, "");
  /* Said on stderr: what leaves the machine with the file. */
  g_assert_nonnull (strstr (result->err, "register of residents"));
  g_assert_nonnull (strstr (result->err, "CNIE"));
  g_assert_nonnull (strstr (result->err, "Law 09-08"));

  file = export_check_file (path);
  g_assert_cmpuint (file->residents, >, 0);
  g_assert_cmpuint (file->stays, >=, file->residents);
  g_assert_cmpstr (file->period_from, ==, "2023-01-01");
  g_assert_cmpstr (file->period_to, ==, "2023-12-31");
  export_assert_values (file->text, in_period, TRUE);

  /* Riaya reads back what it wrote: five years of registers, where
   * children transferred between the director's houses are in both. */
  {
    g_autofree char *years = cli_fixture_path (fixture, "registers.xml");
    g_autoptr(CliResult) written = cli_run ("--db", fixture->db, "export", "--from", "2021-01-01",
                                            "--to", "2025-12-31", "--with-register", "-o", years, NULL);
    g_autoptr(CliResult) read = NULL;

    g_assert_cmpint (written->status, ==, 0);
    read = cli_run ("validate", years, NULL);
    g_assert_cmpstr (read->err, ==, "");
    g_assert_cmpint (read->status, ==, 0);
  }
}

static void
test_delegate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(ExportFile) file = NULL;
  g_autoptr(ExportFile) one = NULL;
  g_autofree char *other = NULL;
  g_autofree char *licence = NULL;
  const char *start;

  load_demo (fixture, "delegate", "01.511");
  /* An institution of another province the delegate recorded. */
  other = cli_ok (fixture, "institution", "add", "--licence", "X-1", "--licence-date", "2018-01-01",
                  "--legal-basis", "65.15", "--type", "women", "--name-fr", "Centre Al Amal",
                  "--province", "03.231", "--capacity", "woman:f:20", NULL);

  file = export_ok (fixture, "province.xml", NULL);
  g_assert_cmpstr (file->profile, ==, "delegate");
  g_assert_cmpstr (file->province, ==, "01.511");
  g_assert_cmpuint (file->institutions, >, 10);
  g_assert_null (strstr (file->text, "licence-number=\"X-1\""));
  g_assert_null (strstr (file->text, "province=\"03.231\""));

  /* One institution of the province, by its licence number. */
  start = strstr (file->text, "<institution uuid=");
  g_assert_nonnull (start);
  start = strstr (start, "licence-number=\"") + strlen ("licence-number=\"");
  licence = g_strndup (start, strchr (start, '"') - start);
  one = export_ok (fixture, "one.xml", "--institution", licence, "--year", "2024", NULL);
  g_assert_cmpuint (one->institutions, ==, 1);
  g_assert_cmpint (one->sequence, ==, file->sequence + 1);

  /* To a folder: the file named as Riaya proposes, its path printed. */
  {
    g_autofree char *folder = cli_fixture_path (fixture, "out");
    g_autofree char *expected = NULL;
    g_autoptr(CliResult) result = NULL;
    g_autoptr(ExportFile) named = NULL;

    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
    result = cli_run ("--db", fixture->db, "export", "--year", "2025", "-o", folder, NULL);
    g_assert_cmpint (result->status, ==, 0);
    expected = g_strdup_printf ("%s/riaya-01.511-2025-%" G_GINT64_FORMAT ".xml\n", folder, one->sequence + 1);
    g_assert_cmpstr (result->out, ==, expected);
    expected[strlen (expected) - 1] = '\0';
    named = export_check_file (expected);
    g_assert_cmpuint (named->institutions, ==, file->institutions);
  }

  refuse (fixture, 1, "delegate of the province 01.511|03.231|--province",
          "export", "--province", "03.231", "-o", "x.xml", NULL);
  refuse (fixture, 1, "X-1|03.231|only the institutions of 01.511",
          "export", "--institution", "X-1", "-o", "x.xml", NULL);
  refuse (fixture, 1, "director's database|--with-register",
          "export", "--with-register", "-o", "x.xml", NULL);
}

static void
test_national (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(ExportFile) file = NULL;
  g_autoptr(ExportFile) province = NULL;
  g_autoptr(ExportFile) two = NULL;

  load_demo (fixture, "national", NULL);

  file = export_ok (fixture, "national.xml", "--year", "2025", NULL);
  g_assert_cmpstr (file->profile, ==, "national");
  g_assert_null (file->province);
  g_assert_cmpuint (file->institutions, >, 1200);
  g_assert_cmpuint (file->residents, ==, 0);

  province = export_ok (fixture, "tanger.xml", "--province", "01.511", "--year", "2025", NULL);
  g_assert_cmpuint (province->institutions, <, file->institutions);
  g_assert_cmpuint (province->institutions, >, 10);

  two = export_ok (fixture, "two.xml", "--institution", "EPS-01.511-0001", "--institution", "EPS-01.511-0002",
                   "--from", "2021-01-01", "--to", "2025-12-31", NULL);
  g_assert_cmpuint (two->institutions, ==, 2);
  g_assert_cmpint (two->sequence, ==, file->sequence + 2);
}

/* ---- refusals ---------------------------------------------------------- */

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *missing = NULL;
  g_autofree char *listing = NULL;

  cli_make_registry (fixture);
  missing = g_build_filename (fixture->dir, "no-such-folder", "x.xml", NULL);

  refuse (fixture, 2, "-o|file to write", "export", NULL);
  refuse (fixture, 2, "--year|--from", "export", "--year", "2024", "--from", "2024-01-01",
          "--to", "2024-12-31", "-o", "x.xml", NULL);
  refuse (fixture, 2, "--from and --to", "export", "--from", "2024-01-01", "-o", "x.xml", NULL);
  refuse (fixture, 2, "one of --institution, --province or --all",
          "export", "--institution", "T-1", "--province", "01.511", "-o", "x.xml", NULL);
  refuse (fixture, 2, "“riaya-cli export --help”", "export", "surplus", "-o", "x.xml", NULL);
  refuse (fixture, 1, "2024-02-30", "export", "--from", "2024-02-30", "--to", "2024-12-31", "-o", "x.xml", NULL);
  refuse (fixture, 1, "2024-01-01|2023-12-31", "export", "--from", "2024-01-01", "--to", "2023-12-31",
          "-o", "x.xml", NULL);
  refuse (fixture, 1, "1900|2100", "export", "--year", "1850", "-o", "x.xml", NULL);
  refuse (fixture, 1, "not a year", "export", "--year", "twenty", "-o", "x.xml", NULL);
  refuse (fixture, 1, "NOPE", "export", "--institution", "NOPE", "-o", "x.xml", NULL);
  refuse (fixture, 1, "99.999", "export", "--province", "99.999", "-o", "x.xml", NULL);
  refuse (fixture, 1, "director's database", "export", "--with-register", "-o", "x.xml", NULL);
  refuse (fixture, 1, "no-such-folder|choose a folder", "export", "-o", missing, NULL);

  /* Nothing was written: no file, no temporary file. */
  listing = export_list_folder (fixture->dir);
  g_assert_null (strstr (listing, ".xml"));
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(CliResult) result = cli_run ("export", "--help", NULL);

  g_assert_cmpint (result->status, ==, 0);
  for (const char *const *option = (const char *const[]) { "--institution", "--province", "--all", "--year",
                                                           "--from", "--to", "--with-register", "-o", NULL };
       *option != NULL; option++)
    g_assert_nonnull (strstr (result->out, *option));
  g_assert_nonnull (strstr (result->out, "CNIE"));
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

  FIXTURE_TEST ("/cli/export/director", test_director);
  FIXTURE_TEST ("/cli/export/director-register", test_director_register);
  FIXTURE_TEST ("/cli/export/delegate", test_delegate);
  FIXTURE_TEST ("/cli/export/national", test_national);
  FIXTURE_TEST ("/cli/export/refusals", test_refusals);
  FIXTURE_TEST ("/cli/export/help", test_help);

  status = g_test_run ();
  cli_clean_up ();

  return status;
}
