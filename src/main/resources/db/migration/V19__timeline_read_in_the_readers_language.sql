-- The citizen's timeline is written in the reader's language when it is read (docs/adr/0051): an entry keeps the process
-- definition whose texts name it, beside its element id and agency. A case keeps the variant of its life event that
-- decides its title and purpose (a stillbirth is a having-a-child case of its own kind).
-- Written for both PostgreSQL (production) and H2 (embedded default).

alter table case_timeline_entry add column process_definition_id varchar(64);

alter table life_event_case add column variant varchar(40);
