/* riaya-enums.h — the coded vocabularies of the law
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every enum here has a stable string code: the code is what the database,
 * the exchange file and the command line carry, so a code never changes
 * once published. Labels are translated at display time.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Law under which a licence was granted (domain.md §0): both regimes coexist
 * until Law 65.15's regulations are all published (art. 44). */
typedef enum
{
  RIAYA_LEGAL_BASIS_14_05,
  RIAYA_LEGAL_BASIS_65_15,
  RIAYA_N_LEGAL_BASES
} RiayaLegalBasis;

/* Institution types, Law 65.15 art. 3. */
typedef enum
{
  RIAYA_INSTITUTION_TYPE_KAFALA,
  RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION,
  RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE,
  RIAYA_INSTITUTION_TYPE_DISABILITY,
  RIAYA_INSTITUTION_TYPE_HOMELESS,
  RIAYA_INSTITUTION_TYPE_WOMEN,
  RIAYA_INSTITUTION_TYPE_ELDERLY,
  RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL,
  RIAYA_N_INSTITUTION_TYPES
} RiayaInstitutionType;

/* Beneficiary categories, Law 65.15 art. 2. */
typedef enum
{
  RIAYA_CATEGORY_ABANDONED_CHILD,
  RIAYA_CATEGORY_CHILD,
  RIAYA_CATEGORY_PUPIL,
  RIAYA_CATEGORY_DISABLED,
  RIAYA_CATEGORY_HOMELESS,
  RIAYA_CATEGORY_WOMAN,
  RIAYA_CATEGORY_ELDERLY,
  RIAYA_N_CATEGORIES
} RiayaCategory;

typedef enum
{
  RIAYA_SEX_MALE,
  RIAYA_SEX_FEMALE,
  RIAYA_SEX_ANY,
  RIAYA_N_SEXES
} RiayaSex;

/* What can happen to a licence (Law 65.15 arts 17, 31, 32, 34). */
typedef enum
{
  RIAYA_LICENCE_EVENT_GRANTED,
  RIAYA_LICENCE_EVENT_MODIFIED,
  RIAYA_LICENCE_EVENT_WARNING,
  RIAYA_LICENCE_EVENT_REPRIMAND,
  RIAYA_LICENCE_EVENT_SUSPENDED,
  RIAYA_LICENCE_EVENT_WITHDRAWN,
  RIAYA_LICENCE_EVENT_CLOSED,
  RIAYA_LICENCE_EVENT_REOPENED,
  RIAYA_N_LICENCE_EVENT_KINDS
} RiayaLicenceEventKind;

/* The state a licence is in, derived from its events (riaya-licence.h). */
typedef enum
{
  RIAYA_LICENCE_STATUS_NONE,       /* no "granted" event yet */
  RIAYA_LICENCE_STATUS_ACTIVE,
  RIAYA_LICENCE_STATUS_WARNED,     /* in force, under a warning (art. 34) */
  RIAYA_LICENCE_STATUS_REPRIMANDED,/* in force, under a reprimand (art. 34) */
  RIAYA_LICENCE_STATUS_SUSPENDED,  /* temporary withdrawal (art. 34) */
  RIAYA_LICENCE_STATUS_WITHDRAWN,
  RIAYA_LICENCE_STATUS_CLOSED,
  RIAYA_N_LICENCE_STATUSES
} RiayaLicenceStatus;

typedef enum
{
  RIAYA_PROFILE_DIRECTOR,
  RIAYA_PROFILE_DELEGATE,
  RIAYA_PROFILE_NATIONAL,
  RIAYA_N_PROFILES
} RiayaProfile;

