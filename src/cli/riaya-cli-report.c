/* riaya-cli-report.c — riaya-cli report NAME
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The national tables of reports.md, computed by the reports layer
 * (riaya-report.h) — the same tables the GUI's reports page shows — and
 * written as an aligned table for people, CSV or JSON, to standard output
 * or to a file.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-report.h"
#include "riaya-report-document.h"
#include "riaya-report-xlsx.h"

/* Text columns wider than this are cut for people (names); the detail of
 * a problem is never cut: it is what the line is for. */
#define NAME_WIDTH 40

/* What --format takes. The text formats go to the standard output or to
 * -o FILE; the documents' formats are added here too, so that --format
 * is read in this one place. */
typedef enum
{
  REPORT_FORMAT_TABLE,
  REPORT_FORMAT_CSV,
  REPORT_FORMAT_JSON,
  REPORT_FORMAT_XLSX, /* documents: only to -o FILE */
  REPORT_FORMAT_PDF,
} ReportFormat;

static const struct
{
  const char   *name;
  ReportFormat  format;
} report_formats[] = {
  { "table", REPORT_FORMAT_TABLE },
  { "csv", REPORT_FORMAT_CSV },
  { "json", REPORT_FORMAT_JSON },
  { "xlsx", REPORT_FORMAT_XLSX },
  { "pdf", REPORT_FORMAT_PDF },
};

/* NULL (not given) is the table for people. */
static gboolean
parse_format (const char   *text,
              ReportFormat *format)
{
  if (text == NULL)
    {
      *format = REPORT_FORMAT_TABLE;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (report_formats); i++)
    if (g_str_equal (text, report_formats[i].name))
      {
        *format = report_formats[i].format;
        return TRUE;
      }

  return FALSE;
}

static char *
dup_format_names (void)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (report_formats); i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, report_formats[i].name);
    }

  return g_string_free (out, FALSE);
}

static int
unknown_report (const char *name)
{
  g_autofree char *names = riaya_report_dup_names ();

  return _riaya_cli_usage_error ("report",
                                 /* Translators: the first %s is what was typed, the second a list of report names */
                                 _("“%s” is not a report: use one of %s."),
                                 name, names);
}

/* The --help text: every report with its options, and the checks the
 * compliance report makes today. */
static char *
describe_reports (void)
{
  g_autofree char *issues = g_strjoinv (", ", (char **) riaya_report_compliance_issues ());
  GString *out = g_string_new (_("Reports:"));
  const RiayaReport *reports;
  guint n_reports;

  g_string_append_c (out, '\n');
  reports = riaya_report_get_all (&n_reports);
  for (guint i = 0; i < n_reports; i++)
    {
      g_string_append_printf (out, "  %s", reports[i].name);
      if (reports[i].options & RIAYA_REPORT_TAKES_YEARS)
        g_string_append (out, " [--from-year YEAR] [--to-year YEAR] [--year YEAR]");
      if (reports[i].options & RIAYA_REPORT_TAKES_PERIOD)
        g_string_append (out, " [--from DATE] [--to DATE]");
      if (reports[i].options & RIAYA_REPORT_TAKES_ON)
        g_string_append (out, " [--on DATE]");
      if (reports[i].options & RIAYA_REPORT_TAKES_REGION)
        g_string_append (out, " [--region CODE]");
      g_string_append_printf (out, "\n      %s\n", _(reports[i].description));
    }
  g_string_append_c (out, '\n');
  g_string_append (out,
                   _("The tables by region count the institutions whose licence is in force on the date (--on, default today): granted on or before it, and not suspended, withdrawn or closed by then — a withdrawal counts from the day it is dated. They give every region, in code order, then the total; with --region CODE (01 to 12), the provinces and prefectures of that region instead. Their percentage line gives each column's share of the total; csv leaves it out, json gives it as “share”."));
  g_string_append (out, "\n\n");
  g_string_append (out,
                   _("occupancy-by-region counts the places and the people present (by the latest count on or before the date) of the institutions in force that have sent a count; the rate of the total line is the national one, everyone present over every place."));
  g_string_append (out, "\n\n");
  g_string_append_printf (out,
                          /* Translators: %s is a list of issue codes */
                          _("In this version the compliance report checks: %s."),
                          issues);
  g_string_append_c (out, ' ');
  g_string_append (out,
                   _("For not-inspected only valid visits count (a majority of the members invited present): the next is due 6 months after the last under Law 14.05, 12 months under Law 65.15, and the first as long after the licence."));
  g_string_append (out, "\n\n");
  g_string_append (out,
                   _("inspections-by-region covers the calendar year of today unless told otherwise (--from and --to, both days included); it counts the visits made, valid or not, and the provinces and institutions where at least one was made."));
  g_string_append (out, "\n\n");
  g_string_append (out,
                   _("grants-by-year covers the ten years up to this one unless told otherwise (--year gives one year); its total line sums the amounts and leaves the institutions and capacity empty, since an institution granted every year would be counted once a year. Its percentage line is the change from the first year to the last."));
  g_string_append (out, "\n\n");
  g_string_append (out,
                   _("In csv and json, amounts have two decimals and “.” as decimal mark; json writes them as strings (\"146002000.00\"), so that they stay exact, and gives the total line as “total”."));

  return g_string_free (out, FALSE);
}

