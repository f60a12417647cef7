/* riaya-import-dialog.c — importing exchange files, checked first
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * exchange.md "Import semantics": nothing is written before the user has
 * seen what each file would do, in the same words as riaya-cli import
 * --dry-run; then each file imports whole or not at all. The dialog goes
 * through four states: checking, checked (the list, waiting for Import),
 * importing, and done (what was done, stopped or failed). The work runs
 * in riaya-import-dialog-job.c; the rows are riaya-import-dialog-rows.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-import-dialog-private.h"
#include "riaya-ui-util.h"

G_DEFINE_FINAL_TYPE (RiayaImportDialog, riaya_import_dialog, ADW_TYPE_WINDOW)

static gboolean
wants_some (RiayaImportDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->files));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaImportFile) file = g_list_model_get_item (G_LIST_MODEL (self->files), i);

      if (riaya_import_file_is_wanted (file))
        return TRUE;
    }

  return FALSE;
}

static guint
count_conflicts (RiayaImportDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->files));
  guint conflicts = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaImportFile) file = g_list_model_get_item (G_LIST_MODEL (self->files), i);

      if (file->stage == RIAYA_IMPORT_STAGE_IMPORTED)
        conflicts += file->summary.conflicts;
    }

  return conflicts;
}

void
_riaya_import_dialog_show_progress (RiayaImportDialog *self,
                                    guint              done,
                                    double             within,
                                    guint              total)
{
  g_autofree char *n_done = riaya_ui_format_count (done);
  g_autofree char *n_total = riaya_ui_format_count (total);
  g_autofree char *text = NULL;

  if (self->disposed ||
      (self->state != RIAYA_IMPORT_STATE_CHECKING && self->state != RIAYA_IMPORT_STATE_IMPORTING))
    return;

  /* The bar moves within a long file too; the words count whole files. */
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 total > 0 ? MIN (1.0, (done + CLAMP (within, 0.0, 1.0)) / total) : 0.0);
  if (self->state == RIAYA_IMPORT_STATE_CHECKING)
    /* Translators: %1$s files of %2$s were checked so far */
    text = g_strdup_printf (ngettext ("%1$s of %2$s file checked", "%1$s of %2$s files checked", total),
                            n_done, n_total);
  else
    /* Translators: %1$s files of %2$s were imported so far */
    text = g_strdup_printf (ngettext ("%1$s of %2$s file imported", "%1$s of %2$s files imported", total),
                            n_done, n_total);
  gtk_label_set_text (self->progress_label, text);
}

void
_riaya_import_dialog_update (RiayaImportDialog *self)
{
  gboolean working = self->state == RIAYA_IMPORT_STATE_CHECKING || self->state == RIAYA_IMPORT_STATE_IMPORTING;
  gboolean done = self->state == RIAYA_IMPORT_STATE_DONE;
  gboolean listed = g_list_model_get_n_items (G_LIST_MODEL (self->files)) > 0;
  g_autofree char *totals = NULL;
  const char *title, *status;

  if (self->disposed)
    return;

  switch (self->state)
    {
    case RIAYA_IMPORT_STATE_CHECKING:
      title = _("Checking the Files…");
      status = _("Each file is read and checked as if it were imported. Nothing is written yet.");
      break;
    case RIAYA_IMPORT_STATE_CHECKED:
      title = _("What the Files Would Change");
      status = wants_some (self) ? _("Nothing was written yet. Look through the list, then import.")
                                 : _("There is nothing to import: each file is refused or already imported.");
      break;
    case RIAYA_IMPORT_STATE_IMPORTING:
      title = _("Importing…");
      status = _("Each file is imported whole or not at all. Stop rolls back the file in progress; the files before it stay imported.");
      break;
    case RIAYA_IMPORT_STATE_DONE:
    default:
      title = self->stopped ? _("Import Stopped")
              : self->outcome != NULL ? _("The Files Could Not Be Imported")
              : _("Import Finished");
      status = self->outcome != NULL ? self->outcome : _("Each file’s line says what it did.");
      break;
    }

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->status_label, status);
  gtk_widget_set_visible (self->progress_box, working);

  if (self->state != RIAYA_IMPORT_STATE_CHECKING && listed)
    totals = _riaya_import_dialog_dup_totals (G_LIST_MODEL (self->files), done);
  gtk_label_set_text (self->totals_label, totals != NULL ? totals : "");
  gtk_widget_set_visible (GTK_WIDGET (self->totals_label), totals != NULL);

  gtk_widget_set_visible (self->cancel_button, !done);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), working ? _("_Stop") : _("_Cancel"));
  gtk_widget_set_visible (self->import_button, !done);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import",
                                 self->state == RIAYA_IMPORT_STATE_CHECKED && wants_some (self));
  gtk_widget_set_visible (self->close_button, done);
  gtk_widget_set_visible (self->conflicts_button, done && count_conflicts (self) > 0);
  if (done)
    gtk_window_set_default_widget (GTK_WINDOW (self),
                                   gtk_widget_get_visible (self->conflicts_button) ? self->conflicts_button
                                                                                    : self->close_button);
}

