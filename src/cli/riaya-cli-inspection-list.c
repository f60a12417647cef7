/* riaya-cli-inspection-list.c — riaya-cli inspection list and follow-ups
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The visits as lists: all of them, or those due a follow-up because a
 * deadline passed with corrective actions open (Law 65.15 art. 34).
 * Statuses are judged today.
 * Nothing here holds a resident's name: visits carry institutions.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-csv.h"
#include "riaya-store-inspections.h"

#define NAME_WIDTH 36

static const char * const visit_columns[] = {
  "uuid", "institution_uuid", "licence", "institution", "province_code", "kind", "planned_on",
  "done_on", "status", "members_invited", "members_present", "decision", "decision_deadline",
  "actions_open", "actions_overdue", "follows", "revision",
};

static const char * const follow_up_columns[] = {
  "uuid", "institution_uuid", "licence", "institution", "province_code", "kind", "planned_on",
  "done_on", "status", "members_invited", "members_present", "decision", "decision_deadline",
  "actions_open", "actions_overdue", "follows", "revision", "follow_up_due",
};

static const char *
visit_status_code (guint i)
{
  return riaya_visit_status_to_code ((RiayaVisitStatus) i);
}

static gboolean
parse_status (const char        *text,
              RiayaVisitStatus  *out,
              GError           **error)
{
  g_autofree char *code = _riaya_cli_normalise_code (text);
  g_autofree char *codes = NULL;

  if (riaya_visit_status_from_code (code, out))
    return TRUE;

  codes = _riaya_cli_dup_codes (visit_status_code, RIAYA_N_VISIT_STATUSES);
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a status of a visit: use one of %s."), text, codes);
  return FALSE;
}

/* The day a visit is listed under: done, else planned. */
static const char *
visit_date (RiayaInspection *visit)
{
  const char *done_on = riaya_inspection_get_done_on (visit);

  return done_on != NULL ? done_on : riaya_inspection_get_planned_on (visit);
}

static void
write_json_visit (RiayaCliJson    *json,
                  RiayaInspection *visit,
                  const char      *today,
                  const char      *follow_up_due)
{
  riaya_cli_json_begin_object (json, NULL);
  riaya_cli_json_string (json, "uuid", riaya_inspection_get_uuid (visit));
  riaya_cli_json_string (json, "institution_uuid", riaya_inspection_get_institution_uuid (visit));
  riaya_cli_json_string (json, "licence", riaya_inspection_get_licence_number (visit));
  riaya_cli_json_string (json, "institution", riaya_inspection_get_institution_name (visit));
  riaya_cli_json_string (json, "province_code", riaya_inspection_get_province_code (visit));
  riaya_cli_json_string (json, "kind", riaya_visit_kind_to_code (riaya_inspection_get_kind (visit)));
  riaya_cli_json_string (json, "planned_on", riaya_inspection_get_planned_on (visit));
  riaya_cli_json_string (json, "done_on", riaya_inspection_get_done_on (visit));
  riaya_cli_json_string (json, "status", riaya_visit_status_to_code (riaya_inspection_get_status (visit, today)));
  riaya_cli_json_int (json, "members_invited", riaya_inspection_get_members_invited (visit));
  riaya_cli_json_int (json, "members_present", riaya_inspection_get_members_present (visit));
  riaya_cli_json_string (json, "decision", riaya_decision_to_code (riaya_inspection_get_decision (visit)));
  riaya_cli_json_string (json, "decision_deadline", riaya_inspection_get_decision_deadline (visit));
  riaya_cli_json_int (json, "actions_open", riaya_inspection_count_open_actions (visit));
  riaya_cli_json_int (json, "actions_overdue", riaya_inspection_count_overdue_actions (visit, today));
  riaya_cli_json_string (json, "follows", riaya_inspection_get_follows (visit));
  riaya_cli_json_int (json, "revision", riaya_inspection_get_revision (visit));
  if (follow_up_due != NULL)
    riaya_cli_json_string (json, "follow_up_due", follow_up_due);
  riaya_cli_json_end_object (json);
}

