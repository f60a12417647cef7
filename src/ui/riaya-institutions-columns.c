/* riaya-institutions-columns.c — the columns of the registry list
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cells follow the institution of their row (riaya-institution-rows.c);
 * when an institution changes, the page replaces it in the model so that
 * its row shows it again, refiltered and resorted. Sort keys that need a look-up (type and province names) are
 * collation keys computed once per code, so that sorting 13,000 rows costs
 * a comparison of bytes per pair.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-institution-rows.h"
#include "riaya-institutions-page-private.h"
#include "riaya-status-cell.h"
#include "riaya-text-cell.h"
#include "riaya-ui-util.h"

typedef enum
{
  COLUMN_NAME,
  COLUMN_LICENCE,
  COLUMN_TYPE,
  COLUMN_PROVINCE,
  COLUMN_PLACES,
  COLUMN_OCCUPANCY,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

static const char * const column_ids[N_COLUMNS] = {
  "name", "licence", "type", "province", "places", "occupancy", "status",
};

/* Shared by the province cells and sorter of one column view. */
typedef struct
{
  RiayaContext *context;
  GHashTable   *province_keys; /* code → collation key of its name */
  const char   *type_labels[RIAYA_N_INSTITUTION_TYPES]; /* short, translated */
  char         *type_keys[RIAYA_N_INSTITUTION_TYPES];
  gboolean      probing;
  int           probe_column;
  GtkOrdering   probe_order;
} ColumnData;

static void
column_data_free (gpointer data)
{
  ColumnData *columns = data;

  g_clear_object (&columns->context);
  g_clear_pointer (&columns->province_keys, g_hash_table_unref);
  for (guint i = 0; i < RIAYA_N_INSTITUTION_TYPES; i++)
    g_free (columns->type_keys[i]);
  g_free (columns);
}

static const char *
province_name (ColumnData *columns,
               const char *code)
{
  RiayaTerritory *province = riaya_context_lookup_territory (columns->context, code);

  return province != NULL ? riaya_territory_get_display_name (province) : (code ? code : "");
}

static const char *
province_key (ColumnData *columns,
              const char *code)
{
  const char *key;

  if (code == NULL)
    return "";

  key = g_hash_table_lookup (columns->province_keys, code);
  if (key == NULL)
    {
      char *new_key = g_utf8_collate_key (province_name (columns, code), -1);

      g_hash_table_insert (columns->province_keys, g_strdup (code), new_key);
      key = new_key;
    }

  return key;
}

/* The institution types' short names, for the list: the full names of
 * Law 65.15 art. 3 are cut in a column of any sensible width. The full
 * name is the cell's tooltip. */
static const char *
type_short_label (RiayaInstitutionType type)
{
  switch (type)
    {
    case RIAYA_INSTITUTION_TYPE_KAFALA:
      /* Translators: the short name of an institution type, in the
       * registry list's Type column; its full name shows on hover */
      return C_("type short", "Kafala");
    case RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION:
      return C_("type short", "Child protection");
    case RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE:
      return C_("type short", "Student house");
    case RIAYA_INSTITUTION_TYPE_DISABILITY:
      return C_("type short", "Disability");
    case RIAYA_INSTITUTION_TYPE_HOMELESS:
      return C_("type short", "Homeless");
    case RIAYA_INSTITUTION_TYPE_WOMEN:
      return C_("type short", "Women");
    case RIAYA_INSTITUTION_TYPE_ELDERLY:
      return C_("type short", "Elderly");
    case RIAYA_INSTITUTION_TYPE_SAMU_SOCIAL:
      return C_("type short", "SAMU social");
    case RIAYA_N_INSTITUTION_TYPES:
    default:
      g_return_val_if_reached ("");
    }
}

/* Cells
 *
 * The list's items are rows (riaya-institution-rows.c): a cell shows the
 * institution of its row, and shows the next one when the row is given
 * another after a search, without being made again. Text is set only when
 * it differs, and a text cell (riaya-text-cell.c) then only redraws: it is
 * not measured again. */

/* "present / places", or a dash when no count is known; over capacity
 * in the error colour, and said in words by the cell's tooltip. */
