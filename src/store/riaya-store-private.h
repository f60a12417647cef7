/* riaya-store-private.h — helpers shared by the files of the store layer
 *
 * Copyright 2026 The Riaya authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not installed, not for the other layers: only src/store includes this.
 */

#pragma once

#include <sqlite3.h>

#include "riaya-store.h"
#include "riaya-store-grants.h"
#include "riaya-store-inspections.h"
#include "riaya-store-residents.h"

G_BEGIN_DECLS

/* PRAGMA application_id of a Riaya database: "RIAY" in ASCII. It tells a
 * Riaya file from any other SQLite file before anything is written. */
#define RIAYA_STORE_APPLICATION_ID 0x52494159

/* The resource compiled from riaya-store.gresource.xml. It is linked into
 * each program through riaya_store_dep (a resource inside a static
 * library would be dropped by the linker). */
GResource *riaya_store_get_resource (void);

#define RIAYA_STORE_RESOURCE_PATH "/io/github/riaya/Riaya/store/"

struct _RiayaStore
{
  GObject      parent_instance;

  sqlite3     *db;
  char        *path;
  char        *os_user;
  int          schema_version;

  /* SQL text → sqlite3_stmt, prepared once for the life of the connection. */
  GHashTable  *statements;
  /* Depth of _riaya_store_begin(): 0 outside a transaction. */
  guint        transaction_depth;

  /* Territories, read from the database once after open. */
  GListStore  *regions;
  GListStore  *provinces;
  GHashTable  *territories;    /* code → RiayaTerritory */

  /* While TRUE, register changes leave the counts alone: the demo loader
   * admits years of stays, then calls _riaya_store_recompute_counts()
   * once per institution (riaya-store-counts-recompute.c). */
  gboolean     counts_deferred;

  /* Tests set it to read the registry on a date from the histories
   * alone, to compare with what institution_now gives
   * (riaya-store-registry-now.c). */
  gboolean     registry_now_ignored;

  /* The profile and the demo mark, read once per transaction: while one
   * lasts (BEGIN IMMEDIATE) only this connection can change them, through
   * riaya_store_set_profile() and riaya_store_set_demo(), which forget
   * them, as does every begin and rollback. Loading demo data puts
   * hundreds of thousands of counts in one transaction, each of which
   * asks both (riaya-store-settings.c). */
  gboolean     settings_cached;
  gboolean     cached_has_profile;
  RiayaProfile cached_profile;
  gboolean     cached_demo;

  /* riaya-store-exchange.c: while a file is being imported, every journal
   * row says "import" (the editors' own write functions do the writing,
   * with their checks and summaries), and the database's identity, read
   * once (an interned string: a pointer handed out stays valid). */
  gboolean     importing;
  guint        import_depth;    /* the file's savepoint; none nested in it */
  gboolean     import_failed;   /* a write inside the file was undone: refuse it */
  /* riaya_store_import_run_begin(): a run's transaction is open; in a
   * dry run, the files' changes are kept until the run rolls back. */
  gboolean     in_import_run;
  gboolean     import_run_dry;
  /* The institution of the bundle an import merges, as it has just
   * written it: its grants and visits are checked against it instead of
   * reading it back, twice per institution (a tenth of a national
   * import). Forgotten by every write to the institution's rows. */
  RiayaInstitution *import_institution;

  /* riaya_store_get_sibling(): a second connection, kept warm. */
  RiayaStore  *sibling;
  const char  *database_uuid;
};

/* The memory map through which the national tables read whole tables
 * (riaya-store.c), as the text of a PRAGMA. An import turns it off while
 * it runs (riaya-store-exchange-run.c). */
#define RIAYA_STORE_MMAP_SIZE "268435456"

/* What the header of a database file says, read without SQLite so that a
 * file we refuse is not touched at all (no -wal, no -shm). */
