/* riaya-cli-grant.c — riaya-cli grant add, tranche and justify
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Entraide Nationale's annual grants, from decision to justification
 * (domain brief §5). Amounts are typed as dirhams with at most two
 * decimals and kept as integer centimes (riaya-money.h). The store checks
 * every rule of the grant (riaya_grant_validate) and writes all of a
 * command or nothing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-cli-private.h"
#include "riaya-grant.h"
#include "riaya-money.h"
#include "riaya-store-grants.h"

static int grant_add     (RiayaCliGlobal *global, int argc, char **argv);
static int grant_tranche (RiayaCliGlobal *global, int argc, char **argv);
static int grant_justify (RiayaCliGlobal *global, int argc, char **argv);

static const RiayaCliSubcommand subcommands[] = {
  { "add", grant_add, N_("Record a grant decided for an institution") },
  { "tranche", grant_tranche, N_("Schedule a tranche of a grant, or record its payment") },
  { "justify", grant_justify, N_("Record the justification a grant owes: due, received, approved or rejected") },
  { "list", _riaya_cli_grant_list, N_("List grants, with what is paid, what remains and what is late") },
  { "show", _riaya_cli_grant_show, N_("Show a grant with its tranches and justification") },
  { "import-csv", _riaya_cli_grant_import_csv, N_("Add many grants from a CSV file, all or none") },
};

gboolean
_riaya_cli_parse_year (const char  *text,
                       guint       *out,
                       GError     **error)
{
  guint64 year;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 9999, &year, NULL))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %s is what was typed */
                   _("“%s” is not a year: write it with four digits, such as 2024."),
                   text);
      return FALSE;
    }

  *out = (guint) year;
  return TRUE;
}

gboolean
_riaya_cli_parse_grant_kind (const char      *text,
                             RiayaGrantKind  *out,
                             GError         **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  g_autofree char *code = g_ascii_strdown (copy, -1);
  g_autoptr(GString) list = g_string_new (NULL);

  if (riaya_grant_kind_from_code (code, out))
    return TRUE;

  for (guint i = 0; i < RIAYA_N_GRANT_KINDS; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", riaya_grant_kind_to_code (i));
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is what was typed, the second a list of codes */
               _("“%s” is not a kind of grant: use one of %s."),
               text, list->str);
  return FALSE;
}

/* "DUE:AMOUNT" or "DUE:AMOUNT:PAID", such as 2024-03-31:75000.00:2024-04-02. */
static RiayaGrantTranche *
parse_tranche (const char  *text,
               GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", -1);
  g_autoptr(RiayaGrantTranche) tranche = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n = g_strv_length (parts);
  gint64 amount;

  if (n < 2 || n > 3)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                   /* Translators: %s is what was typed; keep DUE:AMOUNT:PAID and the example as they are */
                   _("“%s” is not a tranche: write DUE:AMOUNT or DUE:AMOUNT:PAID, such as 2024-03-31:75000.00:2024-04-02."),
                   text);
      return NULL;
    }

  if (!riaya_date_parse (parts[0], NULL, error) ||
      !riaya_money_parse (parts[1], FALSE, &amount, error) ||
      (n == 3 && !riaya_date_parse (parts[2], NULL, error)))
    return NULL;

  tranche = riaya_grant_tranche_new (parts[0], amount);
  if (n == 3)
    riaya_grant_tranche_set_paid_on (tranche, parts[2]);

  return g_steal_pointer (&tranche);
}

/* Grants of @institution for @year. */
static GListModel *
list_grants_of (RiayaStore       *store,
                RiayaInstitution *institution,
                guint             year,
                GError          **error)
{
  RiayaGrantFilter filter = RIAYA_GRANT_FILTER_INIT;

  filter.year = year;
  filter.institution_uuid = riaya_institution_get_uuid (institution);

  return riaya_store_list_grants (store, &filter, error);
}

