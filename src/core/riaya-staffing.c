/* riaya-staffing.c — the staffing norms of the 2007 model specification
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Domain.md §3. The category specifications Law 65.15 announces are not
 * published; the committee checks the norms of the 2007 model
 * specification, which count the people present, not the places.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-staffing.h"

/* Model specification 2007, boarding institutions. */
#define BOARDING_PER_EDUCATOR    25
#define BOARDING_PER_KITCHEN     25
#define DOCTOR_HOURS_SMALL      240   /* up to 100 beneficiaries */
#define DOCTOR_HOURS_LARGE      320   /* above 100 */
#define PSYCHOLOGIST_HOURS      240   /* above 100 only */
#define LARGE_ABOVE             100
/* Elderly, kafala and disability homes. */
#define ELDERLY_PER_CARER        10
#define KAFALA_PER_NANNY         10
#define DISABILITY_PER_UNDER_SIX 14
#define DISABILITY_PER_OLDER     20

static guint
ceil_div (guint people,
          guint per)
{
  return people / per + (people % per != 0 ? 1 : 0);
}

static void
add_need (GArray         *needs,
          RiayaStaffRole  role,
          guint           required,
          guint           per,
          const guint    *staff)
{
  RiayaStaffingNeed need = { role, required, staff != NULL ? staff[role] : 0, per, 0, 0 };

  g_array_append_val (needs, need);
}

static gboolean
is_boarding (RiayaInstitutionType type)
{
  /* Dar Talib / Dar Taliba, Dar Al Atfal, anti-vagrancy and reinsertion
   * centres, and the multi-function centres for women, which board. */
  return type == RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE ||
         type == RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION ||
         type == RIAYA_INSTITUTION_TYPE_HOMELESS ||
         type == RIAYA_INSTITUTION_TYPE_WOMEN;
}

GArray *
riaya_staffing_needs (RiayaInstitutionType  type,
                      guint                 present,
                      guint                 under_six,
                      const guint          *staff)
{
  g_autoptr(GArray) needs = g_array_new (FALSE, TRUE, sizeof (RiayaStaffingNeed));

  g_return_val_if_fail ((guint) type < RIAYA_N_INSTITUTION_TYPES, NULL);

  /* With nobody present nothing is needed: a ratio of nobody is nobody,
   * and a doctor's hours are for the people there. */
  if (present == 0)
    return g_steal_pointer (&needs);

  under_six = MIN (under_six, present);

  if (is_boarding (type))
    {
      add_need (needs, RIAYA_STAFF_EDUCATOR,
                ceil_div (present, BOARDING_PER_EDUCATOR), BOARDING_PER_EDUCATOR, staff);
      add_need (needs, RIAYA_STAFF_SOCIAL_WORKER, 1, 0, staff);
      add_need (needs, RIAYA_STAFF_NURSE, 1, 0, staff);
      add_need (needs, RIAYA_STAFF_DOCTOR_HOURS,
                present > LARGE_ABOVE ? DOCTOR_HOURS_LARGE : DOCTOR_HOURS_SMALL, 0, staff);
      if (present > LARGE_ABOVE)
        add_need (needs, RIAYA_STAFF_PSYCHOLOGIST_HOURS, PSYCHOLOGIST_HOURS, 0, staff);
      add_need (needs, RIAYA_STAFF_KITCHEN,
                ceil_div (present, BOARDING_PER_KITCHEN), BOARDING_PER_KITCHEN, staff);
      return g_steal_pointer (&needs);
    }

  switch (type)
    {
    case RIAYA_INSTITUTION_TYPE_ELDERLY:
      add_need (needs, RIAYA_STAFF_CARER,
                ceil_div (present, ELDERLY_PER_CARER), ELDERLY_PER_CARER, staff);
      break;

    case RIAYA_INSTITUTION_TYPE_KAFALA:
      add_need (needs, RIAYA_STAFF_NANNY,
                ceil_div (present, KAFALA_PER_NANNY), KAFALA_PER_NANNY, staff);
      break;

    case RIAYA_INSTITUTION_TYPE_DISABILITY:
      {
        /* Each group rounds up on its own: 1 child under six and 1 older
         * person need an educator each. */
        guint required = ceil_div (under_six, DISABILITY_PER_UNDER_SIX) +
                         ceil_div (present - under_six, DISABILITY_PER_OLDER);

        add_need (needs, RIAYA_STAFF_EDUCATOR, required, DISABILITY_PER_OLDER, staff);
        g_array_index (needs, RiayaStaffingNeed, needs->len - 1).under_six = under_six;
        g_array_index (needs, RiayaStaffingNeed, needs->len - 1).per_under_six = DISABILITY_PER_UNDER_SIX;
      }
      break;

    case RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL:
      /* Mobile teams: the specification sets no ratio. */
    case RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE:
    case RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION:
    case RIAYA_INSTITUTION_TYPE_HOMELESS:
    case RIAYA_INSTITUTION_TYPE_WOMEN:
    case RIAYA_N_INSTITUTION_TYPES:
    default:
      break;
    }

  return g_steal_pointer (&needs);
}