typedef struct
{
  gboolean exists;       /* the file exists and is not empty */
  gboolean is_sqlite;
  guint32  user_version;
  guint32  application_id;
  guint32  page_count;   /* 1 for a file with no table yet */
} RiayaStoreFileHeader;

gboolean       _riaya_store_read_header        (const char            *path,
                                                RiayaStoreFileHeader  *header,
                                                GError               **error);
gboolean       _riaya_store_check_header       (const char            *path,
                                                const RiayaStoreFileHeader *header,
                                                GError               **error);

/* Sets @error from the connection's last error. @what says what failed. */
void           _riaya_store_set_error          (RiayaStore            *self,
                                                GError               **error);
void           _riaya_store_set_db_error       (sqlite3               *db,
                                                GError               **error);

/* A cached, reset statement for @sql (a string literal), or NULL. */
sqlite3_stmt  *_riaya_store_prepare            (RiayaStore            *self,
                                                const char            *sql,
                                                GError               **error);
/* Steps @stmt to completion (no rows expected) and resets it. */
gboolean       _riaya_store_step_done          (RiayaStore            *self,
                                                sqlite3_stmt          *stmt,
                                                GError               **error);
/* Runs the cached statement @sql (a string literal) to completion with
 * the text parameters ?1 = @first and ?2 = @second. */
gboolean       _riaya_store_run_with_two       (RiayaStore            *self,
                                                const char            *sql,
                                                const char            *first,
                                                const char            *second,
                                                GError               **error);
/* Runs literal SQL (a script of one or more statements). */
gboolean       _riaya_store_exec               (RiayaStore            *self,
                                                const char            *sql,
                                                GError               **error);
/* Finalizes every cached statement (before a restore replaces the file). */
void           _riaya_store_clear_statements   (RiayaStore            *self);

/* Transactions nest: the outermost is BEGIN IMMEDIATE … COMMIT, inner ones
 * are savepoints, so a caller (the demo loader, an import) can group
 * several public writes into one all-or-nothing transaction. */
gboolean       _riaya_store_begin              (RiayaStore            *self,
                                                GError               **error);
gboolean       _riaya_store_commit             (RiayaStore            *self,
                                                GError               **error);
void           _riaya_store_rollback           (RiayaStore            *self);
/* SQLite has undone the open transaction on its own (disk full…): no
 * savepoint begins until it is rolled back here. */
gboolean       _riaya_store_transaction_undone (RiayaStore            *self);

/* Many reads in a row go faster in one read transaction: outside one,
 * each statement takes and releases the file's read lock itself. Begins
 * a deferred transaction unless one is open already; *@own says whether
 * it did, for _riaya_store_end_read(). Only for reading. */
gboolean       _riaya_store_begin_read         (RiayaStore            *self,
                                                gboolean              *own,
                                                GError               **error);
void           _riaya_store_end_read           (RiayaStore            *self,
                                                gboolean               own);

/* Binds UTF-8 text, or NULL for NULL or "". */
void           _riaya_store_bind_text          (sqlite3_stmt          *stmt,
                                                int                    index,
                                                const char            *text);
const char    *_riaya_store_column_text        (sqlite3_stmt          *stmt,
                                                int                    column);
/* Now, UTC, ISO 8601 to the second: "2026-03-01T09:30:00Z". */
char          *_riaya_store_now                (void);
int            _riaya_store_query_int          (sqlite3               *db,
                                                const char            *sql,
                                                int                    fallback);

/* riaya-store-settings.c: forgets the settings read in a transaction. */
void           _riaya_store_forget_settings    (RiayaStore            *self);
/* The profile code recorded in the journal, or NULL before init. */
char          *_riaya_store_dup_profile_code   (RiayaStore            *self);
const char    *_riaya_store_get_os_user        (RiayaStore            *self);

/* riaya-store-journal.c: one row, in the caller's transaction. */
gboolean       _riaya_store_journal            (RiayaStore            *self,
                                                const char            *entity,
                                                const char            *record_uuid,
                                                const char            *action,
                                                const char            *summary,
                                                GError               **error);

