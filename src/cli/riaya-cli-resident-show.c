/* riaya-cli-resident-show.c — riaya-cli resident list and show
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What these print is the register itself, personal data under Law
 * 09-08: it goes to standard output for the director who asked, and
 * nowhere else.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-cli-output.h"
#include "riaya-cli-private.h"
#include "riaya-csv.h"
#include "riaya-register-document.h"
#include "riaya-store-residents.h"

/* Long names are cut in tables; csv and json carry them whole. Labels
 * of codes are short enough to be shown whole. */
#define NAME_WIDTH 24
#define LABEL_WIDTH 0

/* The columns of “resident list --format csv”, in order (a stable
 * interface: only ever added to, at the end). */
static const char * const list_columns[] = {
  "register_number", "last_name", "first_name", "sex", "birth_date", "age", "category",
  "admitted_on", "referral", "exited_on", "exit_reason", "stay_uuid", "resident_uuid",
};

/* The columns of “resident show --format csv”: one line per stay. */
static const char * const history_columns[] = {
  "resident_uuid", "stay_uuid", "institution_uuid", "institution", "register_number", "category",
  "admitted_on", "referral", "exited_on", "exit_reason", "transfer_to_uuid", "transfer_from_uuid",
  "destination_licence",
};

static char *
uint_text (guint value)
{
  return g_strdup_printf ("%u", value);
}

/* The age on @on as text, empty when unknown. */
static char *
age_text (RiayaResident *resident,
          const char    *on)
{
  int age = riaya_resident_age_on (resident, on);

  return age >= 0 ? g_strdup_printf ("%d", age) : g_strdup ("");
}

static const char *
exit_reason_code (RiayaStay *stay)
{
  return riaya_stay_get_exited_on (stay) != NULL
         ? riaya_exit_reason_to_code (riaya_stay_get_exit_reason (stay)) : NULL;
}

static const char *
exit_reason_label (RiayaStay *stay)
{
  return riaya_stay_get_exited_on (stay) != NULL
         ? riaya_exit_reason_to_label (riaya_stay_get_exit_reason (stay)) : NULL;
}

static void
append_list_csv (GListModel *stays,
                 const char *on,
                 GString    *out)
{
  riaya_csv_append_row (out, list_columns, G_N_ELEMENTS (list_columns));

  for (guint i = 0; i < g_list_model_get_n_items (stays); i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, i);
      RiayaResident *resident = riaya_stay_get_resident (stay);
      g_autofree char *number = uint_text (riaya_stay_get_register_number (stay));
      g_autofree char *age = age_text (resident, on);
      const char *cells[] = {
        number,
        riaya_resident_get_last_name (resident),
        riaya_resident_get_first_name (resident),
        riaya_sex_to_code (riaya_resident_get_sex (resident)),
        riaya_resident_get_birth_date (resident),
        age,
        riaya_category_to_code (riaya_stay_get_category (stay)),
        riaya_stay_get_admitted_on (stay),
        riaya_referral_to_code (riaya_stay_get_referral (stay)),
        riaya_stay_get_exited_on (stay),
        exit_reason_code (stay),
        riaya_stay_get_uuid (stay),
        riaya_resident_get_uuid (resident),
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (list_columns));
      riaya_csv_append_row (out, cells, G_N_ELEMENTS (cells));
    }
}

static void
append_list_json (GListModel *stays,
                  const char *on,
                  GString    *out)
{
  g_autoptr(RiayaCliJson) json = riaya_cli_json_new (out);

  riaya_cli_json_begin_array (json, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (stays); i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, i);
      RiayaResident *resident = riaya_stay_get_resident (stay);
      int age = riaya_resident_age_on (resident, on);

      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_int (json, "register_number", riaya_stay_get_register_number (stay));
      riaya_cli_json_string (json, "last_name", riaya_resident_get_last_name (resident));
      riaya_cli_json_string (json, "first_name", riaya_resident_get_first_name (resident));
      riaya_cli_json_string (json, "sex", riaya_sex_to_code (riaya_resident_get_sex (resident)));
      riaya_cli_json_string (json, "birth_date", riaya_resident_get_birth_date (resident));
      if (age >= 0)
        riaya_cli_json_int (json, "age", age);
      else
        riaya_cli_json_string (json, "age", NULL);
      riaya_cli_json_string (json, "category", riaya_category_to_code (riaya_stay_get_category (stay)));
      riaya_cli_json_string (json, "admitted_on", riaya_stay_get_admitted_on (stay));
      riaya_cli_json_string (json, "referral", riaya_referral_to_code (riaya_stay_get_referral (stay)));
      riaya_cli_json_string (json, "exited_on", riaya_stay_get_exited_on (stay));
      riaya_cli_json_string (json, "exit_reason", exit_reason_code (stay));
      riaya_cli_json_string (json, "stay_uuid", riaya_stay_get_uuid (stay));
      riaya_cli_json_string (json, "resident_uuid", riaya_resident_get_uuid (resident));
      riaya_cli_json_end_object (json);
    }
  riaya_cli_json_end_array (json);
}

