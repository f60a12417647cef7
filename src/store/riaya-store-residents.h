/* riaya-store-residents.h — the register of beneficiaries and the counts
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The nominative register (Law 65.15 art. 28, decree 2.19.693 art. 11)
 * lives only in a director's database. Every database holds counts:
 * people present per institution, date, category, sex and age band, and
 * admissions and exits per period and reason. In a director's database
 * the store recomputes them from the register in the same transaction as
 * every change to it; elsewhere they arrive by import (or demo data).
 * Occupancy, lists and reports read the counts, whatever the profile.
 *
 * The journal records who changed which record and which fields, never
 * the values: no name, CNIE or health field ever reaches a log.
 */

#pragma once

#include "riaya-store.h"

G_BEGIN_DECLS

/* Options of an admission (or of the admission half of a transfer). */
typedef enum
{
  RIAYA_ADMIT_DEFAULT             = 0,
  /* Admit even when the category and sex are full: the user confirmed,
   * having seen the numbers (RIAYA_STORE_ERROR_OVER_CAPACITY otherwise). */
  RIAYA_ADMIT_ALLOW_OVER_CAPACITY = 1 << 0,
  /* Admit as a new person even though another record looks like the same
   * person: the user saw it and said they differ
   * (RIAYA_STORE_ERROR_PROBABLE_DUPLICATE otherwise). */
  RIAYA_ADMIT_NOT_DUPLICATE       = 1 << 1,
} RiayaAdmitFlags;

/* --- The register (director's database) ------------------------------ */

/* Whether this database keeps registers: only a director's does. */
gboolean    riaya_store_keeps_registers       (RiayaStore       *self);

/* Admits @stay's person to the institution of
 * riaya_stay_get_institution_uuid(). The person is new unless a person
 * with the same UUID exists already (a new stay of someone known, whose
 * saved fields are then updated from the stay's resident).
 *
 * Refused, with nothing written:
 *  - RIAYA_STORE_ERROR_NO_REGISTER in a delegate's or national database;
 *  - RIAYA_STORE_ERROR_NOT_FOUND for an unknown institution;
 *  - RIAYA_VALIDATION_ERROR_* of riaya_stay_check_admission();
 *  - RIAYA_STORE_ERROR_DUPLICATE for a register number already used in
 *    that institution;
 *  - RIAYA_STORE_ERROR_PROBABLE_DUPLICATE when a *new* person has the
 *    CNIE of a known one, or the same first name, last name and birth
 *    date (folded): the message names the other record (register number,
 *    institution, name, birth date) and says how to go on; see
 *    riaya_store_find_probable_duplicates();
 *  - RIAYA_STORE_ERROR_OVER_CAPACITY when the category and sex would go
 *    over the places licensed on the admission date: the message names
 *    the places and the people present (riaya_occupancy_admission_fits).
 *
 * On success the stay receives its register number (the next in the
 * institution's sequence, unless one was set) and is saved with the
 * person; the counts are recomputed; the journal gets the stay and the
 * person, with field names only. */
gboolean    riaya_store_admit                 (RiayaStore       *self,
                                               RiayaStay        *stay,
                                               RiayaAdmitFlags   flags,
                                               GError          **error);

/* Other people who look like @resident (same CNIE, or same names and
 * birth date), as RiayaStay: the latest stay of each, with its resident
 * and institution name. Empty when none. (transfer full) */
GPtrArray  *riaya_store_find_probable_duplicates (RiayaStore    *self,
                                                  RiayaResident *resident,
                                                  GError       **error);

/* Records the exit of the stay @stay_uuid on @date for @reason.
 *
 * A transfer (RIAYA_EXIT_REASON_TRANSFER) names its destination in
 * @destination: the UUID or licence number of an institution of this
 * database — then the person is admitted there on the same date, same
 * category, referral "transfer", the two stays linked both ways, in the
 * same transaction (@flags apply to that admission; *@new_stay_uuid
 * receives its UUID) — or the licence number of an institution elsewhere.
 * Either way the stay left records the destination's licence number
 * (riaya_stay_get_destination_licence()). @destination must be NULL for
 * other reasons.
 *
 * Refused, with nothing written: RIAYA_STORE_ERROR_NOT_FOUND;
 * RIAYA_VALIDATION_ERROR_* of riaya_stay_check_exit() (already gone,
 * before admission, future, malformed licence); a destination that is the
 * same institution, or that cannot take the category (SPECIALISATION) or
 * whose licence is not in force on @date; and the admission refusals
 * above for the destination. */
