/* riaya-cli-institution-show.c — riaya-cli institution list and show
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-codes.h"
#include "riaya-institution-csv.h"

/* Long names and labels are cut in tables; csv and json carry them whole. */
#define NAME_WIDTH 40
#define LABEL_WIDTH 28

typedef struct
{
  char *region;
  char *province;
  char *type;
  char *status;
  char *legal_basis;
  char *search;
  char *on;
  char *format;
} ListOptions;

static void
list_options_clear (ListOptions *options)
{
  g_free (options->region);
  g_free (options->province);
  g_free (options->type);
  g_free (options->status);
  g_free (options->legal_basis);
  g_free (options->search);
  g_free (options->on);
  g_free (options->format);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListOptions, list_options_clear)

typedef struct
{
  gboolean             by_type, by_status, by_basis;
  RiayaInstitutionType type;
  RiayaLicenceStatus   status;
  RiayaLegalBasis      basis;
  GStrv                words; /* folded search words, all of which must match */
} Filter;

static const char *
province_name (RiayaStore *store,
               const char *code)
{
  RiayaTerritory *territory = riaya_store_lookup_territory (store, code);

  return territory != NULL ? riaya_territory_get_display_name (territory) : code;
}

static int
compare_events_by_date (gconstpointer a,
                        gconstpointer b)
{
  RiayaLicenceEvent *ea = *(RiayaLicenceEvent **) a;
  RiayaLicenceEvent *eb = *(RiayaLicenceEvent **) b;

  return g_strcmp0 (riaya_licence_event_get_date (ea), riaya_licence_event_get_date (eb));
}

static int
compare_lines_by_date (gconstpointer a,
                       gconstpointer b)
{
  RiayaCapacityLine *la = *(RiayaCapacityLine **) a;
  RiayaCapacityLine *lb = *(RiayaCapacityLine **) b;

  return g_strcmp0 (riaya_capacity_line_get_effective_date (la),
                    riaya_capacity_line_get_effective_date (lb));
}

/* The items of @model in date order (a stable sort keeps the order of
 * recording for one day). */
static GPtrArray *
sorted_items (GListModel   *model,
              GCompareFunc  compare)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_ptr_array_sort (items, compare);

  return items;
}

