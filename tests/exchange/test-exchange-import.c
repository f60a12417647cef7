/* test-exchange-import.c — riaya_exchange_import_paths(), file by file
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the orchestration promises (riaya-exchange-import.h), on the
 * golden files of tests/data/exchange/valid/: a folder's *.xml files in
 * name order and nothing else; each file's result handed over as it
 * ends, with its progress; one backup before the first file that may
 * write and none for a dry run or a check; the store's refusals as the
 * exchange layer's, naming the file; a backup that cannot be made, or a
 * cancellation, stops the run and keeps the files already done.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "riaya-exchange-error.h"
#include "riaya-exchange-import.h"
#include "riaya-demo.h"
#include "riaya-exchange-writer.h"
#include "riaya-store-private.h"

typedef struct
{
  char       *dir;
  char       *db_path;
  RiayaStore *store;
} Fixture;

/* What the callbacks saw. */
typedef struct
{
  GPtrArray    *files;    /* basename and outcome code, "a.xml imported" */
  GPtrArray    *errors;   /* the codes and messages of refusals */
  GString      *progress; /* "0/2 1/2 2/2" */
  guint         records;
  guint         gaps;           /* files that said exports of their sender were missing */
  guint         last_unchanged; /* records the last file found unchanged */
  GCancellable *cancel_after_first;
  /* When set: every file handed over as imported must already be in the
   * database for another program (committed), under its name. */
  const char   *committed_in;
  GArray       *within;   /* fractions of the file read, when asked */
  /* When set: the database undoes its transaction from the second file on. */
  RiayaStore   *undoes;
} Seen;

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

static void
open_store (Fixture      *fixture,
            RiayaProfile  profile)
{
  g_autoptr(GError) error = NULL;

  fixture->store = riaya_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (riaya_store_set_profile (fixture->store, profile,
                                          profile == RIAYA_PROFILE_DELEGATE ? "03.531" : NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("riaya-import-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "riaya.db", NULL);
  open_store (fixture, data != NULL ? *(const RiayaProfile *) data : RIAYA_PROFILE_NATIONAL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

static void
seen_init (Seen *seen)
{
  memset (seen, 0, sizeof *seen);
  seen->files = g_ptr_array_new_with_free_func (g_free);
  seen->errors = g_ptr_array_new_with_free_func (g_free);
  seen->progress = g_string_new (NULL);
}

static void
seen_clear (Seen *seen)
{
  g_ptr_array_unref (seen->files);
  g_ptr_array_unref (seen->errors);
  g_string_free (seen->progress, TRUE);
}

static char *
seen_files (Seen *seen)
{
  g_ptr_array_add (seen->files, NULL);
  g_ptr_array_set_size (seen->files, seen->files->len - 1);
  return g_strjoinv (", ", (char **) seen->files->pdata);
}

static void
on_file_done (const RiayaImportFileResult *result,
              gpointer                     user_data)
{
  Seen *seen = user_data;
  g_autofree char *base = g_path_get_basename (result->path);

  g_ptr_array_add (seen->files, g_strdup_printf ("%s %s", base,
                                                 riaya_import_file_outcome_to_code (result->outcome)));
  if (result->error != NULL)
    g_ptr_array_add (seen->errors, g_strdup_printf ("%s: %s", riaya_exchange_error_to_code (result->error),
                                                    result->error->message));
  seen->records += result->records;
  seen->gaps += result->summary.missing_from > 0;
  seen->last_unchanged = result->summary.unchanged;

  if (seen->committed_in != NULL && result->outcome == RIAYA_IMPORT_FILE_IMPORTED)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RiayaStore) other = riaya_store_open (seen->committed_in, &error);
      g_autoptr(GPtrArray) imports = NULL;
      gboolean found = FALSE;

      g_assert_no_error (error);
      imports = riaya_store_list_imports (other, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < imports->len; i++)
        {
          RiayaImportLogEntry *entry = g_ptr_array_index (imports, i);

          found |= g_strcmp0 (entry->file_name, base) == 0;
        }
      g_assert_true (found);
    }
}

/* Interrupts the first statement that writes. SQLite then undoes the
 * whole transaction on its own, as it does when the disk is full or
 * memory runs out (a full disk cannot be had on demand in a test: the
 * statements that meet it first often undo only themselves). */
static int
interrupt_writes (void *user_data)
{
  sqlite3 *db = user_data;

  for (sqlite3_stmt *stmt = sqlite3_next_stmt (db, NULL); stmt != NULL; stmt = sqlite3_next_stmt (db, stmt))
    if (sqlite3_stmt_busy (stmt) && !sqlite3_stmt_readonly (stmt))
      return 1;
  return 0;
}

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Seen *seen = user_data;

  if (seen->progress->len > 0)
    g_string_append_c (seen->progress, ' ');
  g_string_append_printf (seen->progress, "%u/%u", done, total);
  /* The user presses Stop as the bar moves past the first file. */
  if (done == 1 && seen->cancel_after_first != NULL)
    g_cancellable_cancel (seen->cancel_after_first);
  if (done == 1 && seen->undoes != NULL)
    sqlite3_progress_handler (seen->undoes->db, 1, interrupt_writes, seen->undoes->db);
}

static char *
golden (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "exchange", "valid", name, NULL);
}

/* Copies the golden file @name to @folder/@as. */
static char *
copy_golden (const char *name,
             const char *folder,
             const char *as)
{
  g_autofree char *from = golden (name);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *to = g_build_filename (folder, as, NULL);
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);

  return to;
}

