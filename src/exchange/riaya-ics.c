/* riaya-ics.c — inspection visits as an iCalendar file (RFC 5545)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One all-day VEVENT per visit: DTSTART is the day it was done, else the
 * day it is planned for, and DTEND the next day (RFC 5545 §3.6.1: the end
 * of a DATE event is exclusive). Institutions' names are Arabic as often
 * as French, so folding counts octets and never cuts a UTF-8 sequence.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-exchange-error.h"
#include "riaya-ics.h"
#include "riaya-inspection.h"
#include "riaya-store-institutions-on.h"
#include "riaya-validation.h"

/* RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets,
 * excluding the line break." */
#define MAX_LINE_OCTETS 75

char *
riaya_ics_escape_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid) + 8);

  for (const char *p = valid; *p != '\0'; p++)
    {
      char c = *p;

      switch (c)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\r':
          /* CRLF is one line break. */
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append_c (out, c);
          break;
        default:
          /* §3.3.11: TEXT holds no control character but HTAB. */
          if ((guchar) c < 0x20 || c == 0x7f)
            g_string_append_c (out, ' ');
          else
            g_string_append_c (out, c);
        }
    }

  return g_string_free (out, FALSE);
}

void
riaya_ics_append_line (GString    *out,
                       const char *line)
{
  gsize length;
  gsize pos = 0;
  gsize room = MAX_LINE_OCTETS;

  g_return_if_fail (out != NULL);
  g_return_if_fail (line != NULL);

  length = strlen (line);
  while (length - pos > room)
    {
      gsize cut = pos + room;

      /* Back to the first byte of the character that would be split: a
       * UTF-8 continuation byte is 10xxxxxx. */
      while (cut > pos && ((guchar) line[cut] & 0xc0) == 0x80)
        cut--;
      g_assert (cut > pos);

      g_string_append_len (out, line + pos, (gssize) (cut - pos));
      /* A fold is CRLF and one space, which counts in the next line. */
      g_string_append (out, "\r\n ");
      pos = cut;
      room = MAX_LINE_OCTETS - 1;
    }

  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");
}

/* "NAME:escaped value", folded. */
static void
append_text (GString    *out,
             const char *name,
             const char *value)
{
  g_autofree char *escaped = riaya_ics_escape_text (value);
  g_autofree char *line = g_strconcat (name, ":", escaped, NULL);

  riaya_ics_append_line (out, line);
}

/* "NAME:value" for values the format defines (dates, numbers, codes). */
static void
append_value (GString    *out,
              const char *name,
              const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  riaya_ics_append_line (out, line);
}

