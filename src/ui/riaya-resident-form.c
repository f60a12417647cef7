/* riaya-resident-form.c — the rows the register's windows share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The admission dialog, the exit dialog and the resident window show the
 * same kinds of rows (riaya-resident-form-private.h): a field with its
 * message right under it, dates with a calendar, and the person's own
 * and family's fields (decree 2.19.693 art. 11), checked as they are
 * typed with the rules of src/core.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-resident-form-private.h"
#include "riaya-ui-util.h"

/* --- A field and its message ------------------------------------------ */

static void
show_field_message (RiayaFieldState *state)
{
  gboolean error_shown = state->error != NULL && (state->show_now || state->touched);
  const char *text = error_shown ? state->error : state->hint;

  gtk_label_set_text (state->message, text != NULL ? text : "");
  gtk_widget_set_visible (state->message_row, text != NULL);

  /* A hint reads as part of the field; an error stands out, in words as
   * well as in colour. */
  if (error_shown)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (state->message), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (state->message), "error");
      gtk_widget_add_css_class (state->message_row, "field-message-row");
      gtk_widget_add_css_class (state->row, "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (state->message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (state->message), "dim-label");
      gtk_widget_remove_css_class (state->message_row, "field-message-row");
      gtk_widget_remove_css_class (state->row, "error");
    }
}

void
_riaya_field_state_attach (RiayaFieldState *state,
                           GtkWidget       *row,
                           const char      *hint)
{
  GtkWidget *list = gtk_widget_get_parent (row);
  GtkWidget *label = gtk_label_new (NULL);

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  /* The message goes in a row of its own right under the field, inside
   * the same boxed list, so that it reads as part of the field. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "field-message");

  state->row = row;
  state->hint = g_strdup (hint);
  state->message = GTK_LABEL (label);
  state->message_row = adw_preferences_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (state->message_row), FALSE);
  gtk_widget_set_focusable (state->message_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (state->message_row), label);

  gtk_list_box_insert (GTK_LIST_BOX (list), state->message_row,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);
  show_field_message (state);
}

void
_riaya_field_state_set_error (RiayaFieldState *state,
                              const char      *error,
                              gboolean         show_now)
{
  if (g_strcmp0 (state->error, error) != 0)
    {
      g_free (state->error);
      state->error = g_strdup (error);
    }
  state->show_now = show_now;
  show_field_message (state);
}

const char *
_riaya_field_state_get_shown (RiayaFieldState *state)
{
  if (state->error != NULL && (state->show_now || state->touched))
    return state->error;

  return NULL;
}

void
_riaya_field_state_clear (RiayaFieldState *state)
{
  g_clear_pointer (&state->error, g_free);
  g_clear_pointer (&state->hint, g_free);
}

typedef struct
{
  RiayaFieldState   *state;
  RiayaFieldTouched  touched;
  gpointer           data;
} FieldWatch;

static void
on_watched_field_left (GtkEventControllerFocus *controller,
                       FieldWatch              *watch)
{
  if (!watch->state->edited || watch->state->touched)
    return;

  watch->state->touched = TRUE;
  watch->touched (watch->data);
}

static void
on_watched_field_activated (AdwEntryRow *row,
                            FieldWatch  *watch)
{
  watch->state->touched = TRUE;
  watch->touched (watch->data);
}

void
_riaya_field_state_watch_entry (RiayaFieldState   *state,
                                RiayaFieldTouched  touched,
                                gpointer           data)
{
  FieldWatch *watch = g_new0 (FieldWatch, 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_return_if_fail (ADW_IS_ENTRY_ROW (state->row));

  watch->state = state;
  watch->touched = touched;
  watch->data = data;
  /* The row owns the watch: both die with the form. */
  g_object_set_data_full (G_OBJECT (state->row), "riaya-field-watch", watch, g_free);

  g_signal_connect (focus, "leave", G_CALLBACK (on_watched_field_left), watch);
  gtk_widget_add_controller (state->row, focus);
  g_signal_connect (state->row, "entry-activated", G_CALLBACK (on_watched_field_activated), watch);
}

/* --- A date row's calendar -------------------------------------------- */

static int
month_index (GDateTime *date)
{
  return g_date_time_get_year (date) * 12 + g_date_time_get_month (date) - 1;
}

