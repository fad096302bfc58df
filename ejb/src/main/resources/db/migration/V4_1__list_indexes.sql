-- Indexes for what the project list filters and sorts by (ProjectCatalogService, ProjectSort).
--
-- The text filters are "contains" searches, lower(title) like '%…%': a btree cannot answer a pattern that starts with
-- a wildcard, so each such column gets a trigram GIN index (pg_trgm). pg_trgm is a trusted extension: the schema's
-- owner can create it without being a superuser (an external database needs the extension's files, which every
-- PostgreSQL package ships; see README, "External PostgreSQL").
create extension if not exists pg_trgm;

create index project_title_trgm_idx on project using gin (lower(title) gin_trgm_ops);
create index project_town_trgm_idx on project using gin (lower(town) gin_trgm_ops);

-- The status filter, and the sorts by a project's own columns. The title sort already has project_title_idx
-- (lower(title), V1); the fund filter has project_fund_idx. Each sort ends in p.id so that pages never overlap.
create index project_status_idx on project (status, id);
create index project_town_idx on project (town, id);
create index project_total_idx on project (total_amount, id);

-- The sorts by a joined column: the owner's name and the granted amount.
create index organisation_name_lower_idx on organisation (lower(name));
create index project_grant_granted_idx on project_grant (granted_amount);
