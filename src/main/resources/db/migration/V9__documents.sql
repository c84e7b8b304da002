-- Texts put on the table in a negotiation (a peace plan, a framework, a memorandum), and the versions
-- they went through. A document's details and status change; a version, once recorded, never does.
create table documents (
    id                        uuid primary key,
    title                     varchar(300) not null,
    kind                      varchar(24)  not null check (kind in ('PEACE_PLAN', 'FRAMEWORK', 'CEASEFIRE', 'SECURITY_GUARANTEES',
                                                                    'ECONOMIC_PLAN', 'MEMORANDUM', 'JOINT_STATEMENT', 'OTHER')),
    status                    varchar(24)  not null check (status in ('DRAFT', 'PROPOSED', 'UNDER_DISCUSSION', 'INITIALLED', 'SIGNED',
                                                                      'REJECTED', 'WITHDRAWN')),
    proposed_by_side          varchar(10),
    proposed_by_delegation_id uuid references delegations (id),
    process_id                uuid references processes (id),
    summary                   text,
    version                   bigint       not null,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null,
    -- proposed by a side or by a delegation, whose party code is its side, not both
    constraint documents_proposed_by_one check (proposed_by_side is null or proposed_by_delegation_id is null)
);

-- the default sort of the document list, with the id that makes pages stable
create index documents_title_idx on documents (title, id);
create index documents_process_idx on documents (process_id);
create index documents_kind_idx on documents (kind);
create index documents_status_idx on documents (status);
-- ?side= matches the side named and the documents of the side's delegations
create index documents_side_idx on documents (proposed_by_side);
create index documents_delegation_idx on documents (proposed_by_delegation_id);

create table document_key_issues (
    document_id  uuid not null references documents (id) on delete cascade,
    key_issue_id uuid not null references key_issues (id),
    primary key (document_id, key_issue_id)
);

create index document_key_issues_key_issue_idx on document_key_issues (key_issue_id);

create table document_versions (
    id                     uuid primary key,
    -- deleted with their document, in the same statement, so that versions superseding one another go together
    document_id            uuid         not null references documents (id) on delete cascade,
    label                  varchar(100) not null,
    issued_on              date,
    summary                text,
    url                    varchar(2000),
    supersedes_version_id  uuid,
    supersedes_document_id uuid,
    recorded_at            timestamptz  not null,
    constraint document_versions_id_document_key unique (id, document_id),
    -- a superseded version exists, and supersedes_document_id is its document; it is not deleted while superseded
    constraint document_versions_supersedes_fk foreign key (supersedes_version_id, supersedes_document_id)
        references document_versions (id, document_id),
    constraint document_versions_supersedes_both check ((supersedes_version_id is null) = (supersedes_document_id is null))
);

-- a label is unique within its document, regardless of case
create unique index document_versions_label_key on document_versions (document_id, lower(label));
-- what supersedes a version, for the foreign key, and what supersedes any version of a document, for its deletion
create index document_versions_supersedes_idx on document_versions (supersedes_version_id);
create index document_versions_supersedes_document_idx on document_versions (supersedes_document_id);

-- a version is recorded once and never rewritten
create function document_versions_refuse_update() returns trigger language plpgsql as $$
begin
    raise exception 'version % of document % is never rewritten', old.id, old.document_id
        using errcode = 'restrict_violation';
end;
$$;

create trigger document_versions_append_only before update on document_versions
    for each row execute function document_versions_refuse_update();