static void
append_list_table (RiayaInstitution *institution,
                   GListModel       *stays,
                   const char       *present_on,
                   const char       *on,
                   GString          *out)
{
  g_autoptr(RiayaCliTable) table = riaya_cli_table_new (11);
  guint n_stays = g_list_model_get_n_items (stays);

  g_string_append_printf (out, "%s\n\n", riaya_institution_get_display_name (institution));

  if (n_stays == 0)
    {
      if (present_on != NULL)
        /* Translators: %s is a date */
        g_string_append_printf (out, _("No one was present on %s."), present_on);
      else
        g_string_append (out, _("The register holds no entry yet: admit someone with “riaya-cli resident admit”."));
      g_string_append_c (out, '\n');
      return;
    }

  /* Translators: a short column title: the number of an entry in the register */
  riaya_cli_table_set_column (table, 0, C_("register", "No."), TRUE, 0);
  riaya_cli_table_set_column (table, 1, _("Last name"), FALSE, NAME_WIDTH);
  riaya_cli_table_set_column (table, 2, _("First name"), FALSE, NAME_WIDTH);
  riaya_cli_table_set_column (table, 3, _("Sex"), FALSE, 0);
  riaya_cli_table_set_column (table, 4, _("Born"), FALSE, 0);
  riaya_cli_table_set_column (table, 5, _("Age"), TRUE, 0);
  riaya_cli_table_set_column (table, 6, _("Category"), FALSE, LABEL_WIDTH);
  riaya_cli_table_set_column (table, 7, _("Admitted"), FALSE, 0);
  riaya_cli_table_set_column (table, 8, _("Referral"), FALSE, LABEL_WIDTH);
  riaya_cli_table_set_column (table, 9, _("Left"), FALSE, 0);
  riaya_cli_table_set_column (table, 10, _("Reason"), FALSE, LABEL_WIDTH);

  for (guint i = 0; i < n_stays; i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (stays, i);
      RiayaResident *resident = riaya_stay_get_resident (stay);
      g_autofree char *number = uint_text (riaya_stay_get_register_number (stay));
      g_autofree char *age = age_text (resident, on);
      const char *cells[] = {
        number,
        riaya_resident_get_last_name (resident),
        riaya_resident_get_first_name (resident),
        riaya_sex_to_label (riaya_resident_get_sex (resident)),
        riaya_resident_get_birth_date (resident),
        age,
        riaya_category_to_label (riaya_stay_get_category (stay)),
        riaya_stay_get_admitted_on (stay),
        riaya_referral_to_label (riaya_stay_get_referral (stay)),
        riaya_stay_get_exited_on (stay),
        exit_reason_label (stay),
      };

      riaya_cli_table_add_row (table, cells);
    }

  riaya_cli_table_render (table, "", out);
  g_string_append_c (out, '\n');
  if (present_on != NULL)
    g_string_append_printf (out,
                            /* Translators: %1$u is a number of people, %2$s a date */
                            ngettext ("%1$u person present on %2$s.", "%1$u people present on %2$s.", n_stays),
                            n_stays, present_on);
  else
    g_string_append_printf (out,
                            /* Translators: %u is a number of entries of the register */
                            ngettext ("%u entry in the register.", "%u entries in the register.", n_stays),
                            n_stays);
  g_string_append_c (out, '\n');
}

/* The register's document language: the one asked for, else the
 * interface's when it is Arabic or French, else Arabic, the official
 * language of the court that signs the register. */
static const char *
document_language (const char *asked)
{
  if (asked != NULL)
    return asked;
  if (g_str_equal (riaya_interface_language (), "fr"))
    return "fr";
  return "ar";
}

