/* riaya-visit-editor-checklist.c — the nine areas a visit checks, and staffing
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No template of the committee's report is published (domain.md §4): the
 * checklist is what Law 65.15 and the 2007 model specification ask of an
 * institution, each area compliant, not compliant or not applicable, with
 * a note. The staffing area is the one the database can judge: the norms
 * of the model specification for the people present on the visit's day
 * (the latest count), against the institution's staff. A shortfall
 * proposes "not compliant" with the shortfall as its note; the committee
 * has the last word.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-visit-editor-private.h"

#define AREA_KEY "riaya-check-area"

static RiayaCheckArea
area_of (GObject *object)
{
  return GPOINTER_TO_UINT (g_object_get_data (object, AREA_KEY));
}

static void
on_check_changed (RiayaVisitEditor *self,
                  RiayaCheckArea    area)
{
  if (self->filling)
    return;

  /* The user's own choice: the norms no longer touch it. */
  if (area == RIAYA_CHECK_AREA_STAFFING)
    self->staffing_prefilled = FALSE;
  _riaya_visit_editor_changed (self);
}

static void
on_choice_selected (GtkDropDown      *choice,
                    GParamSpec       *pspec,
                    RiayaVisitEditor *self)
{
  on_check_changed (self, area_of (G_OBJECT (choice)));
}

static void
on_note_changed (GtkEditable      *note,
                 RiayaVisitEditor *self)
{
  on_check_changed (self, area_of (G_OBJECT (note)));
}

void
_riaya_visit_editor_init_checklist (RiayaVisitEditor *self)
{
  g_autoptr(GtkStringList) results = gtk_string_list_new (NULL);

  for (guint r = 0; r < RIAYA_N_CHECK_RESULTS; r++)
    gtk_string_list_append (results, riaya_check_result_to_label (r));

  for (RiayaCheckArea area = 0; area < RIAYA_N_CHECK_AREAS; area++)
    {
      CheckRows *rows = &self->checks[area];

      /* One row per area: the note typed in it, the result at its end. */
      rows->note_row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->note_row), riaya_check_area_to_label (area));
      rows->choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (results)), NULL);
      gtk_widget_set_valign (rows->choice, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (rows->choice, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (rows->choice),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, riaya_check_area_to_label (area),
                                      -1);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (rows->note_row), rows->choice);
      adw_preferences_group_add (self->checklist_group, rows->note_row);

      g_object_set_data (G_OBJECT (rows->note_row), AREA_KEY, GUINT_TO_POINTER (area));
      g_object_set_data (G_OBJECT (rows->choice), AREA_KEY, GUINT_TO_POINTER (area));
      g_signal_connect (rows->choice, "notify::selected", G_CALLBACK (on_choice_selected), self);
      g_signal_connect (rows->note_row, "changed", G_CALLBACK (on_note_changed), self);
    }
}

void
_riaya_visit_editor_fill_checklist (RiayaVisitEditor *self)
{
  for (RiayaCheckArea area = 0; area < RIAYA_N_CHECK_AREAS; area++)
    {
      const char *note = riaya_inspection_get_check_note (self->draft, area);

      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->checks[area].choice),
                                  riaya_inspection_get_check (self->draft, area));
      gtk_editable_set_text (GTK_EDITABLE (self->checks[area].note_row), note != NULL ? note : "");
    }
}

void
_riaya_visit_editor_read_checklist (RiayaVisitEditor *self)
{
  for (RiayaCheckArea area = 0; area < RIAYA_N_CHECK_AREAS; area++)
    {
      guint result = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->checks[area].choice));
      g_autofree char *note = _riaya_visit_editor_dup_text (self->checks[area].note_row);

      if (result >= RIAYA_N_CHECK_RESULTS)
        result = RIAYA_CHECK_NOT_ASSESSED;
      riaya_inspection_set_check (self->draft, area, result, note);
    }
}

