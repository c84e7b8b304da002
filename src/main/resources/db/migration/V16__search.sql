-- Full-text search over statements, talks and documents: web-search syntax parsed by the service,
-- accent-insensitive, with English stems, and tolerant of transliteration through the names and aliases
-- of people, key issues and countries.
create extension if not exists unaccent;

-- 'Erdogan' finds 'Erdoğan', 'guarantee' finds 'guarantees'
create text search configuration parley (copy = english);
alter text search configuration parley alter mapping for hword, hword_part, word with unaccent, english_stem;

-- The form names are compared in: no case, no accents. unaccent() is only stable (its dictionary could be
-- changed); naming the dictionary makes it safe to index, as the dictionary is part of this schema's history.
create function parley_fold(value text) returns text language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

-- Outlets, what they cite and the chain of citations of a statement's sources, kept by the service on
-- every write so that one statement's text, speaker and sources are matched as one document
alter table statements add column sources_text text;
update statements s set sources_text = x.text
from (select statement_id, string_agg(concat_ws(' ', outlet, via, array_to_string(citing, ' ')), ' ' order by position) as text
      from statement_sources group by statement_id) x
where x.statement_id = s.id;

alter table statements add column search_vector tsvector generated always as (
    setweight(to_tsvector('parley', coalesce(speaker, '') || ' ' || coalesce(speaker_title, '')), 'A')
    || setweight(to_tsvector('parley', text), 'B')
    || setweight(to_tsvector('parley', coalesce(sources_text, '')), 'C')) stored;
create index statements_search_idx on statements using gin (search_vector);

alter table talks add column search_vector tsvector generated always as (
    setweight(to_tsvector('parley', title), 'A')
    || setweight(to_tsvector('parley', coalesce(city, '') || ' ' || coalesce(venue, '') || ' ' || coalesce(country, '')), 'B')
    || setweight(to_tsvector('parley', coalesce(summary, '')), 'C')) stored;
create index talks_search_idx on talks using gin (search_vector);

alter table documents add column search_vector tsvector generated always as (
    setweight(to_tsvector('parley', title), 'A') || setweight(to_tsvector('parley', coalesce(summary, '')), 'C')) stored;
create index documents_search_idx on documents using gin (search_vector);

alter table document_versions add column search_vector tsvector generated always as (
    setweight(to_tsvector('parley', label), 'B') || setweight(to_tsvector('parley', coalesce(summary, '')), 'C')) stored;
create index document_versions_search_idx on document_versions using gin (search_vector);

-- Other spellings of a key issue: Zaporozhye for Zaporizhzhia, ZNPP for the plant
create table key_issue_aliases (
    key_issue_id uuid         not null references key_issues (id) on delete cascade,
    ordinal      integer      not null,
    alias        varchar(200) not null,
    primary key (key_issue_id, ordinal)
);
create index key_issue_aliases_fold_trgm_idx on key_issue_aliases using gin (parley_fold(alias) gin_trgm_ops);

-- The names one country goes by; a talk's country and the ?country= filter are matched through them
create table country_names (
    name    varchar(100) primary key,
    country varchar(100) not null
);
create index country_names_country_idx on country_names (country);
create unique index country_names_fold_key on country_names (parley_fold(name));
insert into country_names (name, country) values
    ('Türkiye', 'Türkiye'), ('Turkey', 'Türkiye'),
    ('United States', 'United States'), ('United States of America', 'United States'), ('USA', 'United States'),
    ('US', 'United States'),
    ('United Kingdom', 'United Kingdom'), ('UK', 'United Kingdom'), ('Great Britain', 'United Kingdom'), ('Britain', 'United Kingdom'),
    ('Russia', 'Russia'), ('Russian Federation', 'Russia'),
    ('Czechia', 'Czechia'), ('Czech Republic', 'Czechia'),
    ('Côte d''Ivoire', 'Côte d''Ivoire'), ('Ivory Coast', 'Côte d''Ivoire'),
    ('Democratic Republic of the Congo', 'Democratic Republic of the Congo'), ('DR Congo', 'Democratic Republic of the Congo'),
    ('DRC', 'Democratic Republic of the Congo'),
    ('Myanmar', 'Myanmar'), ('Burma', 'Myanmar'),
    ('Eswatini', 'Eswatini'), ('Swaziland', 'Eswatini'),
    ('North Macedonia', 'North Macedonia'), ('Macedonia', 'North Macedonia'),
    ('Cabo Verde', 'Cabo Verde'), ('Cape Verde', 'Cabo Verde'),
    ('Timor-Leste', 'Timor-Leste'), ('East Timor', 'Timor-Leste'),
    ('Holy See', 'Holy See'), ('Vatican', 'Holy See'), ('Vatican City', 'Holy See'),
    ('United Arab Emirates', 'United Arab Emirates'), ('UAE', 'United Arab Emirates'),
    ('Saudi Arabia', 'Saudi Arabia'), ('KSA', 'Saudi Arabia'),
    ('Belarus', 'Belarus'), ('Byelorussia', 'Belarus'),
    ('Moldova', 'Moldova'), ('Moldavia', 'Moldova');

-- ?country= compares the folded names
create index talks_country_fold_idx on talks (parley_fold(country));

create index people_name_fold_trgm_idx on people using gin (parley_fold(name) gin_trgm_ops);
create index person_aliases_fold_trgm_idx on person_aliases using gin (parley_fold(alias) gin_trgm_ops);
create index key_issues_name_fold_trgm_idx on key_issues using gin (parley_fold(name) gin_trgm_ops);

-- The longest word of a name: the one that tells it apart (Zaporizhzhia of Zaporizhzhia Nuclear Power Plant)
create function parley_head_word(name text) returns text language sql immutable parallel safe strict
    return (select w from regexp_split_to_table(name, '[^[:alnum:]]+') w order by length(w) desc limit 1);

-- Every spelling a search term may stand for: the names and aliases of each person one of whose names
-- the term comes close to (trigram word similarity, so that Zelenskiy stands for Zelenskyy), of each key
-- issue whose whole name or alias, or the head word of one, it comes close to, and of each country it names; and of those, the
-- single words close to the term, so that a text naming only the surname is found too, and the longest
-- word of a key issue's names of several words. Case and accents are ignored throughout.
create function parley_spellings(term text) returns setof text language sql stable parallel safe strict as $$
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
                       where greatest(similarity(t.folded, parley_fold(k2.name)), similarity(t.folded, parley_fold(parley_head_word(k2.name)))) >= 0.5
                       union
                       select a.key_issue_id from key_issue_aliases a, t
                       where greatest(similarity(t.folded, parley_fold(a.alias)), similarity(t.folded, parley_fold(parley_head_word(a.alias)))) >= 0.5)
        union all
        select 'country', c.name
        from country_names c
        where c.country in (select c2.country from country_names c2, t where parley_fold(c2.name) = t.folded)
    )
    select distinct spelling from (
        select name as spelling from names
        union all
        select w from names, t, regexp_split_to_table(name, '[^[:alnum:]]+') w
        where length(w) > 3 and similarity(parley_fold(w), t.folded) >= 0.4
        union all
        -- the head word of a key issue's longer names: Zaporizhzhia of Zaporizhzhia nuclear plant
        select parley_head_word(name) from names where kind = 'key issue' and name ~ '[^[:alnum:]]'
    ) x
    where length(spelling) > 0 and parley_fold(spelling) <> (select folded from t)
    limit 50
$$;