static void
on_calendar_day_selected (GtkCalendar *calendar,
                          AdwEntryRow *row)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  int shown = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (calendar), "riaya-month"));
  g_autofree char *iso = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (picked),
                  g_date_time_get_month (picked), g_date_time_get_year (picked));
  iso = riaya_date_to_iso (&date);
  gtk_editable_set_text (GTK_EDITABLE (row), iso);
  g_object_set_data (G_OBJECT (calendar), "riaya-month", GINT_TO_POINTER (month_index (picked)));

  /* A day clicked in the month shown is the choice; the arrows, which
   * also select a day, only turn the page. */
  if (month_index (picked) == shown)
    gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
}

static void
on_calendar_popover_show (GtkPopover  *popover,
                          AdwEntryRow *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  g_autoptr(GDateTime) date = NULL;
  GDate typed;

  /* Open on the day typed, if it is one; else on today. */
  if (riaya_date_parse (gtk_editable_get_text (GTK_EDITABLE (row)), &typed, NULL))
    date = g_date_time_new_local (g_date_get_year (&typed), g_date_get_month (&typed),
                                  g_date_get_day (&typed), 0, 0, 0);
  else
    date = g_date_time_new_now_local ();

  g_signal_handlers_block_by_func (calendar, on_calendar_day_selected, row);
  gtk_calendar_select_day (calendar, date);
  g_signal_handlers_unblock_by_func (calendar, on_calendar_day_selected, row);
  g_object_set_data (G_OBJECT (calendar), "riaya-month", GINT_TO_POINTER (month_index (date)));
}

void
_riaya_date_row_add_calendar (AdwEntryRow *row)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose a Day"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  adw_entry_row_add_suffix (row, button);

  g_signal_connect (popover, "show", G_CALLBACK (on_calendar_popover_show), row);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_calendar_day_selected), row);
}

/* --- The person's rows ------------------------------------------------ */

#define FIELD_KEY "riaya-resident-field"

static const char *
field_hint (RiayaResidentField field)
{
  switch (field)
    {
    case RIAYA_RESIDENT_FIELD_CNIE:
      /* Most residents are minors, who hold none. */
      return _("Only for adults who hold one");
    case RIAYA_RESIDENT_FIELD_HEALTH_STATUS:
      /* Law 09-08 art. 12-1: health is sensitive data. */
      return _("Health data: seen only in this register");
    case RIAYA_RESIDENT_FIELD_FIRST_NAME:
    case RIAYA_RESIDENT_FIELD_LAST_NAME:
    case RIAYA_RESIDENT_FIELD_SEX:
    case RIAYA_RESIDENT_FIELD_BIRTH_DATE:
    case RIAYA_RESIDENT_FIELD_BIRTH_PLACE:
    case RIAYA_RESIDENT_FIELD_FAMILY_STATUS:
    case RIAYA_RESIDENT_FIELD_GUARDIAN_NAME:
    case RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE:
    case RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS:
    case RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE:
    case RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION:
    case RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION:
    case RIAYA_N_RESIDENT_FIELDS:
    default:
      return NULL;
    }
}

/* Whether @text may still become a CNIE as the user types on: one or two
 * letters, then digits. "AB12" may; "12" or "AB-1" may not, and is worth
 * saying at once. */
static gboolean
cnie_may_be_unfinished (const char *text)
{
  guint letters = 0, digits = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isalpha (*p))
        {
          if (digits > 0 || ++letters > 2)
            return FALSE;
        }
      else if (g_ascii_isdigit (*p))
        {
          if (letters == 0 || ++digits > 7)
            return FALSE;
        }
      else
        return FALSE;
    }

  return TRUE;
}

static void
check_cnie (RiayaResidentForm  *form,
            RiayaResidentField  field)
{
  const char *cnie = riaya_resident_get_field (form->draft, field);
  g_autoptr(GError) error = NULL;

  if (!riaya_validate_cnie (cnie, &error))
    _riaya_field_state_set_error (&form->fields[field], error->message, !cnie_may_be_unfinished (cnie));
  else
    _riaya_field_state_set_error (&form->fields[field], NULL, FALSE);
}

static void
on_form_touched (gpointer data)
{
  RiayaResidentForm *form = data;

  form->changed (form->owner);
}

