/* riaya-visit-report-labels.c — the visit report's words, in French and Arabic
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Translations kept here rather than in po/ on purpose, as the
 * register's (riaya-register-labels.c): the report is printed in the
 * language chosen for it whatever the interface's, and switching the
 * message catalogue for a moment is not safe in a program with threads.
 * Translators: the words follow the glossary of HACKING.md (إنذار،
 * توبيخ، أجل التسوية; avertissement, blâme, échéance de mise en
 * conformité…); keep them in step with po/ar.po and po/fr.po.
 */

#include "config.h"

#include "riaya-visit-report-private.h"

typedef struct
{
  const char *fr;
  const char *ar;
} Label;

/* Translators (of this table): French then Arabic. A "{name}" is filled
 * in by the program. French puts a no-break space (U+00A0) before a colon
 * or semicolon. */
static const Label texts[] = {
  [RIAYA_VISIT_TEXT_TITLE] = {
    "Procès-verbal de visite de la commission de contrôle",
    "محضر زيارة لجنة المراقبة" },
  [RIAYA_VISIT_TEXT_LEGAL_REFERENCE] = {
    "Loi 65-15 relative aux établissements de protection sociale, art. 26 à 29\u00a0; décret 2-19-693, art. 7 à 9",
    "القانون 65.15 المتعلق بمؤسسات الرعاية الاجتماعية، المواد 26 إلى 29؛ المرسوم 2.19.693، المواد 7 إلى 9" },
  [RIAYA_VISIT_TEXT_SECTION_INSTITUTION] = {
    "L’établissement",
    "المؤسسة" },
  [RIAYA_VISIT_TEXT_SECTION_VISIT] = {
    "La visite",
    "الزيارة" },
  [RIAYA_VISIT_TEXT_SECTION_CHECKLIST] = {
    "Points contrôlés",
    "عناصر المراقبة" },
  [RIAYA_VISIT_TEXT_SECTION_STAFFING] = {
    "Normes d’encadrement à la date de la visite",
    "معايير التأطير في تاريخ الزيارة" },
  [RIAYA_VISIT_TEXT_SECTION_FINDINGS] = {
    "Constatations",
    "المعاينات" },
  [RIAYA_VISIT_TEXT_SECTION_DECISION] = {
    "Décision de la commission",
    "قرار اللجنة" },
  [RIAYA_VISIT_TEXT_SECTION_ACTIONS] = {
    "Mesures correctives",
    "الإجراءات التصحيحية" },
  [RIAYA_VISIT_TEXT_SECTION_SIGNATURES] = {
    "Signatures des membres présents",
    "توقيعات الأعضاء الحاضرين" },
  [RIAYA_VISIT_TEXT_KIND] = {
    "Nature de la visite",
    "نوع الزيارة" },
  [RIAYA_VISIT_TEXT_PLANNED_ON] = {
    "Date prévue",
    "التاريخ المقرر" },
  [RIAYA_VISIT_TEXT_DONE_ON] = {
    "Date de la visite",
    "تاريخ إجراء الزيارة" },
  [RIAYA_VISIT_TEXT_NOT_DONE] = {
    "Pas encore effectuée",
    "لم تُجرَ بعد" },
  [RIAYA_VISIT_TEXT_MEMBERS] = {
    "Membres de la commission",
    "أعضاء اللجنة" },
  [RIAYA_VISIT_TEXT_MEMBERS_VALUE] = {
    "convoqués\u00a0: {invited}\u00a0; présents\u00a0: {present}",
    "المدعوون: {invited}؛ الحاضرون: {present}" },
  [RIAYA_VISIT_TEXT_QUORUM] = {
    "Quorum",
    "النصاب" },
  [RIAYA_VISIT_TEXT_QUORUM_VALID] = {
    "Atteint\u00a0: la majorité des membres convoqués était présente, la visite est valable (décret 2-19-693, art. 8).",
    "متوفر: حضرت أغلبية الأعضاء المدعوين، والزيارة صحيحة (المرسوم 2.19.693، المادة 8)." },
  [RIAYA_VISIT_TEXT_QUORUM_NOT_VALID] = {
    "Non atteint\u00a0: la majorité des membres convoqués n’était pas présente, la visite n’est pas valable (décret 2-19-693, art. 8).",
    "غير متوفر: لم تحضر أغلبية الأعضاء المدعوين، والزيارة غير صحيحة (المرسوم 2.19.693، المادة 8)." },
  [RIAYA_VISIT_TEXT_QUORUM_PLANNED] = {
    "À constater le jour de la visite.",
    "يُعاين يوم الزيارة." },
  [RIAYA_VISIT_TEXT_COLUMN_AREA] = {
    "Point contrôlé",
    "عنصر المراقبة" },
  [RIAYA_VISIT_TEXT_COLUMN_RESULT] = {
    "Résultat",
    "النتيجة" },
  [RIAYA_VISIT_TEXT_COLUMN_NOTE] = {
    "Observation",
    "ملاحظة" },
  [RIAYA_VISIT_TEXT_PRESENT] = {
    "Bénéficiaires présents\u00a0: {n}",
    "المستفيدون الحاضرون: {n}" },
  [RIAYA_VISIT_TEXT_NO_PRESENCE] = {
    "Le nombre de bénéficiaires présents à cette date n’est pas connu\u00a0: les normes ne peuvent pas être calculées.",
    "عدد المستفيدين الحاضرين في هذا التاريخ غير معروف: لا يمكن احتساب المعايير." },
  [RIAYA_VISIT_TEXT_NO_NORM] = {
    "Le cahier des charges ne fixe pas de norme d’encadrement pour ce type d’établissement.",
    "لا يحدد دفتر التحملات معايير تأطير لهذا النوع من المؤسسات." },
  [RIAYA_VISIT_TEXT_COLUMN_ROLE] = {
    "Fonction",
    "الوظيفة" },
  [RIAYA_VISIT_TEXT_COLUMN_NORM] = {
    "Norme",
    "المعيار" },
  [RIAYA_VISIT_TEXT_COLUMN_REQUIRED] = {
    "Requis",
    "المطلوب" },
  [RIAYA_VISIT_TEXT_COLUMN_ACTUAL] = {
    "Effectif",
    "الموجود" },
  [RIAYA_VISIT_TEXT_COLUMN_MET] = {
    "Respectée",
    "محترم" },
  [RIAYA_VISIT_TEXT_NORM_RATIO] = {
    "1 pour {per} bénéficiaires",
    "1 لكل {per} من المستفيدين" },
  [RIAYA_VISIT_TEXT_NORM_UNDER_SIX] = {
    "1 pour {per_under_six} enfants de moins de six ans, 1 pour {per} au-delà",
    "1 لكل {per_under_six} من الأطفال دون ست سنوات، و1 لكل {per} من غيرهم" },
  [RIAYA_VISIT_TEXT_NORM_FIXED] = {
    "Nombre fixe",
    "عدد ثابت" },
  [RIAYA_VISIT_TEXT_HOURS] = {
    "{n} h par an",
    "{n} ساعة في السنة" },
  [RIAYA_VISIT_TEXT_MET] = {
    "Oui",
    "نعم" },
  [RIAYA_VISIT_TEXT_NOT_MET] = {
    "Non",
    "لا" },
  [RIAYA_VISIT_TEXT_STAFFING_SOURCE] = {
    "Cahier des charges type de 2007. Les effectifs sont ceux enregistrés pour l’établissement.",
    "دفتر التحملات النموذجي لسنة 2007. الأعداد هي المسجلة للمؤسسة." },
  [RIAYA_VISIT_TEXT_NO_FINDINGS] = {
    "Aucune constatation n’a été consignée.",
    "لم تُسجَّل أي معاينة." },
  [RIAYA_VISIT_TEXT_DECISION] = {
    "Décision",
    "القرار" },
  [RIAYA_VISIT_TEXT_DEADLINE] = {
    "Échéance de mise en conformité",
    "أجل التسوية" },
  [RIAYA_VISIT_TEXT_SUSPENSION_END] = {
    "Fin de la suspension",
    "نهاية التوقيف" },
  [RIAYA_VISIT_TEXT_DECISION_BASIS] = {
    "Loi 65-15, art. 31 et 34",
    "القانون 65.15، المادتان 31 و34" },
  [RIAYA_VISIT_TEXT_NO_ACTIONS] = {
    "Aucune mesure corrective n’a été demandée.",
    "لم يُطلب أي إجراء تصحيحي." },
  [RIAYA_VISIT_TEXT_COLUMN_ACTION] = {
    "Mesure demandée",
    "الإجراء المطلوب" },
  [RIAYA_VISIT_TEXT_COLUMN_DUE] = {
    "Échéance",
    "الأجل" },
  [RIAYA_VISIT_TEXT_COLUMN_DONE] = {
    "Réalisée le",
    "تاريخ الإنجاز" },
  [RIAYA_VISIT_TEXT_SIGNATURES_NOTE] = {
    "La visite n’est valable que signée par la majorité des membres convoqués (décret 2-19-693, art. 8).",
    "لا تصح الزيارة إلا بتوقيع أغلبية الأعضاء المدعوين (المرسوم 2.19.693، المادة 8)." },
  [RIAYA_VISIT_TEXT_COLUMN_MEMBER] = {
    "Membre de la commission",
    "عضو اللجنة" },
  [RIAYA_VISIT_TEXT_COLUMN_SIGNATURE] = {
    "Signature",
    "التوقيع" },
  [RIAYA_VISIT_TEXT_FOOTER_VISIT] = {
    "Visite du {date}",
    "زيارة {date}" },
};

