/* riaya-cli-import.c — riaya-cli import and validate
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exchange files from institutions and delegations, one line per file as
 * each ends (exchange.md "Import semantics"): the Entraide Nationale
 * imports thousands a year, so nothing is gathered in memory and a
 * script reads the outcome of each file in CSV or JSON. A bad file does
 * not stop the others; the exit status is 1 when any was refused.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-csv.h"
#include "riaya-exchange-error.h"
#include "riaya-exchange-import.h"

/* The columns of --format csv, and the members of each file in --format
 * json (cli.md; documented in --help and the man page). */
static const char * const import_columns[] = {
  "file", "outcome", "new", "changed", "unchanged", "conflicts", "missing_from", "missing_to",
  "error_code", "message", "records", "ignored",
};

typedef struct
{
  RiayaCliFormat  format;
  gboolean        dry_run;
  gboolean        validate;
  gboolean        progress_shown;
  guint           percent_shown;
  gboolean        terminal;
  guint           total;
  guint           done;
  GString        *out;
  RiayaCliJson   *json;
} ImportRun;

static void
append_summary (GString                     *out,
                const RiayaImportFileResult *result,
                gboolean                     dry_run)
{
  const RiayaImportSummary *s = &result->summary;
  g_autofree char *counts = NULL;
  /* Translators: %u is a number of records the database did not hold */
  g_autofree char *n_new = g_strdup_printf (ngettext ("%u new", "%u new", s->new_records), s->new_records);
  /* Translators: %u is a number of records the file changed */
  g_autofree char *n_changed = g_strdup_printf (ngettext ("%u changed", "%u changed", s->changed), s->changed);
  /* Translators: %u is a number of records the database already held as they are */
  g_autofree char *n_unchanged = g_strdup_printf (ngettext ("%u unchanged", "%u unchanged", s->unchanged), s->unchanged);
  /* Translators: %u is a number of records changed on both sides, kept for a decision */
  g_autofree char *n_conflicts = g_strdup_printf (ngettext ("%u conflict", "%u conflicts", s->conflicts), s->conflicts);

  /* Translators: a file's summary, “3 new, 1 changed, 40 unchanged, 0 conflicts” */
  counts = g_strdup_printf (_("%1$s, %2$s, %3$s, %4$s"), n_new, n_changed, n_unchanged, n_conflicts);

  if (result->outcome == RIAYA_IMPORT_FILE_UNCHANGED)
    {
      /* Translators: %s is a file's summary, “0 new, 0 changed, 40 unchanged, 0 conflicts” */
      g_string_append_printf (out, _("%s: already imported, nothing changed"), counts);
      return;
    }

  g_string_append (out, counts);
  if (s->ignored > 0)
    g_string_append_printf (out,
                            /* Translators: %u is a number of records of the file this profile does not keep: a register outside a director's database, counts a director's register makes itself */
                            ngettext (", %u not kept by this database", ", %u not kept by this database", s->ignored),
                            s->ignored);

  if (s->missing_from > 0 && s->missing_from == s->missing_to)
    g_string_append_printf (out,
                            /* Translators: %lld is the sequence number of a file that never came */
                            _("; file number %lld from the same sender is missing: ask them for it"),
                            (long long) s->missing_from);
  else if (s->missing_from > 0)
    g_string_append_printf (out,
                            /* Translators: the numbers are the first and last sequence numbers of files that never came */
                            _("; files number %1$lld to %2$lld from the same sender are missing: ask them for them"),
                            (long long) s->missing_from, (long long) s->missing_to);

  if (s->conflicts > 0 && !dry_run)
    g_string_append (out, _("; review the conflicts with “riaya-cli conflicts”"));
  if (dry_run)
    g_string_append (out, _(" (dry run: nothing was written)"));
}

static char *
uint_text (guint n)
{
  return g_strdup_printf ("%u", n);
}

static void
append_csv (ImportRun                   *run,
            const RiayaImportFileResult *result)
{
  const RiayaImportSummary *s = &result->summary;
  gboolean counted = result->outcome == RIAYA_IMPORT_FILE_IMPORTED ||
                     result->outcome == RIAYA_IMPORT_FILE_UNCHANGED;
  gboolean gap = counted && s->missing_from > 0;
  g_autofree char *n_new = counted ? uint_text (s->new_records) : NULL;
  g_autofree char *n_changed = counted ? uint_text (s->changed) : NULL;
  g_autofree char *n_unchanged = counted ? uint_text (s->unchanged) : NULL;
  g_autofree char *n_conflicts = counted ? uint_text (s->conflicts) : NULL;
  g_autofree char *from = gap ? g_strdup_printf ("%" G_GINT64_FORMAT, s->missing_from) : NULL;
  g_autofree char *to = gap ? g_strdup_printf ("%" G_GINT64_FORMAT, s->missing_to) : NULL;
  g_autofree char *records = result->outcome != RIAYA_IMPORT_FILE_REFUSED ? uint_text (result->records) : NULL;
  g_autofree char *ignored = counted ? uint_text (s->ignored) : NULL;
  const char *row[] = {
    result->path, riaya_import_file_outcome_to_code (result->outcome), n_new, n_changed,
    n_unchanged, n_conflicts, from, to, riaya_exchange_error_to_code (result->error),
    result->error != NULL ? result->error->message : NULL, records, ignored,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (row) == G_N_ELEMENTS (import_columns));
  riaya_csv_append_row (run->out, row, G_N_ELEMENTS (row));
}

