/* test-exchange.c — exporting an exchange file from the window
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-exchange en|ar: the export dialog as a user drives it (win.export,
 * its rows, Export), writing through the real writer: the chooser is the
 * only step skipped (riaya_exchange_dialog_export_to is what its Save
 * does). A national database exports a province; a director's database
 * offers the register, says what leaves the machine with it, and writes
 * nothing until the user confirms. In Arabic the dialog mirrors and the
 * path in the toast keeps its own direction.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "exchange-test-util.h"
#include "riaya-exchange-dialog-private.h"
#include "riaya-exchange-import.h"
#include "riaya-store-residents.h"
#include "riaya-window-private.h"

static const char *language;

typedef struct
{
  gboolean  done;
  char     *path;
  char     *message;
} Exported;

static void
on_exported (RiayaExchangeDialog *dialog,
             const char          *path,
             const char          *message,
             Exported            *exported)
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

static gboolean
is_idle (gpointer data)
{
  return !_riaya_exchange_dialog_is_running (data);
}

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static gboolean
chooser_narrowed (gpointer data)
{
  return g_list_model_get_n_items (riaya_institution_chooser_get_visible (data)) == 1;
}

static gboolean
no_exchange_dialog (gpointer data)
{
  return _riaya_window_get_exchange_dialog (data) == NULL;
}

/* Opens the dialog as Ctrl+E does. */
static RiayaExchangeDialog *
open_dialog (RiayaWindow *window)
{
  GtkWidget *dialog;

  /* The dialog of an export just done is let go by its worker a moment
   * after it closed; until then the window asks to wait. */
  g_assert_true (gui_test_wait_until (no_exchange_dialog, window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  dialog = _riaya_window_get_exchange_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (gui_test_wait_for_frames (dialog, 2));
  g_assert_cmpint (gtk_widget_get_direction (dialog), ==,
                   g_str_equal (language, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  return RIAYA_EXCHANGE_DIALOG (dialog);
}

static void
choose_province (RiayaExchangeDialog *dialog,
                 const char          *code)
{
  for (guint i = 0; i < dialog->province_codes->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (dialog->province_codes, i), code) == 0)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (_riaya_exchange_dialog_get_field (dialog, "province")), i);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
set_year (RiayaExchangeDialog *dialog,
          int                  year)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (_riaya_exchange_dialog_get_field (dialog, "year")), year);
}

/* Export, and wait for the file. */
static void
export_to (RiayaExchangeDialog *dialog,
           const char          *path,
           Exported            *exported)
{
  g_autoptr(RiayaExchangeDialog) held = g_object_ref (dialog);
  gulong handler = g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), exported);

  riaya_exchange_dialog_export_to (dialog, path);
  g_assert_true (_riaya_exchange_dialog_is_running (dialog));
  g_assert_true (gui_test_wait_until (is_done, exported));
  /* Written: the dialog has closed, and holds nothing any more. */
  g_assert_true (gui_test_wait_until (is_idle, dialog));
  if (!gui_test_wait_until (is_hidden, dialog))
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

      /* Seen once in a loaded CI run: say what the dialog shows. */
      g_test_message ("still shown after the export to %s; its message: %s; %s the toplevels",
                      exported->path, _riaya_exchange_dialog_get_message (dialog),
                      g_list_find (toplevels, dialog) != NULL ? "among" : "not among");
      g_assert_not_reached ();
    }
  g_signal_handler_disconnect (dialog, handler);
}

static void
on_validated (const RiayaImportFileResult *result,
              gpointer                     user_data)
{
  g_assert_no_error ((GError *) result->error);
  g_assert_cmpint (result->outcome, ==, RIAYA_IMPORT_FILE_VALID);
  *(guint *) user_data = result->records;
}

/* The records of the file at @path, read back by the real reader:
 * schema, digest and counts checked. */
