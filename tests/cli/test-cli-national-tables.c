/* test-cli-national-tables.c — the published tables, reproduced (issue 7)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * reports.md quotes the ministry's tables as of 2 July 2021: 1,204
 * licensed institutions and 106,262 places, so many per region, 899 of
 * them student houses with 71,556 places, and six years of the Entraide
 * Nationale's grants. A correct program fed the same institutions gives
 * the same figures to the unit. This test builds such a registry through
 * riaya-cli alone, as a national user would — territories read with
 * "territory list", institutions with their dated capacity lines through
 * "institution import-csv", licence events through "licence event", a
 * year's grants through "grant import-csv" — then exports every
 * institution to its own file, imports the folder into an empty national
 * database, and reads every report there with "report --format csv" (and
 * json for the percentages).
 *
 * The registry is made up deterministically (national-tables-plan.c):
 * the published figures per region and per year, and beside them
 * institutions withdrawn, suspended or licensed later, which must not
 * count on the published date.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "national-tables-plan.h"

typedef CliFixture Fixture;

/* --- Through riaya-cli ---------------------------------------------------- */

static char *
write_file (Fixture    *fixture,
            const char *name,
            GString    *contents)
{
  char *path = cli_fixture_path (fixture, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents->str, (gssize) contents->len, &error);
  g_assert_no_error (error);
  return path;
}

/* Whether @planned is entered in the database @part (N_PARTS: the one
 * that holds them all). */
static gboolean
in_part (const Planned *planned,
         guint          part)
{
  return part == N_PARTS || planned->part == part;
}

static void
build_registry (Fixture    *fixture,
                const Plan *plan,
                guint       part)
{
  g_autoptr(GString) csv = g_string_new ("licence_number,licence_date,legal_basis,type,name_fr,province_code,capacity\r\n");
  g_autoptr(GString) grants = g_string_new ("licence,year,amount,convention\r\n");
  g_autofree char *institutions_path = NULL;
  g_autofree char *grants_path = NULL;
  g_autofree char *added = NULL;
  guint n = 0;

  g_free (cli_ok (fixture, "init", "--profile", "national", NULL));
  for (guint i = 0; i < plan->institutions->len; i++)
    {
      const Planned *planned = g_ptr_array_index (plan->institutions, i);

      if (!in_part (planned, part))
        continue;
      n++;
      g_string_append_printf (csv, "%s,%s,14.05,%s,Maison %s,%s,", planned->licence, planned->licence_date,
                              planned_types[planned->type].code, planned->licence, planned->province);
      plan_append_capacity (csv, planned);
      g_string_append (csv, "\r\n");
    }
  institutions_path = write_file (fixture, "institutions.csv", csv);
  added = cli_ok (fixture, "institution", "import-csv", institutions_path, NULL);
  g_assert_cmpuint (strlen (added), ==, n * 37);

  for (guint i = 0; i < plan->institutions->len; i++)
    {
      const Planned *planned = g_ptr_array_index (plan->institutions, i);
      g_autofree char *id = NULL;

      if (planned->event != NULL && in_part (planned, part))
        id = cli_ok (fixture, "licence", "event", planned->licence, "--kind", planned->event,
                     "--date", g_str_equal (planned->event, "withdrawn") ? "2021-03-01" : "2021-05-01",
                     NULL);
    }

  /* Each year's sum shared among its grants to the centime: above
   * 50,000 DH each, so each with its convention. */
  for (guint y = 0; y < N_YEARS; y++)
    {
      for (guint j = 0; j < published_years[y].institutions; j++)
        {
          const Planned *granted = g_ptr_array_index (plan->granting, j);
          guint count = published_years[y].institutions;
          gint64 centimes = published_years[y].centimes / count + ((gint64) j < published_years[y].centimes % count ? 1 : 0);

          if (!in_part (granted, part))
            continue;
          g_string_append_printf (grants, "%s,%u,%" G_GINT64_FORMAT ".%02d,C-%u-%u\r\n",
                                  granted->licence, FIRST_YEAR + y, centimes / 100, (int) (centimes % 100),
                                  FIRST_YEAR + y, j + 1);
        }
    }
  grants_path = write_file (fixture, "grants.csv", grants);
  g_free (added);
  added = cli_ok (fixture, "grant", "import-csv", grants_path, NULL);
}

