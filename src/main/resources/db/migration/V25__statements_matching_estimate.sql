-- How many statements a search is expected to match, as PostgreSQL's planner estimates it from the search column's
-- statistics (the frequency of each of its words), and how many statements there are: a search chooses from these where
-- to look for its newest matches before it has read any. Only EXPLAIN gives the planner's estimate, and a function that
-- runs EXPLAIN must be volatile. The query is a to_tsquery text, quoted into the statement as a literal, never as SQL.
create function parley_statements_matching(q text, out matches double precision, out statements double precision)
    language plpgsql volatile strict as $$
declare
    plan json;
begin
    execute format('explain (format json) select 1 from statements where search_vector @@ to_tsquery(''parley'', %L)', q)
        into plan;
    matches := (plan -> 0 -> 'Plan' ->> 'Plan Rows')::double precision;
    statements := (select c.reltuples from pg_class c where c.oid = 'statements'::regclass);
end
$$;
