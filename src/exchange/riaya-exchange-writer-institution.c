/* riaya-exchange-writer-institution.c — one <institution> of an exchange file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An institution carries its licence and its whole history (events and
 * capacity lines are few, and an importer needs all of them to know the
 * licence's status and places on any date), then the residents as
 * figures — present on the last day of the period, admissions and exits
 * during it — then the grants, the visits and, only when asked, the
 * register. Names of residents never appear outside the register
 * (Law 09-08; exchange.md "Content").
 */

#include "config.h"

#include "riaya-exchange-writer-private.h"
#include "riaya-store-residents.h"

typedef struct
{
  const char  *element;
  const char *(*get) (RiayaInstitution *self);
} TextField;

/* The institution's free text, in the order of the format. */
static const TextField text_fields[] = {
  { "founder",  riaya_institution_get_founder },
  { "director", riaya_institution_get_director },
  { "commune",  riaya_institution_get_commune },
  { "address",  riaya_institution_get_address },
  { "phone",    riaya_institution_get_phone },
};

static void
write_name (RiayaXmlOut *out,
            const char  *lang,
            const char  *name)
{
  g_autofree char *clean = _riaya_exchange_clean_text (name);

  if (clean == NULL)
    return;

  _riaya_xml_start (out, "name");
  _riaya_xml_attr (out, "lang", lang);
  _riaya_xml_text (out, clean);
  _riaya_xml_end (out);
}

/* Names, founder, director, place, phone, services and staff. */
static gboolean
write_identity (RiayaExportContext  *context,
                RiayaExportItem     *item,
                GError             **error)
{
  RiayaXmlOut *out = &context->out;
  RiayaInstitution *institution = item->institution;
  guint services = riaya_institution_get_services (institution);
  gboolean any_staff = FALSE;

  write_name (out, "ar", riaya_institution_get_name_ar (institution));
  write_name (out, "fr", riaya_institution_get_name_fr (institution));

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    _riaya_xml_text_element (out, text_fields[i].element, text_fields[i].get (institution));

  if (services != 0)
    {
      _riaya_xml_start (out, "services");
      for (guint s = 0; s < RIAYA_N_SERVICES; s++)
        if (riaya_institution_has_service (institution, s))
          {
            _riaya_xml_start (out, "service");
            _riaya_xml_attr (out, "code", riaya_service_to_code (s));
            _riaya_xml_end (out);
          }
      _riaya_xml_end (out);
    }

  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    any_staff |= riaya_institution_get_staff (institution, r) > 0;
  if (any_staff)
    {
      _riaya_xml_start (out, "staff");
      for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
        {
          guint count = riaya_institution_get_staff (institution, r);

          if (count == 0)
            continue;
          _riaya_xml_start (out, "role");
          _riaya_xml_attr (out, "code", riaya_staff_role_to_code (r));
          _riaya_xml_attr_int (out, "count", count);
          _riaya_xml_end (out);
        }
      _riaya_xml_end (out);
    }

  return TRUE;
}

/* When an event or a line was recorded; the institution's last change
 * for a database older than that column (every row has it today). */
static const char *
recorded_at (RiayaExportItem *item,
             const char      *uuid)
{
  const char *at = g_hash_table_lookup (item->recorded, uuid);

  return at != NULL ? at : item->updated_at;
}

/* The licence's events and capacity lines, all of them, in the order
 * they were recorded (Law 65.15 art. 34: the history only grows). */
