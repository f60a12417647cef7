/* riaya-cli-inspection.c — riaya-cli inspection plan, record, action, cancel
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The control committee's visits (Law 65.15 arts 26–29, decree 2.19.693
 * arts 7–9; domain.md §4): planned, then recorded with who came, the
 * checklist, findings, a decision and corrective actions. Core checks the
 * visit's own rules (riaya_inspection_validate) and the store the rest,
 * writing all of a command or nothing; a decision becomes an event of
 * the licence in the same transaction.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-cli-private.h"
#include "riaya-store-inspections.h"

static int inspection_plan   (RiayaCliGlobal *global, int argc, char **argv);
static int inspection_record (RiayaCliGlobal *global, int argc, char **argv);
static int inspection_action (RiayaCliGlobal *global, int argc, char **argv);
static int inspection_cancel (RiayaCliGlobal *global, int argc, char **argv);

static const RiayaCliSubcommand subcommands[] = {
  { "plan", inspection_plan, N_("Plan a visit of the control committee to an institution") },
  { "record", inspection_record, N_("Record a visit: who came, the checklist, findings, decision and actions") },
  { "list", _riaya_cli_inspection_list, N_("List visits, planned and done, with their status") },
  { "show", _riaya_cli_inspection_show, N_("Show a visit with its checklist, staffing norms, actions and decision") },
  { "programme", _riaya_cli_inspection_programme, N_("The institutions due a visit in a year, most urgent first") },
  { "follow-ups", _riaya_cli_inspection_follow_ups, N_("Visits whose deadline passed with corrective actions still open") },
  { "action", inspection_action, N_("Record that a corrective action was done, or not") },
  { "cancel", inspection_cancel, N_("Cancel a visit that is only planned") },
  { "ics", _riaya_cli_inspection_ics, N_("Save the visits as an iCalendar file for calendars") },
  { "report", _riaya_cli_inspection_report, N_("Write the report of a visit as a PDF, in Arabic or French") },
};

char *
_riaya_cli_normalise_code (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  /* Spaces and capitals are forgiven, as riaya-codes.h does. */
  return g_ascii_strdown (copy, -1);
}

char *
_riaya_cli_dup_codes (const char *(*to_code) (guint),
                      guint        n)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (list, "%s%s", i == 0 ? "" : ", ", to_code (i));

  return g_string_free (list, FALSE);
}

static const char *
visit_kind_code (guint i)
{
  return riaya_visit_kind_to_code ((RiayaVisitKind) i);
}

static const char *
decision_code (guint i)
{
  return riaya_decision_to_code ((RiayaDecision) i);
}

static const char *
check_area_code (guint i)
{
  return riaya_check_area_to_code ((RiayaCheckArea) i);
}

static const char *
check_result_code (guint i)
{
  return riaya_check_result_to_code ((RiayaCheckResult) i);
}

static gboolean
parse_visit_kind (const char      *text,
                  RiayaVisitKind  *out,
                  GError         **error)
{
  g_autofree char *code = _riaya_cli_normalise_code (text);
  g_autofree char *codes = NULL;

  if (riaya_visit_kind_from_code (code, out))
    return TRUE;

  codes = _riaya_cli_dup_codes (visit_kind_code, RIAYA_N_VISIT_KINDS);
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a kind of visit: use one of %s."), text, codes);
  return FALSE;
}

static gboolean
parse_decision (const char     *text,
                RiayaDecision  *out,
                GError        **error)
{
  g_autofree char *code = _riaya_cli_normalise_code (text);
  g_autofree char *codes = NULL;

  if (riaya_decision_from_code (code, out))
    return TRUE;

  codes = _riaya_cli_dup_codes (decision_code, RIAYA_N_DECISIONS);
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a decision of the committee: use one of %s."), text, codes);
  return FALSE;
}

static gboolean
parse_check_area (const char      *text,
                  RiayaCheckArea  *out,
                  GError         **error)
{
  g_autofree char *code = _riaya_cli_normalise_code (text);
  g_autofree char *codes = NULL;

  if (riaya_check_area_from_code (code, out))
    return TRUE;

  codes = _riaya_cli_dup_codes (check_area_code, RIAYA_N_CHECK_AREAS);
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not an area of the checklist: use one of %s."), text, codes);
  return FALSE;
}

