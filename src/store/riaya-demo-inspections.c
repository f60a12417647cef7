/* riaya-demo-inspections.c — the control committee's visits in the demo
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every profile's demo holds the visits of its institutions (issue 5):
 * five years up to the demo's last day and the year in progress up to
 * the day the grants stop too, then the visits planned for the rest of
 * that year and the next. They show what the Cour des comptes found over
 * 2012–2016 (domain.md §4), a little better: Law 14.05 asked for two
 * visits a year and Law 65.15 asks for one (art. 27), yet few
 * institutions are visited that often (about one in six here, 17 % then)
 * and about a third not once in five years (56 % then). Delegations
 * differ: some visit nearly all their institutions, others nearly none.
 *
 * Most visits come from the annual programme (decree 2.19.693 art. 7),
 * some are unannounced or follow a complaint, and follow-ups come back
 * after a deadline. About one visit in twelve is recorded without a
 * majority of the members invited, so it is not valid (decree art. 8) and
 * is made again. Most checklists are in order; what is not is asked to be
 * put right within one to three months, mostly done, some late, some
 * never. Decisions are rare: warnings and reprimands with a deadline
 * (Law 65.15 art. 34), now and then a suspension, very rarely a
 * withdrawal or a closure (art. 31). Each becomes an event of the licence,
 * checked against its history by riaya_licence_check_event() first; a
 * sanction the licence's history already holds gets the visit that
 * decided it.
 *
 * Visits are written as riaya_store_add_inspection() writes them, with
 * every check it makes, through the store's row writers
 * (riaya-demo-visit.c): the store's own path loads the institution back
 * for each of the 57,000 visits of the demo at ten times national scale,
 * and would give the licence events random UUIDs where the demo's must
 * come out the same at every load. Each institution's visits come from a
 * generator seeded with its UUID, and each delegation's habits from one
 * seeded with its code: a delegate's demo holds the same visits as the
 * national one.
 *
 * The visits are made before the counts, registers and grants: a
 * suspension or a withdrawal then empties the counts and stops the
 * grants as the licence's history says.
 */

#include "config.h"

#include "riaya-demo-inspections-private.h"
#include "riaya-store-private.h"

/* The year in progress is seen as it stands on this day of its year, or
 * today if that is earlier, as the grants are. */
#define AS_OF_MONTH G_DATE_OCTOBER
#define AS_OF_DAY   31

static guint32
fnv (guint32     seed,
     const char *text)
{
  for (const char *p = text; *p; p++)
    seed = (seed ^ (guchar) *p) * 16777619u;
  return seed;
}

static guint
year_of_day (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}

static void
record_free (gpointer data)
{
  Record *record = data;

  g_clear_object (&record->visit);
  g_free (record);
}

/* The delegation's habits, the same at every scale and in every demo. */
static void
make_delegation (Delegation *delegation,
                 GRand      *rand,
                 const char *province_code)
{
  Demo demo = { .rand = rand };
  guint roll;

  g_rand_set_seed (rand, fnv (fnv (2166136261u, province_code), "delegation"));
  roll = pick (&demo, 100);
  if (roll < 22)
    {
      /* Delegations that visit nearly everything, many as the law asks. */
      delegation->coverage = between (&demo, 850, 980);
      delegation->regular = between (&demo, 380, 560);
    }
  else if (roll < 44)
    {
      /* Delegations that visit next to nothing. */
      delegation->coverage = between (&demo, 30, 300);
      delegation->regular = between (&demo, 0, 60);
    }
  else
    {
      delegation->coverage = between (&demo, 550, 850);
      delegation->regular = between (&demo, 100, 240);
    }
  delegation->plans = between (&demo, 200, 600);
  delegation->arabic = chance (&demo, 0.5);
}

void
_riaya_demo_add_appointment (Visitee     *visitee,
                             Appointment  appointment)
{
  GArray *list = visitee->appointments;
  guint at = list->len;

  /* By day; a later one the same day after those already there. */
  while (at > 0 && g_array_index (list, Appointment, at - 1).day > appointment.day)
    at--;
  g_array_insert_val (list, at, appointment);
}

static void
add_day (Visitee        *visitee,
         guint32         day,
         RiayaVisitKind  kind)
{
  _riaya_demo_add_appointment (visitee, (Appointment) { .day = day, .kind = kind });
}

static RiayaVisitKind
pick_kind (Visitee *visitee)
{
  guint roll = pick (&visitee->demo, 100);

  if (visitee->habit == HABIT_REGULAR)
    return roll < 90 ? RIAYA_VISIT_KIND_PROGRAMMED : RIAYA_VISIT_KIND_UNANNOUNCED;
  /* Complaints come more often about institutions with problems. */
  if (roll < 12 * visitee->weakness / 1000)
    return RIAYA_VISIT_KIND_COMPLAINT;
  return roll < 88 ? RIAYA_VISIT_KIND_PROGRAMMED : RIAYA_VISIT_KIND_UNANNOUNCED;
}

