-- every change of where a key issue stood at a round, only ever added to
create table talk_agenda_changes (
    id           uuid primary key,
    talk_id      uuid        not null references talks (id) on delete cascade,
    key_issue_id uuid        not null references key_issues (id),
    changed_at   timestamptz not null,
    from_status  varchar(16) check (from_status in ('RAISED', 'DISCUSSED', 'PROGRESS', 'AGREED', 'DEADLOCKED')),
    from_note    text,
    to_status    varchar(16) check (to_status in ('RAISED', 'DISCUSSED', 'PROGRESS', 'AGREED', 'DEADLOCKED')),
    to_note      text,
    constraint talk_agenda_changes_change_something check (from_status is not null or to_status is not null)
);

-- serves the history of one issue at one round, oldest first
create index talk_agenda_changes_item_idx on talk_agenda_changes (talk_id, key_issue_id, changed_at);
create index talk_agenda_changes_key_issue_idx on talk_agenda_changes (key_issue_id);

-- what stood before history was kept is its first entry, as of the round's last change
insert into talk_agenda_changes (id, talk_id, key_issue_id, changed_at, from_status, from_note, to_status, to_note)
select a.id, a.talk_id, a.key_issue_id, t.updated_at, null, null, a.status, a.note
from talk_agenda_items a join talks t on t.id = a.talk_id;

-- serves the timeline's join from an issue's agenda entries to their rounds in date order
create index talks_start_date_idx on talks (start_date, id);
