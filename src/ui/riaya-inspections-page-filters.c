/* riaya-inspections-page-filters.c — the inspections page's sidebar
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The programme's year, and the territory every part covers. A
 * provincial delegate plans the visits of a province (decree 2.19.693
 * art. 7, the committee is provincial): in a delegate's database the page
 * opens on the delegate's province, which national staff choose here.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-inspections-page-private.h"
#include "riaya-ui-util.h"

/* Years offered before this year's: the programmes of the last years,
 * to see what was due then. */
#define PAST_YEARS 4

static GtkDropDown *
dropdown (RiayaInspectionsPage       *self,
          RiayaInspectionsFilterKind  kind)
{
  switch (kind)
    {
    case RIAYA_INSPECTIONS_FILTER_YEAR:
      return self->year_dropdown;
    case RIAYA_INSPECTIONS_FILTER_REGION:
      return self->region_dropdown;
    case RIAYA_INSPECTIONS_FILTER_PROVINCE:
      return self->province_dropdown;
    case RIAYA_INSPECTIONS_N_FILTERS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
fill_provinces (RiayaInspectionsPage *self)
{
  g_autoptr(GtkStringList) names =
    riaya_ui_province_filter_names (riaya_context_get_provinces (self->context), self->region_code,
                                    _("All provinces"), self->province_codes);

  self->filling_filters = TRUE;
  gtk_drop_down_set_model (self->province_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->province_dropdown, 0);
  self->filling_filters = FALSE;
}

void
_riaya_inspections_page_offer_years (RiayaInspectionsPage *self,
                                     guint                 year)
{
  guint this_year = (guint) g_ascii_strtoull (self->today, NULL, 10);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint newest = MAX (this_year + 1, year);
  guint oldest = MIN (this_year - PAST_YEARS, year);

  g_array_set_size (self->years, 0);
  for (guint y = newest; y >= oldest; y--)
    {
      g_autofree char *label = g_strdup_printf ("%u", y);

      gtk_string_list_append (labels, label);
      g_array_append_val (self->years, y);
    }

  self->filling_filters = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (labels));
  for (guint i = 0; i < self->years->len; i++)
    {
      if (g_array_index (self->years, guint, i) == year)
        gtk_drop_down_set_selected (self->year_dropdown, i);
    }
  self->filling_filters = FALSE;
}

void
_riaya_inspections_page_fill_filters (RiayaInspectionsPage *self)
{
  g_autoptr(GtkStringList) region_names =
    riaya_ui_region_filter_names (riaya_context_get_regions (self->context), _("All regions"),
                                  self->region_codes);

  self->filling_filters = TRUE;
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (region_names));
  self->filling_filters = FALSE;

  _riaya_inspections_page_offer_years (self, riaya_inspections_page_default_year (self->today));
  fill_provinces (self);
}

const char *
_riaya_inspections_page_get_province (RiayaInspectionsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->province_dropdown);

  return selected < self->province_codes->len ? g_ptr_array_index (self->province_codes, selected) : NULL;
}

static void
choose_code (GtkDropDown *dropdown,
             GPtrArray   *codes,
             const char  *code)
{
  for (guint i = 0; i < codes->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (codes, i), code) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
}

void
_riaya_inspections_page_choose_profile_province (RiayaInspectionsPage *self)
{
  RiayaProfile profile;
  g_autofree char *province_code = NULL;
  RiayaTerritory *province;

  if (!riaya_context_get_profile (self->context, &profile, &province_code) ||
      profile != RIAYA_PROFILE_DELEGATE || province_code == NULL)
    return;

  province = riaya_context_lookup_territory (self->context, province_code);
  if (province == NULL)
    return;

  /* The region first: the province list follows it. No load yet: the
   * page reads when shown. */
  self->filling_filters = TRUE;
  g_free (self->region_code);
  self->region_code = g_strdup (riaya_territory_get_region_code (province));
  choose_code (self->region_dropdown, self->region_codes, self->region_code);
  self->filling_filters = FALSE;
  fill_provinces (self);
  self->filling_filters = TRUE;
  choose_code (self->province_dropdown, self->province_codes, province_code);
  self->filling_filters = FALSE;
}

static void
on_filter_selected (GtkDropDown          *dropdown,
                    GParamSpec           *pspec,
                    RiayaInspectionsPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->filling_filters)
    return;

  /* The year is the programme's alone. */
  if (dropdown == self->year_dropdown)
    {
      _riaya_inspections_page_load (self, RIAYA_INSPECTIONS_LOAD_PROGRAMME);
      return;
    }

  if (dropdown == self->region_dropdown)
    {
      g_free (self->region_code);
      self->region_code = selected < self->region_codes->len
                          ? g_strdup (g_ptr_array_index (self->region_codes, selected)) : NULL;
      /* The province list follows the region. */
      fill_provinces (self);
    }

  _riaya_inspections_page_load (self, RIAYA_INSPECTIONS_N_LOADS);
}

void
_riaya_inspections_page_setup_filters (RiayaInspectionsPage *self)
{
  for (RiayaInspectionsFilterKind k = 0; k < RIAYA_INSPECTIONS_N_FILTERS; k++)
    {
      g_autoptr(GtkListItemFactory) factory = riaya_ui_ellipsizing_factory_new ();

      gtk_drop_down_set_factory (dropdown (self, k), factory);
      g_signal_connect (dropdown (self, k), "notify::selected", G_CALLBACK (on_filter_selected), self);
    }

  /* The province list is long: let people type to find theirs. */
  {
    g_autoptr(GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

    gtk_drop_down_set_expression (self->province_dropdown, expression);
  }
  gtk_drop_down_set_enable_search (self->province_dropdown, TRUE);
}

/* Public API */

GtkDropDown *
riaya_inspections_page_get_filter (RiayaInspectionsPage       *self,
                                   RiayaInspectionsFilterKind  kind)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), NULL);
  return dropdown (self, kind);
}

void
riaya_inspections_page_clear_filters (RiayaInspectionsPage *self)
{
  g_return_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self));

  self->filling_filters = TRUE;
  riaya_inspections_page_set_year (self, riaya_inspections_page_default_year (self->today));
  gtk_drop_down_set_selected (self->region_dropdown, 0);
  g_clear_pointer (&self->region_code, g_free);
  self->filling_filters = FALSE;
  fill_provinces (self);

  _riaya_inspections_page_load (self, RIAYA_INSPECTIONS_N_LOADS);
}

guint
riaya_inspections_page_get_year (RiayaInspectionsPage *self)
{
  guint selected;

  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), 0);

  selected = gtk_drop_down_get_selected (self->year_dropdown);
  return selected < self->years->len ? g_array_index (self->years, guint, selected)
                                     : riaya_inspections_page_default_year (self->today);
}

gboolean
riaya_inspections_page_set_year (RiayaInspectionsPage *self,
                                 guint                 year)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), FALSE);

  for (guint i = 0; i < self->years->len; i++)
    {
      if (g_array_index (self->years, guint, i) == year)
        {
          gtk_drop_down_set_selected (self->year_dropdown, i);
          return TRUE;
        }
    }

  return FALSE;
}
