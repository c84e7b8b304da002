-- a side's stance on a key issue as of a day, shown by the statements it cites
create table positions (
    id           uuid primary key,
    side         varchar(10)   not null check (side ~ '^[A-Z]{2,10}$'),
    key_issue_id uuid          not null references key_issues (id),
    stance       varchar(16)   not null check (stance in ('SUPPORTS', 'OPPOSES', 'CONDITIONAL', 'UNDECIDED')),
    summary      varchar(4000) not null,
    as_of        date          not null,
    version      bigint        not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);

-- the default sort of the position list (latest first, then the id that makes pages stable), and ?from=/?to=
create index positions_as_of_idx on positions (as_of desc, id);
create index positions_side_idx on positions (side, as_of);
-- serves ?keyIssueId=, each side's stance over time on one issue, and the check before a key issue is deleted
create index positions_key_issue_idx on positions (key_issue_id, side, as_of);
create index positions_stance_idx on positions (stance);

-- a position cites at least one statement (a rule the service keeps), each once
create table position_evidence (
    position_id  uuid not null references positions (id) on delete cascade,
    statement_id uuid not null references statements (id),
    primary key (position_id, statement_id)
);

-- serves the check before a statement is deleted
create index position_evidence_statement_idx on position_evidence (statement_id);
