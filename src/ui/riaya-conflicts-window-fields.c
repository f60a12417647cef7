/* riaya-conflicts-window-fields.c — a conflict's fields, in words
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store hands a conflict over as stable field codes and values
 * (riaya-record-fields.h): "legal-basis" "65.15", "tranche-2-paid"
 * "2025-09-05", "check-safety" "not-compliant". People choose between two
 * versions by what they mean: the field's name in their language, codes
 * as their labels, amounts as the interface writes money. Dates stay ISO,
 * as everywhere in the interface.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-conflicts-window-private.h"
#include "riaya-ui-util.h"

static const struct
{
  const char *code;
  const char *label;
} simple_fields[] = {
  /* An institution */
  { "licence-number", N_("Licence number") },
  { "licence-date", N_("Licence date") },
  { "legal-basis", N_("Legal basis") },
  { "type", N_("Type") },
  { "province", N_("Province or prefecture") },
  { "name-ar", N_("Name in Arabic") },
  { "name-fr", N_("Name in French") },
  { "founder", N_("Founder") },
  { "director", N_("Director") },
  { "commune", N_("Commune") },
  { "address", N_("Address") },
  { "phone", N_("Phone") },
  { "services", N_("Services") },
  /* A grant */
  { "year", N_("Year") },
  { "amount", N_("Amount granted") },
  { "basis", N_("Basis of the decision") },
  { "decided-on", N_("Decided on") },
  { "convention-ref", N_("Partnership convention") },
  { "convention-date", N_("Date of the convention") },
  { "justification-due", N_("Justification due") },
  { "justification-received", N_("Justification received") },
  { "justification-approved", N_("Justification approved") },
  { "justification-rejected", N_("Justification rejected") },
  { "rejection-reason", N_("Reason of the rejection") },
  /* A visit */
  { "planned-on", N_("Planned for") },
  { "follows", N_("Follows the visit") },
  { "committee", N_("Committee") },
  { "members-invited", N_("Members invited") },
  { "members-present", N_("Members present") },
  { "done-on", N_("Done on") },
  { "findings", N_("Findings") },
  { "decision", N_("Decision") },
  { "decision-deadline", N_("Deadline to regularise") },
  { "licence-event", N_("Licence event") },
};

/* "tranche-2-paid" → 2 and "paid" */
static gboolean
split_numbered (const char  *code,
                const char  *prefix,
                guint       *number,
                const char **rest)
{
  gsize len = strlen (prefix);
  char *end = NULL;
  guint64 n;

  if (strncmp (code, prefix, len) != 0 || !g_ascii_isdigit (code[len]))
    return FALSE;
  n = g_ascii_strtoull (code + len, &end, 10);
  if (end == NULL || *end != '-' || n == 0 || n > G_MAXUINT)
    return FALSE;

  *number = (guint) n;
  *rest = end + 1;
  return TRUE;
}

static char *
dup_numbered_label (const char *code)
{
  const char *rest;
  guint n;

  if (split_numbered (code, "tranche-", &n, &rest))
    {
      if (g_str_equal (rest, "due"))
        /* Translators: %u is the number of a grant's tranche, 1 for the first */
        return g_strdup_printf (_("Tranche %u: due on"), n);
      if (g_str_equal (rest, "amount"))
        /* Translators: %u is the number of a grant's tranche */
        return g_strdup_printf (_("Tranche %u: amount"), n);
      if (g_str_equal (rest, "paid"))
        /* Translators: %u is the number of a grant's tranche */
        return g_strdup_printf (_("Tranche %u: paid on"), n);
      if (g_str_equal (rest, "uuid"))
        /* Translators: %u is the number of a grant's tranche */
        return g_strdup_printf (_("Tranche %u: identifier"), n);
    }
  if (split_numbered (code, "action-", &n, &rest))
    {
      if (g_str_equal (rest, "description"))
        /* Translators: %u is the number of a corrective action, 1 for the first */
        return g_strdup_printf (_("Corrective action %u"), n);
      if (g_str_equal (rest, "due"))
        /* Translators: %u is the number of a corrective action */
        return g_strdup_printf (_("Corrective action %u: due on"), n);
      if (g_str_equal (rest, "done"))
        /* Translators: %u is the number of a corrective action */
        return g_strdup_printf (_("Corrective action %u: done on"), n);
      if (g_str_equal (rest, "uuid"))
        /* Translators: %u is the number of a corrective action */
        return g_strdup_printf (_("Corrective action %u: identifier"), n);
    }

  return NULL;
}

