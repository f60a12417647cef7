/* riaya-cli-inspection.c — riaya-cli inspection plan, action and cancel
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
static int inspection_action (RiayaCliGlobal *global, int argc, char **argv);
static int inspection_cancel (RiayaCliGlobal *global, int argc, char **argv);

static const RiayaCliSubcommand subcommands[] = {
  { "plan", inspection_plan, N_("Plan a visit of the control committee to an institution") },
  { "record", _riaya_cli_inspection_record, N_("Record a visit: who came, the checklist, findings, decision and actions") },
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
