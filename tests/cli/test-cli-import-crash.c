/* test-cli-import-crash.c — an import killed part-way keeps nothing of it
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file is imported in one transaction (exchange.md: "all of the file
 * or nothing"). Here a national export of the demo, more than a thousand
 * institutions, is imported into an empty national database and the
 * riaya-cli doing it is killed with SIGKILL — no handler, no clean-up, as
 * a power cut or the OOM killer would — at a random moment of the import,
 * five times. Each time SQLite's own check must find the database sound
 * and it must hold all of the file or none of it; then the same file
 * imports whole.
 *
 * An import keeps what it writes in SQLite's page cache until it
 * commits, then writes the write-ahead log and syncs it. So the rounds
 * strike at both moments: two at a time drawn between a tenth and nine
 * tenths of what one whole import took just before, on the same machine;
 * three as soon as the write-ahead log has grown past a size drawn below
 * the largest it reached in that whole import — while the commit is
 * being written, the one moment a crash could leave half a file behind.
 * Draws come from g_test_rand: run with --seed to replay them. No time
 * is asserted.
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <glib/gstdio.h>
#include <string.h>

#include "import-test-util.h"

#define ROUNDS 5

typedef CliFixture Fixture;

static char *
integrity (const char *db)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  /* Opening it read-write lets SQLite recover from the WAL as any later
   * program would. */
  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return result;
}

static guint
count_imports (const char *db)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = G_MAXUINT;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT count(*) FROM exchange_imports", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return n;
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (goffset) st.st_size : 0;
}

static void
on_exited (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *exited = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *exited = TRUE;
}

/* Waits until @process ends, or until the file @wal holds at least
 * @threshold bytes (0: never), then kills it if it still runs. Returns
 * the largest size @wal was seen at. */
