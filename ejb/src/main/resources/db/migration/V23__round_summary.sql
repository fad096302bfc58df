-- A summary per fund and round (and per sub-pool) of the sums the start page shows (issue 11). Summed live, the start
-- page read every project and grant of the caller's funds on every view (docs/performance.md); read from here it is
-- one row per round, whatever the size of the portfolio. The rows are kept by the triggers below in the same
-- transaction as the change that moves them, whichever way the change comes (a service, an import, plain SQL), and
-- by deltas, so that a change costs the same in a round of ten projects and of ten thousand. docs/adr/0011 says why a
-- trigger here although V12 rejected one for the grant's planned total; RoundSummaryIT proves the rows equal the live
-- aggregate after every kind of change.
--
-- The sums are PortfolioService's: projects, Σ total (and how many totals are known), Σ granted (and how many grants
-- are known; every grant counts, whatever its project's later status), and Σ granted and Σ total over the projects
-- where both are known (the support share's numerator and denominator).

create table round_summary (
    fund_id            bigint  not null references fund (id) on delete cascade,
    round_id           bigint references funding_round (id) on delete cascade,
    projects           bigint  not null default 0,
    total_sum          numeric(17, 2) not null default 0,
    totals_known       bigint  not null default 0,
    granted_sum        numeric(17, 2) not null default 0,
    grants_known       bigint  not null default 0,
    granted_where_both numeric(17, 2) not null default 0,
    total_where_both   numeric(17, 2) not null default 0,
    constraint round_summary_key unique nulls not distinct (fund_id, round_id)
);
create index round_summary_round_idx on round_summary (round_id);

create table sub_pool_summary (
    sub_pool_id bigint not null primary key references sub_pool (id) on delete cascade,
    projects    bigint not null default 0,
    granted_sum numeric(17, 2) not null default 0
);

-- Adds (sign +1) or takes away (sign -1) one project's part of its round's sums.
create function round_summary_apply(p_fund bigint, p_round bigint, p_total numeric, p_granted numeric, p_sign integer)
    returns void language plpgsql as $$
begin
    insert into round_summary as s (fund_id, round_id, projects, total_sum, totals_known, granted_sum, grants_known,
                                    granted_where_both, total_where_both)
    values (p_fund, p_round, p_sign, coalesce(p_total, 0) * p_sign, case when p_total is null then 0 else p_sign end,
            coalesce(p_granted, 0) * p_sign, case when p_granted is null then 0 else p_sign end,
            case when p_total is null or p_granted is null then 0 else p_granted * p_sign end,
            case when p_total is null or p_granted is null then 0 else p_total * p_sign end)
    on conflict on constraint round_summary_key do update set
        projects           = s.projects + excluded.projects,
        total_sum          = s.total_sum + excluded.total_sum,
        totals_known       = s.totals_known + excluded.totals_known,
        granted_sum        = s.granted_sum + excluded.granted_sum,
        grants_known       = s.grants_known + excluded.grants_known,
        granted_where_both = s.granted_where_both + excluded.granted_where_both,
        total_where_both   = s.total_where_both + excluded.total_where_both;
end $$;

create function sub_pool_summary_apply(p_sub_pool bigint, p_granted numeric, p_sign integer)
    returns void language plpgsql as $$
begin
    if p_sub_pool is null then
        return;
    end if;
    insert into sub_pool_summary as s (sub_pool_id, projects, granted_sum)
    values (p_sub_pool, p_sign, coalesce(p_granted, 0) * p_sign)
    on conflict (sub_pool_id) do update set
        projects    = s.projects + excluded.projects,
        granted_sum = s.granted_sum + excluded.granted_sum;
end $$;

-- A project: its own total, with its grant's amount (a project has at most one grant).
create function round_summary_project_changed() returns trigger language plpgsql as $$
declare
    v_granted numeric;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select g.granted_amount into v_granted from project_grant g where g.project_id = old.id;
        perform round_summary_apply(old.fund_id, old.round_id, old.total_amount, v_granted, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select g.granted_amount into v_granted from project_grant g where g.project_id = new.id;
        perform round_summary_apply(new.fund_id, new.round_id, new.total_amount, v_granted, 1);
    end if;
    return null;
end $$;

create trigger project_round_summary_insert after insert on project
    for each row execute function round_summary_project_changed();
create trigger project_round_summary_update after update of fund_id, round_id, total_amount on project
    for each row when (old.fund_id is distinct from new.fund_id or old.round_id is distinct from new.round_id
                       or old.total_amount is distinct from new.total_amount)
    execute function round_summary_project_changed();
create trigger project_round_summary_delete after delete on project
    for each row execute function round_summary_project_changed();

-- A grant: its project's part taken away with the old amount and added with the new one; and its sub-pool's sums.
create function round_summary_grant_changed() returns trigger language plpgsql as $$
declare
    v_project project%rowtype;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select * into v_project from project where id = old.project_id;
        if found then
            perform round_summary_apply(v_project.fund_id, v_project.round_id, v_project.total_amount, old.granted_amount, -1);
            perform round_summary_apply(v_project.fund_id, v_project.round_id, v_project.total_amount, null, 1);
        end if;
        perform sub_pool_summary_apply(old.sub_pool_id, old.granted_amount, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into v_project from project where id = new.project_id;
        perform round_summary_apply(v_project.fund_id, v_project.round_id, v_project.total_amount, null, -1);
        perform round_summary_apply(v_project.fund_id, v_project.round_id, v_project.total_amount, new.granted_amount, 1);
        perform sub_pool_summary_apply(new.sub_pool_id, new.granted_amount, 1);
    end if;
    return null;
end $$;

create trigger project_grant_round_summary_insert after insert on project_grant
    for each row execute function round_summary_grant_changed();
create trigger project_grant_round_summary_update after update of project_id, sub_pool_id, granted_amount on project_grant
    for each row when (old.project_id is distinct from new.project_id or old.sub_pool_id is distinct from new.sub_pool_id
                       or old.granted_amount is distinct from new.granted_amount)
    execute function round_summary_grant_changed();
create trigger project_grant_round_summary_delete after delete on project_grant
    for each row execute function round_summary_grant_changed();

-- What is there already.
insert into round_summary (fund_id, round_id, projects, total_sum, totals_known, granted_sum, grants_known,
                           granted_where_both, total_where_both)
select p.fund_id, p.round_id, count(*), coalesce(sum(p.total_amount), 0), count(p.total_amount),
       coalesce(sum(g.granted_amount), 0), count(g.granted_amount),
       coalesce(sum(case when p.total_amount is not null then g.granted_amount end), 0),
       coalesce(sum(case when g.granted_amount is not null then p.total_amount end), 0)
from project p left join project_grant g on g.project_id = p.id
group by p.fund_id, p.round_id;

insert into sub_pool_summary (sub_pool_id, projects, granted_sum)
select g.sub_pool_id, count(*), coalesce(sum(g.granted_amount), 0)
from project_grant g
where g.sub_pool_id is not null
group by g.sub_pool_id;
