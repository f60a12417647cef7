/* riaya-cli-institution.c — riaya-cli institution add and import-csv
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-private.h"
#include "riaya-codes.h"
#include "riaya-institution-csv.h"

static int institution_add        (RiayaCliGlobal *global, int argc, char **argv);
static int institution_import_csv (RiayaCliGlobal *global, int argc, char **argv);

static const RiayaCliSubcommand subcommands[] = {
  { "add", institution_add, N_("Register a licensed institution") },
  { "list", _riaya_cli_institution_list, N_("List institutions, with filters") },
  { "show", _riaya_cli_institution_show, N_("Show everything about one institution") },
  { "summary", _riaya_cli_institution_summary, N_("Write the one-page summary of an institution as PDF") },
  { "import-csv", institution_import_csv, N_("Add many institutions from a CSV file, all or none") },
};

typedef struct
{
  char  *licence;
  char  *licence_date;
  char  *legal_basis;
  char  *type;
  char  *name;
  char  *name_ar;
  char  *name_fr;
  char  *province;
  char  *commune;
  char  *founder;
  char  *director;
  char  *address;
  char  *phone;
  char **services;
  char **staff;
  char **capacity;
  char  *effective;
} AddOptions;

static void
add_options_clear (AddOptions *options)
{
  g_free (options->licence);
  g_free (options->licence_date);
  g_free (options->legal_basis);
  g_free (options->type);
  g_free (options->name);
  g_free (options->name_ar);
  g_free (options->name_fr);
  g_free (options->province);
  g_free (options->commune);
  g_free (options->founder);
  g_free (options->director);
  g_free (options->address);
  g_free (options->phone);
  g_strfreev (options->services);
  g_strfreev (options->staff);
  g_strfreev (options->capacity);
  g_free (options->effective);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AddOptions, add_options_clear)

static int
missing_option (const char *option)
{
  return _riaya_cli_usage_error ("institution add",
                                 /* Translators: %s is an option such as --licence */
                                 _("Add the option %s: it is required."),
                                 option);
}

/* Builds the institution from the options, checking each value as it
 * goes, so that the first problem is named in terms of its option. */
static RiayaInstitution *
build_institution (AddOptions  *options,
                   RiayaStore  *store,
                   GError     **error)
{
  g_autoptr(RiayaInstitution) institution = riaya_institution_new ();
  RiayaLegalBasis basis;
  RiayaInstitutionType type;
  guint services = 0;

  if (!riaya_validate_licence_number (options->licence, error))
    return NULL;
  riaya_institution_set_licence_number (institution, options->licence);

  if (!riaya_validate_past_date (options->licence_date, _("The licence date"), NULL, error))
    return NULL;
  riaya_institution_set_licence_date (institution, options->licence_date);

  if (!riaya_codes_parse_legal_basis (options->legal_basis, &basis, error) ||
      !riaya_codes_parse_institution_type (options->type, &type, error))
    return NULL;
  riaya_institution_set_legal_basis (institution, basis);
  riaya_institution_set_institution_type (institution, type);

  riaya_institution_set_name_ar (institution, options->name_ar);
  riaya_institution_set_name_fr (institution, options->name_fr);

  if (!_riaya_cli_check_province (store, options->province, error))
    return NULL;
  riaya_institution_set_province_code (institution, options->province);

  riaya_institution_set_commune (institution, options->commune);
  riaya_institution_set_founder (institution, options->founder);
  riaya_institution_set_director (institution, options->director);
  riaya_institution_set_address (institution, options->address);
  riaya_institution_set_phone (institution, options->phone);

  for (guint i = 0; options->services && options->services[i]; i++)
    {
      RiayaService service;

      if (!riaya_codes_parse_service (options->services[i], &service, error))
        return NULL;
      services |= 1u << service;
    }
  riaya_institution_set_services (institution, services);

  for (guint i = 0; options->staff && options->staff[i]; i++)
    {
      RiayaStaffRole role;
      guint count;

      if (!riaya_codes_parse_staff (options->staff[i], &role, &count, error))
        return NULL;
      riaya_institution_set_staff (institution, role, count);
    }

  if (options->effective != NULL && !riaya_date_parse (options->effective, NULL, error))
    return NULL;

  for (guint i = 0; options->capacity && options->capacity[i]; i++)
    {
      g_autoptr(RiayaCapacityLine) line = NULL;

      line = riaya_codes_parse_capacity (options->capacity[i],
                                         options->effective ? options->effective : options->licence_date,
                                         error);
      if (line == NULL)
        return NULL;
      riaya_institution_add_capacity_line (institution, line);
    }

  if (!riaya_institution_validate (institution, NULL, error))
    return NULL;

  if (riaya_store_licence_number_exists (store, options->licence, NULL))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                   /* Translators: %s is a licence number */
                   _("Licence number “%s” is already recorded for another institution: licence numbers are unique nationally, so check the number."),
                   options->licence);
      return NULL;
    }

  return g_steal_pointer (&institution);
}

