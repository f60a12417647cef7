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

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-money.h"
#include "riaya-record-fields.h"
#include "riaya-validation.h"

/* ---- writing a list ------------------------------------------------------ */

static void
add (GVariantBuilder *builder,
     const char      *code,
     const char      *value)
{
  g_variant_builder_add (builder, "(ss)", code, value != NULL ? value : "");
}

static void
add_uint (GVariantBuilder *builder,
          const char      *code,
          guint64          value)
{
  char text[24];

  g_snprintf (text, sizeof text, "%" G_GUINT64_FORMAT, value);
  add (builder, code, text);
}

static void
add_numbered (GVariantBuilder *builder,
              const char      *part,
              guint            n,
              const char      *what,
              const char      *value)
{
  g_autofree char *code = g_strdup_printf ("%s-%u-%s", part, n, what);

  add (builder, code, value);
}

static GVariant *
end (GVariantBuilder *builder)
{
  return g_variant_ref_sink (g_variant_builder_end (builder));
}

GVariant *
riaya_institution_dup_fields (RiayaInstitution *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (RIAYA_RECORD_FIELDS_TYPE);
  g_autoptr(GString) services = g_string_new (NULL);

  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), NULL);

  add (&builder, "licence-number", riaya_institution_get_licence_number (self));
  add (&builder, "licence-date", riaya_institution_get_licence_date (self));
  add (&builder, "legal-basis", riaya_legal_basis_to_code (riaya_institution_get_legal_basis (self)));
  add (&builder, "type", riaya_institution_type_to_code (riaya_institution_get_institution_type (self)));
  add (&builder, "province", riaya_institution_get_province_code (self));
  add (&builder, "name-ar", riaya_institution_get_name_ar (self));
  add (&builder, "name-fr", riaya_institution_get_name_fr (self));
  add (&builder, "founder", riaya_institution_get_founder (self));
  add (&builder, "director", riaya_institution_get_director (self));
  add (&builder, "commune", riaya_institution_get_commune (self));
  add (&builder, "address", riaya_institution_get_address (self));
  add (&builder, "phone", riaya_institution_get_phone (self));

  for (guint s = 0; s < RIAYA_N_SERVICES; s++)
    if (riaya_institution_has_service (self, s))
      g_string_append_printf (services, "%s%s", services->len > 0 ? " " : "", riaya_service_to_code (s));
  add (&builder, "services", services->str);

  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    {
      g_autofree char *code = g_strconcat ("staff-", riaya_staff_role_to_code (r), NULL);
      guint count = riaya_institution_get_staff (self, r);

      if (count > 0)
        add_uint (&builder, code, count);
      else
        add (&builder, code, NULL);
    }

  return end (&builder);
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

GVariant *
riaya_grant_dup_fields (RiayaGrant *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (RIAYA_RECORD_FIELDS_TYPE);
  g_autoptr(GPtrArray) tranches = NULL;
  g_autofree char *amount = NULL;

  g_return_val_if_fail (RIAYA_IS_GRANT (self), NULL);

  amount = riaya_money_to_string (riaya_grant_get_amount (self));
  add_uint (&builder, "year", riaya_grant_get_year (self));
  add (&builder, "amount", amount);
  add (&builder, "kind", riaya_grant_kind_to_code (riaya_grant_get_kind (self)));
  add (&builder, "basis", riaya_grant_get_basis (self));
  add (&builder, "decided-on", riaya_grant_get_decided_on (self));
  add (&builder, "convention-ref", riaya_grant_get_convention_ref (self));
  add (&builder, "convention-date", riaya_grant_get_convention_date (self));
  add (&builder, "justification-due", riaya_grant_get_justification_due (self));
  add (&builder, "justification-received", riaya_grant_get_justification_received (self));
  add (&builder, "justification-approved", riaya_grant_get_justification_approved (self));
  add (&builder, "justification-rejected", riaya_grant_get_justification_rejected (self));
  add (&builder, "rejection-reason", riaya_grant_get_rejection_reason (self));

  tranches = sorted_parts (riaya_grant_get_tranches (self),
                           (TextGetter) riaya_grant_tranche_get_due_on,
                           (TextGetter) riaya_grant_tranche_get_uuid);
  for (guint i = 0; i < tranches->len; i++)
    {
      RiayaGrantTranche *tranche = g_ptr_array_index (tranches, i);
      g_autofree char *tranche_amount = riaya_money_to_string (riaya_grant_tranche_get_amount (tranche));

      add_numbered (&builder, "tranche", i + 1, "uuid", riaya_grant_tranche_get_uuid (tranche));
      add_numbered (&builder, "tranche", i + 1, "due", riaya_grant_tranche_get_due_on (tranche));
      add_numbered (&builder, "tranche", i + 1, "amount", tranche_amount);
      add_numbered (&builder, "tranche", i + 1, "paid", riaya_grant_tranche_get_paid_on (tranche));
    }

  return end (&builder);
}

