-- An archive in Parley's schema for the benchmark, filled set-based: 1,000 talks (five processes), 50 delegations with
-- their members, 60 key issues, 2-3 seats and 3-6 agenda items per talk, and :n statements (70% for a delegation seated
-- at a talk, 20% at a talk only, 10% neither) with 1-2 sources and 0-3 key issues each, from 500 speakers and 2,000
-- texts of 200-400 characters drawn from a vocabulary of the talks, so that common words match a large share.
-- Run on a database Parley has just migrated and that holds nothing: psql -v n=1000000 -f src/test/bench/archive.sql
\set ON_ERROR_STOP 1
set session_replication_role = replica;   -- foreign keys are checked set-based at the end
set maintenance_work_mem = '256MB';

-- secondary indexes of the large tables are built once, after the load
create temp table deferred_indexes as select indexname, indexdef from pg_indexes i
where tablename in ('statements', 'statement_sources', 'statement_key_issues')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
do $$ declare r record; begin
  for r in select indexname from deferred_indexes loop execute format('drop index %I', r.indexname); end loop; end $$;

insert into processes (id, name, conflict, started_on, status, summary, version, created_at, updated_at)
select gen_random_uuid(), 'Track ' || g, 'Benchmark conflict', date '2022-02-28' + g * 30, 'ACTIVE', null, 0, now(), now()
from generate_series(1, 5) g;
create temp table pr as select row_number() over (order by name) - 1 as k, id from processes;

insert into delegations (id, name, party, party_code, version, created_at, updated_at)
select gen_random_uuid(), (array['Russian','Ukrainian','US','EU','Turkish','Saudi','Qatari','UN'])[1 + g % 8] || ' delegation ' || g,
       (array['Russia','Ukraine','United States','European Union','Türkiye','Saudi Arabia','Qatar','United Nations'])[1 + g % 8],
       (array['RU','UA','US','EU','TR','SA','QA','UN'])[1 + g % 8], 0, timestamptz '2022-02-01' + g * interval '1 day',
       timestamptz '2022-02-01' + g * interval '1 day'
from generate_series(1, 50) g;
create temp table dl as select row_number() over (order by name) - 1 as k, id from delegations;
insert into delegation_members (id, delegation_id, full_name, position, head)
select gen_random_uuid(), dl.id, 'Member ' || dl.k || '-' || m,
       (array['Head of delegation','Deputy','Adviser','Expert','Interpreter','Secretary'])[m], m = 1
from dl, generate_series(1, 6) m where m <= 3 + dl.k % 4;

insert into key_issues (id, name, category, description, version, created_at, updated_at)
select gen_random_uuid(), (array['Ceasefire line','Prisoner exchange','Zaporizhzhia plant','Grain corridor','Sanctions relief',
         'Security guarantees','Frozen assets','Reconstruction fund','Referendum','Black Sea shipping','Energy infrastructure',
         'Humanitarian corridors'])[1 + g % 12] || ' ' || (g / 12 + 1),
       (array['TERRITORY','SECURITY','NUCLEAR_SAFETY','ECONOMIC','HUMANITARIAN','POLITICAL','LEGAL'])[1 + g % 7],
       'Where the parties stand on item ' || g, 0, timestamptz '2022-02-01', timestamptz '2022-02-01'
from generate_series(0, 59) g;
create temp table ki as select row_number() over (order by name) - 1 as k, id from key_issues;

insert into talks (id, title, city, country, venue, start_date, end_date, format, status, summary, process_id, version,
                   created_at, updated_at)
select gen_random_uuid(), 'Round ' || g || ' in ' || c.city, c.city, c.country, 'Venue ' || (g % 40), c.d, c.d + (g % 3),
       (array['BILATERAL','TRILATERAL','MULTILATERAL','PROXIMITY'])[1 + g % 4],
       (array['PLANNED','ONGOING','CONCLUDED','POSTPONED','CANCELLED','CONCLUDED','CONCLUDED'])[1 + g % 7],
       left(repeat('Delegations met to discuss the points of the framework draft and the sequencing of a ceasefire. ', 4), 150 + g % 150),
       (select id from pr where pr.k = g % 5), g % 3, c.d::timestamptz, c.d::timestamptz + interval '3 days'
from generate_series(0, 999) g,
     lateral (select (array['Istanbul','Geneva','Miami','Riyadh','Abu Dhabi','Doha','Minsk','Vienna'])[1 + g % 8] as city,
                     (array['Türkiye','Switzerland','United States','Saudi Arabia','UAE','Qatar','Belarus','Austria'])[1 + g % 8] as country,
                     date '2022-02-28' + (g * 37) % 1300 as d) c;
create temp table tk as select row_number() over (order by id) - 1 as k, id, start_date from talks;
-- seats: delegation (7t + 17s) mod 50 for seat s < 2 + t mod 2; agenda: key issue (11t + 13a) mod 60
insert into talk_participants (id, talk_id, delegation_id, role)
select gen_random_uuid(), tk.id, dl.id, (array['PARTY','PARTY','MEDIATOR'])[s + 1]
from tk, generate_series(0, 2) s, dl where s < 2 + tk.k % 2 and dl.k = (7 * tk.k + 17 * s) % 50;
insert into talk_agenda_items (id, talk_id, key_issue_id, status, note)
select gen_random_uuid(), tk.id, ki.id, (array['RAISED','DISCUSSED','PROGRESS','AGREED','DEADLOCKED'])[1 + (tk.k + a) % 5],
       case when a % 2 = 0 then 'Note on item ' || a end
