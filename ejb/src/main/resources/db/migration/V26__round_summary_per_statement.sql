-- The round summary (V23) kept per statement instead of per row (issue 12).
--
-- V23's row triggers updated a round's summary row once for every project and twice for every grant. In a
-- transaction that writes many rows of one round (an import of 10.000 allocations) that is 30.000 updates of the same
-- row, and PostgreSQL keeps every version of it until the transaction ends, so each update walks a longer chain: the
-- store grew with the square of the list (docs/performance.md, "Import of allocation lists"). These triggers see all
-- rows of a statement at once (transition tables) and apply one summed delta per round and sub-pool; with inserts
-- batched 50 to a statement (V24, reWriteBatchedInserts) that is one update per 50 rows, and an edit of one project
-- costs what it did. The sums and their meaning are V23's; RoundSummaryIT proves them equal to the live aggregate.
--
-- A project counts with its grant's amount (at most one grant); a grant adds only its own part (the grant's amount,
-- and the "both known" sums) to its project's round. PostgreSQL allows no column list on a trigger with transition
-- tables, so the update triggers compare old and new rows themselves and pass on only the rows that moved a sum.

drop trigger project_round_summary_insert on project;
drop trigger project_round_summary_update on project;
drop trigger project_round_summary_delete on project;
drop trigger project_grant_round_summary_insert on project_grant;
drop trigger project_grant_round_summary_update on project_grant;
drop trigger project_grant_round_summary_delete on project_grant;
drop function round_summary_project_changed();
drop function round_summary_grant_changed();
drop function round_summary_apply(bigint, bigint, numeric, numeric, integer);
drop function sub_pool_summary_apply(bigint, numeric, integer);

-- Adds one statement's changes, one element per project or grant with its signed part of each sum, to the summaries:
-- one upsert per round and per sub-pool. Amounts travel as JSON numbers, which PostgreSQL keeps as exact numerics.
create function round_summary_apply(p_changes jsonb) returns void language plpgsql as $$
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

-- The rows a statement changed, each with its sign: added (+1), taken away (-1), or for an update the old row taken
-- away and the new one added, only where a column the sums read changed. Transition tables exist only for the
-- operation that declared them, so the query is chosen by operation and run with EXECUTE.
create function round_summary_changed_rows(p_operation text, p_moved text) returns text language sql immutable as $$
    select case p_operation
        when 'INSERT' then 'select n.*, 1 as sign from new_rows n'
        when 'DELETE' then 'select o.*, -1 as sign from old_rows o'
        else 'select o.*, -1 as sign from old_rows o join new_rows n on n.id = o.id where ' || p_moved
             || ' union all select n.*, 1 as sign from new_rows n join old_rows o on o.id = n.id where ' || p_moved
    end
$$;

-- Projects: each counts with its total and its grant's amount, looked up now (as V23 did).
create function round_summary_projects_changed() returns trigger language plpgsql as $$
declare
    v_changes jsonb;
begin
    execute format($q$
        select jsonb_agg(c) from (
            select r.fund_id, r.round_id, r.sign as projects, r.sign * coalesce(r.total_amount, 0) as total_sum,
                   r.sign * (case when r.total_amount is null then 0 else 1 end) as totals_known,
                   r.sign * coalesce(g.granted_amount, 0) as granted_sum,
                   r.sign * (case when g.granted_amount is null then 0 else 1 end) as grants_known,
                   r.sign * (case when r.total_amount is null then 0 else coalesce(g.granted_amount, 0) end) as granted_where_both,
                   r.sign * (case when g.granted_amount is null then 0 else coalesce(r.total_amount, 0) end) as total_where_both
            from (%s) r
            left join project_grant g on g.project_id = r.id) c $q$,
        round_summary_changed_rows(tg_op, '(n.fund_id is distinct from o.fund_id or n.round_id is distinct from o.round_id'
            || ' or n.total_amount is distinct from o.total_amount)'))
        into v_changes;
    perform round_summary_apply(v_changes);
    return null;
end $$;

-- Grants: each adds its amount to its project's round (the project itself is counted by its own trigger) and counts
-- in its sub-pool. A grant whose project is gone in the same statement counts only in its sub-pool (as in V23).
create function round_summary_grants_changed() returns trigger language plpgsql as $$
declare
    v_changes jsonb;
begin
    execute format($q$
        select jsonb_agg(c) from (
            select p.fund_id, p.round_id, 0 as projects, 0 as total_sum, 0 as totals_known,
                   r.sign * coalesce(r.granted_amount, 0) as granted_sum,
                   r.sign * (case when r.granted_amount is null then 0 else 1 end) as grants_known,
                   r.sign * (case when p.total_amount is null then 0 else coalesce(r.granted_amount, 0) end) as granted_where_both,
                   r.sign * (case when r.granted_amount is null then 0 else coalesce(p.total_amount, 0) end) as total_where_both,
                   r.sub_pool_id, r.sign as sub_pool_projects, r.sign * coalesce(r.granted_amount, 0) as sub_pool_granted
            from (%s) r
            left join project p on p.id = r.project_id) c $q$,
        round_summary_changed_rows(tg_op, '(n.project_id is distinct from o.project_id or n.sub_pool_id is distinct from o.sub_pool_id'
            || ' or n.granted_amount is distinct from o.granted_amount)'))
        into v_changes;
    perform round_summary_apply(v_changes);
    return null;
end $$;

create trigger project_round_summary_insert after insert on project
    referencing new table as new_rows for each statement execute function round_summary_projects_changed();
create trigger project_round_summary_update after update on project
    referencing old table as old_rows new table as new_rows for each statement execute function round_summary_projects_changed();
create trigger project_round_summary_delete after delete on project
    referencing old table as old_rows for each statement execute function round_summary_projects_changed();

create trigger project_grant_round_summary_insert after insert on project_grant
    referencing new table as new_rows for each statement execute function round_summary_grants_changed();
create trigger project_grant_round_summary_update after update on project_grant
    referencing old table as old_rows new table as new_rows for each statement execute function round_summary_grants_changed();
create trigger project_grant_round_summary_delete after delete on project_grant
    referencing old table as old_rows for each statement execute function round_summary_grants_changed();
