/* riaya-status-cell.c — a licence status as a coloured badge in a list cell
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The colours are Adwaita's named colours, looked up when drawing, as
 * style.css gives them to .status-badge: the dark style and high
 * contrast keep working. Padding and shape follow style.css too.
 */

#include "config.h"

#include "riaya-status-cell.h"
#include "riaya-text-cell.h"

/* style.css: .status-badge { padding: 1px 8px; border-radius: 999px } */
#define PADDING_X 8
#define PADDING_Y 1

struct _RiayaStatusCell
{
  GtkWidget    parent_instance;

  int          status;
  PangoLayout *layout;        /* made when first drawn */
};

G_DEFINE_FINAL_TYPE (RiayaStatusCell, riaya_status_cell, GTK_TYPE_WIDGET)

/* The foreground and background of the badge of @status. */
static void
badge_colors (GtkWidget *widget,
              int        status,
              GdkRGBA   *fg,
              GdkRGBA   *bg)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  const char *fg_name = NULL;
  const char *bg_name = NULL;

  gtk_style_context_get_color (context, fg);

  switch (status)
    {
    case RIAYA_LICENCE_STATUS_ACTIVE:
      fg_name = "success_fg_color";
      bg_name = "success_bg_color";
      break;
    case RIAYA_LICENCE_STATUS_WARNED:
    case RIAYA_LICENCE_STATUS_REPRIMANDED:
      fg_name = "warning_fg_color";
      bg_name = "warning_bg_color";
      break;
    case RIAYA_LICENCE_STATUS_SUSPENDED:
    case RIAYA_LICENCE_STATUS_WITHDRAWN:
      fg_name = "error_fg_color";
      bg_name = "error_bg_color";
      break;
    default:
      break;
    }

  /* none and closed: alpha(currentColor, 0.1) */
  *bg = *fg;
  bg->alpha *= 0.1f;
  if (fg_name != NULL)
    gtk_style_context_lookup_color (context, fg_name, fg);
  if (bg_name != NULL)
    gtk_style_context_lookup_color (context, bg_name, bg);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
riaya_status_cell_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = 0;
  else
    *minimum = *natural = riaya_text_cell_line_height (widget);
}

static void
riaya_status_cell_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  RiayaStatusCell *self = RIAYA_STATUS_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoRectangle logical;
  GskRoundedRect pill;
  GdkRGBA fg, bg;
  float pill_width, pill_height, x, y;

  if (self->status < 0 || width <= 2 * PADDING_X)
    return;

  if (self->layout == NULL)
    {
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      self->layout = gtk_widget_create_pango_layout (widget, NULL);
      /* style.css: font-size: smaller; font-weight: bold */
      pango_attr_list_insert (attributes, pango_attr_scale_new (1 / 1.2));
      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (self->layout, attributes);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (self->layout, riaya_licence_status_to_label (self->status), -1);
  pango_layout_set_width (self->layout, (width - 2 * PADDING_X) * PANGO_SCALE);
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);

  pill_width = MIN (width, logical.width + 2 * PADDING_X);
  pill_height = MIN (height, logical.height + 2 * PADDING_Y);
  /* At the start of the cell: on the right, right to left. */
  x = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? width - pill_width : 0;
  y = (height - pill_height) / 2;

  badge_colors (widget, self->status, &fg, &bg);
  gsk_rounded_rect_init_from_rect (&pill, &GRAPHENE_RECT_INIT (x, y, pill_width, pill_height),
                                   pill_height / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &pill);
  gtk_snapshot_append_color (snapshot, &bg, &pill.bounds);
  gtk_snapshot_save (snapshot);
  /* The layout is as wide as the room left: where its text starts in it
   * depends on its own direction. */
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + PADDING_X - logical.x, y + PADDING_Y));
  gtk_snapshot_append_layout (snapshot, self->layout, &fg);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

static void
riaya_status_cell_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (riaya_status_cell_parent_class)->css_changed (widget, change);

  /* The named colours may have changed with the style (dark, contrast). */
  gtk_widget_queue_draw (widget);
}

static void
riaya_status_cell_finalize (GObject *object)
{
  g_clear_object (&RIAYA_STATUS_CELL (object)->layout);

  G_OBJECT_CLASS (riaya_status_cell_parent_class)->finalize (object);
}

static void
riaya_status_cell_class_init (RiayaStatusCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = riaya_status_cell_finalize;
  widget_class->measure = riaya_status_cell_measure;
  widget_class->snapshot = riaya_status_cell_snapshot;
  widget_class->css_changed = riaya_status_cell_css_changed;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
riaya_status_cell_init (RiayaStatusCell *self)
{
  self->status = -1;
}

GtkWidget *
riaya_status_cell_new (void)
{
  return g_object_new (RIAYA_TYPE_STATUS_CELL, NULL);
}

void
riaya_status_cell_set_status (RiayaStatusCell *self,
                              int              status)
{
  g_return_if_fail (RIAYA_IS_STATUS_CELL (self));
  g_return_if_fail (status < (int) RIAYA_N_LICENCE_STATUSES);

  status = MAX (status, -1);
  if (self->status == status)
    return;

  self->status = status;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, riaya_status_cell_get_text (self),
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
riaya_status_cell_get_text (RiayaStatusCell *self)
{
  g_return_val_if_fail (RIAYA_IS_STATUS_CELL (self), NULL);

  return self->status >= 0 ? riaya_licence_status_to_label (self->status) : NULL;
}
