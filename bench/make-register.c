/* make-register.c — makes the director's database of the register benches
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * make-register [--residents N] PATH creates PATH with the director
 * profile and ONE institution, a mobile social emergency centre (it takes
 * every category: Law 65.15 art. 3), whose register holds N stays (default
 * 10,000) of N fictitious people admitted over the last twenty years, about
 * 150 of them present today. Everything goes through the store's register
 * API — riaya_store_admit() and riaya_store_record_exit(), with their
 * checks, register numbers and journal — in one transaction, the counts
 * recomputed once at the end (riaya-store-private.h), as the demo loader
 * does. The same N always gives the same register.
 *
 * Arrivals are spread evenly over the twenty years; each category has
 * its own mean length of stay, and places enough that an arrival rarely
 * waits: when a group is full, the arrival waits for the first bed to
 * free (a waiting list), so that the register never goes over capacity.
 *
 * Prints "register-load <µs>" (admissions, exits and counts, in the
 * transaction), "stays <n>" and "present <n>" (today), one a line. No
 * name or CNIE is printed (Law 09-08), fictitious as they are.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "riaya-store.h"
#include "riaya-store-private.h"
#include "riaya-store-residents.h"

#define YEARS 20
#define SEED 65015

typedef struct
{
  const char *fr;
  const char *ar;
} Name;

static const Name first_names_m[] = {
  { "Mohamed", "محمد" }, { "Ahmed", "أحمد" }, { "Youssef", "يوسف" }, { "Abdelkader", "عبد القادر" },
  { "Hassan", "حسن" }, { "Rachid", "رشيد" }, { "Mustapha", "مصطفى" }, { "Said", "سعيد" },
  { "Khalid", "خالد" }, { "Abdellah", "عبد الله" }, { "Omar", "عمر" }, { "Brahim", "إبراهيم" },
  { "Lahcen", "لحسن" }, { "Driss", "إدريس" }, { "Hamid", "حميد" }, { "Karim", "كريم" },
  { "Noureddine", "نور الدين" }, { "Aziz", "عزيز" }, { "Jamal", "جمال" }, { "Mehdi", "المهدي" },
  { "Ayoub", "أيوب" }, { "Hamza", "حمزة" }, { "Anas", "أنس" }, { "Bilal", "بلال" },
};

static const Name first_names_f[] = {
  { "Fatima", "فاطمة" }, { "Khadija", "خديجة" }, { "Aicha", "عائشة" }, { "Naima", "نعيمة" },
  { "Malika", "مليكة" }, { "Zineb", "زينب" }, { "Samira", "سميرة" }, { "Latifa", "لطيفة" },
  { "Hafida", "حفيظة" }, { "Nadia", "نادية" }, { "Souad", "سعاد" }, { "Amina", "أمينة" },
  { "Loubna", "لبنى" }, { "Meryem", "مريم" }, { "Houda", "هدى" }, { "Karima", "كريمة" },
  { "Rachida", "رشيدة" }, { "Btissam", "ابتسام" }, { "Siham", "سهام" }, { "Hanane", "حنان" },
  { "Salma", "سلمى" }, { "Imane", "إيمان" }, { "Hiba", "هبة" }, { "Yasmine", "ياسمين" },
};

static const Name family_names[] = {
  { "Alaoui", "العلوي" }, { "Bennani", "بناني" }, { "Tazi", "التازي" }, { "El Idrissi", "الإدريسي" },
  { "Benjelloun", "بنجلون" }, { "Amrani", "العمراني" }, { "Berrada", "برادة" }, { "Chraibi", "الشرايبي" },
  { "El Fassi", "الفاسي" }, { "Ouazzani", "الوزاني" }, { "Ait Ali", "آيت علي" }, { "Ait Brahim", "آيت إبراهيم" },
  { "Ouchen", "أوشن" }, { "Boutaleb", "بوطالب" }, { "Lahlou", "لحلو" }, { "Naciri", "الناصري" },
  { "Bouzidi", "البوزيدي" }, { "Saidi", "السعيدي" }, { "Hamdaoui", "الحمداوي" }, { "Tahiri", "الطاهري" },
  { "Mansouri", "المنصوري" }, { "Rahmouni", "الرحموني" }, { "Ziani", "الزياني" }, { "Jabri", "الجابري" },
  { "Sbai", "السباعي" }, { "Benali", "بنعلي" }, { "Haddad", "الحداد" }, { "Nejjar", "النجار" },
  { "Kettani", "الكتاني" }, { "Sefrioui", "الصفريوي" }, { "Bakkali", "البقالي" }, { "Filali", "الفيلالي" },
};

static const Name birth_places[] = {
  { "Casablanca", "الدار البيضاء" }, { "Settat", "سطات" }, { "El Jadida", "الجديدة" },
  { "Berrechid", "برشيد" }, { "Khouribga", "خريبكة" }, { "Beni Mellal", "بني ملال" },
  { "Marrakech", "مراكش" }, { "Safi", "آسفي" }, { "Mohammedia", "المحمدية" }, { "Rabat", "الرباط" },
};

/* The CNIE's letters give the city that issued it. */
static const char * const cnie_prefixes[] = {
  "A", "B", "BE", "BH", "BJ", "BK", "BL", "BW", "C", "CD", "D", "E", "EE", "G", "H",
  "I", "J", "JA", "JB", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "U", "W", "X", "Y", "Z",
};

