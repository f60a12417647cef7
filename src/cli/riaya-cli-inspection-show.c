/* riaya-cli-inspection-show.c — riaya-cli inspection show and report
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One visit with everything the committee recorded, and the staffing
 * norms of the 2007 model specification (domain.md §3) against the people
 * present on the visit's day — what the checklist's "staffing" area is
 * judged on. The signed report is the same document the GUI prints,
 * drawn by src/reports in Arabic or French whatever the interface's
 * language.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-csv.h"
#include "riaya-staffing.h"
#include "riaya-store-inspections.h"
#include "riaya-store-residents.h"
#include "riaya-visit-report.h"

static const char * const action_columns[] = {
  "uuid", "description", "due_on", "done_on", "overdue",
};

/* The staffing norms on the day of a visit. */
typedef struct
{
  RiayaInstitution *institution;
  GArray           *needs;    /* RiayaStaffingNeed; NULL: nobody known present */
  guint             present;
  const char       *on;       /* the visit's day (borrowed) */
} Staffing;

static void
staffing_clear (Staffing *staffing)
{
  g_clear_object (&staffing->institution);
  g_clear_pointer (&staffing->needs, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Staffing, staffing_clear)

/* The visit's institution, and its staffing needs for the people present
 * on the visit's day (riaya_store_presence_on: the latest count on or
 * before it) and the children under six among them (the disability
 * norm). No count known: no needs. */
static gboolean
load_staffing (RiayaStore       *store,
               RiayaInspection  *visit,
               Staffing         *staffing,
               GError          **error)
{
  const char *uuid = riaya_inspection_get_institution_uuid (visit);
  const char *done_on = riaya_inspection_get_done_on (visit);
  g_autoptr(GHashTable) presence = NULL;
  g_autoptr(GHashTable) young = NULL;
  const RiayaPresence *present;

  staffing->on = done_on != NULL ? done_on : riaya_inspection_get_planned_on (visit);
  staffing->institution = riaya_store_get_institution (store, uuid, error);
  if (staffing->institution == NULL)
    return FALSE;

  presence = riaya_store_presence_on (store, staffing->on, uuid, error);
  if (presence == NULL)
    return FALSE;
  young = riaya_store_young_children_on (store, staffing->on, uuid, error);
  if (young == NULL)
    return FALSE;

  present = g_hash_table_lookup (presence, uuid);
  if (present == NULL)
    return TRUE;

  staffing->present = riaya_presence_total (present);
  staffing->needs = riaya_staffing_needs_for_institution (staffing->institution, present,
                                                          GPOINTER_TO_UINT (g_hash_table_lookup (young, uuid)));
  return TRUE;
}

static void
write_json (GString         *out,
            RiayaInspection *visit,
            const Staffing  *staffing,
            const char      *today)
{
  g_autoptr(RiayaCliJson) json = riaya_cli_json_new (out);
  g_autofree char *follow_up_due = riaya_inspection_dup_follow_up_due (visit);
  GListModel *actions = riaya_inspection_get_actions (visit);

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
  riaya_cli_json_string (json, "follows", riaya_inspection_get_follows (visit));
  riaya_cli_json_string (json, "committee", riaya_inspection_get_committee (visit));
  riaya_cli_json_int (json, "members_invited", riaya_inspection_get_members_invited (visit));
  riaya_cli_json_int (json, "members_present", riaya_inspection_get_members_present (visit));
  riaya_cli_json_boolean (json, "quorum", riaya_inspection_has_quorum (visit));
  riaya_cli_json_string (json, "findings", riaya_inspection_get_findings (visit));
  riaya_cli_json_string (json, "decision", riaya_decision_to_code (riaya_inspection_get_decision (visit)));
  riaya_cli_json_string (json, "decision_deadline", riaya_inspection_get_decision_deadline (visit));
  riaya_cli_json_string (json, "licence_event", riaya_inspection_get_licence_event (visit));
  riaya_cli_json_string (json, "follow_up_due", follow_up_due);
  riaya_cli_json_int (json, "revision", riaya_inspection_get_revision (visit));

  riaya_cli_json_begin_array (json, "checklist");
  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    {
      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "area", riaya_check_area_to_code (a));
      riaya_cli_json_string (json, "result", riaya_check_result_to_code (riaya_inspection_get_check (visit, a)));
      riaya_cli_json_string (json, "note", riaya_inspection_get_check_note (visit, a));
      riaya_cli_json_end_object (json);
    }
  riaya_cli_json_end_array (json);

  riaya_cli_json_begin_object (json, "staffing");
  riaya_cli_json_string (json, "on", staffing->on);
  if (staffing->needs != NULL)
    riaya_cli_json_int (json, "present", staffing->present);
  else
    riaya_cli_json_string (json, "present", NULL);
  riaya_cli_json_begin_array (json, "needs");
  for (guint i = 0; staffing->needs != NULL && i < staffing->needs->len; i++)
    {
      const RiayaStaffingNeed *need = &g_array_index (staffing->needs, RiayaStaffingNeed, i);

      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "role", riaya_staff_role_to_code (need->role));
      riaya_cli_json_boolean (json, "hours", riaya_staff_role_is_hours (need->role));
      riaya_cli_json_int (json, "required", need->required);
      riaya_cli_json_int (json, "actual", need->actual);
      riaya_cli_json_int (json, "per", need->per);
      riaya_cli_json_int (json, "under_six", need->under_six);
      riaya_cli_json_int (json, "per_under_six", need->per_under_six);
      riaya_cli_json_boolean (json, "met", riaya_staffing_need_is_met (need));
      riaya_cli_json_end_object (json);
    }
  riaya_cli_json_end_array (json);
  riaya_cli_json_end_object (json);

  riaya_cli_json_begin_array (json, "actions");
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);

      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "uuid", riaya_corrective_action_get_uuid (action));
      riaya_cli_json_string (json, "description", riaya_corrective_action_get_description (action));
      riaya_cli_json_string (json, "due_on", riaya_corrective_action_get_due_on (action));
      riaya_cli_json_string (json, "done_on", riaya_corrective_action_get_done_on (action));
      riaya_cli_json_boolean (json, "overdue", riaya_corrective_action_is_overdue (action, today));
      riaya_cli_json_end_object (json);
    }
  riaya_cli_json_end_array (json);
  riaya_cli_json_end_object (json);
}

