/* riaya-cli-safety.c — riaya-cli backup, restore and check
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-csv.h"

int
riaya_cli_backup (RiayaCliGlobal  *global,
                  int              argc,
                  char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *partial = NULL;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The backup file to write (required)"), N_("FILE") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Replace the file if it exists"), NULL },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Writes a consistent copy of the database, readable by you only, even while Riaya is open. Restore it with “riaya-cli restore”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "backup", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("backup",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here: name the backup file with -o."), argv[1]);
  if (output == NULL)
    return _riaya_cli_usage_error ("backup",
                                   /* Translators: %s is an option such as --kind */
                                   _("Add the option %s: it is required."), "-o");

  if (g_file_test (output, G_FILE_TEST_EXISTS) && !force)
    return _riaya_cli_refuse_printf (/* Translators: %s is a file name */
                                     _("“%s” already exists: choose another name, or add --force to replace it."),
                                     output);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (_riaya_cli_show_progress ())
    g_printerr ("%s\n", _("Copying the database…"));

  /* Written aside, then renamed: an interrupted backup never takes the
   * place of a good one. */
  partial = g_strconcat (output, ".partial", NULL);
  g_unlink (partial);
  if (!riaya_store_backup (store, partial, &error))
    {
      g_unlink (partial);
      return _riaya_cli_refuse (error);
    }
  if (g_rename (partial, output) != 0)
    {
      int saved_errno = errno;

      g_unlink (partial);
      return _riaya_cli_refuse_printf (/* Translators: %s is a file name, the second %s the system's reason */
                                       _("The backup cannot be written to “%s” (%s): choose another place."),
                                       output, g_strerror (saved_errno));
    }

  /* Translators: %s is a file name */
  g_print (_("Backed up to “%s”.\n"), output);
  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_restore (RiayaCliGlobal  *global,
                   int              argc,
                   char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean created;
  guint n;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Replaces the contents of the database with a backup, after checking that the backup is a sound Riaya database. The current contents are first backed up beside the database. The database is created if it does not exist, so that a backup can be brought to a new computer."));

  if (!_riaya_cli_parse_options (global, context, "restore", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("restore", _("Name one backup file to restore."));

  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    return _riaya_cli_refuse_printf (/* Translators: %s is a file name */
                                     _("There is no backup file “%s”: check its name and folder."),
                                     argv[1]);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_CREATE, &created);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (!riaya_store_restore (store, argv[1], &error))
    {
      if (created)
        _riaya_cli_discard_created (&store);
      return _riaya_cli_refuse (error);
    }

  n = riaya_store_count_institutions (store);
  /* Translators: the first %s is a file name, the second the database */
  g_print (_("Restored “%s” into “%s”.\n"), argv[1], global->db_path);
  /* Translators: %u is a number of institutions */
  g_print (ngettext ("It holds %u institution.\n", "It holds %u institutions.\n", n), n);

  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_check (RiayaCliGlobal  *global,
                 int              argc,
                 char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *format_text = NULL;
  RiayaCliFormat format;
  gboolean sound;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Checks the database: SQLite's integrity and foreign keys, and Riaya's own rules (every licence starts with its grant, capacity fits the type, provinces exist, licence numbers are unique). Prints each problem found; the exit status is 1 when there is any."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "check", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("check",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);
  if (!riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("check", _("The format is table, csv or json."));

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  sound = riaya_store_check (store, &problems, &error);
  if (!sound && problems == NULL)
    return _riaya_cli_refuse (error);
  if (problems == NULL)
    problems = g_ptr_array_new_with_free_func (g_free);

  if (format == RIAYA_CLI_FORMAT_CSV)
    {
      const char *header[] = { "problem" };

      riaya_csv_append_row (out, header, 1);
      for (guint i = 0; i < problems->len; i++)
        riaya_csv_append_row (out, (const char * const *) &problems->pdata[i], 1);
    }
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      g_autoptr(RiayaCliJson) json = riaya_cli_json_new (out);

      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_boolean (json, "sound", sound && problems->len == 0);
      riaya_cli_json_begin_array (json, "problems");
      for (guint i = 0; i < problems->len; i++)
        riaya_cli_json_string (json, NULL, g_ptr_array_index (problems, i));
      riaya_cli_json_end_array (json);
      riaya_cli_json_end_object (json);
    }
  else if (sound && problems->len == 0)
    {
      guint n = riaya_store_count_institutions (store);

      /* Translators: %s is a file name, %u a number of institutions */
      g_string_append_printf (out, ngettext ("The database “%s” is sound (%u institution).\n",
                                             "The database “%s” is sound (%u institutions).\n", n),
                              global->db_path, n);
    }
  else
    {
      for (guint i = 0; i < problems->len; i++)
        g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (problems, i));
    }

  riaya_cli_write (out);

  if (sound && problems->len == 0)
    return RIAYA_CLI_EXIT_OK;

  /* Translators: %u is a number of problems */
  g_printerr (ngettext ("The check found %u problem: restore a backup made before it appeared, or correct it in Riaya.\n",
                        "The check found %u problems: restore a backup made before they appeared, or correct them in Riaya.\n",
                        problems->len),
              problems->len);
  return RIAYA_CLI_EXIT_REFUSED;
}
