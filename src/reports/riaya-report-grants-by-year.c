/* riaya-report-grants-by-year.c — the grants report (reports.md)
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ministry's published table "licensed institutions that received
 * the Entraide Nationale's annual grant": per year, the institutions
 * granted (each once, however many grants it had), their licensed
 * capacity on 31 December of that year, and the sum granted, exact to the
 * centime. The store computes the figures of each year in SQL
 * (riaya_store_grant_year_totals); this file lays them out.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-money.h"
#include "riaya-report-private.h"
#include "riaya-store-grants.h"

enum
{
  COLUMN_YEAR,
  COLUMN_INSTITUTIONS,
  COLUMN_CAPACITY,
  COLUMN_AMOUNT,
};

RiayaTable *
riaya_report_grants_by_year (RiayaStore              *store,
                             const RiayaReportParams *params,
                             GError                 **error)
{
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *today = NULL;
  guint from_year;
  guint to_year;
  gint64 amount = 0;

  g_return_val_if_fail (RIAYA_IS_STORE (store), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  if (!_riaya_report_years (params, &from_year, &to_year, error))
    return NULL;

  today = _riaya_report_dup_today (params);
  years = riaya_store_grant_year_totals (store, from_year, to_year, NULL, today, error);
  if (years == NULL)
    return NULL;

  table = riaya_table_new ("grants-by-year", _("Grants by year"));
  riaya_table_add_parameter_int (table, "from_year", from_year);
  riaya_table_add_parameter_int (table, "to_year", to_year);
  riaya_table_add_column (table, "year", _("Year"), RIAYA_TABLE_YEAR);
  riaya_table_add_column (table, "institutions", _("Institutions"), RIAYA_TABLE_INTEGER);
  riaya_table_add_column (table, "capacity", _("Capacity"), RIAYA_TABLE_INTEGER);
  /* Translators: a column title: the sum granted, in dirhams */
  riaya_table_add_column (table, "amount", _("Granted (DH)"), RIAYA_TABLE_MONEY);

  for (guint i = 0; i < years->len; i++)
    {
      const RiayaGrantYearTotals *totals = &g_array_index (years, RiayaGrantYearTotals, i);
      guint row = riaya_table_add_row (table);

      riaya_table_set_integer (table, row, COLUMN_YEAR, totals->year);
      riaya_table_set_integer (table, row, COLUMN_INSTITUTIONS, totals->institutions);
      riaya_table_set_integer (table, row, COLUMN_CAPACITY, totals->capacity);
      riaya_table_set_integer (table, row, COLUMN_AMOUNT, totals->amount);

      /* Integer centimes: exact, and a gint64 holds ninety-two thousand
       * billion dirhams. Should a corrupt database hold more, say so
       * rather than print a wrapped-around sum. */
      if (!riaya_money_add (amount, totals->amount, &amount))
        {
          g_set_error (error, RIAYA_VALIDATION_ERROR, RIAYA_VALIDATION_ERROR_OUT_OF_RANGE,
                       /* Translators: %1$u and %2$u are years */
                       _("The grants of %1$u to %2$u add up to more than this program can count: check the amounts with “riaya-cli grant list”."),
                       from_year, to_year);
          return NULL;
        }
    }

  /* The total row sums the amounts, which add up over years. It leaves
   * the institutions and the capacity empty: an institution granted every
   * year would be counted once per year, and capacity on 31 December of
   * one year and of the next are the same places counted twice. Neither
   * sum means anything, and the published table gives none; the change
   * over the period reads from the first and last rows. */
  riaya_table_add_total (table);
  riaya_table_set_integer (table, RIAYA_TABLE_TOTAL, COLUMN_AMOUNT, amount);

  /* The percentage row: as the ministry's report reads this table
   * ("institutions +15.60% and capacity +43% over the period", the grant
   * down by a fifth in 2020), the change from the first year to the
   * last, per column. A share of the total would mean nothing here (see
   * above). Empty where the first year has nothing to compare with. */
  if (years->len >= 2)
    {
      const guint columns[] = { COLUMN_INSTITUTIONS, COLUMN_CAPACITY, COLUMN_AMOUNT };
      guint last = years->len - 1;

      riaya_table_add_share (table);
      /* Translators: the first cell of the row under the total of the
       * grants by year: each column's change from the first year to the
       * last, in percent */
      riaya_table_set_share_title (table, _("Change over the period"));
      for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
        {
          gint64 first = riaya_table_get_integer (table, 0, columns[i]);
          gint64 final = riaya_table_get_integer (table, last, columns[i]);

          if (first > 0)
            riaya_table_set_percent (table, RIAYA_TABLE_SHARE, columns[i],
                                     100.0 * ((double) final - (double) first) / (double) first);
        }
    }

  return g_steal_pointer (&table);
}
