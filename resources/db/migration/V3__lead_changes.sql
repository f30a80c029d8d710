-- The window keeps the lead columns (contacts, accounts, their fields and activities, as scoring
-- reads them) in a snapshot file beside the database, so that it opens without reading every
-- activity again. A snapshot is believed only when its stamp is this database's current one; and
-- then only together with the change log below, which names every contact and account written
-- since the stamp was drawn. Whoever writes a snapshot draws a new stamp and empties the log in
-- the transaction that read what it holds, then writes the file beside the database and renames
-- it into place: a process killed at any point leaves either the old file with the old stamp and
-- the log (still exact), or a stamp no file carries (the next open reads the database); a file
-- whose stamp was rolled back, or never committed, is never believed.
CREATE TABLE lead_snapshot_stamp (
  id    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  stamp BIGINT NOT NULL
);
INSERT INTO lead_snapshot_stamp (id, stamp) VALUES (1, 0);

-- Contacts and accounts whose rows, fields or activities were inserted, updated or deleted since
-- the stamp was drawn. Written by triggers, so that no path (an import, a merge and its undo, a
-- data fix, a reset, one added later) can forget it; a write rolled back takes its entries with it.
-- The triggers test for an entry rather than INSERT OR IGNORE: SQLite lets the conflict clause of
-- the statement that fired a trigger override the trigger's own, so an upsert of a contact would
-- make a second entry for it fail the whole write.
CREATE TABLE changed_contact (
  contact_id INTEGER NOT NULL PRIMARY KEY
);
CREATE TABLE changed_account (
  account_id INTEGER NOT NULL PRIMARY KEY
);

-- The tier the scorecard gave the lead at the moment a transition was recorded (null for
-- transitions made by hand or recorded before V3). A qualification's deadline follows that tier:
-- with it on the row, Hot leads, the Dashboard and the report no longer score every qualified
-- lead again as of the moment it qualified.
ALTER TABLE stage_transition ADD COLUMN scored_tier VARCHAR;

/* [jooq ignore start] */
CREATE TRIGGER contact_inserted AFTER INSERT ON contact BEGIN INSERT INTO changed_contact SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = NEW.id); END;
CREATE TRIGGER contact_updated AFTER UPDATE ON contact BEGIN INSERT INTO changed_contact SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = OLD.id); INSERT INTO changed_contact SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = NEW.id); END;
CREATE TRIGGER contact_deleted AFTER DELETE ON contact BEGIN INSERT INTO changed_contact SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = OLD.id); END;
CREATE TRIGGER contact_field_inserted AFTER INSERT ON contact_field BEGIN INSERT INTO changed_contact SELECT NEW.contact_id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = NEW.contact_id); END;
CREATE TRIGGER contact_field_updated AFTER UPDATE ON contact_field BEGIN INSERT INTO changed_contact SELECT OLD.contact_id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = OLD.contact_id); INSERT INTO changed_contact SELECT NEW.contact_id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = NEW.contact_id); END;
CREATE TRIGGER contact_field_deleted AFTER DELETE ON contact_field BEGIN INSERT INTO changed_contact SELECT OLD.contact_id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = OLD.contact_id); END;
CREATE TRIGGER activity_inserted AFTER INSERT ON activity BEGIN INSERT INTO changed_contact SELECT NEW.contact_id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = NEW.contact_id); END;
CREATE TRIGGER activity_updated AFTER UPDATE ON activity BEGIN INSERT INTO changed_contact SELECT OLD.contact_id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = OLD.contact_id); INSERT INTO changed_contact SELECT NEW.contact_id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = NEW.contact_id); END;
CREATE TRIGGER activity_deleted AFTER DELETE ON activity BEGIN INSERT INTO changed_contact SELECT OLD.contact_id WHERE NOT EXISTS (SELECT 1 FROM changed_contact WHERE contact_id = OLD.contact_id); END;
CREATE TRIGGER account_inserted AFTER INSERT ON account BEGIN INSERT INTO changed_account SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM changed_account WHERE account_id = NEW.id); END;
CREATE TRIGGER account_updated AFTER UPDATE ON account BEGIN INSERT INTO changed_account SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM changed_account WHERE account_id = OLD.id); INSERT INTO changed_account SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM changed_account WHERE account_id = NEW.id); END;
CREATE TRIGGER account_deleted AFTER DELETE ON account BEGIN INSERT INTO changed_account SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM changed_account WHERE account_id = OLD.id); END;
CREATE TRIGGER account_field_inserted AFTER INSERT ON account_field BEGIN INSERT INTO changed_account SELECT NEW.account_id WHERE NOT EXISTS (SELECT 1 FROM changed_account WHERE account_id = NEW.account_id); END;
CREATE TRIGGER account_field_updated AFTER UPDATE ON account_field BEGIN INSERT INTO changed_account SELECT OLD.account_id WHERE NOT EXISTS (SELECT 1 FROM changed_account WHERE account_id = OLD.account_id); INSERT INTO changed_account SELECT NEW.account_id WHERE NOT EXISTS (SELECT 1 FROM changed_account WHERE account_id = NEW.account_id); END;
CREATE TRIGGER account_field_deleted AFTER DELETE ON account_field BEGIN INSERT INTO changed_account SELECT OLD.account_id WHERE NOT EXISTS (SELECT 1 FROM changed_account WHERE account_id = OLD.account_id); END;
/* [jooq ignore stop] */
