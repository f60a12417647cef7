/* riaya-institutions-page.c — the registry: every institution, filtered and sorted
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pipeline is: GListStore → GtkSortListModel (column sorter) →
 * GtkFilterListModel (sidebar filters and search) → GtkSingleSelection.
 * The filter sits above the sort so that a keystroke only filters an
 * already sorted list; search keys are folded once, in the loading thread.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-institutions-page-private.h"
#include "riaya-tasks.h"
#include "riaya-ui-util.h"

typedef struct
{
  RiayaInstitution *institution;
  guint             position;
} Deleted;

struct _RiayaInstitutionsPage
{
  AdwBin                  parent_instance;

  RiayaContext           *context;
  GListStore             *institutions;
  GtkSortListModel       *sorted;
  GtkCustomFilter        *filter;
  GtkFilterListModel     *filtered;
  GtkSingleSelection     *selection;
  GCancellable           *load_cancellable;
  gboolean                loading;
  GHashTable             *deleted;          /* uuid → Deleted, for undo */
  RiayaInstitutionEditor *editor;           /* weak */
  guint                   save_sort_source;

  /* Filter state: NULL or -1 mean "all". */
  char                   *query;            /* folded */
  char                  **query_words;
  char                   *region_code;
  char                   *province_code;
  int                     type;
  int                     legal_basis;
  int                     status;
  GPtrArray              *region_codes;     /* parallel to the drop-down, [0] = NULL */
  GPtrArray              *province_codes;
  gboolean                filling_filters;

  guint                   n_visible;
  guint64                 visible_places;
  char                   *summary;

  /* Template widgets */
  GtkDropDown            *region_dropdown;
  GtkDropDown            *province_dropdown;
  GtkDropDown            *type_dropdown;
  GtkDropDown            *legal_basis_dropdown;
  GtkDropDown            *status_dropdown;
  GtkStack               *list_stack;
  GtkColumnView          *column_view;
  GtkLabel               *summary_label;
  GtkSpinner             *loading_spinner;
};

G_DEFINE_FINAL_TYPE (RiayaInstitutionsPage, riaya_institutions_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  LOADED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  g_clear_object (&deleted->institution);
  g_free (deleted);
}

static void
show_toast (RiayaInstitutionsPage *self,
            AdwToast              *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* The filter */

static gboolean
filter_institution (gpointer item,
                    gpointer user_data)
{
  RiayaInstitutionsPage *self = user_data;
  RiayaInstitution *institution = item;
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

static void
update_view (RiayaInstitutionsPage *self)
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

static void
update_summary (RiayaInstitutionsPage *self)
{
  GListModel *visible = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (visible);
  guint64 places = 0;
  g_autofree char *n_text = NULL;
  g_autofree char *places_text = NULL;
  g_autofree char *institutions = NULL;
  g_autofree char *places_part = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (visible, i);

      places += riaya_institution_get_places (institution);
    }

  self->n_visible = n;
  self->visible_places = places;

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

  update_view (self);
}

static void
on_filtered_items_changed (GListModel            *model,
                           guint                  position,
                           guint                  removed,
                           guint                  added,
                           RiayaInstitutionsPage *self)
{
  update_summary (self);
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

static void
fill_filters (RiayaInstitutionsPage *self)
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

/* Sorting, remembered across runs */

static gboolean
save_sort_idle (gpointer user_data)
{
  RiayaInstitutionsPage *self = user_data;
  GSettings *settings = riaya_context_get_settings (self->context);
  const char *id = NULL;
  gboolean descending = FALSE;
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  self->save_sort_source = 0;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (sorter), "primary-sort-column") != NULL)
    {
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkSortType order = GTK_SORT_ASCENDING;

      /* GTK 4.10 and later say it. */
      g_object_get (sorter, "primary-sort-column", &column, "primary-sort-order", &order, NULL);
      id = _riaya_institutions_column_get_id (column);
      descending = order == GTK_SORT_DESCENDING;
    }
  else if (!_riaya_institutions_columns_probe (self->column_view, G_LIST_MODEL (self->institutions),
                                               &id, &descending))
    return G_SOURCE_REMOVE;

  g_settings_set_string (settings, "sort-column", id != NULL ? id : "");
  g_settings_set_boolean (settings, "sort-descending", descending);

  return G_SOURCE_REMOVE;
}

