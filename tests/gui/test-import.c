/* test-import.c — importing exchange files in the window, and conflicts
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-import en|ar: a national database (the source) writes exchange
 * files with the real writer; another (the target) imports them in the
 * window. Files dropped on the window are checked first and nothing is
 * written; Import writes them and the pages show them; Stop between two
 * files keeps the first and leaves the second out; a file older than one
 * imported waits for "Import anyway"; a record changed on both sides is
 * a conflict, listed with both versions, and keeping either side closes
 * it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "exchange-test-util.h"
#include "riaya-conflicts-window-private.h"
#include "riaya-import-dialog-private.h"
#include "riaya-window-private.h"

static const char *language;

typedef struct
{
  char             *source;   /* the database files come from */
  char             *target;   /* the database of the window */
  char             *dir;
  char             *file_a;   /* EPS-T-001, export 1 */
  char             *file_b;   /* EPS-T-002, export 2 */
  RiayaApplication *app;
  RiayaWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->source = gui_test_new_database (TRUE);
  gui_test_seed_small_registry (fixture->source);
  fixture->target = gui_test_new_database (TRUE);
  fixture->dir = g_dir_make_tmp ("riaya-files-XXXXXX", NULL);
  fixture->file_a = g_build_filename (fixture->dir, "a-assilah.xml", NULL);
  fixture->file_b = g_build_filename (fixture->dir, "b-tetouan.xml", NULL);
  exchange_test_export (fixture->source, "EPS-T-001", fixture->file_a);
  exchange_test_export (fixture->source, "EPS-T-002", fixture->file_b);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->app != NULL)
    gui_test_close_app (fixture->app);
  g_free (fixture->source);
  g_free (fixture->target);
  g_free (fixture->dir);
  g_free (fixture->file_a);
  g_free (fixture->file_b);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = gui_test_open_window (&fixture->app, fixture->target);
  g_assert_true (gui_test_wait_for_list (riaya_window_get_institutions_page (fixture->window)));
}

typedef struct
{
  RiayaImportDialog *dialog;
  RiayaImportState   state;
} Wait;

static gboolean
reached (gpointer data)
{
  Wait *wait = data;

  return _riaya_import_dialog_get_state (wait->dialog) == wait->state;
}

static void
wait_for_state (RiayaImportDialog *dialog,
                RiayaImportState   state)
{
  Wait wait = { dialog, state };

  g_assert_true (gui_test_wait_until (reached, &wait));
}

static gboolean
paused (gpointer data)
{
  return _riaya_import_dialog_is_paused (data);
}

/* The file of the list at @path. (transfer full) */
static RiayaImportFile *
find_file (RiayaImportDialog *dialog,
           const char        *path)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (dialog->files));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaImportFile) file = g_list_model_get_item (G_LIST_MODEL (dialog->files), i);

      if (g_str_equal (file->path, path))
        return g_steal_pointer (&file);
    }

  g_assert_not_reached ();
}

/* Drops @paths on the window as a file manager does, and waits for the
 * check to end. */
static RiayaImportDialog *
drop_files (Fixture            *fixture,
            const char * const *paths)
{
  GtkDropTarget *target = _riaya_window_get_drop_target (fixture->window);
  g_autoslist(GFile) files = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GdkDragAction action = 0;
  gboolean accepted = FALSE;
  RiayaImportDialog *dialog;

  for (guint i = 0; paths[i] != NULL; i++)
    files = g_slist_append (files, g_file_new_for_path (paths[i]));
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));

  /* Dragged over: the window says where to drop them. */
  g_assert_false (_riaya_window_shows_drop_hint (fixture->window));
  g_signal_emit_by_name (target, "enter", 10.0, 10.0, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_assert_true (_riaya_window_shows_drop_hint (fixture->window));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 1));
  if (g_str_equal (language, "en"))
    g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "Drop exchange files to import them"));

  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  g_assert_false (_riaya_window_shows_drop_hint (fixture->window));

  dialog = RIAYA_IMPORT_DIALOG (_riaya_window_get_import_dialog (fixture->window));
  g_assert_nonnull (dialog);
  wait_for_state (dialog, RIAYA_IMPORT_STATE_CHECKED);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (dialog), 2));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (dialog)), ==,
                   g_str_equal (language, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  return dialog;
}

