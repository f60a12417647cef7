/* riaya-store.h — the SQLite database of one user
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A RiayaStore owns one SQLite connection and is used from one thread; a
 * worker thread opens its own RiayaStore on the same file. Every write is
 * one transaction, and the journal entry that records it (who, when, what)
 * is written in that same transaction.
 */

#pragma once

#include <gio/gio.h>

#include "riaya-core.h"

G_BEGIN_DECLS

#define RIAYA_STORE_ERROR (riaya_store_error_quark ())

typedef enum
{
  RIAYA_STORE_ERROR_OPEN,             /* the file cannot be opened or created */
  RIAYA_STORE_ERROR_NOT_RIAYA,        /* the file is not a Riaya database */
  RIAYA_STORE_ERROR_NEWER,            /* written by a newer Riaya: left untouched */
  RIAYA_STORE_ERROR_CORRUPT,          /* integrity check failed */
  RIAYA_STORE_ERROR_DUPLICATE,        /* licence number already used */
  RIAYA_STORE_ERROR_NOT_FOUND,        /* no such record */
  RIAYA_STORE_ERROR_UNKNOWN_TERRITORY,/* province or region code not in the reference */
  RIAYA_STORE_ERROR_NOT_INITIALISED,  /* no profile chosen yet (riaya-cli init) */
  RIAYA_STORE_ERROR_FAILED,           /* SQLite or I/O failure */
  RIAYA_STORE_ERROR_NOT_EMPTY,        /* demo data asked for a database that holds records */
  RIAYA_STORE_ERROR_OVER_CAPACITY,    /* an admission beyond the places licensed, not confirmed */
  RIAYA_STORE_ERROR_PROBABLE_DUPLICATE,/* a new person who looks like a known one, not confirmed */
  RIAYA_STORE_ERROR_NO_REGISTER,      /* a register change in a delegate's or national database */
  RIAYA_STORE_ERROR_HAS_REGISTER,     /* counts put by hand into a database that has a register */
  RIAYA_STORE_ERROR_KEPT,             /* a record the law keeps as it is: a recorded visit, a decision */
  RIAYA_STORE_ERROR_SUPERSEDED,       /* an exchange file not newer than one already imported */
} RiayaStoreError;

GQuark riaya_store_error_quark (void);

/* The version of the newest schema this program knows (PRAGMA user_version). */
#define RIAYA_STORE_SCHEMA_VERSION 7

#define RIAYA_TYPE_STORE (riaya_store_get_type ())

G_DECLARE_FINAL_TYPE (RiayaStore, riaya_store, RIAYA, STORE, GObject)

/* The GUI's database: $XDG_DATA_HOME/riaya/riaya.db. */
char             *riaya_store_default_path          (void);
/* The folder of automatic backups beside @db_path: <dir>/backups. */
char             *riaya_store_default_backup_dir    (const char        *db_path);

/* Opens or creates the database at @path (mode 0600, WAL, foreign keys),
 * copies it aside (<path>.before-migration-N) and migrates it in one
 * transaction if its schema is older, and refuses with
 * RIAYA_STORE_ERROR_NEWER — touching nothing — if it is newer. Territories
 * are loaded on creation. */
RiayaStore       *riaya_store_open                  (const char        *path,
                                                     GError           **error);
const char       *riaya_store_get_path              (RiayaStore        *self);
int               riaya_store_get_schema_version    (RiayaStore        *self);

/* Who is acting, for the journal: the OS user (default g_get_user_name())
 * and the profile (default: the one chosen at init). */
void              riaya_store_set_actor             (RiayaStore        *self,
                                                     const char        *os_user);

/* The profile chosen at first start. FALSE when none was chosen yet.
 * @province_code (nullable out) is the delegate's province. */
gboolean          riaya_store_get_profile           (RiayaStore        *self,
                                                     RiayaProfile      *profile,
                                                     char             **province_code);
/* Fails with RIAYA_STORE_ERROR_NOT_INITIALISED, saying how to choose one,
 * when no profile was chosen yet (for commands that need one). */
gboolean          riaya_store_require_profile       (RiayaStore        *self,
                                                     GError           **error);
gboolean          riaya_store_set_profile           (RiayaStore        *self,
                                                     RiayaProfile       profile,
                                                     const char        *province_code,
                                                     GError           **error);
/* Whether the database holds demo data (shown as such everywhere). */
gboolean          riaya_store_is_demo               (RiayaStore        *self);
gboolean          riaya_store_set_demo              (RiayaStore        *self,
                                                     gboolean           demo,
                                                     GError           **error);

/* Territories (RiayaTerritory), in code order. (transfer full: unref the
 * model when done; the territories themselves never change) */
GListModel       *riaya_store_list_regions          (RiayaStore        *self);
/* Provinces and prefectures of @region_code, or all when NULL.
 * (transfer full) */
GListModel       *riaya_store_list_provinces        (RiayaStore        *self,
                                                     const char        *region_code);
/* A region or province by code, or NULL. (transfer none) */
RiayaTerritory   *riaya_store_lookup_territory      (RiayaStore        *self,
                                                     const char        *code);

/* Every institution not deleted, complete with events and capacity lines,
 * as a new GListStore of RiayaInstitution in licence-number order. */
GListModel       *riaya_store_list_institutions     (RiayaStore        *self,
                                                     GError           **error);
