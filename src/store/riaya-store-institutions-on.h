/* riaya-store-institutions-on.h — the registry as it stood on a date
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The national tables look at every institution on one date: its licence
 * status, its places in force and its staff. riaya_store_list_institutions()
 * builds complete objects with their whole history, which the editors
 * need; a report at ten times the national registry (13,100 institutions)
 * cannot spend that long, so it reads these plain records instead, each
 * computed by the same rules of core (riaya_licence_status_after,
 * riaya_capacity_lines_on's "latest line wins").
 */

#pragma once

#include "riaya-store.h"

G_BEGIN_DECLS

/* One institution on a date. Strings are owned by the record. */
typedef struct
{
  char                 *uuid;
  char                 *licence_number;
  char                 *licence_date;
  char                 *name_ar;
  char                 *name_fr;
  char                 *province_code;
  char                 *director;      /* NULL when none is recorded */
  RiayaLegalBasis       legal_basis;
  RiayaInstitutionType  type;
  /* The licence's status after its events dated on or before the date. */
  RiayaLicenceStatus    status;
  /* The places in force on the date per category and sex (0 where no
   * line is), as riaya_occupancy_groups_for_places() takes them. */
  guint                 places[RIAYA_N_CATEGORIES][RIAYA_N_SEXES];
  /* Staff by RiayaStaffRole: persons, or hours a year. */
  guint                 staff[RIAYA_N_STAFF_ROLES];
  /* The people present by the latest count on or before the date, and
   * those of them under six: @counted is FALSE when there is no such
   * count (unknown, not nobody). */
  gboolean              counted;
  RiayaPresence         present;
  guint                 under_six;
} RiayaInstitutionOn;

void        riaya_institution_on_free             (RiayaInstitutionOn *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaInstitutionOn, riaya_institution_on_free)

/* The name in the interface language, else the other one, as
 * riaya_institution_get_display_name(). (transfer none) */
const char *riaya_institution_on_get_display_name (const RiayaInstitutionOn *item);

/* Every institution not deleted, in licence-number order, as it stood on
 * @on (ISO date): from the state the store keeps after each one's latest
 * record when @on is on or after it (today, nearly always), else from
 * its histories. (transfer full) GPtrArray of RiayaInstitutionOn. */
GPtrArray  *riaya_store_list_institutions_on      (RiayaStore         *self,
                                                   const char         *on,
                                                   GError            **error);

/* What riaya_store_list_institutions_on_parts() reads besides each
 * institution's licence status and places, which it always reads. */
typedef enum
{
  RIAYA_INSTITUTION_ON_STAFF     = 1 << 0,
  RIAYA_INSTITUTION_ON_PRESENCE  = 1 << 1, /* @counted, @present */
  RIAYA_INSTITUTION_ON_UNDER_SIX = 1 << 2, /* @under_six too */
  RIAYA_INSTITUTION_ON_ALL       = RIAYA_INSTITUTION_ON_STAFF | RIAYA_INSTITUTION_ON_PRESENCE |
                                   RIAYA_INSTITUTION_ON_UNDER_SIX,
} RiayaInstitutionOnParts;

/* As riaya_store_list_institutions_on(), reading only @parts besides the
 * status and places: the tables by region need neither staff nor counts,
 * and on a past date, from the histories, the counts took two thirds of
 * the time at ten times the national registry (the children under six
 * half of that). The parts not asked for are
 * left empty (no staff, nobody counted) for the records computed from
 * the histories; the others may hold them. */
GPtrArray  *riaya_store_list_institutions_on_parts (RiayaStore         *self,
                                                    const char         *on,
                                                    RiayaInstitutionOnParts parts,
                                                    GError            **error);

/* Whether @self keeps in memory, from one call of
 * riaya_store_list_institutions_on*() to the next, what of the registry
 * does not depend on the date: the institutions, their licence events,
 * capacity lines, staff and counts. The registry on another date is then
 * computed without reading the database, as long as nothing changed it
 * (this connection or another: the next call reads it all again). For a
 * store that computes the registry on date after date (the reports
 * page's); off by default, since a single report only pays for reading
 * it all. The visits and corrective actions of
 * riaya_store_last_valid_visits() and riaya_store_list_overdue_actions()
 * are kept the same way. */
void        riaya_store_set_keep_histories        (RiayaStore         *self,
                                                   gboolean            keep);
gboolean    riaya_store_get_keep_histories        (RiayaStore         *self);
/* Reads the histories again when the database changed since they were
 * read, or reads them a first time. Only this reads them: a computation
 * that finds them out of date asks the database itself, as quickly as
 * without them, so that the first table after a change does not wait for
 * the whole registry (0.4–0.6 s at ten times national scale). The
 * reports page calls it in its worker once a table is shown. Also reads
 * the visits of the store's sibling (riaya_store_get_sibling()), where
 * the compliance report reads them, once it has one. */
gboolean    riaya_store_warm_histories            (RiayaStore         *self,
                                                   GError            **error);
/* Whether the histories were read and not found out of date since (the
 * next computation may still find them so). */
gboolean    riaya_store_histories_are_warm        (RiayaStore         *self);

/* Where an institution is, deleted or not: its commune (NULL when none
 * is recorded) and its province code, for a calendar entry's location —
 * without loading its history (riaya_store_get_institution). FALSE with
 * RIAYA_STORE_ERROR_NOT_FOUND when there is no such institution. */
gboolean    riaya_store_get_institution_location  (RiayaStore         *self,
                                                   const char         *uuid,
                                                   char              **commune,
                                                   char              **province_code,
                                                   GError            **error);

G_END_DECLS