GVariant *
riaya_inspection_dup_fields (RiayaInspection *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (RIAYA_RECORD_FIELDS_TYPE);
  g_autoptr(GPtrArray) actions = NULL;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), NULL);

  add (&builder, "kind", riaya_visit_kind_to_code (riaya_inspection_get_kind (self)));
  add (&builder, "planned-on", riaya_inspection_get_planned_on (self));
  add (&builder, "follows", riaya_inspection_get_follows (self));
  add (&builder, "committee", riaya_inspection_get_committee (self));
  add_uint (&builder, "members-invited", riaya_inspection_get_members_invited (self));
  add_uint (&builder, "members-present", riaya_inspection_get_members_present (self));
  add (&builder, "done-on", riaya_inspection_get_done_on (self));
  add (&builder, "findings", riaya_inspection_get_findings (self));
  add (&builder, "decision", riaya_decision_to_code (riaya_inspection_get_decision (self)));
  add (&builder, "decision-deadline", riaya_inspection_get_decision_deadline (self));
  add (&builder, "licence-event", riaya_inspection_get_licence_event (self));

  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    {
      g_autofree char *code = g_strconcat ("check-", riaya_check_area_to_code (a), NULL);
      g_autofree char *note = g_strconcat (code, "-note", NULL);

      add (&builder, code, riaya_check_result_to_code (riaya_inspection_get_check (self, a)));
      add (&builder, note, riaya_inspection_get_check_note (self, a));
    }

  actions = sorted_parts (riaya_inspection_get_actions (self),
                          (TextGetter) riaya_corrective_action_get_due_on,
                          (TextGetter) riaya_corrective_action_get_uuid);
  for (guint i = 0; i < actions->len; i++)
    {
      RiayaCorrectiveAction *action = g_ptr_array_index (actions, i);

      add_numbered (&builder, "action", i + 1, "uuid", riaya_corrective_action_get_uuid (action));
      add_numbered (&builder, "action", i + 1, "description", riaya_corrective_action_get_description (action));
      add_numbered (&builder, "action", i + 1, "due", riaya_corrective_action_get_due_on (action));
      add_numbered (&builder, "action", i + 1, "done", riaya_corrective_action_get_done_on (action));
    }

  return end (&builder);
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

char *
riaya_institution_dup_content_digest (RiayaInstitution *self)
{
  g_autoptr(GVariant) fields = riaya_institution_dup_fields (self);

  return fields != NULL ? riaya_record_fields_digest ("institution", fields) : NULL;
}

char *
riaya_grant_dup_content_digest (RiayaGrant *self)
{
  g_autoptr(GVariant) fields = riaya_grant_dup_fields (self);

  return fields != NULL ? riaya_record_fields_digest ("grant", fields) : NULL;
}

