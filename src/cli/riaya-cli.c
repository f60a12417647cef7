/* riaya-cli.c — riaya-cli: the work of Riaya without a display
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scripts depend on the names, options, output and exit statuses of this
 * program (cli.md): they change only by addition.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "riaya-cli-private.h"

typedef struct
{
  const char          *name;
  RiayaCliCommandFunc  func;
  const char          *summary;
} Command;

static const Command commands[] = {
  { "init", riaya_cli_init, N_("Choose the profile of the database (first step)") },
  { "demo", riaya_cli_demo, N_("Load fictitious demo data at national scale") },
  { "institution", riaya_cli_institution, N_("Add, list, show and import institutions") },
  { "capacity", riaya_cli_capacity, N_("Record a change of licensed capacity") },
  { "licence", riaya_cli_licence, N_("Record an event in the history of a licence") },
  { "resident", riaya_cli_resident, N_("Admit residents, record exits, list and show the register") },
  { "occupancy", riaya_cli_occupancy, N_("People present against licensed places, per institution or group") },
  { "grant", riaya_cli_grant, N_("Record the Entraide Nationale's grants, their tranches and justification") },
  { "inspection", riaya_cli_inspection, N_("Plan and record the control committee's visits, their programme and follow-ups") },
  { "export", riaya_cli_export, N_("Write the exchange file for the delegation or the Entraide Nationale") },
  { "import", riaya_cli_import, N_("Import exchange files from institutions and delegations, file by file") },
  { "validate", riaya_cli_validate, N_("Check exchange files without importing them") },
  { "conflicts", riaya_cli_conflicts, N_("Review and settle records changed both here and in an imported file") },
  { "report", riaya_cli_report, N_("Compute a national table: institutions, capacity and occupancy by region, grants by year, inspections by region, compliance") },
  { "territory", riaya_cli_territory, N_("List the regions and provinces and their codes") },
  { "backup", riaya_cli_backup, N_("Copy the database to a backup file") },
  { "restore", riaya_cli_restore, N_("Replace the database with a backup") },
  { "check", riaya_cli_check, N_("Check that the database is sound") },
};

static void
setup_locale (void)
{
  const char *localedir = g_getenv ("RIAYA_LOCALEDIR");
  const char *ctype;

  setlocale (LC_ALL, "");

  /* Names in Arabic and French pass through this program whatever the
   * locale: a script run from cron in the C locale must not see them
   * refused or turned into question marks. */
  ctype = setlocale (LC_CTYPE, NULL);
  if (ctype == NULL || g_str_equal (ctype, "C") || g_str_equal (ctype, "POSIX"))
    setlocale (LC_CTYPE, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
_riaya_cli_usage_error (const char *command,
                        const char *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("%s\n", message);
  /* Translators: %s is a command such as “institution add” */
  g_printerr (_("Run “riaya-cli %s --help” to see how to use it."), command);
  g_printerr ("\n");

  return RIAYA_CLI_EXIT_USAGE;
}

int
_riaya_cli_refuse (const GError *error)
{
  g_printerr ("%s\n", error->message);
  return RIAYA_CLI_EXIT_REFUSED;
}

int
_riaya_cli_refuse_printf (const char *format,
                          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("%s\n", message);
  return RIAYA_CLI_EXIT_REFUSED;
}

gboolean
_riaya_cli_parse_options (RiayaCliGlobal  *global,
                          GOptionContext  *context,
                          const char      *command,
                          int             *argc,
                          char          ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("riaya-cli %s", command);
  char *db = NULL;
  GOptionEntry db_entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db,
      N_("The database to use (default: $RIAYA_DB, else the application's own)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, db_entries, GETTEXT_PACKAGE);

  /* The usage line of --help names the program by its prgname. */
  g_set_prgname (prgname);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_free (db);
      _riaya_cli_usage_error (command, "%s", error->message);
      return FALSE;
    }

  if (db != NULL)
    {
      g_free (global->db_path);
      global->db_path = db;
    }

  return TRUE;
}

gboolean
_riaya_cli_show_progress (void)
{
  return isatty (STDERR_FILENO);
}

static void
remove_database_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        g_printerr ("%s: %s\n", file, g_strerror (errno));
    }
}

