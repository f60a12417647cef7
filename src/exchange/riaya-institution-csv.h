/* riaya-institution-csv.h — institutions to and from CSV files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import is all or nothing: every row is checked first and every
 * problem is named by its line, then the rows are written in one
 * transaction. A file with a single bad row changes nothing.
 *
 * Columns (the first line names them, in any order):
 *   licence_number, licence_date, legal_basis, type, province_code and
 *   name_ar or name_fr are required; commune, founder, director, address,
 *   phone, services (codes separated by “;”), staff (ROLE:COUNT;…),
 *   capacity (CATEGORY:SEX:PLACES[:DATE];…) and effective_date (the date of
 *   capacity given without one; default the licence date) are optional.
 *   uuid, region_code, status and places, which listings write, are read
 *   and ignored, so that a listing can be imported elsewhere.
 */

#pragma once

#include "riaya-core.h"
#include "riaya-store.h"

G_BEGIN_DECLS

/* Files larger than this are refused before reading: the national
 * registry as CSV is well under a megabyte. */
#define RIAYA_INSTITUTION_CSV_MAX_SIZE (64 * 1024 * 1024)

/* The columns that an import reads (NULL-terminated, template order). */
const char * const *riaya_institution_csv_import_columns (void);
/* The columns that riaya_institution_csv_append_row() writes. */
const char * const *riaya_institution_csv_export_columns (void);

/* Reads the institution CSV in @data. Each row becomes a new
 * RiayaInstitution, checked by the core's rules and, when @store is not
 * NULL, against the store: known province, licence number not used
 * there nor on another line. @today (NULL: the real today) decides what is
 * “in the future”. On any problem, returns NULL with a
 * RIAYA_EXCHANGE_ERROR and, in @problems (nullable out), one translated
 * sentence per refused line (“Line 4: …”), in line order. @lines (nullable
 * out) receives the line of each institution, as guint. */
GPtrArray          *riaya_institution_csv_read      (const char         *data,
                                                     gssize              length,
                                                     RiayaStore         *store,
                                                     const GDate        *today,
                                                     GArray            **lines,
                                                     GPtrArray         **problems,
                                                     GError            **error);

/* Reads the file at @path as riaya_institution_csv_read() does and adds
 * every institution to @store in one transaction, or none. Returns the
 * institutions added, or NULL with @error (and @problems) set. */
GPtrArray          *riaya_institution_csv_import    (RiayaStore         *store,
                                                     const char         *path,
                                                     GPtrArray         **problems,
                                                     GError            **error);

/* Writes the header line of the export columns. */
void                riaya_institution_csv_append_header (GString        *out);
/* Writes one institution: status and places as on @today (ISO date,
 * NULL: the real today), and every capacity line with its date. */
void                riaya_institution_csv_append_row    (GString        *out,
                                                         RiayaInstitution *institution,
                                                         const char     *today);

/* The header and one row per institution of @institutions (a GListModel
 * of RiayaInstitution), in its order, status and places as on @today
 * (NULL: the real today): what “riaya-cli institution list --format csv”
 * prints. @length (nullable out) receives the length in bytes. */
char               *riaya_institution_csv_dup_text      (GListModel     *institutions,
                                                         const char     *today,
                                                         gsize          *length);
/* Saves that text as @file, written beside it and renamed into place:
 * on failure, RIAYA_EXCHANGE_ERROR_WRITE with a sentence naming the file
 * (or _CANCELLED), and no file is left half written. */
gboolean            riaya_institution_csv_write         (GListModel     *institutions,
                                                         GFile          *file,
                                                         const char     *today,
                                                         GCancellable   *cancellable,
                                                         GError        **error);

G_END_DECLS
