/* riaya-store-inspections.h — the control committee's visits
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Visits, their checklist and corrective actions (domain.md §4) exist in
 * every profile's database: they hold no personal data of residents. A
 * decision recorded on a visit becomes an event of the licence in the
 * same transaction, and neither can be changed afterwards: the licence's
 * history only grows (Law 65.15 art. 34).
 */

#pragma once

#include "riaya-store.h"
#include "riaya-inspection.h"
#include "riaya-programme.h"

G_BEGIN_DECLS

/* Which visits a list covers. Zero or NULL fields do not filter. */
typedef struct
{
  const char  *region_code;      /* "01"…"12" */
  const char  *province_code;    /* "RR.PPP" */
  const char  *institution_uuid;
  const char  *from;             /* the visit's date — done_on, else planned_on — on or after */
  const char  *to;               /* … on or before */
  int          status;           /* RiayaVisitStatus, or -1: every status */
  const char  *status_on;        /* the date statuses are judged on (NULL: today) */
} RiayaInspectionFilter;

#define RIAYA_INSPECTION_FILTER_INIT { NULL, NULL, NULL, NULL, NULL, -1, NULL }

/* Saves a new visit, planned or already recorded, after
 * riaya_inspection_validate() (today) and
 * riaya_inspection_check_institution(). Refused, nothing written:
 * RIAYA_STORE_ERROR_NOT_FOUND for an unknown (or deleted) institution, or
 * for a follow-up of a visit that does not exist — a follow-up with no
 * visit named follows the latest recorded visit of the institution before
 * its date, and is refused when there is none; a visit named must be a
 * recorded visit of the same institution; RIAYA_STORE_ERROR_DUPLICATE for
 * a UUID already used; the RIAYA_VALIDATION_ERROR_* of core. A decision
 * becomes a licence event (riaya_inspection_make_licence_event, checked
 * by riaya_licence_check_event) in the same transaction, and the visit
 * receives its UUID. Journaled (entity "inspection", action "create"). On
 * success the visit receives its institution's name, licence, province. */
gboolean    riaya_store_add_inspection        (RiayaStore            *self,
                                               RiayaInspection       *inspection,
                                               GError               **error);
/* Saves every field, the checklist and the actions of an existing visit
 * (validated as above; actions not in @inspection any more are removed),
 * and adds one to its revision. Recording a planned visit is an update.
 * Refused with RIAYA_STORE_ERROR_KEPT when it would change or remove a
 * decision already recorded, or move a recorded visit to another
 * institution; NOT_FOUND for a visit unknown or deleted. A decision
 * recorded now becomes a licence event as above. The journal names the
 * fields that changed (riaya_inspection_dup_changed_fields); nothing is
 * written when none did. */
gboolean    riaya_store_update_inspection     (RiayaStore            *self,
                                               RiayaInspection       *inspection,
                                               GError               **error);
/* Hides a planned visit (kept, journaled: a cancelled visit); undelete
 * brings it back. RIAYA_STORE_ERROR_KEPT for a recorded visit — its report
 * was signed — and NOT_FOUND when there is nothing to hide or bring
 * back. */
gboolean    riaya_store_delete_inspection     (RiayaStore            *self,
                                               const char            *uuid,
                                               GError               **error);
gboolean    riaya_store_undelete_inspection   (RiayaStore            *self,
                                               const char            *uuid,
                                               GError               **error);
/* One visit, complete, with its institution's name, licence and
 * province. NOT_FOUND when unknown or deleted. */
RiayaInspection *riaya_store_get_inspection   (RiayaStore            *self,
                                               const char            *uuid,
                                               GError               **error);
/* Visits matching @filter (NULL: all), complete, each with its
 * institution's name, licence and province, in date order (done_on, else
 * planned_on), then by institution name. Visits of a deleted institution
 * are in no list. (transfer full) GListStore of RiayaInspection. */
GListModel *riaya_store_list_inspections      (RiayaStore                  *self,
                                               const RiayaInspectionFilter *filter,
                                               GError                     **error);
/* Visits hidden (cancelled) whose date lies in @from … @to, with their
 * institution's info, for the calendar export to cancel them
 * (iCalendar STATUS:CANCELLED). (transfer full) GListStore. */
