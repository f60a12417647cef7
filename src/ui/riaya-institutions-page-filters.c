/* riaya-institutions-page-filters.c — the sidebar's filters, search and footer
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drop-downs and the search hand their criteria to the filter model
 * (riaya-institution-filter-model.c), which filters at once; the footer
 * follows its items-changed.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-institutions-page-private.h"
#include "riaya-ui-util.h"

void
_riaya_institutions_page_update_view (RiayaInstitutionsPage *self)
{
  const char *name;

  /* A reload keeps the list in sight (a register's admission changes
   * one institution's presence); only a first load shows the spinner. */
  if (self->loading && g_list_model_get_n_items (G_LIST_MODEL (self->institutions)) == 0)
    name = "loading";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->institutions)) == 0)
    name = "no-data";
  else if (self->n_visible == 0)
    name = "empty";
  else
    name = "list";

  gtk_stack_set_visible_child_name (self->list_stack, name);
  gtk_spinner_set_spinning (self->loading_spinner, self->loading);
}

void
_riaya_institutions_page_update_summary (RiayaInstitutionsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint64 places = riaya_institution_filter_model_get_places (self->filtered);
  g_autofree char *n_text = NULL;
  g_autofree char *places_text = NULL;
  g_autofree char *institutions = NULL;
  g_autofree char *places_part = NULL;
  guint64 present = 0, counted_places = 0;

  self->n_visible = n;

  n_text = riaya_ui_format_count (n);
  places_text = riaya_ui_format_count (places);
  /* Translators: %s is a number of institutions, already formatted (1,312) */
  institutions = g_strdup_printf (ngettext ("%s institution", "%s institutions", n), n_text);
  /* Translators: %s is a number of places, already formatted (115,040) */
  places_part = g_strdup_printf (ngettext ("%s place", "%s places", (gulong) MIN (places, G_MAXULONG)),
                                 places_text);

  g_free (self->summary);
  /* Translators: the footer of the list: a number of institutions, then
   * their licensed places, e.g. "1,312 institutions · 115,040 places" */
  self->summary = g_strdup_printf (C_("list summary", "%s · %s"), institutions, places_part);

  /* Occupancy of what the filters show: per province or region for
   * national staff, from the counts, never from names. */
  if (riaya_institution_filter_model_get_present (self->filtered, &present, &counted_places))
    {
      g_autofree char *present_text = riaya_ui_format_count (present);
      g_autofree char *with_present = NULL;
      guint rate = counted_places > 0 ? (guint) ((present * 100 + counted_places / 2) / counted_places) : 0;

      with_present =
        /* Translators: the list summary, then people present and the
         * occupancy rate, e.g. "… · 98,012 present (85%)"; %s are numbers
         * already formatted, %u a percentage */
        g_strdup_printf (ngettext ("%s · %s present (%u%%)", "%s · %s present (%u%%)",
                                   (gulong) MIN (present, G_MAXULONG)),
                         self->summary, present_text, rate);
      g_free (self->summary);
      self->summary = g_steal_pointer (&with_present);
    }
  gtk_label_set_text (self->summary_label, self->summary);

  _riaya_institutions_page_update_view (self);
}

/* Filter drop-downs */

static void
fill_provinces (RiayaInstitutionsPage *self)
{
  g_autoptr(GtkStringList) names =
    riaya_ui_province_filter_names (riaya_context_get_provinces (self->context), self->region_code,
                                    _("All provinces"), self->province_codes);

  self->filling_filters = TRUE;
  gtk_drop_down_set_model (self->province_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->province_dropdown, 0);
  self->filling_filters = FALSE;
  riaya_institution_filter_model_set_province (self->filtered, NULL);
}

void
_riaya_institutions_page_fill_filters (RiayaInstitutionsPage *self)
{
  g_autoptr(GtkStringList) region_names =
    riaya_ui_region_filter_names (riaya_context_get_regions (self->context), _("All regions"),
                                  self->region_codes);
  g_autoptr(GtkStringList) types = riaya_ui_filter_names (_("All types"));
  g_autoptr(GtkStringList) bases = riaya_ui_filter_names (_("All legal bases"));
  g_autoptr(GtkStringList) statuses = riaya_ui_filter_names (_("All statuses"));

  for (guint t = 0; t < RIAYA_N_INSTITUTION_TYPES; t++)
    gtk_string_list_append (types, riaya_institution_type_to_label (t));
  for (guint b = 0; b < RIAYA_N_LEGAL_BASES; b++)
    gtk_string_list_append (bases, riaya_legal_basis_to_label (b));
  for (guint s = 0; s < RIAYA_N_LICENCE_STATUSES; s++)
    gtk_string_list_append (statuses, riaya_licence_status_to_label (s));

  self->filling_filters = TRUE;
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (region_names));
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (types));
  gtk_drop_down_set_model (self->legal_basis_dropdown, G_LIST_MODEL (bases));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  self->filling_filters = FALSE;

  fill_provinces (self);
}