/* One group of places of the centre, and who fills it. */
typedef struct
{
  RiayaCategory category;
  RiayaSex      sex;
  guint         share;      /* per thousand arrivals */
  guint         mean_days;  /* mean length of stay */
  guint         min_age;
  guint         max_age;
} Group;

/* Short stays for people found in the street, longer ones for children
 * waiting for a judge's placement and for old people with nowhere to go:
 * about 150 present at any time for 10,000 arrivals in twenty years. */
static const Group groups[] = {
  { RIAYA_CATEGORY_HOMELESS, RIAYA_SEX_MALE,   400,  50, 18, 70 },
  { RIAYA_CATEGORY_HOMELESS, RIAYA_SEX_FEMALE, 100,  50, 18, 70 },
  { RIAYA_CATEGORY_WOMAN,    RIAYA_SEX_FEMALE, 150, 100, 18, 55 },
  { RIAYA_CATEGORY_CHILD,    RIAYA_SEX_MALE,   120, 125,  3, 17 },
  { RIAYA_CATEGORY_CHILD,    RIAYA_SEX_FEMALE,  80, 125,  3, 17 },
  { RIAYA_CATEGORY_ELDERLY,  RIAYA_SEX_MALE,    80, 300, 60, 92 },
  { RIAYA_CATEGORY_ELDERLY,  RIAYA_SEX_FEMALE,  70, 300, 60, 92 },
};

/* One stay as planned: days are Julian day numbers. */
typedef struct
{
  guint    index;
  guint    group;
  guint32  admitted;
  guint32  exited;   /* 0: still present today */
  gboolean over;     /* no bed free before today: admitted over capacity */
  char    *uuid;
} Plan;

/* An admission or an exit, in the order they happened. */
typedef struct
{
  guint32 day;
  guint   exit;      /* 0 admission, 1 exit: exits free beds first */
  Plan   *plan;
} Event;

static guint32
julian (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, iso);
  g_assert (g_date_valid (&date));
  return g_date_get_julian (&date);
}

static char *
iso_of (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

static guint
pick (GRand *rand,
      guint  n)
{
  return (guint) g_rand_int_range (rand, 0, (gint32) n);
}

static const Name *
pick_name (GRand      *rand,
           const Name *names,
           guint       n)
{
  return &names[pick (rand, n)];
}

static int
compare_admitted (gconstpointer a,
                  gconstpointer b)
{
  const Plan *x = a, *y = b;

  if (x->admitted != y->admitted)
    return x->admitted < y->admitted ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a, *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->exit != y->exit)
    return x->exit ? -1 : 1;
  return x->plan->index < y->plan->index ? -1 : x->plan->index > y->plan->index;
}

/* The places of each group: the mean number present (arrivals a day
 * times the mean stay) and room for its ups and downs. */
static guint
places_of (const Group *group,
           guint        n_stays,
           guint        n_days)
{
  double present = (double) n_stays * group->share / 1000.0 * group->mean_days / n_days;

  return (guint) ceil (present + 2.0 * sqrt (present) + 3.0);
}