RiayaGrant *
_riaya_cli_find_grant (RiayaStore *store,
                       const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GListModel) grants = NULL;
  g_autofree char *institution_id = NULL;
  const char *colon;
  RiayaGrant *grant;
  guint year;
  guint n;

  if (g_uuid_string_is_valid (id))
    {
      grant = riaya_store_get_grant (store, id, &error);
      if (grant != NULL)
        return grant;
      if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
        _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                  _("No grant has the id “%s”: see the grants and their ids with “riaya-cli grant list --format csv”."),
                                  id);
      else
        _riaya_cli_refuse (error);
      return NULL;
    }

  colon = strrchr (id, ':');
  if (colon == NULL || colon == id || colon[1] == '\0')
    {
      _riaya_cli_refuse_printf (/* Translators: %s is what was typed; keep INSTITUTION:YEAR and 12/2019:2024 as they are */
                                _("“%s” names no grant: give its id, or the institution (licence number or id) and the year as INSTITUTION:YEAR, such as 12/2019:2024."),
                                id);
      return NULL;
    }

  if (!_riaya_cli_parse_year (colon + 1, &year, &error))
    {
      _riaya_cli_refuse (error);
      return NULL;
    }

  institution_id = g_strndup (id, colon - id);
  institution = _riaya_cli_find_institution (store, institution_id);
  if (institution == NULL)
    return NULL;

  grants = list_grants_of (store, institution, year, &error);
  if (grants == NULL)
    {
      _riaya_cli_refuse (error);
      return NULL;
    }

  n = g_list_model_get_n_items (grants);
  if (n == 1)
    return g_list_model_get_item (grants, 0);

  if (n == 0)
    _riaya_cli_refuse_printf (/* Translators: %1$s is an institution, %2$u a year, %3$s what identifies the institution */
                              _("%1$s has no grant for %2$u: see its grants with “riaya-cli grant list --institution %3$s”."),
                              riaya_institution_get_display_name (institution), year, institution_id);
  else
    _riaya_cli_refuse_printf (/* Translators: %1$s is an institution, %2$u a number of grants (two or more), %3$u a year, %4$s what identifies the institution */
                              _("%1$s has %2$u grants for %3$u: name one by its id, which “riaya-cli grant list --institution %4$s --year %3$u --format csv” shows."),
                              riaya_institution_get_display_name (institution), n, year, institution_id);
  return NULL;
}

/* --- grant add ---------------------------------------------------------- */

typedef struct
{
  char  *year;
  char  *amount;
  char  *kind;
  char  *basis;
  char  *decided;
  char  *convention;
  char  *convention_date;
  char **tranches;
} AddOptions;

static void
add_options_clear (AddOptions *options)
{
  g_free (options->year);
  g_free (options->amount);
  g_free (options->kind);
  g_free (options->basis);
  g_free (options->decided);
  g_free (options->convention);
  g_free (options->convention_date);
  g_strfreev (options->tranches);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AddOptions, add_options_clear)

