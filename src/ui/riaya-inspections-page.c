/* riaya-inspections-page.c — the inspection programme, follow-ups and calendar of visits
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a provincial delegate works from (product.md §4): the annual
 * programme that decree 2.19.693 art. 7 asks for — the institutions due a
 * visit in the year, most urgent first —, the follow-up visits proposed
 * when a deadline of Law 65.15 art. 34 passed with corrective actions
 * open, and a month calendar of the visits with their agenda. Each part
 * is read in a worker thread (riaya-inspections-page-tasks.c) and spliced
 * in at once; all of it is judged on one day, today unless the page is
 * told otherwise.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-inspections-page-private.h"
#include "riaya-ui-util.h"

G_DEFINE_FINAL_TYPE (RiayaInspectionsPage, riaya_inspections_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TODAY,
  N_PROPS
};

enum {
  LOADED,
  EXPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_riaya_inspections_page_show_toast (RiayaInspectionsPage *self,
                                    const char           *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast = adw_toast_new (message);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static gboolean
any_loading (RiayaInspectionsPage *self)
{
  for (guint i = 0; i < RIAYA_INSPECTIONS_N_LOADS; i++)
    {
      if (self->cancellables[i] != NULL)
        return TRUE;
    }

  return FALSE;
}

static GListStore *
store_of (RiayaInspectionsPage *self,
          RiayaInspectionsLoad  load)
{
  switch (load)
    {
    case RIAYA_INSPECTIONS_LOAD_PROGRAMME:
      return self->programme;
    case RIAYA_INSPECTIONS_LOAD_FOLLOW_UPS:
      return self->follow_ups;
    case RIAYA_INSPECTIONS_LOAD_AGENDA:
      return self->agenda;
    case RIAYA_INSPECTIONS_N_LOADS:
    default:
      g_assert_not_reached ();
    }
}

static void
update_views (RiayaInspectionsPage *self)
{
  _riaya_inspections_page_update_programme (self);
  _riaya_inspections_page_update_follow_ups (self);
  _riaya_inspections_page_update_agenda (self);
}

/* Loading */

static void
on_part_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RiayaInspectionsPage) self = user_data;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  RiayaInspectionsLoad load;
  GListStore *store;

  items = _riaya_inspections_load_finish (result, &load, &error);
  /* A newer load of the same part replaced this one. */
  if (items == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellables[load]);
  if (items == NULL)
    _riaya_inspections_page_show_toast (self, error->message);
  else
    {
      store = store_of (self, load);
      /* One splice: the views see one change, not thousands. */
      g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                           items->pdata, items->len);
      if (load == RIAYA_INSPECTIONS_LOAD_AGENDA && self->select_after_load != NULL)
        {
          _riaya_inspections_page_select_visit (self, self->select_after_load);
          g_clear_pointer (&self->select_after_load, g_free);
        }
    }

  if (!any_loading (self))
    self->loaded_once = TRUE;
  update_views (self);

  if (!any_loading (self))
    g_signal_emit (self, signals[LOADED], 0);
}

static void
refresh_today (RiayaInspectionsPage *self)
{
  /* The application may stay open across midnight. */
  if (!self->today_fixed)
    {
      g_autofree char *today = riaya_date_today_iso ();

      if (g_strcmp0 (today, self->today) != 0)
        {
          g_free (self->today);
          self->today = g_steal_pointer (&today);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
        }
    }
}

static void
start_part (RiayaInspectionsPage *self,
            RiayaInspectionsLoad  load)
{
  RiayaInspectionsJob *job = g_new0 (RiayaInspectionsJob, 1);

  g_cancellable_cancel (self->cancellables[load]);
  g_clear_object (&self->cancellables[load]);
  self->cancellables[load] = g_cancellable_new ();

  job->load = load;
  job->db_path = g_strdup (riaya_context_get_db_path (self->context));
  job->region_code = g_strdup (self->region_code);
  job->province_code = g_strdup (_riaya_inspections_page_get_province (self));
  job->today = g_strdup (self->today);
  job->year = riaya_inspections_page_get_year (self);
  job->upcoming = self->upcoming;
  if (load == RIAYA_INSPECTIONS_LOAD_AGENDA)
    _riaya_inspections_page_agenda_range (self, &job->from, &job->to);

  _riaya_inspections_load_async (job, self->cancellables[load], on_part_loaded, g_object_ref (self));
}

