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

#include <glib/gi18n-lib.h>

#include "riaya-status-cell.h"
#include "riaya-text-cell.h"

/* style.css: .status-badge { padding: 1px 8px; border-radius: 999px } */
#define PADDING_X 8
#define PADDING_Y 1

/* The late-grant flag: a round mark after the badge, as wide as it is
 * high, with a gap before it. */
#define FLAG_GAP 4

struct _RiayaStatusCell
{
  GtkWidget    parent_instance;

  int          status;
  guint        late;          /* late grants of the institution */
  PangoLayout *layout;        /* made when first drawn */
  PangoLayout *flag_layout;
};

G_DEFINE_FINAL_TYPE (RiayaStatusCell, riaya_status_cell, GTK_TYPE_WIDGET)

static void
update_accessible_label (RiayaStatusCell *self)
{
  g_autofree char *late = riaya_status_cell_dup_late_text (self->late);
  g_autofree char *label = NULL;

  if (late != NULL && self->status >= 0)
    /* Translators: what a screen reader says of a status cell with a late
     * grant: the licence status, then the late grants */
    label = g_strdup_printf (C_("status cell", "%s, %s"), riaya_status_cell_get_text (self), late);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : riaya_status_cell_get_text (self),
                                  -1);
}

/* Not a licence status: the colours of the late-grant flag. */
#define STATUS_LATE_FLAG (-2)

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
    case STATUS_LATE_FLAG:
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

static PangoLayout *
badge_layout_new (GtkWidget *widget)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

  /* style.css: font-size: smaller; font-weight: bold */
  pango_attr_list_insert (attributes, pango_attr_scale_new (1 / 1.2));
  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attributes);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

/* A round mark in the error colours with "!" in it, at @x: an
 * institution with a late grant. Its tooltip and accessible label say it
 * in words. */
static void
snapshot_flag (RiayaStatusCell *self,
               GtkSnapshot     *snapshot,
               float            x,
               float            y,
               float            size)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PangoRectangle logical;
  GskRoundedRect mark;
  GdkRGBA fg, bg;

  if (self->flag_layout == NULL)
    {
      self->flag_layout = badge_layout_new (widget);
      pango_layout_set_text (self->flag_layout, "!", -1);
    }
  pango_layout_get_pixel_extents (self->flag_layout, NULL, &logical);

  badge_colors (widget, STATUS_LATE_FLAG, &fg, &bg);
  gsk_rounded_rect_init_from_rect (&mark, &GRAPHENE_RECT_INIT (x, y, size, size), size / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &mark);
  gtk_snapshot_append_color (snapshot, &bg, &mark.bounds);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (size - logical.width) / 2 - logical.x,
                                                          y + (size - logical.height) / 2 - logical.y));
  gtk_snapshot_append_layout (snapshot, self->flag_layout, &fg);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

static void
riaya_status_cell_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  RiayaStatusCell *self = RIAYA_STATUS_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  PangoRectangle logical;
  GskRoundedRect pill;
  GdkRGBA fg, bg;
  float pill_width, pill_height, x, y, flag_room = 0;

  if (self->status < 0 || width <= 2 * PADDING_X)
    return;

  if (self->layout == NULL)
    {
      self->layout = badge_layout_new (widget);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (self->layout, riaya_licence_status_to_label (self->status), -1);
  /* One line: its height does not depend on the width. */
  pango_layout_set_width (self->layout, -1);
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  pill_height = MIN (height, logical.height + 2 * PADDING_Y);
  /* The flag keeps its room: the badge's words are cut first. */
  if (self->late > 0)
    flag_room = pill_height + FLAG_GAP;
  pango_layout_set_width (self->layout, MAX (1, width - 2 * PADDING_X - (int) flag_room) * PANGO_SCALE);
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);

  pill_width = MIN (width - flag_room, logical.width + 2 * PADDING_X);
  /* At the start of the cell: on the right, right to left. */
  x = rtl ? width - pill_width : 0;
  y = (height - pill_height) / 2;

  if (self->late > 0)
    snapshot_flag (self, snapshot, rtl ? x - FLAG_GAP - pill_height : x + pill_width + FLAG_GAP,
                   y, pill_height);

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
  g_clear_object (&RIAYA_STATUS_CELL (object)->flag_layout);

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
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
riaya_status_cell_set_late (RiayaStatusCell *self,
                            guint            n_late)
{
  g_return_if_fail (RIAYA_IS_STATUS_CELL (self));

  if (self->late == n_late)
    return;

  self->late = n_late;
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
riaya_status_cell_get_late (RiayaStatusCell *self)
{
  g_return_val_if_fail (RIAYA_IS_STATUS_CELL (self), 0);
  return self->late;
}

char *
riaya_status_cell_dup_late_text (guint n_late)
{
  if (n_late == 0)
    return NULL;

  /* Translators: the tooltip of the mark beside an institution's status in
   * the list; %u is a number of grants */
  return g_strdup_printf (ngettext ("Late grant: %u grant has a tranche or its justification past due",
                                    "Late grants: %u grants have a tranche or their justification past due",
                                    n_late),
                          n_late);
}

const char *
riaya_status_cell_get_text (RiayaStatusCell *self)
{
  g_return_val_if_fail (RIAYA_IS_STATUS_CELL (self), NULL);

  return self->status >= 0 ? riaya_licence_status_to_label (self->status) : NULL;
}
