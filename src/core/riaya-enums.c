/* riaya-enums.c — the coded vocabularies of the law
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-enums.h"

typedef struct
{
  const char *code;
  const char *label;   /* N_() or NC_(): translated at display time */
  const char *context; /* msgctxt for short, ambiguous labels, or NULL */
} CodedValue;

static const CodedValue legal_bases[] = {
  { "14.05", N_("Law 14.05"), NULL },
  { "65.15", N_("Law 65.15"), NULL },
};

static const CodedValue institution_types[] = {
  { "kafala", N_("Kafala home for abandoned children"), NULL },
  { "child-protection", N_("Child reception and protection"), NULL },
  { "student-house", N_("Student boarding house (Dar Talib / Dar Taliba)"), NULL },
  { "disability", N_("Institution for persons with disabilities"), NULL },
  { "homeless", N_("Institution for homeless people and beggars"), NULL },
  { "women", N_("Multi-function institution for women"), NULL },
  { "elderly", N_("Home for elderly persons"), NULL },
  { "samu-social", N_("Mobile social emergency (SAMU social)"), NULL },
};

static const CodedValue categories[] = {
  { "abandoned-child", N_("Abandoned children"), NULL },
  { "child", N_("Children"), NULL },
  { "pupil", N_("Schoolchildren"), NULL },
  { "disabled", N_("Persons with disabilities"), NULL },
  { "homeless", N_("Homeless people"), NULL },
  { "woman", N_("Women in a vulnerable situation"), NULL },
  { "elderly", N_("Elderly persons"), NULL },
};

static const CodedValue sexes[] = {
  { "m", NC_("sex", "Male"), "sex" },
  { "f", NC_("sex", "Female"), "sex" },
  { "any", NC_("sex", "Any"), "sex" },
};

static const CodedValue licence_event_kinds[] = {
  { "granted", NC_("licence event", "Granted"), "licence event" },
  { "modified", NC_("licence event", "Modified"), "licence event" },
  { "warning", NC_("licence event", "Warning"), "licence event" },
  { "reprimand", NC_("licence event", "Reprimand"), "licence event" },
  { "suspended", NC_("licence event", "Suspended"), "licence event" },
  { "withdrawn", NC_("licence event", "Withdrawn"), "licence event" },
  { "closed", NC_("licence event", "Closed"), "licence event" },
  { "reopened", NC_("licence event", "Reopened"), "licence event" },
};

static const CodedValue licence_statuses[] = {
  { "none", NC_("licence status", "Not granted"), "licence status" },
  { "active", NC_("licence status", "Active"), "licence status" },
  { "warned", NC_("licence status", "Under warning"), "licence status" },
  { "reprimanded", NC_("licence status", "Under reprimand"), "licence status" },
  { "suspended", NC_("licence status", "Suspended"), "licence status" },
  { "withdrawn", NC_("licence status", "Withdrawn"), "licence status" },
  { "closed", NC_("licence status", "Closed"), "licence status" },
};

static const CodedValue profiles[] = {
  { "director", N_("Institution director"), NULL },
  { "delegate", N_("Provincial delegate"), NULL },
  { "national", N_("National staff"), NULL },
};

static const CodedValue services[] = {
  { "reception", N_("Reception"), NULL },
  { "accommodation", N_("Accommodation"), NULL },
  { "meals", N_("Meals"), NULL },
  { "orientation", N_("Orientation"), NULL },
  { "emergency-aid", N_("Social emergency aid"), NULL },
  { "legal-assistance", N_("Social and legal assistance"), NULL },
  { "mediation", N_("Social mediation"), NULL },
  { "educational-follow-up", N_("Educational follow-up"), NULL },
  { "training", N_("Capacity building, training and rehabilitation"), NULL },
  { "social-follow-up", N_("Social follow-up"), NULL },
  { "primary-health", N_("Primary health care"), NULL },
  { "medical-psychological", N_("Medical and psychological support"), NULL },
  { "physiotherapy", N_("Physiotherapy and functional rehabilitation"), NULL },
  { "technical-aids", N_("Technical aids and prostheses"), NULL },
  { "leisure", N_("Cultural, sports and leisure activities"), NULL },
};

static const CodedValue staff_roles[] = {
  { "director", NC_("staff", "Director"), "staff" },
  { "educator", NC_("staff", "Educators"), "staff" },
  { "carer", NC_("staff", "Carers"), "staff" },
  { "nanny", NC_("staff", "Nannies"), "staff" },
  { "social-worker", NC_("staff", "Social workers"), "staff" },
  { "nurse", NC_("staff", "Nurses"), "staff" },
  { "doctor-hours", NC_("staff", "Doctor (hours a year)"), "staff" },
  { "psychologist-hours", NC_("staff", "Psychologist (hours a year)"), "staff" },
  { "kitchen", NC_("staff", "Kitchen staff"), "staff" },
  { "other", NC_("staff", "Other staff"), "staff" },
};

