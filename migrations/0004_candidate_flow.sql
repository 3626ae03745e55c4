-- Candidate flow additions. Same conventions as 0001.

-- Why a closed session closed: `submitted` by the candidate or `deadline` (closed by the
-- deadline sweep or the next request). A reviewer's "hired" can be changed back, and the
-- session then returns to the status its close gave it.
ALTER TABLE sessions ADD COLUMN closed_reason text;

-- The skills a session verified or rejected (the 002 submit answer lists them again on a replay).
CREATE INDEX skills_session_idx ON skills (session_id);
