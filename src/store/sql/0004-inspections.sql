-- 0004-inspections.sql — the control committee's visits
--
-- Copyright 2026 The Riaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A visit is planned (a date, a kind), then recorded: the day it was
-- done, who came, the checklist, findings, a decision and corrective
-- actions (domain.md §4; Law 65.15 arts 26–27, 31, 34; decree 2.19.693
-- arts 7–9). Visits hold no personal data of residents: they exist in
-- every profile's database. The rules of riaya_inspection_validate() are
-- checked in C before a write; the CHECKs below are the ones no file may
-- break, whoever wrote it.

-- One visit. Deleting only sets deleted_at, and only for a visit still
-- planned (a visit cancelled): a recorded visit's report was signed by
-- the members present (decree art. 8) and stays as it is.
CREATE TABLE inspections (
  uuid               TEXT PRIMARY KEY NOT NULL,
  institution_uuid   TEXT NOT NULL REFERENCES institutions (uuid),
  kind               TEXT NOT NULL,
  planned_on         TEXT NOT NULL,
  -- The visit a follow-up checks.
  follows_uuid       TEXT REFERENCES inspections (uuid),
  -- The members invited, one per line: officials, not residents.
  committee          TEXT,
  members_invited    INTEGER NOT NULL DEFAULT 0 CHECK (members_invited >= 0),
  members_present    INTEGER NOT NULL DEFAULT 0 CHECK (members_present >= 0),
  done_on            TEXT,
  findings           TEXT,
  decision           TEXT NOT NULL DEFAULT 'none',
  decision_deadline  TEXT,
  -- The licence event the decision became, written in the same
  -- transaction (Law 65.15 art. 34: the licence's history only grows).
  licence_event_uuid TEXT REFERENCES licence_events (uuid),
  -- Grows by one at each change saved: the calendars' SEQUENCE.
  revision           INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  deleted_at         TEXT,
  -- The visit's date: the day it was done, else the day planned. Lists,
  -- filters and the calendar go by it.
  visit_on           TEXT AS (coalesce (done_on, planned_on)) VIRTUAL,
  -- Decree 2.19.693 art. 8: a visit is recorded with the members invited
  -- and present, never more present than invited.
  CHECK (done_on IS NULL OR members_invited > 0),
  CHECK (members_present <= members_invited),
  -- A decision only on a recorded visit with a majority present (a visit
  -- without one is not valid and grounds no sanction), and always with
  -- its licence event.
  CHECK (decision = 'none' OR (done_on IS NOT NULL AND 2 * members_present > members_invited)),
  CHECK ((decision = 'none') = (licence_event_uuid IS NULL)),
  -- Law 65.15 art. 34: a warning or a reprimand gives a deadline to put
  -- things right; a suspension may give its end; nothing else has one,
  -- and it comes after the visit.
  CHECK (decision NOT IN ('warning', 'reprimand') OR decision_deadline IS NOT NULL),
  CHECK (decision_deadline IS NULL
         OR (decision IN ('warning', 'reprimand', 'suspension') AND decision_deadline > done_on)),
  -- A follow-up checks an earlier visit; no visit follows itself.
  CHECK (kind <> 'follow-up' OR follows_uuid IS NOT NULL),
  CHECK (follows_uuid IS NULL OR follows_uuid <> uuid),
  -- Only a planned visit is ever hidden.
  CHECK (deleted_at IS NULL OR done_on IS NULL)
) STRICT;

-- An institution's visits in date order (its history, the lists of one
-- institution), and every visit by date (the lists of a period, the
-- calendar). SQLite 3.40 reads the row of an entry of an index on a
-- generated column whatever the query asks: the programme and the
-- figures read the indexes below instead.
CREATE INDEX inspections_by_institution ON inspections (institution_uuid, visit_on);
CREATE INDEX inspections_by_date ON inspections (visit_on);
-- The follow-ups of a visit: whether one was made, and the foreign key.
CREATE INDEX inspections_by_follows ON inspections (follows_uuid) WHERE follows_uuid IS NOT NULL;
-- The deadlines of the decisions (a few visits): those passed call for a
-- follow-up visit (Law 65.15 art. 34).
CREATE INDEX inspections_by_deadline ON inspections (decision_deadline, decision)
  WHERE decision_deadline IS NOT NULL;
-- The recorded visits of each institution by date, with the members
-- invited and present: its last valid visit (a majority present, decree
-- art. 8) on a day, read from this index alone (the triggers below, a
-- programme judged on a past day). SQLite 3.40 does not match a partial
-- index whose condition holds arithmetic (2 * present > invited) to a
-- query, so the majority is tested on the index's own columns. A
-- recorded visit is never deleted (the CHECK above): deleted_at need not
-- be tested.
CREATE INDEX inspections_done ON inspections (institution_uuid, done_on, members_present, members_invited)
  WHERE done_on IS NOT NULL;