static const CodedValue referrals[] = {
  { "court-order", N_("Court order"), NULL },
  { "family", NC_("referral", "Family"), "referral" },
  { "local-authority", N_("Local authority"), NULL },
  { "entraide-nationale", N_("Entraide Nationale"), NULL },
  { "self", NC_("referral", "Came of their own accord"), "referral" },
  { "transfer", NC_("referral", "Transfer from another institution"), "referral" },
  { "other", NC_("referral", "Other"), "referral" },
};

static const CodedValue exit_reasons[] = {
  { "family", N_("Return to the family"), NULL },
  { "transfer", NC_("exit reason", "Transfer to another institution"), "exit reason" },
  { "adulthood", N_("Coming of age"), NULL },
  { "autonomy", N_("Autonomy"), NULL },
  { "death", N_("Death"), NULL },
  { "other", NC_("exit reason", "Other"), "exit reason" },
};

static const CodedValue age_bands[] = {
  { "0-5", NC_("age band", "0–5 years"), "age band" },
  { "6-11", NC_("age band", "6–11 years"), "age band" },
  { "12-17", NC_("age band", "12–17 years"), "age band" },
  { "18-24", NC_("age band", "18–24 years"), "age band" },
  { "25-59", NC_("age band", "25–59 years"), "age band" },
  { "60-74", NC_("age band", "60–74 years"), "age band" },
  { "75-plus", NC_("age band", "75 years and over"), "age band" },
};

static const CodedValue grant_kinds[] = {
  { "running-costs", N_("Running costs"), NULL },
  { "equipment", NC_("grant kind", "Equipment"), "grant kind" },
  { "staff", NC_("grant kind", "Staff"), "grant kind" },
  { "other", NC_("grant kind", "Other"), "grant kind" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (legal_bases) == RIAYA_N_LEGAL_BASES);
G_STATIC_ASSERT (G_N_ELEMENTS (institution_types) == RIAYA_N_INSTITUTION_TYPES);
G_STATIC_ASSERT (G_N_ELEMENTS (categories) == RIAYA_N_CATEGORIES);
G_STATIC_ASSERT (G_N_ELEMENTS (sexes) == RIAYA_N_SEXES);
G_STATIC_ASSERT (G_N_ELEMENTS (licence_event_kinds) == RIAYA_N_LICENCE_EVENT_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (licence_statuses) == RIAYA_N_LICENCE_STATUSES);
G_STATIC_ASSERT (G_N_ELEMENTS (profiles) == RIAYA_N_PROFILES);
G_STATIC_ASSERT (G_N_ELEMENTS (services) == RIAYA_N_SERVICES);
G_STATIC_ASSERT (G_N_ELEMENTS (staff_roles) == RIAYA_N_STAFF_ROLES);
G_STATIC_ASSERT (G_N_ELEMENTS (referrals) == RIAYA_N_REFERRALS);
G_STATIC_ASSERT (G_N_ELEMENTS (exit_reasons) == RIAYA_N_EXIT_REASONS);
G_STATIC_ASSERT (G_N_ELEMENTS (age_bands) == RIAYA_N_AGE_BANDS);
G_STATIC_ASSERT (G_N_ELEMENTS (grant_kinds) == RIAYA_N_GRANT_KINDS);

static gboolean
find_code (const CodedValue *table,
           guint             n,
           const char       *code,
           int              *out)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (table[i].code, code))
        {
          if (out != NULL)
            *out = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

static const char *
translate (const CodedValue *value)
{
  if (value->context != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, value->context, value->label);

  return g_dgettext (GETTEXT_PACKAGE, value->label);
}

/* One to_code/from_code/to_label trio per vocabulary, all table-driven. */
#define DEFINE_CODED_ENUM(prefix, Type, table, count)                       \
  const char *                                                              \
  prefix##_to_code (Type value)                                             \
  {                                                                         \
    g_return_val_if_fail ((guint) value < count, NULL);                     \
    return table[value].code;                                               \
  }                                                                         \
  gboolean                                                                  \
  prefix##_from_code (const char *code,                                     \
                      Type       *out)                                      \
  {                                                                         \
    int index;                                                              \
    if (!find_code (table, count, code, &index))                            \
      return FALSE;                                                         \
    if (out != NULL)                                                        \
      *out = (Type) index;                                                  \
    return TRUE;                                                            \
  }                                                                         \
  const char *                                                              \
  prefix##_to_label (Type value)                                            \
  {                                                                         \
    g_return_val_if_fail ((guint) value < count, NULL);                     \
    return translate (&table[value]);                                       \
  }

