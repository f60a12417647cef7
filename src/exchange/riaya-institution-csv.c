/* riaya-institution-csv.c — institutions to and from CSV files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "riaya-codes.h"
#include "riaya-csv.h"
#include "riaya-exchange-error.h"
#include "riaya-institution-csv.h"

typedef enum
{
  /* Read by an import. */
  COL_LICENCE_NUMBER,
  COL_LICENCE_DATE,
  COL_LEGAL_BASIS,
  COL_TYPE,
  COL_NAME_AR,
  COL_NAME_FR,
  COL_PROVINCE_CODE,
  COL_COMMUNE,
  COL_FOUNDER,
  COL_DIRECTOR,
  COL_ADDRESS,
  COL_PHONE,
  COL_SERVICES,
  COL_STAFF,
  COL_CAPACITY,
  COL_EFFECTIVE_DATE,
  N_IMPORT_COLUMNS,
  /* Written by listings, ignored by an import: they are derived, or
   * (uuid) belong to the database the listing came from. */
  COL_UUID = N_IMPORT_COLUMNS,
  COL_REGION_CODE,
  COL_STATUS,
  COL_PLACES,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS + 1] = {
  [COL_LICENCE_NUMBER] = "licence_number",
  [COL_LICENCE_DATE] = "licence_date",
  [COL_LEGAL_BASIS] = "legal_basis",
  [COL_TYPE] = "type",
  [COL_NAME_AR] = "name_ar",
  [COL_NAME_FR] = "name_fr",
  [COL_PROVINCE_CODE] = "province_code",
  [COL_COMMUNE] = "commune",
  [COL_FOUNDER] = "founder",
  [COL_DIRECTOR] = "director",
  [COL_ADDRESS] = "address",
  [COL_PHONE] = "phone",
  [COL_SERVICES] = "services",
  [COL_STAFF] = "staff",
  [COL_CAPACITY] = "capacity",
  [COL_EFFECTIVE_DATE] = "effective_date",
  [COL_UUID] = "uuid",
  [COL_REGION_CODE] = "region_code",
  [COL_STATUS] = "status",
  [COL_PLACES] = "places",
  [N_COLUMNS] = NULL,
};

static const Column export_order[] = {
  COL_UUID, COL_LICENCE_NUMBER, COL_LICENCE_DATE, COL_LEGAL_BASIS, COL_TYPE,
  COL_STATUS, COL_NAME_AR, COL_NAME_FR, COL_REGION_CODE, COL_PROVINCE_CODE,
  COL_COMMUNE, COL_FOUNDER, COL_DIRECTOR, COL_ADDRESS, COL_PHONE,
  COL_SERVICES, COL_STAFF, COL_CAPACITY, COL_PLACES,
};

static const Column required_columns[] = {
  COL_LICENCE_NUMBER, COL_LICENCE_DATE, COL_LEGAL_BASIS, COL_TYPE, COL_PROVINCE_CODE,
};

/* How many refused lines an error message names before it stops: a
 * person fixes a file a screenful at a time. */
#define MAX_PROBLEMS_NAMED 20

typedef struct
{
  int index[N_COLUMNS]; /* field of each column in a record, or -1 */
  guint n_fields;
} Header;

const char * const *
riaya_institution_csv_import_columns (void)
{
  static const char *columns[N_IMPORT_COLUMNS + 1];

  if (columns[0] == NULL)
    for (guint i = 0; i < N_IMPORT_COLUMNS; i++)
      columns[i] = column_names[i];

  return columns;
}

