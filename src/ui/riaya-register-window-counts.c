/* riaya-register-window-counts.c — dates, occupancy and counts in words
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A delegate's or national database holds no names (Law 09-08 art. 3:
 * no more data than the purpose needs; Law 65.15 art. 28: the register
 * is the institution's): for them the register window shows the counts
 * of people present by age band, and the admissions and exits of the
 * year, as they arrive from the institution.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "riaya-register-window-private.h"
#include "riaya-store-residents.h"
#include "riaya-ui-util.h"

/* Dates in words */

char *
_riaya_register_format_date (const char *iso_date)
{
  static const char * const months[12] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      month < 1 || month > 12)
    return g_strdup (iso_date != NULL ? iso_date : "");

  /* Translators: a date: the day, the month's name and the year
   * ("23 November 2026") */
  return g_strdup_printf (C_("long date", "%1$d %2$s %3$d"), day,
                          g_dpgettext2 (GETTEXT_PACKAGE, "month", months[month - 1]), year);
}

/* The over-capacity banner */

char *
_riaya_register_over_text (GArray *groups)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; groups != NULL && i < groups->len; i++)
    {
      RiayaOccupancyGroup *group = &g_array_index (groups, RiayaOccupancyGroup, i);
      g_autofree char *present = NULL;
      g_autofree char *places = NULL;
      g_autofree char *category = NULL;

      if (!riaya_occupancy_group_is_over (group))
        continue;

      present = riaya_ui_format_count (group->present);
      places = riaya_ui_format_count (group->places);
      category = riaya_occupancy_group_dup_label (group);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (group->places == 0)
        g_string_append_printf (text,
                                /* Translators: people present, then a group of places (“Children · male”) */
                                ngettext ("Over capacity: %1$s person present for no licensed place (%2$s)",
                                          "Over capacity: %1$s people present for no licensed place (%2$s)",
                                          group->present),
                                present, category);
      else
        g_string_append_printf (text,
                                /* Translators: people present, places licensed, then a group of places
                                 * (“Children · male”) */
                                ngettext ("Over capacity: %1$s people present for %2$s place (%3$s)",
                                          "Over capacity: %1$s people present for %2$s places (%3$s)",
                                          group->places),
                                present, places, category);
    }

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }

  return g_string_free (text, FALSE);
}

/* The counts, in a database without registers */

static GtkWidget *
counts_label (const char *text,
              const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);

  return label;
}

static void
grid_add_row (GtkGrid    *grid,
              int         row,
              const char *title,
              const guint *values,
              guint       n_values,
              gboolean    heading)
{
  gtk_grid_attach (grid, counts_label (title, heading ? "heading" : NULL), 0, row, 1, 1);
  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *number = riaya_ui_format_count (values[i]);
      GtkWidget *label = counts_label (number, "numeric");

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      if (heading)
        gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (grid, label, 1 + i, row, 1, 1);
    }
}

static GtkGrid *
counts_grid_new (GtkBox *box)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_box_append (box, grid);

  return GTK_GRID (grid);
}

static void
fill_age_bands (GtkBox *box,
                GArray *counts)
{
  guint bands[RIAYA_N_AGE_BANDS][3] = { { 0 } };
  guint totals[3] = { 0 };
  GtkGrid *grid = counts_grid_new (box);
  int row = 1;

  for (guint i = 0; i < counts->len; i++)
    {
      RiayaCountLine *line = &g_array_index (counts, RiayaCountLine, i);
      guint sex = line->sex == RIAYA_SEX_FEMALE ? 1 : 0;

      bands[line->age_band][sex] += line->present;
      bands[line->age_band][2] += line->present;
      totals[sex] += line->present;
      totals[2] += line->present;
    }

  gtk_grid_attach (grid, counts_label (C_("counts column", "Age"), "heading"), 0, 0, 1, 1);
  gtk_grid_attach (grid, counts_label (C_("counts column", "Male"), "heading"), 1, 0, 1, 1);
  gtk_grid_attach (grid, counts_label (C_("counts column", "Female"), "heading"), 2, 0, 1, 1);
  gtk_grid_attach (grid, counts_label (C_("counts column", "Total"), "heading"), 3, 0, 1, 1);
  for (guint band = 0; band < RIAYA_N_AGE_BANDS; band++)
    {
      if (bands[band][2] > 0)
        grid_add_row (grid, row++, riaya_age_band_to_label (band), bands[band], 3, FALSE);
    }
  grid_add_row (grid, row, C_("counts row", "Total"), totals, 3, TRUE);
}

