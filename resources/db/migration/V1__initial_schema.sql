-- Leadbench schema, first version. Migrations are the schema's source of truth;
-- jOOQ classes are generated from these files at build time.
-- Times are epoch milliseconds (UTC) in BIGINT columns; VARCHAR has TEXT affinity in SQLite.

CREATE TABLE leadbench_meta (
  meta_key   VARCHAR NOT NULL PRIMARY KEY,
  meta_value VARCHAR NOT NULL
);
INSERT INTO leadbench_meta (meta_key, meta_value) VALUES ('application', 'leadbench');

CREATE TABLE account (
  id              INTEGER NOT NULL PRIMARY KEY,
  domain          VARCHAR,
  name            VARCHAR,
  industry        VARCHAR,
  employees       INTEGER,
  annual_revenue  DOUBLE,
  country         VARCHAR,
  region          VARCHAR,
  is_customer     BOOLEAN NOT NULL DEFAULT FALSE,
  is_competitor   BOOLEAN NOT NULL DEFAULT FALSE,
  account_manager VARCHAR
);
CREATE UNIQUE INDEX account_domain ON account (domain);

CREATE TABLE contact (
  id          INTEGER NOT NULL PRIMARY KEY,
  external_id VARCHAR,
  email       VARCHAR,
  first_name  VARCHAR,
  last_name   VARCHAR,
  job_title   VARCHAR,
  phone       VARCHAR,
  country     VARCHAR,
  ip_country  VARCHAR,
  source      VARCHAR,
  campaign    VARCHAR,
  created_at  BIGINT NOT NULL,
  owner       VARCHAR,
  account_id  INTEGER REFERENCES account (id)
);
CREATE UNIQUE INDEX contact_external_id ON contact (external_id);
CREATE INDEX contact_email ON contact (email);
CREATE INDEX contact_account ON contact (account_id);

-- Columns an import did not place are kept as named values.
CREATE TABLE contact_field (
  contact_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  field_name  VARCHAR NOT NULL,
  field_value VARCHAR,
  PRIMARY KEY (contact_id, field_name)
);
CREATE TABLE account_field (
  account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  field_name  VARCHAR NOT NULL,
  field_value VARCHAR,
  PRIMARY KEY (account_id, field_name)
);

CREATE TABLE activity (
  id           INTEGER NOT NULL PRIMARY KEY,
  contact_id   INTEGER NOT NULL REFERENCES contact (id),
  type         VARCHAR NOT NULL,
  asset        VARCHAR,
  asset_kind   VARCHAR,
  product_line VARCHAR,
  occurred_at  BIGINT NOT NULL,
  campaign     VARCHAR,
  form_text    VARCHAR
);
CREATE INDEX activity_contact_time ON activity (contact_id, occurred_at);

CREATE TABLE scorecard_version (
  version      INTEGER NOT NULL PRIMARY KEY,
  name         VARCHAR NOT NULL,
  document     VARCHAR NOT NULL,
  note         VARCHAR,
  published_at BIGINT NOT NULL
);

CREATE TABLE stage_transition (
  id                INTEGER NOT NULL PRIMARY KEY,
  contact_id        INTEGER NOT NULL REFERENCES contact (id),
  from_stage        VARCHAR,
  to_stage          VARCHAR NOT NULL,
  occurred_at       BIGINT NOT NULL,
  cause             VARCHAR NOT NULL,
  scorecard_version INTEGER REFERENCES scorecard_version (version)
);
CREATE INDEX stage_transition_contact ON stage_transition (contact_id, occurred_at);

-- What sales reported: first contact, accepted / rejected, won / lost.
CREATE TABLE sales_follow_up (
  id          INTEGER NOT NULL PRIMARY KEY,
  contact_id  INTEGER NOT NULL REFERENCES contact (id),
  kind        VARCHAR NOT NULL,
  occurred_at BIGINT NOT NULL,
  amount      DOUBLE,
  note        VARCHAR
);
CREATE INDEX sales_follow_up_contact ON sales_follow_up (contact_id, occurred_at);

CREATE TABLE review_note (
  id          INTEGER NOT NULL PRIMARY KEY,
  contact_id  INTEGER NOT NULL REFERENCES contact (id),
  written_at  BIGINT NOT NULL,
  author      VARCHAR NOT NULL,
  text        VARCHAR NOT NULL
);
CREATE INDEX review_note_contact ON review_note (contact_id);

CREATE TABLE audit_log (
  id          INTEGER NOT NULL PRIMARY KEY,
  occurred_at BIGINT NOT NULL,
  actor       VARCHAR NOT NULL,
  action      VARCHAR NOT NULL,
  entity      VARCHAR NOT NULL,
  entity_id   BIGINT,
  detail      VARCHAR
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
