-- Course Planner schema, version 2: each term's conflict settings, and the engine's findings, kept current.

-- Thresholds of the conflict rules. Quiet hours are in the student's zone (term.student_zone).
ALTER TABLE term ADD COLUMN quiet_from TEXT NOT NULL DEFAULT '22:00';
ALTER TABLE term ADD COLUMN quiet_to TEXT NOT NULL DEFAULT '07:00';
ALTER TABLE term ADD COLUMN deadline_cluster INTEGER NOT NULL DEFAULT 3 CHECK (deadline_cluster >= 2);  -- deadlines within 24 h
ALTER TABLE term ADD COLUMN transfer_minutes INTEGER NOT NULL DEFAULT 10 CHECK (transfer_minutes >= 0); -- to change rooms

-- Every edit rewrites its term's findings in the same transaction, so they are never stale:
--   sqlite3 -readonly planner.db 'select * from flag'

CREATE TABLE finding (
    id              INTEGER PRIMARY KEY,
    term_id         INTEGER NOT NULL REFERENCES term (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL,  -- the conflict rule (session-overlap, ...), or weekly-peak / daily-peak
    severity        TEXT    NOT NULL CHECK (severity IN ('error', 'warning')),
    message         TEXT    NOT NULL,
    first_day       TEXT    NOT NULL,  -- first and last date it happens (school zone)
    last_day        TEXT    NOT NULL,
    occurrences     INTEGER NOT NULL,  -- how many times
    overlap_minutes INTEGER,           -- minutes of overlap each time, for overlaps
    items           TEXT    NOT NULL   -- the items involved, one per line ("CS 101 Lecture")
);
CREATE INDEX finding_term ON finding (term_id);

CREATE VIEW flag AS
SELECT t.name AS term, f.kind, f.severity, f.message, f.first_day, f.last_day, f.occurrences, f.overlap_minutes,
       f.items, f.term_id
FROM finding f
JOIN term t ON t.id = f.term_id;
