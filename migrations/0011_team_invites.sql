-- Team invites by email and signups that continue by email (issue 16,
-- docs/decisions/0012-team-invites-by-email.md). Same conventions as 0001:
-- ISO timestamps written by the app, flags 0/1.
--
-- The one-time link's token is stored only as its SHA-256 (token_hash); the
-- email job carries it sealed (src/shared/secret-box.ts) until it is sent.

-- An owner or admin invited an address to join the organization with a role.
-- Resending replaces token_hash (the older link stops working) and expires_at.
-- invited_by_* name the inviter as they were when they invited (a user or an
-- API key), like the audit log. email_status: queued, sent, failed.
CREATE TABLE team_invites (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  email text NOT NULL,
  role text NOT NULL,
  invited_by_type text NOT NULL,
  invited_by_id text,
  invited_by_name text,
  token_hash text NOT NULL,
  email_status text NOT NULL,
  created_at timestamptz NOT NULL,
  sent_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_user_id text,
  revoked_at timestamptz
);
CREATE UNIQUE INDEX team_invites_token_hash_key ON team_invites (token_hash);
CREATE INDEX team_invites_org_idx ON team_invites (org_id, id);
-- At most one open (neither accepted nor revoked) invite per address and organization.
CREATE UNIQUE INDEX team_invites_open_email_key ON team_invites (org_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL;

-- Someone asked to create an organization: what they typed (the password as
-- its argon2id hash), until they open the emailed link. org_id stays null until
-- the link creates the organization: before that there is none to belong to.
-- Completing clears password_hash (the account holds it now); a sweep deletes
-- rows some days after they expire.
CREATE TABLE pending_signups (
  id text PRIMARY KEY,
  org_id text REFERENCES organizations (id),
  email text NOT NULL,
  name text NOT NULL,
  org_name text NOT NULL,
  password_hash text NOT NULL,
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  completed_at timestamptz
);
CREATE UNIQUE INDEX pending_signups_token_hash_key ON pending_signups (token_hash);
CREATE INDEX pending_signups_expires_idx ON pending_signups (expires_at);
