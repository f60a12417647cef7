/* riaya-register-labels.c — the register's words, in French and Arabic
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These tables are translations, kept here rather than in po/ on purpose:
 * the register is printed in the language chosen for the document
 * whatever the interface's (the court of first instance signs it, Law
 * 65.15 art. 28), and switching the message catalogue for a moment is not
 * safe in a program with threads. Translators: the words follow the
 * glossary of HACKING.md (سجل المستفيدين, الرخصة, établissement,
 * autorisation…); keep them in step with po/ar.po and po/fr.po.
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "riaya-register-document-private.h"

typedef struct
{
  const char *fr;
  const char *ar;
} Label;

/* Translators (of this table): legal register vocabulary, French then
 * Arabic. A "{name}" is filled in by the program. French puts a no-break
 * space (U+00A0) before a colon or semicolon. */
static const Label texts[] = {
  [RIAYA_REGISTER_TEXT_TITLE] = {
    "Registre des bénéficiaires",
    "سجل المستفيدين" },
  [RIAYA_REGISTER_TEXT_LEGAL_REFERENCE] = {
    "Loi 65-15 relative aux établissements de protection sociale, art. 28\u00a0; décret 2-19-693, art. 11",
    "القانون 65.15 المتعلق بمؤسسات الرعاية الاجتماعية، المادة 28؛ المرسوم 2.19.693، المادة 11" },
  [RIAYA_REGISTER_TEXT_INSTITUTION] = {
    "Établissement",
    "المؤسسة" },
  [RIAYA_REGISTER_TEXT_LICENCE_NUMBER] = {
    "Numéro d’autorisation",
    "رقم الرخصة" },
  [RIAYA_REGISTER_TEXT_LICENCE_DATE] = {
    "Date de l’autorisation",
    "تاريخ الرخصة" },
  [RIAYA_REGISTER_TEXT_LEGAL_BASIS] = {
    "Base légale",
    "الأساس القانوني" },
  [RIAYA_REGISTER_TEXT_TYPE] = {
    "Type d’établissement",
    "نوع المؤسسة" },
  [RIAYA_REGISTER_TEXT_PROVINCE] = {
    "Province (code)",
    "الإقليم (الرمز)" },
  [RIAYA_REGISTER_TEXT_COMMUNE] = {
    "Commune",
    "الجماعة" },
  [RIAYA_REGISTER_TEXT_ADDRESS] = {
    "Adresse",
    "العنوان" },
  [RIAYA_REGISTER_TEXT_FOUNDER] = {
    "Fondateur ou association gestionnaire",
    "المؤسس أو الجمعية المسيرة" },
  [RIAYA_REGISTER_TEXT_DIRECTOR] = {
    "Directeur",
    "المدير" },
  [RIAYA_REGISTER_TEXT_COURT] = {
    "Coté et paraphé par le président du tribunal de première instance de",
    "مرقم وموقع عليه من طرف رئيس المحكمة الابتدائية بـ" },
  [RIAYA_REGISTER_TEXT_COURT_SIGNATURE] = {
    "Date, signature et cachet\u00a0:",
    "التاريخ والتوقيع والخاتم:" },
  [RIAYA_REGISTER_TEXT_PRINTED_ON] = {
    "Imprimé le {date}",
    "طبع بتاريخ {date}" },
  [RIAYA_REGISTER_TEXT_FOOTER_LICENCE] = {
    "Autorisation n° {licence}",
    "الرخصة رقم {licence}" },
  [RIAYA_REGISTER_TEXT_FOOTER_PAGE] = {
    "page {page} sur {pages}",
    "الصفحة {page} من {pages}" },
  [RIAYA_REGISTER_TEXT_NO_ENTRY] = {
    "Aucun bénéficiaire n’est inscrit dans ce registre.",
    "لا يوجد أي مستفيد مسجل في هذا السجل." },
  [RIAYA_REGISTER_TEXT_COLUMN_NUMBER] = {
    "N°",
    "الرقم" },
  [RIAYA_REGISTER_TEXT_COLUMN_NAME] = {
    "Nom et prénom",
    "الاسم العائلي والشخصي" },
  [RIAYA_REGISTER_TEXT_COLUMN_SEX] = {
    "Sexe",
    "الجنس" },
  [RIAYA_REGISTER_TEXT_COLUMN_BIRTH] = {
    "Date et lieu de naissance",
    "تاريخ ومكان الازدياد" },
  [RIAYA_REGISTER_TEXT_COLUMN_CNIE] = {
    "N° CNIE",
    "رقم البطاقة الوطنية" },
  [RIAYA_REGISTER_TEXT_COLUMN_FAMILY_STATUS] = {
    "Situation familiale",
    "الحالة العائلية" },
  [RIAYA_REGISTER_TEXT_COLUMN_HEALTH_STATUS] = {
    "État de santé",
    "الحالة الصحية" },
  [RIAYA_REGISTER_TEXT_COLUMN_CATEGORY] = {
    "Catégorie",
    "الفئة" },
  [RIAYA_REGISTER_TEXT_COLUMN_ADMISSION] = {
    "Date d’admission et orientation",
    "تاريخ القبول وجهة الإحالة" },
  [RIAYA_REGISTER_TEXT_COLUMN_EXIT] = {
    "Date et motif de sortie",
    "تاريخ المغادرة وسببها" },
  [RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN] = {
    "Famille ou représentant légal",
    "الأسرة أو النائب الشرعي" },
  [RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_NAME] = {
    "Nom et prénom",
    "الاسم الكامل" },
  [RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_CNIE] = {
    "N° CNIE",
    "رقم البطاقة الوطنية" },
  [RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_ADDRESS] = {
    "Adresse",
    "العنوان" },
  [RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_PHONE] = {
    "Téléphone",
    "الهاتف" },
  [RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_OCCUPATION] = {
    "Profession",
    "المهنة" },
  [RIAYA_REGISTER_TEXT_COLUMN_GUARDIAN_SITUATION] = {
    "Situation sociale",
    "الوضعية الاجتماعية" },
  [RIAYA_REGISTER_TEXT_DESTINATION] = {
    "Destination\u00a0: autorisation n° {licence}",
    "الوجهة: الرخصة رقم {licence}" },
};

