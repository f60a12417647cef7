/* riaya-admission-dialog.c — admitting someone to an institution's register
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One new line of the register of Law 65.15 art. 28: the beneficiary's
 * fields and the family's (decree 2.19.693 art. 11), checked as they are
 * typed with the rules of src/core, the message right under the field.
 * Admit stays off until all pass. Saving may ask two questions, in turn:
 * whether to go over the places licensed (naming the numbers), and
 * whether a person who looks like a known one is that person. A refusal
 * keeps everything typed.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "riaya-admission-dialog-private.h"
#include "riaya-resident-form-private.h"
#include "riaya-store-residents.h"
#include "riaya-ui-util.h"

typedef enum
{
  FIELD_CATEGORY,
  FIELD_REFERRAL,
  FIELD_ADMISSION_DATE,
  N_FIELDS
} Field;

struct _RiayaAdmissionDialog
{
  AdwWindow          parent_instance;

  RiayaContext      *context;
  RiayaInstitution  *institution;
  RiayaResidentForm  person;
  RiayaFieldState    fields[N_FIELDS];
  GArray            *categories;     /* int, parallel to category_row; -1: "choose" */
  RiayaAdmitFlags    flags;          /* the answers given during one save */
  char              *same_person;    /* the known person chosen during one save */
  gboolean           filling;
  gboolean           dirty;
  gboolean           valid;
  char              *number_text;
  char              *form_error;
  GtkWidget         *question;       /* weak: the message dialog on screen */

  /* Template widgets */
  GtkWidget         *save_button;
  GtkLabel          *summary_institution;
  GtkLabel          *summary_number;
  GtkRevealer       *form_revealer;
  GtkLabel          *form_message;
  GtkWidget         *category_row;
  GtkWidget         *referral_row;
  GtkWidget         *admission_date_row;
  GtkWidget         *rows[RIAYA_N_RESIDENT_FIELDS];
};

G_DEFINE_FINAL_TYPE (RiayaAdmissionDialog, riaya_admission_dialog, ADW_TYPE_WINDOW)

enum {
  ADMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const field_names[N_FIELDS] = { "category", "referral", "admission-date" };

/* How a person comes to an institution, as the form offers it: a
 * transfer is never typed, the exit dialog makes it. */
static const RiayaReferral referrals[] = {
  RIAYA_REFERRAL_COURT_ORDER,
  RIAYA_REFERRAL_FAMILY,
  RIAYA_REFERRAL_LOCAL_AUTHORITY,
  RIAYA_REFERRAL_ENTRAIDE_NATIONALE,
  RIAYA_REFERRAL_SELF,
  RIAYA_REFERRAL_OTHER,
};

static int
chosen_category (RiayaAdmissionDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->category_row));

  return selected < self->categories->len ? g_array_index (self->categories, int, selected) : -1;
}

static int
chosen_referral (RiayaAdmissionDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->referral_row));

  return selected >= 1 && selected <= G_N_ELEMENTS (referrals) ? (int) referrals[selected - 1] : -1;
}

static char *
dup_admission_date (RiayaAdmissionDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->admission_date_row))));
}

static void
set_form_error (RiayaAdmissionDialog *self,
                const char           *message)
{
  g_free (self->form_error);
  self->form_error = g_strdup (message);
  gtk_label_set_text (self->form_message, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->form_revealer, message != NULL);
}

/* The stay the form describes, with a copy of the person. */
static RiayaStay *
build_stay (RiayaAdmissionDialog *self)
{
  g_autoptr(RiayaResident) resident = riaya_resident_copy (self->person.draft);
  g_autofree char *date = dup_admission_date (self);
  RiayaStay *stay = riaya_stay_new (resident);
  int category = chosen_category (self);
  int referral = chosen_referral (self);

  riaya_stay_set_institution_uuid (stay, riaya_institution_get_uuid (self->institution));
  if (category >= 0)
    riaya_stay_set_category (stay, category);
  if (referral >= 0)
    riaya_stay_set_referral (stay, referral);
  riaya_stay_set_admitted_on (stay, date);

  return stay;
}

/* Puts a refusal where it belongs: under the field it is about, or on
 * top of the form. Returns the message, owned by the dialog. */
