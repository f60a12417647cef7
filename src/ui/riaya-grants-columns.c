/* riaya-grants-columns.c — the columns of the list of grants
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per grant: its institution and licence, year, kind, the amount
 * granted, paid and still due, the justification and where the grant
 * stands. What is late — a tranche past due and unpaid, a justification
 * past due — is in the error colour and said in words: the status badge
 * reads "Late", and the cells' tooltips say what is late since when.
 * Amounts are aligned to the end of their column, as figures are.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-grants-page-private.h"
#include "riaya-text-cell.h"
#include "riaya-ui-util.h"

/* In the order shown: where a grant stands comes early, so that the
 * late flag is seen even when a narrow window cuts the last columns. */
typedef enum
{
  COLUMN_INSTITUTION,
  COLUMN_LICENCE,
  COLUMN_YEAR,
  COLUMN_STATUS,
  COLUMN_KIND,
  COLUMN_AMOUNT,
  COLUMN_PAID,
  COLUMN_REMAINING,
  COLUMN_JUSTIFICATION,
  N_COLUMNS
} Column;

/* What the cells of one column view share. */
typedef struct
{
  char *today;
} ColumnData;

static void
column_data_free (gpointer data)
{
  ColumnData *columns = data;

  g_free (columns->today);
  g_free (columns);
}