static gboolean
write_history (RiayaExportContext  *context,
               RiayaExportItem     *item,
               GError             **error)
{
  RiayaXmlOut *out = &context->out;
  GListModel *events = riaya_institution_get_events (item->institution);
  GListModel *lines = riaya_institution_get_capacity_lines (item->institution);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RiayaLicenceEvent) event = g_list_model_get_item (events, i);
      const char *uuid = riaya_licence_event_get_uuid (event);

      _riaya_xml_start (out, "licence-event");
      _riaya_xml_attr (out, "uuid", uuid);
      _riaya_xml_attr (out, "kind", riaya_licence_event_kind_to_code (riaya_licence_event_get_kind (event)));
      _riaya_xml_attr (out, "date", riaya_licence_event_get_date (event));
      _riaya_xml_attr (out, "deadline", riaya_licence_event_get_deadline (event));
      _riaya_xml_attr (out, "recorded", recorded_at (item, uuid));
      _riaya_xml_text_element (out, "note", riaya_licence_event_get_note (event));
      _riaya_xml_end (out);
      context->counts.licence_events++;
    }

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(RiayaCapacityLine) line = g_list_model_get_item (lines, i);
      const char *uuid = riaya_capacity_line_get_uuid (line);

      _riaya_xml_start (out, "capacity-line");
      _riaya_xml_attr (out, "uuid", uuid);
      _riaya_xml_attr (out, "category", riaya_category_to_code (riaya_capacity_line_get_category (line)));
      _riaya_xml_attr (out, "sex", riaya_sex_to_code (riaya_capacity_line_get_sex (line)));
      _riaya_xml_attr_int (out, "places", riaya_capacity_line_get_places (line));
      _riaya_xml_attr (out, "effective", riaya_capacity_line_get_effective_date (line));
      _riaya_xml_attr (out, "recorded", recorded_at (item, uuid));
      _riaya_xml_end (out);
      context->counts.capacity_lines++;
    }

  return TRUE;
}

/* Whether @lines, counted on @on, hold more people than places: in one
 * group of category and sex, or in all. The producer says so in the file
 * (over-capacity="true"), as an admission beyond the places needs a
 * confirmation here. */
static gboolean
count_is_over (RiayaInstitution *institution,
               const char       *on,
               GArray           *lines)
{
  g_autoptr(GArray) groups = NULL;
  RiayaPresence presence = { { { 0 } } };

  for (guint i = 0; i < lines->len; i++)
    {
      const RiayaCountLine *line = &g_array_index (lines, RiayaCountLine, i);

      riaya_presence_add (&presence, line->category, line->sex, line->present);
    }

  groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (institution), on, &presence);

  return riaya_occupancy_any_over (groups) ||
         riaya_presence_total (&presence) > riaya_institution_get_places_on (institution, on);
}

/* The last count of people present on or before the end of the period. */
static gboolean
write_count (RiayaExportContext  *context,
             RiayaExportItem     *item,
             GError             **error)
{
  RiayaXmlOut *out = &context->out;
  g_autoptr(GArray) lines = NULL;
  g_autofree char *counted_on = NULL;

  lines = riaya_store_get_counts (context->store, riaya_institution_get_uuid (item->institution),
                                  context->options->to, &counted_on, error);
  if (lines == NULL)
    return FALSE;
  if (counted_on == NULL)
    return TRUE;

  _riaya_xml_start (out, "resident-count");
  _riaya_xml_attr (out, "on", counted_on);
  _riaya_xml_attr (out, "over-capacity", count_is_over (item->institution, counted_on, lines) ? "true" : "false");
  for (guint i = 0; i < lines->len; i++)
    {
      const RiayaCountLine *line = &g_array_index (lines, RiayaCountLine, i);

      if (line->present == 0)
        continue;
      _riaya_xml_start (out, "present");
      _riaya_xml_attr (out, "category", riaya_category_to_code (line->category));
      _riaya_xml_attr (out, "sex", riaya_sex_to_code (line->sex));
      _riaya_xml_attr (out, "age-band", riaya_age_band_to_code (line->age_band));
      _riaya_xml_attr_int (out, "count", line->present);
      _riaya_xml_end (out);
    }
  _riaya_xml_end (out);
  context->counts.resident_counts++;

  return TRUE;
}

