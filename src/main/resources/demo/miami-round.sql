-- The Miami round of 20-21 December 2025, as two news reports of 21 December told it, and the first Istanbul
-- round of May 2025 before it, from well-known public reporting, so that timelines and comparisons have two points. Statement texts
-- are short quoted fragments or paraphrases; every one names the outlet that carried it.
-- Fixed ids let the README's examples point at this data.

insert into delegations (id, name, party, party_code, version, created_at, updated_at) values
    ('11111111-0000-7000-8000-000000000001', 'US negotiating team', 'United States', 'USA', 0, now(), now()),
    ('11111111-0000-7000-8000-000000000002', 'Russian delegation', 'Russia', 'RUS', 0, now(), now()),
    ('11111111-0000-7000-8000-000000000003', 'Ukrainian delegation', 'Ukraine', 'UKR', 0, now(), now()),
    ('11111111-0000-7000-8000-000000000004', 'Turkish hosts', 'Türkiye', 'TUR', 0, now(), now());

insert into delegation_members (id, delegation_id, full_name, position, head) values
    ('55555555-0000-7000-8000-000000000001', '11111111-0000-7000-8000-000000000001', 'Steve Witkoff', 'Special Envoy of the US President', true),
    ('55555555-0000-7000-8000-000000000002', '11111111-0000-7000-8000-000000000001', 'Jared Kushner', 'Adviser to the US President', false),
    ('55555555-0000-7000-8000-000000000003', '11111111-0000-7000-8000-000000000002', 'Kirill Dmitriev', 'Special Presidential Representative of Russia', true);

insert into key_issues (id, name, category, description, version, created_at, updated_at) values
    ('22222222-0000-7000-8000-000000000001', 'Territory', 'TERRITORY', 'The disposition of Ukrainian territories', 0, now(), now()),
    ('22222222-0000-7000-8000-000000000002', 'Zaporizhzhia Nuclear Power Plant', 'NUCLEAR_SAFETY', 'Who operates the plant, and how', 0, now(), now()),
    ('22222222-0000-7000-8000-000000000003', 'Security guarantees', 'SECURITY', 'US and European guarantees for Ukraine after a settlement', 0, now(), now()),
    ('22222222-0000-7000-8000-000000000004', 'Funding', 'ECONOMIC', 'Financing Ukraine, including the EUR 90 billion EU loan', 0, now(), now()),
    ('22222222-0000-7000-8000-000000000007', 'Prisoner exchanges', 'HUMANITARIAN', 'Exchanges of prisoners of war and detained civilians', 0, now(), now()),
    ('22222222-0000-7000-8000-000000000008', 'Ceasefire', 'SECURITY', 'A halt to the fighting along the front line', 0, now(), now());

insert into processes (id, name, conflict, started_on, status, summary, version, created_at, updated_at) values
    ('88888888-0000-7000-8000-000000000001', 'Russia–Ukraine peace talks', 'Russian invasion of Ukraine', '2022-02-28', 'ACTIVE',
     'Direct talks in 2022 and 2025, and the US-mediated track on the peace plan', 0, now(), now());

insert into process_parties (process_id, position, side) values
    ('88888888-0000-7000-8000-000000000001', 0, 'RUS'),
    ('88888888-0000-7000-8000-000000000001', 1, 'UKR');

insert into talks (id, title, city, country, venue, start_date, end_date, format, status, summary, process_id, version, created_at, updated_at) values
    ('33333333-0000-7000-8000-000000000001', 'Miami consultations on the US peace plan', 'Miami', 'United States', null,
     '2025-12-20', '2025-12-21', 'PROXIMITY', 'CONCLUDED',
     'US envoys met Russia''s envoy and, separately, the Ukrainian delegation. All sides called the talks constructive; no breakthrough was reported.',
     '88888888-0000-7000-8000-000000000001', 0, now(), now()),
    ('33333333-0000-7000-8000-000000000002', 'First direct Russia–Ukraine talks since 2022', 'Istanbul', 'Türkiye', 'Dolmabahçe Palace',
     '2025-05-16', '2025-05-16', 'BILATERAL', 'CONCLUDED',
     'Direct talks hosted by Türkiye. The sides agreed an exchange of 1,000 prisoners each; no ceasefire was agreed.',
     '88888888-0000-7000-8000-000000000001', 0, now(), now());

