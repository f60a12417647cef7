/* riaya-grant-private.h — what riaya-grant.c and riaya-grant-rules.c share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-grant.h"

G_BEGIN_DECLS

/* The text fields of a grant, stored in one array. */
typedef enum
{
  GRANT_TEXT_UUID,
  GRANT_TEXT_INSTITUTION_UUID,
  GRANT_TEXT_BASIS,
  GRANT_TEXT_DECIDED_ON,
  GRANT_TEXT_CONVENTION_REF,
  GRANT_TEXT_CONVENTION_DATE,
  GRANT_TEXT_JUSTIFICATION_DUE,
  GRANT_TEXT_JUSTIFICATION_RECEIVED,
  GRANT_TEXT_JUSTIFICATION_APPROVED,
  GRANT_TEXT_JUSTIFICATION_REJECTED,
  GRANT_TEXT_REJECTION_REASON,
  /* Filled by the store for lists; not saved with the grant. */
  GRANT_TEXT_INSTITUTION_NAME,
  GRANT_TEXT_LICENCE_NUMBER,
  GRANT_TEXT_PROVINCE_CODE,
  N_GRANT_TEXTS
} GrantText;

/* The fields saved with a grant end before the institution's name. */
#define N_GRANT_SAVED_TEXTS GRANT_TEXT_INSTITUTION_NAME

struct _RiayaGrant
{
  GObject parent_instance;

  char           *texts[N_GRANT_TEXTS];
  guint           year;
  gint64          amount;
  RiayaGrantKind  kind;
  GListStore     *tranches;
};

extern const char * const _riaya_grant_text_names[];

G_END_DECLS