DEFINE_CODED_ENUM (riaya_legal_basis, RiayaLegalBasis, legal_bases, RIAYA_N_LEGAL_BASES)
DEFINE_CODED_ENUM (riaya_institution_type, RiayaInstitutionType, institution_types, RIAYA_N_INSTITUTION_TYPES)
DEFINE_CODED_ENUM (riaya_category, RiayaCategory, categories, RIAYA_N_CATEGORIES)
DEFINE_CODED_ENUM (riaya_sex, RiayaSex, sexes, RIAYA_N_SEXES)
DEFINE_CODED_ENUM (riaya_licence_event_kind, RiayaLicenceEventKind, licence_event_kinds, RIAYA_N_LICENCE_EVENT_KINDS)
DEFINE_CODED_ENUM (riaya_licence_status, RiayaLicenceStatus, licence_statuses, RIAYA_N_LICENCE_STATUSES)
DEFINE_CODED_ENUM (riaya_profile, RiayaProfile, profiles, RIAYA_N_PROFILES)
DEFINE_CODED_ENUM (riaya_service, RiayaService, services, RIAYA_N_SERVICES)
DEFINE_CODED_ENUM (riaya_staff_role, RiayaStaffRole, staff_roles, RIAYA_N_STAFF_ROLES)
DEFINE_CODED_ENUM (riaya_referral, RiayaReferral, referrals, RIAYA_N_REFERRALS)
DEFINE_CODED_ENUM (riaya_exit_reason, RiayaExitReason, exit_reasons, RIAYA_N_EXIT_REASONS)
DEFINE_CODED_ENUM (riaya_age_band, RiayaAgeBand, age_bands, RIAYA_N_AGE_BANDS)
DEFINE_CODED_ENUM (riaya_grant_kind, RiayaGrantKind, grant_kinds, RIAYA_N_GRANT_KINDS)

RiayaAgeBand
riaya_age_band_for_age (guint age_years)
{
  static const guint lowest_age_of_next_band[] = { 6, 12, 18, 25, 60, 75 };

  for (guint i = 0; i < G_N_ELEMENTS (lowest_age_of_next_band); i++)
    if (age_years < lowest_age_of_next_band[i])
      return (RiayaAgeBand) i;

  return RIAYA_AGE_BAND_75_PLUS;
}

gboolean
riaya_staff_role_is_hours (RiayaStaffRole role)
{
  return role == RIAYA_STAFF_DOCTOR_HOURS || role == RIAYA_STAFF_PSYCHOLOGIST_HOURS;
}

gboolean
riaya_institution_type_serves (RiayaInstitutionType type,
                               RiayaCategory        category)
{
  /* Law 65.15 art. 3: each institution specialises in one category of
   * beneficiaries; only group care (mobile social emergency) takes anyone.
   * Child reception and protection also takes abandoned children, whom
   * judges place there pending kafala (Law 15.01). */
  switch (type)
    {
    case RIAYA_INSTITUTION_TYPE_KAFALA:
      return category == RIAYA_CATEGORY_ABANDONED_CHILD;
    case RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION:
      return category == RIAYA_CATEGORY_CHILD || category == RIAYA_CATEGORY_ABANDONED_CHILD;
    case RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE:
      return category == RIAYA_CATEGORY_PUPIL;
    case RIAYA_INSTITUTION_TYPE_DISABILITY:
      return category == RIAYA_CATEGORY_DISABLED;
    case RIAYA_INSTITUTION_TYPE_HOMELESS:
      return category == RIAYA_CATEGORY_HOMELESS;
    case RIAYA_INSTITUTION_TYPE_WOMEN:
      return category == RIAYA_CATEGORY_WOMAN;
    case RIAYA_INSTITUTION_TYPE_ELDERLY:
      return category == RIAYA_CATEGORY_ELDERLY;
    case RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL:
      return (guint) category < RIAYA_N_CATEGORIES;
    case RIAYA_N_INSTITUTION_TYPES:
    default:
      return FALSE;
    }
}

gboolean
riaya_licence_status_in_force (RiayaLicenceStatus status)
{
  return status == RIAYA_LICENCE_STATUS_ACTIVE ||
         status == RIAYA_LICENCE_STATUS_WARNED ||
         status == RIAYA_LICENCE_STATUS_REPRIMANDED;
}
