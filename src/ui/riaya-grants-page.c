/* riaya-grants-page.c — the Entraide Nationale's grants, by year, with their totals
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store filters by year, territory and type, and sums each year as
 * the published table does (reports.md, grants-by-year): both run in a
 * worker thread, since ten years of national grants are some 10,000 rows
 * with their tranches. Where a grant stands (open, late, closed) depends
 * on today's date: it is filtered here, over the list loaded. The
 * pipeline is GListStore → GtkSortListModel (column sorter) →
 * GtkFilterListModel (status) → GtkSingleSelection.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-grants-page-private.h"
#include "riaya-tasks.h"
#include "riaya-ui-util.h"

G_DEFINE_FINAL_TYPE (RiayaGrantsPage, riaya_grants_page, ADW_TYPE_BIN)

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
show_toast (RiayaGrantsPage *self,
            AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static gboolean
select_uuid (RiayaGrantsPage *self,
             const char      *uuid)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  for (guint i = 0; uuid != NULL && i < n; i++)
    {
      g_autoptr(RiayaGrant) grant = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (g_strcmp0 (riaya_grant_get_uuid (grant), uuid) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
status_matches (gpointer item,
                gpointer user_data)
{
  RiayaGrantsPage *self = user_data;

  return self->status < 0 || (int) riaya_grant_get_status (item, self->today) == self->status;
}

/* Loading */

static void
on_grants_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RiayaGrantsPage) self = user_data;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) totals = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *selected_uuid = NULL;
  RiayaGrant *selected;
  guint oldest = G_MAXUINT;

  items = riaya_load_grants_finish (result, &totals, &error);
  if (items == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  self->loaded_once = TRUE;

  if (items == NULL)
    {
      _riaya_grants_page_update_view (self);
      show_toast (self, adw_toast_new (error->message));
      g_signal_emit (self, signals[LOADED], 0);
      return;
    }

  /* A reload keeps the grant chosen, or shows the one just saved. */
  selected = gtk_single_selection_get_selected_item (self->selection);
  selected_uuid = g_strdup (self->select_after_load != NULL ? self->select_after_load
                            : selected != NULL ? riaya_grant_get_uuid (selected) : NULL);
  g_clear_pointer (&self->select_after_load, g_free);

  g_clear_pointer (&self->totals, g_array_unref);
  self->totals = g_steal_pointer (&totals);
  /* One splice: the views see one change, not thousands. */
  g_list_store_splice (self->grants, 0, g_list_model_get_n_items (G_LIST_MODEL (self->grants)),
                       items->pdata, items->len);

  /* The year filter offers every year that has grants. */
  for (guint i = 0; i < items->len; i++)
    oldest = MIN (oldest, riaya_grant_get_year (g_ptr_array_index (items, i)));
  if (oldest != G_MAXUINT)
    _riaya_grants_page_offer_years (self, oldest);

  select_uuid (self, selected_uuid);
  _riaya_grants_page_fill_totals (self);
  _riaya_grants_page_update_summary (self);
  g_signal_emit (self, signals[LOADED], 0);
}

static void
start_load (RiayaGrantsPage *self)
{
  RiayaGrantFilter filter = RIAYA_GRANT_FILTER_INIT;

  self->load_pending = FALSE;
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  self->loading = TRUE;

  /* Lateness is judged on the day the list is read. */
  g_free (self->today);
  self->today = riaya_date_today_iso ();
  _riaya_grants_columns_set_today (self->column_view, self->today);

  _riaya_grants_page_get_filter (self, &filter);
  riaya_load_grants_async (riaya_context_get_db_path (self->context), &filter, self->today,
                           self->load_cancellable, on_grants_loaded, g_object_ref (self));
  _riaya_grants_page_update_view (self);
}

static void
on_grants_changed (RiayaContext    *context,
                   RiayaGrantsPage *self)
{
  /* A page never shown has nothing to show again. */
  if (self->loaded_once || self->loading)
    riaya_grants_page_reload (self);
}

/* Editing */

static void
on_editor_saved (RiayaGrantEditor *editor,
                 const char       *uuid,
                 RiayaGrantsPage  *self)
{
  /* The context's grants-changed reloads the list: then the grant saved
   * is the one chosen. */
  g_free (self->select_after_load);
  self->select_after_load = g_strdup (uuid);
}

