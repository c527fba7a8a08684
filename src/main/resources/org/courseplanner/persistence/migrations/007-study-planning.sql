-- Course Planner schema, version 7: what the study planner needs to place study time.

-- How study time is cut into blocks (see docs/schema.md). Study hours are in the student's zone
-- (term.student_zone), like quiet hours; both NULL: no preference.
ALTER TABLE term ADD COLUMN min_block_minutes INTEGER NOT NULL DEFAULT 30 CHECK (min_block_minutes >= 15);
ALTER TABLE term ADD COLUMN max_block_minutes INTEGER NOT NULL DEFAULT 120 CHECK (max_block_minutes >= min_block_minutes);
ALTER TABLE term ADD COLUMN buffer_minutes INTEGER NOT NULL DEFAULT 15 CHECK (buffer_minutes >= 0);
ALTER TABLE term ADD COLUMN before_due_minutes INTEGER NOT NULL DEFAULT 720 CHECK (before_due_minutes >= 0);
ALTER TABLE term ADD COLUMN study_from TEXT;
ALTER TABLE term ADD COLUMN study_to TEXT CHECK ((study_from IS NULL) = (study_to IS NULL));
