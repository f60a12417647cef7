/* store-test-util.c — shared set-up for the store tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "riaya-store-residents.h"
#include "store-test-util.h"

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

void
store_fixture_set_up (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("riaya-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "riaya.db", NULL);

  fixture->store = riaya_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

void
store_fixture_tear_down (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

RiayaInstitution *
make_institution (const char *licence_number,
                  const char *name_fr)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autoptr(RiayaCapacityLine) line = NULL;

  riaya_institution_set_licence_number (institution, licence_number);
  riaya_institution_set_licence_date (institution, "2020-01-15");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_set_name_fr (institution, name_fr);
  riaya_institution_set_name_ar (institution, "دار الطالب");
  riaya_institution_set_province_code (institution, "01.511");
  riaya_institution_set_commune (institution, "Tanger");

  line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, 40, "2020-01-15");
  riaya_institution_add_capacity_line (institution, line);

  return institution;
}

void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("raw SQL failed: %s\n%s", message, sql);
  sqlite3_close (db);
}

int
raw_query_int (const char *path,
               const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

guint
journal_count (RiayaStore *store)
{
  g_autoptr(GPtrArray) entries = riaya_store_list_journal (store, NULL, 0);

  return entries->len;
}

RiayaInstitution *
add_institution_named (RiayaStore *store,
                       const char *licence_number)
{
  RiayaInstitution *institution = make_institution (licence_number, licence_number);
  g_autoptr(GError) error = NULL;

  g_assert_true (riaya_store_add_institution (store, institution, &error));
  g_assert_no_error (error);
  return institution;
}

void
put_pupil_count (RiayaStore       *store,
                 RiayaInstitution *institution,
                 const char       *on,
                 guint             boys,
                 guint             little_ones)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (RiayaCountLine));
  g_autoptr(GError) error = NULL;
  RiayaCountLine teenagers = { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_12_17, boys };
  RiayaCountLine young = { RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, RIAYA_AGE_BAND_0_5, little_ones };

  g_array_append_val (lines, teenagers);
  if (little_ones > 0)
    g_array_append_val (lines, young);
  g_assert_true (riaya_store_put_counts (store, riaya_institution_get_uuid (institution), on, lines, &error));
  g_assert_no_error (error);
}

void
add_licence_event (RiayaStore            *store,
                   RiayaInstitution      *institution,
                   RiayaLicenceEventKind  kind,
                   const char            *date)
{
  g_autoptr(RiayaLicenceEvent) event = riaya_licence_event_new (kind, date, NULL, NULL);
  g_autoptr(GError) error = NULL;

  riaya_store_add_licence_event (store, riaya_institution_get_uuid (institution), event, &error);
  g_assert_no_error (error);
}

void
add_pupil_places (RiayaStore       *store,
                  RiayaInstitution *institution,
                  guint             places,
                  const char       *from)
{
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_MALE, places, from);
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (lines, line);
  g_assert_true (riaya_store_add_capacity_lines (store, riaya_institution_get_uuid (institution), lines, &error));
  g_assert_no_error (error);
}

void
assert_same_registry (GPtrArray *a,
                      GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const RiayaInstitutionOn *x = g_ptr_array_index (a, i);
      const RiayaInstitutionOn *y = g_ptr_array_index (b, i);

      g_test_message ("%s", x->licence_number);
      g_assert_cmpstr (x->uuid, ==, y->uuid);
      g_assert_cmpstr (x->licence_number, ==, y->licence_number);
      g_assert_cmpstr (x->director, ==, y->director);
      g_assert_cmpint (x->status, ==, y->status);
      g_assert_cmpmem (x->places, sizeof x->places, y->places, sizeof y->places);
      g_assert_cmpmem (x->staff, sizeof x->staff, y->staff, sizeof y->staff);
      g_assert_cmpint (x->counted, ==, y->counted);
      g_assert_cmpmem (&x->present, sizeof x->present, &y->present, sizeof y->present);
      g_assert_cmpuint (x->under_six, ==, y->under_six);
    }
}

const RiayaInstitutionOn *
find_on_registry (GPtrArray  *registry,
                  const char *licence_number)
{
  for (guint i = 0; i < registry->len; i++)
    {
      const RiayaInstitutionOn *item = g_ptr_array_index (registry, i);

      if (g_str_equal (item->licence_number, licence_number))
        return item;
    }
  g_assert_not_reached ();
}
