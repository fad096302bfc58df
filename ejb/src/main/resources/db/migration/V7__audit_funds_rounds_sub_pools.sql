-- Funds, rounds and sub-pools are edited in Pulje now (issue 9): their changes join the audit trail, so that a
-- conflicting edit names who saved first and an envelope's history is never lost. Same shape as V2's *_aud tables;
-- rows written before this migration simply have no history.

create table fund_aud (
    id                               bigint   not null,
    rev                              bigint   not null references audit_revision (id),
    revtype                          smallint,
    funder_id                        bigint,
    name                             varchar(300),
    short_name                       varchar(100),
    own_financing_min_share          numeric(5, 4),
    own_financing_threshold_amount   numeric(15, 2),
    own_financing_threshold_currency varchar(3),
    primary key (id, rev)
);

create table funding_round_aud (
    id                   bigint   not null,
    rev                  bigint   not null references audit_revision (id),
    revtype              smallint,
    fund_id              bigint,
    name                 varchar(200),
    round_year           integer,
    envelope_amount      numeric(15, 2),
    envelope_currency    varchar(3),
    application_deadline date,
    decision_date        date,
    primary key (id, rev)
);
create index funding_round_aud_fund_idx on funding_round_aud (fund_id);

create table sub_pool_aud (
    id           bigint   not null,
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    round_id     bigint,
    name         varchar(200),
    kind         varchar(20),
    target_share numeric(5, 4),
    primary key (id, rev)
);
create index sub_pool_aud_round_idx on sub_pool_aud (round_id);

create table sub_pool_theme_aud (
    rev         bigint   not null references audit_revision (id),
    revtype     smallint,
    sub_pool_id bigint   not null,
    theme_id    bigint   not null,
    primary key (rev, sub_pool_id, theme_id)
);
