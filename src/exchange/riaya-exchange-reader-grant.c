/* riaya-exchange-reader-grant.c — <grant>, its tranches and justification
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amounts are integer centimes (riaya-money.h), never above
 * RIAYA_MONEY_MAX. The rules of a grant itself (circular 7/2003, the
 * order of its dates) are the store's to apply when it is imported.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-exchange-reader-private.h"

static gboolean
grant_start (RiayaExchangeReader  *self,
             GError              **error)
{
  const char *uuid, *decided, *convention_date, *updated, *deleted;
  gint64 year, amount;
  guint kind;
  g_autoptr(RiayaGrant) grant = NULL;

  if (!_riaya_exchange_reader_new_uuid (self, "uuid", &uuid, error) ||
      !_riaya_exchange_reader_number (self, "year", 1900, 2100, &year, error) ||
      !_riaya_exchange_reader_number (self, "amount-centimes", 0, RIAYA_MONEY_MAX, &amount, error) ||
      !_riaya_exchange_reader_code (self, "kind", RIAYA_CODE_GRANT_KIND, &kind, error) ||
      !_riaya_exchange_reader_date (self, "decided", FALSE, &decided, error) ||
      !_riaya_exchange_reader_date (self, "convention-date", FALSE, &convention_date, error) ||
      !_riaya_exchange_reader_instant (self, "updated", TRUE, &updated, error) ||
      !_riaya_exchange_reader_instant (self, "deleted", FALSE, &deleted, error))
    return FALSE;

  grant = riaya_grant_new (riaya_institution_get_uuid (self->bundle->institution), (guint) year, amount);
  riaya_grant_set_uuid (grant, uuid);
  riaya_grant_set_kind (grant, (RiayaGrantKind) kind);
  riaya_grant_set_basis (grant, _riaya_exchange_reader_attr (self, "basis"));
  riaya_grant_set_decided_on (grant, decided);
  riaya_grant_set_convention_ref (grant, _riaya_exchange_reader_attr (self, "convention-ref"));
  riaya_grant_set_convention_date (grant, convention_date);
  _riaya_exchange_reader_keep (G_OBJECT (grant), RIAYA_EXCHANGE_DATA_UPDATED, updated);
  _riaya_exchange_reader_keep (G_OBJECT (grant), RIAYA_EXCHANGE_DATA_DELETED, deleted);

  g_clear_object (&self->grant);
  self->grant = g_steal_pointer (&grant);
  self->seen[RIAYA_COUNT_GRANTS]++;
  return TRUE;
}

static gboolean
grant_end (RiayaExchangeReader  *self,
           const char           *text,
           GError              **error)
{
  g_ptr_array_add (self->bundle->grants, g_steal_pointer (&self->grant));
  return TRUE;
}

static gboolean
tranche_start (RiayaExchangeReader  *self,
               GError              **error)
{
  const char *uuid, *due, *paid;
  gint64 amount;
  g_autoptr(RiayaGrantTranche) tranche = NULL;

  if (!_riaya_exchange_reader_new_uuid (self, "uuid", &uuid, error) ||
      !_riaya_exchange_reader_date (self, "due", TRUE, &due, error) ||
      !_riaya_exchange_reader_number (self, "amount-centimes", 0, RIAYA_MONEY_MAX, &amount, error) ||
      !_riaya_exchange_reader_date (self, "paid", FALSE, &paid, error))
    return FALSE;

  tranche = riaya_grant_tranche_new (due, amount);
  riaya_grant_tranche_set_uuid (tranche, uuid);
  riaya_grant_tranche_set_paid_on (tranche, paid);
  riaya_grant_add_tranche (self->grant, tranche);
  self->seen[RIAYA_COUNT_TRANCHES]++;
  return TRUE;
}

static gboolean
justification_start (RiayaExchangeReader  *self,
                     GError              **error)
{
  const char *due, *received, *approved, *rejected;

  if (!_riaya_exchange_reader_date (self, "due", FALSE, &due, error) ||
      !_riaya_exchange_reader_date (self, "received", FALSE, &received, error) ||
      !_riaya_exchange_reader_date (self, "approved", FALSE, &approved, error) ||
      !_riaya_exchange_reader_date (self, "rejected", FALSE, &rejected, error))
    return FALSE;

  riaya_grant_set_justification_due (self->grant, due);
  riaya_grant_set_justification_received (self->grant, received);
  riaya_grant_set_justification_approved (self->grant, approved);
  riaya_grant_set_justification_rejected (self->grant, rejected);
  return TRUE;
}

static gboolean
rejection_reason_end (RiayaExchangeReader  *self,
                      const char           *text,
                      GError              **error)
{
  riaya_grant_set_rejection_reason (self->grant, text);
  return TRUE;
}

const RiayaElementHandler _riaya_exchange_grant_handlers[] = {
  { "institution", "grant", grant_start, grant_end, FALSE },
  { "grant", "tranche", tranche_start, NULL, FALSE },
  { "grant", "justification", justification_start, NULL, FALSE },
  { "justification", "rejection-reason", NULL, rejection_reason_end, TRUE },
  { NULL, NULL, NULL, NULL, FALSE },
};
