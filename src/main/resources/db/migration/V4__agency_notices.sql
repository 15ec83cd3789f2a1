-- Notices Lifecase sends to agencies on behalf of a case, and the receipts they send back.

create table agency_notice (
    id           varchar(36)                 not null primary key,
    case_ref     varchar(20)                 not null,
    agency       varchar(64)                 not null,
    notice       varchar(64)                 not null,
    attempts     integer                     not null,
    sent_at      timestamp(6) with time zone not null,
    receipt_at   timestamp(6) with time zone,
    version      bigint                      not null
);

create index ix_agency_notice_case on agency_notice (case_ref, sent_at);
