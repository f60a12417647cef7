-- 0001-initial.sql — the first schema of a Riaya database
--
-- Copyright 2026 The Riaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Dates are ISO 8601 text ("2024-09-15"), instants are UTC ISO 8601 text
-- ("2024-09-15T08:30:00Z"), records have UUID text keys, and every coded
-- value is the stable code of riaya-enums.h, so that the file reads well
-- in the sqlite3 shell. The migration runner applies this whole file in
-- one transaction; it ends by setting user_version.

PRAGMA application_id = 1380532569;  -- 0x52494159, "RIAY"

-- Profile, delegate's province, demo flag and other one-value settings.
CREATE TABLE settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;

-- The reference territories (HCP codes, domain.md §6), loaded on creation.
CREATE TABLE regions (
  code    TEXT PRIMARY KEY NOT NULL,
  name_ar TEXT NOT NULL,
  name_fr TEXT NOT NULL
) STRICT;

CREATE TABLE provinces (
  code        TEXT PRIMARY KEY NOT NULL,
  region_code TEXT NOT NULL REFERENCES regions (code),
  name_ar     TEXT NOT NULL,
  name_fr     TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('province', 'prefecture'))
) STRICT;

CREATE INDEX provinces_by_region ON provinces (region_code);

-- One licensed institution. Deleting only sets deleted_at: the row and
-- its history stay, so that a delete can be undone and the journal still
-- points at something.
CREATE TABLE institutions (
  uuid           TEXT PRIMARY KEY NOT NULL,
  licence_number TEXT NOT NULL,
  licence_date   TEXT NOT NULL,
  legal_basis    TEXT NOT NULL,
  type           TEXT NOT NULL,
  name_ar        TEXT,
  name_fr        TEXT,
  founder        TEXT,
  director       TEXT,
  province_code  TEXT NOT NULL REFERENCES provinces (code),
  commune        TEXT,
  address        TEXT,
  phone          TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT,
  CHECK (name_ar IS NOT NULL OR name_fr IS NOT NULL)
) STRICT;

-- A licence number is unique nationally among institutions that exist
-- (Law 65.15 art. 16: it is printed on every document).
CREATE UNIQUE INDEX institutions_licence_number
  ON institutions (licence_number) WHERE deleted_at IS NULL;
CREATE INDEX institutions_by_province ON institutions (province_code);

-- Services offered (Law 65.15 art. 5), one row per service.
CREATE TABLE institution_services (
  institution_uuid TEXT NOT NULL REFERENCES institutions (uuid) ON DELETE CASCADE,
  service          TEXT NOT NULL,
  PRIMARY KEY (institution_uuid, service)
) STRICT, WITHOUT ROWID;

-- Staff by role: persons, or hours a year for doctor and psychologist.
CREATE TABLE institution_staff (
  institution_uuid TEXT NOT NULL REFERENCES institutions (uuid) ON DELETE CASCADE,
  role             TEXT NOT NULL,
  count            INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (institution_uuid, role)
) STRICT, WITHOUT ROWID;

-- The licence's history; the status follows from it and is never stored.
CREATE TABLE licence_events (
  uuid             TEXT PRIMARY KEY NOT NULL,
  institution_uuid TEXT NOT NULL REFERENCES institutions (uuid),
  kind             TEXT NOT NULL,
  date             TEXT NOT NULL,
  deadline         TEXT,
  note             TEXT,
  recorded_at      TEXT NOT NULL
) STRICT;

CREATE INDEX licence_events_by_institution ON licence_events (institution_uuid);

-- Licensed capacity: a change is a new dated line, never an edit, so the
-- capacity on any past date is known. On one date the line recorded last
-- wins (rowid order).
CREATE TABLE capacity_lines (
  uuid             TEXT PRIMARY KEY NOT NULL,
  institution_uuid TEXT NOT NULL REFERENCES institutions (uuid),
  category         TEXT NOT NULL,
  sex              TEXT NOT NULL,
  places           INTEGER NOT NULL CHECK (places >= 0),
  effective_date   TEXT NOT NULL,
  recorded_at      TEXT NOT NULL
) STRICT;

CREATE INDEX capacity_lines_by_institution ON capacity_lines (institution_uuid);

-- Who changed what and when (Law 09-08 art. 24: an audit trail). Written
-- in the same transaction as the change it records.
CREATE TABLE journal (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  os_user     TEXT NOT NULL,
  profile     TEXT,
  entity      TEXT NOT NULL,
  record_uuid TEXT,
  action      TEXT NOT NULL,
  summary     TEXT NOT NULL
) STRICT;

CREATE INDEX journal_by_record ON journal (record_uuid);

PRAGMA user_version = 1;