static void
on_sorter_changed (GtkSorter             *sorter,
                   GtkSorterChange        change,
                   RiayaInstitutionsPage *self)
{
  /* The headers update after the sorter: read them once they have. */
  if (self->save_sort_source == 0)
    self->save_sort_source = g_idle_add (save_sort_idle, self);
}

static void
restore_sort (RiayaInstitutionsPage *self)
{
  GSettings *settings = riaya_context_get_settings (self->context);
  g_autofree char *id = g_settings_get_string (settings, "sort-column");
  GtkColumnViewColumn *column = _riaya_institutions_column_find (self->column_view, id);

  if (column != NULL)
    gtk_column_view_sort_by_column (self->column_view, column,
                                    g_settings_get_boolean (settings, "sort-descending")
                                    ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

/* Loading */

static void
on_institutions_loaded (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(RiayaInstitutionsPage) self = user_data;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  items = riaya_load_institutions_finish (result, &error);
  if (items == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;

  if (items == NULL)
    {
      update_view (self);
      show_toast (self, adw_toast_new (error->message));
      g_signal_emit (self, signals[LOADED], 0);
      return;
    }

  g_hash_table_remove_all (self->deleted);
  /* One splice: the views see one change, not thousands. */
  g_list_store_splice (self->institutions, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->institutions)),
                       items->pdata, items->len);
  update_summary (self);
  g_signal_emit (self, signals[LOADED], 0);
}

static void
on_context_reloaded (RiayaContext          *context,
                     RiayaInstitutionsPage *self)
{
  riaya_institutions_page_reload (self);
}

/* Editing */

static gboolean
find_institution (RiayaInstitutionsPage *self,
                  const char            *uuid,
                  guint                 *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->institutions));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (G_LIST_MODEL (self->institutions), i);

      if (g_strcmp0 (riaya_institution_get_uuid (institution), uuid) == 0)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
on_editor_saved (RiayaInstitutionEditor *editor,
                 RiayaInstitution       *saved,
                 gboolean                created,
                 RiayaInstitutionsPage  *self)
{
  guint position;
  g_autofree char *message = NULL;

  /* Derived values computed now, as the loading thread does for the rest. */
  riaya_institution_get_search_key (saved);

  if (find_institution (self, riaya_institution_get_uuid (saved), &position))
    {
      g_autoptr(RiayaInstitution) shown = g_list_model_get_item (G_LIST_MODEL (self->institutions), position);

      riaya_institution_update_from (shown, saved);
      _riaya_institutions_name_key_forget (shown);
      /* Replacing the item by itself rebinds its row and refilters and
       * resorts it. */
      g_list_store_splice (self->institutions, position, 1, (gpointer *) &shown, 1);
    }
  else
    g_list_store_append (self->institutions, saved);

  riaya_institutions_page_select (self, saved);

  message = g_strdup_printf (created
                             /* Translators: %s is an institution's name */
                             ? _("“%s” added")
                             /* Translators: %s is an institution's name */
                             : _("“%s” saved"),
                             riaya_institution_get_display_name (saved));
  show_toast (self, adw_toast_new (message));
}

static void
on_editor_delete_requested (RiayaInstitutionEditor *editor,
                            const char             *uuid,
                            RiayaInstitutionsPage  *self)
{
  guint position;
  g_autoptr(GError) error = NULL;

  if (!find_institution (self, uuid, &position))
    return;

  {
    g_autoptr(RiayaInstitution) institution = g_list_model_get_item (G_LIST_MODEL (self->institutions), position);

    if (!riaya_institutions_page_delete (self, institution, &error))
      show_toast (self, adw_toast_new (error->message));
  }
}

