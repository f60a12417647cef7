/* riaya-institutions-page.c — the registry: every institution, filtered and sorted
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pipeline is: RiayaInstitutionList → GtkSortListModel (column sorter) →
 * RiayaInstitutionFilterModel (sidebar filters and search) →
 * GtkSingleSelection. The filter sits above the sort so that a keystroke
 * only filters an already sorted list; search keys are folded once, in
 * the loading thread.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-institutions-page-private.h"
#include "riaya-tasks.h"
#include "riaya-ui-util.h"

G_DEFINE_FINAL_TYPE (RiayaInstitutionsPage, riaya_institutions_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SELECTED,
  N_PROPS
};

enum {
  LOADED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_selected (RiayaInstitutionsPage *self,
              RiayaInstitution      *institution)
{
  if (g_set_object (&self->selected, institution))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static gboolean
select_uuid (RiayaInstitutionsPage *self,
             const char            *uuid)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  for (guint i = 0; uuid != NULL && i < n; i++)
    {
      RiayaInstitution *shown = riaya_institution_filter_model_peek (self->filtered, i);

      if (g_strcmp0 (riaya_institution_get_uuid (shown), uuid) == 0)
        {
          riaya_institution_rows_reach (self->rows, i);
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

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
  g_autofree char *selected_uuid = NULL;

  items = riaya_load_institutions_finish (result, &error);
  if (items == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;

  if (items == NULL)
    {
      _riaya_institutions_page_update_view (self);
      show_toast (self, adw_toast_new (error->message));
      g_signal_emit (self, signals[LOADED], 0);
      return;
    }

  g_hash_table_remove_all (self->deleted);
  /* A reload (a register changed its presence) keeps the row chosen. */
  if (self->selected != NULL)
    selected_uuid = g_strdup (riaya_institution_get_uuid (self->selected));
  /* One splice: the views see one change, not thousands. */
  riaya_institution_list_splice (self->institutions, 0,
                                 g_list_model_get_n_items (G_LIST_MODEL (self->institutions)),
                                 (RiayaInstitution **) items->pdata, items->len);
  select_uuid (self, selected_uuid);
  _riaya_institutions_page_update_summary (self);
  g_signal_emit (self, signals[LOADED], 0);
}

static void
start_load (RiayaInstitutionsPage *self)
{
  self->load_pending = FALSE;
  riaya_load_institutions_async (riaya_context_get_db_path (self->context), self->load_cancellable,
                                 on_institutions_loaded, g_object_ref (self));
}

static void
stop_watching_paint (RiayaInstitutionsPage *self)
{
  g_clear_signal_handler (&self->after_paint_handler, self->frame_clock);
  self->frame_clock = NULL;
}

static void
on_after_paint (GdkFrameClock         *clock,
                RiayaInstitutionsPage *self)
{
  stop_watching_paint (self);
  self->painted = TRUE;
  if (self->load_pending)
    start_load (self);
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
  return riaya_institution_list_find (self->institutions, uuid, position);
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
      riaya_institution_list_splice (self->institutions, position, 1, &shown, 1);
    }
  else
    riaya_institution_list_insert (self->institutions, G_MAXUINT, saved);

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

/* The selection
 *
 * The view's items are rows that stay where they are while the
 * institutions they show change (riaya-institution-rows.c), so the
 * selection, which holds a position, is moved by hand to follow the
 * institution, and dropped when the institution is no longer shown. */

static void
on_selection_changed (GtkSingleSelection    *selection,
                      GParamSpec            *pspec,
                      RiayaInstitutionsPage *self)
{
  guint position = gtk_single_selection_get_selected (selection);

  if (self->filtering)
    return;

  if (position != GTK_INVALID_LIST_POSITION &&
      position < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)))
    set_selected (self, riaya_institution_filter_model_peek (self->filtered, position));
  else
    set_selected (self, NULL);
}

static void
on_vadjustment_changed (GObject               *view,
                        GParamSpec            *pspec,
                        RiayaInstitutionsPage *self)
{
  /* The rows need it to tell what is on screen. */
  riaya_institution_rows_set_adjustment (self->rows, gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)));
}

static void
on_filtered_items_changing (GListModel            *model,
                            guint                  position,
                            guint                  removed,
                            guint                  added,
                            RiayaInstitutionsPage *self)
{
  self->filtering = TRUE;
}

static void
on_filtered_items_changed (GListModel            *model,
                           guint                  position,
                           guint                  removed,
                           guint                  added,
                           RiayaInstitutionsPage *self)
{
  guint selected = GTK_INVALID_LIST_POSITION;

  self->filtering = FALSE;

  if (self->selected != NULL &&
      !riaya_institution_filter_model_find (self->filtered, self->selected, &selected))
    set_selected (self, NULL);
  if (gtk_single_selection_get_selected (self->selection) != selected)
    {
      if (selected != GTK_INVALID_LIST_POSITION)
        riaya_institution_rows_reach (self->rows, selected);
      gtk_single_selection_set_selected (self->selection, selected);
    }

  _riaya_institutions_page_update_summary (self);
}