static const char *
show_refusal (RiayaAdmissionDialog *self,
              const GError         *error)
{
  Field field = N_FIELDS;

  if (error->domain == RIAYA_VALIDATION_ERROR)
    {
      switch (error->code)
        {
        case RIAYA_VALIDATION_ERROR_DATE_ORDER:     /* born after the admission */
        case RIAYA_VALIDATION_ERROR_EVENT_SEQUENCE: /* licence not in force then (arts 17, 34) */
        case RIAYA_VALIDATION_ERROR_FUTURE_DATE:
          field = FIELD_ADMISSION_DATE;
          break;
        case RIAYA_VALIDATION_ERROR_SPECIALISATION: /* Law 65.15 art. 3 */
          field = FIELD_CATEGORY;
          break;
        default:
          break;
        }
    }

  if (field != N_FIELDS)
    {
      self->fields[field].touched = TRUE;
      _riaya_field_state_set_error (&self->fields[field], error->message, TRUE);
      set_form_error (self, NULL);
      return self->fields[field].error;
    }

  set_form_error (self, error->message);
  return self->form_error;
}

static void
validate (RiayaAdmissionDialog *self)
{
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  const char *first_error;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->institution == NULL)
    return;

  first_error = _riaya_resident_form_validate (&self->person, NULL);

  _riaya_field_state_set_error (&self->fields[FIELD_CATEGORY],
                                chosen_category (self) < 0
                                ? _("Choose the beneficiary’s category.") : NULL, FALSE);
  _riaya_field_state_set_error (&self->fields[FIELD_REFERRAL],
                                chosen_referral (self) < 0
                                ? _("Choose who referred the beneficiary.") : NULL, FALSE);

  date = dup_admission_date (self);
  if (!riaya_validate_past_date (date, _("Date of admission"), NULL, &error))
    _riaya_field_state_set_error (&self->fields[FIELD_ADMISSION_DATE], error->message,
                                  g_error_matches (error, RIAYA_VALIDATION_ERROR,
                                                   RIAYA_VALIDATION_ERROR_FUTURE_DATE));
  else
    _riaya_field_state_set_error (&self->fields[FIELD_ADMISSION_DATE], NULL, FALSE);
  g_clear_error (&error);

  for (Field f = 0; f < N_FIELDS && first_error == NULL; f++)
    first_error = self->fields[f].error;

  /* What core checks of the admission as a whole once each field
   * passes: born before it, a category the type serves, a licence in
   * force on the day. */
  if (first_error == NULL)
    {
      g_autoptr(RiayaStay) stay = build_stay (self);

      if (!riaya_stay_check_admission (stay, self->institution, NULL, &error))
        first_error = show_refusal (self, error);
      else
        set_form_error (self, NULL);
    }
  else if (self->form_error != NULL)
    set_form_error (self, NULL);

  self->valid = first_error == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "admission.save", self->valid);
  /* Admit is off until all is well; hovering it says what is missing. */
  gtk_widget_set_tooltip_text (self->save_button, first_error);
}

static void
on_person_changed (gpointer owner)
{
  validate (owner);
}

static void
on_touched (gpointer data)
{
  validate (data);
}

/* When the places of the category are licensed for one sex only (a Dar
 * Taliba), that is the person's sex, unless the user said otherwise. */
static void
guess_sex (RiayaAdmissionDialog *self)
{
  int category = chosen_category (self);
  g_autofree char *date = dup_admission_date (self);
  g_autoptr(GPtrArray) lines = NULL;
  int sex = -1;

  if (category < 0 || self->person.fields[RIAYA_RESIDENT_FIELD_SEX].touched)
    return;

  lines = riaya_capacity_lines_on (riaya_institution_get_capacity_lines (self->institution),
                                   riaya_date_parse (date, NULL, NULL) ? date : NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      RiayaCapacityLine *line = g_ptr_array_index (lines, i);
      RiayaSex line_sex = riaya_capacity_line_get_sex (line);

      if ((int) riaya_capacity_line_get_category (line) != category ||
          riaya_capacity_line_get_places (line) == 0)
        continue;
      if (line_sex == RIAYA_SEX_ANY || (sex >= 0 && sex != (int) line_sex))
        return;
      sex = line_sex;
    }

  if (sex >= 0)
    _riaya_resident_form_set_sex (&self->person, sex);
}

