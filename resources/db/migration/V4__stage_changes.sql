-- The leads table shows every lead's current stage. The window reads them all once, then keeps
-- them: after any change it re-reads only the contacts this log names since the last entry it
-- read. An entry is appended for every transition inserted, moved to another contact (a merge
-- and its undo) or deleted, by triggers, so that no path can forget it; a write rolled back takes
-- its entries with it. Sequence numbers are never reused (AUTOINCREMENT), so a reader can tell
-- when entries it had not read yet were trimmed, and then reads every stage again.
CREATE TABLE changed_stage (
  seq        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  contact_id INTEGER NOT NULL
);

/* [jooq ignore start] */
CREATE TRIGGER stage_transition_inserted AFTER INSERT ON stage_transition BEGIN INSERT INTO changed_stage (contact_id) VALUES (NEW.contact_id); END;
CREATE TRIGGER stage_transition_updated AFTER UPDATE OF contact_id, to_stage ON stage_transition BEGIN INSERT INTO changed_stage (contact_id) VALUES (OLD.contact_id); INSERT INTO changed_stage (contact_id) VALUES (NEW.contact_id); END;
CREATE TRIGGER stage_transition_deleted AFTER DELETE ON stage_transition BEGIN INSERT INTO changed_stage (contact_id) VALUES (OLD.contact_id); END;
/* [jooq ignore stop] */
