-- Register event feeds: how far each feed has been read, and every register event already handled.
-- Written for both PostgreSQL (production) and H2 (embedded default).

-- One row per feed. Polling locks its row, so one node at a time reads a feed.
create table event_feed_cursor (
    feed_name        varchar(64)                 not null primary key,
    position         varchar(200),
    etag             varchar(200),
    retry_not_before timestamp(6) with time zone,
    updated_at       timestamp(6) with time zone not null,
    events_handled   bigint                      not null,
    events_skipped   bigint                      not null
);

create sequence handled_register_event_seq start with 1 increment by 50;

-- The idempotency record: written in the same transaction as the case it opened or the message it
-- delivered, so the unique key stops a second handling of one event on any node.
create table handled_register_event (
    id             bigint                      not null primary key,
    feed_name      varchar(64)                 not null,
    event_key      varchar(200)                not null,
    event_type     varchar(100)                not null,
    outcome        varchar(16)                 not null,
    skip_reason    varchar(64),
    life_event_id  varchar(64),
    subject        varchar(11),
    case_reference varchar(20),
    handled_at     timestamp(6) with time zone not null,
    constraint uk_handled_register_event unique (feed_name, event_key),
    constraint ck_handled_register_event_outcome check (outcome in ('OPENED', 'CORRELATED', 'SKIPPED'))
);

-- "Has a death case ever been opened for this person?"
create index ix_handled_register_event_case on handled_register_event (life_event_id, subject);
