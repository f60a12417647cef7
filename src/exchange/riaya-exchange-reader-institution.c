/* riaya-exchange-reader-institution.c — <institution> and what it holds
 * of its own: names, services, staff, licence history, capacity, counts
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each institution becomes one RiayaInstitutionBundle, handed to the
 * caller as soon as </institution> is read: memory holds one institution
 * at a time, whatever the size of the file. Its grants, visits and
 * register are read by riaya-exchange-reader-{grant,inspection,register}.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-exchange-reader-private.h"

/* Bounds of docs/exchange-format.md: far above any real institution, low
 * enough to refuse a typing slip or an attack on the totals. */
#define MAX_PLACES 100000
#define MAX_PEOPLE 100000

static RiayaInstitution *
institution (RiayaExchangeReader *self)
{
  return self->bundle->institution;
}

static gboolean
institution_start (RiayaExchangeReader  *self,
                   GError              **error)
{
  const char *uuid, *licence_number, *licence_date, *province, *updated, *deleted;
  guint basis, type;
  g_autoptr(RiayaInstitution) record = NULL;

  if (!_riaya_exchange_reader_new_uuid (self, "uuid", &uuid, error) ||
      !_riaya_exchange_reader_required (self, "licence-number", &licence_number, error) ||
      !_riaya_exchange_reader_date (self, "licence-date", TRUE, &licence_date, error) ||
      !_riaya_exchange_reader_code (self, "legal-basis", RIAYA_CODE_LEGAL_BASIS, &basis, error) ||
      !_riaya_exchange_reader_code (self, "type", RIAYA_CODE_INSTITUTION_TYPE, &type, error) ||
      !_riaya_exchange_reader_province (self, "province", &province, error) ||
      !_riaya_exchange_reader_instant (self, "updated", TRUE, &updated, error) ||
      !_riaya_exchange_reader_instant (self, "deleted", FALSE, &deleted, error))
    return FALSE;

  /* Licence numbers are unique nationally (exchange.md "Identity"). */
  if (!g_hash_table_add (self->licence_numbers, g_strdup (licence_number)))
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_DUPLICATE,
                                         /* Translators: %s is a licence number */
                                         _("the licence number “%s” is given to two institutions of the file, where each licence has its own number."),
                                         licence_number);

  record = riaya_institution_new ();
  riaya_institution_set_uuid (record, uuid);
  riaya_institution_set_licence_number (record, licence_number);
  riaya_institution_set_licence_date (record, licence_date);
  riaya_institution_set_legal_basis (record, (RiayaLegalBasis) basis);
  riaya_institution_set_institution_type (record, (RiayaInstitutionType) type);
  riaya_institution_set_province_code (record, province);
  _riaya_exchange_reader_keep (G_OBJECT (record), RIAYA_EXCHANGE_DATA_UPDATED, updated);
  _riaya_exchange_reader_keep (G_OBJECT (record), RIAYA_EXCHANGE_DATA_DELETED, deleted);

  g_clear_pointer (&self->bundle, riaya_institution_bundle_free);
  self->bundle = riaya_institution_bundle_new ();
  self->bundle->institution = g_steal_pointer (&record);
  self->names_seen[0] = self->names_seen[1] = FALSE;
  self->seen[RIAYA_COUNT_INSTITUTIONS]++;
  return TRUE;
}

static gboolean
institution_end (RiayaExchangeReader  *self,
                 const char           *text,
                 GError              **error)
{
  RiayaInstitutionBundle *bundle = g_steal_pointer (&self->bundle);

  if (!self->names_seen[0] && !self->names_seen[1])
    {
      riaya_institution_bundle_free (bundle);
      return _riaya_exchange_reader_fail (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA,
                                          _("an institution has no name."));
    }

  if (self->bundle_func == NULL)
    {
      riaya_institution_bundle_free (bundle);
      return TRUE;
    }

  if (!self->bundle_func (bundle, self->user_data, error))
    return FALSE;
  if (self->progress_func != NULL)
    self->progress_func (self->input.bytes_read, self->size, self->user_data);

  return TRUE;
}

static gboolean
name_end (RiayaExchangeReader  *self,
          const char           *text,
          GError              **error)
{
  guint language;

  if (!_riaya_exchange_reader_code (self, "lang", RIAYA_CODE_LANGUAGE, &language, error))
    return FALSE;

  if (self->names_seen[language])
    return _riaya_exchange_reader_fail (self, error, RIAYA_EXCHANGE_ERROR_DUPLICATE,
                                        _("an institution has two names in the same language."));
  self->names_seen[language] = TRUE;

  if (language == 0)
    riaya_institution_set_name_ar (institution (self), text);
  else
    riaya_institution_set_name_fr (institution (self), text);
  return TRUE;
}

