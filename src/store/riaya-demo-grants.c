/* riaya-demo-grants.c — the Entraide Nationale's annual grants in the demo
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every profile's demo holds the grants of its institutions for the ten
 * years up to the demo's last day and for the year in progress (issue 4),
 * on the scale of the published table "institutions that received the
 * annual grant" (reports.md): about 150 million DH a year over about
 * 1,000 institutions at national scale, growing over the years but for
 * the fall of about 20 % in 2020. No formula for the amounts is published
 * (domain.md §5): here an institution gets an amount per licensed place
 * that depends on the year's budget, on its type (care costs more per
 * place than board) and on its own history with the Entraide Nationale,
 * a few much more than the rest; some also get an equipment or a staff
 * grant.
 *
 * Money and papers move as the domain brief and the Cour des comptes
 * describe: a decision in the spring, or the next spring for some (the
 * 2019 grants were paid from March 2020); a partnership convention for
 * every grant above 50,000 DH (circular 7/2003); one to three tranches,
 * paid after their due date, some not paid at all (the Cour des comptes
 * found late payment); a justification due by 31 March of the next year,
 * mostly received and approved, sometimes never received or rejected.
 * What is late piles up in the most recent years; the older ones have
 * been settled since.
 *
 * Each institution's grants come from a generator seeded with its UUID,
 * so that an institution has the same grants in a delegate's demo as in
 * the national one. Convention numbers run per province and year in the
 * order of the licences, which both demos share.
 */

#include "config.h"

#include <string.h>

#include "riaya-demo-private.h"
#include "riaya-store-grants.h"
#include "riaya-store-private.h"

/* Ten full years up to the demo's last day, then the year in progress. */
#define GRANT_YEARS 10

/* The year in progress is seen as it stands on this day of its year, or
 * today if that is earlier: nothing the demo writes is in the future. */
#define IN_PROGRESS_MONTH G_DATE_OCTOBER
#define IN_PROGRESS_DAY   31

/* The Entraide Nationale's running-cost budget, in dirhams per licensed
 * place of a student house, by year. Calibrated on the demo registry
 * (scale 1) so that the national totals come near the published ones —
 * 148.8, 146.6, 155.6, 155.8 and 124.4 million DH for 2016 to 2020
 * (reports.md) — and recover after 2020. A year outside the table takes
 * the nearest one's. */
typedef struct
{
  guint year;
  guint dh_per_place;
} Budget;

static const Budget budgets[] = {
  { 2015, 1370 },
  { 2016, 1374 },
  { 2017, 1289 },
  { 2018, 1390 },
  { 2019, 1306 },
  { 2020, 1007 },
  { 2021, 1073 },
  { 2022, 1111 },
  { 2023, 1162 },
  { 2024, 1187 },
  { 2025, 1201 },
  { 2026, 1290 },
};

/* Per mille of a student house's amount per place: care costs more than
 * board (the staff ratios of the 2007 model specification, domain.md §3). */
static const guint type_factors[RIAYA_N_INSTITUTION_TYPES] = {
  [RIAYA_INSTITUTION_TYPE_KAFALA] = 2200,
  [RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION] = 1600,
  [RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE] = 1000,
  [RIAYA_INSTITUTION_TYPE_DISABILITY] = 1800,
  [RIAYA_INSTITUTION_TYPE_HOMELESS] = 1200,
  [RIAYA_INSTITUTION_TYPE_WOMEN] = 1500,
  [RIAYA_INSTITUTION_TYPE_ELDERLY] = 1500,
  [RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL] = 1300,
};

/* Per mille, by the age of the grant's year (0: the demo's last year,
 * 1: the year before…; the last entry for older years): a past-due
 * tranche left unpaid, a justification never received. The year in
 * progress counts as age 0. */
static const guint unpaid_by_age[] = { 60, 40, 25, 20, 12, 10, 4 };
static const guint missing_by_age[] = { 80, 45, 25, 20, 12 };
/* A justification rejected, whatever the year. */
#define REJECTED_PER_MILLE 15