/* riaya-store-migrations.c */
gboolean       _riaya_store_migrate            (RiayaStore            *self,
                                                GError               **error);
/* The number of migrations shipped in the resource (== schema version). */
guint          _riaya_store_n_migrations       (void);
/* The SQL of migration @version (1-based), from the resource. */
GBytes        *_riaya_store_dup_migration_sql  (guint                  version);

/* riaya-store-territories.c */
gboolean       _riaya_store_import_territories (RiayaStore            *self,
                                                GError               **error);
gboolean       _riaya_store_load_territories   (RiayaStore            *self,
                                                GError               **error);
/* Fails with RIAYA_STORE_ERROR_UNKNOWN_TERRITORY unless @code is a
 * province or prefecture of the reference. */
gboolean       _riaya_store_check_province     (RiayaStore            *self,
                                                const char            *code,
                                                GError               **error);

/* riaya-store-institutions.c */
/* Loads institutions with their services, staff, events and lines. With
 * @uuid, that one only (deleted or not); without, every one not deleted.
 * Returns a GPtrArray of RiayaInstitution in licence-number order. */
GPtrArray     *_riaya_store_load_institutions  (RiayaStore            *self,
                                                const char            *uuid,
                                                GError               **error);
/* The institution @uuid, which must exist, with its history: the one an
 * import has just written (import_institution) when it is that one. */
RiayaInstitution *_riaya_store_load_institution (RiayaStore           *self,
                                                 const char           *uuid,
                                                 GError              **error);
/* What an import has just written is no longer what the rows hold. */
void           _riaya_store_forget_written_institution (RiayaStore    *self);
/* Whether @uuid is an institution, and whether it is deleted. */
gboolean       _riaya_store_institution_state  (RiayaStore            *self,
                                                const char            *uuid,
                                                gboolean              *deleted);
/* The names of the columns whose values differ (static strings). */
GPtrArray     *_riaya_store_changed_columns    (RiayaInstitution      *before,
                                                RiayaInstitution      *after);
/* Row writes, in the caller's transaction, with no checks. */
gboolean       _riaya_store_insert_institution_row (RiayaStore        *self,
                                                RiayaInstitution      *institution,
                                                const char            *now,
                                                GError               **error);
gboolean       _riaya_store_update_institution_row (RiayaStore        *self,
                                                RiayaInstitution      *institution,
                                                const char            *now,
                                                GError               **error);
gboolean       _riaya_store_touch_institution  (RiayaStore            *self,
                                                const char            *uuid,
                                                const char            *now,
                                                GError               **error);
gboolean       _riaya_store_insert_event_row   (RiayaStore            *self,
                                                const char            *institution_uuid,
                                                RiayaLicenceEvent     *event,
                                                const char            *now,
                                                GError               **error);
gboolean       _riaya_store_insert_line_row    (RiayaStore            *self,
                                                const char            *institution_uuid,
                                                RiayaCapacityLine     *line,
                                                const char            *now,
                                                GError               **error);
gboolean       _riaya_store_history_uuid_exists (RiayaStore           *self,
                                                const char            *uuid);

/* riaya-store-institutions-write.c: the one way an event joins a
 * licence's history, for riaya_store_add_licence_event() and for the
 * decision of a visit, so that both are checked and journaled alike. */
/* Whether @event may follow the history of @institution (loaded with its
 * events): riaya_licence_check_event(), and a UUID not used yet. */
gboolean       _riaya_store_check_licence_event (RiayaStore          *self,
                                                RiayaInstitution      *institution,
                                                RiayaLicenceEvent     *event,
                                                GError               **error);
/* Writes @event, checked as above, with its journal row, in the caller's
 * transaction. */
gboolean       _riaya_store_write_licence_event (RiayaStore          *self,
                                                const char            *institution_uuid,
                                                RiayaLicenceEvent     *event,
                                                const char            *now,
                                                GError               **error);

