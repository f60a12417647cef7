/* riaya-licence.c — what a licence's history means
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-licence.h"
#include "riaya-validation.h"

static int
compare_events_by_date (gconstpointer a,
                        gconstpointer b)
{
  RiayaLicenceEvent *ea = *(RiayaLicenceEvent **) a;
  RiayaLicenceEvent *eb = *(RiayaLicenceEvent **) b;
  int by_date = g_strcmp0 (riaya_licence_event_get_date (ea), riaya_licence_event_get_date (eb));

  if (by_date != 0)
    return by_date;

  /* Same day: a grant comes before anything else that day. */
  return (riaya_licence_event_get_kind (ea) != RIAYA_LICENCE_EVENT_GRANTED) -
         (riaya_licence_event_get_kind (eb) != RIAYA_LICENCE_EVENT_GRANTED);
}

static GPtrArray *
sorted_events (GListModel        *events,
               RiayaLicenceEvent *extra)
{
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = events ? g_list_model_get_n_items (events) : 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (events, i));
  if (extra != NULL)
    g_ptr_array_add (sorted, g_object_ref (extra));

  /* g_ptr_array_sort is not stable before GLib 2.76; ties are resolved
   * by compare_events_by_date itself for the case that matters. */
  g_ptr_array_sort (sorted, compare_events_by_date);

  return sorted;
}

/* One step of the licence's state machine. Returns FALSE when @kind makes
 * no sense in @status; @next is then left alone. */
static gboolean
apply_event (RiayaLicenceStatus     status,
             RiayaLicenceEventKind  kind,
             RiayaLicenceStatus    *next)
{
  gboolean operating = riaya_licence_status_in_force (status);

  switch (kind)
    {
    case RIAYA_LICENCE_EVENT_GRANTED:
      if (status != RIAYA_LICENCE_STATUS_NONE)
        return FALSE;
      *next = RIAYA_LICENCE_STATUS_ACTIVE;
      return TRUE;

    case RIAYA_LICENCE_EVENT_MODIFIED:
      /* Art. 17: a change declared for an operating institution; it does
       * not lift a sanction. */
      if (!operating)
        return FALSE;
      return TRUE;

    case RIAYA_LICENCE_EVENT_WARNING:
      if (!operating)
        return FALSE;
      if (status != RIAYA_LICENCE_STATUS_REPRIMANDED)
        *next = RIAYA_LICENCE_STATUS_WARNED;
      return TRUE;

    case RIAYA_LICENCE_EVENT_REPRIMAND:
      if (!operating)
        return FALSE;
      *next = RIAYA_LICENCE_STATUS_REPRIMANDED;
      return TRUE;

    case RIAYA_LICENCE_EVENT_SUSPENDED:
      /* Art. 34: temporary withdrawal of an institution still in force. */
      if (!operating)
        return FALSE;
      *next = RIAYA_LICENCE_STATUS_SUSPENDED;
      return TRUE;

    case RIAYA_LICENCE_EVENT_WITHDRAWN:
      if (!operating && status != RIAYA_LICENCE_STATUS_SUSPENDED)
        return FALSE;
      *next = RIAYA_LICENCE_STATUS_WITHDRAWN;
      return TRUE;

    case RIAYA_LICENCE_EVENT_CLOSED:
      /* Art. 31 (closure for danger) and art. 32 (voluntary closure). */
      if (!operating && status != RIAYA_LICENCE_STATUS_SUSPENDED)
        return FALSE;
      *next = RIAYA_LICENCE_STATUS_CLOSED;
      return TRUE;

    case RIAYA_LICENCE_EVENT_REOPENED:
      if (status != RIAYA_LICENCE_STATUS_CLOSED &&
          status != RIAYA_LICENCE_STATUS_SUSPENDED &&
          status != RIAYA_LICENCE_STATUS_WITHDRAWN)
        return FALSE;
      *next = RIAYA_LICENCE_STATUS_ACTIVE;
      return TRUE;

    case RIAYA_N_LICENCE_EVENT_KINDS:
    default:
      return FALSE;
    }
}

RiayaLicenceStatus
riaya_licence_status_after (RiayaLicenceStatus    status,
                            RiayaLicenceEventKind kind)
{
  apply_event (status, kind, &status);
  return status;
}

RiayaLicenceStatus
riaya_licence_status_on (GListModel *events,
                         const char *on)
{
  g_autoptr(GPtrArray) sorted = NULL;
  RiayaLicenceStatus status = RIAYA_LICENCE_STATUS_NONE;

  g_return_val_if_fail (events == NULL || G_IS_LIST_MODEL (events), RIAYA_LICENCE_STATUS_NONE);

  sorted = sorted_events (events, NULL);

  for (guint i = 0; i < sorted->len; i++)
    {
      RiayaLicenceEvent *event = g_ptr_array_index (sorted, i);

      if (on != NULL && g_strcmp0 (riaya_licence_event_get_date (event), on) > 0)
        break;

      /* A history that was valid when written stays valid; an impossible
       * step (say, from an old import) is skipped rather than guessed. */
      apply_event (status, riaya_licence_event_get_kind (event), &status);
    }

  return status;
}

