/* test-exchange-writer.c — exchange files as riaya_exchange_export() writes them
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file written here is checked as another program would check it
 * (export-check.h): the published schema, the digest, the counts. Then
 * what the format promises: no resident's personal data without the
 * register, all of it with; deleted records marked; text that any reader
 * accepts; a sequence that grows by one; and a file written whole or not
 * at all — cancelled, in a folder that cannot be written, on a full disk.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "export-check.h"
#include "riaya-demo.h"
#include "riaya-exchange-error.h"
#include "riaya-exchange-writer.h"
#include "riaya-store-exchange.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"

/* A director's demo database, loaded once for the tests that only read. */
static char *demo_dir;
static char *demo_path;
static RiayaStore *demo;

typedef struct
{
  char *dir;
} Fixture;

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
      g_chmod (path, 0700);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("riaya-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
load_demo (void)
{
  g_autoptr(GError) error = NULL;

  demo_dir = g_dir_make_tmp ("riaya-export-demo-XXXXXX", &error);
  g_assert_no_error (error);
  demo_path = g_build_filename (demo_dir, "director.db", NULL);
  demo = riaya_store_open (demo_path, &error);
  g_assert_no_error (error);
  g_assert_true (riaya_store_set_profile (demo, RIAYA_PROFILE_DIRECTOR, NULL, &error));
  g_assert_true (riaya_demo_load (demo, 1, &error));
  g_assert_no_error (error);
}

static gboolean
export (RiayaStore                *store,
        const RiayaExportOptions  *options,
        const char                *path,
        guint                     *records,
        GError                   **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return riaya_exchange_export (store, options, file, NULL, NULL, records, NULL, error);
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static int
query_int (const char *db_path,
           const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int value;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/* The whole of the demo's history in one file. */
#define ALL_FROM "2000-01-01"
#define ALL_TO   "2099-12-31"

/* ---- the director's demo ---------------------------------------------- */

static void
test_director (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "riaya-director.xml", NULL);
  g_autofree char *year_path = g_build_filename (fixture->dir, "riaya-year.xml", NULL);
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *software = g_strdup_printf ("Riaya %s", PACKAGE_VERSION);
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 3, 14, 9, 26, 53);
  g_autoptr(GPtrArray) personal = export_personal_values (demo_path, NULL, NULL);
  g_autoptr(ExportFile) file = NULL;
  g_autoptr(ExportFile) year = NULL;
  g_autoptr(GError) error = NULL;
  RiayaExportOptions options = { NULL, NULL, ALL_FROM, ALL_TO, FALSE, created };
  RiayaExportOptions current = { NULL };
  guint records = 0;

  g_assert_true (export (demo, &options, path, &records, &error));
  g_assert_no_error (error);
  file = export_check_file (path);

  g_assert_cmpstr (file->profile, ==, "director");
  g_assert_cmpstr (file->database, ==, riaya_store_get_database_uuid (demo));
  g_assert_cmpstr (file->software, ==, software);
  /* Four houses: the database is the producer, no one licence. */
  g_assert_null (file->licence);
  g_assert_null (file->province);
  g_assert_cmpstr (file->period_from, ==, ALL_FROM);
  g_assert_cmpstr (file->period_to, ==, ALL_TO);
  g_assert_cmpint (file->sequence, >, 0);
  g_assert_nonnull (strstr (file->text, "<created>2026-03-14T09:26:53Z</created>"));
  g_assert_cmpuint (file->institutions, ==, riaya_store_count_institutions (demo));
  g_assert_cmpuint (records, ==, file->records);
  g_assert_cmpuint (file->residents, ==, 0);
  g_assert_cmpuint (file->stays, ==, 0);
  /* Each house has its figures, its grants and its visits. */
  g_assert_nonnull (strstr (file->text, "<resident-count on="));
  g_assert_nonnull (strstr (file->text, "<admission reason="));
  g_assert_nonnull (strstr (file->text, "<grant uuid="));
  g_assert_nonnull (strstr (file->text, "<corrective-action uuid="));
  g_assert_null (strstr (file->text, "<register"));

  /* No name, CNIE, birth place, health or guardian of the register. */
  g_assert_cmpuint (personal->len, >, 500);
  export_assert_values (file->text, personal, FALSE);

  /* Without a period: the year in progress. */
  g_assert_true (export (demo, &current, year_path, NULL, &error));
  g_assert_no_error (error);
  year = export_check_file (year_path);
  g_assert_true (g_str_has_prefix (year->period_from, "20"));
  g_assert_cmpint (strncmp (year->period_from, today, 4), ==, 0);
  g_assert_true (g_str_has_suffix (year->period_from, "-01-01"));
  g_assert_true (g_str_has_suffix (year->period_to, "-12-31"));
  g_assert_cmpint (year->sequence, ==, file->sequence + 1);
  export_assert_values (year->text, personal, FALSE);

  /* Four houses: no one licence names the file. */
  {
    g_autofree char *name = riaya_exchange_dup_file_name (demo, &options, 7);
    g_autofree char *licence_name = NULL;
    g_autofree char *licence = NULL;
    const char *start = strstr (file->text, "<institution uuid=");
    const char *ids[] = { NULL, NULL };
    RiayaExportOptions one = { ids, NULL, "2025-01-01", "2025-12-31", FALSE, NULL };

    g_assert_cmpstr (name, ==, "riaya-director-2000-7.xml");
    start = strstr (start, "licence-number=\"") + strlen ("licence-number=\"");
    licence = g_strndup (start, strchr (start, '"') - start);
    ids[0] = licence;
    licence_name = riaya_exchange_dup_file_name (demo, &one, 8);
    g_assert_true (g_str_has_prefix (licence_name, "riaya-"));
    g_assert_true (g_str_has_suffix (licence_name, "-2025-8.xml"));
    g_assert_null (strchr (licence_name, '/'));
    g_assert_nonnull (strstr (licence_name, licence + 4));
  }
}

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "register.xml", NULL);
  g_autofree char *year_path = g_build_filename (fixture->dir, "register-year.xml", NULL);
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *from = g_strdup_printf ("%.4s-01-01", today);
  g_autofree char *to = g_strdup_printf ("%.4s-12-31", today);
  g_autoptr(GPtrArray) everyone = export_personal_values (demo_path, NULL, NULL);
  g_autoptr(GPtrArray) this_year = export_personal_values (demo_path, from, to);
  g_autoptr(ExportFile) file = NULL;
  g_autoptr(ExportFile) year = NULL;
  g_autoptr(GError) error = NULL;
  RiayaExportOptions options = { NULL, NULL, ALL_FROM, ALL_TO, TRUE, NULL };
  RiayaExportOptions current = { NULL, NULL, from, to, TRUE, NULL };
  sqlite3 *db;

  g_assert_true (export (demo, &options, path, NULL, &error));
  g_assert_no_error (error);
  file = export_check_file (path);

  /* Everyone of the register, with every field. */
  /* One <resident> per person and house: someone transferred between two
   * houses is in both registers. */
  g_assert_cmpuint (file->residents, ==,
                    query_int (demo_path, "SELECT count (DISTINCT resident_uuid || institution_uuid) FROM stays"));
  g_assert_cmpuint (file->stays, ==, query_int (demo_path, "SELECT count (*) FROM stays"));
  g_assert_cmpuint (file->stays, >=, file->residents);
  export_assert_values (file->text, everyone, TRUE);

  /* A year's register holds the stays of that year only. */
  g_assert_true (export (demo, &current, year_path, NULL, &error));
  g_assert_no_error (error);
  year = export_check_file (year_path);
  g_assert_cmpint (sqlite3_open_v2 (demo_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt;

    g_assert_cmpint (sqlite3_prepare_v2 (db,
                                         "SELECT count (*), count (DISTINCT resident_uuid || institution_uuid)"
                                         " FROM stays WHERE admitted_on <= ?2 AND (exited_on IS NULL OR exited_on >= ?1)",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpuint (year->stays, ==, sqlite3_column_int (stmt, 0));
    g_assert_cmpuint (year->residents, ==, sqlite3_column_int (stmt, 1));
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);
  g_assert_cmpuint (year->stays, <, file->stays);
  export_assert_values (year->text, this_year, TRUE);
}

/* ---- the file whole or not at all ------------------------------------- */

static void
test_sequence (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *first_path = g_build_filename (fixture->dir, "first.xml", NULL);
  g_autofree char *second_path = g_build_filename (fixture->dir, "second.xml", NULL);
  g_autoptr(ExportFile) first = NULL;
  g_autoptr(ExportFile) second = NULL;
  g_autoptr(GError) error = NULL;
  RiayaExportOptions options = { NULL };

  g_assert_true (export (demo, &options, first_path, NULL, &error));
  g_assert_true (export (demo, &options, second_path, NULL, &error));
  g_assert_no_error (error);
  first = export_check_file (first_path);
  second = export_check_file (second_path);
  g_assert_cmpint (second->sequence, ==, first->sequence + 1);
}

static void
on_progress_cancel (guint    done,
                    guint    total,
                    gpointer user_data)
{
  g_assert_cmpuint (done, <=, total);
  if (done == 1)
    g_cancellable_cancel (user_data);
}

/* The sequence the next export gets, without taking it. */
static gint64
next_sequence (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "probe.xml", NULL);
  g_autoptr(ExportFile) file = NULL;
  g_autoptr(GError) error = NULL;
  RiayaExportOptions options = { NULL };

  g_assert_true (export (demo, &options, path, NULL, &error));
  g_assert_no_error (error);
  file = export_check_file (path);
  g_unlink (path);

  return file->sequence;
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "cancelled.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  RiayaExportOptions options = { NULL, NULL, ALL_FROM, ALL_TO, TRUE, NULL };
  gint64 sequence = next_sequence (fixture);

  before = riaya_store_dup_content_digest (demo);
  g_assert_false (riaya_exchange_export (demo, &options, file, on_progress_cancel, cancellable, NULL,
                                         cancellable, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED);
  g_assert_nonnull (strstr (error->message, "stopped"));
  after = riaya_store_dup_content_digest (demo);
  g_assert_cmpstr (before, ==, after);

  /* No file and no temporary file; no number lost. */
  listing = export_list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "");
  g_assert_cmpint (next_sequence (fixture), ==, sequence + 1);
}

/* A folder nobody may write to: made read-only, or, for root (whom
 * permissions do not stop), one of sysfs. NULL when there is none. */
static char *
read_only_folder (Fixture *fixture)
{
  g_autofree char *dir = g_build_filename (fixture->dir, "read-only", NULL);
  g_autofree char *probe = NULL;
  int fd;

  g_assert_cmpint (g_mkdir (dir, 0500), ==, 0);
  probe = g_build_filename (dir, "probe-XXXXXX", NULL);
  fd = g_mkstemp (probe);
  if (fd < 0)
    return g_steal_pointer (&dir);
  close (fd);
  g_unlink (probe);

  g_free (probe);
  probe = g_strdup ("/sys/kernel/riaya-probe-XXXXXX");
  fd = g_mkstemp (probe);
  if (fd < 0)
    return g_strdup ("/sys/kernel");
  close (fd);
  g_unlink (probe);

  return NULL;
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *dir = read_only_folder (fixture);
  g_autofree char *path = NULL;
  g_autofree char *listing_before = NULL;
  g_autofree char *listing_after = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  RiayaExportOptions options = { NULL };

  if (dir == NULL)
    {
      g_test_skip ("no folder refuses files here, not even /sys/kernel");
      return;
    }

  path = g_build_filename (dir, "export.xml", NULL);
  listing_before = export_list_folder (dir);
  before = riaya_store_dup_content_digest (demo);
  g_assert_false (export (demo, &options, path, NULL, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, dir));
  g_assert_nonnull (strstr (error->message, "choose a folder"));
  after = riaya_store_dup_content_digest (demo);
  g_assert_cmpstr (before, ==, after);
  listing_after = export_list_folder (dir);
  g_assert_cmpstr (listing_before, ==, listing_after);
}

/* A disk that fills up while the body is written: the file size limit
 * makes write() fail with EFBIG, as a full disk fails with ENOSPC. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "riaya.xml", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  RiayaExportOptions options = { NULL, NULL, ALL_FROM, ALL_TO, FALSE, NULL };
  struct rlimit saved, limit;
  gboolean ok;

  /* The file of an earlier export stays as it was. */
  g_assert_true (g_file_set_contents (path, "earlier export\n", -1, NULL));

  before = riaya_store_dup_content_digest (demo);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 64 * 1024;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  ok = export (demo, &options, path, NULL, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_false (ok);
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "nothing was saved"));
  after = riaya_store_dup_content_digest (demo);
  g_assert_cmpstr (before, ==, after);

  listing = export_list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "riaya.xml");
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "earlier export\n");
}