static const char * const running_bases[] = {
  "Subvention annuelle de fonctionnement %u",
  "Subvention annuelle de fonctionnement %u : alimentation et charges courantes",
  "Contribution aux frais de fonctionnement de l’année %u",
  "Subvention annuelle de fonctionnement %u (hébergement, restauration, encadrement)",
};

static const char * const equipment_bases[] = {
  "Équipement %u : literie et mobilier des dortoirs",
  "Équipement %u : cuisine et réfectoire",
  "Équipement %u : mise aux normes de sécurité incendie",
  "Équipement %u : salle informatique",
  "Équipement %u : véhicule de transport",
};

static const char * const staff_bases[] = {
  "Contribution %u à la rémunération de l’encadrement éducatif",
  "Contribution %u à la rémunération du personnel soignant",
};

static const char * const rejection_reasons[] = {
  "Pièces justificatives incomplètes : factures manquantes",
  "Dépenses sans rapport avec l’objet de la convention",
  "Rapport financier non visé par le commissaire aux comptes",
  "Relevés du compte bancaire unique non fournis",
};

/* What the grants of every institution share. */
typedef struct
{
  RiayaStore *store;
  guint       last_year;     /* the demo's last full year */
  guint32     as_of;         /* nothing is dated after this day */
  char       *today;         /* for riaya_grant_validate() */
  char       *now;           /* when the rows were written */
  GHashTable *conventions;   /* "PPP/YEAR" → the last number given (guint) */
  GRand      *rand;          /* reseeded for each institution */
} Grants;

/* One institution, with its own generator. */
typedef struct
{
  Demo              demo;
  RiayaInstitution *institution;
  guint             factor;  /* per mille of its type's amount per place */
  guint             papers;  /* 1, or 4 for an association slow with its papers */
} Grantee;

static guint
budget_of (guint year)
{
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (budgets); i++)
    if (ABS ((int) budgets[i].year - (int) year) < ABS ((int) budgets[best].year - (int) year))
      best = i;
  return budgets[best].dh_per_place;
}

static guint
by_age (const guint *table,
        guint        n,
        int          age)
{
  return table[CLAMP (age, 0, (int) n - 1)];
}

static gboolean
per_mille (Demo  *demo,
           guint  chances)
{
  return pick (demo, 1000) < chances;
}

static guint
year_of_day (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}

/* A day from @low to @high, moved to a working day. */
static guint32
working_day_between (Demo    *demo,
                     guint32  low,
                     guint32  high)
{
  return _riaya_demo_working_day (between (demo, low, MAX (low, high)));
}

static void
make_grantee (Grantee          *grantee,
              GRand            *rand,
              RiayaInstitution *institution)
{
  const char *uuid = riaya_institution_get_uuid (institution);
  guint32 seed = 2166136261u;

  /* FNV-1a of the UUID, then of "grants": the same institution, the same
   * grants, and not the numbers its counts drew. */
  for (const char *p = uuid; *p; p++)
    seed = (seed ^ (guchar) *p) * 16777619u;
  for (const char *p = "grants"; *p; p++)
    seed = (seed ^ (guchar) *p) * 16777619u;
  g_rand_set_seed (rand, seed);

  grantee->demo = (Demo) { .rand = rand };
  grantee->institution = institution;
  /* A few large ones: centres the Entraide Nationale runs programmes
   * with, or whose association raised little else. */
  grantee->factor = chance (&grantee->demo, 0.03) ? between (&grantee->demo, 2000, 3200)
                                                  : between (&grantee->demo, 800, 1200);
  grantee->papers = chance (&grantee->demo, 0.1) ? 4 : 1;
}

/* The province's part of the code "RR.PPP": "PPP". */
static const char *
delegation_of (RiayaInstitution *institution)
{
  const char *code = riaya_institution_get_province_code (institution);
  const char *dot = strchr (code, '.');

  return dot != NULL ? dot + 1 : code;
}

/* "EN/CONV/2019/161-0042": the convention's year, the provincial
 * delegation that signs it, its number there that year. */
