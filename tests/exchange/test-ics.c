/* test-ics.c — inspection visits as iCalendar (RFC 5545)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two rules of the format that calendars are strict about — escaping
 * of TEXT (§3.3.11) and folding at 75 octets (§3.1) — over ASCII, Arabic
 * and four-octet characters at every alignment; then a calendar of visits
 * written with a fixed DTSTAMP and "today", line by line; the file
 * written whole or not at all. With --write-sample FILE it writes the
 * sample calendar that tests/data/check-ics.py reads back with Python's
 * icalendar (ics-sample.json holds what it must find).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "riaya-exchange-error.h"
#include "riaya-ics.h"
#include "riaya-inspection.h"

#define TODAY "2024-06-01"

/* A long Arabic name: more than 75 octets on its own. */
#define NAME_AR "دار الطالبة أصيلة لرعاية الفتيات القرويات المتمدرسات بإقليم طنجة أصيلة"
#define NAME_PUNCT "Centre «Al Amal», Fès; annexe\nHay Saada \\ Nord"
#define NAME_LONG "Établissement de protection sociale pour personnes âgées « Dar Al Ajaza » " \
                  "de l’Association marocaine de bienfaisance et d’entraide, annexe de la " \
                  "commune rurale d’Aïn Chkef, province de Moulay Yacoub"

static GDateTime *
fixed_stamp (void)
{
  return g_date_time_new_utc (2024, 6, 1, 8, 30, 5);
}

static RiayaInspection *
make_visit (const char     *uuid,
            const char     *name,
            const char     *licence,
            const char     *province,
            const char     *planned_on,
            RiayaVisitKind  kind,
            guint           revision)
{
  RiayaInspection *visit = riaya_inspection_new ("8d7e6f50-0000-4000-8000-000000000001", planned_on, kind);

  riaya_inspection_set_uuid (visit, uuid);
  riaya_inspection_set_institution_info (visit, name, licence, province);
  riaya_inspection_set_revision (visit, revision);
  return visit;
}

/* The visits of the sample: what ics-sample.json expects. */
static void
make_sample (GListStore *visits,
             GListStore *cancelled,
             GHashTable *locations)
{
  g_autoptr(RiayaInspection) arabic = NULL;
  g_autoptr(RiayaInspection) punct = NULL;
  g_autoptr(RiayaInspection) lengthy = NULL;
  g_autoptr(RiayaInspection) not_valid = NULL;
  g_autoptr(RiayaInspection) gone = NULL;

  arabic = make_visit ("11111111-1111-4111-8111-111111111111", NAME_AR, "T-1", "01.511", "2024-09-15",
                       RIAYA_VISIT_KIND_PROGRAMMED, 0);
  riaya_inspection_set_members_invited (arabic, 5);
  riaya_inspection_set_committee (arabic, "Mohammed Alaoui — Wilaya\nسعاد بنعلي — الصحة");
  g_list_store_append (visits, arabic);

  /* Done on another day than planned, with a warning; its findings name
   * a resident and must stay out of the calendar. */
  punct = make_visit ("22222222-2222-4222-8222-222222222222", NAME_PUNCT, "F-12/2019", "03.231", "2024-03-05",
                      RIAYA_VISIT_KIND_FOLLOW_UP, 3);
  riaya_inspection_set_institution_uuid (punct, "8d7e6f50-0000-4000-8000-000000000002");
  riaya_inspection_set_done_on (punct, "2024-03-10");
  riaya_inspection_set_members_invited (punct, 6);
  riaya_inspection_set_members_present (punct, 4);
  riaya_inspection_set_findings (punct, "Fatima Zahra B., 14, sleeps in the corridor.");
  riaya_inspection_set_check (punct, RIAYA_CHECK_AREA_SAFETY, RIAYA_CHECK_NOT_COMPLIANT, "Room of Karim T. unheated");
  riaya_inspection_set_decision (punct, RIAYA_DECISION_WARNING);
  riaya_inspection_set_decision_deadline (punct, "2024-06-30");
  g_list_store_append (visits, punct);
  g_hash_table_insert (locations, g_strdup (riaya_inspection_get_institution_uuid (punct)),
                       g_strdup ("Hay Saada; Saïss, Fès"));

  lengthy = make_visit ("33333333-3333-4333-8333-333333333333", NAME_LONG, "MY-7", "03.533", "2024-05-01",
                        RIAYA_VISIT_KIND_UNANNOUNCED, 1);
  riaya_inspection_set_institution_uuid (lengthy, "8d7e6f50-0000-4000-8000-000000000003");
  g_list_store_append (visits, lengthy);

  not_valid = make_visit ("44444444-4444-4444-8444-444444444444", "Dar Al Atfal Salé", "S-3", "04.441", "2024-02-28",
                          RIAYA_VISIT_KIND_COMPLAINT, 1);
  riaya_inspection_set_institution_uuid (not_valid, "8d7e6f50-0000-4000-8000-000000000004");
  riaya_inspection_set_done_on (not_valid, "2024-02-28");
  riaya_inspection_set_members_invited (not_valid, 5);
  riaya_inspection_set_members_present (not_valid, 2);
  g_list_store_append (visits, not_valid);

  gone = make_visit ("55555555-5555-4555-8555-555555555555", "Dar Taliba Taounate", "TA-1", "05.371", "2024-12-31",
                     RIAYA_VISIT_KIND_PROGRAMMED, 2);
  riaya_inspection_set_institution_uuid (gone, "8d7e6f50-0000-4000-8000-000000000005");
  g_list_store_append (cancelled, gone);
}