static void
write_json_institution (RiayaCliJson     *json,
                        RiayaInstitution *institution,
                        const char       *on,
                        gboolean          full)
{
  g_autofree char *region = riaya_institution_dup_region_code (institution);
  g_autoptr(GPtrArray) in_effect = NULL;

  riaya_cli_json_begin_object (json, NULL);
  riaya_cli_json_string (json, "uuid", riaya_institution_get_uuid (institution));
  riaya_cli_json_string (json, "licence_number", riaya_institution_get_licence_number (institution));
  riaya_cli_json_string (json, "licence_date", riaya_institution_get_licence_date (institution));
  riaya_cli_json_string (json, "legal_basis",
                         riaya_legal_basis_to_code (riaya_institution_get_legal_basis (institution)));
  riaya_cli_json_string (json, "type",
                         riaya_institution_type_to_code (riaya_institution_get_institution_type (institution)));
  riaya_cli_json_string (json, "status",
                         riaya_licence_status_to_code (riaya_institution_get_status_on (institution, on)));
  riaya_cli_json_string (json, "name_ar", riaya_institution_get_name_ar (institution));
  riaya_cli_json_string (json, "name_fr", riaya_institution_get_name_fr (institution));
  riaya_cli_json_string (json, "region_code", region);
  riaya_cli_json_string (json, "province_code", riaya_institution_get_province_code (institution));
  riaya_cli_json_string (json, "commune", riaya_institution_get_commune (institution));
  riaya_cli_json_string (json, "founder", riaya_institution_get_founder (institution));
  riaya_cli_json_string (json, "director", riaya_institution_get_director (institution));
  riaya_cli_json_string (json, "address", riaya_institution_get_address (institution));
  riaya_cli_json_string (json, "phone", riaya_institution_get_phone (institution));

  riaya_cli_json_begin_array (json, "services");
  for (guint s = 0; s < RIAYA_N_SERVICES; s++)
    if (riaya_institution_has_service (institution, s))
      riaya_cli_json_string (json, NULL, riaya_service_to_code (s));
  riaya_cli_json_end_array (json);

  riaya_cli_json_begin_object (json, "staff");
  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    if (riaya_institution_get_staff (institution, r) > 0)
      riaya_cli_json_int (json, riaya_staff_role_to_code (r), riaya_institution_get_staff (institution, r));
  riaya_cli_json_end_object (json);

  riaya_cli_json_string (json, "on", on);
  riaya_cli_json_int (json, "places", riaya_institution_get_places_on (institution, on));

  in_effect = riaya_capacity_lines_on (riaya_institution_get_capacity_lines (institution), on);
  riaya_cli_json_begin_array (json, "capacity");
  for (guint i = 0; i < in_effect->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (in_effect, i);

      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "category", riaya_category_to_code (riaya_capacity_line_get_category (line)));
      riaya_cli_json_string (json, "sex", riaya_sex_to_code (riaya_capacity_line_get_sex (line)));
      riaya_cli_json_int (json, "places", riaya_capacity_line_get_places (line));
      riaya_cli_json_string (json, "effective_date", riaya_capacity_line_get_effective_date (line));
      riaya_cli_json_end_object (json);
    }
  riaya_cli_json_end_array (json);

  if (full)
    {
      g_autoptr(GPtrArray) lines = sorted_items (riaya_institution_get_capacity_lines (institution),
                                                 compare_lines_by_date);
      g_autoptr(GPtrArray) events = sorted_items (riaya_institution_get_events (institution),
                                                  compare_events_by_date);

      riaya_cli_json_begin_array (json, "capacity_lines");
      for (guint i = 0; i < lines->len; i++)
        {
          RiayaCapacityLine *line = g_ptr_array_index (lines, i);

          riaya_cli_json_begin_object (json, NULL);
          riaya_cli_json_string (json, "uuid", riaya_capacity_line_get_uuid (line));
          riaya_cli_json_string (json, "effective_date", riaya_capacity_line_get_effective_date (line));
          riaya_cli_json_string (json, "category", riaya_category_to_code (riaya_capacity_line_get_category (line)));
          riaya_cli_json_string (json, "sex", riaya_sex_to_code (riaya_capacity_line_get_sex (line)));
          riaya_cli_json_int (json, "places", riaya_capacity_line_get_places (line));
          riaya_cli_json_end_object (json);
        }
      riaya_cli_json_end_array (json);

      riaya_cli_json_begin_array (json, "events");
      for (guint i = 0; i < events->len; i++)
        {
          RiayaLicenceEvent *event = g_ptr_array_index (events, i);

          riaya_cli_json_begin_object (json, NULL);
          riaya_cli_json_string (json, "uuid", riaya_licence_event_get_uuid (event));
          riaya_cli_json_string (json, "date", riaya_licence_event_get_date (event));
          riaya_cli_json_string (json, "kind", riaya_licence_event_kind_to_code (riaya_licence_event_get_kind (event)));
          riaya_cli_json_string (json, "deadline", riaya_licence_event_get_deadline (event));
          riaya_cli_json_string (json, "note", riaya_licence_event_get_note (event));
          riaya_cli_json_end_object (json);
        }
      riaya_cli_json_end_array (json);
    }

  riaya_cli_json_end_object (json);
}

static gboolean
filter_matches (const Filter     *filter,
                const ListOptions *options,
                RiayaInstitution *institution)
{
  if (options->province != NULL &&
      g_strcmp0 (riaya_institution_get_province_code (institution), options->province) != 0)
    return FALSE;

  if (options->region != NULL)
    {
      g_autofree char *region = riaya_institution_dup_region_code (institution);

      if (g_strcmp0 (region, options->region) != 0)
        return FALSE;
    }

  if (filter->by_type && riaya_institution_get_institution_type (institution) != filter->type)
    return FALSE;
  if (filter->by_basis && riaya_institution_get_legal_basis (institution) != filter->basis)
    return FALSE;
  if (filter->by_status && riaya_institution_get_status_on (institution, options->on) != filter->status)
    return FALSE;

  for (guint i = 0; filter->words && filter->words[i]; i++)
    if (strstr (riaya_institution_get_search_key (institution), filter->words[i]) == NULL)
      return FALSE;

  return TRUE;
}

