/* riaya-visit-editor-private.h — shared between the visit editor's files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-institution-chooser.h"
#include "riaya-resident-form-private.h"
#include "riaya-store-inspections.h"
#include "riaya-visit-editor.h"

G_BEGIN_DECLS

/* The fields of the form that carry a message under them. */
typedef enum
{
  VISIT_FIELD_INSTITUTION,
  VISIT_FIELD_DATE,
  VISIT_FIELD_KIND,
  VISIT_FIELD_INVITED,
  VISIT_FIELD_DONE_ON,
  VISIT_FIELD_PRESENT,
  VISIT_FIELD_DECISION,
  VISIT_FIELD_DEADLINE,
  VISIT_N_FIELDS
} VisitField;

/* One area of the checklist: its note is an entry row whose suffix is
 * the choice of result. */
typedef struct
{
  GtkWidget *note_row;   /* AdwEntryRow */
  GtkWidget *choice;     /* GtkDropDown: not assessed, compliant, not compliant, not applicable */
} CheckRows;

/* One corrective action of the form: an expander row with its fields. */
typedef struct
{
  RiayaCorrectiveAction *action;      /* the draft's */
  GtkWidget             *expander;
  RiayaFieldState        description;
  RiayaFieldState        due;
  RiayaFieldState        done;
  GtkWidget             *remove_button;
} ActionRows;

struct _RiayaVisitEditor
{
  AdwWindow          parent_instance;

  RiayaContext      *context;
  RiayaInspection   *draft;          /* what the form says, as far as it parses */
  RiayaInspection   *original;       /* as the store holds it; NULL for a new visit */
  RiayaInstitution  *institution;    /* with its licence's history and staff, or NULL */
  GListModel        *institutions;   /* what the chooser offers; NULL until needed */
  gboolean           is_new;
  gboolean           recording;      /* the record part is shown */
  gboolean           decision_kept;  /* a decision recorded: read-only */
  gboolean           dirty;
  gboolean           filling;
  gboolean           valid;
  gboolean           save_tried;
  gboolean           invited_set;    /* the user chose the number invited */
  gboolean           staffing_prefilled; /* the staffing area is as the norms set it */
  char              *today;
  RiayaFieldState    fields[VISIT_N_FIELDS];
  CheckRows          checks[RIAYA_N_CHECK_AREAS];
  GPtrArray         *actions;        /* ActionRows *, in the order shown */
  GArray            *staffing_needs; /* RiayaStaffingNeed on the visit's date, or NULL */
  guint              staffing_present;
  char              *staffing_date;  /* the date they were computed for */
  char              *form_error;
  GtkWidget         *question;       /* weak: the question on screen */
  RiayaInstitutionChooser *chooser;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  GtkWidget         *save_button;
  GtkWidget         *print_button;
  GtkLabel          *summary_title;
  GtkLabel          *summary_detail;
  GtkLabel          *summary_status;
  GtkRevealer       *form_revealer;
  GtkLabel          *form_message;
  GtkWidget         *institution_row;
  GtkMenuButton     *institution_button;
  GtkWidget         *date_row;
  GtkWidget         *kind_row;
  GtkTextView       *committee_view;
  GtkWidget         *invited_row;
  GtkSpinButton     *invited_spin;
  GtkWidget         *record_button;
  GtkWidget         *cancel_visit_button;
  GtkWidget         *record_box;
  GtkWidget         *done_on_row;
  GtkWidget         *present_row;
  GtkSpinButton     *present_spin;
  GtkLabel          *quorum_label;
  AdwPreferencesGroup *checklist_group;
  AdwPreferencesGroup *staffing_group;
  GtkLabel          *staffing_label;
  GtkTextView       *findings_view;
  GtkWidget         *decision_row;
  GtkWidget         *deadline_row;
  GtkWidget         *decision_kept_row;
  AdwPreferencesGroup *actions_group;
  GtkWidget         *add_action_button;
  GtkWidget         *no_action_row;
};

/* riaya-visit-editor.c */
/* The trimmed text of an entry row; NULL when empty. (transfer full) */
char       *_riaya_visit_editor_dup_text         (GtkWidget        *row);
/* The whole text of a text view, trimmed; NULL when empty. */
char       *_riaya_visit_editor_dup_view_text    (GtkTextView      *view);
void        _riaya_visit_editor_update_summary   (RiayaVisitEditor *self);
/* After an edit by the user: the form is dirty and checked again. */
void        _riaya_visit_editor_changed          (RiayaVisitEditor *self);
/* Emits RiayaVisitEditor::saved with the draft's UUID. */
void        _riaya_visit_editor_emit_saved       (RiayaVisitEditor *self);

