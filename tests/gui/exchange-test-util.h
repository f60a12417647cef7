/* exchange-test-util.h — exchange files for the GUI tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gui-test-util.h"

G_BEGIN_DECLS

/* Sets LANGUAGE to argv[1] (en, ar or fr), binds the catalogue and
 * resets the interface language: before GTK starts. Returns the
 * language, or NULL (usage printed) when argv[1] is none of them. */
const char *exchange_test_set_language (int          argc,
                                        char       **argv,
                                        const char  *program);

/* Exports the file of institution @licence (NULL: all) for the year
 * 2025 of the database @db_path to @path, through the real writer. */
void        exchange_test_export       (const char  *db_path,
                                        const char  *licence,
                                        const char  *path);
/* Imports @path into @db_path through the real import (no dialog). */
void        exchange_test_import       (const char  *db_path,
                                        const char  *path);
/* Sets the phone of institution @licence in @db_path. */
void        exchange_test_set_phone    (const char  *db_path,
                                        const char  *licence,
                                        const char  *phone);
/* The phone of institution @licence in @db_path, or NULL when it is not
 * there. (transfer full) */
char       *exchange_test_dup_phone    (const char  *db_path,
                                        const char  *licence);
/* The content digest of @db_path (riaya_store_dup_content_digest). */
char       *exchange_test_dup_digest   (const char  *db_path);

/* Whether the file @path holds @text. */
gboolean    exchange_test_file_has     (const char  *path,
                                        const char  *text);

G_END_DECLS
