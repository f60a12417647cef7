/* riaya-table.c — a report as a table: columns, rows, a total row
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-money.h"
#include "riaya-table-private.h"
#include "riaya-text.h"

G_DEFINE_FINAL_TYPE (RiayaTable, riaya_table, G_TYPE_OBJECT)

static void
cell_clear (RiayaTableCell *cell)
{
  g_clear_pointer (&cell->text, g_free);
  cell->set = FALSE;
}

static void
riaya_table_finalize (GObject *object)
{
  RiayaTable *self = RIAYA_TABLE (object);

  for (guint i = 0; i < self->parameters->len; i++)
    {
      RiayaTableParameter *parameter = &g_array_index (self->parameters, RiayaTableParameter, i);

      g_free (parameter->key);
      g_free (parameter->value);
    }
  for (guint i = 0; i < self->columns->len; i++)
    {
      RiayaTableColumn *column = &g_array_index (self->columns, RiayaTableColumn, i);

      g_free (column->key);
      g_free (column->title);
    }
  for (guint i = 0; i < self->cells->len; i++)
    cell_clear (&g_array_index (self->cells, RiayaTableCell, i));
  for (guint i = 0; i < self->columns->len; i++)
    {
      if (self->total != NULL)
        cell_clear (&self->total[i]);
      if (self->share != NULL)
        cell_clear (&self->share[i]);
    }

  g_clear_pointer (&self->total, g_free);
  g_clear_pointer (&self->share, g_free);
  g_clear_pointer (&self->share_title, g_free);
  g_clear_pointer (&self->parameters, g_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (riaya_table_parent_class)->finalize (object);
}

static void
riaya_table_class_init (RiayaTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = riaya_table_finalize;
}

static void
riaya_table_init (RiayaTable *self)
{
  self->parameters = g_array_new (FALSE, TRUE, sizeof (RiayaTableParameter));
  self->columns = g_array_new (FALSE, TRUE, sizeof (RiayaTableColumn));
  self->cells = g_array_new (FALSE, TRUE, sizeof (RiayaTableCell));
}

RiayaTable *
riaya_table_new (const char *name,
                 const char *title)
{
  RiayaTable *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (RIAYA_TYPE_TABLE, NULL);
  self->name = g_strdup (name);
  self->title = g_strdup (title != NULL ? title : name);

  return self;
}

const char *
riaya_table_get_name (RiayaTable *self)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), NULL);

  return self->name;
}

const char *
riaya_table_get_title (RiayaTable *self)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), NULL);

  return self->title;
}

static void
add_parameter (RiayaTable *self,
               const char *key,
               char       *value,
               gboolean    is_number)
{
  RiayaTableParameter parameter = { g_strdup (key), value, is_number };

  g_array_append_val (self->parameters, parameter);
}

void
riaya_table_add_parameter (RiayaTable *self,
                           const char *key,
                           const char *value)
{
  g_return_if_fail (RIAYA_IS_TABLE (self));
  g_return_if_fail (key != NULL);

  add_parameter (self, key, g_strdup (value), FALSE);
}

void
riaya_table_add_parameter_int (RiayaTable *self,
                               const char *key,
                               gint64      value)
{
  g_return_if_fail (RIAYA_IS_TABLE (self));
  g_return_if_fail (key != NULL);

  add_parameter (self, key, g_strdup_printf ("%" G_GINT64_FORMAT, value), TRUE);
}

const char *
riaya_table_get_parameter (RiayaTable *self,
                           const char *key)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < self->parameters->len; i++)
    {
      RiayaTableParameter *parameter = &g_array_index (self->parameters, RiayaTableParameter, i);

      if (g_str_equal (parameter->key, key))
        return parameter->value;
    }

  return NULL;
}

guint
riaya_table_add_column (RiayaTable     *self,
                        const char     *key,
                        const char     *title,
                        RiayaTableKind  kind)
{
  RiayaTableColumn column;

  g_return_val_if_fail (RIAYA_IS_TABLE (self), 0);
  g_return_val_if_fail (key != NULL, 0);
  /* The cells are laid out row by row: no column after the first row. */
  g_return_val_if_fail (self->n_rows == 0 && self->total == NULL && self->share == NULL, 0);

  column.key = g_strdup (key);
  column.title = g_strdup (title != NULL ? title : key);
  column.kind = kind;
  g_array_append_val (self->columns, column);

  return self->columns->len - 1;
}

