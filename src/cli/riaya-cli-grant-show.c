/* riaya-cli-grant-show.c — riaya-cli grant list and show
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Grants with what is paid, what remains and what is late. Amounts are
 * written "146002000.00" for scripts (CSV, JSON: strings, exact) and with
 * the digit groups and decimal mark of the interface language for people.
 * Sums are of integer centimes, checked against overflow.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-codes.h"
#include "riaya-csv.h"
#include "riaya-grant.h"
#include "riaya-money.h"
#include "riaya-store-grants.h"
#include "riaya-table.h"

#define NAME_WIDTH 36

static const char * const list_columns[] = {
  "uuid", "institution_uuid", "licence", "institution", "province_code", "year", "kind",
  "amount", "paid", "remaining", "justification", "justification_due", "status",
};

static const char * const tranche_columns[] = {
  "uuid", "due_on", "amount", "paid_on", "overdue",
};

/* What a listing sums. */
typedef struct
{
  guint  n_grants;
  guint  n_late;
  gint64 amount;
  gint64 paid;
  gint64 remaining;
} Totals;

static gboolean
add_to_totals (Totals     *totals,
               RiayaGrant *grant,
               const char *today)
{
  totals->n_grants++;
  if (riaya_grant_get_status (grant, today) == RIAYA_GRANT_STATUS_LATE)
    totals->n_late++;

  return riaya_money_add (totals->amount, riaya_grant_get_amount (grant), &totals->amount) &&
         riaya_money_add (totals->paid, riaya_grant_get_paid (grant), &totals->paid) &&
         riaya_money_add (totals->remaining, riaya_grant_get_remaining (grant), &totals->remaining);
}

static void
json_money (RiayaCliJson *json,
            const char   *name,
            gint64        centimes)
{
  g_autofree char *text = riaya_money_to_string (centimes);

  /* A string: exact whatever the reader does with numbers. */
  riaya_cli_json_string (json, name, text);
}

static void
write_json_grant (RiayaCliJson *json,
                  RiayaGrant   *grant,
                  const char   *today,
                  gboolean      complete)
{
  riaya_cli_json_begin_object (json, NULL);
  riaya_cli_json_string (json, "uuid", riaya_grant_get_uuid (grant));
  riaya_cli_json_string (json, "institution_uuid", riaya_grant_get_institution_uuid (grant));
  riaya_cli_json_string (json, "licence", riaya_grant_get_licence_number (grant));
  riaya_cli_json_string (json, "institution", riaya_grant_get_institution_name (grant));
  riaya_cli_json_string (json, "province_code", riaya_grant_get_province_code (grant));
  riaya_cli_json_int (json, "year", riaya_grant_get_year (grant));
  riaya_cli_json_string (json, "kind", riaya_grant_kind_to_code (riaya_grant_get_kind (grant)));
  json_money (json, "amount", riaya_grant_get_amount (grant));
  json_money (json, "paid", riaya_grant_get_paid (grant));
  json_money (json, "remaining", riaya_grant_get_remaining (grant));
  riaya_cli_json_string (json, "justification",
                         riaya_justification_state_to_code (riaya_grant_get_justification_state (grant)));
  riaya_cli_json_string (json, "justification_due", riaya_grant_get_justification_due (grant));
  riaya_cli_json_string (json, "status", riaya_grant_status_to_code (riaya_grant_get_status (grant, today)));

  if (complete)
    {
      GListModel *tranches = riaya_grant_get_tranches (grant);

      riaya_cli_json_string (json, "basis", riaya_grant_get_basis (grant));
      riaya_cli_json_string (json, "decided_on", riaya_grant_get_decided_on (grant));
      riaya_cli_json_string (json, "convention_ref", riaya_grant_get_convention_ref (grant));
      riaya_cli_json_string (json, "convention_date", riaya_grant_get_convention_date (grant));
      json_money (json, "scheduled", riaya_grant_get_scheduled (grant));
      riaya_cli_json_string (json, "justification_received", riaya_grant_get_justification_received (grant));
      riaya_cli_json_string (json, "justification_approved", riaya_grant_get_justification_approved (grant));
      riaya_cli_json_string (json, "justification_rejected", riaya_grant_get_justification_rejected (grant));
      riaya_cli_json_string (json, "rejection_reason", riaya_grant_get_rejection_reason (grant));
      riaya_cli_json_begin_array (json, "tranches");
      for (guint i = 0; i < g_list_model_get_n_items (tranches); i++)
        {
          g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, i);

          riaya_cli_json_begin_object (json, NULL);
          riaya_cli_json_string (json, "uuid", riaya_grant_tranche_get_uuid (tranche));
          riaya_cli_json_string (json, "due_on", riaya_grant_tranche_get_due_on (tranche));
          json_money (json, "amount", riaya_grant_tranche_get_amount (tranche));
          riaya_cli_json_string (json, "paid_on", riaya_grant_tranche_get_paid_on (tranche));
          riaya_cli_json_boolean (json, "overdue", riaya_grant_tranche_is_overdue (tranche, today));
          riaya_cli_json_end_object (json);
        }
      riaya_cli_json_end_array (json);
    }
  riaya_cli_json_end_object (json);
}

