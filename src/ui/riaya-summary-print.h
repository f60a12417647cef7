/* riaya-summary-print.h — printing an institution's summary, or saving it as PDF
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

/* Opens the print dialog for the one-page summary of the institution
 * @uuid as stored today (A4 portrait; the dialog also offers "Print to
 * File"). A failure is said in a dialog over @parent. */
void     riaya_summary_print            (GtkWindow            *parent,
                                         RiayaContext         *context,
                                         const char           *uuid);
/* Asks for a file, then writes the summary's PDF in a worker thread with
 * a store of its own; says where it went in a toast of the main window,
 * or why it could not in a dialog over @parent. */
void     riaya_summary_save_pdf         (GtkWindow            *parent,
                                         RiayaContext         *context,
                                         const char           *uuid);

/* The same without asking, for the tests. Printing exports through
 * GtkPrintOperation itself (the page the print dialog would send). */
gboolean riaya_summary_print_to_file    (GtkWindow            *parent,
                                         RiayaContext         *context,
                                         const char           *uuid,
                                         const char           *path,
                                         GError              **error);
void     riaya_summary_save_pdf_async   (RiayaContext         *context,
                                         const char           *uuid,
                                         const char           *path,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean riaya_summary_save_pdf_finish  (GAsyncResult         *result,
                                         GError              **error);
/* Saves to @path as the file chooser's Save does: says where the file
 * went in a toast of the main window, or why not in a dialog. */
void     riaya_summary_save_pdf_to      (GtkWindow            *parent,
                                         RiayaContext         *context,
                                         const char           *uuid,
                                         const char           *path);

G_END_DECLS