static void
test_unknown_institution (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "unknown.xml", NULL);
  g_autofree char *before = riaya_store_dup_content_digest (demo);
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  const char * const names[] = { "NO/SUCH/LICENCE", NULL };
  RiayaExportOptions options = { names, NULL, NULL, NULL, FALSE, NULL };

  g_assert_false (export (demo, &options, path, NULL, &error));
  g_assert_error (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "NO/SUCH/LICENCE"));
  after = riaya_store_dup_content_digest (demo);
  g_assert_cmpstr (before, ==, after);
  listing = export_list_folder (fixture->dir);
  g_assert_cmpstr (listing, ==, "");
}

/* ---- a national database, record by record ----------------------------- */

static RiayaInstitution *
add_institution (RiayaStore *store,
                 const char *licence,
                 const char *province,
                 const char *founder)
{
  g_autoptr(RiayaInstitution) institution = riaya_institution_new ();
  g_autoptr(RiayaCapacityLine) line = riaya_capacity_line_new (RIAYA_CATEGORY_PUPIL, RIAYA_SEX_FEMALE, 40,
                                                               "2020-01-15");
  g_autoptr(GError) error = NULL;

  riaya_institution_set_licence_number (institution, licence);
  riaya_institution_set_licence_date (institution, "2020-01-15");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_65_15);
  riaya_institution_set_institution_type (institution, RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE);
  riaya_institution_set_name_ar (institution, "دار الطالبة");
  riaya_institution_set_name_fr (institution, "Dar Taliba");
  riaya_institution_set_founder (institution, founder);
  riaya_institution_set_province_code (institution, province);
  riaya_institution_add_capacity_line (institution, line);
  g_assert_true (riaya_store_add_institution (store, institution, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&institution);
}

