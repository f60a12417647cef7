/* riaya-exchange-dialog-private.h — the export dialog's insides, for its
 * files and for tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-exchange-dialog.h"
#include "riaya-institution-chooser.h"

G_BEGIN_DECLS

typedef enum
{
  RIAYA_EXPORT_SCOPE_ALL,          /* every institution the database may export */
  RIAYA_EXPORT_SCOPE_OWN_PROVINCE, /* a delegate's province */
  RIAYA_EXPORT_SCOPE_PROVINCE,     /* one province, chosen (national) */
  RIAYA_EXPORT_SCOPE_INSTITUTION,  /* one institution, chosen */
} RiayaExportScope;

struct _RiayaExchangeDialog
{
  AdwWindow         parent_instance;

  RiayaContext     *context;
  GListModel       *institutions;    /* those that may be chosen */
  RiayaProfile      profile;
  char             *own_province;    /* a delegate's */
  gboolean          keeps_registers;
  GArray           *scopes;          /* RiayaExportScope, parallel to scope_row */
  GPtrArray        *province_codes;  /* parallel to province_row */
  RiayaInstitution *institution;     /* chosen, for RIAYA_EXPORT_SCOPE_INSTITUTION */
  guint             n_residents;     /* in the register of the scope and period */
  char             *problem;         /* why Export cannot go on, or NULL */
  GCancellable     *cancellable;     /* of the export running, or NULL */
  gboolean          close_when_done;
  gboolean          disposed;        /* the export may end after the widgets have gone */
  gpointer          job;             /* the export running (riaya-exchange-dialog-job.c) */
  guint             pause_after;     /* tests: the worker waits after so many institutions */

  /* Template widgets */
  GtkWidget        *cancel_button;
  GtkWidget        *export_button;
  GtkRevealer      *form_revealer;
  GtkLabel         *form_message;
  GtkWidget        *form_box;
  AdwComboRow      *scope_row;
  AdwActionRow     *institution_row;
  GtkMenuButton    *institution_button;
  AdwComboRow      *province_row;
  AdwComboRow      *period_row;
  GtkWidget        *year_row;
  GtkSpinButton    *year_spin;
  AdwEntryRow      *from_row;
  AdwEntryRow      *to_row;
  GtkWidget        *register_group;
  GtkSwitch        *register_switch;
  GtkRevealer      *warning_revealer;
  GtkLabel         *warning_label;
  GtkCheckButton   *confirm_check;
  GtkRevealer      *progress_revealer;
  GtkLabel         *progress_label;
  GtkProgressBar   *progress_bar;
  RiayaInstitutionChooser *chooser;
};

/* The scope chosen. */
RiayaExportScope  _riaya_exchange_dialog_get_scope     (RiayaExchangeDialog *self);
/* Chooses the entry of @scope in the scope row; FALSE when the profile
 * offers none. */
gboolean          _riaya_exchange_dialog_set_scope     (RiayaExchangeDialog *self,
                                                        RiayaExportScope     scope);
/* Chooses @institution, as the chooser does. */
void              _riaya_exchange_dialog_choose_institution (RiayaExchangeDialog *self,
                                                             RiayaInstitution    *institution);
/* The period chosen, as dates; FALSE when it is not a valid period. */
gboolean          _riaya_exchange_dialog_get_period    (RiayaExchangeDialog *self,
                                                        char               **from,
                                                        char               **to);
/* The name proposed for the file: "riaya-EPS-T-001-2026-3.xml". */
char             *_riaya_exchange_dialog_dup_file_name (RiayaExchangeDialog *self);
/* Whether Export may go on now. */
gboolean          _riaya_exchange_dialog_can_export    (RiayaExchangeDialog *self);
/* The warning about the register, when shown; NULL otherwise. */
const char       *_riaya_exchange_dialog_get_warning   (RiayaExchangeDialog *self);
/* The message on top of the form, when shown; NULL otherwise. */
const char       *_riaya_exchange_dialog_get_message   (RiayaExchangeDialog *self);
/* Whether an export is running. */
gboolean          _riaya_exchange_dialog_is_running    (RiayaExchangeDialog *self);
/* The widgets a user acts on: "scope", "institution", "province",
 * "period", "year", "from", "to", "register", "confirm". */
GtkWidget        *_riaya_exchange_dialog_get_field     (RiayaExchangeDialog *self,
                                                        const char          *name);

/* riaya-exchange-dialog-scope.c: the scopes the profile offers, in the
 * scope row; the institutions that may be chosen among @institutions
 * (a delegate's are those of their province). */
void              _riaya_exchange_dialog_fill_scopes   (RiayaExchangeDialog *self);
GListModel       *_riaya_exchange_dialog_dup_choosable (RiayaExchangeDialog *self,
                                                        GListModel          *institutions);

/* riaya-exchange-dialog-job.c: the export in a worker thread. Starts it
 * (the form is complete) to @path. */
void              _riaya_exchange_dialog_start         (RiayaExchangeDialog *self,
                                                        const char          *path);
/* Shows @message on top of the form (NULL: hides it). */
void              _riaya_exchange_dialog_show_message  (RiayaExchangeDialog *self,
                                                        const char          *message);
/* Emits RiayaExchangeDialog::exported. */
void              _riaya_exchange_dialog_emit_exported (RiayaExchangeDialog *self,
                                                        const char          *path,
                                                        const char          *message);
/* Tests: the export waits after @done institutions until released, so
 * that a test can stop it there; whether it waits now. */
void              _riaya_exchange_dialog_pause_after   (RiayaExchangeDialog *self,
                                                        guint                done);
gboolean          _riaya_exchange_dialog_is_paused     (RiayaExchangeDialog *self);
void              _riaya_exchange_dialog_release       (RiayaExchangeDialog *self);
/* Enables or disables the form while an export runs. */
void              _riaya_exchange_dialog_set_running   (RiayaExchangeDialog *self,
                                                        gboolean             running);

G_END_DECLS
