/* riaya-report-compliance-checks.c — the checks of the compliance report
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function per issue code, in the order of reports.md. Each adds a
 * problem, with a sentence that says what is wrong in figures a delegate
 * can check, for every institution concerned on the report's date. They
 * read counts of people and the registry, never the register of
 * beneficiaries: no detail names a resident.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-programme.h"
#include "riaya-report-compliance-private.h"
#include "riaya-staffing.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"
#include "riaya-text.h"

/* Law 65.15 art. 28 and the licence fix the places per category and sex;
 * a group with more people present than places is over capacity (the
 * audit court found 23% of institutions so). Only institutions in force on
 * the date, and only where the people present are known: a missing count
 * is not an empty institution. */
gboolean
_riaya_compliance_check_over_capacity (RiayaCompliance  *self,
                                       guint             check,
                                       GError          **error)
{
  for (guint i = 0; i < self->institutions->len; i++)
    {
      RiayaInstitutionOn *institution = g_ptr_array_index (self->institutions, i);
      const RiayaPresence *present = institution->counted ? &institution->present : NULL;
      g_autoptr(GArray) groups = NULL;
      g_autoptr(GString) detail = NULL;

      if (present == NULL || !_riaya_compliance_in_force (institution))
        continue;

      groups = riaya_occupancy_groups_for_places ((const guint (*)[RIAYA_N_SEXES]) institution->places, present);
      for (guint g = 0; g < groups->len; g++)
        {
          const RiayaOccupancyGroup *group = &g_array_index (groups, RiayaOccupancyGroup, g);
          g_autofree char *name = NULL;

          if (!riaya_occupancy_group_is_over (group))
            continue;

          if (group->sex == RIAYA_SEX_ANY)
            name = g_strdup (riaya_category_to_label (group->category));
          else
            /* Translators: a group of places: a category, then a sex, such as “Schoolchildren, female” */
            name = g_strdup_printf (_("%1$s, %2$s"), riaya_category_to_label (group->category),
                                    riaya_sex_to_label (group->sex));

          if (detail == NULL)
            detail = g_string_new (NULL);
          else
            /* Translators: what separates two groups over capacity in one sentence */
            g_string_append (detail, _("; "));
          {
            char present[21], places[21];
            const char *args[] = { name, riaya_text_from_uint (group->present, present),
                                   riaya_text_from_uint (group->places, places) };
            g_autofree char *text = riaya_text_fill (/* Translators: %1$s is a group of places such as “Schoolchildren, female”, %2$u the people present, %3$u the places licensed */
                                                     ngettext ("%1$s: %2$u present for %3$u place",
                                                               "%1$s: %2$u present for %3$u places", group->places),
                                                     args, G_N_ELEMENTS (args));

            g_string_append (detail, text);
          }
        }

      if (detail != NULL)
        {
          const char *args[] = { detail->str };

          _riaya_compliance_add_problem (self, i, check,
                                         riaya_text_fill (/* Translators: %s lists the groups over capacity, such as “Schoolchildren, female: 45 present for 40 places” */
                                                          _("More people present than places: %s."), args, 1));
        }
    }

  return TRUE;
}

/* Law 65.15 arts 26–27: the control committee inspects each institution
 * at least once a year; Law 14.05 asked for twice a year (domain.md §4).
 * The audit court found 56% of institutions never inspected. Only a
 * valid visit counts — a majority of the members invited present
 * (decree 2.19.693 art. 8) — and only institutions in force on the date:
 * a suspended or closed one is not operating. */
