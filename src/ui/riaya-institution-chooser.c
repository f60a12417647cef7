/* riaya-institution-chooser.c — find an institution by typing, and choose it
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A combo row of 13,000 institutions cannot be searched on libadwaita
 * 1.2 (AdwComboRow:enable-search came in 1.4): this popover can. The
 * search keys are those the registry list searches
 * (riaya_institution_get_search_key, folded once per institution), and
 * every word typed must occur in them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-institution-chooser.h"
#include "riaya-ui-util.h"

struct _RiayaInstitutionChooser
{
  GtkPopover        parent_instance;

  GtkSearchEntry   *entry;
  GtkListView      *list_view;
  GtkStack         *stack;
  GtkCustomFilter  *filter;
  GtkFilterListModel *filtered;
  char            **words;   /* folded words typed */
};

G_DEFINE_FINAL_TYPE (RiayaInstitutionChooser, riaya_institution_chooser, GTK_TYPE_POPOVER)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  RiayaInstitutionChooser *self = user_data;
  const char *key = riaya_institution_get_search_key (item);

  for (guint i = 0; self->words != NULL && self->words[i] != NULL; i++)
    {
      if (key == NULL || strstr (key, self->words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
update_stack (RiayaInstitutionChooser *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0
                                    ? "list" : "empty");
}

static void
on_search_changed (GtkSearchEntry          *entry,
                   RiayaInstitutionChooser *self)
{
  g_autofree char *folded = riaya_text_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_strfreev (self->words);
  self->words = g_strsplit_set (folded != NULL ? folded : "", " \t", -1);
  /* Empty words, between two spaces, match everything: drop them. */
  {
    guint kept = 0;

    for (guint i = 0; self->words[i] != NULL; i++)
      {
        if (*self->words[i] != '\0')
          self->words[kept++] = self->words[i];
        else
          g_free (self->words[i]);
      }
    self->words[kept] = NULL;
  }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
choose (RiayaInstitutionChooser *self,
        guint                    position)
{
  g_autoptr(RiayaInstitution) institution = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (institution == NULL)
    return;

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[CHOSEN], 0, institution);
}

static void
on_list_activate (GtkListView             *view,
                  guint                    position,
                  RiayaInstitutionChooser *self)
{
  choose (self, position);
}

static void
on_entry_activate (GtkSearchEntry          *entry,
                   RiayaInstitutionChooser *self)
{
  /* Enter takes the first match: typing a licence number is enough. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    choose (self, 0);
}

static void
on_show (GtkWidget               *widget,
         RiayaInstitutionChooser *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* Rows: the name, and under it the licence number, dimmed */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *licence = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (licence), 0.0f);
  gtk_widget_add_css_class (licence, "dim-label");
  gtk_widget_add_css_class (licence, "caption");
  gtk_widget_add_css_class (licence, "numeric");
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), licence);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  RiayaInstitution *institution = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *licence = gtk_widget_get_next_sibling (name);

  gtk_label_set_text (GTK_LABEL (name), riaya_institution_get_display_name (institution));
  gtk_label_set_text (GTK_LABEL (licence), riaya_institution_get_licence_number (institution));
}

/* Overrides */

static void
riaya_institution_chooser_dispose (GObject *object)
{
  RiayaInstitutionChooser *self = RIAYA_INSTITUTION_CHOOSER (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->filtered);
  g_clear_pointer (&self->words, g_strfreev);

  G_OBJECT_CLASS (riaya_institution_chooser_parent_class)->dispose (object);
}

static void
riaya_institution_chooser_class_init (RiayaInstitutionChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = riaya_institution_chooser_dispose;

  /**
   * RiayaInstitutionChooser::chosen:
   * @institution: the institution chosen
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RIAYA_TYPE_INSTITUTION);
}

static void
riaya_institution_chooser_init (RiayaInstitutionChooser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = gtk_label_new (_("No institution matches these words: try part of the name or the licence number."));
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkSingleSelection *selection;

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_search_delay (self->entry, 0);
  g_object_set (self->entry, "placeholder-text", _("Search names, licence numbers, communes"), NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));

  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (selection), g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 360);

  gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (empty), 30);
  gtk_widget_add_css_class (empty, "dim-label");
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  gtk_popover_set_child (GTK_POPOVER (self), box);

  g_signal_connect (self->entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_activate), self);
  g_signal_connect (self, "show", G_CALLBACK (on_show), self);
  /* Names and words typed are in either language: each line keeps its
   * own direction. */
  riaya_ui_set_text_direction (GTK_WIDGET (self->entry),
                               g_strcmp0 (riaya_interface_language (), "ar") == 0 ? "ar" : "ltr");
}

/* Public API */

GtkWidget *
riaya_institution_chooser_new (GListModel *institutions)
{
  RiayaInstitutionChooser *self = g_object_new (RIAYA_TYPE_INSTITUTION_CHOOSER, NULL);

  riaya_institution_chooser_set_institutions (self, institutions);
  return GTK_WIDGET (self);
}

void
riaya_institution_chooser_set_institutions (RiayaInstitutionChooser *self,
                                            GListModel              *institutions)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_CHOOSER (self));
  g_return_if_fail (institutions == NULL || G_IS_LIST_MODEL (institutions));

  gtk_filter_list_model_set_model (self->filtered, institutions);
  update_stack (self);
}

GtkEditable *
riaya_institution_chooser_get_entry (RiayaInstitutionChooser *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_CHOOSER (self), NULL);
  return GTK_EDITABLE (self->entry);
}

GListModel *
riaya_institution_chooser_get_visible (RiayaInstitutionChooser *self)
{
  g_return_val_if_fail (RIAYA_IS_INSTITUTION_CHOOSER (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

void
riaya_institution_chooser_activate (RiayaInstitutionChooser *self,
                                    guint                    position)
{
  g_return_if_fail (RIAYA_IS_INSTITUTION_CHOOSER (self));

  g_signal_emit_by_name (self->list_view, "activate", position);
}
