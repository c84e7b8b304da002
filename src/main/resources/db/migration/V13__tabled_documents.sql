-- the documents on the table at a round, each once, with the version discussed when it is known
create table talk_documents (
    id          uuid primary key,
    talk_id     uuid not null references talks (id) on delete cascade,
    document_id uuid not null references documents (id),
    version_id  uuid,
    note        text,
    constraint talk_documents_once unique (talk_id, document_id),
    -- the version discussed is one of the document's own (unchecked while version_id is null)
    constraint talk_documents_version_fk foreign key (version_id, document_id) references document_versions (id, document_id)
);

-- serves the check before a document is deleted, and the version foreign key when one is
create index talk_documents_document_idx on talk_documents (document_id, version_id);

-- the documents a statement refers to, each once
create table statement_documents (
    statement_id uuid not null references statements (id) on delete cascade,
    document_id  uuid not null references documents (id),
    primary key (statement_id, document_id)
);

-- serves ?documentId= on the statement lists and the check before a document is deleted
create index statement_documents_document_idx on statement_documents (document_id);
