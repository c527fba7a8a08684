-- Course Planner schema, version 2: the engine's findings, kept current.
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