static void
update_occupancy_cell (RiayaTextCell    *cell,
                       RiayaInstitution *institution)
{
  char present[RIAYA_UI_COUNT_BUF_SIZE];
  char places[RIAYA_UI_COUNT_BUF_SIZE];
  g_autofree char *text = NULL;
  gboolean over = institution != NULL && riaya_institution_is_over_capacity (institution);

  /* The class changes only when the state does: restyling costs. */
  if (over != gtk_widget_has_css_class (GTK_WIDGET (cell), "occupancy-over"))
    {
      if (over)
        gtk_widget_add_css_class (GTK_WIDGET (cell), "occupancy-over");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (cell), "occupancy-over");
    }

  if (institution == NULL)
    {
      riaya_text_cell_set_text (cell, NULL);
      return;
    }
  if (riaya_institution_get_presence (institution) == NULL)
    {
      /* Translators: the occupancy of an institution with no count of
       * the people present */
      riaya_text_cell_set_text (cell, C_("occupancy", "—"));
      return;
    }

  riaya_ui_format_count_buf (riaya_institution_get_present (institution), present, sizeof present);
  riaya_ui_format_count_buf (riaya_institution_get_places (institution), places, sizeof places);
  /* Translators: people present, then places licensed */
  text = g_strdup_printf (_("%1$s / %2$s"), present, places);
  riaya_text_cell_set_text (cell, text);
}

static void
update_text_cell (RiayaTextCell    *cell,
                  RiayaInstitution *institution)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "riaya-column"));
  ColumnData *columns = g_object_get_data (G_OBJECT (cell), "riaya-columns");
  char places[RIAYA_UI_COUNT_BUF_SIZE];

  if (column == COLUMN_OCCUPANCY)
    {
      update_occupancy_cell (cell, institution);
      return;
    }

  if (institution == NULL)
    {
      riaya_text_cell_set_text (cell, NULL);
      return;
    }

  switch (column)
    {
    case COLUMN_NAME:
      riaya_text_cell_set_text (cell, riaya_institution_get_display_name (institution));
      break;
    case COLUMN_LICENCE:
      riaya_text_cell_set_text (cell, riaya_institution_get_licence_number (institution));
      break;
    case COLUMN_TYPE:
      riaya_text_cell_set_text (cell, columns->type_labels[riaya_institution_get_institution_type (institution)]);
      break;
    case COLUMN_PROVINCE:
      riaya_text_cell_set_text (cell, province_name (columns,
                                                     riaya_institution_get_province_code (institution)));
      break;
    case COLUMN_PLACES:
      riaya_ui_format_count_buf (riaya_institution_get_places (institution), places, sizeof places);
      riaya_text_cell_set_text (cell, places);
      break;
    case COLUMN_OCCUPANCY:
    case COLUMN_STATUS:
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
update_cell (GtkListItem *item)
{
  RiayaInstitutionRow *row = gtk_list_item_get_item (item);
  RiayaInstitution *institution = row != NULL ? riaya_institution_row_get_institution (row) : NULL;
  GtkWidget *cell = gtk_list_item_get_child (item);

  if (RIAYA_IS_TEXT_CELL (cell))
    update_text_cell (RIAYA_TEXT_CELL (cell), institution);
  else
    {
      riaya_status_cell_set_status (RIAYA_STATUS_CELL (cell),
                                    institution != NULL ? (int) riaya_institution_get_status (institution) : -1);
      riaya_status_cell_set_late (RIAYA_STATUS_CELL (cell),
                                  institution != NULL ? riaya_ui_get_late_grants (institution) : 0);
    }
}

static void
on_row_institution_changed (RiayaInstitutionRow *row,
                            GParamSpec          *pspec,
                            GtkListItem         *item)
{
  update_cell (item);
}

/* Tooltips are asked for when the pointer rests on a cell, never set as
 * rows are bound: setting one costs each row a round trip to the X
 * server. The type's full name; a name or a province when it is cut. */
static gboolean
on_cell_query_tooltip (RiayaTextCell *cell,
                       int            x,
                       int            y,
                       gboolean       keyboard_mode,
                       GtkTooltip    *tooltip,
                       GtkListItem   *item)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "riaya-column"));
  RiayaInstitutionRow *row = gtk_list_item_get_item (item);
  RiayaInstitution *institution = row != NULL ? riaya_institution_row_get_institution (row) : NULL;

  if (institution == NULL)
    return FALSE;

  if (column == COLUMN_TYPE)
    gtk_tooltip_set_text (tooltip, riaya_institution_type_to_label (riaya_institution_get_institution_type (institution)));
  else if (column == COLUMN_OCCUPANCY && riaya_institution_is_over_capacity (institution))
    gtk_tooltip_set_text (tooltip, _("Over capacity: more people present than places in a group"));
  else if (column == COLUMN_OCCUPANCY && riaya_institution_get_presence (institution) == NULL)
    gtk_tooltip_set_text (tooltip, _("No count of the people present"));
  else if (riaya_text_cell_is_ellipsized (cell))
    gtk_tooltip_set_text (tooltip, riaya_text_cell_get_text (cell));
  else
    return FALSE;

  return TRUE;
}

