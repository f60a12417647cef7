/* riaya-cli-output.h — tables for people, CSV and JSON for scripts
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RIAYA_CLI_FORMAT_TABLE,
  RIAYA_CLI_FORMAT_CSV,
  RIAYA_CLI_FORMAT_JSON,
} RiayaCliFormat;

/* Reads the value of --format (NULL: table). */
gboolean        riaya_cli_format_parse         (const char     *text,
                                                RiayaCliFormat *out);

/* Writes @text to stdout as it is: UTF-8 whatever the locale, since CSV
 * and JSON are read by programs. */
void            riaya_cli_write                (const GString  *text);

/* How many terminal cells @text takes: wide (East Asian) characters two,
 * combining marks such as Arabic harakat none. */
guint           riaya_cli_text_width           (const char     *text);

/* Appends @text padded with spaces to @width cells, cut short with “…”
 * when wider; @align_end pads on the left (numbers). */
void            riaya_cli_append_padded        (GString        *out,
                                                const char     *text,
                                                guint           width,
                                                gboolean        align_end);

/* A grid of text cells under a header, printed as aligned columns. */
typedef struct _RiayaCliTable RiayaCliTable;

RiayaCliTable  *riaya_cli_table_new            (guint           n_columns);
void            riaya_cli_table_free           (RiayaCliTable  *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaCliTable, riaya_cli_table_free)

/* @numeric columns are aligned to the end; @max_width (0: none) cuts
 * long text such as names. */
void            riaya_cli_table_set_column     (RiayaCliTable  *table,
                                                guint           column,
                                                const char     *title,
                                                gboolean        numeric,
                                                guint           max_width);
/* @cells holds one string (or NULL) per column. */
void            riaya_cli_table_add_row        (RiayaCliTable  *table,
                                                const char * const *cells);
guint           riaya_cli_table_get_n_rows     (RiayaCliTable  *table);
void            riaya_cli_table_render         (RiayaCliTable  *table,
                                                const char     *indent,
                                                GString        *out);

/* “Label:  value” lines, the values aligned after the longest label. */
typedef struct _RiayaCliFields RiayaCliFields;

RiayaCliFields *riaya_cli_fields_new           (void);
void            riaya_cli_fields_free          (RiayaCliFields *fields);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaCliFields, riaya_cli_fields_free)
/* A NULL or empty @value is shown as “—”. */
void            riaya_cli_fields_add           (RiayaCliFields *fields,
                                                const char     *label,
                                                const char     *value);
void            riaya_cli_fields_render        (RiayaCliFields *fields,
                                                GString        *out);

/* A streaming JSON writer: indented, UTF-8, strings escaped as RFC 8259
 * asks. Members are written with a name, array items without one. */
typedef struct _RiayaCliJson RiayaCliJson;

RiayaCliJson   *riaya_cli_json_new             (GString        *out);
void            riaya_cli_json_free            (RiayaCliJson   *json);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaCliJson, riaya_cli_json_free)

void            riaya_cli_json_begin_object    (RiayaCliJson   *json,
                                                const char     *name);
void            riaya_cli_json_end_object      (RiayaCliJson   *json);
void            riaya_cli_json_begin_array     (RiayaCliJson   *json,
                                                const char     *name);
void            riaya_cli_json_end_array       (RiayaCliJson   *json);
/* NULL @value writes null. */
void            riaya_cli_json_string          (RiayaCliJson   *json,
                                                const char     *name,
                                                const char     *value);
void            riaya_cli_json_int             (RiayaCliJson   *json,
                                                const char     *name,
                                                gint64          value);
/* A number with @decimals digits after the “.” (at most 9). */
void            riaya_cli_json_decimal         (RiayaCliJson   *json,
                                                const char     *name,
                                                double          value,
                                                guint           decimals);
void            riaya_cli_json_boolean         (RiayaCliJson   *json,
                                                const char     *name,
                                                gboolean        value);

G_END_DECLS
