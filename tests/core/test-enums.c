/* test-enums.c — the coded vocabularies and the specialisation rule
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The codes are what the database, the exchange file and the command line
 * carry (cli.md): a test pins each one, so that changing a published code
 * fails here first.
 */

#include "config.h"

#include <string.h>

#include "riaya-core.h"

typedef const char *(*ToCode)   (int value);
typedef gboolean    (*FromCode) (const char *code, int *out);
typedef const char *(*ToLabel)  (int value);

typedef struct
{
  const char         *name;
  ToCode              to_code;
  FromCode            from_code;
  ToLabel             to_label;
  guint               count;
  const char * const *codes; /* the published codes, in enum order */
} Vocabulary;

static const char * const legal_basis_codes[] = { "14.05", "65.15" };
static const char * const type_codes[] = {
  "kafala", "child-protection", "student-house", "disability", "homeless",
  "women", "elderly", "samu-social",
};
static const char * const category_codes[] = {
  "abandoned-child", "child", "pupil", "disabled", "homeless", "woman", "elderly",
};
static const char * const sex_codes[] = { "m", "f", "any" };
static const char * const event_codes[] = {
  "granted", "modified", "warning", "reprimand", "suspended", "withdrawn",
  "closed", "reopened",
};
static const char * const status_codes[] = {
  "none", "active", "warned", "reprimanded", "suspended", "withdrawn", "closed",
};
static const char * const profile_codes[] = { "director", "delegate", "national" };
static const char * const service_codes[] = {
  "reception", "accommodation", "meals", "orientation", "emergency-aid",
  "legal-assistance", "mediation", "educational-follow-up", "training",
  "social-follow-up", "primary-health", "medical-psychological",
  "physiotherapy", "technical-aids", "leisure",
};
static const char * const staff_codes[] = {
  "director", "educator", "carer", "nanny", "social-worker", "nurse",
  "doctor-hours", "psychologist-hours", "kitchen", "other",
};
static const char * const referral_codes[] = {
  "court-order", "family", "local-authority", "entraide-nationale", "self",
  "transfer", "other",
};
static const char * const exit_reason_codes[] = {
  "family", "transfer", "adulthood", "autonomy", "death", "other",
};
static const char * const age_band_codes[] = {
  "0-5", "6-11", "12-17", "18-24", "25-59", "60-74", "75-plus",
};

/* Each vocabulary has its own enum type; small wrappers give them one
 * signature so that one table drives the tests (calling through a cast
 * function pointer would be undefined behaviour). */
#define WRAP(prefix, Type)                                                  \
  static const char *                                                       \
  prefix##_code_any (int value)                                             \
  {                                                                         \
    return prefix##_to_code ((Type) value);                                 \
  }                                                                         \
  static gboolean                                                           \
  prefix##_from_any (const char *code,                                      \
                     int        *out)                                       \
  {                                                                         \
    Type value = out != NULL ? (Type) *out : (Type) 0;                      \
    gboolean found = prefix##_from_code (code, out != NULL ? &value : NULL);\
    if (out != NULL)                                                        \
      *out = (int) value;                                                   \
    return found;                                                           \
  }                                                                         \
  static const char *                                                       \
  prefix##_label_any (int value)                                            \
  {                                                                         \
    return prefix##_to_label ((Type) value);                                \
  }

WRAP (riaya_legal_basis, RiayaLegalBasis)
WRAP (riaya_institution_type, RiayaInstitutionType)
WRAP (riaya_category, RiayaCategory)
WRAP (riaya_sex, RiayaSex)
WRAP (riaya_licence_event_kind, RiayaLicenceEventKind)
WRAP (riaya_licence_status, RiayaLicenceStatus)
WRAP (riaya_profile, RiayaProfile)
WRAP (riaya_service, RiayaService)
WRAP (riaya_staff_role, RiayaStaffRole)
WRAP (riaya_referral, RiayaReferral)
WRAP (riaya_exit_reason, RiayaExitReason)
WRAP (riaya_age_band, RiayaAgeBand)

