/* exchange.c — how fast a folder of exchange files exports and imports
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * exchange [--runs N] [--year Y] [--keep DIR] --cli RIAYA_CLI DB measures,
 * on DB's institutions (a national database: the demo made by make-db;
 * the exports take export numbers of DB, so give it a copy):
 *
 *   export    every institution exported to its own file of year Y
 *             (default: last year) with riaya_exchange_export(), in this
 *             process, one after another: the time of each and of all;
 *   import    `riaya-cli --db EMPTY import FOLDER` of all those files into
 *             an empty national database (a fresh copy each run), as the
 *             Entraide Nationale imports a year's files: wall time, CPU
 *             time and peak resident memory (wait4's ru_maxrss);
 *   validate  `riaya-cli validate FOLDER`: the same files checked, no
 *             database;
 *   xmllint   `xmllint --stream --noout --schema riaya-exchange-1.xsd
 *             FILE…` over the same files, side by side in the same rounds:
 *             libxml2's own streaming validation with none of our work.
 *             exchange.md's goal: validating and importing a folder costs
 *             at most 1.5 times what xmllint takes.
 *   import-100 the import of the first 100 files only, for peak memory:
 *             memory must not grow with the number of files.
 *
 * The files are named riaya-NNNNNN-LICENCE.xml in the order they were
 * exported: the order of their sequence numbers, so that a folder
 * imports without --force, as files of one sender would.
 *
 * The imports, validations and xmllint runs alternate, N rounds (default
 * 3) after one unmeasured round; each prints "name value" lines: medians
 * of wall time in µs, CPU time in µs, peak RSS in kB. Each command is
 * started by a fresh copy of this program (exchange --measure COMMAND…),
 * so that its peak memory is its own (see run_measured()).
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <spawn.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "riaya-exchange-writer.h"
#include "riaya-store.h"

extern char **environ;

typedef struct
{
  gint64 wall_us;
  gint64 cpu_us;
  glong  max_rss_kb;
} Run;

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static gint64
median (GArray *values)
{
  g_array_sort (values, compare_gint64);
  if (values->len == 0)
    return -1;
  if (values->len % 2 == 1)
    return g_array_index (values, gint64, values->len / 2);
  return (g_array_index (values, gint64, values->len / 2 - 1) +
          g_array_index (values, gint64, values->len / 2)) / 2;
}

static char *self_path;

/* Linux gives a child the peak memory of the process it was forked
 * from, until it exceeds it: a child of this process, which holds the
 * store, would show this process's peak. So each command is started by
 * a fresh small copy of this program (--measure), which prints what
 * wait4() says of its own child. */
