/* riaya-inspections-page-lists.c — the programme and the follow-ups due
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The programme lists the institutions due a visit in the year, most
 * urgent first as core orders them (riaya_programme_compare): those never
 * inspected — 56% of institutions in the audit court's 2018 report — and
 * those past the legal period (twice a year under Law 14.05, once under
 * Law 65.15 art. 27) first. Each row says why in words, and "Schedule…"
 * opens the visit editor on it. The follow-ups are the recorded visits
 * whose deadline (art. 34) or corrective actions passed with actions
 * open. Both keep the order they are given: no column sorts them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-inspections-page-private.h"
#include "riaya-text-cell.h"
#include "riaya-ui-util.h"

/* The programme's list item */

struct _RiayaProgrammeEntry
{
  GObject             parent_instance;
  RiayaProgrammeItem *item;
};

G_DEFINE_FINAL_TYPE (RiayaProgrammeEntry, riaya_programme_entry, G_TYPE_OBJECT)

static void
riaya_programme_entry_finalize (GObject *object)
{
  RiayaProgrammeEntry *self = RIAYA_PROGRAMME_ENTRY (object);

  g_clear_pointer (&self->item, riaya_programme_item_free);

  G_OBJECT_CLASS (riaya_programme_entry_parent_class)->finalize (object);
}

static void
riaya_programme_entry_class_init (RiayaProgrammeEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = riaya_programme_entry_finalize;
}

static void
riaya_programme_entry_init (RiayaProgrammeEntry *self)
{
}

RiayaProgrammeEntry *
riaya_programme_entry_new (RiayaProgrammeItem *item)
{
  RiayaProgrammeEntry *self;

  g_return_val_if_fail (item != NULL, NULL);

  self = g_object_new (RIAYA_TYPE_PROGRAMME_ENTRY, NULL);
  self->item = item;
  return self;
}

const RiayaProgrammeItem *
riaya_programme_entry_get_item (RiayaProgrammeEntry *self)
{
  g_return_val_if_fail (RIAYA_IS_PROGRAMME_ENTRY (self), NULL);
  return self->item;
}

/* Cells */

/* Asked for when the pointer rests on a cell: the whole text, when a
 * narrow column cut it. */
static gboolean
on_cell_query_tooltip (GtkWidget  *cell,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  if (!riaya_text_cell_is_ellipsized (RIAYA_TEXT_CELL (cell)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, riaya_text_cell_get_text (RIAYA_TEXT_CELL (cell)));
  return TRUE;
}

static void
setup_text_cell (GtkSignalListItemFactory     *factory,
                 GtkListItem                  *list_item,
                 const RiayaInspectionsColumn *column)
{
  GtkWidget *cell = riaya_text_cell_new ();

  /* Figures line up at their end: on the left, right to left. */
  if (column->figure)
    riaya_text_cell_set_xalign (RIAYA_TEXT_CELL (cell), 1.0f);
  riaya_text_cell_set_tabular (RIAYA_TEXT_CELL (cell), column->figure);
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip), NULL);
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_text_cell (GtkSignalListItemFactory     *factory,
                GtkListItem                  *list_item,
                const RiayaInspectionsColumn *column)
{
  RiayaInspectionsPage *page = g_object_get_data (G_OBJECT (factory), "riaya-page");
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  gboolean alert = FALSE;
  g_autofree char *text = item != NULL ? column->text (item, page, &alert) : NULL;

  riaya_text_cell_set_text (RIAYA_TEXT_CELL (cell), text);
  /* What asks for work is in the error colour, and said in words. */
  if (alert != gtk_widget_has_css_class (cell, "inspection-alert"))
    {
      if (alert)
        gtk_widget_add_css_class (cell, "inspection-alert");
      else
        gtk_widget_remove_css_class (cell, "inspection-alert");
    }
}


/* Room for @sample in a cell, in bold (what asks for work is shown so),
 * or for the header @title, whichever is wider (as the grants list
 * measures its columns). */
