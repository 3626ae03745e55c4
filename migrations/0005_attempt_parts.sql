-- An attempt is made of parts handed in one by one: the question section and
-- each hands-on case. Same conventions as 0001.

-- When the candidate handed in the question section; null while it is open.
ALTER TABLE sessions ADD COLUMN questions_handed_in_at timestamptz;

-- When the candidate handed in this case; null while it is open (or if it was
-- never handed in: a case with nothing saved at the close stays null).
ALTER TABLE case_results ADD COLUMN handed_in_at timestamptz;

-- Attempts closed before parts existed were handed in whole at their close.
UPDATE sessions SET questions_handed_in_at = completed_at WHERE status <> 'started' AND completed_at IS NOT NULL;
UPDATE case_results SET handed_in_at = (
  SELECT sessions.completed_at FROM sessions WHERE sessions.id = case_results.session_id AND sessions.status <> 'started'
) WHERE deliverable IS NOT NULL;
