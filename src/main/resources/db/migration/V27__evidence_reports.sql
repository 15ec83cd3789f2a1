-- What a citizen said was wrong in the register data a decision rests on, and the register owner's answer
-- (docs/adr/0063). The preview's process waits until every report of it is answered.
-- Written for both PostgreSQL (production) and H2 (embedded default).

create table evidence_report (
    id                  varchar(36)                 not null primary key,
    case_ref            varchar(20)                 not null,
    process_instance_id varchar(64)                 not null,
    evidence_subject    varchar(64)                 not null,
    reader              varchar(11)                 not null,
    register            varchar(32)                 not null,
    owner_agency        varchar(64)                 not null,
    -- The facts of that register as the reader saw them, in bokmål for the register owner.
    facts_shown         varchar(4000)               not null,
    text                varchar(1000)               not null,
    reported_at         timestamp(6) with time zone not null,
    corrected           boolean,
    answer              varchar(2000),
    answered_at         timestamp(6) with time zone,
    -- One report per reader and preview: a retried completion never files a second.
    constraint uk_evidence_report_reader unique (process_instance_id, reader)
);

create index ix_evidence_report_case on evidence_report (case_ref, reported_at);
