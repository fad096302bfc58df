-- Indexes for what the project list filters and sorts by (ProjectCatalogService, ProjectSort).
--
-- The text filters are "contains" searches, lower(title) like '%…%': a btree cannot answer a pattern that starts with
-- a wildcard, so each such column gets a trigram GIN index (pg_trgm). pg_trgm is a trusted extension: the schema's
-- owner can create it without being a superuser (an external database needs the extension's files, which every
-- PostgreSQL package ships; see README, "External PostgreSQL").
create extension if not exists pg_trgm;

create index project_title_trgm_idx on project using gin (lower(title) gin_trgm_ops);
create index project_town_trgm_idx on project using gin (lower(town) gin_trgm_ops);

-- The status filter, and the sorts by a project's own columns (ProjectSort: the column, then the id in the same
-- direction, unknowns last). The title sort already has project_title_idx (lower(title), V1) and the fund filter
-- project_fund_idx. A column that is never null serves both directions from one index, read backwards for descending;
-- a nullable one needs a second index, because "nulls last" read backwards is "nulls first".
create index project_status_idx on project (status, id);
create index project_town_idx on project (town, id);
create index project_town_desc_idx on project (town desc nulls last, id desc);
create index project_total_idx on project (total_amount, id);
create index project_total_desc_idx on project (total_amount desc nulls last, id desc);

-- The sorts by a joined column: the owner's name and the granted amount. PostgreSQL joins and sorts the whole scope
-- for these (docs/performance.md has the cost); the indexes serve lookups by name and amount.
create index organisation_name_lower_idx on organisation (lower(name));
create index project_grant_granted_idx on project_grant (granted_amount);
