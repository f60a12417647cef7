/* riaya-cli-inspection-programme.c — riaya-cli inspection programme
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decree 2.19.693 art. 7 asks for an annual inspection programme: who is
 * due a visit in a year, most urgent first (riaya-programme.h). The store
 * assesses every institution; this prints it for people and scripts, the
 * reasons as stable codes in CSV and JSON.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-csv.h"
#include "riaya-store-inspections.h"

#define NAME_WIDTH 36

static const char * const programme_columns[] = {
  "institution_uuid", "licence", "institution", "province_code", "type", "legal_basis",
  "licence_date", "last_valid_visit", "next_due", "valid_visits_in_year", "planned_in_year",
  "visits_needed", "over_capacity", "overdue_actions", "reasons",
};

/* --- inspection programme ------------------------------------------------ */

static void
write_json_programme_item (RiayaCliJson             *json,
                           const RiayaProgrammeItem *item)
{
  riaya_cli_json_begin_object (json, NULL);
  riaya_cli_json_string (json, "institution_uuid", item->institution_uuid);
  riaya_cli_json_string (json, "licence", item->licence_number);
  riaya_cli_json_string (json, "institution", item->name);
  riaya_cli_json_string (json, "province_code", item->province_code);
  riaya_cli_json_string (json, "type", riaya_institution_type_to_code (item->type));
  riaya_cli_json_string (json, "legal_basis", riaya_legal_basis_to_code (item->facts.basis));
  riaya_cli_json_string (json, "licence_date", item->facts.licence_date);
  riaya_cli_json_string (json, "last_valid_visit", item->facts.last_valid_visit);
  riaya_cli_json_string (json, "next_due", item->assessment.next_due);
  riaya_cli_json_int (json, "valid_visits_in_year", item->facts.valid_visits_in_year);
  riaya_cli_json_int (json, "planned_in_year", item->facts.planned_in_year);
  riaya_cli_json_int (json, "visits_needed", item->assessment.visits_needed);
  riaya_cli_json_boolean (json, "over_capacity", item->facts.over_capacity);
  riaya_cli_json_int (json, "overdue_actions", item->facts.overdue_actions);
  riaya_cli_json_begin_array (json, "reasons");
  {
    g_autofree char *codes = riaya_due_reasons_dup_codes (item->assessment.reasons, " ");
    g_auto(GStrv) each = g_strsplit (codes, " ", -1);

    for (guint i = 0; each[i] != NULL; i++)
      if (*each[i] != '\0')
        riaya_cli_json_string (json, NULL, each[i]);
  }
  riaya_cli_json_end_array (json);
  riaya_cli_json_end_object (json);
}

static void
append_csv_programme_item (GString                  *out,
                           const RiayaProgrammeItem *item)
{
  g_autofree char *valid = g_strdup_printf ("%u", item->facts.valid_visits_in_year);
  g_autofree char *planned = g_strdup_printf ("%u", item->facts.planned_in_year);
  g_autofree char *needed = g_strdup_printf ("%u", item->assessment.visits_needed);
  g_autofree char *overdue = g_strdup_printf ("%u", item->facts.overdue_actions);
  g_autofree char *reasons = riaya_due_reasons_dup_codes (item->assessment.reasons, " ");
  const char *cells[] = {
    item->institution_uuid,
    item->licence_number,
    item->name,
    item->province_code,
    riaya_institution_type_to_code (item->type),
    riaya_legal_basis_to_code (item->facts.basis),
    item->facts.licence_date,
    item->facts.last_valid_visit,
    item->assessment.next_due,
    valid,
    planned,
    needed,
    item->facts.over_capacity ? "yes" : "no",
    overdue,
    reasons,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (programme_columns));
  riaya_csv_append_row (out, cells, G_N_ELEMENTS (cells));
}