/* The names of po/ar.po and po/fr.po for the same values. */
static const Label legal_bases[] = {
  [RIAYA_LEGAL_BASIS_14_05] = { "Loi 14-05", "القانون 14.05" },
  [RIAYA_LEGAL_BASIS_65_15] = { "Loi 65-15", "القانون 65.15" },
};

static const Label institution_types[] = {
  [RIAYA_INSTITUTION_TYPE_KAFALA] = {
    "Établissement de kafala des enfants abandonnés",
    "مؤسسة كفالة الأطفال المهملين" },
  [RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION] = {
    "Établissement d’accueil et de protection de l’enfance",
    "مؤسسة استقبال وحماية الأطفال" },
  [RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE] = {
    "Maison de l’étudiant(e) (Dar Talib / Dar Taliba)",
    "دار الطالب / دار الطالبة" },
  [RIAYA_INSTITUTION_TYPE_DISABILITY] = {
    "Établissement pour personnes en situation de handicap",
    "مؤسسة للأشخاص في وضعية إعاقة" },
  [RIAYA_INSTITUTION_TYPE_HOMELESS] = {
    "Établissement pour personnes sans abri ou en situation de mendicité",
    "مؤسسة للأشخاص في وضعية تشرد أو تسول" },
  [RIAYA_INSTITUTION_TYPE_WOMEN] = {
    "Établissement multifonctionnel pour femmes",
    "مؤسسة متعددة الوظائف للنساء" },
  [RIAYA_INSTITUTION_TYPE_ELDERLY] = {
    "Établissement pour personnes âgées",
    "مؤسسة للأشخاص المسنين" },
  [RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL] = {
    "Aide sociale mobile d’urgence (SAMU social)",
    "الإسعاف الاجتماعي المتنقل (سامو سوسيال)" },
};