#define TEXT_FIELD(field)                                                    \
  static gboolean                                                           \
  field##_end (RiayaExchangeReader  *self,                                  \
               const char           *text,                                  \
               GError              **error)                                 \
  {                                                                         \
    riaya_institution_set_##field (institution (self), text);               \
    return TRUE;                                                            \
  }

TEXT_FIELD (founder)
TEXT_FIELD (director)
TEXT_FIELD (commune)
TEXT_FIELD (address)
TEXT_FIELD (phone)

static gboolean
service_start (RiayaExchangeReader  *self,
               GError              **error)
{
  guint service;

  if (!_riaya_exchange_reader_code (self, "code", RIAYA_CODE_SERVICE, &service, error))
    return FALSE;

  riaya_institution_set_services (institution (self),
                                  riaya_institution_get_services (institution (self)) | (1u << service));
  return TRUE;
}

static gboolean
role_start (RiayaExchangeReader  *self,
            GError              **error)
{
  guint role;
  gint64 count;

  if (!_riaya_exchange_reader_code (self, "code", RIAYA_CODE_STAFF_ROLE, &role, error) ||
      !_riaya_exchange_reader_number (self, "count", 0, MAX_PEOPLE, &count, error))
    return FALSE;

  riaya_institution_set_staff (institution (self), (RiayaStaffRole) role, (guint) count);
  return TRUE;
}

static void
clear_event (RiayaExchangeReader *self)
{
  g_clear_pointer (&self->event_uuid, g_free);
  g_clear_pointer (&self->event_date, g_free);
  g_clear_pointer (&self->event_deadline, g_free);
  g_clear_pointer (&self->event_recorded, g_free);
  g_clear_pointer (&self->event_note, g_free);
}

static gboolean
licence_event_start (RiayaExchangeReader  *self,
                     GError              **error)
{
  const char *uuid, *date, *deadline, *recorded;
  guint kind;

  if (!_riaya_exchange_reader_new_uuid (self, "uuid", &uuid, error) ||
      !_riaya_exchange_reader_code (self, "kind", RIAYA_CODE_LICENCE_EVENT, &kind, error) ||
      !_riaya_exchange_reader_date (self, "date", TRUE, &date, error) ||
      !_riaya_exchange_reader_date (self, "deadline", FALSE, &deadline, error) ||
      !_riaya_exchange_reader_instant (self, "recorded", TRUE, &recorded, error))
    return FALSE;

  clear_event (self);
  self->event_kind = (RiayaLicenceEventKind) kind;
  self->event_uuid = g_strdup (uuid);
  self->event_date = g_strdup (date);
  self->event_deadline = g_strdup (deadline);
  self->event_recorded = g_strdup (recorded);
  self->seen[RIAYA_COUNT_LICENCE_EVENTS]++;
  return TRUE;
}

static gboolean
event_note_end (RiayaExchangeReader  *self,
                const char           *text,
                GError              **error)
{
  g_free (self->event_note);
  self->event_note = g_strdup (text);
  return TRUE;
}

static gboolean
licence_event_end (RiayaExchangeReader  *self,
                   const char           *text,
                   GError              **error)
{
  g_autoptr(RiayaLicenceEvent) event = NULL;

  event = riaya_licence_event_new (self->event_kind, self->event_date, self->event_deadline,
                                   self->event_note);
  riaya_licence_event_set_uuid (event, self->event_uuid);
  _riaya_exchange_reader_keep (G_OBJECT (event), RIAYA_EXCHANGE_DATA_RECORDED, self->event_recorded);
  riaya_institution_add_event (institution (self), event);
  clear_event (self);
  return TRUE;
}

static gboolean
capacity_line_start (RiayaExchangeReader  *self,
                     GError              **error)
{
  const char *uuid, *effective, *recorded;
  guint category, sex;
  gint64 places;
  g_autoptr(RiayaCapacityLine) line = NULL;

  if (!_riaya_exchange_reader_new_uuid (self, "uuid", &uuid, error) ||
      !_riaya_exchange_reader_code (self, "category", RIAYA_CODE_CATEGORY, &category, error) ||
      !_riaya_exchange_reader_code (self, "sex", RIAYA_CODE_PLACES_SEX, &sex, error) ||
      !_riaya_exchange_reader_number (self, "places", 0, MAX_PLACES, &places, error) ||
      !_riaya_exchange_reader_date (self, "effective", TRUE, &effective, error) ||
      !_riaya_exchange_reader_instant (self, "recorded", TRUE, &recorded, error))
    return FALSE;

  line = riaya_capacity_line_new ((RiayaCategory) category, (RiayaSex) sex, (guint) places, effective);
  riaya_capacity_line_set_uuid (line, uuid);
  _riaya_exchange_reader_keep (G_OBJECT (line), RIAYA_EXCHANGE_DATA_RECORDED, recorded);
  riaya_institution_add_capacity_line (institution (self), line);
  self->seen[RIAYA_COUNT_CAPACITY_LINES]++;
  return TRUE;
}

