/* riaya-register-window.c — an institution's register and occupancy
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of beneficiaries of Law 65.15 art. 28 (decree 2.19.693
 * art. 11), as a director keeps it: who was present on a date, or
 * everyone who ever stayed, beside the occupancy of the places licensed
 * on that date. A delegate's or national database holds no names, only
 * counts: the window then shows the occupancy and the counts alone.
 *
 * The list's pipeline: the entries read by a worker thread (a GListStore
 * of RiayaRegisterEntry, with their search and sort keys made there) →
 * GtkSortListModel (the column view's sorter) → RiayaRegisterRows (the
 * search, and rows that keep their place: riaya-register-rows.c) →
 * GtkSingleSelection.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "riaya-register-rows.h"
#include "riaya-register-window-private.h"
#include "riaya-resident-window.h"
#include "riaya-store-residents.h"
#include "riaya-ui-util.h"

struct _RiayaRegisterWindow
{
  AdwWindow           parent_instance;

  RiayaContext       *context;
  RiayaInstitution   *institution;
  char               *date;
  gboolean            everyone;
  gboolean            keeps_registers;
  gboolean            loading;
  GCancellable       *load_cancellable;
  GListStore         *entries;
  GtkSortListModel   *sorted;
  RiayaRegisterRows  *rows;
  GtkSingleSelection *selection;
  RiayaRegisterEntry *selected;
  gboolean            refiltering;
  gboolean            setting_calendar;
  char               *count_text;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkMenuButton      *date_button;
  GtkPopover         *date_popover;
  GtkCalendar        *calendar;
  GtkWidget          *admit_button;
  GtkWidget          *print_button;
  GtkWidget          *pdf_button;
  GtkLabel           *occupancy_heading;
  RiayaOccupancyGauge *gauge;
  GtkLabel           *over_label;
  GtkStack           *view_stack;
  GtkSearchEntry     *search_entry;
  GtkSwitch          *everyone_switch;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
  GtkSpinner         *loading_spinner;
  GtkLabel           *count_label;
  GtkBox             *counts_box;
};

G_DEFINE_FINAL_TYPE (RiayaRegisterWindow, riaya_register_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The occupancy */

static void
update_occupancy (RiayaRegisterWindow *self)
{
  RiayaStore *store = riaya_context_get_store (self->context);
  const char *uuid = riaya_institution_get_uuid (self->institution);
  g_autoptr(GHashTable) presence = NULL;
  g_autoptr(GArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *over = NULL;
  g_autofree char *date = _riaya_register_format_date (self->date);
  g_autofree char *heading = NULL;
  const RiayaPresence *present = NULL;
  static const RiayaPresence nobody;

  /* Translators: %s is a date ("23 November 2026") */
  heading = g_strdup_printf (_("Occupancy on %s"), date);
  gtk_label_set_label (self->occupancy_heading, heading);

  presence = riaya_store_presence_on (store, self->date, uuid, &error);
  if (presence == NULL)
    _riaya_register_window_show_toast (self, error->message);
  else
    present = g_hash_table_lookup (presence, uuid);

  /* A register with no count yet has had nobody in it; elsewhere no
   * count means not known. */
  if (present == NULL && presence != NULL && self->keeps_registers)
    present = &nobody;
  if (present != NULL)
    groups = riaya_occupancy_groups (riaya_institution_get_capacity_lines (self->institution),
                                     self->date, present);

  riaya_occupancy_gauge_set_groups (self->gauge, groups);
  over = _riaya_register_over_text (groups);
  gtk_label_set_label (self->over_label, over != NULL ? over : "");
  gtk_widget_set_visible (GTK_WIDGET (self->over_label), over != NULL);
}

/* The list's state */

static RiayaRegisterEntry *
selected_entry (RiayaRegisterWindow *self)
{
  return riaya_register_rows_peek (self->rows, gtk_single_selection_get_selected (self->selection));
}

static void
update_actions (RiayaRegisterWindow *self)
{
  RiayaRegisterEntry *entry = selected_entry (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.admit", self->keeps_registers);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.print", self->keeps_registers);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.export-pdf", self->keeps_registers);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.exit",
                                 self->keeps_registers && entry != NULL &&
                                 riaya_stay_get_exited_on (entry->stay) == NULL);
}