static void
on_column_view_activate (GtkColumnView   *view,
                         guint            position,
                         RiayaGrantsPage *self)
{
  g_autoptr(RiayaGrant) grant = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (grant != NULL)
    riaya_grants_page_open_editor (self, grant, NULL);
}

static void
on_filtered_items_changed (GListModel      *model,
                           guint            position,
                           guint            removed,
                           guint            added,
                           RiayaGrantsPage *self)
{
  _riaya_grants_page_update_summary (self);
}

/* Actions */

static void
clear_filters_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  riaya_grants_page_clear_filters (RIAYA_GRANTS_PAGE (widget));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  riaya_grants_page_open_editor (RIAYA_GRANTS_PAGE (widget), NULL, NULL);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  riaya_grants_page_delete_selected (RIAYA_GRANTS_PAGE (widget));
}

/* Overrides */

static void
riaya_grants_page_map (GtkWidget *widget)
{
  RiayaGrantsPage *self = RIAYA_GRANTS_PAGE (widget);

  GTK_WIDGET_CLASS (riaya_grants_page_parent_class)->map (widget);

  /* Read only when first looked at: start-up never waits for grants. */
  if (!self->loaded_once && !self->loading)
    start_load (self);
  else if (self->load_pending)
    start_load (self);
}

static void
riaya_grants_page_constructed (GObject *object)
{
  RiayaGrantsPage *self = RIAYA_GRANTS_PAGE (object);

  G_OBJECT_CLASS (riaya_grants_page_parent_class)->constructed (object);

  self->today = riaya_date_today_iso ();
  _riaya_grants_columns_add (self->column_view, self->context, self->today);

  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->grants)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->status_filter = gtk_custom_filter_new (status_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sorted)),
                                              GTK_FILTER (g_object_ref (self->status_filter)));
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changed), self, 0);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->context, "reloaded", G_CALLBACK (on_grants_changed), self, 0);
  g_signal_connect_object (self->context, "grants-changed", G_CALLBACK (on_grants_changed), self, 0);

  _riaya_grants_page_fill_filters (self);
  _riaya_grants_page_fill_totals (self);
  _riaya_grants_page_update_summary (self);
}

static void
riaya_grants_page_dispose (GObject *object)
{
  RiayaGrantsPage *self = RIAYA_GRANTS_PAGE (object);

  g_cancellable_cancel (self->load_cancellable);
  if (self->editor != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
      gtk_window_destroy (GTK_WINDOW (self->editor));
      self->editor = NULL;
    }

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RIAYA_TYPE_GRANTS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->status_filter);
  g_clear_object (&self->sorted);
  g_clear_object (&self->grants);
  g_clear_object (&self->institutions);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->total_labels, g_hash_table_unref);

  G_OBJECT_CLASS (riaya_grants_page_parent_class)->dispose (object);
}

static void
riaya_grants_page_finalize (GObject *object)
{
  RiayaGrantsPage *self = RIAYA_GRANTS_PAGE (object);

  g_clear_pointer (&self->totals, g_array_unref);
  g_array_unref (self->years);
  g_ptr_array_unref (self->region_codes);
  g_ptr_array_unref (self->province_codes);
  g_free (self->region_code);
  g_free (self->today);
  g_free (self->summary);
  g_free (self->select_after_load);

  G_OBJECT_CLASS (riaya_grants_page_parent_class)->finalize (object);
}

static void
riaya_grants_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RiayaGrantsPage *self = RIAYA_GRANTS_PAGE (object);

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
riaya_grants_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RiayaGrantsPage *self = RIAYA_GRANTS_PAGE (object);

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
riaya_grants_page_class_init (RiayaGrantsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = riaya_grants_page_constructed;
  object_class->dispose = riaya_grants_page_dispose;
  object_class->finalize = riaya_grants_page_finalize;
  object_class->get_property = riaya_grants_page_get_property;
  object_class->set_property = riaya_grants_page_set_property;
  widget_class->map = riaya_grants_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RIAYA_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RiayaGrantsPage::loaded:
   *
   * A load started by riaya_grants_page_reload() or a filter finished.
   */
  signals[LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/riaya/Riaya/riaya-grants-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, province_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, totals_box);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, totals_caption);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, totals_grid);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaGrantsPage, loading_spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);

  gtk_widget_class_install_action (widget_class, "grants.clear-filters", NULL, clear_filters_activated);
  gtk_widget_class_install_action (widget_class, "grants.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "grants.delete", NULL, delete_activated);
}

