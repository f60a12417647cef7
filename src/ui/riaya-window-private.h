/* riaya-window-private.h — shared between the window's files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-window.h"

G_BEGIN_DECLS

struct _RiayaWindow
{
  AdwApplicationWindow   parent_instance;

  RiayaContext          *context;
  RiayaWelcome          *welcome;
  RiayaInstitutionsPage *institutions_page;
  RiayaGrantsPage       *grants_page;
  RiayaInspectionsPage  *inspections_page;
  RiayaReportsPage      *reports_page;
  char                  *page;        /* "institutions", "grants", "inspections" or "reports": the page chosen */
  GCancellable          *cancellable;
  GdkFrameClock         *bench_clock;
  gulong                 bench_handler;
  gboolean               job_running;
  GHashTable            *registers;   /* institution UUID → RiayaRegisterWindow, unowned */
  GtkDropTarget         *drop_target; /* exchange files dropped on the window */
  GtkWidget             *exchange_dialog;  /* weak: the export dialog open */
  GtkWidget             *import_dialog;    /* weak: the import dialog open */
  GtkWidget             *conflicts_window; /* weak */
  guint                  n_conflicts;
  guint                  conflicts_idle;

  /* Template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwWindowTitle        *window_title;
  GtkWidget             *view_switcher;
  GtkWidget             *new_button;
  GtkWidget             *search_button;
  GtkButton             *register_button;
  GtkLabel              *demo_badge;
  GtkSearchBar          *search_bar;
  GtkSearchEntry        *search_entry;
  GtkStack              *main_stack;
  AdwStatusPage         *loading_page;
  GtkSpinner            *loading_spinner;
  GtkWidget             *drop_hint;
  GtkRevealer           *conflicts_banner;
  GtkLabel              *conflicts_label;
};

/* A job is running (backup, restore, demo): the window refuses another. */
gboolean _riaya_window_begin_job (RiayaWindow *self);
void     _riaya_window_end_job   (RiayaWindow *self);
/* An error sentence in a dialog over the window. */
void     _riaya_window_show_error (RiayaWindow *self,
                                   const char  *heading,
                                   const char  *message);

/* riaya-window-actions.c: the win.* actions of the pages, and the
 * register windows they open */
void     _riaya_window_class_init_actions (GtkWidgetClass *widget_class);
/* Shows @page ("institutions", "grants", "inspections", "reports") if
 * the registry is shown (not the welcome or the loading page). */
void     _riaya_window_set_page  (RiayaWindow *self,
                                  const char  *page);

/* riaya-window-exchange.c: export, import (also by dropping files on the
 * window) and the conflicts they leave */
void     _riaya_window_class_init_exchange (GtkWidgetClass *widget_class);
void     _riaya_window_init_exchange       (RiayaWindow    *self);
void     _riaya_window_dispose_exchange    (RiayaWindow    *self);
/* Counts the open conflicts again and shows the banner if there are. */
void     _riaya_window_update_conflicts    (RiayaWindow    *self);

/* For tests: the drop target, whether the drop hint shows, the banner's
 * sentence (NULL when hidden), and the dialogs and windows open (NULL
 * when none). */
GtkDropTarget *_riaya_window_get_drop_target      (RiayaWindow *self);
gboolean       _riaya_window_shows_drop_hint      (RiayaWindow *self);
const char    *_riaya_window_get_conflicts_banner (RiayaWindow *self);
GtkWidget     *_riaya_window_get_exchange_dialog  (RiayaWindow *self);
GtkWidget     *_riaya_window_get_import_dialog    (RiayaWindow *self);
GtkWidget     *_riaya_window_get_conflicts_window (RiayaWindow *self);

G_END_DECLS