/* riaya-store-counts-recompute.c: counts computed from the register. */
/* Whether register changes recompute the counts in their transaction
 * (the default) or leave it to the caller (@deferred TRUE): to admit many
 * stays in one transaction, set it, admit, call
 * _riaya_store_recompute_counts() for each institution touched before
 * committing, then unset it. */
void           _riaya_store_set_counts_deferred (RiayaStore           *self,
                                                gboolean               deferred);
/* Recomputes the counts and movements of @institution_uuid from the
 * register, for the dates from @from_date (NULL: the first admission) to
 * today; @institution_uuid NULL means every institution with stays. Only
 * in a director's database; in the caller's transaction or its own. */
gboolean       _riaya_store_recompute_counts   (RiayaStore            *self,
                                                const char            *institution_uuid,
                                                const char            *from_date,
                                                GError               **error);
/* After a register change dated @from_date: recomputes unless deferred. */
gboolean       _riaya_store_register_changed   (RiayaStore            *self,
                                                const char            *institution_uuid,
                                                const char            *from_date,
                                                GError               **error);
/* For riaya_store_check(): the snapshots the register of
 * @institution_uuid gives, appended to @lines as text ("DATE" for each
 * count, "DATE CATEGORY SEX BAND PRESENT" for each line), with the first
 * of each month up to @months_until; and the query of the movements it
 * gives, per month from ?2 for institution ?1, as stored. */
gboolean       _riaya_store_list_register_counts (RiayaStore          *self,
                                                const char            *institution_uuid,
                                                const char            *months_until,
                                                GPtrArray             *lines,
                                                GError               **error);
extern const char _riaya_store_register_movements_sql[];

/* Admissions and exits per calendar month from ?2 (a first of the month),
 * per reason, category and sex, for institution ?1: what the register
 * says, to write or to compare with what is stored. Columns: period
 * start and end, movement, reason, category, sex, count. */
#define RIAYA_STORE_REGISTER_MOVEMENTS_SQL \
  "SELECT p, date (p, '+1 month', '-1 day'), movement, reason, category, sex, count (*) FROM (" \
  " SELECT strftime ('%Y-%m-01', s.admitted_on) AS p, 'admission' AS movement, s.referral AS reason," \
  "  s.category AS category, r.sex AS sex FROM stays s JOIN residents r ON r.uuid = s.resident_uuid" \
  "  WHERE s.institution_uuid = ?1 AND s.admitted_on >= ?2" \
  " UNION ALL" \
  " SELECT strftime ('%Y-%m-01', s.exited_on), 'exit', s.exit_reason, s.category, r.sex" \
  "  FROM stays s JOIN residents r ON r.uuid = s.resident_uuid" \
  "  WHERE s.institution_uuid = ?1 AND s.exited_on IS NOT NULL AND s.exited_on >= ?2)" \
  " GROUP BY p, movement, reason, category, sex"

/* People present, by category, sex (m, f) and age band: one snapshot of
 * the register. */
typedef guint RiayaRegisterCells[RIAYA_N_CATEGORIES][2][RIAYA_N_AGE_BANDS];

/* riaya-store-counts-rewrite.c: writes the snapshots the register gives
 * over those stored for one institution from a day on, in the caller's
 * transaction, changing only what differs: new() reads what is stored
 * from @from (NULL: all), snapshot() takes each snapshot of the register
 * in date order, finish() removes the stored ones it did not give. */
typedef struct _RiayaCountsRewrite RiayaCountsRewrite;

RiayaCountsRewrite *_riaya_counts_rewrite_new      (RiayaStore                *self,
                                                    const char                *institution_uuid,
                                                    const char                *from,
                                                    GError                   **error);
gboolean       _riaya_counts_rewrite_snapshot      (RiayaCountsRewrite        *rewrite,
                                                    const char                *date,
                                                    const RiayaRegisterCells  *cells,
                                                    GError                   **error);
gboolean       _riaya_counts_rewrite_finish        (RiayaCountsRewrite        *rewrite,
                                                    GError                   **error);
