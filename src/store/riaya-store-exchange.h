/* riaya-store-exchange.h — what an exchange file brings into a database
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exchange layer reads a file (docs/exchange-format.md) into one
 * RiayaInstitutionBundle per institution and hands them to a
 * RiayaStoreImport: one transaction for the whole file, committed only
 * when the reader has seen all of it and found it whole (digest, counts).
 * A dry run, a refused file and a file already imported roll back: the
 * database stays byte for byte as it was, its journal included.
 *
 * Matching (exchange.md "Identity"): a record is known by its UUID; an
 * institution whose UUID is unknown is also looked for by its licence
 * number. Each record imported leaves a baseline: the content digest of
 * the version last exchanged with that producer. On the next file, a
 * record is
 *   - new: not in the database;
 *   - unchanged: the file's version equals the database's, or equals the
 *     baseline (the file is behind what was already taken in);
 *   - changed: the database still holds the baseline: the file's version
 *     replaces it;
 *   - a conflict: the database changed since the baseline (or has none)
 *     and the file changed too. Nothing is overwritten: both versions are
 *     kept in the conflicts table until someone keeps one
 *     (riaya_store_resolve_conflict), and that choice is journaled.
 * Licence events and capacity lines only ever grow (Law 65.15 art. 34):
 * they are new or unchanged. Resident counts and movements are the
 * producer's own figures: they replace those of the same date or period
 * (ignored in a director's database, whose register makes them). A
 * register goes only into a director's database, where it only grows.
 *
 * The summary counts each record of the file once, as its header does,
 * but the tranches and actions of a grant or visit in conflict, which are
 * part of that one conflict. The records compared are described in
 * riaya-record-fields.h; the merge in riaya-store-exchange-merge.c.
 */

#pragma once

#include "riaya-store.h"
#include "riaya-store-residents.h"

G_BEGIN_DECLS

/* One institution as a file carries it. Every pointer may be empty but
 * the institution (which holds its services, staff, licence events and
 * capacity lines). */
typedef struct
{
  RiayaInstitution *institution;
  GPtrArray        *grants;        /* RiayaGrant, with their tranches */
  GPtrArray        *inspections;   /* RiayaInspection, with checks and actions */
  /* Present at the end of the period, by category, sex and age band. */
  char             *counted_on;    /* NULL: no count in the file */
  gboolean          over_capacity; /* the producer confirmed more present than places */
  GArray           *count_lines;   /* RiayaCountLine */
  /* Admissions and exits during the period, by reason. */
  char             *period_from;
  char             *period_to;
  GArray           *movements;     /* RiayaMovementLine */
  /* The nominative register: only in a file exported --with-register,
   * and only imported into a director's database. */
  GPtrArray        *residents;     /* RiayaResident */
  GPtrArray        *stays;         /* RiayaStay */
} RiayaInstitutionBundle;

/* On an institution, a grant or a visit of a bundle, the key of a string
 * (g_object_get_data ()) the reader sets when the file marks the record
 * deleted at its producer — the UTC instant it was. The merge hides it
 * here too, unless it was changed here since it was last exchanged
 * (riaya-store-exchange-merge.c). */
#define RIAYA_RECORD_DATA_DELETED "riaya-exchange-deleted"

RiayaInstitutionBundle *riaya_institution_bundle_new  (void);
void                    riaya_institution_bundle_free (RiayaInstitutionBundle *bundle);
/* Records the bundle holds, counted as the file header counts them. */
guint                   riaya_institution_bundle_count_records (RiayaInstitutionBundle *bundle);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaInstitutionBundle, riaya_institution_bundle_free)

/* Who made a file, from its header. */
typedef struct
{
  char         *database_uuid;  /* the producing database's identity, stable for life */
  RiayaProfile  profile;
  char         *licence_number; /* a director's institution, or NULL */
  char         *province_code;  /* a delegate's province, or NULL */
  char         *software;       /* "Riaya 0.5.0" */
  gint64        sequence;       /* grows by one with each export of that database */
  char         *created_at;     /* UTC, ISO 8601 */
  char         *period_from;
  char         *period_to;
  char         *digest;         /* of the file's body, "sha256:…" */
  char         *file_name;      /* basename, for the import log */
} RiayaExchangeHeader;

