/* riaya-csv.h — RFC 4180 comma-separated values, read and written
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spreadsheets are how institutions' lists travel today, so the reader is
 * strict about structure (quotes, UTF-8) but tolerant of what spreadsheet
 * programs add: a byte-order mark, CRLF line ends, a missing final newline.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One record: its fields, and the line of the file where it starts
 * (a quoted field may span lines). */
typedef struct
{
  guint      line;
  GPtrArray *fields; /* char * */
} RiayaCsvRecord;

void       riaya_csv_record_free   (RiayaCsvRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaCsvRecord, riaya_csv_record_free)

/* Splits @data (@length bytes, -1 when nul-terminated) into records
 * (RiayaCsvRecord), skipping empty lines. Refuses text that is not UTF-8
 * and malformed quoting with a RIAYA_EXCHANGE_ERROR naming the line. */
GPtrArray *riaya_csv_parse         (const char     *data,
                                    gssize          length,
                                    GError        **error);

/* Appends @value as one field, quoted when it holds a comma, a quote, a
 * line break or leading or trailing spaces. NULL is an empty field. */
void       riaya_csv_append_field  (GString        *out,
                                    const char     *value);
/* Appends @n_fields fields separated by commas and a CRLF line end. */
void       riaya_csv_append_row    (GString        *out,
                                    const char * const *fields,
                                    guint           n_fields);

G_END_DECLS
