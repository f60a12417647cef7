/* riaya-cli-grant-csv.c — riaya-cli grant import-csv FILE
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Entraide Nationale decides a year's grants together — a thousand
 * of them, kept in a spreadsheet — and typing "grant add" a thousand
 * times is how mistakes get in. This reads them from a CSV file, every
 * line checked as "grant add" checks one grant (the amount, the
 * convention above 50,000 DH, the licence in force during the year: Law
 * 65.15 art. 17), and adds them all in one transaction, or none.
 * A listing written by "riaya-cli grant list --format csv" reads back:
 * its other columns are ignored.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-private.h"
#include "riaya-csv.h"
#include "riaya-exchange-error.h"
#include "riaya-store-grants.h"
#include "riaya-store-institutions-on.h"

/* Problems named in the message; the others are counted. */
#define MAX_PROBLEMS_NAMED 20

enum
{
  COLUMN_LICENCE,
  COLUMN_INSTITUTION_UUID,
  COLUMN_YEAR,
  COLUMN_AMOUNT,
  COLUMN_KIND,
  COLUMN_BASIS,
  COLUMN_DECIDED,
  COLUMN_CONVENTION,
  COLUMN_CONVENTION_DATE,
  N_COLUMNS
};

static const char * const column_names[N_COLUMNS] = {
  "licence", "institution_uuid", "year", "amount", "kind", "basis", "decided",
  "convention", "convention_date",
};

/* What "grant list --format csv" writes besides: read back, ignored. */
static const char * const ignored_columns[] = {
  "uuid", "institution", "province_code", "paid", "remaining", "justification",
  "justification_due", "status",
};

typedef struct
{
  int   index[N_COLUMNS]; /* field of each column, -1 when absent */
  guint n_fields;
} Header;

static gboolean
read_header (RiayaCsvRecord  *record,
             Header          *header,
             GError         **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    header->index[c] = -1;
  header->n_fields = record->fields->len;

  for (guint f = 0; f < record->fields->len; f++)
    {
      g_autofree char *name = g_strstrip (g_strdup (g_ptr_array_index (record->fields, f)));
      /* The institutions' CSV calls it licence_number: either will do. */
      const char *key = g_str_equal (name, "licence_number") ? "licence" : name;
      gboolean known = FALSE;

      for (guint c = 0; c < N_COLUMNS && !known; c++)
        if (g_str_equal (key, column_names[c]))
          {
            header->index[c] = (int) f;
            known = TRUE;
          }
      for (guint i = 0; i < G_N_ELEMENTS (ignored_columns) && !known; i++)
        known = g_str_equal (key, ignored_columns[i]);

      if (!known)
        {
          g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_INVALID,
                       /* Translators: %s is a column name as written in the file */
                       _("The first line names a column “%s” that grants do not have: see “riaya-cli grant import-csv --help” for the columns."),
                       name);
          return FALSE;
        }
    }

  if (header->index[COLUMN_YEAR] < 0 || header->index[COLUMN_AMOUNT] < 0 ||
      (header->index[COLUMN_LICENCE] < 0 && header->index[COLUMN_INSTITUTION_UUID] < 0))
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_INVALID,
                   _("The first line must name the columns year, amount, and licence or institution_uuid: see “riaya-cli grant import-csv --help”."));
      return FALSE;
    }

  return TRUE;
}

/* The field of @column on @record, NULL when absent or empty. */
static const char *
cell (const Header   *header,
      RiayaCsvRecord *record,
      guint           column)
{
  const char *text;

  if (header->index[column] < 0)
    return NULL;
  text = g_ptr_array_index (record->fields, header->index[column]);
  return text != NULL && *text != '\0' ? text : NULL;
}

/* The grant of one line, or NULL with a translated error. @institutions
 * maps licence numbers and UUIDs of the institutions not deleted to
 * their UUID. */
