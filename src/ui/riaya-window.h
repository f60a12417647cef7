/* riaya-window.h — the main window
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-application.h"
#include "riaya-context.h"
#include "riaya-grants-page.h"
#include "riaya-inspections-page.h"
#include "riaya-institutions-page.h"
#include "riaya-reports-page.h"
#include "riaya-welcome.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_WINDOW (riaya_window_get_type ())

G_DECLARE_FINAL_TYPE (RiayaWindow, riaya_window, RIAYA, WINDOW, AdwApplicationWindow)

RiayaWindow           *riaya_window_new                   (RiayaApplication *application,
                                                           RiayaContext     *context);
RiayaContext          *riaya_window_get_context           (RiayaWindow      *self);
RiayaInstitutionsPage *riaya_window_get_institutions_page (RiayaWindow      *self);
RiayaGrantsPage       *riaya_window_get_grants_page       (RiayaWindow      *self);
RiayaInspectionsPage  *riaya_window_get_inspections_page  (RiayaWindow      *self);
RiayaReportsPage      *riaya_window_get_reports_page      (RiayaWindow      *self);
/* The first start's welcome page; NULL when a profile was chosen before. */
RiayaWelcome          *riaya_window_get_welcome           (RiayaWindow      *self);
/* The heading of the header bar, as shown. */
const char            *riaya_window_get_heading           (RiayaWindow      *self);
/* "welcome", "loading", "institutions", "grants", "inspections" or
 * "reports": what the window shows. */
const char            *riaya_window_get_view              (RiayaWindow      *self);

void                   riaya_window_add_toast             (RiayaWindow      *self,
                                                           AdwToast         *toast);
void                   riaya_window_show_toast            (RiayaWindow      *self,
                                                           const char       *message);

/* Back up and restore through a file chooser (riaya-window-backup.c). */
void                   riaya_window_backup                (RiayaWindow      *self);
void                   riaya_window_restore               (RiayaWindow      *self);
/* The same without the chooser: @path is the copy to write or read.
 * Restoring asks for confirmation first unless @confirmed. */
void                   riaya_window_backup_to             (RiayaWindow      *self,
                                                           const char       *path);
void                   riaya_window_restore_from          (RiayaWindow      *self,
                                                           const char       *path,
                                                           gboolean          confirmed);

/* Exchange files (riaya-window-exchange.c): the export dialog; the import
 * dialog on @paths (files or folders), which checks them first; the
 * conflicts left to decide. */
void                   riaya_window_export                (RiayaWindow      *self);
void                   riaya_window_import_paths          (RiayaWindow      *self,
                                                           const char * const *paths);
void                   riaya_window_review_conflicts      (RiayaWindow      *self);

G_END_DECLS