/* The exports of one database, one after the other, in licence order;
 * the databases' run side by side. Each export of a database takes its
 * next sequence number when its file is written, and two exports of one
 * database at once could take the same (seen: 222 files of 1,210
 * refused), so one database never runs two. The import takes a folder's
 * files in name order and refuses a file not newer than one it took from
 * the same database: in licence order, each database's numbers grow with
 * the names. 1,210 exports one after the other took a minute on a busy
 * machine with two processors. */
typedef struct
{
  const char *program;
  Fixture    *fixture;
  const char *folder;
  GPtrArray  *licences;
  guint       next;
  gboolean    running;
  guint       failed;
} Exports;

static void start_export (Exports *exports);

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Exports *exports = data;
  g_autoptr(GError) error = NULL;

  if (!g_subprocess_wait_check_finish (G_SUBPROCESS (source), result, &error))
    {
      g_test_message ("export failed: %s", error->message);
      exports->failed++;
    }
  g_object_unref (source);
  exports->running = FALSE;
  start_export (exports);
}

static void
start_export (Exports *exports)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  GSubprocess *process;
  const char *licence;

  if (exports->next >= exports->licences->len || exports->failed > 0)
    return;
  licence = g_ptr_array_index (exports->licences, exports->next++);

  /* As cli_runv() runs riaya-cli: a home of its own. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_subprocess_launcher_unsetenv (launcher, "RIAYA_DB");
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_setenv (launcher, "HOME", cli_home (), TRUE);
  for (guint i = 0; i < 4; i++)
    {
      static const char * const names[] = { "DATA", "CONFIG", "CACHE", "STATE" };
      g_autofree char *variable = g_strdup_printf ("XDG_%s_HOME", names[i]);
      g_autofree char *folder = g_build_filename (cli_home (), names[i], NULL);

      g_subprocess_launcher_setenv (launcher, variable, folder, TRUE);
    }
  process = g_subprocess_launcher_spawn (launcher, &error, exports->program, "--db", exports->fixture->db,
                                         "export", "--institution", licence, "--from", "2015-01-01",
                                         "--to", "2021-12-31", "-o", exports->folder, NULL);
  g_assert_no_error (error);
  exports->running = TRUE;
  g_subprocess_wait_check_async (process, NULL, export_done, exports);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every institution to its own file, from the database @parts[] it was
 * entered in, then the folder into @target. */
static void
export_and_import (Fixture    *parts,
                   const Plan *plan,
                   Fixture    *target,
                   const char *program)
{
  g_autofree char *folder = cli_fixture_path (&parts[0], "files");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  Exports exports[N_PARTS];
  const char *name;
  guint imported = 0, files = 0;
  gboolean running;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint p = 0; p < N_PARTS; p++)
    {
      exports[p] = (Exports) { program, &parts[p], folder, g_ptr_array_new (), 0, FALSE, 0 };
      for (guint i = 0; i < plan->institutions->len; i++)
        {
          Planned *planned = g_ptr_array_index (plan->institutions, i);

          if (planned->part == p)
            g_ptr_array_add (exports[p].licences, planned->licence);
        }
      g_ptr_array_sort (exports[p].licences, compare_strings);
      start_export (&exports[p]);
    }
  do
    {
      g_main_context_iteration (NULL, TRUE);
      running = FALSE;
      for (guint p = 0; p < N_PARTS; p++)
        running |= exports[p].running;
    }
  while (running);
  for (guint p = 0; p < N_PARTS; p++)
    {
      g_assert_cmpuint (exports[p].failed, ==, 0);
      g_assert_cmpuint (exports[p].next, ==, exports[p].licences->len);
      g_ptr_array_unref (exports[p].licences);
    }

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    files += g_str_has_prefix (name, "riaya-") && g_str_has_suffix (name, ".xml");
  g_assert_cmpuint (files, ==, plan->institutions->len);

  g_free (cli_ok (target, "init", "--profile", "national", NULL));
  {
    g_autoptr(CliResult) result = cli_run ("--db", target->db, "import", "--format", "csv", folder, NULL);

    if (result->status != 0)
      g_error ("import refused: %s\n%s", result->err, result->out);
    out = g_steal_pointer (&result->out);
  }
  lines = g_strsplit (out, "\r\n", -1);
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", 3);

      if (!g_str_equal (fields[1], "imported"))
        g_error ("not imported: %s", lines[i]);
      imported++;
    }
  g_assert_cmpuint (imported, ==, plan->institutions->len);
}

/* --- The reports ---------------------------------------------------------- */

