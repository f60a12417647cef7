/* riaya-exchange-reader-checks.c — what the schema cannot check
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema checks the lexical form of values (riaya-exchange-1.xsd);
 * the reader checks their meaning, each refusal naming what is wrong
 * (docs/exchange-format.md): codes of Riaya's vocabularies, numbers and
 * dates in range, UUIDs met once, the capacity on the day of a count, and
 * texts that could display other than they read.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-exchange-reader-private.h"

#define TERRITORIES_RESOURCE "/io/github/riaya/Riaya/store/territories.csv"
#define FIRST_YEAR 1900
#define LAST_YEAR 2100

const char * const _riaya_exchange_count_names[RIAYA_N_COUNTS] = {
  [RIAYA_COUNT_INSTITUTIONS] = "institutions",
  [RIAYA_COUNT_LICENCE_EVENTS] = "licence-events",
  [RIAYA_COUNT_CAPACITY_LINES] = "capacity-lines",
  [RIAYA_COUNT_GRANTS] = "grants",
  [RIAYA_COUNT_TRANCHES] = "tranches",
  [RIAYA_COUNT_INSPECTIONS] = "inspections",
  [RIAYA_COUNT_CORRECTIVE_ACTIONS] = "corrective-actions",
  [RIAYA_COUNT_RESIDENT_COUNTS] = "resident-counts",
  [RIAYA_COUNT_MOVEMENTS] = "movements",
  [RIAYA_COUNT_RESIDENTS] = "residents",
  [RIAYA_COUNT_STAYS] = "stays",
};

/* --- Codes ------------------------------------------------------------ */

/* One pair of typed wrappers per vocabulary, so that the table below
 * calls each core function through its own type. */
#define VOCABULARY(prefix, Type)                                             \
  static const char *                                                       \
  prefix##_code_at (guint i)                                                \
  {                                                                         \
    return riaya_##prefix##_to_code ((Type) i);                             \
  }                                                                         \
  static gboolean                                                           \
  prefix##_parse (const char *code,                                         \
                  guint      *out)                                          \
  {                                                                         \
    Type value;                                                             \
    if (!riaya_##prefix##_from_code (code, &value))                         \
      return FALSE;                                                         \
    *out = (guint) value;                                                   \
    return TRUE;                                                            \
  }

VOCABULARY (profile, RiayaProfile)
VOCABULARY (legal_basis, RiayaLegalBasis)
VOCABULARY (institution_type, RiayaInstitutionType)
VOCABULARY (category, RiayaCategory)
VOCABULARY (sex, RiayaSex)
VOCABULARY (licence_event_kind, RiayaLicenceEventKind)
VOCABULARY (service, RiayaService)
VOCABULARY (staff_role, RiayaStaffRole)
VOCABULARY (age_band, RiayaAgeBand)
VOCABULARY (referral, RiayaReferral)
VOCABULARY (exit_reason, RiayaExitReason)
VOCABULARY (grant_kind, RiayaGrantKind)
VOCABULARY (visit_kind, RiayaVisitKind)
VOCABULARY (decision, RiayaDecision)
VOCABULARY (check_area, RiayaCheckArea)
VOCABULARY (check_result, RiayaCheckResult)

static const char *
language_code_at (guint i)
{
  return i == 0 ? "ar" : "fr";
}

static gboolean
language_parse (const char *code,
                guint      *out)
{
  if (g_strcmp0 (code, "ar") == 0 || g_strcmp0 (code, "fr") == 0)
    {
      *out = code[0] == 'a' ? 0 : 1;
      return TRUE;
    }
  return FALSE;
}

typedef struct
{
  const char *(*code_at) (guint i);
  gboolean    (*parse)   (const char *code,
                          guint      *out);
  guint         n;
} Vocabulary;

static const Vocabulary vocabularies[RIAYA_N_CODE_KINDS] = {
  [RIAYA_CODE_PROFILE] = { profile_code_at, profile_parse, RIAYA_N_PROFILES },
  [RIAYA_CODE_LEGAL_BASIS] = { legal_basis_code_at, legal_basis_parse, RIAYA_N_LEGAL_BASES },
  [RIAYA_CODE_INSTITUTION_TYPE] = { institution_type_code_at, institution_type_parse, RIAYA_N_INSTITUTION_TYPES },
  [RIAYA_CODE_CATEGORY] = { category_code_at, category_parse, RIAYA_N_CATEGORIES },
  /* People are men or women; "any" is only for places (below). */
  [RIAYA_CODE_SEX] = { sex_code_at, sex_parse, RIAYA_SEX_ANY },
  [RIAYA_CODE_PLACES_SEX] = { sex_code_at, sex_parse, RIAYA_N_SEXES },
  [RIAYA_CODE_LICENCE_EVENT] = { licence_event_kind_code_at, licence_event_kind_parse, RIAYA_N_LICENCE_EVENT_KINDS },
  [RIAYA_CODE_SERVICE] = { service_code_at, service_parse, RIAYA_N_SERVICES },
  [RIAYA_CODE_STAFF_ROLE] = { staff_role_code_at, staff_role_parse, RIAYA_N_STAFF_ROLES },
  [RIAYA_CODE_AGE_BAND] = { age_band_code_at, age_band_parse, RIAYA_N_AGE_BANDS },
  [RIAYA_CODE_REFERRAL] = { referral_code_at, referral_parse, RIAYA_N_REFERRALS },
  [RIAYA_CODE_EXIT_REASON] = { exit_reason_code_at, exit_reason_parse, RIAYA_N_EXIT_REASONS },
  [RIAYA_CODE_GRANT_KIND] = { grant_kind_code_at, grant_kind_parse, RIAYA_N_GRANT_KINDS },
  [RIAYA_CODE_VISIT_KIND] = { visit_kind_code_at, visit_kind_parse, RIAYA_N_VISIT_KINDS },
  [RIAYA_CODE_DECISION] = { decision_code_at, decision_parse, RIAYA_N_DECISIONS },
  [RIAYA_CODE_CHECK_AREA] = { check_area_code_at, check_area_parse, RIAYA_N_CHECK_AREAS },
  [RIAYA_CODE_CHECK_RESULT] = { check_result_code_at, check_result_parse, RIAYA_N_CHECK_RESULTS },
  [RIAYA_CODE_LANGUAGE] = { language_code_at, language_parse, 2 },
};

static const char *
element_name (RiayaExchangeReader *self)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (self->xml);

  return name != NULL ? name : "?";
}

