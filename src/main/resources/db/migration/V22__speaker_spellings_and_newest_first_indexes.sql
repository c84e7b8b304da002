-- A speaker filter ("lavrov") matched every statement's speaker by trigram and then sorted all the matches by day: on a
-- million statements a common name has tens of thousands, and the page cost grew with them. Speakers go by few
-- spellings, so a list filtered by speaker alone now finds the spellings that match in this dictionary, then reads the
-- newest statements of each from one index, a page's worth apiece.
create table statement_speakers (
    spelling text primary key   -- lower(speaker) of a statement, now or once
);

insert into statement_speakers (spelling) select distinct lower(speaker) from statements;

create index statement_speakers_spelling_trgm_idx on statement_speakers using gin (spelling gin_trgm_ops);

-- A spelling's statements in the lists' default order (statedOn desc, then id), so that a page is the index's first
-- rows. It does not include the speaker, which would let PostgreSQL read it alone: a part combined with other filters
-- would then be counted by filtering every entry of the index (280 ms at 1M where the trigram index takes 12). The
-- trigram index stays for that part: joined to the dictionary there, PostgreSQL intersected every matching spelling's
-- statements with the other filter's, one at a time.
create index statements_speaker_newest_idx on statements (lower(speaker), stated_on desc, id);

-- The same order for a date range and for a kind: a page of a week read the whole newest day and sorted it by id,
-- and a kind's page probed the table for each statement of the newest days.
create index statements_newest_idx on statements (stated_on desc, id);
drop index statements_stated_on_idx;
create index statements_kind_newest_idx on statements (kind, stated_on desc, id);
drop index statements_kind_idx;

-- the planner knows an expression's values only once the table is analyzed with its index
analyze statement_speakers;
analyze statements;

-- Every spelling a statement takes enters the dictionary. One no statement uses any more stays: it costs one empty
-- index probe per filter that matches it, where removing it would make every write count who else uses it.
create function statement_speaker_spelling() returns trigger language plpgsql as $$
begin
    insert into statement_speakers (spelling) values (lower(new.speaker)) on conflict do nothing;
    return null;
end $$;

create trigger statements_speaker_spelling after insert or update of speaker on statements
    for each row execute function statement_speaker_spelling();
