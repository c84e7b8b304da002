-- EXPLAIN ANALYZE of the SQL behind each filtered list of statements the benchmark drives (a round's page, statements
-- by speaker, key issue, kind and week), as the service issues it: the page of ids in the default order (newest first),
-- then the count of the list up to one past parley.lists.counted-up-to (1,000).
-- Usage: psql -d ARCHIVE -f src/test/bench/lists.sql
\set ON_ERROR_STOP 1
\pset pager off
set jit = off;

-- a round, a key issue and a week with statements; a speaker's part, as the benchmark picks them
select talk_id as talk from statements where talk_id is not null group by talk_id order by count(*) desc limit 1 \gset
select key_issue_id as issue from statement_key_issues group by key_issue_id order by count(*) desc limit 1 \gset
select max(stated_on) - 6 as week_from, max(stated_on) as week_to from statements \gset
\set speaker '%lavrov%'

\echo 'a round: the page (size 20), then its count'
explain (analyze, buffers, costs off)
select id from statements where talk_id = :'talk' order by stated_on desc, id offset 0 limit 20;
explain (analyze, buffers, costs off)
select count(*) from (select 1 from statements where talk_id = :'talk' limit 1001) made;

\echo 'a key issue: the page, then its count'
explain (analyze, buffers, costs off)
select statement_id from statement_key_issues where key_issue_id = :'issue'
order by stated_on desc, statement_id offset 0 limit 20;
explain (analyze, buffers, costs off)
select count(*) from (select 1 from statement_key_issues where key_issue_id = :'issue' limit 1001) about;

\echo 'a speaker (lavrov, no person known by that name): the page, then its count'
explain (analyze, buffers, costs off)
select id from (
    select n.id, n.stated_on from statement_speakers sp
    cross join lateral (select s.id, s.stated_on from statements s where s.speaker_key = sp.spelling
                        order by s.stated_on desc, s.id limit 20) n
    where sp.spelling like :'speaker' escape '\'
) spoken
order by stated_on desc, id offset 0 limit 20;
explain (analyze, buffers, costs off)
select (select count(*) from (select 1 from statement_speakers sp
            cross join lateral (select 1 from statements s where s.speaker_key = sp.spelling
                                order by s.stated_on desc, s.id limit 1001) n
            where sp.spelling like :'speaker' escape '\'
            limit 1001) spelled);

\echo 'a kind: the page, then the first 1,001 ids, which the service counts'
explain (analyze, buffers, costs off)
select s1_0.id from statements s1_0 where s1_0.kind in ('CLAIM') order by s1_0.stated_on desc, 1 offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off)
select s1_0.id from statements s1_0 where s1_0.kind in ('CLAIM') fetch first 1001 rows only;

\echo 'a week: the page, then the first 1,001 ids'
explain (analyze, buffers, costs off)
select s1_0.id from statements s1_0 where s1_0.stated_on >= :'week_from' and s1_0.stated_on <= :'week_to'
order by s1_0.stated_on desc, 1 offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off)
select s1_0.id from statements s1_0 where s1_0.stated_on >= :'week_from' and s1_0.stated_on <= :'week_to'
fetch first 1001 rows only;