void           _riaya_counts_rewrite_free          (RiayaCountsRewrite        *rewrite);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RiayaCountsRewrite, _riaya_counts_rewrite_free)
/* Writes the movements the register gives from @month (a first of the
 * month) over those stored, changing only what differs. @movements: the
 * register's, from the text of a row (its six key columns joined by
 * newlines) to its count (guint *). */
gboolean       _riaya_store_rewrite_movements      (RiayaStore                *self,
                                                    const char                *institution_uuid,
                                                    const char                *month,
                                                    GHashTable                *movements,
                                                    GError                   **error);

/* riaya-store-residents.c */
/* The profile is director (keeps registers); otherwise sets
 * NOT_INITIALISED or NO_REGISTER. */
gboolean       _riaya_store_require_register   (RiayaStore            *self,
                                                GError               **error);
/* The name of institution @uuid in the interface language, or NULL. */
char          *_riaya_store_dup_institution_name (RiayaStore          *self,
                                                const char            *uuid);

/* riaya-store-residents-write.c: the halves of an admission, shared with
 * the transfers of riaya-store-residents-exit.c. */
/* Everything an admission of @stay to @institution needs, before
 * anything is written (@except_stay_uuid: the stay a transfer closes the
 * same day): *@number receives its register number, *@stored the person
 * as saved (NULL for a new person), *@firsts their first admission per
 * institution (NULL for a new person). */
gboolean       _riaya_store_check_admission    (RiayaStore            *self,
                                                RiayaStay             *stay,
                                                RiayaInstitution      *institution,
                                                RiayaAdmitFlags        flags,
                                                const char            *except_stay_uuid,
                                                guint                 *number,
                                                RiayaResident        **stored,
                                                GHashTable           **firsts,
                                                GError               **error);
/* Writes an admission checked by _riaya_store_check_admission(), with its
 * journal rows and counts, in the caller's transaction. */
gboolean       _riaya_store_write_admission    (RiayaStore            *self,
                                                RiayaStay             *stay,
                                                RiayaInstitution      *institution,
                                                guint                  number,
                                                RiayaResident         *stored,
                                                GHashTable            *firsts,
                                                const char            *now,
                                                GError               **error);

/* riaya-store-residents-exit.c: the exit of @left (as stored) on @date,
 * checked (riaya_stay_check_exit), with its journal row and counts, in the
 * caller's transaction; a transfer names the stay begun elsewhere
 * (@transfer_to_uuid, a stay of this database, or NULL) and its licence.
 * Nothing is admitted anywhere: for an import, whose file holds both
 * stays. */
gboolean       _riaya_store_write_exit         (RiayaStore            *self,
                                                RiayaStay             *left,
                                                const char            *date,
                                                RiayaExitReason        reason,
                                                const char            *transfer_to_uuid,
                                                const char            *destination_licence,
                                                GError               **error);

/* riaya-store-grants.c */
/* Whether @uuid is a grant, and whether it is deleted. */
gboolean       _riaya_store_grant_state        (RiayaStore            *self,
                                                const char            *uuid,
                                                gboolean              *deleted);
/* Grant @uuid, deleted or not, complete with its tranches and its
 * institution's name; RIAYA_STORE_ERROR_NOT_FOUND when unknown. */
RiayaGrant    *_riaya_store_load_grant         (RiayaStore            *self,
                                                const char            *uuid,
                                                GError               **error);
/* Row writes, in the caller's transaction, with no checks. */
gboolean       _riaya_store_insert_grant_row   (RiayaStore            *self,
                                                RiayaGrant            *grant,
                                                const char            *now,
                                                GError               **error);
gboolean       _riaya_store_update_grant_row   (RiayaStore            *self,
                                                RiayaGrant            *grant,
                                                const char            *now,
                                                GError               **error);
gboolean       _riaya_store_set_grant_deleted  (RiayaStore            *self,
                                                const char            *uuid,
                                                const char            *deleted_at,
                                                const char            *now,
                                                GError               **error);
