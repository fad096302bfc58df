-- A large portfolio for ./pulje bench: 1.000 organisations of four types in 50 towns, 10 funds with 4 rounds and 2
-- sub-pools each (theme pool with a target of 80 % and two themes, open pool 20 %), :projects projects with a total,
-- a grant (60 %), two partners, two of 12 themes, 10 budget lines and 4 tranches (2 paid) each, in the statuses of
-- granted projects (a fifth closed). Generated in SQL (generate_series), so that 100.000 projects take seconds.
-- Statements are separated by blank lines.
-- Rows are spread by their id: ids come from pulje_id_seq (V24), which steps by 50 for every row inserted here, so
-- id / 50 counts the rows of a table one by one.

insert into organisation (name, type, town)
select 'Benchorganisation ' || g, (array['LIBRARY', 'SCHOOL', 'NGO', 'MUNICIPALITY'])[1 + g % 4], 'By ' || (g % 50)
from generate_series(1, 1000) g

insert into fund (funder_id, name, short_name)
select (select min(id) from organisation), 'Benchpulje ' || g, 'Pulje ' || lpad(g::text, 2, '0')
from generate_series(1, 10) g

insert into funding_round (fund_id, name, round_year, envelope_amount, envelope_currency)
select f.id, f.short_name || ' ' || y, y, 50000000, 'DKK'
from fund f cross join generate_series(2022, 2025) y

insert into sub_pool (round_id, name, kind, target_share)
select r.id, k.name, k.kind, k.share
from funding_round r cross join (values ('Temapulje', 'THEME', 0.8), ('Åben pulje', 'OPEN', 0.2)) k (name, kind, share)

insert into project (fund_id, round_id, owner_id, title, project_type, status, start_date, end_date, town, total_amount, total_currency)
select rounds.funds[1 + g % 40], rounds.ids[1 + g % 40], orgs.ids[1 + g % 1000],
       'Projekt ' || g || ' om ' || (array['AI', 'grøn omstilling', 'læsning', 'trivsel', 'EuroSkills'])[1 + g % 5],
       'DEVELOPMENT', (array['GRANTED', 'ACTIVE', 'ACTIVE', 'FINAL_REPORT_DUE', 'CLOSED'])[1 + g % 5], date '2024-01-01' + (g % 365), date '2025-06-30' + (g % 365), orgs.towns[1 + g % 1000],
       100000 + (g % 1000) * 1000, 'DKK'
from generate_series(1, :projects) g,
     (select array_agg(id order by id) ids, array_agg(fund_id order by id) funds from funding_round) rounds,
     (select array_agg(id order by id) ids, array_agg(town order by id) towns from organisation) orgs

insert into project_grant (project_id, sub_pool_id, granted_amount, granted_currency)
select p.id, sp.id, round(p.total_amount * 0.6, 2), 'DKK'
from project p join sub_pool sp on sp.round_id = p.round_id
 and sp.kind = case when (p.id / 50) % 3 = 0 then 'OPEN' else 'THEME' end

insert into project_partner (project_id, organisation_id, role)
select p.id, orgs.ids[1 + (p.id / 50 * 7) % 1000], 'PARTICIPANT'
from project p, (select array_agg(id order by id) ids from organisation) orgs
where orgs.ids[1 + (p.id / 50 * 7) % 1000] <> p.owner_id

insert into project_partner (project_id, organisation_id, role)
select p.id, orgs.ids[1 + (p.id / 50 * 13) % 1000], 'STEERING_GROUP'
from project p, (select array_agg(id order by id) ids from organisation) orgs
where orgs.ids[1 + (p.id / 50 * 13) % 1000] <> p.owner_id

insert into theme (name)
select 'Benchtema ' || t from generate_series(1, 12) t

insert into sub_pool_theme (sub_pool_id, theme_id)
select sp.id, th.ids[k]
from sub_pool sp, (select array_agg(id order by id) ids from theme) th, generate_series(1, 2) k
where sp.kind = 'THEME'

insert into project_theme (project_id, theme_id)
select p.id, th.ids[1 + (p.id / 50 + k * 5) % 12]
from project p, (select array_agg(id order by id) ids from theme) th, generate_series(0, 1) k

insert into budget_line (project_id, category, budget_year, amount, currency)
select p.id, (array['SALARIES', 'ACTIVITIES', 'MATERIALS', 'COMMUNICATION', 'EVALUATION', 'TRAVEL', 'AUDIT', 'OTHER',
                    'SALARIES', 'ACTIVITIES'])[k], 2024 + k % 2, round(p.total_amount / 10, 2), 'DKK'
from project p cross join generate_series(1, 10) k

insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
select g.id, date '2024-03-01' + cast(k * 120 + (g.id / 50) % 90 as integer), round(g.granted_amount / 4, 2), 'DKK',
       case when k <= 2 then date '2024-03-01' + cast(k * 120 + (g.id / 50) % 90 as integer) end,
       case when k <= 2 then round(g.granted_amount / 4, 2) end, case when k <= 2 then 'DKK' end
from project_grant g cross join generate_series(1, 4) k

update project_grant g set planned_total = s.total
from (select grant_id, sum(planned_amount) as total from payment group by grant_id) s
where s.grant_id = g.id

analyze