from tk, generate_series(0, 5) a, ki where a < 3 + tk.k % 4 and ki.k = (11 * tk.k + 13 * a) % 60;

create temp table sp as select row_number() over () - 1 as k, f || ' ' || l as name
from unnest(array['Sergei','Dmitry','Kirill','Vladimir','Rustem','Andriy','Volodymyr','Steve','Marco','Keith','Hakan','Faisal',
  'Mohammed','Antonio','Kaja','Yuri','Olha','Mykhailo','Denys','Maria','Jared','Emmanuel','Recep','Ursula','Alexander']) f,
  unnest(array['Lavrov','Medinsky','Dmitriev','Umerov','Yermak','Witkoff','Rubio','Kellogg','Fidan','Peskov','Zakharova','Sybiha',
  'Podolyak','Ushakov','Budanov','Kushner','Stefanchuk','Grossi','Guterres','Kallas']) l;
create temp table tx as
select k, left(string_agg(w[1 + (hashint4(k * 100 + i) & 2147483647) % array_length(w, 1)], ' '), 200 + k % 201) as body
from generate_series(0, 1999) k, generate_series(1, 70) i,
     (select string_to_array('ceasefire delegation sanctions prisoner exchange territorial guarantees mediator memorandum '
       || 'humanitarian corridor withdrawal monitoring mission observers referendum security energy grain port shipping '
       || 'reconstruction fund frozen assets sovereignty border line contact zone nuclear plant inspectors framework draft points '
       || 'plan agreement round talks envoy minister spokesman said denied confirmed reported according to sources close the '
       || 'process would will not further proposal', ' ') w) words
group by k;
-- statement g: talk h mod 1000, spread over 40 days around its start; ids ascend with g as Parley's version-7 ids do
-- sources_text is what the service keeps on every write, so that the sources (written below, the same for each g) are searched
insert into statements (id, speaker, speaker_title, delegation_id, talk_id, stated_on, text, quote, kind, version, created_at,
                        updated_at, sources_text)
select (lpad(to_hex(1700000000000 + g), 12, '0') || '7' || lpad(to_hex(g % 4096), 3, '0') || '8' || lpad(to_hex(g), 15, '0'))::uuid,
       sp.name, case when g % 4 = 0 then 'Spokesperson' end, case when m < 70 then dl.id end, case when m < 90 then tk.id end,
       tk.start_date + day, tx.body, g % 3 = 0,
       (array['ASSESSMENT','CLAIM','DENIAL','PROPOSAL','DEMAND','COMMITMENT','ANALYSIS'])[1 + (h >> 9) % 7], 0,
       (tk.start_date + day)::timestamptz + interval '18 hours', (tk.start_date + day)::timestamptz + interval '18 hours',
       outlets[1 + (hashint4(g::int) & 6)] || case when g % 2 = 0 then ' ' || outlets[2 + (hashint4(g::int) & 6)] || ' AP citing RIA' else '' end
from (select g, h, h % 1000 as t, (h >> 16) % 100 as m, (h >> 5) % 40 - 10 as day
      from generate_series(1, :n) g, lateral (select hashint4(g) & 2147483647 as h) x) y
join tk on tk.k = y.t
join dl on dl.k = (7 * y.t + 17 * ((y.h >> 12) % (2 + y.t % 2))) % 50
join sp on sp.k = (y.h >> 3) % 500
join tx on tx.k = (y.h >> 7) % 2000
cross join (select array['Reuters','AP','TASS','RIA Novosti','Ukrinform','AFP','Interfax','Kyiv Independent'] as outlets) o;
insert into statement_sources (statement_id, position, outlet, url, via, published_on)
select s.id, p, (array['Reuters','AP','TASS','RIA Novosti','Ukrinform','AFP','Interfax','Kyiv Independent'])[1 + (hashint4(g::int) & 6) + p],
       'https://news.example.org/' || g || '/' || p, case when p = 1 then 'AP citing RIA' end, s.stated_on + p
from (select id, stated_on, row_number() over (order by id) g from statements) s, generate_series(0, 1) p
where p = 0 or s.g % 2 = 0;
insert into statement_key_issues (statement_id, key_issue_id, stated_on)   -- the statement day the triggers keep, off here
select s.id, ki.id, s.stated_on
from (select id, stated_on, row_number() over (order by id) g from statements) s, generate_series(0, 2) j, ki
where j < (hashint4(s.g::int + 11) & 2147483647) % 4 and ki.k = (7 * s.g + 13 * j) % 60;

-- the spellings the speaker trigger keeps, off here
insert into statement_speakers (spelling) select distinct lower(speaker) from statements on conflict do nothing;

set session_replication_role = origin;
do $$ declare r record; begin for r in select indexdef from deferred_indexes loop execute r.indexdef; end loop; end $$;
do $$ declare bad bigint; begin
  select count(*) into bad from statements s where s.delegation_id is not null and s.talk_id is not null
    and not exists (select 1 from talk_participants p where p.talk_id = s.talk_id and p.delegation_id = s.delegation_id);
  if bad > 0 then raise exception '% statements name a delegation not seated at their talk', bad; end if;
  select count(*) into bad from statement_key_issues x where not exists (select 1 from statements s where s.id = x.statement_id)
    or not exists (select 1 from key_issues k where k.id = x.key_issue_id);
  if bad > 0 then raise exception '% dangling statement key issues', bad; end if;
end $$;
