/* riaya-occupancy-gauge.c — people present against places, per group
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Law 65.15 art. 3: placements must respect the institution's capacity.
 * Each group of places is a row: its name, a level bar, and the numbers,
 * which also say "full" or "over capacity" in words: colour alone tells
 * nothing to someone who does not see it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-occupancy-gauge.h"
#include "riaya-ui-util.h"

struct _RiayaOccupancyGauge
{
  GtkWidget  parent_instance;

  GtkWidget *grid;
  gboolean   over;
};

G_DEFINE_FINAL_TYPE (RiayaOccupancyGauge, riaya_occupancy_gauge, GTK_TYPE_WIDGET)

char *
riaya_occupancy_group_dup_label (const RiayaOccupancyGroup *group)
{
  const char *sex;

  switch (group->sex)
    {
    case RIAYA_SEX_MALE:
      /* Translators: the sex of a group of places, after its category:
       * "Schoolchildren · male" */
      sex = C_("occupancy group", "male");
      break;
    case RIAYA_SEX_FEMALE:
      sex = C_("occupancy group", "female");
      break;
    case RIAYA_SEX_ANY:
    case RIAYA_N_SEXES:
    default:
      sex = C_("occupancy group", "both sexes");
      break;
    }

  /* Translators: a group of places: its category, then its sex
   * ("Schoolchildren · male") */
  return g_strdup_printf (C_("occupancy group", "%1$s · %2$s"),
                          riaya_category_to_label (group->category), sex);
}

static char *
group_numbers (const RiayaOccupancyGroup *group)
{
  g_autofree char *present = riaya_ui_format_count (group->present);
  g_autofree char *places = riaya_ui_format_count (group->places);

  if (riaya_occupancy_group_is_over (group))
    /* Translators: people present, then places licensed, of a group
     * with more people than places */
    return g_strdup_printf (_("%1$s / %2$s — over capacity"), present, places);
  if (riaya_occupancy_group_is_full (group))
    /* Translators: people present, then places licensed, of a full group */
    return g_strdup_printf (_("%1$s / %2$s — full"), present, places);

  /* Translators: people present, then places licensed */
  return g_strdup_printf (_("%1$s / %2$s"), present, places);
}

static GtkWidget *
level_bar_new (const RiayaOccupancyGroup *group)
{
  GtkWidget *bar = gtk_level_bar_new ();
  GtkLevelBar *level = GTK_LEVEL_BAR (bar);
  double maximum = MAX (MAX (group->places, group->present), 1);

  /* Adwaita's default offsets colour a low level as a warning and a full
   * one as a success: the opposite of what occupancy means. The block
   * takes the name of the first offset at or above the value. */
  gtk_level_bar_remove_offset_value (level, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (level, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (level, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_set_min_value (level, 0);
  gtk_level_bar_set_max_value (level, maximum);
  if (group->places > 0)
    {
      gtk_level_bar_add_offset_value (level, "occupancy-normal", group->places - 0.5);
      gtk_level_bar_add_offset_value (level, "occupancy-full", group->places);
    }
  if (group->present > group->places)
    gtk_level_bar_add_offset_value (level, "occupancy-over", maximum);
  gtk_level_bar_set_value (level, group->present);

  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 120, -1);
  gtk_widget_add_css_class (bar, "occupancy");

  return bar;
}

static void
add_row (RiayaOccupancyGauge       *self,
         const RiayaOccupancyGroup *group,
         int                        row)
{
  g_autofree char *name = riaya_occupancy_group_dup_label (group);
  g_autofree char *numbers = group_numbers (group);
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *bar = level_bar_new (group);
  GtkWidget *digits = gtk_label_new (numbers);
  const char *state = NULL;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (digits), 0);
  gtk_widget_add_css_class (digits, "numeric");
  gtk_widget_add_css_class (digits, "occupancy-digits");

  if (riaya_occupancy_group_is_over (group))
    state = "occupancy-over";
  else if (riaya_occupancy_group_is_full (group))
    state = "occupancy-full";
  if (state != NULL)
    {
      gtk_widget_add_css_class (label, state);
      gtk_widget_add_css_class (digits, state);
    }

  gtk_accessible_update_relation (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, digits, NULL,
                                  -1);

  gtk_grid_attach (GTK_GRID (self->grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (self->grid), bar, 1, row, 1, 1);
  gtk_grid_attach (GTK_GRID (self->grid), digits, 2, row, 1, 1);
}

static void
clear_rows (RiayaOccupancyGauge *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
}

static void
show_message (RiayaOccupancyGauge *self,
              const char          *message)
{
  GtkWidget *label = gtk_label_new (message);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_grid_attach (GTK_GRID (self->grid), label, 0, 0, 3, 1);
}

static void
riaya_occupancy_gauge_dispose (GObject *object)
{
  RiayaOccupancyGauge *self = RIAYA_OCCUPANCY_GAUGE (object);

  g_clear_pointer (&self->grid, gtk_widget_unparent);

  G_OBJECT_CLASS (riaya_occupancy_gauge_parent_class)->dispose (object);
}

static void
riaya_occupancy_gauge_class_init (RiayaOccupancyGaugeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = riaya_occupancy_gauge_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "occupancy-gauge");
}

static void
riaya_occupancy_gauge_init (RiayaOccupancyGauge *self)
{
  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  riaya_occupancy_gauge_set_groups (self, NULL);
}

GtkWidget *
riaya_occupancy_gauge_new (void)
{
  return g_object_new (RIAYA_TYPE_OCCUPANCY_GAUGE, NULL);
}

void
riaya_occupancy_gauge_set_groups (RiayaOccupancyGauge *self,
                                  GArray              *groups)
{
  g_return_if_fail (RIAYA_IS_OCCUPANCY_GAUGE (self));

  clear_rows (self);
  self->over = groups != NULL && riaya_occupancy_any_over (groups);

  if (groups == NULL)
    show_message (self, _("No count of the people present on this date."));
  else if (groups->len == 0)
    show_message (self, _("No places licensed on this date, and no one present."));

  for (guint i = 0; groups != NULL && i < groups->len; i++)
    add_row (self, &g_array_index (groups, RiayaOccupancyGroup, i), (int) i);
}

gboolean
riaya_occupancy_gauge_is_over (RiayaOccupancyGauge *self)
{
  g_return_val_if_fail (RIAYA_IS_OCCUPANCY_GAUGE (self), FALSE);
  return self->over;
}