static void
append_csv_grant (GString    *out,
                  RiayaGrant *grant,
                  const char *today)
{
  g_autofree char *year = g_strdup_printf ("%u", riaya_grant_get_year (grant));
  g_autofree char *amount = riaya_money_to_string (riaya_grant_get_amount (grant));
  g_autofree char *paid = riaya_money_to_string (riaya_grant_get_paid (grant));
  g_autofree char *remaining = riaya_money_to_string (riaya_grant_get_remaining (grant));
  const char *cells[] = {
    riaya_grant_get_uuid (grant),
    riaya_grant_get_institution_uuid (grant),
    riaya_grant_get_licence_number (grant),
    riaya_grant_get_institution_name (grant),
    riaya_grant_get_province_code (grant),
    year,
    riaya_grant_kind_to_code (riaya_grant_get_kind (grant)),
    amount,
    paid,
    remaining,
    riaya_justification_state_to_code (riaya_grant_get_justification_state (grant)),
    riaya_grant_get_justification_due (grant),
    riaya_grant_status_to_code (riaya_grant_get_status (grant, today)),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (list_columns));
  riaya_csv_append_row (out, cells, G_N_ELEMENTS (cells));
}

static void
append_totals_line (GString      *out,
                    const Totals *totals)
{
  g_autofree char *amount = riaya_table_format_money (totals->amount);
  g_autofree char *paid = riaya_table_format_money (totals->paid);
  g_autofree char *remaining = riaya_table_format_money (totals->remaining);

  g_string_append_printf (out,
                          /* Translators: %1$u is a number of grants, %2$s, %3$s and %4$s amounts of dirhams */
                          ngettext ("%1$u grant: %2$s DH granted, %3$s DH paid, %4$s DH still to pay.",
                                    "%1$u grants: %2$s DH granted, %3$s DH paid, %4$s DH still to pay.",
                                    totals->n_grants),
                          totals->n_grants, amount, paid, remaining);
  g_string_append_c (out, '\n');
  if (totals->n_late > 0)
    {
      g_string_append_printf (out,
                              /* Translators: %u is a number of grants */
                              ngettext ("%u of them is late: a tranche or the justification is past due.",
                                        "%u of them are late: a tranche or the justification is past due.",
                                        totals->n_late),
                              totals->n_late);
      g_string_append_c (out, '\n');
    }
}

/* --- grant list ------------------------------------------------------- */

typedef struct
{
  char     *year;
  char     *region;
  char     *province;
  char     *type;
  char     *institution;
  char     *format;
  gboolean  late;
} ListOptions;

static void
list_options_clear (ListOptions *options)
{
  g_free (options->year);
  g_free (options->region);
  g_free (options->province);
  g_free (options->type);
  g_free (options->institution);
  g_free (options->format);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListOptions, list_options_clear)