static void
setup_text_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *cell = riaya_text_cell_new ();

  if (column == COLUMN_PLACES || column == COLUMN_OCCUPANCY)
    riaya_text_cell_set_xalign (RIAYA_TEXT_CELL (cell), 1.0f);
  riaya_text_cell_set_tabular (RIAYA_TEXT_CELL (cell),
                               column == COLUMN_PLACES || column == COLUMN_OCCUPANCY || column == COLUMN_LICENCE);
  g_object_set_data (G_OBJECT (cell), "riaya-column", GUINT_TO_POINTER (column));
  g_object_set_data (G_OBJECT (cell), "riaya-columns",
                     g_object_get_data (G_OBJECT (factory), "riaya-columns"));
  if (column == COLUMN_NAME || column == COLUMN_TYPE || column == COLUMN_PROVINCE || column == COLUMN_OCCUPANCY)
    {
      gtk_widget_set_has_tooltip (cell, TRUE);
      g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip), item);
    }

  gtk_list_item_set_child (item, cell);
}

/* The mark of a late grant, in words. */
static gboolean
on_status_query_tooltip (RiayaStatusCell *cell,
                         int              x,
                         int              y,
                         gboolean         keyboard_mode,
                         GtkTooltip      *tooltip,
                         gpointer         user_data)
{
  g_autofree char *text = riaya_status_cell_dup_late_text (riaya_status_cell_get_late (cell));

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_status_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *cell = riaya_status_cell_new ();

  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_status_query_tooltip), NULL);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  g_signal_connect (gtk_list_item_get_item (item), "notify::institution",
                    G_CALLBACK (on_row_institution_changed), item);
  update_cell (item);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_row_institution_changed, item);
}

/* Sorters
 *
 * GtkColumnViewSorter compares pairs through each column's sorter (it has
 * no sort keys), so every comparison here is a byte or integer compare on
 * keys made once. Each comparison also tells the probe which column it
 * belongs to: that is how the primary sort column is read back on GTK 4.8,
 * whose GtkColumnViewSorter has no public API yet (4.10). */

typedef struct
{
  ColumnData *columns;
  Column      column;
} SorterData;

static GQuark name_key_quark;

const char *
_riaya_institutions_name_key (RiayaInstitution *institution)
{
  const char *key;

  if (name_key_quark == 0)
    name_key_quark = g_quark_from_static_string ("riaya-name-collation-key");

  key = g_object_get_qdata (G_OBJECT (institution), name_key_quark);
  if (key == NULL)
    {
      char *new_key = g_utf8_collate_key (riaya_institution_get_display_name (institution), -1);

      g_object_set_qdata_full (G_OBJECT (institution), name_key_quark, new_key, g_free);
      key = new_key;
    }

  return key;
}

void
_riaya_institutions_name_key_forget (RiayaInstitution *institution)
{
  if (name_key_quark != 0)
    g_object_set_qdata (G_OBJECT (institution), name_key_quark, NULL);
}

static int
order_of (int difference)
{
  return difference < 0 ? GTK_ORDERING_SMALLER : (difference > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL);
}

/* By the share of places taken; institutions with no count first, as
 * the least known. */
static int
compare_occupancy (RiayaInstitution *a,
                   RiayaInstitution *b)
{
  gboolean known_a = riaya_institution_get_presence (a) != NULL;
  gboolean known_b = riaya_institution_get_presence (b) != NULL;
  guint64 present_a, present_b, places_a, places_b;

  if (!known_a || !known_b)
    return known_a - known_b;

  present_a = riaya_institution_get_present (a);
  present_b = riaya_institution_get_present (b);
  places_a = riaya_institution_get_places (a);
  places_b = riaya_institution_get_places (b);

  /* present_a / places_a against present_b / places_b, in integers; no
   * places at all counts as fuller than any share. */
  if (places_a == 0 || places_b == 0)
    {
      if (places_a != places_b)
        return places_a == 0 ? 1 : -1;
      return (present_a > present_b) - (present_a < present_b);
    }

  return (present_a * places_b > present_b * places_a) - (present_a * places_b < present_b * places_a);
}