static RiayaGrant *
read_row (const Header    *header,
          RiayaCsvRecord  *record,
          GHashTable      *institutions,
          const char      *today,
          GError         **error)
{
  g_autoptr(RiayaGrant) grant = NULL;
  const char *licence = cell (header, record, COLUMN_LICENCE);
  const char *uuid = cell (header, record, COLUMN_INSTITUTION_UUID);
  const char *year_text = cell (header, record, COLUMN_YEAR);
  const char *amount_text = cell (header, record, COLUMN_AMOUNT);
  const char *kind_text = cell (header, record, COLUMN_KIND);
  const char *decided = cell (header, record, COLUMN_DECIDED);
  const char *convention_date = cell (header, record, COLUMN_CONVENTION_DATE);
  const char *institution;
  RiayaGrantKind kind = RIAYA_GRANT_KIND_RUNNING_COSTS;
  guint year;
  gint64 amount;

  if (year_text == NULL || amount_text == NULL || (licence == NULL && uuid == NULL))
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_REQUIRED,
                   _("A grant needs its institution (licence or institution_uuid), its year and its amount: fill them in."));
      return NULL;
    }

  /* The UUID first: it names one institution for ever, a licence number
   * only for now. A listing of another database names institutions this
   * one knows under other UUIDs (entered twice rather than exchanged):
   * their licence numbers then. */
  institution = uuid != NULL ? g_hash_table_lookup (institutions, uuid) : NULL;
  if (institution == NULL && licence != NULL)
    institution = g_hash_table_lookup (institutions, licence);
  if (institution == NULL)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND,
                   _("No institution has the identifier or licence number “%s”: check it against the list of institutions."),
                   licence != NULL ? licence : uuid);
      return NULL;
    }

  if (!_riaya_cli_parse_year (year_text, &year, error) ||
      !riaya_money_parse (amount_text, FALSE, &amount, error) ||
      (kind_text != NULL && !_riaya_cli_parse_grant_kind (kind_text, &kind, error)) ||
      (decided != NULL && !riaya_date_parse (decided, NULL, error)) ||
      (convention_date != NULL && !riaya_date_parse (convention_date, NULL, error)))
    return NULL;

  grant = riaya_grant_new (institution, year, amount);
  riaya_grant_set_kind (grant, kind);
  riaya_grant_set_basis (grant, cell (header, record, COLUMN_BASIS));
  riaya_grant_set_decided_on (grant, decided);
  riaya_grant_set_convention_ref (grant, cell (header, record, COLUMN_CONVENTION));
  riaya_grant_set_convention_date (grant, convention_date);

  if (!riaya_grant_validate (grant, today, error))
    return NULL;

  return g_steal_pointer (&grant);
}

static void
add_problem (GPtrArray  *problems,
             guint       line,
             const char *message)
{
  /* Translators: %u is a line number of the file, %s what is wrong there */
  g_ptr_array_add (problems, g_strdup_printf (_("Line %u: %s"), line, message));
}

static int
refuse_problems (GPtrArray *problems)
{
  g_autoptr(GString) message = g_string_new (NULL);

  g_string_append_printf (message,
                          /* Translators: %u is a number of lines */
                          ngettext ("The file was not imported, and nothing was changed: %u line has a problem. Correct it and import the file again.",
                                    "The file was not imported, and nothing was changed: %u lines have problems. Correct them and import the file again.",
                                    problems->len),
                          problems->len);
  for (guint i = 0; i < problems->len && i < MAX_PROBLEMS_NAMED; i++)
    g_string_append_printf (message, "\n%s", (const char *) g_ptr_array_index (problems, i));
  if (problems->len > MAX_PROBLEMS_NAMED)
    {
      guint more = problems->len - MAX_PROBLEMS_NAMED;

      g_string_append_c (message, '\n');
      g_string_append_printf (message,
                              /* Translators: %u is a number of lines not shown */
                              ngettext ("…and %u more line with a problem.",
                                        "…and %u more lines with problems.",
                                        more),
                              more);
    }

  return _riaya_cli_refuse_printf ("%s", message->str);
}

/* Licence numbers and UUIDs of the institutions not deleted, to their
 * UUID: one read of the registry, not one institution loaded per line. */
static GHashTable *
map_institutions (RiayaStore  *store,
                  const char  *today,
                  GPtrArray  **keep,
                  GError     **error)
{
  GHashTable *map;

  *keep = riaya_store_list_institutions_on (store, today, error);
  if (*keep == NULL)
    return NULL;

  map = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < (*keep)->len; i++)
    {
      RiayaInstitutionOn *institution = g_ptr_array_index (*keep, i);

      g_hash_table_insert (map, institution->uuid, institution->uuid);
      if (institution->licence_number != NULL)
        g_hash_table_insert (map, institution->licence_number, institution->uuid);
    }

  return map;
}

