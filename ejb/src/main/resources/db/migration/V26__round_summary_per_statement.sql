-- The round summary (V23) kept per statement for inserts and deletes (issue 12).
--
-- V23's row triggers called a function, and updated the round's summary row, once for every project inserted and
-- twice for every grant: an import of 10.000 allocations into one round paid 30.000 function calls and updates of the
-- same row. These triggers see all rows of a statement at once (transition tables) and apply one summed delta per
-- round and sub-pool; with inserts batched and rewritten into multi-row statements (V24, reWriteBatchedInserts) that
-- is a few calls per 50 rows. Measured with ./pulje bench import (docs/performance.md): the store of 10.000 rows went
-- from 11,9 s to 4,0 s together with keying new projects before their insert. The sums and their meaning are V23's;
-- RoundSummaryIT proves them equal to the live aggregate, for multi-row statements too.
--
-- A project counts with its grant's amount (at most one grant); a grant adds only its own part (the grant's amount,
-- and the "both known" sums) to its project's round. Inserts and deletes are kept per statement; updates keep V23's
-- row triggers: their column list and WHEN clause let PostgreSQL skip every update that moves no sum without calling
-- a function at all (a statement trigger may have neither, and ran for each of an import's 10.000 updates of other
-- columns), and the updates that do move a sum come one at a time from people editing.

drop trigger project_round_summary_insert on project;
drop trigger project_round_summary_delete on project;
drop trigger project_grant_round_summary_insert on project_grant;
drop trigger project_grant_round_summary_delete on project_grant;

-- Adds one statement's changes, one element per project or grant with its signed part of each sum, to the summaries:
-- one upsert per round and per sub-pool. Amounts travel as JSON numbers, which PostgreSQL keeps as exact numerics.
create function round_summary_apply_all(p_changes jsonb) returns void language plpgsql as $$
begin
    if p_changes is null then
        return;
    end if;
    insert into round_summary as s (fund_id, round_id, projects, total_sum, totals_known, granted_sum, grants_known,
                                    granted_where_both, total_where_both)
    select c.fund_id, c.round_id, sum(c.projects), sum(c.total_sum), sum(c.totals_known), sum(c.granted_sum),
           sum(c.grants_known), sum(c.granted_where_both), sum(c.total_where_both)
    from jsonb_to_recordset(p_changes) as c (fund_id bigint, round_id bigint, projects bigint, total_sum numeric,
                                             totals_known bigint, granted_sum numeric, grants_known bigint,
                                             granted_where_both numeric, total_where_both numeric)
    where c.fund_id is not null
    group by c.fund_id, c.round_id
    on conflict on constraint round_summary_key do update set
        projects           = s.projects + excluded.projects,
        total_sum          = s.total_sum + excluded.total_sum,
        totals_known       = s.totals_known + excluded.totals_known,
        granted_sum        = s.granted_sum + excluded.granted_sum,
        grants_known       = s.grants_known + excluded.grants_known,
        granted_where_both = s.granted_where_both + excluded.granted_where_both,
        total_where_both   = s.total_where_both + excluded.total_where_both;

    insert into sub_pool_summary as s (sub_pool_id, projects, granted_sum)
    select c.sub_pool_id, sum(c.sub_pool_projects), sum(c.sub_pool_granted)
    from jsonb_to_recordset(p_changes) as c (sub_pool_id bigint, sub_pool_projects bigint, sub_pool_granted numeric)
    where c.sub_pool_id is not null
    group by c.sub_pool_id
    on conflict (sub_pool_id) do update set
        projects    = s.projects + excluded.projects,
        granted_sum = s.granted_sum + excluded.granted_sum;
end $$;

-- The rows a statement inserted (+1) or deleted (-1). A transition table exists only for the operation that declared
-- it, so the query is chosen by operation and run with EXECUTE.
create function round_summary_changed_rows(p_operation text) returns text language sql immutable as $$
    select case p_operation
        when 'INSERT' then 'select n.*, 1 as sign from new_rows n'
        else 'select o.*, -1 as sign from old_rows o'
    end
$$;

-- The lookups of a project's grant and a grant's project are scalar subqueries on purpose: the planner knows nothing
-- of a transition table's size and, given a join, chose to hash the whole grant or project table for every statement,
-- which made an import of 10.000 rows slower with every batch. A subquery per row is always an index lookup.

-- Projects: each counts with its total and its grant's amount, looked up now (as V23 did).
create function round_summary_projects_written() returns trigger language plpgsql as $$
declare
    v_changes jsonb;
begin
    execute format($q$
        select jsonb_agg(c) from (
            select r.fund_id, r.round_id, r.sign as projects, r.sign * coalesce(r.total_amount, 0) as total_sum,
                   r.sign * (case when r.total_amount is null then 0 else 1 end) as totals_known,
                   r.sign * coalesce(r.granted_amount, 0) as granted_sum,
                   r.sign * (case when r.granted_amount is null then 0 else 1 end) as grants_known,
                   r.sign * (case when r.total_amount is null then 0 else coalesce(r.granted_amount, 0) end) as granted_where_both,
                   r.sign * (case when r.granted_amount is null then 0 else coalesce(r.total_amount, 0) end) as total_where_both
            from (select c.*, (select g.granted_amount from project_grant g where g.project_id = c.id) as granted_amount
                  from (%s) c) r) c $q$,
        round_summary_changed_rows(tg_op))
        into v_changes;
    perform round_summary_apply_all(v_changes);
    return null;
end $$;

-- Grants: each adds its amount to its project's round (the project itself is counted by its own trigger) and counts
-- in its sub-pool. A grant whose project is gone in the same statement counts only in its sub-pool (as in V23).
create function round_summary_grants_written() returns trigger language plpgsql as $$
declare
    v_changes jsonb;
begin
    execute format($q$
        select jsonb_agg(c) from (
            select (r.p).fund_id, (r.p).round_id, 0 as projects, 0 as total_sum, 0 as totals_known,
                   r.sign * coalesce(r.granted_amount, 0) as granted_sum,
                   r.sign * (case when r.granted_amount is null then 0 else 1 end) as grants_known,
                   r.sign * (case when (r.p).total_amount is null then 0 else coalesce(r.granted_amount, 0) end) as granted_where_both,
                   r.sign * (case when r.granted_amount is null then 0 else coalesce((r.p).total_amount, 0) end) as total_where_both,
                   r.sub_pool_id, r.sign as sub_pool_projects, r.sign * coalesce(r.granted_amount, 0) as sub_pool_granted
            from (select c.sign, c.granted_amount, c.sub_pool_id,
                         (select p from project p where p.id = c.project_id) as p
                  from (%s) c) r) c $q$,
        round_summary_changed_rows(tg_op))
        into v_changes;
    perform round_summary_apply_all(v_changes);
    return null;
end $$;

create trigger project_round_summary_insert after insert on project
    referencing new table as new_rows for each statement execute function round_summary_projects_written();
create trigger project_round_summary_delete after delete on project
    referencing old table as old_rows for each statement execute function round_summary_projects_written();

create trigger project_grant_round_summary_insert after insert on project_grant
    referencing new table as new_rows for each statement execute function round_summary_grants_written();
create trigger project_grant_round_summary_delete after delete on project_grant
    referencing old table as old_rows for each statement execute function round_summary_grants_written();
