/* riaya-staffing.h — the staffing norms of the 2007 model specification
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The category specifications of Law 65.15 are not published yet; the
 * 2007 model specification (domain.md §3) still gives the norms the
 * committee checks. Boarding institutions (Dar Talib / Dar Taliba, Dar Al
 * Atfal, anti-vagrancy and reinsertion centres): one educator and one
 * kitchen aide per 25 residents, a social worker, a nurse, a doctor 240
 * hours a year under 100 residents and 320 above, a psychologist 240 hours
 * a year above 100. Homes for the elderly: one carer per 10. Kafala homes:
 * one nanny per 10. Disability: one educator per 14 children under six,
 * per 20 above. The director is the no-director check of the compliance
 * report, not a ratio, and is not among these needs.
 */

#pragma once

#include <glib.h>

#include "riaya-enums.h"
#include "riaya-institution.h"

G_BEGIN_DECLS

/* One norm applied to one institution on one date. */
typedef struct
{
  RiayaStaffRole role;
  guint          required;  /* persons, or hours a year (riaya_staff_role_is_hours) */
  guint          actual;    /* the institution's staff in that role */
  guint          per;       /* residents per person for a ratio ("1 per 25"), 0 for a fixed need */
  /* The disability norm counts children under six apart: 1 educator per
   * 14 of them (@per_under_six), 1 per 20 (@per) for the others. 0 in
   * every other need. */
  guint          under_six;
  guint          per_under_six;
} RiayaStaffingNeed;

/* The needs for an institution of @type with @present people present, of
 * whom @under_six are younger than six years (only the disability norm
 * uses it), against @staff (indexed by RiayaStaffRole). A ratio rounds up:
 * 26 residents need two educators. With nobody present nothing is needed.
 * (transfer full) GArray of RiayaStaffingNeed, in RiayaStaffRole order;
 * empty for a type without norms (SAMU social). */
GArray   *riaya_staffing_needs                  (RiayaInstitutionType  type,
                                                 guint                 present,
                                                 guint                 under_six,
                                                 const guint          *staff);
/* The same from an institution's staff and a count of people present
 * (NULL: nobody known present, so no need). */
GArray   *riaya_staffing_needs_for_institution  (RiayaInstitution     *institution,
                                                 const RiayaPresence  *presence,
                                                 guint                 under_six);
gboolean  riaya_staffing_need_is_met            (const RiayaStaffingNeed *need);
/* Needs of @needs not met. */
guint     riaya_staffing_count_shortfalls       (GArray               *needs);
/* One sentence for people, translated: "Educators: 2 for 60 residents;
 * the norm is 1 per 25, so 3." or "Doctor: 100 hours a year; the norm is
 * 240 hours a year." */
char     *riaya_staffing_need_dup_description   (const RiayaStaffingNeed *need,
                                                 guint                    present);
/* The shortfalls of @needs joined into one sentence ("; "), NULL when
 * every need is met. */
char     *riaya_staffing_dup_shortfalls         (GArray               *needs,
                                                 guint                 present);

G_END_DECLS