#define VOCABULARY(label, prefix, n, codes)                                 \
  { label, prefix##_code_any, prefix##_from_any, prefix##_label_any, n, codes }

static const Vocabulary vocabularies[] = {
  VOCABULARY ("legal-basis", riaya_legal_basis, RIAYA_N_LEGAL_BASES, legal_basis_codes),
  VOCABULARY ("institution-type", riaya_institution_type, RIAYA_N_INSTITUTION_TYPES, type_codes),
  VOCABULARY ("category", riaya_category, RIAYA_N_CATEGORIES, category_codes),
  VOCABULARY ("sex", riaya_sex, RIAYA_N_SEXES, sex_codes),
  VOCABULARY ("licence-event", riaya_licence_event_kind, RIAYA_N_LICENCE_EVENT_KINDS, event_codes),
  VOCABULARY ("licence-status", riaya_licence_status, RIAYA_N_LICENCE_STATUSES, status_codes),
  VOCABULARY ("profile", riaya_profile, RIAYA_N_PROFILES, profile_codes),
  VOCABULARY ("service", riaya_service, RIAYA_N_SERVICES, service_codes),
  VOCABULARY ("staff-role", riaya_staff_role, RIAYA_N_STAFF_ROLES, staff_codes),
  VOCABULARY ("referral", riaya_referral, RIAYA_N_REFERRALS, referral_codes),
  VOCABULARY ("exit-reason", riaya_exit_reason, RIAYA_N_EXIT_REASONS, exit_reason_codes),
  VOCABULARY ("age-band", riaya_age_band, RIAYA_N_AGE_BANDS, age_band_codes),
};

G_STATIC_ASSERT (G_N_ELEMENTS (legal_basis_codes) == RIAYA_N_LEGAL_BASES);
G_STATIC_ASSERT (G_N_ELEMENTS (type_codes) == RIAYA_N_INSTITUTION_TYPES);
G_STATIC_ASSERT (G_N_ELEMENTS (category_codes) == RIAYA_N_CATEGORIES);
G_STATIC_ASSERT (G_N_ELEMENTS (sex_codes) == RIAYA_N_SEXES);
G_STATIC_ASSERT (G_N_ELEMENTS (event_codes) == RIAYA_N_LICENCE_EVENT_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (status_codes) == RIAYA_N_LICENCE_STATUSES);
G_STATIC_ASSERT (G_N_ELEMENTS (profile_codes) == RIAYA_N_PROFILES);
G_STATIC_ASSERT (G_N_ELEMENTS (service_codes) == RIAYA_N_SERVICES);
G_STATIC_ASSERT (G_N_ELEMENTS (staff_codes) == RIAYA_N_STAFF_ROLES);
G_STATIC_ASSERT (G_N_ELEMENTS (referral_codes) == RIAYA_N_REFERRALS);
G_STATIC_ASSERT (G_N_ELEMENTS (exit_reason_codes) == RIAYA_N_EXIT_REASONS);
G_STATIC_ASSERT (G_N_ELEMENTS (age_band_codes) == RIAYA_N_AGE_BANDS);

static void
test_codes_are_published (gconstpointer data)
{
  const Vocabulary *v = data;

  for (guint i = 0; i < v->count; i++)
    g_assert_cmpstr (v->to_code ((int) i), ==, v->codes[i]);
}

static void
test_codes_round_trip (gconstpointer data)
{
  const Vocabulary *v = data;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < v->count; i++)
    {
      const char *code = v->to_code ((int) i);
      int back = -1;

      g_assert_nonnull (code);
      g_assert_true (v->from_code (code, &back));
      g_assert_cmpint (back, ==, (int) i);
      /* A code names one value only. */
      g_assert_true (g_hash_table_add (seen, (gpointer) code));
      /* Codes are plain ASCII: they travel through shells and XML. */
      for (const char *p = code; *p; p++)
        g_assert_true (g_ascii_isalnum (*p) || *p == '-' || *p == '.');
      /* The out argument is optional. */
      g_assert_true (v->from_code (code, NULL));
    }
}

static void
test_unknown_codes_refused (gconstpointer data)
{
  const Vocabulary *v = data;
  const char *unknown[] = { "", "nope", " kafala", "14,05", "Active", "M" };
  int out = 12345;

  g_assert_false (v->from_code (NULL, &out));
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_false (v->from_code (unknown[i], &out));
  /* A refused code leaves the output alone. */
  g_assert_cmpint (out, ==, 12345);

  /* Codes are exact: an upper-case spelling is another word. */
  for (guint i = 0; i < v->count; i++)
    {
      g_autofree char *upper = g_ascii_strup (v->codes[i], -1);

      if (g_strcmp0 (upper, v->codes[i]) != 0)
        g_assert_false (v->from_code (upper, NULL));
    }
}

static void
test_labels_exist (gconstpointer data)
{
  const Vocabulary *v = data;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < v->count; i++)
    {
      const char *label = v->to_label ((int) i);

      g_assert_nonnull (label);
      g_assert_cmpuint (strlen (label), >, 0);
      g_assert_true (g_utf8_validate (label, -1, NULL));
      /* Two values with one label could not be told apart in a list. */
      g_assert_true (g_hash_table_add (seen, (gpointer) label));
    }
}

static void
test_labels_english (void)
{
  /* With no catalogue for the language the labels are the English source,
   * the context of the short ones (“sex”, “licence status”) stripped. */
  g_assert_cmpstr (riaya_legal_basis_to_label (RIAYA_LEGAL_BASIS_65_15), ==, "Law 65.15");
  g_assert_cmpstr (riaya_sex_to_label (RIAYA_SEX_FEMALE), ==, "Female");
  g_assert_cmpstr (riaya_licence_status_to_label (RIAYA_LICENCE_STATUS_ACTIVE), ==, "Active");
  g_assert_cmpstr (riaya_licence_event_kind_to_label (RIAYA_LICENCE_EVENT_WARNING), ==, "Warning");
  g_assert_cmpstr (riaya_staff_role_to_label (RIAYA_STAFF_DIRECTOR), ==, "Director");
  g_assert_cmpstr (riaya_profile_to_label (RIAYA_PROFILE_DELEGATE), ==, "Provincial delegate");
}