static void
riaya_grants_page_init (RiayaGrantsPage *self)
{
  GtkShortcutController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->grants = g_list_store_new (RIAYA_TYPE_GRANT);
  self->status = -1;
  self->years = g_array_new (FALSE, TRUE, sizeof (guint));
  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->province_codes = g_ptr_array_new_with_free_func (g_free);
  self->total_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  _riaya_grants_page_setup_filters (self);

  /* Delete on a selected row deletes it (with undo). */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("grants.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (shortcuts));
}

/* Public API */

RiayaGrantsPage *
riaya_grants_page_new (RiayaContext *context)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);

  return g_object_new (RIAYA_TYPE_GRANTS_PAGE, "context", context, NULL);
}

void
riaya_grants_page_set_institutions (RiayaGrantsPage *self,
                                    GListModel      *institutions)
{
  g_return_if_fail (RIAYA_IS_GRANTS_PAGE (self));
  g_return_if_fail (institutions == NULL || G_IS_LIST_MODEL (institutions));

  g_set_object (&self->institutions, institutions);
}

void
riaya_grants_page_reload (RiayaGrantsPage *self)
{
  g_return_if_fail (RIAYA_IS_GRANTS_PAGE (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->loaded_once && !self->loading)
    {
      self->load_pending = TRUE;
      return;
    }

  start_load (self);
}

gboolean
riaya_grants_page_is_loading (RiayaGrantsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANTS_PAGE (self), FALSE);
  return self->loading;
}

GListModel *
riaya_grants_page_get_visible (RiayaGrantsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANTS_PAGE (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

GArray *
riaya_grants_page_get_totals (RiayaGrantsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANTS_PAGE (self), NULL);
  return self->totals;
}

const char *
riaya_grants_page_get_total_text (RiayaGrantsPage *self,
                                  guint            year,
                                  const char      *column)
{
  g_autofree char *key = NULL;
  GtkLabel *label;

  g_return_val_if_fail (RIAYA_IS_GRANTS_PAGE (self), NULL);
  g_return_val_if_fail (column != NULL, NULL);

  key = g_strdup_printf ("%u/%s", year, column);
  label = g_hash_table_lookup (self->total_labels, key);

  return label != NULL ? gtk_label_get_text (label) : NULL;
}

void
riaya_grants_page_open_editor (RiayaGrantsPage  *self,
                               RiayaGrant       *grant,
                               RiayaInstitution *institution)
{
  GtkRoot *root;

  g_return_if_fail (RIAYA_IS_GRANTS_PAGE (self));
  g_return_if_fail (grant == NULL || RIAYA_IS_GRANT (grant));
  g_return_if_fail (institution == NULL || RIAYA_IS_INSTITUTION (institution));

  if (self->editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor));
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->editor = riaya_grant_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context,
                                         grant, institution, self->institutions);
  g_object_add_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
  g_signal_connect_object (self->editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  gtk_window_present (GTK_WINDOW (self->editor));
}

RiayaGrantEditor *
riaya_grants_page_get_editor (RiayaGrantsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANTS_PAGE (self), NULL);
  return self->editor;
}

void
riaya_grants_page_select (RiayaGrantsPage *self,
                          const char      *grant_uuid)
{
  g_return_if_fail (RIAYA_IS_GRANTS_PAGE (self));
  select_uuid (self, grant_uuid);
}

RiayaGrant *
riaya_grants_page_get_selected (RiayaGrantsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_GRANTS_PAGE (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

void
riaya_grants_page_delete_selected (RiayaGrantsPage *self)
{
  RiayaGrant *selected;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RIAYA_IS_GRANTS_PAGE (self));

  selected = riaya_grants_page_get_selected (self);
  if (selected == NULL)
    return;

  if (!riaya_grant_delete_with_undo (self->context, GTK_WIDGET (self), riaya_grant_get_uuid (selected), &error))
    show_toast (self, adw_toast_new (error->message));
}
