/* riaya-institution-summary-content.c — what the summary says, block by block
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The institution as it stood on a date (riaya-institution-summary-
 * data.c reads it): its licence (Law 65.15 arts 10, 16) and the latest
 * events of it (arts 31, 34), the places in force and the people present
 * at the latest count, the staff against the norms of the 2007 model
 * specification, the Entraide Nationale's annual grants with their
 * tranches and justification, and the control committee's visits (arts
 * 26–29). It speaks the interface's language and names no resident: the
 * counts hold numbers, never people (Law 65.15 art. 4, confidentiality of
 * the beneficiaries' information; Law 09-08).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>

#include "riaya-institution-summary-private.h"
#include "riaya-register-document-private.h"
#include "riaya-staffing.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"
#include "riaya-store-residents.h"
#include "riaya-table.h"

/* --- Blocks ---------------------------------------------------------- */

typedef struct
{
  const RiayaSummaryData *data;
  GPtrArray              *blocks;
  guint                   max_items;
} Content;

void
_riaya_summary_block_free (RiayaSummaryBlock *block)
{
  g_strfreev (block->cells);
  g_free (block);
}

/* Appends a block of @kind; the cells are copied. */
static void
add (Content               *self,
     RiayaSummaryBlockKind  kind,
     RiayaSummaryTable      table,
     const char            *first,
     ...) G_GNUC_NULL_TERMINATED;

static void
add (Content               *self,
     RiayaSummaryBlockKind  kind,
     RiayaSummaryTable      table,
     const char            *first,
     ...)
{
  RiayaSummaryBlock *block = g_new0 (RiayaSummaryBlock, 1);
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  const char *cell = first;
  va_list args;

  va_start (args, first);
  while (cell != NULL)
    {
      g_strv_builder_add (cells, cell);
      cell = va_arg (args, const char *);
    }
  va_end (args);

  block->kind = kind;
  block->table = table;
  block->cells = g_strv_builder_end (cells);
  g_ptr_array_add (self->blocks, block);
}

static void
add_heading (Content    *self,
             const char *heading)
{
  add (self, RIAYA_SUMMARY_BLOCK_HEADING, RIAYA_SUMMARY_TABLE_NONE, heading, NULL);
}

static void
add_note (Content    *self,
          const char *note)
{
  add (self, RIAYA_SUMMARY_BLOCK_NOTE, RIAYA_SUMMARY_TABLE_NONE, note, NULL);
}

/* "and 3 more", when @n items were not shown; @format is ngettext()'s
 * for @n, so that xgettext sees the plural forms together. */
static void
add_more (Content    *self,
          guint       n,
          const char *format)
{
  g_autofree char *count = NULL;
  g_autofree char *note = NULL;

  if (n == 0)
    return;
  count = riaya_table_format_integer (n);
  note = g_strdup_printf (format, count);
  add_note (self, note);
}

static char *
format_count (guint n)
{
  return riaya_table_format_integer (n);
}

static char *
format_rate (guint present,
             guint places)
{
  if (places == 0)
    return g_strdup ("—");
  return riaya_table_format_percent (100.0 * present / places);
}

static const char *
on (Content *self)
{
  return self->data->on;
}