static gboolean
parse_check_result (const char        *text,
                    RiayaCheckResult  *out,
                    GError           **error)
{
  g_autofree char *code = _riaya_cli_normalise_code (text);
  g_autofree char *codes = NULL;

  if (riaya_check_result_from_code (code, out))
    return TRUE;

  codes = _riaya_cli_dup_codes (check_result_code, RIAYA_N_CHECK_RESULTS);
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a result of the checklist: use one of %s."), text, codes);
  return FALSE;
}

gboolean
_riaya_cli_parse_count (const char  *option,
                        const char  *text,
                        guint       *out,
                        GError     **error)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, 999, &value, NULL))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %1$s is what was typed, %2$s an option such as --members */
                   _("“%1$s” is not a number of people for %2$s: write a whole number, such as 5."),
                   text, option);
      return FALSE;
    }

  *out = (guint) value;
  return TRUE;
}

RiayaInspection *
_riaya_cli_find_visit (RiayaStore *store,
                       const char *id)
{
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GListModel) visits = NULL;
  g_autofree char *institution_id = NULL;
  const char *colon;
  RiayaInspection *visit;
  guint n;

  if (g_uuid_string_is_valid (id))
    {
      visit = riaya_store_get_inspection (store, id, &error);
      if (visit != NULL)
        return visit;
      if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
        _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                  _("No visit has the id “%s”: see the visits and their ids with “riaya-cli inspection list --format csv”."),
                                  id);
      else
        _riaya_cli_refuse (error);
      return NULL;
    }

  /* Licence numbers may hold colons; a date never does. */
  colon = strrchr (id, ':');
  if (colon == NULL || colon == id || !riaya_date_parse (colon + 1, NULL, NULL))
    {
      _riaya_cli_refuse_printf (/* Translators: %s is what was typed; keep INSTITUTION:DATE and the example as they are */
                                _("“%s” names no visit: give its id, or the institution (licence number or id) and the day of the visit as INSTITUTION:DATE, such as 12/2019:2024-03-15."),
                                id);
      return NULL;
    }

  institution_id = g_strndup (id, colon - id);
  institution = _riaya_cli_find_institution (store, institution_id);
  if (institution == NULL)
    return NULL;

  filter.institution_uuid = riaya_institution_get_uuid (institution);
  filter.from = colon + 1;
  filter.to = colon + 1;
  visits = riaya_store_list_inspections (store, &filter, &error);
  if (visits == NULL)
    {
      _riaya_cli_refuse (error);
      return NULL;
    }

  n = g_list_model_get_n_items (visits);
  if (n == 1)
    return g_list_model_get_item (visits, 0);

  if (n == 0)
    _riaya_cli_refuse_printf (/* Translators: %1$s is an institution, %2$s a date, %3$s what identifies the institution */
                              _("%1$s has no visit on %2$s: see its visits with “riaya-cli inspection list --institution %3$s”."),
                              riaya_institution_get_display_name (institution), colon + 1, institution_id);
  else
    _riaya_cli_refuse_printf (/* Translators: %1$s is an institution, %2$u a number of visits (two or more), %3$s a date, %4$s what identifies the institution */
                              _("%1$s has %2$u visits on %3$s: name one by its id, which “riaya-cli inspection list --institution %4$s --format csv” shows."),
                              riaya_institution_get_display_name (institution), n, colon + 1, institution_id);
  return NULL;
}

/* --- inspection plan ----------------------------------------------------- */