static void
fill_movements (GtkBox     *box,
                GArray     *movements,
                const char *from,
                const char *to)
{
  guint referrals[RIAYA_N_REFERRALS] = { 0 };
  guint reasons[RIAYA_N_EXIT_REASONS] = { 0 };
  guint admissions = 0, exits = 0;
  g_autofree char *from_text = _riaya_register_format_date (from);
  g_autofree char *to_text = _riaya_register_format_date (to);
  g_autofree char *heading = NULL;
  GtkGrid *grid;
  int row = 0;

  for (guint i = 0; i < movements->len; i++)
    {
      RiayaMovementLine *line = &g_array_index (movements, RiayaMovementLine, i);

      if (line->admission && line->reason >= 0 && line->reason < RIAYA_N_REFERRALS)
        {
          referrals[line->reason] += line->count;
          admissions += line->count;
        }
      else if (!line->admission && line->reason >= 0 && line->reason < RIAYA_N_EXIT_REASONS)
        {
          reasons[line->reason] += line->count;
          exits += line->count;
        }
    }

  /* Translators: two dates ("1 January 2026", "23 November 2026") */
  heading = g_strdup_printf (_("Admissions and exits from %1$s to %2$s"), from_text, to_text);
  gtk_box_append (box, counts_label (heading, "title-4"));

  /* No line at all: nothing was reported, which is not zero. */
  if (movements->len == 0)
    {
      gtk_box_append (box, counts_label (_("No admissions or exits have been reported for this period."), NULL));
      return;
    }

  grid = counts_grid_new (box);
  grid_add_row (grid, row++, _("Admissions"), &admissions, 1, TRUE);
  for (guint r = 0; r < RIAYA_N_REFERRALS; r++)
    {
      if (referrals[r] > 0)
        grid_add_row (grid, row++, riaya_referral_to_label (r), &referrals[r], 1, FALSE);
    }
  grid_add_row (grid, row++, _("Exits"), &exits, 1, TRUE);
  for (guint r = 0; r < RIAYA_N_EXIT_REASONS; r++)
    {
      if (reasons[r] > 0)
        grid_add_row (grid, row++, riaya_exit_reason_to_label (r), &reasons[r], 1, FALSE);
    }
}

void
_riaya_register_counts_fill (GtkBox     *box,
                             RiayaStore *store,
                             const char *uuid,
                             const char *date)
{
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GArray) movements = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *counted_on = NULL;
  g_autofree char *from = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  gtk_box_append (box,
                  counts_label (_("Names are kept only in the institution’s own database. This one holds "
                                  "the number of people present, by category, sex and age band, and the "
                                  "admissions and exits."), "dim-label"));

  counts = riaya_store_get_counts (store, uuid, date, &counted_on, &error);
  if (counts == NULL)
    {
      gtk_box_append (box, counts_label (error->message, "error"));
      return;
    }

  gtk_box_append (box, counts_label (_("People present by age band"), "title-4"));
  if (counted_on == NULL)
    gtk_box_append (box,
                    counts_label (_("No count on or before this date has been received yet."), NULL));
  else
    {
      g_autofree char *date = _riaya_register_format_date (counted_on);
      /* Translators: %s is the date the people present were counted */
      g_autofree char *text = g_strdup_printf (_("Counted on %s"), date);

      gtk_box_append (box, counts_label (text, "dim-label"));
      fill_age_bands (box, counts);
    }

  /* The movements of the year of the date shown, up to that date. */
  from = g_strdup_printf ("%.4s-01-01", date);
  movements = riaya_store_get_movements (store, uuid, from, date, &error);
  if (movements == NULL)
    gtk_box_append (box, counts_label (error->message, "error"));
  else
    fill_movements (box, movements, from, date);
}
