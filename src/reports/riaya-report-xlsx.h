/* riaya-report-xlsx.h — a national table as a spreadsheet
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same table as the CSV, for people who keep working on it in a
 * spreadsheet: one sheet named after the report, the column titles in
 * the interface language, numbers as numbers (money with two decimals,
 * percentages as percentages), the total and percentage rows in bold,
 * the sheet right to left for Arabic. Written with libxlsxwriter.
 */

#pragma once

#include <gio/gio.h>

#include "riaya-table.h"

G_BEGIN_DECLS

/* Writes @table as an XLSX workbook at @path; @rtl sets the sheet right
 * to left. All or nothing: written beside @path, renamed over it when
 * complete. On failure @error (G_IO_ERROR) holds a translated sentence
 * that says what to do, and nothing is left behind. */
gboolean riaya_report_write_xlsx (RiayaTable  *table,
                                  const char  *path,
                                  gboolean     rtl,
                                  GError     **error);

G_END_DECLS