int
_riaya_cli_grant_list (RiayaCliGlobal  *global,
                       int              argc,
                       char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GListModel) grants = NULL;
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(RiayaCliTable) table = NULL;
  g_autoptr(RiayaCliJson) json = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  g_auto(ListOptions) options = { NULL };
  RiayaGrantFilter filter = RIAYA_GRANT_FILTER_INIT;
  RiayaInstitutionType type;
  RiayaCliFormat format;
  Totals totals = { 0 };
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_STRING, &options.year,
      N_("Only the grants for this year"), N_("YEAR") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &options.region,
      N_("Only institutions of this region, 01 to 12"), N_("CODE") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &options.province,
      N_("Only institutions of this province or prefecture, such as 01.511"), N_("CODE") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &options.type,
      N_("Only institutions of this type, such as student-house"), N_("TYPE") },
    { "institution", 0, 0, G_OPTION_ARG_STRING, &options.institution,
      N_("Only the grants of this institution (id or licence number)"), N_("INSTITUTION") },
    { "late", 0, 0, G_OPTION_ARG_NONE, &options.late,
      N_("Only grants with a tranche or the justification past due today"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Lists grants, newest year first, then by institution: the amount granted, what is paid, what remains to pay, where the justification stands, and the status (open, late or closed) today; then the totals. "
                                  "The csv and json formats give each grant's id, for “grant tranche”, “grant justify” and “grant show”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "grant list", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("grant list",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);
  if (!riaya_cli_format_parse (options.format, &format))
    return _riaya_cli_usage_error ("grant list", _("The format is table, csv or json."));

  if ((options.year != NULL && !_riaya_cli_parse_year (options.year, &filter.year, &error)) ||
      (options.type != NULL && !riaya_codes_parse_institution_type (options.type, &type, &error)))
    return _riaya_cli_refuse (error);
  if (options.type != NULL)
    filter.institution_type = type;

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (options.region != NULL)
    {
      RiayaTerritory *territory = riaya_store_lookup_territory (store, options.region);

      if (territory == NULL || riaya_territory_get_kind (territory) != RIAYA_TERRITORY_REGION)
        return _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                         _("There is no region with the code “%s”: use a code from 01 to 12 (see “riaya-cli territory list”)."),
                                         options.region);
      filter.region_code = options.region;
    }
  if (options.province != NULL)
    {
      if (!_riaya_cli_check_province (store, options.province, &error))
        return _riaya_cli_refuse (error);
      filter.province_code = options.province;
    }
  if (options.institution != NULL)
    {
      institution = _riaya_cli_find_institution (store, options.institution);
      if (institution == NULL)
        return RIAYA_CLI_EXIT_REFUSED;
      filter.institution_uuid = riaya_institution_get_uuid (institution);
    }

  grants = riaya_store_list_grants (store, &filter, &error);
  if (grants == NULL)
    return _riaya_cli_refuse (error);

  for (guint i = 0; i < g_list_model_get_n_items (grants); i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (grants, i);

      if (options.late && riaya_grant_get_status (grant, today) != RIAYA_GRANT_STATUS_LATE)
        continue;
      if (!add_to_totals (&totals, grant, today))
        return _riaya_cli_refuse_printf ("%s",
                                         _("These grants add up to more than this program can count: list fewer at a time, with --year or --region."));
      g_ptr_array_add (listed, g_steal_pointer (&grant));
    }

  if (format == RIAYA_CLI_FORMAT_CSV)
    {
      riaya_csv_append_row (out, list_columns, G_N_ELEMENTS (list_columns));
      for (guint i = 0; i < listed->len; i++)
        append_csv_grant (out, g_ptr_array_index (listed, i), today);
    }
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      json = riaya_cli_json_new (out);
      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "on", today);
      riaya_cli_json_begin_array (json, "grants");
      for (guint i = 0; i < listed->len; i++)
        write_json_grant (json, g_ptr_array_index (listed, i), today, FALSE);
      riaya_cli_json_end_array (json);
      riaya_cli_json_begin_object (json, "total");
      riaya_cli_json_int (json, "grants", totals.n_grants);
      riaya_cli_json_int (json, "late", totals.n_late);
      json_money (json, "amount", totals.amount);
      json_money (json, "paid", totals.paid);
      json_money (json, "remaining", totals.remaining);
      riaya_cli_json_end_object (json);
      riaya_cli_json_end_object (json);
    }
  else if (listed->len == 0)
    {
      g_string_append (out, _("No grant matches."));
      g_string_append_c (out, '\n');
    }
  else
    {
      table = riaya_cli_table_new (9);
      riaya_cli_table_set_column (table, 0, _("Institution"), FALSE, NAME_WIDTH);
      riaya_cli_table_set_column (table, 1, _("Licence"), FALSE, 0);
      riaya_cli_table_set_column (table, 2, _("Year"), FALSE, 0);
      riaya_cli_table_set_column (table, 3, _("Kind"), FALSE, 0);
      /* Translators: column titles of amounts in dirhams */
      riaya_cli_table_set_column (table, 4, _("Granted (DH)"), TRUE, 0);
      riaya_cli_table_set_column (table, 5, _("Paid"), TRUE, 0);
      riaya_cli_table_set_column (table, 6, _("Remaining"), TRUE, 0);
      riaya_cli_table_set_column (table, 7, _("Justification"), FALSE, 0);
      riaya_cli_table_set_column (table, 8, _("Status"), FALSE, 0);

      for (guint i = 0; i < listed->len; i++)
        {
          RiayaGrant *grant = g_ptr_array_index (listed, i);
          g_autofree char *year = g_strdup_printf ("%u", riaya_grant_get_year (grant));
          g_autofree char *amount = riaya_table_format_money (riaya_grant_get_amount (grant));
          g_autofree char *paid = riaya_table_format_money (riaya_grant_get_paid (grant));
          g_autofree char *remaining = riaya_table_format_money (riaya_grant_get_remaining (grant));
          const char *cells[] = {
            riaya_grant_get_institution_name (grant),
            riaya_grant_get_licence_number (grant),
            year,
            riaya_grant_kind_to_label (riaya_grant_get_kind (grant)),
            amount,
            paid,
            remaining,
            riaya_justification_state_to_label (riaya_grant_get_justification_state (grant)),
            riaya_grant_status_to_label (riaya_grant_get_status (grant, today)),
          };

          riaya_cli_table_add_row (table, cells);
        }
      riaya_cli_table_render (table, "", out);
      g_string_append_c (out, '\n');
      append_totals_line (out, &totals);
    }

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}