/* The 15 services of Law 65.15 art. 5, in the order of the article. */
typedef enum
{
  RIAYA_SERVICE_RECEPTION,
  RIAYA_SERVICE_ACCOMMODATION,
  RIAYA_SERVICE_MEALS,
  RIAYA_SERVICE_ORIENTATION,
  RIAYA_SERVICE_EMERGENCY_AID,
  RIAYA_SERVICE_LEGAL_ASSISTANCE,
  RIAYA_SERVICE_MEDIATION,
  RIAYA_SERVICE_EDUCATIONAL_FOLLOW_UP,
  RIAYA_SERVICE_TRAINING,
  RIAYA_SERVICE_SOCIAL_FOLLOW_UP,
  RIAYA_SERVICE_PRIMARY_HEALTH,
  RIAYA_SERVICE_MEDICAL_PSYCHOLOGICAL,
  RIAYA_SERVICE_PHYSIOTHERAPY,
  RIAYA_SERVICE_TECHNICAL_AIDS,
  RIAYA_SERVICE_LEISURE,
  RIAYA_N_SERVICES
} RiayaService;

/* Staff roles of the 2007 model specification; doctor and psychologist
 * are counted in hours a year, the others in persons. */
typedef enum
{
  RIAYA_STAFF_DIRECTOR,
  RIAYA_STAFF_EDUCATOR,
  RIAYA_STAFF_CARER,
  RIAYA_STAFF_NANNY,
  RIAYA_STAFF_SOCIAL_WORKER,
  RIAYA_STAFF_NURSE,
  RIAYA_STAFF_DOCTOR_HOURS,
  RIAYA_STAFF_PSYCHOLOGIST_HOURS,
  RIAYA_STAFF_KITCHEN,
  RIAYA_STAFF_OTHER,
  RIAYA_N_STAFF_ROLES
} RiayaStaffRole;

/* How a beneficiary came to the institution (register, decree 2.19.693
 * art. 11). "transfer" is the admission half of a transfer between two
 * institutions of the same database. */
typedef enum
{
  RIAYA_REFERRAL_COURT_ORDER,
  RIAYA_REFERRAL_FAMILY,
  RIAYA_REFERRAL_LOCAL_AUTHORITY,
  RIAYA_REFERRAL_ENTRAIDE_NATIONALE,
  RIAYA_REFERRAL_SELF,
  RIAYA_REFERRAL_TRANSFER,
  RIAYA_REFERRAL_OTHER,
  RIAYA_N_REFERRALS
} RiayaReferral;

/* Why a beneficiary left (the exit date of the register, decree
 * 2.19.693 art. 11). */
typedef enum
{
  RIAYA_EXIT_REASON_FAMILY,     /* return to the family */
  RIAYA_EXIT_REASON_TRANSFER,   /* to another institution */
  RIAYA_EXIT_REASON_ADULTHOOD,
  RIAYA_EXIT_REASON_AUTONOMY,
  RIAYA_EXIT_REASON_DEATH,
  RIAYA_EXIT_REASON_OTHER,
  RIAYA_N_EXIT_REASONS
} RiayaExitReason;

/* The age bands of the counts that leave a director's database instead
 * of names: 0-5, 6-11, 12-17, 18-24, 25-59, 60-74, 75+ (code "75-plus"). */
typedef enum
{
  RIAYA_AGE_BAND_0_5,
  RIAYA_AGE_BAND_6_11,
  RIAYA_AGE_BAND_12_17,
  RIAYA_AGE_BAND_18_24,
  RIAYA_AGE_BAND_25_59,
  RIAYA_AGE_BAND_60_74,
  RIAYA_AGE_BAND_75_PLUS,
  RIAYA_N_AGE_BANDS
} RiayaAgeBand;

/* What an annual grant of the Entraide Nationale pays for (domain brief §5). */
typedef enum
{
  RIAYA_GRANT_KIND_RUNNING_COSTS, /* the annual running-cost grant */
  RIAYA_GRANT_KIND_EQUIPMENT,
  RIAYA_GRANT_KIND_STAFF,
  RIAYA_GRANT_KIND_OTHER,
  RIAYA_N_GRANT_KINDS
} RiayaGrantKind;

