-- EXPLAIN ANALYZE of the reads behind GET /key-issues/{id}/timeline and GET /talks/{id}/comparison, on an archive in
-- Parley's schema (a database migrated by Parley and filled with talks, agenda items and statements). The archive's
-- talks are spread over five processes first, since a timeline is mostly asked for within one.
-- Usage: psql -d ARCHIVE -f src/test/bench/standing.sql
\set ON_ERROR_STOP 1
\pset pager off

\ir standing-processes.sql

-- the key issue on the most rounds, one of its processes, and a round with an earlier one in its process
select key_issue_id as issue from talk_agenda_items group by key_issue_id order by count(*) desc limit 1 \gset
select process_id as process from talks where process_id is not null group by process_id order by count(*) desc limit 1 \gset
select t.id as talk, t.process_id as talk_process, t.start_date as talk_start from talks t
 where t.process_id is not null and exists (select 1 from talks e where e.process_id = t.process_id and e.start_date < t.start_date)
 order by t.start_date desc limit 1 \gset

\echo 'timeline: the rounds that had the issue on their agenda, within one process'
explain (analyze, buffers, costs off)
select t.id, t.title, t.process_id, t.start_date, t.end_date, t.status, a.key_issue_id, a.status, a.note
from talk_agenda_items a join talks t on t.id = a.talk_id
where a.key_issue_id = :'issue' and t.process_id = :'process'
order by t.start_date, t.end_date, t.id fetch first 1000 rows only;

select array_agg(t.id) as rounds from talk_agenda_items a join talks t on t.id = a.talk_id where a.key_issue_id = :'issue' \gset
select array_agg(t.id) as process_rounds from talk_agenda_items a join talks t on t.id = a.talk_id
 where a.key_issue_id = :'issue' and t.process_id = :'process' \gset

\echo 'timeline: the statements on the issue around its rounds, all of them'
explain (analyze, buffers, costs off)
select s.id, s.talk_id, s.speaker, s.stated_on, s.kind, s.quote, s.text from statements s
where s.id in (select s2.id from statements s2 join statement_key_issues k on s2.id = k.statement_id
               where k.key_issue_id = :'issue' and s2.talk_id = any (:'rounds'::uuid[]))
order by s.stated_on, s.created_at, s.id;

\echo 'timeline: the statements on the issue around the rounds of one process'
explain (analyze, buffers, costs off)
select s.id, s.talk_id, s.speaker, s.stated_on, s.kind, s.quote, s.text from statements s
where s.id in (select s2.id from statements s2 join statement_key_issues k on s2.id = k.statement_id
               where k.key_issue_id = :'issue' and s2.talk_id = any (:'process_rounds'::uuid[]))
order by s.stated_on, s.created_at, s.id;

\echo 'comparison: the previous round of the process'
explain (analyze, buffers, costs off)
select t.id from talks t where t.process_id = :'talk_process' and t.start_date < :'talk_start'
order by t.start_date desc, t.id desc fetch first 1 rows only;

\echo 'comparison: the agendas of both rounds'
explain (analyze, buffers, costs off)
select t.id, a.key_issue_id, a.status from talk_agenda_items a join talks t on t.id = a.talk_id
where t.id in (:'talk', (select e.id from talks e where e.process_id = :'talk_process' and e.start_date < :'talk_start'
                         order by e.start_date desc limit 1));
