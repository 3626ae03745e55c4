-- Greenhouse Assessment Partner API (docs/decisions/0008-greenhouse-partner-api.md).
-- Same conventions as 0001: ISO timestamps written by the app, JSON as text.

-- The credential Assay sends (HTTP Basic user name) when it PATCHes Greenhouse,
-- sealed with AES-256-GCM (src/shared/secret-box.ts) like webhook secrets.
CREATE TABLE greenhouse_settings (
  org_id text PRIMARY KEY REFERENCES organizations (id),
  patch_credential_encrypted text,
  updated_at timestamptz NOT NULL
);

-- One send_test: the candidate key it created and where to report back.
-- request_key = sha256(test id, lower-cased email, url): Greenhouse's retry of
-- the same send_test finds the interview instead of creating a second one.
CREATE TABLE greenhouse_interviews (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  assessment_id text NOT NULL REFERENCES assessments (id),
  invitation_id text NOT NULL REFERENCES invitations (id),
  request_key text NOT NULL,
  candidate_email text NOT NULL,
  candidate_first_name text NOT NULL,
  candidate_last_name text NOT NULL,
  greenhouse_profile_url text NOT NULL,
  resume_url text,
  phone_number text,
  callback_url text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX greenhouse_interviews_request_key ON greenhouse_interviews (org_id, request_key);
CREATE UNIQUE INDEX greenhouse_interviews_invitation_key ON greenhouse_interviews (invitation_id);
CREATE INDEX greenhouse_interviews_org_idx ON greenhouse_interviews (org_id, id);

-- The "mark test as completed" PATCH of an interview: one per interview, every HTTP try an attempt.
CREATE TABLE greenhouse_deliveries (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  interview_id text NOT NULL REFERENCES greenhouse_interviews (id),
  session_id text NOT NULL REFERENCES sessions (id),
  status text NOT NULL,
  attempts integer NOT NULL,
  response_status integer,
  last_error text,
  next_attempt_at timestamptz,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX greenhouse_deliveries_interview_key ON greenhouse_deliveries (interview_id);
CREATE INDEX greenhouse_deliveries_org_idx ON greenhouse_deliveries (org_id, id);

CREATE TABLE greenhouse_delivery_attempts (
  delivery_id text NOT NULL REFERENCES greenhouse_deliveries (id),
  attempt_number integer NOT NULL,
  org_id text NOT NULL REFERENCES organizations (id),
  response_status integer,
  response_body text,
  duration_ms integer NOT NULL,
  error text,
  attempted_at timestamptz NOT NULL,
  PRIMARY KEY (delivery_id, attempt_number)
);

-- Every authenticated call Greenhouse made, for the dashboard's "recent calls".
CREATE TABLE greenhouse_calls (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  api_call text NOT NULL,
  status_code integer NOT NULL,
  partner_test_id text,
  partner_interview_id text,
  created_at timestamptz NOT NULL
);
CREATE INDEX greenhouse_calls_org_idx ON greenhouse_calls (org_id, id);

-- What Greenhouse reported through response_error.
CREATE TABLE greenhouse_errors (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  api_call text NOT NULL,
  errors text NOT NULL,
  partner_test_id text,
  partner_interview_id text,
  candidate_email text,
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX greenhouse_errors_org_idx ON greenhouse_errors (org_id, id);
