/* test-institutions-csv.c — the institutions page's list saved as CSV
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-institutions-csv en|ar RIAYA-CLI: a user filters the registry to a
 * region, then to a province, and exports the list; the chooser is the
 * only step skipped (riaya_institutions_page_export_csv_to is what its
 * Export does). The file holds the rows shown, in their order, as
 * “riaya-cli institution list --format csv” prints them, and
 * “riaya-cli institution import-csv” reads it into an empty database. A
 * folder that cannot be written gets a sentence naming the file, and no
 * file.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "exchange-test-util.h"
#include "riaya-institutions-page-private.h"

static const char *language;
static const char *cli_path;

typedef struct
{
  gboolean  done;
  char     *path;
  char     *message;
} Exported;

static void
on_exported (RiayaInstitutionsPage *page,
             const char            *path,
             const char            *message,
             Exported              *exported)
{
  exported->done = TRUE;
  exported->path = g_strdup (path);
  exported->message = g_strdup (message);
}

static gboolean
is_done (gpointer data)
{
  return ((Exported *) data)->done;
}

static void
exported_clear (Exported *exported)
{
  g_clear_pointer (&exported->path, g_free);
  g_clear_pointer (&exported->message, g_free);
  exported->done = FALSE;
}

static void
export_to (RiayaInstitutionsPage *page,
           const char            *path,
           Exported              *exported)
{
  gulong handler = g_signal_connect (page, "exported", G_CALLBACK (on_exported), exported);

  exported_clear (exported);
  riaya_institutions_page_export_csv_to (page, path);
  g_assert_true (gui_test_wait_until (is_done, exported));
  g_signal_handler_disconnect (page, handler);
}

/* Chooses @code in the sidebar's drop-down, as a click would. */
static void
choose (GtkDropDown *dropdown,
        GPtrArray   *codes,
        const char  *code)
{
  for (guint i = 0; i < codes->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (codes, i), code) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
  g_assert_not_reached ();
}

/* riaya-cli's standard output (UTF-8, in the test's language). */
static char *
run_cli (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = -1;

  g_ptr_array_add (argv, (char *) cli_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("riaya-cli said: %s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char **
split_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n = g_strv_length (lines);

  /* RFC 4180: every line, the last too, ends with CRLF. */
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpstr (lines[n - 1], ==, "");
  g_clear_pointer (&lines[n - 1], g_free);
  return g_steal_pointer (&lines);
}

/* The file at @path is the CLI's listing for @option @value, its rows in
 * the page's order. */
static void
assert_file_is_listing (RiayaInstitutionsPage *page,
                        const char            *db_path,
                        const char            *path,
                        const char            *option,
                        const char            *value)
{
  const char *args[] = { "--db", db_path, "institution", "list", option, value, "--format", "csv", NULL };
  GListModel *visible = riaya_institutions_page_get_visible (page);
  guint n = g_list_model_get_n_items (visible);
  g_autofree char *cli = run_cli (args);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) cli_lines = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_utf8_validate (contents, (gssize) length, NULL));
  /* Like the CLI: no byte order mark. */
  g_assert_false (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_false (g_str_has_prefix (cli, "\xEF\xBB\xBF"));

  lines = split_lines (contents);
  cli_lines = split_lines (cli);
  g_assert_cmpstr (lines[0], ==, cli_lines[0]);
  g_assert_true (g_str_has_prefix (lines[0], "uuid,licence_number,"));
  /* One line per visible row, in the order shown. */
  g_assert_cmpuint (g_strv_length (lines), ==, n + 1);
  g_assert_cmpuint (g_strv_length (cli_lines), ==, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaInstitution) institution = g_list_model_get_item (visible, i);
      g_autofree char *licence = g_strdup_printf (",%s,", riaya_institution_get_licence_number (institution));

      g_assert_nonnull (strstr (lines[i + 1], licence));
      /* The same line as the CLI's, whatever order it lists them in. */
      g_assert_true (g_strv_contains ((const char * const *) cli_lines, lines[i + 1]));
    }
}

