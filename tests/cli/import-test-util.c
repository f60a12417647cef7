/* import-test-util.c — two databases and the files between them
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <stdarg.h>

#include "import-test-util.h"

static CliResult *
run_valist (const char *db,
            const char *first_arg,
            va_list     ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, (gpointer) db);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  g_ptr_array_add (args, NULL);

  return cli_runv (NULL, (const char * const *) args->pdata);
}

CliResult *
import_run (const char *db,
            const char *first_arg,
            ...)
{
  CliResult *result;
  va_list ap;

  va_start (ap, first_arg);
  result = run_valist (db, first_arg, ap);
  va_end (ap);

  return result;
}

char *
import_ok (const char *db,
           const char *first_arg,
           ...)
{
  g_autoptr(CliResult) result = NULL;
  va_list ap;

  va_start (ap, first_arg);
  result = run_valist (db, first_arg, ap);
  va_end (ap);

  if (result->status != 0)
    g_error ("riaya-cli %s failed (%d): %s%s", first_arg, result->status, result->out, result->err);

  return g_steal_pointer (&result->out);
}

char *
import_db_state (const char *db)
{
  g_autofree char *digest = cli_digest (db);
  g_autofree char *contents = NULL;
  g_autofree char *sha = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gsize length;
  gint64 journal = -1;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT count(*) FROM journal", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    journal = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  g_file_get_contents (db, &contents, &length, &error);
  g_assert_no_error (error);
  sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);

  return g_strdup_printf ("sha256 %s, %" G_GINT64_FORMAT " journal rows, content %s", sha, journal, digest);
}

void
import_make_sender (const char *db)
{
  g_autofree char *init = import_ok (db, "init", "--profile", "national", NULL);
  const char *institutions[][8] = {
    { "T-1", "2019-09-01", "65.15", "student-house", "دار الطالبة أصيلة", "01.511", "pupil:f:40", "Assilah" },
    { "T-2", "2010-03-15", "14.05", "elderly", "Maison des personnes âgées de Fès", "03.231", "elderly:m:30", "Fès-Médina" },
    { "T-3", "2021-06-01", "65.15", "kafala", "دار كفالة سلا", "04.441", "abandoned-child:any:12", "Salé" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (institutions); i++)
    {
      g_autofree char *id = import_ok (db, "institution", "add", "--licence", institutions[i][0],
                                       "--licence-date", institutions[i][1],
                                       "--legal-basis", institutions[i][2], "--type", institutions[i][3],
                                       "--name", institutions[i][4], "--province", institutions[i][5],
                                       "--capacity", institutions[i][6], "--commune", institutions[i][7], NULL);

      g_assert_true (cli_is_uuid_line (id));
    }

  for (guint i = 0; i < 2; i++)
    {
      const char *licence = i == 0 ? "T-1" : "T-2";
      g_autofree char *key = g_strdup_printf ("%s:2025", licence);
      g_autofree char *grant = import_ok (db, "grant", "add", licence, "--year", "2025",
                                          "--amount", "40000.00", "--decided", "2025-02-10",
                                          "--tranche", "2025-03-01:20000.00:2025-03-05",
                                          "--tranche", "2025-09-01:20000.00", NULL);
      g_autofree char *due = NULL;

      g_assert_true (cli_is_uuid_line (grant));
      due = import_ok (db, "grant", "justify", key, "--due", "2026-03-31", NULL);
    }
}

void
import_export (const char *db,
               const char *file)
{
  g_autofree char *out = import_ok (db, "export", "--all", "--year", "2025", "-o", file, NULL);

  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
}

void
import_add_institution (const char *db,
                        const char *licence)
{
  g_autofree char *name = g_strdup_printf ("Dar Talib %s", licence);
  g_autofree char *id = import_ok (db, "institution", "add", "--licence", licence,
                                   "--licence-date", "2020-01-01", "--legal-basis", "65.15",
                                   "--type", "student-house", "--name", name,
                                   "--province", "01.511", "--capacity", "pupil:m:20", NULL);

  g_assert_true (cli_is_uuid_line (id));
}

guint
import_count_institutions (const char *db)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = G_MAXUINT;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT count(*) FROM institutions", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return n;
}

char *
import_python (const char *script,
               const char *input)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                              G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              "python3", "-c", script, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    g_error ("python3 could not read the output: %s\n%s", err, input);

  return g_steal_pointer (&out);
}