static int
compare_column (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  SorterData *data = user_data;
  ColumnData *columns = data->columns;
  RiayaInstitution *ia = (gpointer) a;
  RiayaInstitution *ib = (gpointer) b;
  int order;

  switch (data->column)
    {
    case COLUMN_NAME:
      order = strcmp (_riaya_institutions_name_key (ia), _riaya_institutions_name_key (ib));
      break;
    case COLUMN_LICENCE:
      order = g_strcmp0 (riaya_institution_get_licence_number (ia), riaya_institution_get_licence_number (ib));
      break;
    case COLUMN_TYPE:
      order = strcmp (columns->type_keys[riaya_institution_get_institution_type (ia)],
                      columns->type_keys[riaya_institution_get_institution_type (ib)]);
      break;
    case COLUMN_PROVINCE:
      order = strcmp (province_key (columns, riaya_institution_get_province_code (ia)),
                      province_key (columns, riaya_institution_get_province_code (ib)));
      break;
    case COLUMN_PLACES:
      order = (riaya_institution_get_places (ia) > riaya_institution_get_places (ib)) -
              (riaya_institution_get_places (ia) < riaya_institution_get_places (ib));
      break;
    case COLUMN_OCCUPANCY:
      order = compare_occupancy (ia, ib);
      break;
    case COLUMN_STATUS:
      /* Status codes run from "not granted" through sanctions to closure:
       * sorting by them groups institutions by how serious things are. */
      order = (int) riaya_institution_get_status (ia) - (int) riaya_institution_get_status (ib);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  if (columns->probing && columns->probe_column < 0)
    {
      columns->probe_column = data->column;
      columns->probe_order = order_of (order);
    }

  return order_of (order);
}

static GtkSorter *
sorter_new (Column      column,
            ColumnData *columns)
{
  SorterData *data = g_new0 (SorterData, 1);

  data->columns = columns;
  data->column = column;

  return GTK_SORTER (gtk_custom_sorter_new (compare_column, data, g_free));
}

gboolean
_riaya_institutions_columns_probe (GtkColumnView *view,
                                   GListModel    *items,
                                   const char   **id,
                                   gboolean      *descending)
{
  ColumnData *columns = g_object_get_data (G_OBJECT (view), "riaya-columns");
  GtkSorter *sorter = gtk_column_view_get_sorter (view);
  guint n = g_list_model_get_n_items (items);
  g_autoptr(GObject) first = NULL;

  /* gtk_sorter_compare() answers "equal" for an item and itself without
   * asking anyone: two different rows are needed. */
  if (n < 2)
    return FALSE;

  first = g_list_model_get_item (items, 0);
  *id = NULL;
  *descending = FALSE;

  /* The first column sorter the view consults is the primary one; its
   * own answer against the view's tells whether the view inverts it. */
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (items, i);
      GtkOrdering view_order;

      columns->probing = TRUE;
      columns->probe_column = -1;
      view_order = gtk_sorter_compare (sorter, first, other);
      columns->probing = FALSE;

      if (columns->probe_column < 0)
        return TRUE; /* no sort column */

      *id = column_ids[columns->probe_column];
      if (columns->probe_order != GTK_ORDERING_EQUAL)
        {
          *descending = view_order == -columns->probe_order;
          return TRUE;
        }
    }

  /* Every row is equal on that column: the direction cannot matter. */
  return TRUE;
}

static const char *
column_title (Column column)
{
  switch (column)
    {
    case COLUMN_NAME:
      return C_("column", "Name");
    case COLUMN_LICENCE:
      return C_("column", "Licence");
    case COLUMN_TYPE:
      return C_("column", "Type");
    case COLUMN_PROVINCE:
      return C_("column", "Province");
    case COLUMN_PLACES:
      return C_("column", "Places");
    case COLUMN_OCCUPANCY:
      return C_("column", "Occupancy");
    case COLUMN_STATUS:
      return C_("column", "Status");
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Room for the widest of @texts in a cell, or for the header @title and
 * its sort arrow: once per column, at start. */
static int
column_width (GtkWidget          *view,
              const char         *title,
              const char * const *texts,
              guint               n_texts,
              gboolean            badge)
{
  /* A cell's padding (Adwaita's data table: 6 px each side), the sort
   * arrow beside a header's title, a badge's padding (style.css). */
  const int cell_padding = 12 + 4;
  const int arrow = 16 + 6;
  const int badge_padding = 16;
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (view, title);
  int width, widest;

  /* Headers are bold (Adwaita): measure them so. */
  {
    g_autoptr(PangoAttrList) bold = pango_attr_list_new ();

    pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
    pango_layout_set_attributes (layout, bold);
    pango_layout_get_pixel_size (layout, &width, NULL);
    widest = width + arrow;
  }

  if (badge)
    {
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_scale_new (1 / 1.2));
      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attributes);
    }
  else
    pango_layout_set_attributes (layout, NULL);

  for (guint i = 0; i < n_texts; i++)
    {
      pango_layout_set_text (layout, texts[i], -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width + (badge ? badge_padding : 0));
    }

  return widest + cell_padding;
}

