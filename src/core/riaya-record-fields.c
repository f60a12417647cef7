/* riaya-record-fields.c — a record as a list of field codes and values
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lists and their codes are described in riaya-record-fields.h. Only
 * the public API of the records is used here, so that a field added to a
 * record shows up as a compile-free omission in one place: this file.
 */

#include "config.h"

#include <string.h>

#include "riaya-money.h"
#include "riaya-record-fields.h"

/* ---- writing a list ------------------------------------------------------ */

/* Where the fields go: into a GVariant list, or straight into a digest
 * (an import digests every record of a file; only a few become lists). */
typedef struct
{
  GVariantBuilder *builder;
  GChecksum       *checksum;
} Sink;

static void
add (Sink       *sink,
     const char *code,
     const char *value)
{
  if (value == NULL)
    value = "";

  if (sink->checksum != NULL)
    {
      /* Neither codes nor values hold a NUL (GVariant strings cannot):
       * each ends with one, so ("ab", "c") and ("a", "bc") differ. */
      g_checksum_update (sink->checksum, (const guchar *) code, strlen (code) + 1);
      g_checksum_update (sink->checksum, (const guchar *) value, strlen (value) + 1);
    }
  else
    {
      GVariant *pair[2] = { g_variant_new_string (code), g_variant_new_string (value) };

      g_variant_builder_add_value (sink->builder, g_variant_new_tuple (pair, 2));
    }
}

static void
add_uint (Sink       *sink,
          const char *code,
          guint64     value)
{
  char text[24];

  g_snprintf (text, sizeof text, "%" G_GUINT64_FORMAT, value);
  add (sink, code, text);
}

static void
add_numbered (Sink       *sink,
              const char *part,
              guint       n,
              const char *what,
              const char *value)
{
  char code[64];

  g_snprintf (code, sizeof code, "%s-%u-%s", part, n, what);
  add (sink, code, value);
}

static GVariant *
collect (void      (*write) (gpointer record, Sink *sink),
         gpointer    record)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (RIAYA_RECORD_FIELDS_TYPE);
  Sink sink = { &builder, NULL };

  write (record, &sink);
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static char *
digest (const char  *kind,
        void       (*write) (gpointer record, Sink *sink),
        gpointer     record)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  Sink sink = { NULL, checksum };

  g_checksum_update (checksum, (const guchar *) kind, strlen (kind) + 1);
  write (record, &sink);
  return g_strdup (g_checksum_get_string (checksum));
}

static void
write_institution (gpointer  record,
                   Sink     *sink)
{
  RiayaInstitution *self = record;
  g_autoptr(GString) services = g_string_new (NULL);

  add (sink, "licence-number", riaya_institution_get_licence_number (self));
  add (sink, "licence-date", riaya_institution_get_licence_date (self));
  add (sink, "legal-basis", riaya_legal_basis_to_code (riaya_institution_get_legal_basis (self)));
  add (sink, "type", riaya_institution_type_to_code (riaya_institution_get_institution_type (self)));
  add (sink, "province", riaya_institution_get_province_code (self));
  add (sink, "name-ar", riaya_institution_get_name_ar (self));
  add (sink, "name-fr", riaya_institution_get_name_fr (self));
  add (sink, "founder", riaya_institution_get_founder (self));
  add (sink, "director", riaya_institution_get_director (self));
  add (sink, "commune", riaya_institution_get_commune (self));
  add (sink, "address", riaya_institution_get_address (self));
  add (sink, "phone", riaya_institution_get_phone (self));

  for (guint s = 0; s < RIAYA_N_SERVICES; s++)
    if (riaya_institution_has_service (self, s))
      g_string_append_printf (services, "%s%s", services->len > 0 ? " " : "", riaya_service_to_code (s));
  add (sink, "services", services->str);

  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    {
      g_autofree char *code = g_strconcat ("staff-", riaya_staff_role_to_code (r), NULL);
      guint count = riaya_institution_get_staff (self, r);

      if (count > 0)
        add_uint (sink, code, count);
      else
        add (sink, code, NULL);
    }
}

/* Parts of a record (tranches, actions) in a canonical order: by due date,
 * then by UUID, whatever order a model or a file gave them in. */
typedef const char *(*TextGetter) (gpointer item);

typedef struct
{
  TextGetter due;
  TextGetter uuid;
} PartOrder;

static int
compare_parts (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const PartOrder *order = user_data;
  gpointer x = *(gpointer *) a;
  gpointer y = *(gpointer *) b;
  int by_due = g_strcmp0 (order->due (x), order->due (y));

  return by_due != 0 ? by_due : g_strcmp0 (order->uuid (x), order->uuid (y));
}

static GPtrArray *
sorted_parts (GListModel *model,
              TextGetter  due,
              TextGetter  uuid)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_object_unref);
  PartOrder order = { due, uuid };

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (parts, g_list_model_get_item (model, i));
  g_ptr_array_sort_with_data (parts, compare_parts, &order);

  return parts;
}