static void
add_identity (Content *self)
{
  RiayaInstitution *institution = self->data->institution;
  const char *ar = riaya_institution_get_name_ar (institution);
  const char *fr = riaya_institution_get_name_fr (institution);
  gboolean arabic_first = g_strcmp0 (riaya_interface_language (), "ar") == 0;
  const char *first = arabic_first ? ar : fr;
  const char *second = arabic_first ? fr : ar;
  g_autofree char *first_name = NULL;
  g_autofree char *second_name = NULL;
  g_autofree char *commune = _riaya_register_document_isolate (riaya_institution_get_commune (institution));
  g_autofree char *address = _riaya_register_document_isolate (riaya_institution_get_address (institution));
  g_autofree char *director = _riaya_register_document_isolate (riaya_institution_get_director (institution));
  g_autofree char *province = _riaya_register_document_isolate (self->data->province);
  g_autofree char *region = _riaya_register_document_isolate (self->data->region);
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_auto(GStrv) cells = NULL;
  RiayaSummaryBlock *block;

  /* The name in the interface's script first, then in the other one, as
   * the institution has them: each in its own direction. */
  if (first == NULL)
    {
      first = second;
      second = NULL;
    }
  first_name = _riaya_register_document_isolate (first);
  add (self, RIAYA_SUMMARY_BLOCK_NAME, RIAYA_SUMMARY_TABLE_NONE, first_name, NULL);
  if (second != NULL)
    {
      second_name = _riaya_register_document_isolate (second);
      add (self, RIAYA_SUMMARY_BLOCK_NAME, RIAYA_SUMMARY_TABLE_NONE, second_name, NULL);
    }

  g_strv_builder_add_many (fields,
                           _("Type"),
                           riaya_institution_type_to_label (riaya_institution_get_institution_type (institution)),
                           _("Legal basis"),
                           riaya_legal_basis_to_label (riaya_institution_get_legal_basis (institution)),
                           _("Province"), province,
                           _("Region"), region,
                           NULL);
  if (*commune != '\0')
    g_strv_builder_add_many (fields, _("Commune"), commune, NULL);
  if (*director != '\0')
    g_strv_builder_add_many (fields, _("Director"), director, NULL);
  if (*address != '\0')
    g_strv_builder_add_many (fields, _("Address"), address, NULL);

  cells = g_strv_builder_end (fields);
  block = g_new0 (RiayaSummaryBlock, 1);
  block->kind = RIAYA_SUMMARY_BLOCK_FIELDS;
  block->cells = g_steal_pointer (&cells);
  g_ptr_array_add (self->blocks, block);
}

static int
compare_events_newest_first (gconstpointer a,
                             gconstpointer b)
{
  RiayaLicenceEvent *ea = *(RiayaLicenceEvent **) a;
  RiayaLicenceEvent *eb = *(RiayaLicenceEvent **) b;

  return g_strcmp0 (riaya_licence_event_get_date (eb), riaya_licence_event_get_date (ea));
}

/* Law 65.15 arts 31 and 34: the licence's status on the date follows
 * from its events up to it; the latest of them show what led there. */
static void
add_licence (Content *self)
{
  RiayaInstitution *institution = self->data->institution;
  GListModel *events = riaya_institution_get_events (institution);
  g_autoptr(GPtrArray) past = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *number = _riaya_register_document_isolate (riaya_institution_get_licence_number (institution));
  g_autofree char *date = _riaya_register_document_format_date (riaya_institution_get_licence_date (institution));
  guint shown;

  add_heading (self, _("Licence"));
  add (self, RIAYA_SUMMARY_BLOCK_FIELDS, RIAYA_SUMMARY_TABLE_NONE,
       _("Licence number"), number,
       _("Licence date"), date,
       _("Status"), riaya_licence_status_to_label (riaya_institution_get_status_on (institution, on (self))),
       NULL);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (riaya_licence_event_get_date (event), on (self)) <= 0)
        g_ptr_array_add (past, g_steal_pointer (&event));
    }
  /* A stable sort: events of one day stay in the order recorded. */
  g_ptr_array_sort (past, compare_events_newest_first);

  if (past->len == 0)
    return;

  add (self, RIAYA_SUMMARY_BLOCK_HEADER_ROW, RIAYA_SUMMARY_TABLE_EVENTS,
       _("Date"), _("Licence event"), _("Deadline"), NULL);
  shown = MIN (past->len, self->max_items);
  for (guint i = 0; i < shown; i++)
    {
      RiayaLicenceEvent *event = g_ptr_array_index (past, i);
      g_autofree char *when = _riaya_register_document_format_date (riaya_licence_event_get_date (event));
      g_autofree char *deadline = _riaya_register_document_format_date (riaya_licence_event_get_deadline (event));

      add (self, RIAYA_SUMMARY_BLOCK_ROW, RIAYA_SUMMARY_TABLE_EVENTS,
           when, riaya_licence_event_kind_to_label (riaya_licence_event_get_kind (event)), deadline, NULL);
    }
  add_more (self, past->len - shown,
            /* Translators: under the latest events of a licence; %s is a number */
            ngettext ("and %s earlier event", "and %s earlier events", past->len - shown));
}

