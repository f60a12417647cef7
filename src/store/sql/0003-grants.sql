-- 0003-grants.sql — the Entraide Nationale's annual grants
--
-- Copyright 2026 The Riaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A grant to an institution for a year, paid in tranches and justified
-- afterwards (domain brief §5). Grants hold no personal data: they exist
-- in every profile's database. Amounts are INTEGER centimes, never REAL,
-- so that every sum is exact (and checked against overflow).

-- One grant. Deleting only sets deleted_at (a grant entered by mistake),
-- as for institutions: the row stays for the journal and for undelete.
-- The rules of riaya_grant_validate() are checked in C before a write;
-- the CHECKs below are the ones no file may break, whoever wrote it.
CREATE TABLE grants (
  uuid                   TEXT PRIMARY KEY NOT NULL,
  institution_uuid       TEXT NOT NULL REFERENCES institutions (uuid),
  -- The date "YEAR-12-31" is built from it: four digits.
  year                   INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
  -- At most RIAYA_MONEY_MAX (ten billion dirhams): sums of a year stay
  -- far below what an INTEGER holds.
  amount                 INTEGER NOT NULL CHECK (amount > 0 AND amount <= 1000000000000),
  kind                   TEXT NOT NULL,
  basis                  TEXT,
  decided_on             TEXT,
  convention_ref         TEXT,
  convention_date        TEXT,
  justification_due      TEXT,
  justification_received TEXT,
  justification_approved TEXT,
  justification_rejected TEXT,
  rejection_reason       TEXT,
  -- A summary kept by the triggers below, whoever writes the grant or
  -- its tranches: the sum of the tranches paid, the earliest due date of
  -- a tranche unpaid, and the earliest due date of anything still owed —
  -- a tranche unpaid, or the justification if it is neither received nor
  -- approved, or was rejected (riaya_grant_is_justification_overdue).
  -- The grant is late on a day after that date. The totals of ten years
  -- read one index entry per grant instead of its tranches;
  -- riaya_store_check() verifies the summary.
  paid                   INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0),
  first_unpaid_due       TEXT,
  first_owed_due         TEXT,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  deleted_at             TEXT,
  -- Prime Minister's circular 7/2003: above 50,000.00 DH a partnership
  -- convention is required.
  CHECK (amount <= 5000000 OR convention_ref IS NOT NULL),
  -- A justification is approved or rejected once received, not both, and
  -- a rejection gives its reason.
  CHECK (justification_approved IS NULL OR justification_rejected IS NULL),
  CHECK ((justification_approved IS NULL AND justification_rejected IS NULL)
         OR justification_received IS NOT NULL),
  CHECK (justification_rejected IS NULL OR rejection_reason IS NOT NULL)
) STRICT;

-- The totals of a year (riaya_store_grant_year_totals) read this index
-- alone, never the table: every column they need (deleted_at too, or
-- SQLite would read the row to test it), for the grants of the years
-- asked, each year's in the order of their institutions.
CREATE INDEX grants_by_year
  ON grants (year, institution_uuid, amount, paid, first_owed_due, deleted_at)
  WHERE deleted_at IS NULL;
-- An institution's history of grants over the years.
CREATE INDEX grants_by_institution ON grants (institution_uuid, year);
-- Grants still owing something, by the earliest due date, with their
-- institution: the late grants of every institution on a date, from the
-- index alone.
CREATE INDEX grants_owed ON grants (first_owed_due, institution_uuid, deleted_at)
  WHERE deleted_at IS NULL AND first_owed_due IS NOT NULL;
-- Justifications still owed (not received, or rejected), by due date: the
-- compliance report's justification-overdue reads only these.
CREATE INDEX grants_justification_owed ON grants (justification_due)
  WHERE deleted_at IS NULL AND justification_due IS NOT NULL
    AND justification_approved IS NULL
    AND (justification_received IS NULL OR justification_rejected IS NOT NULL);