/* An ISO date and the next day as iCalendar DATE values (YYYYMMDD). */
static gboolean
event_days (const char  *iso,
            char       **start,
            char       **end)
{
  GDate date;

  if (iso == NULL || !riaya_date_parse (iso, &date, NULL))
    return FALSE;

  *start = g_strdup_printf ("%04u%02u%02u", g_date_get_year (&date),
                            g_date_get_month (&date), g_date_get_day (&date));
  g_date_add_days (&date, 1);
  *end = g_strdup_printf ("%04u%02u%02u", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
  return TRUE;
}

/* What a calendar shows under the event: public facts of the visit. The
 * findings and notes stay out: they may describe residents. */
static char *
dup_description (RiayaInspection *visit,
                 const char      *status_label)
{
  GString *text = g_string_new (NULL);
  const char *licence = riaya_inspection_get_licence_number (visit);
  const char *committee = riaya_inspection_get_committee (visit);
  guint invited = riaya_inspection_get_members_invited (visit);
  RiayaDecision decision = riaya_inspection_get_decision (visit);

  if (licence != NULL)
    {
      /* Translators: a line of a visit's description in a calendar; %s is a licence number */
      g_string_append_printf (text, _("Licence: %s"), licence);
      g_string_append_c (text, '\n');
    }
  /* Translators: a line of a visit's description in a calendar; %s is a kind of visit, such as “Programmed” */
  g_string_append_printf (text, _("Kind of visit: %s"),
                          riaya_visit_kind_to_label (riaya_inspection_get_kind (visit)));
  g_string_append_c (text, '\n');
  /* Translators: a line of a visit's description in a calendar; %s is a status, such as “Planned” */
  g_string_append_printf (text, _("Status: %s"), status_label);
  g_string_append_c (text, '\n');

  if (riaya_inspection_is_done (visit))
    {
      g_string_append_printf (text,
                              /* Translators: a line of a visit's description in a calendar; %1$u members came of %2$u invited */
                              _("Members present: %1$u of %2$u invited"),
                              riaya_inspection_get_members_present (visit), invited);
      g_string_append_c (text, '\n');
    }
  else if (invited > 0)
    {
      g_string_append_printf (text,
                              /* Translators: a line of a visit's description in a calendar */
                              ngettext ("Committee: %u member invited", "Committee: %u members invited", invited),
                              invited);
      g_string_append_c (text, '\n');
    }

  /* The members invited, officials of the committee (Law 65.15 art. 26),
   * so that each finds the visit in the calendar. */
  if (committee != NULL && *committee != '\0')
    {
      g_autofree char *members = g_strstrip (g_strdup (committee));

      g_string_append (text, _("Committee invited:"));
      g_string_append_c (text, '\n');
      g_string_append (text, members);
      g_string_append_c (text, '\n');
    }

  if (decision != RIAYA_DECISION_NONE)
    {
      const char *deadline = riaya_inspection_get_decision_deadline (visit);

      if (deadline != NULL)
        /* Translators: a line of a visit's description in a calendar; %1$s is a decision such as “Warning”, %2$s a date */
        g_string_append_printf (text, _("Decision: %1$s, deadline %2$s"),
                                riaya_decision_to_label (decision), deadline);
      else
        /* Translators: a line of a visit's description in a calendar; %s is a decision such as “Warning” */
        g_string_append_printf (text, _("Decision: %s"), riaya_decision_to_label (decision));
      g_string_append_c (text, '\n');
    }

  /* No line break after the last line. */
  if (text->len > 0 && text->str[text->len - 1] == '\n')
    g_string_truncate (text, text->len - 1);

  return g_string_free (text, FALSE);
}

static void
append_event (GString               *out,
              RiayaInspection       *visit,
              gboolean               cancelled,
              const char            *stamp,
              const RiayaIcsOptions *options,
              const char            *today)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *sequence = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  g_autofree char *categories = NULL;
  g_autofree char *escaped_kind = NULL;
  g_autofree char *escaped_riaya = NULL;
  const char *done_on = riaya_inspection_get_done_on (visit);
  const char *name = riaya_inspection_get_institution_name (visit);
  const char *location = NULL;
  const char *status_label;
  RiayaVisitKind kind = riaya_inspection_get_kind (visit);

  if (!event_days (done_on != NULL ? done_on : riaya_inspection_get_planned_on (visit), &start, &end))
    return;

  if (cancelled)
    status_label = C_("visit status", "Cancelled");
  else
    status_label = riaya_visit_status_to_label (riaya_inspection_get_status (visit, today));

  uid = g_strconcat (riaya_inspection_get_uuid (visit), "@riaya", NULL);
  sequence = g_strdup_printf ("%u", riaya_inspection_get_revision (visit));
  /* Translators: the title of a visit in a calendar; %1$s is a kind of
   * visit such as “Programmed”, %2$s the institution's name */
  summary = g_strdup_printf (_("%1$s: %2$s"), riaya_visit_kind_to_label (kind),
                             name != NULL ? name : riaya_inspection_get_institution_uuid (visit));
  description = dup_description (visit, status_label);

  if (options->locations != NULL)
    location = g_hash_table_lookup (options->locations, riaya_inspection_get_institution_uuid (visit));
  if (location == NULL)
    location = riaya_inspection_get_province_code (visit);

  /* CATEGORIES is a list: its commas separate, so each item is escaped
   * on its own (§3.8.1.2). */
  /* Translators: the category of the visits in a calendar */
  escaped_riaya = riaya_ics_escape_text (_("Inspection"));
  escaped_kind = riaya_ics_escape_text (riaya_visit_kind_to_label (kind));
  categories = g_strconcat (escaped_riaya, ",", escaped_kind, NULL);

  riaya_ics_append_line (out, "BEGIN:VEVENT");
  append_text (out, "UID", uid);
  append_value (out, "DTSTAMP", stamp);
  append_value (out, "DTSTART;VALUE=DATE", start);
  append_value (out, "DTEND;VALUE=DATE", end);
  append_value (out, "SEQUENCE", sequence);
  append_text (out, "SUMMARY", summary);
  if (location != NULL)
    append_text (out, "LOCATION", location);
  append_text (out, "DESCRIPTION", description);
  append_value (out, "STATUS", cancelled ? "CANCELLED" : "CONFIRMED");
  append_value (out, "CATEGORIES", categories);
  /* A whole day in the calendar, which does not block other work. */
  append_value (out, "TRANSP", "TRANSPARENT");
  riaya_ics_append_line (out, "END:VEVENT");
}

