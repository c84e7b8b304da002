-- Every search asks parley_spellings (V16) for the other spellings of each of its words, and it compared the word with
-- every key issue's name and alias, folding each name and finding its head word anew on each call: 1.7-2.8 ms a word,
-- most of a search of a rare word. Each folded name and head word is now a column PostgreSQL keeps as the name changes.
-- The function is PL/pgSQL, whose plan is kept for the session; an SQL function's is made again on every call. What it
-- answers is unchanged.
alter table key_issues
    add column name_folded text generated always as (parley_fold(name)) stored,
    add column head_word_folded text generated always as (parley_fold(parley_head_word(name))) stored;

alter table key_issue_aliases
    add column alias_folded text generated always as (parley_fold(alias)) stored,
    add column head_word_folded text generated always as (parley_fold(parley_head_word(alias))) stored;

create or replace function parley_spellings(term text) returns setof text language plpgsql stable parallel safe strict as $$
begin
    return query
    with t as (select parley_fold(term) as folded),
    names as (
        select 'person' as kind, n.name
        from people p
        cross join lateral (select p.name union all select a.alias from person_aliases a where a.person_id = p.id) n(name)
        where p.id in (select p2.id from people p2, t where t.folded <% parley_fold(p2.name)
                       union select a.person_id from person_aliases a, t where t.folded <% parley_fold(a.alias))
        union all
        select 'key issue', n.name
        from key_issues k
        cross join lateral (select k.name union all select a.alias from key_issue_aliases a where a.key_issue_id = k.id) n(name)
        where k.id in (select k2.id from key_issues k2, t
                       where greatest(similarity(t.folded, k2.name_folded), similarity(t.folded, k2.head_word_folded)) >= 0.5
                       union
                       select a.key_issue_id from key_issue_aliases a, t
                       where greatest(similarity(t.folded, a.alias_folded), similarity(t.folded, a.head_word_folded)) >= 0.5)
        union all
        select 'country', c.name
        from country_names c
        where c.country in (select c2.country from country_names c2, t where parley_fold(c2.name) = t.folded)
    )
    select distinct x.spelling::text from (
        select name as spelling from names
        union all
        select w from names, t, regexp_split_to_table(name, '[^[:alnum:]]+') w
        where length(w) > 3 and similarity(parley_fold(w), t.folded) >= 0.4
        union all
        -- the head word of a key issue's longer names: Zaporizhzhia of Zaporizhzhia nuclear plant
        select parley_head_word(name) from names where kind = 'key issue' and name ~ '[^[:alnum:]]'
    ) x
    where length(x.spelling) > 0 and parley_fold(x.spelling) <> (select folded from t)
    limit 50;
end
$$;