RiayaExchangeHeader *riaya_exchange_header_new  (void);
RiayaExchangeHeader *riaya_exchange_header_copy (const RiayaExchangeHeader *header);
void                 riaya_exchange_header_free (RiayaExchangeHeader *header);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaExchangeHeader, riaya_exchange_header_free)

/* What one file did, or would do. */
typedef struct
{
  guint    new_records;
  guint    changed;
  guint    unchanged;
  guint    conflicts;
  gboolean already_imported; /* same digest as a file imported before: nothing written */
  gint64   missing_from;     /* a gap: sequences missing_from..missing_to of that */
  gint64   missing_to;       /* producer never came (0 when no gap) */
  /* Records of the file this database does not take: counts and
   * movements in a director's database (its register makes them), a
   * register in a delegate's or national database. */
  guint    ignored;
} RiayaImportSummary;

typedef struct _RiayaStoreImport RiayaStoreImport;

/* The identity and the export sequence of this database, for a file's
 * header. The UUID is an interned string (valid for the life of the
 * program). riaya_store_next_export_sequence() takes the next number and
 * keeps it (one transaction, journaled), so two exports never share one. */
const char        *riaya_store_get_database_uuid      (RiayaStore              *self);
gint64             riaya_store_next_export_sequence   (RiayaStore              *self,
                                                       GError                 **error);
/* The number riaya_store_next_export_sequence() would take now, without
 * taking it: for the file name an export proposes before it is written
 * (0 if the database cannot say). */
gint64             riaya_store_peek_export_sequence   (RiayaStore              *self);

/* The kinds of record that are merged (exchange_baselines.record_kind). */
#define RIAYA_RECORD_INSTITUTION "institution"
#define RIAYA_RECORD_GRANT       "grant"
#define RIAYA_RECORD_INSPECTION  "inspection"

/* A version of a record that left in an export. */
typedef struct
{
  const char *kind;   /* RIAYA_RECORD_INSTITUTION, _GRANT, _INSPECTION */
  char       *uuid;
  char       *digest; /* riaya_*_dup_content_digest () of what was written */
} RiayaExportedRecord;

/* A GArray of RiayaExportedRecord that frees its strings. */
GArray            *riaya_exported_records_new         (void);

/* Notes that the versions of @records left in an export (one
 * transaction): each becomes the version last exchanged (its baseline).
 * A record sent down, changed there and sent back is then taken in as a
 * change; changed on both sides, a conflict — as for a record received
 * (exchange.md "Import semantics"). */
gboolean           riaya_store_note_exported          (RiayaStore              *self,
                                                       GArray                  *records,
                                                       GError                 **error);

/* A run of imports: the files of a folder, or the files chosen, one
 * after another. Each file still imports all or nothing — in its own
 * savepoint inside the run's transaction — but the run commits several
 * files at once (riaya_store_import_run_commit()), so that a folder of
 * thousands of files does not write and sync the same pages of the
 * database thousands of times over.
 *
 * In a dry run (@dry_run) each file's changes stay in the run until it
 * ends, and are then all rolled back: the second file of a sender is
 * checked against the database as the first leaves it, exactly as the
 * real import would see it (its sequence follows, no gap), and nothing
 * is kept. riaya_store_import_begin() of a file inside a dry run must ask
 * for a dry run too. */
typedef struct _RiayaStoreImportRun RiayaStoreImportRun;

RiayaStoreImportRun *riaya_store_import_run_begin     (RiayaStore              *self,
                                                       gboolean                 dry_run,
                                                       GError                 **error);
/* Commits the files imported so far (refused: a dry run), and goes on in
 * a new transaction. On failure nothing since the last commit is kept and
 * the run is over: free it. */