char *
_riaya_conflicts_dup_field_label (const char *kind,
                                  const char *code)
{
  RiayaStaffRole role;
  RiayaCheckArea area;
  char *numbered;

  if (g_str_equal (code, "kind"))
    return g_strdup (g_strcmp0 (kind, "grant") == 0 ? _("Kind of grant") : _("Kind of visit"));

  for (guint i = 0; i < G_N_ELEMENTS (simple_fields); i++)
    {
      if (g_str_equal (code, simple_fields[i].code))
        return g_strdup (_(simple_fields[i].label));
    }

  if (g_str_has_prefix (code, "staff-") && riaya_staff_role_from_code (code + strlen ("staff-"), &role))
    /* Translators: %s is a staff role, “Educators” */
    return g_strdup_printf (_("Staff: %s"), riaya_staff_role_to_label (role));

  if (g_str_has_prefix (code, "check-"))
    {
      g_autofree char *area_code = g_strdup (code + strlen ("check-"));
      gboolean note = g_str_has_suffix (area_code, "-note");

      if (note)
        area_code[strlen (area_code) - strlen ("-note")] = '\0';
      if (riaya_check_area_from_code (area_code, &area))
        return note ? g_strdup_printf (/* Translators: %s is an area of the inspection checklist */
                                       _("%s: note"), riaya_check_area_to_label (area))
                    : g_strdup (riaya_check_area_to_label (area));
    }

  numbered = dup_numbered_label (code);
  if (numbered != NULL)
    return numbered;

  /* A field of a later version of the program: its code says enough. */
  return g_strdup (code);
}

static char *
dup_services (const char *value)
{
  g_auto(GStrv) codes = g_strsplit (value, " ", -1);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  RiayaService service;

  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (*codes[i] == '\0')
        continue;
      g_ptr_array_add (labels, (gpointer) (riaya_service_from_code (codes[i], &service)
                                          ? riaya_service_to_label (service) : codes[i]));
    }
  g_ptr_array_add (labels, NULL);

  /* Translators: between the services of a list, “Lodging, Meals” */
  return g_strjoinv (C_("list separator", ", "), (char **) labels->pdata);
}

char *
_riaya_conflicts_dup_field_value (RiayaContext *context,
                                  const char   *kind,
                                  const char   *code,
                                  const char   *value)
{
  RiayaLegalBasis basis;
  RiayaInstitutionType type;
  RiayaGrantKind grant_kind;
  RiayaVisitKind visit_kind;
  RiayaDecision decision;
  RiayaCheckResult result;
  gint64 centimes;

  if (value == NULL || *value == '\0')
    return NULL;

  if (g_str_equal (code, "legal-basis") && riaya_legal_basis_from_code (value, &basis))
    return g_strdup (riaya_legal_basis_to_label (basis));
  if (g_str_equal (code, "type") && riaya_institution_type_from_code (value, &type))
    return g_strdup (riaya_institution_type_to_label (type));
  if (g_str_equal (code, "province"))
    {
      RiayaTerritory *province = riaya_context_lookup_territory (context, value);

      if (province != NULL)
        /* Translators: a province's name, then its code, “Tanger-Assilah (01.511)” */
        return g_strdup_printf (_("%1$s (%2$s)"), riaya_territory_get_display_name (province), value);
    }
  if (g_str_equal (code, "services"))
    return dup_services (value);
  if (g_str_equal (code, "kind") && g_strcmp0 (kind, "grant") == 0 && riaya_grant_kind_from_code (value, &grant_kind))
    return g_strdup (riaya_grant_kind_to_label (grant_kind));
  if (g_str_equal (code, "kind") && riaya_visit_kind_from_code (value, &visit_kind))
    return g_strdup (riaya_visit_kind_to_label (visit_kind));
  if (g_str_equal (code, "decision") && riaya_decision_from_code (value, &decision))
    return g_strdup (riaya_decision_to_label (decision));
  if (g_str_has_prefix (code, "check-") && !g_str_has_suffix (code, "-note") &&
      riaya_check_result_from_code (value, &result))
    return g_strdup (riaya_check_result_to_label (result));
  if ((g_str_equal (code, "amount") || (g_str_has_prefix (code, "tranche-") && g_str_has_suffix (code, "-amount"))) &&
      riaya_money_parse (value, FALSE, &centimes, NULL))
    return riaya_ui_format_money (centimes);

  return g_strdup (value);
}

const char *
_riaya_conflicts_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "institution") == 0)
    return C_("record kind", "Institution");
  if (g_strcmp0 (kind, "grant") == 0)
    return C_("record kind", "Grant");
  if (g_strcmp0 (kind, "inspection") == 0)
    return C_("record kind", "Visit");
  return kind;
}
