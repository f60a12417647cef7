/* riaya-reports-page.c — the national tables, as tables and charts
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every report of the registry (riaya-report.h, reports.md) is offered
 * here, with the options it takes, as the table riaya-cli prints and the
 * chart the documents draw. A report reads the whole registry: at ten
 * times national scale the compliance report takes some 100 ms, so
 * reports are computed in a worker thread, on a store of the page's own
 * kept open, while the table computed before stays on screen. A change of
 * option asks for a new table at the next idle, so that typing a date is
 * never held up; a worker still running when options change is let
 * finish, its table dropped, and the newest options computed after it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-reports-page-private.h"
#include "riaya-store-institutions-on.h"

G_DEFINE_FINAL_TYPE (RiayaReportsPage, riaya_reports_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  COMPUTED,
  N_SIGNALS
};

/* How long a computation runs before the spinner says so. */
#define SPINNER_DELAY_MS 300

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_riaya_reports_options_clear (RiayaReportsOptions *options)
{
  g_clear_pointer (&options->on, g_free);
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->region, g_free);
  g_clear_pointer (&options->today, g_free);
  options->from_year = 0;
  options->to_year = 0;
}

void
_riaya_reports_options_copy (const RiayaReportsOptions *from,
                             RiayaReportsOptions       *to)
{
  _riaya_reports_options_clear (to);
  to->on = g_strdup (from->on);
  to->from = g_strdup (from->from);
  to->to = g_strdup (from->to);
  to->region = g_strdup (from->region);
  to->today = g_strdup (from->today);
  to->from_year = from->from_year;
  to->to_year = from->to_year;
}

/* The worker */

/* How long the main thread waits for the worker before the next frame:
 * every table takes a few milliseconds at national scale (compliance
 * 2–5 ms on any date, with the histories the worker's store keeps; up to
 * twice that beside the renderer's threads on two cores), and showing it
 * 2–3 ms, so it is drawn in the frame after the change with room in the
 * 16.7 ms of a frame. A longer one (ten times national) goes on in the
 * worker, the previous table staying. */
#define SAME_FRAME_US (10 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  RiayaStore          *store;
  const RiayaReport   *report;
  RiayaReportsOptions  options;
  guint                generation;
  GMutex               lock;
  GCond                cond;
  gboolean             finished;  /* the task has returned its result */
} ComputeJob;

static void
compute_job_free (ComputeJob *job)
{
  g_clear_object (&job->store);
  _riaya_reports_options_clear (&job->options);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->cond);
  g_free (job);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeJob *job = task_data;
  RiayaReportParams params = RIAYA_REPORT_PARAMS_INIT;
  RiayaTable *table;
  GError *error = NULL;

  params.today = job->options.today;
  if (job->report->options & RIAYA_REPORT_TAKES_ON)
    params.on = job->options.on;
  if (job->report->options & RIAYA_REPORT_TAKES_YEARS)
    {
      params.from_year = job->options.from_year;
      params.to_year = job->options.to_year;
    }
  if (job->report->options & RIAYA_REPORT_TAKES_PERIOD)
    {
      params.from = job->options.from;
      params.to = job->options.to;
    }
  if (job->report->options & RIAYA_REPORT_TAKES_REGION)
    params.region = job->options.region;

  table = riaya_report_build (job->report, job->store, &params, &error);
  if (table == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, table, g_object_unref);

  /* Returned: its callback is queued, ahead of the next frame's paint.
   * The job lives on: this thread holds the task until it ends. */
  g_mutex_lock (&job->lock);
  job->finished = TRUE;
  g_cond_signal (&job->cond);
  g_mutex_unlock (&job->lock);
}

void
_riaya_reports_page_show_message (RiayaReportsPage *self,
                                  const char       *message)
{
  if (g_strcmp0 (self->message, message) != 0)
    {
      g_free (self->message);
      self->message = g_strdup (message);
    }

  if (message != NULL)
    gtk_label_set_text (self->message_label, message);
  gtk_revealer_set_reveal_child (self->message_revealer, message != NULL);
}

