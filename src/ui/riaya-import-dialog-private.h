/* riaya-import-dialog-private.h — the import dialog's insides, for its
 * files and for tests
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "riaya-exchange-import.h"
#include "riaya-import-dialog.h"

G_BEGIN_DECLS

typedef enum
{
  RIAYA_IMPORT_STATE_CHECKING,  /* the dry run is running */
  RIAYA_IMPORT_STATE_CHECKED,   /* the dry run's list, waiting for Import */
  RIAYA_IMPORT_STATE_IMPORTING, /* the files are being written */
  RIAYA_IMPORT_STATE_DONE,      /* finished, stopped or failed: the summary */
} RiayaImportState;

/* Where a file of the list stands. */
typedef enum
{
  RIAYA_IMPORT_STAGE_CHECKED,   /* as the dry run found it */
  RIAYA_IMPORT_STAGE_IMPORTED,  /* as the import found it (written, or refused then) */
  RIAYA_IMPORT_STAGE_SKIPPED,   /* not imported: refused by the check, or already imported */
  RIAYA_IMPORT_STAGE_STOPPED,   /* not imported: the import was stopped before it */
  RIAYA_IMPORT_STAGE_ROLLED_BACK, /* in progress when the import was stopped */
} RiayaImportStage;

#define RIAYA_TYPE_IMPORT_FILE (riaya_import_file_get_type ())

G_DECLARE_FINAL_TYPE (RiayaImportFile, riaya_import_file, RIAYA, IMPORT_FILE, GObject)

/* One file of the list: a result of riaya_exchange_import_paths(). */
struct _RiayaImportFile
{
  GObject                 parent_instance;

  char                   *path;
  RiayaImportFileOutcome  outcome;
  RiayaImportStage        stage;
  RiayaImportSummary      summary;
  char                   *message;  /* why it was refused, or NULL */
  gboolean                older;    /* refused as older than a file imported */
  gboolean                force;    /* the user chose to import it anyway */
  guint                   records;
};

RiayaImportFile *riaya_import_file_new_from_result (const RiayaImportFileResult *result);
/* A copy at another stage. */
RiayaImportFile *riaya_import_file_copy_at         (RiayaImportFile             *self,
                                                    RiayaImportStage             stage);
/* Whether Import takes the file: it would write something, or it is
 * older and the user chose to import it anyway. */
gboolean         riaya_import_file_is_wanted       (RiayaImportFile             *self);
/* What the file did or would do, in a sentence. (transfer full) */
char            *riaya_import_file_dup_detail      (RiayaImportFile             *self);

struct _RiayaImportDialog
{
  AdwWindow         parent_instance;

  RiayaContext     *context;
  char            **paths;        /* as given: files and folders */
  GListStore       *files;        /* RiayaImportFile, in import order */
  RiayaImportState  state;
  GCancellable     *cancellable;  /* of the job running, or NULL */
  gpointer          job;          /* the job running (riaya-import-dialog-job.c) */
  char             *outcome;      /* the summary's first sentence, DONE */
  gboolean          stopped;
  guint             pause_before; /* tests: 1 + the index of the file to pause before */
  gboolean          disposed;     /* a job may end after the widgets have gone */

  /* Template widgets */
  GtkWidget        *cancel_button;
  GtkWidget        *import_button;
  GtkWidget        *close_button;
  GtkWidget        *conflicts_button;
  GtkLabel         *title_label;
  GtkLabel         *status_label;
  GtkWidget        *progress_box;
  GtkProgressBar   *progress_bar;
  GtkLabel         *progress_label;
  GtkLabel         *totals_label;
  GtkListView      *file_list;
};

/* riaya-import-dialog.c */
/* Shows the state and the totals again. */
void              _riaya_import_dialog_update      (RiayaImportDialog *self);
/* Shows @done files of @total as done. */
void              _riaya_import_dialog_show_progress (RiayaImportDialog *self,
                                                      guint              done,
                                                      double             within,
                                                      guint              total);

/* riaya-import-dialog-rows.c */
/* The factory of the list's rows; the "Import anyway" check of a row
 * calls _riaya_import_dialog_update() on @self. */
GtkListItemFactory *_riaya_import_dialog_rows_new  (RiayaImportDialog *self);
/* The totals of @files, as a sentence: "If imported: 12 new, …". */
char             *_riaya_import_dialog_dup_totals  (GListModel        *files,
                                                    gboolean           done);

/* riaya-import-dialog-job.c */
/* Starts the dry run of self->paths, or the import of the files wanted. */
void              _riaya_import_dialog_start_check  (RiayaImportDialog *self);
void              _riaya_import_dialog_start_import (RiayaImportDialog *self);
/* Tests: the import waits before its file @index (0: the first) until
 * released, so that a test can stop it there; whether it waits now. */
void              _riaya_import_dialog_pause_before (RiayaImportDialog *self,
                                                     guint              index);
gboolean          _riaya_import_dialog_is_paused    (RiayaImportDialog *self);
void              _riaya_import_dialog_release      (RiayaImportDialog *self);

/* For tests: the state, the totals and the sentence on top, as shown. */
RiayaImportState  _riaya_import_dialog_get_state    (RiayaImportDialog *self);
const char       *_riaya_import_dialog_get_totals   (RiayaImportDialog *self);
const char       *_riaya_import_dialog_get_status   (RiayaImportDialog *self);

G_END_DECLS
