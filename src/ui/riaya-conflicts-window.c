/* riaya-conflicts-window.c — records changed on both sides, to decide
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * exchange.md "Import semantics": a record changed here since the last
 * file from its sender and changed in a new file too is not overwritten;
 * both versions wait until someone keeps one. This window shows them
 * side by side and calls riaya_store_resolve_conflict(), which journals
 * the choice. Conflicts are about institutions, grants and visits: no
 * resident's personal data is ever shown here.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-conflicts-window-private.h"
#include "riaya-ui-util.h"

struct _RiayaConflictsWindow
{
  AdwWindow       parent_instance;

  RiayaContext   *context;
  GPtrArray      *conflicts;   /* RiayaConflict, oldest first */
  GHashTable     *senders;     /* producer UUID → the newest file's name */
  gint64          selected_id; /* kept across a reload; 0: none */
  gboolean        disposed;    /* the list's rows go after the grid */

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkListBox     *conflict_list;
  GtkRevealer    *message_revealer;
  GtkLabel       *message_label;
  GtkLabel       *record_label;
  GtkLabel       *origin_label;
  GtkLabel       *differs_label;
  GtkGrid        *field_grid;
};

G_DEFINE_FINAL_TYPE (RiayaConflictsWindow, riaya_conflicts_window, ADW_TYPE_WINDOW)

static void
show_message (RiayaConflictsWindow *self,
              const char           *message)
{
  if (message != NULL)
    gtk_label_set_text (self->message_label, message);
  gtk_revealer_set_reveal_child (self->message_revealer, message != NULL);
}

/* "From riaya-01.511-2025-3.xml · 2026-01-10 10:00": the file is what
 * people know a sender by; the database's UUID when no file is logged. */
static char *
dup_origin (RiayaConflictsWindow *self,
            RiayaConflict        *conflict)
{
  const char *file = g_hash_table_lookup (self->senders, conflict->producer);
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (conflict->detected_at, NULL);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *when = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M")
                                        : g_strdup (conflict->detected_at);
  g_autofree char *sender = riaya_ui_isolate (file != NULL ? file : conflict->producer);
  g_autofree char *isolated_when = g_strconcat ("\u2066", when, "\u2069", NULL);

  /* Translators: %1$s is the file (or database) the other version came
   * from, %2$s when the conflict was found */
  return g_strdup_printf (_("From %1$s · %2$s"), sender, isolated_when);
}

static gboolean
has_letters (const char *text)
{
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      if (g_unichar_isalpha (g_utf8_get_char (c)))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
make_cell (const char *text,
           gboolean    differs,
           gboolean    user_text)
{
  g_autofree char *isolated = NULL;
  GtkWidget *label;

  /* A phone, a date, a number: no letter says their direction, and an
   * Arabic line would read "0536 68 99 99" backwards. They stay left to
   * right, isolated; a name takes the direction of its letters. */
  if (text != NULL && user_text && !has_letters (text))
    text = isolated = g_strconcat ("\u2066", text, "\u2069", NULL);
  label = gtk_label_new (text != NULL ? text : "—");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, user_text);
  gtk_widget_add_css_class (label, "conflict-cell");
  if (user_text)
    gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (text == NULL)
    gtk_widget_add_css_class (label, "dim-label");
  if (differs)
    gtk_widget_add_css_class (label, "conflict-differs");

  return label;
}

static void
clear_grid (RiayaConflictsWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->field_grid))) != NULL)
    gtk_grid_remove (self->field_grid, child);
}