/* Reads the filters; a code that does not exist is refused rather than
 * giving an empty list that would look like an answer. */
static int
read_filter (const ListOptions *options,
             RiayaStore        *store,
             Filter            *filter)
{
  g_autoptr(GError) error = NULL;

  if (options->type != NULL)
    {
      filter->by_type = TRUE;
      if (!riaya_codes_parse_institution_type (options->type, &filter->type, &error))
        return _riaya_cli_refuse (error);
    }
  if (options->status != NULL)
    {
      filter->by_status = TRUE;
      if (!riaya_codes_parse_licence_status (options->status, &filter->status, &error))
        return _riaya_cli_refuse (error);
    }
  if (options->legal_basis != NULL)
    {
      filter->by_basis = TRUE;
      if (!riaya_codes_parse_legal_basis (options->legal_basis, &filter->basis, &error))
        return _riaya_cli_refuse (error);
    }
  if (options->region != NULL)
    {
      RiayaTerritory *territory = riaya_store_lookup_territory (store, options->region);

      if (territory == NULL || riaya_territory_get_kind (territory) != RIAYA_TERRITORY_REGION)
        return _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                         _("There is no region with the code “%s”: use a code from 01 to 12 (see “riaya-cli territory list”)."),
                                         options->region);
    }
  if (options->province != NULL && !_riaya_cli_check_province (store, options->province, &error))
    return _riaya_cli_refuse (error);

  if (options->search != NULL)
    {
      g_autofree char *folded = riaya_text_fold (options->search);

      filter->words = g_strsplit_set (g_strstrip (folded), " \t", -1);
      /* Several spaces in a row make empty words: drop them. */
      for (guint i = 0, j = 0;; i++)
        {
          if (filter->words[i] == NULL)
            {
              filter->words[j] = NULL;
              break;
            }
          if (*filter->words[i] != '\0')
            filter->words[j++] = filter->words[i];
          else
            g_free (filter->words[i]);
        }
    }

  return RIAYA_CLI_EXIT_OK;
}

static void
render_list_table (RiayaStore *store,
                   GPtrArray  *matches,
                   const char *on,
                   GString    *out)
{
  g_autoptr(RiayaCliTable) table = riaya_cli_table_new (6);
  gulong places = 0;

  riaya_cli_table_set_column (table, 0, _("Licence"), FALSE, 0);
  riaya_cli_table_set_column (table, 1, _("Name"), FALSE, NAME_WIDTH);
  riaya_cli_table_set_column (table, 2, _("Type"), FALSE, LABEL_WIDTH);
  riaya_cli_table_set_column (table, 3, _("Province"), FALSE, 0);
  riaya_cli_table_set_column (table, 4, _("Status"), FALSE, 0);
  riaya_cli_table_set_column (table, 5, _("Places"), TRUE, 0);

  for (guint i = 0; i < matches->len; i++)
    {
      RiayaInstitution *institution = g_ptr_array_index (matches, i);
      guint n = riaya_institution_get_places_on (institution, on);
      g_autofree char *places_text = g_strdup_printf ("%u", n);
      const char *cells[6] = {
        riaya_institution_get_licence_number (institution),
        riaya_institution_get_display_name (institution),
        riaya_institution_type_to_label (riaya_institution_get_institution_type (institution)),
        province_name (store, riaya_institution_get_province_code (institution)),
        riaya_licence_status_to_label (riaya_institution_get_status_on (institution, on)),
        places_text,
      };

      places += n;
      riaya_cli_table_add_row (table, cells);
    }

  if (matches->len == 0)
    {
      g_string_append (out, _("No institution matches: loosen the filters."));
      g_string_append_c (out, '\n');
      return;
    }

  riaya_cli_table_render (table, "", out);
  g_string_append_c (out, '\n');
  /* Translators: %u is a number of institutions */
  g_string_append_printf (out, _("Institutions: %u"), matches->len);
  g_string_append (out, "    ");
  /* Translators: %lu is a number of licensed places */
  g_string_append_printf (out, _("Places: %lu"), places);
  g_string_append_c (out, '\n');
}

