create table delegations (
    id         uuid primary key,
    name       varchar(200) not null,
    party      varchar(200) not null,
    party_code varchar(10),
    version    bigint       not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);

-- serves the case-insensitive ?party= filter
create index delegations_party_idx on delegations (lower(party));

create table delegation_members (
    id            uuid primary key,
    delegation_id uuid         not null references delegations (id) on delete cascade,
    full_name     varchar(200) not null,
    position      varchar(300),
    head          boolean      not null default false,
    -- deferred so that handing the head role from one member to another in one transaction works
    constraint delegation_members_one_head
        exclude using btree (delegation_id with =) where (head) deferrable initially deferred
);

create index delegation_members_delegation_idx on delegation_members (delegation_id);
