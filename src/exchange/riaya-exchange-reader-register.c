/* riaya-exchange-reader-register.c — <register>: residents and their stays
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only in a file exported --with-register (exchange.md "Content"). These
 * are residents' personal data (decree 2.19.693 art. 11, Law 09.08): no
 * message of the reader quotes them, only the field a problem is in.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-exchange-reader-private.h"

/* The register numbers of one institution: far above any real register. */
#define MAX_REGISTER_NUMBER G_GINT64_CONSTANT (10000000)

/* A new institution's register: its residents may be another's too. */
static gboolean
register_start (RiayaExchangeReader  *self,
                GError              **error)
{
  if (self->register_residents != NULL)
    g_hash_table_remove_all (self->register_residents);
  return TRUE;
}

static gboolean
resident_start (RiayaExchangeReader  *self,
                GError              **error)
{
  const char *uuid, *birth_date;
  guint sex;

  if (!_riaya_exchange_reader_resident_uuid (self, &uuid, error) ||
      !_riaya_exchange_reader_code (self, "sex", RIAYA_CODE_SEX, &sex, error) ||
      !_riaya_exchange_reader_date (self, "birth-date", TRUE, &birth_date, error))
    return FALSE;

  g_clear_object (&self->resident);
  self->resident = riaya_resident_new ();
  riaya_resident_set_uuid (self->resident, uuid);
  riaya_resident_set_sex (self->resident, (RiayaSex) sex);
  riaya_resident_set_field (self->resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, birth_date);
  self->seen[RIAYA_COUNT_RESIDENTS]++;
  return TRUE;
}

static gboolean
resident_end (RiayaExchangeReader  *self,
              const char           *text,
              GError              **error)
{
  g_ptr_array_add (self->bundle->residents, g_steal_pointer (&self->resident));
  return TRUE;
}

/* <first-name>, <cnie>…: the element is named as the field is
 * (riaya_resident_field_to_name). */
static gboolean
field_end (RiayaExchangeReader  *self,
           const char           *text,
           GError              **error)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (self->xml);

  for (guint f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
    if (g_strcmp0 (riaya_resident_field_to_name ((RiayaResidentField) f), name) == 0)
      {
        riaya_resident_set_field (self->resident, (RiayaResidentField) f, text);
        return TRUE;
      }

  return TRUE;
}

static gboolean
stay_start (RiayaExchangeReader  *self,
            GError              **error)
{
  const char *uuid, *admitted, *exited, *transfer_from, *transfer_to, *destination;
  guint category, referral, reason = RIAYA_EXIT_REASON_OTHER;
  gint64 number;
  g_autoptr(RiayaStay) stay = NULL;

  if (!_riaya_exchange_reader_new_uuid (self, "uuid", &uuid, error) ||
      !_riaya_exchange_reader_number (self, "register-number", 1, MAX_REGISTER_NUMBER, &number, error) ||
      !_riaya_exchange_reader_code (self, "category", RIAYA_CODE_CATEGORY, &category, error) ||
      !_riaya_exchange_reader_date (self, "admitted", TRUE, &admitted, error) ||
      !_riaya_exchange_reader_code (self, "referral", RIAYA_CODE_REFERRAL, &referral, error) ||
      !_riaya_exchange_reader_date (self, "exited", FALSE, &exited, error))
    return FALSE;
  if (_riaya_exchange_reader_attr (self, "exit-reason") != NULL &&
      !_riaya_exchange_reader_code (self, "exit-reason", RIAYA_CODE_EXIT_REASON, &reason, error))
    return FALSE;
  transfer_from = _riaya_exchange_reader_attr (self, "transfer-from");
  transfer_to = _riaya_exchange_reader_attr (self, "transfer-to");
  destination = _riaya_exchange_reader_attr (self, "destination-licence");

  stay = riaya_stay_new (self->resident);
  riaya_stay_set_uuid (stay, uuid);
  riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (self->bundle->institution));
  riaya_stay_set_register_number (stay, (guint) number);
  riaya_stay_set_category (stay, (RiayaCategory) category);
  riaya_stay_set_admitted_on (stay, admitted);
  riaya_stay_set_referral (stay, (RiayaReferral) referral);
  riaya_stay_set_exited_on (stay, exited);
  if (exited != NULL)
    riaya_stay_set_exit_reason (stay, (RiayaExitReason) reason);
  riaya_stay_set_transfer_from_uuid (stay, transfer_from);
  riaya_stay_set_transfer_to_uuid (stay, transfer_to);
  riaya_stay_set_destination_licence (stay, destination);

  g_ptr_array_add (self->bundle->stays, g_steal_pointer (&stay));
  self->seen[RIAYA_COUNT_STAYS]++;
  return TRUE;
}

const RiayaElementHandler _riaya_exchange_register_handlers[] = {
  { "institution", "register", register_start, NULL, FALSE },
  { "register", "resident", resident_start, resident_end, FALSE },
  { "resident", "first-name", NULL, field_end, TRUE },
  { "resident", "last-name", NULL, field_end, TRUE },
  { "resident", "birth-place", NULL, field_end, TRUE },
  { "resident", "cnie", NULL, field_end, TRUE },
  { "resident", "family-status", NULL, field_end, TRUE },
  { "resident", "health-status", NULL, field_end, TRUE },
  { "resident", "guardian-name", NULL, field_end, TRUE },
  { "resident", "guardian-cnie", NULL, field_end, TRUE },
  { "resident", "guardian-address", NULL, field_end, TRUE },
  { "resident", "guardian-phone", NULL, field_end, TRUE },
  { "resident", "guardian-occupation", NULL, field_end, TRUE },
  { "resident", "guardian-situation", NULL, field_end, TRUE },
  { "resident", "stay", stay_start, NULL, FALSE },
  { NULL, NULL, NULL, NULL, FALSE },
};
