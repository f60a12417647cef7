/* riaya-demo-private.h — what the files of the demo generator share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-core.h"

G_BEGIN_DECLS

typedef struct
{
  GRand      *rand;
  GHashTable *names;          /* French names used in the current province */
  guint32     first_day;      /* the decree applying Law 14.05 (2007) */
  guint32     law_65_15_day;  /* decree 2.19.693 applying Law 65.15 (2021) */
  guint32     last_day;       /* the last day of the demo's history */
} Demo;

/* One capacity line as first licensed, kept to raise it later. */
typedef struct
{
  RiayaCategory category;
  RiayaSex      sex;
  guint         places;
} Places;

static inline guint
pick (Demo *demo,
      guint n)
{
  return (guint) g_rand_int_range (demo->rand, 0, (gint32) n);
}

static inline guint
between (Demo *demo,
         guint low,
         guint high)
{
  return low + pick (demo, high - low + 1);
}

static inline gboolean
chance (Demo   *demo,
        double  probability)
{
  return g_rand_double (demo->rand) < probability;
}

#define PICK(demo, table) (&(table)[pick ((demo), G_N_ELEMENTS (table))])

typedef enum
{
  HOUSE_BOYS,
  HOUSE_GIRLS,
  HOUSE_MIXED,
} HouseKind;

/* Services plausible for @type (Law 65.15 art. 5), as a RiayaService mask. */
guint _riaya_demo_services_for (Demo                 *demo,
                                RiayaInstitutionType  type);
/* Staff by the ratios of the 2007 model specification, some short of them. */
void  _riaya_demo_set_staff    (Demo                 *demo,
                                RiayaInstitution     *institution,
                                RiayaInstitutionType  type,
                                guint                 places,
                                gboolean              has_director);

G_END_DECLS
