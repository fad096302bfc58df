-- Σ planned of a grant's tranches, kept on the grant itself (Grant.planPayment / Grant.removePayment keep it; nothing
-- else writes it). The work list of grants not fully planned and the start page's count of it filtered and sorted by
-- granted − Σ planned, which had to be summed per grant with a correlated subquery for every running grant before the
-- list could count or sort (1.4 s at 100.000 projects, docs/performance.md). A paid tranche still counts as planned:
-- the sum is of planned_amount, paid or not, exactly as before.
alter table project_grant add column planned_total numeric(15, 2) not null default 0
    constraint project_grant_planned_total_not_negative check (planned_total >= 0);

-- Backfill from the tranches there are (MigrationsIT runs this statement again on data of its own to check it).
update project_grant g set planned_total = s.total
from (select grant_id, sum(planned_amount) as total from payment group by grant_id) s
where s.grant_id = g.id;

-- The grants with money not yet planned, by how much is unplanned: the list reads this index in order (backwards for
-- "most unplanned first") and stops at the page; the count reads only these rows. Partial: a grant whose plan covers it
-- leaves the index, so it holds only the grants the list is about. WorkListService writes the same expression.
create index project_grant_unplanned_idx on project_grant ((granted_amount - planned_total), id)
    where (granted_amount - planned_total) > 0;

-- PostgreSQL cannot tell from the two columns' statistics how many grants have money not yet planned (it would assume
-- a third, and scan every grant to count a few); statistics on the expression itself tell it, from the next analyze.
create statistics project_grant_unplanned_stats on ((granted_amount - planned_total)) from project_grant;
