-- A large portfolio for ./pulje bench: 1.000 organisations, 10 funds with 4 rounds and 2 sub-pools each, :projects
-- projects with a total, a grant (60 %) and two partners each, in the statuses of granted projects (a fifth closed). Statements are separated by blank lines.

insert into organisation (name, type, town)
select 'Benchorganisation ' || g, case when g % 2 = 0 then 'LIBRARY' else 'SCHOOL' end, 'By ' || (g % 50)
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
 and sp.kind = case when p.id % 3 = 0 then 'OPEN' else 'THEME' end

insert into project_partner (project_id, organisation_id, role)
select p.id, orgs.ids[1 + (p.id * 7) % 1000], 'PARTICIPANT'
from project p, (select array_agg(id order by id) ids from organisation) orgs
where orgs.ids[1 + (p.id * 7) % 1000] <> p.owner_id

insert into project_partner (project_id, organisation_id, role)
select p.id, orgs.ids[1 + (p.id * 13) % 1000], 'STEERING_GROUP'
from project p, (select array_agg(id order by id) ids from organisation) orgs
where orgs.ids[1 + (p.id * 13) % 1000] <> p.owner_id

analyze
