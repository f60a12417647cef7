/* test-summary.c — the institution's summary, printed from its window
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An institution's window offers “Print Summary…” and “Save Summary as
 * PDF…” in a menu of its header bar: enabled for an institution of the
 * registry, absent from a new one's form. The main window's menu offers
 * the same for the institution selected in the list, and nothing while
 * none is. Printing exports through the
 * real GtkPrintOperation (the page the print dialog would send), saving
 * writes the PDF from a worker thread, and a save that cannot be done
 * says what to do, in a dialog, leaving no file behind. In the language
 * given as the first argument: “en” or “ar” (right to left).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "gui-test-util.h"
#include "pdf-test-util.h"
#include "riaya-summary-print.h"
#include "riaya-ui-util.h"

#define LICENCE "EPS-T-003"

typedef struct
{
  char                  *db_path;
  char                  *dir;
  RiayaApplication      *app;
  RiayaWindow           *window;
  RiayaInstitutionsPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->db_path = gui_test_new_database (TRUE);
  gui_test_seed_small_registry (fixture->db_path);
  fixture->window = gui_test_open_window (&fixture->app, fixture->db_path);
  fixture->page = riaya_window_get_institutions_page (fixture->window);
  g_assert_true (gui_test_wait_for_list (fixture->page));
  fixture->dir = g_dir_make_tmp ("riaya-summary-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_close_app (fixture->app);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

/* Opens the institution's window as a double click on its row does. */
static RiayaInstitutionEditor *
open_editor_on (Fixture    *fixture,
                const char *licence)
{
  GtkWidget *view = gui_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW);
  RiayaInstitutionEditor *editor;

  riaya_institutions_page_set_search_text (fixture->page, licence);
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 1);
  g_signal_emit_by_name (view, "activate", 0);
  riaya_institutions_page_set_search_text (fixture->page, "");

  editor = riaya_institutions_page_get_editor (fixture->page);
  g_assert_nonnull (editor);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));
  return editor;
}

/* The item of a popover menu inside @root that shows @text, or NULL.
 * Menu items are GtkModelButtons, a private type: found by name and by
 * their "text", which is without the accelerator's mark. */
