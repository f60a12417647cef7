/* riaya-institution-summary-private.h — the summary's data and blocks
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * riaya-institution-summary-content.c reads what the summary says from
 * the store and turns it into blocks; riaya-institution-summary.c lays
 * the blocks out on the page and draws them.
 */

#pragma once

#include <glib.h>

#include "riaya-institution-summary.h"

G_BEGIN_DECLS

/* What the summary says, read once from the store. */
typedef struct
{
  char             *on;             /* the date it describes */
  RiayaInstitution *institution;    /* with its events and capacity lines */
  char             *region;         /* names in the interface language */
  char             *province;
  GArray           *counts;         /* RiayaCountLine: the latest count on or before @on */
  char             *counted_on;     /* its date, NULL when there is none */
  GPtrArray        *grants;         /* RiayaGrant of years up to @on's, newest first */
  GPtrArray        *visits;         /* RiayaInspection done on or before @on, newest first */
  char             *next_visit;     /* the date of the first visit still to come on @on,
                                     * unannounced ones aside; NULL when none */
} RiayaSummaryData;

void     _riaya_summary_data_clear (RiayaSummaryData  *data);
/* Reads @data for the institution @id (UUID or licence number) on @on. */
gboolean _riaya_summary_data_load  (RiayaSummaryData  *data,
                                    RiayaStore        *store,
                                    const char        *id,
                                    const char        *on,
                                    GError           **error);

typedef enum
{
  RIAYA_SUMMARY_BLOCK_NAME,        /* cells[0]: a name of the institution, large */
  RIAYA_SUMMARY_BLOCK_HEADING,     /* cells[0]: a section, ruled below */
  RIAYA_SUMMARY_BLOCK_FIELDS,      /* label, value, label, value…: two pairs a line */
  RIAYA_SUMMARY_BLOCK_HEADER_ROW,  /* a table's column titles */
  RIAYA_SUMMARY_BLOCK_ROW,         /* one cell per column of its table */
  RIAYA_SUMMARY_BLOCK_TOTAL_ROW,   /* the same, bold */
  RIAYA_SUMMARY_BLOCK_NOTE,        /* cells[0], smaller: "and 3 earlier visits" */
} RiayaSummaryBlockKind;

typedef enum
{
  RIAYA_SUMMARY_TABLE_NONE,
  RIAYA_SUMMARY_TABLE_EVENTS,
  RIAYA_SUMMARY_TABLE_CAPACITY,
  RIAYA_SUMMARY_TABLE_STAFF,
  RIAYA_SUMMARY_TABLE_GRANTS,
  RIAYA_SUMMARY_TABLE_VISITS,
  RIAYA_SUMMARY_N_TABLES
} RiayaSummaryTable;

typedef struct
{
  RiayaSummaryBlockKind  kind;
  RiayaSummaryTable      table;
  char                 **cells;  /* NULL-terminated */
  double                 height; /* measured by paginate */
} RiayaSummaryBlock;

void       _riaya_summary_block_free        (RiayaSummaryBlock      *block);

/* The blocks of the summary, in order, with at most @max_items lines of
 * each history (events, grants, visits); the rest is counted in a note.
 * (transfer full) GPtrArray of RiayaSummaryBlock. */
GPtrArray *_riaya_summary_build_blocks      (const RiayaSummaryData *data,
                                             guint                   max_items);

/* "Institution Summary", translated. */
const char *_riaya_summary_title            (void);
/* "Printed on {date}", "Source: {database}", filled. */
char       *_riaya_summary_dup_printed_on   (const char             *printed_on);
char       *_riaya_summary_dup_source       (const char             *source);
/* "Situation on {date}", filled. */
char       *_riaya_summary_dup_situation_on (const char             *on);

G_END_DECLS