char *
riaya_ics_dup_calendar (GListModel            *visits,
                        GListModel            *cancelled,
                        const RiayaIcsOptions *options)
{
  static const RiayaIcsOptions defaults = RIAYA_ICS_OPTIONS_INIT;
  g_autoptr(GHashTable) written = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *today = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *prodid = NULL;
  GString *out;

  g_return_val_if_fail (G_IS_LIST_MODEL (visits), NULL);
  g_return_val_if_fail (cancelled == NULL || G_IS_LIST_MODEL (cancelled), NULL);

  if (options == NULL)
    options = &defaults;
  today = options->today != NULL ? g_strdup (options->today) : riaya_date_today_iso ();
  if (options->stamp == NULL)
    now = g_date_time_new_now_utc ();
  utc = g_date_time_to_utc (options->stamp != NULL ? options->stamp : now);
  /* §3.8.7.2: DTSTAMP is in UTC. */
  stamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  prodid = g_strdup_printf ("-//Riaya//Riaya %s//EN", PACKAGE_VERSION);

  out = g_string_new (NULL);
  riaya_ics_append_line (out, "BEGIN:VCALENDAR");
  append_value (out, "VERSION", "2.0");
  append_value (out, "PRODID", prodid);
  append_value (out, "CALSCALE", "GREGORIAN");

  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);

      if (!g_hash_table_add (written, (gpointer) riaya_inspection_get_uuid (visit)))
        continue;
      append_event (out, visit, FALSE, stamp, options, today);
    }

  for (guint i = 0; cancelled != NULL && i < g_list_model_get_n_items (cancelled); i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (cancelled, i);

      /* One event per UID: a visit listed as both keeps its live state. */
      if (!g_hash_table_add (written, (gpointer) riaya_inspection_get_uuid (visit)))
        continue;
      append_event (out, visit, TRUE, stamp, options, today);
    }

  riaya_ics_append_line (out, "END:VCALENDAR");

  return g_string_free (out, FALSE);
}

gboolean
riaya_ics_write_file (const char            *path,
                      GListModel            *visits,
                      GListModel            *cancelled,
                      const RiayaIcsOptions *options,
                      GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (visits), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = riaya_ics_dup_calendar (visits, cancelled, options);

  /* Written beside @path and renamed over it: a calendar that imports
   * the file never reads half of it. */
  if (!g_file_set_contents_full (path, text, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0644, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE,
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("Cannot save the calendar as “%1$s” (%2$s): choose another name, or a folder you may write to on a disk with room left."),
                   display, local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
riaya_ics_write_visits (const char  *path,
                        GListModel  *visits,
                        GListModel  *cancelled,
                        const char  *today,
                        GError     **error)
{
  RiayaIcsOptions options = RIAYA_ICS_OPTIONS_INIT;

  options.today = today;

  return riaya_ics_write_file (path, visits, cancelled, &options, error);
}

static gboolean
add_locations_of (RiayaStore  *store,
                  GListModel  *visits,
                  GHashTable  *locations,
                  GError     **error)
{
  for (guint i = 0; visits != NULL && i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(RiayaInspection) visit = g_list_model_get_item (visits, i);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *commune = NULL;
      g_autofree char *province_code = NULL;
      const char *uuid = riaya_inspection_get_institution_uuid (visit);
      RiayaTerritory *province;
      const char *province_name;

      if (g_hash_table_contains (locations, uuid))
        continue;

      /* Two columns, not the institution's history: the largest
       * province's calendar has thousands of visits. */
      if (!riaya_store_get_institution_location (store, uuid, &commune, &province_code, &local_error))
        {
          /* A cancelled visit's institution may be gone since: its
           * province code will do. */
          if (g_error_matches (local_error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      province = riaya_store_lookup_territory (store, province_code);
      province_name = province != NULL ? riaya_territory_get_display_name (province) : NULL;

      if (commune != NULL && province_name != NULL)
        g_hash_table_insert (locations, g_strdup (uuid),
                             /* Translators: where a visit takes place in a calendar; %1$s is a commune, %2$s a province */
                             g_strdup_printf (_("%1$s, %2$s"), commune, province_name));
      else if (commune != NULL || province_name != NULL)
        g_hash_table_insert (locations, g_strdup (uuid),
                             g_strdup (commune != NULL ? commune : province_name));
    }

  return TRUE;
}

GHashTable *
riaya_ics_dup_locations (RiayaStore  *store,
                         GListModel  *visits,
                         GListModel  *cancelled,
                         GError     **error)
{
  g_autoptr(GHashTable) locations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (visits), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!add_locations_of (store, visits, locations, error) ||
      !add_locations_of (store, cancelled, locations, error))
    return NULL;

  return g_steal_pointer (&locations);
}
