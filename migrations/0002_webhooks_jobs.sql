-- Webhook endpoints, their delivery log, and what the job runner needs beyond 0001's jobs table.
-- Same conventions as 0001: ISO timestamps written by the app, 0/1 flags, JSON as text.

-- secret_encrypted holds the signing secret sealed with AES-256-GCM (src/shared/secret-box.ts);
-- during a rotation the previous secret stays valid until previous_secret_expires_at.
CREATE TABLE webhook_endpoints (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  url text NOT NULL,
  description text,
  event_types text NOT NULL,
  enabled integer NOT NULL,
  disabled_reason text,
  secret_encrypted text NOT NULL,
  previous_secret_encrypted text,
  previous_secret_expires_at timestamptz,
  failing_since timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX webhook_endpoints_org_idx ON webhook_endpoints (org_id, id);

-- One delivery per (endpoint, event); every HTTP try of it is an attempt.
CREATE TABLE webhook_deliveries (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  endpoint_id text NOT NULL REFERENCES webhook_endpoints (id),
  event_id text NOT NULL REFERENCES domain_events (id),
  event_type text NOT NULL,
  status text NOT NULL,
  attempts integer NOT NULL,
  response_status integer,
  response_body text,
  duration_ms integer,
  last_error text,
  next_attempt_at timestamptz,
  last_attempt_at timestamptz,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX webhook_deliveries_endpoint_event_key ON webhook_deliveries (endpoint_id, event_id);
CREATE INDEX webhook_deliveries_org_endpoint_idx ON webhook_deliveries (org_id, endpoint_id, id);

CREATE TABLE webhook_delivery_attempts (
  delivery_id text NOT NULL REFERENCES webhook_deliveries (id),
  attempt_number integer NOT NULL,
  org_id text NOT NULL REFERENCES organizations (id),
  response_status integer,
  response_body text,
  duration_ms integer NOT NULL,
  error text,
  attempted_at timestamptz NOT NULL,
  PRIMARY KEY (delivery_id, attempt_number)
);

-- A crashed worker's jobs are found by their expired lease.
CREATE INDEX jobs_lease_idx ON jobs (status, locked_until);
CREATE INDEX emails_org_status_idx ON emails (org_id, status, id);