insert into talk_participants (id, talk_id, delegation_id, role) values
    ('66666666-0000-7000-8000-000000000001', '33333333-0000-7000-8000-000000000001', '11111111-0000-7000-8000-000000000001', 'MEDIATOR'),
    ('66666666-0000-7000-8000-000000000002', '33333333-0000-7000-8000-000000000001', '11111111-0000-7000-8000-000000000002', 'PARTY'),
    ('66666666-0000-7000-8000-000000000003', '33333333-0000-7000-8000-000000000001', '11111111-0000-7000-8000-000000000003', 'PARTY'),
    ('66666666-0000-7000-8000-000000000004', '33333333-0000-7000-8000-000000000002', '11111111-0000-7000-8000-000000000002', 'PARTY'),
    ('66666666-0000-7000-8000-000000000005', '33333333-0000-7000-8000-000000000002', '11111111-0000-7000-8000-000000000003', 'PARTY'),
    ('66666666-0000-7000-8000-000000000006', '33333333-0000-7000-8000-000000000002', '11111111-0000-7000-8000-000000000004', 'HOST');

insert into talk_agenda_items (id, talk_id, key_issue_id, status, note) values
    ('77777777-0000-7000-8000-000000000002', '33333333-0000-7000-8000-000000000001', '22222222-0000-7000-8000-000000000003', 'DISCUSSED', 'US guarantees discussed with the Ukrainian delegation'),
    ('77777777-0000-7000-8000-000000000004', '33333333-0000-7000-8000-000000000001', '22222222-0000-7000-8000-000000000001', 'DEADLOCKED', 'Parties far from a compromise, Politico reports'),
    ('77777777-0000-7000-8000-000000000005', '33333333-0000-7000-8000-000000000001', '22222222-0000-7000-8000-000000000002', 'RAISED', 'Named by Kyiv among the hardest issues'),
    ('77777777-0000-7000-8000-000000000006', '33333333-0000-7000-8000-000000000001', '22222222-0000-7000-8000-000000000004', 'RAISED', 'Named by Kyiv among the hardest issues'),
    ('77777777-0000-7000-8000-000000000007', '33333333-0000-7000-8000-000000000002', '22222222-0000-7000-8000-000000000007', 'AGREED', 'An exchange of 1,000 prisoners each'),
    ('77777777-0000-7000-8000-000000000008', '33333333-0000-7000-8000-000000000002', '22222222-0000-7000-8000-000000000008', 'DEADLOCKED', 'No ceasefire agreed'),
    ('77777777-0000-7000-8000-000000000009', '33333333-0000-7000-8000-000000000002', '22222222-0000-7000-8000-000000000001', 'DISCUSSED', 'Russia demanded Ukraine''s withdrawal from four regions, Reuters reported');

-- each agenda item's history starts with its putting on the agenda
insert into talk_agenda_changes (id, talk_id, key_issue_id, changed_at, from_status, from_note, to_status, to_note)
select id, talk_id, key_issue_id, now(), null, null, status, note from talk_agenda_items;