static void
append_csv_actions (GString         *out,
                    RiayaInspection *visit,
                    const char      *today)
{
  GListModel *actions = riaya_inspection_get_actions (visit);

  riaya_csv_append_row (out, action_columns, G_N_ELEMENTS (action_columns));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);
      const char *cells[] = {
        riaya_corrective_action_get_uuid (action),
        riaya_corrective_action_get_description (action),
        riaya_corrective_action_get_due_on (action),
        riaya_corrective_action_get_done_on (action),
        riaya_corrective_action_is_overdue (action, today) ? "yes" : "no",
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (action_columns));
      riaya_csv_append_row (out, cells, G_N_ELEMENTS (cells));
    }
}

/* Lines of @text, each indented, for paragraphs under a heading. */
static void
append_indented (GString    *out,
                 const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (out, "%s%s\n", *lines[i] != '\0' ? "  " : "", lines[i]);
}

static void
render_staffing (GString        *out,
                 const Staffing *staffing)
{
  g_string_append_c (out, '\n');
  if (staffing->needs == NULL)
    {
      g_string_append_printf (out,
                              /* Translators: %s is a date */
                              _("Staffing norms on %s: no count of the people present is known, so they cannot be computed."),
                              staffing->on);
      g_string_append_c (out, '\n');
      return;
    }

  g_string_append_printf (out,
                          /* Translators: %1$s is a date, %2$u a number of people */
                          ngettext ("Staffing norms on %1$s, for %2$u person present:",
                                    "Staffing norms on %1$s, for %2$u people present:", staffing->present),
                          staffing->on, staffing->present);
  g_string_append_c (out, '\n');
  if (staffing->needs->len == 0)
    g_string_append_printf (out, "  %s\n", _("none for this type of institution, or nobody present"));

  for (guint i = 0; i < staffing->needs->len; i++)
    {
      const RiayaStaffingNeed *need = &g_array_index (staffing->needs, RiayaStaffingNeed, i);
      g_autofree char *description = riaya_staffing_need_dup_description (need, staffing->present);

      g_string_append_printf (out, "  %s %s\n", description,
                              riaya_staffing_need_is_met (need) ? C_("staffing norm", "Met.")
                              : C_("staffing norm", "Not met."));
    }
}