char *
riaya_inspection_dup_content_digest (RiayaInspection *self)
{
  g_autoptr(GVariant) fields = riaya_inspection_dup_fields (self);

  return fields != NULL ? riaya_record_fields_digest ("inspection", fields) : NULL;
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

/* ---- reading a list back ------------------------------------------------- */

/* Code → value (both pointing into the variant), "" left out: a missing
 * code reads as an empty field. */
static GHashTable *
index_fields (GVariant *fields)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
  GVariantIter iter;
  const char *code, *value;

  g_variant_iter_init (&iter, fields);
  while (g_variant_iter_next (&iter, "(&s&s)", &code, &value))
    if (*value != '\0')
      g_hash_table_insert (table, (gpointer) code, (gpointer) value);

  return table;
}

static const char *
get (GHashTable *table,
     const char *code)
{
  return g_hash_table_lookup (table, code);
}

static const char *
get_numbered (GHashTable *table,
              const char *part,
              guint       n,
              const char *what)
{
  g_autofree char *code = g_strdup_printf ("%s-%u-%s", part, n, what);

  return g_hash_table_lookup (table, code);
}

static gboolean
bad_value (const char  *code,
           const char  *value,
           GError     **error)
{
  g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: the first %s is a field code such as “legal-basis”, the second its value */
               _("The field “%1$s” of the version kept holds “%2$s”, which this version of Riaya does not know: "
                 "keep the local version, or install the Riaya that wrote the file."),
               code, value != NULL ? value : "");
  return FALSE;
}

/* A count, or 0 when empty. */
static gboolean
get_uint (GHashTable  *table,
          const char  *code,
          guint       *out,
          GError     **error)
{
  const char *value = get (table, code);
  guint64 number = 0;

  if (value != NULL && !g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &number, NULL))
    return bad_value (code, value, error);

  *out = (guint) number;
  return TRUE;
}

static gboolean
get_money (GHashTable  *table,
           const char  *code,
           gint64      *out,
           GError     **error)
{
  const char *value = get (table, code);

  *out = 0;
  if (value != NULL && !riaya_money_parse (value, FALSE, out, NULL))
    return bad_value (code, value, error);

  return TRUE;
}

typedef gboolean (*FromCode) (const char *code, int *out);

/* The enums' from_code functions, each taking an int. */
#define FROM_CODE(function, Type)                                       \
  static gboolean                                                       \
  function##_int (const char *code,                                     \
                  int        *out)                                      \
  {                                                                     \
    Type value;                                                         \
                                                                        \
    if (!function (code, &value))                                       \
      return FALSE;                                                     \
    *out = (int) value;                                                 \
    return TRUE;                                                        \
  }

FROM_CODE (riaya_legal_basis_from_code, RiayaLegalBasis)
FROM_CODE (riaya_institution_type_from_code, RiayaInstitutionType)
FROM_CODE (riaya_grant_kind_from_code, RiayaGrantKind)
FROM_CODE (riaya_visit_kind_from_code, RiayaVisitKind)
FROM_CODE (riaya_decision_from_code, RiayaDecision)
FROM_CODE (riaya_check_result_from_code, RiayaCheckResult)

#undef FROM_CODE

static gboolean
get_code (GHashTable  *table,
          const char  *code,
          FromCode     from_code,
          int         *out,
          GError     **error)
{
  const char *value = get (table, code);

  if (value == NULL || !from_code (value, out))
    return bad_value (code, value, error);

  return TRUE;
}