static void
update_list_view (RiayaRegisterWindow *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  guint shown = riaya_register_rows_get_n_entries (self->rows);
  gboolean searching = riaya_register_rows_is_searching (self->rows);
  g_autofree char *date = _riaya_register_format_date (self->date);
  g_autofree char *total_text = riaya_ui_format_count (total);
  g_autofree char *shown_text = riaya_ui_format_count (shown);

  g_free (self->count_text);
  if (self->everyone && searching)
    /* Translators: people shown, then the number of entries of the register */
    self->count_text = g_strdup_printf (ngettext ("%1$s of %2$s entry in the register",
                                                  "%1$s of %2$s entries in the register", total),
                                        shown_text, total_text);
  else if (self->everyone)
    /* Translators: the number of entries of the register */
    self->count_text = g_strdup_printf (ngettext ("%s entry in the register",
                                                  "%s entries in the register", total),
                                        total_text);
  else if (searching)
    /* Translators: people shown, people present, then a date */
    self->count_text = g_strdup_printf (ngettext ("%1$s of %2$s present on %3$s",
                                                  "%1$s of %2$s present on %3$s", total),
                                        shown_text, total_text, date);
  else
    /* Translators: people present, then a date ("12 present on 23 November 2026") */
    self->count_text = g_strdup_printf (ngettext ("%1$s present on %2$s",
                                                  "%1$s present on %2$s", total),
                                        total_text, date);
  gtk_label_set_label (self->count_label, self->loading ? "" : self->count_text);

  gtk_spinner_set_spinning (self->loading_spinner, self->loading);
  if (self->loading)
    gtk_stack_set_visible_child_name (self->list_stack, "loading");
  else if (shown > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    {
      if (searching)
        {
          adw_status_page_set_title (self->empty_page, _("No One Found"));
          adw_status_page_set_description (self->empty_page,
                                           _("No one matches this search. Try a name, a register "
                                             "number, a category or an age."));
        }
      else if (self->everyone)
        {
          adw_status_page_set_title (self->empty_page, _("The Register Is Empty"));
          adw_status_page_set_description (self->empty_page,
                                           _("No one has been admitted yet. Admit the first "
                                             "beneficiary with “Admit…”."));
        }
      else
        {
          adw_status_page_set_title (self->empty_page, _("No One Present"));
          adw_status_page_set_description (self->empty_page,
                                           _("No one was present on this date. Choose another "
                                             "date, or show everyone who ever stayed."));
        }
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }

  update_actions (self);
}

/* Told by the rows before and after they change: the selection follows
 * the person, not the position. */
static void
on_rows_changing (gpointer data,
                  gboolean before)
{
  RiayaRegisterWindow *self = data;
  guint position = GTK_INVALID_LIST_POSITION;

  self->refiltering = before;
  if (before || self->selection == NULL)
    return;

  if (self->selected != NULL && !riaya_register_rows_find (self->rows, self->selected, &position))
    g_clear_object (&self->selected);
  if (gtk_single_selection_get_selected (self->selection) != position)
    {
      if (position != GTK_INVALID_LIST_POSITION)
        riaya_register_rows_reach (self->rows, position);
      gtk_single_selection_set_selected (self->selection, position);
    }

  update_list_view (self);
}

static void
on_selection_changed (GtkSingleSelection  *selection,
                      GParamSpec          *pspec,
                      RiayaRegisterWindow *self)
{
  RiayaRegisterEntry *entry;

  if (self->refiltering)
    return;

  entry = selected_entry (self);
  g_set_object (&self->selected, entry);
  update_actions (self);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RiayaRegisterWindow) self = user_data;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  entries = riaya_register_entries_load_finish (result, &error);
  if (entries == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  if (entries == NULL)
    {
      _riaya_register_window_show_toast (self, error->message);
      g_list_store_remove_all (self->entries);
    }
  else
    g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                         entries->pdata, entries->len);

  update_list_view (self);
}

