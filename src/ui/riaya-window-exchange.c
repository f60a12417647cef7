/* riaya-window-exchange.c — exchange files from the main window
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 6: institutions send their file to the provincial delegation,
 * delegations to the Entraide Nationale. The window exports (Ctrl+E),
 * imports files or a folder (Ctrl+I, or by dropping them on the window:
 * they are checked before anything is written), and says when records
 * changed on both sides wait for a decision.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-conflicts-window.h"
#include "riaya-exchange-dialog.h"
#include "riaya-import-dialog.h"
#include "riaya-store-exchange.h"
#include "riaya-ui-util.h"
#include "riaya-window-private.h"

/* Exchange needs a profile: it says what the database may send and take. */
static gboolean
ready (RiayaWindow *self)
{
  if (riaya_context_get_profile (self->context, NULL, NULL))
    return TRUE;

  riaya_window_show_toast (self, _("Choose your profile first: it says what this database sends and receives."));
  return FALSE;
}

static void
on_dialog_destroy (GtkWidget   *dialog,
                   RiayaWindow *self)
{
  GtkWidget **weak = dialog == self->exchange_dialog ? &self->exchange_dialog : &self->import_dialog;

  /* Gone from the screen: a worker may hold it a moment longer. */
  if (*weak == dialog)
    {
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) weak);
      *weak = NULL;
    }
  _riaya_window_end_job (self);
}

/* Opens @dialog over the window as the one job running (a backup or a
 * restore would otherwise read or replace the database under it). */
static void
present_job (RiayaWindow  *self,
             GtkWidget    *dialog,
             GtkWidget   **weak)
{
  *weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) weak);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_dialog_destroy), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Export */

static void
on_exported (RiayaExchangeDialog *dialog,
             const char          *path,
             const char          *message,
             RiayaWindow         *self)
{
  riaya_window_show_toast (self, message);
}

void
riaya_window_export (RiayaWindow *self)
{
  GListModel *institutions = NULL;
  RiayaExchangeDialog *dialog;

  g_return_if_fail (RIAYA_IS_WINDOW (self));

  /* One export at a time. A dialog already closed may still be held by
   * its worker for a moment: it is not shown again (it is no longer a
   * window), and its job, still running, asks to wait. */
  if (self->exchange_dialog != NULL && gtk_widget_get_visible (self->exchange_dialog))
    {
      gtk_window_present (GTK_WINDOW (self->exchange_dialog));
      return;
    }
  if (!ready (self) || !_riaya_window_begin_job (self))
    return;

  /* The list the page has loaded, if it has: no second reading of 13,000
   * institutions. */
  if (!riaya_institutions_page_is_loading (self->institutions_page))
    institutions = riaya_institutions_page_get_institutions (self->institutions_page);
  dialog = riaya_exchange_dialog_new (GTK_WINDOW (self), self->context, institutions);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, 0);
  present_job (self, GTK_WIDGET (dialog), &self->exchange_dialog);
}

/* Import */

void
riaya_window_import_paths (RiayaWindow        *self,
                           const char * const *paths)
{
  RiayaImportDialog *dialog;

  g_return_if_fail (RIAYA_IS_WINDOW (self));
  g_return_if_fail (paths != NULL);

  if (paths[0] == NULL)
    return;
  if (self->import_dialog != NULL && gtk_widget_get_visible (self->import_dialog))
    {
      gtk_window_present (GTK_WINDOW (self->import_dialog));
      riaya_window_show_toast (self, _("Finish the import under way, then import these files."));
      return;
    }
  if (!ready (self) || !_riaya_window_begin_job (self))
    return;

  dialog = riaya_import_dialog_new (GTK_WINDOW (self), self->context, paths);
  present_job (self, GTK_WIDGET (dialog), &self->import_dialog);
}

static void
import_files (RiayaWindow *self,
              GSList      *files)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (GSList *l = files; l != NULL; l = l->next)
    {
      char *path = g_file_get_path (l->data);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }

  if (paths->len == 0)
    {
      riaya_window_show_toast (self, _("Only files of this computer can be imported: copy them here first."));
      return;
    }

  g_ptr_array_add (paths, NULL);
  riaya_window_import_paths (self, (const char * const *) paths->pdata);
}

