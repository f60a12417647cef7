/* riaya-window.c — the main window
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "riaya-store-residents.h"
#include "riaya-tasks.h"
#include "riaya-window-private.h"


G_DEFINE_FINAL_TYPE (RiayaWindow, riaya_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_header (RiayaWindow *self)
{
  RiayaProfile profile;
  g_autofree char *province_code = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->demo_badge), riaya_context_is_demo (self->context));

  /* Names are only in a director's database (Law 65.15 art. 28): the
   * others see the occupancy alone. */
  if (riaya_store_keeps_registers (riaya_context_get_store (self->context)))
    {
      gtk_button_set_label (self->register_button, _("_Register"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->register_button),
                                   _("Open the Register of the Selected Institution"));
    }
  else
    {
      gtk_button_set_label (self->register_button, _("_Occupancy"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->register_button),
                                   _("Show the Occupancy of the Selected Institution"));
    }

  if (riaya_context_get_profile (self->context, &profile, &province_code))
    {
      RiayaTerritory *province = riaya_context_lookup_territory (self->context, province_code);

      if (province != NULL)
        {
          g_autofree char *subtitle = NULL;

          /* Translators: a profile, then the delegate's province */
          subtitle = g_strdup_printf (C_("window subtitle", "%s · %s"), riaya_profile_to_label (profile),
                                      riaya_territory_get_display_name (province));
          adw_window_title_set_subtitle (self->window_title, subtitle);
        }
      else
        adw_window_title_set_subtitle (self->window_title, riaya_profile_to_label (profile));
    }
  else
    adw_window_title_set_subtitle (self->window_title, NULL);
}

static void
update_register_action (RiayaWindow *self)
{
  gboolean institutions = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "institutions") == 0;
  gboolean selected = institutions && riaya_institutions_page_get_selected (self->institutions_page) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-register", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-summary", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-summary-pdf", selected);
}

static gboolean
is_page (const char *name)
{
  return g_str_equal (name, "institutions") || g_str_equal (name, "grants") ||
         g_str_equal (name, "inspections") || g_str_equal (name, "reports");
}

static void
show_view (RiayaWindow *self,
           const char  *name)
{
  gboolean institutions = g_str_equal (name, "institutions");
  gboolean grants = g_str_equal (name, "grants");
  gboolean inspections = g_str_equal (name, "inspections");
  gboolean reports = g_str_equal (name, "reports");
  gboolean page = is_page (name);

  gtk_stack_set_visible_child_name (self->main_stack, name);
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (name, "loading"));
  if (page && g_strcmp0 (self->page, name) != 0)
    {
      g_free (self->page);
      self->page = g_strdup (name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }

  /* Nothing to add to or search in before the registry is there. */
  gtk_widget_set_visible (self->view_switcher, page);
  /* The reports only read: there is nothing new to make there. */
  gtk_widget_set_visible (self->new_button, page && !reports);
  gtk_widget_set_tooltip_text (self->new_button,
                               grants ? _("New Grant") : inspections ? _("Plan a Visit") : _("New Institution"));
  gtk_widget_set_visible (self->search_button, institutions);
  gtk_widget_set_visible (GTK_WIDGET (self->register_button), institutions);
  adw_window_title_set_title (self->window_title,
                              institutions ? _("Institutions")
                              : grants ? _("Grants")
                              : inspections ? _("Inspections")
                              : reports ? _("Reports") : _("Riaya"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new", page && !reports);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-report", reports);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-grant", page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.plan-visit", page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", institutions);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete", institutions || grants);
  update_register_action (self);

  /* Typing anywhere in the window starts a search, but only where there
   * is a list to search. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, institutions ? GTK_WIDGET (self) : NULL);
  if (!institutions)
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

void
_riaya_window_set_page (RiayaWindow *self,
                        const char  *page)
{
  const char *shown = gtk_stack_get_visible_child_name (self->main_stack);

  if (!is_page (page))
    return;

  if (shown != NULL && is_page (shown))
    show_view (self, page);
}

static void
save_window_state (RiayaWindow *self)
{
  GSettings *settings = riaya_context_get_settings (self->context);
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  g_settings_set_boolean (settings, "window-maximized", maximized);
  if (maximized)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
}

static void
restore_window_state (RiayaWindow *self)
{
  GSettings *settings = riaya_context_get_settings (self->context);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Callbacks */

static void
on_demo_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RiayaWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  _riaya_window_end_job (self);

  if (!riaya_load_demo_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_view (self, "institutions");
      _riaya_window_show_error (self, _("Demo Data Could Not Be Loaded"), error->message);
      return;
    }

  update_header (self);
  riaya_context_reloaded (self->context);
  show_view (self, self->page);
}