/* Codes: stable ASCII strings; from_code returns FALSE for an unknown code. */
const char *riaya_legal_basis_to_code        (RiayaLegalBasis basis);
gboolean    riaya_legal_basis_from_code      (const char *code, RiayaLegalBasis *out);
const char *riaya_institution_type_to_code   (RiayaInstitutionType type);
gboolean    riaya_institution_type_from_code (const char *code, RiayaInstitutionType *out);
const char *riaya_category_to_code           (RiayaCategory category);
gboolean    riaya_category_from_code         (const char *code, RiayaCategory *out);
const char *riaya_sex_to_code                (RiayaSex sex);
gboolean    riaya_sex_from_code              (const char *code, RiayaSex *out);
const char *riaya_licence_event_kind_to_code (RiayaLicenceEventKind kind);
gboolean    riaya_licence_event_kind_from_code (const char *code, RiayaLicenceEventKind *out);
const char *riaya_licence_status_to_code     (RiayaLicenceStatus status);
gboolean    riaya_licence_status_from_code   (const char *code, RiayaLicenceStatus *out);
const char *riaya_profile_to_code            (RiayaProfile profile);
gboolean    riaya_profile_from_code          (const char *code, RiayaProfile *out);
const char *riaya_service_to_code            (RiayaService service);
gboolean    riaya_service_from_code          (const char *code, RiayaService *out);
const char *riaya_staff_role_to_code         (RiayaStaffRole role);
gboolean    riaya_staff_role_from_code       (const char *code, RiayaStaffRole *out);
const char *riaya_referral_to_code           (RiayaReferral referral);
gboolean    riaya_referral_from_code         (const char *code, RiayaReferral *out);
const char *riaya_exit_reason_to_code        (RiayaExitReason reason);
gboolean    riaya_exit_reason_from_code      (const char *code, RiayaExitReason *out);
const char *riaya_age_band_to_code           (RiayaAgeBand band);
gboolean    riaya_age_band_from_code         (const char *code, RiayaAgeBand *out);
const char *riaya_grant_kind_to_code         (RiayaGrantKind kind);
gboolean    riaya_grant_kind_from_code       (const char *code, RiayaGrantKind *out);

/* Labels: translated into the interface language at call time. */
const char *riaya_legal_basis_to_label        (RiayaLegalBasis basis);
const char *riaya_institution_type_to_label   (RiayaInstitutionType type);
const char *riaya_category_to_label           (RiayaCategory category);
const char *riaya_sex_to_label                (RiayaSex sex);
const char *riaya_licence_event_kind_to_label (RiayaLicenceEventKind kind);
const char *riaya_licence_status_to_label     (RiayaLicenceStatus status);
const char *riaya_profile_to_label            (RiayaProfile profile);
const char *riaya_service_to_label            (RiayaService service);
const char *riaya_staff_role_to_label         (RiayaStaffRole role);
const char *riaya_referral_to_label          (RiayaReferral referral);
const char *riaya_exit_reason_to_label       (RiayaExitReason reason);
const char *riaya_age_band_to_label          (RiayaAgeBand band);
const char *riaya_grant_kind_to_label        (RiayaGrantKind kind);

/* The band of someone @age_years old. */
RiayaAgeBand riaya_age_band_for_age          (guint age_years);

/* Whether the staff role is counted in hours a year rather than persons. */
gboolean    riaya_staff_role_is_hours         (RiayaStaffRole role);

/* Specialisation (Law 65.15 art. 3): whether an institution of @type may
 * hold places for @category. Group care (SAMU social) serves any category. */
gboolean    riaya_institution_type_serves     (RiayaInstitutionType type,
                                               RiayaCategory        category);

/* A licence in this status is in force: the institution may operate. */
gboolean    riaya_licence_status_in_force     (RiayaLicenceStatus status);

G_END_DECLS
