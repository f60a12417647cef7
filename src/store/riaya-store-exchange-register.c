/* riaya-store-exchange-register.c — a file's register, into a director's database
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file exported --with-register carries the nominative register (Law
 * 65.15 art. 28, decree 2.19.693 art. 11): it is taken only by a
 * director's database, which keeps registers; anywhere else its people
 * and stays are ignored, and counted as such (Law 09-08: no personal data
 * where it is not needed).
 *
 * The register only grows, as on paper: a stay the database lacks is
 * admitted with its UUID and register number, through the admission's own
 * checks (_riaya_store_check_admission: one place at a time, the
 * category, the number not used) and writes, and its exit recorded when
 * the file has one; an exit the file records of a stay still open here
 * is recorded. Nothing recorded here is overwritten: a person whose
 * fields differ, a stay whose exit differs, are kept as they are and
 * counted as ignored. A transfer between two institutions of this
 * database links its two stays once both are here, whichever came first.
 * The counts are recomputed once per institution, from the earliest date
 * the file touched.
 */

#include "config.h"

#include "riaya-store-exchange-private.h"

/* The person as recorded here, or NULL. */
static RiayaResident *
stored_person (RiayaStore *self,
               const char *uuid)
{
  g_autoptr(GError) error = NULL;

  return riaya_store_get_resident (self, uuid, &error);
}

static RiayaStay *
stored_stay (RiayaStore *self,
             const char *uuid)
{
  g_autoptr(GError) error = NULL;

  return uuid != NULL ? riaya_store_get_stay (self, uuid, &error) : NULL;
}

static gboolean
stay_exists (RiayaStore *self,
             const char *uuid)
{
  g_autoptr(RiayaStay) stay = stored_stay (self, uuid);

  return stay != NULL;
}

static int
compare_stays (gconstpointer a,
               gconstpointer b)
{
  RiayaStay *x = *(RiayaStay **) a;
  RiayaStay *y = *(RiayaStay **) b;
  int by_date = g_strcmp0 (riaya_stay_get_admitted_on (x), riaya_stay_get_admitted_on (y));

  return by_date != 0 ? by_date : g_strcmp0 (riaya_stay_get_uuid (x), riaya_stay_get_uuid (y));
}

/* The other half of a transfer, once both stays are here. */
static gboolean
link_transfer (RiayaStore  *self,
               const char  *from_uuid,
               const char  *to_uuid,
               GError     **error)
{
  return _riaya_store_run_with_two (self,
                                    "UPDATE stays SET transfer_to_uuid = ?2 WHERE uuid = ?1"
                                    " AND transfer_to_uuid IS NULL AND exit_reason = 'transfer'",
                                    from_uuid, to_uuid, error) &&
         _riaya_store_run_with_two (self,
                                    "UPDATE stays SET transfer_from_uuid = ?1 WHERE uuid = ?2"
                                    " AND transfer_from_uuid IS NULL",
                                    from_uuid, to_uuid, error);
}

static gboolean
record_exit (RiayaStore  *self,
             RiayaStay   *incoming,
             GError     **error)
{
  g_autoptr(RiayaStay) left = stored_stay (self, riaya_stay_get_uuid (incoming));
  const char *to = riaya_stay_get_transfer_to_uuid (incoming);
  gboolean linked = to != NULL && stay_exists (self, to);

  g_assert (left != NULL);
  return _riaya_store_write_exit (self, left, riaya_stay_get_exited_on (incoming),
                                  riaya_stay_get_exit_reason (incoming), linked ? to : NULL,
                                  riaya_stay_get_destination_licence (incoming), error) &&
         (!linked || link_transfer (self, riaya_stay_get_uuid (incoming), to, error));
}

static gboolean
admit (RiayaStore        *self,
       RiayaStay         *incoming,
       RiayaInstitution  *institution,
       const char        *now,
       GError           **error)
{
  g_autoptr(RiayaResident) person = stored_person (self, riaya_resident_get_uuid (riaya_stay_get_resident (incoming)));
  g_autoptr(RiayaStay) stay = NULL;
  g_autoptr(RiayaResident) stored = NULL;
  g_autoptr(GHashTable) firsts = NULL;
  const char *from = riaya_stay_get_transfer_from_uuid (incoming);
  const char *to = riaya_stay_get_transfer_to_uuid (incoming);
  gboolean from_here = from != NULL && stay_exists (self, from);
  guint number = 0;

  /* A person known here keeps the fields recorded here. */
  stay = riaya_stay_new (person != NULL ? person : riaya_stay_get_resident (incoming));
  riaya_stay_set_uuid (stay, riaya_stay_get_uuid (incoming));
  riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (institution));
  riaya_stay_set_register_number (stay, riaya_stay_get_register_number (incoming));
  riaya_stay_set_category (stay, riaya_stay_get_category (incoming));
  riaya_stay_set_admitted_on (stay, riaya_stay_get_admitted_on (incoming));
  riaya_stay_set_referral (stay, riaya_stay_get_referral (incoming));
  if (from_here)
    riaya_stay_set_transfer_from_uuid (stay, from);

  /* The other stay of a transfer, open here until its exit is recorded,
   * does not make this one overlap. The producer's figures stand: over
   * capacity, or like another person, it was recorded so there. */
  if (!_riaya_store_check_admission (self, stay, institution,
                                     RIAYA_ADMIT_ALLOW_OVER_CAPACITY | RIAYA_ADMIT_NOT_DUPLICATE,
                                     from_here ? from : (stay_exists (self, to) ? to : NULL),
                                     &number, &stored, &firsts, error) ||
      !_riaya_store_write_admission (self, stay, institution, number, stored, firsts, now, error))
    return FALSE;

  return !from_here || link_transfer (self, from, riaya_stay_get_uuid (stay), error);
}

