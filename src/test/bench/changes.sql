-- EXPLAIN ANALYZE of the reads behind GET /changes (a cursor, with each filter) on an archive in Parley's schema. An
-- archive loaded beside the service has an empty feed, so one is written first: a creation for every talk and every
-- statement, in the order they were made, as if each had come through the API. Talks without a process are first
-- spread over five, as src/test/bench/standing.sql does, so that the process filter has something to find.
-- Usage: psql -d ARCHIVE -f src/test/bench/changes.sql
\set ON_ERROR_STOP 1
\pset pager off

\ir standing-processes.sql

begin;
lock table change_cursor;
insert into changes (seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id)
select (select last_seq from change_cursor) + row_number() over (order by made, id), made, type, id, 'CREATED', 0, '{}', path, talk_id, process_id
from (
    select t.created_at as made, 'TALK' as type, t.id, '/api/v1/talks/' || t.id as path, t.id as talk_id, t.process_id from talks t
    union all
    select s.created_at, 'STATEMENT', s.id, '/api/v1/statements/' || s.id, s.talk_id, t.process_id
    from statements s left join talks t on t.id = s.talk_id
) made
where not exists (select 1 from changes);
update change_cursor set last_seq = (select coalesce(max(seq), 0) from changes);
commit;
vacuum analyze changes;

select last_seq as latest, last_seq / 2 as middle from change_cursor \gset
select talk_id as talk from changes where talk_id is not null group by talk_id order by count(*) desc limit 1 \gset
select process_id as process from changes where process_id is not null group by process_id order by count(*) limit 1 \gset

\echo 'a stretch of the feed after a cursor half way through'
explain (analyze, buffers, costs off)
select seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id
from changes where seq > :middle order by seq limit 100;

\echo 'the changes of one round, from the start'
explain (analyze, buffers, costs off)
select seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id
from changes where seq > 0 and talk_id = :'talk' order by seq limit 100;

\echo 'the changes of the smallest process, from the start'
explain (analyze, buffers, costs off)
select seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id
from changes where seq > 0 and process_id = :'process' order by seq limit 100;

\echo 'one rare kind of record, from the start'
explain (analyze, buffers, costs off)
select seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id
from changes where seq > 0 and resource_type in ('TALK') order by seq limit 100;

\echo 'two rare kinds of record, from the start, read kind by kind and merged'
explain (analyze, buffers, costs off)
select * from (
    (select seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id
     from changes where seq > 0 and resource_type = 'TALK' order by seq limit 100)
    union all
    (select seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id
     from changes where seq > 0 and resource_type = 'PERSON' order by seq limit 100)
) merged order by seq limit 100;

\echo 'the same two kinds in one scan, as the feed does not read them: every change of both is read and sorted'
explain (analyze, buffers, costs off)
select seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id
from changes where seq > 0 and resource_type in ('TALK', 'PERSON') order by seq limit 100;

\echo 'the committed end of the feed'
explain (analyze, buffers, costs off)
select last_seq from change_cursor;
