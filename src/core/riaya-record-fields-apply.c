/* riaya-record-fields-apply.c — a record made to say what a list of fields says
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The way back from riaya-record-fields.c: a version of a record kept as
 * its fields (a conflict's incoming version) is written over the local
 * record when someone keeps it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-money.h"
#include "riaya-record-fields.h"
#include "riaya-validation.h"

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
