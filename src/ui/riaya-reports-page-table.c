/* riaya-reports-page-table.c — a report's table and chart on screen
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The column view shows the RiayaTable as riaya-cli's table format does:
 * the column titles in the interface language, numbers with its digits
 * and grouping, end-aligned; the total and percentage rows under the
 * rows, in bold, as the published tables print them. A region's code is
 * for scripts (the CSV keeps it): on screen its name stands for it. The
 * columns are made again only when the report's columns change, so that
 * a new date only changes the numbers. The chart is the documents' own
 * (riaya-report-chart.h), drawn in the widget's direction and font.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-report-chart.h"
#include "riaya-reports-page-private.h"

/* A row of the column view: its position, whatever the table. A new
 * day's table keeps the rows there are (only those beyond are added or
 * removed) and the cells on screen read the new numbers: nothing is done
 * for each of a compliance table's two thousand rows. */
struct _RiayaReportsRow
{
  GObject           parent_instance;

  RiayaReportsPage *page;     /* owns the model of the rows */
  guint             position;
};

G_DEFINE_FINAL_TYPE (RiayaReportsRow, riaya_reports_row, G_TYPE_OBJECT)

static void
riaya_reports_row_class_init (RiayaReportsRowClass *klass)
{
}

static void
riaya_reports_row_init (RiayaReportsRow *self)
{
}

static RiayaReportsRow *
riaya_reports_row_new (RiayaReportsPage *page,
                       guint             position)
{
  RiayaReportsRow *self = g_object_new (RIAYA_TYPE_REPORTS_ROW, NULL);

  self->page = page;
  self->position = position;
  return self;
}

RiayaTable *
riaya_reports_row_get_table (RiayaReportsRow *self)
{
  g_return_val_if_fail (RIAYA_IS_REPORTS_ROW (self), NULL);
  return self->page->table;
}

guint
riaya_reports_row_get_index (RiayaReportsRow *self)
{
  RiayaTable *table;
  guint n_rows;

  g_return_val_if_fail (RIAYA_IS_REPORTS_ROW (self), 0);

  /* The table's rows, then its total row, then its percentage row. */
  table = self->page->table;
  n_rows = riaya_table_get_n_rows (table);
  if (self->position < n_rows)
    return self->position;
  if (self->position == n_rows && riaya_table_has_total (table))
    return RIAYA_TABLE_TOTAL;
  return RIAYA_TABLE_SHARE;
}

/* A long text column (the detail of a problem) is cut past this many
 * characters. */
#define LONG_TEXT_CHARS 48

/* Which columns show */

/* A code column followed by the name it stands for (region_code, region;
 * province_code, province) leaves the screen to the name. */
static gboolean
column_hidden (RiayaTable *table,
               guint       column)
{
  const char *key = riaya_table_get_column_key (table, column);
  gsize length = strlen (key);

  if (column + 1 >= riaya_table_get_n_columns (table) || !g_str_has_suffix (key, "_code"))
    return FALSE;

  return strlen (riaya_table_get_column_key (table, column + 1)) == length - 5 &&
         strncmp (riaya_table_get_column_key (table, column + 1), key, length - 5) == 0;
}

static guint
first_shown_column (RiayaTable *table)
{
  guint n = riaya_table_get_n_columns (table);

  for (guint i = 0; i < n; i++)
    if (!column_hidden (table, i))
      return i;

  return 0;
}

static gboolean
is_summary_row (guint index)
{
  return index == RIAYA_TABLE_TOTAL || index == RIAYA_TABLE_SHARE;
}

static char *
dup_cell_text (RiayaReportsPage *self,
               RiayaTable       *table,
               guint             row,
               guint             column)
{
  const char *key = riaya_table_get_column_key (table, column);
  char *text = riaya_table_dup_cell_label (table, row, column);

  /* The row's name ("Total", "Percentage") is in the table's first
   * column, which may be a code not shown. */
  if (text == NULL && is_summary_row (row) && column == first_shown_column (table))
    return riaya_table_dup_cell_label (table, row, 0);
  if (text == NULL || is_summary_row (row))
    return text;

  /* Codes are for scripts (the CSV keeps them); people read names: a
   * province's in the interface language, what a problem is. */
  if (g_str_equal (key, "province_code") || g_str_equal (key, "region_code"))
    {
      RiayaTerritory *territory = riaya_context_lookup_territory (self->context, text);

      if (territory != NULL)
        {
          g_free (text);
          return g_strdup (riaya_territory_get_display_name (territory));
        }
    }
  else if (g_str_equal (key, "issue") && g_str_equal (riaya_table_get_name (table), "compliance"))
    {
      const char *label = riaya_report_compliance_issue_label (text);

      if (label != NULL)
        {
          g_free (text);
          return g_strdup (label);
        }
    }

  return text;
}

static gboolean
is_number_column (RiayaTable *table,
                  guint       column)
{
  switch (riaya_table_get_column_kind (table, column))
    {
    case RIAYA_TABLE_INTEGER:
    case RIAYA_TABLE_MONEY:
    case RIAYA_TABLE_PERCENT:
      return TRUE;
    case RIAYA_TABLE_YEAR:
      /* A year that names the row reads as a name. */
      return column != first_shown_column (table);
    case RIAYA_TABLE_TEXT:
    default:
      return FALSE;
    }
}