static const Label kinds[] = {
  [RIAYA_VISIT_KIND_PROGRAMMED] = { "Visite programmée", "زيارة مبرمجة" },
  [RIAYA_VISIT_KIND_UNANNOUNCED] = { "Visite inopinée", "زيارة مفاجئة" },
  [RIAYA_VISIT_KIND_FOLLOW_UP] = { "Visite de suivi", "زيارة تتبعية" },
  [RIAYA_VISIT_KIND_COMPLAINT] = { "Visite suite à une plainte", "زيارة إثر شكاية" },
};

/* Law 65.15 arts 31 and 34, in the glossary's words. */
static const Label decisions[] = {
  [RIAYA_DECISION_NONE] = { "Aucune sanction", "لا عقوبة" },
  [RIAYA_DECISION_WARNING] = { "Avertissement", "إنذار" },
  [RIAYA_DECISION_REPRIMAND] = { "Blâme", "توبيخ" },
  [RIAYA_DECISION_SUSPENSION] = { "Suspension (retrait temporaire de l’autorisation)", "توقيف (سحب مؤقت للرخصة)" },
  [RIAYA_DECISION_WITHDRAWAL] = { "Retrait de l’autorisation", "سحب الرخصة" },
  [RIAYA_DECISION_CLOSURE] = { "Fermeture de l’établissement", "إغلاق المؤسسة" },
};

