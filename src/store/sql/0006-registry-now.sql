-- 0006-registry-now.sql — each institution as it stands after everything recorded
--
-- Copyright 2026 The Riaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The national tables and the compliance report look at every institution
-- on one date: its licence status, its places, its staff and the people
-- present. Computed from the histories (licence events, capacity lines,
-- counts) for 13,100 institutions (ten times national scale) that took
-- some 250 ms before a single row was written; nearly always the date is
-- today, after the last thing recorded. This keeps each institution's
-- state after its latest dated record (riaya-store-registry-now.c
-- computes it by the same code as for any date); a reader takes it for
-- a date on or after valid_from and goes back to the histories for an
-- earlier date or a stale row.
--
-- Triggers mark a row stale whatever writes a history, in SQL alone, so
-- that a write from another program can never leave a stale row read as
-- current; the store recomputes the stale rows before it commits
-- (_riaya_store_commit). riaya_store_check() verifies every row that is
-- not stale against the histories.

CREATE TABLE institution_now (
  institution_uuid TEXT PRIMARY KEY NOT NULL REFERENCES institutions (uuid) ON DELETE CASCADE,
  stale            INTEGER NOT NULL DEFAULT 1 CHECK (stale IN (0, 1)),
  -- The latest date among its licence events, capacity lines and counts
  -- (NULL: none): the state below holds on that date and after it.
  valid_from       TEXT,
  -- The licence status code after all its events.
  status           TEXT,
  -- Places per category and sex: twenty-one numbers separated by
  -- commas, category by category in the order of RiayaCategory, each
  -- for men, women, and either.
  places           TEXT,
  -- Staff per role, in the order of RiayaStaffRole: ten numbers.
  staff            TEXT,
  -- Its latest count (NULL: never counted), the people present in it
  -- (fourteen numbers: category by category, men then women), and those
  -- of them under six (the disability norm counts them apart).
  counted_on       TEXT,
  present          TEXT,
  under_six        INTEGER
) STRICT, WITHOUT ROWID;

-- What the store recomputes before each commit: usually nothing.
CREATE INDEX institution_now_stale ON institution_now (institution_uuid) WHERE stale = 1;

INSERT INTO institution_now (institution_uuid) SELECT uuid FROM institutions;

CREATE TRIGGER institution_now_new AFTER INSERT ON institutions
BEGIN
  INSERT OR IGNORE INTO institution_now (institution_uuid) VALUES (NEW.uuid);
END;

CREATE TRIGGER institution_now_event_insert AFTER INSERT ON licence_events
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid = NEW.institution_uuid;
END;
CREATE TRIGGER institution_now_event_update AFTER UPDATE ON licence_events
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid IN (OLD.institution_uuid, NEW.institution_uuid);
END;
CREATE TRIGGER institution_now_event_delete AFTER DELETE ON licence_events
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid = OLD.institution_uuid;
END;

CREATE TRIGGER institution_now_capacity_insert AFTER INSERT ON capacity_lines
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid = NEW.institution_uuid;
END;
CREATE TRIGGER institution_now_capacity_update AFTER UPDATE ON capacity_lines
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid IN (OLD.institution_uuid, NEW.institution_uuid);
END;
CREATE TRIGGER institution_now_capacity_delete AFTER DELETE ON capacity_lines
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid = OLD.institution_uuid;
END;

CREATE TRIGGER institution_now_staff_insert AFTER INSERT ON institution_staff
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid = NEW.institution_uuid;
END;
CREATE TRIGGER institution_now_staff_update AFTER UPDATE ON institution_staff
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid IN (OLD.institution_uuid, NEW.institution_uuid);
END;
CREATE TRIGGER institution_now_staff_delete AFTER DELETE ON institution_staff
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid = OLD.institution_uuid;
END;

-- A count's lines change its summary row (resident_count_lines_*), so
-- these see every change of the people present.
CREATE TRIGGER institution_now_count_insert AFTER INSERT ON resident_counts
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid = NEW.institution_uuid;
END;
CREATE TRIGGER institution_now_count_update AFTER UPDATE ON resident_counts
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid IN (OLD.institution_uuid, NEW.institution_uuid);
END;
CREATE TRIGGER institution_now_count_delete AFTER DELETE ON resident_counts
BEGIN
  UPDATE institution_now SET stale = 1 WHERE institution_uuid = OLD.institution_uuid;
END;

-- The compliance report reads the justifications owed oldest due first:
-- the index now holds every column it reads, in that order, so the
-- grants' rows (and a sort) are not read at all.
DROP INDEX grants_justification_owed;
CREATE INDEX grants_justification_owed
  ON grants (justification_due, institution_uuid, year, uuid, amount, justification_rejected)
  WHERE deleted_at IS NULL AND justification_due IS NOT NULL
    AND justification_approved IS NULL
    AND (justification_received IS NULL OR justification_rejected IS NOT NULL);

-- The institutions deleted, a handful: lists of what is overdue leave
-- theirs out by this list rather than by reading each row's institution.
CREATE INDEX institutions_deleted ON institutions (uuid) WHERE deleted_at IS NOT NULL;

PRAGMA user_version = 6;
