/* riaya-store-grants.h — the Entraide Nationale's annual grants
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Grants, their tranches and justification (domain brief §5) exist in
 * every profile's database: they hold no personal data. Amounts are
 * integer centimes in SQL as in C; every sum is of integers, checked
 * against overflow.
 */

#pragma once

#include "riaya-store.h"
#include "riaya-grant.h"

G_BEGIN_DECLS

/* Which grants a list or a total covers. Zero or NULL fields do not
 * filter. */
typedef struct
{
  guint        year;             /* 0: every year */
  const char  *region_code;      /* "01"…"12" */
  const char  *province_code;    /* "RR.PPP" */
  int          institution_type; /* RiayaInstitutionType, or -1: every type */
  const char  *institution_uuid;
  /* RiayaGrantStatus, or -1: every status. Judged on the `today` given to
   * riaya_store_grant_year_totals(), or on @status_on for
   * riaya_store_list_grants() (NULL: today). */
  int          status;
  const char  *status_on;
} RiayaGrantFilter;

#define RIAYA_GRANT_FILTER_INIT { 0, NULL, NULL, -1, NULL, -1, NULL }

/* Saves a new grant with its tranches and justification, after
 * riaya_grant_validate() (today's date) and
 * riaya_grant_check_institution(). Refused, nothing written:
 * RIAYA_STORE_ERROR_NOT_FOUND for an unknown (or deleted) institution,
 * RIAYA_VALIDATION_ERROR_* of those two, RIAYA_STORE_ERROR_DUPLICATE for
 * a UUID already used (the grant's, or a tranche's by another grant).
 * Journaled (entity "grant", action "create"). On success the grant
 * receives its institution's name, licence and province. */
gboolean    riaya_store_add_grant          (RiayaStore       *self,
                                            RiayaGrant       *grant,
                                            GError          **error);
/* Saves @grants (RiayaGrant) as riaya_store_add_grant() does each, all
 * or none, in one transaction: the Entraide Nationale decides a year's
 * grants together, a thousand of them. When one is refused nothing is
 * written, *@refused (when not NULL) receives its index and @error says
 * why, as riaya_store_add_grant() would. */
gboolean    riaya_store_add_grants         (RiayaStore       *self,
                                            GPtrArray        *grants,
                                            guint            *refused,
                                            GError          **error);
/* Saves every field, tranche and the justification of an existing grant
 * (validated as above; tranches not in @grant any more are removed;
 * RIAYA_STORE_ERROR_NOT_FOUND for a grant unknown or deleted). The
 * journal names the fields that changed (riaya_grant_dup_changed_fields),
 * never their values; nothing is written when none did. */
gboolean    riaya_store_update_grant       (RiayaStore       *self,
                                            RiayaGrant       *grant,
                                            GError          **error);
/* Hides a grant entered by mistake (kept, journaled); undelete brings it
 * back. Hidden grants are in no list and no total. NOT_FOUND when there
 * is no such grant to hide, or to bring back. */
gboolean    riaya_store_delete_grant       (RiayaStore       *self,
                                            const char       *uuid,
                                            GError          **error);
gboolean    riaya_store_undelete_grant     (RiayaStore       *self,
                                            const char       *uuid,
                                            GError          **error);
/* One grant, complete, with its institution's name, licence and province.
 * RIAYA_STORE_ERROR_NOT_FOUND when unknown or deleted. */
RiayaGrant *riaya_store_get_grant          (RiayaStore       *self,
                                            const char       *uuid,
                                            GError          **error);
/* The grant a tranche belongs to (NULL, NOT_FOUND, if none). */
RiayaGrant *riaya_store_get_grant_of_tranche (RiayaStore     *self,
                                              const char     *tranche_uuid,
                                              GError        **error);
/* Grants matching @filter (NULL: all), complete, each with its
 * institution's name, licence and province, newest year first, then by
 * institution name. (transfer full) GListStore of RiayaGrant. */
GListModel *riaya_store_list_grants        (RiayaStore             *self,
                                            const RiayaGrantFilter *filter,
                                            GError                **error);

/* The figures of a year: the published table "institutions that received
 * the annual grant" (reports.md) and what the grants page sums. */
typedef struct
{
  guint  year;
  guint  institutions;   /* institutions granted that year, each once */
  guint  capacity;       /* their licensed places on 31 December of the year
                          * (riaya_institution_get_places_on), none for one
                          * whose licence is not in force that day —
                          * suspended, withdrawn or closed — as
                          * capacity-by-region counts places */
  guint  grants;         /* grants counted */
  gint64 amount;         /* granted, centimes */
  gint64 paid;           /* paid (tranches with a paid date), centimes */
  gint64 remaining;      /* amount − paid, centimes */
  guint  late;           /* grants with a tranche or justification past due on the date given */
} RiayaGrantYearTotals;

/* One RiayaGrantYearTotals per year from @from_year to @to_year (both
 * included, 1900 to 9999; a year without grants has zeros), for grants
 * matching @filter (its year ignored), lateness judged on @today. Grants of
 * a deleted institution count nowhere. Each table is read once, in index
 * order: under 30 ms for ten years at ten times the national registry.
 * Refused with RIAYA_VALIDATION_ERROR_OUT_OF_RANGE, naming the year, when
 * a sum would overflow (only a database whose checks were bypassed holds
 * such amounts). (transfer full) GArray of RiayaGrantYearTotals. */
GArray     *riaya_store_grant_year_totals  (RiayaStore             *self,
                                            guint                   from_year,
                                            guint                   to_year,
                                            const RiayaGrantFilter *filter,
                                            const char             *today,
                                            GError                **error);

/* A grant whose justification is past due on a date, for the compliance
 * report (justification-overdue). */
typedef struct
{
  char  *institution_uuid;
  char  *grant_uuid;
  guint  year;
  gint64 amount;
  char  *justification_due;
  gboolean rejected;       /* received but rejected, rather than not received */
} RiayaOverdueJustification;

void        riaya_overdue_justification_free (RiayaOverdueJustification *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaOverdueJustification, riaya_overdue_justification_free)

/* Justifications past due on @on (riaya_grant_is_justification_overdue),
 * oldest due first, of grants and institutions not deleted. (transfer
 * full) GPtrArray of RiayaOverdueJustification. */
GPtrArray  *riaya_store_list_overdue_justifications (RiayaStore  *self,
                                                     const char  *on,
                                                     GError     **error);

/* Per institution UUID (char *) → number of late grants
 * (RIAYA_GRANT_STATUS_LATE on @today), as GUINT_TO_POINTER; institutions
 * without a late grant, and deleted ones, are absent. For the flag on the
 * institutions list and page. (transfer full) */
GHashTable *riaya_store_count_late_grants  (RiayaStore       *self,
                                            const char       *today,
                                            GError          **error);

G_END_DECLS
