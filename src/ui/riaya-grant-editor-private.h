/* riaya-grant-editor-private.h — shared between the grant editor's files
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-grant-editor.h"
#include "riaya-institution-chooser.h"
#include "riaya-resident-form-private.h"

G_BEGIN_DECLS

/* The fields of the form that are not tranches. */
typedef enum
{
  GRANT_FIELD_INSTITUTION,
  GRANT_FIELD_YEAR,
  GRANT_FIELD_AMOUNT,
  GRANT_FIELD_KIND,
  GRANT_FIELD_BASIS,
  GRANT_FIELD_DECIDED_ON,
  GRANT_FIELD_CONVENTION_REF,
  GRANT_FIELD_CONVENTION_DATE,
  GRANT_FIELD_SCHEDULE,          /* the tranches as a whole */
  GRANT_FIELD_JUSTIFICATION_DUE,
  GRANT_FIELD_JUSTIFICATION_RECEIVED,
  GRANT_FIELD_OUTCOME,
  GRANT_FIELD_OUTCOME_DATE,
  GRANT_FIELD_REJECTION_REASON,
  GRANT_N_FIELDS
} GrantField;

/* The decision on the justification, as the combo row offers it. */
typedef enum
{
  OUTCOME_NONE,
  OUTCOME_APPROVED,
  OUTCOME_REJECTED,
  N_OUTCOMES
} Outcome;

/* One tranche of the form: an expander row with its three fields. */
typedef struct
{
  RiayaGrantTranche *tranche;   /* the draft's */
  GtkWidget         *expander;
  RiayaFieldState    due;
  RiayaFieldState    amount;
  RiayaFieldState    paid;
  GtkWidget         *remove_button;
} TrancheRows;

struct _RiayaGrantEditor
{
  AdwWindow          parent_instance;

  RiayaContext      *context;
  RiayaGrant        *draft;          /* what the form says, as far as it parses */
  RiayaInstitution  *institution;    /* chosen, or NULL */
  GListModel        *institutions;   /* what the chooser offers; NULL until needed */
  gboolean           is_new;
  gboolean           dirty;
  gboolean           filling;
  gboolean           valid;
  gboolean           save_tried;     /* every problem is shown once Save was pressed */
  char              *today;
  RiayaFieldState    fields[GRANT_N_FIELDS];
  GPtrArray         *tranches;       /* TrancheRows *, in the order shown */
  char              *form_error;
  char              *schedule_text;
  GtkWidget         *question;       /* weak: the discard question on screen */
  RiayaInstitutionChooser *chooser;

  /* Template widgets */
  GtkWidget         *save_button;
  GtkWidget         *delete_button;
  GtkLabel          *summary_title;
  GtkLabel          *summary_detail;
  GtkLabel          *summary_status;
  GtkRevealer       *form_revealer;
  GtkLabel          *form_message;
  GtkWidget         *institution_row;
  GtkMenuButton     *institution_button;
  GtkWidget         *year_row;
  GtkWidget         *amount_row;
  GtkLabel          *amount_unit;
  GtkWidget         *kind_row;
  GtkWidget         *basis_row;
  GtkWidget         *decided_row;
  GtkWidget         *convention_ref_row;
  GtkWidget         *convention_date_row;
  AdwPreferencesGroup *tranches_group;
  GtkWidget         *add_tranche_button;
  GtkWidget         *schedule_row;
  GtkWidget         *justification_due_row;
  GtkWidget         *justification_received_row;
  GtkWidget         *outcome_row;
  GtkWidget         *outcome_date_row;
  GtkWidget         *rejection_reason_row;
};

/* Text for an amount entry: digits and the language's decimal mark, so
 * that riaya_money_parse() reads it back ("1500.50", "1 500,50"). */
char       *_riaya_grant_editor_money_for_entry (gint64            centimes);
/* The trimmed text of an entry row; NULL when empty. (transfer full) */
char       *_riaya_grant_editor_dup_text        (GtkWidget        *row);

/* The institution's name above the form, and the year and amount. */
void        _riaya_grant_editor_update_summary  (RiayaGrantEditor *self);

/* riaya-grant-editor-tranches.c */
void        _riaya_grant_editor_add_tranche_rows (RiayaGrantEditor  *self,
                                                  RiayaGrantTranche *tranche,
                                                  gboolean           expanded);
void        _riaya_grant_editor_remove_tranche   (RiayaGrantEditor  *self,
                                                  guint              index);
/* Checks each tranche's fields, writes what parses into the draft's
 * tranche, and returns the first problem (owned by the editor), or NULL. */
const char *_riaya_grant_editor_check_tranches   (RiayaGrantEditor  *self);
/* Scheduled against granted, what remains to schedule and what is paid. */
void        _riaya_grant_editor_update_schedule  (RiayaGrantEditor  *self);
void        _riaya_grant_editor_clear_tranches   (RiayaGrantEditor  *self);

/* riaya-grant-editor-validate.c */
void        _riaya_grant_editor_validate         (RiayaGrantEditor  *self);
/* Shows a refusal (from the store or core) at the field it is about, or
 * on top of the form. */
void        _riaya_grant_editor_show_refusal     (RiayaGrantEditor  *self,
                                                  const GError      *error);
void        _riaya_grant_editor_set_form_error   (RiayaGrantEditor  *self,
                                                  const char        *message);

G_END_DECLS
