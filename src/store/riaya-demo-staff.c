/* riaya-demo-staff.c — services and staff of the demo institutions
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "riaya-demo-private.h"

guint
_riaya_demo_services_for (Demo                 *demo,
                          RiayaInstitutionType  type)
{
#define S(service) (1u << RIAYA_SERVICE_##service)
  guint always = S (RECEPTION) | S (ACCOMMODATION) | S (MEALS);
  guint often = 0, services;

  switch (type)
    {
    case RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE:
      always |= S (EDUCATIONAL_FOLLOW_UP);
      often = S (LEISURE) | S (PRIMARY_HEALTH) | S (SOCIAL_FOLLOW_UP) | S (ORIENTATION);
      break;
    case RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION:
      always |= S (EDUCATIONAL_FOLLOW_UP) | S (SOCIAL_FOLLOW_UP);
      often = S (LEGAL_ASSISTANCE) | S (MEDIATION) | S (PRIMARY_HEALTH) | S (MEDICAL_PSYCHOLOGICAL) |
              S (LEISURE) | S (ORIENTATION);
      break;
    case RIAYA_INSTITUTION_TYPE_KAFALA:
      always |= S (PRIMARY_HEALTH) | S (SOCIAL_FOLLOW_UP);
      often = S (LEGAL_ASSISTANCE) | S (MEDICAL_PSYCHOLOGICAL);
      break;
    case RIAYA_INSTITUTION_TYPE_DISABILITY:
      always |= S (TRAINING) | S (PHYSIOTHERAPY);
      often = S (TECHNICAL_AIDS) | S (MEDICAL_PSYCHOLOGICAL) | S (EDUCATIONAL_FOLLOW_UP) | S (LEISURE);
      break;
    case RIAYA_INSTITUTION_TYPE_ELDERLY:
      always |= S (PRIMARY_HEALTH) | S (SOCIAL_FOLLOW_UP);
      often = S (MEDICAL_PSYCHOLOGICAL) | S (PHYSIOTHERAPY) | S (TECHNICAL_AIDS) | S (LEISURE);
      break;
    case RIAYA_INSTITUTION_TYPE_WOMEN:
      always |= S (ORIENTATION) | S (LEGAL_ASSISTANCE);
      often = S (MEDIATION) | S (TRAINING) | S (SOCIAL_FOLLOW_UP) | S (MEDICAL_PSYCHOLOGICAL);
      break;
    case RIAYA_INSTITUTION_TYPE_HOMELESS:
      always |= S (ORIENTATION) | S (EMERGENCY_AID);
      often = S (SOCIAL_FOLLOW_UP) | S (PRIMARY_HEALTH) | S (MEDIATION);
      break;
    case RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL:
      always = S (RECEPTION) | S (ORIENTATION) | S (EMERGENCY_AID);
      often = S (PRIMARY_HEALTH) | S (MEDICAL_PSYCHOLOGICAL) | S (MEDIATION) | S (SOCIAL_FOLLOW_UP);
      break;
    case RIAYA_N_INSTITUTION_TYPES:
    default:
      g_assert_not_reached ();
    }
#undef S

  services = always;
  for (guint s = 0; s < RIAYA_N_SERVICES; s++)
    if ((often & (1u << s)) != 0 && chance (demo, 0.6))
      services |= 1u << s;

  return services;
}

static guint
per (guint places,
     guint ratio)
{
  return (places + ratio - 1) / ratio;
}

/* Staff by the ratios of the 2007 model specification (domain.md §3):
 * in boarding houses one educator and one kitchen aide per 25, one carer
 * per 10 elderly people, one nanny per 10 children in kafala homes, one
 * educator per 20 disabled people; a doctor 240 hours a year under 100
 * beneficiaries, 320 above, and a psychologist above 100. Some
 * institutions fall short, and some have no director, as the Cour des
 * comptes found in 2018. */
void
_riaya_demo_set_staff (Demo                 *demo,
                       RiayaInstitution     *institution,
                       RiayaInstitutionType  type,
                       guint                 places,
                       gboolean              has_director)
{
  RiayaStaffRole carer_role = RIAYA_STAFF_EDUCATOR;
  guint carers = per (places, 25), kitchen = per (places, 25);
  guint social = 1, nurses = 1, others = between (demo, 1, 3);
  guint doctor = places < 100 ? 240 : 320, psychologist = places > 100 ? 240 : 0;

  switch (type)
    {
    case RIAYA_INSTITUTION_TYPE_ELDERLY:
      carer_role = RIAYA_STAFF_CARER;
      carers = per (places, 10);
      nurses = 1 + places / 60;
      break;
    case RIAYA_INSTITUTION_TYPE_KAFALA:
      carer_role = RIAYA_STAFF_NANNY;
      carers = per (places, 10);
      psychologist = 240;
      break;
    case RIAYA_INSTITUTION_TYPE_DISABILITY:
      carers = per (places, 20);
      psychologist = 240;
      others += between (demo, 1, 2);  /* therapists */
      break;
    case RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL:
      carers = 0;
      kitchen = 0;
      social = 2;
      nurses = 2;
      break;
    case RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE:
    case RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION:
    case RIAYA_INSTITUTION_TYPE_HOMELESS:
    case RIAYA_INSTITUTION_TYPE_WOMEN:
      break;
    case RIAYA_N_INSTITUTION_TYPES:
    default:
      g_assert_not_reached ();
    }

  if (carers > 1 && chance (demo, 0.08))
    carers = carers * between (demo, 40, 80) / 100;

  riaya_institution_set_staff (institution, RIAYA_STAFF_DIRECTOR, has_director ? 1 : 0);
  riaya_institution_set_staff (institution, carer_role, carers);
  riaya_institution_set_staff (institution, RIAYA_STAFF_KITCHEN, kitchen);
  riaya_institution_set_staff (institution, RIAYA_STAFF_SOCIAL_WORKER, social);
  riaya_institution_set_staff (institution, RIAYA_STAFF_NURSE, nurses);
  riaya_institution_set_staff (institution, RIAYA_STAFF_DOCTOR_HOURS, doctor);
  riaya_institution_set_staff (institution, RIAYA_STAFF_PSYCHOLOGIST_HOURS, psychologist);
  riaya_institution_set_staff (institution, RIAYA_STAFF_OTHER, others);
}
