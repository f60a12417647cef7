/* riaya-exchange-writer-grants.c — the <grant> elements of an institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Entraide Nationale's grants of the years of the period (domain
 * brief §5), with their tranches and the justification the association
 * owes. A grant deleted during the period travels marked deleted, so the
 * importer hides its copy too. Amounts are integer centimes.
 */

#include "config.h"

#include "riaya-exchange-writer-private.h"

typedef struct
{
  const char  *attribute;
  const char *(*get) (RiayaGrant *self);
} DateField;

static const DateField justification_fields[] = {
  { "due",      riaya_grant_get_justification_due },
  { "received", riaya_grant_get_justification_received },
  { "approved", riaya_grant_get_justification_approved },
  { "rejected", riaya_grant_get_justification_rejected },
};

static void
write_justification (RiayaXmlOut *out,
                     RiayaGrant  *grant)
{
  gboolean any = riaya_grant_get_rejection_reason (grant) != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (justification_fields); i++)
    any |= justification_fields[i].get (grant) != NULL;
  if (!any)
    return;

  _riaya_xml_start (out, "justification");
  for (guint i = 0; i < G_N_ELEMENTS (justification_fields); i++)
    _riaya_xml_attr (out, justification_fields[i].attribute, justification_fields[i].get (grant));
  _riaya_xml_text_element (out, "rejection-reason", riaya_grant_get_rejection_reason (grant));
  _riaya_xml_end (out);
}

static void
write_grant (RiayaExportContext *context,
             RiayaExportRecord  *record)
{
  RiayaXmlOut *out = &context->out;
  RiayaGrant *grant = RIAYA_GRANT (record->record);
  GListModel *tranches = riaya_grant_get_tranches (grant);

  _riaya_xml_start (out, "grant");
  _riaya_xml_attr (out, "uuid", riaya_grant_get_uuid (grant));
  _riaya_xml_attr_int (out, "year", riaya_grant_get_year (grant));
  _riaya_xml_attr_int (out, "amount-centimes", riaya_grant_get_amount (grant));
  _riaya_xml_attr (out, "kind", riaya_grant_kind_to_code (riaya_grant_get_kind (grant)));
  _riaya_xml_attr_text (out, "basis", riaya_grant_get_basis (grant));
  _riaya_xml_attr (out, "decided", riaya_grant_get_decided_on (grant));
  _riaya_xml_attr_text (out, "convention-ref", riaya_grant_get_convention_ref (grant));
  _riaya_xml_attr (out, "convention-date", riaya_grant_get_convention_date (grant));
  _riaya_xml_attr (out, "updated", record->updated_at);
  _riaya_xml_attr (out, "deleted", record->deleted_at);

  for (guint i = 0; i < g_list_model_get_n_items (tranches); i++)
    {
      g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, i);

      _riaya_xml_start (out, "tranche");
      _riaya_xml_attr (out, "uuid", riaya_grant_tranche_get_uuid (tranche));
      _riaya_xml_attr (out, "due", riaya_grant_tranche_get_due_on (tranche));
      _riaya_xml_attr_int (out, "amount-centimes", riaya_grant_tranche_get_amount (tranche));
      _riaya_xml_attr (out, "paid", riaya_grant_tranche_get_paid_on (tranche));
      _riaya_xml_end (out);
      context->counts.tranches++;
    }

  write_justification (out, grant);
  _riaya_xml_end (out);
  context->counts.grants++;
  _riaya_exchange_note_sent (context, RIAYA_RECORD_GRANT, riaya_grant_get_uuid (grant),
                             riaya_grant_dup_content_digest (grant));
}

gboolean
_riaya_exchange_write_grants (RiayaExportContext  *context,
                              RiayaExportItem     *item,
                              GError             **error)
{
  g_autoptr(GPtrArray) grants = NULL;

  grants = riaya_store_export_list_grants (context->store, riaya_institution_get_uuid (item->institution),
                                           context->from_year, context->to_year, context->options->from, error);
  if (grants == NULL)
    return FALSE;

  for (guint i = 0; i < grants->len; i++)
    write_grant (context, g_ptr_array_index (grants, i));

  return TRUE;
}
