/* riaya-demo-visit.c — one visit of the demo: planned, or recorded and decided
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A visit is recorded with the members present — a majority, or not
 * valid (decree 2.19.693 art. 8) and made again —, its checklist, and for
 * a valid one the committee's decision: the mildest step of Law 65.15
 * art. 34 (or art. 31) that the licence's history allows
 * (riaya_licence_check_event), which becomes an event of the licence. A
 * sanction the history already holds is the decision of its visit.
 * Then a follow-up comes back after the deadlines, for most visits with
 * a decision and fewer of the others; one that finds a suspension's
 * grounds put right reopens the institution.
 *
 * Each visit is written as riaya_store_add_inspection() writes it, after
 * the same checks (riaya-demo-inspections.c says why not through it).
 */

#include "config.h"

#include "riaya-demo-inspections-private.h"
#include "riaya-store-private.h"

/* Per mille of visits recorded without a majority present. */
#define NO_QUORUM_PER_MILLE 80

/* The deadline of a decision (Law 65.15 art. 34): one to three months to
 * regularise; a suspension ends after two to four. */
static guint32
deadline_for (Visitee       *visitee,
              RiayaDecision  decision,
              guint32        day)
{
  if (riaya_decision_needs_deadline (decision))
    return working_day_between (&visitee->demo, day + 30, day + 90);
  if (decision == RIAYA_DECISION_SUSPENSION)
    return working_day_between (&visitee->demo, day + 60, day + 120);
  return 0;
}

/* What the committee decides, before the licence's history is asked
 * whether it may. A follow-up that finds things still wrong goes one step
 * further along art. 34; otherwise the more that is wrong, the likelier a
 * warning, and a danger may close the house (art. 31). */
static RiayaDecision
choose_decision (Visitee         *visitee,
                 RiayaInspection *visit,
                 Record          *followed,
                 guint            bad)
{
  Demo *demo = &visitee->demo;
  RiayaDecision decision = RIAYA_DECISION_NONE;
  guint chances;

  if (bad == 0)
    return RIAYA_DECISION_NONE;

  if (followed != NULL)
    {
      switch (riaya_inspection_get_decision (followed->visit))
        {
        case RIAYA_DECISION_NONE:
          decision = chance (demo, 0.35) ? RIAYA_DECISION_WARNING : RIAYA_DECISION_NONE;
          break;
        case RIAYA_DECISION_WARNING:
          decision = chance (demo, 0.5) ? RIAYA_DECISION_REPRIMAND : RIAYA_DECISION_NONE;
          break;
        case RIAYA_DECISION_REPRIMAND:
          decision = chance (demo, 0.3) ? RIAYA_DECISION_SUSPENSION : RIAYA_DECISION_NONE;
          break;
        case RIAYA_DECISION_SUSPENSION:
          decision = chance (demo, 0.3) ? RIAYA_DECISION_WITHDRAWAL : RIAYA_DECISION_NONE;
          break;
        case RIAYA_DECISION_WITHDRAWAL:
        case RIAYA_DECISION_CLOSURE:
        case RIAYA_N_DECISIONS:
        default:
          break;
        }
    }
  else
    {
      chances = bad == 1 ? 5 : bad == 2 ? 35 : 150;
      if (riaya_inspection_get_kind (visit) == RIAYA_VISIT_KIND_COMPLAINT)
        chances *= 2;
      if (per_mille (demo, chances))
        decision = RIAYA_DECISION_WARNING;
      if (bad >= 3 && riaya_inspection_get_check (visit, RIAYA_CHECK_AREA_SAFETY) == RIAYA_CHECK_NOT_COMPLIANT)
        {
          if (per_mille (demo, 10))
            decision = RIAYA_DECISION_CLOSURE;
          else if (per_mille (demo, 40))
            decision = RIAYA_DECISION_SUSPENSION;
        }
    }

  /* A director's houses keep working: their registers go on. */
  if (visitee->visits->director && decision > RIAYA_DECISION_REPRIMAND)
    decision = RIAYA_DECISION_REPRIMAND;

  return decision;
}

static RiayaDecision
milder (RiayaDecision decision)
{
  switch (decision)
    {
    case RIAYA_DECISION_CLOSURE:
    case RIAYA_DECISION_WITHDRAWAL:
      return RIAYA_DECISION_SUSPENSION;
    case RIAYA_DECISION_SUSPENSION:
      return RIAYA_DECISION_REPRIMAND;
    case RIAYA_DECISION_REPRIMAND:
      return RIAYA_DECISION_WARNING;
    case RIAYA_DECISION_WARNING:
    case RIAYA_DECISION_NONE:
    case RIAYA_N_DECISIONS:
    default:
      return RIAYA_DECISION_NONE;
    }
}