/* riaya-visit-editor-save.c */
/* Installs visit.save and visit.cancel-visit. */
void        _riaya_visit_editor_class_init_save  (GtkWidgetClass   *widget_class);
/* Asks before closing a form with unsaved work (or shows the question
 * already asked): TRUE when the window must stay open for now. */
gboolean    _riaya_visit_editor_ask_before_closing (RiayaVisitEditor *self);
void        _riaya_visit_editor_forget_question  (RiayaVisitEditor *self);

/* riaya-visit-editor-record.c */
void        _riaya_visit_editor_init_record      (RiayaVisitEditor *self);
void        _riaya_visit_editor_fill_record      (RiayaVisitEditor *self);
/* "3 of 5 members present: the visit is valid". */
void        _riaya_visit_editor_update_quorum    (RiayaVisitEditor *self);
/* Shows the deadline only for a decision that takes one, and a decision
 * already recorded read-only. */
void        _riaya_visit_editor_update_decision  (RiayaVisitEditor *self);
/* The staffing norms for @institution on @date, from the count of the
 * people present on or before it: NULL when nobody is known present
 * (no count), else the needs (transfer full); *@present receives the
 * people present. Store reads only: usable from a worker with its own
 * store. */
GArray     *_riaya_visit_staffing_needs          (RiayaStore       *store,
                                                  RiayaInstitution *institution,
                                                  const char       *date,
                                                  guint            *present,
                                                  GError          **error);

/* riaya-visit-editor-checklist.c */
void        _riaya_visit_editor_init_checklist   (RiayaVisitEditor *self);
void        _riaya_visit_editor_fill_checklist   (RiayaVisitEditor *self);
/* Writes the choices and notes into the draft. */
void        _riaya_visit_editor_read_checklist   (RiayaVisitEditor *self);
/* Computes the staffing norms for the visit's date again when it (or the
 * institution) changed, shows them, and marks the staffing area not
 * compliant when one is not met — unless the user chose otherwise. */
void        _riaya_visit_editor_update_staffing  (RiayaVisitEditor *self);
GtkWidget  *_riaya_visit_editor_get_check_widget (RiayaVisitEditor *self,
                                                  const char       *name);

/* riaya-visit-editor-actions.c */
void        _riaya_visit_editor_add_action_rows  (RiayaVisitEditor      *self,
                                                  RiayaCorrectiveAction *action,
                                                  gboolean               expanded);
void        _riaya_visit_editor_remove_action    (RiayaVisitEditor *self,
                                                  guint             index);
/* Checks each action's fields, writes what parses into the draft's
 * action, and returns the first problem (owned by the editor), or NULL. */
const char *_riaya_visit_editor_check_actions    (RiayaVisitEditor *self);
/* Shows core's refusal of @action at the field it is about. */
void        _riaya_visit_editor_show_action_error (RiayaVisitEditor      *self,
                                                   RiayaCorrectiveAction *action,
                                                   const GError          *error);
void        _riaya_visit_editor_clear_actions    (RiayaVisitEditor *self);
RiayaFieldState *_riaya_visit_editor_action_field (RiayaVisitEditor *self,
                                                   guint             index,
                                                   const char       *name);

/* riaya-visit-editor-validate.c */
void        _riaya_visit_editor_validate         (RiayaVisitEditor *self);
void        _riaya_visit_editor_show_refusal     (RiayaVisitEditor *self,
                                                  const GError     *error);
void        _riaya_visit_editor_set_form_error   (RiayaVisitEditor *self,
                                                  const char       *message);

/* riaya-visit-editor-print.c */
void        _riaya_visit_editor_class_init_print (GtkWidgetClass   *widget_class);
/* Print or PDF on when the visit is recorded in the store and the form
 * holds no unsaved change: the report is of the visit as saved. */
void        _riaya_visit_editor_update_print     (RiayaVisitEditor *self);

/* For the tests: the language a print or PDF is proposed in ("ar" when
 * the interface is Arabic, else "fr"), and the PDF of the saved visit
 * written without asking, in a worker thread with a store of its own. */
const char *riaya_visit_editor_default_language  (void);
/* Prints through GtkPrintOperation itself, exporting the pages the print
 * dialog would send to @path. */
gboolean    riaya_visit_editor_print_to_file     (RiayaVisitEditor    *self,
                                                  const char          *language,
                                                  const char          *path,
                                                  GError             **error);
void        riaya_visit_editor_save_pdf_async    (RiayaVisitEditor    *self,
                                                  const char          *language,
                                                  const char          *path,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean    riaya_visit_editor_save_pdf_finish   (RiayaVisitEditor    *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

G_END_DECLS
