-- Course Planner schema, version 5: which calendar event each imported item came from, so that
-- importing the same file again updates the items instead of adding copies.
CREATE TABLE external_uid (
    uid     TEXT PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE
);
CREATE INDEX external_uid_item ON external_uid (item_id);