static void
json_count (RiayaCliJson *json,
            const char   *name,
            gboolean      known,
            gint64        value)
{
  if (known)
    riaya_cli_json_int (json, name, value);
  else
    riaya_cli_json_string (json, name, NULL);
}

static void
append_json (ImportRun                   *run,
             const RiayaImportFileResult *result)
{
  const RiayaImportSummary *s = &result->summary;
  gboolean counted = result->outcome == RIAYA_IMPORT_FILE_IMPORTED ||
                     result->outcome == RIAYA_IMPORT_FILE_UNCHANGED;
  gboolean gap = counted && s->missing_from > 0;

  riaya_cli_json_begin_object (run->json, NULL);
  riaya_cli_json_string (run->json, "file", result->path);
  riaya_cli_json_string (run->json, "outcome", riaya_import_file_outcome_to_code (result->outcome));
  json_count (run->json, "new", counted, s->new_records);
  json_count (run->json, "changed", counted, s->changed);
  json_count (run->json, "unchanged", counted, s->unchanged);
  json_count (run->json, "conflicts", counted, s->conflicts);
  json_count (run->json, "missing_from", gap, s->missing_from);
  json_count (run->json, "missing_to", gap, s->missing_to);
  riaya_cli_json_string (run->json, "error_code", riaya_exchange_error_to_code (result->error));
  riaya_cli_json_string (run->json, "message", result->error != NULL ? result->error->message : NULL);
  json_count (run->json, "records", result->outcome != RIAYA_IMPORT_FILE_REFUSED, result->records);
  json_count (run->json, "ignored", counted, s->ignored);
  riaya_cli_json_end_object (run->json);
}

static void
clear_progress (ImportRun *run)
{
  if (run->progress_shown)
    {
      /* Back to the start of the line, and the line cleared. */
      g_printerr ("\r\033[K");
      run->progress_shown = FALSE;
    }
}

static void
on_file_done (const RiayaImportFileResult *result,
              gpointer                     user_data)
{
  ImportRun *run = user_data;

  switch (run->format)
    {
    case RIAYA_CLI_FORMAT_CSV:
      append_csv (run, result);
      break;
    case RIAYA_CLI_FORMAT_JSON:
      append_json (run, result);
      break;
    case RIAYA_CLI_FORMAT_TABLE:
    default:
      g_string_append_printf (run->out, "%s: ", result->path);
      if (result->outcome == RIAYA_IMPORT_FILE_REFUSED)
        /* Translators: %s says why a file was refused */
        g_string_append_printf (run->out, _("refused: %s"), result->error->message);
      else if (result->outcome == RIAYA_IMPORT_FILE_VALID)
        /* Translators: %u is a number of records in a file */
        g_string_append_printf (run->out, ngettext ("valid, %u record", "valid, %u records", result->records),
                                result->records);
      else
        append_summary (run->out, result, run->dry_run);
      g_string_append_c (run->out, '\n');
      break;
    }

  /* Each file's line as soon as it is known: a script or a person
   * watching a folder of thousands sees them come, and memory stays the
   * same. */
  clear_progress (run);
  riaya_cli_write (run->out);
  g_string_truncate (run->out, 0);
}

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  ImportRun *run = user_data;

  run->done = done;
  run->total = total;
  if (!run->terminal || total < 2 || done >= total)
    return;

  g_printerr ("\r\033[K");
  if (run->validate)
    /* Translators: %1$u files of %2$u were checked so far */
    g_printerr (_("Checking: %1$u of %2$u files…"), done, total);
  else
    /* Translators: %1$u files of %2$u were imported so far */
    g_printerr (_("Importing: %1$u of %2$u files…"), done, total);
  run->progress_shown = TRUE;
}

/* One file alone may take seconds (a national file): its share read. */
static void
on_within_file (double   fraction,
                gpointer user_data)
{
  ImportRun *run = user_data;
  guint percent = (guint) (fraction * 100.0);

  if (!run->terminal || run->total != 1 || percent == run->percent_shown || percent >= 100)
    return;

  run->percent_shown = percent;
  g_printerr ("\r\033[K");
  if (run->validate)
    /* Translators: %u is a percentage of the file read so far */
    g_printerr (_("Checking: %u%%…"), percent);
  else
    /* Translators: %u is a percentage of the file read so far */
    g_printerr (_("Importing: %u%%…"), percent);
  run->progress_shown = TRUE;
}

