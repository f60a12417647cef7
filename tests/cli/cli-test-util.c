/* cli-test-util.c — running the built riaya-cli from tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>

#include "cli-test-util.h"
#include "riaya-store.h"

static char *program;
static char *home;

static void remove_tree (const char *path);

void
cli_set_program (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE));
  program = g_strdup (path);

  /* Not G_TEST_OPTION_ISOLATE_DIRS: GLib 2.74 leaks there, which would
   * hide our own leaks under the sanitizers. */
  home = g_dir_make_tmp ("riaya-cli-home-XXXXXX", &error);
  g_assert_no_error (error);
}

void
cli_clean_up (void)
{
  if (home != NULL)
    remove_tree (home);
  g_clear_pointer (&home, g_free);
  g_clear_pointer (&program, g_free);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

void
cli_fixture_set_up (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("riaya-cli-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "riaya.db", NULL);
}

void
cli_fixture_tear_down (CliFixture    *fixture,
                       gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->db, g_free);
}

char *
cli_fixture_path (CliFixture *fixture,
                  const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

void
cli_result_free (CliResult *result)
{
  if (result == NULL)
    return;

  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

const char *
cli_home (void)
{
  return home;
}

CliResult *
cli_runv (const char         *language,
          const char * const *args)
{
  return cli_runv_full (language, NULL, args);
}

CliResult *
cli_runv_full (const char         *language,
               const char         *riaya_db,
               const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CliResult *result = g_new0 (CliResult, 1);

  g_assert_nonnull (program);

  g_ptr_array_add (argv, program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (riaya_db != NULL)
    g_subprocess_launcher_setenv (launcher, "RIAYA_DB", riaya_db, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "RIAYA_DB");
  g_subprocess_launcher_setenv (launcher, "HOME", home, TRUE);
  for (guint i = 0; i < 4; i++)
    {
      static const char * const names[] = { "DATA", "CONFIG", "CACHE", "STATE" };
      g_autofree char *variable = g_strdup_printf ("XDG_%s_HOME", names[i]);
      g_autofree char *folder = g_build_filename (home, names[i], NULL);

      g_subprocess_launcher_setenv (launcher, variable, folder, TRUE);
    }
  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  /* The output must be UTF-8: communicate_utf8 refuses anything else. */
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);

  if (g_test_verbose ())
    {
      g_autofree char *joined = g_strjoinv (" ", (char **) args);

      g_test_message ("riaya-cli %s → %d\n%s%s", joined, result->status, result->out, result->err);
    }

  return result;
}

static GPtrArray *
collect_args (const char *first_arg,
              va_list     ap)
{
  GPtrArray *args = g_ptr_array_new ();

  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  g_ptr_array_add (args, NULL);

  return args;
}

CliResult *
cli_run_lang (const char *language,
              const char *first_arg,
              ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first_arg);
  args = collect_args (first_arg, ap);
  va_end (ap);

  return cli_runv (language, (const char * const *) args->pdata);
}

char *
cli_ok (CliFixture *fixture,
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

  return g_steal_pointer (&result->out);
}

char *
cli_ok_uuid (CliFixture *fixture,
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

/* Runs riaya-cli --db <fixture db> with the arguments, in @language, and
 * checks the refusal: @status, every “|”-separated part of @needles in
 * stderr, nothing on stdout, the database unchanged. Returns stderr. */
char *
cli_refuse_lang (CliFixture *fixture,
                 const char *language,
                 int         status,
                 const char *needles,
                 const char *first_arg,
                 ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(CliResult) result = NULL;
  g_autofree char *before = cli_digest (fixture->db);
  g_autofree char *after = NULL;
  g_auto(GStrv) parts = g_strsplit (needles, "|", -1);
  va_list ap;

  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, fixture->db);
  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  result = cli_runv (language, (const char * const *) args->pdata);

  if (result->status != status)
    g_error ("riaya-cli %s: exit status %d, expected %d; stderr: %s",
             first_arg, result->status, status, result->err);
  g_assert_cmpstr (result->out, ==, "");
  for (guint i = 0; parts[i] != NULL; i++)
    if (strstr (result->err, parts[i]) == NULL)
      g_error ("riaya-cli %s: stderr does not name “%s”: %s", first_arg, parts[i], result->err);

  after = cli_digest (fixture->db);
  g_assert_cmpstr (after, ==, before);

  return g_steal_pointer (&result->err);
}

char *
cli_digest (const char *path)
{
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return g_strdup ("absent");

  store = riaya_store_open (path, &error);
  g_assert_no_error (error);

  return riaya_store_dup_content_digest (store);
}

void
cli_make_registry (CliFixture *fixture)
{
  g_autofree char *init = cli_ok (fixture, "init", "--profile", "national", NULL);
  g_autofree char *t1 = NULL;
  g_autofree char *t2 = NULL;
  g_autofree char *t3 = NULL;

  t1 = cli_ok (fixture, "institution", "add", "--licence", "T-1", "--licence-date", "2019-09-01",
               "--legal-basis", "65.15", "--type", "student-house",
               "--name", "دار الطالبة أصيلة", "--name-fr", "Dar Taliba Assilah",
               "--province", "01.511", "--commune", "Assilah",
               "--capacity", "pupil:f:40", NULL);
  t2 = cli_ok (fixture, "institution", "add", "--licence", "T-2", "--licence-date", "2010-03-15",
               "--legal-basis", "14.05", "--type", "elderly",
               "--name", "Maison des personnes âgées de Fès", "--province", "03.231",
               "--commune", "Fès-Médina", "--capacity", "elderly:m:30", "--capacity", "elderly:f:25", NULL);
  t3 = cli_ok (fixture, "institution", "add", "--licence", "T-3", "--licence-date", "2021-06-01",
               "--legal-basis", "65.15", "--type", "kafala",
               "--name-ar", "دار كفالة سلا", "--province", "04.441",
               "--capacity", "abandoned-child:any:12", NULL);

  g_assert_true (cli_is_uuid_line (t1));
  g_assert_true (cli_is_uuid_line (t2));
  g_assert_true (cli_is_uuid_line (t3));
}

void
cli_make_director (CliFixture *fixture)
{
  g_autofree char *init = cli_ok (fixture, "init", "--profile", "director", NULL);
  g_autofree char *d1 = NULL;
  g_autofree char *d2 = NULL;
  g_autofree char *d3 = NULL;

  d1 = cli_ok (fixture, "institution", "add", "--licence", "D-1", "--licence-date", "2019-09-01",
               "--legal-basis", "65.15", "--type", "student-house", "--name-fr", "Dar Taliba Assilah",
               "--province", "01.511", "--capacity", "pupil:m:2", "--capacity", "pupil:f:2", NULL);
  d2 = cli_ok (fixture, "institution", "add", "--licence", "D-2", "--licence-date", "2020-01-01",
               "--legal-basis", "65.15", "--type", "student-house", "--name-fr", "Dar Talib Fès",
               "--province", "03.231", "--capacity", "pupil:m:5", "--capacity", "pupil:f:5", NULL);
  d3 = cli_ok (fixture, "institution", "add", "--licence", "D-3", "--licence-date", "2015-01-01",
               "--legal-basis", "14.05", "--type", "elderly", "--name-fr", "Maison des aînées de Salé",
               "--province", "04.441", "--capacity", "elderly:f:10", NULL);

  g_assert_true (cli_is_uuid_line (d1));
  g_assert_true (cli_is_uuid_line (d2));
  g_assert_true (cli_is_uuid_line (d3));
}

char *
cli_take_uuid (char *out)
{
  g_assert_true (cli_is_uuid_line (out));
  out[strlen (out) - 1] = '\0';
  return out;
}

gboolean
cli_is_uuid_line (const char *text)
{
  g_autofree char *copy = NULL;

  if (text == NULL || !g_str_has_suffix (text, "\n"))
    return FALSE;

  copy = g_strndup (text, strlen (text) - 1);
  return g_uuid_string_is_valid (copy);
}

guint
cli_display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}