gboolean
_riaya_compliance_check_not_inspected (RiayaCompliance  *self,
                                       guint             check,
                                       GError          **error)
{
  g_autoptr(GHashTable) last_visits = self->last_visits != NULL ? g_hash_table_ref (self->last_visits)
                                                                : riaya_store_last_valid_visits (self->store, self->on, error);
  /* Per law: its name, its period and the two sentences, translated
   * once rather than for each of ten thousand institutions. */
  struct
  {
    const char *law;
    guint       months;
    char        months_text[21];
    const char *after_visit;
    const char *never;
  } laws[RIAYA_N_LEGAL_BASES];

  if (last_visits == NULL)
    return FALSE;

  for (guint b = 0; b < RIAYA_N_LEGAL_BASES; b++)
    {
      laws[b].law = riaya_legal_basis_to_label (b);
      laws[b].months = riaya_inspection_period_months (b);
      riaya_text_from_uint (laws[b].months, laws[b].months_text);
      laws[b].after_visit = /* Translators: %1$s is the date of the last visit, %2$s a law such as “Law 65.15”, %3$u a number of months, %4$s the date the next visit was due */
                            ngettext ("Last valid visit on %1$s; %2$s asks for a visit every %3$u month, so the next was due on %4$s.",
                                      "Last valid visit on %1$s; %2$s asks for a visit every %3$u months, so the next was due on %4$s.",
                                      laws[b].months);
      laws[b].never = /* Translators: %1$s is the date of the licence, %2$s a law such as “Law 65.15”, %3$u a number of months, %4$s the date the first visit was due */
                      ngettext ("Never inspected since the licence of %1$s; %2$s asks for a visit every %3$u month, so the first was due on %4$s.",
                                "Never inspected since the licence of %1$s; %2$s asks for a visit every %3$u months, so the first was due on %4$s.",
                                laws[b].months);
    }

  for (guint i = 0; i < self->institutions->len; i++)
    {
      RiayaInstitutionOn *institution = g_ptr_array_index (self->institutions, i);
      const char *last = g_hash_table_lookup (last_visits, institution->uuid);
      guint b = (guint) institution->legal_basis < RIAYA_N_LEGAL_BASES ? (guint) institution->legal_basis : 0;
      g_autofree char *due = NULL;
      const char *args[4];

      if (!_riaya_compliance_in_force (institution))
        continue;

      /* riaya_inspection_is_overdue_on(), whose date the detail gives:
       * computed once rather than twice for thirteen thousand
       * institutions. */
      due = riaya_inspection_dup_next_due (institution->legal_basis, institution->licence_date, last);
      if (due == NULL || riaya_date_compare (due, self->on) >= 0)
        continue;

      args[0] = last != NULL ? last : institution->licence_date;
      args[1] = laws[b].law;
      args[2] = laws[b].months_text;
      args[3] = due;
      _riaya_compliance_add_problem (self, i, check,
                                     riaya_text_fill (last != NULL ? laws[b].after_visit : laws[b].never,
                                                      args, G_N_ELEMENTS (args)));
    }

  return TRUE;
}

/* The association justifies the use of each grant (domain brief §5); a
 * justification past due and not received, or received and rejected, is
 * still owed. Whatever the licence's status now: a withdrawn institution
 * still owes the justification of what it was paid. */
gboolean
_riaya_compliance_check_justification_overdue (RiayaCompliance  *self,
                                               guint             check,
                                               GError          **error)
{
  g_autoptr(GPtrArray) overdue = self->justifications != NULL ? g_ptr_array_ref (self->justifications)
                                : riaya_store_list_overdue_justifications (self->store, self->on, error);

  if (overdue == NULL)
    return FALSE;

  for (guint i = 0; i < overdue->len; i++)
    {
      RiayaOverdueJustification *item = g_ptr_array_index (overdue, i);
      guint position = _riaya_compliance_lookup (self, item->institution_uuid);

      /* A grant of an institution deleted since: not in any list. */
      if (position == 0)
        continue;

      _riaya_compliance_add_problem (self, position - 1, check,
                                     self->justification_details != NULL
                                     ? g_steal_pointer (&g_ptr_array_index (self->justification_details, i))
                                     : _riaya_compliance_dup_justification_detail (item));
    }

  return TRUE;
}

char *
_riaya_compliance_dup_justification_detail (const RiayaOverdueJustification *item)
{
  g_autofree char *amount = riaya_table_format_money (item->amount);
  char year[21];
  const char *args[] = { riaya_text_from_uint (item->year, year), amount, item->justification_due };

  if (item->rejected)
    return riaya_text_fill (/* Translators: %1$u is a year, %2$s an amount of dirhams, %3$s a date */
                            _("The justification of the %1$u grant (%2$s DH), due on %3$s, was rejected and is still owed."),
                            args, G_N_ELEMENTS (args));

  return riaya_text_fill (/* Translators: %1$u is a year, %2$s an amount of dirhams, %3$s a date */
                          _("The justification of the %1$u grant (%2$s DH) was due on %3$s and has not been received."),
                          args, G_N_ELEMENTS (args));
}

