-- The rate limits' token buckets, one per caller (an API token's or JWT's name, or an anonymous client's
-- address), so that every instance behind a load balancer draws from the same bucket. Bucket4j's layout.
create table rate_limit_buckets (
    id         varchar(300) primary key,
    state      bytea,
    -- milliseconds since 1970 after which the bucket is full again and may be forgotten
    expires_at bigint
);

create index rate_limit_buckets_expires_idx on rate_limit_buckets (expires_at);