static void
presence_from_counts (GArray        *counts,
                      RiayaPresence *presence,
                      guint         *under_six)
{
  *under_six = 0;
  for (guint i = 0; i < counts->len; i++)
    {
      const RiayaCountLine *line = &g_array_index (counts, RiayaCountLine, i);

      riaya_presence_add (presence, line->category, line->sex, line->present);
      if (line->age_band == RIAYA_AGE_BAND_0_5)
        *under_six += line->present;
    }
}

/* The places in force on the date by category and sex, and the people
 * present at the latest count in each group: numbers, never names. */
static void
add_capacity (Content             *self,
              const RiayaPresence *presence)
{
  RiayaInstitution *institution = self->data->institution;
  gboolean counted = self->data->counted_on != NULL;
  g_autoptr(GArray) groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (institution), on (self),
                                                     presence);
  guint places = 0, present = 0;
  g_autofree char *total_places = NULL;
  g_autofree char *total_present = NULL;
  g_autofree char *total_rate = NULL;

  add_heading (self, _("Capacity and Occupancy"));
  if (groups->len == 0)
    {
      add_note (self, _("No places are licensed on this date."));
      return;
    }

  add (self, RIAYA_SUMMARY_BLOCK_HEADER_ROW, RIAYA_SUMMARY_TABLE_CAPACITY,
       _("Category"), _("Sex"), _("Places"), _("Present"), _("Occupancy"), NULL);
  for (guint i = 0; i < groups->len; i++)
    {
      const RiayaOccupancyGroup *group = &g_array_index (groups, RiayaOccupancyGroup, i);
      g_autofree char *group_places = format_count (group->places);
      g_autofree char *group_present = counted ? format_count (group->present) : g_strdup ("—");
      g_autofree char *rate = counted ? format_rate (group->present, group->places) : g_strdup ("—");

      places += group->places;
      present += group->present;
      add (self, RIAYA_SUMMARY_BLOCK_ROW, RIAYA_SUMMARY_TABLE_CAPACITY,
           riaya_category_to_label (group->category), riaya_sex_to_label (group->sex), group_places,
           group_present, rate, NULL);
    }

  total_places = format_count (places);
  total_present = counted ? format_count (present) : g_strdup ("—");
  total_rate = counted ? format_rate (present, places) : g_strdup ("—");
  add (self, RIAYA_SUMMARY_BLOCK_TOTAL_ROW, RIAYA_SUMMARY_TABLE_CAPACITY,
       _("Total"), "", total_places, total_present, total_rate, NULL);

  if (counted)
    {
      g_autofree char *date = _riaya_register_document_format_date (self->data->counted_on);
      /* Translators: under the capacity table; %s is a date */
      g_autofree char *note = g_strdup_printf (_("People present at the count of %s."), date);

      add_note (self, note);
    }
  else
    add_note (self, _("No count of the people present on or before this date: occupancy is unknown."));
}

static char *
format_staff (RiayaStaffRole role,
              guint          value)
{
  g_autofree char *n = format_count (value);

  if (riaya_staff_role_is_hours (role))
    /* Translators: a doctor's or psychologist's time; %s is a number */
    return g_strdup_printf (_("%s h a year"), n);
  return g_steal_pointer (&n);
}

/* The 2007 model specification's staffing norms for the people present
 * at the count, beside the staff recorded. */
