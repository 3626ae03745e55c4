-- Throttles (rate limits) kept in the database, so that every instance counts
-- the same hits and a restart forgets none. Same conventions as 0001, except
-- that a throttle carries no org_id: it limits a request's source (a client
-- address, an account's email, a candidate key), which belongs to no
-- organization, and no query of an organization's data ever reads it.

-- One row per limited subject: `key` is the SHA-256 (hex) of the limit's name
-- and subject, so that no address or email is stored in clear; `hits` counts
-- the requests of the current window, which ends at `resets_at` (pushed later
-- under backoff). A hit after `resets_at` starts a new window; the worker's
-- sweep deletes rows whose window has ended.
CREATE TABLE throttles (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  resets_at timestamptz NOT NULL
);
CREATE INDEX throttles_resets_at_idx ON throttles (resets_at);
