/* riaya-store-exchange-private.h — shared by the files of the import
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * riaya-store-exchange.c opens and closes an import, -merge.c classifies
 * and writes each record of a bundle, -figures.c the counts, movements
 * and register, -conflicts.c keeps and resolves conflicts, -log.c lists
 * the files imported.
 */

#pragma once

#include "riaya-store-exchange.h"
#include "riaya-store-private.h"

G_BEGIN_DECLS

struct _RiayaStoreImport
{
  RiayaStore         *store;
  char               *producer;        /* the producing database's UUID */
  char               *file_name;
  char               *digest;
  gint64              sequence;
  RiayaProfile        profile;
  char               *licence_number;
  char               *province_code;
  gboolean            dry_run;
  gboolean            forced;          /* a sequence not newer, taken with --force */
  gboolean            open;            /* the transaction is ours to end */
  gboolean            keeps_registers; /* a director's database */
  gboolean            own_cache;       /* the cache was enlarged for the import */
  gboolean            refused;         /* a bundle was refused: nothing may be committed */
  RiayaImportSummary  summary;
};

/* What a file's version of a record is to the database. */
typedef enum
{
  RIAYA_MERGE_NEW,
  RIAYA_MERGE_UNCHANGED,
  RIAYA_MERGE_CHANGED,
  RIAYA_MERGE_CONFLICT,
} RiayaMergeClass;

/* Classifies by digests (riaya-store-exchange.h): @local NULL for a record
 * not in the database, @baseline NULL when none, @waiting the incoming
 * digest of the record's open conflict or NULL. */
RiayaMergeClass _riaya_merge_classify          (const char          *incoming,
                                                const char          *local,
                                                const char          *baseline,
                                                const char          *waiting);
void            _riaya_import_count            (RiayaStoreImport    *import,
                                                RiayaMergeClass      what);

/* riaya-store-exchange-merge.c: one record's verdict, and what follows. */
typedef struct
{
  RiayaMergeClass  what;
  char            *local_digest;
  char            *incoming_digest;
  char            *baseline;
} RiayaVerdict;

void            _riaya_verdict_clear           (RiayaVerdict        *verdict);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RiayaVerdict, _riaya_verdict_clear)

typedef GVariant *(*RiayaFieldsFunc) (gpointer record);

void            _riaya_import_count_many       (RiayaStoreImport    *import,
                                                RiayaMergeClass      what,
                                                guint                n);
/* Whether the file brings the record's baseline again (the version
 * already taken in: unchanged, nothing more to read). Otherwise
 * *@baseline is the baseline, or NULL, for _riaya_import_judge(). */
gboolean        _riaya_import_is_baseline      (RiayaStoreImport    *import,
                                                const char          *kind,
                                                const char          *uuid,
                                                const char          *incoming_digest,
                                                char               **baseline);
/* Classifies, taking the digests and the baseline. @local_digest NULL:
 * not in the database. @frozen: the local record may not be written
 * (deleted here): a change becomes a conflict. */
void            _riaya_import_judge            (RiayaStoreImport    *import,
                                                const char          *kind,
                                                const char          *uuid,
                                                char                *incoming_digest,
                                                char                *local_digest,
                                                char                *baseline,
                                                gboolean             frozen,
                                                RiayaVerdict        *verdict);
/* The baseline of what was written or found equal (with @producer_uuid,
 * the producer's UUID of a record matched otherwise), the conflict (the
 * fields of @incoming) of what was not. */
gboolean        _riaya_import_record_verdict   (RiayaStoreImport    *import,
                                                const char          *kind,
                                                const char          *uuid,
                                                const RiayaVerdict  *verdict,
                                                RiayaFieldsFunc      dup_fields,
                                                gpointer             incoming,
                                                const char          *producer_uuid,
                                                GError             **error);

/* riaya-store-exchange-run.c: the page cache and memory map of an import,
 * or back to the store's own. */