gboolean
_riaya_exchange_reader_code (RiayaExchangeReader  *self,
                             const char           *name,
                             RiayaCodeKind         kind,
                             guint                *out,
                             GError              **error)
{
  const Vocabulary *vocabulary = &vocabularies[kind];
  g_autoptr(GString) accepted = NULL;
  const char *code;

  if (!_riaya_exchange_reader_required (self, name, &code, error))
    return FALSE;
  if (vocabulary->parse (code, out) && *out < vocabulary->n)
    return TRUE;

  accepted = g_string_new (NULL);
  for (guint i = 0; i < vocabulary->n; i++)
    g_string_append_printf (accepted, "%s%s", i > 0 ? ", " : "", vocabulary->code_at (i));

  return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_UNKNOWN_CODE,
                                       /* Translators: %1$s is a code from the file, %2$s an attribute name, %3$s an element name, %4$s the list of codes accepted ("m, f") */
                                       _("“%1$s” is not a code that Riaya knows for “%2$s” of <%3$s>: it should be one of %4$s."),
                                       code, name, element_name (self), accepted->str);
}

/* The codes of the provinces and prefectures Riaya knows: those of the
 * territories reference compiled into the store (its fourth column). */
static GHashTable *
known_provinces (void)
{
  static gsize done = 0;
  static GHashTable *provinces = NULL;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GBytes) bytes = NULL;

      provinces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      bytes = g_resources_lookup_data (TERRITORIES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes != NULL)
        {
          g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
          g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

          for (guint i = 1; lines[i] != NULL; i++)
            {
              g_auto(GStrv) fields = g_strsplit (lines[i], ",", 5);

              if (g_strv_length (fields) >= 4)
                g_hash_table_add (provinces, g_strdup (fields[3]));
            }
        }

      g_once_init_leave (&done, 1);
    }

  return provinces;
}

