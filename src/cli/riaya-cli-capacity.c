/* riaya-cli-capacity.c — riaya-cli capacity set
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-private.h"
#include "riaya-codes.h"

static int capacity_set (RiayaCliGlobal *global, int argc, char **argv);

static const RiayaCliSubcommand subcommands[] = {
  { "set", capacity_set, N_("Record licensed places from a date") },
};

static int
capacity_set (RiayaCliGlobal  *global,
              int              argc,
              char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *effective = NULL;
  gboolean seen[RIAYA_N_CATEGORIES][RIAYA_N_SEXES] = { { FALSE } };
  const GOptionEntry entries[] = {
    { "effective", 0, 0, G_OPTION_ARG_STRING, &effective,
      N_("Date the places take effect (required)"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("ID|LICENCE CATEGORY:SEX:PLACES…"));
  g_option_context_set_summary (context,
                                _("Records the licensed places of an institution for one or more categories and sexes from a date, and prints the id of each new line. Earlier lines stay: the capacity on any past date is still known. 0 places ends a category."));
  g_option_context_set_description (context,
                                    _("Categories: abandoned-child, child, pupil, disabled, homeless, woman, elderly. "
                                      "Sexes: m, f, any. An institution holds places only for the categories its type serves (Law 65.15 art. 3)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "capacity set", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc < 3)
    return _riaya_cli_usage_error ("capacity set",
                                   _("Name the institution, then at least one CATEGORY:SEX:PLACES, for example pupil:f:40."));
  if (effective == NULL)
    return _riaya_cli_usage_error ("capacity set",
                                   /* Translators: %s is an option such as --effective */
                                   _("Add the option %s: it is required."),
                                   "--effective");

  if (!riaya_date_parse (effective, NULL, &error))
    return _riaya_cli_refuse (error);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  institution = _riaya_cli_find_institution (store, argv[1]);
  if (institution == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  lines = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 2; i < argc; i++)
    {
      g_autoptr(RiayaCapacityLine) line = riaya_codes_parse_capacity (argv[i], effective, &error);
      gboolean *slot;

      if (line == NULL ||
          !riaya_capacity_check_line (riaya_institution_get_institution_type (institution),
                                      riaya_institution_get_licence_date (institution),
                                      line, &error))
        return _riaya_cli_refuse (error);

      slot = &seen[riaya_capacity_line_get_category (line)][riaya_capacity_line_get_sex (line)];
      if (*slot)
        return _riaya_cli_refuse_printf (/* Translators: the first %s is a category, the second a sex */
                                         _("The capacity for “%s”, “%s” is given twice: give it once."),
                                         riaya_category_to_label (riaya_capacity_line_get_category (line)),
                                         riaya_sex_to_label (riaya_capacity_line_get_sex (line)));
      *slot = TRUE;

      g_ptr_array_add (lines, g_steal_pointer (&line));
    }

  _riaya_cli_auto_backup (store);
  if (!riaya_store_add_capacity_lines (store, riaya_institution_get_uuid (institution), lines, &error))
    return _riaya_cli_refuse (error);

  out = g_string_new (NULL);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", riaya_capacity_line_get_uuid (g_ptr_array_index (lines, i)));
  g_print ("%s", out->str);

  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_capacity (RiayaCliGlobal  *global,
                    int              argc,
                    char           **argv)
{
  return _riaya_cli_dispatch (global, "capacity", subcommands, G_N_ELEMENTS (subcommands),
                              argc, argv);
}
