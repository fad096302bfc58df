-- Throttling replaces the account lockout (issue 8): nobody can lock anybody out any more, so the lock goes.
alter table user_account drop column locked_until;

-- Each fund link says in which role the fund is given (issue 7): a user who administers fund A and reads fund B as
-- regional staff must not be able to change B. Existing links keep exactly what they granted before: one row per fund
-- role the user holds (a user with both roles keeps both; the administrators should review such users).
alter table user_fund drop constraint user_fund_pkey;
alter table user_fund add column role varchar(30);
update user_fund uf set role = 'FUND_ADMIN'
 where exists (select 1 from user_role r where r.user_id = uf.user_id and r.role = 'FUND_ADMIN');
insert into user_fund (user_id, fund_id, role)
select uf.user_id, uf.fund_id, 'REGIONAL_STAFF' from user_fund uf
 where uf.role = 'FUND_ADMIN'
   and exists (select 1 from user_role r where r.user_id = uf.user_id and r.role = 'REGIONAL_STAFF');
update user_fund uf set role = 'REGIONAL_STAFF'
 where uf.role is null
   and exists (select 1 from user_role r where r.user_id = uf.user_id and r.role = 'REGIONAL_STAFF');
-- Links of users with neither role granted nothing.
delete from user_fund where role is null;
alter table user_fund alter column role set not null;
alter table user_fund add constraint user_fund_role_check check (role in ('FUND_ADMIN', 'REGIONAL_STAFF'));
alter table user_fund add primary key (user_id, fund_id, role);
