/* report-test-tables.c — national tables made by hand for the documents' tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures are those the ministry published (reports.md): the
 * documents are checked on the tables a user prints, not on made-up
 * numbers of another shape.
 */

#include "config.h"

#include "report-test-tables.h"

const guint report_test_institutions[N_REGIONS] = {
  119, 68, 167, 102, 116, 120, 184, 126, 137, 50, 12, 3,
};

const guint report_test_places[N_REGIONS] = {
  8847, 5819, 14001, 9234, 8322, 13341, 17420, 10223, 13288, 4446, 984, 337,
};

/* Student houses of each region: 899 in all. */
static const guint student_houses[N_REGIONS] = {
  89, 51, 125, 76, 87, 90, 137, 94, 102, 37, 9, 2,
};

const char * const report_test_regions_fr[N_REGIONS] = {
  "Tanger-Tétouan-Al Hoceima", "Oriental", "Fès-Meknès", "Rabat-Salé-Kénitra",
  "Béni Mellal-Khénifra", "Casablanca-Settat", "Marrakech-Safi", "Drâa-Tafilalet",
  "Souss-Massa", "Guelmim-Oued Noun", "Laâyoune-Sakia El Hamra", "Dakhla-Oued Ed-Dahab",
};

const char * const report_test_regions_ar[N_REGIONS] = {
  "طنجة-تطوان-الحسيمة", "الشرق", "فاس-مكناس", "الرباط-سلا-القنيطرة",
  "بني ملال-خنيفرة", "الدار البيضاء-سطات", "مراكش-آسفي", "درعة-تافيلالت",
  "سوس-ماسة", "كلميم-واد نون", "العيون-الساقية الحمراء", "الداخلة-وادي الذهب",
};

static const char * const types[] = {
  "kafala", "child-protection", "student-house", "disability", "homeless", "women", "elderly", "samu-social",
};

RiayaTable *
report_test_regions_table (gboolean places,
                           gboolean arabic)
{
  RiayaTable *table = riaya_table_new (places ? "capacity-by-region" : "institutions-by-region",
                                       places ? "Capacity by region" : "Institutions by region");
  guint total_column;

  riaya_table_add_parameter (table, "on", "2021-07-02");
  riaya_table_add_column (table, "region_code", "Code", RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "region", "Region", RIAYA_TABLE_TEXT);
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    riaya_table_add_column (table, types[t], types[t], RIAYA_TABLE_INTEGER);
  total_column = riaya_table_add_column (table, "total", "Total", RIAYA_TABLE_INTEGER);
  riaya_table_add_total (table);

  for (guint r = 0; r < N_REGIONS; r++)
    {
      guint row = riaya_table_add_row (table);
      g_autofree char *code = g_strdup_printf ("%02u", r + 1);

      riaya_table_set_text (table, row, 0, code);
      riaya_table_set_text (table, row, 1, arabic ? report_test_regions_ar[r] : report_test_regions_fr[r]);
      for (guint t = 0; t < G_N_ELEMENTS (types); t++)
        {
          gint64 value = 0;

          if (places)
            value = g_str_equal (types[t], "student-house") ? report_test_places[r] : 0;
          else if (g_str_equal (types[t], "student-house"))
            value = student_houses[r];
          else if (g_str_equal (types[t], "elderly"))
            value = report_test_institutions[r] - student_houses[r];
          riaya_table_set_integer (table, row, 2 + t, value);
          riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, 2 + t,
                                   riaya_table_get_integer (table, RIAYA_TABLE_TOTAL, 2 + t) + value);
        }
      riaya_table_set_integer (table, row, total_column, places ? report_test_places[r] : report_test_institutions[r]);
      riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, total_column,
                               riaya_table_get_integer (table, RIAYA_TABLE_TOTAL, total_column)
                               + (places ? report_test_places[r] : report_test_institutions[r]));
    }
  riaya_table_fill_share (table, total_column);

  return table;
}

RiayaTable *
report_test_grants_table (void)
{
  static const struct
  {
    guint  year;
    guint  institutions;
    guint  capacity;
    gint64 amount; /* centimes */
  } years[] = {
    { 2015, 930, 79012, 14600200000 },
    { 2016, 957, 81203, 14877800000 },
    { 2017, 985, 83086, 14660380000 },
    { 2018, 1023, 88525, 15563620000 },
    { 2019, 1059, 90356, 15584000000 },
    { 2020, 1075, 113158, 12440000000 },
  };
  RiayaTable *table = riaya_table_new ("grants-by-year", "Grants by year");
  gint64 total = 0;

  riaya_table_add_parameter_int (table, "from_year", 2015);
  riaya_table_add_parameter_int (table, "to_year", 2020);
  riaya_table_add_column (table, "year", "Year", RIAYA_TABLE_YEAR);
  riaya_table_add_column (table, "institutions", "Institutions", RIAYA_TABLE_INTEGER);
  riaya_table_add_column (table, "capacity", "Capacity", RIAYA_TABLE_INTEGER);
  riaya_table_add_column (table, "amount", "Granted (DH)", RIAYA_TABLE_MONEY);
  riaya_table_add_total (table);

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      guint row = riaya_table_add_row (table);

      riaya_table_set_integer (table, row, 0, years[i].year);
      riaya_table_set_integer (table, row, 1, years[i].institutions);
      riaya_table_set_integer (table, row, 2, years[i].capacity);
      riaya_table_set_integer (table, row, 3, years[i].amount);
      total += years[i].amount;
    }
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, 3, total);

  return table;
}

RiayaTable *
report_test_compliance_table (guint n_rows)
{
  const char * const *issues = riaya_report_compliance_issues ();
  guint n_issues = g_strv_length ((char **) issues);
  RiayaTable *table = riaya_table_new ("compliance", "Compliance");

  riaya_table_add_parameter (table, "on", "2025-06-01");
  riaya_table_add_column (table, "licence", "Licence", RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "institution", "Institution", RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "province_code", "Province", RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "issue", "Issue", RIAYA_TABLE_TEXT);
  riaya_table_add_column (table, "detail", "Detail", RIAYA_TABLE_TEXT);

  for (guint i = 0; i < n_rows; i++)
    {
      guint row = riaya_table_add_row (table);
      g_autofree char *licence = g_strdup_printf ("L-%04u", i + 1);
      g_autofree char *name = g_strdup_printf ("Dar Taliba Number %u of the Province", i / 2 + 1);
      g_autofree char *detail = g_strdup_printf ("Never inspected since the licence of 2019-%02u-01; Law 14.05 asks for a visit every 6 months, so the first was due on 2019-%02u-01.",
                                                 i % 6 + 1, i % 6 + 7);

      riaya_table_set_text (table, row, 0, licence);
      riaya_table_set_text (table, row, 1, name);
      riaya_table_set_text (table, row, 2, "01.511");
      riaya_table_set_text (table, row, 3, issues[i % n_issues]);
      riaya_table_set_text (table, row, 4, detail);
    }

  return table;
}