/* --- grant show --------------------------------------------------------- */

static char *
money_label (gint64 centimes)
{
  g_autofree char *amount = riaya_table_format_money (centimes);

  /* Translators: an amount of dirhams, such as “150,000.00 DH” */
  return g_strdup_printf (_("%s DH"), amount);
}

static void
render_show_table (RiayaGrant *grant,
                   const char *today,
                   GString    *out)
{
  g_autoptr(RiayaCliFields) fields = riaya_cli_fields_new ();
  g_autoptr(RiayaCliTable) tranches_table = riaya_cli_table_new (4);
  g_autofree char *year = g_strdup_printf ("%u", riaya_grant_get_year (grant));
  g_autofree char *amount = money_label (riaya_grant_get_amount (grant));
  g_autofree char *scheduled = money_label (riaya_grant_get_scheduled (grant));
  g_autofree char *paid = money_label (riaya_grant_get_paid (grant));
  g_autofree char *remaining = money_label (riaya_grant_get_remaining (grant));
  GListModel *tranches = riaya_grant_get_tranches (grant);
  RiayaJustificationState state = riaya_grant_get_justification_state (grant);

  riaya_cli_fields_add (fields, _("Id"), riaya_grant_get_uuid (grant));
  riaya_cli_fields_add (fields, _("Institution"), riaya_grant_get_institution_name (grant));
  riaya_cli_fields_add (fields, _("Licence"), riaya_grant_get_licence_number (grant));
  riaya_cli_fields_add (fields, _("Province"), riaya_grant_get_province_code (grant));
  riaya_cli_fields_add (fields, _("Year"), year);
  riaya_cli_fields_add (fields, _("Kind"), riaya_grant_kind_to_label (riaya_grant_get_kind (grant)));
  riaya_cli_fields_add (fields, _("Amount"), amount);
  riaya_cli_fields_add (fields, _("Basis"), riaya_grant_get_basis (grant));
  riaya_cli_fields_add (fields, _("Decided on"), riaya_grant_get_decided_on (grant));
  riaya_cli_fields_add (fields, _("Convention"), riaya_grant_get_convention_ref (grant));
  riaya_cli_fields_add (fields, _("Convention date"), riaya_grant_get_convention_date (grant));
  riaya_cli_fields_add (fields, _("Scheduled in tranches"), scheduled);
  riaya_cli_fields_add (fields, _("Paid"), paid);
  riaya_cli_fields_add (fields, _("Remaining"), remaining);
  riaya_cli_fields_add (fields, _("Justification"), riaya_justification_state_to_label (state));
  riaya_cli_fields_add (fields, _("Justification due"), riaya_grant_get_justification_due (grant));
  riaya_cli_fields_add (fields, _("Received on"), riaya_grant_get_justification_received (grant));
  if (state == RIAYA_JUSTIFICATION_REJECTED)
    {
      riaya_cli_fields_add (fields, _("Rejected on"), riaya_grant_get_justification_rejected (grant));
      /* Translators: why a justification of a grant was rejected */
      riaya_cli_fields_add (fields, C_("justification", "Reason"), riaya_grant_get_rejection_reason (grant));
    }
  else
    riaya_cli_fields_add (fields, _("Approved on"), riaya_grant_get_justification_approved (grant));
  riaya_cli_fields_add (fields, _("Status"), riaya_grant_status_to_label (riaya_grant_get_status (grant, today)));
  riaya_cli_fields_render (fields, out);

  g_string_append_printf (out, "\n%s\n", _("Tranches:"));
  riaya_cli_table_set_column (tranches_table, 0, _("Due on"), FALSE, 0);
  riaya_cli_table_set_column (tranches_table, 1, _("Amount"), TRUE, 0);
  riaya_cli_table_set_column (tranches_table, 2, _("Paid on"), FALSE, 0);
  riaya_cli_table_set_column (tranches_table, 3, _("Id"), FALSE, 0);
  for (guint i = 0; i < g_list_model_get_n_items (tranches); i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, i);
      g_autofree char *tranche_amount = riaya_table_format_money (riaya_grant_tranche_get_amount (tranche));
      const char *paid_on = riaya_grant_tranche_get_paid_on (tranche);
      const char *cells[] = {
        riaya_grant_tranche_get_due_on (tranche),
        tranche_amount,
        paid_on != NULL ? paid_on
        : riaya_grant_tranche_is_overdue (tranche, today) ? C_("tranche", "overdue")
        : C_("tranche", "not yet"),
        riaya_grant_tranche_get_uuid (tranche),
      };

      riaya_cli_table_add_row (tranches_table, cells);
    }
  if (riaya_cli_table_get_n_rows (tranches_table) > 0)
    riaya_cli_table_render (tranches_table, "  ", out);
  else
    g_string_append_printf (out, "  %s\n", _("none scheduled"));
}

