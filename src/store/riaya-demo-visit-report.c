/* riaya-demo-visit-report.c — what the control committee writes at a demo visit
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One visit's report as a provincial delegation writes it, in French or
 * in Arabic: the members invited (roles, never persons: Law 65.15 art. 27
 * and decree 2.19.693 art. 6), the checklist, the findings and the
 * corrective actions with their due dates and what became of them.
 * Reports hold no personal data of residents. The words are fixed text
 * in the database's languages, as the rest of the demo's (the notes of
 * licence events, the reasons of rejected justifications);
 * riaya-demo-inspections.c decides when visits happen, riaya-demo-visit.c
 * what the committee decides.
 */

#include "config.h"

#include "riaya-demo-inspections-private.h"

/* The roles of the committee: the governor's representative chairs it;
 * health, education, social development and agriculture, a judicial
 * police officer named by the prosecutor and an expert of the category
 * sit on it (Law 65.15 art. 27, decree art. 6). Under Law 14.05 the
 * Entraide Nationale and the commune sat on it too (domain.md §4). */
typedef enum
{
  ROLE_CHAIR,
  ROLE_HEALTH,
  ROLE_EDUCATION,
  ROLE_POLICE,
  ROLE_SOCIAL,
  ROLE_AGRICULTURE,
  ROLE_EXPERT,
  ROLE_ENTRAIDE,
  ROLE_COMMUNE,
  N_ROLES
} Role;

static const Pair roles[N_ROLES] = {
  [ROLE_CHAIR] = { "Représentant du gouverneur, président de la commission — Province",
                   "ممثل العامل، رئيس اللجنة — العمالة أو الإقليم" },
  [ROLE_HEALTH] = { "Délégué de la santé — Délégation provinciale de la Santé",
                    "مندوب الصحة — المندوبية الإقليمية للصحة" },
  [ROLE_EDUCATION] = { "Délégué de l’éducation nationale — Direction provinciale de l’Éducation nationale",
                       "ممثل التربية الوطنية — المديرية الإقليمية للتربية الوطنية" },
  [ROLE_POLICE] = { "Officier de police judiciaire — désigné par le procureur du Roi",
                    "ضابط الشرطة القضائية — يعينه وكيل الملك" },
  [ROLE_SOCIAL] = { "Délégué du développement social — Ministère de la Solidarité",
                    "ممثل التنمية الاجتماعية — وزارة التضامن" },
  [ROLE_AGRICULTURE] = { "Délégué de l’agriculture — Direction provinciale de l’Agriculture",
                         "ممثل الفلاحة — المديرية الإقليمية للفلاحة" },
  [ROLE_EXPERT] = { "Expert de la catégorie — désigné par le gouverneur",
                    "خبير في الفئة — يعينه العامل" },
  [ROLE_ENTRAIDE] = { "Délégué de l’Entraide Nationale — Délégation provinciale",
                      "مندوب التعاون الوطني — المندوبية الإقليمية" },
  [ROLE_COMMUNE] = { "Représentant de la commune — Conseil communal",
                     "ممثل الجماعة — المجلس الجماعي" },
};

/* After the four every committee has, the others in the order a
 * delegation invites them under each law. */
static const Role others_14_05[] = { ROLE_ENTRAIDE, ROLE_COMMUNE, ROLE_SOCIAL, ROLE_EXPERT, ROLE_AGRICULTURE };
static const Role others_65_15[] = { ROLE_SOCIAL, ROLE_AGRICULTURE, ROLE_EXPERT, ROLE_ENTRAIDE, ROLE_COMMUNE };

/* Per mille of visits that find an area not compliant, for an
 * institution of ordinary habits. What the Cour des comptes and the
 * delegations report most: registers not signed, accounts, safety.
 * Staffing is judged on the institution's own staff (below). */
static const guint not_compliant[RIAYA_N_CHECK_AREAS] = {
  [RIAYA_CHECK_AREA_LICENCE] = 10,
  [RIAYA_CHECK_AREA_REGISTER] = 100,
  [RIAYA_CHECK_AREA_REGULATIONS] = 45,
  [RIAYA_CHECK_AREA_STAFFING] = 25,
  [RIAYA_CHECK_AREA_SAFETY] = 70,
  [RIAYA_CHECK_AREA_HEALTH] = 40,
  [RIAYA_CHECK_AREA_EDUCATION] = 30,
  [RIAYA_CHECK_AREA_ACCOUNTS] = 90,
  [RIAYA_CHECK_AREA_RIGHTS] = 25,
};

