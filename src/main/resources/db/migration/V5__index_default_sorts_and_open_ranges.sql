-- the default sorts of the delegation and key-issue lists, with the id that makes pages stable
create index delegations_name_idx on delegations (name, id);
create index key_issues_name_idx on key_issues (name, id);

-- ?from= alone asks for rounds ending on or after a day, which talks_dates_idx (start first) cannot serve
create index talks_end_date_idx on talks (end_date);
