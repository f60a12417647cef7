/* riaya-institutions-page-filters.c — the sidebar's filters, search and footer
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Filters compare codes; the search compares folded words against each
 * institution's folded search key, made once in the loading thread, so
 * that a keystroke on 13,000 institutions fits in a frame.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-institutions-page-private.h"
#include "riaya-ui-util.h"

/* The filter
 *
 * The footer's total of places is kept up to date as the filter runs: the
 * filter list model asks about exactly the institutions whose visibility
 * may change (only the shown ones when the search narrows, only the hidden
 * ones when it widens), so each answer adjusts the total by that one
 * institution. Summing 13,000 rows on every keystroke is then avoided. */

typedef struct
{
  gboolean shown;
  guint    places;
} Shown;

static GQuark shown_quark;

static gboolean
matches (RiayaInstitutionsPage *self,
         RiayaInstitution      *institution)
{
  const char *province;

  if (self->type >= 0 && (int) riaya_institution_get_institution_type (institution) != self->type)
    return FALSE;
  if (self->legal_basis >= 0 && (int) riaya_institution_get_legal_basis (institution) != self->legal_basis)
    return FALSE;
  if (self->status >= 0 && (int) riaya_institution_get_status (institution) != self->status)
    return FALSE;

  province = riaya_institution_get_province_code (institution);
  if (self->province_code != NULL && g_strcmp0 (province, self->province_code) != 0)
    return FALSE;
  /* Province codes are RR.PPP: the region is their first two digits. */
  if (self->region_code != NULL && (province == NULL || strncmp (province, self->region_code, 2) != 0))
    return FALSE;

  if (self->query_words != NULL)
    {
      const char *key = riaya_institution_get_search_key (institution);

      for (guint i = 0; self->query_words[i] != NULL; i++)
        {
          if (strstr (key, self->query_words[i]) == NULL)
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
_riaya_institutions_page_filter (gpointer item,
                                 gpointer user_data)
{
  RiayaInstitutionsPage *self = user_data;
  RiayaInstitution *institution = item;
  gboolean shown = matches (self, institution);
  Shown *state;

  if (G_UNLIKELY (shown_quark == 0))
    shown_quark = g_quark_from_static_string ("riaya-institutions-page-shown");

  state = g_object_get_qdata (G_OBJECT (institution), shown_quark);
  if (state == NULL)
    {
      state = g_new0 (Shown, 1);
      g_object_set_qdata_full (G_OBJECT (institution), shown_quark, state, g_free);
    }

  /* The places it counted for before (they may have changed since). */
  if (state->shown)
    self->visible_places -= state->places;
  state->shown = shown;
  state->places = shown ? riaya_institution_get_places (institution) : 0;
  self->visible_places += state->places;

  return shown;
}

void
_riaya_institutions_page_forget (RiayaInstitutionsPage *self,
                                 RiayaInstitution      *institution)
{
  Shown *state = shown_quark != 0 ? g_object_get_qdata (G_OBJECT (institution), shown_quark) : NULL;

  if (state == NULL)
    return;

  if (state->shown)
    self->visible_places -= state->places;
  g_object_set_qdata (G_OBJECT (institution), shown_quark, NULL);
}

void
_riaya_institutions_page_update_view (RiayaInstitutionsPage *self)
{
  const char *name;

  if (self->loading)
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
  guint64 places = self->visible_places;
  g_autofree char *n_text = NULL;
  g_autofree char *places_text = NULL;
  g_autofree char *institutions = NULL;
  g_autofree char *places_part = NULL;

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
  gtk_label_set_text (self->summary_label, self->summary);

  _riaya_institutions_page_update_view (self);
}

void
_riaya_institutions_page_on_filtered_items_changed (GListModel            *model,
                                                    guint                  position,
                                                    guint                  removed,
                                                    guint                  added,
                                                    RiayaInstitutionsPage *self)
{
  _riaya_institutions_page_update_summary (self);
}

/* Filter drop-downs */

static GtkStringList *
string_list_with_all (const char *all_label)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all_label);
  return list;
}

static int
compare_by_display_name (gconstpointer a,
                         gconstpointer b)
{
  return g_utf8_collate (riaya_territory_get_display_name (*(RiayaTerritory **) a),
                         riaya_territory_get_display_name (*(RiayaTerritory **) b));
}

static void
fill_provinces (RiayaInstitutionsPage *self)
{
  GListModel *provinces = riaya_context_get_provinces (self->context);
  guint n = g_list_model_get_n_items (provinces);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkStringList) names = string_list_with_all (_("All provinces"));

  for (guint i = 0; i < n; i++)
    {
      RiayaTerritory *province = g_list_model_get_item (provinces, i);

      if (self->region_code == NULL ||
          g_strcmp0 (riaya_territory_get_region_code (province), self->region_code) == 0)
        g_ptr_array_add (shown, province);
      else
        g_object_unref (province);
    }
  g_ptr_array_sort (shown, compare_by_display_name);

  g_ptr_array_set_size (self->province_codes, 0);
  g_ptr_array_add (self->province_codes, NULL);
  for (guint i = 0; i < shown->len; i++)
    {
      RiayaTerritory *province = g_ptr_array_index (shown, i);

      gtk_string_list_append (names, riaya_territory_get_display_name (province));
      g_ptr_array_add (self->province_codes, g_strdup (riaya_territory_get_code (province)));
    }

  self->filling_filters = TRUE;
  gtk_drop_down_set_model (self->province_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->province_dropdown, 0);
  self->filling_filters = FALSE;
  g_clear_pointer (&self->province_code, g_free);
}