static void
on_welcome_chosen (RiayaWelcome *welcome,
                   int           profile,
                   const char   *province_code,
                   gboolean      demo,
                   RiayaWindow  *self)
{
  g_autoptr(GError) error = NULL;

  if (!riaya_context_set_profile (self->context, profile, province_code, &error))
    {
      _riaya_window_show_error (self, _("The Profile Could Not Be Saved"), error->message);
      return;
    }

  update_header (self);

  if (!demo)
    {
      riaya_institutions_page_reload (self->institutions_page);
      show_view (self, "institutions");
      return;
    }

  if (!_riaya_window_begin_job (self))
    return;

  adw_status_page_set_title (self->loading_page, _("Loading Demo Data…"));
  adw_status_page_set_description (self->loading_page,
                                   _("About 1,300 fictitious institutions across the 75 provinces. "
                                     "This takes a few seconds."));
  show_view (self, "loading");
  riaya_load_demo_async (riaya_context_get_db_path (self->context), 1,
                         self->cancellable, on_demo_loaded, g_object_ref (self));
}

static void
on_search_entry_search_changed (GtkSearchEntry *entry,
                                RiayaWindow    *self)
{
  riaya_institutions_page_set_search_text (self->institutions_page,
                                           gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_search_entry_stop_search (GtkSearchEntry *entry,
                             RiayaWindow    *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_bench_after_paint (GdkFrameClock *clock,
                      RiayaWindow   *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  gint64 now = g_get_monotonic_time ();

  g_clear_signal_handler (&self->bench_handler, self->bench_clock);
  if (!RIAYA_IS_APPLICATION (app))
    return;

  /* The bench reads this exact line (bench/README.md). */
  g_print ("first-frame %" G_GINT64_FORMAT "\n",
           now - riaya_application_get_started_at (RIAYA_APPLICATION (app)));
  fflush (stdout);
  g_application_quit (G_APPLICATION (app));
}

static void
on_selected_changed (RiayaInstitutionsPage *page,
                     GParamSpec            *pspec,
                     RiayaWindow           *self)
{
  update_register_action (self);
}

/* Overrides */

static void
riaya_window_realize (GtkWidget *widget)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);

  GTK_WIDGET_CLASS (riaya_window_parent_class)->realize (widget);

  if (g_getenv ("RIAYA_BENCH_FIRST_FRAME") != NULL)
    {
      self->bench_clock = gtk_widget_get_frame_clock (widget);
      self->bench_handler = g_signal_connect (self->bench_clock, "after-paint",
                                              G_CALLBACK (on_bench_after_paint), self);
    }
}

static void
riaya_window_unrealize (GtkWidget *widget)
{
  RiayaWindow *self = RIAYA_WINDOW (widget);

  g_clear_signal_handler (&self->bench_handler, self->bench_clock);
  self->bench_clock = NULL;

  GTK_WIDGET_CLASS (riaya_window_parent_class)->unrealize (widget);
}

static gboolean
riaya_window_close_request (GtkWindow *window)
{
  RiayaWindow *self = RIAYA_WINDOW (window);
  RiayaInstitutionEditor *editor = riaya_institutions_page_get_editor (self->institutions_page);
  RiayaGrantEditor *grant_editor = riaya_grants_page_get_editor (self->grants_page);
  RiayaVisitEditor *visit_editor = riaya_inspections_page_get_editor (self->inspections_page);

  /* An editor would go with the window: let it ask about unsaved work
   * first, and stay open meanwhile. */
  if (editor != NULL && riaya_institution_editor_is_dirty (editor))
    {
      gtk_window_present (GTK_WINDOW (editor));
      gtk_window_close (GTK_WINDOW (editor));
      return TRUE;
    }
  if (grant_editor != NULL && riaya_grant_editor_is_dirty (grant_editor))
    {
      gtk_window_present (GTK_WINDOW (grant_editor));
      gtk_window_close (GTK_WINDOW (grant_editor));
      return TRUE;
    }
  /* The visit editor closes at once unless it has something to ask. */
  if (visit_editor != NULL)
    {
      gtk_window_close (GTK_WINDOW (visit_editor));
      if (riaya_inspections_page_get_editor (self->inspections_page) != NULL)
        {
          gtk_window_present (GTK_WINDOW (visit_editor));
          return TRUE;
        }
    }

  save_window_state (self);

  return GTK_WINDOW_CLASS (riaya_window_parent_class)->close_request (window);
}

static void
riaya_window_constructed (GObject *object)
{
  RiayaWindow *self = RIAYA_WINDOW (object);

  G_OBJECT_CLASS (riaya_window_parent_class)->constructed (object);

  g_assert (RIAYA_IS_CONTEXT (self->context));

  self->institutions_page = riaya_institutions_page_new (self->context);
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->institutions_page), "institutions");
  g_signal_connect_object (self->institutions_page, "notify::selected",
                           G_CALLBACK (on_selected_changed), self, 0);
  /* Built now, read only when first shown. */
  self->grants_page = riaya_grants_page_new (self->context);
  riaya_grants_page_set_institutions (self->grants_page,
                                      riaya_institutions_page_get_institutions (self->institutions_page));
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->grants_page), "grants");
  self->inspections_page = riaya_inspections_page_new (self->context);
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->inspections_page), "inspections");
  /* Computes nothing before it is shown. */
  self->reports_page = riaya_reports_page_new (self->context);
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->reports_page), "reports");

  restore_window_state (self);
  update_header (self);
  _riaya_window_init_exchange (self);

  /* Start-up does not wait for the data: the list fills in from a worker
   * thread after the first frame (quality.md, start-up bench). */
  if (riaya_context_get_profile (self->context, NULL, NULL))
    {
      riaya_institutions_page_reload (self->institutions_page);
      show_view (self, "institutions");
    }
  else
    {
      /* Made only on a first start: start-up need not build it. */
      self->welcome = riaya_welcome_new (self->context);
      g_signal_connect_object (self->welcome, "chosen", G_CALLBACK (on_welcome_chosen), self, 0);
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->welcome), "welcome");
      show_view (self, "welcome");
    }
}