static guint
count_backups (Fixture *fixture)
{
  g_autofree char *folder = riaya_store_default_backup_dir (fixture->db_path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static guint
count_imports (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) imports = riaya_store_list_imports (fixture->store, &error);

  g_assert_no_error (error);
  return imports->len;
}

static void
test_folder (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *inbox = g_build_filename (fixture->dir, "inbox", NULL);
  g_autofree char *sub = g_build_filename (inbox, "old", NULL);
  g_autofree char *a = NULL, *c = NULL, *d = NULL, *hidden = NULL, *upper = NULL;
  g_autofree char *files = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { inbox, NULL };
  RiayaImportOptions options = { 0 };
  Seen seen;
  guint refused = 99;

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  /* Name order, bytes: “C.XML” before “a.xml”. */
  a = copy_golden ("delegate.xml", inbox, "a.xml");
  upper = copy_golden ("director.xml", inbox, "C.XML");
  c = copy_golden ("national.xml", inbox, "c.xml");
  d = copy_golden ("national.xml", sub, "d.xml");
  hidden = copy_golden ("national.xml", inbox, ".partial.xml");
  {
    g_autofree char *notes = g_build_filename (inbox, "notes.txt", NULL);

    g_assert_true (g_file_set_contents (notes, "not an exchange file", -1, NULL));
  }

  seen_init (&seen);
  g_assert_cmpuint (count_backups (fixture), ==, 0);
  g_assert_true (riaya_exchange_import_paths (fixture->store, paths, &options, on_file_done, on_progress,
                                              &seen, &refused, NULL, &error));
  g_assert_no_error (error);
  files = seen_files (&seen);
  g_assert_cmpstr (files, ==, "C.XML imported, a.xml imported, c.xml imported");
  g_assert_cmpstr (seen.progress->str, ==, "0/3 1/3 2/3 3/3");
  g_assert_cmpuint (refused, ==, 0);
  /* One backup before the first file; the subfolder, the hidden file and
   * the text file were not read. */
  g_assert_cmpuint (count_backups (fixture), ==, 1);
  g_assert_cmpuint (count_imports (fixture), ==, 3);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 3);
  seen_clear (&seen);
}

static void
test_validate_only (void)
{
  g_autofree char *national = golden ("national.xml");
  g_autofree char *files = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { national, "/nonexistent/riaya.xml", NULL };
  RiayaImportOptions options = { .validate_only = TRUE };
  Seen seen;
  guint refused = 0;

  seen_init (&seen);
  /* No store at all. */
  g_assert_true (riaya_exchange_import_paths (NULL, paths, &options, on_file_done, NULL, &seen,
                                              &refused, NULL, &error));
  g_assert_no_error (error);
  files = seen_files (&seen);
  g_assert_cmpstr (files, ==, "national.xml valid, riaya.xml refused");
  g_assert_cmpuint (refused, ==, 1);
  /* Every record the header counts. */
  g_assert_cmpuint (seen.records, ==, 31);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (seen.errors, 0), "read: "));
  g_assert_nonnull (strstr (g_ptr_array_index (seen.errors, 0), "/nonexistent/riaya.xml"));
  seen_clear (&seen);
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *national = golden ("national.xml");
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  g_autofree char *files = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { national, NULL };
  RiayaImportOptions options = { .dry_run = TRUE };
  Seen seen;

  seen_init (&seen);
  g_assert_true (riaya_exchange_import_paths (fixture->store, paths, &options, on_file_done, NULL, &seen,
                                              NULL, NULL, &error));
  g_assert_no_error (error);
  files = seen_files (&seen);
  g_assert_cmpstr (files, ==, "national.xml imported");
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_backups (fixture), ==, 0);
  seen_clear (&seen);
}