/* The table for people: a heading naming the report and what it covers,
 * the aligned rows, the total. */
static void
render_for_people (RiayaTable        *table,
                   const RiayaReport *report,
                   GString           *out)
{
  g_autoptr(RiayaCliTable) cli_table = NULL;
  guint n_columns = riaya_table_get_n_columns (table);
  guint n_rows = riaya_table_get_n_rows (table);
  const char *on = riaya_table_get_parameter (table, "on");

  /* The heading names what the report computed, defaults included. */
  if ((report->options & RIAYA_REPORT_TAKES_YEARS) &&
      g_strcmp0 (riaya_table_get_parameter (table, "from_year"), riaya_table_get_parameter (table, "to_year")) == 0)
    g_string_append_printf (out,
                            /* Translators: %1$s is the title of a report, %2$s a year */
                            _("%1$s, %2$s"),
                            riaya_table_get_title (table), riaya_table_get_parameter (table, "from_year"));
  else if (report->options & RIAYA_REPORT_TAKES_YEARS)
    g_string_append_printf (out,
                            /* Translators: %1$s is the title of a report, %2$s and %3$s the first and last years */
                            _("%1$s, %2$s to %3$s"),
                            riaya_table_get_title (table),
                            riaya_table_get_parameter (table, "from_year"),
                            riaya_table_get_parameter (table, "to_year"));
  else if (report->options & RIAYA_REPORT_TAKES_PERIOD)
    g_string_append_printf (out,
                            /* Translators: %1$s is the title of a report, %2$s and %3$s the first and last days */
                            _("%1$s, from %2$s to %3$s"),
                            riaya_table_get_title (table),
                            riaya_table_get_parameter (table, "from"),
                            riaya_table_get_parameter (table, "to"));
  else
    g_string_append_printf (out,
                            /* Translators: %1$s is the title of a report, %2$s a date */
                            _("%1$s on %2$s"),
                            riaya_table_get_title (table), on);
  g_string_append (out, "\n\n");

  if (n_rows == 0 && !riaya_table_has_total (table))
    {
      g_string_append (out, _("Nothing to report."));
      g_string_append_c (out, '\n');
      return;
    }

  cli_table = riaya_cli_table_new (n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      RiayaTableKind kind = riaya_table_get_column_kind (table, c);
      const char *key = riaya_table_get_column_key (table, c);

      riaya_cli_table_set_column (cli_table, c, riaya_table_get_column_title (table, c),
                                  kind != RIAYA_TABLE_TEXT,
                                  g_str_equal (key, "institution") ? NAME_WIDTH : 0);
    }

  for (guint r = 0; r < n_rows + 2; r++)
    {
      guint row = r < n_rows ? r : r == n_rows ? RIAYA_TABLE_TOTAL : RIAYA_TABLE_SHARE;
      g_autoptr(GPtrArray) cells = NULL;

      if ((row == RIAYA_TABLE_TOTAL && !riaya_table_has_total (table)) ||
          (row == RIAYA_TABLE_SHARE && !riaya_table_has_share (table)))
        continue;
      cells = g_ptr_array_new_with_free_func (g_free);
      for (guint c = 0; c < n_columns; c++)
        g_ptr_array_add (cells, riaya_table_dup_cell_label (table, row, c));
      riaya_cli_table_add_row (cli_table, (const char * const *) cells->pdata);
    }
  riaya_cli_table_render (cli_table, "", out);

  if (g_str_equal (riaya_table_get_name (table), "compliance"))
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out,
                              /* Translators: %1$u is a number of problems, %2$s a date */
                              ngettext ("%1$u problem on %2$s.", "%1$u problems on %2$s.", n_rows),
                              n_rows, on);
      g_string_append_c (out, '\n');
    }
}

