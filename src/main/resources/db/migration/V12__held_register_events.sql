-- Register events that arrived before their case waited for them (e.g. a court decision while the death case is
-- still sending its first notices). They are delivered again until the case takes them, ends, or they expire.
-- Written for both PostgreSQL (production) and H2 (embedded default).

create sequence held_register_event_seq start with 1 increment by 50;

create table held_register_event (
    id              bigint                      not null primary key,
    feed_name       varchar(64)                 not null,
    register        varchar(32)                 not null,
    event_key       varchar(200)                not null,
    event_type      varchar(100)                not null,
    subject         varchar(20),
    -- the event's attributes as a JSON object; they may name persons, like the subject
    attributes      varchar(8000)               not null,
    held_at         timestamp(6) with time zone not null,
    attempts        integer                     not null,
    last_attempt_at timestamp(6) with time zone,
    constraint uk_held_register_event unique (feed_name, event_key)
);
