-- Course Planner schema, version 4: what calendar apps need to recognise exported events.
-- plan_uid: a random id of this plan, part of every exported UID, so that two plans never clash.
-- item.revision: how many times an item was changed; exported as SEQUENCE, so calendar apps
-- take the newer version of an event they already have.
INSERT INTO plan_meta (key, value) VALUES ('plan_uid', lower(hex(randomblob(16))));
ALTER TABLE item ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