static void
on_column_view_activate (GtkColumnView         *view,
                         guint                  position,
                         RiayaInstitutionsPage *self)
{
  g_autoptr(RiayaInstitution) institution = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (institution != NULL)
    riaya_institutions_page_open_editor (self, institution);
}

static void
clear_filters_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  riaya_institutions_page_clear_filters (RIAYA_INSTITUTIONS_PAGE (widget));
}

/* Overrides */

static void
riaya_institutions_page_constructed (GObject *object)
{
  RiayaInstitutionsPage *self = RIAYA_INSTITUTIONS_PAGE (object);

  G_OBJECT_CLASS (riaya_institutions_page_parent_class)->constructed (object);

  _riaya_institutions_columns_add (self->column_view, self->context);

  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->institutions)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filter = gtk_custom_filter_new (filter_institution, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sorted)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changed), self, 0);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed), self, 0);
  g_signal_connect_object (self->context, "reloaded",
                           G_CALLBACK (on_context_reloaded), self, 0);

  fill_filters (self);
  restore_sort (self);
  update_summary (self);
}

static void
riaya_institutions_page_dispose (GObject *object)
{
  RiayaInstitutionsPage *self = RIAYA_INSTITUTIONS_PAGE (object);

  g_cancellable_cancel (self->load_cancellable);
  /* Taking the columns down changes the sorter: that is no user's choice. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_func (gtk_column_view_get_sorter (self->column_view),
                                          on_sorter_changed, self);
  g_clear_handle_id (&self->save_sort_source, g_source_remove);
  if (self->editor != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
      gtk_window_destroy (GTK_WINDOW (self->editor));
      self->editor = NULL;
    }

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RIAYA_TYPE_INSTITUTIONS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorted);
  g_clear_object (&self->institutions);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->deleted, g_hash_table_unref);

  G_OBJECT_CLASS (riaya_institutions_page_parent_class)->dispose (object);
}

static void
riaya_institutions_page_finalize (GObject *object)
{
  RiayaInstitutionsPage *self = RIAYA_INSTITUTIONS_PAGE (object);

  g_free (self->query);
  g_strfreev (self->query_words);
  g_free (self->region_code);
  g_free (self->province_code);
  g_free (self->summary);
  g_ptr_array_unref (self->region_codes);
  g_ptr_array_unref (self->province_codes);

  G_OBJECT_CLASS (riaya_institutions_page_parent_class)->finalize (object);
}

static void
riaya_institutions_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RiayaInstitutionsPage *self = RIAYA_INSTITUTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_institutions_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  RiayaInstitutionsPage *self = RIAYA_INSTITUTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_institutions_page_class_init (RiayaInstitutionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = riaya_institutions_page_constructed;
  object_class->dispose = riaya_institutions_page_dispose;
  object_class->finalize = riaya_institutions_page_finalize;
  object_class->get_property = riaya_institutions_page_get_property;
  object_class->set_property = riaya_institutions_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RIAYA_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RiayaInstitutionsPage::loaded:
   *
   * A load started by riaya_institutions_page_reload() finished.
   */
  signals[LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/riaya/Riaya/riaya-institutions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionsPage, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionsPage, province_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionsPage, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionsPage, legal_basis_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaInstitutionsPage, loading_spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);

  gtk_widget_class_install_action (widget_class, "page.clear-filters", NULL, clear_filters_activated);
}

static void
riaya_institutions_page_init (RiayaInstitutionsPage *self)
{
  GtkDropDown *dropdowns[RIAYA_N_FILTERS];
  GtkShortcutController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->institutions = g_list_store_new (RIAYA_TYPE_INSTITUTION);
  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, deleted_free);
  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->province_codes = g_ptr_array_new_with_free_func (g_free);
  self->type = -1;
  self->legal_basis = -1;
  self->status = -1;

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
  gtk_drop_down_set_expression (self->province_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (self->province_dropdown, TRUE);

  /* Delete on a selected row deletes it (with undo). */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("win.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (shortcuts));
}

/* Public API */

RiayaInstitutionsPage *
riaya_institutions_page_new (RiayaContext *context)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);

  return g_object_new (RIAYA_TYPE_INSTITUTIONS_PAGE, "context", context, NULL);
}