static void
set_day (RiayaInspection *visit,
         void           (*setter) (RiayaInspection *, const char *),
         guint32          day)
{
  g_autofree char *iso = day != 0 ? _riaya_demo_iso_date (day) : NULL;

  setter (visit, iso);
}

/* Sets the decision of @visit and its deadline, the mildest step of
 * @decision that the licence's history allows (arts 31–34:
 * riaya_licence_check_event), and returns the licence event it becomes
 * (NULL for none). */
static RiayaLicenceEvent *
decide (Visitee         *visitee,
        RiayaInspection *visit,
        RiayaDecision    decision,
        guint32          day)
{
  RiayaInstitution *institution = visitee->institution;

  for (; decision != RIAYA_DECISION_NONE; decision = milder (decision))
    {
      g_autoptr(RiayaLicenceEvent) event = NULL;
      g_autofree char *uuid = NULL;

      riaya_inspection_set_decision (visit, decision);
      set_day (visit, riaya_inspection_set_decision_deadline, deadline_for (visitee, decision, day));
      event = riaya_inspection_make_licence_event (visit);
      uuid = _riaya_demo_make_uuid (&visitee->demo);
      riaya_licence_event_set_uuid (event, uuid);
      if (riaya_licence_check_event (riaya_institution_get_events (institution), event,
                                     riaya_institution_get_licence_date (institution), NULL, NULL))
        return g_steal_pointer (&event);
    }

  riaya_inspection_set_decision (visit, RIAYA_DECISION_NONE);
  riaya_inspection_set_decision_deadline (visit, NULL);
  return NULL;
}

/* Writes @visit, with @event (the licence event its decision becomes, or
 * NULL) and the journal rows, as riaya_store_add_inspection() does, after
 * the same checks. */
static gboolean
save_visit (Visitee            *visitee,
            RiayaInspection    *visit,
            RiayaLicenceEvent  *event,
            GError            **error)
{
  Visits *visits = visitee->visits;
  RiayaInstitution *institution = visitee->institution;
  const char *name = riaya_institution_get_name_fr (institution);
  g_autofree char *summary = NULL;

  if (!riaya_inspection_validate (visit, visits->today, error) ||
      !riaya_inspection_check_institution (visit, institution, error) ||
      (event != NULL && !riaya_licence_check_event (riaya_institution_get_events (institution), event,
                                                    riaya_institution_get_licence_date (institution), NULL,
                                                    error)))
    {
      g_prefix_error (error, "demo visit of %s to %s: ", riaya_inspection_get_planned_on (visit),
                      riaya_institution_get_licence_number (institution));
      return FALSE;
    }

  summary = g_strdup_printf ("Visit %s (%s) to “%s”, licence %s",
                             riaya_inspection_is_done (visit) ? "recorded" : "planned",
                             riaya_visit_kind_to_code (riaya_inspection_get_kind (visit)),
                             name != NULL ? name : riaya_institution_get_name_ar (institution),
                             riaya_institution_get_licence_number (institution));

  if (event != NULL)
    {
      if (!_riaya_store_write_licence_event (visits->store, riaya_institution_get_uuid (institution), event,
                                             visits->now, error))
        return FALSE;
      riaya_institution_add_event (institution, event);
      riaya_inspection_set_licence_event (visit, riaya_licence_event_get_uuid (event));
    }

  return _riaya_store_write_inspection (visits->store, NULL, visit, visits->now, error) &&
         _riaya_store_journal (visits->store, "inspection", riaya_inspection_get_uuid (visit), "create", summary,
                               error);
}

/* A visit planned and not recorded: to come, or one that did not take
 * place. A few of those to come are cancelled. */
static gboolean
plan_visit (Visitee          *visitee,
            RiayaInspection  *visit,
            GError          **error)
{
  Visits *visits = visitee->visits;
  g_autofree char *text = NULL;

  if (!save_visit (visitee, visit, NULL, error))
    return FALSE;
  if (_riaya_demo_parse_day (riaya_inspection_get_planned_on (visit)) <= visits->as_of ||
      !per_mille (&visitee->demo, 25))
    return TRUE;

  /* As riaya_store_delete_inspection() journals it. */
  text = g_strdup_printf ("Cancelled the planned visit (%s) to the institution with licence %s",
                          riaya_visit_kind_to_code (riaya_inspection_get_kind (visit)),
                          riaya_institution_get_licence_number (visitee->institution));
  return _riaya_store_set_inspection_deleted (visits->store, riaya_inspection_get_uuid (visit), visits->now,
                                              visits->now, error) &&
         _riaya_store_journal (visits->store, "inspection", riaya_inspection_get_uuid (visit), "delete", text,
                               error);
}

/* After a suspension, a follow-up that finds everything put right lifts
 * it (art. 34): the institution reopens that day, if its history allows. */