static int
compare_longer (gconstpointer a,
                gconstpointer b)
{
  return (int) g_utf8_strlen (*(const char **) b, -1) - (int) g_utf8_strlen (*(const char **) a, -1);
}

/* Room for the longest province names (a few, by their number of
 * letters, to measure no more than that at start), within reason. */
static int
province_column_width (GtkWidget    *view,
                       RiayaContext *context)
{
  GListModel *provinces = riaya_context_get_provinces (context);
  guint n = g_list_model_get_n_items (provinces);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaTerritory) province = g_list_model_get_item (provinces, i);

      /* The context keeps the provinces, and so their names. */
      g_ptr_array_add (names, (gpointer) riaya_territory_get_display_name (province));
    }
  g_ptr_array_sort (names, compare_longer);

  return CLAMP (column_width (view, column_title (COLUMN_PROVINCE),
                              (const char * const *) names->pdata, MIN (names->len, 5), FALSE),
                120, 220);
}

void
_riaya_institutions_columns_add (GtkColumnView *view,
                                 RiayaContext  *context)
{
  /* Every column has a width of its own, the name's a minimum before it
   * takes the room left: measuring every cell of a column to size it
   * would cost each keystroke of a search. The type and status columns
   * are as wide as their longest text in the interface's language. */
  int widths[N_COLUMNS] = { 180, 125, 0, 140, 70, 0, 0 };
  ColumnData *columns = g_new0 (ColumnData, 1);
  const char *status_labels[RIAYA_N_LICENCE_STATUSES];

  columns->context = g_object_ref (context);
  columns->province_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint t = 0; t < RIAYA_N_INSTITUTION_TYPES; t++)
    {
      columns->type_labels[t] = type_short_label (t);
      columns->type_keys[t] = g_utf8_collate_key (columns->type_labels[t], -1);
    }
  g_object_set_data_full (G_OBJECT (view), "riaya-columns", columns, column_data_free);

  for (guint s = 0; s < RIAYA_N_LICENCE_STATUSES; s++)
    status_labels[s] = riaya_licence_status_to_label (s);
  widths[COLUMN_TYPE] = column_width (GTK_WIDGET (view), column_title (COLUMN_TYPE),
                                      columns->type_labels, RIAYA_N_INSTITUTION_TYPES, FALSE);
  /* With room for the round mark of a late grant after the badge
   * (riaya-status-cell.c): about a line high, and its gap. */
  widths[COLUMN_STATUS] = column_width (GTK_WIDGET (view), column_title (COLUMN_STATUS),
                                        status_labels, RIAYA_N_LICENCE_STATUSES, TRUE) +
                          riaya_text_cell_line_height (GTK_WIDGET (view));
  widths[COLUMN_PROVINCE] = province_column_width (GTK_WIDGET (view), context);
  {
    /* Room for "present / places" of three digits each: few
     * institutions have a thousand places, and their cell is cut. */
    g_autofree char *sample = g_strdup_printf (_("%1$s / %2$s"), "888", "888");
    const char *samples[] = { sample };

    widths[COLUMN_OCCUPANCY] = column_width (GTK_WIDGET (view), column_title (COLUMN_OCCUPANCY),
                                             samples, 1, FALSE);
  }

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = sorter_new (c, columns);

      g_object_set_data (G_OBJECT (factory), "riaya-columns", columns);
      g_signal_connect (factory, "setup",
                        c == COLUMN_STATUS ? G_CALLBACK (setup_status_cell) : G_CALLBACK (setup_text_cell),
                        GUINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), NULL);

      column = gtk_column_view_column_new (column_title (c), g_object_ref (factory));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, widths[c]);
      gtk_column_view_column_set_expand (column, c == COLUMN_NAME);
      g_object_set_data (G_OBJECT (column), "riaya-column-id", (gpointer) column_ids[c]);

      gtk_column_view_append_column (view, column);
    }
}

const char *
_riaya_institutions_column_get_id (GtkColumnViewColumn *column)
{
  if (column == NULL)
    return NULL;

  return g_object_get_data (G_OBJECT (column), "riaya-column-id");
}

GtkColumnViewColumn *
_riaya_institutions_column_find (GtkColumnView *view,
                                 const char    *id)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (_riaya_institutions_column_get_id (column), id) == 0)
        return column; /* the view keeps it alive */
    }

  return NULL;
}
