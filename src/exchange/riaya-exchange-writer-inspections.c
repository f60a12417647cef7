/* riaya-exchange-writer-inspections.c — the <inspection> elements of an institution
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The control committee's visits (Law 65.15 arts 26–27, decree 2.19.693
 * arts 7–9) of the period, those whose corrective actions are still open
 * whatever their date, and the visits a follow-up of these checks. The
 * committee's members are officials, not residents: their names travel.
 * A planned visit cancelled during the period travels marked deleted.
 */

#include "config.h"

#include "riaya-exchange-writer-private.h"

/* The checklist: the areas the committee assessed or wrote about. */
static void
write_checks (RiayaXmlOut     *out,
              RiayaInspection *visit)
{
  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    {
      RiayaCheckResult result = riaya_inspection_get_check (visit, a);
      const char *note = riaya_inspection_get_check_note (visit, a);

      if (result == RIAYA_CHECK_NOT_ASSESSED && note == NULL)
        continue;
      _riaya_xml_start (out, "check");
      _riaya_xml_attr (out, "area", riaya_check_area_to_code (a));
      _riaya_xml_attr (out, "result", riaya_check_result_to_code (result));
      _riaya_xml_text_element (out, "note", note);
      _riaya_xml_end (out);
    }
}

static void
write_actions (RiayaExportContext *context,
               RiayaInspection    *visit)
{
  RiayaXmlOut *out = &context->out;
  GListModel *actions = riaya_inspection_get_actions (visit);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(RiayaCorrectiveAction) action = g_list_model_get_item (actions, i);
      g_autofree char *description = _riaya_exchange_clean_text (riaya_corrective_action_get_description (action));

      _riaya_xml_start (out, "corrective-action");
      _riaya_xml_attr (out, "uuid", riaya_corrective_action_get_uuid (action));
      _riaya_xml_attr (out, "due", riaya_corrective_action_get_due_on (action));
      _riaya_xml_attr (out, "done", riaya_corrective_action_get_done_on (action));
      /* The description is required: the store never keeps an action
       * without one, and one made only of characters a reader refuses
       * still needs a word. */
      _riaya_xml_text_element (out, "description", description != NULL ? description : "-");
      _riaya_xml_end (out);
      context->counts.corrective_actions++;
    }
}

static void
write_visit (RiayaExportContext *context,
             RiayaExportRecord  *record)
{
  RiayaXmlOut *out = &context->out;
  RiayaInspection *visit = RIAYA_INSPECTION (record->record);

  _riaya_xml_start (out, "inspection");
  _riaya_xml_attr (out, "uuid", riaya_inspection_get_uuid (visit));
  _riaya_xml_attr (out, "kind", riaya_visit_kind_to_code (riaya_inspection_get_kind (visit)));
  _riaya_xml_attr (out, "planned", riaya_inspection_get_planned_on (visit));
  _riaya_xml_attr (out, "done", riaya_inspection_get_done_on (visit));
  _riaya_xml_attr (out, "follows", riaya_inspection_get_follows (visit));
  _riaya_xml_attr_int (out, "members-invited", riaya_inspection_get_members_invited (visit));
  _riaya_xml_attr_int (out, "members-present", riaya_inspection_get_members_present (visit));
  _riaya_xml_attr (out, "decision", riaya_decision_to_code (riaya_inspection_get_decision (visit)));
  _riaya_xml_attr (out, "decision-deadline", riaya_inspection_get_decision_deadline (visit));
  _riaya_xml_attr (out, "licence-event", riaya_inspection_get_licence_event (visit));
  _riaya_xml_attr_int (out, "revision", riaya_inspection_get_revision (visit));
  _riaya_xml_attr (out, "updated", record->updated_at);
  _riaya_xml_attr (out, "deleted", record->deleted_at);

  _riaya_xml_text_element (out, "committee", riaya_inspection_get_committee (visit));
  _riaya_xml_text_element (out, "findings", riaya_inspection_get_findings (visit));
  write_checks (out, visit);
  write_actions (context, visit);

  _riaya_xml_end (out);
  context->counts.inspections++;
  _riaya_exchange_note_sent (context, RIAYA_RECORD_INSPECTION, riaya_inspection_get_uuid (visit),
                             riaya_inspection_dup_content_digest (visit));
}

gboolean
_riaya_exchange_write_inspections (RiayaExportContext  *context,
                                   RiayaExportItem     *item,
                                   GError             **error)
{
  g_autoptr(GPtrArray) visits = NULL;

  visits = riaya_store_export_list_inspections (context->store, riaya_institution_get_uuid (item->institution),
                                                context->options->from, context->options->to, error);
  if (visits == NULL)
    return FALSE;

  for (guint i = 0; i < visits->len; i++)
    write_visit (context, g_ptr_array_index (visits, i));

  return TRUE;
}