static RiayaInstitution *
make_institution (guint  n_stays,
                  guint  n_days,
                  guint  licence_day)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autofree char *licence_date = iso_of (licence_day);

  riaya_institution_set_licence_number (institution, "EPS-06.141-0001");
  riaya_institution_set_licence_date (institution, licence_date);
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL);
  riaya_institution_set_name_fr (institution, "Centre du Samu social de Casablanca");
  riaya_institution_set_name_ar (institution, "مركز الإسعاف الاجتماعي المتنقل بالدار البيضاء");
  riaya_institution_set_province_code (institution, "06.141");
  riaya_institution_set_commune (institution, "Casablanca");
  riaya_institution_set_services (institution,
                                  1u << RIAYA_SERVICE_RECEPTION | 1u << RIAYA_SERVICE_ACCOMMODATION |
                                  1u << RIAYA_SERVICE_MEALS | 1u << RIAYA_SERVICE_EMERGENCY_AID |
                                  1u << RIAYA_SERVICE_ORIENTATION | 1u << RIAYA_SERVICE_PRIMARY_HEALTH);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autoptr(RiayaCapacityLine) line =
        riaya_capacity_line_new (groups[g].category, groups[g].sex,
                                 places_of (&groups[g], n_stays, n_days), licence_date);

      riaya_institution_add_capacity_line (institution, line);
    }

  return institution;
}

/* Arrivals evenly spread over the years, each to the bed of its group
 * that frees first — waiting for it when none is free. */
static Plan *
plan_stays (GRand   *rand,
            guint    n_stays,
            guint32  first_day,
            guint32  today)
{
  Plan *plans = g_new0 (Plan, n_stays);
  GArray *beds[G_N_ELEMENTS (groups)];
  guint32 n_days = today - first_day;

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      guint places = places_of (&groups[g], n_stays, n_days);

      beds[g] = g_array_new (FALSE, TRUE, sizeof (guint32));
      g_array_set_size (beds[g], places);
    }

  for (guint i = 0; i < n_stays; i++)
    {
      guint share = pick (rand, 1000), g = 0;

      while (g + 1 < G_N_ELEMENTS (groups) && share >= groups[g].share)
        share -= groups[g++].share;
      plans[i].index = i;
      plans[i].group = g;
      plans[i].admitted = first_day + pick (rand, n_days);
    }
  qsort (plans, n_stays, sizeof (Plan), compare_admitted);

  for (guint i = 0; i < n_stays; i++)
    {
      Plan *plan = &plans[i];
      GArray *group_beds = beds[plan->group];
      guint32 *bed = &g_array_index (group_beds, guint32, 0);
      /* Exponential lengths of stay, at least a night. */
      double days = -log (1.0 - g_rand_double (rand)) * groups[plan->group].mean_days;
      guint32 exited;

      plan->index = i;
      for (guint b = 1; b < group_beds->len; b++)
        if (g_array_index (group_beds, guint32, b) < *bed)
          bed = &g_array_index (group_beds, guint32, b);

      if (*bed > plan->admitted && *bed <= today)
        plan->admitted = *bed;
      else if (*bed > today)
        plan->over = TRUE;

      exited = plan->admitted + 1 + (guint32) MIN (days, 20.0 * 365);
      plan->exited = exited <= today ? exited : 0;
      if (!plan->over)
        *bed = exited;
    }

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    g_array_unref (beds[g]);

  return plans;
}

static RiayaResident *
make_resident (GRand       *rand,
               const Plan  *plan,
               const Group *group,
               char       **birth_date)
{
  RiayaResident *resident = riaya_resident_new ();
  gboolean arabic = pick (rand, 10) < 6;
  guint age = group->min_age + pick (rand, group->max_age - group->min_age + 1);
  const Name *first = group->sex == RIAYA_SEX_FEMALE
    ? pick_name (rand, first_names_f, G_N_ELEMENTS (first_names_f))
    : pick_name (rand, first_names_m, G_N_ELEMENTS (first_names_m));
  const Name *last = pick_name (rand, family_names, G_N_ELEMENTS (family_names));
  const Name *place = pick_name (rand, birth_places, G_N_ELEMENTS (birth_places));

  riaya_resident_set_sex (resident, group->sex);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, arabic ? first->ar : first->fr);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, arabic ? last->ar : last->fr);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_PLACE, arabic ? place->ar : place->fr);
  /* Born some day of the year that makes them @age at admission. */
  *birth_date = iso_of (plan->admitted - age * 365 - pick (rand, 365) - age / 4);
  riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, *birth_date);

  /* Most adults carry their national identity card; minors have none.
   * Letters and a number unique to the stay (7919 is prime to 900,000). */
  if (age >= 18 && pick (rand, 100) < 85)
    {
      g_autofree char *cnie =
        g_strdup_printf ("%s%u", cnie_prefixes[pick (rand, G_N_ELEMENTS (cnie_prefixes))],
                         100000 + (plan->index * 7919u) % 900000);

      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_CNIE, cnie);
    }

  if (group->category == RIAYA_CATEGORY_CHILD)
    {
      const Name *parent = pick_name (rand, first_names_f, G_N_ELEMENTS (first_names_f));
      g_autofree char *guardian = g_strdup_printf ("%s %s", parent->fr, last->fr);

      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_GUARDIAN_NAME, guardian);
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FAMILY_STATUS,
                                pick (rand, 2) ? "Parents séparés" : "Orphelin de père");
    }
  else
    riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FAMILY_STATUS,
                              pick (rand, 3) ? "Célibataire" : "Veuf ou veuve");
  if (pick (rand, 5) == 0)
    riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_HEALTH_STATUS, "Suivi médical");

  return resident;
}