/* The cells */

static void
update_cell (RiayaReportsRow *row,
             GtkLabel        *label)
{
  RiayaReportsPage *self = g_object_get_data (G_OBJECT (label), "riaya-page");
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "riaya-column"));
  RiayaTable *table = self->table;
  g_autofree char *text = NULL;
  guint index;
  gboolean number;

  if (table == NULL || column >= riaya_table_get_n_columns (table))
    return;

  index = riaya_reports_row_get_index (row);
  text = dup_cell_text (self, table, index, column);
  number = is_number_column (table, column);
  gtk_label_set_text (label, text != NULL ? text : "");
  /* GtkLabel mirrors xalign right to left: numbers stay at the end. */
  gtk_label_set_xalign (label, number ? 1.0f : 0.0f);
  if (number)
    gtk_widget_add_css_class (GTK_WIDGET (label), "report-number");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "report-number");
  if (is_summary_row (index))
    gtk_widget_add_css_class (GTK_WIDGET (label), "report-total");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "report-total");
}

/* The whole sentence of a cut cell, asked for on hover. A tooltip set
 * with each new text cost GTK a search for the widget under the pointer
 * per cell: a compliance table on another day took 300-500 ms to show
 * instead of 20. */
static gboolean
on_cell_query_tooltip (GtkWidget  *widget,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  GtkLabel *label = GTK_LABEL (widget);

  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               RiayaReportsPage         *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "report-cell");
  g_object_set_data (G_OBJECT (label), "riaya-page", self);
  g_object_set_data (G_OBJECT (label), "riaya-column", g_object_get_data (G_OBJECT (factory), "riaya-column"));
  /* A long sentence (a compliance problem's detail) is cut to the room
   * its column has, and read whole on hover. */
  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "riaya-long")))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), LONG_TEXT_CHARS);
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (on_cell_query_tooltip), NULL);
    }
  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              RiayaReportsPage         *self)
{
  RiayaReportsRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  /* A new day's table changes the numbers of the rows in place: no cell
   * is made again (a new widget per cell would cost a frame), and only
   * the cells on screen, kept here, are told. A signal per row told
   * every one of a compliance table's two thousand rows. */
  g_hash_table_insert (self->bound_cells, label, row);
  update_cell (row, GTK_LABEL (label));
}

static void
on_cell_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                RiayaReportsPage         *self)
{
  g_hash_table_remove (self->bound_cells, gtk_list_item_get_child (item));
}

static gboolean
drop_previous_table (gpointer data)
{
  RiayaReportsPage *self = data;

  self->drop_idle = 0;
  g_clear_object (&self->previous_table);
  return G_SOURCE_REMOVE;
}

static gboolean
same_columns (RiayaReportsPage *self)
{
  guint n = riaya_table_get_n_columns (self->table);

  if (self->column_keys == NULL || self->column_keys->len != n)
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (g_ptr_array_index (self->column_keys, i), riaya_table_get_column_key (self->table, i)) != 0)
      return FALSE;

  return TRUE;
}

static void
remove_columns (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (view, column);
    }
}

static void
make_columns (RiayaReportsPage *self)
{
  RiayaTable *table = self->table;
  guint n = riaya_table_get_n_columns (table);
  int expanding = -1;

  /* The rows go first: a column removed then touches no row's cells. */
  g_list_store_remove_all (self->rows);
  remove_columns (self->column_view);
  g_clear_pointer (&self->column_keys, g_ptr_array_unref);
  /* A wider table is scrolled to its start, which is its right end
   * right to left, once laid out. */
  self->scroll_to_start = TRUE;
  self->column_keys = g_ptr_array_new_with_free_func (g_free);

  /* A sentence after the row's name (a compliance problem's detail)
   * takes the room left. The names of the rows do not: the numbers stay
   * beside them, as in the published tables. */
  for (guint i = 0; i < n; i++)
    if (!column_hidden (table, i) && riaya_table_get_column_kind (table, i) == RIAYA_TABLE_TEXT &&
        i != first_shown_column (table))
      expanding = (int) i;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkListItemFactory) factory = NULL;
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_ptr_array_add (self->column_keys, g_strdup (riaya_table_get_column_key (table, i)));
      if (column_hidden (table, i))
        continue;

      factory = gtk_signal_list_item_factory_new ();
      g_object_set_data (G_OBJECT (factory), "riaya-column", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (factory), "riaya-long", GINT_TO_POINTER ((int) i == expanding));
      /* The page outlives its column view's factories. */
      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind), self);
      column = gtk_column_view_column_new (riaya_table_get_column_title (table, i), g_steal_pointer (&factory));
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, (int) i == expanding);
      gtk_column_view_append_column (self->column_view, column);
    }
}

/* The chart */

static RiayaReportChart
chart_kind (RiayaReportsPage *self)
{
  if (self->table == NULL || self->table_report == NULL)
    return RIAYA_REPORT_CHART_NONE;

  return self->table_report->chart;
}

