/* riaya-cli-territory.c — riaya-cli territory list
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The codes that --province and --region take, and CSV files carry.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-csv.h"

static int territory_list (RiayaCliGlobal *global, int argc, char **argv);

static const RiayaCliSubcommand subcommands[] = {
  { "list", territory_list, N_("List the regions and provinces and their codes") },
};

static const char *
kind_code (RiayaTerritoryKind kind)
{
  switch (kind)
    {
    case RIAYA_TERRITORY_REGION:
      return "region";
    case RIAYA_TERRITORY_PREFECTURE:
      return "prefecture";
    case RIAYA_TERRITORY_PROVINCE:
    default:
      return "province";
    }
}

static const char *
kind_label (RiayaTerritoryKind kind)
{
  switch (kind)
    {
    case RIAYA_TERRITORY_REGION:
      return C_("territory", "Region");
    case RIAYA_TERRITORY_PREFECTURE:
      return C_("territory", "Prefecture");
    case RIAYA_TERRITORY_PROVINCE:
    default:
      return C_("territory", "Province");
    }
}

static void
add_territory (RiayaTerritory *territory,
               RiayaCliFormat  format,
               RiayaCliTable  *table,
               RiayaCliJson   *json,
               GString        *out)
{
  RiayaTerritoryKind kind = riaya_territory_get_kind (territory);

  if (format == RIAYA_CLI_FORMAT_CSV)
    {
      const char *row[] = {
        riaya_territory_get_code (territory), kind_code (kind),
        riaya_territory_get_region_code (territory),
        riaya_territory_get_name_ar (territory), riaya_territory_get_name_fr (territory),
      };

      riaya_csv_append_row (out, row, G_N_ELEMENTS (row));
    }
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "code", riaya_territory_get_code (territory));
      riaya_cli_json_string (json, "kind", kind_code (kind));
      riaya_cli_json_string (json, "region_code", riaya_territory_get_region_code (territory));
      riaya_cli_json_string (json, "name_ar", riaya_territory_get_name_ar (territory));
      riaya_cli_json_string (json, "name_fr", riaya_territory_get_name_fr (territory));
      riaya_cli_json_end_object (json);
    }
  else
    {
      g_autofree char *code = g_strconcat (kind == RIAYA_TERRITORY_REGION ? "" : "  ",
                                           riaya_territory_get_code (territory), NULL);
      const char *cells[] = {
        code, kind_label (kind),
        riaya_territory_get_name_fr (territory), riaya_territory_get_name_ar (territory),
      };

      riaya_cli_table_add_row (table, cells);
    }
}

static int
territory_list (RiayaCliGlobal  *global,
                int              argc,
                char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(RiayaCliTable) table = riaya_cli_table_new (4);
  g_autoptr(RiayaCliJson) json = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *region_code = NULL;
  g_autofree char *format_text = NULL;
  RiayaCliFormat format;
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_code,
      N_("Only this region and its provinces, 01 to 12"), N_("CODE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Lists the 12 regions and the 75 prefectures and provinces of the kingdom with their official codes."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "territory list", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("territory list",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);
  if (!riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("territory list", _("The format is table, csv or json."));

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (region_code != NULL)
    {
      RiayaTerritory *region = riaya_store_lookup_territory (store, region_code);

      if (region == NULL || riaya_territory_get_kind (region) != RIAYA_TERRITORY_REGION)
        return _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                         _("There is no region with the code “%s”: use a code from 01 to 12."),
                                         region_code);
    }

  riaya_cli_table_set_column (table, 0, _("Code"), FALSE, 0);
  riaya_cli_table_set_column (table, 1, _("Kind"), FALSE, 0);
  riaya_cli_table_set_column (table, 2, _("Name in French"), FALSE, 0);
  riaya_cli_table_set_column (table, 3, _("Name in Arabic"), FALSE, 0);

  if (format == RIAYA_CLI_FORMAT_CSV)
    {
      const char *header[] = { "code", "kind", "region_code", "name_ar", "name_fr" };

      riaya_csv_append_row (out, header, G_N_ELEMENTS (header));
    }
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      json = riaya_cli_json_new (out);
      riaya_cli_json_begin_array (json, NULL);
    }

  regions = riaya_store_list_regions (store);
  for (guint r = 0; r < g_list_model_get_n_items (regions); r++)
    {
      g_autoptr(RiayaTerritory) region = g_list_model_get_item (regions, r);
      g_autoptr(GListModel) provinces = NULL;

      if (region_code != NULL && g_strcmp0 (region_code, riaya_territory_get_code (region)) != 0)
        continue;

      add_territory (region, format, table, json, out);
      provinces = riaya_store_list_provinces (store, riaya_territory_get_code (region));
      for (guint p = 0; p < g_list_model_get_n_items (provinces); p++)
        {
          g_autoptr(RiayaTerritory) province = g_list_model_get_item (provinces, p);

          add_territory (province, format, table, json, out);
        }
    }

  if (format == RIAYA_CLI_FORMAT_JSON)
    riaya_cli_json_end_array (json);
  else if (format == RIAYA_CLI_FORMAT_TABLE)
    riaya_cli_table_render (table, "", out);

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_territory (RiayaCliGlobal  *global,
                     int              argc,
                     char           **argv)
{
  return _riaya_cli_dispatch (global, "territory", subcommands, G_N_ELEMENTS (subcommands),
                              argc, argv);
}