void
_riaya_inspections_page_load (RiayaInspectionsPage *self,
                              RiayaInspectionsLoad  load)
{
  /* Read only when first looked at: start-up never waits for visits. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->loaded_once)
    {
      self->load_pending = TRUE;
      return;
    }

  refresh_today (self);
  if (load == RIAYA_INSPECTIONS_N_LOADS)
    {
      self->load_pending = FALSE;
      for (RiayaInspectionsLoad l = 0; l < RIAYA_INSPECTIONS_N_LOADS; l++)
        start_part (self, l);
    }
  else
    start_part (self, load);

  update_views (self);
}

static void
on_inspections_changed (RiayaContext         *context,
                        RiayaInspectionsPage *self)
{
  riaya_inspections_page_reload (self);
}

/* Overrides */

static void
riaya_inspections_page_map (GtkWidget *widget)
{
  RiayaInspectionsPage *self = RIAYA_INSPECTIONS_PAGE (widget);

  GTK_WIDGET_CLASS (riaya_inspections_page_parent_class)->map (widget);

  /* Each time it is shown: the programme follows institutions, licences
   * and occupancy, which other pages change without telling this one. */
  self->load_pending = FALSE;
  _riaya_inspections_page_load (self, RIAYA_INSPECTIONS_N_LOADS);
}

static void
riaya_inspections_page_constructed (GObject *object)
{
  RiayaInspectionsPage *self = RIAYA_INSPECTIONS_PAGE (object);

  G_OBJECT_CLASS (riaya_inspections_page_parent_class)->constructed (object);

  if (self->today == NULL)
    self->today = riaya_date_today_iso ();

  _riaya_inspections_page_setup_lists (self);
  _riaya_inspections_page_setup_calendar (self);
  _riaya_inspections_page_fill_filters (self);
  _riaya_inspections_page_choose_profile_province (self);

  g_signal_connect_object (self->context, "reloaded", G_CALLBACK (on_inspections_changed), self, 0);
  g_signal_connect_object (self->context, "inspections-changed", G_CALLBACK (on_inspections_changed), self, 0);

  update_views (self);
}

static void
riaya_inspections_page_dispose (GObject *object)
{
  RiayaInspectionsPage *self = RIAYA_INSPECTIONS_PAGE (object);

  for (guint i = 0; i < RIAYA_INSPECTIONS_N_LOADS; i++)
    {
      g_cancellable_cancel (self->cancellables[i]);
      g_clear_object (&self->cancellables[i]);
    }
  if (self->editor != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
      gtk_window_destroy (GTK_WINDOW (self->editor));
      self->editor = NULL;
    }

  if (self->programme_view != NULL)
    gtk_column_view_set_model (self->programme_view, NULL);
  if (self->follow_ups_view != NULL)
    gtk_column_view_set_model (self->follow_ups_view, NULL);
  if (self->agenda_view != NULL)
    gtk_column_view_set_model (self->agenda_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RIAYA_TYPE_INSPECTIONS_PAGE);

  g_clear_object (&self->agenda_selection);
  g_clear_object (&self->programme);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->agenda);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_inspections_page_parent_class)->dispose (object);
}

static void
riaya_inspections_page_finalize (GObject *object)
{
  RiayaInspectionsPage *self = RIAYA_INSPECTIONS_PAGE (object);

  g_array_unref (self->years);
  g_ptr_array_unref (self->region_codes);
  g_ptr_array_unref (self->province_codes);
  g_free (self->region_code);
  g_free (self->today);
  g_free (self->programme_summary);
  g_free (self->agenda_heading);
  g_free (self->select_after_load);

  G_OBJECT_CLASS (riaya_inspections_page_parent_class)->finalize (object);
}

static void
riaya_inspections_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RiayaInspectionsPage *self = RIAYA_INSPECTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_inspections_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RiayaInspectionsPage *self = RIAYA_INSPECTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_TODAY:
      riaya_inspections_page_set_today (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_inspections_page_class_init (RiayaInspectionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = riaya_inspections_page_constructed;
  object_class->dispose = riaya_inspections_page_dispose;
  object_class->finalize = riaya_inspections_page_finalize;
  object_class->get_property = riaya_inspections_page_get_property;
  object_class->set_property = riaya_inspections_page_set_property;
  widget_class->map = riaya_inspections_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RIAYA_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The ISO date the page judges on (riaya_inspections_page_set_today). */
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RiayaInspectionsPage::loaded:
   *
   * Every part asked for (programme, follow-ups, agenda) is read and shown.
   */
  signals[LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * RiayaInspectionsPage::exported:
   * @path: the file written, or NULL when it failed
   * @message: what the toast said
   *
   * An iCalendar export finished.
   */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/riaya/Riaya/riaya-inspections-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, province_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, programme_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, programme_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, programme_view);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, programme_empty);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, follow_ups_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, follow_ups_view);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, upcoming_toggle);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, agenda_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, agenda_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, agenda_empty);
  gtk_widget_class_bind_template_child (widget_class, RiayaInspectionsPage, loading_spinner);

  _riaya_inspections_page_class_init_actions (widget_class);
}