GArray *
riaya_staffing_needs_for_institution (RiayaInstitution    *institution,
                                      const RiayaPresence *presence,
                                      guint                under_six)
{
  guint staff[RIAYA_N_STAFF_ROLES];

  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), NULL);

  for (guint role = 0; role < RIAYA_N_STAFF_ROLES; role++)
    staff[role] = riaya_institution_get_staff (institution, role);

  return riaya_staffing_needs (riaya_institution_get_institution_type (institution),
                               presence != NULL ? riaya_presence_total (presence) : 0,
                               under_six, staff);
}

gboolean
riaya_staffing_need_is_met (const RiayaStaffingNeed *need)
{
  g_return_val_if_fail (need != NULL, FALSE);
  return need->actual >= need->required;
}

guint
riaya_staffing_count_shortfalls (GArray *needs)
{
  guint shortfalls = 0;

  g_return_val_if_fail (needs != NULL, 0);

  for (guint i = 0; i < needs->len; i++)
    if (!riaya_staffing_need_is_met (&g_array_index (needs, RiayaStaffingNeed, i)))
      shortfalls++;

  return shortfalls;
}

/* The role as a person in a sentence; riaya_staff_role_to_label() names the
 * column of hours ("Doctor (hours a year)"), which the sentence says. */
static const char *
role_name (RiayaStaffRole role)
{
  switch (role)
    {
    case RIAYA_STAFF_DOCTOR_HOURS:
      return C_("staffing", "Doctor");
    case RIAYA_STAFF_PSYCHOLOGIST_HOURS:
      return C_("staffing", "Psychologist");
    case RIAYA_STAFF_DIRECTOR:
    case RIAYA_STAFF_EDUCATOR:
    case RIAYA_STAFF_CARER:
    case RIAYA_STAFF_NANNY:
    case RIAYA_STAFF_SOCIAL_WORKER:
    case RIAYA_STAFF_NURSE:
    case RIAYA_STAFF_KITCHEN:
    case RIAYA_STAFF_OTHER:
    case RIAYA_N_STAFF_ROLES:
    default:
      return riaya_staff_role_to_label (role);
    }
}

char *
riaya_staffing_need_dup_description (const RiayaStaffingNeed *need,
                                     guint                    present)
{
  const char *name;

  g_return_val_if_fail (need != NULL, NULL);
  g_return_val_if_fail ((guint) need->role < RIAYA_N_STAFF_ROLES, NULL);

  name = role_name (need->role);

  if (riaya_staff_role_is_hours (need->role))
    return g_strdup_printf (/* Translators: %1$s is a role such as “Doctor”, %2$u and
                             * %3$u are hours a year */
                            _("%1$s: %2$u hours a year; the norm is %3$u hours a year."),
                            name, need->actual, need->required);

  if (need->per_under_six > 0 && need->under_six > 0)
    return g_strdup_printf (/* Translators: %1$s is a role such as “Educators”; %2$u is
                             * how many there are, %3$u the residents present, %4$u how
                             * many of them are under six, %5$u and %6$u residents per
                             * educator, %7$u how many educators the norm asks for */
                            ngettext ("%1$s: %2$u for %3$u resident, %4$u of them under six; "
                                      "the norm is 1 per %5$u children under six and 1 per "
                                      "%6$u others, so %7$u.",
                                      "%1$s: %2$u for %3$u residents, %4$u of them under six; "
                                      "the norm is 1 per %5$u children under six and 1 per "
                                      "%6$u others, so %7$u.",
                                      present),
                            name, need->actual, present, need->under_six,
                            need->per_under_six, need->per, need->required);

  if (need->per > 0)
    return g_strdup_printf (/* Translators: %1$s is a role such as “Educators”; %2$u is
                             * how many there are, %3$u the residents present, %4$u
                             * residents per person, %5$u how many the norm asks for */
                            ngettext ("%1$s: %2$u for %3$u resident; the norm is 1 per %4$u, "
                                      "so %5$u.",
                                      "%1$s: %2$u for %3$u residents; the norm is 1 per %4$u, "
                                      "so %5$u.",
                                      present),
                            name, need->actual, present, need->per, need->required);

  return g_strdup_printf (/* Translators: %1$s is a role such as “Nurses”; %2$u is how
                           * many there are, %3$u how many the norm asks for */
                          _("%1$s: %2$u; the norm is %3$u."),
                          name, need->actual, need->required);
}

char *
riaya_staffing_dup_shortfalls (GArray *needs,
                               guint   present)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (needs != NULL, NULL);

  for (guint i = 0; i < needs->len; i++)
    {
      const RiayaStaffingNeed *need = &g_array_index (needs, RiayaStaffingNeed, i);
      g_autofree char *description = NULL;

      if (riaya_staffing_need_is_met (need))
        continue;

      /* One sentence: each description but the last loses its full stop. */
      if (text->len > 0)
        {
          if (text->str[text->len - 1] == '.')
            g_string_truncate (text, text->len - 1);
          g_string_append (text, "; ");
        }
      description = riaya_staffing_need_dup_description (need, present);
      g_string_append (text, description);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}