static void
set_sequence_error (GError                **error,
                    RiayaLicenceEventKind   kind,
                    RiayaLicenceStatus      status,
                    const char             *date)
{
  if (kind == RIAYA_LICENCE_EVENT_GRANTED)
    g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                 _("This licence has already been granted: record a modification instead."));
  else if (kind == RIAYA_LICENCE_EVENT_REOPENED)
    g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                 /* Translators: %s is a licence status such as “Active”, %s a date */
                 _("Only a closed, suspended or withdrawn institution can be reopened; on %2$s this one is “%1$s”."),
                 riaya_licence_status_to_label (status), date);
  else if (status == RIAYA_LICENCE_STATUS_NONE)
    g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                 /* Translators: %s is a date */
                 _("On %s the licence had not been granted yet: check the date."),
                 date);
  else
    g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE,
                 /* Translators: the first %s is a licence event such as “Warning”, the second a status such as “Closed”, the third a date */
                 _("“%1$s” cannot be recorded for an institution that is “%2$s” on %3$s: record a reopening first, or check the date."),
                 riaya_licence_event_kind_to_label (kind),
                 riaya_licence_status_to_label (status), date);
}

gboolean
riaya_licence_check_event (GListModel         *events,
                           RiayaLicenceEvent  *event,
                           const char         *licence_date,
                           const GDate        *today,
                           GError            **error)
{
  g_autoptr(GPtrArray) sorted = NULL;
  RiayaLicenceStatus status = RIAYA_LICENCE_STATUS_NONE;
  RiayaLicenceEventKind kind;
  const char *date, *deadline;

  g_return_val_if_fail (events == NULL || G_IS_LIST_MODEL (events), FALSE);
  g_return_val_if_fail (RIAYA_IS_LICENCE_EVENT (event), FALSE);

  kind = riaya_licence_event_get_kind (event);
  date = riaya_licence_event_get_date (event);
  deadline = riaya_licence_event_get_deadline (event);

  if (!riaya_validate_past_date (date, _("The date of the event"), today, error))
    return FALSE;

  if (licence_date != NULL && g_strcmp0 (date, licence_date) < 0)
    {
      g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                   /* Translators: both %s are dates */
                   _("The event (%s) cannot come before the licence was granted (%s): check the date."),
                   date, licence_date);
      return FALSE;
    }

  if (deadline != NULL)
    {
      /* Art. 34: a warning or a reprimand gives a deadline to regularise. */
      if (kind != RIAYA_LICENCE_EVENT_WARNING && kind != RIAYA_LICENCE_EVENT_REPRIMAND &&
          kind != RIAYA_LICENCE_EVENT_SUSPENDED)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_FORMAT,
                       _("Only a warning, a reprimand or a suspension has a deadline: leave the deadline empty."));
          return FALSE;
        }
      if (!riaya_date_parse (deadline, NULL, error))
        return FALSE;
      if (g_strcmp0 (deadline, date) <= 0)
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_DATE_ORDER,
                       /* Translators: both %s are dates */
                       _("The deadline (%s) must come after the date of the event (%s)."),
                       deadline, date);
          return FALSE;
        }
    }

  sorted = sorted_events (events, event);

  for (guint i = 0; i < sorted->len; i++)
    {
      RiayaLicenceEvent *step = g_ptr_array_index (sorted, i);
      RiayaLicenceEventKind step_kind = riaya_licence_event_get_kind (step);

      if (!apply_event (status, step_kind, &status))
        {
          /* Name the new event if it is the one that breaks the history,
           * else the later event that it would make impossible. */
          set_sequence_error (error, step_kind, status, riaya_licence_event_get_date (step));
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
riaya_licence_check_history (GListModel   *events,
                             const char   *licence_date,
                             const GDate  *today,
                             GError      **error)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GListStore) so_far = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (events), FALSE);

  sorted = sorted_events (events, NULL);
  so_far = g_list_store_new (RIAYA_TYPE_LICENCE_EVENT);

  for (guint i = 0; i < sorted->len; i++)
    {
      RiayaLicenceEvent *event = g_ptr_array_index (sorted, i);

      if (!riaya_licence_check_event (G_LIST_MODEL (so_far), event, licence_date, today, error))
        return FALSE;
      g_list_store_append (so_far, event);
    }

  return TRUE;
}
