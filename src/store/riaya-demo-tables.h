/* riaya-demo-tables.h — the words and shares the demo data is built from
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by riaya-demo.c only: static tables, no code.
 */

#pragma once

#include "riaya-demo-private.h"

typedef struct
{
  const char *code;
  guint       weight;       /* share within its region, in tenths */
  gboolean    urban;        /* a prefecture: fewer student houses */
  Pair        communes[7];  /* ends at the first empty slot */
} DemoProvince;

/* A few real communes of each prefecture and province; the institutions
 * placed in them are invented. */
static const DemoProvince provinces[] = {
  { "01.511", 12, TRUE,  { { "Tanger", "طنجة" }, { "Asilah", "أصيلة" }, { "Gueznaia", "كزناية" }, { "Al Manzla", "المنزلة" } } },
  { "01.573",  5, TRUE,  { { "M'diq", "المضيق" }, { "Fnideq", "الفنيدق" }, { "Martil", "مرتيل" }, { "Allyene", "العليين" } } },
  { "01.571", 10, FALSE, { { "Tétouan", "تطوان" }, { "Oued Laou", "واد لاو" }, { "Azla", "أزلا" }, { "Ben Karrich", "بن قريش" } } },
  { "01.227",  6, FALSE, { { "Ksar Sghir", "القصر الصغير" }, { "Anjra", "أنجرة" }, { "Malloussa", "ملوسة" }, { "Jouamaa", "الجوامعة" } } },
  { "01.331", 10, FALSE, { { "Larache", "العرائش" }, { "Ksar El Kébir", "القصر الكبير" }, { "Laouamra", "العوامرة" }, { "Tatoft", "تطفت" } } },
  { "01.051", 14, FALSE, { { "Al Hoceima", "الحسيمة" }, { "Imzouren", "إمزورن" }, { "Targuist", "تارجيست" }, { "Beni Bouayach", "بني بوعياش" } } },
  { "01.151", 16, FALSE, { { "Chefchaouen", "شفشاون" }, { "Bab Taza", "باب تازة" }, { "Bab Berred", "باب برد" }, { "Dardara", "الدردارة" } } },
  { "01.405", 10, FALSE, { { "Ouezzane", "وزان" }, { "Mokrisset", "مقريصات" }, { "Zoumi", "زومي" }, { "Brikcha", "بريكشة" } } },
  { "02.411", 12, TRUE,  { { "Oujda", "وجدة" }, { "Bni Drar", "بني درار" }, { "Naima", "النعيمة" }, { "Ain Sfa", "عين الصفا" } } },
  { "02.381", 12, FALSE, { { "Nador", "الناظور" }, { "Zeghanghane", "زغنغان" }, { "Selouane", "سلوان" }, { "Al Aroui", "العروي" } } },
  { "02.167",  9, FALSE, { { "Driouch", "الدريوش" }, { "Midar", "ميضار" }, { "Ben Taieb", "بن الطيب" }, { "Tafersit", "تفرسيت" } } },
  { "02.275",  7, FALSE, { { "Jerada", "جرادة" }, { "Ain Bni Mathar", "عين بني مطهر" }, { "Touissit", "تويسيت" }, { "Gafait", "كفايت" } } },
  { "02.113",  8, FALSE, { { "Berkane", "بركان" }, { "Saïdia", "السعيدية" }, { "Ahfir", "أحفير" }, { "Aklim", "أكليم" } } },
  { "02.533",  8, FALSE, { { "Taourirt", "تاوريرت" }, { "El Aioun Sidi Mellouk", "العيون سيدي ملوك" }, { "Debdou", "دبدو" }, { "Mestegmer", "مستكمر" } } },
  { "02.265",  6, FALSE, { { "Guercif", "جرسيف" }, { "Saka", "صاكة" }, { "Mazguitam", "مزكيتام" }, { "Lamrija", "لمريجة" } } },
  { "02.251", 10, FALSE, { { "Figuig", "فجيج" }, { "Bouarfa", "بوعرفة" }, { "Talsint", "تالسينت" }, { "Bni Tadjit", "بني تجيت" } } },
  { "03.231", 13, TRUE,  { { "Fès", "فاس" }, { "Méchouar Fès Jdid", "مشور فاس الجديد" } } },
  { "03.061", 12, TRUE,  { { "Meknès", "مكناس" }, { "Toulal", "تولال" }, { "Ouislane", "ويسلان" }, { "Boufakrane", "بوفكران" } } },
  { "03.171",  8, FALSE, { { "El Hajeb", "الحاجب" }, { "Agourai", "أكوراي" }, { "Sebt Jahjouh", "سبت جحجوح" }, { "Ain Taoujdate", "عين تاوجطات" } } },
  { "03.271",  8, FALSE, { { "Ifrane", "إفران" }, { "Azrou", "أزرو" }, { "Timahdite", "تيمحضيت" }, { "Ain Leuh", "عين اللوح" } } },
  { "03.591",  6, FALSE, { { "Moulay Yacoub", "مولاي يعقوب" }, { "Ain Chkef", "عين الشقف" }, { "Sebaa Rouadi", "سبع رواضي" }, { "Ain Kansara", "عين قنصرة" } } },
  { "03.451",  9, FALSE, { { "Sefrou", "صفرو" }, { "Imouzzer Kandar", "إيموزار كندر" }, { "El Menzel", "المنزل" }, { "Ribat El Kheir", "رباط الخير" } } },
  { "03.131", 11, FALSE, { { "Boulemane", "بولمان" }, { "Missour", "ميسور" }, { "Outat El Haj", "أوطاط الحاج" }, { "Imouzzer Marmoucha", "إيموزار مرموشة" } } },
  { "03.531", 18, FALSE, { { "Taounate", "تاونات" }, { "Thar Es-Souk", "طهر السوق" }, { "Ghafsai", "غفساي" }, { "Karia Ba Mohamed", "قرية با محمد" }, { "Tissa", "تيسة" } } },
  { "03.561", 16, FALSE, { { "Taza", "تازة" }, { "Tahla", "تاهلة" }, { "Oued Amlil", "واد أمليل" }, { "Aknoul", "أكنول" } } },
  { "04.421",  8, TRUE,  { { "Rabat", "الرباط" } } },
  { "04.441",  9, TRUE,  { { "Salé", "سلا" }, { "Sidi Bouknadel", "سيدي بوقنادل" }, { "Shoul", "السهول" }, { "Ameur", "عامر" } } },
  { "04.501",  7, TRUE,  { { "Témara", "تمارة" }, { "Skhirate", "الصخيرات" }, { "Aïn Attig", "عين عتيق" }, { "Harhoura", "الهرهورة" }, { "Sidi Yahya Zaer", "سيدي يحيى زعير" } } },
  { "04.281", 14, FALSE, { { "Kénitra", "القنيطرة" }, { "Mehdia", "المهدية" }, { "Sidi Taibi", "سيدي الطيبي" }, { "Souk El Arbaa", "سوق الأربعاء" }, { "Moulay Bousselham", "مولاي بوسلهام" } } },
  { "04.291", 13, FALSE, { { "Khémisset", "الخميسات" }, { "Tiflet", "تيفلت" }, { "Rommani", "الرماني" }, { "Oulmès", "والماس" } } },
  { "04.481", 10, FALSE, { { "Sidi Kacem", "سيدي قاسم" }, { "Mechra Bel Ksiri", "مشرع بلقصيري" }, { "Jorf El Melha", "جرف الملحة" }, { "Had Kourt", "حد كورت" } } },
  { "04.491",  7, FALSE, { { "Sidi Slimane", "سيدي سليمان" }, { "Sidi Yahya El Gharb", "سيدي يحيى الغرب" }, { "Dar Bel Amri", "دار بلعامري" }, { "Kceibya", "القصيبية" } } },
  { "05.091", 12, FALSE, { { "Béni Mellal", "بني ملال" }, { "Kasba Tadla", "قصبة تادلة" }, { "Zaouiat Cheikh", "زاوية الشيخ" }, { "El Ksiba", "القصيبة" } } },
  { "05.081", 20, FALSE, { { "Azilal", "أزيلال" }, { "Demnate", "دمنات" }, { "Bzou", "بزو" }, { "Tabant", "تبانت" }, { "Ouaouizeght", "واويزغت" } } },
  { "05.255",  8, FALSE, { { "Fquih Ben Salah", "الفقيه بن صالح" }, { "Souk Sebt Ouled Nemma", "سوق السبت أولاد النمة" }, { "Bradia", "البرادية" }, { "Dar Ould Zidouh", "دار ولد زيدوح" } } },
  { "05.301", 12, FALSE, { { "Khénifra", "خنيفرة" }, { "M'rirt", "مريرت" }, { "Aguelmous", "أكلموس" }, { "Kerrouchen", "كروشن" } } },
  { "05.311", 10, FALSE, { { "Khouribga", "خريبكة" }, { "Oued Zem", "وادي زم" }, { "Boujniba", "بوجنيبة" }, { "Bejaad", "أبي الجعد" } } },
  { "06.141", 16, TRUE,  { { "Casablanca", "الدار البيضاء" } } },
  { "06.371",  5, TRUE,  { { "Mohammedia", "المحمدية" }, { "Ain Harrouda", "عين حرودة" }, { "Beni Yakhlef", "بني يخلف" }, { "Sidi Moussa Ben Ali", "سيدي موسى بن علي" } } },
  { "06.181", 14, FALSE, { { "El Jadida", "الجديدة" }, { "Azemmour", "أزمور" }, { "Bir Jdid", "البئر الجديد" }, { "Ouled Frej", "أولاد فرج" } } },
  { "06.385",  5, FALSE, { { "Nouaceur", "النواصر" }, { "Dar Bouazza", "دار بوعزة" }, { "Bouskoura", "بوسكورة" }, { "Ouled Saleh", "أولاد صالح" } } },
  { "06.355",  4, FALSE, { { "Médiouna", "مديونة" }, { "Tit Mellil", "تيط مليل" }, { "Lahraouyine", "الهراويين" }, { "Majjatia Ouled Taleb", "المجاطية أولاد الطالب" } } },
  { "06.111",  6, FALSE, { { "Benslimane", "بنسليمان" }, { "Bouznika", "بوزنيقة" }, { "El Mansouria", "المنصورية" }, { "Ahlaf", "أحلاف" } } },
  { "06.117",  7, FALSE, { { "Berrechid", "برشيد" }, { "Had Soualem", "حد السوالم" }, { "Sidi Rahal Chatai", "سيدي رحال الشاطئ" }, { "El Gara", "الكارة" } } },
  { "06.461", 13, FALSE, { { "Settat", "سطات" }, { "Ben Ahmed", "ابن أحمد" }, { "El Borouj", "البروج" }, { "Oulad Said", "أولاد سعيد" } } },
  { "06.467",  9, FALSE, { { "Sidi Bennour", "سيدي بنور" }, { "Zemamra", "الزمامرة" }, { "Oulad Amrane", "أولاد عمران" }, { "Laaounate", "العونات" } } },
  { "07.351", 14, TRUE,  { { "Marrakech", "مراكش" }, { "Tassoultante", "تسلطانت" }, { "Ouahat Sidi Brahim", "واحة سيدي إبراهيم" }, { "Saada", "السعادة" } } },
  { "07.161", 13, FALSE, { { "Chichaoua", "شيشاوة" }, { "Imintanoute", "إمنتانوت" }, { "Mzouda", "مزوضة" }, { "Sidi Mokhtar", "سيدي المختار" } } },
  { "07.041", 18, FALSE, { { "Tahannaout", "تحناوت" }, { "Amizmiz", "أمزميز" }, { "Asni", "أسني" }, { "Aït Ourir", "أيت أورير" }, { "Tighdouine", "تيغدوين" }, { "Ourika", "أوريكة" } } },
  { "07.191", 10, FALSE, { { "El Kelâa des Sraghna", "قلعة السراغنة" }, { "Tamellalt", "تملالت" }, { "Laattaouia", "العطاوية" }, { "Sidi Rahhal", "سيدي رحال" } } },
  { "07.211", 13, FALSE, { { "Essaouira", "الصويرة" }, { "Tamanar", "تمنار" }, { "Talmest", "تالمست" }, { "Smimou", "سميمو" }, { "Had Dra", "حد الدرا" } } },
  { "07.427",  7, FALSE, { { "Ben Guerir", "ابن جرير" }, { "Skhour Rehamna", "صخور الرحامنة" }, { "Sidi Bou Othmane", "سيدي بوعثمان" }, { "Bouchane", "بوشان" } } },
  { "07.431", 11, FALSE, { { "Safi", "آسفي" }, { "Jemâa Shaim", "جمعة سحيم" }, { "Sebt Gzoula", "سبت كزولة" }, { "Had Harara", "حد احرارة" } } },
  { "07.585",  5, FALSE, { { "Youssoufia", "اليوسفية" }, { "Chemaia", "الشماعية" }, { "Ighoud", "إيغود" }, { "Sidi Chiker", "سيدي شيكر" } } },
  { "08.201", 13, FALSE, { { "Errachidia", "الرشيدية" }, { "Erfoud", "أرفود" }, { "Goulmima", "كلميمة" }, { "Rissani", "الريصاني" }, { "Tinejdad", "تنجداد" } } },
  { "08.401", 10, FALSE, { { "Ouarzazate", "ورزازات" }, { "Skoura", "سكورة" }, { "Taznakht", "تازناخت" }, { "Amerzgane", "أمرزكان" } } },
  { "08.363", 10, FALSE, { { "Midelt", "ميدلت" }, { "Rich", "الريش" }, { "Boumia", "بومية" }, { "Zaida", "زايدة" }, { "Imilchil", "إملشيل" } } },
  { "08.577", 10, FALSE, { { "Tinghir", "تنغير" }, { "Boumalne Dadès", "بومالن دادس" }, { "Kelaat M'gouna", "قلعة مكونة" }, { "Alnif", "ألنيف" } } },
  { "08.587", 10, FALSE, { { "Zagora", "زاكورة" }, { "Agdz", "أكدز" }, { "Tagounite", "تاكونيت" }, { "M'hamid El Ghizlane", "امحاميد الغزلان" } } },
  { "09.001", 10, TRUE,  { { "Agadir", "أكادير" }, { "Aourir", "أورير" }, { "Tamri", "تامري" }, { "Imouzzer Ida Ou Tanane", "إيموزار إداوتنان" } } },
  { "09.273",  6, TRUE,  { { "Inezgane", "إنزكان" }, { "Aït Melloul", "أيت ملول" }, { "Dcheira El Jihadia", "الدشيرة الجهادية" }, { "Lqliâa", "القليعة" } } },
  { "09.163",  9, FALSE, { { "Biougra", "بيوكرى" }, { "Aït Baha", "أيت باها" }, { "Belfaa", "بلفاع" }, { "Massa", "ماسة" } } },
  { "09.541", 20, FALSE, { { "Taroudannt", "تارودانت" }, { "Oulad Teima", "أولاد تايمة" }, { "Taliouine", "تالوين" }, { "Igherm", "إغرم" }, { "Aoulouz", "أولوز" } } },
  { "09.581", 11, FALSE, { { "Tiznit", "تيزنيت" }, { "Tafraout", "تافراوت" }, { "Anzi", "أنزي" }, { "Mirleft", "ميرلفت" } } },
  { "09.551",  8, FALSE, { { "Tata", "طاطا" }, { "Akka", "أقا" }, { "Foum Zguid", "فم زكيد" }, { "Tissint", "تيسينت" } } },
  { "10.261", 13, FALSE, { { "Guelmim", "كلميم" }, { "Bouizakarne", "بويزكارن" }, { "Taghjijt", "تغجيجت" }, { "Asrir", "أسرير" } } },
  { "10.071",  6, FALSE, { { "Assa", "أسا" }, { "Zag", "الزاك" }, { "Aouint Lahna", "عوينة لهنا" } } },
  { "10.521",  8, FALSE, { { "Tan-Tan", "طانطان" }, { "El Ouatia", "الوطية" }, { "Msied", "امسيد" } } },
  { "10.473", 10, FALSE, { { "Sidi Ifni", "سيدي إفني" }, { "Lakhsas", "الأخصاص" }, { "Mesti", "مستي" } } },
  { "11.321", 16, FALSE, { { "Laâyoune", "العيون" }, { "El Marsa", "المرسى" }, { "Foum El Oued", "فم الواد" } } },
  { "11.121",  6, FALSE, { { "Boujdour", "بوجدور" }, { "Jraifia", "اجريفية" } } },
  { "11.537",  5, FALSE, { { "Tarfaya", "طرفاية" }, { "Akhfennir", "أخفنير" }, { "Tah", "الطاح" } } },
  { "11.221",  8, FALSE, { { "Es-Semara", "السمارة" }, { "Haouza", "حوزة" }, { "Amgala", "امكالة" } } },
  { "12.391", 15, FALSE, { { "Dakhla", "الداخلة" }, { "Bir Anzarane", "بئر أنزران" }, { "El Argoub", "العركوب" } } },
  { "12.066",  5, FALSE, { { "Aousserd", "أوسرد" }, { "Bir Gandouz", "بئر كندوز" }, { "Tichla", "تشلة" } } },
};