static void
import_and_wait (RiayaImportDialog *dialog)
{
  g_assert_true (gtk_widget_is_sensitive (dialog->import_button));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  wait_for_state (dialog, RIAYA_IMPORT_STATE_DONE);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (dialog), 2));
}

static void
test_import_dropped (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (fixture->dir, "c-broken.xml", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *phone = NULL;
  g_autoptr(RiayaImportFile) a = NULL;
  g_autoptr(RiayaImportFile) b = NULL;
  g_autoptr(RiayaImportFile) c = NULL;
  const char *paths[] = { fixture->dir, NULL };
  RiayaInstitutionsPage *page;
  RiayaImportDialog *dialog;

  g_assert_true (g_file_set_contents (bad, "<riaya-exchange xmlns=\"urn:riaya:exchange:1\" version=\"1.0\"><header>",
                                      -1, NULL));
  open_window (fixture);
  before = exchange_test_dup_digest (fixture->target);

  /* The folder is dropped: its three files are checked, nothing is
   * written. */
  dialog = drop_files (fixture, paths);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dialog->files)), ==, 3);
  a = find_file (dialog, fixture->file_a);
  b = find_file (dialog, fixture->file_b);
  c = find_file (dialog, bad);
  g_assert_cmpint (a->outcome, ==, RIAYA_IMPORT_FILE_IMPORTED);
  g_assert_cmpint (a->stage, ==, RIAYA_IMPORT_STAGE_CHECKED);
  g_assert_cmpuint (a->summary.new_records, >, 0);
  g_assert_cmpuint (a->summary.changed + a->summary.unchanged + a->summary.conflicts, ==, 0);
  g_assert_cmpint (b->outcome, ==, RIAYA_IMPORT_FILE_IMPORTED);
  /* The refusal names the file, as riaya-cli does. */
  g_assert_cmpint (c->outcome, ==, RIAYA_IMPORT_FILE_REFUSED);
  g_assert_nonnull (strstr (c->message, "c-broken.xml"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (dialog), "c-broken.xml"));
  g_assert_nonnull (_riaya_import_dialog_get_totals (dialog));
  if (g_str_equal (language, "en"))
    {
      g_autofree char *expected = g_strdup_printf ("2 files to import: %u new, 0 changed, 0 unchanged, 0 conflicts. "
                                                   "1 file refused.",
                                                   a->summary.new_records + b->summary.new_records);

      g_assert_cmpstr (_riaya_import_dialog_get_totals (dialog), ==, expected);
    }
  after = exchange_test_dup_digest (fixture->target);
  g_assert_cmpstr (after, ==, before);

  /* Import: the two sound files are written, the broken one is not. */
  import_and_wait (dialog);
  g_clear_object (&a);
  g_clear_object (&c);
  a = find_file (dialog, fixture->file_a);
  c = find_file (dialog, bad);
  g_assert_cmpint (a->stage, ==, RIAYA_IMPORT_STAGE_IMPORTED);
  g_assert_cmpint (a->outcome, ==, RIAYA_IMPORT_FILE_IMPORTED);
  g_assert_cmpint (c->stage, ==, RIAYA_IMPORT_STAGE_SKIPPED);
  if (g_str_equal (language, "en"))
    g_assert_true (g_str_has_prefix (_riaya_import_dialog_get_totals (dialog), "2 files imported: "));
  g_assert_false (gtk_widget_get_visible (dialog->conflicts_button));
  phone = exchange_test_dup_phone (fixture->target, "EPS-T-001");
  g_assert_nonnull (phone);
  g_clear_pointer (&phone, g_free);
  phone = exchange_test_dup_phone (fixture->target, "EPS-T-002");
  g_assert_nonnull (phone);

  /* The registry shows them. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  page = riaya_window_get_institutions_page (fixture->window);
  g_assert_true (gui_test_wait_for_list (page));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "EPS-T-001"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (fixture->window), "EPS-T-002"));
  g_assert_null (_riaya_window_get_import_dialog (fixture->window));
}

static void
test_import_stopped (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *phone = NULL;
  g_autofree char *isolated = g_strconcat ("\u2068b-tetouan.xml\u2069", NULL);
  g_autoptr(RiayaImportFile) a = NULL;
  g_autoptr(RiayaImportFile) b = NULL;
  const char *paths[] = { fixture->file_a, fixture->file_b, NULL };
  RiayaImportDialog *dialog;

  open_window (fixture);
  dialog = drop_files (fixture, paths);

  /* Stopped before the second file: the first stays, the second is left
   * out whole. */
  _riaya_import_dialog_pause_before (dialog, 1);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_true (gui_test_wait_until (paused, dialog));
  g_assert_cmpint (_riaya_import_dialog_get_state (dialog), ==, RIAYA_IMPORT_STATE_IMPORTING);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  _riaya_import_dialog_release (dialog);
  wait_for_state (dialog, RIAYA_IMPORT_STATE_DONE);

  a = find_file (dialog, fixture->file_a);
  b = find_file (dialog, fixture->file_b);
  g_assert_cmpint (a->stage, ==, RIAYA_IMPORT_STAGE_IMPORTED);
  g_assert_cmpint (b->stage, ==, RIAYA_IMPORT_STAGE_ROLLED_BACK);
  /* Said, naming the file, its name kept whole in Arabic. */
  g_assert_nonnull (strstr (_riaya_import_dialog_get_status (dialog), isolated));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (dialog), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (dialog), _riaya_import_dialog_get_status (dialog)));
  if (g_str_equal (language, "en"))
    g_assert_true (g_str_has_prefix (_riaya_import_dialog_get_totals (dialog), "1 file imported: "));

  phone = exchange_test_dup_phone (fixture->target, "EPS-T-001");
  g_assert_nonnull (phone);
  g_clear_pointer (&phone, g_free);
  phone = exchange_test_dup_phone (fixture->target, "EPS-T-002");
  g_assert_null (phone);
}