static int
inspection_plan (RiayaCliGlobal  *global,
                 int              argc,
                 char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(RiayaInspection) followed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *follows = NULL;
  g_autofree char *invited_text = NULL;
  g_autofree char *committee = NULL;
  g_auto(GStrv) members = NULL;
  RiayaVisitKind kind;
  guint invited = 0;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("The day the visit is planned for (required)"), N_("DATE") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text,
      N_("programmed, unannounced, follow-up or complaint (required)"), N_("KIND") },
    { "follows", 0, 0, G_OPTION_ARG_STRING, &follows,
      N_("For a follow-up: the recorded visit it checks (default: the institution's latest)"), N_("VISIT") },
    { "committee", 0, 0, G_OPTION_ARG_STRING_ARRAY, &members,
      N_("A member of the committee invited, as “name — body” (repeat for each)"), N_("TEXT") },
    { "invited", 0, 0, G_OPTION_ARG_STRING, &invited_text,
      N_("How many members of the committee are invited"), N_("N") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("INSTITUTION"));
  g_option_context_set_summary (context,
                                _("Plans a visit of the control committee (Law 65.15 arts 26–27) to an institution, found by its id or its licence number, and prints the id of the visit."));
  g_option_context_set_description (context,
                                    _("Nothing is written, and the command says why, when the institution's licence is not in force on that day (not yet granted, withdrawn or closed), or when a follow-up has no recorded visit of the same institution to check. "
                                      "VISIT is the id of a visit, or the institution and the day of the visit as INSTITUTION:DATE. "
                                      "The annual programme (“riaya-cli inspection programme”) says which institutions are due a visit."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "inspection plan", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("inspection plan",
                                   _("Name one institution, by its id or its licence number."));
  if (date == NULL || kind_text == NULL)
    return _riaya_cli_usage_error ("inspection plan",
                                   /* Translators: %s is an option such as --date */
                                   _("Add the option %s: it is required."),
                                   date == NULL ? "--date" : "--kind");

  if (!riaya_date_parse (date, NULL, &error) ||
      !parse_visit_kind (kind_text, &kind, &error) ||
      (invited_text != NULL && !_riaya_cli_parse_count ("--invited", invited_text, &invited, &error)))
    return _riaya_cli_refuse (error);

  if (follows != NULL && kind != RIAYA_VISIT_KIND_FOLLOW_UP)
    return _riaya_cli_usage_error ("inspection plan",
                                   /* Translators: the %s are options and a code */
                                   _("The option %1$s goes only with %2$s %3$s."),
                                   "--follows", "--kind", "follow-up");

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  institution = _riaya_cli_find_institution (store, argv[1]);
  if (institution == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  visit = riaya_inspection_new (riaya_institution_get_uuid (institution), date, kind);
  riaya_inspection_set_members_invited (visit, invited);
  if (members != NULL && members[0] != NULL)
    {
      /* One member per line, as the report lists them for signing. */
      committee = g_strjoinv ("\n", members);
      riaya_inspection_set_committee (visit, committee);
    }

  if (follows != NULL)
    {
      /* A UUID goes to the store as it is, which says whether it is a
       * recorded visit of this institution. */
      if (g_uuid_string_is_valid (follows))
        riaya_inspection_set_follows (visit, follows);
      else
        {
          followed = _riaya_cli_find_visit (store, follows);
          if (followed == NULL)
            return RIAYA_CLI_EXIT_REFUSED;
          riaya_inspection_set_follows (visit, riaya_inspection_get_uuid (followed));
        }
    }

  _riaya_cli_auto_backup (store);
  if (!riaya_store_add_inspection (store, visit, &error))
    return _riaya_cli_refuse (error);

  g_print ("%s\n", riaya_inspection_get_uuid (visit));
  return RIAYA_CLI_EXIT_OK;
}

/* --- inspection record --------------------------------------------------- */

typedef struct
{
  char  *done;
  char  *members;
  char  *present;
  char  *decision;
  char  *deadline;
  char **findings;
  char **actions;
  char **checks;
} RecordOptions;

static void
record_options_clear (RecordOptions *options)
{
  g_free (options->done);
  g_free (options->members);
  g_free (options->present);
  g_free (options->decision);
  g_free (options->deadline);
  g_strfreev (options->findings);
  g_strfreev (options->actions);
  g_strfreev (options->checks);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RecordOptions, record_options_clear)

/* "TEXT:DUE", split at the last colon: the text may hold colons. */
static RiayaCorrectiveAction *
parse_action (const char  *text,
              GError     **error)
{
  const char *colon = strrchr (text, ':');
  g_autofree char *description = NULL;

  if (colon == NULL || !riaya_date_parse (colon + 1, NULL, NULL))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                   /* Translators: %s is what was typed; keep TEXT:DUE and the example as they are */
                   _("“%s” is not a corrective action with its due date: write TEXT:DUE, such as “Display the licence at the entrance:2024-06-30”."),
                   text);
      return NULL;
    }

  description = g_strstrip (g_strndup (text, colon - text));
  return riaya_corrective_action_new (*description != '\0' ? description : NULL, colon + 1);
}