guint
riaya_table_get_n_columns (RiayaTable *self)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), 0);

  return self->columns->len;
}

static RiayaTableColumn *
get_column (RiayaTable *self,
            guint       column)
{
  g_assert (column < self->columns->len);

  return &g_array_index (self->columns, RiayaTableColumn, column);
}

const char *
riaya_table_get_column_key (RiayaTable *self,
                            guint       column)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return get_column (self, column)->key;
}

const char *
riaya_table_get_column_title (RiayaTable *self,
                              guint       column)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return get_column (self, column)->title;
}

RiayaTableKind
riaya_table_get_column_kind (RiayaTable *self,
                             guint       column)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), RIAYA_TABLE_TEXT);
  g_return_val_if_fail (column < self->columns->len, RIAYA_TABLE_TEXT);

  return get_column (self, column)->kind;
}

guint
riaya_table_add_row (RiayaTable *self)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), 0);

  g_array_set_size (self->cells, self->cells->len + self->columns->len);

  return self->n_rows++;
}

guint
riaya_table_get_n_rows (RiayaTable *self)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), 0);

  return self->n_rows;
}

void
riaya_table_add_total (RiayaTable *self)
{
  g_return_if_fail (RIAYA_IS_TABLE (self));
  g_return_if_fail (self->total == NULL);

  self->total = g_new0 (RiayaTableCell, MAX (self->columns->len, 1));
}

gboolean
riaya_table_has_total (RiayaTable *self)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), FALSE);

  return self->total != NULL;
}

void
riaya_table_add_share (RiayaTable *self)
{
  g_return_if_fail (RIAYA_IS_TABLE (self));
  g_return_if_fail (self->share == NULL);

  self->share = g_new0 (RiayaTableCell, MAX (self->columns->len, 1));
}

gboolean
riaya_table_has_share (RiayaTable *self)
{
  g_return_val_if_fail (RIAYA_IS_TABLE (self), FALSE);

  return self->share != NULL;
}

void
riaya_table_set_share_title (RiayaTable *self,
                             const char *title)
{
  g_return_if_fail (RIAYA_IS_TABLE (self));

  g_free (self->share_title);
  self->share_title = g_strdup (title);
}

RiayaTableCell *
_riaya_table_get_cell (RiayaTable *self,
                       guint       row,
                       guint       column)
{
  if (column >= self->columns->len)
    return NULL;
  if (row == RIAYA_TABLE_TOTAL)
    return self->total != NULL ? &self->total[column] : NULL;
  if (row == RIAYA_TABLE_SHARE)
    return self->share != NULL ? &self->share[column] : NULL;
  if (row >= self->n_rows)
    return NULL;

  return &g_array_index (self->cells, RiayaTableCell, row * self->columns->len + column);
}

RiayaTableKind
_riaya_table_get_cell_kind (RiayaTable *self,
                            guint       row,
                            guint       column)
{
  RiayaTableKind kind = get_column (self, column)->kind;

  if (row == RIAYA_TABLE_SHARE && kind != RIAYA_TABLE_TEXT)
    return RIAYA_TABLE_PERCENT;
  return kind;
}

