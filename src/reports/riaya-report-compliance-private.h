/* riaya-report-compliance-private.h — what the compliance checks share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-report-private.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"
#include "riaya-store-institutions-on.h"

G_BEGIN_DECLS

/* One report being computed: what every check reads, and the problems
 * found. */
typedef struct
{
  RiayaStore *store;
  const char *on;
  GPtrArray  *institutions; /* RiayaInstitutionOn, licence number order */
  GHashTable *index;        /* UUID → position + 1 */
  GArray     *problems;     /* Problem, private to riaya-report-compliance.c */
  /* What the checks would read from @store, when read beforehand (by
   * another thread, riaya-report-compliance.c); NULL: read it then. */
  GHashTable *last_visits;    /* riaya_store_last_valid_visits() */
  GPtrArray  *justifications; /* riaya_store_list_overdue_justifications() */
  GPtrArray  *actions;        /* riaya_store_list_overdue_actions() */
  /* Their sentences, made beforehand too (one per item, taken by the
   * checks); NULL: made then. */
  GPtrArray  *justification_details;
  GPtrArray  *action_details;
} RiayaCompliance;

typedef gboolean (*RiayaComplianceCheck) (RiayaCompliance  *self,
                                          guint             check,
                                          GError          **error);

/* Records that the institution at @institution (its position in
 * @institutions) has the problem of check @check, told by @detail
 * (translated; taken). */
void     _riaya_compliance_add_problem            (RiayaCompliance           *self,
                                                   guint                      institution,
                                                   guint                      check,
                                                   char                      *detail);
/* The position of the institution @uuid plus one, 0 for none (deleted). */
guint    _riaya_compliance_lookup                 (RiayaCompliance           *self,
                                                   const char                *uuid);
/* The licence in force on the report's date (active, warned or
 * reprimanded). */
gboolean _riaya_compliance_in_force               (const RiayaInstitutionOn  *institution);

/* The sentence of a justification or an action overdue: it depends on
 * the item alone. (transfer full) */
char    *_riaya_compliance_dup_justification_detail (const RiayaOverdueJustification *item);
char    *_riaya_compliance_dup_action_detail        (const RiayaOverdueAction        *item);

/* The checks, in the order of reports.md (riaya-report-compliance-checks.c). */
gboolean _riaya_compliance_check_over_capacity         (RiayaCompliance *self, guint check, GError **error);
gboolean _riaya_compliance_check_not_inspected         (RiayaCompliance *self, guint check, GError **error);
gboolean _riaya_compliance_check_justification_overdue (RiayaCompliance *self, guint check, GError **error);
gboolean _riaya_compliance_check_action_overdue        (RiayaCompliance *self, guint check, GError **error);
gboolean _riaya_compliance_check_staffing_below_norm   (RiayaCompliance *self, guint check, GError **error);
gboolean _riaya_compliance_check_no_director           (RiayaCompliance *self, guint check, GError **error);

G_END_DECLS