static RiayaReferral
pick_referral (GRand       *rand,
               const Group *group)
{
  guint p = pick (rand, 100);

  if (group->category == RIAYA_CATEGORY_CHILD)
    return p < 50 ? RIAYA_REFERRAL_COURT_ORDER : p < 70 ? RIAYA_REFERRAL_FAMILY
         : p < 85 ? RIAYA_REFERRAL_LOCAL_AUTHORITY : p < 95 ? RIAYA_REFERRAL_ENTRAIDE_NATIONALE
         : RIAYA_REFERRAL_OTHER;

  return p < 40 ? RIAYA_REFERRAL_SELF : p < 70 ? RIAYA_REFERRAL_LOCAL_AUTHORITY
       : p < 85 ? RIAYA_REFERRAL_ENTRAIDE_NATIONALE : p < 95 ? RIAYA_REFERRAL_FAMILY
       : RIAYA_REFERRAL_OTHER;
}

static RiayaExitReason
pick_exit_reason (GRand       *rand,
                  const Group *group,
                  const char  *birth_date,
                  const char  *exited_on)
{
  guint p = pick (rand, 100);

  switch (group->category)
    {
    case RIAYA_CATEGORY_CHILD:
      /* Eighteen by the exit (the birth date, years added, compared as text). */
      if (atoi (exited_on) - atoi (birth_date) > 18 ||
          (atoi (exited_on) - atoi (birth_date) == 18 && strcmp (exited_on + 4, birth_date + 4) >= 0))
        return RIAYA_EXIT_REASON_ADULTHOOD;
      return p < 75 ? RIAYA_EXIT_REASON_FAMILY : p < 90 ? RIAYA_EXIT_REASON_TRANSFER
           : RIAYA_EXIT_REASON_OTHER;
    case RIAYA_CATEGORY_ELDERLY:
      return p < 35 ? RIAYA_EXIT_REASON_DEATH : p < 75 ? RIAYA_EXIT_REASON_FAMILY
           : p < 85 ? RIAYA_EXIT_REASON_TRANSFER : RIAYA_EXIT_REASON_OTHER;
    default:
      return p < 45 ? RIAYA_EXIT_REASON_AUTONOMY : p < 75 ? RIAYA_EXIT_REASON_FAMILY
           : p < 85 ? RIAYA_EXIT_REASON_TRANSFER : RIAYA_EXIT_REASON_OTHER;
    }
}