static int
selected_index (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* Entry 0 is "All". */
  return (selected == GTK_INVALID_LIST_POSITION || selected == 0) ? -1 : (int) selected - 1;
}

static void
on_filter_selected (GtkDropDown           *dropdown,
                    GParamSpec            *pspec,
                    RiayaInstitutionsPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->filling_filters)
    return;

  if (dropdown == self->region_dropdown)
    {
      g_free (self->region_code);
      self->region_code = selected < self->region_codes->len
                          ? g_strdup (g_ptr_array_index (self->region_codes, selected)) : NULL;
      /* The province list follows the region. */
      fill_provinces (self);
      riaya_institution_filter_model_set_region (self->filtered, self->region_code);
    }
  else if (dropdown == self->province_dropdown)
    riaya_institution_filter_model_set_province (self->filtered,
                                                 selected < self->province_codes->len
                                                 ? g_ptr_array_index (self->province_codes, selected)
                                                 : NULL);
  else if (dropdown == self->type_dropdown)
    riaya_institution_filter_model_set_type (self->filtered, selected_index (dropdown));
  else if (dropdown == self->legal_basis_dropdown)
    riaya_institution_filter_model_set_legal_basis (self->filtered, selected_index (dropdown));
  else if (dropdown == self->status_dropdown)
    riaya_institution_filter_model_set_status (self->filtered, selected_index (dropdown));
}

void
_riaya_institutions_page_setup_filters (RiayaInstitutionsPage *self)
{
  GtkDropDown *dropdowns[RIAYA_N_FILTERS];

  dropdowns[RIAYA_FILTER_REGION] = self->region_dropdown;
  dropdowns[RIAYA_FILTER_PROVINCE] = self->province_dropdown;
  dropdowns[RIAYA_FILTER_TYPE] = self->type_dropdown;
  dropdowns[RIAYA_FILTER_LEGAL_BASIS] = self->legal_basis_dropdown;
  dropdowns[RIAYA_FILTER_STATUS] = self->status_dropdown;
  for (guint i = 0; i < RIAYA_N_FILTERS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = riaya_ui_ellipsizing_factory_new ();

      gtk_drop_down_set_factory (dropdowns[i], factory);
      g_signal_connect (dropdowns[i], "notify::selected", G_CALLBACK (on_filter_selected), self);
    }

  /* The province list is long: let people type to find theirs. */
  {
    g_autoptr(GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

    gtk_drop_down_set_expression (self->province_dropdown, expression);
  }
  gtk_drop_down_set_enable_search (self->province_dropdown, TRUE);
}

/* Public API */

void
riaya_institutions_page_set_search_text (RiayaInstitutionsPage *self,
                                         const char            *text)
{
  g_return_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self));

  riaya_institution_filter_model_set_search (self->filtered, text);
}

guint
riaya_institutions_page_get_n_visible (RiayaInstitutionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

guint64
riaya_institutions_page_get_visible_places (RiayaInstitutionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), 0);
  return riaya_institution_filter_model_get_places (self->filtered);
}

const char *
riaya_institutions_page_get_summary (RiayaInstitutionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), NULL);
  return gtk_label_get_text (self->summary_label);
}

GListModel *
riaya_institutions_page_get_visible (RiayaInstitutionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

GtkDropDown *
riaya_institutions_page_get_filter (RiayaInstitutionsPage *self,
                                    RiayaFilterKind        kind)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), NULL);

  switch (kind)
    {
    case RIAYA_FILTER_REGION:
      return self->region_dropdown;
    case RIAYA_FILTER_PROVINCE:
      return self->province_dropdown;
    case RIAYA_FILTER_TYPE:
      return self->type_dropdown;
    case RIAYA_FILTER_LEGAL_BASIS:
      return self->legal_basis_dropdown;
    case RIAYA_FILTER_STATUS:
      return self->status_dropdown;
    case RIAYA_N_FILTERS:
    default:
      g_return_val_if_reached (NULL);
    }
}

void
riaya_institutions_page_clear_filters (RiayaInstitutionsPage *self)
{
  g_return_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self));

  gtk_drop_down_set_selected (self->region_dropdown, 0);
  gtk_drop_down_set_selected (self->province_dropdown, 0);
  gtk_drop_down_set_selected (self->type_dropdown, 0);
  gtk_drop_down_set_selected (self->legal_basis_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
}
