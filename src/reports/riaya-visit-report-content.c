/* riaya-visit-report-content.c — what the visit report says, block by block
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No template of the report is published (domain.md §4): the committee
 * checks compliance with the law and the specifications, so the report
 * holds the checklist and free findings, in the order the members read
 * and sign it — who was visited, by whom and whether the visit is valid
 * (decree 2.19.693 art. 8), what was checked, what was found, what was
 * decided (Law 65.15 arts 31, 34) and asked, then the signatures. It
 * names no resident: a number of people present, never a person.
 */

#include "config.h"

#include <stdarg.h>

#include "riaya-visit-report-private.h"

typedef struct
{
  RiayaRegisterLanguage  language;
  GPtrArray             *blocks;
} Content;

void
_riaya_visit_block_free (RiayaVisitBlock *block)
{
  g_strfreev (block->cells);
  g_free (block);
}

static const char *
text (Content        *self,
      RiayaVisitText  id)
{
  return _riaya_visit_report_text (self->language, id);
}

static const char *
register_text (Content           *self,
               RiayaRegisterText  id)
{
  return _riaya_register_document_text (self->language, id);
}

/* Appends a block of @kind; the cells are copied. */
static void
add (Content             *self,
     RiayaVisitBlockKind  kind,
     RiayaVisitTable      table,
     const char          *first,
     ...) G_GNUC_NULL_TERMINATED;

