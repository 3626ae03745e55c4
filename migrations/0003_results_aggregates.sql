-- Cohort aggregates for the results read side (docs/cohort-aggregates.md), and audit-log details.
-- Same conventions as 0001: ISO timestamps written by the app, 0/1 flags, JSON as text.
-- Every metric value is stored as an integer "key": round(value × scale) (see cohort-aggregates-fns.ts).

-- What one session currently contributes to its assessment's aggregates, so that
-- refreshing a session replaces its old contribution exactly (idempotent).
-- contribution: JSON object { metric: key } holding only the metrics it counts in.
CREATE TABLE cohort_contributions (
  session_id text PRIMARY KEY REFERENCES sessions (id),
  org_id text NOT NULL REFERENCES organizations (id),
  assessment_id text NOT NULL REFERENCES assessments (id),
  contribution text NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX cohort_contributions_assessment_idx ON cohort_contributions (assessment_id);

-- Per assessment and metric: how many sessions have a value, and the sum of their keys.
CREATE TABLE cohort_totals (
  assessment_id text NOT NULL REFERENCES assessments (id),
  metric text NOT NULL,
  org_id text NOT NULL REFERENCES organizations (id),
  value_count bigint NOT NULL,
  key_sum bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (assessment_id, metric)
);

-- A radix count tree per assessment and metric: node = level × 2^40 + (key >> 8 × (5 − level)),
-- levels 1..5 of 8 bits each over 40-bit keys; value_count = how many keys lie under that node.
-- Counting the keys below x reads at most 5 × 255 rows, whatever the cohort size.
CREATE TABLE cohort_rank_counts (
  assessment_id text NOT NULL REFERENCES assessments (id),
  metric text NOT NULL,
  node bigint NOT NULL,
  org_id text NOT NULL REFERENCES organizations (id),
  value_count bigint NOT NULL,
  PRIMARY KEY (assessment_id, metric, node)
);

-- Results lists across an organization, newest completion first.
CREATE INDEX sessions_org_completed_idx ON sessions (org_id, completed_at, id);

-- Audit log: what was asked (export format, list filters) and the request it came from.
ALTER TABLE audit_log ADD COLUMN details text;
ALTER TABLE audit_log ADD COLUMN request_id text;
CREATE INDEX audit_log_action_idx ON audit_log (org_id, action, id);
CREATE INDEX audit_log_actor_idx ON audit_log (org_id, actor_id, id);