static guint
count_records (const char *path)
{
  const char *paths[] = { path, NULL };
  RiayaImportOptions options = { .validate_only = TRUE };
  g_autoptr(GError) error = NULL;
  guint refused = 99;
  guint records = 0;

  g_assert_true (riaya_exchange_import_paths (NULL, paths, &options, on_validated, NULL, &records, &refused, NULL,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refused, ==, 0);
  return records;
}

static void
test_export_province (void)
{
  g_autofree char *db_path = gui_test_new_database (TRUE);
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *path = g_build_filename (dir, "envoi.xml", NULL);
  g_autofree char *isolated = NULL;
  g_autofree char *name = NULL;
  Exported exported = { FALSE };
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaExchangeDialog *dialog;

  gui_test_seed_small_registry (db_path);
  window = gui_test_open_window (&app, db_path);
  g_assert_true (gui_test_wait_for_list (riaya_window_get_institutions_page (window)));
  dialog = open_dialog (window);

  /* National staff export the registry, a province or one institution;
   * no register in their database. */
  g_assert_false (gtk_widget_get_visible (dialog->register_group));
  g_assert_cmpint (_riaya_exchange_dialog_get_scope (dialog), ==, RIAYA_EXPORT_SCOPE_ALL);
  set_year (dialog, 2025);
  name = _riaya_exchange_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "riaya-national-2025-1.xml");
  g_clear_pointer (&name, g_free);

  /* A province must be chosen before anything is written. */
  g_assert_true (_riaya_exchange_dialog_set_scope (dialog, RIAYA_EXPORT_SCOPE_PROVINCE));
  g_assert_true (gtk_widget_get_visible (_riaya_exchange_dialog_get_field (dialog, "province")));
  g_assert_false (_riaya_exchange_dialog_can_export (dialog));
  riaya_exchange_dialog_export_to (dialog, path);
  g_assert_false (_riaya_exchange_dialog_is_running (dialog));
  g_assert_nonnull (_riaya_exchange_dialog_get_message (dialog));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  choose_province (dialog, "01.511");
  g_assert_true (_riaya_exchange_dialog_can_export (dialog));
  g_assert_null (_riaya_exchange_dialog_get_message (dialog));
  name = _riaya_exchange_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "riaya-01.511-2025-1.xml");

  export_to (dialog, path, &exported);
  g_assert_cmpstr (exported.path, ==, path);
  /* The house, its licence's grant and its capacity line. */
  g_assert_cmpuint (count_records (path), ==, 3);
  /* Tanger-Assilah's house, not Tétouan's. */
  g_assert_true (exchange_test_file_has (path, "EPS-T-001"));
  g_assert_false (exchange_test_file_has (path, "EPS-T-002"));
  g_assert_true (exchange_test_file_has (path, "<period from=\"2025-01-01\" to=\"2025-12-31\"/>"));

  /* The toast says where the file went; the path reads left to right
   * inside an Arabic sentence. */
  isolated = g_strconcat ("\u2068", path, "\u2069", NULL);
  g_assert_nonnull (strstr (exported.message, isolated));
  g_assert_null (_riaya_window_get_exchange_dialog (window));
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (window), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (window), exported.message));

  /* The next file takes the next number; one institution is chosen
   * with the chooser, by typing, as everywhere. */
  dialog = open_dialog (window);
  set_year (dialog, 2025);
  g_clear_pointer (&name, g_free);
  name = _riaya_exchange_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "riaya-national-2025-2.xml");
  g_assert_true (_riaya_exchange_dialog_set_scope (dialog, RIAYA_EXPORT_SCOPE_INSTITUTION));
  g_assert_false (_riaya_exchange_dialog_can_export (dialog));
  gtk_menu_button_popup (dialog->institution_button);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog->chooser)));
  gui_test_type (GTK_WIDGET (riaya_institution_chooser_get_entry (dialog->chooser)), "EPS-T-002");
  g_assert_true (gui_test_wait_until (chooser_narrowed, dialog->chooser));
  riaya_institution_chooser_activate (dialog->chooser, 0);
  g_assert_true (_riaya_exchange_dialog_can_export (dialog));
  g_clear_pointer (&name, g_free);
  name = _riaya_exchange_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "riaya-EPS-T-002-2025-2.xml");
  gtk_window_close (GTK_WINDOW (dialog));

  g_free (exported.path);
  g_free (exported.message);
  gui_test_close_app (app);
}

static void
test_export_delegate (void)
{
  g_autofree char *db_path = gui_test_new_database (FALSE);
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *path = g_build_filename (dir, "delegation.xml", NULL);
  g_autofree char *name = NULL;
  Exported exported = { FALSE };
  g_autoptr(RiayaStore) store = NULL;
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaExchangeDialog *dialog;
  GListModel *visible;

  /* The delegate of Tétouan, whose database holds other provinces' too. */
  gui_test_seed_small_registry (db_path);
  store = riaya_store_open (db_path, NULL);
  g_assert_true (riaya_store_set_profile (store, RIAYA_PROFILE_DELEGATE, "01.571", NULL));
  g_clear_object (&store);
  window = gui_test_open_window (&app, db_path);
  g_assert_true (gui_test_wait_for_list (riaya_window_get_institutions_page (window)));
  dialog = open_dialog (window);
  set_year (dialog, 2025);

  /* Their province, or one of its institutions; never the registry. */
  g_assert_cmpint (_riaya_exchange_dialog_get_scope (dialog), ==, RIAYA_EXPORT_SCOPE_OWN_PROVINCE);
  g_assert_false (_riaya_exchange_dialog_set_scope (dialog, RIAYA_EXPORT_SCOPE_ALL));
  g_assert_false (_riaya_exchange_dialog_set_scope (dialog, RIAYA_EXPORT_SCOPE_PROVINCE));
  g_assert_false (gtk_widget_get_visible (dialog->register_group));
  name = _riaya_exchange_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "riaya-01.571-2025-1.xml");
  /* Only the province's institutions may be chosen. */
  visible = riaya_institution_chooser_get_visible (dialog->chooser);
  g_assert_true (gui_test_wait_until (chooser_narrowed, dialog->chooser));
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);

  export_to (dialog, path, &exported);
  g_assert_true (exchange_test_file_has (path, "EPS-T-002"));
  g_assert_false (exchange_test_file_has (path, "EPS-T-001"));
  g_assert_true (exchange_test_file_has (path, "profile=\"delegate\""));

  g_free (exported.path);
  g_free (exported.message);
  gui_test_close_app (app);
}

static void
test_export_period (void)
{
  g_autofree char *db_path = gui_test_new_database (TRUE);
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *path = g_build_filename (dir, "periode.xml", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Exported exported = { FALSE };
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaExchangeDialog *dialog;
  GtkWidget *from, *to;

  gui_test_seed_small_registry (db_path);
  window = gui_test_open_window (&app, db_path);
  dialog = open_dialog (window);

  /* Between two dates: each end typed, checked before writing. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (_riaya_exchange_dialog_get_field (dialog, "period")), 1);
  from = _riaya_exchange_dialog_get_field (dialog, "from");
  to = _riaya_exchange_dialog_get_field (dialog, "to");
  g_assert_true (gtk_widget_get_visible (from));
  g_assert_false (gtk_widget_get_visible (dialog->year_row));

  before = exchange_test_dup_digest (db_path);
  gui_test_type (from, "2025-07-01");
  gui_test_type (to, "2025-13-01");
  g_assert_false (_riaya_exchange_dialog_can_export (dialog));
  riaya_exchange_dialog_export_to (dialog, path);
  g_assert_nonnull (_riaya_exchange_dialog_get_message (dialog));
  if (g_str_equal (language, "en"))
    g_assert_nonnull (strstr (_riaya_exchange_dialog_get_message (dialog), "“2025-13-01” is not a date"));

  gui_test_type (to, "2025-06-30");
  g_assert_false (_riaya_exchange_dialog_can_export (dialog));
  if (g_str_equal (language, "en"))
    g_assert_cmpstr (_riaya_exchange_dialog_get_message (dialog), ==,
                     "The period ends before it starts: put the earlier day first.");
  riaya_exchange_dialog_export_to (dialog, path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Refused: not even the export's number was taken. */
  after = exchange_test_dup_digest (db_path);
  g_assert_cmpstr (after, ==, before);

  gui_test_type (to, "2026-06-30");
  g_assert_true (_riaya_exchange_dialog_can_export (dialog));
  g_assert_null (_riaya_exchange_dialog_get_message (dialog));
  export_to (dialog, path, &exported);
  g_assert_true (exchange_test_file_has (path, "<period from=\"2025-07-01\" to=\"2026-06-30\"/>"));
  g_assert_true (exchange_test_file_has (path, "EPS-T-006"));

  g_free (exported.path);
  g_free (exported.message);
  gui_test_close_app (app);
}

static gboolean
export_paused (gpointer data)
{
  return _riaya_exchange_dialog_is_paused (data);
}

static void
test_export_stopped (void)
{
  g_autofree char *db_path = gui_test_new_database (TRUE);
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *path = g_build_filename (dir, "arrete.xml", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GDir) folder = NULL;
  const char *entry;
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaExchangeDialog *dialog;

  gui_test_seed_small_registry (db_path);
  window = gui_test_open_window (&app, db_path);
  dialog = open_dialog (window);
  set_year (dialog, 2025);
  before = exchange_test_dup_digest (db_path);

  /* Stopped after the first of six institutions. */
  _riaya_exchange_dialog_pause_after (dialog, 1);
  riaya_exchange_dialog_export_to (dialog, path);
  g_assert_true (gui_test_wait_until (export_paused, dialog));
  g_assert_true (_riaya_exchange_dialog_is_running (dialog));
  g_assert_false (gtk_widget_is_sensitive (dialog->form_box));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "exchange.cancel", NULL);
  _riaya_exchange_dialog_release (dialog);
  g_assert_true (gui_test_wait_until (is_idle, dialog));

  /* Said; the form stays, to try again. */
  g_assert_nonnull (_riaya_exchange_dialog_get_message (dialog));
  if (g_str_equal (language, "en"))
    g_assert_cmpstr (_riaya_exchange_dialog_get_message (dialog), ==, "The export was stopped: no file was written.");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_is_sensitive (dialog->form_box));

  /* Nothing behind: no file, no temporary file, no number taken. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  folder = g_dir_open (dir, 0, NULL);
  while ((entry = g_dir_read_name (folder)) != NULL)
    g_assert_true (g_str_has_prefix (entry, "riaya.db"));
  after = exchange_test_dup_digest (db_path);
  g_assert_cmpstr (after, ==, before);
  name = _riaya_exchange_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "riaya-national-2025-1.xml");

  gtk_window_close (GTK_WINDOW (dialog));
  gui_test_close_app (app);
}

static gboolean
shows_text (gpointer data)
{
  const char * const *what = data;

  return gui_test_shows_text (GTK_WIDGET (what[0]), what[1]);
}

/* Ctrl+E again just after the dialog closed, while its worker still
 * holds it: the closed dialog is not shown again (it was, once, in a
 * loaded run, and never closed after its export); the window asks to
 * wait, and the next Ctrl+E opens a new dialog. The worker's hold is
 * played by a reference of the test. */
static void
test_export_again_after_close (void)
{
  g_autofree char *db_path = gui_test_new_database (TRUE);
  g_autoptr(GtkWidget) held = NULL;
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaExchangeDialog *dialog;
  const char *wait[2];

  gui_test_seed_small_registry (db_path);
  window = gui_test_open_window (&app, db_path);
  dialog = open_dialog (window);
  held = g_object_ref (GTK_WIDGET (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_visible (held));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  g_assert_false (gtk_widget_get_visible (held));
  wait[0] = (const char *) window;
  wait[1] = _("Wait until the current task is finished, then try again.");
  g_assert_true (gui_test_wait_until (shows_text, wait));

  g_clear_object (&held);
  dialog = open_dialog (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gtk_window_close (GTK_WINDOW (dialog));
  gui_test_close_app (app);
}

/* A director's database: one student house and four pupils of 2024
 * (as in test-register.c), one of them with a CNIE. */
static char *
new_director_database (void)
{
  g_autofree char *db_path = gui_test_new_database (FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (db_path, &error);
  g_autoptr(RiayaInstitution) house = gui_test_institution_new ("EPS-R-001", "Dar Talib Ouezzane", "دار الطالب وزان",
                                                                RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "01.405",
                                                                RIAYA_CATEGORY_PUPIL, 40);
  const char *names[][3] = {
    { "Karim", "Tazi", "2008-02-02" },
    { "Omar", "Bennani", "2012-05-10" },
    { "يوسف", "العلوي", "2010-01-15" },
    { "Amine", "Idrissi", "2013-03-03" },
  };

  g_assert_no_error (error);
  riaya_store_set_profile (store, RIAYA_PROFILE_DIRECTOR, NULL, &error);
  g_assert_no_error (error);
  riaya_store_add_institution (store, house, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(RiayaResident) resident = riaya_resident_new ();
      g_autoptr(RiayaStay) stay = NULL;

      riaya_resident_set_sex (resident, RIAYA_SEX_MALE);
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_FIRST_NAME, names[i][0]);
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_LAST_NAME, names[i][1]);
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_DATE, names[i][2]);
      riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_BIRTH_PLACE, "Ouezzane");
      if (i == 0)
        riaya_resident_set_field (resident, RIAYA_RESIDENT_FIELD_CNIE, "GK123456");
      stay = riaya_stay_new (resident);
      riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (house));
      riaya_stay_set_category (stay, RIAYA_CATEGORY_PUPIL);
      riaya_stay_set_admitted_on (stay, i == 0 ? "2023-09-01" : "2024-09-01");
      riaya_stay_set_referral (stay, RIAYA_REFERRAL_FAMILY);
      g_assert_true (riaya_store_admit (store, stay, RIAYA_ADMIT_DEFAULT, &error));
      g_assert_no_error (error);
    }

  return g_steal_pointer (&db_path);
}

