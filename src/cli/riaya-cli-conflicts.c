/* riaya-cli-conflicts.c — riaya-cli conflicts list and resolve
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record changed here since the last file of its sender, and changed
 * in the new file too, is never overwritten (exchange.md "Import
 * semantics"): both versions wait here, field by field, until someone
 * keeps one. Conflicts are about institutions, grants and visits: no
 * resident's name is ever shown.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-csv.h"
#include "riaya-store-exchange.h"

#define VALUE_WIDTH 34

static const char * const conflict_columns[] = {
  "id", "record_kind", "record_uuid", "record_label", "producer", "detected_at",
  "field", "local", "incoming", "differs",
};

static void
append_csv_conflict (GString       *out,
                     RiayaConflict *conflict)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, conflict->id);

  for (guint i = 0; i < conflict->fields->len; i++)
    {
      RiayaConflictField *field = &g_array_index (conflict->fields, RiayaConflictField, i);
      const char *row[] = {
        id, conflict->record_kind, conflict->record_uuid, conflict->record_label,
        conflict->producer, conflict->detected_at, field->name, field->local_value,
        field->incoming_value, field->differs ? "true" : "false",
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (row) == G_N_ELEMENTS (conflict_columns));
      riaya_csv_append_row (out, row, G_N_ELEMENTS (row));
    }
}

static void
write_json_conflict (RiayaCliJson  *json,
                     RiayaConflict *conflict)
{
  riaya_cli_json_begin_object (json, NULL);
  riaya_cli_json_int (json, "id", conflict->id);
  riaya_cli_json_string (json, "record_kind", conflict->record_kind);
  riaya_cli_json_string (json, "record_uuid", conflict->record_uuid);
  riaya_cli_json_string (json, "record_label", conflict->record_label);
  riaya_cli_json_string (json, "producer", conflict->producer);
  riaya_cli_json_string (json, "detected_at", conflict->detected_at);
  riaya_cli_json_begin_array (json, "fields");
  for (guint i = 0; i < conflict->fields->len; i++)
    {
      RiayaConflictField *field = &g_array_index (conflict->fields, RiayaConflictField, i);

      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "field", field->name);
      riaya_cli_json_string (json, "local", field->local_value);
      riaya_cli_json_string (json, "incoming", field->incoming_value);
      riaya_cli_json_boolean (json, "differs", field->differs);
      riaya_cli_json_end_object (json);
    }
  riaya_cli_json_end_array (json);
  riaya_cli_json_end_object (json);
}

static void
append_table_conflict (GString       *out,
                       RiayaConflict *conflict)
{
  g_autoptr(RiayaCliTable) table = riaya_cli_table_new (4);

  g_string_append_printf (out,
                          /* Translators: %1$lld is the conflict's number, %2$s the kind of record (institution, grant, inspection), %3$s its name, %4$s who sent the file, %5$s when the conflict was found */
                          _("Conflict %1$lld: %2$s “%3$s”, from %4$s, found %5$s"),
                          (long long) conflict->id, conflict->record_kind,
                          conflict->record_label != NULL ? conflict->record_label : conflict->record_uuid,
                          conflict->producer != NULL ? conflict->producer : "—",
                          conflict->detected_at != NULL ? conflict->detected_at : "—");
  g_string_append_c (out, '\n');

  /* Translators: a column marking with “≠” the fields that differ */
  riaya_cli_table_set_column (table, 0, C_("conflict column", "≠"), FALSE, 0);
  riaya_cli_table_set_column (table, 1, _("Field"), FALSE, 0);
  riaya_cli_table_set_column (table, 2, _("In this database (local)"), FALSE, VALUE_WIDTH);
  riaya_cli_table_set_column (table, 3, _("In the file (incoming)"), FALSE, VALUE_WIDTH);
  for (guint i = 0; i < conflict->fields->len; i++)
    {
      RiayaConflictField *field = &g_array_index (conflict->fields, RiayaConflictField, i);
      const char *cells[] = {
        field->differs ? "≠" : "",
        field->name,
        field->local_value != NULL ? field->local_value : "—",
        field->incoming_value != NULL ? field->incoming_value : "—",
      };

      riaya_cli_table_add_row (table, cells);
    }
  riaya_cli_table_render (table, "  ", out);
  g_string_append_c (out, '\n');
}

