/* riaya-exchange-reader-inspection.c — <inspection>, its checklist and
 * corrective actions
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A visit of the control committee (Law 65.15 arts 26–27, decree
 * 2.19.693 arts 7–9). The committee is made of officials; its members'
 * names are no resident's personal data.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-exchange-reader-private.h"

/* A provincial committee has a dozen members; a hundred is no real one. */
#define MAX_MEMBERS 100

static gboolean
inspection_start (RiayaExchangeReader  *self,
                  GError              **error)
{
  const char *uuid, *planned, *done, *deadline, *updated, *deleted;
  const char *follows, *licence_event;
  gint64 invited, present, revision;
  guint kind, decision;
  g_autoptr(RiayaInspection) inspection = NULL;

  if (!_riaya_exchange_reader_new_uuid (self, "uuid", &uuid, error) ||
      !_riaya_exchange_reader_code (self, "kind", RIAYA_CODE_VISIT_KIND, &kind, error) ||
      !_riaya_exchange_reader_date (self, "planned", TRUE, &planned, error) ||
      !_riaya_exchange_reader_date (self, "done", FALSE, &done, error) ||
      !_riaya_exchange_reader_number (self, "members-invited", 0, MAX_MEMBERS, &invited, error) ||
      !_riaya_exchange_reader_number (self, "members-present", 0, MAX_MEMBERS, &present, error) ||
      !_riaya_exchange_reader_code (self, "decision", RIAYA_CODE_DECISION, &decision, error) ||
      !_riaya_exchange_reader_date (self, "decision-deadline", FALSE, &deadline, error) ||
      !_riaya_exchange_reader_number (self, "revision", 0, G_MAXINT32, &revision, error) ||
      !_riaya_exchange_reader_instant (self, "updated", TRUE, &updated, error) ||
      !_riaya_exchange_reader_instant (self, "deleted", FALSE, &deleted, error))
    return FALSE;
  follows = _riaya_exchange_reader_attr (self, "follows");
  licence_event = _riaya_exchange_reader_attr (self, "licence-event");

  inspection = riaya_inspection_new (riaya_institution_get_uuid (self->bundle->institution),
                                     planned, (RiayaVisitKind) kind);
  riaya_inspection_set_uuid (inspection, uuid);
  riaya_inspection_set_done_on (inspection, done);
  riaya_inspection_set_follows (inspection, follows);
  riaya_inspection_set_members_invited (inspection, (guint) invited);
  riaya_inspection_set_members_present (inspection, (guint) present);
  riaya_inspection_set_decision (inspection, (RiayaDecision) decision);
  riaya_inspection_set_decision_deadline (inspection, deadline);
  riaya_inspection_set_licence_event (inspection, licence_event);
  riaya_inspection_set_revision (inspection, (guint) revision);
  _riaya_exchange_reader_keep (G_OBJECT (inspection), RIAYA_EXCHANGE_DATA_UPDATED, updated);
  _riaya_exchange_reader_keep (G_OBJECT (inspection), RIAYA_EXCHANGE_DATA_DELETED, deleted);

  g_clear_object (&self->inspection);
  self->inspection = g_steal_pointer (&inspection);
  self->checks_seen = 0;
  self->seen[RIAYA_COUNT_INSPECTIONS]++;
  return TRUE;
}

static gboolean
inspection_end (RiayaExchangeReader  *self,
                const char           *text,
                GError              **error)
{
  g_ptr_array_add (self->bundle->inspections, g_steal_pointer (&self->inspection));
  return TRUE;
}

static gboolean
committee_end (RiayaExchangeReader  *self,
               const char           *text,
               GError              **error)
{
  riaya_inspection_set_committee (self->inspection, text);
  return TRUE;
}

static gboolean
findings_end (RiayaExchangeReader  *self,
              const char           *text,
              GError              **error)
{
  riaya_inspection_set_findings (self->inspection, text);
  return TRUE;
}

static gboolean
check_start (RiayaExchangeReader  *self,
             GError              **error)
{
  guint area, result;

  if (!_riaya_exchange_reader_code (self, "area", RIAYA_CODE_CHECK_AREA, &area, error) ||
      !_riaya_exchange_reader_code (self, "result", RIAYA_CODE_CHECK_RESULT, &result, error))
    return FALSE;

  if (self->checks_seen & (1u << area))
    return _riaya_exchange_reader_failf (self, error, RIAYA_EXCHANGE_ERROR_DUPLICATE,
                                         /* Translators: %s is the code of an area of the checklist ("safety") */
                                         _("a visit checks the area “%s” twice."),
                                         riaya_check_area_to_code ((RiayaCheckArea) area));
  self->checks_seen |= 1u << area;

  self->check_area = (RiayaCheckArea) area;
  self->check_result = (RiayaCheckResult) result;
  g_clear_pointer (&self->check_note, g_free);
  return TRUE;
}

static gboolean
check_note_end (RiayaExchangeReader  *self,
                const char           *text,
                GError              **error)
{
  g_free (self->check_note);
  self->check_note = g_strdup (text);
  return TRUE;
}

static gboolean
check_end (RiayaExchangeReader  *self,
           const char           *text,
           GError              **error)
{
  riaya_inspection_set_check (self->inspection, self->check_area, self->check_result, self->check_note);
  g_clear_pointer (&self->check_note, g_free);
  return TRUE;
}

static gboolean
action_start (RiayaExchangeReader  *self,
              GError              **error)
{
  const char *uuid, *due, *done;

  if (!_riaya_exchange_reader_new_uuid (self, "uuid", &uuid, error) ||
      !_riaya_exchange_reader_date (self, "due", TRUE, &due, error) ||
      !_riaya_exchange_reader_date (self, "done", FALSE, &done, error))
    return FALSE;

  g_clear_object (&self->action);
  self->action = riaya_corrective_action_new (NULL, due);
  riaya_corrective_action_set_uuid (self->action, uuid);
  riaya_corrective_action_set_done_on (self->action, done);
  self->seen[RIAYA_COUNT_CORRECTIVE_ACTIONS]++;
  return TRUE;
}

static gboolean
description_end (RiayaExchangeReader  *self,
                 const char           *text,
                 GError              **error)
{
  riaya_corrective_action_set_description (self->action, text);
  return TRUE;
}

static gboolean
action_end (RiayaExchangeReader  *self,
            const char           *text,
            GError              **error)
{
  g_autoptr(RiayaCorrectiveAction) action = g_steal_pointer (&self->action);

  riaya_inspection_add_action (self->inspection, action);
  return TRUE;
}

const RiayaElementHandler _riaya_exchange_inspection_handlers[] = {
  { "institution", "inspection", inspection_start, inspection_end, FALSE },
  { "inspection", "committee", NULL, committee_end, TRUE },
  { "inspection", "findings", NULL, findings_end, TRUE },
  { "inspection", "check", check_start, check_end, FALSE },
  { "check", "note", NULL, check_note_end, TRUE },
  { "inspection", "corrective-action", action_start, action_end, FALSE },
  { "corrective-action", "description", NULL, description_end, TRUE },
  { NULL, NULL, NULL, NULL, FALSE },
};
