/* riaya-demo-people.h — the words the demo's registers are written with
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by riaya-demo-residents.c and riaya-demo-registers.c (the
 * licence numbers of houses elsewhere): static tables, no code. The
 * people of the demo registers are assembled at random from common
 * Moroccan first and family names, in French and Arabic script: they
 * belong to nobody. Towns are real; douars are common place names.
 */

#pragma once

#include "riaya-demo-private.h"

/* First names by generation: those given to today's children, and those
 * of their grandparents. Parents get either. */
static const Pair boy_names[] = {
  { "Mohamed", "محمد" }, { "Ahmed", "أحمد" }, { "Youssef", "يوسف" }, { "Ayoub", "أيوب" },
  { "Hamza", "حمزة" }, { "Omar", "عمر" }, { "Othmane", "عثمان" }, { "Anas", "أنس" },
  { "Ilyas", "إلياس" }, { "Yassine", "ياسين" }, { "Zakaria", "زكرياء" }, { "Amine", "أمين" },
  { "Mehdi", "المهدي" }, { "Soufiane", "سفيان" }, { "Achraf", "أشرف" }, { "Bilal", "بلال" },
  { "Ismail", "إسماعيل" }, { "Adam", "آدم" }, { "Walid", "وليد" }, { "Younes", "يونس" },
  { "Taha", "طه" }, { "Idir", "إيدير" }, { "Abderrahim", "عبد الرحيم" }, { "Abdellah", "عبد الله" },
};

static const Pair old_boy_names[] = {
  { "Mohamed", "محمد" }, { "Ahmed", "أحمد" }, { "Brahim", "إبراهيم" }, { "Lahcen", "لحسن" },
  { "Mustapha", "مصطفى" }, { "Said", "سعيد" }, { "Rachid", "رشيد" }, { "Driss", "إدريس" },
  { "Abdelkader", "عبد القادر" }, { "Hassan", "حسن" }, { "Abdellah", "عبد الله" }, { "Jamal", "جمال" },
  { "Aziz", "عزيز" }, { "Salah", "صلاح" }, { "Mbarek", "مبارك" }, { "Lhoussaine", "الحسين" },
  { "Moha", "موحى" }, { "Allal", "علال" }, { "Bouchaib", "بوشعيب" }, { "Abdeslam", "عبد السلام" },
};

static const Pair girl_names[] = {
  { "Fatima Zahra", "فاطمة الزهراء" }, { "Khadija", "خديجة" }, { "Aicha", "عائشة" }, { "Salma", "سلمى" },
  { "Hiba", "هبة" }, { "Imane", "إيمان" }, { "Meryem", "مريم" }, { "Chaimae", "شيماء" },
  { "Oumaima", "أميمة" }, { "Kawtar", "كوثر" }, { "Hajar", "هاجر" }, { "Asmae", "أسماء" },
  { "Nouhaila", "نهيلة" }, { "Ikram", "إكرام" }, { "Sanae", "سناء" }, { "Houda", "هدى" },
  { "Zineb", "زينب" }, { "Yasmine", "ياسمين" }, { "Malak", "ملاك" }, { "Douae", "دعاء" },
  { "Siham", "سهام" }, { "Loubna", "لبنى" }, { "Amina", "أمينة" }, { "Itto", "إيطو" },
};

static const Pair old_girl_names[] = {
  { "Fatima", "فاطمة" }, { "Khadija", "خديجة" }, { "Rkia", "رقية" }, { "Zahra", "زهرة" },
  { "Halima", "حليمة" }, { "Mina", "مينة" }, { "Naima", "نعيمة" }, { "Malika", "مليكة" },
  { "Hadda", "حادة" }, { "Mbarka", "مباركة" }, { "Yamna", "يامنة" }, { "Latifa", "لطيفة" },
  { "Saida", "سعيدة" }, { "Touria", "ثريا" }, { "Rahma", "رحمة" }, { "Aicha", "عائشة" },
  { "Itto", "إيطو" }, { "Fadma", "فاضمة" }, { "Zohra", "الزهرة" }, { "Hnia", "هنية" },
};