insert into statements (id, speaker, speaker_title, delegation_id, talk_id, stated_on, text, quote, kind, version, created_at, updated_at) values
    ('44444444-0000-7000-8000-000000000001', 'Kirill Dmitriev', 'Special Presidential Representative of Russia',
     '11111111-0000-7000-8000-000000000002', '33333333-0000-7000-8000-000000000001', '2025-12-20',
     'The discussions are proceeding constructively', true, 'ASSESSMENT', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000002', 'Kirill Dmitriev', 'Special Presidential Representative of Russia',
     '11111111-0000-7000-8000-000000000002', '33333333-0000-7000-8000-000000000001', '2025-12-20',
     'will continue today, and will also continue tomorrow', true, 'CLAIM', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000003', 'Yuri Ushakov', 'Foreign policy adviser to the Russian President',
     null, '33333333-0000-7000-8000-000000000001', '2025-12-21',
     'no one has seriously discussed this initiative', true, 'DENIAL', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000005', 'Volodymyr Zelenskyy', 'President of Ukraine',
     null, '33333333-0000-7000-8000-000000000001', '2025-12-21',
     'it would be worth holding consultations with a wider circle of European partners', true, 'PROPOSAL', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000006', 'Volodymyr Zelenskyy', 'President of Ukraine',
     null, '33333333-0000-7000-8000-000000000001', '2025-12-21',
     'We are moving at a fairly rapid pace', true, 'ASSESSMENT', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000007', 'Volodymyr Zelenskyy', 'President of Ukraine',
     null, '33333333-0000-7000-8000-000000000001', '2025-12-20',
     'The most important issues for Kyiv are the disposition of its territories, security guarantees and the operation of the Zaporizhzhia plant.', false, 'ASSESSMENT', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000008', 'Steve Witkoff', 'Special Envoy of the US President',
     '11111111-0000-7000-8000-000000000001', '33333333-0000-7000-8000-000000000001', '2025-12-21',
     'The meetings with the Russian and with the Ukrainian delegation were constructive.', false, 'ASSESSMENT', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000009', 'Steve Witkoff', 'Special Envoy of the US President',
     '11111111-0000-7000-8000-000000000001', '33333333-0000-7000-8000-000000000001', '2025-12-21',
     'Russia remains committed to achieving peace.', false, 'CLAIM', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000010', 'Ukrainian delegation', null,
     '11111111-0000-7000-8000-000000000003', '33333333-0000-7000-8000-000000000001', '2025-12-21',
     'Thanked Washington for its mediation without disclosing details of the talks.', false, 'ASSESSMENT', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000011', 'Russian delegation', null,
     '11111111-0000-7000-8000-000000000002', '33333333-0000-7000-8000-000000000001', '2025-12-21',
     'Thanked Washington for its mediation without disclosing details of the talks.', false, 'ASSESSMENT', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000012', 'Politico', null,
     null, '33333333-0000-7000-8000-000000000001', '2025-12-21',
     'The talks produced no breakthrough; the parties remain far from a compromise on the key issues.', false, 'ANALYSIS', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000013', 'US intelligence reports', null,
     null, null, '2025-12-21',
     'Putin has not given up his aim of capturing all of Ukraine and reclaiming parts of Europe.', false, 'ANALYSIS', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000014', 'Volodymyr Zelenskyy', 'President of Ukraine',
     null, '33333333-0000-7000-8000-000000000001', '2025-12-20',
     'Washington has floated three-way talks this weekend, though he was not sure anything new would come of them.', false, 'CLAIM', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000015', 'Volodymyr Zelenskyy', 'President of Ukraine',
     null, '33333333-0000-7000-8000-000000000001', '2025-12-21',
     'The hardest questions are territory, the Zaporizhzhia nuclear plant, security guarantees and funding.', false, 'ASSESSMENT', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000016', 'Steve Witkoff', 'Special Envoy of the US President',
     '11111111-0000-7000-8000-000000000001', '33333333-0000-7000-8000-000000000001', '2025-12-21',
     'Four documents were discussed with the Ukrainian side, among them the 20-point plan, US security guarantees and an economic development plan.', false, 'CLAIM', 0, now(), now()),
    ('44444444-0000-7000-8000-000000000017', 'Rustem Umerov', 'Head of the Ukrainian delegation',
     '11111111-0000-7000-8000-000000000003', '33333333-0000-7000-8000-000000000002', '2025-05-16',
     'The sides agreed to exchange 1,000 prisoners of war each.', false, 'COMMITMENT', 0, now(), now());

