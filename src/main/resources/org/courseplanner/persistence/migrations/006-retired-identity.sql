-- Course Planner schema, version 6: what a deleted item was known as outside the plan (its
-- revision, exported as SEQUENCE, and the calendar UIDs it was imported from), so that undoing the
-- deletion gives it back under the same id with the same import links and a revision that only
-- grows: calendar apps take a lower SEQUENCE as an older copy, and a lost link makes the next
-- import add a duplicate. Filled by triggers, so every deletion (cascades included) is covered.
CREATE TABLE retired_item (
    id       INTEGER PRIMARY KEY, -- the deleted item's id; no foreign key: the item is gone
    revision INTEGER NOT NULL
);
CREATE TABLE retired_uid (
    uid     TEXT PRIMARY KEY,
    item_id INTEGER NOT NULL
);
CREATE INDEX retired_uid_item ON retired_uid (item_id);
CREATE TRIGGER item_retired AFTER DELETE ON item
BEGIN
    INSERT OR REPLACE INTO retired_item (id, revision) VALUES (OLD.id, OLD.revision);
END;
CREATE TRIGGER external_uid_retired AFTER DELETE ON external_uid
BEGIN
    INSERT OR REPLACE INTO retired_uid (uid, item_id) VALUES (OLD.uid, OLD.item_id);
END;