static void
render_table (GString         *out,
              RiayaInspection *visit,
              const Staffing  *staffing,
              const char      *today)
{
  g_autoptr(RiayaCliFields) fields = riaya_cli_fields_new ();
  g_autoptr(RiayaCliTable) checklist = riaya_cli_table_new (3);
  g_autoptr(RiayaCliTable) actions_table = riaya_cli_table_new (4);
  g_autofree char *invited = g_strdup_printf ("%u", riaya_inspection_get_members_invited (visit));
  g_autofree char *present = NULL;
  g_autofree char *revision = g_strdup_printf ("%u", riaya_inspection_get_revision (visit));
  g_autofree char *follow_up_due = riaya_inspection_dup_follow_up_due (visit);
  GListModel *actions = riaya_inspection_get_actions (visit);
  const char *committee = riaya_inspection_get_committee (visit);
  const char *findings = riaya_inspection_get_findings (visit);
  RiayaDecision decision = riaya_inspection_get_decision (visit);
  gboolean done = riaya_inspection_is_done (visit);

  riaya_cli_fields_add (fields, _("Id"), riaya_inspection_get_uuid (visit));
  riaya_cli_fields_add (fields, _("Institution"), riaya_inspection_get_institution_name (visit));
  riaya_cli_fields_add (fields, _("Licence"), riaya_inspection_get_licence_number (visit));
  riaya_cli_fields_add (fields, _("Province"), riaya_inspection_get_province_code (visit));
  riaya_cli_fields_add (fields, _("Kind"), riaya_visit_kind_to_label (riaya_inspection_get_kind (visit)));
  riaya_cli_fields_add (fields, _("Planned on"), riaya_inspection_get_planned_on (visit));
  riaya_cli_fields_add (fields, _("Done on"), riaya_inspection_get_done_on (visit));
  riaya_cli_fields_add (fields, _("Status"), riaya_visit_status_to_label (riaya_inspection_get_status (visit, today)));
  riaya_cli_fields_add (fields, _("Follows the visit"), riaya_inspection_get_follows (visit));
  riaya_cli_fields_add (fields, _("Members invited"), invited);
  if (done)
    {
      present = g_strdup_printf ("%u", riaya_inspection_get_members_present (visit));
      riaya_cli_fields_add (fields, _("Members present"), present);
      /* Decree 2.19.693 art. 8. */
      riaya_cli_fields_add (fields, _("Majority present"),
                            riaya_inspection_has_quorum (visit) ? _("yes, the visit is valid")
                            : _("no, the visit is not valid"));
      riaya_cli_fields_add (fields, _("Decision"), riaya_decision_to_label (decision));
      riaya_cli_fields_add (fields, _("Deadline"), riaya_inspection_get_decision_deadline (visit));
      riaya_cli_fields_add (fields, _("Licence event"), riaya_inspection_get_licence_event (visit));
      riaya_cli_fields_add (fields, _("Follow-up due after"), follow_up_due);
    }
  riaya_cli_fields_add (fields, _("Revision"), revision);
  riaya_cli_fields_render (fields, out);

  if (committee != NULL && *committee != '\0')
    {
      g_string_append_printf (out, "\n%s\n", _("Committee invited:"));
      append_indented (out, committee);
    }

  if (done)
    {
      g_string_append_printf (out, "\n%s\n", _("Checklist:"));
      riaya_cli_table_set_column (checklist, 0, _("Area"), FALSE, 0);
      riaya_cli_table_set_column (checklist, 1, _("Result"), FALSE, 0);
      riaya_cli_table_set_column (checklist, 2, _("Note"), FALSE, 0);
      for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
        {
          const char *cells[] = {
            riaya_check_area_to_label (a),
            riaya_check_result_to_label (riaya_inspection_get_check (visit, a)),
            riaya_inspection_get_check_note (visit, a),
          };

          riaya_cli_table_add_row (checklist, cells);
        }
      riaya_cli_table_render (checklist, "  ", out);
    }

  render_staffing (out, staffing);

  if (findings != NULL && *findings != '\0')
    {
      g_string_append_printf (out, "\n%s\n", _("Findings:"));
      append_indented (out, findings);
    }

  if (!done)
    return;

  g_string_append_printf (out, "\n%s\n", _("Corrective actions:"));
  riaya_cli_table_set_column (actions_table, 0, _("Due on"), FALSE, 0);
  riaya_cli_table_set_column (actions_table, 1, _("Done on"), FALSE, 0);
  riaya_cli_table_set_column (actions_table, 2, _("Action"), FALSE, 48);
  riaya_cli_table_set_column (actions_table, 3, _("Id"), FALSE, 0);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);
      const char *done_on = riaya_corrective_action_get_done_on (action);
      const char *cells[] = {
        riaya_corrective_action_get_due_on (action),
        done_on != NULL ? done_on
        : riaya_corrective_action_is_overdue (action, today) ? C_("corrective action", "overdue")
        : C_("corrective action", "not yet"),
        riaya_corrective_action_get_description (action),
        riaya_corrective_action_get_uuid (action),
      };

      riaya_cli_table_add_row (actions_table, cells);
    }
  if (riaya_cli_table_get_n_rows (actions_table) > 0)
    riaya_cli_table_render (actions_table, "  ", out);
  else
    g_string_append_printf (out, "  %s\n", C_("corrective actions", "none"));
}