static void
show_conflict (RiayaConflictsWindow *self,
               RiayaConflict        *conflict)
{
  g_autofree char *origin = NULL;
  g_autofree char *title = NULL;
  g_autofree char *names = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) differing = NULL;
  GtkWidget *header;
  int row = 1;

  clear_grid (self);
  show_message (self, NULL);
  if (conflict == NULL)
    return;

  /* Translators: the kind of record (“Institution”, “Grant”, “Visit”), then its label */
  title = g_strdup_printf (_("%1$s: %2$s"), _riaya_conflicts_kind_label (conflict->record_kind),
                           conflict->record_label != NULL ? conflict->record_label : conflict->record_uuid);
  gtk_label_set_text (self->record_label, title);
  origin = dup_origin (self, conflict);
  gtk_label_set_text (self->origin_label, origin);

  differing = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < conflict->fields->len; i++)
    {
      RiayaConflictField *field = &g_array_index (conflict->fields, RiayaConflictField, i);

      if (field->differs)
        g_ptr_array_add (differing, _riaya_conflicts_dup_field_label (conflict->record_kind, field->name));
    }
  g_ptr_array_add (differing, NULL);
  /* Translators: between the names of fields, “Phone, Address” */
  names = g_strjoinv (C_("list separator", ", "), (char **) differing->pdata);
  /* Translators: %s lists the fields whose two versions differ, “Phone, Address” */
  summary = g_strdup_printf (ngettext ("The versions differ in one field: %s.", "The versions differ in these fields: %s.",
                                       differing->len - 1),
                             names);
  gtk_label_set_text (self->differs_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->differs_label), differing->len > 1);

  header = make_cell (_("Field"), FALSE, FALSE);
  gtk_widget_add_css_class (header, "heading");
  gtk_grid_attach (self->field_grid, header, 1, 0, 1, 1);
  header = make_cell (_("This database"), FALSE, TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_grid_attach (self->field_grid, header, 2, 0, 1, 1);
  header = make_cell (_("The file"), FALSE, TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_grid_attach (self->field_grid, header, 3, 0, 1, 1);

  for (guint i = 0; i < conflict->fields->len; i++, row++)
    {
      RiayaConflictField *field = &g_array_index (conflict->fields, RiayaConflictField, i);
      g_autofree char *name = _riaya_conflicts_dup_field_label (conflict->record_kind, field->name);
      g_autofree char *local = _riaya_conflicts_dup_field_value (self->context, conflict->record_kind,
                                                                 field->name, field->local_value);
      g_autofree char *incoming = _riaya_conflicts_dup_field_value (self->context, conflict->record_kind,
                                                                    field->name, field->incoming_value);
      /* Colour alone does not say it: a sign marks the fields that differ. */
      GtkWidget *mark = make_cell (field->differs ? "≠" : "", field->differs, FALSE);

      if (field->differs)
        gtk_widget_set_tooltip_text (mark, _("The two versions differ"));
      gtk_grid_attach (self->field_grid, mark, 0, row, 1, 1);
      gtk_grid_attach (self->field_grid, make_cell (name, field->differs, FALSE), 1, row, 1, 1);
      gtk_grid_attach (self->field_grid, make_cell (local, field->differs, TRUE), 2, row, 1, 1);
      gtk_grid_attach (self->field_grid, make_cell (incoming, field->differs, TRUE), 3, row, 1, 1);
    }
}

static GtkWidget *
make_row (RiayaConflictsWindow *self,
          RiayaConflict        *conflict)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *origin = dup_origin (self, conflict);

  /* Translators: the kind of record (“Institution”, “Grant”, “Visit”), then its label */
  text = g_strdup_printf (_("%1$s: %2$s"), _riaya_conflicts_kind_label (conflict->record_kind),
                          conflict->record_label != NULL ? conflict->record_label : conflict->record_uuid);
  gtk_label_set_text (GTK_LABEL (title), text);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (title, text);
  gtk_label_set_text (GTK_LABEL (subtitle), origin);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  return box;
}

static void
update_title (RiayaConflictsWindow *self)
{
  g_autofree char *count = riaya_ui_format_count (self->conflicts->len);
  g_autofree char *subtitle = NULL;

  if (self->conflicts->len > 0)
    /* Translators: %s is a number of conflicts */
    subtitle = g_strdup_printf (ngettext ("%s record to decide", "%s records to decide", self->conflicts->len),
                                count);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
read_senders (RiayaConflictsWindow *self)
{
  g_autoptr(GPtrArray) imports = riaya_store_list_imports (riaya_context_get_store (self->context), NULL);

  g_hash_table_remove_all (self->senders);
  /* Newest first: the first file of a sender is its newest. */
  for (guint i = 0; imports != NULL && i < imports->len; i++)
    {
      RiayaImportLogEntry *entry = g_ptr_array_index (imports, i);

      if (entry->producer != NULL && !g_hash_table_contains (self->senders, entry->producer))
        g_hash_table_insert (self->senders, g_strdup (entry->producer), g_strdup (entry->file_name));
    }
}

/* Callbacks */

static void
on_row_selected (GtkListBox           *list,
                 GtkListBoxRow        *row,
                 RiayaConflictsWindow *self)
{
  RiayaConflict *conflict = NULL;

  if (self->disposed)
    return;

  if (row != NULL && (guint) gtk_list_box_row_get_index (row) < self->conflicts->len)
    conflict = g_ptr_array_index (self->conflicts, gtk_list_box_row_get_index (row));
  self->selected_id = conflict != NULL ? conflict->id : 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conflicts.keep-local", conflict != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conflicts.keep-incoming", conflict != NULL);
  show_conflict (self, conflict);
}

static void
on_context_reloaded (RiayaContext         *context,
                     RiayaConflictsWindow *self)
{
  riaya_conflicts_window_reload (self);
}

/* Actions */

static void
keep (RiayaConflictsWindow *self,
      gboolean              incoming)
{
  RiayaConflict *conflict = _riaya_conflicts_window_get_selected (self);
  g_autoptr(GError) error = NULL;
  guint index;

  if (conflict == NULL)
    return;

  if (!riaya_store_resolve_conflict (riaya_context_get_store (self->context), conflict->id, incoming, &error))
    {
      /* Decided elsewhere meanwhile (riaya-cli conflicts resolve): the
       * list as it is now, and why nothing was done. */
      riaya_conflicts_window_reload (self);
      show_message (self, error->message);
      return;
    }

  /* The next one takes the place of the one decided. */
  g_ptr_array_find (self->conflicts, conflict, &index);
  self->selected_id = index + 1 < self->conflicts->len
                      ? ((RiayaConflict *) g_ptr_array_index (self->conflicts, index + 1))->id
                      : index > 0 ? ((RiayaConflict *) g_ptr_array_index (self->conflicts, index - 1))->id : 0;

  /* The record may have changed: every page reads it again, this list
   * and the window's count too (on_context_reloaded). */
  riaya_context_reloaded (self->context);
}

