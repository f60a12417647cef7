/* riaya-cli-occupancy.c — riaya-cli occupancy
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People present against licensed capacity on a date. It reads the
 * store's counts, not the register, so that it works in every profile
 * (a national database holds counts and no names) and never prints a
 * name (Law 09-08).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-csv.h"
#include "riaya-store-residents.h"

#define NAME_WIDTH 40

static const char * const all_columns[] = {
  "licence", "institution", "province_code", "places", "present", "rate", "over",
};

static const char * const group_columns[] = {
  "category", "sex", "places", "present", "rate", "state",
};

/* One line of either table: an institution, a group of places, or the
 * total. */
typedef struct
{
  guint    places;
  guint    present;
  gboolean known;  /* whether the people present are known */
  gboolean over;
  gboolean full;
} Line;

/* The rate as “87.5”, with “.” whatever the locale; NULL without places
 * or without a count. */
static char *
rate_text (const Line *line)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!line->known || line->places == 0)
    return NULL;

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", 100.0 * line->present / line->places));
}

static char *
rate_label (const Line *line)
{
  g_autofree char *rate = rate_text (line);

  if (rate == NULL)
    return NULL;

  /* Tables are for people: the decimal mark of their language (CSV and
   * JSON keep “.”). */
  /* Translators: the decimal mark of numbers shown to people: “,” in French */
  g_strdelimit (rate, ".", *C_("decimal mark", "."));
  /* Translators: a rate in percent, such as “87.5%”; French writes “87,5 %” */
  return g_strdup_printf (_("%s%%"), rate);
}

static char *
present_text (const Line *line)
{
  return line->known ? g_strdup_printf ("%u", line->present) : NULL;
}

static void
json_line (RiayaCliJson *json,
           const Line   *line)
{
  riaya_cli_json_int (json, "places", line->places);
  if (line->known)
    riaya_cli_json_int (json, "present", line->present);
  else
    riaya_cli_json_string (json, "present", NULL);
  if (line->known && line->places > 0)
    riaya_cli_json_decimal (json, "rate", 100.0 * line->present / line->places, 1);
  else
    riaya_cli_json_string (json, "rate", NULL);
}

static const char *
state_code (const Line *line)
{
  if (!line->known)
    return NULL;
  return line->over ? "over" : line->full ? "full" : "ok";
}

static const char *
state_label (const Line *line)
{
  if (!line->known)
    return NULL;
  /* Translators: the state of a group of places */
  return line->over ? _("Over capacity") : line->full ? C_("occupancy", "Full") : C_("occupancy", "OK");
}

static const char *
yes_no_label (gboolean value)
{
  return value ? _("Yes") : _("No");
}

/* --- Every institution ------------------------------------------------ */