static int
column_width (GtkWidget  *view,
              const char *title,
              const char *sample)
{
  /* Adwaita's data table: 6 px each side of a cell, and some air; a
   * header's button has more padding than a cell. */
  const int cell_padding = 12 + 4;
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (view, title);
  g_autoptr(PangoAttrList) bold = pango_attr_list_new ();
  int width, widest;

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, bold);
  pango_layout_get_pixel_size (layout, &widest, NULL);
  widest += 8;

  pango_layout_set_text (layout, sample, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return MAX (widest, width) + cell_padding;
}

void
_riaya_inspections_add_column (GtkColumnView                *view,
                               RiayaInspectionsPage         *page,
                               const char                   *title,
                               const RiayaInspectionsColumn *column,
                               const char                   *sample)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "riaya-page", page);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_text_cell), (gpointer) column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_text_cell), (gpointer) column);
  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  /* Text cells ask for no width: each column is given the room of its
   * widest sample, and a column of names takes what is left. */
  gtk_column_view_column_set_fixed_width (view_column,
                                          sample != NULL ? column_width (GTK_WIDGET (view), title, sample) : 130);
  gtk_column_view_column_set_expand (view_column, sample == NULL);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (view, view_column);
}

/* A button in each row that activates @action_name on the page with the
 * row's UUID. The action is looked up when clicked: an actionable button
 * per row would watch the page's actions, which costs more than drawing
 * the row. */
typedef const char *(*RowTarget) (gpointer item);

static void
on_row_button_clicked (GtkButton *button,
                       gpointer   user_data)
{
  const char *uuid = g_object_get_data (G_OBJECT (button), "riaya-target");

  if (uuid != NULL)
    gtk_widget_activate_action (GTK_WIDGET (button), g_object_get_data (G_OBJECT (button), "riaya-action"),
                                "s", uuid);
}

static void
setup_button_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (g_object_get_data (G_OBJECT (factory), "riaya-label"));

  g_object_set_data (G_OBJECT (button), "riaya-action", g_object_get_data (G_OBJECT (factory), "riaya-action"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_row_button_clicked), NULL);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_list_item_set_child (list_item, button);
}

/* The row's UUID, which the click passes to the action. */
static void
bind_button_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  RowTarget                 target)
{
  gpointer item = gtk_list_item_get_item (list_item);

  g_object_set_data_full (G_OBJECT (gtk_list_item_get_child (list_item)), "riaya-target",
                          item != NULL ? g_strdup (target (item)) : NULL, g_free);
}

static void
add_button_column (GtkColumnView *view,
                   const char    *label,
                   const char    *action_name,
                   RowTarget      target)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data_full (G_OBJECT (factory), "riaya-label", g_strdup (label), g_free);
  g_object_set_data (G_OBJECT (factory), "riaya-action", (gpointer) action_name);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_button_cell), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_button_cell), target);
  view_column = gtk_column_view_column_new (NULL, g_object_ref (factory));
  gtk_column_view_append_column (view, view_column);
}

/* The programme's cells */

static const RiayaProgrammeItem *
programme_item (gpointer item)
{
  return riaya_programme_entry_get_item (RIAYA_PROGRAMME_ENTRY (item));
}

static char *
institution_text (gpointer              item,
                  RiayaInspectionsPage *page,
                  gboolean             *alert)
{
  return g_strdup (programme_item (item)->name);
}

static char *
licence_text (gpointer              item,
              RiayaInspectionsPage *page,
              gboolean             *alert)
{
  return g_strdup (programme_item (item)->licence_number);
}

static char *
law_text (gpointer              item,
          RiayaInspectionsPage *page,
          gboolean             *alert)
{
  return g_strdup (riaya_legal_basis_to_label (programme_item (item)->facts.basis));
}

static char *
last_visit_text (gpointer              item,
                 RiayaInspectionsPage *page,
                 gboolean             *alert)
{
  const char *last = programme_item (item)->facts.last_valid_visit;

  /* Never inspected: what the programme exists for. */
  *alert = last == NULL;
  if (last == NULL)
    return g_strdup (_("Never inspected"));

  return _riaya_inspections_isolate_date (last);
}

