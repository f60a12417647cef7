/* exchange-merge.c — the store's side of importing a national file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * exchange-merge SOURCE TARGET reads every institution of SOURCE (a
 * database made by make-db) with its grants, visits, count on the last
 * day and movements of the last year, through the store's own reads, as
 * the bundles an exchange file would carry; then imports them all into
 * TARGET (a new national database) as one file, without XML: what the
 * store costs, apart from the reader. Prints, in µs:
 *   read      reading SOURCE into bundles
 *   import    the first import: everything new
 *   again     the same file again (already imported: rolled back)
 *   unchanged the next file with the same records (all unchanged, committed)
 * and the records counted.
 */

#include "config.h"

#include "riaya-store-exchange.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"
#include "riaya-store-residents.h"

static RiayaExchangeHeader *
make_header (RiayaStore *source,
             gint64      sequence)
{
  RiayaExchangeHeader *header = riaya_exchange_header_new ();

  header->database_uuid = g_strdup (riaya_store_get_database_uuid (source));
  header->profile = RIAYA_PROFILE_NATIONAL;
  header->sequence = sequence;
  header->digest = g_strdup_printf ("sha256:%064" G_GINT64_MODIFIER "x", sequence);
  header->file_name = g_strdup_printf ("riaya-national-bench-%" G_GINT64_FORMAT ".xml", sequence);
  return header;
}

static GPtrArray *
read_bundles (RiayaStore  *source,
              const char  *from,
              const char  *to,
              GError     **error)
{
  g_autoptr(GListModel) institutions = riaya_store_list_institutions (source, error);
  g_autoptr(GListModel) grants = NULL;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GHashTable) by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) bundles = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_institution_bundle_free);

  if (institutions == NULL)
    return NULL;
  grants = riaya_store_list_grants (source, NULL, error);
  if (grants == NULL)
    return NULL;
  visits = riaya_store_list_inspections (source, NULL, error);
  if (visits == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      RiayaInstitutionBundle *bundle = riaya_institution_bundle_new ();
      const char *uuid;
      g_autofree char *counted_on = NULL;

      bundle->institution = g_list_model_get_item (institutions, i);
      uuid = riaya_institution_get_uuid (bundle->institution);
      g_hash_table_insert (by_uuid, (gpointer) uuid, bundle);

      g_array_unref (bundle->count_lines);
      bundle->count_lines = riaya_store_get_counts (source, uuid, to, &counted_on, error);
      if (bundle->count_lines == NULL)
        return NULL;
      bundle->counted_on = g_steal_pointer (&counted_on);
      g_array_unref (bundle->movements);
      bundle->movements = riaya_store_get_movements (source, uuid, from, to, error);
      if (bundle->movements == NULL)
        return NULL;
      bundle->period_from = g_strdup (from);
      bundle->period_to = g_strdup (to);
      g_ptr_array_add (bundles, bundle);
    }

  for (guint i = 0; i < g_list_model_get_n_items (grants); i++)
    {
      RiayaGrant *grant = g_list_model_get_item (grants, i);
      RiayaInstitutionBundle *bundle = g_hash_table_lookup (by_uuid, riaya_grant_get_institution_uuid (grant));

      if (bundle != NULL)
        g_ptr_array_add (bundle->grants, grant);
      else
        g_object_unref (grant);
    }

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      RiayaInspection *visit = g_list_model_get_item (visits, i);
      RiayaInstitutionBundle *bundle = g_hash_table_lookup (by_uuid, riaya_inspection_get_institution_uuid (visit));

      if (bundle != NULL)
        g_ptr_array_add (bundle->inspections, visit);
      else
        g_object_unref (visit);
    }

  return g_steal_pointer (&bundles);
}

static gboolean
import_all (RiayaStore         *target,
            RiayaStore         *source,
            gint64              sequence,
            GPtrArray          *bundles,
            RiayaImportSummary *summary,
            gint64             *elapsed,
            GError            **error)
{
  g_autoptr(RiayaExchangeHeader) header = make_header (source, sequence);
  g_autoptr(RiayaStoreImport) import = NULL;
  gint64 start = g_get_monotonic_time ();

  import = riaya_store_import_begin (target, header, FALSE, FALSE, error);
  if (import == NULL)
    return FALSE;
  for (guint i = 0; i < bundles->len; i++)
    if (!riaya_store_import_add (import, g_ptr_array_index (bundles, i), error))
      return FALSE;
  if (!riaya_store_import_commit (import, summary, error))
    return FALSE;

  *elapsed = g_get_monotonic_time () - start;
  return TRUE;
}

static void
print_summary (const char               *what,
               gint64                    elapsed,
               const RiayaImportSummary *s)
{
  g_print ("%s %" G_GINT64_FORMAT " new %u changed %u unchanged %u conflicts %u ignored %u\n",
           what, elapsed, s->new_records, s->changed, s->unchanged, s->conflicts, s->ignored);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RiayaStore) source = NULL;
  g_autoptr(RiayaStore) target = NULL;
  g_autoptr(GPtrArray) bundles = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *to = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *from = NULL;
  RiayaImportSummary summary;
  gint64 start, elapsed;
  guint records = 0;

  if (argc != 3 || g_file_test (argv[2], G_FILE_TEST_EXISTS))
    {
      g_printerr ("usage: exchange-merge SOURCE NEW-TARGET\n");
      return 2;
    }

  {
    g_autoptr(GDateTime) year_ago = g_date_time_add_years (now, -1);
    from = g_date_time_format (year_ago, "%Y-%m-%d");
  }

  source = riaya_store_open (argv[1], &error);
  if (source == NULL)
    goto failed;
  target = riaya_store_open (argv[2], &error);
  if (target == NULL || !riaya_store_set_profile (target, RIAYA_PROFILE_NATIONAL, NULL, &error))
    goto failed;

  start = g_get_monotonic_time ();
  bundles = read_bundles (source, from, to, &error);
  if (bundles == NULL)
    goto failed;
  for (guint i = 0; i < bundles->len; i++)
    records += riaya_institution_bundle_count_records (g_ptr_array_index (bundles, i));
  g_print ("read %" G_GINT64_FORMAT " institutions %u records %u\n",
           g_get_monotonic_time () - start, bundles->len, records);

  if (!import_all (target, source, 1, bundles, &summary, &elapsed, &error))
    goto failed;
  print_summary ("import", elapsed, &summary);
  if (!import_all (target, source, 1, bundles, &summary, &elapsed, &error))
    goto failed;
  print_summary ("again", elapsed, &summary);
  if (!import_all (target, source, 2, bundles, &summary, &elapsed, &error))
    goto failed;
  print_summary ("unchanged", elapsed, &summary);

  return 0;

failed:
  g_printerr ("exchange-merge: %s\n", error->message);
  return 1;
}