static void
test_records (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *db_path = g_build_filename (fixture->dir, "national.db", NULL);
  g_autofree char *all_path = g_build_filename (fixture->dir, "national.xml", NULL);
  g_autofree char *province_path = g_build_filename (fixture->dir, "province.xml", NULL);
  g_autofree char *today = riaya_date_today_iso ();
  g_autofree char *planned = g_strdup_printf ("%.4s-12-30", today);
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(RiayaInstitution) kept = NULL;
  g_autoptr(RiayaInstitution) deleted = NULL;
  g_autoptr(RiayaInstitution) elsewhere = NULL;
  g_autoptr(RiayaInstitution) long_gone = NULL;
  g_autoptr(RiayaGrant) grant = NULL;
  g_autoptr(RiayaGrant) mistake = NULL;
  g_autoptr(RiayaInspection) cancelled = NULL;
  g_autoptr(ExportFile) all = NULL;
  g_autoptr(ExportFile) province = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *gone_sql = NULL;
  RiayaExportOptions options = { NULL };
  RiayaExportOptions by_province = { NULL, "01.511", NULL, NULL, FALSE, NULL };
  guint year = (guint) g_ascii_strtoull (today, NULL, 10);
  sqlite3 *db;

  store = riaya_store_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_true (riaya_store_set_profile (store, RIAYA_PROFILE_NATIONAL, NULL, &error));

  /* A founder's name with a right-to-left override and a control
   * character, which a reader refuses: they are left out. */
  kept = add_institution (store, "T-1", "01.511", "Association \u202eAl Amal\u202c\x01 & <co>");
  deleted = add_institution (store, "T-2", "01.511", NULL);
  elsewhere = add_institution (store, "T-3", "03.231", NULL);
  long_gone = add_institution (store, "T-4", "01.511", NULL);

  grant = riaya_grant_new (riaya_institution_get_uuid (kept), year, 4000000);
  riaya_grant_set_basis (grant, "منحة التسيير \"السنوية\" & <الأولى>");
  g_assert_true (riaya_store_add_grant (store, grant, &error));
  mistake = riaya_grant_new (riaya_institution_get_uuid (kept), year, 100);
  g_assert_true (riaya_store_add_grant (store, mistake, &error));
  g_assert_true (riaya_store_delete_grant (store, riaya_grant_get_uuid (mistake), &error));
  cancelled = riaya_inspection_new (riaya_institution_get_uuid (kept), planned, RIAYA_VISIT_KIND_PROGRAMMED);
  g_assert_true (riaya_store_add_inspection (store, cancelled, &error));
  g_assert_true (riaya_store_delete_inspection (store, riaya_inspection_get_uuid (cancelled), &error));
  g_assert_true (riaya_store_delete_institution (store, riaya_institution_get_uuid (deleted), &error));
  g_assert_true (riaya_store_delete_institution (store, riaya_institution_get_uuid (long_gone), &error));
  g_assert_no_error (error);

  /* Deleted long before the period: not in the file. */
  gone_sql = g_strdup_printf ("UPDATE institutions SET deleted_at = '2001-01-01T00:00:00Z' WHERE uuid = '%s'",
                              riaya_institution_get_uuid (long_gone));
  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, gone_sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (export (store, &options, all_path, NULL, &error));
  g_assert_no_error (error);
  all = export_check_file (all_path);
  g_assert_cmpstr (all->profile, ==, "national");
  g_assert_cmpuint (all->institutions, ==, 3);
  g_assert_null (strstr (all->text, "licence-number=\"T-4\""));
  g_assert_nonnull (strstr (all->text, "licence-number=\"T-3\""));

  /* Marked deleted: the institution, the grant, the cancelled visit. */
  g_assert_nonnull (strstr (all->text, "licence-number=\"T-2\""));
  g_assert_cmpuint (count_occurrences (all->text, " deleted=\""), ==, 3);
  g_assert_nonnull (strstr (all->text, "amount-centimes=\"100\" kind=\"running-costs\""));

  /* Text cleaned and escaped, Arabic left as UTF-8 in attributes too. */
  g_assert_nonnull (strstr (all->text, "<founder>Association Al Amal &amp; &lt;co&gt;</founder>"));
  g_assert_nonnull (strstr (all->text, "basis=\"منحة التسيير &quot;السنوية&quot; &amp; &lt;الأولى&gt;\""));
  g_assert_nonnull (strstr (all->text, "<name lang=\"ar\">دار الطالبة</name>"));
  /* No figures were ever received for these houses: none are claimed. */
  g_assert_null (strstr (all->text, "<movements"));
  g_assert_null (strstr (all->text, "<resident-count"));

  /* One province. */
  g_assert_true (export (store, &by_province, province_path, NULL, &error));
  g_assert_no_error (error);
  province = export_check_file (province_path);
  g_assert_cmpuint (province->institutions, ==, 2);
  g_assert_null (strstr (province->text, "licence-number=\"T-3\""));
  g_assert_cmpint (province->sequence, ==, all->sequence + 1);

  /* The names a file dialog proposes, with the number the next export
   * takes. */
  {
    const char * const one[] = { "T-1", NULL };
    const char * const two[] = { "T-1", "T-3", NULL };
    RiayaExportOptions of_one = { one, NULL, "2024-01-01", "2024-12-31", FALSE, NULL };
    RiayaExportOptions of_two = { two, NULL, "2024-01-01", "2024-12-31", FALSE, NULL };
    gint64 next = riaya_store_peek_export_sequence (store);
    g_autofree char *national = riaya_exchange_dup_file_name (store, &options, next);
    g_autofree char *expected = g_strdup_printf ("riaya-national-%.4s-%" G_GINT64_FORMAT ".xml", today, next);
    g_autofree char *of_province = riaya_exchange_dup_file_name (store, &by_province, 12);
    g_autofree char *of_licence = riaya_exchange_dup_file_name (store, &of_one, 3);
    g_autofree char *several = riaya_exchange_dup_file_name (store, &of_two, 4);

    g_assert_cmpint (next, ==, province->sequence + 1);
    g_assert_cmpstr (national, ==, expected);
    g_assert_true (g_str_has_prefix (of_province, "riaya-01.511-"));
    g_assert_true (g_str_has_suffix (of_province, "-12.xml"));
    g_assert_cmpstr (of_licence, ==, "riaya-T-1-2024-3.xml");
    g_assert_cmpstr (several, ==, "riaya-national-2024-4.xml");
  }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  load_demo ();

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  FIXTURE_TEST ("/exchange/writer/director", test_director);
  FIXTURE_TEST ("/exchange/writer/register", test_register);
  FIXTURE_TEST ("/exchange/writer/sequence", test_sequence);
  FIXTURE_TEST ("/exchange/writer/cancelled", test_cancelled);
  FIXTURE_TEST ("/exchange/writer/read-only", test_read_only);
  FIXTURE_TEST ("/exchange/writer/disk-full", test_disk_full);
  FIXTURE_TEST ("/exchange/writer/unknown-institution", test_unknown_institution);
  FIXTURE_TEST ("/exchange/writer/records", test_records);

  status = g_test_run ();

  g_clear_object (&demo);
  remove_tree (demo_dir);
  g_free (demo_dir);
  g_free (demo_path);

  return status;
}