static char *
next_convention_ref (Grants           *grants,
                     RiayaInstitution *institution,
                     guint             year)
{
  const char *delegation = delegation_of (institution);
  char *key = g_strdup_printf ("%s/%u", delegation, year);
  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (grants->conventions, key)) + 1;

  g_hash_table_replace (grants->conventions, key, GUINT_TO_POINTER (number));
  return g_strdup_printf ("EN/CONV/%u/%s-%04u", year, delegation, number);
}

static void
set_day (RiayaGrant *grant,
         void      (*setter) (RiayaGrant *, const char *),
         guint32     day)
{
  g_autofree char *iso = _riaya_demo_iso_date (day);

  setter (grant, iso);
}

/* A grant of @amount centimes decided on @decided. */
static RiayaGrant *
new_grant (Grantee        *grantee,
           guint           year,
           RiayaGrantKind  kind,
           gint64          amount,
           const char     *basis_format,
           guint32         decided)
{
  g_autoptr(RiayaGrant) grant = riaya_grant_new (riaya_institution_get_uuid (grantee->institution), year, amount);
  g_autofree char *uuid = _riaya_demo_make_uuid (&grantee->demo);
  g_autofree char *basis = g_strdup_printf (basis_format, year);

  riaya_grant_set_uuid (grant, uuid);
  riaya_grant_set_kind (grant, kind);
  riaya_grant_set_basis (grant, basis);
  set_day (grant, riaya_grant_set_decided_on, decided);

  return g_steal_pointer (&grant);
}

/* Prime Minister's circular 7/2003: above 50,000 DH, a partnership
 * convention, signed in the weeks after the decision. */
static void
add_convention (Grants     *grants,
                Grantee    *grantee,
                RiayaGrant *grant,
                guint32     decided)
{
  guint32 signed_on;
  g_autofree char *ref = NULL;

  if (riaya_grant_get_amount (grant) <= RIAYA_MONEY_CONVENTION_THRESHOLD)
    return;

  signed_on = MIN (working_day_between (&grantee->demo, decided, decided + 25), grants->as_of);
  ref = next_convention_ref (grants, grantee->institution, year_of_day (signed_on));
  riaya_grant_set_convention_ref (grant, ref);
  set_day (grant, riaya_grant_set_convention_date, signed_on);
}

/* One to three tranches (more for larger grants), due after the
 * decision — for the year in progress, from September on —, paid some
 * days or weeks after they fall due; in a grant held back (@unpaid_chances
 * per mille) the last tranche due is not paid. */
static void
add_tranches (Grants     *grants,
              Grantee    *grantee,
              RiayaGrant *grant,
              guint32     decided,
              gboolean    in_progress,
              guint       unpaid_chances)
{
  Demo *demo = &grantee->demo;
  gint64 amount = riaya_grant_get_amount (grant), left = amount;
  guint year = riaya_grant_get_year (grant);
  guint n, held_back = G_MAXUINT;
  guint32 due[3];

  if (amount <= RIAYA_MONEY_CONVENTION_THRESHOLD)
    n = 1;
  else if (amount <= G_GINT64_CONSTANT (15000000))
    n = chance (demo, 0.5) ? 1 : 2;
  else
    n = chance (demo, 0.6) ? 2 : 3;

  /* The year in progress: a first tranche paid before the autumn for
   * some, due from mid-December for most. */
  if (in_progress && chance (demo, 0.35))
    due[0] = working_day_between (demo, decided + 20, MAX (decided + 20, grants->as_of - 30));
  else if (in_progress)
    due[0] = working_day_between (demo, MAX (decided + 20, _riaya_demo_julian (year, G_DATE_DECEMBER, 15)),
                                  MAX (decided + 20, _riaya_demo_julian (year + 1, G_DATE_FEBRUARY, 28)));
  else
    due[0] = working_day_between (demo, decided + 20, decided + 70);
  for (guint t = 1; t < n; t++)
    due[t] = working_day_between (demo, due[t - 1] + 90, due[t - 1] + 150);

  if (per_mille (demo, unpaid_chances * grantee->papers))
    for (guint t = 0; t < n; t++)
      if (due[t] <= grants->as_of)
        held_back = t;

  for (guint t = 0; t < n; t++)
    {
      g_autoptr(RiayaGrantTranche) tranche = NULL;
      g_autofree char *uuid = _riaya_demo_make_uuid (demo);
      g_autofree char *due_on = _riaya_demo_iso_date (due[t]);
      gint64 part = left;

      /* The first tranche is the larger, in hundreds of dirhams. */
      if (t + 1 < n)
        {
          part = amount * (n == 2 ? between (demo, 50, 60) : between (demo, 35, 45)) / 100;
          part -= part % 10000;
        }
      left -= part;

      tranche = riaya_grant_tranche_new (due_on, part);
      riaya_grant_tranche_set_uuid (tranche, uuid);
      if (t != held_back && due[t] <= grants->as_of)
        {
          /* Most within a few weeks, some months late; in the year in
           * progress, those due so far have been paid. */
          guint32 paid = working_day_between (demo, due[t], due[t] + (chance (demo, 0.1) ? 150 : 45));

          if (in_progress)
            paid = MIN (paid, grants->as_of);

          /* Not paid yet, and so late, if that is after today. */
          if (paid <= grants->as_of)
            {
              g_autofree char *paid_on = _riaya_demo_iso_date (paid);

              riaya_grant_tranche_set_paid_on (tranche, paid_on);
            }
        }
      riaya_grant_add_tranche (grant, tranche);
    }
}