static void
on_form_entry_changed (GtkEditable       *editable,
                       RiayaResidentForm *form)
{
  RiayaResidentField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), FIELD_KEY));
  const char *text = gtk_editable_get_text (editable);

  if (form->filling)
    return;

  riaya_resident_set_field (form->draft, field, text);
  form->fields[field].edited = TRUE;
  /* A date is finished once it has the length of one: say what is wrong
   * with it then, without waiting for the user to leave the field. */
  if (field == RIAYA_RESIDENT_FIELD_BIRTH_DATE && strlen (text) >= 10)
    form->fields[field].touched = TRUE;
  form->dirty = TRUE;
  form->changed (form->owner);
}

static void
on_form_sex_selected (AdwComboRow       *row,
                      GParamSpec        *pspec,
                      RiayaResidentForm *form)
{
  guint selected = adw_combo_row_get_selected (row);
  guint first = form->ask_sex ? 1 : 0;

  if (form->filling)
    return;

  form->sex_chosen = selected >= first && selected - first < RIAYA_SEX_ANY;
  if (form->sex_chosen)
    riaya_resident_set_sex (form->draft, selected - first);
  form->fields[RIAYA_RESIDENT_FIELD_SEX].touched = TRUE;
  form->dirty = TRUE;
  form->changed (form->owner);
}