static int
conflicts_list (RiayaCliGlobal  *global,
                int              argc,
                char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *format_text = NULL;
  RiayaCliFormat format;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Lists the records that changed both in this database and in an exchange file imported since, with both versions field by field. "
                                  "Nothing was overwritten: keep one version with “riaya-cli conflicts resolve”."));
  g_option_context_set_description (context,
                                    _("With --format csv, one row per field of each conflict, with the columns id,record_kind,record_uuid,record_label,producer,detected_at,field,local,incoming,differs; "
                                      "with --format json, an object whose “conflicts” array holds one object per conflict, its fields in a “fields” array."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "conflicts list", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc > 1)
    return _riaya_cli_usage_error ("conflicts list",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not expected here."), argv[1]);
  if (!riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("conflicts list", _("The format is table, csv or json."));

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  conflicts = riaya_store_list_conflicts (store, &error);
  if (conflicts == NULL)
    return _riaya_cli_refuse (error);

  if (format == RIAYA_CLI_FORMAT_CSV)
    {
      riaya_csv_append_row (out, conflict_columns, G_N_ELEMENTS (conflict_columns));
      for (guint i = 0; i < conflicts->len; i++)
        append_csv_conflict (out, g_ptr_array_index (conflicts, i));
    }
  else if (format == RIAYA_CLI_FORMAT_JSON)
    {
      g_autoptr(RiayaCliJson) json = riaya_cli_json_new (out);

      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_begin_array (json, "conflicts");
      for (guint i = 0; i < conflicts->len; i++)
        write_json_conflict (json, g_ptr_array_index (conflicts, i));
      riaya_cli_json_end_array (json);
      riaya_cli_json_end_object (json);
    }
  else if (conflicts->len == 0)
    {
      g_string_append (out, _("No conflict is waiting for a decision."));
      g_string_append_c (out, '\n');
    }
  else
    {
      for (guint i = 0; i < conflicts->len; i++)
        append_table_conflict (out, g_ptr_array_index (conflicts, i));
      g_string_append (out, _("Keep one version of each with “riaya-cli conflicts resolve ID --keep local” or “--keep incoming”."));
      g_string_append_c (out, '\n');
    }

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}

static int
conflicts_resolve (RiayaCliGlobal  *global,
                   int              argc,
                   char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  gboolean keep_incoming;
  guint64 id;
  const GOptionEntry entries[] = {
    { "keep", 0, 0, G_OPTION_ARG_STRING, &keep,
      N_("The version to keep: local (this database's) or incoming (the file's)"), N_("local|incoming") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("ID"));
  g_option_context_set_summary (context,
                                _("Closes a conflict by keeping one of its two versions; the other is dropped, and the choice is written in the journal. "
                                  "The numbers of the conflicts are those of “riaya-cli conflicts list”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "conflicts resolve", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("conflicts resolve", _("Name one conflict by its number, as “riaya-cli conflicts list” shows it."));
  if (!g_ascii_string_to_unsigned (argv[1], 10, 1, G_MAXINT64, &id, NULL))
    return _riaya_cli_usage_error ("conflicts resolve",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not the number of a conflict: use a number that “riaya-cli conflicts list” shows."),
                                   argv[1]);
  if (keep == NULL)
    return _riaya_cli_usage_error ("conflicts resolve",
                                   /* Translators: %s is an option */
                                   _("Add the option %s: it says which version to keep."), "--keep local|incoming");
  if (g_str_equal (keep, "local"))
    keep_incoming = FALSE;
  else if (g_str_equal (keep, "incoming"))
    keep_incoming = TRUE;
  else
    return _riaya_cli_usage_error ("conflicts resolve",
                                   /* Translators: %s is what was typed */
                                   _("“%s” is not a version: keep local (this database's) or incoming (the file's)."),
                                   keep);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_WRITE, NULL);
  if (store == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  _riaya_cli_auto_backup (store);
  if (!riaya_store_resolve_conflict (store, (gint64) id, keep_incoming, &error))
    return _riaya_cli_refuse (error);

  if (keep_incoming)
    /* Translators: %lld is the conflict's number */
    g_print (_("Conflict %lld closed: the file's version was kept.\n"), (long long) id);
  else
    /* Translators: %lld is the conflict's number */
    g_print (_("Conflict %lld closed: this database's version was kept.\n"), (long long) id);

  return RIAYA_CLI_EXIT_OK;
}

static const RiayaCliSubcommand conflicts_subcommands[] = {
  { "list", conflicts_list, N_("The conflicts waiting for a decision, both versions field by field") },
  { "resolve", conflicts_resolve, N_("Keep the local or the incoming version of a conflict") },
};

int
riaya_cli_conflicts (RiayaCliGlobal  *global,
                     int              argc,
                     char           **argv)
{
  /* “riaya-cli conflicts” alone lists them, as does “conflicts --format
   * csv”: only a word that is not an option names a subcommand. */
  if (argc < 2 || (argv[1][0] == '-' && !g_str_equal (argv[1], "--help") && !g_str_equal (argv[1], "-h")))
    return conflicts_list (global, argc, argv);

  return _riaya_cli_dispatch (global, "conflicts", conflicts_subcommands,
                              G_N_ELEMENTS (conflicts_subcommands), argc, argv);
}