static char *
sample_calendar (GDateTime *stamp)
{
  g_autoptr(GListStore) visits = g_list_store_new (RIAYA_TYPE_INSPECTION);
  g_autoptr(GListStore) cancelled = g_list_store_new (RIAYA_TYPE_INSPECTION);
  g_autoptr(GHashTable) locations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  RiayaIcsOptions options = RIAYA_ICS_OPTIONS_INIT;

  make_sample (visits, cancelled, locations);
  options.today = TODAY;
  options.stamp = stamp;
  options.locations = locations;

  return riaya_ics_dup_calendar (G_LIST_MODEL (visits), G_LIST_MODEL (cancelled), &options);
}

/* Undoes the folding: every CRLF followed by a space goes. */
static char *
unfold (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  g_string_replace (out, "\r\n ", "", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Checks the physical lines of @text: CRLF only, at most 75 octets,
 * each valid UTF-8 on its own. Returns them. */
static GStrv
assert_lines (const char *text)
{
  g_auto(GStrv) lines = NULL;
  guint n;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      if (strlen (lines[i]) > 75)
        g_error ("line %u has %zu octets: %s", i + 1, strlen (lines[i]), lines[i]);
      if (!g_utf8_validate (lines[i], -1, NULL))
        g_error ("line %u is not UTF-8 on its own: a fold splits a character", i + 1);
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
    }

  return g_steal_pointer (&lines);
}

static void
test_escape (void)
{
  static const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "a\\,b" },
    { "a;b", "a\\;b" },
    { "back\\slash", "back\\\\slash" },
    { "one\ntwo", "one\\ntwo" },
    { "one\r\ntwo", "one\\ntwo" },
    { "one\rtwo", "one\\ntwo" },
    { "tab\there", "tab\there" },
    { "bell\aend", "bell end" },
    { "del\x7f" "end", "del end" },
    { "colon: quote\" kept", "colon: quote\" kept" },
    { "مؤسسة، الرباط؛ «أمل»", "مؤسسة، الرباط؛ «أمل»" },
    { "\\,;\n", "\\\\\\,\\;\\n" },
  };
  g_autofree char *null_text = riaya_ics_escape_text (NULL);
  g_autofree char *invalid = riaya_ics_escape_text ("bad \xff byte");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = riaya_ics_escape_text (cases[i].in);

      g_assert_cmpstr (escaped, ==, cases[i].out);
    }
  g_assert_cmpstr (null_text, ==, "");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
  g_assert_true (g_str_has_prefix (invalid, "bad "));
}

/* Lines of every length from 0 to 400 octets, of one-, two-, three- and
 * four-octet characters after a prefix that shifts where the folds fall. */
static void
test_fold (void)
{
  static const char * const units[] = { "a", "ع", "€", "𝔸", "é" "\xcc\x81" };
  static const char * const prefixes[] = { "SUMMARY:", "X:", "DESCRIPTION;LANGUAGE=ar:", "" };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    for (guint p = 0; p < G_N_ELEMENTS (prefixes); p++)
      for (guint count = 0; count < 200; count++)
        {
          g_autoptr(GString) line = g_string_new (prefixes[p]);
          g_autoptr(GString) out = g_string_new (NULL);
          g_auto(GStrv) lines = NULL;
          g_autofree char *unfolded = NULL;

          for (guint i = 0; i < count; i++)
            g_string_append (line, units[i % 3 == 2 ? 0 : u]);

          riaya_ics_append_line (out, line->str);
          lines = assert_lines (out->str);
          /* Continuation lines, and only they, start with the space. */
          for (guint i = 1; lines[i + 1] != NULL; i++)
            g_assert_cmpint (lines[i][0], ==, ' ');
          /* A line is cut only when it must be: all but the last are full
           * but for a character that did not fit. */
          for (guint i = 0; lines[i + 1] != NULL && lines[i + 2] != NULL; i++)
            g_assert_cmpuint (strlen (lines[i]), >, 75 - 4);
          if (line->len <= 75)
            g_assert_cmpuint (g_strv_length (lines), ==, 2);

          unfolded = unfold (out->str);
          g_assert_true (g_str_has_suffix (unfolded, "\r\n"));
          unfolded[strlen (unfolded) - 2] = '\0';
          g_assert_cmpstr (unfolded, ==, line->str);
        }
}