int
_riaya_cli_institution_list (RiayaCliGlobal  *global,
                             int              argc,
                             char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GListModel) institutions = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(ListOptions) options = { NULL };
  g_autofree char *today = riaya_date_today_iso ();
  Filter filter = { FALSE };
  RiayaCliFormat format;
  int status;
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &options.region,
      N_("Only institutions of this region, 01 to 12"), N_("CODE") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &options.province,
      N_("Only institutions of this province or prefecture, such as 01.511"), N_("CODE") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &options.type,
      N_("Only institutions of this type, such as student-house"), N_("TYPE") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &options.status,
      N_("Only licences in this status: none, active, warned, reprimanded, suspended, withdrawn or closed"), N_("CODE") },
    { "legal-basis", 0, 0, G_OPTION_ARG_STRING, &options.legal_basis,
      N_("Only licences under this law: 14.05 or 65.15"), N_("LAW") },
    { "search", 0, 0, G_OPTION_ARG_STRING, &options.search,
      N_("Only institutions whose names, licence number, commune or founder hold every word of TEXT"), N_("TEXT") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &options.on,
      N_("Status and places as on this date (default: today)"), N_("DATE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Lists the institutions, in licence number order, with their status and licensed places today. Filters combine: an institution is listed when it matches every one."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "institution list", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("institution list",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);
  if (!riaya_cli_format_parse (options.format, &format))
    return _riaya_cli_usage_error ("institution list",
                                   _("The format is table, csv or json."));

  if (options.on != NULL && !riaya_date_parse (options.on, NULL, &error))
    return _riaya_cli_refuse (error);
  if (options.on == NULL)
    options.on = g_steal_pointer (&today);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  status = read_filter (&options, store, &filter);
  if (status != RIAYA_CLI_EXIT_OK)
    {
      g_strfreev (filter.words);
      return status;
    }

  institutions = riaya_store_list_institutions (store, &error);
  if (institutions == NULL)
    {
      g_strfreev (filter.words);
      return _riaya_cli_refuse (error);
    }

  matches = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);

      if (filter_matches (&filter, &options, institution))
        g_ptr_array_add (matches, g_steal_pointer (&institution));
    }
  g_strfreev (filter.words);

  if (format == RIAYA_CLI_FORMAT_CSV)
    {
      /* The text the window's “Export List as CSV…” saves. */
      g_autoptr(GListStore) listed = g_list_store_new (RIAYA_TYPE_INSTITUTION);
      g_autofree char *text = NULL;
      gsize length = 0;

      g_list_store_splice (listed, 0, 0, matches->pdata, matches->len);
      text = riaya_institution_csv_dup_text (G_LIST_MODEL (listed), options.on, &length);
      g_string_append_len (out, text, (gssize) length);
    }
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      g_autoptr(RiayaCliJson) json = riaya_cli_json_new (out);

      riaya_cli_json_begin_array (json, NULL);
      for (guint i = 0; i < matches->len; i++)
        write_json_institution (json, g_ptr_array_index (matches, i), options.on, FALSE);
      riaya_cli_json_end_array (json);
    }
  else
    render_list_table (store, matches, options.on, out);

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}

