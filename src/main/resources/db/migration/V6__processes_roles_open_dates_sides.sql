create table processes (
    id         uuid primary key,
    name       varchar(200) not null,
    conflict   varchar(200) not null,
    started_on date,
    status     varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED', 'CONCLUDED')),
    summary    text,
    version    bigint       not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);

create unique index processes_name_key on processes (lower(name));
-- the default sort of the process list, with the id that makes pages stable
create index processes_name_idx on processes (name, id);
create index processes_status_idx on processes (status);

create table process_parties (
    process_id uuid        not null references processes (id) on delete cascade,
    position   integer     not null,
    side       varchar(10) not null,
    primary key (process_id, position)
);

-- a round belongs to at most one process
alter table talks add column process_id uuid references processes (id);
create index talks_process_idx on talks (process_id, start_date);

-- a round not yet held may leave its dates and place open and say in words when it is expected;
-- one that sits or has sat may not
alter table talks add column expected_when varchar(200);
alter table talks alter column start_date drop not null;
alter table talks alter column end_date drop not null;
alter table talks alter column city drop not null;
alter table talks alter column country drop not null;
alter table talks add constraint talks_end_needs_start check (end_date is null or start_date is not null);
alter table talks add constraint talks_sat_dated_and_placed check (
    status not in ('ONGOING', 'CONCLUDED')
    or (start_date is not null and end_date is not null and city is not null and country is not null));

alter table talk_participants drop constraint talk_participants_role_check;
alter table talk_participants add constraint talk_participants_role_check
    check (role in ('PARTY', 'MEDIATOR', 'OBSERVER', 'HOST', 'GUARANTOR', 'FACILITATOR'));

-- the side a statement speaks for when it names no delegation
alter table statements add column side varchar(10);
alter table statements add constraint statements_side_or_delegation check (side is null or delegation_id is null);
create index statements_side_idx on statements (side, stated_on);
-- serves ?side=, which also matches the statements of the side's delegations
create index delegations_party_code_idx on delegations (party_code);