void
riaya_table_fill_share (RiayaTable *self,
                        guint       column_total)
{
  double whole;

  g_return_if_fail (RIAYA_IS_TABLE (self));
  g_return_if_fail (self->total != NULL);
  g_return_if_fail (column_total < self->columns->len);

  if (self->share == NULL)
    riaya_table_add_share (self);
  if (!self->total[column_total].set || self->total[column_total].number == 0)
    return;

  whole = (double) self->total[column_total].number;
  for (guint c = 0; c < self->columns->len; c++)
    {
      RiayaTableKind kind = get_column (self, c)->kind;

      if ((kind == RIAYA_TABLE_INTEGER || kind == RIAYA_TABLE_MONEY) && self->total[c].set)
        riaya_table_set_percent (self, RIAYA_TABLE_SHARE, c, 100.0 * (double) self->total[c].number / whole);
    }
}

void
riaya_table_set_text (RiayaTable *self,
                      guint       row,
                      guint       column,
                      const char *text)
{
  RiayaTableCell *cell;

  g_return_if_fail (RIAYA_IS_TABLE (self));
  cell = _riaya_table_get_cell (self, row, column);
  g_return_if_fail (cell != NULL);
  g_return_if_fail (get_column (self, column)->kind == RIAYA_TABLE_TEXT);

  cell_clear (cell);
  cell->text = g_strdup (text);
  cell->set = text != NULL;
}

void
riaya_table_take_text (RiayaTable *self,
                       guint       row,
                       guint       column,
                       char       *text)
{
  RiayaTableCell *cell;

  g_return_if_fail (RIAYA_IS_TABLE (self));
  cell = _riaya_table_get_cell (self, row, column);
  g_return_if_fail (cell != NULL);
  g_return_if_fail (get_column (self, column)->kind == RIAYA_TABLE_TEXT);

  cell_clear (cell);
  cell->text = text;
  cell->set = text != NULL;
}

void
riaya_table_set_integer (RiayaTable *self,
                         guint       row,
                         guint       column,
                         gint64      value)
{
  RiayaTableCell *cell;
  RiayaTableKind kind;

  g_return_if_fail (RIAYA_IS_TABLE (self));
  cell = _riaya_table_get_cell (self, row, column);
  g_return_if_fail (cell != NULL);
  kind = _riaya_table_get_cell_kind (self, row, column);
  g_return_if_fail (kind == RIAYA_TABLE_INTEGER || kind == RIAYA_TABLE_YEAR || kind == RIAYA_TABLE_MONEY);

  cell_clear (cell);
  cell->number = value;
  cell->set = TRUE;
}

void
riaya_table_set_percent (RiayaTable *self,
                         guint       row,
                         guint       column,
                         double      percent)
{
  RiayaTableCell *cell;

  g_return_if_fail (RIAYA_IS_TABLE (self));
  cell = _riaya_table_get_cell (self, row, column);
  g_return_if_fail (cell != NULL);
  g_return_if_fail (_riaya_table_get_cell_kind (self, row, column) == RIAYA_TABLE_PERCENT);

  cell_clear (cell);
  cell->percent = percent;
  cell->set = TRUE;
}

gboolean
riaya_table_is_empty (RiayaTable *self,
                      guint       row,
                      guint       column)
{
  RiayaTableCell *cell;

  g_return_val_if_fail (RIAYA_IS_TABLE (self), TRUE);
  cell = _riaya_table_get_cell (self, row, column);
  g_return_val_if_fail (cell != NULL, TRUE);

  return !cell->set;
}

const char *
riaya_table_get_text (RiayaTable *self,
                      guint       row,
                      guint       column)
{
  RiayaTableCell *cell;

  g_return_val_if_fail (RIAYA_IS_TABLE (self), NULL);
  cell = _riaya_table_get_cell (self, row, column);
  g_return_val_if_fail (cell != NULL, NULL);

  return cell->set ? cell->text : NULL;
}

gint64
riaya_table_get_integer (RiayaTable *self,
                         guint       row,
                         guint       column)
{
  RiayaTableCell *cell;

  g_return_val_if_fail (RIAYA_IS_TABLE (self), 0);
  cell = _riaya_table_get_cell (self, row, column);
  g_return_val_if_fail (cell != NULL, 0);

  return cell->set ? cell->number : 0;
}