/* The sanctions of the licence's history within the visits' years, each
 * with the visit that decided it: a reprimand, a suspension or a
 * withdrawal after an earlier sanction is a follow-up of its visit. */
static void
schedule_sanctions (Visitee *visitee)
{
  GListModel *events = riaya_institution_get_events (visitee->institution);
  g_autoptr(GPtrArray) sanctions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);
      RiayaLicenceEventKind kind = riaya_licence_event_get_kind (event);
      guint32 day = _riaya_demo_parse_day (riaya_licence_event_get_date (event));

      if ((kind == RIAYA_LICENCE_EVENT_WARNING || kind == RIAYA_LICENCE_EVENT_REPRIMAND ||
           kind == RIAYA_LICENCE_EVENT_SUSPENDED || kind == RIAYA_LICENCE_EVENT_WITHDRAWN) &&
          day >= visitee->visits->first && day <= visitee->visits->as_of)
        g_ptr_array_add (sanctions, g_steal_pointer (&event));
    }

  /* The demo's histories are made in date order. */
  for (guint i = 0; i < sanctions->len; i++)
    {
      RiayaLicenceEvent *event = g_ptr_array_index (sanctions, i);
      gboolean after = i > 0 && riaya_licence_event_get_kind (event) != RIAYA_LICENCE_EVENT_WARNING;

      _riaya_demo_add_appointment (visitee, (Appointment) {
        .day = _riaya_demo_parse_day (riaya_licence_event_get_date (event)),
        .kind = after ? RIAYA_VISIT_KIND_FOLLOW_UP : RIAYA_VISIT_KIND_PROGRAMMED,
        .event = event,
        .follows_last = after,
        .chained = i + 1 < sanctions->len,
      });
    }
}

/* The visits the delegation's habits give, recorded or to come. */
static void
schedule_habit (Visitee *visitee)
{
  Visits *visits = visitee->visits;
  Demo *demo = &visitee->demo;
  RiayaLegalBasis basis = riaya_institution_get_legal_basis (visitee->institution);
  guint32 licensed = _riaya_demo_parse_day (riaya_institution_get_licence_date (visitee->institution));
  guint32 start = MAX (visits->first, licensed + 30);

  if (visitee->habit == HABIT_REGULAR)
    {
      /* Law 14.05: one visit in each half of the year; Law 65.15 art.
       * 27: one a year. Both before the end of November, so that a visit
       * to make again still falls in the year. */
      for (guint year = year_of_day (visits->first); year <= year_of_day (visits->plan_end); year++)
        {
          guint32 days[2];
          guint n = 0;

          if (basis == RIAYA_LEGAL_BASIS_14_05)
            {
              days[n++] = working_day_between (demo, _riaya_demo_julian (year, G_DATE_JANUARY, 15),
                                               _riaya_demo_julian (year, G_DATE_JUNE, 15));
              days[n++] = working_day_between (demo, _riaya_demo_julian (year, G_DATE_SEPTEMBER, 15),
                                               _riaya_demo_julian (year, G_DATE_NOVEMBER, 20));
            }
          else
            days[n++] = working_day_between (demo, _riaya_demo_julian (year, G_DATE_FEBRUARY, 1),
                                             _riaya_demo_julian (year, G_DATE_NOVEMBER, 15));

          for (guint i = 0; i < n; i++)
            if (days[i] >= start && days[i] <= visits->plan_end)
              add_day (visitee, days[i], days[i] > visits->as_of ? RIAYA_VISIT_KIND_PROGRAMMED : pick_kind (visitee));
        }
      return;
    }

  if (visitee->habit == HABIT_SOMETIMES && start < visits->as_of)
    {
      static const guint visits_shares[] = { 40, 30, 20, 10 };
      guint n = 1 + _riaya_demo_pick_share (demo, visits_shares, G_N_ELEMENTS (visits_shares));

      for (guint i = 0; i < n; i++)
        add_day (visitee, working_day_between (demo, start, visits->as_of - 2), pick_kind (visitee));
    }

  /* The programme of the months to come (decree art. 7): some of the
   * institutions visited now and then, a few never visited yet. */
  if (per_mille (demo, visitee->habit == HABIT_NEVER ? visitee->delegation->plans / 3 : visitee->delegation->plans) ||
      (visits->director && visitee->habit != HABIT_NEVER))
    add_day (visitee, working_day_between (demo, visits->as_of + 7, visits->plan_end - 20), RIAYA_VISIT_KIND_PROGRAMMED);
}