static void
riaya_window_dispose (GObject *object)
{
  RiayaWindow *self = RIAYA_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  _riaya_window_dispose_exchange (self);

  G_OBJECT_CLASS (riaya_window_parent_class)->dispose (object);
}

static void
riaya_window_finalize (GObject *object)
{
  RiayaWindow *self = RIAYA_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_hash_table_unref (self->registers);
  g_free (self->page);

  G_OBJECT_CLASS (riaya_window_parent_class)->finalize (object);
}

static void
riaya_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RiayaWindow *self = RIAYA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_PAGE:
      g_value_set_string (value, self->page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RiayaWindow *self = RIAYA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_PAGE:
      _riaya_window_set_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
riaya_window_class_init (RiayaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = riaya_window_constructed;
  object_class->dispose = riaya_window_dispose;
  object_class->finalize = riaya_window_finalize;
  object_class->get_property = riaya_window_get_property;
  object_class->set_property = riaya_window_set_property;
  widget_class->realize = riaya_window_realize;
  widget_class->unrealize = riaya_window_unrealize;
  window_class->close_request = riaya_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RIAYA_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The page shown: "institutions", "grants", "inspections" or
   * "reports" (win.page switches). */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "institutions",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RIAYA_TYPE_WELCOME);
  g_type_ensure (RIAYA_TYPE_INSTITUTIONS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/riaya/Riaya/riaya-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, register_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, demo_badge);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, drop_hint);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, conflicts_banner);
  gtk_widget_class_bind_template_child (widget_class, RiayaWindow, conflicts_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search);

  _riaya_window_class_init_actions (widget_class);
  _riaya_window_class_init_exchange (widget_class);
}

static void
riaya_window_init (RiayaWindow *self)
{
  /* Before the template: the switcher's buttons read it (win.page). */
  self->page = g_strdup ("institutions");
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->registers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Results appear as the user types: 13,000 institutions filter within a
   * frame, so no delay is needed. */
  gtk_search_entry_set_search_delay (self->search_entry, 0);
  /* The entry sits in a clamp, so the bar does not find it by itself;
   * connected, typing anywhere in the window goes to it. */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
}

RiayaWindow *
riaya_window_new (RiayaApplication *application,
                  RiayaContext     *context)
{
  g_return_val_if_fail (RIAYA_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);

  return g_object_new (RIAYA_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

RiayaContext *
riaya_window_get_context (RiayaWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_WINDOW (self), NULL);
  return self->context;
}

RiayaInstitutionsPage *
riaya_window_get_institutions_page (RiayaWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_WINDOW (self), NULL);
  return self->institutions_page;
}

RiayaGrantsPage *
riaya_window_get_grants_page (RiayaWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_WINDOW (self), NULL);
  return self->grants_page;
}

RiayaInspectionsPage *
riaya_window_get_inspections_page (RiayaWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_WINDOW (self), NULL);
  return self->inspections_page;
}

RiayaReportsPage *
riaya_window_get_reports_page (RiayaWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_WINDOW (self), NULL);
  return self->reports_page;
}

RiayaWelcome *
riaya_window_get_welcome (RiayaWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_WINDOW (self), NULL);
  return self->welcome;
}

const char *
riaya_window_get_heading (RiayaWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_WINDOW (self), NULL);
  return adw_window_title_get_title (self->window_title);
}

const char *
riaya_window_get_view (RiayaWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->main_stack);
}

void
riaya_window_add_toast (RiayaWindow *self,
                        AdwToast    *toast)
{
  g_return_if_fail (RIAYA_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
riaya_window_show_toast (RiayaWindow *self,
                         const char  *message)
{
  g_return_if_fail (RIAYA_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

gboolean
_riaya_window_begin_job (RiayaWindow *self)
{
  if (self->job_running)
    {
      riaya_window_show_toast (self, _("Wait until the current task is finished, then try again."));
      return FALSE;
    }

  self->job_running = TRUE;
  return TRUE;
}

void
_riaya_window_end_job (RiayaWindow *self)
{
  self->job_running = FALSE;
}

static void
on_error_dialog_response (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
_riaya_window_show_error (RiayaWindow *self,
                          const char  *heading,
                          const char  *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect (dialog, "response", G_CALLBACK (on_error_dialog_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