void            _riaya_store_import_settings   (RiayaStore          *store,
                                                gboolean             importing);

/* A record the file marks deleted at its producer (RIAYA_RECORD_DATA_DELETED),
 * and whether its verdict lets the deletion follow here: new, taken in,
 * or the same version on both sides — not a version changed here since
 * it was last exchanged. */
gboolean        _riaya_import_deleted_there    (gpointer             record);
gboolean        _riaya_import_deletion_follows (const RiayaVerdict  *verdict);

/* riaya-store-exchange-institution.c: *@local_uuid receives the UUID here,
 * *@frozen whether it is deleted here (nothing is written to it),
 * *@hide whether it is to be hidden here once its bundle is merged (its
 * producer deleted it). */
gboolean        _riaya_import_merge_institution (RiayaStoreImport   *import,
                                                 RiayaInstitution   *incoming,
                                                 char              **local_uuid,
                                                 gboolean           *frozen,
                                                 gboolean           *hide,
                                                 GError            **error);

/* riaya-store-exchange-conflicts.c */
/* The baseline digest of a record, or NULL. */
char           *_riaya_store_dup_baseline      (RiayaStore          *self,
                                                const char          *kind,
                                                const char          *uuid);
/* Sets the baseline of a record; @producer_uuid the producer's UUID for
 * it when not @uuid, or NULL (kept as it was when NULL). */
gboolean        _riaya_store_set_baseline      (RiayaStore          *self,
                                                const char          *kind,
                                                const char          *uuid,
                                                const char          *producer,
                                                const char          *digest,
                                                const char          *producer_uuid,
                                                GError             **error);
/* The local institution a producer's UUID was matched to, or NULL. */
char           *_riaya_store_dup_matched_uuid  (RiayaStore          *self,
                                                const char          *producer_uuid);
/* The incoming digest of the record's open conflict, or NULL. */
char           *_riaya_store_dup_waiting_digest (RiayaStore         *self,
                                                 const char         *kind,
                                                 const char         *uuid);
/* Keeps @incoming (a field list) as the open conflict of the record,
 * replacing the version that waited, if any. */
gboolean        _riaya_store_put_conflict      (RiayaStore          *self,
                                                const char          *kind,
                                                const char          *uuid,
                                                const char          *producer,
                                                GVariant            *incoming,
                                                const char          *local_digest,
                                                const char          *incoming_digest,
                                                GError             **error);

/* riaya-store-exchange-merge.c: writes of one record, through the editors'
 * own functions, in the caller's transaction. */
/* Makes a copy of @local (as stored) say what @fields says and saves it,
 * with riaya_store_update_*(). */
gboolean        _riaya_import_write_institution (RiayaStore         *self,
                                                 RiayaInstitution   *local,
                                                 GVariant           *fields,
                                                 GError            **error);
gboolean        _riaya_import_write_grant       (RiayaStore         *self,
                                                 RiayaGrant         *local,
                                                 GVariant           *fields,
                                                 GError            **error);
gboolean        _riaya_import_write_inspection  (RiayaStore         *self,
                                                 RiayaInspection    *local,
                                                 GVariant           *fields,
                                                 GError            **error);

/* riaya-store-exchange-figures.c: the counts and movements of a bundle,
 * for institution @institution_uuid of this database. */
gboolean        _riaya_import_add_figures       (RiayaStoreImport       *import,
                                                 RiayaInstitutionBundle *bundle,
                                                 const char             *institution_uuid,
                                                 GError                **error);
/* riaya-store-exchange-register.c: its register, in a director's database
 * (@frozen: the institution is deleted here, nothing is written). */
gboolean        _riaya_import_add_register      (RiayaStoreImport       *import,
                                                 RiayaInstitutionBundle *bundle,
                                                 const char             *institution_uuid,
                                                 gboolean                frozen,
                                                 GError                **error);

G_END_DECLS