static goffset
watch_wal (GSubprocess *process,
           const char  *wal,
           goffset      threshold)
{
  gboolean exited = FALSE;
  goffset largest = 0;

  g_subprocess_wait_async (process, NULL, on_exited, &exited);
  while (!exited)
    {
      goffset size = file_size (wal);

      largest = MAX (largest, size);
      if (threshold > 0 && size >= threshold)
        {
          g_subprocess_send_signal (process, SIGKILL);
          break;
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (200);
    }
  while (!exited)
    g_main_context_iteration (NULL, TRUE);

  return largest;
}

static GSubprocess *
start_import (const char *db,
              const char *file)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_build_filename (cli_home (), "DATA", NULL);
  GSubprocess *process;
  const char *program = g_getenv ("RIAYA_TEST_CLI");

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_setenv (launcher, "HOME", cli_home (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "RIAYA_DB");
  process = g_subprocess_launcher_spawn (launcher, &error, program, "--db", db, "import", file, NULL);
  g_assert_no_error (error);

  return process;
}

static void
test_crash (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *demo = cli_fixture_path (fixture, "demo.db");
  g_autofree char *empty = cli_fixture_path (fixture, "empty.db");
  g_autofree char *file = cli_fixture_path (fixture, "riaya-national-2025.xml");
  g_autofree char *whole = cli_fixture_path (fixture, "whole.db");
  g_autofree char *whole_wal = NULL;
  g_autofree char *out = NULL;
  g_autofree char *empty_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) reference = NULL;
  gsize empty_length;
  gint64 started, took_us;
  goffset largest_wal;
  guint n, none = 0, all = 0;

  out = import_ok (demo, "demo", NULL);
  g_clear_pointer (&out, g_free);
  out = import_ok (demo, "export", "--all", "--year", "2025", "-o", file, NULL);
  g_clear_pointer (&out, g_free);
  out = import_ok (empty, "init", "--profile", "national", NULL);
  g_file_get_contents (empty, &empty_bytes, &empty_length, &error);
  g_assert_no_error (error);

  /* One whole import: how many institutions, and how long it takes
   * here, to know when to strike. */
  g_assert_true (g_file_set_contents (whole, empty_bytes, empty_length, NULL));
  whole_wal = g_strconcat (whole, "-wal", NULL);
  started = g_get_monotonic_time ();
  reference = start_import (whole, file);
  largest_wal = watch_wal (reference, whole_wal, 0);
  took_us = g_get_monotonic_time () - started;
  g_assert_true (g_subprocess_get_if_exited (reference));
  g_assert_cmpint (g_subprocess_get_exit_status (reference), ==, 0);
  n = import_count_institutions (whole);
  g_assert_cmpuint (n, >, 1000);
  g_test_message ("a whole import of %u institutions took %.2f s; its write-ahead log grew to %" G_GOFFSET_FORMAT " bytes",
                  n, took_us / 1e6, largest_wal);
  g_assert_cmpint (largest_wal, >, 0);

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autofree char *db = g_strdup_printf ("%s/round-%u.db", fixture->dir, round);
      g_autofree char *wal = g_strconcat (db, "-wal", NULL);
      g_autofree char *check = NULL;
      g_autoptr(GSubprocess) process = NULL;
      gboolean in_commit = round >= 2;
      gint64 wait_us = 0;
      goffset threshold = 0;
      goffset wal_size;
      gboolean killed;
      guint found;

      /* A copy of the empty database, made before the clock starts. */
      g_assert_true (g_file_set_contents (db, empty_bytes, empty_length, NULL));
      if (in_commit)
        threshold = 1 + g_test_rand_int_range (0, (gint32) MIN (largest_wal * 9 / 10, G_MAXINT32 - 1));
      else
        wait_us = g_test_rand_int_range ((gint32) (took_us / 10), (gint32) (took_us * 9 / 10) + 1);

      process = start_import (db, file);
      if (in_commit)
        wal_size = watch_wal (process, wal, threshold);
      else
        {
          g_usleep (wait_us);
          wal_size = file_size (wal);
          g_subprocess_send_signal (process, SIGKILL);
          g_subprocess_wait (process, NULL, &error);
          g_assert_no_error (error);
        }
      killed = g_subprocess_get_if_signaled (process);

      check = integrity (db);
      g_assert_cmpstr (check, ==, "ok");
      found = import_count_institutions (db);
      if (in_commit)
        g_test_message ("round %u: killed once the write-ahead log held %" G_GOFFSET_FORMAT " bytes (%s); %u institutions kept",
                        round + 1, wal_size, killed ? "while committing" : "it had already finished", found);
      else
        g_test_message ("round %u: killed after %.2f s (%s), write-ahead log %" G_GOFFSET_FORMAT " bytes; %u institutions kept",
                        round + 1, wait_us / 1e6, killed ? "while importing" : "it had already finished",
                        wal_size, found);
      /* All of the file or none of it; its import logged only with it. */
      g_assert_true (found == 0 || found == n);
      g_assert_cmpuint (count_imports (db), ==, found == n ? 1 : 0);
      if (found == 0)
        none++;
      else
        all++;

      /* The database takes the same file whole afterwards. */
      if (round == ROUNDS - 1 || found == 0)
        {
          g_autoptr(GSubprocess) again = start_import (db, file);

          g_subprocess_wait (again, NULL, &error);
          g_assert_no_error (error);
          g_assert_true (g_subprocess_get_if_exited (again));
          g_assert_cmpint (g_subprocess_get_exit_status (again), ==, 0);
          g_assert_cmpuint (import_count_institutions (db), ==, n);
          g_assert_cmpuint (count_imports (db), ==, 1);
        }
    }

  g_test_message ("%u rounds killed part-way kept nothing, %u had finished and kept all", none, all);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_set_program (argv[1]);
  g_setenv ("RIAYA_TEST_CLI", argv[1], TRUE);

  g_test_add ("/cli/import/killed-part-way", Fixture, NULL,
              cli_fixture_set_up, test_crash, cli_fixture_tear_down);

  status = g_test_run ();
  cli_clean_up ();
  return status;
}