gboolean
_riaya_exchange_reader_province (RiayaExchangeReader  *self,
                                 const char           *name,
                                 const char          **out,
                                 GError              **error)
{
  if (!_riaya_exchange_reader_required (self, name, out, error))
    return FALSE;
  if (g_hash_table_contains (known_provinces (), *out))
    return TRUE;

  return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_UNKNOWN_CODE,
                                       /* Translators: %s is a province code from the file ("07.161") */
                                       _("“%s” is not the code of a province or prefecture that Riaya knows: it should be one of those “riaya-cli territory list” shows."),
                                       *out);
}

/* --- Dates and numbers ------------------------------------------------ */

static gboolean
fail_date (RiayaExchangeReader  *self,
           const char           *name,
           const char           *value,
           GError              **error)
{
  return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_RANGE,
                                       /* Translators: %1$s is a date or time from the file, %2$s an attribute name, %3$s an element name */
                                       _("“%1$s”, the “%2$s” of <%3$s>, is not a date between 1900-01-01 and 2100-12-31."),
                                       value, name, element_name (self));
}

static gboolean
year_in_range (const char *iso)
{
  guint64 year;
  char digits[5];

  memcpy (digits, iso, 4);
  digits[4] = '\0';
  return g_ascii_string_to_unsigned (digits, 10, FIRST_YEAR, LAST_YEAR, &year, NULL);
}

gboolean
_riaya_exchange_reader_date (RiayaExchangeReader  *self,
                             const char           *name,
                             gboolean              required,
                             const char          **out,
                             GError              **error)
{
  const char *value = _riaya_exchange_reader_attr (self, name);
  GDate date;

  *out = NULL;
  if (value == NULL)
    return !required || _riaya_exchange_reader_required (self, name, out, error);

  if (strlen (value) != 10 || !riaya_date_parse (value, &date, NULL) || !year_in_range (value))
    return fail_date (self, name, value, error);

  *out = value;
  return TRUE;
}

gboolean
_riaya_exchange_reader_instant (RiayaExchangeReader  *self,
                                const char           *name,
                                gboolean              required,
                                const char          **out,
                                GError              **error)
{
  const char *value = _riaya_exchange_reader_attr (self, name);
  g_autoptr(GDateTime) instant = NULL;

  *out = NULL;
  if (value == NULL)
    return !required || _riaya_exchange_reader_required (self, name, out, error);

  if (strlen (value) != 20 || value[10] != 'T' || value[19] != 'Z' || !year_in_range (value))
    return fail_date (self, name, value, error);
  instant = g_date_time_new_from_iso8601 (value, NULL);
  if (instant == NULL)
    return fail_date (self, name, value, error);

  *out = value;
  return TRUE;
}

gboolean
_riaya_exchange_reader_number (RiayaExchangeReader  *self,
                               const char           *name,
                               gint64                min,
                               gint64                max,
                               gint64               *out,
                               GError              **error)
{
  const char *value;
  gint64 number;

  if (!_riaya_exchange_reader_required (self, name, &value, error))
    return FALSE;

  if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    {
      /* Digits the schema let through, but beyond 64 bits. */
      if (value[0] != '-')
        number = G_MAXINT64;
      else
        number = G_MININT64;
    }

  if (number < 0 && min >= 0)
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_RANGE,
                                         /* Translators: %1$s is a number from the file, %2$s an attribute name, %3$s an element name */
                                         _("the number %1$s, the “%2$s” of <%3$s>, is negative."),
                                         value, name, element_name (self));
  if (number < min || number > max)
    {
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_RANGE,
                                           /* Translators: %1$s is a number from the file, %2$s an attribute name, %3$s an element name, %4$s and %5$s the bounds */
                                           _("the number %1$s, the “%2$s” of <%3$s>, is not between %4$s and %5$s: no real figure is."),
                                           value, name, element_name (self), low, high);
    }

  *out = number;
  return TRUE;
}

/* --- Identity --------------------------------------------------------- */

