-- The project workspace (issue 9): payments can wait for a report, carry the payer's reference and are released when
-- the report is approved; the parts edited from the project page that were not yet audited join the audit trail, so
-- that every change made there is in the history. Same shape as V2's and V7's *_aud tables.

-- A tranche tied to a report obligation is held until that report is approved; approval releases it (released_on).
alter table payment add column report_id bigint references report_obligation (id);
alter table payment add column released_on date;
alter table payment add column payment_reference varchar(100);
create index payment_report_idx on payment (report_id);

alter table payment_aud add column report_id bigint;
alter table payment_aud add column released_on date;
alter table payment_aud add column payment_reference varchar(100);

-- Result goals with their indicators.
create table result_goal_aud (
    id          bigint   not null,
    rev         bigint   not null references audit_revision (id),
    revtype     smallint,
    project_id  bigint,
    position    integer,
    description text,
    indicators  text,
    primary key (id, rev)
);
create index result_goal_aud_project_idx on result_goal_aud (project_id);

-- Target groups, activities and contacts are value collections of the project: Envers keeps one row per element
-- added (revtype 0) or removed (revtype 2) at a revision.
create table project_target_group_aud (
    rev         bigint        not null references audit_revision (id),
    revtype     smallint      not null,
    project_id  bigint        not null,
    position    integer       not null,
    description varchar(1000) not null,
    primary key (rev, revtype, project_id, position)
);

create table project_activity_aud (
    rev         bigint   not null references audit_revision (id),
    revtype     smallint not null,
    project_id  bigint   not null,
    position    integer  not null,
    description text     not null,
    primary key (rev, revtype, project_id, position)
);

create table project_contact_aud (
    rev               bigint   not null references audit_revision (id),
    revtype           smallint not null,
    project_id        bigint   not null,
    position          integer  not null,
    contact_person_id bigint   not null,
    role              varchar(200),
    primary key (rev, revtype, project_id, position)
);

-- The fund's internal note is edited on the overview now: audited like the rest, shown in the history only to the
-- fund's administrators (never to applicants, who may read the history).
alter table project_aud add column internal_note text;