static gboolean
fill_register (RiayaStore        *store,
               RiayaInstitution  *institution,
               guint              n_stays,
               guint32            first_day,
               guint32            today,
               GError           **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree Plan *plans = plan_stays (rand, n_stays, first_day, today);
  g_autoptr(GArray) events = g_array_sized_new (FALSE, FALSE, sizeof (Event), 2 * n_stays);
  g_autoptr(GHashTable) birth_dates = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  gboolean ok = TRUE;

  for (guint i = 0; i < n_stays; i++)
    {
      g_array_append_val (events, ((Event) { plans[i].admitted, 0, &plans[i] }));
      if (plans[i].exited != 0)
        g_array_append_val (events, ((Event) { plans[i].exited, 1, &plans[i] }));
    }
  g_array_sort (events, compare_events);

  for (guint e = 0; ok && e < events->len; e++)
    {
      Event *event = &g_array_index (events, Event, e);
      Plan *plan = event->plan;
      const Group *group = &groups[plan->group];
      g_autofree char *day = iso_of (event->day);

      if (!event->exit)
        {
          char *birth_date = NULL;
          g_autoptr(RiayaResident) resident = make_resident (rand, plan, group, &birth_date);
          g_autoptr(RiayaStay) stay = riaya_stay_new (resident);

          g_hash_table_insert (birth_dates, plan, birth_date);
          riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (institution));
          riaya_stay_set_category (stay, group->category);
          riaya_stay_set_admitted_on (stay, day);
          riaya_stay_set_referral (stay, pick_referral (rand, group));
          /* Names repeat among 10,000 people: the same names and birth
           * date are told apart by the person admitting them. */
          ok = riaya_store_admit (store, stay,
                                  RIAYA_ADMIT_NOT_DUPLICATE |
                                  (plan->over ? RIAYA_ADMIT_ALLOW_OVER_CAPACITY : 0),
                                  error);
          plan->uuid = g_strdup (riaya_stay_get_uuid (stay));
        }
      else
        {
          RiayaExitReason reason =
            pick_exit_reason (rand, group, g_hash_table_lookup (birth_dates, plan), day);
          /* Another centre of the region, never this one (0001). */
          g_autofree char *destination = reason == RIAYA_EXIT_REASON_TRANSFER
            ? g_strdup_printf ("EPS-06.%03u-%04u", 141 + pick (rand, 8) * 10, 2 + pick (rand, 40))
            : NULL;

          ok = riaya_store_record_exit (store, plan->uuid, day, reason, destination,
                                        RIAYA_ADMIT_DEFAULT, NULL, error);
        }
      if (!ok)
        g_prefix_error (error, "%s of stay %u on %s: ", event->exit ? "exit" : "admission",
                        plan->index + 1, day);
    }

  for (guint i = 0; i < n_stays; i++)
    g_free (plans[i].uuid);

  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = g_option_context_new ("PATH");
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) institution = NULL;
  g_autoptr(GListModel) present = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today_iso = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  int n_stays = 10000;
  GOptionEntry entries[] = {
    { "residents", 0, 0, G_OPTION_ARG_INT, &n_stays, "Stays in the register (default 10,000)", "N" },
    { NULL }
  };
  guint32 today, first_day;
  gboolean ok;
  gint64 start, elapsed;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc != 2 || n_stays < 1)
    {
      g_printerr ("usage: make-register [--residents N] PATH (%s)\n",
                  error ? error->message : "one new PATH");
      return 2;
    }
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr ("make-register: %s exists already; give a new file.\n", argv[1]);
      return 1;
    }

  /* Twenty years back from today, the licence a few months before. */
  today = julian (today_iso);
  first_day = today - YEARS * 365 - YEARS / 4;
  institution = make_institution ((guint) n_stays, today - first_day, first_day - 90);

  store = riaya_store_open (argv[1], &error);
  if (store == NULL ||
      !riaya_store_set_profile (store, RIAYA_PROFILE_DIRECTOR, NULL, &error) ||
      !riaya_store_add_institution (store, institution, &error))
    {
      g_printerr ("make-register: %s\n", error->message);
      return 1;
    }

  /* Admissions and exits in one transaction, the counts computed once
   * from the whole register at the end rather than after each change. */
  start = g_get_monotonic_time ();
  if (!_riaya_store_begin (store, &error))
    {
      g_printerr ("make-register: %s\n", error->message);
      return 1;
    }
  _riaya_store_set_counts_deferred (store, TRUE);
  ok = fill_register (store, institution, (guint) n_stays, first_day, today, &error) &&
       _riaya_store_recompute_counts (store, riaya_institution_get_uuid (institution), NULL, &error);
  _riaya_store_set_counts_deferred (store, FALSE);
  if (ok)
    ok = _riaya_store_commit (store, &error);
  else
    _riaya_store_rollback (store);
  if (!ok)
    {
      g_printerr ("make-register: %s\n", error->message);
      return 1;
    }

  elapsed = g_get_monotonic_time () - start;
  present = riaya_store_list_stays (store, riaya_institution_get_uuid (institution), today_iso, &error);
  if (present == NULL)
    {
      g_printerr ("make-register: %s\n", error->message);
      return 1;
    }
  g_print ("register-load %" G_GINT64_FORMAT "\n", elapsed);
  g_print ("stays %d\n", n_stays);
  g_print ("present %u\n", g_list_model_get_n_items (present));

  return 0;
}
