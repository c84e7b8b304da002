-- The statements about one key issue, newest first, are read from one index: each pairing of a statement
-- with an issue carries the statement's day. Without it the list walked every statement back through time
-- and probed the issue for each, about forty for every one it kept on a common issue.
alter table statement_key_issues add column stated_on date;

update statement_key_issues k set stated_on = s.stated_on from statements s where s.id = k.statement_id;

alter table statement_key_issues alter column stated_on set not null;

-- the order of the statements list (statedOn desc, then id), so a page is the index's first rows
create index statement_key_issues_newest_idx on statement_key_issues (key_issue_id, stated_on desc, statement_id);
drop index statement_key_issues_issue_statement_idx;

-- the day is the statement's, kept here by the database: a pairing takes it when made, and follows it when it moves
create function statement_key_issue_day() returns trigger language plpgsql as $$
begin
    select stated_on into new.stated_on from statements where id = new.statement_id;
    return new;
end $$;

create trigger statement_key_issues_day before insert or update of statement_id on statement_key_issues
    for each row execute function statement_key_issue_day();

create function statement_day_to_key_issues() returns trigger language plpgsql as $$
begin
    update statement_key_issues set stated_on = new.stated_on where statement_id = new.id;
    return null;
end $$;

create trigger statements_day_to_key_issues after update of stated_on on statements
    for each row when (old.stated_on is distinct from new.stated_on) execute function statement_day_to_key_issues();