/* Escaped text with escapes at a fold unfolds to what was escaped. */
static void
test_fold_escaped (void)
{
  for (guint shift = 0; shift < 80; shift++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GString) out = g_string_new (NULL);
      g_autofree char *escaped = NULL;
      g_autofree char *line = NULL;
      g_autofree char *unfolded = NULL;
      g_auto(GStrv) lines = NULL;

      for (guint i = 0; i < shift; i++)
        g_string_append_c (text, 'x');
      g_string_append (text, "\\,;\n، ");
      g_string_append (text, NAME_AR);
      escaped = riaya_ics_escape_text (text->str);
      line = g_strconcat ("SUMMARY:", escaped, NULL);
      riaya_ics_append_line (out, line);
      lines = assert_lines (out->str);
      unfolded = unfold (out->str);
      unfolded[strlen (unfolded) - 2] = '\0';
      g_assert_cmpstr (unfolded, ==, line);
    }
}

static gboolean
has_line (GStrv       lines,
          const char *line)
{
  return g_strv_contains ((const char * const *) lines, line);
}

/* The calendar, property by property, with a fixed DTSTAMP and today. */
static void
test_calendar (void)
{
  g_autoptr(GDateTime) stamp = fixed_stamp ();
  g_autofree char *text = sample_calendar (stamp);
  g_autofree char *unfolded = unfold (text);
  g_autofree char *prodid = g_strdup_printf ("PRODID:-//Riaya//Riaya %s//EN", PACKAGE_VERSION);
  g_auto(GStrv) physical = assert_lines (text);
  g_auto(GStrv) lines = g_strsplit (unfolded, "\r\n", -1);
  guint begins = 0, ends = 0;

  g_assert_cmpstr (lines[0], ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (lines[1], ==, "VERSION:2.0");
  g_assert_cmpstr (lines[2], ==, prodid);
  g_assert_cmpstr (lines[3], ==, "CALSCALE:GREGORIAN");
  g_assert_cmpstr (lines[g_strv_length (lines) - 2], ==, "END:VCALENDAR");

  for (guint i = 0; lines[i] != NULL; i++)
    {
      begins += g_str_equal (lines[i], "BEGIN:VEVENT");
      ends += g_str_equal (lines[i], "END:VEVENT");
    }
  g_assert_cmpuint (begins, ==, 5);
  g_assert_cmpuint (ends, ==, 5);

  g_assert_true (has_line (lines, "UID:11111111-1111-4111-8111-111111111111@riaya"));
  g_assert_true (has_line (lines, "DTSTAMP:20240601T083005Z"));
  g_assert_true (has_line (lines, "DTSTART;VALUE=DATE:20240915"));
  g_assert_true (has_line (lines, "DTEND;VALUE=DATE:20240916"));
  g_assert_true (has_line (lines, "SUMMARY:Programmed: " NAME_AR));
  g_assert_true (has_line (lines, "LOCATION:01.511"));
  g_assert_true (has_line (lines, "DESCRIPTION:Licence: T-1\\nKind of visit: Programmed\\nStatus: Planned\\n"
                                  "Committee: 5 members invited\\nCommittee invited:\\n"
                                  "Mohammed Alaoui — Wilaya\\nسعاد بنعلي — الصحة"));
  g_assert_true (has_line (lines, "CATEGORIES:Inspection,Programmed"));
  /* The Arabic summary folds. */
  g_assert_false (has_line (physical, "SUMMARY:Programmed: " NAME_AR));

  /* Done: the day it was done, escaped name and place, the decision. */
  g_assert_true (has_line (lines, "DTSTART;VALUE=DATE:20240310"));
  g_assert_true (has_line (lines, "SEQUENCE:3"));
  g_assert_true (has_line (lines, "SUMMARY:Follow-up: Centre «Al Amal»\\, Fès\\; annexe\\nHay Saada \\\\ Nord"));
  g_assert_true (has_line (lines, "LOCATION:Hay Saada\\; Saïss\\, Fès"));
  g_assert_true (has_line (lines, "DESCRIPTION:Licence: F-12/2019\\nKind of visit: Follow-up\\nStatus: Done\\n"
                                  "Members present: 4 of 6 invited\\nDecision: Warning\\, deadline 2024-06-30"));
  /* Overdue, not valid, cancelled; month and year ends; leap day. */
  g_assert_true (has_line (lines, "DESCRIPTION:Licence: MY-7\\nKind of visit: Unannounced\\nStatus: Overdue"));
  g_assert_true (has_line (lines, "DTSTART;VALUE=DATE:20240228"));
  g_assert_true (has_line (lines, "DTEND;VALUE=DATE:20240229"));
  g_assert_true (has_line (lines, "DESCRIPTION:Licence: S-3\\nKind of visit: On a complaint\\nStatus: Not valid\\n"
                                  "Members present: 2 of 5 invited"));
  g_assert_true (has_line (lines, "DTSTART;VALUE=DATE:20241231"));
  g_assert_true (has_line (lines, "DTEND;VALUE=DATE:20250101"));
  g_assert_true (has_line (lines, "STATUS:CANCELLED"));
  g_assert_true (has_line (lines, "DESCRIPTION:Licence: TA-1\\nKind of visit: Programmed\\nStatus: Cancelled"));

  /* What a visit learnt of residents stays out. */
  g_assert_null (strstr (unfolded, "Fatima"));
  g_assert_null (strstr (unfolded, "Karim"));
  g_assert_null (strstr (unfolded, "corridor"));
}

/* Two exports at different times differ only in DTSTAMP: the UIDs are
 * stable, so that calendars update their entries. */
static void
test_stable (void)
{
  g_autoptr(GDateTime) first_stamp = fixed_stamp ();
  g_autoptr(GDateTime) later_stamp = g_date_time_add_days (first_stamp, 40);
  g_autofree char *first = sample_calendar (first_stamp);
  g_autofree char *later = sample_calendar (later_stamp);
  g_autoptr(GString) replaced = g_string_new (later);

  g_assert_cmpstr (first, !=, later);
  g_string_replace (replaced, "DTSTAMP:20240711T083005Z", "DTSTAMP:20240601T083005Z", 0);
  g_assert_cmpstr (first, ==, replaced->str);
}

/* The stamp is written in UTC whatever zone it was given in. */
static void
test_stamp_utc (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) stamp = g_date_time_new (zone, 2024, 6, 1, 9, 30, 5);
  g_autofree char *text = NULL;

  g_assert_nonnull (zone);
  text = sample_calendar (stamp);
  g_assert_nonnull (strstr (text, "\r\nDTSTAMP:20240601T083005Z\r\n"));
}