gboolean             riaya_store_import_run_commit    (RiayaStoreImportRun     *run,
                                                       GError                 **error);
/* Whether SQLite undid the run's transaction on its own after an error
 * (disk full, out of memory): the files since the last commit are gone,
 * and riaya_store_import_run_commit() says so. */
gboolean             riaya_store_import_run_was_undone (RiayaStoreImportRun *run);
/* Microseconds since the files not yet committed began. */
gint64               riaya_store_import_run_get_pending_us (RiayaStoreImportRun *run);
/* Rolls back what was not committed (all of a dry run) and frees. */
void                 riaya_store_import_run_free      (RiayaStoreImportRun     *run);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaStoreImportRun, riaya_store_import_run_free)

/* Starts importing one file described by @header: opens the transaction.
 * A file whose digest was imported before gives an import that writes
 * nothing and says so (already_imported). A sequence not newer than the
 * last imported from that producer fails with
 * RIAYA_STORE_ERROR_SUPERSEDED unless @force. @dry_run: everything is
 * computed, nothing kept. */
RiayaStoreImport  *riaya_store_import_begin           (RiayaStore              *self,
                                                       const RiayaExchangeHeader *header,
                                                       gboolean                 dry_run,
                                                       gboolean                 force,
                                                       GError                 **error);
/* Merges one institution and all it carries (see above). A record the
 * database refuses (an unknown province, a rule of the law broken) fails
 * the whole file. */
gboolean           riaya_store_import_add             (RiayaStoreImport        *import,
                                                       RiayaInstitutionBundle  *bundle,
                                                       GError                 **error);
/* Ends the file: writes the import log and the journal and commits, or
 * rolls back for a dry run or an import already done. @summary receives
 * what the file did (or would do). */
gboolean           riaya_store_import_commit          (RiayaStoreImport        *import,
                                                       RiayaImportSummary      *summary,
                                                       GError                 **error);
/* Rolls back whatever was not committed and frees. */
void               riaya_store_import_free            (RiayaStoreImport        *import);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaStoreImport, riaya_store_import_free)

/* One conflict waiting for a decision. */
typedef struct
{
  gint64  id;
  char   *record_kind;   /* "institution", "grant", "inspection" */
  char   *record_uuid;
  char   *record_label;  /* the institution's name and licence number, the grant's year… */
  char   *producer;      /* who sent the incoming version */
  char   *detected_at;
  /* The two versions field by field: arrays of the same length of
   * RiayaConflictField. */
  GArray *fields;
} RiayaConflict;

typedef struct
{
  char *name;            /* a stable field code, "name-fr", "amount" */
  char *local_value;     /* NULL: empty */
  char *incoming_value;
  gboolean differs;
} RiayaConflictField;

void               riaya_conflict_free                (RiayaConflict           *conflict);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaConflict, riaya_conflict_free)

/* (transfer full) GPtrArray of RiayaConflict still open, oldest first. */
GPtrArray         *riaya_store_list_conflicts         (RiayaStore              *self,
                                                       GError                 **error);
/* Keeps one version (@keep_incoming: the file's) and closes the conflict;
 * the choice is journaled. */
gboolean           riaya_store_resolve_conflict       (RiayaStore              *self,
                                                       gint64                   conflict_id,
                                                       gboolean                 keep_incoming,
                                                       GError                 **error);

/* One line of the import log. */
typedef struct
{
  char   *digest;
  char   *file_name;
  char   *producer;      /* database UUID */
  gint64  sequence;
  char   *imported_at;
  char   *outcome;       /* "imported", "forced" */
  RiayaImportSummary summary;
} RiayaImportLogEntry;

void               riaya_import_log_entry_free        (RiayaImportLogEntry     *entry);
/* (transfer full) GPtrArray of RiayaImportLogEntry, newest first. */
GPtrArray         *riaya_store_list_imports           (RiayaStore              *self,
                                                       GError                 **error);

G_END_DECLS