RiayaStore *
_riaya_cli_open_store (RiayaCliGlobal *global,
                       RiayaCliAccess  access,
                       gboolean       *created)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = NULL;
  const char *path = global->db_path;
  gboolean existed = g_file_test (path, G_FILE_TEST_EXISTS);

  if (created != NULL)
    *created = FALSE;

  if (!existed && access != RIAYA_CLI_ACCESS_CREATE)
    {
      _riaya_cli_refuse_printf (/* Translators: %s is a file name */
                                _("There is no Riaya database at “%s”: run “riaya-cli init --profile …” first, or name another database with --db."),
                                path);
      return NULL;
    }

  if (!existed)
    {
      g_autofree char *folder = g_path_get_dirname (path);

      if (g_mkdir_with_parents (folder, 0700) != 0)
        {
          int saved_errno = errno;

          _riaya_cli_refuse_printf (/* Translators: %s is a folder, the second %s the system's reason */
                                    _("The folder “%s” cannot be created (%s): choose another place with --db."),
                                    folder, g_strerror (saved_errno));
          return NULL;
        }
    }

  store = riaya_store_open (path, &error);
  if (store == NULL)
    {
      /* Nothing is left behind by a command that failed. */
      if (!existed)
        remove_database_files (path);
      _riaya_cli_refuse (error);
      return NULL;
    }

  if (access == RIAYA_CLI_ACCESS_WRITE && !riaya_store_get_profile (store, NULL, NULL))
    {
      _riaya_cli_refuse_printf (/* Translators: %s is a file name */
                                _("The database “%s” has no profile yet: run “riaya-cli init --profile …” first."),
                                path);
      return NULL;
    }

  if (created != NULL)
    *created = !existed;

  return g_steal_pointer (&store);
}

void
_riaya_cli_discard_created (RiayaStore **store)
{
  g_autofree char *path = NULL;

  g_return_if_fail (store != NULL && RIAYA_IS_STORE (*store));

  path = g_strdup (riaya_store_get_path (*store));
  g_clear_object (store);
  remove_database_files (path);
}

gboolean
_riaya_cli_check_province (RiayaStore  *store,
                           const char  *code,
                           GError     **error)
{
  RiayaTerritory *territory;

  if (!riaya_validate_province_code (code, error))
    return FALSE;

  territory = riaya_store_lookup_territory (store, code);
  if (territory == NULL || riaya_territory_get_kind (territory) == RIAYA_TERRITORY_REGION)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_UNKNOWN_TERRITORY,
                   /* Translators: %s is a province code */
                   _("There is no province or prefecture with the code “%s”: see the codes with “riaya-cli territory list”."),
                   code);
      return FALSE;
    }

  return TRUE;
}

void
_riaya_cli_auto_backup (RiayaStore *store)
{
  g_autoptr(GError) error = NULL;

  /* Scripts that only ever use riaya-cli deserve the application's
   * safety net too. A backup that cannot be made does not stop the work,
   * but the person is told. */
  if (!riaya_store_auto_backup (store, NULL, NULL, &error))
    g_printerr (/* Translators: %s says why the automatic backup failed */
                _("The daily automatic backup could not be made (%s); the command went on. Make a backup with “riaya-cli backup”.\n"),
                error->message);
}

RiayaInstitution *
_riaya_cli_find_institution (RiayaStore *store,
                             const char *id)
{
  g_autoptr(GError) error = NULL;
  RiayaInstitution *institution;

  institution = riaya_store_get_institution (store, id, &error);
  if (institution != NULL)
    return institution;

  if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
    _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                              _("No institution has the id or licence number “%s”: look it up with “riaya-cli institution list --search …”."),
                              id);
  else
    _riaya_cli_refuse (error);

  return NULL;
}