static gboolean
show_spinner (gpointer user_data)
{
  RiayaReportsPage *self = user_data;

  self->spinner_timeout = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_set_spinning (self->spinner, TRUE);
  return G_SOURCE_REMOVE;
}

static void
update_busy (RiayaReportsPage *self)
{
  /* Most reports take milliseconds: the spinner would only flicker. It
   * shows when one takes longer than a person waits without a sign.
   * Reading the histories again, after a table is shown, is not waited
   * for, unless a new table waits behind it. */
  if (riaya_reports_page_is_computing (self) && !(self->warming && !self->compute_again))
    {
      if (self->spinner_timeout == 0 && !gtk_widget_get_visible (GTK_WIDGET (self->spinner)))
        self->spinner_timeout = g_timeout_add (SPINNER_DELAY_MS, show_spinner, self);
      return;
    }

  g_clear_handle_id (&self->spinner_timeout, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  gtk_spinner_set_spinning (self->spinner, FALSE);
}

static void start_compute (RiayaReportsPage *self);

/* A worker has ended (a table, or the histories read again): a file
 * replaced while it ran is opened again by the next one. */
static void
drop_stale_store (RiayaReportsPage *self)
{
  if (!self->store_stale)
    return;
  self->store_stale = FALSE;
  g_clear_object (&self->worker_store);
}

static void
warm_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  /* Failing, the next tables read the database, as the first did. */
  if (!riaya_store_warm_histories (task_data, &error))
    g_debug ("reports: the histories were not read again: %s", error->message);
  g_task_return_boolean (task, TRUE);
}

static void
on_warmed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RiayaReportsPage) self = user_data;

  self->computing = FALSE;
  self->warming = FALSE;
  if (self->disposed)
    return;
  drop_stale_store (self);
  if (self->compute_again)
    {
      self->compute_again = FALSE;
      start_compute (self);
      return;
    }
  update_busy (self);
}

/* Once a table is shown, the worker reads again what changed in the
 * database since the histories were read (nothing, most times: a
 * fraction of a millisecond), so that the next date is answered from
 * memory. The table after a change is computed from the database, as
 * quickly as without the histories, rather than waiting for all of them
 * (at ten times national scale 0.4–0.6 s, against 0.1–0.25 s); a change
 * of option while they are read waits for them. */
static void
start_warm (RiayaReportsPage *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->worker_store == NULL || self->computing)
    return;

  self->computing = TRUE;
  self->warming = TRUE;
  task = g_task_new (NULL, NULL, on_warmed, g_object_ref (self));
  g_task_set_source_tag (task, start_warm);
  g_task_set_task_data (task, g_object_ref (self->worker_store), g_object_unref);
  g_task_run_in_thread (task, warm_thread);
}

static void
on_computed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RiayaReportsPage) self = user_data;
  ComputeJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(RiayaTable) table = NULL;
  g_autoptr(GError) error = NULL;

  self->computing = FALSE;
  table = g_task_propagate_pointer (G_TASK (result), &error);
  /* The window closed while it ran: nothing is shown any more. */
  if (self->disposed)
    return;
  drop_stale_store (self);

  /* Options changed while it ran: its table is already out of date. */
  if (self->compute_again || job->generation != self->generation)
    {
      self->compute_again = FALSE;
      start_compute (self);
      return;
    }

  if (table == NULL)
    {
      /* The options refused by the report itself (years in the wrong
       * order) or the store's error: the table before stays. */
      _riaya_reports_page_show_message (self, error->message);
    }
  else
    {
      _riaya_reports_page_show_message (self, NULL);
      _riaya_reports_page_retire_table (self);
      self->table = g_steal_pointer (&table);
      self->table_report = job->report;
      _riaya_reports_options_copy (&job->options, &self->table_options);
      _riaya_reports_page_show_table (self);
    }

  start_warm (self);
  update_busy (self);
  g_signal_emit (self, signals[COMPUTED], 0);
}