int
_riaya_cli_grant_show (RiayaCliGlobal  *global,
                       int              argc,
                       char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaGrant) grant = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *format_text = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  RiayaCliFormat format;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("GRANT"));
  g_option_context_set_summary (context,
                                _("Shows one grant: every field, what is paid and what remains, the justification, and each tranche with its id. "
                                  "GRANT is the id of a grant, or the institution (licence number or id) and the year as INSTITUTION:YEAR when it has one grant that year. "
                                  "The json format holds it all; the csv format is one line per tranche."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "grant show", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("grant show", _("Name one grant."));
  if (!riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("grant show", _("The format is table, csv or json."));

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  grant = _riaya_cli_find_grant (store, argv[1]);
  if (grant == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  if (format == RIAYA_CLI_FORMAT_CSV)
    {
      GListModel *tranches = riaya_grant_get_tranches (grant);

      riaya_csv_append_row (out, tranche_columns, G_N_ELEMENTS (tranche_columns));
      for (guint i = 0; i < g_list_model_get_n_items (tranches); i++)
        {
          g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, i);
          g_autofree char *amount = riaya_money_to_string (riaya_grant_tranche_get_amount (tranche));
          const char *cells[] = {
            riaya_grant_tranche_get_uuid (tranche),
            riaya_grant_tranche_get_due_on (tranche),
            amount,
            riaya_grant_tranche_get_paid_on (tranche),
            riaya_grant_tranche_is_overdue (tranche, today) ? "yes" : "no",
          };

          G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (tranche_columns));
          riaya_csv_append_row (out, cells, G_N_ELEMENTS (cells));
        }
    }
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      g_autoptr(RiayaCliJson) json = riaya_cli_json_new (out);

      write_json_grant (json, grant, today, TRUE);
    }
  else
    render_show_table (grant, today, out);

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}
