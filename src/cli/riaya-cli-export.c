/* riaya-cli-export.c — riaya-cli export
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exchange file (docs/exchange-format.md) that goes from an
 * institution to its provincial delegation and from a delegation to the
 * Entraide Nationale, written by the exchange layer
 * (riaya-exchange-writer.h). Who may export what follows the profile: a
 * director their houses, a delegate their province, national staff any
 * part of the registry. The register of residents goes only from a
 * director's database, only when asked, and the command says what leaves
 * the machine (Law 09-08).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-private.h"
#include "riaya-exchange-writer.h"
#include "riaya-store-exchange.h"

/* Dates a reader of the format accepts (docs/exchange-format.md). */
#define FIRST_YEAR 1900
#define LAST_YEAR  2100

typedef struct
{
  char   **institutions;
  char    *province;
  gboolean all;
  char    *year;
  char    *from;
  char    *to;
  gboolean with_register;
  char    *output;
} ExportArgs;

static void
export_args_clear (ExportArgs *args)
{
  g_strfreev (args->institutions);
  g_free (args->province);
  g_free (args->year);
  g_free (args->from);
  g_free (args->to);
  g_free (args->output);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportArgs, export_args_clear)

/* The instant of the export: SOURCE_DATE_EPOCH when set, so that a build
 * or a test gets the same file twice (reproducible-builds.org). */
static GDateTime *
dup_created (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc ((gint64) seconds);

  return NULL;
}

static gboolean
date_in_range (const char *date)
{
  return g_strcmp0 (date, "1900-01-01") >= 0 && g_strcmp0 (date, "2100-12-31") <= 0;
}

/* The period as dates, from --year or --from and --to (the year in
 * progress by default). Prints why not and returns FALSE. */
static gboolean
resolve_period (ExportArgs  *args,
                char       **from,
                char       **to,
                int         *status)
{
  g_autoptr(GError) error = NULL;
  guint year;

  *status = RIAYA_CLI_EXIT_USAGE;
  if (args->year != NULL && (args->from != NULL || args->to != NULL))
    {
      _riaya_cli_usage_error ("export", "%s", _("Give either --year or --from and --to, not both."));
      return FALSE;
    }
  if ((args->from == NULL) != (args->to == NULL))
    {
      _riaya_cli_usage_error ("export", "%s",
                              _("A period needs both ends: give --from and --to together, or --year."));
      return FALSE;
    }

  *status = RIAYA_CLI_EXIT_REFUSED;
  if (args->from != NULL)
    {
      if (!riaya_date_parse (args->from, NULL, &error) || !riaya_date_parse (args->to, NULL, &error))
        {
          _riaya_cli_refuse (error);
          return FALSE;
        }
      if (riaya_date_compare (args->from, args->to) > 0)
        {
          _riaya_cli_refuse_printf (/* Translators: %1$s and %2$s are dates */
                                    _("The period ends on %2$s, before it starts on %1$s: give --from the first day and --to the last."),
                                    args->from, args->to);
          return FALSE;
        }
      *from = g_strdup (args->from);
      *to = g_strdup (args->to);
    }
  else
    {
      g_autofree char *today = riaya_date_today_iso ();

      year = (guint) g_ascii_strtoull (today, NULL, 10);
      if (args->year != NULL && !_riaya_cli_parse_year (args->year, &year, &error))
        {
          _riaya_cli_refuse (error);
          return FALSE;
        }
      *from = g_strdup_printf ("%04u-01-01", year);
      *to = g_strdup_printf ("%04u-12-31", year);
    }

  if (!date_in_range (*from) || !date_in_range (*to))
    {
      _riaya_cli_refuse_printf (/* Translators: %1$d and %2$d are years */
                                _("An exchange file covers days from %1$d to %2$d: choose a period within them."),
                                FIRST_YEAR, LAST_YEAR);
      g_clear_pointer (from, g_free);
      g_clear_pointer (to, g_free);
      return FALSE;
    }

  return TRUE;
}

/* Who may export what. A delegate's province is theirs alone; the
 * register leaves only a director's database. Prints why not. */
static gboolean
check_profile (RiayaStore  *store,
               ExportArgs  *args,
               char       **province)
{
  RiayaProfile profile;
  g_autofree char *own = NULL;

  riaya_store_get_profile (store, &profile, &own);

  if (args->with_register && profile != RIAYA_PROFILE_DIRECTOR)
    {
      _riaya_cli_refuse_printf ("%s",
                                _("Only a director's database keeps the register of residents: export without --with-register."));
      return FALSE;
    }

  if (profile == RIAYA_PROFILE_DELEGATE)
    {
      if (args->province != NULL && g_strcmp0 (args->province, own) != 0)
        {
          _riaya_cli_refuse_printf (/* Translators: %1$s is the province asked for, %2$s the delegate's own */
                                    _("This is the database of the delegate of the province %2$s: it exports the institutions of %2$s, not those of %1$s. Leave out --province."),
                                    args->province, own);
          return FALSE;
        }
      for (guint i = 0; args->institutions != NULL && args->institutions[i] != NULL; i++)
        {
          g_autoptr(RiayaInstitution) institution = _riaya_cli_find_institution (store, args->institutions[i]);

          if (institution == NULL)
            return FALSE;
          if (g_strcmp0 (riaya_institution_get_province_code (institution), own) != 0)
            {
              _riaya_cli_refuse_printf (/* Translators: %1$s is a licence number, %2$s and %3$s province codes */
                                        _("The institution %1$s is in the province %2$s: a delegate of %3$s exports only the institutions of %3$s."),
                                        riaya_institution_get_licence_number (institution),
                                        riaya_institution_get_province_code (institution), own);
              return FALSE;
            }
        }
      /* By default, and with --all, the delegate's province. */
      if (args->institutions == NULL)
        *province = g_strdup (own);
      return TRUE;
    }

  *province = g_strdup (args->province);
  return TRUE;
}

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  /* The line is rewritten in place on the terminal. */
  g_printerr ("\r");
  /* Translators: progress of an export, on a terminal; %1$u and %2$u are numbers of institutions */
  g_printerr (_("Exporting: %1$u of %2$u institutions…"), done, total);
  if (done == total)
    g_printerr ("\n");
}