static void
fill_form (RiayaResidentForm *form)
{
  form->filling = TRUE;
  for (RiayaResidentField f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
    {
      const char *value;

      if (f == RIAYA_RESIDENT_FIELD_SEX)
        continue;
      value = riaya_resident_get_field (form->draft, f);
      gtk_editable_set_text (GTK_EDITABLE (form->fields[f].row), value != NULL ? value : "");
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (form->fields[RIAYA_RESIDENT_FIELD_SEX].row),
                              form->sex_chosen
                              ? riaya_resident_get_sex (form->draft) + (form->ask_sex ? 1 : 0) : 0);
  form->filling = FALSE;
}

void
_riaya_resident_form_init (RiayaResidentForm        *form,
                           GtkWidget * const        *rows,
                           gboolean                  ask_sex,
                           RiayaResidentFormChanged  changed,
                           gpointer                  owner)
{
  g_autoptr(GtkStringList) sexes = gtk_string_list_new (NULL);
  GtkWidget *sensitive;

  form->ask_sex = ask_sex;
  form->changed = changed;
  form->owner = owner;
  form->draft = riaya_resident_new ();

  for (RiayaResidentField f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
    {
      RiayaFieldState *state = &form->fields[f];

      _riaya_field_state_attach (state, rows[f], field_hint (f));
      g_object_set_data (G_OBJECT (rows[f]), FIELD_KEY, GUINT_TO_POINTER (f));
      if (f == RIAYA_RESIDENT_FIELD_SEX)
        continue;
      g_signal_connect (rows[f], "changed", G_CALLBACK (on_form_entry_changed), form);
      _riaya_field_state_watch_entry (state, on_form_touched, form);
    }

  if (ask_sex)
    gtk_string_list_append (sexes, _("Choose the sex"));
  gtk_string_list_append (sexes, riaya_sex_to_label (RIAYA_SEX_MALE));
  gtk_string_list_append (sexes, riaya_sex_to_label (RIAYA_SEX_FEMALE));
  form->filling = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (rows[RIAYA_RESIDENT_FIELD_SEX]), G_LIST_MODEL (sexes));
  form->filling = FALSE;
  g_signal_connect (rows[RIAYA_RESIDENT_FIELD_SEX], "notify::selected",
                    G_CALLBACK (on_form_sex_selected), form);

  _riaya_date_row_add_calendar (ADW_ENTRY_ROW (rows[RIAYA_RESIDENT_FIELD_BIRTH_DATE]));

  /* The sensitive field says so where it is typed (Law 09-08 art. 12-1). */
  sensitive = gtk_image_new_from_icon_name ("channel-secure-symbolic");
  gtk_widget_set_tooltip_text (sensitive, _("Sensitive data"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (rows[RIAYA_RESIDENT_FIELD_HEALTH_STATUS]), sensitive);

  /* Numbers and codes read left to right in an Arabic interface. */
  riaya_ui_set_text_direction (rows[RIAYA_RESIDENT_FIELD_BIRTH_DATE], "ltr");
  riaya_ui_set_text_direction (rows[RIAYA_RESIDENT_FIELD_CNIE], "ltr");
  riaya_ui_set_text_direction (rows[RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE], "ltr");
  riaya_ui_set_text_direction (rows[RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE], "ltr");

  fill_form (form);
}

void
_riaya_resident_form_set_draft (RiayaResidentForm *form,
                                RiayaResident     *draft,
                                gboolean           known)
{
  g_set_object (&form->draft, draft);
  form->sex_chosen = known || form->sex_chosen;
  for (RiayaResidentField f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
    {
      form->fields[f].edited = FALSE;
      form->fields[f].touched = known;
    }
  fill_form (form);
  form->dirty = FALSE;
}

void
_riaya_resident_form_set_sex (RiayaResidentForm *form,
                              RiayaSex           sex)
{
  g_return_if_fail (sex == RIAYA_SEX_MALE || sex == RIAYA_SEX_FEMALE);

  riaya_resident_set_sex (form->draft, sex);
  form->sex_chosen = TRUE;
  fill_form (form);
}

const char *
_riaya_resident_form_validate (RiayaResidentForm *form,
                               const GDate       *today)
{
  RiayaResident *draft = form->draft;
  RiayaFieldState *last_name = &form->fields[RIAYA_RESIDENT_FIELD_LAST_NAME];
  g_autoptr(GError) error = NULL;

  /* Decree 2.19.693 art. 11: the register's line starts with the name.
   * Either will do: the message sits under the second one once either
   * has been touched. */
  last_name->touched |= form->fields[RIAYA_RESIDENT_FIELD_FIRST_NAME].touched;
  _riaya_field_state_set_error (last_name,
                                riaya_resident_get_first_name (draft) == NULL &&
                                riaya_resident_get_last_name (draft) == NULL
                                ? _("The register needs the beneficiary’s name: enter the first "
                                    "name, the last name or both.") : NULL,
                                FALSE);

  _riaya_field_state_set_error (&form->fields[RIAYA_RESIDENT_FIELD_SEX],
                                form->sex_chosen ? NULL : _("Choose the sex of the beneficiary: male or female."), FALSE);

  if (!riaya_validate_past_date (riaya_resident_get_birth_date (draft), _("Date of birth"), today, &error))
    _riaya_field_state_set_error (&form->fields[RIAYA_RESIDENT_FIELD_BIRTH_DATE], error->message,
                                  g_error_matches (error, RIAYA_VALIDATION_ERROR,
                                                   RIAYA_VALIDATION_ERROR_FUTURE_DATE));
  else
    _riaya_field_state_set_error (&form->fields[RIAYA_RESIDENT_FIELD_BIRTH_DATE], NULL, FALSE);
  g_clear_error (&error);

  check_cnie (form, RIAYA_RESIDENT_FIELD_CNIE);
  check_cnie (form, RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE);

  if (!riaya_validate_phone (riaya_resident_get_field (draft, RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE), &error))
    _riaya_field_state_set_error (&form->fields[RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE], error->message, FALSE);
  else
    _riaya_field_state_set_error (&form->fields[RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE], NULL, FALSE);

  for (RiayaResidentField f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
    {
      if (form->fields[f].error != NULL)
        return form->fields[f].error;
    }

  return NULL;
}

static gboolean
lookup_field (const char         *name,
              RiayaResidentField *field)
{
  for (RiayaResidentField f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
    {
      if (g_strcmp0 (riaya_resident_field_to_name (f), name) == 0)
        {
          *field = f;
          return TRUE;
        }
    }

  return FALSE;
}

GtkWidget *
_riaya_resident_form_get_row (RiayaResidentForm *form,
                              const char        *name)
{
  RiayaResidentField field;

  return lookup_field (name, &field) ? form->fields[field].row : NULL;
}

const char *
_riaya_resident_form_get_message (RiayaResidentForm *form,
                                  const char        *name)
{
  RiayaResidentField field;

  return lookup_field (name, &field) ? _riaya_field_state_get_shown (&form->fields[field]) : NULL;
}

void
_riaya_resident_form_clear (RiayaResidentForm *form)
{
  for (RiayaResidentField f = 0; f < RIAYA_N_RESIDENT_FIELDS; f++)
    _riaya_field_state_clear (&form->fields[f]);
  g_clear_object (&form->draft);
}