static GtkWidget *
find_menu_item (GtkWidget  *root,
                const char *text)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (root), "GtkModelButton"))
    {
      g_autofree char *item_text = NULL;

      g_object_get (root, "text", &item_text, NULL);
      if (g_strcmp0 (item_text, text) == 0)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_item (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* @label as a menu shows it: without the “_” that marks its accelerator. */
static char *
without_mark (const char *label)
{
  GString *out = g_string_new (label);

  g_string_replace (out, "_", "", 0);
  return g_string_free (out, FALSE);
}

/* The menu button inside @root whose tooltip is @tooltip, or NULL. */
static GtkWidget *
find_menu_button (GtkWidget  *root,
                  const char *tooltip)
{
  if (GTK_IS_MENU_BUTTON (root) && g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_button (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The header bar's summary menu, opened as a click does; its items. */
static GtkPopover *
open_summary_menu (RiayaInstitutionEditor *editor)
{
  GtkWidget *button = find_menu_button (GTK_WIDGET (editor), _("Print or Save the Summary"));
  GtkPopover *popover;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));
  return popover;
}

static void
test_summary_actions (Fixture       *fixture,
                      gconstpointer  data)
{
  RiayaInstitutionEditor *editor = open_editor_on (fixture, LICENCE);
  GtkPopover *menu = open_summary_menu (editor);
  g_autofree char *print_text = without_mark (_("_Print Summary…"));
  g_autofree char *save_text = without_mark (_("Save Summary as P_DF…"));
  GtkWidget *print = find_menu_item (GTK_WIDGET (menu), print_text);
  GtkWidget *save = find_menu_item (GTK_WIDGET (menu), save_text);

  /* Both items are there, and may be chosen. */
  g_assert_nonnull (print);
  g_assert_nonnull (save);
  g_assert_true (gtk_widget_is_sensitive (print));
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_get_mapped (print));
  gtk_popover_popdown (menu);
  gtk_window_close (GTK_WINDOW (editor));

  /* A new institution has no summary yet: no menu, nothing to activate. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new", NULL);
  editor = riaya_institutions_page_get_editor (fixture->page);
  g_assert_nonnull (editor);
  g_assert_true (riaya_institution_editor_is_new (editor));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (editor), 2));
  {
    GtkWidget *button = find_menu_button (GTK_WIDGET (editor), _("Print or Save the Summary"));

    g_assert_nonnull (button);
    g_assert_false (gtk_widget_get_mapped (button));
  }
}

/* The main window's menu has the summary of the institution selected in
 * the list: off while none is. */
static void
test_summary_main_menu (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *button = find_menu_button (GTK_WIDGET (fixture->window), _("Main Menu"));
  g_autofree char *print_text = without_mark (_("Print Institution _Summary…"));
  g_autofree char *save_text = without_mark (_("Save Institution Summary as P_DF…"));
  g_autoptr(RiayaInstitution) institution = NULL;
  GtkPopover *menu;
  GtkWidget *print, *save;

  g_assert_nonnull (button);
  g_assert_null (riaya_institutions_page_get_selected (fixture->page));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  menu = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  print = find_menu_item (GTK_WIDGET (menu), print_text);
  save = find_menu_item (GTK_WIDGET (menu), save_text);
  g_assert_nonnull (print);
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_is_sensitive (print));
  g_assert_false (gtk_widget_is_sensitive (save));
  gtk_popover_popdown (menu);

  riaya_institutions_page_set_search_text (fixture->page, LICENCE);
  g_assert_cmpuint (riaya_institutions_page_get_n_visible (fixture->page), ==, 1);
  institution = g_list_model_get_item (riaya_institutions_page_get_visible (fixture->page), 0);
  riaya_institutions_page_select (fixture->page, institution);
  g_assert_nonnull (riaya_institutions_page_get_selected (fixture->page));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (fixture->window), 2));
  g_assert_true (gtk_widget_is_sensitive (print));
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_get_mapped (print));
  gtk_popover_popdown (menu);
}

static RiayaInstitution *
institution_of (Fixture    *fixture,
                const char *licence)
{
  RiayaStore *store = riaya_context_get_store (riaya_window_get_context (fixture->window));
  g_autoptr(GError) error = NULL;
  RiayaInstitution *institution = riaya_store_get_institution (store, licence, &error);

  g_assert_no_error (error);
  return institution;
}

static char *
read_page (const char *path)
{
  g_auto(GStrv) pages = NULL;

  g_assert_cmpuint (pdf_page_count (path), ==, 1);
  pages = pdf_pages (path, 1, FALSE);
  return g_strdup (pages[0]);
}

static void
test_summary_prints (Fixture       *fixture,
                     gconstpointer  data)
{
  RiayaInstitutionEditor *editor = open_editor_on (fixture, LICENCE);
  g_autoptr(RiayaInstitution) institution = institution_of (fixture, LICENCE);
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  /* The page the print dialog sends, exported to a file. */
  g_assert_true (riaya_summary_print_to_file (GTK_WINDOW (editor), riaya_window_get_context (fixture->window),
                                              riaya_institution_get_uuid (institution), path, &error));
  g_assert_no_error (error);
  if (!have_poppler ())
    return;
  text = read_page (path);
  assert_contains (text, LICENCE);
  assert_contains (text, riaya_institution_get_name_fr (institution));
  /* The warning of 10 May 2023 with its deadline, in the licence's events. */
  assert_contains (text, "10/05/2023");
  assert_contains (text, "10/11/2023");
}

typedef struct
{
  gboolean  done;
  gboolean  saved;
  GError   *error;
} Saving;

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Saving *saving = user_data;

  saving->saved = riaya_summary_save_pdf_finish (result, &saving->error);
  saving->done = TRUE;
}

static gboolean
saving_done (gpointer data)
{
  return ((Saving *) data)->done;
}

