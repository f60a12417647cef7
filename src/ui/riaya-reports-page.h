/* riaya-reports-page.h — the national tables, as tables and charts
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "riaya-context.h"
#include "riaya-table.h"

G_BEGIN_DECLS

#define RIAYA_TYPE_REPORTS_PAGE (riaya_reports_page_get_type ())

G_DECLARE_FINAL_TYPE (RiayaReportsPage, riaya_reports_page, RIAYA, REPORTS_PAGE, AdwBin)

/* The files a report is saved as. */
typedef enum
{
  RIAYA_REPORTS_FORMAT_CSV,
  RIAYA_REPORTS_FORMAT_XLSX,
  RIAYA_REPORTS_FORMAT_PDF,
} RiayaReportsFormat;

RiayaReportsPage *riaya_reports_page_new            (RiayaContext       *context);

/* Shows the report of that name (riaya-report.h); FALSE when there is
 * none. The first report is shown until another is chosen. */
gboolean          riaya_reports_page_select         (RiayaReportsPage   *self,
                                                     const char         *name);
/* The name of the report chosen ("institutions-by-region"). */
const char       *riaya_reports_page_get_report     (RiayaReportsPage   *self);

/* The day the options' defaults and the reports count from, instead of
 * the real today (NULL): the tests fix it. Resets the options. */
void              riaya_reports_page_set_today      (RiayaReportsPage   *self,
                                                     const char         *today);

/* Computes the report chosen again with the options shown, in a worker
 * thread; RiayaReportsPage::computed is emitted when the table is shown
 * (or the options refused). Changing an option does this by itself at
 * the next idle; showing the page does it too. */
void              riaya_reports_page_refresh        (RiayaReportsPage   *self);
/* Whether a computation is asked for or running. */
gboolean          riaya_reports_page_is_computing   (RiayaReportsPage   *self);

/* The table shown (the last one computed), or NULL. (transfer none) */
RiayaTable       *riaya_reports_page_get_table      (RiayaReportsPage   *self);
/* What is wrong with the options, as shown on the page (a translated
 * sentence that says what to do), or NULL. */
const char       *riaya_reports_page_get_message    (RiayaReportsPage   *self);

/* Asks for a file and saves the table shown as @format. */
void              riaya_reports_page_export         (RiayaReportsPage   *self,
                                                     RiayaReportsFormat  format);
/* The file name offered for @format: the report's name and what it was
 * computed for ("institutions-by-region-2026-11-24.csv"). */
char             *riaya_reports_page_dup_file_name  (RiayaReportsPage   *self,
                                                     RiayaReportsFormat  format);
/* Saves the table shown as @format at @path, in a worker thread, all or
 * nothing; without a table, fails with G_IO_ERROR_NOT_FOUND. */
void              riaya_reports_page_save_async     (RiayaReportsPage   *self,
                                                     RiayaReportsFormat  format,
                                                     const char         *path,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
gboolean          riaya_reports_page_save_finish    (RiayaReportsPage   *self,
                                                     GAsyncResult       *result,
                                                     GError            **error);

/* Opens the print dialog on the table shown, laid out as its PDF. */
void              riaya_reports_page_print          (RiayaReportsPage   *self);
/* The same without the dialog, for the tests: GtkPrintOperation exports
 * the pages it would print to the PDF file @path. */
gboolean          riaya_reports_page_print_to_file  (RiayaReportsPage   *self,
                                                     const char         *path,
                                                     GError            **error);

G_END_DECLS