/* Institutions per region at scale 1: the ministry's table of 1,204
 * licences under Law 14.05 (Marrakech-Safi 184 … Dakhla 3) brought to the
 * 1,311 the minister counted in 2025 (domain.md §5). Indexed by region
 * code minus one. */
static const guint region_counts[12] = {
  130, 74, 182, 111, 126, 131, 200, 137, 149, 54, 13, 3,
};

/* Pieces of association names: common words, no real association meant. */
static const Pair association_words[] = {
  { "Al Amal", "الأمل" }, { "Annour", "النور" }, { "Al Khayr", "الخير" },
  { "Attadamoun", "التضامن" }, { "Al Ihsane", "الإحسان" }, { "Al Wafae", "الوفاء" },
  { "Ennahda", "النهضة" }, { "Al Fath", "الفتح" }, { "Al Hanane", "الحنان" },
  { "Arrahma", "الرحمة" }, { "Al Bir", "البر" }, { "Al Mostaqbal", "المستقبل" },
  { "Al Baraka", "البركة" }, { "Assafae", "الصفاء" }, { "Al Wahda", "الوحدة" },
  { "Al Mouassat", "المواساة" }, { "Attakafoul", "التكافل" }, { "Al Majd", "المجد" },
  { "Annajah", "النجاح" }, { "Al Falah", "الفلاح" }, { "Assaada", "السعادة" },
  { "Al Ikhlass", "الإخلاص" }, { "Al Firdaous", "الفردوس" }, { "Al Intilaka", "الانطلاقة" },
};