const char * const *
riaya_institution_csv_export_columns (void)
{
  static const char *columns[G_N_ELEMENTS (export_order) + 1];

  if (columns[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (export_order); i++)
      columns[i] = column_names[export_order[i]];

  return columns;
}

static gboolean
read_header (RiayaCsvRecord  *record,
             Header          *header,
             GError         **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    header->index[c] = -1;
  header->n_fields = record->fields->len;

  /* Spreadsheets set to French often separate with semicolons; say so
   * rather than complain about a column named “licence_number;type;…”. */
  if (record->fields->len == 1 && strchr (g_ptr_array_index (record->fields, 0), ';') != NULL)
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_HEADER,
                   _("The columns of this file are separated by semicolons: save it again as CSV with commas between columns, and import it again."));
      return FALSE;
    }

  for (guint f = 0; f < record->fields->len; f++)
    {
      g_autofree char *raw = g_strdup (g_ptr_array_index (record->fields, f));
      g_autofree char *name = g_ascii_strdown (g_strstrip (raw), -1);
      int found = -1;

      for (guint c = 0; c < N_COLUMNS; c++)
        if (g_str_equal (name, column_names[c]))
          found = (int) c;

      if (found < 0)
        {
          g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_HEADER,
                       /* Translators: %s is a column name from the first line of the file */
                       _("Line 1 names a column “%s” that Riaya does not know: correct or remove it. The columns are listed in the help of the import."),
                       name);
          return FALSE;
        }
      if (header->index[found] >= 0)
        {
          g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_HEADER,
                       /* Translators: %s is a column name */
                       _("Line 1 names the column “%s” twice: keep only one of them."),
                       name);
          return FALSE;
        }
      header->index[found] = (int) f;
    }

  for (guint i = 0; i < G_N_ELEMENTS (required_columns); i++)
    if (header->index[required_columns[i]] < 0)
      {
        g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_HEADER,
                     /* Translators: %s is a column name */
                     _("The file has no “%s” column: the first line must name the columns, and this one is required."),
                     column_names[required_columns[i]]);
        return FALSE;
      }

  if (header->index[COL_NAME_AR] < 0 && header->index[COL_NAME_FR] < 0)
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_HEADER,
                   _("The file has neither a “name_ar” nor a “name_fr” column: add at least one of them to the first line."));
      return FALSE;
    }

  return TRUE;
}

/* The stripped text of @column in @record, or NULL when the column is
 * absent or the cell empty. */
static const char *
cell (const Header   *header,
      RiayaCsvRecord *record,
      Column          column)
{
  char *value;

  if (header->index[column] < 0)
    return NULL;

  value = g_strstrip ((char *) g_ptr_array_index (record->fields, header->index[column]));
  return *value != '\0' ? value : NULL;
}

static gboolean
read_services (const char        *text,
               RiayaInstitution  *institution,
               GError           **error)
{
  g_auto(GStrv) items = g_strsplit (text, ";", -1);
  guint services = 0;

  for (guint i = 0; items[i] != NULL; i++)
    {
      RiayaService service;

      if (*g_strstrip (items[i]) == '\0')
        continue;
      if (!riaya_codes_parse_service (items[i], &service, error))
        return FALSE;
      services |= 1u << service;
    }

  riaya_institution_set_services (institution, services);
  return TRUE;
}

static gboolean
read_staff (const char        *text,
            RiayaInstitution  *institution,
            GError           **error)
{
  g_auto(GStrv) items = g_strsplit (text, ";", -1);
  gboolean seen[RIAYA_N_STAFF_ROLES] = { FALSE };

  for (guint i = 0; items[i] != NULL; i++)
    {
      RiayaStaffRole role;
      guint count;

      if (*g_strstrip (items[i]) == '\0')
        continue;
      if (!riaya_codes_parse_staff (items[i], &role, &count, error))
        return FALSE;
      if (seen[role])
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                       /* Translators: %s is a staff role code such as educator */
                       _("The staff role “%s” is given twice: give it once."),
                       riaya_staff_role_to_code (role));
          return FALSE;
        }
      seen[role] = TRUE;
      riaya_institution_set_staff (institution, role, count);
    }

  return TRUE;
}

static gboolean
read_capacity (const char        *text,
               const char        *default_date,
               RiayaInstitution  *institution,
               GError           **error)
{
  g_auto(GStrv) items = g_strsplit (text, ";", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autoptr(RiayaCapacityLine) line = NULL;
      g_autofree char *key = NULL;

      if (*g_strstrip (items[i]) == '\0')
        continue;

      line = riaya_codes_parse_capacity (items[i], default_date, error);
      if (line == NULL)
        return FALSE;

      /* Two figures for the same places on the same day: one of them is
       * a slip, and guessing which would be wrong. */
      key = g_strdup_printf ("%d:%d:%s",
                             riaya_capacity_line_get_category (line),
                             riaya_capacity_line_get_sex (line),
                             riaya_capacity_line_get_effective_date (line));
      if (!g_hash_table_add (seen, g_steal_pointer (&key)))
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                       /* Translators: the first %s is a category, the second a sex, the third a date */
                       _("The capacity for “%s”, “%s” on %s is given twice: give it once."),
                       riaya_category_to_label (riaya_capacity_line_get_category (line)),
                       riaya_sex_to_label (riaya_capacity_line_get_sex (line)),
                       riaya_capacity_line_get_effective_date (line));
          return FALSE;
        }

      riaya_institution_add_capacity_line (institution, line);
    }

  return TRUE;
}

