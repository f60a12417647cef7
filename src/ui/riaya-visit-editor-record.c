/* riaya-visit-editor-record.c — what a visit found: who came, and what follows
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decree 2.19.693 art. 8 makes a visit valid only when a majority of the
 * members invited are present, who sign the report: the form says, as
 * the numbers are typed, whether this one is. Law 65.15 art. 34 gives a
 * warning or a reprimand a deadline to put things right; a decision,
 * once saved, is an event of the licence and is shown read-only.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "riaya-store-residents.h"
#include "riaya-visit-editor-private.h"

static void
on_present_changed (GtkSpinButton    *spin,
                    RiayaVisitEditor *self)
{
  if (self->filling)
    return;

  self->fields[VISIT_FIELD_PRESENT].touched = TRUE;
  _riaya_visit_editor_changed (self);
}

static void
on_decision_selected (AdwComboRow      *row,
                      GParamSpec       *pspec,
                      RiayaVisitEditor *self)
{
  if (self->filling)
    return;

  self->fields[VISIT_FIELD_DECISION].touched = TRUE;
  _riaya_visit_editor_update_decision (self);
  _riaya_visit_editor_changed (self);
}

void
_riaya_visit_editor_init_record (RiayaVisitEditor *self)
{
  g_autoptr(GtkStringList) decisions = gtk_string_list_new (NULL);

  for (guint d = 0; d < RIAYA_N_DECISIONS; d++)
    gtk_string_list_append (decisions, riaya_decision_to_label (d));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->decision_row), G_LIST_MODEL (decisions));

  g_signal_connect (self->present_spin, "value-changed", G_CALLBACK (on_present_changed), self);
  g_signal_connect (self->decision_row, "notify::selected", G_CALLBACK (on_decision_selected), self);
}

void
_riaya_visit_editor_fill_record (RiayaVisitEditor *self)
{
  RiayaInspection *draft = self->draft;
  const char *done_on = riaya_inspection_get_done_on (draft);
  const char *deadline = riaya_inspection_get_decision_deadline (draft);

  gtk_editable_set_text (GTK_EDITABLE (self->done_on_row), done_on != NULL ? done_on : "");
  gtk_spin_button_set_value (self->present_spin, riaya_inspection_get_members_present (draft));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->decision_row), riaya_inspection_get_decision (draft));
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_row), deadline != NULL ? deadline : "");
}

void
_riaya_visit_editor_update_quorum (RiayaVisitEditor *self)
{
  guint invited = (guint) gtk_spin_button_get_value_as_int (self->invited_spin);
  guint present = (guint) gtk_spin_button_get_value_as_int (self->present_spin);
  g_autoptr(RiayaInspection) probe = riaya_inspection_new ("probe", self->today, RIAYA_VISIT_KIND_PROGRAMMED);
  g_autofree char *text = NULL;
  gboolean valid;

  /* Core says what a majority is. */
  riaya_inspection_set_done_on (probe, self->today);
  riaya_inspection_set_members_invited (probe, invited);
  riaya_inspection_set_members_present (probe, present);
  valid = riaya_inspection_has_quorum (probe);

  if (invited == 0)
    text = g_strdup (_("Give the number of members invited: the visit is valid only when a majority "
                       "of them are present (decree 2.19.693 art. 8)."));
  else if (present > invited)
    /* Translators: both %u are numbers of committee members */
    text = g_strdup_printf (_("%1$u present but %2$u invited: check both numbers."), present, invited);
  else if (valid)
    /* Translators: the quorum of a visit; the first %u is the members
     * present, the second the members invited (the plural follows it) */
    text = g_strdup_printf (ngettext ("%1$u of %2$u member present: the visit is valid",
                                      "%1$u of %2$u members present: the visit is valid", invited),
                            present, invited);
  else
    /* Translators: the quorum of a visit; the first %u is the members
     * present, the second the members invited (the plural follows it) */
    text = g_strdup_printf (ngettext ("%1$u of %2$u present: without a majority the visit is recorded "
                                      "but not valid (decree 2.19.693 art. 8)",
                                      "%1$u of %2$u present: without a majority the visit is recorded "
                                      "but not valid (decree 2.19.693 art. 8)", invited),
                            present, invited);

  gtk_label_set_text (self->quorum_label, text);
  if (valid && present <= invited)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->quorum_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->quorum_label), "success");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->quorum_label), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->quorum_label), "warning");
    }
}

void
_riaya_visit_editor_update_decision (RiayaVisitEditor *self)
{
  RiayaDecision decision = adw_combo_row_get_selected (ADW_COMBO_ROW (self->decision_row));
  RiayaFieldState *deadline = &self->fields[VISIT_FIELD_DEADLINE];
  gboolean takes;

  if (decision >= RIAYA_N_DECISIONS)
    decision = RIAYA_DECISION_NONE;
  takes = riaya_decision_takes_deadline (decision);

  /* Law 65.15 art. 34: a deadline to put things right after a warning
   * or a reprimand; a suspension may say when it ends. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row),
                                 decision == RIAYA_DECISION_SUSPENSION
                                 ? _("End of the suspension (year-month-day)")
                                 : _("Deadline to regularise (year-month-day)"));
  gtk_widget_set_visible (self->deadline_row, takes);
  gtk_widget_set_visible (deadline->message_row,
                          takes && _riaya_field_state_get_shown (deadline) != NULL);

  /* Saved, the decision became an event of the licence, whose history
   * only grows (art. 34): it is shown, not offered for change. */
  gtk_widget_set_sensitive (self->decision_row, !self->decision_kept);
  gtk_editable_set_editable (GTK_EDITABLE (self->deadline_row), !self->decision_kept);
  gtk_widget_set_visible (self->decision_kept_row, self->decision_kept);
}

GArray *
_riaya_visit_staffing_needs (RiayaStore        *store,
                             RiayaInstitution  *institution,
                             const char        *date,
                             guint             *present,
                             GError           **error)
{
  const char *uuid = riaya_institution_get_uuid (institution);
  g_autoptr(GHashTable) presence = NULL;
  g_autoptr(GHashTable) young = NULL;
  const RiayaPresence *counted;

  *present = 0;
  presence = riaya_store_presence_on (store, date, uuid, error);
  if (presence == NULL)
    return NULL;

  /* Without a count on or before the day, nobody is known present: no
   * norm can be judged (not "no need"). */
  counted = g_hash_table_lookup (presence, uuid);
  if (counted == NULL)
    return NULL;

  young = riaya_store_young_children_on (store, date, uuid, error);
  if (young == NULL)
    return NULL;

  *present = riaya_presence_total (counted);
  return riaya_staffing_needs_for_institution (institution, counted,
                                               GPOINTER_TO_UINT (g_hash_table_lookup (young, uuid)));
}