/* Written beside @path and renamed over it: a report is whole or absent,
 * never half a file that a script would read. */
static int
write_file (const char    *path,
            const GString *contents)
{
  g_autoptr(GError) error = NULL;

  if (g_file_set_contents_full (path, contents->str, contents->len,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                0644, &error))
    return RIAYA_CLI_EXIT_OK;

  return _riaya_cli_refuse_printf (/* Translators: the first %s is a file name, the second the system's reason */
                                   _("Cannot save the report as “%s” (%s): choose another name, or a folder you may write to on a disk with room left."),
                                   path, error->message);
}

/* The spreadsheet or the PDF, in the language and the direction of the
 * command line, the PDF's pages headed with the database file's name. */
static int
write_document (RiayaCliGlobal    *global,
                RiayaTable        *table,
                const RiayaReport *report,
                ReportFormat       format,
                const char        *output,
                const char        *today)
{
  g_autoptr(GError) error = NULL;
  gboolean rtl = g_strcmp0 (riaya_interface_language (), "ar") == 0;

  if (format == REPORT_FORMAT_XLSX)
    {
      if (!riaya_report_write_xlsx (table, output, rtl, &error))
        return _riaya_cli_refuse (error);
    }
  else
    {
      g_autofree char *source = g_path_get_basename (global->db_path);
      g_autoptr(RiayaReportDocument) document = riaya_report_document_new (table, report->chart, source, today, rtl);

      if (!riaya_report_document_write_pdf (document, output, &error))
        return _riaya_cli_refuse (error);
    }

  return RIAYA_CLI_EXIT_OK;
}