static char *
next_due_text (gpointer              item,
               RiayaInspectionsPage *page,
               gboolean             *alert)
{
  const RiayaProgrammeItem *programme = programme_item (item);

  *alert = (programme->assessment.reasons & RIAYA_DUE_PERIOD_PASSED) != 0;
  return _riaya_inspections_isolate_date (programme->assessment.next_due);
}

static char *
reasons_text (gpointer              item,
              RiayaInspectionsPage *page,
              gboolean             *alert)
{
  return riaya_due_reasons_dup_label (programme_item (item)->assessment.reasons);
}

static char *
visits_needed_text (gpointer              item,
                    RiayaInspectionsPage *page,
                    gboolean             *alert)
{
  return g_strdup_printf ("%u", programme_item (item)->assessment.visits_needed);
}

static const char *
programme_target (gpointer item)
{
  return programme_item (item)->institution_uuid;
}

/* The follow-ups' cells */

static char *
visit_institution_text (gpointer              item,
                        RiayaInspectionsPage *page,
                        gboolean             *alert)
{
  return g_strdup (riaya_inspection_get_institution_name (item));
}

static char *
visit_text (gpointer              item,
            RiayaInspectionsPage *page,
            gboolean             *alert)
{
  g_autofree char *date = _riaya_inspections_isolate_date (_riaya_inspections_visit_date (item));

  /* Translators: a visit in the list of follow-ups due: its date, then
   * its kind ("Programmed", "On complaint"…) */
  return g_strdup_printf (C_("visit cell", "%1$s · %2$s"), date,
                          riaya_visit_kind_to_label (riaya_inspection_get_kind (item)));
}

static char *
decision_text (gpointer              item,
               RiayaInspectionsPage *page,
               gboolean             *alert)
{
  RiayaDecision decision = riaya_inspection_get_decision (item);
  const char *deadline = riaya_inspection_get_decision_deadline (item);
  g_autofree char *date = NULL;

  if (deadline == NULL)
    return g_strdup (riaya_decision_to_label (decision));

  *alert = riaya_date_compare (deadline, page->today) < 0;
  date = _riaya_inspections_isolate_date (deadline);
  /* Translators: a decision after a visit ("Warning", "Reprimand"…) and
   * the deadline it gave to put things right (Law 65.15 art. 34) */
  return g_strdup_printf (C_("decision cell", "%1$s, deadline %2$s"),
                          riaya_decision_to_label (decision), date);
}

static char *
actions_text (gpointer              item,
              RiayaInspectionsPage *page,
              gboolean             *alert)
{
  guint open = riaya_inspection_count_open_actions (item);
  guint overdue = riaya_inspection_count_overdue_actions (item, page->today);

  *alert = overdue > 0;
  if (open == 0)
    return g_strdup (_("No corrective action open"));

  /* Translators: corrective actions of a visit: how many of those still
   * open are past their due date; both %u are numbers */
  return g_strdup_printf (ngettext ("%1$u of %2$u open action overdue",
                                    "%1$u of %2$u open actions overdue", open),
                          overdue, open);
}

static char *
follow_up_due_text (gpointer              item,
                    RiayaInspectionsPage *page,
                    gboolean             *alert)
{
  g_autofree char *due = riaya_inspection_dup_follow_up_due (item);

  *alert = TRUE;
  return _riaya_inspections_isolate_date (due);
}

static const char *
visit_target (gpointer item)
{
  return riaya_inspection_get_uuid (item);
}

static const RiayaInspectionsColumn programme_columns[] = {
  { institution_text, FALSE },
  { licence_text, FALSE },
  { law_text, FALSE },
  { last_visit_text, FALSE },
  { next_due_text, FALSE },
  { reasons_text, FALSE },
  { visits_needed_text, TRUE },
};

static const RiayaInspectionsColumn follow_up_columns[] = {
  { visit_institution_text, FALSE },
  { visit_text, FALSE },
  { decision_text, FALSE },
  { actions_text, FALSE },
  { follow_up_due_text, FALSE },
};