/* One person's category: the singular of the categories of Law 65.15
 * art. 2. */
static const Label categories[] = {
  [RIAYA_CATEGORY_ABANDONED_CHILD] = { "Enfant abandonné", "طفل مهمل" },
  [RIAYA_CATEGORY_CHILD] = { "Enfant", "طفل" },
  [RIAYA_CATEGORY_PUPIL] = { "Élève", "تلميذ" },
  [RIAYA_CATEGORY_DISABLED] = { "Personne en situation de handicap", "شخص في وضعية إعاقة" },
  [RIAYA_CATEGORY_HOMELESS] = { "Personne sans abri", "شخص في وضعية تشرد" },
  [RIAYA_CATEGORY_WOMAN] = { "Femme en situation de vulnérabilité", "امرأة في وضعية هشاشة" },
  [RIAYA_CATEGORY_ELDERLY] = { "Personne âgée", "شخص مسن" },
};

static const Label sexes[] = {
  [RIAYA_SEX_MALE] = { "Masculin", "ذكر" },
  [RIAYA_SEX_FEMALE] = { "Féminin", "أنثى" },
  [RIAYA_SEX_ANY] = { "", "" },
};

static const Label referrals[] = {
  [RIAYA_REFERRAL_COURT_ORDER] = { "Décision judiciaire", "أمر قضائي" },
  [RIAYA_REFERRAL_FAMILY] = { "Famille", "الأسرة" },
  [RIAYA_REFERRAL_LOCAL_AUTHORITY] = { "Autorité locale", "السلطة المحلية" },
  [RIAYA_REFERRAL_ENTRAIDE_NATIONALE] = { "Entraide Nationale", "التعاون الوطني" },
  [RIAYA_REFERRAL_SELF] = { "Démarche personnelle", "بمبادرة شخصية" },
  [RIAYA_REFERRAL_TRANSFER] = { "Transfert d’un autre établissement", "تحويل من مؤسسة أخرى" },
  [RIAYA_REFERRAL_OTHER] = { "Autre", "أخرى" },
};

