/* riaya-institution-filter-model.h — the institutions that the filters and the search let through
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-core.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_INSTITUTION_FILTER_MODEL (riaya_institution_filter_model_get_type ())

G_DECLARE_FINAL_TYPE (RiayaInstitutionFilterModel, riaya_institution_filter_model,
                      RIAYA, INSTITUTION_FILTER_MODEL, GObject)

/* A GListModel of the RiayaInstitution of @source (itself a GListModel of
 * RiayaInstitution, in the order shown) that match the search and every
 * filter, in the same order. Each change of a criterion filters again at
 * once, in one pass over an array, and emits at most one items-changed:
 * the smallest range that holds every difference. */
RiayaInstitutionFilterModel *riaya_institution_filter_model_new         (GListModel                  *source);

/* @text as typed: it is folded (riaya_text_fold) and split into words,
 * each of which must occur in an institution's search key. */
void              riaya_institution_filter_model_set_search      (RiayaInstitutionFilterModel *self,
                                                                  const char                  *text);
/* NULL: every region, or every province. */
void              riaya_institution_filter_model_set_region      (RiayaInstitutionFilterModel *self,
                                                                  const char                  *region_code);
void              riaya_institution_filter_model_set_province    (RiayaInstitutionFilterModel *self,
                                                                  const char                  *province_code);
/* -1: every type, legal basis or status. */
void              riaya_institution_filter_model_set_type        (RiayaInstitutionFilterModel *self,
                                                                  int                          type);
void              riaya_institution_filter_model_set_legal_basis (RiayaInstitutionFilterModel *self,
                                                                  int                          legal_basis);
void              riaya_institution_filter_model_set_status      (RiayaInstitutionFilterModel *self,
                                                                  int                          status);

/* The licensed places today of the institutions let through. */
guint64           riaya_institution_filter_model_get_places      (RiayaInstitutionFilterModel *self);
/* People present in the visible institutions whose presence is known, and
 * the places of those institutions (for the rate). FALSE when none is
 * known: occupancy per province or region follows the filters. */
gboolean          riaya_institution_filter_model_get_present     (RiayaInstitutionFilterModel *self,
                                                                  guint64                     *present,
                                                                  guint64                     *counted_places);
/* The institution at @position, without a reference. */
RiayaInstitution *riaya_institution_filter_model_peek            (RiayaInstitutionFilterModel *self,
                                                                  guint                        position);
/* The position of @institution, or FALSE when it is not let through. */
gboolean          riaya_institution_filter_model_find            (RiayaInstitutionFilterModel *self,
                                                                  RiayaInstitution            *institution,
                                                                  guint                       *position);

G_END_DECLS