static const char *
column_title (Column column)
{
  switch (column)
    {
    case COLUMN_INSTITUTION:
      return C_("grant column", "Institution");
    case COLUMN_LICENCE:
      return C_("grant column", "Licence");
    case COLUMN_YEAR:
      return C_("grant column", "Year");
    case COLUMN_KIND:
      return C_("grant column", "Kind");
    case COLUMN_AMOUNT:
      return C_("grant column", "Granted");
    case COLUMN_PAID:
      return C_("grant column", "Paid");
    case COLUMN_REMAINING:
      return C_("grant column", "Still due");
    case COLUMN_JUSTIFICATION:
      return C_("grant column", "Justification");
    case COLUMN_STATUS:
      return C_("grant column", "Status");
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_amount (Column column)
{
  return column == COLUMN_AMOUNT || column == COLUMN_PAID || column == COLUMN_REMAINING;
}

/* An ISO date kept left to right in an Arabic sentence: after Arabic
 * letters its digits are Arabic numbers, which the bidi algorithm does not
 * join across "-", so "2027-03-31" would show as "31-03-2027". A
 * left-to-right isolate (U+2066 … U+2069) keeps it whole. Returns a
 * static buffer: use it at once. */
static const char *
isolated_date (const char *date)
{
  static char buffer[64];

  if (date == NULL)
    return "";

  g_snprintf (buffer, sizeof buffer, "\u2066%s\u2069", date);
  return buffer;
}

/* "Awaited · 2025-03-31": the state of the justification and the date
 * that matters for it. */
static char *
justification_text (RiayaGrant *grant)
{
  RiayaJustificationState state = riaya_grant_get_justification_state (grant);
  const char *date = NULL;

  switch (state)
    {
    case RIAYA_JUSTIFICATION_NOT_ASKED:
      return g_strdup (riaya_justification_state_to_label (state));
    case RIAYA_JUSTIFICATION_AWAITED:
      date = riaya_grant_get_justification_due (grant);
      break;
    case RIAYA_JUSTIFICATION_RECEIVED:
      date = riaya_grant_get_justification_received (grant);
      break;
    case RIAYA_JUSTIFICATION_APPROVED:
      date = riaya_grant_get_justification_approved (grant);
      break;
    case RIAYA_JUSTIFICATION_REJECTED:
      date = riaya_grant_get_justification_rejected (grant);
      break;
    case RIAYA_N_JUSTIFICATION_STATES:
    default:
      g_assert_not_reached ();
    }

  /* Translators: a grant's justification in the list: its state
   * ("Awaited", "Received"…), then the date of that state */
  return g_strdup_printf (C_("justification cell", "%1$s · %2$s"),
                          riaya_justification_state_to_label (state), isolated_date (date));
}

/* What is late about @grant, in words, or NULL. */
static char *
late_text (RiayaGrant *grant,
           const char *today)
{
  guint overdue = riaya_grant_count_overdue_tranches (grant, today);
  GString *text = g_string_new (NULL);

  if (overdue > 0)
    /* Translators: a tooltip in the list of grants; %u is a number of tranches */
    g_string_append_printf (text, ngettext ("%u tranche past due and not paid",
                                            "%u tranches past due and not paid", overdue),
                            overdue);
  if (riaya_grant_is_justification_overdue (grant, today))
    {
      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append_printf (text,
                              riaya_grant_get_justification_state (grant) == RIAYA_JUSTIFICATION_REJECTED
                              /* Translators: a tooltip in the list of grants; %s is a date */
                              ? _("Justification rejected, and owed since %s")
                              /* Translators: a tooltip in the list of grants; %s is a date */
                              : _("Justification due on %s, not received"),
                              isolated_date (riaya_grant_get_justification_due (grant)));
    }

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }

  return g_string_free (text, FALSE);
}

static void
set_overdue (GtkWidget *cell,
             gboolean   overdue)
{
  /* The class changes only when the state does: restyling costs. */
  if (overdue != gtk_widget_has_css_class (cell, "grant-overdue"))
    {
      if (overdue)
        gtk_widget_add_css_class (cell, "grant-overdue");
      else
        gtk_widget_remove_css_class (cell, "grant-overdue");
    }
}

static void
update_cell (GtkListItem *item)
{
  RiayaGrant *grant = gtk_list_item_get_item (item);
  GtkWidget *cell = gtk_list_item_get_child (item);
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "riaya-column"));
  ColumnData *columns = g_object_get_data (G_OBJECT (cell), "riaya-columns");
  g_autofree char *text = NULL;

  if (grant == NULL)
    {
      if (RIAYA_IS_TEXT_CELL (cell))
        riaya_text_cell_set_text (RIAYA_TEXT_CELL (cell), NULL);
      return;
    }

  switch (column)
    {
    case COLUMN_INSTITUTION:
      riaya_text_cell_set_text (RIAYA_TEXT_CELL (cell), riaya_grant_get_institution_name (grant));
      return;
    case COLUMN_LICENCE:
      riaya_text_cell_set_text (RIAYA_TEXT_CELL (cell), riaya_grant_get_licence_number (grant));
      return;
    case COLUMN_YEAR:
      text = g_strdup_printf ("%u", riaya_grant_get_year (grant));
      break;
    case COLUMN_KIND:
      riaya_text_cell_set_text (RIAYA_TEXT_CELL (cell), riaya_grant_kind_to_label (riaya_grant_get_kind (grant)));
      return;
    case COLUMN_AMOUNT:
      text = riaya_ui_format_money (riaya_grant_get_amount (grant));
      break;
    case COLUMN_PAID:
      text = riaya_ui_format_money (riaya_grant_get_paid (grant));
      break;
    case COLUMN_REMAINING:
      text = riaya_ui_format_money (riaya_grant_get_remaining (grant));
      set_overdue (cell, riaya_grant_count_overdue_tranches (grant, columns->today) > 0);
      break;
    case COLUMN_JUSTIFICATION:
      text = justification_text (grant);
      set_overdue (cell, riaya_grant_is_justification_overdue (grant, columns->today));
      break;
    case COLUMN_STATUS:
      riaya_ui_set_grant_status_badge (GTK_LABEL (cell), riaya_grant_get_status (grant, columns->today));
      return;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  riaya_text_cell_set_text (RIAYA_TEXT_CELL (cell), text);
}

/* Asked for when the pointer rests on a cell: what is late, or the text
 * a narrow column cuts. */