static const Pair first_names_m[] = {
  { "Mohamed", "محمد" }, { "Ahmed", "أحمد" }, { "Youssef", "يوسف" }, { "Abdelkader", "عبد القادر" },
  { "Hassan", "حسن" }, { "Rachid", "رشيد" }, { "Mustapha", "مصطفى" }, { "Said", "سعيد" },
  { "Khalid", "خالد" }, { "Abdellah", "عبد الله" }, { "Omar", "عمر" }, { "Brahim", "إبراهيم" },
  { "Lahcen", "لحسن" }, { "Driss", "إدريس" }, { "Hamid", "حميد" }, { "Karim", "كريم" },
  { "Noureddine", "نور الدين" }, { "Aziz", "عزيز" }, { "Jamal", "جمال" }, { "Mehdi", "المهدي" },
};

static const Pair first_names_f[] = {
  { "Fatima", "فاطمة" }, { "Khadija", "خديجة" }, { "Aicha", "عائشة" }, { "Naima", "نعيمة" },
  { "Malika", "مليكة" }, { "Zineb", "زينب" }, { "Samira", "سميرة" }, { "Latifa", "لطيفة" },
  { "Hafida", "حفيظة" }, { "Nadia", "نادية" }, { "Souad", "سعاد" }, { "Amina", "أمينة" },
  { "Loubna", "لبنى" }, { "Meryem", "مريم" }, { "Houda", "هدى" }, { "Karima", "كريمة" },
  { "Rachida", "رشيدة" }, { "Btissam", "ابتسام" }, { "Siham", "سهام" }, { "Hanane", "حنان" },
};

