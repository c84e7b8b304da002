-- API tokens for scripts and integrations. The secret is shown once, when the token is made; only its
-- SHA-256 is kept, so a copy of this table lets nobody in. A revoked token stays listed, for the record
-- of who could write when.
create table api_tokens (
    id          uuid primary key,
    name        varchar(100) not null,
    role        varchar(10)  not null check (role in ('VIEWER', 'EDITOR', 'ADMIN')),
    secret_hash bytea        not null check (length(secret_hash) = 32),
    -- the first characters of the secret, so that a leaked token can be matched to its entry
    hint        varchar(16)  not null,
    version     bigint       not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    created_by  varchar(200) not null,
    expires_at  timestamptz,
    revoked_at  timestamptz,
    revoked_by  varchar(200),
    check ((revoked_at is null) = (revoked_by is null))
);

-- each request with a token looks it up by its hash
create unique index api_tokens_secret_hash_idx on api_tokens (secret_hash);

-- the list, newest first
create index api_tokens_created_idx on api_tokens (created_at desc, id desc);
