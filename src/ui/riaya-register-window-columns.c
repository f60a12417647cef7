/* riaya-register-window-columns.c — the columns of the register's list
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cells follow the row they are in (riaya-register-rows.c): a search
 * gives a row another entry, and its cells only set their text again.
 * Every column sorts by keys made once per entry or per label, so that a
 * comparison is a compare of integers or bytes.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-register-rows.h"
#include "riaya-register-window-private.h"
#include "riaya-text-cell.h"

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_LAST_NAME,
  COLUMN_FIRST_NAME,
  COLUMN_SEX,
  COLUMN_AGE,
  COLUMN_CATEGORY,
  COLUMN_ADMITTED,
  COLUMN_REFERRAL,
  COLUMN_EXITED,
  COLUMN_EXIT_REASON,
  N_COLUMNS
} Column;

static const char * const column_ids[N_COLUMNS] = {
  "number", "last-name", "first-name", "sex", "age",
  "category", "admitted", "referral", "exited", "exit-reason",
};

/* Collation keys of the labels of the coded columns, made once. */
typedef struct
{
  char *category[RIAYA_N_CATEGORIES];
  char *referral[RIAYA_N_REFERRALS];
  char *exit_reason[RIAYA_N_EXIT_REASONS];
} LabelKeys;

static LabelKeys *
label_keys_new (void)
{
  LabelKeys *keys = g_new0 (LabelKeys, 1);

  for (guint i = 0; i < RIAYA_N_CATEGORIES; i++)
    keys->category[i] = g_utf8_collate_key (riaya_category_to_label (i), -1);
  for (guint i = 0; i < RIAYA_N_REFERRALS; i++)
    keys->referral[i] = g_utf8_collate_key (riaya_referral_to_label (i), -1);
  for (guint i = 0; i < RIAYA_N_EXIT_REASONS; i++)
    keys->exit_reason[i] = g_utf8_collate_key (riaya_exit_reason_to_label (i), -1);

  return keys;
}

static void
label_keys_free (gpointer data)
{
  LabelKeys *keys = data;

  for (guint i = 0; i < RIAYA_N_CATEGORIES; i++)
    g_free (keys->category[i]);
  for (guint i = 0; i < RIAYA_N_REFERRALS; i++)
    g_free (keys->referral[i]);
  for (guint i = 0; i < RIAYA_N_EXIT_REASONS; i++)
    g_free (keys->exit_reason[i]);
  g_free (keys);
}

static const char *
cell_text (RiayaRegisterEntry *entry,
           Column              column)
{
  RiayaStay *stay = entry->stay;
  gboolean gone = riaya_stay_get_exited_on (stay) != NULL;

  switch (column)
    {
    case COLUMN_NUMBER:
      return entry->number_text;
    case COLUMN_LAST_NAME:
      return riaya_resident_get_last_name (riaya_stay_get_resident (stay));
    case COLUMN_FIRST_NAME:
      return riaya_resident_get_first_name (riaya_stay_get_resident (stay));
    case COLUMN_SEX:
      return riaya_sex_to_label (riaya_resident_get_sex (riaya_stay_get_resident (stay)));
    case COLUMN_AGE:
      return entry->age_text;
    case COLUMN_CATEGORY:
      return riaya_category_to_label (riaya_stay_get_category (stay));
    case COLUMN_ADMITTED:
      return riaya_stay_get_admitted_on (stay);
    case COLUMN_REFERRAL:
      return riaya_referral_to_label (riaya_stay_get_referral (stay));
    case COLUMN_EXITED:
      return riaya_stay_get_exited_on (stay);
    case COLUMN_EXIT_REASON:
      return gone ? riaya_exit_reason_to_label (riaya_stay_get_exit_reason (stay)) : NULL;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
update_cell (RiayaTextCell    *cell,
             RiayaRegisterRow *row)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "riaya-column"));
  RiayaRegisterEntry *entry = riaya_register_row_get_entry (row);

  riaya_text_cell_set_text (cell, entry != NULL ? cell_text (entry, column) : NULL);
}

static gboolean
on_cell_query_tooltip (RiayaTextCell *cell,
                       int            x,
                       int            y,
                       gboolean       keyboard_mode,
                       GtkTooltip    *tooltip,
                       gpointer       user_data)
{
  if (!riaya_text_cell_is_ellipsized (cell))
    return FALSE;

  gtk_tooltip_set_text (tooltip, riaya_text_cell_get_text (cell));
  return TRUE;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *cell = riaya_text_cell_new ();
  gboolean numeric = column == COLUMN_NUMBER || column == COLUMN_AGE;

  if (numeric)
    riaya_text_cell_set_xalign (RIAYA_TEXT_CELL (cell), 1.0f);
  riaya_text_cell_set_tabular (RIAYA_TEXT_CELL (cell),
                               numeric || column == COLUMN_ADMITTED || column == COLUMN_EXITED);
  g_object_set_data (G_OBJECT (cell), "riaya-column", user_data);
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip), NULL);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  RiayaRegisterRow *row = gtk_list_item_get_item (item);
  GtkWidget *cell = gtk_list_item_get_child (item);

  g_signal_connect_swapped (row, "changed", G_CALLBACK (update_cell), cell);
  update_cell (RIAYA_TEXT_CELL (cell), row);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), update_cell,
                                        gtk_list_item_get_child (item));
}