static void
riaya_inspections_page_init (RiayaInspectionsPage *self)
{
  g_type_ensure (GTK_TYPE_CALENDAR);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->programme = g_list_store_new (RIAYA_TYPE_PROGRAMME_ENTRY);
  self->follow_ups = g_list_store_new (RIAYA_TYPE_INSPECTION);
  self->agenda = g_list_store_new (RIAYA_TYPE_INSPECTION);
  self->years = g_array_new (FALSE, TRUE, sizeof (guint));
  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->province_codes = g_ptr_array_new_with_free_func (g_free);
  _riaya_inspections_page_setup_filters (self);
}

/* Public API */

RiayaInspectionsPage *
riaya_inspections_page_new (RiayaContext *context)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);

  return g_object_new (RIAYA_TYPE_INSPECTIONS_PAGE, "context", context, NULL);
}

void
riaya_inspections_page_set_today (RiayaInspectionsPage *self,
                                  const char           *today)
{
  g_autofree char *day = NULL;
  guint year, month;

  g_return_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self));
  g_return_if_fail (today == NULL || riaya_date_parse (today, NULL, NULL));

  day = today != NULL ? g_strdup (today) : riaya_date_today_iso ();
  self->today_fixed = today != NULL;
  if (g_strcmp0 (day, self->today) == 0)
    return;

  g_free (self->today);
  self->today = g_steal_pointer (&day);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);

  /* Built already: the year and month follow the day. */
  if (self->context != NULL)
    {
      year = (guint) g_ascii_strtoull (self->today, NULL, 10);
      month = (guint) g_ascii_strtoull (self->today + 5, NULL, 10);
      _riaya_inspections_page_offer_years (self, riaya_inspections_page_default_year (self->today));
      self->moving_calendar = TRUE;
      riaya_inspections_page_show_month (self, year, month);
      self->moving_calendar = FALSE;
      riaya_inspections_page_reload (self);
    }
}

const char *
riaya_inspections_page_get_today (RiayaInspectionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), NULL);
  return self->today;
}

guint
riaya_inspections_page_default_year (const char *today)
{
  guint year, month;

  g_return_val_if_fail (today != NULL && strlen (today) >= 7, 0);

  year = (guint) g_ascii_strtoull (today, NULL, 10);
  month = (guint) g_ascii_strtoull (today + 5, NULL, 10);

  /* Decree 2.19.693 art. 7: the programme is adopted before the year
   * starts; from October the delegation prepares next year's. */
  return month >= 10 ? year + 1 : year;
}

void
riaya_inspections_page_reload (RiayaInspectionsPage *self)
{
  g_return_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self));

  _riaya_inspections_page_load (self, RIAYA_INSPECTIONS_N_LOADS);
}

gboolean
riaya_inspections_page_is_loading (RiayaInspectionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), FALSE);
  return any_loading (self);
}

void
riaya_inspections_page_show_view (RiayaInspectionsPage *self,
                                  const char           *name)
{
  g_return_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

const char *
riaya_inspections_page_get_view (RiayaInspectionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

GListModel *
riaya_inspections_page_get_programme (RiayaInspectionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), NULL);
  return G_LIST_MODEL (self->programme);
}

const char *
riaya_inspections_page_get_programme_summary (RiayaInspectionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), NULL);
  return self->programme_summary;
}

GListModel *
riaya_inspections_page_get_follow_ups (RiayaInspectionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), NULL);
  return G_LIST_MODEL (self->follow_ups);
}

GListModel *
riaya_inspections_page_get_agenda (RiayaInspectionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), NULL);
  return G_LIST_MODEL (self->agenda);
}

const char *
riaya_inspections_page_get_agenda_heading (RiayaInspectionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), NULL);
  return self->agenda_heading;
}

GtkCalendar *
riaya_inspections_page_get_calendar (RiayaInspectionsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self), NULL);
  return self->calendar;
}

void
riaya_inspections_page_export_ics_to (RiayaInspectionsPage *self,
                                      const char           *path)
{
  g_return_if_fail (RIAYA_IS_INSPECTIONS_PAGE (self));
  g_return_if_fail (path != NULL);

  _riaya_inspections_page_write_ics (self, path);
}

void
_riaya_inspections_page_emit_exported (RiayaInspectionsPage *self,
                                       const char           *path,
                                       const char           *message)
{
  _riaya_inspections_page_show_toast (self, message);
  g_signal_emit (self, signals[EXPORTED], 0, path, message);
}
