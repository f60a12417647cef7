/* riaya-institution-list.h — the registry's institutions as a list model
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-core.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_INSTITUTION_LIST (riaya_institution_list_get_type ())

G_DECLARE_FINAL_TYPE (RiayaInstitutionList, riaya_institution_list, RIAYA, INSTITUTION_LIST, GObject)

/* A GListModel of RiayaInstitution held in an array: reading any item is
 * a constant-time look-up, which filtering and sorting 13,000 rows need
 * (GListStore finds an item in a tree, at a cost per access). */
RiayaInstitutionList *riaya_institution_list_new    (void);
/* Replaces @n_removals items at @position by @additions, with one
 * items-changed. */
void                  riaya_institution_list_splice (RiayaInstitutionList  *self,
                                                     guint                  position,
                                                     guint                  n_removals,
                                                     RiayaInstitution     **additions,
                                                     guint                  n_additions);
void                  riaya_institution_list_insert (RiayaInstitutionList  *self,
                                                     guint                  position,
                                                     RiayaInstitution      *institution);
void                  riaya_institution_list_remove (RiayaInstitutionList  *self,
                                                     guint                  position);
/* The item at @position, without a reference. */
RiayaInstitution     *riaya_institution_list_peek   (RiayaInstitutionList  *self,
                                                     guint                  position);
/* The position of the institution with @uuid. */
gboolean              riaya_institution_list_find   (RiayaInstitutionList  *self,
                                                     const char            *uuid,
                                                     guint                 *position);

G_END_DECLS