static gboolean
lift_suspension (Visitee  *visitee,
                 guint32   day,
                 GError  **error)
{
  RiayaInstitution *institution = visitee->institution;
  g_autofree char *date = _riaya_demo_iso_date (day);
  g_autofree char *uuid = _riaya_demo_make_uuid (&visitee->demo);
  g_autoptr(RiayaLicenceEvent) event = NULL;

  event = riaya_licence_event_new (RIAYA_LICENCE_EVENT_REOPENED, date, NULL,
                                   "Reprise d’activité après régularisation constatée par la commission de contrôle");

  riaya_licence_event_set_uuid (event, uuid);
  if (!riaya_licence_check_event (riaya_institution_get_events (institution), event,
                                  riaya_institution_get_licence_date (institution), NULL, NULL))
    return TRUE;
  if (!_riaya_store_write_licence_event (visitee->visits->store, riaya_institution_get_uuid (institution), event,
                                         visitee->visits->now, error))
    return FALSE;
  riaya_institution_add_event (institution, event);
  return TRUE;
}

/* What comes after a recorded visit: made again without a majority; a
 * follow-up after the deadline of a decision or of the actions, for most
 * of those with a decision and fewer of the others. */
static void
schedule_after (Visitee           *visitee,
                const Appointment *appointment,
                Record            *followed,
                Record            *record)
{
  RiayaInspection *visit = record->visit;
  RiayaDecision decision = riaya_inspection_get_decision (visit);
  Demo *demo = &visitee->demo;
  double likely;

  if (!riaya_inspection_has_quorum (visit))
    {
      if (visitee->habit == HABIT_REGULAR || chance (demo, 0.75))
        _riaya_demo_add_appointment (visitee, (Appointment) {
          .day = working_day_between (demo, record->day + 15, record->day + 35),
          .kind = riaya_inspection_get_kind (visit),
          .follows = followed,
        });
      return;
    }

  if (appointment->chained || (decision == RIAYA_DECISION_NONE && record->last_due == 0) ||
      decision == RIAYA_DECISION_WITHDRAWAL || decision == RIAYA_DECISION_CLOSURE)
    return;

  likely = decision == RIAYA_DECISION_SUSPENSION ? 1.0 : decision != RIAYA_DECISION_NONE ? 0.8 : 0.3;
  if (visitee->visits->director)
    likely = MAX (likely, 0.7);
  if (chance (demo, likely))
    _riaya_demo_add_appointment (visitee, (Appointment) {
      .day = working_day_between (demo, record->last_due + 7, record->last_due + 45),
      .kind = RIAYA_VISIT_KIND_FOLLOW_UP,
      .follows = record,
    });
}

/* The areas a follow-up looks at, as they stand on @day. */
static void
areas_on (Record  *followed,
          guint32  day,
          guint   *state)
{
  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    state[a] = followed->fixed[a] == 0 ? DEMO_AREA_UNSEEN
             : followed->fixed[a] <= day ? DEMO_AREA_FIXED : DEMO_AREA_WRONG;
}

static gboolean
record_visit (Visitee            *visitee,
              const Appointment  *appointment,
              RiayaInspection    *visit,
              Record             *followed,
              GError            **error)
{
  Visits *visits = visitee->visits;
  Demo *demo = &visitee->demo;
  gboolean arabic = visitee->delegation->arabic;
  guint32 day = appointment->day, deadline;
  guint invited = riaya_inspection_get_members_invited (visit), bad;
  guint state[RIAYA_N_CHECK_AREAS];
  g_autoptr(RiayaLicenceEvent) event = NULL;
  Record *record;

  set_day (visit, riaya_inspection_set_done_on, day);
  /* Decree art. 8: a majority of the members invited, or not valid. A
   * sanction was decided by a valid visit. */
  if (appointment->event != NULL || !per_mille (demo, NO_QUORUM_PER_MILLE))
    riaya_inspection_set_members_present (visit, between (demo, invited / 2 + 1, invited));
  else
    riaya_inspection_set_members_present (visit, between (demo, invited / 2 - 1, invited / 2));

  if (followed != NULL)
    areas_on (followed, day, state);
  bad = _riaya_demo_fill_checklist (demo, visit, visitee->institution, visitee->weakness,
                                    followed != NULL ? state : NULL, arabic);
  /* A sanction of the history had its grounds. */
  if (appointment->event != NULL && bad == 0)
    {
      riaya_inspection_set_check (visit, RIAYA_CHECK_AREA_REGISTER, RIAYA_CHECK_NOT_COMPLIANT,
                                  riaya_licence_event_get_note (appointment->event));
      bad = 1;
    }

  if (appointment->event != NULL)
    {
      RiayaDecision decision = RIAYA_DECISION_NONE;

      for (guint d = 0; d < RIAYA_N_DECISIONS; d++)
        {
          RiayaLicenceEventKind kind;

          if (riaya_decision_to_licence_event (d, &kind) && kind == riaya_licence_event_get_kind (appointment->event))
            decision = d;
        }
      riaya_inspection_set_decision (visit, decision);
      riaya_inspection_set_decision_deadline (visit, riaya_licence_event_get_deadline (appointment->event));
      riaya_inspection_set_licence_event (visit, riaya_licence_event_get_uuid (appointment->event));
    }
  else if (riaya_inspection_has_quorum (visit))
    event = decide (visitee, visit, choose_decision (visitee, visit, followed, bad), day);

  record = g_new0 (Record, 1);
  record->visit = g_object_ref (visit);
  record->day = day;
  deadline = 0;
  if (riaya_inspection_get_decision_deadline (visit) != NULL)
    deadline = _riaya_demo_parse_day (riaya_inspection_get_decision_deadline (visit));
  if (riaya_inspection_has_quorum (visit) && bad > 0)
    {
      guint32 by = deadline != 0 ? deadline : day + 90;

      _riaya_demo_add_actions (demo, visit, day, by, appointment->chained ? 0 : visits->as_of, arabic, record->fixed);
      record->last_due = by;
    }
  else
    record->last_due = deadline;
  g_ptr_array_add (visitee->records, record);

  _riaya_demo_write_findings (visit, followed != NULL ? followed->visit : NULL, arabic);
  if (!save_visit (visitee, visit, event, error))
    return FALSE;

  if (appointment->event != NULL)
    visitee->last_sanction = record;
  if (followed != NULL && bad == 0 &&
      riaya_inspection_get_decision (followed->visit) == RIAYA_DECISION_SUSPENSION &&
      !lift_suspension (visitee, day, error))
    return FALSE;

  schedule_after (visitee, appointment, followed, record);
  return TRUE;
}