/* A dry run of several files checks each against the database as the
 * files before it leave it, as the import will: the same file twice is
 * new, then already imported; the second export of a sender follows its
 * first, with no gap. Nothing is kept. */
static void
test_dry_run_of_several (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *inbox = g_build_filename (fixture->dir, "inbox", NULL);
  g_autofree char *first = NULL, *again = NULL, *second = NULL;
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  g_autofree char *files = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { inbox, NULL };
  RiayaImportOptions options = { .dry_run = TRUE };
  Seen seen;
  guint refused = 99;

  g_assert_cmpint (g_mkdir_with_parents (inbox, 0700), ==, 0);
  first = copy_golden ("director.xml", inbox, "1-director.xml");
  again = copy_golden ("director.xml", inbox, "2-again.xml");
  second = copy_golden ("director-register.xml", inbox, "3-register.xml");

  seen_init (&seen);
  g_assert_true (riaya_exchange_import_paths (fixture->store, paths, &options, on_file_done, NULL, &seen,
                                              &refused, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refused, ==, 0);
  files = seen_files (&seen);
  g_assert_cmpstr (files, ==, "1-director.xml imported, 2-again.xml unchanged, 3-register.xml imported");
  g_assert_cmpuint (seen.gaps, ==, 0);
  /* The register's file carries the same institution: known by then. */
  g_assert_cmpuint (seen.last_unchanged, >, 0);

  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_imports (fixture), ==, 0);
  g_assert_cmpuint (count_backups (fixture), ==, 0);
  seen_clear (&seen);
}

/* Files are committed several at a time; a file is handed over as
 * imported only once another program can see it in the database. */
static void
test_handed_over_when_committed (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *inbox = g_build_filename (fixture->dir, "inbox", NULL);
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  g_autofree char *files = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { inbox, NULL };
  RiayaImportOptions options = { 0 };
  Seen seen;

  g_assert_cmpint (g_mkdir_with_parents (inbox, 0700), ==, 0);
  a = copy_golden ("delegate.xml", inbox, "a.xml");
  b = copy_golden ("national.xml", inbox, "b.xml");
  c = copy_golden ("delegate.xml", inbox, "c.xml");

  seen_init (&seen);
  seen.committed_in = fixture->db_path;
  g_assert_true (riaya_exchange_import_paths (fixture->store, paths, &options, on_file_done, NULL, &seen,
                                              NULL, NULL, &error));
  g_assert_no_error (error);
  files = seen_files (&seen);
  g_assert_cmpstr (files, ==, "a.xml imported, b.xml imported, c.xml unchanged");
  g_assert_cmpuint (count_imports (fixture), ==, 2);
  seen_clear (&seen);
}

static void
on_within (double   fraction,
           gpointer user_data)
{
  GArray *fractions = ((Seen *) user_data)->within;

  g_array_append_val (fractions, fraction);
}

/* The bar moves within a file: once per institution, forward, up to the
 * whole file. */
