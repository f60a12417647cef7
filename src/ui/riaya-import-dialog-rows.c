/* riaya-import-dialog-rows.c — the files of an import, one row each
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file says what it did or would do, in the words of riaya-cli
 * import: records new, changed, unchanged, and conflicts to review; or
 * why it was refused (the message names the file and the line); a gap
 * in its sender's sequence; or that it is older than a file already
 * imported, with the choice to import it anyway (exchange.md "Import
 * semantics"). A folder of a province's files is hundreds of rows: the
 * list makes rows only for those on screen.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-exchange-error.h"
#include "riaya-import-dialog-private.h"
#include "riaya-ui-util.h"

G_DEFINE_FINAL_TYPE (RiayaImportFile, riaya_import_file, G_TYPE_OBJECT)

static void
riaya_import_file_finalize (GObject *object)
{
  RiayaImportFile *self = RIAYA_IMPORT_FILE (object);

  g_free (self->path);
  g_free (self->message);

  G_OBJECT_CLASS (riaya_import_file_parent_class)->finalize (object);
}

static void
riaya_import_file_class_init (RiayaImportFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = riaya_import_file_finalize;
}

static void
riaya_import_file_init (RiayaImportFile *self)
{
}

RiayaImportFile *
riaya_import_file_new_from_result (const RiayaImportFileResult *result)
{
  RiayaImportFile *self = g_object_new (RIAYA_TYPE_IMPORT_FILE, NULL);

  self->path = g_strdup (result->path);
  self->outcome = result->outcome;
  self->stage = RIAYA_IMPORT_STAGE_CHECKED;
  self->summary = result->summary;
  self->records = result->records;
  if (result->error != NULL)
    {
      self->message = g_strdup (result->error->message);
      self->older = g_error_matches (result->error, RIAYA_EXCHANGE_ERROR, RIAYA_EXCHANGE_ERROR_SEQUENCE);
    }

  return self;
}

RiayaImportFile *
riaya_import_file_copy_at (RiayaImportFile  *self,
                           RiayaImportStage  stage)
{
  RiayaImportFile *copy = g_object_new (RIAYA_TYPE_IMPORT_FILE, NULL);

  copy->path = g_strdup (self->path);
  copy->outcome = self->outcome;
  copy->stage = stage;
  copy->summary = self->summary;
  copy->message = g_strdup (self->message);
  copy->older = self->older;
  copy->force = self->force;
  copy->records = self->records;

  return copy;
}

gboolean
riaya_import_file_is_wanted (RiayaImportFile *self)
{
  return self->outcome == RIAYA_IMPORT_FILE_IMPORTED || (self->older && self->force);
}

/* "3 new, 1 changed, 40 unchanged, 0 conflicts" */
static char *
dup_counts (const RiayaImportSummary *s)
{
  g_autofree char *n_new = riaya_ui_format_count (s->new_records);
  g_autofree char *n_changed = riaya_ui_format_count (s->changed);
  g_autofree char *n_unchanged = riaya_ui_format_count (s->unchanged);
  g_autofree char *n_conflicts = riaya_ui_format_count (s->conflicts);
  /* Translators: %s is a number of records the database did not hold */
  g_autofree char *a = g_strdup_printf (ngettext ("%s new", "%s new", s->new_records), n_new);
  /* Translators: %s is a number of records the file changes */
  g_autofree char *b = g_strdup_printf (ngettext ("%s changed", "%s changed", s->changed), n_changed);
  /* Translators: %s is a number of records the database already holds as they are */
  g_autofree char *c = g_strdup_printf (ngettext ("%s unchanged", "%s unchanged", s->unchanged), n_unchanged);
  /* Translators: %s is a number of records changed on both sides, kept for a decision */
  g_autofree char *d = g_strdup_printf (ngettext ("%s conflict", "%s conflicts", s->conflicts), n_conflicts);

  /* Translators: what a file brings, “3 new, 1 changed, 40 unchanged, 0 conflicts” */
  return g_strdup_printf (_("%1$s, %2$s, %3$s, %4$s"), a, b, c, d);
}

static char *
dup_gap (const RiayaImportSummary *s)
{
  if (s->missing_from <= 0)
    return NULL;
  if (s->missing_from == s->missing_to)
    /* Translators: %lld is the sequence number of a file that never came */
    return g_strdup_printf (_("File number %lld from the same sender never came: ask them for it."),
                            (long long) s->missing_from);
  /* Translators: the first and last sequence numbers of files that never came */
  return g_strdup_printf (_("Files number %1$lld to %2$lld from the same sender never came: ask them for them."),
                          (long long) s->missing_from, (long long) s->missing_to);
}