-- The same by date: the visits done in a year or a period, valid or not
-- (the programme's year, the totals by region).
CREATE INDEX inspections_done_by_date ON inspections (done_on, institution_uuid, members_present, members_invited)
  WHERE done_on IS NOT NULL;
-- Visits planned and not yet recorded, by date: what a year's programme
-- already holds (done_on and deleted_at too, or SQLite 3.40 reads the row
-- to test them).
CREATE INDEX inspections_planned ON inspections (planned_on, institution_uuid, done_on, deleted_at)
  WHERE done_on IS NULL AND deleted_at IS NULL;
-- The last valid visit of each institution (a majority present, decree
-- art. 8), kept by the triggers below whoever writes the visits: the
-- programme and the compliance report read one row per institution
-- instead of all its visits (some 48,000 at ten times national scale).
-- A visit done after the day asked about is read from the visits
-- themselves; riaya_store_check() verifies the summary.
CREATE TABLE institution_last_visits (
  institution_uuid TEXT PRIMARY KEY NOT NULL REFERENCES institutions (uuid),
  last_valid_on    TEXT
) STRICT, WITHOUT ROWID;

CREATE TRIGGER inspections_last_valid_insert AFTER INSERT ON inspections
  WHEN NEW.done_on IS NOT NULL
BEGIN
  INSERT OR REPLACE INTO institution_last_visits (institution_uuid, last_valid_on)
    SELECT NEW.institution_uuid, max (done_on) FROM inspections
    WHERE institution_uuid = NEW.institution_uuid AND done_on IS NOT NULL
      AND 2 * members_present > members_invited;
END;

CREATE TRIGGER inspections_last_valid_update
  AFTER UPDATE OF institution_uuid, done_on, members_present, members_invited ON inspections
BEGIN
  INSERT OR REPLACE INTO institution_last_visits (institution_uuid, last_valid_on)
    SELECT v.institution_uuid,
           (SELECT max (done_on) FROM inspections WHERE institution_uuid = v.institution_uuid
            AND done_on IS NOT NULL AND 2 * members_present > members_invited)
    FROM (SELECT OLD.institution_uuid AS institution_uuid
          UNION SELECT NEW.institution_uuid) v;
END;

CREATE TRIGGER inspections_last_valid_delete AFTER DELETE ON inspections
BEGIN
  INSERT OR REPLACE INTO institution_last_visits (institution_uuid, last_valid_on)
    SELECT OLD.institution_uuid, max (done_on) FROM inspections
    WHERE institution_uuid = OLD.institution_uuid AND done_on IS NOT NULL
      AND 2 * members_present > members_invited;
END;

-- The checklist: one row per area assessed or noted (an area missing is
-- not assessed). It belongs to its visit.
CREATE TABLE inspection_checks (
  inspection_uuid TEXT NOT NULL REFERENCES inspections (uuid) ON DELETE CASCADE,
  area            TEXT NOT NULL,
  result          TEXT NOT NULL,
  note            TEXT,
  PRIMARY KEY (inspection_uuid, area)
) STRICT, WITHOUT ROWID;

-- The parent key of the actions' institution (below): a visit and its
-- institution.
CREATE UNIQUE INDEX inspections_owner ON inspections (uuid, institution_uuid);

-- What the committee asked the institution to put right, by when, and
-- when it was done. It belongs to its visit. The visit's institution is
-- kept here too, so that the actions overdue of every institution are
-- counted without a join (the programme: thousands of open actions at ten
-- times national scale); the foreign key keeps it the visit's.
CREATE TABLE corrective_actions (
  uuid             TEXT PRIMARY KEY NOT NULL,
  inspection_uuid  TEXT NOT NULL,
  institution_uuid TEXT NOT NULL,
  description      TEXT NOT NULL CHECK (description <> ''),
  due_on           TEXT NOT NULL,
  done_on          TEXT,
  FOREIGN KEY (inspection_uuid, institution_uuid) REFERENCES inspections (uuid, institution_uuid)
    ON UPDATE CASCADE ON DELETE CASCADE
) STRICT;

CREATE INDEX corrective_actions_by_inspection ON corrective_actions (inspection_uuid, institution_uuid, due_on);
-- The actions still open, by due date, with their institution: the
-- overdue ones on a date read from these entries alone (done_on too, or
-- SQLite 3.40 reads the row to test it).
CREATE INDEX corrective_actions_open ON corrective_actions (due_on, institution_uuid, inspection_uuid, done_on)
  WHERE done_on IS NULL;
-- The actions done, by the day: on a past date, one done since was still
-- open then.
CREATE INDEX corrective_actions_done ON corrective_actions (done_on, due_on, institution_uuid, inspection_uuid)
  WHERE done_on IS NOT NULL;

PRAGMA user_version = 4;