static void
on_combo_selected (AdwComboRow          *row,
                   GParamSpec           *pspec,
                   RiayaAdmissionDialog *self)
{
  if (self->filling)
    return;

  if (GTK_WIDGET (row) == self->category_row)
    {
      self->fields[FIELD_CATEGORY].touched = TRUE;
      guess_sex (self);
    }
  else
    self->fields[FIELD_REFERRAL].touched = TRUE;
  self->dirty = TRUE;
  validate (self);
}

static void
on_date_changed (GtkEditable          *editable,
                 RiayaAdmissionDialog *self)
{
  if (self->filling)
    return;

  self->fields[FIELD_ADMISSION_DATE].edited = TRUE;
  /* A date is finished once it has the length of one. */
  if (strlen (gtk_editable_get_text (editable)) >= 10)
    self->fields[FIELD_ADMISSION_DATE].touched = TRUE;
  self->dirty = TRUE;
  validate (self);
}

/* Saving: the store's answer, and the questions it may need */

static void try_admit (RiayaAdmissionDialog *self);

static void
end_save (RiayaAdmissionDialog *self)
{
  self->flags = RIAYA_ADMIT_DEFAULT;
  g_clear_pointer (&self->same_person, g_free);
}

static gboolean
retry_idle (gpointer user_data)
{
  RiayaAdmissionDialog *self = user_data;

  /* Once the question, which is this dialog's transient child, is gone. */
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    try_admit (self);
  return G_SOURCE_REMOVE;
}

static void
retry_later (RiayaAdmissionDialog *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, retry_idle, g_object_ref (self), g_object_unref);
}

static void
show_question (RiayaAdmissionDialog *self,
               GtkWidget            *dialog)
{
  self->question = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->question);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The question answered closes itself: it no longer holds the save. */
static void
forget_question (RiayaAdmissionDialog *self)
{
  if (self->question != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->question), (gpointer *) &self->question);
  self->question = NULL;
}

static void
on_over_capacity_response (AdwMessageDialog     *dialog,
                           const char           *response,
                           RiayaAdmissionDialog *self)
{
  forget_question (self);
  if (!g_str_equal (response, RIAYA_RESPONSE_ADMIT))
    {
      end_save (self);
      return;
    }

  self->flags |= RIAYA_ADMIT_ALLOW_OVER_CAPACITY;
  retry_later (self);
}

static void
on_duplicate_response (AdwMessageDialog     *dialog,
                       const char           *response,
                       RiayaAdmissionDialog *self)
{
  forget_question (self);
  if (g_str_equal (response, RIAYA_RESPONSE_DIFFERENT))
    {
      self->flags |= RIAYA_ADMIT_NOT_DUPLICATE;
      retry_later (self);
    }
  else if (g_str_equal (response, RIAYA_RESPONSE_SAME_PERSON))
    {
      RiayaStay *chosen = _riaya_same_person_dialog_get_chosen (dialog);

      /* A new stay of that person: what was typed here updates their
       * record (riaya_store_admit() with a known UUID). */
      g_free (self->same_person);
      self->same_person = g_strdup (riaya_resident_get_uuid (riaya_stay_get_resident (chosen)));
      retry_later (self);
    }
  else
    end_save (self);
}

static void
ask_same_person (RiayaAdmissionDialog *self,
                 RiayaResident        *resident,
                 const char           *store_message)
{
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autoptr(GPtrArray) others = riaya_store_find_probable_duplicates (store, resident, NULL);
  GtkWidget *dialog = _riaya_same_person_dialog_new (GTK_WINDOW (self), others, store_message);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_duplicate_response), self, 0);
  show_question (self, dialog);
}