/* riaya-cli report @args… --format @format, which must succeed. */
static char *
report_v (Fixture            *fixture,
          const char         *format,
          const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(CliResult) result = NULL;

  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, fixture->db);
  g_ptr_array_add (argv, "report");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, "--format");
  g_ptr_array_add (argv, (gpointer) format);
  g_ptr_array_add (argv, NULL);

  result = cli_runv (NULL, (const char * const *) argv->pdata);
  if (result->status != 0)
    g_error ("riaya-cli report %s failed: %s", args[0], result->err);
  g_assert_cmpstr (result->err, ==, "");
  return g_steal_pointer (&result->out);
}

#define report(fixture, format, ...) \
  report_v (fixture, format, (const char * const[]) { __VA_ARGS__ })

/* The table by region and type the plan gives, as "report --format csv"
 * writes it; @count_places for capacity-by-region. */
static char *
expected_by_type (const Plan *plan,
                  gboolean    count_places)
{
  guint cells[N_REGIONS][N_TYPES] = { { 0 } };
  guint column[N_TYPES + 1] = { 0 };
  GString *csv = g_string_new ("region_code,region");

  for (guint t = 0; t < N_TYPES; t++)
    g_string_append_printf (csv, ",%s", planned_types[t].code);
  g_string_append (csv, ",total\r\n");

  for (guint i = 0; i < plan->institutions->len; i++)
    {
      const Planned *planned = g_ptr_array_index (plan->institutions, i);

      if (planned->licence[0] == 'N')
        cells[planned->region][planned->type] += count_places ? planned->places : 1;
    }

  for (guint r = 0; r < N_REGIONS; r++)
    {
      guint sum = 0;

      g_string_append_printf (csv, "%s,%s", published_regions[r].code, published_regions[r].name);
      for (guint t = 0; t < N_TYPES; t++)
        {
          g_string_append_printf (csv, ",%u", cells[r][t]);
          sum += cells[r][t];
          column[t] += cells[r][t];
        }
      /* The published figure of the region. */
      g_assert_cmpuint (sum, ==, count_places ? published_regions[r].places : published_regions[r].institutions);
      g_string_append_printf (csv, ",%u\r\n", sum);
      column[N_TYPES] += sum;
    }

  g_string_append (csv, "total,");
  for (guint t = 0; t <= N_TYPES; t++)
    g_string_append_printf (csv, ",%u", column[t]);
  g_string_append (csv, "\r\n");

  g_assert_cmpuint (column[STUDENT_HOUSE], ==, count_places ? STUDENT_PLACES : STUDENT_HOUSES);
  g_assert_cmpuint (column[N_TYPES], ==, count_places ? PLACES : INSTITUTIONS);

  return g_string_free (csv, FALSE);
}