gboolean    riaya_store_record_exit           (RiayaStore       *self,
                                               const char       *stay_uuid,
                                               const char       *date,
                                               RiayaExitReason   reason,
                                               const char       *destination,
                                               RiayaAdmitFlags   flags,
                                               char            **new_stay_uuid,
                                               GError          **error);

/* Saves the person's own and guardian fields (validated); the journal
 * names the fields that changed. Nothing is written when none did. */
gboolean    riaya_store_update_resident       (RiayaStore       *self,
                                               RiayaResident    *resident,
                                               GError          **error);

/* The register of an institution, as a new GListStore of RiayaStay (each
 * with its resident), in register-number order: those present on
 * @present_on, or every stay ever when @present_on is NULL. */
GListModel *riaya_store_list_stays            (RiayaStore       *self,
                                               const char       *institution_uuid,
                                               const char       *present_on,
                                               GError          **error);
/* One stay, with its resident and institution name. */
RiayaStay  *riaya_store_get_stay              (RiayaStore       *self,
                                               const char       *stay_uuid,
                                               GError          **error);
/* The stay of register number @number in an institution. */
RiayaStay  *riaya_store_get_stay_by_number    (RiayaStore       *self,
                                               const char       *institution_uuid,
                                               guint             number,
                                               GError          **error);
RiayaResident *riaya_store_get_resident       (RiayaStore       *self,
                                               const char       *resident_uuid,
                                               GError          **error);
/* A person's whole history: every stay in every institution of the
 * database, oldest admission first, each with its institution name.
 * (transfer full) GListStore of RiayaStay. */
GListModel *riaya_store_list_resident_stays   (RiayaStore       *self,
                                               const char       *resident_uuid,
                                               GError          **error);
/* The register number the next admission to @institution_uuid receives. */
guint       riaya_store_next_register_number  (RiayaStore       *self,
                                               const char       *institution_uuid);

/* --- Counts (every profile) ----------------------------------------- */

/* One line of a count of people present on a date. */
typedef struct
{
  RiayaCategory category;
  RiayaSex      sex;       /* m or f */
  RiayaAgeBand  age_band;
  guint         present;
} RiayaCountLine;

/* One line of admissions or exits during a period. */
typedef struct
{
  gboolean      admission; /* FALSE: an exit */
  int           reason;    /* RiayaReferral for an admission, RiayaExitReason for an exit */
  RiayaCategory category;
  RiayaSex      sex;       /* m or f */
  guint         count;
} RiayaMovementLine;

/* People present on @on per institution: a new hash table from
 * institution UUID (char *) to RiayaPresence *, read from the latest
 * count of each institution on or before @on. An institution with no
 * count on or before @on is absent from the table (unknown, not zero).
 * @institution_uuid limits it to one institution (NULL: all). */
GHashTable *riaya_store_presence_on           (RiayaStore       *self,
                                               const char       *on,
                                               const char       *institution_uuid,
                                               GError          **error);
/* The count of one institution on @on by category, sex and age band (the
 * latest on or before @on; *@counted_on receives its date, NULL when
 * none). (transfer full) GArray of RiayaCountLine. */
GArray     *riaya_store_get_counts            (RiayaStore       *self,
                                               const char       *institution_uuid,
                                               const char       *on,
                                               char            **counted_on,
                                               GError          **error);
/* Admissions and exits of one institution between @from and @to
 * (inclusive) per reason, category and sex, summed over the periods that
 * lie within. (transfer full) GArray of RiayaMovementLine. */
GArray     *riaya_store_get_movements         (RiayaStore       *self,
                                               const char       *institution_uuid,
                                               const char       *from,
                                               const char       *to,
                                               GError          **error);

/* Saves a count of institution @institution_uuid on @counted_on
 * (replacing any count of that date), for databases without registers:
 * import and demo data. @lines: GArray of RiayaCountLine. Refused with
 * RIAYA_STORE_ERROR_HAS_REGISTER in a director's database, whose counts
 * come from the register. */
gboolean    riaya_store_put_counts            (RiayaStore       *self,
                                               const char       *institution_uuid,
                                               const char       *counted_on,
                                               GArray           *lines,
                                               GError          **error);
/* Saves the admissions and exits of a period (replacing those of the same
 * period), as riaya_store_put_counts(). @lines: GArray of
 * RiayaMovementLine. */
gboolean    riaya_store_put_movements         (RiayaStore       *self,
                                               const char       *institution_uuid,
                                               const char       *from,
                                               const char       *to,
                                               GArray           *lines,
                                               GError          **error);

G_END_DECLS
