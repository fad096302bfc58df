-- Rate limits and login throttling shared by every server (issue 14, two servers; ADR 0022). Until now both were
-- counted in each server's memory, so two servers let a client (or a password guesser) through twice as often.

-- The API's token buckets (RateBuckets): one row per client address ('a|…') or token lookup part ('t|…'), changed by
-- one upsert per request. UNLOGGED: no write-ahead log for a counter that is rewritten on every request; after a
-- crash of PostgreSQL the table comes back empty, which gives every client a full bucket once — the limits protect
-- the server, they are not quotas. Buckets idle for a minute are full and are deleted.
create unlogged table api_rate_bucket (
    bucket     varchar(200)     primary key,
    available  double precision not null,
    -- epoch seconds (fractions kept): the bucket's arithmetic is plain numbers
    updated_at double precision not null,
    refused    boolean          not null
);

-- LoginThrottle's counters of checked failures (per address 'a|…', per username and address 'p|…', per username
-- 'u|…'), each with the time until which the next attempt waits. Logged: a crash must not hand a guesser fresh
-- attempts. Rows quiet for a day are deleted.
create table login_throttle (
    key      varchar(600) primary key,
    failures integer      not null check (failures > 0),
    last_at  timestamp with time zone not null,
    until_at timestamp with time zone not null
);
create index login_throttle_last_idx on login_throttle (last_at);

-- Addresses an account has logged in from (at most 20 kept each): the per-username counter never holds them back.
create table login_known_address (
    username varchar(300) not null,
    address  varchar(100) not null,
    since    timestamp with time zone not null,
    primary key (username, address)
);