/* An empty --basis or --convention means none. */
static const char *
text_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static int
grant_add (RiayaCliGlobal  *global,
           int              argc,
           char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(RiayaGrant) grant = NULL;
  g_autoptr(GPtrArray) tranches = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_auto(AddOptions) options = { NULL };
  RiayaGrantKind kind = RIAYA_GRANT_KIND_RUNNING_COSTS;
  guint year;
  gint64 amount;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_STRING, &options.year,
      N_("The year the grant is for (required)"), N_("YEAR") },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &options.amount,
      N_("The amount granted, in dirhams with at most two decimals, such as 150000.00 (required)"), N_("DIRHAMS") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &options.kind,
      N_("running-costs (default), equipment, staff or other"), N_("KIND") },
    { "basis", 0, 0, G_OPTION_ARG_STRING, &options.basis,
      N_("What the grant is for, or how it was set"), N_("TEXT") },
    { "decided", 0, 0, G_OPTION_ARG_STRING, &options.decided,
      N_("The date of the grant decision"), N_("DATE") },
    { "convention", 0, 0, G_OPTION_ARG_STRING, &options.convention,
      N_("The reference of the partnership convention (required above 50,000 DH)"), N_("REF") },
    { "convention-date", 0, 0, G_OPTION_ARG_STRING, &options.convention_date,
      N_("The date the convention was signed"), N_("DATE") },
    { "tranche", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.tranches,
      N_("A tranche: its due date, its amount and, once paid, the date it was paid (repeat for each)"), N_("DUE:AMOUNT[:PAID]") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("INSTITUTION"));
  g_option_context_set_summary (context,
                                _("Records a grant of the Entraide Nationale to an institution, found by its id or its licence number, with its tranches, and prints the id of the grant."));
  g_option_context_set_description (context,
                                    _("Nothing is written, and the command says why, when the amount is zero, negative or has more than two decimals, when the tranches add up to more than the grant or one is paid before the decision, when the institution's licence was not in force at any time in that year (Law 65.15 art. 17), or when a grant above 50,000 DH has no convention (Prime Minister's circular 7/2003). "
                                      "The tranches given are recorded with the grant, all or none."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "grant add", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("grant add",
                                   _("Name one institution, by its id or its licence number."));
  if (options.year == NULL || options.amount == NULL)
    return _riaya_cli_usage_error ("grant add",
                                   /* Translators: %s is an option such as --category */
                                   _("Add the option %s: it is required."),
                                   options.year == NULL ? "--year" : "--amount");

  if (!_riaya_cli_parse_year (options.year, &year, &error) ||
      !riaya_money_parse (options.amount, FALSE, &amount, &error) ||
      (options.kind != NULL && !_riaya_cli_parse_grant_kind (options.kind, &kind, &error)) ||
      (options.decided != NULL && !riaya_date_parse (options.decided, NULL, &error)) ||
      (options.convention_date != NULL && !riaya_date_parse (options.convention_date, NULL, &error)))
    return _riaya_cli_refuse (error);

  for (guint i = 0; options.tranches != NULL && options.tranches[i] != NULL; i++)
    {
      RiayaGrantTranche *tranche = parse_tranche (options.tranches[i], &error);

      if (tranche == NULL)
        return _riaya_cli_refuse (error);
      g_ptr_array_add (tranches, tranche);
    }

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  institution = _riaya_cli_find_institution (store, argv[1]);
  if (institution == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  grant = riaya_grant_new (riaya_institution_get_uuid (institution), year, amount);
  riaya_grant_set_kind (grant, kind);
  riaya_grant_set_basis (grant, text_or_null (options.basis));
  riaya_grant_set_decided_on (grant, options.decided);
  riaya_grant_set_convention_ref (grant, text_or_null (options.convention));
  riaya_grant_set_convention_date (grant, options.convention_date);
  for (guint i = 0; i < tranches->len; i++)
    riaya_grant_add_tranche (grant, g_ptr_array_index (tranches, i));

  _riaya_cli_auto_backup (store);
  if (!riaya_store_add_grant (store, grant, &error))
    return _riaya_cli_refuse (error);

  g_print ("%s\n", riaya_grant_get_uuid (grant));
  return RIAYA_CLI_EXIT_OK;
}

/* --- grant tranche ------------------------------------------------------- */

/* Records the payment of the tranche @tranche_uuid of @grant on @paid. */
static int
record_payment (RiayaStore *store,
                RiayaGrant *saved,
                const char *tranche_uuid,
                const char *paid)
{
  g_autoptr(RiayaGrant) grant = riaya_grant_copy (saved);
  g_autoptr(GError) error = NULL;
  RiayaGrantTranche *tranche = riaya_grant_find_tranche (grant, tranche_uuid);
  const char *paid_before;

  g_assert (tranche != NULL);
  paid_before = riaya_grant_tranche_get_paid_on (tranche);
  if (paid_before != NULL)
    {
      /* The same payment twice changes nothing and says nothing. */
      if (g_str_equal (paid_before, paid))
        return RIAYA_CLI_EXIT_OK;
      return _riaya_cli_refuse_printf (/* Translators: %1$s is a date a tranche is due, %2$s the date it was paid */
                                       _("The tranche due on %1$s is already recorded as paid on %2$s: a tranche is paid once. Check the tranche id with “riaya-cli grant show”."),
                                       riaya_grant_tranche_get_due_on (tranche), paid_before);
    }

  riaya_grant_tranche_set_paid_on (tranche, paid);
  _riaya_cli_auto_backup (store);
  if (!riaya_store_update_grant (store, grant, &error))
    return _riaya_cli_refuse (error);

  return RIAYA_CLI_EXIT_OK;
}

static int
grant_tranche (RiayaCliGlobal  *global,
               int              argc,
               char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaGrant) saved = NULL;
  g_autoptr(RiayaGrant) grant = NULL;
  g_autoptr(RiayaGrantTranche) tranche = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  g_autofree char *amount_text = NULL;
  g_autofree char *paid = NULL;
  gint64 amount;
  const GOptionEntry entries[] = {
    { "due", 0, 0, G_OPTION_ARG_STRING, &due,
      N_("The date the new tranche is to be paid"), N_("DATE") },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text,
      N_("The amount of the new tranche, in dirhams with at most two decimals"), N_("DIRHAMS") },
    { "paid", 0, 0, G_OPTION_ARG_STRING, &paid,
      N_("The date the tranche was paid"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("GRANT|TRANCHE"));
  g_option_context_set_summary (context,
                                _("With --due and --amount, adds a tranche to the grant GRANT and prints the id of the tranche; with --paid too, the tranche is recorded as paid. "
                                  "With --paid alone, records the payment of the tranche TRANCHE, named by the id that “riaya-cli grant show” gives."));
  g_option_context_set_description (context,
                                    _("GRANT is the id of a grant, or the institution (licence number or id) and the year as INSTITUTION:YEAR when it has one grant that year. "
                                      "Nothing is written when the tranches would add up to more than the grant, or a payment is dated before the grant decision or in the future."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "grant tranche", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("grant tranche",
                                   _("Name one grant, or one tranche to record its payment."));
  if ((due == NULL) != (amount_text == NULL))
    return _riaya_cli_usage_error ("grant tranche",
                                   /* Translators: %s is an option such as --due */
                                   _("Add the option %s: a new tranche needs its due date and its amount."),
                                   due == NULL ? "--due" : "--amount");
  if (due == NULL && paid == NULL)
    return _riaya_cli_usage_error ("grant tranche",
                                   /* Translators: the %s are options */
                                   _("Give %1$s and %2$s to add a tranche, or %3$s to record the payment of one."),
                                   "--due", "--amount", "--paid");

  if ((due != NULL && !riaya_date_parse (due, NULL, &error)) ||
      (amount_text != NULL && !riaya_money_parse (amount_text, FALSE, &amount, &error)) ||
      (paid != NULL && !riaya_date_parse (paid, NULL, &error)))
    return _riaya_cli_refuse (error);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  /* --paid alone: the payment of an existing tranche. */
  if (due == NULL)
    {
      if (!g_uuid_string_is_valid (argv[1]))
        return _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                         _("“%s” is not the id of a tranche: “riaya-cli grant show GRANT” lists the tranches of a grant with their ids."),
                                         argv[1]);
      saved = riaya_store_get_grant_of_tranche (store, argv[1], &error);
      if (saved == NULL)
        {
          if (!g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
            return _riaya_cli_refuse (error);
          /* A grant's id given where a tranche's is wanted. */
          return _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                           _("No tranche has the id “%s”: “riaya-cli grant show GRANT” lists the tranches of a grant with their ids; to add a tranche, give --due and --amount."),
                                           argv[1]);
        }
      return record_payment (store, saved, argv[1], paid);
    }

  saved = _riaya_cli_find_grant (store, argv[1]);
  if (saved == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  grant = riaya_grant_copy (saved);
  tranche = riaya_grant_tranche_new (due, amount);
  if (paid != NULL)
    riaya_grant_tranche_set_paid_on (tranche, paid);
  riaya_grant_add_tranche (grant, tranche);

  _riaya_cli_auto_backup (store);
  if (!riaya_store_update_grant (store, grant, &error))
    return _riaya_cli_refuse (error);

  g_print ("%s\n", riaya_grant_tranche_get_uuid (tranche));
  return RIAYA_CLI_EXIT_OK;
}

/* --- grant justify ------------------------------------------------------- */

static int
grant_justify (RiayaCliGlobal  *global,
               int              argc,
               char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaGrant) saved = NULL;
  g_autoptr(RiayaGrant) grant = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  g_autofree char *received = NULL;
  g_autofree char *approved = NULL;
  g_autofree char *rejected = NULL;
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "due", 0, 0, G_OPTION_ARG_STRING, &due,
      N_("The date the justification is due (required the first time)"), N_("DATE") },
    { "received", 0, 0, G_OPTION_ARG_STRING, &received,
      N_("The date it was received"), N_("DATE") },
    { "approved", 0, 0, G_OPTION_ARG_STRING, &approved,
      N_("The date it was approved"), N_("DATE") },
    { "rejected", 0, 0, G_OPTION_ARG_STRING, &rejected,
      N_("The date it was rejected (with --reason)"), N_("DATE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why it was rejected: what is missing or wrong"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("GRANT"));
  g_option_context_set_summary (context,
                                _("Records where the justification a grant owes stands: the date it is due, the date it was received, and the date it was approved or rejected. "
                                  "Dates not given keep their recorded value; an approval replaces an earlier rejection, and a rejection an earlier approval."));
  g_option_context_set_description (context,
                                    _("GRANT is the id of a grant, or the institution (licence number or id) and the year as INSTITUTION:YEAR when it has one grant that year. "
                                      "Nothing is written when the justification is approved or rejected before it was received, or a date is in the future. "
                                      "A justification past due and not received, or rejected, is late: the grant list and the compliance report show it."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "grant justify", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("grant justify", _("Name one grant."));
  if (approved != NULL && rejected != NULL)
    return _riaya_cli_usage_error ("grant justify",
                                   /* Translators: the %s are options */
                                   _("Give %1$s or %2$s, not both: a justification is approved or rejected."),
                                   "--approved", "--rejected");
  if (reason != NULL && rejected == NULL)
    return _riaya_cli_usage_error ("grant justify",
                                   /* Translators: the %s are options */
                                   _("The option %1$s goes only with %2$s."), "--reason", "--rejected");
  if (due == NULL && received == NULL && approved == NULL && rejected == NULL)
    return _riaya_cli_usage_error ("grant justify",
                                   /* Translators: the %s are options */
                                   _("Give at least one of %1$s, %2$s, %3$s or %4$s."),
                                   "--due", "--received", "--approved", "--rejected");

  if ((due != NULL && !riaya_date_parse (due, NULL, &error)) ||
      (received != NULL && !riaya_date_parse (received, NULL, &error)) ||
      (approved != NULL && !riaya_date_parse (approved, NULL, &error)) ||
      (rejected != NULL && !riaya_date_parse (rejected, NULL, &error)))
    return _riaya_cli_refuse (error);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  saved = _riaya_cli_find_grant (store, argv[1]);
  if (saved == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (due == NULL && riaya_grant_get_justification_due (saved) == NULL)
    return _riaya_cli_usage_error ("grant justify",
                                   /* Translators: %s is an option */
                                   _("Add the option %s: this grant has no justification due yet."), "--due");

  grant = riaya_grant_copy (saved);
  if (due != NULL)
    riaya_grant_set_justification_due (grant, due);
  if (received != NULL)
    riaya_grant_set_justification_received (grant, received);
  if (approved != NULL)
    {
      riaya_grant_set_justification_approved (grant, approved);
      riaya_grant_set_justification_rejected (grant, NULL);
      riaya_grant_set_rejection_reason (grant, NULL);
    }
  if (rejected != NULL)
    {
      riaya_grant_set_justification_rejected (grant, rejected);
      riaya_grant_set_rejection_reason (grant, text_or_null (reason));
      riaya_grant_set_justification_approved (grant, NULL);
    }

  _riaya_cli_auto_backup (store);
  if (!riaya_store_update_grant (store, grant, &error))
    return _riaya_cli_refuse (error);

  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_grant (RiayaCliGlobal  *global,
                 int              argc,
                 char           **argv)
{
  return _riaya_cli_dispatch (global, "grant", subcommands, G_N_ELEMENTS (subcommands),
                              argc, argv);
}