static const Label areas[] = {
  [RIAYA_CHECK_AREA_LICENCE] = { "Autorisation affichée et en vigueur", "الرخصة معلقة وسارية المفعول" },
  [RIAYA_CHECK_AREA_REGISTER] = { "Registre des bénéficiaires tenu et visé", "سجل المستفيدين ممسوك ومؤشر عليه" },
  [RIAYA_CHECK_AREA_REGULATIONS] = { "Règlement intérieur", "النظام الداخلي" },
  [RIAYA_CHECK_AREA_STAFFING] = { "Normes d’encadrement", "معايير التأطير" },
  [RIAYA_CHECK_AREA_SAFETY] = { "Hygiène, sécurité et assurance", "النظافة والسلامة والتأمين" },
  [RIAYA_CHECK_AREA_HEALTH] = { "Soins de santé", "الرعاية الصحية" },
  [RIAYA_CHECK_AREA_EDUCATION] = { "Éducation et activités", "التربية والأنشطة" },
  [RIAYA_CHECK_AREA_ACCOUNTS] = { "Comptabilité, budget et compte bancaire unique", "المحاسبة والميزانية والحساب البنكي الوحيد" },
  [RIAYA_CHECK_AREA_RIGHTS] = { "Droits des bénéficiaires et confidentialité", "حقوق المستفيدين والسرية" },
};