/* The justification the association owes by 31 March of the year after
 * the decision: received around then, approved within months, or
 * rejected with a reason; sometimes never received. */
static void
add_justification (Grants     *grants,
                   Grantee    *grantee,
                   RiayaGrant *grant,
                   guint32     decided,
                   guint       missing_chances)
{
  Demo *demo = &grantee->demo;
  guint32 due = _riaya_demo_julian (year_of_day (decided) + 1, G_DATE_MARCH, 31);
  guint32 received, judged;

  set_day (grant, riaya_grant_set_justification_due, due);
  if (due > grants->as_of || per_mille (demo, missing_chances * grantee->papers))
    return;

  received = working_day_between (demo, MAX (due - 75, decided + 60), due + (chance (demo, 0.15) ? 120 : 20));
  if (received > grants->as_of)
    return;
  set_day (grant, riaya_grant_set_justification_received, received);

  if (per_mille (demo, REJECTED_PER_MILLE * grantee->papers))
    {
      judged = working_day_between (demo, received + 15, received + 90);
      if (judged > grants->as_of)
        return;
      set_day (grant, riaya_grant_set_justification_rejected, judged);
      riaya_grant_set_rejection_reason (grant, *PICK (demo, rejection_reasons));
      return;
    }

  judged = working_day_between (demo, received + 7, received + 120);
  if (judged <= grants->as_of)
    set_day (grant, riaya_grant_set_justification_approved, judged);
}

/* Writes @grant, its tranches and its journal row in the caller's
 * transaction. The demo's grants keep every rule a user's grant keeps,
 * checked here as riaya_store_add_grant() checks them (so that a mistake
 * of the generator shows as what it is), but without reading the
 * institution back from the database for each of the 130,000 grants of
 * the demo at ten times national scale. */
static gboolean
save_grant (Grants      *grants,
            Grantee     *grantee,
            RiayaGrant  *grant,
            GError     **error)
{
  RiayaInstitution *institution = grantee->institution;
  const char *name = riaya_institution_get_name_fr (institution);
  g_autofree char *amount = NULL, *summary = NULL;

  if (!riaya_grant_validate (grant, grants->today, error) ||
      !riaya_grant_check_institution (grant, institution, error))
    {
      g_prefix_error (error, "demo grant %u of %s: ", riaya_grant_get_year (grant),
                      riaya_institution_get_licence_number (institution));
      return FALSE;
    }

  /* As the store journals a grant it adds. */
  amount = riaya_money_to_string (riaya_grant_get_amount (grant));
  summary = g_strdup_printf ("Grant %u of %s DH (%s) to “%s”, licence %s; tranches: %u",
                             riaya_grant_get_year (grant), amount,
                             riaya_grant_kind_to_code (riaya_grant_get_kind (grant)),
                             name != NULL ? name : riaya_institution_get_name_ar (institution),
                             riaya_institution_get_licence_number (institution),
                             g_list_model_get_n_items (riaya_grant_get_tranches (grant)));

  return _riaya_store_insert_grant_row (grants->store, grant, grants->now, error) &&
         _riaya_store_write_tranches (grants->store, NULL, grant, error) &&
         _riaya_store_journal (grants->store, "grant", riaya_grant_get_uuid (grant), "create", summary, error);
}