static char *
describe_columns (void)
{
  GString *out = g_string_new (NULL);

  g_string_append (out, _("The file is CSV as RFC 4180 describes it (UTF-8, commas between fields, quotes around a field that holds a comma, a quote or a line break), one grant per line. The first line names the columns, in any order:"));
  g_string_append (out, "\n\n");
  g_string_append (out,
                   _("  licence          the institution's licence number\n"
                     "  institution_uuid the institution's id, which decides when this\n"
                     "                   database knows it (licence or institution_uuid required)\n"
                     "  year             the year the grant is for (required)\n"
                     "  amount           in dirhams, at most two decimals, such as 150000.00 (required)\n"
                     "  kind             running-costs (default), equipment, staff or other\n"
                     "  basis            what the grant is for, or how it was set\n"
                     "  decided          the date of the decision, YYYY-MM-DD\n"
                     "  convention       the partnership convention (required above 50,000 DH)\n"
                     "  convention_date  the date the convention was signed\n"));
  g_string_append_c (out, '\n');
  g_string_append (out, _("The other columns that “riaya-cli grant list --format csv” writes are ignored, so that a listing can be imported into another database. Every line is checked as “riaya-cli grant add” checks one grant, and every problem is named by its line number; if any line has a problem, nothing is imported. On success the id of each new grant is printed, one per line. Tranches and justifications are recorded afterwards with “grant tranche” and “grant justify”."));

  return g_string_free (out, FALSE);
}

int
_riaya_cli_grant_import_csv (RiayaCliGlobal  *global,
                             int              argc,
                             char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) registry = NULL;
  g_autoptr(GHashTable) institutions = NULL;
  g_autoptr(GPtrArray) grants = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *description = describe_columns ();
  g_autofree char *data = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  gsize length;
  Header header;
  guint refused = G_MAXUINT;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Adds every grant of a CSV file in one step: all of them, or none if any line has a problem."));
  g_option_context_set_description (context, description);

  if (!_riaya_cli_parse_options (global, context, "grant import-csv", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;
  if (argc != 2)
    return _riaya_cli_usage_error ("grant import-csv", _("Name one CSV file to import."));

  if (!g_file_get_contents (argv[1], &data, &length, &error))
    return _riaya_cli_refuse (error);
  records = riaya_csv_parse (data, (gssize) length, &error);
  if (records == NULL)
    return _riaya_cli_refuse (error);
  if (records->len < 2)
    return _riaya_cli_refuse_printf ("%s",
                                     _("The file holds no grant: its first line must name the columns, and each following line describe one grant."));
  if (!read_header (g_ptr_array_index (records, 0), &header, &error))
    return _riaya_cli_refuse (error);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;
  institutions = map_institutions (store, today, &registry, &error);
  if (institutions == NULL)
    return _riaya_cli_refuse (error);

  for (guint r = 1; r < records->len; r++)
    {
      RiayaCsvRecord *record = g_ptr_array_index (records, r);
      g_autoptr(GError) local_error = NULL;
      RiayaGrant *grant;

      if (record->fields->len != header.n_fields)
        {
          g_autofree char *message =
            g_strdup_printf (/* Translators: both %u are numbers of fields */
                             _("There are %u fields on this line but %u columns on the first: check the commas, and put any text that holds a comma in quotes."),
                             record->fields->len, header.n_fields);
          add_problem (problems, record->line, message);
          continue;
        }

      grant = read_row (&header, record, institutions, today, &local_error);
      if (grant == NULL)
        {
          add_problem (problems, record->line, local_error->message);
          continue;
        }
      g_ptr_array_add (grants, grant);
      g_array_append_val (lines, record->line);
    }
  if (problems->len > 0)
    return refuse_problems (problems);

  /* What only the store can say (the licence in force during the year)
   * stops the import at the first line refused. */
  _riaya_cli_auto_backup (store);
  if (!riaya_store_add_grants (store, grants, &refused, &error))
    {
      if (refused >= lines->len)
        return _riaya_cli_refuse (error);
      add_problem (problems, g_array_index (lines, guint, refused), error->message);
      return refuse_problems (problems);
    }

  out = g_string_new (NULL);
  for (guint i = 0; i < grants->len; i++)
    g_string_append_printf (out, "%s\n", riaya_grant_get_uuid (g_ptr_array_index (grants, i)));
  g_print ("%s", out->str);

  if (_riaya_cli_show_progress ())
    /* Translators: %u is a number of grants */
    g_printerr (ngettext ("%u grant imported.\n", "%u grants imported.\n", grants->len), grants->len);

  return RIAYA_CLI_EXIT_OK;
}