insert into people (id, name, version, created_at, updated_at) values
    ('12121212-0000-7000-8000-000000000001', 'Volodymyr Zelenskyy', 0, now(), now()),
    ('12121212-0000-7000-8000-000000000002', 'Kirill Dmitriev', 0, now(), now()),
    ('12121212-0000-7000-8000-000000000003', 'Steve Witkoff', 0, now(), now()),
    ('12121212-0000-7000-8000-000000000004', 'Jared Kushner', 0, now(), now()),
    ('12121212-0000-7000-8000-000000000005', 'Yuri Ushakov', 0, now(), now()),
    ('12121212-0000-7000-8000-000000000006', 'Rustem Umerov', 0, now(), now()),
    ('12121212-0000-7000-8000-000000000007', 'Andriy Hnatov', 0, now(), now()),
    ('12121212-0000-7000-8000-000000000008', 'Vladimir Medinsky', 0, now(), now()),
    ('12121212-0000-7000-8000-000000000009', 'Hakan Fidan', 0, now(), now());

insert into person_aliases (person_id, ordinal, alias) values
    ('12121212-0000-7000-8000-000000000001', 0, 'Zelensky'),
    ('12121212-0000-7000-8000-000000000001', 1, 'Zelenskiy'),
    ('12121212-0000-7000-8000-000000000001', 2, 'Зеленський'),
    ('12121212-0000-7000-8000-000000000002', 0, 'Kirill Dmitriyev'),
    ('12121212-0000-7000-8000-000000000002', 1, 'Кирилл Дмитриев'),
    ('12121212-0000-7000-8000-000000000005', 0, 'Юрий Ушаков');

insert into person_affiliations (person_id, ordinal, side, position, from_date, to_date) values
    ('12121212-0000-7000-8000-000000000001', 0, 'UKR', 'President of Ukraine', '2019-05-20', null),
    ('12121212-0000-7000-8000-000000000002', 0, 'RUS', 'Special Presidential Representative of Russia', null, null),
    ('12121212-0000-7000-8000-000000000003', 0, 'USA', 'Special Envoy of the US President', null, null),
    ('12121212-0000-7000-8000-000000000004', 0, 'USA', 'Adviser to the US President', null, null),
    ('12121212-0000-7000-8000-000000000005', 0, 'RUS', 'Foreign policy adviser to the Russian President', null, null),
    ('12121212-0000-7000-8000-000000000006', 0, 'UKR', 'Secretary of the National Security and Defense Council', '2025-07-17', null),
    ('12121212-0000-7000-8000-000000000007', 0, 'UKR', 'Chief of the General Staff', null, null),
    ('12121212-0000-7000-8000-000000000006', 1, 'UKR', 'Minister of Defence', '2023-09-06', '2025-07-17'),
    ('12121212-0000-7000-8000-000000000008', 0, 'RUS', 'Aide to the Russian President', null, null),
    ('12121212-0000-7000-8000-000000000009', 0, 'TUR', 'Minister of Foreign Affairs', '2023-06-04', null);

insert into delegation_members (id, delegation_id, full_name, position, head, person_id) values
    ('55555555-0000-7000-8000-000000000004', '11111111-0000-7000-8000-000000000003', 'Rustem Umerov',
     'Secretary of the National Security and Defense Council', true, '12121212-0000-7000-8000-000000000006'),
    ('55555555-0000-7000-8000-000000000005', '11111111-0000-7000-8000-000000000003', 'Andriy Hnatov',
     'Chief of the General Staff', false, '12121212-0000-7000-8000-000000000007');

-- who sat for each delegation in Miami, and the meetings: Witkoff and Kushner with Ukraine's team the day before
-- the Russian meetings, then with Dmitriev on the 20th and 21st
insert into talk_participant_members (participation_id, ordinal, person_id, position, head) values
    ('66666666-0000-7000-8000-000000000001', 0, '12121212-0000-7000-8000-000000000003', 'Special Envoy of the US President', true),
    ('66666666-0000-7000-8000-000000000001', 1, '12121212-0000-7000-8000-000000000004', 'Adviser to the US President', false),
    ('66666666-0000-7000-8000-000000000002', 0, '12121212-0000-7000-8000-000000000002', 'Special Presidential Representative of Russia', true),
    ('66666666-0000-7000-8000-000000000003', 0, '12121212-0000-7000-8000-000000000006', 'Secretary of the National Security and Defense Council', true),
    ('66666666-0000-7000-8000-000000000003', 1, '12121212-0000-7000-8000-000000000007', 'Chief of the General Staff', false),
    ('66666666-0000-7000-8000-000000000004', 0, '12121212-0000-7000-8000-000000000008', 'Aide to the Russian President', true),
    ('66666666-0000-7000-8000-000000000005', 0, '12121212-0000-7000-8000-000000000006', 'Minister of Defence', true),
    ('66666666-0000-7000-8000-000000000006', 0, '12121212-0000-7000-8000-000000000009', 'Minister of Foreign Affairs', true);

