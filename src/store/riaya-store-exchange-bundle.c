/* riaya-store-exchange-bundle.c — what a file carries of one institution,
 * and who made the file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain data handed from the exchange reader to the store's import
 * (riaya-store-exchange.h): no SQL here.
 */

#include "config.h"

#include "riaya-store-exchange.h"

RiayaInstitutionBundle *
riaya_institution_bundle_new (void)
{
  RiayaInstitutionBundle *bundle = g_new0 (RiayaInstitutionBundle, 1);

  bundle->grants = g_ptr_array_new_with_free_func (g_object_unref);
  bundle->inspections = g_ptr_array_new_with_free_func (g_object_unref);
  bundle->count_lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  bundle->movements = g_array_new (FALSE, TRUE, sizeof (RiayaMovementLine));
  bundle->residents = g_ptr_array_new_with_free_func (g_object_unref);
  bundle->stays = g_ptr_array_new_with_free_func (g_object_unref);

  return bundle;
}

void
riaya_institution_bundle_free (RiayaInstitutionBundle *bundle)
{
  if (bundle == NULL)
    return;

  g_clear_object (&bundle->institution);
  g_clear_pointer (&bundle->grants, g_ptr_array_unref);
  g_clear_pointer (&bundle->inspections, g_ptr_array_unref);
  g_free (bundle->counted_on);
  g_clear_pointer (&bundle->count_lines, g_array_unref);
  g_free (bundle->period_from);
  g_free (bundle->period_to);
  g_clear_pointer (&bundle->movements, g_array_unref);
  g_clear_pointer (&bundle->residents, g_ptr_array_unref);
  g_clear_pointer (&bundle->stays, g_ptr_array_unref);
  g_free (bundle);
}

static guint
model_length (GListModel *model)
{
  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

guint
riaya_institution_bundle_count_records (RiayaInstitutionBundle *bundle)
{
  guint records = 0;

  g_return_val_if_fail (bundle != NULL, 0);

  if (bundle->institution != NULL)
    {
      records++;
      records += model_length (riaya_institution_get_events (bundle->institution));
      records += model_length (riaya_institution_get_capacity_lines (bundle->institution));
    }

  if (bundle->grants != NULL)
    for (guint i = 0; i < bundle->grants->len; i++)
      records += 1 + model_length (riaya_grant_get_tranches (g_ptr_array_index (bundle->grants, i)));

  if (bundle->inspections != NULL)
    for (guint i = 0; i < bundle->inspections->len; i++)
      records += 1 + model_length (riaya_inspection_get_actions (g_ptr_array_index (bundle->inspections, i)));

  /* One <resident-count> element, whatever its lines; each admission or
   * exit line is one of "movements" (docs/exchange-format.md). */
  if (bundle->counted_on != NULL)
    records++;
  if (bundle->movements != NULL)
    records += bundle->movements->len;
  if (bundle->residents != NULL)
    records += bundle->residents->len;
  if (bundle->stays != NULL)
    records += bundle->stays->len;

  return records;
}

RiayaExchangeHeader *
riaya_exchange_header_new (void)
{
  return g_new0 (RiayaExchangeHeader, 1);
}

RiayaExchangeHeader *
riaya_exchange_header_copy (const RiayaExchangeHeader *header)
{
  RiayaExchangeHeader *copy = g_new0 (RiayaExchangeHeader, 1);

  copy->database_uuid = g_strdup (header->database_uuid);
  copy->profile = header->profile;
  copy->licence_number = g_strdup (header->licence_number);
  copy->province_code = g_strdup (header->province_code);
  copy->software = g_strdup (header->software);
  copy->sequence = header->sequence;
  copy->created_at = g_strdup (header->created_at);
  copy->period_from = g_strdup (header->period_from);
  copy->period_to = g_strdup (header->period_to);
  copy->digest = g_strdup (header->digest);
  copy->file_name = g_strdup (header->file_name);
  return copy;
}

void
riaya_exchange_header_free (RiayaExchangeHeader *header)
{
  if (header == NULL)
    return;

  g_free (header->database_uuid);
  g_free (header->licence_number);
  g_free (header->province_code);
  g_free (header->software);
  g_free (header->created_at);
  g_free (header->period_from);
  g_free (header->period_to);
  g_free (header->digest);
  g_free (header->file_name);
  g_free (header);
}