int
_riaya_cli_inspection_show (RiayaCliGlobal  *global,
                            int              argc,
                            char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *format_text = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  g_auto(Staffing) staffing = { NULL };
  RiayaCliFormat format;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("VISIT"));
  g_option_context_set_summary (context,
                                _("Shows one visit: every field, the committee invited, whether a majority was present, the checklist, the staffing norms against the people present on the visit's day, the findings, the decision and its licence event, and each corrective action with its id. "
                                  "VISIT is the id of a visit, or the institution (licence number or id) and the day of the visit as INSTITUTION:DATE. "
                                  "The json format holds it all; the csv format is one line per corrective action."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "inspection show", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("inspection show", _("Name one visit."));
  if (!riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("inspection show", _("The format is table, csv or json."));

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  visit = _riaya_cli_find_visit (store, argv[1]);
  if (visit == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (format == RIAYA_CLI_FORMAT_CSV)
    append_csv_actions (out, visit, today);
  else
    {
      if (!load_staffing (store, visit, &staffing, &error))
        return _riaya_cli_refuse (error);
      if (format == RIAYA_CLI_FORMAT_JSON)
        write_json (out, visit, &staffing, today);
      else
        render_table (out, visit, &staffing, today);
    }

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}

/* --- inspection report --------------------------------------------------- */

int
_riaya_cli_inspection_report (RiayaCliGlobal  *global,
                              int              argc,
                              char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *language = NULL;
  g_autofree char *output = NULL;
  g_auto(Staffing) staffing = { NULL };
  const GOptionEntry entries[] = {
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the report: ar or fr (required)"), N_("LANGUAGE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write (required)"), N_("FILE.pdf") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("VISIT"));
  g_option_context_set_summary (context,
                                _("Writes the report of a visit as a PDF file, in Arabic or in French whatever the language of the command line: the institution and its licence, the visit and whether a majority was present, the checklist, the staffing norms on the day, the findings, the decision and the corrective actions, then a line for each member of the committee to sign (decree 2.19.693 art. 8). "
                                  "VISIT is the id of a visit, or the institution (licence number or id) and the day of the visit as INSTITUTION:DATE."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "inspection report", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("inspection report", _("Name one visit."));
  if (language == NULL || output == NULL)
    return _riaya_cli_usage_error ("inspection report",
                                   /* Translators: %s is an option such as --language */
                                   _("Add the option %s: it is required."),
                                   language == NULL ? "--language" : "-o");
  if (!g_str_equal (language, "ar") && !g_str_equal (language, "fr"))
    return _riaya_cli_usage_error ("inspection report",
                                   /* Translators: %s is what was typed; keep ar and fr as they are */
                                   _("“%s” is not a language of the report: use ar (Arabic) or fr (French)."),
                                   language);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  visit = _riaya_cli_find_visit (store, argv[1]);
  if (visit == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (!load_staffing (store, visit, &staffing, &error) ||
      !riaya_visit_report_write_pdf (visit, staffing.institution, staffing.needs, staffing.present,
                                     language, output, &error))
    return _riaya_cli_refuse (error);

  return RIAYA_CLI_EXIT_OK;
}