static void
start_load (RiayaRegisterWindow *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  riaya_register_entries_load_async (riaya_context_get_db_path (self->context),
                                     riaya_institution_get_uuid (self->institution),
                                     self->date, self->everyone, self->load_cancellable,
                                     on_loaded, g_object_ref (self));
  self->loading = TRUE;
  update_list_view (self);
}

/* Callbacks */

static void
update_date_widgets (RiayaRegisterWindow *self)
{
  g_autofree char *label = _riaya_register_format_date (self->date);
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  gtk_menu_button_set_label (self->date_button, label);
  if (sscanf (self->date, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (date == NULL)
    return;

  self->setting_calendar = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->setting_calendar = FALSE;
}

static void
on_calendar_day_selected (GtkCalendar         *calendar,
                          RiayaRegisterWindow *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;

  if (self->setting_calendar)
    return;

  date = gtk_calendar_get_date (calendar);
  iso = g_date_time_format (date, "%Y-%m-%d");
  gtk_popover_popdown (self->date_popover);
  riaya_register_window_set_date (self, iso);
}

static void
on_search_changed (GtkSearchEntry      *entry,
                   RiayaRegisterWindow *self)
{
  riaya_register_rows_set_search (self->rows, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search (GtkSearchEntry      *entry,
                RiayaRegisterWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_everyone_changed (GtkSwitch           *everyone_switch,
                     GParamSpec          *pspec,
                     RiayaRegisterWindow *self)
{
  riaya_register_window_set_everyone (self, gtk_switch_get_active (everyone_switch));
}

/* A dialog saved something: the register, the occupancy, and whoever
 * shows the institution's presence, read it again. */
void
_riaya_register_window_changed (RiayaRegisterWindow *self)
{
  riaya_register_window_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_column_view_activate (GtkColumnView       *view,
                         guint                position,
                         RiayaRegisterWindow *self)
{
  RiayaStay *stay = riaya_register_window_get_visible_stay (self, position);
  RiayaResidentWindow *window;

  if (stay == NULL)
    return;

  window = riaya_resident_window_new (GTK_WINDOW (self), self->context, stay);
  g_signal_connect_object (window, "changed", G_CALLBACK (_riaya_register_window_changed), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

/* Actions (the register's own: riaya-register-window-actions.c) */

static void
today_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RiayaRegisterWindow *self = RIAYA_REGISTER_WINDOW (widget);
  g_autofree char *today = riaya_date_today_iso ();

  gtk_popover_popdown (self->date_popover);
  riaya_register_window_set_date (self, today);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RiayaRegisterWindow *self = RIAYA_REGISTER_WINDOW (widget);

  if (self->keeps_registers)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Overrides */

static void
riaya_register_window_dispose (GObject *object)
{
  RiayaRegisterWindow *self = RIAYA_REGISTER_WINDOW (object);

  g_cancellable_cancel (self->load_cancellable);
  /* Taking the columns down changes the sorter: that must not reach the
   * widgets going. */
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  gtk_widget_dispose_template (GTK_WIDGET (self), RIAYA_TYPE_REGISTER_WINDOW);

  g_clear_object (&self->sorted);
  g_clear_object (&self->entries);
  g_clear_object (&self->selected);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->institution);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_register_window_parent_class)->dispose (object);
}

static void
riaya_register_window_finalize (GObject *object)
{
  RiayaRegisterWindow *self = RIAYA_REGISTER_WINDOW (object);

  g_free (self->date);
  g_free (self->count_text);

  G_OBJECT_CLASS (riaya_register_window_parent_class)->finalize (object);
}

static void
riaya_register_window_class_init (RiayaRegisterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = riaya_register_window_dispose;
  object_class->finalize = riaya_register_window_finalize;

  /**
   * RiayaRegisterWindow::changed:
   *
   * An admission, an exit or a person's record was saved from this
   * window: the institution's presence may have changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (RIAYA_TYPE_OCCUPANCY_GAUGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/riaya/Riaya/riaya-register-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, date_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, date_popover);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, admit_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, print_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, pdf_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, occupancy_heading);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, gauge);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, over_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, everyone_switch);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaRegisterWindow, counts_box);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_everyone_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);

  _riaya_register_window_class_add_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "register.today", NULL, today_activated);
  gtk_widget_class_install_action (widget_class, "register.search", NULL, search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "register.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
riaya_register_window_init (RiayaRegisterWindow *self)
{
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  _riaya_register_columns_add (self->column_view);
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->entries = g_list_store_new (RIAYA_TYPE_REGISTER_ENTRY);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->entries)), g_object_ref (sorter));
  self->rows = riaya_register_rows_new (G_LIST_MODEL (self->sorted), on_rows_changing, self);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self, 0);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  riaya_register_rows_set_adjustment (self->rows, gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view)));


  /* Results appear as the user types (riaya-register-rows.c). */
  gtk_search_entry_set_search_delay (self->search_entry, 0);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  self->date = riaya_date_today_iso ();
}

/* Public API */

RiayaRegisterWindow *
riaya_register_window_new (GtkWindow        *parent,
                           RiayaContext     *context,
                           RiayaInstitution *institution)
{
  RiayaRegisterWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), NULL);

  self = g_object_new (RIAYA_TYPE_REGISTER_WINDOW, NULL);
  self->context = g_object_ref (context);
  self->institution = g_object_ref (institution);
  self->keeps_registers = riaya_store_keeps_registers (riaya_context_get_store (context));

  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      /* The application's shortcuts (quit, help) work here too. */
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }

  /* Names only where the register is kept (Law 65.15 art. 28). */
  gtk_stack_set_visible_child_name (self->view_stack, self->keeps_registers ? "register" : "counts");
  gtk_widget_set_visible (self->admit_button, self->keeps_registers);
  gtk_widget_set_visible (self->print_button, self->keeps_registers);
  gtk_widget_set_visible (self->pdf_button, self->keeps_registers);
  if (!self->keeps_registers)
    gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);

  riaya_register_window_reload (self);

  return self;
}

void
riaya_register_window_set_date (RiayaRegisterWindow *self,
                                const char          *date)
{
  g_autoptr(GDate) parsed = g_date_new ();

  g_return_if_fail (RIAYA_IS_REGISTER_WINDOW (self));
  g_return_if_fail (date != NULL);

  g_date_set_parse (parsed, date);
  g_return_if_fail (g_date_valid (parsed) && strlen (date) == 10);

  if (g_strcmp0 (self->date, date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  riaya_register_window_reload (self);
}

const char *
riaya_register_window_get_date (RiayaRegisterWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_WINDOW (self), NULL);
  return self->date;
}

void
riaya_register_window_reload (RiayaRegisterWindow *self)
{
  RiayaStore *store;
  g_autoptr(RiayaInstitution) stored = NULL;

  g_return_if_fail (RIAYA_IS_REGISTER_WINDOW (self));

  /* The capacity may have changed since the window was opened. */
  store = riaya_context_get_store (self->context);
  stored = riaya_store_get_institution (store, riaya_institution_get_uuid (self->institution), NULL);
  if (stored != NULL)
    g_set_object (&self->institution, stored);

  adw_window_title_set_title (self->window_title, riaya_institution_get_display_name (self->institution));
  adw_window_title_set_subtitle (self->window_title, riaya_institution_get_licence_number (self->institution));
  gtk_window_set_title (GTK_WINDOW (self), riaya_institution_get_display_name (self->institution));

  update_date_widgets (self);
  update_occupancy (self);

  if (self->keeps_registers)
    start_load (self);
  else
    _riaya_register_counts_fill (self->counts_box, store, riaya_institution_get_uuid (self->institution),
                                 self->date);
  update_actions (self);
}

void
riaya_register_window_set_search_text (RiayaRegisterWindow *self,
                                       const char          *text)
{
  g_return_if_fail (RIAYA_IS_REGISTER_WINDOW (self));

  /* Through the entry, as typing does: its search-changed filters. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  riaya_register_rows_set_search (self->rows, text);
}

guint
riaya_register_window_get_n_visible (RiayaRegisterWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_WINDOW (self), 0);
  return riaya_register_rows_get_n_entries (self->rows);
}

RiayaStay *
riaya_register_window_get_visible_stay (RiayaRegisterWindow *self,
                                        guint                position)
{
  RiayaRegisterEntry *entry;

  g_return_val_if_fail (RIAYA_IS_REGISTER_WINDOW (self), NULL);

  entry = riaya_register_rows_peek (self->rows, position);
  return entry != NULL ? entry->stay : NULL;
}

gboolean
riaya_register_window_is_loading (RiayaRegisterWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_WINDOW (self), FALSE);
  return self->loading;
}

void
riaya_register_window_set_everyone (RiayaRegisterWindow *self,
                                    gboolean             everyone)
{
  g_return_if_fail (RIAYA_IS_REGISTER_WINDOW (self));

  everyone = !!everyone;
  if (gtk_switch_get_active (self->everyone_switch) != everyone)
    gtk_switch_set_active (self->everyone_switch, everyone);
  if (self->everyone == everyone)
    return;

  self->everyone = everyone;
  riaya_register_window_reload (self);
}

void
riaya_register_window_sort_by (RiayaRegisterWindow *self,
                               const char          *column,
                               gboolean             descending)
{
  GtkColumnViewColumn *view_column;

  g_return_if_fail (RIAYA_IS_REGISTER_WINDOW (self));

  view_column = _riaya_register_column_find (self->column_view, column);
  g_return_if_fail (view_column != NULL);
  gtk_column_view_sort_by_column (self->column_view, view_column,
                                  descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

void
riaya_register_window_select (RiayaRegisterWindow *self,
                              guint                position)
{
  g_return_if_fail (RIAYA_IS_REGISTER_WINDOW (self));

  if (position != GTK_INVALID_LIST_POSITION)
    riaya_register_rows_reach (self->rows, position);
  gtk_single_selection_set_selected (self->selection, position);
}

const char *
riaya_register_window_get_count_text (RiayaRegisterWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_WINDOW (self), NULL);
  return self->count_text;
}

const char *
riaya_register_window_get_over_text (RiayaRegisterWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->over_label)))
    return NULL;

  return gtk_label_get_label (self->over_label);
}

RiayaOccupancyGauge *
riaya_register_window_get_gauge (RiayaRegisterWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_WINDOW (self), NULL);
  return self->gauge;
}

gboolean
riaya_register_window_shows_names (RiayaRegisterWindow *self)
{
  g_return_val_if_fail (RIAYA_IS_REGISTER_WINDOW (self), FALSE);
  return self->keeps_registers;
}

RiayaContext *
_riaya_register_window_get_context (RiayaRegisterWindow *self)
{
  return self->context;
}

RiayaInstitution *
_riaya_register_window_get_institution (RiayaRegisterWindow *self)
{
  return self->institution;
}

GListModel *
_riaya_register_window_dup_stays (RiayaRegisterWindow *self)
{
  GListStore *stays = g_list_store_new (RIAYA_TYPE_STAY);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaRegisterEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      g_list_store_append (stays, entry->stay);
    }

  return G_LIST_MODEL (stays);
}

gboolean
_riaya_register_window_get_everyone (RiayaRegisterWindow *self)
{
  return self->everyone;
}

void
_riaya_register_window_show_toast (RiayaRegisterWindow *self,
                                   const char          *message)
{
  /* A job may end after the window was closed. */
  if (self->toast_overlay != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

RiayaStay *
_riaya_register_window_get_selected_stay (RiayaRegisterWindow *self)
{
  RiayaRegisterEntry *entry = selected_entry (self);

  return entry != NULL ? entry->stay : NULL;
}