static const char *
longer (const char *a,
        const char *b)
{
  return g_utf8_strlen (a, -1) >= g_utf8_strlen (b, -1) ? a : b;
}

static void
on_follow_up_activate (GtkColumnView        *view,
                       guint                 position,
                       RiayaInspectionsPage *self)
{
  g_autoptr(RiayaInspection) visit = g_list_model_get_item (G_LIST_MODEL (self->follow_ups), position);

  /* The visit itself, to see what it asked for. */
  if (visit != NULL)
    riaya_inspections_page_open_visit (self, visit);
}

void
_riaya_inspections_page_setup_lists (RiayaInspectionsPage *self)
{
  const char *programme_titles[] = {
    C_("programme column", "Institution"),
    C_("programme column", "Licence"),
    C_("programme column", "Law"),
    C_("programme column", "Last valid visit"),
    C_("programme column", "Next due"),
    C_("programme column", "Why"),
    /* Translators: the number of visits the law still asks for in the
     * year, not yet planned; keep it short */
    C_("programme column", "To plan"),
  };
  const char *follow_up_titles[] = {
    C_("follow-up column", "Institution"),
    C_("follow-up column", "Visit"),
    C_("follow-up column", "Decision"),
    C_("follow-up column", "Actions"),
    /* Translators: the day from which a follow-up visit is due */
    C_("follow-up column", "Due since"),
  };
  g_autoptr(GtkNoSelection) programme = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->programme)));
  g_autoptr(GtkSingleSelection) follow_ups = NULL;
  const char *programme_samples[G_N_ELEMENTS (programme_columns)] = { NULL };
  const char *follow_up_samples[G_N_ELEMENTS (follow_up_columns)] = { NULL };
  g_autofree char *date = NULL;
  const char *law;
  g_autofree char *visit = NULL;
  g_autofree char *decision = NULL;

  G_STATIC_ASSERT (G_N_ELEMENTS (programme_titles) == G_N_ELEMENTS (programme_columns));
  G_STATIC_ASSERT (G_N_ELEMENTS (follow_up_titles) == G_N_ELEMENTS (follow_up_columns));

  /* The widest of what each column shows; NULL for the names and the
   * reasons, which take the room left. */
  date = _riaya_inspections_isolate_date ("2026-12-31");
  law = longer (riaya_legal_basis_to_label (RIAYA_LEGAL_BASIS_65_15),
                riaya_legal_basis_to_label (RIAYA_LEGAL_BASIS_14_05));
  programme_samples[1] = "EPS-00.000-0000";
  programme_samples[2] = law;
  programme_samples[3] = longer (_("Never inspected"), date);
  programme_samples[4] = date;
  programme_samples[6] = "9";
  for (guint c = 0; c < G_N_ELEMENTS (programme_columns); c++)
    _riaya_inspections_add_column (self->programme_view, self, programme_titles[c], &programme_columns[c],
                                   programme_samples[c]);
  add_button_column (self->programme_view, _("_Schedule…"), "inspections.schedule", programme_target);
  gtk_column_view_set_model (self->programme_view, GTK_SELECTION_MODEL (programme));

  /* Translators: a visit in the list of follow-ups due: its date, then
   * its kind ("Programmed", "On complaint"…) */
  visit = g_strdup_printf (C_("visit cell", "%1$s · %2$s"), date,
                           riaya_visit_kind_to_label (RIAYA_VISIT_KIND_UNANNOUNCED));
  /* Translators: a decision after a visit ("Warning", "Reprimand"…) and
   * the deadline it gave to put things right (Law 65.15 art. 34) */
  decision = g_strdup_printf (C_("decision cell", "%1$s, deadline %2$s"),
                              riaya_decision_to_label (RIAYA_DECISION_REPRIMAND), date);
  follow_up_samples[1] = visit;
  follow_up_samples[2] = decision;
  follow_up_samples[4] = date;
  for (guint c = 0; c < G_N_ELEMENTS (follow_up_columns); c++)
    _riaya_inspections_add_column (self->follow_ups_view, self, follow_up_titles[c], &follow_up_columns[c],
                                   follow_up_samples[c]);
  add_button_column (self->follow_ups_view, _("_Plan Follow-up…"), "inspections.plan-follow-up", visit_target);
  follow_ups = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->follow_ups)));
  gtk_single_selection_set_autoselect (follow_ups, FALSE);
  gtk_single_selection_set_can_unselect (follow_ups, TRUE);
  gtk_column_view_set_model (self->follow_ups_view, GTK_SELECTION_MODEL (follow_ups));
  g_signal_connect_object (self->follow_ups_view, "activate", G_CALLBACK (on_follow_up_activate), self, 0);
}