static int
occupancy_all (RiayaStore     *store,
               const char     *on,
               RiayaCliFormat  format,
               GString        *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (store, &error);
  g_autoptr(GHashTable) presence = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RiayaCliTable) table = NULL;
  g_autoptr(RiayaCliJson) json = NULL;
  gboolean keeps_registers = riaya_store_keeps_registers (store);
  Line total = { 0, 0, TRUE, FALSE, FALSE };
  guint known_places = 0;
  guint n_over = 0;

  if (institutions == NULL)
    return _riaya_cli_refuse (error);
  presence = riaya_store_presence_on (store, on, NULL, &error);
  if (presence == NULL)
    return _riaya_cli_refuse (error);

  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (institutions, i);
      const RiayaPresence *present = g_hash_table_lookup (presence, riaya_institution_get_uuid (institution));
      RiayaPresence nobody = { { { 0 } } };
      g_autoptr(GArray) groups = NULL;
      Line line = { 0 };

      /* Not licensed yet on that date: not an institution then. */
      if (riaya_institution_get_status_on (institution, on) == RIAYA_LICENCE_STATUS_NONE)
        continue;

      /* A director's register is complete: no count means nobody yet.
       * Elsewhere it means the count has not arrived. */
      line.known = present != NULL || keeps_registers;
      groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (institution), on,
                                       present != NULL ? present : &nobody);
      line.places = riaya_institution_get_places_on (institution, on);
      line.present = present != NULL ? riaya_presence_total (present) : 0;
      line.over = line.known && riaya_occupancy_any_over (groups);

      total.places += line.places;
      if (line.known)
        {
          total.present += line.present;
          known_places += line.places;
        }
      if (line.over)
        n_over++;

      g_array_append_val (lines, line);
      g_ptr_array_add (listed, g_steal_pointer (&institution));
    }
  total.over = n_over > 0;

  if (format == RIAYA_CLI_FORMAT_JSON)
    {
      json = riaya_cli_json_new (out);
      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "on", on);
      riaya_cli_json_begin_array (json, "institutions");
    }
  else if (format == RIAYA_CLI_FORMAT_CSV)
    riaya_csv_append_row (out, all_columns, G_N_ELEMENTS (all_columns));
  else
    {
      table = riaya_cli_table_new (G_N_ELEMENTS (all_columns));
      riaya_cli_table_set_column (table, 0, _("Licence"), FALSE, 0);
      riaya_cli_table_set_column (table, 1, _("Institution"), FALSE, NAME_WIDTH);
      riaya_cli_table_set_column (table, 2, _("Province"), FALSE, 0);
      riaya_cli_table_set_column (table, 3, _("Places"), TRUE, 0);
      riaya_cli_table_set_column (table, 4, C_("column", "Present"), TRUE, 0);
      riaya_cli_table_set_column (table, 5, _("Rate"), TRUE, 0);
      /* Translators: a short column title: whether over capacity */
      riaya_cli_table_set_column (table, 6, C_("occupancy", "Over"), FALSE, 0);
    }

  for (guint i = 0; i < listed->len; i++)
    {
      RiayaInstitution *institution = g_ptr_array_index (listed, i);
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *places = g_strdup_printf ("%u", line->places);
      g_autofree char *present = present_text (line);
      g_autofree char *rate = format == RIAYA_CLI_FORMAT_TABLE ? rate_label (line) : rate_text (line);
      const char *cells[] = {
        riaya_institution_get_licence_number (institution),
        riaya_institution_get_display_name (institution),
        riaya_institution_get_province_code (institution),
        places,
        present,
        rate,
        !line->known ? NULL
        : format == RIAYA_CLI_FORMAT_TABLE ? yes_no_label (line->over) : line->over ? "yes" : "no",
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (all_columns));
      if (format == RIAYA_CLI_FORMAT_JSON)
        {
          riaya_cli_json_begin_object (json, NULL);
          riaya_cli_json_string (json, "uuid", riaya_institution_get_uuid (institution));
          riaya_cli_json_string (json, "licence", cells[0]);
          riaya_cli_json_string (json, "institution", cells[1]);
          riaya_cli_json_string (json, "province_code", cells[2]);
          json_line (json, line);
          if (line->known)
            riaya_cli_json_boolean (json, "over", line->over);
          else
            riaya_cli_json_string (json, "over", NULL);
          riaya_cli_json_end_object (json);
        }
      else if (format == RIAYA_CLI_FORMAT_CSV)
        riaya_csv_append_row (out, cells, G_N_ELEMENTS (cells));
      else
        riaya_cli_table_add_row (table, cells);
    }

  /* The total's rate counts the places of institutions whose people
   * present are known, so that a missing count does not pass for empty
   * places. */
  {
    Line rated = total;
    g_autofree char *places = g_strdup_printf ("%u", total.places);
    g_autofree char *present = present_text (&total);
    g_autofree char *rate = NULL;

    rated.places = known_places;
    rate = format == RIAYA_CLI_FORMAT_TABLE ? rate_label (&rated) : rate_text (&rated);

    if (format == RIAYA_CLI_FORMAT_JSON)
      {
        riaya_cli_json_end_array (json);
        riaya_cli_json_begin_object (json, "total");
        riaya_cli_json_int (json, "institutions", listed->len);
        riaya_cli_json_int (json, "institutions_over", n_over);
        riaya_cli_json_int (json, "places", total.places);
        riaya_cli_json_int (json, "present", total.present);
        if (known_places > 0)
          riaya_cli_json_decimal (json, "rate", 100.0 * total.present / known_places, 1);
        else
          riaya_cli_json_string (json, "rate", NULL);
        riaya_cli_json_boolean (json, "over", total.over);
        riaya_cli_json_end_object (json);
        riaya_cli_json_end_object (json);
      }
    else if (format == RIAYA_CLI_FORMAT_CSV)
      {
        const char *cells[] = { "total", NULL, NULL, places, present, rate, total.over ? "yes" : "no" };

        riaya_csv_append_row (out, cells, G_N_ELEMENTS (cells));
      }
    else if (listed->len == 0)
      {
        /* Translators: %s is a date */
        g_string_append_printf (out, _("No institution was licensed on %s."), on);
        g_string_append_c (out, '\n');
      }
    else
      {
        const char *cells[] = { _("Total"), NULL, NULL, places, present, rate, yes_no_label (total.over) };

        /* Translators: %s is a date */
        g_string_append_printf (out, _("Occupancy on %s"), on);
        g_string_append (out, "\n\n");
        riaya_cli_table_add_row (table, cells);
        riaya_cli_table_render (table, "", out);
        g_string_append_c (out, '\n');
        g_string_append_printf (out,
                                /* Translators: %1$u is a number of institutions, %2$s a date */
                                ngettext ("%1$u institution over capacity on %2$s.",
                                          "%1$u institutions over capacity on %2$s.", n_over),
                                n_over, on);
        g_string_append_c (out, '\n');
      }
  }

  return RIAYA_CLI_EXIT_OK;
}