static Run
run_measured (const char * const *argv)
{
  g_autoptr(GPtrArray) launcher = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;
  Run run = { 0 };

  g_ptr_array_add (launcher, (gpointer) self_path);
  g_ptr_array_add (launcher, "--measure");
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (launcher, (gpointer) argv[i]);
  g_ptr_array_add (launcher, NULL);

  if (!g_spawn_sync (NULL, (char **) launcher->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, &err, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s%s", argv[0], error->message, err != NULL ? err : "");
  if (sscanf (out, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %ld", &run.wall_us, &run.cpu_us, &run.max_rss_kb) != 3)
    g_error ("%s: no measure in “%s”", argv[0], out);

  return run;
}

/* Runs @argv with stdout and stderr to /dev/null and measures it. */
static Run
run_child (const char * const *argv)
{
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  Run run = { 0 };
  gint64 started;
  pid_t pid;
  int status;

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen (&actions, 2, "/dev/null", O_WRONLY, 0);

  started = g_get_monotonic_time ();
  if (posix_spawnp (&pid, argv[0], &actions, NULL, (char * const *) argv, environ) != 0)
    g_error ("cannot start %s: %s", argv[0], g_strerror (errno));
  if (wait4 (pid, &status, 0, &usage) != pid)
    g_error ("wait4: %s", g_strerror (errno));
  run.wall_us = g_get_monotonic_time () - started;
  posix_spawn_file_actions_destroy (&actions);

  /* xmllint and riaya-cli both exit 1 when a file is refused: here none
   * may be, or the comparison would be of different work. */
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s exited with status %d", argv[0], WIFEXITED (status) ? WEXITSTATUS (status) : -1);

  run.cpu_us = (gint64) usage.ru_utime.tv_sec * G_USEC_PER_SEC + usage.ru_utime.tv_usec +
               (gint64) usage.ru_stime.tv_sec * G_USEC_PER_SEC + usage.ru_stime.tv_usec;
  run.max_rss_kb = usage.ru_maxrss;

  return run;
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (from, &contents, &length, &error) ||
      !g_file_set_contents (to, contents, length, &error))
    g_error ("%s", error->message);
}

typedef struct
{
  const char *name;
  GArray     *wall;
  GArray     *cpu;
  GArray     *rss;
} Measure;

static void
measure_add (Measure   *measure,
             const Run *run)
{
  gint64 rss = run->max_rss_kb;

  g_array_append_val (measure->wall, run->wall_us);
  g_array_append_val (measure->cpu, run->cpu_us);
  g_array_append_val (measure->rss, rss);
}

static void
measure_print (Measure *measure)
{
  g_print ("%s-wall-median-us %" G_GINT64_FORMAT "\n", measure->name, median (measure->wall));
  g_print ("%s-cpu-median-us %" G_GINT64_FORMAT "\n", measure->name, median (measure->cpu));
  g_print ("%s-max-rss-kb %" G_GINT64_FORMAT "\n", measure->name, median (measure->rss));
}

static void
measure_init (Measure    *measure,
              const char *name)
{
  measure->name = name;
  measure->wall = g_array_new (FALSE, FALSE, sizeof (gint64));
  measure->cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  measure->rss = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
measure_clear (Measure *measure)
{
  g_array_unref (measure->wall);
  g_array_unref (measure->cpu);
  g_array_unref (measure->rss);
}

/* Exports each institution of @store to its own file in @folder; returns
 * the paths, in the order written, and the total size. */
static GPtrArray *
export_all (RiayaStore *store,
            const char *folder,
            const char *from,
            const char *to,
            guint64    *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  g_autoptr(GArray) each = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  guint records = 0;
  gint64 started;

  g_assert_no_error (error);
  *bytes = 0;

  started = g_get_monotonic_time ();
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      const char *ids[] = { riaya_institution_get_uuid (institution), NULL };
      g_autofree char *licence = g_strdup (riaya_institution_get_licence_number (institution));
      g_autofree char *name = NULL;
      g_autoptr(GFile) file = NULL;
      RiayaExportOptions options = { 0 };
      gint64 one = g_get_monotonic_time ();
      guint written = 0;
      GStatBuf st;

      g_strdelimit (licence, "/\\ ", '-');
      name = g_strdup_printf ("riaya-%06u-%s.xml", i + 1, licence);
      options.institutions = ids;
      options.from = from;
      options.to = to;
      file = g_file_new_build_filename (folder, name, NULL);
      if (!riaya_exchange_export (store, &options, file, NULL, NULL, &written, NULL, &error))
        g_error ("export of %s: %s", licence, error->message);
      one = g_get_monotonic_time () - one;
      g_array_append_val (each, one);
      records += written;
      g_ptr_array_add (paths, g_file_get_path (file));
      if (g_stat (g_ptr_array_index (paths, paths->len - 1), &st) == 0)
        *bytes += (guint64) st.st_size;
    }

  g_print ("export-files %u\n", paths->len);
  g_print ("export-records %u\n", records);
  g_print ("export-bytes %" G_GUINT64_FORMAT "\n", *bytes);
  g_print ("export-total-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time () - started);
  g_print ("export-file-median-us %" G_GINT64_FORMAT "\n", median (each));

  return paths;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaStore) empty = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GPtrArray) xmllint_argv = g_ptr_array_new ();
  g_autofree char *work = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *folder_100 = NULL;
  g_autofree char *template = NULL;
  g_autofree char *db = NULL;
  g_autofree char *cli = NULL;
  g_autofree char *xsd = NULL;
  g_autofree char *keep = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  Measure import = { 0 }, import_100 = { 0 }, validate = { 0 }, xmllint = { 0 };
  guint64 bytes;
  int runs = 3;
  int year = g_date_time_get_year (now) - 1;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Measured rounds (default 3)", "N" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, "The year exported (default: last year)", "Y" },
    { "cli", 0, 0, G_OPTION_ARG_FILENAME, &cli, "The riaya-cli to run (required)", "PATH" },
    { "xsd", 0, 0, G_OPTION_ARG_FILENAME, &xsd, "The schema (default: data/exchange/riaya-exchange-1.xsd)", "PATH" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Work in this folder and keep it", "DIR" },
    G_OPTION_ENTRY_NULL
  };

  /* The launcher of run_measured(). */
  if (argc > 2 && g_str_equal (argv[1], "--measure"))
    {
      Run run = run_child ((const char * const *) argv + 2);

      g_print ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %ld\n", run.wall_us, run.cpu_us, run.max_rss_kb);
      return 0;
    }
  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = argv[0];

  context = g_option_context_new ("DB");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || cli == NULL || runs < 1)
    {
      g_printerr ("Usage: exchange [--runs N] [--year Y] [--keep DIR] --cli RIAYA_CLI DB\n");
      return 2;
    }
  if (xsd == NULL)
    xsd = g_build_filename (SOURCE_ROOT, "data", "exchange", "riaya-exchange-1.xsd", NULL);

  store = riaya_store_open (argv[1], &error);
  g_assert_no_error (error);

  if (keep != NULL)
    {
      g_assert_cmpint (g_mkdir_with_parents (keep, 0700), ==, 0);
      work = g_strdup (keep);
    }
  else
    {
      work = g_dir_make_tmp ("riaya-bench-exchange-XXXXXX", &error);
      g_assert_no_error (error);
    }
  folder = g_build_filename (work, "files", NULL);
  folder_100 = g_build_filename (work, "files-100", NULL);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (folder_100, 0700), ==, 0);

  from = g_strdup_printf ("%04d-01-01", year);
  to = g_strdup_printf ("%04d-12-31", year);
  g_print ("institutions %u\n", riaya_store_count_institutions (store));
  g_print ("year %d\n", year);
  paths = export_all (store, folder, from, to, &bytes);
  g_clear_object (&store);

  /* The first 100 files, linked into a folder of their own. */
  for (guint i = 0; i < MIN (100, paths->len); i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
      g_autofree char *linked = g_build_filename (folder_100, base, NULL);

      if (link (g_ptr_array_index (paths, i), linked) != 0)
        g_error ("link: %s", g_strerror (errno));
    }

  /* An empty national database, copied for each import. */
  template = g_build_filename (work, "empty.db", NULL);
  db = g_build_filename (work, "import.db", NULL);
  empty = riaya_store_open (template, &error);
  g_assert_no_error (error);
  riaya_store_set_profile (empty, RIAYA_PROFILE_NATIONAL, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&empty);

  g_ptr_array_add (xmllint_argv, "xmllint");
  g_ptr_array_add (xmllint_argv, "--stream");
  g_ptr_array_add (xmllint_argv, "--noout");
  g_ptr_array_add (xmllint_argv, "--schema");
  g_ptr_array_add (xmllint_argv, xsd);
  for (guint i = 0; i < paths->len; i++)
    g_ptr_array_add (xmllint_argv, g_ptr_array_index (paths, i));
  g_ptr_array_add (xmllint_argv, NULL);

  measure_init (&import, "import");
  measure_init (&import_100, "import-100");
  measure_init (&validate, "validate");
  measure_init (&xmllint, "xmllint");

  for (int round = 0; round <= runs; round++)
    {
      const char *import_argv[] = { cli, "--db", db, "import", folder, NULL };
      const char *import_100_argv[] = { cli, "--db", db, "import", folder_100, NULL };
      const char *validate_argv[] = { cli, "validate", folder, NULL };
      Run run;

      /* Round 0 is not counted: it fills the page cache for everyone. */
      copy_file (template, db);
      run = run_measured (import_argv);
      if (round > 0)
        measure_add (&import, &run);

      run = run_measured ((const char * const *) xmllint_argv->pdata);
      if (round > 0)
        measure_add (&xmllint, &run);

      run = run_measured (validate_argv);
      if (round > 0)
        measure_add (&validate, &run);

      copy_file (template, db);
      run = run_measured (import_100_argv);
      if (round > 0)
        measure_add (&import_100, &run);

      g_printerr ("exchange: round %d of %d done\n", round, runs);
    }

  g_print ("runs %d\n", runs);
  measure_print (&import);
  measure_print (&validate);
  measure_print (&xmllint);
  measure_print (&import_100);
  g_print ("import-over-xmllint %.2f\n", (double) median (import.wall) / (double) median (xmllint.wall));
  g_print ("validate-over-xmllint %.2f\n", (double) median (validate.wall) / (double) median (xmllint.wall));

  measure_clear (&import);
  measure_clear (&import_100);
  measure_clear (&validate);
  measure_clear (&xmllint);

  if (keep == NULL)
    {
      const char *rm_argv[] = { "rm", "-rf", work, NULL };

      run_child (rm_argv);
    }

  return 0;
}