static void
try_admit (RiayaAdmissionDialog *self)
{
  RiayaStore *store = riaya_context_get_store (self->context);
  g_autoptr(RiayaStay) stay = build_stay (self);
  g_autoptr(GError) error = NULL;

  if (self->same_person != NULL)
    riaya_resident_set_uuid (riaya_stay_get_resident (stay), self->same_person);

  if (riaya_store_admit (store, stay, self->flags, &error))
    {
      end_save (self);
      self->dirty = FALSE;
      self->person.dirty = FALSE;
      g_signal_emit (self, signals[ADMITTED], 0, riaya_stay_get_uuid (stay));
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  /* Neither refused nor accepted silently: the user decides, having
   * seen the numbers or the other record; then the same save goes on
   * with the answer, and may meet the other question. */
  if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_OVER_CAPACITY) &&
      !(self->flags & RIAYA_ADMIT_ALLOW_OVER_CAPACITY))
    {
      GtkWidget *dialog = _riaya_over_capacity_dialog_new (GTK_WINDOW (self), error->message);

      g_signal_connect_object (dialog, "response", G_CALLBACK (on_over_capacity_response), self, 0);
      show_question (self, dialog);
      return;
    }
  if (g_error_matches (error, RIAYA_STORE_ERROR, RIAYA_STORE_ERROR_PROBABLE_DUPLICATE) &&
      !(self->flags & RIAYA_ADMIT_NOT_DUPLICATE) && self->same_person == NULL)
    {
      ask_same_person (self, riaya_stay_get_resident (stay), error->message);
      return;
    }

  /* Refused: everything typed stays. */
  end_save (self);
  show_refusal (self, error);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RiayaAdmissionDialog *self = RIAYA_ADMISSION_DIALOG (widget);

  validate (self);
  if (!self->valid || self->question != NULL)
    return;

  end_save (self);
  try_admit (self);
}

/* Closing */