static const Pair family_names_people[] = {
  { "Ait Ouarab", "آيت واعراب" }, { "Ait Lahcen", "آيت لحسن" }, { "Ait Ben Ali", "آيت بن علي" },
  { "Oubaha", "أوباها" }, { "Ouhammou", "أوحمو" }, { "Boutbaoucht", "بوتباوشت" },
  { "Bouchikhi", "البوشيخي" }, { "El Haouzi", "الحوزي" }, { "El Marrakchi", "المراكشي" },
  { "Chichaoui", "الشيشاوي" }, { "Rehamni", "الرحماني" }, { "Sraghni", "السراغني" },
  { "Bennani", "بناني" }, { "Alaoui", "العلوي" }, { "El Idrissi", "الإدريسي" },
  { "Tazi", "التازي" }, { "Amrani", "العمراني" }, { "Berrada", "برادة" },
  { "Ouazzani", "الوزاني" }, { "Naciri", "الناصري" }, { "Bouzidi", "البوزيدي" },
  { "Saidi", "السعيدي" }, { "Hamdaoui", "الحمداوي" }, { "Tahiri", "الطاهري" },
  { "Mansouri", "المنصوري" }, { "Ziani", "الزياني" }, { "Jabri", "الجابري" },
  { "Sbai", "السباعي" }, { "Benali", "بنعلي" }, { "Haddad", "الحداد" },
  { "Nejjar", "النجار" }, { "Elmoutawakil", "المتوكل" }, { "Lamrani", "لمراني" },
  { "Ouchen", "أوشن" }, { "Errami", "الرامي" }, { "Fadili", "الفاضلي" },
  { "Benhaddou", "بنحدو" }, { "Aberchane", "أبرشان" }, { "Ikhlef", "إخلف" },
  { "Oulhaj", "أولحاج" }, { "Bakkali", "البقالي" }, { "Chakir", "شاكر" },
  { "Harrak", "الحراك" }, { "Kabbaj", "القباج" }, { "Zerouali", "الزروالي" },
  { "Moussaoui", "الموساوي" }, { "Belhaj", "بلحاج" }, { "El Ghazi", "الغازي" },
};

/* Birth places: mostly the region of the demo's institutions (Marrakech-
 * Safi), some anywhere in the kingdom. */
static const Pair towns_near[] = {
  { "Marrakech", "مراكش" }, { "Marrakech", "مراكش" }, { "Tahannaout", "تحناوت" },
  { "Amizmiz", "أمزميز" }, { "Aït Ourir", "أيت أورير" }, { "Asni", "أسني" },
  { "Chichaoua", "شيشاوة" }, { "Imintanoute", "إمنتانوت" }, { "El Kelâa des Sraghna", "قلعة السراغنة" },
  { "Ben Guerir", "ابن جرير" }, { "Tamellalt", "تملالت" }, { "Sidi Rahhal", "سيدي رحال" },
  { "Essaouira", "الصويرة" }, { "Safi", "آسفي" }, { "Tighdouine", "تيغدوين" },
  { "Ourika", "أوريكة" }, { "Tassoultante", "تسلطانت" }, { "Ouahat Sidi Brahim", "واحة سيدي إبراهيم" },
};

static const Pair towns_far[] = {
  { "Casablanca", "الدار البيضاء" }, { "Fès", "فاس" }, { "Rabat", "الرباط" }, { "Agadir", "أكادير" },
  { "Beni Mellal", "بني ملال" }, { "Ouarzazate", "ورزازات" }, { "Azilal", "أزيلال" },
  { "Taroudannt", "تارودانت" }, { "Meknès", "مكناس" }, { "Khouribga", "خريبكة" },
  { "Settat", "سطات" }, { "Errachidia", "الرشيدية" }, { "Oujda", "وجدة" }, { "Tiznit", "تيزنيت" },
};

/* Douars and communes of the province where the pupils' families live:
 * "Douar Tagadirt, commune Ourika". */
static const Pair douars[] = {
  { "Tagadirt", "تكاديرت" }, { "Aït Hssain", "آيت حساين" }, { "Imlil", "إمليل" },
  { "Ighil", "إغيل" }, { "Ouled Bouzid", "أولاد بوزيد" }, { "Tamsloht", "تامصلوحت" },
  { "Agouns", "أكونس" }, { "Tinzert", "تنزرت" }, { "Ouled Hassoune", "أولاد حسون" },
  { "Laamamra", "العمامرة" }, { "Tafza", "تافزة" }, { "Asgaour", "أسكاور" },
};

static const Pair communes_near[] = {
  { "Ouahat Sidi Brahim", "واحة سيدي إبراهيم" }, { "Tassoultante", "تسلطانت" }, { "Saada", "السعادة" },
  { "Ourika", "أوريكة" }, { "Tahannaout", "تحناوت" }, { "Aït Ourir", "أيت أورير" },
  { "Asni", "أسني" }, { "Amizmiz", "أمزميز" },
};

/* Quarters of the city, for families of children and elderly people. */
static const Pair city_quarters[] = {
  { "Sidi Youssef Ben Ali", "سيدي يوسف بن علي" }, { "Daoudiate", "الداوديات" },
  { "Massira", "المسيرة" }, { "Mhamid", "المحاميد" }, { "Bab Doukkala", "باب دكالة" },
  { "Riad Zitoun", "رياض الزيتون" }, { "Azli", "أزلي" }, { "Sidi Ghanem", "سيدي غانم" },
};

/* Family status for minors, by the situation of the parents. */
static const Pair minor_family_status[] = {
  { "Parents mariés", "الوالدان متزوجان" }, { "Parents mariés", "الوالدان متزوجان" },
  { "Parents mariés", "الوالدان متزوجان" }, { "Père décédé", "الأب متوفى" },
  { "Mère décédée", "الأم متوفاة" }, { "Parents divorcés", "الوالدان مطلقان" },
  { "Parents décédés", "الوالدان متوفيان" },
};

