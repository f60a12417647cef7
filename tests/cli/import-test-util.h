/* import-test-util.h — two databases and the files between them
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import tests play both ends of an exchange: a sender's database
 * that exports files, and a receiver's that imports them, each driven
 * through the built riaya-cli (cli-test-util.h).
 */

#pragma once

#include "cli-test-util.h"

G_BEGIN_DECLS

/* Runs riaya-cli --db @db with the arguments; asserts nothing. */
CliResult *import_run        (const char *db,
                              const char *first_arg,
                              ...) G_GNUC_NULL_TERMINATED;
/* Same, asserting exit status 0; returns stdout. */
char      *import_ok         (const char *db,
                              const char *first_arg,
                              ...) G_GNUC_NULL_TERMINATED;

/* What “unchanged” means for the database at @db, byte for byte: the
 * SHA-256 of its file after a checkpoint folded the WAL into it, the
 * number of rows of its journal, and its content digest. */
char      *import_db_state   (const char *db);

/* A sender: a national database at @db with the institutions T-1, T-2
 * and T-3 of cli_make_registry(), and a grant of 2025 for T-1 and T-2
 * whose justification is due on 2026-03-31. */
void       import_make_sender (const char *db);
/* Exports everything of @db to @file (all years: the grants of 2025
 * are in it). */
void       import_export      (const char *db,
                               const char *file);
/* Adds an institution to @db, so that its next export differs. */
void       import_add_institution (const char *db,
                                   const char *licence);

/* The number of institutions in @db, read with SQLite itself. */
guint      import_count_institutions (const char *db);

/* Runs python3 -c @script with @input on its stdin; asserts it exited 0
 * and returns its stdout. A parser we did not write proves the CSV and
 * JSON outputs are what they claim. */
char      *import_python     (const char *script,
                              const char *input);

G_END_DECLS
