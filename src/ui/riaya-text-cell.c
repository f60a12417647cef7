/* riaya-text-cell.c — one line of text in a list cell, cheap to make and to measure
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why not GtkInscription: clearing a search on the ten-times-national
 * registry brings back up to 200 rows of six cells. An inscription makes
 * its own Pango context and layout as it is created, and asks Pango for
 * the font's metrics — which shapes a sample text — each time it is
 * measured: that was a third of the time of making a row, and a third of
 * measuring one. This cell makes its layout when it is first drawn, and
 * takes its height from the metrics of the list's font, kept on the list.
 */

#include "config.h"

#include "riaya-text-cell.h"

struct _RiayaTextCell
{
  GtkWidget    parent_instance;

  char        *text;
  float        xalign;
  gboolean     tabular;
  PangoLayout *layout;        /* made when first drawn */
};

G_DEFINE_FINAL_TYPE (RiayaTextCell, riaya_text_cell, GTK_TYPE_WIDGET)

/* The height of a line of the list's font, kept on the list and measured
 * again when its Pango context changes (another font or size). */
typedef struct
{
  PangoContext *context;
  guint         serial;
  int           height;
} LineHeight;

static GQuark line_height_quark;

int
riaya_text_cell_line_height (GtkWidget *widget)
{
  GtkWidget *list = gtk_widget_get_ancestor (widget, GTK_TYPE_COLUMN_VIEW);
  PangoContext *context;
  LineHeight *cache;

  if (list == NULL)
    list = widget;
  context = gtk_widget_get_pango_context (list);

  if (G_UNLIKELY (line_height_quark == 0))
    line_height_quark = g_quark_from_static_string ("riaya-text-cell-line-height");

  cache = g_object_get_qdata (G_OBJECT (list), line_height_quark);
  if (cache == NULL)
    {
      cache = g_new0 (LineHeight, 1);
      g_object_set_qdata_full (G_OBJECT (list), line_height_quark, cache, g_free);
    }

  if (cache->context != context || cache->serial != pango_context_get_serial (context))
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);

      cache->context = context;
      cache->serial = pango_context_get_serial (context);
      cache->height = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics) +
                                         pango_font_metrics_get_descent (metrics));
      pango_font_metrics_unref (metrics);
    }

  return cache->height;
}

static void
update_alignment (RiayaTextCell *self)
{
  gboolean ltr = gtk_widget_get_direction (GTK_WIDGET (self)) != GTK_TEXT_DIR_RTL;
  PangoAlignment alignment;

  if (self->layout == NULL)
    return;

  if (self->xalign < 0.33f)
    alignment = ltr ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;
  else if (self->xalign < 0.67f)
    alignment = PANGO_ALIGN_CENTER;
  else
    alignment = ltr ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;

  pango_layout_set_alignment (self->layout, alignment);
}

static void
update_attributes (RiayaTextCell *self)
{
  g_autoptr(PangoAttrList) attributes = NULL;

  if (self->layout == NULL)
    return;

  if (self->tabular)
    {
      attributes = pango_attr_list_new ();
      pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
    }
  pango_layout_set_attributes (self->layout, attributes);
}

static void
riaya_text_cell_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      return;
    }

  *minimum = *natural = riaya_text_cell_line_height (widget);
}

static void
riaya_text_cell_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  RiayaTextCell *self = RIAYA_TEXT_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoRectangle logical;
  int y;

  if (self->text == NULL || *self->text == '\0' || width <= 0)
    return;

  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (widget, self->text);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      update_alignment (self);
      update_attributes (self);
    }
  pango_layout_set_width (self->layout, width * PANGO_SCALE);

  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  y = MAX (0, (height - logical.height) / 2);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget), 0, y, self->layout);
  gtk_snapshot_pop (snapshot);
}

static void
riaya_text_cell_direction_changed (GtkWidget        *widget,
                                   GtkTextDirection  previous_direction)
{
  GTK_WIDGET_CLASS (riaya_text_cell_parent_class)->direction_changed (widget, previous_direction);

  update_alignment (RIAYA_TEXT_CELL (widget));
}

static void
riaya_text_cell_finalize (GObject *object)
{
  RiayaTextCell *self = RIAYA_TEXT_CELL (object);

  g_free (self->text);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (riaya_text_cell_parent_class)->finalize (object);
}

static void
riaya_text_cell_class_init (RiayaTextCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = riaya_text_cell_finalize;
  widget_class->measure = riaya_text_cell_measure;
  widget_class->snapshot = riaya_text_cell_snapshot;
  widget_class->direction_changed = riaya_text_cell_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
riaya_text_cell_init (RiayaTextCell *self)
{
}

GtkWidget *
riaya_text_cell_new (void)
{
  return g_object_new (RIAYA_TYPE_TEXT_CELL, NULL);
}

void
riaya_text_cell_set_text (RiayaTextCell *self,
                          const char    *text)
{
  g_return_if_fail (RIAYA_IS_TEXT_CELL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text != NULL ? text : "", -1);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->text,
                                  -1);
  /* The same height whatever the text: only a redraw. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
riaya_text_cell_is_ellipsized (RiayaTextCell *self)
{
  g_return_val_if_fail (RIAYA_IS_TEXT_CELL (self), FALSE);

  /* Never drawn: nothing was cut on screen. */
  return self->layout != NULL && pango_layout_is_ellipsized (self->layout);
}

const char *
riaya_text_cell_get_text (RiayaTextCell *self)
{
  g_return_val_if_fail (RIAYA_IS_TEXT_CELL (self), NULL);
  return self->text;
}

void
riaya_text_cell_set_xalign (RiayaTextCell *self,
                            float          xalign)
{
  g_return_if_fail (RIAYA_IS_TEXT_CELL (self));

  self->xalign = CLAMP (xalign, 0.0f, 1.0f);
  update_alignment (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
riaya_text_cell_set_tabular (RiayaTextCell *self,
                             gboolean       tabular)
{
  g_return_if_fail (RIAYA_IS_TEXT_CELL (self));

  self->tabular = !!tabular;
  update_attributes (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