static void
add (Content             *self,
     RiayaVisitBlockKind  kind,
     RiayaVisitTable      table,
     const char          *first,
     ...)
{
  RiayaVisitBlock *block = g_new0 (RiayaVisitBlock, 1);
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
add_heading (Content        *self,
             RiayaVisitText  id)
{
  add (self, RIAYA_VISIT_BLOCK_HEADING, RIAYA_VISIT_TABLE_NONE, text (self, id), NULL);
}

static void
add_form (Content    *self,
          const char *label,
          const char *value)
{
  add (self, RIAYA_VISIT_BLOCK_FORM, RIAYA_VISIT_TABLE_NONE, label, value != NULL ? value : "", NULL);
}

static void
add_note (Content        *self,
          RiayaVisitText  id)
{
  add (self, RIAYA_VISIT_BLOCK_NOTE, RIAYA_VISIT_TABLE_NONE, text (self, id), NULL);
}

/* Text typed by people, line by line in its own direction: an Arabic note
 * in a French report, or a French one in an Arabic report, reads as it
 * was written. Isolates end at a line's end (UAX #9), so each line gets
 * its own. */
static char *
isolate_lines (const char *str)
{
  g_auto(GStrv) lines = NULL;
  GString *out;

  if (str == NULL)
    return g_strdup ("");

  lines = g_strsplit (str, "\n", -1);
  out = g_string_new (NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = _riaya_register_document_isolate (g_strstrip (lines[i]));

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }

  return g_string_free (out, FALSE);
}

static char *
format_number (guint value)
{
  return g_strdup_printf ("%u", value);
}

/* --- The sections -------------------------------------------------- */

static void
add_institution (Content          *self,
                 RiayaInstitution *institution)
{
  const char *ar = riaya_institution_get_name_ar (institution);
  const char *fr = riaya_institution_get_name_fr (institution);
  const char *first = self->language == RIAYA_REGISTER_ARABIC ? ar : fr;
  const char *second = self->language == RIAYA_REGISTER_ARABIC ? fr : ar;
  g_autofree char *joined = NULL;
  g_autofree char *names = NULL;
  g_autofree char *licence_number = _riaya_register_document_isolate (riaya_institution_get_licence_number (institution));
  g_autofree char *licence_date = _riaya_register_document_format_date (riaya_institution_get_licence_date (institution));
  g_autofree char *province = _riaya_register_document_isolate (riaya_institution_get_province_code (institution));
  g_autofree char *commune = _riaya_register_document_isolate (riaya_institution_get_commune (institution));
  g_autofree char *address = _riaya_register_document_isolate (riaya_institution_get_address (institution));

  /* The name in the report's language first, then in the other script. */
  if (first == NULL)
    {
      first = second;
      second = NULL;
    }
  joined = g_strjoin ("\n", first != NULL ? first : "", second, NULL);
  names = isolate_lines (joined);

  add_heading (self, RIAYA_VISIT_TEXT_SECTION_INSTITUTION);
  add_form (self, register_text (self, RIAYA_REGISTER_TEXT_INSTITUTION), names);
  add_form (self, register_text (self, RIAYA_REGISTER_TEXT_LICENCE_NUMBER), licence_number);
  add_form (self, register_text (self, RIAYA_REGISTER_TEXT_LICENCE_DATE), licence_date);
  add_form (self, register_text (self, RIAYA_REGISTER_TEXT_LEGAL_BASIS),
            _riaya_register_document_legal_basis (self->language, riaya_institution_get_legal_basis (institution)));
  add_form (self, register_text (self, RIAYA_REGISTER_TEXT_TYPE),
            _riaya_register_document_institution_type (self->language,
                                                       riaya_institution_get_institution_type (institution)));
  add_form (self, register_text (self, RIAYA_REGISTER_TEXT_PROVINCE), province);
  if (riaya_institution_get_commune (institution) != NULL)
    add_form (self, register_text (self, RIAYA_REGISTER_TEXT_COMMUNE), commune);
  add_form (self, register_text (self, RIAYA_REGISTER_TEXT_ADDRESS), address);
}

static void
add_visit (Content         *self,
           RiayaInspection *visit)
{
  g_autofree char *planned_on = _riaya_register_document_format_date (riaya_inspection_get_planned_on (visit));
  g_autofree char *done_on = NULL;
  g_autofree char *invited = format_number (riaya_inspection_get_members_invited (visit));
  g_autofree char *present = format_number (riaya_inspection_get_members_present (visit));
  g_autofree char *members = NULL;
  RiayaVisitText quorum;

  if (riaya_inspection_is_done (visit))
    done_on = _riaya_register_document_format_date (riaya_inspection_get_done_on (visit));
  else
    done_on = g_strdup (text (self, RIAYA_VISIT_TEXT_NOT_DONE));

  /* Decree 2.19.693 art. 8: valid only with a majority of the members
   * invited present. */
  if (!riaya_inspection_is_done (visit))
    quorum = RIAYA_VISIT_TEXT_QUORUM_PLANNED;
  else if (riaya_inspection_has_quorum (visit))
    quorum = RIAYA_VISIT_TEXT_QUORUM_VALID;
  else
    quorum = RIAYA_VISIT_TEXT_QUORUM_NOT_VALID;

  members = _riaya_register_document_fill (text (self, RIAYA_VISIT_TEXT_MEMBERS_VALUE),
                                           "invited", invited, "present", present, NULL);

  add_heading (self, RIAYA_VISIT_TEXT_SECTION_VISIT);
  add_form (self, text (self, RIAYA_VISIT_TEXT_KIND),
            _riaya_visit_report_kind (self->language, riaya_inspection_get_kind (visit)));
  add_form (self, text (self, RIAYA_VISIT_TEXT_PLANNED_ON), planned_on);
  add_form (self, text (self, RIAYA_VISIT_TEXT_DONE_ON), done_on);
  add_form (self, text (self, RIAYA_VISIT_TEXT_MEMBERS), members);
  add_form (self, text (self, RIAYA_VISIT_TEXT_QUORUM), text (self, quorum));
}

static void
add_checklist (Content         *self,
               RiayaInspection *visit)
{
  add_heading (self, RIAYA_VISIT_TEXT_SECTION_CHECKLIST);
  add (self, RIAYA_VISIT_BLOCK_HEADER_ROW, RIAYA_VISIT_TABLE_CHECKLIST,
       text (self, RIAYA_VISIT_TEXT_COLUMN_AREA), text (self, RIAYA_VISIT_TEXT_COLUMN_RESULT),
       text (self, RIAYA_VISIT_TEXT_COLUMN_NOTE), NULL);

  for (guint area = 0; area < RIAYA_N_CHECK_AREAS; area++)
    {
      g_autofree char *note = isolate_lines (riaya_inspection_get_check_note (visit, area));

      add (self, RIAYA_VISIT_BLOCK_ROW, RIAYA_VISIT_TABLE_CHECKLIST,
           _riaya_visit_report_check_area (self->language, area),
           _riaya_visit_report_check_result (self->language, riaya_inspection_get_check (visit, area)),
           note, NULL);
    }
}

/* "1 per 25", "1 per 14 children under six, 1 per 20 others", or a fixed
 * number; hours for the doctor and the psychologist. */
static char *
dup_norm (Content                 *self,
          const RiayaStaffingNeed *need)
{
  g_autofree char *per = format_number (need->per);
  g_autofree char *per_under_six = format_number (need->per_under_six);

  if (need->per_under_six > 0)
    return _riaya_register_document_fill (text (self, RIAYA_VISIT_TEXT_NORM_UNDER_SIX),
                                          "per_under_six", per_under_six, "per", per, NULL);
  if (need->per > 0)
    return _riaya_register_document_fill (text (self, RIAYA_VISIT_TEXT_NORM_RATIO), "per", per, NULL);
  return g_strdup (text (self, RIAYA_VISIT_TEXT_NORM_FIXED));
}

static char *
dup_amount (Content        *self,
            RiayaStaffRole  role,
            guint           value)
{
  g_autofree char *n = format_number (value);

  if (riaya_staff_role_is_hours (role))
    return _riaya_register_document_fill (text (self, RIAYA_VISIT_TEXT_HOURS), "n", n, NULL);
  return g_steal_pointer (&n);
}

/* The 2007 model specification's norms on the visit's date (domain.md
 * §3), as the committee checks them. */
static void
add_staffing (Content *self,
              GArray  *needs,
              guint    present)
{
  g_autofree char *count = format_number (present);
  g_autofree char *present_line = NULL;

  add_heading (self, RIAYA_VISIT_TEXT_SECTION_STAFFING);
  if (needs == NULL)
    {
      add_note (self, RIAYA_VISIT_TEXT_NO_PRESENCE);
      return;
    }

  present_line = _riaya_register_document_fill (text (self, RIAYA_VISIT_TEXT_PRESENT), "n", count, NULL);
  add (self, RIAYA_VISIT_BLOCK_PARAGRAPH, RIAYA_VISIT_TABLE_NONE, present_line, NULL);
  if (needs->len == 0)
    {
      add_note (self, RIAYA_VISIT_TEXT_NO_NORM);
      return;
    }

  add (self, RIAYA_VISIT_BLOCK_HEADER_ROW, RIAYA_VISIT_TABLE_STAFFING,
       text (self, RIAYA_VISIT_TEXT_COLUMN_ROLE), text (self, RIAYA_VISIT_TEXT_COLUMN_NORM),
       text (self, RIAYA_VISIT_TEXT_COLUMN_REQUIRED), text (self, RIAYA_VISIT_TEXT_COLUMN_ACTUAL),
       text (self, RIAYA_VISIT_TEXT_COLUMN_MET), NULL);
  for (guint i = 0; i < needs->len; i++)
    {
      const RiayaStaffingNeed *need = &g_array_index (needs, RiayaStaffingNeed, i);
      g_autofree char *norm = dup_norm (self, need);
      g_autofree char *required = dup_amount (self, need->role, need->required);
      g_autofree char *actual = dup_amount (self, need->role, need->actual);

      add (self, RIAYA_VISIT_BLOCK_ROW, RIAYA_VISIT_TABLE_STAFFING,
           _riaya_visit_report_staff_role (self->language, need->role), norm, required, actual,
           text (self, riaya_staffing_need_is_met (need) ? RIAYA_VISIT_TEXT_MET : RIAYA_VISIT_TEXT_NOT_MET),
           NULL);
    }
  add_note (self, RIAYA_VISIT_TEXT_STAFFING_SOURCE);
}

static void
add_findings (Content         *self,
              RiayaInspection *visit)
{
  const char *findings = riaya_inspection_get_findings (visit);
  g_auto(GStrv) paragraphs = NULL;
  gboolean any = FALSE;

  add_heading (self, RIAYA_VISIT_TEXT_SECTION_FINDINGS);

  /* One block per paragraph: pages break between them. */
  paragraphs = g_strsplit (findings != NULL ? findings : "", "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *paragraph = NULL;

      if (*g_strstrip (paragraphs[i]) == '\0')
        continue;
      paragraph = _riaya_register_document_isolate (paragraphs[i]);
      add (self, RIAYA_VISIT_BLOCK_PARAGRAPH, RIAYA_VISIT_TABLE_NONE, paragraph, NULL);
      any = TRUE;
    }

  if (!any)
    add_note (self, RIAYA_VISIT_TEXT_NO_FINDINGS);
}

/* Law 65.15 art. 34: a warning or a reprimand with a deadline to put
 * things right, a suspension perhaps with its end; art. 31: closure. */
static void
add_decision (Content         *self,
              RiayaInspection *visit)
{
  RiayaDecision decision = riaya_inspection_get_decision (visit);
  const char *deadline = riaya_inspection_get_decision_deadline (visit);

  add_heading (self, RIAYA_VISIT_TEXT_SECTION_DECISION);
  add_form (self, text (self, RIAYA_VISIT_TEXT_DECISION), _riaya_visit_report_decision (self->language, decision));
  if (deadline != NULL)
    {
      g_autofree char *date = _riaya_register_document_format_date (deadline);

      add_form (self,
                text (self, decision == RIAYA_DECISION_SUSPENSION ? RIAYA_VISIT_TEXT_SUSPENSION_END
                                                                  : RIAYA_VISIT_TEXT_DEADLINE),
                date);
    }
  if (decision != RIAYA_DECISION_NONE)
    add_form (self, register_text (self, RIAYA_REGISTER_TEXT_LEGAL_BASIS),
              text (self, RIAYA_VISIT_TEXT_DECISION_BASIS));
}

static void
add_actions (Content         *self,
             RiayaInspection *visit)
{
  GListModel *actions = riaya_inspection_get_actions (visit);
  guint n = g_list_model_get_n_items (actions);

  add_heading (self, RIAYA_VISIT_TEXT_SECTION_ACTIONS);
  if (n == 0)
    {
      add_note (self, RIAYA_VISIT_TEXT_NO_ACTIONS);
      return;
    }

  add (self, RIAYA_VISIT_BLOCK_HEADER_ROW, RIAYA_VISIT_TABLE_ACTIONS,
       text (self, RIAYA_VISIT_TEXT_COLUMN_ACTION), text (self, RIAYA_VISIT_TEXT_COLUMN_DUE),
       text (self, RIAYA_VISIT_TEXT_COLUMN_DONE), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);
      g_autofree char *description = isolate_lines (riaya_corrective_action_get_description (action));
      g_autofree char *due = _riaya_register_document_format_date (riaya_corrective_action_get_due_on (action));
      g_autofree char *done = _riaya_register_document_format_date (riaya_corrective_action_get_done_on (action));

      add (self, RIAYA_VISIT_BLOCK_ROW, RIAYA_VISIT_TABLE_ACTIONS, description, due, done, NULL);
    }
}

