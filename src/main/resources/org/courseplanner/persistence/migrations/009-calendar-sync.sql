-- Course Planner schema, version 9: calendar sync (docs/decisions/0024). The CalDAV calendar a
-- term is published to, and what was published there, so that a publish sends only what changed
-- and deletes only what this plan created. No password is ever kept here.

-- One calendar per term; removing the term forgets it (its events stay on the calendar).
CREATE TABLE sync_account (
    term_id          INTEGER PRIMARY KEY REFERENCES term (id) ON DELETE CASCADE,
    calendar_url     TEXT    NOT NULL,   -- the calendar collection, ending with '/'
    user_name        TEXT    NOT NULL,
    with_commitments INTEGER NOT NULL DEFAULT 0 CHECK (with_commitments IN (0, 1)),
    tasks            INTEGER NOT NULL DEFAULT 0 CHECK (tasks IN (0, 1)),
    alarm_minutes    INTEGER CHECK (alarm_minutes IS NULL OR alarm_minutes BETWEEN 0 AND 10080)
);

-- One row per calendar resource this plan wrote or is writing, as the server last confirmed it:
-- forgotten with the account, so a new calendar gets everything.
CREATE TABLE sync_resource (
    term_id     INTEGER NOT NULL REFERENCES sync_account (term_id) ON DELETE CASCADE,
    uid         TEXT    NOT NULL,
    summary     TEXT    NOT NULL,
    href        TEXT    NOT NULL,
    etag        TEXT,   -- NULL when the server gave none, or before it confirmed anything
    fingerprint TEXT,   -- of the text the server confirmed (docs/schema.md); NULL: not confirmed yet
    sending     TEXT,   -- the fingerprint of a write sent and not yet confirmed (the answer may be lost)
    PRIMARY KEY (term_id, uid),
    CHECK (fingerprint IS NOT NULL OR sending IS NOT NULL)
) WITHOUT ROWID;