/* Writes @grant's tranches over those of @stored (NULL for a new grant):
 * removes those it no longer has, inserts the new, updates the changed. */
gboolean       _riaya_store_write_tranches     (RiayaStore            *self,
                                                RiayaGrant            *stored,
                                                RiayaGrant            *grant,
                                                GError               **error);

/* riaya-store-inspections.c */
/* Whether @uuid is a visit, whether it is deleted (cancelled) and whether
 * it is recorded (done). */
gboolean       _riaya_store_inspection_state   (RiayaStore            *self,
                                                const char            *uuid,
                                                gboolean              *deleted,
                                                gboolean              *done);
/* Visit @uuid, deleted or not, complete with its checklist, actions and
 * institution's info; RIAYA_STORE_ERROR_NOT_FOUND when unknown. */
RiayaInspection *_riaya_store_load_inspection  (RiayaStore            *self,
                                                const char            *uuid,
                                                GError               **error);
/* Row writes, in the caller's transaction, with no checks: @inspection
 * over @stored (NULL for a new visit) — its row, checklist and actions. */
gboolean       _riaya_store_write_inspection   (RiayaStore            *self,
                                                RiayaInspection       *stored,
                                                RiayaInspection       *inspection,
                                                const char            *now,
                                                GError               **error);
gboolean       _riaya_store_set_inspection_deleted (RiayaStore        *self,
                                                const char            *uuid,
                                                const char            *deleted_at,
                                                const char            *now,
                                                GError               **error);

/* riaya-store-registry-now.c: recomputes the rows of institution_now
 * that the triggers marked stale, from the histories; called by
 * _riaya_store_commit() before it commits. Usually there is none. */
gboolean       _riaya_store_refresh_registry_now (RiayaStore  *self,
                                                  GError     **error);
/* riaya_store_check()'s part: every row not stale equals the histories.
 * Adds a sentence per wrong row to @problems. */
gboolean       _riaya_store_check_registry_now   (RiayaStore  *self,
                                                  GPtrArray   *problems,
                                                  GError     **error);
/* For tests: read the registry on a date from the histories only. */
void           _riaya_store_ignore_registry_now  (RiayaStore  *self,
                                                  gboolean     ignore);

/* riaya-store-check-inspections.c: riaya_store_check()'s part for visits. */
gboolean       _riaya_store_check_inspections  (RiayaStore            *self,
                                                GPtrArray             *problems,
                                                GError               **error);

/* riaya-store-backup.c: a consistent copy of @db at @dest, mode 0600,
 * written beside it and renamed into place, in rollback-journal mode so
 * the copy is one self-contained file. */
gboolean       _riaya_store_copy_database      (sqlite3               *db,
                                                const char            *dest,
                                                GError               **error);
/* chmod 0600 on @path and its -wal and -shm files when they exist. */
void           _riaya_store_restrict_mode      (const char            *path);

/* The tables and queries that riaya_store_dup_content_digest() reads, in
 * order; NULL-terminated. A test checks that every table is listed. */
typedef struct
{
  const char *table;
  const char *sql;
} RiayaStoreDigestTable;

extern const RiayaStoreDigestTable _riaya_store_digest_tables[];

/* One institution's people present on a date, a value of the tables of
 * riaya_store_presence_on() (which hands them out as RiayaPresence *: it
 * comes first), its UUID after them: the table's key points into its
 * value, one allocation per institution. */
typedef struct
{
  RiayaPresence presence;
  guint         under_six;  /* with _riaya_store_presence_on_full (…, TRUE, …) */
  char          uuid[];
} RiayaStorePresent;

/* riaya_store_presence_on(), and with @under_six the persons under six
 * of the same counts, in the same pass. */
GHashTable *_riaya_store_presence_on_full (RiayaStore  *self,
                                           const char  *on,
                                           const char  *institution_uuid,
                                           gboolean     under_six,
                                           GError     **error);

G_END_DECLS
