/* riaya-cli-inspection-ics.c — riaya-cli inspection ics
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The visits as an iCalendar file for the delegations' calendars
 * (exchange.md, "Calendar and spreadsheets"), written by the exchange
 * layer (riaya-ics.h) with the place of each institution. Visits
 * cancelled in the period are written too, so that calendars drop them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-private.h"
#include "riaya-ics.h"
#include "riaya-store-inspections.h"

typedef struct
{
  char *region;
  char *province;
  char *institution;
  char *from;
  char *to;
  char *output;
} IcsOptions;

static void
ics_options_clear (IcsOptions *options)
{
  g_free (options->region);
  g_free (options->province);
  g_free (options->institution);
  g_free (options->from);
  g_free (options->to);
  g_free (options->output);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (IcsOptions, ics_options_clear)

/* The instant of the export: SOURCE_DATE_EPOCH when set, so that a build
 * or a test gets the same file twice (reproducible-builds.org). */
static GDateTime *
export_stamp (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc ((gint64) seconds);

  return g_date_time_new_now_utc ();
}

int
_riaya_cli_inspection_ics (RiayaCliGlobal  *global,
                           int              argc,
                           char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GListModel) cancelled = NULL;
  g_autoptr(GHashTable) locations = NULL;
  g_autoptr(GDateTime) stamp = export_stamp ();
  g_autoptr(GError) error = NULL;
  g_auto(IcsOptions) options = { NULL };
  g_autofree char *today = riaya_date_today_iso ();
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  RiayaIcsOptions ics = RIAYA_ICS_OPTIONS_INIT;
  guint n;
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &options.region,
      N_("Only institutions of this region, 01 to 12"), N_("CODE") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &options.province,
      N_("Only institutions of this province or prefecture, such as 01.511"), N_("CODE") },
    { "institution", 0, 0, G_OPTION_ARG_STRING, &options.institution,
      N_("Only the visits of this institution (id or licence number)"), N_("INSTITUTION") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from,
      N_("Only visits on or after this day (done, else planned)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to,
      N_("Only visits on or before this day"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("The calendar file to write (required)"), N_("FILE.ics") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Saves the visits as an iCalendar file (RFC 5545) that calendar programs import: one all-day event per visit, on the day it was done or is planned for, with the institution, the place, the kind of visit, the committee invited and the status. "
                                  "Each event keeps the visit's id, so importing a later file updates the calendar instead of adding the visits twice, and visits cancelled since are marked cancelled."));
  g_option_context_set_description (context,
                                    _("The file names institutions and members of the committee, never a resident; the findings stay out of it."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "inspection ics", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("inspection ics",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);
  if (options.output == NULL)
    return _riaya_cli_usage_error ("inspection ics",
                                   /* Translators: %s is an option */
                                   _("Add the option %s: it names the calendar file to write."), "-o");
  if ((options.from != NULL && !riaya_date_parse (options.from, NULL, &error)) ||
      (options.to != NULL && !riaya_date_parse (options.to, NULL, &error)))
    return _riaya_cli_refuse (error);
  filter.from = options.from;
  filter.to = options.to;
  filter.status_on = today;

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (!_riaya_cli_inspection_filter_by (store, options.region, options.province, options.institution, &institution, &filter))
    return RIAYA_CLI_EXIT_REFUSED;

  visits = riaya_store_list_inspections (store, &filter, &error);
  if (visits != NULL)
    cancelled = riaya_store_list_cancelled_inspections (store, &filter, &error);
  if (cancelled != NULL)
    locations = riaya_ics_dup_locations (store, visits, cancelled, &error);
  if (locations == NULL)
    return _riaya_cli_refuse (error);

  ics.today = today;
  ics.stamp = stamp;
  ics.locations = locations;
  if (!riaya_ics_write_file (options.output, visits, cancelled, &ics, &error))
    return _riaya_cli_refuse (error);

  n = g_list_model_get_n_items (visits);
  /* A sentence for people, on stderr: stdout stays empty, as for other
   * commands that write a file. */
  if (_riaya_cli_show_progress ())
    {
      g_printerr (/* Translators: %1$u is a number of visits, %2$u of cancelled visits, %3$s a file name */
                  ngettext ("%1$u visit and %2$u cancelled saved in %3$s.",
                            "%1$u visits and %2$u cancelled saved in %3$s.", n),
                  n, g_list_model_get_n_items (cancelled), options.output);
      g_printerr ("\n");
    }

  return RIAYA_CLI_EXIT_OK;
}
