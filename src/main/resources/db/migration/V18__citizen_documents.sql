-- The letters and decisions a person can read in their inbox, kept as they were written when sent (docs/adr/0054):
-- a later change of a text does not rewrite a sent document. Only the channel is kept, never an address.

create table citizen_document (
    id             varchar(36)                 not null primary key,
    case_ref       varchar(20)                 not null,
    recipient      varchar(11)                 not null,
    kind           varchar(16)                 not null,
    name           varchar(64)                 not null,
    language       varchar(2)                  not null,
    sender_agency  varchar(64)                 not null,
    channel        varchar(16)                 not null,
    title          varchar(300)                not null,
    content        text                        not null,
    sent_at        timestamp(6) with time zone not null,
    read_at        timestamp(6) with time zone,
    constraint ck_citizen_document_kind check (kind in ('LETTER', 'DECISION')),
    constraint ck_citizen_document_language check (language in ('nb', 'nn', 'en')),
    constraint ck_citizen_document_channel check (channel in ('DIGITAL', 'PAPER'))
);

create index ix_citizen_document_recipient on citizen_document (recipient, sent_at);
create index ix_citizen_document_case on citizen_document (case_ref, sent_at);
