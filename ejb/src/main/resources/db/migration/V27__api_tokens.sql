-- Personal API tokens (issue 13, ADR 0018): a program calls /api with "Authorization: Bearer pulje_<lookup>_<secret>".
--
-- Only the SHA-256 of the secret is stored: the secret is 256 random bits, so a fast hash is enough (nobody can try
-- 2^256 secrets, unlike a password chosen by a person) and a request costs no PBKDF2. The lookup part is public (it is
-- the prefix shown on the account page) and unique, so a token is found with one indexed read, and the hash is then
-- compared in constant time.
--
-- A token carries no roles of its own: its requests run as its user, with the user's roles and scope at that moment.
-- last_used_at is written at most once a minute per token (not on every request). Revoked tokens stay, for the record.
create table api_token (
    id           bigint                   not null default nextval('pulje_id_seq') primary key,
    version      bigint                   not null default 0,
    user_id      bigint                   not null references user_account (id),
    name         varchar(100)             not null check (length(btrim(name)) > 0),
    lookup_id    varchar(20)              not null,
    secret_hash  varchar(64)              not null,
    read_only    boolean                  not null,
    expires_at   timestamp with time zone,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    revoked_by   varchar(100),
    constraint api_token_lookup_unique unique (lookup_id)
);

create index api_token_user on api_token (user_id);
