-- Organisations and contact persons are edited and merged in Pulje now (issue 9): their changes join the audit trail,
-- so that a conflicting edit names who saved first, a merge records who merged which organisation into which, and a
-- project's history still names an organisation that a merge has since removed (Envers reads the name as it was).
-- Same shape as V2's and V7's *_aud tables.

create table organisation_aud (
    id           bigint   not null,
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    name         varchar(300),
    type         varchar(30),
    cvr          varchar(8),
    town         varchar(100),
    municipality varchar(100),
    region       varchar(100),
    country      varchar(2),
    primary key (id, rev)
);

create table organisation_alias_aud (
    rev             bigint       not null references audit_revision (id),
    revtype         smallint,
    organisation_id bigint       not null,
    alias           varchar(300) not null,
    primary key (rev, organisation_id, alias)
);

create table contact_person_aud (
    id              bigint   not null,
    rev             bigint   not null references audit_revision (id),
    revtype         smallint,
    organisation_id bigint,
    name            varchar(200),
    job_title       varchar(200),
    email           varchar(254),
    phone           varchar(50),
    primary key (id, rev)
);
create index contact_person_aud_organisation_idx on contact_person_aud (organisation_id);

-- Organisations that exist already get a first snapshot, as they are now, at revision 0 (before every other revision):
-- the audit trail reads a project's owner, partner or contributor as of each revision, and without a snapshot at or
-- before it the name would be lost. Their earlier names were never recorded; the present one is the best there is.
insert into audit_revision (id, changed_at, changed_by)
select 0, (extract(epoch from now()) * 1000)::bigint, 'system'
where exists (select 1 from organisation);

insert into organisation_aud (id, rev, revtype, name, type, cvr, town, municipality, region, country)
select id, 0, 0, name, type, cvr, town, municipality, region, country from organisation;

insert into organisation_alias_aud (rev, revtype, organisation_id, alias)
select 0, 0, organisation_id, alias from organisation_alias;

insert into contact_person_aud (id, rev, revtype, organisation_id, name, job_title, email, phone)
select id, 0, 0, organisation_id, name, job_title, email, phone from contact_person;