void
riaya_institutions_page_reload (RiayaInstitutionsPage *self)
{
  g_return_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  self->loading = TRUE;
  update_view (self);

  riaya_load_institutions_async (riaya_context_get_db_path (self->context), self->load_cancellable,
                                 on_institutions_loaded, g_object_ref (self));
}

gboolean
riaya_institutions_page_is_loading (RiayaInstitutionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), FALSE);
  return self->loading;
}

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

void
riaya_institutions_page_open_editor (RiayaInstitutionsPage *self,
                                     RiayaInstitution      *institution)
{
  GtkRoot *root;

  g_return_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self));
  g_return_if_fail (institution == NULL || RIAYA_IS_INSTITUTION (institution));

  if (self->editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor));
      return;
    }

  self->editor = riaya_institution_editor_new (self->context, institution);
  g_object_add_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
  g_signal_connect_object (self->editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  g_signal_connect_object (self->editor, "delete-requested",
                           G_CALLBACK (on_editor_delete_requested), self, 0);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self->editor), GTK_WINDOW (root));

  gtk_window_present (GTK_WINDOW (self->editor));
}

RiayaInstitutionEditor *
riaya_institutions_page_get_editor (RiayaInstitutionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), NULL);
  return self->editor;
}

void
riaya_institutions_page_select (RiayaInstitutionsPage *self,
                                RiayaInstitution      *institution)
{
  guint n;

  g_return_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) shown = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (g_strcmp0 (riaya_institution_get_uuid (shown), riaya_institution_get_uuid (institution)) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

RiayaInstitution *
riaya_institutions_page_get_selected (RiayaInstitutionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
riaya_institutions_page_delete (RiayaInstitutionsPage  *self,
                                RiayaInstitution       *institution,
                                GError                **error)
{
  RiayaStore *store;
  const char *uuid;
  guint position;
  Deleted *deleted;
  AdwToast *toast;
  g_autofree char *title = NULL;

  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), FALSE);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), FALSE);

  store = riaya_context_get_store (self->context);
  uuid = riaya_institution_get_uuid (institution);
  if (!riaya_store_delete_institution (store, uuid, error))
    return FALSE;

  deleted = g_new0 (Deleted, 1);
  deleted->institution = g_object_ref (institution);
  if (find_institution (self, uuid, &position))
    {
      deleted->position = position;
      g_list_store_remove (self->institutions, position);
    }
  else
    deleted->position = g_list_model_get_n_items (G_LIST_MODEL (self->institutions));
  g_hash_table_replace (self->deleted, g_strdup (uuid), deleted);

  /* Translators: %s is an institution's name */
  title = g_strdup_printf (_("“%s” deleted"), riaya_institution_get_display_name (institution));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_action_target (toast, "s", uuid);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  show_toast (self, toast);

  return TRUE;
}

void
riaya_institutions_page_delete_selected (RiayaInstitutionsPage *self)
{
  RiayaInstitution *selected;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self));

  selected = riaya_institutions_page_get_selected (self);
  if (selected == NULL)
    return;

  if (!riaya_institutions_page_delete (self, selected, &error))
    show_toast (self, adw_toast_new (error->message));
}

gboolean
riaya_institutions_page_undelete (RiayaInstitutionsPage  *self,
                                  const char             *uuid,
                                  GError                **error)
{
  Deleted *deleted;
  guint n;

  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!riaya_store_undelete_institution (riaya_context_get_store (self->context), uuid, error))
    return FALSE;

  deleted = g_hash_table_lookup (self->deleted, uuid);
  if (deleted == NULL)
    {
      /* Deleted before a reload: the next load shows it again. */
      riaya_institutions_page_reload (self);
      return TRUE;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->institutions));
  g_list_store_insert (self->institutions, MIN (deleted->position, n), deleted->institution);
  riaya_institutions_page_select (self, deleted->institution);
  g_hash_table_remove (self->deleted, uuid);

  return TRUE;
}
