/* riaya-institution-rows.c — the rows of the registry list, which keep their widgets
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search that changes which institutions are shown changes the items
 * at almost every position of the list. Told so, GTK 4.8's list view
 * destroys the widgets of every row whose item went away and builds new
 * ones (a row and six cells, each with its own widgets): that was most of
 * the time of a keystroke. Here the rows are positions: the view's items
 * stay, and each tells its cells that it shows another institution.
 *
 * Only the rows the view holds exist: each is made when the view asks for
 * its position and leaves the table when the view lets it go.
 */

#include "config.h"

#include <math.h>

#include "riaya-institution-rows.h"

struct _RiayaInstitutionRow
{
  GObject               parent_instance;

  RiayaInstitutionRows *rows;         /* NULL once the position is gone */
  guint                 position;
  RiayaInstitution     *institution;
};

struct _RiayaInstitutionRows
{
  GObject        parent_instance;

  GListModel    *institutions;
  guint          target;              /* the number of institutions */
  guint          n_items;             /* the number of rows, on its way to target */
  GHashTable    *live;                /* position → RiayaInstitutionRow, unowned */
  GtkAdjustment *adjustment;          /* the list's, to know what is on screen */
  double         row_height;
  guint          step_source;
};

enum {
  ROW_PROP_0,
  ROW_PROP_INSTITUTION,
  N_ROW_PROPS
};

static GParamSpec *row_properties[N_ROW_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE (RiayaInstitutionRow, riaya_institution_row, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE_WITH_CODE (RiayaInstitutionRows, riaya_institution_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* The row */

/* @changed: the institution may be the same object, changed (an edit
 * saved): its cells must be set again all the same. */
static void
row_set_institution (RiayaInstitutionRow *self,
                     RiayaInstitution    *institution,
                     gboolean             changed)
{
  if (g_set_object (&self->institution, institution) || changed)
    g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_INSTITUTION]);
}

static void
row_detach (RiayaInstitutionRow *self)
{
  if (self->rows == NULL)
    return;

  g_hash_table_remove (self->rows->live, GUINT_TO_POINTER (self->position));
  self->rows = NULL;
}

static void
riaya_institution_row_dispose (GObject *object)
{
  RiayaInstitutionRow *self = RIAYA_INSTITUTION_ROW (object);

  row_detach (self);
  g_clear_object (&self->institution);

  G_OBJECT_CLASS (riaya_institution_row_parent_class)->dispose (object);
}

static void
riaya_institution_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RiayaInstitutionRow *self = RIAYA_INSTITUTION_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_INSTITUTION:
      g_value_set_object (value, self->institution);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_institution_row_class_init (RiayaInstitutionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = riaya_institution_row_dispose;
  object_class->get_property = riaya_institution_row_get_property;

  row_properties[ROW_PROP_INSTITUTION] =
    g_param_spec_object ("institution", NULL, NULL, RIAYA_TYPE_INSTITUTION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_ROW_PROPS, row_properties);
}

static void
riaya_institution_row_init (RiayaInstitutionRow *self)
{
}

RiayaInstitution *
riaya_institution_row_get_institution (RiayaInstitutionRow *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_ROW (self), NULL);
  return self->institution;
}

/* The rows
 *
 * Their number follows the institutions', in steps where rows are made or
 * destroyed. GTK 4.8's list view keeps widgets for up to 200 rows (and
 * 2 either side) around the top row shown, and makes or destroys them as
 * soon as it is told of new or removed items: clearing a search that
 * showed 61 institutions made 140 rows in one go, narrowing one destroyed
 * as many, 15 to 40 ms each time. So the change is told at once only for
 * the rows on screen, and the rest in steps after each frame. Meanwhile
 * the rows past the institutions' end show nothing, out of sight. */

#define STEP 48
/* Past this many rows below the screen, no row has widgets. */
#define LIVE_ROWS 256
/* Until a row has been laid out, how many the screen may show. */
#define ROWS_GUESS 64

/* One past the last position on screen, or G_MAXUINT when unknown. */
static guint
visible_end (RiayaInstitutionRows *self)
{
  double upper, bottom;

  if (self->adjustment == NULL)
    return G_MAXUINT;

  upper = gtk_adjustment_get_upper (self->adjustment);
  bottom = gtk_adjustment_get_value (self->adjustment) + gtk_adjustment_get_page_size (self->adjustment);
  if (self->n_items > 0 && upper > 0)
    self->row_height = upper / self->n_items;
  if (self->row_height <= 0 || bottom <= 0)
    return ROWS_GUESS;

  /* Two more: the estimate of a row's height may be short. */
  return (guint) MIN (ceil (bottom / self->row_height) + 2, (double) G_MAXUINT / 2);
}

static void
rows_set_n_items (RiayaInstitutionRows *self,
                  guint                 n_items)
{
  guint old_n = self->n_items;

  if (n_items == old_n)
    return;

  self->n_items = n_items;

  /* Positions past the end are gone: a later row there is a new one. */
  if (n_items < old_n)
    {
      g_autoptr(GPtrArray) gone = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->live);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          if (((RiayaInstitutionRow *) value)->position >= n_items)
            g_ptr_array_add (gone, value);
        }
      for (guint i = 0; i < gone->len; i++)
        {
          row_detach (g_ptr_array_index (gone, i));
          row_set_institution (g_ptr_array_index (gone, i), NULL, FALSE);
        }

      g_list_model_items_changed (G_LIST_MODEL (self), n_items, old_n - n_items, 0);
    }
  else
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, n_items - old_n);
}

