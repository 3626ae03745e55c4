-- Candidates (issue 16): each hands-on case has its own description, and an
-- assessment may ask a candidate whose key was issued without a name for
-- their name and email before the attempt starts. Same conventions as 0001.

-- What the candidate reads about this task (plain text or Markdown, shown as
-- written); null when the task has none.
ALTER TABLE cases ADD COLUMN description text;

-- 1: a key without a name asks for the candidate's name (and email, when the
-- key has none) before the attempt starts; 0: such attempts stay anonymous.
-- Existing assessments ask, as new ones do by default.
ALTER TABLE assessments ADD COLUMN require_candidate_details integer NOT NULL DEFAULT 1;