GListModel *riaya_store_list_cancelled_inspections (RiayaStore                  *self,
                                                    const RiayaInspectionFilter *filter,
                                                    GError                     **error);
/* Marks one corrective action done on @done_on (or not done, NULL),
 * checked as by riaya_inspection_validate(). Journaled as an update of
 * its visit ("actions"). */
gboolean    riaya_store_set_action_done       (RiayaStore            *self,
                                               const char            *action_uuid,
                                               const char            *done_on,
                                               GError               **error);

/* --- The programme -------------------------------------------------- */

/* One institution proposed for the programme of a year. Its strings, and
 * those of its facts, are stored in the item's own block: read them, do
 * not free or replace them. */
typedef struct
{
  char                     *institution_uuid;
  char                     *licence_number;
  char                     *name;           /* riaya_institution_get_display_name */
  char                     *province_code;
  RiayaInstitutionType      type;
  RiayaInspectionFacts      facts;          /* its strings point into this item */
  RiayaProgrammeAssessment  assessment;
} RiayaProgrammeItem;

void        riaya_programme_item_free         (RiayaProgrammeItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaProgrammeItem, riaya_programme_item_free)

/* The institutions of @province_code (NULL: every province) proposed for
 * the programme of @year (riaya_programme_assess), most urgent first
 * (riaya_programme_compare), judged on @today (NULL: today). Under 100 ms
 * for one province, and for the whole country, at ten times the national
 * registry. (transfer full) GPtrArray of RiayaProgrammeItem. */
GPtrArray  *riaya_store_inspection_programme  (RiayaStore            *self,
                                               const char            *province_code,
                                               guint                  year,
                                               const char            *today,
                                               GError               **error);
/* Recorded visits of @province_code (NULL: all) whose follow-up is due on
 * @today (riaya_inspection_dup_follow_up_due before @today) and that no
 * follow-up visit follows yet, oldest due first, complete with their
 * institution's info. (transfer full) GListStore of RiayaInspection. */
GListModel *riaya_store_list_follow_ups_due   (RiayaStore            *self,
                                               const char            *province_code,
                                               const char            *today,
                                               GError               **error);

/* --- For the compliance report and the national tables -------------- */

/* The date of the last valid visit (a majority present) done on or before
 * @on of each institution that has one: institution UUID (char *) → ISO
 * date (char *). (transfer full) */
GHashTable *riaya_store_last_valid_visits     (RiayaStore            *self,
                                               const char            *on,
                                               GError               **error);

/* A corrective action past due on a date. */
typedef struct
{
  char *institution_uuid;
  char *inspection_uuid;
  char *visit_done_on;
  char *action_uuid;
  char *description;
  char *due_on;
} RiayaOverdueAction;

void        riaya_overdue_action_free         (RiayaOverdueAction *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaOverdueAction, riaya_overdue_action_free)

/* Actions not done on @on whose due date is before @on, of visits done on
 * or before @on, oldest due first. (transfer full) GPtrArray of
 * RiayaOverdueAction. */
GPtrArray  *riaya_store_list_overdue_actions  (RiayaStore            *self,
                                               const char            *on,
                                               GError               **error);
/* People aged under six present on @on per institution, from the counts
 * (age band 0–5), for the disability norm: institution UUID (char *) →
 * GUINT_TO_POINTER (count). Institutions without a count are absent.
 * @institution_uuid limits it to one (NULL: all). (transfer full) */
GHashTable *riaya_store_young_children_on     (RiayaStore            *self,
                                               const char            *on,
                                               const char            *institution_uuid,
                                               GError               **error);

/* The published table "inspections by region" (reports.md). */
typedef struct
{
  char  *region_code;
  guint  provinces;      /* provinces with at least one visit done */
  guint  institutions;   /* institutions visited at least once */
  guint  visits;         /* visits done (valid or not) */
  guint  valid_visits;   /* of which with a majority present */
} RiayaInspectionRegionTotals;

/* One line per region ("01"…"12", every region, zeros included) for the
 * visits done from @from to @to (inclusive), of institutions not deleted.
 * (transfer full) GArray of RiayaInspectionRegionTotals (clear func set). */
GArray     *riaya_store_inspection_region_totals (RiayaStore         *self,
                                                  const char         *from,
                                                  const char         *to,
                                                  GError            **error);

G_END_DECLS
