/* riaya-report-chart-series.c — what a chart shows, taken from its table
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart draws one column of its table, the one a reader of the
 * published tables looks at first: the total of each region (institutions
 * or places, all types together), the occupancy rate, the visits made,
 * the amount granted each year. The compliance report is a list of
 * problems, not a table of figures: its chart counts them per issue. The
 * total and percentage rows are never drawn: a bar for the nation would
 * dwarf the regions.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "riaya-document-layout-private.h"
#include "riaya-report-chart-private.h"

/* Money is shown in millions of dirhams from this many dirhams up. */
#define MILLIONS_FROM 10e6

/* The columns a bar chart draws, the first the table has. */
static const char * const bar_columns[] = { "total", "rate", "visits", "amount", NULL };
/* The columns that name the rows. */
static const char * const name_columns[] = { "region", "province", "year", NULL };

static void
point_clear (RiayaReportChartPoint *point)
{
  g_clear_pointer (&point->label, g_free);
  g_clear_pointer (&point->value_label, g_free);
}

void
_riaya_report_chart_series_free (RiayaReportChartSeries *series)
{
  if (series == NULL)
    return;
  g_clear_pointer (&series->points, g_array_unref);
  g_free (series->caption);
  g_free (series);
}

static guint
find_column (RiayaTable  *table,
             const char * const *keys)
{
  guint n_columns = riaya_table_get_n_columns (table);

  for (guint k = 0; keys[k] != NULL; k++)
    for (guint c = 0; c < n_columns; c++)
      if (g_str_equal (riaya_table_get_column_key (table, c), keys[k]))
        return c;

  return G_MAXUINT;
}

static gboolean
is_measure (RiayaTableKind kind)
{
  return kind == RIAYA_TABLE_INTEGER || kind == RIAYA_TABLE_MONEY || kind == RIAYA_TABLE_PERCENT;
}

/* The column drawn: the one that matters by its key, else the last
 * column of figures. */
static guint
value_column (RiayaTable       *table,
              RiayaReportChart  kind)
{
  static const char * const line_columns[] = { "amount", NULL };
  guint column = find_column (table, kind == RIAYA_REPORT_CHART_LINE ? line_columns : bar_columns);

  if (column != G_MAXUINT)
    return column;
  for (guint c = riaya_table_get_n_columns (table); c > 0; c--)
    if (is_measure (riaya_table_get_column_kind (table, c - 1)))
      return c - 1;

  return G_MAXUINT;
}

static guint
name_column (RiayaTable *table)
{
  guint column = find_column (table, name_columns);

  if (column != G_MAXUINT)
    return column;
  for (guint c = 0; c < riaya_table_get_n_columns (table); c++)
    if (riaya_table_get_column_kind (table, c) == RIAYA_TABLE_TEXT)
      return c;

  return 0;
}

/* A number with one decimal, its digits grouped and the interface
 * language's decimal mark (never negative here). */
static char *
format_one_decimal (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *text = g_ascii_formatd (buffer, sizeof buffer, "%.1f", value);
  g_autofree char *integer = riaya_table_format_integer (g_ascii_strtoll (text, NULL, 10));

  /* Translators: the decimal mark of numbers shown to people: “,” in French */
  return g_strconcat (integer, C_("decimal mark", "."), strchr (text, '.') + 1, NULL);
}

/* Counts the problems of each issue, in the order the report checks
 * them: every check has its bar, those that found nothing too. */
static void
count_issues (RiayaTable             *table,
              RiayaReportChartSeries *series)
{
  const char * const *issues = riaya_report_compliance_issues ();
  static const char * const issue_column[] = { "issue", NULL };
  guint column = find_column (table, issue_column);
  guint n_rows = riaya_table_get_n_rows (table);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint r = 0; r < n_rows && column != G_MAXUINT; r++)
    {
      const char *issue = riaya_table_get_text (table, r, column);

      if (issue != NULL)
        g_hash_table_insert (counts, (gpointer) issue,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, issue)) + 1));
    }

  for (guint i = 0; issues[i] != NULL; i++)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, issues[i]));
      RiayaReportChartPoint point = {
        g_strdup (riaya_report_compliance_issue_label (issues[i])),
        riaya_table_format_integer (count),
        count,
        TRUE,
      };

      g_array_append_val (series->points, point);
    }

  series->kind = RIAYA_TABLE_INTEGER;
  series->caption = g_strdup (_("Problems found, by issue"));
}