/* Decree 2.19.693 art. 8: the members present sign the report. One line
 * per member of the committee as recorded ("name — body"), and at least
 * as many lines as members present, blank ones for names to write by
 * hand. */
static void
add_signatures (Content         *self,
                RiayaInspection *visit)
{
  const char *committee = riaya_inspection_get_committee (visit);
  g_auto(GStrv) lines = g_strsplit (committee != NULL ? committee : "", "\n", -1);
  guint named = 0;
  guint wanted;

  add_heading (self, RIAYA_VISIT_TEXT_SECTION_SIGNATURES);
  add_note (self, RIAYA_VISIT_TEXT_SIGNATURES_NOTE);
  add (self, RIAYA_VISIT_BLOCK_HEADER_ROW, RIAYA_VISIT_TABLE_SIGNATURES,
       register_text (self, RIAYA_REGISTER_TEXT_COLUMN_NUMBER), text (self, RIAYA_VISIT_TEXT_COLUMN_MEMBER),
       text (self, RIAYA_VISIT_TEXT_COLUMN_SIGNATURE), NULL);

  /* Numbered lines: a line added or torn off shows. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *member = NULL;
      g_autofree char *number = NULL;

      if (*g_strstrip (lines[i]) == '\0')
        continue;
      member = _riaya_register_document_isolate (lines[i]);
      number = format_number (++named);
      add (self, RIAYA_VISIT_BLOCK_ROW, RIAYA_VISIT_TABLE_SIGNATURES, number, member, "", NULL);
    }

  wanted = riaya_inspection_get_members_present (visit);
  /* A visit still planned: a line for each member invited, else one. */
  if (wanted == 0 && named == 0)
    wanted = MAX (riaya_inspection_get_members_invited (visit), 1);
  for (guint i = named; i < wanted; i++)
    {
      g_autofree char *number = format_number (i + 1);

      add (self, RIAYA_VISIT_BLOCK_ROW, RIAYA_VISIT_TABLE_SIGNATURES, number, "", "", NULL);
    }
}

GPtrArray *
_riaya_visit_report_build_blocks (RiayaRegisterLanguage  language,
                                  RiayaInspection       *visit,
                                  RiayaInstitution      *institution,
                                  GArray                *staffing_needs,
                                  guint                  present)
{
  Content content = { language, g_ptr_array_new_with_free_func ((GDestroyNotify) _riaya_visit_block_free) };

  add (&content, RIAYA_VISIT_BLOCK_TITLE, RIAYA_VISIT_TABLE_NONE, text (&content, RIAYA_VISIT_TEXT_TITLE), NULL);
  add (&content, RIAYA_VISIT_BLOCK_SUBTITLE, RIAYA_VISIT_TABLE_NONE,
       text (&content, RIAYA_VISIT_TEXT_LEGAL_REFERENCE), NULL);
  add_institution (&content, institution);
  add_visit (&content, visit);
  add_checklist (&content, visit);
  add_staffing (&content, staffing_needs, present);
  add_findings (&content, visit);
  add_decision (&content, visit);
  add_actions (&content, visit);
  add_signatures (&content, visit);

  return content.blocks;
}