/* "AREA:RESULT" or "AREA:RESULT:NOTE" into @visit's checklist. */
static gboolean
parse_check (RiayaInspection  *visit,
             const char       *text,
             GError          **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", 3);
  RiayaCheckArea area;
  RiayaCheckResult result;
  const char *note;

  if (g_strv_length (parts) < 2)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %s is what was typed; keep AREA:RESULT:NOTE and the example as they are */
                   _("“%s” is not a line of the checklist: write AREA:RESULT or AREA:RESULT:NOTE, such as “safety:not-compliant:No fire extinguisher”."),
                   text);
      return FALSE;
    }

  if (!parse_check_area (parts[0], &area, error) ||
      !parse_check_result (parts[1], &result, error))
    return FALSE;

  note = parts[2] != NULL ? g_strstrip (parts[2]) : NULL;
  riaya_inspection_set_check (visit, area, result, note != NULL && *note != '\0' ? note : NULL);
  return TRUE;
}

/* What a script and a person read after recording: whether the visit is
 * valid, and the licence event its decision made. */
static void
print_outcome (RiayaInspection *visit)
{
  const char *name = riaya_inspection_get_institution_name (visit);
  const char *done_on = riaya_inspection_get_done_on (visit);
  guint invited = riaya_inspection_get_members_invited (visit);
  guint present = riaya_inspection_get_members_present (visit);
  RiayaDecision decision = riaya_inspection_get_decision (visit);
  RiayaLicenceEventKind event_kind;
  GListModel *actions = riaya_inspection_get_actions (visit);

  /* Decree 2.19.693 art. 8: valid only with a majority of the members. */
  if (riaya_inspection_has_quorum (visit))
    g_print (/* Translators: %1$s is a date, %2$s an institution, %3$u and %4$u numbers of members */
             _("The visit of %1$s to %2$s is valid: %3$u of the %4$u members invited were present, a majority (decree 2.19.693 art. 8)."),
             done_on, name, present, invited);
  else
    g_print (/* Translators: %1$s is a date, %2$s an institution, %3$u and %4$u numbers of members */
             _("The visit of %1$s to %2$s is not valid: only %3$u of the %4$u members invited were present, not a majority (decree 2.19.693 art. 8). It grounds no decision; plan another visit."),
             done_on, name, present, invited);
  g_print ("\n");

  if (riaya_decision_to_licence_event (decision, &event_kind))
    {
      const char *deadline = riaya_inspection_get_decision_deadline (visit);
      const char *event = riaya_inspection_get_licence_event (visit);

      if (deadline != NULL)
        g_print (/* Translators: %1$s is a licence event such as “Warning”, %2$s a date, %3$s a deadline, %4$s an id */
                 _("The licence's history now holds “%1$s” on %2$s, to put right by %3$s (event %4$s)."),
                 riaya_licence_event_kind_to_label (event_kind), done_on, deadline, event != NULL ? event : "—");
      else
        g_print (/* Translators: %1$s is a licence event such as “Withdrawn”, %2$s a date, %3$s an id */
                 _("The licence's history now holds “%1$s” on %2$s (event %3$s)."),
                 riaya_licence_event_kind_to_label (event_kind), done_on, event != NULL ? event : "—");
      g_print ("\n");
    }

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);

      if (riaya_corrective_action_get_done_on (action) != NULL)
        continue;
      g_print (/* Translators: %1$s is a date, %2$s an id that “inspection action” takes */
               _("Corrective action due on %1$s: %2$s"),
               riaya_corrective_action_get_due_on (action), riaya_corrective_action_get_uuid (action));
      g_print ("\n");
    }
}