static void
write_movement_lines (RiayaExportContext *context,
                      GArray             *lines,
                      gboolean            admissions)
{
  RiayaXmlOut *out = &context->out;

  for (guint i = 0; i < lines->len; i++)
    {
      const RiayaMovementLine *line = &g_array_index (lines, RiayaMovementLine, i);

      if (line->admission != admissions || line->count == 0)
        continue;
      _riaya_xml_start (out, admissions ? "admission" : "exit");
      _riaya_xml_attr (out, "reason",
                       admissions ? riaya_referral_to_code (line->reason) : riaya_exit_reason_to_code (line->reason));
      _riaya_xml_attr (out, "category", riaya_category_to_code (line->category));
      _riaya_xml_attr (out, "sex", riaya_sex_to_code (line->sex));
      _riaya_xml_attr_int (out, "count", line->count);
      _riaya_xml_end (out);
      context->counts.movements++;
    }
}

/* Admissions and exits during the period. A database that keeps the
 * register knows there were none when it has none, and says so with an
 * empty <movements>; elsewhere no figure means none was received. */
static gboolean
write_movements (RiayaExportContext  *context,
                 RiayaExportItem     *item,
                 GError             **error)
{
  RiayaXmlOut *out = &context->out;
  g_autoptr(GArray) lines = NULL;

  lines = riaya_store_get_movements (context->store, riaya_institution_get_uuid (item->institution),
                                     context->options->from, context->options->to, error);
  if (lines == NULL)
    return FALSE;
  if (lines->len == 0 && !context->keeps_registers)
    return TRUE;

  _riaya_xml_start (out, "movements");
  _riaya_xml_attr (out, "from", context->options->from);
  _riaya_xml_attr (out, "to", context->options->to);
  write_movement_lines (context, lines, TRUE);
  write_movement_lines (context, lines, FALSE);
  _riaya_xml_end (out);

  return TRUE;
}

const RiayaExportPartFunc _riaya_exchange_institution_parts[] = {
  write_identity,
  write_history,
  write_count,
  write_movements,
  _riaya_exchange_write_grants,
  _riaya_exchange_write_inspections,
  _riaya_exchange_write_register,
  NULL
};

static void
export_item_clear (RiayaExportItem *item)
{
  g_clear_object (&item->institution);
  g_clear_pointer (&item->updated_at, g_free);
  g_clear_pointer (&item->deleted_at, g_free);
  g_clear_pointer (&item->recorded, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RiayaExportItem, export_item_clear)

gboolean
_riaya_exchange_write_institution (RiayaExportContext  *context,
                                   const char          *uuid,
                                   GError             **error)
{
  RiayaXmlOut *out = &context->out;
  g_auto(RiayaExportItem) item = { NULL };
  RiayaInstitution *institution;

  item.institution = riaya_store_export_get_institution (context->store, uuid, &item.updated_at,
                                                         &item.deleted_at, &item.recorded, error);
  if (item.institution == NULL)
    return FALSE;
  institution = item.institution;

  _riaya_xml_start (out, "institution");
  _riaya_xml_attr (out, "uuid", riaya_institution_get_uuid (institution));
  _riaya_xml_attr_text (out, "licence-number", riaya_institution_get_licence_number (institution));
  _riaya_xml_attr (out, "licence-date", riaya_institution_get_licence_date (institution));
  _riaya_xml_attr (out, "legal-basis", riaya_legal_basis_to_code (riaya_institution_get_legal_basis (institution)));
  _riaya_xml_attr (out, "type", riaya_institution_type_to_code (riaya_institution_get_institution_type (institution)));
  _riaya_xml_attr (out, "province", riaya_institution_get_province_code (institution));
  _riaya_xml_attr (out, "updated", item.updated_at);
  _riaya_xml_attr (out, "deleted", item.deleted_at);

  for (guint i = 0; _riaya_exchange_institution_parts[i] != NULL; i++)
    if (!_riaya_exchange_institution_parts[i] (context, &item, error))
      return FALSE;

  _riaya_xml_end (out);
  context->counts.institutions++;
  _riaya_exchange_note_sent (context, RIAYA_RECORD_INSTITUTION, riaya_institution_get_uuid (institution),
                             riaya_institution_dup_content_digest (institution));

  return TRUE;
}