static gboolean
check_against_store (RiayaInstitution  *institution,
                     RiayaStore        *store,
                     GError           **error)
{
  const char *code = riaya_institution_get_province_code (institution);
  const char *number = riaya_institution_get_licence_number (institution);
  RiayaTerritory *territory = riaya_store_lookup_territory (store, code);

  if (territory == NULL || riaya_territory_get_kind (territory) == RIAYA_TERRITORY_REGION)
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_UNKNOWN_TERRITORY,
                   /* Translators: %s is a province code such as 01.511 */
                   _("There is no province or prefecture with the code “%s”: use the official code of one, for example 01.511 for Tanger-Assilah."),
                   code);
      return FALSE;
    }

  if (riaya_store_licence_number_exists (store, number, NULL))
    {
      g_set_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_DUPLICATE,
                   /* Translators: %s is a licence number */
                   _("Licence number “%s” is already recorded for another institution: licence numbers are unique nationally, so check the number."),
                   number);
      return FALSE;
    }

  return TRUE;
}

static RiayaInstitution *
read_row (const Header    *header,
          RiayaCsvRecord  *record,
          const GDate     *today,
          GError         **error)
{
  g_autoptr(RiayaInstitution) institution = riaya_institution_new ();
  RiayaLegalBasis basis;
  RiayaInstitutionType type;
  const char *licence_date, *effective, *text;

  if (!riaya_validate_licence_number (cell (header, record, COL_LICENCE_NUMBER), error))
    return NULL;
  riaya_institution_set_licence_number (institution, cell (header, record, COL_LICENCE_NUMBER));

  licence_date = cell (header, record, COL_LICENCE_DATE);
  if (!riaya_validate_past_date (licence_date, _("The licence date"), today, error))
    return NULL;
  riaya_institution_set_licence_date (institution, licence_date);

  if (!riaya_codes_parse_legal_basis (cell (header, record, COL_LEGAL_BASIS), &basis, error) ||
      !riaya_codes_parse_institution_type (cell (header, record, COL_TYPE), &type, error))
    return NULL;
  riaya_institution_set_legal_basis (institution, basis);
  riaya_institution_set_institution_type (institution, type);

  riaya_institution_set_name_ar (institution, cell (header, record, COL_NAME_AR));
  riaya_institution_set_name_fr (institution, cell (header, record, COL_NAME_FR));
  riaya_institution_set_province_code (institution, cell (header, record, COL_PROVINCE_CODE));
  riaya_institution_set_commune (institution, cell (header, record, COL_COMMUNE));
  riaya_institution_set_founder (institution, cell (header, record, COL_FOUNDER));
  riaya_institution_set_director (institution, cell (header, record, COL_DIRECTOR));
  riaya_institution_set_address (institution, cell (header, record, COL_ADDRESS));
  riaya_institution_set_phone (institution, cell (header, record, COL_PHONE));

  if ((text = cell (header, record, COL_SERVICES)) != NULL &&
      !read_services (text, institution, error))
    return NULL;

  if ((text = cell (header, record, COL_STAFF)) != NULL &&
      !read_staff (text, institution, error))
    return NULL;

  effective = cell (header, record, COL_EFFECTIVE_DATE);
  if (effective != NULL && !riaya_date_parse (effective, NULL, error))
    return NULL;

  if ((text = cell (header, record, COL_CAPACITY)) != NULL &&
      !read_capacity (text, effective ? effective : licence_date, institution, error))
    return NULL;

  if (!riaya_institution_validate (institution, today, error))
    return NULL;

  return g_steal_pointer (&institution);
}

static void
add_problem (GPtrArray  *problems,
             guint       line,
             const char *message)
{
  /* Translators: %u is a line number of the file, %s what is wrong there */
  g_ptr_array_add (problems, g_strdup_printf (_("Line %u: %s"), line, message));
}

static void
set_invalid_error (GError    **error,
                   GPtrArray  *problems)
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

  g_set_error_literal (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_INVALID, message->str);
}

