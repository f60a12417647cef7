/* riaya-register-print.h — printing the register and saving it as PDF
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-register-window-private.h"

G_BEGIN_DECLS

/* Asks whether to print the register in Arabic or French, then opens the
 * print dialog (A4 landscape; the dialog also offers "Print to File"). */
void     _riaya_register_print                  (RiayaRegisterWindow  *self);
/* Asks for the language and a file, then writes the PDF in a worker
 * thread, with a store of its own. */
void     _riaya_register_export_pdf             (RiayaRegisterWindow  *self);

/* The same without asking, for the tests. Printing exports through
 * GtkPrintOperation itself (the pages the print dialog would send). */
gboolean riaya_register_window_print_to_file    (RiayaRegisterWindow  *self,
                                                 const char           *language,
                                                 const char           *path,
                                                 GError              **error);
void     riaya_register_window_save_pdf_async   (RiayaRegisterWindow  *self,
                                                 const char           *language,
                                                 const char           *path,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean riaya_register_window_save_pdf_finish  (RiayaRegisterWindow  *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS
