/* gui-test-util.c — opening the real window on a test database
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "gui-test-util.h"
#include "riaya-store.h"
#include "riaya-status-cell.h"
#include "riaya-text-cell.h"

/* Long enough for valgrind; a healthy run waits milliseconds. */
#define TIMEOUT_S 60

gboolean
gui_test_skip_without_display (void)
{
  if (gdk_display_get_default () != NULL)
    return FALSE;

  /* With protocol: 'tap', exit status 77 is an error: say it in TAP. */
  g_print ("1..0 # SKIP no display available (run under tests/xvfb-wrap.sh or a desktop session)\n");
  return TRUE;
}

/* The folders of the databases made for a test program, removed when it
 * exits: a test leaves nothing behind in the temporary folder. */
static GPtrArray *made_folders;

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
    }
  g_remove (path);
}

static void
remove_made_folders (void)
{
  for (guint i = 0; made_folders != NULL && i < made_folders->len; i++)
    remove_tree (g_ptr_array_index (made_folders, i));
  g_clear_pointer (&made_folders, g_ptr_array_unref);
}

char *
gui_test_new_database (gboolean profile)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("riaya-gui-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(RiayaStore) store = NULL;

  g_assert_no_error (error);
  if (made_folders == NULL)
    {
      made_folders = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_made_folders);
    }
  g_ptr_array_add (made_folders, g_strdup (dir));
  path = g_build_filename (dir, "riaya.db", NULL);
  store = riaya_store_open (path, &error);
  g_assert_no_error (error);
  if (profile)
    {
      riaya_store_set_profile (store, RIAYA_PROFILE_NATIONAL, NULL, &error);
      g_assert_no_error (error);
    }

  return g_steal_pointer (&path);
}

RiayaInstitution *
gui_test_institution_new (const char           *licence,
                          const char           *name_fr,
                          const char           *name_ar,
                          RiayaInstitutionType  type,
                          const char           *province,
                          RiayaCategory         category,
                          guint                 places)
{
  RiayaInstitution *institution = riaya_institution_new ();
  g_autoptr(RiayaCapacityLine) line = NULL;

  riaya_institution_set_licence_number (institution, licence);
  riaya_institution_set_licence_date (institution, "2015-03-01");
  riaya_institution_set_legal_basis (institution, RIAYA_LEGAL_BASIS_14_05);
  riaya_institution_set_name_fr (institution, name_fr);
  riaya_institution_set_name_ar (institution, name_ar);
  riaya_institution_set_institution_type (institution, type);
  riaya_institution_set_province_code (institution, province);
  line = riaya_capacity_line_new (category, RIAYA_SEX_ANY, places, "2015-03-01");
  riaya_institution_add_capacity_line (institution, line);

  return institution;
}

/* Six institutions in three regions, 285 places:
 *   01 Tanger-Tétouan-Al Hoceima: two student houses, 60 + 80
 *   02 Oriental: an elderly home (under warning) 40, a child protection centre 30
 *   03 Fès-Meknès: a disability centre 50 (65.15), a kafala home 25 (65.15) */
void
gui_test_seed_small_registry (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RiayaStore) store = riaya_store_open (path, &error);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RiayaLicenceEvent) warning = NULL;

  g_assert_no_error (error);

  g_ptr_array_add (all, gui_test_institution_new ("EPS-T-001", "Dar Taliba Assilah", "دار الطالبة أصيلة",
                                                  RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "01.511",
                                                  RIAYA_CATEGORY_PUPIL, 60));
  g_ptr_array_add (all, gui_test_institution_new ("EPS-T-002", "Dar Talib Tétouan", "دار الطالب تطوان",
                                                  RIAYA_INSTITUTION_TYPE_STUDENT_HOUSE, "01.571",
                                                  RIAYA_CATEGORY_PUPIL, 80));
  g_ptr_array_add (all, gui_test_institution_new ("EPS-T-003", "Maison des personnes âgées Oujda",
                                                  "دار المسنين وجدة",
                                                  RIAYA_INSTITUTION_TYPE_ELDERLY, "02.411",
                                                  RIAYA_CATEGORY_ELDERLY, 40));
  g_ptr_array_add (all, gui_test_institution_new ("EPS-T-004", "Centre Al Amal Fès", "مركز الأمل فاس",
                                                  RIAYA_INSTITUTION_TYPE_DISABILITY, "03.231",
                                                  RIAYA_CATEGORY_DISABLED, 50));
  g_ptr_array_add (all, gui_test_institution_new ("EPS-T-005", "Foyer d’enfants Nador", NULL,
                                                  RIAYA_INSTITUTION_TYPE_CHILD_PROTECTION, "02.381",
                                                  RIAYA_CATEGORY_CHILD, 30));
  g_ptr_array_add (all, gui_test_institution_new ("EPS-T-006", NULL, "دار الأطفال مكناس",
                                                  RIAYA_INSTITUTION_TYPE_KAFALA, "03.061",
                                                  RIAYA_CATEGORY_ABANDONED_CHILD, 25));
  riaya_institution_set_legal_basis (g_ptr_array_index (all, 3), RIAYA_LEGAL_BASIS_65_15);
  riaya_institution_set_legal_basis (g_ptr_array_index (all, 5), RIAYA_LEGAL_BASIS_65_15);

  riaya_store_add_institutions (store, all, NULL, &error);
  g_assert_no_error (error);

  warning = riaya_licence_event_new (RIAYA_LICENCE_EVENT_WARNING, "2023-05-10", "2023-11-10",
                                     "Registre des bénéficiaires incomplet");
  riaya_store_add_licence_event (store, riaya_institution_get_uuid (g_ptr_array_index (all, 2)),
                                 warning, &error);
  g_assert_no_error (error);
}

/* Waiting */

typedef struct
{
  guint    painted;
  gboolean timed_out;
} Wait;

static gboolean
on_timeout (gpointer user_data)
{
  Wait *wait = user_data;

  wait->timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock *clock,
                Wait          *wait)
{
  wait->painted++;
}

gboolean
gui_test_wait_for_frames (GtkWidget *widget,
                          guint      n)
{
  Wait wait = { 0, FALSE };
  guint timeout = g_timeout_add_seconds (TIMEOUT_S, on_timeout, &wait);
  GdkFrameClock *clock;
  gulong handler;

  while (!gtk_widget_get_mapped (widget) && !wait.timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (wait.timed_out)
    return FALSE;

  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &wait);
  while (wait.painted < n && !wait.timed_out)
    {
      guint before = wait.painted;

      gtk_widget_queue_draw (widget);
      while (wait.painted == before && !wait.timed_out)
        g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, handler);

  if (!wait.timed_out)
    g_source_remove (timeout);

  return !wait.timed_out;
}

gboolean
gui_test_wait_until (gboolean (*condition) (gpointer),
                     gpointer   data)
{
  Wait wait = { 0, FALSE };
  guint timeout = g_timeout_add_seconds (TIMEOUT_S, on_timeout, &wait);

  while (!condition (data) && !wait.timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!wait.timed_out)
    g_source_remove (timeout);

  return !wait.timed_out;
}

static gboolean
page_loaded (gpointer data)
{
  return !riaya_institutions_page_is_loading (data);
}

gboolean
gui_test_wait_for_list (RiayaInstitutionsPage *page)
{
  return gui_test_wait_until (page_loaded, page);
}

/* The application */

RiayaWindow *
gui_test_open_window (RiayaApplication **app,
                      const char        *db_path)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GError) error = NULL;
  RiayaWindow *window = NULL;

  /* The tests check what they do themselves, not a background copy. */
  g_settings_set_boolean (settings, "automatic-backups", FALSE);
  g_setenv ("RIAYA_DB", db_path, TRUE);

  *app = riaya_application_new (g_get_monotonic_time ());
  g_application_set_flags (G_APPLICATION (*app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (*app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (*app));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (*app)); l != NULL; l = l->next)
    {
      if (RIAYA_IS_WINDOW (l->data))
        window = l->data;
    }
  g_assert_nonnull (window);
  g_assert_true (gui_test_wait_for_frames (GTK_WIDGET (window), 2));

  return window;
}

void
gui_test_close_app (RiayaApplication *app)
{
  g_autolist(GtkWindow) windows = NULL;

  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (app)),
                              (GCopyFunc) g_object_ref, NULL);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (app);
}

/* Acting */

void
gui_test_type (GtkWidget  *editable,
               const char *text)
{
  g_assert_true (GTK_IS_EDITABLE (editable));
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

gboolean
gui_test_choose (GtkWidget  *combo,
                 const char *label)
{
  GListModel *model;
  guint n;

  if (ADW_IS_COMBO_ROW (combo))
    model = adw_combo_row_get_model (ADW_COMBO_ROW (combo));
  else
    model = gtk_drop_down_get_model (GTK_DROP_DOWN (combo));

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        {
          if (ADW_IS_COMBO_ROW (combo))
            adw_combo_row_set_selected (ADW_COMBO_ROW (combo), i);
          else
            gtk_drop_down_set_selected (GTK_DROP_DOWN (combo), i);
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
gui_test_shows_text (GtkWidget  *widget,
                     const char *text)
{
  const char *shown = NULL;

  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  if (GTK_IS_LABEL (widget))
    shown = gtk_label_get_text (GTK_LABEL (widget));
  else if (RIAYA_IS_TEXT_CELL (widget))
    shown = riaya_text_cell_get_text (RIAYA_TEXT_CELL (widget));
  else if (RIAYA_IS_STATUS_CELL (widget))
    shown = riaya_status_cell_get_text (RIAYA_STATUS_CELL (widget));
  if (g_strcmp0 (shown, text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gui_test_shows_text (child, text))
        return TRUE;
    }

  return FALSE;
}

GtkWidget *
gui_test_find_widget (GtkWidget *root,
                      GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

gboolean
gui_test_save_png (GtkWindow   *window,
                   const char  *path,
                   GError     **error)
{
  GtkWidget *content = gtk_window_get_child (window);
  int width = gtk_widget_get_width (content);
  int height = gtk_widget_get_height (content);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (content);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GdkRGBA background;

  /* The content widget, not the window: the window's own paintable is
   * empty (toolchain.md §6). The window's background goes underneath,
   * as the window draws it on screen. */
  if (gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (window)),
                                      "window_bg_color", &background))
    gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "nothing was drawn: wait for a frame first");
      return FALSE;
    }

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s could not be written", path);
      return FALSE;
    }

  return TRUE;
}