char *
riaya_import_file_dup_detail (RiayaImportFile *self)
{
  g_autofree char *counts = NULL;
  g_autofree char *gap = NULL;
  g_autofree char *text = NULL;

  switch (self->stage)
    {
    case RIAYA_IMPORT_STAGE_STOPPED:
      return g_strdup (_("Not imported: the import was stopped before this file."));
    case RIAYA_IMPORT_STAGE_ROLLED_BACK:
      return g_strdup (_("Not imported: the import was stopped while this file was read; nothing of it was kept."));
    case RIAYA_IMPORT_STAGE_CHECKED:
    case RIAYA_IMPORT_STAGE_IMPORTED:
    case RIAYA_IMPORT_STAGE_SKIPPED:
    default:
      break;
    }

  switch (self->outcome)
    {
    case RIAYA_IMPORT_FILE_REFUSED:
      if (self->older && self->stage == RIAYA_IMPORT_STAGE_CHECKED)
        /* Translators: %s says why; the user may then tick “Import anyway” */
        return g_strdup_printf (_("%s Tick “Import anyway” only if you know this older file is the right one."),
                                self->message);
      if (self->stage == RIAYA_IMPORT_STAGE_SKIPPED)
        /* Translators: %s says why the check refused the file */
        return g_strdup_printf (_("Not imported: %s"), self->message);
      return g_strdup (self->message);
    case RIAYA_IMPORT_FILE_UNCHANGED:
      return g_strdup (_("Already imported: it changes nothing."));
    case RIAYA_IMPORT_FILE_VALID:
      return g_strdup (_("Valid."));
    case RIAYA_IMPORT_FILE_IMPORTED:
    default:
      break;
    }

  counts = dup_counts (&self->summary);
  gap = dup_gap (&self->summary);
  if (self->stage == RIAYA_IMPORT_STAGE_IMPORTED)
    /* Translators: %s is what a file brought, “3 new, 1 changed, …” */
    text = g_strdup_printf (_("Imported: %s."), counts);
  else
    /* Translators: %s is what a file would bring, “3 new, 1 changed, …” */
    text = g_strdup_printf (_("Would bring %s."), counts);
  if (self->summary.conflicts > 0 && self->stage == RIAYA_IMPORT_STAGE_IMPORTED)
    {
      g_autofree char *review = g_strconcat (text, " ", _("Review the conflicts: both versions are kept until you choose."), NULL);

      g_free (text);
      text = g_steal_pointer (&review);
    }
  if (self->summary.ignored > 0)
    {
      g_autofree char *count = riaya_ui_format_count (self->summary.ignored);
      g_autofree char *ignored = NULL;
      g_autofree char *with = NULL;

      /* Counts a director's register makes itself, or a register that only
       * a director's database keeps (riaya-store-exchange.h). */
      ignored = g_strdup_printf (/* Translators: %s is a number of records of a file */
                                 ngettext ("%s record of the file is not kept in this kind of database.",
                                           "%s records of the file are not kept in this kind of database.",
                                           self->summary.ignored),
                                 count);
      with = g_strconcat (text, " ", ignored, NULL);
      g_free (text);
      text = g_steal_pointer (&with);
    }
  if (gap != NULL)
    return g_strconcat (text, " ", gap, NULL);

  return g_steal_pointer (&text);
}

/* The totals */

