-- 0002-residents.sql — the register of beneficiaries and the counts
--
-- Copyright 2026 The Riaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The register (Law 65.15 art. 28, decree 2.19.693 art. 11) is kept only
-- in a director's database; the counts exist in every database. Personal
-- data lives in `residents` alone.

-- A person of the register: their own fields and those of the family or
-- legal representative (decree 2.19.693 art. 11).
CREATE TABLE residents (
  uuid                TEXT PRIMARY KEY NOT NULL,
  first_name          TEXT,
  last_name           TEXT,
  sex                 TEXT NOT NULL CHECK (sex IN ('m', 'f')),
  birth_date          TEXT NOT NULL,
  birth_place         TEXT,
  cnie                TEXT,
  family_status       TEXT,
  health_status       TEXT,
  guardian_name       TEXT,
  guardian_cnie       TEXT,
  guardian_address    TEXT,
  guardian_phone      TEXT,
  guardian_occupation TEXT,
  guardian_situation  TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;

CREATE INDEX residents_by_cnie ON residents (cnie) WHERE cnie IS NOT NULL;
CREATE INDEX residents_by_birth_date ON residents (birth_date);

-- One numbered entry of an institution's register: a stay from admission
-- to exit. The exit date is the first day away.
CREATE TABLE stays (
  uuid                TEXT PRIMARY KEY NOT NULL,
  resident_uuid       TEXT NOT NULL REFERENCES residents (uuid),
  institution_uuid    TEXT NOT NULL REFERENCES institutions (uuid),
  register_number     INTEGER NOT NULL CHECK (register_number > 0),
  category            TEXT NOT NULL,
  admitted_on         TEXT NOT NULL,
  referral            TEXT NOT NULL,
  exited_on           TEXT,
  exit_reason         TEXT,
  transfer_to_uuid    TEXT REFERENCES stays (uuid),
  transfer_from_uuid  TEXT REFERENCES stays (uuid),
  destination_licence TEXT,
  recorded_at         TEXT NOT NULL,
  CHECK ((exited_on IS NULL) = (exit_reason IS NULL)),
  CHECK (exited_on IS NULL OR exited_on >= admitted_on)
) STRICT;

-- A register number is given once per institution (art. 28: a numbered
-- register).
CREATE UNIQUE INDEX stays_register_number ON stays (institution_uuid, register_number);
CREATE INDEX stays_by_resident ON stays (resident_uuid);
CREATE INDEX stays_by_institution_dates ON stays (institution_uuid, admitted_on, exited_on);

-- The last register number given per institution: numbers are never
-- reused, even if a stay were ever removed.
CREATE TABLE register_sequences (
  institution_uuid TEXT PRIMARY KEY NOT NULL REFERENCES institutions (uuid),
  last_number      INTEGER NOT NULL CHECK (last_number >= 0)
) STRICT, WITHOUT ROWID;

-- A count of the people present in an institution on a date. The count of
-- a date holds until the next one. `source` says where it came from:
-- 'register' (computed in a director's database), 'import' or 'demo'.
CREATE TABLE resident_counts (
  institution_uuid TEXT NOT NULL REFERENCES institutions (uuid),
  counted_on       TEXT NOT NULL,
  source           TEXT NOT NULL CHECK (source IN ('register', 'import', 'demo')),
  -- The summary of the count's lines: persons present per category and
  -- sex (p_CATEGORY_SEX, the category code with '_' for '-'), all age
  -- bands together. Kept by the triggers below whoever writes the lines,
  -- so that occupancy on a date reads one row per institution instead of
  -- its lines (ten times national scale: 1.08 million lines);
  -- riaya_store_check() verifies it equals the sum of the lines.
  p_abandoned_child_m INTEGER NOT NULL DEFAULT 0,
  p_abandoned_child_f INTEGER NOT NULL DEFAULT 0,
  p_child_m INTEGER NOT NULL DEFAULT 0,
  p_child_f INTEGER NOT NULL DEFAULT 0,
  p_pupil_m INTEGER NOT NULL DEFAULT 0,
  p_pupil_f INTEGER NOT NULL DEFAULT 0,
  p_disabled_m INTEGER NOT NULL DEFAULT 0,
  p_disabled_f INTEGER NOT NULL DEFAULT 0,
  p_homeless_m INTEGER NOT NULL DEFAULT 0,
  p_homeless_f INTEGER NOT NULL DEFAULT 0,
  p_woman_m INTEGER NOT NULL DEFAULT 0,
  p_woman_f INTEGER NOT NULL DEFAULT 0,
  p_elderly_m INTEGER NOT NULL DEFAULT 0,
  p_elderly_f INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (institution_uuid, counted_on)
) STRICT, WITHOUT ROWID;

-- Its lines, one per category, sex and age band with anyone present.
CREATE TABLE resident_count_lines (
  institution_uuid TEXT NOT NULL,
  counted_on       TEXT NOT NULL,
  category         TEXT NOT NULL,
  sex              TEXT NOT NULL CHECK (sex IN ('m', 'f')),
  age_band         TEXT NOT NULL,
  present          INTEGER NOT NULL CHECK (present > 0),
  PRIMARY KEY (institution_uuid, counted_on, category, sex, age_band),
  FOREIGN KEY (institution_uuid, counted_on)
    REFERENCES resident_counts (institution_uuid, counted_on) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- Keep the summary on resident_counts equal to the sum of its lines.
CREATE TRIGGER resident_count_lines_insert AFTER INSERT ON resident_count_lines
BEGIN
  UPDATE resident_counts SET
    p_abandoned_child_m = p_abandoned_child_m + (CASE WHEN NEW.category = 'abandoned-child' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_abandoned_child_f = p_abandoned_child_f + (CASE WHEN NEW.category = 'abandoned-child' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_child_m = p_child_m + (CASE WHEN NEW.category = 'child' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_child_f = p_child_f + (CASE WHEN NEW.category = 'child' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_pupil_m = p_pupil_m + (CASE WHEN NEW.category = 'pupil' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_pupil_f = p_pupil_f + (CASE WHEN NEW.category = 'pupil' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_disabled_m = p_disabled_m + (CASE WHEN NEW.category = 'disabled' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_disabled_f = p_disabled_f + (CASE WHEN NEW.category = 'disabled' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_homeless_m = p_homeless_m + (CASE WHEN NEW.category = 'homeless' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_homeless_f = p_homeless_f + (CASE WHEN NEW.category = 'homeless' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_woman_m = p_woman_m + (CASE WHEN NEW.category = 'woman' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_woman_f = p_woman_f + (CASE WHEN NEW.category = 'woman' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_elderly_m = p_elderly_m + (CASE WHEN NEW.category = 'elderly' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_elderly_f = p_elderly_f + (CASE WHEN NEW.category = 'elderly' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END)
  WHERE institution_uuid = NEW.institution_uuid AND counted_on = NEW.counted_on;
END;

CREATE TRIGGER resident_count_lines_delete AFTER DELETE ON resident_count_lines
BEGIN
  UPDATE resident_counts SET
    p_abandoned_child_m = p_abandoned_child_m - (CASE WHEN OLD.category = 'abandoned-child' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_abandoned_child_f = p_abandoned_child_f - (CASE WHEN OLD.category = 'abandoned-child' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_child_m = p_child_m - (CASE WHEN OLD.category = 'child' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_child_f = p_child_f - (CASE WHEN OLD.category = 'child' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_pupil_m = p_pupil_m - (CASE WHEN OLD.category = 'pupil' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_pupil_f = p_pupil_f - (CASE WHEN OLD.category = 'pupil' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_disabled_m = p_disabled_m - (CASE WHEN OLD.category = 'disabled' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_disabled_f = p_disabled_f - (CASE WHEN OLD.category = 'disabled' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_homeless_m = p_homeless_m - (CASE WHEN OLD.category = 'homeless' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_homeless_f = p_homeless_f - (CASE WHEN OLD.category = 'homeless' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_woman_m = p_woman_m - (CASE WHEN OLD.category = 'woman' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_woman_f = p_woman_f - (CASE WHEN OLD.category = 'woman' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_elderly_m = p_elderly_m - (CASE WHEN OLD.category = 'elderly' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_elderly_f = p_elderly_f - (CASE WHEN OLD.category = 'elderly' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END)
  WHERE institution_uuid = OLD.institution_uuid AND counted_on = OLD.counted_on;
END;

CREATE TRIGGER resident_count_lines_update AFTER UPDATE ON resident_count_lines
BEGIN
  UPDATE resident_counts SET
    p_abandoned_child_m = p_abandoned_child_m - (CASE WHEN OLD.category = 'abandoned-child' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_abandoned_child_f = p_abandoned_child_f - (CASE WHEN OLD.category = 'abandoned-child' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_child_m = p_child_m - (CASE WHEN OLD.category = 'child' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_child_f = p_child_f - (CASE WHEN OLD.category = 'child' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_pupil_m = p_pupil_m - (CASE WHEN OLD.category = 'pupil' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_pupil_f = p_pupil_f - (CASE WHEN OLD.category = 'pupil' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_disabled_m = p_disabled_m - (CASE WHEN OLD.category = 'disabled' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_disabled_f = p_disabled_f - (CASE WHEN OLD.category = 'disabled' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_homeless_m = p_homeless_m - (CASE WHEN OLD.category = 'homeless' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_homeless_f = p_homeless_f - (CASE WHEN OLD.category = 'homeless' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_woman_m = p_woman_m - (CASE WHEN OLD.category = 'woman' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_woman_f = p_woman_f - (CASE WHEN OLD.category = 'woman' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END),
    p_elderly_m = p_elderly_m - (CASE WHEN OLD.category = 'elderly' AND OLD.sex = 'm' THEN OLD.present ELSE 0 END),
    p_elderly_f = p_elderly_f - (CASE WHEN OLD.category = 'elderly' AND OLD.sex = 'f' THEN OLD.present ELSE 0 END)
  WHERE institution_uuid = OLD.institution_uuid AND counted_on = OLD.counted_on;
  UPDATE resident_counts SET
    p_abandoned_child_m = p_abandoned_child_m + (CASE WHEN NEW.category = 'abandoned-child' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_abandoned_child_f = p_abandoned_child_f + (CASE WHEN NEW.category = 'abandoned-child' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_child_m = p_child_m + (CASE WHEN NEW.category = 'child' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_child_f = p_child_f + (CASE WHEN NEW.category = 'child' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_pupil_m = p_pupil_m + (CASE WHEN NEW.category = 'pupil' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_pupil_f = p_pupil_f + (CASE WHEN NEW.category = 'pupil' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_disabled_m = p_disabled_m + (CASE WHEN NEW.category = 'disabled' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_disabled_f = p_disabled_f + (CASE WHEN NEW.category = 'disabled' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_homeless_m = p_homeless_m + (CASE WHEN NEW.category = 'homeless' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_homeless_f = p_homeless_f + (CASE WHEN NEW.category = 'homeless' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_woman_m = p_woman_m + (CASE WHEN NEW.category = 'woman' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_woman_f = p_woman_f + (CASE WHEN NEW.category = 'woman' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END),
    p_elderly_m = p_elderly_m + (CASE WHEN NEW.category = 'elderly' AND NEW.sex = 'm' THEN NEW.present ELSE 0 END),
    p_elderly_f = p_elderly_f + (CASE WHEN NEW.category = 'elderly' AND NEW.sex = 'f' THEN NEW.present ELSE 0 END)
  WHERE institution_uuid = NEW.institution_uuid AND counted_on = NEW.counted_on;
END;

-- Admissions (reason: a referral code) and exits (reason: an exit reason
-- code) during a period, per category and sex.
CREATE TABLE resident_movements (
  institution_uuid TEXT NOT NULL REFERENCES institutions (uuid),
  period_start     TEXT NOT NULL,
  period_end       TEXT NOT NULL,
  movement         TEXT NOT NULL CHECK (movement IN ('admission', 'exit')),
  reason           TEXT NOT NULL,
  category         TEXT NOT NULL,
  sex              TEXT NOT NULL CHECK (sex IN ('m', 'f')),
  count            INTEGER NOT NULL CHECK (count > 0),
  source           TEXT NOT NULL CHECK (source IN ('register', 'import', 'demo')),
  PRIMARY KEY (institution_uuid, period_start, period_end, movement, reason, category, sex),
  CHECK (period_end >= period_start)
) STRICT, WITHOUT ROWID;

PRAGMA user_version = 2;