/* Overrides */

static void
riaya_institutions_page_map (GtkWidget *widget)
{
  RiayaInstitutionsPage *self = RIAYA_INSTITUTIONS_PAGE (widget);

  GTK_WIDGET_CLASS (riaya_institutions_page_parent_class)->map (widget);

  if (!self->painted && self->after_paint_handler == 0)
    {
      self->frame_clock = gtk_widget_get_frame_clock (widget);
      self->after_paint_handler = g_signal_connect (self->frame_clock, "after-paint",
                                                    G_CALLBACK (on_after_paint), self);
      gtk_widget_queue_draw (widget);
    }
}

static void
riaya_institutions_page_unmap (GtkWidget *widget)
{
  stop_watching_paint (RIAYA_INSTITUTIONS_PAGE (widget));

  GTK_WIDGET_CLASS (riaya_institutions_page_parent_class)->unmap (widget);
}

static void
riaya_institutions_page_constructed (GObject *object)
{
  RiayaInstitutionsPage *self = RIAYA_INSTITUTIONS_PAGE (object);

  G_OBJECT_CLASS (riaya_institutions_page_parent_class)->constructed (object);

  _riaya_institutions_columns_add (self->column_view, self->context);

  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->institutions)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filtered = riaya_institution_filter_model_new (G_LIST_MODEL (self->sorted));
  /* The order of these handlers matters: the selected institution is
   * remembered before the rows change, and found again after. */
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changing), self, 0);
  self->rows = riaya_institution_rows_new (G_LIST_MODEL (self->filtered));
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changed), self, 0);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed), self, 0);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->column_view, "notify::vadjustment",
                           G_CALLBACK (on_vadjustment_changed), self, 0);
  on_vadjustment_changed (G_OBJECT (self->column_view), NULL, self);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed), self, 0);
  g_signal_connect_object (self->context, "reloaded",
                           G_CALLBACK (on_context_reloaded), self, 0);
  /* The flags of late grants change with them. */
  g_signal_connect_object (self->context, "grants-changed",
                           G_CALLBACK (on_context_reloaded), self, 0);

  _riaya_institutions_page_fill_filters (self);
  restore_sort (self);
  _riaya_institutions_page_update_summary (self);
}

static void
riaya_institutions_page_dispose (GObject *object)
{
  RiayaInstitutionsPage *self = RIAYA_INSTITUTIONS_PAGE (object);

  g_cancellable_cancel (self->load_cancellable);
  stop_watching_paint (self);
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
  g_clear_object (&self->rows);
  g_clear_object (&self->selected);
  g_clear_object (&self->filtered);
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

  g_free (self->region_code);
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
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
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
  widget_class->map = riaya_institutions_page_map;
  widget_class->unmap = riaya_institutions_page_unmap;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RIAYA_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The institution of the row selected, or NULL: what the window's
   * actions on "the selected institution" act on. */
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, RIAYA_TYPE_INSTITUTION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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
  _riaya_institutions_page_class_init_export (widget_class);
}

static void
riaya_institutions_page_init (RiayaInstitutionsPage *self)
{
  GtkShortcutController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->institutions = riaya_institution_list_new ();
  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, deleted_free);
  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->province_codes = g_ptr_array_new_with_free_func (g_free);
  _riaya_institutions_page_setup_filters (self);

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
  _riaya_institutions_page_update_view (self);

  /* The first frame never waits for the data: loading starts once the
   * page has been painted, so that start-up does not grow with the
   * registry (quality.md, the start-up bench). */
  if (!self->painted)
    {
      self->load_pending = TRUE;
      return;
    }

  start_load (self);
}

GListModel *
riaya_institutions_page_get_institutions (RiayaInstitutionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), NULL);
  return G_LIST_MODEL (self->institutions);
}

gboolean
riaya_institutions_page_is_loading (RiayaInstitutionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), FALSE);
  return self->loading;
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
  g_return_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self));
  g_return_if_fail (RIAYA_IS_INSTITUTION (institution));

  select_uuid (self, riaya_institution_get_uuid (institution));
}

RiayaInstitution *
riaya_institutions_page_get_selected (RiayaInstitutionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTIONS_PAGE (self), NULL);
  return self->selected;
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
      riaya_institution_list_remove (self->institutions, position);
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
  riaya_institution_list_insert (self->institutions, MIN (deleted->position, n), deleted->institution);
  riaya_institutions_page_select (self, deleted->institution);
  g_hash_table_remove (self->deleted, uuid);

  return TRUE;
}