static void
test_import_older (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *phone = NULL;
  g_autoptr(RiayaImportFile) a = NULL;
  const char *paths[] = { fixture->file_a, NULL };
  RiayaImportDialog *dialog;
  GtkWidget *check;

  /* The second export came first. */
  exchange_test_import (fixture->target, fixture->file_b);
  open_window (fixture);
  before = exchange_test_dup_digest (fixture->target);
  dialog = drop_files (fixture, paths);

  a = find_file (dialog, fixture->file_a);
  g_assert_cmpint (a->outcome, ==, RIAYA_IMPORT_FILE_REFUSED);
  g_assert_true (a->older);
  g_assert_nonnull (strstr (a->message, "a-assilah.xml"));
  /* Nothing to import unless the user says so. */
  g_assert_false (gtk_widget_is_sensitive (dialog->import_button));
  check = gui_test_find_widget (GTK_WIDGET (dialog->file_list), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  g_assert_true (gtk_widget_get_mapped (check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (a->force);
  after = exchange_test_dup_digest (fixture->target);
  g_assert_cmpstr (after, ==, before);

  import_and_wait (dialog);
  g_clear_object (&a);
  a = find_file (dialog, fixture->file_a);
  g_assert_cmpint (a->stage, ==, RIAYA_IMPORT_STAGE_IMPORTED);
  g_assert_cmpint (a->outcome, ==, RIAYA_IMPORT_FILE_IMPORTED);
  phone = exchange_test_dup_phone (fixture->target, "EPS-T-001");
  g_assert_nonnull (phone);
}

static gboolean
banner_shown (gpointer data)
{
  return _riaya_window_get_conflicts_banner (data) != NULL;
}

/* Phones changed on both sides since @file was imported: the next file
 * of the source brings a conflict. Returns that file's path. */
static char *
make_conflict (Fixture    *fixture,
               const char *local,
               const char *incoming,
               const char *name)
{
  char *next = g_build_filename (fixture->dir, name, NULL);

  exchange_test_set_phone (fixture->target, "EPS-T-001", local);
  exchange_test_set_phone (fixture->source, "EPS-T-001", incoming);
  exchange_test_export (fixture->source, "EPS-T-001", next);

  return next;
}

static GtkWidget *
find_label_with_class (GtkWidget  *root,
                       const char *text,
                       const char *css_class)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0 &&
      gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_class (child, text, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
shows_text_containing (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (shows_text_containing (child, text))
        return TRUE;
    }

  return FALSE;
}

static void
test_conflicts (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *phone = NULL;
  const char *paths[] = { NULL, NULL };
  RiayaImportDialog *dialog;
  RiayaConflictsWindow *conflicts;
  RiayaConflict *conflict;

  exchange_test_import (fixture->target, fixture->file_a);
  second = make_conflict (fixture, "0539111111", "0539222222", "d-assilah.xml");
  open_window (fixture);
  g_assert_null (_riaya_window_get_conflicts_banner (fixture->window));

  /* Imported: the file's phone is kept aside, the conflict said. */
  paths[0] = second;
  dialog = drop_files (fixture, paths);
  import_and_wait (dialog);
  g_assert_true (gtk_widget_get_visible (dialog->conflicts_button));
  if (g_str_equal (language, "en"))
    g_assert_nonnull (strstr (_riaya_import_dialog_get_totals (dialog), ", 1 conflict."));
  phone = exchange_test_dup_phone (fixture->target, "EPS-T-001");
  g_assert_cmpstr (phone, ==, "0539111111");
  g_clear_pointer (&phone, g_free);
  g_assert_true (gui_test_wait_until (banner_shown, fixture->window));
  if (g_str_equal (language, "en"))
    g_assert_true (g_str_has_prefix (_riaya_window_get_conflicts_banner (fixture->window),
                                     "1 record changed both here and in an imported file"));

  /* Review: both versions side by side, the phone marked. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.review-conflicts", NULL);
  conflicts = RIAYA_CONFLICTS_WINDOW (_riaya_window_get_conflicts_window (fixture->window));
  g_assert_nonnull (conflicts);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (conflicts), 2));
  g_assert_cmpuint (_riaya_conflicts_window_get_conflicts (conflicts)->len, ==, 1);
  conflict = _riaya_conflicts_window_get_selected (conflicts);
  g_assert_nonnull (conflict);
  g_assert_cmpstr (conflict->record_kind, ==, "institution");
  g_assert_nonnull (strstr (conflict->record_label, "EPS-T-001"));
  /* Digits alone keep their order in Arabic: isolated left to right. */
  g_assert_nonnull (find_label_with_class (GTK_WIDGET (conflicts), "\u20660539111111\u2069", "conflict-differs"));
  g_assert_nonnull (find_label_with_class (GTK_WIDGET (conflicts), "\u20660539222222\u2069", "conflict-differs"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (conflicts), "\u20660539111111\u2069"));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (conflicts), "\u20660539222222\u2069"));
  /* The sender is known by its file, its name kept whole. */
  g_assert_true (shows_text_containing (GTK_WIDGET (conflicts), "\u2068d-assilah.xml\u2069"));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (conflicts)), ==,
                   g_str_equal (language, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  /* Keep the file's: the phone is the file's, the list empties, the
   * banner goes. */
  gtk_widget_activate_action (GTK_WIDGET (conflicts), "conflicts.keep-incoming", NULL);
  g_assert_null (_riaya_conflicts_window_get_message (conflicts));
  g_assert_cmpuint (_riaya_conflicts_window_get_conflicts (conflicts)->len, ==, 0);
  phone = exchange_test_dup_phone (fixture->target, "EPS-T-001");
  g_assert_cmpstr (phone, ==, "0539222222");
  g_clear_pointer (&phone, g_free);
  g_assert_null (_riaya_window_get_conflicts_banner (fixture->window));

  /* Another round, keeping this database's this time. */
  third = make_conflict (fixture, "0539333333", "0539444444", "e-assilah.xml");
  exchange_test_import (fixture->target, third);
  riaya_context_reloaded (riaya_window_get_context (fixture->window));
  g_assert_nonnull (_riaya_window_get_conflicts_banner (fixture->window));
  g_assert_cmpuint (_riaya_conflicts_window_get_conflicts (conflicts)->len, ==, 1);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (conflicts), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (conflicts), "\u20660539444444\u2069"));
  gtk_widget_activate_action (GTK_WIDGET (conflicts), "conflicts.keep-local", NULL);
  g_assert_cmpuint (_riaya_conflicts_window_get_conflicts (conflicts)->len, ==, 0);
  phone = exchange_test_dup_phone (fixture->target, "EPS-T-001");
  g_assert_cmpstr (phone, ==, "0539333333");
  g_assert_null (_riaya_window_get_conflicts_banner (fixture->window));
}