void
_riaya_reports_page_draw_chart (RiayaReportsPage *self,
                                GtkWidget        *widget,
                                cairo_t          *cr,
                                int               width,
                                int               height)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  RiayaReportChart kind = chart_kind (self);

  if (kind == RIAYA_REPORT_CHART_NONE || !riaya_report_chart_available (self->table, kind))
    return;

  /* The chart is drawn as on paper, dark on light, whatever the style:
   * the same picture the PDF holds. */
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);
  cairo_restore (cr);

  riaya_report_chart_draw (self->table, kind, cr, width, height,
                           pango_context_get_font_description (context),
                           gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL);
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  _riaya_reports_page_draw_chart (user_data, GTK_WIDGET (area), cr, width, height);
}

static void
on_hadjustment_changed (GtkAdjustment    *adjustment,
                        RiayaReportsPage *self)
{
  double page = gtk_adjustment_get_page_size (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);

  if (!self->scroll_to_start || page <= 0.0)
    return;

  /* GTK 4.8 keeps a right-to-left column view at the left end, its last
   * columns: show the first, at the right. */
  self->scroll_to_start = FALSE;
  if (gtk_widget_get_direction (GTK_WIDGET (self->column_view)) == GTK_TEXT_DIR_RTL)
    gtk_adjustment_set_value (adjustment, MAX (upper - page, 0.0));
  else
    gtk_adjustment_set_value (adjustment, 0.0);
}

/* Shared with the page */

void
_riaya_reports_page_retire_table (RiayaReportsPage *self)
{
  if (self->table == NULL)
    return;

  /* One still waiting (tables come quicker than frames) goes now. */
  g_clear_object (&self->previous_table);
  self->previous_table = g_steal_pointer (&self->table);
  if (self->drop_idle == 0)
    self->drop_idle = g_idle_add_full (G_PRIORITY_LOW, drop_previous_table, self, NULL);
}

void
_riaya_reports_page_setup_table (RiayaReportsPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  self->rows = g_list_store_new (RIAYA_TYPE_REPORTS_ROW);
  self->bound_cells = g_hash_table_new (NULL, NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)), "changed",
                           G_CALLBACK (on_hadjustment_changed), self, 0);

  /* The page outlives its drawing area: no reference is needed. */
  gtk_drawing_area_set_draw_func (self->chart_area, draw_chart, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_area), FALSE);
  gtk_stack_set_visible_child_name (self->table_stack, "table");
  /* Nothing to save before the first table. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.print", FALSE);
}

void
_riaya_reports_page_show_table (RiayaReportsPage *self)
{
  RiayaTable *table = self->table;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_rows = riaya_table_get_n_rows (table);
  guint n_items, n_new;
  g_autofree char *caption = _riaya_reports_page_dup_caption (self);
  RiayaReportChart kind = chart_kind (self);
  gboolean compliance = g_str_equal (self->table_report->name, "compliance");
  GHashTableIter iter;
  gpointer label, row;

  if (!same_columns (self))
    make_columns (self);

  /* The rows already shown stay; only those beyond are added or
   * removed, in one splice: the view sees one change. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  n_new = n_rows + (riaya_table_has_total (table) ? 1 : 0) + (riaya_table_has_share (table) ? 1 : 0);
  for (guint i = n_items; i < n_new; i++)
    g_ptr_array_add (rows, riaya_reports_row_new (self, i));
  if (n_items > n_new || rows->len > 0)
    g_list_store_splice (self->rows, MIN (n_items, n_new), n_items > n_new ? n_items - n_new : 0,
                         rows->pdata, rows->len);

  /* The cells on screen show their row's new numbers. */
  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &label, &row))
    update_cell (row, label);

  gtk_label_set_text (self->caption_label, caption);
  gtk_widget_set_visible (GTK_WIDGET (self->caption_label), *caption != '\0');

  if (n_rows == 0)
    {
      adw_status_page_set_title (self->empty_page,
                                 compliance ? _("No Problem Found") : _("Nothing to Count"));
      adw_status_page_set_description (self->empty_page,
                                       compliance ? _("Every institution licensed on this day meets the "
                                                      "checks of this report.")
                                                  : _("No line of this report matches these options: "
                                                      "choose another day, period or region."));
      gtk_stack_set_visible_child_name (self->table_stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->table_stack, "table");

  gtk_widget_set_visible (GTK_WIDGET (self->chart_area),
                          kind != RIAYA_REPORT_CHART_NONE && riaya_report_chart_available (table, kind));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.print", TRUE);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart_area));
}

char *
_riaya_reports_page_dup_cell_text (RiayaReportsPage *self,
                                   guint             row,
                                   const char       *key)
{
  guint n;

  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), NULL);

  if (self->table == NULL)
    return NULL;

  n = riaya_table_get_n_columns (self->table);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (riaya_table_get_column_key (self->table, i), key))
      return column_hidden (self->table, i) ? NULL : dup_cell_text (self, self->table, row, i);

  return NULL;
}