double
riaya_table_get_percent (RiayaTable *self,
                         guint       row,
                         guint       column)
{
  RiayaTableCell *cell;

  g_return_val_if_fail (RIAYA_IS_TABLE (self), 0.0);
  cell = _riaya_table_get_cell (self, row, column);
  g_return_val_if_fail (cell != NULL, 0.0);

  return cell->set ? cell->percent : 0.0;
}

/* --- Numbers for people and for scripts ------------------------------- */

/* One decimal, '.' whatever the locale. */
static char *
percent_code (double percent)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", percent));
}

char *
riaya_table_format_integer (gint64 value)
{
  /* Translators: the separator of groups of three digits in amounts shown
   * to people: "," in English, a narrow no-break space (U+202F) in French */
  const char *separator = C_("digit group separator", ",");
  guint64 magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude);
  GString *out = g_string_new (value < 0 ? "-" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }

  return g_string_free (out, FALSE);
}

char *
riaya_table_format_money (gint64 centimes)
{
  return riaya_money_format_for_people (centimes);
}

char *
riaya_table_format_percent (double percent)
{
  g_autofree char *number = percent_code (percent);

  /* Translators: the decimal mark of numbers shown to people: “,” in French */
  g_strdelimit (number, ".", *C_("decimal mark", "."));
  /* Translators: a rate in percent, such as “87.5%”; French writes “87,5 %” */
  return g_strdup_printf (_("%s%%"), number);
}

char *
riaya_table_dup_cell_code (RiayaTable *self,
                           guint       row,
                           guint       column)
{
  RiayaTableCell *cell;

  g_return_val_if_fail (RIAYA_IS_TABLE (self), NULL);
  cell = _riaya_table_get_cell (self, row, column);
  g_return_val_if_fail (cell != NULL, NULL);

  if (row == RIAYA_TABLE_TOTAL && column == 0)
    return g_strdup ("total");
  if (row == RIAYA_TABLE_SHARE && column == 0)
    return g_strdup ("share");
  if (!cell->set)
    return NULL;

  switch (_riaya_table_get_cell_kind (self, row, column))
    {
    case RIAYA_TABLE_TEXT:
      return g_strdup (cell->text);
    case RIAYA_TABLE_INTEGER:
    case RIAYA_TABLE_YEAR:
      return g_strdup_printf ("%" G_GINT64_FORMAT, cell->number);
    case RIAYA_TABLE_MONEY:
      return riaya_money_to_string (cell->number);
    case RIAYA_TABLE_PERCENT:
      return percent_code (cell->percent);
    default:
      g_assert_not_reached ();
    }
}

char *
riaya_table_dup_cell_label (RiayaTable *self,
                            guint       row,
                            guint       column)
{
  RiayaTableCell *cell;

  g_return_val_if_fail (RIAYA_IS_TABLE (self), NULL);
  cell = _riaya_table_get_cell (self, row, column);
  g_return_val_if_fail (cell != NULL, NULL);

  if (row == RIAYA_TABLE_TOTAL && column == 0)
    return g_strdup (_("Total"));
  if (row == RIAYA_TABLE_SHARE && column == 0)
    /* Translators: the first cell of the row under a table's total that
     * gives each column's share of the national total, in percent */
    return g_strdup (self->share_title != NULL ? self->share_title : _("Percentage"));
  if (!cell->set)
    return NULL;

  switch (_riaya_table_get_cell_kind (self, row, column))
    {
    case RIAYA_TABLE_TEXT:
      return g_strdup (cell->text);
    case RIAYA_TABLE_INTEGER:
      return riaya_table_format_integer (cell->number);
    case RIAYA_TABLE_YEAR:
      return g_strdup_printf ("%" G_GINT64_FORMAT, cell->number);
    case RIAYA_TABLE_MONEY:
      return riaya_table_format_money (cell->number);
    case RIAYA_TABLE_PERCENT:
      return riaya_table_format_percent (cell->percent);
    default:
      g_assert_not_reached ();
    }
}