static void
add_staff (Content             *self,
           const RiayaPresence *presence,
           guint                under_six)
{
  RiayaInstitution *institution = self->data->institution;
  gboolean counted = self->data->counted_on != NULL;
  /* Without a count nobody is known present: no norm to compare with. */
  g_autoptr(GArray) needs = counted ? riaya_staffing_needs_for_institution (institution, presence, under_six)
                                    : NULL;
  guint required[RIAYA_N_STAFF_ROLES] = { 0 };
  gboolean has_need[RIAYA_N_STAFF_ROLES] = { FALSE };
  gboolean any = FALSE;

  add_heading (self, _("Staff"));
  for (guint i = 0; needs != NULL && i < needs->len; i++)
    {
      const RiayaStaffingNeed *need = &g_array_index (needs, RiayaStaffingNeed, i);

      required[need->role] = need->required;
      has_need[need->role] = TRUE;
    }

  for (guint role = 0; role < RIAYA_N_STAFF_ROLES; role++)
    {
      guint actual = riaya_institution_get_staff (institution, role);
      g_autofree char *staff = NULL;
      g_autofree char *norm = NULL;

      if (actual == 0 && !has_need[role])
        continue;
      if (!any)
        add (self, RIAYA_SUMMARY_BLOCK_HEADER_ROW, RIAYA_SUMMARY_TABLE_STAFF,
             _("Role"), _("Staff"), _("Required by the norm"), NULL);
      any = TRUE;
      staff = format_staff (role, actual);
      norm = has_need[role] ? format_staff (role, required[role]) : g_strdup ("—");
      add (self, RIAYA_SUMMARY_BLOCK_ROW, RIAYA_SUMMARY_TABLE_STAFF, riaya_staff_role_to_label (role), staff,
           norm, NULL);
    }

  if (!any)
    add_note (self, _("No staff recorded."));
  else if (needs != NULL && needs->len > 0)
    add_note (self, _("Norms of the 2007 model specification for the people present at the count."));
}

/* A grant is paid in tranches, and its use justified before the next
 * (domain.md §5): what was paid by the date, and whether the
 * justification is late. */
static void
add_grants (Content *self)
{
  GPtrArray *grants = self->data->grants;
  guint shown = MIN (grants->len, self->max_items);

  add_heading (self, _("Annual Grants"));
  if (grants->len == 0)
    {
      add_note (self, _("No grant recorded."));
      return;
    }

  add (self, RIAYA_SUMMARY_BLOCK_HEADER_ROW, RIAYA_SUMMARY_TABLE_GRANTS,
       _("Year"), _("Amount (DH)"), _("Tranches paid"), _("Paid (DH)"), _("Justification"), NULL);
  for (guint i = 0; i < shown; i++)
    {
      RiayaGrant *grant = g_ptr_array_index (grants, i);
      GListModel *tranches = riaya_grant_get_tranches (grant);
      guint n_tranches = g_list_model_get_n_items (tranches);
      guint n_paid = 0;
      gint64 paid = 0;
      g_autofree char *year = g_strdup_printf ("%u", riaya_grant_get_year (grant));
      g_autofree char *amount = riaya_table_format_money (riaya_grant_get_amount (grant));
      g_autofree char *paid_text = NULL;
      g_autofree char *tranches_text = NULL;
      g_autofree char *n_paid_text = NULL;
      g_autofree char *n_tranches_text = NULL;
      g_autofree char *justification = NULL;
      const char *state = riaya_justification_state_to_label (riaya_grant_get_justification_state (grant));

      for (guint t = 0; t < n_tranches; t++)
        {
          g_autoptr(RiayaGrantTranche) tranche = g_list_model_get_item (tranches, t);
          const char *paid_on = riaya_grant_tranche_get_paid_on (tranche);

          if (paid_on != NULL && g_strcmp0 (paid_on, on (self)) <= 0)
            {
              n_paid++;
              paid += riaya_grant_tranche_get_amount (tranche);
            }
        }

      paid_text = riaya_table_format_money (paid);
      n_paid_text = format_count (n_paid);
      n_tranches_text = format_count (n_tranches);
      /* Translators: tranches of a grant paid, e.g. “1 of 2”; the first
       * %s is the number paid, the second the number of tranches */
      tranches_text = g_strdup_printf (_("%1$s of %2$s"), n_paid_text, n_tranches_text);
      if (riaya_grant_is_justification_overdue (grant, on (self)))
        /* Translators: a justification's state, then that it is late, e.g. “Not received — late” */
        justification = g_strdup_printf (_("%s — late"), state);
      else
        justification = g_strdup (state);

      add (self, RIAYA_SUMMARY_BLOCK_ROW, RIAYA_SUMMARY_TABLE_GRANTS, year, amount, tranches_text, paid_text,
           justification, NULL);
    }
  add_more (self, grants->len - shown,
            /* Translators: under the latest grants; %s is a number */
            ngettext ("and %s earlier grant", "and %s earlier grants", grants->len - shown));
}