gboolean
riaya_institution_apply_fields (RiayaInstitution  *self,
                                GVariant          *fields,
                                GError           **error)
{
  g_autoptr(GHashTable) table = NULL;
  g_auto(GStrv) services = NULL;
  guint service_bits = 0;
  int basis, type;

  g_return_val_if_fail (RIAYA_IS_INSTITUTION (self), FALSE);
  g_return_val_if_fail (fields != NULL && g_variant_is_of_type (fields, RIAYA_RECORD_FIELDS_TYPE), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  table = index_fields (fields);

  if (!get_code (table, "legal-basis", riaya_legal_basis_from_code_int, &basis, error) ||
      !get_code (table, "type", riaya_institution_type_from_code_int, &type, error))
    return FALSE;

  services = g_strsplit (get (table, "services") != NULL ? get (table, "services") : "", " ", -1);
  for (guint i = 0; services[i] != NULL; i++)
    {
      RiayaService service;

      if (*services[i] == '\0')
        continue;
      if (!riaya_service_from_code (services[i], &service))
        return bad_value ("services", services[i], error);
      service_bits |= 1u << service;
    }

  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    {
      g_autofree char *code = g_strconcat ("staff-", riaya_staff_role_to_code (r), NULL);
      guint count;

      if (!get_uint (table, code, &count, error))
        return FALSE;
      riaya_institution_set_staff (self, r, count);
    }

  riaya_institution_set_licence_number (self, get (table, "licence-number"));
  riaya_institution_set_licence_date (self, get (table, "licence-date"));
  riaya_institution_set_legal_basis (self, basis);
  riaya_institution_set_institution_type (self, type);
  riaya_institution_set_province_code (self, get (table, "province"));
  riaya_institution_set_name_ar (self, get (table, "name-ar"));
  riaya_institution_set_name_fr (self, get (table, "name-fr"));
  riaya_institution_set_founder (self, get (table, "founder"));
  riaya_institution_set_director (self, get (table, "director"));
  riaya_institution_set_commune (self, get (table, "commune"));
  riaya_institution_set_address (self, get (table, "address"));
  riaya_institution_set_phone (self, get (table, "phone"));
  riaya_institution_set_services (self, service_bits);

  return TRUE;
}

gboolean
riaya_grant_apply_fields (RiayaGrant  *self,
                          GVariant    *fields,
                          GError     **error)
{
  g_autoptr(GHashTable) table = NULL;
  g_autoptr(GPtrArray) tranches = NULL;
  GListModel *model;
  gint64 amount;
  guint year;
  int kind;

  g_return_val_if_fail (RIAYA_IS_GRANT (self), FALSE);
  g_return_val_if_fail (fields != NULL && g_variant_is_of_type (fields, RIAYA_RECORD_FIELDS_TYPE), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  table = index_fields (fields);

  if (!get_uint (table, "year", &year, error) ||
      !get_money (table, "amount", &amount, error) ||
      !get_code (table, "kind", riaya_grant_kind_from_code_int, &kind, error))
    return FALSE;

  /* The tranches first, all read before any is changed. */
  tranches = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint n = 1; get_numbered (table, "tranche", n, "uuid") != NULL; n++)
    {
      g_autofree char *code = g_strdup_printf ("tranche-%u-amount", n);
      RiayaGrantTranche *tranche;
      gint64 tranche_amount;

      if (!get_money (table, code, &tranche_amount, error))
        return FALSE;
      tranche = riaya_grant_tranche_new (get_numbered (table, "tranche", n, "due"), tranche_amount);
      riaya_grant_tranche_set_uuid (tranche, get_numbered (table, "tranche", n, "uuid"));
      riaya_grant_tranche_set_paid_on (tranche, get_numbered (table, "tranche", n, "paid"));
      g_ptr_array_add (tranches, tranche);
    }

  riaya_grant_set_year (self, year);
  riaya_grant_set_amount (self, amount);
  riaya_grant_set_kind (self, kind);
  riaya_grant_set_basis (self, get (table, "basis"));
  riaya_grant_set_decided_on (self, get (table, "decided-on"));
  riaya_grant_set_convention_ref (self, get (table, "convention-ref"));
  riaya_grant_set_convention_date (self, get (table, "convention-date"));
  riaya_grant_set_justification_due (self, get (table, "justification-due"));
  riaya_grant_set_justification_received (self, get (table, "justification-received"));
  riaya_grant_set_justification_approved (self, get (table, "justification-approved"));
  riaya_grant_set_justification_rejected (self, get (table, "justification-rejected"));
  riaya_grant_set_rejection_reason (self, get (table, "rejection-reason"));

  model = riaya_grant_get_tranches (self);
  while (g_list_model_get_n_items (model) > 0)
    {
      g_autoptr(RiayaGrantTranche) first = g_list_model_get_item (model, 0);

      riaya_grant_remove_tranche (self, riaya_grant_tranche_get_uuid (first));
    }
  for (guint i = 0; i < tranches->len; i++)
    riaya_grant_add_tranche (self, g_ptr_array_index (tranches, i));

  return TRUE;
}

gboolean
riaya_inspection_apply_fields (RiayaInspection  *self,
                               GVariant         *fields,
                               GError          **error)
{
  g_autoptr(GHashTable) table = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  int results[RIAYA_N_CHECK_AREAS];
  guint invited, present;
  int kind, decision;
  GListModel *model;

  g_return_val_if_fail (RIAYA_IS_INSPECTION (self), FALSE);
  g_return_val_if_fail (fields != NULL && g_variant_is_of_type (fields, RIAYA_RECORD_FIELDS_TYPE), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  table = index_fields (fields);

  if (!get_code (table, "kind", riaya_visit_kind_from_code_int, &kind, error) ||
      !get_code (table, "decision", riaya_decision_from_code_int, &decision, error) ||
      !get_uint (table, "members-invited", &invited, error) ||
      !get_uint (table, "members-present", &present, error))
    return FALSE;

  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    {
      g_autofree char *code = g_strconcat ("check-", riaya_check_area_to_code (a), NULL);

      results[a] = RIAYA_CHECK_NOT_ASSESSED;
      if (get (table, code) != NULL &&
          !get_code (table, code, riaya_check_result_from_code_int, &results[a], error))
        return FALSE;
    }

  actions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint n = 1; get_numbered (table, "action", n, "uuid") != NULL; n++)
    {
      RiayaCorrectiveAction *action =
        riaya_corrective_action_new (get_numbered (table, "action", n, "description"),
                                     get_numbered (table, "action", n, "due"));

      riaya_corrective_action_set_uuid (action, get_numbered (table, "action", n, "uuid"));
      riaya_corrective_action_set_done_on (action, get_numbered (table, "action", n, "done"));
      g_ptr_array_add (actions, action);
    }

  riaya_inspection_set_kind (self, kind);
  riaya_inspection_set_planned_on (self, get (table, "planned-on"));
  riaya_inspection_set_follows (self, get (table, "follows"));
  riaya_inspection_set_committee (self, get (table, "committee"));
  riaya_inspection_set_members_invited (self, invited);
  riaya_inspection_set_members_present (self, present);
  riaya_inspection_set_done_on (self, get (table, "done-on"));
  riaya_inspection_set_findings (self, get (table, "findings"));
  riaya_inspection_set_decision (self, decision);
  riaya_inspection_set_decision_deadline (self, get (table, "decision-deadline"));
  riaya_inspection_set_licence_event (self, get (table, "licence-event"));

  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    {
      g_autofree char *note = g_strconcat ("check-", riaya_check_area_to_code (a), "-note", NULL);

      riaya_inspection_set_check (self, a, results[a], get (table, note));
    }

  model = riaya_inspection_get_actions (self);
  while (g_list_model_get_n_items (model) > 0)
    {
      g_autoptr(RiayaCorrectiveAction) first = g_list_model_get_item (model, 0);

      riaya_inspection_remove_action (self, riaya_corrective_action_get_uuid (first));
    }
  for (guint i = 0; i < actions->len; i++)
    riaya_inspection_add_action (self, g_ptr_array_index (actions, i));

  return TRUE;
}
