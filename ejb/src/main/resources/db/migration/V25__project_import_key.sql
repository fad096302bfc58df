-- The stable key of an imported allocation row (issue 12), so that importing the same list twice finds the projects
-- the first import made instead of making them again.
--
-- A journal number already lives on the grant (project_grant.journal_number, unique in all of Pulje): a row with one
-- is keyed on it, and it is stored here too ("journal:<number>") so that one lookup finds every row's project. A row
-- without one is keyed on its normalised title with the owner or town (ImportKey). The key is unique within a round;
-- projects entered by hand have none (null), which the partial index leaves out.
alter table project add column import_key varchar(700);

create unique index project_import_key_idx on project (round_id, import_key) where import_key is not null;