static int
run_paths (RiayaCliGlobal  *global,
           const char      *command,
           RiayaImportOptions *options,
           const char      *format_text,
           int              argc,
           char           **argv)
{
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(RiayaCliJson) json = NULL;
  ImportRun run = { 0 };
  guint refused = 0;
  gboolean ran;

  if (!riaya_cli_format_parse (format_text, &run.format))
    return _riaya_cli_usage_error (command, _("The format is table, csv or json."));
  if (argc < 2)
    return _riaya_cli_usage_error (command, _("Name one or more exchange files, or folders that hold them."));

  if (!options->validate_only)
    {
      store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
      if (store == NULL)
        return RIAYA_CLI_EXIT_REFUSED;
    }

  run.dry_run = options->dry_run;
  run.validate = options->validate_only;
  run.terminal = _riaya_cli_show_progress ();
  run.out = out;
  options->within_file = on_within_file;

  if (run.format == RIAYA_CLI_FORMAT_CSV)
    {
      riaya_csv_append_row (out, import_columns, G_N_ELEMENTS (import_columns));
      riaya_cli_write (out);
      g_string_truncate (out, 0);
    }
  else if (run.format == RIAYA_CLI_FORMAT_JSON)
    {
      run.json = json = riaya_cli_json_new (out);
      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_boolean (json, "dry_run", options->dry_run);
      riaya_cli_json_begin_array (json, "files");
    }

  ran = riaya_exchange_import_paths (store, (const char * const *) argv + 1, options,
                                     on_file_done, on_progress, &run, &refused, NULL, &error);
  clear_progress (&run);

  if (json != NULL)
    {
      riaya_cli_json_end_array (json);
      riaya_cli_json_int (json, "refused", refused);
      riaya_cli_json_end_object (json);
      riaya_cli_write (out);
    }

  if (!ran)
    return _riaya_cli_refuse (error);

  if (run.total == 0)
    {
      g_printerr ("%s\n", _("There was no exchange file to read: a folder's files must end in .xml."));
      return RIAYA_CLI_EXIT_OK;
    }

  if (refused == 0)
    return RIAYA_CLI_EXIT_OK;

  if (options->validate_only)
    /* Translators: %1$u files of %2$u are not valid exchange files */
    g_printerr (ngettext ("%1$u file of %2$u is not a valid exchange file: see why on its line, and ask its sender for a new one.\n",
                          "%1$u files of %2$u are not valid exchange files: see why on their lines, and ask their senders for new ones.\n",
                          refused),
                refused, run.total);
  else
    /* Translators: %1$u files of %2$u were refused; the others were imported */
    g_printerr (ngettext ("%1$u file of %2$u was refused and nothing of it was written: see why on its line, correct it or ask its sender for a new one, then import it again.\n",
                          "%1$u files of %2$u were refused and nothing of them was written: see why on their lines, correct them or ask their senders for new ones, then import them again.\n",
                          refused),
                refused, run.total);

  return RIAYA_CLI_EXIT_REFUSED;
}

static char *
describe_columns (void)
{
  g_autoptr(GString) columns = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (import_columns); i++)
    g_string_append_printf (columns, i > 0 ? ",%s" : "%s", import_columns[i]);

  return g_strdup_printf (/* Translators: %s is the list of CSV columns, kept in English */
                          _("With --format csv, one row per file with the columns %s; with --format json, an object whose “files” array holds one object per file with the same names. "
                            "outcome is imported, unchanged (already imported), refused or valid; new, changed, unchanged and conflicts count records; missing_from and missing_to give the sequence numbers of files of the same sender that never came (empty when none); "
                            "error_code and message say why a file was refused; records is the number of records the file holds, ignored the number this database does not keep (a register outside a director's database, counts that a director's register makes itself)."),
                          columns->str);
}

int
riaya_cli_import (RiayaCliGlobal  *global,
                  int              argc,
                  char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *description = describe_columns ();
  RiayaImportOptions options = { 0 };
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options.dry_run,
      N_("Check the files and say what they would do, writing nothing"), NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &options.force,
      N_("Also take a file older than one already imported from the same sender"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("PATH…"));
  g_option_context_set_summary (context,
                                _("Imports exchange files (riaya-….xml) from institutions and delegations, or every .xml file of a folder, one after another. "
                                  "Each file is checked whole before anything of it is written, then imported at once or not at all; a refused file does not stop the others. "
                                  "Prints one line per file: what it brought (new, changed, unchanged records and conflicts to review), or why it was refused. "
                                  "The exit status is 1 when any file was refused."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "import", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  return run_paths (global, "import", &options, format_text, argc, argv);
}

int
riaya_cli_validate (RiayaCliGlobal  *global,
                    int              argc,
                    char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *description = describe_columns ();
  RiayaImportOptions options = { .validate_only = TRUE };
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("PATH…"));
  g_option_context_set_summary (context,
                                _("Checks exchange files, or every .xml file of a folder, as an import would (the schema, the codes, the counts, the digest), without any database. "
                                  "Prints one line per file; the exit status is 1 when any file is not valid."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "validate", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  return run_paths (global, "validate", &options, format_text, argc, argv);
}