static const Pair family_names[] = {
  { "Alaoui", "العلوي" }, { "Bennani", "بناني" }, { "Tazi", "التازي" }, { "El Idrissi", "الإدريسي" },
  { "Benjelloun", "بنجلون" }, { "Amrani", "العمراني" }, { "Berrada", "برادة" }, { "Chraibi", "الشرايبي" },
  { "El Fassi", "الفاسي" }, { "Ouazzani", "الوزاني" }, { "Ait Ali", "آيت علي" }, { "Ait Brahim", "آيت إبراهيم" },
  { "Ouchen", "أوشن" }, { "Boutaleb", "بوطالب" }, { "Lahlou", "لحلو" }, { "Naciri", "الناصري" },
  { "Bouzidi", "البوزيدي" }, { "Saidi", "السعيدي" }, { "Hamdaoui", "الحمداوي" }, { "Tahiri", "الطاهري" },
  { "Mansouri", "المنصوري" }, { "Rahmouni", "الرحموني" }, { "Ziani", "الزياني" }, { "Jabri", "الجابري" },
  { "Sbai", "السباعي" }, { "Benali", "بنعلي" }, { "Haddad", "الحداد" }, { "Nejjar", "النجار" },
};

static const Pair streets[] = {
  { "Al Massira", "المسيرة" }, { "Ibn Battouta", "ابن بطوطة" }, { "Al Qods", "القدس" },
  { "Annakhil", "النخيل" }, { "Al Andalous", "الأندلس" }, { "Al Fida", "الفداء" },
  { "Ibn Sina", "ابن سينا" }, { "Al Moukaouama", "المقاومة" },
};