/* The count line and what each list shows */

void
_riaya_inspections_page_update_programme (RiayaInspectionsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->programme));
  guint never = 0, passed = 0;
  g_autofree char *n_text = NULL;
  g_autofree char *never_text = NULL;
  g_autofree char *passed_text = NULL;
  g_autofree char *to_visit = NULL;
  g_autofree char *never_inspected = NULL;
  g_autofree char *past_period = NULL;
  g_autofree char *description = NULL;
  guint year = riaya_inspections_page_get_year (self);
  const char *name;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RiayaProgrammeEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->programme), i);
      RiayaDueReasons reasons = riaya_programme_entry_get_item (entry)->assessment.reasons;

      /* Two groups apart, as the audit court counts them: never
       * inspected, and inspected but not within the legal period (a
       * house never inspected is past its first period too). */
      if ((reasons & RIAYA_DUE_NEVER_INSPECTED) != 0)
        never++;
      else if ((reasons & RIAYA_DUE_PERIOD_PASSED) != 0)
        passed++;
    }

  n_text = riaya_ui_format_count (n);
  never_text = riaya_ui_format_count (never);
  passed_text = riaya_ui_format_count (passed);
  /* Translators: %s is a number, already formatted (1,043) */
  to_visit = g_strdup_printf (ngettext ("%s institution to visit", "%s institutions to visit", n), n_text);
  /* Translators: %s is a number of institutions, already formatted */
  never_inspected = g_strdup_printf (ngettext ("%s never inspected", "%s never inspected", never), never_text);
  /* Translators: %s is a number of institutions, already formatted; the
   * legal period is 6 months (Law 14.05) or 12 months (Law 65.15) */
  past_period = g_strdup_printf (ngettext ("%s past its legal period", "%s past their legal period", passed),
                                 passed_text);
  g_free (self->programme_summary);
  /* Translators: the count line above the inspection programme: the
   * institutions to visit, of which never inspected, of which past the
   * period the law allows between two visits */
  self->programme_summary = g_strdup_printf (C_("programme summary", "%1$s · %2$s · %3$s"),
                                             to_visit, never_inspected, past_period);
  gtk_label_set_text (self->programme_label, self->programme_summary);
  gtk_widget_set_visible (GTK_WIDGET (self->programme_label), n > 0);

  /* Translators: %u is a year; the programme has no institution to propose */
  description = g_strdup_printf (_("Every institution of these provinces has the visits the law asks for in %u, "
                                   "or has them planned. Choose another year or province to see theirs."), year);
  adw_status_page_set_description (self->programme_empty, description);

  if (!self->loaded_once)
    name = "loading";
  else if (n == 0)
    name = "empty";
  else
    name = "list";
  gtk_stack_set_visible_child_name (self->programme_stack, name);
  gtk_spinner_set_spinning (self->loading_spinner, !self->loaded_once);
}

void
_riaya_inspections_page_update_follow_ups (RiayaInspectionsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->follow_ups));
  AdwViewStackPage *page = adw_view_stack_get_page (self->view_stack, GTK_WIDGET (self->follow_ups_stack));

  gtk_stack_set_visible_child_name (self->follow_ups_stack, n > 0 ? "list" : "empty");

  /* The switcher says how many wait, as a badge. */
  if (page != NULL)
    {
      adw_view_stack_page_set_badge_number (page, n);
      adw_view_stack_page_set_needs_attention (page, n > 0);
    }
}