static void
append_csv_visit (GString         *out,
                  RiayaInspection *visit,
                  const char      *today,
                  const char      *follow_up_due)
{
  g_autofree char *invited = g_strdup_printf ("%u", riaya_inspection_get_members_invited (visit));
  g_autofree char *present = g_strdup_printf ("%u", riaya_inspection_get_members_present (visit));
  g_autofree char *open = g_strdup_printf ("%u", riaya_inspection_count_open_actions (visit));
  g_autofree char *overdue = g_strdup_printf ("%u", riaya_inspection_count_overdue_actions (visit, today));
  g_autofree char *revision = g_strdup_printf ("%u", riaya_inspection_get_revision (visit));
  const char *cells[] = {
    riaya_inspection_get_uuid (visit),
    riaya_inspection_get_institution_uuid (visit),
    riaya_inspection_get_licence_number (visit),
    riaya_inspection_get_institution_name (visit),
    riaya_inspection_get_province_code (visit),
    riaya_visit_kind_to_code (riaya_inspection_get_kind (visit)),
    riaya_inspection_get_planned_on (visit),
    riaya_inspection_get_done_on (visit),
    riaya_visit_status_to_code (riaya_inspection_get_status (visit, today)),
    invited,
    present,
    riaya_decision_to_code (riaya_inspection_get_decision (visit)),
    riaya_inspection_get_decision_deadline (visit),
    open,
    overdue,
    riaya_inspection_get_follows (visit),
    revision,
    follow_up_due,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (follow_up_columns));
  riaya_csv_append_row (out, cells, follow_up_due != NULL ? G_N_ELEMENTS (cells) : G_N_ELEMENTS (visit_columns));
}

/* "4/6" present of invited, or "—" while planned. */
static char *
dup_presence (RiayaInspection *visit)
{
  if (!riaya_inspection_is_done (visit))
    return g_strdup ("—");

  return g_strdup_printf ("%u/%u", riaya_inspection_get_members_present (visit),
                          riaya_inspection_get_members_invited (visit));
}

static void
append_totals_line (GString    *out,
                    GListModel *visits,
                    const char *today)
{
  guint counts[RIAYA_N_VISIT_STATUSES] = { 0 };
  guint n = g_list_model_get_n_items (visits);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);

      counts[riaya_inspection_get_status (visit, today)]++;
    }

  g_string_append_printf (out,
                          /* Translators: %1$u is a number of visits, the others how many of them are in each status */
                          ngettext ("%1$u visit: %2$u done, %3$u not valid, %4$u planned, %5$u overdue.",
                                    "%1$u visits: %2$u done, %3$u not valid, %4$u planned, %5$u overdue.", n),
                          n, counts[RIAYA_VISIT_STATUS_DONE], counts[RIAYA_VISIT_STATUS_NOT_VALID],
                          counts[RIAYA_VISIT_STATUS_PLANNED], counts[RIAYA_VISIT_STATUS_OVERDUE]);
  g_string_append_c (out, '\n');
}

gboolean
_riaya_cli_inspection_filter_by (RiayaStore             *store,
                 const char             *region,
                 const char             *province,
                 const char             *institution_id,
                 RiayaInstitution      **institution,
                 RiayaInspectionFilter  *filter)
{
  g_autoptr(GError) error = NULL;

  if (region != NULL)
    {
      RiayaTerritory *territory = riaya_store_lookup_territory (store, region);

      if (territory == NULL || riaya_territory_get_kind (territory) != RIAYA_TERRITORY_REGION)
        {
          _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                    _("There is no region with the code “%s”: use a code from 01 to 12 (see “riaya-cli territory list”)."),
                                    region);
          return FALSE;
        }
      filter->region_code = region;
    }
  if (province != NULL)
    {
      if (!_riaya_cli_check_province (store, province, &error))
        {
          _riaya_cli_refuse (error);
          return FALSE;
        }
      filter->province_code = province;
    }
  if (institution_id != NULL)
    {
      *institution = _riaya_cli_find_institution (store, institution_id);
      if (*institution == NULL)
        return FALSE;
      filter->institution_uuid = riaya_institution_get_uuid (*institution);
    }

  return TRUE;
}

/* --- inspection list ----------------------------------------------------- */

typedef struct
{
  char *region;
  char *province;
  char *institution;
  char *from;
  char *to;
  char *status;
  char *format;
} ListOptions;

