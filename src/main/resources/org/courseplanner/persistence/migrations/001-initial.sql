-- Course Planner schema, version 1. Applied in one transaction; see docs/schema.md.
-- Wall-clock times are 'HH:MM', dates 'YYYY-MM-DD', date-times 'YYYY-MM-DDTHH:MM', all in the zone
-- named by the term (school_zone) unless a row names its own zone.

-- Every term, course, session, module, commitment and study block has one id from this table, so
-- ids are unique across kinds; deleting an item deletes everything below it (parent_id cascade).
CREATE TABLE item (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT    NOT NULL CHECK (kind IN ('term', 'course', 'session', 'module', 'commitment', 'study')),
    parent_id INTEGER REFERENCES item (id) ON DELETE CASCADE
);
CREATE INDEX item_parent ON item (parent_id);

CREATE TABLE term (
    id               INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    first_day        TEXT NOT NULL,
    last_day         TEXT NOT NULL CHECK (last_day >= first_day),
    school_zone      TEXT NOT NULL,
    student_zone     TEXT NOT NULL,
    weekly_cap_hours REAL CHECK (weekly_cap_hours > 0),  -- NULL: 3 h per credit of the term's courses
    daily_cap_hours  REAL NOT NULL CHECK (daily_cap_hours > 0)
);
CREATE UNIQUE INDEX term_name ON term (name COLLATE NOCASE);

CREATE TABLE term_break (
    term_id   INTEGER NOT NULL REFERENCES term (id) ON DELETE CASCADE,
    name      TEXT    NOT NULL,
    first_day TEXT    NOT NULL,
    last_day  TEXT    NOT NULL CHECK (last_day >= first_day),
    PRIMARY KEY (term_id, name)
);

CREATE TABLE course (
    id             INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    term_id        INTEGER NOT NULL REFERENCES term (id) ON DELETE CASCADE,
    code           TEXT    NOT NULL,
    code_key       TEXT    NOT NULL,  -- the code upper-cased without spaces: "CS 101" and "cs101" are one course
    title          TEXT    NOT NULL,
    credits        REAL    NOT NULL CHECK (credits >= 0),
    colour         TEXT    NOT NULL,
    delivery       TEXT    NOT NULL CHECK (delivery IN ('sync', 'async', 'hybrid')),
    homework_hours REAL CHECK (homework_hours >= 0),  -- NULL: 2 h per credit (sync, hybrid), 0 (async)
    UNIQUE (term_id, code_key)
);
CREATE INDEX course_term ON course (term_id);

CREATE TABLE sync_session (
    id          INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    course_id   INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    days        TEXT    NOT NULL DEFAULT '',  -- 'MO,WE'; '' while unplaced (TBA)
    start_time  TEXT,                         -- in the term's school_zone; NULL while TBA
    end_time    TEXT,
    every_weeks INTEGER NOT NULL DEFAULT 1 CHECK (every_weeks >= 1),
    first_date  TEXT,                         -- NULL: the term's first day
    last_date   TEXT,                         -- NULL: the term's last day
    location    TEXT,                         -- a room, or a meeting link
    CHECK ((start_time IS NULL) = (end_time IS NULL))
);
CREATE INDEX sync_session_course ON sync_session (course_id);

CREATE TABLE async_module (
    id           INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    course_id    INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    title        TEXT    NOT NULL,
    effort_hours REAL    NOT NULL CHECK (effort_hours >= 0),  -- per window
    schedule     TEXT    NOT NULL CHECK (schedule IN ('weekly', 'single')),
    -- weekly: opens on opens_day at opens_time, due at the first due_day due_time after that
    opens_day    TEXT,
    opens_time   TEXT,
    due_day      TEXT,
    due_time     TEXT,
    weeks        INTEGER CHECK (weeks >= 1),
    first_week   TEXT,
    -- single: explicit date-times
    opens_at     TEXT,
    due_at       TEXT,
    CHECK (schedule <> 'weekly' OR (opens_day IS NOT NULL AND opens_time IS NOT NULL AND due_day IS NOT NULL
                                    AND due_time IS NOT NULL AND weeks IS NOT NULL AND first_week IS NOT NULL)),
    CHECK (schedule <> 'single' OR (opens_at IS NOT NULL AND due_at IS NOT NULL))
);
CREATE INDEX async_module_course ON async_module (course_id);

-- Weeks of a module that are skipped (no window) or that the student has marked done.
CREATE TABLE module_week (
    module_id INTEGER NOT NULL REFERENCES async_module (id) ON DELETE CASCADE,
    week      INTEGER NOT NULL CHECK (week >= 1),
    state     TEXT    NOT NULL CHECK (state IN ('skipped', 'done')),
    PRIMARY KEY (module_id, week, state)
);

CREATE TABLE commitment (
    id          INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    term_id     INTEGER NOT NULL REFERENCES term (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    days        TEXT    NOT NULL,
    start_time  TEXT    NOT NULL,  -- an end at or before the start runs past midnight
    end_time    TEXT    NOT NULL,
    every_weeks INTEGER NOT NULL DEFAULT 1 CHECK (every_weeks >= 1),
    first_date  TEXT,
    last_date   TEXT,
    zone        TEXT               -- NULL: the student's own zone (term.student_zone)
);
CREATE INDEX commitment_term ON commitment (term_id);

-- Dates on which a session or a commitment does not meet.
CREATE TABLE skipped_date (
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    date    TEXT    NOT NULL,
    PRIMARY KEY (item_id, date)
);

CREATE TABLE study_block (
    id        INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    module_id INTEGER NOT NULL REFERENCES async_module (id) ON DELETE CASCADE,
    week      INTEGER NOT NULL CHECK (week >= 1),
    start_at  TEXT    NOT NULL,  -- school-zone wall-clock date-time
    minutes   INTEGER NOT NULL CHECK (minutes > 0)
);
CREATE INDEX study_block_module ON study_block (module_id);