static const Label results[] = {
  [RIAYA_CHECK_NOT_ASSESSED] = { "Non évalué", "لم يُقيَّم" },
  [RIAYA_CHECK_COMPLIANT] = { "Conforme", "مطابق" },
  [RIAYA_CHECK_NOT_COMPLIANT] = { "Non conforme", "غير مطابق" },
  [RIAYA_CHECK_NOT_APPLICABLE] = { "Sans objet", "لا ينطبق" },
};

static const Label roles[] = {
  [RIAYA_STAFF_DIRECTOR] = { "Directeur", "المدير" },
  [RIAYA_STAFF_EDUCATOR] = { "Éducateurs", "المربون" },
  [RIAYA_STAFF_CARER] = { "Aides-soignants", "مساعدو العلاج" },
  [RIAYA_STAFF_NANNY] = { "Nourrices", "المربيات" },
  [RIAYA_STAFF_SOCIAL_WORKER] = { "Assistants sociaux", "المساعدون الاجتماعيون" },
  [RIAYA_STAFF_NURSE] = { "Infirmiers", "الممرضون" },
  [RIAYA_STAFF_DOCTOR_HOURS] = { "Médecin", "الطبيب" },
  [RIAYA_STAFF_PSYCHOLOGIST_HOURS] = { "Psychologue", "الأخصائي النفسي" },
  [RIAYA_STAFF_KITCHEN] = { "Aides de cuisine", "مساعدو المطبخ" },
  [RIAYA_STAFF_OTHER] = { "Autre personnel", "مستخدمون آخرون" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (texts) == RIAYA_N_VISIT_TEXTS);
G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == RIAYA_N_VISIT_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (decisions) == RIAYA_N_DECISIONS);
G_STATIC_ASSERT (G_N_ELEMENTS (areas) == RIAYA_N_CHECK_AREAS);
G_STATIC_ASSERT (G_N_ELEMENTS (results) == RIAYA_N_CHECK_RESULTS);
G_STATIC_ASSERT (G_N_ELEMENTS (roles) == RIAYA_N_STAFF_ROLES);

static const char *
pick (const Label           *label,
      RiayaRegisterLanguage  language)
{
  return language == RIAYA_REGISTER_ARABIC ? label->ar : label->fr;
}

const char *
_riaya_visit_report_text (RiayaRegisterLanguage language,
                          RiayaVisitText        text)
{
  g_return_val_if_fail ((guint) text < RIAYA_N_VISIT_TEXTS, "");
  return pick (&texts[text], language);
}

#define DEFINE_LABEL(name, Type, table)                                   \
  const char *                                                            \
  _riaya_visit_report_##name (RiayaRegisterLanguage language,             \
                              Type                  value)                \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), "");      \
    return pick (&table[value], language);                                \
  }

DEFINE_LABEL (kind, RiayaVisitKind, kinds)
DEFINE_LABEL (decision, RiayaDecision, decisions)
DEFINE_LABEL (check_area, RiayaCheckArea, areas)
DEFINE_LABEL (check_result, RiayaCheckResult, results)
DEFINE_LABEL (staff_role, RiayaStaffRole, roles)