static void
render_show_table (RiayaStore       *store,
                   RiayaInstitution *institution,
                   const char       *on,
                   GString          *out)
{
  g_autoptr(RiayaCliFields) fields = riaya_cli_fields_new ();
  g_autoptr(RiayaCliTable) staff = riaya_cli_table_new (2);
  g_autoptr(RiayaCliTable) history = riaya_cli_table_new (4);
  g_autoptr(RiayaCliTable) capacity = riaya_cli_table_new (3);
  g_autoptr(RiayaCliTable) lines_table = riaya_cli_table_new (4);
  g_autoptr(GPtrArray) events = sorted_items (riaya_institution_get_events (institution),
                                              compare_events_by_date);
  g_autoptr(GPtrArray) lines = sorted_items (riaya_institution_get_capacity_lines (institution),
                                             compare_lines_by_date);
  g_autoptr(GPtrArray) in_effect = riaya_capacity_lines_on (riaya_institution_get_capacity_lines (institution), on);
  g_autofree char *region_code = riaya_institution_dup_region_code (institution);
  RiayaTerritory *region = riaya_store_lookup_territory (store, region_code);
  gboolean any_service = FALSE;
  guint total = 0;

  g_string_append_printf (out, "%s\n\n", riaya_institution_get_display_name (institution));

  riaya_cli_fields_add (fields, _("Licence number"), riaya_institution_get_licence_number (institution));
  riaya_cli_fields_add (fields, _("Licence date"), riaya_institution_get_licence_date (institution));
  riaya_cli_fields_add (fields, _("Legal basis"),
                        riaya_legal_basis_to_label (riaya_institution_get_legal_basis (institution)));
  riaya_cli_fields_add (fields, _("Status"),
                        riaya_licence_status_to_label (riaya_institution_get_status_on (institution, on)));
  riaya_cli_fields_add (fields, _("Type"),
                        riaya_institution_type_to_label (riaya_institution_get_institution_type (institution)));
  riaya_cli_fields_add (fields, _("Name in Arabic"), riaya_institution_get_name_ar (institution));
  riaya_cli_fields_add (fields, _("Name in French"), riaya_institution_get_name_fr (institution));
  riaya_cli_fields_add (fields, _("Region"),
                        region != NULL ? riaya_territory_get_display_name (region) : region_code);
  riaya_cli_fields_add (fields, _("Province"),
                        province_name (store, riaya_institution_get_province_code (institution)));
  riaya_cli_fields_add (fields, _("Commune"), riaya_institution_get_commune (institution));
  riaya_cli_fields_add (fields, _("Address"), riaya_institution_get_address (institution));
  riaya_cli_fields_add (fields, _("Phone"), riaya_institution_get_phone (institution));
  riaya_cli_fields_add (fields, _("Founder"), riaya_institution_get_founder (institution));
  riaya_cli_fields_add (fields, _("Director"), riaya_institution_get_director (institution));
  riaya_cli_fields_add (fields, _("Id"), riaya_institution_get_uuid (institution));
  riaya_cli_fields_render (fields, out);

  g_string_append_printf (out, "\n%s\n", _("Services (Law 65.15 art. 5):"));
  for (guint s = 0; s < RIAYA_N_SERVICES; s++)
    if (riaya_institution_has_service (institution, s))
      {
        g_string_append_printf (out, "  • %s\n", riaya_service_to_label (s));
        any_service = TRUE;
      }
  if (!any_service)
    g_string_append_printf (out, "  %s\n", _("none recorded"));

  g_string_append_printf (out, "\n%s\n", _("Staff:"));
  riaya_cli_table_set_column (staff, 0, _("Role"), FALSE, 0);
  riaya_cli_table_set_column (staff, 1, _("Count"), TRUE, 0);
  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    {
      guint count = riaya_institution_get_staff (institution, r);
      g_autofree char *text = g_strdup_printf ("%u", count);
      const char *cells[2] = { riaya_staff_role_to_label (r), text };

      if (count > 0)
        riaya_cli_table_add_row (staff, cells);
    }
  if (riaya_cli_table_get_n_rows (staff) > 0)
    riaya_cli_table_render (staff, "  ", out);
  else
    g_string_append_printf (out, "  %s\n", _("none recorded"));

  g_string_append_printf (out, "\n%s\n", _("Licence history:"));
  riaya_cli_table_set_column (history, 0, _("Date"), FALSE, 0);
  riaya_cli_table_set_column (history, 1, _("Event"), FALSE, 0);
  riaya_cli_table_set_column (history, 2, _("Deadline"), FALSE, 0);
  riaya_cli_table_set_column (history, 3, _("Note"), FALSE, 0);
  for (guint i = 0; i < events->len; i++)
    {
      RiayaLicenceEvent *event = g_ptr_array_index (events, i);
      const char *cells[4] = {
        riaya_licence_event_get_date (event),
        riaya_licence_event_kind_to_label (riaya_licence_event_get_kind (event)),
        riaya_licence_event_get_deadline (event),
        riaya_licence_event_get_note (event),
      };

      riaya_cli_table_add_row (history, cells);
    }
  riaya_cli_table_render (history, "  ", out);

  g_string_append_c (out, '\n');
  /* Translators: %s is a date */
  g_string_append_printf (out, _("Capacity on %s:"), on);
  g_string_append_c (out, '\n');
  riaya_cli_table_set_column (capacity, 0, _("Category"), FALSE, 0);
  riaya_cli_table_set_column (capacity, 1, _("Sex"), FALSE, 0);
  riaya_cli_table_set_column (capacity, 2, _("Places"), TRUE, 0);
  for (guint i = 0; i < in_effect->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (in_effect, i);
      g_autofree char *places = g_strdup_printf ("%u", riaya_capacity_line_get_places (line));
      const char *cells[3] = {
        riaya_category_to_label (riaya_capacity_line_get_category (line)),
        riaya_sex_to_label (riaya_capacity_line_get_sex (line)),
        places,
      };

      total += riaya_capacity_line_get_places (line);
      riaya_cli_table_add_row (capacity, cells);
    }
  if (in_effect->len > 0)
    {
      g_autofree char *total_text = g_strdup_printf ("%u", total);
      const char *cells[3] = { _("Total"), "", total_text };

      riaya_cli_table_add_row (capacity, cells);
      riaya_cli_table_render (capacity, "  ", out);
    }
  else
    g_string_append_printf (out, "  %s\n", _("no places licensed on that date"));

  g_string_append_printf (out, "\n%s\n", _("Capacity lines, by the date they take effect:"));
  riaya_cli_table_set_column (lines_table, 0, _("From"), FALSE, 0);
  riaya_cli_table_set_column (lines_table, 1, _("Category"), FALSE, 0);
  riaya_cli_table_set_column (lines_table, 2, _("Sex"), FALSE, 0);
  riaya_cli_table_set_column (lines_table, 3, _("Places"), TRUE, 0);
  for (guint i = 0; i < lines->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (lines, i);
      g_autofree char *places = g_strdup_printf ("%u", riaya_capacity_line_get_places (line));
      const char *cells[4] = {
        riaya_capacity_line_get_effective_date (line),
        riaya_category_to_label (riaya_capacity_line_get_category (line)),
        riaya_sex_to_label (riaya_capacity_line_get_sex (line)),
        places,
      };

      riaya_cli_table_add_row (lines_table, cells);
    }
  if (lines->len > 0)
    riaya_cli_table_render (lines_table, "  ", out);
  else
    g_string_append_printf (out, "  %s\n", _("none recorded"));
}