/* --- One institution, group by group ---------------------------------- */

static int
occupancy_one (RiayaStore       *store,
               RiayaInstitution *institution,
               const char       *on,
               RiayaCliFormat    format,
               GString          *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) presence = NULL;
  g_autoptr(GArray) groups = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(RiayaCliTable) table = NULL;
  g_autoptr(RiayaCliJson) json = NULL;
  g_autofree char *counted_on = NULL;
  const char *uuid = riaya_institution_get_uuid (institution);
  const RiayaPresence *present;
  RiayaPresence nobody = { { { 0 } } };
  Line total = { 0 };
  gboolean all_full = TRUE;

  presence = riaya_store_presence_on (store, on, uuid, &error);
  if (presence == NULL)
    return _riaya_cli_refuse (error);
  counts = riaya_store_get_counts (store, uuid, on, &counted_on, &error);
  if (counts == NULL)
    return _riaya_cli_refuse (error);

  present = g_hash_table_lookup (presence, uuid);
  total.known = present != NULL || riaya_store_keeps_registers (store);
  groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (institution), on,
                                   present != NULL ? present : &nobody);

  if (format == RIAYA_CLI_FORMAT_JSON)
    {
      json = riaya_cli_json_new (out);
      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "uuid", uuid);
      riaya_cli_json_string (json, "licence", riaya_institution_get_licence_number (institution));
      riaya_cli_json_string (json, "institution", riaya_institution_get_display_name (institution));
      riaya_cli_json_string (json, "on", on);
      riaya_cli_json_string (json, "counted_on", counted_on);
      riaya_cli_json_begin_array (json, "groups");
    }
  else if (format == RIAYA_CLI_FORMAT_CSV)
    riaya_csv_append_row (out, group_columns, G_N_ELEMENTS (group_columns));
  else
    {
      table = riaya_cli_table_new (G_N_ELEMENTS (group_columns));
      riaya_cli_table_set_column (table, 0, _("Category"), FALSE, 0);
      riaya_cli_table_set_column (table, 1, _("Sex"), FALSE, 0);
      riaya_cli_table_set_column (table, 2, _("Places"), TRUE, 0);
      riaya_cli_table_set_column (table, 3, C_("column", "Present"), TRUE, 0);
      riaya_cli_table_set_column (table, 4, _("Rate"), TRUE, 0);
      riaya_cli_table_set_column (table, 5, _("State"), FALSE, 0);
    }

  for (guint i = 0; i < groups->len; i++)
    {
      const RiayaOccupancyGroup *group = &g_array_index (groups, RiayaOccupancyGroup, i);
      Line line = { group->places, group->present, total.known, FALSE, FALSE };
      g_autofree char *places = NULL;
      g_autofree char *present_count = NULL;
      g_autofree char *rate = NULL;
      gboolean table_format = format == RIAYA_CLI_FORMAT_TABLE;

      line.over = line.known && riaya_occupancy_group_is_over (group);
      line.full = line.known && riaya_occupancy_group_is_full (group);
      total.places += line.places;
      total.present += line.present;
      total.over |= line.over;
      all_full &= line.full || line.over;

      places = g_strdup_printf ("%u", line.places);
      present_count = present_text (&line);
      rate = table_format ? rate_label (&line) : rate_text (&line);

      if (format == RIAYA_CLI_FORMAT_JSON)
        {
          riaya_cli_json_begin_object (json, NULL);
          riaya_cli_json_string (json, "category", riaya_category_to_code (group->category));
          riaya_cli_json_string (json, "sex", riaya_sex_to_code (group->sex));
          json_line (json, &line);
          riaya_cli_json_string (json, "state", state_code (&line));
          riaya_cli_json_end_object (json);
        }
      else
        {
          const char *cells[] = {
            table_format ? riaya_category_to_label (group->category) : riaya_category_to_code (group->category),
            table_format ? riaya_sex_to_label (group->sex) : riaya_sex_to_code (group->sex),
            places,
            present_count,
            rate,
            table_format ? state_label (&line) : state_code (&line),
          };

          G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (group_columns));
          if (table_format)
            riaya_cli_table_add_row (table, cells);
          else
            riaya_csv_append_row (out, cells, G_N_ELEMENTS (cells));
        }
    }
  total.full = groups->len > 0 && all_full;

  {
    g_autofree char *places = g_strdup_printf ("%u", total.places);
    g_autofree char *present_count = present_text (&total);
    g_autofree char *rate = format == RIAYA_CLI_FORMAT_TABLE ? rate_label (&total) : rate_text (&total);

    if (format == RIAYA_CLI_FORMAT_JSON)
      {
        riaya_cli_json_end_array (json);
        riaya_cli_json_begin_object (json, "total");
        json_line (json, &total);
        riaya_cli_json_string (json, "state", state_code (&total));
        riaya_cli_json_end_object (json);
        riaya_cli_json_end_object (json);
      }
    else if (format == RIAYA_CLI_FORMAT_CSV)
      {
        const char *cells[] = { "total", NULL, places, present_count, rate, state_code (&total) };

        riaya_csv_append_row (out, cells, G_N_ELEMENTS (cells));
      }
    else
      {
        const char *cells[] = { _("Total"), NULL, places, present_count, rate, state_label (&total) };

        g_string_append_printf (out, "%s\n", riaya_institution_get_display_name (institution));
        /* Translators: %s is a date */
        g_string_append_printf (out, _("Occupancy on %s"), on);
        if (counted_on != NULL && g_strcmp0 (counted_on, on) != 0 && !riaya_store_keeps_registers (store))
          /* Translators: %s is the date of the latest count of the people present */
          g_string_append_printf (out, _(", as counted on %s"), counted_on);
        g_string_append (out, "\n\n");
        if (groups->len > 0)
          {
            riaya_cli_table_add_row (table, cells);
            riaya_cli_table_render (table, "", out);
          }
        else
          {
            g_string_append (out, _("No places are licensed on that date, and no one is present."));
            g_string_append_c (out, '\n');
          }
        if (!total.known)
          {
            g_string_append_c (out, '\n');
            g_string_append (out, _("The people present are not known: no count of them on or before that date has been imported."));
            g_string_append_c (out, '\n');
          }
      }
  }

  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_occupancy (RiayaCliGlobal  *global,
                     int              argc,
                     char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *on = NULL;
  g_autofree char *format_text = NULL;
  RiayaCliFormat format;
  int status;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on,
      N_("Occupancy on this date (default: today)"), N_("DATE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("[INSTITUTION]"));
  g_option_context_set_summary (context,
                                _("Compares the people present with the licensed places on a date. Without an institution: one line per institution licensed on that date, in licence number order, then the total. "
                                  "With an institution (id or licence number): one line per group of places — a category and sex, or a whole category — then the total, each ok, full or over capacity."));
  g_option_context_set_description (context,
                                    _("The numbers come from the counts of people present, which every database holds: computed from the register in a director's database, imported in the others. No name is ever shown. "
                                      "The rate is the people present per hundred places."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "occupancy", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 2)
    return _riaya_cli_usage_error ("occupancy",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[2]);
  if (!riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("occupancy", _("The format is table, csv or json."));
  if (on != NULL && !riaya_date_parse (on, NULL, &error))
    return _riaya_cli_refuse (error);
  if (on == NULL)
    on = riaya_date_today_iso ();

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (argc == 2)
    {
      institution = _riaya_cli_find_institution (store, argv[1]);
      if (institution == NULL)
        return RIAYA_CLI_EXIT_REFUSED;
      status = occupancy_one (store, institution, on, format, out);
    }
  else
    status = occupancy_all (store, on, format, out);

  if (status == RIAYA_CLI_EXIT_OK)
    riaya_cli_write (out);
  return status;
}
