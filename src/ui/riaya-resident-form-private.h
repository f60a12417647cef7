/* riaya-resident-form-private.h — what the register's dialogs share
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The admission dialog, the exit dialog and the resident window show the
 * same kinds of rows: a field with its message right under it, dates
 * with a calendar, and the person's own and family's fields (decree
 * 2.19.693 art. 11). They also ask the same questions before admitting
 * someone beyond the places licensed, or someone who looks like a person
 * already in the register.
 */

#pragma once

#include <adwaita.h>

#include "riaya-core.h"

G_BEGIN_DECLS

/* --- A field and its message (riaya-resident-form.c) ----------------- */

/* One row of a form and the row under it that says what is wrong with
 * it, or, when nothing is, a hint such as "Only for adults who hold
 * one". */
typedef struct
{
  GtkWidget *row;
  GtkWidget *message_row;
  GtkLabel  *message;
  char      *hint;
  char      *error;
  gboolean   show_now;  /* the error is certain, not a field half-filled */
  gboolean   edited;
  gboolean   touched;   /* the user has left the field, or finished a date */
} RiayaFieldState;

/* Puts the message row right under @row, in the same boxed list. */
void        _riaya_field_state_attach      (RiayaFieldState *state,
                                            GtkWidget       *row,
                                            const char      *hint);
/* Shows @error under the row once the field is touched, or at once when
 * @show_now; NULL clears it (the hint, if any, comes back). */
void        _riaya_field_state_set_error   (RiayaFieldState *state,
                                            const char      *error,
                                            gboolean         show_now);
/* The error shown under the row, or NULL. */
const char *_riaya_field_state_get_shown   (RiayaFieldState *state);
void        _riaya_field_state_clear       (RiayaFieldState *state);

/* Gives a date entry row a button that opens a calendar; picking a day
 * writes it into the row as YYYY-MM-DD. */
void        _riaya_date_row_add_calendar   (AdwEntryRow     *row);

typedef void (*RiayaFieldTouched) (gpointer data);

/* Marks the field of an entry row touched when the user leaves it after
 * editing it, or presses Enter in it, then calls @touched (@data) so that
 * the owner shows its message. The owner's own "changed" handler marks
 * the state edited. */
void        _riaya_field_state_watch_entry (RiayaFieldState   *state,
                                            RiayaFieldTouched  touched,
                                            gpointer           data);

/* --- Questions (riaya-admission-questions.c) ------------------------- */

/* The question asked before admitting someone beyond the places licensed
 * (the store's @message names the numbers). Responses: "cancel",
 * "admit". */
GtkWidget  *_riaya_over_capacity_dialog_new (GtkWindow      *parent,
                                             const char     *message);

/* Asks before closing a window whose typed work was not saved; @body
 * says what would be lost. Responses: "cancel", "discard". */
GtkWidget  *_riaya_discard_dialog_new      (GtkWindow      *parent,
                                            const char     *body);

/* The question asked when the store finds someone who looks like the
 * person admitted: @others (RiayaStay: the latest stay of each, from
 * riaya_store_find_probable_duplicates(); a reference is kept) are shown
 * to choose from; when there are none, @store_message, which names the
 * other record, is the body. Responses: "cancel", "different", and
 * "same" when there are @others. */
GtkWidget  *_riaya_same_person_dialog_new  (GtkWindow      *parent,
                                            GPtrArray      *others,
                                            const char     *store_message);
/* The stay of the person chosen in that question, or NULL when it had no
 * one to choose. (transfer none) */
RiayaStay  *_riaya_same_person_dialog_get_chosen (AdwMessageDialog *dialog);

#define RIAYA_RESPONSE_CANCEL          "cancel"
#define RIAYA_RESPONSE_DISCARD         "discard"
#define RIAYA_RESPONSE_ADMIT           "admit"
#define RIAYA_RESPONSE_SAME_PERSON     "same"
#define RIAYA_RESPONSE_DIFFERENT       "different"

/* --- The person's rows (riaya-resident-form.c) ----------------------- */

typedef void (*RiayaResidentFormChanged) (gpointer owner);

typedef struct
{
  RiayaResident            *draft;
  RiayaFieldState           fields[RIAYA_N_RESIDENT_FIELDS];
  gboolean                  ask_sex;     /* the sex row offers "Choose" first */
  gboolean                  sex_chosen;
  gboolean                  filling;
  gboolean                  dirty;
  RiayaResidentFormChanged  changed;
  gpointer                  owner;
} RiayaResidentForm;

/* @rows: one per RiayaResidentField, in the enum's order: the sex an
 * AdwComboRow, every other an AdwEntryRow, all inside boxed lists.
 * @changed (@owner) is called after each edit by the user. The form
 * edits a new person until _riaya_resident_form_set_draft(). */
void        _riaya_resident_form_init      (RiayaResidentForm        *form,
                                            GtkWidget * const        *rows,
                                            gboolean                  ask_sex,
                                            RiayaResidentFormChanged  changed,
                                            gpointer                  owner);
/* Edits @draft (a reference is kept) and shows its values; @known: a
 * person already in the register, whose sex is known and whose every
 * problem is shown at once. Not an edit: the form stays clean. */
void        _riaya_resident_form_set_draft (RiayaResidentForm        *form,
                                            RiayaResident            *draft,
                                            gboolean                  known);
/* Chooses the sex for the user, when the places leave no doubt. */
void        _riaya_resident_form_set_sex   (RiayaResidentForm        *form,
                                            RiayaSex                  sex);
/* Checks every field, shows the messages, and returns the first error
 * (owned by the form), or NULL when the person's fields are all right. */
const char *_riaya_resident_form_validate  (RiayaResidentForm        *form,
                                            const GDate              *today);
/* The row of a field by name (riaya_resident_field_to_name), and the
 * message shown under it (NULL when none). */
GtkWidget  *_riaya_resident_form_get_row     (RiayaResidentForm      *form,
                                              const char             *name);
const char *_riaya_resident_form_get_message (RiayaResidentForm      *form,
                                              const char             *name);
void        _riaya_resident_form_clear     (RiayaResidentForm        *form);

G_END_DECLS
