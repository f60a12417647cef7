/* riaya-exchange-reader-header.c — who made the file, and what it holds
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header is handed over as soon as </header> is read, before any
 * institution: the import decides from it whether the file is new
 * (riaya_store_import_begin). Its counts and digest are only checked at
 * the end of the file (riaya-exchange-reader.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-exchange-reader-private.h"

/* No count of a file comes near this; the size cap stops it long before. */
#define MAX_COUNT G_GINT64_CONSTANT (1000000000)

static gboolean
header_start (RiayaExchangeReader  *self,
              GError              **error)
{
  if (self->header != NULL)
    return _riaya_exchange_reader_fail (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA,
                                        _("the file has two headers."));

  self->header = riaya_exchange_header_new ();
  self->header->file_name = g_strdup (self->display_name);
  return TRUE;
}

static gboolean
header_end (RiayaExchangeReader  *self,
            const char           *text,
            GError              **error)
{
  self->header_done = TRUE;

  if (self->header_func == NULL)
    return TRUE;

  return self->header_func (self->header, self->user_data, error);
}

static gboolean
producer_start (RiayaExchangeReader  *self,
                GError              **error)
{
  RiayaExchangeHeader *header = self->header;
  const char *database, *software, *licence_number, *province = NULL;
  guint profile;

  if (!_riaya_exchange_reader_required (self, "database", &database, error) ||
      !_riaya_exchange_reader_code (self, "profile", RIAYA_CODE_PROFILE, &profile, error) ||
      !_riaya_exchange_reader_required (self, "software", &software, error))
    return FALSE;
  if (_riaya_exchange_reader_attr (self, "province") != NULL &&
      !_riaya_exchange_reader_province (self, "province", &province, error))
    return FALSE;
  licence_number = _riaya_exchange_reader_attr (self, "licence-number");

  header->database_uuid = g_strdup (database);
  header->profile = (RiayaProfile) profile;
  header->software = g_strdup (software);
  header->licence_number = g_strdup (licence_number);
  header->province_code = g_strdup (province);
  return TRUE;
}

static gboolean
created_end (RiayaExchangeReader  *self,
             const char           *text,
             GError              **error)
{
  g_autoptr(GDateTime) instant = g_date_time_new_from_iso8601 (text, NULL);

  if (instant == NULL || strlen (text) != 20 || g_date_time_get_year (instant) < 1900 ||
      g_date_time_get_year (instant) > 2100)
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_RANGE,
                                         /* Translators: %s is a date and time from the file */
                                         _("the time the file was made, “%s”, is not a time between 1900 and 2100."),
                                         text);

  self->header->created_at = g_strdup (text);
  return TRUE;
}

static gboolean
period_start (RiayaExchangeReader  *self,
              GError              **error)
{
  const char *from, *to;

  if (!_riaya_exchange_reader_date (self, "from", TRUE, &from, error) ||
      !_riaya_exchange_reader_date (self, "to", TRUE, &to, error))
    return FALSE;

  if (strcmp (from, to) > 0)
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_RANGE,
                                         /* Translators: both %s are dates */
                                         _("the period of the file ends on %2$s, before it begins on %1$s."),
                                         from, to);

  self->header->period_from = g_strdup (from);
  self->header->period_to = g_strdup (to);
  return TRUE;
}

static gboolean
sequence_end (RiayaExchangeReader  *self,
              const char           *text,
              GError              **error)
{
  gint64 sequence;

  if (!g_ascii_string_to_signed (text, 10, 0, G_MAXINT64, &sequence, NULL))
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_RANGE,
                                         /* Translators: %s is a number from the file */
                                         _("the sequence number of the file, %s, is negative or too large."),
                                         text);

  self->header->sequence = sequence;
  return TRUE;
}

static gboolean
counts_start (RiayaExchangeReader  *self,
              GError              **error)
{
  self->counts_line = _riaya_exchange_reader_line (self);

  for (guint k = 0; k < RIAYA_N_COUNTS; k++)
    if (!_riaya_exchange_reader_number (self, _riaya_exchange_count_names[k], 0, MAX_COUNT,
                                        &self->declared[k], error))
      return FALSE;

  self->counts_declared = TRUE;
  return TRUE;
}

static gboolean
digest_start (RiayaExchangeReader  *self,
              GError              **error)
{
  self->digest_line = _riaya_exchange_reader_line (self);
  return TRUE;
}

static gboolean
digest_end (RiayaExchangeReader  *self,
            const char           *text,
            GError              **error)
{
  if (strlen (text) != 64 || strspn (text, "0123456789abcdef") != 64)
    return _riaya_exchange_reader_fail (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA,
                                        _("the digest of the file is not 64 hexadecimal digits."));

  self->declared_digest = g_strdup (text);
  self->header->digest = g_strconcat ("sha256:", text, NULL);
  return TRUE;
}

static gboolean
body_start (RiayaExchangeReader  *self,
            GError              **error)
{
  if (!self->header_done)
    return _riaya_exchange_reader_fail (self, error, RIAYA_EXCHANGE_ERROR_SCHEMA,
                                        _("the body of the file comes before its header."));
  return TRUE;
}

const RiayaElementHandler _riaya_exchange_header_handlers[] = {
  { "riaya-exchange", "header", header_start, header_end, FALSE },
  { "riaya-exchange", "body", body_start, NULL, FALSE },
  { "header", "producer", producer_start, NULL, FALSE },
  { "header", "created", NULL, created_end, TRUE },
  { "header", "period", period_start, NULL, FALSE },
  { "header", "sequence", NULL, sequence_end, TRUE },
  { "header", "counts", counts_start, NULL, FALSE },
  { "header", "digest", digest_start, digest_end, TRUE },
  { NULL, NULL, NULL, NULL, FALSE },
};