/* @grant (taken) if its institution's licence was in force in its year
 * (Law 65.15 art. 17; a licence suspended all year long gets nothing),
 * with its convention; otherwise NULL. */
static RiayaGrant *
checked_grant (Grants     *grants,
               Grantee    *grantee,
               RiayaGrant *grant,
               guint32     decided)
{
  if (!riaya_grant_check_institution (grant, grantee->institution, NULL))
    {
      g_object_unref (grant);
      return NULL;
    }

  add_convention (grants, grantee, grant, decided);
  return grant;
}

/* The running-cost grant of @year, if the institution gets one; sets
 * *@decided to its decision day. */
static RiayaGrant *
make_running_grant (Grants  *grants,
                    Grantee *grantee,
                    guint    year,
                    gboolean in_progress,
                    gboolean papers_owed,
                    guint32 *decided)
{
  Demo *demo = &grantee->demo;
  RiayaInstitution *institution = grantee->institution;
  guint32 licensed = _riaya_demo_parse_day (riaya_institution_get_licence_date (institution));
  g_autofree char *decided_on = NULL, *year_end = NULL;
  gboolean next_spring;
  guint places;
  gint64 amount;

  /* A house licensed in the autumn gets its first grant the next year. */
  if (licensed > _riaya_demo_julian (year, G_DATE_SEPTEMBER, 30))
    return NULL;

  /* The 2019 grants were transferred from March 2020 (domain.md §5):
   * decided the next spring, as some are every year. */
  next_spring = !in_progress && chance (demo, year == 2019 ? 0.85 : 0.07);
  if (next_spring)
    *decided = working_day_between (demo, _riaya_demo_julian (year + 1, G_DATE_JANUARY, 15),
                                    _riaya_demo_julian (year + 1, G_DATE_APRIL, 30));
  else
    *decided = working_day_between (demo, _riaya_demo_julian (year, G_DATE_MARCH, 1),
                                    _riaya_demo_julian (year, G_DATE_JUNE, 15));
  /* A new house: once its licence is some weeks old. */
  *decided = MAX (*decided, working_day_between (demo, licensed + 20, licensed + 60));

  /* The Entraide Nationale funds only a licence in force (Law 65.15
   * art. 17), and holds back from an association that has not
   * justified the year before (as for the FACS grants, domain.md §5). */
  decided_on = _riaya_demo_iso_date (*decided);
  if (*decided > grants->as_of ||
      !riaya_licence_status_in_force (riaya_institution_get_status_on (institution, decided_on)) ||
      (papers_owed && chance (demo, 0.6)))
    return NULL;

  /* The published table counts the places licensed on 31 December. */
  year_end = g_strdup_printf ("%04u-12-31", year);
  places = riaya_institution_get_places_on (institution, year_end);
  if (places == 0)
    places = riaya_institution_get_places_on (institution, decided_on);
  if (places == 0)
    return NULL;

  /* Dirhams: places × the year's budget per place × the type's and the
   * institution's factors × a yearly variation, to the thousand. */
  amount = (gint64) places * budget_of (year) * type_factors[riaya_institution_get_institution_type (institution)] / 1000;
  amount = amount * grantee->factor / 1000 * between (demo, 90, 110) / 100;
  amount = MAX (5000, (amount + 500) / 1000 * 1000);

  return checked_grant (grants, grantee,
                        new_grant (grantee, year, RIAYA_GRANT_KIND_RUNNING_COSTS, amount * 100,
                                   *PICK (demo, running_bases), *decided),
                        *decided);
}

/* Now and then an equipment or a staff grant besides, decided in the
 * summer or the autumn. */