static void
list_options_clear (ListOptions *options)
{
  g_free (options->region);
  g_free (options->province);
  g_free (options->institution);
  g_free (options->from);
  g_free (options->to);
  g_free (options->status);
  g_free (options->format);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListOptions, list_options_clear)

int
_riaya_cli_inspection_list (RiayaCliGlobal  *global,
                            int              argc,
                            char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *today = riaya_date_today_iso ();
  g_auto(ListOptions) options = { NULL };
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  RiayaVisitStatus status;
  RiayaCliFormat format;
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
    { "status", 0, 0, G_OPTION_ARG_STRING, &options.status,
      N_("Only visits planned, overdue, done or not-valid today"), N_("STATUS") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Lists the visits of the control committee in date order (the day done, else the day planned), with their status today: planned, overdue (its day passed and it is not recorded), done, or not valid (no majority of the members present). "
                                  "The csv and json formats give each visit's id, for “inspection record”, “show”, “cancel” and “report”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "inspection list", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("inspection list",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);
  if (!riaya_cli_format_parse (options.format, &format))
    return _riaya_cli_usage_error ("inspection list", _("The format is table, csv or json."));

  if ((options.from != NULL && !riaya_date_parse (options.from, NULL, &error)) ||
      (options.to != NULL && !riaya_date_parse (options.to, NULL, &error)) ||
      (options.status != NULL && !parse_status (options.status, &status, &error)))
    return _riaya_cli_refuse (error);
  filter.from = options.from;
  filter.to = options.to;
  filter.status = options.status != NULL ? (int) status : -1;
  filter.status_on = today;

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (!_riaya_cli_inspection_filter_by (store, options.region, options.province, options.institution, &institution, &filter))
    return RIAYA_CLI_EXIT_REFUSED;

  visits = riaya_store_list_inspections (store, &filter, &error);
  if (visits == NULL)
    return _riaya_cli_refuse (error);
  n = g_list_model_get_n_items (visits);

  if (format == RIAYA_CLI_FORMAT_CSV)
    {
      riaya_csv_append_row (out, visit_columns, G_N_ELEMENTS (visit_columns));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);

          append_csv_visit (out, visit, today, NULL);
        }
    }
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      g_autoptr(RiayaCliJson) json = riaya_cli_json_new (out);

      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "on", today);
      riaya_cli_json_begin_array (json, "visits");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);

          write_json_visit (json, visit, today, NULL);
        }
      riaya_cli_json_end_array (json);
      riaya_cli_json_end_object (json);
    }
  else if (n == 0)
    {
      g_string_append (out, _("No visit matches."));
      g_string_append_c (out, '\n');
    }
  else
    {
      g_autoptr(RiayaCliTable) table = riaya_cli_table_new (8);

      riaya_cli_table_set_column (table, 0, _("Date"), FALSE, 0);
      riaya_cli_table_set_column (table, 1, _("Institution"), FALSE, NAME_WIDTH);
      riaya_cli_table_set_column (table, 2, _("Licence"), FALSE, 0);
      riaya_cli_table_set_column (table, 3, _("Kind"), FALSE, 0);
      riaya_cli_table_set_column (table, 4, _("Status"), FALSE, 0);
      /* Translators: a column of members present of those invited, such as “4/6” */
      riaya_cli_table_set_column (table, 5, _("Present"), TRUE, 0);
      riaya_cli_table_set_column (table, 6, _("Decision"), FALSE, 0);
      /* Translators: a column of corrective actions not yet done */
      riaya_cli_table_set_column (table, 7, _("Open actions"), TRUE, 0);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);
          g_autofree char *presence = dup_presence (visit);
          g_autofree char *open = g_strdup_printf ("%u", riaya_inspection_count_open_actions (visit));
          RiayaDecision decision = riaya_inspection_get_decision (visit);
          const char *cells[] = {
            visit_date (visit),
            riaya_inspection_get_institution_name (visit),
            riaya_inspection_get_licence_number (visit),
            riaya_visit_kind_to_label (riaya_inspection_get_kind (visit)),
            riaya_visit_status_to_label (riaya_inspection_get_status (visit, today)),
            presence,
            decision != RIAYA_DECISION_NONE ? riaya_decision_to_label (decision) : "—",
            open,
          };

          riaya_cli_table_add_row (table, cells);
        }
      riaya_cli_table_render (table, "", out);
      g_string_append_c (out, '\n');
      append_totals_line (out, visits, today);
    }

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}