int
_riaya_cli_dispatch (RiayaCliGlobal           *global,
                     const char               *group,
                     const RiayaCliSubcommand *subcommands,
                     guint                     n_subcommands,
                     int                       argc,
                     char                    **argv)
{
  const char *name = argc > 1 ? argv[1] : NULL;

  if (name != NULL && (g_str_equal (name, "--help") || g_str_equal (name, "-h")))
    {
      g_autoptr(GString) out = g_string_new (NULL);

      /* Translators: %s is a group of commands such as “institution” */
      g_string_append_printf (out, _("Usage: riaya-cli %s COMMAND [OPTION…]"), group);
      g_string_append (out, "\n\n");
      g_string_append (out, _("Commands:"));
      g_string_append_c (out, '\n');
      for (guint i = 0; i < n_subcommands; i++)
        {
          g_string_append (out, "  ");
          g_string_append (out, subcommands[i].name);
          for (guint pad = (guint) strlen (subcommands[i].name); pad < 14; pad++)
            g_string_append_c (out, ' ');
          g_string_append (out, _(subcommands[i].summary));
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
      /* Translators: %s is a group of commands such as “institution” */
      g_string_append_printf (out, _("Run “riaya-cli %s COMMAND --help” for the options of a command."), group);
      g_string_append_c (out, '\n');
      g_print ("%s", out->str);
      return RIAYA_CLI_EXIT_OK;
    }

  for (guint i = 0; name != NULL && i < n_subcommands; i++)
    if (g_str_equal (name, subcommands[i].name))
      return subcommands[i].func (global, argc - 1, argv + 1);

  if (name == NULL)
    return _riaya_cli_usage_error (group,
                                   /* Translators: %s is a group of commands such as “institution” */
                                   _("“riaya-cli %s” needs a command after it."),
                                   group);

  return _riaya_cli_usage_error (group,
                                 /* Translators: the first %s is what was typed, the second a group of commands */
                                 _("“%s” is not a command of “riaya-cli %s”."),
                                 name, group);
}

static char *
describe_commands (void)
{
  GString *out = g_string_new (_("Commands:"));

  g_string_append_c (out, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_string_append (out, "  ");
      g_string_append (out, commands[i].name);
      for (guint pad = (guint) strlen (commands[i].name); pad < 14; pad++)
        g_string_append_c (out, ' ');
      g_string_append (out, _(commands[i].summary));
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
  g_string_append (out, _("Run “riaya-cli COMMAND --help” for the options of a command. Dates are written YYYY-MM-DD."));

  return g_string_free (out, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *db = NULL;
  RiayaCliGlobal global = { NULL };
  gboolean version = FALSE;
  const char *command;
  int status;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db,
      N_("The database to use (default: $RIAYA_DB, else the application's own)"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };

  setup_locale ();
  g_set_prgname ("riaya-cli");

  context = g_option_context_new (_("COMMAND [ARGUMENT…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  /* Options after the command belong to the command. */
  g_option_context_set_strict_posix (context, TRUE);
  g_option_context_set_summary (context,
                                _("Keeps the records of licensed social care institutions: the same work as the Riaya application, for scripts and batch jobs."));
  description = describe_commands ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      g_printerr ("%s\n", _("Run “riaya-cli --help” to see how to use it."));
      return RIAYA_CLI_EXIT_USAGE;
    }

  if (version)
    {
      g_print ("riaya-cli %s\n", PACKAGE_VERSION);
      return RIAYA_CLI_EXIT_OK;
    }

  if (argc < 2)
    {
      g_printerr ("%s\n", _("Name a command, for example “riaya-cli institution list”."));
      g_printerr ("%s\n", _("Run “riaya-cli --help” to see how to use it."));
      return RIAYA_CLI_EXIT_USAGE;
    }

  command = argv[1];

  if (db != NULL)
    global.db_path = g_steal_pointer (&db);
  else if (g_getenv ("RIAYA_DB") != NULL && *g_getenv ("RIAYA_DB") != '\0')
    global.db_path = g_strdup (g_getenv ("RIAYA_DB"));
  else
    global.db_path = riaya_store_default_path ();

  status = -1;
  for (guint i = 0; i < G_N_ELEMENTS (commands) && status < 0; i++)
    if (g_str_equal (command, commands[i].name))
      status = commands[i].func (&global, argc - 1, argv + 1);

  if (status < 0)
    {
      g_printerr (/* Translators: %s is what was typed */
                  _("“%s” is not a command of riaya-cli."), command);
      g_printerr ("\n%s\n", _("Run “riaya-cli --help” to see how to use it."));
      status = RIAYA_CLI_EXIT_USAGE;
    }

  g_free (global.db_path);

  return status;
}