static int
inspection_record (RiayaCliGlobal  *global,
                   int              argc,
                   char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInspection) saved = NULL;
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_auto(RecordOptions) options = { NULL };
  RiayaDecision decision = RIAYA_DECISION_NONE;
  guint members = 0, present = 0;
  const GOptionEntry entries[] = {
    { "done", 0, 0, G_OPTION_ARG_STRING, &options.done,
      N_("The day the visit was done (required)"), N_("DATE") },
    { "members", 0, 0, G_OPTION_ARG_STRING, &options.members,
      N_("How many members of the committee were invited (required unless given when planned)"), N_("N") },
    { "present", 0, 0, G_OPTION_ARG_STRING, &options.present,
      N_("How many of them were present (required)"), N_("N") },
    { "decision", 0, 0, G_OPTION_ARG_STRING, &options.decision,
      N_("none (default), warning, reprimand, suspension, withdrawal or closure"), N_("DECISION") },
    { "deadline", 0, 0, G_OPTION_ARG_STRING, &options.deadline,
      N_("The deadline to put things right (warning, reprimand), or the end of a suspension"), N_("DATE") },
    { "finding", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.findings,
      N_("A paragraph of the findings (repeat for each)"), N_("TEXT") },
    { "action", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.actions,
      N_("A corrective action and the day it is due (repeat for each)"), N_("TEXT:DUE") },
    { "check", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.checks,
      N_("A line of the checklist, such as safety:not-compliant:No fire extinguisher (repeat for each)"), N_("AREA:RESULT[:NOTE]") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("VISIT"));
  g_option_context_set_summary (context,
                                _("Records a visit of the control committee: the day it was done, how many members were invited and present, the checklist, the findings, the committee's decision and the corrective actions asked for. "
                                  "Says whether the visit is valid and, for a decision, the event it adds to the licence's history."));
  g_option_context_set_description (context,
                                    _("VISIT is the id of a visit, or the institution (licence number or id) and the planned day as INSTITUTION:DATE. "
                                      "AREA is one of licence, register, regulations, staffing, safety, health, education, accounts, rights; RESULT one of not-assessed, compliant, not-compliant, not-applicable. "
                                      "A visit is valid only when a majority of the members invited were present (decree 2.19.693 art. 8); a warning or a reprimand needs a deadline (Law 65.15 art. 34). "
                                      "Nothing is written when the visit is dated in the future, more members are present than invited, a deadline or a due date is not after the visit, or a decision recorded before would change: the licence's history only grows."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "inspection record", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("inspection record", _("Name one visit."));
  if (options.done == NULL || options.present == NULL)
    return _riaya_cli_usage_error ("inspection record",
                                   /* Translators: %s is an option such as --done */
                                   _("Add the option %s: it is required."),
                                   options.done == NULL ? "--done" : "--present");

  if (!riaya_date_parse (options.done, NULL, &error) ||
      (options.members != NULL && !_riaya_cli_parse_count ("--members", options.members, &members, &error)) ||
      !_riaya_cli_parse_count ("--present", options.present, &present, &error) ||
      (options.decision != NULL &&
       !parse_decision (options.decision, &decision, &error)) ||
      (options.deadline != NULL && !riaya_date_parse (options.deadline, NULL, &error)))
    return _riaya_cli_refuse (error);

  for (guint i = 0; options.actions != NULL && options.actions[i] != NULL; i++)
    {
      RiayaCorrectiveAction *action = parse_action (options.actions[i], &error);

      if (action == NULL)
        return _riaya_cli_refuse (error);
      g_ptr_array_add (actions, action);
    }

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  saved = _riaya_cli_find_visit (store, argv[1]);
  if (saved == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (options.members == NULL && riaya_inspection_get_members_invited (saved) == 0)
    return _riaya_cli_usage_error ("inspection record",
                                   /* Translators: %s is an option */
                                   _("Add the option %s: how many members of the committee were invited was not given when the visit was planned."),
                                   "--members");

  visit = riaya_inspection_copy (saved);
  riaya_inspection_set_done_on (visit, options.done);
  if (options.members != NULL)
    riaya_inspection_set_members_invited (visit, members);
  riaya_inspection_set_members_present (visit, present);
  /* A decision recorded before is kept unless another is named: the
   * store refuses to change it (Law 65.15 art. 34). */
  if (options.decision != NULL)
    riaya_inspection_set_decision (visit, decision);
  if (options.deadline != NULL)
    riaya_inspection_set_decision_deadline (visit, options.deadline);

  if (options.findings != NULL && options.findings[0] != NULL)
    {
      g_autofree char *findings = g_strjoinv ("\n\n", options.findings);

      riaya_inspection_set_findings (visit, findings);
    }

  for (guint i = 0; options.checks != NULL && options.checks[i] != NULL; i++)
    if (!parse_check (visit, options.checks[i], &error))
      return _riaya_cli_refuse (error);

  for (guint i = 0; i < actions->len; i++)
    riaya_inspection_add_action (visit, g_ptr_array_index (actions, i));

  _riaya_cli_auto_backup (store);
  if (!riaya_store_update_inspection (store, visit, &error))
    return _riaya_cli_refuse (error);

  print_outcome (visit);
  return RIAYA_CLI_EXIT_OK;
}

/* --- inspection action --------------------------------------------------- */

static int
inspection_action (RiayaCliGlobal  *global,
                   int              argc,
                   char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  gboolean not_done = FALSE;
  const GOptionEntry entries[] = {
    { "done", 0, 0, G_OPTION_ARG_STRING, &done,
      N_("The day the action was done"), N_("DATE") },
    { "not-done", 0, 0, G_OPTION_ARG_NONE, &not_done,
      N_("The action is not done after all"), NULL },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("ACTION"));
  g_option_context_set_summary (context,
                                _("Records the day a corrective action asked for by a visit was done, or with --not-done that it is not. "
                                  "ACTION is the id that “riaya-cli inspection record” printed and “riaya-cli inspection show” lists."));
  g_option_context_set_description (context,
                                    _("Nothing is written when the day is in the future or before the visit. "
                                      "An action past its due date and not done makes the visit due a follow-up (“riaya-cli inspection follow-ups”)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "inspection action", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("inspection action", _("Name one corrective action."));
  if ((done == NULL) == !not_done)
    return _riaya_cli_usage_error ("inspection action",
                                   /* Translators: the %s are options */
                                   _("Give %1$s or %2$s, one of them."), "--done", "--not-done");
  if (done != NULL && !riaya_date_parse (done, NULL, &error))
    return _riaya_cli_refuse (error);
  if (!g_uuid_string_is_valid (argv[1]))
    return _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                     _("“%s” is not the id of a corrective action: “riaya-cli inspection show VISIT” lists the actions of a visit with their ids."),
                                     argv[1]);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  _riaya_cli_auto_backup (store);
  if (!riaya_store_set_action_done (store, argv[1], done, &error))
    {
      if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
        return _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                         _("No corrective action has the id “%s”: “riaya-cli inspection show VISIT” lists the actions of a visit with their ids."),
                                         argv[1]);
      return _riaya_cli_refuse (error);
    }

  return RIAYA_CLI_EXIT_OK;
}

/* --- inspection cancel --------------------------------------------------- */

static int
inspection_cancel (RiayaCliGlobal  *global,
                   int              argc,
                   char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInspection) visit = NULL;
  g_autoptr(GError) error = NULL;

  context = g_option_context_new (_("VISIT"));
  g_option_context_set_summary (context,
                                _("Cancels a visit that is only planned. It leaves the lists and the programme, and the next calendar export (“riaya-cli inspection ics”) marks it cancelled. "
                                  "A recorded visit is kept: its report was signed."));
  g_option_context_set_description (context,
                                    _("VISIT is the id of a visit, or the institution (licence number or id) and the planned day as INSTITUTION:DATE."));

  if (!_riaya_cli_parse_options (global, context, "inspection cancel", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("inspection cancel", _("Name one visit."));

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  visit = _riaya_cli_find_visit (store, argv[1]);
  if (visit == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  _riaya_cli_auto_backup (store);
  if (!riaya_store_delete_inspection (store, riaya_inspection_get_uuid (visit), &error))
    return _riaya_cli_refuse (error);

  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_inspection (RiayaCliGlobal  *global,
                      int              argc,
                      char           **argv)
{
  return _riaya_cli_dispatch (global, "inspection", subcommands, G_N_ELEMENTS (subcommands),
                              argc, argv);
}