static void
test_export_filtered (void)
{
  g_autofree char *db_path = gui_test_new_database (TRUE);
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *region_path = g_build_filename (dir, "région 01.csv", NULL);
  g_autofree char *province_path = g_build_filename (dir, "province.csv", NULL);
  g_autofree char *empty_db = gui_test_new_database (TRUE);
  g_autofree char *isolated = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *listed = NULL;
  Exported exported = { FALSE };
  RiayaInstitutionsPage *page;
  RiayaApplication *app;
  RiayaWindow *window;

  gui_test_seed_small_registry (db_path);
  window = gui_test_open_window (&app, db_path);
  page = riaya_window_get_institutions_page (window);
  g_assert_true (gui_test_wait_for_list (page));
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (page), ==, 6);

  /* Tanger-Tétouan-Al Hoceïma: Assilah's house and Tétouan's. */
  choose (riaya_institutions_page_get_filter (page, RIAYA_FILTER_REGION), page->region_codes, "01");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (page), ==, 2);
  export_to (page, region_path, &exported);
  g_assert_cmpstr (exported.path, ==, region_path);
  assert_file_is_listing (page, db_path, region_path, "--region", "01");
  /* Names in Arabic stay as they are, in UTF-8. */
  g_assert_true (exchange_test_file_has (region_path, "دار الطالبة أصيلة"));
  g_assert_true (exchange_test_file_has (region_path, "Dar Talib Tétouan"));
  g_assert_false (exchange_test_file_has (region_path, "EPS-T-003"));

  /* The toast says where the file went; the path reads left to right
   * inside an Arabic sentence. */
  isolated = g_strconcat ("\u2068", region_path, "\u2069", NULL);
  g_assert_nonnull (strstr (exported.message, isolated));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), exported.message));

  /* Then one province of it. */
  choose (riaya_institutions_page_get_filter (page, RIAYA_FILTER_PROVINCE), page->province_codes, "01.511");
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (page), ==, 1);
  export_to (page, province_path, &exported);
  g_assert_cmpstr (exported.path, ==, province_path);
  assert_file_is_listing (page, db_path, province_path, "--province", "01.511");
  g_assert_true (exchange_test_file_has (province_path, "EPS-T-001"));
  g_assert_false (exchange_test_file_has (province_path, "EPS-T-002"));

  /* Read back into an empty database: the same institutions, under new
   * uuids. */
  {
    const char *import_args[] = { "--db", empty_db, "institution", "import-csv", region_path, NULL };
    const char *list_args[] = { "--db", empty_db, "institution", "list", "--format", "csv", NULL };
    const char *list_region[] = { "--db", db_path, "institution", "list", "--region", "01", "--format", "csv",
                                  NULL };
    g_auto(GStrv) got = NULL;
    g_auto(GStrv) want = NULL;

    imported = run_cli (import_args);
    listed = run_cli (list_args);
    got = split_lines (listed);
    g_clear_pointer (&listed, g_free);
    listed = run_cli (list_region);
    want = split_lines (listed);
    g_assert_cmpuint (g_strv_length (got), ==, 3);
    g_assert_cmpuint (g_strv_length (want), ==, 3);
    for (guint i = 1; i < 3; i++)
      {
        /* Everything after the uuid. */
        g_assert_cmpstr (strchr (got[i], ','), ==, strchr (want[i], ','));
        g_assert_cmpstr (got[i], !=, want[i]);
      }
  }

  exported_clear (&exported);
  gui_test_close_app (app);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
test_export_refused (void)
{
  g_autofree char *db_path = gui_test_new_database (TRUE);
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *locked = g_build_filename (dir, "locked", NULL);
  g_autofree char *path = g_build_filename (locked, "institutions.csv", NULL);
  g_autofree char *display = NULL;
  Exported exported = { FALSE };
  RiayaInstitutionsPage *page;
  RiayaApplication *app;
  RiayaWindow *window;
  guint before;

  g_assert_cmpint (g_mkdir (locked, 0555), ==, 0);
  if (access (locked, W_OK) == 0)
    {
      /* Root writes into any folder: a file in the folder's place
       * refuses it as surely. */
      g_test_message ("running as root: a file stands in for the folder that cannot be written");
      g_assert_cmpint (g_rmdir (locked), ==, 0);
      g_assert_true (g_file_set_contents (locked, "not a folder", -1, NULL));
    }

  gui_test_seed_small_registry (db_path);
  window = gui_test_open_window (&app, db_path);
  page = riaya_window_get_institutions_page (window);
  g_assert_true (gui_test_wait_for_list (page));
  /* The database and its journal files are there by now. */
  before = count_entries (dir);

  export_to (page, path, &exported);
  g_assert_null (exported.path);
  /* A sentence naming the file and saying what to do. */
  display = g_filename_display_name (path);
  g_assert_nonnull (strstr (exported.message, display));
  if (g_str_equal (language, "en"))
    g_assert_true (g_str_has_prefix (exported.message, "Cannot save the list of institutions as "));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), exported.message));

  /* Nothing written, not even half a file beside it. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, before);
  if (g_file_test (locked, G_FILE_TEST_IS_DIR))
    g_assert_cmpuint (count_entries (locked), ==, 0);

  exported_clear (&exported);
  gui_test_close_app (app);
}

int
main (int   argc,
      char *argv[])
{
  language = exchange_test_set_language (argc, argv, "test-institutions-csv");
  if (language == NULL || argc < 3)
    {
      g_printerr ("usage: test-institutions-csv en|ar RIAYA-CLI\n");
      return 2;
    }
  /* riaya-cli inherits LANGUAGE: it speaks the test's language too. */
  cli_path = argv[2];

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  if (gui_test_skip_without_display ())
    return 0;

  g_test_add_func ("/institutions/csv/filtered", test_export_filtered);
  g_test_add_func ("/institutions/csv/refused", test_export_refused);

  return g_test_run ();
}