static const Pair abandoned_family_status[] = {
  { "Parents inconnus", "مجهول الأبوين" }, { "Parents inconnus", "مجهول الأبوين" },
  { "Mère connue, père inconnu", "الأم معروفة والأب مجهول" },
};

static const Pair elderly_family_status_m[] = {
  { "Veuf", "أرمل" }, { "Veuf", "أرمل" }, { "Célibataire", "أعزب" },
  { "Divorcé", "مطلق" }, { "Marié, sans soutien familial", "متزوج، بدون سند عائلي" },
};

static const Pair elderly_family_status_f[] = {
  { "Veuve", "أرملة" }, { "Veuve", "أرملة" }, { "Veuve", "أرملة" }, { "Célibataire", "عزباء" },
  { "Divorcée", "مطلقة" },
};

/* Health status: most are in good health; the rest of each list is what
 * the institution's file notes most often for that category. */
static const Pair health_young[] = {
  { "Bon état de santé", "حالة صحية جيدة" }, { "Asthme, traitement de fond", "ربو، علاج مستمر" },
  { "Port de lunettes", "يستعمل نظارات طبية" }, { "Allergie alimentaire", "حساسية غذائية" },
  { "Anémie, supplément de fer", "فقر الدم، مكمل الحديد" }, { "Suivi psychologique", "متابعة نفسية" },
};

static const Pair health_infant[] = {
  { "Bon état de santé, vaccinations à jour", "حالة صحية جيدة، التلقيحات محينة" },
  { "Né prématuré, suivi pédiatrique", "خديج، تتبع طبي لدى طبيب الأطفال" },
  { "Malnutrition légère, suivi de croissance", "سوء تغذية خفيف، تتبع النمو" },
};

static const Pair health_elderly[] = {
  { "Bon état général", "حالة عامة جيدة" }, { "Hypertension artérielle", "ارتفاع ضغط الدم" },
  { "Diabète de type 2", "داء السكري من النوع الثاني" }, { "Mobilité réduite", "صعوبة في الحركة" },
  { "Troubles de la mémoire", "اضطرابات في الذاكرة" }, { "Insuffisance cardiaque", "قصور القلب" },
  { "Malvoyance", "ضعف البصر" },
};

static const Pair occupations[] = {
  { "Agriculteur", "فلاح" }, { "Ouvrier agricole", "عامل فلاحي" }, { "Journalier", "مياوم" },
  { "Berger", "راعي" }, { "Maçon", "بناء" }, { "Commerçant", "تاجر" }, { "Artisan", "صانع تقليدي" },
  { "Chauffeur", "سائق" }, { "Sans emploi", "بدون عمل" },
};

static const Pair mother_occupations[] = {
  { "Femme au foyer", "ربة بيت" }, { "Femme au foyer", "ربة بيت" }, { "Ouvrière agricole", "عاملة فلاحية" },
  { "Couturière", "خياطة" }, { "Femme de ménage", "عاملة نظافة" },
};

static const Pair situations[] = {
  { "Revenu faible et irrégulier", "دخل ضعيف وغير منتظم" },
  { "Famille nombreuse, un seul revenu", "أسرة كثيرة العدد بدخل واحد" },
  { "Bénéficiaire de l'AMO Tadamon", "مستفيد من التأمين الإجباري عن المرض تضامن" },
  { "Sans revenu fixe", "بدون دخل قار" },
};

/* Why a pupil boards: the family lives too far from the collège. */
static const Pair far_from_school = { "Domicile loin du collège", "السكن بعيد عن الإعدادية" };

/* Until a kafala is granted, the judge in charge of minors looks after an
 * abandoned child (Law 15.01): the register names the court. */
static const Pair judge_of_minors = {
  "Juge des tutelles, tribunal de première instance de Marrakech",
  "القاضي المكلف بشؤون القاصرين، المحكمة الابتدائية بمراكش",
};
static const Pair court_address = {
  "Tribunal de première instance, avenue Mohammed VI, Marrakech",
  "المحكمة الابتدائية، شارع محمد السادس، مراكش",
};
static const Pair unknown_parents = {
  "Enfant abandonné, déclaré par jugement (loi 15-01)",
  "طفل مهمل بحكم قضائي (القانون 15.01)",
};

/* Letters that begin a CNIE number: each stands for the town of issue. */
static const char * const cnie_prefixes[] = {
  "E", "EE", "EA", "EB", "EC", "BE", "BK", "BH", "A", "AB", "J", "JA", "JB", "PA", "I", "IA",
};

/* Licence numbers of institutions outside the demo database, for
 * transfers elsewhere. */
static const char * const elsewhere_licences[] = {
  "EPS-07.041-0004", "EPS-07.161-0002", "EPS-07.431-0006", "EPS-06.141-0031", "EPS-09.001-0011",
};
