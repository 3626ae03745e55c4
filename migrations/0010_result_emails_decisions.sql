-- Candidate emails under the team's control, and decisions everywhere (issue 16).
-- Same conventions as 0001: ISO timestamps written by the app, flags 0/1.

-- When an assessment's result email goes out: `immediately` (when the result
-- is final, as before), `after_decision` (with the hiring decision) or `never`.
ALTER TABLE assessments ADD COLUMN result_email text NOT NULL DEFAULT 'immediately';

-- When the attempt's result email was queued; null while none was. Results
-- that were final before this migration had theirs at scoring (the only rule
-- then), so they are marked as emailed: a later decision does not send a second.
ALTER TABLE sessions ADD COLUMN result_emailed_at timestamptz;
UPDATE sessions SET result_emailed_at = completed_at WHERE completed_at IS NOT NULL AND score_status <> 'PENDING' AND status <> 'revoked';

-- Who decided, by name as it was then (decided_by keeps the user or key id).
ALTER TABLE sessions ADD COLUMN decided_by_name text;

-- The filters of GET /results (reference 000): decision and red flag, newest completion first.
CREATE INDEX sessions_org_decision_idx ON sessions (org_id, decision, completed_at, id);
CREATE INDEX sessions_org_red_flag_idx ON sessions (org_id, red_flag, completed_at, id);

-- The organization's own emails for a hiring decision (`hired`, `rejected`):
-- off until enabled; subject and body hold {{placeholders}} filled per candidate.
CREATE TABLE decision_email_templates (
  org_id text NOT NULL REFERENCES organizations (id),
  decision text NOT NULL,
  enabled integer NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by_name text,
  PRIMARY KEY (org_id, decision)
);