static void
test_progress_within_file (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *delegate = golden ("delegate.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  const char *paths[] = { delegate, NULL };
  RiayaImportOptions options = { .within_file = on_within };
  Seen seen;

  seen_init (&seen);
  seen.within = fractions;
  g_assert_true (riaya_exchange_import_paths (fixture->store, paths, &options, on_file_done, on_progress, &seen,
                                              NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, ==, 2);
  for (guint i = 0; i < fractions->len; i++)
    {
      double f = g_array_index (fractions, double, i);

      g_assert_cmpfloat (f, >, 0.0);
      g_assert_cmpfloat (f, <=, 1.0);
      if (i > 0)
        g_assert_cmpfloat (f, >=, g_array_index (fractions, double, i - 1));
    }
  seen_clear (&seen);
}

/* Two exports of one sender named so that the newer comes first (people
 * rename files; "…-10.xml" sorts before "…-9.xml"): both are imported,
 * oldest first, in the places their names gave them among the others. */
static void
test_sender_order (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *inbox = g_build_filename (fixture->dir, "inbox", NULL);
  g_autofree char *newer = NULL, *other = NULL, *older = NULL;
  g_autofree char *files = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { inbox, NULL };
  RiayaImportOptions options = { 0 };
  Seen seen;
  guint refused = 99;

  g_assert_cmpint (g_mkdir_with_parents (inbox, 0700), ==, 0);
  newer = copy_golden ("director-register.xml", inbox, "riaya-GOLD-1-2025-10.xml");
  other = copy_golden ("delegate.xml", inbox, "riaya-GOLD-1-2025-5.xml");
  older = copy_golden ("director.xml", inbox, "riaya-GOLD-1-2025-9.xml");

  seen_init (&seen);
  g_assert_true (riaya_exchange_import_paths (fixture->store, paths, &options, on_file_done, NULL, &seen,
                                              &refused, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refused, ==, 0);
  files = seen_files (&seen);
  g_assert_cmpstr (files, ==, "riaya-GOLD-1-2025-9.xml imported, riaya-GOLD-1-2025-5.xml imported, "
                              "riaya-GOLD-1-2025-10.xml imported");
  g_assert_cmpuint (count_imports (fixture), ==, 3);
  seen_clear (&seen);
}

static void
test_older_file (Fixture       *fixture,
                 gconstpointer  data)
{
  /* Exports 1 and 2 of the same director's database. */
  g_autofree char *older = golden ("director.xml");
  g_autofree char *newer = golden ("director-register.xml");
  g_autofree char *files = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  const char *first[] = { newer, NULL };
  const char *second[] = { older, NULL };
  RiayaImportOptions options = { 0 };
  Seen seen;
  guint refused = 0;

  seen_init (&seen);
  g_assert_true (riaya_exchange_import_paths (fixture->store, first, &options, on_file_done, NULL, &seen,
                                              &refused, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refused, ==, 0);
  before = riaya_store_dup_content_digest (fixture->store);

  g_assert_true (riaya_exchange_import_paths (fixture->store, second, &options, on_file_done, NULL, &seen,
                                              &refused, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refused, ==, 1);
  files = seen_files (&seen);
  g_assert_cmpstr (files, ==, "director-register.xml imported, director.xml refused");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (seen.errors, 0), "sequence: "));
  g_assert_nonnull (strstr (g_ptr_array_index (seen.errors, 0), "director.xml"));
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);

  /* Taken when forced. */
  options.force = TRUE;
  g_assert_true (riaya_exchange_import_paths (fixture->store, second, &options, on_file_done, NULL, &seen,
                                              &refused, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refused, ==, 0);
  seen_clear (&seen);
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *delegate = golden ("delegate.xml");
  g_autofree char *national = golden ("national.xml");
  g_autofree char *files = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  const char *paths[] = { delegate, national, NULL };
  RiayaImportOptions options = { 0 };
  Seen seen;
  guint refused = 99;

  seen_init (&seen);
  seen.cancel_after_first = cancellable;
  g_assert_false (riaya_exchange_import_paths (fixture->store, paths, &options, on_file_done, on_progress, &seen,
                                               &refused, cancellable, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_CANCELLED);
  g_assert_cmpuint (refused, ==, 0);
  files = seen_files (&seen);
  /* The first file stays, the second never began. */
  g_assert_cmpstr (files, ==, "delegate.xml imported");
  g_assert_cmpuint (count_imports (fixture), ==, 1);
  g_assert_cmpuint (riaya_store_count_institutions (fixture->store), ==, 2);
  seen_clear (&seen);
}

static void
test_backup_fails (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *national = golden ("national.xml");
  g_autofree char *backups = riaya_store_default_backup_dir (fixture->db_path);
  g_autofree char *before = riaya_store_dup_content_digest (fixture->store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { national, NULL };
  RiayaImportOptions options = { 0 };
  Seen seen;

  /* A file where the backup folder should be. */
  g_assert_true (g_file_set_contents (backups, "in the way", -1, NULL));
  seen_init (&seen);
  g_assert_false (riaya_exchange_import_paths (fixture->store, paths, &options, on_file_done, NULL, &seen,
                                               NULL, NULL, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "backed up"));
  g_assert_cmpuint (seen.files->len, ==, 0);
  after = riaya_store_dup_content_digest (fixture->store);
  g_assert_cmpstr (after, ==, before);
  seen_clear (&seen);
}

/* Exports to @path the demo data of a delegate's province, from a
 * database of its own. */
static void
export_province_demo (Fixture    *fixture,
                      const char *path)
{
  g_autofree char *db_path = g_build_filename (fixture->dir, "province.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RiayaStore) province = NULL;
  g_autoptr(GError) error = NULL;
  RiayaExportOptions options = { 0 };

  province = riaya_store_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_true (riaya_store_set_profile (province, RIAYA_PROFILE_DELEGATE, "07.351", &error));
  g_assert_no_error (error);
  g_assert_true (riaya_demo_load (province, 1, &error));
  g_assert_no_error (error);
  g_assert_true (riaya_exchange_export (province, &options, file, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* SQLite undoes the whole transaction on its own after some errors (the
 * disk full, memory out): the files of the run not yet committed are
 * gone with it. They must be said not imported, and no file after them
 * be written as if they were (a savepoint would then begin a transaction
 * of its own, and keep it). */
static void
test_undone (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *inbox = g_build_filename (fixture->dir, "inbox", NULL);
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  g_autofree char *files = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { inbox, NULL };
  RiayaImportOptions options = { 0 };
  guint imported = 0;
  Seen seen;

  g_assert_cmpint (g_mkdir_with_parents (inbox, 0700), ==, 0);
  a = copy_golden ("director.xml", inbox, "a.xml");
  /* A province's file, large enough to need new pages in the database. */
  b = g_build_filename (inbox, "b.xml", NULL);
  export_province_demo (fixture, b);
  c = copy_golden ("delegate.xml", inbox, "c.xml");

  seen_init (&seen);
  seen.undoes = fixture->store;
  g_assert_false (riaya_exchange_import_paths (fixture->store, paths, &options, on_file_done, on_progress,
                                               &seen, NULL, NULL, &error));
  g_assert_error (error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "undid"));

  files = seen_files (&seen);
  g_test_message ("%s", files);
  /* The file in which it happened is refused; the run stops there,
   * before the next file. */
  g_assert_nonnull (strstr (files, "b.xml refused"));
  g_assert_null (strstr (files, "c.xml"));
  /* The first is imported only if it was committed before (a slow
   * machine): what is said imported is in the database, nothing else. */
  for (guint i = 0; i < seen.files->len; i++)
    if (g_str_has_suffix (g_ptr_array_index (seen.files, i), " imported"))
      imported++;
  g_assert_cmpuint (count_imports (fixture), ==, imported);

  /* Imported again, every file goes in. */
  sqlite3_progress_handler (fixture->store->db, 0, NULL, NULL);
  seen_clear (&seen);
  seen_init (&seen);
  g_clear_error (&error);
  g_assert_true (riaya_exchange_import_paths (fixture->store, paths, &options, on_file_done, NULL,
                                              &seen, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_imports (fixture), ==, 3);
  seen_clear (&seen);
}

int
main (int    argc,
      char **argv)
{
  static const RiayaProfile director = RIAYA_PROFILE_DIRECTOR;

  g_test_init (&argc, &argv, NULL);

  g_test_add ("/exchange/import/folder", Fixture, NULL, fixture_set_up, test_folder, fixture_tear_down);
  g_test_add_func ("/exchange/import/validate-only", test_validate_only);
  g_test_add ("/exchange/import/dry-run", Fixture, NULL, fixture_set_up, test_dry_run, fixture_tear_down);
  g_test_add ("/exchange/import/dry-run-of-several", Fixture, &director,
              fixture_set_up, test_dry_run_of_several, fixture_tear_down);
  g_test_add ("/exchange/import/handed-over-when-committed", Fixture, NULL,
              fixture_set_up, test_handed_over_when_committed, fixture_tear_down);
  g_test_add ("/exchange/import/progress-within-file", Fixture, NULL,
              fixture_set_up, test_progress_within_file, fixture_tear_down);
  g_test_add ("/exchange/import/sender-order", Fixture, &director,
              fixture_set_up, test_sender_order, fixture_tear_down);
  g_test_add ("/exchange/import/older-file", Fixture, &director,
              fixture_set_up, test_older_file, fixture_tear_down);
  g_test_add ("/exchange/import/cancelled", Fixture, NULL, fixture_set_up, test_cancelled, fixture_tear_down);
  g_test_add ("/exchange/import/backup-fails", Fixture, NULL, fixture_set_up, test_backup_fails, fixture_tear_down);
  g_test_add ("/exchange/import/undone", Fixture, NULL, fixture_set_up, test_undone, fixture_tear_down);

  return g_test_run ();
}