static RiayaGrant *
make_extra_grant (Grants  *grants,
                  Grantee *grantee,
                  guint    year,
                  guint32  after,
                  guint32 *decided)
{
  Demo *demo = &grantee->demo;
  gint64 dirhams;
  g_autofree char *decided_on = NULL;
  RiayaGrantKind kind;
  const char *basis;

  if (chance (demo, 0.05))
    {
      kind = RIAYA_GRANT_KIND_EQUIPMENT;
      dirhams = between (demo, 40, 500) * 500;
      basis = *PICK (demo, equipment_bases);
    }
  else if (chance (demo, 0.025))
    {
      /* A year of one to four salaries. */
      kind = RIAYA_GRANT_KIND_STAFF;
      dirhams = between (demo, 1, 4) * 12 * between (demo, 30, 45) * 100;
      basis = *PICK (demo, staff_bases);
    }
  else
    return NULL;

  *decided = working_day_between (demo, MAX (after + 30, _riaya_demo_julian (year, G_DATE_JUNE, 1)),
                                  MAX (after + 30, _riaya_demo_julian (year, G_DATE_NOVEMBER, 30)));
  decided_on = _riaya_demo_iso_date (*decided);
  if (*decided > grants->as_of ||
      !riaya_licence_status_in_force (riaya_institution_get_status_on (grantee->institution, decided_on)))
    return NULL;

  return checked_grant (grants, grantee, new_grant (grantee, year, kind, dirhams * 100, basis, *decided),
                        *decided);
}

static gboolean
put_institution_grants (Grants            *grants,
                        RiayaInstitution  *institution,
                        GError           **error)
{
  Grantee grantee;
  gboolean papers_owed = FALSE;

  make_grantee (&grantee, grants->rand, institution);

  for (guint year = grants->last_year - GRANT_YEARS + 1; year <= grants->last_year + 1; year++)
    {
      gboolean in_progress = year > grants->last_year;
      int age = (int) grants->last_year - (int) year;
      guint unpaid = by_age (unpaid_by_age, G_N_ELEMENTS (unpaid_by_age), age);
      guint missing = by_age (missing_by_age, G_N_ELEMENTS (missing_by_age), age);
      g_autoptr(RiayaGrant) running = NULL;
      g_autoptr(RiayaGrant) extra = NULL;
      guint32 decided = 0, extra_decided = 0;

      running = make_running_grant (grants, &grantee, year, in_progress, papers_owed, &decided);
      papers_owed = FALSE;
      if (running == NULL)
        continue;

      add_tranches (grants, &grantee, running, decided, in_progress, unpaid);
      add_justification (grants, &grantee, running, decided, missing);
      if (!save_grant (grants, &grantee, running, error))
        return FALSE;
      papers_owed = riaya_grant_get_justification_received (running) == NULL &&
                    riaya_grant_get_justification_due (running) != NULL &&
                    _riaya_demo_parse_day (riaya_grant_get_justification_due (running)) < grants->as_of;

      extra = make_extra_grant (grants, &grantee, year, decided, &extra_decided);
      if (extra == NULL)
        continue;
      add_tranches (grants, &grantee, extra, extra_decided, in_progress, unpaid);
      add_justification (grants, &grantee, extra, extra_decided, missing);
      if (!save_grant (grants, &grantee, extra, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_riaya_demo_put_grants (RiayaStore  *store,
                        Demo        *demo,
                        GPtrArray   *institutions,
                        GError     **error)
{
  g_autoptr(GHashTable) conventions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (0);
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *now = _riaya_store_now ();
  Grants grants = {
    .store = store,
    .last_year = year_of_day (demo->last_day),
    .today = today,
    .now = now,
    .conventions = conventions,
    .rand = rand,
  };

  /* A working day: payments and signatures are dated up to it. */
  grants.as_of = MIN (_riaya_demo_julian (grants.last_year + 1, IN_PROGRESS_MONTH, IN_PROGRESS_DAY),
                      _riaya_demo_parse_day (today));
  while (_riaya_demo_working_day (grants.as_of) != grants.as_of)
    grants.as_of--;

  for (guint i = 0; i < institutions->len; i++)
    if (!put_institution_grants (&grants, g_ptr_array_index (institutions, i), error))
      return FALSE;

  return TRUE;
}