guint             riaya_store_count_institutions    (RiayaStore        *self);
/* By UUID or by licence number. */
RiayaInstitution *riaya_store_get_institution       (RiayaStore        *self,
                                                     const char        *uuid_or_licence,
                                                     GError           **error);
gboolean          riaya_store_licence_number_exists (RiayaStore        *self,
                                                     const char        *licence_number,
                                                     const char        *except_uuid);

/* Validates (core rules, unique licence number, known province) and saves
 * a new institution. With no events, a "granted" event on the licence
 * date is recorded: the licence starts its history. */
gboolean          riaya_store_add_institution       (RiayaStore        *self,
                                                     RiayaInstitution  *institution,
                                                     GError           **error);
/* Many at once, all or nothing, in one transaction (CSV import, demo).
 * Each is checked as by riaya_store_add_institution(), duplicates within
 * @institutions included; on error nothing is written and *@failed_index
 * (nullable) tells which one (0-based) was refused. */
gboolean          riaya_store_add_institutions      (RiayaStore        *self,
                                                     GPtrArray         *institutions,
                                                     guint             *failed_index,
                                                     GError           **error);
/* Saves the fields, services and staff of an existing institution, and
 * any event or capacity line it holds that the store does not: the
 * history only grows. */
gboolean          riaya_store_update_institution    (RiayaStore        *self,
                                                     RiayaInstitution  *institution,
                                                     GError           **error);
/* Hides an institution (kept, journaled); undelete brings it back. */
gboolean          riaya_store_delete_institution    (RiayaStore        *self,
                                                     const char        *uuid,
                                                     GError           **error);
gboolean          riaya_store_undelete_institution  (RiayaStore        *self,
                                                     const char        *uuid,
                                                     GError           **error);
/* Appends one event to the licence's history, checked against it. */
gboolean          riaya_store_add_licence_event     (RiayaStore        *self,
                                                     const char        *uuid,
                                                     RiayaLicenceEvent *event,
                                                     GError           **error);
/* Appends capacity lines (RiayaCapacityLine), checked, all or nothing. */
gboolean          riaya_store_add_capacity_lines    (RiayaStore        *self,
                                                     const char        *uuid,
                                                     GPtrArray         *lines,
                                                     GError           **error);

/* The journal, newest first. @record_uuid NULL means every record. */
typedef struct
{
  char *at;          /* UTC, ISO 8601 */
  char *os_user;
  char *profile;     /* profile code */
  char *entity;      /* "institution", "licence-event", "capacity-line", "settings"… */
  char *record_uuid;
  char *action;      /* "create", "update", "delete", "undelete", "restore"… */
  char *summary;     /* what changed, in plain words (no personal data) */
} RiayaJournalEntry;

void              riaya_journal_entry_free          (RiayaJournalEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaJournalEntry, riaya_journal_entry_free)

GPtrArray        *riaya_store_list_journal          (RiayaStore        *self,
                                                     const char        *record_uuid,
                                                     guint              limit);

/* A consistent copy of the database at @dest (mode 0600), through the
 * SQLite backup API, safe while the database is in use. */
gboolean          riaya_store_backup                (RiayaStore        *self,
                                                     const char        *dest,
                                                     GError           **error);
/* Replaces the contents of the open database with the backup at
 * @backup_path, after checking that it is a sound Riaya database no newer
 * than this program, and after backing up the current contents beside
 * the database. */
gboolean          riaya_store_restore               (RiayaStore        *self,
                                                     const char        *backup_path,
                                                     GError           **error);
/* For a database that cannot be opened at all (riaya_store_open() failed
 * with RIAYA_STORE_ERROR_CORRUPT or NOT_RIAYA): checks the backup as
 * riaya_store_restore() does, moves the file at @db_path and its -wal and
 * -shm aside to <db_path>.damaged-<timestamp> (nothing is deleted), puts a
 * copy of the backup in its place and journals the restore. Then open
 * @db_path as usual. */
gboolean          riaya_store_restore_file          (const char        *db_path,
                                                     const char        *backup_path,
                                                     GError           **error);
/* PRAGMA integrity_check, foreign_key_check and the program's own
 * consistency checks (every institution has a grant event first, capacity
 * lines of the right categories, known provinces, unique licences).
 * Returns TRUE when all is well; @problems receives one translated
 * sentence per problem found. */
gboolean          riaya_store_check                 (RiayaStore        *self,
                                                     GPtrArray        **problems,
                                                     GError           **error);
/* Makes today's automatic backup in @dir (NULL: the default folder) if
 * the newest one there is older than a day, keeping the 7 newest.
 * @made (nullable) tells whether a copy was made. */
gboolean          riaya_store_auto_backup           (RiayaStore        *self,
                                                     const char        *dir,
                                                     gboolean          *made,
                                                     GError           **error);

/* A digest of the contents of every table (journal included), to prove in
 * tests that a refused command changed nothing. */
char             *riaya_store_dup_content_digest    (RiayaStore        *self);

/* A second connection to the same database, opened at the first call and
 * kept for the life of @self, for the one worker thread of a report that
 * reads in two threads at once (riaya-report-compliance.c): its page cache
 * stays warm from one report to the next. NULL when the file cannot be
 * opened again, or is no longer this database; never a new file made
 * where it was. (transfer none) */
RiayaStore       *riaya_store_get_sibling           (RiayaStore        *self);

G_END_DECLS