static void
on_import_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            RiayaWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoslist(GFile) list = NULL;
      guint n = g_list_model_get_n_items (files);

      for (guint i = n; i > 0; i--)
        list = g_slist_prepend (list, g_list_model_get_item (files, i - 1));
      import_files (self, list);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_and_import (RiayaWindow *self,
                   gboolean     folders)
{
  GtkFileChooserNative *chooser;

  if (!ready (self))
    return;

  if (folders)
    chooser = gtk_file_chooser_native_new (_("Import Folders of Exchange Files"), GTK_WINDOW (self),
                                           GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Check"), _("_Cancel"));
  else
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      chooser = gtk_file_chooser_native_new (_("Import Exchange Files"), GTK_WINDOW (self),
                                             GTK_FILE_CHOOSER_ACTION_OPEN, _("_Check"), _("_Cancel"));
      gtk_file_filter_set_name (filter, _("Exchange files"));
      gtk_file_filter_add_suffix (filter, "xml");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Dropping files on the window */

static GdkDragAction
on_drop_enter (GtkDropTarget *target,
               double         x,
               double         y,
               RiayaWindow   *self)
{
  gtk_widget_set_visible (self->drop_hint, TRUE);
  return GDK_ACTION_COPY;
}

static void
on_drop_leave (GtkDropTarget *target,
               RiayaWindow   *self)
{
  gtk_widget_set_visible (self->drop_hint, FALSE);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RiayaWindow   *self)
{
  GdkFileList *list = g_value_get_boxed (value);
  g_autoslist(GFile) files = list != NULL ? gdk_file_list_get_files (list) : NULL;

  gtk_widget_set_visible (self->drop_hint, FALSE);
  if (files == NULL)
    return FALSE;

  /* gdk_file_list_get_files() gives the list, not the files. */
  for (GSList *l = files; l != NULL; l = l->next)
    g_object_ref (l->data);
  import_files (self, files);
  return TRUE;
}

/* Conflicts */

void
riaya_window_review_conflicts (RiayaWindow *self)
{
  g_return_if_fail (RIAYA_IS_WINDOW (self));

  if (self->conflicts_window == NULL)
    {
      self->conflicts_window = GTK_WIDGET (riaya_conflicts_window_new (GTK_WINDOW (self), self->context));
      g_object_add_weak_pointer (G_OBJECT (self->conflicts_window), (gpointer *) &self->conflicts_window);
    }
  gtk_window_present (GTK_WINDOW (self->conflicts_window));
}

void
_riaya_window_update_conflicts (RiayaWindow *self)
{
  g_autoptr(GPtrArray) conflicts = riaya_store_list_conflicts (riaya_context_get_store (self->context), NULL);
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  self->n_conflicts = conflicts != NULL ? conflicts->len : 0;
  gtk_revealer_set_reveal_child (self->conflicts_banner, self->n_conflicts > 0);
  if (self->n_conflicts == 0)
    return;

  count = riaya_ui_format_count (self->n_conflicts);
  /* Translators: %s is a number of records; Review opens them */
  text = g_strdup_printf (ngettext ("%s record changed both here and in an imported file: nothing was overwritten, choose the version to keep.",
                                    "%s records changed both here and in imported files: nothing was overwritten, choose the versions to keep.",
                                    self->n_conflicts),
                          count);
  gtk_label_set_text (self->conflicts_label, text);
}

static gboolean
update_conflicts_idle (gpointer data)
{
  RiayaWindow *self = data;

  self->conflicts_idle = 0;
  _riaya_window_update_conflicts (self);
  return G_SOURCE_REMOVE;
}

static void
on_context_reloaded (RiayaContext *context,
                     RiayaWindow  *self)
{
  _riaya_window_update_conflicts (self);
}

/* Actions */

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  riaya_window_export (RIAYA_WINDOW (widget));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose_and_import (RIAYA_WINDOW (widget), FALSE);
}

static void
import_folder_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  choose_and_import (RIAYA_WINDOW (widget), TRUE);
}

static void
review_conflicts_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  riaya_window_review_conflicts (RIAYA_WINDOW (widget));
}

void
_riaya_window_class_init_exchange (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_install_action (widget_class, "win.import-folder", NULL, import_folder_activated);
  gtk_widget_class_install_action (widget_class, "win.review-conflicts", NULL, review_conflicts_activated);
}

void
_riaya_window_init_exchange (RiayaWindow *self)
{
  self->drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (self->drop_target, "enter", G_CALLBACK (on_drop_enter), self, 0);
  g_signal_connect_object (self->drop_target, "leave", G_CALLBACK (on_drop_leave), self, 0);
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (self->drop_target));

  g_signal_connect_object (self->context, "reloaded", G_CALLBACK (on_context_reloaded), self, 0);
  /* After the first frame: start-up does not wait for it (quality.md). */
  self->conflicts_idle = g_idle_add_full (G_PRIORITY_LOW, update_conflicts_idle, self, NULL);
}

void
_riaya_window_dispose_exchange (RiayaWindow *self)
{
  g_clear_handle_id (&self->conflicts_idle, g_source_remove);
  if (self->conflicts_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->conflicts_window));
}

/* For tests */

GtkDropTarget *
_riaya_window_get_drop_target (RiayaWindow *self)
{
  return self->drop_target;
}

gboolean
_riaya_window_shows_drop_hint (RiayaWindow *self)
{
  return gtk_widget_get_visible (self->drop_hint);
}

const char *
_riaya_window_get_conflicts_banner (RiayaWindow *self)
{
  if (!gtk_revealer_get_reveal_child (self->conflicts_banner))
    return NULL;
  return gtk_label_get_text (self->conflicts_label);
}

GtkWidget *
_riaya_window_get_exchange_dialog (RiayaWindow *self)
{
  return self->exchange_dialog;
}

GtkWidget *
_riaya_window_get_import_dialog (RiayaWindow *self)
{
  return self->import_dialog;
}

GtkWidget *
_riaya_window_get_conflicts_window (RiayaWindow *self)
{
  return self->conflicts_window;
}
