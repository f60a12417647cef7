/* riaya-demo-licences.c — the licences of the demo's institutions
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A demo licence lives as licences do: granted with its capacity lines,
 * perhaps modified or enlarged (Law 65.15 art. 17), sanctioned (art. 34)
 * or closed (art. 32), every event dated on a working day and none after
 * the demo's last day, so that each history passes
 * riaya_licence_check_history(). The generator is the demo's own
 * (riaya-demo.c): the same calls in the same order give the same data.
 */

#include "config.h"

#include "riaya-demo-private.h"
#include "riaya-demo-tables.h"

static void
add_capacity_lines (Demo             *demo,
                    RiayaInstitution *institution,
                    const Places     *places,
                    guint             n_places,
                    guint32           day)
{
  g_autofree char *date = _riaya_demo_iso_date (day);

  for (guint i = 0; i < n_places; i++)
    {
      g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (places[i].category, places[i].sex,
                                                                   places[i].places, date);
      g_autofree char *uuid = _riaya_demo_make_uuid (demo);

      riaya_capacity_line_set_uuid (line, uuid);
      riaya_institution_add_capacity_line (institution, line);
    }
}

static void
add_event (Demo                  *demo,
           RiayaInstitution      *institution,
           RiayaLicenceEventKind  kind,
           guint32                day,
           guint32                deadline_day,
           const char            *note)
{
  g_autofree char *date = _riaya_demo_iso_date (day);
  g_autofree char *deadline = deadline_day != 0 ? _riaya_demo_iso_date (deadline_day) : NULL;
  g_autoptr(RiayaLicenceEvent) event = riaya_licence_event_new (kind, date, deadline, note);
  g_autofree char *uuid = _riaya_demo_make_uuid (demo);

  riaya_licence_event_set_uuid (event, uuid);
  riaya_institution_add_event (institution, event);
}

void
_riaya_demo_grant (Demo             *demo,
                   RiayaInstitution *institution,
                   guint32           licence_day,
                   const Places     *places,
                   guint             n_places)
{
  add_event (demo, institution, RIAYA_LICENCE_EVENT_GRANTED, licence_day, 0, NULL);
  add_capacity_lines (demo, institution, places, n_places, licence_day);
}

void
_riaya_demo_enlarge (Demo             *demo,
                     RiayaInstitution *institution,
                     guint32           day,
                     Places           *places,
                     guint             n_places)
{
  for (guint i = 0; i < n_places; i++)
    places[i].places = even (places[i].places * between (demo, 110, 150) / 100);
  add_event (demo, institution, RIAYA_LICENCE_EVENT_MODIFIED, day, 0,
             "Extension de la capacité d'accueil autorisée (art. 17)");
  add_capacity_lines (demo, institution, places, n_places, day);
}

/* Sanctions of Law 65.15 art. 34: a warning with a deadline to
 * regularise; if nothing changes, a reprimand, then a temporary
 * withdrawal, lifted on regularisation or made permanent. */
static void
add_sanctions (Demo             *demo,
               RiayaInstitution *institution,
               guint32           day)
{
  guint32 deadline;

  day = _riaya_demo_working_day (day + between (demo, 120, 1500));
  if (day > demo->last_day)
    return;
  deadline = day + between (demo, 60, 180);
  add_event (demo, institution, RIAYA_LICENCE_EVENT_WARNING, day, deadline, *PICK (demo, warning_notes));

  if (!chance (demo, 0.35))
    return;
  day = _riaya_demo_working_day (deadline + between (demo, 10, 60));
  if (day > demo->last_day)
    return;
  deadline = day + between (demo, 45, 120);
  add_event (demo, institution, RIAYA_LICENCE_EVENT_REPRIMAND, day, deadline,
             "Avertissement resté sans suite (art. 34)");

  if (!chance (demo, 0.4))
    return;
  day = _riaya_demo_working_day (deadline + between (demo, 10, 60));
  if (day > demo->last_day)
    return;
  deadline = day + between (demo, 90, 180);
  add_event (demo, institution, RIAYA_LICENCE_EVENT_SUSPENDED, day, deadline,
             "Retrait temporaire de l'autorisation jusqu'à régularisation (art. 34)");

  if (chance (demo, 0.6))
    {
      day = _riaya_demo_working_day (day + between (demo, 60, 300));
      if (day <= demo->last_day)
        add_event (demo, institution, RIAYA_LICENCE_EVENT_REOPENED, day, 0,
                   "Reprise d'activité après régularisation");
    }
  else if (chance (demo, 0.3))
    {
      day = _riaya_demo_working_day (deadline + between (demo, 10, 90));
      if (day <= demo->last_day)
        add_event (demo, institution, RIAYA_LICENCE_EVENT_WITHDRAWN, day, 0,
                   "Retrait définitif : régularisation non effectuée (art. 34)");
    }
}

/* Art. 32: a voluntary closure after six months' notice; some reopen. */
static void
add_closure (Demo             *demo,
             RiayaInstitution *institution,
             guint32           day)
{
  gboolean works = chance (demo, 0.5);

  day = _riaya_demo_working_day (day + between (demo, 365, 3000));
  if (day > demo->last_day)
    return;
  add_event (demo, institution, RIAYA_LICENCE_EVENT_CLOSED, day, 0,
             works ? "Fermeture pour travaux de mise aux normes de sécurité"
                   : "Fermeture volontaire après préavis de six mois (art. 32)");

  if (!works && !chance (demo, 0.3))
    return;
  day = _riaya_demo_working_day (day + between (demo, 180, 700));
  if (day <= demo->last_day)
    add_event (demo, institution, RIAYA_LICENCE_EVENT_REOPENED, day, 0, "Réouverture après travaux");
}

/* The licence's life: granted, perhaps modified (art. 17) and enlarged
 * (a new dated capacity line), perhaps sanctioned or closed. Events are
 * made in date order and never after the demo's last day, so that every
 * history passes riaya_licence_check_history(). Returns the places
 * licensed at the end. */
guint
_riaya_demo_make_history (Demo             *demo,
                          RiayaInstitution *institution,
                          guint32           licence_day,
                          Places           *places,
                          guint             n_places)
{
  guint32 day = licence_day, next;
  guint total = 0;

  _riaya_demo_grant (demo, institution, licence_day, places, n_places);

  if (chance (demo, 0.25))
    {
      next = _riaya_demo_working_day (day + between (demo, 200, 1800));
      if (next <= demo->last_day)
        {
          add_event (demo, institution, RIAYA_LICENCE_EVENT_MODIFIED, next, 0,
                     *PICK (demo, modification_notes));
          day = next;
        }
    }

  if (chance (demo, 0.12))
    {
      next = _riaya_demo_working_day (day + between (demo, 300, 2400));
      if (next <= demo->last_day)
        {
          _riaya_demo_enlarge (demo, institution, next, places, n_places);
          day = next;
        }
    }

  if (chance (demo, 0.06))
    add_sanctions (demo, institution, day);
  else if (chance (demo, 0.006))
    add_closure (demo, institution, day);

  for (guint i = 0; i < n_places; i++)
    total += places[i].places;

  return total;
}
