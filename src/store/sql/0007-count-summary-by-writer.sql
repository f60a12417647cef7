-- Migration 7: a count put whole writes its own summary.
--
-- Copyright 2026 The Riaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The summary of a count (resident_counts.p_*, migration 2) was kept by
-- triggers on every line, whoever wrote it. A count put by an import or
-- by the demo data (riaya_store_put_counts) arrives whole: its row now
-- comes with the sum of its lines, computed once, and its lines no longer
-- rewrite that row one by one. Rewriting it per line was a third of the
-- time of a national demo load (2.5 s of 7.6) and the largest part of
-- writing an imported file's counts.
--
-- The triggers now keep only the summary of the counts computed from a
-- register (source 'register'): riaya-store-counts-rewrite.c changes
-- their lines one at a time, and turns a count of another source into
-- one of the register's before touching its lines. A count's lines are
-- only ever changed with their count's source as it is then, so every
-- summary stays the sum of its lines; riaya_store_check() verifies it.

DROP TRIGGER resident_count_lines_insert;
DROP TRIGGER resident_count_lines_delete;
DROP TRIGGER resident_count_lines_update;

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
  WHERE institution_uuid = NEW.institution_uuid AND counted_on = NEW.counted_on
    AND source = 'register';
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
  WHERE institution_uuid = OLD.institution_uuid AND counted_on = OLD.counted_on
    AND source = 'register';
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
  WHERE institution_uuid = OLD.institution_uuid AND counted_on = OLD.counted_on
    AND source = 'register';
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
  WHERE institution_uuid = NEW.institution_uuid AND counted_on = NEW.counted_on
    AND source = 'register';
END;

PRAGMA user_version = 7;