struct _RiayaUuidSet
{
  guint64 *slots;     /* pairs of (high, low); (0, 0) is a free slot */
  gsize    capacity;  /* in pairs, a power of two */
  gsize    size;
  gboolean has_zero;  /* the nil UUID, which cannot sit in a slot */
};

RiayaUuidSet *
_riaya_uuid_set_new (void)
{
  RiayaUuidSet *set = g_new0 (RiayaUuidSet, 1);

  set->capacity = 1024;
  set->slots = g_new0 (guint64, set->capacity * 2);
  return set;
}

void
_riaya_uuid_set_free (RiayaUuidSet *set)
{
  if (set == NULL)
    return;

  g_free (set->slots);
  g_free (set);
}

static gboolean
uuid_parse (const char *uuid,
            guint64    *high,
            guint64    *low)
{
  guint digits = 0;

  *high = *low = 0;
  for (const char *p = uuid; *p != '\0'; p++)
    {
      int value = g_ascii_xdigit_value (*p);

      if (*p == '-')
        continue;
      if (value < 0 || digits == 32)
        return FALSE;
      if (digits < 16)
        *high = (*high << 4) | (guint64) value;
      else
        *low = (*low << 4) | (guint64) value;
      digits++;
    }

  return digits == 32;
}

/* Returns FALSE when the pair was there; inserts it otherwise. */
static gboolean
insert_pair (guint64 *slots,
             gsize    capacity,
             guint64  high,
             guint64  low)
{
  gsize mask = capacity - 1;
  gsize i = (gsize) ((high ^ (low * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15))) >> 17) & mask;

  for (;; i = (i + 1) & mask)
    {
      guint64 *slot = &slots[i * 2];

      if (slot[0] == 0 && slot[1] == 0)
        {
          slot[0] = high;
          slot[1] = low;
          return TRUE;
        }
      if (slot[0] == high && slot[1] == low)
        return FALSE;
    }
}

gboolean
_riaya_uuid_set_add (RiayaUuidSet *set,
                     const char   *uuid)
{
  guint64 high, low;

  if (!uuid_parse (uuid, &high, &low))
    return TRUE;

  if (high == 0 && low == 0)
    {
      gboolean added = !set->has_zero;

      set->has_zero = TRUE;
      return added;
    }

  if ((set->size + 1) * 2 > set->capacity)
    {
      gsize capacity = set->capacity * 2;
      guint64 *slots = g_new0 (guint64, capacity * 2);

      for (gsize i = 0; i < set->capacity; i++)
        if (set->slots[i * 2] != 0 || set->slots[i * 2 + 1] != 0)
          insert_pair (slots, capacity, set->slots[i * 2], set->slots[i * 2 + 1]);
      g_free (set->slots);
      set->slots = slots;
      set->capacity = capacity;
    }

  if (!insert_pair (set->slots, set->capacity, high, low))
    return FALSE;

  set->size++;
  return TRUE;
}

gboolean
_riaya_exchange_reader_new_uuid (RiayaExchangeReader  *self,
                                 const char           *name,
                                 const char          **out,
                                 GError              **error)
{
  guint64 high, low;

  if (!_riaya_exchange_reader_required (self, name, out, error))
    return FALSE;

  if (strlen (*out) != 36 || !uuid_parse (*out, &high, &low))
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA,
                                         /* Translators: %1$s is an attribute name, %2$s an element name */
                                         _("the “%1$s” of <%2$s> is not a UUID."),
                                         name, element_name (self));

  if (!_riaya_uuid_set_add (self->uuids, *out))
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_DUPLICATE,
                                         /* Translators: %1$s is a UUID, %2$s an element name */
                                         _("the identifier %1$s of this <%2$s> was already given to another record of the file: each record has its own."),
                                         *out, element_name (self));

  return TRUE;
}