GPtrArray *
riaya_institution_csv_read (const char   *data,
                            gssize        length,
                            RiayaStore   *store,
                            const GDate  *today,
                            GArray      **lines,
                            GPtrArray   **problems,
                            GError      **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) institutions = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GArray) line_numbers = NULL;
  g_autoptr(GHashTable) licence_lines = NULL;
  Header header;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (store == NULL || RIAYA_IS_STORE (store), NULL);

  records = riaya_csv_parse (data, length, error);
  if (records == NULL)
    return NULL;

  if (records->len == 0)
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_EMPTY,
                   _("The file is empty: its first line must name the columns, and each following line describe one institution."));
      return NULL;
    }

  if (!read_header (g_ptr_array_index (records, 0), &header, error))
    return NULL;

  if (records->len == 1)
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_EMPTY,
                   _("The file names its columns but holds no institution: add one line per institution under the first line."));
      return NULL;
    }

  institutions = g_ptr_array_new_with_free_func (g_object_unref);
  found = g_ptr_array_new_with_free_func (g_free);
  line_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  licence_lines = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint r = 1; r < records->len; r++)
    {
      RiayaCsvRecord *record = g_ptr_array_index (records, r);
      g_autoptr(RiayaInstitution) institution = NULL;
      g_autoptr(GError) local_error = NULL;
      const char *number;
      gpointer other_line;

      if (record->fields->len != header.n_fields)
        {
          g_autofree char *message =
            g_strdup_printf (/* Translators: both %u are numbers of fields */
                             _("There are %u fields on this line but %u columns on the first: check the commas, and put any text that holds a comma in quotes."),
                             record->fields->len, header.n_fields);
          add_problem (found, record->line, message);
          continue;
        }

      institution = read_row (&header, record, today, &local_error);
      if (institution == NULL)
        {
          add_problem (found, record->line, local_error->message);
          continue;
        }

      number = riaya_institution_get_licence_number (institution);
      if (g_hash_table_lookup_extended (licence_lines, number, NULL, &other_line))
        {
          g_autofree char *message =
            g_strdup_printf (/* Translators: %s is a licence number, %u a line number */
                             _("Licence number “%s” is already on line %u: each licence number may appear only once."),
                             number, GPOINTER_TO_UINT (other_line));
          add_problem (found, record->line, message);
          continue;
        }

      if (store != NULL && !check_against_store (institution, store, &local_error))
        {
          add_problem (found, record->line, local_error->message);
          continue;
        }

      g_hash_table_insert (licence_lines, (gpointer) number, GUINT_TO_POINTER (record->line));
      g_array_append_val (line_numbers, record->line);
      g_ptr_array_add (institutions, g_steal_pointer (&institution));
    }

  if (found->len > 0)
    {
      set_invalid_error (error, found);
      if (problems != NULL)
        *problems = g_steal_pointer (&found);
      return NULL;
    }

  if (lines != NULL)
    *lines = g_steal_pointer (&line_numbers);

  return g_steal_pointer (&institutions);
}

GPtrArray *
riaya_institution_csv_import (RiayaStore  *store,
                              const char  *path,
                              GPtrArray  **problems,
                              GError     **error)
{
  g_autoptr(GPtrArray) institutions = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GError) store_error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  GStatBuf st;
  guint failed = 0;

  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_READ,
                   /* Translators: %s is a file name */
                   _("There is no file “%s” to import: check its name and folder."),
                   path);
      return NULL;
    }

  if (st.st_size > RIAYA_INSTITUTION_CSV_MAX_SIZE)
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %d a number of megabytes */
                   _("“%s” is too large to be a list of institutions (more than %d MB): check that it is the right file."),
                   path, RIAYA_INSTITUTION_CSV_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_get_contents (path, &data, &length, &store_error))
    {
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_READ,
                   /* Translators: %s is a file name, the second %s the system's reason */
                   _("“%s” cannot be read (%s): check that it exists and that you may read it."),
                   path, store_error->message);
      return NULL;
    }

  institutions = riaya_institution_csv_read (data, (gssize) length, store, NULL,
                                             &lines, problems, error);
  if (institutions == NULL)
    return NULL;

  if (!riaya_store_add_institutions (store, institutions, &failed, &store_error))
    {
      guint line = failed < lines->len ? g_array_index (lines, guint, failed) : 0;
      g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

      /* The rows were checked above; the store may still refuse one, for
       * a rule only it knows. Name that row as the checks would. */
      add_problem (found, line, store_error->message);
      set_invalid_error (error, found);
      if (problems != NULL)
        *problems = g_steal_pointer (&found);
      return NULL;
    }

  return g_steal_pointer (&institutions);
}

