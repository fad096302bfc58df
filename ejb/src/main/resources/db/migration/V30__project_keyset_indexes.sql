-- Issue 13: keyset paging of the project list (ProjectCatalogService.page: the rows after the last one's sort key and
-- id, in "key, id" order, unknowns last). An index on exactly that order lets PostgreSQL start reading where the last
-- page ended instead of sorting the caller's whole list for every page. The title sort had lower(title) alone (V1);
-- the start date is a new sort of the API. Nullable columns need one index per direction ("nulls last" read
-- backwards is "nulls first"; V4_1 explains).
create index project_title_id_idx on project (lower(title), id);
-- V1's index on lower(title) alone is a prefix of the new one: everything it served, the new one serves, so it goes
-- (one index less to keep on every write, and the planner no longer has two to choose between).
drop index project_title_idx;
create index project_start_idx on project (start_date, id);
create index project_start_desc_idx on project (start_date desc nulls last, id desc);