/* What the committee notes in an area not compliant. */
static const Pair problems[RIAYA_CHECK_AREA_RIGHTS + 1][2] = {
  [RIAYA_CHECK_AREA_LICENCE] = {
    { "Autorisation non affichée dans les locaux", "الرخصة غير معلقة بمقر المؤسسة" },
    { "Activité exercée au-delà de l’objet de l’autorisation", "نشاط يتجاوز موضوع الرخصة" } },
  [RIAYA_CHECK_AREA_REGISTER] = {
    { "Registre des bénéficiaires non coté ni paraphé", "سجل المستفيدين غير مرقم وغير مؤشر عليه" },
    { "Registre des bénéficiaires incomplet : sorties non inscrites", "سجل المستفيدين ناقص: حالات المغادرة غير مسجلة" } },
  [RIAYA_CHECK_AREA_REGULATIONS] = {
    { "Règlement intérieur non affiché", "النظام الداخلي غير معلق" },
    { "Règlement intérieur non approuvé par l’association", "النظام الداخلي غير مصادق عليه من طرف الجمعية" } },
  [RIAYA_CHECK_AREA_STAFFING] = {
    { "Encadrement inférieur aux normes du cahier des charges", "عدد المؤطرين أقل من معايير دفتر التحملات" },
    { "Pas de travailleur social ni d’infirmier en poste", "لا يوجد مساعد اجتماعي ولا ممرض" } },
  [RIAYA_CHECK_AREA_SAFETY] = {
    { "Extincteurs périmés ; issue de secours encombrée", "طفايات الحريق منتهية الصلاحية؛ مخرج الطوارئ مسدود" },
    { "Cuisine non conforme aux règles d’hygiène", "المطبخ لا يستوفي شروط النظافة" } },
  [RIAYA_CHECK_AREA_HEALTH] = {
    { "Pas de suivi médical régulier des bénéficiaires", "غياب التتبع الطبي المنتظم للمستفيدين" },
    { "Pharmacie non tenue : médicaments périmés", "صيدلية غير ممسوكة: أدوية منتهية الصلاحية" } },
  [RIAYA_CHECK_AREA_EDUCATION] = {
    { "Pas de programme d’activités éducatives", "غياب برنامج للأنشطة التربوية" },
    { "Soutien scolaire interrompu depuis la rentrée", "الدعم المدرسي متوقف منذ الدخول المدرسي" } },
  [RIAYA_CHECK_AREA_ACCOUNTS] = {
    { "Comptabilité non tenue ; pas de compte bancaire unique", "المحاسبة غير ممسوكة؛ لا يوجد حساب بنكي وحيد" },
    { "Budget annuel non approuvé par l’association", "الميزانية السنوية غير مصادق عليها من طرف الجمعية" } },
  [RIAYA_CHECK_AREA_RIGHTS] = {
    { "Dossiers des bénéficiaires accessibles sans contrôle", "ملفات المستفيدين في متناول الجميع دون مراقبة" },
    { "Pas de registre des réclamations des bénéficiaires", "غياب سجل لشكايات المستفيدين" } },
};

/* What the committee asks in return. */
static const Pair remedies[RIAYA_CHECK_AREA_RIGHTS + 1] = {
  [RIAYA_CHECK_AREA_LICENCE] = { "Afficher l’autorisation et s’en tenir à son objet", "تعليق الرخصة والتقيد بموضوعها" },
  [RIAYA_CHECK_AREA_REGISTER] = { "Faire coter et parapher le registre des bénéficiaires et le tenir à jour",
                                  "ترقيم سجل المستفيدين والتأشير عليه وتحيينه" },
  [RIAYA_CHECK_AREA_REGULATIONS] = { "Adopter et afficher le règlement intérieur", "المصادقة على النظام الداخلي وتعليقه" },
  [RIAYA_CHECK_AREA_STAFFING] = { "Recruter le personnel d’encadrement manquant", "توظيف المؤطرين الناقصين" },
  [RIAYA_CHECK_AREA_SAFETY] = { "Mettre les locaux aux normes d’hygiène et de sécurité",
                                "ملاءمة المرافق مع معايير النظافة والسلامة" },
  [RIAYA_CHECK_AREA_HEALTH] = { "Conclure une convention avec un médecin et tenir les dossiers médicaux",
                                "إبرام اتفاقية مع طبيب ومسك الملفات الطبية" },
  [RIAYA_CHECK_AREA_EDUCATION] = { "Établir et suivre un programme d’activités éducatives",
                                   "وضع برنامج للأنشطة التربوية وتتبعه" },
  [RIAYA_CHECK_AREA_ACCOUNTS] = { "Tenir la comptabilité et ouvrir un compte bancaire unique",
                                  "مسك المحاسبة وفتح حساب بنكي وحيد" },
  [RIAYA_CHECK_AREA_RIGHTS] = { "Garder les dossiers des bénéficiaires sous clé et ouvrir un registre des réclamations",
                                "حفظ ملفات المستفيدين في مكان مغلق وفتح سجل للشكايات" },
};

