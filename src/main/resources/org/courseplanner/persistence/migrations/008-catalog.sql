-- Course Planner schema, version 8: a term's catalog of sections, as the registrar publishes it,
-- kept apart from the plan (no item rows: nothing of it is exported, flagged or undone) until
-- sections are chosen; and what the catalog said of the section a session was taken from.

-- The section a session was taken from (docs/schema.md); all NULL for a session made by hand.
ALTER TABLE sync_session ADD COLUMN section TEXT;
ALTER TABLE sync_session ADD COLUMN instructor TEXT;
ALTER TABLE sync_session ADD COLUMN crn TEXT;

-- One row per section, in the catalog's order (position). Removing the term removes its catalog.
CREATE TABLE catalog_section (
    id           INTEGER PRIMARY KEY,
    term_id      INTEGER NOT NULL REFERENCES term (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    crn          TEXT    NOT NULL,
    course_code  TEXT    NOT NULL,
    course_title TEXT    NOT NULL,
    credits      REAL    NOT NULL CHECK (credits >= 0),
    section      TEXT    NOT NULL,
    component    TEXT    NOT NULL,  -- 'Lecture', 'Lab': one section of each is taken
    link         TEXT,              -- sections with links go only with sections of the same link
    instructor   TEXT,
    UNIQUE (term_id, crn),
    UNIQUE (term_id, position)
);

-- When a section meets: school-zone wall clock between its dates, like sync_session; days '' and
-- times NULL for a meeting the registrar has not placed (TBA). A section with no rows has no time at all.
CREATE TABLE catalog_meeting (
    section_id  INTEGER NOT NULL REFERENCES catalog_section (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    days        TEXT    NOT NULL DEFAULT '',
    start_time  TEXT,
    end_time    TEXT,
    every_weeks INTEGER NOT NULL DEFAULT 1 CHECK (every_weeks >= 1),
    first_date  TEXT,
    last_date   TEXT,
    skipped     TEXT    NOT NULL DEFAULT '',  -- dates it does not meet, 'YYYY-MM-DD,YYYY-MM-DD'
    location    TEXT,
    PRIMARY KEY (section_id, position),
    CHECK ((start_time IS NULL) = (end_time IS NULL))
) WITHOUT ROWID;