gboolean
_riaya_exchange_reader_resident_uuid (RiayaExchangeReader  *self,
                                      const char          **out,
                                      GError              **error)
{
  guint64 high, low;

  if (!_riaya_exchange_reader_required (self, "uuid", out, error))
    return FALSE;

  if (strlen (*out) != 36 || !uuid_parse (*out, &high, &low))
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA,
                                         /* Translators: %1$s is an attribute name, %2$s an element name */
                                         _("the “%1$s” of <%2$s> is not a UUID."),
                                         "uuid", element_name (self));

  if (self->register_residents == NULL)
    self->register_residents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!g_hash_table_add (self->register_residents, g_strdup (*out)))
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_DUPLICATE,
                                         /* Translators: %1$s is a UUID, %2$s an element name */
                                         _("the identifier %1$s of this <%2$s> was already given to another record of the file: each record has its own."),
                                         *out, element_name (self));

  return TRUE;
}

/* --- Text ------------------------------------------------------------- */

gboolean
_riaya_exchange_text_is_unsafe (const char *text,
                                gunichar   *offending)
{
  /* Byte by byte: the text is valid UTF-8 (libxml2 refuses a file that is
   * not), and the characters sought are U+202A–U+202E (E2 80 AA–AE),
   * U+2066–U+2069 (E2 81 A6–A9) and C0 controls, whose bytes never occur
   * inside another character. */
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p >= 0x20 && *p != 0xe2)
        continue;

      if (*p < 0x20)
        {
          if (*p == '\t' || *p == '\n')
            continue;
          *offending = *p;
          return TRUE;
        }

      if ((p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae) ||
          (p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9))
        {
          *offending = 0x2000 | ((gunichar) (p[1] & 0x3f) << 6) | (p[2] & 0x3f);
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
_riaya_exchange_reader_check_text (RiayaExchangeReader  *self,
                                   const char           *what,
                                   const char           *text,
                                   GError              **error)
{
  gunichar c = 0;

  /* libxml2 hands over valid UTF-8 only: it refuses a file that is not. */
  if (!_riaya_exchange_text_is_unsafe (text, &c))
    return TRUE;

  /* The text itself is not quoted: it may be a resident's name. */
  return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_UNSAFE_TEXT,
                                       /* Translators: %1$s is a field ("name", "note"), %2$04X the code of an invisible character ("202E") */
                                       _("the text of “%1$s” holds the invisible character U+%2$04X, which can make a text display other than it reads (a name shown reversed, hiding what it is)."),
                                       what, c);
}

void
_riaya_exchange_reader_keep (GObject    *record,
                             const char *key,
                             const char *value)
{
  if (value != NULL)
    g_object_set_data_full (record, key, g_strdup (value), g_free);
}

/* --- Capacity --------------------------------------------------------- */

gboolean
_riaya_exchange_reader_check_capacity (RiayaExchangeReader  *self,
                                       GError              **error)
{
  RiayaInstitutionBundle *bundle = self->bundle;
  RiayaPresence presence = { 0 };
  g_autoptr(GArray) groups = NULL;

  if (bundle->over_capacity || bundle->counted_on == NULL)
    return TRUE;

  for (guint i = 0; i < bundle->count_lines->len; i++)
    {
      RiayaCountLine *line = &g_array_index (bundle->count_lines, RiayaCountLine, i);

      riaya_presence_add (&presence, line->category, line->sex, line->present);
    }

  groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (bundle->institution),
                                   bundle->counted_on, &presence);
  for (guint i = 0; i < groups->len; i++)
    {
      RiayaOccupancyGroup *group = &g_array_index (groups, RiayaOccupancyGroup, i);
      g_autofree char *problem = NULL;

      if (!riaya_occupancy_group_is_over (group))
        continue;

      problem = g_strdup_printf (/* Translators: %1$s is a date, %2$u and %5$u numbers, %3$s a category ("Elderly persons"), %4$s a sex ("Female", "Any") */
                                 _("on %1$s, %2$u people of the category “%3$s” (%4$s) were present for %5$u places, and the file does not say that its producer confirmed it (over-capacity=\"true\")."),
                                 bundle->counted_on, group->present,
                                 riaya_category_to_label (group->category),
                                 riaya_sex_to_label (group->sex), group->places);
      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_OVER_CAPACITY,
                   _("%1$s, line %2$d: %3$s Ask whoever sent the file for a new export."),
                   self->display_name, MAX (self->count_line, 1), problem);
      return FALSE;
    }

  return TRUE;
}
