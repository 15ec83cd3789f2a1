-- What operators see (docs/adr/0048-operators-see-lifecase.md).
-- Written for both PostgreSQL (production) and H2 (embedded default).

-- The gauge of open cases per life event counts by status every few seconds: with this index it reads the open and
-- waiting cases only, never the closed ones that make up most of the table over the years of retention.
create index ix_life_event_case_status on life_event_case (status, life_event_id);

-- How far behind the register each feed is, as the last poll that got a page learnt it, so every node reports the same:
-- caught_up_at is when a poll last found nothing after what it handled; events_behind how many events the register
-- said it holds after the last page (null when it does not say).
alter table event_feed_cursor add column caught_up_at timestamp(6) with time zone;
alter table event_feed_cursor add column events_behind bigint;
