-- The case file: one row per life-event case and its plain-language timeline.
-- Written for both PostgreSQL (production) and H2 (embedded default).

create sequence case_reference_seq start with 1 increment by 1;
create sequence life_event_case_seq start with 1 increment by 50;
create sequence case_timeline_entry_seq start with 1 increment by 50;

create table life_event_case (
    id                  bigint                   not null primary key,
    reference           varchar(20)              not null,
    life_event_id       varchar(64)              not null,
    subject             varchar(11)              not null,
    status              varchar(16)              not null,
    opened_at           timestamp(6) with time zone not null,
    closed_at           timestamp(6) with time zone,
    process_instance_id varchar(64),
    version             bigint                   not null,
    constraint uk_life_event_case_reference unique (reference),
    constraint ck_life_event_case_status check (status in ('OPEN', 'WAITING', 'CLOSED'))
);

create index ix_life_event_case_subject on life_event_case (subject);
create index ix_life_event_case_process_instance on life_event_case (process_instance_id);

create table case_timeline_entry (
    id          bigint                      not null primary key,
    case_id     bigint                      not null references life_event_case (id),
    occurred_at timestamp(6) with time zone not null,
    kind        varchar(32)                 not null,
    text        varchar(500)                not null,
    agency      varchar(64),
    source      varchar(64)                 not null,
    activity_id varchar(255)
);

create index ix_case_timeline_entry_case on case_timeline_entry (case_id, occurred_at);