static void
test_summary_saves_pdf (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(RiayaInstitution) institution = institution_of (fixture, LICENCE);
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "summary.pdf", NULL);
  g_autofree char *text = NULL;
  Saving saving = { FALSE, FALSE, NULL };
  Saving failing = { FALSE, FALSE, NULL };

  riaya_summary_save_pdf_async (riaya_window_get_context (fixture->window), riaya_institution_get_uuid (institution),
                                path, NULL, on_saved, &saving);
  g_assert_true (gui_test_wait_until (saving_done, &saving));
  g_assert_no_error (saving.error);
  g_assert_true (saving.saved);
  assert_is_pdf (path);
  if (have_poppler ())
    {
      text = read_page (path);
      assert_contains (text, LICENCE);
    }

  /* A folder that is not there: the reason, and what to do. */
  riaya_summary_save_pdf_async (riaya_window_get_context (fixture->window), riaya_institution_get_uuid (institution),
                                missing, NULL, on_saved, &failing);
  g_assert_true (gui_test_wait_until (saving_done, &failing));
  g_assert_false (failing.saved);
  g_assert_error (failing.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (failing.error->message, missing));
  g_clear_error (&failing.error);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

static RiayaWindow *shown_window;

static gboolean
shows_toast (gpointer data)
{
  return gui_test_shows_text (GTK_WIDGET (shown_window), data);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (listing != NULL && g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* After the file chooser's Save, from the institution's window: a file
 * that cannot be written leaves nothing behind and a dialog says why; a
 * saved one is said in a toast of the main window. */
static void
test_summary_save_says (Fixture       *fixture,
                        gconstpointer  data)
{
  RiayaInstitutionEditor *editor = open_editor_on (fixture, LICENCE);
  g_autoptr(RiayaInstitution) institution = institution_of (fixture, LICENCE);
  RiayaContext *context = riaya_window_get_context (fixture->window);
  g_autofree char *taken = g_build_filename (fixture->dir, "taken.pdf", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autofree char *toast = NULL;
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  /* A folder has the name: the page written beside it cannot take its
   * place, and is not left there either. */
  g_assert_cmpint (g_mkdir (taken, 0700), ==, 0);
  riaya_summary_save_pdf_to (GTK_WINDOW (editor), context, riaya_institution_get_uuid (institution), taken);
  g_assert_true (gui_test_wait_until (has_message_dialog, NULL));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("The Summary Could Not Be Saved"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), taken));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (g_file_test (taken, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);

  /* The summary's own sentence, the file's name isolated in it, as the
   * user reads it. */
  name = riaya_ui_isolate ("summary.pdf");
  toast = g_strdup_printf (_("Summary saved as “%s”"), name);
  shown_window = fixture->window;
  riaya_summary_save_pdf_to (GTK_WINDOW (editor), context, riaya_institution_get_uuid (institution), path);
  g_assert_true (gui_test_wait_until (shows_toast, toast));
  assert_is_pdf (path);
  g_assert_null (find_message_dialog ());
  g_rmdir (taken);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = argc > 1 ? argv[1] : "";

  if (!g_str_equal (language, "en") && !g_str_equal (language, "ar"))
    {
      g_printerr ("usage: test-summary en|ar\n");
      return 2;
    }

  /* Before GTK reads the language: Arabic runs right to left. */
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RIAYA_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  riaya_interface_language_reset ();

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  if (gui_test_skip_without_display ())
    return 0;

  g_test_add ("/summary/actions", Fixture, NULL, fixture_set_up, test_summary_actions, fixture_tear_down);
  g_test_add ("/summary/main-menu", Fixture, NULL, fixture_set_up, test_summary_main_menu, fixture_tear_down);
  g_test_add ("/summary/prints", Fixture, NULL, fixture_set_up, test_summary_prints, fixture_tear_down);
  g_test_add ("/summary/saves-pdf", Fixture, NULL, fixture_set_up, test_summary_saves_pdf, fixture_tear_down);
  g_test_add ("/summary/save-says", Fixture, NULL, fixture_set_up, test_summary_save_says, fixture_tear_down);

  return g_test_run ();
}