static void
test_empty (void)
{
  g_autoptr(GListStore) visits = g_list_store_new (RIAYA_TYPE_INSPECTION);
  g_autoptr(GDateTime) stamp = fixed_stamp ();
  RiayaIcsOptions options = { TODAY, stamp, NULL };
  g_autofree char *text = riaya_ics_dup_calendar (G_LIST_MODEL (visits), NULL, &options);
  g_autofree char *expected = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Riaya//Riaya %s//EN\r\n"
                                               "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n", PACKAGE_VERSION);

  g_assert_cmpstr (text, ==, expected);
}

/* Written whole, replacing the file; refused with a sentence, and
 * nothing written, where it cannot be. */
static void
test_write_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) visits = g_list_store_new (RIAYA_TYPE_INSPECTION);
  g_autoptr(GListStore) cancelled = g_list_store_new (RIAYA_TYPE_INSPECTION);
  g_autoptr(GHashTable) locations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *dir = g_dir_make_tmp ("riaya-ics-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "visits.ics", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "visits.ics", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;

  make_sample (visits, cancelled, locations);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  g_assert_true (riaya_ics_write_visits (path, G_LIST_MODEL (visits), G_LIST_MODEL (cancelled), TODAY, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (contents, "UID:55555555-5555-4555-8555-555555555555@riaya"));

  g_assert_false (riaya_ics_write_visits (missing, G_LIST_MODEL (visits), NULL, TODAY, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "visits.ics"));
  g_assert_nonnull (strstr (error->message, "choose another name"));

  /* Only the file itself is left: no temporary beside it. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "visits.ics");
  g_assert_null (g_dir_read_name (listing));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static int
write_sample (const char *path)
{
  g_autoptr(GDateTime) stamp = fixed_stamp ();
  g_autofree char *text = sample_calendar (stamp);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, text, -1, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

int
main (int    argc,
      char **argv)
{
  /* English labels whatever the developer's language: the sample's
   * expectations are in English. */
  g_setenv ("LANGUAGE", "en", TRUE);

  if (argc == 3 && g_str_equal (argv[1], "--write-sample"))
    return write_sample (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ics/escape", test_escape);
  g_test_add_func ("/ics/fold", test_fold);
  g_test_add_func ("/ics/fold-escaped", test_fold_escaped);
  g_test_add_func ("/ics/calendar", test_calendar);
  g_test_add_func ("/ics/stable-uids", test_stable);
  g_test_add_func ("/ics/stamp-utc", test_stamp_utc);
  g_test_add_func ("/ics/empty", test_empty);
  g_test_add_func ("/ics/write-file", test_write_file);

  return g_test_run ();
}
