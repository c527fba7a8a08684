-- Course Planner schema, version 7: what the study planner needs to place study time.

-- How study time is cut into blocks (see docs/schema.md). Study hours are in the student's zone
-- (term.student_zone), like quiet hours; both NULL: no preference.
ALTER TABLE term ADD COLUMN min_block_minutes INTEGER NOT NULL DEFAULT 30 CHECK (min_block_minutes >= 15);
ALTER TABLE term ADD COLUMN max_block_minutes INTEGER NOT NULL DEFAULT 120 CHECK (max_block_minutes >= min_block_minutes);
ALTER TABLE term ADD COLUMN buffer_minutes INTEGER NOT NULL DEFAULT 15 CHECK (buffer_minutes >= 0);
ALTER TABLE term ADD COLUMN before_due_minutes INTEGER NOT NULL DEFAULT 720 CHECK (before_due_minutes >= 0);
ALTER TABLE term ADD COLUMN study_from TEXT;
ALTER TABLE term ADD COLUMN study_to TEXT CHECK ((study_from IS NULL) = (study_to IS NULL));

-- A study block is for one module's window (module_id) or for one live course's weekly homework
-- (course_id, week = the term week, Monday to Sunday in the school's zone); auto = 1 when the study
-- planner placed it, 0 when the student did (pinned). SQLite cannot drop the NOT NULL of module_id,
-- so the table is rebuilt as its documentation says (https://sqlite.org/lang_altertable.html#otheralter):
-- a new table, the rows copied under their own ids, the old one dropped, the new one renamed, its
-- indexes made again. Nothing refers to study_block, and it has no triggers or views of its own.
-- Its rows keep their item rows, so ids, revisions and import links stay as they were.
CREATE TABLE study_block_new (
    id        INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    module_id INTEGER REFERENCES async_module (id) ON DELETE CASCADE,  -- NULL for a course's homework
    course_id INTEGER REFERENCES course (id) ON DELETE CASCADE,        -- NULL for a module's study block
    week      INTEGER NOT NULL CHECK (week >= 1),
    start_at  TEXT    NOT NULL,  -- school-zone wall-clock date-time
    minutes   INTEGER NOT NULL CHECK (minutes > 0),
    auto      INTEGER NOT NULL DEFAULT 0 CHECK (auto IN (0, 1)),
    CHECK ((module_id IS NULL) <> (course_id IS NULL))
);
INSERT INTO study_block_new (id, module_id, course_id, week, start_at, minutes, auto)
SELECT id, module_id, NULL, week, start_at, minutes, 0 FROM study_block;
DROP TABLE study_block;
ALTER TABLE study_block_new RENAME TO study_block;
CREATE INDEX study_block_module ON study_block (module_id);
CREATE INDEX study_block_course ON study_block (course_id);
