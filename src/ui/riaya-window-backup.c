/* riaya-window-backup.c — backing up and restoring the database
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both jobs run in a worker thread with their own connection; the window
 * stays responsive and refuses a second job meanwhile.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-tasks.h"
#include "riaya-window-private.h"

static GtkFileFilter *
database_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Riaya backups"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_filter_add_pattern (filter, "*.riaya-backup");

  return filter;
}

/* Backup */

static void
on_backup_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RiayaWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  _riaya_window_end_job (self);

  if (!riaya_backup_finish (result, &error))
    {
      _riaya_window_show_error (self, _("Backup Failed"), error->message);
      return;
    }

  riaya_window_show_toast (self, _("Backup saved"));
}

void
riaya_window_backup_to (RiayaWindow *self,
                        const char  *path)
{
  g_return_if_fail (RIAYA_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  if (!_riaya_window_begin_job (self))
    return;

  riaya_backup_async (riaya_context_get_db_path (riaya_window_get_context (self)), path,
                      NULL, on_backup_done, g_object_ref (self));
}

static void
on_backup_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            RiayaWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        riaya_window_backup_to (self, path);
    }

  g_object_unref (chooser);
}

void
riaya_window_backup (RiayaWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;

  g_return_if_fail (RIAYA_IS_WINDOW (self));

  chooser = gtk_file_chooser_native_new (_("Back Up the Registry"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* A file name that sorts by date; the date is ISO, never translated. */
  name = g_strdup_printf ("riaya-%s.db", date);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_backup_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Restore */

static void
on_restore_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RiayaWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  _riaya_window_end_job (self);

  if (!riaya_restore_finish (result, &error))
    {
      _riaya_window_show_error (self, _("Restore Failed"), error->message);
      return;
    }

  riaya_context_reloaded (riaya_window_get_context (self));
  riaya_window_show_toast (self, _("Backup restored"));
}

static void
start_restore (RiayaWindow *self,
               const char  *path)
{
  if (!_riaya_window_begin_job (self))
    return;

  riaya_restore_async (riaya_context_get_db_path (riaya_window_get_context (self)), path,
                       NULL, on_restore_done, g_object_ref (self));
}

static void
on_restore_confirm_response (AdwMessageDialog *dialog,
                             const char       *response,
                             RiayaWindow      *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "riaya-backup-path");

  if (g_str_equal (response, "restore"))
    start_restore (self, path);
}

void
riaya_window_restore_from (RiayaWindow *self,
                           const char  *path,
                           gboolean     confirmed)
{
  GtkWidget *dialog;
  g_autofree char *basename = NULL;

  g_return_if_fail (RIAYA_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  if (confirmed)
    {
      start_restore (self, path);
      return;
    }

  basename = g_path_get_basename (path);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is a file name */
                                  _("The registry will be replaced by the contents of “%s”. "
                                    "The current contents are backed up first, beside the database, "
                                    "so that nothing is lost."),
                                  basename);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "riaya-backup-path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_confirm_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_restore_chooser_response (GtkNativeDialog *chooser,
                             int              response,
                             RiayaWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        riaya_window_restore_from (self, path, FALSE);
    }

  g_object_unref (chooser);
}

void
riaya_window_restore (RiayaWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = database_filter_new ();
  g_autofree char *backup_dir = NULL;
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (RIAYA_IS_WINDOW (self));

  chooser = gtk_file_chooser_native_new (_("Restore a Backup"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* Start where the automatic backups are: that is where people look. */
  backup_dir = riaya_store_default_backup_dir (riaya_context_get_db_path (riaya_window_get_context (self)));
  if (g_file_test (backup_dir, G_FILE_TEST_IS_DIR))
    {
      folder = g_file_new_for_path (backup_dir);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  g_signal_connect (chooser, "response", G_CALLBACK (on_restore_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