/* Law 65.15 arts 26–29: the committee's visits, their decision (arts 31,
 * 34) and the corrective actions still open on the date. */
static void
add_visits (Content *self)
{
  GPtrArray *visits = self->data->visits;
  guint shown = MIN (visits->len, self->max_items);

  add_heading (self, _("Last Visits of the Control Committee"));
  if (visits->len == 0)
    add_note (self, _("No visit recorded."));
  else
    add (self, RIAYA_SUMMARY_BLOCK_HEADER_ROW, RIAYA_SUMMARY_TABLE_VISITS,
         _("Date"), _("Kind"), _("Decision"), _("Open corrective actions"), NULL);

  for (guint i = 0; i < shown; i++)
    {
      RiayaInspection *visit = g_ptr_array_index (visits, i);
      GListModel *actions = riaya_inspection_get_actions (visit);
      guint open = 0, overdue = 0;
      g_autofree char *date = _riaya_register_document_format_date (riaya_inspection_get_done_on (visit));
      g_autofree char *open_text = NULL;

      for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, a);
          const char *done_on = riaya_corrective_action_get_done_on (action);

          if (done_on != NULL && g_strcmp0 (done_on, on (self)) <= 0)
            continue;
          open++;
          if (g_strcmp0 (riaya_corrective_action_get_due_on (action), on (self)) < 0)
            overdue++;
        }

      open_text = format_count (open);
      if (overdue > 0)
        {
          g_autofree char *overdue_text = format_count (overdue);
          g_autofree char *with_overdue =
            /* Translators: corrective actions still open, then how many
             * of them are past due, e.g. “3 (1 overdue)” */
            g_strdup_printf (ngettext ("%1$s (%2$s overdue)", "%1$s (%2$s overdue)", overdue), open_text,
                             overdue_text);

          g_free (open_text);
          open_text = g_steal_pointer (&with_overdue);
        }

      add (self, RIAYA_SUMMARY_BLOCK_ROW, RIAYA_SUMMARY_TABLE_VISITS, date,
           riaya_visit_kind_to_label (riaya_inspection_get_kind (visit)),
           riaya_decision_to_label (riaya_inspection_get_decision (visit)), open_text, NULL);
    }
  add_more (self, visits->len - shown,
            /* Translators: under the last visits; %s is a number */
            ngettext ("and %s earlier visit", "and %s earlier visits", visits->len - shown));

  if (self->data->next_visit != NULL)
    {
      g_autofree char *date = _riaya_register_document_format_date (self->data->next_visit);
      /* Translators: %s is a date */
      g_autofree char *note = g_strdup_printf (_("Next visit planned on %s."), date);

      add_note (self, note);
    }
}

GPtrArray *
_riaya_summary_build_blocks (const RiayaSummaryData *data,
                             guint                   max_items)
{
  Content content = { data, g_ptr_array_new_with_free_func ((GDestroyNotify) _riaya_summary_block_free),
                      MAX (max_items, 1) };
  RiayaPresence presence = { { { 0 } } };
  guint under_six = 0;

  presence_from_counts (data->counts, &presence, &under_six);

  add_identity (&content);
  add_licence (&content);
  add_capacity (&content, data->counted_on != NULL ? &presence : NULL);
  add_staff (&content, &presence, under_six);
  add_grants (&content);
  add_visits (&content);

  return content.blocks;
}

const char *
_riaya_summary_title (void)
{
  return _("Institution Summary");
}

char *
_riaya_summary_dup_printed_on (const char *printed_on)
{
  g_autofree char *date = _riaya_register_document_format_date (printed_on);

  /* Translators: in the footer of a document; %s is a date */
  return g_strdup_printf (_("Printed on %s"), date);
}

char *
_riaya_summary_dup_source (const char *source)
{
  g_autofree char *name = _riaya_register_document_isolate (source);

  /* Translators: in the footer of a document; %s is the database's file name */
  return g_strdup_printf (_("Source: %s"), name);
}

char *
_riaya_summary_dup_situation_on (const char *on)
{
  g_autofree char *date = _riaya_register_document_format_date (on);

  /* Translators: under a document's title; %s is a date */
  return g_strdup_printf (_("Situation on %s"), date);
}
