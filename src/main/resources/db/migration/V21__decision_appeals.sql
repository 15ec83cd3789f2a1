-- Appeals (klage, forvaltningsloven §§ 28-32) and requests that a person look at an automated decision (GDPR art. 22
-- nr. 3), each against one decision in the citizen's inbox (docs/adr/0056). The text is what the citizen wrote; the
-- stage says where the appeal is, so the citizen's pages can say it without asking the engine.

create table decision_appeal (
    id                   varchar(36)                 not null primary key,
    document_id          varchar(36)                 not null references citizen_document (id),
    case_ref             varchar(20)                 not null,
    kind                 varchar(16)                 not null,
    appellant            varchar(11)                 not null,
    text                 varchar(4000)               not null,
    received_at          timestamp(6) with time zone not null,
    deadline             date,
    late                 boolean                     not null,
    deciding_agency      varchar(64)                 not null,
    appeal_body          varchar(64),
    stage                varchar(24)                 not null,
    decided_by           varchar(64),
    outcome              varchar(16),
    answer               varchar(4000),
    answered_at          timestamp(6) with time zone,
    process_instance_id  varchar(64),
    constraint ck_decision_appeal_kind check (kind in ('APPEAL', 'REVIEW')),
    constraint ck_decision_appeal_stage check (stage in ('WITH_AGENCY', 'WITH_APPEAL_BODY', 'DECIDED'))
);

create index ix_decision_appeal_document on decision_appeal (document_id, received_at);
create index ix_decision_appeal_case on decision_appeal (case_ref, received_at);