void
riaya_institution_csv_append_header (GString *out)
{
  g_return_if_fail (out != NULL);

  riaya_csv_append_row (out, riaya_institution_csv_export_columns (), G_N_ELEMENTS (export_order));
}

static int
compare_lines_by_date (gconstpointer a,
                       gconstpointer b)
{
  RiayaCapacityLine *la = *(RiayaCapacityLine **) a;
  RiayaCapacityLine *lb = *(RiayaCapacityLine **) b;

  return g_strcmp0 (riaya_capacity_line_get_effective_date (la),
                    riaya_capacity_line_get_effective_date (lb));
}

void
riaya_institution_csv_append_row (GString          *out,
                                  RiayaInstitution *institution,
                                  const char       *today)
{
  g_autofree char *region = NULL;
  g_autofree char *places = NULL;
  g_autofree char *today_owned = NULL;
  g_autoptr(GString) services = g_string_new (NULL);
  g_autoptr(GString) staff = g_string_new (NULL);
  g_autoptr(GString) capacity = g_string_new (NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;
  const char *values[N_COLUMNS] = { NULL };
  const char *row[G_N_ELEMENTS (export_order)];

  g_return_if_fail (out != NULL);
  g_return_if_fail (RIAYA_IS_INSTITUTION (institution));

  if (today == NULL)
    today = today_owned = riaya_date_today_iso ();

  for (guint s = 0; s < RIAYA_N_SERVICES; s++)
    if (riaya_institution_has_service (institution, s))
      g_string_append_printf (services, "%s%s", services->len ? ";" : "", riaya_service_to_code (s));

  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    {
      guint count = riaya_institution_get_staff (institution, r);

      if (count > 0)
        g_string_append_printf (staff, "%s%s:%u", staff->len ? ";" : "",
                                riaya_staff_role_to_code (r), count);
    }

  /* Every line, oldest first: read back, they give the same capacity on
   * every past date. */
  model = riaya_institution_get_capacity_lines (institution);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (lines, g_list_model_get_item (model, i));
  g_ptr_array_sort (lines, compare_lines_by_date);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *item = riaya_codes_format_capacity (g_ptr_array_index (lines, i));

      g_string_append_printf (capacity, "%s%s", capacity->len ? ";" : "", item);
    }

  region = riaya_institution_dup_region_code (institution);
  places = g_strdup_printf ("%u", riaya_institution_get_places_on (institution, today));

  values[COL_UUID] = riaya_institution_get_uuid (institution);
  values[COL_LICENCE_NUMBER] = riaya_institution_get_licence_number (institution);
  values[COL_LICENCE_DATE] = riaya_institution_get_licence_date (institution);
  values[COL_LEGAL_BASIS] = riaya_legal_basis_to_code (riaya_institution_get_legal_basis (institution));
  values[COL_TYPE] = riaya_institution_type_to_code (riaya_institution_get_institution_type (institution));
  values[COL_STATUS] = riaya_licence_status_to_code (riaya_institution_get_status_on (institution, today));
  values[COL_NAME_AR] = riaya_institution_get_name_ar (institution);
  values[COL_NAME_FR] = riaya_institution_get_name_fr (institution);
  values[COL_REGION_CODE] = region;
  values[COL_PROVINCE_CODE] = riaya_institution_get_province_code (institution);
  values[COL_COMMUNE] = riaya_institution_get_commune (institution);
  values[COL_FOUNDER] = riaya_institution_get_founder (institution);
  values[COL_DIRECTOR] = riaya_institution_get_director (institution);
  values[COL_ADDRESS] = riaya_institution_get_address (institution);
  values[COL_PHONE] = riaya_institution_get_phone (institution);
  values[COL_SERVICES] = services->str;
  values[COL_STAFF] = staff->str;
  values[COL_CAPACITY] = capacity->str;
  values[COL_PLACES] = places;

  for (guint i = 0; i < G_N_ELEMENTS (export_order); i++)
    row[i] = values[export_order[i]];

  riaya_csv_append_row (out, row, G_N_ELEMENTS (row));
}
