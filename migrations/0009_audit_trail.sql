-- The audit trail of every change (issue 16): entries name their actor and
-- their resource as they were when the entry was written (a renamed key or a
-- deleted assessment keeps its old name here), and edits carry before/after.
-- Same conventions as 0001. Entries are append-only: no route updates or
-- deletes them.
ALTER TABLE audit_log ADD COLUMN actor_name text;
ALTER TABLE audit_log ADD COLUMN resource_title text;
ALTER TABLE audit_log ADD COLUMN changes text;
CREATE INDEX audit_log_resource_type_idx ON audit_log (org_id, resource_type, id);
