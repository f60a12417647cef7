/* riaya-cli-licence.c — riaya-cli licence event
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-private.h"
#include "riaya-codes.h"

static int licence_event (RiayaCliGlobal *global, int argc, char **argv);

static const RiayaCliSubcommand subcommands[] = {
  { "event", licence_event, N_("Record an event in the history of a licence") },
};

static int
licence_event (RiayaCliGlobal  *global,
               int              argc,
               char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaLicenceEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *note = NULL;
  RiayaLicenceEventKind kind;
  const GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text,
      N_("granted, modified, warning, reprimand, suspended, withdrawn, closed or reopened (required)"), N_("KIND") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("Date of the event (required)"), N_("DATE") },
    { "deadline", 0, 0, G_OPTION_ARG_STRING, &deadline,
      N_("Deadline to regularise, for a warning, a reprimand or a suspension (Law 65.15 art. 34)"), N_("DATE") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note,
      N_("A note, such as the reference of the decision"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("ID|LICENCE"));
  g_option_context_set_summary (context,
                                _("Adds an event to the history of a licence and prints its id. The status of the licence follows from its events; an event that makes no sense at its date, such as reopening an institution that is not closed, is refused."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "licence event", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("licence event",
                                   _("Name one institution, by its id or its licence number."));
  if (kind_text == NULL)
    return _riaya_cli_usage_error ("licence event",
                                   /* Translators: %s is an option such as --kind */
                                   _("Add the option %s: it is required."), "--kind");
  if (date == NULL)
    return _riaya_cli_usage_error ("licence event",
                                   /* Translators: %s is an option such as --kind */
                                   _("Add the option %s: it is required."), "--date");

  if (!riaya_codes_parse_licence_event_kind (kind_text, &kind, &error))
    return _riaya_cli_refuse (error);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  institution = _riaya_cli_find_institution (store, argv[1]);
  if (institution == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  event = riaya_licence_event_new (kind, date, deadline, note);

  if (!riaya_licence_check_event (riaya_institution_get_events (institution), event,
                                  riaya_institution_get_licence_date (institution), NULL, &error))
    return _riaya_cli_refuse (error);

  _riaya_cli_auto_backup (store);
  if (!riaya_store_add_licence_event (store, riaya_institution_get_uuid (institution), event, &error))
    return _riaya_cli_refuse (error);

  g_print ("%s\n", riaya_licence_event_get_uuid (event));
  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_licence (RiayaCliGlobal  *global,
                   int              argc,
                   char           **argv)
{
  return _riaya_cli_dispatch (global, "licence", subcommands, G_N_ELEMENTS (subcommands),
                              argc, argv);
}