static gboolean
resident_count_start (RiayaExchangeReader  *self,
                      GError              **error)
{
  const char *on, *over;

  if (!_riaya_exchange_reader_date (self, "on", TRUE, &on, error) ||
      !_riaya_exchange_reader_required (self, "over-capacity", &over, error))
    return FALSE;

  g_free (self->bundle->counted_on);
  self->bundle->counted_on = g_strdup (on);
  self->bundle->over_capacity = g_str_equal (over, "true") || g_str_equal (over, "1");
  self->count_line = _riaya_exchange_reader_line (self);
  self->seen[RIAYA_COUNT_RESIDENT_COUNTS]++;
  return TRUE;
}

static gboolean
present_start (RiayaExchangeReader  *self,
               GError              **error)
{
  guint category, sex, band;
  gint64 count;
  RiayaCountLine line;

  if (!_riaya_exchange_reader_code (self, "category", RIAYA_CODE_CATEGORY, &category, error) ||
      !_riaya_exchange_reader_code (self, "sex", RIAYA_CODE_SEX, &sex, error) ||
      !_riaya_exchange_reader_code (self, "age-band", RIAYA_CODE_AGE_BAND, &band, error) ||
      !_riaya_exchange_reader_number (self, "count", 0, MAX_PEOPLE, &count, error))
    return FALSE;

  line.category = (RiayaCategory) category;
  line.sex = (RiayaSex) sex;
  line.age_band = (RiayaAgeBand) band;
  line.present = (guint) count;
  g_array_append_val (self->bundle->count_lines, line);
  return TRUE;
}

static gboolean
resident_count_end (RiayaExchangeReader  *self,
                    const char           *text,
                    GError              **error)
{
  return _riaya_exchange_reader_check_capacity (self, error);
}

static gboolean
movements_start (RiayaExchangeReader  *self,
                 GError              **error)
{
  const char *from, *to;

  if (!_riaya_exchange_reader_date (self, "from", TRUE, &from, error) ||
      !_riaya_exchange_reader_date (self, "to", TRUE, &to, error))
    return FALSE;

  g_free (self->bundle->period_from);
  g_free (self->bundle->period_to);
  self->bundle->period_from = g_strdup (from);
  self->bundle->period_to = g_strdup (to);
  return TRUE;
}

static gboolean
movement (RiayaExchangeReader  *self,
          gboolean              admission,
          GError              **error)
{
  guint reason, category, sex;
  gint64 count;
  RiayaMovementLine line;

  if (!_riaya_exchange_reader_code (self, "reason",
                                    admission ? RIAYA_CODE_REFERRAL : RIAYA_CODE_EXIT_REASON,
                                    &reason, error) ||
      !_riaya_exchange_reader_code (self, "category", RIAYA_CODE_CATEGORY, &category, error) ||
      !_riaya_exchange_reader_code (self, "sex", RIAYA_CODE_SEX, &sex, error) ||
      !_riaya_exchange_reader_number (self, "count", 0, MAX_PEOPLE, &count, error))
    return FALSE;

  line.admission = admission;
  line.reason = (int) reason;
  line.category = (RiayaCategory) category;
  line.sex = (RiayaSex) sex;
  line.count = (guint) count;
  g_array_append_val (self->bundle->movements, line);
  self->seen[RIAYA_COUNT_MOVEMENTS]++;
  return TRUE;
}

static gboolean
admission_start (RiayaExchangeReader  *self,
                 GError              **error)
{
  return movement (self, TRUE, error);
}

static gboolean
exit_start (RiayaExchangeReader  *self,
            GError              **error)
{
  return movement (self, FALSE, error);
}

const RiayaElementHandler _riaya_exchange_institution_handlers[] = {
  { "body", "institution", institution_start, institution_end, FALSE },
  { "institution", "name", NULL, name_end, TRUE },
  { "institution", "founder", NULL, founder_end, TRUE },
  { "institution", "director", NULL, director_end, TRUE },
  { "institution", "commune", NULL, commune_end, TRUE },
  { "institution", "address", NULL, address_end, TRUE },
  { "institution", "phone", NULL, phone_end, TRUE },
  { "institution", "services", NULL, NULL, FALSE },
  { "services", "service", service_start, NULL, FALSE },
  { "institution", "staff", NULL, NULL, FALSE },
  { "staff", "role", role_start, NULL, FALSE },
  { "institution", "licence-event", licence_event_start, licence_event_end, FALSE },
  { "licence-event", "note", NULL, event_note_end, TRUE },
  { "institution", "capacity-line", capacity_line_start, NULL, FALSE },
  { "institution", "resident-count", resident_count_start, resident_count_end, FALSE },
  { "resident-count", "present", present_start, NULL, FALSE },
  { "institution", "movements", movements_start, NULL, FALSE },
  { "movements", "admission", admission_start, NULL, FALSE },
  { "movements", "exit", exit_start, NULL, FALSE },
  { NULL, NULL, NULL, NULL, FALSE },
};