static const Pair quarters[] = {
  { "Hay Essalam", "حي السلام" }, { "Hay Al Amal", "حي الأمل" }, { "Hay Annahda", "حي النهضة" },
  { "Hay Al Fath", "حي الفتح" }, { "Hay Al Wahda", "حي الوحدة" }, { "Hay Arraha", "حي الراحة" },
};

/* How each type is named, and what its founding association is for. */
typedef struct
{
  Pair stem;
  Pair purpose;
} TypeWords;

static const TypeWords type_words[RIAYA_N_INSTITUTION_TYPES] = {
  [RIAYA_INSTITUTION_TYPE_KAFALA] =
    { { "Maison de kafala des enfants abandonnés", "دار كفالة الأطفال المهملين" },
      { "pour la kafala des enfants abandonnés", "لكفالة الأطفال المهملين" } },
  [RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION] =
    { { "Dar Al Atfal", "دار الأطفال" },
      { "pour la protection de l'enfance", "لحماية الطفولة" } },
  [RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE] =
    { { "Dar Talib", "دار الطالب" },
      { "pour le soutien à la scolarisation", "لدعم التمدرس" } },
  [RIAYA_INSTITUTION_TYPE_DISABILITY] =
    { { "Centre pour personnes en situation de handicap", "مركز الأشخاص في وضعية إعاقة" },
      { "pour l'insertion des personnes en situation de handicap", "لإدماج الأشخاص في وضعية إعاقة" } },
  [RIAYA_INSTITUTION_TYPE_HOMELESS] =
    { { "Centre social pour personnes sans abri", "المركز الاجتماعي للأشخاص بدون مأوى" },
      { "d'aide aux personnes sans abri", "لمساعدة الأشخاص بدون مأوى" } },
  [RIAYA_INSTITUTION_TYPE_WOMEN] =
    { { "Centre multifonctionnel pour femmes", "المركز متعدد الوظائف للنساء" },
      { "pour la promotion de la femme", "للنهوض بأوضاع المرأة" } },
  [RIAYA_INSTITUTION_TYPE_ELDERLY] =
    { { "Maison des personnes âgées", "دار الأشخاص المسنين" },
      { "pour la prise en charge des personnes âgées", "لرعاية الأشخاص المسنين" } },
  [RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL] =
    { { "SAMU social", "الإسعاف الاجتماعي المتنقل" },
      { "d'aide sociale d'urgence", "للإسعاف الاجتماعي" } },
};

