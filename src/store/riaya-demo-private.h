/* riaya-demo-private.h — what the files of the demo generator share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-core.h"
#include "riaya-store.h"

G_BEGIN_DECLS

typedef struct
{
  GRand      *rand;
  GHashTable *names;          /* French names used in the current province */
  guint32     first_day;      /* the decree applying Law 14.05 (2007) */
  guint32     law_65_15_day;  /* decree 2.19.693 applying Law 65.15 (2021) */
  guint32     last_day;       /* the last day of the demo's history */
} Demo;

/* A word or phrase in French and in Arabic. */
typedef struct
{
  const char *fr;
  const char *ar;
} Pair;

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

/* Round to an even number of places, as beds come in rooms of two. */
static inline guint
even (guint places)
{
  return MAX (2, places - places % 2);
}

/* The years of counts and registers up to the demo's last day. */
#define DEMO_HISTORY_YEARS 5

#define PICK(demo, table) (&(table)[pick ((demo), G_N_ELEMENTS (table))])

typedef enum
{
  HOUSE_BOYS,
  HOUSE_GIRLS,
  HOUSE_MIXED,
} HouseKind;

/* riaya-demo.c */

/* A version 4 UUID from the demo's generator: the same every load. */
char    *_riaya_demo_make_uuid     (Demo                 *demo);
/* Days as Julian day numbers (GDate), and back to ISO 8601. */
guint32  _riaya_demo_julian        (GDateYear             year,
                                    GDateMonth            month,
                                    GDateDay              day);
char    *_riaya_demo_iso_date      (guint32               day);
/* The Julian day of a valid ISO 8601 date (the demo's own). */
guint32  _riaya_demo_parse_day     (const char           *iso);
/* Administrations act on working days: a weekend moves to the Monday. */
guint32  _riaya_demo_working_day   (guint32               day);
/* An index of @shares drawn in proportion to its share. */
guint    _riaya_demo_pick_share    (Demo                 *demo,
                                    const guint          *shares,
                                    guint                 n_shares);

/* An institution of @type (and @house, for a student house) in commune
 * number @commune_index of the demo's table for @province_code, licensed
 * under Law 14.05 on @licence_day with @places and nothing since; no
 * licence number yet. */
RiayaInstitution *_riaya_demo_make_director_institution (Demo                 *demo,
                                                         const char           *province_code,
                                                         guint                 commune_index,
                                                         RiayaInstitutionType  type,
                                                         HouseKind             house,
                                                         guint32               licence_day,
                                                         const Places         *places,
                                                         guint                 n_places);

/* riaya-demo-licences.c */

/* The licence granted on @licence_day (art. 17) with @places. */
void     _riaya_demo_grant         (Demo                 *demo,
                                    RiayaInstitution     *institution,
                                    guint32               licence_day,
                                    const Places         *places,
                                    guint                 n_places);
/* Enlarges each of @places by 10 to 50 % on @day: a modification of the
 * licence (art. 17) and new capacity lines. */
void     _riaya_demo_enlarge       (Demo                 *demo,
                                    RiayaInstitution     *institution,
                                    guint32               day,
                                    Places               *places,
                                    guint                 n_places);
/* The licence's whole life from @licence_day: granted, perhaps modified,
 * enlarged (@places grows), sanctioned or closed, never after the demo's
 * last day. Returns the places licensed at the end. */
guint    _riaya_demo_make_history  (Demo                 *demo,
                                    RiayaInstitution     *institution,
                                    guint32               licence_day,
                                    Places               *places,
                                    guint                 n_places);

/* riaya-demo-counts.c */

/* Counts of the people present at the end of each quarter of the last
 * five years, and the admissions and exits between, for every saved
 * institution of @institutions, in the caller's transaction. */
gboolean   _riaya_demo_put_counts                 (RiayaStore *store,
                                                   Demo       *demo,
                                                   GPtrArray  *institutions,
                                                   GError    **error);
/* A referral for someone of @category, as often as in the counts; never
 * "transfer", which only the store gives, to the stay a transfer begins. */
RiayaReferral _riaya_demo_pick_referral           (Demo          *demo,
                                                   RiayaCategory  category);

/* riaya-demo-grants.c */

/* The Entraide Nationale's grants to the saved institutions of
 * @institutions whose licence was in force: ten years up to the demo's
 * last day and the year in progress, with tranches, conventions and
 * justifications, in the caller's transaction. */
gboolean   _riaya_demo_put_grants                 (RiayaStore *store,
                                                   Demo       *demo,
                                                   GPtrArray  *institutions,
                                                   GError    **error);

/* riaya-demo-inspections.c */

/* The control committee's visits to the saved institutions of
 * @institutions: five years up to the demo's last day and the year in
 * progress, and those planned after, with their decisions made licence
 * events (in @institutions' histories too), in the caller's transaction.
 * @director: a director's houses, all visited, never suspended. */
gboolean   _riaya_demo_put_inspections            (RiayaStore *store,
                                                   Demo       *demo,
                                                   GPtrArray  *institutions,
                                                   gboolean    director,
                                                   GError    **error);

/* riaya-demo-registers.c */

/* The institutions of a director's demo (GPtrArray of RiayaInstitution),
 * licence numbers given. */
GPtrArray *_riaya_demo_make_director_institutions (Demo       *demo);
/* Their registers: five years of admissions and exits through the
 * store's register API, in the caller's transaction, @institutions
 * already saved. */
gboolean   _riaya_demo_fill_registers             (RiayaStore *store,
                                                   Demo       *demo,
                                                   GPtrArray  *institutions,
                                                   GError    **error);

/* riaya-demo-residents.c */

/* Full years of age on @day of someone born on @birth (Julian days). */
guint          _riaya_demo_age_on      (guint32        birth,
                                        guint32        day);
/* A person of @category born on @birth, admitted on @admitted, written
 * in Arabic or in French as registers are, with the family fields the
 * category calls for; CNIE numbers are never given twice (@cnies holds
 * those given). */
RiayaResident *_riaya_demo_make_person (Demo          *demo,
                                        GHashTable    *cnies,
                                        RiayaCategory  category,
                                        RiayaSex       sex,
                                        guint32        birth,
                                        guint32        admitted);

/* riaya-demo-staff.c */

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
