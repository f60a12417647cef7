-- 0005-exchange.sql — what exchange files brought, and from whom
--
-- Copyright 2026 The Riaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Institutions, provincial delegations and the Entraide Nationale send
-- each other XML files (exchange.md, docs/exchange-format.md). Importing
-- one is a single transaction (riaya-store-exchange.h); these tables
-- remember what it needs the next time: which files came, from which
-- database, which version of each record was last taken in, and the
-- records changed on both sides that wait for someone to choose.
-- Nothing here is personal data of residents: the register never reaches
-- the conflicts (its records are new or unchanged, never merged).

-- This database's identity in the files it writes, stable for life (a
-- backup restored brings its own): a random UUID v4, made here for the
-- databases that exist and for each new one. The export sequence grows by
-- one with each file written (riaya_store_next_export_sequence), so that
-- an importer tells a newer file from an older one.
INSERT INTO settings (key, value)
  SELECT 'database-uuid',
         lower (hex (randomblob (4)) || '-' || hex (randomblob (2)) || '-4'
                || substr (hex (randomblob (2)), 2) || '-'
                || substr ('89ab', 1 + (abs (random ()) % 4), 1) || substr (hex (randomblob (2)), 2)
                || '-' || hex (randomblob (6)))
  WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = 'database-uuid');
INSERT INTO settings (key, value)
  SELECT 'export-sequence', '0'
  WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = 'export-sequence');

-- Each file imported, by the digest of its body: the same file imported
-- again is recognised and writes nothing (exchange.md: "0 new, 0 changed,
-- N unchanged"). A dry run or a refused file leaves no row. The counts
-- are the summary the user was shown.
CREATE TABLE exchange_imports (
  id           INTEGER PRIMARY KEY,
  digest       TEXT NOT NULL UNIQUE,
  file_name    TEXT,
  -- The producing database's UUID (exchange_producers).
  producer     TEXT NOT NULL,
  sequence     INTEGER NOT NULL CHECK (sequence >= 0),
  imported_at  TEXT NOT NULL,
  -- 'forced': a sequence not newer than one already imported, taken on
  -- the user's word (--force, "Import anyway").
  outcome      TEXT NOT NULL CHECK (outcome IN ('imported', 'forced')),
  new_records  INTEGER NOT NULL CHECK (new_records >= 0),
  changed      INTEGER NOT NULL CHECK (changed >= 0),
  unchanged    INTEGER NOT NULL CHECK (unchanged >= 0),
  conflicts    INTEGER NOT NULL CHECK (conflicts >= 0),
  -- Records the database does not take: counts in a director's database
  -- (the register makes them), a register anywhere else.
  ignored      INTEGER NOT NULL DEFAULT 0 CHECK (ignored >= 0),
  -- Sequences of that producer that never came before this file.
  missing_from INTEGER,
  missing_to   INTEGER,
  CHECK ((missing_from IS NULL) = (missing_to IS NULL)),
  CHECK (missing_from IS NULL OR (missing_from <= missing_to AND missing_to < sequence))
) STRICT;

-- The log is read newest first.
CREATE INDEX exchange_imports_by_time ON exchange_imports (imported_at);

-- Every database files came from, and the newest sequence taken from it:
-- a file not newer is refused unless forced, a gap is reported.
CREATE TABLE exchange_producers (
  database_uuid    TEXT PRIMARY KEY NOT NULL,
  profile          TEXT NOT NULL CHECK (profile IN ('director', 'delegate', 'national')),
  licence_number   TEXT,
  province_code    TEXT,
  last_sequence    INTEGER NOT NULL CHECK (last_sequence >= 0),
  last_imported_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The version of a record last exchanged: the content digest of its
-- fields (riaya-record-fields.h). A record whose local version still has
-- this digest was not changed here since, and the file's version may
-- replace it; one changed here and in the file is a conflict. One row per
-- record, whoever sent it last.
CREATE TABLE exchange_baselines (
  record_kind   TEXT NOT NULL CHECK (record_kind IN ('institution', 'grant', 'inspection')),
  record_uuid   TEXT NOT NULL,
  producer      TEXT NOT NULL,
  digest        TEXT NOT NULL,
  -- An institution recorded here before any file came is matched by its
  -- licence number (unique nationally, Law 65.15 art. 16) and keeps its
  -- own UUID: this is the UUID the producer knows it by, so that the next
  -- file finds it even if its licence number changed.
  producer_uuid TEXT,
  PRIMARY KEY (record_kind, record_uuid)
) STRICT, WITHOUT ROWID;

CREATE INDEX exchange_baselines_by_producer_uuid ON exchange_baselines (producer_uuid)
  WHERE producer_uuid IS NOT NULL;

-- Records changed both here and in a file: the local record is left as it
-- is, the file's version is kept here until someone chooses one
-- (riaya_store_resolve_conflict), and the choice stays (resolved_at,
-- kept) with the journal row that records it.
CREATE TABLE exchange_conflicts (
  id              INTEGER PRIMARY KEY,
  record_kind     TEXT NOT NULL CHECK (record_kind IN ('institution', 'grant', 'inspection')),
  record_uuid     TEXT NOT NULL,
  producer        TEXT NOT NULL,
  -- The file's version: its fields as GVariant text of type a(ss), code
  -- then value (riaya-record-fields.h), readable in the sqlite3 shell.
  incoming        TEXT NOT NULL,
  local_digest    TEXT NOT NULL,
  incoming_digest TEXT NOT NULL,
  detected_at     TEXT NOT NULL,
  resolved_at     TEXT,
  kept            TEXT CHECK (kept IN ('local', 'incoming')),
  CHECK ((resolved_at IS NULL) = (kept IS NULL))
) STRICT;

-- At most one open conflict per record: a newer file replaces the version
-- waiting. The open ones are the list to review.
CREATE UNIQUE INDEX exchange_conflicts_open ON exchange_conflicts (record_kind, record_uuid)
  WHERE resolved_at IS NULL;

PRAGMA user_version = 5;