static gboolean
on_cell_query_tooltip (GtkWidget   *cell,
                       int          x,
                       int          y,
                       gboolean     keyboard_mode,
                       GtkTooltip  *tooltip,
                       GtkListItem *item)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "riaya-column"));
  ColumnData *columns = g_object_get_data (G_OBJECT (cell), "riaya-columns");
  RiayaGrant *grant = gtk_list_item_get_item (item);
  g_autofree char *late = NULL;

  if (grant == NULL)
    return FALSE;

  if (column == COLUMN_STATUS || column == COLUMN_REMAINING || column == COLUMN_JUSTIFICATION)
    late = late_text (grant, columns->today);
  if (late != NULL)
    gtk_tooltip_set_text (tooltip, late);
  else if (RIAYA_IS_TEXT_CELL (cell) && riaya_text_cell_is_ellipsized (RIAYA_TEXT_CELL (cell)))
    gtk_tooltip_set_text (tooltip, riaya_text_cell_get_text (RIAYA_TEXT_CELL (cell)));
  else
    return FALSE;

  return TRUE;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  Column column = GPOINTER_TO_UINT (user_data);
  GtkWidget *cell;

  if (column == COLUMN_STATUS)
    {
      cell = gtk_label_new (NULL);
      gtk_widget_set_halign (cell, GTK_ALIGN_START);
      gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
    }
  else
    {
      cell = riaya_text_cell_new ();
      /* Figures line up at their end: on the left, right to left. */
      if (is_amount (column) || column == COLUMN_YEAR)
        riaya_text_cell_set_xalign (RIAYA_TEXT_CELL (cell), 1.0f);
      riaya_text_cell_set_tabular (RIAYA_TEXT_CELL (cell), is_amount (column) || column == COLUMN_YEAR ||
                                                           column == COLUMN_LICENCE);
    }

  g_object_set_data (G_OBJECT (cell), "riaya-column", GUINT_TO_POINTER (column));
  g_object_set_data (G_OBJECT (cell), "riaya-columns", g_object_get_data (G_OBJECT (factory), "riaya-columns"));
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip), item);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  update_cell (item);
}

/* Sorters: keys made once per grant, compared as bytes or integers */

static GQuark name_key_quark;

static const char *
name_key (RiayaGrant *grant)
{
  const char *key = g_object_get_qdata (G_OBJECT (grant), name_key_quark);

  if (key == NULL)
    {
      const char *name = riaya_grant_get_institution_name (grant);
      char *new_key = g_utf8_collate_key (name != NULL ? name : "", -1);

      g_object_set_qdata_full (G_OBJECT (grant), name_key_quark, new_key, g_free);
      key = new_key;
    }

  return key;
}

static int
compare_money (gint64 a,
               gint64 b)
{
  return (a > b) - (a < b);
}

typedef struct
{
  Column      column;
  ColumnData *columns;
} SorterData;