/* A sanction's visit takes the place of the others near its day. */
static void
drop_near_sanctions (Visitee *visitee)
{
  GArray *list = visitee->appointments;
  g_autoptr(GArray) kept = g_array_sized_new (FALSE, FALSE, sizeof (Appointment), list->len);

  for (guint i = 0; i < list->len; i++)
    {
      Appointment *appointment = &g_array_index (list, Appointment, i);
      gboolean near = FALSE;

      for (guint j = 0; j < list->len && appointment->event == NULL && !near; j++)
        {
          Appointment *sanction = &g_array_index (list, Appointment, j);

          near = sanction->event != NULL && appointment->day + 30 >= sanction->day &&
                 appointment->day <= sanction->day + 30;
        }
      if (!near)
        g_array_append_val (kept, *appointment);
    }

  g_array_set_size (list, 0);
  g_array_append_vals (list, kept->data, kept->len);
}

static Habit
pick_habit (Demo             *demo,
            const Delegation *delegation)
{
  if (!per_mille (demo, delegation->coverage))
    return HABIT_NEVER;
  return per_mille (demo, delegation->regular) ? HABIT_REGULAR : HABIT_SOMETIMES;
}

static void
make_visitee (Visitee          *visitee,
              Visits           *visits,
              const Delegation *delegation,
              RiayaInstitution *institution)
{
  *visitee = (Visitee) {
    .demo = { .rand = visits->rand },
    .visits = visits,
    .institution = institution,
    .delegation = delegation,
  };

  /* FNV-1a of the UUID, then of "inspections": the same institution, the
   * same visits, and not the numbers its counts or grants drew. */
  g_rand_set_seed (visits->rand, fnv (fnv (2166136261u, riaya_institution_get_uuid (institution)), "inspections"));
  visitee->habit = pick_habit (&visitee->demo, delegation);
  /* A few houses have problems at every visit, a few hardly ever. */
  visitee->weakness = chance (&visitee->demo, 0.2) ? 2500 : chance (&visitee->demo, 0.15) ? 400 : 1000;
}

static gboolean
put_institution_visits (Visits            *visits,
                        const Delegation  *delegation,
                        RiayaInstitution  *institution,
                        gboolean           first_of_province,
                        GError           **error)
{
  g_autoptr(GArray) appointments = g_array_new (FALSE, FALSE, sizeof (Appointment));
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (record_free);
  Visitee visitee;

  make_visitee (&visitee, visits, delegation, institution);
  visitee.appointments = appointments;
  visitee.records = records;

  /* Every delegation has visited at least the oldest of its
   * institutions; a director's houses have all been visited. */
  if (visitee.habit == HABIT_NEVER && (first_of_province || visits->director))
    visitee.habit = HABIT_SOMETIMES;
  if (visits->director && chance (&visitee.demo, 0.5))
    visitee.habit = HABIT_REGULAR;

  schedule_habit (&visitee);
  schedule_sanctions (&visitee);
  drop_near_sanctions (&visitee);

  /* The list grows as visits call for others, always later. */
  for (guint i = 0; i < appointments->len; i++)
    {
      Appointment appointment = g_array_index (appointments, Appointment, i);

      if (!_riaya_demo_make_visit (&visitee, &appointment, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_riaya_demo_put_inspections (RiayaStore  *store,
                             Demo        *demo,
                             GPtrArray   *institutions,
                             gboolean     director,
                             GError     **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (0);
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *now = _riaya_store_now ();
  guint last_year = year_of_day (demo->last_day);
  Visits visits = {
    .store = store,
    .first = _riaya_demo_julian (last_year - DEMO_HISTORY_YEARS + 1, G_DATE_JANUARY, 1),
    .today = today,
    .now = now,
    .rand = rand,
    .director = director,
  };
  const char *province = NULL;
  Delegation delegation = { 0 };

  visits.as_of = MIN (_riaya_demo_julian (last_year + 1, AS_OF_MONTH, AS_OF_DAY), _riaya_demo_parse_day (today));
  while (_riaya_demo_working_day (visits.as_of) != visits.as_of)
    visits.as_of--;
  visits.plan_end = _riaya_demo_julian (year_of_day (visits.as_of) + 1, G_DATE_DECEMBER, 31);

  /* The registry comes province by province, in the order of the
   * licences: the same in a delegate's demo and in the national one. */
  for (guint i = 0; i < institutions->len; i++)
    {
      RiayaInstitution *institution = g_ptr_array_index (institutions, i);
      const char *code = riaya_institution_get_province_code (institution);
      gboolean first = province == NULL || !g_str_equal (province, code);

      if (first)
        {
          province = code;
          make_delegation (&delegation, rand, code);
        }
      if (!put_institution_visits (&visits, &delegation, institution, first, error))
        return FALSE;
    }

  return TRUE;
}