static void
test_export_register (void)
{
  g_autofree char *db_path = new_director_database ();
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *plain = g_build_filename (dir, "sans-registre.xml", NULL);
  g_autofree char *with = g_build_filename (dir, "avec-registre.xml", NULL);
  g_autofree char *name = NULL;
  Exported exported = { FALSE };
  RiayaApplication *app;
  RiayaWindow *window;
  RiayaExchangeDialog *dialog;
  GtkWidget *register_switch, *confirm;
  const char *warning;

  window = gui_test_open_window (&app, db_path);
  dialog = open_dialog (window);

  /* A director with one house: that house, under its licence number. */
  g_assert_false (_riaya_exchange_dialog_set_scope (dialog, RIAYA_EXPORT_SCOPE_INSTITUTION));
  g_assert_false (_riaya_exchange_dialog_set_scope (dialog, RIAYA_EXPORT_SCOPE_PROVINCE));
  set_year (dialog, 2024);
  name = _riaya_exchange_dialog_dup_file_name (dialog);
  g_assert_cmpstr (name, ==, "riaya-EPS-R-001-2024-1.xml");

  /* The register is offered, off; without it no name leaves. */
  g_assert_true (gtk_widget_get_visible (dialog->register_group));
  register_switch = _riaya_exchange_dialog_get_field (dialog, "register");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (register_switch)));
  g_assert_null (_riaya_exchange_dialog_get_warning (dialog));
  export_to (dialog, plain, &exported);
  g_assert_true (exchange_test_file_has (plain, "EPS-R-001"));
  g_assert_false (exchange_test_file_has (plain, "Bennani"));
  g_assert_false (exchange_test_file_has (plain, "<register"));
  g_clear_pointer (&exported.path, g_free);
  g_clear_pointer (&exported.message, g_free);
  exported.done = FALSE;

  /* On: what leaves the machine is said, with the number of people,
   * and nothing is written until the user confirms. */
  dialog = open_dialog (window);
  set_year (dialog, 2024);
  register_switch = _riaya_exchange_dialog_get_field (dialog, "register");
  confirm = _riaya_exchange_dialog_get_field (dialog, "confirm");
  gtk_switch_set_active (GTK_SWITCH (register_switch), TRUE);
  warning = _riaya_exchange_dialog_get_warning (dialog);
  g_assert_nonnull (warning);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (dialog), 2));
  g_assert_true (gui_test_shows_text (GTK_WIDGET (dialog), warning));
  g_assert_nonnull (strstr (warning, "4"));
  if (g_str_equal (language, "en"))
    g_assert_nonnull (strstr (warning, "names, identity card numbers, birth places, health and guardians of 4 residents"));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (confirm)));
  g_assert_false (_riaya_exchange_dialog_can_export (dialog));
  riaya_exchange_dialog_export_to (dialog, with);
  g_assert_false (_riaya_exchange_dialog_is_running (dialog));
  g_assert_nonnull (_riaya_exchange_dialog_get_message (dialog));
  g_assert_false (g_file_test (with, G_FILE_TEST_EXISTS));

  /* In 2023 only the first pupil was there: the sentence for one
   * resident, which Arabic writes in words (مستفيد واحد). */
  set_year (dialog, 2023);
  g_assert_null (strstr (_riaya_exchange_dialog_get_warning (dialog), "4"));
  if (g_str_equal (language, "ar"))
    g_assert_nonnull (strstr (_riaya_exchange_dialog_get_warning (dialog), "مستفيد واحد"));
  else
    g_assert_nonnull (strstr (_riaya_exchange_dialog_get_warning (dialog), "1"));
  set_year (dialog, 2024);

  /* Off and on again: the confirmation is asked again. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (confirm), TRUE);
  g_assert_true (_riaya_exchange_dialog_can_export (dialog));
  gtk_switch_set_active (GTK_SWITCH (register_switch), FALSE);
  gtk_switch_set_active (GTK_SWITCH (register_switch), TRUE);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (confirm)));
  g_assert_false (_riaya_exchange_dialog_can_export (dialog));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (confirm), TRUE);
  g_assert_true (_riaya_exchange_dialog_can_export (dialog));
  g_assert_null (_riaya_exchange_dialog_get_message (dialog));
  export_to (dialog, with, &exported);
  /* The house, its licence's grant, its capacity line, the counts of
   * 2024 and its movements, and the register: 4 people, 4 stays. */
  g_assert_cmpuint (count_records (with), >, 8);
  g_assert_true (exchange_test_file_has (with, "<register>"));
  g_assert_true (exchange_test_file_has (with, "Bennani"));
  g_assert_true (exchange_test_file_has (with, "GK123456"));

  g_free (exported.path);
  g_free (exported.message);
  gui_test_close_app (app);
}

int
main (int   argc,
      char *argv[])
{
  language = exchange_test_set_language (argc, argv, "test-exchange");
  if (language == NULL)
    return 2;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  if (gui_test_skip_without_display ())
    return 0;

  g_test_add_func ("/exchange/export/province", test_export_province);
  g_test_add_func ("/exchange/export/delegate", test_export_delegate);
  g_test_add_func ("/exchange/export/period", test_export_period);
  g_test_add_func ("/exchange/export/register", test_export_register);
  g_test_add_func ("/exchange/export/stopped", test_export_stopped);
  g_test_add_func ("/exchange/export/again-after-close", test_export_again_after_close);

  return g_test_run ();
}