static void
read_column (RiayaTable             *table,
             RiayaReportChartSeries *series,
             guint                   names,
             guint                   values)
{
  guint n_rows = riaya_table_get_n_rows (table);
  double largest = 0;

  series->kind = riaya_table_get_column_kind (table, values);
  for (guint r = 0; r < n_rows; r++)
    {
      RiayaReportChartPoint point = { NULL, NULL, 0, FALSE };
      g_autofree char *name = riaya_table_dup_cell_label (table, r, names);

      point.label = g_strdup (name != NULL ? name : "");
      point.set = !riaya_table_is_empty (table, r, values);
      if (point.set && series->kind == RIAYA_TABLE_PERCENT)
        point.value = riaya_table_get_percent (table, r, values);
      else if (point.set && series->kind == RIAYA_TABLE_MONEY)
        point.value = riaya_table_get_integer (table, r, values) / 100.0;
      else if (point.set)
        point.value = riaya_table_get_integer (table, r, values);
      largest = MAX (largest, point.value);
      g_array_append_val (series->points, point);
    }

  /* The grants reach hundreds of millions of dirhams: the axis and the
   * dots say "155.6" under a caption "in millions", not "155,636,200.00",
   * which would not fit between two years. */
  series->millions = series->kind == RIAYA_TABLE_MONEY && largest >= MILLIONS_FROM;
  for (guint i = 0; i < series->points->len; i++)
    {
      RiayaReportChartPoint *point = &g_array_index (series->points, RiayaReportChartPoint, i);

      if (!point->set)
        continue;
      if (series->millions)
        point->value /= 1e6;
      if (series->millions)
        point->value_label = format_one_decimal (point->value);
      else if (series->kind == RIAYA_TABLE_MONEY)
        point->value_label = riaya_table_format_integer ((gint64) llround (point->value));
      else
        point->value_label = riaya_table_dup_cell_label (table, i, values);
    }

  if (series->millions)
    series->caption = g_strdup_printf (/* Translators: %s is the title of a column of amounts, such as “Granted (DH)”, whose values a chart shows in millions */
                                       _("%s, in millions"),
                                       riaya_table_get_column_title (table, values));
  else
    series->caption = g_strdup (riaya_table_get_column_title (table, values));
}

/* Round values for the axis: a step of 1, 2 or 5 times a power of ten,
 * four or five of them up to the largest value. */
static void
choose_axis (RiayaReportChartSeries *series)
{
  double largest = 0, raw, magnitude, norm;

  for (guint i = 0; i < series->points->len; i++)
    largest = MAX (largest, g_array_index (series->points, RiayaReportChartPoint, i).value);

  raw = largest > 0 ? largest / 4 : 1;
  magnitude = pow (10, floor (log10 (raw)));
  norm = raw / magnitude;
  series->step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
  /* Counts go up in whole institutions. */
  if (series->kind == RIAYA_TABLE_INTEGER && series->step < 1)
    series->step = 1;
  series->top = MAX (1, ceil (largest / series->step - 1e-9)) * series->step;
}

RiayaReportChartSeries *
_riaya_report_chart_series_new (RiayaTable       *table,
                                RiayaReportChart  kind)
{
  g_autoptr(RiayaReportChartSeries) series = NULL;

  g_assert (RIAYA_IS_TABLE (table));

  if (kind == RIAYA_REPORT_CHART_NONE || riaya_table_get_n_rows (table) == 0)
    return NULL;

  series = g_new0 (RiayaReportChartSeries, 1);
  series->points = g_array_new (FALSE, TRUE, sizeof (RiayaReportChartPoint));
  g_array_set_clear_func (series->points, (GDestroyNotify) point_clear);

  if (g_str_equal (riaya_table_get_name (table), "compliance"))
    count_issues (table, series);
  else
    {
      guint values = value_column (table, kind);

      if (values == G_MAXUINT)
        return NULL;
      read_column (table, series, name_column (table), values);
    }

  choose_axis (series);
  return g_steal_pointer (&series);
}

char *
_riaya_report_chart_dup_tick (const RiayaReportChartSeries *series,
                              double                        value)
{
  gboolean whole = fabs (series->step - round (series->step)) < 1e-9;
  g_autofree char *number = whole ? riaya_table_format_integer ((gint64) llround (value))
                                  : format_one_decimal (value);

  if (series->kind == RIAYA_TABLE_PERCENT)
    /* Translators: a rate in percent, such as “87.5%”; French writes “87,5 %” */
    return g_strdup_printf (_("%s%%"), number);

  return g_steal_pointer (&number);
}

double
_riaya_report_chart_widest_tick (const RiayaReportChartSeries *series,
                                 PangoContext                 *context,
                                 const PangoFontDescription   *font,
                                 gboolean                      rtl)
{
  double widest = 0;

  for (double value = 0; value <= series->top + series->step / 2; value += series->step)
    {
      g_autofree char *text = _riaya_report_chart_dup_tick (series, value);
      g_autoptr(PangoLayout) layout = _riaya_document_new_layout (context, font, rtl, text, -1,
                                                                  RIAYA_DOCUMENT_ALIGN_END);
      PangoRectangle logical;

      pango_layout_get_extents (layout, NULL, &logical);
      widest = MAX (widest, (double) logical.width / PANGO_SCALE);
    }

  return widest;
}
