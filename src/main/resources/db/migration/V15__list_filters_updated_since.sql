-- ?updatedSince= and sort=updatedAt on every list, with the id that keeps pages stable
create index talks_updated_at_idx on talks (updated_at, id);
create index statements_updated_at_idx on statements (updated_at, id);
create index delegations_updated_at_idx on delegations (updated_at, id);
create index key_issues_updated_at_idx on key_issues (updated_at, id);
create index processes_updated_at_idx on processes (updated_at, id);
create index people_updated_at_idx on people (updated_at, id);
create index documents_updated_at_idx on documents (updated_at, id);
create index positions_updated_at_idx on positions (updated_at, id);

-- the talk list's ?city= (any case) and ?role= (with or without ?delegationId=)
create index talks_city_idx on talks (lower(city));
create index talk_participants_role_idx on talk_participants (role, delegation_id);

-- the statement list's ?outlet=, part of a source's outlet or of what it cites, any case
create index statement_sources_outlet_trgm_idx on statement_sources using gin (lower(outlet) gin_trgm_ops);
create index statement_sources_via_trgm_idx on statement_sources using gin (lower(via) gin_trgm_ops);

-- the statement list's ?quote=, newest first
create index statements_quote_idx on statements (quote, stated_on);