int
_riaya_cli_institution_show (RiayaCliGlobal  *global,
                             int              argc,
                             char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *format_text = NULL;
  g_autofree char *on = NULL;
  RiayaCliFormat format;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on,
      N_("Status and capacity as on this date (default: today)"), N_("DATE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("ID|LICENCE"));
  g_option_context_set_summary (context,
                                _("Shows one institution, found by its id or its licence number: every field, the services, the staff, the licence history, the capacity in effect today and every dated capacity line. The json format holds it all; the csv format is one line with the columns of “institution list --format csv”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "institution show", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("institution show",
                                   _("Name one institution, by its id or its licence number."));
  if (!riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("institution show",
                                   _("The format is table, csv or json."));

  if (on != NULL && !riaya_date_parse (on, NULL, &error))
    return _riaya_cli_refuse (error);
  if (on == NULL)
    on = riaya_date_today_iso ();

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  institution = _riaya_cli_find_institution (store, argv[1]);
  if (institution == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (format == RIAYA_CLI_FORMAT_CSV)
    {
      riaya_institution_csv_append_header (out);
      riaya_institution_csv_append_row (out, institution, on);
    }
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      g_autoptr(RiayaCliJson) json = riaya_cli_json_new (out);

      write_json_institution (json, institution, on, TRUE);
    }
  else
    render_show_table (store, institution, on, out);

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}
