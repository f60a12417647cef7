/* riaya-register-cells.c — what one line of the register says
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields of one entry (decree 2.19.693 art. 11) as the cells of the
 * printed register show them: dates as dd/mm/yyyy, coded values in the
 * document's language, and whatever the director typed, in the script
 * it was typed in.
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "riaya-register-document-private.h"

/* First strong isolate and pop directional isolate (Unicode bidi, UAX
 * #9): a name typed in Arabic inside a French register, or in Latin
 * letters inside an Arabic one, keeps its own direction without
 * reordering what is around it. */
#define FSI "\u2068"
#define PDI "\u2069"

char *
_riaya_register_document_isolate (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_strdup ("");
  return g_strconcat (FSI, text, PDI, NULL);
}

/* Anything but an ISO date is printed as it is. */
char *
_riaya_register_document_format_date (const char *iso)
{
  guint year, month, day;
  char end;

  if (iso == NULL)
    return g_strdup ("");
  if (sscanf (iso, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3)
    return g_strdup_printf ("%02u/%02u/%04u", day, month, year);
  return _riaya_register_document_isolate (iso);
}

/* The non-empty texts among @first… (NULL-terminated), one per line. */
static char *
join_lines (const char *first,
            ...) G_GNUC_NULL_TERMINATED;

static char *
join_lines (const char *first,
            ...)
{
  GString *out = g_string_new (NULL);
  const char *text = first;
  va_list args;

  va_start (args, first);
  while (text != NULL)
    {
      if (*text != '\0')
        {
          if (out->len > 0)
            g_string_append_c (out, '\n');
          g_string_append (out, text);
        }
      text = va_arg (args, const char *);
    }
  va_end (args);

  return g_string_free (out, FALSE);
}

/* The cells that show a field as the director typed it. */
static const struct
{
  RiayaRegisterColumn column;
  RiayaResidentField  field;
} typed_cells[] = {
  { RIAYA_REGISTER_COLUMN_CNIE, RIAYA_RESIDENT_FIELD_CNIE },
  { RIAYA_REGISTER_COLUMN_FAMILY_STATUS, RIAYA_RESIDENT_FIELD_FAMILY_STATUS },
  { RIAYA_REGISTER_COLUMN_HEALTH_STATUS, RIAYA_RESIDENT_FIELD_HEALTH_STATUS },
  { RIAYA_REGISTER_COLUMN_GUARDIAN_NAME, RIAYA_RESIDENT_FIELD_GUARDIAN_NAME },
  { RIAYA_REGISTER_COLUMN_GUARDIAN_CNIE, RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE },
  { RIAYA_REGISTER_COLUMN_GUARDIAN_ADDRESS, RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS },
  { RIAYA_REGISTER_COLUMN_GUARDIAN_PHONE, RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE },
  { RIAYA_REGISTER_COLUMN_GUARDIAN_OCCUPATION, RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION },
  { RIAYA_REGISTER_COLUMN_GUARDIAN_SITUATION, RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION },
};

static const char *
field (RiayaResident      *resident,
       RiayaResidentField  field)
{
  const char *value = riaya_resident_get_field (resident, field);

  return value != NULL ? value : "";
}

/* The exit: its date, its reason and, for a transfer elsewhere, the
 * destination's licence number. */
static char *
dup_exit (RiayaRegisterLanguage  language,
          RiayaStay             *stay)
{
  const char *licence = riaya_stay_get_destination_licence (stay);
  g_autofree char *date = NULL;
  g_autofree char *destination = NULL;

  if (riaya_stay_get_exited_on (stay) == NULL)
    return g_strdup ("");

  date = _riaya_register_document_format_date (riaya_stay_get_exited_on (stay));
  if (licence != NULL)
    {
      g_autofree char *number = _riaya_register_document_isolate (licence);
      const char *template = _riaya_register_document_text (language, RIAYA_REGISTER_TEXT_DESTINATION);

      destination = _riaya_register_document_fill (template, "licence", number, NULL);
    }

  return join_lines (date,
                     _riaya_register_document_exit_reason (language, riaya_stay_get_exit_reason (stay)),
                     destination != NULL ? destination : "", NULL);
}

char **
_riaya_register_document_dup_cells (RiayaRegisterLanguage  language,
                                    RiayaStay             *stay)
{
  RiayaResident *resident = riaya_stay_get_resident (stay);
  char **cells = g_new0 (char *, RIAYA_REGISTER_N_COLUMNS + 1);
  g_autofree char *name = NULL;
  g_autofree char *birth_date = NULL;
  g_autofree char *birth_place = NULL;
  g_autofree char *admitted_on = NULL;

  /* Last name, then first name, as typed: one isolate, so that a name
   * in Latin letters reads left to right in an Arabic register too. */
  name = join_lines (field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME),
                     field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME), NULL);
  g_strdelimit (name, "\n", ' ');
  birth_date = _riaya_register_document_format_date (riaya_resident_get_birth_date (resident));
  birth_place = _riaya_register_document_isolate (field (resident, RIAYA_RESIDENT_FIELD_BIRTH_PLACE));
  admitted_on = _riaya_register_document_format_date (riaya_stay_get_admitted_on (stay));

  cells[RIAYA_REGISTER_COLUMN_NUMBER] = g_strdup_printf ("%u", riaya_stay_get_register_number (stay));
  cells[RIAYA_REGISTER_COLUMN_NAME] = _riaya_register_document_isolate (name);
  cells[RIAYA_REGISTER_COLUMN_SEX] =
    g_strdup (_riaya_register_document_sex (language, riaya_resident_get_sex (resident)));
  cells[RIAYA_REGISTER_COLUMN_BIRTH] = join_lines (birth_date, birth_place, NULL);
  cells[RIAYA_REGISTER_COLUMN_CATEGORY] =
    g_strdup (_riaya_register_document_category (language, riaya_stay_get_category (stay)));
  cells[RIAYA_REGISTER_COLUMN_ADMISSION] =
    join_lines (admitted_on, _riaya_register_document_referral (language, riaya_stay_get_referral (stay)), NULL);
  cells[RIAYA_REGISTER_COLUMN_EXIT] = dup_exit (language, stay);

  for (guint i = 0; i < G_N_ELEMENTS (typed_cells); i++)
    cells[typed_cells[i].column] = _riaya_register_document_isolate (field (resident, typed_cells[i].field));

  /* Every column has a cell, if only an empty one. */
  for (guint c = 0; c < RIAYA_REGISTER_N_COLUMNS; c++)
    g_assert (cells[c] != NULL);

  return cells;
}
