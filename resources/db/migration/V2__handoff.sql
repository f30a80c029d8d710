-- Handoff to sales: the manager's decisions on a lead (reviews, tier overrides, edited handoff
-- notes) as an append-only log, and the packets that handed leads off.

-- kind: REVIEWED (transition_id = the qualifying transition reviewed), REVIEW_WITHDRAWN (the same,
-- taken back), TIER_OVERRIDE (tier, text =
-- reason), OVERRIDE_REMOVED (text = reason), NOTE_EDITED (text = the whole note), NOTE_RESET.
-- The current state of a lead is the fold of its rows in id order; nothing is updated or deleted.
CREATE TABLE lead_decision (
  id            INTEGER NOT NULL PRIMARY KEY,
  contact_id    INTEGER NOT NULL REFERENCES contact (id),
  kind          VARCHAR NOT NULL,
  tier          VARCHAR,
  transition_id INTEGER REFERENCES stage_transition (id),
  text          VARCHAR,
  decided_at    BIGINT NOT NULL,
  author        VARCHAR NOT NULL
);
CREATE INDEX lead_decision_contact ON lead_decision (contact_id, id);

CREATE TABLE handoff_packet (
  id         VARCHAR NOT NULL PRIMARY KEY,
  created_at BIGINT NOT NULL,
  author     VARCHAR NOT NULL,
  format     VARCHAR NOT NULL,
  selection  VARCHAR NOT NULL,
  lead_count INTEGER NOT NULL
);

-- The packet that handed a lead off, on its transition to HANDED_OFF.
ALTER TABLE stage_transition ADD COLUMN packet_id VARCHAR REFERENCES handoff_packet (id);