static void
write_grant (gpointer  record,
             Sink     *sink)
{
  RiayaGrant *self = record;
  g_autoptr(GPtrArray) tranches = NULL;
  g_autofree char *amount = NULL;

  amount = riaya_money_to_string (riaya_grant_get_amount (self));
  add_uint (sink, "year", riaya_grant_get_year (self));
  add (sink, "amount", amount);
  add (sink, "kind", riaya_grant_kind_to_code (riaya_grant_get_kind (self)));
  add (sink, "basis", riaya_grant_get_basis (self));
  add (sink, "decided-on", riaya_grant_get_decided_on (self));
  add (sink, "convention-ref", riaya_grant_get_convention_ref (self));
  add (sink, "convention-date", riaya_grant_get_convention_date (self));
  add (sink, "justification-due", riaya_grant_get_justification_due (self));
  add (sink, "justification-received", riaya_grant_get_justification_received (self));
  add (sink, "justification-approved", riaya_grant_get_justification_approved (self));
  add (sink, "justification-rejected", riaya_grant_get_justification_rejected (self));
  add (sink, "rejection-reason", riaya_grant_get_rejection_reason (self));

  tranches = sorted_parts (riaya_grant_get_tranches (self),
                           (TextGetter) riaya_grant_tranche_get_due_on,
                           (TextGetter) riaya_grant_tranche_get_uuid);
  for (guint i = 0; i < tranches->len; i++)
    {
      RiayaGrantTranche *tranche = g_ptr_array_index (tranches, i);
      g_autofree char *tranche_amount = riaya_money_to_string (riaya_grant_tranche_get_amount (tranche));

      add_numbered (sink, "tranche", i + 1, "uuid", riaya_grant_tranche_get_uuid (tranche));
      add_numbered (sink, "tranche", i + 1, "due", riaya_grant_tranche_get_due_on (tranche));
      add_numbered (sink, "tranche", i + 1, "amount", tranche_amount);
      add_numbered (sink, "tranche", i + 1, "paid", riaya_grant_tranche_get_paid_on (tranche));
    }
}

static void
write_inspection (gpointer  record,
                  Sink     *sink)
{
  RiayaInspection *self = record;
  g_autoptr(GPtrArray) actions = NULL;

  add (sink, "kind", riaya_visit_kind_to_code (riaya_inspection_get_kind (self)));
  add (sink, "planned-on", riaya_inspection_get_planned_on (self));
  add (sink, "follows", riaya_inspection_get_follows (self));
  add (sink, "committee", riaya_inspection_get_committee (self));
  add_uint (sink, "members-invited", riaya_inspection_get_members_invited (self));
  add_uint (sink, "members-present", riaya_inspection_get_members_present (self));
  add (sink, "done-on", riaya_inspection_get_done_on (self));
  add (sink, "findings", riaya_inspection_get_findings (self));
  add (sink, "decision", riaya_decision_to_code (riaya_inspection_get_decision (self)));
  add (sink, "decision-deadline", riaya_inspection_get_decision_deadline (self));
  add (sink, "licence-event", riaya_inspection_get_licence_event (self));

  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    {
      g_autofree char *code = g_strconcat ("check-", riaya_check_area_to_code (a), NULL);
      g_autofree char *note = g_strconcat (code, "-note", NULL);

      add (sink, code, riaya_check_result_to_code (riaya_inspection_get_check (self, a)));
      add (sink, note, riaya_inspection_get_check_note (self, a));
    }

  actions = sorted_parts (riaya_inspection_get_actions (self),
                          (TextGetter) riaya_corrective_action_get_due_on,
                          (TextGetter) riaya_corrective_action_get_uuid);
  for (guint i = 0; i < actions->len; i++)
    {
      RiayaCorrectiveAction *action = g_ptr_array_index (actions, i);

      add_numbered (sink, "action", i + 1, "uuid", riaya_corrective_action_get_uuid (action));
      add_numbered (sink, "action", i + 1, "description", riaya_corrective_action_get_description (action));
      add_numbered (sink, "action", i + 1, "due", riaya_corrective_action_get_due_on (action));
      add_numbered (sink, "action", i + 1, "done", riaya_corrective_action_get_done_on (action));
    }
}

/* ---- digests ------------------------------------------------------------- */

char *
riaya_record_fields_digest (const char *kind,
                            GVariant   *fields)
{
  g_autoptr(GChecksum) checksum = NULL;
  GVariantIter iter;
  const char *code, *value;

  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (fields != NULL && g_variant_is_of_type (fields, RIAYA_RECORD_FIELDS_TYPE), NULL);

  /* Neither codes nor values hold a NUL (GVariant strings cannot): each
   * ends with one, so ("ab", "c") and ("a", "bc") differ. */
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, (const guchar *) kind, strlen (kind) + 1);

  g_variant_iter_init (&iter, fields);
  while (g_variant_iter_next (&iter, "(&s&s)", &code, &value))
    {
      g_checksum_update (checksum, (const guchar *) code, strlen (code) + 1);
      g_checksum_update (checksum, (const guchar *) value, strlen (value) + 1);
    }

  return g_strdup (g_checksum_get_string (checksum));
}

GVariant *
riaya_institution_dup_fields (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);
  return collect (write_institution, self);
}

GVariant *
riaya_grant_dup_fields (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);
  return collect (write_grant, self);
}

GVariant *
riaya_inspection_dup_fields (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);
  return collect (write_inspection, self);
}

/* The same bytes as riaya_record_fields_digest() of the list, without
 * making the list. */
char *
riaya_institution_dup_content_digest (RiayaInstitution *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);
  return digest ("institution", write_institution, self);
}

char *
riaya_grant_dup_content_digest (RiayaGrant *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);
  return digest ("grant", write_grant, self);
}

char *
riaya_inspection_dup_content_digest (RiayaInspection *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);
  return digest ("inspection", write_inspection, self);
}

const char *
riaya_record_fields_lookup (GVariant   *fields,
                            const char *code)
{
  gsize n;

  g_return_val_if_fail (fields != NULL && g_variant_is_of_type (fields, RIAYA_RECORD_FIELDS_TYPE), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  n = g_variant_n_children (fields);
  for (gsize i = 0; i < n; i++)
    {
      const char *name, *value;

      g_variant_get_child (fields, i, "(&s&s)", &name, &value);
      if (g_str_equal (name, code))
        return value;
    }

  return NULL;
}