gboolean
_riaya_demo_make_visit (Visitee            *visitee,
                        const Appointment  *appointment,
                        GError            **error)
{
  Visits *visits = visitee->visits;
  Demo *demo = &visitee->demo;
  RiayaInstitution *institution = visitee->institution;
  Record *followed = appointment->follows_last ? visitee->last_sanction : appointment->follows;
  /* The licence as the committee found it: a withdrawal of the history
   * that this visit decided is dated on its day. */
  g_autofree char *on = _riaya_demo_iso_date (appointment->day - (appointment->event != NULL));
  g_autofree char *uuid = NULL, *committee = NULL;
  g_autoptr(RiayaInspection) visit = NULL;
  RiayaLicenceStatus status = riaya_institution_get_status_on (institution, on);
  guint32 planned = appointment->day;
  guint invited = between (demo, 5, 7);
  RiayaVisitKind kind;

  /* Nothing left to visit: withdrawn, closed. A suspended house may be. */
  if (appointment->day > visits->plan_end ||
      (!riaya_licence_status_in_force (status) && status != RIAYA_LICENCE_STATUS_SUSPENDED))
    return TRUE;
  /* A sanction whose earlier visit could not be made is programmed. */
  if (appointment->kind == RIAYA_VISIT_KIND_FOLLOW_UP && followed == NULL && appointment->event == NULL)
    return TRUE;
  kind = followed != NULL ? appointment->kind : appointment->kind == RIAYA_VISIT_KIND_FOLLOW_UP
                                                ? RIAYA_VISIT_KIND_PROGRAMMED : appointment->kind;

  /* Some programmed visits were put off by a few days. */
  if (kind == RIAYA_VISIT_KIND_PROGRAMMED && appointment->day <= visits->as_of && chance (demo, 0.2))
    planned = MAX (appointment->day - between (demo, 3, 20), visits->first);

  uuid = _riaya_demo_make_uuid (demo);
  visit = riaya_inspection_new (riaya_institution_get_uuid (institution), NULL, kind);
  riaya_inspection_set_uuid (visit, uuid);
  set_day (visit, riaya_inspection_set_planned_on, planned);
  if (followed != NULL)
    riaya_inspection_set_follows (visit, riaya_inspection_get_uuid (followed->visit));
  committee = _riaya_demo_committee (invited, riaya_institution_get_legal_basis (institution),
                                     visitee->delegation->arabic);
  riaya_inspection_set_committee (visit, committee);

  /* To come; or programmed in the last year and never held (the
   * programme's overdue visits), but for the houses visited as the law
   * asks and the sanctions' visits. */
  if (appointment->day > visits->as_of ||
      (kind == RIAYA_VISIT_KIND_PROGRAMMED && appointment->event == NULL &&
       visitee->habit != HABIT_REGULAR && appointment->day + 365 > visits->as_of && per_mille (demo, 40)))
    return plan_visit (visitee, visit, error);

  riaya_inspection_set_members_invited (visit, invited);
  return record_visit (visitee, appointment, visit, followed, error);
}

