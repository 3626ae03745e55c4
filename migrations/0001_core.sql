-- Assay core schema. Runs unchanged on SQLite and PostgreSQL.
-- Conventions (see docs/decisions/0001-one-schema-two-databases.md):
--   * timestamps are `timestamptz`, always written by the application as ISO 8601 UTC strings;
--   * flags are `integer` 0/1; JSON documents are `text`;
--   * every table carries org_id, and every query filters on it.
-- One statement per `;` at the end of a line (the migrator splits on that).

CREATE TABLE organizations (
  id text PRIMARY KEY,
  name text NOT NULL,
  slug text NOT NULL,
  subscription_status text NOT NULL,
  trial_ends_at timestamptz,
  monthly_assessment_quota integer,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX organizations_slug_key ON organizations (slug);

CREATE TABLE users (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  email text NOT NULL,
  name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL,
  created_at timestamptz NOT NULL,
  last_login_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_org_id_idx ON users (org_id);

CREATE TABLE web_sessions (
  token_hash text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  user_id text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX web_sessions_user_id_idx ON web_sessions (user_id);

CREATE TABLE api_keys (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  mode text NOT NULL,
  key_prefix text NOT NULL,
  key_hash text NOT NULL,
  scopes text NOT NULL,
  created_by text,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE UNIQUE INDEX api_keys_key_hash_key ON api_keys (key_hash);
CREATE INDEX api_keys_org_id_idx ON api_keys (org_id, id);

CREATE TABLE oss_issues (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  title text NOT NULL,
  repo_url text NOT NULL,
  issue_url text,
  brief text NOT NULL,
  labels text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX oss_issues_org_id_idx ON oss_issues (org_id, id);

CREATE TABLE rubrics (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  criteria text NOT NULL,
  created_at timestamptz NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX rubrics_org_id_idx ON rubrics (org_id, id);

CREATE TABLE assessments (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  slug text NOT NULL,
  title text NOT NULL,
  role text NOT NULL,
  task_brief text,
  repo_url text,
  issue_id text REFERENCES oss_issues (id),
  time_limit_minutes integer,
  expires_in_days integer NOT NULL,
  rubric_id text REFERENCES rubrics (id),
  passing_score integer NOT NULL,
  low_pass_band integer NOT NULL,
  max_attempts integer NOT NULL,
  lock_on_pass integer NOT NULL,
  show_result integer NOT NULL,
  red_flag_threshold integer NOT NULL,
  skills text NOT NULL,
  blueprint text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  deleted_at timestamptz
);
CREATE UNIQUE INDEX assessments_org_slug_key ON assessments (org_id, slug) WHERE deleted_at IS NULL;
CREATE INDEX assessments_org_id_idx ON assessments (org_id, id);

-- Questions with assessment_id NULL form the organization's question bank.
CREATE TABLE questions (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  assessment_id text REFERENCES assessments (id),
  position integer NOT NULL,
  text text NOT NULL,
  type text NOT NULL,
  options text NOT NULL,
  pinned_options text NOT NULL,
  answer text NOT NULL,
  category text NOT NULL,
  difficulty text NOT NULL,
  points double precision NOT NULL,
  created_at timestamptz NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX questions_assessment_idx ON questions (assessment_id, position);
CREATE INDEX questions_bank_idx ON questions (org_id, category, difficulty);

CREATE TABLE cases (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  assessment_id text NOT NULL REFERENCES assessments (id),
  position integer NOT NULL,
  title text NOT NULL,
  max_score double precision NOT NULL,
  rubric text,
  created_at timestamptz NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX cases_assessment_idx ON cases (assessment_id, position);

CREATE TABLE candidates (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  email text NOT NULL,
  name text,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX candidates_org_email_key ON candidates (org_id, email);

-- A candidate key: one candidate (possibly not yet known) invited to one assessment.
CREATE TABLE invitations (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  assessment_id text NOT NULL REFERENCES assessments (id),
  candidate_id text REFERENCES candidates (id),
  candidate_email text,
  candidate_name text,
  key text NOT NULL,
  invite_token text NOT NULL,
  record_verification_id text NOT NULL,
  status text NOT NULL,
  time_multiplier double precision NOT NULL,
  attempt_count integer NOT NULL,
  locked integer NOT NULL,
  current_session_id text,
  expires_at timestamptz NOT NULL,
  redeemed_at timestamptz,
  completed_at timestamptz,
  reminder_sent_at timestamptz,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE UNIQUE INDEX invitations_key_key ON invitations (key);
CREATE UNIQUE INDEX invitations_invite_token_key ON invitations (invite_token);
CREATE UNIQUE INDEX invitations_record_verification_id_key ON invitations (record_verification_id);
CREATE INDEX invitations_assessment_idx ON invitations (assessment_id, id);
CREATE INDEX invitations_org_idx ON invitations (org_id, id);
CREATE INDEX invitations_candidate_idx ON invitations (candidate_id);
CREATE INDEX invitations_expiry_idx ON invitations (status, expires_at);

CREATE TABLE candidate_tokens (
  token_hash text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  invitation_id text NOT NULL REFERENCES invitations (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX candidate_tokens_invitation_idx ON candidate_tokens (invitation_id);

-- One sitting (attempt) of one invitation; what the results APIs call a result.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  assessment_id text NOT NULL REFERENCES assessments (id),
  invitation_id text NOT NULL REFERENCES invitations (id),
  candidate_id text REFERENCES candidates (id),
  attempt_number integer NOT NULL,
  status text NOT NULL,
  seed text NOT NULL,
  question_order text NOT NULL,
  started_at timestamptz NOT NULL,
  deadline_at timestamptz,
  completed_at timestamptz,
  score double precision,
  max_score double precision,
  percentage double precision,
  passed integer,
  score_status text NOT NULL,
  correct_count integer,
  total_questions integer NOT NULL,
  breakdown text,
  fullscreen_violations integer NOT NULL,
  copy_paste_violations integer NOT NULL,
  focus_lost_count integer NOT NULL,
  red_flag integer NOT NULL,
  duration_ms integer,
  prompt_count integer NOT NULL,
  command_count integer NOT NULL,
  command_fail_rate double precision,
  verify_intensity double precision,
  manual_edit_ratio double precision,
  first_change_latency_ms integer,
  test_pass_rate double precision,
  typing_speed_wpm double precision,
  decision text,
  decided_at timestamptz,
  decided_by text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX sessions_invitation_attempt_key ON sessions (invitation_id, attempt_number);
CREATE INDEX sessions_org_idx ON sessions (org_id, id);
CREATE INDEX sessions_assessment_completed_idx ON sessions (assessment_id, completed_at, id);
CREATE INDEX sessions_candidate_idx ON sessions (candidate_id);
CREATE INDEX sessions_deadline_idx ON sessions (status, deadline_at);

CREATE TABLE answers (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  session_id text NOT NULL REFERENCES sessions (id),
  question_id text NOT NULL REFERENCES questions (id),
  selected text NOT NULL,
  is_correct integer,
  points_awarded double precision,
  time_spent_ms integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX answers_session_question_key ON answers (session_id, question_id);

CREATE TABLE case_results (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  session_id text NOT NULL REFERENCES sessions (id),
  case_id text NOT NULL REFERENCES cases (id),
  score double precision,
  max_score double precision NOT NULL,
  status text NOT NULL,
  grades text,
  feedback text,
  deliverable text,
  time_spent_seconds integer,
  graded_at timestamptz,
  graded_by text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX case_results_session_case_key ON case_results (session_id, case_id);

-- Append-only proctoring and telemetry events; client_event_id makes batches idempotent.
CREATE TABLE events (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  session_id text NOT NULL REFERENCES sessions (id),
  client_event_id text NOT NULL,
  type text NOT NULL,
  payload text NOT NULL,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX events_session_client_key ON events (session_id, client_event_id);
CREATE INDEX events_session_time_idx ON events (session_id, occurred_at);

CREATE TABLE skills (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  candidate_id text NOT NULL REFERENCES candidates (id),
  name text NOT NULL,
  status text NOT NULL,
  verified_at timestamptz,
  verified_by text,
  session_id text,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX skills_candidate_name_key ON skills (org_id, candidate_id, name);

-- Durable outbox: domain events (webhook payloads) and emails are written in the
-- same transaction as the change that causes them; jobs deliver them later.
CREATE TABLE domain_events (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  type text NOT NULL,
  payload text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX domain_events_org_idx ON domain_events (org_id, id);

CREATE TABLE emails (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  kind text NOT NULL,
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text NOT NULL,
  related_id text,
  status text NOT NULL,
  attempts integer NOT NULL,
  last_error text,
  message_id text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz
);
CREATE INDEX emails_org_idx ON emails (org_id, id);

CREATE TABLE jobs (
  id text PRIMARY KEY,
  org_id text,
  type text NOT NULL,
  payload text NOT NULL,
  status text NOT NULL,
  run_at timestamptz NOT NULL,
  attempts integer NOT NULL,
  max_attempts integer NOT NULL,
  last_error text,
  locked_by text,
  locked_until timestamptz,
  unique_key text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX jobs_ready_idx ON jobs (status, run_at);
CREATE UNIQUE INDEX jobs_unique_key ON jobs (unique_key);

CREATE TABLE audit_log (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  actor_type text NOT NULL,
  actor_id text,
  action text NOT NULL,
  resource_type text NOT NULL,
  resource_id text,
  ip text,
  user_agent text,
  created_at timestamptz NOT NULL
);
CREATE INDEX audit_log_org_idx ON audit_log (org_id, id);
CREATE INDEX audit_log_resource_idx ON audit_log (org_id, resource_type, resource_id);