/* Actions */

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RiayaImportDialog *self = RIAYA_IMPORT_DIALOG (widget);

  if (self->state != RIAYA_IMPORT_STATE_CHECKED || !wants_some (self))
    return;

  _riaya_import_dialog_start_import (self);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RiayaImportDialog *self = RIAYA_IMPORT_DIALOG (widget);

  /* Stop: the worker rolls back the file in progress and says so. */
  if (self->cancellable != NULL)
    {
      self->stopped = TRUE;
      g_cancellable_cancel (self->cancellable);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
review_conflicts_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  RiayaImportDialog *self = RIAYA_IMPORT_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.review-conflicts", NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Overrides */

static gboolean
riaya_import_dialog_close_request (GtkWindow *window)
{
  RiayaImportDialog *self = RIAYA_IMPORT_DIALOG (window);

  /* Closed while importing: the import stops at the file in progress,
   * and the dialog stays to say what was done. */
  if (self->state == RIAYA_IMPORT_STATE_IMPORTING)
    {
      cancel_activated (GTK_WIDGET (self), NULL, NULL);
      return TRUE;
    }
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (riaya_import_dialog_parent_class)->close_request (window);
}

static void
riaya_import_dialog_dispose (GObject *object)
{
  RiayaImportDialog *self = RIAYA_IMPORT_DIALOG (object);

  self->disposed = TRUE;
  /* A worker waiting for a test goes on, and stops at once. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  _riaya_import_dialog_release (self);

  G_OBJECT_CLASS (riaya_import_dialog_parent_class)->dispose (object);
}

static void
riaya_import_dialog_finalize (GObject *object)
{
  RiayaImportDialog *self = RIAYA_IMPORT_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_object (&self->files);
  g_clear_object (&self->cancellable);
  g_strfreev (self->paths);
  g_free (self->outcome);

  G_OBJECT_CLASS (riaya_import_dialog_parent_class)->finalize (object);
}

static void
riaya_import_dialog_class_init (RiayaImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = riaya_import_dialog_dispose;
  object_class->finalize = riaya_import_dialog_finalize;
  window_class->close_request = riaya_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/riaya/Riaya/riaya-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, conflicts_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, totals_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaImportDialog, file_list);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_activated);
  gtk_widget_class_install_action (widget_class, "import.review-conflicts", NULL, review_conflicts_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
riaya_import_dialog_init (RiayaImportDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->files = g_list_store_new (RIAYA_TYPE_IMPORT_FILE);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->files))));
  factory = _riaya_import_dialog_rows_new (self);
  gtk_list_view_set_model (self->file_list, selection);
  gtk_list_view_set_factory (self->file_list, factory);
}

/* For tests */

RiayaImportState
_riaya_import_dialog_get_state (RiayaImportDialog *self)
{
  return self->state;
}

const char *
_riaya_import_dialog_get_totals (RiayaImportDialog *self)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self->totals_label)))
    return NULL;
  return gtk_label_get_text (self->totals_label);
}

const char *
_riaya_import_dialog_get_status (RiayaImportDialog *self)
{
  return gtk_label_get_text (self->status_label);
}

/* Public API */

RiayaImportDialog *
riaya_import_dialog_new (GtkWindow          *parent,
                         RiayaContext       *context,
                         const char * const *paths)
{
  RiayaImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (paths != NULL && paths[0] != NULL, NULL);

  self = g_object_new (RIAYA_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->paths = g_strdupv ((char **) paths);

  _riaya_import_dialog_start_check (self);

  return self;
}