static void
start_compute (RiayaReportsPage *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ComputeJob *job;
  gint64 end;

  if (self->report == NULL)
    return;

  if (self->computing)
    {
      self->compute_again = TRUE;
      return;
    }

  job = g_new0 (ComputeJob, 1);
  g_mutex_init (&job->lock);
  g_cond_init (&job->cond);
  if (!_riaya_reports_page_read_options (self, &job->options))
    {
      /* The sentence is shown beside the option; the table stays. */
      compute_job_free (job);
      update_busy (self);
      g_signal_emit (self, signals[COMPUTED], 0);
      return;
    }

  /* Opened once, used by one worker at a time. It keeps in memory what
   * of the registry and the visits does not depend on the date: a new
   * date is then computed without reading the database (compliance on
   * another day at national scale: 15 ms → 3 ms), until the database
   * changes, which the store sees by itself; the table after a change
   * reads the database, and the worker then reads the histories again
   * (start_warm()). */
  if (self->worker_store == NULL)
    {
      self->worker_store = riaya_store_open (riaya_context_get_db_path (self->context), &error);
      if (self->worker_store != NULL)
        riaya_store_set_keep_histories (self->worker_store, TRUE);
    }
  if (self->worker_store == NULL)
    {
      compute_job_free (job);
      _riaya_reports_page_show_message (self, error->message);
      update_busy (self);
      g_signal_emit (self, signals[COMPUTED], 0);
      return;
    }

  job->store = g_object_ref (self->worker_store);
  job->report = self->report;
  job->generation = self->generation;
  self->computing = TRUE;
  update_busy (self);

  task = g_task_new (NULL, NULL, on_computed, g_object_ref (self));
  g_task_set_source_tag (task, start_compute);
  g_task_set_task_data (task, job, (GDestroyNotify) compute_job_free);
  g_task_run_in_thread (task, compute_thread);

  /* Waited for here, before the frame is painted, a quick table is shown
   * in it: the task's callback has a higher priority than the paint. */
  end = g_get_monotonic_time () + SAME_FRAME_US;
  g_mutex_lock (&job->lock);
  while (!job->finished)
    if (!g_cond_wait_until (&job->cond, &job->lock, end))
      break;
  g_mutex_unlock (&job->lock);
}

static gboolean
compute_in_idle (gpointer user_data)
{
  RiayaReportsPage *self = user_data;

  self->compute_idle = 0;
  start_compute (self);
  return G_SOURCE_REMOVE;
}

void
_riaya_reports_page_schedule (RiayaReportsPage *self)
{
  self->generation++;
  if (self->computing)
    {
      self->compute_again = TRUE;
      return;
    }

  /* After the events of this iteration (every key typed so far), before
   * the next frame is drawn. */
  if (self->compute_idle == 0)
    self->compute_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, compute_in_idle, self, NULL);
  update_busy (self);
}

/* The list of reports */

static void
show_report (RiayaReportsPage  *self,
             const RiayaReport *report)
{
  if (self->report == report)
    return;

  self->report = report;
  gtk_label_set_text (self->title_label, _(report->title));
  gtk_label_set_text (self->description_label, _(report->description));
  _riaya_reports_page_show_options (self);
  if (self->shown_once)
    _riaya_reports_page_schedule (self);
}

static void
fill_report_list (RiayaReportsPage *self)
{
  guint n_reports;
  const RiayaReport *reports = riaya_report_get_all (&n_reports);

  for (guint i = 0; i < n_reports; i++)
    {
      GtkWidget *label = gtk_label_new (_(reports[i].title));

      /* Titles and descriptions are translated here, at display time. */
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_tooltip_text (label, _(reports[i].description));
      gtk_list_box_append (self->report_list, label);
    }
}