/* --- inspection follow-ups ----------------------------------------------- */

int
_riaya_cli_inspection_follow_ups (RiayaCliGlobal  *global,
                                  int              argc,
                                  char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(RiayaCliTable) table = NULL;
  g_autoptr(RiayaCliJson) json = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *province = NULL;
  g_autofree char *format_text = NULL;
  RiayaCliFormat format;
  guint n;
  const GOptionEntry entries[] = {
    { "province", 0, 0, G_OPTION_ARG_STRING, &province,
      N_("Only institutions of this province or prefecture, such as 01.511"), N_("CODE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Lists the recorded visits due a follow-up visit today, oldest first: the deadline of their warning or reprimand (Law 65.15 art. 34), or the due date of a corrective action, has passed with actions still open, and no follow-up visit is planned or done yet. "
                                  "Plan one with “riaya-cli inspection plan INSTITUTION --kind follow-up --follows VISIT”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "inspection follow-ups", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("inspection follow-ups",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);
  if (!riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("inspection follow-ups", _("The format is table, csv or json."));

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;
  if (province != NULL && !_riaya_cli_check_province (store, province, &error))
    return _riaya_cli_refuse (error);

  visits = riaya_store_list_follow_ups_due (store, province, today, &error);
  if (visits == NULL)
    return _riaya_cli_refuse (error);
  n = g_list_model_get_n_items (visits);

  if (format == RIAYA_CLI_FORMAT_CSV)
    riaya_csv_append_row (out, follow_up_columns, G_N_ELEMENTS (follow_up_columns));
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      json = riaya_cli_json_new (out);
      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "on", today);
      riaya_cli_json_begin_array (json, "visits");
    }
  else if (n == 0)
    {
      g_string_append (out, _("No visit is due a follow-up."));
      g_string_append_c (out, '\n');
    }
  else
    {
      table = riaya_cli_table_new (6);
      riaya_cli_table_set_column (table, 0, _("Institution"), FALSE, NAME_WIDTH);
      riaya_cli_table_set_column (table, 1, _("Licence"), FALSE, 0);
      riaya_cli_table_set_column (table, 2, _("Visit done"), FALSE, 0);
      riaya_cli_table_set_column (table, 3, _("Decision"), FALSE, 0);
      riaya_cli_table_set_column (table, 4, _("Follow-up due"), FALSE, 0);
      riaya_cli_table_set_column (table, 5, _("Open actions"), TRUE, 0);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);
      g_autofree char *due = riaya_inspection_dup_follow_up_due (visit);
      g_autofree char *open = g_strdup_printf ("%u", riaya_inspection_count_open_actions (visit));

      if (format == RIAYA_CLI_FORMAT_CSV)
        append_csv_visit (out, visit, today, due != NULL ? due : "");
      else if (format == RIAYA_CLI_FORMAT_JSON)
        write_json_visit (json, visit, today, due != NULL ? due : "");
      else
        {
          RiayaDecision decision = riaya_inspection_get_decision (visit);
          const char *cells[] = {
            riaya_inspection_get_institution_name (visit),
            riaya_inspection_get_licence_number (visit),
            riaya_inspection_get_done_on (visit),
            decision != RIAYA_DECISION_NONE ? riaya_decision_to_label (decision) : "—",
            due,
            open,
          };

          riaya_cli_table_add_row (table, cells);
        }
    }

  if (json != NULL)
    {
      riaya_cli_json_end_array (json);
      riaya_cli_json_end_object (json);
    }
  else if (table != NULL)
    {
      riaya_cli_table_render (table, "", out);
      g_string_append_c (out, '\n');
      g_string_append_printf (out,
                              /* Translators: %u is a number of visits */
                              ngettext ("%u visit is due a follow-up.", "%u visits are due a follow-up.", n), n);
      g_string_append_c (out, '\n');
    }

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}
