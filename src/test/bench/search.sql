-- EXPLAIN ANALYZE of the reads behind a search of statements (GET /statements?q=, and the statements of GET /search) on
-- an archive in Parley's schema, for a word that one statement in two holds, a name that one in twenty holds and a rarer
-- pair, as the service issues them: the newest 1,000 matches looked for among the newest statements first (days from the
-- column's statistics), then the page ranked among them, and the hits with their snippets.
-- Usage: psql -d ARCHIVE -v q="'lavrov'" -f src/test/bench/search.sql    (q: a to_tsquery text; default 'ceasefir')
\set ON_ERROR_STOP 1
\pset pager off
\if :{?q}
\else
\set q '''ceasefir'''
\endif
set jit = off;

select (s.histogram_bounds::text::date[])[100] as newest_1, (s.histogram_bounds::text::date[])[97] as newest_4
from pg_stats s where s.schemaname = current_schema() and s.tablename = 'statements' and s.attname = 'stated_on' \gset

\echo 'matches in all, for reference'
select count(*) from statements where search_vector @@ to_tsquery('parley', :'q');

\echo 'the newest 1,000 matches among about the newest one statement in a hundred'
explain (analyze, buffers, costs off)
select id from statements where search_vector @@ to_tsquery('parley', :'q') and stated_on >= :'newest_1'
order by stated_on desc, id fetch first 1000 rows only;

\echo 'the same among about the newest four in a hundred'
explain (analyze, buffers, costs off)
select id from statements where search_vector @@ to_tsquery('parley', :'q') and stated_on >= :'newest_4'
order by stated_on desc, id fetch first 1000 rows only;

\echo 'the same among every statement, when the newest hold too few'
explain (analyze, buffers, costs off)
select id from statements where search_vector @@ to_tsquery('parley', :'q')
order by stated_on desc, id fetch first 1000 rows only;

create temp table window_ids as
select id from statements where search_vector @@ to_tsquery('parley', :'q') order by stated_on desc, id fetch first 1000 rows only;

\echo 'the first page, ranked among the window'
explain (analyze, buffers, costs off)
select s.* from statements s where s.id = any (array(select id from window_ids))
order by ts_rank(s.search_vector, to_tsquery('parley', :'q')) desc, s.id fetch first 20 rows only;

\echo 'the best 20 of the window with their snippets (GET /search)'
explain (analyze, buffers, costs off)
select h.id, ts_headline('parley', h.text, to_tsquery('parley', :'q'), 'MaxWords=35, MinWords=15, ShortWord=3') as snippet
from (select s.id, s.text, s.stated_on, ts_rank(s.search_vector, to_tsquery('parley', :'q')) as rank
      from statements s where s.id = any (array(select id from window_ids))
      order by rank desc, s.stated_on desc, s.id limit 20) h
order by h.rank desc, h.stated_on desc, h.id;
