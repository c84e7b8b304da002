create extension if not exists pg_trgm;

create table statements (
    id            uuid primary key,
    speaker       varchar(200) not null,
    speaker_title varchar(300),
    delegation_id uuid references delegations (id),
    talk_id       uuid references talks (id),
    stated_on     date         not null,
    text          text         not null,
    quote         boolean      not null,
    kind          varchar(16)  not null
        check (kind in ('ASSESSMENT', 'CLAIM', 'DENIAL', 'PROPOSAL', 'DEMAND', 'COMMITMENT', 'ANALYSIS')),
    version       bigint       not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    -- a statement made for a delegation at a round needs that delegation at the table
    constraint statements_participant_fk foreign key (talk_id, delegation_id)
        references talk_participants (talk_id, delegation_id)
);

create index statements_talk_idx on statements (talk_id, stated_on);
create index statements_delegation_idx on statements (delegation_id, stated_on);
create index statements_kind_idx on statements (kind);
create index statements_stated_on_idx on statements (stated_on);
-- serves the case-insensitive ?speaker= part match
create index statements_speaker_trgm_idx on statements using gin (lower(speaker) gin_trgm_ops);

create table statement_sources (
    statement_id uuid         not null references statements (id) on delete cascade,
    position     integer      not null,
    outlet       varchar(200) not null,
    url          varchar(2000),
    via          varchar(200),
    published_on date,
    primary key (statement_id, position)
);

create table statement_key_issues (
    statement_id uuid not null references statements (id) on delete cascade,
    key_issue_id uuid not null references key_issues (id),
    primary key (statement_id, key_issue_id)
);

create index statement_key_issues_key_issue_idx on statement_key_issues (key_issue_id);