static const char *
earlier (const char *a,
         const char *b)
{
  return a == NULL || (b != NULL && g_strcmp0 (b, a) < 0) ? b : a;
}

static gboolean
merge_stays (RiayaStoreImport        *import,
             RiayaInstitutionBundle  *bundle,
             RiayaInstitution        *institution,
             const char             **from,
             GError                 **error)
{
  RiayaStore *self = import->store;
  g_autoptr(GPtrArray) stays = g_ptr_array_sized_new (bundle->stays->len);
  g_autofree char *now = _riaya_store_now ();

  for (guint i = 0; i < bundle->stays->len; i++)
    g_ptr_array_add (stays, g_ptr_array_index (bundle->stays, i));
  g_ptr_array_sort (stays, compare_stays);

  for (guint i = 0; i < stays->len; i++)
    {
      RiayaStay *incoming = g_ptr_array_index (stays, i);
      g_autoptr(RiayaStay) local = stored_stay (self, riaya_stay_get_uuid (incoming));
      const char *exited = riaya_stay_get_exited_on (incoming);

      if (local == NULL)
        {
          if (!admit (self, incoming, institution, now, error) ||
              (exited != NULL && !record_exit (self, incoming, error)))
            return FALSE;
          *from = earlier (*from, riaya_stay_get_admitted_on (incoming));
          _riaya_import_count (import, RIAYA_MERGE_NEW);
        }
      else if (riaya_stay_get_exited_on (local) == NULL && exited != NULL)
        {
          if (!record_exit (self, incoming, error))
            return FALSE;
          *from = earlier (*from, exited);
          _riaya_import_count (import, RIAYA_MERGE_CHANGED);
        }
      else if (g_strcmp0 (riaya_stay_get_exited_on (local), exited) == 0 &&
               (exited == NULL || riaya_stay_get_exit_reason (local) == riaya_stay_get_exit_reason (incoming)))
        _riaya_import_count (import, RIAYA_MERGE_UNCHANGED);
      else
        import->summary.ignored++;
    }

  return TRUE;
}

gboolean
_riaya_import_add_register (RiayaStoreImport        *import,
                            RiayaInstitutionBundle  *bundle,
                            const char              *institution_uuid,
                            gboolean                 frozen,
                            GError                 **error)
{
  RiayaStore *self = import->store;
  g_autoptr(RiayaInstitution) institution = NULL;
  guint n_residents = bundle->residents != NULL ? bundle->residents->len : 0;
  guint n_stays = bundle->stays != NULL ? bundle->stays->len : 0;
  gboolean deferred = self->counts_deferred;
  const char *from = NULL;
  gboolean ok;

  if (n_residents + n_stays == 0)
    return TRUE;

  if (!import->keeps_registers || frozen)
    {
      import->summary.ignored += n_residents + n_stays;
      return TRUE;
    }

  institution = riaya_store_get_institution (self, institution_uuid, error);
  if (institution == NULL)
    return FALSE;

  /* People first, as the database holds them before their stays. */
  for (guint i = 0; i < n_residents; i++)
    {
      RiayaResident *incoming = g_ptr_array_index (bundle->residents, i);
      g_autoptr(RiayaResident) person = stored_person (self, riaya_resident_get_uuid (incoming));
      g_auto(GStrv) changed = NULL;

      if (person == NULL)
        _riaya_import_count (import, RIAYA_MERGE_NEW);
      else if ((changed = riaya_resident_changed_fields (person, incoming)) == NULL || changed[0] == NULL)
        _riaya_import_count (import, RIAYA_MERGE_UNCHANGED);
      else
        import->summary.ignored++;
    }

  /* One recomputation of the counts for the whole register. */
  _riaya_store_set_counts_deferred (self, TRUE);
  ok = merge_stays (import, bundle, institution, &from, error) &&
       (from == NULL || _riaya_store_recompute_counts (self, institution_uuid, from, error));
  _riaya_store_set_counts_deferred (self, deferred);

  return ok;
}