static const Pair student_house_girls = { "Dar Taliba", "دار الطالبة" };
static const Pair student_house_mixed = { "Dar Talib et Taliba", "دار الطالب والطالبة" };

/* Share of each type in thousandths, in prefectures (urban) and in
 * provinces: overall about 75 % student houses, as in the national table
 * (899 of 1,204), and the other types in the proportions the Cour des
 * comptes found in 2018 (children, then disability, elderly, women). */
static const guint type_share_urban[RIAYA_N_INSTITUTION_TYPES] = {
  [RIAYA_INSTITUTION_TYPE_KAFALA] = 50,
  [RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION] = 200,
  [RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE] = 400,
  [RIAYA_INSTITUTION_TYPE_DISABILITY] = 120,
  [RIAYA_INSTITUTION_TYPE_HOMELESS] = 60,
  [RIAYA_INSTITUTION_TYPE_WOMEN] = 60,
  [RIAYA_INSTITUTION_TYPE_ELDERLY] = 80,
  [RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL] = 30,
};

static const guint type_share_rural[RIAYA_N_INSTITUTION_TYPES] = {
  [RIAYA_INSTITUTION_TYPE_KAFALA] = 5,
  [RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION] = 50,
  [RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE] = 840,
  [RIAYA_INSTITUTION_TYPE_DISABILITY] = 40,
  [RIAYA_INSTITUTION_TYPE_HOMELESS] = 15,
  [RIAYA_INSTITUTION_TYPE_WOMEN] = 20,
  [RIAYA_INSTITUTION_TYPE_ELDERLY] = 25,
  [RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL] = 5,
};

/* Licences granted per year, in thousandths, from the decree of July 2007
 * that applied Law 14.05: the wave of regularisations of existing houses
 * first, then steady growth (about 930 institutions in 2015, 1,075 in
 * 2020 and 1,311 in 2025 in the published figures). */
#define FIRST_LICENCE_YEAR 2007
static const guint licences_per_year[] = {
  100, 200, 150, 60, 50, 40, 40, 40, 30,   /* 2007–2015 */
  25, 25, 25, 25, 20,                       /* 2016–2020 */
  30, 35, 35, 35, 35,                       /* 2021–2025 */
};

static const char * const modification_notes[] = {
  "Changement de directeur déclaré (art. 17)",
  "Transfert du siège de l'association déclaré (art. 17)",
  "Extension des services offerts",
  "Mise à jour des statuts de l'association",
};

static const char * const warning_notes[] = {
  "Encadrement insuffisant : recruter les éducateurs manquants",
  "Registre des bénéficiaires non tenu à jour",
  "Hygiène de la cuisine à mettre aux normes",
  "Rapport financier annuel non transmis",
  "Sureffectif constaté : ramener l'effectif à la capacité autorisée",
};