char *
_riaya_import_dialog_dup_totals (GListModel *files,
                                 gboolean    done)
{
  RiayaImportSummary sum = { 0 };
  guint n = g_list_model_get_n_items (files);
  guint n_taken = 0, n_refused = 0, n_unchanged = 0, n_not = 0;
  g_autofree char *counts = NULL;
  g_autofree char *taken = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaImportFile) file = g_list_model_get_item (files, i);

      if (file->stage == RIAYA_IMPORT_STAGE_STOPPED || file->stage == RIAYA_IMPORT_STAGE_ROLLED_BACK)
        n_not++;
      else if (file->outcome == RIAYA_IMPORT_FILE_UNCHANGED)
        n_unchanged++;
      else if (file->outcome == RIAYA_IMPORT_FILE_REFUSED && !(file->older && file->force && !done))
        n_refused++;
      else
        {
          n_taken++;
          sum.new_records += file->summary.new_records;
          sum.changed += file->summary.changed;
          sum.unchanged += file->summary.unchanged;
          sum.conflicts += file->summary.conflicts;
        }
    }

  counts = dup_counts (&sum);
  taken = riaya_ui_format_count (n_taken);
  if (done)
    /* Translators: %1$s is a number of files, %2$s what they brought, “3 new, 1 changed, …” */
    g_string_append_printf (text, ngettext ("%1$s file imported: %2$s.", "%1$s files imported: %2$s.", n_taken),
                            taken, counts);
  else
    /* Translators: %1$s is a number of files, %2$s what they would bring, “3 new, 1 changed, …” */
    g_string_append_printf (text, ngettext ("%1$s file to import: %2$s.", "%1$s files to import: %2$s.", n_taken),
                            taken, counts);

  if (n_refused > 0)
    {
      g_autofree char *count = riaya_ui_format_count (n_refused);

      g_string_append_c (text, ' ');
      /* Translators: %s is a number of files */
      g_string_append_printf (text, ngettext ("%s file refused.", "%s files refused.", n_refused), count);
    }
  if (n_unchanged > 0)
    {
      g_autofree char *count = riaya_ui_format_count (n_unchanged);

      g_string_append_c (text, ' ');
      /* Translators: %s is a number of files */
      g_string_append_printf (text, ngettext ("%s file already imported.", "%s files already imported.", n_unchanged),
                              count);
    }
  if (n_not > 0)
    {
      g_autofree char *count = riaya_ui_format_count (n_not);

      g_string_append_c (text, ' ');
      /* Translators: %s is a number of files */
      g_string_append_printf (text, ngettext ("%s file not imported.", "%s files not imported.", n_not), count);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The rows */

#define ROW_FILE_KEY "riaya-import-file"

typedef struct
{
  GtkImage       *icon;
  GtkLabel       *name;
  GtkLabel       *detail;
  GtkCheckButton *force;
} Row;

static void
on_force_toggled (GtkCheckButton    *check,
                  RiayaImportDialog *self)
{
  RiayaImportFile *file = g_object_get_data (G_OBJECT (check), ROW_FILE_KEY);

  if (file == NULL || file->force == gtk_check_button_get_active (check))
    return;
  /* The choice is the check's: once the import runs, it is made. */
  if (self->state != RIAYA_IMPORT_STATE_CHECKED)
    {
      gtk_check_button_set_active (check, file->force);
      return;
    }

  file->force = gtk_check_button_get_active (check);
  _riaya_import_dialog_update (self);
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          RiayaImportDialog        *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  Row *row = g_new0 (Row, 1);

  row->icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_valign (GTK_WIDGET (row->icon), GTK_ALIGN_START);
  row->name = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->name, 0);
  gtk_label_set_ellipsize (row->name, PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (GTK_WIDGET (row->name), "heading");
  row->detail = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->detail, 0);
  gtk_label_set_wrap (row->detail, TRUE);
  gtk_label_set_wrap_mode (row->detail, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (row->detail), "dim-label");
  row->force = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Import _anyway")));
  gtk_widget_set_valign (GTK_WIDGET (row->force), GTK_ALIGN_CENTER);
  g_signal_connect_object (row->force, "toggled", G_CALLBACK (on_force_toggled), self, 0);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (row->name));
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (row->detail));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->icon));
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->force));
  gtk_widget_add_css_class (box, "import-file-row");

  g_object_set_data_full (G_OBJECT (box), "riaya-row", row, g_free);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static const char *
icon_for (RiayaImportFile *file)
{
  if (file->stage == RIAYA_IMPORT_STAGE_STOPPED || file->stage == RIAYA_IMPORT_STAGE_ROLLED_BACK ||
      file->stage == RIAYA_IMPORT_STAGE_SKIPPED)
    return "action-unavailable-symbolic";
  if (file->outcome == RIAYA_IMPORT_FILE_REFUSED)
    return "dialog-warning-symbolic";
  if (file->summary.conflicts > 0 || file->summary.missing_from > 0)
    return "dialog-information-symbolic";
  return "object-select-symbolic";
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         RiayaImportDialog        *self)
{
  RiayaImportFile *file = gtk_list_item_get_item (item);
  Row *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "riaya-row");
  g_autofree char *base = g_path_get_basename (file->path);
  g_autofree char *detail = riaya_import_file_dup_detail (file);
  gboolean may_force = file->older && file->stage == RIAYA_IMPORT_STAGE_CHECKED;

  gtk_image_set_from_icon_name (row->icon, icon_for (file));
  /* Its letters give the name its direction; it stays at the start of
   * the row in Arabic too. */
  gtk_label_set_text (row->name, base);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->name), file->path);
  gtk_label_set_text (row->detail, detail);

  g_object_set_data (G_OBJECT (row->force), ROW_FILE_KEY, NULL);
  gtk_check_button_set_active (row->force, file->force);
  gtk_widget_set_visible (GTK_WIDGET (row->force), may_force);
  /* Chosen before the import starts; then shown as it was chosen. */
  gtk_widget_set_sensitive (GTK_WIDGET (row->force), self->state == RIAYA_IMPORT_STATE_CHECKING ||
                                                     self->state == RIAYA_IMPORT_STATE_CHECKED);
  g_object_set_data (G_OBJECT (row->force), ROW_FILE_KEY, file);
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RiayaImportDialog        *self)
{
  Row *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "riaya-row");

  g_object_set_data (G_OBJECT (row->force), ROW_FILE_KEY, NULL);
}

GtkListItemFactory *
_riaya_import_dialog_rows_new (RiayaImportDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), self);

  return factory;
}
