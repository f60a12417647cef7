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
  char                  *page;        /* "institutions", "grants" or "inspections": the page chosen */
  GCancellable          *cancellable;
  GdkFrameClock         *bench_clock;
  gulong                 bench_handler;
  gboolean               job_running;
  GHashTable            *registers;   /* institution UUID → RiayaRegisterWindow, unowned */

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
/* Shows @page ("institutions", "grants", "inspections") if the registry
 * is shown (not the welcome or the loading page). */
void     _riaya_window_set_page  (RiayaWindow *self,
                                  const char  *page);

G_END_DECLS