static const Label exit_reasons[] = {
  [RIAYA_EXIT_REASON_FAMILY] = { "Retour en famille", "العودة إلى الأسرة" },
  [RIAYA_EXIT_REASON_TRANSFER] = { "Transfert vers un autre établissement", "تحويل إلى مؤسسة أخرى" },
  [RIAYA_EXIT_REASON_ADULTHOOD] = { "Majorité", "بلوغ سن الرشد" },
  [RIAYA_EXIT_REASON_AUTONOMY] = { "Autonomie", "الاستقلالية" },
  [RIAYA_EXIT_REASON_DEATH] = { "Décès", "الوفاة" },
  [RIAYA_EXIT_REASON_OTHER] = { "Autre", "أخرى" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (texts) == RIAYA_N_REGISTER_TEXTS);
G_STATIC_ASSERT (G_N_ELEMENTS (legal_bases) == RIAYA_N_LEGAL_BASES);
G_STATIC_ASSERT (G_N_ELEMENTS (institution_types) == RIAYA_N_INSTITUTION_TYPES);
G_STATIC_ASSERT (G_N_ELEMENTS (categories) == RIAYA_N_CATEGORIES);
G_STATIC_ASSERT (G_N_ELEMENTS (sexes) == RIAYA_N_SEXES);
G_STATIC_ASSERT (G_N_ELEMENTS (referrals) == RIAYA_N_REFERRALS);
G_STATIC_ASSERT (G_N_ELEMENTS (exit_reasons) == RIAYA_N_EXIT_REASONS);

static const char *
pick (const Label           *label,
      RiayaRegisterLanguage  language)
{
  return language == RIAYA_REGISTER_ARABIC ? label->ar : label->fr;
}

gboolean
_riaya_register_document_language_from_code (const char            *code,
                                             RiayaRegisterLanguage *out)
{
  RiayaRegisterLanguage language;

  if (g_strcmp0 (code, "fr") == 0)
    language = RIAYA_REGISTER_FRENCH;
  else if (g_strcmp0 (code, "ar") == 0)
    language = RIAYA_REGISTER_ARABIC;
  else
    return FALSE;

  if (out != NULL)
    *out = language;
  return TRUE;
}

const char *
_riaya_register_document_text (RiayaRegisterLanguage language,
                               RiayaRegisterText     text)
{
  g_return_val_if_fail ((guint) text < RIAYA_N_REGISTER_TEXTS, "");
  return pick (&texts[text], language);
}

char *
_riaya_register_document_dup_page_count (RiayaRegisterLanguage language,
                                         guint                 n_pages)
{
  g_autofree char *n = g_strdup_printf ("%u", n_pages);
  guint tens = n_pages % 100;

  if (language == RIAYA_REGISTER_FRENCH)
    {
      if (n_pages == 1)
        return g_strdup ("Le présent registre comporte une page.");
      return _riaya_register_document_fill ("Le présent registre comporte {n} pages, numérotées de 1 à {n}.",
                                            "n", n, NULL);
    }

  /* Arabic agreement of the counted noun: one, two, 3–10 (plural),
   * then the singular (as the plural forms of po/ar.po). */
  if (n_pages == 1)
    return g_strdup ("يتضمن هذا السجل صفحة واحدة.");
  if (n_pages == 2)
    return g_strdup ("يتضمن هذا السجل صفحتين مرقمتين من 1 إلى 2.");
  if (tens >= 3 && tens <= 10)
    return _riaya_register_document_fill ("يتضمن هذا السجل {n} صفحات مرقمة من 1 إلى {n}.",
                                          "n", n, NULL);
  return _riaya_register_document_fill ("يتضمن هذا السجل {n} صفحة مرقمة من 1 إلى {n}.",
                                        "n", n, NULL);
}

#define DEFINE_LABEL(name, Type, table)                                   \
  const char *                                                            \
  _riaya_register_document_##name (RiayaRegisterLanguage language,        \
                                   Type                  value)           \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), "");      \
    return pick (&table[value], language);                                \
  }

DEFINE_LABEL (legal_basis, RiayaLegalBasis, legal_bases)
DEFINE_LABEL (institution_type, RiayaInstitutionType, institution_types)
DEFINE_LABEL (category, RiayaCategory, categories)
DEFINE_LABEL (sex, RiayaSex, sexes)
DEFINE_LABEL (referral, RiayaReferral, referrals)
DEFINE_LABEL (exit_reason, RiayaExitReason, exit_reasons)

char *
_riaya_register_document_fill (const char *template,
                               ...)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new ();
  GString *out = g_string_new (NULL);
  const char *p = template;
  const char *name;
  va_list args;

  va_start (args, template);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      g_ptr_array_add (pairs, (gpointer) name);
      g_ptr_array_add (pairs, (gpointer) va_arg (args, const char *));
    }
  va_end (args);

  /* One pass over the template: a value is never read as a template,
   * whatever braces a licence number or a date may hold. */
  while (*p != '\0')
    {
      const char *close = *p == '{' ? strchr (p, '}') : NULL;
      gboolean found = FALSE;

      for (guint i = 0; close != NULL && i < pairs->len; i += 2)
        {
          const char *key = g_ptr_array_index (pairs, i);
          const char *value = g_ptr_array_index (pairs, i + 1);

          if (strlen (key) == (gsize) (close - p - 1) && strncmp (p + 1, key, close - p - 1) == 0)
            {
              g_string_append (out, value != NULL ? value : "");
              p = close + 1;
              found = TRUE;
              break;
            }
        }

      if (!found)
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}