typedef struct
{
  LabelKeys *keys;
  Column     column;
} SorterData;

static int
compare_int (int a,
             int b)
{
  return (a > b) - (a < b);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  SorterData *data = user_data;
  const RiayaRegisterEntry *ea = a;
  const RiayaRegisterEntry *eb = b;
  RiayaStay *sa = ea->stay;
  RiayaStay *sb = eb->stay;
  int order;

  switch (data->column)
    {
    case COLUMN_NUMBER:
      order = compare_int ((int) riaya_stay_get_register_number (sa), (int) riaya_stay_get_register_number (sb));
      break;
    case COLUMN_LAST_NAME:
      order = strcmp (ea->last_key, eb->last_key);
      break;
    case COLUMN_FIRST_NAME:
      order = strcmp (ea->first_key, eb->first_key);
      break;
    case COLUMN_SEX:
      order = compare_int (riaya_resident_get_sex (riaya_stay_get_resident (sa)),
                           riaya_resident_get_sex (riaya_stay_get_resident (sb)));
      break;
    case COLUMN_AGE:
      order = compare_int (ea->age, eb->age);
      break;
    case COLUMN_CATEGORY:
      order = strcmp (data->keys->category[riaya_stay_get_category (sa)],
                      data->keys->category[riaya_stay_get_category (sb)]);
      break;
    case COLUMN_ADMITTED:
      /* ISO dates sort as text. */
      order = g_strcmp0 (riaya_stay_get_admitted_on (sa), riaya_stay_get_admitted_on (sb));
      break;
    case COLUMN_REFERRAL:
      order = strcmp (data->keys->referral[riaya_stay_get_referral (sa)],
                      data->keys->referral[riaya_stay_get_referral (sb)]);
      break;
    case COLUMN_EXITED:
      order = g_strcmp0 (riaya_stay_get_exited_on (sa), riaya_stay_get_exited_on (sb));
      break;
    case COLUMN_EXIT_REASON:
      /* Those still present first, as for the exit date. */
      order = compare_int (riaya_stay_get_exited_on (sa) != NULL, riaya_stay_get_exited_on (sb) != NULL);
      if (order == 0 && riaya_stay_get_exited_on (sa) != NULL)
        order = strcmp (data->keys->exit_reason[riaya_stay_get_exit_reason (sa)],
                        data->keys->exit_reason[riaya_stay_get_exit_reason (sb)]);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  return order < 0 ? GTK_ORDERING_SMALLER : (order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL);
}

static const char *
column_title (Column column)
{
  switch (column)
    {
    case COLUMN_NUMBER:
      /* Translators: the register number's column, kept short */
      return C_("register column", "No.");
    case COLUMN_LAST_NAME:
      return C_("register column", "Last name");
    case COLUMN_FIRST_NAME:
      return C_("register column", "First name");
    case COLUMN_SEX:
      return C_("register column", "Sex");
    case COLUMN_AGE:
      return C_("register column", "Age");
    case COLUMN_CATEGORY:
      return C_("register column", "Category");
    case COLUMN_ADMITTED:
      return C_("register column", "Admitted");
    case COLUMN_REFERRAL:
      return C_("register column", "Referral");
    case COLUMN_EXITED:
      return C_("register column", "Exited");
    case COLUMN_EXIT_REASON:
      return C_("register column", "Exit reason");
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Widths are set, not measured from the cells: measuring every cell of a
 * column would cost each keystroke of a search. Together they fit the
 * window's default width; a longer label is cut, whole in its tooltip. */
void
_riaya_register_columns_add (GtkColumnView *view)
{
  static const int widths[N_COLUMNS] = { 56, 130, 120, 70, 56, 150, 100, 150, 100, 150 };
  LabelKeys *keys = label_keys_new ();

  g_object_set_data_full (G_OBJECT (view), "riaya-label-keys", keys, label_keys_free);

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;
      SorterData *data = g_new0 (SorterData, 1);

      data->keys = keys;
      data->column = c;
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_entries, data, g_free));

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), NULL);

      column = gtk_column_view_column_new (column_title (c), g_object_ref (factory));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, widths[c]);
      gtk_column_view_column_set_expand (column, c == COLUMN_LAST_NAME || c == COLUMN_FIRST_NAME);
      g_object_set_data (G_OBJECT (column), "riaya-column-id", (gpointer) column_ids[c]);
      gtk_column_view_append_column (view, column);
    }
}

GtkColumnViewColumn *
_riaya_register_column_find (GtkColumnView *view,
                             const char    *id)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "riaya-column-id"), id) == 0)
        return column; /* the view keeps it alive */
    }

  return NULL;
}