/* Law 65.15 art. 34: a warning or a reprimand gives a deadline to put
 * things right, and the committee's corrective actions have due dates; an
 * action past due and not done is what a follow-up visit checks. A
 * suspended institution still has them to do before it reopens; a
 * withdrawn or closed one no longer operates, and nothing is owed. */
gboolean
_riaya_compliance_check_action_overdue (RiayaCompliance  *self,
                                        guint             check,
                                        GError          **error)
{
  g_autoptr(GPtrArray) overdue = self->actions != NULL ? g_ptr_array_ref (self->actions)
                                : riaya_store_list_overdue_actions (self->store, self->on, error);

  if (overdue == NULL)
    return FALSE;

  for (guint i = 0; i < overdue->len; i++)
    {
      RiayaOverdueAction *item = g_ptr_array_index (overdue, i);
      guint position = _riaya_compliance_lookup (self, item->institution_uuid);
      RiayaInstitutionOn *institution;

      if (position == 0)
        continue;
      institution = g_ptr_array_index (self->institutions, position - 1);
      if (!_riaya_compliance_in_force (institution) && institution->status != RIAYA_LICENCE_STATUS_SUSPENDED)
        continue;

      _riaya_compliance_add_problem (self, position - 1, check,
                                     self->action_details != NULL
                                     ? g_steal_pointer (&g_ptr_array_index (self->action_details, i))
                                     : _riaya_compliance_dup_action_detail (item));
    }

  return TRUE;
}

char *
_riaya_compliance_dup_action_detail (const RiayaOverdueAction *item)
{
  const char *args[] = { item->description, item->visit_done_on, item->due_on };

  return riaya_text_fill (/* Translators: %1$s is a corrective action as the committee wrote it, %2$s the date of the visit, %3$s its due date */
                          _("“%1$s”, asked at the visit of %2$s, was due on %3$s and is not done."),
                          args, G_N_ELEMENTS (args));
}

/* The 2007 model specification's staffing norms (domain.md §3): an
 * educator per 25 boarders, a carer per 10 elderly people, a nanny per 10
 * children in kafala… Only institutions in force with people known to be
 * present: with nobody counted, nothing is needed. The disability norm
 * counts children under six apart (the registry on the date gives them
 * with the people present). */
gboolean
_riaya_compliance_check_staffing_below_norm (RiayaCompliance  *self,
                                             guint             check,
                                             GError          **error)
{
  for (guint i = 0; i < self->institutions->len; i++)
    {
      RiayaInstitutionOn *institution = g_ptr_array_index (self->institutions, i);
      const RiayaPresence *present = institution->counted ? &institution->present : NULL;
      g_autoptr(GArray) needs = NULL;
      guint total, under_six = 0;
      char *shortfalls;

      if (present == NULL || !_riaya_compliance_in_force (institution))
        continue;
      total = riaya_presence_total (present);
      if (total == 0)
        continue;

      if (institution->type == RIAYA_INSTITUTION_TYPE_DISABILITY)
        under_six = institution->under_six;

      needs = riaya_staffing_needs (institution->type, total, under_six, institution->staff);
      shortfalls = riaya_staffing_dup_shortfalls (needs, total);
      if (shortfalls != NULL)
        _riaya_compliance_add_problem (self, i, check, shortfalls);
    }

  return TRUE;
}

/* Every institution has a director (2007 model specification; decree
 * 2.19.693 on the director): the audit court found 23% without one. */
gboolean
_riaya_compliance_check_no_director (RiayaCompliance  *self,
                                     guint             check,
                                     GError          **error)
{
  for (guint i = 0; i < self->institutions->len; i++)
    {
      RiayaInstitutionOn *institution = g_ptr_array_index (self->institutions, i);
      g_autofree char *director = g_strdup (institution->director);

      if (!_riaya_compliance_in_force (institution))
        continue;
      if (director != NULL && *g_strstrip (director) != '\0')
        continue;

      _riaya_compliance_add_problem (self, i, check, g_strdup (_("No director is recorded for this institution.")));
    }

  return TRUE;
}
