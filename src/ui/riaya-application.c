/* riaya-application.c — the Riaya application
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "riaya-application.h"
#include "riaya-preferences-window.h"
#include "riaya-tasks.h"
#include "riaya-window.h"

struct _RiayaApplication
{
  AdwApplication  parent_instance;

  gint64          started_at;
  RiayaContext   *context;
  gboolean        backing_up;
};

G_DEFINE_FINAL_TYPE (RiayaApplication, riaya_application, ADW_TYPE_APPLICATION)

static GtkWindow *
active_window (RiayaApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static void
on_open_failed_response (AdwMessageDialog *dialog,
                         const char       *response,
                         RiayaApplication *self)
{
  /* The dialog was the only window: closing it ends the program. The
   * database file was not touched. */
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
show_open_failure (RiayaApplication *self,
                   const char       *path,
                   const GError     *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("Riaya Cannot Open the Database"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: the first %s is the reason, a sentence;
                                   * the second the file's path */
                                  _("%s\n\nThe file was left as it was: %s"),
                                  error->message, path);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_failed_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_auto_backup_done (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RiayaApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = active_window (self);
  if (!riaya_auto_backup_finish (result, NULL, &error) && RIAYA_IS_WINDOW (window))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the reason, a sentence */
      message = g_strdup_printf (_("Automatic backup failed: %s"), error->message);
      riaya_window_show_toast (RIAYA_WINDOW (window), message);
    }

  self->backing_up = FALSE;
  g_application_release (G_APPLICATION (self));
}

static void
start_auto_backup (RiayaApplication *self)
{
  GSettings *settings = riaya_context_get_settings (self->context);

  if (!g_settings_get_boolean (settings, "automatic-backups"))
    return;

  /* Held until the copy is complete, so that quitting never leaves half
   * a backup behind. */
  g_application_hold (G_APPLICATION (self));
  self->backing_up = TRUE;
  riaya_auto_backup_async (riaya_context_get_db_path (self->context), NULL,
                           on_auto_backup_done, g_object_ref (self));
}

static gboolean
open_context (RiayaApplication *self)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *path = riaya_context_resolve_db_path (settings);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(RiayaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* The user's data folder may not exist on a first start; it holds
   * personal data, so it is the owner's alone. */
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (errno),
                   /* Translators: %s is a folder's path */
                   _("The folder %s cannot be created: check that you may write there."),
                   folder);
      show_open_failure (self, path, error);
      return FALSE;
    }

  store = riaya_store_open (path, &error);
  if (store == NULL)
    {
      show_open_failure (self, path, error);
      return FALSE;
    }

  self->context = riaya_context_new (store, settings);
  return TRUE;
}

static void
riaya_application_activate (GApplication *application)
{
  RiayaApplication *self = RIAYA_APPLICATION (application);
  RiayaWindow *window;

  if (active_window (self) != NULL)
    {
      gtk_window_present (active_window (self));
      return;
    }

  if (self->context == NULL && !open_context (self))
    return;

  window = riaya_window_new (self, self->context);
  gtk_window_present (GTK_WINDOW (window));

  if (g_getenv ("RIAYA_BENCH_FIRST_FRAME") == NULL)
    start_auto_backup (self);
}

/* Actions */

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  RiayaApplication *self = user_data;
  g_autolist(GtkWindow) windows = NULL;

  /* Closing each window lets an editor with unsaved changes ask first. */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              (GCopyFunc) g_object_ref, NULL);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  RiayaApplication *self = user_data;
  const char *developers[] = { _("The Riaya authors"), NULL };

  adw_show_about_window (active_window (self),
                         "application-name", _("Riaya"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Riaya authors"),
                         "developers", developers,
                         "comments", _("The registry of Morocco’s licensed social care institutions"),
                         "website", "https://github.com/riaya/riaya",
                         "issue-url", "https://github.com/riaya/riaya/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Riaya authors",
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  RiayaApplication *self = user_data;
  RiayaPreferencesWindow *preferences;

  if (self->context == NULL)
    return;

  preferences = riaya_preferences_window_new (self->context);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), active_window (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  RiayaApplication *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  builder = gtk_builder_new_from_resource ("/io/github/riaya/Riaya/riaya-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (shortcuts, active_window (self));
  gtk_window_set_application (shortcuts, GTK_APPLICATION (self));
  gtk_window_present (shortcuts);
}

static void
backup_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWindow *window = active_window (user_data);

  if (RIAYA_IS_WINDOW (window))
    riaya_window_backup (RIAYA_WINDOW (window));
}

static void
restore_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkWindow *window = active_window (user_data);

  if (RIAYA_IS_WINDOW (window))
    riaya_window_restore (RIAYA_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
  { "shortcuts", shortcuts_activated },
  { "backup", backup_activated },
  { "restore", restore_activated },
};

static void
riaya_application_startup (GApplication *application)
{
  RiayaApplication *self = RIAYA_APPLICATION (application);
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "editor.save", { "<Control>s", NULL } },
  };

  G_APPLICATION_CLASS (riaya_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}

static void
riaya_application_shutdown (GApplication *application)
{
  RiayaApplication *self = RIAYA_APPLICATION (application);

  G_APPLICATION_CLASS (riaya_application_parent_class)->shutdown (application);

  g_clear_object (&self->context);
}

static void
riaya_application_dispose (GObject *object)
{
  RiayaApplication *self = RIAYA_APPLICATION (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_application_parent_class)->dispose (object);
}

static void
riaya_application_class_init (RiayaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = riaya_application_dispose;
  app_class->activate = riaya_application_activate;
  app_class->startup = riaya_application_startup;
  app_class->shutdown = riaya_application_shutdown;
}

static void
riaya_application_init (RiayaApplication *self)
{
}

RiayaApplication *
riaya_application_new (gint64 started_at)
{
  RiayaApplication *self;

  self = g_object_new (RIAYA_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/riaya/Riaya",
                       NULL);
  self->started_at = started_at;

  return self;
}

gint64
riaya_application_get_started_at (RiayaApplication *self)
{
  g_return_val_if_fail (RIAYA_IS_APPLICATION (self), 0);
  return self->started_at;
}

RiayaContext *
riaya_application_get_context (RiayaApplication *self)
{
  g_return_val_if_fail (RIAYA_IS_APPLICATION (self), NULL);
  return self->context;
}

gboolean
riaya_application_is_backing_up (RiayaApplication *self)
{
  g_return_val_if_fail (RIAYA_IS_APPLICATION (self), FALSE);
  return self->backing_up;
}
