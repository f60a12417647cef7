/* riaya-import-dialog.h — importing exchange files, checked first
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_IMPORT_DIALOG (riaya_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RiayaImportDialog, riaya_import_dialog, RIAYA, IMPORT_DIALOG, AdwWindow)

/* A modal dialog over @parent that imports @paths (exchange files, or
 * folders of them). It first checks them in a worker thread without
 * writing anything (a dry run) and lists each file with what it would
 * do: new, changed, unchanged records and conflicts, or why it is
 * refused; a gap in a sender's sequence is said, and a file older than
 * one already imported can be imported anyway. Import then writes them
 * file by file with a progress bar; Stop rolls back the file in
 * progress. The end shows what was done; the context's pages reload. */
RiayaImportDialog *riaya_import_dialog_new (GtkWindow          *parent,
                                            RiayaContext       *context,
                                            const char * const *paths);

G_END_DECLS