insert into talk_sessions (id, talk_id, held_on, starts_at, place, note) values
    ('14141414-0000-7000-8000-000000000001', '33333333-0000-7000-8000-000000000001', '2025-12-19', null, 'Miami',
     'US envoys with the Ukrainian delegation, the day before the meetings with Russia''s envoy'),
    ('14141414-0000-7000-8000-000000000002', '33333333-0000-7000-8000-000000000001', '2025-12-20', null, 'Miami',
     'US envoys with Kirill Dmitriev'),
    ('14141414-0000-7000-8000-000000000003', '33333333-0000-7000-8000-000000000001', '2025-12-21', null, 'Miami',
     'The talks with Kirill Dmitriev continue');

insert into talk_session_participants (session_id, delegation_id) values
    ('14141414-0000-7000-8000-000000000001', '11111111-0000-7000-8000-000000000001'),
    ('14141414-0000-7000-8000-000000000001', '11111111-0000-7000-8000-000000000003'),
    ('14141414-0000-7000-8000-000000000002', '11111111-0000-7000-8000-000000000001'),
    ('14141414-0000-7000-8000-000000000002', '11111111-0000-7000-8000-000000000002'),
    ('14141414-0000-7000-8000-000000000003', '11111111-0000-7000-8000-000000000001'),
    ('14141414-0000-7000-8000-000000000003', '11111111-0000-7000-8000-000000000002');

update delegation_members set person_id = '12121212-0000-7000-8000-000000000003' where id = '55555555-0000-7000-8000-000000000001';
update delegation_members set person_id = '12121212-0000-7000-8000-000000000004' where id = '55555555-0000-7000-8000-000000000002';
update delegation_members set person_id = '12121212-0000-7000-8000-000000000002' where id = '55555555-0000-7000-8000-000000000003';
update statements set person_id = '12121212-0000-7000-8000-000000000002' where speaker = 'Kirill Dmitriev';
update statements set person_id = '12121212-0000-7000-8000-000000000005' where speaker = 'Yuri Ushakov';
update statements set person_id = '12121212-0000-7000-8000-000000000001' where speaker = 'Volodymyr Zelenskyy';
update statements set person_id = '12121212-0000-7000-8000-000000000003' where speaker = 'Steve Witkoff';
update statements set person_id = '12121212-0000-7000-8000-000000000006' where speaker = 'Rustem Umerov';

-- the Kremlin and Kyiv spoke for their sides, not for a delegation at the table
update statements set side = 'RUS'
 where id = '44444444-0000-7000-8000-000000000003';
update statements set side = 'UKR'
 where id in ('44444444-0000-7000-8000-000000000005', '44444444-0000-7000-8000-000000000006', '44444444-0000-7000-8000-000000000007',
              '44444444-0000-7000-8000-000000000014', '44444444-0000-7000-8000-000000000015');
-- Zelenskyy's two messages of 21 December went out on Telegram, in Ukrainian
update statements set medium = 'TELEGRAM', language = 'uk'
 where id in ('44444444-0000-7000-8000-000000000005', '44444444-0000-7000-8000-000000000006');

