/* riaya-cli-setup.c — riaya-cli init and demo
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-private.h"
#include "riaya-codes.h"
#include "riaya-demo.h"

/* Far beyond the ten times national scale of the benchmarks, low enough
 * that a slip of the keyboard does not fill the disk. */
#define MAX_DEMO_SCALE 100

int
riaya_cli_init (RiayaCliGlobal  *global,
                int              argc,
                char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *profile_text = NULL;
  g_autofree char *province = NULL;
  RiayaProfile profile;
  gboolean created;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_text,
      N_("Who uses this database: director, delegate or national"), N_("PROFILE") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &province,
      N_("The province of a provincial delegate, for example 01.511"), N_("CODE") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Chooses who uses the database: an institution director, a provincial delegate with the province, or national staff. Creates the database when it does not exist yet. Running it again changes the profile."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "init", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("init",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);

  if (profile_text == NULL)
    return _riaya_cli_usage_error ("init", _("Say who uses the database with --profile director, delegate or national."));

  if (!riaya_codes_parse_profile (profile_text, &profile, &error))
    return _riaya_cli_usage_error ("init", "%s", error->message);

  if (profile == RIAYA_PROFILE_DELEGATE && province == NULL)
    return _riaya_cli_usage_error ("init", _("A provincial delegate works for one province: give its code with --province, for example --province 01.511."));

  if (profile != RIAYA_PROFILE_DELEGATE && province != NULL)
    return _riaya_cli_usage_error ("init", _("Only a provincial delegate has a province: leave out --province."));

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_CREATE, &created);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if ((province != NULL && !_riaya_cli_check_province (store, province, &error)) ||
      !riaya_store_set_profile (store, profile, province, &error))
    {
      if (created)
        _riaya_cli_discard_created (&store);
      return _riaya_cli_refuse (error);
    }

  /* Translators: %s is a file name */
  g_print (_("The database “%s” is ready.\n"), global->db_path);
  if (province != NULL)
    {
      RiayaTerritory *territory = riaya_store_lookup_territory (store, province);

      /* Translators: the first %s is a profile such as “Provincial delegate”, the second a province */
      g_print (_("Profile: %s, %s\n"), riaya_profile_to_label (profile),
               riaya_territory_get_display_name (territory));
    }
  else
    {
      /* Translators: %s is a profile such as “National staff” */
      g_print (_("Profile: %s\n"), riaya_profile_to_label (profile));
    }

  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_demo (RiayaCliGlobal  *global,
                int              argc,
                char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GListModel) institutions = NULL;
  g_autoptr(GError) error = NULL;
  gint scale = 1;
  gboolean created;
  gulong places = 0;
  guint n;
  const GOptionEntry entries[] = {
    { "scale", 0, 0, G_OPTION_ARG_INT, &scale,
      N_("How many times the national registry (about 1,300 institutions) to make; default 1"), N_("N") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Loads fictitious but realistic data, marked as demo data, the same every time. It follows the profile: for national staff about 1,300 institutions across the 75 provinces with about 115,000 places and five years of counts of the people present; for a delegate, the institutions of their province; for a director, four institutions with five years of registers. Every profile's demo also holds ten years of the Entraide Nationale's grants to its institutions, with tranches and justifications, some of them late, and five years of the control committee's visits with their decisions and corrective actions, and visits planned. The database must hold no institution yet; a database without a profile is set up for national staff."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "demo", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("demo",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);

  if (scale < 1 || scale > MAX_DEMO_SCALE)
    return _riaya_cli_usage_error ("demo",
                                   /* Translators: %d is the largest scale */
                                   _("The scale is a whole number from 1 to %d."),
                                   MAX_DEMO_SCALE);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_CREATE, &created);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (riaya_store_count_institutions (store) > 0)
    {
      /* Demo data next to real records would mix fiction with facts. */
      return _riaya_cli_refuse_printf (/* Translators: %s is a file name */
                                       _("The database “%s” already holds institutions: load demo data into a new database, named with --db."),
                                       global->db_path);
    }

  /* A demo is a tour of the national registry: without a profile, the
   * database is set up as national staff would see it. */
  if (!riaya_store_get_profile (store, NULL, NULL) &&
      !riaya_store_set_profile (store, RIAYA_PROFILE_NATIONAL, NULL, &error))
    {
      if (created)
        _riaya_cli_discard_created (&store);
      return _riaya_cli_refuse (error);
    }

  if (_riaya_cli_show_progress ())
    g_printerr ("%s\n", _("Making the demo data…"));

  if (!riaya_demo_load (store, (guint) scale, &error))
    {
      if (created)
        _riaya_cli_discard_created (&store);
      return _riaya_cli_refuse (error);
    }

  institutions = riaya_store_list_institutions (store, NULL);
  n = institutions ? g_list_model_get_n_items (institutions) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);

      places += riaya_institution_get_places (institution);
    }

  /* Translators: %u is a number of institutions */
  g_print (ngettext ("%u demo institution loaded.\n", "%u demo institutions loaded.\n", n), n);
  /* Translators: %lu is a number of places */
  g_print (ngettext ("%lu place licensed in all.\n", "%lu places licensed in all.\n", (gulong) places),
           (gulong) places);

  return RIAYA_CLI_EXIT_OK;
}