static const Pair all_well = {
  "La commission a visité l’ensemble des locaux et consulté les registres. Aucune irrégularité relevée.",
  "زارت اللجنة جميع مرافق المؤسسة واطلعت على السجلات. لم تسجل أي مخالفة.",
};
static const Pair points = {
  "La commission a visité les locaux et consulté les registres. Points à régulariser :",
  "زارت اللجنة مرافق المؤسسة واطلعت على السجلات. النقط الواجب تسويتها:",
};
static const Pair follow_up_of = {
  "Visite de suivi de la visite du %s.",
  "زيارة تتبع للزيارة المنجزة بتاريخ %s.",
};
static const Pair all_fixed = {
  "Les points relevés ont été régularisés.",
  "تمت تسوية النقط المسجلة.",
};
static const Pair on_complaint = {
  "Visite faite à la suite d’une plainte adressée au gouverneur.",
  "زيارة على إثر شكاية موجهة إلى السيد العامل.",
};
/* Decree 2.19.693 art. 8. */
static const Pair no_quorum = {
  "Quorum non atteint : %u membres présents sur %u convoqués. Constatations consignées pour information ; "
  "visite à reprogrammer (décret 2.19.693, art. 8).",
  "لم يكتمل النصاب: حضر %u أعضاء من أصل %u. دونت الملاحظات للإخبار؛ تجب إعادة برمجة الزيارة "
  "(المرسوم 2.19.693، المادة 8).",
};

static const char *
word (const Pair *pair,
      gboolean    arabic)
{
  return arabic ? pair->ar : pair->fr;
}

char *
_riaya_demo_committee (guint            n,
                       RiayaLegalBasis  basis,
                       gboolean         arabic)
{
  const Role *others = basis == RIAYA_LEGAL_BASIS_14_05 ? others_14_05 : others_65_15;
  GString *text = g_string_new (NULL);
  Role always[] = { ROLE_CHAIR, ROLE_HEALTH, ROLE_EDUCATION, ROLE_POLICE };

  g_assert (n >= G_N_ELEMENTS (always) && n <= G_N_ELEMENTS (always) + G_N_ELEMENTS (others_14_05));

  for (guint i = 0; i < n; i++)
    {
      Role role = i < G_N_ELEMENTS (always) ? always[i] : others[i - G_N_ELEMENTS (always)];

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, word (&roles[role], arabic));
    }

  return g_string_free (text, FALSE);
}

/* Model specification of 2007 (domain.md §3): the staffing norms, on the
 * institution's own staff and its places on the day. */
static gboolean
short_of_staff (RiayaInstitution *institution,
                const char       *on)
{
  guint staff[RIAYA_N_STAFF_ROLES];
  g_autoptr(GArray) needs = NULL;

  for (guint r = 0; r < RIAYA_N_STAFF_ROLES; r++)
    staff[r] = riaya_institution_get_staff (institution, r);
  needs = riaya_staffing_needs (riaya_institution_get_institution_type (institution),
                                riaya_institution_get_places_on (institution, on), 0, staff);

  return riaya_staffing_count_shortfalls (needs) > 0;
}

