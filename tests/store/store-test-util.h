/* store-test-util.h — shared set-up for the store tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "riaya-store.h"
#include "riaya-store-institutions-on.h"

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

/* Histories written through the store, for the tests of the registry on
 * a date: make_institution()'s, added; a count of @boys pupils aged
 * 12-17 and @little_ones under six; a licence event; @places for boys
 * from @from. */
RiayaInstitution *add_institution_named      (RiayaStore            *store,
                                              const char            *licence_number);
void              put_pupil_count            (RiayaStore            *store,
                                              RiayaInstitution      *institution,
                                              const char            *on,
                                              guint                  boys,
                                              guint                  little_ones);
void              add_licence_event          (RiayaStore            *store,
                                              RiayaInstitution      *institution,
                                              RiayaLicenceEventKind  kind,
                                              const char            *date);
void              add_pupil_places           (RiayaStore            *store,
                                              RiayaInstitution      *institution,
                                              guint                  places,
                                              const char            *from);
/* Two registries on one date (riaya_store_list_institutions_on()), the
 * same institutions in the same order, equal field by field. */
void              assert_same_registry       (GPtrArray             *a,
                                              GPtrArray             *b);
/* The institution of @licence_number in a registry on a date; fails the
 * test when it is not there. */
const RiayaInstitutionOn *
                  find_on_registry           (GPtrArray             *registry,
                                              const char            *licence_number);

G_END_DECLS
