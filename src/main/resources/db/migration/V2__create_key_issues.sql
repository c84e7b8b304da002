create table key_issues (
    id          uuid primary key,
    name        varchar(200) not null,
    category    varchar(32)  not null
        check (category in ('TERRITORY', 'SECURITY', 'NUCLEAR_SAFETY', 'ECONOMIC', 'HUMANITARIAN', 'POLITICAL', 'LEGAL')),
    description text,
    version     bigint       not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);

create unique index key_issues_name_key on key_issues (lower(name));
create index key_issues_category_idx on key_issues (category);