int
riaya_cli_export (RiayaCliGlobal  *global,
                  int              argc,
                  char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDateTime) created = dup_created ();
  g_autoptr(GError) error = NULL;
  g_auto(ExportArgs) args = { NULL };
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *province = NULL;
  g_autofree char *output = NULL;
  RiayaExportOptions options = { NULL };
  gboolean progress = _riaya_cli_show_progress ();
  guint records = 0;
  int status;
  const GOptionEntry entries[] = {
    { "institution", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.institutions,
      N_("Export this institution (id or licence number); repeat it for several"), N_("ID") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &args.province,
      N_("Export the institutions of this province or prefecture, such as 01.511"), N_("CODE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &args.all,
      N_("Export every institution this database may export (the default)"), NULL },
    { "year", 0, 0, G_OPTION_ARG_STRING, &args.year,
      N_("The year the file covers (default: the year in progress)"), N_("YEAR") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &args.from,
      N_("The first day of the period (with --to)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &args.to,
      N_("The last day of the period (with --from)"), N_("DATE") },
    { "with-register", 0, 0, G_OPTION_ARG_NONE, &args.with_register,
      N_("Also put the register of residents in the file, names and all (a director's database only)"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output,
      N_("The file to write (required); a folder: a file there named as Riaya proposes, whose path is printed"), N_("FILE.xml") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Writes the exchange file that institutions send to their provincial delegation and delegations to the Entraide Nationale (docs/exchange-format.md): "
                                  "each institution with its licence and its history, capacity, services and staff; the people present at the end of the period and the admissions and exits during it, as figures; "
                                  "the grants of the years of the period; the visits of the period and those whose actions are still open. The file is written whole or not at all."));
  g_option_context_set_description (context,
                                    _("A director's file covers their institutions, a delegate's their province, national staff's the whole registry unless --institution or --province says otherwise. "
                                      "Each export gets the next number of this database's sequence, so the importer knows which file is newer. "
                                      "Residents' names, CNIE numbers, birth places, health and guardians stay out of the file unless --with-register is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "export", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("export",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);
  if (args.output == NULL)
    return _riaya_cli_usage_error ("export",
                                   /* Translators: %s is an option */
                                   _("Add the option %s: it names the file to write."), "-o");
  if ((args.institutions != NULL) + (args.province != NULL) + (args.all != FALSE) > 1)
    return _riaya_cli_usage_error ("export", "%s",
                                   _("Choose what to export with one of --institution, --province or --all."));
  if (!resolve_period (&args, &from, &to, &status))
    return status;

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (args.province != NULL && !_riaya_cli_check_province (store, args.province, &error))
    return _riaya_cli_refuse (error);
  if (!check_profile (store, &args, &province))
    return RIAYA_CLI_EXIT_REFUSED;

  if (args.with_register)
    g_printerr ("%s\n",
                _("The file will hold the register of residents: their names, birth dates and places, CNIE numbers, family and health status, and their guardians. "
                  "Personal data protected by Law 09-08 leaves this computer with it: send it only to whom the law allows, and keep it as safe as the register."));

  options.institutions = (const char * const *) args.institutions;
  options.province_code = province;
  options.from = from;
  options.to = to;
  options.with_register = args.with_register;
  options.created = created;

  /* A folder: the file takes the name Riaya proposes, and its path is
   * printed, as a command that creates something prints what it made. */
  if (g_file_test (args.output, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = riaya_exchange_dup_file_name (store, &options,
                                                            riaya_store_peek_export_sequence (store));

      output = g_build_filename (args.output, name, NULL);
    }
  else
    output = g_strdup (args.output);

  file = g_file_new_for_commandline_arg (output);
  if (!riaya_exchange_export (store, &options, file, progress ? on_progress : NULL, NULL, &records, NULL, &error))
    return _riaya_cli_refuse (error);
  if (!g_str_equal (output, args.output))
    g_print ("%s\n", output);

  /* A sentence for people, on stderr: stdout stays empty, as for other
   * commands that write a file. */
  if (progress)
    {
      g_printerr (/* Translators: %1$u is a number of records, %2$s a file name */
                  ngettext ("%1$u record saved in %2$s.", "%1$u records saved in %2$s.", records),
                  records, output);
      g_printerr ("\n");
    }

  return RIAYA_CLI_EXIT_OK;
}
