/* riaya-exchange-import.h — importing files and folders, file by file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file is read by riaya_exchange_read() into one RiayaStoreImport:
 * all of the file or nothing. A folder's files (*.xml, in name order)
 * import one after another; a bad file does not stop the others. The
 * database is backed up once before the first write
 * (riaya_store_auto_backup). Results are handed over as each file ends,
 * never gathered: memory stays the same for 100 files and for 13,000.
 */

#pragma once

#include <gio/gio.h>

#include "riaya-exchange-writer.h"
#include "riaya-store-exchange.h"

G_BEGIN_DECLS

typedef enum
{
  RIAYA_IMPORT_FILE_IMPORTED,  /* written (or would be, in a dry run) */
  RIAYA_IMPORT_FILE_UNCHANGED, /* already imported: nothing to write */
  RIAYA_IMPORT_FILE_REFUSED,   /* nothing written; @error says why */
  RIAYA_IMPORT_FILE_VALID,     /* validate_only: the file is sound */
} RiayaImportFileOutcome;

/* Stable codes for --format csv|json: "imported", "unchanged", "refused",
 * "valid". */
const char *riaya_import_file_outcome_to_code (RiayaImportFileOutcome outcome);

/* A stable code for a refusal, for scripts: the RiayaExchangeError in
 * kebab-case ("not-xml", "digest", "sequence", "refused"…), "failed"
 * for an error of another domain, NULL for NULL. */
const char *riaya_exchange_error_to_code      (const GError          *error);

typedef struct
{
  const char             *path;
  RiayaImportFileOutcome  outcome;
  RiayaImportSummary      summary;
  const GError           *error;   /* for REFUSED */
  guint                   records; /* records read from the file, as its header counts them */
} RiayaImportFileResult;

typedef void (*RiayaImportFileFunc) (const RiayaImportFileResult *result,
                                     gpointer                     user_data);
/* How much of the file in progress was read, from 0 to 1: a national
 * file takes seconds. */
typedef void (*RiayaImportWithinFunc) (double                     fraction,
                                       gpointer                   user_data);

typedef struct
{
  gboolean        dry_run;
  gboolean        force;      /* take files older than one already imported */
  gboolean        validate_only; /* riaya-cli validate: read, check, touch no database */
  /* NULL, or one per path of @paths: force that one (a folder's files
   * all), as the user chose file by file after a dry run. */
  const gboolean *force_each;
  /* NULL, or called after each institution read, with the same
   * user_data as @progress. */
  RiayaImportWithinFunc within_file;
} RiayaImportOptions;

/* Imports @paths (files or folders: a folder's *.xml files, not its
 * subfolders, in byte order of their names). @store may be NULL for
 * validate_only. Each file imports all or nothing; several are committed
 * at once (riaya_store_import_run_begin()). @file_done is called once per
 * file, in order, once the file is committed (at once in a dry run or a
 * check: a dry run's files are checked one after the other as the
 * import would take them, and nothing is kept); @progress (may be NULL)
 * with files read of the total. Returns FALSE only when the whole import
 * could not run or stopped (the backup failed, the database could not be
 * written, or cancelled: the file in progress is rolled back, those
 * before it stay); *@refused counts the files refused. */
gboolean riaya_exchange_import_paths (RiayaStore                 *store,
                                      const char * const         *paths,
                                      const RiayaImportOptions   *options,
                                      RiayaImportFileFunc         file_done,
                                      RiayaExchangeProgressFunc   progress,
                                      gpointer                    user_data,
                                      guint                      *refused,
                                      GCancellable               *cancellable,
                                      GError                    **error);

G_END_DECLS
