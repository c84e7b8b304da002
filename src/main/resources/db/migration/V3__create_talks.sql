create table talks (
    id         uuid primary key,
    title      varchar(300) not null,
    city       varchar(100) not null,
    country    varchar(100) not null,
    venue      varchar(300),
    start_date date         not null,
    end_date   date         not null,
    format     varchar(16)  not null check (format in ('BILATERAL', 'TRILATERAL', 'MULTILATERAL', 'PROXIMITY')),
    status     varchar(16)  not null check (status in ('PLANNED', 'ONGOING', 'CONCLUDED', 'POSTPONED', 'CANCELLED')),
    summary    text,
    version    bigint       not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    constraint talks_dates_ordered check (end_date >= start_date)
);

create index talks_status_idx on talks (status);
create index talks_format_idx on talks (format);
create index talks_country_idx on talks (lower(country));
-- serves the ?from=&to= overlap filter (start_date <= to and end_date >= from) and the default sort
create index talks_dates_idx on talks (start_date, end_date);

create table talk_participants (
    id            uuid primary key,
    talk_id       uuid        not null references talks (id) on delete cascade,
    delegation_id uuid        not null references delegations (id),
    role          varchar(16) not null check (role in ('PARTY', 'MEDIATOR', 'OBSERVER')),
    constraint talk_participants_once unique (talk_id, delegation_id)
);

create index talk_participants_delegation_idx on talk_participants (delegation_id);

create table talk_agenda_items (
    id           uuid primary key,
    talk_id      uuid        not null references talks (id) on delete cascade,
    key_issue_id uuid        not null references key_issues (id),
    status       varchar(16) not null check (status in ('RAISED', 'DISCUSSED', 'PROGRESS', 'AGREED', 'DEADLOCKED')),
    note         text,
    constraint talk_agenda_items_once unique (talk_id, key_issue_id)
);

create index talk_agenda_items_key_issue_idx on talk_agenda_items (key_issue_id);
