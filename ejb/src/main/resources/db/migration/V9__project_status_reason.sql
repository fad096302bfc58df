-- Issue 9 (workflow): why a project was rejected or withdrawn. Stored on the project, shown on its page and kept in
-- the audit trail, so that a later reader sees the reason beside the status, and who gave it, and when.
alter table project add column status_reason text;
alter table project_aud add column status_reason text;
