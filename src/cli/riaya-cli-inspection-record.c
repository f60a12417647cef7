/* riaya-cli-inspection-record.c — riaya-cli inspection record
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A visit recorded: the day it was done, who came, the checklist, the
 * findings, the committee's decision and the corrective actions (Law
 * 65.15 arts 29, 31, 34; decree 2.19.693 art. 8). Core checks the visit's
 * rules and the store writes it with the licence event of its decision
 * in one transaction; what it prints says whether the visit is valid.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-cli-private.h"
#include "riaya-store-inspections.h"

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

int
_riaya_cli_inspection_record (RiayaCliGlobal  *global,
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
