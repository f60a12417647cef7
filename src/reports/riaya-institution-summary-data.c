/* riaya-institution-summary-data.c — what the summary says, read from the store
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read once, through the store's public API, for one institution on one
 * date: the institution with its histories, the names of its province
 * and region, the latest count of the people present (numbers by
 * category, sex and age band, never a person), its grants up to the
 * year of the date and its visits.
 */

#include "config.h"

#include "riaya-institution-summary-private.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"
#include "riaya-store-residents.h"

void
_riaya_summary_data_clear (RiayaSummaryData *data)
{
  g_clear_pointer (&data->on, g_free);
  g_clear_object (&data->institution);
  g_clear_pointer (&data->region, g_free);
  g_clear_pointer (&data->province, g_free);
  g_clear_pointer (&data->counts, g_array_unref);
  g_clear_pointer (&data->counted_on, g_free);
  g_clear_pointer (&data->grants, g_ptr_array_unref);
  g_clear_pointer (&data->visits, g_ptr_array_unref);
  g_clear_pointer (&data->next_visit, g_free);
}

static char *
dup_territory_name (RiayaStore *store,
                    const char *code)
{
  RiayaTerritory *territory = code != NULL ? riaya_store_lookup_territory (store, code) : NULL;

  return g_strdup (territory != NULL ? riaya_territory_get_display_name (territory) : code);
}

static gboolean
read_grants (RiayaSummaryData  *data,
             RiayaStore        *store,
             GError           **error)
{
  RiayaGrantFilter filter = RIAYA_GRANT_FILTER_INIT;
  g_autoptr(GListModel) grants = NULL;
  guint year = (guint) g_ascii_strtoull (data->on, NULL, 10);

  filter.institution_uuid = riaya_institution_get_uuid (data->institution);
  grants = riaya_store_list_grants (store, &filter, error);
  if (grants == NULL)
    return FALSE;

  /* Newest year first, as the store gives them; none granted after the
   * year of the date. */
  data->grants = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (grants); i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (grants, i);

      if (riaya_grant_get_year (grant) <= year)
        g_ptr_array_add (data->grants, g_steal_pointer (&grant));
    }

  return TRUE;
}

static gboolean
read_visits (RiayaSummaryData  *data,
             RiayaStore        *store,
             GError           **error)
{
  RiayaInspectionFilter filter = RIAYA_INSPECTION_FILTER_INIT;
  g_autoptr(GListModel) visits = NULL;
  guint n;

  filter.institution_uuid = riaya_institution_get_uuid (data->institution);
  visits = riaya_store_list_inspections (store, &filter, error);
  if (visits == NULL)
    return FALSE;

  /* The store gives them in date order: the newest done first here, and
   * the first still to come on the date — as it stood then, even if it
   * has been done since. Never an unannounced visit: a page that may be
   * handed to the institution must not announce it. */
  data->visits = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (visits);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i - 1);
      const char *done_on = riaya_inspection_get_done_on (visit);
      const char *planned_on = riaya_inspection_get_planned_on (visit);

      if (done_on != NULL && g_strcmp0 (done_on, data->on) <= 0)
        g_ptr_array_add (data->visits, g_steal_pointer (&visit));
      else if (g_strcmp0 (planned_on, data->on) >= 0 &&
               riaya_inspection_get_kind (visit) != RIAYA_VISIT_KIND_UNANNOUNCED)
        {
          g_free (data->next_visit);
          data->next_visit = g_strdup (planned_on);
        }
    }

  return TRUE;
}

gboolean
_riaya_summary_data_load (RiayaSummaryData  *data,
                          RiayaStore        *store,
                          const char        *id,
                          const char        *on,
                          GError           **error)
{
  g_autofree char *region_code = NULL;

  data->on = g_strdup (on);
  data->institution = riaya_store_get_institution (store, id, error);
  if (data->institution == NULL)
    return FALSE;

  region_code = riaya_institution_dup_region_code (data->institution);
  data->region = dup_territory_name (store, region_code);
  data->province = dup_territory_name (store, riaya_institution_get_province_code (data->institution));

  data->counts = riaya_store_get_counts (store, riaya_institution_get_uuid (data->institution), on,
                                         &data->counted_on, error);
  if (data->counts == NULL)
    return FALSE;

  return read_grants (data, store, error) && read_visits (data, store, error);
}