static gboolean
close_idle (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (AdwMessageDialog     *dialog,
                     const char           *response,
                     RiayaAdmissionDialog *self)
{
  forget_question (self);
  if (g_str_equal (response, RIAYA_RESPONSE_DISCARD))
    {
      self->dirty = FALSE;
      self->person.dirty = FALSE;
      /* Once the question, which is this dialog's transient child, is gone. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle, g_object_ref (self), g_object_unref);
    }
}

static gboolean
riaya_admission_dialog_close_request (GtkWindow *window)
{
  RiayaAdmissionDialog *self = RIAYA_ADMISSION_DIALOG (window);
  GtkWidget *dialog;

  if (self->question != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->question));
      return TRUE;
    }

  if (!self->dirty && !self->person.dirty)
    return GTK_WINDOW_CLASS (riaya_admission_dialog_parent_class)->close_request (window);

  /* Never lose typed work silently. */
  dialog = _riaya_discard_dialog_new (window, _("This admission has not been saved."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  show_question (self, dialog);

  return TRUE;
}

static void
riaya_admission_dialog_dispose (GObject *object)
{
  RiayaAdmissionDialog *self = RIAYA_ADMISSION_DIALOG (object);

  forget_question (self);
  g_clear_object (&self->institution);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (riaya_admission_dialog_parent_class)->dispose (object);
}

static void
riaya_admission_dialog_finalize (GObject *object)
{
  RiayaAdmissionDialog *self = RIAYA_ADMISSION_DIALOG (object);

  _riaya_resident_form_clear (&self->person);
  for (Field f = 0; f < N_FIELDS; f++)
    _riaya_field_state_clear (&self->fields[f]);
  g_array_unref (self->categories);
  g_free (self->same_person);
  g_free (self->number_text);
  g_free (self->form_error);

  G_OBJECT_CLASS (riaya_admission_dialog_parent_class)->finalize (object);
}

#define BIND_PERSON_ROW(id, field) \
  gtk_widget_class_bind_template_child_full (widget_class, id, FALSE, \
                                             G_STRUCT_OFFSET (RiayaAdmissionDialog, rows[field]))

static void
riaya_admission_dialog_class_init (RiayaAdmissionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = riaya_admission_dialog_dispose;
  object_class->finalize = riaya_admission_dialog_finalize;
  window_class->close_request = riaya_admission_dialog_close_request;

  /**
   * RiayaAdmissionDialog::admitted:
   * @stay_uuid: the new stay
   */
  signals[ADMITTED] =
    g_signal_new ("admitted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/riaya/Riaya/riaya-admission-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RiayaAdmissionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, RiayaAdmissionDialog, summary_institution);
  gtk_widget_class_bind_template_child (widget_class, RiayaAdmissionDialog, summary_number);
  gtk_widget_class_bind_template_child (widget_class, RiayaAdmissionDialog, form_revealer);
  gtk_widget_class_bind_template_child (widget_class, RiayaAdmissionDialog, form_message);
  gtk_widget_class_bind_template_child (widget_class, RiayaAdmissionDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaAdmissionDialog, referral_row);
  gtk_widget_class_bind_template_child (widget_class, RiayaAdmissionDialog, admission_date_row);
  BIND_PERSON_ROW ("first_name_row", RIAYA_RESIDENT_FIELD_FIRST_NAME);
  BIND_PERSON_ROW ("last_name_row", RIAYA_RESIDENT_FIELD_LAST_NAME);
  BIND_PERSON_ROW ("sex_row", RIAYA_RESIDENT_FIELD_SEX);
  BIND_PERSON_ROW ("birth_date_row", RIAYA_RESIDENT_FIELD_BIRTH_DATE);
  BIND_PERSON_ROW ("birth_place_row", RIAYA_RESIDENT_FIELD_BIRTH_PLACE);
  BIND_PERSON_ROW ("cnie_row", RIAYA_RESIDENT_FIELD_CNIE);
  BIND_PERSON_ROW ("family_status_row", RIAYA_RESIDENT_FIELD_FAMILY_STATUS);
  BIND_PERSON_ROW ("health_status_row", RIAYA_RESIDENT_FIELD_HEALTH_STATUS);
  BIND_PERSON_ROW ("guardian_name_row", RIAYA_RESIDENT_FIELD_GUARDIAN_NAME);
  BIND_PERSON_ROW ("guardian_cnie_row", RIAYA_RESIDENT_FIELD_GUARDIAN_CNIE);
  BIND_PERSON_ROW ("guardian_address_row", RIAYA_RESIDENT_FIELD_GUARDIAN_ADDRESS);
  BIND_PERSON_ROW ("guardian_phone_row", RIAYA_RESIDENT_FIELD_GUARDIAN_PHONE);
  BIND_PERSON_ROW ("guardian_occupation_row", RIAYA_RESIDENT_FIELD_GUARDIAN_OCCUPATION);
  BIND_PERSON_ROW ("guardian_situation_row", RIAYA_RESIDENT_FIELD_GUARDIAN_SITUATION);

  gtk_widget_class_install_action (widget_class, "admission.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "admission.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
riaya_admission_dialog_init (RiayaAdmissionDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *rows[N_FIELDS];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->categories = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);

  _riaya_resident_form_init (&self->person, self->rows, TRUE, on_person_changed, self);

  rows[FIELD_CATEGORY] = self->category_row;
  rows[FIELD_REFERRAL] = self->referral_row;
  rows[FIELD_ADMISSION_DATE] = self->admission_date_row;
  for (Field f = 0; f < N_FIELDS; f++)
    _riaya_field_state_attach (&self->fields[f], rows[f], NULL);
  _riaya_date_row_add_calendar (ADW_ENTRY_ROW (self->admission_date_row));
  _riaya_field_state_watch_entry (&self->fields[FIELD_ADMISSION_DATE], on_touched, self);
  riaya_ui_set_text_direction (self->admission_date_row, "ltr");

  gtk_string_list_append (labels, _("Choose who referred them"));
  for (guint i = 0; i < G_N_ELEMENTS (referrals); i++)
    gtk_string_list_append (labels, riaya_referral_to_label (referrals[i]));
  self->filling = TRUE;
  {
    g_autoptr(GtkListItemFactory) factory = riaya_ui_label_factory_new (40);
    g_autoptr(GtkListItemFactory) list_factory = riaya_ui_label_factory_new (0);

    adw_combo_row_set_factory (ADW_COMBO_ROW (self->referral_row), factory);
    adw_combo_row_set_list_factory (ADW_COMBO_ROW (self->referral_row), list_factory);
  }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->referral_row), G_LIST_MODEL (labels));
  self->filling = FALSE;

  g_signal_connect (self->category_row, "notify::selected", G_CALLBACK (on_combo_selected), self);
  g_signal_connect (self->referral_row, "notify::selected", G_CALLBACK (on_combo_selected), self);
  g_signal_connect (self->admission_date_row, "changed", G_CALLBACK (on_date_changed), self);
}

static void
fill_categories (RiayaAdmissionDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = riaya_ui_label_factory_new (36);
  g_autoptr(GtkListItemFactory) list_factory = riaya_ui_label_factory_new (0);
  RiayaInstitutionType type = riaya_institution_get_institution_type (self->institution);

  /* Law 65.15 art. 3: an institution takes the categories its type
   * serves. One is the answer; several need a choice. */
  for (int c = 0; c < RIAYA_N_CATEGORIES; c++)
    {
      if (riaya_institution_type_serves (type, c))
        g_array_append_val (self->categories, c);
    }
  if (self->categories->len != 1)
    {
      int none = -1;

      g_array_prepend_val (self->categories, none);
      gtk_string_list_append (labels, _("Choose a category"));
    }
  for (guint i = 0; i < self->categories->len; i++)
    {
      int category = g_array_index (self->categories, int, i);

      if (category >= 0)
        gtk_string_list_append (labels, riaya_category_to_label (category));
    }

  adw_combo_row_set_factory (ADW_COMBO_ROW (self->category_row), factory);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (self->category_row), list_factory);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->category_row), G_LIST_MODEL (labels));
}

RiayaAdmissionDialog *
riaya_admission_dialog_new (GtkWindow        *parent,
                            RiayaContext     *context,
                            RiayaInstitution *institution)
{
  RiayaAdmissionDialog *self;
  g_autofree char *today = riaya_date_today_iso ();
  guint number;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RIAYA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (RIAYA_IS_INSTITUTION (institution), NULL);

  self = g_object_new (RIAYA_TYPE_ADMISSION_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->institution = g_object_ref (institution);

  /* Law 65.15 art. 28: a numbered register; the store gives the number
   * on saving, never reused. */
  number = riaya_store_next_register_number (riaya_context_get_store (context),
                                             riaya_institution_get_uuid (institution));
  /* Translators: shown above the admission form */
  self->number_text = g_strdup_printf (_("Register number %u (next in sequence)"), number);
  gtk_label_set_text (self->summary_number, self->number_text);
  gtk_label_set_text (self->summary_institution, riaya_institution_get_display_name (institution));

  self->filling = TRUE;
  fill_categories (self);
  gtk_editable_set_text (GTK_EDITABLE (self->admission_date_row), today);
  self->filling = FALSE;
  guess_sex (self);

  validate (self);

  return self;
}

void
riaya_admission_dialog_set_resident (RiayaAdmissionDialog *self,
                                     RiayaResident        *resident)
{
  g_autoptr(RiayaResident) draft = NULL;

  g_return_if_fail (RIAYA_IS_ADMISSION_DIALOG (self));
  g_return_if_fail (RIAYA_IS_RESIDENT (resident));

  /* A copy with the same UUID: the store sees a known person, and
   * updates their record from the form on saving. */
  draft = riaya_resident_copy (resident);
  _riaya_resident_form_set_draft (&self->person, draft, TRUE);
  validate (self);
}

GtkWidget *
_riaya_admission_dialog_get_field (RiayaAdmissionDialog *self,
                                   const char           *name)
{
  g_return_val_if_fail (RIAYA_IS_ADMISSION_DIALOG (self), NULL);

  for (Field f = 0; f < N_FIELDS; f++)
    {
      if (g_str_equal (field_names[f], name))
        return self->fields[f].row;
    }

  return _riaya_resident_form_get_row (&self->person, name);
}

const char *
_riaya_admission_dialog_get_message (RiayaAdmissionDialog *self,
                                     const char           *name)
{
  g_return_val_if_fail (RIAYA_IS_ADMISSION_DIALOG (self), NULL);

  if (g_str_equal (name, "form"))
    return self->form_error;
  for (Field f = 0; f < N_FIELDS; f++)
    {
      if (g_str_equal (field_names[f], name))
        return _riaya_field_state_get_shown (&self->fields[f]);
    }

  return _riaya_resident_form_get_message (&self->person, name);
}

gboolean
_riaya_admission_dialog_can_save (RiayaAdmissionDialog *self)
{
  g_return_val_if_fail (RIAYA_IS_ADMISSION_DIALOG (self), FALSE);
  return gtk_widget_get_sensitive (self->save_button);
}

const char *
_riaya_admission_dialog_get_number (RiayaAdmissionDialog *self)
{
  g_return_val_if_fail (RIAYA_IS_ADMISSION_DIALOG (self), NULL);
  return self->number_text;
}

AdwMessageDialog *
_riaya_admission_dialog_get_question (RiayaAdmissionDialog *self)
{
  g_return_val_if_fail (RIAYA_IS_ADMISSION_DIALOG (self), NULL);
  return self->question != NULL ? ADW_MESSAGE_DIALOG (self->question) : NULL;
}