void
_riaya_institutions_page_fill_filters (RiayaInstitutionsPage *self)
{
  GListModel *regions = riaya_context_get_regions (self->context);
  g_autoptr(GtkStringList) region_names = string_list_with_all (_("All regions"));
  g_autoptr(GtkStringList) types = string_list_with_all (_("All types"));
  g_autoptr(GtkStringList) bases = string_list_with_all (_("All legal bases"));
  g_autoptr(GtkStringList) statuses = string_list_with_all (_("All statuses"));
  guint n = g_list_model_get_n_items (regions);

  g_ptr_array_set_size (self->region_codes, 0);
  g_ptr_array_add (self->region_codes, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaTerritory) region = g_list_model_get_item (regions, i);

      gtk_string_list_append (region_names, riaya_territory_get_display_name (region));
      g_ptr_array_add (self->region_codes, g_strdup (riaya_territory_get_code (region)));
    }
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
  if (self->filling_filters)
    return;

  if (dropdown == self->region_dropdown)
    {
      guint selected = gtk_drop_down_get_selected (dropdown);

      g_free (self->region_code);
      self->region_code = selected < self->region_codes->len
                          ? g_strdup (g_ptr_array_index (self->region_codes, selected)) : NULL;
      /* The province list follows the region. */
      fill_provinces (self);
    }
  else if (dropdown == self->province_dropdown)
    {
      guint selected = gtk_drop_down_get_selected (dropdown);

      g_free (self->province_code);
      self->province_code = selected < self->province_codes->len
                            ? g_strdup (g_ptr_array_index (self->province_codes, selected)) : NULL;
    }
  else if (dropdown == self->type_dropdown)
    self->type = selected_index (dropdown);
  else if (dropdown == self->legal_basis_dropdown)
    self->legal_basis = selected_index (dropdown);
  else if (dropdown == self->status_dropdown)
    self->status = selected_index (dropdown);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
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
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;
  GtkFilterChange change;

  g_return_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self));

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  folded = riaya_text_fold (stripped);

  if (g_strcmp0 (folded, self->query ? self->query : "") == 0)
    return;

  /* A query that only grows can only narrow the list: the filter then
   * rechecks just the rows still shown. */
  if (self->query == NULL || strstr (folded, self->query) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->query, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->query);
  g_strfreev (self->query_words);
  self->query = g_steal_pointer (&folded);
  self->query_words = NULL;
  if (*self->query != '\0')
    {
      char **words = g_strsplit_set (self->query, " \t", -1);
      GPtrArray *kept = g_ptr_array_new ();

      for (guint i = 0; words[i] != NULL; i++)
        {
          if (*words[i] != '\0')
            g_ptr_array_add (kept, g_strdup (words[i]));
        }
      g_ptr_array_add (kept, NULL);
      g_strfreev (words);
      self->query_words = (char **) g_ptr_array_free (kept, FALSE);
    }

  gtk_filter_changed (GTK_FILTER (self->filter), change);
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
  return self->visible_places;
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
