/* riaya-ics.h — inspection visits as an iCalendar file (RFC 5545)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Delegations keep the committee's visits in their calendars (exchange.md,
 * "Calendar and spreadsheets"). Each visit is one all-day VEVENT whose UID
 * comes from the visit's UUID and whose SEQUENCE is the visit's revision,
 * so that importing a later export updates the calendar's entries rather
 * than adding new ones, and a cancelled visit (STATUS:CANCELLED) removes
 * its entry. The file names institutions, dates, the kind and status of
 * each visit and the committee (officials): never a resident, and never
 * the findings or notes, which may describe residents.
 */

#pragma once

#include <gio/gio.h>

#include "riaya-store.h"

G_BEGIN_DECLS

/* How a calendar is written. Zero/NULL fields take their default. */
typedef struct
{
  const char *today;      /* statuses (planned, overdue…) judged on this day; NULL: today */
  GDateTime  *stamp;      /* DTSTAMP, the instant of the export; NULL: now */
  GHashTable *locations;  /* institution UUID (char *) → LOCATION text (char *),
                           * nullable; a visit without one shows its province code */
} RiayaIcsOptions;

#define RIAYA_ICS_OPTIONS_INIT { NULL, NULL, NULL }

/* The calendar of @visits (RiayaInspection, with their institution's
 * info as the store lists them) and of @cancelled (nullable: visits
 * hidden since an earlier export, written with STATUS:CANCELLED), as the
 * text of an .ics file: CRLF line ends, lines folded at 75 octets. */
char       *riaya_ics_dup_calendar      (GListModel            *visits,
                                         GListModel            *cancelled,
                                         const RiayaIcsOptions *options);

/* Writes riaya_ics_dup_calendar() to @path, all or nothing: the file is
 * written beside @path and renamed over it. RIAYA_EXCHANGE_ERROR_WRITE,
 * with a translated sentence, when it cannot be. */
gboolean    riaya_ics_write_file        (const char            *path,
                                         GListModel            *visits,
                                         GListModel            *cancelled,
                                         const RiayaIcsOptions *options,
                                         GError               **error);

/* The same with the default options but @today: DTSTAMP now, LOCATION the
 * province code. */
gboolean    riaya_ics_write_visits      (const char            *path,
                                         GListModel            *visits,
                                         GListModel            *cancelled,
                                         const char            *today,
                                         GError               **error);

/* The place of each institution of @visits and @cancelled (nullable) for
 * RiayaIcsOptions.locations: "commune, province" with the province's name
 * in the interface language, or the province's name alone when no commune
 * is recorded. (transfer full) UUID → text. */
GHashTable *riaya_ics_dup_locations     (RiayaStore            *store,
                                         GListModel            *visits,
                                         GListModel            *cancelled,
                                         GError               **error);

/* --- The two rules of the format, for the tests ------------------------ */

/* @text as an iCalendar TEXT value (RFC 5545 §3.3.11): backslash,
 * semicolon and comma escaped with a backslash, each line break written
 * "\n"; other control characters, which TEXT may not hold, become spaces;
 * invalid UTF-8 is replaced. */
char       *riaya_ics_escape_text       (const char            *text);

/* Appends the content line @line (no line break in it) to @out, folded
 * as RFC 5545 §3.1 asks: no line longer than 75 octets, a fold being CRLF
 * and one space, never inside a UTF-8 sequence; then CRLF. */
void        riaya_ics_append_line       (GString               *out,
                                         const char            *line);

G_END_DECLS