guint
_riaya_demo_fill_checklist (Demo             *demo,
                            RiayaInspection  *visit,
                            RiayaInstitution *institution,
                            guint             weakness,
                            const guint      *areas,
                            gboolean          arabic)
{
  const char *on = riaya_inspection_get_done_on (visit);
  RiayaInstitutionType type = riaya_institution_get_institution_type (institution);
  guint bad = 0;

  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    {
      gboolean wrong;

      /* A follow-up looks again at what was asked, and only at that. */
      if (areas != NULL)
        {
          if (areas[a] == DEMO_AREA_UNSEEN)
            continue;
          wrong = areas[a] == DEMO_AREA_WRONG;
        }
      else if (a == RIAYA_CHECK_AREA_EDUCATION && type == RIAYA_INSTITUTION_TYPE_ELDERLY)
        {
          riaya_inspection_set_check (visit, a, RIAYA_CHECK_NOT_APPLICABLE, NULL);
          continue;
        }
      else if (a == RIAYA_CHECK_AREA_STAFFING && short_of_staff (institution, on))
        wrong = chance (demo, 0.85);
      else
        wrong = per_mille (demo, MIN (900, not_compliant[a] * weakness / 1000));

      if (wrong)
        {
          riaya_inspection_set_check (visit, a, RIAYA_CHECK_NOT_COMPLIANT,
                                      word (&problems[a][pick (demo, 2)], arabic));
          bad++;
        }
      else
        riaya_inspection_set_check (visit, a, RIAYA_CHECK_COMPLIANT, NULL);
    }

  return bad;
}

void
_riaya_demo_write_findings (RiayaInspection *visit,
                            RiayaInspection *followed,
                            gboolean         arabic)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint invited = riaya_inspection_get_members_invited (visit);
  guint present = riaya_inspection_get_members_present (visit);
  guint bad = riaya_inspection_count_not_compliant (visit);

  if (!riaya_inspection_has_quorum (visit))
    {
      g_string_append_printf (text, word (&no_quorum, arabic), present, invited);
      g_string_append (text, "\n\n");
    }
  if (riaya_inspection_get_kind (visit) == RIAYA_VISIT_KIND_COMPLAINT)
    g_string_append_printf (text, "%s\n\n", word (&on_complaint, arabic));
  if (followed != NULL)
    {
      g_string_append_printf (text, word (&follow_up_of, arabic), riaya_inspection_get_done_on (followed));
      g_string_append (text, "\n\n");
    }

  if (bad == 0)
    g_string_append (text, word (followed != NULL ? &all_fixed : &all_well, arabic));
  else
    {
      g_string_append (text, word (&points, arabic));
      for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
        if (riaya_inspection_get_check (visit, a) == RIAYA_CHECK_NOT_COMPLIANT)
          g_string_append_printf (text, "\n- %s", riaya_inspection_get_check_note (visit, a));
    }

  riaya_inspection_set_findings (visit, text->str);
}

/* What became of an action due on @due, asked on @day: most done in
 * time, some late, some never; nothing is done after @as_of. Returns the
 * day it was done, 0 for not done. */
static guint32
action_fate (Demo    *demo,
             guint32  day,
             guint32  due,
             guint32  as_of)
{
  guint32 done;
  guint roll = pick (demo, 100);

  if (roll < 68)
    done = _riaya_demo_working_day (between (demo, day + 7, due));
  else if (roll < 85)
    done = _riaya_demo_working_day (between (demo, due + 5, due + 150));
  else
    return 0;

  return done <= as_of ? done : 0;
}

guint
_riaya_demo_add_actions (Demo            *demo,
                         RiayaInspection *visit,
                         guint32          day,
                         guint32          last_due,
                         guint32          as_of,
                         gboolean         arabic,
                         guint32         *fixed)
{
  guint n = 0;

  for (guint a = 0; a < RIAYA_N_CHECK_AREAS; a++)
    {
      g_autoptr(RiayaCorrectiveAction) action = NULL;
      g_autofree char *uuid = NULL, *due_on = NULL, *done_on = NULL;
      guint32 due, done;

      fixed[a] = 0;
      if (riaya_inspection_get_check (visit, a) != RIAYA_CHECK_NOT_COMPLIANT)
        continue;

      /* One to three months, by the deadline of the decision if any. */
      due = _riaya_demo_working_day (between (demo, day + 30, MAX (day + 30, last_due)));
      due = MIN (due, MAX (day + 30, last_due));
      due_on = _riaya_demo_iso_date (due);
      uuid = _riaya_demo_make_uuid (demo);
      action = riaya_corrective_action_new (word (&remedies[a], arabic), due_on);
      riaya_corrective_action_set_uuid (action, uuid);

      done = action_fate (demo, day, due, as_of);
      if (done != 0)
        {
          done_on = _riaya_demo_iso_date (done);
          riaya_corrective_action_set_done_on (action, done_on);
          fixed[a] = done;
        }
      else
        fixed[a] = G_MAXUINT32;

      riaya_inspection_add_action (visit, action);
      n++;
    }

  return n;
}