-- The tranches [شطر] a grant is paid in: due on a date, paid on another.
-- They belong to their grant and go with it.
CREATE TABLE grant_tranches (
  uuid       TEXT PRIMARY KEY NOT NULL,
  grant_uuid TEXT NOT NULL REFERENCES grants (uuid) ON DELETE CASCADE,
  due_on     TEXT NOT NULL,
  amount     INTEGER NOT NULL CHECK (amount > 0 AND amount <= 1000000000000),
  paid_on    TEXT
) STRICT;

CREATE INDEX grant_tranches_by_grant ON grant_tranches (grant_uuid, due_on);

-- Keep the summary on grants equal to its tranches.
CREATE TRIGGER grant_tranches_insert AFTER INSERT ON grant_tranches
BEGIN
  UPDATE grants SET
    paid = (SELECT coalesce (sum (t.amount), 0) FROM grant_tranches t
            WHERE t.grant_uuid = NEW.grant_uuid AND t.paid_on IS NOT NULL),
    first_unpaid_due = (SELECT min (t.due_on) FROM grant_tranches t
                        WHERE t.grant_uuid = NEW.grant_uuid AND t.paid_on IS NULL)
  WHERE uuid = NEW.grant_uuid;
END;

CREATE TRIGGER grant_tranches_delete AFTER DELETE ON grant_tranches
BEGIN
  UPDATE grants SET
    paid = (SELECT coalesce (sum (t.amount), 0) FROM grant_tranches t
            WHERE t.grant_uuid = OLD.grant_uuid AND t.paid_on IS NOT NULL),
    first_unpaid_due = (SELECT min (t.due_on) FROM grant_tranches t
                        WHERE t.grant_uuid = OLD.grant_uuid AND t.paid_on IS NULL)
  WHERE uuid = OLD.grant_uuid;
END;

CREATE TRIGGER grant_tranches_update AFTER UPDATE ON grant_tranches
BEGIN
  UPDATE grants SET
    paid = (SELECT coalesce (sum (t.amount), 0) FROM grant_tranches t
            WHERE t.grant_uuid = grants.uuid AND t.paid_on IS NOT NULL),
    first_unpaid_due = (SELECT min (t.due_on) FROM grant_tranches t
                        WHERE t.grant_uuid = grants.uuid AND t.paid_on IS NULL)
  WHERE uuid IN (OLD.grant_uuid, NEW.grant_uuid);
END;

-- The earliest due date of what a grant still owes, from its own row.
CREATE TRIGGER grants_owed_insert AFTER INSERT ON grants
BEGIN
  UPDATE grants SET first_owed_due =
    CASE WHEN justification_due IS NOT NULL AND justification_approved IS NULL
              AND (justification_received IS NULL OR justification_rejected IS NOT NULL)
              AND (first_unpaid_due IS NULL OR justification_due < first_unpaid_due)
         THEN justification_due ELSE first_unpaid_due END
  WHERE uuid = NEW.uuid;
END;

CREATE TRIGGER grants_owed_update
  AFTER UPDATE OF justification_due, justification_received, justification_approved,
                  justification_rejected, first_unpaid_due ON grants
BEGIN
  UPDATE grants SET first_owed_due =
    CASE WHEN justification_due IS NOT NULL AND justification_approved IS NULL
              AND (justification_received IS NULL OR justification_rejected IS NOT NULL)
              AND (first_unpaid_due IS NULL OR justification_due < first_unpaid_due)
         THEN justification_due ELSE first_unpaid_due END
  WHERE uuid = NEW.uuid;
END;

-- The totals read, for every institution, its places and licence status
-- on each 31 December, in one pass over each table in the order of these
-- indexes, which hold every column read. For each category and sex the
-- line with the latest effective date holds (riaya-capacity.h); the
-- status follows from the dated events (riaya-licence.h). They serve
-- every query the indexes on the institution alone did.
DROP INDEX capacity_lines_by_institution;
CREATE INDEX capacity_lines_by_date
  ON capacity_lines (institution_uuid, category, sex, effective_date, places);
DROP INDEX licence_events_by_institution;
CREATE INDEX licence_events_by_date ON licence_events (institution_uuid, date, kind);

PRAGMA user_version = 3;