static gboolean step_idle (gpointer user_data);

/* Moves the number of rows towards the number of institutions. @first:
 * the change itself, which must show right: only the rows on screen are
 * added or removed, so that its frame lays out no other row. Then, after
 * each frame, a step: all the rows beyond those that may have widgets at
 * once, else STEP of them. (Any change of the number of rows lays all the
 * live rows out again, some 5 ms: that waits for the next frame too.) */
static void
step (RiayaInstitutionRows *self,
      gboolean              first)
{
  guint n = self->n_items;
  guint target = self->target;
  guint end = visible_end (self);
  guint live_end = end == G_MAXUINT ? G_MAXUINT : end + LIVE_ROWS;

  if (end == G_MAXUINT)
    n = target;
  else if (target > n)
    {
      if (first)
        n = MIN (target, MAX (n, end));
      else if (n >= live_end)
        n = target;
      else
        n = MIN (target, n + STEP);
    }
  else if (target < n)
    {
      if (target < end)
        n = target; /* else empty rows would show */
      else if (first)
        ; /* the rows past the end are out of sight */
      else if (n > live_end)
        n = MAX (target, live_end);
      else
        n = MAX (target, n - STEP);
    }

  rows_set_n_items (self, n);

  if (self->n_items != self->target && self->step_source == 0)
    self->step_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, step_idle, self, NULL);
}

static gboolean
step_idle (gpointer user_data)
{
  RiayaInstitutionRows *self = user_data;

  self->step_source = 0;
  step (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
on_institutions_changed (GListModel           *institutions,
                         guint                 position,
                         guint                 removed,
                         guint                 added,
                         RiayaInstitutionRows *self)
{
  GHashTableIter iter;
  gpointer value;

  self->target = g_list_model_get_n_items (institutions);

  /* Each row in use shows what is now at its position. */
  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      RiayaInstitutionRow *row = value;
      g_autoptr(RiayaInstitution) institution = NULL;

      if (row->position < position)
        continue;

      if (row->position < self->target)
        institution = g_list_model_get_item (institutions, row->position);
      row_set_institution (row, institution, row->position < position + added);
    }

  step (self, TRUE);
}

static GType
get_item_type (GListModel *model)
{
  return RIAYA_TYPE_INSTITUTION_ROW;
}

static guint
get_n_items (GListModel *model)
{
  return RIAYA_INSTITUTION_ROWS (model)->n_items;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  RiayaInstitutionRows *self = RIAYA_INSTITUTION_ROWS (model);
  RiayaInstitutionRow *row;

  if (position >= self->n_items)
    return NULL;

  row = g_hash_table_lookup (self->live, GUINT_TO_POINTER (position));
  if (row != NULL)
    return g_object_ref (row);

  row = g_object_new (RIAYA_TYPE_INSTITUTION_ROW, NULL);
  row->rows = self;
  row->position = position;
  /* Past the institutions' end while the rows catch up: empty. */
  row->institution = position < self->target ? g_list_model_get_item (self->institutions, position) : NULL;
  g_hash_table_insert (self->live, GUINT_TO_POINTER (position), row);

  return row;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
riaya_institution_rows_dispose (GObject *object)
{
  RiayaInstitutionRows *self = RIAYA_INSTITUTION_ROWS (object);
  GHashTableIter iter;
  gpointer value;

  /* Rows the view still holds outlive the model. */
  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      ((RiayaInstitutionRow *) value)->rows = NULL;
      g_hash_table_iter_remove (&iter);
    }

  if (self->institutions != NULL)
    g_signal_handlers_disconnect_by_func (self->institutions, on_institutions_changed, self);
  g_clear_object (&self->institutions);
  g_clear_object (&self->adjustment);
  g_clear_handle_id (&self->step_source, g_source_remove);

  G_OBJECT_CLASS (riaya_institution_rows_parent_class)->dispose (object);
}

static void
riaya_institution_rows_finalize (GObject *object)
{
  RiayaInstitutionRows *self = RIAYA_INSTITUTION_ROWS (object);

  g_hash_table_unref (self->live);

  G_OBJECT_CLASS (riaya_institution_rows_parent_class)->finalize (object);
}

static void
riaya_institution_rows_class_init (RiayaInstitutionRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = riaya_institution_rows_dispose;
  object_class->finalize = riaya_institution_rows_finalize;
}

static void
riaya_institution_rows_init (RiayaInstitutionRows *self)
{
  self->live = g_hash_table_new (g_direct_hash, g_direct_equal);
}

RiayaInstitutionRows *
riaya_institution_rows_new (GListModel *institutions)
{
  RiayaInstitutionRows *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (institutions), NULL);

  self = g_object_new (RIAYA_TYPE_INSTITUTION_ROWS, NULL);
  self->institutions = g_object_ref (institutions);
  self->target = g_list_model_get_n_items (institutions);
  self->n_items = self->target;
  g_signal_connect (institutions, "items-changed", G_CALLBACK (on_institutions_changed), self);

  return self;
}

void
riaya_institution_rows_reach (RiayaInstitutionRows *self,
                              guint                 position)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_ROWS (self));

  if (position >= self->n_items && position < self->target)
    rows_set_n_items (self, position + 1);
}

void
riaya_institution_rows_set_adjustment (RiayaInstitutionRows *self,
                                       GtkAdjustment        *adjustment)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_ROWS (self));
  g_return_if_fail (adjustment == NULL || GTK_IS_ADJUSTMENT (adjustment));

  g_set_object (&self->adjustment, adjustment);
}
