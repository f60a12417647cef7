/* riaya-demo-inspections-private.h — what the files of the demo's visits share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * riaya-demo-inspections.c decides who is visited when (the delegations'
 * habits, the programme, the sanctions of the licences' histories),
 * riaya-demo-visit.c makes each visit (recorded or planned, its decision,
 * what comes after it) and riaya-demo-visit-report.c writes what the
 * committee writes (members, checklist, findings, actions).
 */

#pragma once

#include "riaya-demo-private.h"

G_BEGIN_DECLS

typedef enum
{
  HABIT_NEVER,      /* not visited in five years */
  HABIT_SOMETIMES,  /* one to four visits */
  HABIT_REGULAR,    /* as often as the law asks */
} Habit;

/* A provincial delegation's habits. */
typedef struct
{
  guint    coverage;  /* per mille of its institutions visited in five years */
  guint    regular;   /* per mille of those visited as often as the law asks */
  guint    plans;     /* per mille of them with a visit planned after today */
  gboolean arabic;    /* writes its reports in Arabic */
} Delegation;

/* What the visits of every institution share. */
typedef struct
{
  RiayaStore *store;
  guint32     first;     /* 1 January, five years before the demo's last year ends */
  guint32     as_of;     /* nothing is recorded after this day */
  guint32     plan_end;  /* visits are planned up to this day */
  char       *today;     /* for riaya_inspection_validate() */
  char       *now;       /* when the rows were written */
  GRand      *rand;      /* reseeded for each institution */
  gboolean    director;  /* a director's few houses */
} Visits;

/* A visit recorded, and what became of what it asked. */
typedef struct
{
  RiayaInspection *visit;
  guint32          day;
  guint32          fixed[RIAYA_N_CHECK_AREAS];  /* 0: nothing asked; G_MAXUINT32: never done */
  guint32          last_due;                    /* the last due date or deadline */
} Record;

/* A visit to make on a day: its kind, and what it comes for. */
typedef struct
{
  guint32            day;
  RiayaVisitKind     kind;
  RiayaLicenceEvent *event;        /* a sanction of the history this visit decided (the
                                    * institution's) */
  Record            *follows;      /* the visit a follow-up checks */
  gboolean           follows_last; /* follows the previous visit of a sanction */
  gboolean           chained;      /* another sanction of the history follows it */
} Appointment;

/* One institution, with its own generator, while its visits are made. */
typedef struct
{
  Demo              demo;
  Visits           *visits;
  RiayaInstitution *institution;
  const Delegation *delegation;
  Habit             habit;
  guint             weakness;      /* per mille of the usual share of problems */
  GArray           *appointments;  /* Appointment, by day */
  GPtrArray        *records;       /* Record */
  Record           *last_sanction;
} Visitee;

static inline gboolean
per_mille (Demo  *demo,
           guint  chances)
{
  return pick (demo, 1000) < chances;
}

/* A day from @low to @high, moved to a working day. */
static inline guint32
working_day_between (Demo    *demo,
                     guint32  low,
                     guint32  high)
{
  return _riaya_demo_working_day (between (demo, low, MAX (low, high)));
}

/* riaya-demo-inspections.c */

/* Adds @appointment to @visitee's, in day order. */
void     _riaya_demo_add_appointment (Visitee           *visitee,
                                      Appointment        appointment);

/* riaya-demo-visit.c */

/* Makes the visit of @appointment, if the institution can be visited
 * that day: planned, or recorded with its decision, in the caller's
 * transaction; may add appointments after it (a follow-up, a visit to
 * make again). */
gboolean _riaya_demo_make_visit      (Visitee           *visitee,
                                      const Appointment *appointment,
                                      GError           **error);

/* riaya-demo-visit-report.c */

/* How an area of the checklist stands when a follow-up comes back. */
typedef enum
{
  DEMO_AREA_UNSEEN,  /* nothing was asked: not looked at again */
  DEMO_AREA_FIXED,
  DEMO_AREA_WRONG,
} DemoAreaState;

/* The @n members (5 to 7) of the committee invited, one role a line, as
 * a delegation writes them in French or in Arabic. */
char    *_riaya_demo_committee       (guint             n,
                                      RiayaLegalBasis   basis,
                                      gboolean          arabic);
/* The checklist of @visit, recorded (done_on set) at @institution: its
 * staffing against the norms, the other areas by @weakness (per mille of
 * the usual share of problems); for a follow-up, @areas (DemoAreaState
 * per area) says what to look at again. Returns the areas not compliant. */
guint    _riaya_demo_fill_checklist  (Demo             *demo,
                                      RiayaInspection  *visit,
                                      RiayaInstitution *institution,
                                      guint             weakness,
                                      const guint      *areas,
                                      gboolean          arabic);
/* The findings of @visit from its checklist (and @followed, the visit a
 * follow-up checks, or NULL). */
void     _riaya_demo_write_findings  (RiayaInspection  *visit,
                                      RiayaInspection  *followed,
                                      gboolean          arabic);
/* An action for each area of @visit (done on @day) not compliant, due
 * within one to three months and by @last_due, done in time, late or
 * never, never after @as_of; @fixed receives per area the day it was
 * done, 0 when nothing was asked, G_MAXUINT32 when never done. Returns
 * the number of actions. */
guint    _riaya_demo_add_actions     (Demo             *demo,
                                      RiayaInspection  *visit,
                                      guint32           day,
                                      guint32           last_due,
                                      guint32           as_of,
                                      gboolean          arabic,
                                      guint32          *fixed);

G_END_DECLS
