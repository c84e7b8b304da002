create table people (
    id         uuid primary key,
    name       varchar(200) not null,
    version    bigint       not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);

-- the default sort of the people list, with the id that makes pages stable
create index people_name_idx on people (name, id);
-- serve the case-insensitive part match of ?name= and of the statement list's ?speaker=
create index people_name_trgm_idx on people using gin (lower(name) gin_trgm_ops);

create table person_aliases (
    person_id uuid         not null references people (id) on delete cascade,
    ordinal   integer      not null,
    alias     varchar(200) not null,
    primary key (person_id, ordinal)
);

create index person_aliases_trgm_idx on person_aliases using gin (lower(alias) gin_trgm_ops);

create table person_affiliations (
    person_id uuid        not null references people (id) on delete cascade,
    ordinal   integer     not null,
    side      varchar(10) not null,
    position  varchar(300),
    from_date date,
    to_date   date,
    primary key (person_id, ordinal),
    constraint person_affiliations_dates_ordered check (to_date is null or from_date is null or to_date >= from_date)
);

create index person_affiliations_side_idx on person_affiliations (side);

-- a delegation member and a statement's speaker may be a known person
alter table delegation_members add column person_id uuid references people (id);
create index delegation_members_person_idx on delegation_members (person_id);

alter table statements add column person_id uuid references people (id);
create index statements_person_idx on statements (person_id, stated_on);