/* The published figures, as the national database computes them. */
static void
check_published (Fixture    *national,
                 const Plan *plan)
{
  g_autoptr(GString) grants = g_string_new ("year,institutions,capacity,amount\r\n");
  g_autofree char *institutions = expected_by_type (plan, FALSE);
  g_autofree char *capacity = expected_by_type (plan, TRUE);
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  gint64 total = 0;

  csv = report (national, "csv", "institutions-by-region", "--on", ON, NULL);
  g_assert_cmpstr (csv, ==, institutions);
  /* The percentage published: 899 student houses of 1,204, 75%. */
  json = report (national, "json", "institutions-by-region", "--on", ON, NULL);
  g_assert_nonnull (strstr (json, "\"student-house\": 74.7,"));
  g_assert_nonnull (strstr (json, "\"total\": 100.0\n"));

  g_free (csv);
  csv = report (national, "csv", "capacity-by-region", "--on", ON, NULL);
  g_assert_cmpstr (csv, ==, capacity);
  g_free (json);
  json = report (national, "json", "capacity-by-region", "--on", ON, NULL);
  /* 71,556 places of 106,262: 67%. */
  g_assert_nonnull (strstr (json, "\"student-house\": 67.3,"));

  for (guint y = 0; y < N_YEARS; y++)
    {
      g_string_append_printf (grants, "%u,%u,%u,%s\r\n", FIRST_YEAR + y, published_years[y].institutions,
                              published_years[y].capacity, published_years[y].amount);
      total += published_years[y].centimes;
    }
  g_string_append_printf (grants, "total,,,%" G_GINT64_FORMAT ".%02d\r\n", total / 100, (int) (total % 100));
  g_free (csv);
  csv = report (national, "csv", "grants-by-year", "--from-year", "2015", "--to-year", "2020", NULL);
  g_assert_cmpstr (csv, ==, grants->str);
  /* "institutions +15.60% and capacity +43% over the period". */
  g_free (json);
  json = report (national, "json", "grants-by-year", "--from-year", "2015", "--to-year", "2020", NULL);
  g_assert_nonnull (strstr (json, "\"share\": {\n    \"institutions\": 15.6,\n    \"capacity\": 43.2,\n    \"amount\": -14.8\n  }"));
  /* "the grant fell about 20% in 2020 against 2019". */
  g_free (json);
  json = report (national, "json", "grants-by-year", "--from-year", "2019", "--to-year", "2020", NULL);
  g_assert_nonnull (strstr (json, "\"amount\": -20.2\n  }"));

  /* One region's provinces add up to its row. */
  g_free (csv);
  csv = report (national, "csv", "capacity-by-region", "--on", ON, "--region", "12", NULL);
  g_assert_true (g_str_has_prefix (csv, "province_code,province,kafala,"));
  g_assert_true (g_str_has_suffix (csv, ",337\r\n"));
  g_free (csv);
  csv = report (national, "csv", "institutions-by-region", "--on", ON, "--region", "07", NULL);
  g_assert_true (g_str_has_suffix (csv, ",184\r\n"));

  /* The day before the withdrawals, the four withdrawn still count; the
   * one licensed on 1 September counts from that day. */
  g_free (csv);
  csv = report (national, "csv", "institutions-by-region", "--on", "2021-02-28", NULL);
  g_assert_true (g_str_has_suffix (csv, ",1209\r\n"));
  g_free (csv);
  csv = report (national, "csv", "institutions-by-region", "--on", "2021-09-01", NULL);
  g_assert_true (g_str_has_suffix (csv, ",1205\r\n"));
}

static void
test_published (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *national_db = cli_fixture_path (fixture, "national.db");
  Fixture national = { fixture->dir, national_db };
  Fixture parts[N_PARTS];
  g_auto(Plan) plan = { NULL };
  static const char * const runs[][8] = {
    { "institutions-by-region", "--on", ON },
    { "capacity-by-region", "--on", ON },
    { "occupancy-by-region", "--on", ON },
    { "grants-by-year", "--from-year", "2015", "--to-year", "2021" },
    { "inspections-by-region", "--from", "2015-01-01", "--to", "2019-12-31" },
    { "compliance", "--on", ON },
    { "institutions-by-region", "--on", "2020-12-31", "--region", "09" },
    { "capacity-by-region", "--on", "2016-12-31" },
  };

  gint64 start = g_get_monotonic_time ();

  g_free (cli_ok (fixture, "init", "--profile", "national", NULL));
  plan_registry (fixture, &plan);
  /* The whole registry in the fixture's database, to compare with; in
   * parts in the others, whose files go to the national database. */
  build_registry (fixture, &plan, N_PARTS);
  for (guint p = 0; p < N_PARTS; p++)
    {
      g_autofree char *name = g_strdup_printf ("part-%u.db", p);

      parts[p] = (Fixture) { fixture->dir, cli_fixture_path (fixture, name) };
      build_registry (&parts[p], &plan, p);
    }
  g_test_message ("registry built in %.1f s", (g_get_monotonic_time () - start) / 1e6);
  start = g_get_monotonic_time ();
  export_and_import (parts, &plan, &national, data);
  g_test_message ("exported and imported in %.1f s", (g_get_monotonic_time () - start) / 1e6);
  start = g_get_monotonic_time ();
  check_published (&national, &plan);

  /* Every report, on other dates too, the same as in a database where
   * the registry was entered whole. */
  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_autofree char *here = report_v (&national, "csv", runs[i]);
      g_autofree char *there = report_v (fixture, "csv", runs[i]);

      g_assert_cmpstr (here, ==, there);
    }
  g_test_message ("reports checked in %.1f s", (g_get_monotonic_time () - start) / 1e6);
  for (guint p = 0; p < N_PARTS; p++)
    g_free (parts[p].db);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_set_program (argv[1]);

  g_test_add ("/cli/national-tables/published", Fixture, argv[1],
              cli_fixture_set_up, test_published, cli_fixture_tear_down);

  status = g_test_run ();
  cli_clean_up ();
  return status;
}