static int
compare_column (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  SorterData *data = user_data;
  RiayaGrant *ga = (gpointer) a;
  RiayaGrant *gb = (gpointer) b;
  int order;

  switch (data->column)
    {
    case COLUMN_INSTITUTION:
      order = strcmp (name_key (ga), name_key (gb));
      break;
    case COLUMN_LICENCE:
      order = g_strcmp0 (riaya_grant_get_licence_number (ga), riaya_grant_get_licence_number (gb));
      break;
    case COLUMN_YEAR:
      order = (int) riaya_grant_get_year (ga) - (int) riaya_grant_get_year (gb);
      break;
    case COLUMN_KIND:
      order = (int) riaya_grant_get_kind (ga) - (int) riaya_grant_get_kind (gb);
      break;
    case COLUMN_AMOUNT:
      order = compare_money (riaya_grant_get_amount (ga), riaya_grant_get_amount (gb));
      break;
    case COLUMN_PAID:
      order = compare_money (riaya_grant_get_paid (ga), riaya_grant_get_paid (gb));
      break;
    case COLUMN_REMAINING:
      order = compare_money (riaya_grant_get_remaining (ga), riaya_grant_get_remaining (gb));
      break;
    case COLUMN_JUSTIFICATION:
      order = (int) riaya_grant_get_justification_state (ga) - (int) riaya_grant_get_justification_state (gb);
      break;
    case COLUMN_STATUS:
      /* Open, late, closed: late ones together. */
      order = (int) riaya_grant_get_status (ga, data->columns->today) -
              (int) riaya_grant_get_status (gb, data->columns->today);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  return order < 0 ? GTK_ORDERING_SMALLER : (order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL);
}

/* Room for @sample in a cell (in bold when @bold: what is late is
 * shown so), or for the header @title, whichever is wider. The sort
 * arrow gets no room of its own: the header's title is cut instead. */
static int
column_width (GtkWidget  *view,
              const char *title,
              const char *sample,
              gboolean    bold)
{
  /* Adwaita's data table: 6 px each side of a cell, and some air. */
  const int cell_padding = 12 + 4;
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (view, title);
  g_autoptr(PangoAttrList) bold_attributes = pango_attr_list_new ();
  int width, widest;

  pango_attr_list_insert (bold_attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, bold_attributes);
  pango_layout_get_pixel_size (layout, &widest, NULL);
  /* A header's button has more padding than a cell. */
  widest += 8;

  pango_layout_set_attributes (layout, bold ? bold_attributes : NULL);
  pango_layout_set_text (layout, sample, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return MAX (widest, width) + cell_padding;
}

void
_riaya_grants_columns_add (GtkColumnView *view,
                           RiayaContext  *context,
                           const char    *today)
{
  ColumnData *columns = g_new0 (ColumnData, 1);
  /* A grant of millions of dirhams fits (most are hundreds of
   * thousands); a larger one is cut and shown whole on hover. */
  g_autofree char *money = riaya_ui_format_money (G_GINT64_CONSTANT (999999999));
  g_autofree char *justification = NULL;
  const char *samples[N_COLUMNS] = { NULL };
  int widths[N_COLUMNS] = { 140, 0, 0, 0, 0, 0, 0, 0, 0 };

  if (name_key_quark == 0)
    name_key_quark = g_quark_from_static_string ("riaya-grant-name-key");

  columns->today = g_strdup (today);
  g_object_set_data_full (G_OBJECT (view), "riaya-grant-columns", columns, column_data_free);

  /* The longest state shown with a date. */
  for (guint j = RIAYA_JUSTIFICATION_AWAITED; j < RIAYA_N_JUSTIFICATION_STATES; j++)
    {
      const char *label = riaya_justification_state_to_label (j);

      if (justification == NULL || g_utf8_strlen (label, -1) + 13 > g_utf8_strlen (justification, -1))
        {
          g_free (justification);
          /* Translators: a grant's justification in the list: its state
           * ("Awaited", "Received"…), then the date of that state */
          justification = g_strdup_printf (C_("justification cell", "%1$s · %2$s"), label, "2025-12-31");
        }
    }
  samples[COLUMN_LICENCE] = "EPS-00.000-0000";
  samples[COLUMN_YEAR] = "2025";
  samples[COLUMN_KIND] = riaya_grant_kind_to_label (RIAYA_GRANT_KIND_RUNNING_COSTS);
  samples[COLUMN_AMOUNT] = samples[COLUMN_PAID] = samples[COLUMN_REMAINING] = money;
  samples[COLUMN_JUSTIFICATION] = justification;
  samples[COLUMN_STATUS] = riaya_grant_status_to_label (RIAYA_GRANT_STATUS_CLOSED);
  for (Column c = COLUMN_LICENCE; c < N_COLUMNS; c++)
    widths[c] = column_width (GTK_WIDGET (view), column_title (c), samples[c],
                              c == COLUMN_JUSTIFICATION || c == COLUMN_STATUS) +
                (c == COLUMN_STATUS ? 16 : 0);

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      SorterData *data = g_new0 (SorterData, 1);
      g_autoptr(GtkSorter) sorter = NULL;

      data->column = c;
      data->columns = columns;
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_column, data, g_free));

      g_object_set_data (G_OBJECT (factory), "riaya-columns", columns);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), NULL);

      column = gtk_column_view_column_new (column_title (c), g_object_ref (factory));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, widths[c]);
      gtk_column_view_column_set_expand (column, c == COLUMN_INSTITUTION);
      gtk_column_view_append_column (view, column);
    }
}

void
_riaya_grants_columns_set_today (GtkColumnView *view,
                                 const char    *today)
{
  ColumnData *columns = g_object_get_data (G_OBJECT (view), "riaya-grant-columns");

  g_return_if_fail (columns != NULL);

  if (g_strcmp0 (columns->today, today) == 0)
    return;

  g_free (columns->today);
  columns->today = g_strdup (today);
}
