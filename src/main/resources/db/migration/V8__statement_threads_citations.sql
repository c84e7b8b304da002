-- a statement may answer earlier ones: deny, confirm, contradict, clarify or respond to them
create table statement_relations (
    statement_id uuid        not null references statements (id) on delete cascade,
    target_id    uuid        not null references statements (id),
    type         varchar(16) not null check (type in ('DENIES', 'CONFIRMS', 'CONTRADICTS', 'CLARIFIES', 'RESPONDS_TO')),
    primary key (statement_id, target_id),
    constraint statement_relations_not_self check (statement_id <> target_id)
);

-- serves the walk from a statement to those answering it (threads, deletion, date changes)
create index statement_relations_target_idx on statement_relations (target_id);

-- how exactly the day is known ("last week"), where it was said and in which language
alter table statements add column stated_on_precision varchar(8) not null default 'DAY'
    check (stated_on_precision in ('DAY', 'WEEK', 'MONTH'));
alter table statements add column medium varchar(16)
    check (medium in ('PRESS_CONFERENCE', 'INTERVIEW', 'SOCIAL_MEDIA', 'TELEGRAM', 'STATEMENT', 'OTHER'));
alter table statements add column language varchar(35);

-- a source cites a chain of outlets, nearest first; via keeps the chain written out for existing clients
alter table statement_sources add column citing varchar(200)[] not null default '{}';
update statement_sources set citing = array[via] where via is not null;
alter table statement_sources alter column via type varchar(2000);