int
riaya_cli_report (RiayaCliGlobal  *global,
                  int              argc,
                  char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *description = NULL;
  g_autofree char *on = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *from_year_text = NULL;
  g_autofree char *to_year_text = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *region = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *today = NULL;
  RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;
  const RiayaReport *report;
  ReportFormat format;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on,
      N_("The date the report is for (default: today)"), N_("DATE") },
    { "from-year", 0, 0, G_OPTION_ARG_STRING, &from_year_text,
      N_("The first year (default: nine years before the last)"), N_("YEAR") },
    { "to-year", 0, 0, G_OPTION_ARG_STRING, &to_year_text,
      N_("The last year (default: this year)"), N_("YEAR") },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text,
      N_("One year only: the same as --from-year YEAR --to-year YEAR"), N_("YEAR") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("The first day of the period (default: 1 January)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("The last day of the period (default: 31 December of this year)"), N_("DATE") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region,
      N_("One region's provinces instead of every region: its code, 01 to 12"), N_("CODE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv, json, xlsx or pdf (xlsx and pdf need -o FILE)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the report to this file instead of the standard output"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("NAME"));
  g_option_context_set_summary (context,
                                _("Computes one of the national tables and writes it: an aligned table for people, or csv or json for scripts, whose columns never change. Counts are of institutions whose licence is in force; no name of a person ever appears."));
  description = describe_reports ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "report", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc < 2)
    {
      g_autofree char *names = riaya_report_dup_names ();

      return _riaya_cli_usage_error ("report",
                                     /* Translators: %s is a list of report names */
                                     _("Name a report: one of %s."), names);
    }
  if (argc > 2)
    return _riaya_cli_usage_error ("report",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[2]);

  report = riaya_report_lookup (argv[1]);
  if (report == NULL)
    return unknown_report (argv[1]);

  if (!parse_format (format_text, &format))
    {
      g_autofree char *formats = dup_format_names ();

      return _riaya_cli_usage_error ("report",
                                     /* Translators: %1$s is what was typed, %2$s a list of formats */
                                     _("“%1$s” is not a format of reports: use one of %2$s."),
                                     format_text, formats);
    }

  /* A spreadsheet or a PDF is never poured onto a terminal. */
  if ((format == REPORT_FORMAT_XLSX || format == REPORT_FORMAT_PDF) && output == NULL)
    return _riaya_cli_usage_error ("report",
                                   /* Translators: %s is a format, xlsx or pdf */
                                   _("The format %s is a document: say where to save it with -o FILE."),
                                   format_text);

  /* An option the report does not take is a mistake worth saying: a
   * script asking for compliance in 2019 would otherwise get today's. */
  {
    const char *misplaced = NULL;

    if (!(report->options & RIAYA_REPORT_TAKES_ON) && on != NULL)
      misplaced = "--on";
    else if (!(report->options & RIAYA_REPORT_TAKES_YEARS) && (year_text != NULL || from_year_text != NULL || to_year_text != NULL))
      misplaced = year_text != NULL ? "--year" : from_year_text != NULL ? "--from-year" : "--to-year";
    else if (!(report->options & RIAYA_REPORT_TAKES_PERIOD) && (from != NULL || to != NULL))
      misplaced = from != NULL ? "--from" : "--to";
    else if (!(report->options & RIAYA_REPORT_TAKES_REGION) && region != NULL)
      misplaced = "--region";
    else if (year_text != NULL && (from_year_text != NULL || to_year_text != NULL))
      return _riaya_cli_usage_error ("report",
                                     /* Translators: the %s are options */
                                     _("Give %1$s, or %2$s and %3$s, not both."),
                                     "--year", "--from-year", "--to-year");
    if (misplaced != NULL)
      return _riaya_cli_usage_error ("report",
                                     /* Translators: the first %s is an option, the second a report name */
                                     _("The option %1$s does not apply to the report “%2$s”."),
                                     misplaced, report->name);
  }

  if ((year_text != NULL && !_riaya_cli_parse_year (year_text, &params.from_year, &error)) ||
      (from_year_text != NULL && !_riaya_cli_parse_year (from_year_text, &params.from_year, &error)) ||
      (to_year_text != NULL && !_riaya_cli_parse_year (to_year_text, &params.to_year, &error)) ||
      (on != NULL && !riaya_date_parse (on, NULL, &error)))
    return _riaya_cli_refuse (error);
  if (year_text != NULL)
    params.to_year = params.from_year;

  /* A period that is not one is a mistake in the command, like an option
   * misplaced: said before the database is opened. */
  for (guint i = 0; i < 2; i++)
    {
      const char *date = i == 0 ? from : to;

      if (date != NULL && !riaya_date_parse (date, NULL, &error))
        return _riaya_cli_usage_error ("report",
                                       /* Translators: %1$s is an option, %2$s why its date is not one */
                                       _("%1$s: %2$s"), i == 0 ? "--from" : "--to", error->message);
    }
  if (from != NULL && to != NULL && strcmp (from, to) > 0)
    return _riaya_cli_usage_error ("report",
                                   /* Translators: %1$s and %2$s are the dates given to --from and --to */
                                   _("The period starts on %1$s, after its last day %2$s: give --from before --to."),
                                   from, to);
  params.from = from;
  params.to = to;
  params.region = region;

  today = riaya_date_today_iso ();
  if (on == NULL)
    on = g_strdup (today);
  params.on = on;
  params.today = today;

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  table = riaya_report_build (report, store, &params, &error);
  if (table == NULL)
    return _riaya_cli_refuse (error);

  switch (format)
    {
    case REPORT_FORMAT_XLSX:
    case REPORT_FORMAT_PDF:
      return write_document (global, table, report, format, output, today);
    case REPORT_FORMAT_CSV:
      {
        g_autofree char *csv = riaya_table_to_csv (table);

        g_string_append (out, csv);
      }
      break;
    case REPORT_FORMAT_JSON:
      {
        g_autofree char *json = riaya_table_to_json (table);

        g_string_append (out, json);
      }
      break;
    case REPORT_FORMAT_TABLE:
    default:
      render_for_people (table, report, out);
      break;
    }

  if (output != NULL)
    return write_file (output, out);

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}