static void
on_report_list_row_selected (GtkListBox       *list,
                             GtkListBoxRow    *row,
                             RiayaReportsPage *self)
{
  guint n_reports;
  const RiayaReport *reports = riaya_report_get_all (&n_reports);
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (index >= 0 && (guint) index < n_reports)
    show_report (self, &reports[index]);
}

/* The database changed under the page */

static void
on_context_changed (RiayaContext     *context,
                    RiayaReportsPage *self)
{
  /* A restore replaces the file: the next worker opens it again. */
  if (self->computing)
    self->store_stale = TRUE;
  else
    g_clear_object (&self->worker_store);

  if (self->shown_once && gtk_widget_get_mapped (GTK_WIDGET (self)))
    _riaya_reports_page_schedule (self);
}

/* Overrides */

static void
riaya_reports_page_map (GtkWidget *widget)
{
  RiayaReportsPage *self = RIAYA_REPORTS_PAGE (widget);

  GTK_WIDGET_CLASS (riaya_reports_page_parent_class)->map (widget);

  /* Computed when first shown, never at start-up; and again each time the
   * page is shown, since institutions, grants and visits may have changed
   * on the other pages meanwhile. */
  self->shown_once = TRUE;
  _riaya_reports_page_schedule (self);
}

static void
riaya_reports_page_constructed (GObject *object)
{
  RiayaReportsPage *self = RIAYA_REPORTS_PAGE (object);

  G_OBJECT_CLASS (riaya_reports_page_parent_class)->constructed (object);

  g_assert (RIAYA_IS_CONTEXT (self->context));

  _riaya_reports_page_setup_options (self);
  _riaya_reports_page_setup_table (self);
  fill_report_list (self);
  gtk_list_box_select_row (self->report_list, gtk_list_box_get_row_at_index (self->report_list, 0));

  g_signal_connect_object (self->context, "reloaded", G_CALLBACK (on_context_changed), self, 0);
  g_signal_connect_object (self->context, "grants-changed", G_CALLBACK (on_context_changed), self, 0);
  g_signal_connect_object (self->context, "inspections-changed", G_CALLBACK (on_context_changed), self, 0);
}

static void
riaya_reports_page_dispose (GObject *object)
{
  RiayaReportsPage *self = RIAYA_REPORTS_PAGE (object);

  self->disposed = TRUE;
  g_clear_handle_id (&self->compute_idle, g_source_remove);
  g_clear_handle_id (&self->spinner_timeout, g_source_remove);
  g_clear_handle_id (&self->drop_idle, g_source_remove);
  g_clear_weak_pointer (&self->error_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), RIAYA_TYPE_REPORTS_PAGE);

  G_OBJECT_CLASS (riaya_reports_page_parent_class)->dispose (object);
}

static void
riaya_reports_page_finalize (GObject *object)
{
  RiayaReportsPage *self = RIAYA_REPORTS_PAGE (object);

  g_clear_object (&self->worker_store);
  g_clear_object (&self->table);
  g_clear_object (&self->previous_table);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
  g_clear_pointer (&self->column_keys, g_ptr_array_unref);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  _riaya_reports_options_clear (&self->table_options);
  g_free (self->today);
  g_free (self->message);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_reports_page_parent_class)->finalize (object);
}