/* cli.md "Codes": kafala → abandoned-child; child-protection → child,
 * abandoned-child; student-house → pupil; disability → disabled; homeless
 * → homeless; women → woman; elderly → elderly; samu-social → any. */
static const char * const served[RIAYA_N_INSTITUTION_TYPES][RIAYA_N_CATEGORIES + 1] = {
  [RIAYA_INSTITUTION_TYPE_KAFALA] = { "abandoned-child" },
  [RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION] = { "child", "abandoned-child" },
  [RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE] = { "pupil" },
  [RIAYA_INSTITUTION_TYPE_DISABILITY] = { "disabled" },
  [RIAYA_INSTITUTION_TYPE_HOMELESS] = { "homeless" },
  [RIAYA_INSTITUTION_TYPE_WOMEN] = { "woman" },
  [RIAYA_INSTITUTION_TYPE_ELDERLY] = { "elderly" },
  [RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL] = {
    "abandoned-child", "child", "pupil", "disabled", "homeless", "woman", "elderly",
  },
};

static void
test_specialisation_table (void)
{
  for (guint t = 0; t < RIAYA_N_INSTITUTION_TYPES; t++)
    for (guint c = 0; c < RIAYA_N_CATEGORIES; c++)
      {
        const char *category = riaya_category_to_code (c);
        gboolean expected = g_strv_contains ((const char * const *) served[t], category);

        if (riaya_institution_type_serves (t, c) != expected)
          g_error ("a “%s” %s hold places for “%s”",
                   riaya_institution_type_to_code (t),
                   expected ? "should" : "should not", category);
      }
}

static void
test_specialisation_examples (void)
{
  g_assert_true (riaya_institution_type_serves (RIAYA_INSTITUTION_TYPE_KAFALA,
                                                RIAYA_CATEGORY_ABANDONED_CHILD));
  g_assert_false (riaya_institution_type_serves (RIAYA_INSTITUTION_TYPE_KAFALA,
                                                 RIAYA_CATEGORY_CHILD));
  g_assert_false (riaya_institution_type_serves (RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE,
                                                 RIAYA_CATEGORY_ELDERLY));
  g_assert_true (riaya_institution_type_serves (RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL,
                                                RIAYA_CATEGORY_ELDERLY));
  g_assert_true (riaya_institution_type_serves (RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL,
                                                RIAYA_CATEGORY_PUPIL));
  /* Out-of-range values are no category at all. */
  g_assert_false (riaya_institution_type_serves (RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL,
                                                 RIAYA_N_CATEGORIES));
  g_assert_false (riaya_institution_type_serves (RIAYA_N_INSTITUTION_TYPES,
                                                 RIAYA_CATEGORY_PUPIL));
}

static void
test_status_in_force (void)
{
  /* Art. 34: a warned or reprimanded institution still operates; a
   * suspended, withdrawn or closed one does not. */
  g_assert_false (riaya_licence_status_in_force (RIAYA_LICENCE_STATUS_NONE));
  g_assert_true (riaya_licence_status_in_force (RIAYA_LICENCE_STATUS_ACTIVE));
  g_assert_true (riaya_licence_status_in_force (RIAYA_LICENCE_STATUS_WARNED));
  g_assert_true (riaya_licence_status_in_force (RIAYA_LICENCE_STATUS_REPRIMANDED));
  g_assert_false (riaya_licence_status_in_force (RIAYA_LICENCE_STATUS_SUSPENDED));
  g_assert_false (riaya_licence_status_in_force (RIAYA_LICENCE_STATUS_WITHDRAWN));
  g_assert_false (riaya_licence_status_in_force (RIAYA_LICENCE_STATUS_CLOSED));
}

static void
test_staff_hours (void)
{
  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    {
      gboolean hours = (r == RIAYA_STAFF_DOCTOR_HOURS || r == RIAYA_STAFF_PSYCHOLOGIST_HOURS);

      g_assert_cmpint (riaya_staff_role_is_hours (r), ==, hours);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    {
      const Vocabulary *v = &vocabularies[i];
      g_autofree char *published = g_strdup_printf ("/enums/%s/published", v->name);
      g_autofree char *round_trip = g_strdup_printf ("/enums/%s/round-trip", v->name);
      g_autofree char *unknown = g_strdup_printf ("/enums/%s/unknown", v->name);
      g_autofree char *labels = g_strdup_printf ("/enums/%s/labels", v->name);

      g_test_add_data_func (published, v, test_codes_are_published);
      g_test_add_data_func (round_trip, v, test_codes_round_trip);
      g_test_add_data_func (unknown, v, test_unknown_codes_refused);
      g_test_add_data_func (labels, v, test_labels_exist);
    }

  g_test_add_func ("/enums/labels/english", test_labels_english);
  g_test_add_func ("/enums/specialisation/table", test_specialisation_table);
  g_test_add_func ("/enums/specialisation/examples", test_specialisation_examples);
  g_test_add_func ("/enums/status/in-force", test_status_in_force);
  g_test_add_func ("/enums/staff/hours", test_staff_hours);

  return g_test_run ();
}
