/* riaya-cli-institution-summary.c — riaya-cli institution summary
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The institution's one-page summary as a PDF file, the same page the
 * GUI prints from the institution's window: for scripts, and for the
 * tests that read it back without a display.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-private.h"
#include "riaya-institution-summary.h"

int
_riaya_cli_institution_summary (RiayaCliGlobal  *global,
                                int              argc,
                                char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaInstitutionSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;
  g_autofree char *output = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on,
      N_("The institution as it stood on this date (default: today)"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write (required)"), N_("FILE.pdf") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("ID|LICENCE"));
  g_option_context_set_summary (context,
                                _("Writes the one-page summary of an institution as a PDF file, in the language of the command line: its names, type, legal basis and place, its licence and the latest events of it, its places and the people present at the latest count, its staff against the norms, the grants of the last years and the last visits of the control committee. It names no resident."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "institution summary", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("institution summary",
                                   _("Name one institution, by its id or its licence number."));
  if (output == NULL)
    return _riaya_cli_usage_error ("institution summary",
                                   /* Translators: %s is an option such as --language */
                                   _("Add the option %s: it is required."), "-o");

  if (on != NULL && !riaya_date_parse (on, NULL, &error))
    return _riaya_cli_refuse (error);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  institution = _riaya_cli_find_institution (store, argv[1]);
  if (institution == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  summary = riaya_institution_summary_new (store, riaya_institution_get_uuid (institution),
                                           on != NULL ? on : today, today,
                                           g_strcmp0 (riaya_interface_language (), "ar") == 0, &error);
  if (summary == NULL || !riaya_institution_summary_write_pdf (summary, output, &error))
    return _riaya_cli_refuse (error);

  return RIAYA_CLI_EXIT_OK;
}
