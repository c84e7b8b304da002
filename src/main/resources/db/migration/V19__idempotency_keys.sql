-- The first answer to each POST sent with an Idempotency-Key, so that a retry gets that answer instead of
-- making the resource again. Written in the transaction that made the resource, so every instance agrees;
-- a key counts for 24 hours, and older ones are cleared as new ones come.
create table idempotency_keys (
    caller       varchar(200)  not null,
    key          varchar(255)  not null,
    request_hash bytea         not null check (length(request_hash) = 32),
    status       smallint      not null,
    content_type varchar(200),
    location     varchar(2048),
    etag         varchar(40),
    body         bytea         not null,
    created_at   timestamptz   not null,
    primary key (caller, key)
);

create index idempotency_keys_created_idx on idempotency_keys (created_at);