insert into statement_sources (statement_id, position, outlet, url, via, published_on) values
    ('44444444-0000-7000-8000-000000000001', 0, 'Associated Press', null, 'RIA Novosti', '2025-12-20'),
    ('44444444-0000-7000-8000-000000000002', 0, 'Associated Press', null, 'RIA Novosti', '2025-12-20'),
    ('44444444-0000-7000-8000-000000000003', 0, 'Agence France-Presse', null, 'Russian news agencies', '2025-12-21'),
    ('44444444-0000-7000-8000-000000000005', 0, 'Telegram', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000006', 0, 'Telegram', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000007', 0, 'Politico', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000008', 0, 'Politico', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000009', 0, 'Politico', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000010', 0, 'Politico', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000011', 0, 'Politico', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000012', 0, 'Politico', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000013', 0, 'Reuters', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000014', 0, 'Politico', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000015', 0, 'Kyiv Post', null, 'Politico', '2025-12-21'),
    ('44444444-0000-7000-8000-000000000016', 0, 'Kyiv Post', null, null, '2025-12-21'),
    ('44444444-0000-7000-8000-000000000017', 0, 'Reuters', null, null, '2025-05-16');

insert into statement_key_issues (statement_id, key_issue_id) values
    ('44444444-0000-7000-8000-000000000007', '22222222-0000-7000-8000-000000000001'),
    ('44444444-0000-7000-8000-000000000007', '22222222-0000-7000-8000-000000000002'),
    ('44444444-0000-7000-8000-000000000007', '22222222-0000-7000-8000-000000000003'),
    ('44444444-0000-7000-8000-000000000015', '22222222-0000-7000-8000-000000000001'),
    ('44444444-0000-7000-8000-000000000015', '22222222-0000-7000-8000-000000000002'),
    ('44444444-0000-7000-8000-000000000015', '22222222-0000-7000-8000-000000000003'),
    ('44444444-0000-7000-8000-000000000015', '22222222-0000-7000-8000-000000000004'),
    ('44444444-0000-7000-8000-000000000016', '22222222-0000-7000-8000-000000000003'),
    ('44444444-0000-7000-8000-000000000017', '22222222-0000-7000-8000-000000000007');

-- Ushakov's denial answers Zelenskyy's claim of the day before
insert into statement_relations (statement_id, target_id, type) values
    ('44444444-0000-7000-8000-000000000003', '44444444-0000-7000-8000-000000000014', 'DENIES');

-- the US plan of November 2025 and the 20-point plan that grew out of it, one of the documents discussed
-- in Miami; the day the 20-point version was first issued is left open
insert into documents (id, title, kind, status, proposed_by_side, proposed_by_delegation_id, process_id, summary, version, created_at, updated_at) values
    ('99999999-0000-7000-8000-000000000001', 'US 28-point peace plan', 'PEACE_PLAN', 'PROPOSED', 'USA', null,
     '88888888-0000-7000-8000-000000000001', 'A US draft of 28 points for ending the war, made public in November 2025', 0, now(), now()),
    ('99999999-0000-7000-8000-000000000002', '20-point peace plan', 'PEACE_PLAN', 'UNDER_DISCUSSION', null, null,
     '88888888-0000-7000-8000-000000000001', 'The plan revised with Ukraine from the 28-point draft; one of the documents discussed in Miami', 0, now(), now()),
    ('99999999-0000-7000-8000-000000000003', 'US security guarantees for Ukraine', 'SECURITY_GUARANTEES', 'UNDER_DISCUSSION', 'USA', null,
     '88888888-0000-7000-8000-000000000001', 'One of the four documents Witkoff said were discussed with Kyiv', 0, now(), now()),
    ('99999999-0000-7000-8000-000000000004', 'Economic development plan for Ukraine', 'ECONOMIC_PLAN', 'UNDER_DISCUSSION', 'USA', null,
     '88888888-0000-7000-8000-000000000001', 'One of the four documents Witkoff said were discussed with Kyiv', 0, now(), now());

insert into document_key_issues (document_id, key_issue_id) values
    ('99999999-0000-7000-8000-000000000001', '22222222-0000-7000-8000-000000000001'),
    ('99999999-0000-7000-8000-000000000001', '22222222-0000-7000-8000-000000000003'),
    ('99999999-0000-7000-8000-000000000002', '22222222-0000-7000-8000-000000000001'),
    ('99999999-0000-7000-8000-000000000002', '22222222-0000-7000-8000-000000000003'),
    ('99999999-0000-7000-8000-000000000003', '22222222-0000-7000-8000-000000000003'),
    ('99999999-0000-7000-8000-000000000004', '22222222-0000-7000-8000-000000000004');

