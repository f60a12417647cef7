/* store-test-util.h — shared set-up for the store tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "riaya-store.h"

G_BEGIN_DECLS

/* A fresh temporary folder with a database path inside it. */
typedef struct
{
  char       *dir;
  char       *path;
  RiayaStore *store;
} StoreFixture;

void              store_fixture_set_up       (StoreFixture  *fixture,
                                              gconstpointer  data);
void              store_fixture_tear_down    (StoreFixture  *fixture,
                                              gconstpointer  data);

/* A valid student house licensed on 2020-01-15 in Tanger-Assilah, with
 * 40 places for boys from the licence date. */
RiayaInstitution *make_institution           (const char    *licence_number,
                                              const char    *name_fr);

/* Runs @sql on the file directly, outside the store (foreign keys off). */
void              raw_exec                   (const char    *path,
                                              const char    *sql);
int               raw_query_int              (const char    *path,
                                              const char    *sql);
/* SHA-256 of the file's bytes, or NULL when it does not exist. */
char             *file_checksum              (const char    *path);
guint             file_mode                  (const char    *path);
guint             journal_count              (RiayaStore    *store);

G_END_DECLS
