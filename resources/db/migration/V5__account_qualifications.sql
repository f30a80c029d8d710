-- Marketing-qualified accounts (MQAs). When an account first reaches the scorecard's MQA tier
-- (docs/scorecard.md, section 7c) under the published scorecard, it is recorded here once, with its
-- score, tier, what made the score (cause) and the scorecard version, like a lead's stage. An
-- account is recorded at most once: the first time it qualified is what reports count.
CREATE TABLE account_qualification (
  id                INTEGER NOT NULL PRIMARY KEY,
  account_id        INTEGER NOT NULL UNIQUE REFERENCES account (id),
  occurred_at       BIGINT NOT NULL,
  score             DOUBLE NOT NULL,
  tier              VARCHAR NOT NULL,
  cause             VARCHAR NOT NULL,
  scorecard_version INTEGER REFERENCES scorecard_version (version)
);