static void
keep_local_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  keep (RIAYA_CONFLICTS_WINDOW (widget), FALSE);
}

static void
keep_incoming_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  keep (RIAYA_CONFLICTS_WINDOW (widget), TRUE);
}

/* Overrides */

static void
riaya_conflicts_window_dispose (GObject *object)
{
  RIAYA_CONFLICTS_WINDOW (object)->disposed = TRUE;

  G_OBJECT_CLASS (riaya_conflicts_window_parent_class)->dispose (object);
}

static void
riaya_conflicts_window_finalize (GObject *object)
{
  RiayaConflictsWindow *self = RIAYA_CONFLICTS_WINDOW (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->senders, g_hash_table_unref);

  G_OBJECT_CLASS (riaya_conflicts_window_parent_class)->finalize (object);
}

static void
riaya_conflicts_window_class_init (RiayaConflictsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = riaya_conflicts_window_dispose;
  object_class->finalize = riaya_conflicts_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/riaya/Riaya/riaya-conflicts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaConflictsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RiayaConflictsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RiayaConflictsWindow, conflict_list);
  gtk_widget_class_bind_template_child (widget_class, RiayaConflictsWindow, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaConflictsWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaConflictsWindow, record_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaConflictsWindow, origin_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaConflictsWindow, differs_label);
  gtk_widget_class_bind_template_child (widget_class, RiayaConflictsWindow, field_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);

  gtk_widget_class_install_action (widget_class, "conflicts.keep-local", NULL, keep_local_activated);
  gtk_widget_class_install_action (widget_class, "conflicts.keep-incoming", NULL, keep_incoming_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
riaya_conflicts_window_init (RiayaConflictsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) riaya_conflict_free);
  self->senders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* For tests */

GPtrArray *
_riaya_conflicts_window_get_conflicts (RiayaConflictsWindow *self)
{
  return self->conflicts;
}

RiayaConflict *
_riaya_conflicts_window_get_selected (RiayaConflictsWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->conflict_list);

  if (row == NULL || (guint) gtk_list_box_row_get_index (row) >= self->conflicts->len)
    return NULL;
  return g_ptr_array_index (self->conflicts, gtk_list_box_row_get_index (row));
}

void
_riaya_conflicts_window_select (RiayaConflictsWindow *self,
                                guint                 index)
{
  gtk_list_box_select_row (self->conflict_list, gtk_list_box_get_row_at_index (self->conflict_list, (int) index));
}

const char *
_riaya_conflicts_window_get_message (RiayaConflictsWindow *self)
{
  if (!gtk_revealer_get_reveal_child (self->message_revealer))
    return NULL;
  return gtk_label_get_text (self->message_label);
}

/* Public API */

RiayaConflictsWindow *
riaya_conflicts_window_new (GtkWindow    *parent,
                            RiayaContext *context)
{
  RiayaConflictsWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);

  self = g_object_new (RIAYA_TYPE_CONFLICTS_WINDOW, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (context, "reloaded", G_CALLBACK (on_context_reloaded), self, 0);
  riaya_conflicts_window_reload (self);

  return self;
}

void
riaya_conflicts_window_reload (RiayaConflictsWindow *self)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 wanted;
  guint select = 0;
  GtkWidget *child;

  g_return_if_fail (RIAYA_IS_CONFLICTS_WINDOW (self));

  conflicts = riaya_store_list_conflicts (riaya_context_get_store (self->context), &error);
  if (conflicts == NULL)
    {
      show_message (self, error->message);
      return;
    }
  read_senders (self);

  wanted = self->selected_id;
  /* The rows go before the conflicts they point at. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->conflict_list))) != NULL)
    gtk_list_box_remove (self->conflict_list, child);
  g_ptr_array_unref (self->conflicts);
  self->conflicts = g_steal_pointer (&conflicts);

  for (guint i = 0; i < self->conflicts->len; i++)
    {
      RiayaConflict *conflict = g_ptr_array_index (self->conflicts, i);

      gtk_list_box_append (self->conflict_list, make_row (self, conflict));
      if (conflict->id == wanted)
        select = i;
    }

  update_title (self);
  gtk_stack_set_visible_child_name (self->stack, self->conflicts->len > 0 ? "conflicts" : "empty");
  if (self->conflicts->len > 0)
    _riaya_conflicts_window_select (self, select);
  else
    on_row_selected (self->conflict_list, NULL, self);
}
