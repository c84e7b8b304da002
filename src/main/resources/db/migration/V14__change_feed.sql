-- The change feed: one row per create, update and delete of any resource, written in the writing
-- transaction. Sequence numbers are handed out at commit under the lock of change_cursor's one row,
-- so they are gap-free and follow commit order: a reader that has seen seq n has seen everything
-- committed before it, and nothing committed later can take a number below n.
create table change_cursor (
    only_row boolean primary key default true check (only_row),
    last_seq bigint  not null check (last_seq >= 0)
);

insert into change_cursor (last_seq) values (0);

create table changes (
    seq            bigint primary key check (seq > 0),
    at             timestamptz  not null,
    resource_type  varchar(32)  not null
        check (resource_type in ('TALK', 'PARTICIPANT', 'AGENDA_ITEM', 'SESSION', 'TABLED_DOCUMENT', 'DELEGATION', 'MEMBER',
                                 'KEY_ISSUE', 'STATEMENT', 'PROCESS', 'PERSON', 'DOCUMENT', 'DOCUMENT_VERSION', 'POSITION')),
    resource_id    uuid         not null,
    action         varchar(8)   not null check (action in ('CREATED', 'UPDATED', 'DELETED')),
    version        bigint       not null check (version >= 0),
    changed_fields text[]       not null,
    path           varchar(300) not null,
    talk_id        uuid,
    process_id     uuid
);

-- each filter of the feed, read in sequence order after a cursor
create index changes_type_idx on changes (resource_type, seq);
create index changes_talk_idx on changes (talk_id, seq) where talk_id is not null;
create index changes_process_idx on changes (process_id, seq) where process_id is not null;