static int
institution_add (RiayaCliGlobal  *global,
                 int              argc,
                 char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(AddOptions) options = { NULL };
  const GOptionEntry entries[] = {
    { "licence", 0, 0, G_OPTION_ARG_STRING, &options.licence,
      N_("Licence number, unique nationally (required)"), N_("NUM") },
    { "licence-date", 0, 0, G_OPTION_ARG_STRING, &options.licence_date,
      N_("Date the licence was granted (required)"), N_("DATE") },
    { "legal-basis", 0, 0, G_OPTION_ARG_STRING, &options.legal_basis,
      N_("Law of the licence: 14.05 or 65.15 (required)"), N_("LAW") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &options.type,
      N_("Type of institution: kafala, child-protection, student-house, disability, homeless, women, elderly or samu-social (required)"), N_("TYPE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &options.name,
      N_("Name; it goes to the Arabic name if written in Arabic, else to the French name"), N_("TEXT") },
    { "name-ar", 0, 0, G_OPTION_ARG_STRING, &options.name_ar,
      N_("Name in Arabic"), N_("TEXT") },
    { "name-fr", 0, 0, G_OPTION_ARG_STRING, &options.name_fr,
      N_("Name in French"), N_("TEXT") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &options.province,
      N_("Code of the province or prefecture, for example 01.511 (required)"), N_("CODE") },
    { "commune", 0, 0, G_OPTION_ARG_STRING, &options.commune,
      N_("Commune"), N_("TEXT") },
    { "founder", 0, 0, G_OPTION_ARG_STRING, &options.founder,
      N_("Founder or managing association"), N_("TEXT") },
    { "director", 0, 0, G_OPTION_ARG_STRING, &options.director,
      N_("Director"), N_("TEXT") },
    { "address", 0, 0, G_OPTION_ARG_STRING, &options.address,
      N_("Address"), N_("TEXT") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &options.phone,
      N_("Phone number"), N_("TEXT") },
    { "service", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.services,
      N_("A service of Law 65.15 art. 5 offered, such as accommodation (repeatable)"), N_("CODE") },
    { "staff", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.staff,
      N_("Staff of one role, such as educator:4 (repeatable)"), N_("ROLE:COUNT") },
    { "capacity", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.capacity,
      N_("Licensed places, such as pupil:f:40 (repeatable)"), N_("CATEGORY:SEX:PLACES") },
    { "effective", 0, 0, G_OPTION_ARG_STRING, &options.effective,
      N_("Date the capacity takes effect (default: the licence date)"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Registers a licensed institution and prints its id. The licence history starts with its grant on the licence date; record later events with “riaya-cli licence event”."));
  g_option_context_set_description (context,
                                    _("Categories: abandoned-child, child, pupil, disabled, homeless, woman, elderly. "
                                      "Sexes: m, f, any. Each type holds places only for the categories it serves (Law 65.15 art. 3). "
                                      "Dates are written YYYY-MM-DD."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "institution add", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("institution add",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);

  if (options.licence == NULL)
    return missing_option ("--licence");
  if (options.licence_date == NULL)
    return missing_option ("--licence-date");
  if (options.legal_basis == NULL)
    return missing_option ("--legal-basis");
  if (options.type == NULL)
    return missing_option ("--type");
  if (options.province == NULL)
    return missing_option ("--province");
  if (options.name == NULL && options.name_ar == NULL && options.name_fr == NULL)
    return missing_option ("--name");
  if (options.effective != NULL && options.capacity == NULL)
    return _riaya_cli_usage_error ("institution add",
                                   _("--effective dates the capacity: give the capacity with --capacity too, or leave --effective out."));

  /* A bare --name goes where its script says (riaya_text_is_arabic). */
  if (options.name != NULL)
    {
      char **slot = riaya_text_is_arabic (options.name) ? &options.name_ar : &options.name_fr;

      if (*slot != NULL)
        return _riaya_cli_usage_error ("institution add",
                                       slot == &options.name_ar
                                       ? _("The Arabic name is given twice: use either --name or --name-ar.")
                                       : _("The French name is given twice: use either --name or --name-fr."));
      *slot = g_steal_pointer (&options.name);
    }

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  institution = build_institution (&options, store, &error);
  if (institution == NULL)
    return _riaya_cli_refuse (error);

  _riaya_cli_auto_backup (store);
  if (!riaya_store_add_institution (store, institution, &error))
    return _riaya_cli_refuse (error);

  g_print ("%s\n", riaya_institution_get_uuid (institution));
  return RIAYA_CLI_EXIT_OK;
}

static char *
describe_columns (void)
{
  GString *out = g_string_new (NULL);

  g_string_append (out, _("The file is CSV as RFC 4180 describes it: UTF-8 (a byte-order mark is allowed), commas between fields, quotes around any field that holds a comma, a quote or a line break. The first line names the columns, in any order:"));
  g_string_append (out, "\n\n");
  g_string_append (out, _("  licence_number   licence number, unique nationally (required)\n"
                          "  licence_date     date of the licence, YYYY-MM-DD (required)\n"
                          "  legal_basis      14.05 or 65.15 (required)\n"
                          "  type             kafala, child-protection, student-house, disability,\n"
                          "                   homeless, women, elderly or samu-social (required)\n"
                          "  name_ar          name in Arabic  (name_ar or name_fr required)\n"
                          "  name_fr          name in French\n"
                          "  province_code    province or prefecture, such as 01.511 (required)\n"
                          "  commune, founder, director, address, phone\n"
                          "  services         service codes separated by “;”, such as meals;accommodation\n"
                          "  staff            ROLE:COUNT separated by “;”, such as director:1;educator:4\n"
                          "  capacity         CATEGORY:SEX:PLACES[:DATE] separated by “;”,\n"
                          "                   such as pupil:f:40;pupil:m:36\n"
                          "  effective_date   date of capacity given without one (default: licence_date)\n"));
  g_string_append_c (out, '\n');
  g_string_append (out, _("The columns uuid, region_code, status and places, which “riaya-cli institution list --format csv” writes, are ignored, so that a listing can be imported into another database. Every line is checked first and every problem is named by its line number; if any line has a problem, nothing is imported. On success the id of each new institution is printed, one per line."));

  return g_string_free (out, FALSE);
}

static int
institution_import_csv (RiayaCliGlobal  *global,
                        int              argc,
                        char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GPtrArray) institutions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *description = describe_columns ();

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Adds every institution of a CSV file in one step: all of them, or none if any line has a problem."));
  g_option_context_set_description (context, description);

  if (!_riaya_cli_parse_options (global, context, "institution import-csv", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("institution import-csv",
                                   _("Name one CSV file to import."));

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (_riaya_cli_show_progress ())
    /* Translators: %s is a file name */
    g_printerr (_("Checking “%s”…\n"), argv[1]);

  /* Before the file is read: a refused import may leave today's copy of
   * the unchanged database, which is harmless. */
  _riaya_cli_auto_backup (store);
  institutions = riaya_institution_csv_import (store, argv[1], NULL, &error);
  if (institutions == NULL)
    return _riaya_cli_refuse (error);

  out = g_string_new (NULL);
  for (guint i = 0; i < institutions->len; i++)
    g_string_append_printf (out, "%s\n", riaya_institution_get_uuid (g_ptr_array_index (institutions, i)));
  g_print ("%s", out->str);

  if (_riaya_cli_show_progress ())
    /* Translators: %u is a number of institutions */
    g_printerr (ngettext ("%u institution imported.\n", "%u institutions imported.\n", institutions->len),
                institutions->len);

  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_institution (RiayaCliGlobal  *global,
                       int              argc,
                       char           **argv)
{
  return _riaya_cli_dispatch (global, "institution", subcommands, G_N_ELEMENTS (subcommands),
                              argc, argv);
}