int
_riaya_cli_resident_list (RiayaCliGlobal  *global,
                          int              argc,
                          char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GListModel) stays = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *present_on = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  gboolean all = FALSE;
  gboolean pdf;
  RiayaCliFormat format = RIAYA_CLI_FORMAT_TABLE;
  const GOptionEntry entries[] = {
    { "present-on", 0, 0, G_OPTION_ARG_STRING, &present_on,
      N_("Those present on this date (default: today)"), N_("DATE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all,
      N_("Every entry of the register, present or gone"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv, json or pdf"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write (with --format pdf)"), N_("FILE") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the PDF: ar or fr (default: the interface's if it is one of them, else ar)"), N_("LANG") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("INSTITUTION"));
  g_option_context_set_summary (context,
                                _("Lists the register of an institution, found by its id or its licence number, in register-number order: those present today, on another date with --present-on, or every entry ever with --all. "
                                  "With --format pdf -o FILE it writes the register in its legal layout (Law 65.15 art. 28, decree 2.19.693 art. 11), to print and have initialled."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "resident list", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("resident list",
                                   _("Name one institution, by its id or its licence number."));
  pdf = g_strcmp0 (format_text, "pdf") == 0;
  if (!pdf && !riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("resident list", _("The format is table, csv, json or pdf."));
  if (all && present_on != NULL)
    return _riaya_cli_usage_error ("resident list",
                                   /* Translators: the %s are options */
                                   _("Give %1$s or %2$s, not both."), "--all", "--present-on");
  if (pdf && output == NULL)
    return _riaya_cli_usage_error ("resident list",
                                   /* Translators: the first %s is an option, the second an option and its value */
                                   _("Add the option %1$s: it is required with %2$s."),
                                   "-o", "--format pdf");
  if (!pdf && (output != NULL || language != NULL))
    return _riaya_cli_usage_error ("resident list",
                                   /* Translators: the first %s is an option, the second an option and its value */
                                   _("The option %1$s goes only with %2$s."),
                                   output != NULL ? "-o" : "--language", "--format pdf");
  if (language != NULL && !g_str_equal (language, "ar") && !g_str_equal (language, "fr"))
    return _riaya_cli_usage_error ("resident list", _("The language of the register is ar or fr."));

  if (present_on != NULL && !riaya_date_parse (present_on, NULL, &error))
    return _riaya_cli_refuse (error);
  if (present_on == NULL && !all)
    present_on = g_strdup (today);

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL || !_riaya_cli_require_register (store))
    return RIAYA_CLI_EXIT_REFUSED;

  institution = _riaya_cli_find_institution (store, argv[1]);
  if (institution == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  stays = riaya_store_list_stays (store, riaya_institution_get_uuid (institution), present_on, &error);
  if (stays == NULL)
    return _riaya_cli_refuse (error);

  if (pdf)
    {
      g_autoptr(RiayaRegisterDocument) document = NULL;

      document = riaya_register_document_new (institution, stays, document_language (language), today);
      if (!riaya_register_document_write_pdf (document, output, &error))
        return _riaya_cli_refuse (error);

      /* Translators: %s is a file name */
      g_print (_("Wrote the register to “%s”.\n"), output);
      return RIAYA_CLI_EXIT_OK;
    }

  if (format == RIAYA_CLI_FORMAT_CSV)
    append_list_csv (stays, present_on != NULL ? present_on : today, out);
  else if (format == RIAYA_CLI_FORMAT_JSON)
    append_list_json (stays, present_on != NULL ? present_on : today, out);
  else
    append_list_table (institution, stays, present_on, present_on != NULL ? present_on : today, out);

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}

/* Where a stay led: the institution a transfer went to, in this
 * database (found among the person's other stays) or elsewhere. */
static const char *
transfer_destination (RiayaStay  *stay,
                      GListModel *history)
{
  const char *to = riaya_stay_get_transfer_to_uuid (stay);

  if (to != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (history); i++)
      {
        g_autoptr(RiayaStay) other = g_list_model_get_item (history, i);

        if (g_strcmp0 (riaya_stay_get_uuid (other), to) == 0)
          return riaya_stay_get_institution_name (other);
      }

  return riaya_stay_get_destination_licence (stay);
}

static void
append_show_table (RiayaResident *resident,
                   GListModel    *history,
                   const char    *today,
                   GString       *out)
{
  g_autoptr(RiayaCliFields) fields = riaya_cli_fields_new ();
  g_autoptr(RiayaCliTable) table = riaya_cli_table_new (8);
  g_autofree char *name = riaya_resident_dup_display_name (resident);
  g_autofree char *age = age_text (resident, today);

  g_string_append_printf (out, "%s\n\n", name);

  for (guint field = 0; field < RIAYA_N_RESIDENT_FIELDS; field++)
    {
      if (field == RIAYA_RESIDENT_FIELD_SEX)
        riaya_cli_fields_add (fields, riaya_resident_field_to_label (field),
                              riaya_sex_to_label (riaya_resident_get_sex (resident)));
      else
        riaya_cli_fields_add (fields, riaya_resident_field_to_label (field),
                              riaya_resident_get_field (resident, field));
      if (field == RIAYA_RESIDENT_FIELD_BIRTH_DATE)
        riaya_cli_fields_add (fields, _("Age today"), age);
    }
  riaya_cli_fields_add (fields, _("Id"), riaya_resident_get_uuid (resident));
  riaya_cli_fields_render (fields, out);

  g_string_append_printf (out, "\n%s\n", _("Stays, oldest first:"));
  riaya_cli_table_set_column (table, 0, _("Institution"), FALSE, 32);
  riaya_cli_table_set_column (table, 1, C_("register", "No."), TRUE, 0);
  riaya_cli_table_set_column (table, 2, _("Category"), FALSE, LABEL_WIDTH);
  riaya_cli_table_set_column (table, 3, _("Admitted"), FALSE, 0);
  riaya_cli_table_set_column (table, 4, _("Referral"), FALSE, LABEL_WIDTH);
  riaya_cli_table_set_column (table, 5, _("Left"), FALSE, 0);
  riaya_cli_table_set_column (table, 6, _("Reason"), FALSE, LABEL_WIDTH);
  riaya_cli_table_set_column (table, 7, _("Transferred to"), FALSE, 32);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (history, i);
      g_autofree char *number = uint_text (riaya_stay_get_register_number (stay));
      const char *cells[] = {
        riaya_stay_get_institution_name (stay),
        number,
        riaya_category_to_label (riaya_stay_get_category (stay)),
        riaya_stay_get_admitted_on (stay),
        riaya_referral_to_label (riaya_stay_get_referral (stay)),
        riaya_stay_get_exited_on (stay),
        exit_reason_label (stay),
        transfer_destination (stay, history),
      };

      riaya_cli_table_add_row (table, cells);
    }
  riaya_cli_table_render (table, "  ", out);
}

static void
append_show_csv (RiayaResident *resident,
                 GListModel    *history,
                 GString       *out)
{
  riaya_csv_append_row (out, history_columns, G_N_ELEMENTS (history_columns));

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (history, i);
      g_autofree char *number = uint_text (riaya_stay_get_register_number (stay));
      const char *cells[] = {
        riaya_resident_get_uuid (resident),
        riaya_stay_get_uuid (stay),
        riaya_stay_get_institution_uuid (stay),
        riaya_stay_get_institution_name (stay),
        number,
        riaya_category_to_code (riaya_stay_get_category (stay)),
        riaya_stay_get_admitted_on (stay),
        riaya_referral_to_code (riaya_stay_get_referral (stay)),
        riaya_stay_get_exited_on (stay),
        exit_reason_code (stay),
        riaya_stay_get_transfer_to_uuid (stay),
        riaya_stay_get_transfer_from_uuid (stay),
        riaya_stay_get_destination_licence (stay),
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (history_columns));
      riaya_csv_append_row (out, cells, G_N_ELEMENTS (cells));
    }
}

static void
append_show_json (RiayaResident *resident,
                  GListModel    *history,
                  GString       *out)
{
  g_autoptr(RiayaCliJson) json = riaya_cli_json_new (out);

  riaya_cli_json_begin_object (json, NULL);
  riaya_cli_json_string (json, "uuid", riaya_resident_get_uuid (resident));
  for (guint field = 0; field < RIAYA_N_RESIDENT_FIELDS; field++)
    {
      /* JSON members are snake_case, as everywhere in riaya-cli. */
      g_autofree char *member = g_strdelimit (g_strdup (riaya_resident_field_to_name (field)), "-", '_');

      if (field == RIAYA_RESIDENT_FIELD_SEX)
        riaya_cli_json_string (json, member, riaya_sex_to_code (riaya_resident_get_sex (resident)));
      else
        riaya_cli_json_string (json, member, riaya_resident_get_field (resident, field));
    }

  riaya_cli_json_begin_array (json, "stays");
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(RiayaStay) stay = g_list_model_get_item (history, i);

      riaya_cli_json_begin_object (json, NULL);
      riaya_cli_json_string (json, "uuid", riaya_stay_get_uuid (stay));
      riaya_cli_json_string (json, "institution_uuid", riaya_stay_get_institution_uuid (stay));
      riaya_cli_json_string (json, "institution", riaya_stay_get_institution_name (stay));
      riaya_cli_json_int (json, "register_number", riaya_stay_get_register_number (stay));
      riaya_cli_json_string (json, "category", riaya_category_to_code (riaya_stay_get_category (stay)));
      riaya_cli_json_string (json, "admitted_on", riaya_stay_get_admitted_on (stay));
      riaya_cli_json_string (json, "referral", riaya_referral_to_code (riaya_stay_get_referral (stay)));
      riaya_cli_json_string (json, "exited_on", riaya_stay_get_exited_on (stay));
      riaya_cli_json_string (json, "exit_reason", exit_reason_code (stay));
      riaya_cli_json_string (json, "transfer_to_uuid", riaya_stay_get_transfer_to_uuid (stay));
      riaya_cli_json_string (json, "transfer_from_uuid", riaya_stay_get_transfer_from_uuid (stay));
      riaya_cli_json_string (json, "destination_licence", riaya_stay_get_destination_licence (stay));
      riaya_cli_json_end_object (json);
    }
  riaya_cli_json_end_array (json);
  riaya_cli_json_end_object (json);
}

/* A person by the id of one of their stays, INSTITUTION:NUMBER, or their
 * own id; prints why not and returns NULL. */
static RiayaResident *
find_person (RiayaStore *store,
             const char *id)
{
  g_autoptr(RiayaStay) stay = NULL;

  if (g_uuid_string_is_valid (id))
    {
      g_autoptr(GError) error = NULL;
      RiayaResident *resident = riaya_store_get_resident (store, id, &error);

      if (resident == NULL && g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
        {
          g_clear_error (&error);
          stay = riaya_store_get_stay (store, id, &error);
          if (stay != NULL)
            return g_object_ref (riaya_stay_get_resident (stay));
        }
      if (resident != NULL)
        return resident;

      if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
        _riaya_cli_refuse_printf (/* Translators: %s is what was typed */
                                  _("No person and no stay of the register has the id “%s”: find them with “riaya-cli resident list INSTITUTION --all”."),
                                  id);
      else
        _riaya_cli_refuse (error);
      return NULL;
    }

  stay = _riaya_cli_find_stay (store, id);
  if (stay == NULL)
    return NULL;

  return g_object_ref (riaya_stay_get_resident (stay));
}

int
_riaya_cli_resident_show (RiayaCliGlobal  *global,
                          int              argc,
                          char           **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaResident) resident = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *format_text = NULL;
  g_autofree char *today = riaya_date_today_iso ();
  RiayaCliFormat format;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("table (default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  context = g_option_context_new (_("ID"));
  g_option_context_set_summary (context,
                                _("Shows a resident's fields and their whole history: every stay in every institution of this database, oldest first, with transfers. "
                                  "ID is the person's id, the id of one of their stays, or INSTITUTION:NUMBER (licence number or id of the institution, a colon, the register number). "
                                  "The csv format has one line per stay; the json format holds it all."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!_riaya_cli_parse_options (global, context, "resident show", &argc, &argv))
    return RIAYA_CLI_EXIT_USAGE;

  if (argc != 2)
    return _riaya_cli_usage_error ("resident show",
                                   _("Name one resident: their id, the id of a stay, or INSTITUTION:NUMBER."));
  if (!riaya_cli_format_parse (format_text, &format))
    return _riaya_cli_usage_error ("resident show", _("The format is table, csv or json."));

  store = _riaya_cli_open_store (global, RIAYA_CLI_ACCESS_READ, NULL);
  if (store == NULL || !_riaya_cli_require_register (store))
    return RIAYA_CLI_EXIT_REFUSED;

  resident = find_person (store, argv[1]);
  if (resident == NULL)
    return RIAYA_CLI_EXIT_REFUSED;

  history = riaya_store_list_resident_stays (store, riaya_resident_get_uuid (resident), &error);
  if (history == NULL)
    return _riaya_cli_refuse (error);

  if (format == RIAYA_CLI_FORMAT_CSV)
    append_show_csv (resident, history, out);
  else if (format == RIAYA_CLI_FORMAT_JSON)
    append_show_json (resident, history, out);
  else
    append_show_table (resident, history, today, out);

  riaya_cli_write (out);
  return RIAYA_CLI_EXIT_OK;
}
