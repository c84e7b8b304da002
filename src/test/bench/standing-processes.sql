-- Spreads an archive's talks that have no process over five benchmark processes; run again, it changes nothing.
begin;
insert into processes (id, name, conflict, started_on, status, summary, version, created_at, updated_at)
select gen_random_uuid(), 'Benchmark track ' || g, 'Benchmark conflict', date '2022-02-28' + g * 30, 'ACTIVE', null, 0, now(), now()
from generate_series(1, 5) g
where not exists (select 1 from processes where name like 'Benchmark track %');
with pr as (select id, row_number() over (order by name) - 1 as k from processes where name like 'Benchmark track %'),
     tk as (select id, row_number() over (order by id) as rn from talks where process_id is null)
update talks t set process_id = pr.id from tk, pr where tk.id = t.id and pr.k = tk.rn % 5;
commit;
vacuum analyze talks;