int
_riaya_cli_inspection_programme (RiayaCliGlobal  *global,
                                 int              argc,
                                 char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *province = NULL;
  g_autofree char *delegate_province = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *format_text = NULL;
  RiayaProfile profile;
  RiayaCliFormat format;
  guint year = (guint) g_ascii_strtoull (today, NULL, 10);
  const GOptionEntry entries[] = {
    { "province", 0, 0, G_OPTION_ARG_STRING, &province,
      N_("Only institutions of this province or prefecture (default: a delegate's own)"), N_("CODE") },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text,
      N_("The year of the programme (default: this year)"), N_("YEAR") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Lists the institutions due a visit in a year, for the annual inspection programme (decree 2.19.693 art. 7), most urgent first: never inspected, then past the legal period (a year under Law 65.15, six months under Law 14.05), over capacity, under a sanction, with corrective actions overdue. "
                                  "Only valid visits count; visits already planned in the year are taken off what is still to plan."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "inspection programme", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("inspection programme",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);
  if (!riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("inspection programme", _("The format is table, csv or json."));
  if (year_text != NULL && !_riaya_cli_parse_year (year_text, &year, &error))
    return _riaya_cli_refuse (error);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  /* A delegate plans the visits of the province. */
  if (province == NULL && riaya_store_get_profile (store, &profile, &delegate_province) &&
      profile == RIAYA_PROFILE_DELEGATE)
    province = g_steal_pointer (&delegate_province);
  if (province != NULL && !_riaya_cli_check_province (store, province, &error))
    return _riaya_cli_refuse (error);

  items = riaya_store_inspection_programme (store, province, year, today, &error);
  if (items == NULL)
    return _riaya_cli_refuse (error);

  if (format == RIAYA_CLI_FORMAT_CSV)
    {
      riaya_csv_append_row (out, programme_columns, G_N_ELEMENTS (programme_columns));
      for (guint i = 0; i < items->len; i++)
        append_csv_programme_item (out, g_ptr_array_index (items, i));
    }
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      g_autoptr(RiayaCliJson) json = riaya_cli_json_new (out);

      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_int (json, "year", year);
      riaya_cli_json_string (json, "on", today);
      riaya_cli_json_string (json, "province_code", province);
      riaya_cli_json_begin_array (json, "institutions");
      for (guint i = 0; i < items->len; i++)
        write_json_programme_item (json, g_ptr_array_index (items, i));
      riaya_cli_json_end_array (json);
      riaya_cli_json_end_object (json);
    }
  else if (items->len == 0)
    {
      g_string_append_printf (out,
                              /* Translators: %u is a year */
                              _("No institution is due a visit in %u."), year);
      g_string_append_c (out, '\n');
    }
  else
    {
      g_autoptr(RiayaCliTable) table = riaya_cli_table_new (7);
      guint visits = 0;

      riaya_cli_table_set_column (table, 0, _("Institution"), FALSE, NAME_WIDTH);
      riaya_cli_table_set_column (table, 1, _("Licence"), FALSE, 0);
      riaya_cli_table_set_column (table, 2, _("Province"), FALSE, 0);
      riaya_cli_table_set_column (table, 3, _("Last valid visit"), FALSE, 0);
      riaya_cli_table_set_column (table, 4, _("Next due"), FALSE, 0);
      /* Translators: a column: how many visits are still to plan in the year */
      riaya_cli_table_set_column (table, 5, _("To plan"), TRUE, 0);
      /* Translators: a column: why an institution is due a visit */
      riaya_cli_table_set_column (table, 6, _("Why"), FALSE, 0);

      for (guint i = 0; i < items->len; i++)
        {
          RiayaProgrammeItem *item = g_ptr_array_index (items, i);
          g_autofree char *needed = g_strdup_printf ("%u", item->assessment.visits_needed);
          g_autofree char *why = riaya_due_reasons_dup_label (item->assessment.reasons);
          const char *cells[] = {
            item->name,
            item->licence_number,
            item->province_code,
            item->facts.last_valid_visit != NULL ? item->facts.last_valid_visit : C_("last visit", "never"),
            item->assessment.next_due,
            needed,
            why,
          };

          visits += item->assessment.visits_needed;
          riaya_cli_table_add_row (table, cells);
        }
      riaya_cli_table_render (table, "", out);
      g_string_append_c (out, '\n');
      g_string_append_printf (out,
                              /* Translators: %1$u is a number of institutions, %2$u a year */
                              ngettext ("%1$u institution is due a visit in %2$u.",
                                        "%1$u institutions are due a visit in %2$u.", items->len),
                              items->len, year);
      g_string_append_c (out, ' ');
      g_string_append_printf (out,
                              /* Translators: %u is a number of visits; follows “N institutions are due a visit in YEAR.” */
                              ngettext ("%u visit is still to plan.", "%u visits are still to plan.", visits),
                              visits);
      g_string_append_c (out, '\n');
    }

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}
