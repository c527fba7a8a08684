-- Course Planner schema, version 3: facts about the plan file itself, such as which version of the
-- conflict rules wrote the findings (a newer Course Planner recomputes them once when it opens the plan).
CREATE TABLE plan_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