static void
riaya_reports_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RiayaReportsPage *self = RIAYA_REPORTS_PAGE (object);

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
riaya_reports_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RiayaReportsPage *self = RIAYA_REPORTS_PAGE (object);

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
riaya_reports_page_class_init (RiayaReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = riaya_reports_page_constructed;
  object_class->dispose = riaya_reports_page_dispose;
  object_class->finalize = riaya_reports_page_finalize;
  object_class->get_property = riaya_reports_page_get_property;
  object_class->set_property = riaya_reports_page_set_property;
  widget_class->map = riaya_reports_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RIAYA_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The table computed is shown, or the options were refused. */
  signals[COMPUTED] =
    g_signal_new ("computed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/riaya/Riaya/riaya-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, report_list);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, options_heading);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, on_box);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, on_entry);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, on_calendar_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, on_message);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, period_box);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, from_calendar_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, from_message);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, to_calendar_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, to_message);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, years_box);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, from_year_spin);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, to_year_spin);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, region_box);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, caption_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, print_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, paned);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, chart_area);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, table_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, RiayaReportsPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_report_list_row_selected);

  _riaya_reports_page_class_init_options (widget_class);
  _riaya_reports_page_class_init_export (widget_class);
}

static void
riaya_reports_page_init (RiayaReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RiayaReportsPage *
riaya_reports_page_new (RiayaContext *context)
{
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);

  return g_object_new (RIAYA_TYPE_REPORTS_PAGE, "context", context, NULL);
}

gboolean
riaya_reports_page_select (RiayaReportsPage *self,
                           const char       *name)
{
  guint n_reports;
  const RiayaReport *reports = riaya_report_get_all (&n_reports);

  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < n_reports; i++)
    if (g_str_equal (reports[i].name, name))
      {
        gtk_list_box_select_row (self->report_list, gtk_list_box_get_row_at_index (self->report_list, (int) i));
        return TRUE;
      }

  return FALSE;
}

const char *
riaya_reports_page_get_report (RiayaReportsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), NULL);
  return self->report != NULL ? self->report->name : NULL;
}

void
riaya_reports_page_set_today (RiayaReportsPage *self,
                              const char       *today)
{
  g_return_if_fail (RIAYA_IS_REPORTS_PAGE (self));

  g_free (self->today);
  self->today = g_strdup (today);
  _riaya_reports_page_reset_options (self);
}

void
riaya_reports_page_refresh (RiayaReportsPage *self)
{
  g_return_if_fail (RIAYA_IS_REPORTS_PAGE (self));

  self->shown_once = TRUE;
  _riaya_reports_page_schedule (self);
}

gboolean
riaya_reports_page_is_computing (RiayaReportsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), FALSE);
  return self->computing || self->compute_idle != 0 || self->compute_again;
}

RiayaTable *
riaya_reports_page_get_table (RiayaReportsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), NULL);
  return self->table;
}

const char *
riaya_reports_page_get_message (RiayaReportsPage *self)
{
  const char *messages[3];

  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), NULL);

  /* The sentence beside an option first: it is what the user must fix. */
  messages[0] = gtk_widget_get_visible (GTK_WIDGET (self->on_message)) ? gtk_label_get_text (self->on_message) : NULL;
  messages[1] = gtk_widget_get_visible (GTK_WIDGET (self->from_message)) ? gtk_label_get_text (self->from_message) : NULL;
  messages[2] = gtk_widget_get_visible (GTK_WIDGET (self->to_message)) ? gtk_label_get_text (self->to_message) : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    if (messages[i] != NULL)
      return messages[i];

  return self->message;
}

GtkWidget *
_riaya_reports_page_get_option (RiayaReportsPage *self,
                                const char       *name)
{
  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), NULL);

  if (g_str_equal (name, "on"))
    return GTK_WIDGET (self->on_entry);
  if (g_str_equal (name, "from"))
    return GTK_WIDGET (self->from_entry);
  if (g_str_equal (name, "to"))
    return GTK_WIDGET (self->to_entry);
  if (g_str_equal (name, "from-year"))
    return GTK_WIDGET (self->from_year_spin);
  if (g_str_equal (name, "to-year"))
    return GTK_WIDGET (self->to_year_spin);
  if (g_str_equal (name, "region"))
    return GTK_WIDGET (self->region_dropdown);

  return NULL;
}

GtkColumnView *
_riaya_reports_page_get_column_view (RiayaReportsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), NULL);
  return self->column_view;
}

GtkWidget *
_riaya_reports_page_get_chart (RiayaReportsPage *self)
{
  g_return_val_if_fail (RIAYA_IS_REPORTS_PAGE (self), NULL);
  return GTK_WIDGET (self->chart_area);
}