static void
test_conflict_decided_elsewhere (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *second = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(RiayaStore) other = NULL;
  g_autoptr(GError) error = NULL;
  RiayaConflictsWindow *conflicts;
  RiayaConflict *conflict;

  exchange_test_import (fixture->target, fixture->file_a);
  second = make_conflict (fixture, "0539111111", "0539222222", "d-assilah.xml");
  exchange_test_import (fixture->target, second);
  open_window (fixture);
  g_assert_true (gui_test_wait_until (banner_shown, fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.review-conflicts", NULL);
  conflicts = RIAYA_CONFLICTS_WINDOW (_riaya_window_get_conflicts_window (fixture->window));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (conflicts), 2));
  conflict = _riaya_conflicts_window_get_selected (conflicts);
  g_assert_nonnull (conflict);

  /* riaya-cli keeps this database's meanwhile. */
  other = riaya_store_open (fixture->target, &error);
  g_assert_no_error (error);
  g_assert_true (riaya_store_resolve_conflict (other, conflict->id, FALSE, &error));
  g_assert_no_error (error);
  before = exchange_test_dup_digest (fixture->target);

  /* Keeping the file's now is refused, said, and changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (conflicts), "conflicts.keep-incoming", NULL);
  g_assert_nonnull (_riaya_conflicts_window_get_message (conflicts));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (conflicts), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (conflicts), _riaya_conflicts_window_get_message (conflicts)));
  after = exchange_test_dup_digest (fixture->target);
  g_assert_cmpstr (after, ==, before);
  phone = exchange_test_dup_phone (fixture->target, "EPS-T-001");
  g_assert_cmpstr (phone, ==, "0539111111");
  g_assert_cmpuint (_riaya_conflicts_window_get_conflicts (conflicts)->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  language = exchange_test_set_language (argc, argv, "test-import");
  if (language == NULL)
    return 2;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  if (gui_test_skip_without_display ())
    return 0;

  g_test_add ("/import/dropped", Fixture, NULL, fixture_set_up, test_import_dropped, fixture_tear_down);
  g_test_add ("/import/stopped", Fixture, NULL, fixture_set_up, test_import_stopped, fixture_tear_down);
  g_test_add ("/import/older", Fixture, NULL, fixture_set_up, test_import_older, fixture_tear_down);
  g_test_add ("/import/conflicts", Fixture, NULL, fixture_set_up, test_conflicts, fixture_tear_down);
  g_test_add ("/import/conflict-decided-elsewhere", Fixture, NULL, fixture_set_up, test_conflict_decided_elsewhere,
              fixture_tear_down);

  return g_test_run ();
}