insert into document_versions (id, document_id, label, issued_on, summary, url, supersedes_version_id, supersedes_document_id, recorded_at) values
    ('99999999-0000-7000-8000-000000000101', '99999999-0000-7000-8000-000000000001', '28-point plan', '2025-11-20', null, null,
     null, null, now()),
    ('99999999-0000-7000-8000-000000000102', '99999999-0000-7000-8000-000000000002', '20-point plan', null, null, null,
     '99999999-0000-7000-8000-000000000101', '99999999-0000-7000-8000-000000000001', now());

-- the documents Witkoff named among the four discussed with Kyiv in Miami, the 20-point plan in its 20-point version
insert into talk_documents (id, talk_id, document_id, version_id, note) values
    ('15151515-0000-7000-8000-000000000001', '33333333-0000-7000-8000-000000000001', '99999999-0000-7000-8000-000000000002',
     '99999999-0000-7000-8000-000000000102', 'One of four documents Witkoff said were discussed with Kyiv'),
    ('15151515-0000-7000-8000-000000000002', '33333333-0000-7000-8000-000000000001', '99999999-0000-7000-8000-000000000003',
     null, 'One of four documents Witkoff said were discussed with Kyiv'),
    ('15151515-0000-7000-8000-000000000003', '33333333-0000-7000-8000-000000000001', '99999999-0000-7000-8000-000000000004',
     null, 'One of four documents Witkoff said were discussed with Kyiv');

-- Witkoff's account names them
insert into statement_documents (statement_id, document_id) values
    ('44444444-0000-7000-8000-000000000016', '99999999-0000-7000-8000-000000000002'),
    ('44444444-0000-7000-8000-000000000016', '99999999-0000-7000-8000-000000000003'),
    ('44444444-0000-7000-8000-000000000016', '99999999-0000-7000-8000-000000000004');

-- Kyiv's stance on territory on the first day, with the statement in which Zelenskyy named it among the hardest questions
insert into positions (id, side, key_issue_id, stance, summary, as_of, version, created_at, updated_at) values
    ('13131313-0000-7000-8000-000000000001', 'UKR', '22222222-0000-7000-8000-000000000001', 'OPPOSES',
     'Opposes ceding territory. Zelenskyy counts the disposition of Ukraine''s territories among the most important issues for Kyiv.',
     '2025-12-20', 0, now(), now()),
    ('13131313-0000-7000-8000-000000000002', 'UKR', '22222222-0000-7000-8000-000000000007', 'SUPPORTS',
     'Agreed in Istanbul to exchange 1,000 prisoners of war each.', '2025-05-16', 0, now(), now()),
    ('13131313-0000-7000-8000-000000000003', 'RUS', '22222222-0000-7000-8000-000000000007', 'SUPPORTS',
     'Agreed in Istanbul to exchange 1,000 prisoners of war each.', '2025-05-16', 0, now(), now());

insert into position_evidence (position_id, statement_id) values
    ('13131313-0000-7000-8000-000000000002', '44444444-0000-7000-8000-000000000017'),
    ('13131313-0000-7000-8000-000000000003', '44444444-0000-7000-8000-000000000017'),
    ('13131313-0000-7000-8000-000000000001', '44444444-0000-7000-8000-000000000007');

-- other spellings a desk searches the plant by
insert into key_issue_aliases (key_issue_id, ordinal, alias) values
    ('22222222-0000-7000-8000-000000000002', 0, 'Zaporozhye nuclear plant'),
    ('22222222-0000-7000-8000-000000000002', 1, 'ZNPP');

-- what the search document matches of the sources, as the service keeps it on every write
update statements s set sources_text = x.text
from (select statement_id, string_agg(concat_ws(' ', outlet, via, array_to_string(citing, ' ')), ' ' order by position) as text
      from statement_sources group by statement_id) x
where x.statement_id = s.id;
