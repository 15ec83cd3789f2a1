-- One open case per life event and person, or per organisation for the organisation life events (ADR 0037).
-- open_key is what the case is about (the subject, or the organisation number) while the case is not closed, and
-- null once it is: the unique key then stops a second open case on any node, whichever path opens it.
-- Written for both PostgreSQL (production) and H2 (embedded default).

alter table life_event_case add column organisation_number varchar(9);
alter table life_event_case add column open_key varchar(11);

-- Cases opened before this key have no organisation number here (it lives in their process), so they are keyed by
-- their subject. Where a person already has two open cases of one life event, only the oldest is keyed: the key
-- cannot hold both, and the younger one still closes as usual.
update life_event_case c set open_key = subject
where status <> 'CLOSED'
  and not exists (select 1 from life_event_case older
                  where older.life_event_id = c.life_event_id and older.subject = c.subject
                    and older.status <> 'CLOSED' and older.id < c.id);

alter table life_event_case add constraint uk_life_event_case_open unique (life_event_id, open_key);