/* What the staffing row says: each need, met or not. */
static char *
describe_needs (RiayaVisitEditor *self,
                const GError     *error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *date = self->staffing_date;

  if (error != NULL)
    return g_strdup (error->message);
  if (self->institution == NULL || date == NULL)
    return g_strdup (_("Choose the institution and give the day of the visit: the staffing norms "
                       "are computed for that day."));
  if (self->staffing_needs == NULL)
    /* Translators: %s is the date of a visit */
    return g_strdup_printf (_("No count of the people present on or before %s: the staffing norms "
                              "cannot be judged. Record the count of that day first."), date);
  if (self->staffing_needs->len == 0)
    return g_strdup (_("The model specification sets no staffing norm for this type of institution."));

  for (guint i = 0; i < self->staffing_needs->len; i++)
    {
      const RiayaStaffingNeed *need = &g_array_index (self->staffing_needs, RiayaStaffingNeed, i);
      g_autofree char *description = riaya_staffing_need_dup_description (need, self->staffing_present);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (riaya_staffing_need_is_met (need))
        /* Translators: a staffing norm met; %s is a sentence about it */
        g_string_append_printf (text, _("Met — %s"), description);
      else
        /* Translators: a staffing norm not met; %s is a sentence about it */
        g_string_append_printf (text, _("Not met — %s"), description);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
set_staffing_check (RiayaVisitEditor *self,
                    RiayaCheckResult  result,
                    const char       *note)
{
  CheckRows *rows = &self->checks[RIAYA_CHECK_AREA_STAFFING];
  gboolean filling = self->filling;

  self->filling = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (rows->choice), result);
  gtk_editable_set_text (GTK_EDITABLE (rows->note_row), note != NULL ? note : "");
  self->filling = filling;
}

void
_riaya_visit_editor_update_staffing (RiayaVisitEditor *self)
{
  CheckRows *rows = &self->checks[RIAYA_CHECK_AREA_STAFFING];
  const char *date = riaya_inspection_get_done_on (self->draft);
  g_autoptr(GError) error = NULL;
  g_autofree char *shortfalls = NULL;
  g_autofree char *text = NULL;
  g_autofree char *note = NULL;
  guint choice;

  if (!self->recording)
    return;

  /* Read again only when the day or the institution changed: once per
   * date typed, not once per key. */
  if (self->institution != NULL && date != NULL &&
      g_strcmp0 (date, self->staffing_date) == 0 &&
      g_strcmp0 (riaya_institution_get_uuid (self->institution),
                 g_object_get_data (G_OBJECT (self->staffing_label), "riaya-institution")) == 0)
    return;

  g_clear_pointer (&self->staffing_needs, g_array_unref);
  g_free (self->staffing_date);
  self->staffing_date = g_strdup (date);
  self->staffing_present = 0;
  if (self->institution != NULL && date != NULL)
    {
      self->staffing_needs = _riaya_visit_staffing_needs (riaya_context_get_store (self->context),
                                                          self->institution, date,
                                                          &self->staffing_present, &error);
      g_object_set_data_full (G_OBJECT (self->staffing_label), "riaya-institution",
                              g_strdup (riaya_institution_get_uuid (self->institution)), g_free);
    }

  text = describe_needs (self, error);
  gtk_label_set_text (self->staffing_label, text);

  /* The norms propose the staffing area's result, as long as the user
   * has not chosen one. A visit already recorded keeps what the
   * committee wrote. */
  if (self->original != NULL && riaya_inspection_is_done (self->original))
    return;
  if (self->staffing_needs != NULL)
    shortfalls = riaya_staffing_dup_shortfalls (self->staffing_needs, self->staffing_present);
  choice = gtk_drop_down_get_selected (GTK_DROP_DOWN (rows->choice));
  note = _riaya_visit_editor_dup_text (rows->note_row);
  if (!self->staffing_prefilled && (choice != RIAYA_CHECK_NOT_ASSESSED || note != NULL))
    return;

  if (shortfalls != NULL)
    {
      set_staffing_check (self, RIAYA_CHECK_NOT_COMPLIANT, shortfalls);
      self->staffing_prefilled = TRUE;
    }
  else if (self->staffing_prefilled)
    {
      set_staffing_check (self, RIAYA_CHECK_NOT_ASSESSED, NULL);
      self->staffing_prefilled = FALSE;
    }
}

GtkWidget *
_riaya_visit_editor_get_check_widget (RiayaVisitEditor *self,
                                      const char       *name)
{
  gboolean note = g_str_has_prefix (name, "check-note-");
  const char *code = name + strlen (note ? "check-note-" : "check-");
  RiayaCheckArea area;

  if (!riaya_check_area_from_code (code, &area))
    return NULL;

  return note ? self->checks[area].note_row : self->checks[area].choice;
}
