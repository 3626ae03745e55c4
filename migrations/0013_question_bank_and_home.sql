-- The question-bank page and the reviewers' home page (issue 16). Same
-- conventions as 0001.

-- Attempts keep the questions they drew: a bank question is never changed in
-- place. An edit stores a new row and takes the old one out of the bank
-- (deleted_at) naming its successor here. A bank row out of the bank with no
-- successor (deleted_at set, replaced_by NULL) is retired: drawn no more,
-- listed as retired, and it can be restored.
ALTER TABLE questions ADD COLUMN replaced_by text;

-- Home page: attempts awaiting grading (score_status PENDING), longest waiting first.
CREATE INDEX sessions_org_score_status_idx ON sessions (org_id, score_status, completed_at);
-- Home page: unused keys of the organization by expiry.
CREATE INDEX invitations_org_status_expiry_idx ON invitations (org_id, status, expires_at);
-- Home page: recent changes, newest first, without walking the reads, lists,
-- views and exports the log also records (the same predicate is written in
-- src/features/home/home-store.ts, so that both databases use this index).
CREATE INDEX audit_log_changes_idx ON audit_log (org_id, id) WHERE action NOT LIKE '%.read' AND action NOT LIKE '%.list' AND action NOT LIKE '%.view' AND action NOT LIKE '%.export';
